// list: a growable array of owned values (CPython's over-allocation pattern, so
// sys.getsizeof agrees).
#pragma once

#include "objects/object.h"
#include "objects/type.h"
#include "support/result.h"

#include <cstdint>
#include <span>

namespace taipan {

class Vm;

struct List : Object {
    Value* items = nullptr;
    int64_t size = 0;
    int64_t capacity = 0;

    Value operator[](int64_t index) const { return items[index]; }
    std::span<Value const> span() const { return {items, size_t(size)}; }
};

inline bool is_list(Value value)
{
    return value.is_object() && (value.type() == &list_type || value.type()->has_flag(TypeListSubclass));
}
inline bool is_exact_list(Value value) { return value.is_object() && value.type() == &list_type; }
inline List& as_list(Value value) { return *static_cast<List*>(value.as_object()); }

Result<Ref<List>> new_list(Vm&, int64_t reserve = 0);
Result<Ref<List>> new_list(Vm&, std::span<Value const> items);
// Appends a new reference to `item`.
Result<void> list_append(Vm&, List&, Value item);
// Appends every item of an iterable (list.extend).
Result<void> list_extend(Vm&, List&, Value iterable);
// list(iterable)
Result<Ref<List>> list_from_iterable(Vm&, Value iterable);
// list.sort(key=None, reverse=False): stable, CPython's comparisons (only `<`).
Result<void> list_sort(Vm&, List&, Value key, bool reverse);

} // namespace taipan
