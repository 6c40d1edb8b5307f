// memoryview over bytes and bytearray, one dimension, in the byte formats 'B', 'b', 'c'
// and (through cast) the native struct formats: indexing, slicing with steps, item
// and slice assignment on writable memory, tobytes/tolist/hex, cast, release and the
// context-manager protocol, equality, hashing and the attributes describing the
// buffer. A view of a bytearray pins its size (BufferError on resize).
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/bytes_methods.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/hash.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/sequence.h"
#include "objects/str.h"
#include "objects/str_methods.h"
#include "objects/text_common.h"
#include "objects/tuple.h"
#include "vm/vm.h"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>

namespace taipan {

Type memoryview_type;
Type memory_iterator_type;

namespace {

    MemoryView& self_view(Args args)
    {
        return as_memoryview(args[0]);
    }

    template<typename T>
    Result<Ref<>> upcast(Result<Ref<T>> result)
    {
        if (result.is_error())
            return Failure {result.release_error()};
        return Ref<>(result.release_value());
    }

    Result<void> check_released(Vm& vm, MemoryView& view)
    {
        if (view.released)
            return vm.raise(ExceptionKind::ValueError, "operation forbidden on released memoryview object");
        return {};
    }

    std::string contents(MemoryView const& view)
    {
        return memoryview_bytes(view);
    }

    // The native struct formats a memoryview can be cast to, with their sizes.
    int64_t format_itemsize(char code)
    {
        switch (code) {
        case 'B':
        case 'b':
        case 'c':
        case '?':
            return 1;
        case 'h':
        case 'H':
        case 'e':
            return 2;
        case 'i':
        case 'I':
        case 'f':
            return 4;
        case 'l':
        case 'L':
        case 'q':
        case 'Q':
        case 'n':
        case 'N':
        case 'd':
        case 'P':
            return 8;
        default:
            return 0;
        }
    }

    bool is_byte_format(char code)
    {
        return code == 'B' || code == 'b' || code == 'c';
    }

    template<typename T>
    T load(uint8_t const* item)
    {
        T value;
        std::memcpy(&value, item, sizeof value);
        return value;
    }

    template<typename T>
    void store(uint8_t* item, T value)
    {
        std::memcpy(item, &value, sizeof value);
    }

    // The Python value of one item (struct.unpack of its format).
    Result<Ref<>> unpack(Vm& vm, MemoryView const& view, uint8_t const* item)
    {
        switch (view.code()) {
        case 'B':
            return new_int(item[0]);
        case 'b':
            return new_int(int8_t(item[0]));
        case 'c':
            return Ref<>(single_byte_bytes(item[0]));
        case '?':
            return new_bool(item[0] != 0);
        case 'h':
            return new_int(load<int16_t>(item));
        case 'H':
            return new_int(load<uint16_t>(item));
        case 'i':
            return new_int(load<int32_t>(item));
        case 'I':
            return new_int(load<uint32_t>(item));
        case 'l':
        case 'q':
        case 'n':
            return new_int(load<int64_t>(item));
        case 'L':
        case 'Q':
        case 'N':
        case 'P':
            return new_int_from_uint64(vm, load<uint64_t>(item));
        case 'f':
            return new_float(vm, double(load<float>(item)));
        case 'd':
            return new_float(vm, load<double>(item));
        default:
            return vm.raise(ExceptionKind::NotImplementedError,
                std::string("memoryview: format ") + view.format + " not supported");
        }
    }

