// The nesting limit CPython applies while compiling: a chain of more than 3,000
// nested statements and expressions (say `x.a.a.a...` or `-(-(-...))`) raises
// "RecursionError: maximum recursion depth exceeded during compilation". CPython's
// AST optimizer meets it first, before the symbol table, so it is checked here as a
// pass of its own over every field of every node (generated from ast_nodes.def).
#include "compiler/symtable_internal.h"

#include <algorithm>
#include <type_traits>

namespace taipan {

namespace {

    // CPython: the recursion limit (1,000) times COMPILER_STACK_FRAME_SCALE (3), counted
    // from a depth of zero when a script is compiled.
    constexpr int maximum_depth = 3000;

    class NestingDepth {
    public:
        int deepest() const { return m_deepest; }

        void walk(ast::ModNode const& module)
        {
            switch (module.kind) {
#define TAIPAN_AST_MOD(name, fields)                                                                         \
    case ast::ModKind::name: {                                                                               \
        auto& node = static_cast<ast::name const&>(module);                                                  \
        (void)node;                                                                                          \
        fields break;                                                                                        \
    }
#define TAIPAN_AST_FIELD(type, name) field(node.name);
#include "parser/ast_nodes.def"
#undef TAIPAN_AST_FIELD
            }
        }

    private:
        // Stops descending once the limit is passed: deeper input cannot change the answer.
        bool enter()
        {
            ++m_depth;
            m_deepest = std::max(m_deepest, m_depth);
            return m_deepest <= maximum_depth;
        }

        void field(ast::StmtNode* statement)
        {
            if (!statement || !enter()) {
                if (statement)
                    --m_depth;
                return;
            }
            switch (statement->kind) {
#define TAIPAN_AST_STMT(name, fields)                                                                        \
    case ast::StmtKind::name: {                                                                              \
        auto& node = static_cast<ast::name const&>(*statement);                                              \
        (void)node;                                                                                          \
        fields break;                                                                                        \
    }
#define TAIPAN_AST_FIELD(type, name) field(node.name);
#include "parser/ast_nodes.def"
#undef TAIPAN_AST_FIELD
            }
            --m_depth;
        }

        void field(ast::ExprNode* expression)
        {
            if (!expression || !enter()) {
                if (expression)
                    --m_depth;
                return;
            }
            switch (expression->kind) {
#define TAIPAN_AST_EXPR(name, fields)                                                                        \
    case ast::ExprKind::name: {                                                                              \
        auto& node = static_cast<ast::name const&>(*expression);                                             \
        (void)node;                                                                                          \
        fields break;                                                                                        \
    }
#define TAIPAN_AST_FIELD(type, name) field(node.name);
#include "parser/ast_nodes.def"
#undef TAIPAN_AST_FIELD
            }
            --m_depth;
        }

        // Patterns and the product nodes do not count, but their expressions do.
        void field(ast::PatternNode* pattern)
        {
            if (!pattern)
                return;
            switch (pattern->kind) {
#define TAIPAN_AST_PATTERN(name, fields)                                                                     \
    case ast::PatternKind::name: {                                                                           \
        auto& node = static_cast<ast::name const&>(*pattern);                                                \
        (void)node;                                                                                          \
        fields break;                                                                                        \
    }
#define TAIPAN_AST_FIELD(type, name) field(node.name);
#include "parser/ast_nodes.def"
#undef TAIPAN_AST_FIELD
            }
        }

#define TAIPAN_AST_PRODUCT(name, python_name, located, fields)                                               \
    void field(ast::name* product)                                                                           \
    {                                                                                                        \
        if (!product)                                                                                        \
            return;                                                                                          \
        auto& node = *product;                                                                               \
        (void)node;                                                                                          \
        fields                                                                                               \
    }
#define TAIPAN_AST_FIELD(type, name) field(node.name);
#include "parser/ast_nodes.def"
#undef TAIPAN_AST_FIELD

        template<typename T>
        void field(ast::AstList<T> const& list)
        {
            if constexpr (std::is_pointer_v<T>) {
                for (T item : list)
                    field(item);
            }
        }

        // Identifiers, constants, operators and flags hold no nodes.
        template<typename T>
        void field(T const&)
        {
        }

        int m_depth = 0;
        int m_deepest = 0;
    };

} // namespace

Result<void, SyntaxError> check_nesting_depth(ast::ModNode const& module)
{
    NestingDepth meter;
    meter.walk(module);
    if (meter.deepest() <= maximum_depth)
        return {};
    SyntaxError error;
    error.kind = SyntaxErrorKind::RecursionError;
    error.message = "maximum recursion depth exceeded during compilation";
    return Failure {std::move(error)};
}

} // namespace taipan
