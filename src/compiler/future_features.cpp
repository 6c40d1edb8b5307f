// Reads the leading `from __future__` imports of a module (see future_features.h).
#include "compiler/future_features.h"

#include <string>
#include <string_view>

namespace taipan {

namespace {

    // Every feature name __future__.py defines; all but two are no-ops in Python 3.11.
    constexpr std::string_view known_features[] = {
        "nested_scopes",
        "generators",
        "division",
        "absolute_import",
        "with_statement",
        "print_function",
        "unicode_literals",
        "barry_as_FLUFL",
        "generator_stop",
        "annotations",
    };

    // CPython reports these at the statement's start with no end column.
    SyntaxError error_at(ast::StmtNode const& statement, std::string message, int offset_adjustment = 1)
    {
        SyntaxError error;
        error.message = std::move(message);
        error.lineno = statement.location.lineno;
        error.offset = statement.location.col_offset + offset_adjustment;
        error.end_lineno = statement.location.lineno;
        error.end_offset = 0;
        return error;
    }

    Result<void, SyntaxError> check_features(ast::ImportFrom const& import, FutureFeatures& features)
    {
        for (ast::Alias* alias : import.names) {
            std::string_view name = alias->name;
            bool known = false;
            for (std::string_view feature : known_features)
                known = known || feature == name;
            if (name == "annotations")
                features.annotations = true;
            else if (name == "barry_as_FLUFL")
                features.barry_as_flufl = true;
            if (known)
                continue;
            if (name == "braces")
                return Failure {error_at(import, "not a chance")};
            // CPython: the message formats the name with "%.100s".
            return Failure {
                error_at(import, "future feature " + std::string(name.substr(0, 100)) + " is not defined")};
        }
        return {};
    }

    bool is_docstring(ast::StmtNode const* statement)
    {
        auto* expression = ast::as<ast::Expr>(const_cast<ast::StmtNode*>(statement));
        if (!expression)
            return false;
        auto* constant = ast::as<ast::Constant>(expression->value);
        return constant && constant->value.kind == ast::ConstantValue::Kind::Str;
    }

} // namespace

Result<FutureFeatures, SyntaxError> parse_future_features(ast::ModNode const& module)
{
    FutureFeatures features;
    ast::StmtList body;
    if (module.kind == ast::ModKind::Module)
        body = static_cast<ast::Module const&>(module).body;
    else if (module.kind == ast::ModKind::Interactive)
        body = static_cast<ast::Interactive const&>(module).body;
    else
        return features;

    // CPython: future imports may follow a docstring. Once another statement is seen,
    // the rest of its line is still examined (so `x = 1; from __future__ import y`
    // fails here), later lines are left to the code generator.
    bool done = false;
    int previous_line = 0;
    for (uint32_t index = 0; index < body.size(); ++index) {
        ast::StmtNode const* statement = body[index];
        if (done && statement->location.lineno > previous_line)
            break;
        previous_line = statement->location.lineno;
        auto* import = ast::as<ast::ImportFrom>(const_cast<ast::StmtNode*>(statement));
        if (import && import->module == "__future__") {
            // CPython: this one message gives the 0-based column as the offset.
            if (done)
                return Failure {error_at(
                    *statement, "from __future__ imports must occur at the beginning of the file", 0)};
            TRY(check_features(*import, features));
            features.last_lineno = statement->location.lineno;
        } else if (!(index == 0 && is_docstring(statement))) {
            done = true;
        }
    }
    return features;
}

} // namespace taipan