    // Stores a Python value into one item, with CPython's checks.
    Result<void> pack(Vm& vm, MemoryView const& view, uint8_t* item, Value value)
    {
        char code = view.code();
        std::string type_message = std::string("memoryview: invalid type for format '") + view.format + "'";
        std::string value_message = std::string("memoryview: invalid value for format '") + view.format + "'";
        if (code == 'c') {
            if (!is_bytes(value))
                return vm.raise(ExceptionKind::TypeError, type_message);
            if (as_bytes(value).size != 1)
                return vm.raise(ExceptionKind::ValueError, value_message);
            item[0] = as_bytes(value).data()[0];
            return {};
        }
        if (code == '?') {
            item[0] = TRY(is_true(vm, value)) ? 1 : 0;
            return {};
        }
        if (code == 'f' || code == 'd') {
            if (!is_float(value) && !is_int(value))
                return vm.raise(ExceptionKind::TypeError, type_message);
            double number = TRY(to_double(vm, value));
            if (code == 'f')
                store(item, float(number));
            else
                store(item, number);
            return {};
        }
        if (!is_int(value))
            return vm.raise(ExceptionKind::TypeError, type_message);
        auto number = int_to_int64(value);
        bool is_unsigned = code == 'B' || code == 'H' || code == 'I' || code == 'L' || code == 'Q'
            || code == 'N' || code == 'P';
        int64_t size = view.itemsize;
        if (is_unsigned && size == 8) {
            mpz_t big;
            mpz_init(big);
            int_to_mpz(value, big);
            bool fits = mpz_sgn(big) >= 0 && mpz_sizeinbase(big, 2) <= 64;
            uint64_t bits = 0;
            if (fits)
                mpz_export(&bits, nullptr, -1, sizeof bits, 0, 0, big);
            mpz_clear(big);
            if (!fits)
                return vm.raise(ExceptionKind::ValueError, value_message);
            store(item, bits);
            return {};
        }
        if (!number)
            return vm.raise(ExceptionKind::ValueError, value_message);
        int64_t low = is_unsigned ? 0 : -(int64_t(1) << (8 * size - 1));
        int64_t high = size == 8
            ? std::numeric_limits<int64_t>::max()
            : (is_unsigned ? (int64_t(1) << (8 * size)) - 1 : (int64_t(1) << (8 * size - 1)) - 1);
        if (*number < low || *number > high)
            return vm.raise(ExceptionKind::ValueError, value_message);
        switch (size) {
        case 1:
            item[0] = uint8_t(*number);
            break;
        case 2:
            store(item, uint16_t(*number));
            break;
        case 4:
            store(item, uint32_t(*number));
            break;
        default:
            store(item, uint64_t(*number));
            break;
        }
        return {};
    }

    void release(MemoryView& view)
    {
        if (view.released)
            return;
        if (view.object && is_bytearray(view.object.value()))
            --as_bytearray(view.object.value()).exports;
        view.released = true;
        view.object = nullptr;
        view.data = nullptr;
    }

    // A view of `exporter` (a bytes or bytearray), covering `length` items from `data`.
    Result<Ref<MemoryView>> new_view(Vm& vm, Value exporter, uint8_t* data, int64_t length, int64_t stride,
        bool readonly, MemoryView const* format_source = nullptr)
    {
        Ref<MemoryView> view = TRY(make_object<MemoryView>(vm, memoryview_type, 0));
        view->object = ref(exporter);
        view->data = data;
        view->length = length;
        view->stride = stride;
        view->readonly = readonly;
        if (format_source) {
            std::memcpy(view->format, format_source->format, sizeof view->format);
            view->itemsize = format_source->itemsize;
        }
        if (is_bytearray(exporter))
            ++as_bytearray(exporter).exports;
        return view;
    }

    Result<Ref<>> memoryview_new(Vm& vm, Args args)
    {
        Value object = args[1];
        if (is_memoryview(object)) {
            MemoryView& source = as_memoryview(object);
            TRY(check_released(vm, source));
            return upcast(new_view(vm, source.object.value(), source.data, source.length, source.stride,
                source.readonly, &source));
        }
        if (is_bytes(object)) {
            Bytes& bytes = as_bytes(object);
            return upcast(new_view(vm, object, bytes.data(), bytes.size, 1, true));
        }
        if (is_bytearray(object)) {
            ByteArray& array = as_bytearray(object);
            return upcast(new_view(vm, object, array.data(), array.size, 1, false));
        }
        return vm.raise(ExceptionKind::TypeError,
            "memoryview: a bytes-like object is required, not '" + type_name(object) + "'");
    }

    Result<Ref<>> memoryview_len(Vm& vm, Args args)
    {
        TRY(check_released(vm, self_view(args)));
        return new_int(self_view(args).length);
    }

    Result<int64_t> item_index(Vm& vm, MemoryView& view, Value key)
    {
        int64_t index = TRY(index_to_int64(vm, key, IndexOverflow::IndexError));
        if (index < 0)
            index += view.length;
        if (index < 0 || index >= view.length)
            return vm.raise(ExceptionKind::IndexError, "index out of bounds on dimension 1");
        return index;
    }

