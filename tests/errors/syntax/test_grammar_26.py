if 1:
    exec {1:(foo.)}