// The slice type (slice(stop), slice(start, stop[, step]): repr, comparisons as the
// tuple (start, stop, step), indices() with unbounded ints) and slice_indices, the
// conversion every sequence uses for a[i:j:k].
#include "objects/slice.h"

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/native.h"
#include "objects/sequence.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/vm.h"

#include <gmp.h>

#include <limits>
#include <string>

namespace taipan {

namespace {

    constexpr int64_t max_index = std::numeric_limits<int64_t>::max();
    constexpr int64_t min_index = std::numeric_limits<int64_t>::min();

    // _PyEval_SliceIndex: None leaves `out` unchanged; ints are clamped to int64_t.
    Result<void> slice_index(Vm& vm, Value value, int64_t& out)
    {
        if (is_none(value))
            return {};
        if (value.is_small_int()) {
            out = value.as_small_int();
            return {};
        }
        if (!has_index(value))
            return vm.raise(ExceptionKind::TypeError,
                "slice indices must be integers or None or have an __index__ method");
        out = TRY(index_to_int64(vm, value, IndexOverflow::Clamp));
        return {};
    }

    SliceObject& self_slice(Args args)
    {
        return as_slice(args[0]);
    }

    void slice_destruct(Object* object)
    {
        static_cast<SliceObject*>(object)->~SliceObject();
    }

    void slice_traverse(Object* object, VisitFunction visit, void* context)
    {
        auto* slice = static_cast<SliceObject*>(object);
        visit(slice->start.value(), context);
        visit(slice->stop.value(), context);
        visit(slice->step.value(), context);
    }

    void slice_clear(Object* object)
    {
        auto* slice = static_cast<SliceObject*>(object);
        slice->start = new_none();
        slice->stop = new_none();
        slice->step = new_none();
    }

    Result<Ref<>> slice_new(Vm& vm, Args args)
    {
        Tuple& positional = as_tuple(args[1]);
        if (!args[2].is_null() && as_dict(args[2]).size > 0)
            return vm.raise(ExceptionKind::TypeError, "slice() takes no keyword arguments");
        if (positional.size == 0)
            return vm.raise(ExceptionKind::TypeError, "slice expected at least 1 argument, got 0");
        if (positional.size > 3)
            return vm.raise(ExceptionKind::TypeError,
                "slice expected at most 3 arguments, got " + std::to_string(positional.size));
        Ref<SliceObject> slice;
        if (positional.size == 1)
            slice = TRY(new_slice(vm, Value {}, positional[0], Value {}));
        else
            slice = TRY(
                new_slice(vm, positional[0], positional[1], positional.size == 3 ? positional[2] : Value {}));
        return Ref<>(std::move(slice));
    }

    Result<Ref<>> slice_repr(Vm& vm, Args args)
    {
        SliceObject& slice = self_slice(args);
        StrBuilder builder;
        builder.append_ascii("slice(");
        builder.append(*TRY(repr(vm, slice.start)));
        builder.append_ascii(", ");
        builder.append(*TRY(repr(vm, slice.stop)));
        builder.append_ascii(", ");
        builder.append(*TRY(repr(vm, slice.step)));
        builder.append_ascii(")");
        return Ref<>(TRY(builder.build(vm)));
    }

    Result<Ref<Tuple>> slice_as_tuple(Vm& vm, SliceObject& slice)
    {
        return new_tuple(vm, {slice.start.value(), slice.stop.value(), slice.step.value()});
    }

    Result<Ref<>> slice_compare(Vm& vm, Args args, ComparisonOperator op)
    {
        if (!is_slice(args[1]))
            return ref(not_implemented());
        Ref<Tuple> left = TRY(slice_as_tuple(vm, self_slice(args)));
        Ref<Tuple> right = TRY(slice_as_tuple(vm, as_slice(args[1])));
        return rich_compare(vm, left, right, op);
    }

