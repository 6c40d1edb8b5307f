#!/usr/bin/python3.11
"""Records the expectations that src/objects/format_test.cpp checks Taipan's number
formatting and float text against, by running CPython 3.11 (the oracle):

  generate_format_test_data.py OUTPUT_DIRECTORY   (CMake passes a folder of the build tree)

Each file holds one case a line, fields separated by tabs and escaped with \\\\, \\t, \\n
and \\xHH for other control characters. An expected error is written "!Kind: message".

  format_float.txt    IEEE bits in hex, spec, format(float, spec)
  format_int.txt      decimal integer, spec, format(int, spec)
  format_str.txt      text, spec, format(str, spec)
  percent_float.txt   directive, IEEE bits, directive % float
  percent_int.txt     directive, decimal integer, directive % int
  percent_str.txt     directive, text, directive % text
  float_parse.txt     text, float(text) as IEEE bits
  float_hex.txt       IEEE bits, float.hex()
  float_fromhex.txt   text, float.fromhex(text) as IEEE bits
  float_round.txt     IEEE bits, ndigits, round(float, ndigits) as IEEE bits

Everything random uses a fixed seed, so the files only change when this script does.
"""

import os
import random
import struct
import sys

CASES = 8000


def escape(text):
    out = []
    for char in text:
        if char == "\\":
            out.append("\\\\")
        elif char == "\t":
            out.append("\\t")
        elif char == "\n":
            out.append("\\n")
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append("\\x%02X" % ord(char))
        else:
            out.append(char)
    return "".join(out)


def bits(value):
    return "%016X" % struct.unpack("<Q", struct.pack("<d", value))[0]


def outcome(function, render=str):
    try:
        return escape(render(function()))
    except (ValueError, TypeError, OverflowError) as error:
        return "!%s: %s" % (type(error).__name__, escape(str(error)))


def write(directory, name, rows):
    with open(os.path.join(directory, name), "w", encoding="utf-8", errors="surrogatepass", newline="\n") as file:
        for row in rows:
            file.write("\t".join(row) + "\n")


def random_double(rng):
    choice = rng.random()
    if choice < 0.25:
        return struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
    if choice < 0.45:
        return rng.choice([-1, 1]) * rng.randint(0, 10**rng.randint(1, 18)) / 10**rng.randint(0, 20)
    if choice < 0.6:
        return rng.choice([-1, 1]) * rng.randint(0, 999) * 10.0**rng.randint(-25, 25)
    if choice < 0.7:
        # Halfway cases for rounding: k/2^n.
        return rng.choice([-1, 1]) * rng.randint(0, 4000) / 2**rng.randint(0, 12)
    if choice < 0.8:
        return rng.choice([0.0, -0.0, float("inf"), float("-inf"), float("nan"), -float("nan"), 1.0, 1e16, 1e-5,
                           1e-4, 9.995, 0.5, 1.5, 2.5, 5e-324, 1.7976931348623157e308, 123456789.0, 0.1, 1e22])
    return rng.uniform(-1e6, 1e6)


FILLS = ["", "", "", "", "*", "0", " ", "x", "é", "\u20ac", "\U0001F600", "<", "{", "}"]


def random_spec(rng, types):
    if rng.random() < 0.04:
        return "".join(rng.choice("<>=^+- z#0123456789,_.eEfFgGnxXdbocs%$") for _ in range(rng.randint(1, 6)))
    parts = []
    if rng.random() < 0.4:
        parts.append(rng.choice(FILLS) + rng.choice("<>=^"))
    if rng.random() < 0.3:
        parts.append(rng.choice("+- "))
    if rng.random() < 0.1:
        parts.append("z")
    if rng.random() < 0.2:
        parts.append("#")
    if rng.random() < 0.2:
        parts.append("0")
    if rng.random() < 0.5:
        parts.append(str(rng.choice([rng.randint(0, 30), rng.randint(0, 5)])))
    if rng.random() < 0.2:
        parts.append(rng.choice([",", "_", ",", "_", ",_", "__"]))
    if rng.random() < 0.5:
        parts.append("." + rng.choice([str(rng.randint(0, 20)), str(rng.randint(0, 3)), str(rng.randint(0, 400)),
                                       ""]))
    if rng.random() < 0.85:
        parts.append(rng.choice(types))
    return "".join(parts)


FLOAT_TYPES = list("eEfFgGn%") * 3 + ["", "d", "s", "x", "c", "\x01", "é"]
INT_TYPES = list("bcdoxXn") * 4 + list("eEfFgG%") + ["", "", "", "s", "r", "\x7f"]
STR_TYPES = ["s", "s", "", "", "d", "f", "x"]


