# UnicodeDecodeError message format.
data = b"caf\xe9 au lait"
print(data.decode("utf-8"))
