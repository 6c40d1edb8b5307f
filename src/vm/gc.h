// The cycle collector's view of objects. Every instance of a TypeHasGc type is
// allocated with a GcHeader just before it, linking it into its generation's list
// (CPython's PyGC_Head): the collector walks those lists, subtracts internal
// references found by `traverse`, and frees unreachable cycles with `clear`.
#pragma once

#include "objects/object.h"

#include <cstdint>

namespace taipan {

class Vm;

struct GcHeader {
    GcHeader* next = nullptr;
    GcHeader* previous = nullptr;
    // One word for the rest, so that the header is 24 bytes: a small instance, a dict
    // and a pair fit a 48/64-byte block instead of 64/80 (million_objects: -48 MB).
    // During a collection: the count of references from outside the generation (48 bits
    // count more references than memory can hold).
    int64_t gc_references : 48 = 0;
    uint64_t generation : 8 = 0;
    uint64_t tracked : 1 = 0;
    uint64_t finalized : 1 = 0; // __del__ already ran (PEP 442: at most once)

    Object* object() { return reinterpret_cast<Object*>(this + 1); }
    static GcHeader* of(Object* object) { return reinterpret_cast<GcHeader*>(object) - 1; }
};
static_assert(sizeof(GcHeader) == 24);

// A circular doubly-linked list with a sentinel head.
struct GcList {
    GcHeader head;
    GcList() { head.next = head.previous = &head; }
    bool empty() const { return head.next == &head; }
    void append(GcHeader* node)
    {
        node->previous = head.previous;
        node->next = &head;
        head.previous->next = node;
        head.previous = node;
    }
    static void unlink(GcHeader* node)
    {
        node->previous->next = node->next;
        node->next->previous = node->previous;
        node->next = node->previous = nullptr;
    }
};

struct GcState {
    GcState() = default;
    GcState(GcState const&) = delete;
    GcState& operator=(GcState const&) = delete;
    // Unlinks whatever is still tracked (objects shared with other Vms, immortal
    // leftovers), so freeing them later never touches this state's list heads.
    ~GcState();

    GcList generations[3];
    GcList permanent; // gc.freeze()
    int64_t counts[3] = {0, 0, 0}; // gc.get_count()
    int64_t thresholds[3] = {700, 10, 10}; // gc.get_threshold()
    bool enabled = true;
    bool collecting = false;
    int debug = 0; // gc.set_debug() flags
    // gc.get_stats(), per generation.
    int64_t collections[3] = {0, 0, 0};
    int64_t collected[3] = {0, 0, 0};
    int64_t uncollectable[3] = {0, 0, 0};
    // CPython: a full collection runs only when the objects that survived young
    // collections since the last full one exceed 25% of the long-lived objects.
    int64_t long_lived_total = 0;
    int64_t long_lived_pending = 0;
    // gc.garbage and gc.callbacks (lists, made on first use).
    Ref<> garbage;
    Ref<> callbacks;
};

// Starts / stops tracking an object (gc.is_tracked).
void gc_track(Vm&, Object*);
void gc_untrack(Object*);
// Runs a collection of generations 0..generation; returns the number of unreachable
// objects found (gc.collect()).
int64_t gc_collect(Vm&, int generation);
// Called on every tracked allocation: collects when generation 0 passes its threshold.
void gc_maybe_collect(Vm&);
// Is `object` a heap object the collector tracks (gc.is_tracked)?
bool gc_is_tracked(Value);
// Runs the __del__ of an object whose type defines one, at most once for tracked
// objects (PEP 442), reporting its exceptions as unraisable. Called by destroy_object
// with the count at zero (the object is then resurrected for the call; a count above
// zero afterwards means __del__ resurrected it) and by the collector.
void run_finalizer(Object*);
// Drops gc.garbage and gc.callbacks; ~Vm calls it before its final collection, while
// objects those lists keep alive can still run their __del__.
void gc_shutdown(Vm&);

} // namespace taipan
