// The token store is never damaged (issue 9, point 2), and --tpm device:PATH writes only to a character device
// (point 5). Through the real command line: a store that is a file, a folder anyone may write to, another user's
// folder, a folder with unrelated content and a mistyped path are refused with the reason and left exactly as they
// were; only the store's own folder is ever made, below one that exists; the mode of a folder the program did not
// make never changes; a read-only store is listed without a byte written.

#include "TestTpm.h"

#include "TokenStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

#include "CliRun.h"

namespace {

const QByteArray Pin = "31415926";
const QByteArray Puk = "27182818";
constexpr int InitializeExit = 10 + int(VscError::VtpmSmartCardInitialize);
constexpr int StorageDestroyExit = 10 + int(VscError::VtpmSmartCardDestroy);

#define REQUIRE_TPM(tpm) QVERIFY2((tpm).isReady(), qPrintable((tpm).error()))

// Everything below a path as it is: names, types, modes, owners and contents. Equal snapshots mean nothing changed.
QByteArray snapshot(const QString& path)
{
    QByteArray state;
    const auto add = [&state](const QString& entry) {
        struct stat file
        {
        };
        if (::lstat(QFile::encodeName(entry).constData(), &file) != 0) {
            state += entry.toUtf8() + " absent\n";
            return;
        }
        state += entry.toUtf8() + ' ' + QByteArray::number(file.st_mode, 8) + ' ' + QByteArray::number(file.st_uid) +
                 ' ' + QByteArray::number(static_cast<qint64>(file.st_size));
        if (S_ISREG(file.st_mode)) {
            QFile content(entry);
            if (content.open(QIODevice::ReadOnly)) {
                state += ' ' + QCryptographicHash::hash(content.readAll(), QCryptographicHash::Sha256).toHex();
            }
        }
        state += '\n';
    };
    add(path);
    QStringList entries;
    QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        entries << it.next();
    }
    entries.sort();
    for (const QString& entry : entries) {
        add(entry);
    }
    return state;
}

mode_t modeOf(const QString& path)
{
    struct stat file
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &file) == 0 ? file.st_mode & 07777 : 0;
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestTokenStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedStoresAreLeftAlone_data();
    void refusedStoresAreLeftAlone();
    void theEnvironmentVariableIsCheckedAlike();
    void aRefusedStoreStartsNoSoftwareTpm();
    void onlyTheLastFolderIsMade();
    void anExistingFolderKeepsItsMode();
    void listWritesNothing();
    void readOnlyStoreIsListed();
    void deviceMustBeACharacterDevice_data();
    void deviceMustBeACharacterDevice();

private:
    CliRun vsc(const TestTpm& tpm, const QString& store, const QStringList& arguments,
               const QByteArray& input = QByteArray(), const QProcessEnvironment& environment = cliEnvironment()) const
    {
        QStringList all{QStringLiteral("--backend"), QStringLiteral("tpm2"), QStringLiteral("--tpm"),
                        QStringLiteral("software:") + tpm.folder()};
        if (!store.isNull()) {
            all << QStringLiteral("--store") << store;
        }
        return runCli(QStringLiteral(VSCWIZARD_EXECUTABLE), all + arguments, input, 120000, environment);
    }
    CliRun create(const TestTpm& tpm, const QString& store, const QString& name) const
    {
        return vsc(tpm, store,
                   {QStringLiteral("create"), QStringLiteral("--name"), name, QStringLiteral("--puk"),
                    QStringLiteral("prompt")},
                   Pin + '\n' + Puk + '\n');
    }
    // Runs the command line with the store on a read-only file system (a bind mount in a mount namespace of its
    // own, as root), or with the store's write permissions taken away (any other user). Empty exit code -2 when
    // neither works here.
    CliRun vscOnReadOnlyStore(const TestTpm& tpm, const QString& store, const QStringList& arguments,
                              const QByteArray& input = QByteArray()) const
    {
        const QStringList all = QStringList{QStringLiteral("--backend"), QStringLiteral("tpm2"),
                                            QStringLiteral("--tpm"),     QStringLiteral("software:") + tpm.folder(),
                                            QStringLiteral("--store"),   store} +
                                arguments;
        if (::geteuid() != 0) {
            return runCli(QStringLiteral(VSCWIZARD_EXECUTABLE), all, input, 120000);
        }
        const QString script =
            QStringLiteral("mount --bind \"$0\" \"$0\" && mount -o remount,bind,ro \"$0\" && exec \"$@\"");
        return runCli(QStringLiteral("unshare"),
                      QStringList{QStringLiteral("--mount"), QStringLiteral("sh"), QStringLiteral("-c"), script, store,
                                  QStringLiteral(VSCWIZARD_EXECUTABLE)} +
                          all,
                      input, 120000);
    }
};

