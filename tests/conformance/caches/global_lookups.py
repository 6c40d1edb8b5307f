# Global and builtin lookups stay right while the dicts behind them change: a global
# that shadows a builtin after the lookup ran, deletion, re-creation, many new globals
# (the dict resizes), and one code object run against several globals dicts.
def use_len(items):
    return len(items)


results = []
for round_number in range(6):
    if round_number == 2:
        def len(items):
            return -1
    if round_number == 4:
        del len
    results.append(use_len([1, 2, 3]))
print(results)

counter = 0


def bump():
    global counter
    counter += 1
    return counter


print([bump() for _ in range(5)])
for index in range(200):
    globals()["filler_%d" % index] = index
print(bump(), filler_199)
del counter
try:
    bump()
except NameError as error:
    print("NameError:", error)
counter = 100
print(bump())

code = compile("result = value * 2 + len('abc')", "<cached>", "exec")
for value in range(3):
    namespace = {"value": value}
    if value == 2:
        namespace["len"] = lambda text: 1000
    exec(code, namespace)
    print(namespace["result"])

import builtins


def uses_abs():
    return abs(-5)


print(uses_abs())
builtins.abs = lambda number: "patched"
print(uses_abs())
del builtins.abs
try:
    uses_abs()
except NameError as error:
    print("NameError:", error)
