// Assembly of an InstructionStream into a CodeUnit's instructions, following the passes
// of CPython 3.11's assembler where they are observable: unreachable code is dropped,
// the stack depth is computed along every path, try regions become exception-table
// rows, NOPs that carry no new line are removed, instructions without a position take
// their predecessor's (so tracing reports CPython's lines), and jumps get their final
// targets, with ExtendedArg prefixes when an argument needs more than 24 bits.
#include "compiler/instruction_stream.h"

#include <algorithm>

namespace taipan::codegen {

bool is_pseudo(uint16_t op)
{
    return op >= SetupFinally;
}

bool is_setup(uint16_t op)
{
    return op == SetupFinally || op == SetupCleanup || op == SetupWith;
}

Label InstructionStream::new_label()
{
    m_label_blocks.push_back(-1);
    return Label {static_cast<int>(m_label_blocks.size() - 1)};
}

void InstructionStream::bind(Label label)
{
    m_blocks.emplace_back();
    m_label_blocks[label.id] = static_cast<int>(m_blocks.size() - 1);
}

Label InstructionStream::label_for_block(int block)
{
    m_label_blocks.push_back(block);
    return Label {static_cast<int>(m_label_blocks.size() - 1)};
}

void InstructionStream::emit(
    uint16_t op, uint32_t argument, SourcePosition const& position, OperandKind operand)
{
    m_blocks.back().instructions.push_back(Instruction {op, operand, argument, -1, position});
}

void InstructionStream::emit_jump(uint16_t op, Label label, SourcePosition const& position)
{
    m_blocks.back().instructions.push_back(Instruction {op, OperandKind::Plain, 0, label.id, position});
    m_blocks.emplace_back();
}

namespace {

    bool is_jump(uint16_t op)
    {
        if (op == JumpAny || op == JumpNoInterrupt)
            return true;
        return !is_pseudo(op) && opcode_has_jump_target(static_cast<Opcode>(op));
    }

    bool is_terminator(uint16_t op)
    {
        if (op == JumpAny || op == JumpNoInterrupt)
            return true;
        return !is_pseudo(op) && opcode_is_terminator(static_cast<Opcode>(op));
    }

    bool is_unconditional_jump(uint16_t op)
    {
        return op == JumpAny || op == JumpNoInterrupt || op == ::taipan::codegen::op(Opcode::Jump)
            || op == ::taipan::codegen::op(Opcode::JumpBackward);
    }

    bool is_scope_exit(uint16_t op)
    {
        return op == ::taipan::codegen::op(Opcode::ReturnValue)
            || op == ::taipan::codegen::op(Opcode::RaiseVarargs)
            || op == ::taipan::codegen::op(Opcode::Reraise);
    }

    int effect_of(Instruction const& instruction, bool jumping)
    {
        switch (instruction.op) {
        case SetupFinally:
        case SetupWith:
            return jumping ? 1 : 0;
        case SetupCleanup:
            return jumping ? 2 : 0;
        case PopBlock:
        case JumpAny:
        case JumpNoInterrupt:
            return 0;
        default:
            return stack_effect(static_cast<Opcode>(instruction.op), instruction.argument, jumping);
        }
    }

    struct BlockInfo {
        bool reachable = false;
        int start_depth = -1;
        bool preserve_lasti = false;
        int predecessors = 0;
        // Setup targets of the block, kept after the setups become NOPs.
        std::vector<int> setup_targets;
        uint32_t offset = 0;
    };

    class Assembler {
    public:
        Assembler(InstructionStream& stream, AssemblyLayout const& layout, CodeUnit& code, std::string& error)
            : m_stream(stream)
            , m_blocks(stream.blocks())
            , m_layout(layout)
            , m_code(code)
            , m_error(error)
        {
        }

        bool run()
        {
            m_info.resize(m_blocks.size());
            for (size_t i = 0; i < m_blocks.size(); ++i)
                m_order.push_back(static_cast<int>(i));
            truncate_after_terminators();
            fold_none_tests();
            fold_tuple_unpacking();
            extend_blocks_with_exits();
            if (!mark_reachable())
                return false;
            if (!compute_stack_depth())
                return false;
            label_exception_targets();
            index_order();
            remove_jumps_to_next_block();
            for (int block : m_order)
                remove_redundant_nops(block);
            index_order();
            count_predecessors();
            duplicate_exits_without_line();
            index_order();
            propagate_line_numbers();
            guarantee_line_for_exits();
            if (!resolve_operands())
                return false;
            remove_unused_constants();
            emit_code();
            return true;
        }

