// tuple: allocation (items inline, the empty tuple a singleton), the tuple type's
// methods (CPython's xxHash-based hash, lexicographic comparison, slicing, repetition)
// and tuple_iterator.
#include "objects/tuple.h"

#include "objects/abstract.h"
#include "objects/containers.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/generic_alias.h"
#include "objects/hash.h"
#include "objects/int.h"
#include "objects/native.h"
#include "objects/sequence.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "vm/gc.h"
#include "vm/vm.h"

#include <string>
#include <vector>

namespace taipan {

namespace {

    // The largest tuple whose byte size still fits comfortably in memory arithmetic.
    constexpr int64_t max_tuple_size = (int64_t {1} << 59) / int64_t(sizeof(Value));

    size_t tuple_variable_size(Object const* object)
    {
        return sizeof(Tuple) + size_t(static_cast<Tuple const*>(object)->size) * sizeof(Value);
    }

    // The empty tuple lives in static storage with an untracked GC header in front of it,
    // as every tuple has one.
    struct StaticEmptyTuple {
        GcHeader header;
        Tuple tuple;
    };

    Tuple& the_empty_tuple()
    {
        static StaticEmptyTuple* storage = [] {
            auto* made = new StaticEmptyTuple();
            made->tuple.refcount = Object::immortal_refcount;
            made->tuple.type = &tuple_type;
            made->tuple.size = 0;
            return made;
        }();
        return storage->tuple;
    }

    SequenceItems tuple_items(Value value)
    {
        Tuple const& tuple = as_tuple(value);
        return {tuple.items(), tuple.size};
    }

    Tuple& self_tuple(Args args)
    {
        return as_tuple(args[0]);
    }

    void tuple_destruct(Object* object)
    {
        auto* tuple = static_cast<Tuple*>(object);
        Value* items = tuple->items();
        for (int64_t i = 0; i < tuple->size; ++i)
            release_item(std::exchange(items[i], Value {}));
    }

    void tuple_traverse(Object* object, VisitFunction visit, void* context)
    {
        auto* tuple = static_cast<Tuple*>(object);
        for (int64_t i = 0; i < tuple->size; ++i) {
            if (!tuple->items()[i].is_null())
                visit(tuple->items()[i], context);
        }
    }

    // Tuples are immutable, but the collector may still break a cycle through one.
    void tuple_clear(Object* object)
    {
        tuple_destruct(object);
    }

    // A tuple of type `type` (tuple or a subclass) holding new references to `items`.
    Result<Ref<Tuple>> new_tuple_of_type(Vm& vm, Type& type, std::span<Value const> items)
    {
        if (&type == &tuple_type)
            return new_tuple(vm, items);
        Object* memory = TRY(allocate_instance(vm, type, items.size() * sizeof(Value)));
        auto* tuple = static_cast<Tuple*>(memory);
        tuple->size = int64_t(items.size());
        for (size_t i = 0; i < items.size(); ++i) {
            incref(items[i]);
            tuple->items()[i] = items[i];
        }
        return Ref<Tuple>::adopt(Value(tuple));
    }

    Result<Ref<>> tuple_new(Vm& vm, Args args)
    {
        Type* type = TRY(new_type_argument(vm, args[0], tuple_type));
        // CPython rejects keywords unless a subclass brings its own __init__.
        bool own_init
            = type->lookup_special(SpecialMethod::Init).is(tuple_type.lookup_special(SpecialMethod::Init));
        if (!args[2].is_null() && as_dict(args[2]).size > 0 && (type == &tuple_type || own_init))
            return vm.raise(ExceptionKind::TypeError, "tuple() takes no keyword arguments");
        Tuple& positional = as_tuple(args[1]);
        if (positional.size > 1)
            return vm.raise(ExceptionKind::TypeError,
                "tuple expected at most 1 argument, got " + std::to_string(positional.size));
        Ref<Tuple> items = positional.size == 0 ? empty_tuple() : TRY(tuple_from_iterable(vm, positional[0]));
        if (type == &tuple_type)
            return Ref<>(std::move(items));
        return Ref<>(TRY(new_tuple_of_type(vm, *type, items->span())));
    }

    Result<Ref<>> tuple_len(Vm&, Args args)
    {
        return new_int(self_tuple(args).size);
    }

    Result<Ref<>> tuple_getitem(Vm& vm, Args args)
    {
        Tuple& tuple = self_tuple(args);
        Value key = args[1];
        if (is_slice(key)) {
            SliceIndices slice = TRY(slice_indices(vm, key, tuple.size));
            if (slice.length <= 0)
                return Ref<>(empty_tuple());
            if (slice.step == 1) {
                if (slice.start == 0 && slice.length == tuple.size && is_exact_tuple(args[0]))
                    return ref(args[0]);
                return Ref<>(TRY(tuple_slice(vm, tuple, slice.start, slice.start + slice.length)));
            }
            Ref<Tuple> result = TRY(allocate_tuple(vm, slice.length));
            for (int64_t i = 0, index = slice.start; i < slice.length; ++i, index += slice.step) {
                incref(tuple[index]);
                result->items()[i] = tuple[index];
            }
            return Ref<>(std::move(result));
        }
        if (!has_index(key))
            return vm.raise(
                ExceptionKind::TypeError, "tuple indices must be integers or slices, not " + type_name(key));
        int64_t index = TRY(index_to_int64(vm, key, IndexOverflow::IndexError));
        if (index < 0)
            index += tuple.size;
        if (index < 0 || index >= tuple.size)
            return vm.raise(ExceptionKind::IndexError, "tuple index out of range");
        return ref(tuple[index]);
    }

    Result<Ref<>> tuple_contains(Vm& vm, Args args)
    {
        int64_t found = TRY(sequence_find(vm, args[0], tuple_items, args[1], 0, self_tuple(args).size));
        return new_bool(found >= 0);
    }

    Result<Ref<>> tuple_iter(Vm& vm, Args args);

    Result<Ref<>> tuple_hash(Vm& vm, Args args)
    {
        Tuple& tuple = self_tuple(args);
        TupleHasher hasher;
        for (int64_t i = 0; i < tuple.size; ++i)
            hasher.add(TRY(container_hash(vm, tuple[i])));
        return new_int(hasher.finish());
    }

    Result<Ref<>> tuple_repr(Vm& vm, Args args)
    {
        return Ref<>(TRY(sequence_repr(vm, args[0], tuple_items, "(", ")", true, "(...)")));
    }

    Result<Ref<>> tuple_add(Vm& vm, Args args)
    {
        if (!is_tuple(args[1])) {
            if (sequence_defers_to(args[1], SpecialMethod::RAdd))
                return ref(not_implemented());
            return raise_cannot_concatenate(vm, "tuple", args[1]);
        }
        Tuple& left = self_tuple(args);
        Tuple& right = as_tuple(args[1]);
        if (right.size == 0 && is_exact_tuple(args[0]))
            return ref(args[0]);
        if (left.size == 0 && is_exact_tuple(args[1]))
            return ref(args[1]);
        if (left.size + right.size > max_tuple_size)
            return vm.raise(ExceptionKind::MemoryError, "");
        Ref<Tuple> result = TRY(allocate_tuple(vm, left.size + right.size));
        for (int64_t i = 0; i < left.size; ++i) {
            incref(left[i]);
            result->items()[i] = left[i];
        }
        for (int64_t i = 0; i < right.size; ++i) {
            incref(right[i]);
            result->items()[left.size + i] = right[i];
        }
        return Ref<>(std::move(result));
    }

    // tuple * n and n * tuple (the reflected form never defers: the left operand's
    // __mul__ has already declined).
    Result<Ref<>> repeat(Vm& vm, Args args, bool reflected)
    {
        if (!has_index(args[1])) {
            if (!reflected && sequence_defers_to(args[1], SpecialMethod::RMul))
                return ref(not_implemented());
            return raise_cannot_multiply(vm, args[1]);
        }
        int64_t count = TRY(index_to_int64(vm, args[1], IndexOverflow::OverflowError));
        Tuple& tuple = self_tuple(args);
        if (count <= 0 || tuple.size == 0)
            return Ref<>(empty_tuple());
        if (count == 1 && is_exact_tuple(args[0]))
            return ref(args[0]);
        if (count > max_tuple_size / tuple.size)
            return vm.raise(ExceptionKind::MemoryError, "");
        Ref<Tuple> result = TRY(allocate_tuple(vm, tuple.size * count));
        Value* out = result->items();
        for (int64_t copy = 0; copy < count; ++copy) {
            for (int64_t i = 0; i < tuple.size; ++i) {
                incref(tuple[i]);
                *out++ = tuple[i];
            }
        }
        return Ref<>(std::move(result));
    }

    Result<Ref<>> tuple_mul(Vm& vm, Args args)
    {
        return repeat(vm, args, false);
    }
    Result<Ref<>> tuple_rmul(Vm& vm, Args args)
    {
        return repeat(vm, args, true);
    }

    Result<Ref<>> tuple_compare(Vm& vm, Args args, ComparisonOperator op)
    {
        if (!is_tuple(args[1]))
            return ref(not_implemented());
        return sequence_rich_compare(vm, args[0], args[1], tuple_items, op);
    }

    Result<Ref<>> tuple_eq(Vm& vm, Args args)
    {
        return tuple_compare(vm, args, ComparisonOperator::Equal);
    }
    Result<Ref<>> tuple_ne(Vm& vm, Args args)
    {
        return tuple_compare(vm, args, ComparisonOperator::NotEqual);
    }
    Result<Ref<>> tuple_lt(Vm& vm, Args args)
    {
        return tuple_compare(vm, args, ComparisonOperator::Less);
    }
    Result<Ref<>> tuple_le(Vm& vm, Args args)
    {
        return tuple_compare(vm, args, ComparisonOperator::LessEqual);
    }
    Result<Ref<>> tuple_gt(Vm& vm, Args args)
    {
        return tuple_compare(vm, args, ComparisonOperator::Greater);
    }
    Result<Ref<>> tuple_ge(Vm& vm, Args args)
    {
        return tuple_compare(vm, args, ComparisonOperator::GreaterEqual);
    }

    Result<Ref<>> tuple_count(Vm& vm, Args args)
    {
        int64_t count = TRY(sequence_count(vm, args[0], tuple_items, args[1]));
        return new_int(count);
    }

    Result<Ref<>> tuple_index(Vm& vm, Args args)
    {
        int64_t start, stop;
        TRY(clamp_index_arguments(vm, args[2], args[3], self_tuple(args).size, start, stop));
        int64_t found = TRY(sequence_find(vm, args[0], tuple_items, args[1], start, stop));
        if (found < 0)
            return vm.raise(ExceptionKind::ValueError, "tuple.index(x): x not in tuple");
        return new_int(found);
    }

    Result<Ref<>> tuple_getnewargs(Vm& vm, Args args)
    {
        Ref<Tuple> copy = TRY(tuple_slice(vm, self_tuple(args), 0, self_tuple(args).size));
        Ref<Tuple> result = TRY(new_tuple(vm, {copy.value()}));
        return Ref<>(std::move(result));
    }

