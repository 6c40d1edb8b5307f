// The interpreter's out-of-line helpers: the slow paths of instructions that are too
// long to inline in the dispatch loop (unpacking, pattern matching, imports, raise,
// f-string formatting, name lookups in class and module bodies).
#pragma once

#include "objects/object.h"
#include "support/result.h"
#include "vm/frame.h"
#include "vm/vm.h"

#include <span>
#include <string>

namespace taipan {

class Vm;
struct Str;
struct Tuple;

// UnpackSequence: `out` receives the items in stack order (last item first).
Result<void> unpack_sequence(Vm&, Value sequence, uint32_t count, Value* out);
// UnpackEx: before | (after << 8); `out` receives after + 1 + before values in stack
// order.
Result<void> unpack_extended(Vm&, Value sequence, uint32_t before, uint32_t after, Value* out);

Result<Ref<>> format_value(Vm&, Value value, uint32_t conversion, Value spec);
// BuildString: the concatenation of the f-string's pieces (all strs).
Result<Ref<Str>> concatenate_strs(Vm&, std::span<Value const> pieces);
// GetANext: the iterator of the awaitable `iterator.__anext__()` returns.
Result<Ref<>> async_for_next_awaitable(Vm&, Value iterator);

// raise exc [from cause]: makes the exception pending.
Result<void> raise_with_cause(Vm&, Value exception, Value cause, bool has_cause);
// CheckExcMatch's check of the `except` clause's class.
Result<bool> exception_matches(Vm&, Value exception, Value match_type);
// except*: [exc, type] → (rest, match)
Result<std::pair<Ref<>, Ref<>>> exception_group_match(Vm&, Value exception, Value match_type);
Result<Ref<>> prepare_reraise_star(Vm&, Value original, Value raised_list);

Result<Ref<>> load_name(Vm&, Frame&, Str& name);
Result<Ref<>> load_global(Vm&, Frame&, Str& name);
Raised raise_name_error(Vm&, Str& name);
Raised raise_unbound_local(Vm&, Str& name);
Raised raise_unbound_free(Vm&, Str& name);

Result<Ref<>> import_name(Vm&, Frame&, Str& name, Value fromlist, Value level);
Result<Ref<>> import_from(Vm&, Value module, Str& name);
Result<void> import_star(Vm&, Frame&, Value module);

Result<Ref<>> match_class(Vm&, Value subject, Value type, uint32_t positional_count, Tuple& keyword_names);
Result<Ref<>> match_keys(Vm&, Value subject, Tuple& keys);

// BeforeWith / BeforeAsyncWith: (bound exit, enter result).
Result<std::pair<Ref<>, Ref<>>> enter_context(Vm&, Value manager, bool is_async);

// Resumes a `yield from`/`await` delegate that is not a generator: __next__ for None,
// its send method otherwise. Exhaustion stays a pending StopIteration, whose value
// the caller takes (iter_next would drop it: an asend object returns that way).
Result<Ref<>> send_to_delegate(Vm&, Value receiver, Value value);

// How CPython names a callable in call errors: "__main__.f()", "len()",
// "A.method()", or "'int' object" (_PyObject_FunctionStr).
std::string function_description(Vm&, Value callable);

// MakeFunction.
Result<Ref<>> make_function(
    Vm&, Frame&, Value code, Value defaults, Value kwdefaults, Value annotations, Value closure);

// sys.displayhook(value) for interactive code.
Result<void> print_expression(Vm&, Value value);

} // namespace taipan
