// Rebuilds ASTs from the text form described in ast_text_reader.h. The reader for
// every node kind is generated from ast_nodes.def, so it follows the AST's fields.
#include "compiler/ast_text_reader.h"

#include <charconv>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace taipan {

namespace {

    struct ReadError {
        std::string message;
    };

    class AstTextReader {
    public:
        AstTextReader(std::string_view text, size_t position, Arena& arena)
            : m_text(text)
            , m_position(position)
            , m_arena(arena)
        {
        }

        size_t position() const { return m_position; }

        ast::ModNode* module()
        {
            std::string_view name = token();
#define TAIPAN_AST_MOD(kind_name, fields)                                                                    \
    if (name == #kind_name) {                                                                                \
        auto* node = m_arena.make<ast::kind_name>();                                                         \
        node->kind = ast::ModKind::kind_name;                                                                \
        fields return node;                                                                                  \
    }
#define TAIPAN_AST_FIELD(type, field_name) read(node->field_name);
#include "parser/ast_nodes.def"
#undef TAIPAN_AST_FIELD
            fail("unknown module kind " + std::string(name));
        }

    private:
        [[noreturn]] void fail(std::string message)
        {
            throw ReadError {message + " at offset " + std::to_string(m_position)};
        }

        void skip_blanks()
        {
            while (m_position < m_text.size() && (m_text[m_position] == ' ' || m_text[m_position] == '\n'))
                ++m_position;
        }

        char peek()
        {
            skip_blanks();
            return m_position < m_text.size() ? m_text[m_position] : '\0';
        }

        std::string_view token()
        {
            skip_blanks();
            size_t start = m_position;
            while (m_position < m_text.size() && m_text[m_position] != ' ' && m_text[m_position] != '\n')
                ++m_position;
            if (start == m_position)
                fail("unexpected end of input");
            return m_text.substr(start, m_position - start);
        }

        bool take_none()
        {
            if (peek() != '~')
                return false;
            ++m_position;
            return true;
        }

        // `<prefix><n>:<n bytes>`, the prefix already consumed.
        std::string_view counted_bytes()
        {
            size_t colon = m_text.find(':', m_position);
            if (colon == std::string_view::npos)
                fail("bad counted string");
            size_t length = 0;
            auto [end, status] = std::from_chars(m_text.data() + m_position, m_text.data() + colon, length);
            if (status != std::errc() || end != m_text.data() + colon || colon + 1 + length > m_text.size())
                fail("bad counted string length");
            m_position = colon + 1 + length;
            return m_text.substr(colon + 1, length);
        }

        int64_t integer()
        {
            std::string_view text = token();
            int64_t value = 0;
            auto [end, status] = std::from_chars(text.data(), text.data() + text.size(), value);
            if (status != std::errc() || end != text.data() + text.size())
                fail("bad integer " + std::string(text));
            return value;
        }

        void read(int& value)
        {
            value = static_cast<int>(integer());
        }

        void read(ast::Identifier& value)
        {
            if (take_none()) {
                value = {};
                return;
            }
            if (peek() != 's')
                fail("expected an identifier");
            ++m_position;
            value = m_arena.copy_string(counted_bytes());
        }

        void read(ast::ConstantValue& value)
        {
            using Kind = ast::ConstantValue::Kind;
            value = {};
            char prefix = peek();
            ++m_position;
            switch (prefix) {
            case 'N':
                value.kind = Kind::None;
                return;
            case 'T':
                value.kind = Kind::True;
                return;
            case 'F':
                value.kind = Kind::False;
                return;
            case 'E':
                value.kind = Kind::Ellipsis;
                return;
            case 'I': {
                std::string_view digits = token();
                int64_t number = 0;
                auto [end, status] = std::from_chars(digits.data(), digits.data() + digits.size(), number);
                if (status == std::errc() && end == digits.data() + digits.size()) {
                    value.kind = Kind::Int;
                    value.integer = number;
                } else {
                    value.kind = Kind::BigInt;
                    value.text = m_arena.copy_string(digits);
                }
                return;
            }
            case 'D':
            case 'J': {
                std::string text(token());
                value.kind = prefix == 'D' ? Kind::Float : Kind::Complex;
                value.number = std::strtod(text.c_str(), nullptr);
                return;
            }
            case 'S':
                value.kind = Kind::Str;
                value.text = m_arena.copy_string(counted_bytes());
                return;
            case 'B':
                value.kind = Kind::Bytes;
                value.text = m_arena.copy_string(counted_bytes());
                return;
            default:
                fail("bad constant");
            }
        }

        template<typename Enum, size_t count>
        void read_enum(Enum& value, char const* const (&names)[count])
        {
            std::string_view name = token();
            for (size_t index = 0; index < count; ++index) {
                if (name == names[index]) {
                    value = static_cast<Enum>(index);
                    return;
                }
            }
            fail("unknown operator " + std::string(name));
        }

        void read(ast::ExprContext& value)
        {
            static char const* const names[] = {"Load", "Store", "Del"};
            read_enum(value, names);
        }
        void read(ast::BoolOperator& value)
        {
            static char const* const names[] = {"And", "Or"};
            read_enum(value, names);
        }
        void read(ast::Operator& value)
        {
            static char const* const names[] = {"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
                "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"};
            read_enum(value, names);
        }
        void read(ast::UnaryOperator& value)
        {
            static char const* const names[] = {"Invert", "Not", "UAdd", "USub"};
            read_enum(value, names);
        }
        void read(ast::CompareOperator& value)
        {
            static char const* const names[]
                = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
            read_enum(value, names);
        }

