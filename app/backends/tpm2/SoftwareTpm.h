/*
 * The software TPM the program runs for the user when no hardware TPM is
 * usable: an swtpm with its state and unix socket in one private folder, and
 * in front of it tpm2-abrmd, the TPM resource manager, on the user's D-Bus
 * session bus. Clients reach the TPM only through the resource manager, which
 * flushes what a client loaded when it disconnects, however it ends, as the
 * kernel's /dev/tpmrm0 does for a hardware TPM.
 *
 * Both run as one per-user background service: systemd user units where a
 * user manager and a session bus run (D-Bus activation then starts them for
 * any client), otherwise detached processes. Where the session has no D-Bus
 * session bus, the service brings a private one (a dbus-daemon with its
 * socket in the same folder), and clients need its address.
 *
 * It is always stopped cleanly: the resource manager first, then
 * TPM2_Shutdown, then swtpm's control channel, so the TPM's dictionary-attack
 * counter is not raised. When it is set up, its dictionary-attack parameters
 * are made to fit a person (see MaxAuthFailures).
 *
 * Every call may block (process start, socket): run it on the device thread.
 */
#ifndef VSCWIZARD_SOFTWARETPM_H
#define VSCWIZARD_SOFTWARETPM_H

#include "TpmTarget.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

class SoftwareTpm
{
    Q_DECLARE_TR_FUNCTIONS(SoftwareTpm)

public:
    enum class Mode
    {
        // systemd user units when `systemctl --user` answers and a session bus runs, otherwise detached processes.
        Auto,
        // Always detached processes with pid files (tests use this, one TPM per test folder).
        Detached,
    };

    // What the program sets on a software TPM whose dictionary-attack parameters are still swtpm's (3 tries,
    // 1000 s): the values Windows gives a TPM since Windows 10 1607. 32 wrong PINs in any program lock it, and one
    // failure is forgotten every 10 minutes, so typing mistakes over a day never lock a person out, while a
    // guesser gets 32 tries and then 6 an hour.
    static constexpr quint32 MaxAuthFailures = 32;
    static constexpr quint32 RecoverySeconds = 600;
    static constexpr quint32 LockoutRecoverySeconds = 600;

    // tpm2-abrmd's maximum. Every program that uses the cards holds one connection per card and one more, so the
    // software TPM takes at most MaxCards cards, as Windows takes at most ten virtual smart cards: then nine
    // programs can use all of them at once.
    static constexpr int MaxConnections = 100;
    static constexpr int MaxCards = 10;

    // GenericDataLocation + "/vscwizard/swtpm"
    static QString defaultFolder();
    static QString unitName() { return QStringLiteral("vscwizard-swtpm.service"); }
    static QString brokerUnitName() { return QStringLiteral("vscwizard-tabrmd.service"); }

    explicit SoftwareTpm(const QString& folder = defaultFolder(), Mode mode = Mode::Auto);

    QString folder() const { return m_folder; }
    QString socketPath() const;
    // The D-Bus name of its resource manager: one per folder, so tests and a user's own TPM never meet.
    QString busName() const;
    // What every client uses: the resource manager.
    QString tcti() const;
    // swtpm's own socket, for the service itself (its clean stop) and for measuring without a resource manager.
    QString directTcti() const { return QStringLiteral("swtpm:path=") + socketPath(); }
    // The private bus's address where the session has no D-Bus session bus; empty when it has one.
    QString busAddress() const { return m_privateBus ? privateBusAddress() : QString(); }
    // The TPM as clients reach it.
    TpmTarget target() const;
    // The environment variables another program needs to reach the cards, in order.
    QList<QPair<QString, QString>> clientEnvironment() const;

    // Whether swtpm answers and its resource manager runs.
    bool isRunning() const;
    // Starts what does not run; waits until the resource manager answers. A translated message either way;
    // detail gets the raw reason (errno text, the programs' output) on failure.
    bool start(QString* message, QString* detail = nullptr);
    // Resource manager, TPM2_Shutdown, control-channel shutdown, then waits until all is gone.
    bool stop(QString* message, QString* detail = nullptr);
    // Translated lines: the TPM and its resource manager, running or not, where, how.
    QString status() const;

    // `vscwizard [--tpm software:FOLDER] software-tpm start|stop|status` on the software TPM in folder: true on
    // success, and the translated text to print (with the raw reason on a second line after a failure).
    static bool runCommand(const QString& action, const QString& folder, QString* output);

    static QString swtpmProgram();
    static QString brokerProgram();
    static bool systemdUserAvailable();

private:
    QString privateBusAddress() const { return QStringLiteral("unix:path=") + m_folder + QStringLiteral("/bus"); }
    bool usesSystemd() const;
    bool prepareFolder(QString* detail) const;
    bool swtpmRunning() const;
    bool brokerRunning() const;
    QList<qint64> brokerProcesses() const;
    bool privateBusRunning() const;
    // Starts what is missing; called with the control lock held.
    bool launch(QString* detail);
    bool startPrivateBus(QString* detail);
    bool startSwtpm(QString* detail);
    bool startBroker(QString* detail);
    bool waitForBroker(int timeoutMs, QString* detail) const;
    // Sets MaxAuthFailures etc. on a TPM that still has swtpm's defaults.
    bool provision(QString* detail) const;
    bool stopDetached(QString* detail);
    bool stopSystemd(QString* detail);
    // Whether the systemd user units are what keep it running (not detached processes of an earlier start).
    bool runsAsUnit() const;
    // Held while a start or a stop is under way.
    QString controlLockPath() const { return m_folder + QStringLiteral("/control.lock"); }
    // A program's own words (command output and its log) for the details of a failed start.
    QString startFailure(const QString& output, const QString& logName) const;
    bool writeUnits(QString* detail) const;
    bool waitForSwtpm(bool running, int timeoutMs) const;
    QString pidFile() const;
    QString unitFile(const QString& name) const;
    QString activationFile() const;
    QStringList swtpmArguments() const;
    QStringList brokerArguments() const;

    QString m_folder;
    Mode m_mode;
    bool m_privateBus = false;
};

#endif // VSCWIZARD_SOFTWARETPM_H
