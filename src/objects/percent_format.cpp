// printf-style formatting: str % args and bytes % args (PEP 461). One parser walks
// the format for both; they differ in what %s, %r, %a and %c produce and in a few
// messages. The number conversions come from format_spec.h.
#include "objects/percent_format.h"

#include "objects/abstract.h"
#include "objects/bigint.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/format_spec.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/str_methods.h"
#include "objects/tuple.h"
#include "vm/vm.h"

#include <cstdio>
#include <limits>

namespace taipan {

namespace {

    // The digits of an int too large for int64_t.
    class BigIntDigits final : public IntegerDigits {
    public:
        explicit BigIntDigits(Value value)
        {
            mpz_init(m_value);
            int_to_mpz(value, m_value);
        }
        ~BigIntDigits() { mpz_clear(m_value); }
        BigIntDigits(BigIntDigits const&) = delete;
        BigIntDigits& operator=(BigIntDigits const&) = delete;

        bool is_negative() const override { return mpz_sgn(m_value) < 0; }
        void append_magnitude(std::string& out, int base) const override
        {
            mpz_t magnitude;
            mpz_init(magnitude);
            mpz_abs(magnitude, m_value);
            std::string digits(mpz_sizeinbase(magnitude, base) + 2, '\0');
            mpz_get_str(digits.data(), base, magnitude);
            out.append(digits.c_str());
            mpz_clear(magnitude);
        }
        FormatResult<double> to_double() const override
        {
            auto result = bigint_to_double(m_value);
            if (result.is_error())
                return Failure {FormatError {FormatError::Kind::OverflowError, result.error().message}};
            return result.value();
        }
        mpz_srcptr value() const { return m_value; }

    private:
        mpz_t m_value;
    };

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

    enum class Mode { Text, Binary };

    bool is_number(Value value)
    {
        if (is_int(value) || is_float(value))
            return true;
        Type* type = value.type();
        return type->lookup_special(SpecialMethod::Index) || type->lookup_special(SpecialMethod::Int)
            || type->lookup_special(SpecialMethod::Float);
    }

    struct PercentFormatter {
        Vm& vm;
        Mode mode;
        // The format as code points (str) or bytes; `at` reads either.
        Str* text = nullptr;
        std::string_view bytes;
        int64_t length = 0;
        // CPython's argument state: a tuple's items one by one, or a single value that
        // can be taken once (arglen -1); a mapping for %(key)s.
        Value args;
        int64_t arglen = 0;
        int64_t argidx = 0;
        Value mapping;
        Ref<> keyed_value; // the value of the last %(key), which becomes `args`
        // The result: code points for a str format (copied from strs without a detour
        // through UTF-8), bytes for a bytes format.
        StrBuilder text_out;
        std::string out;
        std::string number; // one conversion's text, reused for each number

        // The format's characters when each is one byte (bytes, or a str of kind 1), read
        // directly; null otherwise.
        uint8_t const* narrow = nullptr;

        char32_t at(int64_t index) const
        {
            if (narrow)
                return narrow[index];
            return mode == Mode::Text ? text->at(index) : uint8_t(bytes[size_t(index)]);
        }

        Result<Value> next_argument()
        {
            if (argidx < arglen) {
                ++argidx;
                if (arglen < 0)
                    return args;
                return as_tuple(args)[argidx - 1];
            }
            return vm.raise(ExceptionKind::TypeError, "not enough arguments for format string");
        }

        Result<int64_t> star_argument()
        {
            Value value = TRY(next_argument());
            if (!is_int(value))
                return vm.raise(ExceptionKind::TypeError, "* wants int");
            auto number = int_to_int64(value);
            if (!number || *number > std::numeric_limits<int32_t>::max()
                || *number < -std::numeric_limits<int32_t>::max())
                return vm.raise(ExceptionKind::OverflowError, "Python int too large to convert to C int");
            return *number;
        }

        // Appends text that is ASCII (numbers, '%').
        void append_ascii(std::string_view piece)
        {
            if (mode == Mode::Text)
                text_out.append_ascii(piece);
            else
                out.append(piece);
        }

