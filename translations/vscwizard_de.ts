<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>AdminKey</name>
    <message>
        <source>Character %1 (&apos;%2&apos;) is not a hex digit.</source>
        <translation>Zeichen %1 („%2“) ist keine Hexadezimalziffer.</translation>
    </message>
    <message numerus="yes">
        <source>The admin key has %n hex digit(s); it needs exactly %1.</source>
        <translation>
            <numerusform>Der Administratorschlüssel hat %n Hexadezimalziffer; er braucht genau %1.</numerusform>
            <numerusform>Der Administratorschlüssel hat %n Hexadezimalziffern; er braucht genau %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 (&apos;%2&apos;) splits a pair of hex digits; spaces and colons may only stand between pairs.</source>
        <translation>Zeichen %1 („%2“) trennt ein Paar von Hexadezimalziffern; Leerzeichen und Doppelpunkte dürfen nur zwischen Paaren stehen.</translation>
    </message>
    <message numerus="yes">
        <source>The admin key has %n byte(s); it needs exactly %1.</source>
        <translation>
            <numerusform>Der Administratorschlüssel hat %n Byte; er braucht genau %1.</numerusform>
            <numerusform>Der Administratorschlüssel hat %n Byte; er braucht genau %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Die Option %1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>--sim-delay takes milliseconds from 0 to 600000, not &quot;%1&quot;.</source>
        <translation>--sim-delay nimmt Millisekunden von 0 bis 600000, nicht „%1“.</translation>
    </message>
    <message>
        <source>Global options:
  --backend NAME       tpm2, windows or simulator (tests and demos only)
  --lang LANG          language of messages, e.g. de
  --policy FILE        organization PIN policy file
  --tpm WHICH          tpm2: auto, device[:PATH], software[:FOLDER] or tcti:STRING
  --store DIR          tpm2: the token store folder
  --sim-state DIR      simulator: folder that keeps its cards
  --sim-delay MS       simulator: delay of each step
  --sim-fail ERR[@ST]  simulator: fail with error ERR at status ST, or with a card
                       error: CARD:ERR[@change-pin|reset-pin|change-puk|status]
</source>
        <translation>Globale Optionen:
  --backend NAME       tpm2, windows oder simulator (nur für Tests und Vorführungen)
  --lang LANG          Sprache der Meldungen, z. B. de
  --policy DATEI       PIN-Richtlinie der Organisation
  --tpm WELCHES        tpm2: auto, device[:PFAD], software[:ORDNER] oder tcti:ZEICHENKETTE
  --store ORDNER       tpm2: der Ordner des Token-Speichers
  --sim-state ORDNER   simulator: Ordner, der seine Karten aufbewahrt
  --sim-delay MS       simulator: Verzögerung jedes Schritts
  --sim-fail ERR[@ST]  simulator: mit Fehler ERR beim Status ST scheitern, oder mit einem
                       Kartenfehler: CARD:ERR[@change-pin|reset-pin|change-puk|status]
</translation>
    </message>
</context>
<context>
    <name>BackendFactory</name>
    <message>
        <source>There is no backend called &quot;%1&quot;. Available: %2.</source>
        <translation>Es gibt kein Backend namens „%1“. Verfügbar: %2.</translation>
    </message>
    <message>
        <source>software-tpm acts on a software TPM, but --tpm %1 names another TPM. Leave out --tpm, or give --tpm software:FOLDER.</source>
        <translation>software-tpm wirkt auf ein Software-TPM, aber --tpm %1 nennt ein anderes TPM. Lassen Sie --tpm weg, oder geben Sie --tpm software:ORDNER an.</translation>
    </message>
    <message>
        <source>The software TPM is only used on Linux.</source>
        <translation>Das Software-TPM wird nur unter Linux verwendet.</translation>
    </message>
</context>
<context>
    <name>CardCommands</name>
    <message>
        <source>%1 takes only --instance ID and --with puk|adminkey; secrets are read from the terminal or from standard input.</source>
        <translation>%1 nimmt nur --instance ID und --with puk|adminkey; Geheimnisse werden vom Terminal oder von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>%1 takes only --instance ID; secrets are read from the terminal or from standard input.</source>
        <translation>%1 nimmt nur --instance ID; Geheimnisse werden vom Terminal oder von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>%1: --instance needs the instance id shown by &quot;vscwizard status&quot;.</source>
        <translation>%1: --instance braucht die Instanz-ID, die „vscwizard status“ zeigt.</translation>
    </message>
    <message>
        <source>%1: --with needs puk or adminkey.</source>
        <translation>%1: --with braucht puk oder adminkey.</translation>
    </message>
    <message>
        <source>%1: --with is given twice.</source>
        <translation>%1: --with ist zweimal angegeben.</translation>
    </message>
    <message>
        <source>%1: --with takes puk or adminkey; the PUK or the admin key itself is read from the terminal or from standard input.</source>
        <translation>%1: --with nimmt puk oder adminkey; die PUK oder der Administratorschlüssel selbst wird vom Terminal oder von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>%1 takes exactly one --instance ID.</source>
        <translation>%1 nimmt genau ein --instance ID.</translation>
    </message>
    <message>
        <source>%1 needs --instance ID (see &quot;vscwizard status&quot;).</source>
        <translation>%1 braucht --instance ID (siehe „vscwizard status“).</translation>
    </message>
    <message>
        <source>The two entries differed three times; nothing was changed.</source>
        <translation>Die beiden Eingaben unterschieden sich dreimal; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>No card has the instance id %1.</source>
        <translation>Keine Karte hat die Instanz-ID %1.</translation>
    </message>
    <message>
        <source>The card has no PUK: reset its PIN with %1 --with adminkey.</source>
        <translation>Die Karte hat keine PUK: Setzen Sie ihre PIN mit %1 --with adminkey zurück.</translation>
    </message>
    <message>
        <source>Nobody knows the card&apos;s admin key: reset its PIN with %1 --with puk.</source>
        <translation>Niemand kennt den Administratorschlüssel der Karte: Setzen Sie ihre PIN mit %1 --with puk zurück.</translation>
    </message>
    <message>
        <source>The card has no PUK to change.</source>
        <translation>Die Karte hat keine PUK, die sich ändern ließe.</translation>
    </message>
    <message>
        <source>Current PIN: </source>
        <translation>Aktuelle PIN: </translation>
    </message>
    <message>
        <source>Standard input ended before the current PIN was read.</source>
        <translation>Die Standardeingabe endete, bevor die aktuelle PIN gelesen war.</translation>
    </message>
    <message>
        <source>Current PUK: </source>
        <translation>Aktuelle PUK: </translation>
    </message>
    <message>
        <source>PUK: </source>
        <translation>PUK: </translation>
    </message>
    <message>
        <source>Standard input ended before the PUK was read.</source>
        <translation>Die Standardeingabe endete, bevor die PUK gelesen war.</translation>
    </message>
    <message>
        <source>Admin key (48 hex digits): </source>
        <translation>Administratorschlüssel (48 Hexadezimalziffern): </translation>
    </message>
    <message>
        <source>Standard input ended before the admin key was read.</source>
        <translation>Die Standardeingabe endete, bevor der Administratorschlüssel gelesen war.</translation>
    </message>
    <message>
        <source>Admin key: %1</source>
        <translation>Administratorschlüssel: %1</translation>
    </message>
    <message>
        <source>The new PIN must meet these rules:</source>
        <translation>Die neue PIN muss diese Regeln erfüllen:</translation>
    </message>
    <message>
        <source>New PIN: </source>
        <translation>Neue PIN: </translation>
    </message>
    <message>
        <source>Repeat the new PIN: </source>
        <translation>Neue PIN wiederholen: </translation>
    </message>
    <message>
        <source>Standard input ended before the new PIN was read.</source>
        <translation>Die Standardeingabe endete, bevor die neue PIN gelesen war.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>The new PIN breaks these rules:</source>
        <translation>Die neue PIN verletzt diese Regeln:</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>New PUK: </source>
        <translation>Neue PUK: </translation>
    </message>
    <message>
        <source>Repeat the new PUK: </source>
        <translation>Neue PUK wiederholen: </translation>
    </message>
    <message>
        <source>Standard input ended before the new PUK was read.</source>
        <translation>Die Standardeingabe endete, bevor die neue PUK gelesen war.</translation>
    </message>
    <message>
        <source>Changed the PIN of the card %1.</source>
        <translation>Die PIN der Karte %1 wurde geändert.</translation>
    </message>
    <message>
        <source>Changed the PIN of the card &quot;%1&quot; (%2).</source>
        <translation>Die PIN der Karte „%1“ (%2) wurde geändert.</translation>
    </message>
    <message>
        <source>Changed the PUK of the card %1.</source>
        <translation>Die PUK der Karte %1 wurde geändert.</translation>
    </message>
    <message>
        <source>Changed the PUK of the card &quot;%1&quot; (%2).</source>
        <translation>Die PUK der Karte „%1“ (%2) wurde geändert.</translation>
    </message>
    <message>
        <source>status takes only --json.</source>
        <translation>status nimmt nur --json.</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; is not an instance id: none is longer than %n character(s) (see &quot;vscwizard status&quot;).</source>
        <extracomment>%1: a command name, kept in English.</extracomment>
        <translation>
            <numerusform>%1: „%2“ ist keine Instanz-ID: Keine ist länger als %n Zeichen (siehe „vscwizard status“).</numerusform>
            <numerusform>%1: „%2“ ist keine Instanz-ID: Keine ist länger als %n Zeichen (siehe „vscwizard status“).</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN of the card %1 was reset; it is unblocked.</source>
        <translation>Die PIN der Karte %1 wurde zurückgesetzt; sie ist entsperrt.</translation>
    </message>
    <message>
        <source>The PIN of the card &quot;%1&quot; (%2) was reset; it is unblocked.</source>
        <translation>Die PIN der Karte „%1“ (%2) wurde zurückgesetzt; sie ist entsperrt.</translation>
    </message>
</context>
<context>
    <name>CardManagerWindow</name>
    <message>
        <source>Manage virtual smart cards</source>
        <translation>Virtuelle Smartcards verwalten</translation>
    </message>
    <message>
        <source>TPM lockout state</source>
        <translation>Sperrzustand des TPM</translation>
    </message>
    <message>
        <source>Car&amp;ds on this computer:</source>
        <translation>&amp;Karten auf diesem Computer:</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Each row is a card: its name, where it lives, its keys, its PIN&apos;s state and how its PIN can be reset.</source>
        <translation>Jede Zeile ist eine Karte: ihr Name, wo sie liegt, ihre Schlüssel, der Zustand ihrer PIN und wie sich ihre PIN zurücksetzen lässt.</translation>
    </message>
    <message>
        <source>Reading the cards</source>
        <translation>Die Karten werden gelesen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>&amp;PIN ändern…</translation>
    </message>
    <message>
        <source>R&amp;eset PIN…</source>
        <translation>PIN &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Change P&amp;UK…</source>
        <translation>P&amp;UK ändern…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reads the cards and the TPM&apos;s lockout state again.</source>
        <translation>Liest die Karten und den Sperrzustand des TPM erneut.</translation>
    </message>
    <message>
        <source>E&amp;nroll a new card…</source>
        <translation>&amp;Neue Karte anlegen…</translation>
    </message>
    <message>
        <source>Opens the wizard that creates a card.</source>
        <translation>Öffnet den Assistenten, der eine Karte anlegt.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Reading the cards…</source>
        <translation>Die Karten werden gelesen…</translation>
    </message>
    <message>
        <source>The cards could not be read: %1 %2</source>
        <translation>Die Karten konnten nicht gelesen werden: %1 %2</translation>
    </message>
    <message>
        <source>There is no card yet. Enroll a new card to create one.</source>
        <translation>Es gibt noch keine Karte. Legen Sie mit „Neue Karte anlegen“ eine an.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s).</source>
        <translation>
            <numerusform>%n Karte.</numerusform>
            <numerusform>%n Karten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a card first.</source>
        <translation>Wählen Sie zuerst eine Karte.</translation>
    </message>
    <message>
        <source>The PIN is blocked; reset it first</source>
        <translation>Die PIN ist gesperrt; setzen Sie sie zuerst zurück</translation>
    </message>
    <message>
        <source>This card can never be reset; remove it and create a new one</source>
        <translation>Diese Karte lässt sich nie zurücksetzen; entfernen Sie sie und legen Sie eine neue an</translation>
    </message>
    <message>
        <source>The PUK is blocked, so this card can no longer be reset; remove it and create a new one</source>
        <translation>Die PUK ist gesperrt, daher lässt sich diese Karte nicht mehr zurücksetzen; entfernen Sie sie und legen Sie eine neue an</translation>
    </message>
    <message>
        <source>This card has no PUK</source>
        <translation>Diese Karte hat keine PUK</translation>
    </message>
    <message>
        <source>The PUK is blocked</source>
        <translation>Die PUK ist gesperrt</translation>
    </message>
    <message>
        <source>Sets a new PIN; the current PIN is needed.</source>
        <translation>Legt eine neue PIN fest; die aktuelle PIN wird gebraucht.</translation>
    </message>
    <message>
        <source>Sets a new PIN without the current one, with the PUK or the admin key.</source>
        <translation>Legt ohne die aktuelle eine neue PIN fest, mit der PUK oder dem Administratorschlüssel.</translation>
    </message>
    <message>
        <source>Sets a new PUK; the current PUK is needed.</source>
        <translation>Legt eine neue PUK fest; die aktuelle PUK wird gebraucht.</translation>
    </message>
    <message>
        <source>Removes the card and destroys its keys.</source>
        <translation>Entfernt die Karte und vernichtet ihre Schlüssel.</translation>
    </message>
</context>
<context>
    <name>CardNamePage</name>
    <message>
        <source>Card Name</source>
        <translation>Kartenname</translation>
    </message>
    <message>
        <source>Choose a name that helps you recognize the card.</source>
        <translation>Wählen Sie einen Namen, an dem Sie die Karte wiedererkennen.</translation>
    </message>
    <message>
        <source>Card na&amp;me:</source>
        <translation>Karten&amp;name:</translation>
    </message>
    <message>
        <source>Card name</source>
        <translation>Kartenname</translation>
    </message>
    <message>
        <source>The name shown for the card, for example in the list of security devices of a browser.</source>
        <translation>Der Name, unter dem die Karte angezeigt wird, zum Beispiel in der Liste der Sicherheitsgeräte eines Browsers.</translation>
    </message>
    <message>
        <source>For example: Work laptop</source>
        <translation>Zum Beispiel: Arbeitslaptop</translation>
    </message>
    <message>
        <source>Name check</source>
        <translation>Namensprüfung</translation>
    </message>
    <message numerus="yes">
        <source>The name can have at most %n character(s).</source>
        <translation>
            <numerusform>Der Name kann höchstens %n Zeichen haben.</numerusform>
            <numerusform>Der Name kann höchstens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>A card named “%1” already exists. Choose another name.</source>
        <translation>Eine Karte namens „%1“ gibt es bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>This name can be used.</source>
        <translation>Dieser Name kann verwendet werden.</translation>
    </message>
