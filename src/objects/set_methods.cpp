// The set and frozenset types: every method and operator with CPython 3.11's
// algorithms (which operand is iterated, when results are copies), frozenset's
// hash, repr ('set()', '{1, 2}', 'frozenset({1})', 'MySet({1})'), and set_iterator.
#include "objects/abstract.h"
#include "objects/containers.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/generic_alias.h"
#include "objects/hash.h"
#include "objects/int.h"
#include "objects/native.h"
#include "objects/sequence.h"
#include "objects/set.h"
#include "objects/set_storage.h"
#include "objects/str.h"
#include "vm/vm.h"

#include <string>
#include <utility>

namespace taipan {

namespace {

    Set& self_set(Args args)
    {
        return as_set(args[0]);
    }

    bool is_exact_set_or_frozenset(Value value)
    {
        return value.is_object() && (value.type() == &set_type || value.type() == &frozenset_type);
    }

    // make_new_set_basetype: results of operations on subclasses are plain sets or
    // frozensets.
    Type& base_type_of(Value value)
    {
        return is_subtype(value.type(), &set_type) ? set_type : frozenset_type;
    }

    Result<Ref<Set>> copy_set(Vm& vm, Value set)
    {
        return set_from_iterable(vm, base_type_of(set), set);
    }

    // set_contains_key with CPython's retry: an unhashable set key is looked up as a
    // frozenset ({frozenset([1])} contains {1}).
    Result<bool> contains_key(Vm& vm, Set& set, Value key)
    {
        auto found = set_contains(vm, set, key);
        if (!found.is_error())
            return found.value();
        if (!is_instance_of(key, set_type) || !vm.pending_exception_matches(ExceptionKind::TypeError))
            return Failure {found.release_error()};
        vm.take_pending_exception();
        Ref<Set> frozen = TRY(new_frozenset(vm, key));
        return set_contains(vm, set, frozen);
    }

    Result<bool> discard_key(Vm& vm, Set& set, Value key)
    {
        auto removed = set_discard(vm, set, key);
        if (!removed.is_error())
            return removed.value();
        if (!is_instance_of(key, set_type) || !vm.pending_exception_matches(ExceptionKind::TypeError))
            return Failure {removed.release_error()};
        vm.take_pending_exception();
        Ref<Set> frozen = TRY(new_frozenset(vm, key));
        return set_discard(vm, set, frozen);
    }

    void set_destruct(Object* object)
    {
        set_clear(*static_cast<Set*>(object));
    }

    void set_traverse(Object* object, VisitFunction visit, void* context)
    {
        auto* set = static_cast<Set*>(object);
        int64_t position = 0;
        SetEntry const* entry = nullptr;
        while (set_next_entry(*set, position, entry))
            visit(entry->key, context);
    }

    void set_clear_references(Object* object)
    {
        set_clear(*static_cast<Set*>(object));
    }

    Result<Ref<>> set_new(Vm& vm, Args args)
    {
        Type* type = TRY(new_type_argument(vm, args[0], set_type));
        if (type == &set_type && !args[2].is_null() && as_dict(args[2]).size > 0)
            return vm.raise(ExceptionKind::TypeError, "set() takes no keyword arguments");
        return Ref<>(TRY(new_set(vm, *type)));
    }

    Result<Ref<>> set_init(Vm& vm, Args args)
    {
        Set& set = self_set(args);
        Tuple& positional = as_tuple(args[1]);
        if (!args[2].is_null() && as_dict(args[2]).size > 0)
            return vm.raise(ExceptionKind::TypeError, "set() takes no keyword arguments");
        if (positional.size > 1)
            return vm.raise(ExceptionKind::TypeError,
                args[0].type()->name + " expected at most 1 argument, got "
                    + std::to_string(positional.size));
        if (set.storage && set.storage->fill)
            set_clear(set);
        set.hash = -1;
        if (positional.size == 1)
            TRY(set_update(vm, set, positional[0]));
        return new_none();
    }

