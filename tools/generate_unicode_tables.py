#!/usr/bin/python3.11
"""Writes unicode_tables.inc, the Unicode data behind src/support/unicode.cpp.

Run at build time by CMake with the system's python3.11, so the tables follow the
Unicode version of CPython 3.11's unicodedata (14.0.0):

  generate_unicode_tables.py OUTPUT.inc

Every property is taken from Python itself (str.isidentifier, str.isprintable,
unicodedata.normalize/combining/decomposition/name/lookup), so Taipan answers exactly
as CPython does. The one input Python cannot list is the set of formal name aliases
(NameAliases.txt): it is embedded below and each alias is checked with
unicodedata.lookup, so a wrong or stale entry fails the build.

Tables (sizes are printed into the generated file's header; with Unicode 14.0 they
come to about 571 KB: properties 96 KB, combining classes 3 KB, NFKD 83 KB, compositions
11 KB, names 377 KB for 33,117 names and aliases):
  - character properties: a record per distinct combination of flags (XID_Start as
    isidentifier uses it, XID_Continue, printable, and the predicates behind
    str.isalpha/isdecimal/isdigit/isnumeric/isspace/islower/isupper/istitle, plus
    "cased", "case-ignorable" and "line break" as str.title, str.lower's final-sigma
    rule and str.splitlines observe them), decimal value and the full lower, upper,
    title and case-folding mappings (special casing included: 'ß'.upper() == 'SS');
    a two-level table of record numbers, 128 code points per block, identical blocks
    shared. Every property is observed through str methods, as CPython's own
    answers, and cross-checked against the str predicates before the file is written.
  - canonical combining classes: sorted ranges of equal class;
  - NFKD expansions (already fully decomposed and reordered) of every code point
    except Hangul syllables, which are algorithmic: sorted keys plus a pool;
  - canonical composition pairs (primary composites only), sorted;
  - character names for \\N{...}: names and aliases sorted and front-coded in blocks
    of NAME_BLOCK names; names of the form PREFIX-XXXX (CJK compatibility
    ideographs, Khitan, Nushu) and CJK unified ideographs become ranges; Hangul
    syllables are algorithmic.
"""

import re
import sys
import unicodedata

MAX_CODE_POINT = 0x10FFFF
FLAG_XID_START = 1
FLAG_XID_CONTINUE = 2
FLAG_PRINTABLE = 4
FLAG_ALPHA = 8
FLAG_DECIMAL = 16
FLAG_DIGIT = 32
FLAG_NUMERIC = 64
FLAG_SPACE = 128
FLAG_TITLE = 256
FLAG_UPPER = 512
FLAG_LOWER = 1024
FLAG_CASED = 2048
FLAG_CASE_IGNORABLE = 4096
FLAG_LINEBREAK = 8192
PROPERTY_FLAGS = [
    ("xid_start", FLAG_XID_START), ("xid_continue", FLAG_XID_CONTINUE), ("printable", FLAG_PRINTABLE),
    ("alpha", FLAG_ALPHA), ("decimal", FLAG_DECIMAL), ("digit", FLAG_DIGIT), ("numeric", FLAG_NUMERIC),
    ("space", FLAG_SPACE), ("title", FLAG_TITLE), ("upper", FLAG_UPPER), ("lower", FLAG_LOWER),
    ("cased", FLAG_CASED), ("case_ignorable", FLAG_CASE_IGNORABLE), ("linebreak", FLAG_LINEBREAK),
]
# A case mapping in a record is the difference to the code point when it maps to one
# character, or MAPPING_POOL + (pool offset << 2 | length) when it expands.
MAPPING_POOL = 0x400000
FLAG_BLOCK_SHIFT = 7
NAME_BLOCK = 32
HANGUL_FIRST, HANGUL_LAST = 0xAC00, 0xD7A3
UNIFIED_PREFIX = "CJK UNIFIED IDEOGRAPH-"
HANGUL_PREFIX = "HANGUL SYLLABLE "

# The short names of the Hangul jamo (Unicode's Jamo.txt), from which syllable names
# are built; checked below against unicodedata.name of every syllable.
JAMO_L = "G GG N D DD R M B BB S SS _ J JJ C K T P H".split()
JAMO_V = "A AE YA YAE EO E YEO YE O WA WAE OE YO U WEO WE WI YU EU YI I".split()
JAMO_T = "_ G GG GS N NJ NH D L LG LM LB LS LT LP LH M B BS S SS NG J C K T P H".split()
JAMO_L = ["" if name == "_" else name for name in JAMO_L]
JAMO_T = ["" if name == "_" else name for name in JAMO_T]

