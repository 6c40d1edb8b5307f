# callable() on functions, classes, instances with __call__ and others.
class C:
    pass
class K:
    def __call__(self):
        pass
print(callable(len), callable(lambda: 0), callable(C), callable(C()), callable(K()), callable(5), callable("s"), callable(None), callable([].append), callable(type), callable(print))
c = C()
c.__call__ = lambda: 0
print(callable(c))
