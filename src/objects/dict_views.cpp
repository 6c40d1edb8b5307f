// dict views (dict_keys, dict_values, dict_items: live, set-like for keys and items)
// and the six dict iterators (forward and reversed over keys, values, items), with
// CPython's "dictionary changed size during iteration" checks.
#include "objects/abstract.h"
#include "objects/containers.h"
#include "objects/dict.h"
#include "objects/dict_storage.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/native.h"
#include "objects/sequence.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/vm.h"

#include <string>

namespace taipan {

Result<Ref<>> make_mappingproxy(Vm&, Dict&);

namespace {

    struct DictView : Object {
        Ref<Dict> dict;
    };

    struct DictIterator : Object {
        Ref<Dict> dict; // null once exhausted
        int64_t used = 0; // the dict's size when iteration started; -1 after a size change
        int64_t position = 0; // next entry (forward) or current entry (reversed)
        int64_t remaining = 0;
    };

    enum class IterationKind { Keys, Values, Items };

    IterationKind kind_of(Type const* type)
    {
        if (type == &dict_keyiterator_type || type == &dict_reversekeyiterator_type
            || type == &dict_keys_type)
            return IterationKind::Keys;
        if (type == &dict_valueiterator_type || type == &dict_reversevalueiterator_type
            || type == &dict_values_type)
            return IterationKind::Values;
        return IterationKind::Items;
    }

    void view_destruct(Object* object)
    {
        static_cast<DictView*>(object)->~DictView();
    }
    void view_traverse(Object* object, VisitFunction visit, void* context)
    {
        auto* view = static_cast<DictView*>(object);
        if (view->dict)
            visit(view->dict.value(), context);
    }
    void view_clear(Object* object)
    {
        static_cast<DictView*>(object)->dict = nullptr;
    }

    void iterator_destruct(Object* object)
    {
        static_cast<DictIterator*>(object)->~DictIterator();
    }
    void iterator_traverse(Object* object, VisitFunction visit, void* context)
    {
        auto* iterator = static_cast<DictIterator*>(object);
        if (iterator->dict)
            visit(iterator->dict.value(), context);
    }
    void iterator_clear(Object* object)
    {
        static_cast<DictIterator*>(object)->dict = nullptr;
    }

    DictView& as_view(Value value)
    {
        return *static_cast<DictView*>(value.as_object());
    }
    DictIterator& as_iterator(Value value)
    {
        return *static_cast<DictIterator*>(value.as_object());
    }

    bool is_set_like_view(Value value)
    {
        return value.is_object() && (value.type() == &dict_keys_type || value.type() == &dict_items_type);
    }

    bool is_reversed_iterator(Type const* type)
    {
        return type == &dict_reversekeyiterator_type || type == &dict_reversevalueiterator_type
            || type == &dict_reverseitemiterator_type;
    }

    // --- iterators ---

    Result<Ref<>> iterator_next(Vm& vm, Args args)
    {
        DictIterator& iterator = as_iterator(args[0]);
        if (!iterator.dict)
            return Ref<> {};
        Dict& dict = *iterator.dict;
        if (iterator.used != dict.size) {
            iterator.used = -1; // CPython makes the error sticky.
            return vm.raise(ExceptionKind::RuntimeError, "dictionary changed size during iteration");
        }
        DictStorage* storage = dict.storage;
        int64_t index = iterator.position;
        DictEntry const* entry = nullptr;
        if (is_reversed_iterator(iterator.type)) {
            while (storage && index >= 0 && index < storage->entry_count) {
                if (!storage->entries()[index].key.is_null()) {
                    entry = &storage->entries()[index];
                    break;
                }
                --index;
            }
            iterator.position = index - 1;
        } else {
            while (storage && index < storage->entry_count) {
                if (!storage->entries()[index].key.is_null()) {
                    entry = &storage->entries()[index];
                    break;
                }
                ++index;
            }
            iterator.position = index + 1;
        }
        if (!entry) {
            iterator.dict = nullptr;
            return Ref<> {};
        }
        // An entry the iterator did not expect: same size, different keys.
        if (iterator.remaining == 0) {
            iterator.dict = nullptr;
            return vm.raise(ExceptionKind::RuntimeError, "dictionary keys changed during iteration");
        }
        --iterator.remaining;
        switch (kind_of(iterator.type)) {
        case IterationKind::Keys:
            return ref(entry->key);
        case IterationKind::Values:
            return ref(entry->value);
        case IterationKind::Items: {
            Ref<Tuple> pair = TRY(new_tuple(vm, {entry->key, entry->value}));
            return Ref<>(std::move(pair));
        }
        }
        return Ref<> {};
    }

