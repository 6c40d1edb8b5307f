// Numbers from text: the str/bytes/bytearray arguments of int(), float() and complex(),
// with CPython's mapping of Unicode white space and decimal digits to ASCII, and error
// messages that quote the argument as it was given.
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/float_text.h"
#include "objects/numbers.h"
#include "objects/str.h"
#include "support/python_repr.h"
#include "support/unicode.h"
#include "support/utf8.h"
#include "vm/vm.h"

namespace taipan {

std::optional<NumberText> number_text(Value value)
{
    if (is_str(value)) {
        Str& text = as_str(value);
        if (text.is_ascii)
            return NumberText {std::string(text.ascii_view()), false};
        return NumberText {str_to_utf8(text), false};
    }
    if (is_bytes(value))
        return NumberText {std::string(as_bytes(value).view()), true};
    if (is_bytearray(value))
        return NumberText {std::string(as_bytearray(value).view()), true};
    return std::nullopt;
}

std::string ascii_number_image(std::string_view utf8)
{
    std::string image;
    image.reserve(utf8.size());
    for (size_t i = 0; i < utf8.size();) {
        auto decoded = utf8::decode(utf8, i);
        i += static_cast<size_t>(std::max(decoded.length, 1));
        char32_t c = decoded.code_point;
        if (c < 0x80) {
            image += static_cast<char>(c);
        } else if (unicode::is_space(c)) {
            image += ' ';
        } else if (int digit = unicode::decimal_value(c); digit >= 0) {
            image += static_cast<char>('0' + digit);
        } else {
            image += '?';
        }
    }
    return image;
}

static bool is_ascii(std::string_view text)
{
    for (char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

Result<Ref<>> int_from_text(Vm& vm, Value value, int base)
{
    auto text = number_text(value);
    if (!text)
        return vm.raise(ExceptionKind::TypeError, "int() can't convert non-string with explicit base");
    auto source = text->is_bytes ? IntLiteralSource::Bytes : IntLiteralSource::Str;
    int limit = int_max_str_digits(vm);
    ScopedMpz result;
    if (!text->is_bytes && !is_ascii(text->text)) {
        std::string image = ascii_number_image(text->text);
        auto parsed = bigint_from_string(result, image, base, limit, source);
        if (!parsed.is_error())
            return new_int_taking(vm, result);
        // The message quotes the argument as given: parse the original again, which
        // fails the same way (its non-ASCII characters are never digits there).
        if (parsed.error().message.starts_with("invalid literal"))
            parsed = bigint_from_string(result, text->text, base, limit, source);
        return raise_numeric_error(vm, parsed.error());
    }
    auto parsed = bigint_from_string(result, text->text, base, limit, source);
    if (parsed.is_error())
        return raise_numeric_error(vm, parsed.error());
    return new_int_taking(vm, result);
}

Result<std::optional<double>> float_from_text(Vm& vm, Value value)
{
    auto text = number_text(value);
    if (!text) {
        // Other bytes-like objects (memoryview) parse their bytes; the message shows
        // the object's repr.
        auto view = TRY(bytes_like_view_checked(vm, value));
        if (!view)
            return std::optional<double> {};
        auto parsed = parse_float(*view);
        if (!parsed.is_error())
            return std::optional<double> {parsed.value()};
        std::string quoted = TRY(repr_utf8(vm, value));
        return vm.raise(ExceptionKind::ValueError, "could not convert string to float: " + quoted);
    }
    std::string image
        = !text->is_bytes && !is_ascii(text->text) ? ascii_number_image(text->text) : std::string();
    auto parsed = parse_float(image.empty() ? std::string_view(text->text) : std::string_view(image));
    if (!parsed.is_error())
        return std::optional<double> {parsed.value()};
    std::string quoted = text->is_bytes ? python_bytes_repr(text->text) : python_str_repr(text->text);
    return vm.raise(ExceptionKind::ValueError, "could not convert string to float: " + quoted);
}

} // namespace taipan
