// list: storage with CPython 3.11's over-allocation (list_resize, exact preallocation
// rounded to even), so sys.getsizeof agrees; the C++ API of list.h; the list type's
// methods including slice assignment and deletion; list_iterator and
// list_reverseiterator. Sorting lives in list_sort.cpp.
#include "objects/list.h"

#include "objects/abstract.h"
#include "objects/containers.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/native.h"
#include "objects/sequence.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "vm/vm.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace taipan {

namespace {

    constexpr int64_t max_list_size = (int64_t {1} << 59) / int64_t(sizeof(Value));

    Raised raise_no_memory(Vm& vm)
    {
        return vm.raise(ExceptionKind::MemoryError, "");
    }

    // Reallocates the item array to exactly `capacity` slots.
    Result<void> set_capacity(Vm& vm, List& list, int64_t capacity)
    {
        if (capacity > max_list_size)
            return raise_no_memory(vm);
        if (capacity == 0) {
            SmallObjectPool::release(list.items);
            list.items = nullptr;
            list.capacity = 0;
            return {};
        }
        // Small arrays come from the interpreter's pool; the items in use are kept.
        size_t keep = size_t(std::min(list.size, capacity)) * sizeof(Value);
        auto* items = static_cast<Value*>(
            vm.object_pool().reallocate(list.items, keep, size_t(capacity) * sizeof(Value)));
        if (!items)
            return raise_no_memory(vm);
        list.items = items;
        list.capacity = capacity;
        return {};
    }

    // list_resize: sets the size to `new_size`, growing by about 1/8 (0, 4, 8, 16, 24,
    // 32, 40, 52, 64, 76, ...) and shrinking when less than half is used. New slots are
    // uninitialised; the caller fills them.
    Result<void> resize(Vm& vm, List& list, int64_t new_size)
    {
        int64_t allocated = list.capacity;
        if (allocated >= new_size && new_size >= (allocated >> 1)) {
            list.size = new_size;
            return {};
        }
        if (new_size > max_list_size)
            return raise_no_memory(vm);
        int64_t new_allocated = (new_size + (new_size >> 3) + 6) & ~int64_t {3};
        // Do not over-allocate when the new size is closer to that than to the old size.
        if (new_size - list.size > new_allocated - new_size)
            new_allocated = (new_size + 3) & ~int64_t {3};
        if (new_size == 0)
            new_allocated = 0;
        TRY(set_capacity(vm, list, new_allocated));
        list.size = new_size;
        return {};
    }

    // list_preallocate_exact: room for `size` items, rounded up to an even count (the
    // allocator's granularity makes the odd slot free).
    Result<void> preallocate_exact(Vm& vm, List& list, int64_t size)
    {
        return set_capacity(vm, list, (size + 1) & ~int64_t {1});
    }

    // _list_clear: drops every item and the array. Detaches first, since dropping the
    // items may run code that uses the list.
    void clear_list(List& list)
    {
        Value* items = list.items;
        int64_t size = list.size;
        list.items = nullptr;
        list.size = 0;
        list.capacity = 0;
        for (int64_t i = size - 1; i >= 0; --i)
            release_item(items[i]);
        SmallObjectPool::release(items);
    }

    SequenceItems list_items(Value value)
    {
        List const& list = as_list(value);
        return {list.items, list.size};
    }

    List& self_list(Args args)
    {
        return as_list(args[0]);
    }

    // PySequence_Fast: the items of a list or tuple, or of anything iterable collected
    // into a new list; TypeError `message` when the value is not iterable.
    Result<Ref<>> sequence_fast(Vm& vm, Value value, char const* message)
    {
        if (is_exact_list(value) || is_exact_tuple(value))
            return ref(value);
        auto iterator = get_iter(vm, value);
        if (iterator.is_error()) {
            if (vm.pending_exception_matches(ExceptionKind::TypeError)) {
                vm.take_pending_exception();
                return vm.raise(ExceptionKind::TypeError, message);
            }
            return Failure {iterator.release_error()};
        }
        return Ref<>(TRY(list_from_iterable(vm, iterator.value())));
    }

    std::span<Value const> fast_items(Value sequence)
    {
        if (is_tuple(sequence))
            return as_tuple(sequence).span();
        return as_list(sequence).span();
    }

