#include "ErrorDialog.h"
#include "ui_ErrorDialog.h"

#include "Accessibility.h"
#include "ErrorCatalog.h"

#include <QPushButton>
#include <QScreen>
#include <QStyle>

#include <algorithm>

ErrorDialog::ErrorDialog(QWidget* parent) : QDialog(parent), m_ui(new Ui::ErrorDialog)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("errorDialog"));
    setWindowModality(Qt::WindowModal);

    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_ui->titleLabel->setFont(titleFont);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->iconLabel->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(iconSize));
    m_ui->iconLabel->setAccessibleName(tr("Error"));
    // Announced at once with its title, message and advice, as a message box is.
    Accessibility::announceAsAlert("ErrorDialog");

    connect(m_ui->detailsButton, &QToolButton::toggled, this, &ErrorDialog::setDetailsShown);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    setDetailsShown(false);
}

ErrorDialog::~ErrorDialog() = default;

void ErrorDialog::setError(VscError error, const QString& detail, const FailureCause& cause)
{
    m_error = error;
    showText(ErrorCatalog::explain(error, cause, ErrorCatalog::FrontEnd::Wizard));

    const std::string_view name = Vsc::errorName(error);
    const QString code = tr("Error: TPMVSCMGR_ERROR_%1 (%2)")
                             .arg(QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size())))
                             .arg(static_cast<std::uint32_t>(error));
    const QString backend = detail.isEmpty() ? tr("Backend detail: none") : tr("Backend detail: %1").arg(detail);
    m_ui->detailsEdit->setPlainText(code + QLatin1Char('\n') + backend);
    setDetailsShown(false);
    // OK, not Close: the wizard behind shows a Close button of its own at the same time.
    if (QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok)) {
        ok->setFocus();
    }
}

void ErrorDialog::setCardError(CardError error, const ErrorCatalog::ErrorText& text, const QString& detail)
{
    showText(text);
    const QString code = tr("Card error %1").arg(static_cast<int>(error));
    const QString backend = detail.isEmpty() ? tr("Backend detail: none") : tr("Backend detail: %1").arg(detail);
    m_ui->detailsEdit->setPlainText(code + QLatin1Char('\n') + backend);
    setDetailsShown(false);
    if (QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok)) {
        ok->setFocus();
    }
}

void ErrorDialog::showText(const ErrorCatalog::ErrorText& text)
{
    setWindowTitle(text.title);
    m_ui->titleLabel->setText(text.title);
    m_ui->messageLabel->setText(text.message);
    m_ui->actionLabel->setText(text.action);
    m_ui->actionLabel->setVisible(!text.action.isEmpty());
}

QString ErrorDialog::title() const
{
    return m_ui->titleLabel->text();
}

QString ErrorDialog::message() const
{
    return m_ui->messageLabel->text();
}

QString ErrorDialog::action() const
{
    return m_ui->actionLabel->text();
}

QString ErrorDialog::details() const
{
    return m_ui->detailsEdit->toPlainText();
}

bool ErrorDialog::isDetailsShown() const
{
    return m_ui->detailsButton->isChecked();
}

void ErrorDialog::setDetailsShown(bool shown)
{
    if (m_ui->detailsButton->isChecked() != shown) {
        m_ui->detailsButton->setChecked(shown);
        return; // toggled() calls back with the same value
    }
    m_ui->detailsButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_ui->detailsEdit->setVisible(shown);
    fitToText();
}

void ErrorDialog::fitToText()
{
    // Wrapped labels know their height only for a given width, and a top-level QDialog lays out for the width it was
    // given in the form: choose the width (about 60 characters of the dialog's font, never less than the form's), then
    // take the height the layout needs for it. Without this the dialog first opened with its text clipped.
    m_ui->mainLayout->activate();
    const int readable = fontMetrics().averageCharWidth() * 60;
    int width = std::max({minimumWidth(), readable, m_ui->mainLayout->minimumSize().width()});
    if (const QScreen* screen = this->screen()) {
        width = std::min(width, screen->availableGeometry().width() * 9 / 10);
    }
    const int height = m_ui->mainLayout->hasHeightForWidth() ? m_ui->mainLayout->totalHeightForWidth(width)
                                                             : m_ui->mainLayout->totalSizeHint().height();
    resize(width, std::max(height, m_ui->mainLayout->totalMinimumSize().height()));
}
