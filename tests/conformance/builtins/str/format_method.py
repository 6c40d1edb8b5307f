# str.format with positional, keyword, attribute, index fields and conversions.
print("{} {}".format(1, 2), "{1} {0} {1}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0[1]} {0[k]}".format({1: "one", "k": "kay"}), "{0.real} {0.imag}".format(3 + 4j))
print("{!r} {!s} {!a}".format("s", "s", "é"), "{:>6}|{:<6}|{:^6}".format("a", "b", "c"))
print("{:{w}.{p}f}".format(3.14159, w=10, p=2), "{{}} {{{}}}".format(5), "{0:{0}}".format(7))
print("{:,}".format(10 ** 9), "{:08.3f}".format(-3.5), "{:#x}".format(255), "{:%}".format(0.25))
print("{0[0][1]}".format([[1, 2]]), "{a[b]}".format(a={"b": "c"}))
for fmt, args, kwargs in (("{}", (), {}), ("{0} {}", (1, 2), {}), ("{x}", (), {}), ("{", (), {}),
                          ("}", (), {}), ("{0!z}", (1,), {}), ("{:d}", ("s",), {}), ("{0[5]}", ([1],), {}),
                          ("{0.nope}", (1,), {})):
    try:
        print(fmt.format(*args, **kwargs))
    except (IndexError, KeyError, ValueError, TypeError, AttributeError) as e:
        print(repr(fmt), type(e).__name__, e)
