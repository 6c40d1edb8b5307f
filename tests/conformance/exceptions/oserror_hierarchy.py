# OSError subclasses, aliases and their bases.
print(IOError is OSError, EnvironmentError is OSError)
for cls in (BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError,
            ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError,
            FileExistsError, FileNotFoundError, InterruptedError, IsADirectoryError,
            NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError):
    print(cls.__name__, cls.__bases__[0].__name__)
