// Annotations as text for `from __future__ import annotations` (PEP 563): the same
// source text CPython's compiler produces from the AST (its C unparser, which differs in
// places from Lib/ast.py's unparse): minimal parentheses from operator priorities,
// constants by repr (infinities as 1e309), f-strings re-quoted as one repr.
#include "compiler/codegen_internal.h"

#include "support/python_repr.h"

namespace taipan::codegen {

namespace {

    // Priority levels, lowest first.
    enum Priority : int {
        Tuple,
        Test, // if-else, lambda
        Or,
        And,
        Not,
        Compare,
        Expression, // also |
        BitOr = Expression,
        BitXor,
        BitAnd,
        Shift,
        Arithmetic,
        Term,
        Factor,
        Power,
        AwaitLevel,
        Atom,
    };

    std::string replace_infinity(std::string text)
    {
        for (size_t position = text.find("inf"); position != std::string::npos;
             position = text.find("inf", position)) {
            text.replace(position, 3, "1e309");
            position += 5;
        }
        return text;
    }

    class Unparser {
    public:
        std::string out;

        void expression(ast::ExprNode const* node, int level)
        {
            switch (node->kind) {
            case ast::ExprKind::BoolOp:
                return bool_operation(static_cast<ast::BoolOp const&>(*node), level);
            case ast::ExprKind::BinOp:
                return binary_operation(static_cast<ast::BinOp const&>(*node), level);
            case ast::ExprKind::UnaryOp:
                return unary_operation(static_cast<ast::UnaryOp const&>(*node), level);
            case ast::ExprKind::Lambda:
                return lambda(static_cast<ast::Lambda const&>(*node), level);
            case ast::ExprKind::IfExp: {
                auto& e = static_cast<ast::IfExp const&>(*node);
                open_if(level > Test);
                expression(e.body, Test + 1);
                out += " if ";
                expression(e.test, Test + 1);
                out += " else ";
                expression(e.orelse, Test);
                close_if(level > Test);
                return;
            }
            case ast::ExprKind::Dict: {
                auto& e = static_cast<ast::Dict const&>(*node);
                out += '{';
                for (uint32_t i = 0; i < e.values.size(); ++i) {
                    if (i)
                        out += ", ";
                    if (e.keys[i]) {
                        expression(e.keys[i], Test);
                        out += ": ";
                        expression(e.values[i], Test);
                    } else {
                        out += "**";
                        expression(e.values[i], Expression);
                    }
                }
                out += '}';
                return;
            }
            case ast::ExprKind::Set:
                out += '{';
                items(static_cast<ast::Set const&>(*node).elts);
                out += '}';
                return;
            case ast::ExprKind::ListComp: {
                auto& e = static_cast<ast::ListComp const&>(*node);
                out += '[';
                expression(e.elt, Test);
                comprehensions(e.generators);
                out += ']';
                return;
            }
            case ast::ExprKind::SetComp: {
                auto& e = static_cast<ast::SetComp const&>(*node);
                out += '{';
                expression(e.elt, Test);
                comprehensions(e.generators);
                out += '}';
                return;
            }
            case ast::ExprKind::DictComp: {
                auto& e = static_cast<ast::DictComp const&>(*node);
                out += '{';
                expression(e.key, Test);
                out += ": ";
                expression(e.value, Test);
                comprehensions(e.generators);
                out += '}';
                return;
            }
            case ast::ExprKind::GeneratorExp:
                return generator_expression(static_cast<ast::GeneratorExp const&>(*node));
            case ast::ExprKind::Await: {
                open_if(level > AwaitLevel);
                out += "await ";
                expression(static_cast<ast::Await const&>(*node).value, Atom);
                close_if(level > AwaitLevel);
                return;
            }
            case ast::ExprKind::Yield: {
                auto& e = static_cast<ast::Yield const&>(*node);
                if (!e.value) {
                    out += "(yield)";
                    return;
                }
                out += "(yield ";
                expression(e.value, Test);
                out += ')';
                return;
            }
            case ast::ExprKind::YieldFrom:
                out += "(yield from ";
                expression(static_cast<ast::YieldFrom const&>(*node).value, Test);
                out += ')';
                return;
            case ast::ExprKind::Compare:
                return compare(static_cast<ast::Compare const&>(*node), level);
            case ast::ExprKind::Call:
                return call(static_cast<ast::Call const&>(*node));
            case ast::ExprKind::Constant:
                return constant(static_cast<ast::Constant const&>(*node).value);
            case ast::ExprKind::JoinedStr:
                return joined_string(*node, false);
            case ast::ExprKind::FormattedValue:
                return formatted_value(static_cast<ast::FormattedValue const&>(*node));
            case ast::ExprKind::Attribute: {
                auto& e = static_cast<ast::Attribute const&>(*node);
                expression(e.value, Atom);
                // An integer needs a space before the dot to stay an integer.
                auto* base = ast::as<ast::Constant>(e.value);
                bool integer = base
                    && (base->value.kind == ast::ConstantValue::Kind::Int
                        || base->value.kind == ast::ConstantValue::Kind::BigInt);
                out += integer ? " ." : ".";
                out += e.attr;
                return;
            }
            case ast::ExprKind::Subscript: {
                auto& e = static_cast<ast::Subscript const&>(*node);
                expression(e.value, Atom);
                out += '[';
                expression(e.slice, Tuple);
                out += ']';
                return;
            }
            case ast::ExprKind::Starred:
                out += '*';
                expression(static_cast<ast::Starred const&>(*node).value, Expression);
                return;
            case ast::ExprKind::Slice: {
                auto& e = static_cast<ast::Slice const&>(*node);
                if (e.lower)
                    expression(e.lower, Test);
                out += ':';
                if (e.upper)
                    expression(e.upper, Test);
                if (e.step) {
                    out += ':';
                    expression(e.step, Test);
                }
                return;
            }
            case ast::ExprKind::Name:
                out += static_cast<ast::Name const&>(*node).id;
                return;
            case ast::ExprKind::List:
                out += '[';
                items(static_cast<ast::List const&>(*node).elts);
                out += ']';
                return;
            case ast::ExprKind::Tuple: {
                auto& elements = static_cast<ast::Tuple const&>(*node).elts;
                if (elements.empty()) {
                    out += "()";
                    return;
                }
                open_if(level > Tuple);
                items(elements);
                if (elements.size() == 1)
                    out += ',';
                close_if(level > Tuple);
                return;
            }
            case ast::ExprKind::NamedExpr: {
                auto& e = static_cast<ast::NamedExpr const&>(*node);
                open_if(level > Tuple);
                expression(e.target, Atom);
                out += ":=";
                expression(e.value, Atom);
                close_if(level > Tuple);
                return;
            }
            }
        }

