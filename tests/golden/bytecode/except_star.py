# except* splits an exception group between the handlers.
try:
    f()
except* ValueError as e:
    g(e)
except* TypeError:
    h()