        // %s, %r, %a and %c of a str format: the first `precision` code points of
        // `value`, padded with spaces to the width.
        void append_padded(Str const& value, PercentSpec const& spec)
        {
            int64_t length = value.length;
            if (spec.precision >= 0 && spec.precision < length)
                length = spec.precision;
            int64_t fill = spec.width - length;
            if (!spec.left)
                text_out.append_repeated(' ', fill);
            text_out.append_substring(value, 0, length);
            if (spec.left)
                text_out.append_repeated(' ', fill);
        }

        void pad_bytes(std::string_view data, PercentSpec const& spec)
        {
            if (spec.precision >= 0 && int64_t(data.size()) > spec.precision)
                data = data.substr(0, size_t(spec.precision));
            int64_t fill = spec.width - int64_t(data.size());
            if (fill > 0 && !spec.left)
                out.append(size_t(fill), ' ');
            out.append(data);
            if (fill > 0 && spec.left)
                out.append(size_t(fill), ' ');
        }

        Result<void> format_text_argument(Value value, PercentSpec const& spec)
        {
            if (mode == Mode::Text) {
                Ref<Str> text_value;
                if (spec.type == 's')
                    text_value = TRY(str(vm, value));
                else if (spec.type == 'r')
                    text_value = TRY(repr(vm, value));
                else
                    text_value = TRY(ascii(vm, value));
                append_padded(*text_value, spec);
                return {};
            }
            if (spec.type == 'r' || spec.type == 'a') {
                // The ASCII text of ascii(), whatever the letter.
                Ref<Str> text_value = TRY(ascii(vm, value));
                pad_bytes(text_value->ascii_view(), spec);
                return {};
            }
            auto view = TRY(bytes_like_view_checked(vm, value));
            if (view) {
                std::string copy(*view);
                pad_bytes(copy, spec);
                return {};
            }
            if (value.type()->lookup_special(SpecialMethod::Bytes)) {
                Ref<> converted = TRY(call_special(vm, SpecialMethod::Bytes, value));
                if (!is_bytes(converted.value()))
                    return vm.raise(ExceptionKind::TypeError,
                        "__bytes__ returned non-bytes (type " + type_name(converted.value()) + ")");
                pad_bytes(as_bytes(converted.value()).view(), spec);
                return {};
            }
            return vm.raise(ExceptionKind::TypeError,
                "%b requires a bytes-like object, or an object that implements __bytes__, not '"
                    + type_name(value) + "'");
        }

        Result<void> format_char_argument(Value value, PercentSpec spec)
        {
            // CPython ignores a precision for %c.
            spec.precision = -1;
            if (mode == Mode::Text) {
                char32_t code_point;
                if (is_str(value)) {
                    if (as_str(value).length != 1)
                        return vm.raise(ExceptionKind::TypeError, "%c requires int or char");
                    code_point = as_str(value).at(0);
                } else if (is_int(value)) {
                    auto number = int_to_int64(value);
                    if (!number || *number < 0 || *number > 0x10FFFF)
                        return vm.raise(ExceptionKind::OverflowError, "%c arg not in range(0x110000)");
                    code_point = char32_t(*number);
                } else {
                    return vm.raise(ExceptionKind::TypeError, "%c requires int or char");
                }
                append_padded(*single_char_str(vm, code_point), spec);
                return {};
            }
            if (is_bytes(value) || is_bytearray(value)) {
                std::string_view view = *bytes_like_view(value);
                if (view.size() == 1) {
                    std::string copy(view);
                    pad_bytes(copy, spec);
                    return {};
                }
            } else if (is_int(value) || value.type()->lookup_special(SpecialMethod::Index)) {
                Ref<> index = TRY(number_index(vm, value));
                auto number = int_to_int64(index.value());
                if (!number || *number < 0 || *number > 255)
                    return vm.raise(ExceptionKind::OverflowError, "%c arg not in range(256)");
                char byte = char(*number);
                pad_bytes(std::string_view(&byte, 1), spec);
                return {};
            }
            return vm.raise(
                ExceptionKind::TypeError, "%c requires an integer in range(256) or a single byte");
        }