    Result<Ref<>> frozenset_new(Vm& vm, Args args)
    {
        Type* type = TRY(new_type_argument(vm, args[0], frozenset_type));
        if (type == &frozenset_type && !args[2].is_null() && as_dict(args[2]).size > 0)
            return vm.raise(ExceptionKind::TypeError, "frozenset() takes no keyword arguments");
        Tuple& positional = as_tuple(args[1]);
        if (positional.size > 1)
            return vm.raise(ExceptionKind::TypeError,
                type->name + " expected at most 1 argument, got " + std::to_string(positional.size));
        Value iterable = positional.size == 1 ? positional[0] : Value {};
        // frozenset(f) is f itself for an exact frozenset.
        if (type == &frozenset_type && !iterable.is_null() && iterable.type() == &frozenset_type)
            return ref(iterable);
        return Ref<>(TRY(set_from_iterable(vm, *type, iterable)));
    }

    Result<Ref<>> set_len(Vm&, Args args)
    {
        return new_int(self_set(args).size);
    }

    Result<Ref<>> set_method_contains(Vm& vm, Args args)
    {
        bool found = TRY(contains_key(vm, self_set(args), args[1]));
        return new_bool(found);
    }

    Result<Ref<>> set_iter(Vm& vm, Args args);

    Result<Ref<>> set_repr(Vm& vm, Args args)
    {
        Set& set = self_set(args);
        std::string const& name = args[0].type()->name;
        if (set.size == 0)
            return Ref<>(TRY(new_str(vm, name + "()")));
        if (!repr_enter(&set))
            return Ref<>(TRY(new_str(vm, name + "(...)")));
        auto items = list_from_iterable(vm, args[0]);
        if (items.is_error()) {
            repr_leave(&set);
            return Failure {items.release_error()};
        }
        auto text = repr(vm, items.value());
        repr_leave(&set);
        Ref<Str> list_text = TRY(std::move(text));
        std::string inner = str_to_utf8(*list_text);
        inner = "{" + inner.substr(1, inner.size() - 2) + "}";
        if (args[0].type() != &set_type)
            inner = name + "(" + inner + ")";
        return Ref<>(TRY(new_str(vm, inner)));
    }

    // set_issubset: every member of `set` is in `other` (any iterable).
    Result<bool> is_subset(Vm& vm, Value set, Value other)
    {
        if (!is_set_or_frozenset(other)) {
            Ref<Set> temporary = TRY(set_from_iterable(vm, set_type, other));
            return is_subset(vm, set, temporary);
        }
        Set& self = as_set(set);
        Set& container = as_set(other);
        if (self.size > container.size)
            return false;
        int64_t position = 0;
        SetEntry const* entry = nullptr;
        while (set_next_entry(self, position, entry)) {
            Ref<> key = ref(entry->key);
            SetEntry* found = TRY(set_lookup(vm, container, key, entry->hash));
            if (!found)
                return false;
        }
        return true;
    }

    Result<bool> is_superset(Vm& vm, Value set, Value other)
    {
        if (is_set_or_frozenset(other))
            return is_subset(vm, other, set);
        Ref<> iterator = TRY(get_iter(vm, other));
        for (;;) {
            Ref<> item = TRY(iter_next(vm, iterator));
            if (!item)
                return true;
            bool found = TRY(contains_key(vm, as_set(set), item));
            if (!found)
                return false;
        }
    }

    Result<Ref<>> set_issubset(Vm& vm, Args args)
    {
        return new_bool(TRY(is_subset(vm, args[0], args[1])));
    }
    Result<Ref<>> set_issuperset(Vm& vm, Args args)
    {
        return new_bool(TRY(is_superset(vm, args[0], args[1])));
    }

    Result<Ref<>> set_isdisjoint(Vm& vm, Args args)
    {
        Value self = args[0];
        Value other = args[1];
        if (self.is(other))
            return new_bool(self_set(args).size == 0);
        if (is_exact_set_or_frozenset(other)) {
            if (as_set(other).size > as_set(self).size)
                std::swap(self, other);
            int64_t position = 0;
            SetEntry const* entry = nullptr;
            while (set_next_entry(as_set(other), position, entry)) {
                Ref<> key = ref(entry->key);
                SetEntry* found = TRY(set_lookup(vm, as_set(self), key, entry->hash));
                if (found)
                    return new_bool(false);
            }
            return new_bool(true);
        }
        Ref<> iterator = TRY(get_iter(vm, other));
        for (;;) {
            Ref<> item = TRY(iter_next(vm, iterator));
            if (!item)
                return new_bool(true);
            bool found = TRY(contains_key(vm, as_set(self), item));
            if (found)
                return new_bool(false);
        }
    }