void TestTokenStore::refusedStoresAreLeftAlone_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("causeText");
    QTest::newRow("a file") << QStringLiteral("file") << QStringLiteral("is a file, not a folder");
    QTest::newRow("a folder anyone may write to (1777)")
        << QStringLiteral("shared") << QStringLiteral("is a folder anyone may write to (mode 1777)");
    QTest::newRow("another user's folder") << QStringLiteral("foreign") << QStringLiteral("belongs to another user");
    QTest::newRow("a folder with unrelated content")
        << QStringLiteral("unrelated") << QStringLiteral("holds files that are not a token store's");
    QTest::newRow("a mistyped path") << QStringLiteral("mistyped") << QStringLiteral("Neither the token store");
}

// Each is refused by list, create and destroy with its reason and the option to change, and is left as it was: no
// mode changed, no database, no lock file, no folder made.
void TestTokenStore::refusedStoresAreLeftAlone()
{
    QFETCH(QString, kind);
    QFETCH(QString, causeText);
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    QTemporaryDir base;
    QVERIFY(base.isValid());
    QString store = base.filePath(QStringLiteral("store"));
    if (kind == QLatin1String("file")) {
        QVERIFY(writeFile(store, "my notes\n"));
    } else if (kind == QLatin1String("shared")) {
        QVERIFY(QDir().mkdir(store));
        QCOMPARE(::chmod(QFile::encodeName(store).constData(), 01777), 0);
    } else if (kind == QLatin1String("foreign")) {
        if (::geteuid() == 0) {
            QVERIFY(QDir().mkdir(store));
            QCOMPARE(::chmod(QFile::encodeName(store).constData(), 0755), 0);
            QCOMPARE(::chown(QFile::encodeName(store).constData(), 65534, 65534), 0);
        } else {
            // A folder of root's that an ordinary user may read.
            store = QStringLiteral("/usr/share/doc");
        }
    } else if (kind == QLatin1String("unrelated")) {
        QVERIFY(QDir().mkdir(store));
        QVERIFY(writeFile(store + QStringLiteral("/thesis.odt"), "years of work"));
        QVERIFY(QDir().mkdir(store + QStringLiteral("/photos")));
    } else {
        store = base.filePath(QStringLiteral("stroe/tpm2"));
    }
    const QByteArray before = snapshot(kind == QLatin1String("mistyped") ? base.path() : store);

    const CliRun listed = vsc(tpm, store, {QStringLiteral("list")});
    const CliRun created = create(tpm, store, QStringLiteral("Refused"));
    const CliRun destroyed =
        vsc(tpm, store, {QStringLiteral("destroy"), QStringLiteral("--instance"), QStringLiteral("tpm2:Refused")});
    QList<const CliRun*> refused{&created};
    if (kind == QLatin1String("mistyped")) {
        // Nothing to list, nothing to remove.
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        QVERIFY2(destroyed.err.contains("no card with the instance id"), destroyed.err.constData());
    } else {
        refused << &listed << &destroyed;
        QCOMPARE(listed.exitCode, InitializeExit);
        QCOMPARE(destroyed.exitCode, StorageDestroyExit);
    }
    QCOMPARE(created.exitCode, InitializeExit);
    for (const CliRun* run : refused) {
        QVERIFY2(run->err.contains(causeText.toUtf8()), run->err.constData());
        QVERIFY2(run->err.contains("--store"), run->err.constData());
        QVERIFY2(run->err.contains(QFile::encodeName(store)), run->err.constData());
        // The catalogue's advice for a TPM that is not ready is not given for a store.
        QVERIFY2(!run->err.toLower().contains("restart the computer"), run->err.constData());
    }
    QCOMPARE(snapshot(kind == QLatin1String("mistyped") ? base.path() : store), before);
}

// TPM2_PKCS11_STORE, the library's own setting, names a store as --store does, and is held to the same rules.
void TestTokenStore::theEnvironmentVariableIsCheckedAlike()
{
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    QTemporaryDir base;
    QVERIFY(base.isValid());
    QCOMPARE(::chmod(QFile::encodeName(base.path()).constData(), 01777), 0);
    const QByteArray before = snapshot(base.path());
    QProcessEnvironment environment = cliEnvironment();
    environment.insert(QStringLiteral("TPM2_PKCS11_STORE"), base.path());
    const CliRun created = vsc(tpm, QString(),
                               {QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Shared"),
                                QStringLiteral("--puk"), QStringLiteral("prompt")},
                               Pin + '\n' + Puk + '\n', environment);
    QCOMPARE(created.exitCode, InitializeExit);
    QVERIFY2(created.err.contains("anyone may write to"), created.err.constData());
    QVERIFY2(created.err.contains("TPM2_PKCS11_STORE"), created.err.constData());
    QCOMPARE(snapshot(base.path()), before);
}

