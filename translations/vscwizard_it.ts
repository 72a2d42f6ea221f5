<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
</context>
<context>
    <name>AdminKey</name>
    <message>
        <source>Character %1 (&apos;%2&apos;) is not a hex digit.</source>
        <translation>Il carattere %1 (“%2”) non è una cifra esadecimale.</translation>
    </message>
    <message numerus="yes">
        <source>The admin key has %n hex digit(s); it needs exactly %1.</source>
        <translation>
            <numerusform>La chiave di amministrazione ha %n cifra esadecimale; ne servono esattamente %1.</numerusform>
            <numerusform>La chiave di amministrazione ha %n cifre esadecimali; ne servono esattamente %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 (&apos;%2&apos;) splits a pair of hex digits; spaces and colons may only stand between pairs.</source>
        <translation>Il carattere %1 (“%2”) divide una coppia di cifre esadecimali; spazi e due punti possono stare solo tra le coppie.</translation>
    </message>
    <message numerus="yes">
        <source>The admin key has %n byte(s); it needs exactly %1.</source>
        <translation>
            <numerusform>La chiave di amministrazione ha %n byte; ne servono esattamente %1.</numerusform>
            <numerusform>La chiave di amministrazione ha %n byte; ne servono esattamente %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>L&apos;opzione %1 richiede un valore.</translation>
    </message>
    <message>
        <source>--sim-delay takes milliseconds from 0 to 600000, not &quot;%1&quot;.</source>
        <translation>--sim-delay accetta millisecondi da 0 a 600000, non “%1”.</translation>
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
        <translation>Opzioni globali:
  --backend NOME       tpm2, windows o simulator (solo per test e dimostrazioni)
  --lang LINGUA        lingua dei messaggi, ad es. it
  --policy FILE        file dei criteri PIN dell&apos;organizzazione
  --tpm QUALE          tpm2: auto, device[:PERCORSO], software[:CARTELLA] o tcti:STRINGA
  --store CARTELLA     tpm2: la cartella dell&apos;archivio dei token
  --sim-state CARTELLA simulator: cartella in cui conserva le sue carte
  --sim-delay MS       simulator: ritardo di ogni passaggio
  --sim-fail ERR[@ST]  simulator: fallisce con l&apos;errore ERR allo stato ST, o con un
                       errore della carta: CARD:ERR[@change-pin|reset-pin|change-puk|status]
</translation>
    </message>
</context>
<context>
    <name>BackendFactory</name>
    <message>
        <source>There is no backend called &quot;%1&quot;. Available: %2.</source>
        <translation>Non esiste alcun backend chiamato “%1”. Disponibili: %2.</translation>
    </message>
    <message>
        <source>software-tpm acts on a software TPM, but --tpm %1 names another TPM. Leave out --tpm, or give --tpm software:FOLDER.</source>
        <translation>software-tpm agisce su un TPM software, ma --tpm %1 indica un altro TPM. Ometti --tpm oppure indica --tpm software:CARTELLA.</translation>
    </message>
    <message>
        <source>The software TPM is only used on Linux.</source>
        <translation>Il TPM software si usa solo su Linux.</translation>
    </message>
</context>
<context>
    <name>CardCommands</name>
    <message>
        <source>%1 takes only --instance ID and --with puk|adminkey; secrets are read from the terminal or from standard input.</source>
        <translation>%1 accetta solo --instance ID e --with puk|adminkey; i segreti vengono letti dal terminale o dallo standard input.</translation>
    </message>
    <message>
        <source>%1 takes only --instance ID; secrets are read from the terminal or from standard input.</source>
        <translation>%1 accetta solo --instance ID; i segreti vengono letti dal terminale o dallo standard input.</translation>
    </message>
    <message>
        <source>%1: --instance needs the instance id shown by &quot;vscwizard status&quot;.</source>
        <translation>%1: --instance richiede l&apos;ID istanza mostrato da “vscwizard status”.</translation>
    </message>
    <message>
        <source>%1: --with needs puk or adminkey.</source>
        <translation>%1: --with richiede puk o adminkey.</translation>
    </message>
    <message>
        <source>%1: --with is given twice.</source>
        <translation>%1: --with è indicato due volte.</translation>
    </message>
    <message>
        <source>%1: --with takes puk or adminkey; the PUK or the admin key itself is read from the terminal or from standard input.</source>
        <translation>%1: --with accetta puk o adminkey; il PUK o la chiave di amministrazione vera e propria vengono letti dal terminale o dallo standard input.</translation>
    </message>
    <message>
        <source>%1 takes exactly one --instance ID.</source>
        <translation>%1 accetta esattamente un&apos;opzione --instance ID.</translation>
    </message>
    <message>
        <source>%1 needs --instance ID (see &quot;vscwizard status&quot;).</source>
        <translation>%1 richiede --instance ID (vedi “vscwizard status”).</translation>
    </message>
    <message>
        <source>The two entries differed three times; nothing was changed.</source>
        <translation>I due inserimenti non corrispondevano per tre volte; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>No card has the instance id %1.</source>
        <translation>Nessuna carta ha l&apos;ID istanza %1.</translation>
    </message>
    <message>
        <source>The card has no PUK: reset its PIN with %1 --with adminkey.</source>
        <translation>La carta non ha un PUK: reimpostane il PIN con %1 --with adminkey.</translation>
    </message>
    <message>
        <source>Nobody knows the card&apos;s admin key: reset its PIN with %1 --with puk.</source>
        <translation>Nessuno conosce la chiave di amministrazione della carta: reimpostane il PIN con %1 --with puk.</translation>
    </message>
    <message>
        <source>The card has no PUK to change.</source>
        <translation>La carta non ha un PUK da cambiare.</translation>
    </message>
    <message>
        <source>Current PIN: </source>
        <translation>PIN attuale: </translation>
    </message>
    <message>
        <source>Standard input ended before the current PIN was read.</source>
        <translation>Lo standard input è terminato prima che venisse letto il PIN attuale.</translation>
    </message>
    <message>
        <source>Current PUK: </source>
        <translation>PUK attuale: </translation>
    </message>
    <message>
        <source>PUK: </source>
        <translation>PUK: </translation>
    </message>
    <message>
        <source>Standard input ended before the PUK was read.</source>
        <translation>Lo standard input è terminato prima che venisse letto il PUK.</translation>
    </message>
    <message>
        <source>Admin key (48 hex digits): </source>
        <translation>Chiave di amministrazione (48 cifre esadecimali): </translation>
    </message>
    <message>
        <source>Standard input ended before the admin key was read.</source>
        <translation>Lo standard input è terminato prima che venisse letta la chiave di amministrazione.</translation>
    </message>
    <message>
        <source>Admin key: %1</source>
        <translation>Chiave di amministrazione: %1</translation>
    </message>
    <message>
        <source>The new PIN must meet these rules:</source>
        <translation>Il nuovo PIN deve rispettare queste regole:</translation>
    </message>
    <message>
        <source>New PIN: </source>
        <translation>Nuovo PIN: </translation>
    </message>
    <message>
        <source>Repeat the new PIN: </source>
        <translation>Ripeti il nuovo PIN: </translation>
    </message>
    <message>
        <source>Standard input ended before the new PIN was read.</source>
        <translation>Lo standard input è terminato prima che venisse letto il nuovo PIN.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avviso: %1</translation>
    </message>
    <message>
        <source>The new PIN breaks these rules:</source>
        <translation>Il nuovo PIN viola queste regole:</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>New PUK: </source>
        <translation>Nuovo PUK: </translation>
    </message>
    <message>
        <source>Repeat the new PUK: </source>
        <translation>Ripeti il nuovo PUK: </translation>
    </message>
    <message>
        <source>Standard input ended before the new PUK was read.</source>
        <translation>Lo standard input è terminato prima che venisse letto il nuovo PUK.</translation>
    </message>
    <message>
        <source>Changed the PIN of the card %1.</source>
        <translation>Il PIN della carta %1 è stato cambiato.</translation>
    </message>
    <message>
        <source>Changed the PIN of the card &quot;%1&quot; (%2).</source>
        <translation>Il PIN della carta “%1” (%2) è stato cambiato.</translation>
    </message>
    <message>
        <source>Changed the PUK of the card %1.</source>
        <translation>Il PUK della carta %1 è stato cambiato.</translation>
    </message>
    <message>
        <source>Changed the PUK of the card &quot;%1&quot; (%2).</source>
        <translation>Il PUK della carta “%1” (%2) è stato cambiato.</translation>
    </message>
    <message>
        <source>status takes only --json.</source>
        <translation>status accetta solo --json.</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; is not an instance id: none is longer than %n character(s) (see &quot;vscwizard status&quot;).</source>
        <extracomment>%1: a command name, kept in English.</extracomment>
        <translation>
            <numerusform>%1: “%2” non è un ID istanza: nessuno è più lungo di %n carattere (vedi “vscwizard status”).</numerusform>
            <numerusform>%1: “%2” non è un ID istanza: nessuno è più lungo di %n caratteri (vedi “vscwizard status”).</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN of the card %1 was reset; it is unblocked.</source>
        <translation>Il PIN della carta %1 è stato reimpostato ed è sbloccato.</translation>
    </message>
    <message>
        <source>The PIN of the card &quot;%1&quot; (%2) was reset; it is unblocked.</source>
        <translation>Il PIN della carta “%1” (%2) è stato reimpostato ed è sbloccato.</translation>
    </message>
</context>
<context>
    <name>CardManagerWindow</name>
    <message>
        <source>Manage virtual smart cards</source>
        <translation>Gestisci smart card virtuali</translation>
    </message>
    <message>
        <source>TPM lockout state</source>
        <translation>Stato di blocco del TPM</translation>
    </message>
    <message>
        <source>Car&amp;ds on this computer:</source>
        <translation>Carte su questo compu&amp;ter:</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Each row is a card: its name, where it lives, its keys, its PIN&apos;s state and how its PIN can be reset.</source>
        <translation>Ogni riga è una carta: nome, posizione, chiavi, stato del PIN e modo in cui il PIN può essere reimpostato.</translation>
    </message>
    <message>
        <source>Reading the cards</source>
        <translation>Lettura delle carte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>Cambia &amp;PIN…</translation>
    </message>
    <message>
        <source>R&amp;eset PIN…</source>
        <translation>R&amp;eimposta PIN…</translation>
    </message>
    <message>
        <source>Change P&amp;UK…</source>
        <translation>Cambia P&amp;UK…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Ri&amp;muovi…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>Reads the cards and the TPM&apos;s lockout state again.</source>
        <translation>Legge di nuovo le carte e lo stato di blocco del TPM.</translation>
    </message>
    <message>
        <source>E&amp;nroll a new card…</source>
        <translation>&amp;Nuova carta…</translation>
    </message>
    <message>
        <source>Opens the wizard that creates a card.</source>
        <translation>Apre la procedura guidata che crea una carta.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>Reading the cards…</source>
        <translation>Lettura delle carte…</translation>
    </message>
    <message>
        <source>The cards could not be read: %1 %2</source>
        <translation>Impossibile leggere le carte: %1 %2</translation>
    </message>
    <message>
        <source>There is no card yet. Enroll a new card to create one.</source>
        <translation>Non ci sono ancora carte. Creane una con Nuova carta.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s).</source>
        <translation>
            <numerusform>%n carta.</numerusform>
            <numerusform>%n carte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a card first.</source>
        <translation>Seleziona prima una carta.</translation>
    </message>
    <message>
        <source>The PIN is blocked; reset it first</source>
        <translation>Il PIN è bloccato; reimpostalo prima</translation>
    </message>
    <message>
        <source>This card can never be reset; remove it and create a new one</source>
        <translation>Questa carta non può mai essere reimpostata; rimuovila e creane una nuova</translation>
    </message>
    <message>
        <source>The PUK is blocked, so this card can no longer be reset; remove it and create a new one</source>
        <translation>Il PUK è bloccato, quindi questa carta non può più essere reimpostata; rimuovila e creane una nuova</translation>
    </message>
    <message>
        <source>This card has no PUK</source>
        <translation>Questa carta non ha un PUK</translation>
    </message>
    <message>
        <source>The PUK is blocked</source>
        <translation>Il PUK è bloccato</translation>
    </message>
    <message>
        <source>Sets a new PIN; the current PIN is needed.</source>
        <translation>Imposta un nuovo PIN; serve il PIN attuale.</translation>
    </message>
    <message>
        <source>Sets a new PIN without the current one, with the PUK or the admin key.</source>
        <translation>Imposta un nuovo PIN senza quello attuale, con il PUK o la chiave di amministrazione.</translation>
    </message>
    <message>
        <source>Sets a new PUK; the current PUK is needed.</source>
        <translation>Imposta un nuovo PUK; serve il PUK attuale.</translation>
    </message>
    <message>
        <source>Removes the card and destroys its keys.</source>
        <translation>Rimuove la carta e ne distrugge le chiavi.</translation>
    </message>
</context>
<context>
    <name>CardNamePage</name>
    <message>
        <source>Card Name</source>
        <translation>Nome della carta</translation>
    </message>
    <message>
        <source>Choose a name that helps you recognize the card.</source>
        <translation>Scegli un nome che ti aiuti a riconoscere la carta.</translation>
    </message>
    <message>
        <source>Card na&amp;me:</source>
        <translation>No&amp;me della carta:</translation>
    </message>
    <message>
        <source>Card name</source>
        <translation>Nome della carta</translation>
    </message>
    <message>
        <source>The name shown for the card, for example in the list of security devices of a browser.</source>
        <translation>Il nome mostrato per la carta, ad esempio nell&apos;elenco dei dispositivi di sicurezza di un browser.</translation>
    </message>
    <message>
        <source>For example: Work laptop</source>
        <translation>Ad esempio: Portatile di lavoro</translation>
    </message>
    <message>
        <source>Name check</source>
        <translation>Verifica del nome</translation>
    </message>
    <message numerus="yes">
        <source>The name can have at most %n character(s).</source>
        <translation>
            <numerusform>Il nome può contenere al massimo %n carattere.</numerusform>
            <numerusform>Il nome può contenere al massimo %n caratteri.</numerusform>
        </translation>
    </message>
    <message>
        <source>A card named “%1” already exists. Choose another name.</source>
        <translation>Esiste già una carta chiamata “%1”. Scegli un altro nome.</translation>
    </message>
    <message>
        <source>This name can be used.</source>
        <translation>Questo nome può essere usato.</translation>
    </message>
</context>
<context>
    <name>CardRules</name>
    <message>
        <source>Enter a name for the card.</source>
        <translation>Immetti un nome per la carta.</translation>
    </message>
    <message>
        <source>The name contains a character that is not shown, such as a tab, a line break or a writing-direction mark. Remove it.</source>
        <translation>Il nome contiene un carattere non visibile, come una tabulazione, un a capo o un segno di direzione della scrittura. Rimuovilo.</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: it can have at most %n character(s).</source>
        <translation>
            <numerusform>Il nome è troppo lungo: può contenere al massimo %n carattere.</numerusform>
            <numerusform>Il nome è troppo lungo: può contenere al massimo %n caratteri.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: a card name holds %n byte(s) in UTF-8, where letters beyond ASCII take two to four; this one takes %1.</source>
        <translation>
            <numerusform>Il nome è troppo lungo: un nome di carta occupa al massimo %n byte in UTF-8, dove le lettere oltre l&apos;ASCII ne occupano da due a quattro; questo ne occupa %1.</numerusform>
            <numerusform>Il nome è troppo lungo: un nome di carta occupa al massimo %n byte in UTF-8, dove le lettere oltre l&apos;ASCII ne occupano da due a quattro; questo ne occupa %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name starts or ends with a space. Remove it.</source>
        <translation>Il nome inizia o termina con uno spazio. Rimuovilo.</translation>
    </message>
    <message>
        <source>The name is not valid UTF-8 text. Type it again in a terminal that uses UTF-8.</source>
        <translation>Il nome non è un testo UTF-8 valido. Digitalo di nuovo in un terminale che usa UTF-8.</translation>
    </message>
    <message>
        <source>The PIN breaks these rules: %1</source>
        <translation>Il PIN viola queste regole: %1</translation>
    </message>
    <message>
        <source>This PIN is one of the most common PINs, which whoever finds the card tries first. Choose one that is harder to guess.</source>
        <translation>Questo PIN è uno dei più comuni, quelli che chiunque trovi la carta prova per primi. Scegline uno più difficile da indovinare.</translation>
    </message>
    <message>
        <source>The PIN contains a NUL byte or bytes that are not UTF-8 text; other programs could not type it.</source>
        <translation>Il PIN contiene un byte NUL o byte che non sono testo UTF-8; altri programmi non potrebbero digitarlo.</translation>
    </message>
    <message>
        <source>The PUK contains a NUL byte or bytes that are not UTF-8 text; other programs could not type it.</source>
        <translation>Il PUK contiene un byte NUL o byte che non sono testo UTF-8; altri programmi non potrebbero digitarlo.</translation>
    </message>
    <message>
        <source>The PUK is the same as the PIN. Choose a different PUK: it must unlock the card when the PIN is forgotten or blocked.</source>
        <translation>Il PUK è uguale al PIN. Scegli un PUK diverso: deve sbloccare la carta quando il PIN è dimenticato o bloccato.</translation>
    </message>
    <message numerus="yes">
        <source>The PUK must have %1 to %n character(s).</source>
        <translation>
            <numerusform>Il PUK deve avere da %1 a %n carattere.</numerusform>
            <numerusform>Il PUK deve avere da %1 a %n caratteri.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK is too long: a PUK can have at most %n byte(s) in UTF-8, where letters such as ä or € take two or three; this one takes %1.</source>
        <extracomment>%n: the most bytes any PUK may have; %1: the bytes this PUK takes.</extracomment>
        <translation>
            <numerusform>Il PUK è troppo lungo: un PUK può avere al massimo %n byte in UTF-8, dove lettere come ä o € ne occupano due o tre; questo ne occupa %1.</numerusform>
            <numerusform>Il PUK è troppo lungo: un PUK può avere al massimo %n byte in UTF-8, dove lettere come ä o € ne occupano due o tre; questo ne occupa %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardTableModel</name>
    <message>
        <source>Instance id: %1</source>
        <translation>ID istanza: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Chiavi</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recupero</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Posizione</translation>
    </message>
