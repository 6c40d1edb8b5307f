// The names CPython's ast module gives to node kinds and operator values, generated from
// ast_nodes.def where the lists live there.
#include "parser/ast.h"

namespace taipan::ast {

char const* python_name(ExprContext context)
{
    switch (context) {
    case ExprContext::Load:
        return "Load";
    case ExprContext::Store:
        return "Store";
    case ExprContext::Del:
        return "Del";
    }
    return "?";
}

char const* python_name(BoolOperator op)
{
    switch (op) {
    case BoolOperator::And:
        return "And";
    case BoolOperator::Or:
        return "Or";
    }
    return "?";
}

char const* python_name(Operator op)
{
    switch (op) {
    case Operator::Add:
        return "Add";
    case Operator::Sub:
        return "Sub";
    case Operator::Mult:
        return "Mult";
    case Operator::MatMult:
        return "MatMult";
    case Operator::Div:
        return "Div";
    case Operator::Mod:
        return "Mod";
    case Operator::Pow:
        return "Pow";
    case Operator::LShift:
        return "LShift";
    case Operator::RShift:
        return "RShift";
    case Operator::BitOr:
        return "BitOr";
    case Operator::BitXor:
        return "BitXor";
    case Operator::BitAnd:
        return "BitAnd";
    case Operator::FloorDiv:
        return "FloorDiv";
    }
    return "?";
}

char const* python_name(UnaryOperator op)
{
    switch (op) {
    case UnaryOperator::Invert:
        return "Invert";
    case UnaryOperator::Not:
        return "Not";
    case UnaryOperator::UAdd:
        return "UAdd";
    case UnaryOperator::USub:
        return "USub";
    }
    return "?";
}

char const* python_name(CompareOperator op)
{
    switch (op) {
    case CompareOperator::Eq:
        return "Eq";
    case CompareOperator::NotEq:
        return "NotEq";
    case CompareOperator::Lt:
        return "Lt";
    case CompareOperator::LtE:
        return "LtE";
    case CompareOperator::Gt:
        return "Gt";
    case CompareOperator::GtE:
        return "GtE";
    case CompareOperator::Is:
        return "Is";
    case CompareOperator::IsNot:
        return "IsNot";
    case CompareOperator::In:
        return "In";
    case CompareOperator::NotIn:
        return "NotIn";
    }
    return "?";
}

char const* python_name(ModKind kind)
{
    switch (kind) {
#define TAIPAN_AST_MOD(name, fields)                                                                         \
    case ModKind::name:                                                                                      \
        return #name;
#include "parser/ast_nodes.def"
    }
    return "?";
}

char const* python_name(StmtKind kind)
{
    switch (kind) {
#define TAIPAN_AST_STMT(name, fields)                                                                        \
    case StmtKind::name:                                                                                     \
        return #name;
#include "parser/ast_nodes.def"
    }
    return "?";
}

char const* python_name(ExprKind kind)
{
    switch (kind) {
#define TAIPAN_AST_EXPR(name, fields)                                                                        \
    case ExprKind::name:                                                                                     \
        return #name;
#include "parser/ast_nodes.def"
    }
    return "?";
}

char const* python_name(PatternKind kind)
{
    switch (kind) {
#define TAIPAN_AST_PATTERN(name, fields)                                                                     \
    case PatternKind::name:                                                                                  \
        return #name;
#include "parser/ast_nodes.def"
    }
    return "?";
}

} // namespace taipan::ast
