__builtins__.None = 0
