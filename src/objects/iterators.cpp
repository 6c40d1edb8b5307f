// The builtin iterator types that wrap other iterables: enumerate, zip (with strict=),
// map, filter, reversed (for objects without __reversed__), the sequence iterator of
// iter(obj-with-__getitem__) and the callable_iterator of iter(f, sentinel); plus
// operator.length_hint's algorithm.
#include "objects/abstract.h"
#include "objects/containers.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/native.h"
#include "objects/sequence.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/vm.h"

#include <limits>
#include <string>
#include <vector>

namespace taipan {

namespace {

    Result<Ref<>> iterator_self(Vm&, Args args)
    {
        return ref(args[0]);
    }

    // TypeError "<name>() takes no keyword arguments" when `kwargs` holds any.
    Result<void> reject_keywords(Vm& vm, Value kwargs, char const* name)
    {
        if (!kwargs.is_null() && as_dict(kwargs).size > 0)
            return vm.raise(ExceptionKind::TypeError, std::string(name) + "() takes no keyword arguments");
        return {};
    }

    // An iterator's exhaustion that must be told apart from a pending StopIteration/
    // IndexError raised by Python code (both end the iteration, as in CPython).
    bool clear_end_of_sequence(Vm& vm)
    {
        return vm.clear_pending_if(ExceptionKind::IndexError)
            || vm.clear_pending_if(ExceptionKind::StopIteration);
    }

    // --- enumerate ---

    struct EnumerateObject : Object {
        Ref<> iterator;
        int64_t index = 0;
        Ref<> long_index; // used once the index leaves int64_t (or starts outside it)
    };

    EnumerateObject& as_enumerate(Value value)
    {
        return *static_cast<EnumerateObject*>(value.as_object());
    }

    Result<Ref<>> enumerate_new(Vm& vm, Args args)
    {
        Type* type = TRY(new_type_argument(vm, args[0], enumerate_type));
        // CPython: enumerate's fast constructor words a call without arguments its own
        // way, and sends keyword-only calls to a parser that rejects `start` alone.
        if (!args[1] && !args[2])
            return vm.raise(ExceptionKind::TypeError, "enumerate() missing required argument 'iterable'");
        if (!args[1])
            return vm.raise(
                ExceptionKind::TypeError, "'start' is an invalid keyword argument for enumerate()");
        Ref<> iterator = TRY(get_iter(vm, args[1]));
        Ref<EnumerateObject> enumerate = TRY(make_object<EnumerateObject>(vm, *type, 0));
        enumerate->iterator = std::move(iterator);
        Value start = args[2];
        if (start && !(start.is_small_int() && start.as_small_int() == 0)) {
            Ref<> index = TRY(number_index(vm, start));
            if (auto small = int_to_int64(index))
                enumerate->index = *small;
            else
                enumerate->long_index = std::move(index);
        }
        return Ref<>(std::move(enumerate));
    }

    Result<Ref<>> enumerate_next(Vm& vm, Args args)
    {
        EnumerateObject& enumerate = as_enumerate(args[0]);
        Ref<> item = TRY(iter_next(vm, enumerate.iterator));
        if (!item)
            return Ref<> {};
        // Past int64_t the count continues as a big int (CPython's en_longindex).
        if (!enumerate.long_index && enumerate.index == std::numeric_limits<int64_t>::max())
            enumerate.long_index = new_int(enumerate.index);
        Ref<> index;
        if (enumerate.long_index) {
            index = enumerate.long_index;
            Ref<> one = new_int(1);
            enumerate.long_index = TRY(binary_op(vm, index, one, BinaryOperator::Add));
        } else {
            index = new_int(enumerate.index++);
        }
        return Ref<>(TRY(new_tuple(vm, {index.value(), item.value()})));
    }

    Result<Ref<>> enumerate_reduce(Vm& vm, Args args)
    {
        EnumerateObject& enumerate = as_enumerate(args[0]);
        Ref<> index = enumerate.long_index ? enumerate.long_index : new_int(enumerate.index);
        Ref<Tuple> arguments = TRY(new_tuple(vm, {enumerate.iterator.value(), index.value()}));
        return Ref<>(TRY(new_tuple(vm, {Value(args[0].type()), arguments.value()})));
    }

    void enumerate_destruct(Object* object)
    {
        static_cast<EnumerateObject*>(object)->~EnumerateObject();
    }
    void enumerate_traverse(Object* object, VisitFunction visit, void* context)
    {
        auto* enumerate = static_cast<EnumerateObject*>(object);
        if (enumerate->iterator)
            visit(enumerate->iterator.value(), context);
        if (enumerate->long_index)
            visit(enumerate->long_index.value(), context);
    }
    void enumerate_clear(Object* object)
    {
        static_cast<EnumerateObject*>(object)->iterator = nullptr;
    }

