#include "AppOptions.h"

#include "GlobalOptions.h"
#include "UserText.h"

bool AppOptions::parse(const QStringList& arguments, AppOptions* options, QString* error)
{
    // Options that take a value, as "--name VALUE" or "--name=VALUE": the list the launcher reads too.
    QStringList valued;
    for (const char* name : GlobalOptions::Valued) {
        valued.append(QLatin1String(name));
    }
    AppOptions parsed;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String(GlobalOptions::EndOfOptions)) {
            // Everything after "--" belongs to the command, even what looks like a global option.
            parsed.command.append(arguments.mid(i));
            break;
        }
        QString name = argument;
        QString value;
        bool hasValue = false;
        const int equals = argument.indexOf(QLatin1Char('='));
        if (argument.startsWith(QLatin1String("--")) && equals > 2) {
            name = argument.left(equals);
            value = argument.mid(equals + 1);
            hasValue = true;
        }
        if (!valued.contains(name)) {
            parsed.command.append(argument);
            continue;
        }
        if (!hasValue) {
            // "--backend --lang de" forgot the backend; taking "--lang" as its name would hide that.
            if (i + 1 >= arguments.size() || arguments.at(i + 1).startsWith(QLatin1String("--"))) {
                if (error) {
                    *error = tr("The option %1 needs a value.").arg(name);
                }
                return false;
            }
            value = arguments.at(++i);
        }
        if (name == QLatin1String("--backend")) {
            parsed.backend.name = value;
        } else if (name == QLatin1String("--lang")) {
            parsed.language = value;
        } else if (name == QLatin1String("--policy")) {
            parsed.policyFile = value;
        } else if (name == QLatin1String("--sim-state")) {
            parsed.backend.simState = value;
        } else if (name == QLatin1String("--sim-delay")) {
            bool ok = false;
            const int delay = value.toInt(&ok);
            if (!ok || delay < 0 || delay > 600000) {
                if (error) {
                    *error =
                        tr("--sim-delay takes milliseconds from 0 to 600000, not \"%1\".").arg(UserText::cut(value));
                }
                return false;
            }
            parsed.backend.simDelayMs = delay;
        } else if (name == QLatin1String("--sim-fail")) {
            parsed.backend.simFail = value;
        } else if (name == QLatin1String("--tpm")) {
            parsed.backend.tpm = value;
        } else if (name == QLatin1String("--store")) {
            parsed.backend.store = value;
        }
    }
    *options = parsed;
    return true;
}

QString AppOptions::helpText()
{
    return tr("Global options:\n"
              "  --backend NAME       tpm2, windows or simulator (tests and demos only)\n"
              "  --lang LANG          language of messages, e.g. de\n"
              "  --policy FILE        organization PIN policy file\n"
              "  --tpm WHICH          tpm2: auto, device[:PATH], software[:FOLDER] or tcti:STRING\n"
              "  --store DIR          tpm2: the token store folder\n"
              "  --sim-state DIR      simulator: folder that keeps its cards\n"
              "  --sim-delay MS       simulator: delay of each step\n"
              "  --sim-fail ERR[@ST]  simulator: fail with error ERR at status ST, or with a card\n"
              "                       error: CARD:ERR[@change-pin|reset-pin|change-puk|status]\n");
}