# The formal name aliases of Unicode 14.0.0 (NameAliases.txt; all five types), as
# "code point;alias" separated by "|".
NAME_ALIASES = """
0000;NULL|0000;NUL|0001;START OF HEADING|0001;SOH|0002;START OF TEXT|0002;STX|0003;END OF TEXT
0003;ETX|0004;END OF TRANSMISSION|0004;EOT|0005;ENQUIRY|0005;ENQ|0006;ACKNOWLEDGE|0006;ACK
0007;ALERT|0007;BEL|0008;BACKSPACE|0008;BS|0009;CHARACTER TABULATION|0009;HORIZONTAL TABULATION
0009;HT|0009;TAB|000A;LINE FEED|000A;NEW LINE|000A;END OF LINE|000A;EOL|000A;LF|000A;NL
000B;LINE TABULATION|000B;VERTICAL TABULATION|000B;VT|000C;FORM FEED|000C;FF|000D;CARRIAGE RETURN
000D;CR|000E;SHIFT OUT|000E;LOCKING-SHIFT ONE|000E;SO|000F;SHIFT IN|000F;LOCKING-SHIFT ZERO|000F;SI
0010;DATA LINK ESCAPE|0010;DLE|0011;DEVICE CONTROL ONE|0011;DC1|0012;DEVICE CONTROL TWO|0012;DC2
0013;DEVICE CONTROL THREE|0013;DC3|0014;DEVICE CONTROL FOUR|0014;DC4|0015;NEGATIVE ACKNOWLEDGE
0015;NAK|0016;SYNCHRONOUS IDLE|0016;SYN|0017;END OF TRANSMISSION BLOCK|0017;ETB|0018;CANCEL|0018;CAN
0019;END OF MEDIUM|0019;EOM|001A;SUBSTITUTE|001A;SUB|001B;ESCAPE|001B;ESC
001C;INFORMATION SEPARATOR FOUR|001C;FILE SEPARATOR|001C;FS|001D;INFORMATION SEPARATOR THREE
001D;GROUP SEPARATOR|001D;GS|001E;INFORMATION SEPARATOR TWO|001E;RECORD SEPARATOR|001E;RS
001F;INFORMATION SEPARATOR ONE|001F;UNIT SEPARATOR|001F;US|0020;SP|007F;DELETE|007F;DEL
0080;PADDING CHARACTER|0080;PAD|0081;HIGH OCTET PRESET|0081;HOP|0082;BREAK PERMITTED HERE|0082;BPH
0083;NO BREAK HERE|0083;NBH|0084;INDEX|0084;IND|0085;NEXT LINE|0085;NEL|0086;START OF SELECTED AREA
0086;SSA|0087;END OF SELECTED AREA|0087;ESA|0088;CHARACTER TABULATION SET
0088;HORIZONTAL TABULATION SET|0088;HTS|0089;CHARACTER TABULATION WITH JUSTIFICATION
0089;HORIZONTAL TABULATION WITH JUSTIFICATION|0089;HTJ|008A;LINE TABULATION SET
008A;VERTICAL TABULATION SET|008A;VTS|008B;PARTIAL LINE FORWARD|008B;PARTIAL LINE DOWN|008B;PLD
008C;PARTIAL LINE BACKWARD|008C;PARTIAL LINE UP|008C;PLU|008D;REVERSE LINE FEED|008D;REVERSE INDEX
008D;RI|008E;SINGLE SHIFT TWO|008E;SINGLE-SHIFT-2|008E;SS2|008F;SINGLE SHIFT THREE
008F;SINGLE-SHIFT-3|008F;SS3|0090;DEVICE CONTROL STRING|0090;DCS|0091;PRIVATE USE ONE
0091;PRIVATE USE-1|0091;PU1|0092;PRIVATE USE TWO|0092;PRIVATE USE-2|0092;PU2|0093;SET TRANSMIT STATE
0093;STS|0094;CANCEL CHARACTER|0094;CCH|0095;MESSAGE WAITING|0095;MW|0096;START OF GUARDED AREA
0096;START OF PROTECTED AREA|0096;SPA|0097;END OF GUARDED AREA|0097;END OF PROTECTED AREA|0097;EPA
0098;START OF STRING|0098;SOS|0099;SINGLE GRAPHIC CHARACTER INTRODUCER|0099;SGC
009A;SINGLE CHARACTER INTRODUCER|009A;SCI|009B;CONTROL SEQUENCE INTRODUCER|009B;CSI
009C;STRING TERMINATOR|009C;ST|009D;OPERATING SYSTEM COMMAND|009D;OSC|009E;PRIVACY MESSAGE|009E;PM
009F;APPLICATION PROGRAM COMMAND|009F;APC|00A0;NBSP|00AD;SHY|01A2;LATIN CAPITAL LETTER GHA
01A3;LATIN SMALL LETTER GHA|034F;CGJ|061C;ALM|0709;SYRIAC SUBLINEAR COLON SKEWED LEFT
0CDE;KANNADA LETTER LLLA|0E9D;LAO LETTER FO FON|0E9F;LAO LETTER FO FAY|0EA3;LAO LETTER RO
0EA5;LAO LETTER LO|0FD0;TIBETAN MARK BKA- SHOG GI MGO RGYAN|11EC;HANGUL JONGSEONG YESIEUNG-KIYEOK
11ED;HANGUL JONGSEONG YESIEUNG-SSANGKIYEOK|11EE;HANGUL JONGSEONG SSANGYESIEUNG
11EF;HANGUL JONGSEONG YESIEUNG-KHIEUKH|180B;FVS1|180C;FVS2|180D;FVS3|180E;MVS|180F;FVS4|200B;ZWSP
200C;ZWNJ|200D;ZWJ|200E;LRM|200F;RLM|202A;LRE|202B;RLE|202C;PDF|202D;LRO|202E;RLO|202F;NNBSP
205F;MMSP|2060;WJ|2066;LRI|2067;RLI|2068;FSI|2069;PDI|2118;WEIERSTRASS ELLIPTIC FUNCTION
2448;MICR ON US SYMBOL|2449;MICR DASH SYMBOL
2B7A;LEFTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE
2B7C;RIGHTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE|A015;YI SYLLABLE ITERATION MARK
AA6E;MYANMAR LETTER KHAMTI LLA|FE00;VS1|FE01;VS2|FE02;VS3|FE03;VS4|FE04;VS5|FE05;VS6|FE06;VS7
FE07;VS8|FE08;VS9|FE09;VS10|FE0A;VS11|FE0B;VS12|FE0C;VS13|FE0D;VS14|FE0E;VS15|FE0F;VS16
FE18;PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET|FEFF;BYTE ORDER MARK|FEFF;BOM
FEFF;ZWNBSP|122D4;CUNEIFORM SIGN NU11 TENU|122D5;CUNEIFORM SIGN NU11 OVER NU11 BUR OVER BUR
16E56;MEDEFAIDRIN CAPITAL LETTER H|16E57;MEDEFAIDRIN CAPITAL LETTER NG
16E76;MEDEFAIDRIN SMALL LETTER H|16E77;MEDEFAIDRIN SMALL LETTER NG|1B001;HENTAIGANA LETTER E-1
1D0C5;BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS
"""
# Variation selectors 17..256 (U+E0100..U+E01EF) are aliased VS17..VS256.
VARIATION_SELECTOR_ALIASES = [(0xE0100 + i, "VS%d" % (17 + i)) for i in range(240)]