        Result<void> format_int_argument(Value value, PercentSpec const& spec)
        {
            Ref<> integer;
            char type = spec.type;
            if (is_int(value)) {
                integer = ref(value);
            } else if (type == 'o' || type == 'x' || type == 'X') {
                if (!value.type()->lookup_special(SpecialMethod::Index))
                    return vm.raise(ExceptionKind::TypeError,
                        std::string("%") + type + " format: an integer is required, not " + type_name(value));
                integer = TRY(number_index(vm, value));
            } else {
                if (!is_number(value))
                    return vm.raise(ExceptionKind::TypeError,
                        std::string("%") + type + " format: a real number is required, not "
                            + type_name(value));
                integer = TRY(call(vm, Value(&int_type), {value}));
            }
            PercentSpec int_spec = spec;
            if (int_spec.type == 'i' || int_spec.type == 'u')
                int_spec.type = 'd';
            number.clear();
            if (auto small = int_to_int64(integer.value())) {
                percent_format_int(number, *small, int_spec);
                append_ascii(number);
                return {};
            }
            BigIntDigits digits(integer.value());
            if (int_spec.type == 'd') {
                // The int-to-decimal-string limit applies here as in str(int).
                auto checked = bigint_to_decimal(digits.value(), int_max_str_digits(vm));
                if (checked.is_error())
                    return vm.raise(ExceptionKind::ValueError, checked.error().message);
            }
            percent_format_int(number, digits, int_spec);
            append_ascii(number);
            return {};
        }

        Result<void> format_float_argument(Value value, PercentSpec const& spec)
        {
            double converted = TRY(to_double(vm, value));
            number.clear();
            auto formatted = percent_format_double(number, converted, spec);
            if (formatted.is_error())
                return raise_format_error(vm, formatted.error());
            append_ascii(number);
            return {};
        }

        // Reads digits for a width or precision; ValueError when it overflows.
        Result<int64_t> read_number(int64_t& position, char const* too_big)
        {
            int64_t value = 0;
            while (position < length && at(position) >= '0' && at(position) <= '9') {
                int digit = int(at(position) - '0');
                if (value > (std::numeric_limits<int32_t>::max() - digit) / 10)
                    return vm.raise(ExceptionKind::ValueError, too_big);
                value = value * 10 + digit;
                ++position;
            }
            return value;
        }

