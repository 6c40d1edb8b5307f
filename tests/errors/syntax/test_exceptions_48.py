pass
pass
pass
(1+)
pass
pass
pass