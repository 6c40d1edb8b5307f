// A bump allocator for data that lives and dies together (an AST, a token list).
// Objects allocated here must be trivially destructible: the arena frees memory in
// bulk and never runs destructors.
#pragma once

#include <cstddef>
#include <cstring>
#include <memory>
#include <new>
#include <string_view>
#include <type_traits>
#include <vector>

namespace taipan {

class Arena {
public:
    Arena() = default;
    Arena(Arena const&) = delete;
    Arena& operator=(Arena const&) = delete;

    void* allocate(size_t size, size_t alignment)
    {
        size_t offset = (m_used + alignment - 1) & ~(alignment - 1);
        if (m_chunks.empty() || offset + size > m_chunk_size) {
            grow(size + alignment);
            offset = 0;
        }
        m_used = offset + size;
        return m_chunks.back().get() + offset;
    }

    template<typename T, typename... Args>
    T* make(Args&&... args)
    {
        static_assert(std::is_trivially_destructible_v<T>, "the arena never runs destructors");
        return new (allocate(sizeof(T), alignof(T))) T {std::forward<Args>(args)...};
    }

    template<typename T>
    T* allocate_array(size_t count)
    {
        static_assert(std::is_trivially_destructible_v<T>, "the arena never runs destructors");
        if (count == 0)
            return nullptr;
        return static_cast<T*>(allocate(sizeof(T) * count, alignof(T)));
    }

    // Copies text into the arena; the view stays valid as long as the arena.
    std::string_view copy_string(std::string_view text)
    {
        char* data = static_cast<char*>(allocate(text.size() + 1, 1));
        if (!text.empty())
            std::memcpy(data, text.data(), text.size());
        data[text.size()] = '\0';
        return {data, text.size()};
    }

    size_t bytes_allocated() const { return m_total; }

private:
    void grow(size_t at_least)
    {
        m_chunk_size = std::max(at_least, m_chunks.empty() ? size_t(64 * 1024) : m_chunk_size * 2);
        m_chunks.push_back(std::make_unique<std::byte[]>(m_chunk_size));
        m_total += m_chunk_size;
        m_used = 0;
    }

    std::vector<std::unique_ptr<std::byte[]>> m_chunks;
    size_t m_chunk_size = 0;
    size_t m_used = 0;
    size_t m_total = 0;
};

} // namespace taipan
