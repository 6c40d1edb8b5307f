// The reference-count checking debug build (-DTAIPAN_REFCOUNT_DEBUG=ON): every heap
// object allocate_instance makes is recorded until free_instance returns its memory,
// so a decref below zero or a second free aborts with the object's type, and the
// objects still alive once the runtime is torn down can be reported by type
// (TAIPAN_CHECK_LEAKS=1). In other builds the hooks compile to nothing.
#pragma once

#include <cstdint>

namespace taipan {

struct Object;

#ifdef TAIPAN_REFCOUNT_DEBUG
inline constexpr bool refcount_debug_enabled = true;
// Called by allocate_instance / free_instance. The free aborts when the object is
// not live (freed twice, or never allocated by allocate_instance).
void note_object_allocated(Object*);
void note_object_freed(Object*);
// decref found a count already at zero or below: aborts naming the type.
[[noreturn]] void report_refcount_underflow(Object*);
#else
inline constexpr bool refcount_debug_enabled = false;
inline void note_object_allocated(Object*) { }
inline void note_object_freed(Object*) { }
#endif

// The number of heap objects alive that are not immortal (-1 when the build does not
// count objects).
int64_t live_object_count();

// The exit-time check, called once the program's Vm is gone. When TAIPAN_CHECK_LEAKS
// is set to a non-empty value other than 0, it prints the objects still alive, a count
// per type name, to stderr and returns leaked_objects_exit_status if there are any;
// otherwise it returns 0.
int check_live_objects_at_exit();
inline constexpr int leaked_objects_exit_status = 125;

} // namespace taipan
