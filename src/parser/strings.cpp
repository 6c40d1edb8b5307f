// The `strings` rule: a run of adjacent STRING tokens to one Constant or JoinedStr, as
// CPython 3.11 builds it. In 3.11 an f-string is a single token whose replacement
// fields are found by scanning its text here, and whose expressions are handed back
// to the parser (parse_fstring_expression) positioned where they sit in the source.
#include "parser/strings.h"

#include "parser/parser.h"
#include "parser/string_escapes.h"

#include <string>
#include <vector>

namespace taipan {

namespace {

    using ast::ExprNode;

    // CPython: a format spec may hold replacement fields, whose specs may not (the field
    // that would start at this depth is "nested too deeply").
    constexpr int max_fstring_depth = 2;
    // CPython: how many brackets an f-string expression may open while it is scanned.
    constexpr int max_fstring_brackets = 200;

    // A STRING token split into its prefix and its body (the text between the quotes).
    struct StringLiteral {
        bool is_bytes = false;
        bool is_raw = false;
        bool is_fstring = false;
        std::string_view body;
    };

    StringLiteral split_literal(std::string_view text)
    {
        StringLiteral literal;
        size_t index = 0;
        for (; index < text.size() && text[index] != '\'' && text[index] != '"'; ++index) {
            switch (text[index]) {
            case 'b':
            case 'B':
                literal.is_bytes = true;
                break;
            case 'r':
            case 'R':
                literal.is_raw = true;
                break;
            case 'f':
            case 'F':
                literal.is_fstring = true;
                break;
            default:
                break;
            }
        }
        if (index == text.size())
            return literal; // not a literal; the lexer never makes such a token
        size_t quote_length = 1;
        if (text.size() >= index + 6 && text[index + 1] == text[index] && text[index + 2] == text[index])
            quote_length = 3;
        size_t body_start = index + quote_length;
        size_t body_end = text.size() >= body_start + quote_length ? text.size() - quote_length : body_start;
        literal.body = text.substr(body_start, body_end - body_start);
        return literal;
    }

    // CPython raises the errors of this rule with RAISE_SYNTAX_ERROR, which reports them
    // at the last token the parser fetched: the token after the run. Only the parser
    // knows that token, so these errors carry no location (see strings.h).
    SyntaxError error_at_parser_position(std::string message)
    {
        SyntaxError error;
        error.message = std::move(message);
        return error;
    }

    ast::Location span_location(Token const& first, Token const& last)
    {
        return {first.lineno, first.col_offset, last.end_lineno, last.end_col_offset};
    }

    bool is_python_space(char c)
    {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
    }

    // Turns a run of STRING tokens into its node. Mirrors the structure of CPython's
    // algorithm because its quirks are observable: which token's location each piece of
    // an f-string gets, and which error wins when several apply.
    class StringRunParser {
    public:
        StringRunParser(std::span<Token const> tokens, Arena& arena)
            : m_tokens(tokens)
            , m_first(tokens.front())
            , m_last(tokens.back())
            , m_arena(arena)
        {
        }

        Result<ExprNode*, SyntaxError> parse();

    private:
        // The values of a JoinedStr being built: finished nodes, then the literal text not
        // yet turned into a Constant (adjacent literal pieces are joined into one).
        struct Pieces {
            std::vector<ExprNode*> values;
            std::string pending_text;
            bool is_fstring = false;
        };

        using Cursor = char const*;

        Result<void, SyntaxError> parse_fstring(
            Pieces&, Cursor& cursor, Cursor end, bool raw, int depth, Token const& token);
        Result<bool, SyntaxError> scan_literal(Pieces&, Cursor& cursor, Cursor end, bool raw, int depth);
        Result<ExprNode*, SyntaxError> parse_replacement_field(
            Pieces&, Cursor& cursor, Cursor end, bool raw, int depth, Token const& token);
        Result<ExprNode*, SyntaxError> parse_expression(Cursor start, Cursor end, Token const& token);
        ExprNode* finish(Pieces&, Token const& first, Token const& last);

        void flush_pending_text(Pieces&, Token const& first, Token const& last);
        ExprNode* make_str_constant(std::string_view text, Token const& first, Token const& last);

        template<typename T>
        T* make_node(ast::Location location)
        {
            T* node = m_arena.make<T>();
            // Through the base: Constant's own `kind` field (the "u" prefix) hides it.
            static_cast<ExprNode*>(node)->kind = T::node_kind;
            static_cast<ExprNode*>(node)->location = location;
            return node;
        }

        std::span<Token const> m_tokens;
        Token const& m_first;
        Token const& m_last;
        Arena& m_arena;
    };

