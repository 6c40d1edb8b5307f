// The bytes type: allocation (with the cached empty and one-byte objects), bytes(),
// the sequence protocol, operators, hashing, repr, and the bytes-like view every
// binary API reads its arguments through. The methods it shares with bytearray are
// in bytes_methods.cpp.
#include "objects/bytes.h"

#include "objects/abstract.h"
#include "objects/bytes_methods.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/hash.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/sequence.h"
#include "objects/str.h"
#include "objects/str_codecs.h"
#include "objects/text_common.h"
#include "objects/tuple.h"
#include "vm/vm.h"

#include <cstring>
#include <limits>

namespace taipan {

Type bytes_type;
Type bytes_iterator_type;

namespace {

    size_t bytes_data_bytes(int64_t size)
    {
        return (size_t(size) + 1 + 7) & ~size_t(7);
    }

    size_t bytes_variable_size(Object const* object)
    {
        return sizeof(Bytes) + bytes_data_bytes(static_cast<Bytes const*>(object)->size);
    }

    // Type::variable_size is not part of TypeSpec; set it before the types are set up.
    struct BytesTypeSetup {
        BytesTypeSetup() { bytes_type.variable_size = bytes_variable_size; }
    } const bytes_type_setup;

    struct StaticBytes {
        Bytes header;
        uint8_t data[8];
    };
    static_assert(sizeof(Bytes) % alignof(Bytes) == 0 && sizeof(StaticBytes) == sizeof(Bytes) + 8);

    // The empty bytes (index 256) and the 256 one-byte bytes, immortal and shared.
    StaticBytes* static_bytes()
    {
        static StaticBytes* table = [] {
            auto* objects = new StaticBytes[257];
            for (int i = 0; i < 257; ++i) {
                Bytes& bytes = objects[i].header;
                bytes.refcount = Object::immortal_refcount;
                bytes.type = &bytes_type;
                std::memset(objects[i].data, 0, sizeof objects[i].data);
                bytes.size = i == 256 ? 0 : 1;
                objects[i].data[0] = i == 256 ? 0 : uint8_t(i);
            }
            return objects;
        }();
        return table;
    }

    Bytes& self_bytes(Args args)
    {
        return as_bytes(args[0]);
    }

    template<typename T>
    Result<Ref<>> upcast(Result<Ref<T>> result)
    {
        if (result.is_error())
            return Failure {result.release_error()};
        return Ref<>(result.release_value());
    }

    Result<Ref<Bytes>> exact_bytes(Vm& vm, Bytes& bytes)
    {
        if (bytes.type == &bytes_type)
            return ref(&bytes);
        return new_bytes(vm, bytes.view());
    }

    // CPython words the range error differently for the two types.
    char const* range_message(char const* type_name)
    {
        return std::string_view(type_name) == "bytes" ? "bytes must be in range(0, 256)"
                                                      : "byte must be in range(0, 256)";
    }

    // Appends the items of an iterable of ints in range(256).
    Result<void> append_iterable_bytes(Vm& vm, Value iterable, std::string& out, char const* type_name)
    {
        auto iterator = get_iter(vm, iterable);
        if (iterator.is_error()) {
            if (vm.pending_exception_matches(ExceptionKind::TypeError)) {
                (void)vm.take_pending_exception();
                return vm.raise(ExceptionKind::TypeError,
                    "cannot convert '" + taipan::type_name(iterable) + "' object to " + type_name);
            }
            return Failure {iterator.release_error()};
        }
        while (true) {
            Ref<> item = TRY(iter_next(vm, iterator.value().value()));
            if (!item)
                break;
            int64_t value = TRY(index_to_int64(vm, item.value(), IndexOverflow::OverflowError));
            if (value < 0 || value > 255)
                return vm.raise(ExceptionKind::ValueError, range_message(type_name));
            out += char(value);
        }
        return {};
    }

    // --- the type's own methods ---

