#include "SimulatorStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <algorithm>

namespace {

constexpr int FormatVersion = 1;
// More than any real card file; a bigger file is not ours.
constexpr qint64 MaxFileSize = 64 * 1024;

const QString CardFilePattern = QStringLiteral("card-*.json");
const QString LockoutFileName = QStringLiteral("tpm.json");

// Enough to make a guess cost something, few enough that tests stay fast: the simulator protects nothing real.
constexpr int KdfIterations = 20000;
constexpr int VerifierBytes = 32;
constexpr int SaltBytes = 16;
const QString KdfName = QStringLiteral("pbkdf2-hmac-sha256");

QJsonObject secretsToJson(const SimulatedCard::Secrets& secrets)
{
    QJsonObject object;
    object.insert(QStringLiteral("kdf"), KdfName);
    object.insert(QStringLiteral("iterations"), KdfIterations);
    object.insert(QStringLiteral("salt"), QString::fromLatin1(secrets.salt.toHex()));
    object.insert(QStringLiteral("pin"), QString::fromLatin1(secrets.pin.toHex()));
    object.insert(QStringLiteral("puk"), QString::fromLatin1(secrets.puk.toHex()));
    object.insert(QStringLiteral("adminKey"), QString::fromLatin1(secrets.adminKey.toHex()));
    object.insert(QStringLiteral("pinTriesLeft"), secrets.pinTriesLeft);
    object.insert(QStringLiteral("pukTriesLeft"), secrets.pukTriesLeft);
    return object;
}

std::optional<SimulatedCard::Secrets> secretsFromJson(const QJsonObject& object)
{
    if (object.value(QStringLiteral("kdf")).toString() != KdfName ||
        object.value(QStringLiteral("iterations")).toInt() != KdfIterations) {
        return std::nullopt;
    }
    const auto bytes = [&object](const char* key) {
        return QByteArray::fromHex(object.value(QLatin1String(key)).toString().toLatin1());
    };
    SimulatedCard::Secrets secrets;
    secrets.salt = bytes("salt");
    secrets.pin = bytes("pin");
    secrets.puk = bytes("puk");
    secrets.adminKey = bytes("adminKey");
    secrets.pinTriesLeft =
        std::clamp(object.value(QStringLiteral("pinTriesLeft")).toInt(), 0, SimulatorStore::MaxPinTries);
    secrets.pukTriesLeft =
        std::clamp(object.value(QStringLiteral("pukTriesLeft")).toInt(), 0, SimulatorStore::MaxPukTries);
    const auto wellFormed = [](const QByteArray& verifier, bool optional) {
        return verifier.size() == VerifierBytes || (optional && verifier.isEmpty());
    };
    if (secrets.salt.size() != SaltBytes || !wellFormed(secrets.pin, false) || !wellFormed(secrets.puk, true) ||
        !wellFormed(secrets.adminKey, true)) {
        return std::nullopt;
    }
    return secrets;
}

QJsonObject policyToJson(const PinPolicy& policy)
{
    QJsonObject object;
    object.insert(QStringLiteral("minLength"), policy.minLength());
    object.insert(QStringLiteral("maxLength"), policy.maxLength());
    for (int i = 0; i < PinPolicy::CharClassCount; ++i) {
        const auto charClass = static_cast<PinPolicy::CharClass>(i);
        object.insert(PinPolicy::charClassKeyword(charClass), PinPolicy::ruleKeyword(policy.rule(charClass)));
    }
    return object;
}

std::optional<PinPolicy> policyFromJson(const QJsonObject& object)
{
    PinPolicy policy;
    policy.setMinLength(object.value(QStringLiteral("minLength")).toInt(-1));
    policy.setMaxLength(object.value(QStringLiteral("maxLength")).toInt(-1));
    for (int i = 0; i < PinPolicy::CharClassCount; ++i) {
        const auto charClass = static_cast<PinPolicy::CharClass>(i);
        const auto rule = PinPolicy::ruleFromKeyword(object.value(PinPolicy::charClassKeyword(charClass)).toString());
        if (!rule) {
            return std::nullopt;
        }
        policy.setRule(charClass, *rule);
    }
    if (!policy.isValid()) {
        return std::nullopt;
    }
    return policy;
}

} // namespace

QString SimulatedCard::instanceId() const
{
    return SimulatorStore::instanceIdFor(number);
}

SimulatorStore::SimulatorStore(const QString& folder) : m_folder(folder) {}