    Result<Ref<>> slice_eq(Vm& vm, Args args)
    {
        return slice_compare(vm, args, ComparisonOperator::Equal);
    }
    Result<Ref<>> slice_ne(Vm& vm, Args args)
    {
        return slice_compare(vm, args, ComparisonOperator::NotEqual);
    }
    Result<Ref<>> slice_lt(Vm& vm, Args args)
    {
        return slice_compare(vm, args, ComparisonOperator::Less);
    }
    Result<Ref<>> slice_le(Vm& vm, Args args)
    {
        return slice_compare(vm, args, ComparisonOperator::LessEqual);
    }
    Result<Ref<>> slice_gt(Vm& vm, Args args)
    {
        return slice_compare(vm, args, ComparisonOperator::Greater);
    }
    Result<Ref<>> slice_ge(Vm& vm, Args args)
    {
        return slice_compare(vm, args, ComparisonOperator::GreaterEqual);
    }

    // RAII for GMP integers.
    struct Mpz {
        mpz_t value;
        Mpz() { mpz_init(value); }
        ~Mpz() { mpz_clear(value); }
        Mpz(Mpz const&) = delete;
        Mpz& operator=(Mpz const&) = delete;
    };

} // namespace

Result<Ref<Tuple>> slice_long_indices(Vm& vm, SliceObject const& slice, Value length_value)
{
    Ref<> length_int = TRY(number_index(vm, length_value));
    if (int_sign(length_int) < 0)
        return vm.raise(ExceptionKind::ValueError, "length should not be negative");
    Mpz length, start, stop, step, lower, upper;
    int_to_mpz(length_int, length.value);
    if (is_none(slice.step)) {
        mpz_set_si(step.value, 1);
    } else {
        Ref<> step_int = TRY(number_index(vm, slice.step));
        int_to_mpz(step_int, step.value);
        if (mpz_sgn(step.value) == 0)
            return vm.raise(ExceptionKind::ValueError, "slice step cannot be zero");
    }
    bool backwards = mpz_sgn(step.value) < 0;
    // The valid range of an index: [-1, length - 1] backwards, [0, length] forwards.
    if (backwards) {
        mpz_set_si(lower.value, -1);
        mpz_sub_ui(upper.value, length.value, 1);
    } else {
        mpz_set_ui(lower.value, 0);
        mpz_set(upper.value, length.value);
    }
    auto bound = [&](Value given, Mpz& out, bool is_start) -> Result<void> {
        if (is_none(given)) {
            mpz_set(out.value, (backwards == is_start) ? upper.value : lower.value);
            return {};
        }
        Ref<> index = TRY(number_index(vm, given));
        int_to_mpz(index, out.value);
        if (mpz_sgn(out.value) < 0) {
            mpz_add(out.value, out.value, length.value);
            if (mpz_cmp(out.value, lower.value) < 0)
                mpz_set(out.value, lower.value);
        } else if (mpz_cmp(out.value, upper.value) > 0) {
            mpz_set(out.value, upper.value);
        }
        return {};
    };
    TRY(bound(slice.start, start, true));
    TRY(bound(slice.stop, stop, false));
    Ref<> start_int = TRY(new_int(vm, start.value));
    Ref<> stop_int = TRY(new_int(vm, stop.value));
    Ref<> step_int = TRY(new_int(vm, step.value));
    return new_tuple(vm, {start_int.value(), stop_int.value(), step_int.value()});
}

namespace {

    Result<Ref<>> slice_method_indices(Vm& vm, Args args)
    {
        return Ref<>(TRY(slice_long_indices(vm, self_slice(args), args[1])));
    }

    Result<Ref<>> slice_reduce(Vm& vm, Args args)
    {
        Ref<Tuple> arguments = TRY(slice_as_tuple(vm, self_slice(args)));
        Ref<Tuple> result = TRY(new_tuple(vm, {Value(&slice_type), arguments.value()}));
        return Ref<>(std::move(result));
    }

