// The range type (len, indexing and slicing into new ranges, `in`/count/index with
// an arithmetic fast path for ints, ==/hash by the sequence of values, reversed, any
// int size) and its iterators: range_iterator over int64_t values and
// longrange_iterator over big ints.
#include "objects/range.h"

#include "objects/abstract.h"
#include "objects/containers.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/native.h"
#include "objects/sequence.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/vm.h"

#include <string>

namespace taipan {

namespace {

    Result<Ref<>> add(Vm& vm, Value left, Value right)
    {
        return binary_op(vm, left, right, BinaryOperator::Add);
    }
    Result<Ref<>> subtract(Vm& vm, Value left, Value right)
    {
        return binary_op(vm, left, right, BinaryOperator::Subtract);
    }
    Result<Ref<>> multiply(Vm& vm, Value left, Value right)
    {
        return binary_op(vm, left, right, BinaryOperator::Multiply);
    }
    Result<bool> less(Vm& vm, Value left, Value right)
    {
        return rich_compare_bool(vm, left, right, ComparisonOperator::Less);
    }

    RangeObject& self_range(Args args)
    {
        return as_range(args[0]);
    }

    // compute_range_length: the count of values, for any int sizes.
    Result<Ref<>> compute_length(Vm& vm, Value start, Value stop, Value step)
    {
        auto small_start = int_to_int64(start);
        auto small_stop = int_to_int64(stop);
        auto small_step = int_to_int64(step);
        if (small_start && small_stop && small_step) {
            __int128 low = *small_start, high = *small_stop, stride = *small_step;
            if (stride < 0) {
                std::swap(low, high);
                stride = -stride;
            }
            if (low >= high)
                return new_int(0);
            __int128 count = (high - low - 1) / stride + 1;
            return new_int(int64_t(count));
        }
        Ref<> low = ref(start), high = ref(stop), stride = ref(step);
        if (int_sign(step) < 0) {
            std::swap(low, high);
            stride = TRY(unary_op(vm, step, UnaryOperator::Negative));
        }
        bool empty = !TRY(less(vm, low, high));
        if (empty)
            return new_int(0);
        Ref<> difference = TRY(subtract(vm, high, low));
        Ref<> one = new_int(1);
        difference = TRY(subtract(vm, difference, one));
        Ref<> quotient = TRY(binary_op(vm, difference, stride, BinaryOperator::FloorDivide));
        return add(vm, quotient, one);
    }

    Result<Ref<RangeObject>> make_range(Vm& vm, Type& type, Value start, Value stop, Value step)
    {
        Ref<> length = TRY(compute_length(vm, start, stop, step));
        Ref<RangeObject> range = TRY(make_object<RangeObject>(vm, type, 0));
        range->start = ref(start);
        range->stop = ref(stop);
        range->step = ref(step);
        range->length = std::move(length);
        auto small_start = int_to_int64(start);
        auto small_stop = int_to_int64(stop);
        auto small_step = int_to_int64(step);
        auto small_length = int_to_int64(range->length);
        if (small_start && small_stop && small_step && small_length) {
            range->is_small = true;
            range->small_start = *small_start;
            range->small_step = *small_step;
            range->small_length = *small_length;
        }
        return range;
    }

    void range_destruct(Object* object)
    {
        static_cast<RangeObject*>(object)->~RangeObject();
    }

    Result<Ref<>> range_new(Vm& vm, Args args)
    {
        Type* type = TRY(new_type_argument(vm, args[0], range_type));
        if (!args[2].is_null() && as_dict(args[2]).size > 0)
            return vm.raise(ExceptionKind::TypeError, "range() takes no keyword arguments");
        Tuple& positional = as_tuple(args[1]);
        if (positional.size == 0)
            return vm.raise(ExceptionKind::TypeError, "range expected at least 1 argument, got 0");
        if (positional.size > 3)
            return vm.raise(ExceptionKind::TypeError,
                "range expected at most 3 arguments, got " + std::to_string(positional.size));
        Ref<> start, stop, step;
        if (positional.size == 1) {
            stop = TRY(number_index(vm, positional[0]));
            start = new_int(0);
            step = new_int(1);
        } else {
            start = TRY(number_index(vm, positional[0]));
            stop = TRY(number_index(vm, positional[1]));
            if (positional.size == 3) {
                step = TRY(number_index(vm, positional[2]));
                if (int_sign(step) == 0)
                    return vm.raise(ExceptionKind::ValueError, "range() arg 3 must not be zero");
            } else {
                step = new_int(1);
            }
        }
        return Ref<>(TRY(make_range(vm, *type, start, stop, step)));
    }