QByteArray SimulatorStore::verifier(const QByteArray& salt, QByteArrayView label, const SecretBuffer& secret)
{
    const QByteArray labelledSalt = label.toByteArray() + ':' + salt;
    QByteArray out(VerifierBytes, '\0');
    // The secret goes from its SecretBuffer straight into OpenSSL: no other copy is made.
    static const char Empty = 0;
    const char* data = secret.isEmpty() ? &Empty : secret.chars();
    if (PKCS5_PBKDF2_HMAC(data, static_cast<int>(secret.size()),
                          reinterpret_cast<const unsigned char*>(labelledSalt.constData()),
                          static_cast<int>(labelledSalt.size()), KdfIterations, EVP_sha256(), VerifierBytes,
                          reinterpret_cast<unsigned char*>(out.data())) != 1) {
        return QByteArray();
    }
    return out;
}

bool SimulatorStore::matches(const QByteArray& expected, const QByteArray& salt, QByteArrayView label,
                             const SecretBuffer& secret)
{
    const QByteArray actual = verifier(salt, label, secret);
    return !expected.isEmpty() && actual.size() == expected.size() &&
           CRYPTO_memcmp(actual.constData(), expected.constData(), static_cast<std::size_t>(actual.size())) == 0;
}

QByteArray SimulatorStore::newSalt()
{
    QByteArray salt(SaltBytes, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), SaltBytes / 4);
    return salt;
}

QString SimulatorStore::instanceIdFor(int number)
{
    return QStringLiteral("ROOT\\SMARTCARDREADER\\%1").arg(number, 4, 10, QLatin1Char('0'));
}

int SimulatorStore::numberOf(const QString& instanceId)
{
    static const QRegularExpression pattern(QStringLiteral("^ROOT\\\\SMARTCARDREADER\\\\(\\d{4})$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(instanceId);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString SimulatorStore::filePath(int number) const
{
    return QDir(m_folder).filePath(QStringLiteral("card-%1.json").arg(number, 4, 10, QLatin1Char('0')));
}

QString SimulatorStore::lockFilePath() const
{
    return QDir(m_folder).filePath(QStringLiteral(".lock"));
}

QList<SimulatedCard> SimulatorStore::load() const
{
    static const QRegularExpression namePattern(QStringLiteral("^card-(\\d{4})\\.json$"));
    QList<SimulatedCard> cards;
    const QDir dir(m_folder);
    // QSaveFile's temporary files ("card-0001.json.XXXXXX") do not match the pattern and are ignored.
    const QStringList files = dir.entryList({CardFilePattern}, QDir::Files, QDir::Name);
    for (const QString& fileName : files) {
        const QRegularExpressionMatch match = namePattern.match(fileName);
        if (!match.hasMatch()) {
            continue;
        }
        QFile file(dir.filePath(fileName));
        if (file.size() > MaxFileSize || !file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
        SimulatedCard card;
        card.number = match.captured(1).toInt();
        card.name = object.value(QStringLiteral("name")).toString();
        if (object.value(QStringLiteral("format")).toInt() != FormatVersion || card.name.isEmpty() ||
            object.value(QStringLiteral("instanceId")).toString() != card.instanceId()) {
            continue;
        }
        card.created = QDateTime::fromString(object.value(QStringLiteral("created")).toString(), Qt::ISODate);
        card.generated = object.value(QStringLiteral("generated")).toBool();
        card.keyAlgorithm = object.value(QStringLiteral("keyAlgorithm")).toString();
        card.attestation = object.value(QStringLiteral("attestation")).toString();
        card.hasPuk = object.value(QStringLiteral("puk")).toBool();
        card.adminKeyKind = object.value(QStringLiteral("adminKey")).toString();
        if (object.contains(QStringLiteral("pinPolicy"))) {
            card.pinPolicy = policyFromJson(object.value(QStringLiteral("pinPolicy")).toObject());
        }
        if (object.contains(QStringLiteral("secrets"))) {
            card.secrets = secretsFromJson(object.value(QStringLiteral("secrets")).toObject());
        }
        cards.append(card);
    }
    return cards;
}

bool SimulatorStore::isUsable(QString* detail) const
{
    QFileInfo info(m_folder);
    while (!info.exists() && !info.isRoot() && !info.absolutePath().isEmpty() &&
           info.absoluteFilePath() != info.absolutePath()) {
        info = QFileInfo(info.absolutePath());
    }
    if (info.exists() && info.isDir() && info.isWritable()) {
        return true;
    }
    if (detail) {
        *detail = tr("The folder %1 cannot be written.").arg(QDir::toNativeSeparators(info.absoluteFilePath()));
    }
    return false;
}

bool SimulatorStore::save(const SimulatedCard& card, QString* detail) const
{
    if (!QDir().mkpath(m_folder)) {
        if (detail) {
            *detail = tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_folder));
        }
        return false;
    }
    QJsonObject object;
    object.insert(QStringLiteral("format"), FormatVersion);
    object.insert(QStringLiteral("instanceId"), card.instanceId());
    object.insert(QStringLiteral("name"), card.name);
    object.insert(QStringLiteral("created"), card.created.toUTC().toString(Qt::ISODate));
    object.insert(QStringLiteral("generated"), card.generated);
    if (card.generated) {
        object.insert(QStringLiteral("keyAlgorithm"), card.keyAlgorithm);
    }
    object.insert(QStringLiteral("attestation"), card.attestation);
    object.insert(QStringLiteral("puk"), card.hasPuk);
    object.insert(QStringLiteral("adminKey"), card.adminKeyKind);
    if (card.pinPolicy) {
        object.insert(QStringLiteral("pinPolicy"), policyToJson(*card.pinPolicy));
    }
    if (card.secrets) {
        object.insert(QStringLiteral("secrets"), secretsToJson(*card.secrets));
    }

    QSaveFile file(filePath(card.number));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(object).toJson()) < 0 || !file.commit()) {
        if (detail) {
            *detail = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        }
        return false;
    }
    return true;
}

