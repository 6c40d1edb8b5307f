// One-time process set-up: every static builtin type in registry order, then the
// exception classes. See runtime_setup.h.
#include "vm/runtime_setup.h"

#include "objects/object.h"
#include "objects/str.h"
#include "objects/type.h"
#include "vm/gc.h"
#include "vm/vm.h"

#include <mutex>
#include <string>
#include <unordered_map>

namespace taipan {

#define TAIPAN_BUILTIN_TYPE(variable)                                                                        \
    extern Type variable;                                                                                    \
    extern TypeSpec const variable##_spec;
#include "objects/builtin_types.def"
#undef TAIPAN_BUILTIN_TYPE

void initialize_exception_types(Vm&);

namespace {

    struct StaticInterned {
        // Looked up by string_view without building a std::string (transparent hash).
        struct TextHash {
            using is_transparent = void;
            size_t operator()(std::string_view text) const { return std::hash<std::string_view> {}(text); }
        };
        std::unordered_map<std::string, Str*, TextHash, std::equal_to<>> table;
        bool in_progress = false;
    };

    // Never destroyed: the strs it holds are immortal (destroying the table at exit would
    // free nothing), and it keeps them reachable for LeakSanitizer's exit-time scan.
    StaticInterned& static_interned()
    {
        static auto* instance = new StaticInterned;
        return *instance;
    }

} // namespace

bool runtime_setup_in_progress()
{
    return static_interned().in_progress;
}

void make_immortal(Value value)
{
    if (!value.is_object())
        return;
    Object* object = value.as_object();
    // Immortal objects are shared by every Vm: they leave the collector's lists (an
    // object already immortal may be static, without a GC header).
    if (object->refcount < Object::immortal_refcount / 2 && object->type && object->type->has_flag(TypeHasGc))
        gc_untrack(object);
    object->refcount = Object::immortal_refcount;
}

void release_immortal(Value value)
{
    if (!value.is_object())
        return;
    // It left the collector's lists when it became immortal, so its count is all
    // that stands between it and being freed.
    value.as_object()->refcount = 1;
    decref(value);
}

Str* find_static_interned(std::string_view text)
{
    auto& state = static_interned();
    auto found = state.table.find(text);
    if (found != state.table.end())
        return found->second;
    if (!state.in_progress)
        return nullptr;
    // During set-up every interned str becomes a shared immortal one.
    Ref<Str> made = MUST(new_str(Vm::current(), text));
    made->is_interned = true;
    Str* raw = made.get();
    make_immortal(made.leak());
    state.table.emplace(std::string(text), raw);
    return raw;
}

bool is_static_interned(Str const& str)
{
    return str.refcount >= Object::immortal_refcount / 2 && str.is_interned;
}

void initialize_runtime_once(Vm& vm)
{
    static std::once_flag once;
    std::call_once(once, [&vm] {
        static_interned().in_progress = true;
        // Instances of some types (method descriptors, strs, dicts) are made while
        // earlier types are set up, so every type's size and flags come first.
#define TAIPAN_BUILTIN_TYPE(variable)                                                                        \
    variable.refcount = Object::immortal_refcount;                                                           \
    variable.type = &type_type;                                                                              \
    variable.instance_size = variable##_spec.instance_size;                                                  \
    variable.flags = variable##_spec.flags;                                                                  \
    variable.destruct = variable##_spec.destruct;                                                            \
    variable.name = variable##_spec.name;
#include "objects/builtin_types.def"
#undef TAIPAN_BUILTIN_TYPE
#define TAIPAN_BUILTIN_TYPE(variable) initialize_builtin_type(variable, variable##_spec);
#include "objects/builtin_types.def"
#undef TAIPAN_BUILTIN_TYPE
        initialize_exception_types(vm);
        static_interned().in_progress = false;
    });
}

} // namespace taipan
