#!/usr/bin/env python3
"""Records the expected values of src/objects/numeric_test.cpp from CPython 3.11.

Usage: generate_numeric_test_data.py OUTPUT_DIR

Run with Debian's /usr/bin/python3.11 (the oracle). str/bytes hashes are recorded in
child processes started with several PYTHONHASHSEED values. Every file is plain text,
one case per line, fields separated by single spaces; strings and bytes are hex.
"""
import os
import random
import subprocess
import sys

SEEDS = [0, 1, 42, 12345, 4294967295]


def random_text(rng):
    length = rng.choice([0, 1, 2, 3, 5, 7, 8, 9, 15, 16, 17, 31, 64, rng.randrange(100)])
    alphabet = rng.choice(["ascii", "latin1", "bmp", "astral", "mixed"])
    chars = []
    for _ in range(length):
        if alphabet == "ascii":
            chars.append(chr(rng.randrange(128)))
        elif alphabet == "latin1":
            chars.append(chr(rng.randrange(256)))
        elif alphabet == "bmp":
            chars.append(chr(rng.randrange(0x10000)))
        elif alphabet == "astral":
            chars.append(chr(rng.randrange(0x110000)))
        else:
            chars.append(chr(rng.choice([rng.randrange(128), rng.randrange(256), rng.randrange(0x10000),
                                         rng.randrange(0x110000)])))
    return "".join(chars)


def hash_child():
    """Runs under a given PYTHONHASHSEED: hashes the strings and bytes of the parent's list."""
    rng = random.Random(20240611)
    out = []
    for _ in range(40000):
        text = random_text(rng)
        out.append("s %s %d" % (text.encode("utf-8", "surrogatepass").hex(), hash(text)))
    for _ in range(10000):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(70)))
        out.append("b %s %d" % (data.hex(), hash(data)))
    sys.stdout.write("\n".join(out) + "\n")


def interesting_ints(rng):
    values = [0, 1, -1, 2, -2, 2**61 - 1, 2**61 - 2, 2**61, -(2**61 - 1), 2**61 + 1, -(2**61), 2**63 - 1,
              -(2**63), 2**63, 2**64 - 1, 2**64, -(2**64), 2**122 - 1, (2**61 - 1) ** 2, (2**61 - 1) ** 2 - 1]
    for bits in range(0, 200):
        values += [2**bits, 2**bits - 1, -(2**bits), -(2**bits) + 1, 2**bits + 1]
    for _ in range(60000):
        bits = rng.choice([8, 31, 32, 53, 62, 63, 64, 65, 100, 128, 200, 1000, 3000])
        value = rng.getrandbits(rng.randrange(1, bits + 1))
        values.append(-value if rng.random() < 0.5 else value)
    return values


def interesting_floats(rng):
    values = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, float("inf"), float("-inf"), 5e-324, -5e-324, 2.2250738585072014e-308,
              1.7976931348623157e308, -1.7976931348623157e308, 2.0**61, 2.0**61 - 2**9, 2.0**62, 2.0**-61,
              2.0**-1074, 2.0**1023, 3.141592653589793, 1e16, 1e22, 1e23, 0.1, 0.2, 0.3]
    for exponent in range(-1074, 1024):
        values += [2.0**exponent, -(2.0**exponent), 2.0**exponent * 1.5]
    for _ in range(60000):
        kind = rng.randrange(4)
        if kind == 0:
            value = rng.uniform(-1e6, 1e6)
        elif kind == 1:
            value = float(rng.randrange(-2**70, 2**70))
        elif kind == 2:
            value = rng.random() * 2.0 ** rng.randrange(-1074, 1024)
        else:
            value = float(rng.randrange(-10**6, 10**6)) / rng.choice([2, 4, 8, 3, 10, 1024])
        values.append(value)
    return values


