# -*- coding: cp437 -*-
"¢¢¢¢¢¢" + f(4, x for x in range(1))