    Result<ExprNode*, SyntaxError> StringRunParser::parse()
    {
        Pieces pieces;
        std::string bytes;
        bool bytes_mode = false;
        for (size_t index = 0; index < m_tokens.size(); ++index) {
            Token const& token = m_tokens[index];
            StringLiteral literal = split_literal(token.text);
            // CPython: each token is decoded before it is checked against the mode of the
            // tokens before it, so a decoding error in a later token wins.
            std::string text;
            if (!literal.is_fstring) {
                bool has_escapes = !literal.is_raw && literal.body.find('\\') != std::string_view::npos;
                if (literal.is_bytes) {
                    for (char c : token.text) {
                        if (static_cast<unsigned char>(c) >= 0x80)
                            return Failure {
                                error_at_parser_position("bytes can only contain ASCII literal characters")};
                    }
                }
                if (!has_escapes) {
                    text = literal.body;
                } else {
                    auto decoded = literal.is_bytes ? decode_bytes_escapes(literal.body, text)
                                                    : decode_string_escapes(literal.body, text);
                    if (decoded.is_error())
                        return Failure {error_at_parser_position(std::move(decoded.error().message))};
                }
            }
            if (index != 0 && literal.is_bytes != bytes_mode)
                return Failure {error_at_parser_position("cannot mix bytes and nonbytes literals")};
            bytes_mode = literal.is_bytes;
            if (literal.is_fstring) {
                Cursor cursor = literal.body.data();
                TRY(parse_fstring(
                    pieces, cursor, literal.body.data() + literal.body.size(), literal.is_raw, 0, token));
            } else if (bytes_mode) {
                bytes += text;
            } else {
                pieces.pending_text += text;
            }
        }
        if (bytes_mode) {
            auto* constant = make_node<ast::Constant>(span_location(m_first, m_last));
            constant->value.kind = ast::ConstantValue::Kind::Bytes;
            constant->value.text = m_arena.copy_string(bytes);
            return constant;
        }
        return finish(pieces, m_first, m_last);
    }

    // CPython: a Constant's kind is "u" when the first token of its run starts with a
    // lowercase u, whichever token the text came from ("U" and later tokens do not count).
    ExprNode* StringRunParser::make_str_constant(std::string_view text, Token const& first, Token const& last)
    {
        auto* constant = make_node<ast::Constant>(span_location(first, last));
        constant->value.kind = ast::ConstantValue::Kind::Str;
        constant->value.text = m_arena.copy_string(text);
        if (!first.text.empty() && first.text[0] == 'u')
            constant->kind = "u";
        return constant;
    }

    void StringRunParser::flush_pending_text(Pieces& pieces, Token const& first, Token const& last)
    {
        if (pieces.pending_text.empty())
            return;
        pieces.values.push_back(make_str_constant(pieces.pending_text, first, last));
        pieces.pending_text.clear();
    }

    ExprNode* StringRunParser::finish(Pieces& pieces, Token const& first, Token const& last)
    {
        if (!pieces.is_fstring)
            return make_str_constant(pieces.pending_text, first, last);
        flush_pending_text(pieces, first, last);
        auto* joined = make_node<ast::JoinedStr>(span_location(first, last));
        joined->values.count = static_cast<uint32_t>(pieces.values.size());
        joined->values.items = m_arena.allocate_array<ExprNode*>(pieces.values.size());
        for (size_t index = 0; index < pieces.values.size(); ++index)
            joined->values.items[index] = pieces.values[index];
        return joined;
    }

    // The text of an f-string (or, at depth > 0, of a format spec up to its closing
    // brace): literal text and replacement fields, in turn.
    Result<void, SyntaxError> StringRunParser::parse_fstring(
        Pieces& pieces, Cursor& cursor, Cursor end, bool raw, int depth, Token const& token)
    {
        pieces.is_fstring = true;
        for (;;) {
            bool stopped_at_doubled_brace = TRY(scan_literal(pieces, cursor, end, raw, depth));
            if (stopped_at_doubled_brace)
                continue;
            if (cursor >= end || *cursor == '}')
                break;
            ExprNode* value = TRY(parse_replacement_field(pieces, cursor, end, raw, depth, token));
            flush_pending_text(pieces, m_first, m_last);
            pieces.values.push_back(value);
        }
        if (depth == 0 && cursor < end - 1)
            return Failure {error_at_parser_position("f-string: unexpected end of string")};
        if (depth != 0 && (cursor >= end || *cursor != '}'))
            return Failure {error_at_parser_position("f-string: expecting '}'")};
        return {};
    }

