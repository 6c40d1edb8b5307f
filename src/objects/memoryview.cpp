// memoryview over bytes and bytearray (format 'B', one dimension): indexing, slicing
// with steps, item and slice assignment on writable memory, tobytes/tolist/hex,
// release and the context-manager protocol, equality, hashing and the attributes
// describing the buffer. A view of a bytearray pins its size (BufferError on resize).
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/bytes_methods.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/hash.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/sequence.h"
#include "objects/str.h"
#include "objects/text_common.h"
#include "objects/tuple.h"
#include "vm/vm.h"

#include <cstdio>
#include <cstring>

namespace taipan {

Type memoryview_type;
Type memory_iterator_type;

namespace {

    MemoryView& self_view(Args args) { return as_memoryview(args[0]); }

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
        std::string out(size_t(view.length), '\0');
        for (int64_t i = 0; i < view.length; ++i)
            out[size_t(i)] = char(view.data[i * view.stride]);
        return out;
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
        bool readonly)
    {
        Ref<MemoryView> view = TRY(make_object<MemoryView>(vm, memoryview_type, 0));
        view->object = ref(exporter);
        view->data = data;
        view->length = length;
        view->stride = stride;
        view->readonly = readonly;
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
                source.readonly));
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
            return new_int(view.data[index * view.stride]);
        }
        if (key.is_object() && key.type() == &slice_type) {
            SliceRange range = TRY(text_slice_range(vm, key, view.length));
            uint8_t* start = range.count ? view.data + range.start * view.stride : view.data;
            return upcast(new_view(vm, view.object.value(), start, range.count, view.stride * range.step,
                view.readonly));
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
            if (!is_int(value))
                return vm.raise(ExceptionKind::TypeError, "memoryview: invalid type for format 'B'");
            auto byte = int_to_int64(value);
            if (!byte || *byte < 0 || *byte > 255)
                return vm.raise(ExceptionKind::ValueError, "memoryview: invalid value for format 'B'");
            view.data[index * view.stride] = uint8_t(*byte);
            return new_none();
        }
        if (key.is_object() && key.type() == &slice_type) {
            SliceRange range = TRY(text_slice_range(vm, key, view.length));
            std::string_view source = TRY(bytes_like_argument(vm, value));
            if (int64_t(source.size()) != range.count)
                return vm.raise(ExceptionKind::ValueError,
                    "memoryview assignment: lvalue and rvalue have different structures");
            std::string copy(source);
            for (int64_t i = 0; i < range.count; ++i)
                view.data[(range.start + i * range.step) * view.stride] = uint8_t(copy[size_t(i)]);
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
            Ref<> item = new_int(view.data[i * view.stride]);
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
            return vm.raise(ExceptionKind::BufferError, "memoryview has " + std::to_string(view.exports)
                    + " exported buffer" + (view.exports == 1 ? "" : "s"));
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
        return upcast(new_view(vm, view.object.value(), view.data, view.length, view.stride, true));
    }

    Result<Ref<>> memoryview_cast(Vm& vm, Args args)
    {
        MemoryView& view = self_view(args);
        TRY(check_released(vm, view));
        if (!is_str(args[1]))
            return vm.raise(ExceptionKind::TypeError, "memoryview: format argument must be a string");
        std::string format = str_to_utf8(as_str(args[1]));
        if (format != "B")
            return vm.raise(ExceptionKind::ValueError,
                "memoryview: destination format must be a native single character format prefixed with an optional '@'");
        if (view.stride != 1)
            return vm.raise(ExceptionKind::TypeError, "memoryview: casts are restricted to C-contiguous views");
        return upcast(new_view(vm, view.object.value(), view.data, view.length, 1, view.readonly));
    }

    Result<Ref<>> memoryview_repr(Vm& vm, Args args)
    {
        MemoryView& view = self_view(args);
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, view.released ? "<released memory at %p>" : "<memory at %p>",
            static_cast<void*>(&view));
        return upcast(new_str(vm, buffer));
    }

    Result<Ref<>> memoryview_eq_impl(Vm& vm, Value self, Value other, bool equal)
    {
        MemoryView& view = as_memoryview(self);
        if (self.is(other))
            return new_bool(equal);
        if (view.released)
            return new_bool(!equal);
        std::string right;
        if (is_memoryview(other)) {
            MemoryView& other_view = as_memoryview(other);
            if (other_view.released)
                return new_bool(!equal);
            right = contents(other_view);
        } else {
            auto other_bytes = bytes_like_view(other);
            if (!other_bytes)
                return ref(not_implemented());
            right = std::string(*other_bytes);
        }
        (void)vm;
        return new_bool((contents(view) == right) == equal);
    }

    Result<Ref<>> memoryview_eq(Vm& vm, Args args) { return memoryview_eq_impl(vm, args[0], args[1], true); }
    Result<Ref<>> memoryview_ne(Vm& vm, Args args) { return memoryview_eq_impl(vm, args[0], args[1], false); }

    Result<Ref<>> memoryview_hash(Vm& vm, Args args)
    {
        MemoryView& view = self_view(args);
        TRY(check_released(vm, view));
        if (!view.readonly)
            return vm.raise(ExceptionKind::ValueError, "cannot hash writable memoryview object");
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
        return checked_property(vm, self, [](MemoryView& view) { return new_int(view.length); });
    }

    Result<Ref<>> memoryview_readonly(Vm& vm, Value self)
    {
        return checked_property(vm, self, [](MemoryView& view) { return new_bool(view.readonly); });
    }

    Result<Ref<>> memoryview_itemsize(Vm& vm, Value self)
    {
        return checked_property(vm, self, [](MemoryView&) { return new_int(1); });
    }

    Result<Ref<>> memoryview_ndim(Vm& vm, Value self)
    {
        return checked_property(vm, self, [](MemoryView&) { return new_int(1); });
    }

    Result<Ref<>> memoryview_format(Vm& vm, Value self)
    {
        TRY(check_released(vm, as_memoryview(self)));
        return upcast(new_str(vm, "B"));
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
        return new_bool(view.stride == 1 || view.length <= 1);
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

    Result<Ref<>> memory_iterator_iter(Vm&, Args args) { return ref(args[0]); }

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
        return new_int(view.data[iterator.index++ * view.stride]);
    }

    void memory_iterator_destruct(Object* object) { static_cast<MemoryIterator*>(object)->~MemoryIterator(); }

    void memory_iterator_traverse(Object* object, VisitFunction visit, void* context)
    {
        auto* iterator = static_cast<MemoryIterator*>(object);
        if (iterator->view)
            visit(iterator->view.value(), context);
    }

    void memory_iterator_clear(Object* object) { static_cast<MemoryIterator*>(object)->view = nullptr; }

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

    void memoryview_clear(Object* object) { release(*static_cast<MemoryView*>(object)); }

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
