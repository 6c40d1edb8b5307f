// Process-wide set-up that happens once, when the first Vm is created: the static
// builtin types (builtin_types.def, exceptions.def) and the immortal interned strings
// their dicts use as keys. Everything made here is immortal and never mutated again,
// so every Vm of the process can share it.
#pragma once

#include "objects/value.h"

#include <string_view>

namespace taipan {

class Vm;
struct Str;

void initialize_runtime_once(Vm&);
// The immortal interned str for `text`, made during set-up, or null.
Str* find_static_interned(std::string_view text);
bool is_static_interned(Str const&);
// True while the builtin types are being set up (new objects are made immortal).
bool runtime_setup_in_progress();
// Makes an object (and nothing it refers to) immortal.
void make_immortal(Value);
// Frees an object made immortal during set-up that is being replaced and that nothing
// else refers to (a decref would leave it unreachable but never freed).
void release_immortal(Value);

// Builds the per-Vm modules: builtins, sys. Called by Vm's constructor.
void create_core_modules(Vm&);

} // namespace taipan