    Result<Ref<>> bytes_new(Vm& vm, Args args)
    {
        Type* type = TRY(new_type_argument(vm, args[0], bytes_type));
        Value source = args[1];
        Value encoding = args[2];
        Value errors = args[3];
        std::string data;
        Ref<Bytes> result;
        if (!source) {
            if (encoding || errors)
                return vm.raise(ExceptionKind::TypeError,
                    encoding ? "encoding without a string argument" : "errors without a string argument");
            result = empty_bytes();
        } else if (encoding || errors) {
            if (!is_str(source))
                return vm.raise(ExceptionKind::TypeError,
                    encoding ? "encoding without a string argument" : "errors without a string argument");
            result = TRY(encode_str(vm, as_str(source), encoding, errors));
        } else if (source.type()->lookup_special(SpecialMethod::Bytes)) {
            Ref<> converted = TRY(call_special(vm, SpecialMethod::Bytes, source));
            if (!is_bytes(converted.value()))
                return vm.raise(ExceptionKind::TypeError,
                    "__bytes__ returned non-bytes (type " + type_name(converted.value()) + ")");
            result = std::move(converted).cast<Bytes>();
        } else {
            data = TRY(bytes_from_object(vm, source, "bytes"));
            result = TRY(new_bytes(vm, data));
        }
        if (type == &bytes_type)
            return upcast(exact_bytes(vm, *result));
        Object* memory = TRY(allocate_instance(vm, *type, bytes_data_bytes(result->size)));
        auto* instance = static_cast<Bytes*>(memory);
        instance->size = result->size;
        instance->hash = -1;
        if (result->size)
            std::memcpy(instance->data(), result->data(), size_t(result->size));
        return Ref<>::adopt(Value(instance));
    }

    Result<Ref<>> bytes_repr(Vm& vm, Args args)
    {
        return upcast(new_str(vm, binary_repr(self_bytes(args).view())));
    }

    Result<Ref<>> bytes_len(Vm&, Args args)
    {
        return new_int(self_bytes(args).size);
    }

    Result<Ref<>> bytes_dunder_hash(Vm&, Args args)
    {
        return new_int(bytes_hash(self_bytes(args)));
    }

    Result<Ref<>> bytes_sizeof(Vm&, Args args)
    {
        return new_int(33 + self_bytes(args).size);
    }

    Result<Ref<>> bytes_dunder_bytes(Vm& vm, Args args)
    {
        return upcast(exact_bytes(vm, self_bytes(args)));
    }

    Result<Ref<>> bytes_getnewargs(Vm& vm, Args args)
    {
        Ref<Bytes> copy = TRY(exact_bytes(vm, self_bytes(args)));
        return upcast(new_tuple(vm, {copy.value()}));
    }

    Result<Ref<>> bytes_getitem(Vm& vm, Args args)
    {
        Bytes& bytes = self_bytes(args);
        Value key = args[1];
        if (key.is_small_int() || (key.is_object() && key.type() != &slice_type && has_index(key))) {
            int64_t index = TRY(index_to_int64(vm, key, IndexOverflow::IndexError));
            if (index < 0)
                index += bytes.size;
            if (index < 0 || index >= bytes.size)
                return vm.raise(ExceptionKind::IndexError, "index out of range");
            return new_int(bytes.data()[index]);
        }
        if (key.is_object() && key.type() == &slice_type) {
            SliceRange range = TRY(text_slice_range(vm, key, bytes.size));
            if (range.step == 1) {
                if (range.count == bytes.size && bytes.type == &bytes_type)
                    return Ref<>(ref(&bytes));
                return upcast(new_bytes(vm, bytes.view().substr(size_t(range.start), size_t(range.count))));
            }
            Ref<Bytes> result = TRY(allocate_bytes(vm, range.count));
            for (int64_t i = 0, index = range.start; i < range.count; ++i, index += range.step)
                result->data()[i] = bytes.data()[index];
            return Ref<>(std::move(result));
        }
        return vm.raise(
            ExceptionKind::TypeError, "byte indices must be integers or slices, not " + type_name(key));
    }

    Result<Ref<>> bytes_add(Vm& vm, Args args)
    {
        Bytes& bytes = self_bytes(args);
        auto other = TRY(bytes_like_view_checked(vm, args[1]));
        if (!other) {
            if (args[1].type()->is_heap() && args[1].type()->lookup_special(SpecialMethod::RAdd))
                return ref(not_implemented());
            return vm.raise(ExceptionKind::TypeError, "can't concat " + type_name(args[1]) + " to bytes");
        }
        if (other->empty() && bytes.type == &bytes_type)
            return Ref<>(ref(&bytes));
        if (bytes.size == 0 && is_exact_bytes(args[1]))
            return ref(args[1]);
        if (int64_t(other->size()) > std::numeric_limits<int64_t>::max() / 2 - bytes.size)
            return vm.raise(ExceptionKind::MemoryError, "");
        Ref<Bytes> result = TRY(allocate_bytes(vm, bytes.size + int64_t(other->size())));
        std::memcpy(result->data(), bytes.data(), size_t(bytes.size));
        std::memcpy(result->data() + bytes.size, other->data(), other->size());
        return Ref<>(std::move(result));
    }