    private:
        void open_if(bool condition)
        {
            if (condition)
                out += '(';
        }

        void close_if(bool condition)
        {
            if (condition)
                out += ')';
        }

        void items(ast::ExprList const& elements)
        {
            for (uint32_t i = 0; i < elements.size(); ++i) {
                if (i)
                    out += ", ";
                expression(elements[i], Test);
            }
        }

        void bool_operation(ast::BoolOp const& e, int level)
        {
            bool is_and = e.op == ast::BoolOperator::And;
            int priority = is_and ? And : Or;
            open_if(level > priority);
            for (uint32_t i = 0; i < e.values.size(); ++i) {
                if (i)
                    out += is_and ? " and " : " or ";
                expression(e.values[i], priority + 1);
            }
            close_if(level > priority);
        }

        void binary_operation(ast::BinOp const& e, int level)
        {
            char const* op = "";
            int priority = Arithmetic;
            bool right_associative = false;
            switch (e.op) {
            case ast::Operator::Add:
                op = " + ", priority = Arithmetic;
                break;
            case ast::Operator::Sub:
                op = " - ", priority = Arithmetic;
                break;
            case ast::Operator::Mult:
                op = " * ", priority = Term;
                break;
            case ast::Operator::MatMult:
                op = " @ ", priority = Term;
                break;
            case ast::Operator::Div:
                op = " / ", priority = Term;
                break;
            case ast::Operator::Mod:
                op = " % ", priority = Term;
                break;
            case ast::Operator::LShift:
                op = " << ", priority = Shift;
                break;
            case ast::Operator::RShift:
                op = " >> ", priority = Shift;
                break;
            case ast::Operator::BitOr:
                op = " | ", priority = BitOr;
                break;
            case ast::Operator::BitXor:
                op = " ^ ", priority = BitXor;
                break;
            case ast::Operator::BitAnd:
                op = " & ", priority = BitAnd;
                break;
            case ast::Operator::FloorDiv:
                op = " // ", priority = Term;
                break;
            case ast::Operator::Pow:
                op = " ** ", priority = Power, right_associative = true;
                break;
            }
            open_if(level > priority);
            expression(e.left, priority + (right_associative ? 1 : 0));
            out += op;
            expression(e.right, priority + (right_associative ? 0 : 1));
            close_if(level > priority);
        }

