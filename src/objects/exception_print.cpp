// Printing an uncaught exception exactly as CPython 3.11's default sys.excepthook
// (PyErr_Display): the traceback with source lines and ~~~^^^ markers, "[Previous
// line repeated N more times]", chained causes and contexts, exception groups drawn as
// a tree, notes, "Did you mean" suggestions, SyntaxError's file/text/caret lines, and
// the final "module.Type: message" line. Source lines are read from the files when the
// exception is printed, as CPython does.
#include "objects/exception_print.h"

#include "lexer/lexer.h"
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/exception_types.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/traceback.h"
#include "objects/tuple.h"
#include "parser/parser.h"
#include "support/arena.h"
#include "vm/frame.h"
#include "vm/vm.h"

#include <algorithm>
#include <climits>
#include <fstream>
#include <iterator>
#include <sstream>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace taipan {

// --- the text-only helpers ---

int64_t character_offset(std::string_view line, int64_t byte_offset)
{
    int64_t limit = std::clamp<int64_t>(byte_offset, 0, int64_t(line.size()));
    int64_t count = 0;
    // CPython decodes the prefix with errors="replace": a sequence cut by the offset
    // still counts as one character, so counting lead bytes is exact.
    for (int64_t index = 0; index < limit; ++index)
        if ((static_cast<unsigned char>(line[index]) & 0xC0) != 0x80)
            ++count;
    return count;
}

namespace {

    bool is_blank(char c)
    {
        return c == ' ' || c == '\t' || c == '\f';
    }

    // The line as code points, so columns count characters.
    std::u32string code_points_of(std::string_view text)
    {
        std::u32string result;
        size_t index = 0;
        while (index < text.size()) {
            unsigned char lead = static_cast<unsigned char>(text[index]);
            int length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
            char32_t code_point = length == 1 ? lead
                : length == 2                 ? (lead & 0x1F)
                : length == 3                 ? (lead & 0x0F)
                                              : (lead & 0x07);
            for (int extra = 1; extra < length && index + extra < text.size(); ++extra)
                code_point = (code_point << 6) | (static_cast<unsigned char>(text[index + extra]) & 0x3F);
            result.push_back(code_point);
            index += length;
        }
        return result;
    }

    std::string utf8_of(std::u32string_view code_points)
    {
        std::string result;
        for (char32_t c : code_points) {
            if (c < 0x80) {
                result.push_back(char(c));
            } else if (c < 0x800) {
                result.push_back(char(0xC0 | (c >> 6)));
                result.push_back(char(0x80 | (c & 0x3F)));
            } else if (c < 0x10000) {
                result.push_back(char(0xE0 | (c >> 12)));
                result.push_back(char(0x80 | ((c >> 6) & 0x3F)));
                result.push_back(char(0x80 | (c & 0x3F)));
            } else {
                result.push_back(char(0xF0 | (c >> 18)));
                result.push_back(char(0x80 | ((c >> 12) & 0x3F)));
                result.push_back(char(0x80 | ((c >> 6) & 0x3F)));
                result.push_back(char(0x80 | (c & 0x3F)));
            }
        }
        return result;
    }

    struct Anchors {
        int64_t left = -1; // first column of the secondary (^) part
        int64_t right = -1; // first column after it
    };

    // CPython parses the marked segment on its own: when it is one expression statement
    // that is a binary operation or a subscript, the operator or the brackets get the
    // secondary markers. Offsets are bytes of `segment`.
    std::optional<Anchors> segment_anchors(std::string const& segment)
    {
        Arena arena;
        auto parsed = parse(segment, ParseMode::Exec, arena);
        if (parsed.is_error())
            return std::nullopt;
        auto* module = ast::as<ast::Module>(parsed.value());
        if (!module || module->body.size() != 1)
            return std::nullopt;
        auto* statement = ast::as<ast::Expr>(module->body[0]);
        if (!statement)
            return std::nullopt;
        if (auto* operation = ast::as<ast::BinOp>(statement->value)) {
            int64_t left_end = operation->left->location.end_col_offset;
            int64_t right_start = operation->right->location.col_offset;
            for (int64_t index = left_end; index < right_start && index < int64_t(segment.size()); ++index) {
                if (is_blank(segment[index]))
                    continue;
                Anchors anchors {index, index + 1};
                // Two-character operators (//, **, <<, >>) get two markers.
                if (index + 1 < right_start && !is_blank(segment[index + 1]))
                    ++anchors.right;
                return anchors;
            }
            return std::nullopt;
        }
        if (auto* subscript = ast::as<ast::Subscript>(statement->value))
            return Anchors {
                subscript->value->location.end_col_offset, subscript->slice->location.end_col_offset + 1};
        return std::nullopt;
    }

} // namespace

