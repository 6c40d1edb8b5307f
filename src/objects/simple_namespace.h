// types.SimpleNamespace: an object whose attributes are its keyword arguments, with the
// repr "namespace(a=1, b='x')". sys.implementation is one, and Lib/types.py takes the
// class from there.
#pragma once

#include "objects/dict.h"
#include "objects/object.h"
#include "objects/type.h"
#include "support/result.h"

namespace taipan {

class Vm;

struct SimpleNamespace : Object {
    Ref<Dict> dict;
};

extern Type simple_namespace_type;

// A SimpleNamespace whose attributes are a copy of `attributes` (str keys), or none.
Result<Ref<>> new_simple_namespace(Vm&, Dict* attributes);

} // namespace taipan