    constexpr NativeMethod enumerate_methods[] = {
        {"__new__($type, iterable=?, start=?)", enumerate_new, MethodKind::Static},
        {"__iter__($self, /)", iterator_self},
        {"__next__($self, /)", enumerate_next},
        {"__reduce__($self, /)", enumerate_reduce},
        {"__class_getitem__($type, item, /)", generic_class_getitem, MethodKind::Class, "See PEP 585"},
    };

    // --- zip ---

    struct ZipObject : Object {
        Ref<Tuple> iterators;
        bool strict = false;
    };

    ZipObject& as_zip(Value value)
    {
        return *static_cast<ZipObject*>(value.as_object());
    }

    Result<Ref<>> zip_new(Vm& vm, Args args)
    {
        Type* type = TRY(new_type_argument(vm, args[0], zip_type));
        Tuple& iterables = as_tuple(args[1]);
        bool strict = false;
        if (!args[2].is_null()) {
            int64_t position = 0;
            Value key, value;
            while (dict_next(as_dict(args[2]), position, key, value)) {
                if (!is_str(key) || str_to_utf8(as_str(key)) != "strict") {
                    std::string name = is_str(key) ? str_to_utf8(as_str(key)) : "?";
                    return vm.raise(
                        ExceptionKind::TypeError, "'" + name + "' is an invalid keyword argument for zip()");
                }
                strict = TRY(is_true(vm, value));
            }
        }
        Ref<Tuple> iterators = TRY(allocate_tuple(vm, iterables.size));
        for (int64_t i = 0; i < iterables.size; ++i)
            iterators->items()[i] = TRY(get_iter(vm, iterables[i])).leak();
        Ref<ZipObject> zip = TRY(make_object<ZipObject>(vm, *type, 0));
        zip->iterators = std::move(iterators);
        zip->strict = strict;
        return Ref<>(std::move(zip));
    }

    // The length-mismatch errors of zip(strict=True), once argument `index` (0-based) is
    // exhausted: earlier ones had an item, so they are longer; otherwise look for a later
    // one that is not exhausted.
    Result<Ref<>> zip_strict_mismatch(Vm& vm, Tuple& iterators, int64_t index)
    {
        auto plural = [](int64_t count) { return count == 1 ? std::string(" ") : std::string("s 1-"); };
        if (index > 0)
            return vm.raise(ExceptionKind::ValueError,
                "zip() argument " + std::to_string(index + 1) + " is shorter than argument" + plural(index)
                    + std::to_string(index));
        for (int64_t i = 1; i < iterators.size; ++i) {
            Ref<> item = TRY(iter_next(vm, iterators[i]));
            if (item)
                return vm.raise(ExceptionKind::ValueError,
                    "zip() argument " + std::to_string(i + 1) + " is longer than argument" + plural(i)
                        + std::to_string(i));
        }
        return Ref<> {};
    }

    Result<Ref<>> zip_next(Vm& vm, Args args)
    {
        ZipObject& zip = as_zip(args[0]);
        Tuple& iterators = *zip.iterators;
        if (iterators.size == 0)
            return Ref<> {};
        Ref<Tuple> result = TRY(allocate_tuple(vm, iterators.size));
        for (int64_t i = 0; i < iterators.size; ++i) {
            Ref<> item = TRY(iter_next(vm, iterators[i]));
            if (!item) {
                if (zip.strict)
                    return zip_strict_mismatch(vm, iterators, i);
                return Ref<> {};
            }
            result->items()[i] = item.leak();
        }
        return Ref<>(std::move(result));
    }

    Result<Ref<>> zip_reduce(Vm& vm, Args args)
    {
        ZipObject& zip = as_zip(args[0]);
        if (zip.strict)
            return Ref<>(TRY(new_tuple(vm, {Value(args[0].type()), zip.iterators.value(), true_value()})));
        return Ref<>(TRY(new_tuple(vm, {Value(args[0].type()), zip.iterators.value()})));
    }

    Result<Ref<>> zip_setstate(Vm& vm, Args args)
    {
        as_zip(args[0]).strict = TRY(is_true(vm, args[1]));
        return new_none();
    }

    void zip_destruct(Object* object)
    {
        static_cast<ZipObject*>(object)->~ZipObject();
    }
    void zip_traverse(Object* object, VisitFunction visit, void* context)
    {
        auto* zip = static_cast<ZipObject*>(object);
        if (zip->iterators)
            visit(zip->iterators.value(), context);
    }
    void zip_clear(Object* object)
    {
        static_cast<ZipObject*>(object)->iterators = empty_tuple();
    }

