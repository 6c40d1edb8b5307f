# Warning categories are exception classes and can be raised and caught.
for cls in (Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning,
            RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning,
            ResourceWarning, EncodingWarning):
    print(cls.__name__, cls.__bases__[0].__name__)
try:
    raise UserWarning("careful")
except Warning as w:
    print(type(w).__name__, w)
