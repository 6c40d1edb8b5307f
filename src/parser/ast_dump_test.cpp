// Tests for dump_ast (ASTs built by hand, compared with the text CPython's
// ast.dump(ast.parse(source), include_attributes=True) printed for the same source) and
// for parse_number_literal (values compared with CPython's repr of eval(literal)).
// Every expected string here was recorded from python3.11.
#include "parser/ast_dump.h"
#include "parser/number_literal.h"

#include "support/python_repr.h"

#include <gtest/gtest.h>

#include <initializer_list>
#include <string>

using namespace taipan;
using namespace taipan::ast;

namespace {

// Sets a node's kind through its base, since Constant has a field named `kind` too.
void set_kind(StmtNode* node, StmtKind kind)
{
    node->kind = kind;
}
void set_kind(ExprNode* node, ExprKind kind)
{
    node->kind = kind;
}
void set_kind(PatternNode* node, PatternKind kind)
{
    node->kind = kind;
}

class Builder {
public:
    template<typename T>
    T* node(int lineno, int col_offset, int end_lineno, int end_col_offset)
    {
        T* result = m_arena.make<T>();
        set_kind(result, T::node_kind);
        result->location = {lineno, col_offset, end_lineno, end_col_offset};
        return result;
    }

    // A node on line 1.
    template<typename T>
    T* at(int col_offset, int end_col_offset)
    {
        return node<T>(1, col_offset, 1, end_col_offset);
    }

    template<typename T>
    T* product()
    {
        return m_arena.make<T>();
    }

    template<typename T>
    AstList<T> list(std::initializer_list<T> items)
    {
        AstList<T> result;
        result.count = uint32_t(items.size());
        result.items = m_arena.allocate_array<T>(items.size());
        uint32_t index = 0;
        for (T const& item : items)
            result.items[index++] = item;
        return result;
    }

    Name* name(char const* id, ExprContext context, int col_offset, int end_col_offset)
    {
        auto* result = at<Name>(col_offset, end_col_offset);
        result->id = id;
        result->ctx = context;
        return result;
    }

    Constant* integer(int64_t value, int col_offset, int end_col_offset)
    {
        auto* result = at<Constant>(col_offset, end_col_offset);
        result->value.kind = ConstantValue::Kind::Int;
        result->value.integer = value;
        return result;
    }

    Module* module(std::initializer_list<StmtNode*> body)
    {
        auto* result = m_arena.make<Module>();
        result->kind = ModKind::Module;
        result->body = list(body);
        return result;
    }

    Expr* expression_statement(ExprNode* value)
    {
        auto* result = node<Expr>(value->location.lineno, value->location.col_offset,
            value->location.end_lineno, value->location.end_col_offset);
        result->value = value;
        return result;
    }

    Arena& arena() { return m_arena; }

private:
    Arena m_arena;
};

} // namespace

TEST(AstDump, Assign)
{
    // x = 1
    Builder b;
    auto* assign = b.at<Assign>(0, 5);
    assign->targets = b.list<ExprNode*>({b.name("x", ExprContext::Store, 0, 1)});
    assign->value = b.integer(1, 4, 5);
    EXPECT_EQ(dump_ast(*b.module({assign})),
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
        "end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, "
        "end_col_offset=5), "
        "lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[])");
}

TEST(AstDump, DictWithNoneKey)
{
    // {**a, 1: 2}
    Builder b;
    auto* dict = b.at<Dict>(0, 11);
    dict->keys = b.list<ExprNode*>({nullptr, b.integer(1, 6, 7)});
    dict->values = b.list<ExprNode*>({b.name("a", ExprContext::Load, 3, 4), b.integer(2, 9, 10)});
    EXPECT_EQ(dump_ast(*b.module({b.expression_statement(dict)})),
        "Module(body=[Expr(value=Dict(keys=[None, Constant(value=1, lineno=1, col_offset=6, end_lineno=1, "
        "end_col_offset=7)], values=[Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, "
        "end_col_offset=4), Constant(value=2, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10)], "
        "lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, "
        "end_col_offset=11)], type_ignores=[])");
}