        void read(ast::Location& location)
        {
            location.lineno = static_cast<int>(integer());
            location.col_offset = static_cast<int>(integer());
            location.end_lineno = static_cast<int>(integer());
            location.end_col_offset = static_cast<int>(integer());
        }

        void read(ast::StmtNode*& value)
        {
            if (take_none()) {
                value = nullptr;
                return;
            }
            std::string_view name = token();
#define TAIPAN_AST_STMT(kind_name, fields)                                                                   \
    if (name == #kind_name) {                                                                                \
        auto* node = m_arena.make<ast::kind_name>();                                                         \
        node->kind = ast::StmtKind::kind_name;                                                               \
        read(node->location);                                                                                \
        fields value = node;                                                                                 \
        return;                                                                                              \
    }
#define TAIPAN_AST_FIELD(type, field_name) read(node->field_name);
#include "parser/ast_nodes.def"
#undef TAIPAN_AST_FIELD
            fail("unknown statement kind " + std::string(name));
        }

        void read(ast::ExprNode*& value)
        {
            if (take_none()) {
                value = nullptr;
                return;
            }
            std::string_view name = token();
#define TAIPAN_AST_EXPR(kind_name, fields)                                                                   \
    if (name == #kind_name) {                                                                                \
        auto* node = m_arena.make<ast::kind_name>();                                                         \
        static_cast<ast::ExprNode*>(node)->kind = ast::ExprKind::kind_name;                                  \
        read(node->location);                                                                                \
        fields value = node;                                                                                 \
        return;                                                                                              \
    }
#define TAIPAN_AST_FIELD(type, field_name) read(node->field_name);
#include "parser/ast_nodes.def"
#undef TAIPAN_AST_FIELD
            fail("unknown expression kind " + std::string(name));
        }

        void read(ast::PatternNode*& value)
        {
            if (take_none()) {
                value = nullptr;
                return;
            }
            std::string_view name = token();
#define TAIPAN_AST_PATTERN(kind_name, fields)                                                                \
    if (name == #kind_name) {                                                                                \
        auto* node = m_arena.make<ast::kind_name>();                                                         \
        node->kind = ast::PatternKind::kind_name;                                                            \
        read(node->location);                                                                                \
        fields value = node;                                                                                 \
        return;                                                                                              \
    }
#define TAIPAN_AST_FIELD(type, field_name) read(node->field_name);
#include "parser/ast_nodes.def"
#undef TAIPAN_AST_FIELD
            fail("unknown pattern kind " + std::string(name));
        }

#define TAIPAN_AST_PRODUCT(kind_name, python_name, located, fields)                                          \
    void read(ast::kind_name*& value)                                                                        \
    {                                                                                                        \
        if (take_none()) {                                                                                   \
            value = nullptr;                                                                                 \
            return;                                                                                          \
        }                                                                                                    \
        if (token() != python_name)                                                                          \
            fail("expected " python_name);                                                                   \
        auto* node = m_arena.make<ast::kind_name>();                                                         \
        if (located)                                                                                         \
            read(node->location);                                                                            \
        fields value = node;                                                                                 \
    }
#define TAIPAN_AST_FIELD(type, field_name) read(node->field_name);
#include "parser/ast_nodes.def"
#undef TAIPAN_AST_FIELD

        void read(ast::TypeIgnore*&)
        {
            fail("type ignores are not supported");
        }

        template<typename T>
        void read(ast::AstList<T>& list)
        {
            if (token() != "[")
                fail("expected a list");
            std::vector<T> items;
            while (peek() != ']') {
                T item {};
                read(item);
                items.push_back(item);
            }
            ++m_position;
            list.count = static_cast<uint32_t>(items.size());
            list.items = m_arena.allocate_array<T>(items.size());
            for (size_t index = 0; index < items.size(); ++index)
                list.items[index] = items[index];
        }

        std::string_view m_text;
        size_t m_position;
        Arena& m_arena;
    };

} // namespace

ast::ModNode* read_ast_text(std::string_view text, size_t& position, Arena& arena, std::string& error)
{
    AstTextReader reader(text, position, arena);
    try {
        ast::ModNode* module = reader.module();
        position = reader.position();
        return module;
    } catch (ReadError const& failure) {
        error = failure.message;
        return nullptr;
    }
}

std::string describe_syntax_error(SyntaxError const& error)
{
    char const* kind = "SyntaxError";
    switch (error.kind) {
    case SyntaxErrorKind::SyntaxError:
        break;
    case SyntaxErrorKind::IndentationError:
        kind = "IndentationError";
        break;
    case SyntaxErrorKind::TabError:
        kind = "TabError";
        break;
    case SyntaxErrorKind::ValueError:
        kind = "ValueError";
        break;
    case SyntaxErrorKind::MemoryError:
        kind = "MemoryError";
        break;
    case SyntaxErrorKind::RecursionError:
        kind = "RecursionError";
        break;
    }
    return std::string("error ") + kind + ' ' + std::to_string(error.lineno) + ' '
        + std::to_string(error.offset) + ' ' + std::to_string(error.end_lineno) + ' '
        + std::to_string(error.end_offset) + ' ' + error.message + '\n';
}

} // namespace taipan
