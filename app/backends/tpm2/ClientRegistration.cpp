#include "ClientRegistration.h"

#include "ServiceProcess.h"
#include "SoftwareTpm.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ClientRegistration", text);
}

// The first line marks the entry as the program's own: one without it is the user's, and never removed.
const QByteArray Header =
    QByteArrayLiteral("# Written by vscwizard: how programs reach the cards of its software TPM.\n"
                      "# Removed when its last card is removed.\n");

} // namespace

namespace ClientRegistration {

QString entryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/environment.d/60-vscwizard-software-tpm.conf");
}

QList<QPair<QString, QString>> registered()
{
    QFile file(entryPath());
    QList<QPair<QString, QString>> variables;
    if (!file.open(QIODevice::ReadOnly)) {
        return variables;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const qsizetype equals = line.indexOf('=');
        if (line.startsWith('#') || equals <= 0) {
            continue;
        }
        variables.append({QString::fromUtf8(line.left(equals)), QString::fromUtf8(line.mid(equals + 1))});
    }
    return variables;
}

bool add(const QList<QPair<QString, QString>>& variables, QString* detail)
{
    QByteArray text = Header;
    QStringList assignments;
    for (const auto& [name, value] : variables) {
        text += name.toUtf8() + '=' + value.toUtf8() + '\n';
        assignments << name + QLatin1Char('=') + value;
    }
    QFile existing(entryPath());
    const QByteArray before = existing.open(QIODevice::ReadOnly) ? existing.readAll() : QByteArray();
    existing.close();
    if (existing.exists() && !before.startsWith(Header)) {
        if (detail) {
            *detail = tr("The file %1 is not the program's own; it is left as it is.").arg(entryPath());
        }
        return false;
    }
    const bool same = before == text;
    if (!same) {
        QDir().mkpath(QFileInfo(entryPath()).absolutePath());
        QSaveFile file(entryPath());
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
            if (detail) {
                *detail = QStringLiteral("%1: %2").arg(entryPath(), file.errorString());
            }
            return false;
        }
    }
    // What the user manager starts from now on sees them too, before the next login.
    if (!same && SoftwareTpm::systemdUserAvailable()) {
        ServiceProcess::run(QStringLiteral("systemctl"),
                            QStringList{QStringLiteral("--user"), QStringLiteral("set-environment")} + assignments,
                            nullptr, 3000);
    }
    return true;
}

void remove()
{
    QFile file(entryPath());
    if (!file.open(QIODevice::ReadOnly) || !file.readAll().startsWith(Header)) {
        return;
    }
    file.close();
    QStringList names;
    for (const auto& variable : registered()) {
        names << variable.first;
    }
    file.remove();
    if (names.isEmpty() || !SoftwareTpm::systemdUserAvailable()) {
        return;
    }
    const QString systemctl = QStringLiteral("systemctl");
    ServiceProcess::run(systemctl, QStringList{QStringLiteral("--user"), QStringLiteral("unset-environment")} + names,
                        nullptr, 3000);
    // unset-environment takes back only what set-environment added: a value the manager read from environment.d at
    // login stays until it reads environment.d again, which a reload does (the entry is gone by now).
    QString environment;
    ServiceProcess::run(systemctl, {QStringLiteral("--user"), QStringLiteral("show-environment")}, &environment, 3000);
    const bool stillSet = std::any_of(names.cbegin(), names.cend(), [&environment](const QString& name) {
        return environment.startsWith(name + QLatin1Char('=')) ||
               environment.contains(QLatin1Char('\n') + name + QLatin1Char('='));
    });
    if (stillSet) {
        ServiceProcess::run(systemctl, {QStringLiteral("--user"), QStringLiteral("daemon-reload")}, nullptr, 15000);
    }
}

} // namespace ClientRegistration
