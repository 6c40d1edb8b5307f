// The invariants of code_invariants.h, checked by decoding the instruction words and
// walking every path with the stack effects of opcodes.def.
#include "compiler/code_invariants.h"

#include <map>
#include <set>

namespace taipan {

namespace {

    struct Decoded {
        size_t offset; // of the instruction itself (after its ExtendedArg prefixes)
        size_t start; // of its first prefix
        size_t next; // of the following instruction
        Opcode opcode;
        uint32_t argument;
    };

    class Checker {
    public:
        Checker(CodeUnit const& code, std::vector<std::string>& problems)
            : m_code(code)
            , m_problems(problems)
        {
        }

        void run()
        {
            if (m_code.positions.size() != m_code.code.size())
                problem("positions has " + std::to_string(m_code.positions.size()) + " entries for "
                    + std::to_string(m_code.code.size()) + " code words");
            if (!decode())
                return;
            check_operands();
            check_exception_table();
            check_stack();
        }

    private:
        void problem(std::string text) { m_problems.push_back(m_code.qualname + ": " + text); }

        bool decode()
        {
            size_t offset = 0;
            uint32_t extended = 0;
            size_t start = 0;
            while (offset < m_code.code.size()) {
                CodeWord word = m_code.code[offset];
                auto opcode = instruction_opcode(word);
                if (static_cast<int>(opcode) >= opcode_count) {
                    problem("invalid opcode at " + std::to_string(offset));
                    return false;
                }
                m_boundaries.insert(offset);
                uint32_t argument = (extended << 24) | instruction_argument(word);
                size_t next = offset + 1 + opcode_cache_units(opcode);
                if (next > m_code.code.size()) {
                    problem("cache units run past the end at " + std::to_string(offset));
                    return false;
                }
                if (opcode == Opcode::ExtendedArg) {
                    extended = argument;
                    offset = next;
                    continue;
                }
                m_index[start] = m_instructions.size();
                m_instructions.push_back(Decoded {offset, start, next, opcode, argument});
                extended = 0;
                offset = next;
                start = next;
            }
            if (m_instructions.empty()) {
                problem("no instructions");
                return false;
            }
            return true;
        }

        bool is_instruction_start(size_t offset) const { return m_index.contains(offset); }

        void check_operands()
        {
            for (Decoded const& instruction : m_instructions) {
                std::string at = " at " + std::to_string(instruction.offset);
                uint32_t argument = instruction.argument;
                switch (instruction.opcode) {
                case Opcode::LoadConst:
                    if (argument >= m_code.constants.size())
                        problem("constant index out of range" + at);
                    break;
                case Opcode::LoadFast:
                case Opcode::StoreFast:
                case Opcode::DeleteFast:
                case Opcode::MakeCell:
                case Opcode::LoadClosure:
                case Opcode::LoadDeref:
                case Opcode::LoadClassDeref:
                case Opcode::StoreDeref:
                case Opcode::DeleteDeref:
                    if (argument >= m_code.local_slot_count)
                        problem("local slot out of range" + at);
                    break;
                case Opcode::CopyFreeVars:
                    if (argument != m_code.free_names.size())
                        problem("CopyFreeVars count differs from the free variables" + at);
                    break;
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
                    if (argument >= m_code.names.size())
                        problem("name index out of range" + at);
                    break;
                default:
                    break;
                }
                if (opcode_has_jump_target(instruction.opcode) && !is_instruction_start(argument))
                    problem("jump target " + std::to_string(argument) + " is not an instruction" + at);
            }
            uint32_t expected_slots
                = static_cast<uint32_t>(m_code.varnames.size() + m_code.free_names.size());
            for (size_t i = 0; i < m_code.cell_names.size(); ++i) {
                if (i >= m_code.cell_slots.size() || m_code.cell_slots[i] >= m_code.local_slot_count)
                    problem("cell slot out of range for " + m_code.cell_names[i]);
                else if (m_code.cell_slots[i] >= m_code.varnames.size())
                    ++expected_slots;
            }
            if (expected_slots != m_code.local_slot_count)
                problem("local_slot_count is " + std::to_string(m_code.local_slot_count) + ", expected "
                    + std::to_string(expected_slots));
        }

