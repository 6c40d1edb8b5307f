a[b:c:
