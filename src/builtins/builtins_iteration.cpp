// The builtins that consume or make iterators: len, sorted, min, max, sum (with
// CPython's int and float fast paths, which decide the rounding of float sums), all,
// any, iter, next, aiter, anext. The container types themselves (list, tuple, dict,
// enumerate, zip...) are classes, registered with the types.
#include "objects/abstract.h"
#include "objects/containers.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/native.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/vm.h"

#include <limits>
#include <span>
#include <string>

namespace taipan {

namespace {

    Result<Ref<>> builtin_len(Vm& vm, Args args)
    {
        return new_int(TRY(length(vm, args[0])));
    }

    // CPython: sorted() checks its one positional argument itself, makes the list, then
    // passes the keywords on to list.sort, whose parser reports keyword errors.
    Result<Ref<>> builtin_sorted(Vm& vm, Args args)
    {
        Tuple& positional = as_tuple(args[0]);
        if (positional.size != 1)
            return vm.raise(ExceptionKind::TypeError,
                "sorted expected 1 argument, got " + std::to_string(positional.size));
        Ref<List> list = TRY(list_from_iterable(vm, positional[0]));
        Value kwargs = args[1];
        if (!kwargs || as_dict(kwargs).size == 0) {
            TRY(list_sort(vm, *list, Value {}, false));
            return Ref<>(std::move(list));
        }
        Value sort = type_lookup(list_type, *vm.intern("sort"));
        Ref<Tuple> receiver = TRY(new_tuple(vm, {Value(list.get())}));
        TRY(call_with_tuple(vm, sort, *receiver, &as_dict(kwargs)));
        return Ref<>(std::move(list));
    }

    // min() and max(): one iterable or several arguments, key= and default= keywords.
    Result<Ref<>> min_max(Vm& vm, Args args, ComparisonOperator op)
    {
        char const* name = op == ComparisonOperator::Less ? "min" : "max";
        Tuple& positional = as_tuple(args[0]);
        if (positional.size == 0)
            return vm.raise(
                ExceptionKind::TypeError, std::string(name) + " expected at least 1 argument, got 0");
        Value key, default_value;
        if (!args[1].is_null()) {
            int64_t position = 0;
            Value keyword, value;
            while (dict_next(as_dict(args[1]), position, keyword, value)) {
                std::string keyword_name = str_to_utf8(as_str(keyword));
                if (keyword_name == "key")
                    key = value;
                else if (keyword_name == "default")
                    default_value = value;
                else
                    return vm.raise(ExceptionKind::TypeError,
                        "'" + keyword_name + "' is an invalid keyword argument for " + name + "()");
            }
        }
        if (positional.size > 1 && !default_value.is_null())
            return vm.raise(ExceptionKind::TypeError,
                std::string("Cannot specify a default for ") + name
                    + "() with multiple positional arguments");
        if (!key.is_null() && is_none(key))
            key = Value {};
        Value iterable = positional.size == 1 ? positional[0] : Value(&positional);
        Ref<> iterator = TRY(get_iter(vm, iterable));
        Ref<> best_item, best_value;
        for (;;) {
            Ref<> item = TRY(iter_next(vm, iterator));
            if (!item)
                break;
            Ref<> value = key.is_null() ? item : TRY(call(vm, key, {item.value()}));
            if (!best_value) {
                best_item = std::move(item);
                best_value = std::move(value);
                continue;
            }
            bool better = TRY(rich_compare_bool(vm, value, best_value, op));
            if (better) {
                best_item = std::move(item);
                best_value = std::move(value);
            }
        }
        if (!best_value) {
            if (!default_value.is_null())
                return ref(default_value);
            return vm.raise(ExceptionKind::ValueError, std::string(name) + "() arg is an empty sequence");
        }
        return best_item;
    }

    Result<Ref<>> builtin_min(Vm& vm, Args args)
    {
        return min_max(vm, args, ComparisonOperator::Less);
    }
    Result<Ref<>> builtin_max(Vm& vm, Args args)
    {
        return min_max(vm, args, ComparisonOperator::Greater);
    }