    // list_ass_slice: replaces items[low:high] with the items of `value` (null: delete).
    Result<void> assign_slice(Vm& vm, List& list, int64_t low, int64_t high, Value value)
    {
        Ref<> source;
        std::span<Value const> replacement;
        if (!value.is_null()) {
            if (value.is(Value(&list)))
                source = Ref<>(TRY(list_slice(vm, list, 0, list.size)));
            else
                source = TRY(sequence_fast(vm, value, "can only assign an iterable"));
            replacement = fast_items(source);
        }
        int64_t count = int64_t(replacement.size());
        if (low < 0)
            low = 0;
        else if (low > list.size)
            low = list.size;
        if (high < low)
            high = low;
        else if (high > list.size)
            high = list.size;
        int64_t removed = high - low;
        int64_t delta = count - removed;
        if (list.size + delta == 0) {
            clear_list(list);
            return {};
        }
        // The replaced items are dropped last, once the list is consistent again.
        std::vector<Value> recycle(list.items + low, list.items + high);
        if (delta < 0) {
            std::memmove(
                list.items + high + delta, list.items + high, size_t(list.size - high) * sizeof(Value));
            TRY(resize(vm, list, list.size + delta));
        } else if (delta > 0) {
            int64_t old_size = list.size;
            TRY(resize(vm, list, old_size + delta));
            std::memmove(
                list.items + high + delta, list.items + high, size_t(old_size - high) * sizeof(Value));
        }
        for (int64_t i = 0; i < count; ++i) {
            incref(replacement[i]);
            list.items[low + i] = replacement[i];
        }
        for (auto it = recycle.rbegin(); it != recycle.rend(); ++it)
            decref(*it);
        return {};
    }

    // --- the type's methods ---

    void list_destruct(Object* object)
    {
        clear_list(*static_cast<List*>(object));
    }

    void list_traverse(Object* object, VisitFunction visit, void* context)
    {
        auto* list = static_cast<List*>(object);
        for (int64_t i = 0; i < list->size; ++i)
            visit(list->items[i], context);
    }

    void list_clear_references(Object* object)
    {
        clear_list(*static_cast<List*>(object));
    }

    Result<Ref<>> list_new(Vm& vm, Args args)
    {
        Type* type = TRY(new_type_argument(vm, args[0], list_type));
        Ref<List> list = TRY(make_object<List>(vm, *type, 0));
        return Ref<>(std::move(list));
    }

    // list.__init__(iterable=(), /): clears, then extends with exact preallocation when
    // the iterable has a length.
    Result<Ref<>> list_init(Vm& vm, Args args)
    {
        List& list = self_list(args);
        Tuple& positional = as_tuple(args[1]);
        // CPython rejects keywords unless a subclass brings its own __new__.
        bool own_new = args[0]
                           .type()
                           ->lookup_special(SpecialMethod::New)
                           .is(list_type.lookup_special(SpecialMethod::New));
        if (!args[2].is_null() && as_dict(args[2]).size > 0 && own_new)
            return vm.raise(ExceptionKind::TypeError, "list() takes no keyword arguments");
        if (positional.size > 1)
            return vm.raise(ExceptionKind::TypeError,
                "list expected at most 1 argument, got " + std::to_string(positional.size));
        if (list.items)
            clear_list(list);
        if (positional.size == 1) {
            Value iterable = positional[0];
            if (!iterable.type()->lookup_special(SpecialMethod::Len).is_null()) {
                auto size = length(vm, iterable);
                if (size.is_error()) {
                    if (!vm.clear_pending_if(ExceptionKind::TypeError))
                        return Failure {size.release_error()};
                } else if (size.value() > 0 && !list.items) {
                    TRY(preallocate_exact(vm, list, size.value()));
                }
            }
            TRY(list_extend(vm, list, iterable));
        }
        return new_none();
    }

    Result<Ref<>> list_len(Vm&, Args args)
    {
        return new_int(self_list(args).size);
    }

