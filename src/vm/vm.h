// The interpreter instance. A Vm owns everything mutable: its modules, interned strings,
// the running thread's state (pending exception, frames), the cycle collector's
// generations. Several Vms may live in one process (DESIGN.md §7); the builtin types are
// shared, immutable and immortal. Vm::current() is the Vm running on this thread (set
// while a Vm executes), for the rare places with no Vm& at hand (deallocation).
#pragma once

#include "objects/float.h"
#include "objects/object.h"
#include "objects/type.h"
#include "support/result.h"
#include "support/small_object_pool.h"
#include "vm/gc.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace taipan {

struct Str;
struct Dict;
struct Tuple;
struct Module;
struct Frame;
struct BaseExceptionObject;

enum class ExceptionKind : uint8_t {
#define TAIPAN_EXCEPTION(name, base, layout) name,
#include "objects/exceptions.def"
#undef TAIPAN_EXCEPTION
};
// The class object of a builtin exception.
Type& exception_type(ExceptionKind);

// Failure value of Result<T>: "a Python exception is pending on the thread state".
using Raised = Failure<ExceptionPending>;

// One level of the "exception being handled" chain (sys.exception()): the thread's
// base level, and one per running generator, which links to the level below it
// (CPython's _PyErr_StackItem). An empty value means "none at this level".
struct ExceptionInfo {
    Ref<> value;
    ExceptionInfo* previous = nullptr;
};

// Per-thread interpreter state.
struct ThreadState {
    // The exception being raised (propagating through Result failures), or null.
    Ref<> pending_exception;
    // The innermost running frame (a linked stack through Frame::previous).
    Frame* current_frame = nullptr;
    // The exception being handled: PushExcInfo/PopExcept update exc_info->value; a
    // running generator points exc_info at its own level.
    ExceptionInfo base_exception_info;
    ExceptionInfo* exception_info = &base_exception_info;
    // sys.exception(): the innermost non-empty level (borrowed), or null.
    Value handled_exception() const
    {
        for (ExceptionInfo* level = exception_info; level; level = level->previous)
            if (level->value && !level->value.value().is(Value(none_object_pointer())))
                return level->value.value();
        return {};
    }
    static Object* none_object_pointer();
    // Python-level call depth, checked against the recursion limit; C++ recursion
    // through natives (repr of nested lists, ...) counts here too.
    int recursion_depth = 0;
};

class Vm;
// The Vm running on this thread (Vm::current); constant-initialised, so reading it is
// one thread-local load with no initialisation check.
extern constinit thread_local Vm* t_current_vm;

class Vm {
public:
    Vm();
    ~Vm();
    Vm(Vm const&) = delete;
    Vm& operator=(Vm const&) = delete;

    static Vm& current()
    {
        if (!t_current_vm) [[unlikely]]
            abort_without_current();
        return *t_current_vm;
    }
    // The current Vm, or null outside any (no abort: for paths that may run then).
    static Vm* current_or_null() { return t_current_vm; }

    // --- raising ---
    // Makes `type(message)` the pending exception.
    Raised raise(ExceptionKind, std::string_view message);
    Raised raise(Type&, std::string_view message);
    // Makes an exception instance (or class, instantiated with no arguments) pending.
    Raised raise_object(Value exception);
    // The pending exception (null if none); `take` clears it.
    Value pending_exception() const { return m_thread.pending_exception.value(); }
    Ref<> take_pending_exception() { return std::move(m_thread.pending_exception); }
    // Is the pending exception an instance of `kind`?
    bool pending_exception_matches(ExceptionKind) const;
    // Drops a pending exception of `kind` (returns true), leaves others alone.
    bool clear_pending_if(ExceptionKind);
    // TypeError("'T' object is not iterable") style helpers live with their callers.

    // Sets __context__ of a newly raised exception from the one being handled.
    void set_exception_context(Value exception);

    // Recursion guard for C++ recursion (repr of nested containers, comparisons):
    // RecursionError "maximum recursion depth exceeded while ..." past the limit.
    Result<void> enter_recursive_call(char const* where);
    void leave_recursive_call() { --m_thread.recursion_depth; }
    int recursion_limit() const { return m_recursion_limit; }
    void set_recursion_limit(int limit) { m_recursion_limit = limit; }

    // --- strings ---
    // The interned str for `text` (UTF-8); identifiers and attribute names.
    Ref<Str> intern(std::string_view text);
    // Interns an existing str (returns the canonical object).
    Ref<Str> intern(Str&);

    // --- state ---
    ThreadState& thread() { return m_thread; }
    Dict& builtins() { return *m_builtins; }
    Dict& modules() { return *m_modules; } // sys.modules
    Module& sys_module() { return *m_sys; }
    Module& builtins_module() { return *m_builtins_module; }

    // Set up by the embedding program (main.cpp): sys.argv, sys.path[0], sys.executable.
    std::vector<std::string> argv;
    std::string executable;
    std::string script_directory; // sys.path[0]; "" for -c
    // sys.orig_argv: the whole command line (empty: [executable] + argv).
    std::vector<std::string> orig_argv;

    // State the sys module's functions set (vm/sys_module.cpp) and the runtime reads.
    struct SysState {
        int max_str_digits = 4300; // sys.set_int_max_str_digits (0: no limit)
        // sys.settrace / sys.setprofile (stored; the interpreter does not call them yet).
        Ref<> trace_function;
        Ref<> profile_function;
        double switch_interval = 0.005; // sys.setswitchinterval
        Ref<> asyncgen_firstiter; // sys.set_asyncgen_hooks
        Ref<> asyncgen_finalizer;
        int coroutine_origin_tracking_depth = 0;
    };
    SysState sys_state;

    // The last version given to a dict of this Vm (next_dict_version in objects/dict.h).
    uint64_t last_dict_version = 0;

    // The modules whose body the import system is running, innermost last (CPython's
    // __spec__._initializing), for "partially initialized module" messages.
    std::vector<Object*> initializing_modules;

    GcState& gc() { return m_gc; }
    // Where this interpreter's objects are allocated (support/small_object_pool.h).
    SmallObjectPool& object_pool() { return m_object_pool; }
    TypeLookupCache& type_lookup_cache() { return m_type_lookup_cache; }
    FloatFreeList float_free_list;

    // Called once the builtins and sys modules exist (they refer to each other).
    void set_core_modules(Ref<Module> builtins_module, Ref<Module> sys_module);

private:
    [[noreturn]] static void abort_without_current();
    // Declared first so it is destroyed last, after every object the Vm frees.
    SmallObjectPool m_object_pool;
    GcState m_gc;
    TypeLookupCache m_type_lookup_cache;
    ThreadState m_thread;
    int m_recursion_limit = 1000;
    std::unordered_map<std::string_view, Str*> m_interned;
    std::vector<std::unique_ptr<std::string>> m_interned_keys; // the texts m_interned's keys view
    Ref<Module> m_builtins_module;
    Ref<Dict> m_builtins;
    Ref<Module> m_sys;
    Ref<Dict> m_modules;
    Vm* m_previous_current = nullptr;
};

} // namespace taipan
