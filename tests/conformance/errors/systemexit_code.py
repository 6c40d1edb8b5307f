# raise SystemExit(3) exits with status 3 and prints nothing.
print("exiting with 3")
raise SystemExit(3)