    Result<Ref<>> range_repr(Vm& vm, Args args)
    {
        RangeObject& range = self_range(args);
        std::string text = "range(" + TRY(repr_utf8(vm, range.start)) + ", " + TRY(repr_utf8(vm, range.stop));
        if (!(range.step.value().is_small_int() && range.step.value().as_small_int() == 1))
            text += ", " + TRY(repr_utf8(vm, range.step));
        text += ")";
        return Ref<>(TRY(new_str(vm, text)));
    }

    Result<Ref<>> range_len(Vm& vm, Args args)
    {
        RangeObject& range = self_range(args);
        if (!int_to_int64(range.length))
            return vm.raise(ExceptionKind::OverflowError, "Python int too large to convert to C ssize_t");
        return range.length;
    }

    Result<Ref<>> range_bool(Vm&, Args args)
    {
        return new_bool(int_sign(self_range(args).length) != 0);
    }

    // The value at `index` (0 <= index < length): start + index * step.
    Result<Ref<>> compute_item(Vm& vm, RangeObject& range, Value index)
    {
        if (range.is_small && index.is_small_int())
            return new_int(range.small_start + index.as_small_int() * range.small_step);
        Ref<> offset = TRY(multiply(vm, index, range.step));
        return add(vm, range.start, offset);
    }

    Result<Ref<>> range_getitem(Vm& vm, Args args)
    {
        RangeObject& range = self_range(args);
        Value key = args[1];
        if (is_slice(key)) {
            Ref<Tuple> indices = TRY(slice_long_indices(vm, as_slice(key), range.length));
            Ref<> start = TRY(compute_item(vm, range, (*indices)[0]));
            Ref<> stop = TRY(compute_item(vm, range, (*indices)[1]));
            Ref<> step = TRY(multiply(vm, range.step, (*indices)[2]));
            return Ref<>(TRY(make_range(vm, range_type, start, stop, step)));
        }
        if (!has_index(key))
            return vm.raise(
                ExceptionKind::TypeError, "range indices must be integers or slices, not " + type_name(key));
        if (range.is_small && key.is_small_int()) {
            int64_t index = key.as_small_int();
            if (index < 0)
                index += range.small_length;
            if (index < 0 || index >= range.small_length)
                return vm.raise(ExceptionKind::IndexError, "range object index out of range");
            return new_int(range.small_start + index * range.small_step);
        }
        Ref<> index = TRY(number_index(vm, key));
        if (int_sign(index) < 0)
            index = TRY(add(vm, index, range.length));
        bool in_range = int_sign(index) >= 0 && TRY(less(vm, index, range.length));
        if (!in_range)
            return vm.raise(ExceptionKind::IndexError, "range object index out of range");
        return compute_item(vm, range, index);
    }

    // range_contains_long: arithmetic membership of an int.
    Result<bool> contains_int(Vm& vm, RangeObject& range, Value item)
    {
        if (range.is_small && item.is_small_int()) {
            int64_t value = item.as_small_int();
            int64_t start = range.small_start, step = range.small_step;
            if (range.small_length == 0)
                return false;
            int64_t last = start + (range.small_length - 1) * step;
            bool inside = step > 0 ? (start <= value && value <= last) : (last <= value && value <= start);
            return inside && (__int128(value) - start) % step == 0;
        }
        bool inside;
        if (int_sign(range.step) > 0)
            inside = !TRY(less(vm, item, range.start)) && TRY(less(vm, item, range.stop));
        else
            inside = !TRY(less(vm, range.start, item)) && TRY(less(vm, range.stop, item));
        if (!inside)
            return false;
        Ref<> offset = TRY(subtract(vm, item, range.start));
        Ref<> remainder = TRY(binary_op(vm, offset, range.step, BinaryOperator::Remainder));
        return int_sign(remainder) == 0;
    }

    bool is_exact_int_or_bool(Value value)
    {
        return is_exact_int(value) || is_bool(value);
    }

    // _PySequence_IterSearch for non-int items: counts (or finds) equal values.
    Result<int64_t> iterate_search(Vm& vm, Value range, Value item, bool stop_at_first)
    {
        Ref<> iterator = TRY(get_iter(vm, range));
        int64_t count = 0;
        for (int64_t position = 0;; ++position) {
            Ref<> value = TRY(iter_next(vm, iterator));
            if (!value)
                return stop_at_first ? int64_t {-1} : count;
            bool same = TRY(equal(vm, value, item));
            if (same) {
                if (stop_at_first)
                    return position;
                ++count;
            }
        }
    }