</context>
<context>
    <name>CardText</name>
    <message>
        <source>TPM of this computer</source>
        <translation>TPM di questo computer</translation>
    </message>
    <message>
        <source>Software TPM</source>
        <translation>TPM software</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulatore</translation>
    </message>
    <message numerus="yes">
        <source>PIN set; %n try(ies) left</source>
        <translation>
            <numerusform>PIN impostato; %n tentativo rimanente</numerusform>
            <numerusform>PIN impostato; %n tentativi rimanenti</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>PIN impostato</translation>
    </message>
    <message>
        <source>No PIN set</source>
        <translation>Nessun PIN impostato</translation>
    </message>
    <message>
        <source>PIN blocked</source>
        <translation>PIN bloccato</translation>
    </message>
    <message>
        <source>Cannot be reset</source>
        <extracomment>The subject is the card (the virtual smart card): its PIN cannot be reset. A table cell.</extracomment>
        <translation>Non reimpostabile</translation>
    </message>
    <message>
        <source>PUK, or the default admin key</source>
        <translation>PUK o chiave di amministrazione predefinita</translation>
    </message>
    <message>
        <source>Default admin key</source>
        <translation>Chiave di amministrazione predefinita</translation>
    </message>
    <message>
        <source>PUK, or the admin key</source>
        <translation>PUK o chiave di amministrazione</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Chiave di amministrazione</translation>
    </message>
    <message>
        <source>PUK</source>
        <extracomment>PUK: PIN Unblocking Key, the secret that resets a blocked PIN.</extracomment>
        <translation>PUK</translation>
    </message>
    <message>
        <source>The TPM&apos;s lockout state is not known.</source>
        <translation>Lo stato di blocco del TPM non è noto.</translation>
    </message>
    <message numerus="yes">
        <source>No wrong PINs counted by the TPM (it locks after %n).</source>
        <translation>
            <numerusform>Nessun PIN errato contato dal TPM (si blocca dopo %n).</numerusform>
            <numerusform>Nessun PIN errato contato dal TPM (si blocca dopo %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>location</comment>
        <extracomment>Where the card is kept (a TPM, the simulator) is not known. A table cell of the Location column.</extracomment>
        <translation>Sconosciuta</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>PIN state</comment>
        <extracomment>The state of the card&apos;s PIN (set, blocked) is not known. A table cell of the PIN column.</extracomment>
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>recovery</comment>
        <extracomment>How the card&apos;s PIN can be reset is not known. A table cell of the Recovery column.</extracomment>
        <translation>Sconosciuto</translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n second(s), on every card.</source>
        <translation>
            <numerusform>Il TPM è bloccato dopo troppi PIN errati: accetterà di nuovo i PIN tra %n secondo, su tutte le carte.</numerusform>
            <numerusform>Il TPM è bloccato dopo troppi PIN errati: accetterà di nuovo i PIN tra %n secondi, su tutte le carte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n minute(s), on every card.</source>
        <translation>
            <numerusform>Il TPM è bloccato dopo troppi PIN errati: accetterà di nuovo i PIN tra %n minuto, su tutte le carte.</numerusform>
            <numerusform>Il TPM è bloccato dopo troppi PIN errati: accetterà di nuovo i PIN tra %n minuti, su tutte le carte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n hour(s), on every card.</source>
        <translation>
            <numerusform>Il TPM è bloccato dopo troppi PIN errati: accetterà di nuovo i PIN tra %n ora, su tutte le carte.</numerusform>
            <numerusform>Il TPM è bloccato dopo troppi PIN errati: accetterà di nuovo i PIN tra %n ore, su tutte le carte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n second(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>Il TPM ha contato %1 PIN errati su %2, sommando tutte le sue carte. Il conteggio scende di uno ogni %n secondo.</numerusform>
            <numerusform>Il TPM ha contato %1 PIN errati su %2, sommando tutte le sue carte. Il conteggio scende di uno ogni %n secondi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n minute(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>Il TPM ha contato %1 PIN errati su %2, sommando tutte le sue carte. Il conteggio scende di uno ogni %n minuto.</numerusform>
            <numerusform>Il TPM ha contato %1 PIN errati su %2, sommando tutte le sue carte. Il conteggio scende di uno ogni %n minuti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n hour(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>Il TPM ha contato %1 PIN errati su %2, sommando tutte le sue carte. Il conteggio scende di uno ogni %n ora.</numerusform>
            <numerusform>Il TPM ha contato %1 PIN errati su %2, sommando tutte le sue carte. Il conteggio scende di uno ogni %n ore.</numerusform>
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
        <translation>Utilizzo: vscwizard [OPZIONI GLOBALI] [COMANDO [OPZIONI]]
Senza un comando si apre la procedura guidata di creazione.

Comandi:
  create --name NOME [--pin prompt|default] [--puk prompt|default|none]
         [--adminkey default|random|prompt] [--generate]
         [--pinpolicy minlen N maxlen N CLASSE REGOLA ...]
      Crea una smart card virtuale e ne stampa l&apos;ID istanza.
      CLASSE è uppercase, lowercase, digits, special o other; REGOLA è allow,
      require o disallow. Predefiniti: --pin prompt, --puk none, --adminkey default;
      il PIN e il PUK predefiniti sono quelli di tpmvscmgr. --adminkey random crea una
      carta che non può mai essere reimpostata, solo rimossa. Con tpm2 (Linux) il PUK
      prende il posto della chiave di amministrazione: una carta con PUK non ne ha.
  destroy --instance ID
      Rimuove una smart card virtuale.
  list [--json]
      Mostra le smart card virtuali.
  status [--json]
      Mostra lo stato del PIN di ogni carta (tentativi rimanenti, bloccato), come può essere
      reimpostato e lo stato di blocco del TPM, senza consumare tentativi.
  change-pin --instance ID
      Cambia il PIN di una carta; legge il PIN attuale, poi il nuovo PIN.
  reset-pin --instance ID [--with puk|adminkey]
      Imposta un nuovo PIN, anche su una carta bloccata; legge il PUK (o la chiave di
      amministrazione come 48 cifre esadecimali), poi il nuovo PIN. Predefinito: --with puk
      se la carta ha un PUK, altrimenti --with adminkey.
  change-puk --instance ID
      Cambia il PUK di una carta; legge il PUK attuale, poi il nuovo PUK.
  explain CODICE|NOME
      Spiega il significato di un TPMVSCMGR_ERROR o di un TPMVSCMGR_STATUS.
  software-tpm start|stop|status
      Controlla il TPM software dell&apos;utente, che contiene le carte dove non è utilizzabile
      alcun TPM hardware (Linux). Le sue chiavi non sono protette dall&apos;hardware.
  --help, --version

I segreti non vengono mai presi dalla riga di comando. “prompt” li legge dal terminale
senza eco, chiedendoli due volte; se lo standard input non è un terminale, viene letta
una riga per ogni segreto richiesto, nell&apos;ordine PIN, PUK, chiave di amministrazione
(48 cifre esadecimali) per create, e nell&apos;ordine indicato sopra per gli altri comandi.
Ogni nuovo PIN deve rispettare i criteri dell&apos;organizzazione (--policy).

Opzioni di tutti i comandi:
  --verbose            mostra l&apos;avanzamento anche se lo standard error non è un terminale

Ctrl+C annulla l&apos;operazione in corso; nulla resta a metà.

Stato di uscita: 0 riuscito, 1 altro errore, 2 utilizzo errato, 3 annullato,
10 + N per TPMVSCMGR_ERROR N (vedi “vscwizard explain N”),
40 + N per un errore della carta di change-pin, reset-pin, change-puk e status: 41 PIN
errato, 42 PUK errato, 43 chiave di amministrazione errata, 44 PIN bloccato, 45 PUK bloccato,
46 nuovo PIN rifiutato, 47 nuovo PUK rifiutato, 48 non reimpostabile, 49 carta inesistente,
50 blocco del TPM, 51 non possibile qui, 52 altro errore della carta.
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
        <translation>Simulatore (solo per test e dimostrazioni; nessuna carta viene creata davvero):
  --sim-fail ERRORE[@STATO] fallisce una volta per processo con ERRORE allo STATO (nomi senza il
  prefisso TPMVSCMGR_, ad es. GENERATE_FILESYSTEM@GENERATE_RUNNING; senza @STATO al
  primo passaggio). L&apos;errore si verifica una sola volta: un nuovo tentativo nello stesso processo riesce.
  --sim-fail CARD:ERRORE[@OPERAZIONE] fa fallire una volta un&apos;operazione della carta con un errore
  della carta (WRONG_PIN, WRONG_PUK, WRONG_ADMIN_KEY, PIN_BLOCKED, PUK_BLOCKED, NEW_PIN_REFUSED,
  NEW_PUK_REFUSED, CANNOT_RESET, CARD_NOT_FOUND, TPM_LOCKOUT, UNSUPPORTED, FAILED) durante
  change-pin, reset-pin, change-puk o status (senza @: al primo cambio o alla prima reimpostazione);
  sulla carta non cambia nulla.
  --sim-delay MS attende prima di ogni stato; un annullamento ha effetto allo stato successivo.
</translation>
    </message>
    <message>
        <source>software-tpm takes one of start, stop or status.</source>
        <extracomment>software-tpm, start, stop and status are typed as they are: do not translate them.</extracomment>
        <translation>software-tpm accetta uno tra start, stop o status.</translation>
    </message>
    <message>
        <source>This program has no software TPM.</source>
        <translation>Questo programma non ha un TPM software.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nessun comando indicato.</translation>
    </message>
    <message>
        <source>Unknown command. The commands are create, destroy, list, status, change-pin, reset-pin, change-puk, explain and software-tpm.</source>
        <translation>Comando sconosciuto. I comandi sono create, destroy, list, status, change-pin, reset-pin, change-puk, explain e software-tpm.</translation>
    </message>
</context>
<context>
    <name>ClientRegistration</name>
    <message>
        <source>The file %1 is not the program&apos;s own; it is left as it is.</source>
        <translation>Il file %1 non appartiene al programma; viene lasciato com&apos;è.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>list takes only --json.</source>
        <translation>list accetta solo --json.</translation>
    </message>
    <message>
        <source>destroy: --instance needs the instance id shown by &quot;vscwizard list&quot;.</source>
        <translation>destroy: --instance richiede l&apos;ID istanza mostrato da “vscwizard list”.</translation>
    </message>
    <message>
        <source>destroy takes only --instance ID.</source>
        <translation>destroy accetta solo --instance ID.</translation>
    </message>
    <message>
        <source>destroy takes exactly one --instance ID.</source>
        <translation>destroy accetta esattamente un&apos;opzione --instance ID.</translation>
    </message>
    <message>
        <source>destroy needs --instance ID (see &quot;vscwizard list&quot;).</source>
        <translation>destroy richiede --instance ID (vedi “vscwizard list”).</translation>
    </message>
    <message>
        <source>Removed the virtual smart card %1.</source>
        <translation>La smart card virtuale %1 è stata rimossa.</translation>
    </message>
    <message>
        <source>Restart the computer to finish removing the card.</source>
        <translation>Riavvia il computer per completare la rimozione della carta.</translation>
    </message>
    <message>
        <source>explain takes one error or status, as a name or a number.</source>
        <translation>explain accetta un errore o uno stato, come nome o come numero.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a TPMVSCMGR_ERROR nor a TPMVSCMGR_STATUS name or number.</source>
        <translation>“%1” non è né un nome né un numero di TPMVSCMGR_ERROR o TPMVSCMGR_STATUS.</translation>
    </message>
    <message>
        <source>Error %1: TPMVSCMGR_ERROR_%2</source>
        <translation>Errore %1: TPMVSCMGR_ERROR_%2</translation>
    </message>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message>
        <source>  vscwizard exits with status %1 on this error.</source>
        <translation>  vscwizard termina con lo stato di uscita %1 per questo errore.</translation>
    </message>
    <message>
        <source>Status %1: TPMVSCMGR_STATUS_%2</source>
        <translation>Stato %1: TPMVSCMGR_STATUS_%2</translation>
    </message>
    <message numerus="yes">
        <source>destroy: &quot;%1&quot; is not an instance id: none is longer than %n character(s) (see &quot;vscwizard list&quot;).</source>
        <translation>
            <numerusform>destroy: “%1” non è un ID istanza: nessuno è più lungo di %n carattere (vedi “vscwizard list”).</numerusform>
            <numerusform>destroy: “%1” non è un ID istanza: nessuno è più lungo di %n caratteri (vedi “vscwizard list”).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateCommand</name>
    <message>
        <source>%1 takes one of: %2. Secrets are read from the terminal or from standard input, never from the command line.</source>
        <extracomment>%1 is an option such as --pin, %2 its keywords (prompt, stdin), typed as they are.</extracomment>
        <translation>%1 accetta uno tra: %2. I segreti vengono letti dal terminale o dallo standard input, mai dalla riga di comando.</translation>
    </message>
    <message>
        <source>--pinpolicy needs rules, e.g. --pinpolicy minlen 6 digits require.</source>
        <translation>--pinpolicy richiede delle regole, ad es. --pinpolicy minlen 6 digits require.</translation>
    </message>
    <message>
        <source>--pinpolicy: &quot;%1&quot; needs a value.</source>
        <translation>--pinpolicy: “%1” richiede un valore.</translation>
    </message>
    <message>
        <source>--pinpolicy: &quot;%1&quot; is not a rule; use minlen, maxlen, uppercase, lowercase, digits, special or other.</source>
        <translation>--pinpolicy: “%1” non è una regola; usa minlen, maxlen, uppercase, lowercase, digits, special o other.</translation>
    </message>
    <message>
        <source>--pinpolicy: %1 is given twice; give each rule once.</source>
        <translation>--pinpolicy: %1 è indicato due volte; indica ogni regola una sola volta.</translation>
    </message>
    <message>
        <source>--pinpolicy: %1 takes a number, not &quot;%2&quot;.</source>
        <translation>--pinpolicy: %1 accetta un numero, non “%2”.</translation>
    </message>
    <message>
        <source>--pinpolicy: %1 takes allow, require or disallow, not &quot;%2&quot;.</source>
        <translation>--pinpolicy: %1 accetta allow, require o disallow, non “%2”.</translation>
    </message>
    <message>
        <source>--pinpolicy: %1</source>
        <translation>--pinpolicy: %1</translation>
    </message>
    <message>
        <source>create: unexpected argument number %1; only options are taken.</source>
        <translation>create: argomento inatteso numero %1; sono accettate solo opzioni.</translation>
    </message>
    <message>
        <source>create: %1 is given twice.</source>
        <translation>create: %1 è indicato due volte.</translation>
    </message>
    <message>
        <source>create: --generate takes no value.</source>
        <translation>create: --generate non accetta valori.</translation>
    </message>
    <message>
        <source>create: unknown option %1.</source>
        <translation>create: opzione sconosciuta %1.</translation>
    </message>
    <message>
        <source>create: %1 needs a value.</source>
        <translation>create: %1 richiede un valore.</translation>
    </message>
    <message>
        <source>create needs --name NAME.</source>
        <translation>create richiede --name NOME.</translation>
    </message>
    <message>
        <source>The organization policy %1 sets the PIN rules; --pinpolicy cannot change them.</source>
        <translation>I criteri dell&apos;organizzazione %1 stabiliscono le regole del PIN; --pinpolicy non può cambiarle.</translation>
    </message>
    <message>
        <source>The organization policy %1 requires a PUK: add --puk prompt or --puk default.</source>
        <translation>I criteri dell&apos;organizzazione %1 richiedono un PUK: aggiungi --puk prompt o --puk default.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow a publicly known recovery secret, and on the %2 backend the PUK is the card&apos;s only one: use --puk prompt.</source>
        <translation>I criteri dell&apos;organizzazione %1 non consentono un segreto di recupero noto pubblicamente, e con il backend %2 il PUK è l&apos;unico della carta: usa --puk prompt.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow the default admin key: add --adminkey prompt or --adminkey random.</source>
        <translation>I criteri dell&apos;organizzazione %1 non consentono la chiave di amministrazione predefinita: aggiungi --adminkey prompt o --adminkey random.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow the default admin key: add --adminkey prompt.</source>
        <translation>I criteri dell&apos;organizzazione %1 non consentono la chiave di amministrazione predefinita: aggiungi --adminkey prompt.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow a random admin key: add --adminkey prompt or --adminkey default.</source>
        <translation>I criteri dell&apos;organizzazione %1 non consentono una chiave di amministrazione casuale: aggiungi --adminkey prompt o --adminkey default.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow a random admin key: add --adminkey prompt.</source>
        <translation>I criteri dell&apos;organizzazione %1 non consentono una chiave di amministrazione casuale: aggiungi --adminkey prompt.</translation>
    </message>
    <message>
        <source>Or give the card a PUK with --puk prompt: on the %1 backend it takes the admin key&apos;s place.</source>
        <translation>Oppure assegna alla carta un PUK con --puk prompt: con il backend %1 prende il posto della chiave di amministrazione.</translation>
    </message>
    <message>
        <source>--adminkey prompt would ask for a key that is never used: on the %1 backend the PUK takes the admin key&apos;s place. Leave out --adminkey, or use --puk none to protect the card with an admin key instead.</source>
        <translation>--adminkey prompt chiederebbe una chiave che non viene mai usata: con il backend %1 il PUK prende il posto della chiave di amministrazione. Ometti --adminkey, oppure usa --puk none per proteggere invece la carta con una chiave di amministrazione.</translation>
    </message>
    <message>
        <source>Note: on the %1 backend the PUK takes the admin key&apos;s place; --adminkey is ignored.</source>
        <translation>Nota: con il backend %1 il PUK prende il posto della chiave di amministrazione; --adminkey viene ignorato.</translation>
    </message>
    <message>
        <source>The two entries differed three times; nothing was created.</source>
        <translation>I due inserimenti non corrispondevano per tre volte; non è stato creato nulla.</translation>
    </message>
    <message>
        <source>The PIN must meet these rules:</source>
        <translation>Il PIN deve rispettare queste regole:</translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation>PIN: </translation>
    </message>
    <message>
        <source>Repeat the PIN: </source>
        <translation>Ripeti il PIN: </translation>
    </message>
    <message>
        <source>Standard input ended before the PIN was read.</source>
        <translation>Lo standard input è terminato prima che venisse letto il PIN.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avviso: %1</translation>
    </message>
    <message>
        <source>The PIN breaks these rules:</source>
        <translation>Il PIN viola queste regole:</translation>
    </message>
    <message>
        <source>PUK: </source>
        <translation>PUK: </translation>
    </message>
    <message>
        <source>Repeat the PUK: </source>
        <translation>Ripeti il PUK: </translation>
    </message>
    <message>
        <source>Standard input ended before the PUK was read.</source>
        <translation>Lo standard input è terminato prima che venisse letto il PUK.</translation>
    </message>
    <message>
        <source>The admin key beside the PUK is random and kept nowhere: only the PUK can reset this card.</source>
        <translation>La chiave di amministrazione associata al PUK è casuale e non viene conservata da nessuna parte: solo il PUK può reimpostare questa carta.</translation>
    </message>
    <message>
        <source>The admin key is random and kept nowhere: this card can never be reset, only removed.</source>
        <translation>La chiave di amministrazione è casuale e non viene conservata da nessuna parte: questa carta non potrà mai essere reimpostata, solo rimossa.</translation>
    </message>
    <message>
        <source>Admin key (48 hex digits): </source>
        <translation>Chiave di amministrazione (48 cifre esadecimali): </translation>
    </message>
    <message>
        <source>Repeat the admin key: </source>
        <translation>Ripeti la chiave di amministrazione: </translation>
    </message>
    <message>
        <source>Standard input ended before the admin key was read.</source>
        <translation>Lo standard input è terminato prima che venisse letta la chiave di amministrazione.</translation>
    </message>
    <message>
        <source>Admin key: %1</source>
        <translation>Chiave di amministrazione: %1</translation>
    </message>
    <message>
        <source>Admin key check value (KCV): %1</source>
        <translation>Valore di controllo (KCV) della chiave di amministrazione: %1</translation>
    </message>
    <message>
        <source>Created the virtual smart card &quot;%1&quot; (%2).</source>
        <translation>La smart card virtuale “%1” (%2) è stata creata.</translation>
    </message>
    <message>
        <source>The card has the default PIN; change it before you rely on the card.</source>
        <translation>La carta ha il PIN predefinito; cambialo prima di affidarti alla carta.</translation>
    </message>
    <message>
        <source>Restart the computer before applications can use the card.</source>
        <translation>Riavvia il computer prima che le applicazioni possano usare la carta.</translation>
    </message>
</context>
<context>
    <name>EnrollmentWizard</name>
    <message>
        <source>Create a Virtual Smart Card</source>
        <translation>Crea una smart card virtuale</translation>
    </message>
    <message>
        <source>Virtual smart card wizard</source>
        <translation>Procedura guidata smart card virtuale</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>Could not act on your behalf</source>
        <translation>Impossibile agire per tuo conto</translation>
    </message>
    <message>
        <source>The smart card service could not act with the rights of your user account, so it could not work on the card.</source>
        <translation>Il servizio smart card non ha potuto agire con i diritti del tuo account utente, quindi non ha potuto lavorare sulla carta.</translation>
    </message>
    <message>
        <source>Sign out and sign in again, then retry. If it keeps failing, ask your administrator whether your account may manage smart cards on this computer.</source>
        <translation>Esci e accedi di nuovo, poi riprova. Se il problema persiste, chiedi all&apos;amministratore se il tuo account può gestire le smart card su questo computer.</translation>
    </message>
    <message>
        <source>PIN or PUK does not meet the rules</source>
        <translation>Il PIN o il PUK non rispetta le regole</translation>
    </message>
    <message>
        <source>The PIN or the PUK does not meet your organization&apos;s rules for their length or the kinds of characters they contain.</source>
        <translation>Il PIN o il PUK non rispetta le regole dell&apos;organizzazione sulla lunghezza o sui tipi di caratteri che contengono.</translation>
    </message>
    <message>
        <source>Choose a PIN and a PUK that meet every rule: those of the organization policy (--policy) and of --pinpolicy.</source>
        <translation>Scegli un PIN e un PUK che rispettino tutte le regole: quelle dei criteri dell&apos;organizzazione (--policy) e quelle di --pinpolicy.</translation>
    </message>
    <message>
        <source>Go back and choose a PIN and a PUK that meet every rule listed on the PIN page.</source>
        <translation>Torna indietro e scegli un PIN e un PUK che rispettino tutte le regole elencate nella pagina del PIN.</translation>
    </message>
    <message>
        <source>Too many smart cards</source>
        <translation>Troppe smart card</translation>
    </message>
    <message>
        <source>This computer already has as many smart cards as it can use at once (10, counting physical and virtual cards).</source>
        <translation>Questo computer ha già tutte le smart card che può usare contemporaneamente (10, contando carte fisiche e virtuali).</translation>
    </message>
    <message>
        <source>Remove a virtual smart card you no longer need or unplug a smart card reader, then try again.</source>
        <translation>Rimuovi una smart card virtuale che non ti serve più o scollega un lettore di smart card, poi riprova.</translation>
    </message>
    <message>
        <source>Not possible in a remote session</source>
        <translation>Non possibile in una sessione remota</translation>
    </message>
    <message>
        <source>Virtual smart cards cannot be created or removed from a remote desktop session.</source>
        <translation>Le smart card virtuali non possono essere create o rimosse da una sessione Desktop remoto.</translation>
    </message>
    <message>
        <source>Sign in at the computer itself, not through a remote desktop connection, and try again.</source>
        <translation>Accedi direttamente al computer, non tramite una connessione Desktop remoto, e riprova.</translation>
    </message>
    <message>
        <source>The TPM is not ready for smart cards</source>
        <translation>Il TPM non è pronto per le smart card</translation>
    </message>
    <message>
        <source>The part of the system that keeps smart cards in the TPM (Trusted Platform Module) could not be started.</source>
        <translation>Non è stato possibile avviare la parte del sistema che conserva le smart card nel TPM (Trusted Platform Module).</translation>
    </message>
    <message>
        <source>Check that the TPM is turned on and ready (in the firmware settings or with your administrator), restart the computer and try again.</source>
        <translation>Verifica che il TPM sia attivato e pronto (nelle impostazioni del firmware o con l&apos;amministratore), riavvia il computer e riprova.</translation>
    </message>
    <message>
        <source>The card&apos;s storage could not be created</source>
        <translation>Impossibile creare lo spazio di archiviazione della carta</translation>
    </message>
    <message>
        <source>The TPM could not create the protected storage that holds the virtual smart card&apos;s keys.</source>
        <translation>Il TPM non ha potuto creare lo spazio di archiviazione protetto che contiene le chiavi della smart card virtuale.</translation>
    </message>
    <message>
        <source>Make sure the TPM is not locked after too many wrong attempts and has room for another card, then try again.</source>
        <translation>Assicurati che il TPM non sia bloccato dopo troppi tentativi errati e che abbia spazio per un&apos;altra carta, poi riprova.</translation>
    </message>
    <message>
        <source>The card&apos;s storage could not be removed</source>
        <translation>Impossibile rimuovere lo spazio di archiviazione della carta</translation>
    </message>
    <message>
        <source>The TPM could not delete the protected storage of the virtual smart card.</source>
        <translation>Il TPM non ha potuto eliminare lo spazio di archiviazione protetto della smart card virtuale.</translation>
    </message>
    <message>
        <source>Restart the computer and try removing the card again.</source>
        <translation>Riavvia il computer e prova di nuovo a rimuovere la carta.</translation>
    </message>
    <message>
        <source>Card emulation could not start</source>
        <translation>Impossibile avviare l&apos;emulazione della carta</translation>
    </message>
    <message>
        <source>The software that makes the TPM behave like a smart card could not be started.</source>
        <translation>Non è stato possibile avviare il software che fa funzionare il TPM come una smart card.</translation>
    </message>
    <message>
        <source>Restart the computer and try again. If it keeps failing, reinstall or update the smart card software.</source>
        <translation>Riavvia il computer e riprova. Se il problema persiste, reinstalla o aggiorna il software delle smart card.</translation>
    </message>
    <message>
        <source>Card emulation could not be set up</source>
        <translation>Impossibile configurare l&apos;emulazione della carta</translation>
    </message>
    <message>
        <source>The software that makes the TPM behave like a smart card could not set up this card.</source>
        <translation>Il software che fa funzionare il TPM come una smart card non ha potuto configurare questa carta.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, restart the computer first.</source>
        <translation>Riprova. Se il problema persiste, riavvia prima il computer.</translation>
    </message>
    <message>
        <source>Card emulation could not be removed</source>
        <translation>Impossibile rimuovere l&apos;emulazione della carta</translation>
    </message>
    <message>
        <source>The software that makes the TPM behave like a smart card could not remove this card.</source>
        <translation>Il software che fa funzionare il TPM come una smart card non ha potuto rimuovere questa carta.</translation>
    </message>
    <message>
        <source>Restart the computer, then try removing the card again.</source>
        <translation>Riavvia il computer, poi prova di nuovo a rimuovere la carta.</translation>
    </message>
    <message>
        <source>Card settings could not be saved</source>
        <translation>Impossibile salvare le impostazioni della carta</translation>
    </message>
    <message>
        <source>A setting of the card, such as its name or its PIN rules, could not be stored.</source>
        <translation>Non è stato possibile salvare un&apos;impostazione della carta, come il nome o le regole del PIN.</translation>
    </message>
    <message>
        <source>Check that the disk is not full and that the card&apos;s storage is writable, then try again.</source>
        <translation>Verifica che il disco non sia pieno e che lo spazio di archiviazione della carta sia scrivibile, poi riprova.</translation>
    </message>
    <message>
        <source>Card settings could not be read</source>
        <translation>Impossibile leggere le impostazioni della carta</translation>
    </message>
    <message>
        <source>A setting of the card could not be read back, so the card could not be found or checked.</source>
        <translation>Non è stato possibile rileggere un&apos;impostazione della carta, quindi la carta non è stata trovata o verificata.</translation>
    </message>
    <message>
        <source>Check that the card still exists (another program may have removed it), then try again.</source>
        <translation>Verifica che la carta esista ancora (un altro programma potrebbe averla rimossa), poi riprova.</translation>
    </message>
    <message>
        <source>The virtual reader could not start</source>
        <translation>Impossibile avviare il lettore virtuale</translation>
    </message>
    <message>
        <source>The virtual smart card reader, through which programs reach the card, could not be started.</source>
        <translation>Non è stato possibile avviare il lettore di smart card virtuale, tramite il quale i programmi raggiungono la carta.</translation>
    </message>
    <message>
        <source>Check that the smart card service is running, or restart the computer, and try again.</source>
        <translation>Verifica che il servizio smart card sia in esecuzione, oppure riavvia il computer, e riprova.</translation>
    </message>
    <message>
        <source>The virtual reader could not be created</source>
        <translation>Impossibile creare il lettore virtuale</translation>
    </message>
    <message>
        <source>The virtual smart card reader for the new card could not be added.</source>
        <translation>Non è stato possibile aggiungere il lettore di smart card virtuale per la nuova carta.</translation>
    </message>
    <message>
        <source>Restart the computer and try again. Remove cards you no longer use if there are many.</source>
        <translation>Riavvia il computer e riprova. Se le carte sono molte, rimuovi quelle che non usi più.</translation>
    </message>
    <message>
        <source>The virtual reader could not be removed</source>
        <translation>Impossibile rimuovere il lettore virtuale</translation>
    </message>
    <message>
        <source>The virtual smart card reader of this card could not be removed.</source>
        <translation>Non è stato possibile rimuovere il lettore di smart card virtuale di questa carta.</translation>
    </message>
    <message>
        <source>Restart the computer, which usually removes the reader, and try again if the card is still listed.</source>
        <translation>Riavvia il computer, operazione che di solito rimuove il lettore, e riprova se la carta è ancora elencata.</translation>
    </message>
    <message>
        <source>Could not connect to the new card</source>
        <translation>Impossibile connettersi alla nuova carta</translation>
    </message>
    <message>
        <source>The new card could not be reached to set up its contents.</source>
        <translation>Non è stato possibile raggiungere la nuova carta per configurarne il contenuto.</translation>
    </message>
    <message>
        <source>Wait a moment and try again. If it keeps failing, restart the computer.</source>
        <translation>Attendi un momento e riprova. Se il problema persiste, riavvia il computer.</translation>
    </message>
    <message>
        <source>The card&apos;s contents could not be prepared</source>
        <translation>Impossibile preparare il contenuto della carta</translation>
    </message>
    <message>
        <source>The file system or the keys of the new card could not be generated.</source>
        <translation>Non è stato possibile generare il file system o le chiavi della nuova carta.</translation>
    </message>
    <message>
        <source>Try again, or create the card without generating its contents and generate them later.</source>
        <translation>Riprova, oppure crea la carta senza generarne il contenuto e generalo in seguito.</translation>
    </message>
    <message>
        <source>Unable to create the smart card</source>
        <translation>Impossibile creare la smart card</translation>
    </message>
    <message>
        <source>The virtual smart card could not be created.</source>
        <translation>Non è stato possibile creare la smart card virtuale.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, give the details below to your administrator.</source>
        <translation>Riprova. Se il problema persiste, fornisci i dettagli seguenti all&apos;amministratore.</translation>
    </message>
    <message>
        <source>Unable to remove the smart card</source>
        <translation>Impossibile rimuovere la smart card</translation>
    </message>
    <message>
        <source>The virtual smart card could not be removed.</source>
        <translation>Non è stato possibile rimuovere la smart card virtuale.</translation>
    </message>
    <message>
        <source>Close the programs that use the card and try again. If the card is still listed, restart the computer.</source>
        <translation>Chiudi i programmi che usano la carta e riprova. Se la carta è ancora elencata, riavvia il computer.</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Errore sconosciuto</translation>
    </message>
    <message>
        <source>Unknown error (code %1)</source>
        <translation>Errore sconosciuto (codice %1)</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>PIN errato</translation>
    </message>
    <message>
        <source>Type the PIN again, carefully. If you have forgotten it, reset it with the PUK or the admin key instead of guessing: every wrong PIN counts.</source>
        <translation>Digita di nuovo il PIN con attenzione. Se l&apos;hai dimenticato, reimpostalo con il PUK o la chiave di amministrazione invece di tirare a indovinare: ogni PIN errato conta.</translation>
    </message>
    <message>
        <source>Wrong PUK</source>
        <translation>PUK errato</translation>
    </message>
    <message>
        <source>Type the PUK again, carefully: it is the one set when the card was made, not the PIN.</source>
        <translation>Digita di nuovo il PUK con attenzione: è quello impostato alla creazione della carta, non il PIN.</translation>
    </message>
    <message>
        <source>Wrong admin key</source>
        <translation>Chiave di amministrazione errata</translation>
    </message>
    <message>
        <source>Check the 48 hexadecimal digits and the check value (KCV) you were given for this card.</source>
        <translation>Controlla le 48 cifre esadecimali e il valore di controllo (KCV) che ti sono stati forniti per questa carta.</translation>
    </message>
    <message>
        <source>PIN blocked</source>
        <translation>PIN bloccato</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is blocked after too many wrong tries.</source>
        <translation>Il PIN della carta è bloccato dopo troppi tentativi errati.</translation>
    </message>
    <message>
        <source>Reset it with vscwizard reset-pin, using the PUK or the admin key.</source>
        <translation>Reimpostalo con vscwizard reset-pin, usando il PUK o la chiave di amministrazione.</translation>
    </message>
    <message>
        <source>Reset the PIN with the PUK or the admin key.</source>
        <translation>Reimposta il PIN con il PUK o la chiave di amministrazione.</translation>
    </message>
    <message>
        <source>PUK blocked</source>
        <translation>PUK bloccato</translation>
    </message>
    <message>
        <source>The card&apos;s PUK is blocked after too many wrong tries.</source>
        <translation>Il PUK della carta è bloccato dopo troppi tentativi errati.</translation>
    </message>
    <message>
        <source>The PIN can no longer be reset with the PUK. Remove the card and create a new one.</source>
        <translation>Il PIN non può più essere reimpostato con il PUK. Rimuovi la carta e creane una nuova.</translation>
    </message>
    <message>
        <source>New PIN not allowed</source>
        <translation>Nuovo PIN non consentito</translation>
    </message>
    <message>
        <source>The new PIN does not meet the card&apos;s rules.</source>
        <translation>Il nuovo PIN non rispetta le regole della carta.</translation>
    </message>
    <message>
        <source>Choose a PIN that meets every rule listed above.</source>
        <translation>Scegli un PIN che rispetti tutte le regole elencate sopra.</translation>
    </message>
    <message>
        <source>Choose a PIN that meets every rule shown.</source>
        <translation>Scegli un PIN che rispetti tutte le regole mostrate.</translation>
    </message>
    <message>
        <source>New PUK not allowed</source>
        <translation>Nuovo PUK non consentito</translation>
    </message>
    <message>
        <source>The new PUK does not meet the card&apos;s rules.</source>
        <translation>Il nuovo PUK non rispetta le regole della carta.</translation>
    </message>
    <message>
        <source>Choose a PUK of 8 to 127 characters that is not the PIN.</source>
        <translation>Scegli un PUK da 8 a 127 caratteri diverso dal PIN.</translation>
    </message>
    <message>
        <source>This card cannot be reset</source>
        <translation>Questa carta non può essere reimpostata</translation>
    </message>
    <message>
        <source>The card has no PUK and a random admin key that nobody knows, so nothing can reset its PIN.</source>
        <translation>La carta non ha un PUK e ha una chiave di amministrazione casuale che nessuno conosce, quindi niente può reimpostarne il PIN.</translation>
    </message>
    <message>
        <source>Remove the card (vscwizard destroy) and create a new one.</source>
        <translation>Rimuovi la carta (vscwizard destroy) e creane una nuova.</translation>
    </message>
    <message>
        <source>Remove the card and create a new one.</source>
        <translation>Rimuovi la carta e creane una nuova.</translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>Carta inesistente</translation>
    </message>
    <message>
        <source>The card was not found. It may have been removed.</source>
        <translation>La carta non è stata trovata. Potrebbe essere stata rimossa.</translation>
    </message>
    <message>
        <source>vscwizard list shows the cards and their instance ids.</source>
        <translation>vscwizard list mostra le carte e i relativi ID istanza.</translation>
    </message>
    <message>
        <source>Refresh the list of cards.</source>
        <translation>Aggiorna l&apos;elenco delle carte.</translation>
    </message>
    <message>
        <source>The TPM is locked</source>
        <translation>Il TPM è bloccato</translation>
    </message>
    <message>
        <source>The TPM refuses every PIN for a while after too many wrong ones, on every card.</source>
        <translation>Dopo troppi PIN errati, il TPM rifiuta qualsiasi PIN per un certo tempo, su tutte le carte.</translation>
    </message>
    <message>
        <source>Wait until the TPM accepts PINs again, then try once more.</source>
        <translation>Attendi che il TPM accetti di nuovo i PIN, poi riprova.</translation>
    </message>
    <message>
        <source>Not possible here</source>
        <translation>Non possibile qui</translation>
    </message>
    <message>
        <source>This card or this computer does not offer this operation.</source>
        <translation>Questa carta o questo computer non supporta questa operazione.</translation>
    </message>
    <message>
        <source>The card could not be changed</source>
        <translation>Impossibile modificare la carta</translation>
    </message>
    <message>
        <source>The operation did not finish; the card is as it was.</source>
        <translation>L&apos;operazione non è stata completata; la carta è rimasta com&apos;era.</translation>
    </message>
    <message>
        <source>Try again. The details say what the card answered.</source>
        <translation>Riprova. I dettagli indicano cosa ha risposto la carta.</translation>
    </message>
    <message>
        <source>Initializing the virtual smart card…</source>
        <translation>Inizializzazione della smart card virtuale…</translation>
    </message>
    <message>
        <source>Creating the card&apos;s protected storage in the TPM…</source>
        <translation>Creazione dello spazio di archiviazione protetto della carta nel TPM…</translation>
    </message>
    <message>
        <source>Removing the card&apos;s protected storage from the TPM…</source>
        <translation>Rimozione dello spazio di archiviazione protetto della carta dal TPM…</translation>
    </message>
    <message>
        <source>Starting the card emulation…</source>
        <translation>Avvio dell&apos;emulazione della carta…</translation>
    </message>
    <message>
        <source>Setting up the card emulation…</source>
        <translation>Configurazione dell&apos;emulazione della carta…</translation>
    </message>
    <message>
        <source>Removing the card emulation…</source>
        <translation>Rimozione dell&apos;emulazione della carta…</translation>
    </message>
    <message>
        <source>Starting the virtual reader…</source>
        <translation>Avvio del lettore virtuale…</translation>
    </message>
    <message>
        <source>Creating the virtual reader…</source>
        <translation>Creazione del lettore virtuale…</translation>
    </message>
    <message>
        <source>Removing the virtual reader…</source>
        <translation>Rimozione del lettore virtuale…</translation>
    </message>
    <message>
        <source>Waiting for the new card to appear…</source>
        <translation>In attesa che compaia la nuova carta…</translation>
    </message>
    <message>
        <source>Signing in to the new card…</source>
        <extracomment>A stage: logging in to the new card (token) with its PIN.</extracomment>
        <translation>Accesso alla nuova carta…</translation>
    </message>
    <message>
        <source>Generating the card&apos;s contents…</source>
        <translation>Generazione del contenuto della carta…</translation>
    </message>
    <message>
        <source>The virtual smart card was created.</source>
        <translation>La smart card virtuale è stata creata.</translation>
    </message>
    <message>
        <source>The virtual smart card was removed.</source>
        <translation>La smart card virtuale è stata rimossa.</translation>
    </message>
    <message>
        <source>Unknown step (code %1)</source>
        <translation>Passaggio sconosciuto (codice %1)</translation>
    </message>
    <message>
        <source>The operation was cancelled before it finished; nothing was changed.</source>
        <translation>L&apos;operazione è stata annullata prima del termine; non è stato modificato nulla.</translation>
    </message>
    <message numerus="yes">
        <source>The PIN is wrong for this card. %n try(ies) left before the PIN is blocked.</source>
        <translation>
            <numerusform>Il PIN non è corretto per questa carta. Resta %n tentativo prima che il PIN venga bloccato.</numerusform>
            <numerusform>Il PIN non è corretto per questa carta. Restano %n tentativi prima che il PIN venga bloccato.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN is wrong for this card.</source>
        <translation>Il PIN non è corretto per questa carta.</translation>
    </message>
    <message numerus="yes">
        <source>The PUK is wrong for this card. %n try(ies) left before the PUK is blocked too.</source>
        <translation>
            <numerusform>Il PUK non è corretto per questa carta. Resta %n tentativo prima che venga bloccato anche il PUK.</numerusform>
            <numerusform>Il PUK non è corretto per questa carta. Restano %n tentativi prima che venga bloccato anche il PUK.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PUK is wrong for this card.</source>
        <translation>Il PUK non è corretto per questa carta.</translation>
    </message>
    <message>
        <source>The admin key is wrong for this card, so the PIN was not reset.</source>
        <translation>La chiave di amministrazione non è corretta per questa carta, quindi il PIN non è stato reimpostato.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Cosa è successo</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cosa fare</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Dettagli</translation>
    </message>
    <message>
        <source>Shows or hides the technical details of the error.</source>
        <translation>Mostra o nasconde i dettagli tecnici dell&apos;errore.</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Dettagli tecnici</translation>
    </message>
    <message>
        <source>Error: TPMVSCMGR_ERROR_%1 (%2)</source>
        <translation>Errore: TPMVSCMGR_ERROR_%1 (%2)</translation>
    </message>
    <message>
        <source>Backend detail: none</source>
        <translation>Dettaglio del backend: nessuno</translation>
    </message>
    <message>
        <source>Backend detail: %1</source>
        <translation>Dettaglio del backend: %1</translation>
    </message>
    <message>
        <source>Card error %1</source>
        <translation>Errore della carta %1</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Options</source>
        <translation>Opzioni</translation>
    </message>
    <message>
        <source>Choose how the card is prepared.</source>
        <translation>Scegli come preparare la carta.</translation>
    </message>
    <message>
        <source>&amp;Prepare the card for use now (file system and key pair)</source>
        <translation>&amp;Prepara subito la carta per l&apos;uso (file system e coppia di chiavi)</translation>
    </message>
    <message>
        <source>Creates the card&apos;s file system and a key pair right away, so the card can be used at once.</source>
        <translation>Crea subito il file system della carta e una coppia di chiavi, così la carta è utilizzabile immediatamente.</translation>
    </message>
    <message>
        <source>Without this, the card is created empty and an application must prepare it before first use.</source>
        <translation>Altrimenti la carta viene creata vuota e un&apos;applicazione deve prepararla prima del primo utilizzo.</translation>
    </message>
    <message>
        <source>&amp;Key algorithm:</source>
        <translation>Algoritmo &amp;chiave:</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>Algoritmo chiave</translation>
    </message>
    <message>
        <source>The kind of key pair created on the card.</source>
        <translation>Il tipo di coppia di chiavi creata sulla carta.</translation>
    </message>
    <message>
        <source>A&amp;ttestation:</source>
        <translation>A&amp;ttestazione:</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Attestazione</translation>
    </message>
    <message>
        <source>Whether the card can prove to a server that its keys are protected by this computer&apos;s TPM.</source>
        <translation>Indica se la carta può dimostrare a un server che le sue chiavi sono protette dal TPM di questo computer.</translation>
    </message>
    <message>
        <source>&amp;Prepare the card for use now (a key pair)</source>
        <translation>&amp;Prepara subito la carta per l&apos;uso (una coppia di chiavi)</translation>
    </message>
    <message>
        <source>Creates a key pair on the card right away, so the card can be used at once.</source>
        <translation>Crea subito una coppia di chiavi sulla carta, così la carta è utilizzabile immediatamente.</translation>
    </message>
    <message>
        <source>Elliptic curve P-256 (recommended)</source>
        <translation>Curva ellittica P-256 (consigliata)</translation>
    </message>
    <message>
        <source>RSA 2048 bits</source>
        <translation>RSA 2048 bit</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <source>Attestation identity key only</source>
        <translation>Solo chiave di identità di attestazione</translation>
    </message>
    <message>
        <source>Attestation identity key and certificate (needs network access)</source>
        <translation>Chiave di identità di attestazione e certificato (richiede l&apos;accesso alla rete)</translation>
    </message>
</context>
<context>
    <name>OrganizationPolicy</name>
    <message>
        <source>The policy file %1 cannot be read: %2</source>
        <translation>Impossibile leggere il file dei criteri %1: %2</translation>
    </message>
    <message>
        <source>The policy file %1 does not exist.</source>
        <translation>Il file dei criteri %1 non esiste.</translation>
    </message>
    <message>
        <source>The policy file %1 is not a regular file.</source>
        <translation>Il file dei criteri %1 non è un file normale.</translation>
    </message>
    <message>
        <source>this line is not valid UTF-8; save the file as UTF-8.</source>
        <translation>questa riga non è UTF-8 valido; salva il file in UTF-8.</translation>
    </message>
    <message>
        <source>this line contains a control character.</source>
        <translation>questa riga contiene un carattere di controllo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a [Section], a Key=Value line nor a comment.</source>
        <translation>“%1” non è né una [Sezione], né una riga Chiave=Valore, né un commento.</translation>
    </message>
    <message>
        <source>the section [%1] appears a second time (first on line %2); each section may appear once.</source>
        <translation>la sezione [%1] compare una seconda volta (la prima alla riga %2); ogni sezione può comparire una sola volta.</translation>
    </message>
    <message>
        <source>the line &quot;%1&quot; has no key before the &quot;=&quot;.</source>
        <translation>la riga “%1” non ha una chiave prima di “=”.</translation>
    </message>
    <message>
        <source>the key %1 (value &quot;%2&quot;) comes before any section; put it under [%3] or [%4].</source>
        <translation>la chiave %1 (valore “%2”) precede qualsiasi sezione; mettila sotto [%3] o [%4].</translation>
    </message>
    <message>
        <source>the key %1 (value &quot;%2&quot;) is unknown; the keys of [%3] are %4.</source>
        <translation>la chiave %1 (valore “%2”) è sconosciuta; le chiavi di [%3] sono %4.</translation>
    </message>
    <message>
        <source>the key %1 is given a second time (first on line %2); each key may be given once.</source>
        <translation>la chiave %1 è indicata una seconda volta (la prima alla riga %2); ogni chiave può essere indicata una sola volta.</translation>
    </message>
    <message>
        <source>the PIN policy of this section cannot be used: %1</source>
        <translation>i criteri PIN di questa sezione non sono utilizzabili: %1</translation>
    </message>
    <message numerus="yes">
        <source>The policy file %1 is larger than %n byte(s); a policy file has a few lines.</source>
        <translation>
            <numerusform>Il file dei criteri %1 supera %n byte; un file dei criteri ha poche righe.</numerusform>
            <numerusform>Il file dei criteri %1 supera i %n byte; un file dei criteri ha poche righe.</numerusform>
        </translation>
    </message>
    <message>
        <source>the section [%1] is unknown; the sections are [%2] and [%3].</source>
        <extracomment>After &quot;file:line: &quot;. [%2] and [%3] are the section names of the file, kept in English.</extracomment>
        <translation>la sezione [%1] è sconosciuta; le sezioni valide sono [%2] e [%3].</translation>
    </message>
    <message>
        <source>the section [%1] is unknown, and with it the key %2 (value &quot;%3&quot;) on line %4; the sections are [%5] and [%6].</source>
        <extracomment>After &quot;file:line: &quot;. [%5] and [%6] are the section names of the file, kept in English.</extracomment>
        <translation>la sezione [%1] è sconosciuta, e con essa la chiave %2 (valore “%3”) alla riga %4; le sezioni valide sono [%5] e [%6].</translation>
    </message>
    <message>
        <source>the key %1 has no value; it must be a whole number from %2 to %3.</source>
        <extracomment>After &quot;file:line: &quot;. %1: a key of the policy file.</extracomment>
        <translation>la chiave %1 non ha un valore; deve essere un numero intero da %2 a %3.</translation>
    </message>
    <message>
        <source>the key %1 has the value &quot;%2&quot;; it must be a whole number from %3 to %4.</source>
        <extracomment>After &quot;file:line: &quot;. %1: a key of the policy file; %2: its value.</extracomment>
        <translation>la chiave %1 ha il valore “%2”; deve essere un numero intero da %3 a %4.</translation>
    </message>
    <message>
        <source>the key %1 has no value; it must be allow, require or disallow.</source>
        <extracomment>After &quot;file:line: &quot;. allow, require and disallow are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>la chiave %1 non ha un valore; deve essere allow, require o disallow.</translation>
    </message>
    <message>
        <source>the key %1 has the value &quot;%2&quot;; it must be allow, require or disallow.</source>
        <extracomment>After &quot;file:line: &quot;. allow, require and disallow are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>la chiave %1 ha il valore “%2”; deve essere allow, require o disallow.</translation>
    </message>
    <message>
        <source>the key %1 has no value; it must be true or false.</source>
        <extracomment>After &quot;file:line: &quot;. true and false are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>la chiave %1 non ha un valore; deve essere true o false.</translation>
    </message>
    <message>
        <source>the key %1 has the value &quot;%2&quot;; it must be true or false.</source>
        <extracomment>After &quot;file:line: &quot;. true and false are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>la chiave %1 ha il valore “%2”; deve essere true o false.</translation>
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
        <translation>Esegui “vscwizard --help” per l&apos;elenco dei comandi e delle relative opzioni.</translation>
    </message>
    <message>
        <source>vscwizard: standard input cannot be read.</source>
        <translation>vscwizard: impossibile leggere lo standard input.</translation>
    </message>
    <message>
        <source>  - %1</source>
        <translation>  - %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Errore: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Dettagli: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avviso: %1</translation>
    </message>
    <message>
        <source>Cannot continue: %1</source>
        <translation>Impossibile continuare: %1</translation>
    </message>
    <message>
        <source>No virtual smart cards.</source>
        <translation>Nessuna smart card virtuale.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Instance id</source>
        <translation>ID istanza</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Chiavi</translation>
    </message>
    <message>
        <source>PIN state</source>
        <translation>Stato del PIN</translation>
    </message>
    <message>
        <source>TPM: %1</source>
        <translation>TPM: %1</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recupero</translation>
    </message>
    <message numerus="yes">
        <source>A line of standard input is longer than %n byte(s); no secret is that long.</source>
        <translation>
            <numerusform>Una riga dello standard input supera %n byte; nessun segreto è così lungo.</numerusform>
            <numerusform>Una riga dello standard input supera i %n byte; nessun segreto è così lungo.</numerusform>
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
        <translation>Il nuovo PIN della carta. Le regole che deve rispettare sono elencate sotto.</translation>
    </message>
    <message>
        <source>Con&amp;firm PIN:</source>
        <translation>Con&amp;ferma PIN:</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>Conferma PIN</translation>
    </message>
    <message>
        <source>Type the same PIN again.</source>
        <translation>Digita di nuovo lo stesso PIN.</translation>
    </message>
    <message>
        <source>&amp;Show PIN</source>
        <translation>&amp;Mostra PIN</translation>
    </message>
    <message>
        <source>Shows the PIN as plain text instead of dots. Make sure nobody is watching.</source>
        <translation>Mostra il PIN come testo normale invece che come punti. Assicurati che nessuno stia guardando.</translation>
    </message>
    <message>
        <source>PIN check</source>
        <translation>Verifica del PIN</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>The PIN must meet these &amp;rules:</source>
        <translation>Il PIN deve rispettare queste &amp;regole:</translation>
    </message>
    <message>
        <source>PIN rules</source>
        <translation>Regole del PIN</translation>
    </message>
    <message>
        <source>Each rule is marked as met or not met while you type.</source>
        <translation>Durante la digitazione ogni regola viene indicata come rispettata o non rispettata.</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>&amp;Nuovo PIN:</translation>
    </message>
    <message>
        <source>&amp;New PUK:</source>
        <translation>&amp;Nuovo PUK:</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nuovo PIN</translation>
    </message>
    <message>
        <source>New PUK</source>
        <translation>Nuovo PUK</translation>
    </message>
    <message>
        <source>The card&apos;s new PIN. The rules it must meet are listed below.</source>
        <translation>Il nuovo PIN della carta. Le regole che deve rispettare sono elencate sotto.</translation>
    </message>
    <message>
        <source>The card&apos;s new PUK: 8 to 127 characters, not the PIN.</source>
        <translation>Il nuovo PUK della carta: da 8 a 127 caratteri, diverso dal PIN.</translation>
    </message>
    <message>
        <source>Con&amp;firm new PIN:</source>
        <translation>Con&amp;ferma nuovo PIN:</translation>
    </message>
    <message>
        <source>Con&amp;firm new PUK:</source>
        <translation>Con&amp;ferma nuovo PUK:</translation>
    </message>
    <message>
        <source>Confirm new PIN</source>
        <translation>Conferma nuovo PIN</translation>
    </message>
    <message>
        <source>Confirm new PUK</source>
        <translation>Conferma nuovo PUK</translation>
    </message>
    <message>
        <source>Type the same PUK again.</source>
        <translation>Digita di nuovo lo stesso PUK.</translation>
    </message>
    <message>
        <source>&amp;Show PUK</source>
        <translation>&amp;Mostra PUK</translation>
    </message>
    <message>
        <source>Broken</source>
        <extracomment>The state of a PIN rule, read out by screen readers: the PIN breaks this rule.</extracomment>
        <translation>Non rispettata</translation>
    </message>
    <message>
        <source>Met</source>
        <extracomment>The state of a PIN rule, read out by screen readers: &quot;Met&quot; = the PIN keeps the rule; &quot;Not met yet&quot; = it does not keep it yet.</extracomment>
        <translation>Rispettata</translation>
    </message>
    <message>
        <source>Not met yet</source>
        <translation>Non ancora rispettata</translation>
    </message>
    <message>
        <source>The PIN contains a character the rules do not allow (“%1”). Remove it.</source>
        <translation>Il PIN contiene un carattere non consentito dalle regole (“%1”). Rimuovilo.</translation>
    </message>
    <message>
        <source>The PIN is too long (“%1”). Shorten it.</source>
        <translation>Il PIN è troppo lungo (“%1”). Accorcialo.</translation>
    </message>
    <message>
        <source>The two PINs do not match.</source>
        <translation>I due PIN non corrispondono.</translation>
    </message>
    <message>
        <source>The two PUKs do not match.</source>
        <translation>I due PUK non corrispondono.</translation>
    </message>
    <message>
        <source>The PUKs match.</source>
        <translation>I PUK corrispondono.</translation>
    </message>
    <message>
        <source>Type the PIN again in the second field to confirm it.</source>
        <translation>Digita di nuovo il PIN nel secondo campo per confermarlo.</translation>
    </message>
    <message>
        <source>Type the PUK again in the second field to confirm it.</source>
        <translation>Digita di nuovo il PUK nel secondo campo per confermarlo.</translation>
    </message>
    <message>
        <source>The PINs match.</source>
        <translation>I PIN corrispondono.</translation>
    </message>
    <message>
        <source>The PINs match, but not every rule below is met yet.</source>
        <translation>I PIN corrispondono, ma non tutte le regole sotto sono ancora rispettate.</translation>
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
        <translation>Il PIN sblocca la carta ogni volta che la usi. Scegline uno che riesci a ricordare; nessun altro deve conoscerlo.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>The new PIN of the card. The rules it must meet are listed below.</source>
        <translation>Il nuovo PIN della carta. Le regole che deve rispettare sono elencate sotto.</translation>
    </message>
    <message>
        <source>Con&amp;firm PIN:</source>
        <translation>Con&amp;ferma PIN:</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>Conferma PIN</translation>
    </message>
    <message>
        <source>The PIN you entered before is kept. Type a new one to change it.</source>
        <translation>Il PIN immesso in precedenza viene mantenuto. Digitane uno nuovo per cambiarlo.</translation>
    </message>
</context>
<context>
    <name>PinPolicy</name>
    <message>
        <source>The minimum PIN length is %1; it must be at least %2.</source>
        <translation>La lunghezza minima del PIN è %1; deve essere almeno %2.</translation>
    </message>
    <message>
        <source>The maximum PIN length is %1; it can be at most %2.</source>
        <translation>La lunghezza massima del PIN è %1; può essere al massimo %2.</translation>
    </message>
    <message>
        <source>The minimum PIN length (%1) is greater than the maximum (%2).</source>
        <translation>La lunghezza minima del PIN (%1) è maggiore di quella massima (%2).</translation>
    </message>
    <message>
        <source>The policy disallows every kind of character, so no PIN can meet it.</source>
        <translation>I criteri vietano tutti i tipi di carattere, quindi nessun PIN può rispettarli.</translation>
    </message>
    <message numerus="yes">
        <source>The policy requires %1 kinds of character, but a PIN may have at most %n character(s).</source>
        <translation>
            <numerusform>I criteri richiedono %1 tipi di carattere, ma un PIN può avere al massimo %n carattere.</numerusform>
            <numerusform>I criteri richiedono %1 tipi di carattere, ma un PIN può avere al massimo %n caratteri.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n byte(s) (ä or € count as 2 or 3)</source>
        <translation>
            <numerusform>Almeno %n byte (ä o € contano come 2 o 3)</numerusform>
            <numerusform>Almeno %n byte (ä o € contano come 2 o 3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>Almeno %n carattere</numerusform>
            <numerusform>Almeno %n caratteri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n byte(s) (ä or € count as 2 or 3)</source>
        <translation>
            <numerusform>Al massimo %n byte (ä o € contano come 2 o 3)</numerusform>
            <numerusform>Al massimo %n byte (ä o € contano come 2 o 3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n character(s)</source>
        <translation>
            <numerusform>Al massimo %n carattere</numerusform>
            <numerusform>Al massimo %n caratteri</numerusform>
        </translation>
    </message>
    <message>
        <source>At least one uppercase letter (A-Z)</source>
        <translation>Almeno una lettera maiuscola (A-Z)</translation>
    </message>
    <message>
        <source>At least one lowercase letter (a-z)</source>
        <translation>Almeno una lettera minuscola (a-z)</translation>
    </message>
    <message>
        <source>At least one digit (0-9)</source>
        <translation>Almeno una cifra (0-9)</translation>
    </message>
    <message>
        <source>At least one special character, such as a space or !#%+-</source>
        <translation>Almeno un carattere speciale, come uno spazio o !#%+-</translation>
    </message>
    <message>
        <source>At least one character beyond plain ASCII, such as ä or €</source>
        <translation>Almeno un carattere oltre l&apos;ASCII semplice, come ä o €</translation>
    </message>
    <message>
        <source>No uppercase letters (A-Z)</source>
        <translation>Nessuna lettera maiuscola (A-Z)</translation>
    </message>
    <message>
        <source>No lowercase letters (a-z)</source>
        <translation>Nessuna lettera minuscola (a-z)</translation>
    </message>
    <message>
        <source>No digits (0-9)</source>
        <translation>Nessuna cifra (0-9)</translation>
    </message>
    <message>
        <source>No special characters (spaces, punctuation, symbols)</source>
        <translation>Nessun carattere speciale (spazi, punteggiatura, simboli)</translation>
    </message>
    <message>
        <source>No characters beyond plain ASCII (such as ä or €) and no control characters</source>
        <translation>Nessun carattere oltre l&apos;ASCII semplice (come ä o €) e nessun carattere di controllo</translation>
    </message>
    <message numerus="yes">
        <source>The PIN policy has %n byte(s); it must have exactly %1.</source>
        <translation>
            <numerusform>I criteri PIN hanno %n byte; devono averne esattamente %1.</numerusform>
            <numerusform>I criteri PIN hanno %n byte; devono averne esattamente %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN policy&apos;s reserved field is %1; it must be 1.</source>
        <translation>Il campo riservato dei criteri PIN vale %1; deve valere 1.</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s minimum length is %1; it must be from %2 to %3.</source>
        <translation>La lunghezza minima dei criteri PIN è %1; deve essere compresa tra %2 e %3.</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s maximum length is %1; it must be from %2 to %3.</source>
        <translation>La lunghezza massima dei criteri PIN è %1; deve essere compresa tra %2 e %3.</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s minimum length (%1) is greater than its maximum length (%2).</source>
        <translation>La lunghezza minima dei criteri PIN (%1) è maggiore della lunghezza massima (%2).</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s rule for %1 is %2; only 0 (allow), 1 (require) and 2 (disallow) exist.</source>
        <extracomment>%1 is the rule&apos;s name as Windows stores it (uppercase, lowercase, digits, special), %2 a number.</extracomment>
        <translation>La regola dei criteri PIN per %1 vale %2; esistono solo 0 (consenti), 1 (richiedi) e 2 (vieta).</translation>
    </message>
    <message>
        <source>uppercase letters</source>
        <translation>lettere maiuscole</translation>
    </message>
    <message>
        <source>lowercase letters</source>
        <translation>lettere minuscole</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>cifre</translation>
    </message>
    <message>
        <source>special characters</source>
        <translation>caratteri speciali</translation>
    </message>
    <message>
        <source>other characters</source>
        <translation>altri caratteri</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Creating the Card</source>
        <translation>Creazione della carta</translation>
    </message>
    <message>
        <source>Please wait while the card is created.</source>
        <translation>Attendi la creazione della carta.</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Passaggio corrente</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>How far the creation of the card has got.</source>
        <translation>A che punto è la creazione della carta.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>&amp;What Went Wrong?</source>
        <translation>&amp;Cosa è successo?</translation>
    </message>
    <message>
        <source>Shows the error again: what went wrong, what to do, and the details.</source>
        <translation>Mostra di nuovo l&apos;errore: cosa è successo, cosa fare e i dettagli.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <source>Tries to create the same card again.</source>
        <translation>Prova di nuovo a creare la stessa carta.</translation>
    </message>
    <message>
        <source>C&amp;hange Choices</source>
        <translation>&amp;Modifica scelte</translation>
    </message>
    <message>
        <source>Goes back to the summary, from where you can change the name, the PIN or the other choices.</source>
        <translation>Torna al riepilogo, dal quale puoi modificare il nome, il PIN o le altre scelte.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Interr&amp;ompi</translation>
    </message>
    <message>
        <source>Stops creating the card. Nothing is left behind.</source>
        <translation>Interrompe la creazione della carta. Non resta nulla.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Avvio…</translation>
    </message>
    <message>
        <source>Stopping and removing what was created so far…</source>
        <translation>Interruzione e rimozione di quanto creato finora…</translation>
    </message>
    <message>
        <source>The card was created.</source>
        <translation>La carta è stata creata.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <extracomment>The text inside the progress bar after the user stopped the create.
----------
What a screen reader says of the progress bar after the user stopped the create.</extracomment>
        <translation>Interrotta</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <extracomment>The stage line under the progress bar after the user stopped the create.</extracomment>
        <translation>Interrotta.</translation>
    </message>
    <message>
        <source>No card was created. You can try again, or close the wizard.</source>
        <translation>Nessuna carta è stata creata. Puoi riprovare o chiudere la procedura guidata.</translation>
    </message>
    <message>
        <source>The card could not be created: %1</source>
        <translation>Impossibile creare la carta: %1</translation>
    </message>
    <message>
        <source>You can try again, or change your choices.</source>
        <translation>Puoi riprovare o modificare le scelte.</translation>
    </message>
    <message>
        <source>Failed at %p%</source>
        <extracomment>Shown in the progress bar when the creation failed; %p% is the bar&apos;s percentage (Qt fills in the number).</extracomment>
        <translation>Non riuscito al %p%</translation>
    </message>
    <message>
        <source>The Card Was Not Created</source>
        <translation>La carta non è stata creata</translation>
    </message>
    <message>
        <source>The card could not be created.</source>
        <translation>Impossibile creare la carta.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Creating the Card Was Stopped</source>
        <translation>La creazione della carta è stata interrotta</translation>
    </message>
    <message>
        <source>Nothing of the card was left behind.</source>
        <translation>Non è rimasto nulla della carta.</translation>
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
        <translation>Recupero</translation>
    </message>
    <message>
        <source>Organization rules</source>
        <translation>Regole dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>The PUK resets the PIN. It is a second secret of 8 to 127 characters.</source>
        <translation>Il PUK reimposta il PIN. È un secondo segreto da 8 a 127 caratteri.</translation>
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
        <translation>Da 8 a 127 caratteri. Conservalo separato dal PIN.</translation>
    </message>
    <message>
        <source>C&amp;onfirm PUK:</source>
        <translation>C&amp;onferma PUK:</translation>
    </message>
    <message>
        <source>Confirm PUK</source>
        <translation>Conferma PUK</translation>
    </message>
    <message>
        <source>Type the same PUK again.</source>
        <translation>Digita di nuovo lo stesso PUK.</translation>
    </message>
    <message>
        <source>S&amp;how PUK</source>
        <translation>Mo&amp;stra PUK</translation>
    </message>
    <message>
        <source>Shows the PUK as plain text instead of dots.</source>
        <translation>Mostra il PUK come testo normale invece che come punti.</translation>
    </message>
    <message>
        <source>PUK check</source>
        <translation>Verifica del PUK</translation>
    </message>
    <message>
        <source>Admin key beside the PUK</source>
        <extracomment>A title: the admin key the card keeps in addition to the PUK.</extracomment>
        <translation>Chiave di amministrazione associata al PUK</translation>
    </message>
    <message>
        <source>Use an &amp;admin key (48 hexadecimal digits)</source>
        <translation>Usa una chiave di &amp;amministrazione (48 cifre esadecimali)</translation>
    </message>
    <message>
        <source>The admin key is a 3DES key that an administrator uses to reset the PIN.</source>
        <translation>La chiave di amministrazione è una chiave 3DES che un amministratore usa per reimpostare il PIN.</translation>
    </message>
    <message>
        <source>&amp;Default key</source>
        <translation>Chiave pre&amp;definita</translation>
    </message>
    <message>
        <source>The publicly known default key of virtual smart cards. Anyone who knows it can reset the PIN.</source>
        <translation>La chiave predefinita delle smart card virtuali, nota pubblicamente. Chiunque la conosca può reimpostare il PIN.</translation>
    </message>
    <message>
        <source>&amp;Random key, never shown</source>
        <translation>Chiave casua&amp;le, mai mostrata</translation>
    </message>
    <message>
        <source>Nobody will know the key: the card can then never be reset, only removed.</source>
        <translation>Nessuno conoscerà la chiave: la carta non potrà mai essere reimpostata, solo rimossa.</translation>
    </message>
    <message>
        <source>&amp;Enter a key</source>
        <translation>&amp;Immetti una chiave</translation>
    </message>
    <message>
        <source>Type a key of 48 hexadecimal digits, for example one your administrator gave you.</source>
        <translation>Digita una chiave di 48 cifre esadecimali, ad esempio quella fornita dall&apos;amministratore.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Chiave:</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Chiave di amministrazione</translation>
    </message>
    <message>
        <source>48 hexadecimal digits; spaces or colons between the byte pairs are allowed.</source>
        <translation>48 cifre esadecimali; sono consentiti spazi o due punti tra le coppie di byte.</translation>
    </message>
    <message>
        <source>48 hex digits</source>
        <translation>48 cifre esadecimali</translation>
    </message>
    <message>
        <source>Sho&amp;w key</source>
        <translation>Most&amp;ra chiave</translation>
    </message>
    <message>
        <source>Shows the admin key as plain text instead of dots.</source>
        <translation>Mostra la chiave di amministrazione come testo normale invece che come punti.</translation>
    </message>
    <message>
        <source>Admin key check</source>
        <translation>Verifica della chiave di amministrazione</translation>
    </message>
    <message>
        <source>Your organization requires a PUK.</source>
        <translation>La tua organizzazione richiede un PUK.</translation>
    </message>
    <message>
        <source>Your organization does not allow the default admin key.</source>
        <translation>La tua organizzazione non consente la chiave di amministrazione predefinita.</translation>
    </message>
    <message>
        <source>Your organization does not allow a random admin key.</source>
        <translation>La tua organizzazione non consente una chiave di amministrazione casuale.</translation>
    </message>
    <message>
        <source>Also set the card&apos;s &amp;admin key, as your organization requires</source>
        <translation>Imposta anche la chiave di &amp;amministrazione della carta, come richiesto dall&apos;organizzazione</translation>
    </message>
    <message>
        <source>Type the PUK again in the second field to confirm it.</source>
        <translation>Digita di nuovo il PUK nel secondo campo per confermarlo.</translation>
    </message>
    <message>
        <source>The two PUKs do not match.</source>
        <translation>I due PUK non corrispondono.</translation>
    </message>
    <message>
        <source>The PUK you entered before is kept. Type a new one to change it.</source>
        <translation>Il PUK immesso in precedenza viene mantenuto. Digitane uno nuovo per cambiarlo.</translation>
    </message>
    <message>
        <source>The PUKs match.</source>
        <translation>I PUK corrispondono.</translation>
    </message>
    <message>
        <source>The card also gets a random admin key that nobody knows: only the PUK can reset the PIN.</source>
        <translation>La carta riceve anche una chiave di amministrazione casuale che nessuno conosce: solo il PUK può reimpostare il PIN.</translation>
    </message>
    <message>
        <source>The card also keeps the publicly known default admin key (check value %1), because your organization does not allow a random one. Anyone who has the card can reset its PIN with that key, without the PUK.</source>
        <translation>La carta mantiene anche la chiave di amministrazione predefinita, nota pubblicamente (valore di controllo %1), perché la tua organizzazione non consente una chiave casuale. Chiunque abbia la carta può reimpostarne il PIN con quella chiave, senza il PUK.</translation>
    </message>
    <message>
        <source>The default key is publicly known: anyone who has the card can reset its PIN with it. Its check value (KCV) is %1.</source>
        <translation>La chiave predefinita è nota pubblicamente: chiunque abbia la carta può reimpostarne il PIN con essa. Il suo valore di controllo (KCV) è %1.</translation>
    </message>
    <message>
        <source>The key you entered before is kept (check value %1). Type a new one to change it.</source>
        <translation>La chiave immessa in precedenza viene mantenuta (valore di controllo %1). Digitane una nuova per cambiarla.</translation>
    </message>
    <message>
        <source>Type the key as 48 hexadecimal digits.</source>
        <translation>Digita la chiave come 48 cifre esadecimali.</translation>
    </message>
    <message>
        <source>Check value (KCV): %1. Compare it with the one you were given.</source>
        <translation>Valore di controllo (KCV): %1. Confrontalo con quello che ti è stato fornito.</translation>
    </message>
    <message>
        <source>If the PIN is forgotten or blocked after too many wrong tries, it is reset with a PUK or with the card&apos;s admin key.</source>
        <translation>Se il PIN viene dimenticato o bloccato dopo troppi tentativi errati, viene reimpostato con un PUK o con la chiave di amministrazione della carta.</translation>
    </message>
    <message>
        <source>Use a &amp;PUK (PIN unblocking key) that you keep in a safe place</source>
        <translation>Usa un &amp;PUK (chiave di sblocco del PIN) da conservare in un luogo sicuro</translation>
    </message>
    <message numerus="yes">
        <source>Type a PUK of %1 to %n character(s).</source>
        <translation>
            <numerusform>Digita un PUK da %1 a %n carattere.</numerusform>
            <numerusform>Digita un PUK da %1 a %n caratteri.</numerusform>
        </translation>
    </message>
    <message>
        <source>With a random key the card can never be reset. If the PIN is forgotten or blocked, the card can only be removed and a new one created.</source>
        <translation>Con una chiave casuale la carta non può mai essere reimpostata. Se il PIN viene dimenticato o bloccato, la carta può solo essere rimossa e sostituita da una nuova.</translation>
    </message>
</context>
<context>
    <name>RemoveCardDialog</name>
    <message>
        <source>Working</source>
        <translation>Operazione in corso</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Rimuovi %1</translation>
    </message>
    <message>
        <source>Removing the card “%1” destroys its keys. Whatever they protect (sign-in, signatures, encrypted mail) can no longer be opened with this card. This cannot be undone.</source>
        <translation>La rimozione della carta “%1” ne distrugge le chiavi. Ciò che proteggono (accesso, firme, posta crittografata) non potrà più essere aperto con questa carta. L&apos;operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>To confirm, type the card&apos;s &amp;name: %1</source>
        <translation>Per confermare, digita il &amp;nome della carta: %1</translation>
    </message>
    <message>
        <source>Card name to confirm</source>
        <translation>Nome della carta da confermare</translation>
    </message>
    <message>
        <source>&amp;Remove card</source>
        <translation>&amp;Rimuovi carta</translation>
    </message>
    <message>
        <source>Removing the card…</source>
        <translation>Rimozione della carta…</translation>
    </message>
    <message>
        <source>The card “%1” was removed. Restart the computer to finish.</source>
        <translation>La carta “%1” è stata rimossa. Riavvia il computer per completare l&apos;operazione.</translation>
    </message>
    <message>
        <source>The card “%1” was removed.</source>
        <translation>La carta “%1” è stata rimossa.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Interruzione…</translation>
    </message>
    <message>
        <source>Type “%1” to enable Remove card.</source>
        <translation>Digita “%1” per abilitare il pulsante Rimuovi carta.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Card Created</source>
        <translation>Carta creata</translation>
    </message>
    <message>
        <source>Your virtual smart card is ready.</source>
        <translation>La smart card virtuale è pronta.</translation>
    </message>
    <message>
        <source>&amp;Instance ID:</source>
        <translation>&amp;ID istanza:</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>ID istanza</translation>
    </message>
    <message>
        <source>Identifies the card, for example to remove it later.</source>
        <translation>Identifica la carta, ad esempio per rimuoverla in seguito.</translation>
    </message>
    <message>
        <source>Restart the computer before using the card: applications see it only after a restart.</source>
        <translation>Riavvia il computer prima di usare la carta: le applicazioni la vedono solo dopo un riavvio.</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>Riavvio necessario</translation>
    </message>
    <message>
        <source>How to &amp;use the card:</source>
        <translation>Come &amp;usare la carta:</translation>
    </message>
    <message>
        <source>How to use the card</source>
        <translation>Come usare la carta</translation>
    </message>
    <message>
        <source>Settings for applications such as ssh or a web browser. You can select and copy them.</source>
        <translation>Impostazioni per applicazioni come ssh o un browser web. Puoi selezionarle e copiarle.</translation>
    </message>
    <message>
        <source>Lines for a terminal</source>
        <translation>Righe per un terminale</translation>
    </message>
    <message>
        <source>Shell commands that set up a terminal that is already open and use the card there.</source>
        <translation>Comandi della shell che configurano un terminale già aperto e vi usano la carta.</translation>
    </message>
    <message>
        <source>&amp;Manage cards…</source>
        <translation>&amp;Gestisci carte…</translation>
    </message>
    <message>
        <source>Opens the card manager: change, reset or remove the cards you have.</source>
        <translation>Apre la gestione delle carte: cambia, reimposta o rimuovi le carte esistenti.</translation>
    </message>
    <message>
        <source>&amp;Copy the lines</source>
        <translation>&amp;Copia le righe</translation>
    </message>
    <message>
        <source>Puts the lines for a terminal on the clipboard.</source>
        <translation>Copia negli Appunti le righe per un terminale.</translation>
    </message>
    <message>
        <source>The virtual smart card “%1” was created.</source>
        <translation>La smart card virtuale “%1” è stata creata.</translation>
    </message>
</context>
<context>
    <name>SecretChangeDialog</name>
    <message>
        <source>Reset with</source>
        <translation>Reimposta con</translation>
    </message>
    <message>
        <source>The card&apos;s P&amp;UK</source>
        <translation>Il P&amp;UK della carta</translation>
    </message>
    <message>
        <source>The card&apos;s &amp;admin key (48 hexadecimal digits)</source>
        <translation>La chiave di &amp;amministrazione della carta (48 cifre esadecimali)</translation>
    </message>
    <message>
        <source>C&amp;urrent PIN:</source>
        <translation>PIN att&amp;uale:</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Operazione in corso</translation>
    </message>
    <message>
        <source>Change PIN of %1</source>
        <translation>Cambia il PIN di %1</translation>
    </message>
    <message>
        <source>Type the current PIN of the card “%1”, then the new PIN twice.</source>
        <translation>Digita il PIN attuale della carta “%1”, poi due volte il nuovo PIN.</translation>
    </message>
    <message>
        <source>&amp;Change PIN</source>
        <translation>&amp;Cambia PIN</translation>
    </message>
    <message>
        <source>Reset PIN of %1</source>
        <translation>Reimposta il PIN di %1</translation>
    </message>
    <message>
        <source>A new PIN for the card “%1”, for when the PIN is forgotten or blocked. Type the secret that was set for this when the card was made, then the new PIN twice.</source>
        <translation>Un nuovo PIN per la carta “%1”, per quando il PIN è dimenticato o bloccato. Digita il segreto impostato a questo scopo alla creazione della carta, poi due volte il nuovo PIN.</translation>
    </message>
    <message>
        <source>&amp;Reset PIN</source>
        <translation>&amp;Reimposta PIN</translation>
    </message>
    <message>
        <source>Change PUK of %1</source>
        <translation>Cambia il PUK di %1</translation>
    </message>
    <message>
        <source>Type the current PUK of the card “%1”, then the new PUK twice. Keep the new PUK somewhere safe: it resets the PIN.</source>
        <translation>Digita il PUK attuale della carta “%1”, poi due volte il nuovo PUK. Conserva il nuovo PUK in un luogo sicuro: serve a reimpostare il PIN.</translation>
    </message>
    <message>
        <source>&amp;Change PUK</source>
        <translation>&amp;Cambia PUK</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>PIN attuale</translation>
    </message>
    <message>
        <source>The PIN the card has now.</source>
        <translation>Il PIN che la carta ha ora.</translation>
    </message>
    <message>
        <source>C&amp;urrent PUK:</source>
        <translation>PUK att&amp;uale:</translation>
    </message>
    <message>
        <source>Current PUK</source>
        <translation>PUK attuale</translation>
    </message>
    <message>
        <source>The PUK the card has now.</source>
        <translation>Il PUK che la carta ha ora.</translation>
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
        <translation>Il PUK impostato alla creazione della carta.</translation>
    </message>
    <message>
        <source>Ad&amp;min key:</source>
        <translation>Chiave di amm&amp;inistrazione:</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Chiave di amministrazione</translation>
    </message>
    <message>
        <source>The card&apos;s admin key: 48 hexadecimal digits.</source>
        <translation>La chiave di amministrazione della carta: 48 cifre esadecimali.</translation>
    </message>
    <message>
        <source>Changing the PIN…</source>
        <translation>Modifica del PIN…</translation>
    </message>
    <message>
        <source>Resetting the PIN…</source>
        <translation>Reimpostazione del PIN…</translation>
    </message>
    <message>
        <source>Changing the PUK…</source>
        <translation>Modifica del PUK…</translation>
    </message>
    <message>
        <source>The PIN of “%1” was changed.</source>
        <translation>Il PIN di “%1” è stato cambiato.</translation>
    </message>
    <message>
        <source>The PIN of “%1” was reset. Use the new PIN from now on.</source>
        <translation>Il PIN di “%1” è stato reimpostato. D&apos;ora in poi usa il nuovo PIN.</translation>
    </message>
    <message>
        <source>The PUK of “%1” was changed.</source>
        <translation>Il PUK di “%1” è stato cambiato.</translation>
    </message>
    <message>
        <source>Reading the TPM&apos;s lockout state…</source>
        <translation>Lettura dello stato di blocco del TPM…</translation>
    </message>
    <message>
        <source>TPM lockout state: %1</source>
        <translation>Stato di blocco del TPM: %1</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Interruzione…</translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <source>The two entries differ. Try again.</source>
        <translation>I due inserimenti non corrispondono. Riprova.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
</context>
<context>
    <name>SimulatorBackend</name>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not a card error name such as CARD:WRONG_PIN or CARD:TPM_LOCKOUT.</source>
        <translation>--sim-fail: “%1” non è il nome di un errore della carta come CARD:WRONG_PIN o CARD:TPM_LOCKOUT.</translation>
    </message>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not one of change-pin, reset-pin, change-puk or status.</source>
        <translation>--sim-fail: “%1” non è uno tra change-pin, reset-pin, change-puk o status.</translation>
    </message>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not a TPMVSCMGR_ERROR name such as CARD_CREATE or GENERATE_FILESYSTEM.</source>
        <translation>--sim-fail: “%1” non è il nome di un TPMVSCMGR_ERROR come CARD_CREATE o GENERATE_FILESYSTEM.</translation>
    </message>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not a TPMVSCMGR_STATUS name such as VREADER_CREATING or GENERATE_RUNNING.</source>
        <translation>--sim-fail: “%1” non è il nome di un TPMVSCMGR_STATUS come VREADER_CREATING o GENERATE_RUNNING.</translation>
    </message>
    <message>
        <source>Simulator — no card is really created</source>
        <translation>Simulatore: nessuna carta viene creata davvero</translation>
    </message>
    <message numerus="yes">
        <source>%n smart card(s) exist already, the most there can be at once. Remove one first.</source>
        <translation>
            <numerusform>Esiste già %n smart card, il massimo possibile contemporaneamente. Rimuovine prima una.</numerusform>
            <numerusform>Esistono già %n smart card, il massimo possibile contemporaneamente. Rimuovine prima una.</numerusform>
        </translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>Carta inesistente</translation>
    </message>
    <message>
        <source>No simulated card has the instance id “%1”.</source>
        <translation>Nessuna carta simulata ha l&apos;ID istanza “%1”.</translation>
    </message>
    <message>
        <source>“vscwizard list” shows the cards and their instance ids; another program may have removed this one already.</source>
        <translation>“vscwizard list” mostra le carte e i relativi ID istanza; un altro programma potrebbe aver già rimosso questa carta.</translation>
    </message>
    <message>
        <source>The simulator&apos;s state folder is busy</source>
        <translation>La cartella di stato del simulatore è occupata</translation>
    </message>
    <message numerus="yes">
        <source>Another process kept the simulator&apos;s state folder %1 locked for %n second(s).</source>
        <translation>
            <numerusform>Un altro processo ha tenuto bloccata la cartella di stato del simulatore %1 per %n secondo.</numerusform>
            <numerusform>Un altro processo ha tenuto bloccata la cartella di stato del simulatore %1 per %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until the other vscwizard has finished, then try again. Nothing was changed.</source>
        <translation>Attendi che l&apos;altra istanza di vscwizard abbia finito, poi riprova. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The simulator cannot keep cards</source>
        <translation>Il simulatore non può conservare carte</translation>
    </message>
    <message>
        <source>The simulator cannot write its cards to the state folder %1.</source>
        <translation>Il simulatore non può scrivere le sue carte nella cartella di stato %1.</translation>
    </message>
    <message>
        <source>Give --sim-state a folder you may write to, on a disk with free space.</source>
        <translation>Indica a --sim-state una cartella in cui puoi scrivere, su un disco con spazio libero.</translation>
    </message>
    <message>
        <source>This card&apos;s secrets cannot be checked</source>
        <translation>Impossibile verificare i segreti di questa carta</translation>
    </message>
    <message>
        <source>The simulated card %1 was made before the simulator kept what its PIN, PUK and admin key are checked against, so they can be neither changed nor reset.</source>
        <translation>La carta simulata %1 è stata creata prima che il simulatore conservasse i dati con cui verificare PIN, PUK e chiave di amministrazione, quindi non possono essere né cambiati né reimpostati.</translation>
    </message>
    <message>
        <source>Remove the card and create it again.</source>
        <translation>Rimuovi la carta e creala di nuovo.</translation>
    </message>
    <message>
        <source>This card has no PUK</source>
        <translation>Questa carta non ha un PUK</translation>
    </message>
    <message>
        <source>The card %1 was made without a PUK.</source>
        <translation>La carta %1 è stata creata senza PUK.</translation>
    </message>
    <message>
        <source>Reset its PIN with the admin key instead.</source>
        <translation>Reimpostane invece il PIN con la chiave di amministrazione.</translation>
    </message>
    <message>
        <source>Nobody knows this card&apos;s admin key</source>
        <translation>Nessuno conosce la chiave di amministrazione di questa carta</translation>
    </message>
    <message>
        <source>The admin key of the card %1 is random and was kept nowhere.</source>
        <translation>La chiave di amministrazione della carta %1 è casuale e non è stata conservata da nessuna parte.</translation>
    </message>
    <message>
        <source>Reset its PIN with the PUK instead.</source>
        <translation>Reimpostane invece il PIN con il PUK.</translation>
    </message>
    <message>
        <source>A card named &quot;%1&quot; exists already (%2).</source>
        <translation>Esiste già una carta chiamata “%1” (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n smart card(s) exist already, the most there can be at once.</source>
        <translation>
            <numerusform>Esiste già %n smart card, il massimo possibile contemporaneamente.</numerusform>
            <numerusform>Esistono già %n smart card, il massimo possibile contemporaneamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulated failure at %1</source>
        <extracomment>The simulator (a test tool) fails on purpose; %1 is the name of a status such as TPMVSCMGR_STATUS_CARD_CREATED.</extracomment>
        <translation>Errore simulato allo stato %1</translation>
    </message>
    <message>
        <source>The state folder %1 is locked by another process.</source>
        <translation>La cartella di stato %1 è bloccata da un altro processo.</translation>
    </message>
    <message>
        <source>This card exists only as a file in %1; no application can use it.</source>
        <translation>Questa carta esiste solo come file in %1; nessuna applicazione può usarla.</translation>
    </message>
    <message>
        <source>No simulated card has the instance id %1.</source>
        <translation>Nessuna carta simulata ha l&apos;ID istanza %1.</translation>
    </message>
    <message>
        <source>Simulated failure of status</source>
        <extracomment>The simulator (a test tool) fails on purpose; &quot;status&quot; is the command of that name.</extracomment>
        <translation>Errore simulato di status</translation>
    </message>
    <message>
        <source>The simulated card checks the secret…</source>
        <translation>La carta simulata verifica il segreto…</translation>
    </message>
    <message>
        <source>Simulated failure of %1</source>
        <translation>Errore simulato di %1</translation>
    </message>
</context>
<context>
    <name>SimulatorStore</name>
    <message>
        <source>The folder %1 cannot be written.</source>
        <translation>Impossibile scrivere nella cartella %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>Impossibile rimuovere %1: %2</translation>
    </message>
</context>
<context>
    <name>SoftwareTpm</name>
    <message>
        <source>The software TPM is already running.</source>
        <translation>Il TPM software è già in esecuzione.</translation>
    </message>
    <message>
        <source>The program swtpm was not found. Install the package swtpm.</source>
        <translation>Programma swtpm non trovato. Installa il pacchetto swtpm.</translation>
    </message>
    <message>
        <source>The TPM resource manager tpm2-abrmd was not found. Install the packages tpm2-abrmd and libtss2-tcti-tabrmd0.</source>
        <translation>Gestore risorse TPM tpm2-abrmd non trovato. Installa i pacchetti tpm2-abrmd e libtss2-tcti-tabrmd0.</translation>
    </message>
    <message>
        <source>The software TPM is running (%1).</source>
        <translation>Il TPM software è in esecuzione (%1).</translation>
    </message>
    <message>
        <source>The software TPM could not be started.</source>
        <translation>Impossibile avviare il TPM software.</translation>
    </message>
    <message>
        <source>%1 failed to start.</source>
        <translation>Impossibile avviare %1.</translation>
    </message>
    <message>
        <source>This session has no D-Bus session bus, and the program dbus-daemon was not found. Install the package dbus-daemon.</source>
        <translation>Questa sessione non ha un bus di sessione D-Bus e il programma dbus-daemon non è stato trovato. Installa il pacchetto dbus-daemon.</translation>
    </message>
    <message>
        <source>The TPM resource manager did not come up on the D-Bus session bus as %1.</source>
        <translation>Il gestore risorse TPM non è comparso sul bus di sessione D-Bus come %1.</translation>
    </message>
    <message>
        <source>The software TPM does not answer through its resource manager: %1</source>
        <translation>Il TPM software non risponde tramite il suo gestore risorse: %1</translation>
    </message>
    <message>
        <source>The software TPM is not running.</source>
        <translation>Il TPM software non è in esecuzione.</translation>
    </message>
    <message>
        <source>The software TPM was shut down.</source>
        <translation>Il TPM software è stato arrestato.</translation>
    </message>
    <message>
        <source>The software TPM could not be shut down cleanly.</source>
        <translation>Impossibile arrestare correttamente il TPM software.</translation>
    </message>
    <message>
        <source>The user service %1 did not stop.</source>
        <translation>Il servizio utente %1 non si è arrestato.</translation>
    </message>
    <message>
        <source>The software TPM is running as the user service %1; its socket is %2. Keys are not protected by hardware.</source>
        <translation>Il TPM software è in esecuzione come servizio utente %1; il suo socket è %2. Le chiavi non sono protette dall&apos;hardware.</translation>
    </message>
    <message>
        <source>The software TPM is running as a background process; its socket is %1. Keys are not protected by hardware.</source>
        <translation>Il TPM software è in esecuzione come processo in background; il suo socket è %1. Le chiavi non sono protette dall&apos;hardware.</translation>
    </message>
    <message>
        <source>The software TPM is stopped; its state is kept in %1.</source>
        <translation>Il TPM software è arrestato; il suo stato è conservato in %1.</translation>
    </message>
    <message>
        <source>The software TPM has not been set up yet; it starts when a card needs it.</source>
        <translation>Il TPM software non è ancora stato configurato; si avvia quando una carta ne ha bisogno.</translation>
    </message>
    <message>
        <source>Its resource manager tpm2-abrmd is running as %1 on the D-Bus session bus.</source>
        <translation>Il suo gestore risorse tpm2-abrmd è in esecuzione come %1 sul bus di sessione D-Bus.</translation>
    </message>
    <message>
        <source>Its resource manager tpm2-abrmd is not running; it starts when a card needs it.</source>
        <translation>Il suo gestore risorse tpm2-abrmd non è in esecuzione; si avvia quando una carta ne ha bisogno.</translation>
    </message>
    <message>
        <source>This session has no D-Bus session bus; the software TPM brings its own at %1.</source>
        <translation>Questa sessione non ha un bus di sessione D-Bus; il TPM software ne fornisce uno proprio all&apos;indirizzo %1.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use start, stop or status.</source>
        <translation>Azione sconosciuta “%1”: usa start, stop o status.</translation>
    </message>
    <message numerus="yes">
        <source>swtpm did not open %1 within %n second(s).</source>
        <translation>
            <numerusform>swtpm non ha aperto %1 entro %n secondo.</numerusform>
            <numerusform>swtpm non ha aperto %1 entro %n secondi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Check what will be created. Use Back to change anything.</source>
        <translation>Controlla cosa verrà creato. Usa Indietro per modificare qualcosa.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Card name</source>
        <translation>Nome della carta</translation>
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
        <translation>Recupero:</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recupero</translation>
    </message>
    <message>
        <source>Admin key:</source>
        <translation>Chiave di amministrazione:</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Chiave di amministrazione</translation>
    </message>
    <message>
        <source>Prepared now:</source>
        <extracomment>Followed by what is made on the card right away (its file system, a key pair).</extracomment>
        <translation>Preparata ora:</translation>
    </message>
    <message>
        <source>Prepared now</source>
        <extracomment>Followed by what is made on the card right away (its file system, a key pair).</extracomment>
        <translation>Preparata ora</translation>
    </message>
    <message>
        <source>Key algorithm:</source>
        <translation>Algoritmo chiave:</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>Algoritmo chiave</translation>
    </message>
    <message>
        <source>Attestation:</source>
        <translation>Attestazione:</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Attestazione</translation>
    </message>
    <message>
        <source>Created by:</source>
        <extracomment>Followed by what makes and keeps the card: the computer&apos;s TPM, a software TPM or a simulator.</extracomment>
        <translation>Creata da:</translation>
    </message>
    <message>
        <source>Created by</source>
        <extracomment>Followed by what makes and keeps the card: the computer&apos;s TPM, a software TPM or a simulator.</extracomment>
        <translation>Creata da</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>Press Create to create the card. This can take a minute; the secrets you typed are not shown here.</source>
        <translation>Premi Crea per creare la carta. L&apos;operazione può richiedere un minuto; i segreti digitati non vengono mostrati qui.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crea</translation>
    </message>
    <message>
        <source>The PIN can be reset with the PUK you chose</source>
        <translation>Il PIN può essere reimpostato con il PUK scelto</translation>
    </message>
    <message>
        <source>None (the PUK takes its place)</source>
        <translation>Nessuna (la sostituisce il PUK)</translation>
    </message>
    <message>
        <source>The PIN can be reset only with the PUK you chose</source>
        <translation>Il PIN può essere reimpostato solo con il PUK scelto</translation>
    </message>
    <message>
        <source>A random key that nobody knows</source>
        <translation>Una chiave casuale che nessuno conosce</translation>
    </message>
    <message>
        <source>The PIN can be reset with the PUK you chose or with the admin key you entered</source>
        <translation>Il PIN può essere reimpostato con il PUK scelto o con la chiave di amministrazione immessa</translation>
    </message>
    <message>
        <source>The PIN can be reset with the admin key you entered</source>
        <translation>Il PIN può essere reimpostato con la chiave di amministrazione immessa</translation>
    </message>
    <message>
        <source>The key you entered (check value %1)</source>
        <translation>La chiave immessa (valore di controllo %1)</translation>
    </message>
    <message>
        <source>The PIN can be reset with the PUK you chose or with the publicly known default admin key</source>
        <translation>Il PIN può essere reimpostato con il PUK scelto o con la chiave di amministrazione predefinita nota pubblicamente</translation>
    </message>
    <message>
        <source>The PIN can be reset with the publicly known default admin key</source>
        <translation>Il PIN può essere reimpostato con la chiave di amministrazione predefinita nota pubblicamente</translation>
    </message>
    <message>
        <source>The publicly known default key (check value %1)</source>
        <translation>La chiave predefinita nota pubblicamente (valore di controllo %1)</translation>
    </message>
    <message>
        <source>Anyone who has this card can reset its PIN with the publicly known default admin key.</source>
        <translation>Chiunque abbia questa carta può reimpostarne il PIN con la chiave di amministrazione predefinita nota pubblicamente.</translation>
    </message>
    <message>
        <source>Set; it meets your organization&apos;s rules</source>
        <extracomment>The PIN has been set (a value beside &quot;PIN:&quot; in the summary).</extracomment>
        <translation>Impostato; rispetta le regole dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Impostato</translation>
    </message>
    <message>
        <source>No, the card stays empty</source>
        <translation>No, la carta resta vuota</translation>
    </message>
    <message>
        <source>Yes, a file system and a key pair</source>
        <translation>Sì, un file system e una coppia di chiavi</translation>
    </message>
    <message>
        <source>Yes, a key pair</source>
        <translation>Sì, una coppia di chiavi</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <source>RSA 2048 bits</source>
        <translation>RSA 2048 bit</translation>
    </message>
    <message>
        <source>Elliptic curve P-256</source>
        <translation>Curva ellittica P-256</translation>
    </message>
    <message>
        <source>Attestation identity key only</source>
        <translation>Solo chiave di identità di attestazione</translation>
    </message>
    <message>
        <source>Attestation identity key and certificate</source>
        <translation>Chiave di identità di attestazione e certificato</translation>
    </message>
    <message>
        <source>The simulator, which creates no real card</source>
        <translation>Il simulatore, che non crea alcuna carta reale</translation>
    </message>
    <message>
        <source>The TPM of this computer</source>
        <translation>Il TPM di questo computer</translation>
    </message>
    <message>
        <source>A software TPM on this computer, whose keys are not protected by hardware</source>
        <translation>Un TPM software su questo computer, le cui chiavi non sono protette dall&apos;hardware</translation>
    </message>
    <message>
        <source>The PIN can never be reset. If it is forgotten or blocked, the card can only be removed and a new one created.</source>
        <translation>Il PIN non potrà mai essere reimpostato. Se viene dimenticato o bloccato, la carta può solo essere rimossa e sostituita da una nuova.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager of Windows</source>
        <translation>Gestione smart card virtuali TPM di Windows</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>The token store %1 cannot be reached.</source>
        <translation>Impossibile raggiungere l&apos;archivio dei token %1.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder of your own, or check the permissions of the folders on the way to it.</source>
        <translation>Indica a --store (o a TPM2_PKCS11_STORE) una cartella di tua proprietà, oppure controlla le autorizzazioni delle cartelle nel percorso che vi conduce.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder of your own, or the name of a new folder in one that exists, which the program makes for you.</source>
        <translation>Indica a --store (o a TPM2_PKCS11_STORE) una cartella di tua proprietà, oppure il nome di una nuova cartella all&apos;interno di una esistente, che il programma crea per te.</translation>
    </message>
    <message>
        <source>The token store %1 is a file, not a folder.</source>
        <translation>L&apos;archivio dei token %1 è un file, non una cartella.</translation>
    </message>
    <message>
        <source>The token store %1 belongs to another user (%2), not to you (%3).</source>
        <translation>L&apos;archivio dei token %1 appartiene a un altro utente (%2), non a te (%3).</translation>
    </message>
    <message>
        <source>The token store %1 is a folder anyone may write to (mode %2), so another user could put a database of their own in it.</source>
        <translation>L&apos;archivio dei token %1 è una cartella in cui chiunque può scrivere (modalità %2), quindi un altro utente potrebbe inserirvi un proprio database.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder only you may write to, or the name of a new folder, which the program makes private. It does not change the mode of a folder it did not make.</source>
        <translation>Indica a --store (o a TPM2_PKCS11_STORE) una cartella in cui solo tu puoi scrivere, oppure il nome di una nuova cartella, che il programma rende privata. Il programma non cambia la modalità di una cartella che non ha creato.</translation>
    </message>
    <message>
        <source>The token store %1 cannot be read.</source>
        <translation>Impossibile leggere l&apos;archivio dei token %1.</translation>
    </message>
    <message>
        <source>Allow yourself to read it (chmod u+rx), or give --store (or TPM2_PKCS11_STORE) another folder.</source>
        <translation>Concediti il permesso di leggerlo (chmod u+rx), oppure indica a --store (o a TPM2_PKCS11_STORE) un&apos;altra cartella.</translation>
    </message>
    <message>
        <source>The folder %1 holds files that are not a token store&apos;s (%2), so it is not used as one.</source>
        <translation>La cartella %1 contiene file che non appartengono a un archivio dei token (%2), quindi non viene usata come tale.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) an empty folder, the name of a new one, or an existing token store (a folder with tpm2_pkcs11.sqlite3 and nothing unrelated).</source>
        <translation>Indica a --store (o a TPM2_PKCS11_STORE) una cartella vuota, il nome di una nuova cartella o un archivio dei token esistente (una cartella con tpm2_pkcs11.sqlite3 e nient&apos;altro di estraneo).</translation>
    </message>
    <message>
        <source>The token store %1 is not writable, so no card can be made in it or removed from it.</source>
        <translation>L&apos;archivio dei token %1 non è scrivibile, quindi non è possibile crearvi né rimuoverne carte.</translation>
    </message>
    <message>
        <source>Make it writable for yourself, or give --store (or TPM2_PKCS11_STORE) another folder. Listing its cards needs no write.</source>
        <translation>Rendilo scrivibile per te, oppure indica a --store (o a TPM2_PKCS11_STORE) un&apos;altra cartella. Per elencarne le carte non serve scrivere.</translation>
    </message>
    <message>
        <source>The token store&apos;s database %1 is damaged or is not a token store&apos;s database, so its cards cannot be read. Nothing was written to it.</source>
        <translation>Il database %1 dell&apos;archivio dei token è danneggiato o non è il database di un archivio dei token, quindi non è possibile leggerne le carte. Non vi è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Put back a copy of %1 from a backup, or give --store (or TPM2_PKCS11_STORE) another folder for new cards. Keep the damaged file: a recovery tool may still read keys from it.</source>
        <translation>Ripristina una copia di %1 da un backup, oppure indica a --store (o a TPM2_PKCS11_STORE) un&apos;altra cartella per le nuove carte. Conserva il file danneggiato: uno strumento di recupero potrebbe ancora estrarne le chiavi.</translation>
    </message>
    <message>
        <source>The disk that holds the token store %1 is full, so the card could not be written. Nothing of this attempt was kept.</source>
        <translation>Il disco che contiene l&apos;archivio dei token %1 è pieno, quindi non è stato possibile scrivere la carta. Non è stato conservato nulla di questo tentativo.</translation>
    </message>
    <message numerus="yes">
        <source>Free some space on that disk (at least %n MiB), then try again; or give --store (or TPM2_PKCS11_STORE) a folder on another disk.</source>
        <translation>
            <numerusform>Libera spazio su quel disco (almeno %n MiB), poi riprova; oppure indica a --store (o a TPM2_PKCS11_STORE) una cartella su un altro disco.</numerusform>
            <numerusform>Libera spazio su quel disco (almeno %n MiB), poi riprova; oppure indica a --store (o a TPM2_PKCS11_STORE) una cartella su un altro disco.</numerusform>
        </translation>
    </message>
    <message>
        <source>Neither the token store %1 nor the folder %2 that would hold it exists. The program makes only the store&apos;s own folder, so that a mistyped path does not become folders.</source>
        <translation>Non esistono né l&apos;archivio dei token %1 né la cartella %2 che lo conterrebbe. Il programma crea solo la cartella dell&apos;archivio stesso, così un percorso digitato male non diventa una serie di cartelle.</translation>
    </message>
    <message>
        <source>Check the path given to --store (or TPM2_PKCS11_STORE), or create %1 first.</source>
        <translation>Controlla il percorso indicato a --store (o a TPM2_PKCS11_STORE), oppure crea prima %1.</translation>
    </message>
    <message>
        <source>The token store %1 is not writable: %2, where it would be made, is not a folder.</source>
        <translation>L&apos;archivio dei token %1 non è scrivibile: %2, dove verrebbe creato, non è una cartella.</translation>
    </message>
    <message>
        <source>Check the path given to --store (or TPM2_PKCS11_STORE).</source>
        <translation>Controlla il percorso indicato a --store (o a TPM2_PKCS11_STORE).</translation>
    </message>
    <message>
        <source>The token store %1 is not writable: you may not make a folder in %2.</source>
        <translation>L&apos;archivio dei token %1 non è scrivibile: non hai il permesso di creare una cartella in %2.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder in one you may write to, such as your home folder.</source>
        <translation>Indica a --store (o a TPM2_PKCS11_STORE) una cartella all&apos;interno di una in cui puoi scrivere, come la tua cartella home.</translation>
    </message>
    <message>
        <source>The token store %1 could not be made.</source>
        <translation>Impossibile creare l&apos;archivio dei token %1.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder in one you may write to.</source>
        <translation>Indica a --store (o a TPM2_PKCS11_STORE) una cartella all&apos;interno di una in cui puoi scrivere.</translation>
    </message>
    <message>
        <source>Make it writable for yourself, or give --store (or TPM2_PKCS11_STORE) another folder.</source>
        <translation>Rendilo scrivibile per te, oppure indica a --store (o a TPM2_PKCS11_STORE) un&apos;altra cartella.</translation>
    </message>
    <message numerus="yes">
        <source>The folder %1 holds files that are not a token store&apos;s (%2 and %n more), so it is not used as one.</source>
        <translation>
            <numerusform>La cartella %1 contiene file che non appartengono a un archivio dei token (%2 e %n altro), quindi non viene usata come tale.</numerusform>
            <numerusform>La cartella %1 contiene file che non appartengono a un archivio dei token (%2 e altri %n), quindi non viene usata come tale.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tpm2Backend</name>
    <message>
        <source>Software TPM — keys are not protected by hardware</source>
        <translation>TPM software: le chiavi non sono protette dall&apos;hardware</translation>
    </message>
    <message>
        <source>Applications reach the card through the PKCS#11 module %1.</source>
        <translation>Le applicazioni raggiungono la carta tramite il modulo PKCS#11 %1.</translation>
    </message>
    <message>
        <source>Programs you start after your next login find it by themselves: %1 sets %2 for them.</source>
        <extracomment>&quot;it&quot; is the software TPM; %1 is a file path, %2 an environment variable&apos;s name.</extracomment>
        <translation>I programmi che avvii dopo il prossimo accesso lo trovano da soli: %1 imposta %2 per loro.</translation>
    </message>
    <message>
        <source>The settings for other programs could not be registered: %1</source>
        <translation>Impossibile registrare le impostazioni per gli altri programmi: %1</translation>
    </message>
    <message>
        <source>This session has no D-Bus session bus, so programs reach the software TPM only with the lines below in their environment.</source>
        <translation>Questa sessione non ha un bus di sessione D-Bus, quindi i programmi raggiungono il TPM software solo con le righe seguenti nel loro ambiente.</translation>
    </message>
    <message>
        <source>In a terminal, the line below shows the card&apos;s public keys.</source>
        <translation>In un terminale, la riga seguente mostra le chiavi pubbliche della carta.</translation>
    </message>
    <message>
        <source>In a terminal that is already open, the lines below reach the card; the last one shows its public keys.</source>
        <translation>In un terminale già aperto, le righe seguenti raggiungono la carta; l&apos;ultima ne mostra le chiavi pubbliche.</translation>
    </message>
    <message>
        <source>The tpm2-pkcs11 module was not found. Install the package libtpm2-pkcs11-1.</source>
        <translation>Modulo tpm2-pkcs11 non trovato. Installa il pacchetto libtpm2-pkcs11-1.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2). Ask your administrator to add you to the group tss, then sign in again.</source>
        <translation>Impossibile aprire %1 (%2). Chiedi all&apos;amministratore di aggiungerti al gruppo tss, poi accedi di nuovo.</translation>
    </message>
    <message>
        <source>The software TPM does not answer: %1</source>
        <translation>Il TPM software non risponde: %1</translation>
    </message>
    <message>
        <source>The token store %1 may not be written, and a copy of it to read could not be made: %2</source>
        <translation>Non è consentito scrivere nell&apos;archivio dei token %1, e non è stato possibile crearne una copia da leggere: %2</translation>
    </message>
    <message>
        <source>C_Initialize with TCTI %1 failed: %2</source>
        <translation>C_Initialize con il TCTI %1 non riuscito: %2</translation>
    </message>
    <message>
        <source>Waiting for another vscwizard (process %1) to finish with the token store %2…</source>
        <translation>In attesa che un&apos;altra istanza di vscwizard (processo %1) finisca di usare l&apos;archivio dei token %2…</translation>
    </message>
    <message>
        <source>Waiting for another vscwizard to finish with the token store %1…</source>
        <translation>In attesa che un&apos;altra istanza di vscwizard finisca di usare l&apos;archivio dei token %1…</translation>
    </message>
    <message>
        <source>The token store is busy</source>
        <translation>L&apos;archivio dei token è occupato</translation>
    </message>
    <message>
        <source>Wait until it has finished, or end it, then try again. Nothing was changed.</source>
        <translation>Attendi che abbia finito, oppure terminala, poi riprova. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The unfinished card &quot;%1&quot; could not be removed: %2</source>
        <translation>Impossibile rimuovere la carta incompleta “%1”: %2</translation>
    </message>
    <message>
        <source>There is no card with the instance id &quot;%1&quot;.</source>
        <translation>Non esiste alcuna carta con l&apos;ID istanza “%1”.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Il disco è pieno</translation>
    </message>
    <message>
        <source>The token store is damaged</source>
        <translation>L&apos;archivio dei token è danneggiato</translation>
    </message>
    <message>
        <source>The token store is read-only</source>
        <translation>L&apos;archivio dei token è di sola lettura</translation>
    </message>
    <message>
        <source>The token store cannot be read</source>
        <translation>Impossibile leggere l&apos;archivio dei token</translation>
    </message>
    <message>
        <source>This folder cannot be the token store</source>
        <translation>Questa cartella non può essere l&apos;archivio dei token</translation>
    </message>
    <message>
        <source>The software TPM is not running</source>
        <translation>Il TPM software non è in esecuzione</translation>
    </message>
    <message>
        <source>The software TPM stopped, or does not answer, so the operation could not finish.</source>
        <translation>Il TPM software si è arrestato o non risponde, quindi l&apos;operazione non è stata completata.</translation>
    </message>
    <message>
        <source>Start it again with “vscwizard software-tpm start”, then try again.</source>
        <translation>Avvialo di nuovo con “vscwizard software-tpm start”, poi riprova.</translation>
    </message>
    <message>
        <source>Try again: the next operation starts it again.</source>
        <translation>Riprova: l&apos;operazione successiva lo riavvia.</translation>
    </message>
    <message>
        <source>The TPM is locked after too many wrong PINs</source>
        <translation>Il TPM è bloccato dopo troppi PIN errati</translation>
    </message>
    <message>
        <source>The TPM is locked after too many wrong PINs (%1 of %2). It protects every card this way, whichever program the PINs were typed in.</source>
        <translation>Il TPM è bloccato dopo troppi PIN errati (%1 su %2). In questo modo protegge tutte le carte, qualunque sia il programma in cui sono stati digitati i PIN.</translation>
    </message>
    <message>
        <source>The TPM has no room for more objects</source>
        <translation>Il TPM non ha spazio per altri oggetti</translation>
    </message>
    <message>
        <source>The TPM has no room for more objects: programs that ended without cleaning up left theirs loaded. This happens only where no resource manager stands in front of the TPM (%1).</source>
        <translation>Il TPM non ha spazio per altri oggetti: programmi terminati senza fare pulizia vi hanno lasciato caricati i propri. Succede solo quando davanti al TPM non c&apos;è un gestore risorse (%1).</translation>
    </message>
    <message>
        <source>Restart that TPM, or reach it through a resource manager: the kernel&apos;s /dev/tpmrm0, or the program&apos;s own software TPM, which has one.</source>
        <translation>Riavvia quel TPM, oppure raggiungilo tramite un gestore risorse: /dev/tpmrm0 del kernel, oppure il TPM software del programma, che ne ha uno.</translation>
    </message>
    <message>
        <source>No TPM found</source>
        <translation>Nessun TPM trovato</translation>
    </message>
    <message>
        <source>There is no TPM at %1.</source>
        <translation>Non c&apos;è alcun TPM in %1.</translation>
    </message>
    <message>
        <source>If this computer has a TPM, turn it on in the firmware settings; otherwise use the software TPM (--tpm software).</source>
        <translation>Se questo computer ha un TPM, attivalo nelle impostazioni del firmware; altrimenti usa il TPM software (--tpm software).</translation>
    </message>
    <message>
        <source>Check the path given to --tpm device:PATH (the kernel&apos;s TPM is /dev/tpmrm0), or use the software TPM (--tpm software).</source>
        <translation>Controlla il percorso indicato a --tpm device:PERCORSO (il TPM del kernel è /dev/tpmrm0), oppure usa il TPM software (--tpm software).</translation>
    </message>
    <message>
        <source>No permission to use the TPM</source>
        <translation>Nessuna autorizzazione per usare il TPM</translation>
    </message>
    <message>
        <source>You may not use the TPM %1.</source>
        <translation>Non hai l&apos;autorizzazione per usare il TPM %1.</translation>
    </message>
    <message>
        <source>Ask your administrator to add your account to the group tss, then sign out and in again; or use the software TPM (--tpm software).</source>
        <translation>Chiedi all&apos;amministratore di aggiungere il tuo account al gruppo tss, poi esci e accedi di nuovo; oppure usa il TPM software (--tpm software).</translation>
    </message>
    <message>
        <source>The TPM does not answer</source>
        <translation>Il TPM non risponde</translation>
    </message>
    <message>
        <source>No TPM answered through %1.</source>
        <translation>Nessun TPM ha risposto tramite %1.</translation>
    </message>
    <message>
        <source>Check the TCTI given with --tpm tcti:STRING (such as device:/dev/tpmrm0, or swtpm:host=localhost,port=2321 for a running swtpm), or leave --tpm out to use this computer&apos;s TPM or the software TPM.</source>
        <translation>Controlla il TCTI indicato con --tpm tcti:STRINGA (ad esempio device:/dev/tpmrm0, oppure swtpm:host=localhost,port=2321 per uno swtpm in esecuzione), oppure ometti --tpm per usare il TPM di questo computer o il TPM software.</translation>
    </message>
    <message>
        <source>Another program may hold the TPM (%1 serves one program at a time; /dev/tpmrm0 serves many): try again when it has finished, or use /dev/tpmrm0.</source>
        <translation>Il TPM potrebbe essere occupato da un altro programma (%1 serve un programma alla volta; /dev/tpmrm0 ne serve molti): riprova quando avrà finito, oppure usa /dev/tpmrm0.</translation>
    </message>
    <message>
        <source>The token store belongs to another TPM</source>
        <translation>L&apos;archivio dei token appartiene a un altro TPM</translation>
    </message>
    <message>
        <source>The token store %1 holds cards of another TPM: its storage key is not on this one.</source>
        <translation>L&apos;archivio dei token %1 contiene carte di un altro TPM: la sua chiave di archiviazione non si trova su questo.</translation>
    </message>
    <message>
        <source>Keep the cards of each TPM in a store of their own (--store), or use the TPM they were made on.</source>
        <translation>Conserva le carte di ciascun TPM in un archivio separato (--store), oppure usa il TPM su cui sono state create.</translation>
    </message>
    <message numerus="yes">
        <source>Another program was writing to the token store %1 and did not finish within %n second(s), so this operation could not use it.</source>
        <translation>
            <numerusform>Un altro programma stava scrivendo nell&apos;archivio dei token %1 e non ha finito entro %n secondo, quindi questa operazione non ha potuto usarlo.</numerusform>
            <numerusform>Un altro programma stava scrivendo nell&apos;archivio dei token %1 e non ha finito entro %n secondi, quindi questa operazione non ha potuto usarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again once that program has finished; nothing of this attempt was kept.</source>
        <translation>Riprova quando quel programma avrà finito; non è stato conservato nulla di questo tentativo.</translation>
    </message>
    <message>
        <source>Not a TPM device</source>
        <translation>Non è un dispositivo TPM</translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>Carta inesistente</translation>
    </message>
    <message>
        <source>There is no card with the instance id “%1” in the token store %2.</source>
        <translation>Nell&apos;archivio dei token %2 non c&apos;è alcuna carta con l&apos;ID istanza “%1”.</translation>
    </message>
    <message>
        <source>“vscwizard list” shows the cards and their instance ids; another program may have removed this one already.</source>
        <translation>“vscwizard list” mostra le carte e i relativi ID istanza; un altro programma potrebbe aver già rimosso questa carta.</translation>
    </message>
    <message>
        <source>Type the PUK again, carefully: it is the one set when the card was made, not the PIN.</source>
        <translation>Digita di nuovo il PUK con attenzione: è quello impostato alla creazione della carta, non il PIN.</translation>
    </message>
    <message>
        <source>Check the 48 hexadecimal digits you were given for this card.</source>
        <translation>Controlla le 48 cifre esadecimali che ti sono state fornite per questa carta.</translation>
    </message>
    <message>
        <source>Type the PIN again, carefully. If you have forgotten it, reset it with the PUK or the admin key instead of guessing: every wrong PIN counts, on every card of this TPM.</source>
        <translation>Digita di nuovo il PIN con attenzione. Se l&apos;hai dimenticato, reimpostalo con il PUK o la chiave di amministrazione invece di tirare a indovinare: ogni PIN errato conta, su tutte le carte di questo TPM.</translation>
    </message>
    <message>
        <source>Names like &quot;%1&quot; are kept for cards being made; choose another name.</source>
        <extracomment>&quot;kept&quot; = reserved: the program names a card this way while it is being made.</extracomment>
        <translation>I nomi come “%1” sono riservati alle carte in fase di creazione; scegli un altro nome.</translation>
    </message>
    <message>
        <source>A card named &quot;%1&quot; exists already.</source>
        <translation>Esiste già una carta chiamata “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>The software TPM holds at most %n card(s): every program that uses them holds one connection to its resource manager per card. Remove a card first.</source>
        <translation>
            <numerusform>Il TPM software contiene al massimo %n carta: ogni programma che le usa mantiene una connessione al suo gestore risorse per ciascuna carta. Rimuovi prima una carta.</numerusform>
            <numerusform>Il TPM software contiene al massimo %n carte: ogni programma che le usa mantiene una connessione al suo gestore risorse per ciascuna carta. Rimuovi prima una carta.</numerusform>
        </translation>
    </message>
    <message>
        <source>The token store has no free slot (tpm2-pkcs11 holds 255 tokens).</source>
        <translation>L&apos;archivio dei token non ha slot liberi (tpm2-pkcs11 contiene 255 token).</translation>
    </message>
    <message>
        <source>The new token &quot;%1&quot; is not in the slot list (%2).</source>
        <translation>Il nuovo token “%1” non è nell&apos;elenco degli slot (%2).</translation>
    </message>
    <message>
        <source>Injected failure.</source>
        <extracomment>Seen only in the program&apos;s own tests, which make a create fail on purpose.</extracomment>
        <translation>Errore indotto.</translation>
    </message>
    <message>
        <source>Another program created a card named &quot;%1&quot; while this one was being made.</source>
        <translation>Un altro programma ha creato una carta chiamata “%1” mentre questa veniva creata.</translation>
    </message>
    <message>
        <source>The cancelled card could not be removed: %1</source>
        <translation>Impossibile rimuovere la carta annullata: %1</translation>
    </message>
    <message>
        <source>%1
The unfinished card could not be removed: %2</source>
        <translation>%1
Impossibile rimuovere la carta incompleta: %2</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has no PUK and a random admin key that nobody knows.</source>
        <translation>La carta “%1” non ha un PUK e ha una chiave di amministrazione casuale che nessuno conosce.</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has no PUK: its PIN is reset with its admin key.</source>
        <translation>La carta “%1” non ha un PUK: il suo PIN si reimposta con la chiave di amministrazione.</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has a PUK, which takes the admin key&apos;s place: its PIN is reset with the PUK.</source>
        <translation>La carta “%1” ha un PUK, che prende il posto della chiave di amministrazione: il suo PIN si reimposta con il PUK.</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has no PUK.</source>
        <translation>La carta “%1” non ha un PUK.</translation>
    </message>
    <message>
        <source>The tpm2-pkcs11 module is not installed. Install the package libtpm2-pkcs11-1.</source>
        <translation>Il modulo tpm2-pkcs11 non è installato. Installa il pacchetto libtpm2-pkcs11-1.</translation>
    </message>
    <message>
        <source>The tpm2-pkcs11 module %1 cannot be loaded.</source>
        <translation>Impossibile caricare il modulo tpm2-pkcs11 %1.</translation>
    </message>
    <message>
        <source>The TPM %1 cannot be opened.</source>
        <translation>Impossibile aprire il TPM %1.</translation>
    </message>
    <message>
        <source>The software TPM needs the program swtpm. Install the package swtpm.</source>
        <translation>Il TPM software richiede il programma swtpm. Installa il pacchetto swtpm.</translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs (%1 of %2); it accepts PINs again in about %n minute(s).</source>
        <extracomment>%1 of %2: wrong PINs counted, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>Il TPM è bloccato dopo troppi PIN errati (%1 su %2); accetterà di nuovo i PIN tra circa %n minuto.</numerusform>
            <numerusform>Il TPM è bloccato dopo troppi PIN errati (%1 su %2); accetterà di nuovo i PIN tra circa %n minuti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs (%1 of %2); it accepts PINs again in about %n second(s).</source>
        <extracomment>%1 of %2: wrong PINs counted, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>Il TPM è bloccato dopo troppi PIN errati (%1 su %2); accetterà di nuovo i PIN tra circa %n secondo.</numerusform>
            <numerusform>Il TPM è bloccato dopo troppi PIN errati (%1 su %2); accetterà di nuovo i PIN tra circa %n secondi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard (process %1) has held the token store %2 for %n minute(s), and still does.</source>
        <extracomment>%1: a process id; %2: a folder.</extracomment>
        <translation>
            <numerusform>Un&apos;altra istanza di vscwizard (processo %1) occupa l&apos;archivio dei token %2 da %n minuto e non l&apos;ha ancora liberato.</numerusform>
            <numerusform>Un&apos;altra istanza di vscwizard (processo %1) occupa l&apos;archivio dei token %2 da %n minuti e non l&apos;ha ancora liberato.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard (process %1) has held the token store %2 for %n second(s), and still does.</source>
        <extracomment>%1: a process id; %2: a folder.</extracomment>
        <translation>
            <numerusform>Un&apos;altra istanza di vscwizard (processo %1) occupa l&apos;archivio dei token %2 da %n secondo e non l&apos;ha ancora liberato.</numerusform>
            <numerusform>Un&apos;altra istanza di vscwizard (processo %1) occupa l&apos;archivio dei token %2 da %n secondi e non l&apos;ha ancora liberato.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard has held the token store %1 for %n minute(s), and still does.</source>
        <translation>
            <numerusform>Un&apos;altra istanza di vscwizard occupa l&apos;archivio dei token %1 da %n minuto e non l&apos;ha ancora liberato.</numerusform>
            <numerusform>Un&apos;altra istanza di vscwizard occupa l&apos;archivio dei token %1 da %n minuti e non l&apos;ha ancora liberato.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard has held the token store %1 for %n second(s), and still does.</source>
        <translation>
            <numerusform>Un&apos;altra istanza di vscwizard occupa l&apos;archivio dei token %1 da %n secondo e non l&apos;ha ancora liberato.</numerusform>
            <numerusform>Un&apos;altra istanza di vscwizard occupa l&apos;archivio dei token %1 da %n secondi e non l&apos;ha ancora liberato.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait: the TPM accepts PINs again in about %n minute(s).</source>
        <translation>
            <numerusform>Attendi: il TPM accetterà di nuovo i PIN tra circa %n minuto.</numerusform>
            <numerusform>Attendi: il TPM accetterà di nuovo i PIN tra circa %n minuti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait: the TPM accepts PINs again in about %n second(s).</source>
        <translation>
            <numerusform>Attendi: il TPM accetterà di nuovo i PIN tra circa %n secondo.</numerusform>
            <numerusform>Attendi: il TPM accetterà di nuovo i PIN tra circa %n secondi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK is wrong for this card. The TPM counts wrong PINs and PUKs of all its cards together: after %n more it refuses every one of them for a while.</source>
        <translation>
            <numerusform>Il PUK non è corretto per questa carta. Il TPM conta insieme i PIN e i PUK errati di tutte le sue carte: dopo ancora %n errore li rifiuterà tutti per un certo tempo.</numerusform>
            <numerusform>Il PUK non è corretto per questa carta. Il TPM conta insieme i PIN e i PUK errati di tutte le sue carte: dopo altri %n errori li rifiuterà tutti per un certo tempo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The admin key is wrong for this card. The TPM counts wrong PINs and admin keys of all its cards together: after %n more it refuses every one of them for a while.</source>
        <translation>
            <numerusform>La chiave di amministrazione non è corretta per questa carta. Il TPM conta insieme i PIN e le chiavi di amministrazione errati di tutte le sue carte: dopo ancora %n errore li rifiuterà tutti per un certo tempo.</numerusform>
            <numerusform>La chiave di amministrazione non è corretta per questa carta. Il TPM conta insieme i PIN e le chiavi di amministrazione errati di tutte le sue carte: dopo altri %n errori li rifiuterà tutti per un certo tempo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN is wrong for this card. The TPM counts wrong PINs of all its cards together: after %n more it refuses every PIN for a while.</source>
        <translation>
            <numerusform>Il PIN non è corretto per questa carta. Il TPM conta insieme i PIN errati di tutte le sue carte: dopo ancora %n errore rifiuterà qualsiasi PIN per un certo tempo.</numerusform>
            <numerusform>Il PIN non è corretto per questa carta. Il TPM conta insieme i PIN errati di tutte le sue carte: dopo altri %n errori rifiuterà qualsiasi PIN per un certo tempo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs. It accepts PINs again in about %n minute(s).</source>
        <translation>
            <numerusform>Il TPM è bloccato dopo troppi PIN errati. Accetterà di nuovo i PIN tra circa %n minuto.</numerusform>
            <numerusform>Il TPM è bloccato dopo troppi PIN errati. Accetterà di nuovo i PIN tra circa %n minuti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs. It accepts PINs again in about %n second(s).</source>
        <translation>
            <numerusform>Il TPM è bloccato dopo troppi PIN errati. Accetterà di nuovo i PIN tra circa %n secondo.</numerusform>
            <numerusform>Il TPM è bloccato dopo troppi PIN errati. Accetterà di nuovo i PIN tra circa %n secondi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TpmTarget</name>
    <message>
        <source>Unknown TPM &quot;%1&quot;: use auto, device, device:PATH, software, software:FOLDER or tcti:STRING.</source>
        <translation>TPM sconosciuto “%1”: usa auto, device, device:PERCORSO, software, software:CARTELLA o tcti:STRINGA.</translation>
    </message>
    <message>
        <source>A TPM is a character device such as /dev/tpmrm0: give --tpm device:PATH the path of one, or use --tpm software.</source>
        <translation>Un TPM è un dispositivo a caratteri come /dev/tpmrm0: indica a --tpm device:PERCORSO il percorso di uno di essi, oppure usa --tpm software.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a regular file, so nothing was written to it.</source>
        <translation>%1 non è un TPM ma un file normale, quindi non vi è stato scritto nulla.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a folder, so nothing was written to it.</source>
        <translation>%1 non è un TPM ma una cartella, quindi non vi è stato scritto nulla.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a named pipe, so nothing was written to it.</source>
        <translation>%1 non è un TPM ma una named pipe, quindi non vi è stato scritto nulla.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a socket, so nothing was written to it.</source>
        <translation>%1 non è un TPM ma un socket, quindi non vi è stato scritto nulla.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a block device, so nothing was written to it.</source>
        <translation>%1 non è un TPM ma un dispositivo a blocchi, quindi non vi è stato scritto nulla.</translation>
    </message>
    <message>
        <source>%1 is not a TPM, nor any other device, so nothing was written to it.</source>
        <translation>%1 non è né un TPM né un altro dispositivo, quindi non vi è stato scritto nulla.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Benvenuto</translation>
    </message>
    <message>
        <source>This wizard creates a virtual smart card on this computer.</source>
        <translation>Questa procedura guidata crea una smart card virtuale su questo computer.</translation>
    </message>
    <message>
        <source>A virtual smart card works like a smart card you plug in, but it lives in this computer&apos;s security chip (the TPM). It keeps your keys and certificates safe: you unlock it with a PIN, and the keys cannot be copied off this computer.</source>
        <translation>Una smart card virtuale funziona come una smart card da inserire, ma risiede nel chip di sicurezza di questo computer (il TPM). Protegge le tue chiavi e i tuoi certificati: la sblocchi con un PIN e le chiavi non possono essere copiate fuori da questo computer.</translation>
    </message>
    <message>
        <source>You will choose a name, a PIN and a way to recover the card if the PIN is forgotten. First the wizard checks that this computer can hold a virtual smart card.</source>
        <translation>Sceglierai un nome, un PIN e un modo per recuperare la carta se dimentichi il PIN. Prima la procedura guidata verifica che questo computer possa ospitare una smart card virtuale.</translation>
    </message>
    <message>
        <source>Checking this computer…</source>
        <translation>Verifica di questo computer…</translation>
    </message>
    <message>
        <source>Check status</source>
        <extracomment>A noun: the result of checking whether this computer can hold a card.</extracomment>
        <translation>Stato della verifica</translation>
    </message>
    <message>
        <source>Checking this computer</source>
        <translation>Verifica di questo computer</translation>
    </message>
    <message>
        <source>Busy while the wizard checks that this computer can hold a virtual smart card.</source>
        <translation>Occupato mentre la procedura guidata verifica che questo computer possa ospitare una smart card virtuale.</translation>
    </message>
    <message>
        <source>&amp;Results of the check:</source>
        <translation>&amp;Risultati della verifica:</translation>
    </message>
    <message>
        <source>Results of the check</source>
        <translation>Risultati della verifica</translation>
    </message>
    <message>
        <source>What prevents creating a virtual smart card on this computer, and what to do about it.</source>
        <translation>Cosa impedisce di creare una smart card virtuale su questo computer e come risolvere.</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Verifica di nuovo</translation>
    </message>
    <message>
        <source>Checks this computer again after you fixed the problems listed.</source>
        <translation>Verifica di nuovo questo computer dopo aver risolto i problemi elencati.</translation>
    </message>
    <message>
        <source>&amp;Manage cards…</source>
        <translation>&amp;Gestisci carte…</translation>
    </message>
    <message>
        <source>Opens the card manager: change, reset or remove the cards you have.</source>
        <translation>Apre la gestione delle carte: cambia, reimposta o rimuovi le carte esistenti.</translation>
    </message>
    <message>
        <source>A virtual smart card works like a smart card you plug in. On this computer its keys are kept by a software TPM, not by a security chip: you unlock them with a PIN, but someone who can read your files could copy them.</source>
        <translation>Una smart card virtuale funziona come una smart card da inserire. Su questo computer le sue chiavi sono conservate da un TPM software, non da un chip di sicurezza: le sblocchi con un PIN, ma chi può leggere i tuoi file potrebbe copiarle.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Must be fixed before a card can be created</source>
        <translation>Da risolvere prima di poter creare una carta</translation>
    </message>
    <message>
        <source>A note; it does not prevent creating a card</source>
        <translation>Nota; non impedisce di creare una carta</translation>
    </message>
    <message>
        <source>The check was interrupted. Check again to continue.</source>
        <translation>La verifica è stata interrotta. Verifica di nuovo per continuare.</translation>
    </message>
    <message>
        <source>This computer cannot hold a virtual smart card yet. Fix the problems below, then check again.</source>
        <translation>Questo computer non può ancora ospitare una smart card virtuale. Risolvi i problemi seguenti, poi verifica di nuovo.</translation>
    </message>
    <message>
        <source>This computer is ready. Please note the points below.</source>
        <translation>Questo computer è pronto. Tieni presenti i punti seguenti.</translation>
    </message>
    <message>
        <source>This computer is ready. Continue to choose a name for the card.</source>
        <translation>Questo computer è pronto. Continua per scegliere un nome per la carta.</translation>
    </message>
</context>
<context>
    <name>WindowsBackend</name>
    <message>
        <source>The TPM Virtual Smart Card Manager is not available on this computer. It is part of Windows 8 and later; its service may be turned off.</source>
        <translation>Gestione smart card virtuali TPM non è disponibile su questo computer. Fa parte di Windows 8 e versioni successive; il suo servizio potrebbe essere disattivato.</translation>
    </message>
    <message>
        <source>No TPM (Trusted Platform Module) was found on this computer.</source>
        <translation>Nessun TPM (Trusted Platform Module) trovato su questo computer.</translation>
    </message>
    <message>
        <source>The TPM is not ready. Turn it on and prepare it in the TPM management console (tpm.msc), then try again.</source>
        <translation>Il TPM non è pronto. Attivalo e preparalo nella console di gestione TPM (tpm.msc), poi riprova.</translation>
    </message>
    <message>
        <source>Managing virtual smart cards needs administrator rights. Start vscwizard with &quot;Run as administrator&quot;.</source>
        <translation>Per gestire le smart card virtuali servono i diritti di amministratore. Avvia vscwizard con “Esegui come amministratore”.</translation>
    </message>
    <message>
        <source>Virtual smart cards cannot be managed from a remote desktop session.</source>
        <translation>Le smart card virtuali non possono essere gestite da una sessione Desktop remoto.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager refused a value of the request.</source>
        <translation>Gestione smart card virtuali TPM ha rifiutato un valore della richiesta.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>L&apos;operazione è stata annullata.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager reported a failure.</source>
        <translation>Gestione smart card virtuali TPM ha segnalato un errore.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager is not available</source>
        <translation>Gestione smart card virtuali TPM non disponibile</translation>
    </message>
    <message>
        <source>Ask your administrator to allow the smart card services of Windows to start; the manager is part of Windows 8 and later.</source>
        <translation>Chiedi all&apos;amministratore di consentire l&apos;avvio dei servizi smart card di Windows; Gestione smart card virtuali TPM fa parte di Windows 8 e versioni successive.</translation>
    </message>
    <message>
        <source>No TPM found</source>
        <translation>Nessun TPM trovato</translation>
    </message>
    <message>
        <source>If this computer has a TPM, turn it on in the firmware settings, then try again.</source>
        <translation>Se questo computer ha un TPM, attivalo nelle impostazioni del firmware, poi riprova.</translation>
    </message>
    <message>
        <source>The TPM is not ready</source>
        <translation>Il TPM non è pronto</translation>
    </message>
    <message>
        <source>Open the TPM management console (tpm.msc) as administrator and prepare the TPM, then try again.</source>
        <translation>Apri la console di gestione TPM (tpm.msc) come amministratore e prepara il TPM, poi riprova.</translation>
    </message>
    <message>
        <source>Administrator rights needed</source>
        <translation>Servono i diritti di amministratore</translation>
    </message>
    <message>
        <source>Start vscwizard with “Run as administrator”, then try again.</source>
        <translation>Avvia vscwizard con “Esegui come amministratore”, poi riprova.</translation>
    </message>
    <message>
        <source>The card needs a name.</source>
        <translation>La carta deve avere un nome.</translation>
    </message>
    <message numerus="yes">
        <source>The admin key must be exactly %n byte(s) long.</source>
        <translation>
            <numerusform>La chiave di amministrazione deve essere lunga esattamente %n byte.</numerusform>
            <numerusform>La chiave di amministrazione deve essere lunga esattamente %n byte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The admin key check value must be %n byte(s) long.</source>
        <translation>
            <numerusform>Il valore di controllo della chiave di amministrazione deve essere lungo %n byte.</numerusform>
            <numerusform>Il valore di controllo della chiave di amministrazione deve essere lungo %n byte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attestation needs Windows 10 or later.</source>
        <translation>L&apos;attestazione richiede Windows 10 o versioni successive.</translation>
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
        <translation>Impossibile contare i lettori di smart card di questo computer.</translation>
    </message>
    <message>
        <source>Win32 error %1</source>
        <translation>Errore Win32 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n smart card reader(s) exist already, the most there can be at once. Remove a virtual smart card or unplug a reader first.</source>
        <translation>
            <numerusform>Esiste già %n lettore di smart card, il massimo possibile contemporaneamente. Rimuovi prima una smart card virtuale o scollega un lettore.</numerusform>
            <numerusform>Esistono già %n lettori di smart card, il massimo possibile contemporaneamente. Rimuovi prima una smart card virtuale o scollega un lettore.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN policy cannot be passed to the manager.</source>
        <translation>Impossibile passare i criteri PIN a Gestione smart card virtuali TPM.</translation>
    </message>
    <message>
        <source>Windows shows the card as the smart card reader &quot;%1&quot;. Applications use it through the Windows smart card service, for example to enroll a certificate or sign in.</source>
        <translation>Windows mostra la carta come lettore di smart card “%1”. Le applicazioni la usano tramite il servizio smart card di Windows, ad esempio per registrare un certificato o per accedere.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the instance id of a TPM virtual smart card (ROOT\SMARTCARDREADER\000n).</source>
        <translation>“%1” non è l&apos;ID istanza di una smart card virtuale TPM (ROOT\SMARTCARDREADER\000n).</translation>
    </message>
    <message>
        <source>The smart card readers could not be listed (Win32 error %1).</source>
        <translation>Impossibile elencare i lettori di smart card (errore Win32 %1).</translation>
    </message>
    <message numerus="yes">
        <source>The PIN must be %1 to %n byte(s) long.</source>
        <translation>
            <numerusform>Il PIN deve essere lungo da %1 a %n byte.</numerusform>
            <numerusform>Il PIN deve essere lungo da %1 a %n byte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK must be %1 to %n byte(s) long.</source>
        <translation>
            <numerusform>Il PUK deve essere lungo da %1 a %n byte.</numerusform>
            <numerusform>Il PUK deve essere lungo da %1 a %n byte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>There is no graphical session to open the wizard in (DISPLAY and WAYLAND_DISPLAY are not set). The commands work without one; see vscwizard --help.</source>
        <translation>Non c&apos;è una sessione grafica in cui aprire la procedura guidata (DISPLAY e WAYLAND_DISPLAY non sono impostate). I comandi funzionano anche senza; vedi vscwizard --help.</translation>
    </message>
    <message>
        <source>There is no translation for &quot;%1&quot;; using English.</source>
        <translation>Non esiste una traduzione per “%1”; viene usato l&apos;inglese.</translation>
    </message>
    <message>
        <source>Cannot open the wizard %1: %2. The commands work without it; see vscwizard --help.</source>
        <translation>Impossibile aprire la procedura guidata %1: %2. I comandi funzionano anche senza; vedi vscwizard --help.</translation>
    </message>
    <message>
        <source>Commands are run by vscwizard, for example: vscwizard %1</source>
        <translation>I comandi vengono eseguiti da vscwizard, ad esempio: vscwizard %1</translation>
    </message>
    <message>
        <source>Organization policy</source>
        <translation>Criteri dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>Card manager</source>
        <translation>Gestione carte</translation>
    </message>
</context>
</TS>