        Result<void> run()
        {
            int64_t position = 0;
            while (position < length) {
                char32_t c = at(position);
                if (c != '%') {
                    int64_t end = position + 1;
                    while (end < length && at(end) != '%')
                        ++end;
                    if (mode == Mode::Text) {
                        text_out.append_substring(*text, position, end);
                    } else {
                        out.append(bytes.substr(size_t(position), size_t(end - position)));
                    }
                    position = end;
                    continue;
                }
                ++position;
                if (position >= length)
                    return vm.raise(ExceptionKind::ValueError, "incomplete format");
                if (at(position) == '%') {
                    append_ascii("%");
                    ++position;
                    continue;
                }
                if (at(position) == '(') {
                    if (!mapping)
                        return vm.raise(ExceptionKind::TypeError, "format requires a mapping");
                    ++position;
                    int64_t key_start = position;
                    int depth = 1;
                    while (position < length && depth > 0) {
                        char32_t k = at(position);
                        if (k == ')')
                            --depth;
                        else if (k == '(')
                            ++depth;
                        ++position;
                    }
                    if (depth > 0)
                        return vm.raise(ExceptionKind::ValueError, "incomplete format key");
                    int64_t key_end = position - 1;
                    Ref<> key;
                    if (mode == Mode::Text)
                        key = TRY(str_substring(vm, *text, key_start, key_end));
                    else
                        key = TRY(
                            new_bytes(vm, bytes.substr(size_t(key_start), size_t(key_end - key_start))));
                    keyed_value = TRY(get_item(vm, mapping, key.value()));
                    args = keyed_value.value();
                    arglen = -1;
                    argidx = -2;
                }
                PercentSpec spec;
                while (position < length) {
                    char32_t flag = at(position);
                    if (flag == '-')
                        spec.left = true;
                    else if (flag == '+')
                        spec.plus = true;
                    else if (flag == ' ')
                        spec.space = true;
                    else if (flag == '#')
                        spec.alternate = true;
                    else if (flag == '0')
                        spec.zero = true;
                    else
                        break;
                    ++position;
                }
                if (position < length && at(position) == '*') {
                    int64_t width = TRY(star_argument());
                    if (width < 0) {
                        spec.left = true;
                        width = -width;
                    }
                    spec.width = width;
                    ++position;
                } else if (position < length && at(position) >= '0' && at(position) <= '9') {
                    spec.width = TRY(read_number(position, "width too big"));
                }
                if (position < length && at(position) == '.') {
                    ++position;
                    if (position < length && at(position) == '*') {
                        int64_t precision = TRY(star_argument());
                        spec.precision = precision < 0 ? 0 : precision;
                        ++position;
                    } else {
                        spec.precision = TRY(read_number(position, "precision too big"));
                    }
                }
                // Length modifiers are accepted and ignored.
                while (
                    position < length && (at(position) == 'h' || at(position) == 'l' || at(position) == 'L'))
                    ++position;
                if (position >= length)
                    return vm.raise(ExceptionKind::ValueError, "incomplete format");
                char32_t type = at(position);
                int64_t type_index = position;
                ++position;
                // CPython takes the argument before it looks at the conversion
                // character, so '%5%' % () complains about the missing argument.
                Value value = TRY(next_argument());
                switch (type) {
                case 's':
                case 'r':
                case 'a':
                case 'b':
                case 'c':
                case 'd':
                case 'i':
                case 'u':
                case 'o':
                case 'x':
                case 'X':
                case 'e':
                case 'E':
                case 'f':
                case 'F':
                case 'g':
                case 'G':
                    if (!(type == 'b' && mode == Mode::Text))
                        break;
                    [[fallthrough]];
                default: {
                    char display = (type >= 32 && type <= 126) ? char(type) : '?';
                    char buffer[96];
                    std::snprintf(buffer, sizeof buffer,
                        "unsupported format character '%c' (0x%x) at index %lld", display, unsigned(type),
                        static_cast<long long>(type_index));
                    return vm.raise(ExceptionKind::ValueError, buffer);
                }
                }
                spec.type = char(type == 'b' ? 's' : type);
                switch (type) {
                case 's':
                case 'r':
                case 'a':
                case 'b':
                    TRY(format_text_argument(value, spec));
                    break;
                case 'c':
                    TRY(format_char_argument(value, spec));
                    break;
                case 'd':
                case 'i':
                case 'u':
                case 'o':
                case 'x':
                case 'X':
                    TRY(format_int_argument(value, spec));
                    break;
                default:
                    TRY(format_float_argument(value, spec));
                    break;
                }
            }
            if (argidx < arglen && !mapping)
                return vm.raise(ExceptionKind::TypeError,
                    mode == Mode::Text ? "not all arguments converted during string formatting"
                                       : "not all arguments converted during bytes formatting");
            return {};
        }

        void set_arguments(Value value)
        {
            if (is_tuple(value)) {
                args = value;
                arglen = as_tuple(value).size;
                argidx = 0;
            } else {
                args = value;
                arglen = -1;
                argidx = -2;
            }
            // CPython's PyMapping_Check: anything with __getitem__ except tuples and the
            // format's own type.
            bool own_type = mode == Mode::Text ? is_str(value) : is_bytes(value);
            if (!is_tuple(value) && !own_type && value.type()->lookup_special(SpecialMethod::GetItem))
                mapping = value;
        }
    };

} // namespace

Result<Ref<Str>> str_percent_format(Vm& vm, Str& format, Value args)
{
    PercentFormatter formatter {
        vm, Mode::Text, &format, {}, format.length, {}, 0, 0, {}, {}, {}, {}, {}, nullptr};
    formatter.text_out.reserve(format.length);
    if (format.kind == 1)
        formatter.narrow = format.data();
    formatter.set_arguments(args);
    TRY(formatter.run());
    return formatter.text_out.build(vm);
}

Result<std::string> bytes_percent_format(Vm& vm, std::string_view format, Value args)
{
    // The format may live in a bytearray that Python code run by the conversions could
    // resize, so the formatter reads a copy.
    std::string copy(format);
    PercentFormatter formatter {
        vm, Mode::Binary, nullptr, copy, int64_t(copy.size()), {}, 0, 0, {}, {}, {}, {}, {}, nullptr};
    formatter.narrow = reinterpret_cast<uint8_t const*>(copy.data());
    formatter.set_arguments(args);
    TRY(formatter.run());
    return std::move(formatter.out);
}

} // namespace taipan
