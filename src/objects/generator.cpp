// Generator, coroutine and async-generator objects: resuming their frames, PEP 479's
// StopIteration → RuntimeError conversion, throw()/close() with delegation to a
// `yield from`/`await` sub-iterator, and the awaitables of async generators.
#include "vm/generator.h"

#include "objects/abstract.h"
#include "objects/exception.h"
#include "objects/native.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/frame.h"
#include "vm/interpreter.h"

#include <cstdio>
#include <cstdlib>

namespace taipan {

Result<Ref<>> run_frame_throwing(Vm&, Frame*);

Frame* allocate_generator_frame(CodeObject& code, Dict& globals, Dict* builtins)
{
    // From the running interpreter's pool, as objects are (most frames are small).
    Vm* vm = Vm::current_or_null();
    size_t bytes = Frame::bytes_for(code);
    void* memory = vm ? vm->object_pool().allocate(bytes) : std::calloc(1, bytes);
    return construct_frame(memory, code, globals, builtins, Value {});
}

static void free_generator_frame(GeneratorObject& generator)
{
    if (!generator.frame)
        return;
    destroy_frame(generator.frame);
    SmallObjectPool::release(generator.frame);
    generator.frame = nullptr;
}

Result<Ref<>> make_generator(Vm& vm, FunctionObject& function, Frame* frame)
{
    uint32_t flags = function.code->unit->flags;
    Type& type = (flags & CodeCoroutine) ? coroutine_type
        : (flags & CodeAsyncGenerator)   ? async_generator_type
                                         : generator_type;
    auto made = make_object<GeneratorObject>(vm, type, 0);
    if (made.is_error()) {
        destroy_frame(frame);
        SmallObjectPool::release(frame);
        return Failure {made.release_error()};
    }
    Ref<GeneratorObject> generator = made.release_value();
    generator->frame = frame;
    frame->generator = generator.get();
    generator->name = function.name;
    generator->qualname = function.qualname;
    generator->code = function.code;
    return Ref<>(std::move(generator));
}

static char const* kind_name(GeneratorObject const& generator)
{
    if (generator.type == &coroutine_type)
        return "coroutine";
    if (generator.type == &async_generator_type)
        return "async generator";
    return "generator";
}

// Runs the frame once; `throwing` resumes by raising the pending exception.
static Result<Ref<>> resume(Vm& vm, GeneratorObject& generator, Value value, bool throwing, bool& returned)
{
    returned = false;
    if (generator.state == GeneratorObject::State::Running)
        return vm.raise(ExceptionKind::ValueError, std::string(kind_name(generator)) + " already executing");
    if (generator.state == GeneratorObject::State::Finished) {
        if (throwing)
            return Failure {ExceptionPending {}};
        if (generator.type == &coroutine_type)
            return vm.raise(ExceptionKind::RuntimeError, "cannot reuse already awaited coroutine");
        if (generator.type == &async_generator_type)
            return vm.raise_object(Value(&exception_type(ExceptionKind::StopAsyncIteration)));
        returned = true;
        return new_none();
    }
    Frame* frame = generator.frame;
    if (generator.state == GeneratorObject::State::Created) {
        if (!throwing && !is_none(value))
            return vm.raise(ExceptionKind::TypeError,
                std::string("can't send non-None value to a just-started ") + kind_name(generator));
    } else if (!throwing) {
        incref(value);
        *frame->stack_pointer++ = value;
    }
    TRY(vm.enter_recursive_call(""));
    frame->is_entry = true;
    frame->previous = vm.thread().current_frame;
    vm.thread().current_frame = frame;
    generator.exception_info.previous = vm.thread().exception_info;
    vm.thread().exception_info = &generator.exception_info;
    bool was_created = generator.state == GeneratorObject::State::Created;
    generator.state = GeneratorObject::State::Running;
    generator.yielded_value = false;
    Ref<GeneratorObject> keep_alive = ref(&generator);

    (void)was_created;
    auto result = throwing ? run_frame_throwing(vm, frame) : run_frame(vm, frame);

    vm.thread().exception_info = generator.exception_info.previous;
    generator.exception_info.previous = nullptr;
    vm.leave_recursive_call();
    if (generator.state == GeneratorObject::State::Suspended)
        return result;
    generator.state = GeneratorObject::State::Finished;
    generator.exception_info.value = nullptr;
    free_generator_frame(generator);
    if (result.is_error()) {
        // PEP 479: a StopIteration escaping a generator body becomes a RuntimeError.
        bool is_async = generator.type == &async_generator_type;
        bool stop = vm.pending_exception_matches(ExceptionKind::StopIteration)
            || (is_async && vm.pending_exception_matches(ExceptionKind::StopAsyncIteration));
        if (stop) {
            Ref<> original = vm.take_pending_exception();
            std::string message = std::string(kind_name(generator)) + " raised " + type_name(original);
            (void)vm.raise(ExceptionKind::RuntimeError, message);
            auto& replacement = as_exception(vm.pending_exception());
            replacement.cause = original;
            replacement.context = original;
            replacement.suppress_context = true;
        }
        return result;
    }
    returned = true;
    return result;
}

Result<Ref<>> generator_send(Vm& vm, GeneratorObject& generator, Value value, bool& returned)
{
    return resume(vm, generator, value, false, returned);
}

Result<Ref<>> generator_throw_pending(Vm& vm, GeneratorObject& generator, bool& returned)
{
    return resume(vm, generator, Value {}, true, returned);
}

// The receiver of a `yield from`/`await` the generator is suspended in, or null: the
// frame stopped at a YieldValue that follows a Send.
static Value delegated_receiver(GeneratorObject& generator)
{
    if (generator.state != GeneratorObject::State::Suspended || !generator.frame)
        return {};
    Frame* frame = generator.frame;
    auto const& code = frame->code->code;
    uint32_t next = frame->instruction;
    if (next < 2)
        return {};
    if (instruction_opcode(code[next - 1]) != Opcode::YieldValue
        || instruction_opcode(code[next - 2]) != Opcode::Send)
        return {};
    return frame->stack_pointer[-1];
}

// Called with the exception to throw pending.
static Result<Ref<>> throw_into(Vm& vm, GeneratorObject& generator, bool& returned)
{
    returned = false;
    Value receiver = delegated_receiver(generator);
    if (receiver) {
        bool is_exit = vm.pending_exception_matches(ExceptionKind::GeneratorExit);
        Ref<> held_receiver = ref(receiver);
        Result<Ref<>> delegated = Ref<> {};
        generator.state = GeneratorObject::State::Running;
        if (is_generator_like(receiver)) {
            bool sub_returned = false;
            delegated = throw_into(vm, as_generator(receiver), sub_returned);
            if (!delegated.is_error() && sub_returned) {
                // The sub-iterator finished: resume the Send with its value.
                generator.state = GeneratorObject::State::Suspended;
                Frame* frame = generator.frame;
                Value popped = *--frame->stack_pointer;
                decref(popped);
                uint32_t send_index = frame->instruction - 2;
                frame->instruction = instruction_argument(frame->code->code[send_index]);
                return generator_send(vm, generator, delegated.value(), returned);
            }
        } else if (is_exit) {
            Ref<> pending = vm.take_pending_exception();
            auto close = get_attribute_or_null(vm, receiver, "close");
            if (close.is_error()) {
                generator.state = GeneratorObject::State::Suspended;
                return generator_throw_pending(vm, generator, returned);
            }
            if (close.value()) {
                auto closed = call(vm, close.value(), {});
                if (closed.is_error()) {
                    generator.state = GeneratorObject::State::Suspended;
                    return generator_throw_pending(vm, generator, returned);
                }
            }
            vm.thread().pending_exception = std::move(pending);
            generator.state = GeneratorObject::State::Suspended;
            return generator_throw_pending(vm, generator, returned);
        } else {
            Ref<> pending = vm.take_pending_exception();
            auto thrower = get_attribute_or_null(vm, receiver, "throw");
            if (thrower.is_error() || !thrower.value()) {
                if (!thrower.is_error())
                    vm.thread().pending_exception = std::move(pending);
                generator.state = GeneratorObject::State::Suspended;
                return generator_throw_pending(vm, generator, returned);
            }
            delegated = call(vm, thrower.value(), {pending.value()});
        }
        generator.state = GeneratorObject::State::Suspended;
        if (!delegated.is_error())
            return delegated;
        // The sub-iterator raised: StopIteration means it returned a value.
        if (vm.pending_exception_matches(ExceptionKind::StopIteration)) {
            Ref<> stop = vm.take_pending_exception();
            auto& stop_object = *static_cast<StopIterationObject*>(stop.value().as_object());
            Ref<> value = stop_object.value ? stop_object.value : new_none();
            Frame* frame = generator.frame;
            Value popped = *--frame->stack_pointer;
            decref(popped);
            uint32_t send_index = frame->instruction - 2;
            frame->instruction = instruction_argument(frame->code->code[send_index]);
            return generator_send(vm, generator, value, returned);
        }
        return generator_throw_pending(vm, generator, returned);
    }
    return generator_throw_pending(vm, generator, returned);
}

// throw(type[, value[, traceback]]) → makes the exception pending like `raise` would.
static Result<void> make_thrown_exception(Vm& vm, Value type, Value value, Value traceback)
{
    if (traceback && !is_none(traceback) && traceback.type() != &traceback_type)
        return vm.raise(ExceptionKind::TypeError, "throw() third argument must be a traceback object");
    Ref<> exception;
    if (type.is_object() && type.type()->has_flag(TypeTypeSubclass)
        && static_cast<Type*>(type.as_object())->has_flag(TypeExceptionSubclass)) {
        if (value && !is_none(value) && is_exception_instance(value)
            && is_subtype(value.type(), static_cast<Type*>(type.as_object()))) {
            exception = ref(value);
        } else if (value && !is_none(value)) {
            Value arguments[] = {value};
            exception = TRY(
                call(vm, type, is_tuple(value) ? as_tuple(value).span() : std::span<Value const>(arguments)));
        } else {
            exception = TRY(call(vm, type, {}));
        }
    } else if (is_exception_instance(type)) {
        if (value && !is_none(value))
            return vm.raise(ExceptionKind::TypeError, "instance exception may not have a separate value");
        exception = ref(type);
    } else {
        return vm.raise(ExceptionKind::TypeError,
            "exceptions must be classes or instances deriving from BaseException, not " + type_name(type));
    }
    if (traceback && !is_none(traceback))
        as_exception(exception).traceback = ref(traceback);
    vm.thread().pending_exception = std::move(exception);
    return {};
}

// --- Python-level methods shared by the three kinds ---

static GeneratorObject& self_generator(Args args)
{
    return as_generator(args[0]);
}

static Result<Ref<>> raise_stop_iteration(Vm& vm, Value value)
{
    if (is_none(value))
        return vm.raise_object(Value(&exception_type(ExceptionKind::StopIteration)));
    Ref<> exception = TRY(new_exception(vm, exception_type(ExceptionKind::StopIteration), {&value, 1}));
    return vm.raise_object(exception);
}

static Result<Ref<>> generator_send_method(Vm& vm, Args args)
{
    bool returned = false;
    Ref<> result = TRY(generator_send(vm, self_generator(args), args[1], returned));
    if (returned)
        return raise_stop_iteration(vm, result);
    return result;
}

static Result<Ref<>> generator_next_method(Vm& vm, Args args)
{
    bool returned = false;
    Ref<> result = TRY(generator_send(vm, self_generator(args), none(), returned));
    if (returned) {
        if (!is_none(result))
            return raise_stop_iteration(vm, result);
        return Ref<> {};
    }
    return result;
}

static Result<Ref<>> generator_throw_method(Vm& vm, Args args)
{
    TRY(make_thrown_exception(vm, args[1], args[2], args[3]));
    bool returned = false;
    Ref<> result = TRY(throw_into(vm, self_generator(args), returned));
    if (returned)
        return raise_stop_iteration(vm, result);
    return result;
}

static Result<Ref<>> generator_close_method(Vm& vm, Args args)
{
    GeneratorObject& generator = self_generator(args);
    if (generator.state == GeneratorObject::State::Created) {
        generator.state = GeneratorObject::State::Finished;
        free_generator_frame(generator);
        return new_none();
    }
    if (generator.state == GeneratorObject::State::Finished)
        return new_none();
    (void)vm.raise_object(Value(&exception_type(ExceptionKind::GeneratorExit)));
    bool returned = false;
    auto result = throw_into(vm, generator, returned);
    if (result.is_error()) {
        if (vm.clear_pending_if(ExceptionKind::GeneratorExit)
            || vm.clear_pending_if(ExceptionKind::StopIteration))
            return new_none();
        return result;
    }
    if (!returned)
        return vm.raise(
            ExceptionKind::RuntimeError, std::string(kind_name(generator)) + " ignored GeneratorExit");
    return new_none();
}

static Result<Ref<>> generator_iter_method(Vm&, Args args)
{
    return ref(args[0]);
}

static Result<Ref<>> generator_repr(Vm& vm, Args args)
{
    GeneratorObject& generator = self_generator(args);
    char address[32];
    std::snprintf(address, sizeof address, "%p", static_cast<void*>(&generator));
    std::string name = TRY(str_utf8(vm, generator.qualname));
    char const* kind = generator.type == &coroutine_type ? "coroutine"
        : generator.type == &async_generator_type        ? "async_generator"
                                                         : "generator";
    return new_str(vm, "<" + std::string(kind) + " object " + name + " at " + address + ">");
}

static Result<Ref<>> generator_get_name(Vm&, Value self)
{
    return as_generator(self).name;
}
static Result<void> generator_set_name(Vm& vm, Value self, Value value)
{
    if (!value || !is_str(value))
        return vm.raise(ExceptionKind::TypeError, "__name__ must be set to a string object");
    as_generator(self).name = ref(value);
    return {};
}
static Result<Ref<>> generator_get_qualname(Vm&, Value self)
{
    return as_generator(self).qualname;
}
static Result<void> generator_set_qualname(Vm& vm, Value self, Value value)
{
    if (!value || !is_str(value))
        return vm.raise(ExceptionKind::TypeError, "__qualname__ must be set to a string object");
    as_generator(self).qualname = ref(value);
    return {};
}
static Result<Ref<>> generator_get_running(Vm&, Value self)
{
    return new_bool(as_generator(self).state == GeneratorObject::State::Running);
}
static Result<Ref<>> generator_get_suspended(Vm&, Value self)
{
    return new_bool(as_generator(self).state == GeneratorObject::State::Suspended);
}
static Result<Ref<>> generator_get_code(Vm&, Value self)
{
    return Ref<>(as_generator(self).code);
}
static Result<Ref<>> generator_get_frame(Vm& vm, Value self)
{
    GeneratorObject& generator = as_generator(self);
    if (!generator.frame)
        return new_none();
    return Ref<>(TRY(frame_object_for(vm, *generator.frame)));
}
static Result<Ref<>> generator_get_yieldfrom(Vm&, Value self)
{
    Value receiver = delegated_receiver(as_generator(self));
    return receiver ? ref(receiver) : new_none();
}

static void generator_destruct(Object* object)
{
    auto* generator = static_cast<GeneratorObject*>(object);
    free_generator_frame(*generator);
    generator->~GeneratorObject();
}

static void generator_traverse(Object* object, VisitFunction visit, void* context)
{
    auto* generator = static_cast<GeneratorObject*>(object);
    if (Frame* frame = generator->frame) {
        for (Value* slot = frame->slots(); slot < frame->stack_base(); ++slot)
            if (*slot)
                visit(*slot, context);
        // A running generator's stack pointer is stale (it lives in the loop's register).
        if (frame->stack_pointer && generator->state != GeneratorObject::State::Running)
            for (Value* item = frame->stack_base(); item < frame->stack_pointer; ++item)
                if (*item)
                    visit(*item, context);
        // Every reference the frame owns, or a cycle through it (a module-level
        // generator in its own globals) would look referenced from outside.
        if (frame->function)
            visit(frame->function.value(), context);
        if (frame->code_holder)
            visit(frame->code_holder.value(), context);
        if (frame->globals_holder)
            visit(frame->globals_holder.value(), context);
        if (frame->locals)
            visit(frame->locals.value(), context);
        if (frame->frame_object)
            visit(frame->frame_object.value(), context);
    }
    if (generator->exception_info.value)
        visit(generator->exception_info.value.value(), context);
}

static void generator_clear(Object* object)
{
    auto* generator = static_cast<GeneratorObject*>(object);
    if (generator->state != GeneratorObject::State::Running)
        free_generator_frame(*generator);
    generator->exception_info.value = nullptr;
}

// CPython: a suspended generator that is dropped is closed (its finally blocks run).
void finalize_generator(Vm& vm, GeneratorObject& generator)
{
    if (generator.state != GeneratorObject::State::Suspended || generator.type == &coroutine_type)
        return;
    Ref<> saved = vm.take_pending_exception();
    Value self(&generator);
    auto result = generator_close_method(vm, Args(&self, 1));
    if (result.is_error())
        (void)vm.take_pending_exception();
    vm.thread().pending_exception = std::move(saved);
}

static constexpr NativeMethod generator_methods[] = {
    {"send($self, value, /)", generator_send_method},
    {"throw($self, typ, val=None, tb=None, /)", generator_throw_method},
    {"close($self, /)", generator_close_method},
    {"__next__($self, /)", generator_next_method},
    {"__iter__($self, /)", generator_iter_method},
    {"__repr__($self, /)", generator_repr},
};

static constexpr NativeProperty generator_properties[] = {
    {"__name__", generator_get_name, generator_set_name},
    {"__qualname__", generator_get_qualname, generator_set_qualname},
    {"gi_running", generator_get_running},
    {"gi_suspended", generator_get_suspended},
    {"gi_code", generator_get_code},
    {"gi_frame", generator_get_frame},
    {"gi_yieldfrom", generator_get_yieldfrom},
};

Type generator_type;
extern TypeSpec const generator_type_spec;
TypeSpec const generator_type_spec = {
    .name = "generator",
    .instance_size = sizeof(GeneratorObject),
    .flags = TypeHasGc | TypeDisallowInstantiation,
    .methods = generator_methods,
    .properties = generator_properties,
    .destruct = generator_destruct,
    .traverse = generator_traverse,
    .clear = generator_clear,
};

// --- coroutines ---

static Result<Ref<>> coroutine_await(Vm& vm, Args args);

static constexpr NativeMethod coroutine_methods[] = {
    {"send($self, value, /)", generator_send_method},
    {"throw($self, typ, val=None, tb=None, /)", generator_throw_method},
    {"close($self, /)", generator_close_method},
    {"__await__($self, /)", coroutine_await},
    {"__repr__($self, /)", generator_repr},
};

static constexpr NativeProperty coroutine_properties[] = {
    {"__name__", generator_get_name, generator_set_name},
    {"__qualname__", generator_get_qualname, generator_set_qualname},
    {"cr_running", generator_get_running},
    {"cr_suspended", generator_get_suspended},
    {"cr_code", generator_get_code},
    {"cr_frame", generator_get_frame},
    {"cr_await", generator_get_yieldfrom},
};

Type coroutine_type;
extern TypeSpec const coroutine_type_spec;
TypeSpec const coroutine_type_spec = {
    .name = "coroutine",
    .instance_size = sizeof(GeneratorObject),
    .flags = TypeHasGc | TypeDisallowInstantiation,
    .methods = coroutine_methods,
    .properties = coroutine_properties,
    .destruct = generator_destruct,
    .traverse = generator_traverse,
    .clear = generator_clear,
};

// coroutine.__await__() returns a wrapper iterator that drives the coroutine.
struct CoroutineWrapper : Object {
    Ref<> coroutine;
};

extern Type coroutine_wrapper_type;

static Result<Ref<>> coroutine_await(Vm& vm, Args args)
{
    Ref<CoroutineWrapper> wrapper = TRY(make_object<CoroutineWrapper>(vm, coroutine_wrapper_type, 0));
    wrapper->coroutine = ref(args[0]);
    return Ref<>(std::move(wrapper));
}

static Value wrapped(Args args)
{
    return static_cast<CoroutineWrapper*>(args[0].as_object())->coroutine.value();
}

static Result<Ref<>> wrapper_next(Vm& vm, Args args)
{
    Value inner[] = {wrapped(args)};
    return generator_next_method(vm, Args(inner, 1));
}
static Result<Ref<>> wrapper_send(Vm& vm, Args args)
{
    Value inner[] = {wrapped(args), args[1]};
    return generator_send_method(vm, Args(inner, 2));
}
static Result<Ref<>> wrapper_throw(Vm& vm, Args args)
{
    Value inner[] = {wrapped(args), args[1], args[2], args[3]};
    return generator_throw_method(vm, Args(inner, 4));
}
static Result<Ref<>> wrapper_close(Vm& vm, Args args)
{
    Value inner[] = {wrapped(args)};
    return generator_close_method(vm, Args(inner, 1));
}

static constexpr NativeMethod coroutine_wrapper_methods[] = {
    {"__next__($self, /)", wrapper_next},
    {"__iter__($self, /)", generator_iter_method},
    {"send($self, value, /)", wrapper_send},
    {"throw($self, typ, val=None, tb=None, /)", wrapper_throw},
    {"close($self, /)", wrapper_close},
};

static void coroutine_wrapper_destruct(Object* object)
{
    static_cast<CoroutineWrapper*>(object)->~CoroutineWrapper();
}
static void coroutine_wrapper_traverse(Object* object, VisitFunction visit, void* context)
{
    visit(static_cast<CoroutineWrapper*>(object)->coroutine.value(), context);
}

Type coroutine_wrapper_type;
extern TypeSpec const coroutine_wrapper_type_spec;
TypeSpec const coroutine_wrapper_type_spec = {
    .name = "coroutine_wrapper",
    .instance_size = sizeof(CoroutineWrapper),
    .flags = TypeHasGc | TypeDisallowInstantiation,
    .methods = coroutine_wrapper_methods,
    .destruct = coroutine_wrapper_destruct,
    .traverse = coroutine_wrapper_traverse,
};

Result<Ref<>> get_awaitable_iterator(Vm& vm, Value awaitable, int where)
{
    Type* type = awaitable.type();
    if (type == &coroutine_type) {
        GeneratorObject& coroutine = as_generator(awaitable);
        if (delegated_receiver(coroutine) || coroutine.state == GeneratorObject::State::Finished)
            return vm.raise(ExceptionKind::RuntimeError, "coroutine is being awaited already");
        return ref(awaitable);
    }
    if (type == &generator_type && (as_generator(awaitable).code->unit->flags & CodeIterableCoroutine))
        return ref(awaitable);
    if (!type->lookup_special(SpecialMethod::Await)) {
        std::string message;
        if (where == 1)
            message = "'async with' received an object from __aenter__ that does not implement __await__: "
                + type_name(awaitable);
        else if (where == 2)
            message = "'async with' received an object from __aexit__ that does not implement __await__: "
                + type_name(awaitable);
        else
            message = "object " + type_name(awaitable) + " can't be used in 'await' expression";
        return vm.raise(ExceptionKind::TypeError, message);
    }
    Ref<> iterator = TRY(call_special(vm, SpecialMethod::Await, awaitable));
    if (iterator.value().type() == &coroutine_type
        || !iterator.value().type()->lookup_special(SpecialMethod::Next))
        return vm.raise(ExceptionKind::TypeError,
            "__await__() returned non-iterator of type '" + type_name(iterator) + "'");
    return iterator;
}

// --- async generators ---

// The awaitable returned by asend()/athrow()/aclose()/__anext__().
struct AsyncGeneratorAwaitable : Object {
    Ref<> generator;
    Ref<> value; // asend: the value to send; athrow: the exception to throw
    enum class Kind : uint8_t { Send, Throw, Close } kind = Kind::Send;
    enum class State : uint8_t { Initial, Iterating, Closed } state = State::Initial;
};

extern Type async_generator_awaitable_type;

static Result<Ref<>> make_async_awaitable(
    Vm& vm, Value generator, Value value, AsyncGeneratorAwaitable::Kind kind)
{
    Ref<AsyncGeneratorAwaitable> awaitable
        = TRY(make_object<AsyncGeneratorAwaitable>(vm, async_generator_awaitable_type, 0));
    awaitable->generator = ref(generator);
    awaitable->value = ref(value);
    awaitable->kind = kind;
    return Ref<>(std::move(awaitable));
}

static Result<Ref<>> async_generator_anext(Vm& vm, Args args)
{
    return make_async_awaitable(vm, args[0], none(), AsyncGeneratorAwaitable::Kind::Send);
}
static Result<Ref<>> async_generator_asend(Vm& vm, Args args)
{
    return make_async_awaitable(vm, args[0], args[1], AsyncGeneratorAwaitable::Kind::Send);
}
static Result<Ref<>> async_generator_athrow(Vm& vm, Args args)
{
    TRY(make_thrown_exception(vm, args[1], args[2], args[3]));
    Ref<> exception = vm.take_pending_exception();
    return make_async_awaitable(vm, args[0], exception, AsyncGeneratorAwaitable::Kind::Throw);
}
static Result<Ref<>> async_generator_aclose(Vm& vm, Args args)
{
    return make_async_awaitable(vm, args[0], Value {}, AsyncGeneratorAwaitable::Kind::Close);
}

// Interprets one step of the async generator: its own `yield v` ends the awaitable with
// StopIteration(v); an await inside passes its yielded value through.
static Result<Ref<>> async_step(
    Vm& vm, AsyncGeneratorAwaitable& awaitable, Result<Ref<>> result, bool returned)
{
    GeneratorObject& generator = as_generator(awaitable.generator);
    if (result.is_error()) {
        awaitable.state = AsyncGeneratorAwaitable::State::Closed;
        if (awaitable.kind == AsyncGeneratorAwaitable::Kind::Close
            && (vm.pending_exception_matches(ExceptionKind::GeneratorExit)
                || vm.pending_exception_matches(ExceptionKind::StopAsyncIteration))) {
            (void)vm.take_pending_exception();
            return raise_stop_iteration(vm, none());
        }
        return result;
    }
    if (returned) {
        awaitable.state = AsyncGeneratorAwaitable::State::Closed;
        if (awaitable.kind == AsyncGeneratorAwaitable::Kind::Close)
            return raise_stop_iteration(vm, none());
        return vm.raise_object(Value(&exception_type(ExceptionKind::StopAsyncIteration)));
    }
    if (generator.yielded_value) {
        awaitable.state = AsyncGeneratorAwaitable::State::Closed;
        if (awaitable.kind == AsyncGeneratorAwaitable::Kind::Close)
            return vm.raise(ExceptionKind::RuntimeError, "async generator ignored GeneratorExit");
        return raise_stop_iteration(vm, result.value());
    }
    return result;
}

static Result<Ref<>> awaitable_send(Vm& vm, Value self, Value value)
{
    auto& awaitable = *static_cast<AsyncGeneratorAwaitable*>(self.as_object());
    if (awaitable.state == AsyncGeneratorAwaitable::State::Closed)
        return vm.raise(ExceptionKind::RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    GeneratorObject& generator = as_generator(awaitable.generator);
    bool returned = false;
    if (awaitable.state == AsyncGeneratorAwaitable::State::Initial) {
        awaitable.state = AsyncGeneratorAwaitable::State::Iterating;
        if (awaitable.kind == AsyncGeneratorAwaitable::Kind::Send) {
            Value sent = is_none(value) ? awaitable.value.value() : value;
            auto result = generator_send(vm, generator, sent, returned);
            return async_step(vm, awaitable, std::move(result), returned);
        }
        if (generator.state == GeneratorObject::State::Finished
            || generator.state == GeneratorObject::State::Created) {
            if (awaitable.kind == AsyncGeneratorAwaitable::Kind::Close) {
                generator.state = GeneratorObject::State::Finished;
                awaitable.state = AsyncGeneratorAwaitable::State::Closed;
                return raise_stop_iteration(vm, none());
            }
            if (generator.state == GeneratorObject::State::Finished) {
                awaitable.state = AsyncGeneratorAwaitable::State::Closed;
                return vm.raise_object(Value(&exception_type(ExceptionKind::StopAsyncIteration)));
            }
        }
        if (awaitable.kind == AsyncGeneratorAwaitable::Kind::Close)
            (void)vm.raise_object(Value(&exception_type(ExceptionKind::GeneratorExit)));
        else
            vm.thread().pending_exception = awaitable.value;
        auto result = throw_into(vm, generator, returned);
        return async_step(vm, awaitable, std::move(result), returned);
    }
    auto result = generator_send(vm, generator, value, returned);
    return async_step(vm, awaitable, std::move(result), returned);
}

static Result<Ref<>> awaitable_next(Vm& vm, Args args)
{
    auto result = awaitable_send(vm, args[0], none());
    if (result.is_error() && vm.pending_exception_matches(ExceptionKind::StopIteration)) {
        // __next__ natives report a plain StopIteration as exhaustion; keep a value.
        auto& stop = *static_cast<StopIterationObject*>(vm.pending_exception().as_object());
        if (!stop.value || is_none(stop.value)) {
            (void)vm.take_pending_exception();
            return Ref<> {};
        }
    }
    return result;
}
static Result<Ref<>> awaitable_send_method(Vm& vm, Args args)
{
    return awaitable_send(vm, args[0], args[1]);
}
static Result<Ref<>> awaitable_throw(Vm& vm, Args args)
{
    auto& awaitable = *static_cast<AsyncGeneratorAwaitable*>(args[0].as_object());
    TRY(make_thrown_exception(vm, args[1], args[2], args[3]));
    bool returned = false;
    auto result = throw_into(vm, as_generator(awaitable.generator), returned);
    return async_step(vm, awaitable, std::move(result), returned);
}
static Result<Ref<>> awaitable_close(Vm&, Args args)
{
    static_cast<AsyncGeneratorAwaitable*>(args[0].as_object())->state
        = AsyncGeneratorAwaitable::State::Closed;
    return new_none();
}

static constexpr NativeMethod async_generator_awaitable_methods[] = {
    {"__next__($self, /)", awaitable_next},
    {"__iter__($self, /)", generator_iter_method},
    {"__await__($self, /)", generator_iter_method},
    {"send($self, value, /)", awaitable_send_method},
    {"throw($self, typ, val=None, tb=None, /)", awaitable_throw},
    {"close($self, /)", awaitable_close},
};

static void awaitable_destruct(Object* object)
{
    static_cast<AsyncGeneratorAwaitable*>(object)->~AsyncGeneratorAwaitable();
}
static void awaitable_traverse(Object* object, VisitFunction visit, void* context)
{
    auto& awaitable = *static_cast<AsyncGeneratorAwaitable*>(object);
    visit(awaitable.generator.value(), context);
    if (awaitable.value)
        visit(awaitable.value.value(), context);
}

Type async_generator_awaitable_type;
extern TypeSpec const async_generator_awaitable_type_spec;
TypeSpec const async_generator_awaitable_type_spec = {
    .name = "async_generator_asend",
    .instance_size = sizeof(AsyncGeneratorAwaitable),
    .flags = TypeHasGc | TypeDisallowInstantiation,
    .methods = async_generator_awaitable_methods,
    .destruct = awaitable_destruct,
    .traverse = awaitable_traverse,
};

static constexpr NativeMethod async_generator_methods[] = {
    {"__aiter__($self, /)", generator_iter_method},
    {"__anext__($self, /)", async_generator_anext},
    {"asend($self, value, /)", async_generator_asend},
    {"athrow($self, typ, val=None, tb=None, /)", async_generator_athrow},
    {"aclose($self, /)", async_generator_aclose},
    {"__repr__($self, /)", generator_repr},
};

static constexpr NativeProperty async_generator_properties[] = {
    {"__name__", generator_get_name, generator_set_name},
    {"__qualname__", generator_get_qualname, generator_set_qualname},
    {"ag_running", generator_get_running},
    {"ag_code", generator_get_code},
    {"ag_frame", generator_get_frame},
    {"ag_await", generator_get_yieldfrom},
};

Type async_generator_type;
extern TypeSpec const async_generator_type_spec;
TypeSpec const async_generator_type_spec = {
    .name = "async_generator",
    .instance_size = sizeof(GeneratorObject),
    .flags = TypeHasGc | TypeDisallowInstantiation,
    .methods = async_generator_methods,
    .properties = async_generator_properties,
    .destruct = generator_destruct,
    .traverse = generator_traverse,
    .clear = generator_clear,
};

} // namespace taipan
