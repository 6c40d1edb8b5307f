// str.format and str.format_map: the replacement-field grammar
// ({field_name!conversion:format_spec}, with .attribute and [key] lookups, automatic
// numbering and nested fields in the spec) with CPython's errors, and str.__format__.
#include "objects/str_methods.h"

#include "objects/abstract.h"
#include "objects/containers.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/format_spec.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/tuple.h"
#include "support/unicode.h"
#include "vm/vm.h"

#include <limits>

namespace taipan {

namespace {

    Raised raise_format_error(Vm& vm, FormatError const& error)
    {
        switch (error.kind) {
        case FormatError::Kind::ValueError:
            return vm.raise(ExceptionKind::ValueError, error.message);
        case FormatError::Kind::TypeError:
            return vm.raise(ExceptionKind::TypeError, error.message);
        case FormatError::Kind::OverflowError:
            return vm.raise(ExceptionKind::OverflowError, error.message);
        }
        return vm.raise(ExceptionKind::ValueError, error.message);
    }

    // A range of code points of the format string.
    struct Span {
        int64_t start = 0;
        int64_t end = 0;
        int64_t size() const { return end - start; }
        bool empty() const { return start >= end; }
    };

    enum class Numbering { Unset, Automatic, Manual };

    struct Formatter {
        Vm& vm;
        Tuple* positional; // null for format_map
        Value keywords; // a dict (format), a mapping (format_map) or null
        bool is_format_map;
        Numbering numbering = Numbering::Unset;
        int64_t next_automatic = 0;
        std::string scratch; // the UTF-8 text of a built-in type's field

        Raised value_error(char const* message) { return vm.raise(ExceptionKind::ValueError, message); }

        // The value of decimal digits (Unicode decimals included), -1 when `span` holds
        // anything else; -2 when the number is too large.
        static int64_t decimal_number(Str const& text, Span span)
        {
            if (span.empty())
                return -1;
            int64_t value = 0;
            for (int64_t i = span.start; i < span.end; ++i) {
                char32_t c = text.at(i);
                int digit = c < 128 ? (c >= '0' && c <= '9' ? int(c - '0') : -1) : unicode::decimal_value(c);
                if (digit < 0)
                    return -1;
                if (value > (std::numeric_limits<int64_t>::max() - digit) / 10)
                    return -2;
                value = value * 10 + digit;
            }
            return value;
        }

        Result<Ref<>> positional_argument(int64_t index)
        {
            if (!positional)
                return value_error("Format string contains positional fields");
            if (index >= positional->size)
                return vm.raise(ExceptionKind::IndexError,
                    "Replacement index " + std::to_string(index) + " out of range for positional args tuple");
            return ref((*positional)[index]);
        }

        Result<Ref<>> keyword_argument(Str& text, Span span)
        {
            Ref<Str> key = TRY(str_substring(vm, text, span.start, span.end));
            if (!keywords)
                return raise_key_error(vm, key.value());
            if (is_format_map)
                return get_item(vm, keywords, key.value());
            Value found = TRY(dict_get_item(vm, as_dict(keywords), key.value()));
            if (!found)
                return raise_key_error(vm, key.value());
            return ref(found);
        }