        void check_exception_table()
        {
            uint32_t previous_end = 0;
            for (ExceptionTableEntry const& entry : m_code.exception_table) {
                std::string row
                    = " in the row " + std::to_string(entry.start) + "-" + std::to_string(entry.end);
                if (entry.start >= entry.end)
                    problem("empty exception range" + row);
                if (entry.start < previous_end)
                    problem("exception rows overlap or are unsorted" + row);
                if (entry.end > m_code.code.size())
                    problem("exception range past the end" + row);
                if (!is_instruction_start(entry.start)
                    || (entry.end < m_code.code.size() && !is_instruction_start(entry.end)))
                    problem("exception range does not end at instructions" + row);
                if (!is_instruction_start(entry.target))
                    problem("handler is not an instruction" + row);
                if (entry.depth > m_code.stack_size)
                    problem("handler depth above stack_size" + row);
                previous_end = entry.end;
            }
        }

        ExceptionTableEntry const* handler_of(size_t offset) const
        {
            for (ExceptionTableEntry const& entry : m_code.exception_table) {
                if (offset >= entry.start && offset < entry.end)
                    return &entry;
            }
            return nullptr;
        }

        void check_stack()
        {
            std::vector<int> depth_at(m_instructions.size(), -1);
            std::vector<size_t> work;
            auto reach = [&](size_t offset, int depth, size_t from) {
                auto found = m_index.find(offset);
                if (found == m_index.end()) {
                    problem("control reaches a non-instruction " + std::to_string(offset) + " from "
                        + std::to_string(from));
                    return;
                }
                if (depth < 0) {
                    problem("negative stack depth reaching " + std::to_string(offset));
                    return;
                }
                if (depth > static_cast<int>(m_code.stack_size)) {
                    problem("stack depth " + std::to_string(depth) + " above stack_size reaching "
                        + std::to_string(offset));
                    return;
                }
                int& known = depth_at[found->second];
                if (known < 0) {
                    known = depth;
                    work.push_back(found->second);
                } else if (known != depth) {
                    problem("inconsistent stack depth at " + std::to_string(offset) + ": "
                        + std::to_string(known) + " and " + std::to_string(depth));
                }
            };
            reach(0, 0, 0);
            while (!work.empty() && m_problems.size() < 50) {
                size_t index = work.back();
                work.pop_back();
                Decoded const& instruction = m_instructions[index];
                int depth = depth_at[index];
                if (auto* entry = handler_of(instruction.offset)) {
                    if (static_cast<int>(entry->depth) > depth)
                        problem("handler depth above the stack at " + std::to_string(instruction.offset));
                    reach(entry->target, static_cast<int>(entry->depth) + (entry->push_lasti ? 1 : 0) + 1,
                        instruction.offset);
                }
                if (opcode_has_jump_target(instruction.opcode))
                    reach(instruction.argument,
                        depth + stack_effect(instruction.opcode, instruction.argument, true),
                        instruction.offset);
                if (opcode_is_terminator(instruction.opcode))
                    continue;
                int after = depth + stack_effect(instruction.opcode, instruction.argument, false);
                if (instruction.next >= m_code.code.size()) {
                    problem("execution falls off the end after " + std::to_string(instruction.offset));
                    continue;
                }
                reach(instruction.next, after, instruction.offset);
            }
        }

        CodeUnit const& m_code;
        std::vector<std::string>& m_problems;
        std::vector<Decoded> m_instructions;
        std::map<size_t, size_t> m_index; // instruction start (first prefix) → index
        std::set<size_t> m_boundaries;
    };

} // namespace

void check_code_invariants(CodeUnit const& code, std::vector<std::string>& problems)
{
    Checker(code, problems).run();
    for (ConstantEntry const& constant : code.constants) {
        if (constant.kind == ConstantEntry::Kind::Code && constant.code)
            check_code_invariants(*constant.code, problems);
    }
}

} // namespace taipan