    Result<Ref<>> set_rich_compare(Vm& vm, Value self, Value other, ComparisonOperator op)
    {
        if (!is_set_or_frozenset(other))
            return ref(not_implemented());
        Set& left = as_set(self);
        Set& right = as_set(other);
        switch (op) {
        case ComparisonOperator::Equal:
        case ComparisonOperator::NotEqual: {
            bool same = left.size == right.size;
            if (same && left.hash != -1 && right.hash != -1 && left.hash != right.hash)
                same = false;
            if (same)
                same = TRY(is_subset(vm, self, other));
            return new_bool(op == ComparisonOperator::Equal ? same : !same);
        }
        case ComparisonOperator::LessEqual:
            return new_bool(TRY(is_subset(vm, self, other)));
        case ComparisonOperator::GreaterEqual:
            return new_bool(TRY(is_superset(vm, self, other)));
        case ComparisonOperator::Less:
            if (left.size >= right.size)
                return new_bool(false);
            return new_bool(TRY(is_subset(vm, self, other)));
        case ComparisonOperator::Greater:
            if (left.size <= right.size)
                return new_bool(false);
            return new_bool(TRY(is_superset(vm, self, other)));
        }
        return ref(not_implemented());
    }

    Result<Ref<>> set_eq(Vm& vm, Args args)
    {
        return set_rich_compare(vm, args[0], args[1], ComparisonOperator::Equal);
    }
    Result<Ref<>> set_ne(Vm& vm, Args args)
    {
        return set_rich_compare(vm, args[0], args[1], ComparisonOperator::NotEqual);
    }
    Result<Ref<>> set_lt(Vm& vm, Args args)
    {
        return set_rich_compare(vm, args[0], args[1], ComparisonOperator::Less);
    }
    Result<Ref<>> set_le(Vm& vm, Args args)
    {
        return set_rich_compare(vm, args[0], args[1], ComparisonOperator::LessEqual);
    }
    Result<Ref<>> set_gt(Vm& vm, Args args)
    {
        return set_rich_compare(vm, args[0], args[1], ComparisonOperator::Greater);
    }
    Result<Ref<>> set_ge(Vm& vm, Args args)
    {
        return set_rich_compare(vm, args[0], args[1], ComparisonOperator::GreaterEqual);
    }

    // --- the algebra ---

    Result<Ref<Set>> intersection(Vm& vm, Value self, Value other)
    {
        if (self.is(other))
            return copy_set(vm, self);
        Ref<Set> result = TRY(new_set(vm, base_type_of(self)));
        if (is_set_or_frozenset(other)) {
            if (as_set(other).size > as_set(self).size)
                std::swap(self, other);
            int64_t position = 0;
            SetEntry const* entry = nullptr;
            while (set_next_entry(as_set(other), position, entry)) {
                Ref<> key = ref(entry->key);
                int64_t hash = entry->hash;
                SetEntry* found = TRY(set_lookup(vm, as_set(self), key, hash));
                if (found)
                    TRY(set_add_entry(vm, *result, key, hash));
            }
            return result;
        }
        Ref<> iterator = TRY(get_iter(vm, other));
        for (;;) {
            Ref<> key = TRY(iter_next(vm, iterator));
            if (!key)
                return result;
            int64_t hash = TRY(container_hash(vm, key));
            SetEntry* found = TRY(set_lookup(vm, as_set(self), key, hash));
            if (found)
                TRY(set_add_entry(vm, *result, key, hash));
        }
    }

    Result<Ref<Set>> intersection_multi(Vm& vm, Value self, Tuple& others)
    {
        if (others.size == 0)
            return copy_set(vm, self);
        Ref<Set> result = Ref<Set>::borrow(self);
        for (int64_t i = 0; i < others.size; ++i)
            result = TRY(intersection(vm, result, others[i]));
        return result;
    }

    // Replaces the contents of `set` by those of `source` (set_swap_bodies).
    void take_contents(Set& set, Set& source)
    {
        std::swap(set.storage, source.storage);
        std::swap(set.size, source.size);
        set.hash = -1;
    }

