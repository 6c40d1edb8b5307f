// The bytearray type: a mutable byte buffer with CPython's allocation policy (so
// __sizeof__ and __alloc__ agree), item and slice assignment, the list-like mutators
// (append, extend, insert, pop, remove, reverse, clear, copy), += and *=, and its
// iterator. The methods shared with bytes are in bytes_methods.cpp.
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/bytes_methods.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/sequence.h"
#include "objects/str.h"
#include "objects/str_codecs.h"
#include "objects/text_common.h"
#include "objects/tuple.h"
#include "vm/vm.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <limits>

namespace taipan {

Type bytearray_type;
Type bytearray_iterator_type;

namespace {

    ByteArray& self_array(Args args)
    {
        return as_bytearray(args[0]);
    }

    template<typename T>
    Result<Ref<>> upcast(Result<Ref<T>> result)
    {
        if (result.is_error())
            return Failure {result.release_error()};
        return Ref<>(result.release_value());
    }

    Result<void> check_resizable(Vm& vm, ByteArray& array)
    {
        if (array.exports > 0)
            return vm.raise(
                ExceptionKind::BufferError, "Existing exports of data: object cannot be re-sized");
        return {};
    }

    // Replaces the contents with `data`.
    Result<void> assign(Vm& vm, ByteArray& array, std::string_view data)
    {
        std::string copy(data);
        TRY(bytearray_resize(vm, array, int64_t(copy.size())));
        if (!copy.empty())
            std::memcpy(array.data(), copy.data(), copy.size());
        return {};
    }

    Result<void> append_byte(Vm& vm, ByteArray& array, uint8_t byte)
    {
        TRY(bytearray_resize(vm, array, array.size + 1));
        array.data()[array.size - 1] = byte;
        return {};
    }

    // bytearray[start:stop] = data for a step of 1 (stop >= start).
    Result<void> replace_range(Vm& vm, ByteArray& array, int64_t start, int64_t stop, std::string_view data)
    {
        std::string copy(data);
        int64_t removed = stop - start;
        int64_t growth = int64_t(copy.size()) - removed;
        if (growth != 0)
            TRY(check_resizable(vm, array));
        if (growth < 0) {
            if (start == 0) {
                // CPython: deleting from the front moves the start of the buffer instead
                // of the bytes.
                array.offset -= growth;
            } else {
                std::memmove(array.data() + stop + growth, array.data() + stop, size_t(array.size - stop));
            }
            TRY(bytearray_resize(vm, array, array.size + growth));
        } else if (growth > 0) {
            int64_t old_size = array.size;
            TRY(bytearray_resize(vm, array, old_size + growth));
            std::memmove(array.data() + stop + growth, array.data() + stop, size_t(old_size - stop));
        }
        if (!copy.empty())
            std::memcpy(array.data() + start, copy.data(), copy.size());
        return {};
    }