    // Literal text up to the next replacement field, the end of the text, or (in a
    // format spec) its closing brace. A doubled brace at the top level ends the literal
    // with one brace kept; then it returns true and the caller scans on.
    Result<bool, SyntaxError> StringRunParser::scan_literal(
        Pieces& pieces, Cursor& cursor, Cursor end, bool raw, int depth)
    {
        Cursor const start = cursor;
        Cursor scan = cursor;
        bool doubled_brace = false;
        while (scan < end) {
            char c = *scan++;
            if (!raw && c == '\\' && scan < end) {
                c = *scan++;
                if (c == 'N') {
                    // Skip "\N{...}" so its braces do not start a field; a malformed escape
                    // is reported when the literal is decoded.
                    if (scan < end && *scan++ == '{') {
                        while (scan < end && *scan++ != '}') { }
                    }
                    continue;
                }
                // CPython: a backslash before a brace stays a backslash, and the brace
                // still counts as one below.
            }
            if (c != '{' && c != '}')
                continue;
            if (depth == 0) {
                if (scan < end && *scan == c) {
                    cursor = scan + 1;
                    doubled_brace = true;
                    break;
                }
                if (c == '}') {
                    cursor = scan - 1;
                    return Failure {error_at_parser_position("f-string: single '}' is not allowed")};
                }
            }
            --scan;
            break;
        }
        if (!doubled_brace)
            cursor = scan;
        if (scan == start)
            return doubled_brace;
        std::string_view text(start, scan - start);
        if (raw) {
            pieces.pending_text += text;
        } else {
            auto decoded = decode_string_escapes(text, pieces.pending_text);
            if (decoded.is_error())
                return Failure {error_at_parser_position(std::move(decoded.error().message))};
        }
        return doubled_brace;
    }