    Result<void> difference_update(Vm& vm, Set& set, Value other)
    {
        if (other.is(Value(&set))) {
            set_clear(set);
            return {};
        }
        if (is_set_or_frozenset(other)) {
            int64_t position = 0;
            SetEntry const* entry = nullptr;
            while (set_next_entry(as_set(other), position, entry)) {
                Ref<> key = ref(entry->key);
                TRY(set_discard_entry(vm, set, key, entry->hash));
            }
        } else {
            Ref<> iterator = TRY(get_iter(vm, other));
            for (;;) {
                Ref<> key = TRY(iter_next(vm, iterator));
                if (!key)
                    break;
                TRY(discard_key(vm, set, key));
            }
        }
        // More than a quarter of dummies: rebuild the table.
        if (set.storage && (set.storage->fill - set.size) > set.storage->mask / 4)
            TRY(set_table_resize(vm, set, set.size > 50000 ? set.size * 2 : set.size * 4));
        return {};
    }

    Result<Ref<Set>> difference(Vm& vm, Value self, Value other)
    {
        int64_t other_size;
        if (is_set_or_frozenset(other)) {
            other_size = as_set(other).size;
        } else if (is_exact_dict(other)) {
            other_size = as_dict(other).size;
        } else {
            Ref<Set> result = TRY(copy_set(vm, self));
            TRY(difference_update(vm, *result, other));
            return result;
        }
        // Much bigger than `other`: copying and removing is cheaper.
        if ((as_set(self).size >> 2) > other_size) {
            Ref<Set> result = TRY(copy_set(vm, self));
            TRY(difference_update(vm, *result, other));
            return result;
        }
        Ref<Set> result = TRY(new_set(vm, base_type_of(self)));
        int64_t position = 0;
        SetEntry const* entry = nullptr;
        while (set_next_entry(as_set(self), position, entry)) {
            Ref<> key = ref(entry->key);
            int64_t hash = entry->hash;
            bool found;
            if (is_exact_dict(other))
                found = !TRY(dict_get_item_with_hash(vm, as_dict(other), key, hash)).is_null();
            else
                found = TRY(set_lookup(vm, as_set(other), key, hash)) != nullptr;
            if (!found)
                TRY(set_add_entry(vm, *result, key, hash));
        }
        return result;
    }

    Result<void> symmetric_difference_update(Vm& vm, Set& set, Value other)
    {
        if (other.is(Value(&set))) {
            set_clear(set);
            return {};
        }
        if (is_exact_dict(other)) {
            int64_t position = 0;
            Value key_value, value;
            while (dict_next(as_dict(other), position, key_value, value)) {
                Ref<> key = ref(key_value);
                int64_t hash = TRY(container_hash(vm, key));
                bool removed = TRY(set_discard_entry(vm, set, key, hash));
                if (!removed)
                    TRY(set_add_entry(vm, set, key, hash));
            }
            return {};
        }
        Ref<> other_set;
        if (is_set_or_frozenset(other))
            other_set = ref(other);
        else
            other_set = Ref<>(TRY(set_from_iterable(vm, base_type_of(Value(&set)), other)));
        int64_t position = 0;
        SetEntry const* entry = nullptr;
        while (set_next_entry(as_set(other_set), position, entry)) {
            Ref<> key = ref(entry->key);
            int64_t hash = entry->hash;
            bool removed = TRY(set_discard_entry(vm, set, key, hash));
            if (!removed)
                TRY(set_add_entry(vm, set, key, hash));
        }
        return {};
    }

    Result<Ref<Set>> symmetric_difference(Vm& vm, Value self, Value other)
    {
        Ref<Set> result = TRY(set_from_iterable(vm, base_type_of(self), other));
        TRY(symmetric_difference_update(vm, *result, self));
        return result;
    }

    Result<Ref<>> set_method_union(Vm& vm, Args args)
    {
        Ref<Set> result = TRY(copy_set(vm, args[0]));
        Tuple& others = as_tuple(args[1]);
        for (int64_t i = 0; i < others.size; ++i) {
            if (!others[i].is(args[0]))
                TRY(set_update(vm, *result, others[i]));
        }
        return Ref<>(std::move(result));
    }

    Result<Ref<>> set_method_intersection(Vm& vm, Args args)
    {
        return Ref<>(TRY(intersection_multi(vm, args[0], as_tuple(args[1]))));
    }

