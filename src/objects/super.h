// super: proxies attribute lookups to the classes after `type` in the MRO of the
// object's class. super() without arguments takes (__class__, first argument) from the
// calling frame through current_frame_super_arguments (vm/interpreter.h).
#pragma once

#include "objects/object.h"
#include "objects/type.h"
#include "support/result.h"

namespace taipan {

class Vm;

struct SuperObject : Object {
    Ref<> this_class; // __thisclass__: the class whose successors are searched
    Ref<> self_object; // __self__, or null for an unbound super
    Ref<> self_class; // __self_class__: the class whose MRO is walked, or null
};

// super(start, object): object is an instance of start or a subclass of it.
Result<Ref<>> make_super(Vm&, Type& start, Value object);

} // namespace taipan