    constexpr NativeMethod zip_methods[] = {
        {"__new__($type, *iterables, **kwargs)", zip_new, MethodKind::Static},
        {"__iter__($self, /)", iterator_self},
        {"__next__($self, /)", zip_next},
        {"__reduce__($self, /)", zip_reduce},
        {"__setstate__($self, state, /)", zip_setstate},
    };

    // --- map ---

    struct MapObject : Object {
        Ref<> function;
        Ref<Tuple> iterators;
    };

    MapObject& as_map(Value value)
    {
        return *static_cast<MapObject*>(value.as_object());
    }

    Result<Ref<>> map_new(Vm& vm, Args args)
    {
        Type* type = TRY(new_type_argument(vm, args[0], map_type));
        if (type == &map_type)
            TRY(reject_keywords(vm, args[2], "map"));
        Tuple& positional = as_tuple(args[1]);
        if (positional.size < 2)
            return vm.raise(ExceptionKind::TypeError, "map() must have at least two arguments.");
        Ref<Tuple> iterators = TRY(allocate_tuple(vm, positional.size - 1));
        for (int64_t i = 1; i < positional.size; ++i)
            iterators->items()[i - 1] = TRY(get_iter(vm, positional[i])).leak();
        Ref<MapObject> map = TRY(make_object<MapObject>(vm, *type, 0));
        map->function = ref(positional[0]);
        map->iterators = std::move(iterators);
        return Ref<>(std::move(map));
    }

    Result<Ref<>> map_next(Vm& vm, Args args)
    {
        MapObject& map = as_map(args[0]);
        Tuple& iterators = *map.iterators;
        std::vector<Ref<>> items;
        items.reserve(size_t(iterators.size));
        for (int64_t i = 0; i < iterators.size; ++i) {
            Ref<> item = TRY(iter_next(vm, iterators[i]));
            if (!item)
                return Ref<> {};
            items.push_back(std::move(item));
        }
        std::vector<Value> values(items.begin(), items.end());
        Ref<> function = map.function;
        return call(vm, function, std::span<Value const>(values.data(), values.size()));
    }

    Result<Ref<>> map_reduce(Vm& vm, Args args)
    {
        MapObject& map = as_map(args[0]);
        Ref<Tuple> arguments = TRY(allocate_tuple(vm, map.iterators->size + 1));
        arguments->items()[0] = ref(map.function).leak();
        for (int64_t i = 0; i < map.iterators->size; ++i)
            arguments->items()[i + 1] = ref((*map.iterators)[i]).leak();
        return Ref<>(TRY(new_tuple(vm, {Value(args[0].type()), arguments.value()})));
    }

    void map_destruct(Object* object)
    {
        static_cast<MapObject*>(object)->~MapObject();
    }
    void map_traverse(Object* object, VisitFunction visit, void* context)
    {
        auto* map = static_cast<MapObject*>(object);
        if (map->function)
            visit(map->function.value(), context);
        if (map->iterators)
            visit(map->iterators.value(), context);
    }
    void map_clear(Object* object)
    {
        auto* map = static_cast<MapObject*>(object);
        map->function = new_none();
        map->iterators = empty_tuple();
    }

    constexpr NativeMethod map_methods[] = {
        {"__new__($type, *args, **kwargs)", map_new, MethodKind::Static},
        {"__iter__($self, /)", iterator_self},
        {"__next__($self, /)", map_next},
        {"__reduce__($self, /)", map_reduce},
    };

    // --- filter ---

    struct FilterObject : Object {
        Ref<> function; // None: keep true items
        Ref<> iterator;
    };

    FilterObject& as_filter(Value value)
    {
        return *static_cast<FilterObject*>(value.as_object());
    }

    Result<Ref<>> filter_new(Vm& vm, Args args)
    {
        Type* type = TRY(new_type_argument(vm, args[0], filter_type));
        if (type == &filter_type)
            TRY(reject_keywords(vm, args[2], "filter"));
        Tuple& positional = as_tuple(args[1]);
        if (positional.size != 2)
            return vm.raise(ExceptionKind::TypeError,
                "filter expected 2 arguments, got " + std::to_string(positional.size));
        Ref<> iterator = TRY(get_iter(vm, positional[1]));
        Ref<FilterObject> filter = TRY(make_object<FilterObject>(vm, *type, 0));
        filter->function = ref(positional[0]);
        filter->iterator = std::move(iterator);
        return Ref<>(std::move(filter));
    }

