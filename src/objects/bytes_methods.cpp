// The methods bytes and bytearray share: one body each, working on the receiver's
// contents and building a result of the receiver's kind. ASCII-only semantics
// throughout (b'\xe9'.upper() is unchanged), as in CPython.
#include "objects/bytes_methods.h"

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/percent_format.h"
#include "objects/sequence.h"
#include "objects/str.h"
#include "objects/str_codecs.h"
#include "objects/str_methods.h"
#include "objects/text_common.h"
#include "objects/tuple.h"
#include "support/python_repr.h"
#include "vm/vm.h"

#include <algorithm>
#include <limits>

namespace taipan {

namespace {

    template<typename T>
    Result<Ref<>> upcast(Result<Ref<T>> result)
    {
        if (result.is_error())
            return Failure {result.release_error()};
        return Ref<>(result.release_value());
    }

    uint8_t const* units(std::string_view data)
    {
        return reinterpret_cast<uint8_t const*>(data.data());
    }

    bool is_space(uint8_t c)
    {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
    bool is_lower(uint8_t c)
    {
        return c >= 'a' && c <= 'z';
    }
    bool is_upper(uint8_t c)
    {
        return c >= 'A' && c <= 'Z';
    }
    bool is_alpha(uint8_t c)
    {
        return is_lower(c) || is_upper(c);
    }
    bool is_digit(uint8_t c)
    {
        return c >= '0' && c <= '9';
    }
    char to_lower(uint8_t c)
    {
        return char(is_upper(c) ? c + 32 : c);
    }
    char to_upper(uint8_t c)
    {
        return char(is_lower(c) ? c - 32 : c);
    }

    // A bytes-like argument copied out, so that Python code run later cannot change it.
    Result<std::string> bytes_argument(Vm& vm, Value value)
    {
        std::string_view view = TRY(bytes_like_argument(vm, value));
        return std::string(view);
    }

    enum class Direction { Forward, Backward };

    int64_t find_in(
        std::string_view haystack, std::string_view needle, int64_t start, int64_t end, Direction direction)
    {
        int64_t needle_length = int64_t(needle.size());
        if (end - start < needle_length)
            return -1;
        int64_t hit = direction == Direction::Forward
            ? text::find(units(haystack) + start, end - start, units(needle), needle_length)
            : text::rfind(units(haystack) + start, end - start, units(needle), needle_length);
        return hit < 0 ? -1 : hit + start;
    }

    Result<int64_t> find_method(Vm& vm, Args args, Direction direction)
    {
        std::string needle = TRY(byte_or_bytes_argument(vm, args[1]));
        int64_t length = int64_t(binary_view(args[0]).size());
        int64_t start;
        int64_t end;
        TRY(search_bounds(vm, args[2], args[3], length, start, end));
        return find_in(binary_view(args[0]), needle, start, end, direction);
    }

    bool tail_match(
        std::string_view data, std::string_view candidate, int64_t start, int64_t end, Direction direction)
    {
        adjust_indices(start, end, int64_t(data.size()));
        end -= int64_t(candidate.size());
        if (end < start)
            return false;
        int64_t position = direction == Direction::Forward ? start : end;
        return data.substr(size_t(position), candidate.size()) == candidate;
    }

    Result<Ref<>> affix_method(Vm& vm, Args args, Direction direction, char const* name)
    {
        int64_t start = TRY(slice_index_argument(vm, args[2], 0));
        int64_t end = TRY(slice_index_argument(vm, args[3], std::numeric_limits<int64_t>::max()));
        Value candidates = args[1];
        if (is_tuple(candidates)) {
            for (Value candidate : as_tuple(candidates).span()) {
                std::string text = TRY(bytes_argument(vm, candidate));
                if (tail_match(binary_view(args[0]), text, start, end, direction))
                    return new_bool(true);
            }
            return new_bool(false);
        }
        auto view = TRY(bytes_like_view_checked(vm, candidates));
        if (!view)
            return vm.raise(ExceptionKind::TypeError,
                std::string(name) + " first arg must be bytes or a tuple of bytes, not "
                    + type_name(candidates));
        return new_bool(tail_match(binary_view(args[0]), *view, start, end, direction));
    }

    Result<int64_t> limit_argument(Vm& vm, Value value)
    {
        int64_t limit = TRY(index_to_int64(vm, value, IndexOverflow::SsizeOverflow));
        return limit < 0 ? std::numeric_limits<int64_t>::max() : limit;
    }

    Result<void> append_piece(Vm& vm, List& list, Value self, std::string_view piece)
    {
        Ref<> item = TRY(new_binary_like(vm, self, piece));
        return list_append(vm, list, item.value());
    }

    Result<Ref<>> split_method(Vm& vm, Args args, Direction direction)
    {
        int64_t limit = TRY(limit_argument(vm, args[2]));
        std::string separator;
        bool whitespace = is_none(args[1]);
        if (!whitespace) {
            separator = TRY(bytes_argument(vm, args[1]));
            if (separator.empty())
                return vm.raise(ExceptionKind::ValueError, "empty separator");
        }
        std::string data(binary_view(args[0]));
        int64_t length = int64_t(data.size());
        Ref<List> list = TRY(new_list(vm));
        std::string_view view = data;
        if (whitespace) {
            if (direction == Direction::Forward) {
                int64_t i = 0;
                while (limit-- > 0) {
                    while (i < length && is_space(uint8_t(data[size_t(i)])))
                        ++i;
                    if (i == length)
                        break;
                    int64_t start = i;
                    while (i < length && !is_space(uint8_t(data[size_t(i)])))
                        ++i;
                    TRY(append_piece(vm, *list, args[0], view.substr(size_t(start), size_t(i - start))));
                }
                while (i < length && is_space(uint8_t(data[size_t(i)])))
                    ++i;
                if (i < length)
                    TRY(append_piece(vm, *list, args[0], view.substr(size_t(i))));
            } else {
                int64_t i = length;
                while (limit-- > 0) {
                    while (i > 0 && is_space(uint8_t(data[size_t(i - 1)])))
                        --i;
                    if (i == 0)
                        break;
                    int64_t end = i;
                    while (i > 0 && !is_space(uint8_t(data[size_t(i - 1)])))
                        --i;
                    TRY(append_piece(vm, *list, args[0], view.substr(size_t(i), size_t(end - i))));
                }
                while (i > 0 && is_space(uint8_t(data[size_t(i - 1)])))
                    --i;
                if (i > 0)
                    TRY(append_piece(vm, *list, args[0], view.substr(0, size_t(i))));
                std::reverse(list->items, list->items + list->size);
            }
            return Ref<>(std::move(list));
        }
        int64_t separator_length = int64_t(separator.size());
        if (direction == Direction::Forward) {
            int64_t i = 0;
            while (limit-- > 0) {
                int64_t hit = find_in(view, separator, i, length, Direction::Forward);
                if (hit < 0)
                    break;
                TRY(append_piece(vm, *list, args[0], view.substr(size_t(i), size_t(hit - i))));
                i = hit + separator_length;
            }
            TRY(append_piece(vm, *list, args[0], view.substr(size_t(i))));
        } else {
            int64_t end = length;
            while (limit-- > 0) {
                int64_t hit = find_in(view, separator, 0, end, Direction::Backward);
                if (hit < 0)
                    break;
                TRY(append_piece(vm, *list, args[0],
                    view.substr(size_t(hit + separator_length), size_t(end - hit - separator_length))));
                end = hit;
            }
            TRY(append_piece(vm, *list, args[0], view.substr(0, size_t(end))));
            std::reverse(list->items, list->items + list->size);
        }
        return Ref<>(std::move(list));
    }

    Result<Ref<>> partition_method(Vm& vm, Args args, Direction direction)
    {
        std::string separator = TRY(bytes_argument(vm, args[1]));
        if (separator.empty())
            return vm.raise(ExceptionKind::ValueError, "empty separator");
        std::string_view data = binary_view(args[0]);
        int64_t hit = find_in(data, separator, 0, int64_t(data.size()), direction);
        Ref<> whole;
        Ref<> empty;
        if (hit < 0) {
            whole = TRY(new_binary_like(vm, args[0], data));
            empty = TRY(new_binary_like(vm, args[0], {}));
            Ref<> empty2 = TRY(new_binary_like(vm, args[0], {}));
            if (direction == Direction::Forward)
                return upcast(new_tuple(vm, {whole.value(), empty.value(), empty2.value()}));
            return upcast(new_tuple(vm, {empty.value(), empty2.value(), whole.value()}));
        }
        Ref<> before = TRY(new_binary_like(vm, args[0], data.substr(0, size_t(hit))));
        Ref<> middle = TRY(new_binary_like(vm, args[0], separator));
        Ref<> after = TRY(new_binary_like(vm, args[0], data.substr(size_t(hit) + separator.size())));
        return upcast(new_tuple(vm, {before.value(), middle.value(), after.value()}));
    }

    enum StripSide { StripLeft = 1, StripRight = 2, StripBoth = 3 };

    Result<Ref<>> strip_method(Vm& vm, Args args, int side)
    {
        std::string set;
        bool whitespace = is_none(args[1]);
        if (!whitespace)
            set = TRY(bytes_argument(vm, args[1]));
        std::string_view data = binary_view(args[0]);
        auto strippable
            = [&](uint8_t c) { return whitespace ? is_space(c) : set.find(char(c)) != std::string::npos; };
        size_t start = 0;
        size_t end = data.size();
        if (side & StripLeft)
            while (start < end && strippable(uint8_t(data[start])))
                ++start;
        if (side & StripRight)
            while (end > start && strippable(uint8_t(data[end - 1])))
                --end;
        return new_binary_like(vm, args[0], data.substr(start, end - start));
    }

    Result<char> fill_argument(Vm& vm, Value value, char const* name)
    {
        if (!value)
            return ' ';
        if (is_bytes(value) || is_bytearray(value)) {
            std::string_view view = *bytes_like_view(value);
            if (view.size() == 1)
                return view[0];
        }
        return vm.raise(ExceptionKind::TypeError,
            std::string(name) + "() argument 2 must be a byte string of length 1, not "
                + argument_type_name(value));
    }

    enum class Justify { Left, Right, Center };

    Result<Ref<>> justify(Vm& vm, Args args, Justify how, char const* name)
    {
        int64_t width = TRY(index_to_int64(vm, args[1], IndexOverflow::SsizeOverflow));
        char fill = TRY(fill_argument(vm, args[2], name));
        std::string_view data = binary_view(args[0]);
        int64_t length = int64_t(data.size());
        if (width <= length)
            return new_binary_like(vm, args[0], data);
        int64_t margin = width - length;
        int64_t left = how == Justify::Left ? 0
            : how == Justify::Right         ? margin
                                            : margin / 2 + (margin & width & 1);
        std::string out;
        out.reserve(size_t(width));
        out.append(size_t(left), fill);
        out.append(data);
        out.append(size_t(margin - left), fill);
        return new_binary_like(vm, args[0], out);
    }

    template<typename Predicate>
    Result<Ref<>> all_bytes(Args args, Predicate&& predicate)
    {
        std::string_view data = binary_view(args[0]);
        if (data.empty())
            return new_bool(false);
        for (char c : data) {
            if (!predicate(uint8_t(c)))
                return new_bool(false);
        }
        return new_bool(true);
    }

    template<typename Mapping>
    Result<Ref<>> map_bytes(Vm& vm, Args args, Mapping&& mapping)
    {
        std::string data(binary_view(args[0]));
        for (char& c : data)
            c = mapping(uint8_t(c));
        return new_binary_like(vm, args[0], data);
    }

    int hex_value(char32_t c)
    {
        if (c >= '0' && c <= '9')
            return int(c - '0');
        if (c >= 'a' && c <= 'f')
            return int(c - 'a' + 10);
        if (c >= 'A' && c <= 'F')
            return int(c - 'A' + 10);
        return -1;
    }

} // namespace

std::string_view binary_view(Value self)
{
    if (is_bytes(self))
        return as_bytes(self).view();
    return as_bytearray(self).view();
}

Result<Ref<>> new_binary_like(Vm& vm, Value self, std::string_view data)
{
    if (is_bytearray(self))
        return upcast(new_bytearray(vm, data));
    if (is_exact_bytes(self) && data.data() == binary_view(self).data()
        && data.size() == binary_view(self).size())
        return ref(self);
    return upcast(new_bytes(vm, data));
}

std::string binary_repr(std::string_view data, bool escape_single_quote)
{
    std::string text = python_bytes_repr(data);
    if (!escape_single_quote || text[1] != '"')
        return text;
    // Double-quoted means the data has a single quote and no double quote.
    std::string escaped = "b\"";
    for (size_t i = 2; i + 1 < text.size(); ++i) {
        if (text[i] == '\'')
            escaped += '\\';
        escaped += text[i];
    }
    return escaped + '"';
}

Result<uint8_t> byte_argument(Vm& vm, Value value)
{
    int64_t byte = TRY(index_to_int64(vm, value, IndexOverflow::OverflowError));
    if (byte < 0 || byte > 255)
        return vm.raise(ExceptionKind::ValueError, "byte must be in range(0, 256)");
    return uint8_t(byte);
}

Result<std::string> byte_or_bytes_argument(Vm& vm, Value value)
{
    if (has_index(value)) {
        uint8_t byte = TRY(byte_argument(vm, value));
        return std::string(1, char(byte));
    }
    auto view = TRY(bytes_like_view_checked(vm, value));
    if (!view)
        return vm.raise(ExceptionKind::TypeError,
            "argument should be integer or bytes-like object, not '" + type_name(value) + "'");
    return std::string(*view);
}

Result<Ref<>> binary_find(Vm& vm, Args args)
{
    return new_int(TRY(find_method(vm, args, Direction::Forward)));
}
Result<Ref<>> binary_rfind(Vm& vm, Args args)
{
    return new_int(TRY(find_method(vm, args, Direction::Backward)));
}

Result<Ref<>> binary_index(Vm& vm, Args args)
{
    int64_t index = TRY(find_method(vm, args, Direction::Forward));
    if (index < 0)
        return vm.raise(ExceptionKind::ValueError, "subsection not found");
    return new_int(index);
}

Result<Ref<>> binary_rindex(Vm& vm, Args args)
{
    int64_t index = TRY(find_method(vm, args, Direction::Backward));
    if (index < 0)
        return vm.raise(ExceptionKind::ValueError, "subsection not found");
    return new_int(index);
}

Result<Ref<>> binary_count(Vm& vm, Args args)
{
    std::string needle = TRY(byte_or_bytes_argument(vm, args[1]));
    std::string_view data = binary_view(args[0]);
    int64_t start;
    int64_t end;
    TRY(search_bounds(vm, args[2], args[3], int64_t(data.size()), start, end));
    if (start > int64_t(data.size()) || end - start < int64_t(needle.size()))
        return new_int(0);
    return new_int(text::count(units(data) + start, end - start, units(needle), int64_t(needle.size()),
        std::numeric_limits<int64_t>::max()));
}

Result<Ref<>> binary_contains(Vm& vm, Args args)
{
    std::string needle;
    if (has_index(args[1])) {
        uint8_t byte = TRY(byte_argument(vm, args[1]));
        needle = std::string(1, char(byte));
    } else {
        needle = TRY(bytes_argument(vm, args[1]));
    }
    std::string_view data = binary_view(args[0]);
    return new_bool(find_in(data, needle, 0, int64_t(data.size()), Direction::Forward) >= 0);
}

Result<Ref<>> binary_startswith(Vm& vm, Args args)
{
    return affix_method(vm, args, Direction::Forward, "startswith");
}
Result<Ref<>> binary_endswith(Vm& vm, Args args)
{
    return affix_method(vm, args, Direction::Backward, "endswith");
}
Result<Ref<>> binary_split(Vm& vm, Args args)
{
    return split_method(vm, args, Direction::Forward);
}
Result<Ref<>> binary_rsplit(Vm& vm, Args args)
{
    return split_method(vm, args, Direction::Backward);
}

Result<Ref<>> binary_splitlines(Vm& vm, Args args)
{
    bool keepends = TRY(index_to_int64(vm, args[1], IndexOverflow::SsizeOverflow)) != 0;
    std::string data(binary_view(args[0]));
    Ref<List> list = TRY(new_list(vm));
    size_t length = data.size();
    size_t i = 0;
    while (i < length) {
        size_t start = i;
        while (i < length && data[i] != '\n' && data[i] != '\r')
            ++i;
        size_t line_end = i;
        if (i < length) {
            if (data[i] == '\r' && i + 1 < length && data[i + 1] == '\n')
                i += 2;
            else
                ++i;
            if (keepends)
                line_end = i;
        }
        TRY(append_piece(vm, *list, args[0], std::string_view(data).substr(start, line_end - start)));
    }
    return Ref<>(std::move(list));
}

Result<Ref<>> binary_partition(Vm& vm, Args args)
{
    return partition_method(vm, args, Direction::Forward);
}
Result<Ref<>> binary_rpartition(Vm& vm, Args args)
{
    return partition_method(vm, args, Direction::Backward);
}

Result<Ref<>> binary_join(Vm& vm, Args args)
{
    Value iterable = args[1];
    Ref<List> items = TRY(new_list(vm));
    if (is_exact_list(iterable) || is_exact_tuple(iterable)) {
        std::span<Value const> span
            = is_exact_list(iterable) ? as_list(iterable).span() : as_tuple(iterable).span();
        for (Value item : span)
            TRY(list_append(vm, *items, item));
    } else {
        auto iterator = get_iter(vm, iterable);
        if (iterator.is_error()) {
            if (vm.pending_exception_matches(ExceptionKind::TypeError)) {
                (void)vm.take_pending_exception();
                return vm.raise(ExceptionKind::TypeError, "can only join an iterable");
            }
            return Failure {iterator.release_error()};
        }
        while (true) {
            Ref<> item = TRY(iter_next(vm, iterator.value().value()));
            if (!item)
                break;
            TRY(list_append(vm, *items, item.value()));
        }
    }
    std::string separator(binary_view(args[0]));
    std::string out;
    for (int64_t i = 0; i < items->size; ++i) {
        auto view = TRY(bytes_like_view_checked(vm, (*items)[i]));
        if (!view)
            return vm.raise(ExceptionKind::TypeError,
                "sequence item " + std::to_string(i) + ": expected a bytes-like object, "
                    + type_name((*items)[i]) + " found");
        if (i > 0)
            out += separator;
        out.append(*view);
    }
    if (is_bytes(args[0]))
        return upcast(new_bytes(vm, out));
    return upcast(new_bytearray(vm, out));
}

Result<Ref<>> binary_strip(Vm& vm, Args args)
{
    return strip_method(vm, args, StripBoth);
}
Result<Ref<>> binary_lstrip(Vm& vm, Args args)
{
    return strip_method(vm, args, StripLeft);
}
Result<Ref<>> binary_rstrip(Vm& vm, Args args)
{
    return strip_method(vm, args, StripRight);
}

Result<Ref<>> binary_replace(Vm& vm, Args args)
{
    std::string old_text = TRY(bytes_argument(vm, args[1]));
    std::string new_text = TRY(bytes_argument(vm, args[2]));
    int64_t limit = TRY(limit_argument(vm, args[3]));
    std::string_view data = binary_view(args[0]);
    if (limit == 0 || old_text.size() > data.size() || (old_text.empty() && new_text.empty()))
        return new_binary_like(vm, args[0], data);
    std::string out;
    if (old_text.empty()) {
        size_t i = 0;
        for (; i < data.size() && limit > 0; ++i, --limit) {
            out += new_text;
            out += data[i];
        }
        if (limit > 0 && i == data.size())
            out += new_text;
        out.append(data.substr(i));
        return new_binary_like(vm, args[0], out);
    }
    int64_t i = 0;
    int64_t length = int64_t(data.size());
    while (limit-- > 0) {
        int64_t hit = find_in(data, old_text, i, length, Direction::Forward);
        if (hit < 0)
            break;
        out.append(data.substr(size_t(i), size_t(hit - i)));
        out += new_text;
        i = hit + int64_t(old_text.size());
    }
    if (i == 0)
        return new_binary_like(vm, args[0], data);
    out.append(data.substr(size_t(i)));
    return new_binary_like(vm, args[0], out);
}

Result<Ref<>> binary_removeprefix(Vm& vm, Args args)
{
    std::string prefix = TRY(bytes_argument(vm, args[1]));
    std::string_view data = binary_view(args[0]);
    if (!prefix.empty() && data.starts_with(prefix))
        data.remove_prefix(prefix.size());
    return new_binary_like(vm, args[0], data);
}

Result<Ref<>> binary_removesuffix(Vm& vm, Args args)
{
    std::string suffix = TRY(bytes_argument(vm, args[1]));
    std::string_view data = binary_view(args[0]);
    if (!suffix.empty() && data.ends_with(suffix))
        data.remove_suffix(suffix.size());
    return new_binary_like(vm, args[0], data);
}

Result<Ref<>> binary_center(Vm& vm, Args args)
{
    return justify(vm, args, Justify::Center, "center");
}
Result<Ref<>> binary_ljust(Vm& vm, Args args)
{
    return justify(vm, args, Justify::Left, "ljust");
}
Result<Ref<>> binary_rjust(Vm& vm, Args args)
{
    return justify(vm, args, Justify::Right, "rjust");
}

Result<Ref<>> binary_zfill(Vm& vm, Args args)
{
    int64_t width = TRY(index_to_int64(vm, args[1], IndexOverflow::SsizeOverflow));
    std::string_view data = binary_view(args[0]);
    if (width <= int64_t(data.size()))
        return new_binary_like(vm, args[0], data);
    std::string out;
    size_t start = 0;
    if (!data.empty() && (data[0] == '+' || data[0] == '-')) {
        out += data[0];
        start = 1;
    }
    out.append(size_t(width) - data.size(), '0');
    out.append(data.substr(start));
    return new_binary_like(vm, args[0], out);
}

Result<Ref<>> binary_expandtabs(Vm& vm, Args args)
{
    int64_t tab_size = TRY(c_int_argument(vm, args[1]));
    std::string_view data = binary_view(args[0]);
    std::string out;
    int64_t column = 0;
    for (char c : data) {
        if (c == '\t') {
            if (tab_size > 0) {
                int64_t spaces = tab_size - column % tab_size;
                out.append(size_t(spaces), ' ');
                column += spaces;
            }
        } else {
            out += c;
            column = (c == '\n' || c == '\r') ? 0 : column + 1;
        }
    }
    return new_binary_like(vm, args[0], out);
}

Result<Ref<>> binary_lower(Vm& vm, Args args)
{
    return map_bytes(vm, args, to_lower);
}
Result<Ref<>> binary_upper(Vm& vm, Args args)
{
    return map_bytes(vm, args, to_upper);
}

Result<Ref<>> binary_swapcase(Vm& vm, Args args)
{
    return map_bytes(vm, args, [](uint8_t c) { return is_upper(c) ? to_lower(c) : to_upper(c); });
}

Result<Ref<>> binary_title(Vm& vm, Args args)
{
    bool previous_cased = false;
    return map_bytes(vm, args, [&](uint8_t c) {
        char mapped = previous_cased ? to_lower(c) : to_upper(c);
        previous_cased = is_alpha(c);
        return mapped;
    });
}

Result<Ref<>> binary_capitalize(Vm& vm, Args args)
{
    bool first = true;
    return map_bytes(vm, args, [&](uint8_t c) {
        char mapped = first ? to_upper(c) : to_lower(c);
        first = false;
        return mapped;
    });
}

Result<Ref<>> binary_isalnum(Vm&, Args args)
{
    return all_bytes(args, [](uint8_t c) { return is_alpha(c) || is_digit(c); });
}
Result<Ref<>> binary_isalpha(Vm&, Args args)
{
    return all_bytes(args, is_alpha);
}
Result<Ref<>> binary_isdigit(Vm&, Args args)
{
    return all_bytes(args, is_digit);
}
Result<Ref<>> binary_isspace(Vm&, Args args)
{
    return all_bytes(args, is_space);
}

Result<Ref<>> binary_isascii(Vm&, Args args)
{
    for (char c : binary_view(args[0])) {
        if (uint8_t(c) >= 0x80)
            return new_bool(false);
    }
    return new_bool(true);
}

Result<Ref<>> binary_islower(Vm&, Args args)
{
    bool cased = false;
    for (char c : binary_view(args[0])) {
        if (is_upper(uint8_t(c)))
            return new_bool(false);
        cased = cased || is_lower(uint8_t(c));
    }
    return new_bool(cased);
}

Result<Ref<>> binary_isupper(Vm&, Args args)
{
    bool cased = false;
    for (char c : binary_view(args[0])) {
        if (is_lower(uint8_t(c)))
            return new_bool(false);
        cased = cased || is_upper(uint8_t(c));
    }
    return new_bool(cased);
}

Result<Ref<>> binary_istitle(Vm&, Args args)
{
    bool cased = false;
    bool previous_cased = false;
    for (char ch : binary_view(args[0])) {
        uint8_t c = uint8_t(ch);
        if (is_upper(c)) {
            if (previous_cased)
                return new_bool(false);
            previous_cased = cased = true;
        } else if (is_lower(c)) {
            if (!previous_cased)
                return new_bool(false);
            previous_cased = cased = true;
        } else {
            previous_cased = false;
        }
    }
    return new_bool(cased);
}

Result<Ref<>> binary_translate(Vm& vm, Args args)
{
    std::string table;
    if (!is_none(args[1])) {
        table = TRY(bytes_argument(vm, args[1]));
        if (table.size() != 256)
            return vm.raise(ExceptionKind::ValueError, "translation table must be 256 characters long");
    }
    std::string deleted;
    if (args[2])
        deleted = TRY(bytes_argument(vm, args[2]));
    bool delete_set[256] = {};
    for (char c : deleted)
        delete_set[uint8_t(c)] = true;
    std::string_view data = binary_view(args[0]);
    std::string out;
    out.reserve(data.size());
    for (char c : data) {
        if (delete_set[uint8_t(c)])
            continue;
        out += table.empty() ? c : table[uint8_t(c)];
    }
    return new_binary_like(vm, args[0], out == data ? data : std::string_view(out));
}

Result<Ref<>> binary_maketrans(Vm& vm, Args args)
{
    std::string from = TRY(bytes_argument(vm, args[0]));
    std::string to = TRY(bytes_argument(vm, args[1]));
    if (from.size() != to.size())
        return vm.raise(ExceptionKind::ValueError, "maketrans arguments must have same length");
    std::string table(256, '\0');
    for (int i = 0; i < 256; ++i)
        table[size_t(i)] = char(i);
    for (size_t i = 0; i < from.size(); ++i)
        table[uint8_t(from[i])] = to[i];
    return upcast(new_bytes(vm, table));
}

Result<Ref<>> hex_with_separator(Vm& vm, std::string_view data, Value separator, Value bytes_per_separator)
{
    static char const digits[] = "0123456789abcdef";
    char separator_char = 0;
    if (separator) {
        if (is_str(separator)) {
            Str& text = as_str(separator);
            if (text.length != 1)
                return vm.raise(ExceptionKind::ValueError, "sep must be length 1.");
            if (text.at(0) >= 0x80)
                return vm.raise(ExceptionKind::ValueError, "sep must be ASCII.");
            separator_char = char(text.at(0));
        } else {
            auto view = bytes_like_view(separator);
            if (!view) {
                int64_t length = TRY(taipan::length(vm, separator));
                (void)length;
                return vm.raise(ExceptionKind::TypeError, "sep must be str or bytes.");
            }
            if (view->size() != 1)
                return vm.raise(ExceptionKind::ValueError, "sep must be length 1.");
            if (uint8_t((*view)[0]) >= 0x80)
                return vm.raise(ExceptionKind::ValueError, "sep must be ASCII.");
            separator_char = (*view)[0];
        }
    }
    int64_t group = TRY(index_to_int64(vm, bytes_per_separator, IndexOverflow::OverflowError));
    std::string out;
    out.reserve(data.size() * 3);
    int64_t size = int64_t(data.size());
    int64_t group_size = group < 0 ? -group : group;
    for (int64_t i = 0; i < size; ++i) {
        if (separator_char && group_size > 0 && i > 0) {
            // A positive count groups from the right, a negative one from the left.
            bool boundary = group > 0 ? (size - i) % group_size == 0 : i % group_size == 0;
            if (boundary)
                out += separator_char;
        }
        uint8_t byte = uint8_t(data[size_t(i)]);
        out += digits[byte >> 4];
        out += digits[byte & 0xF];
    }
    return upcast(new_str(vm, out));
}

Result<Ref<>> binary_hex(Vm& vm, Args args)
{
    std::string data(binary_view(args[0]));
    return hex_with_separator(vm, data, args[1], args[2]);
}

Result<Ref<>> binary_fromhex(Vm& vm, Args args)
{
    Value type = args[0];
    if (!is_str(args[1]))
        return vm.raise(
            ExceptionKind::TypeError, "fromhex() argument must be str, not " + argument_type_name(args[1]));
    Str& text = as_str(args[1]);
    std::string out;
    int64_t length = text.length;
    int64_t i = 0;
    while (true) {
        while (i < length && text.at(i) < 0x80 && is_space(uint8_t(text.at(i))))
            ++i;
        if (i >= length)
            break;
        int high = hex_value(text.at(i));
        if (high < 0)
            return vm.raise(ExceptionKind::ValueError,
                "non-hexadecimal number found in fromhex() arg at position " + std::to_string(i));
        int low = i + 1 < length ? hex_value(text.at(i + 1)) : -1;
        if (low < 0)
            return vm.raise(ExceptionKind::ValueError,
                "non-hexadecimal number found in fromhex() arg at position " + std::to_string(i + 1));
        out += char(high << 4 | low);
        i += 2;
    }
    Type* cls = static_cast<Type*>(type.as_object());
    if (cls == &bytes_type)
        return upcast(new_bytes(vm, out));
    if (cls == &bytearray_type)
        return upcast(new_bytearray(vm, out));
    // A subclass: cls(bytes) (bytes) or cls(bytearray) (bytearray), as CPython does.
    Ref<> value;
    if (is_subtype(cls, &bytearray_type))
        value = TRY(upcast(new_bytearray(vm, out)));
    else
        value = TRY(upcast(new_bytes(vm, out)));
    return call(vm, type, {value.value()});
}

Result<Ref<>> binary_decode(Vm& vm, Args args)
{
    // The receiver may be a bytearray that Python code (a codec error handler one day)
    // could resize, so decode a copy.
    std::string data(binary_view(args[0]));
    return upcast(decode_bytes(vm, data, args[1], args[2], args[0]));
}

Result<Ref<>> binary_mod(Vm& vm, Args args)
{
    std::string out = TRY(bytes_percent_format(vm, binary_view(args[0]), args[1]));
    if (is_bytearray(args[0]))
        return upcast(new_bytearray(vm, out));
    return upcast(new_bytes(vm, out));
}

// CPython: the remainder slot formats only when the left operand is the binary type.
Result<Ref<>> binary_rmod(Vm&, Args)
{
    return ref(not_implemented());
}

Result<Ref<>> binary_rich_compare(Vm& vm, Value self, Value other, int op)
{
    auto other_view = TRY(bytes_like_view_checked(vm, other));
    if (!other_view)
        return ref(not_implemented());
    std::string_view left = binary_view(self);
    std::string_view right = *other_view;
    auto comparison = static_cast<ComparisonOperator>(op);
    if (comparison == ComparisonOperator::Equal)
        return new_bool(left == right);
    if (comparison == ComparisonOperator::NotEqual)
        return new_bool(left != right);
    int order = left.compare(right);
    switch (comparison) {
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

} // namespace taipan