// The store is looked at first: refusing it needs no TPM, so none is started for it.
void TestTokenStore::aRefusedStoreStartsNoSoftwareTpm()
{
    QTemporaryDir base;
    QVERIFY(base.isValid());
    const QString store = base.filePath(QStringLiteral("store"));
    QVERIFY(writeFile(store, "not a store\n"));
    const QString tpmFolder = base.filePath(QStringLiteral("tpm"));
    const CliRun listed =
        runCli(QStringLiteral(VSCWIZARD_EXECUTABLE),
               {QStringLiteral("--backend"), QStringLiteral("tpm2"), QStringLiteral("--tpm"),
                QStringLiteral("software:") + tpmFolder, QStringLiteral("--store"), store, QStringLiteral("list")});
    QCOMPARE(listed.exitCode, InitializeExit);
    QVERIFY2(listed.err.contains("is a file, not a folder"), listed.err.constData());
    QVERIFY(!QFileInfo::exists(tpmFolder));
}

// A store that does not exist is made, private, when the folder that holds it exists; the database in it is
// private too. The folder above keeps its mode.
void TestTokenStore::onlyTheLastFolderIsMade()
{
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    QTemporaryDir base;
    QVERIFY(base.isValid());
    QCOMPARE(::chmod(QFile::encodeName(base.path()).constData(), 0755), 0);
    const QString store = base.filePath(QStringLiteral("cards"));
    const CliRun made = create(tpm, store, QStringLiteral("New"));
    QVERIFY2(made.exitCode == 0, made.err.constData());
    QCOMPARE(modeOf(base.path()), mode_t(0755));
    QCOMPARE(modeOf(store), mode_t(0700));
    QCOMPARE(modeOf(TokenStore(store).databasePath()), mode_t(0600));
    // The files the store then holds are all the store's own.
    for (const QString& name : QDir(store).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
        QVERIFY2(TokenStore::storeFileNames().contains(name), qPrintable(name));
    }
    QCOMPARE(TokenStore(store).labels(), QStringList{QStringLiteral("New")});
}

// An existing folder the user made, empty or already a store, is used as it is: its mode never changes.
void TestTokenStore::anExistingFolderKeepsItsMode()
{
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    QTemporaryDir base;
    QVERIFY(base.isValid());
    const QString store = base.filePath(QStringLiteral("mine"));
    QVERIFY(QDir().mkdir(store));
    QCOMPARE(::chmod(QFile::encodeName(store).constData(), 0750), 0);
    const CliRun made = create(tpm, store, QStringLiteral("Kept"));
    QVERIFY2(made.exitCode == 0, made.err.constData());
    QCOMPARE(modeOf(store), mode_t(0750));
    // The database the program made is private all the same.
    QCOMPARE(modeOf(TokenStore(store).databasePath()), mode_t(0600));
    const CliRun listed = vsc(tpm, store, {QStringLiteral("list")});
    QVERIFY2(listed.exitCode == 0 && listed.out.contains("Kept"), listed.err.constData());
    const CliRun destroyed =
        vsc(tpm, store, {QStringLiteral("destroy"), QStringLiteral("--instance"), QStringLiteral("tpm2:Kept")});
    QVERIFY2(destroyed.exitCode == 0, destroyed.err.constData());
    QCOMPARE(modeOf(store), mode_t(0750));
}

