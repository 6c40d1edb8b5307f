// The str type: its method table and the methods that search, split, join, strip,
// replace, pad and slice text, the operators, hashing, comparison, iteration and
// str() itself. Case mappings and predicates are in str_case.cpp, formatting in
// str_format.cpp and percent_format.cpp, encoding in str_codecs.cpp.
#include "objects/str_methods.h"

#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/sequence.h"
#include "objects/str_codecs.h"
#include "objects/text_common.h"
#include "objects/tuple.h"
#include "support/unicode.h"
#include "vm/vm.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace taipan {

namespace {

    Str& self_str(Args args)
    {
        return as_str(args[0]);
    }

    template<typename T>
    Result<Ref<>> upcast(Result<Ref<T>> result)
    {
        if (result.is_error())
            return Failure {result.release_error()};
        return Ref<>(result.release_value());
    }

    // Calls `visit` with the str's code points as an array of its own width.
    template<typename Visit>
    decltype(auto) with_units(Str const& str, Visit&& visit)
    {
        switch (str.kind) {
        case 1:
            return visit(str.data());
        case 2:
            return visit(reinterpret_cast<uint16_t const*>(str.data()));
        default:
            return visit(reinterpret_cast<uint32_t const*>(str.data()));
        }
    }

    // The code points of `needle` as an array of `Unit`s (the haystack's width), copying
    // only when the widths differ.
    template<typename Unit>
    struct NeedleUnits {
        std::vector<Unit> copy;
        Unit const* units = nullptr;

        explicit NeedleUnits(Str const& needle)
        {
            if (needle.kind == sizeof(Unit)) {
                units = reinterpret_cast<Unit const*>(needle.data());
                return;
            }
            copy.resize(size_t(needle.length));
            for (int64_t i = 0; i < needle.length; ++i)
                copy[size_t(i)] = Unit(needle.at(i));
            units = copy.data();
        }
    };

    enum class Direction { Forward, Backward };

    // The index of `needle` in haystack[start:end] (already adjusted), or -1.
    int64_t find_in(Str const& haystack, Str const& needle, int64_t start, int64_t end, Direction direction)
    {
        if (end - start < needle.length)
            return -1;
        if (needle.length == 0)
            return direction == Direction::Forward ? start : end;
        // A needle wider than the haystack holds a code point the haystack cannot.
        if (needle.kind > haystack.kind)
            return -1;
        return with_units(haystack, [&](auto const* units) -> int64_t {
            using Unit = std::remove_cv_t<std::remove_pointer_t<decltype(units)>>;
            NeedleUnits<Unit> pattern(needle);
            int64_t hit = direction == Direction::Forward
                ? text::find(units + start, end - start, pattern.units, needle.length)
                : text::rfind(units + start, end - start, pattern.units, needle.length);
            return hit < 0 ? -1 : hit + start;
        });
    }

    int64_t count_in(Str const& haystack, Str const& needle, int64_t start, int64_t end, int64_t max_count)
    {
        if (end - start < needle.length)
            return 0;
        if (needle.length == 0)
            return std::min(end - start + 1, max_count);
        if (needle.kind > haystack.kind)
            return 0;
        return with_units(haystack, [&](auto const* units) -> int64_t {
            using Unit = std::remove_cv_t<std::remove_pointer_t<decltype(units)>>;
            NeedleUnits<Unit> pattern(needle);
            return text::count(units + start, end - start, pattern.units, needle.length, max_count);
        });
    }

    bool matches_at(Str const& haystack, Str const& needle, int64_t position)
    {
        if (needle.kind > haystack.kind)
            return false;
        if (needle.kind == haystack.kind)
            return std::memcmp(haystack.data() + position * haystack.kind, needle.data(),
                       size_t(needle.length) * needle.kind)
                == 0;
        for (int64_t i = 0; i < needle.length; ++i) {
            if (haystack.at(position + i) != needle.at(i))
                return false;
        }
        return true;
    }

    Raised must_be_str(Vm& vm, Value value)
    {
        return vm.raise(ExceptionKind::TypeError, "must be str, not " + type_name(value));
    }

    Result<Str*> str_argument(Vm& vm, Value value)
    {
        if (!is_str(value))
            return must_be_str(vm, value);
        return &as_str(value);
    }

    Result<Ref<List>> single_item_list(Vm& vm, Str& str)
    {
        Ref<List> list = TRY(new_list(vm, 1));
        Ref<Str> copy = TRY(str_exact_copy(vm, str));
        TRY(list_append(vm, *list, copy.value()));
        return list;
    }

    Result<void> append_substring(Vm& vm, List& list, Str& str, int64_t start, int64_t end)
    {
        Ref<Str> piece = TRY(str_substring(vm, str, start, end));
        return list_append(vm, list, piece.value());
    }

    // The optional maxsplit/count argument: negative means no limit.
    Result<int64_t> limit_argument(Vm& vm, Value value)
    {
        int64_t limit = TRY(ssize_argument(vm, value));
        return limit < 0 ? std::numeric_limits<int64_t>::max() : limit;
    }

    // --- operators and protocol ---

