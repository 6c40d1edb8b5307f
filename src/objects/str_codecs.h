// The codecs str.encode / bytes.decode handle natively: UTF-8, ASCII, Latin-1, UTF-16,
// UTF-32 (CPython's C codecs) and the single-byte "charmap" codecs of the encodings
// package (cp1252, cp437, iso8859_15, koi8_r...), with the standard error handlers
// (strict, ignore, replace, backslashreplace, xmlcharrefreplace, surrogateescape,
// surrogatepass) and CPython's UnicodeError messages.
#pragma once

#include "objects/object.h"
#include "support/result.h"

#include <optional>
#include <string>
#include <string_view>

namespace taipan {

class Vm;
struct Str;
struct Bytes;

// Charmap codecs are FirstCharmap + their table number (generated charmap_tables.inc).
enum class Codec : uint8_t {
    Utf8,
    Ascii,
    Latin1,
    Utf16,
    Utf16Le,
    Utf16Be,
    Utf32,
    Utf32Le,
    Utf32Be,
    Utf8Sig,
    UnicodeEscape,
    RawUnicodeEscape,
    FirstCharmap,
};
inline bool is_charmap(Codec codec)
{
    return codec >= Codec::FirstCharmap;
}

// The codec an encoding name means (any spelling codecs.lookup accepts for these),
// or nullopt.
std::optional<Codec> lookup_codec(std::string_view name);
// The codec's name in error messages: "utf-8", "ascii", "latin-1", "utf-16",
// "charmap"...
char const* codec_name(Codec);

// str.encode(encoding, errors) / bytes.decode(encoding, errors): null arguments mean
// 'utf-8' and 'strict'; they must otherwise be strs ("encode() argument 'encoding'
// must be str, not int"). `source` is the bytes-like object the data came from (for
// UnicodeDecodeError.object), or null.
Result<Ref<Bytes>> encode_str(Vm&, Str&, Value encoding, Value errors);
Result<Ref<Str>> decode_bytes(Vm&, std::string_view data, Value encoding, Value errors, Value source,
    char const* function_name = "decode");

// Strict UTF-8 decoding of bytes (what most C++ callers want): UnicodeDecodeError on
// invalid input.
Result<Ref<Str>> decode_utf8_strict(Vm&, std::string_view data);
// Decoding with an error handler name ("strict", "surrogateescape", ...), for the
// file system encoding and the io module. With `final` false (an incremental decoder
// fed a chunk), an incomplete sequence at the end is left undecoded rather than an
// error; `consumed` (if given) receives how many bytes were decoded.
Result<Ref<Str>> decode_with_codec(Vm&, Codec, std::string_view data, std::string_view errors, Value source,
    bool final = true, int64_t* consumed = nullptr);
Result<std::string> encode_with_codec(Vm&, Codec, Str&, std::string_view errors);

} // namespace taipan
