// The abstract syntax tree: plain structs in an arena, one per node kind of CPython's
// `ast` module (generated from ast_nodes.def). Locations follow CPython: 1-based
// lines, 0-based column offsets counted in UTF-8 bytes.
#pragma once

#include <cstdint>
#include <string_view>

namespace taipan::ast {

struct Location {
    int lineno = 0;
    int col_offset = 0;
    int end_lineno = 0;
    int end_col_offset = 0;
};

// A list field: an array in the arena. Trivially destructible, cheap to copy.
template<typename T>
struct AstList {
    T* items = nullptr;
    uint32_t count = 0;

    T* begin() const { return items; }
    T* end() const { return items + count; }
    uint32_t size() const { return count; }
    bool empty() const { return count == 0; }
    T& operator[](uint32_t index) const { return items[index]; }
};

// An identifier, NFKC-normalised, living in the arena. Empty stands for None in
// optional identifier fields (no real identifier is empty).
using Identifier = std::string_view;
using IdentifierList = AstList<Identifier>;

enum class ExprContext : uint8_t { Load, Store, Del };
enum class BoolOperator : uint8_t { And, Or };
enum class Operator : uint8_t {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv
};
enum class UnaryOperator : uint8_t { Invert, Not, UAdd, USub };
enum class CompareOperator : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };
using CompareOperatorList = AstList<CompareOperator>;

// The class names CPython's ast module gives these values ("Load", "Add", "NotIn"...).
char const* python_name(ExprContext);
char const* python_name(BoolOperator);
char const* python_name(Operator);
char const* python_name(UnaryOperator);
char const* python_name(CompareOperator);

// The value of a Constant node or a MatchSingleton pattern.
struct ConstantValue {
    enum class Kind : uint8_t { None, True, False, Ellipsis, Int, BigInt, Float, Complex, Str, Bytes };
    Kind kind = Kind::None;
    int64_t integer = 0; // Int
    double number = 0; // Float; Complex: the imaginary part (literals have real part 0)
    // BigInt: decimal digits (non-negative, literals have no sign); Str: generalized
    // UTF-8 (see support/utf8.h); Bytes: the raw bytes.
    std::string_view text;
};

enum class ModKind : uint8_t {
#define TAIPAN_AST_MOD(name, fields) name,
#include "ast_nodes.def"
};
enum class StmtKind : uint8_t {
#define TAIPAN_AST_STMT(name, fields) name,
#include "ast_nodes.def"
};
enum class ExprKind : uint8_t {
#define TAIPAN_AST_EXPR(name, fields) name,
#include "ast_nodes.def"
};
enum class PatternKind : uint8_t {
#define TAIPAN_AST_PATTERN(name, fields) name,
#include "ast_nodes.def"
};

char const* python_name(ModKind);
char const* python_name(StmtKind);
char const* python_name(ExprKind);
char const* python_name(PatternKind);

struct ModNode {
    ModKind kind;
};
struct StmtNode {
    StmtKind kind;
    Location location;
};
struct ExprNode {
    ExprKind kind;
    Location location;
};
struct PatternNode {
    PatternKind kind;
    Location location;
};

#define TAIPAN_AST_PRODUCT(name, python_name, located, fields) struct name;
#include "ast_nodes.def"

// Never produced: type comments are not parsed. Kept so Module mirrors CPython's fields.
struct TypeIgnore {
    int lineno;
    Identifier tag;
};

using StmtList = AstList<StmtNode*>;
using ExprList = AstList<ExprNode*>;
// An expression list whose entries may be null (None): Dict.keys, arguments.kw_defaults.
using NullableExprList = AstList<ExprNode*>;
using PatternList = AstList<PatternNode*>;
using TypeIgnoreList = AstList<TypeIgnore*>;
using ExceptHandlerList = AstList<struct ExceptHandler*>;
using ComprehensionList = AstList<struct Comprehension*>;
using ArgList = AstList<struct Arg*>;
using KeywordList = AstList<struct Keyword*>;
using AliasList = AstList<struct Alias*>;
using WithItemList = AstList<struct WithItem*>;
using MatchCaseList = AstList<struct MatchCase*>;

#define TAIPAN_AST_FIELD(type, name) type name {};

#define TAIPAN_AST_MOD(name, fields)                                                                         \
    struct name : ModNode {                                                                                  \
        static constexpr ModKind node_kind = ModKind::name;                                                  \
        fields                                                                                               \
    };
#define TAIPAN_AST_STMT(name, fields)                                                                        \
    struct name : StmtNode {                                                                                 \
        static constexpr StmtKind node_kind = StmtKind::name;                                                \
        fields                                                                                               \
    };
#define TAIPAN_AST_EXPR(name, fields)                                                                        \
    struct name : ExprNode {                                                                                 \
        static constexpr ExprKind node_kind = ExprKind::name;                                                \
        fields                                                                                               \
    };
#define TAIPAN_AST_PATTERN(name, fields)                                                                     \
    struct name : PatternNode {                                                                              \
        static constexpr PatternKind node_kind = PatternKind::name;                                          \
        fields                                                                                               \
    };
// Every product carries a location; only `located` ones have it in CPython's ast.
#define TAIPAN_AST_PRODUCT(name, python_name, located, fields)                                               \
    struct name {                                                                                            \
        static constexpr bool is_located = located;                                                          \
        Location location;                                                                                   \
        fields                                                                                               \
    };
#include "ast_nodes.def"
#undef TAIPAN_AST_FIELD

// The node as T if it is one, else null: `if (auto* name = as<Name>(expr)) ...`.
template<typename T, typename Base>
T* as(Base* node)
{
    return node && node->kind == T::node_kind ? static_cast<T*>(node) : nullptr;
}

} // namespace taipan::ast
