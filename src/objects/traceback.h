// Frame objects (the Python view of an interpreter frame, made only when Python code
// or a traceback asks) and traceback objects (one per frame an exception passed
// through, linked innermost last, as CPython's tb_next chain).
#pragma once

#include "objects/function.h"
#include "objects/object.h"
#include "objects/type.h"
#include "support/result.h"

namespace taipan {

struct Frame;

struct FrameObject : Object {
    // The live interpreter frame while it runs; null once it has returned (the fields
    // below then keep what Python can still read).
    Frame* frame = nullptr;
    Ref<CodeObject> code;
    Ref<Dict> globals;
    Ref<> locals; // materialised f_locals (module/class frames: their namespace)
    Ref<> back; // f_back frame object or null, filled when read
    uint32_t last_instruction = 0; // f_lasti as a code-word index
};

struct TracebackObject : Object {
    Ref<> next; // tb_next: the next deeper traceback or null
    Ref<FrameObject> frame; // tb_frame
    uint32_t last_instruction = 0; // the code-word index of the instruction that raised
    int line_number = -1; // tb_lineno (-1: None)
};

// The source position of instruction `index` of `code` (positions table).
SourcePosition code_position(CodeObject const&, uint32_t index);

// locals() and f_locals of a running frame: a module or class body's namespace, or
// for a function the one dict its frame object keeps, refreshed from the fast locals
// at each call (so names exec() stored there stay, as in CPython).
Result<Ref<>> frame_fast_locals(Vm&, Frame&);

Result<Ref<TracebackObject>> new_traceback(Vm&, Value next, FrameObject& frame, uint32_t last_instruction);

} // namespace taipan
