// list.sort: a stable merge sort (binary insertion sort on short runs, then merges
// that skip already-ordered neighbours) comparing only with `<`, with CPython's
// observable rules: keys computed once per item in order, the list empty while it is
// sorted, "list modified during sort", reverse=True keeping equal items in order.
#include "objects/abstract.h"
#include "objects/containers.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/list.h"
#include "objects/str.h"
#include "vm/vm.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace taipan {

namespace {

    struct SortItem {
        Value key;
        Value value; // the list item (the key itself when there is no key function)
    };

    // When every key has the same simple type, `<` needs no Python call (CPython's
    // pre-sort check does the same).
    enum class KeyKind { SmallInt, Str, Float, General };

    KeyKind classify(std::vector<SortItem> const& items)
    {
        if (items.empty())
            return KeyKind::General;
        bool small_ints = true, strs = true, floats = true;
        for (SortItem const& item : items) {
            small_ints = small_ints && item.key.is_small_int();
            strs = strs && is_exact_str(item.key);
            floats = floats && is_exact_float(item.key);
            if (!small_ints && !strs && !floats)
                return KeyKind::General;
        }
        if (small_ints)
            return KeyKind::SmallInt;
        if (strs)
            return KeyKind::Str;
        if (floats)
            return KeyKind::Float;
        return KeyKind::General;
    }

    class Sorter {
    public:
        Sorter(Vm& vm, std::vector<SortItem>& items)
            : m_vm(vm)
            , m_items(items)
            , m_kind(classify(items))
        {
        }

        Result<void> sort()
        {
            constexpr int64_t run = 32;
            int64_t size = int64_t(m_items.size());
            for (int64_t low = 0; low < size; low += run)
                TRY(insertion_sort(low, std::min(low + run, size)));
            for (int64_t width = run; width < size; width *= 2) {
                for (int64_t low = 0; low + width < size; low += 2 * width)
                    TRY(merge(low, low + width, std::min(low + 2 * width, size)));
            }
            return {};
        }

    private:
        Result<bool> less(Value left, Value right)
        {
            switch (m_kind) {
            case KeyKind::SmallInt:
                return left.as_small_int() < right.as_small_int();
            case KeyKind::Str:
                return str_compare(as_str(left), as_str(right)) < 0;
            case KeyKind::Float:
                return float_value(left) < float_value(right);
            case KeyKind::General:
                break;
            }
            return rich_compare_bool(m_vm, left, right, ComparisonOperator::Less);
        }

        // Sorts [low, high) by binary insertion: each item goes after the equal ones
        // already placed, which keeps the sort stable.
        Result<void> insertion_sort(int64_t low, int64_t high)
        {
            for (int64_t i = low + 1; i < high; ++i) {
                SortItem pivot = m_items[i];
                int64_t left = low, right = i;
                while (left < right) {
                    int64_t middle = left + (right - left) / 2;
                    bool before = TRY(less(pivot.key, m_items[middle].key));
                    if (before)
                        right = middle;
                    else
                        left = middle + 1;
                }
                std::move_backward(m_items.begin() + left, m_items.begin() + i, m_items.begin() + i + 1);
                m_items[left] = pivot;
            }
            return {};
        }

        // Merges the sorted runs [low, middle) and [middle, high). On an error the items
        // not yet merged are put back, so the array still holds every item once.
        Result<void> merge(int64_t low, int64_t middle, int64_t high)
        {
            bool out_of_order = TRY(less(m_items[middle].key, m_items[middle - 1].key));
            if (!out_of_order)
                return {};
            m_buffer.assign(m_items.begin() + low, m_items.begin() + middle);
            size_t left = 0;
            int64_t right = middle;
            int64_t out = low;
            while (left < m_buffer.size() && right < high) {
                auto before = less(m_items[right].key, m_buffer[left].key);
                if (before.is_error()) {
                    std::copy(m_buffer.begin() + int64_t(left), m_buffer.end(), m_items.begin() + out);
                    return Failure {before.release_error()};
                }
                if (before.value())
                    m_items[out++] = m_items[right++];
                else
                    m_items[out++] = m_buffer[left++];
            }
            std::copy(m_buffer.begin() + int64_t(left), m_buffer.end(), m_items.begin() + out);
            return {};
        }

        Vm& m_vm;
        std::vector<SortItem>& m_items;
        KeyKind m_kind;
        std::vector<SortItem> m_buffer;
    };

} // namespace

Result<void> list_sort(Vm& vm, List& list, Value key, bool reverse)
{
    // The list looks empty while it is sorted, so comparisons and key functions that
    // change it cannot touch the items being moved; capacity -1 marks "untouched".
    Value* saved_items = list.items;
    int64_t saved_size = list.size;
    int64_t saved_capacity = list.capacity;
    list.items = nullptr;
    list.size = 0;
    list.capacity = -1;

    std::vector<SortItem> items(static_cast<size_t>(saved_size));
    bool key_failed = false;
    Result<void> status {};
    int64_t keys_made = 0;
    for (int64_t i = 0; i < saved_size; ++i) {
        items[i].value = saved_items[i];
        if (key.is_null()) {
            items[i].key = saved_items[i];
            continue;
        }
        auto computed = call(vm, key, {saved_items[i]});
        if (computed.is_error()) {
            key_failed = true;
            status = Failure {computed.release_error()};
            break;
        }
        items[i].key = computed.release_value().leak();
        ++keys_made;
    }

    if (!key_failed) {
        if (reverse)
            std::reverse(items.begin(), items.end());
        Sorter sorter(vm, items);
        status = sorter.sort();
        if (reverse)
            std::reverse(items.begin(), items.end());
        for (int64_t i = 0; i < saved_size; ++i)
            saved_items[i] = items[i].value;
    }
    if (!key.is_null()) {
        for (int64_t i = 0; i < keys_made; ++i)
            decref(items[i].key);
    }

    bool modified = list.capacity != -1 || list.items;
    Value* final_items = list.items;
    int64_t final_size = list.size;
    list.items = saved_items;
    list.size = saved_size;
    list.capacity = saved_capacity;
    // Whatever was put in the list meanwhile is dropped.
    if (final_items) {
        for (int64_t i = final_size - 1; i >= 0; --i)
            decref(final_items[i]);
        SmallObjectPool::release(final_items);
    }
    if (status.is_error())
        return status;
    if (modified && !key_failed)
        return vm.raise(ExceptionKind::ValueError, "list modified during sort");
    return {};
}

} // namespace taipan
