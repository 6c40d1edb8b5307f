// Type objects: the class of every value. A type has a name, bases and C3 MRO, a
// namespace dict, a version tag (changed on every mutation of the type or a base, so
// caches validate with one comparison), the instance layout, and the special methods
// resolved along its MRO (special_methods.def). Builtin types are static, immortal and
// immutable; classes made by `class` statements are heap types.
#pragma once

#include "objects/object.h"
#include "support/result.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace taipan {

class Vm;
struct Str;
struct Tuple;
struct Dict;
struct NativeMethod;
struct NativeProperty;
struct NativeMember;

enum class SpecialMethod : uint8_t {
#define TAIPAN_SPECIAL(name, python_name) name,
#include "objects/special_methods.def"
#undef TAIPAN_SPECIAL
};
constexpr int special_method_count = 0
#define TAIPAN_SPECIAL(name, python_name) +1
#include "objects/special_methods.def"
#undef TAIPAN_SPECIAL
    ;
char const* special_method_name(SpecialMethod);

enum TypeFlag : uint32_t {
    TypeHeap = 1 << 0, // made by `class` or type(name, bases, dict); mutable
    TypeBaseType = 1 << 1, // can be subclassed
    TypeHasGc = 1 << 2, // instances can hold references: tracked by the cycle collector
    TypeAbstract = 1 << 3, // has abstract methods (abc)
    TypeImmutable = 1 << 4, // attributes cannot be set (builtin types)
    TypeSequence = 1 << 5, // matches sequence patterns (CPython's Py_TPFLAGS_SEQUENCE)
    TypeMapping = 1 << 6, // matches mapping patterns
    // Fast subclass checks (CPython's Py_TPFLAGS_*_SUBCLASS).
    TypeIntSubclass = 1 << 8,
    TypeStrSubclass = 1 << 9,
    TypeBytesSubclass = 1 << 10,
    TypeTupleSubclass = 1 << 11,
    TypeListSubclass = 1 << 12,
    TypeDictSubclass = 1 << 13,
    TypeTypeSubclass = 1 << 14,
    TypeExceptionSubclass = 1 << 15, // BaseException and subclasses
    TypeFloatSubclass = 1 << 16,
    TypeDisallowInstantiation = 1 << 17, // "cannot create 'X' instances"
    TypeUnhashable = 1 << 18, // builtin types whose __hash__ is None (list, dict, set...)
};

// A visitor over the references an object holds, for the cycle collector.
using VisitFunction = void (*)(Value, void* context);

// The C++ hooks of a type. `destruct` runs the C++ destructor (the memory is freed by
// destroy_object); `traverse` visits every reference the object owns; `clear` drops
// them to break cycles. A heap type chains to its base's hooks for the base's part.
using DestructFunction = void (*)(Object*);
using TraverseFunction = void (*)(Object*, VisitFunction, void* context);
using ClearFunction = void (*)(Object*);
// Attribute access (tp_getattro / tp_setattro). getattr raises AttributeError when the
// attribute is missing; setattr deletes when `value` is null.
using GetAttrFunction = Result<Ref<>> (*)(Vm&, Value object, Str& name);
using SetAttrFunction = Result<void> (*)(Vm&, Value object, Str& name, Value value);
// CPython's tp_vectorcall for a few builtin classes: `Type(...)` called on exactly that
// type, without the __new__/__init__ lookups and the argument tuple. Returns a null Ref
// (no exception pending) for the calls it leaves to the general path.
using ConstructFunction = Result<Ref<>> (*)(Vm&, Type&, std::span<Value const> args, Tuple* kwnames);

struct Type : Object {
    std::string name; // tp_name: "int", "collections.OrderedDict", a class's __name__
    Ref<Str> qualname; // __qualname__ (heap types; the name for builtin ones)
    Type* base = nullptr; // the solid base (tp_base); null only for `object`
    Ref<Tuple> bases; // __bases__
    Ref<Tuple> mro; // __mro__, this type first
    Ref<Dict> dict; // the namespace (__dict__ is a read-only proxy of it)
    uint32_t flags = 0;
    char const* doc = nullptr; // builtin types: the class docstring (tp_doc)
    // Changes whenever this type or a type in its MRO changes (assigning a class
    // attribute, __bases__, ...); never reused while caches may hold the old value.
    uint64_t version = 0;