    private:
        int target_block(Instruction const& instruction) const
        {
            return m_stream.block_of(instruction.target);
        }
        int target_block_of_label(int label_id) const { return m_stream.block_of(label_id); }

        std::vector<Instruction>& instructions(int block) { return m_blocks[block].instructions; }

        bool falls_through(int block)
        {
            auto& list = instructions(block);
            return list.empty() || !is_terminator(list.back().op);
        }

        // Recomputes, for the layout order, each block's position and the first block
        // with instructions at or after each position; called after passes that change
        // the order or empty blocks.
        void index_order()
        {
            m_position.assign(m_blocks.size(), 0);
            for (size_t i = 0; i < m_order.size(); ++i)
                m_position[m_order[i]] = static_cast<int>(i);
            m_nonempty_from.assign(m_order.size() + 1, -1);
            for (size_t i = m_order.size(); i-- > 0;)
                m_nonempty_from[i]
                    = m_blocks[m_order[i]].instructions.empty() ? m_nonempty_from[i + 1] : m_order[i];
        }

        // The first block with instructions at or after `block` in layout order.
        int first_nonempty_from(int block) const { return m_nonempty_from[m_position[block]]; }

        // The first block with instructions after `block` in layout order.
        int next_nonempty_after(int block) const { return m_nonempty_from[m_position[block] + 1]; }

        void truncate_after_terminators()
        {
            for (auto& block : m_blocks) {
                auto& list = block.instructions;
                for (size_t i = 0; i < list.size(); ++i) {
                    if (is_terminator(list[i].op)) {
                        list.resize(i + 1);
                        break;
                    }
                }
            }
        }

        // `x is None` tested by a jump: CPython's optimizer makes LoadConst None; IsOp;
        // PopJumpIf* one PopJumpIfNone / PopJumpIfNotNone.
        void fold_none_tests()
        {
            for (auto& block : m_blocks) {
                auto& list = block.instructions;
                for (size_t i = 0; i + 2 < list.size(); ++i) {
                    Instruction& load = list[i];
                    Instruction& test = list[i + 1];
                    Instruction& jump = list[i + 2];
                    if (load.op != op(Opcode::LoadConst) || test.op != op(Opcode::IsOp)
                        || (jump.op != op(Opcode::PopJumpIfFalse) && jump.op != op(Opcode::PopJumpIfTrue)))
                        continue;
                    if (load.argument >= m_code.constants.size()
                        || m_code.constants[load.argument].kind != ConstantEntry::Kind::None)
                        continue;
                    bool jump_on_none = (jump.op == op(Opcode::PopJumpIfTrue)) != (test.argument != 0);
                    load.op = op(Opcode::Nop);
                    test.op = op(Opcode::Nop);
                    jump.op = op(jump_on_none ? Opcode::PopJumpIfNone : Opcode::PopJumpIfNotNone);
                }
            }
        }

        // `a, b = b, a`: CPython's optimizer replaces BuildTuple n; UnpackSequence n by
        // a Swap (n = 2 or 3; nothing for n = 1); other tuples of constants are folded.
        void fold_tuple_unpacking()
        {
            for (auto& block : m_blocks) {
                auto& list = block.instructions;
                for (size_t i = 0; i < list.size(); ++i) {
                    Instruction& build = list[i];
                    if (build.op != op(Opcode::BuildTuple))
                        continue;
                    if (i + 1 < list.size()) {
                        Instruction& unpack = list[i + 1];
                        if (unpack.op == op(Opcode::UnpackSequence) && build.argument == unpack.argument
                            && build.argument >= 1 && build.argument <= 3) {
                            build.op = op(Opcode::Nop);
                            unpack.op = op(unpack.argument == 1 ? Opcode::Nop : Opcode::Swap);
                            continue;
                        }
                    }
                    fold_constant_tuple(list, i);
                }
            }
        }

