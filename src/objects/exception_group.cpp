// BaseExceptionGroup and ExceptionGroup (PEP 654): construction rules (which class a
// group becomes, what it may nest), message/exceptions, derive, split and subgroup,
// and the two operations `except*` needs: matching a handler's type against the
// exception being handled, and merging what the handlers raised at the end.
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/exception_types.h"
#include "objects/function.h"
#include "objects/generic_alias.h"
#include "objects/list.h"
#include "objects/native.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/vm.h"

#include <span>
#include <string>
#include <unordered_set>

namespace taipan {

namespace {

    GroupExceptionObject& as_group(Value value)
    {
        return *static_cast<GroupExceptionObject*>(value.as_object());
    }

    bool is_group(Value value)
    {
        return value.is_object() && is_subtype(value.type(), &base_exception_group_type());
    }

    // PySequence_Check: indexable and not a mapping.
    bool is_sequence(Value value)
    {
        return !value.is_small_int() && value.type()->lookup_special(SpecialMethod::GetItem)
            && !is_dict(value);
    }

    Result<Ref<Tuple>> tuple_of(Vm& vm, Value iterable)
    {
        if (is_exact_tuple(iterable))
            return ref(&as_tuple(iterable));
        Ref<List> items = TRY(list_from_iterable(vm, iterable));
        return new_tuple(vm, items->span());
    }

    // --- construction ---