    Result<Ref<>> filter_next(Vm& vm, Args args)
    {
        FilterObject& filter = as_filter(args[0]);
        Ref<> iterator = filter.iterator;
        Ref<> function = filter.function;
        bool truth_only = is_none(function) || function.value().is(Value(&bool_type));
        for (;;) {
            Ref<> item = TRY(iter_next(vm, iterator));
            if (!item)
                return Ref<> {};
            bool keep;
            if (truth_only) {
                keep = TRY(is_true(vm, item));
            } else {
                Ref<> verdict = TRY(call(vm, function, {item.value()}));
                keep = TRY(is_true(vm, verdict));
            }
            if (keep)
                return item;
        }
    }

    Result<Ref<>> filter_reduce(Vm& vm, Args args)
    {
        FilterObject& filter = as_filter(args[0]);
        Ref<Tuple> arguments = TRY(new_tuple(vm, {filter.function.value(), filter.iterator.value()}));
        return Ref<>(TRY(new_tuple(vm, {Value(args[0].type()), arguments.value()})));
    }

    void filter_destruct(Object* object)
    {
        static_cast<FilterObject*>(object)->~FilterObject();
    }
    void filter_traverse(Object* object, VisitFunction visit, void* context)
    {
        auto* filter = static_cast<FilterObject*>(object);
        if (filter->function)
            visit(filter->function.value(), context);
        if (filter->iterator)
            visit(filter->iterator.value(), context);
    }
    void filter_clear(Object* object)
    {
        auto* filter = static_cast<FilterObject*>(object);
        filter->function = new_none();
        filter->iterator = nullptr;
    }

    constexpr NativeMethod filter_methods[] = {
        {"__new__($type, *args, **kwargs)", filter_new, MethodKind::Static},
        {"__iter__($self, /)", iterator_self},
        {"__next__($self, /)", filter_next},
        {"__reduce__($self, /)", filter_reduce},
    };

    // --- reversed, and the sequence iterator of iter() ---

    // Both walk a sequence through __getitem__ with an index: reversed downwards from
    // len - 1, the sequence iterator upwards from 0. `sequence` is null once exhausted.
    struct IndexIterator : Object {
        Ref<> sequence;
        int64_t index = 0;
    };

    IndexIterator& as_index_iterator(Value value)
    {
        return *static_cast<IndexIterator*>(value.as_object());
    }

    void index_iterator_destruct(Object* object)
    {
        static_cast<IndexIterator*>(object)->~IndexIterator();
    }
    void index_iterator_traverse(Object* object, VisitFunction visit, void* context)
    {
        auto* iterator = static_cast<IndexIterator*>(object);
        if (iterator->sequence)
            visit(iterator->sequence.value(), context);
    }
    void index_iterator_clear(Object* object)
    {
        static_cast<IndexIterator*>(object)->sequence = nullptr;
    }

    // PySequence_Check: __getitem__ on a type that is not a dict.
    bool is_sequence(Value value)
    {
        Type const* type = value.type();
        return !type->has_flag(TypeDictSubclass) && !type->lookup_special(SpecialMethod::GetItem).is_null();
    }

    Result<Ref<>> reversed_new(Vm& vm, Args args)
    {
        Type* type = TRY(new_type_argument(vm, args[0], reversed_type));
        if (type == &reversed_type)
            TRY(reject_keywords(vm, args[2], "reversed"));
        Tuple& positional = as_tuple(args[1]);
        if (positional.size != 1)
            return vm.raise(ExceptionKind::TypeError,
                "reversed expected 1 argument, got " + std::to_string(positional.size));
        Value sequence = positional[0];
        Value method = sequence.type()->lookup_special(SpecialMethod::Reversed);
        if (!method.is_null() && is_none(method))
            return vm.raise(
                ExceptionKind::TypeError, "'" + type_name(sequence) + "' object is not reversible");
        if (!method.is_null())
            return call_special(vm, SpecialMethod::Reversed, sequence);
        if (!is_sequence(sequence))
            return vm.raise(
                ExceptionKind::TypeError, "'" + type_name(sequence) + "' object is not reversible");
        int64_t size = TRY(length(vm, sequence));
        Ref<IndexIterator> iterator = TRY(make_object<IndexIterator>(vm, *type, 0));
        iterator->sequence = ref(sequence);
        iterator->index = size - 1;
        return Ref<>(std::move(iterator));
    }

