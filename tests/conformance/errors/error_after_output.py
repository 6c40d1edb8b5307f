# Output printed before the error still appears on stdout.
for i in range(3):
    print("line", i)
raise RuntimeError("failed after output")
