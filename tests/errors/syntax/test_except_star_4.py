
for i in range(5):
    try:
        raise ValueError
    except* Exception as e:
        continue
