# Benchmark: prime sieves and trial division: bytearray and list-of-bool sieves with
# slice assignment, while-loop marking, and primality testing by trial division.

def sieve_slices(limit):
    flags = bytearray([1]) * (limit + 1)
    flags[0] = flags[1] = 0
    i = 2
    while i * i <= limit:
        if flags[i]:
            flags[i * i::i] = bytes(len(range(i * i, limit + 1, i)))
        i += 1
    return flags


def sieve_loops(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if flags[i]:
            j = i * i
            while j <= limit:
                flags[j] = False
                j += i
    return [n for n in range(limit + 1) if flags[n]]


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def main():
    flags = sieve_slices(3000000)
    count = flags.count(1)
    print("slices", count, flags.rfind(1))
    primes = sieve_loops(600000)
    print("loops", len(primes), primes[-1], sum(primes) % 1000000007)
    twins = sum(1 for p in range(3, 250000, 2) if is_prime(p) and is_prime(p + 2))
    print("twins", twins)


main()
