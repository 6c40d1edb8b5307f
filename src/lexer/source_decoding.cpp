// Source bytes to the UTF-8 text the lexer reads, as CPython 3.11 reads a program file:
// universal newlines, null bytes, the UTF-8 BOM, the PEP 263 coding declaration and the
// check that undeclared source is UTF-8. Also the UTF-8 helpers of source_text.h.
#include "lexer/lexer.h"
#include "lexer/source_text.h"
#include "support/utf8.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace taipan {

namespace {

#include "codec_tables.inc"

    bool is_continuation(uint8_t byte)
    {
        return (byte & 0xC0) == 0x80;
    }

} // namespace

namespace source_text {

    // CPython's UTF-8 decoder rejects a sequence at the first byte that cannot continue
    // it, and reports the bytes before that byte as the malformed range; a sequence cut
    // short by the end of the input is "unexpected end of data".
    std::optional<Utf8Error> find_utf8_error(std::string_view bytes, size_t from)
    {
        size_t size = bytes.size();
        auto byte = [&](size_t index) -> uint8_t { return static_cast<uint8_t>(bytes[index]); };
        size_t index = from;
        while (index < size) {
            // Source is mostly ASCII: skip it eight bytes at a time.
            while (index + 8 <= size) {
                uint64_t word;
                std::memcpy(&word, bytes.data() + index, 8);
                if (word & 0x8080808080808080ull)
                    break;
                index += 8;
            }
            if (index >= size)
                break;
            uint8_t lead = byte(index);
            if (lead < 0x80) {
                ++index;
                continue;
            }
            int length;
            uint8_t second_low = 0x80, second_high = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                length = 2;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                length = 3;
                if (lead == 0xE0)
                    second_low = 0xA0;
                else if (lead == 0xED)
                    second_high = 0x9F;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                length = 4;
                if (lead == 0xF0)
                    second_low = 0x90;
                else if (lead == 0xF4)
                    second_high = 0x8F;
            } else {
                return Utf8Error {index, index + 1, "invalid start byte"};
            }
            for (int offset = 1; offset < length; ++offset) {
                if (index + offset >= size)
                    return Utf8Error {index, size, "unexpected end of data"};
                uint8_t next = byte(index + offset);
                bool valid = offset == 1 ? next >= second_low && next <= second_high : is_continuation(next);
                if (!valid)
                    return Utf8Error {index, index + offset, "invalid continuation byte"};
            }
            index += length;
        }
        return std::nullopt;
    }

    std::string utf8_error_message(std::string_view bytes, Utf8Error const& error)
    {
        char buffer[160];
        if (error.end - error.start == 1) {
            std::snprintf(buffer, sizeof buffer, "'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                static_cast<unsigned>(static_cast<uint8_t>(bytes[error.start])), error.start, error.reason);
        } else {
            std::snprintf(buffer, sizeof buffer, "'utf-8' codec can't decode bytes in position %zu-%zu: %s",
                error.start, error.end - 1, error.reason);
        }
        return buffer;
    }

    std::string decode_utf8_replace(std::string_view bytes)
    {
        std::string out;
        out.reserve(bytes.size());
        size_t index = 0;
        while (index < bytes.size()) {
            auto error = find_utf8_error(bytes, index);
            size_t good_end = error ? error->start : bytes.size();
            out.append(bytes.substr(index, good_end - index));
            if (!error)
                break;
            out += "\xEF\xBF\xBD";
            index = error->end;
        }
        return out;
    }

    size_t count_characters_replace(std::string_view bytes)
    {
        size_t count = 0;
        size_t index = 0;
        while (index < bytes.size()) {
            auto error = find_utf8_error(bytes, index);
            size_t good_end = error ? error->start : bytes.size();
            for (size_t i = index; i < good_end; ++i) {
                if (!is_continuation(static_cast<uint8_t>(bytes[i])))
                    ++count;
            }
            if (!error)
                break;
            ++count;
            index = error->end;
        }
        return count;
    }

    namespace {

        bool is_ascii_alnum(char c)
        {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        // CPython normalises only the spellings of its two built-in source codecs, looking at
        // the first 12 characters; any other name is handed to the codec registry as written.
        std::string normal_coding_name(std::string const& name)
        {
            std::string folded;
            for (size_t i = 0; i < name.size() && i < 12; ++i) {
                char c = name[i];
                folded += c == '_' ? '-' : (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
            }
            auto starts = [&](std::string_view prefix) {
                return std::string_view(folded).substr(0, prefix.size()) == prefix;
            };
            if (folded == "utf-8" || starts("utf-8-"))
                return "utf-8";
            if (folded == "latin-1" || folded == "iso-8859-1" || folded == "iso-latin-1" || starts("latin-1-")
                || starts("iso-8859-1-") || starts("iso-latin-1-"))
                return "iso-8859-1";
            return name;
        }

    } // namespace

    std::optional<std::string> coding_spec_of_line(std::string_view line)
    {
        // CPython scans at most size - 6 characters, where size counts the newline.
        size_t size = line.size();
        if (size < 7)
            return std::nullopt;
        size_t limit = size - 6;
        size_t index = 0;
        for (; index < limit; ++index) {
            char c = line[index];
            if (c == '#')
                break;
            if (c != ' ' && c != '\t' && c != '\f')
                return std::nullopt;
        }
        for (; index < limit; ++index) {
            if (line.substr(index, 6) != "coding")
                continue;
            size_t cursor = index + 6;
            if (cursor >= size || (line[cursor] != ':' && line[cursor] != '='))
                continue;
            do {
                ++cursor;
            } while (cursor < size && (line[cursor] == ' ' || line[cursor] == '\t'));
            size_t begin = cursor;
            while (cursor < size
                && (is_ascii_alnum(line[cursor]) || line[cursor] == '-' || line[cursor] == '_'
                    || line[cursor] == '.'))
                ++cursor;
            if (cursor > begin)
                return normal_coding_name(std::string(line.substr(begin, cursor - begin)));
        }
        return std::nullopt;
    }

    bool is_blank_or_comment_line(std::string_view line)
    {
        for (char c : line) {
            if (c == '#' || c == '\n' || c == '\r')
                return true;
            if (c != ' ' && c != '\t' && c != '\f')
                return false;
        }
        return true;
    }

    std::optional<std::string> find_coding_spec(std::string_view text)
    {
        size_t first_end = text.find('\n');
        std::string_view first
            = text.substr(0, first_end == std::string_view::npos ? text.size() : first_end + 1);
        if (auto spec = coding_spec_of_line(first))
            return spec;
        if (first_end == std::string_view::npos || !is_blank_or_comment_line(first))
            return std::nullopt;
        std::string_view rest = text.substr(first_end + 1);
        size_t second_end = rest.find('\n');
        return coding_spec_of_line(
            rest.substr(0, second_end == std::string_view::npos ? rest.size() : second_end + 1));
    }

} // namespace source_text

namespace {

    SyntaxError decoding_error(std::string message)
    {
        SyntaxError error;
        error.message = std::move(message);
        return error;
    }

    // What the codec registry does with a name: lower case, then runs of characters other
    // than letters, digits and '.' become one '_' (encodings.normalize_encoding).
    std::string registry_key(std::string_view name)
    {
        std::string key;
        bool punctuation = false;
        for (char c : name) {
            bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (alnum || c == '.') {
                if (punctuation && !key.empty())
                    key += '_';
                key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
                punctuation = false;
            } else {
                punctuation = true;
            }
        }
        return key;
    }

    // The codec a declared name resolves to: -1 for UTF-8, an index into
    // single_byte_codecs, or nullopt when Taipan does not know it.
    std::optional<int> find_codec(std::string_view name)
    {
        std::string key = registry_key(name);
        auto lookup = [](std::string const& wanted) -> std::optional<int> {
            auto it = std::lower_bound(std::begin(codec_names), std::end(codec_names), wanted,
                [](CodecName const& entry, std::string const& value) {
                    return entry.normalised_name < value;
                });
            if (it != std::end(codec_names) && it->normalised_name == wanted)
                return it->codec;
            return std::nullopt;
        };
        if (auto codec = lookup(key))
            return codec;
        std::string underscored = key;
        std::replace(underscored.begin(), underscored.end(), '.', '_');
        return lookup(underscored);
    }

    // Appends the next line of `bytes` from `index` to `out` as CPython 3.11's file reader
    // delivers it, and returns the index after it. Newlines are universal (\r\n and \r
    // become \n). The reader reads raw lines with fgets() and measures them with strlen(),
    // so a null byte ends the line's text there, the rest of that physical line (its
    // newline included) is lost, and the next physical line continues the line; lines
    // read through a codec (any declared encoding but exactly "utf-8") keep null bytes.
    size_t read_line(std::string_view bytes, size_t index, bool truncate_at_null, std::string& out)
    {
        size_t size = bytes.size();
        while (index < size) {
            char c = bytes[index];
            if (c == '\n' || c == '\r') {
                out += '\n';
                return index + ((c == '\r' && index + 1 < size && bytes[index + 1] == '\n') ? 2 : 1);
            }
            if (c == '\0' && truncate_at_null) {
                while (index < size && bytes[index] != '\n' && bytes[index] != '\r')
                    ++index;
                if (index < size)
                    index += (bytes[index] == '\r' && index + 1 < size && bytes[index + 1] == '\n') ? 2 : 1;
                continue;
            }
            // The rest of the line has no newline or null byte to handle: copy it at once.
            size_t end = index;
            while (end < size && bytes[end] != '\n' && bytes[end] != '\r' && bytes[end] != '\0')
                ++end;
            if (end == index) {
                out += c;
                ++index;
            } else {
                out.append(bytes.substr(index, end - index));
                index = end;
            }
        }
        return index;
    }

    std::string non_utf8_message(
        std::string_view text, source_text::Utf8Error const& error, std::string_view filename)
    {
        int lineno = 1 + static_cast<int>(std::count(text.begin(), text.begin() + error.start, '\n'));
        char byte_text[8];
        std::snprintf(byte_text, sizeof byte_text, "\\x%02x",
            static_cast<unsigned>(static_cast<uint8_t>(text[error.start])));
        return std::string("Non-UTF-8 code starting with '") + byte_text + "' in file "
            + std::string(filename) + " on line " + std::to_string(lineno)
            + ", but no encoding declared; see https://peps.python.org/pep-0263/ for details";
    }

    Result<std::string, SyntaxError> decode_with(
        SingleByteCodec const& table, std::string const& text, std::string const& name)
    {
        std::string decoded;
        decoded.reserve(text.size() + text.size() / 4);
        for (char c : text) {
            auto byte = static_cast<uint8_t>(c);
            if (byte < 0x80) {
                decoded += c;
                continue;
            }
            char16_t code_point = table.upper_half[byte - 0x80];
            if (code_point == undefined_byte)
                return Failure {decoding_error("encoding problem: " + name)};
            utf8::append(decoded, code_point);
        }
        return decoded;
    }

} // namespace

Result<std::string, SyntaxError> decode_source(std::string_view bytes, std::string_view filename)
{
    bool has_bom = bytes.substr(0, 3) == "\xEF\xBB\xBF";
    if (has_bom)
        bytes.remove_prefix(3);

    // The declaration is searched for on line 1, and on line 2 when line 1 is blank or
    // a comment; the lines after it are read through the declared codec.
    std::string text;
    text.reserve(bytes.size() + 1);
    size_t index = read_line(bytes, 0, true, text);
    auto spec = source_text::coding_spec_of_line(text);
    if (!spec && index < bytes.size() && source_text::is_blank_or_comment_line(text)) {
        size_t second_line = text.size();
        index = read_line(bytes, index, true, text);
        spec = source_text::coding_spec_of_line(std::string_view(text).substr(second_line));
    }
    bool through_codec = spec && *spec != "utf-8";
    if (!through_codec && std::memchr(bytes.data() + index, '\r', bytes.size() - index) == nullptr
        && std::memchr(bytes.data() + index, 0, bytes.size() - index) == nullptr) {
        text.append(bytes.substr(index));
    } else {
        while (index < bytes.size())
            index = read_line(bytes, index, !through_codec, text);
    }

    if (spec) {
        if (has_bom && *spec != "utf-8")
            return Failure {decoding_error("encoding problem: " + *spec + " with BOM")};
        // CPython reads source declared as exactly "utf-8" without checking it: bad bytes
        // are reported later, where the lexer or the string decoder meets them.
        if (*spec == "utf-8")
            return text;
        auto codec = find_codec(*spec);
        if (!codec)
            return Failure {decoding_error("encoding problem: " + *spec)};
        if (*codec < 0) {
            if (source_text::find_utf8_error(text))
                return Failure {decoding_error("encoding problem: " + *spec)};
            return text;
        }
        return decode_with(single_byte_codecs[*codec], text, *spec);
    }
    if (has_bom)
        return text;
    // Undeclared source must be UTF-8. (CPython checks each line as its tokenizer reads
    // it, so a lexical error on an earlier line would be reported instead.)
    if (auto error = source_text::find_utf8_error(text))
        return Failure {decoding_error(non_utf8_message(text, *error, filename))};
    return text;
}

} // namespace taipan