        // The object a field name designates: the argument, then each .attribute and
        // [key] applied in turn (lazily, so an error later in the name comes after the
        // lookups before it, as in CPython).
        Result<Ref<>> resolve_field(Str& text, Span name)
        {
            int64_t first_end = name.start;
            while (first_end < name.end && text.at(first_end) != '.' && text.at(first_end) != '[')
                ++first_end;
            Span first {name.start, first_end};
            Ref<> object;
            if (first.empty()) {
                if (numbering == Numbering::Manual)
                    return value_error(
                        "cannot switch from manual field specification to automatic field numbering");
                numbering = Numbering::Automatic;
                object = TRY(positional_argument(next_automatic++));
            } else {
                int64_t index = decimal_number(text, first);
                if (index == -2)
                    return value_error("Too many decimal digits in format string");
                if (index >= 0) {
                    if (numbering == Numbering::Automatic)
                        return value_error(
                            "cannot switch from automatic field numbering to manual field specification");
                    numbering = Numbering::Manual;
                    object = TRY(positional_argument(index));
                } else {
                    object = TRY(keyword_argument(text, first));
                }
            }
            int64_t position = first_end;
            while (position < name.end) {
                char32_t c = text.at(position++);
                if (c == '.') {
                    int64_t start = position;
                    while (position < name.end && text.at(position) != '.' && text.at(position) != '[')
                        ++position;
                    if (position == start)
                        return value_error("Empty attribute in format string");
                    Ref<Str> attribute = TRY(str_substring(vm, text, start, position));
                    Ref<Str> interned = vm.intern(*attribute);
                    object = TRY(get_attribute(vm, object.value(), *interned));
                } else if (c == '[') {
                    int64_t start = position;
                    while (position < name.end && text.at(position) != ']')
                        ++position;
                    if (position >= name.end)
                        return value_error("Missing ']' in format string");
                    if (position == start)
                        return value_error("Empty attribute in format string");
                    Span key_span {start, position};
                    ++position;
                    int64_t index = decimal_number(text, key_span);
                    if (index == -2)
                        return value_error("Too many decimal digits in format string");
                    Ref<> key;
                    if (index >= 0)
                        key = new_int(index);
                    else
                        key = TRY(str_substring(vm, text, key_span.start, key_span.end));
                    object = TRY(get_item(vm, object.value(), key.value()));
                    if (position < name.end && text.at(position) != '.' && text.at(position) != '[')
                        return value_error("Only '.' or '[' may follow ']' in format field specifier");
                } else {
                    return value_error("Only '.' or '[' may follow ']' in format field specifier");
                }
            }
            return object;
        }

        Result<void> render_field(StrBuilder& out, Str& text, Span name, char32_t conversion, Span spec,
            bool spec_needs_expanding, int depth)
        {
            Ref<> object = TRY(resolve_field(text, name));
            switch (conversion) {
            case 0:
                break;
            case 'r':
                object = TRY(repr(vm, object.value()));
                break;
            case 's':
                object = TRY(str(vm, object.value()));
                break;
            case 'a':
                object = TRY(ascii(vm, object.value()));
                break;
            default: {
                std::string message = "Unknown conversion specifier ";
                if (conversion > 32 && conversion < 127) {
                    message += char(conversion);
                } else {
                    char buffer[16];
                    std::snprintf(buffer, sizeof buffer, "\\x%x", unsigned(conversion));
                    message += buffer;
                }
                return vm.raise(ExceptionKind::ValueError, message);
            }
            }
            Value value = object.value();
            if (!spec_needs_expanding && text.is_ascii
                && (is_exact_int(value) || is_exact_float(value) || is_exact_str(value))) {
                if (spec.empty() && is_exact_str(value)) {
                    out.append(as_str(value));
                    return {};
                }
                // The spec is read in place and the text goes straight into `out`: no
                // str is made for either.
                scratch.clear();
                TRY(format_builtin_append(
                    vm, scratch, value, text.ascii_view().substr(size_t(spec.start), size_t(spec.size()))));
                out.append_utf8(scratch);
                return {};
            }
            Ref<Str> spec_text;
            if (spec_needs_expanding) {
                StrBuilder expanded;
                TRY(build(expanded, text, spec, depth - 1));
                spec_text = TRY(expanded.build(vm));
            } else {
                spec_text = TRY(str_substring(vm, text, spec.start, spec.end));
            }
            if (spec_text->length == 0 && is_exact_str(object.value())) {
                out.append(as_str(object.value()));
                return {};
            }
            Ref<Str> formatted = TRY(format(vm, object.value(), spec_text.get()));
            out.append(*formatted);
            return {};
        }