    Result<Ref<>> set_method_intersection_update(Vm& vm, Args args)
    {
        Ref<Set> result = TRY(intersection_multi(vm, args[0], as_tuple(args[1])));
        if (!result.value().is(args[0]))
            take_contents(self_set(args), *result);
        return new_none();
    }

    Result<Ref<>> set_method_difference(Vm& vm, Args args)
    {
        Tuple& others = as_tuple(args[1]);
        if (others.size == 0)
            return Ref<>(TRY(copy_set(vm, args[0])));
        Ref<Set> result = TRY(difference(vm, args[0], others[0]));
        for (int64_t i = 1; i < others.size; ++i)
            TRY(difference_update(vm, *result, others[i]));
        return Ref<>(std::move(result));
    }

    Result<Ref<>> set_method_difference_update(Vm& vm, Args args)
    {
        Tuple& others = as_tuple(args[1]);
        for (int64_t i = 0; i < others.size; ++i)
            TRY(difference_update(vm, self_set(args), others[i]));
        return new_none();
    }

    Result<Ref<>> set_method_symmetric_difference(Vm& vm, Args args)
    {
        return Ref<>(TRY(symmetric_difference(vm, args[0], args[1])));
    }

    Result<Ref<>> set_method_symmetric_difference_update(Vm& vm, Args args)
    {
        TRY(symmetric_difference_update(vm, self_set(args), args[1]));
        return new_none();
    }

    Result<Ref<>> set_method_update(Vm& vm, Args args)
    {
        Tuple& others = as_tuple(args[1]);
        for (int64_t i = 0; i < others.size; ++i)
            TRY(set_update(vm, self_set(args), others[i]));
        return new_none();
    }

    // The operators accept only sets and frozensets on both sides.
    bool both_sets(Args args)
    {
        return is_set_or_frozenset(args[0]) && is_set_or_frozenset(args[1]);
    }

    Result<Ref<>> set_or(Vm& vm, Args args)
    {
        if (!both_sets(args))
            return ref(not_implemented());
        Ref<Set> result = TRY(copy_set(vm, args[0]));
        if (!args[0].is(args[1]))
            TRY(set_update(vm, *result, args[1]));
        return Ref<>(std::move(result));
    }

    Result<Ref<>> set_and(Vm& vm, Args args)
    {
        if (!both_sets(args))
            return ref(not_implemented());
        return Ref<>(TRY(intersection(vm, args[0], args[1])));
    }

    Result<Ref<>> set_sub(Vm& vm, Args args)
    {
        if (!both_sets(args))
            return ref(not_implemented());
        return Ref<>(TRY(difference(vm, args[0], args[1])));
    }

    Result<Ref<>> set_xor(Vm& vm, Args args)
    {
        if (!both_sets(args))
            return ref(not_implemented());
        return Ref<>(TRY(symmetric_difference(vm, args[0], args[1])));
    }

    // The reflected forms run with the operands swapped, as CPython's slot wrappers do.
    Result<Ref<>> swapped(Vm& vm, Args args, NativeFunction function)
    {
        Value swapped_args[2] = {args[1], args[0]};
        return function(vm, Args(swapped_args, 2));
    }
    Result<Ref<>> set_ror(Vm& vm, Args args)
    {
        return swapped(vm, args, set_or);
    }
    Result<Ref<>> set_rand(Vm& vm, Args args)
    {
        return swapped(vm, args, set_and);
    }
    Result<Ref<>> set_rsub(Vm& vm, Args args)
    {
        return swapped(vm, args, set_sub);
    }
    Result<Ref<>> set_rxor(Vm& vm, Args args)
    {
        return swapped(vm, args, set_xor);
    }

    Result<Ref<>> set_ior(Vm& vm, Args args)
    {
        if (!is_set_or_frozenset(args[1]))
            return ref(not_implemented());
        TRY(set_update(vm, self_set(args), args[1]));
        return ref(args[0]);
    }

    Result<Ref<>> set_iand(Vm& vm, Args args)
    {
        if (!is_set_or_frozenset(args[1]))
            return ref(not_implemented());
        Ref<Set> result = TRY(intersection(vm, args[0], args[1]));
        take_contents(self_set(args), *result);
        return ref(args[0]);
    }

