// The `from __future__ import ...` statements at the top of a module: which features
// they turn on, and CPython's errors for unknown features ("not a chance"), checked
// before the symbol table is built, as CPython's future.c does.
#pragma once

#include "parser/ast.h"
#include "support/result.h"
#include "support/syntax_error.h"

namespace taipan {

struct FutureFeatures {
    bool annotations = false; // PEP 563: annotations are kept as strings
    bool barry_as_flufl = false; // PEP 401
    // The line of the last `from __future__` import of the module's leading block, -1
    // when there is none. A `from __future__` import on a later line is the code
    // generator's error "from __future__ imports must occur at the beginning of the file".
    int last_lineno = -1;
};

Result<FutureFeatures, SyntaxError> parse_future_features(ast::ModNode const&);

} // namespace taipan
