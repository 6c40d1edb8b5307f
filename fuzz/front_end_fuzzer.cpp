// Feeds arbitrary bytes through the whole front end (decoding, lexing, parsing, the
// symbol table, the error report) the way `taipan FILE` does. Any crash, leak, hang
// or sanitizer report is a bug: malformed input must end in a SyntaxError.
#include "compiler/symtable.h"
#include "lexer/lexer.h"
#include "parser/ast_dump.h"
#include "parser/parser.h"
#include "support/arena.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace taipan;

extern "C" int LLVMFuzzerTestOneInput(uint8_t const* data, size_t size)
{
    std::string_view bytes(reinterpret_cast<char const*>(data), size);
    auto text = decode_source(bytes);
    if (text.is_error()) {
        (void)format_syntax_error(text.error(), "fuzz.py");
        return 0;
    }

    Lexer lexer(text.value());
    for (;;) {
        auto token = lexer.next_token();
        if (token.is_error() || token.value().kind == TokenKind::EndMarker)
            break;
    }

    Arena arena;
    auto tree = parse(text.value(), ParseMode::Exec, arena);
    if (tree.is_error()) {
        (void)format_syntax_error(tree.error(), "fuzz.py");
        return 0;
    }
    (void)dump_ast(*tree.value());
    auto symbols = build_symtable(*tree.value(), "fuzz.py");
    if (symbols.is_error())
        (void)format_syntax_error(symbols.error(), "fuzz.py");
    return 0;
}
