// str's case mappings (lower, upper, casefold, swapcase, title, capitalize, with
// special casing and the final-sigma rule), its character-class predicates (isalpha,
// isdigit, islower, istitle...), translate/maketrans, expandtabs and zfill.
#include "objects/str_methods.h"

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/sequence.h"
#include "support/unicode.h"
#include "vm/vm.h"

#include <limits>
#include <unordered_map>

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

    bool ascii_lower(char32_t c)
    {
        return c >= 'a' && c <= 'z';
    }
    bool ascii_upper(char32_t c)
    {
        return c >= 'A' && c <= 'Z';
    }

    // --- case mappings ---

    constexpr char32_t capital_sigma = 0x3A3;
    constexpr char32_t small_sigma = 0x3C3;
    constexpr char32_t final_sigma = 0x3C2;

    // The Final_Sigma condition of Unicode's SpecialCasing: a capital sigma preceded by
    // a cased letter and not followed by one, case-ignorable characters skipped.
    bool is_final_sigma(Str const& str, int64_t index)
    {
        int64_t before = index - 1;
        while (before >= 0 && unicode::is_case_ignorable(str.at(before)))
            --before;
        if (before < 0 || !unicode::is_cased(str.at(before)))
            return false;
        int64_t after = index + 1;
        while (after < str.length && unicode::is_case_ignorable(str.at(after)))
            ++after;
        return after == str.length || !unicode::is_cased(str.at(after));
    }

    void append_lower(StrBuilder& out, Str const& str, int64_t index)
    {
        char32_t c = str.at(index);
        if (c == capital_sigma) {
            out.append_code_point(is_final_sigma(str, index) ? final_sigma : small_sigma);
            return;
        }
        char32_t mapped[3];
        int count = unicode::to_lower_full(c, mapped);
        for (int i = 0; i < count; ++i)
            out.append_code_point(mapped[i]);
    }

    void append_mapped(StrBuilder& out, char32_t c, int (*mapping)(char32_t, char32_t[3]))
    {
        char32_t mapped[3];
        int count = mapping(c, mapped);
        for (int i = 0; i < count; ++i)
            out.append_code_point(mapped[i]);
    }

    enum class CaseOperation { Lower, Upper, Fold, Swap, Title, Capitalize };

    // ASCII text maps byte by byte to ASCII text of the same length; one loop per
    // operation keeps the per-character work to a compare and an add.
    Result<Ref<Str>> ascii_case(Vm& vm, Str const& str, CaseOperation operation)
    {
        Ref<Str> result = TRY(allocate_str(vm, str.length, 1, true));
        uint8_t const* in = str.data();
        uint8_t* out = result->data();
        int64_t length = str.length;
        auto lower = [](uint8_t c) { return uint8_t(c >= 'A' && c <= 'Z' ? c + 32 : c); };
        auto upper = [](uint8_t c) { return uint8_t(c >= 'a' && c <= 'z' ? c - 32 : c); };
        switch (operation) {
        case CaseOperation::Lower:
        case CaseOperation::Fold:
            for (int64_t i = 0; i < length; ++i)
                out[i] = lower(in[i]);
            break;
        case CaseOperation::Upper:
            for (int64_t i = 0; i < length; ++i)
                out[i] = upper(in[i]);
            break;
        case CaseOperation::Swap:
            for (int64_t i = 0; i < length; ++i)
                out[i] = ascii_upper(in[i]) ? lower(in[i]) : upper(in[i]);
            break;
        case CaseOperation::Title: {
            bool previous_cased = false;
            for (int64_t i = 0; i < length; ++i) {
                uint8_t c = in[i];
                out[i] = previous_cased ? lower(c) : upper(c);
                previous_cased = ascii_lower(c) || ascii_upper(c);
            }
            break;
        }
        case CaseOperation::Capitalize:
            out[0] = upper(in[0]);
            for (int64_t i = 1; i < length; ++i)
                out[i] = lower(in[i]);
            break;
        }
        return result;
    }

    Result<Ref<>> convert_case(Vm& vm, Str const& str, CaseOperation operation)
    {
        if (str.length == 0)
            return Ref<>(empty_str());
        if (str.is_ascii && str.length == 1) {
            // One character: the cached one-character strs, no allocation.
            char32_t c = str.at(0);
            bool upper = operation == CaseOperation::Upper || operation == CaseOperation::Title
                || operation == CaseOperation::Capitalize
                || (operation == CaseOperation::Swap && ascii_lower(c));
            if (upper && ascii_lower(c))
                c -= 32;
            else if (!upper && ascii_upper(c))
                c += 32;
            return Ref<>(single_char_str(vm, c));
        }
        if (str.is_ascii)
            return upcast(ascii_case(vm, str, operation));
        StrBuilder out;
        out.reserve(str.length);
        bool previous_cased = false;
        for (int64_t i = 0; i < str.length; ++i) {
            char32_t c = str.at(i);
            switch (operation) {
            case CaseOperation::Lower:
                append_lower(out, str, i);
                break;
            case CaseOperation::Upper:
                append_mapped(out, c, unicode::to_upper_full);
                break;
            case CaseOperation::Fold:
                append_mapped(out, c, unicode::to_fold_full);
                break;
            case CaseOperation::Swap:
                if (unicode::is_upper(c))
                    append_lower(out, str, i);
                else if (unicode::is_lower(c))
                    append_mapped(out, c, unicode::to_upper_full);
                else
                    out.append_code_point(c);
                break;
            case CaseOperation::Title:
                if (previous_cased)
                    append_lower(out, str, i);
                else
                    append_mapped(out, c, unicode::to_title_full);
                previous_cased = unicode::is_cased(c);
                break;
            case CaseOperation::Capitalize:
                // CPython (3.8+): the first character goes to title case, not upper case.
                if (i == 0)
                    append_mapped(out, c, unicode::to_title_full);
                else
                    append_lower(out, str, i);
                break;
            }
        }
        return upcast(out.build(vm));
    }

    // --- predicates ---

    template<typename Predicate>
    Result<Ref<>> all_chars(Str const& str, Predicate&& predicate)
    {
        if (str.length == 0)
            return new_bool(false);
        for (int64_t i = 0; i < str.length; ++i) {
            if (!predicate(str.at(i)))
                return new_bool(false);
        }
        return new_bool(true);
    }

    bool is_alnum(char32_t c)
    {
        if (c < 128)
            return (c >= '0' && c <= '9') || ascii_lower(c) || ascii_upper(c);
        return unicode::is_alpha(c) || unicode::is_decimal(c) || unicode::is_digit(c)
            || unicode::is_numeric(c);
    }

    bool is_alpha(char32_t c)
    {
        return c < 128 ? ascii_lower(c) || ascii_upper(c) : unicode::is_alpha(c);
    }
    bool is_decimal(char32_t c)
    {
        return c < 128 ? c >= '0' && c <= '9' : unicode::is_decimal(c);
    }
    bool is_digit(char32_t c)
    {
        return c < 128 ? c >= '0' && c <= '9' : unicode::is_digit(c);
    }
    bool is_numeric(char32_t c)
    {
        return c < 128 ? c >= '0' && c <= '9' : unicode::is_numeric(c);
    }
    bool is_lower(char32_t c)
    {
        return c < 128 ? ascii_lower(c) : unicode::is_lower(c);
    }
    bool is_upper(char32_t c)
    {
        return c < 128 ? ascii_upper(c) : unicode::is_upper(c);
    }
    bool is_title(char32_t c)
    {
        return c >= 128 && unicode::is_title(c);
    }

    // --- translate ---

    // What one code point translates to: itself (unmapped), nothing, or a str.
    struct Translation {
        enum class Kind : uint8_t { Keep, Delete, CodePoint, Text } kind = Kind::Keep;
        char32_t code_point = 0;
        Ref<Str> text;
    };

    Result<Translation> translate_code_point(Vm& vm, Value table, char32_t c)
    {
        Ref<> key = new_int(int64_t(c));
        auto looked_up = get_item(vm, table, key.value());
        if (looked_up.is_error()) {
            if (vm.pending_exception_matches(ExceptionKind::LookupError)) {
                (void)vm.take_pending_exception();
                return Translation {};
            }
            return Failure {looked_up.release_error()};
        }
        Ref<> value = looked_up.release_value();
        Translation translation;
        if (is_none(value.value())) {
            translation.kind = Translation::Kind::Delete;
        } else if (is_int(value.value())) {
            auto number = int_to_int64(value.value());
            if (!number || *number < 0 || *number > 0x10FFFF)
                return vm.raise(ExceptionKind::ValueError, "character mapping must be in range(0x110000)");
            translation.kind = Translation::Kind::CodePoint;
            translation.code_point = char32_t(*number);
        } else if (is_str(value.value())) {
            translation.kind = Translation::Kind::Text;
            translation.text = ref(&as_str(value.value()));
        } else {
            return vm.raise(ExceptionKind::TypeError, "character mapping must return integer, None or str");
        }
        return translation;
    }

} // namespace

