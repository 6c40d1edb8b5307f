// The general paths of cached instructions: they do the full lookup and leave in the
// instruction's cache units what lets the next run skip it (vm/inline_caches.h).
#include "vm/inline_caches.h"

#include "objects/str.h"
#include "vm/frame.h"
#include "vm/interpreter_support.h"
#include "vm/vm.h"

namespace taipan {

Result<Ref<>> load_global_and_cache(Vm& vm, Frame& frame, Str& name, CodeWord* units)
{
    using namespace global_cache;
    Dict& globals = *frame.globals;
    int64_t index = name.is_interned ? dict_find_str_entry(globals, name) : -2;
    if (index >= 0 && dict_entry_value_if_key(globals, uint64_t(index), Value(&name))) {
        write_cache_word(units, uint64_t(index) + 1);
        return ref(dict_entry_value_if_key(globals, uint64_t(index), Value(&name)));
    }
    if (index == dict_index_empty && frame.builtins) {
        int64_t found = dict_find_str_entry(*frame.builtins, name);
        Value value = found >= 0 ? dict_entry_value_if_key(*frame.builtins, uint64_t(found), Value(&name)) : Value {};
        if (value && uint64_t(found) <= index_mask && globals.version <= version_mask) {
            write_cache_word(units, builtins_flag | (globals.version << index_bits) | uint64_t(found));
            return ref(value);
        }
    }
    write_cache_word(units, 0);
    return load_global(vm, frame, name);
}

} // namespace taipan
