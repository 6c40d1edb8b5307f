// The builtin exception classes beyond what exception.h declares: their one-time set-up
// from exceptions.def, class tests, the pieces exception.cpp shares with
// exception_group.cpp, and the exception-group operations the interpreter's `except*`
// needs (CPython's _PyEval_ExceptionGroupMatch and _PyExc_PrepReraiseStar).
#pragma once

#include "objects/exception.h"
#include "objects/function.h" // vm.h needs Module complete
#include "objects/native.h"
#include "objects/object.h"
#include "support/result.h"
#include "vm/vm.h"

#include <span>
#include <string_view>
#include <utility>

namespace taipan {

class Vm;
struct List;
struct Str;

// Sets up every class of exceptions.def (called once by runtime_setup.cpp).
void initialize_exception_types(Vm&);

// Is `value` BaseException or one of its subclasses (a class, not an instance)?
bool is_exception_class(Value);

// The builtin class `type` is, or the nearest builtin exception class it derives from.
ExceptionKind nearest_exception_kind(Type const&);

// --- shared by exception.cpp and exception_group.cpp ---

// A new, empty instance of the exception class `type` (native or heap), with the C++
// layout of its nearest builtin base and `args` as its args.
Result<Ref<BaseExceptionObject>> allocate_exception(Vm&, Type& type, Tuple& args);
// BaseException.__init__'s work: the "X() takes no keyword arguments" check, then args.
Result<void> base_exception_initialize(Vm&, Value self, Tuple& args, Value kwargs);
// BaseException.__str__: '' / str(args[0]) / str(args).
Result<Ref<>> base_exception_str_of(Vm&, BaseExceptionObject&);
// The checks of BaseException.__new__'s first argument ("X is not a type object",
// "int is not a subtype of BaseException"); `owner` is the class whose __new__ runs.
Result<Type*> checked_exception_class(Vm&, Value type, Type& owner);
// The attribute setters' type checks, with CPython's messages.
Result<void> set_exception_traceback(Vm&, BaseExceptionObject&, Value traceback);
Result<void> set_exception_cause(Vm&, BaseExceptionObject&, Value cause);
Result<void> set_exception_context(Vm&, BaseExceptionObject&, Value context);
// __notes__ when the exception has one (through its attributes), else null.
Result<Ref<>> exception_notes(Vm&, Value exception);

// BaseExceptionGroup's methods and attributes (exception_group.cpp), for the class table.
extern std::span<NativeMethod const> const base_exception_group_methods;
extern std::span<NativeProperty const> const base_exception_group_properties;

// The exception-group class objects (BaseExceptionGroup, ExceptionGroup).
Type& base_exception_group_type();
Type& exception_group_type();

// --- exception groups ---

// BaseExceptionGroup.split(condition): condition is an exception class, a tuple of
// them, or a predicate; returns (match, rest), either of which may be None.
Result<std::pair<Ref<>, Ref<>>> exception_group_split(Vm&, Value group, Value condition);

// The checks `except* T` makes of T: TypeError "catching classes that do not inherit
// from BaseException is not allowed", or "catching ExceptionGroup with except* is not
// allowed. Use except instead." (a tuple is checked item by item).
Result<void> check_except_star_type(Vm&, Value match_type);

// `except* T` against the exception being handled: (match, rest), each None or an
// exception. A naked exception that matches is wrapped in an ExceptionGroup("", [e])
// without a traceback of its own, as CPython 3.11 makes it. `match_type` must already be checked (a class or
// a tuple of classes, not an ExceptionGroup subclass).
Result<std::pair<Ref<>, Ref<>>> exception_group_match(Vm&, Value exception, Value match_type);

// At the end of a try-except* statement: combines the exceptions raised or re-raised
// by its handlers (`raised`, None items skipped) with the original exception into the
// one to propagate, or None when there is none: re-raised leaves are taken from the
// original group in their original structure, new ones are grouped with them in an
// ExceptionGroup("", [...]).
Result<Ref<>> exception_group_prepare_reraise_star(Vm&, Value original, List& raised);

} // namespace taipan