    Result<Ref<>> str_new(Vm& vm, Args args)
    {
        Type* type = TRY(new_type_argument(vm, args[0], str_type));
        Value object = args[1];
        Value encoding = args[2];
        Value errors = args[3];
        Ref<Str> text;
        if (encoding || errors) {
            if (!object) {
                text = empty_str();
            } else {
                if (is_str(object))
                    return vm.raise(ExceptionKind::TypeError, "decoding str is not supported");
                auto view = TRY(bytes_like_view_checked(vm, object));
                if (!view)
                    return vm.raise(ExceptionKind::TypeError,
                        "decoding to str: need a bytes-like object, " + type_name(object) + " found");
                text = TRY(decode_bytes(vm, *view, encoding, errors, object, "str"));
            }
        } else if (!object) {
            text = empty_str();
        } else {
            text = TRY(str(vm, object));
        }
        if (type == &str_type)
            return upcast(str_exact_copy(vm, *text));
        // A subclass instance: its own object with a copy of the code points.
        Object* memory
            = TRY(allocate_instance(vm, *type, ((size_t(text->length + 1) * text->kind + 7) & ~size_t(7))));
        auto* result = static_cast<Str*>(memory);
        result->length = text->length;
        result->hash = -1;
        result->kind = text->kind;
        result->is_ascii = text->is_ascii;
        result->is_interned = false;
        std::memcpy(result->data(), text->data(), size_t(text->length) * text->kind);
        return Ref<>::adopt(Value(result));
    }

    Result<Ref<>> str_dunder_repr(Vm& vm, Args args)
    {
        return upcast(str_repr(vm, self_str(args)));
    }

    Result<Ref<>> str_dunder_str(Vm& vm, Args args)
    {
        return upcast(str_exact_copy(vm, self_str(args)));
    }

    Result<Ref<>> str_len(Vm&, Args args)
    {
        return new_int(self_str(args).length);
    }

    Result<Ref<>> str_dunder_hash(Vm&, Args args)
    {
        return new_int(str_hash(self_str(args)));
    }

    Result<Ref<>> str_sizeof_method(Vm&, Args args)
    {
        return new_int(str_sizeof(self_str(args)));
    }

    Result<Ref<>> str_getnewargs(Vm& vm, Args args)
    {
        Ref<Str> copy = TRY(str_exact_copy(vm, self_str(args)));
        return upcast(new_tuple(vm, {copy.value()}));
    }

    Result<Ref<>> compare(Vm&, Args args, ComparisonOperator op)
    {
        if (!is_str(args[1]))
            return ref(not_implemented());
        Str& left = self_str(args);
        Str& right = as_str(args[1]);
        if (op == ComparisonOperator::Equal)
            return new_bool(str_equal(left, right));
        if (op == ComparisonOperator::NotEqual)
            return new_bool(!str_equal(left, right));
        int order = str_compare(left, right);
        switch (op) {
        case ComparisonOperator::Less:
            return new_bool(order < 0);
        case ComparisonOperator::LessEqual:
            return new_bool(order <= 0);
        case ComparisonOperator::Greater:
            return new_bool(order > 0);
        case ComparisonOperator::GreaterEqual:
            return new_bool(order >= 0);
        case ComparisonOperator::Equal:
        case ComparisonOperator::NotEqual:
            break;
        }
        return ref(not_implemented());
    }

    Result<Ref<>> str_eq(Vm& vm, Args args)
    {
        return compare(vm, args, ComparisonOperator::Equal);
    }
    Result<Ref<>> str_ne(Vm& vm, Args args)
    {
        return compare(vm, args, ComparisonOperator::NotEqual);
    }
    Result<Ref<>> str_lt(Vm& vm, Args args)
    {
        return compare(vm, args, ComparisonOperator::Less);
    }
    Result<Ref<>> str_le(Vm& vm, Args args)
    {
        return compare(vm, args, ComparisonOperator::LessEqual);
    }
    Result<Ref<>> str_gt(Vm& vm, Args args)
    {
        return compare(vm, args, ComparisonOperator::Greater);
    }
    Result<Ref<>> str_ge(Vm& vm, Args args)
    {
        return compare(vm, args, ComparisonOperator::GreaterEqual);
    }

    // Whether the other operand of a failed str operator is a class of the program's
    // that defines the reflected method: then NotImplemented lets it answer, otherwise
    // CPython's sequence error is raised here (no builtin type accepts a str there).
    bool defers_to_reflected(Value other, SpecialMethod reflected)
    {
        return other.type()->is_heap() && other.type()->lookup_special(reflected);
    }

    Result<Ref<>> str_add(Vm& vm, Args args)
    {
        if (!is_str(args[1])) {
            if (defers_to_reflected(args[1], SpecialMethod::RAdd))
                return ref(not_implemented());
            return vm.raise(ExceptionKind::TypeError,
                "can only concatenate str (not \"" + type_name(args[1]) + "\") to str");
        }
        return upcast(str_concat(vm, self_str(args), as_str(args[1])));
    }