def random_int(rng):
    choice = rng.random()
    if choice < 0.5:
        return rng.randint(-1000, 100000)
    if choice < 0.8:
        return rng.randint(-2**64, 2**64)
    if choice < 0.9:
        return rng.choice([0, -1, 0x10FFFF, 0x110000, 0xD800, 65, 2**63 - 1, -2**63, 2**1024, -2**1100])
    return rng.randint(-10**200, 10**200)


def random_text(rng):
    alphabet = "abcxyz 019é€\U0001F600\u0301\u4e00"
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))


def format_cases(rng):
    floats = []
    for _ in range(CASES * 2):
        value = random_double(rng)
        spec = random_spec(rng, FLOAT_TYPES)
        floats.append((bits(value), escape(spec), outcome(lambda: format(value, spec))))
    ints = []
    for _ in range(CASES):
        value = random_int(rng)
        spec = random_spec(rng, INT_TYPES)
        ints.append((str(value), escape(spec), outcome(lambda: format(value, spec))))
    texts = []
    for _ in range(CASES // 2):
        value = random_text(rng)
        spec = random_spec(rng, STR_TYPES)
        texts.append((escape(value), escape(spec), outcome(lambda: format(value, spec))))
    return floats, ints, texts


def random_directive(rng, types):
    flags = "".join(rng.choice("-+ #0") for _ in range(rng.choice([0, 0, 1, 1, 2, 3])))
    width = str(rng.randint(0, 25)) if rng.random() < 0.5 else ""
    precision = "." + str(rng.choice([rng.randint(0, 20), rng.randint(0, 3), rng.randint(0, 120)])) \
        if rng.random() < 0.5 else ""
    if precision and rng.random() < 0.05:
        precision = "."
    return "%" + flags + width + precision + rng.choice(types)


def percent_cases(rng):
    floats = []
    for _ in range(CASES):
        value = random_double(rng)
        directive = random_directive(rng, "eEfFgG")
        floats.append((escape(directive), bits(value), outcome(lambda: directive % value)))
    ints = []
    for _ in range(CASES):
        value = random_int(rng)
        directive = random_directive(rng, "diuoxX")
        ints.append((escape(directive), str(value), outcome(lambda: directive % value)))
    texts = []
    for _ in range(CASES // 4):
        value = random_text(rng)
        directive = random_directive(rng, "s")
        texts.append((escape(directive), escape(value), outcome(lambda: directive % value)))
    return floats, ints, texts


PARSE_PIECES = ["", "", "1", "12", "_", "0", ".", "5", "e", "E", "+", "-", "9", "inf", "nan", "Infinity", "x",
                " ", "\u3000", "\xa0", "__", "e-", "e+", "1e400", "1e-400", "007", "\u0661"]
HEX_PIECES = ["", "0x", "0X", "1", "f", "A", ".", "p", "P", "+", "-", "0", "3", "c", "p-1074", "p+1024",
              "p1023", "inf", " ", "g", "fffffffffffff", "8", "00000000000000000", "p-1080"]


def float_text_cases(rng):
    parses = []
    for _ in range(CASES):
        if rng.random() < 0.5:
            text = repr(random_double(rng))
            if rng.random() < 0.3:
                text = text.upper()
            if rng.random() < 0.2:
                text = " " + text + "\t"
        else:
            text = "".join(rng.choice(PARSE_PIECES) for _ in range(rng.randint(1, 5)))
        parses.append((escape(text), outcome(lambda: float(text), bits)))
    hexes = []
    froms = []
    for _ in range(CASES):
        value = random_double(rng)
        hexes.append((bits(value), outcome(lambda: value.hex())))
        if rng.random() < 0.4:
            text = value.hex()
        else:
            text = "".join(rng.choice(HEX_PIECES) for _ in range(rng.randint(1, 6)))
        froms.append((escape(text), outcome(lambda: float.fromhex(text), bits)))
    rounds = []
    for _ in range(CASES):
        value = random_double(rng)
        ndigits = rng.choice([rng.randint(-5, 20), rng.randint(-330, 330), 0, 1, 2, -1])
        rounds.append((bits(value), str(ndigits), outcome(lambda: round(value, ndigits), bits)))
    return parses, hexes, froms, rounds


def main():
    directory = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "src", "objects", "testdata")
    os.makedirs(directory, exist_ok=True)
    rng = random.Random(20240603)
    floats, ints, texts = format_cases(rng)
    write(directory, "format_float.txt", floats)
    write(directory, "format_int.txt", ints)
    write(directory, "format_str.txt", texts)
    floats, ints, texts = percent_cases(rng)
    write(directory, "percent_float.txt", floats)
    write(directory, "percent_int.txt", ints)
    write(directory, "percent_str.txt", texts)
    parses, hexes, froms, rounds = float_text_cases(rng)
    write(directory, "float_parse.txt", parses)
    write(directory, "float_hex.txt", hexes)
    write(directory, "float_fromhex.txt", froms)
    write(directory, "float_round.txt", rounds)


if __name__ == "__main__":
    main()