    Result<Ref<>> range_contains(Vm& vm, Args args)
    {
        if (is_exact_int_or_bool(args[1]))
            return new_bool(TRY(contains_int(vm, self_range(args), args[1])));
        int64_t found = TRY(iterate_search(vm, args[0], args[1], true));
        return new_bool(found >= 0);
    }

    Result<Ref<>> range_count(Vm& vm, Args args)
    {
        if (is_exact_int_or_bool(args[1]))
            return new_int(TRY(contains_int(vm, self_range(args), args[1])) ? 1 : 0);
        return new_int(TRY(iterate_search(vm, args[0], args[1], false)));
    }

    Result<Ref<>> range_index(Vm& vm, Args args)
    {
        RangeObject& range = self_range(args);
        Value item = args[1];
        if (is_exact_int_or_bool(item)) {
            bool found = TRY(contains_int(vm, range, item));
            if (!found) {
                std::string text = TRY(repr_utf8(vm, item));
                return vm.raise(ExceptionKind::ValueError, text + " is not in range");
            }
            Ref<> offset = TRY(subtract(vm, item, range.start));
            return binary_op(vm, offset, range.step, BinaryOperator::FloorDivide);
        }
        int64_t position = TRY(iterate_search(vm, args[0], item, true));
        if (position < 0)
            return vm.raise(ExceptionKind::ValueError, "sequence.index(x): x not in sequence");
        return new_int(position);
    }

    // range_equals: equal as sequences of values.
    Result<bool> ranges_equal(Vm& vm, RangeObject& left, RangeObject& right)
    {
        if (&left == &right)
            return true;
        bool same = TRY(equal(vm, left.length, right.length));
        if (!same)
            return false;
        if (int_sign(left.length) == 0)
            return true;
        same = TRY(equal(vm, left.start, right.start));
        if (!same)
            return false;
        if (left.length.value().is_small_int() && left.length.value().as_small_int() == 1)
            return true;
        return equal(vm, left.step, right.step);
    }

    Result<Ref<>> range_eq(Vm& vm, Args args)
    {
        if (!is_range(args[1]))
            return ref(not_implemented());
        return new_bool(TRY(ranges_equal(vm, self_range(args), as_range(args[1]))));
    }

    Result<Ref<>> range_ne(Vm& vm, Args args)
    {
        if (!is_range(args[1]))
            return ref(not_implemented());
        return new_bool(!TRY(ranges_equal(vm, self_range(args), as_range(args[1]))));
    }

    Result<Ref<>> range_hash(Vm& vm, Args args)
    {
        // hash((len, start, step)) with None for what does not matter (start of an
        // empty range, step of a one-item range), matching ==.
        RangeObject& range = self_range(args);
        Value start = none(), step = none();
        if (int_sign(range.length) != 0) {
            start = range.start;
            if (!(range.length.value().is_small_int() && range.length.value().as_small_int() == 1))
                step = range.step;
        }
        Ref<Tuple> key = TRY(new_tuple(vm, {range.length.value(), start, step}));
        return new_int(TRY(hash(vm, key)));
    }

    Result<Ref<>> range_reduce(Vm& vm, Args args)
    {
        RangeObject& range = self_range(args);
        Ref<Tuple> arguments
            = TRY(new_tuple(vm, {range.start.value(), range.stop.value(), range.step.value()}));
        return Ref<>(TRY(new_tuple(vm, {Value(args[0].type()), arguments.value()})));
    }

    Result<Ref<>> range_get_start(Vm&, Value self)
    {
        return as_range(self).start;
    }
    Result<Ref<>> range_get_stop(Vm&, Value self)
    {
        return as_range(self).stop;
    }
    Result<Ref<>> range_get_step(Vm&, Value self)
    {
        return as_range(self).step;
    }

    // --- iterators ---

    struct RangeIterator : Object {
        int64_t index = 0;
        int64_t start = 0;
        int64_t step = 1;
        int64_t length = 0;
    };

    struct LongRangeIterator : Object {
        Ref<> index;
        Ref<> start;
        Ref<> step;
        Ref<> length;
    };