def name_aliases():
    aliases = []
    for entry in NAME_ALIASES.replace("\n", "|").split("|"):
        if not entry:
            continue
        code_point, alias = entry.split(";")
        aliases.append((int(code_point, 16), alias))
    aliases += VARIATION_SELECTOR_ALIASES
    for code_point, alias in aliases:
        if unicodedata.lookup(alias) != chr(code_point):
            sys.exit("alias %r is not U+%04X in this Python's unicodedata" % (alias, code_point))
        if unicodedata.name(chr(code_point), None) == alias:
            sys.exit("alias %r is the character's name" % alias)
    return aliases


def character_flags(char):
    value = 0
    if char.isidentifier():
        value |= FLAG_XID_START
    if ("a" + char).isidentifier():
        value |= FLAG_XID_CONTINUE
    if char.isprintable():
        value |= FLAG_PRINTABLE
    if char.isalpha():
        value |= FLAG_ALPHA
    if char.isdecimal():
        value |= FLAG_DECIMAL
    if char.isdigit():
        value |= FLAG_DIGIT
    if char.isnumeric():
        value |= FLAG_NUMERIC
    if char.isspace():
        value |= FLAG_SPACE
    # islower() fails on an upper-case or title-case character after a lower-case one,
    # isupper() on a lower-case or title-case one; title case is the category Lt.
    title = unicodedata.category(char) == "Lt"
    if title:
        value |= FLAG_TITLE
    if not ("a" + char).islower() and not title:
        value |= FLAG_UPPER
    if not ("A" + char).isupper() and not title:
        value |= FLAG_LOWER
    # title() lower-cases a letter that follows a cased character.
    if (char + "a").title()[-1] == "a":
        value |= FLAG_CASED
    # lower() makes a final sigma of a sigma after a cased character, skipping
    # case-ignorable ones: one that ends "A" + char + sigma but not char + sigma is
    # skipped, so case-ignorable.
    after_char = (char + "\u03a3").lower()[-1] == "\u03c2"
    after_letter_and_char = ("A" + char + "\u03a3").lower()[-1] == "\u03c2"
    if after_letter_and_char and not after_char:
        value |= FLAG_CASE_IGNORABLE
    if len(("a" + char + "b").splitlines()) == 2:
        value |= FLAG_LINEBREAK
    check_case_predicates(char, value)
    return value