        // CPython's fold_tuple_on_constants: BuildTuple n after n LoadConst becomes one
        // LoadConst of the tuple.
        void fold_constant_tuple(std::vector<Instruction>& list, size_t index)
        {
            size_t count = list[index].argument;
            if (count > index)
                return;
            ConstantEntry tuple;
            tuple.kind = ConstantEntry::Kind::Tuple;
            for (size_t i = index - count; i < index; ++i) {
                if (list[i].op != op(Opcode::LoadConst) || list[i].argument >= m_code.constants.size())
                    return;
                tuple.items.push_back(m_code.constants[list[i].argument]);
            }
            for (size_t i = index - count; i < index; ++i)
                list[i].op = op(Opcode::Nop);
            auto& constants = m_code.constants;
            auto found = std::find(constants.begin(), constants.end(), tuple);
            uint32_t constant_index = static_cast<uint32_t>(found - constants.begin());
            if (found == constants.end())
                constants.push_back(std::move(tuple));
            list[index].op = op(Opcode::LoadConst);
            list[index].argument = constant_index;
        }

        // CPython's extend_block: a jump to a small exit block without a line (an
        // implicit return, a clean-up re-raise: at most four instructions) is replaced by
        // a copy of that block.
        void extend_blocks_with_exits()
        {
            constexpr size_t maximum_copy = 4;
            // Newest blocks first, as CPython walks its block list.
            for (size_t i = m_blocks.size(); i-- > 0;) {
                auto& list = instructions(static_cast<int>(i));
                if (list.empty() || list.back().target < 0)
                    continue;
                uint16_t last = list.back().op;
                if (last != JumpAny && last != op(Opcode::Jump) && last != op(Opcode::JumpBackward))
                    continue;
                size_t target = static_cast<size_t>(target_block(list.back()));
                while (target < m_blocks.size() && m_blocks[target].instructions.empty())
                    ++target;
                if (target >= m_blocks.size() || target == i)
                    continue;
                auto const& exit = m_blocks[target].instructions;
                if (exit.size() > maximum_copy || !is_exit_without_line(static_cast<int>(target)))
                    continue;
                std::vector<Instruction> copy = exit;
                list.back().op = op(Opcode::Nop);
                list.back().target = -1;
                list.insert(list.end(), copy.begin(), copy.end());
            }
        }

        bool mark_reachable()
        {
            std::vector<int> work {0};
            m_info[0].reachable = true;
            auto visit = [&](int block) {
                if (!m_info[block].reachable) {
                    m_info[block].reachable = true;
                    work.push_back(block);
                }
            };
            while (!work.empty()) {
                int block = work.back();
                work.pop_back();
                auto& list = instructions(block);
                if (falls_through(block)) {
                    if (block + 1 >= static_cast<int>(m_blocks.size())) {
                        m_error = "code falls off the end of the unit";
                        return false;
                    }
                    visit(block + 1);
                }
                if (!list.empty() && list.back().target >= 0)
                    visit(target_block(list.back()));
            }
            for (size_t i = 0; i < m_blocks.size(); ++i) {
                if (!m_info[i].reachable)
                    m_blocks[i].instructions.clear();
            }
            return true;
        }

        bool compute_stack_depth()
        {
            std::vector<int> work;
            auto reach = [&](int block, int depth) -> bool {
                if (depth < 0) {
                    m_error = "negative stack depth";
                    return false;
                }
                if (m_info[block].start_depth < 0) {
                    m_info[block].start_depth = depth;
                    work.push_back(block);
                } else if (m_info[block].start_depth != depth) {
                    m_error = "inconsistent stack depth at a jump target (" + std::to_string(depth) + " and "
                        + std::to_string(m_info[block].start_depth) + ")";
                    return false;
                }
                return true;
            };
            int max_depth = 0;
            if (!reach(0, 0))
                return false;
            while (!work.empty()) {
                int block = work.back();
                work.pop_back();
                int depth = m_info[block].start_depth;
                bool ended = false;
                for (Instruction const& instruction : instructions(block)) {
                    if (instruction.target >= 0) {
                        int target = target_block(instruction);
                        int target_depth = depth + effect_of(instruction, true);
                        max_depth = std::max(max_depth, target_depth);
                        if (instruction.op == SetupCleanup || instruction.op == SetupWith)
                            m_info[target].preserve_lasti = true;
                        if (!reach(target, target_depth))
                            return false;
                    }
                    depth += effect_of(instruction, false);
                    if (depth < 0) {
                        m_error = "negative stack depth";
                        return false;
                    }
                    max_depth = std::max(max_depth, depth);
                    if (is_terminator(instruction.op)) {
                        ended = true;
                        break;
                    }
                }
                if (!ended && block + 1 < static_cast<int>(m_blocks.size()) && !reach(block + 1, depth))
                    return false;
            }
            m_code.stack_size = static_cast<uint32_t>(max_depth);
            return true;
        }

