#include "TestTpm.h"

#include "Pkcs11Module.h"

#include <cstring>

TestTpm::TestTpm()
    : m_dir(QDir::tempPath() + QStringLiteral("/vsctpm-XXXXXX"))
    , m_tpm(m_dir.path() + QStringLiteral("/tpm"), SoftwareTpm::Mode::Detached)
{
    if (!m_dir.isValid()) {
        m_error = m_dir.errorString();
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
