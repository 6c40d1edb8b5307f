# An error raised in a coroutine driven with send(None).
async def fetch(n):
    if n > 2:
        raise TimeoutError(f"request {n} timed out")
    return n
async def main():
    results = []
    for i in range(5):
        results.append(await fetch(i))
    return results
main().send(None)
