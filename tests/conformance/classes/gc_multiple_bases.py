# Classes with several bases collected in one cycle with their bases: the collector
# clears and frees them in list order, so a base may go before a class that lists it.
import gc


def make_family():
    class X:
        pass

    class Y:
        pass

    class Z:
        pass

    class K1(X, Y):
        pass

    class K2(Y, Z):
        pass

    class K3(X, Z):
        pass

    class M(K1, K2, K3):
        pass

    return [k.__name__ for k in M.mro()]


gc.collect()
for round in range(3):
    print(make_family())
    print(gc.collect() > 0)
