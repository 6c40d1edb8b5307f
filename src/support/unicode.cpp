// Unicode properties for the front end and str's methods, answered from the tables
// that tools/generate_unicode_tables.py writes out of CPython 3.11's unicodedata.
#include "support/unicode.h"

#include "support/utf8.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace taipan::unicode {

namespace {

    struct CombiningClassRange {
        char32_t first;
        char32_t last;
        uint8_t combining_class;
    };

    struct HexNameRange {
        uint8_t prefix;
        char32_t first;
        char32_t last;
    };

    struct CodePointRange {
        char32_t first;
        char32_t last;
    };

    // The properties shared by a set of code points; mappings are deltas, or an
    // expansion in mapping_pool when at least mapping_pool_base.
    struct PropertyRecord {
        uint16_t flags;
        int8_t decimal;
        int32_t lower;
        int32_t upper;
        int32_t title;
        int32_t fold;
    };

#include "unicode_tables.inc"

    constexpr char32_t max_code_point = 0x10FFFF;

    // Hangul syllables are composed and named by arithmetic (Unicode chapter 3.12).
    constexpr char32_t hangul_first = 0xAC00;
    constexpr char32_t jamo_l_first = 0x1100;
    constexpr char32_t jamo_v_first = 0x1161;
    constexpr char32_t jamo_t_first = 0x11A7;
    constexpr int jamo_l_count = 19;
    constexpr int jamo_v_count = 21;
    constexpr int jamo_t_count = 28;
    constexpr int hangul_count = jamo_l_count * jamo_v_count * jamo_t_count;

    PropertyRecord const& properties(char32_t code_point)
    {
        if (code_point > max_code_point)
            return property_records[0];
        uint16_t block = flag_block_index[code_point >> flag_block_shift];
        return property_records[flag_blocks[(size_t(block) << flag_block_shift)
            | (code_point & ((1u << flag_block_shift) - 1))]];
    }

    uint16_t flags(char32_t code_point)
    {
        return properties(code_point).flags;
    }

    int apply_mapping(char32_t code_point, int32_t mapping, char32_t out[3])
    {
        if (mapping < mapping_pool_base) {
            out[0] = char32_t(int32_t(code_point) + mapping);
            return 1;
        }
        int32_t entry = mapping - mapping_pool_base;
        int length = entry & 3;
        for (int i = 0; i < length; ++i)
            out[i] = mapping_pool[(entry >> 2) + i];
        return length;
    }

    uint8_t combining_class(char32_t code_point)
    {
        if (code_point < 0x300)
            return 0;
        auto it = std::upper_bound(std::begin(combining_class_ranges), std::end(combining_class_ranges),
            code_point, [](char32_t value, CombiningClassRange const& range) { return value < range.first; });
        if (it == std::begin(combining_class_ranges))
            return 0;
        --it;
        return code_point <= it->last ? it->combining_class : 0;
    }

    bool is_hangul_syllable(char32_t code_point)
    {
        return code_point >= hangul_first && code_point < hangul_first + hangul_count;
    }

    // Appends the full compatibility decomposition (NFKD, before reordering) of one
    // character.
    void decompose(char32_t code_point, std::vector<char32_t>& out)
    {
        if (is_hangul_syllable(code_point)) {
            int index = int(code_point - hangul_first);
            out.push_back(jamo_l_first + index / (jamo_v_count * jamo_t_count));
            out.push_back(jamo_v_first + index % (jamo_v_count * jamo_t_count) / jamo_t_count);
            if (index % jamo_t_count != 0)
                out.push_back(jamo_t_first + index % jamo_t_count);
            return;
        }
        auto it = std::lower_bound(std::begin(decomposition_keys), std::end(decomposition_keys), code_point);
        if (it == std::end(decomposition_keys) || *it != code_point) {
            out.push_back(code_point);
            return;
        }
        uint32_t entry = decomposition_entries[it - std::begin(decomposition_keys)];
        char32_t const* expansion = decomposition_pool + (entry >> 5);
        out.insert(out.end(), expansion, expansion + (entry & 31));
    }

    // The primary composite of a canonical pair, or 0.
    char32_t compose(char32_t first, char32_t second)
    {
        if (first >= jamo_l_first && first < jamo_l_first + jamo_l_count && second >= jamo_v_first
            && second < jamo_v_first + jamo_v_count) {
            return hangul_first
                + ((first - jamo_l_first) * jamo_v_count + (second - jamo_v_first)) * jamo_t_count;
        }
        if (is_hangul_syllable(first) && (first - hangul_first) % jamo_t_count == 0 && second > jamo_t_first
            && second < jamo_t_first + jamo_t_count) {
            return first + (second - jamo_t_first);
        }
        uint64_t key = uint64_t(first) << 21 | second;
        auto it = std::lower_bound(std::begin(composition_keys), std::end(composition_keys), key);
        if (it == std::end(composition_keys) || *it != key)
            return 0;
        return composition_results[it - std::begin(composition_keys)];
    }

