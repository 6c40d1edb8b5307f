# Exit codes are taken modulo 256 by the operating system.
raise SystemExit(258)
