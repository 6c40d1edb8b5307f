// Inline caches: what the interpreter remembers in the cache units that follow an
// instruction (bytecode/opcodes.def gives their count; the compiler zeroes them). A
// cache only ever speeds an instruction up: every use revalidates it, and a cache that
// does not apply sends the instruction down its general path, which refills it.
#pragma once

#include "bytecode/opcode.h"
#include "objects/dict.h"
#include "objects/dict_storage.h"
#include "objects/str.h"
#include "support/result.h"

#include <cstdint>

namespace taipan {

class Vm;
struct Frame;
struct Str;

// LoadGlobal: two units read as one 64-bit word C.
//   C == 0                      nothing cached yet
//   bit 63 clear                the name is entry C - 1 of the globals dict
//   bit 63 set                  the name is entry (C & index mask) of the builtins dict,
//                               and absent from a globals dict whose version is
//                               (C >> index_bits) & version mask
// Entries are revalidated by key identity (names are interned), so a globals hit is
// right for whatever dict the frame has; a builtins hit also needs the globals version,
// which is unique among all dict states of the Vm.
namespace global_cache {
constexpr uint64_t builtins_flag = uint64_t {1} << 63;
constexpr int index_bits = 23;
constexpr uint64_t index_mask = (uint64_t {1} << index_bits) - 1;
constexpr int version_bits = 40;
constexpr uint64_t version_mask = (uint64_t {1} << version_bits) - 1;
} // namespace global_cache

inline uint64_t read_cache_word(CodeWord const* units) { return units[0] | (uint64_t(units[1]) << 32); }
inline void write_cache_word(CodeWord* units, uint64_t value)
{
    units[0] = CodeWord(value);
    units[1] = CodeWord(value >> 32);
}

// The global `name` (borrowed) if the cache word still applies, else null.
inline Value probe_global_cache(uint64_t cache, Dict& globals, Dict* builtins, Str& name)
{
    using namespace global_cache;
    if (!(cache & builtins_flag))
        return dict_entry_value_if_key(globals, cache - 1, Value(&name));
    if (!builtins || globals.version != ((cache >> index_bits) & version_mask))
        return {};
    return dict_entry_value_if_key(*builtins, cache & index_mask, Value(&name));
}

// LoadGlobal's general path: looks the name up (NameError when absent) and fills the
// cache units when the result can be cached.
Result<Ref<>> load_global_and_cache(Vm&, Frame&, Str& name, CodeWord* units);

} // namespace taipan
