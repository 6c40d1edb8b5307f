// `--dump-bytecode`: a dis-like listing of a code unit. One line per instruction (line
// number when it changes, offset, `>>` on jump targets, opcode name, argument and a
// readable resolution: constant repr, name, jump target, operator), then the exception
// table, then every code unit nested in the constants, depth first.
#include "bytecode/code_unit.h"

#include "support/python_repr.h"

#include <cstdio>
#include <set>

namespace taipan {

namespace {

    void append_constant(std::string& out, ConstantEntry const& constant)
    {
        switch (constant.kind) {
        case ConstantEntry::Kind::None:
            out += "None";
            return;
        case ConstantEntry::Kind::True:
            out += "True";
            return;
        case ConstantEntry::Kind::False:
            out += "False";
            return;
        case ConstantEntry::Kind::Ellipsis:
            out += "Ellipsis";
            return;
        case ConstantEntry::Kind::Int:
            out += std::to_string(constant.integer);
            return;
        case ConstantEntry::Kind::BigInt:
            out += constant.text;
            return;
        case ConstantEntry::Kind::Float:
            append_python_float_repr(out, constant.real);
            return;
        case ConstantEntry::Kind::Complex:
            append_python_complex_repr(out, constant.real, constant.imaginary);
            return;
        case ConstantEntry::Kind::Str:
            append_python_str_repr(out, constant.text);
            return;
        case ConstantEntry::Kind::Bytes:
            append_python_bytes_repr(out, constant.text);
            return;
        case ConstantEntry::Kind::Tuple:
            out += '(';
            for (size_t i = 0; i < constant.items.size(); ++i) {
                if (i)
                    out += ", ";
                append_constant(out, constant.items[i]);
            }
            if (constant.items.size() == 1)
                out += ',';
            out += ')';
            return;
        case ConstantEntry::Kind::FrozenSet:
            if (constant.items.empty()) {
                out += "frozenset()";
                return;
            }
            out += "frozenset({";
            for (size_t i = 0; i < constant.items.size(); ++i) {
                if (i)
                    out += ", ";
                append_constant(out, constant.items[i]);
            }
            out += "})";
            return;
        case ConstantEntry::Kind::Code:
            out += "<code " + (constant.code ? constant.code->qualname : std::string("?")) + ", line "
                + std::to_string(constant.code ? constant.code->first_line : 0) + ">";
            return;
        }
    }

    std::string padded(std::string text, size_t width)
    {
        if (text.size() < width)
            text.append(width - text.size(), ' ');
        return text;
    }

    std::string join(std::vector<std::string> const& items)
    {
        std::string out;
        for (size_t i = 0; i < items.size(); ++i) {
            if (i)
                out += ' ';
            out += items[i];
        }
        return out.empty() ? "-" : out;
    }

    class Disassembler {
    public:
        explicit Disassembler(CodeUnit const& code)
            : m_code(code)
        {
            m_slot_names.assign(code.local_slot_count, "?");
            for (size_t i = 0; i < code.varnames.size() && i < m_slot_names.size(); ++i)
                m_slot_names[i] = code.varnames[i];
            for (size_t i = 0; i < code.cell_names.size() && i < code.cell_slots.size(); ++i) {
                if (code.cell_slots[i] < m_slot_names.size())
                    m_slot_names[code.cell_slots[i]] = code.cell_names[i];
            }
            size_t first_free = code.local_slot_count - code.free_names.size();
            for (size_t i = 0; i < code.free_names.size(); ++i)
                m_slot_names[first_free + i] = code.free_names[i];
        }