std::optional<std::string> traceback_marker_line(std::string_view line, SourcePosition position)
{
    if (position.lineno < 0 || position.end_lineno < 0 || position.col_offset < 0
        || position.end_col_offset < 0)
        return std::nullopt;
    std::u32string characters = code_points_of(line);
    int64_t length = int64_t(characters.size());
    int64_t truncation = 0;
    while (truncation < length
        && (characters[truncation] == ' ' || characters[truncation] == '\t'
            || characters[truncation] == '\f'))
        ++truncation;

    int64_t start = character_offset(line, position.col_offset);
    int64_t end = character_offset(line, position.end_col_offset);
    std::optional<Anchors> anchors;
    if (position.lineno == position.end_lineno) {
        if (start < end) {
            std::string segment = utf8_of(std::u32string_view(characters).substr(start, end - start));
            if (auto found = segment_anchors(segment)) {
                anchors = Anchors {character_offset(segment, found->left) + start,
                    character_offset(segment, found->right) + start};
            }
        }
    } else {
        // CPython marks a multi-line instruction up to the last non-blank character of
        // its first line. It scans the UTF-8 bytes from the character count down, so
        // the column is in bytes (the same for ASCII lines).
        int64_t index = std::min<int64_t>(length, int64_t(line.size()));
        while (--index >= 0)
            if (!is_blank(line[index]))
                break;
        end = index + 1;
    }

    // Markers that would cover the whole line say nothing.
    if (end - start == length - truncation && !anchors)
        return std::nullopt;

    std::string markers;
    for (int64_t column = truncation; column < end; ++column) {
        if (column < start)
            markers += ' ';
        else if (anchors && anchors->left <= column && column < anchors->right)
            markers += '^';
        else
            markers += anchors ? '~' : '^';
    }
    return markers;
}

std::string syntax_error_text(
    std::string_view text, int64_t lineno, int64_t offset, int64_t end_lineno, int64_t end_offset)
{
    // CPython works on the UTF-8 bytes of the text with character offsets; the two only
    // disagree on non-ASCII text, where CPython's output is reproduced as it is.
    int64_t line_size = int64_t(text.size());
    if (end_lineno > lineno)
        end_offset = line_size;
    if (end_offset > line_size + 1)
        end_offset = line_size + 1;
    int64_t caret_count = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;

    int64_t column = offset - 1;
    size_t position = 0;
    while (position < text.size() && is_blank(text[position])) {
        ++position;
        --column;
    }
    std::string_view rest = text.substr(position);
    int64_t length = int64_t(rest.size());
    if (length > 0 && rest[length - 1] == '\n')
        --length;
    if (column > length)
        column = length;
    // The line holding the offset, when the text has several.
    while (true) {
        size_t newline = rest.find('\n');
        if (newline == std::string_view::npos)
            break;
        int64_t line_length = int64_t(newline);
        if (line_length >= column)
            break;
        ++line_length;
        rest.remove_prefix(line_length);
        length -= line_length;
        column -= line_length;
    }

    std::string result = "    ";
    result += rest;
    if (length >= int64_t(rest.size()) || rest[length] != '\n')
        result += '\n';
    if (column < 0)
        return result;
    result += "    ";
    result.append(size_t(column), ' ');
    result.append(size_t(caret_count), '^');
    result += '\n';
    return result;
}

namespace {

    // CPython's suggestion metric: Levenshtein distance over UTF-8 bytes where an insert,
    // delete or substitution costs 2 and a substitution that only changes case costs 1.
    constexpr int64_t move_cost = 2;
    constexpr int64_t case_cost = 1;
    constexpr size_t max_suggestion_string = 40;
    constexpr size_t max_suggestion_candidates = 750;