    Result<Ref<>> list_getitem(Vm& vm, Args args)
    {
        List& list = self_list(args);
        Value key = args[1];
        if (key.is_small_int() || (!is_slice(key) && has_index(key))) {
            int64_t index = TRY(index_to_int64(vm, key, IndexOverflow::IndexError));
            if (index < 0)
                index += list.size;
            if (index < 0 || index >= list.size)
                return vm.raise(ExceptionKind::IndexError, "list index out of range");
            return ref(list.items[index]);
        }
        if (!is_slice(key))
            return vm.raise(
                ExceptionKind::TypeError, "list indices must be integers or slices, not " + type_name(key));
        // Unpack first: __index__ methods of the bounds may resize the list.
        SliceIndices slice;
        TRY(slice_unpack(vm, as_slice(key), slice.start, slice.stop, slice.step));
        slice.length = slice_adjust_indices(list.size, slice.start, slice.stop, slice.step);
        if (slice.length <= 0)
            return Ref<>(TRY(new_list(vm, 0)));
        if (slice.step == 1)
            return Ref<>(TRY(list_slice(vm, list, slice.start, slice.start + slice.length)));
        Ref<List> result = TRY(new_list(vm, slice.length));
        for (int64_t i = 0, index = slice.start; i < slice.length; ++i, index += slice.step) {
            incref(list.items[index]);
            result->items[i] = list.items[index];
        }
        result->size = slice.length;
        return Ref<>(std::move(result));
    }

    // list_ass_subscript: item and slice assignment and deletion (`value` null).
    Result<void> assign_subscript(Vm& vm, List& list, Value key, Value value)
    {
        if (key.is_small_int() || (!is_slice(key) && has_index(key))) {
            int64_t index = TRY(index_to_int64(vm, key, IndexOverflow::IndexError));
            if (index < 0)
                index += list.size;
            if (index < 0 || index >= list.size)
                return vm.raise(ExceptionKind::IndexError, "list assignment index out of range");
            if (value.is_null())
                return assign_slice(vm, list, index, index + 1, Value {});
            Value old = list.items[index];
            incref(value);
            list.items[index] = value;
            decref(old);
            return {};
        }
        if (!is_slice(key))
            return vm.raise(
                ExceptionKind::TypeError, "list indices must be integers or slices, not " + type_name(key));
        int64_t start, stop, step;
        TRY(slice_unpack(vm, as_slice(key), start, stop, step));
        if (step == 1) {
            slice_adjust_indices(list.size, start, stop, step);
            return assign_slice(vm, list, start, stop, value);
        }
        // Collect the new items before sizing the slice: iterating them may change the list.
        Ref<> sequence;
        if (!value.is_null()) {
            if (value.is(Value(&list)))
                sequence = Ref<>(TRY(list_slice(vm, list, 0, list.size)));
            else
                sequence = TRY(sequence_fast(vm, value, "must assign iterable to extended slice"));
        }
        int64_t slice_length = slice_adjust_indices(list.size, start, stop, step);
        if (value.is_null()) {
            if (slice_length <= 0)
                return {};
            if (step < 0) {
                stop = start + 1;
                start = stop + step * (slice_length - 1) - 1;
                step = -step;
            }
            // Keep every item outside the slice, in order, closing the gaps.
            std::vector<Value> garbage;
            garbage.reserve(size_t(slice_length));
            int64_t write = start;
            for (int64_t read = start; read < list.size; ++read) {
                if (read < stop && (read - start) % step == 0 && int64_t(garbage.size()) < slice_length)
                    garbage.push_back(list.items[read]);
                else
                    list.items[write++] = list.items[read];
            }
            list.size -= slice_length;
            TRY(resize(vm, list, list.size));
            for (Value item : garbage)
                decref(item);
            return {};
        }
        std::span<Value const> items = fast_items(sequence);
        if (int64_t(items.size()) != slice_length)
            return vm.raise(ExceptionKind::ValueError,
                "attempt to assign sequence of size " + std::to_string(items.size())
                    + " to extended slice of size " + std::to_string(slice_length));
        std::vector<Value> garbage;
        garbage.reserve(size_t(slice_length));
        for (int64_t i = 0, index = start; i < slice_length; ++i, index += step) {
            garbage.push_back(list.items[index]);
            incref(items[i]);
            list.items[index] = items[i];
        }
        for (Value item : garbage)
            decref(item);
        return {};
    }

    Result<Ref<>> list_setitem(Vm& vm, Args args)
    {
        TRY(assign_subscript(vm, self_list(args), args[1], args[2]));
        return new_none();
    }

