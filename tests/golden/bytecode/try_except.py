# try / except / else: handlers, `as` names deleted at the end of the handler.
try:
    f()
except ValueError as error:
    g(error)
except (TypeError, KeyError):
    h()
except:
    i()
else:
    j()