    Result<Ref<>> reversed_next(Vm& vm, Args args)
    {
        IndexIterator& iterator = as_index_iterator(args[0]);
        if (iterator.sequence && iterator.index >= 0) {
            Ref<> sequence = iterator.sequence;
            Ref<> index = new_int(iterator.index);
            auto item = get_item(vm, sequence, index);
            if (!item.is_error()) {
                --iterator.index;
                return item.release_value();
            }
            if (!clear_end_of_sequence(vm))
                return Failure {item.release_error()};
        }
        iterator.index = -1;
        iterator.sequence = nullptr;
        return Ref<> {};
    }

    Result<Ref<>> reversed_length_hint(Vm& vm, Args args)
    {
        IndexIterator& iterator = as_index_iterator(args[0]);
        if (!iterator.sequence)
            return new_int(0);
        int64_t size = TRY(length(vm, iterator.sequence));
        int64_t position = iterator.index + 1;
        return new_int(size < position ? 0 : position);
    }

    Result<Ref<>> reversed_reduce(Vm& vm, Args args)
    {
        IndexIterator& iterator = as_index_iterator(args[0]);
        Value type = Value(args[0].type());
        if (!iterator.sequence) {
            Ref<Tuple> arguments = TRY(new_tuple(vm, {empty_tuple().value()}));
            return Ref<>(TRY(new_tuple(vm, {type, arguments.value()})));
        }
        Ref<Tuple> arguments = TRY(new_tuple(vm, {iterator.sequence.value()}));
        Ref<> index = new_int(iterator.index);
        return Ref<>(TRY(new_tuple(vm, {type, arguments.value(), index.value()})));
    }

    Result<Ref<>> reversed_setstate(Vm& vm, Args args)
    {
        IndexIterator& iterator = as_index_iterator(args[0]);
        int64_t index = TRY(index_to_int64(vm, args[1], IndexOverflow::SsizeOverflow));
        if (iterator.sequence) {
            int64_t size = TRY(length(vm, iterator.sequence));
            if (index < -1)
                index = -1;
            else if (index > size - 1)
                index = size - 1;
            iterator.index = index;
        }
        return new_none();
    }

    constexpr NativeMethod reversed_methods[] = {
        {"__new__($type, *args, **kwargs)", reversed_new, MethodKind::Static},
        {"__iter__($self, /)", iterator_self},
        {"__next__($self, /)", reversed_next},
        {"__length_hint__($self, /)", reversed_length_hint},
        {"__reduce__($self, /)", reversed_reduce},
        {"__setstate__($self, state, /)", reversed_setstate},
    };

    Result<Ref<>> sequence_iterator_next(Vm& vm, Args args)
    {
        IndexIterator& iterator = as_index_iterator(args[0]);
        if (!iterator.sequence)
            return Ref<> {};
        Ref<> sequence = iterator.sequence;
        Ref<> index = new_int(iterator.index);
        auto item = get_item(vm, sequence, index);
        if (!item.is_error()) {
            ++iterator.index;
            return item.release_value();
        }
        if (!clear_end_of_sequence(vm))
            return Failure {item.release_error()};
        iterator.sequence = nullptr;
        return Ref<> {};
    }

    Result<Ref<>> sequence_iterator_length_hint(Vm& vm, Args args)
    {
        IndexIterator& iterator = as_index_iterator(args[0]);
        if (!iterator.sequence)
            return new_int(0);
        if (iterator.sequence.value().type()->lookup_special(SpecialMethod::Len).is_null())
            return ref(not_implemented());
        int64_t size = TRY(length(vm, iterator.sequence));
        int64_t remaining = size - iterator.index;
        return new_int(remaining >= 0 ? remaining : 0);
    }

    Result<Ref<>> sequence_iterator_reduce(Vm& vm, Args args)
    {
        IndexIterator& iterator = as_index_iterator(args[0]);
        if (!iterator.sequence)
            return reduce_as_iter(vm, empty_tuple());
        Ref<> reduced = TRY(reduce_as_iter(vm, iterator.sequence));
        Tuple& pair = as_tuple(reduced);
        Ref<> index = new_int(iterator.index);
        return Ref<>(TRY(new_tuple(vm, {pair[0], pair[1], index.value()})));
    }

    Result<Ref<>> sequence_iterator_setstate(Vm& vm, Args args)
    {
        IndexIterator& iterator = as_index_iterator(args[0]);
        int64_t index = TRY(index_to_int64(vm, args[1], IndexOverflow::SsizeOverflow));
        if (iterator.sequence)
            iterator.index = index < 0 ? 0 : index;
        return new_none();
    }

