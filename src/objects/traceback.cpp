// Traceback objects (tb_next, tb_frame, tb_lasti, tb_lineno) and the Python-visible
// attributes of frame objects (f_code, f_globals, f_locals, f_lineno, f_back, f_lasti).
// The interpreter makes frame objects (frame_object_for) and fills them; a frame that
// is still running is read through its live interpreter Frame.
#include "objects/traceback.h"

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/native.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/frame.h"
#include "vm/vm.h"

#include <cstdio>
#include <string>

namespace taipan {

SourcePosition code_position(CodeObject const& code, uint32_t index)
{
    if (!code.unit || index >= code.unit->positions.size())
        return {};
    return code.unit->positions[index];
}

namespace {

    TracebackObject& as_traceback(Value value)
    {
        return *static_cast<TracebackObject*>(value.as_object());
    }
    FrameObject& as_frame(Value value)
    {
        return *static_cast<FrameObject*>(value.as_object());
    }

    bool is_traceback(Value value)
    {
        return value.is_object() && is_instance_of(value, traceback_type);
    }
    bool is_frame(Value value)
    {
        return value.is_object() && is_instance_of(value, frame_type);
    }

    // --- traceback ---

    int traceback_line(TracebackObject const& traceback)
    {
        if (traceback.line_number >= 0)
            return traceback.line_number;
        if (!traceback.frame || !traceback.frame->code)
            return -1;
        return code_position(*traceback.frame->code, traceback.last_instruction).lineno;
    }

    Result<Ref<>> traceback_new(Vm& vm, Args args)
    {
        Value next = args[1], frame = args[2], lasti = args[3], lineno = args[4];
        if (!is_none(next) && !is_traceback(next))
            return vm.raise(ExceptionKind::TypeError,
                "TracebackType() argument 'tb_next' must be traceback or None, not " + type_name(next));
        if (!is_frame(frame))
            return vm.raise(ExceptionKind::TypeError,
                "TracebackType() argument 'tb_frame' must be frame, not " + type_name(frame));
        int64_t last_instruction = TRY(index_as_int64(vm, lasti));
        int64_t line = TRY(index_as_int64(vm, lineno));
        Ref<TracebackObject> made = TRY(make_object<TracebackObject>(vm, traceback_type, 0));
        made->next = is_none(next) ? Ref<>() : ref(next);
        made->frame = ref(&as_frame(frame));
        made->last_instruction = uint32_t(last_instruction);
        made->line_number = int(line);
        return Ref<>(std::move(made));
    }

    Result<Ref<>> get_tb_next(Vm&, Value self)
    {
        TracebackObject& traceback = as_traceback(self);
        return traceback.next ? traceback.next : new_none();
    }

    Result<void> set_tb_next(Vm& vm, Value self, Value value)
    {
        if (value.is_null())
            return vm.raise(ExceptionKind::TypeError, "can't delete tb_next attribute");
        if (is_none(value)) {
            as_traceback(self).next = nullptr;
            return {};
        }
        if (!is_traceback(value))
            return vm.raise(
                ExceptionKind::TypeError, "expected traceback object, got '" + type_name(value) + "'");
        for (Value walk = value; walk && !is_none(walk); walk = as_traceback(walk).next.value())
            if (walk.is(self))
                return vm.raise(ExceptionKind::ValueError, "traceback loop detected");
        as_traceback(self).next = ref(value);
        return {};
    }

    Result<Ref<>> get_tb_frame(Vm&, Value self)
    {
        TracebackObject& traceback = as_traceback(self);
        return traceback.frame ? Ref<>(traceback.frame) : new_none();
    }

    // CPython counts f_lasti/tb_lasti in bytes of 2-byte code units.
    Result<Ref<>> get_tb_lasti(Vm&, Value self)
    {
        return new_int(int64_t(as_traceback(self).last_instruction) * 2);
    }

    Result<Ref<>> get_tb_lineno(Vm&, Value self)
    {
        int line = traceback_line(as_traceback(self));
        return line < 0 ? new_none() : new_int(line);
    }

    Result<void> set_read_only(Vm& vm, Value, Value)
    {
        return vm.raise(ExceptionKind::AttributeError, "readonly attribute");
    }

    void traceback_destruct(Object* object)
    {
        static_cast<TracebackObject*>(object)->~TracebackObject();
    }

    void traceback_traverse(Object* object, VisitFunction visit, void* context)
    {
        auto& traceback = *static_cast<TracebackObject*>(object);
        if (traceback.next)
            visit(traceback.next.value(), context);
        if (traceback.frame)
            visit(traceback.frame.value(), context);
    }

