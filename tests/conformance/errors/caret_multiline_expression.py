# A failing expression that spans several lines.
first = 10
second = None
total = (first +
         second)
