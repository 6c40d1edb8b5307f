# break and continue inside finally; finally runs when break leaves try.
for i in range(3):
    try:
        if i == 1:
            break
        print("body", i)
    finally:
        print("finally", i)
for i in range(3):
    try:
        raise KeyError(i)
    finally:
        break
print("after break in finally", i)
for i in range(3):
    try:
        continue
    finally:
        print("cont finally", i)
out = []
while True:
    try:
        out.append(1)
        break
    finally:
        out.append(2)
print(out)
