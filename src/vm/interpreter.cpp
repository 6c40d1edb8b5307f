// The dispatch loop. One C++ activation runs a chain of Python frames: a call to a
// Python function pushes a frame and continues in the same loop, and its return pops
// back, so Python-to-Python calls never recurse on the C++ stack. Dispatch uses
// computed goto over a table generated from opcodes.def. Exceptions unwind through
// each code object's exception table, adding a traceback entry per frame.
#include "vm/interpreter.h"

#include "objects/abstract.h"
#include "objects/containers.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/exception_types.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/native.h"
#include "objects/set.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/traceback.h"
#include "objects/tuple.h"
#include "vm/frame.h"
#include "vm/generator.h"
#include "vm/inline_caches.h"
#include "vm/interpreter_support.h"
#include "vm/vm.h"

#include <cmath>

namespace taipan {

Result<Ref<>> make_super(Vm&, Type& start, Value object);

namespace {

    constexpr int cache_units[] = {
#define TAIPAN_OPCODE(name, cache, effect) cache,
#include "bytecode/opcodes.def"
#undef TAIPAN_OPCODE
    };

    constexpr int cache_of(Opcode opcode)
    {
        return cache_units[static_cast<int>(opcode)];
    }

    // The handler of an instruction index, or null.
    ExceptionTableEntry const* find_handler(CodeUnit const& unit, uint32_t index)
    {
        auto const& table = unit.exception_table;
        size_t low = 0, high = table.size();
        while (low < high) {
            size_t middle = (low + high) / 2;
            if (table[middle].end <= index)
                low = middle + 1;
            else
                high = middle;
        }
        if (low < table.size() && table[low].start <= index && index < table[low].end)
            return &table[low];
        return nullptr;
    }

