# finally blocks run before the interpreter exits via SystemExit.
try:
    raise SystemExit(7)
finally:
    print("finally ran")