    constexpr NativeMethod tuple_methods[] = {
        {"__new__($type, *args, **kwargs)", tuple_new, MethodKind::Static},
        {"__len__($self, /)", tuple_len},
        {"__getitem__($self, key, /)", tuple_getitem},
        {"__contains__($self, key, /)", tuple_contains},
        {"__iter__($self, /)", tuple_iter},
        {"__class_getitem__($type, item, /)", generic_class_getitem, MethodKind::Class, "See PEP 585"},
        {"__hash__($self, /)", tuple_hash},
        {"__repr__($self, /)", tuple_repr},
        {"__add__($self, value, /)", tuple_add},
        {"__mul__($self, value, /)", tuple_mul},
        {"__rmul__($self, value, /)", tuple_rmul},
        {"__eq__($self, value, /)", tuple_eq},
        {"__ne__($self, value, /)", tuple_ne},
        {"__lt__($self, value, /)", tuple_lt},
        {"__le__($self, value, /)", tuple_le},
        {"__gt__($self, value, /)", tuple_gt},
        {"__ge__($self, value, /)", tuple_ge},
        {"__getnewargs__($self, /)", tuple_getnewargs},
        {"count($self, value, /)", tuple_count},
        {"index($self, value, start=0, stop=9223372036854775807, /)", tuple_index},
    };

    // --- tuple_iterator ---

    struct TupleIterator : Object {
        Ref<Tuple> tuple; // null once exhausted
        int64_t index = 0;
    };

    TupleIterator& as_tuple_iterator(Value value)
    {
        return *static_cast<TupleIterator*>(value.as_object());
    }

    void tuple_iterator_destruct(Object* object)
    {
        static_cast<TupleIterator*>(object)->~TupleIterator();
    }
    void tuple_iterator_traverse(Object* object, VisitFunction visit, void* context)
    {
        auto* iterator = static_cast<TupleIterator*>(object);
        if (iterator->tuple)
            visit(iterator->tuple.value(), context);
    }
    void tuple_iterator_clear(Object* object)
    {
        static_cast<TupleIterator*>(object)->tuple = nullptr;
    }

    Result<Ref<>> tuple_iter(Vm& vm, Args args)
    {
        Ref<TupleIterator> iterator = TRY(make_object<TupleIterator>(vm, tuple_iterator_type, 0));
        iterator->tuple = Ref<Tuple>::borrow(args[0]);
        return Ref<>(std::move(iterator));
    }

    Result<Ref<>> tuple_iterator_next(Vm&, Args args)
    {
        TupleIterator& iterator = as_tuple_iterator(args[0]);
        if (!iterator.tuple)
            return Ref<> {};
        if (iterator.index < iterator.tuple->size)
            return ref((*iterator.tuple)[iterator.index++]);
        iterator.tuple = nullptr;
        return Ref<> {};
    }

    Result<Ref<>> iterator_self(Vm&, Args args)
    {
        return ref(args[0]);
    }

    Result<Ref<>> tuple_iterator_length_hint(Vm&, Args args)
    {
        TupleIterator& iterator = as_tuple_iterator(args[0]);
        return new_int(iterator.tuple ? iterator.tuple->size - iterator.index : 0);
    }

    Result<Ref<>> tuple_iterator_reduce(Vm& vm, Args args)
    {
        TupleIterator& iterator = as_tuple_iterator(args[0]);
        if (!iterator.tuple)
            return reduce_as_iter(vm, empty_tuple());
        Ref<> reduced = TRY(reduce_as_iter(vm, iterator.tuple));
        Tuple& pair = as_tuple(reduced);
        Ref<> index = new_int(iterator.index);
        Ref<Tuple> result = TRY(new_tuple(vm, {pair[0], pair[1], index.value()}));
        return Ref<>(std::move(result));
    }

    Result<Ref<>> tuple_iterator_setstate(Vm& vm, Args args)
    {
        TupleIterator& iterator = as_tuple_iterator(args[0]);
        int64_t index = TRY(index_to_int64(vm, args[1], IndexOverflow::SsizeOverflow));
        if (iterator.tuple) {
            if (index < 0)
                index = 0;
            else if (index > iterator.tuple->size)
                index = iterator.tuple->size;
            iterator.index = index;
        }
        return new_none();
    }