bool SimulatorStore::remove(int number, QString* detail) const
{
    QFile file(filePath(number));
    if (!file.remove()) {
        if (detail) {
            *detail = tr("Cannot remove %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        }
        return false;
    }
    return true;
}

SimulatedLockout SimulatorStore::loadLockout() const
{
    SimulatedLockout lockout;
    QFile file(QDir(m_folder).filePath(LockoutFileName));
    if (file.size() > MaxFileSize || !file.open(QIODevice::ReadOnly)) {
        return lockout;
    }
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    lockout.failedTries = std::clamp(object.value(QStringLiteral("failedTries")).toInt(), 0, LockoutMaxTries);
    lockout.since = QDateTime::fromString(object.value(QStringLiteral("since")).toString(), Qt::ISODate);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!lockout.since.isValid() || lockout.since > now) {
        lockout.since = now;
    }
    // As a TPM does: one failure forgotten per interval, counted from the last change.
    const qint64 forgotten = lockout.since.secsTo(now) / LockoutIntervalSeconds;
    if (forgotten > 0 && lockout.failedTries > 0) {
        const int count = static_cast<int>(std::min<qint64>(forgotten, lockout.failedTries));
        lockout.failedTries -= count;
        lockout.since = lockout.since.addSecs(static_cast<qint64>(count) * LockoutIntervalSeconds);
    }
    return lockout;
}

bool SimulatorStore::saveLockout(const SimulatedLockout& lockout, QString* detail) const
{
    QJsonObject object;
    object.insert(QStringLiteral("failedTries"), lockout.failedTries);
    object.insert(QStringLiteral("since"), lockout.since.toUTC().toString(Qt::ISODate));
    QSaveFile file(QDir(m_folder).filePath(LockoutFileName));
    if (!QDir().mkpath(m_folder) || !file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(object).toJson()) < 0 || !file.commit()) {
        if (detail) {
            *detail = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        }
        return false;
    }
    return true;
}

TpmLockout SimulatorStore::lockoutState(const SimulatedLockout& lockout)
{
    TpmLockout state;
    state.known = true;
    state.failedTries = static_cast<std::uint32_t>(lockout.failedTries);
    state.maxTries = static_cast<std::uint32_t>(LockoutMaxTries);
    state.inLockout = lockout.failedTries >= LockoutMaxTries;
    if (state.inLockout && lockout.since.isValid()) {
        const qint64 elapsed = lockout.since.secsTo(QDateTime::currentDateTimeUtc());
        state.recoverySeconds = static_cast<std::uint32_t>(std::max<qint64>(1, LockoutIntervalSeconds - elapsed));
    } else {
        state.recoverySeconds = static_cast<std::uint32_t>(LockoutIntervalSeconds);
    }
    return state;
}