        void run(std::string& out)
        {
            header(out);
            find_jump_targets();
            int last_line = -2;
            uint32_t extended = 0;
            for (size_t offset = 0; offset < m_code.code.size();) {
                CodeWord word = m_code.code[offset];
                Opcode opcode = instruction_opcode(word);
                uint32_t argument = (extended << 24) | instruction_argument(word);
                int line = offset < m_code.positions.size() ? m_code.positions[offset].lineno : -1;
                std::string line_text;
                if (line != last_line) {
                    line_text = line < 0 ? "--" : std::to_string(line);
                    last_line = line;
                }
                char prefix[32];
                std::snprintf(prefix, sizeof prefix, "%5s %2s %5zu ", line_text.c_str(),
                    m_jump_targets.contains(offset) ? ">>" : "", offset);
                out += prefix;
                out += padded(opcode_name(opcode), 20);
                std::string detail = describe(opcode, argument);
                if (uses_argument(opcode)) {
                    out += ' ';
                    out += std::to_string(argument);
                    if (!detail.empty())
                        out += " (" + detail + ")";
                }
                while (!out.empty() && out.back() == ' ')
                    out.pop_back();
                out += '\n';
                extended = opcode == Opcode::ExtendedArg ? argument : 0;
                offset += 1 + opcode_cache_units(opcode);
            }
            if (!m_code.exception_table.empty()) {
                out += "Exception table:\n";
                for (ExceptionTableEntry const& entry : m_code.exception_table) {
                    out += "  " + std::to_string(entry.start) + " to " + std::to_string(entry.end) + " -> "
                        + std::to_string(entry.target) + " [" + std::to_string(entry.depth) + "]"
                        + (entry.push_lasti ? " lasti" : "") + "\n";
                }
            }
        }

    private:
        void header(std::string& out)
        {
            char flags[16];
            std::snprintf(flags, sizeof flags, "0x%x", m_code.flags);
            out += "Code " + m_code.qualname + " (name " + m_code.name + ", line "
                + std::to_string(m_code.first_line) + ")\n";
            out += "  flags " + std::string(flags) + describe_flags() + ", arguments "
                + std::to_string(m_code.argument_count) + ", positional-only "
                + std::to_string(m_code.positional_only_count) + ", keyword-only "
                + std::to_string(m_code.keyword_only_count) + ", stack " + std::to_string(m_code.stack_size)
                + ", locals " + std::to_string(m_code.local_slot_count) + "\n";
            out += "  varnames: " + join(m_code.varnames) + "\n";
            if (!m_code.cell_names.empty()) {
                std::vector<std::string> cells;
                for (size_t i = 0; i < m_code.cell_names.size(); ++i)
                    cells.push_back(m_code.cell_names[i] + "@" + std::to_string(m_code.cell_slots[i]));
                out += "  cellvars: " + join(cells) + "\n";
            }
            if (!m_code.free_names.empty())
                out += "  freevars: " + join(m_code.free_names) + "\n";
            out += "  names: " + join(m_code.names) + "\n";
            out += "  constants:";
            for (size_t i = 0; i < m_code.constants.size(); ++i) {
                out += ' ' + std::to_string(i) + ": ";
                append_constant(out, m_code.constants[i]);
                if (i + 1 < m_code.constants.size())
                    out += ',';
            }
            out += '\n';
        }

        std::string describe_flags() const
        {
            static constexpr std::pair<uint32_t, char const*> names[] = {
                {CodeOptimized, "optimized"},
                {CodeNewLocals, "newlocals"},
                {CodeVarargs, "varargs"},
                {CodeVarkeywords, "varkeywords"},
                {CodeNested, "nested"},
                {CodeGenerator, "generator"},
                {CodeNoFree, "nofree"},
                {CodeCoroutine, "coroutine"},
                {CodeIterableCoroutine, "iterable_coroutine"},
                {CodeAsyncGenerator, "async_generator"},
            };
            std::string out;
            for (auto const& [bit, name] : names) {
                if (m_code.flags & bit)
                    out += out.empty() ? std::string(" (") + name : std::string(", ") + name;
            }
            return out.empty() ? out : out + ")";
        }

        void find_jump_targets()
        {
            uint32_t extended = 0;
            for (size_t offset = 0; offset < m_code.code.size();) {
                Opcode opcode = instruction_opcode(m_code.code[offset]);
                uint32_t argument = (extended << 24) | instruction_argument(m_code.code[offset]);
                if (opcode_has_jump_target(opcode))
                    m_jump_targets.insert(argument);
                extended = opcode == Opcode::ExtendedArg ? argument : 0;
                offset += 1 + opcode_cache_units(opcode);
            }
            for (ExceptionTableEntry const& entry : m_code.exception_table)
                m_jump_targets.insert(entry.target);
        }

