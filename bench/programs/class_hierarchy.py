# Benchmark: a small task scheduler in the spirit of Richards: a class hierarchy with
# super().__init__ and super().method() calls, overriding, isinstance checks, class
# attributes, __slots__, dunder methods (__eq__, __hash__, __lt__, __repr__) and a
# linked work queue.

class Packet:
    __slots__ = ("link", "owner", "kind", "datum", "data")

    def __init__(self, link, owner, kind):
        self.link = link
        self.owner = owner
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        node = queue
        while node.link is not None:
            node = node.link
        node.link = self
        return queue


class Task:
    created = 0

    def __init__(self, ident, priority, queue):
        Task.created += 1
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.runs = 0
        self.held = False

    def __lt__(self, other):
        return self.priority < other.priority

    def __eq__(self, other):
        return isinstance(other, Task) and self.ident == other.ident

    def __hash__(self):
        return self.ident

    def __repr__(self):
        return "%s(%d)" % (type(self).__name__, self.ident)

    def step(self, scheduler):
        self.runs += 1
        return self.work(scheduler)

    def work(self, scheduler):
        return None


class IdleTask(Task):
    def __init__(self, ident, priority, seed):
        super().__init__(ident, priority, None)
        self.seed = seed

    def work(self, scheduler):
        # A shift-register pseudo-random choice of which device task to release.
        if self.seed & 1:
            self.seed = (self.seed >> 1) ^ 0xD008
            return scheduler.release(DEVICE_B)
        self.seed >>= 1
        return scheduler.release(DEVICE_A)


class WorkerTask(Task):
    def __init__(self, ident, priority, queue):
        super().__init__(ident, priority, queue)
        self.destination = HANDLER_A
        self.count = 0

    def work(self, scheduler):
        packet = self.queue
        if packet is None:
            return scheduler.wait()
        self.queue = packet.link
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.owner = self.destination
        packet.datum = 0
        for i in range(4):
            self.count = self.count + 1 if self.count < 26 else 1
            packet.data[i] = self.count
        return scheduler.send(packet)


class HandlerTask(Task):
    def __init__(self, ident, priority, queue):
        super().__init__(ident, priority, queue)
        self.handled = 0

    def work(self, scheduler):
        packet = self.queue
        if packet is None:
            return scheduler.wait()
        self.queue = packet.link
        total = sum(packet.data)
        self.handled += total
        # Some packets take a detour through a device, which may be held.
        packet.owner = DEVICE_A + (total & 1) if total % 3 == 0 else WORKER
        packet.datum = total
        return scheduler.send(packet)


class DeviceTask(Task):
    def __init__(self, ident, priority):
        super().__init__(ident, priority, None)
        self.pending = 0

    def work(self, scheduler):
        packet = self.queue
        if packet is None:
            return super().work(scheduler) or scheduler.hold()
        self.queue = packet.link
        self.pending += packet.datum
        packet.owner = WORKER
        return scheduler.send(packet)


IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.current = None
        self.switches = 0

    def add(self, task):
        self.tasks[task.ident] = task

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False
        return task if self.current < task else self.current

    def hold(self):
        self.current.held = True
        return None

    def wait(self):
        return None

    def send(self, packet):
        target = self.tasks[packet.owner]
        target.queue = packet.append_to(target.queue)
        return target if self.current < target else self.current

    def run(self, steps):
        order = sorted(self.tasks.values(), reverse=True)
        index = 0
        for _ in range(steps):
            task = order[index % len(order)]
            index += 1
            if task.held:
                continue
            self.current = task
            chosen = task.step(self)
            if isinstance(chosen, Task) and chosen != task:
                self.switches += 1
        return order


def main():
    totals = []
    for seed in range(1, 6):
        scheduler = Scheduler()
        queue = None
        for k in range(6):
            queue = Packet(None, WORKER, k).append_to(queue)
        scheduler.add(IdleTask(IDLE, 0, seed * 7919))
        scheduler.add(WorkerTask(WORKER, 1000, queue))
        scheduler.add(HandlerTask(HANDLER_A, 2000, None))
        scheduler.add(HandlerTask(HANDLER_B, 3000, None))
        scheduler.add(DeviceTask(DEVICE_A, 4000))
        scheduler.add(DeviceTask(DEVICE_B, 5000))
        order = scheduler.run(100000)
        tasks = scheduler.tasks
        handled = tasks[HANDLER_A].handled + tasks[HANDLER_B].handled
        handled += tasks[DEVICE_A].pending * 3 + tasks[DEVICE_B].pending
        totals.append((scheduler.switches, handled, sum(t.runs for t in order)))
        if seed == 1:
            print("order", order, len(set(order)))
    print("totals", totals, Task.created)


main()
