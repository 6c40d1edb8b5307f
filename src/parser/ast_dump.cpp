// dump_ast: the text of CPython's ast.dump(tree, include_attributes=True), generated
// for every node kind from ast_nodes.def.
//
// The rules of Lib/ast.py's dump, restated: a node prints as Name(field=value, ...)
// with its fields in declaration order, then lineno, col_offset, end_lineno and
// end_col_offset for located nodes; optional fields holding None are left out; lists
// print as [a, b] (None entries as None); everything else prints as its repr().
//
// The tree can be as deep as the source is long (a + a + ... nests one BinOp per
// operand), so the walk keeps its own stack instead of recursing.
#include "parser/ast_dump.h"

#include "support/python_repr.h"

#include <charconv>
#include <vector>

namespace taipan {

namespace {

    using namespace ast;

    // One piece of pending output: ", " if `comma`, then "name=" if `name`, then the value.
    struct Item {
        bool comma;
        char const* name;
        void const* value;
        void (*render)(class Dumper&, void const*);
    };

    // Whether an optional field holds None, which ast.dump leaves out.
    template<typename T>
    bool is_none(T const&)
    {
        return false;
    }
    template<typename T>
    bool is_none(T* const& pointer)
    {
        return pointer == nullptr;
    }
    inline bool is_none(Identifier const& identifier)
    {
        return identifier.empty();
    }

    class Dumper {
    public:
        std::string run(ModNode const& mod)
        {
            m_out.reserve(64 * 1024);
            ModNode const* root = &mod;
            m_stack.push_back({false, nullptr, &root, &render<ModNode const*>});
            while (!m_stack.empty()) {
                Item item = m_stack.back();
                m_stack.pop_back();
                if (item.comma)
                    m_out += ", ";
                if (item.name) {
                    m_out += item.name;
                    m_out += '=';
                }
                item.render(*this, item.value);
            }
            return std::move(m_out);
        }

    private:
        // Renders the T found at `value` with the matching overload of value() below.
        template<typename T>
        static void render(Dumper& dumper, void const* value)
        {
            dumper.value(*static_cast<T const*>(value));
        }

        static void render_text(Dumper& dumper, void const* text)
        {
            dumper.m_out += static_cast<char const*>(text);
        }

        // Starts a node: writes "Name(" and collects its fields, which end_node then
        // schedules in order.
        void begin_node(char const* name)
        {
            m_out += name;
            m_out += '(';
            m_fields.clear();
        }

        template<typename T>
        void field(char const* name, T const& value)
        {
            if (!is_none(value))
                m_fields.push_back({false, name, &value, &render<T>});
        }

        void end_node(Location const* location)
        {
            if (location)
                m_fields.push_back({false, nullptr, location, &render<Location>});
            m_stack.push_back({false, nullptr, ")", &render_text});
            for (size_t i = m_fields.size(); i-- > 0;) {
                Item item = m_fields[i];
                item.comma = i > 0;
                m_stack.push_back(item);
            }
        }

        template<typename T>
        void value(AstList<T> const& items)
        {
            if (items.empty()) {
                m_out += "[]";
                return;
            }
            m_out += '[';
            m_stack.push_back({false, nullptr, "]", &render_text});
            for (uint32_t i = items.size(); i-- > 0;)
                m_stack.push_back({i > 0, nullptr, &items[i], &render<T>});
        }

        void value(int64_t number)
        {
            char buffer[24];
            auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
            m_out.append(buffer, result.ptr);
        }

        void value(int number) { value(int64_t(number)); }

        void value(Identifier identifier) { append_python_str_repr(m_out, identifier); }

        void value(ConstantValue const& constant)
        {
            switch (constant.kind) {
            case ConstantValue::Kind::None:
                m_out += "None";
                return;
            case ConstantValue::Kind::True:
                m_out += "True";
                return;
            case ConstantValue::Kind::False:
                m_out += "False";
                return;
            case ConstantValue::Kind::Ellipsis:
                m_out += "Ellipsis";
                return;
            case ConstantValue::Kind::Int:
                value(constant.integer);
                return;
            case ConstantValue::Kind::BigInt:
                m_out += constant.text;
                return;
            case ConstantValue::Kind::Float:
                append_python_float_repr(m_out, constant.number);
                return;
            case ConstantValue::Kind::Complex:
                append_python_complex_repr(m_out, 0.0, constant.number);
                return;
            case ConstantValue::Kind::Str:
                append_python_str_repr(m_out, constant.text);
                return;
            case ConstantValue::Kind::Bytes:
                append_python_bytes_repr(m_out, constant.text);
                return;
            }
        }

