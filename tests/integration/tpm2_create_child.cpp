// Runs one create on the given TPM and store and kills itself with SIGKILL when the backend reports the
// given status: a create interrupted the hardest way, for the crash-recovery test.
// Usage: tpm2_create_child SOFTWARE_TPM_FOLDER STORE NAME STATUS_NUMBER

#include "TestTpm.h"

#include "Pkcs11Module.h"

#include <QCoreApplication>

#include <csignal>

namespace {

class KillingSink : public StatusSink
{
public:
    explicit KillingSink(VscStatus killAt) : m_killAt(killAt) {}
    Answer reportProgress(VscStatus status) override
    {
        if (status == m_killAt) {
            std::raise(SIGKILL);
        }
        return Answer::Continue;
    }
    Answer reportError(VscError) override { return Answer::Continue; }

private:
    VscStatus m_killAt;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 5) {
        return 2;
    }
    TpmTarget target;
    target.kind = TpmTarget::Kind::Software;
    target.softwareFolder = arguments.at(1);
    Tpm2Backend backend(target, arguments.at(2), Pkcs11Module::findTpm2Module());
    KillingSink sink(static_cast<VscStatus>(arguments.at(4).toUInt()));
    const OperationResult result = backend.createCard(testSpec(arguments.at(3)), sink);
    return result.succeeded() ? 0 : 1;
}