    Result<Ref<>> set_isub(Vm& vm, Args args)
    {
        if (!is_set_or_frozenset(args[1]))
            return ref(not_implemented());
        TRY(difference_update(vm, self_set(args), args[1]));
        return ref(args[0]);
    }

    Result<Ref<>> set_ixor(Vm& vm, Args args)
    {
        if (!is_set_or_frozenset(args[1]))
            return ref(not_implemented());
        TRY(symmetric_difference_update(vm, self_set(args), args[1]));
        return ref(args[0]);
    }

    // --- mutation ---

    Result<Ref<>> set_method_add(Vm& vm, Args args)
    {
        TRY(set_add(vm, self_set(args), args[1]));
        return new_none();
    }

    Result<Ref<>> set_method_remove(Vm& vm, Args args)
    {
        bool removed = TRY(discard_key(vm, self_set(args), args[1]));
        if (!removed)
            return raise_key_error(vm, args[1]);
        return new_none();
    }

    Result<Ref<>> set_method_discard(Vm& vm, Args args)
    {
        TRY(discard_key(vm, self_set(args), args[1]));
        return new_none();
    }

    Result<Ref<>> set_method_pop(Vm& vm, Args args)
    {
        Set& set = self_set(args);
        if (set.size == 0) {
            Ref<Str> message = TRY(new_str(vm, "pop from an empty set"));
            return raise_key_error(vm, message);
        }
        SetStorage& storage = *set.storage;
        // Resume the search where the last pop stopped, so repeated pops stay O(1).
        int64_t index = storage.finger & storage.mask;
        while (storage.table()[index].key.is_null() || storage.table()[index].key.is(set_dummy())) {
            if (++index > storage.mask)
                index = 0;
        }
        SetEntry& entry = storage.table()[index];
        Value key = entry.key;
        entry.key = set_dummy();
        entry.hash = -1;
        --set.size;
        storage.finger = index + 1;
        return Ref<>::adopt(key);
    }

    Result<Ref<>> set_method_clear(Vm&, Args args)
    {
        set_clear(self_set(args));
        return new_none();
    }

    Result<Ref<>> set_method_copy(Vm& vm, Args args)
    {
        return Ref<>(TRY(copy_set(vm, args[0])));
    }

    Result<Ref<>> frozenset_method_copy(Vm& vm, Args args)
    {
        if (args[0].type() == &frozenset_type)
            return ref(args[0]);
        return Ref<>(TRY(copy_set(vm, args[0])));
    }

    Result<Ref<>> set_reduce(Vm& vm, Args args)
    {
        Ref<List> items = TRY(list_from_iterable(vm, args[0]));
        Ref<Tuple> arguments = TRY(new_tuple(vm, {items.value()}));
        Ref<> state = new_none();
        if (args[0].type()->dict_offset) {
            if (Dict* dict = instance_dict(vm, args[0], false))
                state = ref(Value(dict));
        }
        Ref<Tuple> result = TRY(new_tuple(vm, {Value(args[0].type()), arguments.value(), state.value()}));
        return Ref<>(std::move(result));
    }

    Result<Ref<>> set_sizeof(Vm&, Args args)
    {
        // sizeof(PySetObject) is 200, its 8-slot table included.
        int64_t extra = int64_t(args[0].type()->instance_size) - int64_t(sizeof(Set));
        return new_int(200 + extra + set_storage_sizeof(self_set(args)));
    }

    Result<Ref<>> frozenset_hash(Vm&, Args args)
    {
        Set& set = self_set(args);
        if (set.hash != -1)
            return new_int(set.hash);
        FrozensetHasher hasher;
        int64_t position = 0;
        SetEntry const* entry = nullptr;
        while (set_next_entry(set, position, entry))
            hasher.add(entry->hash);
        set.hash = hasher.finish();
        return new_int(set.hash);
    }

