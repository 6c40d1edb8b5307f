// Unit tests for the numeric types' C++-level invariants: ints in the small range are
// always tagged, the small-int fast paths agree with GMP on every operator near the
// tag and int64 boundaries, float/int comparisons are exact, and the text mapping of
// Unicode digits. Python-visible behaviour is checked against CPython by the
// conformance tests instead.
#include "objects/abstract.h"
#include "objects/complex.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/numbers.h"
#include "objects/str.h"
#include "vm/vm.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <random>
#include <vector>

namespace taipan {
namespace {

    std::string mpz_decimal(mpz_srcptr number)
    {
        std::string text(mpz_sizeinbase(number, 10) + 2, '\0');
        mpz_get_str(text.data(), 10, number);
        text.resize(std::strlen(text.c_str()));
        return text;
    }

    std::string decimal(Value value)
    {
        ScopedMpz number;
        int_to_mpz(value, number);
        return mpz_decimal(number);
    }

    TEST(Int, SmallRangeIsAlwaysTagged)
    {
        Vm vm;
        for (int64_t value : {int64_t {0}, int64_t {-1}, Value::max_small_int, Value::min_small_int}) {
            ScopedMpz number;
            mpz_set_si(number, value);
            Ref<> made = MUST(new_int(vm, number));
            EXPECT_TRUE(made.value().is_small_int()) << value;
            EXPECT_EQ(made.value().as_small_int(), value);
        }
        for (int64_t value : {Value::max_small_int + 1, Value::min_small_int - 1, INT64_MAX, INT64_MIN}) {
            Ref<> made = new_int(value);
            EXPECT_FALSE(made.value().is_small_int()) << value;
            EXPECT_EQ(int_to_int64(made), value);
        }
        // A big result that shrinks back into the small range becomes tagged again.
        Ref<> big = new_int(Value::max_small_int + 1);
        Ref<> one = new_int(1);
        Ref<> back = MUST(int_binary_op(vm, big, one, static_cast<int>(BinaryOperator::Subtract)));
        EXPECT_TRUE(back.value().is_small_int());
        EXPECT_EQ(back.value().as_small_int(), Value::max_small_int);
    }

    TEST(Int, ViewOfSmallIntsNeedsNoAllocation)
    {
        for (int64_t value :
            {int64_t {0}, int64_t {5}, int64_t {-5}, Value::max_small_int, Value::min_small_int}) {
            IntView view(Value::small_int(value));
            EXPECT_TRUE(mpz_fits_slong_p(view.get()));
            EXPECT_EQ(mpz_get_si(view.get()), value);
        }
    }

    // Every operator on values around the boundaries, against GMP directly.
    TEST(Int, FastPathsAgreeWithGmp)
    {
        Vm vm;
        std::vector<int64_t> values = {0, 1, -1, 2, -2, 3, 7, -7, 62, 63, 64, int64_t {1} << 31,
            -(int64_t {1} << 31), (int64_t {1} << 32) + 1, Value::max_small_int, Value::min_small_int,
            Value::max_small_int / 3, Value::min_small_int / 5, 3037000499, -3037000499};
        std::mt19937_64 random(1234);
        for (int i = 0; i < 40; ++i)
            values.push_back(static_cast<int64_t>(random()) >> (1 + random() % 62));
        for (int64_t a : values) {
            for (int64_t b : values) {
                ScopedMpz left, right, expected;
                mpz_set_si(left, a);
                mpz_set_si(right, b);
                Value x = Value::small_int(a);
                Value y = Value::small_int(b);
                auto check = [&](BinaryOperator operation, char const* name) {
                    Ref<> result = MUST(int_binary_op(vm, x, y, static_cast<int>(operation)));
                    EXPECT_EQ(decimal(result), mpz_decimal(expected)) << a << " " << name << " " << b;
                };
                mpz_add(expected, left, right);
                check(BinaryOperator::Add, "+");
                mpz_sub(expected, left, right);
                check(BinaryOperator::Subtract, "-");
                mpz_mul(expected, left, right);
                check(BinaryOperator::Multiply, "*");
                mpz_and(expected, left, right);
                check(BinaryOperator::And, "&");
                mpz_ior(expected, left, right);
                check(BinaryOperator::Or, "|");
                mpz_xor(expected, left, right);
                check(BinaryOperator::Xor, "^");
                if (b != 0) {
                    mpz_fdiv_q(expected, left, right);
                    check(BinaryOperator::FloorDivide, "//");
                    mpz_fdiv_r(expected, left, right);
                    check(BinaryOperator::Remainder, "%");
                }
                if (b >= 0 && b < 200) {
                    mpz_mul_2exp(expected, left, static_cast<unsigned long>(b));
                    check(BinaryOperator::LeftShift, "<<");
                    mpz_fdiv_q_2exp(expected, left, static_cast<unsigned long>(b));
                    check(BinaryOperator::RightShift, ">>");
                }
                if (b >= 0 && b < 70) {
                    mpz_pow_ui(expected, left, static_cast<unsigned long>(b));
                    check(BinaryOperator::Power, "**");
                }
            }
        }
    }