TEST(AstDump, FunctionWithKeywordOnlyArguments)
{
    // def f(*, a, b=1): pass
    Builder b;
    auto* function = b.at<FunctionDef>(0, 22);
    function->name = "f";
    auto* arguments = b.product<Arguments>();
    auto* a = b.product<Arg>();
    a->arg = "a";
    a->location = {1, 9, 1, 10};
    auto* bee = b.product<Arg>();
    bee->arg = "b";
    bee->location = {1, 12, 1, 13};
    arguments->kwonlyargs = b.list<Arg*>({a, bee});
    arguments->kw_defaults = b.list<ExprNode*>({nullptr, b.integer(1, 14, 15)});
    function->args = arguments;
    function->body = b.list<StmtNode*>({b.at<Pass>(18, 22)});
    EXPECT_EQ(dump_ast(*b.module({function})),
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a', "
        "lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), arg(arg='b', lineno=1, col_offset=12, "
        "end_lineno=1, end_col_offset=13)], kw_defaults=[None, Constant(value=1, lineno=1, col_offset=14, "
        "end_lineno=1, end_col_offset=15)], defaults=[]), body=[Pass(lineno=1, col_offset=18, end_lineno=1, "
        "end_col_offset=22)], decorator_list=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)], "
        "type_ignores=[])");
}

TEST(AstDump, OmittedOptionalFields)
{
    // from . import x  /  return
    Builder b;
    auto* import = b.at<ImportFrom>(0, 15);
    auto* alias = b.product<Alias>();
    alias->name = "x";
    alias->location = {1, 14, 1, 15};
    import->names = b.list<Alias*>({alias});
    import->level = 1;
    EXPECT_EQ(dump_ast(*b.module({import})),
        "Module(body=[ImportFrom(names=[alias(name='x', lineno=1, col_offset=14, end_lineno=1, "
        "end_col_offset=15)], level=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], "
        "type_ignores=[])");
    EXPECT_EQ(dump_ast(*b.module({b.at<Return>(0, 6)})),
        "Module(body=[Return(lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ignores=[])");
}

TEST(AstDump, Constants)
{
    // None, True, False, ..., 123456789012345678901234567890, 1.5, 1e16, 2j, 'it\'s', b'\x00"', u'x',
    // '\udc80é'
    Builder b;
    auto constant = [&](ConstantValue::Kind kind, int col_offset, int end_col_offset) {
        auto* result = b.at<Constant>(col_offset, end_col_offset);
        result->value.kind = kind;
        return result;
    };
    using Kind = ConstantValue::Kind;
    auto* big = constant(Kind::BigInt, 24, 54);
    big->value.text = "123456789012345678901234567890";
    auto* real = constant(Kind::Float, 56, 59);
    real->value.number = 1.5;
    auto* large = constant(Kind::Float, 61, 65);
    large->value.number = 1e16;
    auto* imaginary = constant(Kind::Complex, 67, 69);
    imaginary->value.number = 2;
    auto* text = constant(Kind::Str, 71, 78);
    text->value.text = "it's";
    auto* bytes = constant(Kind::Bytes, 80, 88);
    bytes->value.text = std::string_view("\0\"", 2);
    auto* unicode = constant(Kind::Str, 90, 94);
    unicode->value.text = "x";
    unicode->kind = "u";
    auto* surrogate = constant(Kind::Str, 96, 106);
    surrogate->value.text = "\xed\xb2\x80\xc3\xa9";
    auto* tuple = b.at<Tuple>(0, 106);
    tuple->elts = b.list<ExprNode*>(
        {constant(Kind::None, 0, 4), constant(Kind::True, 6, 10), constant(Kind::False, 12, 17),
            constant(Kind::Ellipsis, 19, 22), big, real, large, imaginary, text, bytes, unicode, surrogate});
    EXPECT_EQ(dump_ast(*b.module({b.expression_statement(tuple)})),
        "Module(body=[Expr(value=Tuple(elts=[Constant(value=None, lineno=1, col_offset=0, end_lineno=1, "
        "end_col_offset=4), Constant(value=True, lineno=1, col_offset=6, end_lineno=1, end_col_offset=10), "
        "Constant(value=False, lineno=1, col_offset=12, end_lineno=1, end_col_offset=17), "
        "Constant(value=Ellipsis, lineno=1, col_offset=19, end_lineno=1, end_col_offset=22), "
        "Constant(value=123456789012345678901234567890, lineno=1, col_offset=24, end_lineno=1, "
        "end_col_offset=54), Constant(value=1.5, lineno=1, col_offset=56, end_lineno=1, end_col_offset=59), "
        "Constant(value=1e+16, lineno=1, col_offset=61, end_lineno=1, end_col_offset=65), Constant(value=2j, "
        "lineno=1, col_offset=67, end_lineno=1, end_col_offset=69), Constant(value=\"it's\", lineno=1, "
        "col_offset=71, end_lineno=1, end_col_offset=78), Constant(value=b'\\x00\"', lineno=1, "
        "col_offset=80, "
        "end_lineno=1, end_col_offset=88), Constant(value='x', kind='u', lineno=1, col_offset=90, "
        "end_lineno=1, "
        "end_col_offset=94), Constant(value='\\udc80\xc3\xa9', lineno=1, col_offset=96, end_lineno=1, "
        "end_col_offset=106)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=106), "
        "lineno=1, "
        "col_offset=0, end_lineno=1, end_col_offset=106)], type_ignores=[])");
}