    Result<Ref<>> memoryview_getitem(Vm& vm, Args args)
    {
        MemoryView& view = self_view(args);
        TRY(check_released(vm, view));
        Value key = args[1];
        if (key.is_small_int() || (key.is_object() && key.type() != &slice_type && has_index(key))) {
            int64_t index = TRY(item_index(vm, view, key));
            return unpack(vm, view, view.data + index * view.stride);
        }
        if (key.is_object() && key.type() == &slice_type) {
            SliceRange range = TRY(text_slice_range(vm, key, view.length));
            uint8_t* start = range.count ? view.data + range.start * view.stride : view.data;
            return upcast(new_view(
                vm, view.object.value(), start, range.count, view.stride * range.step, view.readonly, &view));
        }
        if (key.is(ellipsis()))
            return ref(args[0]);
        return vm.raise(ExceptionKind::TypeError, "memoryview: invalid slice key");
    }

    Result<Ref<>> memoryview_setitem(Vm& vm, Args args)
    {
        MemoryView& view = self_view(args);
        TRY(check_released(vm, view));
        if (view.readonly)
            return vm.raise(ExceptionKind::TypeError, "cannot modify read-only memory");
        Value key = args[1];
        Value value = args[2];
        if (key.is_small_int() || (key.is_object() && key.type() != &slice_type && has_index(key))) {
            int64_t index = TRY(item_index(vm, view, key));
            TRY(pack(vm, view, view.data + index * view.stride, value));
            return new_none();
        }
        if (key.is_object() && key.type() == &slice_type) {
            SliceRange range = TRY(text_slice_range(vm, key, view.length));
            std::string_view source = TRY(bytes_like_argument(vm, value));
            if (int64_t(source.size()) != range.count * view.itemsize)
                return vm.raise(ExceptionKind::ValueError,
                    "memoryview assignment: lvalue and rvalue have different structures");
            std::string copy(source);
            for (int64_t i = 0; i < range.count; ++i)
                std::memcpy(view.data + (range.start + i * range.step) * view.stride,
                    copy.data() + i * view.itemsize, size_t(view.itemsize));
            return new_none();
        }
        return vm.raise(ExceptionKind::TypeError, "memoryview: invalid slice key");
    }

    Result<Ref<>> memoryview_delitem(Vm& vm, Args args)
    {
        MemoryView& view = self_view(args);
        TRY(check_released(vm, view));
        if (view.readonly)
            return vm.raise(ExceptionKind::TypeError, "cannot modify read-only memory");
        return vm.raise(ExceptionKind::TypeError, "cannot delete memory");
    }

    Result<Ref<>> memoryview_tobytes(Vm& vm, Args args)
    {
        MemoryView& view = self_view(args);
        TRY(check_released(vm, view));
        return upcast(new_bytes(vm, contents(view)));
    }

    Result<Ref<>> memoryview_tolist(Vm& vm, Args args)
    {
        MemoryView& view = self_view(args);
        TRY(check_released(vm, view));
        Ref<List> list = TRY(new_list(vm, view.length));
        for (int64_t i = 0; i < view.length; ++i) {
            Ref<> item = TRY(unpack(vm, view, view.data + i * view.stride));
            TRY(list_append(vm, *list, item.value()));
        }
        return Ref<>(std::move(list));
    }

    Result<Ref<>> memoryview_hex(Vm& vm, Args args)
    {
        MemoryView& view = self_view(args);
        TRY(check_released(vm, view));
        return hex_with_separator(vm, contents(view), args[1], args[2]);
    }

    Result<Ref<>> memoryview_release(Vm& vm, Args args)
    {
        MemoryView& view = self_view(args);
        if (view.exports > 0)
            return vm.raise(ExceptionKind::BufferError,
                "memoryview has " + std::to_string(view.exports) + " exported buffer"
                    + (view.exports == 1 ? "" : "s"));
        release(view);
        return new_none();
    }

    Result<Ref<>> memoryview_enter(Vm& vm, Args args)
    {
        TRY(check_released(vm, self_view(args)));
        return ref(args[0]);
    }

