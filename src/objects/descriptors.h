// The descriptor types written in Python as decorators: property, classmethod and
// staticmethod. Heap types wrap __new__, __init_subclass__ and __class_getitem__ in
// them implicitly, so their C++ constructors are public.
#pragma once

#include "objects/object.h"
#include "objects/type.h"
#include "support/result.h"

namespace taipan {

class Vm;
struct Dict;

struct PropertyObject : Object {
    Ref<> getter; // fget, null for None
    Ref<> setter; // fset
    Ref<> deleter; // fdel
    Ref<> doc; // __doc__ of exact properties (subclass instances keep it in their dict)
    Ref<> name; // set by __set_name__, for the "has no setter" messages
    bool doc_from_getter = false; // the doc was taken from fget.__doc__
};

// classmethod and staticmethod share a layout: the wrapped callable and the
// attributes copied from it (__module__, __name__, __qualname__, __doc__,
// __annotations__) in an instance dict.
struct MethodWrapperObject : Object {
    Ref<> callable;
    Ref<Dict> dict;
};

// classmethod(callable) / staticmethod(callable).
Result<Ref<>> new_classmethod(Vm&, Value callable);
Result<Ref<>> new_staticmethod(Vm&, Value callable);

} // namespace taipan
