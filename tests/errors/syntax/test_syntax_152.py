with a as (x, *(y, z.d())): pass