    Result<Ref<>> iterator_iter(Vm&, Args args)
    {
        return ref(args[0]);
    }

    Result<Ref<>> iterator_length_hint(Vm&, Args args)
    {
        DictIterator& iterator = as_iterator(args[0]);
        int64_t hint = iterator.dict && iterator.used == iterator.dict->size ? iterator.remaining : 0;
        return new_int(hint);
    }

    Result<Ref<>> iterator_reduce(Vm& vm, Args args)
    {
        // CPython pickles a dict iterator as iter(list of its remaining items), read from a
        // copy so this one is not consumed.
        DictIterator& source = as_iterator(args[0]);
        Ref<List> rest = TRY(new_list(vm, 0));
        if (source.dict) {
            Ref<> copy = TRY(new_dict_iterator(vm, *args[0].type(), *source.dict));
            DictIterator& target = as_iterator(copy);
            target.position = source.position;
            target.remaining = source.remaining;
            target.used = source.used;
            rest = TRY(list_from_iterable(vm, copy));
        }
        return reduce_as_iter(vm, rest);
    }

    constexpr NativeMethod dict_iterator_methods[] = {
        {"__iter__($self, /)", iterator_iter},
        {"__next__($self, /)", iterator_next},
        {"__length_hint__($self, /)", iterator_length_hint},
        {"__reduce__($self, /)", iterator_reduce},
    };

    // --- views ---

    Result<Ref<>> view_len(Vm&, Args args)
    {
        return new_int(as_view(args[0]).dict->size);
    }

    Type& iterator_type_for(Type const* view_type, bool reversed)
    {
        switch (kind_of(view_type)) {
        case IterationKind::Keys:
            return reversed ? dict_reversekeyiterator_type : dict_keyiterator_type;
        case IterationKind::Values:
            return reversed ? dict_reversevalueiterator_type : dict_valueiterator_type;
        case IterationKind::Items:
            return reversed ? dict_reverseitemiterator_type : dict_itemiterator_type;
        }
        return dict_keyiterator_type;
    }

    Result<Ref<>> view_iter(Vm& vm, Args args)
    {
        return new_dict_iterator(vm, iterator_type_for(args[0].type(), false), *as_view(args[0]).dict);
    }

    Result<Ref<>> view_reversed(Vm& vm, Args args)
    {
        return new_dict_iterator(vm, iterator_type_for(args[0].type(), true), *as_view(args[0]).dict);
    }

    Result<Ref<>> view_repr(Vm& vm, Args args)
    {
        Object* view = args[0].as_object();
        if (!repr_enter(view))
            return Ref<>(TRY(new_str(vm, "...")));
        auto items = list_from_iterable(vm, args[0]);
        if (items.is_error()) {
            repr_leave(view);
            return Failure {items.release_error()};
        }
        auto text = repr(vm, items.value());
        repr_leave(view);
        Ref<Str> list_text = TRY(std::move(text));
        std::string result = args[0].type()->name + "(" + str_to_utf8(*list_text) + ")";
        return Ref<>(TRY(new_str(vm, result)));
    }

    Result<Ref<>> view_mapping(Vm& vm, Value self)
    {
        return make_mappingproxy(vm, *as_view(self).dict);
    }

    // dictitems_contains: a (key, value) pair whose key maps to an equal value.
    Result<bool> items_contain(Vm& vm, Dict& dict, Value item)
    {
        if (!is_tuple(item) || as_tuple(item).size != 2)
            return false;
        Ref<> key = ref(as_tuple(item)[0]);
        Ref<> value = ref(as_tuple(item)[1]);
        Value found = TRY(dict_get_item(vm, dict, key));
        if (found.is_null())
            return false;
        Ref<> keep = ref(found);
        return equal(vm, found, value);
    }

    Result<bool> view_contains(Vm& vm, Value view, Value item)
    {
        Dict& dict = *as_view(view).dict;
        if (view.type() == &dict_keys_type)
            return dict_contains(vm, dict, item);
        return items_contain(vm, dict, item);
    }

    Result<Ref<>> view_method_contains(Vm& vm, Args args)
    {
        bool found = TRY(view_contains(vm, args[0], args[1]));
        return new_bool(found);
    }

