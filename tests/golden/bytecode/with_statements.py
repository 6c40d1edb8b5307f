# with: BeforeWith, the exit call with three Nones, WithExceptStart on exceptions.
with open(a) as f, open(b) as g:
    copy(f, g)
def h():
    with lock:
        return value