    // The bytes a slice assignment stores: a buffer, or an iterable of ints.
    Result<std::string> assigned_bytes(Vm& vm, Value value)
    {
        auto view = TRY(bytes_like_view_checked(vm, value));
        if (view)
            return std::string(*view);
        if (is_str(value) || has_index(value) || is_float(value))
            return vm.raise(ExceptionKind::TypeError,
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        std::string out;
        Ref<> iterator = TRY(get_iter(vm, value));
        while (true) {
            Ref<> item = TRY(iter_next(vm, iterator.value()));
            if (!item)
                break;
            out += char(TRY(byte_argument(vm, item.value())));
        }
        return out;
    }

    Result<void> delete_extended(Vm& vm, ByteArray& array, SliceRange const& range)
    {
        if (range.count == 0)
            return {};
        TRY(check_resizable(vm, array));
        std::string kept;
        kept.reserve(size_t(array.size - range.count));
        int64_t step = range.step < 0 ? -range.step : range.step;
        int64_t first = range.step < 0 ? range.start + (range.count - 1) * range.step : range.start;
        for (int64_t i = 0; i < array.size; ++i) {
            bool removed = i >= first && (i - first) % step == 0 && (i - first) / step < range.count;
            if (!removed)
                kept += char(array.data()[i]);
        }
        return assign(vm, array, kept);
    }

    Result<void> set_subscript(Vm& vm, ByteArray& array, Value key, Value value)
    {
        if (key.is_small_int() || (key.is_object() && key.type() != &slice_type && has_index(key))) {
            int64_t index = TRY(index_to_int64(vm, key, IndexOverflow::IndexError));
            if (index < 0)
                index += array.size;
            if (index < 0 || index >= array.size)
                return vm.raise(ExceptionKind::IndexError, "bytearray index out of range");
            if (!value) {
                TRY(replace_range(vm, array, index, index + 1, {}));
                return {};
            }
            uint8_t byte = TRY(byte_argument(vm, value));
            // __index__ may have run Python code that shrank the array.
            if (index >= array.size)
                return vm.raise(ExceptionKind::IndexError, "bytearray index out of range");
            array.data()[index] = byte;
            return {};
        }
        if (!(key.is_object() && key.type() == &slice_type))
            return vm.raise(ExceptionKind::TypeError,
                "bytearray indices must be integers or slices, not " + type_name(key));
        std::string data;
        if (value)
            data = TRY(assigned_bytes(vm, value));
        SliceRange range = TRY(text_slice_range(vm, key, array.size));
        if (range.step == 1) {
            int64_t stop = std::max(range.start, range.stop);
            return replace_range(vm, array, range.start, stop, data);
        }
        if (!value)
            return delete_extended(vm, array, range);
        if (int64_t(data.size()) != range.count)
            return vm.raise(ExceptionKind::ValueError,
                "attempt to assign bytes of size " + std::to_string(data.size())
                    + " to extended slice of size " + std::to_string(range.count));
        for (int64_t i = 0, index = range.start; i < range.count; ++i, index += range.step)
            array.data()[index] = uint8_t(data[size_t(i)]);
        return {};
    }

    // --- Python methods ---

    Result<Ref<>> bytearray_new(Vm& vm, Args args)
    {
        Type* type = TRY(new_type_argument(vm, args[0], bytearray_type));
        Ref<ByteArray> array = TRY(make_object<ByteArray>(vm, *type, 0));
        return Ref<>(std::move(array));
    }

    Result<Ref<>> bytearray_init(Vm& vm, Args args)
    {
        ByteArray& array = self_array(args);
        Value source = args[1];
        Value encoding = args[2];
        Value errors = args[3];
        if (!source) {
            if (encoding || errors)
                return vm.raise(ExceptionKind::TypeError,
                    encoding ? "encoding without a string argument" : "errors without a string argument");
            TRY(assign(vm, array, {}));
            return new_none();
        }
        if (encoding || errors) {
            if (!is_str(source))
                return vm.raise(ExceptionKind::TypeError,
                    encoding ? "encoding without a string argument" : "errors without a string argument");
            Ref<Bytes> encoded = TRY(encode_str(vm, as_str(source), encoding, errors));
            TRY(assign(vm, array, encoded->view()));
            return new_none();
        }
        if (is_str(source))
            return vm.raise(ExceptionKind::TypeError, "string argument without an encoding");
        auto view = TRY(bytes_like_view_checked(vm, source));
        if (view || is_memoryview(source) || has_index(source) || is_list(source) || is_tuple(source)) {
            std::string data = TRY(bytes_from_object(vm, source, "bytearray"));
            TRY(assign(vm, array, {}));
            TRY(assign(vm, array, data));
            return new_none();
        }
        // Other iterables grow the buffer one item at a time, as CPython's does.
        auto iterator = get_iter(vm, source);
        if (iterator.is_error()) {
            if (vm.pending_exception_matches(ExceptionKind::TypeError)) {
                (void)vm.take_pending_exception();
                return vm.raise(ExceptionKind::TypeError,
                    "cannot convert '" + type_name(source) + "' object to bytearray");
            }
            return Failure {iterator.release_error()};
        }
        TRY(assign(vm, array, {}));
        while (true) {
            Ref<> item = TRY(iter_next(vm, iterator.value().value()));
            if (!item)
                break;
            uint8_t byte = TRY(byte_argument(vm, item.value()));
            TRY(append_byte(vm, array, byte));
        }
        return new_none();
    }

    Result<Ref<>> bytearray_repr(Vm& vm, Args args)
    {
        ByteArray& array = self_array(args);
        std::string text
            = std::string(type_short_name(*array.type)) + "(" + binary_repr(array.view(), true) + ")";
        return upcast(new_str(vm, text));
    }

    Result<Ref<>> bytearray_str(Vm& vm, Args args)
    {
        return bytearray_repr(vm, args);
    }

    Result<Ref<>> bytearray_len(Vm&, Args args)
    {
        return new_int(self_array(args).size);
    }

    Result<Ref<>> bytearray_sizeof(Vm&, Args args)
    {
        return new_int(int64_t(sizeof(ByteArray)) + self_array(args).capacity);
    }

    Result<Ref<>> bytearray_alloc(Vm&, Args args)
    {
        return new_int(self_array(args).capacity);
    }

    Result<Ref<>> bytearray_getitem(Vm& vm, Args args)
    {
        ByteArray& array = self_array(args);
        Value key = args[1];
        if (key.is_small_int() || (key.is_object() && key.type() != &slice_type && has_index(key))) {
            int64_t index = TRY(index_to_int64(vm, key, IndexOverflow::IndexError));
            if (index < 0)
                index += array.size;
            if (index < 0 || index >= array.size)
                return vm.raise(ExceptionKind::IndexError, "bytearray index out of range");
            return new_int(array.data()[index]);
        }
        if (key.is_object() && key.type() == &slice_type) {
            SliceRange range = TRY(text_slice_range(vm, key, array.size));
            std::string out;
            out.reserve(size_t(range.count));
            for (int64_t i = 0, index = range.start; i < range.count; ++i, index += range.step)
                out += char(array.data()[index]);
            return upcast(new_bytearray(vm, out));
        }
        return vm.raise(
            ExceptionKind::TypeError, "bytearray indices must be integers or slices, not " + type_name(key));
    }

    Result<Ref<>> bytearray_setitem(Vm& vm, Args args)
    {
        TRY(set_subscript(vm, self_array(args), args[1], args[2]));
        return new_none();
    }

    Result<Ref<>> bytearray_delitem(Vm& vm, Args args)
    {
        TRY(set_subscript(vm, self_array(args), args[1], Value {}));
        return new_none();
    }

    Result<Ref<>> bytearray_add(Vm& vm, Args args)
    {
        auto other = TRY(bytes_like_view_checked(vm, args[1]));
        if (!other) {
            if (args[1].type()->is_heap() && args[1].type()->lookup_special(SpecialMethod::RAdd))
                return ref(not_implemented());
            return vm.raise(ExceptionKind::TypeError, "can't concat " + type_name(args[1]) + " to bytearray");
        }
        std::string data(self_array(args).view());
        data.append(*other);
        return upcast(new_bytearray(vm, data));
    }

    Result<Ref<>> bytearray_iadd(Vm& vm, Args args)
    {
        ByteArray& array = self_array(args);
        auto other = TRY(bytes_like_view_checked(vm, args[1]));
        if (!other)
            return vm.raise(ExceptionKind::TypeError, "can't concat " + type_name(args[1]) + " to bytearray");
        TRY(replace_range(vm, array, array.size, array.size, *other));
        return ref(args[0]);
    }

    Result<int64_t> repeat_count(Vm& vm, Value count_value)
    {
        if (!has_index(count_value))
            return vm.raise(ExceptionKind::TypeError,
                "can't multiply sequence by non-int of type '" + type_name(count_value) + "'");
        int64_t count = TRY(index_to_int64(vm, count_value, IndexOverflow::OverflowError));
        return count < 0 ? 0 : count;
    }

    Result<std::string> repeated(Vm& vm, std::string_view data, int64_t count)
    {
        if (!data.empty() && count > std::numeric_limits<int64_t>::max() / 2 / int64_t(data.size()))
            return vm.raise(ExceptionKind::MemoryError, "");
        std::string out;
        out.reserve(data.size() * size_t(count));
        for (int64_t i = 0; i < count; ++i)
            out.append(data);
        return out;
    }

    Result<Ref<>> bytearray_mul(Vm& vm, Args args)
    {
        if (!has_index(args[1]) && args[1].type()->is_heap()
            && args[1].type()->lookup_special(SpecialMethod::RMul))
            return ref(not_implemented());
        int64_t count = TRY(repeat_count(vm, args[1]));
        std::string out = TRY(repeated(vm, self_array(args).view(), count));
        return upcast(new_bytearray(vm, out));
    }

    Result<Ref<>> bytearray_rmul(Vm& vm, Args args)
    {
        int64_t count = TRY(repeat_count(vm, args[1]));
        std::string out = TRY(repeated(vm, self_array(args).view(), count));
        return upcast(new_bytearray(vm, out));
    }

    Result<Ref<>> bytearray_imul(Vm& vm, Args args)
    {
        ByteArray& array = self_array(args);
        int64_t count = TRY(repeat_count(vm, args[1]));
        std::string out = TRY(repeated(vm, array.view(), count));
        if (int64_t(out.size()) != array.size)
            TRY(check_resizable(vm, array));
        TRY(assign(vm, array, out));
        return ref(args[0]);
    }

    Result<Ref<>> compare(Vm& vm, Args args, ComparisonOperator op)
    {
        return binary_rich_compare(vm, args[0], args[1], int(op));
    }

    Result<Ref<>> bytearray_eq(Vm& vm, Args args)
    {
        return compare(vm, args, ComparisonOperator::Equal);
    }
    Result<Ref<>> bytearray_ne(Vm& vm, Args args)
    {
        return compare(vm, args, ComparisonOperator::NotEqual);
    }
    Result<Ref<>> bytearray_lt(Vm& vm, Args args)
    {
        return compare(vm, args, ComparisonOperator::Less);
    }
    Result<Ref<>> bytearray_le(Vm& vm, Args args)
    {
        return compare(vm, args, ComparisonOperator::LessEqual);
    }
    Result<Ref<>> bytearray_gt(Vm& vm, Args args)
    {
        return compare(vm, args, ComparisonOperator::Greater);
    }
    Result<Ref<>> bytearray_ge(Vm& vm, Args args)
    {
        return compare(vm, args, ComparisonOperator::GreaterEqual);
    }

    Result<Ref<>> bytearray_append(Vm& vm, Args args)
    {
        uint8_t byte = TRY(byte_argument(vm, args[1]));
        TRY(append_byte(vm, self_array(args), byte));
        return new_none();
    }

    Result<Ref<>> bytearray_extend(Vm& vm, Args args)
    {
        ByteArray& array = self_array(args);
        Value source = args[1];
        std::string data;
        auto view = TRY(bytes_like_view_checked(vm, source));
        if (view) {
            data = std::string(*view);
        } else {
            auto iterator = get_iter(vm, source);
            if (iterator.is_error()) {
                if (vm.pending_exception_matches(ExceptionKind::TypeError)) {
                    (void)vm.take_pending_exception();
                    return vm.raise(
                        ExceptionKind::TypeError, "can't extend bytearray with " + type_name(source));
                }
                return Failure {iterator.release_error()};
            }
            while (true) {
                Ref<> item = TRY(iter_next(vm, iterator.value().value()));
                if (!item)
                    break;
                data += char(TRY(byte_argument(vm, item.value())));
            }
        }
        TRY(replace_range(vm, array, array.size, array.size, data));
        return new_none();
    }

    Result<Ref<>> bytearray_insert(Vm& vm, Args args)
    {
        ByteArray& array = self_array(args);
        int64_t index = TRY(index_to_int64(vm, args[1], IndexOverflow::SsizeOverflow));
        uint8_t byte = TRY(byte_argument(vm, args[2]));
        if (index < 0) {
            index += array.size;
            if (index < 0)
                index = 0;
        }
        if (index > array.size)
            index = array.size;
        char data = char(byte);
        TRY(replace_range(vm, array, index, index, std::string_view(&data, 1)));
        return new_none();
    }

    Result<Ref<>> bytearray_pop(Vm& vm, Args args)
    {
        ByteArray& array = self_array(args);
        int64_t index = TRY(index_to_int64(vm, args[1], IndexOverflow::SsizeOverflow));
        if (array.size == 0)
            return vm.raise(ExceptionKind::IndexError, "pop from empty bytearray");
        if (index < 0)
            index += array.size;
        if (index < 0 || index >= array.size)
            return vm.raise(ExceptionKind::IndexError, "pop index out of range");
        TRY(check_resizable(vm, array));
        uint8_t byte = array.data()[index];
        TRY(replace_range(vm, array, index, index + 1, {}));
        return new_int(byte);
    }

    Result<Ref<>> bytearray_remove(Vm& vm, Args args)
    {
        ByteArray& array = self_array(args);
        uint8_t byte = TRY(byte_argument(vm, args[1]));
        void const* hit = array.size ? std::memchr(array.data(), byte, size_t(array.size)) : nullptr;
        if (!hit)
            return vm.raise(ExceptionKind::ValueError, "value not found in bytearray");
        int64_t index = static_cast<uint8_t const*>(hit) - array.data();
        TRY(replace_range(vm, array, index, index + 1, {}));
        return new_none();
    }

    Result<Ref<>> bytearray_reverse(Vm&, Args args)
    {
        ByteArray& array = self_array(args);
        if (array.size)
            std::reverse(array.data(), array.data() + array.size);
        return new_none();
    }

    Result<Ref<>> bytearray_clear(Vm& vm, Args args)
    {
        ByteArray& array = self_array(args);
        TRY(check_resizable(vm, array));
        TRY(bytearray_resize(vm, array, 0));
        return new_none();
    }

    Result<Ref<>> bytearray_copy(Vm& vm, Args args)
    {
        return upcast(new_bytearray(vm, self_array(args).view()));
    }

    Result<Ref<>> reduce(Vm& vm, Value self, int64_t protocol)
    {
        ByteArray& array = as_bytearray(self);
        Dict* dict = instance_dict(vm, self, false);
        Value state = dict ? Value(dict) : none();
        Ref<Tuple> arguments;
        if (protocol < 3) {
            Ref<Str> text = TRY(new_str_latin1(vm, array.view()));
            Ref<Str> encoding = TRY(new_str(vm, "latin-1"));
            arguments = TRY(new_tuple(vm, {text.value(), encoding.value()}));
        } else {
            Ref<Bytes> bytes = TRY(new_bytes(vm, array.view()));
            arguments = TRY(new_tuple(vm, {bytes.value()}));
        }
        return upcast(new_tuple(vm, {Value(array.type), arguments.value(), state}));
    }

    Result<Ref<>> bytearray_reduce(Vm& vm, Args args)
    {
        return reduce(vm, args[0], 2);
    }

    Result<Ref<>> bytearray_reduce_ex(Vm& vm, Args args)
    {
        int64_t protocol = TRY(index_to_int64(vm, args[1], IndexOverflow::OverflowError));
        return reduce(vm, args[0], protocol);
    }

    // --- iteration ---

    struct ByteArrayIterator : Object {
        Ref<> array; // null once exhausted
        int64_t index = 0;
    };

    ByteArrayIterator& self_iterator(Args args)
    {
        return *static_cast<ByteArrayIterator*>(args[0].as_object());
    }

    Result<Ref<>> bytearray_iter(Vm& vm, Args args)
    {
        Ref<ByteArrayIterator> iterator = TRY(make_object<ByteArrayIterator>(vm, bytearray_iterator_type, 0));
        iterator->array = ref(args[0]);
        return Ref<>(std::move(iterator));
    }

    Result<Ref<>> bytearray_iterator_iter(Vm&, Args args)
    {
        return ref(args[0]);
    }

    Result<Ref<>> bytearray_iterator_next(Vm&, Args args)
    {
        ByteArrayIterator& iterator = self_iterator(args);
        if (!iterator.array)
            return Ref<> {};
        ByteArray& array = as_bytearray(iterator.array.value());
        if (iterator.index >= array.size) {
            iterator.array = nullptr;
            return Ref<> {};
        }
        return new_int(array.data()[iterator.index++]);
    }

    Result<Ref<>> bytearray_iterator_length_hint(Vm&, Args args)
    {
        ByteArrayIterator& iterator = self_iterator(args);
        if (!iterator.array)
            return new_int(0);
        return new_int(std::max<int64_t>(0, as_bytearray(iterator.array.value()).size - iterator.index));
    }

    Result<Ref<>> bytearray_iterator_reduce(Vm& vm, Args args)
    {
        ByteArrayIterator& iterator = self_iterator(args);
        Ref<> iter_function = TRY(get_attribute(vm, Value(&vm.builtins_module()), "iter"));
        if (!iterator.array) {
            Ref<ByteArray> empty = TRY(new_bytearray(vm, {}));
            Ref<Tuple> arguments = TRY(new_tuple(vm, {empty.value()}));
            return upcast(new_tuple(vm, {iter_function.value(), arguments.value()}));
        }
        Ref<Tuple> arguments = TRY(new_tuple(vm, {iterator.array.value()}));
        Ref<> index = new_int(iterator.index);
        return upcast(new_tuple(vm, {iter_function.value(), arguments.value(), index.value()}));
    }

    Result<Ref<>> bytearray_iterator_setstate(Vm& vm, Args args)
    {
        ByteArrayIterator& iterator = self_iterator(args);
        int64_t index = TRY(index_to_int64(vm, args[1], IndexOverflow::SsizeOverflow));
        if (iterator.array)
            iterator.index = std::clamp<int64_t>(index, 0, as_bytearray(iterator.array.value()).size);
        return new_none();
    }

    void bytearray_iterator_destruct(Object* object)
    {
        static_cast<ByteArrayIterator*>(object)->~ByteArrayIterator();
    }

    void bytearray_iterator_traverse(Object* object, VisitFunction visit, void* context)
    {
        auto* iterator = static_cast<ByteArrayIterator*>(object);
        if (iterator->array)
            visit(iterator->array.value(), context);
    }

    void bytearray_iterator_clear(Object* object)
    {
        static_cast<ByteArrayIterator*>(object)->array = nullptr;
    }

    void bytearray_destruct(Object* object)
    {
        auto* array = static_cast<ByteArray*>(object);
        std::free(array->storage);
        array->~ByteArray();
    }

    constexpr NativeMethod bytearray_iterator_methods[] = {
        {"__iter__($self, /)", bytearray_iterator_iter},
        {"__next__($self, /)", bytearray_iterator_next},
        {"__length_hint__($self, /)", bytearray_iterator_length_hint},
        {"__reduce__($self, /)", bytearray_iterator_reduce},
        {"__setstate__($self, state, /)", bytearray_iterator_setstate},
    };

    constexpr NativeMethod bytearray_methods[]
        = {{"__new__($type, *args, **kwargs)", bytearray_new, MethodKind::Static},
            {"__init__($self, /, source=?, encoding=?, errors=?)", bytearray_init},
            {"__repr__($self, /)", bytearray_repr}, {"__str__($self, /)", bytearray_str},
            {"__len__($self, /)", bytearray_len}, {"__getitem__($self, key, /)", bytearray_getitem},
            {"__setitem__($self, key, value, /)", bytearray_setitem},
            {"__delitem__($self, key, /)", bytearray_delitem}, {"__iter__($self, /)", bytearray_iter},
            {"__eq__($self, value, /)", bytearray_eq}, {"__ne__($self, value, /)", bytearray_ne},
            {"__lt__($self, value, /)", bytearray_lt}, {"__le__($self, value, /)", bytearray_le},
            {"__gt__($self, value, /)", bytearray_gt}, {"__ge__($self, value, /)", bytearray_ge},
            {"__add__($self, value, /)", bytearray_add}, {"__iadd__($self, value, /)", bytearray_iadd},
            {"__mul__($self, value, /)", bytearray_mul}, {"__rmul__($self, value, /)", bytearray_rmul},
            {"__imul__($self, value, /)", bytearray_imul}, {"__alloc__($self, /)", bytearray_alloc},
            {"__sizeof__($self, /)", bytearray_sizeof}, {"__reduce__($self, /)", bytearray_reduce},
            {"__reduce_ex__($self, proto=0, /)", bytearray_reduce_ex},
            {"append($self, item, /)", bytearray_append}, {"clear($self, /)", bytearray_clear},
            {"copy($self, /)", bytearray_copy}, {"extend($self, iterable_of_ints, /)", bytearray_extend},
            {"insert($self, index, item, /)", bytearray_insert}, {"pop($self, index=-1, /)", bytearray_pop},
            {"remove($self, value, /)", bytearray_remove}, {"reverse($self, /)", bytearray_reverse},
            TAIPAN_BINARY_COMMON_METHODS};

} // namespace

Result<void> bytearray_resize(Vm& vm, ByteArray& array, int64_t size)
{
    if (size < 0 || size > std::numeric_limits<int64_t>::max() / 2)
        return vm.raise(ExceptionKind::MemoryError, "");
    int64_t capacity = array.capacity;
    // An exported buffer must not move, even when its contents could be compacted.
    if (size == array.size && (array.offset == 0 || array.exports > 0))
        return {};
    if (array.exports > 0 && size != array.size)
        return vm.raise(ExceptionKind::BufferError, "Existing exports of data: object cannot be re-sized");
    // CPython's policy (observable through __sizeof__ and __alloc__): keep the buffer
    // unless it would be less than half used; grow by an eighth plus a little when the
    // growth is moderate, exactly otherwise. The +1 is the trailing zero byte.
    int64_t new_capacity;
    if (size + array.offset + 1 <= capacity) {
        if (size >= capacity / 2) {
            array.size = size;
            return {};
        }
        new_capacity = size + 1;
    } else if (double(size) <= double(capacity) * 1.125) {
        new_capacity = size + (size >> 3) + (size < 9 ? 3 : 6);
    } else {
        new_capacity = size + 1;
    }
    auto* storage = static_cast<uint8_t*>(std::malloc(size_t(new_capacity)));
    if (!storage)
        return vm.raise(ExceptionKind::MemoryError, "");
    int64_t kept = std::min(size, array.size);
    if (kept > 0)
        std::memcpy(storage, array.data(), size_t(kept));
    std::memset(storage + kept, 0, size_t(new_capacity - kept));
    std::free(array.storage);
    array.storage = storage;
    array.offset = 0;
    array.capacity = new_capacity;
    array.size = size;
    return {};
}

Result<Ref<ByteArray>> new_bytearray(Vm& vm, std::string_view data, Type& type)
{
    Ref<ByteArray> array = TRY(make_object<ByteArray>(vm, type, 0));
    if (!data.empty()) {
        TRY(bytearray_resize(vm, *array, int64_t(data.size())));
        std::memcpy(array->data(), data.data(), data.size());
    }
    return array;
}

extern TypeSpec const bytearray_type_spec;
TypeSpec const bytearray_type_spec = {
    .name = "bytearray",
    .instance_size = sizeof(ByteArray),
    .flags = TypeBaseType | TypeUnhashable,
    .doc = "bytearray(iterable_of_ints) -> bytearray\n"
           "bytearray(string, encoding[, errors]) -> bytearray\n"
           "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
           "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
           "bytearray() -> empty bytes array\n"
           "\n"
           "Construct a mutable bytearray object from:\n"
           "  - an iterable yielding integers in range(256)\n"
           "  - a text string encoded using the specified encoding\n"
           "  - a bytes or a buffer object\n"
           "  - any object implementing the buffer API.\n"
           "  - an integer",
    .methods = bytearray_methods,
    .destruct = bytearray_destruct,
};

extern TypeSpec const bytearray_iterator_type_spec;
TypeSpec const bytearray_iterator_type_spec = {
    .name = "bytearray_iterator",
    .instance_size = sizeof(ByteArrayIterator),
    .flags = TypeHasGc | TypeDisallowInstantiation,
    .methods = bytearray_iterator_methods,
    .destruct = bytearray_iterator_destruct,
    .traverse = bytearray_iterator_traverse,
    .clear = bytearray_iterator_clear,
};

} // namespace taipan
