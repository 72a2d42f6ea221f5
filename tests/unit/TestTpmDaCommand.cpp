/*
 * The TPM's dictionary-attack state as both backends read it: the command's bytes, and a response parsed only when it
 * is whole (a cut or malformed answer is "not known", never zeros that would read as "no wrong PINs").
 */
#include "TpmDaCommand.h"

#include <QTest>

#include <vector>

namespace {

void put32(std::vector<std::uint8_t>* bytes, std::uint32_t value)
{
    for (int shift = 24; shift >= 0; shift -= 8) {
        bytes->push_back(static_cast<std::uint8_t>(value >> shift));
    }
}

// A TPM's answer with the given property/value pairs.
std::vector<std::uint8_t> answer(const std::vector<std::pair<std::uint32_t, std::uint32_t>>& properties,
                                 std::uint32_t responseCode = 0)
{
    std::vector<std::uint8_t> bytes{0x80, 0x01};
    put32(&bytes, 0); // size, set below
    put32(&bytes, responseCode);
    bytes.push_back(0); // moreData
    put32(&bytes, TpmDaCommand::CapTpmProperties);
    put32(&bytes, static_cast<std::uint32_t>(properties.size()));
    for (const auto& [property, value] : properties) {
        put32(&bytes, property);
        put32(&bytes, value);
    }
    const auto size = static_cast<std::uint32_t>(bytes.size());
    for (int i = 0; i < 4; ++i) {
        bytes[2 + i] = static_cast<std::uint8_t>(size >> (24 - 8 * i));
    }
    return bytes;
}

} // namespace

class TestTpmDaCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commandAsksForTheLockoutProperties();
    void wholeAnswerIsRead();
    void cutOrMalformedAnswerIsNotKnown();
};

void TestTpmDaCommand::commandAsksForTheLockoutProperties()
{
    // tag TPM_ST_NO_SESSIONS, size 22, TPM_CC_GetCapability, TPM_CAP_TPM_PROPERTIES, from TPM_PT_PERMANENT, 18 of them
    const std::vector<std::uint8_t> expected{0x80, 0x01, 0, 0, 0, 22,   0,    0, 0x01, 0x7A, 0,
                                             0,    0,    6, 0, 0, 0x02, 0x00, 0, 0,    0,    18};
    QCOMPARE(TpmDaCommand::command(), expected);
}

void TestTpmDaCommand::wholeAnswerIsRead()
{
    const auto bytes = answer({{TpmDaCommand::PtPermanent, TpmDaCommand::InLockoutBit},
                               {TpmDaCommand::PtLockoutCounter, 3},
                               {TpmDaCommand::PtMaxAuthFail, 32},
                               {TpmDaCommand::PtLockoutInterval, 600}});
    const TpmDaCommand::State state = TpmDaCommand::parse(bytes.data(), bytes.size());
    QVERIFY(state.known);
    QVERIFY(state.inLockout);
    QCOMPARE(state.failedTries, 3u);
    QCOMPARE(state.maxTries, 32u);
    QCOMPARE(state.recoverySeconds, 600u);

    const auto free = answer({{TpmDaCommand::PtPermanent, 0},
                              {TpmDaCommand::PtLockoutCounter, 0},
                              {TpmDaCommand::PtMaxAuthFail, 3},
                              {TpmDaCommand::PtLockoutInterval, 1000}});
    QVERIFY(!TpmDaCommand::parse(free.data(), free.size()).inLockout);
}

void TestTpmDaCommand::cutOrMalformedAnswerIsNotKnown()
{
    const std::vector<std::pair<std::uint32_t, std::uint32_t>> all{{TpmDaCommand::PtPermanent, 0},
                                                                   {TpmDaCommand::PtLockoutCounter, 3},
                                                                   {TpmDaCommand::PtMaxAuthFail, 32},
                                                                   {TpmDaCommand::PtLockoutInterval, 600}};
    const auto whole = answer(all);
    // Cut anywhere: not known.
    for (std::size_t size = 0; size < whole.size(); ++size) {
        QVERIFY2(!TpmDaCommand::parse(whole.data(), size).known, qPrintable(QString::number(size)));
    }
    // A property missing, the TPM's error, a wrong capability: not known either.
    const auto missing = answer({all.begin(), all.end() - 1});
    QVERIFY(!TpmDaCommand::parse(missing.data(), missing.size()).known);
    std::uint32_t code = 0;
    const auto refused = answer(all, 0x921);
    QVERIFY(!TpmDaCommand::parse(refused.data(), refused.size(), &code).known);
    QCOMPARE(code, 0x921u);
    auto wrongCapability = whole;
    wrongCapability[14] = 5;
    QVERIFY(!TpmDaCommand::parse(wrongCapability.data(), wrongCapability.size()).known);
}

QTEST_GUILESS_MAIN(TestTpmDaCommand)
#include "TestTpmDaCommand.moc"
