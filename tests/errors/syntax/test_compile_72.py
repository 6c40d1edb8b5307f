from x import y as None