def write(path, lines):
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def record_hashes(out_dir, rng):
    for seed in SEEDS:
        env = dict(os.environ, PYTHONHASHSEED=str(seed))
        result = subprocess.run([sys.executable, __file__, "--hash-child"], env=env, check=True,
                                capture_output=True, text=True)
        with open(os.path.join(out_dir, "hash_strings_%d.txt" % seed), "w") as f:
            f.write(result.stdout)

    write(os.path.join(out_dir, "hash_ints.txt"), ["%d %d" % (v, hash(v)) for v in interesting_ints(rng)])
    write(os.path.join(out_dir, "hash_floats.txt"),
          ["%s %d" % (v.hex(), hash(v)) for v in interesting_floats(rng)])

    lines = []
    floats = interesting_floats(rng)
    for _ in range(30000):
        z = complex(rng.choice(floats), rng.choice(floats))
        lines.append("%s %s %d" % (z.real.hex(), z.imag.hex(), hash(z)))
    write(os.path.join(out_dir, "hash_complex.txt"), lines)

    # NaN and object hashes depend on the address: record (id, hash) pairs.
    lines = []
    keep = []
    for _ in range(2000):
        for obj in (object(), float("nan"), complex(float("nan"), 1.0), complex(2.0, float("nan")), [], None):
            keep.append(obj)
            kind = "object"
            if isinstance(obj, float):
                kind = "nan"
            elif isinstance(obj, complex):
                kind = "complex %s %s" % (obj.real.hex(), obj.imag.hex())
            lines.append("%s %d %d" % (kind, id(obj), hash(obj) if obj is not None and not isinstance(obj, list)
                                       else object.__hash__(obj)))
    write(os.path.join(out_dir, "hash_identity.txt"), lines)

    ints = interesting_ints(rng)
    tuple_lines = []
    frozenset_lines = []
    for _ in range(30000):
        size = rng.choice([0, 1, 2, 3, 4, 5, 8, 13, rng.randrange(40)])
        items = [rng.choice(ints) for _ in range(size)]
        if rng.random() < 0.1:
            items = [rng.choice([-1, -2, 0, 1]) for _ in range(size)]
        hashes = " ".join(str(hash(i)) for i in items)
        tuple_lines.append("%d %d %s" % (hash(tuple(items)), len(items), hashes))
        members = frozenset(items)
        hashes = " ".join(str(hash(i)) for i in members)
        frozenset_lines.append("%d %d %s" % (hash(members), len(members), hashes))
    # Nested: hashes of tuples/frozensets of tuples/frozensets.
    for _ in range(3000):
        inner = [frozenset(rng.sample(range(-5, 5), rng.randrange(5))) for _ in range(rng.randrange(6))]
        outer = frozenset(inner)
        frozenset_lines.append("%d %d %s" % (hash(outer), len(outer), " ".join(str(hash(i)) for i in outer)))
        inner_tuples = [tuple(rng.sample(range(-3, 3), rng.randrange(4))) for _ in range(rng.randrange(6))]
        tuple_lines.append("%d %d %s" % (hash(tuple(inner_tuples)), len(inner_tuples),
                                         " ".join(str(hash(i)) for i in inner_tuples)))
    write(os.path.join(out_dir, "hash_tuples.txt"), [line.rstrip() for line in tuple_lines])
    write(os.path.join(out_dir, "hash_frozensets.txt"), [line.rstrip() for line in frozenset_lines])


def x(value):
    """An int as signed hex without prefix (what mpz_set_str(..., 16) reads)."""
    return format(value, "x")


def outcome(function):
    """'ok RESULT' or 'err KIND MESSAGE' for one call."""
    try:
        return "ok " + function()
    except (ValueError, OverflowError, ZeroDivisionError, TypeError, MemoryError) as e:
        return "err %s %s" % (type(e).__name__, e)


def bigint_values(rng):
    values = [0, 1, -1, 2, 3, 10, -10, 2**53, 2**53 + 1, 2**53 - 1, 2**54 + 2, 2**54 + 6, 2**63 - 1, -(2**63),
              2**63, 2**64, 2**1023, 2**1024, 2**1024 - 1, 2**1024 - 2**970, 2**1024 - 2**971, 2**1024 - 2**970 - 1]
    for bits in (53, 54, 55, 63, 64, 65, 1023, 1024, 1025):
        for delta in (-3, -2, -1, 0, 1, 2, 3):
            values += [2**bits + delta, -(2**bits + delta), (2**bits + delta) << 7]
    for _ in range(12000):
        bits = rng.choice([5, 31, 53, 54, 60, 64, 100, 200, 1000, 1030, 3000])
        value = rng.getrandbits(rng.randrange(1, bits + 1))
        if rng.random() < 0.3:  # long runs of ones or zeros hit rounding ties
            value = (value >> 10 << 10) | rng.choice([0, 1 << 9, (1 << 9) + 1, (1 << 10) - 1])
        values.append(-value if rng.random() < 0.5 else value)
    return values