def check_case_predicates(char, value):
    upper = bool(value & FLAG_UPPER)
    lower = bool(value & FLAG_LOWER)
    title = bool(value & FLAG_TITLE)
    expected = (lower and not upper and not title, upper and not lower and not title, upper or title)
    if (char.islower(), char.isupper(), char.istitle()) != expected:
        sys.exit("case predicates of U+%04X do not follow the derived flags" % ord(char))


def character_properties():
    """Returns the record number of every code point, the distinct records
    (flags, decimal value, lower, upper, title, fold) and the mapping pool."""
    records = {}
    pool = []
    pool_index = {}
    numbers = []

    def mapping(char, mapped):
        if len(mapped) == 1:
            return ord(mapped) - ord(char)
        assert 1 < len(mapped) <= 3, (char, mapped)
        key = tuple(ord(c) for c in mapped)
        if key not in pool_index:
            pool_index[key] = len(pool)
            pool.extend(key)
        return MAPPING_POOL + (pool_index[key] << 2 | len(key))

    for code_point in range(MAX_CODE_POINT + 1):
        char = chr(code_point)
        record = (character_flags(char), unicodedata.decimal(char, -1),
                  mapping(char, char.lower()), mapping(char, char.upper()),
                  mapping(char, char.title()), mapping(char, char.casefold()))
        numbers.append(records.setdefault(record, len(records)))
    return numbers, list(records), pool


def two_level(values, shift):
    size = 1 << shift
    blocks = {}
    index = []
    for start in range(0, len(values), size):
        block = tuple(values[start:start + size])
        index.append(blocks.setdefault(block, len(blocks)))
    data = [value for block in blocks for value in block]
    return index, data


def combining_class_ranges():
    ranges = []
    for code_point in range(MAX_CODE_POINT + 1):
        value = unicodedata.combining(chr(code_point))
        if not value:
            continue
        if ranges and ranges[-1][1] == code_point - 1 and ranges[-1][2] == value:
            ranges[-1][1] = code_point
        else:
            ranges.append([code_point, code_point, value])
    return ranges


def decompositions():
    keys, entries, pool = [], [], []
    for code_point in range(MAX_CODE_POINT + 1):
        if HANGUL_FIRST <= code_point <= HANGUL_LAST:
            continue
        expansion = unicodedata.normalize("NFKD", chr(code_point))
        if expansion == chr(code_point):
            continue
        keys.append(code_point)
        assert len(expansion) < 32
        entries.append(len(pool) << 5 | len(expansion))
        pool.extend(ord(char) for char in expansion)
    return keys, entries, pool


def compositions():
    # A primary composite is a character with a two-character canonical decomposition
    # that NFC leaves alone (so it is not in the composition exclusions).
    pairs = []
    for code_point in range(MAX_CODE_POINT + 1):
        decomposition = unicodedata.decomposition(chr(code_point))
        if not decomposition or decomposition.startswith("<"):
            continue
        parts = [int(part, 16) for part in decomposition.split()]
        if len(parts) == 2 and unicodedata.normalize("NFC", chr(code_point)) == chr(code_point):
            pairs.append((parts[0] << 21 | parts[1], code_point))
    pairs.sort()
    return pairs