TEST(AstDump, TryExcept)
{
    // try:\n    pass\nexcept E as e:\n    pass
    Builder b;
    auto* statement = b.node<Try>(1, 0, 4, 8);
    statement->body = b.list<StmtNode*>({b.node<Pass>(2, 4, 2, 8)});
    auto* handler = b.product<ExceptHandler>();
    handler->location = {3, 0, 4, 8};
    auto* type = b.node<Name>(3, 7, 3, 8);
    type->id = "E";
    handler->type = type;
    handler->name = "e";
    handler->body = b.list<StmtNode*>({b.node<Pass>(4, 4, 4, 8)});
    statement->handlers = b.list<ExceptHandler*>({handler});
    EXPECT_EQ(dump_ast(*b.module({statement})),
        "Module(body=[Try(body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], "
        "handlers=[ExceptHandler(type=Name(id='E', ctx=Load(), lineno=3, col_offset=7, end_lineno=3, "
        "end_col_offset=8), name='e', body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], "
        "lineno=3, col_offset=0, end_lineno=4, end_col_offset=8)], orelse=[], finalbody=[], lineno=1, "
        "col_offset=0, end_lineno=4, end_col_offset=8)], type_ignores=[])");
}

TEST(AstDump, MatchPatterns)
{
    // match x:\n case None | [*_] as z:\n  pass
    Builder b;
    auto* match = b.node<Match>(1, 0, 3, 6);
    match->subject = b.name("x", ExprContext::Load, 6, 7);
    auto* singleton = b.node<MatchSingleton>(2, 6, 2, 10);
    auto* star = b.node<MatchStar>(2, 14, 2, 16);
    auto* sequence = b.node<MatchSequence>(2, 13, 2, 17);
    sequence->patterns = b.list<PatternNode*>({star});
    auto* alternatives = b.node<MatchOr>(2, 6, 2, 17);
    alternatives->patterns = b.list<PatternNode*>({singleton, sequence});
    auto* capture = b.node<MatchAs>(2, 6, 2, 22);
    capture->pattern = alternatives;
    capture->name = "z";
    auto* match_case = b.product<MatchCase>();
    match_case->pattern = capture;
    match_case->body = b.list<StmtNode*>({b.node<Pass>(3, 2, 3, 6)});
    match->cases = b.list<MatchCase*>({match_case});
    EXPECT_EQ(dump_ast(*b.module({match})),
        "Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, "
        "end_col_offset=7), "
        "cases=[match_case(pattern=MatchAs(pattern=MatchOr(patterns=[MatchSingleton(value=None, "
        "lineno=2, col_offset=6, end_lineno=2, end_col_offset=10), "
        "MatchSequence(patterns=[MatchStar(lineno=2, "
        "col_offset=14, end_lineno=2, end_col_offset=16)], lineno=2, col_offset=13, end_lineno=2, "
        "end_col_offset=17)], lineno=2, col_offset=6, end_lineno=2, end_col_offset=17), name='z', lineno=2, "
        "col_offset=6, end_lineno=2, end_col_offset=22), body=[Pass(lineno=3, col_offset=2, end_lineno=3, "
        "end_col_offset=6)])], lineno=1, col_offset=0, end_lineno=3, end_col_offset=6)], type_ignores=[])");
}

