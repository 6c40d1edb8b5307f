// The gc module: CPython's interface to the cycle collector of vm/gc.cpp (collect,
// enable/disable, thresholds and counts, the object lists, referrers and referents,
// freeze, the debug flags, gc.garbage and gc.callbacks).
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/native.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/gc.h"
#include "vm/import.h"
#include "vm/vm.h"

#include <string>

namespace taipan {

namespace {

constexpr int debug_stats = 1;
constexpr int debug_collectable = 2;
constexpr int debug_uncollectable = 4;
constexpr int debug_saveall = 32;
constexpr int debug_leak = debug_collectable | debug_uncollectable | debug_saveall;

bool is_immortal(Object const* object) { return object->refcount >= Object::immortal_refcount / 2; }

// Can the collector know this value (a heap object of a GC type)? CPython's
// _PyObject_IS_GC, with static objects (immortal here) left out as CPython leaves out
// static types.
bool is_gc_object(Value value)
{
    return value.is_object() && !is_immortal(value.as_object()) && value.type()->has_flag(TypeHasGc);
}

Result<int> generation_argument(Vm& vm, Value value)
{
    int64_t generation = TRY(index_as_int64(vm, value));
    if (generation < 0 || generation > 2)
        return vm.raise(ExceptionKind::ValueError, "invalid generation");
    return int(generation);
}

Result<Ref<>> gc_collect_function(Vm& vm, Args args)
{
    int generation = TRY(generation_argument(vm, args[0]));
    return new_int(gc_collect(vm, generation));
}

Result<Ref<>> gc_enable(Vm& vm, Args)
{
    vm.gc().enabled = true;
    return new_none();
}

Result<Ref<>> gc_disable(Vm& vm, Args)
{
    vm.gc().enabled = false;
    return new_none();
}

Result<Ref<>> gc_isenabled(Vm& vm, Args) { return new_bool(vm.gc().enabled); }

Result<Ref<>> gc_get_count(Vm& vm, Args)
{
    GcState& state = vm.gc();
    return Ref<>(TRY(new_tuple(vm, {new_int(state.counts[0]), new_int(state.counts[1]), new_int(state.counts[2])})));
}

Result<Ref<>> gc_get_threshold(Vm& vm, Args)
{
    GcState& state = vm.gc();
    return Ref<>(
        TRY(new_tuple(vm, {new_int(state.thresholds[0]), new_int(state.thresholds[1]), new_int(state.thresholds[2])})));
}

Result<Ref<>> gc_set_threshold(Vm& vm, Args args)
{
    GcState& state = vm.gc();
    int64_t values[3];
    for (int index = 0; index < 3; ++index) {
        if (!args[uint32_t(index)])
            continue;
        int64_t value = TRY(index_as_int64(vm, args[uint32_t(index)]));
        if (value > INT32_MAX || value < INT32_MIN)
            return vm.raise(ExceptionKind::OverflowError,
                value > 0 ? "signed integer is greater than maximum" : "signed integer is less than minimum");
        values[index] = value;
    }
    for (int index = 0; index < 3; ++index)
        if (args[uint32_t(index)])
            state.thresholds[index] = values[index];
    return new_none();
}

Result<Ref<>> gc_get_debug(Vm& vm, Args) { return new_int(vm.gc().debug); }

Result<Ref<>> gc_set_debug(Vm& vm, Args args)
{
    int64_t flags = TRY(index_as_int64(vm, args[0]));
    vm.gc().debug = int(flags);
    return new_none();
}

Result<Ref<>> gc_get_stats(Vm& vm, Args)
{
    GcState& state = vm.gc();
    Ref<List> result = TRY(new_list(vm));
    for (int generation = 0; generation < 3; ++generation) {
        Ref<Dict> stats = TRY(new_dict(vm));
        TRY(dict_set_str(vm, *stats, "collections", new_int(state.collections[generation])));
        TRY(dict_set_str(vm, *stats, "collected", new_int(state.collected[generation])));
        TRY(dict_set_str(vm, *stats, "uncollectable", new_int(state.uncollectable[generation])));
        TRY(list_append(vm, *result, Value(stats.get())));
    }
    return Ref<>(std::move(result));
}

Result<void> append_list_objects(Vm& vm, List& result, GcList& list)
{
    for (GcHeader* node = list.head.next; node != &list.head; node = node->next) {
        Object* object = node->object();
        if (object != &result)
            TRY(list_append(vm, result, Value(object)));
    }
    return {};
}

Result<Ref<>> gc_get_objects(Vm& vm, Args args)
{
    GcState& state = vm.gc();
    Value generation_value = args[0];
    Ref<List> result = TRY(new_list(vm));
    // CPython: -1 means the same as None (every generation).
    int64_t generation = is_none(generation_value) ? -1 : TRY(index_as_int64(vm, generation_value));
    if (generation != -1) {
        if (generation >= 3)
            return vm.raise(ExceptionKind::ValueError,
                "generation parameter must be less than the number of available generations (3)");
        if (generation < 0)
            return vm.raise(ExceptionKind::ValueError, "generation parameter cannot be negative");
        TRY(append_list_objects(vm, *result, state.generations[generation]));
        return Ref<>(std::move(result));
    }
    for (GcList& list : state.generations)
        TRY(append_list_objects(vm, *result, list));
    return Ref<>(std::move(result));
}

struct ReferrerSearch {
    std::span<Value const> targets;
    bool found = false;
};

void visit_referrer(Value value, void* context)
{
    auto& search = *static_cast<ReferrerSearch*>(context);
    for (Value target : search.targets)
        if (value.is(target))
            search.found = true;
}

Result<Ref<>> gc_get_referrers(Vm& vm, Args args)
{
    Tuple& targets = as_tuple(args[0]);
    Ref<List> result = TRY(new_list(vm));
    // Collected first: appending to `result` may allocate and change the lists.
    std::vector<Ref<>> referrers;
    for (GcList& list : vm.gc().generations) {
        for (GcHeader* node = list.head.next; node != &list.head; node = node->next) {
            Object* object = node->object();
            if (object == result.get() || object == &targets || !object->type->traverse)
                continue;
            ReferrerSearch search {targets.span()};
            object->type->traverse(object, visit_referrer, &search);
            if (search.found)
                referrers.push_back(ref(Value(object)));
        }
    }
    for (Ref<>& referrer : referrers)
        TRY(list_append(vm, *result, referrer));
    return Ref<>(std::move(result));
}

void visit_referent(Value value, void* context)
{
    static_cast<std::vector<Ref<>>*>(context)->push_back(ref(value));
}

Result<Ref<>> gc_get_referents(Vm& vm, Args args)
{
    Tuple& objects = as_tuple(args[0]);
    Ref<List> result = TRY(new_list(vm));
    for (Value object : objects.span()) {
        if (!is_gc_object(object) || !object.type()->traverse)
            continue;
        std::vector<Ref<>> referents;
        object.type()->traverse(object.as_object(), visit_referent, &referents);
        for (Ref<>& referent : referents)
            TRY(list_append(vm, *result, referent));
    }
    return Ref<>(std::move(result));
}

Result<Ref<>> gc_is_tracked_function(Vm&, Args args) { return new_bool(gc_is_tracked(args[0])); }

Result<Ref<>> gc_is_finalized(Vm&, Args args)
{
    if (!is_gc_object(args[0]))
        return new_bool(false);
    return new_bool(GcHeader::of(args[0].as_object())->finalized);
}

Result<Ref<>> gc_freeze(Vm& vm, Args)
{
    GcState& state = vm.gc();
    for (GcList& list : state.generations) {
        while (!list.empty()) {
            GcHeader* node = list.head.next;
            GcList::unlink(node);
            node->generation = 3;
            state.permanent.append(node);
        }
    }
    state.counts[0] = 0;
    return new_none();
}

Result<Ref<>> gc_unfreeze(Vm& vm, Args)
{
    GcState& state = vm.gc();
    while (!state.permanent.empty()) {
        GcHeader* node = state.permanent.head.next;
        GcList::unlink(node);
        node->generation = 2;
        state.generations[2].append(node);
    }
    return new_none();
}

Result<Ref<>> gc_get_freeze_count(Vm& vm, Args)
{
    int64_t count = 0;
    GcList& permanent = vm.gc().permanent;
    for (GcHeader* node = permanent.head.next; node != &permanent.head; node = node->next)
        ++count;
    return new_int(count);
}

constexpr NativeMethod gc_functions[] = {
    {"collect(generation=2)", gc_collect_function},
    {"enable()", gc_enable},
    {"disable()", gc_disable},
    {"isenabled()", gc_isenabled},
    {"get_count()", gc_get_count},
    {"get_threshold()", gc_get_threshold},
    {"set_threshold(threshold0, threshold1=?, threshold2=?, /)", gc_set_threshold},
    {"get_debug()", gc_get_debug},
    {"set_debug(flags, /)", gc_set_debug},
    {"get_stats()", gc_get_stats},
    {"get_objects(generation=None)", gc_get_objects},
    {"get_referrers(*objs)", gc_get_referrers},
    {"get_referents(*objs)", gc_get_referents},
    {"is_tracked(obj, /)", gc_is_tracked_function},
    {"is_finalized(obj, /)", gc_is_finalized},
    {"freeze()", gc_freeze},
    {"unfreeze()", gc_unfreeze},
    {"get_freeze_count()", gc_get_freeze_count},
};

} // namespace

Result<Ref<Module>> create_gc_module(Vm& vm)
{
    Ref<Module> module = TRY(new_module(vm, "gc"));
    Dict& dict = *module->dict;
    Ref<Str> doc = TRY(new_str(vm, "This module provides access to the garbage collector for reference cycles.\n"));
    TRY(dict_set_str(vm, dict, "__doc__", Value(doc.get())));
    TRY(add_module_functions(vm, *module, gc_functions));
    GcState& state = vm.gc();
    // gc.garbage and gc.callbacks are the state's own lists: rebinding the module
    // attributes does not change what the collector uses, as in CPython.
    if (!state.garbage)
        state.garbage = Ref<>(TRY(new_list(vm)));
    if (!state.callbacks)
        state.callbacks = Ref<>(TRY(new_list(vm)));
    TRY(dict_set_str(vm, dict, "garbage", state.garbage));
    TRY(dict_set_str(vm, dict, "callbacks", state.callbacks));
    TRY(dict_set_str(vm, dict, "DEBUG_STATS", new_int(debug_stats)));
    TRY(dict_set_str(vm, dict, "DEBUG_COLLECTABLE", new_int(debug_collectable)));
    TRY(dict_set_str(vm, dict, "DEBUG_UNCOLLECTABLE", new_int(debug_uncollectable)));
    TRY(dict_set_str(vm, dict, "DEBUG_SAVEALL", new_int(debug_saveall)));
    TRY(dict_set_str(vm, dict, "DEBUG_LEAK", new_int(debug_leak)));
    return module;
}

} // namespace taipan
