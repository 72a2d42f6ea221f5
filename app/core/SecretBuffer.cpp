#include "SecretBuffer.h"

#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>

#if defined(_WIN32)
#include <malloc.h>
#include <windows.h>
#else
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace {

std::size_t pageSize()
{
#if defined(_WIN32)
    SYSTEM_INFO info;
    GetSystemInfo(&info);
    return info.dwPageSize;
#else
    const long size = sysconf(_SC_PAGESIZE);
    return size > 0 ? static_cast<std::size_t>(size) : 4096;
#endif
}

/*
 * Whole pages of their own: memory locks are per page and do not nest, so a
 * buffer sharing a page with other heap data would unlock that data's page on
 * release, or another buffer's page would be unlocked under it.
 */
void* allocatePages(std::size_t size)
{
#if defined(_WIN32)
    return _aligned_malloc(size, pageSize());
#else
    void* block = nullptr;
    return posix_memalign(&block, pageSize(), size) == 0 ? block : nullptr;
#endif
}

void freePages(void* block)
{
#if defined(_WIN32)
    _aligned_free(block);
#else
    std::free(block);
#endif
}

bool lockMemory(void* data, std::size_t size)
{
#if defined(_WIN32)
    return VirtualLock(data, size) != 0;
#else
#if defined(MADV_DONTDUMP)
    // Keep secrets out of core dumps.
    madvise(data, size, MADV_DONTDUMP);
#endif
    return mlock(data, size) == 0;
#endif
}

void unlockMemory(void* data, std::size_t size, bool locked)
{
#if defined(_WIN32)
    if (locked) {
        VirtualUnlock(data, size);
    }
#else
    if (locked) {
        munlock(data, size);
    }
    // The pages go back to the heap, which may reuse them for data that belongs in a dump.
#if defined(MADV_DODUMP)
    madvise(data, size, MADV_DODUMP);
#endif
#endif
}

} // namespace

SecretBuffer::SecretBuffer(const void* data, std::size_t size)
{
    append(data, size);
}

SecretBuffer::~SecretBuffer()
{
    release();
}

SecretBuffer::SecretBuffer(SecretBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
    , m_capacity(std::exchange(other.m_capacity, 0))
    , m_locked(std::exchange(other.m_locked, false))
{}

SecretBuffer& SecretBuffer::operator=(SecretBuffer&& other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
        m_locked = std::exchange(other.m_locked, false);
    }
    return *this;
}

SecretBuffer SecretBuffer::clone() const
{
    return SecretBuffer(m_data, m_size);
}

void SecretBuffer::append(const void* data, std::size_t size)
{
    if (size == 0) {
        return;
    }
    if (m_size + size > m_capacity) {
        // Appending part of this very buffer: find the bytes again in the new block.
        const auto* source = static_cast<const std::uint8_t*>(data);
        const bool inside = m_data && source >= m_data && source < m_data + m_capacity;
        const std::size_t offset = inside ? static_cast<std::size_t>(source - m_data) : 0;
        reserve(m_size + size);
        if (inside) {
            data = m_data + offset;
        }
    }
    std::memcpy(m_data + m_size, data, size);
    m_size += size;
}

void SecretBuffer::resize(std::size_t size)
{
    if (size > m_capacity) {
        reserve(size);
    }
    if (size > m_size) {
        std::memset(m_data + m_size, 0, size - m_size);
    } else if (size < m_size) {
        wipe(m_data + size, m_size - size);
    }
    m_size = size;
}

void SecretBuffer::clear()
{
    if (m_data) {
        wipe(m_data, m_capacity);
    }
    m_size = 0;
}

bool SecretBuffer::equals(const SecretBuffer& other) const
{
    if (m_size != other.m_size) {
        return false;
    }
    std::uint8_t difference = 0;
    for (std::size_t i = 0; i < m_size; ++i) {
        difference |= static_cast<std::uint8_t>(m_data[i] ^ other.m_data[i]);
    }
    return difference == 0;
}

void SecretBuffer::wipe(void* data, std::size_t size)
{
    if (!data || size == 0) {
        return;
    }
#if defined(_WIN32)
    SecureZeroMemory(data, size);
#else
    explicit_bzero(data, size);
#endif
}

void SecretBuffer::reserve(std::size_t minimum)
{
    // Whole pages: any PIN fits in the first one, so typing never reallocates.
    const std::size_t page = pageSize();
    const std::size_t capacity = (minimum + page - 1) / page * page;
    auto* block = static_cast<std::uint8_t*>(allocatePages(capacity));
    if (!block) {
        throw std::bad_alloc();
    }
    const bool locked = lockMemory(block, capacity);
    if (m_data) {
        std::memcpy(block, m_data, m_size);
    }
    const std::size_t size = m_size;
    release();
    m_data = block;
    m_size = size;
    m_capacity = capacity;
    m_locked = locked;
}

void SecretBuffer::release()
{
    if (!m_data) {
        return;
    }
    wipe(m_data, m_capacity);
    unlockMemory(m_data, m_capacity, m_locked);
    freePages(m_data);
    m_data = nullptr;
    m_size = 0;
    m_capacity = 0;
    m_locked = false;
}