        void unary_operation(ast::UnaryOp const& e, int level)
        {
            char const* op = "";
            int priority = Factor;
            switch (e.op) {
            case ast::UnaryOperator::Invert:
                op = "~", priority = Factor;
                break;
            case ast::UnaryOperator::Not:
                op = "not ", priority = Not;
                break;
            case ast::UnaryOperator::UAdd:
                op = "+", priority = Factor;
                break;
            case ast::UnaryOperator::USub:
                op = "-", priority = Factor;
                break;
            }
            open_if(level > priority);
            out += op;
            expression(e.operand, priority);
            close_if(level > priority);
        }

        void argument(ast::Arg const& arg)
        {
            out += arg.arg;
            if (arg.annotation) {
                out += ": ";
                expression(arg.annotation, Test);
            }
        }

        void arguments(ast::Arguments const& args)
        {
            bool first = true;
            auto separator = [&] {
                if (!first)
                    out += ", ";
                first = false;
            };
            uint32_t positional_only = args.posonlyargs.size();
            uint32_t positional = positional_only + args.args.size();
            uint32_t defaults = args.defaults.size();
            for (uint32_t i = 0; i < positional; ++i) {
                separator();
                argument(i < positional_only ? *args.posonlyargs[i] : *args.args[i - positional_only]);
                int64_t default_index = static_cast<int64_t>(i) - positional + defaults;
                if (default_index >= 0) {
                    out += '=';
                    expression(args.defaults[static_cast<uint32_t>(default_index)], Test);
                }
                if (positional_only && i + 1 == positional_only)
                    out += ", /";
            }
            if (args.vararg || !args.kwonlyargs.empty()) {
                separator();
                out += '*';
                if (args.vararg)
                    argument(*args.vararg);
            }
            for (uint32_t i = 0; i < args.kwonlyargs.size(); ++i) {
                separator();
                argument(*args.kwonlyargs[i]);
                if (i < args.kw_defaults.size() && args.kw_defaults[i]) {
                    out += '=';
                    expression(args.kw_defaults[i], Test);
                }
            }
            if (args.kwarg) {
                separator();
                out += "**";
                argument(*args.kwarg);
            }
        }

        void lambda(ast::Lambda const& e, int level)
        {
            open_if(level > Test);
            bool positional = !e.args->args.empty() || !e.args->posonlyargs.empty();
            out += positional ? "lambda " : "lambda";
            arguments(*e.args);
            out += ": ";
            expression(e.body, Test);
            close_if(level > Test);
        }

        void comprehensions(ast::ComprehensionList const& generators)
        {
            for (ast::Comprehension* generator : generators) {
                out += generator->is_async ? " async for " : " for ";
                expression(generator->target, Tuple);
                out += " in ";
                expression(generator->iter, Test + 1);
                for (ast::ExprNode* condition : generator->ifs) {
                    out += " if ";
                    expression(condition, Test + 1);
                }
            }
        }

        void generator_expression(ast::GeneratorExp const& e)
        {
            out += '(';
            expression(e.elt, Test);
            comprehensions(e.generators);
            out += ')';
        }

        void compare(ast::Compare const& e, int level)
        {
            open_if(level > Compare);
            expression(e.left, Compare + 1);
            for (uint32_t i = 0; i < e.ops.size(); ++i) {
                switch (e.ops[i]) {
                case ast::CompareOperator::Eq:
                    out += " == ";
                    break;
                case ast::CompareOperator::NotEq:
                    out += " != ";
                    break;
                case ast::CompareOperator::Lt:
                    out += " < ";
                    break;
                case ast::CompareOperator::LtE:
                    out += " <= ";
                    break;
                case ast::CompareOperator::Gt:
                    out += " > ";
                    break;
                case ast::CompareOperator::GtE:
                    out += " >= ";
                    break;
                case ast::CompareOperator::Is:
                    out += " is ";
                    break;
                case ast::CompareOperator::IsNot:
                    out += " is not ";
                    break;
                case ast::CompareOperator::In:
                    out += " in ";
                    break;
                case ast::CompareOperator::NotIn:
                    out += " not in ";
                    break;
                }
                expression(e.comparators[i], Compare + 1);
            }
            close_if(level > Compare);
        }

