# raise SystemExit with no argument exits with status 0.
print("clean exit")
raise SystemExit
