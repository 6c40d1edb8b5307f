// Times Taipan's front end over a list of files: decoding + lexing alone, and
// decoding + lexing + parsing to an AST. Prints seconds as JSON for bench/parse_stdlib.py.
#include "lexer/lexer.h"
#include "parser/parser.h"
#include "support/arena.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

using namespace taipan;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: front_end_bench FILE_LIST\n");
        return 2;
    }
    std::vector<std::string> sources;
    std::ifstream list(argv[1]);
    for (std::string path; std::getline(list, path);) {
        std::ifstream file(path, std::ios::binary);
        sources.emplace_back(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
    }

    size_t tokens = 0, failures = 0;
    auto start = Clock::now();
    for (auto const& source : sources) {
        auto text = decode_source(source);
        if (text.is_error())
            continue;
        Lexer lexer(text.value());
        for (;;) {
            auto token = lexer.next_token();
            ++tokens;
            if (token.is_error() || token.value().kind == TokenKind::EndMarker)
                break;
        }
    }
    auto lexed = Clock::now();
    for (auto const& source : sources) {
        auto text = decode_source(source);
        if (text.is_error())
            continue;
        Arena arena;
        if (parse(text.value(), ParseMode::Exec, arena).is_error())
            ++failures;
    }
    auto parsed = Clock::now();
    std::printf("{\"files\": %zu, \"tokens\": %zu, \"failures\": %zu, \"lex_seconds\": %.6f, "
                "\"parse_seconds\": %.6f}\n",
        sources.size(), tokens, failures, std::chrono::duration<double>(lexed - start).count(),
        std::chrono::duration<double>(parsed - lexed).count());
    return 0;
}
