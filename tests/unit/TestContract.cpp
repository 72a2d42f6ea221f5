#include "VscContract.h"

#include <QTest>

#include <cctype>
#include <iterator>
#include <set>
#include <string>

/*
 * The names are the tpmvscmgr.h identifiers without their prefix: the CLI's
 * --sim-fail and explain take them, so every value must survive a round trip.
 */
class TestContract : public QObject
{
    Q_OBJECT

private slots:
    void statusNamesMatchTheSdk();
    void errorNamesMatchTheSdk();
    void statusRoundTrip();
    void errorRoundTrip();
    void attestationNames();
    void rejectsUnknownText();
};

namespace {

const char* const SdkStatusNames[] = {
    "VTPMSMARTCARD_INITIALIZING",
    "VTPMSMARTCARD_CREATING",
    "VTPMSMARTCARD_DESTROYING",
    "VGIDSSIMULATOR_INITIALIZING",
    "VGIDSSIMULATOR_CREATING",
    "VGIDSSIMULATOR_DESTROYING",
    "VREADER_INITIALIZING",
    "VREADER_CREATING",
    "VREADER_DESTROYING",
    "GENERATE_WAITING",
    "GENERATE_AUTHENTICATING",
    "GENERATE_RUNNING",
    "CARD_CREATED",
    "CARD_DESTROYED",
};

const char* const SdkErrorNames[] = {
    "IMPERSONATION",
    "PIN_COMPLEXITY",
    "READER_COUNT_LIMIT",
    "TERMINAL_SERVICES_SESSION",
    "VTPMSMARTCARD_INITIALIZE",
    "VTPMSMARTCARD_CREATE",
    "VTPMSMARTCARD_DESTROY",
    "VGIDSSIMULATOR_INITIALIZE",
    "VGIDSSIMULATOR_CREATE",
    "VGIDSSIMULATOR_DESTROY",
    "VGIDSSIMULATOR_WRITE_PROPERTY",
    "VGIDSSIMULATOR_READ_PROPERTY",
    "VREADER_INITIALIZE",
    "VREADER_CREATE",
    "VREADER_DESTROY",
    "GENERATE_LOCATE_READER",
    "GENERATE_FILESYSTEM",
    "CARD_CREATE",
    "CARD_DESTROY",
};

static_assert(std::size(SdkStatusNames) == Vsc::StatusCount);
static_assert(std::size(SdkErrorNames) == Vsc::ErrorCount);

std::string lower(std::string text)
{
    for (char& c : text) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return text;
}

} // namespace

void TestContract::statusNamesMatchTheSdk()
{
    for (std::uint32_t i = 0; i < Vsc::StatusCount; ++i) {
        QCOMPARE(std::string(Vsc::statusName(static_cast<VscStatus>(i))), std::string(SdkStatusNames[i]));
    }
}

void TestContract::errorNamesMatchTheSdk()
{
    for (std::uint32_t i = 0; i < Vsc::ErrorCount; ++i) {
        QCOMPARE(std::string(Vsc::errorName(static_cast<VscError>(i))), std::string(SdkErrorNames[i]));
    }
}

void TestContract::statusRoundTrip()
{
    std::set<std::string_view> seen;
    for (std::uint32_t i = 0; i < Vsc::StatusCount; ++i) {
        const auto status = static_cast<VscStatus>(i);
        const std::string name(Vsc::statusName(status));
        QVERIFY(seen.insert(Vsc::statusName(status)).second);
        QCOMPARE(Vsc::statusFromString(name), std::optional<VscStatus>(status));
        QCOMPARE(Vsc::statusFromString("TPMVSCMGR_STATUS_" + name), std::optional<VscStatus>(status));
        QCOMPARE(Vsc::statusFromString(lower(name)), std::optional<VscStatus>(status));
        QCOMPARE(Vsc::statusFromString(std::to_string(i)), std::optional<VscStatus>(status));
        // A status name is not an error name.
        QCOMPARE(Vsc::errorFromString("TPMVSCMGR_ERROR_" + name), std::optional<VscError>());
    }
}

void TestContract::errorRoundTrip()
{
    std::set<std::string_view> seen;
    for (std::uint32_t i = 0; i < Vsc::ErrorCount; ++i) {
        const auto error = static_cast<VscError>(i);
        const std::string name(Vsc::errorName(error));
        QVERIFY(seen.insert(Vsc::errorName(error)).second);
        QCOMPARE(Vsc::errorFromString(name), std::optional<VscError>(error));
        QCOMPARE(Vsc::errorFromString("TPMVSCMGR_ERROR_" + name), std::optional<VscError>(error));
        QCOMPARE(Vsc::errorFromString("tpmvscmgr_error_" + lower(name)), std::optional<VscError>(error));
        QCOMPARE(Vsc::errorFromString(std::to_string(i)), std::optional<VscError>(error));
    }
}

void TestContract::attestationNames()
{
    QCOMPARE(std::string(Vsc::attestationName(AttestationType::None)), std::string("NONE"));
    QCOMPARE(std::string(Vsc::attestationName(AttestationType::AikOnly)), std::string("AIK_ONLY"));
    QCOMPARE(std::string(Vsc::attestationName(AttestationType::AikAndCertificate)), std::string("AIK_AND_CERTIFICATE"));
    QVERIFY(Vsc::attestationName(static_cast<AttestationType>(3)).empty());
}

void TestContract::rejectsUnknownText()
{
    QCOMPARE(Vsc::statusFromString("14"), std::optional<VscStatus>());
    QCOMPARE(Vsc::errorFromString("19"), std::optional<VscError>());
    QCOMPARE(Vsc::errorFromString(""), std::optional<VscError>());
    QCOMPARE(Vsc::errorFromString("TPMVSCMGR_ERROR_"), std::optional<VscError>());
    QCOMPARE(Vsc::errorFromString("CARD_CREATEX"), std::optional<VscError>());
    QCOMPARE(Vsc::errorFromString("-1"), std::optional<VscError>());
    QCOMPARE(Vsc::statusFromString("CARD_CREATE"), std::optional<VscStatus>());
    QVERIFY(Vsc::statusName(static_cast<VscStatus>(14)).empty());
    QVERIFY(Vsc::errorName(static_cast<VscError>(19)).empty());
    QVERIFY(!Vsc::isValidStatus(14));
    QVERIFY(Vsc::isValidStatus(13));
    QVERIFY(!Vsc::isValidError(19));
    QVERIFY(Vsc::isValidError(18));
}

QTEST_GUILESS_MAIN(TestContract)
#include "TestContract.moc"
