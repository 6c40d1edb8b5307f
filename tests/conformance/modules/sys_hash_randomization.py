# Without PYTHONHASHSEED, str and bytes hashes are keyed randomly at start-up (CPython's
# default): they differ from the seed-0 values, while numeric hashes never change.
import sys

SEED_ZERO_STR_HASH = -4594863902769663758  # hash("abc") with PYTHONHASHSEED=0
print(sys.flags.hash_randomization, hash("abc") != SEED_ZERO_STR_HASH)
print(hash("") == 0, hash(b"") == 0, hash("abc") == hash("abc"), hash(b"abc") == hash("abc".encode()))
print(hash(1), hash(-1), hash(2**61), hash(1.5), hash((1, 2)) == hash((1, 2)))
