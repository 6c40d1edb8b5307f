with object() as obj:
 break