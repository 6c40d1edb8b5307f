// The small-object allocator's slow paths: new pools from the process-wide reserved
// range, releasing into pools, and handing pools over when an interpreter ends.
#include "support/small_object_pool.h"

#include <algorithm>

#include <sys/mman.h>

#include <atomic>
#include <cstdlib>
#include <mutex>

namespace taipan {

namespace {

    // One range of address space for every pool of the process, reserved (not committed)
    // on first use and committed an arena at a time. 64 GiB of reservation costs nothing
    // until touched; if it cannot be had, every block comes from calloc.
    constexpr size_t region_bytes = size_t {1} << 36;
    constexpr size_t arena_bytes = size_t {1} << 20;
    // Empty pools an interpreter keeps ready before it gives the memory of more back to
    // the system (their pages are dropped; the header page stays for the list).
    constexpr size_t kept_empty_pools = 256;

    struct Region {
        char* base = nullptr;
        std::atomic<size_t> committed {0}; // bytes of the range handed out as arenas
        std::mutex mutex; // guards the shared pools and the retired owner below
        char* arena_cursor = nullptr; // next pool in the current arena
        char* arena_end = nullptr;
        PoolHeader* shared_empty = nullptr; // empty pools left by ended interpreters
    };

    Region& region()
    {
        static Region* instance = [] {
            auto* made = new Region;
#if !TAIPAN_PLAIN_MALLOC
            void* reserved
                = mmap(nullptr, region_bytes, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
            if (reserved != MAP_FAILED) {
                // Pools are found by masking addresses: start at a pool boundary.
                auto address = reinterpret_cast<uintptr_t>(reserved);
                auto aligned
                    = (address + SmallObjectPool::pool_bytes - 1) & ~(SmallObjectPool::pool_bytes - 1);
                made->base = reinterpret_cast<char*>(aligned);
            }
#endif
            return made;
        }();
        return *instance;
    }

    bool in_region(void* block)
    {
        char* base = region().base;
        return base
            && static_cast<size_t>(static_cast<char*>(block) - base)
            < region_bytes - SmallObjectPool::pool_bytes;
    }

    PoolHeader* pool_of(void* block)
    {
        auto address = reinterpret_cast<uintptr_t>(block);
        return reinterpret_cast<PoolHeader*>(address & ~(SmallObjectPool::pool_bytes - 1));
    }

    // The owner of pools whose interpreter ended while they still held blocks; released
    // into under the region's mutex.
    SmallObjectPool& retired_owner()
    {
        static auto* owner = new SmallObjectPool;
        return *owner;
    }

} // namespace

SmallObjectPool::~SmallObjectPool()
{
    if (this == &retired_owner())
        return;
    Region& shared = region();
    std::lock_guard lock(shared.mutex);
    for (PoolHeader* pool : m_pools) {
        if (pool->used == 0) {
            pool->owner = nullptr;
            pool->next = shared.shared_empty;
            shared.shared_empty = pool;
            continue;
        }
        // Blocks still in use stay valid; their later release goes to the retired owner,
        // which never hands blocks out again from these pools.
        if (pool->in_usable_list)
            unlink_usable(*pool);
        pool->owner = &retired_owner();
        retired_owner().m_pools.push_back(pool);
    }
}

PoolHeader* SmallObjectPool::new_pool()
{
    if (m_empty) {
        PoolHeader* pool = m_empty;
        m_empty = pool->next;
        --m_empty_count;
        return pool;
    }
    Region& shared = region();
    if (!shared.base)
        return nullptr;
    std::lock_guard lock(shared.mutex);
    PoolHeader* pool = shared.shared_empty;
    if (pool) {
        shared.shared_empty = pool->next;
    } else {
        if (shared.arena_cursor == shared.arena_end) {
            size_t offset = shared.committed.load(std::memory_order_relaxed);
            if (offset + arena_bytes > region_bytes - pool_bytes)
                return nullptr;
            char* arena = shared.base + offset;
            if (mprotect(arena, arena_bytes, PROT_READ | PROT_WRITE) != 0)
                return nullptr;
            shared.committed.store(offset + arena_bytes, std::memory_order_relaxed);
            shared.arena_cursor = arena;
            shared.arena_end = arena + arena_bytes;
        }
        pool = reinterpret_cast<PoolHeader*>(shared.arena_cursor);
        shared.arena_cursor += pool_bytes;
    }
    m_pools.push_back(pool);
    return pool;
}

void* SmallObjectPool::allocate_slow(size_t size_class)
{
    PoolHeader* pool = new_pool();
    if (!pool)
        return std::calloc(1, (size_class + 1) * block_alignment);
    *pool = PoolHeader {};
    pool->owner = this;
    pool->size_class = uint16_t(size_class);
    pool->block_bytes = uint32_t((size_class + 1) * block_alignment);
    pool->bump = uint32_t(header_bytes);
    pool->in_usable_list = true;
    m_usable[size_class] = pool;
    return take_block(*pool);
}

void* SmallObjectPool::allocate_large(size_t bytes)
{
    return std::calloc(1, bytes);
}

void* SmallObjectPool::reallocate(void* block, size_t keep, size_t bytes)
{
    bool pooled = block && in_region(block);
    if (pooled && bytes - 1 < pool_of(block)->block_bytes && bytes > pool_of(block)->block_bytes / 2)
        return block;
    if (!pooled && bytes - 1 >= max_block_bytes)
        return std::realloc(block, bytes);
    void* fresh = bytes - 1 < max_block_bytes ? allocate(bytes) : std::malloc(bytes);
    if (!fresh)
        return nullptr;
    if (block)
        std::memcpy(fresh, block, std::min(keep, bytes));
    release(block);
    return fresh;
}

void SmallObjectPool::unlink_usable(PoolHeader& pool)
{
    if (pool.previous)
        pool.previous->next = pool.next;
    else
        m_usable[pool.size_class] = pool.next;
    if (pool.next)
        pool.next->previous = pool.previous;
    pool.next = pool.previous = nullptr;
    pool.in_usable_list = false;
}

void SmallObjectPool::release_in_pool(PoolHeader& pool, void* block)
{
    *static_cast<void**>(block) = pool.free_list;
    pool.free_list = block;
    --pool.used;
    --m_allocated_blocks;
    if (this == &retired_owner())
        return; // an ended interpreter's pool: never reused for new blocks
    if (pool.used == 0) {
        if (pool.in_usable_list)
            unlink_usable(pool);
        pool.next = m_empty;
        m_empty = &pool;
        if (++m_empty_count > kept_empty_pools) {
            // Give the pages past the header back; they read as zeros when reused.
            constexpr size_t page = 4096;
            madvise(reinterpret_cast<char*>(&pool) + page, pool_bytes - page, MADV_DONTNEED);
        }
        return;
    }
    if (!pool.in_usable_list) {
        pool.in_usable_list = true;
        pool.previous = nullptr;
        pool.next = m_usable[pool.size_class];
        if (pool.next)
            pool.next->previous = &pool;
        m_usable[pool.size_class] = &pool;
    }
}

void SmallObjectPool::release(void* block)
{
    if (!block)
        return;
    if (!in_region(block)) {
        std::free(block);
        return;
    }
    PoolHeader& pool = *pool_of(block);
    SmallObjectPool* owner = pool.owner;
    if (owner == &retired_owner()) {
        std::lock_guard lock(region().mutex);
        owner->release_in_pool(pool, block);
        return;
    }
    owner->release_in_pool(pool, block);
}

} // namespace taipan