    Result<Ref<>> slice_get_start(Vm&, Value self)
    {
        return as_slice(self).start;
    }
    Result<Ref<>> slice_get_stop(Vm&, Value self)
    {
        return as_slice(self).stop;
    }
    Result<Ref<>> slice_get_step(Vm&, Value self)
    {
        return as_slice(self).step;
    }

    constexpr NativeMethod slice_methods[] = {
        {"__new__($type, *args, **kwargs)", slice_new, MethodKind::Static},
        {"__repr__($self, /)", slice_repr},
        {"__eq__($self, value, /)", slice_eq},
        {"__ne__($self, value, /)", slice_ne},
        {"__lt__($self, value, /)", slice_lt},
        {"__le__($self, value, /)", slice_le},
        {"__gt__($self, value, /)", slice_gt},
        {"__ge__($self, value, /)", slice_ge},
        {"indices($self, length, /)", slice_method_indices},
        {"__reduce__($self, /)", slice_reduce},
    };

    constexpr NativeProperty slice_properties[] = {
        {"start", slice_get_start},
        {"stop", slice_get_stop},
        {"step", slice_get_step},
    };

} // namespace

Result<Ref<SliceObject>> new_slice(Vm& vm, Value start, Value stop, Value step)
{
    Ref<SliceObject> slice = TRY(make_object<SliceObject>(vm, slice_type, 0));
    slice->start = ref(start.is_null() ? none() : start);
    slice->stop = ref(stop.is_null() ? none() : stop);
    slice->step = ref(step.is_null() ? none() : step);
    return slice;
}

Result<void> slice_unpack(Vm& vm, SliceObject const& slice, int64_t& start, int64_t& stop, int64_t& step)
{
    step = 1;
    if (!is_none(slice.step)) {
        TRY(slice_index(vm, slice.step, step));
        if (step == 0)
            return vm.raise(ExceptionKind::ValueError, "slice step cannot be zero");
        // CPython: keeps -step representable, so a reversed length never overflows.
        if (step < -max_index)
            step = -max_index;
    }
    start = step < 0 ? max_index : 0;
    TRY(slice_index(vm, slice.start, start));
    stop = step < 0 ? min_index : max_index;
    TRY(slice_index(vm, slice.stop, stop));
    return {};
}

int64_t slice_adjust_indices(int64_t length, int64_t& start, int64_t& stop, int64_t step)
{
    if (start < 0) {
        start += length;
        if (start < 0)
            start = step < 0 ? -1 : 0;
    } else if (start >= length) {
        start = step < 0 ? length - 1 : length;
    }
    if (stop < 0) {
        stop += length;
        if (stop < 0)
            stop = step < 0 ? -1 : 0;
    } else if (stop >= length) {
        stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (stop < start)
            return (start - stop - 1) / (-step) + 1;
    } else if (start < stop) {
        return (stop - start - 1) / step + 1;
    }
    return 0;
}

Result<SliceIndices> slice_indices(Vm& vm, Value slice, int64_t length)
{
    SliceIndices indices;
    TRY(slice_unpack(vm, as_slice(slice), indices.start, indices.stop, indices.step));
    indices.length = slice_adjust_indices(length, indices.start, indices.stop, indices.step);
    return indices;
}

Type slice_type;
extern TypeSpec const slice_type_spec;
TypeSpec const slice_type_spec = {
    .name = "slice",
    .instance_size = sizeof(SliceObject),
    .flags = TypeHasGc | TypeUnhashable,
    .doc = "slice(stop)\nslice(start, stop[, step])\n\n"
           "Create a slice object.  This is used for extended slicing (e.g. a[0:10:2]).",
    .methods = slice_methods,
    .properties = slice_properties,
    .destruct = slice_destruct,
    .traverse = slice_traverse,
    .clear = slice_clear,
};

} // namespace taipan
