// tuple: a fixed-size array of owned values stored inline after the header.
#pragma once

#include "objects/object.h"
#include "objects/type.h"
#include "support/result.h"

#include <cstdint>
#include <initializer_list>
#include <span>

namespace taipan {

class Vm;

struct Tuple : Object {
    int64_t size = 0;
    // `size` owned Values follow.

    Value* items() { return reinterpret_cast<Value*>(this + 1); }
    Value const* items() const { return reinterpret_cast<Value const*>(this + 1); }
    Value operator[](int64_t index) const { return items()[index]; }
    std::span<Value const> span() const { return {items(), size_t(size)}; }
};

inline bool is_tuple(Value value)
{
    return value.is_object() && (value.type() == &tuple_type || value.type()->has_flag(TypeTupleSubclass));
}
inline bool is_exact_tuple(Value value) { return value.is_object() && value.type() == &tuple_type; }
inline Tuple& as_tuple(Value value) { return *static_cast<Tuple*>(value.as_object()); }

// A tuple of `size` null items: the caller stores owned references into items()
// before the tuple is visible to Python. The empty tuple is a singleton.
Result<Ref<Tuple>> allocate_tuple(Vm&, int64_t size);
// A tuple holding new references to `items`.
Result<Ref<Tuple>> new_tuple(Vm&, std::span<Value const> items);
inline Result<Ref<Tuple>> new_tuple(Vm& vm, std::initializer_list<Value> items)
{
    return new_tuple(vm, std::span<Value const>(items.begin(), items.size()));
}
Ref<Tuple> empty_tuple();

} // namespace taipan