        // Renders text[span] into `out`; `depth` limits nested fields in specs.
        Result<void> build(StrBuilder& out, Str& text, Span span, int depth)
        {
            if (depth <= 0)
                return value_error("Max string recursion exceeded");
            int64_t position = span.start;
            int64_t end = span.end;
            while (position < end) {
                char32_t c = text.at(position);
                if (c != '{' && c != '}') {
                    int64_t literal_end = position + 1;
                    while (literal_end < end && text.at(literal_end) != '{' && text.at(literal_end) != '}')
                        ++literal_end;
                    out.append_substring(text, position, literal_end);
                    position = literal_end;
                    continue;
                }
                ++position;
                if (c == '}') {
                    if (position < end && text.at(position) == '}') {
                        out.append_code_point('}');
                        ++position;
                        continue;
                    }
                    return value_error("Single '}' encountered in format string");
                }
                if (position >= end)
                    return value_error("Single '{' encountered in format string");
                if (text.at(position) == '{') {
                    out.append_code_point('{');
                    ++position;
                    continue;
                }
                // A replacement field: its name runs to '}', ':' or '!' (a [key] may hold
                // any of them).
                Span name {position, position};
                char32_t last = 0;
                while (position < end) {
                    last = text.at(position++);
                    if (last == '{')
                        return value_error("unexpected '{' in field name");
                    if (last == '[') {
                        while (position < end && text.at(position) != ']')
                            ++position;
                        continue;
                    }
                    if (last == '}' || last == ':' || last == '!')
                        break;
                }
                name.end = (last == '}' || last == ':' || last == '!') ? position - 1 : position;
                char32_t conversion = 0;
                Span spec {position, position};
                bool spec_needs_expanding = false;
                if (last == '!' || last == ':') {
                    bool closed = false;
                    if (last == '!') {
                        if (position >= end)
                            return value_error("end of string while looking for conversion specifier");
                        conversion = text.at(position++);
                        if (position < end) {
                            char32_t after = text.at(position++);
                            if (after == '}')
                                closed = true;
                            else if (after != ':')
                                return value_error("expected ':' after conversion specifier");
                        }
                    }
                    if (!closed) {
                        spec.start = position;
                        int count = 1;
                        while (position < end) {
                            char32_t s = text.at(position++);
                            if (s == '{') {
                                spec_needs_expanding = true;
                                ++count;
                            } else if (s == '}' && --count == 0) {
                                break;
                            }
                        }
                        if (count != 0)
                            return value_error("unmatched '{' in format spec");
                        spec.end = position - 1;
                    } else {
                        spec = {position, position};
                    }
                } else if (last != '}') {
                    return value_error("expected '}' before end of string");
                }
                TRY(render_field(out, text, name, conversion, spec, spec_needs_expanding, depth));
            }
            return {};
        }
    };

} // namespace

Result<Ref<>> str_format_method(Vm& vm, Args args)
{
    Str& text = as_str(args[0]);
    Formatter formatter {vm, &as_tuple(args[1]), args[2], false, Numbering::Unset, 0, {}};
    StrBuilder out;
    out.reserve(text.length);
    TRY(formatter.build(out, text, {0, text.length}, 2));
    Ref<Str> result = TRY(out.build(vm));
    return Ref<>(std::move(result));
}

Result<Ref<>> str_format_map(Vm& vm, Args args)
{
    Str& text = as_str(args[0]);
    Formatter formatter {vm, nullptr, args[1], true, Numbering::Unset, 0, {}};
    StrBuilder out;
    out.reserve(text.length);
    TRY(formatter.build(out, text, {0, text.length}, 2));
    Ref<Str> result = TRY(out.build(vm));
    return Ref<>(std::move(result));
}

Result<Ref<>> str_dunder_format(Vm& vm, Args args)
{
    Str& self = as_str(args[0]);
    if (!is_str(args[1]))
        return vm.raise(ExceptionKind::TypeError,
            "__format__() argument must be str, not " + argument_type_name(args[1]));
    Str& spec = as_str(args[1]);
    // CPython: an empty spec gives str(self), which a subclass's __str__ may override.
    if (spec.length == 0) {
        Ref<Str> text = TRY(str(vm, args[0]));
        return Ref<>(std::move(text));
    }
    std::string out;
    auto formatted = format_str(out, str_to_utf8(self), str_to_utf8(spec), type_name(args[0]));
    if (formatted.is_error())
        return raise_format_error(vm, formatted.error());
    Ref<Str> result = TRY(new_str(vm, out));
    return Ref<>(std::move(result));
}

} // namespace taipan