    void traceback_clear(Object* object)
    {
        auto& traceback = *static_cast<TracebackObject*>(object);
        Ref<> next = std::move(traceback.next);
        Ref<FrameObject> frame = std::move(traceback.frame);
    }

    constexpr NativeMethod traceback_methods[] = {
        {"__new__($type, tb_next, tb_frame, tb_lasti, tb_lineno)", traceback_new, MethodKind::Static},
    };

    constexpr NativeProperty traceback_properties[] = {
        {"tb_next", get_tb_next, set_tb_next},
        {"tb_frame", get_tb_frame, set_read_only},
        {"tb_lasti", get_tb_lasti, set_read_only},
        {"tb_lineno", get_tb_lineno, set_read_only},
    };

    // --- frame ---

    // The code-word index of the instruction the frame runs (or ran last).
    uint32_t frame_instruction(FrameObject const& frame)
    {
        return frame.frame ? frame.frame->last_instruction : frame.last_instruction;
    }

    Result<Ref<>> get_f_code(Vm&, Value self)
    {
        FrameObject& frame = as_frame(self);
        return frame.code ? Ref<>(frame.code) : new_none();
    }

    Result<Ref<>> get_f_globals(Vm&, Value self)
    {
        FrameObject& frame = as_frame(self);
        return frame.globals ? Ref<>(frame.globals) : new_none();
    }

    Result<Ref<>> get_f_builtins(Vm& vm, Value self)
    {
        FrameObject& frame = as_frame(self);
        if (frame.frame && frame.frame->builtins)
            return ref(Value(frame.frame->builtins));
        return ref(Value(&vm.builtins()));
    }

    // Copies a function frame's fast locals and cells into `locals`, as CPython's
    // PyFrame_FastToLocals: bound names are set (cells read through), unbound ones
    // removed, and other keys (names exec() added) kept.
    Result<void> fast_locals_to_dict(Vm& vm, Frame& frame, Dict& locals)
    {
        CodeUnit const& unit = *frame.code->unit;
        Value* slots = frame.slots();
        auto read = [&](uint32_t slot, bool is_cell) -> Value {
            Value value = slots[slot];
            if (is_cell && value && value.type() == &cell_type)
                return static_cast<CellObject*>(value.as_object())->contents.value();
            return value;
        };
        auto is_cell_slot = [&](uint32_t slot) {
            for (uint32_t cell_slot : unit.cell_slots)
                if (cell_slot == slot)
                    return true;
            return false;
        };
        auto store = [&](std::string const& name, Value value) -> Result<void> {
            if (value)
                return dict_set_str(vm, locals, name, value);
            TRY(dict_delete_item(vm, locals, Value(vm.intern(name).get())));
            return {};
        };
        for (uint32_t index = 0; index < unit.varnames.size(); ++index)
            TRY(store(unit.varnames[index], read(index, is_cell_slot(index))));
        for (size_t index = 0; index < unit.cell_names.size(); ++index) {
            uint32_t slot = unit.cell_slots[index];
            if (slot < unit.varnames.size())
                continue;
            TRY(store(unit.cell_names[index], read(slot, true)));
        }
        uint32_t first_free = unit.local_slot_count - uint32_t(unit.free_names.size());
        for (size_t index = 0; index < unit.free_names.size(); ++index)
            TRY(store(unit.free_names[index], read(first_free + uint32_t(index), true)));
        return {};
    }

    Result<Ref<>> get_f_locals(Vm& vm, Value self)
    {
        FrameObject& frame = as_frame(self);
        if (frame.frame)
            return frame_fast_locals(vm, *frame.frame);
        if (frame.locals)
            return frame.locals;
        frame.locals = Ref<>(TRY(new_dict(vm)));
        return frame.locals;
    }

    Result<Ref<>> get_f_lineno(Vm&, Value self)
    {
        FrameObject& frame = as_frame(self);
        if (!frame.code)
            return new_none();
        int line = code_position(*frame.code, frame_instruction(frame)).lineno;
        return line < 0 ? new_none() : new_int(line);
    }

    Result<Ref<>> get_f_lasti(Vm&, Value self)
    {
        return new_int(int64_t(frame_instruction(as_frame(self))) * 2);
    }

    Result<Ref<>> get_f_back(Vm& vm, Value self)
    {
        FrameObject& frame = as_frame(self);
        if (frame.frame && frame.frame->previous && !frame.back) {
            Ref<FrameObject> back = TRY(frame_object_for(vm, *frame.frame->previous));
            return Ref<>(std::move(back));
        }
        return frame.back ? frame.back : new_none();
    }

