// Interpreter frames: one activation of a code object. Frames of plain calls live in
// the thread's FrameStack (bump allocation, freed in LIFO order); generator and
// coroutine frames live in their generator object. A Python-visible frame object
// (FrameObject) is made only when asked for (tracebacks, sys._getframe).
#pragma once

#include "objects/function.h"
#include "objects/object.h"
#include "objects/traceback.h"

#include <cstdint>
#include <memory>
#include <new>
#include <vector>

// Under AddressSanitizer the free part of the frame stack is poisoned, so an access past
// the end of a frame (a value stack deeper than the compiler computed, a bad slot index)
// is reported like a heap overflow instead of silently reading the next frame.
#if defined(__SANITIZE_ADDRESS__)
#define TAIPAN_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TAIPAN_ASAN 1
#endif
#endif
#ifdef TAIPAN_ASAN
#include <sanitizer/asan_interface.h>
#define TAIPAN_POISON_MEMORY(address, size) ASAN_POISON_MEMORY_REGION(address, size)
#define TAIPAN_UNPOISON_MEMORY(address, size) ASAN_UNPOISON_MEMORY_REGION(address, size)
#else
#define TAIPAN_POISON_MEMORY(address, size) ((void)(address), (void)(size))
#define TAIPAN_UNPOISON_MEMORY(address, size) ((void)(address), (void)(size))
#endif

namespace taipan {

class Vm;
struct Dict;
struct GeneratorObject;

struct Frame {
    CodeObject* code = nullptr; // kept alive by `code_holder`
    Ref<CodeObject> code_holder;
    Ref<> function; // the FunctionObject being run, or null (module/exec code)
    Dict* globals = nullptr; // kept alive by `globals_holder`
    Ref<Dict> globals_holder;
    Dict* builtins = nullptr; // borrowed from the Vm or the function
    Ref<> locals; // the locals mapping of module and class bodies; null for functions
    Frame* previous = nullptr;
    uint32_t instruction = 0; // index of the next code word to run (while not running)
    uint32_t last_instruction = 0; // index of the instruction that ran last
    Value* stack_pointer = nullptr; // while not running
    Ref<FrameObject> frame_object;
    GeneratorObject* generator = nullptr; // the owning generator, or null
    bool is_entry = false; // returning from it returns to the C++ caller
    bool from_frame_stack = false;
    // An __init__ run inline for `klass(...)`: the caller's stack already holds the new
    // instance, so the return value (which must be None) is dropped.
    bool constructs_instance = false;
    // A comparison method run inline for CompareOp: the caller's stack still holds both
    // operands, and the return value finishes the protocol there. 0 when not one, else
    // the ComparisonOperator + 1; `inverts_equality`: an __eq__ standing in for
    // object.__ne__.
    uint8_t finishes_comparison = 0;
    bool inverts_equality = false;
    uint32_t slot_count = 0;
    uint32_t stack_capacity = 0;

    Value* slots() { return reinterpret_cast<Value*>(this + 1); }
    Value* stack_base() { return slots() + slot_count; }

    static size_t bytes_for(CodeObject const& code)
    {
        return sizeof(Frame) + sizeof(Value) * (code.unit->local_slot_count + code.unit->stack_size + 1);
    }
};

// The per-thread stack that plain call frames are carved from: bump allocation in
// the current chunk (inline), chunk changes out of line.
class FrameStack {
public:
    void* push(size_t bytes)
    {
        bytes = (bytes + 15) & ~size_t {15};
        if (m_top && m_top + bytes <= m_limit) {
            void* memory = m_top;
            m_top += bytes;
            TAIPAN_UNPOISON_MEMORY(memory, bytes);
            return memory;
        }
        return push_slow(bytes);
    }
    void pop(void* memory)
    {
        char* address = static_cast<char*>(memory);
        if (address >= m_base && address < m_limit) {
            TAIPAN_POISON_MEMORY(address, size_t(m_top - address));
            m_top = address;
            return;
        }
        pop_slow(memory);
    }

private:
    void* push_slow(size_t bytes);
    void pop_slow(void* memory);
    void sync_cursor();

    char* m_base = nullptr; // the current chunk's bounds and bump cursor
    char* m_top = nullptr;
    char* m_limit = nullptr;

    struct Chunk {
        std::unique_ptr<char[]> memory;
        size_t size = 0;
        size_t used = 0;
    };
    std::vector<Chunk> m_chunks;
    size_t m_current = 0;
};

// Creates a frame for `code` (its slots null, `locals` as the locals mapping) in
// `memory` (Frame::bytes_for bytes).
Frame* construct_frame(void* memory, CodeObject& code, Dict& globals, Dict* builtins, Value locals);
// A frame for a call of `function`: the function (held by the frame) keeps its code and
// globals alive, so the frame holds no other references.
inline Frame* construct_function_frame(void* memory, FunctionObject& function)
{
    auto* frame = new (memory) Frame;
    CodeObject& code = *function.code;
    frame->code = &code;
    frame->globals = function.globals.get();
    frame->builtins = function.builtins.get();
    frame->function = Ref<>::borrow(Value(&function));
    frame->slot_count = code.unit->local_slot_count;
    frame->stack_capacity = code.unit->stack_size + 1;
    Value* slots = frame->slots();
    for (uint32_t index = 0; index < frame->slot_count; ++index)
        slots[index] = Value {};
    frame->stack_pointer = frame->stack_base();
    return frame;
}
// Releases every reference the frame holds (slots, stack up to stack_pointer).
void destroy_frame(Frame*);

// The frame object for a running or suspended frame (made on first use).
Result<Ref<FrameObject>> frame_object_for(Vm&, Frame&);

// Runs `frame` (already linked as the current frame) until it returns or yields.
// Returns the value returned or yielded; `frame->generator`'s state tells which.
Result<Ref<>> run_frame(Vm&, Frame*);

// Binds call arguments into a new frame's slots (CPython's argument rules and error
// messages). `args` are borrowed.
Result<void> bind_call_arguments(Vm&, FunctionObject&, Frame&, std::span<Value const> args, Tuple* kwnames);

FrameStack& frame_stack(Vm&);

} // namespace taipan