    Result<Ref<>> repeat(Vm& vm, Str& str, Value count_value, SpecialMethod reflected)
    {
        if (!has_index(count_value)) {
            if (reflected == SpecialMethod::RMul && defers_to_reflected(count_value, reflected))
                return ref(not_implemented());
            return vm.raise(ExceptionKind::TypeError,
                "can't multiply sequence by non-int of type '" + type_name(count_value) + "'");
        }
        int64_t count = TRY(index_to_int64(vm, count_value, IndexOverflow::OverflowError));
        return upcast(str_repeat(vm, str, count));
    }

    Result<Ref<>> str_mul(Vm& vm, Args args)
    {
        return repeat(vm, self_str(args), args[1], SpecialMethod::RMul);
    }
    Result<Ref<>> str_rmul(Vm& vm, Args args)
    {
        return repeat(vm, self_str(args), args[1], SpecialMethod::Mul);
    }

    Result<Ref<>> str_mod(Vm& vm, Args args)
    {
        return upcast(str_percent_format(vm, self_str(args), args[1]));
    }

    // CPython: str's remainder slot only formats when the left operand is a str, so the
    // reflected form never applies.
    Result<Ref<>> str_rmod(Vm&, Args)
    {
        return ref(not_implemented());
    }

    Result<Ref<>> str_contains(Vm& vm, Args args)
    {
        if (!is_str(args[1]))
            return vm.raise(ExceptionKind::TypeError,
                "'in <string>' requires string as left operand, not " + type_name(args[1]));
        Str& haystack = self_str(args);
        return new_bool(find_in(haystack, as_str(args[1]), 0, haystack.length, Direction::Forward) >= 0);
    }

    Result<Ref<>> str_getitem(Vm& vm, Args args)
    {
        Str& str = self_str(args);
        Value key = args[1];
        if (key.is_small_int() || (key.is_object() && key.type() != &slice_type && has_index(key))) {
            int64_t index = TRY(index_to_int64(vm, key, IndexOverflow::IndexError));
            if (index < 0)
                index += str.length;
            if (index < 0 || index >= str.length)
                return vm.raise(ExceptionKind::IndexError, "string index out of range");
            return Ref<>(single_char_str(vm, str.at(index)));
        }
        if (key.is_object() && key.type() == &slice_type) {
            SliceRange range = TRY(text_slice_range(vm, key, str.length));
            if (range.step == 1)
                return upcast(str_substring(vm, str, range.start, range.start + range.count));
            StrBuilder builder;
            builder.reserve(range.count);
            for (int64_t i = 0, index = range.start; i < range.count; ++i, index += range.step)
                builder.append_code_point(str.at(index));
            return upcast(builder.build(vm));
        }
        return vm.raise(
            ExceptionKind::TypeError, "string indices must be integers, not '" + type_name(key) + "'");
    }

    // --- iteration ---

    struct StrIterator : Object {
        Ref<Str> str; // null once exhausted
        int64_t index = 0;
    };

    void str_iterator_destruct(Object* object)
    {
        static_cast<StrIterator*>(object)->~StrIterator();
    }

    Result<Ref<>> str_iter(Vm& vm, Args args)
    {
        Str& str = self_str(args);
        Type& type = str.is_ascii ? str_ascii_iterator_type : str_iterator_type;
        Ref<StrIterator> iterator = TRY(make_object<StrIterator>(vm, type, 0));
        iterator->str = ref(&str);
        return Ref<>(std::move(iterator));
    }

    StrIterator& self_iterator(Args args)
    {
        return *static_cast<StrIterator*>(args[0].as_object());
    }

    Result<Ref<>> str_iterator_iter(Vm&, Args args)
    {
        return ref(args[0]);
    }

    Result<Ref<>> str_iterator_next(Vm& vm, Args args)
    {
        StrIterator& iterator = self_iterator(args);
        if (!iterator.str)
            return Ref<> {};
        if (iterator.index >= iterator.str->length) {
            iterator.str = nullptr;
            return Ref<> {};
        }
        return Ref<>(single_char_str(vm, iterator.str->at(iterator.index++)));
    }

    Result<Ref<>> str_iterator_length_hint(Vm&, Args args)
    {
        StrIterator& iterator = self_iterator(args);
        return new_int(iterator.str ? std::max<int64_t>(0, iterator.str->length - iterator.index) : 0);
    }

    Result<Ref<>> str_iterator_reduce(Vm& vm, Args args)
    {
        StrIterator& iterator = self_iterator(args);
        Ref<> iter_function = TRY(get_attribute(vm, Value(&vm.builtins_module()), "iter"));
        if (!iterator.str) {
            Ref<Tuple> arguments = TRY(new_tuple(vm, {empty_str().value()}));
            return upcast(new_tuple(vm, {iter_function.value(), arguments.value()}));
        }
        Ref<Tuple> arguments = TRY(new_tuple(vm, {iterator.str.value()}));
        Ref<> index = new_int(iterator.index);
        return upcast(new_tuple(vm, {iter_function.value(), arguments.value(), index.value()}));
    }