    // Adds the frame to the pending exception's traceback (PyTraceBack_Here).
    void add_traceback_entry(Vm& vm, Frame& frame)
    {
        Value pending = vm.pending_exception();
        if (!is_exception_instance(pending))
            return;
        auto frame_object = frame_object_for(vm, frame);
        if (frame_object.is_error()) {
            (void)vm.take_pending_exception();
            return;
        }
        auto& exception = as_exception(pending);
        auto traceback
            = new_traceback(vm, exception.traceback.value(), *frame_object.value(), frame.last_instruction);
        if (traceback.is_error())
            return;
        exception.traceback = traceback.release_value();
    }

} // namespace

FrameStack& frame_stack(Vm& vm)
{
    static thread_local FrameStack* stack = nullptr;
    (void)vm;
    if (!stack)
        stack = new FrameStack;
    return *stack;
}

Result<Ref<FrameObject>> frame_object_for(Vm& vm, Frame& frame)
{
    if (frame.frame_object)
        return frame.frame_object;
    Ref<FrameObject> object = TRY(make_object<FrameObject>(vm, frame_type, 0));
    object->frame = &frame;
    object->code = ref(frame.code);
    object->globals = ref(frame.globals);
    object->last_instruction = frame.last_instruction;
    if (frame.locals)
        object->locals = frame.locals;
    frame.frame_object = object;
    return object;
}

Value current_globals_name(Vm& vm)
{
    Frame* frame = vm.thread().current_frame;
    if (!frame)
        return {};
    auto found = dict_get_str(vm, *frame->globals, *vm.intern("__name__"));
    return found.is_error() ? Value {} : found.value();
}

Dict* current_globals(Vm& vm)
{
    Frame* frame = vm.thread().current_frame;
    return frame ? frame->globals : nullptr;
}

Result<Ref<>> current_locals(Vm& vm)
{
    Frame* frame = vm.thread().current_frame;
    if (!frame)
        return new_none();
    return frame_fast_locals(vm, *frame);
}

Result<std::pair<Ref<>, Ref<>>> current_frame_super_arguments(Vm& vm)
{
    Frame* frame = vm.thread().current_frame;
    if (!frame || !frame->function)
        return vm.raise(ExceptionKind::RuntimeError, "super(): no arguments");
    CodeUnit const& unit = *frame->code->unit;
    if (unit.argument_count == 0 && !(unit.flags & CodeVarargs))
        return vm.raise(ExceptionKind::RuntimeError, "super(): no arguments");
    Value first = frame->slots()[0];
    // The first argument may have been turned into a cell.
    for (size_t index = 0; index < unit.cell_names.size(); ++index)
        if (unit.cell_slots[index] == 0 && first && first.type() == &cell_type)
            first = static_cast<CellObject*>(first.as_object())->contents.value();
    if (!first)
        return vm.raise(ExceptionKind::RuntimeError, "super(): arg[0] deleted");
    uint32_t free_base = unit.local_slot_count - uint32_t(unit.free_names.size());
    for (size_t index = 0; index < unit.free_names.size(); ++index) {
        if (unit.free_names[index] != "__class__")
            continue;
        Value cell = frame->slots()[free_base + index];
        if (!cell || cell.type() != &cell_type)
            break;
        Value klass = static_cast<CellObject*>(cell.as_object())->contents.value();
        if (!klass)
            return vm.raise(ExceptionKind::RuntimeError, "super(): empty __class__ cell");
        if (!klass.type()->has_flag(TypeTypeSubclass))
            return vm.raise(
                ExceptionKind::RuntimeError, "super(): __class__ is not a type (" + type_name(klass) + ")");
        return std::pair<Ref<>, Ref<>> {ref(klass), ref(first)};
    }
    return vm.raise(ExceptionKind::RuntimeError, "super(): __class__ cell not found");
}

static Result<Ref<>> run(Vm& vm, Frame* entry, bool throwing);

Result<Ref<>> run_frame(Vm& vm, Frame* frame)
{
    return run(vm, frame, false);
}
Result<Ref<>> run_frame_throwing(Vm& vm, Frame* frame)
{
    return run(vm, frame, true);
}

// f(*args, **kwargs) for a Python function: its frame, the arguments bound, ready to be
// linked in; null (the exception pending) when the arguments do not bind.
static Frame* spread_call_frame(Vm& vm, FunctionObject& function, Tuple& args, Dict* kwargs)
{
    SpreadArguments spread;
    if (spread.fill(vm, args, kwargs).is_error())
        return nullptr;
    FrameStack& stack = frame_stack(vm);
    void* memory = stack.push(Frame::bytes_for(*function.code));
    Frame* callee = construct_function_frame(memory, function);
    callee->from_frame_stack = true;
    if (bind_call_arguments(vm, function, *callee, spread.values(), spread.kwnames()).is_error()) {
        destroy_frame(callee);
        stack.pop(memory);
        return nullptr;
    }
    return callee;
}

// Pops a finished frame off the thread's chain and frees it (generator frames are
// freed by their generator).
static void leave_frame(Vm& vm, Frame* frame)
{
    vm.thread().current_frame = frame->previous;
    if (frame->generator)
        return;
    bool from_stack = frame->from_frame_stack;
    destroy_frame(frame);
    if (from_stack)
        frame_stack(vm).pop(frame);
}

// Boxes `result`, computed by float arithmetic from `left` and `right` (the two top
// stack values, owned there): in an operand's own box when nothing else holds it, or
// in a new float. Returns the value for left's stack slot, both operands released;
// null when no float can be allocated (the operands are left as they were).
[[gnu::always_inline]] static inline Value float_result(Vm& vm, Value left, Value right, double result)
{
    if (is_exact_float(left) && left.as_object()->refcount == 1) {
        static_cast<FloatObject*>(left.as_object())->value = result;
        decref(right);
        return left;
    }
    if (is_exact_float(right) && right.as_object()->refcount == 1) {
        static_cast<FloatObject*>(right.as_object())->value = result;
        decref(left);
        return right;
    }
    Value boxed;
    if (FloatObject* reused = vm.float_free_list.take()) {
        reused->refcount = 1;
        reused->value = result;
        boxed = Value(reused);
    } else {
        auto made = new_float(vm, result);
        if (made.is_error())
            return Value {};
        boxed = made.release_value().leak();
    }
    decref(left);
    decref(right);
    return boxed;
}

static Result<Ref<>> run(Vm& vm, Frame* entry, bool throwing)
{
    static void* const dispatch_table[] = {
#define TAIPAN_OPCODE(name, cache, effect) &&op_##name,
#include "bytecode/opcodes.def"
#undef TAIPAN_OPCODE
    };

    Frame* frame = entry;
    CodeWord const* base;
    CodeWord const* ip;
    CodeWord const* start;
    Value* sp;
    Value* slots;
    Value const* constants;
    Value const* names;
    uint32_t arg = 0;
    CodeWord word = 0;
    bool reraising = false;

#define LOAD_FRAME()                                                                                         \
    do {                                                                                                     \
        base = frame->code->code.data();                                                                     \
        ip = base + frame->instruction;                                                                      \
        start = ip;                                                                                          \
        sp = frame->stack_pointer;                                                                           \
        slots = frame->slots();                                                                              \
        constants = frame->code->constants->items();                                                         \
        names = frame->code->names->items();                                                                 \
    } while (0)
#define SAVE_FRAME()                                                                                         \
    do {                                                                                                     \
        frame->instruction = uint32_t(ip - base);                                                            \
        frame->last_instruction = uint32_t(start - base);                                                    \
        frame->stack_pointer = sp;                                                                           \
    } while (0)
// DISPATCH() leaves a handler with a computed goto, which (unlike goto and return)
// runs no destructors: a handler's C++ locals must own nothing when it is reached
// (leak their Ref, or keep objects such as builders in a helper or an inner block).
#define DISPATCH()                                                                                           \
    do {                                                                                                     \
        start = ip;                                                                                          \
        word = *ip++;                                                                                        \
        arg = instruction_argument(word);                                                                    \
        goto* dispatch_table[word & 0xff];                                                                   \
    } while (0)
// Continues in `callee`, a frame for a Python call made by the current instruction
// (its arguments bound, the caller's stack already without them).
#define ENTER_FRAME(callee)                                                                                  \
    do {                                                                                                     \
        frame->stack_pointer = sp;                                                                           \
        ++vm.thread().recursion_depth;                                                                       \
        (callee)->previous = frame;                                                                          \
        vm.thread().current_frame = (callee);                                                                \
        frame = (callee);                                                                                    \
        LOAD_FRAME();                                                                                        \
        DISPATCH();                                                                                          \
    } while (0)
#define PUSH(value) (*sp++ = (value))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define PEEK(n) (sp[-static_cast<ptrdiff_t>(n)])
#define SKIP_CACHE(name) (ip += cache_of(Opcode::name))
#define NAME(index) (as_str(names[index]))
#define GOTO_ERROR() goto error
// Unwraps a Result<Ref<>> into `target` (an owned Value) or jumps to the error path.
#define TAKE(target, expression)                                                                             \
    do {                                                                                                     \
        auto _result = (expression);                                                                         \
        if (_result.is_error())                                                                              \
            GOTO_ERROR();                                                                                    \
        target = _result.release_value().leak();                                                             \
    } while (0)
#define CHECK(expression)                                                                                    \
    do {                                                                                                     \
        if ((expression).is_error())                                                                         \
            GOTO_ERROR();                                                                                    \
    } while (0)

    LOAD_FRAME();
    if (throwing) {
        start = base + frame->last_instruction;
        // A throw() into a suspended generator raises at its yield.
        if (frame->generator && frame->generator->state != GeneratorObject::State::Created)
            start = ip - 1;
        goto error;
    }
    DISPATCH();

op_Nop:
op_Resume:
    DISPATCH();

op_ExtendedArg : {
    uint32_t high = arg;
    word = *ip++;
    arg = (high << 24) | instruction_argument(word);
    goto* dispatch_table[word & 0xff];
}

op_PopTop:
    decref(POP());
    DISPATCH();

op_PushNull:
    PUSH(Value {});
    DISPATCH();

op_Copy : {
    Value value = PEEK(arg);
    incref(value);
    PUSH(value);
    DISPATCH();
}

op_Swap : {
    Value top = TOP();
    TOP() = PEEK(arg);
    PEEK(arg) = top;
    DISPATCH();
}

// The fused pairs around a subscript's augmented assignment (see bytecode/quicken.h);
// the second word is skipped.
op_CopyTwo : {
    Value a = SECOND(), b = TOP();
    incref(a);
    incref(b);
    sp[0] = a;
    sp[1] = b;
    sp += 2;
    ++ip;
    DISPATCH();
}

op_SwapThreeTwo : {
    Value c = TOP();
    sp[-1] = sp[-2];
    sp[-2] = sp[-3];
    sp[-3] = c;
    ++ip;
    DISPATCH();
}

op_LoadConst : {
    Value value = constants[arg];
    incref(value);
    PUSH(value);
    DISPATCH();
}

op_LoadFast : {
    Value value = slots[arg];
    if (!value) {
        (void)raise_unbound_local(vm, as_str((*frame->code->varnames)[arg]));
        GOTO_ERROR();
    }
    incref(value);
    PUSH(value);
    DISPATCH();
}

op_StoreFast : {
    Value old = slots[arg];
    slots[arg] = POP();
    xdecref(old);
    DISPATCH();
}

// The fused pairs (see bytecode/quicken.h): the second instruction's argument is read
// from the next word, which is skipped. An unbound local runs the pair one instruction
// at a time, so the plain instruction raises.
op_LoadFastLoadFast : {
    Value first = slots[arg];
    Value second = slots[instruction_argument(*ip)];
    if (!first || !second) [[unlikely]]
        goto op_LoadFast;
    incref(first);
    incref(second);
    sp[0] = first;
    sp[1] = second;
    sp += 2;
    ++ip;
    DISPATCH();
}

op_LoadFastLoadConst : {
    Value first = slots[arg];
    if (!first) [[unlikely]]
        goto op_LoadFast;
    Value constant = constants[instruction_argument(*ip)];
    incref(first);
    incref(constant);
    sp[0] = first;
    sp[1] = constant;
    sp += 2;
    ++ip;
    DISPATCH();
}

op_StoreFastLoadFast : {
    Value old = slots[arg];
    slots[arg] = POP();
    xdecref(old);
    Value loaded = slots[instruction_argument(*ip)];
    if (!loaded) [[unlikely]]
        DISPATCH();
    incref(loaded);
    PUSH(loaded);
    ++ip;
    DISPATCH();
}

op_DeleteFast : {
    Value old = slots[arg];
    if (!old) {
        (void)raise_unbound_local(vm, as_str((*frame->code->varnames)[arg]));
        GOTO_ERROR();
    }
    slots[arg] = Value {};
    decref(old);
    DISPATCH();
}

op_MakeCell : {
    Value initial = slots[arg];
    auto cell = new_cell(vm, initial);
    if (cell.is_error())
        GOTO_ERROR();
    xdecref(initial);
    slots[arg] = cell.release_value().leak();
    DISPATCH();
}

op_CopyFreeVars : {
    auto& function = *static_cast<FunctionObject*>(frame->function.value().as_object());
    Tuple& closure = *function.closure;
    uint32_t first = frame->slot_count - arg;
    for (uint32_t index = 0; index < arg; ++index) {
        Value cell = closure[index];
        incref(cell);
        slots[first + index] = cell;
    }
    DISPATCH();
}

op_LoadClosure : {
    Value cell = slots[arg];
    incref(cell);
    PUSH(cell);
    DISPATCH();
}

op_LoadDeref : {
    auto* cell = static_cast<CellObject*>(slots[arg].as_object());
    Value value = cell->contents.value();
    if (!value) {
        CodeUnit const& unit = *frame->code->unit;
        uint32_t free_base = unit.local_slot_count - uint32_t(unit.free_names.size());
        if (arg >= free_base) {
            (void)raise_unbound_free(vm, as_str((*frame->code->freevars)[arg - free_base]));
        } else {
            for (size_t index = 0; index < unit.cell_slots.size(); ++index)
                if (unit.cell_slots[index] == arg)
                    (void)raise_unbound_local(vm, as_str((*frame->code->cellvars)[int64_t(index)]));
        }
        GOTO_ERROR();
    }
    incref(value);
    PUSH(value);
    DISPATCH();
}

op_LoadClassDeref : {
    CodeUnit const& unit = *frame->code->unit;
    uint32_t free_base = unit.local_slot_count - uint32_t(unit.free_names.size());
    Str* name = nullptr;
    if (arg >= free_base) {
        name = &as_str((*frame->code->freevars)[arg - free_base]);
    } else {
        for (size_t index = 0; index < unit.cell_slots.size(); ++index)
            if (unit.cell_slots[index] == arg)
                name = &as_str((*frame->code->cellvars)[int64_t(index)]);
    }
    if (name && frame->locals) {
        Value locals = frame->locals.value();
        if (is_exact_dict(locals)) {
            auto found = dict_get_str(vm, as_dict(locals), *name);
            if (found.is_error())
                GOTO_ERROR();
            if (found.value()) {
                incref(found.value());
                PUSH(found.value());
                DISPATCH();
            }
        } else {
            auto found = get_item(vm, locals, Value(name));
            if (!found.is_error()) {
                PUSH(found.release_value().leak());
                DISPATCH();
            }
            if (!vm.clear_pending_if(ExceptionKind::KeyError))
                GOTO_ERROR();
        }
    }
    goto op_LoadDeref;
}

op_StoreDeref : {
    auto* cell = static_cast<CellObject*>(slots[arg].as_object());
    cell->contents = Ref<>::adopt(POP());
    DISPATCH();
}

op_DeleteDeref : {
    auto* cell = static_cast<CellObject*>(slots[arg].as_object());
    if (!cell->contents) {
        CodeUnit const& unit = *frame->code->unit;
        uint32_t free_base = unit.local_slot_count - uint32_t(unit.free_names.size());
        if (arg >= free_base)
            (void)raise_unbound_free(vm, as_str((*frame->code->freevars)[arg - free_base]));
        else
            for (size_t index = 0; index < unit.cell_slots.size(); ++index)
                if (unit.cell_slots[index] == arg)
                    (void)raise_unbound_local(vm, as_str((*frame->code->cellvars)[int64_t(index)]));
        GOTO_ERROR();
    }
    cell->contents = nullptr;
    DISPATCH();
}

op_LoadName : {
    Value value;
    SAVE_FRAME();
    TAKE(value, load_name(vm, *frame, NAME(arg)));
    PUSH(value);
    DISPATCH();
}

op_StoreName : {
    Value value = POP();
    Value locals = frame->locals.value();
    if (!locals) {
        decref(value);
        (void)vm.raise(ExceptionKind::SystemError, "no locals found when storing " + str_to_utf8(NAME(arg)));
        GOTO_ERROR();
    }
    SAVE_FRAME();
    auto stored = is_exact_dict(locals) ? dict_set_item(vm, as_dict(locals), names[arg], value)
                                        : set_item(vm, locals, names[arg], value);
    decref(value);
    CHECK(stored);
    DISPATCH();
}

op_DeleteName : {
    Value locals = frame->locals.value();
    SAVE_FRAME();
    if (is_exact_dict(locals)) {
        auto removed = dict_delete_item(vm, as_dict(locals), names[arg]);
        if (removed.is_error())
            GOTO_ERROR();
        if (!removed.value()) {
            (void)raise_name_error(vm, NAME(arg));
            GOTO_ERROR();
        }
    } else {
        auto removed = delete_item(vm, locals, names[arg]);
        if (removed.is_error()) {
            if (vm.clear_pending_if(ExceptionKind::KeyError))
                (void)raise_name_error(vm, NAME(arg));
            GOTO_ERROR();
        }
    }
    DISPATCH();
}

op_LoadGlobal : {
    auto* cache = const_cast<CodeWord*>(ip);
    SKIP_CACHE(LoadGlobal);
    Value value = probe_global_cache(read_cache_word(cache), *frame->globals, frame->builtins, NAME(arg));
    if (value) [[likely]] {
        incref(value);
        PUSH(value);
        DISPATCH();
    }
    SAVE_FRAME();
    TAKE(value, load_global_and_cache(vm, *frame, NAME(arg), cache));
    PUSH(value);
    DISPATCH();
}

op_StoreGlobal : {
    Value value = POP();
    SAVE_FRAME();
    auto stored = dict_set_item(vm, *frame->globals, names[arg], value);
    decref(value);
    CHECK(stored);
    DISPATCH();
}

op_DeleteGlobal : {
    SAVE_FRAME();
    auto removed = dict_delete_item(vm, *frame->globals, names[arg]);
    if (removed.is_error())
        GOTO_ERROR();
    if (!removed.value()) {
        (void)raise_name_error(vm, NAME(arg));
        GOTO_ERROR();
    }
    DISPATCH();
}

op_SetupAnnotations : {
    Value locals = frame->locals.value();
    // Borrowed from the Vm's intern table: an owning Ref would never be released, as
    // DISPATCH() leaves the handler with a computed goto, which runs no destructors.
    Str& key = *vm.intern("__annotations__");
    SAVE_FRAME();
    if (is_exact_dict(locals)) {
        auto found = dict_get_str(vm, as_dict(locals), key);
        if (found.is_error())
            GOTO_ERROR();
        if (!found.value()) {
            auto dict = new_dict(vm);
            if (dict.is_error())
                GOTO_ERROR();
            CHECK(dict_set_item(vm, as_dict(locals), Value(&key), dict.value()));
        }
    } else {
        auto found = get_item(vm, locals, Value(&key));
        if (found.is_error()) {
            if (!vm.clear_pending_if(ExceptionKind::KeyError))
                GOTO_ERROR();
            auto dict = new_dict(vm);
            if (dict.is_error())
                GOTO_ERROR();
            CHECK(set_item(vm, locals, Value(&key), dict.value()));
        }
    }
    DISPATCH();
}

op_LoadAssertionError:
    PUSH(Value(&exception_type(ExceptionKind::AssertionError)));
    DISPATCH();

op_LoadBuildClass : {
    SAVE_FRAME();
    auto found = dict_get_str(vm, *frame->builtins, *vm.intern("__build_class__"));
    if (found.is_error())
        GOTO_ERROR();
    if (!found.value()) {
        (void)vm.raise(ExceptionKind::NameError, "__build_class__ not found");
        GOTO_ERROR();
    }
    incref(found.value());
    PUSH(found.value());
    DISPATCH();
}

op_LoadAttr : {
    auto* cache = const_cast<CodeWord*>(ip);
    SKIP_CACHE(LoadAttr);
    Value object = TOP();
    if (object.is_object() && read_cache_word(cache) == object.as_object()->type->version) {
        Value found = probe_attribute_cache(cache, object, NAME(arg));
        if (found) {
            incref(found);
            TOP() = found;
            decref(object);
            DISPATCH();
        }
    }
    SAVE_FRAME();
    auto result = load_attribute_and_cache(vm, object, NAME(arg), cache);
    if (result.is_error())
        GOTO_ERROR();
    TOP() = result.release_value().leak();
    decref(object);
    DISPATCH();
}

op_LoadMethod : {
    auto* cache = const_cast<CodeWord*>(ip);
    SKIP_CACHE(LoadMethod);
    Value object = TOP();
    Value method;
    if (object.is_object() && read_cache_word(cache) == object.as_object()->type->version)
        method = probe_method_cache(cache, object, NAME(arg));
    SAVE_FRAME();
    if (!method)
        method = find_method_and_cache(vm, object, NAME(arg), cache);
    if (method) {
        incref(method);
        TOP() = method;
        PUSH(object);
        DISPATCH();
    }
    auto result = object.type()->getattr(vm, object, NAME(arg));
    if (result.is_error())
        GOTO_ERROR();
    TOP() = result.release_value().leak();
    decref(object);
    PUSH(Value {});
    DISPATCH();
}

op_StoreAttr : {
    auto* cache = const_cast<CodeWord*>(ip);
    SKIP_CACHE(StoreAttr);
    Value object = POP();
    Value value = POP();
    if (object.is_object() && read_cache_word(cache) == object.as_object()->type->version
        && store_with_attribute_cache(cache, object, NAME(arg), value)) {
        decref(object);
        DISPATCH();
    }
    SAVE_FRAME();
    auto stored = store_attribute_and_cache(vm, object, NAME(arg), value, cache);
    decref(object);
    decref(value);
    CHECK(stored);
    DISPATCH();
}

op_DeleteAttr : {
    Value object = POP();
    SAVE_FRAME();
    auto removed = object.type()->setattr(vm, object, NAME(arg), Value {});
    decref(object);
    CHECK(removed);
    DISPATCH();
}

op_BinarySubscr : {
    SKIP_CACHE(BinarySubscr);
    Value key = POP();
    Value container = TOP();
    if (key.is_small_int()) {
        int64_t index = key.as_small_int();
        if (is_exact_list(container)) {
            List& list = as_list(container);
            if (index < 0)
                index += list.size;
            if (index >= 0 && index < list.size) {
                Value item = list.items[index];
                incref(item);
                TOP() = item;
                decref(container);
                DISPATCH();
            }
        } else if (is_exact_tuple(container)) {
            Tuple& tuple = as_tuple(container);
            if (index < 0)
                index += tuple.size;
            if (index >= 0 && index < tuple.size) {
                Value item = tuple[index];
                incref(item);
                TOP() = item;
                decref(container);
                DISPATCH();
            }
        }
    }
    SAVE_FRAME();
    if (is_exact_dict(container)) {
        // A present key without the __getitem__ call; a missing one (KeyError) and an
        // unhashable one take the general path or fail here.
        auto found = dict_get_item(vm, as_dict(container), key);
        if (found.is_error()) {
            decref(key);
            GOTO_ERROR();
        }
        if (Value item = found.value()) {
            incref(item);
            decref(key);
            TOP() = item;
            decref(container);
            DISPATCH();
        }
    }
    auto result = get_item(vm, container, key);
    decref(key);
    if (result.is_error())
        GOTO_ERROR();
    TOP() = result.release_value().leak();
    decref(container);
    DISPATCH();
}

op_StoreSubscr : {
    SKIP_CACHE(StoreSubscr);
    Value key = POP();
    Value container = POP();
    Value value = POP();
    SAVE_FRAME();
    Result<void> stored;
    if (is_exact_list(container) && key.is_small_int()) {
        List& list = as_list(container);
        int64_t index = key.as_small_int();
        if (index < 0)
            index += list.size;
        if (index >= 0 && index < list.size) {
            Value old = list.items[index];
            list.items[index] = value;
            decref(old);
            decref(container);
            DISPATCH();
        }
    }
    if (is_exact_dict(container))
        stored = dict_set_item(vm, as_dict(container), key, value);
    else
        stored = set_item(vm, container, key, value);
    decref(key);
    decref(container);
    decref(value);
    CHECK(stored);
    DISPATCH();
}

op_DeleteSubscr : {
    Value key = POP();
    Value container = POP();
    SAVE_FRAME();
    auto removed = delete_item(vm, container, key);
    decref(key);
    decref(container);
    CHECK(removed);
    DISPATCH();
}

op_BinaryOp : {
    SKIP_CACHE(BinaryOp);
    Value right = POP();
    Value left = TOP();
    auto op = static_cast<BinaryOperator>(arg);
    if (left.is_small_int() && right.is_small_int()) {
        int64_t a = left.as_small_int(), b = right.as_small_int(), r;
        switch (without_inplace(op)) {
        case BinaryOperator::Add:
            r = a + b;
            if (Value::fits_small_int(r)) {
                TOP() = Value::small_int(r);
                DISPATCH();
            }
            break;
        case BinaryOperator::Subtract:
            r = a - b;
            if (Value::fits_small_int(r)) {
                TOP() = Value::small_int(r);
                DISPATCH();
            }
            break;
        case BinaryOperator::Multiply:
            if (!__builtin_mul_overflow(a, b, &r) && Value::fits_small_int(r)) {
                TOP() = Value::small_int(r);
                DISPATCH();
            }
            break;
        case BinaryOperator::And:
            TOP() = Value::small_int(a & b);
            DISPATCH();
        case BinaryOperator::Or:
            TOP() = Value::small_int(a | b);
            DISPATCH();
        case BinaryOperator::Xor:
            TOP() = Value::small_int(a ^ b);
            DISPATCH();
        case BinaryOperator::FloorDivide:
            if (b != 0) {
                r = a / b;
                if ((a % b != 0) && ((a < 0) != (b < 0)))
                    --r;
                // -(2**62) // -1 leaves the small-int range.
                if (Value::fits_small_int(r)) {
                    TOP() = Value::small_int(r);
                    DISPATCH();
                }
            }
            break;
        case BinaryOperator::Remainder:
            if (b != 0) {
                r = a % b;
                if (r != 0 && ((r < 0) != (b < 0)))
                    r += b;
                TOP() = Value::small_int(r);
                DISPATCH();
            }
            break;
        default:
            break;
        }
    } else if (bool left_float = is_exact_float(left), right_float = is_exact_float(right);
               (left_float || right_float) && (left_float || left.is_small_int())
               && (right_float || right.is_small_int())) {
        // Float arithmetic, with a small int on either side converted as CPython does
        // (to the nearest double).
        double a = left_float ? float_value(left) : double(left.as_small_int());
        double b = right_float ? float_value(right) : double(right.as_small_int());
        double r = 0;
        bool done = true;
        switch (without_inplace(op)) {
        case BinaryOperator::Add:
            r = a + b;
            break;
        case BinaryOperator::Subtract:
            r = a - b;
            break;
        case BinaryOperator::Multiply:
            r = a * b;
            break;
        case BinaryOperator::TrueDivide:
            done = b != 0;
            r = done ? a / b : 0;
            break;
        case BinaryOperator::Power:
            // A positive finite base with a finite result; everything else (zero or
            // negative bases, overflow, infinities) takes float_pow's general path.
            done = a > 0 && std::isfinite(a) && std::isfinite(b);
            if (done) {
                r = std::pow(a, b);
                done = std::isfinite(r);
            }
            break;
        default:
            done = false;
            break;
        }
        if (done) {
            Value result = float_result(vm, left, right, r);
            if (!result) {
                decref(right);
                GOTO_ERROR();
            }
            TOP() = result;
            DISPATCH();
        }
    } else if (without_inplace(op) == BinaryOperator::Add && is_exact_str(left) && is_exact_str(right)) {
        SAVE_FRAME();
        auto result = str_concat(vm, as_str(left), as_str(right));
        decref(right);
        if (result.is_error())
            GOTO_ERROR();
        decref(left);
        TOP() = result.release_value().leak();
        DISPATCH();
    }
    SAVE_FRAME();
    auto result = (is_int(left) && is_int(right)) ? int_binary_op(vm, left, right, int(without_inplace(op)))
                                                  : binary_op(vm, left, right, op);
    decref(right);
    if (result.is_error())
        GOTO_ERROR();
    decref(left);
    TOP() = result.release_value().leak();
    DISPATCH();
}

// The quickened + - * (see bytecode/quicken.h): small ints and floats inline, anything
// else (overflow, mixed or other types) through the general BinaryOp.
#define QUICK_BINARY_OP(operator_, int_result_fits)                                                          \
    do {                                                                                                     \
        Value right = TOP();                                                                                 \
        Value left = SECOND();                                                                               \
        if (left.is_small_int() && right.is_small_int()) {                                                   \
            int64_t a = left.as_small_int(), b = right.as_small_int(), r;                                    \
            if (int_result_fits) {                                                                           \
                --sp;                                                                                        \
                TOP() = Value::small_int(r);                                                                 \
                SKIP_CACHE(BinaryOp);                                                                        \
                DISPATCH();                                                                                  \
            }                                                                                                \
        } else if (is_exact_float(left) && is_exact_float(right)) {                                          \
            Value result = float_result(vm, left, right, float_value(left) operator_ float_value(right));    \
            if (result) {                                                                                    \
                --sp;                                                                                        \
                TOP() = result;                                                                              \
                SKIP_CACHE(BinaryOp);                                                                        \
                DISPATCH();                                                                                  \
            }                                                                                                \
        }                                                                                                    \
        goto op_BinaryOp;                                                                                    \
    } while (0)

op_BinaryAdd:
    QUICK_BINARY_OP(+, (r = a + b, Value::fits_small_int(r)));
op_BinarySubtract:
    QUICK_BINARY_OP(-, (r = a - b, Value::fits_small_int(r)));
op_BinaryMultiply:
    QUICK_BINARY_OP(*, (!__builtin_mul_overflow(a, b, &r) && Value::fits_small_int(r)));

op_UnaryOp : {
    Value operand = TOP();
    auto op = static_cast<UnaryOperator>(arg);
    if (op == UnaryOperator::Not) {
        if (operand.is(true_value()) || operand.is(false_value())) {
            TOP() = bool_value(operand.is(false_value()));
            DISPATCH();
        }
    } else if (op == UnaryOperator::Negative && operand.is_small_int()
        && Value::fits_small_int(-operand.as_small_int())) {
        TOP() = Value::small_int(-operand.as_small_int());
        DISPATCH();
    }
    SAVE_FRAME();
    auto result = unary_op(vm, operand, op);
    if (result.is_error())
        GOTO_ERROR();
    TOP() = result.release_value().leak();
    decref(operand);
    DISPATCH();
}

// A comparison that a PopJumpIfFalse/True consumes (every `if a < b:` and loop test)
// jumps at once instead of pushing a bool for the next instruction; the operands'
// slot is dropped (their references were already released).
#define PUSH_COMPARISON_RESULT(result)                                                                       \
    do {                                                                                                     \
        CodeWord next = *ip;                                                                                 \
        uint32_t next_opcode = next & 0xff;                                                                  \
        if (next_opcode == static_cast<uint32_t>(Opcode::PopJumpIfFalse)                                     \
            || next_opcode == static_cast<uint32_t>(Opcode::PopJumpIfTrue)) {                                \
            --sp;                                                                                            \
            ++ip;                                                                                            \
            if ((result) == (next_opcode == static_cast<uint32_t>(Opcode::PopJumpIfTrue)))                   \
                ip = base + instruction_argument(next);                                                      \
            DISPATCH();                                                                                      \
        }                                                                                                    \
        TOP() = bool_value(result);                                                                          \
        DISPATCH();                                                                                          \
    } while (0)

op_CompareOp : {
    SKIP_CACHE(CompareOp);
    Value right = POP();
    Value left = TOP();
    auto op = static_cast<ComparisonOperator>(arg);
    if (left.is_small_int() && right.is_small_int()) {
        int64_t a = left.as_small_int(), b = right.as_small_int();
        bool r = false;
        switch (op) {
        case ComparisonOperator::Less:
            r = a < b;
            break;
        case ComparisonOperator::LessEqual:
            r = a <= b;
            break;
        case ComparisonOperator::Equal:
            r = a == b;
            break;
        case ComparisonOperator::NotEqual:
            r = a != b;
            break;
        case ComparisonOperator::Greater:
            r = a > b;
            break;
        case ComparisonOperator::GreaterEqual:
            r = a >= b;
            break;
        }
        PUSH_COMPARISON_RESULT(r);
    }
    if (is_exact_float(left) && is_exact_float(right)) {
        double a = float_value(left), b = float_value(right);
        bool r = false;
        switch (op) {
        case ComparisonOperator::Less:
            r = a < b;
            break;
        case ComparisonOperator::LessEqual:
            r = a <= b;
            break;
        case ComparisonOperator::Equal:
            r = a == b;
            break;
        case ComparisonOperator::NotEqual:
            r = a != b;
            break;
        case ComparisonOperator::Greater:
            r = a > b;
            break;
        case ComparisonOperator::GreaterEqual:
            r = a >= b;
            break;
        }
        decref(left);
        decref(right);
        PUSH_COMPARISON_RESULT(r);
    }
    bool inverts;
    FunctionObject* method = inline_comparison_method(left, right, op, inverts);
    if (method && vm.thread().recursion_depth < vm.recursion_limit()) {
        // A Python comparison method runs as an inline frame; the operands stay on this
        // stack for the protocol's rest (op_ReturnValue).
        PUSH(right);
        SAVE_FRAME();
        FrameStack& stack = frame_stack(vm);
        Frame* callee = construct_function_frame(stack.push(Frame::bytes_for(*method->code)), *method);
        callee->from_frame_stack = true;
        incref(left);
        incref(right);
        callee->slots()[0] = left;
        callee->slots()[1] = right;
        callee->finishes_comparison = uint8_t(uint8_t(op) + 1);
        callee->inverts_equality = inverts;
        ENTER_FRAME(callee);
    }
    SAVE_FRAME();
    auto result = rich_compare(vm, left, right, op);
    decref(right);
    if (result.is_error())
        GOTO_ERROR();
    decref(left);
    TOP() = result.release_value().leak();
    DISPATCH();
}

op_IsOp : {
    Value right = POP();
    Value left = TOP();
    bool same = left.is(right);
    decref(right);
    decref(left);
    TOP() = bool_value(same != (arg == 1));
    DISPATCH();
}

op_ContainsOp : {
    Value container = POP();
    Value item = TOP();
    SAVE_FRAME();
    auto found = contains(vm, container, item);
    decref(container);
    if (found.is_error())
        GOTO_ERROR();
    decref(item);
    TOP() = bool_value(found.value() != (arg == 1));
    DISPATCH();
}

op_Jump:
    ip = base + arg;
    DISPATCH();

op_JumpBackward:
    ip = base + arg;
    DISPATCH();

#define POP_JUMP_ON_TRUTH(jump_when)                                                                         \
    {                                                                                                        \
        Value condition = POP();                                                                             \
        bool truth;                                                                                          \
        if (condition.is(true_value()))                                                                      \
            truth = true;                                                                                    \
        else if (condition.is(false_value()) || is_none(condition))                                          \
            truth = false;                                                                                   \
        else {                                                                                               \
            SAVE_FRAME();                                                                                    \
            auto result = is_true(vm, condition);                                                            \
            decref(condition);                                                                               \
            if (result.is_error())                                                                           \
                GOTO_ERROR();                                                                                \
            truth = result.value();                                                                          \
            if (truth == (jump_when))                                                                        \
                ip = base + arg;                                                                             \
            DISPATCH();                                                                                      \
        }                                                                                                    \
        decref(condition);                                                                                   \
        if (truth == (jump_when))                                                                            \
            ip = base + arg;                                                                                 \
        DISPATCH();                                                                                          \
    }

op_PopJumpIfFalse:
    POP_JUMP_ON_TRUTH(false)
op_PopJumpIfTrue:
    POP_JUMP_ON_TRUTH(true)

op_PopJumpIfNone : {
    Value value = POP();
    bool none_value = is_none(value);
    decref(value);
    if (none_value)
        ip = base + arg;
    DISPATCH();
}

op_PopJumpIfNotNone : {
    Value value = POP();
    bool none_value = is_none(value);
    decref(value);
    if (!none_value)
        ip = base + arg;
    DISPATCH();
}

op_JumpIfFalseOrPop:
op_JumpIfTrueOrPop : {
    bool jump_when = (word & 0xff) == static_cast<uint32_t>(Opcode::JumpIfTrueOrPop);
    Value condition = TOP();
    SAVE_FRAME();
    auto truth = is_true(vm, condition);
    if (truth.is_error())
        GOTO_ERROR();
    if (truth.value() == jump_when) {
        ip = base + arg;
    } else {
        --sp;
        decref(condition);
    }
    DISPATCH();
}

op_GetIter : {
    Value iterable = TOP();
    SAVE_FRAME();
    auto iterator = get_iter(vm, iterable);
    if (iterator.is_error())
        GOTO_ERROR();
    TOP() = iterator.release_value().leak();
    decref(iterable);
    DISPATCH();
}

op_ForIter : {
    SKIP_CACHE(ForIter);
    Value iterator = TOP();
    SAVE_FRAME();
    Type* iterator_type = iterator.type();
    auto next = iterator_type == &range_iterator_type ? range_iterator_next_item(vm, iterator)
        : iterator_type == &list_iterator_type        ? list_iterator_next_item(vm, iterator)
                                                      : iter_next(vm, iterator);
    if (next.is_error())
        GOTO_ERROR();
    if (!next.value()) {
        --sp;
        decref(iterator);
        ip = base + arg;
        DISPATCH();
    }
    PUSH(next.release_value().leak());
    DISPATCH();
}

op_GetYieldFromIter : {
    Value iterable = TOP();
    if (iterable.type() == &coroutine_type) {
        if (!(frame->code->unit->flags & (CodeCoroutine | CodeIterableCoroutine))) {
            SAVE_FRAME();
            (void)vm.raise(ExceptionKind::TypeError,
                "cannot 'yield from' a coroutine object in a non-coroutine generator");
            GOTO_ERROR();
        }
        DISPATCH();
    }
    if (iterable.type() == &generator_type)
        DISPATCH();
    SAVE_FRAME();
    auto iterator = get_iter(vm, iterable);
    if (iterator.is_error())
        GOTO_ERROR();
    TOP() = iterator.release_value().leak();
    decref(iterable);
    DISPATCH();
}

op_BuildTuple : {
    SAVE_FRAME();
    auto tuple = allocate_tuple(vm, arg);
    if (tuple.is_error())
        GOTO_ERROR();
    Tuple& made = *tuple.value();
    for (uint32_t index = arg; index > 0; --index)
        made.items()[index - 1] = POP();
    PUSH(tuple.release_value().leak());
    DISPATCH();
}

op_BuildList : {
    SAVE_FRAME();
    auto list = new_list(vm, std::span<Value const>(sp - arg, arg));
    if (list.is_error())
        GOTO_ERROR();
    for (uint32_t index = 0; index < arg; ++index)
        decref(POP());
    PUSH(list.release_value().leak());
    DISPATCH();
}

op_BuildSet : {
    SAVE_FRAME();
    auto set = new_set(vm);
    if (set.is_error())
        GOTO_ERROR();
    Result<void> added;
    for (uint32_t index = arg; index > 0 && !added.is_error(); --index)
        added = set_add(vm, *set.value(), PEEK(index));
    for (uint32_t index = 0; index < arg; ++index)
        decref(POP());
    CHECK(added);
    PUSH(set.release_value().leak());
    DISPATCH();
}

op_BuildMap : {
    SAVE_FRAME();
    auto dict = new_dict(vm);
    if (dict.is_error())
        GOTO_ERROR();
    Result<void> stored;
    for (uint32_t index = 0; index < arg && !stored.is_error(); ++index)
        stored = dict_set_item(vm, *dict.value(), PEEK(2 * (arg - index)), PEEK(2 * (arg - index) - 1));
    for (uint32_t index = 0; index < 2 * arg; ++index)
        decref(POP());
    CHECK(stored);
    PUSH(dict.release_value().leak());
    DISPATCH();
}

op_BuildConstKeyMap : {
    Value keys = POP();
    SAVE_FRAME();
    auto dict = new_dict(vm);
    if (dict.is_error()) {
        decref(keys);
        GOTO_ERROR();
    }
    Result<void> stored;
    for (uint32_t index = 0; index < arg && !stored.is_error(); ++index)
        stored = dict_set_item(vm, *dict.value(), as_tuple(keys)[index], PEEK(arg - index));
    for (uint32_t index = 0; index < arg; ++index)
        decref(POP());
    decref(keys);
    CHECK(stored);
    PUSH(dict.release_value().leak());
    DISPATCH();
}

op_BuildString : {
    SAVE_FRAME();
    auto built = concatenate_strs(vm, std::span<Value const>(sp - arg, arg));
    for (uint32_t index = 0; index < arg; ++index)
        decref(POP());
    if (built.is_error())
        GOTO_ERROR();
    PUSH(built.release_value().leak());
    DISPATCH();
}

op_BuildSlice : {
    Value step = arg == 3 ? POP() : none();
    Value stop = POP();
    Value begin = TOP();
    SAVE_FRAME();
    auto slice = new_slice(vm, begin, stop, step);
    if (arg == 3)
        decref(step);
    decref(stop);
    if (slice.is_error())
        GOTO_ERROR();
    decref(begin);
    TOP() = slice.release_value().leak();
    DISPATCH();
}

op_ListAppend : {
    Value item = POP();
    SAVE_FRAME();
    auto appended = list_append(vm, as_list(PEEK(arg)), item);
    decref(item);
    CHECK(appended);
    DISPATCH();
}

op_SetAdd : {
    Value item = POP();
    SAVE_FRAME();
    auto added = set_add(vm, as_set(PEEK(arg)), item);
    decref(item);
    CHECK(added);
    DISPATCH();
}

op_MapAdd : {
    Value value = POP();
    Value key = POP();
    SAVE_FRAME();
    auto stored = dict_set_item(vm, as_dict(PEEK(arg)), key, value);
    decref(key);
    decref(value);
    CHECK(stored);
    DISPATCH();
}

op_ListExtend : {
    Value iterable = POP();
    SAVE_FRAME();
    auto extended = list_extend(vm, as_list(PEEK(arg)), iterable);
    if (extended.is_error() && vm.pending_exception_matches(ExceptionKind::TypeError)
        && !iterable.type()->lookup_special(SpecialMethod::Iter)
        && !iterable.type()->lookup_special(SpecialMethod::GetItem)) {
        (void)vm.take_pending_exception();
        (void)vm.raise(
            ExceptionKind::TypeError, "Value after * must be an iterable, not " + type_name(iterable));
    }
    decref(iterable);
    CHECK(extended);
    DISPATCH();
}

op_SetUpdate : {
    Value iterable = POP();
    SAVE_FRAME();
    auto updated = set_update(vm, as_set(PEEK(arg)), iterable);
    decref(iterable);
    CHECK(updated);
    DISPATCH();
}

op_DictUpdate : {
    Value mapping = POP();
    SAVE_FRAME();
    if (!mapping.type()->lookup_special(SpecialMethod::GetItem) || is_list(mapping) || is_tuple(mapping)) {
        (void)vm.raise(ExceptionKind::TypeError, "'" + type_name(mapping) + "' object is not a mapping");
        decref(mapping);
        GOTO_ERROR();
    }
    auto updated = dict_update(vm, as_dict(PEEK(arg)), mapping);
    decref(mapping);
    CHECK(updated);
    DISPATCH();
}

op_DictMerge : {
    Value mapping = POP();
    SAVE_FRAME();
    Dict& target = as_dict(PEEK(arg));
    Value callable = PEEK(arg + 3); // [callable, null, args, dict at PEEK(arg)]
    auto describe = [&]() -> std::string { return function_description(vm, callable); };
    // As CPython, anything with a keys attribute counts as a mapping here; non-str keys
    // are left to the call ("keywords must be strings").
    bool is_mapping = is_dict(mapping);
    if (!is_mapping) {
        auto keys = get_attribute_or_null(vm, mapping, "keys");
        if (keys.is_error()) {
            decref(mapping);
            GOTO_ERROR();
        }
        is_mapping = bool(keys.value());
    }
    if (!is_mapping) {
        (void)vm.raise(ExceptionKind::TypeError,
            describe() + " argument after ** must be a mapping, not " + type_name(mapping));
        decref(mapping);
        GOTO_ERROR();
    }
    Ref<> keys_iterable;
    if (is_dict(mapping)) {
        int64_t position = 0;
        Value key, value;
        while (dict_next(as_dict(mapping), position, key, value)) {
            auto exists = dict_get_item(vm, target, key);
            if (exists.is_error()) {
                decref(mapping);
                GOTO_ERROR();
            }
            if (exists.value()) {
                auto key_text = str_utf8(vm, key);
                (void)vm.raise(ExceptionKind::TypeError,
                    describe() + " got multiple values for keyword argument '"
                        + (key_text.is_error() ? std::string("?") : key_text.value()) + "'");
                decref(mapping);
                GOTO_ERROR();
            }
            if (dict_set_item(vm, target, key, value).is_error()) {
                decref(mapping);
                GOTO_ERROR();
            }
        }
    } else {
        auto keys = call_method(vm, mapping, "keys");
        if (keys.is_error()) {
            decref(mapping);
            GOTO_ERROR();
        }
        auto iterator = get_iter(vm, keys.value());
        if (iterator.is_error()) {
            decref(mapping);
            GOTO_ERROR();
        }
        while (true) {
            auto key = iter_next(vm, iterator.value());
            if (key.is_error()) {
                decref(mapping);
                GOTO_ERROR();
            }
            if (!key.value())
                break;
            auto exists = dict_get_item(vm, target, key.value());
            if (exists.is_error() || exists.value()) {
                if (!exists.is_error()) {
                    auto key_text = str_utf8(vm, key.value());
                    (void)vm.raise(ExceptionKind::TypeError,
                        describe() + " got multiple values for keyword argument '"
                            + (key_text.is_error() ? std::string("?") : key_text.value()) + "'");
                }
                decref(mapping);
                GOTO_ERROR();
            }
            auto value = get_item(vm, mapping, key.value());
            if (value.is_error() || dict_set_item(vm, target, key.value(), value.value()).is_error()) {
                decref(mapping);
                GOTO_ERROR();
            }
        }
    }
    decref(mapping);
    DISPATCH();
}

op_ListToTuple : {
    Value list = TOP();
    SAVE_FRAME();
    auto tuple = new_tuple(vm, as_list(list).span());
    if (tuple.is_error())
        GOTO_ERROR();
    TOP() = tuple.release_value().leak();
    decref(list);
    DISPATCH();
}

op_UnpackSequence : {
    SKIP_CACHE(UnpackSequence);
    Value sequence = POP();
    if (is_exact_tuple(sequence) && as_tuple(sequence).size == arg) {
        Tuple& tuple = as_tuple(sequence);
        for (uint32_t index = arg; index > 0; --index) {
            incref(tuple[index - 1]);
            PUSH(tuple[index - 1]);
        }
        decref(sequence);
        DISPATCH();
    }
    if (is_exact_list(sequence) && as_list(sequence).size == arg) {
        List& list = as_list(sequence);
        for (uint32_t index = arg; index > 0; --index) {
            incref(list[index - 1]);
            PUSH(list[index - 1]);
        }
        decref(sequence);
        DISPATCH();
    }
    SAVE_FRAME();
    auto unpacked = unpack_sequence(vm, sequence, arg, sp);
    decref(sequence);
    CHECK(unpacked);
    sp += arg;
    DISPATCH();
}

op_UnpackEx : {
    Value sequence = POP();
    uint32_t before = arg & 0xff, after = arg >> 8;
    SAVE_FRAME();
    auto unpacked = unpack_extended(vm, sequence, before, after, sp);
    decref(sequence);
    CHECK(unpacked);
    sp += before + after + 1;
    DISPATCH();
}

op_FormatValue : {
    Value spec = (arg & format_value_has_spec) ? POP() : Value {};
    Value value = TOP();
    uint32_t conversion = arg & 3;
    if (conversion == 0 && !spec && is_exact_str(value))
        DISPATCH();
    SAVE_FRAME();
    auto formatted = format_value(vm, value, conversion, spec);
    xdecref(spec);
    if (formatted.is_error())
        GOTO_ERROR();
    TOP() = formatted.release_value().leak();
    decref(value);
    DISPATCH();
}

op_Call:
op_CallKw : {
    ip += cache_of(Opcode::Call);
    Value kwnames_value = (word & 0xff) == static_cast<uint32_t>(Opcode::CallKw) ? POP() : Value {};
    Tuple* kwnames = kwnames_value ? &as_tuple(kwnames_value) : nullptr;
    uint32_t count = arg;
    Value* callable_slot = sp - count - 2;
    Value callable = callable_slot[0];
    Value self_or_null = callable_slot[1];
    // Called below without the generic path: a native method of the receiver's own type
    // (not one stored in an unrelated class, which needs the receiver check), or a
    // builtin function with its receiver bound or none. The steps between apply to
    // neither.
    NativeFunctionObject* direct_native = nullptr;
    Value receiver;
    if (self_or_null && callable.type() == &method_descriptor_type) {
        auto& native = *static_cast<NativeFunctionObject*>(callable.as_object());
        if (native.owner == self_or_null.type() && native.definition->kind == MethodKind::Instance
            && native.signature->has_self) {
            direct_native = &native;
            receiver = self_or_null;
        }
    } else if (!self_or_null && callable.type() == &builtin_function_type) {
        auto& native = *static_cast<NativeFunctionObject*>(callable.as_object());
        if (!native.signature->has_self || native.self) {
            direct_native = &native;
            receiver = native.self.value();
        }
    }
    if (!self_or_null && callable.type() == &method_type) {
        auto& method = *static_cast<MethodObject*>(callable.as_object());
        Value function = method.function.value();
        Value self = method.self.value();
        incref(function);
        incref(self);
        callable_slot[0] = function;
        callable_slot[1] = self;
        decref(callable);
        callable = function;
        self_or_null = self;
    }
    SAVE_FRAME();
    // klass(...) for a plain class: the instance takes the class's place on the stack
    // and its __init__ is called like a method, inline.
    bool constructs = false;
    if (!self_or_null && callable.is_object() && callable.type()->has_flag(TypeTypeSubclass)) {
        Type& klass = *static_cast<Type*>(callable.as_object());
        bool exception_new;
        FunctionObject* init = plain_class_init(klass, exception_new);
        if (init && !(init->code->unit->flags & (CodeGenerator | CodeCoroutine | CodeAsyncGenerator))) {
            Value self; // null when the instance could not be made
            if (exception_new) {
                auto made = new_plain_exception_instance(vm, klass,
                    std::span<Value const>(callable_slot + 2, count - (kwnames ? kwnames->size : 0)));
                if (!made.is_error())
                    self = made.release_value().leak();
            } else {
                auto made = allocate_instance(vm, klass);
                if (!made.is_error())
                    self = Value(made.value());
            }
            if (!self) {
                xdecref(kwnames_value);
                GOTO_ERROR();
            }
            incref(self);
            callable_slot[0] = self;
            callable_slot[1] = self;
            decref(callable); // the instance keeps its class alive
            callable = Value(init);
            incref(callable);
            self_or_null = self;
            constructs = true;
        }
    }
    Value* arguments = self_or_null ? callable_slot + 1 : callable_slot + 2;
    uint32_t argument_count = count + (self_or_null ? 1 : 0);
    if (callable.type() == &function_type) {
        auto& function = *static_cast<FunctionObject*>(callable.as_object());
        CodeObject& code = *function.code;
        if (!(code.unit->flags & (CodeGenerator | CodeCoroutine | CodeAsyncGenerator))) {
            // A Python-to-Python call: push a frame and keep going in this loop.
            if (vm.thread().recursion_depth >= vm.recursion_limit()) {
                xdecref(kwnames_value);
                if (constructs)
                    decref(callable);
                (void)vm.raise(ExceptionKind::RecursionError, "maximum recursion depth exceeded");
                GOTO_ERROR();
            }
            FrameStack& stack = frame_stack(vm);
            void* memory = stack.push(Frame::bytes_for(code));
            Frame* callee = construct_function_frame(memory, function);
            callee->from_frame_stack = true;
            CodeUnit const& unit = *code.unit;
            uint32_t parameter_count = uint32_t(unit.argument_count);
            uint32_t default_count = function.defaults ? uint32_t(function.defaults->size) : 0;
            if (!kwnames && argument_count <= parameter_count
                && argument_count + default_count >= parameter_count && unit.keyword_only_count == 0
                && !(unit.flags & (CodeVarargs | CodeVarkeywords))) {
                // The common call: the arguments move from the stack into the slots, and
                // the trailing defaults fill the parameters not given.
                Value* slots_of_callee = callee->slots();
                for (uint32_t index = 0; index < argument_count; ++index)
                    slots_of_callee[index] = arguments[index];
                for (uint32_t index = argument_count; index < parameter_count; ++index) {
                    Value value = (*function.defaults)[int64_t(index - (parameter_count - default_count))];
                    incref(value);
                    slots_of_callee[index] = value;
                }
                decref(callable);
            } else {
                auto bound = bind_call_arguments(
                    vm, function, *callee, std::span<Value const>(arguments, argument_count), kwnames);
                xdecref(kwnames_value);
                if (bound.is_error()) {
                    destroy_frame(callee);
                    stack.pop(memory);
                    if (constructs)
                        decref(callable);
                    GOTO_ERROR();
                }
                // The caller's stack loses the callable, self and arguments now.
                if (constructs)
                    decref(callable);
                for (Value* item = constructs ? callable_slot + 1 : callable_slot; item < sp; ++item)
                    xdecref(*item);
            }
            sp = constructs ? callable_slot + 1 : callable_slot;
            callee->constructs_instance = constructs;
            ENTER_FRAME(callee);
        }
    }
    auto result = direct_native
        ? call_native_method(
            vm, *direct_native, receiver, std::span<Value const>(callable_slot + 2, count), kwnames)
        : call(vm, callable, std::span<Value const>(arguments, argument_count), kwnames);
    xdecref(kwnames_value);
    for (Value* item = callable_slot; item < sp; ++item)
        xdecref(*item);
    sp = callable_slot;
    if (result.is_error())
        GOTO_ERROR();
    PUSH(result.release_value().leak());
    DISPATCH();
}

op_CallEx : {
    Value kwargs = arg & 1 ? POP() : Value {};
    Value args = POP();
    Value null_slot = POP();
    Value callable = TOP();
    SAVE_FRAME();
    Result<Ref<>> result = Ref<> {};
    Ref<> positional = ref(args);
    if (!is_tuple(args)) {
        // f(*x): any iterable becomes the argument tuple.
        if (!args.type()->lookup_special(SpecialMethod::Iter)
            && !args.type()->lookup_special(SpecialMethod::GetItem)) {
            result = vm.raise(ExceptionKind::TypeError,
                function_description(vm, callable) + " argument after * must be an iterable, not "
                    + type_name(args));
            positional = nullptr;
        } else {
            auto listed = list_from_iterable(vm, args);
            if (listed.is_error()) {
                result = Failure {listed.release_error()};
                positional = nullptr;
            } else {
                auto tuple = new_tuple(vm, listed.value()->span());
                if (tuple.is_error()) {
                    result = Failure {tuple.release_error()};
                    positional = nullptr;
                } else {
                    positional = tuple.release_value();
                }
            }
        }
    }
    if (positional && callable.type() == &function_type
        && !(static_cast<FunctionObject*>(callable.as_object())->code->unit->flags
            & (CodeGenerator | CodeCoroutine | CodeAsyncGenerator))
        && vm.thread().recursion_depth < vm.recursion_limit()) {
        // A Python function: an inline frame, as for Call.
        Frame* callee = spread_call_frame(vm, *static_cast<FunctionObject*>(callable.as_object()),
            as_tuple(positional), kwargs ? &as_dict(kwargs) : nullptr);
        positional = nullptr;
        xdecref(kwargs);
        decref(args);
        xdecref(null_slot);
        if (!callee)
            GOTO_ERROR();
        decref(callable); // the frame holds the function
        --sp;
        ENTER_FRAME(callee);
    }
    if (positional)
        result = call_with_tuple(vm, callable, as_tuple(positional), kwargs ? &as_dict(kwargs) : nullptr);
    positional = nullptr;
    xdecref(kwargs);
    decref(args);
    xdecref(null_slot);
    if (result.is_error())
        GOTO_ERROR();
    decref(callable);
    TOP() = result.release_value().leak();
    DISPATCH();
}

op_MakeFunction : {
    Value code = POP();
    Value closure = arg & MakeFunctionClosure ? POP() : Value {};
    Value annotations = arg & MakeFunctionAnnotations ? POP() : Value {};
    Value kwdefaults = arg & MakeFunctionKwDefaults ? POP() : Value {};
    Value defaults = arg & MakeFunctionDefaults ? POP() : Value {};
    SAVE_FRAME();
    auto function = make_function(vm, *frame, code, defaults, kwdefaults, annotations, closure);
    for (Value value : {code, closure, annotations, kwdefaults, defaults})
        xdecref(value);
    if (function.is_error())
        GOTO_ERROR();
    PUSH(function.release_value().leak());
    DISPATCH();
}

op_ReturnValue : {
    Value result = POP();
    SAVE_FRAME();
    if (frame->generator) {
        // A generator's return: its frame stays with the generator until freed.
        frame->stack_pointer = sp;
        vm.thread().current_frame = frame->previous;
        return Ref<>::adopt(result);
    }
    if (frame == entry || frame->is_entry) {
        leave_frame(vm, frame);
        return Ref<>::adopt(result);
    }
    Frame* caller = frame->previous;
    bool constructed = frame->constructs_instance;
    uint8_t comparison = frame->finishes_comparison;
    bool inverts = frame->inverts_equality;
    leave_frame(vm, frame);
    --vm.thread().recursion_depth;
    frame = caller;
    LOAD_FRAME();
    if (comparison) {
        Value right = POP();
        Value left = TOP();
        start = base + frame->last_instruction; // errors belong to the CompareOp
        SAVE_FRAME();
        auto finished = finish_inline_comparison(
            vm, left, right, ComparisonOperator(comparison - 1), inverts, Ref<>::adopt(result));
        decref(right);
        if (finished.is_error())
            GOTO_ERROR();
        decref(left);
        TOP() = finished.release_value().leak();
        DISPATCH();
    }
    if (constructed) {
        // The instance is on the stack already.
        if (!is_none(result)) {
            (void)vm.raise(
                ExceptionKind::TypeError, "__init__() should return None, not '" + type_name(result) + "'");
            decref(result);
            start = base + frame->last_instruction;
            GOTO_ERROR();
        }
        DISPATCH();
    }
    PUSH(result);
    DISPATCH();
}

op_YieldValue : {
    Value value = POP();
    GeneratorObject* generator = frame->generator;
    // An async generator's own `yield` (not an await passing a value through).
    uint32_t index = uint32_t(start - base);
    generator->yielded_value = !(index > 0 && instruction_opcode(base[index - 1]) == Opcode::Send);
    generator->state = GeneratorObject::State::Suspended;
    SAVE_FRAME();
    vm.thread().current_frame = frame->previous;
    return Ref<>::adopt(value);
}

op_Send : {
    Value value = POP();
    Value receiver = TOP();
    SAVE_FRAME();
    Result<Ref<>> result = Ref<> {};
    bool returned = false;
    if (is_generator_like(receiver)) {
        result = generator_send(vm, as_generator(receiver), value, returned);
    } else {
        result = send_to_delegate(vm, receiver, value);
    }
    decref(value);
    if (result.is_error()) {
        if (!vm.pending_exception_matches(ExceptionKind::StopIteration))
            GOTO_ERROR();
        Ref<> stop = vm.take_pending_exception();
        auto& stop_object = *static_cast<StopIterationObject*>(stop.value().as_object());
        result = stop_object.value ? stop_object.value : new_none();
        returned = true;
    }
    if (returned) {
        --sp;
        decref(receiver);
        PUSH(result.release_value().leak());
        ip = base + arg;
        DISPATCH();
    }
    PUSH(result.release_value().leak());
    DISPATCH();
}

op_GetAwaitable : {
    Value awaitable = TOP();
    SAVE_FRAME();
    auto iterator = get_awaitable_iterator(vm, awaitable, int(arg));
    if (iterator.is_error())
        GOTO_ERROR();
    TOP() = iterator.release_value().leak();
    decref(awaitable);
    DISPATCH();
}

op_GetAIter : {
    Value iterable = TOP();
    SAVE_FRAME();
    if (!iterable.type()->lookup_special(SpecialMethod::AIter)) {
        (void)vm.raise(ExceptionKind::TypeError,
            "'async for' requires an object with __aiter__ method, got " + type_name(iterable));
        GOTO_ERROR();
    }
    auto iterator = call_special(vm, SpecialMethod::AIter, iterable);
    if (iterator.is_error())
        GOTO_ERROR();
    if (!iterator.value().value().type()->lookup_special(SpecialMethod::ANext)) {
        (void)vm.raise(ExceptionKind::TypeError,
            "'async for' received an object from __aiter__ that does not implement "
            "__anext__: "
                + type_name(iterator.value()));
        GOTO_ERROR();
    }
    TOP() = iterator.release_value().leak();
    decref(iterable);
    DISPATCH();
}

op_GetANext : {
    Value iterator = TOP();
    SAVE_FRAME();
    auto awaitable_iterator = async_for_next_awaitable(vm, iterator);
    if (awaitable_iterator.is_error())
        GOTO_ERROR();
    PUSH(awaitable_iterator.release_value().leak());
    DISPATCH();
}

op_EndAsyncFor : {
    Value exception = POP();
    Value iterator = POP();
    if (is_instance_of(exception, exception_type(ExceptionKind::StopAsyncIteration))) {
        decref(exception);
        decref(iterator);
        // The handled-exception slot was set by the handler's PushExcInfo-free path.
        DISPATCH();
    }
    decref(iterator);
    vm.thread().pending_exception = Ref<>::adopt(exception);
    reraising = true;
    goto exception_unwind;
}

op_RaiseVarargs : {
    SAVE_FRAME();
    if (arg == 0) {
        Value handled = vm.thread().handled_exception();
        if (!handled) {
            (void)vm.raise(ExceptionKind::RuntimeError, "No active exception to reraise");
            GOTO_ERROR();
        }
        vm.thread().pending_exception = ref(handled);
        reraising = true;
        goto exception_unwind;
    }
    Value cause = arg == 2 ? POP() : Value {};
    Value exception = POP();
    auto raised = raise_with_cause(vm, exception, cause, arg == 2);
    xdecref(cause);
    decref(exception);
    (void)raised;
    GOTO_ERROR();
}

op_Reraise : {
    Value exception = POP();
    if (arg) {
        // The handler is still looked up at this instruction (CPython's next_instr);
        // only the reported position goes back to where the exception was raised.
        // lasti sits `arg` items below the top once the exception is popped (the
        // unwinder clears the rest of the stack).
        Value lasti = PEEK(arg);
        frame->last_instruction = uint32_t(lasti.as_small_int());
    }
    vm.thread().pending_exception = Ref<>::adopt(exception);
    reraising = true;
    goto exception_unwind;
}

op_PushExcInfo : {
    Value exception = TOP();
    ExceptionInfo* info = vm.thread().exception_info;
    Value previous = info->value ? info->value.leak() : none();
    if (is_none(previous))
        incref(previous);
    info->value = ref(exception);
    TOP() = previous;
    PUSH(exception);
    DISPATCH();
}

op_PopExcept : {
    Value previous = POP();
    ExceptionInfo* info = vm.thread().exception_info;
    info->value = is_none(previous) ? Ref<> {} : ref(previous);
    decref(previous);
    DISPATCH();
}

op_CheckExcMatch : {
    Value match_type = TOP();
    Value exception = SECOND();
    SAVE_FRAME();
    auto matches = exception_matches(vm, exception, match_type);
    if (matches.is_error())
        GOTO_ERROR();
    decref(match_type);
    TOP() = bool_value(matches.value());
    DISPATCH();
}

op_CheckEgMatch : {
    Value match_type = POP();
    Value exception = POP();
    SAVE_FRAME();
    if (check_except_star_type(vm, match_type).is_error()) {
        decref(match_type);
        decref(exception);
        GOTO_ERROR();
    }
    auto matched = exception_group_match(vm, exception, match_type);
    decref(match_type);
    if (matched.is_error()) {
        decref(exception);
        GOTO_ERROR();
    }
    auto [match, rest] = matched.release_value();
    decref(exception);
    PUSH(rest.leak());
    PUSH(match.leak());
    if (!is_none(TOP())) {
        // The matched part becomes the handled exception, as CPython does.
        vm.thread().exception_info->value = ref(TOP());
    }
    DISPATCH();
}

op_PrepReraiseStar : {
    Value raised = POP();
    Value original = TOP();
    SAVE_FRAME();
    auto result = prepare_reraise_star(vm, original, raised);
    decref(raised);
    if (result.is_error())
        GOTO_ERROR();
    decref(original);
    TOP() = result.release_value().leak();
    DISPATCH();
}

op_WithExceptStart : {
    Value exception = PEEK(1);
    Value exit = PEEK(4);
    SAVE_FRAME();
    Value traceback = as_exception(exception).traceback ? as_exception(exception).traceback.value() : none();
    Value arguments[] = {Value(exception.type()), exception, traceback};
    auto result = call(vm, exit, arguments);
    if (result.is_error())
        GOTO_ERROR();
    PUSH(result.release_value().leak());
    DISPATCH();
}

op_BeforeWith:
op_BeforeAsyncWith : {
    Value manager = TOP();
    SAVE_FRAME();
    bool is_async = (word & 0xff) == static_cast<uint32_t>(Opcode::BeforeAsyncWith);
    auto entered = enter_context(vm, manager, is_async);
    if (entered.is_error())
        GOTO_ERROR();
    auto [exit, result] = entered.release_value();
    decref(manager);
    TOP() = exit.leak();
    PUSH(result.leak());
    DISPATCH();
}

op_ImportName : {
    Value fromlist = POP();
    Value level = TOP();
    SAVE_FRAME();
    auto module = import_name(vm, *frame, NAME(arg), fromlist, level);
    decref(fromlist);
    if (module.is_error())
        GOTO_ERROR();
    decref(level);
    TOP() = module.release_value().leak();
    DISPATCH();
}

op_ImportFrom : {
    SAVE_FRAME();
    auto value = import_from(vm, TOP(), NAME(arg));
    if (value.is_error())
        GOTO_ERROR();
    PUSH(value.release_value().leak());
    DISPATCH();
}

op_ImportStar : {
    Value module = POP();
    SAVE_FRAME();
    auto imported = import_star(vm, *frame, module);
    decref(module);
    CHECK(imported);
    DISPATCH();
}

op_GetLen : {
    SAVE_FRAME();
    auto size = length(vm, TOP());
    if (size.is_error())
        GOTO_ERROR();
    PUSH(new_int(size.value()).leak());
    DISPATCH();
}

op_MatchMapping : {
    Value matches = bool_value(TOP().type()->has_flag(TypeMapping));
    PUSH(matches);
    DISPATCH();
}

op_MatchSequence : {
    Value matches = bool_value(TOP().type()->has_flag(TypeSequence));
    PUSH(matches);
    DISPATCH();
}

op_MatchKeys : {
    SAVE_FRAME();
    auto values = match_keys(vm, SECOND(), as_tuple(TOP()));
    if (values.is_error())
        GOTO_ERROR();
    PUSH(values.release_value().leak());
    DISPATCH();
}

op_MatchClass : {
    Value kwnames = POP();
    Value type = POP();
    Value subject = TOP();
    SAVE_FRAME();
    auto attributes = match_class(vm, subject, type, arg, as_tuple(kwnames));
    decref(kwnames);
    decref(type);
    if (attributes.is_error())
        GOTO_ERROR();
    decref(subject);
    TOP() = attributes.release_value().leak();
    DISPATCH();
}

op_PrintExpr : {
    Value value = POP();
    SAVE_FRAME();
    auto printed = print_expression(vm, value);
    decref(value);
    CHECK(printed);
    DISPATCH();
}

error:
    // The pending exception was raised by the instruction at `start`.
    frame->last_instruction = uint32_t(start - base);
    if (!reraising)
        add_traceback_entry(vm, *frame);
exception_unwind:
    reraising = false;
    while (true) {
        uint32_t index = uint32_t(start - base);
        if (ExceptionTableEntry const* handler = find_handler(*frame->code->unit, index)) {
            Value* target_sp = frame->stack_base() + handler->depth;
            while (sp > target_sp)
                xdecref(*--sp);
            if (handler->push_lasti)
                PUSH(Value::small_int(index));
            PUSH(vm.take_pending_exception().leak());
            ip = base + handler->target;
            DISPATCH();
        }
        // No handler here: the frame ends with the exception.
        while (sp > frame->stack_base())
            xdecref(*--sp);
        frame->stack_pointer = sp;
        if (frame->generator) {
            vm.thread().current_frame = frame->previous;
            return Failure {ExceptionPending {}};
        }
        if (frame == entry || frame->is_entry) {
            leave_frame(vm, frame);
            return Failure {ExceptionPending {}};
        }
        Frame* caller = frame->previous;
        leave_frame(vm, frame);
        --vm.thread().recursion_depth;
        frame = caller;
        LOAD_FRAME();
        start = base + frame->last_instruction;
        // The call instruction of the caller raised: record this frame too.
        add_traceback_entry(vm, *frame);
        // The callee consumed the call's stack items already.
    }
}

} // namespace taipan
