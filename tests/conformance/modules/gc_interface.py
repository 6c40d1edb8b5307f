# The gc module's interface: switches, thresholds, tracking, referents, callbacks.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

print(gc.get_threshold())
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(type(gc.get_count()).__name__, len(gc.get_count()))

print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.get_debug())
print(gc.garbage)


class C:
    pass


print(gc.is_tracked([]), gc.is_tracked(C()), gc.is_tracked(1), gc.is_tracked("text"), gc.is_tracked(None))
print(gc.is_finalized(C()), gc.is_finalized(3))

marker = C()
holder = [marker, 5]
print(marker in gc.get_referents(holder))
print(any(r is holder for r in gc.get_referrers(marker)))
print(gc.get_referents(1, "x"))

stats = gc.get_stats()
print(len(stats), sorted(stats[0]))

objects = gc.get_objects()
print(type(objects).__name__, any(o is holder for o in objects))
try:
    gc.get_objects(3)
except ValueError as e:
    print("ValueError:", e)
try:
    gc.get_objects(-2)
except ValueError as e:
    print("ValueError:", e)

events = []


def callback(phase, info):
    events.append((phase, sorted(info), info["generation"]))


gc.callbacks.append(callback)
gc.collect()
gc.callbacks.remove(callback)
print(events)

gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
