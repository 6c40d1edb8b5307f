// Struct sequences (CPython's structseq): tuple subclasses whose items are also named
// attributes, such as sys.version_info, sys.flags, sys.float_info, os.stat_result or
// time.struct_time. Only the first `visible_count` fields take part in len(), indexing
// and iteration; the rest are attributes only. Each kind is a static builtin type:
//
//   constexpr char const* version_info_fields[] = {"major", "minor", ...};
//   StructSeqDescription const version_info_description = {"sys.version_info", version_info_fields, 5};
//   Type sys_version_info_type;
//   TypeSpec const sys_version_info_type_spec = structseq_spec(sys_version_info_type, version_info_description);
//
// plus TAIPAN_BUILTIN_TYPE(sys_version_info_type) in a types_*.def.
#pragma once

#include "objects/object.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "support/result.h"

#include <span>

namespace taipan {

class Vm;

struct StructSeqDescription {
    char const* name; // the type's name, module included: "sys.version_info"
    std::span<char const* const> fields;
    int visible_count; // n_sequence_fields
    // false: "cannot create 'sys.flags' instances" (sys.version_info and sys.flags).
    bool instantiable = true;
    char const* doc = nullptr;
};

// The most fields a struct sequence may have.
constexpr size_t max_structseq_fields = 32;

// The TypeSpec of a struct-sequence type (tuple subclass, field attributes, __new__,
// __repr__, __reduce__); also records `type` as described by `description`.
TypeSpec structseq_spec(Type& type, StructSeqDescription const& description);

// A new instance of a struct-sequence type holding new references to `values` (one
// per field, every field).
Result<Ref<Tuple>> new_structseq(Vm&, Type&, std::span<Value const> values);

// Adds the class attributes n_fields, n_sequence_fields, n_unnamed_fields and
// __match_args__ to every struct-sequence type (once per process, after set-up).
void finish_structseq_types(Vm&);

} // namespace taipan
