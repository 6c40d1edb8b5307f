#!/usr/bin/python3.11
"""Writes the expected values that src/support/support_test.cpp checks Taipan against,
recorded from the running Python (CPython 3.11 is the oracle):

  generate_support_test_data.py OUTPUT_DIRECTORY

  unicode_flags.txt  one character per code point: '0' + (1 if chr(c).isidentifier(),
                     2 if ('a' + chr(c)).isidentifier(), 4 if chr(c).isprintable())
  nfkc.txt           "input<TAB>output": code points in hex separated by spaces, for
                     every code point NFKC changes and for random mixed strings
  names.txt          "name<TAB>code point in hex, or -": what "\\N{name}" gives in a str
                     literal, for every character name, alias, Hangul syllable and CJK
                     ideograph, plus case and spelling variants that must fail
  str_repr.txt       "code points<TAB>repr" for random strings
  bytes_repr.txt     "bytes in hex<TAB>repr" for random byte strings
  float_repr.txt     "IEEE bits in hex<TAB>repr" for random and boundary doubles
  complex_repr.txt   "real bits<TAB>imag bits<TAB>repr"

Everything random uses a fixed seed, so the files are the same on every build.
"""

import os
import random
import struct
import sys
import unicodedata

MAX_CODE_POINT = 0x10FFFF


def hex_code_points(text):
    return " ".join("%X" % ord(char) for char in text)


def double_bits(value):
    return "%016X" % struct.unpack("<Q", struct.pack("<d", value))[0]


def write_unicode_flags(path):
    flags = []
    for code_point in range(MAX_CODE_POINT + 1):
        char = chr(code_point)
        value = (1 if char.isidentifier() else 0) | (2 if ("a" + char).isidentifier() else 0) \
            | (4 if char.isprintable() else 0)
        flags.append(chr(ord("0") + value))
    with open(path, "w", encoding="utf-8") as file:
        file.write("".join(flags))


def write_nfkc(path, rng):
    lines = []
    interesting = set()
    for code_point in range(MAX_CODE_POINT + 1):
        char = chr(code_point)
        if 0xD800 <= code_point <= 0xDFFF:
            continue
        normal = unicodedata.normalize("NFKC", char)
        if normal != char:
            lines.append((char, normal))
        if normal != char or unicodedata.combining(char) or unicodedata.decomposition(char):
            interesting.add(char)
            interesting.update(unicodedata.normalize("NFKD", char))
    interesting.update(chr(c) for c in range(0x1100, 0x1200))  # Hangul jamo
    interesting.update(chr(c) for c in range(0xAC00, 0xAC00 + 11172, 37))
    interesting.update("abcAZ_09")
    pool = sorted(interesting)
    for _ in range(60000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(1, 8)))
        lines.append((text, unicodedata.normalize("NFKC", text)))
    with open(path, "w", encoding="utf-8") as file:
        for text, normal in lines:
            file.write("%s\t%s\n" % (hex_code_points(text), hex_code_points(normal)))


def escape_result(name):
    """What \\N{name} decodes to in a str literal: a code point or None."""
    try:
        value = eval('"\\N{%s}"' % name)
    except SyntaxError:
        return None
    assert len(value) == 1
    return ord(value)


def write_names(path, rng):
    names = []
    for code_point in range(MAX_CODE_POINT + 1):
        name = unicodedata.name(chr(code_point), None)
        if name is None:
            continue
        names.append(name)
        if rng.random() < 0.05 or code_point < 0x100 or name.startswith("HANGUL SYLLABLE"):
            names.append(name.lower())
            names.append(name.title())
            names.append(name + " ")
            names.append(name[:-1])
            names.append(name + "A")
        if name.startswith("CJK UNIFIED IDEOGRAPH-") and rng.random() < 0.05:
            digits = name.rsplit("-", 1)[1]
            names.append("CJK UNIFIED IDEOGRAPH-" + digits.lower())
            names.append("CJK UNIFIED IDEOGRAPH-0" + digits)
            names.append("CJK UNIFIED IDEOGRAPH-00" + digits)
    # Aliases and named sequences are not listed by unicodedata; lookup() knows them.
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import generate_unicode_tables
    aliases = [alias for _, alias in generate_unicode_tables.name_aliases()]
    names += aliases + [alias.lower() for alias in aliases]
    names += [
        "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE",  # a named sequence: not for \N
        "KEYCAP NUMBER SIGN", "TAMIL SYLLABLE SHRII", "", " ", "-", "A", "HANGUL SYLLABLE",
        "HANGUL SYLLABLE ", "HANGUL SYLLABLE GGG", "HANGUL SYLLABLE GAGA", "HANGUL SYLLABLE G",
        "CJK UNIFIED IDEOGRAPH-", "CJK UNIFIED IDEOGRAPH-4E0", "CJK UNIFIED IDEOGRAPH-+4E00",
        "CJK UNIFIED IDEOGRAPH-0004E00", "CJK UNIFIED IDEOGRAPH-FA0E", "CJK UNIFIED IDEOGRAPH-2A6E0",
        "CJK COMPATIBILITY IDEOGRAPH-0F900", "CJK COMPATIBILITY IDEOGRAPH-F90", "NUSHU CHARACTER-01B170",
        "NUSHU CHARACTER-1B16F", "TANGUT IDEOGRAPH-17000", "LATIN SMALL LETTER \u0101", "X" * 300,
        "LATIN  SMALL LETTER A", " LATIN SMALL LETTER A", "NBSP", "nbsp", "Nbsp", "bell",
        "LINE FEED (LF)", "ZERO", "SPACE", "space",
    ]
    with open(path, "w", encoding="utf-8") as file:
        for name in names:
            if any(char in name for char in '"}\\\t\n'):
                continue
            code_point = escape_result(name)
            file.write("%s\t%s\n" % (name, "-" if code_point is None else "%X" % code_point))


