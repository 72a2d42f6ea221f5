<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
</context>
<context>
    <name>AdminKey</name>
    <message>
        <source>Character %1 (&apos;%2&apos;) is not a hex digit.</source>
        <translation>Teken %1 (&apos;%2&apos;) is geen hexadecimaal cijfer.</translation>
    </message>
    <message numerus="yes">
        <source>The admin key has %n hex digit(s); it needs exactly %1.</source>
        <translation>
            <numerusform>De beheerderssleutel heeft %n hexadecimaal cijfer; er zijn er precies %1 nodig.</numerusform>
            <numerusform>De beheerderssleutel heeft %n hexadecimale cijfers; er zijn er precies %1 nodig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 (&apos;%2&apos;) splits a pair of hex digits; spaces and colons may only stand between pairs.</source>
        <translation>Teken %1 (&apos;%2&apos;) splitst een paar hexadecimale cijfers; spaties en dubbele punten mogen alleen tussen paren staan.</translation>
    </message>
    <message numerus="yes">
        <source>The admin key has %n byte(s); it needs exactly %1.</source>
        <translation>
            <numerusform>De beheerderssleutel heeft %n byte; er zijn er precies %1 nodig.</numerusform>
            <numerusform>De beheerderssleutel heeft %n bytes; er zijn er precies %1 nodig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>De optie %1 heeft een waarde nodig.</translation>
    </message>
    <message>
        <source>--sim-delay takes milliseconds from 0 to 600000, not &quot;%1&quot;.</source>
        <translation>--sim-delay verwacht milliseconden van 0 tot 600000, niet “%1”.</translation>
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
        <translation>Algemene opties:
  --backend NAAM       tpm2, windows of simulator (alleen voor tests en demo&apos;s)
  --lang TAAL          taal van de meldingen, bijv. nl
  --policy BESTAND     pincodebeleid van de organisatie
  --tpm WELKE          tpm2: auto, device[:PAD], software[:MAP] of tcti:TEKENREEKS
  --store MAP          tpm2: de map van de tokenopslag
  --sim-state MAP      simulator: map waarin de kaarten worden bewaard
  --sim-delay MS       simulator: vertraging van elke stap
  --sim-fail ERR[@ST]  simulator: mislukken met fout ERR bij status ST, of met een
                       kaartfout: CARD:ERR[@change-pin|reset-pin|change-puk|status]
</translation>
    </message>
</context>
<context>
    <name>BackendFactory</name>
    <message>
        <source>There is no backend called &quot;%1&quot;. Available: %2.</source>
        <translation>Er is geen backend met de naam “%1”. Beschikbaar: %2.</translation>
    </message>
    <message>
        <source>software-tpm acts on a software TPM, but --tpm %1 names another TPM. Leave out --tpm, or give --tpm software:FOLDER.</source>
        <translation>software-tpm werkt met een software-TPM, maar --tpm %1 noemt een andere TPM. Laat --tpm weg of geef --tpm software:MAP op.</translation>
    </message>
    <message>
        <source>The software TPM is only used on Linux.</source>
        <translation>De software-TPM wordt alleen onder Linux gebruikt.</translation>
    </message>
</context>
<context>
    <name>CardCommands</name>
    <message>
        <source>%1 takes only --instance ID and --with puk|adminkey; secrets are read from the terminal or from standard input.</source>
        <translation>%1 accepteert alleen --instance ID en --with puk|adminkey; geheimen worden gelezen uit de terminal of uit standaardinvoer.</translation>
    </message>
    <message>
        <source>%1 takes only --instance ID; secrets are read from the terminal or from standard input.</source>
        <translation>%1 accepteert alleen --instance ID; geheimen worden gelezen uit de terminal of uit standaardinvoer.</translation>
    </message>
    <message>
        <source>%1: --instance needs the instance id shown by &quot;vscwizard status&quot;.</source>
        <translation>%1: --instance heeft het exemplaar-id nodig dat “vscwizard status” toont.</translation>
    </message>
    <message>
        <source>%1: --with needs puk or adminkey.</source>
        <translation>%1: --with verwacht puk of adminkey.</translation>
    </message>
    <message>
        <source>%1: --with is given twice.</source>
        <translation>%1: --with is twee keer opgegeven.</translation>
    </message>
    <message>
        <source>%1: --with takes puk or adminkey; the PUK or the admin key itself is read from the terminal or from standard input.</source>
        <translation>%1: --with verwacht puk of adminkey; de PUK of de beheerderssleutel zelf wordt gelezen uit de terminal of uit standaardinvoer.</translation>
    </message>
    <message>
        <source>%1 takes exactly one --instance ID.</source>
        <translation>%1 accepteert precies één --instance ID.</translation>
    </message>
    <message>
        <source>%1 needs --instance ID (see &quot;vscwizard status&quot;).</source>
        <translation>%1 heeft --instance ID nodig (zie “vscwizard status”).</translation>
    </message>
    <message>
        <source>The two entries differed three times; nothing was changed.</source>
        <translation>De twee invoeren kwamen drie keer niet overeen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>No card has the instance id %1.</source>
        <translation>Geen enkele kaart heeft het exemplaar-id %1.</translation>
    </message>
    <message>
        <source>The card has no PUK: reset its PIN with %1 --with adminkey.</source>
        <translation>De kaart heeft geen PUK: stel de pincode opnieuw in met %1 --with adminkey.</translation>
    </message>
    <message>
        <source>Nobody knows the card&apos;s admin key: reset its PIN with %1 --with puk.</source>
        <translation>Niemand kent de beheerderssleutel van de kaart: stel de pincode opnieuw in met %1 --with puk.</translation>
    </message>
    <message>
        <source>The card has no PUK to change.</source>
        <translation>De kaart heeft geen PUK die gewijzigd kan worden.</translation>
    </message>
    <message>
        <source>Current PIN: </source>
        <translation>Huidige pincode: </translation>
    </message>
    <message>
        <source>Standard input ended before the current PIN was read.</source>
        <translation>De standaardinvoer eindigde voordat de huidige pincode was gelezen.</translation>
    </message>
    <message>
        <source>Current PUK: </source>
        <translation>Huidige PUK: </translation>
    </message>
    <message>
        <source>PUK: </source>
        <translation>PUK: </translation>
    </message>
    <message>
        <source>Standard input ended before the PUK was read.</source>
        <translation>De standaardinvoer eindigde voordat de PUK was gelezen.</translation>
    </message>
    <message>
        <source>Admin key (48 hex digits): </source>
        <translation>Beheerderssleutel (48 hexadecimale cijfers): </translation>
    </message>
    <message>
        <source>Standard input ended before the admin key was read.</source>
        <translation>De standaardinvoer eindigde voordat de beheerderssleutel was gelezen.</translation>
    </message>
    <message>
        <source>Admin key: %1</source>
        <translation>Beheerderssleutel: %1</translation>
    </message>
    <message>
        <source>The new PIN must meet these rules:</source>
        <translation>De nieuwe pincode moet aan deze regels voldoen:</translation>
    </message>
    <message>
        <source>New PIN: </source>
        <translation>Nieuwe pincode: </translation>
    </message>
    <message>
        <source>Repeat the new PIN: </source>
        <translation>Herhaal de nieuwe pincode: </translation>
    </message>
    <message>
        <source>Standard input ended before the new PIN was read.</source>
        <translation>De standaardinvoer eindigde voordat de nieuwe pincode was gelezen.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Waarschuwing: %1</translation>
    </message>
    <message>
        <source>The new PIN breaks these rules:</source>
        <translation>De nieuwe pincode overtreedt deze regels:</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>New PUK: </source>
        <translation>Nieuwe PUK: </translation>
    </message>
    <message>
        <source>Repeat the new PUK: </source>
        <translation>Herhaal de nieuwe PUK: </translation>
    </message>
    <message>
        <source>Standard input ended before the new PUK was read.</source>
        <translation>De standaardinvoer eindigde voordat de nieuwe PUK was gelezen.</translation>
    </message>
    <message>
        <source>Changed the PIN of the card %1.</source>
        <translation>De pincode van kaart %1 is gewijzigd.</translation>
    </message>
    <message>
        <source>Changed the PIN of the card &quot;%1&quot; (%2).</source>
        <translation>De pincode van kaart “%1” (%2) is gewijzigd.</translation>
    </message>
    <message>
        <source>Changed the PUK of the card %1.</source>
        <translation>De PUK van kaart %1 is gewijzigd.</translation>
    </message>
    <message>
        <source>Changed the PUK of the card &quot;%1&quot; (%2).</source>
        <translation>De PUK van kaart “%1” (%2) is gewijzigd.</translation>
    </message>
    <message>
        <source>status takes only --json.</source>
        <translation>status accepteert alleen --json.</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; is not an instance id: none is longer than %n character(s) (see &quot;vscwizard status&quot;).</source>
        <extracomment>%1: a command name, kept in English.</extracomment>
        <translation>
            <numerusform>%1: “%2” is geen exemplaar-id: geen enkel id is langer dan %n teken (zie “vscwizard status”).</numerusform>
            <numerusform>%1: “%2” is geen exemplaar-id: geen enkel id is langer dan %n tekens (zie “vscwizard status”).</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN of the card %1 was reset; it is unblocked.</source>
        <translation>De pincode van kaart %1 is opnieuw ingesteld; de kaart is gedeblokkeerd.</translation>
    </message>
    <message>
        <source>The PIN of the card &quot;%1&quot; (%2) was reset; it is unblocked.</source>
        <translation>De pincode van kaart “%1” (%2) is opnieuw ingesteld; de kaart is gedeblokkeerd.</translation>
    </message>
</context>
<context>
    <name>CardManagerWindow</name>
    <message>
        <source>Manage virtual smart cards</source>
        <translation>Virtuele smartcards beheren</translation>
    </message>
    <message>
        <source>TPM lockout state</source>
        <translation>Vergrendelingsstatus van de TPM</translation>
    </message>
    <message>
        <source>Car&amp;ds on this computer:</source>
        <translation>Kaarten op &amp;deze computer:</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <source>Each row is a card: its name, where it lives, its keys, its PIN&apos;s state and how its PIN can be reset.</source>
        <translation>Elke rij is een kaart: de naam, waar de kaart zich bevindt, de sleutels, de status van de pincode en hoe de pincode opnieuw kan worden ingesteld.</translation>
    </message>
    <message>
        <source>Reading the cards</source>
        <translation>Kaarten lezen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>&amp;Pincode wijzigen…</translation>
    </message>
    <message>
        <source>R&amp;eset PIN…</source>
        <translation>Pincode opnieuw &amp;instellen…</translation>
    </message>
    <message>
        <source>Change P&amp;UK…</source>
        <translation>P&amp;UK wijzigen…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ve&amp;rnieuwen</translation>
    </message>
    <message>
        <source>Reads the cards and the TPM&apos;s lockout state again.</source>
        <translation>Leest de kaarten en de vergrendelingsstatus van de TPM opnieuw.</translation>
    </message>
    <message>
        <source>E&amp;nroll a new card…</source>
        <translation>&amp;Nieuwe kaart maken…</translation>
    </message>
    <message>
        <source>Opens the wizard that creates a card.</source>
        <translation>Opent de wizard waarmee een kaart wordt gemaakt.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Reading the cards…</source>
        <translation>Kaarten lezen…</translation>
    </message>
    <message>
        <source>The cards could not be read: %1 %2</source>
        <translation>De kaarten kunnen niet worden gelezen: %1 %2</translation>
    </message>
    <message>
        <source>There is no card yet. Enroll a new card to create one.</source>
        <translation>Er is nog geen kaart. Maak een nieuwe kaart.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s).</source>
        <translation>
            <numerusform>%n kaart.</numerusform>
            <numerusform>%n kaarten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a card first.</source>
        <translation>Selecteer eerst een kaart.</translation>
    </message>
    <message>
        <source>The PIN is blocked; reset it first</source>
        <translation>De pincode is geblokkeerd; stel deze eerst opnieuw in</translation>
    </message>
    <message>
        <source>This card can never be reset; remove it and create a new one</source>
        <translation>Deze kaart kan nooit opnieuw worden ingesteld; verwijder de kaart en maak een nieuwe</translation>
    </message>
    <message>
        <source>The PUK is blocked, so this card can no longer be reset; remove it and create a new one</source>
        <translation>De PUK is geblokkeerd, dus deze kaart kan niet meer opnieuw worden ingesteld; verwijder de kaart en maak een nieuwe</translation>
    </message>
    <message>
        <source>This card has no PUK</source>
        <translation>Deze kaart heeft geen PUK</translation>
    </message>
    <message>
        <source>The PUK is blocked</source>
        <translation>De PUK is geblokkeerd</translation>
    </message>
    <message>
        <source>Sets a new PIN; the current PIN is needed.</source>
        <translation>Stelt een nieuwe pincode in; de huidige pincode is nodig.</translation>
    </message>
    <message>
        <source>Sets a new PIN without the current one, with the PUK or the admin key.</source>
        <translation>Stelt een nieuwe pincode in zonder de huidige, met de PUK of de beheerderssleutel.</translation>
    </message>
    <message>
        <source>Sets a new PUK; the current PUK is needed.</source>
        <translation>Stelt een nieuwe PUK in; de huidige PUK is nodig.</translation>
    </message>
    <message>
        <source>Removes the card and destroys its keys.</source>
        <translation>Verwijdert de kaart en vernietigt de sleutels ervan.</translation>
    </message>
</context>
<context>
    <name>CardNamePage</name>
    <message>
        <source>Card Name</source>
        <translation>Kaartnaam</translation>
    </message>
    <message>
        <source>Choose a name that helps you recognize the card.</source>
        <translation>Kies een naam waaraan u de kaart herkent.</translation>
    </message>
    <message>
        <source>Card na&amp;me:</source>
        <translation>Kaart&amp;naam:</translation>
    </message>
    <message>
        <source>Card name</source>
        <translation>Kaartnaam</translation>
    </message>
    <message>
        <source>The name shown for the card, for example in the list of security devices of a browser.</source>
        <translation>De naam waaronder de kaart wordt weergegeven, bijvoorbeeld in de lijst met beveiligingsapparaten van een browser.</translation>
    </message>
    <message>
        <source>For example: Work laptop</source>
        <translation>Bijvoorbeeld: Werklaptop</translation>
    </message>
    <message>
        <source>Name check</source>
        <translation>Naamcontrole</translation>
    </message>
    <message numerus="yes">
        <source>The name can have at most %n character(s).</source>
        <translation>
            <numerusform>De naam mag maximaal %n teken bevatten.</numerusform>
            <numerusform>De naam mag maximaal %n tekens bevatten.</numerusform>
        </translation>
    </message>
    <message>
        <source>A card named “%1” already exists. Choose another name.</source>
        <translation>Er bestaat al een kaart met de naam “%1”. Kies een andere naam.</translation>
    </message>
    <message>
        <source>This name can be used.</source>
        <translation>Deze naam kan worden gebruikt.</translation>
    </message>
</context>
<context>
    <name>CardRules</name>
    <message>
        <source>Enter a name for the card.</source>
        <translation>Voer een naam voor de kaart in.</translation>
    </message>
    <message>
        <source>The name contains a character that is not shown, such as a tab, a line break or a writing-direction mark. Remove it.</source>
        <translation>De naam bevat een teken dat niet wordt weergegeven, zoals een tab, een regeleinde of een schrijfrichtingsteken. Verwijder het.</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: it can have at most %n character(s).</source>
        <translation>
            <numerusform>De naam is te lang: deze mag maximaal %n teken bevatten.</numerusform>
            <numerusform>De naam is te lang: deze mag maximaal %n tekens bevatten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: a card name holds %n byte(s) in UTF-8, where letters beyond ASCII take two to four; this one takes %1.</source>
        <translation>
            <numerusform>De naam is te lang: een kaartnaam mag %n byte in UTF-8 bevatten, waarbij letters buiten ASCII twee tot vier bytes innemen; deze naam neemt er %1 in.</numerusform>
            <numerusform>De naam is te lang: een kaartnaam mag %n bytes in UTF-8 bevatten, waarbij letters buiten ASCII twee tot vier bytes innemen; deze naam neemt er %1 in.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name starts or ends with a space. Remove it.</source>
        <translation>De naam begint of eindigt met een spatie. Verwijder deze.</translation>
    </message>
    <message>
        <source>The name is not valid UTF-8 text. Type it again in a terminal that uses UTF-8.</source>
        <translation>De naam is geen geldige UTF-8-tekst. Typ de naam opnieuw in een terminal die UTF-8 gebruikt.</translation>
    </message>
    <message>
        <source>The PIN breaks these rules: %1</source>
        <translation>De pincode overtreedt deze regels: %1</translation>
    </message>
    <message>
        <source>This PIN is one of the most common PINs, which whoever finds the card tries first. Choose one that is harder to guess.</source>
        <translation>Deze pincode is een van de meest gebruikte pincodes, die iemand die de kaart vindt als eerste probeert. Kies een pincode die moeilijker te raden is.</translation>
    </message>
    <message>
        <source>The PIN contains a NUL byte or bytes that are not UTF-8 text; other programs could not type it.</source>
        <translation>De pincode bevat een NUL-byte of bytes die geen UTF-8-tekst zijn; andere programma&apos;s zouden deze niet kunnen invoeren.</translation>
    </message>
    <message>
        <source>The PUK contains a NUL byte or bytes that are not UTF-8 text; other programs could not type it.</source>
        <translation>De PUK bevat een NUL-byte of bytes die geen UTF-8-tekst zijn; andere programma&apos;s zouden deze niet kunnen invoeren.</translation>
    </message>
    <message>
        <source>The PUK is the same as the PIN. Choose a different PUK: it must unlock the card when the PIN is forgotten or blocked.</source>
        <translation>De PUK is gelijk aan de pincode. Kies een andere PUK: deze moet de kaart ontgrendelen als de pincode vergeten of geblokkeerd is.</translation>
    </message>
    <message numerus="yes">
        <source>The PUK must have %1 to %n character(s).</source>
        <translation>
            <numerusform>De PUK moet %1 tot %n teken bevatten.</numerusform>
            <numerusform>De PUK moet %1 tot %n tekens bevatten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK is too long: a PUK can have at most %n byte(s) in UTF-8, where letters such as ä or € take two or three; this one takes %1.</source>
        <extracomment>%n: the most bytes any PUK may have; %1: the bytes this PUK takes.</extracomment>
        <translation>
            <numerusform>De PUK is te lang: een PUK mag maximaal %n byte in UTF-8 bevatten, waarbij letters zoals ä of € twee of drie bytes innemen; deze PUK neemt er %1 in.</numerusform>
            <numerusform>De PUK is te lang: een PUK mag maximaal %n bytes in UTF-8 bevatten, waarbij letters zoals ä of € twee of drie bytes innemen; deze PUK neemt er %1 in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardTableModel</name>
    <message>
        <source>Instance id: %1</source>
        <translation>Exemplaar-id: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Sleutels</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Herstel</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