def record_bigint(out_dir, rng):
    values = bigint_values(rng)
    small = [v for v in values if v.bit_length() < 80] + list(range(-40, 40))

    lines = []
    for limit in (4300, 640, 0):
        sys.set_int_max_str_digits(limit)
        cases = values + [10**4299, 10**4300 - 1, 10**4300, -(10**4300 - 1), -(10**4300), 7**5200, 10**639, 10**640]
        for v in cases:
            lines.append("%d %s %s" % (limit, x(v), outcome(lambda: str(v))))
    sys.set_int_max_str_digits(4300)
    write(os.path.join(out_dir, "int_to_decimal.txt"), lines)

    texts = ["0", "00", "010", "0_0", "0_", "0x", "0x_1", "0x1_", "0b1", "0B1", "0o17", "0O17", "-0x1", "+0b1",
             "_1", "1_", "1__1", "1_1", " 1 ", "\t\n1\x0b\x0c\r", "\x1c1", "+ 1", "", " ", "-", "12\x00", "1\u0661",
             "\u00a01\u00a0", "\u0661\u0662", "\U0001D7CE1", "\u2003 12 \u3000", "\xe9", "z", "Z", "zz", "9" * 30,
             "1" * 300 + "x", "1" * 5000 + " x", "1" * 5000 + "__1", "0" * 4301, "1_" * 4300 + "1", "-" + "1" * 4301,
             "1" * 4300, "1" * 640, "1" * 641, "f" * 5000, "0x" + "f" * 5000, "0b" + "1" * 5000, "z" * 4400,
             "\ud800", "1\ud8001"]
    texts = [t.encode("ascii").decode("unicode_escape") if "\\" in t else t for t in texts]
    lines = []
    for _ in range(6000):
        base = rng.choice([0, 2, 8, 10, 16, 36, rng.randrange(2, 37)])
        v = rng.choice(values)
        text = v.__format__("") if base in (0, 10) else ""
        if base not in (0, 10):
            digits = "0123456789abcdefghijklmnopqrstuvwxyz"[:base]
            text = "".join(rng.choice(digits) for _ in range(rng.randrange(1, 60)))
            if rng.random() < 0.5:
                text = text.upper()
        if rng.random() < 0.2 and len(text) > 2:
            cut = rng.randrange(1, len(text) - 1)
            text = text[:cut] + rng.choice(["_", "__", " ", "x", "-"]) + text[cut:]
        texts.append((base, text))
    for item in texts:
        bases = [item[0]] if isinstance(item, tuple) else [0, 2, 8, 10, 16, 36, 1, 37, -1]
        text = item[1] if isinstance(item, tuple) else item
        for base in bases:
            for limit in (4300, 640, 0):
                sys.set_int_max_str_digits(limit)
                encoded = text.encode("utf-8", "surrogatepass").hex()
                lines.append("s %d %d %s %s" % (base, limit, encoded or "-", outcome(lambda: x(int(text, base)))))
                if text.isascii():
                    lines.append("b %d %d %s %s" % (base, limit, encoded or "-",
                                                   outcome(lambda: x(int(text.encode(), base)))))
    sys.set_int_max_str_digits(4300)
    write(os.path.join(out_dir, "int_from_string.txt"), lines)

    write(os.path.join(out_dir, "int_to_double.txt"), ["%s %s" % (x(v), outcome(lambda: float(v).hex()))
                                                       for v in values])

    lines = []
    for _ in range(40000):
        a, b = rng.choice(values), rng.choice(values)
        if rng.random() < 0.2:
            a, b = rng.choice(small), rng.choice(small)
        if rng.random() < 0.1:
            a = a << rng.randrange(1100)
        if rng.random() < 0.1:
            b = b << rng.randrange(1100)
        lines.append("%s %s %s | %s | %s | %s" % (x(a), x(b), outcome(lambda: (a / b).hex()),
                                                 outcome(lambda: x(a // b)), outcome(lambda: x(a % b)),
                                                 outcome(lambda: " ".join(map(x, divmod(a, b))))))
    write(os.path.join(out_dir, "int_division.txt"), lines)

    lines = []
    for _ in range(8000):
        a = rng.choice(small + values[:200])
        e = -rng.randrange(0, 1100) if rng.random() < 0.9 else -rng.choice(values[:200] + [1, 2])
        if e == 0:
            e = -1
        if e >= 0:
            e = -1 - e
        lines.append("%s %s %s" % (x(a), x(e), outcome(lambda: (a ** e).hex())))
    write(os.path.join(out_dir, "int_pow_negative.txt"), lines)

    lines = []
    for _ in range(8000):
        a, e, m = rng.choice(values), rng.choice(small), rng.choice(small + values[:300])
        if rng.random() < 0.3:
            e = rng.choice(values)
        lines.append("%s %s %s %s" % (x(a), x(e), x(m), outcome(lambda: x(pow(a, e, m)))))
    for a in range(-6, 7):
        for e in (-3, -1, 0, 1, 5):
            for m in (-7, -4, -1, 0, 1, 4, 7):
                lines.append("%s %s %s %s" % (x(a), x(e), x(m), outcome(lambda: x(pow(a, e, m)))))
    write(os.path.join(out_dir, "int_pow_modulo.txt"), lines)

    lines = []
    for _ in range(8000):
        a, e = rng.choice(small + values[:300]), rng.randrange(0, 70)
        lines.append("%s %s %s" % (x(a), x(e), outcome(lambda: x(a ** e))))
    write(os.path.join(out_dir, "int_pow.txt"), lines)

    lines = []
    for _ in range(10000):
        v = rng.choice(values)
        count = rng.choice([-1, 0, 1, 5, 63, 64, 65, 100, rng.randrange(3100), 2**70])
        lines.append("%s %s %s | %s" % (x(v), x(count), outcome(lambda: x(v << count)) if count < 2**20 else "skip",
                                        outcome(lambda: x(v >> count))))
    write(os.path.join(out_dir, "int_shift.txt"), lines)

    write(os.path.join(out_dir, "int_bits.txt"),
          ["%s %d %d" % (x(v), v.bit_length(), v.bit_count()) for v in values])

    lines = []
    for _ in range(10000):
        v = rng.choice(small + values[:400])
        if rng.random() < 0.5:
            v = rng.choice(values)
        length = rng.choice([0, 1, 2, 8, 9, (v.bit_length() + 7) // 8, (v.bit_length() + 8) // 8, -1])
        order = rng.choice(["little", "big"])
        signed = rng.random() < 0.5
        lines.append("%s %d %s %d %s" % (x(v), length, order, signed,
                                         outcome(lambda: v.to_bytes(length, order, signed=signed).hex() or "-")))
    for _ in range(5000):
        data = bytes(rng.randrange(256) for _ in range(rng.choice([0, 1, 2, 8, 9, rng.randrange(200)])))
        for order in ("little", "big"):
            for signed in (False, True):
                lines.append("from %s %s %d %s" % (data.hex() or "-", order, signed,
                                                   x(int.from_bytes(data, order, signed=signed))))
    write(os.path.join(out_dir, "int_bytes.txt"), lines)

    lines = []
    for _ in range(10000):
        v = rng.choice(values)
        if rng.random() < 0.3:
            v = rng.randrange(-100, 100) * 10 ** rng.randrange(0, 5) + rng.choice([0, 5, 50, 500, -5])
        digits = rng.choice([0, 1, 5, -1, -2, -3, -rng.randrange(1, 40), -rng.randrange(1, 400), -rng.randrange(400, 3000)])
        lines.append("%s %s %s" % (x(v), x(digits), x(round(v, digits))))
    write(os.path.join(out_dir, "int_round.txt"), lines)

    lines = []
    for v in interesting_floats(rng)[:20000] + [float("nan"), float("-nan"), -0.0]:
        import math
        lines.append("%s %s | %s | %s | %s" % (v.hex(), outcome(lambda: x(int(v))), outcome(lambda: x(math.floor(v))),
                                               outcome(lambda: x(math.ceil(v))),
                                               outcome(lambda: " ".join(map(x, v.as_integer_ratio())))))
    write(os.path.join(out_dir, "float_to_int.txt"), lines)


def main():
    if sys.argv[1:] == ["--hash-child"]:
        hash_child()
        return
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    rng = random.Random(7)
    record_hashes(out_dir, rng)
    record_bigint(out_dir, rng)
    with open(os.path.join(out_dir, "stamp"), "w") as f:
        f.write("done\n")


if __name__ == "__main__":
    main()