        // CPython's label_exception_targets: walks the graph carrying the stack of open
        // try regions, so code reached by a jump out of a region is not covered by it.
        void label_exception_targets()
        {
            std::vector<std::vector<int>> entry_stacks(m_blocks.size());
            std::vector<bool> visited(m_blocks.size(), false);
            std::vector<int> work {0};
            visited[0] = true;
            while (!work.empty()) {
                int block = work.back();
                work.pop_back();
                std::vector<int> stack = entry_stacks[block];
                for (Instruction& instruction : instructions(block)) {
                    if (is_setup(instruction.op)) {
                        int target = target_block(instruction);
                        if (!visited[target]) {
                            visited[target] = true;
                            entry_stacks[target] = stack;
                            work.push_back(target);
                        }
                        m_info[block].setup_targets.push_back(target);
                        stack.push_back(target);
                        instruction.handler = stack.size() > 1 ? stack[stack.size() - 2] : -1;
                        instruction.op = op(Opcode::Nop);
                        instruction.target = -1;
                        instruction.argument = 0;
                        continue;
                    }
                    if (instruction.op == PopBlock) {
                        if (!stack.empty())
                            stack.pop_back();
                        instruction.op = op(Opcode::Nop);
                    }
                    instruction.handler = stack.empty() ? -1 : stack.back();
                    if (is_jump(instruction.op)) {
                        int target = target_block(instruction);
                        if (!visited[target]) {
                            visited[target] = true;
                            entry_stacks[target] = stack;
                            work.push_back(target);
                        }
                    }
                }
                if (falls_through(block) && block + 1 < static_cast<int>(m_blocks.size())
                    && !visited[block + 1]) {
                    visited[block + 1] = true;
                    entry_stacks[block + 1] = stack;
                    work.push_back(block + 1);
                }
            }
        }

        void remove_jumps_to_next_block()
        {
            for (size_t i = 0; i < m_order.size(); ++i) {
                auto& list = instructions(m_order[i]);
                if (list.empty() || !is_unconditional_jump(list.back().op) || list.back().target < 0)
                    continue;
                int next = next_nonempty_after(m_order[i]);
                if (next >= 0 && first_nonempty_from(target_block(list.back())) == next) {
                    list.back().op = op(Opcode::Nop);
                    list.back().target = -1;
                }
            }
        }

        // CPython's remove_redundant_nops: a NOP stays only when it is the sole carrier of
        // its line.
        void remove_redundant_nops(int block)
        {
            auto& list = instructions(block);
            std::vector<Instruction> kept;
            int previous_line = -1;
            for (size_t i = 0; i < list.size(); ++i) {
                Instruction& instruction = list[i];
                int line = instruction.position.lineno;
                if (instruction.op == op(Opcode::Nop)) {
                    if (line < 0 || line == previous_line)
                        continue;
                    if (i + 1 < list.size()) {
                        Instruction& next = list[i + 1];
                        // A next instruction without a position takes the NOP's.
                        if (next.position.lineno < 0) {
                            next.position = instruction.position;
                            continue;
                        }
                        if (next.position.lineno == line)
                            continue;
                    } else {
                        int next_block = next_nonempty_after(block);
                        if (next_block >= 0 && instructions(next_block).front().position.lineno == line)
                            continue;
                    }
                }
                kept.push_back(instruction);
                previous_line = line;
            }
            list = std::move(kept);
        }

        // Edges between non-empty blocks: fall-through, jumps and the setups that were
        // made NOPs.
        void count_predecessors()
        {
            for (auto& info : m_info)
                info.predecessors = 0;
            if (int entry = first_nonempty_from(0); entry >= 0)
                m_info[entry].predecessors = 1;
            for (int block : m_order) {
                auto& list = instructions(block);
                if (list.empty())
                    continue;
                if (falls_through(block)) {
                    if (int next = next_nonempty_after(block); next >= 0)
                        m_info[next].predecessors++;
                }
                if (list.back().target >= 0) {
                    if (int target = first_nonempty_from(target_block(list.back())); target >= 0)
                        m_info[target].predecessors++;
                }
                for (int setup_target : m_info[block].setup_targets) {
                    if (int target = first_nonempty_from(setup_target); target >= 0)
                        m_info[target].predecessors++;
                }
            }
        }

        bool is_exit_without_line(int block)
        {
            auto& list = instructions(block);
            if (list.empty() || !is_scope_exit(list.back().op))
                return false;
            return std::all_of(
                list.begin(), list.end(), [](Instruction const& i) { return i.position.lineno < 0; });
        }

