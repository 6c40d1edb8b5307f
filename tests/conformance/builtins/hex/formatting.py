# Hex formatting variants compared with hex().
for n in (0, 10, 255, -255, 4096, 2 ** 40):
    print(hex(n), f"{n:x}", f"{n:X}", f"{n:#x}", f"{n:08x}", "%x" % n, "%#X" % n)
print(hex(-0), (255).to_bytes(1, "big").hex(), (3.5).hex())
