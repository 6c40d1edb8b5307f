# continue inside try/except/finally in a while loop.
i = 0
log = []
while i < 5:
    i += 1
    try:
        if i % 2:
            raise ValueError(i)
        log.append(f"even {i}")
    except ValueError as e:
        log.append(f"odd {e}")
        continue
    finally:
        log.append(f"finally {i}")
    log.append(f"after {i}")
print(log)
