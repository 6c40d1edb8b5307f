# except* handlers each run at most once; unhandled parts re-raise as a group.
def run(excs):
    try:
        raise ExceptionGroup("g", excs)
    except* ValueError as e:
        print("ValueError handler:", e.exceptions)
    except* (TypeError, KeyError) as e:
        print("Type/Key handler:", e.exceptions)
try:
    run([ValueError(1), KeyError(2), ValueError(3)])
    run([TypeError(4)])
    run([OSError(5), ValueError(6)])
except ExceptionGroup as e:
    print("escaped:", repr(e))
