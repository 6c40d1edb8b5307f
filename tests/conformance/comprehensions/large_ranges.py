# Comprehensions over larger ranges produce the right aggregates.
squares = [i * i for i in range(10000)]
print(len(squares), sum(squares), squares[-1])
evens = {i for i in range(1000) if i % 2 == 0}
print(len(evens), min(evens), max(evens))
d = {i: str(i) for i in range(500)}
print(len(d), d[499], sum(map(len, d.values())))
print(sum(x for x in range(100000) if x % 7 == 3))