    Result<Ref<>> memoryview_exit(Vm& vm, Args args)
    {
        Value arguments[] = {args[0]};
        return memoryview_release(vm, Args(arguments, 1));
    }

    Result<Ref<>> memoryview_toreadonly(Vm& vm, Args args)
    {
        MemoryView& view = self_view(args);
        TRY(check_released(vm, view));
        return upcast(new_view(vm, view.object.value(), view.data, view.length, view.stride, true, &view));
    }

    Result<Ref<>> memoryview_cast(Vm& vm, Args args)
    {
        MemoryView& view = self_view(args);
        TRY(check_released(vm, view));
        if (!is_str(args[1]))
            return vm.raise(ExceptionKind::TypeError,
                "cast() argument 'format' must be str, not " + argument_type_name(args[1]));
        std::string format = str_to_utf8(as_str(args[1]));
        std::string code_text = format.size() == 2 && format[0] == '@' ? format.substr(1) : format;
        int64_t itemsize = code_text.size() == 1 ? format_itemsize(code_text[0]) : 0;
        if (itemsize == 0)
            return vm.raise(ExceptionKind::ValueError,
                "memoryview: destination format must be a native single character format prefixed with an "
                "optional '@'");
        if (!is_byte_format(view.code()) && !is_byte_format(code_text[0]))
            return vm.raise(ExceptionKind::TypeError, "memoryview: cannot cast between two non-byte formats");
        if (!view.is_contiguous())
            return vm.raise(
                ExceptionKind::TypeError, "memoryview: casts are restricted to C-contiguous views");
        int64_t bytes = view.length * view.itemsize;
        if (bytes % itemsize != 0)
            return vm.raise(ExceptionKind::TypeError, "memoryview: length is not a multiple of itemsize");
        Ref<MemoryView> result
            = TRY(new_view(vm, view.object.value(), view.data, bytes / itemsize, itemsize, view.readonly));
        result->itemsize = itemsize;
        std::memset(result->format, 0, sizeof result->format);
        std::memcpy(result->format, format.data(), format.size());
        return Ref<>(std::move(result));
    }

    Result<Ref<>> memoryview_repr(Vm& vm, Args args)
    {
        MemoryView& view = self_view(args);
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, view.released ? "<released memory at %p>" : "<memory at %p>",
            static_cast<void*>(&view));
        return upcast(new_str(vm, buffer));
    }

    // CPython compares memoryviews item by item through their formats (so a 'c' view
    // never equals a 'B' view of the same bytes); two views of one byte format compare
    // their bytes.
    Result<Ref<>> memoryview_eq_impl(Vm& vm, Value self, Value other, bool equal)
    {
        MemoryView& view = as_memoryview(self);
        if (self.is(other))
            return new_bool(equal);
        if (view.released)
            return new_bool(!equal);
        MemoryView byte_view;
        MemoryView const* right = nullptr;
        if (is_memoryview(other)) {
            right = &as_memoryview(other);
            if (right->released)
                return new_bool(!equal);
        } else {
            auto other_bytes = bytes_like_view(other);
            if (!other_bytes)
                return ref(not_implemented());
            byte_view.data = reinterpret_cast<uint8_t*>(const_cast<char*>(other_bytes->data()));
            byte_view.length = int64_t(other_bytes->size());
            right = &byte_view;
        }
        if (view.length != right->length)
            return new_bool(!equal);
        if (view.code() == right->code() && is_byte_format(view.code()))
            return new_bool((contents(view) == contents(*right)) == equal);
        for (int64_t i = 0; i < view.length; ++i) {
            Ref<> left_item = TRY(unpack(vm, view, view.data + i * view.stride));
            Ref<> right_item = TRY(unpack(vm, *right, right->data + i * right->stride));
            if (!TRY(rich_compare_bool(vm, left_item.value(), right_item.value(), ComparisonOperator::Equal)))
                return new_bool(!equal);
        }
        return new_bool(equal);
    }

    Result<Ref<>> memoryview_eq(Vm& vm, Args args)
    {
        return memoryview_eq_impl(vm, args[0], args[1], true);
    }
    Result<Ref<>> memoryview_ne(Vm& vm, Args args)
    {
        return memoryview_eq_impl(vm, args[0], args[1], false);
    }