        // CPython gives each jump into a shared exit without a line its own copy of the
        // exit, placed right after it, so the copy can take the line of the code that
        // jumped.
        void duplicate_exits_without_line()
        {
            size_t original_count = m_order.size();
            for (size_t i = 0; i < original_count; ++i) {
                int block = m_order[i];
                if (instructions(block).empty() || !is_jump(instructions(block).back().op))
                    continue;
                int target = first_nonempty_from(target_block(instructions(block).back()));
                if (target < 0 || !is_exit_without_line(target) || m_info[target].predecessors <= 1)
                    continue;
                InstructionStream::Block copy = m_blocks[target];
                copy.instructions.front().position = instructions(block).back().position;
                m_blocks.push_back(std::move(copy));
                int copy_index = static_cast<int>(m_blocks.size() - 1);
                m_info.emplace_back();
                m_info[copy_index].reachable = true;
                m_info[copy_index].start_depth = m_info[target].start_depth;
                m_info[copy_index].predecessors = 1;
                m_info[target].predecessors--;
                m_order.insert(std::find(m_order.begin(), m_order.end(), target) + 1, copy_index);
                m_position.push_back(0);
                instructions(block).back().target = m_stream.label_for_block(copy_index).id;
            }
            index_order();
            for (size_t i = 0; i + 1 < m_order.size(); ++i) {
                int block = m_order[i];
                auto& list = instructions(block);
                if (list.empty() || !falls_through(block))
                    continue;
                int next = next_nonempty_after(block);
                if (next >= 0 && is_exit_without_line(next))
                    instructions(next).front().position = list.back().position;
            }
        }

        void propagate_line_numbers()
        {
            for (int block : m_order) {
                auto& list = instructions(block);
                if (list.empty())
                    continue;
                SourcePosition previous;
                for (Instruction& instruction : list) {
                    if (instruction.position.lineno < 0)
                        instruction.position = previous;
                    else
                        previous = instruction.position;
                }
                if (falls_through(block)) {
                    int next = next_nonempty_after(block);
                    if (next >= 0 && m_info[next].predecessors == 1
                        && instructions(next).front().position.lineno < 0)
                        instructions(next).front().position = previous;
                }
                if (is_jump(list.back().op)) {
                    int target = first_nonempty_from(target_block_of_label(list.back().target));
                    if (target >= 0 && m_info[target].predecessors == 1
                        && instructions(target).front().position.lineno < 0)
                        instructions(target).front().position = previous;
                }
            }
        }

        void guarantee_line_for_exits()
        {
            int line = m_layout.first_line;
            for (int block : m_order) {
                auto& list = instructions(block);
                if (list.empty())
                    continue;
                if (list.back().position.lineno < 0) {
                    // Only the line is known (co_positions then reports the same
                    // end line and no columns).
                    if (list.back().op == op(Opcode::ReturnValue)) {
                        for (Instruction& instruction : list)
                            instruction.position.lineno = instruction.position.end_lineno = line;
                    }
                } else {
                    line = list.back().position.lineno;
                }
            }
        }

        bool resolve_operands()
        {
            for (auto& block : m_blocks) {
                for (Instruction& instruction : block.instructions) {
                    switch (instruction.operand) {
                    case OperandKind::Plain:
                        break;
                    case OperandKind::CellVariable:
                        if (instruction.argument >= m_layout.cell_slots.size()) {
                            m_error = "cell variable index out of range";
                            return false;
                        }
                        instruction.argument = m_layout.cell_slots[instruction.argument];
                        break;
                    case OperandKind::FreeVariable:
                        instruction.argument += m_layout.first_free_slot;
                        break;
                    }
                    instruction.operand = OperandKind::Plain;
                }
            }
            return true;
        }

        // CPython's trim_unused_consts: constants after the last one an instruction
        // loads are dropped (the first one, the docstring slot of functions, stays), so
        // the code of definitions in unreachable code at the end disappears.
        void remove_unused_constants()
        {
            uint32_t last_used = 0;
            for (int block : m_order) {
                for (Instruction const& instruction : instructions(block)) {
                    if (instruction.op == op(Opcode::LoadConst))
                        last_used = std::max(last_used, instruction.argument);
                }
            }
            if (last_used + 1 < m_code.constants.size())
                m_code.constants.resize(last_used + 1);
        }

        static int prefix_count(uint32_t argument)
        {
            int count = 0;
            while (argument > max_inline_argument) {
                argument >>= 24;
                ++count;
            }
            return count;
        }

