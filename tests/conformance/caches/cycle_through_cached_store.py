# An instance whose __dict__ held only numbers gets a reference to itself through an
# attribute store that ran before (and so is cached): the cycle must still be found by
# the collector, which runs __del__.
import gc


class Node:
    def __del__(self):
        print("collected", self.name)


def set_other(node, value):
    node.other = value


def build(name):
    node = Node()
    node.name = 0
    node.other = 0
    set_other(node, 1)
    set_other(node, 2)
    node.name = name
    set_other(node, node)
    return node


gc.disable()
for name in ("first", "second"):
    build(name)
print("before collect")
gc.collect()
print("after collect")
