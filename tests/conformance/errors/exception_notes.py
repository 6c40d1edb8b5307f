# Notes added with add_note are printed after the message.
def check(v):
    if v < 0:
        e = ValueError(f"negative value {v}")
        e.add_note("values must be non-negative")
        e.add_note("second note")
        raise e
check(-1)
