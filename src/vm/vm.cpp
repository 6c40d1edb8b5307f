// The Vm: raising exceptions, interning, the recursion guard, and the per-thread
// "current Vm" pointer.
#include "vm/vm.h"

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/runtime_setup.h"
#include "vm/sys_module.h"

#include <cstdio>
#include <cstdlib>

namespace taipan {

constinit thread_local Vm* t_current_vm = nullptr;

Vm::Vm()
{
    m_previous_current = t_current_vm;
    t_current_vm = this;
    initialize_runtime_once(*this);
    m_modules = MUST(new_dict(*this));
    create_core_modules(*this);
}

Vm::~Vm()
{
    // Callbacks and hooks must not run while the Vm is torn down.
    gc_shutdown(*this);
    release_sys_state(*this);
    m_thread.pending_exception = nullptr;
    m_thread.base_exception_info.value = nullptr;
    m_modules = nullptr;
    m_sys = nullptr;
    m_builtins = nullptr;
    m_builtins_module = nullptr;
    gc_collect(*this, 2);
    float_free_list.release_all();
    // Interned strs are owned by the table: drop them last.
    for (auto& [text, str] : m_interned) {
        if (!is_static_interned(*str))
            decref(str);
    }
    m_interned.clear();
    t_current_vm = m_previous_current;
}

void Vm::abort_without_current()
{
    std::fputs("taipan: no interpreter is running on this thread\n", stderr);
    std::abort();
}

Raised Vm::raise(Type& type, std::string_view message)
{
    auto text = new_str(*this, message);
    if (text.is_error())
        return Raised {ExceptionPending {}};
    Value argument = text.value().value();
    auto exception = new_exception(*this, type, std::span<Value const>(&argument, 1));
    if (exception.is_error())
        return Raised {ExceptionPending {}};
    return raise_object(exception.value());
}

Raised Vm::raise(ExceptionKind kind, std::string_view message)
{
    return raise(exception_type(kind), message);
}

Raised Vm::raise_object(Value exception)
{
    if (exception.is_object() && exception.type() == &type_type
        && static_cast<Type*>(exception.as_object())->has_flag(TypeExceptionSubclass)) {
        auto instance = new_exception(*this, *static_cast<Type*>(exception.as_object()), {});
        if (instance.is_error())
            return Raised {ExceptionPending {}};
        m_thread.pending_exception = instance.release_value();
    } else if (is_exception_instance(exception)) {
        m_thread.pending_exception = ref(exception);
    } else {
        return raise(ExceptionKind::TypeError, "exceptions must derive from BaseException");
    }
    set_exception_context(m_thread.pending_exception.value());
    return Raised {ExceptionPending {}};
}

Object* ThreadState::none_object_pointer()
{
    return &none_object;
}

// CPython: an exception raised while another is handled gets it as __context__, and
// any cycle that would create through older contexts is cut.
void Vm::set_exception_context(Value exception)
{
    Value handled = m_thread.handled_exception();
    if (!handled || handled.is(exception))
        return;
    auto& raised = as_exception(exception);
    if (raised.context.value().is(handled))
        return;
    Value walk = handled;
    while (walk) {
        auto& link = as_exception(walk);
        Value next = link.context.value();
        if (next.is(exception)) {
            link.context = nullptr;
            break;
        }
        walk = next;
    }
    raised.context = ref(handled);
}

bool Vm::pending_exception_matches(ExceptionKind kind) const
{
    Value pending = m_thread.pending_exception.value();
    return pending.is_object() && is_subtype(pending.type(), &exception_type(kind));
}

bool Vm::clear_pending_if(ExceptionKind kind)
{
    if (!pending_exception_matches(kind))
        return false;
    m_thread.pending_exception = nullptr;
    return true;
}

Result<void> Vm::enter_recursive_call(char const* where)
{
    if (++m_thread.recursion_depth > m_recursion_limit) {
        --m_thread.recursion_depth;
        return raise(ExceptionKind::RecursionError, std::string("maximum recursion depth exceeded") + where);
    }
    return {};
}

Ref<Str> Vm::intern(std::string_view text)
{
    if (Str* existing = find_static_interned(text))
        return ref(existing);
    if (auto found = m_interned.find(text); found != m_interned.end())
        return ref(found->second);
    Ref<Str> str = MUST(new_str(*this, text));
    return intern(*str);
}

Ref<Str> Vm::intern(Str& str)
{
    if (str.is_interned)
        return ref(&str);
    std::string text = str_to_utf8(str);
    if (Str* existing = find_static_interned(text))
        return ref(existing);
    if (auto found = m_interned.find(text); found != m_interned.end())
        return ref(found->second);
    // The table owns one reference; its key views a copy kept alive with the entry.
    incref(&str);
    str.is_interned = true;
    auto* key = new std::string(std::move(text));
    m_interned_keys.emplace_back(key);
    m_interned.emplace(*key, &str);
    return ref(&str);
}

void Vm::set_core_modules(Ref<Module> builtins_module, Ref<Module> sys_module)
{
    m_builtins_module = std::move(builtins_module);
    m_builtins = m_builtins_module->dict;
    m_sys = std::move(sys_module);
}

} // namespace taipan