    Result<Ref<>> str_iterator_setstate(Vm& vm, Args args)
    {
        StrIterator& iterator = self_iterator(args);
        int64_t index = TRY(index_to_int64(vm, args[1], IndexOverflow::SsizeOverflow));
        if (iterator.str)
            iterator.index = std::clamp<int64_t>(index, 0, iterator.str->length);
        return new_none();
    }

    // --- searching ---

    Result<int64_t> find_method(Vm& vm, Args args, Direction direction)
    {
        Str& haystack = self_str(args);
        Str* needle = TRY(str_argument(vm, args[1]));
        int64_t start;
        int64_t end;
        TRY(search_bounds(vm, args[2], args[3], haystack.length, start, end));
        return find_in(haystack, *needle, start, end, direction);
    }

    Result<Ref<>> str_find(Vm& vm, Args args)
    {
        return new_int(TRY(find_method(vm, args, Direction::Forward)));
    }
    Result<Ref<>> str_rfind(Vm& vm, Args args)
    {
        return new_int(TRY(find_method(vm, args, Direction::Backward)));
    }

    Result<Ref<>> str_index(Vm& vm, Args args)
    {
        int64_t index = TRY(find_method(vm, args, Direction::Forward));
        if (index < 0)
            return vm.raise(ExceptionKind::ValueError, "substring not found");
        return new_int(index);
    }

    Result<Ref<>> str_rindex(Vm& vm, Args args)
    {
        int64_t index = TRY(find_method(vm, args, Direction::Backward));
        if (index < 0)
            return vm.raise(ExceptionKind::ValueError, "substring not found");
        return new_int(index);
    }

    Result<Ref<>> str_count(Vm& vm, Args args)
    {
        Str& haystack = self_str(args);
        Str* needle = TRY(str_argument(vm, args[1]));
        int64_t start;
        int64_t end;
        TRY(search_bounds(vm, args[2], args[3], haystack.length, start, end));
        if (start > haystack.length)
            return new_int(0);
        return new_int(count_in(haystack, *needle, start, end, std::numeric_limits<int64_t>::max()));
    }

    // startswith/endswith of one candidate over str[start:end].
    bool tail_match(Str const& str, Str const& candidate, int64_t start, int64_t end, Direction direction)
    {
        adjust_indices(start, end, str.length);
        end -= candidate.length;
        if (end < start)
            return false;
        if (candidate.length == 0)
            return true;
        return matches_at(str, candidate, direction == Direction::Forward ? start : end);
    }

    Result<Ref<>> affix_method(Vm& vm, Args args, Direction direction, char const* name)
    {
        Str& str = self_str(args);
        int64_t start = TRY(slice_index_argument(vm, args[2], 0));
        int64_t end = TRY(slice_index_argument(vm, args[3], std::numeric_limits<int64_t>::max()));
        Value candidates = args[1];
        if (is_tuple(candidates)) {
            for (Value candidate : as_tuple(candidates).span()) {
                if (!is_str(candidate))
                    return vm.raise(ExceptionKind::TypeError,
                        std::string("tuple for ") + name + " must only contain str, not "
                            + type_name(candidate));
                if (tail_match(str, as_str(candidate), start, end, direction))
                    return new_bool(true);
            }
            return new_bool(false);
        }
        if (!is_str(candidates))
            return vm.raise(ExceptionKind::TypeError,
                std::string(name) + " first arg must be str or a tuple of str, not " + type_name(candidates));
        return new_bool(tail_match(str, as_str(candidates), start, end, direction));
    }

    Result<Ref<>> str_startswith(Vm& vm, Args args)
    {
        return affix_method(vm, args, Direction::Forward, "startswith");
    }
    Result<Ref<>> str_endswith(Vm& vm, Args args)
    {
        return affix_method(vm, args, Direction::Backward, "endswith");
    }

    // --- splitting and joining ---

    Result<Ref<>> split_whitespace(Vm& vm, Str& str, int64_t limit)
    {
        Ref<List> list = TRY(new_list(vm));
        int64_t length = str.length;
        int64_t index = 0;
        while (limit-- > 0) {
            while (index < length && str_is_space(str.at(index)))
                ++index;
            if (index == length)
                break;
            int64_t start = index;
            while (index < length && !str_is_space(str.at(index)))
                ++index;
            if (start == 0 && index == length && str.type == &str_type)
                return upcast(single_item_list(vm, str));
            TRY(append_substring(vm, *list, str, start, index));
        }
        while (index < length && str_is_space(str.at(index)))
            ++index;
        if (index < length)
            TRY(append_substring(vm, *list, str, index, length));
        return Ref<>(std::move(list));
    }

    Result<Ref<>> rsplit_whitespace(Vm& vm, Str& str, int64_t limit)
    {
        Ref<List> list = TRY(new_list(vm));
        int64_t index = str.length;
        while (limit-- > 0) {
            while (index > 0 && str_is_space(str.at(index - 1)))
                --index;
            if (index == 0)
                break;
            int64_t end = index;
            while (index > 0 && !str_is_space(str.at(index - 1)))
                --index;
            TRY(append_substring(vm, *list, str, index, end));
        }
        while (index > 0 && str_is_space(str.at(index - 1)))
            --index;
        if (index > 0)
            TRY(append_substring(vm, *list, str, 0, index));
        std::reverse(list->items, list->items + list->size);
        return Ref<>(std::move(list));
    }