        void value(Location const& location)
        {
            m_out += "lineno=";
            value(location.lineno);
            m_out += ", col_offset=";
            value(location.col_offset);
            m_out += ", end_lineno=";
            value(location.end_lineno);
            m_out += ", end_col_offset=";
            value(location.end_col_offset);
        }

        // Operators and contexts print as instances of their classes: "Add()".
        template<typename Enum>
        void singleton(Enum kind)
        {
            m_out += python_name(kind);
            m_out += "()";
        }
        void value(ExprContext kind) { singleton(kind); }
        void value(BoolOperator kind) { singleton(kind); }
        void value(Operator kind) { singleton(kind); }
        void value(UnaryOperator kind) { singleton(kind); }
        void value(CompareOperator kind) { singleton(kind); }

#define TAIPAN_AST_FIELD(type, name) field(#name, node.name);

        void value(ModNode const* base)
        {
            switch (base->kind) {
#define TAIPAN_AST_MOD(name, fields)                                                                         \
    case ModKind::name: {                                                                                    \
        auto const& node = static_cast<name const&>(*base);                                                  \
        (void)node;                                                                                          \
        begin_node(#name);                                                                                   \
        fields end_node(nullptr);                                                                            \
        return;                                                                                              \
    }
#include "parser/ast_nodes.def"
            }
        }

        void value(StmtNode* base)
        {
            switch (base->kind) {
#define TAIPAN_AST_STMT(name, fields)                                                                        \
    case StmtKind::name: {                                                                                   \
        auto const& node = static_cast<name const&>(*base);                                                  \
        begin_node(#name);                                                                                   \
        fields end_node(&node.location);                                                                     \
        return;                                                                                              \
    }
#include "parser/ast_nodes.def"
            }
        }

        // Null stands for None in Dict.keys and arguments.kw_defaults.
        void value(ExprNode* base)
        {
            if (!base) {
                m_out += "None";
                return;
            }
            switch (base->kind) {
#define TAIPAN_AST_EXPR(name, fields)                                                                        \
    case ExprKind::name: {                                                                                   \
        auto const& node = static_cast<name const&>(*base);                                                  \
        begin_node(#name);                                                                                   \
        fields end_node(&node.location);                                                                     \
        return;                                                                                              \
    }
#include "parser/ast_nodes.def"
            }
        }

        void value(PatternNode* base)
        {
            switch (base->kind) {
#define TAIPAN_AST_PATTERN(name, fields)                                                                     \
    case PatternKind::name: {                                                                                \
        auto const& node = static_cast<name const&>(*base);                                                  \
        begin_node(#name);                                                                                   \
        fields end_node(&node.location);                                                                     \
        return;                                                                                              \
    }
#include "parser/ast_nodes.def"
            }
        }

#define TAIPAN_AST_PRODUCT(name, python_name, located, fields)                                               \
    void value(name* pointer)                                                                                \
    {                                                                                                        \
        auto const& node = *pointer;                                                                         \
        begin_node(python_name);                                                                             \
        fields end_node(name::is_located ? &node.location : nullptr);                                        \
    }
#include "parser/ast_nodes.def"

#undef TAIPAN_AST_FIELD

        void value(TypeIgnore* node)
        {
            begin_node("TypeIgnore");
            field("lineno", node->lineno);
            field("tag", node->tag);
            end_node(nullptr);
        }

        std::string m_out;
        std::vector<Item> m_stack;
        std::vector<Item> m_fields;
    };

} // namespace

std::string dump_ast(ModNode const& mod)
{
    Dumper dumper;
    return dumper.run(mod);
}

} // namespace taipan