    int64_t substitution_cost(char a, char b)
    {
        if (a == b)
            return 0;
        auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
        return lower(a) == lower(b) ? case_cost : move_cost;
    }

    // The distance, or `limit + 1` when it is known to exceed `limit`.
    int64_t suggestion_distance(std::string_view a, std::string_view b, int64_t limit)
    {
        while (!a.empty() && !b.empty() && a.front() == b.front()) {
            a.remove_prefix(1);
            b.remove_prefix(1);
        }
        while (!a.empty() && !b.empty() && a.back() == b.back()) {
            a.remove_suffix(1);
            b.remove_suffix(1);
        }
        if (a.empty() || b.empty())
            return int64_t(a.size() + b.size()) * move_cost;
        // CPython gives up on long names rather than spend time on them.
        if (a.size() > max_suggestion_string || b.size() > max_suggestion_string)
            return limit + 1;
        std::vector<int64_t> previous(b.size() + 1), current(b.size() + 1);
        for (size_t j = 0; j <= b.size(); ++j)
            previous[j] = int64_t(j) * move_cost;
        for (size_t i = 1; i <= a.size(); ++i) {
            current[0] = int64_t(i) * move_cost;
            for (size_t j = 1; j <= b.size(); ++j) {
                int64_t substitute = previous[j - 1] + substitution_cost(a[i - 1], b[j - 1]);
                int64_t remove = std::min(previous[j], current[j - 1]) + move_cost;
                current[j] = std::min(substitute, remove);
            }
            std::swap(previous, current);
        }
        return previous[b.size()];
    }

} // namespace

std::optional<std::string> closest_name(std::string_view name, std::span<std::string const> candidates)
{
    if (candidates.size() >= max_suggestion_candidates)
        return std::nullopt;
    // CPython skips the name itself with a comparison that only matches ASCII text, so
    // a non-ASCII name is suggested to itself.
    bool name_is_ascii = std::all_of(name.begin(), name.end(), [](char c) { return (c & 0x80) == 0; });
    std::optional<std::string> best;
    int64_t best_distance = INT64_MAX;
    for (std::string const& candidate : candidates) {
        if (name_is_ascii && candidate == name)
            continue;
        // No more than a third of the characters may change, and a tie keeps the
        // earlier candidate.
        int64_t limit = (int64_t(name.size()) + int64_t(candidate.size()) + 3) * move_cost / 6;
        limit = std::min(limit, best_distance - 1);
        int64_t distance = suggestion_distance(name, candidate, limit);
        if (distance > limit)
            continue;
        if (!best || distance < best_distance) {
            best = candidate;
            best_distance = distance;
        }
    }
    return best;
}

namespace {

    constexpr int max_group_width = 15;
    constexpr int max_group_depth = 10;
    constexpr int recursive_cutoff = 3;
    constexpr int64_t default_traceback_limit = 1000;

    // The state of one print_exception call (CPython's exception_print_context).
    struct Printer {
        Printer(Vm& vm, std::string& out)
            : vm(vm)
            , out(out)
        {
        }

        Vm& vm;
        std::string& out;
        std::unordered_set<Object*> seen; // exceptions whose chain was printed
        int group_depth = 0;
        bool need_close = false;
        std::unordered_map<std::string, std::optional<std::vector<std::string>>> sources;

        void indent(int count) { out.append(size_t(count), ' '); }
        // The margin of every line inside an exception group: "    | ".
        void margin()
        {
            indent(2 * group_depth);
            if (group_depth > 0)
                out += "| ";
        }
    };

    // Drops an exception raised by Python code run while printing (str(), __notes__...).
    void discard_error(Vm& vm)
    {
        (void)vm.take_pending_exception();
    }

    Ref<> attribute_or_null(Vm& vm, Value object, std::string_view name)
    {
        Ref<Str> key = vm.intern(name);
        auto found = get_attribute_or_null(vm, object, *key);
        if (found.is_error()) {
            discard_error(vm);
            return nullptr;
        }
        return found.release_value();
    }

