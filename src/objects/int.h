// int and bool. Ints in [Value::min_small_int, Value::max_small_int] are tagged small
// ints (no object); larger ones are IntObjects holding a GMP integer. Instances of int
// subclasses (bool, user classes) are IntObjects too, whatever their value, so they
// have a type pointer. True and False are immortal IntObjects of type bool.
#pragma once

#include "objects/object.h"
#include "objects/type.h"
#include "support/result.h"

#include <cstdint>
#include <gmp.h>
#include <optional>
#include <string>

namespace taipan {

class Vm;

struct IntObject : Object {
    mpz_t value;
    IntObject() { mpz_init(value); }
    ~IntObject() { mpz_clear(value); }
};

inline bool is_int(Value value)
{
    return value.is_small_int() || value.type() == &int_type || value.type()->has_flag(TypeIntSubclass);
}
// Exactly int (not bool, not a subclass).
inline bool is_exact_int(Value value) { return value.is_small_int() || value.type() == &int_type; }
inline bool is_bool(Value value) { return value.is_object() && value.type() == &bool_type; }

// New ints: small when the value fits, an IntObject otherwise.
Ref<> new_int(int64_t);
Result<Ref<>> new_int(Vm&, mpz_srcptr);
Result<Ref<>> new_int_from_uint64(Vm&, uint64_t);

// The value of an int (any int instance) if it fits int64_t.
std::optional<int64_t> int_to_int64(Value);
// Copies the value of any int instance into `out` (initialised by the caller).
void int_to_mpz(Value, mpz_ptr out);
// The sign: -1, 0, 1.
int int_sign(Value);
// int → float (OverflowError "int too large to convert to float").
Result<double> int_to_double(Vm&, Value);

// The max_str_digits limit of sys.set_int_max_str_digits (4300 by default, 0 = none).
int int_max_str_digits(Vm&);

// Arithmetic on any int instances (bools included), for the interpreter's slow path
// and the int methods. Raise ZeroDivisionError/OverflowError/ValueError/MemoryError
// with CPython's messages.
Result<Ref<>> int_binary_op(Vm&, Value left, Value right, int binary_operator);

} // namespace taipan
