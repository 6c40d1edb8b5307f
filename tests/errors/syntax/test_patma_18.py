match ...:
    case MyClass(x, x):
        pass