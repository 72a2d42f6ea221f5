// SoftwareTpm::writeUnits: the systemd user units of the software TPM and the D-Bus activation of its resource
// manager, so that a client started after a reboot or a logout brings both up by itself.

#include "SoftwareTpm.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace {

QString systemdQuote(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    quoted.replace(QLatin1String("\""), QLatin1String("\\\""));
    quoted.replace(QLatin1String("%"), QLatin1String("%%"));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString commandLine(const QString& program, const QStringList& arguments)
{
    QStringList words{systemdQuote(program)};
    for (const QString& argument : arguments) {
        words << systemdQuote(argument);
    }
    return words.join(QLatin1Char(' '));
}

bool writeFile(const QString& path, const QString& text, QString* detail)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0) {
        if (detail) {
            *detail = QStringLiteral("%1: %2").arg(path, file.errorString());
        }
        return false;
    }
    return true;
}

} // namespace

bool SoftwareTpm::writeUnits(QString* detail) const
{
    // Type=forking: `systemctl start` returns once swtpm is ready and fails at once when swtpm does,
    // instead of succeeding for a process that exits a millisecond later.
    QString unit = QStringLiteral("[Unit]\nDescription=vscwizard software TPM (keys not protected by hardware)\n\n"
                                  "[Service]\nType=forking\nPIDFile=%2\nExecStart=%1\n")
                       .arg(commandLine(swtpmProgram(), swtpmArguments()),
                            QString(pidFile()).replace(QLatin1String("%"), QLatin1String("%%")));
    // On logout systemd stops the unit, after the resource manager: shut the TPM down first so no lockout failure
    // is counted. TPM_SU_CLEAR, as `software-tpm stop` sends.
    const QString tpm2Shutdown = QStandardPaths::findExecutable(QStringLiteral("tpm2_shutdown"));
    if (!tpm2Shutdown.isEmpty()) {
        unit +=
            QStringLiteral("ExecStop=-%1\n")
                .arg(commandLine(tpm2Shutdown, {QStringLiteral("--clear"), QStringLiteral("--tcti=") + directTcti()}));
    }
    const QString swtpmIoctl = QStandardPaths::findExecutable(QStringLiteral("swtpm_ioctl"));
    if (!swtpmIoctl.isEmpty()) {
        unit += QStringLiteral("ExecStop=-%1\n")
                    .arg(commandLine(swtpmIoctl, {QStringLiteral("--unix"), socketPath() + QStringLiteral(".ctrl"),
                                                  QStringLiteral("-s")}));
    }

    // BindsTo: it stops with swtpm and never runs without it; After: it starts after swtpm and stops before it.
    const QString broker =
        QStringLiteral(
            "[Unit]\nDescription=vscwizard software TPM resource manager (tpm2-abrmd)\nBindsTo=%1\nAfter=%1\n\n"
            "[Service]\nType=dbus\nBusName=%2\nExecStart=%3\n")
            .arg(unitName(), busName(), commandLine(brokerProgram(), brokerArguments()));
    // Any client asking for the name starts the units: ssh-agent or a browser after the next login, too.
    const QString activation = QStringLiteral("[D-BUS Service]\nName=%1\nExec=/bin/false\nSystemdService=%2\n")
                                   .arg(busName(), brokerUnitName());
    return writeFile(unitFile(unitName()), unit, detail) && writeFile(unitFile(brokerUnitName()), broker, detail) &&
           writeFile(activationFile(), activation, detail);
}
