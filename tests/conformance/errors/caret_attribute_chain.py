# Carets mark the failing attribute access in a chain.
class Node:
    def __init__(self, child=None):
        self.child = child
root = Node(Node())
value = root.child.child.child
