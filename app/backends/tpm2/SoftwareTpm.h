/*
 * The software TPM the program runs for the user when no hardware TPM is
 * usable: an swtpm with its state and unix socket in one private folder,
 * kept running as a per-user background service (a systemd user unit where
 * systemd --user runs, otherwise a detached process) so that cards stay
 * usable by other applications after the wizard closes.
 *
 * It is always stopped cleanly: TPM2_Shutdown, then the swtpm control
 * channel's shutdown, so the TPM's dictionary-attack counter is not raised.
 *
 * Every call may block (process start, socket): run it on the device thread.
 */
#ifndef VSCWIZARD_SOFTWARETPM_H
#define VSCWIZARD_SOFTWARETPM_H

#include <QCoreApplication>
#include <QString>

class SoftwareTpm
{
    Q_DECLARE_TR_FUNCTIONS(SoftwareTpm)

public:
    enum class Mode
    {
        // A systemd user unit when `systemctl --user` answers, otherwise a detached process.
        Auto,
        // Always a detached process with a pid file (tests use this, one TPM per test folder).
        Detached,
    };

    // GenericDataLocation + "/vscwizard/swtpm"
    static QString defaultFolder();
    static QString unitName() { return QStringLiteral("vscwizard-swtpm.service"); }

    explicit SoftwareTpm(const QString& folder = defaultFolder(), Mode mode = Mode::Auto);

    QString folder() const { return m_folder; }
    QString socketPath() const;
    QString tcti() const { return QStringLiteral("swtpm:path=") + socketPath(); }

    // Whether something answers on the socket.
    bool isRunning() const;
    // Starts it unless it runs; waits until the socket answers. A translated message either way;
    // detail gets the raw reason (errno text, swtpm's output) on failure.
    bool start(QString* message, QString* detail = nullptr);
    // TPM2_Shutdown + control-channel shutdown, then waits until it is gone.
    bool stop(QString* message, QString* detail = nullptr);
    // One translated line: running or not, where, how.
    QString status() const;

    // `vscwizard software-tpm start|stop|status` on the default software TPM: true on success, and the
    // translated text to print (with the raw reason on a second line after a failure).
    static bool runCommand(const QString& action, QString* output);

    static QString swtpmProgram();
    static bool systemdUserAvailable();

private:
    bool prepareFolder(QString* detail) const;
    // Clears what a crashed swtpm left, starts one and waits for its socket. Called with the control lock held.
    bool launch(QString* detail);
    // Whether the systemd user unit is what keeps it running (not a detached swtpm of an earlier start).
    bool runsAsUnit() const;
    // Held while a start or a stop is under way.
    QString controlLockPath() const { return m_folder + QStringLiteral("/control.lock"); }
    bool startDetached(QString* detail);
    bool startSystemd(QString* detail);
    // swtpm's own words (command output and its log) for the details of a failed start.
    QString startFailure(const QString& output) const;
    bool writeUnit(QString* detail) const;
    bool waitUntil(bool running, int timeoutMs) const;
    QString pidFile() const;
    QString unitFile() const;

    QString m_folder;
    Mode m_mode;
};

#endif // VSCWIZARD_SOFTWARETPM_H
