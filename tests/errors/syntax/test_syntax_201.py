lambda a,*b,c,/,d,e: None
