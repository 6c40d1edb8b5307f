// types.GenericAlias (`list[int]`, PEP 585) and types.UnionType (`int | str`, PEP 604):
// the objects that subscripting a builtin class and `|` between classes make.
#pragma once

#include "objects/native.h"
#include "objects/object.h"
#include "support/result.h"

namespace taipan {

class Vm;
struct Tuple;

extern Type generic_alias_type;
extern Type union_type;

// GenericAlias(origin, args): `args` is wrapped in a 1-tuple unless it is a tuple.
Result<Ref<>> new_generic_alias(Vm&, Value origin, Value args);

// `left | right` for classes, None, aliases and unions; NotImplemented for anything else.
Result<Ref<>> union_or(Vm&, Value left, Value right);

// The members of a types.UnionType, or null when `value` is not one.
Tuple* union_arguments(Value value);

// The __class_getitem__ of builtin generic classes (list, dict, tuple, ...):
// `cls[item]` is GenericAlias(cls, item).
Result<Ref<>> generic_class_getitem(Vm&, Args);

} // namespace taipan
