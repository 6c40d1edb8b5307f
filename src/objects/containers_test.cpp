// Unit tests for the containers' C++-level invariants: dict and set table sizes,
// probing and iteration order after deletions, list over-allocation, slice index
// adjustment, and the tuple/frozenset hashes. Expected numbers were recorded from
// CPython 3.11 (int keys only, so no string hash seed is involved).
#include "objects/abstract.h"
#include "objects/containers.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/slice.h"
#include "objects/tuple.h"
#include "vm/vm.h"

#include <gtest/gtest.h>

#include <vector>

namespace taipan {
namespace {

    int64_t size_of(Vm& vm, Value object)
    {
        Ref<> size = MUST(call_method(vm, object, "__sizeof__"));
        return *int_to_int64(size);
    }

    std::vector<int64_t> dict_keys(Dict const& dict)
    {
        std::vector<int64_t> keys;
        int64_t position = 0;
        Value key, value;
        while (dict_next(dict, position, key, value))
            keys.push_back(key.as_small_int());
        return keys;
    }

    TEST(Dict, GrowthMatchesCPython)
    {
        Vm vm;
        // dict.__sizeof__() after each of d[i] = i for i in range(45).
        std::vector<int64_t> expected = {208, 208, 208, 208, 208, 336, 336, 336, 336, 336, 616, 616, 616, 616,
            616, 616, 616, 616, 616, 616, 616, 1152, 1152, 1152, 1152, 1152, 1152, 1152, 1152, 1152, 1152,
            1152, 1152, 1152, 1152, 1152, 1152, 1152, 1152, 1152, 1152, 1152, 2248, 2248, 2248};
        Ref<Dict> dict = MUST(new_dict(vm));
        for (int64_t i = 0; i < int64_t(expected.size()); ++i) {
            MUST(dict_set_item(vm, *dict, Value::small_int(i), Value::small_int(i)));
            EXPECT_EQ(size_of(vm, dict), expected[size_t(i)]) << "after " << i + 1 << " keys";
        }
    }

    TEST(Dict, DeletionKeepsOrderAndDummies)
    {
        Vm vm;
        Ref<Dict> dict = MUST(new_dict(vm));
        for (int64_t i = 0; i < 10; ++i)
            MUST(dict_set_item(vm, *dict, Value::small_int(i), Value::small_int(i)));
        for (int64_t i = 0; i < 10; i += 2)
            EXPECT_TRUE(MUST(dict_delete_item(vm, *dict, Value::small_int(i))));
        EXPECT_FALSE(MUST(dict_delete_item(vm, *dict, Value::small_int(0))));
        MUST(dict_set_item(vm, *dict, Value::small_int(100), Value::small_int(1)));
        MUST(dict_set_item(vm, *dict, Value::small_int(3), Value::small_int(5)));
        EXPECT_EQ(dict_keys(*dict), (std::vector<int64_t> {1, 3, 5, 7, 9, 100}));
        EXPECT_EQ(dict->size, 6);
        EXPECT_EQ(size_of(vm, dict), 336);
        EXPECT_EQ(MUST(dict_get_item(vm, *dict, Value::small_int(3))).as_small_int(), 5);
        EXPECT_TRUE(MUST(dict_get_item(vm, *dict, Value::small_int(4))).is_null());
        Ref<Dict> copy = MUST(dict_copy(vm, *dict));
        EXPECT_EQ(dict_keys(*copy), dict_keys(*dict));
        EXPECT_EQ(size_of(vm, copy), 336);
    }

    TEST(Dict, CollidingHashesProbe)
    {
        Vm vm;
        // hash(-1) == hash(-2) == -2, and multiples of 2**61 - 1 hash to 0 like 0 itself.
        Ref<Dict> dict = MUST(new_dict(vm));
        std::vector<int64_t> keys = {-1, -2, 0, int64_t(hash_modulus), 2 * int64_t(hash_modulus) - 0, 8, 16};
        for (size_t i = 0; i < keys.size(); ++i)
            MUST(dict_set_item(vm, *dict, new_int(keys[i]), Value::small_int(int64_t(i))));
        for (size_t i = 0; i < keys.size(); ++i)
            EXPECT_EQ(MUST(dict_get_item(vm, *dict, new_int(keys[i]))).as_small_int(), int64_t(i));
        EXPECT_TRUE(MUST(dict_delete_item(vm, *dict, Value::small_int(-1))));
        EXPECT_EQ(MUST(dict_get_item(vm, *dict, Value::small_int(-2))).as_small_int(), 1);
        EXPECT_TRUE(MUST(dict_get_item(vm, *dict, Value::small_int(-1))).is_null());
    }

    TEST(Dict, PresizedLikeBuildMap)
    {
        Vm vm;
        // dict.fromkeys(d) presizes with CPython's estimate: 21 keys give a 64-slot table.
        Ref<Dict> source = MUST(new_dict(vm));
        for (int64_t i = 0; i < 21; ++i)
            MUST(dict_set_item(vm, *source, Value::small_int(i), Value::small_int(i)));
        Ref<> fromkeys = MUST(get_attribute(vm, Value(&dict_type), "fromkeys"));
        Ref<> made = MUST(call(vm, fromkeys, {source.value()}));
        EXPECT_EQ(size_of(vm, made), 1152);
    }

