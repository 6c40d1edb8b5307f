// What str, bytes and bytearray share: the start/end arguments of find, count,
// startswith... (CPython's slice-index rules), and substring search over arrays of code
// units (bytes, or the 1-, 2- or 4-byte code points of one str).
#pragma once

#include "objects/object.h"
#include "support/result.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string_view>

namespace taipan {

class Vm;

// An optional start/end argument: null or None gives `default_value`; otherwise an int
// or __index__ object, clamped to the int64_t range. TypeError "slice indices must be
// integers or None or have an __index__ method" for anything else.
Result<int64_t> slice_index_argument(Vm&, Value, int64_t default_value);

// CPython's ADJUST_INDICES: negative indices count from the end, then both are clamped
// into [0, length] (end first; start may stay past the end, which callers test).
inline void adjust_indices(int64_t& start, int64_t& end, int64_t length)
{
    if (end > length)
        end = length;
    else if (end < 0) {
        end += length;
        if (end < 0)
            end = 0;
    }
    if (start < 0) {
        start += length;
        if (start < 0)
            start = 0;
    }
}

// Reads the start/end arguments (each may be null or None) and adjusts them.
Result<void> search_bounds(Vm&, Value start, Value end, int64_t length, int64_t& start_out, int64_t& end_out);

// The indices a slice object selects from a sequence of `length` items: `count` items
// starting at `start`, `step` apart. ValueError "slice step cannot be zero".
struct SliceRange {
    int64_t start = 0;
    int64_t stop = 0;
    int64_t step = 1;
    int64_t count = 0;
};
Result<SliceRange> text_slice_range(Vm&, Value slice, int64_t length);

namespace text {

    // The first index of `needle` in `haystack`, or -1. An empty needle is found at 0.
    template<typename Unit>
    int64_t find(Unit const* haystack, int64_t length, Unit const* needle, int64_t needle_length)
    {
        if (needle_length == 0)
            return 0;
        if (needle_length > length)
            return -1;
        if constexpr (sizeof(Unit) == 1) {
            auto const* base = reinterpret_cast<char const*>(haystack);
            if (needle_length == 1) {
                void const* hit = std::memchr(base, needle[0], size_t(length));
                return hit ? static_cast<char const*>(hit) - base : -1;
            }
            std::string_view view(base, size_t(length));
            size_t hit
                = view.find(std::string_view(reinterpret_cast<char const*>(needle), size_t(needle_length)));
            return hit == std::string_view::npos ? -1 : int64_t(hit);
        } else {
            if (needle_length == 1) {
                Unit const* hit = std::find(haystack, haystack + length, needle[0]);
                return hit == haystack + length ? -1 : hit - haystack;
            }
            Unit const* end = haystack + length;
            Unit const* hit = length >= 64 && needle_length >= 4
                ? std::search(
                    haystack, end, std::boyer_moore_horspool_searcher(needle, needle + needle_length))
                : std::search(haystack, end, needle, needle + needle_length);
            return hit == end ? -1 : hit - haystack;
        }
    }

    // The last index of `needle` in `haystack`, or -1. An empty needle is found at the end.
    template<typename Unit>
    int64_t rfind(Unit const* haystack, int64_t length, Unit const* needle, int64_t needle_length)
    {
        if (needle_length > length)
            return -1;
        if (needle_length == 0)
            return length;
        Unit first = needle[0];
        for (int64_t index = length - needle_length; index >= 0; --index) {
            if (haystack[index] == first
                && std::memcmp(haystack + index, needle, size_t(needle_length) * sizeof(Unit)) == 0)
                return index;
        }
        return -1;
    }

    // Non-overlapping occurrences, at most `max_count`. An empty needle occurs
    // length + 1 times.
    template<typename Unit>
    int64_t count(
        Unit const* haystack, int64_t length, Unit const* needle, int64_t needle_length, int64_t max_count)
    {
        if (needle_length == 0)
            return std::min(length + 1, max_count);
        int64_t total = 0;
        int64_t position = 0;
        while (total < max_count) {
            int64_t hit = find(haystack + position, length - position, needle, needle_length);
            if (hit < 0)
                break;
            ++total;
            position += hit + needle_length;
        }
        return total;
    }

} // namespace text

} // namespace taipan