    Result<Ref<>> list_delitem(Vm& vm, Args args)
    {
        TRY(assign_subscript(vm, self_list(args), args[1], Value {}));
        return new_none();
    }

    Result<Ref<>> list_contains(Vm& vm, Args args)
    {
        int64_t found = TRY(sequence_find(vm, args[0], list_items, args[1], 0, self_list(args).size));
        return new_bool(found >= 0);
    }

    Result<Ref<>> list_iter(Vm& vm, Args args);
    Result<Ref<>> list_reversed(Vm& vm, Args args);

    Result<Ref<>> list_repr(Vm& vm, Args args)
    {
        return Ref<>(TRY(sequence_repr(vm, args[0], list_items, "[", "]", false, "[...]")));
    }

    Result<Ref<>> list_add(Vm& vm, Args args)
    {
        if (!is_list(args[1])) {
            if (sequence_defers_to(args[1], SpecialMethod::RAdd))
                return ref(not_implemented());
            return raise_cannot_concatenate(vm, "list", args[1]);
        }
        List& left = self_list(args);
        List& right = as_list(args[1]);
        if (left.size + right.size > max_list_size)
            return raise_no_memory(vm);
        Ref<List> result = TRY(new_list(vm, left.size + right.size));
        for (int64_t i = 0; i < left.size; ++i) {
            incref(left.items[i]);
            result->items[i] = left.items[i];
        }
        for (int64_t i = 0; i < right.size; ++i) {
            incref(right.items[i]);
            result->items[left.size + i] = right.items[i];
        }
        result->size = left.size + right.size;
        return Ref<>(std::move(result));
    }

    Result<Ref<>> list_iadd(Vm& vm, Args args)
    {
        if (sequence_defers_to(args[1], SpecialMethod::RAdd))
            return ref(not_implemented());
        TRY(list_extend(vm, self_list(args), args[1]));
        return ref(args[0]);
    }

    // list * n and n * list (the reflected form never defers: the left operand's
    // __mul__ has already declined).
    Result<Ref<>> repeat(Vm& vm, Args args, bool reflected)
    {
        if (!has_index(args[1])) {
            if (!reflected && sequence_defers_to(args[1], SpecialMethod::RMul))
                return ref(not_implemented());
            return raise_cannot_multiply(vm, args[1]);
        }
        int64_t count = TRY(index_to_int64(vm, args[1], IndexOverflow::OverflowError));
        List& list = self_list(args);
        if (count <= 0 || list.size == 0)
            return Ref<>(TRY(new_list(vm, 0)));
        if (count > max_list_size / list.size)
            return raise_no_memory(vm);
        int64_t size = list.size * count;
        Ref<List> result = TRY(new_list(vm, size));
        Value* out = result->items;
        for (int64_t copy = 0; copy < count; ++copy) {
            for (int64_t i = 0; i < list.size; ++i) {
                incref(list.items[i]);
                *out++ = list.items[i];
            }
        }
        result->size = size;
        return Ref<>(std::move(result));
    }

    Result<Ref<>> list_mul(Vm& vm, Args args)
    {
        return repeat(vm, args, false);
    }
    Result<Ref<>> list_rmul(Vm& vm, Args args)
    {
        return repeat(vm, args, true);
    }

    Result<Ref<>> list_imul(Vm& vm, Args args)
    {
        if (!has_index(args[1])) {
            if (sequence_defers_to(args[1], SpecialMethod::RMul))
                return ref(not_implemented());
            return raise_cannot_multiply(vm, args[1]);
        }
        int64_t count = TRY(index_to_int64(vm, args[1], IndexOverflow::OverflowError));
        List& list = self_list(args);
        int64_t size = list.size;
        if (size == 0 || count == 1)
            return ref(args[0]);
        if (count < 1) {
            clear_list(list);
            return ref(args[0]);
        }
        if (count > max_list_size / size)
            return raise_no_memory(vm);
        TRY(resize(vm, list, size * count));
        for (int64_t copy = 1; copy < count; ++copy) {
            for (int64_t i = 0; i < size; ++i) {
                incref(list.items[i]);
                list.items[copy * size + i] = list.items[i];
            }
        }
        return ref(args[0]);
    }