    TEST(Set, IterationOrderAndPop)
    {
        Vm vm;
        Ref<Set> set = MUST(new_set(vm));
        for (int64_t i = 100; i > 0; i -= 7)
            MUST(set_add(vm, *set, Value::small_int(i)));
        std::vector<int64_t> order;
        int64_t position = 0;
        Value item;
        while (set_next(*set, position, item))
            order.push_back(item.as_small_int());
        EXPECT_EQ(order, (std::vector<int64_t> {65, 2, 100, 37, 72, 9, 44, 79, 16, 51, 86, 23, 58, 93, 30}));
        EXPECT_EQ(size_of(vm, set), 712);
        EXPECT_TRUE(MUST(set_discard(vm, *set, Value::small_int(65))));
        EXPECT_TRUE(MUST(set_discard(vm, *set, Value::small_int(2))));
        Ref<> first = MUST(call_method(vm, set, "pop"));
        Ref<> second = MUST(call_method(vm, set, "pop"));
        EXPECT_EQ(first.value().as_small_int(), 100);
        EXPECT_EQ(second.value().as_small_int(), 37);
    }

    TEST(List, OverAllocationPattern)
    {
        Vm vm;
        Ref<List> list = MUST(new_list(vm, 0));
        std::vector<int64_t> capacities;
        for (int64_t i = 0; i < 80; ++i) {
            MUST(list_append(vm, *list, Value::small_int(i)));
            if (capacities.empty() || capacities.back() != list->capacity)
                capacities.push_back(list->capacity);
        }
        EXPECT_EQ(capacities, (std::vector<int64_t> {4, 8, 16, 24, 32, 40, 52, 64, 76, 92}));
        EXPECT_EQ(size_of(vm, list), 40 + 92 * 8);
    }

    std::vector<int64_t> list_values(List const& list)
    {
        std::vector<int64_t> values;
        for (int64_t i = 0; i < list.size; ++i)
            values.push_back(list[i].as_small_int());
        return values;
    }

    TEST(List, SortIsStableWithKeyAndReverse)
    {
        Vm vm;
        Value abs_function = MUST(dict_get_str(vm, vm.builtins(), *vm.intern("abs")));
        ASSERT_FALSE(abs_function.is_null());
        std::vector<int64_t> input;
        for (int repeat = 0; repeat < 3; ++repeat)
            input.insert(input.end(), {3, -3, -1, 1, 2, -2, 0});
        for (bool reverse : {false, true}) {
            Ref<List> list = MUST(new_list(vm, 0));
            for (int64_t value : input)
                MUST(list_append(vm, *list, Value::small_int(value)));
            MUST(list_sort(vm, *list, abs_function, reverse));
            if (!reverse)
                EXPECT_EQ(list_values(*list),
                    (std::vector<int64_t> {
                        0, 0, 0, -1, 1, -1, 1, -1, 1, 2, -2, 2, -2, 2, -2, 3, -3, 3, -3, 3, -3}));
            else
                EXPECT_EQ(list_values(*list),
                    (std::vector<int64_t> {
                        3, -3, 3, -3, 3, -3, 2, -2, 2, -2, 2, -2, -1, 1, -1, 1, -1, 1, 0, 0, 0}));
        }
        // Many runs and merges: the result is sorted and a permutation of the input.
        Ref<List> big = MUST(new_list(vm, 0));
        for (int64_t i = 0; i < 5000; ++i)
            MUST(list_append(vm, *big, Value::small_int((i * 7919) % 4999)));
        MUST(list_sort(vm, *big, Value {}, false));
        for (int64_t i = 1; i < big->size; ++i)
            EXPECT_LE((*big)[i - 1].as_small_int(), (*big)[i].as_small_int());
    }

    TEST(Containers, DeepNestingIsFreedWithoutRecursion)
    {
        Vm vm;
        // A million nested lists, dicts and tuples: dropping the outermost one must not
        // recurse once per level (the containers' trashcan).
        Ref<> nested = Ref<>(MUST(new_list(vm, 0)));
        for (int i = 0; i < 1000000; ++i) {
            Ref<List> outer = MUST(new_list(vm, 0));
            MUST(list_append(vm, *outer, nested));
            nested = std::move(outer);
        }
        for (int i = 0; i < 300000; ++i) {
            Ref<Dict> outer = MUST(new_dict(vm));
            MUST(dict_set_item(vm, *outer, Value::small_int(1), nested));
            nested = std::move(outer);
        }
        for (int i = 0; i < 300000; ++i)
            nested = Ref<>(MUST(new_tuple(vm, {nested.value()})));
        nested = nullptr;
        SUCCEED();
    }

    TEST(Slice, AdjustIndices)
    {
        int64_t start = 0, stop = INT64_MAX, step = 1;
        EXPECT_EQ(slice_adjust_indices(10, start, stop, step), 10);
        start = INT64_MAX, stop = INT64_MIN, step = -1;
        EXPECT_EQ(slice_adjust_indices(10, start, stop, step), 10);
        EXPECT_EQ(start, 9);
        EXPECT_EQ(stop, -1);
        start = -3, stop = 100, step = 2;
        EXPECT_EQ(slice_adjust_indices(10, start, stop, step), 2);
        start = 5, stop = 2, step = 1;
        EXPECT_EQ(slice_adjust_indices(10, start, stop, step), 0);
    }

    TEST(Hashes, TupleAndFrozenset)
    {
        Vm vm;
        Ref<Tuple> pair = MUST(new_tuple(vm, {Value::small_int(1), Value::small_int(2)}));
        EXPECT_EQ(MUST(hash(vm, pair)), -3550055125485641917);
        Ref<Tuple> one = MUST(new_tuple(vm, {Value::small_int(1)}));
        Ref<Tuple> nested = MUST(new_tuple(vm, {empty_tuple().value(), one.value()}));
        EXPECT_EQ(MUST(hash(vm, nested)), -7715943332640168325);
        Ref<Set> frozen = MUST(new_set(vm, frozenset_type));
        for (int64_t i = 1; i <= 3; ++i)
            MUST(set_add(vm, *frozen, Value::small_int(i)));
        EXPECT_EQ(MUST(hash(vm, frozen)), -272375401224217160);
    }

} // namespace
} // namespace taipan
