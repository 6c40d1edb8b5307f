# Errors inside exec'd code show "<string>" frames.
exec("def inner():\n    return 1 / 0\ninner()\n")
