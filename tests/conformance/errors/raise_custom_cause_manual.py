# A manually set __cause__ is printed as the direct cause.
err = RuntimeError("top level")
err.__cause__ = KeyError("underlying")
raise err