    // attribute_or_null for attributes most exceptions lack (__notes__,
    // print_file_and_line): when neither the class nor the instance dict has the name,
    // the answer is known without raising and discarding an AttributeError.
    Ref<> optional_attribute(Vm& vm, Value object, std::string_view name)
    {
        Ref<Str> key = vm.intern(name);
        Type& type = *object.type();
        bool may_have = type_lookup(type, *key) || type.lookup_special(SpecialMethod::GetAttr)
            || type.getattr != generic_getattr;
        if (!may_have) {
            Dict* dict = instance_dict(vm, object, false);
            if (!dict)
                return nullptr;
            auto found = dict_get_str(vm, *dict, *key);
            if (found.is_error()) {
                discard_error(vm);
                return nullptr;
            }
            return found.value() ? ref(found.value()) : Ref<>();
        }
        return attribute_or_null(vm, object, name);
    }

    bool is_traceback_object(Value value)
    {
        return value.is_object() && is_instance_of(value, traceback_type);
    }

    Value sys_attribute(Vm& vm, std::string_view name)
    {
        Module& sys = vm.sys_module();
        if (!sys.dict)
            return {};
        auto found = dict_get_str(vm, *sys.dict, *vm.intern(name));
        if (found.is_error()) {
            discard_error(vm);
            return {};
        }
        return found.value();
    }

    // --- source lines ---

    std::optional<std::string> read_file(std::string const& path)
    {
        std::ifstream file(path, std::ios::binary);
        if (!file)
            return std::nullopt;
        std::ostringstream content;
        content << file.rdbuf();
        return content.str();
    }

    // The lines of `filename`, decoded as CPython's traceback module reads them (coding
    // declaration honoured, newlines translated). When the name does not open, its last
    // component is looked for along sys.path, as CPython does.
    std::optional<std::vector<std::string>> load_source(Vm& vm, std::string const& filename)
    {
        std::optional<std::string> bytes = read_file(filename);
        if (!bytes) {
            Value path = sys_attribute(vm, "path");
            if (path && is_list(path)) {
                size_t slash = filename.rfind('/');
                std::string tail = slash == std::string::npos ? filename : filename.substr(slash + 1);
                for (Value entry : as_list(path).span()) {
                    if (!is_str(entry))
                        continue;
                    std::string directory = str_to_utf8(as_str(entry));
                    if (!directory.empty() && directory.back() != '/')
                        directory += '/';
                    bytes = read_file(directory + tail);
                    if (bytes)
                        break;
                }
            }
        }
        if (!bytes)
            return std::nullopt;
        auto decoded = decode_source(*bytes, filename);
        if (decoded.is_error())
            return std::nullopt;
        std::vector<std::string> lines;
        std::string_view text = decoded.value();
        while (!text.empty()) {
            size_t newline = text.find('\n');
            if (newline == std::string_view::npos) {
                lines.emplace_back(text);
                break;
            }
            lines.emplace_back(text.substr(0, newline));
            text.remove_prefix(newline + 1);
        }
        return lines;
    }

    std::optional<std::string> source_line(Printer& printer, std::string const& filename, int lineno)
    {
        if (lineno <= 0)
            return std::nullopt;
        auto found = printer.sources.find(filename);
        if (found == printer.sources.end())
            found = printer.sources.emplace(filename, load_source(printer.vm, filename)).first;
        if (!found->second || size_t(lineno) > found->second->size())
            return std::nullopt;
        return (*found->second)[lineno - 1];
    }

    // --- tracebacks ---

    struct Entry {
        TracebackObject* traceback;
        std::string filename;
        std::string name;
        int lineno;
    };

    int entry_line(TracebackObject& traceback)
    {
        if (traceback.line_number >= 0)
            return traceback.line_number;
        if (!traceback.frame || !traceback.frame->code)
            return -1;
        return code_position(*traceback.frame->code, traceback.last_instruction).lineno;
    }