</context>
<context>
    <name>CardRules</name>
    <message>
        <source>Enter a name for the card.</source>
        <translation>Geben Sie einen Namen für die Karte ein.</translation>
    </message>
    <message>
        <source>The name starts or ends with a space. Remove it.</source>
        <translation>Der Name beginnt oder endet mit einem Leerzeichen. Entfernen Sie es.</translation>
    </message>
    <message>
        <source>The name contains a character that is not shown, such as a tab, a line break or a writing-direction mark. Remove it.</source>
        <translation>Der Name enthält ein Zeichen, das nicht angezeigt wird, etwa einen Tabulator, einen Zeilenumbruch oder eine Schreibrichtungsmarke. Entfernen Sie es.</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: it can have at most %n character(s).</source>
        <translation>
            <numerusform>Der Name ist zu lang: Er kann höchstens %n Zeichen haben.</numerusform>
            <numerusform>Der Name ist zu lang: Er kann höchstens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: a card name holds %n byte(s) in UTF-8, where letters beyond ASCII take two to four; this one takes %1.</source>
        <translation>
            <numerusform>Der Name ist zu lang: Ein Kartenname fasst %n Byte in UTF-8, wobei Buchstaben jenseits von ASCII zwei bis vier belegen; dieser belegt %1.</numerusform>
            <numerusform>Der Name ist zu lang: Ein Kartenname fasst %n Byte in UTF-8, wobei Buchstaben jenseits von ASCII zwei bis vier belegen; dieser belegt %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name is not valid UTF-8 text. Type it again in a terminal that uses UTF-8.</source>
        <translation>Der Name ist kein gültiger UTF-8-Text. Geben Sie ihn in einem Terminal mit UTF-8 erneut ein.</translation>
    </message>
    <message>
        <source>The PIN breaks these rules: %1</source>
        <translation>Die PIN verletzt diese Regeln: %1</translation>
    </message>
    <message>
        <source>This PIN is one of the most common PINs, which whoever finds the card tries first. Choose one that is harder to guess.</source>
        <translation>Diese PIN gehört zu den häufigsten PINs, die jeder, der die Karte findet, zuerst ausprobiert. Wählen Sie eine, die schwerer zu erraten ist.</translation>
    </message>
    <message>
        <source>The PIN contains a NUL byte or bytes that are not UTF-8 text; other programs could not type it.</source>
        <translation>Die PIN enthält ein NUL-Byte oder Bytes, die kein UTF-8-Text sind; andere Programme könnten sie nicht eingeben.</translation>
    </message>
    <message>
        <source>The PUK contains a NUL byte or bytes that are not UTF-8 text; other programs could not type it.</source>
        <translation>Die PUK enthält ein NUL-Byte oder Bytes, die kein UTF-8-Text sind; andere Programme könnten sie nicht eingeben.</translation>
    </message>
    <message>
        <source>The PUK is the same as the PIN. Choose a different PUK: it must unlock the card when the PIN is forgotten or blocked.</source>
        <translation>Die PUK ist dieselbe wie die PIN. Wählen Sie eine andere PUK: Sie muss die Karte entsperren, wenn die PIN vergessen oder gesperrt ist.</translation>
    </message>
    <message numerus="yes">
        <source>The PUK must have %1 to %n character(s).</source>
        <translation>
            <numerusform>Die PUK muss %1 bis %n Zeichen haben.</numerusform>
            <numerusform>Die PUK muss %1 bis %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK is too long: a PUK can have at most %n byte(s) in UTF-8, where letters such as ä or € take two or three; this one takes %1.</source>
        <extracomment>%n: the most bytes any PUK may have; %1: the bytes this PUK takes.</extracomment>
        <translation>
            <numerusform>Die PUK ist zu lang: Eine PUK kann in UTF-8 höchstens %n Byte haben, wobei Zeichen wie ä oder € zwei oder drei belegen; diese belegt %1.</numerusform>
            <numerusform>Die PUK ist zu lang: Eine PUK kann in UTF-8 höchstens %n Byte haben, wobei Zeichen wie ä oder € zwei oder drei belegen; diese belegt %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardTableModel</name>
    <message>
        <source>Instance id: %1</source>
        <translation>Instanz-ID: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>CardText</name>
    <message>
        <source>TPM of this computer</source>
        <translation>TPM dieses Computers</translation>
    </message>
    <message>
        <source>Software TPM</source>
        <translation>Software-TPM</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulator</translation>
    </message>
    <message numerus="yes">
        <source>PIN set; %n try(ies) left</source>
        <translation>
            <numerusform>PIN festgelegt; noch %n Versuch</numerusform>
            <numerusform>PIN festgelegt; noch %n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>PIN festgelegt</translation>
    </message>
    <message>
        <source>No PIN set</source>
        <translation>Keine PIN festgelegt</translation>
    </message>
    <message>
        <source>PIN blocked</source>
        <translation>PIN gesperrt</translation>
    </message>
    <message>
        <source>Cannot be reset</source>
        <extracomment>The subject is the card (the virtual smart card): its PIN cannot be reset. A table cell.</extracomment>
        <translation>Nicht zurücksetzbar</translation>
    </message>
    <message>
        <source>PUK, or the default admin key</source>
        <translation>PUK oder der Standard-Administratorschlüssel</translation>
    </message>
    <message>
        <source>Default admin key</source>
        <translation>Standard-Administratorschlüssel</translation>
    </message>
    <message>
        <source>PUK, or the admin key</source>
        <translation>PUK oder der Administratorschlüssel</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Administratorschlüssel</translation>
    </message>
    <message>
        <source>PUK</source>
        <extracomment>PUK: PIN Unblocking Key, the secret that resets a blocked PIN.</extracomment>
        <translation>PUK</translation>
    </message>
    <message>
        <source>The TPM&apos;s lockout state is not known.</source>
        <translation>Der Sperrzustand des TPM ist nicht bekannt.</translation>
    </message>
    <message numerus="yes">
        <source>No wrong PINs counted by the TPM (it locks after %n).</source>
        <translation>
            <numerusform>Das TPM zählt keine falschen PINs (es sperrt nach %n).</numerusform>
            <numerusform>Das TPM zählt keine falschen PINs (es sperrt nach %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>location</comment>
        <extracomment>Where the card is kept (a TPM, the simulator) is not known. A table cell of the Location column.</extracomment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>PIN state</comment>
        <extracomment>The state of the card&apos;s PIN (set, blocked) is not known. A table cell of the PIN column.</extracomment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>recovery</comment>
        <extracomment>How the card&apos;s PIN can be reset is not known. A table cell of the Recovery column.</extracomment>
        <translation>Unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n second(s), on every card.</source>
        <translation>
            <numerusform>Das TPM ist nach zu vielen falschen PINs gesperrt: Es nimmt PINs auf jeder Karte in %n Sekunde wieder an.</numerusform>
            <numerusform>Das TPM ist nach zu vielen falschen PINs gesperrt: Es nimmt PINs auf jeder Karte in %n Sekunden wieder an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n minute(s), on every card.</source>
        <translation>
            <numerusform>Das TPM ist nach zu vielen falschen PINs gesperrt: Es nimmt PINs auf jeder Karte in %n Minute wieder an.</numerusform>
            <numerusform>Das TPM ist nach zu vielen falschen PINs gesperrt: Es nimmt PINs auf jeder Karte in %n Minuten wieder an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n hour(s), on every card.</source>
        <translation>
            <numerusform>Das TPM ist nach zu vielen falschen PINs gesperrt: Es nimmt PINs auf jeder Karte in %n Stunde wieder an.</numerusform>
            <numerusform>Das TPM ist nach zu vielen falschen PINs gesperrt: Es nimmt PINs auf jeder Karte in %n Stunden wieder an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n second(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>Das TPM hat %1 von %2 falschen PINs gezählt, über alle seine Karten zusammen. Der Zähler sinkt jeweils nach %n Sekunde um eins.</numerusform>
            <numerusform>Das TPM hat %1 von %2 falschen PINs gezählt, über alle seine Karten zusammen. Der Zähler sinkt jeweils nach %n Sekunden um eins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n minute(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>Das TPM hat %1 von %2 falschen PINs gezählt, über alle seine Karten zusammen. Der Zähler sinkt jeweils nach %n Minute um eins.</numerusform>
            <numerusform>Das TPM hat %1 von %2 falschen PINs gezählt, über alle seine Karten zusammen. Der Zähler sinkt jeweils nach %n Minuten um eins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n hour(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>Das TPM hat %1 von %2 falschen PINs gezählt, über alle seine Karten zusammen. Der Zähler sinkt jeweils nach %n Stunde um eins.</numerusform>
            <numerusform>Das TPM hat %1 von %2 falschen PINs gezählt, über alle seine Karten zusammen. Der Zähler sinkt jeweils nach %n Stunden um eins.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
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
      card that can never be reset, only removed. On tpm2 (Linux) the PUK takes
      the admin key&apos;s place: a card with a PUK has no admin key.
  destroy --instance ID
      Remove a virtual smart card.
  list [--json]
      Show the virtual smart cards.
  status [--json]
      Show each card&apos;s PIN state (tries left, blocked) and how it can be reset,
      and the TPM&apos;s lockout state, without spending a try.
  change-pin --instance ID
      Change a card&apos;s PIN; reads the current PIN, then the new PIN.
  reset-pin --instance ID [--with puk|adminkey]
      Set a new PIN, also on a blocked card; reads the PUK (or the admin key as
      48 hex digits), then the new PIN. Default: --with puk where the card has a
      PUK, else --with adminkey.
  change-puk --instance ID
      Change a card&apos;s PUK; reads the current PUK, then the new PUK.
  explain CODE|NAME
      Show what a TPMVSCMGR_ERROR or TPMVSCMGR_STATUS means.
  software-tpm start|stop|status
      Control the per-user software TPM that holds the cards where no hardware
      TPM is usable (Linux). Its keys are not protected by hardware.
  --help, --version

Secrets are never taken from the command line. &quot;prompt&quot; reads them from the
terminal without echo, asking twice; when standard input is not a terminal, one
line is read per secret asked for, in the order PIN, PUK, admin key (48 hex digits)
for create, and in the order given above for the other commands. Every new PIN
must meet the organization&apos;s policy (--policy).

Options of every command:
  --verbose            print progress even when standard error is not a terminal

Ctrl+C cancels the running operation; nothing is left half done.

Exit status: 0 success, 1 other failure, 2 usage, 3 cancelled,
10 + N for TPMVSCMGR_ERROR N (see &quot;vscwizard explain N&quot;),
40 + N for a card error of change-pin, reset-pin, change-puk and status: 41 wrong
PIN, 42 wrong PUK, 43 wrong admin key, 44 PIN blocked, 45 PUK blocked, 46 new PIN
refused, 47 new PUK refused, 48 cannot be reset, 49 no such card, 50 TPM lockout,
51 not possible here, 52 other card failure.
</source>
        <translation>Aufruf: vscwizard [GLOBALE OPTIONEN] [BEFEHL [OPTIONEN]]
Ohne Befehl öffnet sich der Assistent.

Befehle:
  create --name NAME [--pin prompt|default] [--puk prompt|default|none]
         [--adminkey default|random|prompt] [--generate]
         [--pinpolicy minlen N maxlen N KLASSE REGEL ...]
      Legt eine virtuelle Smartcard an und gibt ihre Instanz-ID aus.
      KLASSE ist uppercase, lowercase, digits, special oder other; REGEL ist allow,
      require oder disallow. Vorgaben: --pin prompt, --puk none, --adminkey default;
      Standard-PIN und -PUK sind die von tpmvscmgr. --adminkey random legt eine
      Karte an, die nie zurückgesetzt, nur entfernt werden kann. Bei tpm2 (Linux) nimmt
      die PUK den Platz des Administratorschlüssels ein: Eine Karte mit PUK hat keinen.
  destroy --instance ID
      Entfernt eine virtuelle Smartcard.
  list [--json]
      Zeigt die virtuellen Smartcards.
  status [--json]
      Zeigt für jede Karte den Zustand der PIN (verbleibende Versuche, gesperrt) und
      wie sie sich zurücksetzen lässt, dazu die Sperre des TPM, ohne einen Versuch zu verbrauchen.
  change-pin --instance ID
      Ändert die PIN einer Karte; liest die aktuelle PIN, dann die neue PIN.
  reset-pin --instance ID [--with puk|adminkey]
      Setzt eine neue PIN, auch bei gesperrter Karte; liest die PUK (oder den
      Administratorschlüssel als 48 Hexadezimalziffern), dann die neue PIN. Vorgabe:
      --with puk, wenn die Karte eine PUK hat, sonst --with adminkey.
  change-puk --instance ID
      Ändert die PUK einer Karte; liest die aktuelle PUK, dann die neue PUK.
  explain CODE|NAME
      Erklärt einen TPMVSCMGR_ERROR oder TPMVSCMGR_STATUS.
  software-tpm start|stop|status
      Steuert das Software-TPM des Benutzers, das die Karten hält, wo kein
      Hardware-TPM nutzbar ist (Linux). Seine Schlüssel sind nicht durch Hardware geschützt.
  --help, --version

Geheimnisse werden nie von der Befehlszeile genommen. „prompt“ liest sie ohne Echo
vom Terminal und fragt zweimal; ist die Standardeingabe kein Terminal, wird je
Geheimnis eine Zeile gelesen, bei create in der Reihenfolge PIN, PUK,
Administratorschlüssel (48 Hexadezimalziffern), bei den anderen Befehlen in der oben
genannten Reihenfolge. Jede neue PIN muss der Richtlinie der Organisation (--policy) genügen.

Optionen aller Befehle:
  --verbose            Fortschritt auch ausgeben, wenn die Standardfehlerausgabe kein Terminal ist

Strg+C bricht den laufenden Vorgang ab; nichts bleibt halb erledigt.

Exit-Status: 0 Erfolg, 1 anderer Fehler, 2 falscher Aufruf, 3 abgebrochen,
10 + N für TPMVSCMGR_ERROR N (siehe „vscwizard explain N“),
40 + N für einen Kartenfehler von change-pin, reset-pin, change-puk und status: 41 falsche
PIN, 42 falsche PUK, 43 falscher Administratorschlüssel, 44 PIN gesperrt, 45 PUK gesperrt,
46 neue PIN abgelehnt, 47 neue PUK abgelehnt, 48 nicht zurücksetzbar, 49 keine solche
Karte, 50 TPM-Sperre, 51 hier nicht möglich, 52 anderer Kartenfehler.
</translation>
    </message>
    <message>
        <source>Simulator (tests and demos only; no card is really created):
  --sim-fail ERROR[@STATUS] fails once per process with ERROR at STATUS (names without the
  TPMVSCMGR_ prefix, e.g. GENERATE_FILESYSTEM@GENERATE_RUNNING; without @STATUS at the
  first step). The failure is one-shot: a retry in the same process succeeds.
  --sim-fail CARD:ERROR[@OPERATION] fails a card operation once with a card error
  (WRONG_PIN, WRONG_PUK, WRONG_ADMIN_KEY, PIN_BLOCKED, PUK_BLOCKED, NEW_PIN_REFUSED,
  NEW_PUK_REFUSED, CANNOT_RESET, CARD_NOT_FOUND, TPM_LOCKOUT, UNSUPPORTED, FAILED) at
  change-pin, reset-pin, change-puk or status (without @: the first change or reset);
  nothing on the card changes.
  --sim-delay MS waits before each status; a cancel takes effect at the next status.
</source>
        <translation>Simulator (nur für Tests und Vorführungen; es wird keine echte Karte angelegt):
  --sim-fail FEHLER[@STATUS] scheitert einmal je Prozess mit FEHLER bei STATUS (Namen ohne das
  Präfix TPMVSCMGR_, z. B. GENERATE_FILESYSTEM@GENERATE_RUNNING; ohne @STATUS beim
  ersten Schritt). Der Fehler tritt nur einmal auf: Ein neuer Versuch im selben Prozess gelingt.
  --sim-fail CARD:FEHLER[@VORGANG] lässt einen Kartenvorgang einmal mit einem Kartenfehler
  scheitern (WRONG_PIN, WRONG_PUK, WRONG_ADMIN_KEY, PIN_BLOCKED, PUK_BLOCKED, NEW_PIN_REFUSED,
  NEW_PUK_REFUSED, CANNOT_RESET, CARD_NOT_FOUND, TPM_LOCKOUT, UNSUPPORTED, FAILED) bei
  change-pin, reset-pin, change-puk oder status (ohne @: beim ersten Ändern oder Zurücksetzen);
  an der Karte ändert sich nichts.
  --sim-delay MS wartet vor jedem Status; ein Abbruch wirkt beim nächsten Status.
</translation>
    </message>
    <message>
        <source>software-tpm takes one of start, stop or status.</source>
        <extracomment>software-tpm, start, stop and status are typed as they are: do not translate them.</extracomment>
        <translation>software-tpm braucht start, stop oder status.</translation>
    </message>
    <message>
        <source>This program has no software TPM.</source>
        <translation>Dieses Programm hat kein Software-TPM.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command. The commands are create, destroy, list, status, change-pin, reset-pin, change-puk, explain and software-tpm.</source>
        <translation>Unbekannter Befehl. Die Befehle sind create, destroy, list, status, change-pin, reset-pin, change-puk, explain und software-tpm.</translation>
    </message>
</context>
<context>
    <name>ClientRegistration</name>
    <message>
        <source>The file %1 is not the program&apos;s own; it is left as it is.</source>
        <translation>Die Datei %1 stammt nicht von diesem Programm; sie bleibt, wie sie ist.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>list takes only --json.</source>
        <translation>list kennt nur --json.</translation>
    </message>
    <message>
        <source>destroy: --instance needs the instance id shown by &quot;vscwizard list&quot;.</source>
        <translation>destroy: --instance braucht die Instanz-ID, die „vscwizard list“ anzeigt.</translation>
    </message>
    <message>
        <source>destroy takes only --instance ID.</source>
        <translation>destroy kennt nur --instance ID.</translation>
    </message>
    <message>
        <source>destroy takes exactly one --instance ID.</source>
        <translation>destroy braucht --instance ID genau einmal.</translation>
    </message>
    <message>
        <source>destroy needs --instance ID (see &quot;vscwizard list&quot;).</source>
        <translation>destroy braucht --instance ID (siehe „vscwizard list“).</translation>
    </message>
    <message>
        <source>Removed the virtual smart card %1.</source>
        <translation>Die virtuelle Smartcard %1 wurde entfernt.</translation>
    </message>
    <message>
        <source>Restart the computer to finish removing the card.</source>
        <translation>Starten Sie den Computer neu, um das Entfernen der Karte abzuschließen.</translation>
    </message>
    <message>
        <source>explain takes one error or status, as a name or a number.</source>
        <translation>explain braucht einen Fehler oder Status, als Name oder als Nummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a TPMVSCMGR_ERROR nor a TPMVSCMGR_STATUS name or number.</source>
        <translation>„%1“ ist weder Name noch Nummer eines TPMVSCMGR_ERROR oder TPMVSCMGR_STATUS.</translation>
    </message>
    <message>
        <source>Error %1: TPMVSCMGR_ERROR_%2</source>
        <translation>Fehler %1: TPMVSCMGR_ERROR_%2</translation>
    </message>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message>
        <source>  vscwizard exits with status %1 on this error.</source>
        <translation>  Bei diesem Fehler endet vscwizard mit dem Status %1.</translation>
    </message>
    <message>
        <source>Status %1: TPMVSCMGR_STATUS_%2</source>
        <translation>Status %1: TPMVSCMGR_STATUS_%2</translation>
    </message>
    <message numerus="yes">
        <source>destroy: &quot;%1&quot; is not an instance id: none is longer than %n character(s) (see &quot;vscwizard list&quot;).</source>
        <translation>
            <numerusform>destroy: „%1“ ist keine Instanz-ID: Keine ist länger als %n Zeichen (siehe „vscwizard list“).</numerusform>
            <numerusform>destroy: „%1“ ist keine Instanz-ID: Keine ist länger als %n Zeichen (siehe „vscwizard list“).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateCommand</name>
    <message>
        <source>%1 takes one of: %2. Secrets are read from the terminal or from standard input, never from the command line.</source>
        <extracomment>%1 is an option such as --pin, %2 its keywords (prompt, stdin), typed as they are.</extracomment>
        <translation>%1 nimmt eines von: %2. Geheimnisse werden vom Terminal oder von der Standardeingabe gelesen, nie von der Befehlszeile.</translation>
    </message>
    <message>
        <source>--pinpolicy needs rules, e.g. --pinpolicy minlen 6 digits require.</source>
        <translation>--pinpolicy braucht Regeln, z. B. --pinpolicy minlen 6 digits require.</translation>
    </message>
    <message>
        <source>--pinpolicy: &quot;%1&quot; needs a value.</source>
        <translation>--pinpolicy: „%1“ braucht einen Wert.</translation>
    </message>
    <message>
        <source>--pinpolicy: %1 takes a number, not &quot;%2&quot;.</source>
        <translation>--pinpolicy: %1 nimmt eine Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>--pinpolicy: &quot;%1&quot; is not a rule; use minlen, maxlen, uppercase, lowercase, digits, special or other.</source>
        <translation>--pinpolicy: „%1“ ist keine Regel; verwenden Sie minlen, maxlen, uppercase, lowercase, digits, special oder other.</translation>
    </message>
    <message>
        <source>--pinpolicy: %1 is given twice; give each rule once.</source>
        <translation>--pinpolicy: %1 ist doppelt angegeben; geben Sie jede Regel nur einmal an.</translation>
    </message>
    <message>
        <source>--pinpolicy: %1 takes allow, require or disallow, not &quot;%2&quot;.</source>
        <translation>--pinpolicy: %1 nimmt allow, require oder disallow, nicht „%2“.</translation>
    </message>
    <message>
        <source>--pinpolicy: %1</source>
        <translation>--pinpolicy: %1</translation>
    </message>
    <message>
        <source>create: unexpected argument number %1; only options are taken.</source>
        <translation>create: unerwartetes Argument Nummer %1; es werden nur Optionen angenommen.</translation>
    </message>
    <message>
        <source>create: %1 is given twice.</source>
        <translation>create: %1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>create: --generate takes no value.</source>
        <translation>create: --generate nimmt keinen Wert.</translation>
    </message>
    <message>
        <source>create: unknown option %1.</source>
        <translation>create: unbekannte Option %1.</translation>
    </message>
    <message>
        <source>create: %1 needs a value.</source>
        <translation>create: %1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>create needs --name NAME.</source>
        <translation>create braucht --name NAME.</translation>
    </message>
    <message>
        <source>The organization policy %1 sets the PIN rules; --pinpolicy cannot change them.</source>
        <translation>Die Richtlinie der Organisation %1 legt die PIN-Regeln fest; --pinpolicy kann sie nicht ändern.</translation>
    </message>
    <message>
        <source>The organization policy %1 requires a PUK: add --puk prompt or --puk default.</source>
        <translation>Die Richtlinie der Organisation %1 verlangt eine PUK: Geben Sie --puk prompt oder --puk default an.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow a publicly known recovery secret, and on the %2 backend the PUK is the card&apos;s only one: use --puk prompt.</source>
        <translation>Die Richtlinie der Organisation %1 erlaubt kein öffentlich bekanntes Wiederherstellungsgeheimnis, und beim Backend %2 ist die PUK das einzige der Karte: Geben Sie --puk prompt an.</translation>
    </message>
    <message>
        <source>--adminkey prompt would ask for a key that is never used: on the %1 backend the PUK takes the admin key&apos;s place. Leave out --adminkey, or use --puk none to protect the card with an admin key instead.</source>
        <translation>--adminkey prompt würde nach einem Schlüssel fragen, der nie verwendet wird: Beim Backend %1 nimmt die PUK den Platz des Administratorschlüssels ein. Lassen Sie --adminkey weg, oder schützen Sie die Karte mit --puk none stattdessen durch einen Administratorschlüssel.</translation>
    </message>
    <message>
        <source>Note: on the %1 backend the PUK takes the admin key&apos;s place; --adminkey is ignored.</source>
        <translation>Hinweis: Beim Backend %1 nimmt die PUK den Platz des Administratorschlüssels ein; --adminkey wird nicht beachtet.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow the default admin key: add --adminkey prompt or --adminkey random.</source>
        <translation>Die Richtlinie der Organisation %1 erlaubt den Standard-Administratorschlüssel nicht: Geben Sie --adminkey prompt oder --adminkey random an.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow the default admin key: add --adminkey prompt.</source>
        <translation>Die Richtlinie der Organisation %1 erlaubt den Standard-Administratorschlüssel nicht: Geben Sie --adminkey prompt an.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow a random admin key: add --adminkey prompt or --adminkey default.</source>
        <translation>Die Richtlinie der Organisation %1 erlaubt keinen zufälligen Administratorschlüssel: Geben Sie --adminkey prompt oder --adminkey default an.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow a random admin key: add --adminkey prompt.</source>
        <translation>Die Richtlinie der Organisation %1 erlaubt keinen zufälligen Administratorschlüssel: Geben Sie --adminkey prompt an.</translation>
    </message>
    <message>
        <source>Or give the card a PUK with --puk prompt: on the %1 backend it takes the admin key&apos;s place.</source>
        <translation>Oder geben Sie der Karte mit --puk prompt eine PUK: Beim Backend %1 nimmt sie den Platz des Administratorschlüssels ein.</translation>
    </message>
    <message>
        <source>The two entries differed three times; nothing was created.</source>
        <translation>Die beiden Eingaben waren dreimal verschieden; es wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>The PIN must meet these rules:</source>
        <translation>Die PIN muss diese Regeln erfüllen:</translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation>PIN: </translation>
    </message>
    <message>
        <source>Repeat the PIN: </source>
        <translation>PIN wiederholen: </translation>
    </message>
    <message>
        <source>Standard input ended before the PIN was read.</source>
        <translation>Die Standardeingabe endete, bevor die PIN gelesen war.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>The PIN breaks these rules:</source>
        <translation>Die PIN verletzt diese Regeln:</translation>
    </message>
    <message>
        <source>PUK: </source>
        <translation>PUK: </translation>
    </message>
    <message>
        <source>Repeat the PUK: </source>
        <translation>PUK wiederholen: </translation>
    </message>
    <message>
        <source>Standard input ended before the PUK was read.</source>
        <translation>Die Standardeingabe endete, bevor die PUK gelesen war.</translation>
    </message>
    <message>
        <source>The admin key beside the PUK is random and kept nowhere: only the PUK can reset this card.</source>
        <translation>Der Administratorschlüssel neben der PUK ist zufällig und wird nirgends gespeichert: Nur die PUK kann diese Karte zurücksetzen.</translation>
    </message>
    <message>
        <source>The admin key is random and kept nowhere: this card can never be reset, only removed.</source>
        <translation>Der Administratorschlüssel ist zufällig und wird nirgends aufbewahrt: Diese Karte kann nie zurückgesetzt, nur entfernt werden.</translation>
    </message>
    <message>
        <source>Admin key (48 hex digits): </source>
        <translation>Administratorschlüssel (48 Hexadezimalziffern): </translation>
    </message>
    <message>
        <source>Repeat the admin key: </source>
        <translation>Administratorschlüssel wiederholen: </translation>
    </message>
    <message>
        <source>Standard input ended before the admin key was read.</source>
        <translation>Die Standardeingabe endete, bevor der Administratorschlüssel gelesen war.</translation>
    </message>
    <message>
        <source>Admin key: %1</source>
        <translation>Administratorschlüssel: %1</translation>
    </message>
    <message>
        <source>Admin key check value (KCV): %1</source>
        <translation>Prüfwert des Administratorschlüssels (KCV): %1</translation>
    </message>
    <message>
        <source>Created the virtual smart card &quot;%1&quot; (%2).</source>
        <translation>Die virtuelle Smartcard „%1“ (%2) wurde angelegt.</translation>
    </message>
    <message>
        <source>The card has the default PIN; change it before you rely on the card.</source>
        <translation>Die Karte hat die Standard-PIN; ändern Sie sie, bevor Sie sich auf die Karte verlassen.</translation>
    </message>
    <message>
        <source>Restart the computer before applications can use the card.</source>
        <translation>Starten Sie den Computer neu, bevor Anwendungen die Karte verwenden können.</translation>
    </message>
</context>
<context>
    <name>EnrollmentWizard</name>
    <message>
        <source>Create a Virtual Smart Card</source>
        <translation>Virtuelle Smartcard anlegen</translation>
    </message>
    <message>
        <source>Virtual smart card wizard</source>
        <translation>Assistent für virtuelle Smartcards</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>Could not act on your behalf</source>
        <translation>Handeln in Ihrem Namen nicht möglich</translation>
    </message>
    <message>
        <source>The smart card service could not act with the rights of your user account, so it could not work on the card.</source>
        <translation>Der Smartcard-Dienst konnte nicht mit den Rechten Ihres Benutzerkontos handeln und daher nicht mit der Karte arbeiten.</translation>
    </message>
    <message>
        <source>Sign out and sign in again, then retry. If it keeps failing, ask your administrator whether your account may manage smart cards on this computer.</source>
        <translation>Melden Sie sich ab und wieder an und versuchen Sie es erneut. Schlägt es weiterhin fehl, fragen Sie Ihren Administrator, ob Ihr Konto auf diesem Computer Smartcards verwalten darf.</translation>
    </message>
    <message>
        <source>PIN or PUK does not meet the rules</source>
        <translation>PIN oder PUK erfüllt die Regeln nicht</translation>
    </message>
    <message>
        <source>The PIN or the PUK does not meet your organization&apos;s rules for their length or the kinds of characters they contain.</source>
        <translation>Die PIN oder die PUK erfüllt die Regeln Ihrer Organisation für die Länge oder die erlaubten Zeichenarten nicht.</translation>
    </message>
    <message>
        <source>Choose a PIN and a PUK that meet every rule: those of the organization policy (--policy) and of --pinpolicy.</source>
        <translation>Wählen Sie eine PIN und eine PUK, die jede Regel erfüllen: die der Richtlinie der Organisation (--policy) und die von --pinpolicy.</translation>
    </message>
    <message>
        <source>Go back and choose a PIN and a PUK that meet every rule listed on the PIN page.</source>
        <translation>Gehen Sie zurück und wählen Sie eine PIN und eine PUK, die alle auf der PIN-Seite genannten Regeln erfüllen.</translation>
    </message>
    <message>
        <source>Too many smart cards</source>
        <translation>Zu viele Smartcards</translation>
    </message>
    <message>
        <source>This computer already has as many smart cards as it can use at once (10, counting physical and virtual cards).</source>
        <translation>Dieser Computer hat bereits so viele Smartcards, wie er gleichzeitig verwenden kann (10, physische und virtuelle Karten zusammen).</translation>
    </message>
    <message>
        <source>Remove a virtual smart card you no longer need or unplug a smart card reader, then try again.</source>
        <translation>Entfernen Sie eine virtuelle Smartcard, die Sie nicht mehr brauchen, oder trennen Sie ein Smartcard-Lesegerät, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Not possible in a remote session</source>
        <translation>In einer Remotesitzung nicht möglich</translation>
    </message>
    <message>
        <source>Virtual smart cards cannot be created or removed from a remote desktop session.</source>
        <translation>Virtuelle Smartcards können nicht aus einer Remotedesktopsitzung heraus angelegt oder entfernt werden.</translation>
    </message>
    <message>
        <source>Sign in at the computer itself, not through a remote desktop connection, and try again.</source>
        <translation>Melden Sie sich direkt am Computer an, nicht über eine Remotedesktopverbindung, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The TPM is not ready for smart cards</source>
        <translation>Das TPM ist nicht für Smartcards bereit</translation>
    </message>
    <message>
        <source>The part of the system that keeps smart cards in the TPM (Trusted Platform Module) could not be started.</source>
        <translation>Der Teil des Systems, der Smartcards im TPM (Trusted Platform Module) verwahrt, konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Check that the TPM is turned on and ready (in the firmware settings or with your administrator), restart the computer and try again.</source>
        <translation>Prüfen Sie, ob das TPM eingeschaltet und bereit ist (in den Firmware-Einstellungen oder bei Ihrem Administrator), starten Sie den Computer neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The card&apos;s storage could not be created</source>
        <translation>Der Speicher der Karte konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>The TPM could not create the protected storage that holds the virtual smart card&apos;s keys.</source>
        <translation>Das TPM konnte den geschützten Speicher für die Schlüssel der virtuellen Smartcard nicht anlegen.</translation>
    </message>
    <message>
        <source>Make sure the TPM is not locked after too many wrong attempts and has room for another card, then try again.</source>
        <translation>Stellen Sie sicher, dass das TPM nicht nach zu vielen Fehlversuchen gesperrt ist und Platz für eine weitere Karte hat, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The card&apos;s storage could not be removed</source>
        <translation>Der Speicher der Karte konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>The TPM could not delete the protected storage of the virtual smart card.</source>
        <translation>Das TPM konnte den geschützten Speicher der virtuellen Smartcard nicht löschen.</translation>
    </message>
    <message>
        <source>Restart the computer and try removing the card again.</source>
        <translation>Starten Sie den Computer neu und versuchen Sie erneut, die Karte zu entfernen.</translation>
    </message>
    <message>
        <source>Card emulation could not start</source>
        <translation>Die Kartenemulation konnte nicht starten</translation>
    </message>
    <message>
        <source>The software that makes the TPM behave like a smart card could not be started.</source>
        <translation>Die Software, die das TPM wie eine Smartcard arbeiten lässt, konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Restart the computer and try again. If it keeps failing, reinstall or update the smart card software.</source>
        <translation>Starten Sie den Computer neu und versuchen Sie es erneut. Schlägt es weiterhin fehl, installieren oder aktualisieren Sie die Smartcard-Software.</translation>
    </message>
    <message>
        <source>Card emulation could not be set up</source>
        <translation>Die Kartenemulation konnte nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>The software that makes the TPM behave like a smart card could not set up this card.</source>
        <translation>Die Software, die das TPM wie eine Smartcard arbeiten lässt, konnte diese Karte nicht einrichten.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, restart the computer first.</source>
        <translation>Versuchen Sie es erneut. Schlägt es weiterhin fehl, starten Sie zuerst den Computer neu.</translation>
    </message>
    <message>
        <source>Card emulation could not be removed</source>
        <translation>Die Kartenemulation konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>The software that makes the TPM behave like a smart card could not remove this card.</source>
        <translation>Die Software, die das TPM wie eine Smartcard arbeiten lässt, konnte diese Karte nicht entfernen.</translation>
    </message>
    <message>
        <source>Restart the computer, then try removing the card again.</source>
        <translation>Starten Sie den Computer neu und versuchen Sie dann erneut, die Karte zu entfernen.</translation>
    </message>
    <message>
        <source>Card settings could not be saved</source>
        <translation>Die Einstellungen der Karte konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>A setting of the card, such as its name or its PIN rules, could not be stored.</source>
        <translation>Eine Einstellung der Karte, etwa ihr Name oder ihre PIN-Regeln, konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Check that the disk is not full and that the card&apos;s storage is writable, then try again.</source>
        <translation>Prüfen Sie, ob der Datenträger nicht voll und der Speicher der Karte beschreibbar ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Card settings could not be read</source>
        <translation>Die Einstellungen der Karte konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>A setting of the card could not be read back, so the card could not be found or checked.</source>
        <translation>Eine Einstellung der Karte konnte nicht zurückgelesen werden, daher konnte die Karte nicht gefunden oder geprüft werden.</translation>
    </message>
    <message>
        <source>Check that the card still exists (another program may have removed it), then try again.</source>
        <translation>Prüfen Sie, ob die Karte noch existiert (ein anderes Programm hat sie vielleicht entfernt), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The virtual reader could not start</source>
        <translation>Das virtuelle Lesegerät konnte nicht starten</translation>
    </message>
    <message>
        <source>The virtual smart card reader, through which programs reach the card, could not be started.</source>
        <translation>Das virtuelle Smartcard-Lesegerät, über das Programme die Karte erreichen, konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Check that the smart card service is running, or restart the computer, and try again.</source>
        <translation>Prüfen Sie, ob der Smartcard-Dienst läuft, oder starten Sie den Computer neu, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The virtual reader could not be created</source>
        <translation>Das virtuelle Lesegerät konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>The virtual smart card reader for the new card could not be added.</source>
        <translation>Das virtuelle Smartcard-Lesegerät für die neue Karte konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Restart the computer and try again. Remove cards you no longer use if there are many.</source>
        <translation>Starten Sie den Computer neu und versuchen Sie es erneut. Entfernen Sie nicht mehr genutzte Karten, wenn es viele sind.</translation>
    </message>
    <message>
        <source>The virtual reader could not be removed</source>
        <translation>Das virtuelle Lesegerät konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>The virtual smart card reader of this card could not be removed.</source>
        <translation>Das virtuelle Smartcard-Lesegerät dieser Karte konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Restart the computer, which usually removes the reader, and try again if the card is still listed.</source>
        <translation>Starten Sie den Computer neu, wodurch das Lesegerät meist verschwindet, und versuchen Sie es erneut, falls die Karte noch aufgeführt ist.</translation>
    </message>
    <message>
        <source>Could not connect to the new card</source>
        <translation>Keine Verbindung zur neuen Karte</translation>
    </message>
    <message>
        <source>The new card could not be reached to set up its contents.</source>
        <translation>Die neue Karte war nicht erreichbar, um ihren Inhalt einzurichten.</translation>
    </message>
    <message>
        <source>Wait a moment and try again. If it keeps failing, restart the computer.</source>
        <translation>Warten Sie einen Moment und versuchen Sie es erneut. Schlägt es weiterhin fehl, starten Sie den Computer neu.</translation>
    </message>
    <message>
        <source>The card&apos;s contents could not be prepared</source>
        <translation>Der Inhalt der Karte konnte nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>The file system or the keys of the new card could not be generated.</source>
        <translation>Das Dateisystem oder die Schlüssel der neuen Karte konnten nicht erzeugt werden.</translation>
    </message>
    <message>
        <source>Try again, or create the card without generating its contents and generate them later.</source>
        <translation>Versuchen Sie es erneut, oder legen Sie die Karte ohne Inhalt an und erzeugen Sie ihn später.</translation>
    </message>
    <message>
        <source>Unable to create the smart card</source>
        <translation>Die Smartcard konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>The virtual smart card could not be created.</source>
        <translation>Die virtuelle Smartcard konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, give the details below to your administrator.</source>
        <translation>Versuchen Sie es erneut. Schlägt es weiterhin fehl, geben Sie die Details unten an Ihren Administrator weiter.</translation>
    </message>
    <message>
        <source>Unable to remove the smart card</source>
        <translation>Die Smartcard konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>The virtual smart card could not be removed.</source>
        <translation>Die virtuelle Smartcard konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Close the programs that use the card and try again. If the card is still listed, restart the computer.</source>
        <translation>Schließen Sie die Programme, die die Karte verwenden, und versuchen Sie es erneut. Ist die Karte noch aufgeführt, starten Sie den Computer neu.</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Unbekannter Fehler</translation>
    </message>
    <message>
        <source>Unknown error (code %1)</source>
        <translation>Unbekannter Fehler (Code %1)</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Falsche PIN</translation>
    </message>
    <message>
        <source>Type the PIN again, carefully. If you have forgotten it, reset it with the PUK or the admin key instead of guessing: every wrong PIN counts.</source>
        <translation>Geben Sie die PIN noch einmal sorgfältig ein. Wenn Sie sie vergessen haben, setzen Sie sie mit der PUK oder dem Administratorschlüssel zurück, statt zu raten: Jede falsche PIN zählt.</translation>
    </message>
    <message>
        <source>Wrong PUK</source>
        <translation>Falsche PUK</translation>
    </message>
    <message>
        <source>Type the PUK again, carefully: it is the one set when the card was made, not the PIN.</source>
        <translation>Geben Sie die PUK noch einmal sorgfältig ein: Es ist die beim Anlegen der Karte festgelegte, nicht die PIN.</translation>
    </message>
    <message>
        <source>Wrong admin key</source>
        <translation>Falscher Administratorschlüssel</translation>
    </message>
    <message>
        <source>Check the 48 hexadecimal digits and the check value (KCV) you were given for this card.</source>
        <translation>Prüfen Sie die 48 Hexadezimalziffern und den Prüfwert (KCV), die Sie für diese Karte erhalten haben.</translation>
    </message>
    <message>
        <source>PIN blocked</source>
        <translation>PIN gesperrt</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is blocked after too many wrong tries.</source>
        <translation>Die PIN der Karte ist nach zu vielen falschen Versuchen gesperrt.</translation>
    </message>
    <message>
        <source>Reset it with vscwizard reset-pin, using the PUK or the admin key.</source>
        <translation>Setzen Sie sie mit vscwizard reset-pin zurück, mit der PUK oder dem Administratorschlüssel.</translation>
    </message>
    <message>
        <source>Reset the PIN with the PUK or the admin key.</source>
        <translation>Setzen Sie die PIN mit der PUK oder dem Administratorschlüssel zurück.</translation>
    </message>
    <message>
        <source>PUK blocked</source>
        <translation>PUK gesperrt</translation>
    </message>
    <message>
        <source>The card&apos;s PUK is blocked after too many wrong tries.</source>
        <translation>Die PUK der Karte ist nach zu vielen falschen Versuchen gesperrt.</translation>
    </message>
    <message>
        <source>The PIN can no longer be reset with the PUK. Remove the card and create a new one.</source>
        <translation>Die PIN lässt sich nicht mehr mit der PUK zurücksetzen. Entfernen Sie die Karte und legen Sie eine neue an.</translation>
    </message>
    <message>
        <source>New PIN not allowed</source>
        <translation>Neue PIN nicht erlaubt</translation>
    </message>
    <message>
        <source>The new PIN does not meet the card&apos;s rules.</source>
        <translation>Die neue PIN erfüllt die Regeln der Karte nicht.</translation>
    </message>
    <message>
        <source>Choose a PIN that meets every rule listed above.</source>
        <translation>Wählen Sie eine PIN, die jede oben genannte Regel erfüllt.</translation>
    </message>
    <message>
        <source>Choose a PIN that meets every rule shown.</source>
        <translation>Wählen Sie eine PIN, die jede angezeigte Regel erfüllt.</translation>
    </message>
    <message>
        <source>New PUK not allowed</source>
        <translation>Neue PUK nicht erlaubt</translation>
    </message>
    <message>
        <source>The new PUK does not meet the card&apos;s rules.</source>
        <translation>Die neue PUK erfüllt die Regeln der Karte nicht.</translation>
    </message>
    <message>
        <source>Choose a PUK of 8 to 127 characters that is not the PIN.</source>
        <translation>Wählen Sie eine PUK mit 8 bis 127 Zeichen, die nicht die PIN ist.</translation>
    </message>
    <message>
        <source>This card cannot be reset</source>
        <translation>Diese Karte lässt sich nicht zurücksetzen</translation>
    </message>
    <message>
        <source>The card has no PUK and a random admin key that nobody knows, so nothing can reset its PIN.</source>
        <translation>Die Karte hat keine PUK und einen zufälligen Administratorschlüssel, den niemand kennt; nichts kann ihre PIN zurücksetzen.</translation>
    </message>
    <message>
        <source>Remove the card (vscwizard destroy) and create a new one.</source>
        <translation>Entfernen Sie die Karte (vscwizard destroy) und legen Sie eine neue an.</translation>
    </message>
    <message>
        <source>Remove the card and create a new one.</source>
        <translation>Entfernen Sie die Karte und legen Sie eine neue an.</translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>Keine solche Karte</translation>
    </message>
    <message>
        <source>The card was not found. It may have been removed.</source>
        <translation>Die Karte wurde nicht gefunden. Vielleicht wurde sie entfernt.</translation>
    </message>
    <message>
        <source>vscwizard list shows the cards and their instance ids.</source>
        <translation>vscwizard list zeigt die Karten und ihre Instanz-IDs.</translation>
    </message>
    <message>
        <source>Refresh the list of cards.</source>
        <translation>Aktualisieren Sie die Liste der Karten.</translation>
    </message>
    <message>
        <source>The TPM is locked</source>
        <translation>Das TPM ist gesperrt</translation>
    </message>
    <message>
        <source>The TPM refuses every PIN for a while after too many wrong ones, on every card.</source>
        <translation>Das TPM weist nach zu vielen falschen PINs eine Weile jede PIN zurück, auf jeder Karte.</translation>
    </message>
    <message>
        <source>Wait until the TPM accepts PINs again, then try once more.</source>
        <translation>Warten Sie, bis das TPM wieder PINs annimmt, und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>Not possible here</source>
        <translation>Hier nicht möglich</translation>
    </message>
    <message>
        <source>This card or this computer does not offer this operation.</source>
        <translation>Diese Karte oder dieser Computer bietet diesen Vorgang nicht an.</translation>
    </message>
    <message>
        <source>The card could not be changed</source>
        <translation>Die Karte konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>The operation did not finish; the card is as it was.</source>
        <translation>Der Vorgang wurde nicht abgeschlossen; die Karte ist unverändert.</translation>
    </message>
    <message>
        <source>Try again. The details say what the card answered.</source>
        <translation>Versuchen Sie es erneut. Die Details sagen, was die Karte geantwortet hat.</translation>
    </message>
    <message>
        <source>Initializing the virtual smart card…</source>
        <translation>Virtuelle Smartcard wird initialisiert…</translation>
    </message>
    <message>
        <source>Creating the card&apos;s protected storage in the TPM…</source>
        <translation>Geschützter Speicher der Karte wird im TPM angelegt…</translation>
    </message>
    <message>
        <source>Removing the card&apos;s protected storage from the TPM…</source>
        <translation>Geschützter Speicher der Karte wird aus dem TPM entfernt…</translation>
    </message>
    <message>
        <source>Starting the card emulation…</source>
        <translation>Kartenemulation wird gestartet…</translation>
    </message>
    <message>
        <source>Setting up the card emulation…</source>
        <translation>Kartenemulation wird eingerichtet…</translation>
    </message>
    <message>
        <source>Removing the card emulation…</source>
        <translation>Kartenemulation wird entfernt…</translation>
    </message>
    <message>
        <source>Starting the virtual reader…</source>
        <translation>Virtuelles Lesegerät wird gestartet…</translation>
    </message>
    <message>
        <source>Creating the virtual reader…</source>
        <translation>Virtuelles Lesegerät wird angelegt…</translation>
    </message>
    <message>
        <source>Removing the virtual reader…</source>
        <translation>Virtuelles Lesegerät wird entfernt…</translation>
    </message>
    <message>
        <source>Waiting for the new card to appear…</source>
        <translation>Warten, bis die neue Karte erscheint…</translation>
    </message>
    <message>
        <source>Signing in to the new card…</source>
        <extracomment>A stage: logging in to the new card (token) with its PIN.</extracomment>
        <translation>Anmeldung an der neuen Karte…</translation>
    </message>
    <message>
        <source>Generating the card&apos;s contents…</source>
        <translation>Inhalt der Karte wird erzeugt…</translation>
    </message>
    <message>
        <source>The virtual smart card was created.</source>
        <translation>Die virtuelle Smartcard wurde angelegt.</translation>
    </message>
    <message>
        <source>The virtual smart card was removed.</source>
        <translation>Die virtuelle Smartcard wurde entfernt.</translation>
    </message>
    <message>
        <source>Unknown step (code %1)</source>
        <translation>Unbekannter Schritt (Code %1)</translation>
    </message>
    <message>
        <source>The operation was cancelled before it finished; nothing was changed.</source>
        <translation>Der Vorgang wurde vor seinem Ende abgebrochen; es wurde nichts verändert.</translation>
    </message>
    <message numerus="yes">
        <source>The PIN is wrong for this card. %n try(ies) left before the PIN is blocked.</source>
        <translation>
            <numerusform>Die PIN ist für diese Karte falsch. Noch %n Versuch, bevor die PIN gesperrt wird.</numerusform>
            <numerusform>Die PIN ist für diese Karte falsch. Noch %n Versuche, bevor die PIN gesperrt wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN is wrong for this card.</source>
        <translation>Die PIN ist für diese Karte falsch.</translation>
    </message>
    <message numerus="yes">
        <source>The PUK is wrong for this card. %n try(ies) left before the PUK is blocked too.</source>
        <translation>
            <numerusform>Die PUK ist für diese Karte falsch. Noch %n Versuch, bevor auch die PUK gesperrt wird.</numerusform>
            <numerusform>Die PUK ist für diese Karte falsch. Noch %n Versuche, bevor auch die PUK gesperrt wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PUK is wrong for this card.</source>
        <translation>Die PUK ist für diese Karte falsch.</translation>
    </message>
    <message>
        <source>The admin key is wrong for this card, so the PIN was not reset.</source>
        <translation>Der Administratorschlüssel ist für diese Karte falsch, daher wurde die PIN nicht zurückgesetzt.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Was schiefgegangen ist</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was Sie tun können</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Shows or hides the technical details of the error.</source>
        <translation>Zeigt oder verbirgt die technischen Details des Fehlers.</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>Error: TPMVSCMGR_ERROR_%1 (%2)</source>
        <translation>Fehler: TPMVSCMGR_ERROR_%1 (%2)</translation>
    </message>
    <message>
        <source>Backend detail: none</source>
        <translation>Detail des Backends: keines</translation>
    </message>
    <message>
        <source>Backend detail: %1</source>
        <translation>Detail des Backends: %1</translation>
    </message>
    <message>
        <source>Card error %1</source>
        <translation>Kartenfehler %1</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Choose how the card is prepared.</source>
        <translation>Wählen Sie, wie die Karte vorbereitet wird.</translation>
    </message>
    <message>
        <source>&amp;Prepare the card for use now (file system and key pair)</source>
        <translation>Karte jetzt für die Nutzung &amp;vorbereiten (Dateisystem und Schlüsselpaar)</translation>
    </message>
    <message>
        <source>Creates the card&apos;s file system and a key pair right away, so the card can be used at once.</source>
        <translation>Legt sofort das Dateisystem und ein Schlüsselpaar der Karte an, sodass die Karte gleich verwendet werden kann.</translation>
    </message>
    <message>
        <source>Without this, the card is created empty and an application must prepare it before first use.</source>
        <translation>Ohne diese Option wird die Karte leer angelegt, und eine Anwendung muss sie vor der ersten Nutzung vorbereiten.</translation>
    </message>
    <message>
        <source>&amp;Key algorithm:</source>
        <translation>&amp;Schlüsselalgorithmus:</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>Schlüsselalgorithmus</translation>
    </message>
    <message>
        <source>The kind of key pair created on the card.</source>
        <translation>Die Art des Schlüsselpaars, das auf der Karte erzeugt wird.</translation>
    </message>
    <message>
        <source>A&amp;ttestation:</source>
        <translation>A&amp;ttestierung:</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Attestierung</translation>
    </message>
    <message>
        <source>Whether the card can prove to a server that its keys are protected by this computer&apos;s TPM.</source>
        <translation>Ob die Karte einem Server nachweisen kann, dass ihre Schlüssel durch das TPM dieses Computers geschützt sind.</translation>
    </message>
    <message>
        <source>&amp;Prepare the card for use now (a key pair)</source>
        <translation>Karte jetzt &amp;einsatzbereit machen (ein Schlüsselpaar)</translation>
    </message>
    <message>
        <source>Creates a key pair on the card right away, so the card can be used at once.</source>
        <translation>Legt sofort ein Schlüsselpaar auf der Karte an, sodass die Karte gleich verwendet werden kann.</translation>
    </message>
    <message>
        <source>Elliptic curve P-256 (recommended)</source>
        <translation>Elliptische Kurve P-256 (empfohlen)</translation>
    </message>
    <message>
        <source>RSA 2048 bits</source>
        <translation>RSA 2048 Bit</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Attestation identity key only</source>
        <translation>Nur Attestierungsschlüssel (AIK)</translation>
    </message>
    <message>
        <source>Attestation identity key and certificate (needs network access)</source>
        <translation>Attestierungsschlüssel (AIK) und Zertifikat (braucht Netzwerkzugang)</translation>
    </message>
</context>
<context>
    <name>OrganizationPolicy</name>
    <message>
        <source>The policy file %1 does not exist.</source>
        <translation>Die Richtliniendatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The policy file %1 is not a regular file.</source>
        <translation>Die Richtliniendatei %1 ist keine normale Datei.</translation>
    </message>
    <message>
        <source>this line is not valid UTF-8; save the file as UTF-8.</source>
        <translation>diese Zeile ist kein gültiges UTF-8; speichern Sie die Datei als UTF-8.</translation>
    </message>
    <message>
        <source>this line contains a control character.</source>
        <translation>diese Zeile enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a [Section], a Key=Value line nor a comment.</source>
        <translation>„%1“ ist weder ein [Abschnitt] noch eine Zeile Schlüssel=Wert noch ein Kommentar.</translation>
    </message>
    <message>
        <source>the section [%1] appears a second time (first on line %2); each section may appear once.</source>
        <translation>der Abschnitt [%1] kommt ein zweites Mal vor (zuerst in Zeile %2); jeder Abschnitt darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>the line &quot;%1&quot; has no key before the &quot;=&quot;.</source>
        <translation>in der Zeile „%1“ steht kein Schlüssel vor dem „=“.</translation>
    </message>
    <message>
        <source>the key %1 (value &quot;%2&quot;) comes before any section; put it under [%3] or [%4].</source>
        <translation>der Schlüssel %1 (Wert „%2“) steht vor jedem Abschnitt; setzen Sie ihn unter [%3] oder [%4].</translation>
    </message>
    <message>
        <source>the key %1 (value &quot;%2&quot;) is unknown; the keys of [%3] are %4.</source>
        <translation>der Schlüssel %1 (Wert „%2“) ist unbekannt; die Schlüssel von [%3] sind %4.</translation>
    </message>
    <message>
        <source>the key %1 is given a second time (first on line %2); each key may be given once.</source>
        <translation>der Schlüssel %1 ist ein zweites Mal angegeben (zuerst in Zeile %2); jeder Schlüssel darf nur einmal angegeben werden.</translation>
    </message>
    <message>
        <source>the PIN policy of this section cannot be used: %1</source>
        <translation>die PIN-Richtlinie dieses Abschnitts ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>The policy file %1 cannot be read: %2</source>
        <translation>Die Richtliniendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>The policy file %1 is larger than %n byte(s); a policy file has a few lines.</source>
        <translation>
            <numerusform>Die Richtliniendatei %1 ist größer als %n Byte; eine Richtliniendatei hat nur wenige Zeilen.</numerusform>
            <numerusform>Die Richtliniendatei %1 ist größer als %n Byte; eine Richtliniendatei hat nur wenige Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>the section [%1] is unknown; the sections are [%2] and [%3].</source>
        <extracomment>After &quot;file:line: &quot;. [%2] and [%3] are the section names of the file, kept in English.</extracomment>
        <translation>der Abschnitt [%1] ist unbekannt; es gibt nur die Abschnitte [%2] und [%3].</translation>
    </message>
    <message>
        <source>the section [%1] is unknown, and with it the key %2 (value &quot;%3&quot;) on line %4; the sections are [%5] and [%6].</source>
        <extracomment>After &quot;file:line: &quot;. [%5] and [%6] are the section names of the file, kept in English.</extracomment>
        <translation>der Abschnitt [%1] ist unbekannt und mit ihm der Schlüssel %2 (Wert „%3“) in Zeile %4; es gibt nur die Abschnitte [%5] und [%6].</translation>
    </message>
    <message>
        <source>the key %1 has no value; it must be a whole number from %2 to %3.</source>
        <extracomment>After &quot;file:line: &quot;. %1: a key of the policy file.</extracomment>
        <translation>der Schlüssel %1 hat keinen Wert; erwartet wird eine ganze Zahl von %2 bis %3.</translation>
    </message>
    <message>
        <source>the key %1 has the value &quot;%2&quot;; it must be a whole number from %3 to %4.</source>
        <extracomment>After &quot;file:line: &quot;. %1: a key of the policy file; %2: its value.</extracomment>
        <translation>der Schlüssel %1 hat den Wert „%2“; erwartet wird eine ganze Zahl von %3 bis %4.</translation>
    </message>
    <message>
        <source>the key %1 has no value; it must be allow, require or disallow.</source>
        <extracomment>After &quot;file:line: &quot;. allow, require and disallow are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>der Schlüssel %1 hat keinen Wert; erwartet wird allow, require oder disallow.</translation>
    </message>
    <message>
        <source>the key %1 has the value &quot;%2&quot;; it must be allow, require or disallow.</source>
        <extracomment>After &quot;file:line: &quot;. allow, require and disallow are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>der Schlüssel %1 hat den Wert „%2“; erwartet wird allow, require oder disallow.</translation>
    </message>
    <message>
        <source>the key %1 has no value; it must be true or false.</source>
        <extracomment>After &quot;file:line: &quot;. true and false are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>der Schlüssel %1 hat keinen Wert; erwartet wird true oder false.</translation>
    </message>
    <message>
        <source>the key %1 has the value &quot;%2&quot;; it must be true or false.</source>
        <extracomment>After &quot;file:line: &quot;. true and false are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>der Schlüssel %1 hat den Wert „%2“; erwartet wird true oder false.</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>vscwizard: %1</source>
        <translation>vscwizard: %1</translation>
    </message>
    <message>
        <source>Run &quot;vscwizard --help&quot; for the commands and their options.</source>
        <translation>„vscwizard --help“ zeigt die Befehle und ihre Optionen.</translation>
    </message>
    <message>
        <source>vscwizard: standard input cannot be read.</source>
        <translation>vscwizard: Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>  - %1</source>
        <translation>  - %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Cannot continue: %1</source>
        <translation>Fortfahren nicht möglich: %1</translation>
    </message>
    <message>
        <source>No virtual smart cards.</source>
        <translation>Keine virtuellen Smartcards.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Instance id</source>
        <translation>Instanz-ID</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>PIN state</source>
        <translation>PIN-Zustand</translation>
    </message>
    <message>
        <source>TPM: %1</source>
        <translation>TPM: %1</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message numerus="yes">
        <source>A line of standard input is longer than %n byte(s); no secret is that long.</source>
        <translation>
            <numerusform>Eine Zeile der Standardeingabe ist länger als %n Byte; so lang ist kein Geheimnis.</numerusform>
            <numerusform>Eine Zeile der Standardeingabe ist länger als %n Byte; so lang ist kein Geheimnis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinEntry</name>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>The new PIN of the card. The rules it must meet are listed below.</source>
        <translation>Die neue PIN der Karte. Die Regeln, die sie erfüllen muss, stehen unten.</translation>
    </message>
    <message>
        <source>Con&amp;firm PIN:</source>
        <translation>PIN &amp;bestätigen:</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>PIN bestätigen</translation>
    </message>
    <message>
        <source>Type the same PIN again.</source>
        <translation>Geben Sie dieselbe PIN noch einmal ein.</translation>
    </message>
    <message>
        <source>&amp;Show PIN</source>
        <translation>PIN &amp;anzeigen</translation>
    </message>
    <message>
        <source>Shows the PIN as plain text instead of dots. Make sure nobody is watching.</source>
        <translation>Zeigt die PIN im Klartext statt als Punkte. Achten Sie darauf, dass niemand zusieht.</translation>
    </message>
    <message>
        <source>PIN check</source>
        <translation>PIN-Prüfung</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>The PIN must meet these &amp;rules:</source>
        <translation>Die PIN muss diese &amp;Regeln erfüllen:</translation>
    </message>
    <message>
        <source>PIN rules</source>
        <translation>PIN-Regeln</translation>
    </message>
    <message>
        <source>Each rule is marked as met or not met while you type.</source>
        <translation>Während Sie tippen, wird jede Regel als erfüllt oder nicht erfüllt markiert.</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>&amp;Neue PIN:</translation>
    </message>
    <message>
        <source>&amp;New PUK:</source>
        <translation>&amp;Neue PUK:</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <source>New PUK</source>
        <translation>Neue PUK</translation>
    </message>
    <message>
        <source>The card&apos;s new PIN. The rules it must meet are listed below.</source>
        <translation>Die neue PIN der Karte. Die Regeln, die sie erfüllen muss, stehen unten.</translation>
    </message>
    <message>
        <source>The card&apos;s new PUK: 8 to 127 characters, not the PIN.</source>
        <translation>Die neue PUK der Karte: 8 bis 127 Zeichen, nicht die PIN.</translation>
    </message>
    <message>
        <source>Con&amp;firm new PIN:</source>
        <translation>Neue PIN &amp;bestätigen:</translation>
    </message>
    <message>
        <source>Con&amp;firm new PUK:</source>
        <translation>Neue PUK &amp;bestätigen:</translation>
    </message>
    <message>
        <source>Confirm new PIN</source>
        <translation>Neue PIN bestätigen</translation>
    </message>
    <message>
        <source>Confirm new PUK</source>
        <translation>Neue PUK bestätigen</translation>
    </message>
    <message>
        <source>Type the same PUK again.</source>
        <translation>Geben Sie dieselbe PUK noch einmal ein.</translation>
    </message>
    <message>
        <source>&amp;Show PUK</source>
        <translation>PUK &amp;anzeigen</translation>
    </message>
    <message>
        <source>Broken</source>
        <extracomment>The state of a PIN rule, read out by screen readers: the PIN breaks this rule.</extracomment>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>Met</source>
        <extracomment>The state of a PIN rule, read out by screen readers: &quot;Met&quot; = the PIN keeps the rule; &quot;Not met yet&quot; = it does not keep it yet.</extracomment>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Not met yet</source>
        <translation>Noch nicht erfüllt</translation>
    </message>
    <message>
        <source>The PIN contains a character the rules do not allow (“%1”). Remove it.</source>
        <translation>Die PIN enthält ein Zeichen, das die Regeln nicht erlauben („%1“). Entfernen Sie es.</translation>
    </message>
    <message>
        <source>The PIN is too long (“%1”). Shorten it.</source>
        <translation>Die PIN ist zu lang („%1“). Kürzen Sie sie.</translation>
    </message>
    <message>
        <source>The two PINs do not match.</source>
        <translation>Die beiden PINs stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The two PUKs do not match.</source>
        <translation>Die beiden PUKs stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The PUKs match.</source>
        <translation>Die PUKs stimmen überein.</translation>
    </message>
    <message>
        <source>Type the PIN again in the second field to confirm it.</source>
        <translation>Geben Sie die PIN zur Bestätigung im zweiten Feld noch einmal ein.</translation>
    </message>
    <message>
        <source>Type the PUK again in the second field to confirm it.</source>
        <translation>Geben Sie die PUK zur Bestätigung im zweiten Feld noch einmal ein.</translation>
    </message>
    <message>
        <source>The PINs match.</source>
        <translation>Die PINs stimmen überein.</translation>
    </message>
    <message>
        <source>The PINs match, but not every rule below is met yet.</source>
        <translation>Die PINs stimmen überein, aber noch nicht jede Regel unten ist erfüllt.</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>The PIN unlocks the card each time you use it. Choose one you can remember; nobody else should know it.</source>
        <translation>Die PIN entsperrt die Karte bei jeder Nutzung. Wählen Sie eine, die Sie sich merken können; niemand sonst sollte sie kennen.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>The new PIN of the card. The rules it must meet are listed below.</source>
        <translation>Die neue PIN der Karte. Die Regeln, die sie erfüllen muss, stehen unten.</translation>
    </message>
    <message>
        <source>Con&amp;firm PIN:</source>
        <translation>PIN &amp;bestätigen:</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>PIN bestätigen</translation>
    </message>
    <message>
        <source>The PIN you entered before is kept. Type a new one to change it.</source>
        <translation>Die zuvor eingegebene PIN bleibt erhalten. Geben Sie eine neue ein, um sie zu ändern.</translation>
    </message>
</context>
<context>
    <name>PinPolicy</name>
    <message>
        <source>The minimum PIN length is %1; it must be at least %2.</source>
        <translation>Die Mindestlänge der PIN ist %1; sie muss mindestens %2 sein.</translation>
    </message>
    <message>
        <source>The maximum PIN length is %1; it can be at most %2.</source>
        <translation>Die Höchstlänge der PIN ist %1; sie darf höchstens %2 sein.</translation>
    </message>
    <message>
        <source>The minimum PIN length (%1) is greater than the maximum (%2).</source>
        <translation>Die Mindestlänge der PIN (%1) ist größer als die Höchstlänge (%2).</translation>
    </message>
    <message>
        <source>The policy disallows every kind of character, so no PIN can meet it.</source>
        <translation>Die Richtlinie verbietet jede Zeichenart, daher kann keine PIN sie erfüllen.</translation>
    </message>
    <message numerus="yes">
        <source>The policy requires %1 kinds of character, but a PIN may have at most %n character(s).</source>
        <translation>
            <numerusform>Die Richtlinie verlangt %1 Zeichenarten, aber eine PIN darf höchstens %n Zeichen haben.</numerusform>
            <numerusform>Die Richtlinie verlangt %1 Zeichenarten, aber eine PIN darf höchstens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n byte(s) (ä or € count as 2 or 3)</source>
        <translation>
            <numerusform>Mindestens %n Byte (ä oder € zählen als 2 oder 3)</numerusform>
            <numerusform>Mindestens %n Byte (ä oder € zählen als 2 oder 3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>Mindestens %n Zeichen</numerusform>
            <numerusform>Mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n byte(s) (ä or € count as 2 or 3)</source>
        <translation>
            <numerusform>Höchstens %n Byte (ä oder € zählen als 2 oder 3)</numerusform>
            <numerusform>Höchstens %n Byte (ä oder € zählen als 2 oder 3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n character(s)</source>
        <translation>
            <numerusform>Höchstens %n Zeichen</numerusform>
            <numerusform>Höchstens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>At least one uppercase letter (A-Z)</source>
        <translation>Mindestens ein Großbuchstabe (A–Z)</translation>
    </message>
    <message>
        <source>At least one lowercase letter (a-z)</source>
        <translation>Mindestens ein Kleinbuchstabe (a–z)</translation>
    </message>
    <message>
        <source>At least one digit (0-9)</source>
        <translation>Mindestens eine Ziffer (0–9)</translation>
    </message>
    <message>
        <source>At least one special character, such as a space or !#%+-</source>
        <translation>Mindestens ein Sonderzeichen, etwa ein Leerzeichen oder !#%+-</translation>
    </message>
    <message>
        <source>At least one character beyond plain ASCII, such as ä or €</source>
        <translation>Mindestens ein Zeichen außerhalb von ASCII, etwa ä oder €</translation>
    </message>
    <message>
        <source>No uppercase letters (A-Z)</source>
        <translation>Keine Großbuchstaben (A–Z)</translation>
    </message>
    <message>
        <source>No lowercase letters (a-z)</source>
        <translation>Keine Kleinbuchstaben (a–z)</translation>
    </message>
    <message>
        <source>No digits (0-9)</source>
        <translation>Keine Ziffern (0–9)</translation>
    </message>
    <message>
        <source>No special characters (spaces, punctuation, symbols)</source>
        <translation>Keine Sonderzeichen (Leerzeichen, Satzzeichen, Symbole)</translation>
    </message>
    <message>
        <source>No characters beyond plain ASCII (such as ä or €) and no control characters</source>
        <translation>Keine Zeichen außerhalb von ASCII (etwa ä oder €) und keine Steuerzeichen</translation>
    </message>
    <message numerus="yes">
        <source>The PIN policy has %n byte(s); it must have exactly %1.</source>
        <translation>
            <numerusform>Die PIN-Richtlinie hat %n Byte; sie muss genau %1 haben.</numerusform>
            <numerusform>Die PIN-Richtlinie hat %n Byte; sie muss genau %1 haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN policy&apos;s reserved field is %1; it must be 1.</source>
        <translation>Das reservierte Feld der PIN-Richtlinie ist %1; es muss 1 sein.</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s minimum length is %1; it must be from %2 to %3.</source>
        <translation>Die Mindestlänge der PIN-Richtlinie ist %1; sie muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s maximum length is %1; it must be from %2 to %3.</source>
        <translation>Die Höchstlänge der PIN-Richtlinie ist %1; sie muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s minimum length (%1) is greater than its maximum length (%2).</source>
        <translation>Die Mindestlänge der PIN-Richtlinie (%1) ist größer als ihre Höchstlänge (%2).</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s rule for %1 is %2; only 0 (allow), 1 (require) and 2 (disallow) exist.</source>
        <extracomment>%1 is the rule&apos;s name as Windows stores it (uppercase, lowercase, digits, special), %2 a number.</extracomment>
        <translation>Die Regel der PIN-Richtlinie für %1 ist %2; es gibt nur 0 (erlauben), 1 (verlangen) und 2 (verbieten).</translation>
    </message>
    <message>
        <source>uppercase letters</source>
        <translation>Großbuchstaben</translation>
    </message>
    <message>
        <source>lowercase letters</source>
        <translation>Kleinbuchstaben</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>Ziffern</translation>
    </message>
    <message>
        <source>special characters</source>
        <translation>Sonderzeichen</translation>
    </message>
    <message>
        <source>other characters</source>
        <translation>andere Zeichen</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Creating the Card</source>
        <translation>Karte wird angelegt</translation>
    </message>
    <message>
        <source>Please wait while the card is created.</source>
        <translation>Bitte warten Sie, während die Karte angelegt wird.</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>How far the creation of the card has got.</source>
        <translation>Wie weit das Anlegen der Karte fortgeschritten ist.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Wieder&amp;holen</translation>
    </message>
    <message>
        <source>Tries to create the same card again.</source>
        <translation>Versucht erneut, dieselbe Karte anzulegen.</translation>
    </message>
    <message>
        <source>C&amp;hange Choices</source>
        <translation>Angaben ä&amp;ndern</translation>
    </message>
    <message>
        <source>Goes back to the summary, from where you can change the name, the PIN or the other choices.</source>
        <translation>Geht zurück zur Zusammenfassung, von wo aus Sie den Namen, die PIN oder die anderen Angaben ändern können.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stops creating the card. Nothing is left behind.</source>
        <translation>Hält das Anlegen der Karte an. Es bleibt nichts zurück.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Stopping and removing what was created so far…</source>
        <translation>Wird angehalten, bisher Angelegtes wird entfernt…</translation>
    </message>
    <message>
        <source>The card was created.</source>
        <translation>Die Karte wurde angelegt.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <extracomment>The text inside the progress bar after the user stopped the create.
----------
What a screen reader says of the progress bar after the user stopped the create.</extracomment>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <extracomment>The stage line under the progress bar after the user stopped the create.</extracomment>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>No card was created. You can try again, or close the wizard.</source>
        <translation>Es wurde keine Karte angelegt. Sie können es erneut versuchen oder den Assistenten schließen.</translation>
    </message>
    <message>
        <source>The card could not be created: %1</source>
        <translation>Die Karte konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>You can try again, or change your choices.</source>
        <translation>Sie können es erneut versuchen oder Ihre Angaben ändern.</translation>
    </message>
    <message>
        <source>Failed at %p%</source>
        <extracomment>Shown in the progress bar when the creation failed; %p% is the bar&apos;s percentage (Qt fills in the number).</extracomment>
        <translation>Fehlgeschlagen bei %p%</translation>
    </message>
    <message>
        <source>The Card Was Not Created</source>
        <translation>Die Karte wurde nicht angelegt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Creating the Card Was Stopped</source>
        <translation>Das Anlegen der Karte wurde angehalten</translation>
    </message>
    <message>
        <source>The card could not be created.</source>
        <translation>Die Karte konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>&amp;What Went Wrong?</source>
        <translation>&amp;Was ist schiefgegangen?</translation>
    </message>
    <message>
        <source>Shows the error again: what went wrong, what to do, and the details.</source>
        <translation>Zeigt den Fehler noch einmal: was schiefging, was zu tun ist, und die Details.</translation>
    </message>
    <message>
        <source>Nothing of the card was left behind.</source>
        <translation>Von der Karte ist nichts zurückgeblieben.</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>Organization rules</source>
        <translation>Regeln der Organisation</translation>
    </message>
    <message>
        <source>The PUK resets the PIN. It is a second secret of 8 to 127 characters.</source>
        <translation>Mit der PUK wird die PIN zurückgesetzt. Sie ist ein zweites Geheimnis aus 8 bis 127 Zeichen.</translation>
    </message>
    <message>
        <source>P&amp;UK:</source>
        <translation>P&amp;UK:</translation>
    </message>
    <message>
        <source>PUK</source>
        <translation>PUK</translation>
    </message>
    <message>
        <source>8 to 127 characters. Keep it apart from the PIN.</source>
        <translation>8 bis 127 Zeichen. Bewahren Sie sie getrennt von der PIN auf.</translation>
    </message>
    <message>
        <source>C&amp;onfirm PUK:</source>
        <translation>PUK bes&amp;tätigen:</translation>
    </message>
    <message>
        <source>Confirm PUK</source>
        <translation>PUK bestätigen</translation>
    </message>
    <message>
        <source>Type the same PUK again.</source>
        <translation>Geben Sie dieselbe PUK noch einmal ein.</translation>
    </message>
    <message>
        <source>S&amp;how PUK</source>
        <translation>PUK anze&amp;igen</translation>
    </message>
    <message>
        <source>Shows the PUK as plain text instead of dots.</source>
        <translation>Zeigt die PUK im Klartext statt als Punkte.</translation>
    </message>
    <message>
        <source>PUK check</source>
        <translation>PUK-Prüfung</translation>
    </message>
    <message>
        <source>The admin key is a 3DES key that an administrator uses to reset the PIN.</source>
        <translation>Der Administratorschlüssel ist ein 3DES-Schlüssel, mit dem ein Administrator die PIN zurücksetzt.</translation>
    </message>
    <message>
        <source>&amp;Default key</source>
        <translation>&amp;Standardschlüssel</translation>
    </message>
    <message>
        <source>&amp;Random key, never shown</source>
        <translation>Zu&amp;fälliger Schlüssel, wird nie angezeigt</translation>
    </message>
    <message>
        <source>Nobody will know the key: the card can then never be reset, only removed.</source>
        <translation>Niemand wird den Schlüssel kennen: Die Karte kann dann nie zurückgesetzt, nur entfernt werden.</translation>
    </message>
    <message>
        <source>&amp;Enter a key</source>
        <translation>Schlüssel &amp;eingeben</translation>
    </message>
    <message>
        <source>Type a key of 48 hexadecimal digits, for example one your administrator gave you.</source>
        <translation>Geben Sie einen Schlüssel aus 48 Hexadezimalziffern ein, etwa einen, den Ihr Administrator Ihnen gegeben hat.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>Sc&amp;hlüssel:</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Administratorschlüssel</translation>
    </message>
    <message>
        <source>48 hexadecimal digits; spaces or colons between the byte pairs are allowed.</source>
        <translation>48 Hexadezimalziffern; Leerzeichen oder Doppelpunkte zwischen den Bytepaaren sind erlaubt.</translation>
    </message>
    <message>
        <source>48 hex digits</source>
        <translation>48 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>Sho&amp;w key</source>
        <translation>Schlüssel anzei&amp;gen</translation>
    </message>
    <message>
        <source>Shows the admin key as plain text instead of dots.</source>
        <translation>Zeigt den Administratorschlüssel im Klartext statt als Punkte.</translation>
    </message>
    <message>
        <source>Admin key check</source>
        <translation>Prüfung des Administratorschlüssels</translation>
    </message>
    <message>
        <source>Your organization requires a PUK.</source>
        <translation>Ihre Organisation verlangt eine PUK.</translation>
    </message>
    <message>
        <source>Your organization does not allow the default admin key.</source>
        <translation>Ihre Organisation erlaubt den Standard-Administratorschlüssel nicht.</translation>
    </message>
    <message>
        <source>Your organization does not allow a random admin key.</source>
        <translation>Ihre Organisation erlaubt keinen zufälligen Administratorschlüssel.</translation>
    </message>
    <message>
        <source>Also set the card&apos;s &amp;admin key, as your organization requires</source>
        <translation>Auch den &amp;Administratorschlüssel der Karte festlegen, wie Ihre Organisation es verlangt</translation>
    </message>
    <message>
        <source>Type the PUK again in the second field to confirm it.</source>
        <translation>Geben Sie die PUK zur Bestätigung im zweiten Feld noch einmal ein.</translation>
    </message>
    <message>
        <source>The two PUKs do not match.</source>
        <translation>Die beiden PUKs stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The PUK you entered before is kept. Type a new one to change it.</source>
        <translation>Die zuvor eingegebene PUK bleibt erhalten. Geben Sie eine neue ein, um sie zu ändern.</translation>
    </message>
    <message>
        <source>The PUKs match.</source>
        <translation>Die PUKs stimmen überein.</translation>
    </message>
    <message>
        <source>The card also gets a random admin key that nobody knows: only the PUK can reset the PIN.</source>
        <translation>Die Karte erhält außerdem einen zufälligen Administratorschlüssel, den niemand kennt: Nur die PUK kann die PIN zurücksetzen.</translation>
    </message>
    <message>
        <source>The card also keeps the publicly known default admin key (check value %1), because your organization does not allow a random one. Anyone who has the card can reset its PIN with that key, without the PUK.</source>
        <translation>Die Karte behält außerdem den öffentlich bekannten Standard-Administratorschlüssel (Prüfwert %1), weil Ihre Organisation keinen zufälligen erlaubt. Wer die Karte hat, kann mit diesem Schlüssel ihre PIN zurücksetzen, ohne die PUK.</translation>
    </message>
    <message>
        <source>The default key is publicly known: anyone who has the card can reset its PIN with it. Its check value (KCV) is %1.</source>
        <translation>Der Standardschlüssel ist öffentlich bekannt: Wer die Karte hat, kann damit ihre PIN zurücksetzen. Sein Prüfwert (KCV) ist %1.</translation>
    </message>
    <message>
        <source>The key you entered before is kept (check value %1). Type a new one to change it.</source>
        <translation>Der zuvor eingegebene Schlüssel bleibt erhalten (Prüfwert %1). Geben Sie einen neuen ein, um ihn zu ändern.</translation>
    </message>
    <message>
        <source>Type the key as 48 hexadecimal digits.</source>
        <translation>Geben Sie den Schlüssel als 48 Hexadezimalziffern ein.</translation>
    </message>
    <message>
        <source>Check value (KCV): %1. Compare it with the one you were given.</source>
        <translation>Prüfwert (KCV): %1. Vergleichen Sie ihn mit dem, den Sie erhalten haben.</translation>
    </message>
    <message>
        <source>Admin key beside the PUK</source>
        <extracomment>A title: the admin key the card keeps in addition to the PUK.</extracomment>
        <translation>Administratorschlüssel neben der PUK</translation>
    </message>
    <message>
        <source>Use an &amp;admin key (48 hexadecimal digits)</source>
        <translation>Einen &amp;Administratorschlüssel verwenden (48 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>The publicly known default key of virtual smart cards. Anyone who knows it can reset the PIN.</source>
        <translation>Der öffentlich bekannte Standardschlüssel virtueller Smartcards. Wer ihn kennt, kann die PIN zurücksetzen.</translation>
    </message>
    <message>
        <source>If the PIN is forgotten or blocked after too many wrong tries, it is reset with a PUK or with the card&apos;s admin key.</source>
        <translation>Wird die PIN vergessen oder nach zu vielen Fehlversuchen gesperrt, wird sie mit einer PUK oder mit dem Administratorschlüssel der Karte zurückgesetzt.</translation>
    </message>
    <message>
        <source>Use a &amp;PUK (PIN unblocking key) that you keep in a safe place</source>
        <translation>Eine &amp;PUK (PIN-Entsperrschlüssel) verwenden, die Sie sicher aufbewahren</translation>
    </message>
    <message numerus="yes">
        <source>Type a PUK of %1 to %n character(s).</source>
        <translation>
            <numerusform>Geben Sie eine PUK aus %1 bis %n Zeichen ein.</numerusform>
            <numerusform>Geben Sie eine PUK aus %1 bis %n Zeichen ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>With a random key the card can never be reset. If the PIN is forgotten or blocked, the card can only be removed and a new one created.</source>
        <translation>Mit einem zufälligen Schlüssel kann die Karte nie zurückgesetzt werden. Ist die PIN vergessen oder gesperrt, kann die Karte nur entfernt und eine neue angelegt werden.</translation>
    </message>
</context>
<context>
    <name>RemoveCardDialog</name>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Removing the card “%1” destroys its keys. Whatever they protect (sign-in, signatures, encrypted mail) can no longer be opened with this card. This cannot be undone.</source>
        <translation>Das Entfernen der Karte „%1“ vernichtet ihre Schlüssel. Was sie schützen (Anmeldung, Signaturen, verschlüsselte E-Mail), lässt sich mit dieser Karte nicht mehr öffnen. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>To confirm, type the card&apos;s &amp;name: %1</source>
        <translation>Geben Sie zur Bestätigung den &amp;Namen der Karte ein: %1</translation>
    </message>
    <message>
        <source>Card name to confirm</source>
        <translation>Kartenname zur Bestätigung</translation>
    </message>
    <message>
        <source>&amp;Remove card</source>
        <translation>Karte &amp;entfernen</translation>
    </message>
    <message>
        <source>Removing the card…</source>
        <translation>Die Karte wird entfernt…</translation>
    </message>
    <message>
        <source>The card “%1” was removed. Restart the computer to finish.</source>
        <translation>Die Karte „%1“ wurde entfernt. Starten Sie den Computer neu, um den Vorgang abzuschließen.</translation>
    </message>
    <message>
        <source>The card “%1” was removed.</source>
        <translation>Die Karte „%1“ wurde entfernt.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Type “%1” to enable Remove card.</source>
        <translation>Geben Sie „%1“ ein, um „Karte entfernen“ freizugeben.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Card Created</source>
        <translation>Karte angelegt</translation>
    </message>
    <message>
        <source>Your virtual smart card is ready.</source>
        <translation>Ihre virtuelle Smartcard ist bereit.</translation>
    </message>
    <message>
        <source>&amp;Instance ID:</source>
        <translation>&amp;Instanz-ID:</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>Instanz-ID</translation>
    </message>
    <message>
        <source>Identifies the card, for example to remove it later.</source>
        <translation>Kennzeichnet die Karte, etwa um sie später zu entfernen.</translation>
    </message>
    <message>
        <source>Restart the computer before using the card: applications see it only after a restart.</source>
        <translation>Starten Sie den Computer neu, bevor Sie die Karte verwenden: Anwendungen sehen sie erst nach einem Neustart.</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>Neustart nötig</translation>
    </message>
    <message>
        <source>How to &amp;use the card:</source>
        <translation>So &amp;verwenden Sie die Karte:</translation>
    </message>
    <message>
        <source>How to use the card</source>
        <translation>So verwenden Sie die Karte</translation>
    </message>
    <message>
        <source>Settings for applications such as ssh or a web browser. You can select and copy them.</source>
        <translation>Einstellungen für Anwendungen wie ssh oder einen Webbrowser. Sie können sie markieren und kopieren.</translation>
    </message>
    <message>
        <source>The virtual smart card “%1” was created.</source>
        <translation>Die virtuelle Smartcard „%1“ wurde angelegt.</translation>
    </message>
    <message>
        <source>Lines for a terminal</source>
        <translation>Zeilen für ein Terminal</translation>
    </message>
    <message>
        <source>Shell commands that set up a terminal that is already open and use the card there.</source>
        <translation>Shell-Befehle, die ein bereits geöffnetes Terminal einrichten und die Karte dort verwenden.</translation>
    </message>
    <message>
        <source>&amp;Copy the lines</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>Puts the lines for a terminal on the clipboard.</source>
        <translation>Legt die Zeilen für ein Terminal in die Zwischenablage.</translation>
    </message>
    <message>
        <source>&amp;Manage cards…</source>
        <translation>Karten &amp;verwalten…</translation>
    </message>
    <message>
        <source>Opens the card manager: change, reset or remove the cards you have.</source>
        <translation>Öffnet die Kartenverwaltung: Ihre Karten ändern, zurücksetzen oder entfernen.</translation>
    </message>
</context>
<context>
    <name>SecretChangeDialog</name>
    <message>
        <source>Reset with</source>
        <translation>Zurücksetzen mit</translation>
    </message>
    <message>
        <source>The card&apos;s P&amp;UK</source>
        <translation>P&amp;UK der Karte</translation>
    </message>
    <message>
        <source>The card&apos;s &amp;admin key (48 hexadecimal digits)</source>
        <translation>&amp;Administratorschlüssel der Karte (48 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>C&amp;urrent PIN:</source>
        <translation>A&amp;ktuelle PIN:</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Change PIN of %1</source>
        <translation>PIN von %1 ändern</translation>
    </message>
    <message>
        <source>Type the current PIN of the card “%1”, then the new PIN twice.</source>
        <translation>Geben Sie die aktuelle PIN der Karte „%1“ ein, dann zweimal die neue PIN.</translation>
    </message>
    <message>
        <source>&amp;Change PIN</source>
        <translation>PIN ä&amp;ndern</translation>
    </message>
    <message>
        <source>Reset PIN of %1</source>
        <translation>PIN von %1 zurücksetzen</translation>
    </message>
    <message>
        <source>A new PIN for the card “%1”, for when the PIN is forgotten or blocked. Type the secret that was set for this when the card was made, then the new PIN twice.</source>
        <translation>Eine neue PIN für die Karte „%1“, wenn die PIN vergessen oder gesperrt ist. Geben Sie das Geheimnis ein, das dafür beim Anlegen der Karte festgelegt wurde, dann zweimal die neue PIN.</translation>
    </message>
    <message>
        <source>&amp;Reset PIN</source>
        <translation>PIN &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Change PUK of %1</source>
        <translation>PUK von %1 ändern</translation>
    </message>
    <message>
        <source>Type the current PUK of the card “%1”, then the new PUK twice. Keep the new PUK somewhere safe: it resets the PIN.</source>
        <translation>Geben Sie die aktuelle PUK der Karte „%1“ ein, dann zweimal die neue PUK. Bewahren Sie die neue PUK sicher auf: Sie setzt die PIN zurück.</translation>
    </message>
    <message>
        <source>&amp;Change PUK</source>
        <translation>PUK ä&amp;ndern</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Aktuelle PIN</translation>
    </message>
    <message>
        <source>The PIN the card has now.</source>
        <translation>Die PIN, die die Karte jetzt hat.</translation>
    </message>
    <message>
        <source>C&amp;urrent PUK:</source>
        <translation>A&amp;ktuelle PUK:</translation>
    </message>
    <message>
        <source>Current PUK</source>
        <translation>Aktuelle PUK</translation>
    </message>
    <message>
        <source>The PUK the card has now.</source>
        <translation>Die PUK, die die Karte jetzt hat.</translation>
    </message>
    <message>
        <source>&amp;PUK:</source>
        <translation>&amp;PUK:</translation>
    </message>
    <message>
        <source>PUK</source>
        <translation>PUK</translation>
    </message>
    <message>
        <source>The PUK set when the card was made.</source>
        <translation>Die beim Anlegen der Karte festgelegte PUK.</translation>
    </message>
    <message>
        <source>Ad&amp;min key:</source>
        <translation>Ad&amp;ministratorschlüssel:</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Administratorschlüssel</translation>
    </message>
    <message>
        <source>The card&apos;s admin key: 48 hexadecimal digits.</source>
        <translation>Der Administratorschlüssel der Karte: 48 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>Changing the PIN…</source>
        <translation>Die PIN wird geändert…</translation>
    </message>
    <message>
        <source>Resetting the PIN…</source>
        <translation>Die PIN wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>Changing the PUK…</source>
        <translation>Die PUK wird geändert…</translation>
    </message>
    <message>
        <source>The PIN of “%1” was changed.</source>
        <translation>Die PIN von „%1“ wurde geändert.</translation>
    </message>
    <message>
        <source>The PIN of “%1” was reset. Use the new PIN from now on.</source>
        <translation>Die PIN von „%1“ wurde zurückgesetzt. Verwenden Sie ab jetzt die neue PIN.</translation>
    </message>
    <message>
        <source>The PUK of “%1” was changed.</source>
        <translation>Die PUK von „%1“ wurde geändert.</translation>
    </message>
    <message>
        <source>Reading the TPM&apos;s lockout state…</source>
        <translation>Der Sperrzustand des TPM wird gelesen…</translation>
    </message>
    <message>
        <source>TPM lockout state: %1</source>
        <translation>Sperrzustand des TPM: %1</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <source>The two entries differ. Try again.</source>
        <translation>Die beiden Eingaben unterscheiden sich. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>SimulatorBackend</name>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not a card error name such as CARD:WRONG_PIN or CARD:TPM_LOCKOUT.</source>
        <translation>--sim-fail: „%1“ ist kein Kartenfehler-Name wie CARD:WRONG_PIN oder CARD:TPM_LOCKOUT.</translation>
    </message>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not one of change-pin, reset-pin, change-puk or status.</source>
        <translation>--sim-fail: „%1“ ist keiner von change-pin, reset-pin, change-puk oder status.</translation>
    </message>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not a TPMVSCMGR_ERROR name such as CARD_CREATE or GENERATE_FILESYSTEM.</source>
        <translation>--sim-fail: „%1“ ist kein TPMVSCMGR_ERROR-Name wie CARD_CREATE oder GENERATE_FILESYSTEM.</translation>
    </message>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not a TPMVSCMGR_STATUS name such as VREADER_CREATING or GENERATE_RUNNING.</source>
        <translation>--sim-fail: „%1“ ist kein TPMVSCMGR_STATUS-Name wie VREADER_CREATING oder GENERATE_RUNNING.</translation>
    </message>
    <message>
        <source>Simulator — no card is really created</source>
        <translation>Simulator – es wird keine echte Karte angelegt</translation>
    </message>
    <message numerus="yes">
        <source>%n smart card(s) exist already, the most there can be at once. Remove one first.</source>
        <translation>
            <numerusform>Es gibt bereits %n Smartcard, mehr sind gleichzeitig nicht möglich. Entfernen Sie sie zuerst.</numerusform>
            <numerusform>Es gibt bereits %n Smartcards, mehr sind gleichzeitig nicht möglich. Entfernen Sie zuerst eine.</numerusform>
        </translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>Keine solche Karte</translation>
    </message>
    <message>
        <source>No simulated card has the instance id “%1”.</source>
        <translation>Keine simulierte Karte hat die Instanz-ID „%1“.</translation>
    </message>
    <message>
        <source>“vscwizard list” shows the cards and their instance ids; another program may have removed this one already.</source>
        <translation>„vscwizard list“ zeigt die Karten und ihre Instanz-IDs; vielleicht hat ein anderes Programm diese schon entfernt.</translation>
    </message>
    <message>
        <source>The simulator&apos;s state folder is busy</source>
        <translation>Der Zustandsordner des Simulators ist belegt</translation>
    </message>
    <message numerus="yes">
        <source>Another process kept the simulator&apos;s state folder %1 locked for %n second(s).</source>
        <translation>
            <numerusform>Ein anderer Prozess hielt den Zustandsordner %1 des Simulators %n Sekunde lang gesperrt.</numerusform>
            <numerusform>Ein anderer Prozess hielt den Zustandsordner %1 des Simulators %n Sekunden lang gesperrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until the other vscwizard has finished, then try again. Nothing was changed.</source>
        <translation>Warten Sie, bis der andere vscwizard fertig ist, und versuchen Sie es dann erneut. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The simulator cannot keep cards</source>
        <translation>Der Simulator kann keine Karten speichern</translation>
    </message>
    <message>
        <source>The simulator cannot write its cards to the state folder %1.</source>
        <translation>Der Simulator kann seine Karten nicht in den Zustandsordner %1 schreiben.</translation>
    </message>
    <message>
        <source>Give --sim-state a folder you may write to, on a disk with free space.</source>
        <translation>Geben Sie --sim-state einen Ordner, in den Sie schreiben dürfen, auf einem Datenträger mit freiem Platz.</translation>
    </message>
    <message>
        <source>This card&apos;s secrets cannot be checked</source>
        <translation>Die Geheimnisse dieser Karte lassen sich nicht prüfen</translation>
    </message>
    <message>
        <source>The simulated card %1 was made before the simulator kept what its PIN, PUK and admin key are checked against, so they can be neither changed nor reset.</source>
        <translation>Die simulierte Karte %1 wurde angelegt, bevor der Simulator aufbewahrte, womit PIN, PUK und Administratorschlüssel geprüft werden; sie lassen sich daher weder ändern noch zurücksetzen.</translation>
    </message>
    <message>
        <source>Remove the card and create it again.</source>
        <translation>Entfernen Sie die Karte und legen Sie sie neu an.</translation>
    </message>
    <message>
        <source>This card has no PUK</source>
        <translation>Diese Karte hat keine PUK</translation>
    </message>
    <message>
        <source>The card %1 was made without a PUK.</source>
        <translation>Die Karte %1 wurde ohne PUK angelegt.</translation>
    </message>
    <message>
        <source>Reset its PIN with the admin key instead.</source>
        <translation>Setzen Sie ihre PIN stattdessen mit dem Administratorschlüssel zurück.</translation>
    </message>
    <message>
        <source>Nobody knows this card&apos;s admin key</source>
        <translation>Niemand kennt den Administratorschlüssel dieser Karte</translation>
    </message>
    <message>
        <source>The admin key of the card %1 is random and was kept nowhere.</source>
        <translation>Der Administratorschlüssel der Karte %1 ist zufällig und wurde nirgends aufbewahrt.</translation>
    </message>
    <message>
        <source>Reset its PIN with the PUK instead.</source>
        <translation>Setzen Sie ihre PIN stattdessen mit der PUK zurück.</translation>
    </message>
    <message>
        <source>A card named &quot;%1&quot; exists already (%2).</source>
        <translation>Eine Karte namens „%1“ gibt es bereits (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n smart card(s) exist already, the most there can be at once.</source>
        <translation>
            <numerusform>Es gibt bereits %n Smartcard, mehr sind gleichzeitig nicht möglich.</numerusform>
            <numerusform>Es gibt bereits %n Smartcards, mehr sind gleichzeitig nicht möglich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulated failure at %1</source>
        <extracomment>The simulator (a test tool) fails on purpose; %1 is the name of a status such as TPMVSCMGR_STATUS_CARD_CREATED.</extracomment>
        <translation>Simulierter Fehler bei %1</translation>
    </message>
    <message>
        <source>The state folder %1 is locked by another process.</source>
        <translation>Der Zustandsordner %1 ist von einem anderen Prozess gesperrt.</translation>
    </message>
    <message>
        <source>This card exists only as a file in %1; no application can use it.</source>
        <translation>Diese Karte existiert nur als Datei in %1; keine Anwendung kann sie verwenden.</translation>
    </message>
    <message>
        <source>No simulated card has the instance id %1.</source>
        <translation>Keine simulierte Karte hat die Instanz-ID %1.</translation>
    </message>
    <message>
        <source>Simulated failure of status</source>
        <extracomment>The simulator (a test tool) fails on purpose; &quot;status&quot; is the command of that name.</extracomment>
        <translation>Simulierter Fehler von status</translation>
    </message>
    <message>
        <source>The simulated card checks the secret…</source>
        <translation>Die simulierte Karte prüft das Geheimnis…</translation>
    </message>
    <message>
        <source>Simulated failure of %1</source>
        <translation>Simulierter Fehler von %1</translation>
    </message>
</context>
<context>
    <name>SimulatorStore</name>
    <message>
        <source>The folder %1 cannot be written.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>SoftwareTpm</name>
    <message>
        <source>The software TPM is already running.</source>
        <translation>Das Software-TPM läuft bereits.</translation>
    </message>
    <message>
        <source>The program swtpm was not found. Install the package swtpm.</source>
        <translation>Das Programm swtpm wurde nicht gefunden. Installieren Sie das Paket swtpm.</translation>
    </message>
    <message>
        <source>The TPM resource manager tpm2-abrmd was not found. Install the packages tpm2-abrmd and libtss2-tcti-tabrmd0.</source>
        <translation>Der TPM-Ressourcenmanager tpm2-abrmd wurde nicht gefunden. Installieren Sie die Pakete tpm2-abrmd und libtss2-tcti-tabrmd0.</translation>
    </message>
    <message>
        <source>%1 failed to start.</source>
        <translation>%1 konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>This session has no D-Bus session bus, and the program dbus-daemon was not found. Install the package dbus-daemon.</source>
        <translation>Diese Sitzung hat keinen D-Bus-Sitzungsbus, und das Programm dbus-daemon wurde nicht gefunden. Installieren Sie das Paket dbus-daemon.</translation>
    </message>
    <message>
        <source>The software TPM is running (%1).</source>
        <translation>Das Software-TPM läuft (%1).</translation>
    </message>
    <message>
        <source>The software TPM could not be started.</source>
        <translation>Das Software-TPM konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The TPM resource manager did not come up on the D-Bus session bus as %1.</source>
        <translation>Der TPM-Ressourcenmanager ist auf dem D-Bus-Sitzungsbus nicht als %1 erschienen.</translation>
    </message>
    <message>
        <source>The software TPM does not answer through its resource manager: %1</source>
        <translation>Das Software-TPM antwortet nicht über seinen Ressourcenmanager: %1</translation>
    </message>
    <message>
        <source>The software TPM is not running.</source>
        <translation>Das Software-TPM läuft nicht.</translation>
    </message>
    <message>
        <source>The software TPM was shut down.</source>
        <translation>Das Software-TPM wurde heruntergefahren.</translation>
    </message>
    <message>
        <source>The software TPM could not be shut down cleanly.</source>
        <translation>Das Software-TPM konnte nicht sauber heruntergefahren werden.</translation>
    </message>
    <message>
        <source>The user service %1 did not stop.</source>
        <translation>Der Benutzerdienst %1 wurde nicht beendet.</translation>
    </message>
    <message>
        <source>The software TPM is running as the user service %1; its socket is %2. Keys are not protected by hardware.</source>
        <translation>Das Software-TPM läuft als Benutzerdienst %1; sein Socket ist %2. Die Schlüssel sind nicht durch Hardware geschützt.</translation>
    </message>
    <message>
        <source>The software TPM is running as a background process; its socket is %1. Keys are not protected by hardware.</source>
        <translation>Das Software-TPM läuft als Hintergrundprozess; sein Socket ist %1. Die Schlüssel sind nicht durch Hardware geschützt.</translation>
    </message>
    <message>
        <source>The software TPM is stopped; its state is kept in %1.</source>
        <translation>Das Software-TPM ist angehalten; sein Zustand liegt in %1.</translation>
    </message>
    <message>
        <source>The software TPM has not been set up yet; it starts when a card needs it.</source>
        <translation>Das Software-TPM ist noch nicht eingerichtet; es startet, sobald eine Karte es braucht.</translation>
    </message>
    <message>
        <source>Its resource manager tpm2-abrmd is running as %1 on the D-Bus session bus.</source>
        <translation>Sein Ressourcenmanager tpm2-abrmd läuft als %1 auf dem D-Bus-Sitzungsbus.</translation>
    </message>
    <message>
        <source>Its resource manager tpm2-abrmd is not running; it starts when a card needs it.</source>
        <translation>Sein Ressourcenmanager tpm2-abrmd läuft nicht; er startet, sobald eine Karte ihn braucht.</translation>
    </message>
    <message>
        <source>This session has no D-Bus session bus; the software TPM brings its own at %1.</source>
        <translation>Diese Sitzung hat keinen D-Bus-Sitzungsbus; das Software-TPM bringt einen eigenen unter %1 mit.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use start, stop or status.</source>
        <translation>Unbekannte Aktion „%1“: Verwenden Sie start, stop oder status.</translation>
    </message>
    <message numerus="yes">
        <source>swtpm did not open %1 within %n second(s).</source>
        <translation>
            <numerusform>swtpm hat %1 nicht innerhalb von %n Sekunde geöffnet.</numerusform>
            <numerusform>swtpm hat %1 nicht innerhalb von %n Sekunden geöffnet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Check what will be created. Use Back to change anything.</source>
        <translation>Prüfen Sie, was angelegt wird. Mit „Zurück“ können Sie alles ändern.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Card name</source>
        <translation>Kartenname</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Recovery:</source>
        <translation>Wiederherstellung:</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>Admin key:</source>
        <translation>Administratorschlüssel:</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Administratorschlüssel</translation>
    </message>
    <message>
        <source>Prepared now:</source>
        <extracomment>Followed by what is made on the card right away (its file system, a key pair).</extracomment>
        <translation>Jetzt vorbereitet:</translation>
    </message>
    <message>
        <source>Prepared now</source>
        <extracomment>Followed by what is made on the card right away (its file system, a key pair).</extracomment>
        <translation>Jetzt vorbereitet</translation>
    </message>
    <message>
        <source>Key algorithm:</source>
        <translation>Schlüsselalgorithmus:</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>Schlüsselalgorithmus</translation>
    </message>
    <message>
        <source>Attestation:</source>
        <translation>Attestierung:</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Attestierung</translation>
    </message>
    <message>
        <source>Created by:</source>
        <extracomment>Followed by what makes and keeps the card: the computer&apos;s TPM, a software TPM or a simulator.</extracomment>
        <translation>Angelegt durch:</translation>
    </message>
    <message>
        <source>Created by</source>
        <extracomment>Followed by what makes and keeps the card: the computer&apos;s TPM, a software TPM or a simulator.</extracomment>
        <translation>Angelegt durch</translation>
    </message>
    <message>
        <source>Press Create to create the card. This can take a minute; the secrets you typed are not shown here.</source>
        <translation>Drücken Sie „Anlegen“, um die Karte anzulegen. Das kann eine Minute dauern; die eingegebenen Geheimnisse werden hier nicht angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>None (the PUK takes its place)</source>
        <translation>Keiner (die PUK nimmt seinen Platz ein)</translation>
    </message>
    <message>
        <source>The PIN can be reset only with the PUK you chose</source>
        <translation>Die PIN kann nur mit der gewählten PUK zurückgesetzt werden</translation>
    </message>
    <message>
        <source>A random key that nobody knows</source>
        <translation>Ein zufälliger Schlüssel, den niemand kennt</translation>
    </message>
    <message>
        <source>The PIN can be reset with the PUK you chose or with the admin key you entered</source>
        <translation>Die PIN kann mit der gewählten PUK oder mit dem eingegebenen Administratorschlüssel zurückgesetzt werden</translation>
    </message>
    <message>
        <source>The PIN can be reset with the admin key you entered</source>
        <translation>Die PIN kann mit dem eingegebenen Administratorschlüssel zurückgesetzt werden</translation>
    </message>
    <message>
        <source>The PIN can be reset with the PUK you chose or with the publicly known default admin key</source>
        <translation>Die PIN kann mit der gewählten PUK oder mit dem öffentlich bekannten Standard-Administratorschlüssel zurückgesetzt werden</translation>
    </message>
    <message>
        <source>The PIN can be reset with the publicly known default admin key</source>
        <translation>Die PIN kann mit dem öffentlich bekannten Standard-Administratorschlüssel zurückgesetzt werden</translation>
    </message>
    <message>
        <source>The publicly known default key (check value %1)</source>
        <translation>Der öffentlich bekannte Standardschlüssel (Prüfwert %1)</translation>
    </message>
    <message>
        <source>Anyone who has this card can reset its PIN with the publicly known default admin key.</source>
        <translation>Wer diese Karte hat, kann ihre PIN mit dem öffentlich bekannten Standard-Administratorschlüssel zurücksetzen.</translation>
    </message>
    <message>
        <source>Set; it meets your organization&apos;s rules</source>
        <extracomment>The PIN has been set (a value beside &quot;PIN:&quot; in the summary).</extracomment>
        <translation>Festgelegt; sie erfüllt die Regeln Ihrer Organisation</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Festgelegt</translation>
    </message>
    <message>
        <source>No, the card stays empty</source>
        <translation>Nein, die Karte bleibt leer</translation>
    </message>
    <message>
        <source>Yes, a file system and a key pair</source>
        <translation>Ja, ein Dateisystem und ein Schlüsselpaar</translation>
    </message>
    <message>
        <source>Yes, a key pair</source>
        <translation>Ja, ein Schlüsselpaar</translation>
    </message>
    <message>
        <source>The simulator, which creates no real card</source>
        <translation>Der Simulator, der keine echte Karte anlegt</translation>
    </message>
    <message>
        <source>A software TPM on this computer, whose keys are not protected by hardware</source>
        <translation>Ein Software-TPM auf diesem Computer, dessen Schlüssel nicht durch Hardware geschützt sind</translation>
    </message>
    <message>
        <source>The PIN can be reset with the PUK you chose</source>
        <translation>Die PIN kann mit der gewählten PUK zurückgesetzt werden</translation>
    </message>
    <message>
        <source>The key you entered (check value %1)</source>
        <translation>Der eingegebene Schlüssel (Prüfwert %1)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>RSA 2048 bits</source>
        <translation>RSA 2048 Bit</translation>
    </message>
    <message>
        <source>Elliptic curve P-256</source>
        <translation>Elliptische Kurve P-256</translation>
    </message>
    <message>
        <source>Attestation identity key only</source>
        <translation>Nur Attestierungsschlüssel (AIK)</translation>
    </message>
    <message>
        <source>Attestation identity key and certificate</source>
        <translation>Attestierungsschlüssel (AIK) und Zertifikat</translation>
    </message>
    <message>
        <source>The TPM of this computer</source>
        <translation>Das TPM dieses Computers</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>The PIN can never be reset. If it is forgotten or blocked, the card can only be removed and a new one created.</source>
        <translation>Die PIN kann nie zurückgesetzt werden. Ist sie vergessen oder gesperrt, kann die Karte nur entfernt und eine neue angelegt werden.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager of Windows</source>
        <translation>Die Verwaltung für virtuelle TPM-Smartcards von Windows</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>The token store %1 cannot be reached.</source>
        <translation>Der Token-Speicher %1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder of your own, or check the permissions of the folders on the way to it.</source>
        <translation>Geben Sie mit --store (oder TPM2_PKCS11_STORE) einen eigenen Ordner an, oder prüfen Sie die Rechte der Ordner auf dem Weg dorthin.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder of your own, or the name of a new folder in one that exists, which the program makes for you.</source>
        <translation>Geben Sie mit --store (oder TPM2_PKCS11_STORE) einen eigenen Ordner an, oder den Namen eines neuen Ordners in einem vorhandenen; das Programm legt ihn für Sie an.</translation>
    </message>
    <message>
        <source>The token store %1 is a file, not a folder.</source>
        <translation>Der Token-Speicher %1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>The token store %1 belongs to another user (%2), not to you (%3).</source>
        <translation>Der Token-Speicher %1 gehört einem anderen Benutzer (%2), nicht Ihnen (%3).</translation>
    </message>
    <message>
        <source>The token store %1 is a folder anyone may write to (mode %2), so another user could put a database of their own in it.</source>
        <translation>Der Token-Speicher %1 ist ein Ordner, in den jeder schreiben darf (Modus %2); ein anderer Benutzer könnte dort eine eigene Datenbank ablegen.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder only you may write to, or the name of a new folder, which the program makes private. It does not change the mode of a folder it did not make.</source>
        <translation>Geben Sie mit --store (oder TPM2_PKCS11_STORE) einen Ordner an, in den nur Sie schreiben dürfen, oder den Namen eines neuen Ordners, den das Programm privat anlegt. Den Modus eines Ordners, den es nicht angelegt hat, ändert es nicht.</translation>
    </message>
    <message>
        <source>The token store %1 cannot be read.</source>
        <translation>Der Token-Speicher %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Allow yourself to read it (chmod u+rx), or give --store (or TPM2_PKCS11_STORE) another folder.</source>
        <translation>Erlauben Sie sich das Lesen (chmod u+rx), oder geben Sie mit --store (oder TPM2_PKCS11_STORE) einen anderen Ordner an.</translation>
    </message>
    <message>
        <source>The folder %1 holds files that are not a token store&apos;s (%2), so it is not used as one.</source>
        <translation>Der Ordner %1 enthält Dateien, die nicht zu einem Token-Speicher gehören (%2), und wird darum nicht als solcher verwendet.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) an empty folder, the name of a new one, or an existing token store (a folder with tpm2_pkcs11.sqlite3 and nothing unrelated).</source>
        <translation>Geben Sie mit --store (oder TPM2_PKCS11_STORE) einen leeren Ordner an, den Namen eines neuen oder einen vorhandenen Token-Speicher (einen Ordner mit tpm2_pkcs11.sqlite3 und nichts Fremdem).</translation>
    </message>
    <message>
        <source>The token store %1 is not writable, so no card can be made in it or removed from it.</source>
        <translation>In den Token-Speicher %1 kann nicht geschrieben werden; darin kann darum keine Karte angelegt oder entfernt werden.</translation>
    </message>
    <message>
        <source>Make it writable for yourself, or give --store (or TPM2_PKCS11_STORE) another folder. Listing its cards needs no write.</source>
        <translation>Machen Sie ihn für sich beschreibbar, oder geben Sie mit --store (oder TPM2_PKCS11_STORE) einen anderen Ordner an. Zum Auflisten seiner Karten muss nichts geschrieben werden.</translation>
    </message>
    <message>
        <source>The token store&apos;s database %1 is damaged or is not a token store&apos;s database, so its cards cannot be read. Nothing was written to it.</source>
        <translation>Die Datenbank %1 des Token-Speichers ist beschädigt oder keine Datenbank eines Token-Speichers, daher können ihre Karten nicht gelesen werden. In sie wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Put back a copy of %1 from a backup, or give --store (or TPM2_PKCS11_STORE) another folder for new cards. Keep the damaged file: a recovery tool may still read keys from it.</source>
        <translation>Legen Sie eine Kopie von %1 aus einer Sicherung zurück, oder geben Sie --store (oder TPM2_PKCS11_STORE) einen anderen Ordner für neue Karten. Behalten Sie die beschädigte Datei: Ein Wiederherstellungswerkzeug kann vielleicht noch Schlüssel daraus lesen.</translation>
    </message>
    <message>
        <source>The disk that holds the token store %1 is full, so the card could not be written. Nothing of this attempt was kept.</source>
        <translation>Der Datenträger, auf dem der Token-Speicher %1 liegt, ist voll, daher konnte die Karte nicht geschrieben werden. Von diesem Versuch wurde nichts behalten.</translation>
    </message>
    <message numerus="yes">
        <source>Free some space on that disk (at least %n MiB), then try again; or give --store (or TPM2_PKCS11_STORE) a folder on another disk.</source>
        <translation>
            <numerusform>Schaffen Sie Platz auf diesem Datenträger (mindestens %n MiB) und versuchen Sie es dann erneut; oder geben Sie --store (oder TPM2_PKCS11_STORE) einen Ordner auf einem anderen Datenträger.</numerusform>
            <numerusform>Schaffen Sie Platz auf diesem Datenträger (mindestens %n MiB) und versuchen Sie es dann erneut; oder geben Sie --store (oder TPM2_PKCS11_STORE) einen Ordner auf einem anderen Datenträger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Neither the token store %1 nor the folder %2 that would hold it exists. The program makes only the store&apos;s own folder, so that a mistyped path does not become folders.</source>
        <translation>Weder der Token-Speicher %1 noch der Ordner %2, der ihn enthalten würde, existiert. Das Programm legt nur den Ordner des Speichers selbst an, damit aus einem vertippten Pfad keine Ordner werden.</translation>
    </message>
    <message>
        <source>Check the path given to --store (or TPM2_PKCS11_STORE), or create %1 first.</source>
        <translation>Prüfen Sie den bei --store (oder TPM2_PKCS11_STORE) angegebenen Pfad, oder legen Sie zuerst %1 an.</translation>
    </message>
    <message>
        <source>The token store %1 is not writable: %2, where it would be made, is not a folder.</source>
        <translation>In den Token-Speicher %1 kann nicht geschrieben werden: %2, worin er angelegt würde, ist kein Ordner.</translation>
    </message>
    <message>
        <source>Check the path given to --store (or TPM2_PKCS11_STORE).</source>
        <translation>Prüfen Sie den bei --store (oder TPM2_PKCS11_STORE) angegebenen Pfad.</translation>
    </message>
    <message>
        <source>The token store %1 is not writable: you may not make a folder in %2.</source>
        <translation>In den Token-Speicher %1 kann nicht geschrieben werden: Sie dürfen in %2 keinen Ordner anlegen.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder in one you may write to, such as your home folder.</source>
        <translation>Geben Sie mit --store (oder TPM2_PKCS11_STORE) einen Ordner in einem an, in den Sie schreiben dürfen, etwa in Ihrem persönlichen Ordner.</translation>
    </message>
    <message>
        <source>The token store %1 could not be made.</source>
        <translation>Der Token-Speicher %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder in one you may write to.</source>
        <translation>Geben Sie mit --store (oder TPM2_PKCS11_STORE) einen Ordner in einem an, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Make it writable for yourself, or give --store (or TPM2_PKCS11_STORE) another folder.</source>
        <translation>Machen Sie ihn für sich beschreibbar, oder geben Sie mit --store (oder TPM2_PKCS11_STORE) einen anderen Ordner an.</translation>
    </message>
    <message numerus="yes">
        <source>The folder %1 holds files that are not a token store&apos;s (%2 and %n more), so it is not used as one.</source>
        <translation>
            <numerusform>Der Ordner %1 enthält Dateien, die nicht zu einem Token-Speicher gehören (%2 und %n weitere), und wird darum nicht als solcher verwendet.</numerusform>
            <numerusform>Der Ordner %1 enthält Dateien, die nicht zu einem Token-Speicher gehören (%2 und %n weitere), und wird darum nicht als solcher verwendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tpm2Backend</name>
    <message>
        <source>Software TPM — keys are not protected by hardware</source>
        <translation>Software-TPM – die Schlüssel sind nicht durch Hardware geschützt</translation>
    </message>
    <message>
        <source>Applications reach the card through the PKCS#11 module %1.</source>
        <translation>Anwendungen erreichen die Karte über das PKCS#11-Modul %1.</translation>
    </message>
    <message>
        <source>The tpm2-pkcs11 module was not found. Install the package libtpm2-pkcs11-1.</source>
        <translation>Das Modul tpm2-pkcs11 wurde nicht gefunden. Installieren Sie das Paket libtpm2-pkcs11-1.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2). Ask your administrator to add you to the group tss, then sign in again.</source>
        <translation>%1 kann nicht geöffnet werden (%2). Bitten Sie Ihren Administrator, Sie zur Gruppe tss hinzuzufügen, und melden Sie sich dann neu an.</translation>
    </message>
    <message>
        <source>The software TPM does not answer: %1</source>
        <translation>Das Software-TPM antwortet nicht: %1</translation>
    </message>
    <message>
        <source>Programs you start after your next login find it by themselves: %1 sets %2 for them.</source>
        <extracomment>&quot;it&quot; is the software TPM; %1 is a file path, %2 an environment variable&apos;s name.</extracomment>
        <translation>Programme, die Sie nach Ihrer nächsten Anmeldung starten, finden sie von selbst: %1 setzt %2 für sie.</translation>
    </message>
    <message>
        <source>The settings for other programs could not be registered: %1</source>
        <translation>Die Einstellungen für andere Programme konnten nicht eingetragen werden: %1</translation>
    </message>
    <message>
        <source>This session has no D-Bus session bus, so programs reach the software TPM only with the lines below in their environment.</source>
        <translation>Diese Sitzung hat keinen D-Bus-Sitzungsbus; Programme erreichen das Software-TPM daher nur mit den Zeilen unten in ihrer Umgebung.</translation>
    </message>
    <message>
        <source>In a terminal, the line below shows the card&apos;s public keys.</source>
        <translation>In einem Terminal zeigt die Zeile unten die öffentlichen Schlüssel der Karte.</translation>
    </message>
    <message>
        <source>In a terminal that is already open, the lines below reach the card; the last one shows its public keys.</source>
        <translation>In einem bereits geöffneten Terminal erreichen die Zeilen unten die Karte; die letzte zeigt ihre öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <source>The token store %1 may not be written, and a copy of it to read could not be made: %2</source>
        <translation>In den Token-Speicher %1 darf nicht geschrieben werden, und eine Kopie zum Lesen konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>C_Initialize with TCTI %1 failed: %2</source>
        <translation>C_Initialize mit TCTI %1 ist gescheitert: %2</translation>
    </message>
    <message>
        <source>Waiting for another vscwizard (process %1) to finish with the token store %2…</source>
        <translation>Warte, bis ein anderes vscwizard (Prozess %1) mit dem Token-Speicher %2 fertig ist…</translation>
    </message>
    <message>
        <source>Waiting for another vscwizard to finish with the token store %1…</source>
        <translation>Warte, bis ein anderes vscwizard mit dem Token-Speicher %1 fertig ist…</translation>
    </message>
    <message>
        <source>The token store is busy</source>
        <translation>Der Token-Speicher ist belegt</translation>
    </message>
    <message>
        <source>Wait until it has finished, or end it, then try again. Nothing was changed.</source>
        <translation>Warten Sie, bis es fertig ist, oder beenden Sie es; versuchen Sie es dann erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The unfinished card &quot;%1&quot; could not be removed: %2</source>
        <translation>Die unfertige Karte „%1“ konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>There is no card with the instance id &quot;%1&quot;.</source>
        <translation>Es gibt keine Karte mit der Instanz-ID „%1“.</translation>
    </message>
    <message>
        <source>Names like &quot;%1&quot; are kept for cards being made; choose another name.</source>
        <extracomment>&quot;kept&quot; = reserved: the program names a card this way while it is being made.</extracomment>
        <translation>Namen wie „%1“ sind für Karten reserviert, die gerade entstehen; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>A card named &quot;%1&quot; exists already.</source>
        <translation>Eine Karte namens „%1“ gibt es bereits.</translation>
    </message>
    <message numerus="yes">
        <source>The software TPM holds at most %n card(s): every program that uses them holds one connection to its resource manager per card. Remove a card first.</source>
        <translation>
            <numerusform>Das Software-TPM fasst höchstens %n Karte: Jedes Programm, das sie verwendet, hält je Karte eine Verbindung zu seinem Ressourcenmanager. Entfernen Sie zuerst eine Karte.</numerusform>
            <numerusform>Das Software-TPM fasst höchstens %n Karten: Jedes Programm, das sie verwendet, hält je Karte eine Verbindung zu seinem Ressourcenmanager. Entfernen Sie zuerst eine Karte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The token store has no free slot (tpm2-pkcs11 holds 255 tokens).</source>
        <translation>Der Token-Speicher hat keinen freien Platz (tpm2-pkcs11 fasst 255 Token).</translation>
    </message>
    <message>
        <source>The new token &quot;%1&quot; is not in the slot list (%2).</source>
        <translation>Das neue Token „%1“ ist nicht in der Slot-Liste (%2).</translation>
    </message>
    <message>
        <source>Injected failure.</source>
        <extracomment>Seen only in the program&apos;s own tests, which make a create fail on purpose.</extracomment>
        <translation>Eingeschleuster Fehler.</translation>
    </message>
    <message>
        <source>Another program created a card named &quot;%1&quot; while this one was being made.</source>
        <translation>Ein anderes Programm hat eine Karte namens „%1“ angelegt, während diese entstand.</translation>
    </message>
    <message>
        <source>The cancelled card could not be removed: %1</source>
        <translation>Die abgebrochene Karte konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>%1
The unfinished card could not be removed: %2</source>
        <translation>%1
Die unfertige Karte konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>The tpm2-pkcs11 module is not installed. Install the package libtpm2-pkcs11-1.</source>
        <translation>Das Modul tpm2-pkcs11 ist nicht installiert. Installieren Sie das Paket libtpm2-pkcs11-1.</translation>
    </message>
    <message>
        <source>The tpm2-pkcs11 module %1 cannot be loaded.</source>
        <translation>Das Modul tpm2-pkcs11 %1 kann nicht geladen werden.</translation>
    </message>
    <message>
        <source>The TPM %1 cannot be opened.</source>
        <translation>Das TPM %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The software TPM needs the program swtpm. Install the package swtpm.</source>
        <translation>Das Software-TPM braucht das Programm swtpm. Installieren Sie das Paket swtpm.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Der Datenträger ist voll</translation>
    </message>
    <message>
        <source>The token store is damaged</source>
        <translation>Der Token-Speicher ist beschädigt</translation>
    </message>
    <message>
        <source>The token store is read-only</source>
        <translation>Der Token-Speicher ist schreibgeschützt</translation>
    </message>
    <message>
        <source>The token store cannot be read</source>
        <translation>Der Token-Speicher kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>This folder cannot be the token store</source>
        <translation>Dieser Ordner kann nicht der Token-Speicher sein</translation>
    </message>
    <message>
        <source>The software TPM is not running</source>
        <translation>Das Software-TPM läuft nicht</translation>
    </message>
    <message>
        <source>The software TPM stopped, or does not answer, so the operation could not finish.</source>
        <translation>Das Software-TPM wurde beendet oder antwortet nicht, daher konnte der Vorgang nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Start it again with “vscwizard software-tpm start”, then try again.</source>
        <translation>Starten Sie es mit „vscwizard software-tpm start“ neu und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>Try again: the next operation starts it again.</source>
        <translation>Versuchen Sie es noch einmal: Der nächste Vorgang startet es neu.</translation>
    </message>
    <message>
        <source>The TPM is locked after too many wrong PINs</source>
        <translation>Das TPM ist nach zu vielen falschen PINs gesperrt</translation>
    </message>
    <message>
        <source>The TPM is locked after too many wrong PINs (%1 of %2). It protects every card this way, whichever program the PINs were typed in.</source>
        <translation>Das TPM ist nach zu vielen falschen PINs gesperrt (%1 von %2). So schützt es jede Karte, gleich in welchem Programm die PINs eingegeben wurden.</translation>
    </message>
    <message>
        <source>The TPM has no room for more objects</source>
        <translation>Das TPM hat keinen Platz für weitere Objekte</translation>
    </message>
    <message>
        <source>The TPM has no room for more objects: programs that ended without cleaning up left theirs loaded. This happens only where no resource manager stands in front of the TPM (%1).</source>
        <translation>Das TPM hat keinen Platz für weitere Objekte: Programme, die ohne Aufräumen endeten, haben ihre geladen gelassen. Das geschieht nur, wo kein Ressourcenmanager vor dem TPM steht (%1).</translation>
    </message>
    <message>
        <source>Restart that TPM, or reach it through a resource manager: the kernel&apos;s /dev/tpmrm0, or the program&apos;s own software TPM, which has one.</source>
        <translation>Starten Sie dieses TPM neu oder erreichen Sie es über einen Ressourcenmanager: /dev/tpmrm0 des Kernels oder das eigene Software-TPM des Programms, das einen hat.</translation>
    </message>
    <message>
        <source>No TPM found</source>
        <translation>Kein TPM gefunden</translation>
    </message>
    <message>
        <source>There is no TPM at %1.</source>
        <translation>Unter %1 gibt es kein TPM.</translation>
    </message>
    <message>
        <source>If this computer has a TPM, turn it on in the firmware settings; otherwise use the software TPM (--tpm software).</source>
        <translation>Wenn dieser Computer ein TPM hat, schalten Sie es in den Firmware-Einstellungen ein; sonst verwenden Sie das Software-TPM (--tpm software).</translation>
    </message>
    <message>
        <source>Check the path given to --tpm device:PATH (the kernel&apos;s TPM is /dev/tpmrm0), or use the software TPM (--tpm software).</source>
        <translation>Prüfen Sie den Pfad, der --tpm device:PFAD gegeben wurde (das TPM des Kernels ist /dev/tpmrm0), oder verwenden Sie das Software-TPM (--tpm software).</translation>
    </message>
    <message>
        <source>No permission to use the TPM</source>
        <translation>Keine Berechtigung für das TPM</translation>
    </message>
    <message>
        <source>You may not use the TPM %1.</source>
        <translation>Sie dürfen das TPM %1 nicht verwenden.</translation>
    </message>
    <message>
        <source>Ask your administrator to add your account to the group tss, then sign out and in again; or use the software TPM (--tpm software).</source>
        <translation>Bitten Sie Ihren Administrator, Ihr Konto in die Gruppe tss aufzunehmen, und melden Sie sich dann ab und wieder an; oder verwenden Sie das Software-TPM (--tpm software).</translation>
    </message>
    <message>
        <source>The TPM does not answer</source>
        <translation>Das TPM antwortet nicht</translation>
    </message>
    <message>
        <source>No TPM answered through %1.</source>
        <translation>Über %1 hat kein TPM geantwortet.</translation>
    </message>
    <message>
        <source>Check the TCTI given with --tpm tcti:STRING (such as device:/dev/tpmrm0, or swtpm:host=localhost,port=2321 for a running swtpm), or leave --tpm out to use this computer&apos;s TPM or the software TPM.</source>
        <translation>Prüfen Sie die mit --tpm tcti:ZEICHENKETTE angegebene TCTI (etwa device:/dev/tpmrm0, oder swtpm:host=localhost,port=2321 für ein laufendes swtpm), oder lassen Sie --tpm weg, um das TPM dieses Computers oder das Software-TPM zu verwenden.</translation>
    </message>
    <message>
        <source>Another program may hold the TPM (%1 serves one program at a time; /dev/tpmrm0 serves many): try again when it has finished, or use /dev/tpmrm0.</source>
        <translation>Vielleicht belegt ein anderes Programm das TPM (%1 bedient ein Programm zur Zeit, /dev/tpmrm0 viele): Versuchen Sie es erneut, wenn es fertig ist, oder verwenden Sie /dev/tpmrm0.</translation>
    </message>
    <message>
        <source>The token store belongs to another TPM</source>
        <translation>Der Token-Speicher gehört zu einem anderen TPM</translation>
    </message>
    <message>
        <source>The token store %1 holds cards of another TPM: its storage key is not on this one.</source>
        <translation>Der Token-Speicher %1 enthält Karten eines anderen TPM: Sein Speicherschlüssel ist nicht auf diesem.</translation>
    </message>
    <message>
        <source>Keep the cards of each TPM in a store of their own (--store), or use the TPM they were made on.</source>
        <translation>Bewahren Sie die Karten jedes TPM in einem eigenen Speicher auf (--store), oder verwenden Sie das TPM, auf dem sie angelegt wurden.</translation>
    </message>
    <message numerus="yes">
        <source>Another program was writing to the token store %1 and did not finish within %n second(s), so this operation could not use it.</source>
        <translation>
            <numerusform>Ein anderes Programm schrieb in den Token-Speicher %1 und war nicht innerhalb von %n Sekunde fertig; dieser Vorgang konnte ihn darum nicht verwenden.</numerusform>
            <numerusform>Ein anderes Programm schrieb in den Token-Speicher %1 und war nicht innerhalb von %n Sekunden fertig; dieser Vorgang konnte ihn darum nicht verwenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again once that program has finished; nothing of this attempt was kept.</source>
        <translation>Versuchen Sie es erneut, sobald jenes Programm fertig ist; von diesem Versuch wurde nichts behalten.</translation>
    </message>
    <message>
        <source>Not a TPM device</source>
        <translation>Kein TPM-Gerät</translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>Keine solche Karte</translation>
    </message>
    <message>
        <source>There is no card with the instance id “%1” in the token store %2.</source>
        <translation>Im Token-Speicher %2 gibt es keine Karte mit der Instanz-ID „%1“.</translation>
    </message>
    <message>
        <source>“vscwizard list” shows the cards and their instance ids; another program may have removed this one already.</source>
        <translation>„vscwizard list“ zeigt die Karten und ihre Instanz-IDs; vielleicht hat ein anderes Programm diese schon entfernt.</translation>
    </message>
    <message>
        <source>Type the PUK again, carefully: it is the one set when the card was made, not the PIN.</source>
        <translation>Geben Sie die PUK noch einmal sorgfältig ein: Es ist die beim Anlegen der Karte festgelegte, nicht die PIN.</translation>
    </message>
    <message>
        <source>Check the 48 hexadecimal digits you were given for this card.</source>
        <translation>Prüfen Sie die 48 Hexadezimalziffern, die Sie für diese Karte erhalten haben.</translation>
    </message>
    <message>
        <source>Type the PIN again, carefully. If you have forgotten it, reset it with the PUK or the admin key instead of guessing: every wrong PIN counts, on every card of this TPM.</source>
        <translation>Geben Sie die PIN noch einmal sorgfältig ein. Wenn Sie sie vergessen haben, setzen Sie sie mit der PUK oder dem Administratorschlüssel zurück, statt zu raten: Jede falsche PIN zählt, auf jeder Karte dieses TPM.</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has no PUK and a random admin key that nobody knows.</source>
        <translation>Die Karte „%1“ hat keine PUK und einen zufälligen Administratorschlüssel, den niemand kennt.</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has no PUK: its PIN is reset with its admin key.</source>
        <translation>Die Karte „%1“ hat keine PUK: Ihre PIN wird mit ihrem Administratorschlüssel zurückgesetzt.</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has a PUK, which takes the admin key&apos;s place: its PIN is reset with the PUK.</source>
        <translation>Die Karte „%1“ hat eine PUK, die den Platz des Administratorschlüssels einnimmt: Ihre PIN wird mit der PUK zurückgesetzt.</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has no PUK.</source>
        <translation>Die Karte „%1“ hat keine PUK.</translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs (%1 of %2); it accepts PINs again in about %n minute(s).</source>
        <extracomment>%1 of %2: wrong PINs counted, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>Das TPM ist nach zu vielen falschen PINs gesperrt (%1 von %2); es nimmt PINs in etwa %n Minute wieder an.</numerusform>
            <numerusform>Das TPM ist nach zu vielen falschen PINs gesperrt (%1 von %2); es nimmt PINs in etwa %n Minuten wieder an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs (%1 of %2); it accepts PINs again in about %n second(s).</source>
        <extracomment>%1 of %2: wrong PINs counted, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>Das TPM ist nach zu vielen falschen PINs gesperrt (%1 von %2); es nimmt PINs in etwa %n Sekunde wieder an.</numerusform>
            <numerusform>Das TPM ist nach zu vielen falschen PINs gesperrt (%1 von %2); es nimmt PINs in etwa %n Sekunden wieder an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard (process %1) has held the token store %2 for %n minute(s), and still does.</source>
        <extracomment>%1: a process id; %2: a folder.</extracomment>
        <translation>
            <numerusform>Ein anderes vscwizard (Prozess %1) hält den Token-Speicher %2 seit %n Minute und gibt ihn noch immer nicht frei.</numerusform>
            <numerusform>Ein anderes vscwizard (Prozess %1) hält den Token-Speicher %2 seit %n Minuten und gibt ihn noch immer nicht frei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard (process %1) has held the token store %2 for %n second(s), and still does.</source>
        <extracomment>%1: a process id; %2: a folder.</extracomment>
        <translation>
            <numerusform>Ein anderes vscwizard (Prozess %1) hält den Token-Speicher %2 seit %n Sekunde und gibt ihn noch immer nicht frei.</numerusform>
            <numerusform>Ein anderes vscwizard (Prozess %1) hält den Token-Speicher %2 seit %n Sekunden und gibt ihn noch immer nicht frei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard has held the token store %1 for %n minute(s), and still does.</source>
        <translation>
            <numerusform>Ein anderes vscwizard hält den Token-Speicher %1 seit %n Minute und gibt ihn noch immer nicht frei.</numerusform>
            <numerusform>Ein anderes vscwizard hält den Token-Speicher %1 seit %n Minuten und gibt ihn noch immer nicht frei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard has held the token store %1 for %n second(s), and still does.</source>
        <translation>
            <numerusform>Ein anderes vscwizard hält den Token-Speicher %1 seit %n Sekunde und gibt ihn noch immer nicht frei.</numerusform>
            <numerusform>Ein anderes vscwizard hält den Token-Speicher %1 seit %n Sekunden und gibt ihn noch immer nicht frei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait: the TPM accepts PINs again in about %n minute(s).</source>
        <translation>
            <numerusform>Warten Sie: Das TPM nimmt PINs in etwa %n Minute wieder an.</numerusform>
            <numerusform>Warten Sie: Das TPM nimmt PINs in etwa %n Minuten wieder an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait: the TPM accepts PINs again in about %n second(s).</source>
        <translation>
            <numerusform>Warten Sie: Das TPM nimmt PINs in etwa %n Sekunde wieder an.</numerusform>
            <numerusform>Warten Sie: Das TPM nimmt PINs in etwa %n Sekunden wieder an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK is wrong for this card. The TPM counts wrong PINs and PUKs of all its cards together: after %n more it refuses every one of them for a while.</source>
        <translation>
            <numerusform>Die PUK ist für diese Karte falsch. Das TPM zählt falsche PINs und PUKs aller seiner Karten zusammen: Nach %n weiteren weist es eine Weile jede davon zurück.</numerusform>
            <numerusform>Die PUK ist für diese Karte falsch. Das TPM zählt falsche PINs und PUKs aller seiner Karten zusammen: Nach %n weiteren weist es eine Weile jede davon zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The admin key is wrong for this card. The TPM counts wrong PINs and admin keys of all its cards together: after %n more it refuses every one of them for a while.</source>
        <translation>
            <numerusform>Der Administratorschlüssel ist für diese Karte falsch. Das TPM zählt falsche PINs und Administratorschlüssel aller seiner Karten zusammen: Nach %n weiteren weist es eine Weile jeden davon zurück.</numerusform>
            <numerusform>Der Administratorschlüssel ist für diese Karte falsch. Das TPM zählt falsche PINs und Administratorschlüssel aller seiner Karten zusammen: Nach %n weiteren weist es eine Weile jeden davon zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN is wrong for this card. The TPM counts wrong PINs of all its cards together: after %n more it refuses every PIN for a while.</source>
        <translation>
            <numerusform>Die PIN ist für diese Karte falsch. Das TPM zählt falsche PINs aller seiner Karten zusammen: Nach %n weiteren weist es eine Weile jede PIN zurück.</numerusform>
            <numerusform>Die PIN ist für diese Karte falsch. Das TPM zählt falsche PINs aller seiner Karten zusammen: Nach %n weiteren weist es eine Weile jede PIN zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs. It accepts PINs again in about %n minute(s).</source>
        <translation>
            <numerusform>Das TPM ist nach zu vielen falschen PINs gesperrt. Es nimmt PINs in etwa %n Minute wieder an.</numerusform>
            <numerusform>Das TPM ist nach zu vielen falschen PINs gesperrt. Es nimmt PINs in etwa %n Minuten wieder an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs. It accepts PINs again in about %n second(s).</source>
        <translation>
            <numerusform>Das TPM ist nach zu vielen falschen PINs gesperrt. Es nimmt PINs in etwa %n Sekunde wieder an.</numerusform>
            <numerusform>Das TPM ist nach zu vielen falschen PINs gesperrt. Es nimmt PINs in etwa %n Sekunden wieder an.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TpmTarget</name>
    <message>
        <source>Unknown TPM &quot;%1&quot;: use auto, device, device:PATH, software, software:FOLDER or tcti:STRING.</source>
        <translation>Unbekanntes TPM „%1“: Verwenden Sie auto, device, device:PFAD, software, software:ORDNER oder tcti:ZEICHENKETTE.</translation>
    </message>
    <message>
        <source>A TPM is a character device such as /dev/tpmrm0: give --tpm device:PATH the path of one, or use --tpm software.</source>
        <translation>Ein TPM ist ein zeichenorientiertes Gerät wie /dev/tpmrm0: Geben Sie bei --tpm device:PFAD den Pfad eines solchen an, oder verwenden Sie --tpm software.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a regular file, so nothing was written to it.</source>
        <translation>%1 ist kein TPM, sondern eine gewöhnliche Datei; darum wurde nichts hineingeschrieben.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a folder, so nothing was written to it.</source>
        <translation>%1 ist kein TPM, sondern ein Ordner; darum wurde nichts hineingeschrieben.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a named pipe, so nothing was written to it.</source>
        <translation>%1 ist kein TPM, sondern eine benannte Pipe; darum wurde nichts hineingeschrieben.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a socket, so nothing was written to it.</source>
        <translation>%1 ist kein TPM, sondern ein Socket; darum wurde nichts hineingeschrieben.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a block device, so nothing was written to it.</source>
        <translation>%1 ist kein TPM, sondern ein Blockgerät; darum wurde nichts hineingeschrieben.</translation>
    </message>
    <message>
        <source>%1 is not a TPM, nor any other device, so nothing was written to it.</source>
        <translation>%1 ist weder ein TPM noch ein anderes Gerät; darum wurde nichts hineingeschrieben.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>This wizard creates a virtual smart card on this computer.</source>
        <translation>Dieser Assistent legt eine virtuelle Smartcard auf diesem Computer an.</translation>
    </message>
    <message>
        <source>A virtual smart card works like a smart card you plug in, but it lives in this computer&apos;s security chip (the TPM). It keeps your keys and certificates safe: you unlock it with a PIN, and the keys cannot be copied off this computer.</source>
        <translation>Eine virtuelle Smartcard funktioniert wie eine Smartcard zum Einstecken, befindet sich aber im Sicherheitschip dieses Computers (dem TPM). Sie schützt Ihre Schlüssel und Zertifikate: Sie entsperren sie mit einer PIN, und die Schlüssel können nicht von diesem Computer kopiert werden.</translation>
    </message>
    <message>
        <source>You will choose a name, a PIN and a way to recover the card if the PIN is forgotten. First the wizard checks that this computer can hold a virtual smart card.</source>
        <translation>Sie wählen einen Namen, eine PIN und einen Weg, die Karte wiederherzustellen, falls die PIN vergessen wird. Zuerst prüft der Assistent, ob dieser Computer eine virtuelle Smartcard aufnehmen kann.</translation>
    </message>
    <message>
        <source>Checking this computer…</source>
        <translation>Dieser Computer wird geprüft…</translation>
    </message>
    <message>
        <source>Check status</source>
        <extracomment>A noun: the result of checking whether this computer can hold a card.</extracomment>
        <translation>Stand der Prüfung</translation>
    </message>
    <message>
        <source>Checking this computer</source>
        <translation>Dieser Computer wird geprüft</translation>
    </message>
    <message>
        <source>Busy while the wizard checks that this computer can hold a virtual smart card.</source>
        <translation>Beschäftigt, solange der Assistent prüft, ob dieser Computer eine virtuelle Smartcard aufnehmen kann.</translation>
    </message>
    <message>
        <source>&amp;Results of the check:</source>
        <translation>&amp;Ergebnisse der Prüfung:</translation>
    </message>
    <message>
        <source>Results of the check</source>
        <translation>Ergebnisse der Prüfung</translation>
    </message>
    <message>
        <source>What prevents creating a virtual smart card on this computer, and what to do about it.</source>
        <translation>Was das Anlegen einer virtuellen Smartcard auf diesem Computer verhindert und was Sie dagegen tun können.</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Checks this computer again after you fixed the problems listed.</source>
        <translation>Prüft diesen Computer erneut, nachdem Sie die aufgeführten Probleme behoben haben.</translation>
    </message>
    <message>
        <source>A virtual smart card works like a smart card you plug in. On this computer its keys are kept by a software TPM, not by a security chip: you unlock them with a PIN, but someone who can read your files could copy them.</source>
        <translation>Eine virtuelle Smartcard funktioniert wie eine Smartcard, die Sie einstecken. Auf diesem Computer verwahrt ein Software-TPM ihre Schlüssel, kein Sicherheitschip: Sie entsperren sie mit einer PIN, aber wer Ihre Dateien lesen kann, könnte sie kopieren.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Must be fixed before a card can be created</source>
        <translation>Muss behoben werden, bevor eine Karte angelegt werden kann</translation>
    </message>
    <message>
        <source>A note; it does not prevent creating a card</source>
        <translation>Ein Hinweis; er verhindert das Anlegen einer Karte nicht</translation>
    </message>
    <message>
        <source>The check was interrupted. Check again to continue.</source>
        <translation>Die Prüfung wurde unterbrochen. Prüfen Sie erneut, um fortzufahren.</translation>
    </message>
    <message>
        <source>This computer cannot hold a virtual smart card yet. Fix the problems below, then check again.</source>
        <translation>Dieser Computer kann noch keine virtuelle Smartcard aufnehmen. Beheben Sie die Probleme unten und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>This computer is ready. Please note the points below.</source>
        <translation>Dieser Computer ist bereit. Bitte beachten Sie die Punkte unten.</translation>
    </message>
    <message>
        <source>This computer is ready. Continue to choose a name for the card.</source>
        <translation>Dieser Computer ist bereit. Fahren Sie fort, um einen Namen für die Karte zu wählen.</translation>
    </message>
    <message>
        <source>&amp;Manage cards…</source>
        <translation>Karten &amp;verwalten…</translation>
    </message>
    <message>
        <source>Opens the card manager: change, reset or remove the cards you have.</source>
        <translation>Öffnet die Kartenverwaltung: Ihre Karten ändern, zurücksetzen oder entfernen.</translation>
    </message>
</context>
<context>
    <name>WindowsBackend</name>
    <message>
        <source>The TPM Virtual Smart Card Manager is not available on this computer. It is part of Windows 8 and later; its service may be turned off.</source>
        <translation>Die Verwaltung für virtuelle TPM-Smartcards ist auf diesem Computer nicht verfügbar. Sie gehört zu Windows 8 und neuer; ihr Dienst ist vielleicht ausgeschaltet.</translation>
    </message>
    <message>
        <source>No TPM (Trusted Platform Module) was found on this computer.</source>
        <translation>Auf diesem Computer wurde kein TPM (Trusted Platform Module) gefunden.</translation>
    </message>
    <message>
        <source>The TPM is not ready. Turn it on and prepare it in the TPM management console (tpm.msc), then try again.</source>
        <translation>Das TPM ist nicht bereit. Schalten Sie es in der TPM-Verwaltungskonsole (tpm.msc) ein und bereiten Sie es vor, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Managing virtual smart cards needs administrator rights. Start vscwizard with &quot;Run as administrator&quot;.</source>
        <translation>Zum Verwalten virtueller Smartcards sind Administratorrechte nötig. Starten Sie vscwizard mit „Als Administrator ausführen“.</translation>
    </message>
    <message>
        <source>Virtual smart cards cannot be managed from a remote desktop session.</source>
        <translation>Virtuelle Smartcards können nicht aus einer Remotedesktopsitzung heraus verwaltet werden.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager refused a value of the request.</source>
        <translation>Die Verwaltung für virtuelle TPM-Smartcards hat einen Wert der Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager reported a failure.</source>
        <translation>Die Verwaltung für virtuelle TPM-Smartcards hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager is not available</source>
        <translation>Die Verwaltung für virtuelle TPM-Smartcards ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Ask your administrator to allow the smart card services of Windows to start; the manager is part of Windows 8 and later.</source>
        <translation>Bitten Sie Ihren Administrator, die Smartcard-Dienste von Windows starten zu lassen; die Verwaltung gehört zu Windows 8 und neuer.</translation>
    </message>
    <message>
        <source>No TPM found</source>
        <translation>Kein TPM gefunden</translation>
    </message>
    <message>
        <source>If this computer has a TPM, turn it on in the firmware settings, then try again.</source>
        <translation>Wenn dieser Computer ein TPM hat, schalten Sie es in den Firmware-Einstellungen ein und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The TPM is not ready</source>
        <translation>Das TPM ist nicht bereit</translation>
    </message>
    <message>
        <source>Open the TPM management console (tpm.msc) as administrator and prepare the TPM, then try again.</source>
        <translation>Öffnen Sie die TPM-Verwaltungskonsole (tpm.msc) als Administrator, bereiten Sie das TPM vor und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Administrator rights needed</source>
        <translation>Administratorrechte nötig</translation>
    </message>
    <message>
        <source>Start vscwizard with “Run as administrator”, then try again.</source>
        <translation>Starten Sie vscwizard mit „Als Administrator ausführen“ und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The card needs a name.</source>
        <translation>Die Karte braucht einen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>The admin key must be exactly %n byte(s) long.</source>
        <translation>
            <numerusform>Der Administratorschlüssel muss genau %n Byte lang sein.</numerusform>
            <numerusform>Der Administratorschlüssel muss genau %n Byte lang sein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The admin key check value must be %n byte(s) long.</source>
        <translation>
            <numerusform>Der Prüfwert des Administratorschlüssels muss %n Byte lang sein.</numerusform>
            <numerusform>Der Prüfwert des Administratorschlüssels muss %n Byte lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attestation needs Windows 10 or later.</source>
        <translation>Attestierung braucht Windows 10 oder neuer.</translation>
    </message>
    <message>
        <source>%1 (HRESULT %2)</source>
        <translation>%1 (HRESULT %2)</translation>
    </message>
    <message>
        <source>HRESULT %1</source>
        <translation>HRESULT %1</translation>
    </message>
    <message>
        <source>The smart card readers of this computer could not be counted.</source>
        <translation>Die Smartcard-Lesegeräte dieses Computers konnten nicht gezählt werden.</translation>
    </message>
    <message>
        <source>Win32 error %1</source>
        <translation>Win32-Fehler %1</translation>
    </message>
    <message numerus="yes">
        <source>%n smart card reader(s) exist already, the most there can be at once. Remove a virtual smart card or unplug a reader first.</source>
        <translation>
            <numerusform>Es gibt bereits %n Smartcard-Lesegerät, mehr sind gleichzeitig nicht möglich. Entfernen Sie zuerst eine virtuelle Smartcard oder trennen Sie ein Lesegerät.</numerusform>
            <numerusform>Es gibt bereits %n Smartcard-Lesegeräte, mehr sind gleichzeitig nicht möglich. Entfernen Sie zuerst eine virtuelle Smartcard oder trennen Sie ein Lesegerät.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN policy cannot be passed to the manager.</source>
        <translation>Die PIN-Richtlinie kann nicht an die Verwaltung übergeben werden.</translation>
    </message>
    <message>
        <source>Windows shows the card as the smart card reader &quot;%1&quot;. Applications use it through the Windows smart card service, for example to enroll a certificate or sign in.</source>
        <translation>Windows zeigt die Karte als Smartcard-Lesegerät „%1“. Anwendungen verwenden sie über den Smartcard-Dienst von Windows, etwa um ein Zertifikat anzufordern oder sich anzumelden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the instance id of a TPM virtual smart card (ROOT\SMARTCARDREADER\000n).</source>
        <translation>„%1“ ist nicht die Instanz-ID einer virtuellen TPM-Smartcard (ROOT\SMARTCARDREADER\000n).</translation>
    </message>
    <message>
        <source>The smart card readers could not be listed (Win32 error %1).</source>
        <translation>Die Smartcard-Lesegeräte konnten nicht aufgelistet werden (Win32-Fehler %1).</translation>
    </message>
    <message numerus="yes">
        <source>The PIN must be %1 to %n byte(s) long.</source>
        <translation>
            <numerusform>Die PIN muss %1 bis %n Byte lang sein.</numerusform>
            <numerusform>Die PIN muss %1 bis %n Byte lang sein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK must be %1 to %n byte(s) long.</source>
        <translation>
            <numerusform>Die PUK muss %1 bis %n Byte lang sein.</numerusform>
            <numerusform>Die PUK muss %1 bis %n Byte lang sein.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>There is no translation for &quot;%1&quot;; using English.</source>
        <translation>Für „%1“ gibt es keine Übersetzung; es wird Englisch verwendet.</translation>
    </message>
    <message>
        <source>Commands are run by vscwizard, for example: vscwizard %1</source>
        <translation>Befehle führt vscwizard aus, zum Beispiel: vscwizard %1</translation>
    </message>
    <message>
        <source>Organization policy</source>
        <translation>Richtlinie der Organisation</translation>
    </message>
    <message>
        <source>Card manager</source>
        <translation>Kartenverwaltung</translation>
    </message>
    <message>
        <source>There is no graphical session to open the wizard in (DISPLAY and WAYLAND_DISPLAY are not set). The commands work without one; see vscwizard --help.</source>
        <translation>Es gibt keine grafische Sitzung, in der sich der Assistent öffnen ließe (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt). Die Befehle funktionieren auch ohne; siehe vscwizard --help.</translation>
    </message>
    <message>
        <source>Cannot open the wizard %1: %2. The commands work without it; see vscwizard --help.</source>
        <translation>Der Assistent %1 lässt sich nicht öffnen: %2. Die Befehle funktionieren auch ohne ihn; siehe vscwizard --help.</translation>
    </message>
</context>
</TS>
