// Offences check_source_strings must find (source_strings_planted expects exactly their number). Not compiled.
void planted()
{
    label->setText(tr("The card ") + name + tr(" was removed.")); // join: a phrase
    label->setText(tr("The card %1 is "
                      "locked.")
                       .arg(tr("not")));                // fragment
    label->setText(tr("Left: " + name));                // concat
    label->setText(tr("It holds %1 bytes.").arg(size)); // plural
    const QString where = tr("in the TPM");
    label->setText(tr("The card is %1.").arg(where));                             // fragment (variable)
    label->setToolTip(QStringLiteral("Remove the card"));                         // literal
    QMessageBox::warning(this, tr("Title."), QStringLiteral("Something failed")); // literal
    std::fprintf(stderr, "cannot start: %s\n", reason);                           // literal
    label->setText(tr("Location: ") + QStringLiteral("the TPM"));                 // join (phrase)
    label->setText(tr("Fine sentence.") + QStringLiteral(" More words."));        // join (words)
    text += QLatin1String("\n\n") + tr("A whole sentence.");                      // allowed
    label->setText(tr("%n byte(s)", nullptr, count));                             // allowed
}
