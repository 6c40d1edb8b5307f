# Benchmark: naive recursive Fibonacci, which measures Python-to-Python call overhead,
# small-integer arithmetic and comparisons.

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    total = 0
    for n in range(22, 30):
        total += fib(n)
    print("fib checksum", total, fib(29))


main()
