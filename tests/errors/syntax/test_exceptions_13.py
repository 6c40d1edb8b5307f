if True:
        print()
	exec "mixed tabs and spaces"