def write_str_repr(path, rng):
    alphabets = [
        [chr(c) for c in range(0x80)],
        ["'", '"', "\\", "\t", "\n", "\r", "\x00", "\x7f", "a"],
        [chr(c) for c in range(0x80, 0x800)],
        [chr(rng.randrange(0x800, 0x10000)) for _ in range(2000)],
        [chr(rng.randrange(0x10000, MAX_CODE_POINT + 1)) for _ in range(2000)],
        [chr(c) for c in range(0xD800, 0xE000, 97)] + ["\ud800", "\udfff", "\udc80"],
    ]
    lines = []
    for char in (chr(c) for c in range(MAX_CODE_POINT + 1)):
        lines.append(char)
    for _ in range(20000):
        chosen = [rng.choice(alphabets) for _ in range(rng.randint(1, 3))]
        lines.append("".join(rng.choice(rng.choice(chosen)) for _ in range(rng.randint(0, 12))))
    with open(path, "w", encoding="utf-8") as file:
        for text in lines:
            file.write("%s\t%s\n" % (hex_code_points(text), repr(text)))


def write_bytes_repr(path, rng):
    lines = [bytes([b]) for b in range(256)] + [b"", b"'", b'"', b"'\"", b"\\'"]
    for _ in range(5000):
        pool = rng.choice([range(256), range(0x20, 0x80), b"'\"\\\t\n\r\x00\x7fab"])
        lines.append(bytes(rng.choice(pool) for _ in range(rng.randint(0, 10))))
    with open(path, "w", encoding="utf-8") as file:
        for data in lines:
            file.write("%s\t%s\n" % (data.hex(), repr(data)))


def interesting_doubles(rng):
    values = [0.0, -0.0, float("inf"), float("-inf"), float("nan"), 5e-324, -5e-324,
              2.2250738585072014e-308, 1.7976931348623157e308, 0.1, 0.2, 0.3, 1 / 3, 2 / 3]
    for exponent in range(-330, 310):
        for mantissa in (1, 2, 5, 9.999999999999999, 1.5, 1.0000000000000002, 123456789):
            try:
                values.append(float("%re%d" % (mantissa, exponent)))
            except OverflowError:
                pass
    for exponent in range(-1075, 1024):
        values.append(2.0 ** exponent if exponent > -1075 else 5e-324)
    for power in range(0, 25):
        values += [10.0 ** power, 10.0 ** power - 1, 10.0 ** power + 1, 10.0 ** -power]
    for _ in range(100000):
        bits = rng.getrandbits(64)
        values.append(struct.unpack("<d", struct.pack("<Q", bits))[0])
    for _ in range(30000):
        values.append(round(rng.uniform(-1e6, 1e6), rng.randint(0, 8)))
        values.append(float(rng.randint(-10**18, 10**18)))
        values.append(rng.random() * 10.0 ** rng.randint(-20, 20))
    return values


def write_float_repr(path, rng):
    with open(path, "w", encoding="utf-8") as file:
        for value in interesting_doubles(rng):
            file.write("%s\t%s\n" % (double_bits(value), repr(value)))


def write_complex_repr(path, rng):
    specials = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 1e16, 1e-5, 1e15, 123.456, float("inf"), float("-inf"),
                float("nan"), -float("nan"), 5e-324, 1e300]
    pairs = [(real, imag) for real in specials for imag in specials]
    for _ in range(20000):
        pairs.append((rng.choice(specials + [rng.uniform(-1e3, 1e3)]),
                      struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]))
    with open(path, "w", encoding="utf-8") as file:
        for real, imag in pairs:
            file.write("%s\t%s\t%s\n" % (double_bits(real), double_bits(imag), repr(complex(real, imag))))


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate_support_test_data.py OUTPUT_DIRECTORY")
    directory = sys.argv[1]
    os.makedirs(directory, exist_ok=True)
    rng = random.Random(20240611)
    write_unicode_flags(os.path.join(directory, "unicode_flags.txt"))
    write_nfkc(os.path.join(directory, "nfkc.txt"), rng)
    write_names(os.path.join(directory, "names.txt"), rng)
    write_str_repr(os.path.join(directory, "str_repr.txt"), rng)
    write_bytes_repr(os.path.join(directory, "bytes_repr.txt"), rng)
    write_float_repr(os.path.join(directory, "float_repr.txt"), rng)
    write_complex_repr(os.path.join(directory, "complex_repr.txt"), rng)


if __name__ == "__main__":
    main()