        static bool uses_argument(Opcode opcode)
        {
            switch (opcode) {
            case Opcode::Nop:
            case Opcode::PopTop:
            case Opcode::PushNull:
            case Opcode::SetupAnnotations:
            case Opcode::LoadAssertionError:
            case Opcode::LoadBuildClass:
            case Opcode::BinarySubscr:
            case Opcode::StoreSubscr:
            case Opcode::DeleteSubscr:
            case Opcode::GetIter:
            case Opcode::ListToTuple:
            case Opcode::ReturnValue:
            case Opcode::GetAIter:
            case Opcode::GetANext:
            case Opcode::EndAsyncFor:
            case Opcode::PushExcInfo:
            case Opcode::PopExcept:
            case Opcode::CheckExcMatch:
            case Opcode::CheckEgMatch:
            case Opcode::PrepReraiseStar:
            case Opcode::WithExceptStart:
            case Opcode::BeforeWith:
            case Opcode::BeforeAsyncWith:
            case Opcode::ImportStar:
            case Opcode::GetLen:
            case Opcode::MatchMapping:
            case Opcode::MatchSequence:
            case Opcode::MatchKeys:
            case Opcode::PrintExpr:
                return false;
            default:
                return true;
            }
        }

        std::string slot_name(uint32_t slot) const
        {
            return slot < m_slot_names.size() ? m_slot_names[slot] : "<bad slot>";
        }

        std::string name(uint32_t index) const
        {
            return index < m_code.names.size() ? m_code.names[index] : "<bad name>";
        }

