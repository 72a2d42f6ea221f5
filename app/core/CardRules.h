/*
 * The rules a card's name and recovery secrets must meet, in one place: every wizard page, the command line and
 * every backend ask these functions and repeat none of them. (PIN length and character classes are the PIN
 * policy's: PinPolicy.)
 *
 * Every problem comes back as one translated sentence, empty when there is none.
 */
#ifndef VSCWIZARD_CARDRULES_H
#define VSCWIZARD_CARDRULES_H

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstddef>

class SecretBuffer;

class CardRules
{
    Q_DECLARE_TR_FUNCTIONS(CardRules)

public:
    // A name of at most maxBytes bytes in UTF-8 (BackendInfo::maxNameBytes: a token label's real length), with no
    // control, format (bidi overrides, zero-width joiners) or line-separator character, no replacement character
    // (what is left of bytes that were not UTF-8), and no space at either end.
    static QString nameProblem(const QString& name, int maxBytes);
    // A name as the command line gets it: the bytes must be UTF-8, never silently repaired.
    static QString nameBytesProblem(const QByteArray& bytes, int maxBytes);
    static bool isForbiddenInName(char32_t character);

    // A PIN or PUK must be UTF-8 without a NUL byte, so that any other program can type it.
    static QString pinEncodingProblem(const SecretBuffer& pin);
    // The PUK: UTF-8 without NUL, Vsc::MinPukLength..MaxPukLength bytes, and not the PIN.
    static QString pukProblem(const SecretBuffer& puk, const SecretBuffer& pin);

    static bool isValidUtf8(const char* data, std::size_t size);
};

#endif // VSCWIZARD_CARDRULES_H
