class a(b,