    // Canonical ordering: every run of non-starters is stably sorted by combining class.
    void reorder(std::vector<char32_t>& text)
    {
        size_t index = 0;
        while (index < text.size()) {
            if (combining_class(text[index]) == 0) {
                ++index;
                continue;
            }
            size_t end = index;
            while (end < text.size() && combining_class(text[end]) != 0)
                ++end;
            std::stable_sort(text.begin() + index, text.begin() + end,
                [](char32_t left, char32_t right) { return combining_class(left) < combining_class(right); });
            index = end;
        }
    }

    // The canonical composition algorithm of UAX #15: each character combines with the
    // last starter unless a character in between blocks it.
    void compose_all(std::vector<char32_t>& text)
    {
        constexpr size_t no_starter = size_t(-1);
        size_t starter = no_starter;
        int last_class = 0;
        size_t out = 0;
        for (size_t in = 0; in < text.size(); ++in) {
            char32_t code_point = text[in];
            int current_class = combining_class(code_point);
            if (starter != no_starter) {
                bool adjacent = out == starter + 1;
                if (adjacent || (last_class != 0 && last_class < current_class)) {
                    if (char32_t composite = compose(text[starter], code_point)) {
                        text[starter] = composite;
                        continue;
                    }
                }
            }
            if (current_class == 0)
                starter = out;
            last_class = current_class;
            text[out++] = code_point;
        }
        text.resize(out);
    }

    // Front-coded name records: shared prefix length, suffix length, suffix, code point
    // in three bytes.
    struct NameRecordReader {
        size_t offset;
        std::array<char, 256> name {};
        size_t length = 0;
        char32_t code_point = 0;

        void next()
        {
            size_t shared = name_data[offset];
            size_t suffix = name_data[offset + 1];
            offset += 2;
            std::copy(name_data + offset, name_data + offset + suffix, name.begin() + shared);
            length = shared + suffix;
            offset += suffix;
            code_point = char32_t(name_data[offset]) << 16 | char32_t(name_data[offset + 1]) << 8
                | name_data[offset + 2];
            offset += 3;
        }
        std::string_view view() const { return {name.data(), length}; }
    };

    std::string_view block_first_name(size_t block)
    {
        size_t offset = name_block_offsets[block];
        return {reinterpret_cast<char const*>(name_data + offset + 2), name_data[offset + 1]};
    }

    std::optional<char32_t> lookup_table_name(std::string_view name)
    {
        // The last block whose first name is <= name.
        size_t low = 0;
        size_t high = std::size(name_block_offsets);
        while (high - low > 1) {
            size_t middle = (low + high) / 2;
            if (block_first_name(middle) <= name)
                low = middle;
            else
                high = middle;
        }
        NameRecordReader reader {name_block_offsets[low]};
        size_t records = std::min<size_t>(name_block_size, name_count - low * name_block_size);
        for (size_t i = 0; i < records; ++i) {
            reader.next();
            std::string_view candidate = reader.view();
            if (candidate == name)
                return reader.code_point;
            if (candidate > name)
                break;
        }
        return std::nullopt;
    }

    // Parses upper-case hexadecimal digits; nullopt on anything else or on overflow.
    std::optional<char32_t> parse_upper_hex(std::string_view digits)
    {
        if (digits.empty() || digits.size() > 6)
            return std::nullopt;
        char32_t value = 0;
        for (char digit : digits) {
            if (digit >= '0' && digit <= '9')
                value = value * 16 + (digit - '0');
            else if (digit >= 'A' && digit <= 'F')
                value = value * 16 + (digit - 'A' + 10);
            else
                return std::nullopt;
        }
        return value;
    }

    bool starts_with(std::string_view text, std::string_view prefix)
    {
        return text.substr(0, prefix.size()) == prefix;
    }

    // The index of the longest jamo short name that starts `text` (ties go to the first,
    // and the empty name matches anything), or -1.
    int match_jamo(std::string_view& text, char const* const* names, int count)
    {
        int best = -1;
        size_t best_length = 0;
        for (int i = 0; i < count; ++i) {
            std::string_view candidate = names[i];
            if ((best == -1 || candidate.size() > best_length) && starts_with(text, candidate)) {
                best = i;
                best_length = candidate.size();
            }
        }
        if (best != -1)
            text.remove_prefix(best_length);
        return best;
    }

    // CPython: the HANGUL SYLLABLE and CJK UNIFIED IDEOGRAPH prefixes are matched
    // case-sensitively (and the ideograph's 4 or 5 hex digits must be upper case), while
    // names from the table are matched ignoring case.
    std::optional<char32_t> lookup_hangul_syllable(std::string_view name)
    {
        int l_index = match_jamo(name, jamo_l_names, jamo_l_count);
        int v_index = match_jamo(name, jamo_v_names, jamo_v_count);
        int t_index = match_jamo(name, jamo_t_names, jamo_t_count);
        if (l_index < 0 || v_index < 0 || t_index < 0 || !name.empty())
            return std::nullopt;
        return hangul_first + (l_index * jamo_v_count + v_index) * jamo_t_count + t_index;
    }