    constexpr NativeMethod sequence_iterator_methods[] = {
        {"__iter__($self, /)", iterator_self},
        {"__next__($self, /)", sequence_iterator_next},
        {"__length_hint__($self, /)", sequence_iterator_length_hint},
        {"__reduce__($self, /)", sequence_iterator_reduce},
        {"__setstate__($self, state, /)", sequence_iterator_setstate},
    };

    // --- callable_iterator ---

    struct CallableIterator : Object {
        Ref<> callable; // both null once exhausted
        Ref<> sentinel;
    };

    CallableIterator& as_callable_iterator(Value value)
    {
        return *static_cast<CallableIterator*>(value.as_object());
    }

    Result<Ref<>> callable_iterator_next(Vm& vm, Args args)
    {
        CallableIterator& iterator = as_callable_iterator(args[0]);
        if (!iterator.callable)
            return Ref<> {};
        Ref<> callable = iterator.callable;
        auto result = call(vm, callable, {});
        if (result.is_error()) {
            if (!vm.clear_pending_if(ExceptionKind::StopIteration))
                return Failure {result.release_error()};
        } else {
            Ref<> value = result.release_value();
            Ref<> sentinel = iterator.sentinel;
            bool done = TRY(equal(vm, sentinel, value));
            if (!done)
                return value;
        }
        iterator.callable = nullptr;
        iterator.sentinel = nullptr;
        return Ref<> {};
    }

    Result<Ref<>> callable_iterator_reduce(Vm& vm, Args args)
    {
        CallableIterator& iterator = as_callable_iterator(args[0]);
        Value iter_function = TRY(dict_get_str(vm, vm.builtins(), *vm.intern("iter")));
        if (!iterator.callable)
            return reduce_as_iter(vm, empty_tuple());
        Ref<Tuple> arguments = TRY(new_tuple(vm, {iterator.callable.value(), iterator.sentinel.value()}));
        return Ref<>(TRY(new_tuple(vm, {iter_function, arguments.value()})));
    }

    void callable_iterator_destruct(Object* object)
    {
        static_cast<CallableIterator*>(object)->~CallableIterator();
    }
    void callable_iterator_traverse(Object* object, VisitFunction visit, void* context)
    {
        auto* iterator = static_cast<CallableIterator*>(object);
        if (iterator->callable)
            visit(iterator->callable.value(), context);
        if (iterator->sentinel)
            visit(iterator->sentinel.value(), context);
    }
    void callable_iterator_clear(Object* object)
    {
        auto* iterator = static_cast<CallableIterator*>(object);
        iterator->callable = nullptr;
        iterator->sentinel = nullptr;
    }

    constexpr NativeMethod callable_iterator_methods[] = {
        {"__iter__($self, /)", iterator_self},
        {"__next__($self, /)", callable_iterator_next},
        {"__reduce__($self, /)", callable_iterator_reduce},
    };

    // --- anext_awaitable: anext(iterator, default) ---

    struct AnextAwaitable : Object {
        Ref<> wrapped; // what __anext__ returned
        Ref<> default_value;
    };

    AnextAwaitable& as_anext_awaitable(Value value)
    {
        return *static_cast<AnextAwaitable*>(value.as_object());
    }

    // The iterator that drives the wrapped awaitable (_PyCoro_GetAwaitableIter, then
    // __await__ for coroutines, which have no __next__ of their own).
    Result<Ref<>> awaitable_iterator(Vm& vm, Value wrapped)
    {
        Type const* type = wrapped.type();
        if (type != &coroutine_type && !type->lookup_special(SpecialMethod::Next).is_null())
            return ref(wrapped);
        if (type->lookup_special(SpecialMethod::Await).is_null())
            return vm.raise(ExceptionKind::TypeError,
                "object " + type_name(wrapped) + " can't be used in 'await' expression");
        Ref<> iterator = TRY(call_special(vm, SpecialMethod::Await, wrapped));
        if (iterator.value().type()->lookup_special(SpecialMethod::Next).is_null())
            return vm.raise(ExceptionKind::TypeError,
                "__await__() returned non-iterator of type '" + type_name(iterator) + "'");
        return iterator;
    }

    // StopAsyncIteration from the wrapped awaitable becomes StopIteration(default): the
    // `await` then evaluates to the default.
    Result<Ref<>> replace_stop_async(Vm& vm, AnextAwaitable& awaitable, Result<Ref<>> result)
    {
        if (!result.is_error() || !vm.pending_exception_matches(ExceptionKind::StopAsyncIteration))
            return result;
        vm.take_pending_exception();
        Value value = awaitable.default_value;
        Ref<> exception = TRY(new_exception(
            vm, exception_type(ExceptionKind::StopIteration), std::span<Value const>(&value, 1)));
        return vm.raise_object(exception);
    }