    // all_contained_in: every item of `left` is `in right`.
    Result<bool> all_contained_in(Vm& vm, Value left, Value right)
    {
        Ref<> iterator = TRY(get_iter(vm, left));
        for (;;) {
            Ref<> item = TRY(iter_next(vm, iterator));
            if (!item)
                return true;
            bool found = TRY(contains(vm, right, item));
            if (!found)
                return false;
        }
    }

    Result<Ref<>> view_rich_compare(Vm& vm, Value self, Value other, ComparisonOperator op)
    {
        if (!is_set_or_frozenset(other) && !is_set_like_view(other))
            return ref(not_implemented());
        int64_t self_size = TRY(length(vm, self));
        int64_t other_size = TRY(length(vm, other));
        bool result = false;
        switch (op) {
        case ComparisonOperator::Equal:
        case ComparisonOperator::NotEqual:
            result = self_size == other_size && TRY(all_contained_in(vm, self, other));
            if (op == ComparisonOperator::NotEqual)
                result = !result;
            break;
        case ComparisonOperator::Less:
            result = self_size < other_size && TRY(all_contained_in(vm, self, other));
            break;
        case ComparisonOperator::LessEqual:
            result = self_size <= other_size && TRY(all_contained_in(vm, self, other));
            break;
        case ComparisonOperator::Greater:
            result = self_size > other_size && TRY(all_contained_in(vm, other, self));
            break;
        case ComparisonOperator::GreaterEqual:
            result = self_size >= other_size && TRY(all_contained_in(vm, other, self));
            break;
        }
        return new_bool(result);
    }

    Result<Ref<>> view_eq(Vm& vm, Args args)
    {
        return view_rich_compare(vm, args[0], args[1], ComparisonOperator::Equal);
    }
    Result<Ref<>> view_ne(Vm& vm, Args args)
    {
        return view_rich_compare(vm, args[0], args[1], ComparisonOperator::NotEqual);
    }
    Result<Ref<>> view_lt(Vm& vm, Args args)
    {
        return view_rich_compare(vm, args[0], args[1], ComparisonOperator::Less);
    }
    Result<Ref<>> view_le(Vm& vm, Args args)
    {
        return view_rich_compare(vm, args[0], args[1], ComparisonOperator::LessEqual);
    }
    Result<Ref<>> view_gt(Vm& vm, Args args)
    {
        return view_rich_compare(vm, args[0], args[1], ComparisonOperator::Greater);
    }
    Result<Ref<>> view_ge(Vm& vm, Args args)
    {
        return view_rich_compare(vm, args[0], args[1], ComparisonOperator::GreaterEqual);
    }

    // dictviews_to_set: set(view), reading the dict directly for a keys view of an exact
    // dict (CPython's fast path: the same set either way).
    Result<Ref<Set>> view_to_set(Vm& vm, Value value)
    {
        Value source = value;
        if (value.is_object() && value.type() == &dict_keys_type
            && is_exact_dict(as_view(value).dict.value()))
            source = as_view(value).dict.value();
        return set_from_iterable(vm, set_type, source);
    }

    // The set operators: the result is a set built from the left operand (whichever side
    // the view is on), then updated in place with the other one.
    Result<Ref<>> view_set_operation(Vm& vm, Value left, Value right, char const* method)
    {
        Ref<Set> result = TRY(view_to_set(vm, left));
        TRY(call_method(vm, result, method, std::span<Value const>(&right, 1)));
        return Ref<>(std::move(result));
    }

    Result<Ref<>> view_sub(Vm& vm, Args args)
    {
        return view_set_operation(vm, args[0], args[1], "difference_update");
    }
    Result<Ref<>> view_rsub(Vm& vm, Args args)
    {
        return view_set_operation(vm, args[1], args[0], "difference_update");
    }
    Result<Ref<>> view_or(Vm& vm, Args args)
    {
        return view_set_operation(vm, args[0], args[1], "update");
    }
    Result<Ref<>> view_ror(Vm& vm, Args args)
    {
        return view_set_operation(vm, args[1], args[0], "update");
    }

