# Notes on exception groups and their members.
e1 = ValueError("one")
e1.add_note("note on member")
g = ExceptionGroup("with notes", [e1, TypeError("two")])
g.add_note("note on group")
raise g
