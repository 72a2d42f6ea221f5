/*
 * Owner of PIN, PUK and admin-key bytes.
 *
 * Plain C++ so the Qt-free Windows COM layer can take secrets in it too.
 * The bytes live in one heap block that is locked in memory where the OS
 * allows it and zeroed before it is released; the buffer never reallocates
 * behind the caller's back (growing copies into a new block and wipes the
 * old one), and it cannot be copied implicitly.
 */
#ifndef VSCWIZARD_SECRETBUFFER_H
#define VSCWIZARD_SECRETBUFFER_H

#include <cstddef>
#include <cstdint>

class SecretBuffer
{
public:
    SecretBuffer() = default;
    SecretBuffer(const void* data, std::size_t size);
    ~SecretBuffer();

    SecretBuffer(SecretBuffer&& other) noexcept;
    SecretBuffer& operator=(SecretBuffer&& other) noexcept;
    SecretBuffer(const SecretBuffer&) = delete;
    SecretBuffer& operator=(const SecretBuffer&) = delete;

    // Explicit, so every copy of a secret is visible in the code.
    SecretBuffer clone() const;

    const std::uint8_t* data() const { return m_data; }
    // For filling the buffer in place (a random key, decoded hex) so no copy exists elsewhere.
    std::uint8_t* data() { return m_data; }
    const char* chars() const { return reinterpret_cast<const char*>(m_data); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    void append(const void* data, std::size_t size);
    void append(std::uint8_t byte) { append(&byte, 1); }
    // New bytes are zero; shrinking wipes the bytes cut off.
    void resize(std::size_t size);
    // Zeroes the content and forgets it; the memory is kept for reuse.
    void clear();

    // Compares in time that depends on the sizes only.
    bool equals(const SecretBuffer& other) const;

    // Zeroes memory in a way the optimizer cannot drop.
    static void wipe(void* data, std::size_t size);

private:
    void reserve(std::size_t minimum);
    void release();

    std::uint8_t* m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
    bool m_locked = false;
};

#endif // VSCWIZARD_SECRETBUFFER_H
