class None: pass