    // A replacement field `{expression [=] [!conversion] [:format_spec]}`, the cursor on
    // its opening brace. The literal text of a `=` field is added to `pieces`.
    Result<ExprNode*, SyntaxError> StringRunParser::parse_replacement_field(
        Pieces& pieces, Cursor& cursor, Cursor end, bool raw, int depth, Token const& token)
    {
        if (depth >= max_fstring_depth)
            return Failure {error_at_parser_position("f-string: expressions nested too deeply")};
        ++cursor;
        Cursor const expression_start = cursor;

        // Find where the expression ends: the first '!', ':', '=' or '}' outside brackets
        // and strings, except in the operators != == <= >=.
        char quote = 0;
        bool triple_quoted = false;
        int bracket_depth = 0;
        char brackets[max_fstring_brackets];
        for (; cursor < end; ++cursor) {
            char c = *cursor;
            if (c == '\\')
                return Failure {
                    error_at_parser_position("f-string expression part cannot include a backslash")};
            if (quote) {
                if (c != quote)
                    continue;
                if (!triple_quoted) {
                    quote = 0;
                } else if (cursor + 2 < end && cursor[1] == c && cursor[2] == c) {
                    cursor += 2;
                    quote = 0;
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                triple_quoted = cursor + 2 < end && cursor[1] == c && cursor[2] == c;
                if (triple_quoted)
                    cursor += 2;
                quote = c;
            } else if (c == '[' || c == '{' || c == '(') {
                if (bracket_depth >= max_fstring_brackets)
                    return Failure {error_at_parser_position("f-string: too many nested parenthesis")};
                brackets[bracket_depth++] = c;
            } else if (c == '#') {
                return Failure {error_at_parser_position("f-string expression part cannot include '#'")};
            } else if (bracket_depth == 0
                && (c == '!' || c == ':' || c == '}' || c == '=' || c == '>' || c == '<')) {
                if (cursor + 1 < end && cursor[1] == '=' && c != ':' && c != '}') {
                    ++cursor;
                    continue;
                }
                if (c == '>' || c == '<')
                    continue;
                break;
            } else if (c == ']' || c == '}' || c == ')') {
                if (bracket_depth == 0)
                    return Failure {error_at_parser_position(std::string("f-string: unmatched '") + c + "'")};
                char opening = brackets[--bracket_depth];
                if (!((opening == '(' && c == ')') || (opening == '[' && c == ']')
                        || (opening == '{' && c == '}')))
                    return Failure {error_at_parser_position(std::string("f-string: closing parenthesis '")
                        + c + "' does not match opening parenthesis '" + opening + "'")};
            }
        }
        Cursor const expression_end = cursor;
        if (quote)
            return Failure {error_at_parser_position("f-string: unterminated string")};
        if (bracket_depth != 0)
            return Failure {error_at_parser_position(
                std::string("f-string: unmatched '") + brackets[bracket_depth - 1] + "'")};
        if (cursor >= end)
            return Failure {error_at_parser_position("f-string: expecting '}'")};

        // CPython parses the expression before looking at what follows it, so its errors
        // come before those of the conversion or the format spec.
        ExprNode* expression = TRY(parse_expression(expression_start, expression_end, token));

        bool has_debug_text = false;
        if (*cursor == '=') {
            ++cursor;
            while (cursor < end && is_python_space(*cursor))
                ++cursor;
            if (cursor >= end)
                return Failure {error_at_parser_position("f-string: expecting '}'")};
            pieces.pending_text.append(expression_start, cursor - expression_start);
            has_debug_text = true;
        }

        int conversion = -1;
        if (*cursor == '!') {
            ++cursor;
            if (cursor >= end)
                return Failure {error_at_parser_position("f-string: expecting '}'")};
            conversion = static_cast<unsigned char>(*cursor++);
            if (conversion != 's' && conversion != 'r' && conversion != 'a')
                return Failure {error_at_parser_position(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'")};
        }

        ExprNode* format_spec = nullptr;
        if (cursor < end && *cursor == ':') {
            ++cursor;
            if (cursor >= end)
                return Failure {error_at_parser_position("f-string: expecting '}'")};
            // CPython: the spec's JoinedStr, and a Constant that ends it, take the
            // location of the spec's own token, not of the whole run.
            Pieces spec;
            TRY(parse_fstring(spec, cursor, end, raw, depth + 1, token));
            format_spec = finish(spec, token, token);
        }

        if (cursor >= end || *cursor != '}')
            return Failure {error_at_parser_position("f-string: expecting '}'")};
        ++cursor;

        // A `=` field without conversion or spec shows the repr().
        if (has_debug_text && !format_spec && conversion == -1)
            conversion = 'r';

        auto* value = make_node<ast::FormattedValue>(span_location(m_first, m_last));
        value->value = expression;
        value->conversion = conversion;
        value->format_spec = format_spec;
        return value;
    }

    // Parses the expression text [start, end) of a field of `token`, positioned where
    // CPython 3.11 positions it.
    Result<ExprNode*, SyntaxError> StringRunParser::parse_expression(
        Cursor start, Cursor end, Token const& token)
    {
        // An expression of only whitespace is an error here: wrapped in parentheses it
        // would parse as an empty tuple.
        Cursor scan = start;
        while (scan < end && (*scan == ' ' || *scan == '\t' || *scan == '\n' || *scan == '\f'))
            ++scan;
        if (scan == end) {
            if (*end == '!' || *end == ':' || *end == '=')
                return Failure {error_at_parser_position(
                    std::string("f-string: expression required before '") + *end + "'")};
            return Failure {error_at_parser_position("f-string: empty expression not allowed")};
        }

        // CPython: the expression is placed at the line of its opening brace and, unless
        // only whitespace follows the brace on its line, at the brace's column. The
        // column is relative to the token when the brace is on the token's first line,
        // to the start of the line otherwise.
        Cursor const token_start = token.text.data();
        Cursor const token_end = token_start + token.text.size();
        Cursor const brace = start - 1;
        bool newline_after_brace = true;
        for (Cursor after = start; after < token_end && *after != '}' && *after != '\n'; ++after) {
            if (*after != ' ' && *after != '\t' && *after != '\f') {
                newline_after_brace = false;
                break;
            }
        }
        int columns = 0;
        if (!newline_after_brace) {
            Cursor line_start = brace;
            while (line_start > token_start && *line_start != '\n')
                --line_start;
            columns = static_cast<int>(brace - line_start);
            if (*line_start == '\n')
                --columns;
        }
        int lines = 0;
        for (Cursor scan_line = token_start; scan_line < brace; ++scan_line) {
            if (*scan_line == '\n')
                ++lines;
        }
        int start_lineno = token.lineno + lines;
        int start_col_offset = lines == 0 ? token.col_offset + columns : columns;

        // The parentheses let the expression start with whitespace or span lines. The
        // text lives in the arena so that nodes may keep views into it.
        std::string wrapped;
        wrapped.reserve(end - start + 2);
        wrapped += '(';
        wrapped.append(start, end - start);
        wrapped += ')';
        std::string_view text = m_arena.copy_string(wrapped);
        return parse_fstring_expression(text, start_lineno, start_col_offset, m_arena);
    }

} // namespace

Result<ExprNode*, SyntaxError> parse_strings(std::span<Token const> tokens, Arena& arena)
{
    return StringRunParser(tokens, arena).parse();
}

} // namespace taipan
