# SystemExit(0) exits successfully even from inside a function.
def main():
    print("main running")
    raise SystemExit(0)
main()
print("not reached")
