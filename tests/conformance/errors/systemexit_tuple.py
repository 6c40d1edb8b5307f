# SystemExit with several arguments prints the tuple and exits with 1.
raise SystemExit(2, "two args")
