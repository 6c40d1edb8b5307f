// slice objects (a[start:stop:step]) and the helper every sequence type uses to turn
// a slice into concrete indices for its length (CPython's PySlice_Unpack followed by
// PySlice_AdjustIndices).
#pragma once

#include "objects/object.h"
#include "objects/type.h"
#include "support/result.h"

#include <cstdint>

namespace taipan {

class Vm;

struct SliceObject : Object {
    // Never null once made: None when omitted.
    Ref<> start;
    Ref<> stop;
    Ref<> step;
};

inline bool is_slice(Value value)
{
    return value.is_object() && value.type() == &slice_type;
}
inline SliceObject& as_slice(Value value)
{
    return *static_cast<SliceObject*>(value.as_object());
}

// slice(start, stop, step); null arguments mean None.
Result<Ref<SliceObject>> new_slice(Vm&, Value start, Value stop, Value step);

struct SliceIndices {
    int64_t start = 0;
    int64_t stop = 0;
    int64_t step = 1;
    int64_t length = 0; // how many items the slice selects
};

// The indices `slice` selects in a sequence of `length` items. ValueError "slice step
// cannot be zero"; TypeError "slice indices must be integers or None or have an
// __index__ method".
Result<SliceIndices> slice_indices(Vm&, Value slice, int64_t length);

// _PySlice_GetLongIndices: slice.indices(length) with unbounded ints (range slicing).
struct Tuple;
Result<Ref<Tuple>> slice_long_indices(Vm&, SliceObject const&, Value length);

// PySlice_Unpack alone: start/stop/step with None replaced and huge values clamped,
// before adjusting to a length.
Result<void> slice_unpack(Vm&, SliceObject const&, int64_t& start, int64_t& stop, int64_t& step);
// PySlice_AdjustIndices: clamps unpacked bounds to `length`; returns the item count.
int64_t slice_adjust_indices(int64_t length, int64_t& start, int64_t& stop, int64_t step);

} // namespace taipan
