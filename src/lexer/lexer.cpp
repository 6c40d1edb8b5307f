// The lexer: a hand-written loop over the bytes of the source that splits and
// positions tokens exactly as CPython 3.11's C tokenizer hands them to its parser,
// and raises its SyntaxErrors with the same messages, positions and texts.
//
// Like CPython, the lexer reads the source one line at a time: the "current line" (the
// last one read) decides the line numbers of INDENT/DEDENT/ENDMARKER tokens and the
// text of several errors, so the reading state mirrors CPython's (see next_char()).
#include "lexer/lexer.h"

#include "lexer/source_text.h"
#include "support/unicode.h"
#include "support/utf8.h"

#include <algorithm>
#include <cstdio>

namespace taipan {

namespace {

    // CPython's limits: MAXINDENT and MAXLEVEL.
    constexpr size_t max_indent_levels = 100;
    constexpr size_t max_bracket_nesting = 200;
    constexpr int tab_size = 8;

    constexpr bool is_digit(int c)
    {
        return c >= '0' && c <= '9';
    }
    bool is_hex_digit(int c)
    {
        return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
    bool is_octal_digit(int c)
    {
        return c >= '0' && c <= '7';
    }
    bool is_binary_digit(int c)
    {
        return c == '0' || c == '1';
    }

    // CPython treats every non-ASCII byte as a possible identifier character and checks
    // the identifier as a whole afterwards.
    constexpr bool is_identifier_start(int c)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    struct IdentifierTable {
        bool entries[256];
        constexpr IdentifierTable()
            : entries()
        {
            for (int c = 0; c < 256; ++c)
                entries[c] = is_identifier_start(c) || is_digit(c);
        }
    };
    constexpr IdentifierTable identifier_table;

    bool is_identifier_char(int c)
    {
        return c >= 0 && identifier_table.entries[c];
    }

    TokenKind name_kind(std::string_view name)
    {
        // Keywords are 2 to 8 ASCII letters; most names are not keywords, so test the
        // length and first letter before comparing.
        if (name.size() < 2 || name.size() > 8)
            return TokenKind::Name;
        switch (name[0]) {
        case 'F':
            return name == "False" ? TokenKind::KeywordFalse : TokenKind::Name;
        case 'N':
            return name == "None" ? TokenKind::KeywordNone : TokenKind::Name;
        case 'T':
            return name == "True" ? TokenKind::KeywordTrue : TokenKind::Name;
        case 'a':
            if (name == "and")
                return TokenKind::KeywordAnd;
            if (name == "as")
                return TokenKind::KeywordAs;
            if (name == "assert")
                return TokenKind::KeywordAssert;
            if (name == "async")
                return TokenKind::KeywordAsync;
            if (name == "await")
                return TokenKind::KeywordAwait;
            return TokenKind::Name;
        case 'b':
            return name == "break" ? TokenKind::KeywordBreak : TokenKind::Name;
        case 'c':
            if (name == "class")
                return TokenKind::KeywordClass;
            if (name == "continue")
                return TokenKind::KeywordContinue;
            return TokenKind::Name;
        case 'd':
            if (name == "def")
                return TokenKind::KeywordDef;
            if (name == "del")
                return TokenKind::KeywordDel;
            return TokenKind::Name;
        case 'e':
            if (name == "elif")
                return TokenKind::KeywordElif;
            if (name == "else")
                return TokenKind::KeywordElse;
            if (name == "except")
                return TokenKind::KeywordExcept;
            return TokenKind::Name;
        case 'f':
            if (name == "finally")
                return TokenKind::KeywordFinally;
            if (name == "for")
                return TokenKind::KeywordFor;
            if (name == "from")
                return TokenKind::KeywordFrom;
            return TokenKind::Name;
        case 'g':
            return name == "global" ? TokenKind::KeywordGlobal : TokenKind::Name;
        case 'i':
            if (name == "if")
                return TokenKind::KeywordIf;
            if (name == "import")
                return TokenKind::KeywordImport;
            if (name == "in")
                return TokenKind::KeywordIn;
            if (name == "is")
                return TokenKind::KeywordIs;
            return TokenKind::Name;
        case 'l':
            return name == "lambda" ? TokenKind::KeywordLambda : TokenKind::Name;
        case 'n':
            if (name == "nonlocal")
                return TokenKind::KeywordNonlocal;
            if (name == "not")
                return TokenKind::KeywordNot;
            return TokenKind::Name;
        case 'o':
            return name == "or" ? TokenKind::KeywordOr : TokenKind::Name;
        case 'p':
            return name == "pass" ? TokenKind::KeywordPass : TokenKind::Name;
        case 'r':
            if (name == "raise")
                return TokenKind::KeywordRaise;
            if (name == "return")
                return TokenKind::KeywordReturn;
            return TokenKind::Name;
        case 't':
            return name == "try" ? TokenKind::KeywordTry : TokenKind::Name;
        case 'w':
            if (name == "while")
                return TokenKind::KeywordWhile;
            if (name == "with")
                return TokenKind::KeywordWith;
            return TokenKind::Name;
        case 'y':
            return name == "yield" ? TokenKind::KeywordYield : TokenKind::Name;
        default:
            return TokenKind::Name;
        }
    }

    // The token for a one-character operator, or nullopt.
    std::optional<TokenKind> one_char_operator(int c)
    {
        switch (c) {
        case '%':
            return TokenKind::Percent;
        case '&':
            return TokenKind::Ampersand;
        case '*':
            return TokenKind::Star;
        case '+':
            return TokenKind::Plus;
        case ',':
            return TokenKind::Comma;
        case '-':
            return TokenKind::Minus;
        case '/':
            return TokenKind::Slash;
        case ':':
            return TokenKind::Colon;
        case ';':
            return TokenKind::Semicolon;
        case '<':
            return TokenKind::Less;
        case '=':
            return TokenKind::Equal;
        case '>':
            return TokenKind::Greater;
        case '@':
            return TokenKind::At;
        case '^':
            return TokenKind::Circumflex;
        case '|':
            return TokenKind::VerticalBar;
        case '~':
            return TokenKind::Tilde;
        case '!':
            return TokenKind::Exclamation;
        default:
            return std::nullopt;
        }
    }

    std::optional<TokenKind> two_char_operator(int c1, int c2)
    {
        switch (c1) {
        case '!':
            return c2 == '=' ? std::optional(TokenKind::NotEqual) : std::nullopt;
        case '%':
            return c2 == '=' ? std::optional(TokenKind::PercentEqual) : std::nullopt;
        case '&':
            return c2 == '=' ? std::optional(TokenKind::AmpersandEqual) : std::nullopt;
        case '*':
            if (c2 == '*')
                return TokenKind::DoubleStar;
            return c2 == '=' ? std::optional(TokenKind::StarEqual) : std::nullopt;
        case '+':
            return c2 == '=' ? std::optional(TokenKind::PlusEqual) : std::nullopt;
        case '-':
            if (c2 == '>')
                return TokenKind::RightArrow;
            return c2 == '=' ? std::optional(TokenKind::MinusEqual) : std::nullopt;
        case '/':
            if (c2 == '/')
                return TokenKind::DoubleSlash;
            return c2 == '=' ? std::optional(TokenKind::SlashEqual) : std::nullopt;
        case ':':
            return c2 == '=' ? std::optional(TokenKind::ColonEqual) : std::nullopt;
        case '<':
            if (c2 == '<')
                return TokenKind::LeftShift;
            if (c2 == '>')
                return TokenKind::LessGreater;
            return c2 == '=' ? std::optional(TokenKind::LessEqual) : std::nullopt;
        case '=':
            return c2 == '=' ? std::optional(TokenKind::EqualEqual) : std::nullopt;
        case '>':
            if (c2 == '>')
                return TokenKind::RightShift;
            return c2 == '=' ? std::optional(TokenKind::GreaterEqual) : std::nullopt;
        case '@':
            return c2 == '=' ? std::optional(TokenKind::AtEqual) : std::nullopt;
        case '^':
            return c2 == '=' ? std::optional(TokenKind::CircumflexEqual) : std::nullopt;
        case '|':
            return c2 == '=' ? std::optional(TokenKind::VerticalBarEqual) : std::nullopt;
        default:
            return std::nullopt;
        }
    }

    std::optional<TokenKind> three_char_operator(TokenKind two, int c3)
    {
        if (c3 != '=')
            return std::nullopt;
        switch (two) {
        case TokenKind::DoubleStar:
            return TokenKind::DoubleStarEqual;
        case TokenKind::DoubleSlash:
            return TokenKind::DoubleSlashEqual;
        case TokenKind::LeftShift:
            return TokenKind::LeftShiftEqual;
        case TokenKind::RightShift:
            return TokenKind::RightShiftEqual;
        default:
            return std::nullopt;
        }
    }

    std::string hex_code_point(char32_t code_point)
    {
        char buffer[16];
        std::snprintf(buffer, sizeof buffer, "%04X", static_cast<unsigned>(code_point));
        return buffer;
    }

    std::string format(char const* pattern, char const* argument)
    {
        char buffer[256];
        std::snprintf(buffer, sizeof buffer, pattern, argument);
        return buffer;
    }

} // namespace

Lexer::Lexer(std::string_view text)
    : m_text(text)
{
    m_end = text.size();
    if (text.empty() || text.back() != '\n')
        ++m_end;
    m_indents.push_back(0);
    m_alternate_indents.push_back(0);
    m_encoding_declared = source_text::find_coding_spec(text).has_value();
}

// --- Reading ------------------------------------------------------------------------

int Lexer::char_at(size_t position) const
{
    return position < m_text.size() ? static_cast<unsigned char>(m_text[position]) : '\n';
}

bool Lexer::read_line()
{
    if (m_line_end >= m_end)
        return false;
    ++m_line_number;
    m_line_start = m_line_end;
    // CPython keeps the lines of a token that spans lines (a string, a backslash
    // continuation) together in its buffer, and some error texts show all of them.
    if (!m_inside_token)
        m_buffer_start = m_line_start;
    size_t newline = m_text.find('\n', m_line_start);
    m_line_end = newline == std::string_view::npos ? m_end : newline + 1;
    return true;
}

// The next byte, reading the next line when the current one is used up. At the end
// the cursor and the current line stay where they are, as in CPython.
int Lexer::next_char()
{
    if (m_position == m_line_end && !read_line())
        return end_of_input;
    return char_at(m_position++);
}

void Lexer::backup(int c)
{
    if (c != end_of_input)
        --m_position;
}

// --- Tokens -------------------------------------------------------------------------

Token Lexer::make_token(TokenKind kind, size_t start, size_t end) const
{
    Token token;
    token.kind = kind;
    size_t text_start = std::min(start, m_text.size());
    size_t text_end = std::min(end, m_text.size());
    token.text = m_text.substr(text_start, text_end - text_start);
    token.lineno = m_line_number;
    token.end_lineno = m_line_number;
    token.col_offset = static_cast<int>(start - m_line_start);
    token.end_col_offset = static_cast<int>(end - m_line_start);
    return token;
}

// INDENT, DEDENT and ENDMARKER: CPython gives them no position of their own (-1), and
// its parser then uses the tokenizer's cursor on the current line. They carry that.
Token Lexer::make_cursor_token(TokenKind kind) const
{
    Token token = make_token(kind, m_position, m_position);
    token.text = {};
    return token;
}

Result<Token, SyntaxError> Lexer::next_token()
{
    if (m_error)
        return Failure {*m_error};
    if (m_finished)
        return make_cursor_token(TokenKind::EndMarker);
    auto token = lex();
    if (token.is_error()) {
        m_error = token.error();
        return token;
    }
    if (token.value().kind == TokenKind::EndMarker)
        m_finished = true;
    return token;
}

Result<Token, SyntaxError> Lexer::lex()
{
    for (;;) {
        m_inside_token = false;
        bool blank_line = false;
        if (m_at_line_start) {
            m_at_line_start = false;
            blank_line = TRY(read_indentation());
        }
        if (m_pending_indents < 0) {
            ++m_pending_indents;
            return make_cursor_token(TokenKind::Dedent);
        }
        if (m_pending_indents > 0) {
            --m_pending_indents;
            return make_cursor_token(TokenKind::Indent);
        }

        for (;;) {
            m_inside_token = false;
            int c;
            do {
                c = next_char();
            } while (c == ' ' || c == '\t' || c == '\f');
            size_t start = m_position - (c == end_of_input ? 0 : 1);
            m_inside_token = true;

            if (c == '#') {
                // Comments (type comments included) are skipped to the newline that ends
                // the line; a NEWLINE after one starts where the comment starts, as in
                // CPython.
                m_position = m_line_end;
                c = '\n';
            }
            if (c == end_of_input) {
                if (!m_open_brackets.empty())
                    return Failure {end_of_input_error()};
                return make_cursor_token(TokenKind::EndMarker);
            }
            if (is_identifier_start(c))
                return lex_identifier_or_string(start, c);
            if (c == '\n') {
                m_at_line_start = true;
                if (blank_line || !m_open_brackets.empty())
                    break;
                // CPython leaves the newline out of the token: it ends where it starts.
                Token token = make_token(TokenKind::Newline, start, m_position - 1);
                token.text = m_text.substr(
                    std::min(m_position - 1, m_text.size()), m_position - 1 < m_text.size() ? 1 : 0);
                return token;
            }
            if (c == '.') {
                c = next_char();
                if (is_digit(c))
                    return lex_number_tail(start, c, true);
                if (c == '.') {
                    c = next_char();
                    if (c == '.')
                        return make_token(TokenKind::Ellipsis, start, m_position);
                    backup(c);
                    backup('.');
                } else {
                    backup(c);
                }
                return make_token(TokenKind::Dot, start, m_position);
            }
            if (is_digit(c))
                return lex_number(start, c);
            if (c == '\'' || c == '"')
                return lex_string(start, c);
            if (c == '\\') {
                TRY(skip_line_continuation());
                continue;
            }
            if (c == '(' || c == '[' || c == '{' || c == ')' || c == ']' || c == '}')
                return lex_bracket(start, c);

            int c2 = next_char();
            if (auto two = two_char_operator(c, c2)) {
                int c3 = next_char();
                if (auto three = three_char_operator(*two, c3))
                    return make_token(*three, start, m_position);
                backup(c3);
                return make_token(*two, start, m_position);
            }
            backup(c2);
            if (auto one = one_char_operator(c))
                return make_token(*one, start, m_position);
            if (c < 0x20 || c == 0x7F)
                return Failure {tokenizer_error("invalid non-printable character U+" + hex_code_point(c))};
            // CPython hands other printable ASCII characters ($, ?, `) to the parser as
            // an operator token that no rule accepts.
            return make_token(TokenKind::ErrorToken, start, m_position);
        }
    }
}

// Measures the indentation of a new line and queues INDENT or DEDENT tokens. Returns
// whether the line is blank (only whitespace and maybe a comment): such lines produce
// no tokens at all.
Result<bool, SyntaxError> Lexer::read_indentation()
{
    int column = 0;
    int alternate_column = 0;
    // CPython: when the indentation is split by backslashes, the first backslash's
    // column is the line's indentation (0 means "none yet", as in CPython).
    int continuation_column = 0;
    int c;
    for (;;) {
        c = next_char();
        if (c == ' ') {
            ++column;
            ++alternate_column;
        } else if (c == '\t') {
            column = (column / tab_size + 1) * tab_size;
            ++alternate_column;
        } else if (c == '\f') {
            column = alternate_column = 0;
        } else if (c == '\\') {
            if (continuation_column == 0)
                continuation_column = column;
            TRY(skip_line_continuation());
        } else {
            break;
        }
    }
    backup(c);
    bool blank_line = c == '#' || c == '\n';
    if (blank_line || !m_open_brackets.empty())
        return blank_line;

    if (continuation_column != 0)
        column = alternate_column = continuation_column;
    if (column == m_indents.back()) {
        if (alternate_column != m_alternate_indents.back())
            return Failure {indentation_error(SyntaxErrorKind::TabError)};
    } else if (column > m_indents.back()) {
        if (m_indents.size() >= max_indent_levels)
            return Failure {indentation_error(SyntaxErrorKind::IndentationError)};
        if (alternate_column <= m_alternate_indents.back())
            return Failure {indentation_error(SyntaxErrorKind::TabError)};
        ++m_pending_indents;
        m_indents.push_back(column);
        m_alternate_indents.push_back(alternate_column);
    } else {
        while (m_indents.size() > 1 && column < m_indents.back()) {
            --m_pending_indents;
            m_indents.pop_back();
            m_alternate_indents.pop_back();
        }
        if (column != m_indents.back()) {
            m_position = m_line_end;
            return Failure {parser_style_error(SyntaxErrorKind::IndentationError,
                "unindent does not match any outer indentation level", m_line_number,
                static_cast<int>(m_position - m_line_start), -1)};
        }
        if (alternate_column != m_alternate_indents.back())
            return Failure {indentation_error(SyntaxErrorKind::TabError)};
    }
    return false;
}

// TabError and "too many levels of indentation": reported at the start of the line.
SyntaxError Lexer::indentation_error(SyntaxErrorKind kind)
{
    m_position = m_line_end;
    char const* message = kind == SyntaxErrorKind::TabError
        ? "inconsistent use of tabs and spaces in indentation"
        : "too many levels of indentation";
    return parser_style_error(kind, message, m_line_number, 1, 0);
}

// After a backslash: the line must end there, and another line must follow.
Result<void, SyntaxError> Lexer::skip_line_continuation()
{
    int c = next_char();
    if (c != '\n') {
        // CPython measures this one from the start of its buffer, not of the line.
        return Failure {parser_style_error(SyntaxErrorKind::SyntaxError,
            "unexpected character after line continuation character", m_line_number,
            static_cast<int>(m_position - m_buffer_start), 0)};
    }
    c = next_char();
    if (c == end_of_input)
        return Failure {end_of_input_error()};
    backup(c);
    return {};
}

SyntaxError Lexer::end_of_input_error()
{
    if (!m_open_brackets.empty()) {
        OpenBracket const& bracket = m_open_brackets.back();
        char message[32];
        std::snprintf(message, sizeof message, "'%c' was never closed", bracket.bracket);
        return parser_style_error(
            SyntaxErrorKind::SyntaxError, message, bracket.lineno, bracket.col_offset + 1, 0);
    }
    return parser_style_error(SyntaxErrorKind::SyntaxError, "unexpected EOF while parsing", m_line_number,
        static_cast<int>(m_position - m_line_start), -1);
}

Result<Token, SyntaxError> Lexer::lex_bracket(size_t start, int c)
{
    if (c == '(' || c == '[' || c == '{') {
        if (m_open_brackets.size() >= max_bracket_nesting)
            return Failure {tokenizer_error("too many nested parentheses")};
        m_open_brackets.push_back(
            {static_cast<char>(c), m_line_number, static_cast<int>(start - m_line_start)});
        TokenKind kind = c == '(' ? TokenKind::LeftParen
            : c == '['            ? TokenKind::LeftBracket
                                  : TokenKind::LeftBrace;
        return make_token(kind, start, m_position);
    }
    char closing[2] = {static_cast<char>(c), 0};
    if (m_open_brackets.empty())
        return Failure {tokenizer_error(format("unmatched '%s'", closing))};
    OpenBracket opening = m_open_brackets.back();
    m_open_brackets.pop_back();
    bool matches = (opening.bracket == '(' && c == ')') || (opening.bracket == '[' && c == ']')
        || (opening.bracket == '{' && c == '}');
    if (!matches) {
        char message[128];
        if (opening.lineno != m_line_number) {
            std::snprintf(message, sizeof message,
                "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c,
                opening.bracket, opening.lineno);
        } else {
            std::snprintf(message, sizeof message,
                "closing parenthesis '%c' does not match opening parenthesis '%c'", c, opening.bracket);
        }
        return Failure {tokenizer_error(message)};
    }
    TokenKind kind = c == ')' ? TokenKind::RightParen
        : c == ']'            ? TokenKind::RightBracket
                              : TokenKind::RightBrace;
    return make_token(kind, start, m_position);
}

// --- Names and strings --------------------------------------------------------------

Result<Token, SyntaxError> Lexer::lex_identifier_or_string(size_t start, int c)
{
    // String prefixes: b, r, u, f and the pairs br, rb, fr, rf in any case (u alone).
    bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
    for (;;) {
        if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B'))
            saw_b = true;
        else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U'))
            saw_u = true;
        else if (!(saw_r || saw_u) && (c == 'r' || c == 'R'))
            saw_r = true;
        else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F'))
            saw_f = true;
        else
            break;
        c = next_char();
        if (c == '"' || c == '\'')
            return lex_string(start, c);
    }
    bool non_ascii = false;
    if (is_identifier_char(c)) {
        // The current line ends with a newline, which ends the name: scan its bytes.
        non_ascii = c >= 128;
        int next;
        while (is_identifier_char(next = char_at(m_position))) {
            non_ascii |= next >= 128;
            ++m_position;
        }
    } else {
        backup(c);
    }
    if (non_ascii)
        TRY(check_identifier(start));
    Token token = make_token(TokenKind::Name, start, m_position);
    token.kind = name_kind(token.text);
    return token;
}

// A non-ASCII identifier must be UTF-8 and a PEP 3131 identifier; CPython reports the
// first character that is not, pointing just past it.
Result<void, SyntaxError> Lexer::check_identifier(size_t start)
{
    std::string_view bytes = m_text.substr(start, m_position - start);
    if (auto error = source_text::find_utf8_error(bytes)) {
        auto syntax_error = parser_style_error(SyntaxErrorKind::SyntaxError,
            "(unicode error) " + source_text::utf8_error_message(bytes, *error), m_line_number,
            static_cast<int>(m_position - m_line_start), -1);
        // CPython raises the UnicodeDecodeError in the tokenizer; its parser words it.
        m_error_raised = true;
        return Failure {std::move(syntax_error)};
    }
    size_t index = 0;
    bool first = true;
    while (index < bytes.size()) {
        auto decoded = utf8::decode(bytes, index);
        char32_t code_point = decoded.code_point;
        bool valid = first ? (unicode::is_xid_start(code_point) || code_point == '_')
                           : unicode::is_xid_continue(code_point);
        if (!valid) {
            m_position = start + index + decoded.length;
            std::string message;
            if (unicode::is_printable(code_point)) {
                message = "invalid character '";
                utf8::append(message, code_point);
                message += "' (U+" + hex_code_point(code_point) + ")";
            } else {
                message = "invalid non-printable character U+" + hex_code_point(code_point);
            }
            return Failure {tokenizer_error(std::move(message))};
        }
        first = false;
        index += decoded.length;
    }
    return {};
}

Result<Token, SyntaxError> Lexer::lex_string(size_t start, int quote)
{
    m_string_first_line = m_line_number;
    m_string_line_start = m_line_start;
    int quote_size = 1;
    int end_quote_size = 0;
    int c = next_char();
    if (c == quote) {
        c = next_char();
        if (c == quote)
            quote_size = 3;
        else
            end_quote_size = 1; // the empty string
    }
    if (c != quote)
        backup(c);

    while (end_quote_size != quote_size) {
        // Skip plain characters of the current line quickly; its newline, quotes and
        // backslashes take the careful path below.
        size_t plain_end = m_line_end - 1;
        if (m_position < plain_end) {
            size_t position = m_position;
            while (position < plain_end) {
                int next = char_at(position);
                if (next == quote || next == '\\')
                    break;
                ++position;
            }
            if (position != m_position) {
                end_quote_size = 0;
                m_position = position;
            }
        }
        c = next_char();
        if (c == end_of_input || (quote_size == 1 && c == '\n')) {
            // CPython reports an unterminated string at its first quote character (the
            // prefix included), on the line where it starts.
            char message[96];
            std::snprintf(message, sizeof message,
                quote_size == 3 ? "unterminated triple-quoted string literal (detected at line %d)"
                                : "unterminated string literal (detected at line %d)",
                m_line_number);
            return Failure {direct_error(message, m_string_first_line, m_string_line_start, start + 1)};
        }
        if (c == quote) {
            ++end_quote_size;
        } else {
            end_quote_size = 0;
            if (c == '\\')
                next_char();
        }
    }
    Token token = make_token(TokenKind::String, start, m_position);
    token.lineno = m_string_first_line;
    token.col_offset = static_cast<int>(start - m_string_line_start);
    return token;
}

// --- Numbers ------------------------------------------------------------------------

// c is the first digit, already read.
Result<Token, SyntaxError> Lexer::lex_number(size_t start, int c)
{
    if (c != '0') {
        c = TRY(lex_decimal_tail());
        if (c == '.')
            return lex_number_tail(start, next_char(), true);
        return lex_number_tail(start, c, false);
    }

    c = next_char();
    if (c == 'x' || c == 'X') {
        c = TRY(lex_radix_digits(next_char(), is_hex_digit, "hexadecimal"));
        TRY(check_end_of_number(c, "hexadecimal"));
        backup(c);
        return make_token(TokenKind::Number, start, m_position);
    }
    if (c == 'o' || c == 'O') {
        c = TRY(lex_radix_digits(next_char(), is_octal_digit, "octal"));
        TRY(check_end_of_number(c, "octal"));
        backup(c);
        return make_token(TokenKind::Number, start, m_position);
    }
    if (c == 'b' || c == 'B') {
        c = TRY(lex_radix_digits(next_char(), is_binary_digit, "binary"));
        TRY(check_end_of_number(c, "binary"));
        backup(c);
        return make_token(TokenKind::Number, start, m_position);
    }

    // A decimal starting with 0: only zeros (and underscores) unless it turns out to be
    // a float or imaginary number.
    for (;;) {
        if (c == '_') {
            c = next_char();
            if (!is_digit(c)) {
                backup(c);
                return Failure {tokenizer_error("invalid decimal literal")};
            }
        }
        if (c != '0')
            break;
        c = next_char();
    }
    size_t zeros_end = m_position;
    bool nonzero = false;
    if (is_digit(c)) {
        nonzero = true;
        c = TRY(lex_decimal_tail());
    }
    if (c == '.')
        return lex_number_tail(start, next_char(), true);
    if (c == 'e' || c == 'E' || c == 'j' || c == 'J')
        return lex_number_tail(start, c, false);
    if (nonzero) {
        backup(c);
        // CPython: offsets in bytes, from the literal's start to its first nonzero digit.
        return Failure {tokenizer_error_at("leading zeros in decimal integer literals are not permitted; use "
                                           "an 0o prefix for octal integers",
            static_cast<int>(start - m_line_start + 1), static_cast<int>(zeros_end - m_line_start))};
    }
    TRY(check_end_of_number(c, "decimal"));
    backup(c);
    return make_token(TokenKind::Number, start, m_position);
}

// The rest of a decimal number: the fraction (when `in_fraction`, c is the character
// after the '.'), the exponent and the imaginary suffix.
Result<Token, SyntaxError> Lexer::lex_number_tail(size_t start, int c, bool in_fraction)
{
    if (in_fraction && is_digit(c))
        c = TRY(lex_decimal_tail());
    if (c == 'e' || c == 'E') {
        int e = c;
        c = next_char();
        if (c == '+' || c == '-') {
            c = next_char();
            if (!is_digit(c)) {
                backup(c);
                return Failure {tokenizer_error("invalid decimal literal")};
            }
        } else if (!is_digit(c)) {
            // Not an exponent after all ("1else"): the number ends before the 'e'.
            backup(c);
            TRY(check_end_of_number(e, "decimal"));
            backup(e);
            return make_token(TokenKind::Number, start, m_position);
        }
        c = TRY(lex_decimal_tail());
    }
    if (c == 'j' || c == 'J') {
        c = next_char();
        TRY(check_end_of_number(c, "imaginary"));
    } else {
        TRY(check_end_of_number(c, "decimal"));
    }
    backup(c);
    return make_token(TokenKind::Number, start, m_position);
}

// Digits after the one just read, with single underscores between them; returns the
// first character after them.
Result<int, SyntaxError> Lexer::lex_decimal_tail()
{
    int c;
    for (;;) {
        do {
            c = next_char();
        } while (is_digit(c));
        if (c != '_')
            return c;
        c = next_char();
        if (!is_digit(c)) {
            backup(c);
            return Failure {tokenizer_error("invalid decimal literal")};
        }
    }
}

// The digits of a 0x/0o/0b literal, starting at c (the character after the prefix).
Result<int, SyntaxError> Lexer::lex_radix_digits(int c, bool (*is_radix_digit)(int), char const* kind)
{
    bool check_decimal_digits = is_radix_digit != is_hex_digit;
    do {
        if (c == '_')
            c = next_char();
        if (!is_radix_digit(c)) {
            if (check_decimal_digits && is_digit(c))
                return Failure {invalid_digit_error(c, kind)};
            backup(c);
            return Failure {tokenizer_error(format("invalid %s literal", kind))};
        }
        do {
            c = next_char();
        } while (is_radix_digit(c));
    } while (c == '_');
    if (check_decimal_digits && is_digit(c))
        return Failure {invalid_digit_error(c, kind)};
    return c;
}

SyntaxError Lexer::invalid_digit_error(int c, char const* kind)
{
    char message[64];
    std::snprintf(message, sizeof message, "invalid digit '%c' in %s literal", c, kind);
    return tokenizer_error(message);
}

// Whether `keyword` follows the cursor as a whole word.
bool Lexer::followed_by_word(std::string_view keyword) const
{
    size_t position = m_position;
    for (char expected : keyword) {
        if (position >= m_line_end || char_at(position) != static_cast<unsigned char>(expected))
            return false;
        ++position;
    }
    return position >= m_line_end || !is_identifier_char(char_at(position));
}

// What may follow a number. CPython 3.11 still accepts a keyword glued to it
// (`1if x else y`) with a warning, and rejects any other identifier character.
Result<void, SyntaxError> Lexer::check_end_of_number(int c, char const* kind)
{
    // c has been read: the cursor is just after it.
    bool keyword = false;
    switch (c) {
    case 'a':
        keyword = followed_by_word("nd");
        break;
    case 'e':
        keyword = followed_by_word("lse");
        break;
    case 'f':
        keyword = followed_by_word("or");
        break;
    case 'i': {
        // CPython checks only the second letter here: `1ifx` warns too.
        int next = m_position < m_line_end ? char_at(m_position) : end_of_input;
        keyword = next == 'f' || next == 'n' || next == 's';
        break;
    }
    case 'o':
        keyword = followed_by_word("r");
        break;
    case 'n':
        keyword = followed_by_word("ot");
        break;
    default:
        break;
    }
    if (keyword) {
        backup(c);
        std::string message = format("invalid %s literal", kind);
        int offset = static_cast<int>(
            source_text::count_characters_replace(m_text.substr(m_line_start, m_position - m_line_start)));
        m_warnings.push_back({std::move(message), m_line_number, offset});
        next_char();
        return {};
    }
    if (is_identifier_char(c)) {
        backup(c);
        return Failure {tokenizer_error(format("invalid %s literal", kind))};
    }
    return {};
}

// --- Errors -------------------------------------------------------------------------

SyntaxError Lexer::tokenizer_error(std::string message)
{
    return direct_error(std::move(message), m_line_number, m_line_start, m_position);
}

SyntaxError Lexer::tokenizer_error_at(std::string message, int offset, int end_offset)
{
    SyntaxError error = direct_error(std::move(message), m_line_number, m_line_start, m_position);
    error.offset = offset;
    error.end_offset = end_offset;
    return error;
}

// CPython's tokenizer builds these itself: the offset counts the characters from the
// start of the line to the cursor, and the text is the line without its newline.
SyntaxError Lexer::direct_error(std::string message, int lineno, size_t line_start, size_t cursor)
{
    m_error_raised = true;
    SyntaxError error;
    error.kind = SyntaxErrorKind::SyntaxError;
    error.message = std::move(message);
    error.lineno = lineno;
    error.end_lineno = lineno;
    size_t text_size = m_text.size();
    size_t clamped_start = std::min(line_start, text_size);
    size_t clamped_cursor = std::min(cursor, text_size);
    size_t offset
        = source_text::count_characters_replace(m_text.substr(clamped_start, clamped_cursor - clamped_start));
    if (cursor > text_size)
        offset += cursor - std::max(text_size, line_start);
    error.offset = static_cast<int>(offset);
    error.end_offset = error.offset;
    size_t line_end = m_text.find('\n', clamped_start);
    if (line_end == std::string_view::npos)
        line_end = text_size;
    error.text = source_text::decode_utf8_replace(m_text.substr(clamped_start, line_end - clamped_start));
    error.has_text = true;
    return error;
}

SyntaxError Lexer::parser_style_error(
    SyntaxErrorKind kind, std::string message, int lineno, int byte_offset, int end_offset)
{
    m_error_raised = false;
    SyntaxError error;
    error.kind = kind;
    error.message = std::move(message);
    error.lineno = lineno;
    error.end_lineno = lineno;
    // CPython's parser takes the text from its buffer while the error's line is the one
    // being read (newline included; several lines when a token spans them), and from
    // the whole source otherwise (one line, without its newline).
    std::string line;
    if (lineno == m_line_number && m_line_number > 0) {
        size_t text_end = std::min(m_line_end, m_text.size());
        line = std::string(m_text.substr(m_buffer_start, text_end - m_buffer_start));
        if (m_line_end > m_text.size())
            line += '\n';
    } else {
        std::string_view source_line = line_text(lineno);
        if (!source_line.empty() && source_line.back() == '\n')
            source_line.remove_suffix(1);
        line = std::string(source_line);
    }
    error.text = source_text::decode_utf8_replace(line);
    error.has_text = true;
    error.offset = byte_offset;
    error.end_offset = end_offset;
    if (m_encoding_declared) {
        // CPython decodes the first `offset` bytes of the (UTF-8) line with
        // errors="replace", counting the terminating NUL when the offset is past the end.
        auto to_characters = [&](int offset) {
            size_t size = error.text.size();
            size_t bytes = std::min(static_cast<size_t>(offset), size + 1);
            size_t characters = source_text::count_characters_replace(
                std::string_view(error.text).substr(0, std::min(bytes, size)));
            return static_cast<int>(characters + (bytes == size + 1 ? 1 : 0));
        };
        if (error.offset > 0)
            error.offset = to_characters(error.offset);
        if (error.end_offset > 0)
            error.end_offset = to_characters(error.end_offset);
    }
    return error;
}

// --- Queries ------------------------------------------------------------------------

std::string_view Lexer::line_text(int lineno) const
{
    if (lineno < 1)
        return {};
    size_t start = 0;
    for (int line = 1; line < lineno; ++line) {
        size_t newline = m_text.find('\n', start);
        if (newline == std::string_view::npos)
            return {};
        start = newline + 1;
    }
    if (start >= m_text.size())
        return {};
    size_t newline = m_text.find('\n', start);
    size_t end = newline == std::string_view::npos ? m_text.size() : newline + 1;
    return m_text.substr(start, end - start);
}

std::span<Lexer::OpenBracket const> Lexer::open_brackets() const
{
    return m_open_brackets;
}

} // namespace taipan