TEST(AstDump, Operators)
{
    // -a + b < c not in d
    Builder b;
    auto* negative = b.at<UnaryOp>(0, 2);
    negative->op = UnaryOperator::USub;
    negative->operand = b.name("a", ExprContext::Load, 1, 2);
    auto* sum = b.at<BinOp>(0, 6);
    sum->left = negative;
    sum->op = Operator::Add;
    sum->right = b.name("b", ExprContext::Load, 5, 6);
    auto* compare = b.at<Compare>(0, 19);
    compare->left = sum;
    compare->ops = b.list<CompareOperator>({CompareOperator::Lt, CompareOperator::NotIn});
    compare->comparators
        = b.list<ExprNode*>({b.name("c", ExprContext::Load, 9, 10), b.name("d", ExprContext::Load, 18, 19)});
    EXPECT_EQ(dump_ast(*b.module({b.expression_statement(compare)})),
        "Module(body=[Expr(value=Compare(left=BinOp(left=UnaryOp(op=USub(), operand=Name(id='a', ctx=Load(), "
        "lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), lineno=1, col_offset=0, end_lineno=1, "
        "end_col_offset=2), op=Add(), right=Name(id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, "
        "end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), ops=[Lt(), NotIn()], "
        "comparators=[Name(id='c', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), "
        "Name(id='d', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19)], lineno=1, "
        "col_offset=0, end_lineno=1, end_col_offset=19), lineno=1, col_offset=0, end_lineno=1, "
        "end_col_offset=19)], type_ignores=[])");
}

TEST(AstDump, DeepTreesDoNotRecurse)
{
    // not not ... not a, nested far deeper than a recursive walk could go. The shape of
    // each level is the one CPython prints for "not not a".
    constexpr int depth = 200'000;
    Builder b;
    ExprNode* operand = b.name("a", ExprContext::Load, 0, 1);
    for (int i = 0; i < depth; ++i) {
        auto* negation = b.at<UnaryOp>(0, 1);
        negation->op = UnaryOperator::Not;
        negation->operand = operand;
        operand = negation;
    }
    std::string text = dump_ast(*b.module({b.expression_statement(operand)}));
    std::string level_open = "UnaryOp(op=Not(), operand=";
    std::string level_close = ", lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)";
    std::string expected = "Module(body=[Expr(value=";
    for (int i = 0; i < depth; ++i)
        expected += level_open;
    expected += "Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)";
    for (int i = 0; i < depth; ++i)
        expected += level_close;
    expected += level_close + "], type_ignores=[])";
    EXPECT_TRUE(text == expected);
}

namespace {

std::string constant_repr(ConstantValue const& value)
{
    switch (value.kind) {
    case ConstantValue::Kind::Int:
        return std::to_string(value.integer);
    case ConstantValue::Kind::BigInt:
        return std::string(value.text);
    case ConstantValue::Kind::Float:
        return python_float_repr(value.number);
    case ConstantValue::Kind::Complex:
        return python_complex_repr(0.0, value.number);
    default:
        return "not a number";
    }
}

} // namespace

