# A tuple of atomic values stops being tracked once it survives a collection (as in
# CPython); one holding a container, or a tuple that is still tracked, stays tracked.
import gc

atomic = (1, "two", 3.0, None, (4, 5))
nested_list = ([],)
nested_dict = ({},)
outer = (atomic, 6)
cycle = ([],)
cycle[0].append(cycle)
print([gc.is_tracked(t) for t in (atomic, nested_list, nested_dict, outer, cycle)])
gc.collect()
print([gc.is_tracked(t) for t in (atomic, nested_list, nested_dict, outer, cycle)])
gc.collect()
print([gc.is_tracked(t) for t in (atomic, nested_list, nested_dict, outer, cycle)])
del cycle
print(gc.collect() >= 2)
pairs = [(i, -i) for i in range(10000)]
gc.collect()
print(sum(gc.is_tracked(p) for p in pairs), len(pairs), pairs[-1])