    Result<Ref<>> anext_awaitable_next(Vm& vm, Args args)
    {
        AnextAwaitable& awaitable = as_anext_awaitable(args[0]);
        Ref<> iterator = TRY(awaitable_iterator(vm, awaitable.wrapped));
        return replace_stop_async(vm, awaitable, call_special(vm, SpecialMethod::Next, iterator));
    }

    Result<Ref<>> anext_awaitable_proxy(
        Vm& vm, Args args, char const* method, std::span<Value const> arguments)
    {
        AnextAwaitable& awaitable = as_anext_awaitable(args[0]);
        Ref<> iterator = TRY(awaitable_iterator(vm, awaitable.wrapped));
        return replace_stop_async(vm, awaitable, call_method(vm, iterator, method, arguments));
    }

    Result<Ref<>> anext_awaitable_send(Vm& vm, Args args)
    {
        Value value = args[1];
        return anext_awaitable_proxy(vm, args, "send", std::span<Value const>(&value, 1));
    }

    Result<Ref<>> anext_awaitable_throw(Vm& vm, Args args)
    {
        Tuple& arguments = as_tuple(args[1]);
        return anext_awaitable_proxy(vm, args, "throw", arguments.span());
    }

    Result<Ref<>> anext_awaitable_close(Vm& vm, Args args)
    {
        return anext_awaitable_proxy(vm, args, "close", {});
    }

    void anext_awaitable_destruct(Object* object)
    {
        static_cast<AnextAwaitable*>(object)->~AnextAwaitable();
    }
    void anext_awaitable_traverse(Object* object, VisitFunction visit, void* context)
    {
        auto* awaitable = static_cast<AnextAwaitable*>(object);
        if (awaitable->wrapped)
            visit(awaitable->wrapped.value(), context);
        if (awaitable->default_value)
            visit(awaitable->default_value.value(), context);
    }
    void anext_awaitable_clear(Object* object)
    {
        auto* awaitable = static_cast<AnextAwaitable*>(object);
        awaitable->wrapped = new_none();
        awaitable->default_value = new_none();
    }

