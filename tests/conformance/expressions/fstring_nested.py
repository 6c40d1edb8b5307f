# Nested f-strings, quotes and expressions with dictionaries.
d = {"key": "value", "n": 3}
print(f"{d['key']} {d['n'] * 2}")
print(f"{f'{len(d)}' if d else 'x'}", f"{f'{1 + 1}'}")
items = ["a", "b"]
print(f"{', '.join(f'<{i}>' for i in items)}")
print(f"{'{'}{'}'}")
print(f"{3.0!r:>6}", f"{'s'!r:^7}")
value = 12.3456
for spec in (".1f", ".3g", "08.2f", "+.0f"):
    print(f"{value:{spec}}")
print(f"{len(items)}{items[-1]}{'!' * 2}")