    Result<Str*> separator_argument(Vm& vm, Value value)
    {
        if (!is_str(value))
            return vm.raise(ExceptionKind::TypeError, "must be str or None, not " + type_name(value));
        Str& separator = as_str(value);
        if (separator.length == 0)
            return vm.raise(ExceptionKind::ValueError, "empty separator");
        return &separator;
    }

    Result<Ref<>> str_split(Vm& vm, Args args)
    {
        Str& str = self_str(args);
        int64_t limit = TRY(limit_argument(vm, args[2]));
        if (is_none(args[1]))
            return split_whitespace(vm, str, limit);
        Str* separator = TRY(separator_argument(vm, args[1]));
        Ref<List> list = TRY(new_list(vm));
        int64_t index = 0;
        while (limit-- > 0) {
            int64_t hit = find_in(str, *separator, index, str.length, Direction::Forward);
            if (hit < 0)
                break;
            TRY(append_substring(vm, *list, str, index, hit));
            index = hit + separator->length;
        }
        if (index == 0 && str.type == &str_type)
            return upcast(single_item_list(vm, str));
        TRY(append_substring(vm, *list, str, index, str.length));
        return Ref<>(std::move(list));
    }

    Result<Ref<>> str_rsplit(Vm& vm, Args args)
    {
        Str& str = self_str(args);
        int64_t limit = TRY(limit_argument(vm, args[2]));
        if (is_none(args[1]))
            return rsplit_whitespace(vm, str, limit);
        Str* separator = TRY(separator_argument(vm, args[1]));
        Ref<List> list = TRY(new_list(vm));
        int64_t end = str.length;
        while (limit-- > 0) {
            int64_t hit = find_in(str, *separator, 0, end, Direction::Backward);
            if (hit < 0)
                break;
            TRY(append_substring(vm, *list, str, hit + separator->length, end));
            end = hit;
        }
        if (end == str.length && str.type == &str_type)
            return upcast(single_item_list(vm, str));
        TRY(append_substring(vm, *list, str, 0, end));
        std::reverse(list->items, list->items + list->size);
        return Ref<>(std::move(list));
    }

    Result<Ref<>> str_splitlines(Vm& vm, Args args)
    {
        Str& str = self_str(args);
        bool keepends = TRY(index_to_int64(vm, args[1], IndexOverflow::SsizeOverflow)) != 0;
        Ref<List> list = TRY(new_list(vm));
        int64_t length = str.length;
        int64_t index = 0;
        while (index < length) {
            int64_t start = index;
            while (index < length && !str_is_linebreak(str.at(index)))
                ++index;
            int64_t line_end = index;
            if (index < length) {
                // "\r\n" is one line boundary.
                if (str.at(index) == '\r' && index + 1 < length && str.at(index + 1) == '\n')
                    index += 2;
                else
                    ++index;
                if (keepends)
                    line_end = index;
            }
            if (start == 0 && line_end == length && str.type == &str_type)
                return upcast(single_item_list(vm, str));
            TRY(append_substring(vm, *list, str, start, line_end));
        }
        return Ref<>(std::move(list));
    }

    Result<Ref<>> str_join_method(Vm& vm, Args args)
    {
        Str& separator = self_str(args);
        Value iterable = args[1];
        Ref<> sequence;
        if (is_exact_list(iterable) || is_exact_tuple(iterable)) {
            sequence = ref(iterable);
        } else {
            auto iterator = get_iter(vm, iterable);
            if (iterator.is_error()) {
                if (vm.pending_exception_matches(ExceptionKind::TypeError)) {
                    (void)vm.take_pending_exception();
                    return vm.raise(ExceptionKind::TypeError, "can only join an iterable");
                }
                return Failure {iterator.release_error()};
            }
            Ref<List> items = TRY(new_list(vm));
            while (true) {
                Ref<> item = TRY(iter_next(vm, iterator.value().value()));
                if (!item)
                    break;
                TRY(list_append(vm, *items, item.value()));
            }
            sequence = std::move(items);
        }
        std::span<Value const> items = is_tuple(sequence.value()) ? as_tuple(sequence.value()).span()
                                                                  : as_list(sequence.value()).span();
        for (size_t i = 0; i < items.size(); ++i) {
            if (!is_str(items[i]))
                return vm.raise(ExceptionKind::TypeError,
                    "sequence item " + std::to_string(i) + ": expected str instance, " + type_name(items[i])
                        + " found");
        }
        return upcast(str_join(vm, separator, items));
    }

    // --- stripping ---

    enum StripSide { StripLeft = 1, StripRight = 2, StripBoth = 3 };

