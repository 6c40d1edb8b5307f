// The text builtins: chr, ord, ascii, repr and format (str and bytes themselves are
// types, in objects/).
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/native.h"
#include "objects/sequence.h"
#include "objects/str.h"
#include "objects/str_methods.h"
#include "vm/vm.h"

#include <limits>
#include <span>

namespace taipan {

namespace {

    Result<Ref<>> builtin_chr(Vm& vm, Args args)
    {
        int64_t code_point = TRY(c_int_argument(vm, args[0]));
        if (code_point < 0 || code_point > 0x10FFFF)
            return vm.raise(ExceptionKind::ValueError, "chr() arg not in range(0x110000)");
        return Ref<>(single_char_str(vm, char32_t(code_point)));
    }

    Result<Ref<>> builtin_ord(Vm& vm, Args args)
    {
        Value value = args[0];
        int64_t length;
        if (is_str(value)) {
            Str& text = as_str(value);
            if (text.length == 1)
                return new_int(int64_t(text.at(0)));
            length = text.length;
        } else if (is_bytes(value) || is_bytearray(value)) {
            std::string_view data = *bytes_like_view(value);
            if (data.size() == 1)
                return new_int(uint8_t(data[0]));
            length = int64_t(data.size());
        } else {
            return vm.raise(ExceptionKind::TypeError,
                "ord() expected string of length 1, but " + type_name(value) + " found");
        }
        return vm.raise(ExceptionKind::TypeError,
            "ord() expected a character, but string of length " + std::to_string(length) + " found");
    }

    Result<Ref<>> builtin_ascii(Vm& vm, Args args)
    {
        Ref<Str> text = TRY(ascii(vm, args[0]));
        return Ref<>(std::move(text));
    }

    Result<Ref<>> builtin_repr(Vm& vm, Args args)
    {
        Ref<Str> text = TRY(repr(vm, args[0]));
        return Ref<>(std::move(text));
    }

    Result<Ref<>> builtin_format(Vm& vm, Args args)
    {
        if (!is_str(args[1]))
            return vm.raise(ExceptionKind::TypeError,
                "format() argument 2 must be str, not " + argument_type_name(args[1]));
        Ref<Str> text = TRY(format(vm, args[0], &as_str(args[1])));
        return Ref<>(std::move(text));
    }

    constexpr NativeMethod text_functions[] = {
        {"chr(i, /)", builtin_chr},
        {"ord(c, /)", builtin_ord},
        {"ascii(obj, /)", builtin_ascii},
        {"repr(obj, /)", builtin_repr},
        {"format(value, format_spec='', /)", builtin_format},
    };

} // namespace

extern std::span<NativeMethod const> const builtins_text_functions;
std::span<NativeMethod const> const builtins_text_functions = text_functions;

} // namespace taipan
