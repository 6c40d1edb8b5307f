// The cycle collector (gc.h): generational lists of tracked objects, CPython's
// algorithm for finding unreachable cycles (subtract internal references, propagate
// reachability from what remains), PEP 442 finalisation (__del__ and generator close
// once, then a resurrection check), and breaking the cycles with each type's `clear`.
#include "vm/gc.h"

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/generator.h"
#include "vm/runtime_setup.h"
#include "vm/sys_module.h"
#include "vm/vm.h"

#include <chrono>
#include <cstdio>
#include <vector>

namespace taipan {

void finalize_generator(Vm&, GeneratorObject&);

namespace {

    // During a collection, GcHeader::generation holds the object's state instead of its
    // generation: every object of the collected generations starts as Collecting, the
    // reachability pass marks Reachable, and what is left is Unreachable.
    constexpr uint8_t collecting_state = 0xF0;
    constexpr uint8_t reachable_state = 0xF1;
    constexpr uint8_t unreachable_state = 0xF2;

    // The GcState of the Vm that last tracked an object on this thread, for gc_untrack
    // (which has no Vm at hand) to keep generation 0's count in step with deallocations.
    thread_local GcState* t_gc_state = nullptr;

    bool is_immortal(Object const* object)
    {
        return object->refcount >= Object::immortal_refcount / 2;
    }

    // The header of a value the collector may know about: a heap object of a GC type
    // that is not immortal (static objects have no header; immortal ones are never
    // tracked).
    GcHeader* header_of(Value value)
    {
        if (!value.is_object())
            return nullptr;
        Object* object = value.as_object();
        if (is_immortal(object) || !object->type->has_flag(TypeHasGc))
            return nullptr;
        return GcHeader::of(object);
    }

    int64_t list_size(GcList const& list)
    {
        int64_t size = 0;
        for (GcHeader const* node = list.head.next; node != &list.head; node = node->next)
            ++size;
        return size;
    }

    // Moves every node of `from` to the end of `to`.
    void merge_lists(GcList& from, GcList& to)
    {
        if (from.empty())
            return;
        GcHeader* first = from.head.next;
        GcHeader* last = from.head.previous;
        first->previous = to.head.previous;
        to.head.previous->next = first;
        last->next = &to.head;
        to.head.previous = last;
        from.head.next = from.head.previous = &from.head;
    }

    void move_to(GcHeader* node, GcList& list)
    {
        GcList::unlink(node);
        list.append(node);
    }

    void set_generation(GcList& list, uint8_t generation)
    {
        for (GcHeader* node = list.head.next; node != &list.head; node = node->next)
            node->generation = generation;
    }

    void traverse(Object* object, VisitFunction visit, void* context)
    {
        if (TraverseFunction function = object->type->traverse)
            function(object, visit, context);
    }

    // The references an object of the collected set holds to others of the set do not
    // keep the set alive: subtract them from the copies of the counts.
    void visit_decrement(Value value, void*)
    {
        GcHeader* header = header_of(value);
        if (header && header->tracked && header->generation == collecting_state)
            --header->gc_references;
    }

    struct ReachableContext {
        std::vector<GcHeader*>* work;
    };

    void visit_reachable(Value value, void* context)
    {
        GcHeader* header = header_of(value);
        if (!header || !header->tracked || header->generation != collecting_state)
            return;
        header->generation = reachable_state;
        static_cast<ReachableContext*>(context)->work->push_back(header);
    }

    // Splits `young` into what is reachable from outside it (left in `young`, marked as
    // `survivor_generation`) and what is not (moved to `unreachable`, marked
    // unreachable_state); returns the number of survivors. Four passes over the list, as
    // CPython makes: copy the counts, subtract internal references, propagate from the
    // roots, split.
    int64_t deduce_unreachable(GcList& young, GcList& unreachable, uint8_t survivor_generation)
    {
        for (GcHeader* node = young.head.next; node != &young.head; node = node->next) {
            node->gc_references = node->object()->refcount;
            node->generation = collecting_state;
        }
        for (GcHeader* node = young.head.next; node != &young.head; node = node->next)
            traverse(node->object(), visit_decrement, nullptr);

        std::vector<GcHeader*> work;
        ReachableContext context {&work};
        for (GcHeader* node = young.head.next; node != &young.head; node = node->next) {
            // A count left above zero is a reference from outside the set: a root. (A
            // negative one means a traverse function reports more than the object owns;
            // keeping the object is the safe reading.)
            if (node->gc_references == 0 || node->generation != collecting_state)
                continue;
            node->generation = reachable_state;
            work.push_back(node);
            while (!work.empty()) {
                GcHeader* reached = work.back();
                work.pop_back();
                traverse(reached->object(), visit_reachable, &context);
            }
        }
        int64_t survivors = 0;
        GcHeader* node = young.head.next;
        while (node != &young.head) {
            GcHeader* next = node->next;
            if (node->generation == collecting_state) {
                node->generation = unreachable_state;
                move_to(node, unreachable);
            } else {
                node->generation = survivor_generation;
                ++survivors;
            }
            node = next;
        }
        return survivors;
    }