    std::optional<char32_t> lookup_unified_ideograph(std::string_view digits)
    {
        if (digits.size() != 4 && digits.size() != 5)
            return std::nullopt;
        auto code_point = parse_upper_hex(digits);
        if (!code_point)
            return std::nullopt;
        for (auto const& range : unified_ideograph_ranges) {
            if (*code_point >= range.first && *code_point <= range.last)
                return code_point;
        }
        return std::nullopt;
    }

    std::optional<char32_t> lookup_hex_named(std::string_view upper_name)
    {
        for (size_t prefix = 0; prefix < std::size(hex_name_prefixes); ++prefix) {
            std::string_view prefix_text = hex_name_prefixes[prefix];
            if (!starts_with(upper_name, prefix_text))
                continue;
            std::string_view digits = upper_name.substr(prefix_text.size());
            auto code_point = parse_upper_hex(digits);
            // The digits must be exactly "%04X" of the code point: no leading zeros.
            if (!code_point || digits.size() < 4 || (digits.size() > 4 && digits[0] == '0'))
                return std::nullopt;
            for (auto const& range : hex_name_ranges) {
                if (range.prefix == prefix && *code_point >= range.first && *code_point <= range.last)
                    return code_point;
            }
            return std::nullopt;
        }
        return std::nullopt;
    }

} // namespace

bool is_xid_start(char32_t code_point)
{
    return flags(code_point) & flag_xid_start;
}

bool is_xid_continue(char32_t code_point)
{
    return flags(code_point) & flag_xid_continue;
}

bool is_printable(char32_t code_point)
{
    return flags(code_point) & flag_printable;
}

bool is_alpha(char32_t code_point)
{
    return flags(code_point) & flag_alpha;
}
bool is_decimal(char32_t code_point)
{
    return flags(code_point) & flag_decimal;
}
bool is_digit(char32_t code_point)
{
    return flags(code_point) & flag_digit;
}
bool is_numeric(char32_t code_point)
{
    return flags(code_point) & flag_numeric;
}
bool is_space(char32_t code_point)
{
    return flags(code_point) & flag_space;
}
bool is_lower(char32_t code_point)
{
    return flags(code_point) & flag_lower;
}
bool is_upper(char32_t code_point)
{
    return flags(code_point) & flag_upper;
}
bool is_title(char32_t code_point)
{
    return flags(code_point) & flag_title;
}
bool is_cased(char32_t code_point)
{
    return flags(code_point) & flag_cased;
}
bool is_case_ignorable(char32_t code_point)
{
    return flags(code_point) & flag_case_ignorable;
}
bool is_linebreak(char32_t code_point)
{
    return flags(code_point) & flag_linebreak;
}
int decimal_value(char32_t code_point)
{
    return properties(code_point).decimal;
}

int to_lower_full(char32_t code_point, char32_t out[3])
{
    return apply_mapping(code_point, properties(code_point).lower, out);
}

int to_upper_full(char32_t code_point, char32_t out[3])
{
    return apply_mapping(code_point, properties(code_point).upper, out);
}

int to_title_full(char32_t code_point, char32_t out[3])
{
    return apply_mapping(code_point, properties(code_point).title, out);
}

int to_fold_full(char32_t code_point, char32_t out[3])
{
    return apply_mapping(code_point, properties(code_point).fold, out);
}

std::string nfkc(std::string_view utf8_text)
{
    bool ascii = std::all_of(utf8_text.begin(), utf8_text.end(), [](char c) { return uint8_t(c) < 0x80; });
    if (ascii)
        return std::string(utf8_text);
    std::vector<char32_t> text;
    text.reserve(utf8_text.size());
    for (size_t index = 0; index < utf8_text.size();) {
        auto decoded = utf8::decode(utf8_text, index);
        decompose(decoded.code_point, text);
        index += decoded.length;
    }
    reorder(text);
    compose_all(text);
    std::string result;
    result.reserve(utf8_text.size());
    for (char32_t code_point : text)
        utf8::append(result, code_point);
    return result;
}

std::optional<char32_t> lookup_name(std::string_view name)
{
    constexpr std::string_view hangul_prefix = "HANGUL SYLLABLE ";
    constexpr std::string_view unified_prefix = "CJK UNIFIED IDEOGRAPH-";
    if (starts_with(name, hangul_prefix))
        return lookup_hangul_syllable(name.substr(hangul_prefix.size()));
    if (starts_with(name, unified_prefix))
        return lookup_unified_ideograph(name.substr(unified_prefix.size()));

    std::array<char, 256> buffer;
    if (name.size() > buffer.size())
        return std::nullopt;
    for (size_t i = 0; i < name.size(); ++i) {
        char c = name[i];
        buffer[i] = c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c;
    }
    std::string_view upper_name(buffer.data(), name.size());
    if (auto code_point = lookup_hex_named(upper_name))
        return code_point;
    return lookup_table_name(upper_name);
}

} // namespace taipan::unicode