    TEST(Int, ZeroDivisionAndShiftErrors)
    {
        Vm vm;
        Value one = Value::small_int(1);
        Value zero = Value::small_int(0);
        EXPECT_TRUE(int_binary_op(vm, one, zero, static_cast<int>(BinaryOperator::FloorDivide)).is_error());
        EXPECT_TRUE(vm.clear_pending_if(ExceptionKind::ZeroDivisionError));
        EXPECT_TRUE(int_binary_op(vm, one, zero, static_cast<int>(BinaryOperator::Remainder)).is_error());
        EXPECT_TRUE(vm.clear_pending_if(ExceptionKind::ZeroDivisionError));
        EXPECT_TRUE(int_binary_op(vm, one, Value::small_int(-1), static_cast<int>(BinaryOperator::LeftShift))
                        .is_error());
        EXPECT_TRUE(vm.clear_pending_if(ExceptionKind::ValueError));
        // For the int methods, an operand that is not an int gives NotImplemented; the
        // interpreter's entry point runs the whole protocol and raises the TypeError.
        Ref<> text = MUST(new_str(vm, "x"));
        Ref<> result = MUST(int_number_operation(vm, one, text, BinaryOperator::Add));
        EXPECT_TRUE(result.value().is(not_implemented()));
        EXPECT_TRUE(int_binary_op(vm, one, text, static_cast<int>(BinaryOperator::Add)).is_error());
        EXPECT_TRUE(vm.clear_pending_if(ExceptionKind::TypeError));
        // Two bools keep & | ^ boolean.
        Ref<> both
            = MUST(int_binary_op(vm, true_value(), false_value(), static_cast<int>(BinaryOperator::Or)));
        EXPECT_TRUE(both.value().is(true_value()));
    }

    TEST(Float, ComparesExactlyWithHugeInts)
    {
        Vm vm;
        // 2**53 + 1 is not a double: it must compare greater than 2.0**53.
        Ref<> big = new_int((int64_t {1} << 53) + 1);
        Ref<> power = MUST(new_float(vm, std::ldexp(1.0, 53)));
        EXPECT_TRUE(MUST(rich_compare_bool(vm, big, power, ComparisonOperator::Greater)));
        EXPECT_FALSE(MUST(rich_compare_bool(vm, big, power, ComparisonOperator::Equal)));
        ScopedMpz huge;
        mpz_ui_pow_ui(huge, 10, 400);
        Ref<> huge_int = MUST(new_int(vm, huge));
        Ref<> largest = MUST(new_float(vm, 1.7976931348623157e308));
        Ref<> infinity = MUST(new_float(vm, INFINITY));
        Ref<> not_a_number = MUST(new_float(vm, NAN));
        EXPECT_TRUE(MUST(rich_compare_bool(vm, largest, huge_int, ComparisonOperator::Less)));
        EXPECT_TRUE(MUST(rich_compare_bool(vm, infinity, huge_int, ComparisonOperator::Greater)));
        EXPECT_FALSE(MUST(rich_compare_bool(vm, not_a_number, huge_int, ComparisonOperator::Equal)));
        EXPECT_TRUE(MUST(rich_compare_bool(vm, not_a_number, huge_int, ComparisonOperator::NotEqual)));
    }

    TEST(Float, HashesMatchIntsOfEqualValue)
    {
        Vm vm;
        for (int64_t value :
            {int64_t {0}, int64_t {-1}, int64_t {12345}, int64_t {1} << 61, -(int64_t {1} << 60)}) {
            Ref<> integer = new_int(value);
            Ref<> real = MUST(new_float(vm, static_cast<double>(value)));
            Ref<> complex = MUST(new_complex(vm, static_cast<double>(value), 0.0));
            EXPECT_EQ(MUST(hash(vm, integer)), MUST(hash(vm, real))) << value;
            EXPECT_EQ(MUST(hash(vm, integer)), MUST(hash(vm, complex))) << value;
        }
    }

    TEST(NumberText, UnicodeDigitsAndSpacesMapToAscii)
    {
        EXPECT_EQ(ascii_number_image("12"), "12");
        // ARABIC-INDIC DIGIT ONE, TWO; EM SPACE; FULLWIDTH DIGIT THREE; a letter.
        EXPECT_EQ(ascii_number_image("\u0661\u0662"), "12");
        EXPECT_EQ(ascii_number_image("\u2003\uff13\u3000"), " 3 ");
        EXPECT_EQ(ascii_number_image("\u00e9"), "?");
    }

    TEST(Int, SizeofFollowsCPythonDigits)
    {
        Vm vm;
        auto size_of = [&](Value value) {
            Ref<> size = MUST(call_method(vm, value, "__sizeof__"));
            return *int_to_int64(size);
        };
        EXPECT_EQ(size_of(Value::small_int(0)), 28);
        EXPECT_EQ(size_of(Value::small_int(1)), 28);
        EXPECT_EQ(size_of(Value::small_int((int64_t {1} << 30) - 1)), 28);
        EXPECT_EQ(size_of(Value::small_int(int64_t {1} << 30)), 32);
        EXPECT_EQ(size_of(Value::small_int(-(int64_t {1} << 60))), 36);
        EXPECT_EQ(size_of(true_value()), 28);
        EXPECT_EQ(size_of(false_value()), 28);
    }

} // namespace
} // namespace taipan