def character_names(aliases):
    """Returns (table entries, hex-named prefixes and ranges, unified ideograph ranges)."""
    hex_named = {}
    unified = []
    table = []
    hex_name = re.compile(r"(.*-)([0-9A-F]{4,6})$")
    for code_point in range(MAX_CODE_POINT + 1):
        name = unicodedata.name(chr(code_point), None)
        if name is None:
            continue
        if HANGUL_FIRST <= code_point <= HANGUL_LAST:
            l_index, rest = divmod(code_point - HANGUL_FIRST, 21 * 28)
            v_index, t_index = divmod(rest, 28)
            expected = HANGUL_PREFIX + JAMO_L[l_index] + JAMO_V[v_index] + JAMO_T[t_index]
            if name != expected:
                sys.exit("Hangul syllable name mismatch at U+%04X" % code_point)
            continue
        if name == UNIFIED_PREFIX + "%04X" % code_point:
            if unified and unified[-1][1] == code_point - 1:
                unified[-1][1] = code_point
            else:
                unified.append([code_point, code_point])
            continue
        if name.startswith(UNIFIED_PREFIX):
            sys.exit("unexpected name " + name)
        match = hex_name.match(name)
        if match and match.group(2) == "%04X" % code_point:
            hex_named.setdefault(match.group(1), []).append((code_point, name))
            continue
        table.append((name, code_point))
    prefixes, ranges = [], []
    for prefix, entries in hex_named.items():
        if len(entries) < 16:
            table.extend((name, code_point) for code_point, name in entries)
            continue
        prefixes.append(prefix)
        for code_point, _ in entries:
            if ranges and ranges[-1][0] == len(prefixes) - 1 and ranges[-1][2] == code_point - 1:
                ranges[-1][2] = code_point
            else:
                ranges.append([len(prefixes) - 1, code_point, code_point])
    table.extend((alias, code_point) for code_point, alias in aliases)
    table.sort()
    for (name, _), (next_name, _) in zip(table, table[1:]):
        assert name != next_name, name
    return table, prefixes, ranges, unified


def encode_names(table):
    """Front-coded records: shared prefix length, suffix length, suffix, code point
    (3 bytes, big-endian). Every NAME_BLOCK-th record starts a block and is stored
    whole, so a lookup can binary-search the blocks."""
    data = bytearray()
    block_offsets = []
    previous = ""
    for index, (name, code_point) in enumerate(table):
        assert re.fullmatch(r"[A-Z0-9 -]+", name) and len(name) < 256
        if index % NAME_BLOCK == 0:
            block_offsets.append(len(data))
            previous = ""
        shared = 0
        while shared < min(len(name), len(previous)) and name[shared] == previous[shared]:
            shared += 1
        suffix = name[shared:].encode("ascii")
        data += bytes([shared, len(suffix)]) + suffix + code_point.to_bytes(3, "big")
        previous = name
    return data, block_offsets


