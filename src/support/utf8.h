// UTF-8 helpers. Strings inside Taipan's front end are "generalized UTF-8": like UTF-8,
// but lone surrogates (U+D800..U+DFFF) are allowed and encoded as three bytes, because
// Python str literals such as '\udc80' can hold them. Source text itself is strict UTF-8.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace taipan::utf8 {

struct Decoded {
    char32_t code_point; // U+FFFD with length 1 on malformed input
    int length; // bytes consumed, at least 1 (0 only at the end of the text)
    bool valid;
};

// Decodes the code point starting at text[index]. Accepts surrogates (generalized UTF-8).
inline Decoded decode(std::string_view text, size_t index)
{
    if (index >= text.size())
        return {0, 0, false};
    auto byte = [&](size_t i) -> uint8_t { return static_cast<uint8_t>(text[i]); };
    uint8_t lead = byte(index);
    if (lead < 0x80)
        return {lead, 1, true};
    int length;
    char32_t code_point;
    char32_t minimum;
    if ((lead & 0xE0) == 0xC0) {
        length = 2, code_point = lead & 0x1F, minimum = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3, code_point = lead & 0x0F, minimum = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4, code_point = lead & 0x07, minimum = 0x10000;
    } else {
        return {0xFFFD, 1, false};
    }
    if (index + length > text.size())
        return {0xFFFD, 1, false};
    for (int i = 1; i < length; ++i) {
        uint8_t continuation = byte(index + i);
        if ((continuation & 0xC0) != 0x80)
            return {0xFFFD, 1, false};
        code_point = (code_point << 6) | (continuation & 0x3F);
    }
    if (code_point < minimum || code_point > 0x10FFFF)
        return {0xFFFD, 1, false};
    return {code_point, length, true};
}

inline bool is_surrogate(char32_t code_point)
{
    return code_point >= 0xD800 && code_point <= 0xDFFF;
}

// Appends the (generalized) UTF-8 encoding of code_point.
inline void append(std::string& out, char32_t code_point)
{
    if (code_point < 0x80) {
        out += static_cast<char>(code_point);
    } else if (code_point < 0x800) {
        out += static_cast<char>(0xC0 | (code_point >> 6));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else if (code_point < 0x10000) {
        out += static_cast<char>(0xE0 | (code_point >> 12));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code_point >> 18));
        out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    }
}

// Number of code points in text[0, byte_offset): turns a byte column into the
// character column that SyntaxError.offset uses.
inline size_t count_code_points(std::string_view text, size_t byte_offset = std::string_view::npos)
{
    if (byte_offset > text.size())
        byte_offset = text.size();
    size_t count = 0;
    for (size_t i = 0; i < byte_offset; ++i) {
        if ((static_cast<uint8_t>(text[i]) & 0xC0) != 0x80)
            ++count;
    }
    return count;
}

} // namespace taipan::utf8