    constexpr NativeMethod set_methods[] = {
        {"__new__($type, *args, **kwargs)", set_new, MethodKind::Static},
        {"__init__($self, /, *args, **kwargs)", set_init},
        {"__len__($self, /)", set_len},
        {"__contains__($self, key, /)", set_method_contains},
        {"__iter__($self, /)", set_iter},
        {"__repr__($self, /)", set_repr},
        {"__eq__($self, value, /)", set_eq},
        {"__ne__($self, value, /)", set_ne},
        {"__lt__($self, value, /)", set_lt},
        {"__le__($self, value, /)", set_le},
        {"__gt__($self, value, /)", set_gt},
        {"__ge__($self, value, /)", set_ge},
        {"__or__($self, value, /)", set_or},
        {"__ror__($self, value, /)", set_ror},
        {"__and__($self, value, /)", set_and},
        {"__rand__($self, value, /)", set_rand},
        {"__sub__($self, value, /)", set_sub},
        {"__rsub__($self, value, /)", set_rsub},
        {"__xor__($self, value, /)", set_xor},
        {"__rxor__($self, value, /)", set_rxor},
        {"__ior__($self, value, /)", set_ior},
        {"__iand__($self, value, /)", set_iand},
        {"__isub__($self, value, /)", set_isub},
        {"__ixor__($self, value, /)", set_ixor},
        {"__reduce__($self, /)", set_reduce},
        {"__sizeof__($self, /)", set_sizeof},
        {"__class_getitem__($type, item, /)", generic_class_getitem, MethodKind::Class, "See PEP 585"},
        {"add($self, object, /)", set_method_add},
        {"clear($self, /)", set_method_clear},
        {"copy($self, /)", set_method_copy},
        {"difference($self, /, *others)", set_method_difference},
        {"difference_update($self, /, *others)", set_method_difference_update},
        {"discard($self, object, /)", set_method_discard},
        {"intersection($self, /, *others)", set_method_intersection},
        {"intersection_update($self, /, *others)", set_method_intersection_update},
        {"isdisjoint($self, other, /)", set_isdisjoint},
        {"issubset($self, other, /)", set_issubset},
        {"issuperset($self, other, /)", set_issuperset},
        {"pop($self, /)", set_method_pop},
        {"remove($self, object, /)", set_method_remove},
        {"symmetric_difference($self, other, /)", set_method_symmetric_difference},
        {"symmetric_difference_update($self, other, /)", set_method_symmetric_difference_update},
        {"union($self, /, *others)", set_method_union},
        {"update($self, /, *others)", set_method_update},
    };

    constexpr NativeMethod frozenset_methods[] = {
        {"__new__($type, *args, **kwargs)", frozenset_new, MethodKind::Static},
        {"__len__($self, /)", set_len},
        {"__contains__($self, key, /)", set_method_contains},
        {"__iter__($self, /)", set_iter},
        {"__repr__($self, /)", set_repr},
        {"__hash__($self, /)", frozenset_hash},
        {"__eq__($self, value, /)", set_eq},
        {"__ne__($self, value, /)", set_ne},
        {"__lt__($self, value, /)", set_lt},
        {"__le__($self, value, /)", set_le},
        {"__gt__($self, value, /)", set_gt},
        {"__ge__($self, value, /)", set_ge},
        {"__or__($self, value, /)", set_or},
        {"__ror__($self, value, /)", set_ror},
        {"__and__($self, value, /)", set_and},
        {"__rand__($self, value, /)", set_rand},
        {"__sub__($self, value, /)", set_sub},
        {"__rsub__($self, value, /)", set_rsub},
        {"__xor__($self, value, /)", set_xor},
        {"__rxor__($self, value, /)", set_rxor},
        {"__reduce__($self, /)", set_reduce},
        {"__sizeof__($self, /)", set_sizeof},
        {"__class_getitem__($type, item, /)", generic_class_getitem, MethodKind::Class, "See PEP 585"},
        {"copy($self, /)", frozenset_method_copy},
        {"difference($self, /, *others)", set_method_difference},
        {"intersection($self, /, *others)", set_method_intersection},
        {"isdisjoint($self, other, /)", set_isdisjoint},
        {"issubset($self, other, /)", set_issubset},
        {"issuperset($self, other, /)", set_issuperset},
        {"symmetric_difference($self, other, /)", set_method_symmetric_difference},
        {"union($self, /, *others)", set_method_union},
    };

    // --- set_iterator ---

    struct SetIterator : Object {
        Ref<Set> set; // null once exhausted
        int64_t used = 0;
        int64_t position = 0;
        int64_t remaining = 0;
    };

