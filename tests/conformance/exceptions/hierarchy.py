# Builtin exception classes and their bases.
classes = [BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError,
           FloatingPointError, LookupError, IndexError, KeyError, ValueError, UnicodeError,
           UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, TypeError, NameError,
           UnboundLocalError, AttributeError, RuntimeError, RecursionError, NotImplementedError,
           StopIteration, StopAsyncIteration, GeneratorExit, KeyboardInterrupt, SystemExit,
           AssertionError, ImportError, ModuleNotFoundError, EOFError, MemoryError, BufferError,
           SyntaxError, IndentationError, TabError, SystemError, ReferenceError, OSError,
           ExceptionGroup, BaseExceptionGroup]
for cls in classes:
    print(cls.__name__, [b.__name__ for b in cls.__mro__[1:]])
