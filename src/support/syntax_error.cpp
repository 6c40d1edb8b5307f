// The report CPython 3.11 prints to stderr when compiling a script fails: the
// `File "...", line N` line, the offending source line and its `^` markers, then
// `Kind: message`. The rules below were recorded from what `python3.11 file.py` prints
// (its C printer, which differs from Lib/traceback.py in several corner cases).
#include "support/syntax_error.h"

#include <algorithm>
#include <string_view>

namespace taipan {

char const* syntax_error_kind_name(SyntaxErrorKind kind)
{
    switch (kind) {
    case SyntaxErrorKind::SyntaxError:
        return "SyntaxError";
    case SyntaxErrorKind::IndentationError:
        return "IndentationError";
    case SyntaxErrorKind::TabError:
        return "TabError";
    case SyntaxErrorKind::ValueError:
        return "ValueError";
    case SyntaxErrorKind::MemoryError:
        return "MemoryError";
    case SyntaxErrorKind::RecursionError:
        return "RecursionError";
    }
    return "SyntaxError";
}

namespace {

    bool is_syntax_error_family(SyntaxErrorKind kind)
    {
        switch (kind) {
        case SyntaxErrorKind::SyntaxError:
        case SyntaxErrorKind::IndentationError:
        case SyntaxErrorKind::TabError:
            return true;
        case SyntaxErrorKind::ValueError:
        case SyntaxErrorKind::MemoryError:
        case SyntaxErrorKind::RecursionError:
            return false;
        }
        return true;
    }

    // The source line and its marker line, both indented by four spaces.
    //
    // CPython: the printer measures the text in UTF-8 bytes (where the line and the text
    // end) but takes the 1-based character offsets as columns. The two agree on ASCII
    // lines; on others the clipping differs from a character count, and Taipan follows.
    void append_source_and_markers(std::string& out, SyntaxError const& error)
    {
        std::string_view text = error.text;
        // 0-based start and end of the marked range, relative to the start of `text`.
        long long start = static_cast<long long>(error.offset) - 1;
        long long end = static_cast<long long>(error.end_offset) - 1;
        // CPython: a range that continues on later lines is marked up to the end of the
        // text (the length of the whole text, newline included, taken as an end offset).
        if (error.end_lineno > error.lineno)
            end = static_cast<long long>(text.size()) - 1;

        // Leading blanks (space, tab, form feed; not other whitespace) are not printed, and
        // the range moves left with them.
        size_t blanks = 0;
        while (blanks < text.size() && (text[blanks] == ' ' || text[blanks] == '\t' || text[blanks] == '\f'))
            ++blanks;
        text.remove_prefix(blanks);
        start -= static_cast<long long>(blanks);
        end -= static_cast<long long>(blanks);

        // The caret column stops at the end of the line (its newline excluded).
        auto length_without_newline = [](std::string_view line) {
            return static_cast<long long>(line.size()) - (!line.empty() && line.back() == '\n' ? 1 : 0);
        };
        long long column = std::min(start, length_without_newline(text));

        // CPython: when the text holds several lines, printing starts at the line the column
        // falls in (a column on a newline stays on that line) and runs to the end of the text.
        for (;;) {
            size_t newline = text.find('\n');
            if (newline == std::string_view::npos || static_cast<long long>(newline) >= column)
                break;
            long long skipped = static_cast<long long>(newline) + 1;
            text.remove_prefix(static_cast<size_t>(skipped));
            column -= skipped;
            start -= skipped;
            end -= skipped;
        }

        out += "    ";
        out += text;
        if (text.empty() || text.back() != '\n')
            out += '\n';

        // A range that starts in the stripped indentation (or with no offset at all) gets no
        // marker line.
        if (column < 0)
            return;
        out += "    ";
        out.append(static_cast<size_t>(column), ' ');
        // The range ends at the end of the text at the latest, and always shows one marker.
        long long markers = std::min(end, static_cast<long long>(text.size())) - start;
        // CPython: IndentationError and TabError always show a single marker.
        if (error.kind != SyntaxErrorKind::SyntaxError)
            markers = 1;
        out.append(static_cast<size_t>(std::max(markers, 1LL)), '^');
        out += '\n';
    }

} // namespace

std::string format_syntax_error(SyntaxError const& error, std::string const& filename)
{
    std::string out;
    char const* kind = syntax_error_kind_name(error.kind);
    // CPython: compile-time errors of a script print no "Traceback" header. Errors that
    // are not SyntaxErrors (deep nesting) carry no position and print like any exception.
    if (is_syntax_error_family(error.kind) && error.lineno > 0) {
        out += "  File \"";
        out += filename;
        out += "\", line ";
        out += std::to_string(error.lineno);
        out += '\n';
        if (error.has_text)
            append_source_and_markers(out, error);
    }
    out += kind;
    if (!error.message.empty()) {
        out += ": ";
        out += error.message;
    }
    out += '\n';
    return out;
}

} // namespace taipan