    SetIterator& as_set_iterator(Value value)
    {
        return *static_cast<SetIterator*>(value.as_object());
    }

    void set_iterator_destruct(Object* object)
    {
        static_cast<SetIterator*>(object)->~SetIterator();
    }
    void set_iterator_traverse(Object* object, VisitFunction visit, void* context)
    {
        auto* iterator = static_cast<SetIterator*>(object);
        if (iterator->set)
            visit(iterator->set.value(), context);
    }
    void set_iterator_clear(Object* object)
    {
        static_cast<SetIterator*>(object)->set = nullptr;
    }

    Result<Ref<>> set_iter(Vm& vm, Args args)
    {
        Ref<SetIterator> iterator = TRY(make_object<SetIterator>(vm, set_iterator_type, 0));
        iterator->set = Ref<Set>::borrow(args[0]);
        iterator->used = self_set(args).size;
        iterator->remaining = self_set(args).size;
        return Ref<>(std::move(iterator));
    }

    Result<Ref<>> set_iterator_next(Vm& vm, Args args)
    {
        SetIterator& iterator = as_set_iterator(args[0]);
        if (!iterator.set)
            return Ref<> {};
        if (iterator.used != iterator.set->size) {
            iterator.used = -1; // CPython makes the error sticky.
            return vm.raise(ExceptionKind::RuntimeError, "Set changed size during iteration");
        }
        SetEntry const* entry = nullptr;
        if (!set_next_entry(*iterator.set, iterator.position, entry)) {
            iterator.set = nullptr;
            return Ref<> {};
        }
        --iterator.remaining;
        return ref(entry->key);
    }

    Result<Ref<>> iterator_self(Vm&, Args args)
    {
        return ref(args[0]);
    }

    Result<Ref<>> set_iterator_length_hint(Vm&, Args args)
    {
        SetIterator& iterator = as_set_iterator(args[0]);
        bool valid = iterator.set && iterator.used == iterator.set->size;
        return new_int(valid ? iterator.remaining : 0);
    }

    Result<Ref<>> set_iterator_reduce(Vm& vm, Args args)
    {
        // iter(list of the remaining items), read from a copy of this iterator.
        SetIterator& source = as_set_iterator(args[0]);
        Ref<List> rest = TRY(new_list(vm, 0));
        if (source.set) {
            Ref<SetIterator> copy = TRY(make_object<SetIterator>(vm, set_iterator_type, 0));
            copy->set = source.set;
            copy->used = source.used;
            copy->position = source.position;
            copy->remaining = source.remaining;
            rest = TRY(list_from_iterable(vm, copy));
        }
        return reduce_as_iter(vm, rest);
    }

    constexpr NativeMethod set_iterator_methods[] = {
        {"__iter__($self, /)", iterator_self},
        {"__next__($self, /)", set_iterator_next},
        {"__length_hint__($self, /)", set_iterator_length_hint},
        {"__reduce__($self, /)", set_iterator_reduce},
    };

} // namespace

Type set_type;
Type frozenset_type;
Type set_iterator_type;

extern TypeSpec const set_type_spec;
TypeSpec const set_type_spec = {
    .name = "set",
    .instance_size = sizeof(Set),
    .flags = TypeBaseType | TypeHasGc | TypeUnhashable,
    .doc
    = "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of "
      "unique elements.",
    .methods = set_methods,
    .destruct = set_destruct,
    .traverse = set_traverse,
    .clear = set_clear_references,
};

extern TypeSpec const frozenset_type_spec;
TypeSpec const frozenset_type_spec = {
    .name = "frozenset",
    .instance_size = sizeof(Set),
    .flags = TypeBaseType | TypeHasGc,
    .doc
    = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable "
      "unordered collection of unique elements.",
    .methods = frozenset_methods,
    .destruct = set_destruct,
    .traverse = set_traverse,
    .clear = set_clear_references,
};

extern TypeSpec const set_iterator_type_spec;
TypeSpec const set_iterator_type_spec = {
    .name = "set_iterator",
    .instance_size = sizeof(SetIterator),
    .flags = TypeHasGc,
    .methods = set_iterator_methods,
    .destruct = set_iterator_destruct,
    .traverse = set_iterator_traverse,
    .clear = set_iterator_clear,
};

} // namespace taipan
