# Benchmark: building strings by concatenation, str.join and f-strings, and the common
# str methods (split, replace, upper/lower, find, strip, startswith, format, slicing).

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
         "iota", "kappa", "lambda", "mu"]


def concatenation(rounds):
    total = 0
    for i in range(rounds):
        s = ""
        for word in WORDS:
            s += word
            s += "-"
        total += len(s) + (i & 3)
    return total


def joining(rounds):
    total = 0
    for i in range(rounds):
        parts = [WORDS[(i + k) % 12] for k in range(8)]
        line = ", ".join(parts)
        total += len(line) + line.count("a")
    return total


def formatting(rounds):
    total = 0
    for i in range(rounds):
        name = WORDS[i % 12]
        text = f"{name}:{i:>8}|{i * 0.5:.2f}|{name!r}|{i:x}"
        total += len(text)
        text2 = "%s=%d (%05.1f)" % (name, i, i / 7)
        total += len(text2)
        text3 = "{}/{:>6}".format(name, i)
        total += len(text3)
    return total


def methods(rounds):
    sentence = "  The quick brown fox jumps over the lazy dog  "
    total = 0
    for i in range(rounds):
        stripped = sentence.strip()
        words = stripped.split(" ")
        total += len(words)
        upper = stripped.upper()
        total += upper.find("FOX") + stripped.lower().count("o")
        replaced = stripped.replace("fox", WORDS[i % 12])
        total += len(replaced)
        if replaced.startswith("The") and replaced.endswith("dog"):
            total += 1
        total += len(stripped[4:9] + stripped[-3:]) + stripped[i % 40].isalpha()
    return total


def char_codes(rounds):
    text = "".join(chr(97 + (k * 7) % 26) for k in range(200))
    total = 0
    for _ in range(rounds):
        for ch in text:
            total += ord(ch)
        total += len(text[::-1].upper())
    return total


def main():
    print("concat", concatenation(40000))
    print("join", joining(80000))
    print("format", formatting(80000))
    print("methods", methods(80000))
    print("codes", char_codes(2000))


main()