    void print_entry(Printer& printer, Entry const& entry)
    {
        printer.margin();
        printer.out += "  File \"" + entry.filename + "\", line " + std::to_string(entry.lineno) + ", in "
            + entry.name + "\n";
        std::optional<std::string> line = source_line(printer, entry.filename, entry.lineno);
        if (!line)
            return;
        size_t first = 0;
        while (first < line->size() && is_blank((*line)[first]))
            ++first;
        printer.margin();
        printer.out += "    " + line->substr(first) + "\n";
        FrameObject* frame = entry.traceback->frame.get();
        if (!frame || !frame->code)
            return;
        SourcePosition position = code_position(*frame->code, entry.traceback->last_instruction);
        if (position.lineno != entry.lineno)
            return;
        std::optional<std::string> markers = traceback_marker_line(*line, position);
        if (!markers)
            return;
        printer.margin();
        printer.out += "    " + *markers + "\n";
    }

    void print_repeated(Printer& printer, int64_t count)
    {
        count -= recursive_cutoff;
        printer.margin();
        printer.out += "  [Previous line repeated " + std::to_string(count) + " more time"
            + (count > 1 ? "s" : "") + "]\n";
    }

    void print_traceback(Printer& printer, Value exception)
    {
        BaseExceptionObject& object = as_exception(exception);
        if (!object.traceback || !is_traceback_object(object.traceback))
            return;
        int64_t limit = default_traceback_limit;
        Value configured = sys_attribute(printer.vm, "tracebacklimit");
        if (configured && is_int(configured)) {
            auto value = int_to_int64(configured);
            int64_t wanted = value ? *value : (int_sign(configured) > 0 ? INT64_MAX : INT64_MIN);
            if (wanted <= 0)
                return;
            limit = wanted;
        }
        bool is_group = is_instance_of(exception, base_exception_group_type());
        printer.indent(2 * printer.group_depth);
        if (is_group) {
            printer.out += printer.group_depth == 1 ? "+ " : (printer.group_depth > 0 ? "| " : "");
            printer.out += "Exception Group Traceback (most recent call last):\n";
        } else {
            printer.out += printer.group_depth > 0 ? "| " : "";
            printer.out += "Traceback (most recent call last):\n";
        }

        std::vector<TracebackObject*> chain;
        for (Value walk = object.traceback.value(); walk && is_traceback_object(walk);
             walk = static_cast<TracebackObject*>(walk.as_object())->next.value())
            chain.push_back(static_cast<TracebackObject*>(walk.as_object()));
        size_t skip = int64_t(chain.size()) > limit ? chain.size() - size_t(limit) : 0;

        std::optional<Entry> last;
        int64_t count = 0;
        for (size_t index = skip; index < chain.size(); ++index) {
            TracebackObject& traceback = *chain[index];
            Entry entry {&traceback, "???", "???", entry_line(traceback)};
            if (traceback.frame && traceback.frame->code) {
                CodeObject& code = *traceback.frame->code;
                if (code.filename)
                    entry.filename = str_to_utf8(*code.filename);
                if (code.name)
                    entry.name = str_to_utf8(*code.name);
            }
            bool same = last && last->filename == entry.filename && last->lineno != -1
                && last->lineno == entry.lineno && last->name == entry.name;
            if (!same) {
                if (count > recursive_cutoff)
                    print_repeated(printer, count);
                last = entry;
                count = 0;
            }
            ++count;
            if (count <= recursive_cutoff)
                print_entry(printer, entry);
        }
        if (count > recursive_cutoff)
            print_repeated(printer, count);
    }

    // --- the exception line ---

    std::string str_or_failure(Vm& vm, Value value, bool& failed)
    {
        auto text = str(vm, value);
        if (text.is_error()) {
            discard_error(vm);
            failed = true;
            return {};
        }
        failed = false;
        return str_to_utf8(*text.value());
    }

    std::vector<std::string> string_keys(Dict& dict)
    {
        std::vector<std::string> keys;
        int64_t position = 0;
        Value key, value;
        while (dict_next(dict, position, key, value))
            if (is_str(key))
                keys.push_back(str_to_utf8(as_str(key)));
        return keys;
    }

