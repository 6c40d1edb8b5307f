// float: a boxed IEEE double. Formatting and parsing live in float_text.h.
#pragma once

#include "objects/object.h"
#include "objects/type.h"
#include "support/result.h"
#include "support/small_object_pool.h"

#include <cstring>

namespace taipan {

class Vm;

struct FloatObject : Object {
    double value = 0;
};

// Freed exact floats wait here for reuse, as in CPython (which keeps 100): arithmetic
// makes and drops floats all the time, and this skips the allocator for them. The
// floats are linked through their `value`. Sanitizer builds keep none, so that ASan
// sees every float's lifetime.
struct FloatFreeList {
    static constexpr int limit = TAIPAN_PLAIN_MALLOC ? 0 : 100;
    FloatObject* head = nullptr;
    int count = 0;

    // Takes the float (refcount 0) when there is room; false leaves it to the caller.
    bool keep(FloatObject* object)
    {
        if (count >= limit)
            return false;
        std::memcpy(&object->value, &head, sizeof head);
        head = object;
        ++count;
        return true;
    }
    // A kept float (refcount 0, value stale), or null.
    FloatObject* take()
    {
        FloatObject* object = head;
        if (object) {
            std::memcpy(&head, &object->value, sizeof head);
            --count;
        }
        return object;
    }
    // Frees every kept float (at the end of the Vm).
    void release_all();
};

inline bool is_float(Value value)
{
    return value.is_object() && (value.type() == &float_type || value.type()->has_flag(TypeFloatSubclass));
}
inline bool is_exact_float(Value value)
{
    return value.is_object() && value.type() == &float_type;
}
inline double float_value(Value value)
{
    return static_cast<FloatObject*>(value.as_object())->value;
}
Result<Ref<>> new_float(Vm&, double);

// float(x) conversion for float/int/__float__/__index__ values (not str): the number
// protocol's PyFloat_AsDouble. TypeError "must be real number, not str".
Result<double> to_double(Vm&, Value);

} // namespace taipan
