# BaseException methods: with_traceback, add_note, __reduce__, __setstate__.
e = ValueError("a", 1)
print(e.__reduce__())
e.custom = "attr"
print(e.__reduce__()[2] if len(e.__reduce__()) > 2 else None)
e2 = ValueError()
e2.__setstate__({"x": 1})
print(e2.x)
print(BaseException.__new__(ValueError).args)
print(ValueError.__init__ is BaseException.__init__)