    std::optional<std::string> attribute_error_suggestion(Vm& vm, AttributeErrorObject& error)
    {
        if (!error.name || !is_exact_str(error.name) || !error.obj)
            return std::nullopt;
        auto dir_found = dict_get_str(vm, vm.builtins(), *vm.intern("dir"));
        if (dir_found.is_error()) {
            discard_error(vm);
            return std::nullopt;
        }
        Value dir_function = dir_found.value();
        if (!dir_function)
            return std::nullopt;
        auto listed = call(vm, dir_function, {error.obj.value()});
        if (listed.is_error()) {
            discard_error(vm);
            return std::nullopt;
        }
        if (!is_list(listed.value()))
            return std::nullopt;
        std::vector<std::string> candidates;
        for (Value item : as_list(listed.value()).span()) {
            if (!is_str(item))
                return std::nullopt;
            candidates.push_back(str_to_utf8(as_str(item)));
        }
        return closest_name(str_to_utf8(as_str(error.name)), candidates);
    }

    std::optional<std::string> name_error_suggestion(Vm& vm, NameErrorObject& error)
    {
        if (!error.name || !is_exact_str(error.name) || !error.traceback
            || !is_traceback_object(error.traceback))
            return std::nullopt;
        auto* traceback = static_cast<TracebackObject*>(error.traceback.value().as_object());
        while (traceback->next && is_traceback_object(traceback->next))
            traceback = static_cast<TracebackObject*>(traceback->next.value().as_object());
        FrameObject* frame = traceback->frame.get();
        if (!frame || !frame->code)
            return std::nullopt;
        std::string name = str_to_utf8(as_str(error.name));
        // Local names first, then globals, then builtins: the first list with a close
        // enough name wins.
        std::vector<std::string> candidates;
        if (frame->code->varnames)
            for (Value item : frame->code->varnames->span())
                if (is_str(item))
                    candidates.push_back(str_to_utf8(as_str(item)));
        if (auto found = closest_name(name, candidates))
            return found;
        if (frame->globals) {
            candidates = string_keys(*frame->globals);
            if (auto found = closest_name(name, candidates))
                return found;
        }
        Dict* builtins = frame->frame && frame->frame->builtins ? frame->frame->builtins : &vm.builtins();
        candidates = string_keys(*builtins);
        return closest_name(name, candidates);
    }

    std::optional<std::string> suggestion_for(Vm& vm, Value exception)
    {
        if (!is_exception_instance(exception))
            return std::nullopt;
        if (is_instance_of(exception, exception_type(ExceptionKind::AttributeError)))
            return attribute_error_suggestion(vm, *static_cast<AttributeErrorObject*>(exception.as_object()));
        if (is_instance_of(exception, exception_type(ExceptionKind::NameError)))
            return name_error_suggestion(vm, *static_cast<NameErrorObject*>(exception.as_object()));
        return std::nullopt;
    }

    void print_message(Printer& printer, Type& type, Value value)
    {
        Vm& vm = printer.vm;
        printer.margin();
        Ref<> module = attribute_or_null(vm, Value(&type), "__module__");
        if (!module || !is_str(module)) {
            printer.out += "<unknown>.";
        } else {
            std::string module_name = str_to_utf8(as_str(module));
            if (module_name != "builtins" && module_name != "__main__")
                printer.out += module_name + ".";
        }
        printer.out += type.qualname ? str_to_utf8(*type.qualname) : type.name;
        if (!value.is_null() && !is_none(value)) {
            bool failed = false;
            std::string text = str_or_failure(vm, value, failed);
            if (failed)
                printer.out += ": <exception str() failed>";
            else if (!text.empty())
                printer.out += ": " + text;
        }
    }

    // --- SyntaxError's location ---

    // The fields of a SyntaxError-like exception, as CPython's parse_syntax_error reads
    // them; false when one has the wrong type (the exception then prints as any other).
    struct SyntaxLocation {
        Ref<> message;
        std::string filename;
        int64_t lineno = 0;
        int64_t offset = -1;
        int64_t end_lineno = 0;
        int64_t end_offset = -1;
        std::optional<std::string> text;
    };

    bool read_integer(Vm& vm, Value value, int64_t& out)
    {
        if (!is_int(value)) {
            auto converted = index_as_int64(vm, value);
            if (converted.is_error()) {
                discard_error(vm);
                return false;
            }
            out = converted.value();
            return true;
        }
        out = int_to_int64(value).value_or(0);
        return true;
    }

