# Benchmark: integer arithmetic in while and for loops (add, multiply, floor division,
# modulo, shifts, bitwise operators, augmented assignment), with values that stay small
# and values that grow past 64 bits.

def collatz_steps(limit):
    longest = 0
    longest_start = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n & 1:
                n = 3 * n + 1
            else:
                n >>= 1
            steps += 1
        if steps > longest:
            longest = steps
            longest_start = start
    return longest_start, longest


def digit_sums(limit):
    total = 0
    i = 0
    while i < limit:
        n = i
        while n:
            total += n % 10
            n //= 10
        i += 1
    return total


def mixing(rounds):
    # A linear congruential generator reduced modulo 2**32, plus xor/shift mixing.
    state = 12345
    acc = 0
    for _ in range(rounds):
        state = (state * 1103515245 + 12345) % 4294967296
        acc ^= (state >> 7) | ((state << 3) & 0xFFFF)
        acc = (acc + state - (state // 3)) & 0xFFFFFFFF
    return acc


def big_powers(count):
    # Products that overflow machine words, reduced to a short checksum.
    value = 1
    for k in range(1, count):
        value = value * (k | 1) + k
    return value % 1000000007, value.bit_length()


def main():
    print("collatz", collatz_steps(20000))
    print("digits", digit_sums(150000))
    print("mixing", mixing(250000))
    print("big", big_powers(15000))


main()