TEST(NumberLiteral, ValuesMatchPython)
{
    // { literal, repr(eval(literal)) } recorded from python3.11.
    struct Case {
        char const* literal;
        char const* repr;
    };
    Case const cases[] = {
        {"0", "0"},
        {"00", "0"},
        {"0_0", "0"},
        {"7", "7"},
        {"1_000", "1000"},
        {"9223372036854775807", "9223372036854775807"},
        {"9223372036854775808", "9223372036854775808"},
        {"18446744073709551616", "18446744073709551616"},
        {"0x7fffffffffffffff", "9223372036854775807"},
        {"0x8000000000000000", "9223372036854775808"},
        {"0XdEaD_bEeF", "3735928559"},
        {"0o777", "511"},
        {"0O1_7", "15"},
        {"0b1010", "10"},
        {"0B_1", "1"},
        {"0xffffffffffffffffffffffffffffffffffffffff", "1461501637330902918203684832716283019655932542975"},
        {"0o77777777777777777777777777777777777777777777777777",
            "1427247692705959881058285969449495136382746623"},
        {"0b1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
         "111",
            "1267650600228229401496703205375"},
        {"0x000000000000000000000001", "1"},
        {"1.5", "1.5"},
        {"1.", "1.0"},
        {".5", "0.5"},
        {"1e10", "10000000000.0"},
        {"1E-5", "1e-05"},
        {"1_0.0_1e1_0", "100100000000.0"},
        {"1e308", "1e+308"},
        {"1.8e308", "inf"},
        {"1e-324", "0.0"},
        {"2.5e-324", "5e-324"},
        {"0.000001e-320", "0.0"},
        {"1111111111111111111111111111111111111111e-330", "1.1111111111111112e-291"},
        {"1e1000", "inf"},
        {"0e0", "0.0"},
        {"0.0", "0.0"},
        {"3.141592653589793238462643383279", "3.141592653589793"},
        {"1j", "1j"},
        {"1J", "1j"},
        {"0j", "0j"},
        {"1.5j", "1.5j"},
        {"1e-5j", "1e-05j"},
        {"1_0j", "10j"},
        {"0777j", "777j"},
        {"00.5", "0.5"},
        {"1e16", "1e+16"},
        {"12345678901234567890.0", "1.2345678901234567e+19"},
        {"0.1", "0.1"},
        {"111111111111111111111111111111", "111111111111111111111111111111"},
        {"1e22", "1e+22"},
        {"1e23", "1e+23"},
        {"9007199254740993", "9007199254740993"},
        {"9007199254740993.0", "9007199254740992.0"},
        {"4.9406564584124654e-324", "5e-324"},
        {"2.2250738585072011e-308", "2.225073858507201e-308"},
        {"1e99999999999999999999999", "inf"},
        {"0.0000000000000000000000000000001e-99999999999999999999999", "0.0"},
        {"1_2.3_4E+0_5J", "1234000j"},
    };
    for (auto const& test : cases) {
        Arena arena;
        ConstantValue value;
        std::string error;
        ASSERT_TRUE(parse_number_literal(test.literal, arena, value, error)) << test.literal;
        EXPECT_EQ(constant_repr(value), test.repr) << test.literal;
    }
}

TEST(NumberLiteral, Kinds)
{
    Arena arena;
    ConstantValue value;
    std::string error;
    ASSERT_TRUE(parse_number_literal("9223372036854775807", arena, value, error));
    EXPECT_EQ(value.kind, ConstantValue::Kind::Int);
    ASSERT_TRUE(parse_number_literal("9223372036854775808", arena, value, error));
    EXPECT_EQ(value.kind, ConstantValue::Kind::BigInt);
    ASSERT_TRUE(parse_number_literal("1e5", arena, value, error));
    EXPECT_EQ(value.kind, ConstantValue::Kind::Float);
    ASSERT_TRUE(parse_number_literal("1_0J", arena, value, error));
    EXPECT_EQ(value.kind, ConstantValue::Kind::Complex);
    EXPECT_EQ(value.number, 10.0);
}

TEST(NumberLiteral, DecimalDigitLimit)
{
    // CPython 3.11 refuses decimal int literals of more than 4300 digits (underscores
    // and leading zeros not counted); other bases, floats and imaginary literals pass.
    Arena arena;
    ConstantValue value;
    std::string error;
    EXPECT_TRUE(parse_number_literal(std::string(4300, '1'), arena, value, error));
    EXPECT_EQ(value.text.size(), 4300u);
    EXPECT_TRUE(parse_number_literal(std::string(5000, '0'), arena, value, error));
    EXPECT_TRUE(parse_number_literal("0x" + std::string(5000, 'f'), arena, value, error));
    EXPECT_TRUE(parse_number_literal(std::string(4301, '1') + "j", arena, value, error));
    EXPECT_TRUE(parse_number_literal(std::string(4301, '1') + ".0", arena, value, error));

    std::string underscored;
    for (int i = 0; i < 4300; ++i)
        underscored += "1_";
    underscored += "1";
    EXPECT_FALSE(parse_number_literal(underscored, arena, value, error));
    EXPECT_EQ(error,
        "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use "
        "sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals "
        "to "
        "avoid decimal conversion limits.");
}
