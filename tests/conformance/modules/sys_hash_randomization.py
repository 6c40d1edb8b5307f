# str and bytes hashes are keyed randomly at start-up unless PYTHONHASHSEED fixes them
# (CPython's default); sys.flags.hash_randomization says which, and the seed-0 value of
# hash("abc") appears exactly when it is 0. Numeric hashes never change. The output is
# the same whether the runner sets PYTHONHASHSEED=0 or leaves it unset.
import sys

SEED_ZERO_STR_HASH = -4594863902769663758  # hash("abc") with PYTHONHASHSEED=0
print((sys.flags.hash_randomization == 1) == (hash("abc") != SEED_ZERO_STR_HASH))
print(hash("") == 0, hash(b"") == 0, hash("abc") == hash("abc"), hash(b"abc") == hash("abc".encode()))
print(hash(1), hash(-1), hash(2**61), hash(1.5), hash((1, 2)) == hash((1, 2)))
