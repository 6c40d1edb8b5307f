# Benchmark: the spectral norm of an infinite matrix (float arithmetic, nested loops,
# function calls in the inner loop, zip and sum over generator expressions).

def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def multiply_av(u):
    n = len(u)
    return [sum(eval_a(i, j) * u_j for j, u_j in enumerate(u)) for i in range(n)]


def multiply_atv(u):
    n = len(u)
    return [sum(eval_a(j, i) * u_j for j, u_j in enumerate(u)) for i in range(n)]


def multiply_atav(u):
    return multiply_atv(multiply_av(u))


def spectral_norm(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = multiply_atav(u)
        u = multiply_atav(v)
    vbv = vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return (vbv / vv) ** 0.5


def main():
    print("%.9f" % spectral_norm(220))


main()