    Result<Ref<>> new_long_iterator(Vm& vm, Value start, Value step, Value length)
    {
        Ref<LongRangeIterator> iterator = TRY(make_object<LongRangeIterator>(vm, longrange_iterator_type, 0));
        iterator->index = new_int(0);
        iterator->start = ref(start);
        iterator->step = ref(step);
        iterator->length = ref(length);
        return Ref<>(std::move(iterator));
    }

    Result<Ref<>> new_small_iterator(Vm& vm, int64_t start, int64_t step, int64_t length)
    {
        Ref<RangeIterator> iterator = TRY(make_object<RangeIterator>(vm, range_iterator_type, 0));
        iterator->start = start;
        iterator->step = step;
        iterator->length = length;
        return Ref<>(std::move(iterator));
    }

    Result<Ref<>> range_iter(Vm& vm, Args args)
    {
        RangeObject& range = self_range(args);
        if (range.is_small)
            return new_small_iterator(vm, range.small_start, range.small_step, range.small_length);
        return new_long_iterator(vm, range.start, range.step, range.length);
    }

    Result<Ref<>> range_reversed(Vm& vm, Args args)
    {
        RangeObject& range = self_range(args);
        if (range.is_small && range.small_step != INT64_MIN) {
            __int128 last = __int128(range.small_start) + __int128(range.small_length - 1) * range.small_step;
            if (range.small_length == 0)
                last = range.small_start;
            if (last >= INT64_MIN && last <= INT64_MAX)
                return new_small_iterator(vm, int64_t(last), -range.small_step, range.small_length);
        }
        Ref<> one = new_int(1);
        Ref<> last_index = TRY(subtract(vm, range.length, one));
        Ref<> last = TRY(compute_item(vm, range, last_index));
        Ref<> step = TRY(unary_op(vm, range.step, UnaryOperator::Negative));
        return new_long_iterator(vm, last, step, range.length);
    }

    Result<Ref<>> iterator_self(Vm&, Args args)
    {
        return ref(args[0]);
    }

    RangeIterator& as_range_iterator(Value value)
    {
        return *static_cast<RangeIterator*>(value.as_object());
    }
    LongRangeIterator& as_long_iterator(Value value)
    {
        return *static_cast<LongRangeIterator*>(value.as_object());
    }

    Result<Ref<>> range_iterator_next(Vm&, Args args)
    {
        RangeIterator& iterator = as_range_iterator(args[0]);
        if (iterator.index >= iterator.length)
            return Ref<> {};
        // Unsigned arithmetic: the last value may be reached through a wrapped product.
        uint64_t value = uint64_t(iterator.start) + uint64_t(iterator.index++) * uint64_t(iterator.step);
        return new_int(int64_t(value));
    }

    Result<Ref<>> range_iterator_length_hint(Vm&, Args args)
    {
        RangeIterator& iterator = as_range_iterator(args[0]);
        return new_int(iterator.length - iterator.index);
    }

    Result<Ref<>> reduce_range_iterator(Vm& vm, Value start, Value step, Value length, Value index)
    {
        Ref<> span = TRY(multiply(vm, length, step));
        Ref<> stop = TRY(add(vm, start, span));
        Ref<RangeObject> range = TRY(make_range(vm, range_type, start, stop, step));
        Ref<> reduced = TRY(reduce_as_iter(vm, range));
        Tuple& pair = as_tuple(reduced);
        return Ref<>(TRY(new_tuple(vm, {pair[0], pair[1], index})));
    }

    Result<Ref<>> range_iterator_reduce(Vm& vm, Args args)
    {
        RangeIterator& iterator = as_range_iterator(args[0]);
        Ref<> start = new_int(iterator.start), step = new_int(iterator.step),
              length = new_int(iterator.length);
        Ref<> index = new_int(iterator.index);
        return reduce_range_iterator(vm, start, step, length, index);
    }

    Result<Ref<>> range_iterator_setstate(Vm& vm, Args args)
    {
        RangeIterator& iterator = as_range_iterator(args[0]);
        int64_t index = TRY(index_to_int64(vm, args[1], IndexOverflow::SsizeOverflow));
        if (index < 0)
            index = 0;
        else if (index > iterator.length)
            index = iterator.length;
        iterator.index = index;
        return new_none();
    }

    Result<Ref<>> long_iterator_next(Vm& vm, Args args)
    {
        LongRangeIterator& iterator = as_long_iterator(args[0]);
        bool more = TRY(less(vm, iterator.index, iterator.length));
        if (!more)
            return Ref<> {};
        Ref<> offset = TRY(multiply(vm, iterator.index, iterator.step));
        Ref<> value = TRY(add(vm, iterator.start, offset));
        Ref<> one = new_int(1);
        iterator.index = TRY(add(vm, iterator.index, one));
        return value;
    }

