// Exception instances: BaseException's attributes (args, __traceback__, __cause__,
// __context__, __suppress_context__, __notes__ in the instance dict) and the extra
// attributes CPython gives some classes (exceptions.def names the layout).
#pragma once

#include "objects/object.h"
#include "objects/type.h"
#include "support/result.h"

#include <span>
#include <string>

namespace taipan {

class Vm;
struct Tuple;
struct Dict;

struct BaseExceptionObject : Object {
    Ref<Tuple> args;
    Ref<> traceback; // a traceback object or null (None)
    Ref<> cause; // __cause__ or null
    Ref<> context; // __context__ or null
    bool suppress_context = false;
    Ref<Dict> dict; // instance attributes, __notes__ among them
};

// StopIteration: value. SystemExit: code. KeyError is Base (its str differs only).
struct StopIterationObject : BaseExceptionObject {
    Ref<> value;
};
struct SystemExitObject : BaseExceptionObject {
    Ref<> code;
};
struct AttributeErrorObject : BaseExceptionObject {
    Ref<> name;
    Ref<> obj;
};
struct NameErrorObject : BaseExceptionObject {
    Ref<> name;
};
struct ImportErrorObject : BaseExceptionObject {
    Ref<> msg;
    Ref<> name;
    Ref<> path;
};
struct OSErrorObject : BaseExceptionObject {
    Ref<> myerrno;
    Ref<> strerror;
    Ref<> filename;
    Ref<> filename2;
    Ref<> winerror;
    Ref<> characters_written;
};
struct SyntaxErrorObject : BaseExceptionObject {
    Ref<> msg;
    Ref<> filename;
    Ref<> lineno;
    Ref<> offset;
    Ref<> text;
    Ref<> end_lineno;
    Ref<> end_offset;
    Ref<> print_file_and_line;
};
struct UnicodeErrorObject : BaseExceptionObject {
    Ref<> encoding;
    Ref<> object;
    Ref<> start;
    Ref<> end;
    Ref<> reason;
};
struct GroupExceptionObject : BaseExceptionObject {
    Ref<> message;
    Ref<> exceptions; // a tuple
};

inline bool is_exception_instance(Value value)
{
    return value.is_object() && value.type()->has_flag(TypeExceptionSubclass);
}

inline BaseExceptionObject& as_exception(Value value)
{
    return *static_cast<BaseExceptionObject*>(value.as_object());
}

// Sets up every class of exceptions.def (static, immortal) once per process; called
// by runtime_setup after the builtin types.
void initialize_exception_types(Vm&);

// type(*args) for an exception class, without going through the generic call.
Result<Ref<>> new_exception(Vm&, Type& type, std::span<Value const> args);
// What BaseException.__new__ makes for `type` (a subclass of a class that has it as
// its own): the instance, its args the `positional` arguments.
Result<Ref<>> new_plain_exception_instance(Vm&, Type& type, std::span<Value const> positional);
// Whether `type` (a builtin class) has BaseException's __new__ and __init__.
bool has_plain_exception_construction(Type const& type);

// Prints an uncaught exception as CPython 3.11's default sys.excepthook does, to
// `out`: "Traceback (most recent call last):", the frames with their source lines and
// ^^^^/~~~^^^ markers, the chained __cause__/__context__ with their separator lines,
// exception groups as a tree, notes, and the final "Type: message" line (SyntaxError
// with its caret line).
Result<void> print_exception(Vm&, Value exception, std::string& out);

} // namespace taipan
