// The methods bytes and bytearray share (CPython's bytes_methods.c): searching,
// splitting, stripping, padding, case mapping, predicates, translate, hex, decode and
// % formatting. Each takes a bytes or bytearray as args[0] and returns an object of
// the receiver's kind (bytes for bytes, bytearray for bytearray). The method table
// entries are listed once in TAIPAN_BINARY_COMMON_METHODS for both types' tables.
#pragma once

#include "objects/bytes.h"
#include "objects/native.h"

#include <string>
#include <string_view>

namespace taipan {

// The contents of a bytes or bytearray receiver.
std::string_view binary_view(Value self);
// A new object of the receiver's kind: bytes for bytes (the receiver itself when it is
// an exact bytes with the same contents), a new exact bytearray for bytearray.
Result<Ref<>> new_binary_like(Vm&, Value self, std::string_view data);
// repr() of bytes data: b'...' with CPython's quote choice and escapes. CPython's
// bytearray repr escapes a single quote even inside double quotes.
std::string binary_repr(std::string_view data, bool escape_single_quote = false);
// The byte value of an int argument: ValueError "byte must be in range(0, 256)".
Result<uint8_t> byte_argument(Vm&, Value);
// A sub/sep argument of find/count/index/in: an int byte or a bytes-like object.
Result<std::string> byte_or_bytes_argument(Vm&, Value);

Result<Ref<>> binary_find(Vm&, Args);
Result<Ref<>> binary_rfind(Vm&, Args);
Result<Ref<>> binary_index(Vm&, Args);
Result<Ref<>> binary_rindex(Vm&, Args);
Result<Ref<>> binary_count(Vm&, Args);
Result<Ref<>> binary_contains(Vm&, Args);
Result<Ref<>> binary_startswith(Vm&, Args);
Result<Ref<>> binary_endswith(Vm&, Args);
Result<Ref<>> binary_split(Vm&, Args);
Result<Ref<>> binary_rsplit(Vm&, Args);
Result<Ref<>> binary_splitlines(Vm&, Args);
Result<Ref<>> binary_partition(Vm&, Args);
Result<Ref<>> binary_rpartition(Vm&, Args);
Result<Ref<>> binary_join(Vm&, Args);
Result<Ref<>> binary_strip(Vm&, Args);
Result<Ref<>> binary_lstrip(Vm&, Args);
Result<Ref<>> binary_rstrip(Vm&, Args);
Result<Ref<>> binary_replace(Vm&, Args);
Result<Ref<>> binary_removeprefix(Vm&, Args);
Result<Ref<>> binary_removesuffix(Vm&, Args);
Result<Ref<>> binary_center(Vm&, Args);
Result<Ref<>> binary_ljust(Vm&, Args);
Result<Ref<>> binary_rjust(Vm&, Args);
Result<Ref<>> binary_zfill(Vm&, Args);
Result<Ref<>> binary_expandtabs(Vm&, Args);
Result<Ref<>> binary_lower(Vm&, Args);
Result<Ref<>> binary_upper(Vm&, Args);
Result<Ref<>> binary_swapcase(Vm&, Args);
Result<Ref<>> binary_title(Vm&, Args);
Result<Ref<>> binary_capitalize(Vm&, Args);
Result<Ref<>> binary_isalnum(Vm&, Args);
Result<Ref<>> binary_isalpha(Vm&, Args);
Result<Ref<>> binary_isascii(Vm&, Args);
Result<Ref<>> binary_isdigit(Vm&, Args);
Result<Ref<>> binary_islower(Vm&, Args);
Result<Ref<>> binary_isupper(Vm&, Args);
Result<Ref<>> binary_isspace(Vm&, Args);
Result<Ref<>> binary_istitle(Vm&, Args);
Result<Ref<>> binary_translate(Vm&, Args);
Result<Ref<>> binary_maketrans(Vm&, Args);
Result<Ref<>> binary_hex(Vm&, Args);
Result<Ref<>> binary_fromhex(Vm&, Args);
Result<Ref<>> binary_decode(Vm&, Args);
Result<Ref<>> binary_mod(Vm&, Args);
Result<Ref<>> binary_rmod(Vm&, Args);
// Rich comparison of the receiver with any bytes-like object (NotImplemented else).
Result<Ref<>> binary_rich_compare(Vm&, Value self, Value other, int op);

// The hex() of any bytes data with an optional separator, as bytes.hex and
// memoryview.hex write it.
Result<Ref<>> hex_with_separator(Vm&, std::string_view data, Value separator, Value bytes_per_separator);

} // namespace taipan