    Result<Ref<>> repeat(Vm& vm, Bytes& bytes, Value count_value, bool reflected)
    {
        if (!has_index(count_value)) {
            if (!reflected && count_value.type()->is_heap()
                && count_value.type()->lookup_special(SpecialMethod::RMul))
                return ref(not_implemented());
            return vm.raise(ExceptionKind::TypeError,
                "can't multiply sequence by non-int of type '" + type_name(count_value) + "'");
        }
        int64_t count = TRY(index_to_int64(vm, count_value, IndexOverflow::OverflowError));
        if (count <= 0 || bytes.size == 0)
            return Ref<>(empty_bytes());
        if (count == 1 && bytes.type == &bytes_type)
            return Ref<>(ref(&bytes));
        if (bytes.size > std::numeric_limits<int64_t>::max() / 2 / count)
            return vm.raise(ExceptionKind::OverflowError, "repeated bytes are too long");
        Ref<Bytes> result = TRY(allocate_bytes(vm, bytes.size * count));
        for (int64_t i = 0; i < count; ++i)
            std::memcpy(result->data() + i * bytes.size, bytes.data(), size_t(bytes.size));
        return Ref<>(std::move(result));
    }

    Result<Ref<>> bytes_mul(Vm& vm, Args args)
    {
        return repeat(vm, self_bytes(args), args[1], false);
    }
    Result<Ref<>> bytes_rmul(Vm& vm, Args args)
    {
        return repeat(vm, self_bytes(args), args[1], true);
    }

    Result<Ref<>> compare(Vm& vm, Args args, ComparisonOperator op)
    {
        // CPython: bytes compares only with bytes; bytearray's reflected method handles
        // the other buffers.
        if (!is_bytes(args[1]))
            return ref(not_implemented());
        return binary_rich_compare(vm, args[0], args[1], int(op));
    }

    Result<Ref<>> bytes_eq(Vm& vm, Args args)
    {
        return compare(vm, args, ComparisonOperator::Equal);
    }
    Result<Ref<>> bytes_ne(Vm& vm, Args args)
    {
        return compare(vm, args, ComparisonOperator::NotEqual);
    }
    Result<Ref<>> bytes_lt(Vm& vm, Args args)
    {
        return compare(vm, args, ComparisonOperator::Less);
    }
    Result<Ref<>> bytes_le(Vm& vm, Args args)
    {
        return compare(vm, args, ComparisonOperator::LessEqual);
    }
    Result<Ref<>> bytes_gt(Vm& vm, Args args)
    {
        return compare(vm, args, ComparisonOperator::Greater);
    }
    Result<Ref<>> bytes_ge(Vm& vm, Args args)
    {
        return compare(vm, args, ComparisonOperator::GreaterEqual);
    }

    // --- iteration ---

    struct BytesIterator : Object {
        Ref<Bytes> bytes; // null once exhausted
        int64_t index = 0;
    };

    BytesIterator& self_iterator(Args args)
    {
        return *static_cast<BytesIterator*>(args[0].as_object());
    }

    Result<Ref<>> bytes_iter(Vm& vm, Args args)
    {
        Ref<BytesIterator> iterator = TRY(make_object<BytesIterator>(vm, bytes_iterator_type, 0));
        iterator->bytes = ref(&self_bytes(args));
        return Ref<>(std::move(iterator));
    }

    Result<Ref<>> bytes_iterator_iter(Vm&, Args args)
    {
        return ref(args[0]);
    }

    Result<Ref<>> bytes_iterator_next(Vm&, Args args)
    {
        BytesIterator& iterator = self_iterator(args);
        if (!iterator.bytes)
            return Ref<> {};
        if (iterator.index >= iterator.bytes->size) {
            iterator.bytes = nullptr;
            return Ref<> {};
        }
        return new_int(iterator.bytes->data()[iterator.index++]);
    }

    Result<Ref<>> bytes_iterator_length_hint(Vm&, Args args)
    {
        BytesIterator& iterator = self_iterator(args);
        return new_int(iterator.bytes ? std::max<int64_t>(0, iterator.bytes->size - iterator.index) : 0);
    }

