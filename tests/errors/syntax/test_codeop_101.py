a(b,