    bool has_finalizer(Object* object)
    {
        Type* type = object->type;
        if (type->is_heap() && !type->lookup_special(SpecialMethod::Del).is_null())
            return true;
        return type == &generator_type || type == &async_generator_type;
    }

    // PEP 442: each unreachable object with a finalizer runs it once. A finalizer may
    // free other objects of the list (they unlink themselves) or make new ones, so the
    // list is consumed from its head into `seen`.
    void finalize_garbage(Vm& vm, GcList& unreachable)
    {
        GcList seen;
        while (!unreachable.empty()) {
            GcHeader* node = unreachable.head.next;
            move_to(node, seen);
            Object* object = node->object();
            if (node->finalized || !has_finalizer(object))
                continue;
            Type* type = object->type;
            if (type->is_heap() && !type->lookup_special(SpecialMethod::Del).is_null()) {
                run_finalizer(object);
            } else {
                node->finalized = true;
                Ref<> hold = ref(Value(object));
                finalize_generator(vm, *static_cast<GeneratorObject*>(object));
            }
        }
        merge_lists(seen, unreachable);
    }

    // After the finalizers ran: whatever they made reachable again (stored in a global,
    // appended to a live list) is resurrected and survives, with everything it reaches;
    // the rest goes to `final_unreachable`.
    void handle_resurrected(
        GcList& unreachable, GcList& final_unreachable, GcList& survivors, uint8_t survivor_generation)
    {
        deduce_unreachable(unreachable, final_unreachable, survivor_generation);
        merge_lists(unreachable, survivors);
    }

    Result<void> invoke_callbacks(
        Vm& vm, char const* phase, int generation, int64_t collected, int64_t uncollectable)
    {
        GcState& state = vm.gc();
        if (!state.callbacks || as_list(state.callbacks).size == 0)
            return {};
        Ref<Dict> info = TRY(new_dict(vm));
        TRY(dict_set_str(vm, *info, "generation", new_int(generation)));
        TRY(dict_set_str(vm, *info, "collected", new_int(collected)));
        TRY(dict_set_str(vm, *info, "uncollectable", new_int(uncollectable)));
        Ref<Str> phase_text = TRY(new_str(vm, phase));
        // CPython walks the live list by index: callbacks may add or remove callbacks.
        Ref<> callbacks = state.callbacks;
        for (int64_t index = 0; index < as_list(callbacks).size; ++index) {
            Ref<> callback = ref(as_list(callbacks)[index]);
            Value arguments[] = {Value(phase_text.get()), Value(info.get())};
            auto result = call(vm, callback, arguments);
            if (result.is_error())
                write_unraisable(vm, callback);
        }
        return {};
    }

    // A tuple can never take part in a cycle once every item is one that can never be
    // tracked (atomic values, and tuples already untracked): CPython stops tracking such
    // tuples when they survive a collection, so that a million pairs of ints are not
    // traversed by every later one. A tuple still being filled (a null item) stays.
    // Returns the number untracked.
    int64_t untrack_atomic_tuples(GcList& list)
    {
        int64_t untracked = 0;
        GcHeader* node = list.head.next;
        while (node != &list.head) {
            GcHeader* next = node->next;
            Object* object = node->object();
            if (object->type == &tuple_type) {
                bool atomic = true;
                for (Value item : static_cast<Tuple*>(object)->span()) {
                    if (!item
                        || (item.is_object() && item.type()->has_flag(TypeHasGc)
                            && (item.type() != &tuple_type || GcHeader::of(item.as_object())->tracked))) {
                        atomic = false;
                        break;
                    }
                }
                if (atomic) {
                    GcList::unlink(node);
                    node->tracked = false;
                    ++untracked;
                }
            }
            node = next;
        }
        return untracked;
    }