    Result<Ref<>> strip_method(Vm& vm, Args args, int side, char const* name)
    {
        Str& str = self_str(args);
        Value chars = args[1];
        int64_t start = 0;
        int64_t end = str.length;
        if (is_none(chars)) {
            if (side & StripLeft)
                while (start < end && str_is_space(str.at(start)))
                    ++start;
            if (side & StripRight)
                while (end > start && str_is_space(str.at(end - 1)))
                    --end;
        } else {
            if (!is_str(chars))
                return vm.raise(ExceptionKind::TypeError, std::string(name) + " arg must be None or str");
            Str& set = as_str(chars);
            auto in_set = [&](char32_t c) {
                for (int64_t i = 0; i < set.length; ++i) {
                    if (set.at(i) == c)
                        return true;
                }
                return false;
            };
            if (side & StripLeft)
                while (start < end && in_set(str.at(start)))
                    ++start;
            if (side & StripRight)
                while (end > start && in_set(str.at(end - 1)))
                    --end;
        }
        return upcast(str_substring(vm, str, start, end));
    }

    Result<Ref<>> str_strip(Vm& vm, Args args)
    {
        return strip_method(vm, args, StripBoth, "strip");
    }
    Result<Ref<>> str_lstrip(Vm& vm, Args args)
    {
        return strip_method(vm, args, StripLeft, "lstrip");
    }
    Result<Ref<>> str_rstrip(Vm& vm, Args args)
    {
        return strip_method(vm, args, StripRight, "rstrip");
    }

    Result<Ref<>> affix_removal(Vm& vm, Args args, Direction direction, char const* name)
    {
        Str& str = self_str(args);
        if (!is_str(args[1]))
            return vm.raise(ExceptionKind::TypeError,
                std::string(name) + "() argument must be str, not " + argument_type_name(args[1]));
        Str& affix = as_str(args[1]);
        if (affix.length > 0 && tail_match(str, affix, 0, str.length, direction)) {
            if (direction == Direction::Forward)
                return upcast(str_substring(vm, str, affix.length, str.length));
            return upcast(str_substring(vm, str, 0, str.length - affix.length));
        }
        return upcast(str_exact_copy(vm, str));
    }

    Result<Ref<>> str_removeprefix(Vm& vm, Args args)
    {
        return affix_removal(vm, args, Direction::Forward, "removeprefix");
    }
    Result<Ref<>> str_removesuffix(Vm& vm, Args args)
    {
        return affix_removal(vm, args, Direction::Backward, "removesuffix");
    }

    // --- replace and partition ---

    Result<Ref<>> str_replace(Vm& vm, Args args)
    {
        Str& str = self_str(args);
        for (int i = 1; i <= 2; ++i) {
            if (!is_str(args[i]))
                return vm.raise(ExceptionKind::TypeError,
                    "replace() argument " + std::to_string(i) + " must be str, not "
                        + argument_type_name(args[i]));
        }
        Str& old_text = as_str(args[1]);
        Str& new_text = as_str(args[2]);
        int64_t limit = TRY(limit_argument(vm, args[3]));
        if (limit == 0 || (old_text.length == 0 && new_text.length == 0) || old_text.length > str.length)
            return upcast(str_exact_copy(vm, str));
        StrBuilder builder;
        if (old_text.length == 0) {
            // An empty pattern matches before every code point and at the end.
            int64_t index = 0;
            for (; index < str.length && limit > 0; ++index, --limit) {
                builder.append(new_text);
                builder.append_code_point(str.at(index));
            }
            if (limit > 0 && index == str.length)
                builder.append(new_text);
            builder.append_substring(str, index, str.length);
            return upcast(builder.build(vm));
        }
        int64_t index = 0;
        bool replaced = false;
        while (limit-- > 0) {
            int64_t hit = find_in(str, old_text, index, str.length, Direction::Forward);
            if (hit < 0)
                break;
            replaced = true;
            builder.append_substring(str, index, hit);
            builder.append(new_text);
            index = hit + old_text.length;
        }
        if (!replaced)
            return upcast(str_exact_copy(vm, str));
        builder.append_substring(str, index, str.length);
        return upcast(builder.build(vm));
    }

    Result<Ref<>> partition_method(Vm& vm, Args args, Direction direction)
    {
        Str& str = self_str(args);
        Str* separator = TRY(str_argument(vm, args[1]));
        if (separator->length == 0)
            return vm.raise(ExceptionKind::ValueError, "empty separator");
        int64_t hit = find_in(str, *separator, 0, str.length, direction);
        Ref<Str> empty = empty_str();
        if (hit < 0) {
            Ref<Str> whole = TRY(str_exact_copy(vm, str));
            if (direction == Direction::Forward)
                return upcast(new_tuple(vm, {whole.value(), empty.value(), empty.value()}));
            return upcast(new_tuple(vm, {empty.value(), empty.value(), whole.value()}));
        }
        Ref<Str> before = TRY(str_substring(vm, str, 0, hit));
        Ref<Str> middle = TRY(str_exact_copy(vm, *separator));
        Ref<Str> after = TRY(str_substring(vm, str, hit + separator->length, str.length));
        return upcast(new_tuple(vm, {before.value(), middle.value(), after.value()}));
    }

    Result<Ref<>> str_partition(Vm& vm, Args args)
    {
        return partition_method(vm, args, Direction::Forward);
    }
    Result<Ref<>> str_rpartition(Vm& vm, Args args)
    {
        return partition_method(vm, args, Direction::Backward);
    }

    // --- padding ---

