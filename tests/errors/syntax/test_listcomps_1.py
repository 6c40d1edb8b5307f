[y for y in (1,2)] = 10          # doctest: +IGNORE_EXCEPTION_DETAIL
