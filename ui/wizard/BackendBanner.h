/*
 * The banner on top of every wizard page that says the card is not made by
 * a hardware TPM (simulator, software TPM). Drawn by its own paintEvent rather
 * than by a style sheet: a style sheet makes Qt build a QStyleSheetStyle,
 * which cost about 1.3 ms of the first window's start (issue 10, point 6).
 */
#ifndef VSCWIZARD_BACKENDBANNER_H
#define VSCWIZARD_BACKENDBANNER_H

#include "WrappedLabel.h"

class BackendBanner : public WrappedLabel
{
public:
    explicit BackendBanner(const QString& warning, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void updateIndent();
};

#endif // VSCWIZARD_BACKENDBANNER_H