    Result<Ref<>> builtin_sum(Vm& vm, Args args)
    {
        Value start = args[1];
        if (is_str(start))
            return vm.raise(ExceptionKind::TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
        if (start.is_object() && is_subtype(start.type(), &bytes_type))
            return vm.raise(ExceptionKind::TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
        if (start.is_object() && is_subtype(start.type(), &bytearray_type))
            return vm.raise(
                ExceptionKind::TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
        Ref<> iterator = TRY(get_iter(vm, args[0]));
        Ref<> result = ref(start);

        // Exact ints add in a machine word until one overflows or a non-int comes.
        if (is_exact_int(result)) {
            if (auto total = int_to_int64(result)) {
                int64_t sum = *total;
                for (;;) {
                    Ref<> item = TRY(iter_next(vm, iterator));
                    if (!item)
                        return new_int(sum);
                    if (is_exact_int(item) || is_bool(item)) {
                        auto addend = int_to_int64(item);
                        int64_t next;
                        if (addend && !__builtin_add_overflow(sum, *addend, &next)) {
                            sum = next;
                            continue;
                        }
                    }
                    Ref<> partial = new_int(sum);
                    result = TRY(binary_op(vm, partial, item, BinaryOperator::Add));
                    break;
                }
            }
        }

        // Exact floats add as doubles (plain addition, as in 3.11), ints joining in when
        // they fit a machine word.
        if (is_exact_float(result)) {
            double sum = float_value(result);
            for (;;) {
                Ref<> item = TRY(iter_next(vm, iterator));
                if (!item)
                    return new_float(vm, sum);
                if (is_exact_float(item)) {
                    sum += float_value(item);
                    continue;
                }
                if (is_int(item)) {
                    if (auto value = int_to_int64(item)) {
                        sum += double(*value);
                        continue;
                    }
                }
                Ref<> partial = TRY(new_float(vm, sum));
                result = TRY(binary_op(vm, partial, item, BinaryOperator::Add));
                break;
            }
        }

        for (;;) {
            Ref<> item = TRY(iter_next(vm, iterator));
            if (!item)
                return result;
            result = TRY(binary_op(vm, result, item, BinaryOperator::Add));
        }
    }

    Result<Ref<>> all_any(Vm& vm, Value iterable, bool stop_on)
    {
        Ref<> iterator = TRY(get_iter(vm, iterable));
        for (;;) {
            Ref<> item = TRY(iter_next(vm, iterator));
            if (!item)
                return new_bool(!stop_on);
            bool truth = TRY(is_true(vm, item));
            if (truth == stop_on)
                return new_bool(stop_on);
        }
    }

    Result<Ref<>> builtin_all(Vm& vm, Args args)
    {
        return all_any(vm, args[0], false);
    }
    Result<Ref<>> builtin_any(Vm& vm, Args args)
    {
        return all_any(vm, args[0], true);
    }

    Result<Ref<>> builtin_iter(Vm& vm, Args args)
    {
        Tuple& positional = as_tuple(args[0]);
        if (positional.size == 0)
            return vm.raise(ExceptionKind::TypeError, "iter expected at least 1 argument, got 0");
        if (positional.size > 2)
            return vm.raise(ExceptionKind::TypeError,
                "iter expected at most 2 arguments, got " + std::to_string(positional.size));
        if (positional.size == 1)
            return get_iter(vm, positional[0]);
        if (!is_callable(positional[0]))
            return vm.raise(ExceptionKind::TypeError, "iter(v, w): v must be callable");
        return new_callable_iterator(vm, positional[0], positional[1]);
    }

    Result<Ref<>> builtin_next(Vm& vm, Args args)
    {
        Tuple& positional = as_tuple(args[0]);
        if (positional.size == 0)
            return vm.raise(ExceptionKind::TypeError, "next expected at least 1 argument, got 0");
        if (positional.size > 2)
            return vm.raise(ExceptionKind::TypeError,
                "next expected at most 2 arguments, got " + std::to_string(positional.size));
        Value iterator = positional[0];
        Value default_value = positional.size == 2 ? positional[1] : Value {};
        if (iterator.type()->lookup_special(SpecialMethod::Next).is_null())
            return vm.raise(
                ExceptionKind::TypeError, "'" + type_name(iterator) + "' object is not an iterator");
        // Called directly rather than through iter_next, so a StopIteration raised by
        // Python code (with its value) reaches the caller unchanged.
        auto result = call_special(vm, SpecialMethod::Next, iterator);
        if (result.is_error()) {
            if (!default_value.is_null() && vm.clear_pending_if(ExceptionKind::StopIteration))
                return ref(default_value);
            return result;
        }
        if (result.value())
            return result;
        if (!default_value.is_null())
            return ref(default_value);
        return vm.raise_object(Value(&exception_type(ExceptionKind::StopIteration)));
    }

    Result<Ref<>> builtin_aiter(Vm& vm, Args args)
    {
        Value iterable = args[0];
        if (iterable.type()->lookup_special(SpecialMethod::AIter).is_null())
            return vm.raise(
                ExceptionKind::TypeError, "'" + type_name(iterable) + "' object is not an async iterable");
        Ref<> iterator = TRY(call_special(vm, SpecialMethod::AIter, iterable));
        if (iterator.value().type()->lookup_special(SpecialMethod::ANext).is_null())
            return vm.raise(ExceptionKind::TypeError,
                "aiter() returned not an async iterator of type '" + type_name(iterator) + "'");
        return iterator;
    }

    Result<Ref<>> builtin_anext(Vm& vm, Args args)
    {
        Value iterator = args[0];
        if (iterator.type()->lookup_special(SpecialMethod::ANext).is_null())
            return vm.raise(
                ExceptionKind::TypeError, "'" + type_name(iterator) + "' object is not an async iterator");
        Ref<> awaitable = TRY(call_special(vm, SpecialMethod::ANext, iterator));
        if (args[1].is_null())
            return awaitable;
        return new_anext_awaitable(vm, awaitable, args[1]);
    }

    constexpr NativeMethod iteration_functions[] = {
        {"len(obj, /)", builtin_len},
        {"sorted(*args, **kwargs)", builtin_sorted},
        {"min(*args, **kwargs)", builtin_min},
        {"max(*args, **kwargs)", builtin_max},
        {"sum(iterable, /, start=0)", builtin_sum},
        {"all(iterable, /)", builtin_all},
        {"any(iterable, /)", builtin_any},
        {"iter(*args)", builtin_iter},
        {"next(*args)", builtin_next},
        {"aiter(async_iterable, /)", builtin_aiter},
        {"anext(aiterator, default=?, /)", builtin_anext},
    };

} // namespace

extern std::span<NativeMethod const> const builtins_iteration_functions;
std::span<NativeMethod const> const builtins_iteration_functions = iteration_functions;

} // namespace taipan
