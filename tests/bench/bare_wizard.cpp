/*
 * The reference for the startup benchmark: the least a QWizard costs to show its first page (Qt's default wizard
 * style, its default size). With VSCWIZARD_BENCH_QUIT_ON_SHOW=1 it quits with 0 once that page has been painted,
 * like vscwizard does; the benchmark sees the window appear on its X server.
 */
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

namespace {

// Quits after the first paint of the watched widget has finished.
class QuitOnFirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);

    QWizard wizard;
    auto* page = new QWizardPage;
    page->setTitle(QStringLiteral("Welcome"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(QStringLiteral("A bare wizard with one page.")));
    wizard.addPage(page);

    if (qEnvironmentVariable("VSCWIZARD_BENCH_QUIT_ON_SHOW") == QLatin1String("1")) {
        page->installEventFilter(new QuitOnFirstPaint(&wizard));
    }
    wizard.show();
    return application.exec();
}
