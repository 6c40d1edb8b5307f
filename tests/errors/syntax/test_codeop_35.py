a = 'a\