    Result<Ref<>> bytes_iterator_reduce(Vm& vm, Args args)
    {
        BytesIterator& iterator = self_iterator(args);
        Ref<> iter_function = TRY(get_attribute(vm, Value(&vm.builtins_module()), "iter"));
        if (!iterator.bytes) {
            Ref<Tuple> arguments = TRY(new_tuple(vm, {empty_bytes().value()}));
            return upcast(new_tuple(vm, {iter_function.value(), arguments.value()}));
        }
        Ref<Tuple> arguments = TRY(new_tuple(vm, {iterator.bytes.value()}));
        Ref<> index = new_int(iterator.index);
        return upcast(new_tuple(vm, {iter_function.value(), arguments.value(), index.value()}));
    }

    Result<Ref<>> bytes_iterator_setstate(Vm& vm, Args args)
    {
        BytesIterator& iterator = self_iterator(args);
        int64_t index = TRY(index_to_int64(vm, args[1], IndexOverflow::SsizeOverflow));
        if (iterator.bytes)
            iterator.index = std::clamp<int64_t>(index, 0, iterator.bytes->size);
        return new_none();
    }

    void bytes_iterator_destruct(Object* object)
    {
        static_cast<BytesIterator*>(object)->~BytesIterator();
    }

    void bytes_iterator_traverse(Object* object, VisitFunction visit, void* context)
    {
        auto* iterator = static_cast<BytesIterator*>(object);
        if (iterator->bytes)
            visit(iterator->bytes.value(), context);
    }

    void bytes_iterator_clear(Object* object)
    {
        static_cast<BytesIterator*>(object)->bytes = nullptr;
    }

    constexpr NativeMethod bytes_iterator_methods[] = {
        {"__iter__($self, /)", bytes_iterator_iter},
        {"__next__($self, /)", bytes_iterator_next},
        {"__length_hint__($self, /)", bytes_iterator_length_hint},
        {"__reduce__($self, /)", bytes_iterator_reduce},
        {"__setstate__($self, state, /)", bytes_iterator_setstate},
    };