    Result<Ref<>> list_compare(Vm& vm, Args args, ComparisonOperator op)
    {
        if (!is_list(args[1]))
            return ref(not_implemented());
        return sequence_rich_compare(vm, args[0], args[1], list_items, op);
    }

    Result<Ref<>> list_eq(Vm& vm, Args args)
    {
        return list_compare(vm, args, ComparisonOperator::Equal);
    }
    Result<Ref<>> list_ne(Vm& vm, Args args)
    {
        return list_compare(vm, args, ComparisonOperator::NotEqual);
    }
    Result<Ref<>> list_lt(Vm& vm, Args args)
    {
        return list_compare(vm, args, ComparisonOperator::Less);
    }
    Result<Ref<>> list_le(Vm& vm, Args args)
    {
        return list_compare(vm, args, ComparisonOperator::LessEqual);
    }
    Result<Ref<>> list_gt(Vm& vm, Args args)
    {
        return list_compare(vm, args, ComparisonOperator::Greater);
    }
    Result<Ref<>> list_ge(Vm& vm, Args args)
    {
        return list_compare(vm, args, ComparisonOperator::GreaterEqual);
    }

    Result<Ref<>> list_sizeof(Vm&, Args args)
    {
        // sizeof(PyListObject) is 40, as sizeof(List); a subclass adds its own fields.
        List& list = self_list(args);
        return new_int(int64_t(args[0].type()->instance_size) + list.capacity * int64_t(sizeof(Value)));
    }

    Result<Ref<>> list_method_append(Vm& vm, Args args)
    {
        TRY(list_append(vm, self_list(args), args[1]));
        return new_none();
    }

    Result<Ref<>> list_method_extend(Vm& vm, Args args)
    {
        TRY(list_extend(vm, self_list(args), args[1]));
        return new_none();
    }

    Result<Ref<>> list_method_insert(Vm& vm, Args args)
    {
        int64_t index = TRY(index_to_int64(vm, args[1], IndexOverflow::SsizeOverflow));
        TRY(list_insert(vm, self_list(args), index, args[2]));
        return new_none();
    }

    Result<Ref<>> list_pop(Vm& vm, Args args)
    {
        List& list = self_list(args);
        int64_t index = TRY(index_to_int64(vm, args[1], IndexOverflow::SsizeOverflow));
        if (list.size == 0)
            return vm.raise(ExceptionKind::IndexError, "pop from empty list");
        if (index < 0)
            index += list.size;
        if (index < 0 || index >= list.size)
            return vm.raise(ExceptionKind::IndexError, "pop index out of range");
        if (index == list.size - 1) {
            // The list's reference becomes the caller's.
            Value item = list.items[index];
            TRY(resize(vm, list, list.size - 1));
            return Ref<>::adopt(item);
        }
        Ref<> item = ref(list.items[index]);
        TRY(assign_slice(vm, list, index, index + 1, Value {}));
        return item;
    }

    Result<Ref<>> list_remove(Vm& vm, Args args)
    {
        List& list = self_list(args);
        int64_t found = TRY(sequence_find(vm, args[0], list_items, args[1], 0, list.size));
        if (found < 0)
            return vm.raise(ExceptionKind::ValueError, "list.remove(x): x not in list");
        TRY(assign_slice(vm, list, found, found + 1, Value {}));
        return new_none();
    }

    Result<Ref<>> list_index(Vm& vm, Args args)
    {
        int64_t start, stop;
        TRY(clamp_index_arguments(vm, args[2], args[3], self_list(args).size, start, stop));
        int64_t found = TRY(sequence_find(vm, args[0], list_items, args[1], start, stop));
        if (found < 0) {
            std::string text = TRY(repr_utf8(vm, args[1]));
            return vm.raise(ExceptionKind::ValueError, text + " is not in list");
        }
        return new_int(found);
    }

    Result<Ref<>> list_count(Vm& vm, Args args)
    {
        int64_t count = TRY(sequence_count(vm, args[0], list_items, args[1]));
        return new_int(count);
    }

    Result<Ref<>> list_reverse(Vm&, Args args)
    {
        List& list = self_list(args);
        std::reverse(list.items, list.items + list.size);
        return new_none();
    }

    Result<Ref<>> list_method_sort(Vm& vm, Args args)
    {
        bool reverse = TRY(is_true(vm, args[2]));
        TRY(list_sort(vm, self_list(args), is_none(args[1]) ? Value {} : args[1], reverse));
        return new_none();
    }

