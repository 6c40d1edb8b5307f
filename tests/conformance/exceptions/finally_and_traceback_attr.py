# Exceptions carry a traceback object once raised.
e = ValueError("new")
print(e.__traceback__ is None)
try:
    raise e
except ValueError as caught:
    print(caught.__traceback__ is not None, type(caught.__traceback__).__name__)
    tb = caught.__traceback__
    print(tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next)
print(e.with_traceback(None) is e, e.__traceback__)