</context>
<context>
    <name>CardText</name>
    <message>
        <source>TPM of this computer</source>
        <translation>TPM van deze computer</translation>
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
            <numerusform>Pincode ingesteld; nog %n poging</numerusform>
            <numerusform>Pincode ingesteld; nog %n pogingen</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>Pincode ingesteld</translation>
    </message>
    <message>
        <source>No PIN set</source>
        <translation>Geen pincode ingesteld</translation>
    </message>
    <message>
        <source>PIN blocked</source>
        <translation>Pincode geblokkeerd</translation>
    </message>
    <message>
        <source>Cannot be reset</source>
        <extracomment>The subject is the card (the virtual smart card): its PIN cannot be reset. A table cell.</extracomment>
        <translation>Kan niet opnieuw worden ingesteld</translation>
    </message>
    <message>
        <source>PUK, or the default admin key</source>
        <translation>PUK of de standaardbeheerderssleutel</translation>
    </message>
    <message>
        <source>Default admin key</source>
        <translation>Standaardbeheerderssleutel</translation>
    </message>
    <message>
        <source>PUK, or the admin key</source>
        <translation>PUK of de beheerderssleutel</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Beheerderssleutel</translation>
    </message>
    <message>
        <source>PUK</source>
        <extracomment>PUK: PIN Unblocking Key, the secret that resets a blocked PIN.</extracomment>
        <translation>PUK</translation>
    </message>
    <message>
        <source>The TPM&apos;s lockout state is not known.</source>
        <translation>De vergrendelingsstatus van de TPM is onbekend.</translation>
    </message>
    <message numerus="yes">
        <source>No wrong PINs counted by the TPM (it locks after %n).</source>
        <translation>
            <numerusform>De TPM heeft geen onjuiste pincodes geteld (vergrendelt na %n).</numerusform>
            <numerusform>De TPM heeft geen onjuiste pincodes geteld (vergrendelt na %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>location</comment>
        <extracomment>Where the card is kept (a TPM, the simulator) is not known. A table cell of the Location column.</extracomment>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>PIN state</comment>
        <extracomment>The state of the card&apos;s PIN (set, blocked) is not known. A table cell of the PIN column.</extracomment>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>recovery</comment>
        <extracomment>How the card&apos;s PIN can be reset is not known. A table cell of the Recovery column.</extracomment>
        <translation>Onbekend</translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n second(s), on every card.</source>
        <translation>
            <numerusform>De TPM is vergrendeld na te veel onjuiste pincodes: over %n seconde accepteert de TPM weer pincodes, voor alle kaarten.</numerusform>
            <numerusform>De TPM is vergrendeld na te veel onjuiste pincodes: over %n seconden accepteert de TPM weer pincodes, voor alle kaarten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n minute(s), on every card.</source>
        <translation>
            <numerusform>De TPM is vergrendeld na te veel onjuiste pincodes: over %n minuut accepteert de TPM weer pincodes, voor alle kaarten.</numerusform>
            <numerusform>De TPM is vergrendeld na te veel onjuiste pincodes: over %n minuten accepteert de TPM weer pincodes, voor alle kaarten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n hour(s), on every card.</source>
        <translation>
            <numerusform>De TPM is vergrendeld na te veel onjuiste pincodes: over %n uur accepteert de TPM weer pincodes, voor alle kaarten.</numerusform>
            <numerusform>De TPM is vergrendeld na te veel onjuiste pincodes: over %n uur accepteert de TPM weer pincodes, voor alle kaarten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n second(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>De TPM heeft %1 van %2 onjuiste pincodes geteld, voor al zijn kaarten samen. De teller gaat om de %n seconde met één omlaag.</numerusform>
            <numerusform>De TPM heeft %1 van %2 onjuiste pincodes geteld, voor al zijn kaarten samen. De teller gaat om de %n seconden met één omlaag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n minute(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>De TPM heeft %1 van %2 onjuiste pincodes geteld, voor al zijn kaarten samen. De teller gaat om de %n minuut met één omlaag.</numerusform>
            <numerusform>De TPM heeft %1 van %2 onjuiste pincodes geteld, voor al zijn kaarten samen. De teller gaat om de %n minuten met één omlaag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n hour(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>De TPM heeft %1 van %2 onjuiste pincodes geteld, voor al zijn kaarten samen. De teller gaat om de %n uur met één omlaag.</numerusform>
            <numerusform>De TPM heeft %1 van %2 onjuiste pincodes geteld, voor al zijn kaarten samen. De teller gaat om de %n uur met één omlaag.</numerusform>
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
        <translation>Gebruik: vscwizard [ALGEMENE OPTIES] [OPDRACHT [OPTIES]]
Zonder opdracht wordt de wizard geopend.

Opdrachten:
  create --name NAAM [--pin prompt|default] [--puk prompt|default|none]
         [--adminkey default|random|prompt] [--generate]
         [--pinpolicy minlen N maxlen N KLASSE REGEL ...]
      Maakt een virtuele smartcard en geeft het exemplaar-id ervan weer.
      KLASSE is uppercase, lowercase, digits, special of other; REGEL is allow,
      require of disallow. Standaard: --pin prompt, --puk none, --adminkey default;
      de standaardpincode en -PUK zijn die van tpmvscmgr. --adminkey random maakt
      een kaart die nooit opnieuw kan worden ingesteld, alleen verwijderd. Bij tpm2
      (Linux) neemt de PUK de plaats van de beheerderssleutel in: een kaart met PUK heeft er geen.
  destroy --instance ID
      Verwijdert een virtuele smartcard.
  list [--json]
      Toont de virtuele smartcards.
  status [--json]
      Toont per kaart de status van de pincode (resterende pogingen, geblokkeerd) en hoe
      deze opnieuw kan worden ingesteld, plus de TPM-vergrendeling, zonder een poging te verbruiken.
  change-pin --instance ID
      Wijzigt de pincode van een kaart; leest de huidige pincode en dan de nieuwe.
  reset-pin --instance ID [--with puk|adminkey]
      Stelt een nieuwe pincode in, ook op een geblokkeerde kaart; leest de PUK (of de
      beheerderssleutel als 48 hexadecimale cijfers) en dan de nieuwe pincode. Standaard:
      --with puk als de kaart een PUK heeft, anders --with adminkey.
  change-puk --instance ID
      Wijzigt de PUK van een kaart; leest de huidige PUK en dan de nieuwe.
  explain CODE|NAAM
      Legt uit wat een TPMVSCMGR_ERROR of TPMVSCMGR_STATUS betekent.
  software-tpm start|stop|status
      Beheert de software-TPM per gebruiker die de kaarten bevat als er geen hardware-
      TPM bruikbaar is (Linux). De sleutels ervan worden niet door hardware beschermd.
  --help, --version

Geheimen worden nooit van de opdrachtregel overgenomen. “prompt” leest ze zonder echo
uit de terminal en vraagt twee keer; als de standaardinvoer geen terminal is, wordt per
gevraagd geheim één regel gelezen, bij create in de volgorde pincode, PUK, beheerderssleutel
(48 hexadecimale cijfers), bij de andere opdrachten in de hierboven genoemde volgorde.
Elke nieuwe pincode moet voldoen aan het beleid van de organisatie (--policy).

Opties van elke opdracht:
  --verbose            voortgang ook weergeven als standaardfout geen terminal is

Ctrl+C annuleert de lopende bewerking; er blijft niets half af.

Afsluitstatus: 0 gelukt, 1 andere fout, 2 onjuist gebruik, 3 geannuleerd,
10 + N voor TPMVSCMGR_ERROR N (zie “vscwizard explain N”),
40 + N voor een kaartfout van change-pin, reset-pin, change-puk en status: 41 onjuiste
pincode, 42 onjuiste PUK, 43 onjuiste beheerderssleutel, 44 pincode geblokkeerd, 45 PUK
geblokkeerd, 46 nieuwe pincode geweigerd, 47 nieuwe PUK geweigerd, 48 kan niet opnieuw worden
ingesteld, 49 kaart bestaat niet, 50 TPM-vergrendeling, 51 hier niet mogelijk, 52 andere kaartfout.
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
        <translation>Simulator (alleen voor tests en demo&apos;s; er wordt geen echte kaart gemaakt):
  --sim-fail FOUT[@STATUS] mislukt eenmaal per proces met FOUT bij STATUS (namen zonder het
  voorvoegsel TPMVSCMGR_, bijv. GENERATE_FILESYSTEM@GENERATE_RUNNING; zonder @STATUS bij de
  eerste stap). De fout treedt één keer op: een nieuwe poging in hetzelfde proces slaagt.
  --sim-fail CARD:FOUT[@BEWERKING] laat een kaartbewerking eenmaal mislukken met een kaartfout
  (WRONG_PIN, WRONG_PUK, WRONG_ADMIN_KEY, PIN_BLOCKED, PUK_BLOCKED, NEW_PIN_REFUSED,
  NEW_PUK_REFUSED, CANNOT_RESET, CARD_NOT_FOUND, TPM_LOCKOUT, UNSUPPORTED, FAILED) bij
  change-pin, reset-pin, change-puk of status (zonder @: bij het eerste wijzigen of opnieuw instellen);
  er verandert niets aan de kaart.
  --sim-delay MS wacht voor elke status; annuleren wordt van kracht bij de volgende status.
</translation>
    </message>
    <message>
        <source>software-tpm takes one of start, stop or status.</source>
        <extracomment>software-tpm, start, stop and status are typed as they are: do not translate them.</extracomment>
        <translation>software-tpm accepteert een van start, stop of status.</translation>
    </message>
    <message>
        <source>This program has no software TPM.</source>
        <translation>Dit programma heeft geen software-TPM.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Geen opdracht opgegeven.</translation>
    </message>
    <message>
        <source>Unknown command. The commands are create, destroy, list, status, change-pin, reset-pin, change-puk, explain and software-tpm.</source>
        <translation>Onbekende opdracht. De opdrachten zijn create, destroy, list, status, change-pin, reset-pin, change-puk, explain en software-tpm.</translation>
    </message>
</context>
<context>
    <name>ClientRegistration</name>
    <message>
        <source>The file %1 is not the program&apos;s own; it is left as it is.</source>
        <translation>Het bestand %1 is niet van het programma zelf; het blijft ongewijzigd.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>list takes only --json.</source>
        <translation>list accepteert alleen --json.</translation>
    </message>
    <message>
        <source>destroy: --instance needs the instance id shown by &quot;vscwizard list&quot;.</source>
        <translation>destroy: --instance heeft het exemplaar-id nodig dat “vscwizard list” toont.</translation>
    </message>
    <message>
        <source>destroy takes only --instance ID.</source>
        <translation>destroy accepteert alleen --instance ID.</translation>
    </message>
    <message>
        <source>destroy takes exactly one --instance ID.</source>
        <translation>destroy accepteert precies één --instance ID.</translation>
    </message>
    <message>
        <source>destroy needs --instance ID (see &quot;vscwizard list&quot;).</source>
        <translation>destroy heeft --instance ID nodig (zie “vscwizard list”).</translation>
    </message>
    <message>
        <source>Removed the virtual smart card %1.</source>
        <translation>De virtuele smartcard %1 is verwijderd.</translation>
    </message>
    <message>
        <source>Restart the computer to finish removing the card.</source>
        <translation>Start de computer opnieuw op om het verwijderen van de kaart te voltooien.</translation>
    </message>
    <message>
        <source>explain takes one error or status, as a name or a number.</source>
        <translation>explain accepteert één fout of status, als naam of als nummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a TPMVSCMGR_ERROR nor a TPMVSCMGR_STATUS name or number.</source>
        <translation>“%1” is geen naam of nummer van een TPMVSCMGR_ERROR of TPMVSCMGR_STATUS.</translation>
    </message>
    <message>
        <source>Error %1: TPMVSCMGR_ERROR_%2</source>
        <translation>Fout %1: TPMVSCMGR_ERROR_%2</translation>
    </message>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message>
        <source>  vscwizard exits with status %1 on this error.</source>
        <translation>  vscwizard sluit bij deze fout af met status %1.</translation>
    </message>
    <message>
        <source>Status %1: TPMVSCMGR_STATUS_%2</source>
        <translation>Status %1: TPMVSCMGR_STATUS_%2</translation>
    </message>
    <message numerus="yes">
        <source>destroy: &quot;%1&quot; is not an instance id: none is longer than %n character(s) (see &quot;vscwizard list&quot;).</source>
        <translation>
            <numerusform>destroy: “%1” is geen exemplaar-id: geen enkel id is langer dan %n teken (zie “vscwizard list”).</numerusform>
            <numerusform>destroy: “%1” is geen exemplaar-id: geen enkel id is langer dan %n tekens (zie “vscwizard list”).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateCommand</name>
    <message>
        <source>%1 takes one of: %2. Secrets are read from the terminal or from standard input, never from the command line.</source>
        <extracomment>%1 is an option such as --pin, %2 its keywords (prompt, stdin), typed as they are.</extracomment>
        <translation>%1 accepteert een van: %2. Geheimen worden gelezen uit de terminal of uit standaardinvoer, nooit van de opdrachtregel.</translation>
    </message>
    <message>
        <source>--pinpolicy needs rules, e.g. --pinpolicy minlen 6 digits require.</source>
        <translation>--pinpolicy heeft regels nodig, bijv. --pinpolicy minlen 6 digits require.</translation>
    </message>
    <message>
        <source>--pinpolicy: &quot;%1&quot; needs a value.</source>
        <translation>--pinpolicy: “%1” heeft een waarde nodig.</translation>
    </message>
    <message>
        <source>--pinpolicy: &quot;%1&quot; is not a rule; use minlen, maxlen, uppercase, lowercase, digits, special or other.</source>
        <translation>--pinpolicy: “%1” is geen regel; gebruik minlen, maxlen, uppercase, lowercase, digits, special of other.</translation>
    </message>
    <message>
        <source>--pinpolicy: %1 is given twice; give each rule once.</source>
        <translation>--pinpolicy: %1 is twee keer opgegeven; geef elke regel één keer op.</translation>
    </message>
    <message>
        <source>--pinpolicy: %1 takes a number, not &quot;%2&quot;.</source>
        <translation>--pinpolicy: %1 verwacht een getal, niet “%2”.</translation>
    </message>
    <message>
        <source>--pinpolicy: %1 takes allow, require or disallow, not &quot;%2&quot;.</source>
        <translation>--pinpolicy: %1 verwacht allow, require of disallow, niet “%2”.</translation>
    </message>
    <message>
        <source>--pinpolicy: %1</source>
        <translation>--pinpolicy: %1</translation>
    </message>
    <message>
        <source>create: unexpected argument number %1; only options are taken.</source>
        <translation>create: onverwacht argument nummer %1; alleen opties worden geaccepteerd.</translation>
    </message>
    <message>
        <source>create: %1 is given twice.</source>
        <translation>create: %1 is twee keer opgegeven.</translation>
    </message>
    <message>
        <source>create: --generate takes no value.</source>
        <translation>create: --generate accepteert geen waarde.</translation>
    </message>
    <message>
        <source>create: unknown option %1.</source>
        <translation>create: onbekende optie %1.</translation>
    </message>
    <message>
        <source>create: %1 needs a value.</source>
        <translation>create: %1 heeft een waarde nodig.</translation>
    </message>
    <message>
        <source>create needs --name NAME.</source>
        <translation>create heeft --name NAAM nodig.</translation>
    </message>
    <message>
        <source>The organization policy %1 sets the PIN rules; --pinpolicy cannot change them.</source>
        <translation>Het organisatiebeleid %1 bepaalt de pincoderegels; --pinpolicy kan deze niet wijzigen.</translation>
    </message>
    <message>
        <source>The organization policy %1 requires a PUK: add --puk prompt or --puk default.</source>
        <translation>Het organisatiebeleid %1 vereist een PUK: voeg --puk prompt of --puk default toe.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow a publicly known recovery secret, and on the %2 backend the PUK is the card&apos;s only one: use --puk prompt.</source>
        <translation>Het organisatiebeleid %1 staat geen openbaar bekend herstelgeheim toe, en bij de backend %2 is de PUK het enige herstelgeheim van de kaart: gebruik --puk prompt.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow the default admin key: add --adminkey prompt or --adminkey random.</source>
        <translation>Het organisatiebeleid %1 staat de standaardbeheerderssleutel niet toe: voeg --adminkey prompt of --adminkey random toe.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow the default admin key: add --adminkey prompt.</source>
        <translation>Het organisatiebeleid %1 staat de standaardbeheerderssleutel niet toe: voeg --adminkey prompt toe.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow a random admin key: add --adminkey prompt or --adminkey default.</source>
        <translation>Het organisatiebeleid %1 staat geen willekeurige beheerderssleutel toe: voeg --adminkey prompt of --adminkey default toe.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow a random admin key: add --adminkey prompt.</source>
        <translation>Het organisatiebeleid %1 staat geen willekeurige beheerderssleutel toe: voeg --adminkey prompt toe.</translation>
    </message>
    <message>
        <source>Or give the card a PUK with --puk prompt: on the %1 backend it takes the admin key&apos;s place.</source>
        <translation>Of geef de kaart een PUK met --puk prompt: bij de backend %1 neemt die de plaats van de beheerderssleutel in.</translation>
    </message>
    <message>
        <source>--adminkey prompt would ask for a key that is never used: on the %1 backend the PUK takes the admin key&apos;s place. Leave out --adminkey, or use --puk none to protect the card with an admin key instead.</source>
        <translation>--adminkey prompt zou vragen om een sleutel die nooit wordt gebruikt: bij de backend %1 neemt de PUK de plaats van de beheerderssleutel in. Laat --adminkey weg, of gebruik --puk none om de kaart in plaats daarvan met een beheerderssleutel te beveiligen.</translation>
    </message>
    <message>
        <source>Note: on the %1 backend the PUK takes the admin key&apos;s place; --adminkey is ignored.</source>
        <translation>Opmerking: bij de backend %1 neemt de PUK de plaats van de beheerderssleutel in; --adminkey wordt genegeerd.</translation>
    </message>
    <message>
        <source>The two entries differed three times; nothing was created.</source>
        <translation>De twee invoeren kwamen drie keer niet overeen; er is niets gemaakt.</translation>
    </message>
    <message>
        <source>The PIN must meet these rules:</source>
        <translation>De pincode moet aan deze regels voldoen:</translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation>Pincode: </translation>
    </message>
    <message>
        <source>Repeat the PIN: </source>
        <translation>Herhaal de pincode: </translation>
    </message>
    <message>
        <source>Standard input ended before the PIN was read.</source>
        <translation>De standaardinvoer eindigde voordat de pincode was gelezen.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Waarschuwing: %1</translation>
    </message>
    <message>
        <source>The PIN breaks these rules:</source>
        <translation>De pincode overtreedt deze regels:</translation>
    </message>
    <message>
        <source>PUK: </source>
        <translation>PUK: </translation>
    </message>
    <message>
        <source>Repeat the PUK: </source>
        <translation>Herhaal de PUK: </translation>
    </message>
    <message>
        <source>Standard input ended before the PUK was read.</source>
        <translation>De standaardinvoer eindigde voordat de PUK was gelezen.</translation>
    </message>
    <message>
        <source>The admin key beside the PUK is random and kept nowhere: only the PUK can reset this card.</source>
        <translation>De beheerderssleutel naast de PUK is willekeurig en wordt nergens bewaard: alleen de PUK kan deze kaart opnieuw instellen.</translation>
    </message>
    <message>
        <source>The admin key is random and kept nowhere: this card can never be reset, only removed.</source>
        <translation>De beheerderssleutel is willekeurig en wordt nergens bewaard: deze kaart kan nooit opnieuw worden ingesteld, alleen verwijderd.</translation>
    </message>
    <message>
        <source>Admin key (48 hex digits): </source>
        <translation>Beheerderssleutel (48 hexadecimale cijfers): </translation>
    </message>
    <message>
        <source>Repeat the admin key: </source>
        <translation>Herhaal de beheerderssleutel: </translation>
    </message>
    <message>
        <source>Standard input ended before the admin key was read.</source>
        <translation>De standaardinvoer eindigde voordat de beheerderssleutel was gelezen.</translation>
    </message>
    <message>
        <source>Admin key: %1</source>
        <translation>Beheerderssleutel: %1</translation>
    </message>
    <message>
        <source>Admin key check value (KCV): %1</source>
        <translation>Controlewaarde van de beheerderssleutel (KCV): %1</translation>
    </message>
    <message>
        <source>Created the virtual smart card &quot;%1&quot; (%2).</source>
        <translation>De virtuele smartcard “%1” (%2) is gemaakt.</translation>
    </message>
    <message>
        <source>The card has the default PIN; change it before you rely on the card.</source>
        <translation>De kaart heeft de standaardpincode; wijzig deze voordat u op de kaart vertrouwt.</translation>
    </message>
    <message>
        <source>Restart the computer before applications can use the card.</source>
        <translation>Start de computer opnieuw op voordat toepassingen de kaart kunnen gebruiken.</translation>
    </message>
</context>
<context>
    <name>EnrollmentWizard</name>
    <message>
        <source>Create a Virtual Smart Card</source>
        <translation>Een virtuele smartcard maken</translation>
    </message>
    <message>
        <source>Virtual smart card wizard</source>
        <translation>Wizard Virtuele smartcard</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>Could not act on your behalf</source>
        <translation>Kan niet namens u handelen</translation>
    </message>
    <message>
        <source>The smart card service could not act with the rights of your user account, so it could not work on the card.</source>
        <translation>De smartcardservice kon niet handelen met de rechten van uw gebruikersaccount en kon daardoor niet met de kaart werken.</translation>
    </message>
    <message>
        <source>Sign out and sign in again, then retry. If it keeps failing, ask your administrator whether your account may manage smart cards on this computer.</source>
        <translation>Meld u af en weer aan en probeer het opnieuw. Als het blijft mislukken, vraag dan uw beheerder of uw account smartcards op deze computer mag beheren.</translation>
    </message>
    <message>
        <source>PIN or PUK does not meet the rules</source>
        <translation>Pincode of PUK voldoet niet aan de regels</translation>
    </message>
    <message>
        <source>The PIN or the PUK does not meet your organization&apos;s rules for their length or the kinds of characters they contain.</source>
        <translation>De pincode of de PUK voldoet niet aan de regels van uw organisatie voor de lengte of de soorten tekens.</translation>
    </message>
    <message>
        <source>Choose a PIN and a PUK that meet every rule: those of the organization policy (--policy) and of --pinpolicy.</source>
        <translation>Kies een pincode en een PUK die aan alle regels voldoen: die van het organisatiebeleid (--policy) en die van --pinpolicy.</translation>
    </message>
    <message>
        <source>Go back and choose a PIN and a PUK that meet every rule listed on the PIN page.</source>
        <translation>Ga terug en kies een pincode en een PUK die voldoen aan alle regels op de pagina Pincode.</translation>
    </message>
    <message>
        <source>Too many smart cards</source>
        <translation>Te veel smartcards</translation>
    </message>
    <message>
        <source>This computer already has as many smart cards as it can use at once (10, counting physical and virtual cards).</source>
        <translation>Deze computer heeft al het maximale aantal smartcards dat tegelijk kan worden gebruikt (10, fysieke en virtuele kaarten samen).</translation>
    </message>
    <message>
        <source>Remove a virtual smart card you no longer need or unplug a smart card reader, then try again.</source>
        <translation>Verwijder een virtuele smartcard die u niet meer nodig hebt of koppel een smartcardlezer los en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Not possible in a remote session</source>
        <translation>Niet mogelijk in een externe sessie</translation>
    </message>
    <message>
        <source>Virtual smart cards cannot be created or removed from a remote desktop session.</source>
        <translation>Virtuele smartcards kunnen niet worden gemaakt of verwijderd vanuit een sessie met Extern bureaublad.</translation>
    </message>
    <message>
        <source>Sign in at the computer itself, not through a remote desktop connection, and try again.</source>
        <translation>Meld u aan op de computer zelf, niet via een verbinding met Extern bureaublad, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The TPM is not ready for smart cards</source>
        <translation>De TPM is niet gereed voor smartcards</translation>
    </message>
    <message>
        <source>The part of the system that keeps smart cards in the TPM (Trusted Platform Module) could not be started.</source>
        <translation>Het onderdeel van het systeem dat smartcards in de TPM (Trusted Platform Module) bewaart, kan niet worden gestart.</translation>
    </message>
    <message>
        <source>Check that the TPM is turned on and ready (in the firmware settings or with your administrator), restart the computer and try again.</source>
        <translation>Controleer of de TPM is ingeschakeld en gereed is (in de firmware-instellingen of bij uw beheerder), start de computer opnieuw op en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The card&apos;s storage could not be created</source>
        <translation>De opslag van de kaart kan niet worden gemaakt</translation>
    </message>
    <message>
        <source>The TPM could not create the protected storage that holds the virtual smart card&apos;s keys.</source>
        <translation>De TPM kan de beveiligde opslag voor de sleutels van de virtuele smartcard niet maken.</translation>
    </message>
    <message>
        <source>Make sure the TPM is not locked after too many wrong attempts and has room for another card, then try again.</source>
        <translation>Controleer of de TPM niet is vergrendeld na te veel onjuiste pogingen en ruimte heeft voor nog een kaart, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The card&apos;s storage could not be removed</source>
        <translation>De opslag van de kaart kan niet worden verwijderd</translation>
    </message>
    <message>
        <source>The TPM could not delete the protected storage of the virtual smart card.</source>
        <translation>De TPM kan de beveiligde opslag van de virtuele smartcard niet verwijderen.</translation>
    </message>
    <message>
        <source>Restart the computer and try removing the card again.</source>
        <translation>Start de computer opnieuw op en probeer de kaart opnieuw te verwijderen.</translation>
    </message>
    <message>
        <source>Card emulation could not start</source>
        <translation>Kaartemulatie kan niet starten</translation>
    </message>
    <message>
        <source>The software that makes the TPM behave like a smart card could not be started.</source>
        <translation>De software die de TPM laat werken als een smartcard, kan niet worden gestart.</translation>
    </message>
    <message>
        <source>Restart the computer and try again. If it keeps failing, reinstall or update the smart card software.</source>
        <translation>Start de computer opnieuw op en probeer het opnieuw. Als het blijft mislukken, installeer de smartcardsoftware dan opnieuw of werk deze bij.</translation>
    </message>
    <message>
        <source>Card emulation could not be set up</source>
        <translation>Kaartemulatie kan niet worden ingesteld</translation>
    </message>
    <message>
        <source>The software that makes the TPM behave like a smart card could not set up this card.</source>
        <translation>De software die de TPM laat werken als een smartcard, kan deze kaart niet instellen.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, restart the computer first.</source>
        <translation>Probeer het opnieuw. Als het blijft mislukken, start dan eerst de computer opnieuw op.</translation>
    </message>
    <message>
        <source>Card emulation could not be removed</source>
        <translation>Kaartemulatie kan niet worden verwijderd</translation>
    </message>
    <message>
        <source>The software that makes the TPM behave like a smart card could not remove this card.</source>
        <translation>De software die de TPM laat werken als een smartcard, kan deze kaart niet verwijderen.</translation>
    </message>
    <message>
        <source>Restart the computer, then try removing the card again.</source>
        <translation>Start de computer opnieuw op en probeer de kaart daarna opnieuw te verwijderen.</translation>
    </message>
    <message>
        <source>Card settings could not be saved</source>
        <translation>Kaartinstellingen kunnen niet worden opgeslagen</translation>
    </message>
    <message>
        <source>A setting of the card, such as its name or its PIN rules, could not be stored.</source>
        <translation>Een instelling van de kaart, zoals de naam of de pincoderegels, kan niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Check that the disk is not full and that the card&apos;s storage is writable, then try again.</source>
        <translation>Controleer of de schijf niet vol is en of er naar de opslag van de kaart kan worden geschreven, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Card settings could not be read</source>
        <translation>Kaartinstellingen kunnen niet worden gelezen</translation>
    </message>
    <message>
        <source>A setting of the card could not be read back, so the card could not be found or checked.</source>
        <translation>Een instelling van de kaart kan niet worden teruggelezen, waardoor de kaart niet kon worden gevonden of gecontroleerd.</translation>
    </message>
    <message>
        <source>Check that the card still exists (another program may have removed it), then try again.</source>
        <translation>Controleer of de kaart nog bestaat (een ander programma kan deze hebben verwijderd) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The virtual reader could not start</source>
        <translation>De virtuele lezer kan niet starten</translation>
    </message>
    <message>
        <source>The virtual smart card reader, through which programs reach the card, could not be started.</source>
        <translation>De virtuele smartcardlezer, waarmee programma&apos;s de kaart bereiken, kan niet worden gestart.</translation>
    </message>
    <message>
        <source>Check that the smart card service is running, or restart the computer, and try again.</source>
        <translation>Controleer of de smartcardservice actief is, of start de computer opnieuw op, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The virtual reader could not be created</source>
        <translation>De virtuele lezer kan niet worden gemaakt</translation>
    </message>
    <message>
        <source>The virtual smart card reader for the new card could not be added.</source>
        <translation>De virtuele smartcardlezer voor de nieuwe kaart kan niet worden toegevoegd.</translation>
    </message>
    <message>
        <source>Restart the computer and try again. Remove cards you no longer use if there are many.</source>
        <translation>Start de computer opnieuw op en probeer het opnieuw. Verwijder kaarten die u niet meer gebruikt als het er veel zijn.</translation>
    </message>
    <message>
        <source>The virtual reader could not be removed</source>
        <translation>De virtuele lezer kan niet worden verwijderd</translation>
    </message>
    <message>
        <source>The virtual smart card reader of this card could not be removed.</source>
        <translation>De virtuele smartcardlezer van deze kaart kan niet worden verwijderd.</translation>
    </message>
    <message>
        <source>Restart the computer, which usually removes the reader, and try again if the card is still listed.</source>
        <translation>Start de computer opnieuw op, waarmee de lezer meestal wordt verwijderd, en probeer het opnieuw als de kaart nog wordt weergegeven.</translation>
    </message>
    <message>
        <source>Could not connect to the new card</source>
        <translation>Kan geen verbinding maken met de nieuwe kaart</translation>
    </message>
    <message>
        <source>The new card could not be reached to set up its contents.</source>
        <translation>De nieuwe kaart kan niet worden bereikt om de inhoud in te stellen.</translation>
    </message>
    <message>
        <source>Wait a moment and try again. If it keeps failing, restart the computer.</source>
        <translation>Wacht even en probeer het opnieuw. Als het blijft mislukken, start dan de computer opnieuw op.</translation>
    </message>
    <message>
        <source>The card&apos;s contents could not be prepared</source>
        <translation>De inhoud van de kaart kan niet worden voorbereid</translation>
    </message>
    <message>
        <source>The file system or the keys of the new card could not be generated.</source>
        <translation>Het bestandssysteem of de sleutels van de nieuwe kaart kunnen niet worden gegenereerd.</translation>
    </message>
    <message>
        <source>Try again, or create the card without generating its contents and generate them later.</source>
        <translation>Probeer het opnieuw, of maak de kaart zonder de inhoud te genereren en genereer die later.</translation>
    </message>
    <message>
        <source>Unable to create the smart card</source>
        <translation>Kan de smartcard niet maken</translation>
    </message>
    <message>
        <source>The virtual smart card could not be created.</source>
        <translation>De virtuele smartcard kan niet worden gemaakt.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, give the details below to your administrator.</source>
        <translation>Probeer het opnieuw. Als het blijft mislukken, geef de onderstaande details dan aan uw beheerder.</translation>
    </message>
    <message>
        <source>Unable to remove the smart card</source>
        <translation>Kan de smartcard niet verwijderen</translation>
    </message>
    <message>
        <source>The virtual smart card could not be removed.</source>
        <translation>De virtuele smartcard kan niet worden verwijderd.</translation>
    </message>
    <message>
        <source>Close the programs that use the card and try again. If the card is still listed, restart the computer.</source>
        <translation>Sluit de programma&apos;s die de kaart gebruiken en probeer het opnieuw. Als de kaart nog wordt weergegeven, start dan de computer opnieuw op.</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Onbekende fout</translation>
    </message>
    <message>
        <source>Unknown error (code %1)</source>
        <translation>Onbekende fout (code %1)</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Onjuiste pincode</translation>
    </message>
    <message>
        <source>Type the PIN again, carefully. If you have forgotten it, reset it with the PUK or the admin key instead of guessing: every wrong PIN counts.</source>
        <translation>Typ de pincode zorgvuldig opnieuw. Als u de pincode bent vergeten, stel deze dan opnieuw in met de PUK of de beheerderssleutel in plaats van te raden: elke onjuiste pincode telt.</translation>
    </message>
    <message>
        <source>Wrong PUK</source>
        <translation>Onjuiste PUK</translation>
    </message>
    <message>
        <source>Type the PUK again, carefully: it is the one set when the card was made, not the PIN.</source>
        <translation>Typ de PUK zorgvuldig opnieuw: het is de PUK die bij het maken van de kaart is ingesteld, niet de pincode.</translation>
    </message>
    <message>
        <source>Wrong admin key</source>
        <translation>Onjuiste beheerderssleutel</translation>
    </message>
    <message>
        <source>Check the 48 hexadecimal digits and the check value (KCV) you were given for this card.</source>
        <translation>Controleer de 48 hexadecimale cijfers en de controlewaarde (KCV) die u voor deze kaart hebt gekregen.</translation>
    </message>
    <message>
        <source>PIN blocked</source>
        <translation>Pincode geblokkeerd</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is blocked after too many wrong tries.</source>
        <translation>De pincode van de kaart is geblokkeerd na te veel onjuiste pogingen.</translation>
    </message>
    <message>
        <source>Reset it with vscwizard reset-pin, using the PUK or the admin key.</source>
        <translation>Stel de pincode opnieuw in met vscwizard reset-pin, met de PUK of de beheerderssleutel.</translation>
    </message>
    <message>
        <source>Reset the PIN with the PUK or the admin key.</source>
        <translation>Stel de pincode opnieuw in met de PUK of de beheerderssleutel.</translation>
    </message>
    <message>
        <source>PUK blocked</source>
        <translation>PUK geblokkeerd</translation>
    </message>
    <message>
        <source>The card&apos;s PUK is blocked after too many wrong tries.</source>
        <translation>De PUK van de kaart is geblokkeerd na te veel onjuiste pogingen.</translation>
    </message>
    <message>
        <source>The PIN can no longer be reset with the PUK. Remove the card and create a new one.</source>
        <translation>De pincode kan niet meer opnieuw worden ingesteld met de PUK. Verwijder de kaart en maak een nieuwe.</translation>
    </message>
    <message>
        <source>New PIN not allowed</source>
        <translation>Nieuwe pincode niet toegestaan</translation>
    </message>
    <message>
        <source>The new PIN does not meet the card&apos;s rules.</source>
        <translation>De nieuwe pincode voldoet niet aan de regels van de kaart.</translation>
    </message>
    <message>
        <source>Choose a PIN that meets every rule listed above.</source>
        <translation>Kies een pincode die voldoet aan alle hierboven vermelde regels.</translation>
    </message>
    <message>
        <source>Choose a PIN that meets every rule shown.</source>
        <translation>Kies een pincode die voldoet aan alle weergegeven regels.</translation>
    </message>
    <message>
        <source>New PUK not allowed</source>
        <translation>Nieuwe PUK niet toegestaan</translation>
    </message>
    <message>
        <source>The new PUK does not meet the card&apos;s rules.</source>
        <translation>De nieuwe PUK voldoet niet aan de regels van de kaart.</translation>
    </message>
    <message>
        <source>Choose a PUK of 8 to 127 characters that is not the PIN.</source>
        <translation>Kies een PUK van 8 tot 127 tekens die niet gelijk is aan de pincode.</translation>
    </message>
    <message>
        <source>This card cannot be reset</source>
        <translation>Deze kaart kan niet opnieuw worden ingesteld</translation>
    </message>
    <message>
        <source>The card has no PUK and a random admin key that nobody knows, so nothing can reset its PIN.</source>
        <translation>De kaart heeft geen PUK en een willekeurige beheerderssleutel die niemand kent, dus niets kan de pincode opnieuw instellen.</translation>
    </message>
    <message>
        <source>Remove the card (vscwizard destroy) and create a new one.</source>
        <translation>Verwijder de kaart (vscwizard destroy) en maak een nieuwe.</translation>
    </message>
    <message>
        <source>Remove the card and create a new one.</source>
        <translation>Verwijder de kaart en maak een nieuwe.</translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>Kaart bestaat niet</translation>
    </message>
    <message>
        <source>The card was not found. It may have been removed.</source>
        <translation>De kaart is niet gevonden. Mogelijk is deze verwijderd.</translation>
    </message>
    <message>
        <source>vscwizard list shows the cards and their instance ids.</source>
        <translation>vscwizard list toont de kaarten en hun exemplaar-id&apos;s.</translation>
    </message>
    <message>
        <source>Refresh the list of cards.</source>
        <translation>Vernieuw de lijst met kaarten.</translation>
    </message>
    <message>
        <source>The TPM is locked</source>
        <translation>De TPM is vergrendeld</translation>
    </message>
    <message>
        <source>The TPM refuses every PIN for a while after too many wrong ones, on every card.</source>
        <translation>De TPM weigert na te veel onjuiste pincodes een tijdlang elke pincode, voor alle kaarten.</translation>
    </message>
    <message>
        <source>Wait until the TPM accepts PINs again, then try once more.</source>
        <translation>Wacht tot de TPM weer pincodes accepteert en probeer het dan nog eens.</translation>
    </message>
    <message>
        <source>Not possible here</source>
        <translation>Hier niet mogelijk</translation>
    </message>
    <message>
        <source>This card or this computer does not offer this operation.</source>
        <translation>Deze kaart of deze computer biedt deze bewerking niet.</translation>
    </message>
    <message>
        <source>The card could not be changed</source>
        <translation>De kaart kan niet worden gewijzigd</translation>
    </message>
    <message>
        <source>The operation did not finish; the card is as it was.</source>
        <translation>De bewerking is niet voltooid; de kaart is ongewijzigd.</translation>
    </message>
    <message>
        <source>Try again. The details say what the card answered.</source>
        <translation>Probeer het opnieuw. In de details staat wat de kaart heeft geantwoord.</translation>
    </message>
    <message>
        <source>Initializing the virtual smart card…</source>
        <translation>De virtuele smartcard initialiseren…</translation>
    </message>
    <message>
        <source>Creating the card&apos;s protected storage in the TPM…</source>
        <translation>De beveiligde opslag van de kaart maken in de TPM…</translation>
    </message>
    <message>
        <source>Removing the card&apos;s protected storage from the TPM…</source>
        <translation>De beveiligde opslag van de kaart verwijderen uit de TPM…</translation>
    </message>
    <message>
        <source>Starting the card emulation…</source>
        <translation>De kaartemulatie starten…</translation>
    </message>
    <message>
        <source>Setting up the card emulation…</source>
        <translation>De kaartemulatie instellen…</translation>
    </message>
    <message>
        <source>Removing the card emulation…</source>
        <translation>De kaartemulatie verwijderen…</translation>
    </message>
    <message>
        <source>Starting the virtual reader…</source>
        <translation>De virtuele lezer starten…</translation>
    </message>
    <message>
        <source>Creating the virtual reader…</source>
        <translation>De virtuele lezer maken…</translation>
    </message>
    <message>
        <source>Removing the virtual reader…</source>
        <translation>De virtuele lezer verwijderen…</translation>
    </message>
    <message>
        <source>Waiting for the new card to appear…</source>
        <translation>Wachten tot de nieuwe kaart verschijnt…</translation>
    </message>
    <message>
        <source>Signing in to the new card…</source>
        <extracomment>A stage: logging in to the new card (token) with its PIN.</extracomment>
        <translation>Aanmelden bij de nieuwe kaart…</translation>
    </message>
    <message>
        <source>Generating the card&apos;s contents…</source>
        <translation>De inhoud van de kaart genereren…</translation>
    </message>
    <message>
        <source>The virtual smart card was created.</source>
        <translation>De virtuele smartcard is gemaakt.</translation>
    </message>
    <message>
        <source>The virtual smart card was removed.</source>
        <translation>De virtuele smartcard is verwijderd.</translation>
    </message>
    <message>
        <source>Unknown step (code %1)</source>
        <translation>Onbekende stap (code %1)</translation>
    </message>
    <message>
        <source>The operation was cancelled before it finished; nothing was changed.</source>
        <translation>De bewerking is geannuleerd voordat deze was voltooid; er is niets gewijzigd.</translation>
    </message>
    <message numerus="yes">
        <source>The PIN is wrong for this card. %n try(ies) left before the PIN is blocked.</source>
        <translation>
            <numerusform>De pincode is onjuist voor deze kaart. Nog %n poging voordat de pincode wordt geblokkeerd.</numerusform>
            <numerusform>De pincode is onjuist voor deze kaart. Nog %n pogingen voordat de pincode wordt geblokkeerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN is wrong for this card.</source>
        <translation>De pincode is onjuist voor deze kaart.</translation>
    </message>
    <message numerus="yes">
        <source>The PUK is wrong for this card. %n try(ies) left before the PUK is blocked too.</source>
        <translation>
            <numerusform>De PUK is onjuist voor deze kaart. Nog %n poging voordat ook de PUK wordt geblokkeerd.</numerusform>
            <numerusform>De PUK is onjuist voor deze kaart. Nog %n pogingen voordat ook de PUK wordt geblokkeerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PUK is wrong for this card.</source>
        <translation>De PUK is onjuist voor deze kaart.</translation>
    </message>
    <message>
        <source>The admin key is wrong for this card, so the PIN was not reset.</source>
        <translation>De beheerderssleutel is onjuist voor deze kaart, dus de pincode is niet opnieuw ingesteld.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Wat er misging</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Wat u kunt doen</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Shows or hides the technical details of the error.</source>
        <translation>Toont of verbergt de technische details van de fout.</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische details</translation>
    </message>
    <message>
        <source>Error: TPMVSCMGR_ERROR_%1 (%2)</source>
        <translation>Fout: TPMVSCMGR_ERROR_%1 (%2)</translation>
    </message>
    <message>
        <source>Backend detail: none</source>
        <translation>Backenddetail: geen</translation>
    </message>
    <message>
        <source>Backend detail: %1</source>
        <translation>Backenddetail: %1</translation>
    </message>
    <message>
        <source>Card error %1</source>
        <translation>Kaartfout %1</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Options</source>
        <translation>Opties</translation>
    </message>
    <message>
        <source>Choose how the card is prepared.</source>
        <translation>Kies hoe de kaart wordt voorbereid.</translation>
    </message>
    <message>
        <source>&amp;Prepare the card for use now (file system and key pair)</source>
        <translation>De kaart nu &amp;voorbereiden voor gebruik (bestandssysteem en sleutelpaar)</translation>
    </message>
    <message>
        <source>Creates the card&apos;s file system and a key pair right away, so the card can be used at once.</source>
        <translation>Maakt direct het bestandssysteem en een sleutelpaar op de kaart, zodat de kaart meteen kan worden gebruikt.</translation>
    </message>
    <message>
        <source>Without this, the card is created empty and an application must prepare it before first use.</source>
        <translation>Zonder deze optie wordt de kaart leeg gemaakt en moet een toepassing deze voorbereiden voor het eerste gebruik.</translation>
    </message>
    <message>
        <source>&amp;Key algorithm:</source>
        <translation>&amp;Sleutelalgoritme:</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>Sleutelalgoritme</translation>
    </message>
    <message>
        <source>The kind of key pair created on the card.</source>
        <translation>Het soort sleutelpaar dat op de kaart wordt gemaakt.</translation>
    </message>
    <message>
        <source>A&amp;ttestation:</source>
        <translation>A&amp;ttestatie:</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Attestatie</translation>
    </message>
    <message>
        <source>Whether the card can prove to a server that its keys are protected by this computer&apos;s TPM.</source>
        <translation>Of de kaart aan een server kan aantonen dat de sleutels worden beveiligd door de TPM van deze computer.</translation>
    </message>
    <message>
        <source>&amp;Prepare the card for use now (a key pair)</source>
        <translation>De kaart nu &amp;voorbereiden voor gebruik (een sleutelpaar)</translation>
    </message>
    <message>
        <source>Creates a key pair on the card right away, so the card can be used at once.</source>
        <translation>Maakt direct een sleutelpaar op de kaart, zodat de kaart meteen kan worden gebruikt.</translation>
    </message>
    <message>
        <source>Elliptic curve P-256 (recommended)</source>
        <translation>Elliptische curve P-256 (aanbevolen)</translation>
    </message>
    <message>
        <source>RSA 2048 bits</source>
        <translation>RSA 2048 bits</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Attestation identity key only</source>
        <translation>Alleen attestatie-identiteitssleutel</translation>
    </message>
    <message>
        <source>Attestation identity key and certificate (needs network access)</source>
        <translation>Attestatie-identiteitssleutel en certificaat (netwerktoegang nodig)</translation>
    </message>
</context>
<context>
    <name>OrganizationPolicy</name>
    <message>
        <source>The policy file %1 cannot be read: %2</source>
        <translation>Het beleidsbestand %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The policy file %1 does not exist.</source>
        <translation>Het beleidsbestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The policy file %1 is not a regular file.</source>
        <translation>Het beleidsbestand %1 is geen gewoon bestand.</translation>
    </message>
    <message>
        <source>this line is not valid UTF-8; save the file as UTF-8.</source>
        <translation>deze regel is geen geldige UTF-8; sla het bestand op als UTF-8.</translation>
    </message>
    <message>
        <source>this line contains a control character.</source>
        <translation>deze regel bevat een stuurteken.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a [Section], a Key=Value line nor a comment.</source>
        <translation>“%1” is geen [Sectie], geen regel Sleutel=Waarde en geen opmerking.</translation>
    </message>
    <message>
        <source>the section [%1] appears a second time (first on line %2); each section may appear once.</source>
        <translation>de sectie [%1] komt een tweede keer voor (eerst op regel %2); elke sectie mag één keer voorkomen.</translation>
    </message>
    <message>
        <source>the line &quot;%1&quot; has no key before the &quot;=&quot;.</source>
        <translation>de regel “%1” heeft geen sleutel vóór de “=”.</translation>
    </message>
    <message>
        <source>the key %1 (value &quot;%2&quot;) comes before any section; put it under [%3] or [%4].</source>
        <translation>de sleutel %1 (waarde “%2”) staat vóór elke sectie; zet deze onder [%3] of [%4].</translation>
    </message>
    <message>
        <source>the key %1 (value &quot;%2&quot;) is unknown; the keys of [%3] are %4.</source>
        <translation>de sleutel %1 (waarde “%2”) is onbekend; de sleutels van [%3] zijn %4.</translation>
    </message>
    <message>
        <source>the key %1 is given a second time (first on line %2); each key may be given once.</source>
        <translation>de sleutel %1 is een tweede keer opgegeven (eerst op regel %2); elke sleutel mag één keer worden opgegeven.</translation>
    </message>
    <message>
        <source>the PIN policy of this section cannot be used: %1</source>
        <translation>het pincodebeleid van deze sectie kan niet worden gebruikt: %1</translation>
    </message>
    <message numerus="yes">
        <source>The policy file %1 is larger than %n byte(s); a policy file has a few lines.</source>
        <translation>
            <numerusform>Het beleidsbestand %1 is groter dan %n byte; een beleidsbestand bevat maar een paar regels.</numerusform>
            <numerusform>Het beleidsbestand %1 is groter dan %n bytes; een beleidsbestand bevat maar een paar regels.</numerusform>
        </translation>
    </message>
    <message>
        <source>the section [%1] is unknown; the sections are [%2] and [%3].</source>
        <extracomment>After &quot;file:line: &quot;. [%2] and [%3] are the section names of the file, kept in English.</extracomment>
        <translation>de sectie [%1] is onbekend; de secties zijn [%2] en [%3].</translation>
    </message>
    <message>
        <source>the section [%1] is unknown, and with it the key %2 (value &quot;%3&quot;) on line %4; the sections are [%5] and [%6].</source>
        <extracomment>After &quot;file:line: &quot;. [%5] and [%6] are the section names of the file, kept in English.</extracomment>
        <translation>de sectie [%1] is onbekend, en daarmee ook de sleutel %2 (waarde “%3”) op regel %4; de secties zijn [%5] en [%6].</translation>
    </message>
    <message>
        <source>the key %1 has no value; it must be a whole number from %2 to %3.</source>
        <extracomment>After &quot;file:line: &quot;. %1: a key of the policy file.</extracomment>
        <translation>de sleutel %1 heeft geen waarde; de waarde moet een geheel getal van %2 tot %3 zijn.</translation>
    </message>
    <message>
        <source>the key %1 has the value &quot;%2&quot;; it must be a whole number from %3 to %4.</source>
        <extracomment>After &quot;file:line: &quot;. %1: a key of the policy file; %2: its value.</extracomment>
        <translation>de sleutel %1 heeft de waarde “%2”; de waarde moet een geheel getal van %3 tot %4 zijn.</translation>
    </message>
    <message>
        <source>the key %1 has no value; it must be allow, require or disallow.</source>
        <extracomment>After &quot;file:line: &quot;. allow, require and disallow are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>de sleutel %1 heeft geen waarde; de waarde moet allow, require of disallow zijn.</translation>
    </message>
    <message>
        <source>the key %1 has the value &quot;%2&quot;; it must be allow, require or disallow.</source>
        <extracomment>After &quot;file:line: &quot;. allow, require and disallow are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>de sleutel %1 heeft de waarde “%2”; de waarde moet allow, require of disallow zijn.</translation>
    </message>
    <message>
        <source>the key %1 has no value; it must be true or false.</source>
        <extracomment>After &quot;file:line: &quot;. true and false are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>de sleutel %1 heeft geen waarde; de waarde moet true of false zijn.</translation>
    </message>
    <message>
        <source>the key %1 has the value &quot;%2&quot;; it must be true or false.</source>
        <extracomment>After &quot;file:line: &quot;. true and false are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>de sleutel %1 heeft de waarde “%2”; de waarde moet true of false zijn.</translation>
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
        <translation>Voer “vscwizard --help” uit voor de opdrachten en hun opties.</translation>
    </message>
    <message>
        <source>vscwizard: standard input cannot be read.</source>
        <translation>vscwizard: de standaardinvoer kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>  - %1</source>
        <translation>  - %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fout: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Waarschuwing: %1</translation>
    </message>
    <message>
        <source>Cannot continue: %1</source>
        <translation>Kan niet doorgaan: %1</translation>
    </message>
    <message>
        <source>No virtual smart cards.</source>
        <translation>Geen virtuele smartcards.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Instance id</source>
        <translation>Exemplaar-id</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Sleutels</translation>
    </message>
    <message>
        <source>PIN state</source>
        <translation>Pincodestatus</translation>
    </message>
    <message>
        <source>TPM: %1</source>
        <translation>TPM: %1</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Herstel</translation>
    </message>
    <message numerus="yes">
        <source>A line of standard input is longer than %n byte(s); no secret is that long.</source>
        <translation>
            <numerusform>Een regel van de standaardinvoer is langer dan %n byte; zo lang is geen enkel geheim.</numerusform>
            <numerusform>Een regel van de standaardinvoer is langer dan %n bytes; zo lang is geen enkel geheim.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinEntry</name>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;Pincode:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>The new PIN of the card. The rules it must meet are listed below.</source>
        <translation>De nieuwe pincode van de kaart. De regels waaraan deze moet voldoen, staan hieronder.</translation>
    </message>
    <message>
        <source>Con&amp;firm PIN:</source>
        <translation>Pincode &amp;bevestigen:</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>Pincode bevestigen</translation>
    </message>
    <message>
        <source>Type the same PIN again.</source>
        <translation>Typ dezelfde pincode nogmaals.</translation>
    </message>
    <message>
        <source>&amp;Show PIN</source>
        <translation>Pincode &amp;weergeven</translation>
    </message>
    <message>
        <source>Shows the PIN as plain text instead of dots. Make sure nobody is watching.</source>
        <translation>Toont de pincode als gewone tekst in plaats van stippen. Zorg dat niemand meekijkt.</translation>
    </message>
    <message>
        <source>PIN check</source>
        <translation>Pincodecontrole</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>The PIN must meet these &amp;rules:</source>
        <translation>De pincode moet aan deze &amp;regels voldoen:</translation>
    </message>
    <message>
        <source>PIN rules</source>
        <translation>Pincoderegels</translation>
    </message>
    <message>
        <source>Each rule is marked as met or not met while you type.</source>
        <translation>Tijdens het typen wordt elke regel gemarkeerd als voldaan of niet voldaan.</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>&amp;Nieuwe pincode:</translation>
    </message>
    <message>
        <source>&amp;New PUK:</source>
        <translation>&amp;Nieuwe PUK:</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nieuwe pincode</translation>
    </message>
    <message>
        <source>New PUK</source>
        <translation>Nieuwe PUK</translation>
    </message>
    <message>
        <source>The card&apos;s new PIN. The rules it must meet are listed below.</source>
        <translation>De nieuwe pincode van de kaart. De regels waaraan deze moet voldoen, staan hieronder.</translation>
    </message>
    <message>
        <source>The card&apos;s new PUK: 8 to 127 characters, not the PIN.</source>
        <translation>De nieuwe PUK van de kaart: 8 tot 127 tekens, niet de pincode.</translation>
    </message>
    <message>
        <source>Con&amp;firm new PIN:</source>
        <translation>Nieuwe pincode &amp;bevestigen:</translation>
    </message>
    <message>
        <source>Con&amp;firm new PUK:</source>
        <translation>Nieuwe PUK &amp;bevestigen:</translation>
    </message>
    <message>
        <source>Confirm new PIN</source>
        <translation>Nieuwe pincode bevestigen</translation>
    </message>
    <message>
        <source>Confirm new PUK</source>
        <translation>Nieuwe PUK bevestigen</translation>
    </message>
    <message>
        <source>Type the same PUK again.</source>
        <translation>Typ dezelfde PUK nogmaals.</translation>
    </message>
    <message>
        <source>&amp;Show PUK</source>
        <translation>PUK &amp;weergeven</translation>
    </message>
    <message>
        <source>Broken</source>
        <extracomment>The state of a PIN rule, read out by screen readers: the PIN breaks this rule.</extracomment>
        <translation>Overtreden</translation>
    </message>
    <message>
        <source>Met</source>
        <extracomment>The state of a PIN rule, read out by screen readers: &quot;Met&quot; = the PIN keeps the rule; &quot;Not met yet&quot; = it does not keep it yet.</extracomment>
        <translation>Voldaan</translation>
    </message>
    <message>
        <source>Not met yet</source>
        <translation>Nog niet voldaan</translation>
    </message>
    <message>
        <source>The PIN contains a character the rules do not allow (“%1”). Remove it.</source>
        <translation>De pincode bevat een teken dat de regels niet toestaan (“%1”). Verwijder het.</translation>
    </message>
    <message>
        <source>The PIN is too long (“%1”). Shorten it.</source>
        <translation>De pincode is te lang (“%1”). Maak deze korter.</translation>
    </message>
    <message>
        <source>The two PINs do not match.</source>
        <translation>De twee pincodes komen niet overeen.</translation>
    </message>
    <message>
        <source>The two PUKs do not match.</source>
        <translation>De twee PUK&apos;s komen niet overeen.</translation>
    </message>
    <message>
        <source>The PUKs match.</source>
        <translation>De PUK&apos;s komen overeen.</translation>
    </message>
    <message>
        <source>Type the PIN again in the second field to confirm it.</source>
        <translation>Typ de pincode nogmaals in het tweede veld om deze te bevestigen.</translation>
    </message>
    <message>
        <source>Type the PUK again in the second field to confirm it.</source>
        <translation>Typ de PUK nogmaals in het tweede veld om deze te bevestigen.</translation>
    </message>
    <message>
        <source>The PINs match.</source>
        <translation>De pincodes komen overeen.</translation>
    </message>
    <message>
        <source>The PINs match, but not every rule below is met yet.</source>
        <translation>De pincodes komen overeen, maar nog niet alle onderstaande regels zijn voldaan.</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>The PIN unlocks the card each time you use it. Choose one you can remember; nobody else should know it.</source>
        <translation>Met de pincode ontgrendelt u de kaart telkens als u deze gebruikt. Kies een pincode die u kunt onthouden; niemand anders mag deze kennen.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;Pincode:</translation>
    </message>
    <message>
        <source>The new PIN of the card. The rules it must meet are listed below.</source>
        <translation>De nieuwe pincode van de kaart. De regels waaraan deze moet voldoen, staan hieronder.</translation>
    </message>
    <message>
        <source>Con&amp;firm PIN:</source>
        <translation>Pincode &amp;bevestigen:</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>Pincode bevestigen</translation>
    </message>
    <message>
        <source>The PIN you entered before is kept. Type a new one to change it.</source>
        <translation>De pincode die u eerder hebt ingevoerd, blijft behouden. Typ een nieuwe om deze te wijzigen.</translation>
    </message>
</context>
<context>
    <name>PinPolicy</name>
    <message>
        <source>The minimum PIN length is %1; it must be at least %2.</source>
        <translation>De minimale pincodelengte is %1; deze moet minstens %2 zijn.</translation>
    </message>
    <message>
        <source>The maximum PIN length is %1; it can be at most %2.</source>
        <translation>De maximale pincodelengte is %1; deze mag hoogstens %2 zijn.</translation>
    </message>
    <message>
        <source>The minimum PIN length (%1) is greater than the maximum (%2).</source>
        <translation>De minimale pincodelengte (%1) is groter dan de maximale (%2).</translation>
    </message>
    <message>
        <source>The policy disallows every kind of character, so no PIN can meet it.</source>
        <translation>Het beleid verbiedt alle soorten tekens, dus geen enkele pincode kan eraan voldoen.</translation>
    </message>
    <message numerus="yes">
        <source>The policy requires %1 kinds of character, but a PIN may have at most %n character(s).</source>
        <translation>
            <numerusform>Het beleid vereist %1 soorten tekens, maar een pincode mag maximaal %n teken bevatten.</numerusform>
            <numerusform>Het beleid vereist %1 soorten tekens, maar een pincode mag maximaal %n tekens bevatten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n byte(s) (ä or € count as 2 or 3)</source>
        <translation>
            <numerusform>Minstens %n byte (ä of € telt als 2 of 3)</numerusform>
            <numerusform>Minstens %n bytes (ä of € telt als 2 of 3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>Minstens %n teken</numerusform>
            <numerusform>Minstens %n tekens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n byte(s) (ä or € count as 2 or 3)</source>
        <translation>
            <numerusform>Hoogstens %n byte (ä of € telt als 2 of 3)</numerusform>
            <numerusform>Hoogstens %n bytes (ä of € telt als 2 of 3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n character(s)</source>
        <translation>
            <numerusform>Hoogstens %n teken</numerusform>
            <numerusform>Hoogstens %n tekens</numerusform>
        </translation>
    </message>
    <message>
        <source>At least one uppercase letter (A-Z)</source>
        <translation>Minstens één hoofdletter (A-Z)</translation>
    </message>
    <message>
        <source>At least one lowercase letter (a-z)</source>
        <translation>Minstens één kleine letter (a-z)</translation>
    </message>
    <message>
        <source>At least one digit (0-9)</source>
        <translation>Minstens één cijfer (0-9)</translation>
    </message>
    <message>
        <source>At least one special character, such as a space or !#%+-</source>
        <translation>Minstens één speciaal teken, zoals een spatie of !#%+-</translation>
    </message>
    <message>
        <source>At least one character beyond plain ASCII, such as ä or €</source>
        <translation>Minstens één teken buiten gewone ASCII, zoals ä of €</translation>
    </message>
    <message>
        <source>No uppercase letters (A-Z)</source>
        <translation>Geen hoofdletters (A-Z)</translation>
    </message>
    <message>
        <source>No lowercase letters (a-z)</source>
        <translation>Geen kleine letters (a-z)</translation>
    </message>
    <message>
        <source>No digits (0-9)</source>
        <translation>Geen cijfers (0-9)</translation>
    </message>
    <message>
        <source>No special characters (spaces, punctuation, symbols)</source>
        <translation>Geen speciale tekens (spaties, leestekens, symbolen)</translation>
    </message>
    <message>
        <source>No characters beyond plain ASCII (such as ä or €) and no control characters</source>
        <translation>Geen tekens buiten gewone ASCII (zoals ä of €) en geen stuurtekens</translation>
    </message>
    <message numerus="yes">
        <source>The PIN policy has %n byte(s); it must have exactly %1.</source>
        <translation>
            <numerusform>Het pincodebeleid heeft %n byte; het moet er precies %1 hebben.</numerusform>
            <numerusform>Het pincodebeleid heeft %n bytes; het moet er precies %1 hebben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN policy&apos;s reserved field is %1; it must be 1.</source>
        <translation>Het gereserveerde veld van het pincodebeleid is %1; het moet 1 zijn.</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s minimum length is %1; it must be from %2 to %3.</source>
        <translation>De minimale lengte in het pincodebeleid is %1; deze moet van %2 tot %3 zijn.</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s maximum length is %1; it must be from %2 to %3.</source>
        <translation>De maximale lengte in het pincodebeleid is %1; deze moet van %2 tot %3 zijn.</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s minimum length (%1) is greater than its maximum length (%2).</source>
        <translation>De minimale lengte in het pincodebeleid (%1) is groter dan de maximale lengte (%2).</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s rule for %1 is %2; only 0 (allow), 1 (require) and 2 (disallow) exist.</source>
        <extracomment>%1 is the rule&apos;s name as Windows stores it (uppercase, lowercase, digits, special), %2 a number.</extracomment>
        <translation>De regel van het pincodebeleid voor %1 is %2; alleen 0 (toestaan), 1 (vereisen) en 2 (verbieden) bestaan.</translation>
    </message>
    <message>
        <source>uppercase letters</source>
        <translation>hoofdletters</translation>
    </message>
    <message>
        <source>lowercase letters</source>
        <translation>kleine letters</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>cijfers</translation>
    </message>
    <message>
        <source>special characters</source>
        <translation>speciale tekens</translation>
    </message>
    <message>
        <source>other characters</source>
        <translation>overige tekens</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Creating the Card</source>
        <translation>De kaart maken</translation>
    </message>
    <message>
        <source>Please wait while the card is created.</source>
        <translation>Even geduld terwijl de kaart wordt gemaakt.</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Huidige stap</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>How far the creation of the card has got.</source>
        <translation>Hoe ver het maken van de kaart is gevorderd.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>&amp;What Went Wrong?</source>
        <translation>&amp;Wat ging er mis?</translation>
    </message>
    <message>
        <source>Shows the error again: what went wrong, what to do, and the details.</source>
        <translation>Toont de fout opnieuw: wat er misging, wat u kunt doen en de details.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <source>Tries to create the same card again.</source>
        <translation>Probeert dezelfde kaart opnieuw te maken.</translation>
    </message>
    <message>
        <source>C&amp;hange Choices</source>
        <translation>&amp;Keuzes wijzigen</translation>
    </message>
    <message>
        <source>Goes back to the summary, from where you can change the name, the PIN or the other choices.</source>
        <translation>Gaat terug naar het overzicht, waar u de naam, de pincode of de andere keuzes kunt wijzigen.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Stops creating the card. Nothing is left behind.</source>
        <translation>Stopt het maken van de kaart. Er blijft niets achter.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starten…</translation>
    </message>
    <message>
        <source>Stopping and removing what was created so far…</source>
        <translation>Stoppen en verwijderen wat tot nu toe is gemaakt…</translation>
    </message>
    <message>
        <source>The card was created.</source>
        <translation>De kaart is gemaakt.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <extracomment>The text inside the progress bar after the user stopped the create.
----------
What a screen reader says of the progress bar after the user stopped the create.</extracomment>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <extracomment>The stage line under the progress bar after the user stopped the create.</extracomment>
        <translation>Gestopt.</translation>
    </message>
    <message>
        <source>No card was created. You can try again, or close the wizard.</source>
        <translation>Er is geen kaart gemaakt. U kunt het opnieuw proberen of de wizard sluiten.</translation>
    </message>
    <message>
        <source>The card could not be created: %1</source>
        <translation>De kaart kan niet worden gemaakt: %1</translation>
    </message>
    <message>
        <source>You can try again, or change your choices.</source>
        <translation>U kunt het opnieuw proberen of uw keuzes wijzigen.</translation>
    </message>
    <message>
        <source>Failed at %p%</source>
        <extracomment>Shown in the progress bar when the creation failed; %p% is the bar&apos;s percentage (Qt fills in the number).</extracomment>
        <translation>Mislukt bij %p%</translation>
    </message>
    <message>
        <source>The Card Was Not Created</source>
        <translation>De kaart is niet gemaakt</translation>
    </message>
    <message>
        <source>The card could not be created.</source>
        <translation>De kaart kan niet worden gemaakt.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Creating the Card Was Stopped</source>
        <translation>Het maken van de kaart is gestopt</translation>
    </message>
    <message>
        <source>Nothing of the card was left behind.</source>
        <translation>Er is niets van de kaart achtergebleven.</translation>
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
        <translation>Herstel</translation>
    </message>
    <message>
        <source>Organization rules</source>
        <translation>Regels van de organisatie</translation>
    </message>
    <message>
        <source>The PUK resets the PIN. It is a second secret of 8 to 127 characters.</source>
        <translation>Met de PUK wordt de pincode opnieuw ingesteld. De PUK is een tweede geheim van 8 tot 127 tekens.</translation>
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
        <translation>8 tot 127 tekens. Bewaar de PUK gescheiden van de pincode.</translation>
    </message>
    <message>
        <source>C&amp;onfirm PUK:</source>
        <translation>PUK &amp;bevestigen:</translation>
    </message>
    <message>
        <source>Confirm PUK</source>
        <translation>PUK bevestigen</translation>
    </message>
    <message>
        <source>Type the same PUK again.</source>
        <translation>Typ dezelfde PUK nogmaals.</translation>
    </message>
    <message>
        <source>S&amp;how PUK</source>
        <translation>PUK weer&amp;geven</translation>
    </message>
    <message>
        <source>Shows the PUK as plain text instead of dots.</source>
        <translation>Toont de PUK als gewone tekst in plaats van stippen.</translation>
    </message>
    <message>
        <source>PUK check</source>
        <translation>PUK-controle</translation>
    </message>
    <message>
        <source>Admin key beside the PUK</source>
        <extracomment>A title: the admin key the card keeps in addition to the PUK.</extracomment>
        <translation>Beheerderssleutel naast de PUK</translation>
    </message>
    <message>
        <source>Use an &amp;admin key (48 hexadecimal digits)</source>
        <translation>Een beheerders&amp;sleutel gebruiken (48 hexadecimale cijfers)</translation>
    </message>
    <message>
        <source>The admin key is a 3DES key that an administrator uses to reset the PIN.</source>
        <translation>De beheerderssleutel is een 3DES-sleutel waarmee een beheerder de pincode opnieuw instelt.</translation>
    </message>
    <message>
        <source>&amp;Default key</source>
        <translation>Stan&amp;daardsleutel</translation>
    </message>
    <message>
        <source>The publicly known default key of virtual smart cards. Anyone who knows it can reset the PIN.</source>
        <translation>De openbaar bekende standaardsleutel van virtuele smartcards. Iedereen die deze kent, kan de pincode opnieuw instellen.</translation>
    </message>
    <message>
        <source>&amp;Random key, never shown</source>
        <translation>&amp;Willekeurige sleutel, nooit weergegeven</translation>
    </message>
    <message>
        <source>Nobody will know the key: the card can then never be reset, only removed.</source>
        <translation>Niemand kent de sleutel: de kaart kan dan nooit opnieuw worden ingesteld, alleen verwijderd.</translation>
    </message>
    <message>
        <source>&amp;Enter a key</source>
        <translation>Een sleutel &amp;invoeren</translation>
    </message>
    <message>
        <source>Type a key of 48 hexadecimal digits, for example one your administrator gave you.</source>
        <translation>Typ een sleutel van 48 hexadecimale cijfers, bijvoorbeeld een sleutel die u van uw beheerder hebt gekregen.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>S&amp;leutel:</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Beheerderssleutel</translation>
    </message>
    <message>
        <source>48 hexadecimal digits; spaces or colons between the byte pairs are allowed.</source>
        <translation>48 hexadecimale cijfers; spaties of dubbele punten tussen de byteparen zijn toegestaan.</translation>
    </message>
    <message>
        <source>48 hex digits</source>
        <translation>48 hexadecimale cijfers</translation>
    </message>
    <message>
        <source>Sho&amp;w key</source>
        <translation>Sleutel wee&amp;rgeven</translation>
    </message>
    <message>
        <source>Shows the admin key as plain text instead of dots.</source>
        <translation>Toont de beheerderssleutel als gewone tekst in plaats van stippen.</translation>
    </message>
    <message>
        <source>Admin key check</source>
        <translation>Controle van de beheerderssleutel</translation>
    </message>
    <message>
        <source>Your organization requires a PUK.</source>
        <translation>Uw organisatie vereist een PUK.</translation>
    </message>
    <message>
        <source>Your organization does not allow the default admin key.</source>
        <translation>Uw organisatie staat de standaardbeheerderssleutel niet toe.</translation>
    </message>
    <message>
        <source>Your organization does not allow a random admin key.</source>
        <translation>Uw organisatie staat geen willekeurige beheerderssleutel toe.</translation>
    </message>
    <message>
        <source>Also set the card&apos;s &amp;admin key, as your organization requires</source>
        <translation>Ook de beheerders&amp;sleutel van de kaart instellen, zoals uw organisatie vereist</translation>
    </message>
    <message>
        <source>Type the PUK again in the second field to confirm it.</source>
        <translation>Typ de PUK nogmaals in het tweede veld om deze te bevestigen.</translation>
    </message>
    <message>
        <source>The two PUKs do not match.</source>
        <translation>De twee PUK&apos;s komen niet overeen.</translation>
    </message>
    <message>
        <source>The PUK you entered before is kept. Type a new one to change it.</source>
        <translation>De PUK die u eerder hebt ingevoerd, blijft behouden. Typ een nieuwe om deze te wijzigen.</translation>
    </message>
    <message>
        <source>The PUKs match.</source>
        <translation>De PUK&apos;s komen overeen.</translation>
    </message>
    <message>
        <source>The card also gets a random admin key that nobody knows: only the PUK can reset the PIN.</source>
        <translation>De kaart krijgt ook een willekeurige beheerderssleutel die niemand kent: alleen de PUK kan de pincode opnieuw instellen.</translation>
    </message>
    <message>
        <source>The card also keeps the publicly known default admin key (check value %1), because your organization does not allow a random one. Anyone who has the card can reset its PIN with that key, without the PUK.</source>
        <translation>De kaart behoudt ook de openbaar bekende standaardbeheerderssleutel (controlewaarde %1), omdat uw organisatie geen willekeurige sleutel toestaat. Iedereen die de kaart heeft, kan met die sleutel de pincode opnieuw instellen, zonder de PUK.</translation>
    </message>
    <message>
        <source>The default key is publicly known: anyone who has the card can reset its PIN with it. Its check value (KCV) is %1.</source>
        <translation>De standaardsleutel is openbaar bekend: iedereen die de kaart heeft, kan er de pincode mee opnieuw instellen. De controlewaarde (KCV) is %1.</translation>
    </message>
    <message>
        <source>The key you entered before is kept (check value %1). Type a new one to change it.</source>
        <translation>De sleutel die u eerder hebt ingevoerd, blijft behouden (controlewaarde %1). Typ een nieuwe om deze te wijzigen.</translation>
    </message>
    <message>
        <source>Type the key as 48 hexadecimal digits.</source>
        <translation>Typ de sleutel als 48 hexadecimale cijfers.</translation>
    </message>
    <message>
        <source>Check value (KCV): %1. Compare it with the one you were given.</source>
        <translation>Controlewaarde (KCV): %1. Vergelijk deze met de waarde die u hebt gekregen.</translation>
    </message>
    <message>
        <source>If the PIN is forgotten or blocked after too many wrong tries, it is reset with a PUK or with the card&apos;s admin key.</source>
        <translation>Als de pincode is vergeten of na te veel onjuiste pogingen is geblokkeerd, wordt deze opnieuw ingesteld met een PUK of met de beheerderssleutel van de kaart.</translation>
    </message>
    <message>
        <source>Use a &amp;PUK (PIN unblocking key) that you keep in a safe place</source>
        <translation>Een &amp;PUK (deblokkeringscode voor de pincode) gebruiken die u op een veilige plek bewaart</translation>
    </message>
    <message numerus="yes">
        <source>Type a PUK of %1 to %n character(s).</source>
        <translation>
            <numerusform>Typ een PUK van %1 tot %n teken.</numerusform>
            <numerusform>Typ een PUK van %1 tot %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <source>With a random key the card can never be reset. If the PIN is forgotten or blocked, the card can only be removed and a new one created.</source>
        <translation>Met een willekeurige sleutel kan de kaart nooit opnieuw worden ingesteld. Als de pincode is vergeten of geblokkeerd, kan de kaart alleen worden verwijderd en een nieuwe worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>RemoveCardDialog</name>
    <message>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <source>Removing the card “%1” destroys its keys. Whatever they protect (sign-in, signatures, encrypted mail) can no longer be opened with this card. This cannot be undone.</source>
        <translation>Als u de kaart “%1” verwijdert, worden de sleutels ervan vernietigd. Wat daarmee is beveiligd (aanmelding, handtekeningen, versleutelde e-mail), kan niet meer met deze kaart worden geopend. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>To confirm, type the card&apos;s &amp;name: %1</source>
        <translation>Typ ter bevestiging de &amp;naam van de kaart: %1</translation>
    </message>
    <message>
        <source>Card name to confirm</source>
        <translation>Kaartnaam ter bevestiging</translation>
    </message>
    <message>
        <source>&amp;Remove card</source>
        <translation>Kaart &amp;verwijderen</translation>
    </message>
    <message>
        <source>Removing the card…</source>
        <translation>De kaart verwijderen…</translation>
    </message>
    <message>
        <source>The card “%1” was removed. Restart the computer to finish.</source>
        <translation>De kaart “%1” is verwijderd. Start de computer opnieuw op om te voltooien.</translation>
    </message>
    <message>
        <source>The card “%1” was removed.</source>
        <translation>De kaart “%1” is verwijderd.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stoppen…</translation>
    </message>
    <message>
        <source>Type “%1” to enable Remove card.</source>
        <translation>Typ “%1” om Kaart verwijderen in te schakelen.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Card Created</source>
        <translation>Kaart gemaakt</translation>
    </message>
    <message>
        <source>Your virtual smart card is ready.</source>
        <translation>Uw virtuele smartcard is klaar voor gebruik.</translation>
    </message>
    <message>
        <source>&amp;Instance ID:</source>
        <translation>&amp;Exemplaar-id:</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>Exemplaar-id</translation>
    </message>
    <message>
        <source>Identifies the card, for example to remove it later.</source>
        <translation>Identificeert de kaart, bijvoorbeeld om deze later te verwijderen.</translation>
    </message>
    <message>
        <source>Restart the computer before using the card: applications see it only after a restart.</source>
        <translation>Start de computer opnieuw op voordat u de kaart gebruikt: toepassingen zien de kaart pas na opnieuw opstarten.</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>Opnieuw opstarten vereist</translation>
    </message>
    <message>
        <source>How to &amp;use the card:</source>
        <translation>De kaart &amp;gebruiken:</translation>
    </message>
    <message>
        <source>How to use the card</source>
        <translation>De kaart gebruiken</translation>
    </message>
    <message>
        <source>Settings for applications such as ssh or a web browser. You can select and copy them.</source>
        <translation>Instellingen voor toepassingen zoals ssh of een webbrowser. U kunt ze selecteren en kopiëren.</translation>
    </message>
    <message>
        <source>Lines for a terminal</source>
        <translation>Regels voor een terminal</translation>
    </message>
    <message>
        <source>Shell commands that set up a terminal that is already open and use the card there.</source>
        <translation>Shell-opdrachten die een al geopende terminal instellen en de kaart daar gebruiken.</translation>
    </message>
    <message>
        <source>&amp;Manage cards…</source>
        <translation>&amp;Kaarten beheren…</translation>
    </message>
    <message>
        <source>Opens the card manager: change, reset or remove the cards you have.</source>
        <translation>Opent kaartbeheer: wijzig uw kaarten, stel ze opnieuw in of verwijder ze.</translation>
    </message>
    <message>
        <source>&amp;Copy the lines</source>
        <translation>De regels &amp;kopiëren</translation>
    </message>
    <message>
        <source>Puts the lines for a terminal on the clipboard.</source>
        <translation>Zet de regels voor een terminal op het klembord.</translation>
    </message>
    <message>
        <source>The virtual smart card “%1” was created.</source>
        <translation>De virtuele smartcard “%1” is gemaakt.</translation>
    </message>
</context>
<context>
    <name>SecretChangeDialog</name>
    <message>
        <source>Reset with</source>
        <translation>Opnieuw instellen met</translation>
    </message>
    <message>
        <source>The card&apos;s P&amp;UK</source>
        <translation>De P&amp;UK van de kaart</translation>
    </message>
    <message>
        <source>The card&apos;s &amp;admin key (48 hexadecimal digits)</source>
        <translation>De beheerders&amp;sleutel van de kaart (48 hexadecimale cijfers)</translation>
    </message>
    <message>
        <source>C&amp;urrent PIN:</source>
        <translation>&amp;Huidige pincode:</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Change PIN of %1</source>
        <translation>Pincode van %1 wijzigen</translation>
    </message>
    <message>
        <source>Type the current PIN of the card “%1”, then the new PIN twice.</source>
        <translation>Typ de huidige pincode van de kaart “%1” en daarna twee keer de nieuwe pincode.</translation>
    </message>
    <message>
        <source>&amp;Change PIN</source>
        <translation>&amp;Pincode wijzigen</translation>
    </message>
    <message>
        <source>Reset PIN of %1</source>
        <translation>Pincode van %1 opnieuw instellen</translation>
    </message>
    <message>
        <source>A new PIN for the card “%1”, for when the PIN is forgotten or blocked. Type the secret that was set for this when the card was made, then the new PIN twice.</source>
        <translation>Een nieuwe pincode voor de kaart “%1”, voor als de pincode is vergeten of geblokkeerd. Typ het geheim dat hiervoor bij het maken van de kaart is ingesteld en daarna twee keer de nieuwe pincode.</translation>
    </message>
    <message>
        <source>&amp;Reset PIN</source>
        <translation>Pincode opnieuw &amp;instellen</translation>
    </message>
    <message>
        <source>Change PUK of %1</source>
        <translation>PUK van %1 wijzigen</translation>
    </message>
    <message>
        <source>Type the current PUK of the card “%1”, then the new PUK twice. Keep the new PUK somewhere safe: it resets the PIN.</source>
        <translation>Typ de huidige PUK van de kaart “%1” en daarna twee keer de nieuwe PUK. Bewaar de nieuwe PUK op een veilige plek: daarmee wordt de pincode opnieuw ingesteld.</translation>
    </message>
    <message>
        <source>&amp;Change PUK</source>
        <translation>P&amp;UK wijzigen</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Huidige pincode</translation>
    </message>
    <message>
        <source>The PIN the card has now.</source>
        <translation>De pincode die de kaart nu heeft.</translation>
    </message>
    <message>
        <source>C&amp;urrent PUK:</source>
        <translation>&amp;Huidige PUK:</translation>
    </message>
    <message>
        <source>Current PUK</source>
        <translation>Huidige PUK</translation>
    </message>
    <message>
        <source>The PUK the card has now.</source>
        <translation>De PUK die de kaart nu heeft.</translation>
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
        <translation>De PUK die bij het maken van de kaart is ingesteld.</translation>
    </message>
    <message>
        <source>Ad&amp;min key:</source>
        <translation>Beheerderss&amp;leutel:</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Beheerderssleutel</translation>
    </message>
    <message>
        <source>The card&apos;s admin key: 48 hexadecimal digits.</source>
        <translation>De beheerderssleutel van de kaart: 48 hexadecimale cijfers.</translation>
    </message>
    <message>
        <source>Changing the PIN…</source>
        <translation>De pincode wijzigen…</translation>
    </message>
    <message>
        <source>Resetting the PIN…</source>
        <translation>De pincode opnieuw instellen…</translation>
    </message>
    <message>
        <source>Changing the PUK…</source>
        <translation>De PUK wijzigen…</translation>
    </message>
    <message>
        <source>The PIN of “%1” was changed.</source>
        <translation>De pincode van “%1” is gewijzigd.</translation>
    </message>
    <message>
        <source>The PIN of “%1” was reset. Use the new PIN from now on.</source>
        <translation>De pincode van “%1” is opnieuw ingesteld. Gebruik vanaf nu de nieuwe pincode.</translation>
    </message>
    <message>
        <source>The PUK of “%1” was changed.</source>
        <translation>De PUK van “%1” is gewijzigd.</translation>
    </message>
    <message>
        <source>Reading the TPM&apos;s lockout state…</source>
        <translation>De vergrendelingsstatus van de TPM lezen…</translation>
    </message>
    <message>
        <source>TPM lockout state: %1</source>
        <translation>Vergrendelingsstatus van de TPM: %1</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stoppen…</translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <source>The two entries differ. Try again.</source>
        <translation>De twee invoeren komen niet overeen. Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Note: %1</source>
        <translation>Opmerking: %1</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
</context>
<context>
    <name>SimulatorBackend</name>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not a card error name such as CARD:WRONG_PIN or CARD:TPM_LOCKOUT.</source>
        <translation>--sim-fail: “%1” is geen naam van een kaartfout zoals CARD:WRONG_PIN of CARD:TPM_LOCKOUT.</translation>
    </message>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not one of change-pin, reset-pin, change-puk or status.</source>
        <translation>--sim-fail: “%1” is niet een van change-pin, reset-pin, change-puk of status.</translation>
    </message>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not a TPMVSCMGR_ERROR name such as CARD_CREATE or GENERATE_FILESYSTEM.</source>
        <translation>--sim-fail: “%1” is geen TPMVSCMGR_ERROR-naam zoals CARD_CREATE of GENERATE_FILESYSTEM.</translation>
    </message>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not a TPMVSCMGR_STATUS name such as VREADER_CREATING or GENERATE_RUNNING.</source>
        <translation>--sim-fail: “%1” is geen TPMVSCMGR_STATUS-naam zoals VREADER_CREATING of GENERATE_RUNNING.</translation>
    </message>
    <message>
        <source>Simulator — no card is really created</source>
        <translation>Simulator — er wordt geen echte kaart gemaakt</translation>
    </message>
    <message numerus="yes">
        <source>%n smart card(s) exist already, the most there can be at once. Remove one first.</source>
        <translation>
            <numerusform>Er bestaat al %n smartcard, het maximale aantal tegelijk. Verwijder er eerst een.</numerusform>
            <numerusform>Er bestaan al %n smartcards, het maximale aantal tegelijk. Verwijder er eerst een.</numerusform>
        </translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>Kaart bestaat niet</translation>
    </message>
    <message>
        <source>No simulated card has the instance id “%1”.</source>
        <translation>Geen gesimuleerde kaart heeft het exemplaar-id “%1”.</translation>
    </message>
    <message>
        <source>“vscwizard list” shows the cards and their instance ids; another program may have removed this one already.</source>
        <translation>“vscwizard list” toont de kaarten en hun exemplaar-id&apos;s; mogelijk heeft een ander programma deze kaart al verwijderd.</translation>
    </message>
    <message>
        <source>The simulator&apos;s state folder is busy</source>
        <translation>De statusmap van de simulator is bezet</translation>
    </message>
    <message numerus="yes">
        <source>Another process kept the simulator&apos;s state folder %1 locked for %n second(s).</source>
        <translation>
            <numerusform>Een ander proces hield de statusmap %1 van de simulator %n seconde vergrendeld.</numerusform>
            <numerusform>Een ander proces hield de statusmap %1 van de simulator %n seconden vergrendeld.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until the other vscwizard has finished, then try again. Nothing was changed.</source>
        <translation>Wacht tot de andere vscwizard klaar is en probeer het dan opnieuw. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The simulator cannot keep cards</source>
        <translation>De simulator kan geen kaarten bewaren</translation>
    </message>
    <message>
        <source>The simulator cannot write its cards to the state folder %1.</source>
        <translation>De simulator kan zijn kaarten niet naar de statusmap %1 schrijven.</translation>
    </message>
    <message>
        <source>Give --sim-state a folder you may write to, on a disk with free space.</source>
        <translation>Geef --sim-state een map waarin u mag schrijven, op een schijf met vrije ruimte.</translation>
    </message>
    <message>
        <source>This card&apos;s secrets cannot be checked</source>
        <translation>De geheimen van deze kaart kunnen niet worden gecontroleerd</translation>
    </message>
    <message>
        <source>The simulated card %1 was made before the simulator kept what its PIN, PUK and admin key are checked against, so they can be neither changed nor reset.</source>
        <translation>De gesimuleerde kaart %1 is gemaakt voordat de simulator bewaarde waartegen de pincode, PUK en beheerderssleutel worden gecontroleerd, dus deze kunnen niet worden gewijzigd of opnieuw ingesteld.</translation>
    </message>
    <message>
        <source>Remove the card and create it again.</source>
        <translation>Verwijder de kaart en maak deze opnieuw.</translation>
    </message>
    <message>
        <source>This card has no PUK</source>
        <translation>Deze kaart heeft geen PUK</translation>
    </message>
    <message>
        <source>The card %1 was made without a PUK.</source>
        <translation>De kaart %1 is gemaakt zonder PUK.</translation>
    </message>
    <message>
        <source>Reset its PIN with the admin key instead.</source>
        <translation>Stel de pincode in plaats daarvan opnieuw in met de beheerderssleutel.</translation>
    </message>
    <message>
        <source>Nobody knows this card&apos;s admin key</source>
        <translation>Niemand kent de beheerderssleutel van deze kaart</translation>
    </message>
    <message>
        <source>The admin key of the card %1 is random and was kept nowhere.</source>
        <translation>De beheerderssleutel van de kaart %1 is willekeurig en is nergens bewaard.</translation>
    </message>
    <message>
        <source>Reset its PIN with the PUK instead.</source>
        <translation>Stel de pincode in plaats daarvan opnieuw in met de PUK.</translation>
    </message>
    <message>
        <source>A card named &quot;%1&quot; exists already (%2).</source>
        <translation>Er bestaat al een kaart met de naam “%1” (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n smart card(s) exist already, the most there can be at once.</source>
        <translation>
            <numerusform>Er bestaat al %n smartcard, het maximale aantal tegelijk.</numerusform>
            <numerusform>Er bestaan al %n smartcards, het maximale aantal tegelijk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulated failure at %1</source>
        <extracomment>The simulator (a test tool) fails on purpose; %1 is the name of a status such as TPMVSCMGR_STATUS_CARD_CREATED.</extracomment>
        <translation>Gesimuleerde fout bij %1</translation>
    </message>
    <message>
        <source>The state folder %1 is locked by another process.</source>
        <translation>De statusmap %1 is vergrendeld door een ander proces.</translation>
    </message>
    <message>
        <source>This card exists only as a file in %1; no application can use it.</source>
        <translation>Deze kaart bestaat alleen als bestand in %1; geen enkele toepassing kan deze gebruiken.</translation>
    </message>
    <message>
        <source>No simulated card has the instance id %1.</source>
        <translation>Geen gesimuleerde kaart heeft het exemplaar-id %1.</translation>
    </message>
    <message>
        <source>Simulated failure of status</source>
        <extracomment>The simulator (a test tool) fails on purpose; &quot;status&quot; is the command of that name.</extracomment>
        <translation>Gesimuleerde fout van status</translation>
    </message>
    <message>
        <source>The simulated card checks the secret…</source>
        <translation>De gesimuleerde kaart controleert het geheim…</translation>
    </message>
    <message>
        <source>Simulated failure of %1</source>
        <translation>Gesimuleerde fout van %1</translation>
    </message>
</context>
<context>
    <name>SimulatorStore</name>
    <message>
        <source>The folder %1 cannot be written.</source>
        <translation>Er kan niet naar de map %1 worden geschreven.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>De map %1 kan niet worden gemaakt.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>Kan %1 niet verwijderen: %2</translation>
    </message>
</context>
<context>
    <name>SoftwareTpm</name>
    <message>
        <source>The software TPM is already running.</source>
        <translation>De software-TPM is al actief.</translation>
    </message>
    <message>
        <source>The program swtpm was not found. Install the package swtpm.</source>
        <translation>Het programma swtpm is niet gevonden. Installeer het pakket swtpm.</translation>
    </message>
    <message>
        <source>The TPM resource manager tpm2-abrmd was not found. Install the packages tpm2-abrmd and libtss2-tcti-tabrmd0.</source>
        <translation>De TPM-resourcemanager tpm2-abrmd is niet gevonden. Installeer de pakketten tpm2-abrmd en libtss2-tcti-tabrmd0.</translation>
    </message>
    <message>
        <source>The software TPM is running (%1).</source>
        <translation>De software-TPM is actief (%1).</translation>
    </message>
    <message>
        <source>The software TPM could not be started.</source>
        <translation>De software-TPM kan niet worden gestart.</translation>
    </message>
    <message>
        <source>%1 failed to start.</source>
        <translation>%1 kan niet worden gestart.</translation>
    </message>
    <message>
        <source>This session has no D-Bus session bus, and the program dbus-daemon was not found. Install the package dbus-daemon.</source>
        <translation>Deze sessie heeft geen D-Bus-sessiebus en het programma dbus-daemon is niet gevonden. Installeer het pakket dbus-daemon.</translation>
    </message>
    <message>
        <source>The TPM resource manager did not come up on the D-Bus session bus as %1.</source>
        <translation>De TPM-resourcemanager is niet als %1 op de D-Bus-sessiebus verschenen.</translation>
    </message>
    <message>
        <source>The software TPM does not answer through its resource manager: %1</source>
        <translation>De software-TPM antwoordt niet via zijn resourcemanager: %1</translation>
    </message>
    <message>
        <source>The software TPM is not running.</source>
        <translation>De software-TPM is niet actief.</translation>
    </message>
    <message>
        <source>The software TPM was shut down.</source>
        <translation>De software-TPM is afgesloten.</translation>
    </message>
    <message>
        <source>The software TPM could not be shut down cleanly.</source>
        <translation>De software-TPM kan niet netjes worden afgesloten.</translation>
    </message>
    <message>
        <source>The user service %1 did not stop.</source>
        <translation>De gebruikersservice %1 is niet gestopt.</translation>
    </message>
    <message>
        <source>The software TPM is running as the user service %1; its socket is %2. Keys are not protected by hardware.</source>
        <translation>De software-TPM wordt uitgevoerd als de gebruikersservice %1; de socket is %2. Sleutels worden niet door hardware beschermd.</translation>
    </message>
    <message>
        <source>The software TPM is running as a background process; its socket is %1. Keys are not protected by hardware.</source>
        <translation>De software-TPM wordt uitgevoerd als achtergrondproces; de socket is %1. Sleutels worden niet door hardware beschermd.</translation>
    </message>
    <message>
        <source>The software TPM is stopped; its state is kept in %1.</source>
        <translation>De software-TPM is gestopt; de status wordt bewaard in %1.</translation>
    </message>
    <message>
        <source>The software TPM has not been set up yet; it starts when a card needs it.</source>
        <translation>De software-TPM is nog niet ingesteld; deze start wanneer een kaart hem nodig heeft.</translation>
    </message>
    <message>
        <source>Its resource manager tpm2-abrmd is running as %1 on the D-Bus session bus.</source>
        <translation>De resourcemanager tpm2-abrmd wordt uitgevoerd als %1 op de D-Bus-sessiebus.</translation>
    </message>
    <message>
        <source>Its resource manager tpm2-abrmd is not running; it starts when a card needs it.</source>
        <translation>De resourcemanager tpm2-abrmd is niet actief; deze start wanneer een kaart hem nodig heeft.</translation>
    </message>
    <message>
        <source>This session has no D-Bus session bus; the software TPM brings its own at %1.</source>
        <translation>Deze sessie heeft geen D-Bus-sessiebus; de software-TPM brengt een eigen bus mee op %1.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use start, stop or status.</source>
        <translation>Onbekende actie “%1”: gebruik start, stop of status.</translation>
    </message>
    <message numerus="yes">
        <source>swtpm did not open %1 within %n second(s).</source>
        <translation>
            <numerusform>swtpm heeft %1 niet binnen %n seconde geopend.</numerusform>
            <numerusform>swtpm heeft %1 niet binnen %n seconden geopend.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Check what will be created. Use Back to change anything.</source>
        <translation>Controleer wat er wordt gemaakt. Gebruik Vorige om iets te wijzigen.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Card name</source>
        <translation>Kaartnaam</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>Pincode:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>Recovery:</source>
        <translation>Herstel:</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Herstel</translation>
    </message>
    <message>
        <source>Admin key:</source>
        <translation>Beheerderssleutel:</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Beheerderssleutel</translation>
    </message>
    <message>
        <source>Prepared now:</source>
        <extracomment>Followed by what is made on the card right away (its file system, a key pair).</extracomment>
        <translation>Nu voorbereid:</translation>
    </message>
    <message>
        <source>Prepared now</source>
        <extracomment>Followed by what is made on the card right away (its file system, a key pair).</extracomment>
        <translation>Nu voorbereid</translation>
    </message>
    <message>
        <source>Key algorithm:</source>
        <translation>Sleutelalgoritme:</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>Sleutelalgoritme</translation>
    </message>
    <message>
        <source>Attestation:</source>
        <translation>Attestatie:</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Attestatie</translation>
    </message>
    <message>
        <source>Created by:</source>
        <extracomment>Followed by what makes and keeps the card: the computer&apos;s TPM, a software TPM or a simulator.</extracomment>
        <translation>Gemaakt met:</translation>
    </message>
    <message>
        <source>Created by</source>
        <extracomment>Followed by what makes and keeps the card: the computer&apos;s TPM, a software TPM or a simulator.</extracomment>
        <translation>Gemaakt met</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Press Create to create the card. This can take a minute; the secrets you typed are not shown here.</source>
        <translation>Klik op Maken om de kaart te maken. Dit kan een minuut duren; de geheimen die u hebt getypt, worden hier niet weergegeven.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Maken</translation>
    </message>
    <message>
        <source>The PIN can be reset with the PUK you chose</source>
        <translation>De pincode kan opnieuw worden ingesteld met de PUK die u hebt gekozen</translation>
    </message>
    <message>
        <source>None (the PUK takes its place)</source>
        <translation>Geen (de PUK neemt de plaats in)</translation>
    </message>
    <message>
        <source>The PIN can be reset only with the PUK you chose</source>
        <translation>De pincode kan alleen opnieuw worden ingesteld met de PUK die u hebt gekozen</translation>
    </message>
    <message>
        <source>A random key that nobody knows</source>
        <translation>Een willekeurige sleutel die niemand kent</translation>
    </message>
    <message>
        <source>The PIN can be reset with the PUK you chose or with the admin key you entered</source>
        <translation>De pincode kan opnieuw worden ingesteld met de PUK die u hebt gekozen of met de beheerderssleutel die u hebt ingevoerd</translation>
    </message>
    <message>
        <source>The PIN can be reset with the admin key you entered</source>
        <translation>De pincode kan opnieuw worden ingesteld met de beheerderssleutel die u hebt ingevoerd</translation>
    </message>
    <message>
        <source>The key you entered (check value %1)</source>
        <translation>De sleutel die u hebt ingevoerd (controlewaarde %1)</translation>
    </message>
    <message>
        <source>The PIN can be reset with the PUK you chose or with the publicly known default admin key</source>
        <translation>De pincode kan opnieuw worden ingesteld met de PUK die u hebt gekozen of met de openbaar bekende standaardbeheerderssleutel</translation>
    </message>
    <message>
        <source>The PIN can be reset with the publicly known default admin key</source>
        <translation>De pincode kan opnieuw worden ingesteld met de openbaar bekende standaardbeheerderssleutel</translation>
    </message>
    <message>
        <source>The publicly known default key (check value %1)</source>
        <translation>De openbaar bekende standaardsleutel (controlewaarde %1)</translation>
    </message>
    <message>
        <source>Anyone who has this card can reset its PIN with the publicly known default admin key.</source>
        <translation>Iedereen die deze kaart heeft, kan de pincode opnieuw instellen met de openbaar bekende standaardbeheerderssleutel.</translation>
    </message>
    <message>
        <source>Set; it meets your organization&apos;s rules</source>
        <extracomment>The PIN has been set (a value beside &quot;PIN:&quot; in the summary).</extracomment>
        <translation>Ingesteld; voldoet aan de regels van uw organisatie</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Ingesteld</translation>
    </message>
    <message>
        <source>No, the card stays empty</source>
        <translation>Nee, de kaart blijft leeg</translation>
    </message>
    <message>
        <source>Yes, a file system and a key pair</source>
        <translation>Ja, een bestandssysteem en een sleutelpaar</translation>
    </message>
    <message>
        <source>Yes, a key pair</source>
        <translation>Ja, een sleutelpaar</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>RSA 2048 bits</source>
        <translation>RSA 2048 bits</translation>
    </message>
    <message>
        <source>Elliptic curve P-256</source>
        <translation>Elliptische curve P-256</translation>
    </message>
    <message>
        <source>Attestation identity key only</source>
        <translation>Alleen attestatie-identiteitssleutel</translation>
    </message>
    <message>
        <source>Attestation identity key and certificate</source>
        <translation>Attestatie-identiteitssleutel en certificaat</translation>
    </message>
    <message>
        <source>The simulator, which creates no real card</source>
        <translation>De simulator, die geen echte kaart maakt</translation>
    </message>
    <message>
        <source>The TPM of this computer</source>
        <translation>De TPM van deze computer</translation>
    </message>
    <message>
        <source>A software TPM on this computer, whose keys are not protected by hardware</source>
        <translation>Een software-TPM op deze computer, waarvan de sleutels niet door hardware worden beschermd</translation>
    </message>
    <message>
        <source>The PIN can never be reset. If it is forgotten or blocked, the card can only be removed and a new one created.</source>
        <translation>De pincode kan nooit opnieuw worden ingesteld. Als deze is vergeten of geblokkeerd, kan de kaart alleen worden verwijderd en een nieuwe worden gemaakt.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager of Windows</source>
        <translation>TPM Virtual Smart Card Manager van Windows</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>The token store %1 cannot be reached.</source>
        <translation>De tokenopslag %1 is niet bereikbaar.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder of your own, or check the permissions of the folders on the way to it.</source>
        <translation>Geef --store (of TPM2_PKCS11_STORE) een eigen map op, of controleer de machtigingen van de bovenliggende mappen.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder of your own, or the name of a new folder in one that exists, which the program makes for you.</source>
        <translation>Geef --store (of TPM2_PKCS11_STORE) een eigen map op, of de naam van een nieuwe map in een bestaande map; het programma maakt die dan voor u.</translation>
    </message>
    <message>
        <source>The token store %1 is a file, not a folder.</source>
        <translation>De tokenopslag %1 is een bestand, geen map.</translation>
    </message>
    <message>
        <source>The token store %1 belongs to another user (%2), not to you (%3).</source>
        <translation>De tokenopslag %1 is van een andere gebruiker (%2), niet van u (%3).</translation>
    </message>
    <message>
        <source>The token store %1 is a folder anyone may write to (mode %2), so another user could put a database of their own in it.</source>
        <translation>De tokenopslag %1 is een map waarin iedereen mag schrijven (modus %2), dus een andere gebruiker zou er een eigen database in kunnen zetten.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder only you may write to, or the name of a new folder, which the program makes private. It does not change the mode of a folder it did not make.</source>
        <translation>Geef --store (of TPM2_PKCS11_STORE) een map op waarin alleen u mag schrijven, of de naam van een nieuwe map, die het programma privé maakt. De modus van een map die het programma niet zelf heeft gemaakt, wordt niet gewijzigd.</translation>
    </message>
    <message>
        <source>The token store %1 cannot be read.</source>
        <translation>De tokenopslag %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>Allow yourself to read it (chmod u+rx), or give --store (or TPM2_PKCS11_STORE) another folder.</source>
        <translation>Geef uzelf leesrechten (chmod u+rx), of geef --store (of TPM2_PKCS11_STORE) een andere map op.</translation>
    </message>
    <message>
        <source>The folder %1 holds files that are not a token store&apos;s (%2), so it is not used as one.</source>
        <translation>De map %1 bevat bestanden die niet bij een tokenopslag horen (%2), dus deze wordt niet als tokenopslag gebruikt.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) an empty folder, the name of a new one, or an existing token store (a folder with tpm2_pkcs11.sqlite3 and nothing unrelated).</source>
        <translation>Geef --store (of TPM2_PKCS11_STORE) een lege map op, de naam van een nieuwe map, of een bestaande tokenopslag (een map met tpm2_pkcs11.sqlite3 en niets anders).</translation>
    </message>
    <message>
        <source>The token store %1 is not writable, so no card can be made in it or removed from it.</source>
        <translation>Er kan niet naar de tokenopslag %1 worden geschreven, dus er kan geen kaart in worden gemaakt of uit worden verwijderd.</translation>
    </message>
    <message>
        <source>Make it writable for yourself, or give --store (or TPM2_PKCS11_STORE) another folder. Listing its cards needs no write.</source>
        <translation>Geef uzelf schrijfrechten, of geef --store (of TPM2_PKCS11_STORE) een andere map op. Voor het weergeven van de kaarten is geen schrijfrecht nodig.</translation>
    </message>
    <message>
        <source>The token store&apos;s database %1 is damaged or is not a token store&apos;s database, so its cards cannot be read. Nothing was written to it.</source>
        <translation>De database %1 van de tokenopslag is beschadigd of is geen database van een tokenopslag, dus de kaarten ervan kunnen niet worden gelezen. Er is niets naar geschreven.</translation>
    </message>
    <message>
        <source>Put back a copy of %1 from a backup, or give --store (or TPM2_PKCS11_STORE) another folder for new cards. Keep the damaged file: a recovery tool may still read keys from it.</source>
        <translation>Zet een kopie van %1 terug uit een back-up, of geef --store (of TPM2_PKCS11_STORE) een andere map op voor nieuwe kaarten. Bewaar het beschadigde bestand: een hersteltool kan er mogelijk nog sleutels uit lezen.</translation>
    </message>
    <message>
        <source>The disk that holds the token store %1 is full, so the card could not be written. Nothing of this attempt was kept.</source>
        <translation>De schijf met de tokenopslag %1 is vol, dus de kaart kan niet worden geschreven. Er is niets van deze poging bewaard.</translation>
    </message>
    <message numerus="yes">
        <source>Free some space on that disk (at least %n MiB), then try again; or give --store (or TPM2_PKCS11_STORE) a folder on another disk.</source>
        <translation>
            <numerusform>Maak ruimte vrij op die schijf (minstens %n MiB) en probeer het opnieuw; of geef --store (of TPM2_PKCS11_STORE) een map op een andere schijf op.</numerusform>
            <numerusform>Maak ruimte vrij op die schijf (minstens %n MiB) en probeer het opnieuw; of geef --store (of TPM2_PKCS11_STORE) een map op een andere schijf op.</numerusform>
        </translation>
    </message>
    <message>
        <source>Neither the token store %1 nor the folder %2 that would hold it exists. The program makes only the store&apos;s own folder, so that a mistyped path does not become folders.</source>
        <translation>De tokenopslag %1 bestaat niet en de map %2 waarin deze zou komen ook niet. Het programma maakt alleen de eigen map van de opslag, zodat een verkeerd getypt pad geen mappen oplevert.</translation>
    </message>
    <message>
        <source>Check the path given to --store (or TPM2_PKCS11_STORE), or create %1 first.</source>
        <translation>Controleer het pad dat aan --store (of TPM2_PKCS11_STORE) is gegeven, of maak eerst %1.</translation>
    </message>
    <message>
        <source>The token store %1 is not writable: %2, where it would be made, is not a folder.</source>
        <translation>Er kan niet naar de tokenopslag %1 worden geschreven: %2, waarin deze zou worden gemaakt, is geen map.</translation>
    </message>
    <message>
        <source>Check the path given to --store (or TPM2_PKCS11_STORE).</source>
        <translation>Controleer het pad dat aan --store (of TPM2_PKCS11_STORE) is gegeven.</translation>
    </message>
    <message>
        <source>The token store %1 is not writable: you may not make a folder in %2.</source>
        <translation>Er kan niet naar de tokenopslag %1 worden geschreven: u mag geen map maken in %2.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder in one you may write to, such as your home folder.</source>
        <translation>Geef --store (of TPM2_PKCS11_STORE) een map op binnen een map waarin u mag schrijven, zoals uw thuismap.</translation>
    </message>
    <message>
        <source>The token store %1 could not be made.</source>
        <translation>De tokenopslag %1 kan niet worden gemaakt.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder in one you may write to.</source>
        <translation>Geef --store (of TPM2_PKCS11_STORE) een map op binnen een map waarin u mag schrijven.</translation>
    </message>
    <message>
        <source>Make it writable for yourself, or give --store (or TPM2_PKCS11_STORE) another folder.</source>
        <translation>Geef uzelf schrijfrechten, of geef --store (of TPM2_PKCS11_STORE) een andere map op.</translation>
    </message>
    <message numerus="yes">
        <source>The folder %1 holds files that are not a token store&apos;s (%2 and %n more), so it is not used as one.</source>
        <translation>
            <numerusform>De map %1 bevat bestanden die niet bij een tokenopslag horen (%2 en nog %n), dus deze wordt niet als tokenopslag gebruikt.</numerusform>
            <numerusform>De map %1 bevat bestanden die niet bij een tokenopslag horen (%2 en nog %n), dus deze wordt niet als tokenopslag gebruikt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tpm2Backend</name>
    <message>
        <source>Software TPM — keys are not protected by hardware</source>
        <translation>Software-TPM — sleutels worden niet door hardware beschermd</translation>
    </message>
    <message>
        <source>Applications reach the card through the PKCS#11 module %1.</source>
        <translation>Toepassingen bereiken de kaart via de PKCS#11-module %1.</translation>
    </message>
    <message>
        <source>Programs you start after your next login find it by themselves: %1 sets %2 for them.</source>
        <extracomment>&quot;it&quot; is the software TPM; %1 is a file path, %2 an environment variable&apos;s name.</extracomment>
        <translation>Programma&apos;s die u na uw volgende aanmelding start, vinden deze zelf: %1 stelt %2 voor ze in.</translation>
    </message>
    <message>
        <source>The settings for other programs could not be registered: %1</source>
        <translation>De instellingen voor andere programma&apos;s kunnen niet worden geregistreerd: %1</translation>
    </message>
    <message>
        <source>This session has no D-Bus session bus, so programs reach the software TPM only with the lines below in their environment.</source>
        <translation>Deze sessie heeft geen D-Bus-sessiebus, dus programma&apos;s bereiken de software-TPM alleen met de onderstaande regels in hun omgeving.</translation>
    </message>
    <message>
        <source>In a terminal, the line below shows the card&apos;s public keys.</source>
        <translation>In een terminal toont de onderstaande regel de openbare sleutels van de kaart.</translation>
    </message>
    <message>
        <source>In a terminal that is already open, the lines below reach the card; the last one shows its public keys.</source>
        <translation>In een terminal die al geopend is, bereiken de onderstaande regels de kaart; de laatste toont de openbare sleutels ervan.</translation>
    </message>
    <message>
        <source>The tpm2-pkcs11 module was not found. Install the package libtpm2-pkcs11-1.</source>
        <translation>De module tpm2-pkcs11 is niet gevonden. Installeer het pakket libtpm2-pkcs11-1.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2). Ask your administrator to add you to the group tss, then sign in again.</source>
        <translation>%1 kan niet worden geopend (%2). Vraag uw beheerder u toe te voegen aan de groep tss en meld u daarna opnieuw aan.</translation>
    </message>
    <message>
        <source>The software TPM does not answer: %1</source>
        <translation>De software-TPM antwoordt niet: %1</translation>
    </message>
    <message>
        <source>The token store %1 may not be written, and a copy of it to read could not be made: %2</source>
        <translation>Er mag niet naar de tokenopslag %1 worden geschreven, en er kan geen kopie om te lezen van worden gemaakt: %2</translation>
    </message>
    <message>
        <source>C_Initialize with TCTI %1 failed: %2</source>
        <translation>C_Initialize met TCTI %1 is mislukt: %2</translation>
    </message>
    <message>
        <source>Waiting for another vscwizard (process %1) to finish with the token store %2…</source>
        <translation>Wachten tot een andere vscwizard (proces %1) klaar is met de tokenopslag %2…</translation>
    </message>
    <message>
        <source>Waiting for another vscwizard to finish with the token store %1…</source>
        <translation>Wachten tot een andere vscwizard klaar is met de tokenopslag %1…</translation>
    </message>
    <message>
        <source>The token store is busy</source>
        <translation>De tokenopslag is bezet</translation>
    </message>
    <message>
        <source>Wait until it has finished, or end it, then try again. Nothing was changed.</source>
        <translation>Wacht tot deze klaar is, of beëindig deze, en probeer het opnieuw. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The unfinished card &quot;%1&quot; could not be removed: %2</source>
        <translation>De onvoltooide kaart “%1” kan niet worden verwijderd: %2</translation>
    </message>
    <message>
        <source>There is no card with the instance id &quot;%1&quot;.</source>
        <translation>Er is geen kaart met het exemplaar-id “%1”.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>De schijf is vol</translation>
    </message>
    <message>
        <source>The token store is damaged</source>
        <translation>De tokenopslag is beschadigd</translation>
    </message>
    <message>
        <source>The token store is read-only</source>
        <translation>De tokenopslag is alleen-lezen</translation>
    </message>
    <message>
        <source>The token store cannot be read</source>
        <translation>De tokenopslag kan niet worden gelezen</translation>
    </message>
    <message>
        <source>This folder cannot be the token store</source>
        <translation>Deze map kan niet de tokenopslag zijn</translation>
    </message>
    <message>
        <source>The software TPM is not running</source>
        <translation>De software-TPM is niet actief</translation>
    </message>
    <message>
        <source>The software TPM stopped, or does not answer, so the operation could not finish.</source>
        <translation>De software-TPM is gestopt of antwoordt niet, dus de bewerking kan niet worden voltooid.</translation>
    </message>
    <message>
        <source>Start it again with “vscwizard software-tpm start”, then try again.</source>
        <translation>Start de software-TPM opnieuw met “vscwizard software-tpm start” en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>Try again: the next operation starts it again.</source>
        <translation>Probeer het opnieuw: de volgende bewerking start de software-TPM opnieuw.</translation>
    </message>
    <message>
        <source>The TPM is locked after too many wrong PINs</source>
        <translation>De TPM is vergrendeld na te veel onjuiste pincodes</translation>
    </message>
    <message>
        <source>The TPM is locked after too many wrong PINs (%1 of %2). It protects every card this way, whichever program the PINs were typed in.</source>
        <translation>De TPM is vergrendeld na te veel onjuiste pincodes (%1 van %2). Zo beveiligt de TPM elke kaart, ongeacht in welk programma de pincodes zijn getypt.</translation>
    </message>
    <message>
        <source>The TPM has no room for more objects</source>
        <translation>De TPM heeft geen ruimte voor meer objecten</translation>
    </message>
    <message>
        <source>The TPM has no room for more objects: programs that ended without cleaning up left theirs loaded. This happens only where no resource manager stands in front of the TPM (%1).</source>
        <translation>De TPM heeft geen ruimte voor meer objecten: programma&apos;s die zijn beëindigd zonder op te ruimen, hebben de hunne geladen gelaten. Dit gebeurt alleen als er geen resourcemanager vóór de TPM staat (%1).</translation>
    </message>
    <message>
        <source>Restart that TPM, or reach it through a resource manager: the kernel&apos;s /dev/tpmrm0, or the program&apos;s own software TPM, which has one.</source>
        <translation>Start die TPM opnieuw, of benader de TPM via een resourcemanager: /dev/tpmrm0 van de kernel, of de eigen software-TPM van het programma, die er een heeft.</translation>
    </message>
    <message>
        <source>No TPM found</source>
        <translation>Geen TPM gevonden</translation>
    </message>
    <message>
        <source>There is no TPM at %1.</source>
        <translation>Er is geen TPM op %1.</translation>
    </message>
    <message>
        <source>If this computer has a TPM, turn it on in the firmware settings; otherwise use the software TPM (--tpm software).</source>
        <translation>Als deze computer een TPM heeft, schakel deze dan in via de firmware-instellingen; gebruik anders de software-TPM (--tpm software).</translation>
    </message>
    <message>
        <source>Check the path given to --tpm device:PATH (the kernel&apos;s TPM is /dev/tpmrm0), or use the software TPM (--tpm software).</source>
        <translation>Controleer het pad dat aan --tpm device:PAD is gegeven (de TPM van de kernel is /dev/tpmrm0), of gebruik de software-TPM (--tpm software).</translation>
    </message>
    <message>
        <source>No permission to use the TPM</source>
        <translation>Geen toestemming om de TPM te gebruiken</translation>
    </message>
    <message>
        <source>You may not use the TPM %1.</source>
        <translation>U mag de TPM %1 niet gebruiken.</translation>
    </message>
    <message>
        <source>Ask your administrator to add your account to the group tss, then sign out and in again; or use the software TPM (--tpm software).</source>
        <translation>Vraag uw beheerder uw account toe te voegen aan de groep tss en meld u daarna af en weer aan; of gebruik de software-TPM (--tpm software).</translation>
    </message>
    <message>
        <source>The TPM does not answer</source>
        <translation>De TPM antwoordt niet</translation>
    </message>
    <message>
        <source>No TPM answered through %1.</source>
        <translation>Geen TPM heeft geantwoord via %1.</translation>
    </message>
    <message>
        <source>Check the TCTI given with --tpm tcti:STRING (such as device:/dev/tpmrm0, or swtpm:host=localhost,port=2321 for a running swtpm), or leave --tpm out to use this computer&apos;s TPM or the software TPM.</source>
        <translation>Controleer de TCTI die met --tpm tcti:TEKENREEKS is opgegeven (zoals device:/dev/tpmrm0, of swtpm:host=localhost,port=2321 voor een actieve swtpm), of laat --tpm weg om de TPM van deze computer of de software-TPM te gebruiken.</translation>
    </message>
    <message>
        <source>Another program may hold the TPM (%1 serves one program at a time; /dev/tpmrm0 serves many): try again when it has finished, or use /dev/tpmrm0.</source>
        <translation>Mogelijk houdt een ander programma de TPM bezet (%1 bedient één programma tegelijk; /dev/tpmrm0 bedient er veel): probeer het opnieuw als dat programma klaar is, of gebruik /dev/tpmrm0.</translation>
    </message>
    <message>
        <source>The token store belongs to another TPM</source>
        <translation>De tokenopslag hoort bij een andere TPM</translation>
    </message>
    <message>
        <source>The token store %1 holds cards of another TPM: its storage key is not on this one.</source>
        <translation>De tokenopslag %1 bevat kaarten van een andere TPM: de opslagsleutel ervan staat niet op deze TPM.</translation>
    </message>
    <message>
        <source>Keep the cards of each TPM in a store of their own (--store), or use the TPM they were made on.</source>
        <translation>Bewaar de kaarten van elke TPM in een eigen opslag (--store), of gebruik de TPM waarop ze zijn gemaakt.</translation>
    </message>
    <message numerus="yes">
        <source>Another program was writing to the token store %1 and did not finish within %n second(s), so this operation could not use it.</source>
        <translation>
            <numerusform>Een ander programma schreef naar de tokenopslag %1 en was niet binnen %n seconde klaar, dus deze bewerking kon de opslag niet gebruiken.</numerusform>
            <numerusform>Een ander programma schreef naar de tokenopslag %1 en was niet binnen %n seconden klaar, dus deze bewerking kon de opslag niet gebruiken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again once that program has finished; nothing of this attempt was kept.</source>
        <translation>Probeer het opnieuw zodra dat programma klaar is; er is niets van deze poging bewaard.</translation>
    </message>
    <message>
        <source>Not a TPM device</source>
        <translation>Geen TPM-apparaat</translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>Kaart bestaat niet</translation>
    </message>
    <message>
        <source>There is no card with the instance id “%1” in the token store %2.</source>
        <translation>Er is geen kaart met het exemplaar-id “%1” in de tokenopslag %2.</translation>
    </message>
    <message>
        <source>“vscwizard list” shows the cards and their instance ids; another program may have removed this one already.</source>
        <translation>“vscwizard list” toont de kaarten en hun exemplaar-id&apos;s; mogelijk heeft een ander programma deze kaart al verwijderd.</translation>
    </message>
    <message>
        <source>Type the PUK again, carefully: it is the one set when the card was made, not the PIN.</source>
        <translation>Typ de PUK zorgvuldig opnieuw: het is de PUK die bij het maken van de kaart is ingesteld, niet de pincode.</translation>
    </message>
    <message>
        <source>Check the 48 hexadecimal digits you were given for this card.</source>
        <translation>Controleer de 48 hexadecimale cijfers die u voor deze kaart hebt gekregen.</translation>
    </message>
    <message>
        <source>Type the PIN again, carefully. If you have forgotten it, reset it with the PUK or the admin key instead of guessing: every wrong PIN counts, on every card of this TPM.</source>
        <translation>Typ de pincode zorgvuldig opnieuw. Als u de pincode bent vergeten, stel deze dan opnieuw in met de PUK of de beheerderssleutel in plaats van te raden: elke onjuiste pincode telt, op elke kaart van deze TPM.</translation>
    </message>
    <message>
        <source>Names like &quot;%1&quot; are kept for cards being made; choose another name.</source>
        <extracomment>&quot;kept&quot; = reserved: the program names a card this way while it is being made.</extracomment>
        <translation>Namen zoals “%1” zijn gereserveerd voor kaarten die worden gemaakt; kies een andere naam.</translation>
    </message>
    <message>
        <source>A card named &quot;%1&quot; exists already.</source>
        <translation>Er bestaat al een kaart met de naam “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>The software TPM holds at most %n card(s): every program that uses them holds one connection to its resource manager per card. Remove a card first.</source>
        <translation>
            <numerusform>De software-TPM bevat maximaal %n kaart: elk programma dat de kaarten gebruikt, houdt per kaart één verbinding met de resourcemanager open. Verwijder eerst een kaart.</numerusform>
            <numerusform>De software-TPM bevat maximaal %n kaarten: elk programma dat de kaarten gebruikt, houdt per kaart één verbinding met de resourcemanager open. Verwijder eerst een kaart.</numerusform>
        </translation>
    </message>
    <message>
        <source>The token store has no free slot (tpm2-pkcs11 holds 255 tokens).</source>
        <translation>De tokenopslag heeft geen vrije sleuf (tpm2-pkcs11 bevat maximaal 255 tokens).</translation>
    </message>
    <message>
        <source>The new token &quot;%1&quot; is not in the slot list (%2).</source>
        <translation>Het nieuwe token “%1” staat niet in de sleuvenlijst (%2).</translation>
    </message>
    <message>
        <source>Injected failure.</source>
        <extracomment>Seen only in the program&apos;s own tests, which make a create fail on purpose.</extracomment>
        <translation>Geïnjecteerde fout.</translation>
    </message>
    <message>
        <source>Another program created a card named &quot;%1&quot; while this one was being made.</source>
        <translation>Een ander programma heeft een kaart met de naam “%1” gemaakt terwijl deze kaart werd gemaakt.</translation>
    </message>
    <message>
        <source>The cancelled card could not be removed: %1</source>
        <translation>De geannuleerde kaart kan niet worden verwijderd: %1</translation>
    </message>
    <message>
        <source>%1
The unfinished card could not be removed: %2</source>
        <translation>%1
De onvoltooide kaart kan niet worden verwijderd: %2</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has no PUK and a random admin key that nobody knows.</source>
        <translation>De kaart “%1” heeft geen PUK en een willekeurige beheerderssleutel die niemand kent.</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has no PUK: its PIN is reset with its admin key.</source>
        <translation>De kaart “%1” heeft geen PUK: de pincode wordt opnieuw ingesteld met de beheerderssleutel.</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has a PUK, which takes the admin key&apos;s place: its PIN is reset with the PUK.</source>
        <translation>De kaart “%1” heeft een PUK, die de plaats van de beheerderssleutel inneemt: de pincode wordt opnieuw ingesteld met de PUK.</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has no PUK.</source>
        <translation>De kaart “%1” heeft geen PUK.</translation>
    </message>
    <message>
        <source>The tpm2-pkcs11 module is not installed. Install the package libtpm2-pkcs11-1.</source>
        <translation>De module tpm2-pkcs11 is niet geïnstalleerd. Installeer het pakket libtpm2-pkcs11-1.</translation>
    </message>
    <message>
        <source>The tpm2-pkcs11 module %1 cannot be loaded.</source>
        <translation>De module tpm2-pkcs11 %1 kan niet worden geladen.</translation>
    </message>
    <message>
        <source>The TPM %1 cannot be opened.</source>
        <translation>De TPM %1 kan niet worden geopend.</translation>
    </message>
    <message>
        <source>The software TPM needs the program swtpm. Install the package swtpm.</source>
        <translation>De software-TPM heeft het programma swtpm nodig. Installeer het pakket swtpm.</translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs (%1 of %2); it accepts PINs again in about %n minute(s).</source>
        <extracomment>%1 of %2: wrong PINs counted, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>De TPM is vergrendeld na te veel onjuiste pincodes (%1 van %2); over ongeveer %n minuut accepteert de TPM weer pincodes.</numerusform>
            <numerusform>De TPM is vergrendeld na te veel onjuiste pincodes (%1 van %2); over ongeveer %n minuten accepteert de TPM weer pincodes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs (%1 of %2); it accepts PINs again in about %n second(s).</source>
        <extracomment>%1 of %2: wrong PINs counted, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>De TPM is vergrendeld na te veel onjuiste pincodes (%1 van %2); over ongeveer %n seconde accepteert de TPM weer pincodes.</numerusform>
            <numerusform>De TPM is vergrendeld na te veel onjuiste pincodes (%1 van %2); over ongeveer %n seconden accepteert de TPM weer pincodes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard (process %1) has held the token store %2 for %n minute(s), and still does.</source>
        <extracomment>%1: a process id; %2: a folder.</extracomment>
        <translation>
            <numerusform>Een andere vscwizard (proces %1) heeft de tokenopslag %2 al %n minuut in gebruik en is nog niet klaar.</numerusform>
            <numerusform>Een andere vscwizard (proces %1) heeft de tokenopslag %2 al %n minuten in gebruik en is nog niet klaar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard (process %1) has held the token store %2 for %n second(s), and still does.</source>
        <extracomment>%1: a process id; %2: a folder.</extracomment>
        <translation>
            <numerusform>Een andere vscwizard (proces %1) heeft de tokenopslag %2 al %n seconde in gebruik en is nog niet klaar.</numerusform>
            <numerusform>Een andere vscwizard (proces %1) heeft de tokenopslag %2 al %n seconden in gebruik en is nog niet klaar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard has held the token store %1 for %n minute(s), and still does.</source>
        <translation>
            <numerusform>Een andere vscwizard heeft de tokenopslag %1 al %n minuut in gebruik en is nog niet klaar.</numerusform>
            <numerusform>Een andere vscwizard heeft de tokenopslag %1 al %n minuten in gebruik en is nog niet klaar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard has held the token store %1 for %n second(s), and still does.</source>
        <translation>
            <numerusform>Een andere vscwizard heeft de tokenopslag %1 al %n seconde in gebruik en is nog niet klaar.</numerusform>
            <numerusform>Een andere vscwizard heeft de tokenopslag %1 al %n seconden in gebruik en is nog niet klaar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait: the TPM accepts PINs again in about %n minute(s).</source>
        <translation>
            <numerusform>Wacht: over ongeveer %n minuut accepteert de TPM weer pincodes.</numerusform>
            <numerusform>Wacht: over ongeveer %n minuten accepteert de TPM weer pincodes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait: the TPM accepts PINs again in about %n second(s).</source>
        <translation>
            <numerusform>Wacht: over ongeveer %n seconde accepteert de TPM weer pincodes.</numerusform>
            <numerusform>Wacht: over ongeveer %n seconden accepteert de TPM weer pincodes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK is wrong for this card. The TPM counts wrong PINs and PUKs of all its cards together: after %n more it refuses every one of them for a while.</source>
        <translation>
            <numerusform>De PUK is onjuist voor deze kaart. De TPM telt onjuiste pincodes en PUK&apos;s van al zijn kaarten samen: na nog %n weigert de TPM ze een tijdlang allemaal.</numerusform>
            <numerusform>De PUK is onjuist voor deze kaart. De TPM telt onjuiste pincodes en PUK&apos;s van al zijn kaarten samen: na nog %n weigert de TPM ze een tijdlang allemaal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The admin key is wrong for this card. The TPM counts wrong PINs and admin keys of all its cards together: after %n more it refuses every one of them for a while.</source>
        <translation>
            <numerusform>De beheerderssleutel is onjuist voor deze kaart. De TPM telt onjuiste pincodes en beheerderssleutels van al zijn kaarten samen: na nog %n weigert de TPM ze een tijdlang allemaal.</numerusform>
            <numerusform>De beheerderssleutel is onjuist voor deze kaart. De TPM telt onjuiste pincodes en beheerderssleutels van al zijn kaarten samen: na nog %n weigert de TPM ze een tijdlang allemaal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN is wrong for this card. The TPM counts wrong PINs of all its cards together: after %n more it refuses every PIN for a while.</source>
        <translation>
            <numerusform>De pincode is onjuist voor deze kaart. De TPM telt onjuiste pincodes van al zijn kaarten samen: na nog %n weigert de TPM een tijdlang elke pincode.</numerusform>
            <numerusform>De pincode is onjuist voor deze kaart. De TPM telt onjuiste pincodes van al zijn kaarten samen: na nog %n weigert de TPM een tijdlang elke pincode.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs. It accepts PINs again in about %n minute(s).</source>
        <translation>
            <numerusform>De TPM is vergrendeld na te veel onjuiste pincodes. Over ongeveer %n minuut accepteert de TPM weer pincodes.</numerusform>
            <numerusform>De TPM is vergrendeld na te veel onjuiste pincodes. Over ongeveer %n minuten accepteert de TPM weer pincodes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs. It accepts PINs again in about %n second(s).</source>
        <translation>
            <numerusform>De TPM is vergrendeld na te veel onjuiste pincodes. Over ongeveer %n seconde accepteert de TPM weer pincodes.</numerusform>
            <numerusform>De TPM is vergrendeld na te veel onjuiste pincodes. Over ongeveer %n seconden accepteert de TPM weer pincodes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TpmTarget</name>
    <message>
        <source>Unknown TPM &quot;%1&quot;: use auto, device, device:PATH, software, software:FOLDER or tcti:STRING.</source>
        <translation>Onbekende TPM “%1”: gebruik auto, device, device:PAD, software, software:MAP of tcti:TEKENREEKS.</translation>
    </message>
    <message>
        <source>A TPM is a character device such as /dev/tpmrm0: give --tpm device:PATH the path of one, or use --tpm software.</source>
        <translation>Een TPM is een tekenapparaat zoals /dev/tpmrm0: geef --tpm device:PAD het pad van zo&apos;n apparaat, of gebruik --tpm software.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a regular file, so nothing was written to it.</source>
        <translation>%1 is geen TPM maar een gewoon bestand, dus er is niets naar geschreven.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a folder, so nothing was written to it.</source>
        <translation>%1 is geen TPM maar een map, dus er is niets naar geschreven.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a named pipe, so nothing was written to it.</source>
        <translation>%1 is geen TPM maar een named pipe, dus er is niets naar geschreven.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a socket, so nothing was written to it.</source>
        <translation>%1 is geen TPM maar een socket, dus er is niets naar geschreven.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a block device, so nothing was written to it.</source>
        <translation>%1 is geen TPM maar een blokapparaat, dus er is niets naar geschreven.</translation>
    </message>
    <message>
        <source>%1 is not a TPM, nor any other device, so nothing was written to it.</source>
        <translation>%1 is geen TPM en ook geen ander apparaat, dus er is niets naar geschreven.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>This wizard creates a virtual smart card on this computer.</source>
        <translation>Met deze wizard maakt u een virtuele smartcard op deze computer.</translation>
    </message>
    <message>
        <source>A virtual smart card works like a smart card you plug in, but it lives in this computer&apos;s security chip (the TPM). It keeps your keys and certificates safe: you unlock it with a PIN, and the keys cannot be copied off this computer.</source>
        <translation>Een virtuele smartcard werkt als een smartcard die u aansluit, maar bevindt zich in de beveiligingschip van deze computer (de TPM). De kaart bewaart uw sleutels en certificaten veilig: u ontgrendelt deze met een pincode, en de sleutels kunnen niet van deze computer worden gekopieerd.</translation>
    </message>
    <message>
        <source>You will choose a name, a PIN and a way to recover the card if the PIN is forgotten. First the wizard checks that this computer can hold a virtual smart card.</source>
        <translation>U kiest een naam, een pincode en een manier om de kaart te herstellen als de pincode is vergeten. Eerst controleert de wizard of deze computer een virtuele smartcard kan bevatten.</translation>
    </message>
    <message>
        <source>Checking this computer…</source>
        <translation>Deze computer controleren…</translation>
    </message>
    <message>
        <source>Check status</source>
        <extracomment>A noun: the result of checking whether this computer can hold a card.</extracomment>
        <translation>Controlestatus</translation>
    </message>
    <message>
        <source>Checking this computer</source>
        <translation>Deze computer controleren</translation>
    </message>
    <message>
        <source>Busy while the wizard checks that this computer can hold a virtual smart card.</source>
        <translation>Bezig terwijl de wizard controleert of deze computer een virtuele smartcard kan bevatten.</translation>
    </message>
    <message>
        <source>&amp;Results of the check:</source>
        <translation>&amp;Resultaten van de controle:</translation>
    </message>
    <message>
        <source>Results of the check</source>
        <translation>Resultaten van de controle</translation>
    </message>
    <message>
        <source>What prevents creating a virtual smart card on this computer, and what to do about it.</source>
        <translation>Wat het maken van een virtuele smartcard op deze computer verhindert en wat u eraan kunt doen.</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Opnieuw controleren</translation>
    </message>
    <message>
        <source>Checks this computer again after you fixed the problems listed.</source>
        <translation>Controleert deze computer opnieuw nadat u de vermelde problemen hebt opgelost.</translation>
    </message>
    <message>
        <source>&amp;Manage cards…</source>
        <translation>&amp;Kaarten beheren…</translation>
    </message>
    <message>
        <source>Opens the card manager: change, reset or remove the cards you have.</source>
        <translation>Opent kaartbeheer: wijzig uw kaarten, stel ze opnieuw in of verwijder ze.</translation>
    </message>
    <message>
        <source>A virtual smart card works like a smart card you plug in. On this computer its keys are kept by a software TPM, not by a security chip: you unlock them with a PIN, but someone who can read your files could copy them.</source>
        <translation>Een virtuele smartcard werkt als een smartcard die u aansluit. Op deze computer worden de sleutels bewaard door een software-TPM, niet door een beveiligingschip: u ontgrendelt ze met een pincode, maar iemand die uw bestanden kan lezen, kan ze kopiëren.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Must be fixed before a card can be created</source>
        <translation>Moet worden opgelost voordat een kaart kan worden gemaakt</translation>
    </message>
    <message>
        <source>A note; it does not prevent creating a card</source>
        <translation>Een opmerking; dit verhindert het maken van een kaart niet</translation>
    </message>
    <message>
        <source>The check was interrupted. Check again to continue.</source>
        <translation>De controle is onderbroken. Controleer opnieuw om door te gaan.</translation>
    </message>
    <message>
        <source>This computer cannot hold a virtual smart card yet. Fix the problems below, then check again.</source>
        <translation>Deze computer kan nog geen virtuele smartcard bevatten. Los de onderstaande problemen op en controleer opnieuw.</translation>
    </message>
    <message>
        <source>This computer is ready. Please note the points below.</source>
        <translation>Deze computer is gereed. Let op de onderstaande punten.</translation>
    </message>
    <message>
        <source>This computer is ready. Continue to choose a name for the card.</source>
        <translation>Deze computer is gereed. Ga verder om een naam voor de kaart te kiezen.</translation>
    </message>
</context>
<context>
    <name>WindowsBackend</name>
    <message>
        <source>The TPM Virtual Smart Card Manager is not available on this computer. It is part of Windows 8 and later; its service may be turned off.</source>
        <translation>TPM Virtual Smart Card Manager is niet beschikbaar op deze computer. Dit onderdeel zit in Windows 8 en hoger; de service ervan is mogelijk uitgeschakeld.</translation>
    </message>
    <message>
        <source>No TPM (Trusted Platform Module) was found on this computer.</source>
        <translation>Er is geen TPM (Trusted Platform Module) gevonden op deze computer.</translation>
    </message>
    <message>
        <source>The TPM is not ready. Turn it on and prepare it in the TPM management console (tpm.msc), then try again.</source>
        <translation>De TPM is niet gereed. Schakel de TPM in en bereid deze voor in de TPM-beheerconsole (tpm.msc) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Managing virtual smart cards needs administrator rights. Start vscwizard with &quot;Run as administrator&quot;.</source>
        <translation>Voor het beheren van virtuele smartcards zijn beheerdersrechten nodig. Start vscwizard met “Als administrator uitvoeren”.</translation>
    </message>
    <message>
        <source>Virtual smart cards cannot be managed from a remote desktop session.</source>
        <translation>Virtuele smartcards kunnen niet worden beheerd vanuit een sessie met Extern bureaublad.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager refused a value of the request.</source>
        <translation>TPM Virtual Smart Card Manager heeft een waarde van de aanvraag geweigerd.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>De bewerking is geannuleerd.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager reported a failure.</source>
        <translation>TPM Virtual Smart Card Manager heeft een fout gemeld.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager is not available</source>
        <translation>TPM Virtual Smart Card Manager is niet beschikbaar</translation>
    </message>
    <message>
        <source>Ask your administrator to allow the smart card services of Windows to start; the manager is part of Windows 8 and later.</source>
        <translation>Vraag uw beheerder om toe te staan dat de smartcardservices van Windows starten; de manager maakt deel uit van Windows 8 en hoger.</translation>
    </message>
    <message>
        <source>No TPM found</source>
        <translation>Geen TPM gevonden</translation>
    </message>
    <message>
        <source>If this computer has a TPM, turn it on in the firmware settings, then try again.</source>
        <translation>Als deze computer een TPM heeft, schakel deze dan in via de firmware-instellingen en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The TPM is not ready</source>
        <translation>De TPM is niet gereed</translation>
    </message>
    <message>
        <source>Open the TPM management console (tpm.msc) as administrator and prepare the TPM, then try again.</source>
        <translation>Open de TPM-beheerconsole (tpm.msc) als administrator, bereid de TPM voor en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Administrator rights needed</source>
        <translation>Beheerdersrechten vereist</translation>
    </message>
    <message>
        <source>Start vscwizard with “Run as administrator”, then try again.</source>
        <translation>Start vscwizard met “Als administrator uitvoeren” en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The card needs a name.</source>
        <translation>De kaart heeft een naam nodig.</translation>
    </message>
    <message numerus="yes">
        <source>The admin key must be exactly %n byte(s) long.</source>
        <translation>
            <numerusform>De beheerderssleutel moet precies %n byte lang zijn.</numerusform>
            <numerusform>De beheerderssleutel moet precies %n bytes lang zijn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The admin key check value must be %n byte(s) long.</source>
        <translation>
            <numerusform>De controlewaarde van de beheerderssleutel moet %n byte lang zijn.</numerusform>
            <numerusform>De controlewaarde van de beheerderssleutel moet %n bytes lang zijn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attestation needs Windows 10 or later.</source>
        <translation>Voor attestatie is Windows 10 of hoger nodig.</translation>
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
        <translation>De smartcardlezers van deze computer kunnen niet worden geteld.</translation>
    </message>
    <message>
        <source>Win32 error %1</source>
        <translation>Win32-fout %1</translation>
    </message>
    <message numerus="yes">
        <source>%n smart card reader(s) exist already, the most there can be at once. Remove a virtual smart card or unplug a reader first.</source>
        <translation>
            <numerusform>Er bestaat al %n smartcardlezer, het maximale aantal tegelijk. Verwijder eerst een virtuele smartcard of koppel een lezer los.</numerusform>
            <numerusform>Er bestaan al %n smartcardlezers, het maximale aantal tegelijk. Verwijder eerst een virtuele smartcard of koppel een lezer los.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN policy cannot be passed to the manager.</source>
        <translation>Het pincodebeleid kan niet aan de manager worden doorgegeven.</translation>
    </message>
    <message>
        <source>Windows shows the card as the smart card reader &quot;%1&quot;. Applications use it through the Windows smart card service, for example to enroll a certificate or sign in.</source>
        <translation>Windows toont de kaart als de smartcardlezer “%1”. Toepassingen gebruiken de kaart via de smartcardservice van Windows, bijvoorbeeld om een certificaat aan te vragen of om u aan te melden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the instance id of a TPM virtual smart card (ROOT\SMARTCARDREADER\000n).</source>
        <translation>“%1” is niet het exemplaar-id van een virtuele TPM-smartcard (ROOT\SMARTCARDREADER\000n).</translation>
    </message>
    <message>
        <source>The smart card readers could not be listed (Win32 error %1).</source>
        <translation>De smartcardlezers kunnen niet worden weergegeven (Win32-fout %1).</translation>
    </message>
    <message numerus="yes">
        <source>The PIN must be %1 to %n byte(s) long.</source>
        <translation>
            <numerusform>De pincode moet %1 tot %n byte lang zijn.</numerusform>
            <numerusform>De pincode moet %1 tot %n bytes lang zijn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK must be %1 to %n byte(s) long.</source>
        <translation>
            <numerusform>De PUK moet %1 tot %n byte lang zijn.</numerusform>
            <numerusform>De PUK moet %1 tot %n bytes lang zijn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>There is no graphical session to open the wizard in (DISPLAY and WAYLAND_DISPLAY are not set). The commands work without one; see vscwizard --help.</source>
        <translation>Er is geen grafische sessie om de wizard in te openen (DISPLAY en WAYLAND_DISPLAY zijn niet ingesteld). De opdrachten werken zonder; zie vscwizard --help.</translation>
    </message>
    <message>
        <source>There is no translation for &quot;%1&quot;; using English.</source>
        <translation>Er is geen vertaling voor “%1”; Engels wordt gebruikt.</translation>
    </message>
    <message>
        <source>Cannot open the wizard %1: %2. The commands work without it; see vscwizard --help.</source>
        <translation>Kan de wizard %1 niet openen: %2. De opdrachten werken zonder wizard; zie vscwizard --help.</translation>
    </message>
    <message>
        <source>Commands are run by vscwizard, for example: vscwizard %1</source>
        <translation>Opdrachten worden uitgevoerd door vscwizard, bijvoorbeeld: vscwizard %1</translation>
    </message>
    <message>
        <source>Organization policy</source>
        <translation>Organisatiebeleid</translation>
    </message>
    <message>
        <source>Card manager</source>
        <translation>Kaartbeheer</translation>
    </message>
</context>
</TS>