Result<Ref<>> str_lower(Vm& vm, Args args)
{
    return convert_case(vm, self_str(args), CaseOperation::Lower);
}
Result<Ref<>> str_upper(Vm& vm, Args args)
{
    return convert_case(vm, self_str(args), CaseOperation::Upper);
}
Result<Ref<>> str_casefold(Vm& vm, Args args)
{
    return convert_case(vm, self_str(args), CaseOperation::Fold);
}
Result<Ref<>> str_swapcase(Vm& vm, Args args)
{
    return convert_case(vm, self_str(args), CaseOperation::Swap);
}
Result<Ref<>> str_title(Vm& vm, Args args)
{
    return convert_case(vm, self_str(args), CaseOperation::Title);
}
Result<Ref<>> str_capitalize(Vm& vm, Args args)
{
    return convert_case(vm, self_str(args), CaseOperation::Capitalize);
}

Result<Ref<>> str_isalnum(Vm&, Args args)
{
    return all_chars(self_str(args), is_alnum);
}
Result<Ref<>> str_isalpha(Vm&, Args args)
{
    return all_chars(self_str(args), is_alpha);
}
Result<Ref<>> str_isascii(Vm&, Args args)
{
    return new_bool(self_str(args).is_ascii);
}
Result<Ref<>> str_isdecimal(Vm&, Args args)
{
    return all_chars(self_str(args), is_decimal);
}
Result<Ref<>> str_isdigit(Vm&, Args args)
{
    return all_chars(self_str(args), is_digit);
}
Result<Ref<>> str_isnumeric(Vm&, Args args)
{
    return all_chars(self_str(args), is_numeric);
}
Result<Ref<>> str_isspace(Vm&, Args args)
{
    return all_chars(self_str(args), str_is_space);
}

