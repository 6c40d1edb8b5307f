# SystemExit(True) exits with status 1, SystemExit(False) would be 0.
raise SystemExit(True)