    void print_object_line(Vm& vm, char const* label, Object* object)
    {
        std::fprintf(stderr, "gc: %s <%s %p>\n", label, std::string(type_short_name(*object->type)).c_str(),
            static_cast<void*>(object));
        (void)vm;
    }

    int64_t collect_main(Vm& vm, int generation, int64_t& uncollectable_out)
    {
        GcState& state = vm.gc();
        auto started = std::chrono::steady_clock::now();
        if (state.debug & 1) {
            std::fprintf(stderr, "gc: collecting generation %d...\n", generation);
            std::fprintf(stderr, "gc: objects in each generation: %lld %lld %lld\n",
                static_cast<long long>(list_size(state.generations[0])),
                static_cast<long long>(list_size(state.generations[1])),
                static_cast<long long>(list_size(state.generations[2])));
            std::fprintf(stderr, "gc: objects in permanent generation: %lld\n",
                static_cast<long long>(list_size(state.permanent)));
        }

        // The younger generations are collected along with `generation`.
        if (generation + 1 < 3)
            state.counts[generation + 1] += 1;
        for (int index = 0; index <= generation; ++index)
            state.counts[index] = 0;
        for (int index = 0; index < generation; ++index)
            merge_lists(state.generations[index], state.generations[generation]);
        GcList& young = state.generations[generation];
        uint8_t survivor_generation = uint8_t(generation < 2 ? generation + 1 : 2);
        GcList& old = state.generations[survivor_generation];

        GcList unreachable;
        int64_t survivors = deduce_unreachable(young, unreachable, survivor_generation);
        survivors -= untrack_atomic_tuples(young);
        // Survivors move up a generation.
        if (&young != &old) {
            if (generation == 1)
                state.long_lived_pending += survivors;
            merge_lists(young, old);
        } else {
            state.long_lived_pending = 0;
            state.long_lived_total = survivors;
        }

        if (state.debug & 2)
            for (GcHeader* node = unreachable.head.next; node != &unreachable.head; node = node->next)
                print_object_line(vm, "collectable", node->object());

        finalize_garbage(vm, unreachable);
        GcList final_unreachable;
        handle_resurrected(unreachable, final_unreachable, old, survivor_generation);

        // Break the cycles. Every object is held while the clears run, so a clear that
        // drops the last outside reference to another object of the set frees nothing
        // yet; the objects go to the older generation first, where the ones some clear
        // did not disconnect simply stay.
        std::vector<Ref<>> held;
        for (GcHeader* node = final_unreachable.head.next; node != &final_unreachable.head; node = node->next)
            held.push_back(ref(Value(node->object())));
        int64_t found = int64_t(held.size());
        set_generation(final_unreachable, survivor_generation);
        merge_lists(final_unreachable, old);
        if (state.debug & 32) {
            if (!state.garbage) {
                auto made = new_list(vm);
                if (!made.is_error())
                    state.garbage = made.release_value();
                else
                    (void)vm.take_pending_exception();
            }
            for (Ref<>& object : held)
                if (state.garbage && list_append(vm, as_list(state.garbage), object).is_error())
                    (void)vm.take_pending_exception();
        } else {
            for (Ref<>& object : held) {
                Object* raw = object.get();
                if (ClearFunction clear = raw->type->clear) {
                    clear(raw);
                    if (vm.pending_exception())
                        write_unraisable(vm, Value(raw->type), "Exception ignored in tp_clear of");
                }
            }
        }
        held.clear();

        // Taipan has no legacy (tp_del) finalizers, so nothing is ever uncollectable.
        int64_t uncollectable = 0;
        if (state.debug & 1) {
            double seconds
                = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
            std::fprintf(stderr, "gc: done, %lld unreachable, %lld uncollectable, %.4fs elapsed\n",
                static_cast<long long>(found), static_cast<long long>(uncollectable), seconds);
        }
        state.collections[generation] += 1;
        state.collected[generation] += found;
        state.uncollectable[generation] += uncollectable;
        uncollectable_out = uncollectable;
        return found + uncollectable;
    }

