// Offences check_source_strings must find, each line saying which (source_strings_planted). Not compiled.
void planted()
{
    label->setText(tr("The card ") + name + tr(" was removed.")); // expect: join (a phrase)
    label->setText(tr("The card %1 is "
                      "locked.")
                       .arg(tr("not")));                // expect: fragment
    label->setText(tr("Left: " + name));                // expect: concat
    label->setText(tr("It holds %1 bytes.").arg(size)); // expect: plural
    const QString where = tr("in the TPM");
    label->setText(tr("The card is %1.").arg(where));                             // expect: fragment (a variable)
    label->setToolTip(QStringLiteral("Remove the card"));                         // expect: literal
    QMessageBox::warning(this, tr("Title."), QStringLiteral("Something failed")); // expect: literal
    std::fprintf(stderr, "cannot start: %s\n", reason);                           // expect: literal
    label->setText(tr("Location: ") + QStringLiteral("the TPM"));                 // expect: join literal
    label->setText(tr("Fine sentence.") + QStringLiteral(" More words."));        // expect: join literal
    text += QLatin1String("\n\n") + tr("A whole sentence.");                      // expect: none
    label->setText(tr("%n byte(s)", nullptr, count));                             // expect: none
}
