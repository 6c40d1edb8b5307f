// printf-style formatting of str and bytes (the % operator), CPython's rules and
// messages for both.
#pragma once

#include "objects/object.h"
#include "support/result.h"

#include <string>
#include <string_view>

namespace taipan {

class Vm;
struct Str;

// format % args for a str format.
Result<Ref<Str>> str_percent_format(Vm&, Str& format, Value args);
// format % args for a bytes or bytearray format: the resulting bytes.
Result<std::string> bytes_percent_format(Vm&, std::string_view format, Value args);

} // namespace taipan