    Result<Ref<>> memoryview_hash(Vm& vm, Args args)
    {
        MemoryView& view = self_view(args);
        TRY(check_released(vm, view));
        if (!view.readonly)
            return vm.raise(ExceptionKind::ValueError, "cannot hash writable memoryview object");
        if (!is_byte_format(view.code()))
            return vm.raise(
                ExceptionKind::ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        if (view.hash == -1)
            view.hash = hash_bytes(hash_key(), contents(view));
        return new_int(view.hash);
    }

    // --- attributes ---

    Result<Ref<>> checked_property(Vm& vm, Value self, Ref<> (*make)(MemoryView&))
    {
        MemoryView& view = as_memoryview(self);
        TRY(check_released(vm, view));
        return make(view);
    }

    Result<Ref<>> memoryview_obj(Vm& vm, Value self)
    {
        return checked_property(vm, self, [](MemoryView& view) { return view.object; });
    }

    Result<Ref<>> memoryview_nbytes(Vm& vm, Value self)
    {
        return checked_property(
            vm, self, [](MemoryView& view) { return new_int(view.length * view.itemsize); });
    }

    Result<Ref<>> memoryview_readonly(Vm& vm, Value self)
    {
        return checked_property(vm, self, [](MemoryView& view) { return new_bool(view.readonly); });
    }

    Result<Ref<>> memoryview_itemsize(Vm& vm, Value self)
    {
        return checked_property(vm, self, [](MemoryView& view) { return new_int(view.itemsize); });
    }

    Result<Ref<>> memoryview_ndim(Vm& vm, Value self)
    {
        return checked_property(vm, self, [](MemoryView&) { return new_int(1); });
    }

    Result<Ref<>> memoryview_format(Vm& vm, Value self)
    {
        MemoryView& view = as_memoryview(self);
        TRY(check_released(vm, view));
        return upcast(new_str(vm, view.format));
    }

    Result<Ref<>> memoryview_shape(Vm& vm, Value self)
    {
        MemoryView& view = as_memoryview(self);
        TRY(check_released(vm, view));
        Ref<> length = new_int(view.length);
        return upcast(new_tuple(vm, {length.value()}));
    }

    Result<Ref<>> memoryview_strides(Vm& vm, Value self)
    {
        MemoryView& view = as_memoryview(self);
        TRY(check_released(vm, view));
        Ref<> stride = new_int(view.stride);
        return upcast(new_tuple(vm, {stride.value()}));
    }

    Result<Ref<>> memoryview_suboffsets(Vm& vm, Value self)
    {
        TRY(check_released(vm, as_memoryview(self)));
        return Ref<>(empty_tuple());
    }

    Result<Ref<>> memoryview_contiguous(Vm& vm, Value self)
    {
        MemoryView& view = as_memoryview(self);
        TRY(check_released(vm, view));
        return new_bool(view.is_contiguous());
    }

    // --- iteration ---

    struct MemoryIterator : Object {
        Ref<> view; // null once exhausted
        int64_t index = 0;
    };

    Result<Ref<>> memoryview_iter(Vm& vm, Args args)
    {
        TRY(check_released(vm, self_view(args)));
        Ref<MemoryIterator> iterator = TRY(make_object<MemoryIterator>(vm, memory_iterator_type, 0));
        iterator->view = ref(args[0]);
        return Ref<>(std::move(iterator));
    }

    Result<Ref<>> memory_iterator_iter(Vm&, Args args)
    {
        return ref(args[0]);
    }

    Result<Ref<>> memory_iterator_next(Vm& vm, Args args)
    {
        auto& iterator = *static_cast<MemoryIterator*>(args[0].as_object());
        if (!iterator.view)
            return Ref<> {};
        MemoryView& view = as_memoryview(iterator.view.value());
        TRY(check_released(vm, view));
        if (iterator.index >= view.length) {
            iterator.view = nullptr;
            return Ref<> {};
        }
        return unpack(vm, view, view.data + iterator.index++ * view.stride);
    }

    void memory_iterator_destruct(Object* object)
    {
        static_cast<MemoryIterator*>(object)->~MemoryIterator();
    }

    void memory_iterator_traverse(Object* object, VisitFunction visit, void* context)
    {
        auto* iterator = static_cast<MemoryIterator*>(object);
        if (iterator->view)
            visit(iterator->view.value(), context);
    }

    void memory_iterator_clear(Object* object)
    {
        static_cast<MemoryIterator*>(object)->view = nullptr;
    }

    void memoryview_destruct(Object* object)
    {
        auto* view = static_cast<MemoryView*>(object);
        release(*view);
        view->~MemoryView();
    }

    void memoryview_traverse(Object* object, VisitFunction visit, void* context)
    {
        auto* view = static_cast<MemoryView*>(object);
        if (view->object)
            visit(view->object.value(), context);
    }

    void memoryview_clear(Object* object)
    {
        release(*static_cast<MemoryView*>(object));
    }

    constexpr NativeMethod memory_iterator_methods[] = {
        {"__iter__($self, /)", memory_iterator_iter},
        {"__next__($self, /)", memory_iterator_next},
    };

    constexpr NativeMethod memoryview_methods[] = {
        {"__new__($type, object)", memoryview_new, MethodKind::Static},
        {"__repr__($self, /)", memoryview_repr},
        {"__len__($self, /)", memoryview_len},
        {"__getitem__($self, key, /)", memoryview_getitem},
        {"__setitem__($self, key, value, /)", memoryview_setitem},
        {"__delitem__($self, key, /)", memoryview_delitem},
        {"__iter__($self, /)", memoryview_iter},
        {"__eq__($self, value, /)", memoryview_eq},
        {"__ne__($self, value, /)", memoryview_ne},
        {"__hash__($self, /)", memoryview_hash},
        {"__enter__($self, /)", memoryview_enter},
        {"__exit__($self, *args)", memoryview_exit},
        {"cast($self, /, format, shape=?)", memoryview_cast},
        {"hex($self, sep=?, bytes_per_sep=1)", memoryview_hex},
        {"release($self, /)", memoryview_release},
        {"tobytes($self, /, order='C')", memoryview_tobytes},
        {"tolist($self, /)", memoryview_tolist},
        {"toreadonly($self, /)", memoryview_toreadonly},
    };

    constexpr NativeProperty memoryview_properties[] = {
        {"obj", memoryview_obj},
        {"nbytes", memoryview_nbytes},
        {"readonly", memoryview_readonly},
        {"itemsize", memoryview_itemsize},
        {"format", memoryview_format},
        {"ndim", memoryview_ndim},
        {"shape", memoryview_shape},
        {"strides", memoryview_strides},
        {"suboffsets", memoryview_suboffsets},
        {"c_contiguous", memoryview_contiguous},
        {"f_contiguous", memoryview_contiguous},
        {"contiguous", memoryview_contiguous},
    };

} // namespace

std::string memoryview_bytes(MemoryView const& view)
{
    std::string out(size_t(view.length * view.itemsize), '\0');
    if (view.is_contiguous()) {
        if (!out.empty())
            std::memcpy(out.data(), view.data, out.size());
        return out;
    }
    for (int64_t i = 0; i < view.length; ++i)
        std::memcpy(out.data() + i * view.itemsize, view.data + i * view.stride, size_t(view.itemsize));
    return out;
}

extern TypeSpec const memoryview_type_spec;
TypeSpec const memoryview_type_spec = {
    .name = "memoryview",
    .instance_size = sizeof(MemoryView),
    .flags = TypeHasGc | TypeSequence,
    .doc = "Create a new memoryview object which references the given object.",
    .methods = memoryview_methods,
    .properties = memoryview_properties,
    .destruct = memoryview_destruct,
    .traverse = memoryview_traverse,
    .clear = memoryview_clear,
};

extern TypeSpec const memory_iterator_type_spec;
TypeSpec const memory_iterator_type_spec = {
    .name = "memory_iterator",
    .instance_size = sizeof(MemoryIterator),
    .flags = TypeHasGc | TypeDisallowInstantiation,
    .methods = memory_iterator_methods,
    .destruct = memory_iterator_destruct,
    .traverse = memory_iterator_traverse,
    .clear = memory_iterator_clear,
};

} // namespace taipan
