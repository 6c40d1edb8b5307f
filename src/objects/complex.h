// complex: a boxed pair of doubles, with CPython 3.11's arithmetic (Smith's division,
// exponentiation by squaring for small integer powers), repr, hashing and parsing.
#pragma once

#include "objects/object.h"
#include "objects/type.h"
#include "support/result.h"

namespace taipan {

class Vm;

struct ComplexObject : Object {
    double real = 0;
    double imag = 0;
};

struct ComplexValue {
    double real = 0;
    double imag = 0;
};

inline bool is_complex(Value value)
{
    return value.is_object() && is_subtype(value.type(), &complex_type);
}
inline bool is_exact_complex(Value value)
{
    return value.is_object() && value.type() == &complex_type;
}
inline ComplexValue complex_value(Value value)
{
    auto* object = static_cast<ComplexObject*>(value.as_object());
    return {object->real, object->imag};
}

Result<Ref<>> new_complex(Vm&, double real, double imag);
inline Result<Ref<>> new_complex(Vm& vm, ComplexValue value)
{
    return new_complex(vm, value.real, value.imag);
}

// base ** exponent with CPython's algorithm and errors (ZeroDivisionError "0.0 to a
// negative or complex power", OverflowError "complex exponentiation").
Result<ComplexValue> complex_power(Vm&, ComplexValue base, ComplexValue exponent);

} // namespace taipan
