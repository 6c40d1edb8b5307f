// CPython 3.11's AST optimizer turns `'literal %s %r' % (a, b)` into the f-string
// f'literal {a!s} {b!r}' when every conversion is a plain %s, %r or %a (optionally with a
// width and precision of at most two digits) and the tuple has exactly as many items as
// the format has conversions. The result is the same; the code (and the positions in
// tracebacks) are the f-string's, so Taipan does the same rewrite while compiling.
#include "compiler/codegen_internal.h"

#include "support/utf8.h"

namespace taipan::codegen {

namespace {

    // CPython's MAXDIGITS: longer widths and precisions are left to the % operator.
    constexpr int maximum_digits = 3;

    struct Piece {
        std::string literal; // when not a conversion
        ast::ExprNode const* value = nullptr; // a conversion of this item
        char conversion = 0;
        std::string spec;
    };

    std::u32string decode_all(std::string_view text)
    {
        std::u32string out;
        for (size_t i = 0; i < text.size();) {
            auto decoded = utf8::decode(text, i);
            out += decoded.code_point;
            i += static_cast<size_t>(decoded.length);
        }
        return out;
    }

    std::string encode(std::u32string_view text)
    {
        std::string out;
        for (char32_t c : text)
            utf8::append(out, c);
        return out;
    }

    // One conversion after its '%': flags, width, precision, type; false when CPython
    // would not rewrite it.
    bool parse_conversion(std::u32string const& format, size_t& position, Piece& piece)
    {
        char32_t c = 0;
        auto next = [&]() {
            if (position >= format.size())
                return false;
            c = format[position++];
            return true;
        };
        bool left_justify = false;
        for (;;) {
            if (!next())
                return false;
            if (c == '-') {
                left_justify = true;
                continue;
            }
            if (c == '+' || c == ' ' || c == '#' || c == '0')
                continue;
            break;
        }
        int width = -1;
        int precision = -1;
        if (c >= '0' && c <= '9') {
            width = 0;
            int digits = 0;
            while (c >= '0' && c <= '9') {
                width = width * 10 + static_cast<int>(c - '0');
                if (!next() || ++digits >= maximum_digits)
                    return false;
            }
        }
        if (c == '.') {
            if (!next())
                return false;
            precision = 0;
            int digits = 0;
            while (c >= '0' && c <= '9') {
                precision = precision * 10 + static_cast<int>(c - '0');
                if (!next() || ++digits >= maximum_digits)
                    return false;
            }
        }
        if (c != 's' && c != 'r' && c != 'a')
            return false;
        piece.conversion = static_cast<char>(c);
        if (!left_justify && width > 0)
            piece.spec += '>';
        if (width >= 0)
            piece.spec += std::to_string(width);
        if (precision >= 0)
            piece.spec += "." + std::to_string(precision);
        return true;
    }

    // The literal text up to the next lone '%', with "%%" made '%'.
    std::string parse_literal(std::u32string const& format, size_t& position)
    {
        std::u32string literal;
        while (position < format.size()) {
            if (format[position] != '%') {
                literal += format[position++];
            } else if (position + 1 < format.size() && format[position + 1] == '%') {
                literal += '%';
                position += 2;
            } else {
                break;
            }
        }
        return encode(literal);
    }

} // namespace

bool Compiler::try_visit_percent_format(ast::BinOp const& operation)
{
    if (operation.op != ast::Operator::Mod)
        return false;
    auto* items = ast::as<ast::Tuple>(operation.right);
    if (!items || items->ctx != ast::ExprContext::Load || is_constant(items))
        return false;
    for (ast::ExprNode* item : items->elts) {
        if (item->kind == ast::ExprKind::Starred)
            return false;
    }
    auto format_constant = fold(operation.left);
    if (!format_constant || format_constant->kind != ConstantEntry::Kind::Str)
        return false;
    std::u32string format = decode_all(format_constant->text);
    std::vector<Piece> pieces;
    size_t position = 0;
    uint32_t used = 0;
    for (;;) {
        std::string literal = parse_literal(format, position);
        if (!literal.empty())
            pieces.push_back(Piece {std::move(literal), nullptr, 0, {}});
        if (position >= format.size())
            break;
        if (used >= items->elts.size())
            return false; // more conversions than items
        ++position; // the '%'
        Piece piece;
        piece.value = items->elts[used++];
        if (!parse_conversion(format, position, piece))
            return false;
        pieces.push_back(std::move(piece));
    }
    if (used < items->elts.size())
        return false; // more items than conversions

    // Compiled as the JoinedStr CPython makes: literals without positions, each
    // formatted value at its item's position.
    uint32_t count = static_cast<uint32_t>(pieces.size());
    bool joined = count > stack_use_guideline;
    if (joined) {
        emit_str("");
        emit_name(Opcode::LoadMethod, "join");
        emit(Opcode::BuildList, 0);
    }
    for (Piece const& piece : pieces) {
        SourcePosition saved = location();
        if (!piece.value) {
            unset_location();
            emit_str(piece.literal);
        } else {
            set_location(piece.value->location);
            visit_expression(piece.value);
            uint32_t argument = piece.conversion == 's' ? static_cast<uint32_t>(FormatConversion::Str)
                : piece.conversion == 'r'               ? static_cast<uint32_t>(FormatConversion::Repr)
                                                        : static_cast<uint32_t>(FormatConversion::Ascii);
            if (!piece.spec.empty()) {
                SourcePosition at_value = location();
                unset_location();
                emit_str(piece.spec);
                unit().location = at_value;
                argument |= format_value_has_spec;
            }
            emit(Opcode::FormatValue, argument);
        }
        unit().location = saved;
        if (joined)
            emit(Opcode::ListAppend, 1);
    }
    if (joined)
        emit(Opcode::Call, 1);
    else if (count != 1)
        emit(Opcode::BuildString, count);
    return true;
}

} // namespace taipan::codegen
