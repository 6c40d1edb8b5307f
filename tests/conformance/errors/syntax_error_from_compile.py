# A SyntaxError from compile with a filename prints that filename.
compile("def broken(:\n    pass\n", "fake_module.py", "exec")