    Result<Ref<>> list_copy(Vm& vm, Args args)
    {
        List& list = self_list(args);
        return Ref<>(TRY(list_slice(vm, list, 0, list.size)));
    }

    Result<Ref<>> list_method_clear(Vm&, Args args)
    {
        clear_list(self_list(args));
        return new_none();
    }

    constexpr NativeMethod list_methods[] = {
        {"__new__($type, *args, **kwargs)", list_new, MethodKind::Static},
        {"__init__($self, /, *args, **kwargs)", list_init},
        {"__len__($self, /)", list_len},
        {"__getitem__($self, index, /)", list_getitem},
        {"__setitem__($self, key, value, /)", list_setitem},
        {"__delitem__($self, key, /)", list_delitem},
        {"__contains__($self, key, /)", list_contains},
        {"__iter__($self, /)", list_iter},
        {"__reversed__($self, /)", list_reversed},
        {"__repr__($self, /)", list_repr},
        {"__add__($self, value, /)", list_add},
        {"__iadd__($self, value, /)", list_iadd},
        {"__mul__($self, value, /)", list_mul},
        {"__rmul__($self, value, /)", list_rmul},
        {"__imul__($self, value, /)", list_imul},
        {"__eq__($self, value, /)", list_eq},
        {"__ne__($self, value, /)", list_ne},
        {"__lt__($self, value, /)", list_lt},
        {"__le__($self, value, /)", list_le},
        {"__gt__($self, value, /)", list_gt},
        {"__ge__($self, value, /)", list_ge},
        {"__sizeof__($self, /)", list_sizeof},
        {"__class_getitem__($type, item, /)", generic_class_getitem, MethodKind::Class, "See PEP 585"},
        {"append($self, object, /)", list_method_append},
        {"extend($self, iterable, /)", list_method_extend},
        {"insert($self, index, object, /)", list_method_insert},
        {"pop($self, index=-1, /)", list_pop},
        {"remove($self, value, /)", list_remove},
        {"index($self, value, start=0, stop=9223372036854775807, /)", list_index},
        {"count($self, value, /)", list_count},
        {"reverse($self, /)", list_reverse},
        {"sort($self, /, *, key=None, reverse=False)", list_method_sort},
        {"copy($self, /)", list_copy},
        {"clear($self, /)", list_method_clear},
    };

    // --- list_iterator and list_reverseiterator ---

    struct ListIterator : Object {
        Ref<List> list; // null once exhausted
        int64_t index = 0;
    };

    ListIterator& as_list_iterator(Value value)
    {
        return *static_cast<ListIterator*>(value.as_object());
    }

    void list_iterator_destruct(Object* object)
    {
        static_cast<ListIterator*>(object)->~ListIterator();
    }
    void list_iterator_traverse(Object* object, VisitFunction visit, void* context)
    {
        auto* iterator = static_cast<ListIterator*>(object);
        if (iterator->list)
            visit(iterator->list.value(), context);
    }
    void list_iterator_clear(Object* object)
    {
        static_cast<ListIterator*>(object)->list = nullptr;
    }

    Result<Ref<>> new_list_iterator(Vm& vm, Type& type, Value list, int64_t index)
    {
        Ref<ListIterator> iterator = TRY(make_object<ListIterator>(vm, type, 0));
        iterator->list = Ref<List>::borrow(list);
        iterator->index = index;
        return Ref<>(std::move(iterator));
    }

    Result<Ref<>> list_iter(Vm& vm, Args args)
    {
        return new_list_iterator(vm, list_iterator_type, args[0], 0);
    }

    Result<Ref<>> list_reversed(Vm& vm, Args args)
    {
        return new_list_iterator(vm, list_reverseiterator_type, args[0], self_list(args).size - 1);
    }

    Result<Ref<>> iterator_self(Vm&, Args args)
    {
        return ref(args[0]);
    }

    Result<Ref<>> list_iterator_next(Vm&, Args args)
    {
        ListIterator& iterator = as_list_iterator(args[0]);
        if (!iterator.list)
            return Ref<> {};
        if (iterator.index < iterator.list->size)
            return ref(iterator.list->items[iterator.index++]);
        iterator.list = nullptr;
        return Ref<> {};
    }