        // The readable resolution of an argument; every opcode is listed so a new one
        // must be given its rendering.
        std::string describe(Opcode opcode, uint32_t argument) const
        {
            switch (opcode) {
            case Opcode::LoadConst: {
                if (argument >= m_code.constants.size())
                    return "<bad constant>";
                std::string out;
                append_constant(out, m_code.constants[argument]);
                return out;
            }
            case Opcode::LoadFast:
            case Opcode::StoreFast:
            case Opcode::LoadFastLoadFast:
            case Opcode::LoadFastLoadConst:
            case Opcode::StoreFastLoadFast:
            case Opcode::DeleteFast:
            case Opcode::MakeCell:
            case Opcode::LoadClosure:
            case Opcode::LoadDeref:
            case Opcode::LoadClassDeref:
            case Opcode::StoreDeref:
            case Opcode::DeleteDeref:
                return slot_name(argument);
            case Opcode::LoadName:
            case Opcode::StoreName:
            case Opcode::DeleteName:
            case Opcode::LoadGlobal:
            case Opcode::StoreGlobal:
            case Opcode::DeleteGlobal:
            case Opcode::LoadAttr:
            case Opcode::LoadMethod:
            case Opcode::StoreAttr:
            case Opcode::DeleteAttr:
            case Opcode::ImportName:
            case Opcode::ImportFrom:
                return name(argument);
            case Opcode::Jump:
            case Opcode::JumpBackward:
            case Opcode::PopJumpIfFalse:
            case Opcode::PopJumpIfTrue:
            case Opcode::PopJumpIfNone:
            case Opcode::PopJumpIfNotNone:
            case Opcode::JumpIfFalseOrPop:
            case Opcode::JumpIfTrueOrPop:
            case Opcode::ForIter:
            case Opcode::Send:
                return "to " + std::to_string(argument);
            case Opcode::BinaryOp:
            case Opcode::BinaryAdd:
            case Opcode::BinarySubtract:
            case Opcode::BinaryMultiply:
                return argument < binary_operator_count
                    ? binary_operator_symbol(static_cast<BinaryOperator>(argument))
                    : "?";
            case Opcode::CompareOp:
                return argument < 6 ? comparison_operator_symbol(static_cast<ComparisonOperator>(argument))
                                    : "?";
            case Opcode::UnaryOp: {
                static constexpr char const* symbols[] = {"-", "+", "~", "not"};
                return argument < 4 ? symbols[argument] : "?";
            }
            case Opcode::IsOp:
                return argument ? "is not" : "is";
            case Opcode::ContainsOp:
                return argument ? "not in" : "in";
            case Opcode::FormatValue: {
                static constexpr char const* conversions[] = {"", "str", "repr", "ascii"};
                std::string out = conversions[argument & 3];
                if (argument & format_value_has_spec)
                    out += out.empty() ? "with format" : ", with format";
                return out;
            }
            case Opcode::MakeFunction: {
                static constexpr char const* parts[] = {"defaults", "kwdefaults", "annotations", "closure"};
                std::string out;
                for (int bit = 0; bit < 4; ++bit) {
                    if (argument & (1u << bit))
                        out += out.empty() ? parts[bit] : std::string(", ") + parts[bit];
                }
                return out;
            }
            case Opcode::UnpackEx:
                return std::to_string(argument & 0xff) + " before, " + std::to_string(argument >> 8)
                    + " after";
            case Opcode::GetAwaitable: {
                static constexpr char const* kinds[] = {"", "__aenter__", "__aexit__"};
                return argument < 3 ? kinds[argument] : "?";
            }
            case Opcode::Resume: {
                static constexpr char const* kinds[]
                    = {"start", "after yield", "after yield from", "after await"};
                return argument < 4 ? kinds[argument] : "?";
            }
            case Opcode::Nop:
            case Opcode::ExtendedArg:
            case Opcode::PopTop:
            case Opcode::PushNull:
            case Opcode::Copy:
            case Opcode::Swap:
            case Opcode::CopyTwo:
            case Opcode::SwapThreeTwo:
            case Opcode::CopyFreeVars:
            case Opcode::SetupAnnotations:
            case Opcode::LoadAssertionError:
            case Opcode::LoadBuildClass:
            case Opcode::BinarySubscr:
            case Opcode::StoreSubscr:
            case Opcode::DeleteSubscr:
            case Opcode::GetIter:
            case Opcode::GetYieldFromIter:
            case Opcode::BuildTuple:
            case Opcode::BuildList:
            case Opcode::BuildSet:
            case Opcode::BuildMap:
            case Opcode::BuildConstKeyMap:
            case Opcode::BuildString:
            case Opcode::BuildSlice:
            case Opcode::ListAppend:
            case Opcode::SetAdd:
            case Opcode::MapAdd:
            case Opcode::ListExtend:
            case Opcode::SetUpdate:
            case Opcode::DictUpdate:
            case Opcode::DictMerge:
            case Opcode::ListToTuple:
            case Opcode::UnpackSequence:
            case Opcode::Call:
            case Opcode::CallKw:
            case Opcode::CallEx:
            case Opcode::ReturnValue:
            case Opcode::YieldValue:
            case Opcode::GetAIter:
            case Opcode::GetANext:
            case Opcode::EndAsyncFor:
            case Opcode::RaiseVarargs:
            case Opcode::Reraise:
            case Opcode::PushExcInfo:
            case Opcode::PopExcept:
            case Opcode::CheckExcMatch:
            case Opcode::CheckEgMatch:
            case Opcode::PrepReraiseStar:
            case Opcode::WithExceptStart:
            case Opcode::BeforeWith:
            case Opcode::BeforeAsyncWith:
            case Opcode::ImportStar:
            case Opcode::GetLen:
            case Opcode::MatchMapping:
            case Opcode::MatchSequence:
            case Opcode::MatchKeys:
            case Opcode::MatchClass:
            case Opcode::PrintExpr:
                return {};
            }
            return {};
        }

        CodeUnit const& m_code;
        std::vector<std::string> m_slot_names;
        std::set<size_t> m_jump_targets;
    };

    void disassemble_into(CodeUnit const& code, std::string& out)
    {
        Disassembler(code).run(out);
        for (ConstantEntry const& constant : code.constants) {
            if (constant.kind == ConstantEntry::Kind::Code && constant.code) {
                out += '\n';
                disassemble_into(*constant.code, out);
            }
        }
    }

} // namespace

std::string disassemble(CodeUnit const& code)
{
    std::string out;
    disassemble_into(code, out);
    return out;
}

} // namespace taipan