    // Instance layout: the C++ struct of the solid base, then (heap types) the __dict__
    // pointer and the __slots__ values.
    size_t instance_size = sizeof(Object);
    size_t dict_offset = 0; // 0: instances have no __dict__
    size_t slots_offset = 0; // first __slots__ value; slots_count Values follow
    uint32_t slots_count = 0;
    // Ref<Dict>/Value fields at dict_offset/slots_offset are zero-initialised at
    // allocation; the rest of the instance is constructed by the solid base.
    // Variable-sized builtins (tuple, str, bytes, big int) set `variable_size`: the
    // byte size of one instance's own part. Their subclasses' dict and slots then sit
    // after that part, at (offset - base instance_size) past it.
    size_t (*variable_size)(Object const*) = nullptr;
    // The byte offset of this instance's __dict__ pointer / first slot, variable-sized
    // bases included; defined in type.cpp.
    size_t dict_position(Object const*) const;
    size_t slots_position(Object const*) const;

    DestructFunction destruct = nullptr;
    TraverseFunction traverse = nullptr;
    ClearFunction clear = nullptr;
    GetAttrFunction getattr = nullptr;
    SetAttrFunction setattr = nullptr;
    ConstructFunction construct = nullptr; // never inherited: subclasses take type_call's path

    // Direct subclasses (borrowed; a heap type removes itself when destroyed), so
    // type_modified can reach them and __subclasses__() can list them.
    std::vector<Type*> subclasses;
    // The bases whose `subclasses` list this type is in (kept apart from `bases`,
    // which the cycle collector may clear before the type is destroyed).
    std::vector<Type*> registered_bases;

    // The special methods found along the MRO (borrowed from the dicts that hold them);
    // null when absent. A `__hash__ = None` is stored as None.
    Value special[special_method_count] = {};

    Value lookup_special(SpecialMethod method) const { return special[static_cast<int>(method)]; }
    bool has_flag(uint32_t flag) const { return (flags & flag) != 0; }
    bool is_heap() const { return has_flag(TypeHeap); }
};

// The builtin type whose C++ layout instances of `type` have (the type itself when it
// is not a class statement's).
inline Type* native_solid_base(Type const* type)
{
    while (type->is_heap())
        type = type->base;
    return const_cast<Type*>(type);
}

// Builtin types are declared by a TypeSpec and set up once per process, before any Vm
// exists (register_builtin_types in type_registry.cpp).
struct TypeSpec {
    char const* name;
    Type* base = nullptr; // null: object
    size_t instance_size = sizeof(Object);
    uint32_t flags = 0;
    char const* doc = nullptr;
    std::span<NativeMethod const> methods = {};
    std::span<NativeProperty const> properties = {};
    // Where instances keep their __dict__ (a Ref<Dict> member), 0 when they have none.
    size_t dict_offset = 0;
    DestructFunction destruct = nullptr;
    TraverseFunction traverse = nullptr;
    ClearFunction clear = nullptr;
    // null: inherited from the base
    GetAttrFunction getattr = nullptr;
    SetAttrFunction setattr = nullptr;
    ConstructFunction construct = nullptr;
};

// Fills a static Type from its spec: name, base, MRO, dict with method descriptors,
// special-method table. Called in registry order (bases first).
void initialize_builtin_type(Type&, TypeSpec const&);

// The builtin types every layer needs directly. Each is defined in its type's .cpp.
extern Type object_type;
extern Type type_type;
extern Type none_type;
extern Type not_implemented_type;
extern Type ellipsis_type;
extern Type int_type;
extern Type bool_type;
extern Type float_type;
extern Type complex_type;
extern Type str_type;
extern Type bytes_type;
extern Type bytearray_type;
extern Type tuple_type;
extern Type list_type;
extern Type dict_type;
extern Type set_type;
extern Type frozenset_type;
extern Type range_type;
extern Type slice_type;
extern Type function_type;
extern Type builtin_function_type;
extern Type method_type;
extern Type method_descriptor_type;
extern Type classmethod_descriptor_type;
extern Type wrapper_descriptor_type;
extern Type method_wrapper_type;
extern Type cell_type;
extern Type code_type;
extern Type frame_type;
extern Type traceback_type;
extern Type module_type;
extern Type generator_type;
extern Type coroutine_type;
extern Type async_generator_type;
extern Type property_type;
extern Type classmethod_type;
extern Type staticmethod_type;
extern Type super_type;