    Result<Ref<>> list_reverseiterator_next(Vm&, Args args)
    {
        ListIterator& iterator = as_list_iterator(args[0]);
        if (!iterator.list)
            return Ref<> {};
        if (iterator.index >= 0 && iterator.index < iterator.list->size)
            return ref(iterator.list->items[iterator.index--]);
        iterator.index = -1;
        iterator.list = nullptr;
        return Ref<> {};
    }

    Result<Ref<>> list_iterator_length_hint(Vm&, Args args)
    {
        ListIterator& iterator = as_list_iterator(args[0]);
        int64_t hint = 0;
        if (iterator.list) {
            if (iterator.type == &list_iterator_type)
                hint = std::max<int64_t>(iterator.list->size - iterator.index, 0);
            else if (iterator.list->size >= iterator.index + 1)
                hint = iterator.index + 1;
        }
        return new_int(hint);
    }

    Result<Ref<>> list_iterator_reduce(Vm& vm, Args args)
    {
        ListIterator& iterator = as_list_iterator(args[0]);
        if (!iterator.list)
            return reduce_as_iter(vm, TRY(new_list(vm, 0)));
        Value function;
        if (iterator.type == &list_iterator_type)
            function = TRY(dict_get_str(vm, vm.builtins(), *vm.intern("iter")));
        else
            function = TRY(dict_get_str(vm, vm.builtins(), *vm.intern("reversed")));
        Ref<Tuple> arguments = TRY(new_tuple(vm, {iterator.list.value()}));
        Ref<> index = new_int(iterator.index);
        return Ref<>(TRY(new_tuple(vm, {function, arguments.value(), index.value()})));
    }

    Result<Ref<>> list_iterator_setstate(Vm& vm, Args args)
    {
        ListIterator& iterator = as_list_iterator(args[0]);
        int64_t index = TRY(index_to_int64(vm, args[1], IndexOverflow::SsizeOverflow));
        if (!iterator.list)
            return new_none();
        if (iterator.type == &list_iterator_type) {
            if (index < 0)
                index = 0;
            else if (index > iterator.list->size)
                index = iterator.list->size;
        } else {
            if (index < -1)
                index = -1;
            else if (index > iterator.list->size - 1)
                index = iterator.list->size - 1;
        }
        iterator.index = index;
        return new_none();
    }

    constexpr NativeMethod list_iterator_methods[] = {
        {"__iter__($self, /)", iterator_self},
        {"__next__($self, /)", list_iterator_next},
        {"__length_hint__($self, /)", list_iterator_length_hint},
        {"__reduce__($self, /)", list_iterator_reduce},
        {"__setstate__($self, state, /)", list_iterator_setstate},
    };

    constexpr NativeMethod list_reverseiterator_methods[] = {
        {"__iter__($self, /)", iterator_self},
        {"__next__($self, /)", list_reverseiterator_next},
        {"__length_hint__($self, /)", list_iterator_length_hint},
        {"__reduce__($self, /)", list_iterator_reduce},
        {"__setstate__($self, state, /)", list_iterator_setstate},
    };

} // namespace

// --- the C++ API ---

Result<Ref<List>> new_list(Vm& vm, int64_t reserve)
{
    Ref<List> list = TRY(make_object<List>(vm, list_type, 0));
    if (reserve > 0)
        TRY(set_capacity(vm, *list, reserve));
    return list;
}

Result<Ref<List>> new_list(Vm& vm, std::span<Value const> items)
{
    Ref<List> list = TRY(new_list(vm, int64_t(items.size())));
    for (size_t i = 0; i < items.size(); ++i) {
        incref(items[i]);
        list->items[i] = items[i];
    }
    list->size = int64_t(items.size());
    return list;
}

Result<void> list_append(Vm& vm, List& list, Value item)
{
    int64_t size = list.size;
    if (size < list.capacity) {
        incref(item);
        list.items[size] = item;
        list.size = size + 1;
        return {};
    }
    TRY(resize(vm, list, size + 1));
    incref(item);
    list.items[size] = item;
    return {};
}

