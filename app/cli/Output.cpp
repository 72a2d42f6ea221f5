#include "Output.h"

#include "CardText.h"
#include "Cli.h"
#include "ErrorCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace {

void write(std::FILE* stream, const QString& line)
{
    std::fputs(line.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

QString padded(const QString& text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '));
}

QJsonValue triesToJson(const SecretTries& tries)
{
    if (!tries.isKnown() && !tries.blocked) {
        return QJsonValue(QJsonValue::Null);
    }
    QJsonObject object;
    object.insert(QStringLiteral("left"), tries.left >= 0 ? QJsonValue(tries.left) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("max"), tries.max >= 0 ? QJsonValue(tries.max) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("blocked"), tries.blocked);
    return object;
}

QJsonValue policyToJson(const std::optional<PinPolicy>& policy)
{
    if (!policy) {
        return QJsonValue(QJsonValue::Null);
    }
    QJsonObject object;
    object.insert(QStringLiteral("minLength"), policy->minLength());
    object.insert(QStringLiteral("maxLength"), policy->maxLength());
    for (int i = 0; i < PinPolicy::CharClassCount; ++i) {
        const auto charClass = static_cast<PinPolicy::CharClass>(i);
        object.insert(PinPolicy::charClassKeyword(charClass), PinPolicy::ruleKeyword(policy->rule(charClass)));
    }
    return object;
}

// Ids and numbers only, never display words: a script's output must not change with the language.
QJsonObject cardToJson(const CardInfo& card)
{
    QJsonObject object;
    object.insert(QStringLiteral("instanceId"), card.instanceId);
    object.insert(QStringLiteral("name"), card.name);
    object.insert(QStringLiteral("location"), CardText::locationId(card.location));
    object.insert(QStringLiteral("hardwareProtected"), card.hardwareProtected);
    object.insert(QStringLiteral("keyCount"), card.keyCount);
    object.insert(QStringLiteral("pinState"), CardText::pinStateId(card.pinState));
    object.insert(QStringLiteral("pinTries"), triesToJson(card.pinTries));
    object.insert(QStringLiteral("pukTries"), triesToJson(card.pukTries));
    object.insert(QStringLiteral("puk"), CardText::pukId(card.recovery.puk));
    object.insert(QStringLiteral("adminKey"), CardText::adminKeyId(card.recovery.adminKey));
    object.insert(QStringLiteral("canReset"),
                  card.recovery.isKnown() ? QJsonValue(card.recovery.canReset()) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("pinPolicy"), policyToJson(card.pinPolicy));
    return object;
}

QJsonObject lockoutToJson(const TpmLockout& lockout)
{
    QJsonObject object;
    object.insert(QStringLiteral("known"), lockout.known);
    if (lockout.known) {
        object.insert(QStringLiteral("inLockout"), lockout.inLockout);
        object.insert(QStringLiteral("failedTries"), static_cast<qint64>(lockout.failedTries));
        object.insert(QStringLiteral("maxTries"), static_cast<qint64>(lockout.maxTries));
        object.insert(QStringLiteral("recoverySeconds"), static_cast<qint64>(lockout.recoverySeconds));
    }
    return object;
}

void printJson(const QJsonObject& root)
{
    std::fputs(QJsonDocument(root).toJson(QJsonDocument::Indented).constData(), stdout);
    std::fflush(stdout);
}

void printTable(const QList<QStringList>& rows)
{
    QList<int> widths(rows.first().size(), 0);
    for (const QStringList& row : rows) {
        for (int column = 0; column < row.size(); ++column) {
            widths[column] = std::max(widths.at(column), static_cast<int>(row.at(column).size()));
        }
    }
    for (const QStringList& row : rows) {
        QString line;
        for (int column = 0; column < row.size(); ++column) {
            const bool last = column + 1 == row.size();
            line += last ? row.at(column) : padded(row.at(column), widths.at(column) + 2);
        }
        Output::out(line);
    }
}

} // namespace

void Output::out(const QString& line)
{
    write(stdout, line);
}

void Output::err(const QString& line)
{
    write(stderr, line);
}

int Output::usageError(const QString& message)
{
    err(tr("vscwizard: %1").arg(message));
    err(tr("Run \"vscwizard --help\" for the commands and their options."));
    return Cli::Usage;
}

int Output::promptFailed(SecretPrompt::Status status, const QString& endOfInputMessage, const QString& mismatchMessage)
{
    switch (status) {
    case SecretPrompt::Status::Ok:
        return 0;
    case SecretPrompt::Status::Cancelled:
        err(ErrorCatalog::cancelledText());
        return Cli::Cancelled;
    case SecretPrompt::Status::EndOfInput:
        return usageError(endOfInputMessage);
    case SecretPrompt::Status::TooLong:
        return usageError(tr("A line of standard input is longer than %n byte(s); no secret is that long.", nullptr,
                             static_cast<int>(SecretPrompt::MaxLength)));
    case SecretPrompt::Status::Mismatch:
        return usageError(mismatchMessage);
    case SecretPrompt::Status::ReadError:
        break;
    }
    err(tr("vscwizard: standard input cannot be read."));
    return Cli::Failure;
}

void Output::printList(const QString& heading, const QStringList& items)
{
    err(heading);
    for (const QString& item : items) {
        err(tr("  - %1").arg(item));
    }
}

int Output::exitCodeFor(VscError error)
{
    return Cli::ErrorBase + static_cast<int>(error);
}

int Output::exitCodeFor(CardError error)
{
    return ExitStatus::CardErrorBase + static_cast<int>(error);
}

void Output::printCardError(const OperationResult& result)
{
    const ErrorCatalog::ErrorText text = ErrorCatalog::explainCardError(
        result.cardError, result.triesLeft, result.cause, ErrorCatalog::FrontEnd::CommandLine);
    err(tr("Error: %1").arg(text.title));
    err(text.message);
    if (!text.action.isEmpty()) {
        err(text.action);
    }
    if (!result.detail.isEmpty()) {
        err(tr("Details: %1").arg(result.detail));
    }
}

void Output::printError(VscError error, const QString& detail, const FailureCause& cause)
{
    const ErrorCatalog::ErrorText text = ErrorCatalog::explain(error, cause, ErrorCatalog::FrontEnd::CommandLine);
    err(tr("Error: %1").arg(text.title));
    err(text.message);
    if (!text.action.isEmpty()) {
        err(text.action);
    }
    if (!detail.isEmpty()) {
        err(tr("Details: %1").arg(detail));
    }
}

int Output::printPrerequisites(const QList<Prerequisite>& prerequisites)
{
    int exitCode = 0;
    for (const Prerequisite& prerequisite : prerequisites) {
        if (!prerequisite.blocking) {
            err(tr("Warning: %1").arg(prerequisite.text));
            continue;
        }
        // As a failure of the operation would say it: the cause's title first, what stops it, what to do.
        const ErrorCatalog::ErrorText text =
            ErrorCatalog::explain(prerequisite.error, prerequisite.cause, ErrorCatalog::FrontEnd::CommandLine);
        err(tr("Error: %1").arg(text.title));
        err(tr("Cannot continue: %1").arg(prerequisite.text));
        if (!text.action.isEmpty()) {
            err(text.action);
        }
        if (exitCode == 0) {
            exitCode = exitCodeFor(prerequisite.error);
        }
        if (!prerequisite.detail.isEmpty()) {
            err(tr("Details: %1").arg(prerequisite.detail));
        }
    }
    return exitCode;
}

int Output::printOutcome(const OperationResult& result)
{
    switch (result.outcome) {
    case OperationResult::Outcome::Success:
        return Cli::Success;
    case OperationResult::Outcome::Cancelled:
        err(ErrorCatalog::cancelledText());
        return Cli::Cancelled;
    case OperationResult::Outcome::Failed:
        break;
    }
    if (result.cardError != CardError::None) {
        printCardError(result);
        return exitCodeFor(result.cardError);
    }
    printError(result.error, result.detail, result.cause);
    return exitCodeFor(result.error);
}

void Output::printCards(const BackendInfo& backend, const QList<CardInfo>& cards, bool json)
{
    if (json) {
        QJsonArray array;
        for (const CardInfo& card : cards) {
            array.append(cardToJson(card));
        }
        QJsonObject root;
        root.insert(QStringLiteral("backend"), backend.name);
        root.insert(QStringLiteral("cards"), array);
        printJson(root);
        return;
    }
    if (cards.isEmpty()) {
        out(tr("No virtual smart cards."));
        return;
    }
    QList<QStringList> rows;
    rows.append({tr("Name"), tr("Instance id"), tr("Location"), tr("Keys"), tr("PIN state")});
    for (const CardInfo& card : cards) {
        rows.append({card.name, card.instanceId, CardText::location(card.location), QString::number(card.keyCount),
                     CardText::pinState(card.pinState, card.pinTries)});
    }
    printTable(rows);
}

void Output::printStatus(const BackendInfo& backend, const OperationResult& status, bool json)
{
    if (json) {
        QJsonArray array;
        for (const CardInfo& card : status.cards) {
            array.append(cardToJson(card));
        }
        QJsonObject root;
        root.insert(QStringLiteral("backend"), backend.name);
        root.insert(QStringLiteral("lockout"), lockoutToJson(status.lockout));
        root.insert(QStringLiteral("cards"), array);
        printJson(root);
        return;
    }
    if (status.lockout.known) {
        out(tr("TPM: %1").arg(CardText::lockout(status.lockout)));
    }
    if (status.cards.isEmpty()) {
        out(tr("No virtual smart cards."));
        return;
    }
    QList<QStringList> rows;
    rows.append({tr("Name"), tr("Instance id"), tr("Location"), tr("PIN state"), tr("Recovery")});
    for (const CardInfo& card : status.cards) {
        rows.append({card.name, card.instanceId, CardText::location(card.location),
                     CardText::pinState(card.pinState, card.pinTries), CardText::recovery(card.recovery)});
    }
    printTable(rows);
}