    constexpr NativeMethod tuple_iterator_methods[] = {
        {"__iter__($self, /)", iterator_self},
        {"__next__($self, /)", tuple_iterator_next},
        {"__length_hint__($self, /)", tuple_iterator_length_hint},
        {"__reduce__($self, /)", tuple_iterator_reduce},
        {"__setstate__($self, state, /)", tuple_iterator_setstate},
    };

} // namespace

// --- the C++ API ---

Ref<Tuple> empty_tuple()
{
    return ref(&the_empty_tuple());
}

Result<Ref<Tuple>> allocate_tuple(Vm& vm, int64_t size)
{
    if (size == 0)
        return empty_tuple();
    if (size < 0 || size > max_tuple_size)
        return vm.raise(ExceptionKind::MemoryError, "");
    Ref<Tuple> tuple = TRY(make_object<Tuple>(vm, tuple_type, size_t(size) * sizeof(Value)));
    tuple->size = size;
    return tuple;
}

Result<Ref<Tuple>> new_tuple(Vm& vm, std::span<Value const> items)
{
    Ref<Tuple> tuple = TRY(allocate_tuple(vm, int64_t(items.size())));
    for (size_t i = 0; i < items.size(); ++i) {
        incref(items[i]);
        tuple->items()[i] = items[i];
    }
    return tuple;
}

Result<Ref<Tuple>> tuple_slice(Vm& vm, Tuple& tuple, int64_t start, int64_t stop)
{
    return new_tuple(vm, std::span<Value const>(tuple.items() + start, size_t(stop - start)));
}

Result<Ref<Tuple>> list_to_tuple(Vm& vm, List& list)
{
    return new_tuple(vm, list.span());
}

Result<Ref<Tuple>> tuple_from_iterable(Vm& vm, Value iterable)
{
    if (is_exact_tuple(iterable))
        return Ref<Tuple>::borrow(iterable);
    if (is_exact_list(iterable))
        return list_to_tuple(vm, as_list(iterable));
    Ref<> iterator = TRY(get_iter(vm, iterable));
    std::vector<Ref<>> items;
    for (;;) {
        Ref<> item = TRY(iter_next(vm, iterator));
        if (!item)
            break;
        items.push_back(std::move(item));
    }
    Ref<Tuple> tuple = TRY(allocate_tuple(vm, int64_t(items.size())));
    for (size_t i = 0; i < items.size(); ++i)
        tuple->items()[i] = items[i].leak();
    return tuple;
}

Type tuple_type;
Type tuple_iterator_type;

namespace {

    // Type::variable_size is not part of TypeSpec; set it before the registry runs (this
    // definition follows tuple_type's in the same file, so it is initialised after it).
    struct TupleTypeSetup {
        TupleTypeSetup() { tuple_type.variable_size = tuple_variable_size; }
    } const tuple_type_setup;

} // namespace

extern TypeSpec const tuple_type_spec;
TypeSpec const tuple_type_spec = {
    .name = "tuple",
    .instance_size = sizeof(Tuple),
    .flags = TypeBaseType | TypeHasGc | TypeSequence | TypeTupleSubclass,
    .doc = "Built-in immutable sequence.\n\n"
           "If no argument is given, the constructor returns an empty tuple.\n"
           "If iterable is specified the tuple is initialized from iterable's items.\n\n"
           "If the argument is a tuple, the return value is the same object.",
    .methods = tuple_methods,
    .destruct = tuple_destruct,
    .traverse = tuple_traverse,
    .clear = tuple_clear,
};

extern TypeSpec const tuple_iterator_type_spec;
TypeSpec const tuple_iterator_type_spec = {
    .name = "tuple_iterator",
    .instance_size = sizeof(TupleIterator),
    .flags = TypeHasGc,
    .methods = tuple_iterator_methods,
    .destruct = tuple_iterator_destruct,
    .traverse = tuple_iterator_traverse,
    .clear = tuple_iterator_clear,
};

} // namespace taipan
