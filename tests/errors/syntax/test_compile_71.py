from x import None
