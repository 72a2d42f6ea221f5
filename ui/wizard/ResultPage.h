/*
 * The end of a successful create: the instance id, whether a restart is
 * needed, and how applications reach the card.
 */
#ifndef VSCWIZARD_RESULTPAGE_H
#define VSCWIZARD_RESULTPAGE_H

#include <QWizardPage>

#include <memory>

namespace Ui {
class ResultPage;
}

class EnrollmentWizard;

class ResultPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ResultPage(EnrollmentWizard* wizard);
    ~ResultPage() override;

    void initializePage() override;

private:
    const std::unique_ptr<Ui::ResultPage> m_ui;
    EnrollmentWizard* m_wizard;
};

#endif // VSCWIZARD_RESULTPAGE_H
