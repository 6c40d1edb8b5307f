// Behaviour shared by the builtin sequences: rich comparison, repr with recursion
// detection, index/count, index arguments. See sequence.h.
#include "objects/sequence.h"

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/vm.h"

#include <algorithm>
#include <limits>
#include <string>
#include <vector>

namespace taipan {

namespace {

    // The objects whose repr is in progress on this thread. Short (the nesting depth of
    // containers being printed), so a vector searched from the end is enough.
    thread_local std::vector<Object*> t_repr_in_progress;

    // Nesting of container deallocations on this thread, and the references deferred
    // past the limit.
    constexpr int release_depth_limit = 500;
    thread_local int t_release_depth = 0;
    thread_local std::vector<Value> t_deferred_releases;

} // namespace

void release_item(Value item)
{
    if (!item.is_object())
        return;
    Object* object = item.as_object();
    if (t_release_depth >= release_depth_limit && object->refcount == 1) {
        t_deferred_releases.push_back(item);
        return;
    }
    ++t_release_depth;
    decref(object);
    --t_release_depth;
    if (t_release_depth != 0)
        return;
    while (!t_deferred_releases.empty()) {
        Value deferred = t_deferred_releases.back();
        t_deferred_releases.pop_back();
        ++t_release_depth;
        decref(deferred);
        --t_release_depth;
    }
}

bool repr_enter(Object* object)
{
    auto& stack = t_repr_in_progress;
    if (std::find(stack.rbegin(), stack.rend(), object) != stack.rend())
        return false;
    stack.push_back(object);
    return true;
}

void repr_leave(Object* object)
{
    auto& stack = t_repr_in_progress;
    auto found = std::find(stack.rbegin(), stack.rend(), object);
    if (found != stack.rend())
        stack.erase(std::next(found).base());
}

Result<Ref<>> sequence_rich_compare(
    Vm& vm, Value left, Value right, SequenceItemsGetter items_of, ComparisonOperator op)
{
    SequenceItems left_items = items_of(left);
    SequenceItems right_items = items_of(right);
    if (left_items.size != right_items.size
        && (op == ComparisonOperator::Equal || op == ComparisonOperator::NotEqual))
        return new_bool(op == ComparisonOperator::NotEqual);
    // Search for the first index where the items differ. The sizes are read again at
    // each step: an __eq__ may shrink a list.
    int64_t index = 0;
    for (;; ++index) {
        left_items = items_of(left);
        right_items = items_of(right);
        if (index >= left_items.size || index >= right_items.size)
            break;
        Value left_item = left_items.items[index];
        Value right_item = right_items.items[index];
        if (left_item.is(right_item))
            continue;
        Ref<> keep_left = ref(left_item);
        Ref<> keep_right = ref(right_item);
        bool same = TRY(equal(vm, left_item, right_item));
        if (!same)
            break;
    }
    left_items = items_of(left);
    right_items = items_of(right);
    if (index >= left_items.size || index >= right_items.size) {
        int64_t a = left_items.size;
        int64_t b = right_items.size;
        bool result = false;
        switch (op) {
        case ComparisonOperator::Less:
            result = a < b;
            break;
        case ComparisonOperator::LessEqual:
            result = a <= b;
            break;
        case ComparisonOperator::Equal:
            result = a == b;
            break;
        case ComparisonOperator::NotEqual:
            result = a != b;
            break;
        case ComparisonOperator::Greater:
            result = a > b;
            break;
        case ComparisonOperator::GreaterEqual:
            result = a >= b;
            break;
        }
        return new_bool(result);
    }
    if (op == ComparisonOperator::Equal)
        return new_bool(false);
    if (op == ComparisonOperator::NotEqual)
        return new_bool(true);
    Ref<> left_item = ref(left_items.items[index]);
    Ref<> right_item = ref(right_items.items[index]);
    return rich_compare(vm, left_item, right_item, op);
}

Result<Ref<Str>> sequence_repr(Vm& vm, Value sequence, SequenceItemsGetter items_of, char const* open,
    char const* close, bool one_item_comma, char const* recursive_text)
{
    if (items_of(sequence).size == 0) {
        std::string empty = std::string(open) + close;
        return new_str(vm, empty);
    }
    Object* object = sequence.as_object();
    if (!repr_enter(object))
        return new_str(vm, recursive_text);
    StrBuilder builder;
    builder.append_ascii(open);
    int64_t index = 0;
    for (; index < items_of(sequence).size; ++index) {
        if (index > 0)
            builder.append_ascii(", ");
        // repr() may run code that changes a list: keep the item alive meanwhile.
        Ref<> item = ref(items_of(sequence).items[index]);
        auto text = repr(vm, item);
        if (text.is_error()) {
            repr_leave(object);
            return Failure {text.release_error()};
        }
        builder.append(*text.value());
    }
    if (one_item_comma && index == 1)
        builder.append_ascii(",");
    builder.append_ascii(close);
    repr_leave(object);
    return builder.build(vm);
}

Result<int64_t> sequence_find(
    Vm& vm, Value sequence, SequenceItemsGetter items_of, Value item, int64_t start, int64_t stop)
{
    for (int64_t index = start; index < stop; ++index) {
        SequenceItems items = items_of(sequence);
        if (index >= items.size)
            break;
        Value candidate = items.items[index];
        if (candidate.is(item))
            return index;
        // __eq__ may change the sequence: the candidate is held while it runs.
        Ref<> held = ref(candidate);
        bool same = TRY(equal(vm, candidate, item));
        if (same)
            return index;
    }
    return int64_t {-1};
}

Result<int64_t> sequence_count(Vm& vm, Value sequence, SequenceItemsGetter items_of, Value item)
{
    int64_t count = 0;
    for (int64_t index = 0; index < items_of(sequence).size; ++index) {
        Value candidate = items_of(sequence).items[index];
        if (candidate.is(item)) {
            ++count;
            continue;
        }
        // __eq__ may change the sequence: the candidate is held while it runs.
        Ref<> held = ref(candidate);
        bool same = TRY(equal(vm, candidate, item));
        if (same)
            ++count;
    }
    return count;
}

bool sequence_defers_to(Value other, SpecialMethod reflected)
{
    return other.type()->is_heap() && !other.type()->lookup_special(reflected).is_null();
}

Raised raise_cannot_concatenate(Vm& vm, char const* type, Value other)
{
    return vm.raise(ExceptionKind::TypeError,
        std::string("can only concatenate ") + type + " (not \"" + type_name(other) + "\") to " + type);
}

Raised raise_cannot_multiply(Vm& vm, Value count)
{
    return vm.raise(
        ExceptionKind::TypeError, "can't multiply sequence by non-int of type '" + type_name(count) + "'");
}

bool has_index(Value value)
{
    return is_int(value) || !value.type()->lookup_special(SpecialMethod::Index).is_null();
}

Result<int64_t> index_to_int64(Vm& vm, Value value, IndexOverflow overflow)
{
    if (value.is_small_int())
        return value.as_small_int();
    Ref<> index = TRY(number_index(vm, value));
    if (auto fits = int_to_int64(index))
        return *fits;
    switch (overflow) {
    case IndexOverflow::IndexError:
        return vm.raise(ExceptionKind::IndexError, "cannot fit 'int' into an index-sized integer");
    case IndexOverflow::OverflowError:
        return vm.raise(ExceptionKind::OverflowError, "cannot fit 'int' into an index-sized integer");
    case IndexOverflow::SsizeOverflow:
        return vm.raise(ExceptionKind::OverflowError, "Python int too large to convert to C ssize_t");
    case IndexOverflow::Clamp:
        break;
    }
    return int_sign(index) < 0 ? std::numeric_limits<int64_t>::min() : std::numeric_limits<int64_t>::max();
}

Result<void> clamp_index_arguments(
    Vm& vm, Value start, Value stop, int64_t size, int64_t& start_out, int64_t& stop_out)
{
    auto convert = [&](Value value, int64_t default_value) -> Result<int64_t> {
        if (value.is_null())
            return default_value;
        if (!has_index(value))
            return vm.raise(
                ExceptionKind::TypeError, "slice indices must be integers or have an __index__ method");
        int64_t index = TRY(index_to_int64(vm, value, IndexOverflow::Clamp));
        if (index < 0) {
            index += size;
            if (index < 0)
                index = 0;
        } else if (index > size) {
            index = size;
        }
        return index;
    };
    start_out = TRY(convert(start, 0));
    stop_out = TRY(convert(stop, size));
    return {};
}

Result<Ref<>> reduce_as_iter(Vm& vm, Value iterable)
{
    Value iter_function = TRY(dict_get_str(vm, vm.builtins(), *vm.intern("iter")));
    Ref<Tuple> arguments = TRY(new_tuple(vm, {iterable}));
    Ref<Tuple> result = TRY(new_tuple(vm, {iter_function, arguments.value()}));
    return Ref<>(std::move(result));
}

Result<Type*> new_type_argument(Vm& vm, Value type_value, Type& base)
{
    if (!type_value.is_object() || !is_subtype(type_value.type(), &type_type))
        return vm.raise(ExceptionKind::TypeError,
            base.name + ".__new__(X): X is not a type object (" + type_name(type_value) + ")");
    Type* type = static_cast<Type*>(type_value.as_object());
    if (!is_subtype(type, &base))
        return vm.raise(ExceptionKind::TypeError,
            base.name + ".__new__(" + type->name + "): " + type->name + " is not a subtype of " + base.name);
    return type;
}

} // namespace taipan