    std::optional<SyntaxLocation> syntax_location(Vm& vm, Value exception)
    {
        SyntaxLocation location;
        location.message = attribute_or_null(vm, exception, "msg");
        if (!location.message)
            return std::nullopt;
        Ref<> filename = attribute_or_null(vm, exception, "filename");
        if (!filename)
            return std::nullopt;
        if (is_none(filename)) {
            location.filename = "<string>";
        } else {
            bool failed = false;
            location.filename = str_or_failure(vm, filename, failed);
            if (failed)
                return std::nullopt;
        }
        Ref<> lineno = attribute_or_null(vm, exception, "lineno");
        if (!lineno || !read_integer(vm, lineno, location.lineno))
            return std::nullopt;
        Ref<> offset = attribute_or_null(vm, exception, "offset");
        if (!offset)
            return std::nullopt;
        if (!is_none(offset) && !read_integer(vm, offset, location.offset))
            return std::nullopt;
        Ref<> end_lineno = attribute_or_null(vm, exception, "end_lineno");
        if (!end_lineno)
            return std::nullopt;
        location.end_lineno = location.lineno;
        if (!is_none(end_lineno) && !read_integer(vm, end_lineno, location.end_lineno))
            return std::nullopt;
        Ref<> end_offset = attribute_or_null(vm, exception, "end_offset");
        if (!end_offset)
            return std::nullopt;
        if (!is_none(end_offset) && !read_integer(vm, end_offset, location.end_offset))
            return std::nullopt;
        Ref<> text = attribute_or_null(vm, exception, "text");
        if (!text)
            return std::nullopt;
        if (is_str(text))
            location.text = str_to_utf8(as_str(text));
        return location;
    }

    // --- notes ---

    bool is_sequence(Value value)
    {
        return !value.is_small_int() && value.type()->lookup_special(SpecialMethod::GetItem)
            && !is_dict(value);
    }

    void print_notes(Printer& printer, Value exception)
    {
        Vm& vm = printer.vm;
        if (!is_exception_instance(exception))
            return;
        Ref<> notes = optional_attribute(vm, exception, "__notes__");
        if (!notes)
            return;
        if (!is_sequence(notes)) {
            // CPython 3.11 writes the repr without a newline after it.
            printer.margin();
            auto text = repr_utf8(vm, notes);
            if (text.is_error()) {
                discard_error(vm);
                printer.out += "<__notes__ repr() failed>";
            } else {
                printer.out += text.value();
            }
            return;
        }
        auto count = length(vm, notes);
        if (count.is_error()) {
            discard_error(vm);
            return;
        }
        for (int64_t index = 0; index < count.value(); ++index) {
            auto note = get_item(vm, notes, new_int(index));
            if (note.is_error()) {
                discard_error(vm);
                return;
            }
            bool failed = false;
            std::string text = str_or_failure(vm, note.value(), failed);
            if (failed) {
                printer.margin();
                printer.out += "<note str() failed>\n";
                continue;
            }
            size_t start = 0;
            while (true) {
                size_t newline = text.find('\n', start);
                printer.margin();
                printer.out.append(
                    text, start, newline == std::string::npos ? std::string::npos : newline - start);
                printer.out += '\n';
                if (newline == std::string::npos)
                    break;
                start = newline + 1;
            }
        }
    }

    // --- one exception, chains, groups ---

    void print_single(Printer& printer, Value exception)
    {
        Vm& vm = printer.vm;
        print_traceback(printer, exception);
        Type& type = *exception.type();
        Ref<> shown = ref(exception);
        if (optional_attribute(vm, exception, "print_file_and_line")) {
            if (auto location = syntax_location(vm, exception)) {
                printer.margin();
                printer.out += "  File \"" + location->filename + "\", line "
                    + std::to_string(location->lineno) + "\n";
                // CPython writes the text and caret lines without the group margin.
                if (location->text)
                    printer.out += syntax_error_text(*location->text, location->lineno, location->offset,
                        location->end_lineno, location->end_offset);
                shown = location->message;
            }
        }
        print_message(printer, type, shown);
        if (auto suggestion = suggestion_for(vm, shown))
            printer.out += ". Did you mean: '" + *suggestion + "'?";
        printer.out += '\n';
        print_notes(printer, exception);
    }

