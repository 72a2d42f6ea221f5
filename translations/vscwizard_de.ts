<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AdminKey</name>
    <message>
        <location filename="../app/core/AdminKey.cpp" line="+137"/>
        <source>Character %1 (&apos;%2&apos;) is not a hex digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The admin key has %n hex digit(s); it needs exactly %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Character %1 (&apos;%2&apos;) splits a pair of hex digits; spaces and colons may only stand between pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The admin key has %n byte(s); it needs exactly %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <location filename="../app/core/AppOptions.cpp" line="+36"/>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--sim-delay takes milliseconds from 0 to 600000, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Global options:
  --backend NAME       tpm2, windows or simulator (tests and demos only)
  --lang LANG          language of messages, e.g. de
  --policy FILE        organization PIN policy file
  --tpm WHICH          tpm2: auto, device[:PATH], software or tcti:STRING
  --store DIR          tpm2: the token store folder
  --sim-state DIR      simulator: folder that keeps its cards
  --sim-delay MS       simulator: delay of each step
  --sim-fail ERR[@ST]  simulator: fail with error ERR at status ST
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackendFactory</name>
    <message>
        <location filename="../app/backends/BackendFactory.cpp" line="+59"/>
        <source>There is no backend called &quot;%1&quot;. Available: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardNamePage</name>
    <message>
        <location filename="../ui/wizard/CardNamePage.ui"/>
        <source>Card Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Choose a name that helps you recognize the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Card na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Card name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>The name shown for the card, for example in the list of security devices of a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>For example: Work laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Name check</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizard/CardNamePage.cpp" line="+31"/>
        <source>The name can have at most %n byte(s); most letters take one byte, accented letters two.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Enter a name for the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name contains a control character such as a tab or a line break. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The name is too long: at most %n byte(s) fit, and it takes %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A card named “%1” already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This name can be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="+18"/>
        <source>Usage: vscwizard [GLOBAL OPTIONS] [COMMAND [OPTIONS]]
Without a command, the enrollment wizard opens.

Commands:
  create --name NAME [--pin prompt|default] [--puk prompt|default|none]
         [--adminkey default|random|prompt] [--generate]
         [--pinpolicy minlen N maxlen N CLASS RULE ...]
      Create a virtual smart card and print its instance id.
      CLASS is uppercase, lowercase, digits, special or other; RULE is allow,
      require or disallow. Defaults: --pin prompt, --puk none, --adminkey default;
      the default PIN and PUK are those of tpmvscmgr. --adminkey random makes a
      card that can never be reset, only removed.
  destroy --instance ID
      Remove a virtual smart card.
  list [--json]
      Show the virtual smart cards.
  explain CODE|NAME
      Show what a TPMVSCMGR_ERROR or TPMVSCMGR_STATUS means.
  --help, --version

Secrets are never taken from the command line. &quot;prompt&quot; reads them from the
terminal without echo, asking twice; when standard input is not a terminal, one
line is read per secret asked for, in the order PIN, PUK, admin key (48 hex digits).

Options of every command:
  --verbose            print progress even when standard error is not a terminal

Ctrl+C cancels the running operation; nothing is left half done.