def c_array(type_name, name, values, per_line=16, formatter=str):
    lines = ["constexpr %s %s[] = {" % (type_name, name)]
    values = list(values)
    for start in range(0, len(values), per_line):
        lines.append("    " + ", ".join(formatter(value) for value in values[start:start + per_line]) + ",")
    lines.append("};")
    return "\n".join(lines) + "\n"


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate_unicode_tables.py OUTPUT.inc")
    if unicodedata.unidata_version != "14.0.0":
        sys.exit("expected Unicode 14.0.0 (CPython 3.11), got " + unicodedata.unidata_version)

    property_numbers, property_records, mapping_pool = character_properties()
    flag_index, flag_data = two_level(property_numbers, FLAG_BLOCK_SHIFT)
    assert len(property_records) < 65536 and max(flag_index) < 65536
    ccc_ranges = combining_class_ranges()
    decomposition_keys, decomposition_entries, decomposition_pool = decompositions()
    composition_pairs = compositions()
    table, prefixes, hex_ranges, unified = character_names(name_aliases())
    name_data, name_blocks = encode_names(table)

    sizes = [
        ("character properties", len(flag_index) * 2 + len(flag_data) * 2 + len(property_records) * 20
         + len(mapping_pool) * 4),
        ("combining classes", len(ccc_ranges) * 8),
        ("NFKD expansions", len(decomposition_keys) * 8 + len(decomposition_pool) * 4),
        ("compositions", len(composition_pairs) * 12),
        ("names", len(name_data) + len(name_blocks) * 4 + len(hex_ranges) * 12 + len(unified) * 8),
    ]
    out = []
    out.append("// Generated by tools/generate_unicode_tables.py from Python 3.11's unicodedata\n")
    out.append("// (Unicode %s). Do not edit.\n" % unicodedata.unidata_version)
    out.append("// Sizes: %s; total %d bytes.\n" % (", ".join("%s %d" % size for size in sizes),
                                                   sum(size for _, size in sizes)))
    out.append("// %d names and aliases in the front-coded table, %d named by ranges.\n\n"
               % (len(table), sum(r[2] - r[1] + 1 for r in hex_ranges)))
    out.append("constexpr int flag_block_shift = %d;\n" % FLAG_BLOCK_SHIFT)
    for name, value in PROPERTY_FLAGS:
        out.append("constexpr uint16_t flag_%s = %d;\n" % (name, value))
    out.append("constexpr int32_t mapping_pool_base = 0x%X;\n" % MAPPING_POOL)
    out.append("// Record number of each code point: block index, then blocks of record numbers.\n")
    out.append(c_array("uint16_t", "flag_block_index", flag_index, 24))
    out.append(c_array("uint16_t", "flag_blocks", flag_data, 24))
    out.append("// {flags, decimal value, lower, upper, title, fold}.\n")
    out.append(c_array("PropertyRecord", "property_records", property_records, 2,
                       lambda r: "{ %d, %d, %d, %d, %d, %d }" % r))
    out.append(c_array("char32_t", "mapping_pool", mapping_pool, 12, hex))

    out.append("\n// Canonical combining classes: {first, last, class}.\n")
    out.append(c_array("CombiningClassRange", "combining_class_ranges", ccc_ranges, 6,
                       lambda r: "{ 0x%X, 0x%X, %d }" % tuple(r)))

    out.append("\n// NFKD expansions: key, then offset into the pool << 5 | length.\n")
    out.append(c_array("char32_t", "decomposition_keys", decomposition_keys, 12, hex))
    out.append(c_array("uint32_t", "decomposition_entries", decomposition_entries, 12, hex))
    out.append(c_array("char32_t", "decomposition_pool", decomposition_pool, 12, hex))

    out.append("\n// Canonical compositions: (first << 21 | second) sorted, and the composite.\n")
    out.append(c_array("uint64_t", "composition_keys", (key for key, _ in composition_pairs), 8, hex))
    out.append(c_array("char32_t", "composition_results", (value for _, value in composition_pairs), 12, hex))

    out.append("\n// Character names and aliases (see encode_names in the generator).\n")
    out.append("constexpr int name_block_size = %d;\n" % NAME_BLOCK)
    out.append("constexpr size_t name_count = %d;\n" % len(table))
    out.append(c_array("uint8_t", "name_data", name_data, 32))
    out.append(c_array("uint32_t", "name_block_offsets", name_blocks, 12))
    out.append(c_array("char const*", "hex_name_prefixes", prefixes, 4, lambda p: '"%s"' % p))
    out.append("// Code points named prefix + \"%04X\" % code point: {prefix, first, last}.\n")
    out.append(c_array("HexNameRange", "hex_name_ranges", hex_ranges, 4,
                       lambda r: "{ %d, 0x%X, 0x%X }" % tuple(r)))
    out.append("// CJK unified ideographs: {first, last}.\n")
    out.append(c_array("CodePointRange", "unified_ideograph_ranges", unified, 6,
                       lambda r: "{ 0x%X, 0x%X }" % tuple(r)))
    out.append(c_array("char const*", "jamo_l_names", JAMO_L, 19, lambda p: '"%s"' % p))
    out.append(c_array("char const*", "jamo_v_names", JAMO_V, 21, lambda p: '"%s"' % p))
    out.append(c_array("char const*", "jamo_t_names", JAMO_T, 28, lambda p: '"%s"' % p))

    with open(sys.argv[1], "w", encoding="utf-8") as file:
        file.write("".join(out))


if __name__ == "__main__":
    main()