    void print_recursive(Printer& printer, Value exception);

    constexpr char const* cause_message
        = "The above exception was the direct cause of the following exception:";
    constexpr char const* context_message
        = "During handling of the above exception, another exception occurred:";

    void print_chained(Printer& printer, Value chained, char const* message)
    {
        bool need_close = printer.need_close;
        print_recursive(printer, chained);
        printer.need_close = need_close;
        printer.margin();
        printer.out += '\n';
        printer.margin();
        printer.out += message;
        printer.out += '\n';
        printer.margin();
        printer.out += '\n';
    }

    void print_cause_and_context(Printer& printer, Value exception)
    {
        printer.seen.insert(exception.as_object());
        if (!is_exception_instance(exception))
            return;
        BaseExceptionObject& object = as_exception(exception);
        if (object.cause) {
            Ref<> cause = object.cause;
            if (!printer.seen.count(cause.value().as_object()))
                print_chained(printer, cause, cause_message);
            return;
        }
        if (object.suppress_context || !object.context)
            return;
        Ref<> context = object.context;
        if (!printer.seen.count(context.value().as_object()))
            print_chained(printer, context, context_message);
    }

    void print_group(Printer& printer, Value exception)
    {
        if (printer.group_depth > max_group_depth) {
            printer.margin();
            printer.out += "... (max_group_depth is " + std::to_string(max_group_depth) + ")\n";
            return;
        }
        if (printer.group_depth == 0)
            printer.group_depth = 1;
        print_single(printer, exception);

        auto& group = *static_cast<GroupExceptionObject*>(exception.as_object());
        Ref<> members = group.exceptions;
        int64_t count = members && is_tuple(members) ? as_tuple(members).size : 0;
        int64_t shown = count <= max_group_width ? count : max_group_width + 1;
        printer.need_close = false;
        for (int64_t index = 0; index < shown; ++index) {
            bool last = index == shown - 1;
            if (last)
                printer.need_close = true;
            printer.indent(2 * printer.group_depth);
            bool truncated = index >= max_group_width;
            printer.out += index == 0 ? "+-" : "  ";
            if (truncated)
                printer.out += "+---------------- ... ----------------\n";
            else
                printer.out += "+---------------- " + std::to_string(index + 1) + " ----------------\n";
            ++printer.group_depth;
            if (!truncated) {
                print_recursive(printer, as_tuple(members)[index]);
            } else {
                int64_t remaining = count - max_group_width;
                printer.margin();
                printer.out += "and " + std::to_string(remaining) + " more exception"
                    + (remaining > 1 ? "s" : "") + "\n";
            }
            if (last && printer.need_close) {
                printer.indent(2 * printer.group_depth);
                printer.out += "+------------------------------------\n";
                printer.need_close = false;
            }
            --printer.group_depth;
        }
        if (printer.group_depth == 1)
            printer.group_depth = 0;
    }

    void print_recursive(Printer& printer, Value exception)
    {
        Vm& vm = printer.vm;
        if (vm.enter_recursive_call(" in print_exception_recursive").is_error()) {
            discard_error(vm);
            return;
        }
        print_cause_and_context(printer, exception);
        if (is_instance_of(exception, base_exception_group_type()))
            print_group(printer, exception);
        else
            print_single(printer, exception);
        vm.leave_recursive_call();
    }

} // namespace

Result<void> print_exception(Vm& vm, Value exception, std::string& out)
{
    // Printing runs Python code (str(), __notes__, dir()); whatever it raises is
    // swallowed, and an exception pending before the call is kept.
    Ref<> pending = vm.take_pending_exception();
    Printer printer(vm, out);
    if (is_exception_instance(exception)) {
        print_recursive(printer, exception);
    } else {
        out += "TypeError: print_exception(): Exception expected for value, " + type_name(exception)
            + " found\n";
    }
    discard_error(vm);
    if (pending)
        vm.thread().pending_exception = std::move(pending);
    return {};
}

} // namespace taipan