// isinstance without __instancecheck__: is `type` `base` or a subclass of it (MRO walk;
// a flag test for the TypeXxxSubclass families).
bool is_subtype(Type const* type, Type const* base);

// Looks `name` up along the MRO of `type` (no descriptors invoked); null if absent.
// Borrowed. Results are cached per Vm by (type version, interned name).
Value type_lookup(Type const& type, Str& name);

// The cache behind type_lookup: direct-mapped, keyed by a type's version tag (unique
// for the process, changed by type_modified) and the address of an interned name. The
// borrowed values stay valid because changing a type's dict changes its version first.
struct TypeLookupCache {
    struct Entry {
        uint64_t version = 0;
        Str const* name = nullptr;
        Value value;
    };
    static constexpr size_t size = 4096;
    std::unique_ptr<Entry[]> entries {new Entry[size]};

    Entry& entry(uint64_t version, Str const& name)
    {
        auto address = reinterpret_cast<uintptr_t>(&name);
        return entries[(version * 0x9E3779B97F4A7C15u ^ (address >> 4)) & (size - 1)];
    }
    void clear()
    {
        for (size_t index = 0; index < size; ++index)
            entries[index] = Entry {};
    }
};

// Recomputes `special` and bumps `version` of `type` and of every subclass (after an
// attribute of the type changed).
void type_modified(Type&);

// The generic attribute protocol (object.__getattribute__ / __setattr__): data
// descriptors on the type, then the instance __dict__, then other type attributes.
Result<Ref<>> generic_getattr(Vm&, Value object, Str& name);
Result<void> generic_setattr(Vm&, Value object, Str& name, Value value);

// The instance __dict__ of an object whose type has one (created on first use), or null.
Dict* instance_dict(Vm&, Value object, bool create);

// Heap types: type(name, bases, namespace) and the `class` statement's metaclass call.
Result<Ref<Type>> create_heap_type(Vm&, Type& metatype, Str& name, Tuple& bases, Dict& namespace_);

// Binds a descriptor found on a type: descr.__get__(instance, owner) when it has
// __get__ (functions become bound methods), else descr itself. `instance` null means
// lookup on the class.
Result<Ref<>> descriptor_get(Vm&, Value descriptor, Value instance, Type& owner);

// type(x).__name__-style name for messages: the tp_name without the module part for
// heap types (CPython's _PyType_Name).
std::string_view type_short_name(Type const&);

// Allocates an instance of `type` (native or heap) of `type.instance_size +
// extra_bytes` bytes (extra: the variable part of tuples, strs...), with a GC header
// when the type has TypeHasGc (tracked from the start), the header initialised
// (refcount 1, type incref'd for heap types) and every other byte zeroed. The caller
// placement-constructs the C++ part. Raises MemoryError when the size is absurd.
Result<Object*> allocate_instance(Vm&, Type& type, size_t extra_bytes = 0);
// Frees memory from allocate_instance (used by destroy_object).
void free_instance(Object*);

// For a C++ struct T deriving Object: allocate `type` (whose instance_size is at least
// sizeof(T)) plus `extra_bytes`, and construct T in place.
template<typename T, typename... Args>
Result<Ref<T>> make_object(Vm& vm, Type& type, size_t extra_bytes, Args&&... args)
{
    Object* memory = TRY(allocate_instance(vm, type, extra_bytes));
    Type* saved_type = memory->type;
    T* object = new (memory) T(std::forward<Args>(args)...);
    object->refcount = 1;
    object->type = saved_type;
    return Ref<T>::adopt(Value(object));
}

inline Type* Value::type() const
{
    return is_small_int() ? &int_type : as_object()->type;
}

} // namespace taipan
