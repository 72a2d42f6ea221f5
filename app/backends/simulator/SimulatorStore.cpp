#include "SimulatorStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace {

constexpr int FormatVersion = 1;
// More than any real card file; a bigger file is not ours.
constexpr qint64 MaxFileSize = 64 * 1024;

const QString CardFilePattern = QStringLiteral("card-*.json");

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