    Result<char32_t> fill_argument(Vm& vm, Value value)
    {
        if (!is_str(value))
            return vm.raise(ExceptionKind::TypeError,
                "The fill character must be a unicode character, not " + type_name(value));
        if (as_str(value).length != 1)
            return vm.raise(
                ExceptionKind::TypeError, "The fill character must be exactly one character long");
        return as_str(value).at(0);
    }

    Result<Ref<>> pad(Vm& vm, Str& str, int64_t left, int64_t right, char32_t fill)
    {
        if (left <= 0 && right <= 0)
            return upcast(str_exact_copy(vm, str));
        StrBuilder builder;
        builder.reserve(str.length + left + right);
        builder.append_repeated(fill, left);
        builder.append(str);
        builder.append_repeated(fill, right);
        return upcast(builder.build(vm));
    }

    enum class Justify { Left, Right, Center };

    Result<Ref<>> justify(Vm& vm, Args args, Justify how)
    {
        Str& str = self_str(args);
        int64_t width = TRY(ssize_argument(vm, args[1]));
        char32_t fill = TRY(fill_argument(vm, args[2]));
        if (width <= str.length)
            return upcast(str_exact_copy(vm, str));
        int64_t margin = width - str.length;
        switch (how) {
        case Justify::Left:
            return pad(vm, str, 0, margin, fill);
        case Justify::Right:
            return pad(vm, str, margin, 0, fill);
        case Justify::Center: {
            // CPython: the odd extra space goes left when both the margin and the width
            // are odd.
            int64_t left = margin / 2 + (margin & width & 1);
            return pad(vm, str, left, margin - left, fill);
        }
        }
        return upcast(str_exact_copy(vm, str));
    }

    Result<Ref<>> str_center(Vm& vm, Args args)
    {
        return justify(vm, args, Justify::Center);
    }
    Result<Ref<>> str_ljust(Vm& vm, Args args)
    {
        return justify(vm, args, Justify::Left);
    }
    Result<Ref<>> str_rjust(Vm& vm, Args args)
    {
        return justify(vm, args, Justify::Right);
    }

    // --- the iterator types ---

    constexpr NativeMethod str_iterator_methods[] = {
        {"__iter__($self, /)", str_iterator_iter},
        {"__next__($self, /)", str_iterator_next},
        {"__length_hint__($self, /)", str_iterator_length_hint},
        {"__reduce__($self, /)", str_iterator_reduce},
        {"__setstate__($self, state, /)", str_iterator_setstate},
    };

    void str_iterator_traverse(Object* object, VisitFunction visit, void* context)
    {
        auto* iterator = static_cast<StrIterator*>(object);
        if (iterator->str)
            visit(iterator->str.value(), context);
    }

    void str_iterator_clear(Object* object)
    {
        static_cast<StrIterator*>(object)->str = nullptr;
    }

    constexpr NativeMethod str_methods[] = {
        {"__new__($type, object=?, encoding=?, errors=?)", str_new, MethodKind::Static},
        {"__repr__($self, /)", str_dunder_repr},
        {"__str__($self, /)", str_dunder_str},
        {"__hash__($self, /)", str_dunder_hash},
        {"__len__($self, /)", str_len},
        {"__getitem__($self, key, /)", str_getitem},
        {"__contains__($self, key, /)", str_contains},
        {"__iter__($self, /)", str_iter},
        {"__eq__($self, value, /)", str_eq},
        {"__ne__($self, value, /)", str_ne},
        {"__lt__($self, value, /)", str_lt},
        {"__le__($self, value, /)", str_le},
        {"__gt__($self, value, /)", str_gt},
        {"__ge__($self, value, /)", str_ge},
        {"__add__($self, value, /)", str_add},
        {"__mul__($self, value, /)", str_mul},
        {"__rmul__($self, value, /)", str_rmul},
        {"__mod__($self, value, /)", str_mod},
        {"__rmod__($self, value, /)", str_rmod},
        {"__format__($self, format_spec, /)", str_dunder_format},
        {"__sizeof__($self, /)", str_sizeof_method},
        {"__getnewargs__($self, /)", str_getnewargs},
        {"capitalize($self, /)", str_capitalize},
        {"casefold($self, /)", str_casefold},
        {"center($self, width, fillchar=' ', /)", str_center},
        {"count($self, sub, start=None, end=None, /, $varargs)", str_count},
        {"encode($self, /, encoding='utf-8', errors='strict')", str_encode},
        {"endswith($self, suffix, start=None, end=None, /, $varargs)", str_endswith},
        {"expandtabs($self, /, tabsize=8)", str_expandtabs},
        {"find($self, sub, start=None, end=None, /, $varargs)", str_find},
        {"format($self, /, *args, **kwargs)", str_format_method},
        {"format_map($self, mapping, /)", str_format_map},
        {"index($self, sub, start=None, end=None, /, $varargs)", str_index},
        {"isalnum($self, /)", str_isalnum},
        {"isalpha($self, /)", str_isalpha},
        {"isascii($self, /)", str_isascii},
        {"isdecimal($self, /)", str_isdecimal},
        {"isdigit($self, /)", str_isdigit},
        {"isidentifier($self, /)", str_isidentifier},
        {"islower($self, /)", str_islower},
        {"isnumeric($self, /)", str_isnumeric},
        {"isprintable($self, /)", str_isprintable},
        {"isspace($self, /)", str_isspace},
        {"istitle($self, /)", str_istitle},
        {"isupper($self, /)", str_isupper},
        {"join($self, iterable, /)", str_join_method},
        {"ljust($self, width, fillchar=' ', /)", str_ljust},
        {"lower($self, /)", str_lower},
        {"lstrip($self, chars=None, /)", str_lstrip},
        {"maketrans(x, y=?, z=?, /)", str_maketrans, MethodKind::Static},
        {"partition($self, sep, /)", str_partition},
        {"removeprefix($self, prefix, /)", str_removeprefix},
        {"removesuffix($self, suffix, /)", str_removesuffix},
        {"replace($self, old, new, count=-1, /)", str_replace},
        {"rfind($self, sub, start=None, end=None, /, $varargs)", str_rfind},
        {"rindex($self, sub, start=None, end=None, /, $varargs)", str_rindex},
        {"rjust($self, width, fillchar=' ', /)", str_rjust},
        {"rpartition($self, sep, /)", str_rpartition},
        {"rsplit($self, /, sep=None, maxsplit=-1)", str_rsplit},
        {"rstrip($self, chars=None, /)", str_rstrip},
        {"split($self, /, sep=None, maxsplit=-1)", str_split},
        {"splitlines($self, /, keepends=False)", str_splitlines},
        {"startswith($self, prefix, start=None, end=None, /, $varargs)", str_startswith},
        {"strip($self, chars=None, /)", str_strip},
        {"swapcase($self, /)", str_swapcase},
        {"title($self, /)", str_title},
        {"translate($self, table, /)", str_translate},
        {"upper($self, /)", str_upper},
        {"zfill($self, width, /)", str_zfill},
    };

} // namespace

