/*
 * Moving secrets out of Qt strings (a QLineEdit's text, a line read from a
 * terminal) into SecretBuffer, and wiping what Qt held.
 *
 * Best effort by nature: a QString shared with another holder is detached
 * before it is wiped, so callers take the text straight from its source and
 * clear the source right after.
 */
#ifndef VSCWIZARD_SECRETTEXT_H
#define VSCWIZARD_SECRETTEXT_H

#include "SecretBuffer.h"

#include <QByteArrayView>

class QByteArray;
class QString;

namespace SecretText {

// UTF-8 bytes of the text in a SecretBuffer; the text is wiped and emptied.
SecretBuffer take(QString& text);
// The same for raw bytes (a line read from stdin).
SecretBuffer take(QByteArray& bytes);

void wipe(QString& text);
void wipe(QByteArray& bytes);

inline QByteArrayView view(const SecretBuffer& secret)
{
    return QByteArrayView(secret.chars(), static_cast<qsizetype>(secret.size()));
}

} // namespace SecretText

#endif // VSCWIZARD_SECRETTEXT_H