Exit status: 0 success, 1 other failure, 2 usage, 3 cancelled,
10 + N for TPMVSCMGR_ERROR N (see &quot;vscwizard explain N&quot;).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Simulator (tests and demos only; no card is really created):
  --sim-fail ERROR[@STATUS] fails once per process with ERROR at STATUS (names without the
  TPMVSCMGR_ prefix, e.g. GENERATE_FILESYSTEM@GENERATE_RUNNING; without @STATUS at the
  first step). The failure is one-shot: a retry in the same process succeeds.
  --sim-delay MS waits before each status; a cancel takes effect at the next status.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+15"/>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown command. The commands are create, destroy, list and explain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../app/cli/Commands.cpp" line="+23"/>
        <source>list takes only --json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>destroy: --instance needs the instance id shown by &quot;vscwizard list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>destroy takes only --instance ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>destroy takes exactly one --instance ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>destroy needs --instance ID (see &quot;vscwizard list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Removed the virtual smart card %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart the computer to finish removing the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>explain takes one error or status, as a name or a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is neither a TPMVSCMGR_ERROR nor a TPMVSCMGR_STATUS name or number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error %1: TPMVSCMGR_ERROR_%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+7"/>
        <source>  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>  vscwizard exits with status %1 on this error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status %1: TPMVSCMGR_STATUS_%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateCommand</name>
    <message>
        <location filename="../app/cli/CreateCommand.cpp" line="+31"/>
        <source>%1 takes one of: %2. Secrets are read from the terminal or from standard input, never from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--pinpolicy needs rules, e.g. --pinpolicy minlen 6 digits require.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--pinpolicy: &quot;%1&quot; needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--pinpolicy: %1 takes a number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--pinpolicy: &quot;%1&quot; is not a rule; use minlen, maxlen, uppercase, lowercase, digits, special or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--pinpolicy: %1 takes allow, require or disallow, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--pinpolicy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>create: unexpected argument number %1; only options are taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>create: %1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>create: --generate takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>create: unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>create: %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>create needs --name NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The organization policy %1 sets the PIN rules; --pinpolicy cannot change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The organization policy %1 requires a PUK: add --puk prompt or --puk default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The organization policy %1 does not allow the default admin key: add --adminkey prompt or --adminkey random.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The organization policy %1 does not allow a random admin key: add --adminkey prompt or --adminkey default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A line of standard input is longer than %1 bytes; no secret is that long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two entries differed three times; nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>vscwizard: standard input cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PIN must meet these rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>  - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>PIN: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeat the PIN: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard input ended before the PIN was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PIN breaks these rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>PUK: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeat the PUK: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard input ended before the PUK was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The PUK must be %1 to %2 bytes long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The admin key is random and kept nowhere: this card can never be reset, only removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Admin key (48 hex digits): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeat the admin key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard input ended before the admin key was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Admin key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Admin key check value (KCV): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>The card name is longer than %n byte(s) in UTF-8; choose a shorter one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Created the virtual smart card &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card has the default PIN; change it before you rely on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart the computer before applications can use the card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollmentWizard</name>
    <message>
        <location filename="../ui/wizard/EnrollmentWizard.cpp" line="+33"/>
        <source>Create a Virtual Smart Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <location filename="../app/core/ErrorCatalog.cpp" line="+14"/>
        <source>Could not act on your behalf</source>
        <translation>Handeln in Ihrem Namen nicht möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The smart card service could not act with the rights of your user account, so it could not work on the card.</source>
        <translation>Der Smartcard-Dienst konnte nicht mit den Rechten Ihres Benutzerkontos handeln und daher nicht mit der Karte arbeiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign out and sign in again, then retry. If it keeps failing, ask your administrator whether your account may manage smart cards on this computer.</source>
        <translation>Melden Sie sich ab und wieder an und versuchen Sie es erneut. Schlägt es weiterhin fehl, fragen Sie Ihre Administration, ob Ihr Konto auf diesem Computer Smartcards verwalten darf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PIN or PUK does not meet the rules</source>
        <translation>PIN oder PUK erfüllt die Regeln nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PIN or the PUK does not meet your organization&apos;s rules for their length or the kinds of characters they contain.</source>
        <translation>Die PIN oder die PUK erfüllt die Regeln Ihrer Organisation für die Länge oder die erlaubten Zeichenarten nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back and choose a PIN and a PUK that meet every rule listed on the PIN page.</source>
        <translation>Gehen Sie zurück und wählen Sie eine PIN und eine PUK, die alle auf der PIN-Seite genannten Regeln erfüllen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many smart cards</source>
        <translation>Zu viele Smartcards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer already has as many smart cards as it can use at once (10, counting physical and virtual cards).</source>
        <translation>Dieser Computer hat bereits so viele Smartcards, wie er gleichzeitig verwenden kann (10, physische und virtuelle Karten zusammen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove a virtual smart card you no longer need or unplug a smart card reader, then try again.</source>
        <translation>Entfernen Sie eine virtuelle Smartcard, die Sie nicht mehr brauchen, oder trennen Sie ein Smartcard-Lesegerät, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not possible in a remote session</source>
        <translation>In einer Remotesitzung nicht möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual smart cards cannot be created or removed from a remote desktop session.</source>
        <translation>Virtuelle Smartcards können nicht aus einer Remotedesktopsitzung heraus angelegt oder entfernt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in at the computer itself, not through a remote desktop connection, and try again.</source>
        <translation>Melden Sie sich direkt am Computer an, nicht über eine Remotedesktopverbindung, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The TPM is not ready for smart cards</source>
        <translation>Das TPM ist nicht für Smartcards bereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part of the system that keeps smart cards in the TPM (Trusted Platform Module) could not be started.</source>
        <translation>Der Teil des Systems, der Smartcards im TPM (Trusted Platform Module) verwahrt, konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the TPM is turned on and ready (in the firmware settings or with your administrator), restart the computer and try again.</source>
        <translation>Prüfen Sie, ob das TPM eingeschaltet und bereit ist (in den Firmware-Einstellungen oder bei Ihrer Administration), starten Sie den Computer neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The card&apos;s storage could not be created</source>
        <translation>Der Speicher der Karte konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The TPM could not create the protected storage that holds the virtual smart card&apos;s keys.</source>
        <translation>Das TPM konnte den geschützten Speicher für die Schlüssel der virtuellen Smartcard nicht anlegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure the TPM is not locked after too many wrong attempts and has room for another card, then try again.</source>
        <translation>Stellen Sie sicher, dass das TPM nicht nach zu vielen Fehlversuchen gesperrt ist und Platz für eine weitere Karte hat, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The card&apos;s storage could not be removed</source>
        <translation>Der Speicher der Karte konnte nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The TPM could not delete the protected storage of the virtual smart card.</source>
        <translation>Das TPM konnte den geschützten Speicher der virtuellen Smartcard nicht löschen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the computer and try removing the card again.</source>
        <translation>Starten Sie den Computer neu und versuchen Sie erneut, die Karte zu entfernen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card emulation could not start</source>
        <translation>Die Kartenemulation konnte nicht starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The software that makes the TPM behave like a smart card could not be started.</source>
        <translation>Die Software, die das TPM wie eine Smartcard arbeiten lässt, konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the computer and try again. If it keeps failing, reinstall or update the smart card software.</source>
        <translation>Starten Sie den Computer neu und versuchen Sie es erneut. Schlägt es weiterhin fehl, installieren oder aktualisieren Sie die Smartcard-Software.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card emulation could not be set up</source>
        <translation>Die Kartenemulation konnte nicht eingerichtet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The software that makes the TPM behave like a smart card could not set up this card.</source>
        <translation>Die Software, die das TPM wie eine Smartcard arbeiten lässt, konnte diese Karte nicht einrichten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again. If it keeps failing, restart the computer first.</source>
        <translation>Versuchen Sie es erneut. Schlägt es weiterhin fehl, starten Sie zuerst den Computer neu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card emulation could not be removed</source>
        <translation>Die Kartenemulation konnte nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The software that makes the TPM behave like a smart card could not remove this card.</source>
        <translation>Die Software, die das TPM wie eine Smartcard arbeiten lässt, konnte diese Karte nicht entfernen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the computer, then try removing the card again.</source>
        <translation>Starten Sie den Computer neu und versuchen Sie dann erneut, die Karte zu entfernen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card settings could not be saved</source>
        <translation>Die Einstellungen der Karte konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A setting of the card, such as its name or its PIN rules, could not be stored.</source>
        <translation>Eine Einstellung der Karte, etwa ihr Name oder ihre PIN-Regeln, konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the disk is not full and that the card&apos;s storage is writable, then try again.</source>
        <translation>Prüfen Sie, ob der Datenträger nicht voll und der Speicher der Karte beschreibbar ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card settings could not be read</source>
        <translation>Die Einstellungen der Karte konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A setting of the card could not be read back, so the card could not be found or checked.</source>
        <translation>Eine Einstellung der Karte konnte nicht zurückgelesen werden, daher konnte die Karte nicht gefunden oder geprüft werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the card still exists (another program may have removed it), then try again.</source>
        <translation>Prüfen Sie, ob die Karte noch existiert (ein anderes Programm hat sie vielleicht entfernt), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The virtual reader could not start</source>
        <translation>Das virtuelle Lesegerät konnte nicht starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The virtual smart card reader, through which programs reach the card, could not be started.</source>
        <translation>Das virtuelle Smartcard-Lesegerät, über das Programme die Karte erreichen, konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the smart card service is running, or restart the computer, and try again.</source>
        <translation>Prüfen Sie, ob der Smartcard-Dienst läuft, oder starten Sie den Computer neu, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The virtual reader could not be created</source>
        <translation>Das virtuelle Lesegerät konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The virtual smart card reader for the new card could not be added.</source>
        <translation>Das virtuelle Smartcard-Lesegerät für die neue Karte konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the computer and try again. Remove cards you no longer use if there are many.</source>
        <translation>Starten Sie den Computer neu und versuchen Sie es erneut. Entfernen Sie nicht mehr genutzte Karten, wenn es viele sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The virtual reader could not be removed</source>
        <translation>Das virtuelle Lesegerät konnte nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The virtual smart card reader of this card could not be removed.</source>
        <translation>Das virtuelle Smartcard-Lesegerät dieser Karte konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the computer, which usually removes the reader, and try again if the card is still listed.</source>
        <translation>Starten Sie den Computer neu, wodurch das Lesegerät meist verschwindet, und versuchen Sie es erneut, falls die Karte noch aufgeführt ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not connect to the new card</source>
        <translation>Keine Verbindung zur neuen Karte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new card could not be reached to set up its contents.</source>
        <translation>Die neue Karte war nicht erreichbar, um ihren Inhalt einzurichten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a moment and try again. If it keeps failing, restart the computer.</source>
        <translation>Warten Sie einen Moment und versuchen Sie es erneut. Schlägt es weiterhin fehl, starten Sie den Computer neu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card&apos;s contents could not be prepared</source>
        <translation>Der Inhalt der Karte konnte nicht vorbereitet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file system or the keys of the new card could not be generated.</source>
        <translation>Das Dateisystem oder die Schlüssel der neuen Karte konnten nicht erzeugt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again, or create the card without generating its contents and generate them later.</source>
        <translation>Versuchen Sie es erneut, oder legen Sie die Karte ohne Inhalt an und erzeugen Sie ihn später.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unable to create the smart card</source>
        <translation>Die Smartcard konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The virtual smart card could not be created.</source>
        <translation>Die virtuelle Smartcard konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Try again. If it keeps failing, give the details below to your administrator.</source>
        <translation>Versuchen Sie es erneut. Schlägt es weiterhin fehl, geben Sie die Details unten an Ihre Administration weiter.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Unable to remove the smart card</source>
        <translation>Die Smartcard konnte nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The virtual smart card could not be removed.</source>
        <translation>Die virtuelle Smartcard konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the programs that use the card and try again. If the card is still listed, restart the computer.</source>
        <translation>Schließen Sie die Programme, die die Karte verwenden, und versuchen Sie es erneut. Ist die Karte noch aufgeführt, starten Sie den Computer neu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown error</source>
        <translation>Unbekannter Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown error (code %1)</source>
        <translation>Unbekannter Fehler (Code %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Initializing the virtual smart card…</source>
        <translation>Virtuelle Smartcard wird initialisiert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating the card&apos;s protected storage in the TPM…</source>
        <translation>Geschützter Speicher der Karte wird im TPM angelegt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removing the card&apos;s protected storage from the TPM…</source>
        <translation>Geschützter Speicher der Karte wird aus dem TPM entfernt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting the card emulation…</source>
        <translation>Kartenemulation wird gestartet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setting up the card emulation…</source>
        <translation>Kartenemulation wird eingerichtet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removing the card emulation…</source>
        <translation>Kartenemulation wird entfernt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting the virtual reader…</source>
        <translation>Virtuelles Lesegerät wird gestartet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating the virtual reader…</source>
        <translation>Virtuelles Lesegerät wird angelegt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removing the virtual reader…</source>
        <translation>Virtuelles Lesegerät wird entfernt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the new card to appear…</source>
        <translation>Warten, bis die neue Karte erscheint…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing in to the new card…</source>
        <translation>Anmeldung an der neuen Karte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generating the card&apos;s contents…</source>
        <translation>Inhalt der Karte wird erzeugt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The virtual smart card was created.</source>
        <translation>Die virtuelle Smartcard wurde angelegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The virtual smart card was removed.</source>
        <translation>Die virtuelle Smartcard wurde entfernt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown step (code %1)</source>
        <translation>Unbekannter Schritt (Code %1)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The operation was cancelled before it finished. A card that was being created has not been kept.</source>
        <translation>Der Vorgang wurde vor seinem Ende abgebrochen. Eine Karte, die gerade angelegt wurde, ist nicht erhalten geblieben.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../ui/ErrorDialog.ui"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>What went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Shows or hides the technical details of the error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ErrorDialog.cpp" line="+43"/>
        <source>Error: TPMVSCMGR_ERROR_%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backend detail: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backend detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../ui/wizard/OptionsPage.ui"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Choose how the card is prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Prepare the card for use now (file system and key pair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Creates the card&apos;s file system and a key pair right away, so the card can be used at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Without this, the card is created empty and an application must prepare it before first use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Key algorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Key algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>The kind of key pair created on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>A&amp;ttestation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Whether the card can prove to a server that its keys are protected by this computer&apos;s TPM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/OptionsPage.cpp" line="+14"/>
        <source>Elliptic curve P-256 (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RSA 2048 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attestation identity key only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attestation identity key and certificate (needs network access)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationPolicy</name>
    <message>
        <location filename="../app/core/OrganizationPolicy.cpp" line="+79"/>
        <source>The policy file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The policy file %1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The policy file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The policy file %1 is not a valid INI file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>In the policy file %1, the key %2 has the value &quot;%3&quot;; it must be a whole number from 4 to 127.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>In the policy file %1, the key %2 has the value &quot;%3&quot;; it must be allow, require or disallow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>In the policy file %1, the key %2 has the value &quot;%3&quot;; it must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The policy file %1 has the unknown key %2 (value &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PIN policy in the file %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <location filename="../app/cli/Output.cpp" line="+41"/>
        <source>vscwizard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &quot;vscwizard --help&quot; for the commands and their options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+21"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+22"/>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot continue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No virtual smart cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instance id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PIN state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <location filename="../ui/wizard/PinPage.ui"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>The PIN unlocks the card each time you use it. Choose one you can remember; nobody else should know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>The new PIN of the card. The rules it must meet are listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Con&amp;firm PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Confirm PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Type the same PIN again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Show PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Shows the PIN as plain text instead of dots. Make sure nobody is watching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>PIN check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>The PIN must meet these &amp;rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>PIN rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Each rule is marked as met or not met while you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/PinPage.cpp" line="+100"/>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not met yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PIN you entered before is kept. Type a new one to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two PINs do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the PIN again in the second field to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PINs match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The PINs match, but not every rule below is met yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPolicy</name>
    <message>
        <location filename="../app/core/PinPolicy.cpp" line="+35"/>
        <source>The minimum PIN length is %1; it must be at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The maximum PIN length is %1; it can be at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The minimum PIN length (%1) is greater than the maximum (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The policy disallows every kind of character, so no PIN can meet it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The policy requires %1 kinds of character, but a PIN may have at most %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>At least %n character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>At most %n character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At least one uppercase letter (A-Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At least one lowercase letter (a-z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At least one digit (0-9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At least one special character, such as a space or !#%+-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At least one character beyond plain ASCII, such as ä or €</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No uppercase letters (A-Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No lowercase letters (a-z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No digits (0-9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No special characters (spaces, punctuation, symbols)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No characters beyond plain ASCII (such as ä or €) and no control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>The PIN policy has %n byte(s); it must have exactly %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The PIN policy&apos;s reserved field is %1; it must be 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PIN policy&apos;s minimum length is %1; it must be from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PIN policy&apos;s maximum length is %1; it must be from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PIN policy&apos;s minimum length (%1) is greater than its maximum length (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PIN policy&apos;s rule for %1 is %2; only 0 (allow), 1 (require) and 2 (disallow) exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>uppercase letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lowercase letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>special characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../ui/wizard/ProgressPage.ui"/>
        <source>Creating the Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Please wait while the card is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>How far the creation of the card has got.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Tries to create the same card again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>C&amp;hange Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Goes back to the summary, from where you can change the name, the PIN or the other choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Stops creating the card. Nothing is left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ProgressPage.cpp" line="+19"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stopping and removing what was created so far…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The card was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating the card was stopped and no card was created. You can try again or close the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The card could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Nothing was left behind. You can try again, or change your choices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../ui/wizard/RecoveryPage.ui"/>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>If the PIN is forgotten or locked after too many wrong tries, the card is unlocked with a PUK or with its admin key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Organization rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Use a &amp;PUK (PIN unlock key) that you keep in a safe place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>The PUK resets the PIN. It is a second secret of 8 to 127 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>P&amp;UK:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>PUK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>8 to 127 characters. Keep it apart from the PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>C&amp;onfirm PUK:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Confirm PUK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Type the same PUK again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>S&amp;how PUK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Shows the PUK as plain text instead of dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>PUK check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Use an &amp;admin key (48 hex digits, as on Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>The admin key is a 3DES key that an administrator uses to reset the PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Default key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>The well-known default key of the Windows tool. Anyone who knows it can reset the PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Random key, never shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Nobody will know the key: the card can then never be reset, only removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Enter a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Type a key of 48 hexadecimal digits, for example one your administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Admin key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>48 hexadecimal digits; spaces or colons between the byte pairs are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>48 hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Sho&amp;w key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Shows the admin key as plain text instead of dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Admin key check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/RecoveryPage.cpp" line="+27"/>
        <source>Your organization requires a PUK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your organization does not allow the default admin key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your organization does not allow a random admin key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Also set the card&apos;s &amp;admin key, as your organization requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Type a PUK of %1 to %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The PUK is too short: it needs at least %n byte(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The PUK is too long: it can have at most %n byte(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the PUK again in the second field to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two PUKs do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The PUK you entered before is kept. Type a new one to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PUKs match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The default key is publicly known: anyone who has the card can reset its PIN with it. Its check value (KCV) is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With a random key the card can never be reset. If the PIN is forgotten or locked, the card can only be removed and a new one created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key you entered before is kept (check value %1). Type a new one to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the key as 48 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check value (KCV): %1. Compare it with the one you were given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../ui/wizard/ResultPage.ui"/>
        <source>Card Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Your virtual smart card is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Instance ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Instance ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Identifies the card, for example to remove it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Restart the computer before using the card: applications see it only after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Restart needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>How to &amp;use the card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>How to use the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Settings for applications such as ssh or a web browser. You can select and copy them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/ResultPage.cpp" line="+20"/>
        <source>The virtual smart card “%1” was created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <location filename="../app/cli/SecretPrompt.cpp" line="+136"/>
        <source>The two entries differ. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../app/cli/Session.cpp" line="+27"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulatorBackend</name>
    <message>
        <location filename="../app/backends/simulator/SimulatorBackend.cpp" line="+104"/>
        <source>--sim-fail: &quot;%1&quot; is not a TPMVSCMGR_ERROR name such as CARD_CREATE or GENERATE_FILESYSTEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--sim-fail: &quot;%1&quot; is not a TPMVSCMGR_STATUS name such as VREADER_CREATING or GENERATE_RUNNING.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Simulator — no card is really created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The simulator cannot keep cards in its state folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n smart card(s) exist already, the most there can be at once. Remove one first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The card needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The card name is longer than %n byte(s) in UTF-8.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The card name contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PIN breaks these rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PUK must be %1 to %2 bytes long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A card named &quot;%1&quot; exists already (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n smart card(s) exist already, the most there can be at once.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+24"/>
        <location line="+63"/>
        <source>Simulated failure at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+62"/>
        <source>The state folder %1 is locked by another process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-29"/>
        <source>This card exists only as a file in %1; no application can use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No simulated card has the instance id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PIN set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulatorStore</name>
    <message>
        <location filename="../app/backends/simulator/SimulatorStore.cpp" line="+131"/>
        <source>The folder %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot remove %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoftwareTpm</name>
    <message>
        <location filename="../app/backends/tpm2/SoftwareTpm.cpp" line="+186"/>
        <source>The software TPM is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The program swtpm was not found. Install the package swtpm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>swtpm did not open %1 within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The software TPM is running (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The software TPM could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>swtpm failed to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The software TPM is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The software TPM was shut down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The software TPM could not be shut down cleanly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The software TPM is running; its socket is %1. Keys are not protected by hardware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The software TPM is stopped; its state is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The software TPM has not been set up yet; it starts when a card needs it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../ui/wizard/SummaryPage.ui"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Check what will be created. Use Back to change anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Card name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Recovery:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Admin key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Admin key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Prepared now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Prepared now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Key algorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Key algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Attestation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Created by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Press Create to create the card. This can take a minute; the secrets you typed are not shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/SummaryPage.cpp" line="+13"/>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Set; it meets your organization&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the PUK you chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the admin key only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The default key (check value %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Random and never shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random and never shown: the card can never be reset, only removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key you entered (check value %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes: file system and key pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No: the card stays empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>RSA 2048 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elliptic curve P-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attestation identity key only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attestation identity key and certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The simulator: no card is really created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The TPM of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Windows TPM virtual smart card manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tpm2Backend</name>
    <message>
        <location filename="../app/backends/tpm2/Tpm2Backend.cpp" line="+84"/>
        <source>Software TPM — keys are not protected by hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Applications reach the card through the PKCS#11 module %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set these environment variables for them first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The tpm2-pkcs11 module was not found. Install the package libtpm2-pkcs11-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No TPM: %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be opened (%2). Ask your administrator to add you to the group tss, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>The TPM is locked after too many wrong PINs (%1 of %2); it accepts PINs again in about %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>C_Initialize with TCTI %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The unfinished card &quot;%1&quot; could not be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+20"/>
        <source>There is no card with the instance id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>hardware TPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>software TPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TPM locked after too many wrong PINs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No PIN set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN: one try left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backends/tpm2/Tpm2Create.cpp" line="+50"/>
        <source>The card name must not be empty or start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The card name takes %1 bytes; a token label holds at most 32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PUK must be %1 to %2 bytes long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A card named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token store has no free slot (tpm2-pkcs11 holds 255 tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The new token &quot;%1&quot; is not in the slot list (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Injected failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The cancelled card could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1
The unfinished card could not be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backends/tpm2/Tpm2Prerequisites.cpp" line="+45"/>
        <source>The tpm2-pkcs11 module is not installed. Install the package libtpm2-pkcs11-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tpm2-pkcs11 module %1 cannot be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This computer has no TPM at %1. Use the software TPM (--tpm software) or turn the TPM on in the firmware settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You may not use the TPM %1. Ask your administrator to add your account to the group tss, then sign out and in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The TPM %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The software TPM needs the program swtpm. Install the package swtpm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The token store %1 is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The TPM is locked after too many wrong PINs. It accepts PINs again in about %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TpmTarget</name>
    <message>
        <location filename="../app/backends/tpm2/TpmTarget.cpp" line="+35"/>
        <source>Unknown TPM &quot;%1&quot;: use auto, device, device:PATH, software or tcti:STRING.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/wizard/WelcomePage.ui"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>This wizard creates a virtual smart card on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>A virtual smart card works like a smart card you plug in, but it lives in this computer&apos;s security chip (the TPM). It keeps your keys and certificates safe: you unlock it with a PIN, and the keys cannot be copied off this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>You will choose a name, a PIN and a way to recover the card if the PIN is forgotten. First the wizard checks that this computer can hold a virtual smart card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <location filename="../ui/wizard/WelcomePage.cpp" line="+43"/>
        <source>Checking this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Check status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Checking this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Busy while the wizard checks that this computer can hold a virtual smart card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Results of the check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Results of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>What prevents creating a virtual smart card on this computer, and what to do about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Checks this computer again after you fixed the problems listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/WelcomePage.cpp" line="+21"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Must be fixed before a card can be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note; it does not prevent creating a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The check was interrupted. Check again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer cannot hold a virtual smart card yet. Fix the problems below, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer is ready. Please note the points below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer is ready. Continue to choose a name for the card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+66"/>
        <source>Organization policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Card manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