        uint32_t jump_argument(Instruction const& instruction) const
        {
            int target = first_nonempty_from(target_block_of_label(instruction.target));
            return target >= 0 ? m_info[target].offset : static_cast<uint32_t>(m_total_size);
        }

        Opcode final_opcode(Instruction const& instruction, uint32_t offset, uint32_t argument) const
        {
            if (instruction.op == JumpAny)
                return argument <= offset ? Opcode::JumpBackward : Opcode::Jump;
            if (instruction.op == JumpNoInterrupt)
                return Opcode::Jump;
            return static_cast<Opcode>(instruction.op);
        }

        // Offsets depend on ExtendedArg prefixes, which depend on jump offsets: repeat
        // until nothing moves (prefixes only grow, so this ends).
        void compute_offsets()
        {
            std::vector<int> prefixes;
            for (bool changed = true; changed;) {
                changed = false;
                uint32_t offset = 0;
                size_t index = 0;
                for (int block : m_order) {
                    m_info[block].offset = offset;
                    for (Instruction const& instruction : instructions(block)) {
                        if (index >= prefixes.size())
                            prefixes.push_back(0);
                        uint32_t argument
                            = instruction.target >= 0 ? jump_argument(instruction) : instruction.argument;
                        int needed = std::max(prefixes[index], prefix_count(argument));
                        if (needed != prefixes[index]) {
                            prefixes[index] = needed;
                            changed = true;
                        }
                        Opcode opcode = final_opcode(instruction, offset + needed, argument);
                        offset += needed + 1 + opcode_cache_units(opcode);
                        ++index;
                    }
                }
                m_total_size = offset;
                m_prefixes = prefixes;
            }
        }

        void emit_code()
        {
            compute_offsets();
            m_code.code.clear();
            m_code.positions.clear();
            m_code.exception_table.clear();
            size_t index = 0;
            for (int block : m_order) {
                for (Instruction const& instruction : instructions(block)) {
                    uint32_t argument
                        = instruction.target >= 0 ? jump_argument(instruction) : instruction.argument;
                    uint32_t start = static_cast<uint32_t>(m_code.code.size());
                    int prefixes = m_prefixes[index++];
                    for (int shift = prefixes; shift > 0; --shift) {
                        m_code.code.push_back(encode_instruction(
                            Opcode::ExtendedArg, (argument >> (24 * shift)) & max_inline_argument));
                        m_code.positions.push_back(instruction.position);
                    }
                    Opcode opcode
                        = final_opcode(instruction, static_cast<uint32_t>(m_code.code.size()), argument);
                    m_code.code.push_back(encode_instruction(opcode, argument & max_inline_argument));
                    for (int unit = 0; unit <= opcode_cache_units(opcode); ++unit) {
                        if (unit)
                            m_code.code.push_back(0);
                        m_code.positions.push_back(instruction.position);
                    }
                    add_exception_range(
                        start, static_cast<uint32_t>(m_code.code.size()), instruction.handler);
                }
            }
        }

        void add_exception_range(uint32_t start, uint32_t end, int handler)
        {
            if (handler < 0)
                return;
            int target = first_nonempty_from(handler);
            if (target < 0)
                return;
            BlockInfo const& info = m_info[handler];
            uint32_t depth = static_cast<uint32_t>(info.start_depth - 1 - (info.preserve_lasti ? 1 : 0));
            auto& table = m_code.exception_table;
            if (!table.empty()) {
                ExceptionTableEntry& last = table.back();
                if (last.end == start && last.target == m_info[target].offset && last.depth == depth
                    && last.push_lasti == info.preserve_lasti) {
                    last.end = end;
                    return;
                }
            }
            table.push_back(
                ExceptionTableEntry {start, end, m_info[target].offset, depth, info.preserve_lasti});
        }

        InstructionStream& m_stream;
        std::vector<InstructionStream::Block>& m_blocks;
        AssemblyLayout const& m_layout;
        CodeUnit& m_code;
        std::string& m_error;
        std::vector<BlockInfo> m_info;
        std::vector<int> m_order;
        std::vector<int> m_position;
        std::vector<int> m_nonempty_from;
        std::vector<int> m_prefixes;
        size_t m_total_size = 0;
    };

} // namespace

bool assemble(InstructionStream& stream, AssemblyLayout const& layout, CodeUnit& code, std::string& error)
{
    return Assembler(stream, layout, code, error).run();
}

} // namespace taipan::codegen
