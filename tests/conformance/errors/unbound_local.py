# UnboundLocalError when a local is read before assignment.
count = 0
def increment():
    count += 1
increment()
