// Unit tests for the text and binary types' C++ layer: PEP 393 storage and the
// narrow-first StrBuilder, hashing and sizes against values recorded from CPython
// 3.11 (PYTHONHASHSEED=0), the Unicode case tables, the codecs, substring search and
// bytearray's allocation policy.
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/str.h"
#include "objects/str_codecs.h"
#include "objects/text_common.h"
#include "support/unicode.h"
#include "vm/vm.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace taipan {
namespace {

std::u32string code_points(Str const& str)
{
    std::u32string out;
    for (int64_t i = 0; i < str.length; ++i)
        out += str.at(i);
    return out;
}

TEST(Str, NewStrPicksTheNarrowestKind)
{
    Vm vm;
    struct Case {
        char const* utf8;
        int64_t length;
        uint8_t kind;
        bool ascii;
    };
    Case const cases[] = {
        {"", 0, 1, true},
        {"abc", 3, 1, true},
        {"caf\xc3\xa9", 4, 1, false},
        {"\xe2\x82\xac" "uro", 4, 2, false},
        {"\xf0\x9f\x98\x80x", 2, 4, false},
    };
    for (auto const& test : cases) {
        Ref<Str> str = MUST(new_str(vm, test.utf8));
        EXPECT_EQ(str->length, test.length) << test.utf8;
        EXPECT_EQ(str->kind, test.kind) << test.utf8;
        EXPECT_EQ(str->is_ascii, test.ascii) << test.utf8;
        EXPECT_EQ(str_to_utf8(*str), test.utf8);
    }
}

TEST(Str, SingletonsAreShared)
{
    Vm vm;
    EXPECT_EQ(empty_str().get(), MUST(new_str(vm, "")).get());
    EXPECT_EQ(single_char_str(vm, 'a').get(), MUST(new_str(vm, "a")).get());
    EXPECT_EQ(single_char_str(vm, 0xE9).get(), MUST(new_str(vm, "\xc3\xa9")).get());
    EXPECT_NE(single_char_str(vm, 0x20AC).get(), single_char_str(vm, 0x20AC).get());
}

TEST(Str, HashesAndSizesMatchCPython)
{
    Vm vm;
    set_hash_key(hash_key_from_seed(0));
    // Recorded with PYTHONHASHSEED=0 /usr/bin/python3.11: hash(s), sys.getsizeof(s).
    struct Case {
        char const* utf8;
        int64_t hash;
        int64_t size;
    };
    Case const cases[] = {
        {"", 0, 49},
        {"abc", -4594863902769663758, 52},
        {"\xc3\xa9", 6047309291227476195, 74},
        {"\xe2\x82\xac" "uro", 7542247858446192590, 82},
        {"\xf0\x9f\x98\x80x", -8926728262118538918, 84},
    };
    for (auto const& test : cases) {
        Ref<Str> str = MUST(new_str(vm, test.utf8));
        EXPECT_EQ(str_hash(*str), test.hash) << test.utf8;
        EXPECT_EQ(str_sizeof(*str), test.size) << test.utf8;
    }
    Ref<Bytes> bytes = MUST(new_bytes(vm, "abc"));
    EXPECT_EQ(bytes_hash(*bytes), -4594863902769663758);
}

TEST(Str, BuilderStartsNarrowAndWidens)
{
    Vm vm;
    StrBuilder builder;
    builder.append_ascii("ab");
    builder.append_code_point(0xE9);
    Ref<Str> latin1 = MUST(builder.build(vm));
    EXPECT_EQ(latin1->kind, 1);
    EXPECT_FALSE(latin1->is_ascii);
    builder.append_code_point(0x20AC);
    builder.append_utf8("\xf0\x9f\x98\x80");
    builder.append(*latin1);
    Ref<Str> wide = MUST(builder.build(vm));
    EXPECT_EQ(wide->kind, 4);
    EXPECT_EQ(code_points(*wide), std::u32string(U"ab\u00e9\u20ac\U0001F600ab\u00e9"));
    // Truncating back to Latin-1 text gives a one-byte str again.
    builder.truncate(3);
    Ref<Str> narrow = MUST(builder.build(vm));
    EXPECT_EQ(narrow->kind, 1);
    EXPECT_EQ(code_points(*narrow), std::u32string(U"ab\u00e9"));
}

TEST(Str, ConcatRepeatSubstringJoinKeepCanonicalKinds)
{
    Vm vm;
    Ref<Str> ascii = MUST(new_str(vm, "abc"));
    Ref<Str> wide = MUST(new_str(vm, "\xe2\x82\xac"));
    Ref<Str> joined = MUST(str_concat(vm, *ascii, *wide));
    EXPECT_EQ(joined->kind, 2);
    EXPECT_EQ(code_points(*joined), std::u32string(U"abc\u20ac"));
    Ref<Str> tail = MUST(str_substring(vm, *joined, 0, 3));
    EXPECT_EQ(tail->kind, 1);
    EXPECT_TRUE(tail->is_ascii);
    Ref<Str> repeated = MUST(str_repeat(vm, *joined, 3));
    EXPECT_EQ(repeated->length, 12);
    EXPECT_EQ(repeated->at(11), U'\u20ac');
    Value items[] = {ascii.value(), ascii.value()};
    Ref<Str> with_wide_separator = MUST(str_join(vm, *wide, items));
    EXPECT_EQ(code_points(*with_wide_separator), std::u32string(U"abc\u20acabc"));
    Value one[] = {ascii.value()};
    EXPECT_EQ(MUST(str_join(vm, *wide, one))->kind, 1);
    EXPECT_EQ(str_compare(*ascii, *joined), -1);
    EXPECT_TRUE(str_equal(*MUST(str_substring(vm, *repeated, 4, 8)), *joined));
}

TEST(Str, ReprQuotesAndEscapes)
{
    Vm vm;
    struct Case {
        char const* text;
        char const* repr;
    };
    Case const cases[] = {
        {"abc", "'abc'"},
        {"it's", "\"it's\""},
        {"'\"", "'\\'\"'"},
        {"a\tb\n\x01\x7f", "'a\\tb\\n\\x01\\x7f'"},
        {"\xc3\xa9\xc2\xa0", "'\xc3\xa9\\xa0'"},
        {"\xed\xa0\x80", "'\\ud800'"},
    };
    for (auto const& test : cases) {
        Ref<Str> str = MUST(new_str(vm, test.text));
        EXPECT_EQ(str_to_utf8(*MUST(str_repr(vm, *str))), test.repr);
    }
}

TEST(Unicode, CaseMappingsFollowSpecialCasing)
{
    char32_t out[3];
    ASSERT_EQ(unicode::to_upper_full(U'\u00df', out), 2);
    EXPECT_EQ(out[0], U'S');
    EXPECT_EQ(out[1], U'S');
    ASSERT_EQ(unicode::to_lower_full(U'\u0130', out), 2);
    EXPECT_EQ(out[0], U'i');
    EXPECT_EQ(out[1], U'\u0307');
    ASSERT_EQ(unicode::to_title_full(U'\u01c6', out), 1);
    EXPECT_EQ(out[0], U'\u01c5');
    ASSERT_EQ(unicode::to_fold_full(U'\u0390', out), 3);
    ASSERT_EQ(unicode::to_upper_full(U'\uFB03', out), 3);
    EXPECT_EQ(out[2], U'I');
    ASSERT_EQ(unicode::to_lower_full(U'A', out), 1);
    EXPECT_EQ(out[0], U'a');
    EXPECT_TRUE(unicode::is_cased(U'\u02b0'));
    EXPECT_TRUE(unicode::is_case_ignorable(U'\u0345'));
    EXPECT_TRUE(unicode::is_title(U'\u01c5'));
    EXPECT_EQ(unicode::decimal_value(U'\u0663'), 3);
    EXPECT_EQ(unicode::decimal_value(U'\u00b2'), -1);
    EXPECT_TRUE(unicode::is_digit(U'\u00b2'));
    EXPECT_TRUE(unicode::is_numeric(U'\u00bd'));
    EXPECT_TRUE(unicode::is_space(U'\u3000'));
    EXPECT_TRUE(unicode::is_linebreak(U'\u2029'));
    EXPECT_FALSE(unicode::is_alpha(U'1'));
    // Every code point maps to one to three code points, in range.
    for (char32_t c = 0; c <= 0x10FFFF; ++c) {
        for (auto mapping : {unicode::to_lower_full, unicode::to_upper_full, unicode::to_title_full,
                 unicode::to_fold_full}) {
            int count = mapping(c, out);
            ASSERT_TRUE(count >= 1 && count <= 3) << std::hex << uint32_t(c);
            for (int i = 0; i < count; ++i)
                ASSERT_LE(out[i], 0x10FFFFu);
        }
    }
}

TEST(Codecs, LookupAcceptsEncodingsAliases)
{
    EXPECT_EQ(lookup_codec("UTF-8"), Codec::Utf8);
    EXPECT_EQ(lookup_codec("utf_8"), Codec::Utf8);
    EXPECT_EQ(lookup_codec(" Latin--1 "), Codec::Latin1);
    EXPECT_EQ(lookup_codec("ISO-8859-1"), Codec::Latin1);
    EXPECT_EQ(lookup_codec("us-ascii"), Codec::Ascii);
    EXPECT_EQ(lookup_codec("646"), Codec::Ascii);
    EXPECT_EQ(lookup_codec("ansi_x3.4-1968"), Codec::Ascii);
    EXPECT_EQ(lookup_codec("utf-16-le"), Codec::Utf16Le);
    EXPECT_EQ(lookup_codec("U32"), Codec::Utf32);
    EXPECT_FALSE(lookup_codec("cp1252").has_value());
}

TEST(Codecs, ErrorHandlersRoundTrip)
{
    Vm vm;
    // b'a\xff\xe2\x82' with each decode handler, as CPython 3.11 decodes it.
    std::string data("a\xff\xe2\x82", 4);
    EXPECT_EQ(str_to_utf8(*MUST(decode_with_codec(vm, Codec::Utf8, data, "replace", Value {}))),
        "a\xef\xbf\xbd\xef\xbf\xbd");
    EXPECT_EQ(str_to_utf8(*MUST(decode_with_codec(vm, Codec::Utf8, data, "ignore", Value {}))), "a");
    EXPECT_EQ(str_to_utf8(*MUST(decode_with_codec(vm, Codec::Utf8, data, "backslashreplace", Value {}))),
        "a\\xff\\xe2\\x82");
    Ref<Str> escaped = MUST(decode_with_codec(vm, Codec::Utf8, data, "surrogateescape", Value {}));
    EXPECT_EQ(code_points(*escaped), std::u32string(U"a") + char32_t(0xDCFF) + char32_t(0xDCE2) + char32_t(0xDC82));
    EXPECT_EQ(MUST(encode_with_codec(vm, Codec::Utf8, *escaped, "surrogateescape")), data);
    Ref<Str> text = MUST(new_str(vm, "a\xc3\xa9\xe2\x82\xac"));
    EXPECT_EQ(MUST(encode_with_codec(vm, Codec::Ascii, *text, "xmlcharrefreplace")), "a&#233;&#8364;");
    EXPECT_EQ(MUST(encode_with_codec(vm, Codec::Latin1, *text, "replace")), "a\xe9?");
    EXPECT_EQ(MUST(encode_with_codec(vm, Codec::Utf16, *text, "strict")), std::string("\xff\xfe" "a\0\xe9\0\xac\x20", 8));
    Ref<Str> round = MUST(decode_with_codec(vm, Codec::Utf16, std::string("\xff\xfe" "a\0\xe9\0\xac\x20", 8), "strict", Value {}));
    EXPECT_TRUE(str_equal(*round, *text));
}

TEST(TextSearch, FindRfindCount)
{
    std::string haystack = "abracadabra";
    auto const* h = reinterpret_cast<uint8_t const*>(haystack.data());
    auto const* needle = reinterpret_cast<uint8_t const*>("abra");
    EXPECT_EQ(text::find(h, 11, needle, 4), 0);
    EXPECT_EQ(text::rfind(h, 11, needle, 4), 7);
    EXPECT_EQ(text::count(h, 11, needle, 4, 100), 2);
    EXPECT_EQ(text::count(h, 11, needle, 0, 100), 12);
    EXPECT_EQ(text::find(h, 11, needle, 0), 0);
    EXPECT_EQ(text::rfind(h, 11, needle, 0), 11);
    std::u32string wide(100, U'x');
    wide += U"needle\U0001F600";
    std::u32string pattern = U"dle\U0001F600";
    EXPECT_EQ(text::find(wide.data(), int64_t(wide.size()), pattern.data(), int64_t(pattern.size())), 103);
    int64_t start = -3;
    int64_t end = 100;
    adjust_indices(start, end, 10);
    EXPECT_EQ(start, 7);
    EXPECT_EQ(end, 10);
}

TEST(ByteArray, AllocationFollowsCPython)
{
    Vm vm;
    // bytearray().__sizeof__() after each append, recorded from CPython 3.11.
    int64_t const expected[] = {56, 58, 61, 61, 61, 64, 64, 64, 68, 68, 68, 68, 75, 75, 75, 75, 75, 75, 75, 83, 83,
        83, 83, 83, 83, 83, 83, 92, 92, 92, 92, 92, 92, 92, 92, 92, 102, 102, 102, 102};
    Ref<ByteArray> array = MUST(new_bytearray(vm, ""));
    for (int64_t size_expected : expected) {
        EXPECT_EQ(int64_t(sizeof(ByteArray)) + array->capacity, size_expected) << array->size;
        MUST(bytearray_resize(vm, *array, array->size + 1));
    }
    // bytearray(b'a' * 100) popped down: the buffer shrinks once less than half is used.
    Ref<ByteArray> popped = MUST(new_bytearray(vm, std::string(100, 'a')));
    EXPECT_EQ(popped->capacity, 101);
    MUST(bytearray_resize(vm, *popped, 50));
    EXPECT_EQ(popped->capacity, 101);
    MUST(bytearray_resize(vm, *popped, 49));
    EXPECT_EQ(popped->capacity, 50);
    EXPECT_EQ(popped->view(), std::string(49, 'a'));
}

} // namespace
} // namespace taipan
