// bytes, bytearray and memoryview: the binary sequence types, and the "bytes-like
// object" view (CPython's buffer protocol, reduced to contiguous bytes) that every
// function accepting bytes, bytearray or memoryview reads through.
#pragma once

#include "objects/object.h"
#include "objects/type.h"
#include "support/result.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace taipan {

class Vm;

// bytes: `size` bytes stored inline after the header, then a zero byte.
struct Bytes : Object {
    int64_t size = 0;
    int64_t hash = -1; // cached; -1: not computed yet

    uint8_t* data() { return reinterpret_cast<uint8_t*>(this + 1); }
    uint8_t const* data() const { return reinterpret_cast<uint8_t const*>(this + 1); }
    std::string_view view() const { return {reinterpret_cast<char const*>(data()), size_t(size)}; }
};

// bytearray: a growable buffer with CPython's allocation policy (so sys.getsizeof
// agrees) and its "logical offset", which makes deleting from the front cheap.
// While a memoryview exports the buffer (`exports` > 0) it cannot be resized.
struct ByteArray : Object {
    uint8_t* storage = nullptr; // `capacity` bytes; the contents start at `offset`
    int64_t offset = 0;
    int64_t size = 0;
    int64_t capacity = 0; // CPython's ob_alloc: what __sizeof__ reports
    int64_t exports = 0;

    uint8_t* data() { return storage ? storage + offset : nullptr; }
    uint8_t const* data() const { return storage ? storage + offset : nullptr; }
    std::string_view view() const { return {reinterpret_cast<char const*>(data()), size_t(size)}; }
};

// memoryview over a bytes or bytearray: one dimension of `length` items of
// `itemsize` bytes, `stride` bytes apart (a slice with a step, or a cast to a native
// struct format such as 'I' or 'd').
struct MemoryView : Object {
    Ref<> object; // the exporter (null once released)
    uint8_t* data = nullptr; // first item
    int64_t length = 0; // items
    int64_t stride = 1; // bytes between items
    int64_t itemsize = 1;
    char format[3] = {'B', 0, 0}; // the struct format, "B" or e.g. "@I"
    bool readonly = true;
    bool released = false;
    int64_t exports = 0; // memoryviews made from this one
    int64_t hash = -1;

    // The format letter without its '@' prefix.
    char code() const { return format[0] == '@' ? format[1] : format[0]; }
    bool is_contiguous() const { return stride == itemsize || length <= 1; }
};

extern Type memoryview_type;
extern Type bytes_iterator_type;
extern Type bytearray_iterator_type;

inline bool is_bytes(Value value)
{
    return value.is_object() && (value.type() == &bytes_type || value.type()->has_flag(TypeBytesSubclass));
}
inline bool is_exact_bytes(Value value)
{
    return value.is_object() && value.type() == &bytes_type;
}
inline Bytes& as_bytes(Value value)
{
    return *static_cast<Bytes*>(value.as_object());
}
inline bool is_bytearray(Value value)
{
    return value.is_object() && is_subtype(value.type(), &bytearray_type);
}
inline ByteArray& as_bytearray(Value value)
{
    return *static_cast<ByteArray*>(value.as_object());
}
inline bool is_memoryview(Value value)
{
    return value.is_object() && is_subtype(value.type(), &memoryview_type);
}
inline MemoryView& as_memoryview(Value value)
{
    return *static_cast<MemoryView*>(value.as_object());
}

// New bytes. The empty bytes and the 256 one-byte bytes are cached singletons.
Result<Ref<Bytes>> new_bytes(Vm&, std::string_view data);
// Uninitialised (zeroed) bytes of `size`; the caller fills data() before sharing it.
Result<Ref<Bytes>> allocate_bytes(Vm&, int64_t size);
Ref<Bytes> empty_bytes();
Ref<Bytes> single_byte_bytes(uint8_t);
int64_t bytes_hash(Bytes&);

Result<Ref<ByteArray>> new_bytearray(Vm&, std::string_view data, Type& type = bytearray_type);
// Resizes with CPython's over-allocation; BufferError while exported. New bytes are
// left uninitialised.
Result<void> bytearray_resize(Vm&, ByteArray&, int64_t size);

// The contents of a bytes-like object (bytes, bytearray, C-contiguous memoryview), or
// nullopt (CPython's simple buffer requests refuse strided memoryviews the same way).
// The view is valid until Python code runs (a bytearray may be resized then).
std::optional<std::string_view> bytes_like_view(Value);
// As above, with CPython's TypeError "a bytes-like object is required, not 'str'".
Result<std::string_view> bytes_like_argument(Vm&, Value);
// The bytes of a memoryview, strided or not, in item order (bytes(m), m.tobytes()).
std::string memoryview_bytes(MemoryView const&);
// A released memoryview raises ValueError "operation forbidden on released memoryview
// object"; any other object gives nullopt and no exception.
Result<std::optional<std::string_view>> bytes_like_view_checked(Vm&, Value);

// bytes(x) / bytearray(x) argument conversion: the bytes of an int count (zeros), a
// bytes-like object, an iterable of ints in range(256), or __bytes__ (bytes only).
// `type_name` ("bytes", "bytearray") is used in the messages.
Result<std::string> bytes_from_object(Vm&, Value source, char const* type_name);

} // namespace taipan