    Result<Ref<>> items_xor(Vm& vm, Dict& left, Dict& right)
    {
        // dictitems_xor: pairs of one dict whose key is missing from the other or maps to
        // a different value there.
        Ref<Dict> remaining = TRY(dict_copy(vm, right));
        Ref<Set> result = TRY(new_set(vm));
        int64_t position = 0;
        Value key_value, item_value;
        while (dict_next(left, position, key_value, item_value)) {
            Ref<> key = ref(key_value);
            Ref<> value = ref(item_value);
            Value other = TRY(dict_get_item(vm, *remaining, key));
            bool same = false;
            if (!other.is_null()) {
                Ref<> keep = ref(other);
                same = TRY(equal(vm, value, other));
            }
            if (same) {
                TRY(dict_delete_item(vm, *remaining, key));
            } else {
                Ref<Tuple> pair = TRY(new_tuple(vm, {key.value(), value.value()}));
                TRY(set_add(vm, *result, pair));
            }
        }
        position = 0;
        while (dict_next(*remaining, position, key_value, item_value)) {
            Ref<Tuple> pair = TRY(new_tuple(vm, {key_value, item_value}));
            TRY(set_add(vm, *result, pair));
        }
        return Ref<>(std::move(result));
    }

    Result<Ref<>> view_xor(Vm& vm, Value left, Value right)
    {
        if (left.type() == &dict_items_type && right.is_object() && right.type() == &dict_items_type)
            return items_xor(vm, *as_view(left).dict, *as_view(right).dict);
        return view_set_operation(vm, left, right, "symmetric_difference_update");
    }

    Result<Ref<>> view_method_xor(Vm& vm, Args args)
    {
        return view_xor(vm, args[0], args[1]);
    }
    Result<Ref<>> view_method_rxor(Vm& vm, Args args)
    {
        return view_xor(vm, args[1], args[0]);
    }

    // _PyDictView_Intersect.
    Result<Ref<>> view_and(Vm& vm, Value self, Value other)
    {
        if (!is_set_like_view(self))
            std::swap(self, other);
        int64_t self_size = as_view(self).dict->size;
        if (other.is_object() && other.type() == &set_type) {
            int64_t other_size = TRY(length(vm, other));
            if (self_size <= other_size)
                return call_method(vm, other, "intersection", std::span<Value const>(&self, 1));
        }
        if (is_set_like_view(other)) {
            int64_t other_size = as_view(other).dict->size;
            if (other_size > self_size)
                std::swap(self, other);
        }
        Ref<Set> result = TRY(new_set(vm));
        Ref<> iterator = TRY(get_iter(vm, other));
        for (;;) {
            Ref<> item = TRY(iter_next(vm, iterator));
            if (!item)
                break;
            bool found = TRY(view_contains(vm, self, item));
            if (found)
                TRY(set_add(vm, *result, item));
        }
        return Ref<>(std::move(result));
    }

    Result<Ref<>> view_method_and(Vm& vm, Args args)
    {
        return view_and(vm, args[0], args[1]);
    }
    Result<Ref<>> view_method_rand(Vm& vm, Args args)
    {
        return view_and(vm, args[1], args[0]);
    }

    Result<Ref<>> view_isdisjoint(Vm& vm, Args args)
    {
        Value self = args[0];
        Value other = args[1];
        if (self.is(other))
            return new_bool(as_view(self).dict->size == 0);
        // Iterate over the shorter operand, but only when membership in the other one is
        // cheap (a set or a set-like view).
        if (is_set_or_frozenset(other) || is_set_like_view(other)) {
            int64_t self_size = as_view(self).dict->size;
            int64_t other_size = TRY(length(vm, other));
            if (other_size > self_size)
                std::swap(self, other);
        }
        Ref<> iterator = TRY(get_iter(vm, other));
        for (;;) {
            Ref<> item = TRY(iter_next(vm, iterator));
            if (!item)
                return new_bool(true);
            bool found = TRY(contains(vm, self, item));
            if (found)
                return new_bool(false);
        }
    }

    constexpr NativeMethod set_like_view_methods[] = {
        {"__len__($self, /)", view_len},
        {"__iter__($self, /)", view_iter},
        {"__reversed__($self, /)", view_reversed},
        {"__contains__($self, key, /)", view_method_contains},
        {"__repr__($self, /)", view_repr},
        {"__eq__($self, value, /)", view_eq},
        {"__ne__($self, value, /)", view_ne},
        {"__lt__($self, value, /)", view_lt},
        {"__le__($self, value, /)", view_le},
        {"__gt__($self, value, /)", view_gt},
        {"__ge__($self, value, /)", view_ge},
        {"__sub__($self, value, /)", view_sub},
        {"__rsub__($self, value, /)", view_rsub},
        {"__and__($self, value, /)", view_method_and},
        {"__rand__($self, value, /)", view_method_rand},
        {"__or__($self, value, /)", view_or},
        {"__ror__($self, value, /)", view_ror},
        {"__xor__($self, value, /)", view_method_xor},
        {"__rxor__($self, value, /)", view_method_rxor},
        {"isdisjoint($self, other, /)", view_isdisjoint},
    };

