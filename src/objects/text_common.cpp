// The argument helpers str, bytes and bytearray share: optional start/end indices and
// slices.
#include "objects/text_common.h"

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/sequence.h"
#include "objects/slice.h"
#include "vm/vm.h"

#include <limits>

namespace taipan {

Result<int64_t> slice_index_argument(Vm& vm, Value value, int64_t default_value)
{
    if (!value || is_none(value))
        return default_value;
    if (value.is_small_int())
        return value.as_small_int();
    if (!has_index(value))
        return vm.raise(
            ExceptionKind::TypeError, "slice indices must be integers or None or have an __index__ method");
    return index_to_int64(vm, value, IndexOverflow::Clamp);
}

Result<void> search_bounds(
    Vm& vm, Value start, Value end, int64_t length, int64_t& start_out, int64_t& end_out)
{
    start_out = TRY(slice_index_argument(vm, start, 0));
    end_out = TRY(slice_index_argument(vm, end, std::numeric_limits<int64_t>::max()));
    adjust_indices(start_out, end_out, length);
    return {};
}

Result<SliceRange> text_slice_range(Vm& vm, Value slice, int64_t length)
{
    SliceIndices indices = TRY(slice_indices(vm, slice, length));
    return SliceRange {indices.start, indices.stop, indices.step, indices.length};
}

} // namespace taipan
