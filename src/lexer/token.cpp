// Names and spellings of the token kinds, from token_kinds.def.
#include "lexer/token.h"

namespace taipan {

char const* token_kind_cpython_name(TokenKind kind)
{
    switch (kind) {
#define TAIPAN_TOKEN(name, cpython_name, spelling)                                                           \
    case TokenKind::name:                                                                                    \
        return cpython_name;
#define TAIPAN_KEYWORD(name, spelling)                                                                       \
    case TokenKind::Keyword##name:                                                                           \
        return "NAME";
#include "lexer/token_kinds.def"
    }
    return "?";
}

char const* token_kind_spelling(TokenKind kind)
{
    switch (kind) {
#define TAIPAN_TOKEN(name, cpython_name, spelling)                                                           \
    case TokenKind::name:                                                                                    \
        return spelling;
#define TAIPAN_KEYWORD(name, spelling)                                                                       \
    case TokenKind::Keyword##name:                                                                           \
        return spelling;
#include "lexer/token_kinds.def"
    }
    return "";
}

bool is_keyword(TokenKind kind)
{
    switch (kind) {
#define TAIPAN_TOKEN(name, cpython_name, spelling)                                                           \
    case TokenKind::name:                                                                                    \
        return false;
#define TAIPAN_KEYWORD(name, spelling)                                                                       \
    case TokenKind::Keyword##name:                                                                           \
        return true;
#include "lexer/token_kinds.def"
    }
    return false;
}

} // namespace taipan