    constexpr NativeMethod bytes_methods[]
        = {{"__new__($type, source=?, encoding=?, errors=?)", bytes_new, MethodKind::Static},
            {"__repr__($self, /)", bytes_repr}, {"__str__($self, /)", bytes_repr},
            {"__hash__($self, /)", bytes_dunder_hash}, {"__len__($self, /)", bytes_len},
            {"__getitem__($self, key, /)", bytes_getitem}, {"__iter__($self, /)", bytes_iter},
            {"__eq__($self, value, /)", bytes_eq}, {"__ne__($self, value, /)", bytes_ne},
            {"__lt__($self, value, /)", bytes_lt}, {"__le__($self, value, /)", bytes_le},
            {"__gt__($self, value, /)", bytes_gt}, {"__ge__($self, value, /)", bytes_ge},
            {"__add__($self, value, /)", bytes_add}, {"__mul__($self, value, /)", bytes_mul},
            {"__rmul__($self, value, /)", bytes_rmul}, {"__bytes__($self, /)", bytes_dunder_bytes},
            {"__getnewargs__($self, /)", bytes_getnewargs}, {"__sizeof__($self, /)", bytes_sizeof},
            TAIPAN_BINARY_COMMON_METHODS};

} // namespace

Result<Ref<Bytes>> allocate_bytes(Vm& vm, int64_t size)
{
    if (size == 0)
        return empty_bytes();
    if (size < 0 || size > std::numeric_limits<int64_t>::max() / 2)
        return vm.raise(ExceptionKind::MemoryError, "");
    Object* memory = TRY(allocate_instance(vm, bytes_type, bytes_data_bytes(size)));
    auto* bytes = static_cast<Bytes*>(memory);
    bytes->size = size;
    bytes->hash = -1;
    return Ref<Bytes>::adopt(Value(bytes));
}

Result<Ref<Bytes>> new_bytes(Vm& vm, std::string_view data)
{
    if (data.empty())
        return empty_bytes();
    if (data.size() == 1)
        return single_byte_bytes(uint8_t(data[0]));
    Ref<Bytes> bytes = TRY(allocate_bytes(vm, int64_t(data.size())));
    std::memcpy(bytes->data(), data.data(), data.size());
    return bytes;
}

Ref<Bytes> empty_bytes()
{
    return ref(&static_bytes()[256].header);
}

Ref<Bytes> single_byte_bytes(uint8_t byte)
{
    return ref(&static_bytes()[byte].header);
}

int64_t bytes_hash(Bytes& bytes)
{
    if (bytes.hash == -1)
        bytes.hash = hash_bytes(hash_key(), bytes.view());
    return bytes.hash;
}

std::optional<std::string_view> bytes_like_view(Value value)
{
    if (!value.is_object())
        return std::nullopt;
    if (is_bytes(value))
        return as_bytes(value).view();
    if (is_bytearray(value))
        return as_bytearray(value).view();
    if (is_memoryview(value)) {
        MemoryView& view = as_memoryview(value);
        if (view.released || !view.is_contiguous())
            return std::nullopt;
        return std::string_view(
            reinterpret_cast<char const*>(view.data), size_t(view.length * view.itemsize));
    }
    return std::nullopt;
}

Result<std::optional<std::string_view>> bytes_like_view_checked(Vm& vm, Value value)
{
    if (is_memoryview(value) && as_memoryview(value).released)
        return vm.raise(ExceptionKind::ValueError, "operation forbidden on released memoryview object");
    return bytes_like_view(value);
}

Result<std::string_view> bytes_like_argument(Vm& vm, Value value)
{
    auto view = TRY(bytes_like_view_checked(vm, value));
    if (!view)
        return vm.raise(
            ExceptionKind::TypeError, "a bytes-like object is required, not '" + type_name(value) + "'");
    return *view;
}

Result<std::string> bytes_from_object(Vm& vm, Value source, char const* type_name)
{
    if (is_str(source))
        return vm.raise(ExceptionKind::TypeError, "string argument without an encoding");
    if (has_index(source)) {
        int64_t count = TRY(index_to_int64(vm, source, IndexOverflow::OverflowError));
        if (count < 0)
            return vm.raise(ExceptionKind::ValueError, "negative count");
        if (count > std::numeric_limits<int64_t>::max() / 2)
            return vm.raise(ExceptionKind::MemoryError, "");
        return std::string(size_t(count), '\0');
    }
    // bytes() and bytearray() copy any buffer, strided memoryviews included.
    if (is_memoryview(source)) {
        MemoryView& view = as_memoryview(source);
        if (view.released)
            return vm.raise(ExceptionKind::ValueError, "operation forbidden on released memoryview object");
        return memoryview_bytes(view);
    }
    auto view = TRY(bytes_like_view_checked(vm, source));
    if (view)
        return std::string(*view);
    std::string out;
    if (is_list(source) || is_tuple(source)) {
        // Index by position and hold each item: __index__ may run Python code that
        // changes a list.
        for (int64_t i = 0; i < (is_list(source) ? as_list(source).size : as_tuple(source).size); ++i) {
            Ref<> item = ref(is_list(source) ? as_list(source)[i] : as_tuple(source)[i]);
            int64_t value = TRY(index_to_int64(vm, item.value(), IndexOverflow::OverflowError));
            if (value < 0 || value > 255)
                return vm.raise(ExceptionKind::ValueError, range_message(type_name));
            out += char(value);
        }
        return out;
    }
    TRY(append_iterable_bytes(vm, source, out, type_name));
    return out;
}

extern TypeSpec const bytes_type_spec;
TypeSpec const bytes_type_spec = {
    .name = "bytes",
    .instance_size = sizeof(Bytes),
    .flags = TypeBaseType | TypeBytesSubclass,
    .doc = "bytes(iterable_of_ints) -> bytes\n"
           "bytes(string, encoding[, errors]) -> bytes\n"
           "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
           "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
           "bytes() -> empty bytes object\n"
           "\n"
           "Construct an immutable array of bytes from:\n"
           "  - an iterable yielding integers in range(256)\n"
           "  - a text string encoded using the specified encoding\n"
           "  - any object implementing the buffer API.\n"
           "  - an integer",
    .methods = bytes_methods,
};

extern TypeSpec const bytes_iterator_type_spec;
TypeSpec const bytes_iterator_type_spec = {
    .name = "bytes_iterator",
    .instance_size = sizeof(BytesIterator),
    .flags = TypeHasGc | TypeDisallowInstantiation,
    .methods = bytes_iterator_methods,
    .destruct = bytes_iterator_destruct,
    .traverse = bytes_iterator_traverse,
    .clear = bytes_iterator_clear,
};

} // namespace taipan
