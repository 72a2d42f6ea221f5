#include "TestTpm.h"

#include "Pkcs11Module.h"
#include "SessionBus.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <cstring>

TestTpm::TestTpm()
    : m_busReady(SessionBus::ensure())
    , m_dir(QDir::tempPath() + QStringLiteral("/vsctpm-XXXXXX"))
    , m_tpm(m_dir.path() + QStringLiteral("/tpm"), SoftwareTpm::Mode::Detached)
{
    if (!m_busReady || !m_dir.isValid()) {
        m_error = m_busReady ? m_dir.errorString() : QStringLiteral("dbus-daemon did not start");
        return;
    }
    QString message;
    m_ready = m_tpm.start(&message, &m_error);
    if (!m_ready && m_error.isEmpty()) {
        m_error = message;
    }
}

TestTpm::~TestTpm()
{
    // Also after a failed start: whatever did start goes, so no test leaves processes behind.
    m_tpm.stop(nullptr);
    if (!m_ready || m_lockoutExpected) {
        return;
    }
    // An unclean stop after a PIN use is counted at the next start, so the counter is read after one.
    QString detail;
    TpmLockoutState state;
    if (m_tpm.start(nullptr, &detail)) {
        state = TpmWire::lockoutState(m_tpm.target(), &detail);
        m_tpm.stop(nullptr);
    }
    if (!state.known || state.failedTries != 0) {
        const QByteArray message = state.known ? QByteArray("the test left the TPM's lockout counter at ") +
                                                     QByteArray::number(state.failedTries)
                                               : QByteArray("the TPM did not start again: ") + detail.toUtf8();
        QTest::qFail(message.constData(), __FILE__, __LINE__);
    }
}

std::unique_ptr<Tpm2Backend> TestTpm::backend() const
{
    TpmTarget target;
    target.kind = TpmTarget::Kind::Software;
    return std::make_unique<Tpm2Backend>(target, store(), Pkcs11Module::findTpm2Module(),
                                         std::make_unique<SoftwareTpm>(m_tpm.folder(), SoftwareTpm::Mode::Detached));
}

QProcessEnvironment TestTpm::clientEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto& [name, value] : m_tpm.clientEnvironment()) {
        environment.insert(name, value);
    }
    environment.insert(QStringLiteral("TPM2_PKCS11_STORE"), store());
    environment.insert(QStringLiteral("TPM2_PKCS11_LOG_LEVEL"), QStringLiteral("0"));
    environment.insert(QStringLiteral("TSS2_LOG"), QStringLiteral("all+NONE"));
    return environment;
}

int TestTpm::pkcs11Tool(const QStringList& arguments, QByteArray* output) const
{
    QProcess process;
    process.setProcessEnvironment(clientEnvironment());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStandardPaths::findExecutable(QStringLiteral("pkcs11-tool")),
                  QStringList{QStringLiteral("--module"), Pkcs11Module::findTpm2Module()} + arguments);
    const bool finished = process.waitForFinished(60000);
    *output = process.readAll();
    return finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

CardSpec testSpec(const QString& name, const char* pin, const char* puk, bool generate)
{
    CardSpec spec;
    spec.name = name;
    spec.pin = SecretBuffer(pin, std::strlen(pin));
    if (puk) {
        spec.puk = SecretBuffer(puk, std::strlen(puk));
    }
    spec.generate = generate;
    return spec;
}