    constexpr NativeMethod values_view_methods[] = {
        {"__len__($self, /)", view_len},
        {"__iter__($self, /)", view_iter},
        {"__reversed__($self, /)", view_reversed},
        {"__repr__($self, /)", view_repr},
    };

    constexpr NativeProperty view_properties[] = {
        {"mapping", view_mapping, nullptr, "dictionary that this view refers to"},
    };

    // Set-like views compare by contents, so (as in CPython) they are unhashable; values
    // views keep identity hashing.
    TypeSpec view_spec(char const* name, std::span<NativeMethod const> methods, uint32_t extra_flags)
    {
        return TypeSpec {
            .name = name,
            .instance_size = sizeof(DictView),
            .flags = TypeHasGc | extra_flags,
            .methods = methods,
            .properties = view_properties,
            .destruct = view_destruct,
            .traverse = view_traverse,
            .clear = view_clear,
        };
    }

    TypeSpec iterator_spec(char const* name)
    {
        return TypeSpec {
            .name = name,
            .instance_size = sizeof(DictIterator),
            .flags = TypeHasGc,
            .methods = dict_iterator_methods,
            .destruct = iterator_destruct,
            .traverse = iterator_traverse,
            .clear = iterator_clear,
        };
    }

} // namespace

Result<Ref<>> new_dict_view(Vm& vm, Type& type, Value dict)
{
    Ref<DictView> view = TRY(make_object<DictView>(vm, type, 0));
    view->dict = Ref<Dict>::borrow(dict);
    return Ref<>(std::move(view));
}

Result<Ref<>> new_dict_iterator(Vm& vm, Type& type, Dict& dict)
{
    Ref<DictIterator> iterator = TRY(make_object<DictIterator>(vm, type, 0));
    iterator->dict = ref(&dict);
    iterator->used = dict.size;
    iterator->remaining = dict.size;
    if (is_reversed_iterator(&type))
        iterator->position = dict.size == 0 || !dict.storage ? -1 : dict.storage->entry_count - 1;
    return Ref<>(std::move(iterator));
}

Type dict_keys_type;
Type dict_values_type;
Type dict_items_type;
Type dict_keyiterator_type;
Type dict_valueiterator_type;
Type dict_itemiterator_type;
Type dict_reversekeyiterator_type;
Type dict_reversevalueiterator_type;
Type dict_reverseitemiterator_type;

extern TypeSpec const dict_keys_type_spec;
extern TypeSpec const dict_values_type_spec;
extern TypeSpec const dict_items_type_spec;
extern TypeSpec const dict_keyiterator_type_spec;
extern TypeSpec const dict_valueiterator_type_spec;
extern TypeSpec const dict_itemiterator_type_spec;
extern TypeSpec const dict_reversekeyiterator_type_spec;
extern TypeSpec const dict_reversevalueiterator_type_spec;
extern TypeSpec const dict_reverseitemiterator_type_spec;

TypeSpec const dict_keys_type_spec = view_spec("dict_keys", set_like_view_methods, TypeUnhashable);
TypeSpec const dict_values_type_spec = view_spec("dict_values", values_view_methods, 0);
TypeSpec const dict_items_type_spec = view_spec("dict_items", set_like_view_methods, TypeUnhashable);
TypeSpec const dict_keyiterator_type_spec = iterator_spec("dict_keyiterator");
TypeSpec const dict_valueiterator_type_spec = iterator_spec("dict_valueiterator");
TypeSpec const dict_itemiterator_type_spec = iterator_spec("dict_itemiterator");
TypeSpec const dict_reversekeyiterator_type_spec = iterator_spec("dict_reversekeyiterator");
TypeSpec const dict_reversevalueiterator_type_spec = iterator_spec("dict_reversevalueiterator");
TypeSpec const dict_reverseitemiterator_type_spec = iterator_spec("dict_reverseitemiterator");

} // namespace taipan