    Result<Ref<>> long_iterator_length_hint(Vm& vm, Args args)
    {
        LongRangeIterator& iterator = as_long_iterator(args[0]);
        return subtract(vm, iterator.length, iterator.index);
    }

    Result<Ref<>> long_iterator_reduce(Vm& vm, Args args)
    {
        LongRangeIterator& iterator = as_long_iterator(args[0]);
        return reduce_range_iterator(vm, iterator.start, iterator.step, iterator.length, iterator.index);
    }

    Result<Ref<>> long_iterator_setstate(Vm& vm, Args args)
    {
        LongRangeIterator& iterator = as_long_iterator(args[0]);
        Ref<> index = TRY(number_index(vm, args[1]));
        if (int_sign(index) < 0)
            index = new_int(0);
        else if (TRY(less(vm, iterator.length, index)))
            index = iterator.length;
        iterator.index = std::move(index);
        return new_none();
    }

    void long_iterator_destruct(Object* object)
    {
        static_cast<LongRangeIterator*>(object)->~LongRangeIterator();
    }

    constexpr NativeMethod range_methods[] = {
        {"__new__($type, *args, **kwargs)", range_new, MethodKind::Static},
        {"__repr__($self, /)", range_repr},
        {"__len__($self, /)", range_len},
        {"__bool__($self, /)", range_bool},
        {"__getitem__($self, key, /)", range_getitem},
        {"__contains__($self, key, /)", range_contains},
        {"__iter__($self, /)", range_iter},
        {"__reversed__($self, /)", range_reversed},
        {"__eq__($self, value, /)", range_eq},
        {"__ne__($self, value, /)", range_ne},
        {"__hash__($self, /)", range_hash},
        {"__reduce__($self, /)", range_reduce},
        {"count($self, value, /)", range_count},
        {"index($self, value, /)", range_index},
    };

    constexpr NativeProperty range_properties[] = {
        {"start", range_get_start},
        {"stop", range_get_stop},
        {"step", range_get_step},
    };

    constexpr NativeMethod range_iterator_methods[] = {
        {"__iter__($self, /)", iterator_self},
        {"__next__($self, /)", range_iterator_next},
        {"__length_hint__($self, /)", range_iterator_length_hint},
        {"__reduce__($self, /)", range_iterator_reduce},
        {"__setstate__($self, state, /)", range_iterator_setstate},
    };

    constexpr NativeMethod long_iterator_methods[] = {
        {"__iter__($self, /)", iterator_self},
        {"__next__($self, /)", long_iterator_next},
        {"__length_hint__($self, /)", long_iterator_length_hint},
        {"__reduce__($self, /)", long_iterator_reduce},
        {"__setstate__($self, state, /)", long_iterator_setstate},
    };

} // namespace

Result<Ref<RangeObject>> new_range(Vm& vm, Value start, Value stop, Value step)
{
    return make_range(vm, range_type, start, stop, step);
}

Type range_type;
Type range_iterator_type;
Type longrange_iterator_type;

extern TypeSpec const range_type_spec;
TypeSpec const range_type_spec = {
    .name = "range",
    .instance_size = sizeof(RangeObject),
    .flags = TypeSequence,
    .doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\n"
           "Return an object that produces a sequence of integers from start (inclusive)\n"
           "to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\n"
           "start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\n"
           "These are exactly the valid indices for a list of 4 elements.\n"
           "When step is given, it specifies the increment (or decrement).",
    .methods = range_methods,
    .properties = range_properties,
    .destruct = range_destruct,
};

extern TypeSpec const range_iterator_type_spec;
TypeSpec const range_iterator_type_spec = {
    .name = "range_iterator",
    .instance_size = sizeof(RangeIterator),
    .methods = range_iterator_methods,
};

extern TypeSpec const longrange_iterator_type_spec;
TypeSpec const longrange_iterator_type_spec = {
    .name = "longrange_iterator",
    .instance_size = sizeof(LongRangeIterator),
    .methods = long_iterator_methods,
    .destruct = long_iterator_destruct,
};

Result<Ref<>> range_iterator_next_item(Vm& vm, Value iterator)
{
    return range_iterator_next(vm, Args(&iterator, 1));
}

} // namespace taipan