        void call(ast::Call const& e)
        {
            expression(e.func, Atom);
            if (e.args.size() == 1 && e.keywords.empty()) {
                if (auto* generator = ast::as<ast::GeneratorExp>(e.args[0])) {
                    // A lone generator expression keeps its own parentheses only.
                    generator_expression(*generator);
                    return;
                }
            }
            out += '(';
            bool first = true;
            for (ast::ExprNode* argument : e.args) {
                if (!first)
                    out += ", ";
                first = false;
                expression(argument, Test);
            }
            for (ast::Keyword* keyword : e.keywords) {
                if (!first)
                    out += ", ";
                first = false;
                if (keyword->arg.empty()) {
                    out += "**";
                } else {
                    out += keyword->arg;
                    out += '=';
                }
                expression(keyword->value, Test);
            }
            out += ')';
        }

        void constant(ast::ConstantValue const& value)
        {
            switch (value.kind) {
            case ast::ConstantValue::Kind::None:
                out += "None";
                return;
            case ast::ConstantValue::Kind::True:
                out += "True";
                return;
            case ast::ConstantValue::Kind::False:
                out += "False";
                return;
            case ast::ConstantValue::Kind::Ellipsis:
                out += "...";
                return;
            case ast::ConstantValue::Kind::Int:
                out += std::to_string(value.integer);
                return;
            case ast::ConstantValue::Kind::BigInt:
                out += value.text;
                return;
            case ast::ConstantValue::Kind::Float:
                out += replace_infinity(python_float_repr(value.number));
                return;
            case ast::ConstantValue::Kind::Complex:
                out += replace_infinity(python_complex_repr(0.0, value.number));
                return;
            case ast::ConstantValue::Kind::Str:
                append_python_str_repr(out, value.text);
                return;
            case ast::ConstantValue::Kind::Bytes:
                append_python_bytes_repr(out, value.text);
                return;
            }
        }

        // The text between an f-string's quotes: literal parts with braces doubled and
        // replacement fields.
        static std::string fstring_body(ast::ExprList const& values, bool is_format_spec)
        {
            Unparser body;
            for (ast::ExprNode* value : values)
                body.fstring_element(value, is_format_spec);
            return std::move(body.out);
        }

        void fstring_element(ast::ExprNode const* node, bool is_format_spec)
        {
            switch (node->kind) {
            case ast::ExprKind::Constant: {
                std::string_view text = static_cast<ast::Constant const*>(node)->value.text;
                for (char c : text) {
                    out += c;
                    if (c == '{' || c == '}')
                        out += c;
                }
                return;
            }
            case ast::ExprKind::JoinedStr:
                return joined_string(*node, is_format_spec);
            case ast::ExprKind::FormattedValue:
                return formatted_value(static_cast<ast::FormattedValue const&>(*node));
            default:
                return;
            }
        }

        void joined_string(ast::ExprNode const& node, bool is_format_spec)
        {
            std::string body = fstring_body(static_cast<ast::JoinedStr const&>(node).values, is_format_spec);
            if (is_format_spec) {
                out += body;
                return;
            }
            out += 'f';
            append_python_str_repr(out, body);
        }

        void formatted_value(ast::FormattedValue const& e)
        {
            // Priority above Test, so a lambda's ':' gets parentheses.
            Unparser inner;
            inner.expression(e.value, Test + 1);
            out += !inner.out.empty() && inner.out[0] == '{' ? "{ " : "{";
            out += inner.out;
            switch (e.conversion) {
            case 'a':
                out += "!a";
                break;
            case 'r':
                out += "!r";
                break;
            case 's':
                out += "!s";
                break;
            default:
                break;
            }
            if (e.format_spec) {
                out += ':';
                fstring_element(e.format_spec, true);
            }
            out += '}';
        }
    };

} // namespace

std::string unparse_annotation(ast::ExprNode const* node)
{
    Unparser unparser;
    unparser.expression(node, Test);
    return std::move(unparser.out);
}

} // namespace taipan::codegen
