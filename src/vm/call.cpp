// Calling Python functions from C++: the frame stack, frame set-up and tear-down, and
// binding arguments to parameters with CPython's error messages.
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/frame.h"
#include "vm/generator.h"
#include "vm/interpreter.h"
#include "vm/vm.h"

#include <cstdlib>
#include <cstring>

namespace taipan {

// --- the frame stack ---

void FrameStack::sync_cursor()
{
    Chunk& chunk = m_chunks[m_current];
    m_base = chunk.memory.get();
    m_top = m_base + chunk.used;
    m_limit = m_base + chunk.size;
}

void* FrameStack::push_slow(size_t bytes)
{
    if (m_base)
        m_chunks[m_current].used = size_t(m_top - m_base);
    while (true) {
        if (m_current < m_chunks.size()) {
            Chunk& chunk = m_chunks[m_current];
            if (chunk.used + bytes <= chunk.size) {
                void* memory = chunk.memory.get() + chunk.used;
                chunk.used += bytes;
                sync_cursor();
                TAIPAN_UNPOISON_MEMORY(memory, bytes);
                return memory;
            }
            if (chunk.used == 0) {
                // Too small even when empty: replace it with a big enough one.
                chunk.size = std::max(bytes, chunk.size * 2);
                chunk.memory.reset(new char[chunk.size]);
                TAIPAN_POISON_MEMORY(chunk.memory.get(), chunk.size);
                continue;
            }
            ++m_current;
            continue;
        }
        Chunk chunk;
        chunk.size = std::max(bytes, size_t {256} * 1024);
        chunk.memory.reset(new char[chunk.size]);
        TAIPAN_POISON_MEMORY(chunk.memory.get(), chunk.size);
        m_chunks.push_back(std::move(chunk));
    }
}

void FrameStack::pop_slow(void* memory)
{
    if (m_base)
        m_chunks[m_current].used = size_t(m_top - m_base);
    while (true) {
        Chunk& chunk = m_chunks[m_current];
        char* base = chunk.memory.get();
        if (static_cast<char*>(memory) >= base && static_cast<char*>(memory) < base + chunk.size) {
            chunk.used = size_t(static_cast<char*>(memory) - base);
            TAIPAN_POISON_MEMORY(base + chunk.used, chunk.size - chunk.used);
            sync_cursor();
            return;
        }
        chunk.used = 0;
        TAIPAN_POISON_MEMORY(base, chunk.size);
        --m_current;
    }
}

// --- frames ---

Frame* construct_frame(void* memory, CodeObject& code, Dict& globals, Dict* builtins, Value locals)
{
    auto* frame = new (memory) Frame;
    frame->code = &code;
    frame->code_holder = ref(&code);
    frame->globals = &globals;
    frame->globals_holder = ref(&globals);
    frame->builtins = builtins;
    frame->locals = ref(locals);
    frame->slot_count = code.unit->local_slot_count;
    frame->stack_capacity = code.unit->stack_size + 1;
    std::memset(static_cast<void*>(frame->slots()), 0, sizeof(Value) * frame->slot_count);
    frame->stack_pointer = frame->stack_base();
    return frame;
}

void destroy_frame(Frame* frame)
{
    for (Value* slot = frame->slots(); slot < frame->stack_base(); ++slot)
        xdecref(*slot);
    if (frame->stack_pointer) {
        for (Value* item = frame->stack_base(); item < frame->stack_pointer; ++item)
            xdecref(*item);
    }
    if (frame->frame_object) {
        // The frame object outlives the frame: it keeps what Python can still read.
        frame->frame_object->frame = nullptr;
        frame->frame_object->last_instruction = frame->last_instruction;
    }
    frame->~Frame();
}

// --- binding ---

static std::string function_display_name(FunctionObject& function)
{
    if (function.qualname && is_str(function.qualname))
        return str_to_utf8(as_str(function.qualname));
    return str_to_utf8(*function.code->name);
}

static std::string quoted_name_list(std::vector<std::string> const& names)
{
    std::string text;
    for (size_t index = 0; index < names.size(); ++index) {
        if (index > 0)
            text += names.size() == 2 ? " and " : (index + 1 == names.size() ? ", and " : ", ");
        text += "'" + names[index] + "'";
    }
    return text;
}

static Raised missing_arguments(
    Vm& vm, FunctionObject& function, std::vector<std::string> const& names, char const* kind)
{
    return vm.raise(ExceptionKind::TypeError,
        function_display_name(function) + "() missing " + std::to_string(names.size()) + " required " + kind
            + " argument" + (names.size() == 1 ? "" : "s") + ": " + quoted_name_list(names));
}

static Raised too_many_positional(Vm& vm, FunctionObject& function, Frame& frame, uint32_t given)
{
    CodeUnit const& unit = *function.code->unit;
    int64_t default_count = function.defaults ? function.defaults->size : 0;
    uint32_t keyword_only_given = 0;
    for (int index = 0; index < unit.keyword_only_count; ++index)
        if (frame.slots()[unit.argument_count + index])
            ++keyword_only_given;
    std::string signature;
    bool plural = unit.argument_count != 1;
    if (default_count > 0) {
        signature = "from " + std::to_string(unit.argument_count - default_count) + " to "
            + std::to_string(unit.argument_count);
        plural = true;
    } else {
        signature = std::to_string(unit.argument_count);
    }
    std::string keyword_only_text;
    if (keyword_only_given)
        keyword_only_text = std::string(" positional argument") + (given != 1 ? "s" : "") + " (and "
            + std::to_string(keyword_only_given) + " keyword-only argument"
            + (keyword_only_given != 1 ? "s" : "") + ")";
    return vm.raise(ExceptionKind::TypeError,
        function_display_name(function) + "() takes " + signature + " positional argument"
            + (plural ? "s" : "") + " but " + std::to_string(given) + keyword_only_text + " "
            + (given == 1 && !keyword_only_given ? "was" : "were") + " given");
}

Result<void> bind_call_arguments(
    Vm& vm, FunctionObject& function, Frame& frame, std::span<Value const> args, Tuple* kwnames)
{
    CodeUnit const& unit = *function.code->unit;
    Value* slots = frame.slots();
    uint32_t keyword_count = kwnames ? uint32_t(kwnames->size) : 0;
    uint32_t given = uint32_t(args.size()) - keyword_count;
    uint32_t parameter_count = uint32_t(unit.argument_count);
    bool has_varargs = unit.flags & CodeVarargs;
    bool has_varkeywords = unit.flags & CodeVarkeywords;
    uint32_t varargs_slot = parameter_count + uint32_t(unit.keyword_only_count);
    uint32_t varkeywords_slot = varargs_slot + (has_varargs ? 1 : 0);

    Ref<Dict> extra_keywords;
    if (has_varkeywords) {
        extra_keywords = TRY(new_dict(vm));
        slots[varkeywords_slot] = Value(extra_keywords.get());
        incref(extra_keywords.get());
    }

    uint32_t placed = std::min(given, parameter_count);
    for (uint32_t index = 0; index < placed; ++index) {
        incref(args[index]);
        slots[index] = args[index];
    }
    if (has_varargs) {
        Ref<Tuple> rest = TRY(new_tuple(vm, args.subspan(placed, given - placed)));
        slots[varargs_slot] = rest.leak();
    }

    std::vector<std::string> positional_only_passed;
    Tuple const& varnames = *function.code->varnames;
    for (uint32_t index = 0; index < keyword_count; ++index) {
        Value keyword = (*kwnames)[index];
        Value value = args[given + index];
        if (!is_str(keyword))
            return vm.raise(
                ExceptionKind::TypeError, function_display_name(function) + "() keywords must be strings");
        uint32_t first = uint32_t(unit.positional_only_count);
        uint32_t end = parameter_count + uint32_t(unit.keyword_only_count);
        int64_t found = -1;
        for (uint32_t slot = first; slot < end; ++slot)
            if (varnames[slot].is(keyword)) {
                found = slot;
                break;
            }
        if (found < 0) {
            for (uint32_t slot = first; slot < end; ++slot)
                if (str_equal(as_str(varnames[slot]), as_str(keyword))) {
                    found = slot;
                    break;
                }
        }
        if (found < 0) {
            bool positional_only = false;
            for (uint32_t slot = 0; slot < first; ++slot)
                if (str_equal(as_str(varnames[slot]), as_str(keyword)))
                    positional_only = true;
            if (extra_keywords) {
                TRY(dict_set_item(vm, *extra_keywords, keyword, value));
                continue;
            }
            if (positional_only) {
                positional_only_passed.push_back(str_to_utf8(as_str(keyword)));
                continue;
            }
            return vm.raise(ExceptionKind::TypeError,
                function_display_name(function) + "() got an unexpected keyword argument '"
                    + str_to_utf8(as_str(keyword)) + "'");
        }
        if (slots[found])
            return vm.raise(ExceptionKind::TypeError,
                function_display_name(function) + "() got multiple values for argument '"
                    + str_to_utf8(as_str(keyword)) + "'");
        incref(value);
        slots[found] = value;
    }
    if (!positional_only_passed.empty()) {
        std::string joined;
        for (size_t index = 0; index < positional_only_passed.size(); ++index)
            joined += (index ? ", " : "") + positional_only_passed[index];
        return vm.raise(ExceptionKind::TypeError,
            function_display_name(function)
                + "() got some positional-only arguments passed as keyword arguments: '" + joined + "'");
    }
    if (given > parameter_count && !has_varargs)
        return too_many_positional(vm, function, frame, given);

    if (given < parameter_count) {
        int64_t default_count = function.defaults ? function.defaults->size : 0;
        uint32_t first_default = parameter_count - uint32_t(default_count);
        std::vector<std::string> missing;
        for (uint32_t index = given; index < parameter_count; ++index) {
            if (slots[index])
                continue;
            if (index >= first_default) {
                Value value = (*function.defaults)[index - first_default];
                incref(value);
                slots[index] = value;
            } else {
                missing.push_back(str_to_utf8(as_str(varnames[index])));
            }
        }
        if (!missing.empty())
            return missing_arguments(vm, function, missing, "positional");
    }
    if (unit.keyword_only_count > 0) {
        std::vector<std::string> missing;
        for (uint32_t index = parameter_count; index < parameter_count + uint32_t(unit.keyword_only_count);
             ++index) {
            if (slots[index])
                continue;
            Value value;
            if (function.kwdefaults)
                value = TRY(dict_get_item(vm, *function.kwdefaults, varnames[index]));
            if (value) {
                incref(value);
                slots[index] = value;
            } else {
                missing.push_back(str_to_utf8(as_str(varnames[index])));
            }
        }
        if (!missing.empty())
            return missing_arguments(vm, function, missing, "keyword-only");
    }
    return {};
}

// --- calling ---

Result<Ref<>> call_function(Vm& vm, FunctionObject& function, std::span<Value const> args, Tuple* kwnames)
{
    CodeObject& code = *function.code;
    uint32_t flags = code.unit->flags;
    if (flags & (CodeGenerator | CodeCoroutine | CodeAsyncGenerator)) {
        Frame* frame = allocate_generator_frame(code, *function.globals, function.builtins.get());
        frame->function = ref(Value(&function));
        auto bound = bind_call_arguments(vm, function, *frame, args, kwnames);
        if (bound.is_error()) {
            destroy_frame(frame);
            SmallObjectPool::release(frame);
            return Failure {bound.release_error()};
        }
        return make_generator(vm, function, frame);
    }
    FrameStack& stack = frame_stack(vm);
    void* memory = stack.push(Frame::bytes_for(code));
    Frame* frame = construct_function_frame(memory, function);
    frame->from_frame_stack = true;
    auto bound = bind_call_arguments(vm, function, *frame, args, kwnames);
    if (bound.is_error()) {
        destroy_frame(frame);
        stack.pop(memory);
        return Failure {bound.release_error()};
    }
    auto entered = vm.enter_recursive_call("");
    if (entered.is_error()) {
        destroy_frame(frame);
        stack.pop(memory);
        return Failure {entered.release_error()};
    }
    frame->is_entry = true;
    frame->previous = vm.thread().current_frame;
    vm.thread().current_frame = frame;
    auto result = run_frame(vm, frame);
    vm.leave_recursive_call();
    return result;
}

Result<Ref<>> run_code(Vm& vm, CodeObject& code, Dict& globals, Value locals)
{
    FrameStack& stack = frame_stack(vm);
    void* memory = stack.push(Frame::bytes_for(code));
    Dict* builtins = &vm.builtins();
    Value builtins_value = TRY(dict_get_str(vm, globals, *vm.intern("__builtins__")));
    if (builtins_value && is_dict(builtins_value))
        builtins = &as_dict(builtins_value);
    else if (builtins_value && builtins_value.type() == &module_type)
        builtins = static_cast<Module*>(builtins_value.as_object())->dict.get();
    // Module code counts against the recursion limit, as in CPython.
    auto entered = vm.enter_recursive_call("");
    if (entered.is_error()) {
        stack.pop(memory);
        return Failure {entered.release_error()};
    }
    Frame* frame = construct_frame(memory, code, globals, builtins, locals);
    frame->from_frame_stack = true;
    frame->is_entry = true;
    frame->previous = vm.thread().current_frame;
    vm.thread().current_frame = frame;
    auto result = run_frame(vm, frame);
    vm.leave_recursive_call();
    return result;
}

} // namespace taipan

namespace taipan {

// The body of a `class` statement: its code runs with the namespace as its locals and
// the defining function's closure (for __class__ and enclosing names).
Result<Ref<>> run_class_body(Vm& vm, FunctionObject& function, Value namespace_)
{
    CodeObject& code = *function.code;
    FrameStack& stack = frame_stack(vm);
    void* memory = stack.push(Frame::bytes_for(code));
    Frame* frame = construct_frame(memory, code, *function.globals, function.builtins.get(), namespace_);
    frame->function = ref(Value(&function));
    frame->from_frame_stack = true;
    frame->is_entry = true;
    frame->previous = vm.thread().current_frame;
    vm.thread().current_frame = frame;
    return run_frame(vm, frame);
}

} // namespace taipan
