/*
 * The commit page: what will be created, without any secret. Its button
 * reads "Create"; once past it the create runs.
 */
#ifndef VSCWIZARD_SUMMARYPAGE_H
#define VSCWIZARD_SUMMARYPAGE_H

#include <QWizardPage>

#include <memory>

namespace Ui {
class SummaryPage;
}

class EnrollmentWizard;
struct BackendInfo;
struct CardSpec;

class SummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SummaryPage(EnrollmentWizard* wizard);
    ~SummaryPage() override;

    void initializePage() override;

private:
    // The recovery and admin key rows and the warning, worked out together so that they never disagree.
    struct RecoveryTexts
    {
        QString recovery;
        QString adminKey;
        // Shown in the warning colour under the rows; empty for none.
        QString warning;
    };
    static RecoveryTexts recoveryTexts(const CardSpec& spec, const BackendInfo& info);

    const std::unique_ptr<Ui::SummaryPage> m_ui;
    EnrollmentWizard* m_wizard;
};

#endif // VSCWIZARD_SUMMARYPAGE_H