// The table entries both bytes and bytearray have, with CPython's signatures. Each
// entry ends with a comma: list the macro among a table's entries.
// clang-format off
#define TAIPAN_BINARY_COMMON_METHODS \
    {"__contains__($self, key, /)", binary_contains}, \
    {"__mod__($self, value, /)", binary_mod}, \
    {"__rmod__($self, value, /)", binary_rmod}, \
    {"capitalize($self, /)", binary_capitalize}, \
    {"center($self, width, fillchar=?, /)", binary_center}, \
    {"count($self, sub, start=None, end=None, /, $varargs)", binary_count}, \
    {"decode($self, /, encoding='utf-8', errors='strict')", binary_decode}, \
    {"endswith($self, suffix, start=None, end=None, /, $varargs)", binary_endswith}, \
    {"expandtabs($self, /, tabsize=8)", binary_expandtabs}, \
    {"find($self, sub, start=None, end=None, /, $varargs)", binary_find}, \
    {"fromhex($type, string, /)", binary_fromhex, MethodKind::Class}, \
    {"hex($self, sep=?, bytes_per_sep=1)", binary_hex}, \
    {"index($self, sub, start=None, end=None, /, $varargs)", binary_index}, \
    {"isalnum($self, /)", binary_isalnum}, \
    {"isalpha($self, /)", binary_isalpha}, \
    {"isascii($self, /)", binary_isascii}, \
    {"isdigit($self, /)", binary_isdigit}, \
    {"islower($self, /)", binary_islower}, \
    {"isspace($self, /)", binary_isspace}, \
    {"istitle($self, /)", binary_istitle}, \
    {"isupper($self, /)", binary_isupper}, \
    {"join($self, iterable_of_bytes, /)", binary_join}, \
    {"ljust($self, width, fillchar=?, /)", binary_ljust}, \
    {"lower($self, /)", binary_lower}, \
    {"lstrip($self, bytes=None, /)", binary_lstrip}, \
    {"maketrans(frm, to, /)", binary_maketrans, MethodKind::Static}, \
    {"partition($self, sep, /)", binary_partition}, \
    {"removeprefix($self, prefix, /)", binary_removeprefix}, \
    {"removesuffix($self, suffix, /)", binary_removesuffix}, \
    {"replace($self, old, new, count=-1, /)", binary_replace}, \
    {"rfind($self, sub, start=None, end=None, /, $varargs)", binary_rfind}, \
    {"rindex($self, sub, start=None, end=None, /, $varargs)", binary_rindex}, \
    {"rjust($self, width, fillchar=?, /)", binary_rjust}, \
    {"rpartition($self, sep, /)", binary_rpartition}, \
    {"rsplit($self, /, sep=None, maxsplit=-1)", binary_rsplit}, \
    {"rstrip($self, bytes=None, /)", binary_rstrip}, \
    {"split($self, /, sep=None, maxsplit=-1)", binary_split}, \
    {"splitlines($self, /, keepends=False)", binary_splitlines}, \
    {"startswith($self, prefix, start=None, end=None, /, $varargs)", binary_startswith}, \
    {"strip($self, bytes=None, /)", binary_strip}, \
    {"swapcase($self, /)", binary_swapcase}, \
    {"title($self, /)", binary_title}, \
    {"translate($self, table, /, delete=?)", binary_translate}, \
    {"upper($self, /)", binary_upper}, \
    {"zfill($self, width, /)", binary_zfill},
// clang-format on
