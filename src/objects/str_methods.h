// The native functions behind str's methods, shared between the files that implement
// them (str_methods.cpp holds the type's table) and with bytes where the algorithm is
// the same. Every function has the NativeFunction signature; args[0] is the str.
#pragma once

#include "objects/native.h"
#include "objects/percent_format.h"
#include "objects/str.h"

#include <cstdint>
#include <string>

namespace taipan {

extern Type str_iterator_type;
extern Type str_ascii_iterator_type;

// str_case.cpp: case mappings, predicates, translate, maketrans, expandtabs, zfill.
Result<Ref<>> str_lower(Vm&, Args);
Result<Ref<>> str_upper(Vm&, Args);
Result<Ref<>> str_casefold(Vm&, Args);
Result<Ref<>> str_swapcase(Vm&, Args);
Result<Ref<>> str_title(Vm&, Args);
Result<Ref<>> str_capitalize(Vm&, Args);
Result<Ref<>> str_isalnum(Vm&, Args);
Result<Ref<>> str_isalpha(Vm&, Args);
Result<Ref<>> str_isascii(Vm&, Args);
Result<Ref<>> str_isdecimal(Vm&, Args);
Result<Ref<>> str_isdigit(Vm&, Args);
Result<Ref<>> str_isnumeric(Vm&, Args);
Result<Ref<>> str_isprintable(Vm&, Args);
Result<Ref<>> str_isspace(Vm&, Args);
Result<Ref<>> str_islower(Vm&, Args);
Result<Ref<>> str_isupper(Vm&, Args);
Result<Ref<>> str_istitle(Vm&, Args);
Result<Ref<>> str_isidentifier(Vm&, Args);
Result<Ref<>> str_translate(Vm&, Args);
Result<Ref<>> str_maketrans(Vm&, Args);
Result<Ref<>> str_expandtabs(Vm&, Args);
Result<Ref<>> str_zfill(Vm&, Args);

// str_format.cpp: str.format, str.format_map, str.__format__.
Result<Ref<>> str_format_method(Vm&, Args);
Result<Ref<>> str_format_map(Vm&, Args);
Result<Ref<>> str_dunder_format(Vm&, Args);

// str_codecs.cpp: str.encode.
Result<Ref<>> str_encode(Vm&, Args);

// Whitespace as str.split() and str.strip() see it.
bool str_is_space(char32_t);
// Line boundaries as str.splitlines() sees them.
bool str_is_linebreak(char32_t);
// str.isidentifier() for a whole str.
bool str_is_identifier(Str const&);

// An int argument (or __index__) as int64_t; OverflowError "Python int too large to
// convert to C ssize_t" when it does not fit.
Result<int64_t> ssize_argument(Vm&, Value);
// The type name CPython's argument-clinic errors print ("must be str, not None": None
// is named by its value there, not as NoneType).
std::string argument_type_name(Value);
// An int argument CPython parses as a C int: OverflowError "Python int too large to
// convert to C int" outside its range.
Result<int64_t> c_int_argument(Vm&, Value);

} // namespace taipan
