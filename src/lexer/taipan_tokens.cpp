// taipan_tokens: the lexer on its own, for comparisons with CPython and timing.
//
//   taipan_tokens [--quiet | --json] [--filename NAME] (FILE... | -c CODE)
//
// Prints each file's tokens in the format of `taipan --dump-tokens` (a line per token:
// "l,c-l,c:", the CPython token name and the text). Warnings and a SyntaxError are
// printed to stderr as one JSON object per line, with every field CPython's
// SyntaxError has, so tools can compare them; a file with an error exits with 1.
// --quiet lexes without printing tokens (for timing); --json prints, instead of tokens,
// one JSON line per file on stdout: {"file": ..., "error": {...} or null, "warnings":
// [...]}. --filename sets the file name that decoding errors mention (default: the
// path as given).
#include "lexer/lexer.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

using namespace taipan;

namespace {

std::optional<std::string> read_file(std::string const& path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return std::nullopt;
    std::ostringstream contents;
    contents << file.rdbuf();
    return std::move(contents).str();
}

void print_token(Token const& token, std::string& out)
{
    std::string position = std::to_string(token.lineno) + "," + std::to_string(token.col_offset) + "-"
        + std::to_string(token.end_lineno) + "," + std::to_string(token.end_col_offset) + ":";
    out += position;
    if (position.size() < 20)
        out.append(20 - position.size(), ' ');
    std::string name = token_kind_cpython_name(token.kind);
    out += name;
    if (name.size() < 15)
        out.append(15 - name.size(), ' ');
    out += '\'';
    for (char c : token.text) {
        if (c == '\n') {
            out += "\\n";
        } else if (c == '\'' || c == '\\') {
            out += '\\';
            out += c;
        } else {
            out += c;
        }
    }
    out += "'\n";
}

std::string json_string(std::string_view text)
{
    std::string out = "\"";
    for (char c : text) {
        auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\u%04x", byte);
            out += escape;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

std::string error_json(SyntaxError const& error)
{
    return "{\"error\": " + json_string(syntax_error_kind_name(error.kind))
        + ", \"message\": " + json_string(error.message) + ", \"lineno\": " + std::to_string(error.lineno)
        + ", \"offset\": " + std::to_string(error.offset) + ", \"end_lineno\": "
        + std::to_string(error.end_lineno) + ", \"end_offset\": " + std::to_string(error.end_offset)
        + ", \"text\": " + (error.has_text ? json_string(error.text) : "null") + "}";
}

std::string warning_json(LexerWarning const& warning)
{
    return "{\"warning\": " + json_string(warning.message) + ", \"lineno\": " + std::to_string(warning.lineno)
        + ", \"error_offset\": " + std::to_string(warning.error_offset) + "}";
}

enum class Output { Tokens, Quiet, Json };

int lex(std::string const& bytes, std::string const& filename, std::string const& path, Output output)
{
    std::optional<SyntaxError> error;
    bool raised = true;
    std::string out;
    std::vector<LexerWarning> warnings;
    auto text = decode_source(bytes, filename);
    if (text.is_error()) {
        error = text.error();
    } else {
        Lexer lexer(text.value());
        for (;;) {
            auto token = lexer.next_token();
            if (token.is_error()) {
                error = token.error();
                raised = lexer.error_raised_by_tokenizer();
                break;
            }
            if (output == Output::Tokens)
                print_token(token.value(), out);
            if (token.value().kind == TokenKind::EndMarker)
                break;
        }
        warnings.assign(lexer.warnings().begin(), lexer.warnings().end());
    }
    if (output == Output::Json) {
        std::string line = "{\"file\": " + json_string(path)
            + ", \"error\": " + (error ? error_json(*error) : "null")
            + ", \"raised\": " + (raised ? "true" : "false") + ", \"warnings\": [";
        for (size_t i = 0; i < warnings.size(); ++i)
            line += (i ? ", " : "") + warning_json(warnings[i]);
        std::cout << line << "]}\n";
        return error ? 1 : 0;
    }
    std::cout << out;
    std::cout.flush();
    for (auto const& warning : warnings)
        std::cerr << warning_json(warning) << '\n';
    if (error)
        std::cerr << error_json(*error) << '\n';
    return error ? 1 : 0;
}

} // namespace

int main(int argc, char** argv)
{
    Output output = Output::Tokens;
    std::optional<std::string> filename;
    int status = 0;
    bool any = false;
    for (int index = 1; index < argc; ++index) {
        std::string argument = argv[index];
        if (argument == "--quiet") {
            output = Output::Quiet;
        } else if (argument == "--json") {
            output = Output::Json;
        } else if (argument == "--filename" && index + 1 < argc) {
            filename = argv[++index];
        } else if (argument == "-c" && index + 1 < argc) {
            ++index;
            status |= lex(argv[index], filename.value_or("<string>"), "-c", output);
            any = true;
        } else {
            auto bytes = read_file(argument);
            if (!bytes) {
                std::cerr << "taipan_tokens: can't open file '" << argument << "'\n";
                return 2;
            }
            status |= lex(*bytes, filename.value_or(argument), argument, output);
            any = true;
        }
    }
    if (!any) {
        std::cerr << "usage: taipan_tokens [--quiet | --json] [--filename NAME] (FILE... | -c CODE)\n";
        return 2;
    }
    return status;
}
