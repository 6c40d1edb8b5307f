// The small-object allocator (pymalloc-like): blocks of up to 512 bytes come from 16 KiB
// pools, one size class per pool, carved out of one address range reserved for the
// whole process, so that freeing needs no size and a block's pool is found by masking
// its address. Each interpreter owns its pools, so its paths take no lock; larger
// blocks go to calloc/free. Sanitizer builds use calloc/free for everything, so that
// ASan sees every object's lifetime.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

// Sanitizer builds (or -DTAIPAN_PLAIN_MALLOC=1) allocate every block with calloc.
#ifndef TAIPAN_PLAIN_MALLOC
#if defined(__SANITIZE_ADDRESS__)
#define TAIPAN_PLAIN_MALLOC 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TAIPAN_PLAIN_MALLOC 1
#endif
#endif
#endif
#ifndef TAIPAN_PLAIN_MALLOC
#define TAIPAN_PLAIN_MALLOC 0
#endif

namespace taipan {

class SmallObjectPool;

// The start of every pool. Blocks follow it; `bump` marks the first never-used one.
struct PoolHeader {
    SmallObjectPool* owner = nullptr;
    PoolHeader* next = nullptr; // in the owner's usable list of this size class, or its empty list
    PoolHeader* previous = nullptr;
    void* free_list = nullptr; // released blocks, linked through their first word
    uint32_t bump = 0;
    uint32_t used = 0; // blocks handed out
    uint32_t block_bytes = 0;
    uint16_t size_class = 0;
    bool in_usable_list = false;
};

class SmallObjectPool {
public:
    static constexpr size_t max_block_bytes = 512;
    static constexpr size_t block_alignment = 16;
    static constexpr size_t class_count = max_block_bytes / block_alignment;
    static constexpr size_t pool_bytes = 16 * 1024;
    static constexpr size_t header_bytes
        = (sizeof(PoolHeader) + block_alignment - 1) & ~(block_alignment - 1);

    SmallObjectPool() = default;
    // Pools still holding blocks (objects that outlive the interpreter, such as the
    // process-wide immortal strs) pass to a process-wide owner; empty ones are shared.
    ~SmallObjectPool();
    SmallObjectPool(SmallObjectPool const&) = delete;
    SmallObjectPool& operator=(SmallObjectPool const&) = delete;

    // `bytes` zeroed bytes aligned to 16, or null when memory is exhausted.
    void* allocate(size_t bytes)
    {
#if !TAIPAN_PLAIN_MALLOC
        if (bytes - 1 < max_block_bytes) {
            PoolHeader* pool = m_usable[(bytes - 1) / block_alignment];
            if (pool) [[likely]]
                return take_block(*pool);
            return allocate_slow((bytes - 1) / block_alignment);
        }
#endif
        return allocate_large(bytes);
    }
    // Frees a block from any interpreter's pool (or from calloc) given its address.
    static void release(void* block);
    // Resizes a block from allocate() or reallocate() (or null) to `bytes`, keeping its
    // first `keep` bytes; null when memory is exhausted (the block is then unchanged).
    // Unlike allocate(), the bytes past `keep` are not cleared, and large blocks use
    // realloc (growing arrays in place).
    void* reallocate(void* block, size_t keep, size_t bytes);

    // Blocks handed out and not yet released (sys.getallocatedblocks).
    int64_t allocated_blocks() const
    {
        return m_allocated_blocks;
    }

private:
    void* take_block(PoolHeader& pool)
    {
        void* block = pool.free_list;
        if (block) {
            pool.free_list = *static_cast<void**>(block);
        } else {
            block = reinterpret_cast<char*>(&pool) + pool.bump;
            pool.bump += pool.block_bytes;
        }
        // Blocks are reused, and empty pools change size class: always clear.
        clear_block(block, pool.block_bytes);
        ++pool.used;
        ++m_allocated_blocks;
        if (!pool.free_list && pool.bump + pool.block_bytes > pool_bytes)
            unlink_usable(pool);
        return block;
    }
    // Small blocks (most objects) are cleared with a few inline stores of a known size;
    // a memset call of a run-time size cost 5% of an allocation-heavy loop.
    static void clear_block(void* block, size_t bytes)
    {
        switch (bytes / block_alignment) {
#define TAIPAN_CLEAR_CASE(n)                                                                                 \
    case n:                                                                                                  \
        std::memset(block, 0, n* block_alignment);                                                           \
        return;
            TAIPAN_CLEAR_CASE(1)
            TAIPAN_CLEAR_CASE(2)
            TAIPAN_CLEAR_CASE(3)
            TAIPAN_CLEAR_CASE(4)
            TAIPAN_CLEAR_CASE(5)
            TAIPAN_CLEAR_CASE(6)
            TAIPAN_CLEAR_CASE(7)
            TAIPAN_CLEAR_CASE(8)
#undef TAIPAN_CLEAR_CASE
        default:
            std::memset(block, 0, bytes);
        }
    }
    void* allocate_slow(size_t size_class);
    static void* allocate_large(size_t bytes);
    void release_in_pool(PoolHeader&, void* block);
    void unlink_usable(PoolHeader&);
    PoolHeader* new_pool();

    // Per size class, the pools with a free block (doubly linked through their headers).
    PoolHeader* m_usable[class_count] = {};
    // Pools with no block in use, ready for any size class (singly linked).
    PoolHeader* m_empty = nullptr;
    size_t m_empty_count = 0;
    // Every pool this interpreter owns, for hand-over at destruction.
    std::vector<PoolHeader*> m_pools;
    int64_t m_allocated_blocks = 0;
};

} // namespace taipan