    Result<Ref<>> group_new(Vm& vm, Args args)
    {
        Type* type = TRY(checked_exception_class(vm, args[0], base_exception_group_type()));
        Tuple& positional = as_tuple(args[1]);
        if (positional.size != 2)
            return vm.raise(ExceptionKind::TypeError,
                "BaseExceptionGroup.__new__() takes exactly 2 arguments (" + std::to_string(positional.size)
                    + " given)");
        Value message = positional[0];
        Value exceptions = positional[1];
        if (!is_str(message))
            return vm.raise(ExceptionKind::TypeError,
                "BaseExceptionGroup.__new__() argument 1 must be str, not " + type_name(message));
        if (!is_sequence(exceptions))
            return vm.raise(ExceptionKind::TypeError, "second argument (exceptions) must be a sequence");
        Ref<Tuple> items = TRY(tuple_of(vm, exceptions));
        if (items->size == 0)
            return vm.raise(
                ExceptionKind::ValueError, "second argument (exceptions) must be a non-empty sequence");
        bool nests_base_exceptions = false;
        for (int64_t index = 0; index < items->size; ++index) {
            Value item = (*items)[index];
            if (!is_exception_instance(item))
                return vm.raise(ExceptionKind::ValueError,
                    "Item " + std::to_string(index) + " of second argument (exceptions) is not an exception");
            if (!is_instance_of(item, exception_type(ExceptionKind::Exception)))
                nests_base_exceptions = true;
        }
        if (type == &base_exception_group_type()) {
            // CPython: BaseExceptionGroup(...) of Exceptions only is an ExceptionGroup.
            if (!nests_base_exceptions)
                type = &exception_group_type();
        } else if (type == &exception_group_type()) {
            if (nests_base_exceptions)
                return vm.raise(ExceptionKind::TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
        } else if (nests_base_exceptions && is_subtype(type, &exception_type(ExceptionKind::Exception))) {
            return vm.raise(ExceptionKind::TypeError, "Cannot nest BaseExceptions in '" + type->name + "'");
        }
        Ref<BaseExceptionObject> self = TRY(allocate_exception(vm, *type, positional));
        auto& group = static_cast<GroupExceptionObject&>(*self);
        group.message = ref(message);
        group.exceptions = std::move(items);
        return Ref<>(std::move(self));
    }

    Result<Ref<>> group_init(Vm& vm, Args args)
    {
        TRY(base_exception_initialize(vm, args[0], as_tuple(args[1]), args[2]));
        return new_none();
    }

    Result<Ref<>> group_str(Vm& vm, Args args)
    {
        GroupExceptionObject& self = as_group(args[0]);
        std::string text = self.message ? TRY(str_utf8(vm, self.message)) : std::string("None");
        int64_t count = self.exceptions && is_tuple(self.exceptions) ? as_tuple(self.exceptions).size : 0;
        text += " (" + std::to_string(count) + " sub-exception" + (count == 1 ? ")" : "s)");
        return Ref<>(TRY(new_str(vm, text)));
    }

    Result<Ref<>> group_derive(Vm& vm, Args args)
    {
        GroupExceptionObject& self = as_group(args[0]);
        Value message = self.message ? self.message.value() : none();
        return call(vm, Value(&base_exception_group_type()), {message, args[1]});
    }

    // --- split and subgroup ---

    enum class MatcherKind { Type, Predicate, InstanceIds };

    struct Matcher {
        MatcherKind kind;
        Value value; // the class / tuple of classes, or the predicate
        std::unordered_set<Object*> const* ids = nullptr;
    };

    Result<Matcher> matcher_for(Vm& vm, Value condition)
    {
        if (is_callable(condition) && !is_instance_of(condition, type_type))
            return Matcher {MatcherKind::Predicate, condition};
        if (is_exception_class(condition))
            return Matcher {MatcherKind::Type, condition};
        if (is_tuple(condition)) {
            bool all_classes = true;
            for (Value item : as_tuple(condition).span())
                all_classes = all_classes && is_exception_class(item);
            if (all_classes)
                return Matcher {MatcherKind::Type, condition};
        }
        return vm.raise(
            ExceptionKind::TypeError, "expected a function, exception type or tuple of exception types");
    }

    // PyErr_GivenExceptionMatches for an instance: a class or a tuple of classes (nested
    // tuples included), compared by subclassing.
    bool exception_matches(Value exception, Value classes)
    {
        if (is_tuple(classes)) {
            for (Value item : as_tuple(classes).span())
                if (exception_matches(exception, item))
                    return true;
            return false;
        }
        if (!is_exception_class(classes))
            return false;
        return is_subtype(exception.type(), static_cast<Type*>(classes.as_object()));
    }

    Result<bool> matches(Vm& vm, Value exception, Matcher const& matcher)
    {
        switch (matcher.kind) {
        case MatcherKind::Type:
            return exception_matches(exception, matcher.value);
        case MatcherKind::Predicate: {
            Ref<> verdict = TRY(call(vm, matcher.value, {exception}));
            return is_true(vm, verdict);
        }
        case MatcherKind::InstanceIds:
            return matcher.ids->count(exception.as_object()) > 0;
        }
        return false;
    }

    // The part of `original` made of `exceptions` (a list), or null when it is empty: made
    // by original.derive(exceptions), with the original's traceback, cause, context and a
    // copy of its notes.
    Result<Ref<>> group_subset(Vm& vm, Value original, List& exceptions)
    {
        if (exceptions.size == 0)
            return Ref<>();
        Value argument = Value(&exceptions);
        Ref<> derived = TRY(call_method(vm, original, "derive", {&argument, 1}));
        if (!is_group(derived))
            return vm.raise(ExceptionKind::TypeError, "derive must return an instance of BaseExceptionGroup");
        BaseExceptionObject& source = as_exception(original);
        BaseExceptionObject& target = as_exception(derived);
        target.traceback = source.traceback;
        // CPython copies cause and context through their setters, so the part always has
        // __suppress_context__ set (its context is not printed).
        target.context = source.context;
        target.cause = source.cause;
        target.suppress_context = true;
        Ref<> notes = TRY(exception_notes(vm, original));
        if (notes && is_sequence(notes)) {
            Ref<List> copy = TRY(list_from_iterable(vm, notes));
            TRY(set_attribute(vm, derived, *vm.intern("__notes__"), copy));
        }
        return derived;
    }

    struct SplitResult {
        Ref<> match;
        Ref<> rest;
    };

    Result<void> split_recursive(
        Vm& vm, Value exception, Matcher const& matcher, bool construct_rest, SplitResult& out)
    {
        if (TRY(matches(vm, exception, matcher))) {
            out.match = ref(exception);
            return {};
        }
        if (!is_group(exception)) {
            if (construct_rest)
                out.rest = ref(exception);
            return {};
        }
        Ref<List> match_list = TRY(new_list(vm));
        Ref<List> rest_list = TRY(new_list(vm));
        // A snapshot: derive() and predicates are Python code.
        Ref<> members = as_group(exception).exceptions;
        if (members && is_tuple(members)) {
            for (Value member : as_tuple(members).span()) {
                TRY(vm.enter_recursive_call(" in split_recursive"));
                SplitResult part;
                auto result = split_recursive(vm, member, matcher, construct_rest, part);
                vm.leave_recursive_call();
                TRY(std::move(result));
                if (part.match)
                    TRY(list_append(vm, *match_list, part.match));
                if (part.rest)
                    TRY(list_append(vm, *rest_list, part.rest));
            }
        }
        out.match = TRY(group_subset(vm, exception, *match_list));
        if (construct_rest)
            out.rest = TRY(group_subset(vm, exception, *rest_list));
        return {};
    }

    Ref<> or_none(Ref<> value)
    {
        return value ? std::move(value) : new_none();
    }

    Result<Ref<>> group_split(Vm& vm, Args args)
    {
        auto [match, rest] = TRY(exception_group_split(vm, args[0], args[1]));
        return Ref<>(TRY(new_tuple(vm, {match, rest})));
    }

    Result<Ref<>> group_subgroup(Vm& vm, Args args)
    {
        Matcher matcher = TRY(matcher_for(vm, args[1]));
        SplitResult result;
        TRY(split_recursive(vm, args[0], matcher, false, result));
        return or_none(std::move(result.match));
    }

    Result<Ref<>> get_message(Vm&, Value self)
    {
        return or_none(as_group(self).message);
    }
    Result<Ref<>> get_exceptions(Vm&, Value self)
    {
        return or_none(as_group(self).exceptions);
    }
    Result<void> set_read_only(Vm& vm, Value, Value)
    {
        return vm.raise(ExceptionKind::AttributeError, "readonly attribute");
    }

    constexpr NativeMethod group_methods[] = {
        {"__new__($type, *args, **kwargs)", group_new, MethodKind::Static},
        {"__str__($self, /)", group_str},
        {"__init__($self, /, *args, **kwargs)", group_init},
        {"__class_getitem__($type, item, /)", generic_class_getitem, MethodKind::Class, "See PEP 585"},
        {"derive($self, excs, /)", group_derive},
        {"split($self, matcher_value, /)", group_split},
        {"subgroup($self, matcher_value, /)", group_subgroup},
    };

    constexpr NativeProperty group_properties[] = {
        {"message", get_message, set_read_only, "exception message"},
        {"exceptions", get_exceptions, set_read_only, "nested exceptions"},
    };

    void collect_leaf_ids(Value exception, std::unordered_set<Object*>& ids)
    {
        if (is_none(exception))
            return;
        if (!is_group(exception)) {
            ids.insert(exception.as_object());
            return;
        }
        Ref<> members = as_group(exception).exceptions;
        if (!members || !is_tuple(members))
            return;
        for (Value member : as_tuple(members).span())
            collect_leaf_ids(member, ids);
    }

    // Is `raised` the original exception (or a part of it) re-raised by a bare `raise`?
    // CPython compares the metadata a part shares with its group by identity.
    bool is_same_exception_metadata(Value raised, Value original)
    {
        BaseExceptionObject& left = as_exception(raised);
        BaseExceptionObject& right = as_exception(original);
        return left.traceback.value().is(right.traceback.value())
            && left.cause.value().is(right.cause.value()) && left.context.value().is(right.context.value());
    }

} // namespace

std::span<NativeMethod const> const base_exception_group_methods = group_methods;
std::span<NativeProperty const> const base_exception_group_properties = group_properties;

Result<std::pair<Ref<>, Ref<>>> exception_group_split(Vm& vm, Value group, Value condition)
{
    Matcher matcher = TRY(matcher_for(vm, condition));
    SplitResult result;
    TRY(split_recursive(vm, group, matcher, true, result));
    return std::pair {or_none(std::move(result.match)), or_none(std::move(result.rest))};
}

Result<void> check_except_star_type(Vm& vm, Value match_type)
{
    std::span<Value const> items(&match_type, 1);
    if (is_tuple(match_type))
        items = as_tuple(match_type).span();
    for (Value item : items)
        if (!is_exception_class(item))
            return vm.raise(ExceptionKind::TypeError,
                "catching classes that do not inherit from BaseException is not allowed");
    for (Value item : items)
        if (is_subtype(static_cast<Type*>(item.as_object()), &base_exception_group_type()))
            return vm.raise(ExceptionKind::TypeError,
                "catching ExceptionGroup with except* is not allowed. Use except instead.");
    return {};
}

Result<std::pair<Ref<>, Ref<>>> exception_group_match(Vm& vm, Value exception, Value match_type)
{
    if (exception.is_null() || is_none(exception))
        return std::pair {new_none(), new_none()};
    if (exception_matches(exception, match_type)) {
        if (is_group(exception))
            return std::pair {ref(exception), new_none()};
        // A naked exception is wrapped in ExceptionGroup("", (e,)) (a tuple, so args
        // shows one); CPython 3.11 leaves the wrapper without a traceback.
        Ref<Tuple> members = TRY(new_tuple(vm, std::span<Value const>(&exception, 1)));
        Ref<> message = Ref<>(empty_str());
        Ref<> wrapped = TRY(call(vm, Value(&exception_group_type()), {message, members}));
        return std::pair {std::move(wrapped), new_none()};
    }
    if (is_group(exception)) {
        Ref<> pair = TRY(call_method(vm, exception, "split", {&match_type, 1}));
        if (!is_tuple(pair) || as_tuple(pair).size != 2)
            return vm.raise(ExceptionKind::TypeError,
                TRY(repr_utf8(vm, exception)) + ".split must return a 2-tuple, got " + type_name(pair));
        return std::pair {ref(as_tuple(pair)[0]), ref(as_tuple(pair)[1])};
    }
    return std::pair {new_none(), ref(exception)};
}

Result<Ref<>> exception_group_prepare_reraise_star(Vm& vm, Value original, List& raised)
{
    if (raised.size == 0)
        return new_none();
    if (!is_group(original)) {
        // A naked exception was caught and wrapped: only one handler ran.
        return ref(raised[0]);
    }
    Ref<List> raised_list = TRY(new_list(vm));
    Ref<List> reraised_list = TRY(new_list(vm));
    // A snapshot of the items: appending below must not see later changes.
    Ref<List> items = TRY(new_list(vm, raised.span()));
    for (Value item : items->span()) {
        if (is_none(item))
            continue;
        bool is_reraise = is_same_exception_metadata(item, original);
        TRY(list_append(vm, is_reraise ? *reraised_list : *raised_list, item));
    }
    std::unordered_set<Object*> leaf_ids;
    for (Value item : reraised_list->span())
        collect_leaf_ids(item, leaf_ids);
    Matcher matcher {MatcherKind::InstanceIds, Value {}, &leaf_ids};
    SplitResult split;
    TRY(split_recursive(vm, original, matcher, false, split));
    Ref<> reraised_group = std::move(split.match);

    if (raised_list->size == 0)
        return or_none(std::move(reraised_group));
    if (reraised_group)
        TRY(list_append(vm, *raised_list, reraised_group));
    // CPython 3.11 wraps what the handlers raised even when it is one exception.
    Ref<> message = Ref<>(empty_str());
    return call(vm, Value(&exception_group_type()), {message, raised_list});
}

} // namespace taipan