Result<Ref<>> str_isprintable(Vm&, Args args)
{
    Str const& str = self_str(args);
    for (int64_t i = 0; i < str.length; ++i) {
        char32_t c = str.at(i);
        bool printable = c < 128 ? c >= 0x20 && c < 0x7F : unicode::is_printable(c);
        if (!printable)
            return new_bool(false);
    }
    return new_bool(true);
}

Result<Ref<>> str_islower(Vm&, Args args)
{
    Str const& str = self_str(args);
    bool cased = false;
    for (int64_t i = 0; i < str.length; ++i) {
        char32_t c = str.at(i);
        if (is_upper(c) || is_title(c))
            return new_bool(false);
        cased = cased || is_lower(c);
    }
    return new_bool(cased);
}

Result<Ref<>> str_isupper(Vm&, Args args)
{
    Str const& str = self_str(args);
    bool cased = false;
    for (int64_t i = 0; i < str.length; ++i) {
        char32_t c = str.at(i);
        if (is_lower(c) || is_title(c))
            return new_bool(false);
        cased = cased || is_upper(c);
    }
    return new_bool(cased);
}

Result<Ref<>> str_istitle(Vm&, Args args)
{
    Str const& str = self_str(args);
    bool cased = false;
    bool previous_cased = false;
    for (int64_t i = 0; i < str.length; ++i) {
        char32_t c = str.at(i);
        if (is_upper(c) || is_title(c)) {
            if (previous_cased)
                return new_bool(false);
            previous_cased = true;
            cased = true;
        } else if (is_lower(c)) {
            if (!previous_cased)
                return new_bool(false);
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    return new_bool(cased);
}

bool str_is_identifier(Str const& str)
{
    if (str.length == 0)
        return false;
    char32_t first = str.at(0);
    if (!(first == '_' || unicode::is_xid_start(first)))
        return false;
    for (int64_t i = 1; i < str.length; ++i) {
        if (!unicode::is_xid_continue(str.at(i)))
            return false;
    }
    return true;
}

Result<Ref<>> str_isidentifier(Vm&, Args args)
{
    return new_bool(str_is_identifier(self_str(args)));
}

Result<Ref<>> str_translate(Vm& vm, Args args)
{
    Str& str = self_str(args);
    Value table = args[1];
    // Each distinct code point is looked up once: texts repeat characters a lot.
    std::unordered_map<char32_t, Translation> cache;
    StrBuilder out;
    out.reserve(str.length);
    bool changed = false;
    for (int64_t i = 0; i < str.length; ++i) {
        char32_t c = str.at(i);
        auto found = cache.find(c);
        if (found == cache.end()) {
            Translation translation = TRY(translate_code_point(vm, table, c));
            found = cache.emplace(c, std::move(translation)).first;
        }
        Translation const& translation = found->second;
        switch (translation.kind) {
        case Translation::Kind::Keep:
            out.append_code_point(c);
            break;
        case Translation::Kind::Delete:
            changed = true;
            break;
        case Translation::Kind::CodePoint:
            changed = true;
            out.append_code_point(translation.code_point);
            break;
        case Translation::Kind::Text:
            changed = true;
            out.append(*translation.text);
            break;
        }
    }
    if (!changed)
        return upcast(str_exact_copy(vm, str));
    return upcast(out.build(vm));
}

Result<Ref<>> str_maketrans(Vm& vm, Args args)
{
    Value x = args[0];
    Value y = args[1];
    Value z = args[2];
    Ref<Dict> result = TRY(new_dict(vm));
    if (!y) {
        if (!is_dict(x))
            return vm.raise(
                ExceptionKind::TypeError, "if you give only one argument to maketrans it must be a dict");
        int64_t position = 0;
        Value key;
        Value value;
        while (dict_next(as_dict(x), position, key, value)) {
            Ref<> held_value = ref(value);
            if (is_str(key)) {
                if (as_str(key).length != 1)
                    return vm.raise(
                        ExceptionKind::ValueError, "string keys in translate table must be of length 1");
                Ref<> number = new_int(int64_t(as_str(key).at(0)));
                TRY(dict_set_item(vm, *result, number.value(), held_value.value()));
            } else if (is_int(key)) {
                TRY(dict_set_item(vm, *result, key, held_value.value()));
            } else {
                return vm.raise(
                    ExceptionKind::TypeError, "keys in translate table must be strings or integers");
            }
        }
        return Ref<>(std::move(result));
    }
    if (!is_str(x))
        return vm.raise(ExceptionKind::TypeError,
            "first maketrans argument must be a string if there is a second argument");
    if (!is_str(y))
        return vm.raise(
            ExceptionKind::TypeError, "maketrans() argument 2 must be str, not " + argument_type_name(y));
    Str& from = as_str(x);
    Str& to = as_str(y);
    if (from.length != to.length)
        return vm.raise(
            ExceptionKind::ValueError, "the first two maketrans arguments must have equal length");
    for (int64_t i = 0; i < from.length; ++i) {
        Ref<> key = new_int(int64_t(from.at(i)));
        Ref<> value = new_int(int64_t(to.at(i)));
        TRY(dict_set_item(vm, *result, key.value(), value.value()));
    }
    if (z) {
        if (!is_str(z))
            return vm.raise(
                ExceptionKind::TypeError, "maketrans() argument 3 must be str, not " + argument_type_name(z));
        Str& deleted = as_str(z);
        for (int64_t i = 0; i < deleted.length; ++i) {
            Ref<> key = new_int(int64_t(deleted.at(i)));
            TRY(dict_set_item(vm, *result, key.value(), none()));
        }
    }
    return Ref<>(std::move(result));
}

Result<Ref<>> str_expandtabs(Vm& vm, Args args)
{
    Str& str = self_str(args);
    int64_t tab_size = TRY(c_int_argument(vm, args[1]));
    bool has_tab = false;
    for (int64_t i = 0; i < str.length && !has_tab; ++i)
        has_tab = str.at(i) == '\t';
    if (!has_tab)
        return upcast(str_exact_copy(vm, str));
    StrBuilder out;
    out.reserve(str.length);
    int64_t column = 0;
    for (int64_t i = 0; i < str.length; ++i) {
        char32_t c = str.at(i);
        if (c == '\t') {
            if (tab_size > 0) {
                int64_t spaces = tab_size - column % tab_size;
                out.append_repeated(' ', spaces);
                column += spaces;
            }
        } else {
            out.append_code_point(c);
            column = (c == '\n' || c == '\r') ? 0 : column + 1;
        }
    }
    return upcast(out.build(vm));
}

Result<Ref<>> str_zfill(Vm& vm, Args args)
{
    Str& str = self_str(args);
    int64_t width = TRY(ssize_argument(vm, args[1]));
    if (width <= str.length)
        return upcast(str_exact_copy(vm, str));
    int64_t fill = width - str.length;
    StrBuilder out;
    out.reserve(width);
    int64_t start = 0;
    if (str.length > 0 && (str.at(0) == '+' || str.at(0) == '-')) {
        out.append_code_point(str.at(0));
        start = 1;
    }
    out.append_repeated('0', fill);
    out.append_substring(str, start, str.length);
    return upcast(out.build(vm));
}

} // namespace taipan
