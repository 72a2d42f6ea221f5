#include "OrganizationPolicy.h"

#include "UserText.h"
#include "VscContract.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>

#include <array>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#endif

namespace {

const QString PinPolicySection = QStringLiteral("PinPolicy");
const QString RecoverySection = QStringLiteral("Recovery");

const std::array<PinPolicy::CharClass, PinPolicy::CharClassCount> AllClasses = {
    PinPolicy::CharClass::Uppercase, PinPolicy::CharClass::Lowercase, PinPolicy::CharClass::Digits,
    PinPolicy::CharClass::Special,   PinPolicy::CharClass::Other,
};

// The key of each class in the file, in the order of the blob.
const std::array<QString, PinPolicy::CharClassCount> ClassKeys = {
    QStringLiteral("Uppercase"), QStringLiteral("Lowercase"), QStringLiteral("Digits"),
    QStringLiteral("Special"),   QStringLiteral("Other"),
};

const QString MinLengthKey = QStringLiteral("MinLength");
const QString MaxLengthKey = QStringLiteral("MaxLength");
const QString RequirePukKey = QStringLiteral("RequirePuk");
const QString AllowDefaultAdminKeyKey = QStringLiteral("AllowDefaultAdminKey");
const QString AllowRandomAdminKeyKey = QStringLiteral("AllowRandomAdminKey");

// Section and key names, like the keywords of values, are compared without regard to case.
bool same(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

std::optional<bool> parseBool(const QString& value)
{
    if (same(value, QStringLiteral("true"))) {
        return true;
    }
    if (same(value, QStringLiteral("false"))) {
        return false;
    }
    return std::nullopt;
}

// A whole number written in ASCII digits only; std::nullopt for anything else (a sign, a space, a huge number).
std::optional<int> parseWholeNumber(const QString& value)
{
    for (const QChar c : value) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return std::nullopt;
        }
    }
    bool ok = false;
    const int number = value.toInt(&ok);
    return ok ? std::optional<int>(number) : std::nullopt;
}

bool hasControlCharacter(const QString& line)
{
    for (const QChar c : line) {
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\t')) {
            return true;
        }
    }
    return false;
}

enum class FileState
{
    Absent,
    Present,
    Unknown
};

// Whether a file is there, without following a link: a missing system policy imposes nothing, but one that cannot
// even be looked at (a folder without search permission) must not pass for missing.
FileState fileState(const QString& file, QString* reason)
{
#if defined(Q_OS_UNIX)
    struct stat status = {};
    if (::lstat(QFile::encodeName(file).constData(), &status) == 0) {
        return FileState::Present;
    }
    const int error = errno;
    if (error == ENOENT || error == ENOTDIR) {
        return FileState::Absent;
    }
    *reason = QString::fromLocal8Bit(std::strerror(error));
    return FileState::Unknown;
#else
    Q_UNUSED(reason);
    const QFileInfo info(file);
    return info.exists() || info.isSymLink() ? FileState::Present : FileState::Absent;
#endif
}

} // namespace

QString OrganizationPolicy::systemPolicyPath()
{
#if defined(Q_OS_WIN)
    const QString programData = qEnvironmentVariable("ProgramData", QStringLiteral("C:/ProgramData"));
    return QFileInfo(programData + QStringLiteral("/vscwizard/policy.ini")).absoluteFilePath();
#else
    return QStringLiteral("/etc/vscwizard/policy.ini");
#endif
}

OrganizationPolicy OrganizationPolicy::load(const QString& path, QString* error)
{
    auto fail = [error](const QString& reason) {
        if (error) {
            *error = reason;
        }
        return OrganizationPolicy();
    };

    const QString file = path.isEmpty() ? systemPolicyPath() : path;
    QString reason;
    const FileState state = fileState(file, &reason);
    if (state == FileState::Absent && path.isEmpty()) {
        return OrganizationPolicy();
    }
    if (state == FileState::Unknown) {
        return fail(tr("The policy file %1 cannot be read: %2").arg(file, reason));
    }
    const QFileInfo info(file);
    if (!info.exists()) {
        return fail(tr("The policy file %1 does not exist.").arg(file));
    }
    if (!info.isFile()) {
        return fail(tr("The policy file %1 is not a regular file.").arg(file));
    }
    const QString tooLarge = tr("The policy file %1 is larger than %n byte(s); a policy file has a few lines.", nullptr,
                                static_cast<int>(MaxFileBytes))
                                 .arg(file);
    if (info.size() > MaxFileBytes) {
        return fail(tooLarge);
    }
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        return fail(tr("The policy file %1 cannot be read: %2").arg(file, input.errorString()));
    }
    // Read one byte more than allowed: a file that grew since it was measured is refused too.
    const QByteArray content = input.read(MaxFileBytes + 1);
    if (input.error() != QFileDevice::NoError) {
        return fail(tr("The policy file %1 cannot be read: %2").arg(file, input.errorString()));
    }
    if (content.size() > MaxFileBytes) {
        return fail(tooLarge);
    }
    return parse(content, file, error);
}

