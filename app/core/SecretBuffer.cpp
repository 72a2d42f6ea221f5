#include "SecretBuffer.h"

#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>

#if defined(_WIN32)
#include <windows.h>
#else
#include <sys/mman.h>
#endif

namespace {

bool lockMemory(void* data, std::size_t size)
{
#if defined(_WIN32)
    return VirtualLock(data, size) != 0;
#else
    return mlock(data, size) == 0;
#endif
}

void unlockMemory(void* data, std::size_t size)
{
#if defined(_WIN32)
    VirtualUnlock(data, size);
#else
    munlock(data, size);
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
{
}

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
        // Grow in steps large enough for any PIN so typing never reallocates twice.
        std::size_t capacity = m_capacity == 0 ? 128 : m_capacity * 2;
        while (capacity < m_size + size) {
            capacity *= 2;
        }
        reserve(capacity);
    }
    std::memcpy(m_data + m_size, data, size);
    m_size += size;
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

void SecretBuffer::reserve(std::size_t capacity)
{
    auto* block = static_cast<std::uint8_t*>(std::malloc(capacity));
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
    if (m_locked) {
        unlockMemory(m_data, m_capacity);
    }
    std::free(m_data);
    m_data = nullptr;
    m_size = 0;
    m_capacity = 0;
    m_locked = false;
}
