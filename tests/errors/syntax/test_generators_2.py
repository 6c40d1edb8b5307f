def f(): (yield bar) = y