    Result<Ref<>> get_f_trace(Vm&, Value)
    {
        return new_none();
    }
    Result<void> set_f_trace(Vm&, Value, Value)
    {
        return {};
    }
    Result<Ref<>> get_f_trace_lines(Vm&, Value)
    {
        return new_bool(true);
    }
    Result<Ref<>> get_f_trace_opcodes(Vm&, Value)
    {
        return new_bool(false);
    }

    Result<Ref<>> frame_repr(Vm& vm, Args args)
    {
        FrameObject& frame = as_frame(args[0]);
        char address[32];
        std::snprintf(address, sizeof address, "%p", static_cast<void*>(&frame));
        std::string text = std::string("<frame at ") + address;
        if (frame.code) {
            std::string filename = frame.code->filename ? TRY(repr_utf8(vm, frame.code->filename)) : "None";
            int line = code_position(*frame.code, frame_instruction(frame)).lineno;
            text += ", file " + filename + ", line " + std::to_string(line) + ", code "
                + (frame.code->name ? str_to_utf8(*frame.code->name) : std::string("?"));
        }
        text += ">";
        return Ref<>(TRY(new_str(vm, text)));
    }

    Result<Ref<>> frame_clear(Vm& vm, Args args)
    {
        FrameObject& frame = as_frame(args[0]);
        if (frame.frame)
            return vm.raise(ExceptionKind::RuntimeError, "cannot clear an executing frame");
        frame.locals = nullptr;
        return new_none();
    }

    void frame_destruct(Object* object)
    {
        static_cast<FrameObject*>(object)->~FrameObject();
    }

    void frame_traverse(Object* object, VisitFunction visit, void* context)
    {
        auto& frame = *static_cast<FrameObject*>(object);
        if (frame.code)
            visit(frame.code.value(), context);
        if (frame.globals)
            visit(frame.globals.value(), context);
        if (frame.locals)
            visit(frame.locals.value(), context);
        if (frame.back)
            visit(frame.back.value(), context);
    }

    void frame_clear_references(Object* object)
    {
        auto& frame = *static_cast<FrameObject*>(object);
        Ref<> locals = std::move(frame.locals);
        Ref<> back = std::move(frame.back);
        Ref<Dict> globals = std::move(frame.globals);
    }

    constexpr NativeMethod frame_methods[] = {
        {"__repr__($self, /)", frame_repr},
        {"clear($self, /)", frame_clear},
    };

    constexpr NativeProperty frame_properties[] = {
        {"f_code", get_f_code},
        {"f_globals", get_f_globals},
        {"f_builtins", get_f_builtins},
        {"f_locals", get_f_locals},
        {"f_lineno", get_f_lineno},
        {"f_lasti", get_f_lasti},
        {"f_back", get_f_back},
        {"f_trace", get_f_trace, set_f_trace},
        {"f_trace_lines", get_f_trace_lines},
        {"f_trace_opcodes", get_f_trace_opcodes},
    };

} // namespace

Result<Ref<>> frame_fast_locals(Vm& vm, Frame& frame)
{
    if (frame.locals)
        return frame.locals;
    Ref<FrameObject> frame_object = TRY(frame_object_for(vm, frame));
    if (!frame_object->locals)
        frame_object->locals = Ref<>(TRY(new_dict(vm)));
    TRY(fast_locals_to_dict(vm, frame, as_dict(frame_object->locals)));
    return frame_object->locals;
}

Result<Ref<TracebackObject>> new_traceback(Vm& vm, Value next, FrameObject& frame, uint32_t last_instruction)
{
    Ref<TracebackObject> made = TRY(make_object<TracebackObject>(vm, traceback_type, 0));
    made->next = next && !is_none(next) ? ref(next) : Ref<>();
    made->frame = ref(&frame);
    made->last_instruction = last_instruction;
    made->line_number = frame.code ? code_position(*frame.code, last_instruction).lineno : -1;
    return made;
}

Type traceback_type;
extern TypeSpec const traceback_type_spec;
TypeSpec const traceback_type_spec = {
    .name = "traceback",
    .instance_size = sizeof(TracebackObject),
    .flags = TypeHasGc,
    .doc = "TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)\n--\n\nCreate a new traceback object.",
    .methods = traceback_methods,
    .properties = traceback_properties,
    .destruct = traceback_destruct,
    .traverse = traceback_traverse,
    .clear = traceback_clear,
};

Type frame_type;
extern TypeSpec const frame_type_spec;
TypeSpec const frame_type_spec = {
    .name = "frame",
    .instance_size = sizeof(FrameObject),
    .flags = TypeHasGc | TypeDisallowInstantiation,
    .methods = frame_methods,
    .properties = frame_properties,
    .destruct = frame_destruct,
    .traverse = frame_traverse,
    .clear = frame_clear_references,
};

} // namespace taipan