    constexpr NativeMethod anext_awaitable_methods[] = {
        {"__await__($self, /)", iterator_self},
        {"__iter__($self, /)", iterator_self},
        {"__next__($self, /)", anext_awaitable_next},
        {"send($self, arg, /)", anext_awaitable_send},
        {"throw($self, /, *args)", anext_awaitable_throw},
        {"close($self, /)", anext_awaitable_close},
    };

} // namespace

Result<Ref<>> new_sequence_iterator(Vm& vm, Value sequence)
{
    Ref<IndexIterator> iterator = TRY(make_object<IndexIterator>(vm, iterator_type, 0));
    iterator->sequence = ref(sequence);
    return Ref<>(std::move(iterator));
}

Result<Ref<>> new_callable_iterator(Vm& vm, Value callable, Value sentinel)
{
    Ref<CallableIterator> iterator = TRY(make_object<CallableIterator>(vm, callable_iterator_type, 0));
    iterator->callable = ref(callable);
    iterator->sentinel = ref(sentinel);
    return Ref<>(std::move(iterator));
}

Result<Ref<>> new_anext_awaitable(Vm& vm, Value wrapped, Value default_value)
{
    Ref<AnextAwaitable> awaitable = TRY(make_object<AnextAwaitable>(vm, anext_awaitable_type, 0));
    awaitable->wrapped = ref(wrapped);
    awaitable->default_value = ref(default_value);
    return Ref<>(std::move(awaitable));
}

Result<int64_t> length_hint(Vm& vm, Value value, int64_t default_value)
{
    if (!value.type()->lookup_special(SpecialMethod::Len).is_null()) {
        auto size = length(vm, value);
        if (!size.is_error())
            return size.value();
        if (!vm.clear_pending_if(ExceptionKind::TypeError))
            return Failure {size.release_error()};
    }
    if (value.type()->lookup_special(SpecialMethod::LengthHint).is_null())
        return default_value;
    auto result = call_special(vm, SpecialMethod::LengthHint, value);
    if (result.is_error()) {
        if (vm.clear_pending_if(ExceptionKind::TypeError))
            return default_value;
        return Failure {result.release_error()};
    }
    Ref<> hint = result.release_value();
    if (hint.value().is(not_implemented()))
        return default_value;
    if (!is_int(hint))
        return vm.raise(
            ExceptionKind::TypeError, "__length_hint__ must be an integer, not " + type_name(hint));
    int64_t size = TRY(index_to_int64(vm, hint, IndexOverflow::SsizeOverflow));
    if (size < 0)
        return vm.raise(ExceptionKind::ValueError, "__length_hint__() should return >= 0");
    return size;
}

Type enumerate_type;
Type zip_type;
Type map_type;
Type filter_type;
Type reversed_type;
Type iterator_type;
Type callable_iterator_type;
Type anext_awaitable_type;

extern TypeSpec const enumerate_type_spec;
TypeSpec const enumerate_type_spec = {
    .name = "enumerate",
    .instance_size = sizeof(EnumerateObject),
    .flags = TypeBaseType | TypeHasGc,
    .doc = "Return an enumerate object.\n\n"
           "  iterable\n    an object supporting iteration\n\n"
           "The enumerate object yields pairs containing a count (from start, which\n"
           "defaults to zero) and a value yielded by the iterable argument.\n\n"
           "enumerate is useful for obtaining an indexed list:\n"
           "    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...",
    .methods = enumerate_methods,
    .destruct = enumerate_destruct,
    .traverse = enumerate_traverse,
    .clear = enumerate_clear,
};

extern TypeSpec const zip_type_spec;
TypeSpec const zip_type_spec = {
    .name = "zip",
    .instance_size = sizeof(ZipObject),
    .flags = TypeBaseType | TypeHasGc,
    .doc = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n\n"
           "   >>> list(zip('abcdefg', range(3), range(4)))\n"
           "   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]\n\n"
           "The zip object yields n-length tuples, where n is the number of iterables\n"
           "passed as positional arguments to zip().  The i-th element in every tuple\n"
           "comes from the i-th iterable argument to zip().  This continues until the\n"
           "shortest argument is exhausted.\n\n"
           "If strict is true and one of the arguments is exhausted before the others,\n"
           "raise a ValueError.",
    .methods = zip_methods,
    .destruct = zip_destruct,
    .traverse = zip_traverse,
    .clear = zip_clear,
};

extern TypeSpec const map_type_spec;
TypeSpec const map_type_spec = {
    .name = "map",
    .instance_size = sizeof(MapObject),
    .flags = TypeBaseType | TypeHasGc,
    .doc = "map(func, *iterables) --> map object\n\n"
           "Make an iterator that computes the function using arguments from\n"
           "each of the iterables.  Stops when the shortest iterable is exhausted.",
    .methods = map_methods,
    .destruct = map_destruct,
    .traverse = map_traverse,
    .clear = map_clear,
};

extern TypeSpec const filter_type_spec;
TypeSpec const filter_type_spec = {
    .name = "filter",
    .instance_size = sizeof(FilterObject),
    .flags = TypeBaseType | TypeHasGc,
    .doc = "filter(function or None, iterable) --> filter object\n\n"
           "Return an iterator yielding those items of iterable for which function(item)\n"
           "is true. If function is None, return the items that are true.",
    .methods = filter_methods,
    .destruct = filter_destruct,
    .traverse = filter_traverse,
    .clear = filter_clear,
};

extern TypeSpec const reversed_type_spec;
TypeSpec const reversed_type_spec = {
    .name = "reversed",
    .instance_size = sizeof(IndexIterator),
    .flags = TypeBaseType | TypeHasGc,
    .doc = "Return a reverse iterator over the values of the given sequence.",
    .methods = reversed_methods,
    .destruct = index_iterator_destruct,
    .traverse = index_iterator_traverse,
    .clear = index_iterator_clear,
};

extern TypeSpec const iterator_type_spec;
TypeSpec const iterator_type_spec = {
    .name = "iterator",
    .instance_size = sizeof(IndexIterator),
    .flags = TypeHasGc,
    .methods = sequence_iterator_methods,
    .destruct = index_iterator_destruct,
    .traverse = index_iterator_traverse,
    .clear = index_iterator_clear,
};

extern TypeSpec const callable_iterator_type_spec;
TypeSpec const callable_iterator_type_spec = {
    .name = "callable_iterator",
    .instance_size = sizeof(CallableIterator),
    .flags = TypeHasGc,
    .methods = callable_iterator_methods,
    .destruct = callable_iterator_destruct,
    .traverse = callable_iterator_traverse,
    .clear = callable_iterator_clear,
};

extern TypeSpec const anext_awaitable_type_spec;
TypeSpec const anext_awaitable_type_spec = {
    .name = "anext_awaitable",
    .instance_size = sizeof(AnextAwaitable),
    .flags = TypeHasGc,
    .methods = anext_awaitable_methods,
    .destruct = anext_awaitable_destruct,
    .traverse = anext_awaitable_traverse,
    .clear = anext_awaitable_clear,
};

} // namespace taipan