    // One collection with the gc.callbacks around it. The thread's pending exception (a
    // collection can start inside any allocation) is set aside while Python code runs.
    int64_t collect_with_callbacks(Vm& vm, int generation)
    {
        Ref<> saved = vm.take_pending_exception();
        if (invoke_callbacks(vm, "start", generation, 0, 0).is_error())
            write_unraisable(vm, Value {});
        int64_t uncollectable = 0;
        int64_t found = collect_main(vm, generation, uncollectable);
        if (invoke_callbacks(vm, "stop", generation, found - uncollectable, uncollectable).is_error())
            write_unraisable(vm, Value {});
        vm.thread().pending_exception = std::move(saved);
        return found;
    }

} // namespace

GcState::~GcState()
{
    garbage = nullptr;
    callbacks = nullptr;
    for (GcList* list : {&generations[0], &generations[1], &generations[2], &permanent}) {
        while (!list->empty()) {
            GcHeader* node = list->head.next;
            GcList::unlink(node);
            node->tracked = false;
        }
    }
    if (t_gc_state == this)
        t_gc_state = nullptr;
}

void gc_track(Vm& vm, Object* object)
{
    GcHeader* header = GcHeader::of(object);
    if (header->tracked)
        return;
    GcState& state = vm.gc();
    t_gc_state = &state;
    // CPython counts the allocation and collects before linking the new object: a
    // collection never sees an object its caller has not finished constructing.
    state.counts[0] += 1;
    gc_maybe_collect(vm);
    header->tracked = true;
    header->generation = 0;
    state.generations[0].append(header);
}

void gc_untrack(Object* object)
{
    GcHeader* header = GcHeader::of(object);
    if (!header->tracked)
        return;
    GcList::unlink(header);
    header->tracked = false;
    if (t_gc_state && t_gc_state->counts[0] > 0)
        t_gc_state->counts[0] -= 1;
}

bool gc_is_tracked(Value value)
{
    GcHeader* header = header_of(value);
    return header && header->tracked;
}

void gc_maybe_collect(Vm& vm)
{
    GcState& state = vm.gc();
    if (!state.enabled || state.collecting || state.thresholds[0] == 0
        || state.counts[0] <= state.thresholds[0])
        return;
    // CPython does not start a collection while an exception is being raised, nor
    // (here) while the shared builtin types are being built.
    if (vm.pending_exception() || runtime_setup_in_progress())
        return;
    state.collecting = true;
    for (int generation = 2; generation >= 0; --generation) {
        if (state.counts[generation] <= state.thresholds[generation])
            continue;
        if (generation == 2 && state.long_lived_pending < state.long_lived_total / 4)
            continue;
        collect_with_callbacks(vm, generation);
        break;
    }
    state.collecting = false;
}

int64_t gc_collect(Vm& vm, int generation)
{
    GcState& state = vm.gc();
    if (state.collecting)
        return 0;
    state.collecting = true;
    int64_t found = collect_with_callbacks(vm, generation);
    state.collecting = false;
    return found;
}

void gc_shutdown(Vm& vm)
{
    vm.gc().garbage = nullptr;
    vm.gc().callbacks = nullptr;
}

void run_finalizer(Object* object)
{
    Type* type = object->type;
    Value finalizer = type->lookup_special(SpecialMethod::Del);
    if (finalizer.is_null() || is_none(finalizer))
        return;
    if (type->has_flag(TypeHasGc)) {
        GcHeader* header = GcHeader::of(object);
        if (header->finalized)
            return;
        header->finalized = true;
    }
    Vm& vm = Vm::current();
    // From destroy_object the count is zero: the call holds a temporary reference,
    // given back without freeing (destroy_object looks at the count afterwards: above
    // zero, __del__ resurrected the object). From the collector the object is alive
    // and the reference keeps it so while __del__ breaks its cycle.
    bool from_deallocation = object->refcount == 0;
    ++object->refcount;
    Ref<> saved = vm.take_pending_exception();
    auto result = call_special(vm, SpecialMethod::Del, Value(object));
    if (result.is_error())
        write_unraisable(vm, finalizer);
    vm.thread().pending_exception = std::move(saved);
    if (from_deallocation)
        --object->refcount;
    else
        decref(object);
}

} // namespace taipan
