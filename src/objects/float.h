// float: a boxed IEEE double. Formatting and parsing live in float_text.h.
#pragma once

#include "objects/object.h"
#include "objects/type.h"
#include "support/result.h"

namespace taipan {

class Vm;

struct FloatObject : Object {
    double value = 0;
};

inline bool is_float(Value value)
{
    return value.is_object() && (value.type() == &float_type || value.type()->has_flag(TypeFloatSubclass));
}
inline bool is_exact_float(Value value) { return value.is_object() && value.type() == &float_type; }
inline double float_value(Value value) { return static_cast<FloatObject*>(value.as_object())->value; }
Result<Ref<>> new_float(Vm&, double);

// float(x) conversion for float/int/__float__/__index__ values (not str): the number
// protocol's PyFloat_AsDouble. TypeError "must be real number, not str".
Result<double> to_double(Vm&, Value);

} // namespace taipan