bool str_is_space(char32_t c)
{
    if (c < 128) {
        // CPython's ASCII whitespace: \t \n \v \f \r, the separators \x1c-\x1f, space.
        return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20);
    }
    return unicode::is_space(c);
}

bool str_is_linebreak(char32_t c)
{
    if (c < 128)
        return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E);
    return unicode::is_linebreak(c);
}

Result<int64_t> ssize_argument(Vm& vm, Value value)
{
    return index_to_int64(vm, value, IndexOverflow::SsizeOverflow);
}

std::string argument_type_name(Value value)
{
    return is_none(value) ? "None" : type_name(value);
}

Result<int64_t> c_int_argument(Vm& vm, Value value)
{
    Ref<> index = TRY(number_index(vm, value));
    auto number = int_to_int64(index.value());
    if (!number || *number > std::numeric_limits<int>::max() || *number < std::numeric_limits<int>::min())
        return vm.raise(ExceptionKind::OverflowError, "Python int too large to convert to C int");
    return *number;
}

Type str_iterator_type;
Type str_ascii_iterator_type;

// str(x): x's str, an exact copy when that is a subclass instance (as str_new does).
static Result<Ref<>> construct_str(Vm& vm, Type&, std::span<Value const> args, Tuple* kwnames)
{
    if (kwnames || args.size() != 1)
        return Ref<> {};
    Ref<Str> text = TRY(str(vm, args[0]));
    return Ref<>(TRY(str_exact_copy(vm, *text)));
}

extern TypeSpec const str_type_spec;
TypeSpec const str_type_spec = {
    .name = "str",
    .instance_size = sizeof(Str),
    .flags = TypeBaseType | TypeStrSubclass,
    .doc = "str(object='') -> str\n"
           "str(bytes_or_buffer[, encoding[, errors]]) -> str\n"
           "\n"
           "Create a new string object from the given object. If encoding or\n"
           "errors is specified, then the object must expose a data buffer\n"
           "that will be decoded using the given encoding and error handler.\n"
           "Otherwise, returns the result of object.__str__() (if defined)\n"
           "or repr(object).\n"
           "encoding defaults to sys.getdefaultencoding().\n"
           "errors defaults to 'strict'.",
    .methods = str_methods,
    .construct = construct_str,
};

extern TypeSpec const str_iterator_type_spec;
TypeSpec const str_iterator_type_spec = {
    .name = "str_iterator",
    .instance_size = sizeof(StrIterator),
    .flags = TypeHasGc | TypeDisallowInstantiation,
    .methods = str_iterator_methods,
    .destruct = str_iterator_destruct,
    .traverse = str_iterator_traverse,
    .clear = str_iterator_clear,
};

extern TypeSpec const str_ascii_iterator_type_spec;
TypeSpec const str_ascii_iterator_type_spec = {
    .name = "str_ascii_iterator",
    .instance_size = sizeof(StrIterator),
    .flags = TypeHasGc | TypeDisallowInstantiation,
    .methods = str_iterator_methods,
    .destruct = str_iterator_destruct,
    .traverse = str_iterator_traverse,
    .clear = str_iterator_clear,
};

} // namespace taipan
