// range objects: start, stop, step and the precomputed length, all Python ints of any
// size, with int64_t copies for the common case where everything fits.
#pragma once

#include "objects/object.h"
#include "objects/type.h"
#include "support/result.h"

#include <cstdint>

namespace taipan {

class Vm;

struct RangeObject : Object {
    Ref<> start;
    Ref<> stop;
    Ref<> step;
    Ref<> length;
    // Set when start, stop, step and length all fit int64_t (the fast paths).
    bool is_small = false;
    int64_t small_start = 0;
    int64_t small_step = 1;
    int64_t small_length = 0;
};

inline bool is_range(Value value)
{
    return value.is_object() && value.type() == &range_type;
}
inline RangeObject& as_range(Value value)
{
    return *static_cast<RangeObject*>(value.as_object());
}

// range(start, stop, step) from ints (step != 0).
Result<Ref<RangeObject>> new_range(Vm&, Value start, Value stop, Value step);

} // namespace taipan
