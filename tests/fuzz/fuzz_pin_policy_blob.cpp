/*
 * libFuzzer target: PinPolicy::fromBlob, the 32-byte MS-TPMVSC PIN policy blob that goes to the manager.
 *
 * The blob is eight little-endian uint32: reserved (1), minimum and maximum length (4 to 127, minimum not above
 * maximum), then the rule of each class in the order uppercase, lowercase, digits, special, other (0 allow,
 * 1 require, 2 disallow). A decoder written here from that layout is the reference: fromBlob must accept exactly the
 * blobs it accepts, give a reason for every other, and toBlob() must give back the bytes it read.
 *
 * The whole input is one blob (so wrong sizes are tried too); a longer input also offers its first 32 bytes.
 */
#include "FuzzCheck.h"

#include "PinPolicy.h"

#include <array>
#include <optional>

namespace {

constexpr std::size_t BlobSize = 32;

std::uint32_t field(const std::uint8_t* blob, int index)
{
    const std::uint8_t* p = blob + index * 4;
    return std::uint32_t{p[0]} | std::uint32_t{p[1]} << 8 | std::uint32_t{p[2]} << 16 | std::uint32_t{p[3]} << 24;
}

bool referenceAccepts(const std::uint8_t* blob, std::size_t size)
{
    if (size != BlobSize || field(blob, 0) != 1) {
        return false;
    }
    const std::uint32_t minLength = field(blob, 1);
    const std::uint32_t maxLength = field(blob, 2);
    if (minLength < 4 || minLength > 127 || maxLength < 4 || maxLength > 127 || minLength > maxLength) {
        return false;
    }
    for (int i = 3; i < 8; ++i) {
        if (field(blob, i) > 2) {
            return false;
        }
    }
    return true;
}

void checkBlob(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView blob = fuzzBytes(data, size);
    QString error;
    const std::optional<PinPolicy> policy = PinPolicy::fromBlob(blob, &error);
    FUZZ_CHECK(policy.has_value() == referenceAccepts(data, size), "fromBlob and the blob's layout disagree");
    if (!policy) {
        FUZZ_CHECK(!error.isEmpty(), "a refused blob without a reason");
        FUZZ_CHECK(!PinPolicy::fromBlob(blob).has_value(), "the reason changes the verdict");
        return;
    }
    FUZZ_CHECK(error.isEmpty(), "an accepted blob with a reason");
    FUZZ_CHECK(policy->toBlob() == blob, "toBlob does not give back the blob it was read from");
    FUZZ_CHECK(policy->minLength() == static_cast<int>(field(data, 1)), "minimum length");
    FUZZ_CHECK(policy->maxLength() == static_cast<int>(field(data, 2)), "maximum length");
    const std::array<PinPolicy::CharClass, 5> classes = {PinPolicy::CharClass::Uppercase,
                                                         PinPolicy::CharClass::Lowercase, PinPolicy::CharClass::Digits,
                                                         PinPolicy::CharClass::Special, PinPolicy::CharClass::Other};
    for (int i = 0; i < 5; ++i) {
        FUZZ_CHECK(static_cast<std::uint32_t>(policy->rule(classes[i])) == field(data, 3 + i), "a class's rule");
    }
    const std::optional<PinPolicy> again = PinPolicy::fromBlob(policy->toBlob());
    FUZZ_CHECK(again && *again == *policy, "a policy read back from its own blob differs");

    // A blob can carry a policy no PIN meets (every class disallowed): fromBlob takes it, isValid names why not.
    QString reason;
    if (!policy->isValid(&reason)) {
        FUZZ_CHECK(!reason.isEmpty(), "an unusable policy without a reason");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    checkBlob(data, size);
    if (size > BlobSize) {
        checkBlob(data, BlobSize);
    }
    return 0;
}
