// The small-object allocator: zeroed, aligned blocks; reuse after release; large blocks
// from calloc; blocks that outlive their pool owner stay valid and can be released.
#include "support/small_object_pool.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <set>
#include <vector>

namespace taipan {
namespace {

    TEST(SmallObjectPool, BlocksAreZeroedAlignedAndDistinct)
    {
        SmallObjectPool pool;
        std::set<void*> seen;
        std::vector<void*> blocks;
        for (size_t bytes = 1; bytes <= 600; bytes += 7) {
            auto* block = static_cast<unsigned char*>(pool.allocate(bytes));
            ASSERT_NE(block, nullptr);
            EXPECT_EQ(reinterpret_cast<uintptr_t>(block) % 16, 0u) << bytes;
            for (size_t index = 0; index < bytes; ++index)
                ASSERT_EQ(block[index], 0) << bytes;
            std::memset(block, 0xAB, bytes);
            EXPECT_TRUE(seen.insert(block).second);
            blocks.push_back(block);
        }
        for (void* block : blocks)
            SmallObjectPool::release(block);
        EXPECT_EQ(pool.allocated_blocks(), 0);
    }

    TEST(SmallObjectPool, ReleasedBlocksAreReusedAndClearedAgain)
    {
        SmallObjectPool pool;
        std::vector<void*> first;
        for (int index = 0; index < 5000; ++index) {
            auto* block = static_cast<unsigned char*>(pool.allocate(48));
            std::memset(block, 0xCD, 48);
            first.push_back(block);
        }
        std::set<void*> released(first.begin(), first.end());
        for (void* block : first)
            SmallObjectPool::release(block);
        int reused = 0;
        for (int index = 0; index < 5000; ++index) {
            auto* block = static_cast<unsigned char*>(pool.allocate(40));
            reused += released.count(block) ? 1 : 0;
            for (int offset = 0; offset < 40; ++offset)
                ASSERT_EQ(block[offset], 0);
            first[size_t(index)] = block;
        }
        // Sanitizer builds allocate with calloc, whose freed blocks wait in quarantine.
        if (!TAIPAN_PLAIN_MALLOC) {
            EXPECT_GT(reused, 4000);
        }
        for (void* block : first)
            SmallObjectPool::release(block);
    }

    TEST(SmallObjectPool, BlocksOutliveTheirOwner)
    {
        std::vector<void*> survivors;
        {
            SmallObjectPool pool;
            for (int index = 0; index < 1000; ++index)
                survivors.push_back(pool.allocate(32 + size_t(index % 5) * 16));
        }
        // The pools passed to the process-wide owner: still writable, and releasable.
        for (void* block : survivors)
            std::memset(block, 1, 32);
        for (void* block : survivors)
            SmallObjectPool::release(block);
        SmallObjectPool next;
        void* block = next.allocate(64);
        ASSERT_NE(block, nullptr);
        SmallObjectPool::release(block);
    }

    TEST(SmallObjectPool, ReallocateKeepsTheLeadingBytesAcrossSizes)
    {
        // An array grown from nothing through the small classes into realloc'd memory
        // and back: the first `keep` bytes survive every move.
        SmallObjectPool pool;
        auto* block = static_cast<unsigned char*>(pool.reallocate(nullptr, 0, 24));
        ASSERT_NE(block, nullptr);
        std::memset(block, 7, 24);
        size_t kept = 24;
        for (size_t bytes : {40, 48, 200, 512, 513, 4096, 100000, 300, 16}) {
            block = static_cast<unsigned char*>(pool.reallocate(block, kept, bytes));
            ASSERT_NE(block, nullptr) << bytes;
            size_t valid = std::min(kept, bytes);
            for (size_t index = 0; index < valid; ++index)
                ASSERT_EQ(block[index], 7) << bytes << " " << index;
            std::memset(block, 7, bytes);
            kept = bytes;
        }
        // A block that still fits its size class stays where it is (sanitizer builds
        // have no size classes: every block is a calloc block).
        void* same = pool.reallocate(block, kept, 12);
        if (!TAIPAN_PLAIN_MALLOC) {
            EXPECT_EQ(same, block);
        }
        SmallObjectPool::release(same);
    }

} // namespace
} // namespace taipan
