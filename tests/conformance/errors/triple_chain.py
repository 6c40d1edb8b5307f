# Three chained exceptions through nested handlers.
try:
    1 / 0
except ZeroDivisionError:
    try:
        [][0]
    except IndexError:
        {}["k"]
