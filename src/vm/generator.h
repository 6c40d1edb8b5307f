// Generators, coroutines and async generators: objects that own a suspended frame and
// resume it on send()/throw()/close() (and, for async generators, through the
// awaitables asend()/athrow() return).
#pragma once

#include "objects/function.h"
#include "objects/object.h"
#include "vm/vm.h"

namespace taipan {

struct Frame;

struct GeneratorObject : Object {
    enum class State : uint8_t { Created, Suspended, Running, Finished };
    Frame* frame = nullptr; // owned (malloc'd); null once finished
    State state = State::Created;
    Ref<> name;
    Ref<> qualname;
    Ref<CodeObject> code;
    ExceptionInfo exception_info; // the generator's level of the handled-exception chain
    // Set by YieldValue in an async generator when the value is the generator's own
    // `yield` (not an await passing through).
    bool yielded_value = false;
    bool awaited = false; // a coroutine already awaited once (for the error message)
    bool closing = false;
};

inline bool is_generator_like(Value value)
{
    Type* type = value.type();
    return type == &generator_type || type == &coroutine_type || type == &async_generator_type;
}
inline GeneratorObject& as_generator(Value value) { return *static_cast<GeneratorObject*>(value.as_object()); }

Frame* allocate_generator_frame(CodeObject&, Dict& globals, Dict* builtins);
Result<Ref<>> make_generator(Vm&, FunctionObject&, Frame*);

// Resumes with `value` sent in. Returns the yielded value with returned = false, or the
// return value with returned = true. Errors propagate (PEP 479 conversion included).
Result<Ref<>> generator_send(Vm&, GeneratorObject&, Value value, bool& returned);
// Resumes by raising the pending exception at the suspension point.
Result<Ref<>> generator_throw_pending(Vm&, GeneratorObject&, bool& returned);

// For the interpreter's Send: the awaitable iterator behind `await x`.
Result<Ref<>> get_awaitable_iterator(Vm&, Value awaitable, int where);

} // namespace taipan