// A list of a store that does not exist, or of an empty folder, shows no cards and makes nothing.
void TestTokenStore::listWritesNothing()
{
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    QTemporaryDir base;
    QVERIFY(base.isValid());
    const QString missing = base.filePath(QStringLiteral("missing"));
    CliRun listed = vsc(tpm, missing, {QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QCOMPARE(QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("cards")).toArray().size(), 0);
    QVERIFY(!QFileInfo::exists(missing));

    const QString empty = base.filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkdir(empty));
    QCOMPARE(::chmod(QFile::encodeName(empty).constData(), 0755), 0);
    const QByteArray before = snapshot(empty);
    listed = vsc(tpm, empty, {QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QCOMPARE(QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("cards")).toArray().size(), 0);
    QCOMPARE(snapshot(empty), before);
}

// A store this process may not write is listed as any other, without a byte written in it (tpm2-pkcs11 itself would
// write a lock file); a create or destroy is refused with the reason.
void TestTokenStore::readOnlyStoreIsListed()
{
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    const QString store = tpm.store();
    QVERIFY2(create(tpm, store, QStringLiteral("Fixed")).exitCode == 0, "the first card");
    // As a client that exits last leaves it: the database alone, without its log and index.
    {
        QProcess tool;
        tool.setProcessEnvironment(tpm.clientEnvironment());
        tool.start(QStringLiteral(PKCS11_TOOL),
                   {QStringLiteral("--module"), Pkcs11Module::findTpm2Module(), QStringLiteral("--list-token-slots")});
        QVERIFY(tool.waitForFinished(60000) && tool.exitCode() == 0);
    }
    if (::geteuid() != 0) {
        QCOMPARE(::chmod(QFile::encodeName(TokenStore(store).databasePath()).constData(), 0400), 0);
        QCOMPARE(::chmod(QFile::encodeName(store).constData(), 0500), 0);
    }
    const QByteArray before = snapshot(store);

    const CliRun listed = vscOnReadOnlyStore(tpm, store, {QStringLiteral("list"), QStringLiteral("--json")});
    if (::geteuid() == 0 && listed.exitCode != 0 && listed.err.contains("mount")) {
        QSKIP("no mount namespace here to make the store read-only for root");
    }
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    const QJsonArray cards = QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("cards")).toArray();
    QCOMPARE(cards.size(), 1);
    QCOMPARE(cards.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Fixed"));

    const CliRun made = vscOnReadOnlyStore(tpm, store,
                                           {QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("More"),
                                            QStringLiteral("--puk"), QStringLiteral("prompt")},
                                           Pin + '\n' + Puk + '\n');
    QCOMPARE(made.exitCode, InitializeExit);
    QVERIFY2(made.err.contains("is not writable") && made.err.contains("--store"), made.err.constData());
    const CliRun destroyed = vscOnReadOnlyStore(
        tpm, store, {QStringLiteral("destroy"), QStringLiteral("--instance"), QStringLiteral("tpm2:Fixed")});
    QCOMPARE(destroyed.exitCode, StorageDestroyExit);
    QVERIFY2(destroyed.err.contains("is not writable"), destroyed.err.constData());
    QCOMPARE(snapshot(store), before);
    if (::geteuid() != 0) {
        QCOMPARE(::chmod(QFile::encodeName(store).constData(), 0700), 0);
    }
}

void TestTokenStore::deviceMustBeACharacterDevice_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("what");
    QTest::newRow("a regular file") << QStringLiteral("file") << QStringLiteral("a regular file");
    QTest::newRow("a folder") << QStringLiteral("folder") << QStringLiteral("a folder");
    QTest::newRow("a named pipe") << QStringLiteral("fifo") << QStringLiteral("a named pipe");
}

// `--tpm device:PATH` on anything but a character device: refused before a byte is written, with what to use instead;
// a regular file keeps its content (it used to get a TPM command over its first bytes).
void TestTokenStore::deviceMustBeACharacterDevice()
{
    QFETCH(QString, kind);
    QFETCH(QString, what);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("tpm0"));
    if (kind == QLatin1String("file")) {
        QVERIFY(writeFile(path, QByteArray("precious data, not a TPM\n").repeated(100)));
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkdir(path));
    } else {
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    }
    const QByteArray before = snapshot(dir.path());
    const QString store = dir.filePath(QStringLiteral("store"));
    const QStringList common{QStringLiteral("--backend"),      QStringLiteral("tpm2"),    QStringLiteral("--tpm"),
                             QStringLiteral("device:") + path, QStringLiteral("--store"), store};
    const QString expected = QStringLiteral("%1 is not a TPM but %2, so nothing was written to it.").arg(path, what);
    for (const QStringList& command :
         {QStringList{QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Card"),
                      QStringLiteral("--puk"), QStringLiteral("prompt")},
          QStringList{QStringLiteral("list")}}) {
        const CliRun run = runCli(QStringLiteral(VSCWIZARD_EXECUTABLE), common + command, Pin + '\n' + Puk + '\n');
        QCOMPARE(run.exitCode, InitializeExit);
        QVERIFY2(run.err.contains(expected.toUtf8()), run.err.constData());
        QVERIFY2(run.err.contains("--tpm software"), run.err.constData());
        QVERIFY2(!run.err.contains("group tss") && !run.err.toLower().contains("restart the computer"),
                 run.err.constData());
    }
    // The program's own TPM commands and what tpm2-pkcs11 is given (a device: TCTI through --tpm tcti:) alike.
    TpmTarget target;
    target.kind = TpmTarget::Kind::Tcti;
    target.tcti = QStringLiteral("device:") + path;
    QString error;
    QVERIFY(!TpmWire::lockoutState(target, &error).known);
    QVERIFY2(error.contains(QStringLiteral("not a character device")), qPrintable(error));
    Tpm2Backend backend(target, store, Pkcs11Module::findTpm2Module());
    const OperationResult listed = backend.listCards();
    QCOMPARE(listed.error, VscError::VtpmSmartCardInitialize);
    QCOMPARE(listed.cause.id, QStringLiteral("tpm-not-a-device"));
    QVERIFY2(listed.cause.message.contains(expected), qPrintable(listed.cause.message));
    QCOMPARE(snapshot(dir.path()), before);
}

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