Result<void> list_insert(Vm& vm, List& list, int64_t index, Value item)
{
    int64_t size = list.size;
    if (index < 0) {
        index += size;
        if (index < 0)
            index = 0;
    }
    if (index > size)
        index = size;
    TRY(resize(vm, list, size + 1));
    std::memmove(list.items + index + 1, list.items + index, size_t(size - index) * sizeof(Value));
    incref(item);
    list.items[index] = item;
    return {};
}

Result<Ref<List>> list_slice(Vm& vm, List& list, int64_t start, int64_t stop)
{
    return new_list(vm, std::span<Value const>(list.items + start, size_t(stop - start)));
}

Result<void> list_extend(Vm& vm, List& list, Value iterable)
{
    // Lists and tuples (and the list itself) are copied in one step.
    if (is_exact_list(iterable) || is_exact_tuple(iterable) || iterable.is(Value(&list))) {
        Ref<> keep = ref(iterable);
        std::span<Value const> items = fast_items(iterable);
        int64_t count = int64_t(items.size());
        if (count == 0)
            return {};
        int64_t old_size = list.size;
        if (!list.items) {
            TRY(preallocate_exact(vm, list, count));
            list.size = count;
        } else {
            TRY(resize(vm, list, old_size + count));
        }
        // `items` may be the list's own array (a.extend(a)), now reallocated.
        Value const* source = iterable.is(Value(&list)) ? list.items : fast_items(iterable).data();
        for (int64_t i = 0; i < count; ++i) {
            incref(source[i]);
            list.items[old_size + i] = source[i];
        }
        return {};
    }
    Ref<> iterator = TRY(get_iter(vm, iterable));
    // Guess the size from __length_hint__ (8 when unknown) and trim at the end.
    int64_t hint = TRY(length_hint(vm, iterable, 8));
    int64_t size = list.size;
    if (size + hint >= size) {
        TRY(resize(vm, list, size + hint));
        list.size = size;
    }
    for (;;) {
        Ref<> item = TRY(iter_next(vm, iterator));
        if (!item)
            break;
        if (list.size < list.capacity)
            list.items[list.size++] = item.leak();
        else
            TRY(list_append(vm, list, item));
    }
    if (list.size < list.capacity)
        TRY(resize(vm, list, list.size));
    return {};
}

Result<Ref<List>> list_from_iterable(Vm& vm, Value iterable)
{
    Ref<List> list = TRY(new_list(vm, 0));
    if (!iterable.type()->lookup_special(SpecialMethod::Len).is_null()) {
        auto size = length(vm, iterable);
        if (size.is_error()) {
            if (!vm.clear_pending_if(ExceptionKind::TypeError))
                return Failure {size.release_error()};
        } else if (size.value() > 0) {
            TRY(preallocate_exact(vm, *list, size.value()));
        }
    }
    TRY(list_extend(vm, *list, iterable));
    return list;
}

Type list_type;
Type list_iterator_type;
Type list_reverseiterator_type;

extern TypeSpec const list_type_spec;
TypeSpec const list_type_spec = {
    .name = "list",
    .instance_size = sizeof(List),
    .flags = TypeBaseType | TypeHasGc | TypeSequence | TypeListSubclass | TypeUnhashable,
    .doc = "Built-in mutable sequence.\n\n"
           "If no argument is given, the constructor creates a new empty list.\n"
           "The argument must be an iterable if specified.",
    .methods = list_methods,
    .destruct = list_destruct,
    .traverse = list_traverse,
    .clear = list_clear_references,
};

extern TypeSpec const list_iterator_type_spec;
TypeSpec const list_iterator_type_spec = {
    .name = "list_iterator",
    .instance_size = sizeof(ListIterator),
    .flags = TypeHasGc,
    .methods = list_iterator_methods,
    .destruct = list_iterator_destruct,
    .traverse = list_iterator_traverse,
    .clear = list_iterator_clear,
};

extern TypeSpec const list_reverseiterator_type_spec;
TypeSpec const list_reverseiterator_type_spec = {
    .name = "list_reverseiterator",
    .instance_size = sizeof(ListIterator),
    .flags = TypeHasGc,
    .methods = list_reverseiterator_methods,
    .destruct = list_iterator_destruct,
    .traverse = list_iterator_traverse,
    .clear = list_iterator_clear,
};

Result<Ref<>> list_iterator_next_item(Vm& vm, Value iterator)
{
    return list_iterator_next(vm, Args(&iterator, 1));
}

} // namespace taipan