OrganizationPolicy OrganizationPolicy::parse(const QByteArray& content, const QString& source, QString* error)
{
    auto fail = [error](const QString& reason) {
        if (error) {
            *error = reason;
        }
        return OrganizationPolicy();
    };
    // "file:line: reason", as compilers and editors know it.
    auto failAt = [&fail, &source](int line, const QString& reason) {
        return fail(QStringLiteral("%1:%2: %3").arg(source, QString::number(line), reason));
    };
    auto unknownSection = [](const QString& name) {
        //: After "file:line: ". [%2] and [%3] are the section names of the file, kept in English.
        return tr("the section [%1] is unknown; the sections are [%2] and [%3].")
            .arg(UserText::cut(name), PinPolicySection, RecoverySection);
    };

    if (content.size() > MaxFileBytes) {
        return fail(tr("The policy file %1 is larger than %n byte(s); a policy file has a few lines.", nullptr,
                       static_cast<int>(MaxFileBytes))
                        .arg(source));
    }

    OrganizationPolicy policy;
    policy.m_source = source;
    PinPolicy pinPolicy;
    bool hasPinPolicy = false;
    int pinPolicyLine = 0;

    enum class Section
    {
        None,
        PinPolicy,
        Recovery,
        Unknown
    };
    Section section = Section::None;
    QString sectionName; // as written in the file
    int sectionLine = 0;
    QHash<QString, int> sectionLines; // lower-case name -> line of its header
    QHash<QString, int> keyLines;     // lower-case Section/Key -> line where it is set

    const QList<QByteArray> rawLines = content.split('\n');
    for (qsizetype index = 0; index < rawLines.size(); ++index) {
        const int number = static_cast<int>(index) + 1;
        QByteArrayView raw(rawLines.at(index));
        if (raw.endsWith('\r')) {
            raw.chop(1);
        }
        if (index == 0 && raw.startsWith("\xEF\xBB\xBF")) {
            raw = raw.sliced(3); // the byte order mark some editors write
        }
        QStringDecoder decoder(QStringDecoder::Utf8,
                               QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
        const QString decoded = decoder(raw);
        if (decoder.hasError()) {
            return failAt(number, tr("this line is not valid UTF-8; save the file as UTF-8."));
        }
        if (hasControlCharacter(decoded)) {
            return failAt(number, tr("this line contains a control character."));
        }
        const QString line = decoded.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')) || line.startsWith(QLatin1Char('#'))) {
            continue;
        }

        if (line.startsWith(QLatin1Char('['))) {
            if (!line.endsWith(QLatin1Char(']'))) {
                return failAt(
                    number,
                    tr("\"%1\" is neither a [Section], a Key=Value line nor a comment.").arg(UserText::cut(line)));
            }
            if (section == Section::Unknown) {
                return failAt(sectionLine, unknownSection(sectionName));
            }
            sectionName = line.mid(1, line.size() - 2).trimmed();
            sectionLine = number;
            if (same(sectionName, PinPolicySection)) {
                section = Section::PinPolicy;
            } else if (same(sectionName, RecoverySection)) {
                section = Section::Recovery;
            } else {
                section = Section::Unknown;
                continue;
            }
            const QString id = sectionName.toLower();
            if (sectionLines.contains(id)) {
                return failAt(number, tr("the section [%1] appears a second time (first on line %2); each section "
                                         "may appear once.")
                                          .arg(sectionName, QString::number(sectionLines.value(id))));
            }
            sectionLines.insert(id, number);
            continue;
        }

        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals < 0) {
            return failAt(
                number, tr("\"%1\" is neither a [Section], a Key=Value line nor a comment.").arg(UserText::cut(line)));
        }
        const QString key = line.left(equals).trimmed();
        const QString value = line.mid(equals + 1).trimmed();
        const QString shownValue = UserText::cut(value);
        if (key.isEmpty()) {
            return failAt(number, tr("the line \"%1\" has no key before the \"=\".").arg(UserText::cut(line)));
        }
        if (section == Section::None) {
            return failAt(number, tr("the key %1 (value \"%2\") comes before any section; put it under [%3] or [%4].")
                                      .arg(UserText::cut(key), shownValue, PinPolicySection, RecoverySection));
        }
        const QString fullKey = UserText::cut(sectionName + QLatin1Char('/') + key);
        if (section == Section::Unknown) {
            //: After "file:line: ". [%5] and [%6] are the section names of the file, kept in English.
            return failAt(sectionLine, tr("the section [%1] is unknown, and with it the key %2 (value \"%3\") on "
                                          "line %4; the sections are [%5] and [%6].")
                                           .arg(UserText::cut(sectionName), fullKey, shownValue,
                                                QString::number(number), PinPolicySection, RecoverySection));
        }

        // Which key of its section this is, and what it sets.
        int length = 0;
        std::optional<PinPolicy::Rule> rule;
        std::optional<bool> flag;
        std::size_t classIndex = ClassKeys.size();
        bool* target = nullptr;
        bool known = false;
        bool validValue = false;
        // What the value must be: said in whole sentences below, for a value that is missing or wrong.
        enum class Expected
        {
            WholeNumber,
            Rule,
            TrueOrFalse
        } expected = Expected::TrueOrFalse;
        if (section == Section::PinPolicy) {
            if (same(key, MinLengthKey) || same(key, MaxLengthKey)) {
                known = true;
                const std::optional<int> parsed = parseWholeNumber(value);
                validValue = parsed && *parsed >= static_cast<int>(Vsc::MinPinLengthWithPolicy) &&
                             *parsed <= static_cast<int>(Vsc::MaxPinLength);
                length = parsed.value_or(0);
                expected = Expected::WholeNumber;
            } else {
                for (std::size_t i = 0; i < ClassKeys.size(); ++i) {
                    if (same(key, ClassKeys[i])) {
                        known = true;
                        classIndex = i;
                        rule = PinPolicy::ruleFromKeyword(value);
                        validValue = rule.has_value();
                        expected = Expected::Rule;
                    }
                }
            }
            if (!known) {
                return failAt(number,
                              tr("the key %1 (value \"%2\") is unknown; the keys of [%3] are %4.")
                                  .arg(fullKey, shownValue, PinPolicySection,
                                       QStringList{MinLengthKey, MaxLengthKey}.join(QStringLiteral(", ")) +
                                           QStringLiteral(", ") +
                                           QStringList(ClassKeys.begin(), ClassKeys.end()).join(QStringLiteral(", "))));
            }
        } else {
            if (same(key, RequirePukKey)) {
                target = &policy.m_requirePuk;
            } else if (same(key, AllowDefaultAdminKeyKey)) {
                target = &policy.m_allowDefaultAdminKey;
            } else if (same(key, AllowRandomAdminKeyKey)) {
                target = &policy.m_allowRandomAdminKey;
            }
            if (!target) {
                return failAt(number,
                              tr("the key %1 (value \"%2\") is unknown; the keys of [%3] are %4.")
                                  .arg(fullKey, shownValue, RecoverySection,
                                       QStringList{RequirePukKey, AllowDefaultAdminKeyKey, AllowRandomAdminKeyKey}.join(
                                           QStringLiteral(", "))));
            }
            flag = parseBool(value);
            validValue = flag.has_value();
            expected = Expected::TrueOrFalse;
        }

        const QString keyId = (sectionName + QLatin1Char('/') + key).toLower();
        if (keyLines.contains(keyId)) {
            return failAt(number, tr("the key %1 is given a second time (first on line %2); each key may be given "
                                     "once.")
                                      .arg(fullKey, QString::number(keyLines.value(keyId))));
        }
        keyLines.insert(keyId, number);
        if (value.isEmpty() || !validValue) {
            const QString minimum = QString::number(Vsc::MinPinLengthWithPolicy);
            const QString maximum = QString::number(Vsc::MaxPinLength);
            QString message;
            switch (expected) {
            case Expected::WholeNumber:
                message = value.isEmpty()
                              //: After "file:line: ". %1: a key of the policy file.
                              ? tr("the key %1 has no value; it must be a whole number from %2 to %3.")
                                    .arg(fullKey, minimum, maximum)
                              //: After "file:line: ". %1: a key of the policy file; %2: its value.
                              : tr("the key %1 has the value \"%2\"; it must be a whole number from %3 to %4.")
                                    .arg(fullKey, shownValue, minimum, maximum);
                break;
            case Expected::Rule:
                message = value.isEmpty()
                              //: After "file:line: ". allow, require and disallow are the file's keywords: keep them
                              //: in English.
                              ? tr("the key %1 has no value; it must be allow, require or disallow.").arg(fullKey)
                              //: After "file:line: ". allow, require and disallow are the file's keywords: keep them
                              //: in English.
                              : tr("the key %1 has the value \"%2\"; it must be allow, require or disallow.")
                                    .arg(fullKey, shownValue);
                break;
            case Expected::TrueOrFalse:
                message =
                    value.isEmpty()
                        //: After "file:line: ". true and false are the file's keywords: keep them in English.
                        ? tr("the key %1 has no value; it must be true or false.").arg(fullKey)
                        //: After "file:line: ". true and false are the file's keywords: keep them in English.
                        : tr("the key %1 has the value \"%2\"; it must be true or false.").arg(fullKey, shownValue);
                break;
            }
            return failAt(number, message);
        }

        if (section == Section::PinPolicy) {
            if (!hasPinPolicy) {
                hasPinPolicy = true;
                pinPolicyLine = sectionLine;
            }
            if (classIndex < ClassKeys.size()) {
                pinPolicy.setRule(AllClasses[classIndex], *rule);
            } else if (same(key, MinLengthKey)) {
                pinPolicy.setMinLength(length);
            } else {
                pinPolicy.setMaxLength(length);
            }
        } else {
            *target = *flag;
        }
    }
    if (section == Section::Unknown) {
        return failAt(sectionLine, unknownSection(sectionName));
    }

    if (hasPinPolicy) {
        QString reason;
        if (!pinPolicy.isValid(&reason)) {
            return failAt(pinPolicyLine, tr("the PIN policy of this section cannot be used: %1").arg(reason));
        }
        policy.m_pinPolicy = pinPolicy;
    }
    return policy;
}
