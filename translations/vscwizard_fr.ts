<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>AdminKey</name>
    <message>
        <source>Character %1 (&apos;%2&apos;) is not a hex digit.</source>
        <translation>Le caractère %1 («&#xa0;%2&#xa0;») n&apos;est pas un chiffre hexadécimal.</translation>
    </message>
    <message numerus="yes">
        <source>The admin key has %n hex digit(s); it needs exactly %1.</source>
        <translation>
            <numerusform>La clé d&apos;administration compte %n chiffre hexadécimal&#xa0;; il en faut exactement %1.</numerusform>
            <numerusform>La clé d&apos;administration compte %n chiffres hexadécimaux&#xa0;; il en faut exactement %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 (&apos;%2&apos;) splits a pair of hex digits; spaces and colons may only stand between pairs.</source>
        <translation>Le caractère %1 («&#xa0;%2&#xa0;») coupe une paire de chiffres hexadécimaux&#xa0;; les espaces et les deux-points ne peuvent figurer qu&apos;entre les paires.</translation>
    </message>
    <message numerus="yes">
        <source>The admin key has %n byte(s); it needs exactly %1.</source>
        <translation>
            <numerusform>La clé d&apos;administration compte %n octet&#xa0;; il en faut exactement %1.</numerusform>
            <numerusform>La clé d&apos;administration compte %n octets&#xa0;; il en faut exactement %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>L&apos;option %1 requiert une valeur.</translation>
    </message>
    <message>
        <source>--sim-delay takes milliseconds from 0 to 600000, not &quot;%1&quot;.</source>
        <translation>--sim-delay accepte un nombre de millisecondes de 0 à 600000, pas «&#xa0;%1&#xa0;».</translation>
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
        <translation>Options globales&#xa0;:
  --backend NOM        tpm2, windows ou simulator (tests et démonstrations uniquement)
  --lang LANGUE        langue des messages, p. ex. fr
  --policy FICHIER     fichier de stratégie de code PIN de l&apos;organisation
  --tpm CIBLE          tpm2&#xa0;: auto, device[:CHEMIN], software[:DOSSIER] ou tcti:CHAÎNE
  --store DOSSIER      tpm2&#xa0;: dossier du magasin de jetons
  --sim-state DOSSIER  simulator&#xa0;: dossier qui conserve ses cartes
  --sim-delay MS       simulator&#xa0;: délai de chaque étape
  --sim-fail ERR[@ÉT]  simulator&#xa0;: échouer avec l&apos;erreur ERR à l&apos;état ÉT, ou avec une
                       erreur de carte&#xa0;: CARD:ERR[@change-pin|reset-pin|change-puk|status]
</translation>
    </message>
</context>
<context>
    <name>BackendFactory</name>
    <message>
        <source>There is no backend called &quot;%1&quot;. Available: %2.</source>
        <translation>Il n&apos;existe aucun back-end nommé «&#xa0;%1&#xa0;». Disponibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>software-tpm acts on a software TPM, but --tpm %1 names another TPM. Leave out --tpm, or give --tpm software:FOLDER.</source>
        <translation>software-tpm agit sur un TPM logiciel, mais --tpm %1 désigne un autre TPM. Omettez --tpm, ou indiquez --tpm software:DOSSIER.</translation>
    </message>
    <message>
        <source>The software TPM is only used on Linux.</source>
        <translation>Le TPM logiciel n&apos;est utilisé que sous Linux.</translation>
    </message>
</context>
<context>
    <name>CardCommands</name>
    <message>
        <source>%1 takes only --instance ID and --with puk|adminkey; secrets are read from the terminal or from standard input.</source>
        <translation>%1 accepte uniquement --instance ID et --with puk|adminkey&#xa0;; les secrets sont lus depuis le terminal ou l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>%1 takes only --instance ID; secrets are read from the terminal or from standard input.</source>
        <translation>%1 accepte uniquement --instance ID&#xa0;; les secrets sont lus depuis le terminal ou l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>%1: --instance needs the instance id shown by &quot;vscwizard status&quot;.</source>
        <translation>%1&#xa0;: --instance requiert l&apos;ID d&apos;instance affiché par «&#xa0;vscwizard status&#xa0;».</translation>
    </message>
    <message>
        <source>%1: --with needs puk or adminkey.</source>
        <translation>%1&#xa0;: --with requiert puk ou adminkey.</translation>
    </message>
    <message>
        <source>%1: --with is given twice.</source>
        <translation>%1&#xa0;: --with est indiqué deux fois.</translation>
    </message>
    <message>
        <source>%1: --with takes puk or adminkey; the PUK or the admin key itself is read from the terminal or from standard input.</source>
        <translation>%1&#xa0;: --with accepte puk ou adminkey&#xa0;; la valeur du code PUK ou de la clé d&apos;administration est lue depuis le terminal ou l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>%1 takes exactly one --instance ID.</source>
        <translation>%1 accepte exactement une option --instance ID.</translation>
    </message>
    <message>
        <source>%1 needs --instance ID (see &quot;vscwizard status&quot;).</source>
        <translation>%1 requiert --instance ID (voir «&#xa0;vscwizard status&#xa0;»).</translation>
    </message>
    <message>
        <source>The two entries differed three times; nothing was changed.</source>
        <translation>Les deux saisies ont différé trois fois&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>No card has the instance id %1.</source>
        <translation>Aucune carte n&apos;a l&apos;ID d&apos;instance %1.</translation>
    </message>
    <message>
        <source>The card has no PUK: reset its PIN with %1 --with adminkey.</source>
        <translation>La carte n&apos;a pas de code PUK&#xa0;: réinitialisez son code PIN avec %1 --with adminkey.</translation>
    </message>
    <message>
        <source>Nobody knows the card&apos;s admin key: reset its PIN with %1 --with puk.</source>
        <translation>Personne ne connaît la clé d&apos;administration de la carte&#xa0;: réinitialisez son code PIN avec %1 --with puk.</translation>
    </message>
    <message>
        <source>The card has no PUK to change.</source>
        <translation>La carte n&apos;a pas de code PUK à modifier.</translation>
    </message>
    <message>
        <source>Current PIN: </source>
        <translation>Code PIN actuel&#xa0;: </translation>
    </message>
    <message>
        <source>Standard input ended before the current PIN was read.</source>
        <translation>L&apos;entrée standard s&apos;est terminée avant la lecture du code PIN actuel.</translation>
    </message>
    <message>
        <source>Current PUK: </source>
        <translation>Code PUK actuel&#xa0;: </translation>
    </message>
    <message>
        <source>PUK: </source>
        <translation>Code PUK&#xa0;: </translation>
    </message>
    <message>
        <source>Standard input ended before the PUK was read.</source>
        <translation>L&apos;entrée standard s&apos;est terminée avant la lecture du code PUK.</translation>
    </message>
    <message>
        <source>Admin key (48 hex digits): </source>
        <translation>Clé d&apos;administration (48 chiffres hexadécimaux)&#xa0;: </translation>
    </message>
    <message>
        <source>Standard input ended before the admin key was read.</source>
        <translation>L&apos;entrée standard s&apos;est terminée avant la lecture de la clé d&apos;administration.</translation>
    </message>
    <message>
        <source>Admin key: %1</source>
        <translation>Clé d&apos;administration&#xa0;: %1</translation>
    </message>
    <message>
        <source>The new PIN must meet these rules:</source>
        <translation>Le nouveau code PIN doit respecter ces règles&#xa0;:</translation>
    </message>
    <message>
        <source>New PIN: </source>
        <translation>Nouveau code PIN&#xa0;: </translation>
    </message>
    <message>
        <source>Repeat the new PIN: </source>
        <translation>Confirmez le nouveau code PIN&#xa0;: </translation>
    </message>
    <message>
        <source>Standard input ended before the new PIN was read.</source>
        <translation>L&apos;entrée standard s&apos;est terminée avant la lecture du nouveau code PIN.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>The new PIN breaks these rules:</source>
        <translation>Le nouveau code PIN enfreint ces règles&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>New PUK: </source>
        <translation>Nouveau code PUK&#xa0;: </translation>
    </message>
    <message>
        <source>Repeat the new PUK: </source>
        <translation>Confirmez le nouveau code PUK&#xa0;: </translation>
    </message>
    <message>
        <source>Standard input ended before the new PUK was read.</source>
        <translation>L&apos;entrée standard s&apos;est terminée avant la lecture du nouveau code PUK.</translation>
    </message>
    <message>
        <source>Changed the PIN of the card %1.</source>
        <translation>Le code PIN de la carte %1 a été modifié.</translation>
    </message>
    <message>
        <source>Changed the PIN of the card &quot;%1&quot; (%2).</source>
        <translation>Le code PIN de la carte «&#xa0;%1&#xa0;» (%2) a été modifié.</translation>
    </message>
    <message>
        <source>Changed the PUK of the card %1.</source>
        <translation>Le code PUK de la carte %1 a été modifié.</translation>
    </message>
    <message>
        <source>Changed the PUK of the card &quot;%1&quot; (%2).</source>
        <translation>Le code PUK de la carte «&#xa0;%1&#xa0;» (%2) a été modifié.</translation>
    </message>
    <message>
        <source>status takes only --json.</source>
        <translation>status accepte uniquement --json.</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; is not an instance id: none is longer than %n character(s) (see &quot;vscwizard status&quot;).</source>
        <extracomment>%1: a command name, kept in English.</extracomment>
        <translation>
            <numerusform>%1 : « %2 » n&apos;est pas un ID d&apos;instance : aucun ne dépasse %n caractère (voir « vscwizard status »).</numerusform>
            <numerusform>%1 : « %2 » n&apos;est pas un ID d&apos;instance : aucun ne dépasse %n caractères (voir « vscwizard status »).</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN of the card %1 was reset; it is unblocked.</source>
        <translation>Le code PIN de la carte %1 a été réinitialisé ; il est débloqué.</translation>
    </message>
    <message>
        <source>The PIN of the card &quot;%1&quot; (%2) was reset; it is unblocked.</source>
        <translation>Le code PIN de la carte « %1 » (%2) a été réinitialisé ; il est débloqué.</translation>
    </message>
</context>
<context>
    <name>CardManagerWindow</name>
    <message>
        <source>Manage virtual smart cards</source>
        <translation>Gérer les cartes à puce virtuelles</translation>
    </message>
    <message>
        <source>TPM lockout state</source>
        <translation>État de verrouillage du TPM</translation>
    </message>
    <message>
        <source>Car&amp;ds on this computer:</source>
        <translation>Cartes de cet or&amp;dinateur&#xa0;:</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Each row is a card: its name, where it lives, its keys, its PIN&apos;s state and how its PIN can be reset.</source>
        <translation>Chaque ligne est une carte&#xa0;: son nom, son emplacement, ses clés, l&apos;état de son code PIN et la façon de le réinitialiser.</translation>
    </message>
    <message>
        <source>Reading the cards</source>
        <translation>Lecture des cartes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>Modifier le &amp;PIN…</translation>
    </message>
    <message>
        <source>R&amp;eset PIN…</source>
        <translation>Réinitialis&amp;er le PIN…</translation>
    </message>
    <message>
        <source>Change P&amp;UK…</source>
        <translation>Modifier le P&amp;UK…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>Reads the cards and the TPM&apos;s lockout state again.</source>
        <translation>Relit les cartes et l&apos;état de verrouillage du TPM.</translation>
    </message>
    <message>
        <source>E&amp;nroll a new card…</source>
        <translation>&amp;Nouvelle carte…</translation>
    </message>
    <message>
        <source>Opens the wizard that creates a card.</source>
        <translation>Ouvre l&apos;assistant qui crée une carte.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Reading the cards…</source>
        <translation>Lecture des cartes…</translation>
    </message>
    <message>
        <source>The cards could not be read: %1 %2</source>
        <translation>Impossible de lire les cartes&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>There is no card yet. Enroll a new card to create one.</source>
        <translation>Il n&apos;y a encore aucune carte. Créez-en une avec Nouvelle carte.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s).</source>
        <translation>
            <numerusform>%n carte.</numerusform>
            <numerusform>%n cartes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a card first.</source>
        <translation>Sélectionnez d&apos;abord une carte.</translation>
    </message>
    <message>
        <source>The PIN is blocked; reset it first</source>
        <translation>Le code PIN est bloqué&#xa0;; réinitialisez-le d&apos;abord</translation>
    </message>
    <message>
        <source>This card can never be reset; remove it and create a new one</source>
        <translation>Cette carte ne pourra jamais être réinitialisée&#xa0;; supprimez-la et créez-en une autre</translation>
    </message>
    <message>
        <source>The PUK is blocked, so this card can no longer be reset; remove it and create a new one</source>
        <translation>Le code PUK est bloqué&#xa0;: cette carte ne peut plus être réinitialisée&#xa0;; supprimez-la et créez-en une autre</translation>
    </message>
    <message>
        <source>This card has no PUK</source>
        <translation>Cette carte n&apos;a pas de code PUK</translation>
    </message>
    <message>
        <source>The PUK is blocked</source>
        <translation>Le code PUK est bloqué</translation>
    </message>
    <message>
        <source>Sets a new PIN; the current PIN is needed.</source>
        <translation>Définit un nouveau code PIN&#xa0;; le code PIN actuel est nécessaire.</translation>
    </message>
    <message>
        <source>Sets a new PIN without the current one, with the PUK or the admin key.</source>
        <translation>Définit un nouveau code PIN sans l&apos;actuel, à l&apos;aide du code PUK ou de la clé d&apos;administration.</translation>
    </message>
    <message>
        <source>Sets a new PUK; the current PUK is needed.</source>
        <translation>Définit un nouveau code PUK&#xa0;; le code PUK actuel est nécessaire.</translation>
    </message>
    <message>
        <source>Removes the card and destroys its keys.</source>
        <translation>Supprime la carte et détruit ses clés.</translation>
    </message>
</context>
<context>
    <name>CardNamePage</name>
    <message>
        <source>Card Name</source>
        <translation>Nom de la carte</translation>
    </message>
    <message>
        <source>Choose a name that helps you recognize the card.</source>
        <translation>Choisissez un nom qui vous permet de reconnaître la carte.</translation>
    </message>
    <message>
        <source>Card na&amp;me:</source>
        <translation>No&amp;m de la carte&#xa0;:</translation>
    </message>
    <message>
        <source>Card name</source>
        <translation>Nom de la carte</translation>
    </message>
    <message>
        <source>The name shown for the card, for example in the list of security devices of a browser.</source>
        <translation>Le nom affiché pour la carte, par exemple dans la liste des périphériques de sécurité d&apos;un navigateur.</translation>
    </message>
    <message>
        <source>For example: Work laptop</source>
        <translation>Par exemple&#xa0;: Portable professionnel</translation>
    </message>
    <message>
        <source>Name check</source>
        <translation>Vérification du nom</translation>
    </message>
    <message numerus="yes">
        <source>The name can have at most %n character(s).</source>
        <translation>
            <numerusform>Le nom peut comporter au plus %n caractère.</numerusform>
            <numerusform>Le nom peut comporter au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>A card named “%1” already exists. Choose another name.</source>
        <translation>Une carte nommée «&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>This name can be used.</source>
        <translation>Ce nom peut être utilisé.</translation>
    </message>
</context>
<context>
    <name>CardRules</name>
    <message>
        <source>Enter a name for the card.</source>
        <translation>Entrez un nom pour la carte.</translation>
    </message>
    <message>
        <source>The name contains a character that is not shown, such as a tab, a line break or a writing-direction mark. Remove it.</source>
        <translation>Le nom contient un caractère invisible, comme une tabulation, un saut de ligne ou une marque de sens d&apos;écriture. Supprimez-le.</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: it can have at most %n character(s).</source>
        <translation>
            <numerusform>Le nom est trop long&#xa0;: il peut comporter au plus %n caractère.</numerusform>
            <numerusform>Le nom est trop long&#xa0;: il peut comporter au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: a card name holds %n byte(s) in UTF-8, where letters beyond ASCII take two to four; this one takes %1.</source>
        <translation>
            <numerusform>Le nom est trop long&#xa0;: un nom de carte tient en %n octet en UTF-8, où les lettres hors ASCII en occupent deux à quatre&#xa0;; celui-ci en occupe %1.</numerusform>
            <numerusform>Le nom est trop long&#xa0;: un nom de carte tient en %n octets en UTF-8, où les lettres hors ASCII en occupent deux à quatre&#xa0;; celui-ci en occupe %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name starts or ends with a space. Remove it.</source>
        <translation>Le nom commence ou se termine par un espace. Supprimez-le.</translation>
    </message>
    <message>
        <source>The name is not valid UTF-8 text. Type it again in a terminal that uses UTF-8.</source>
        <translation>Le nom n&apos;est pas un texte UTF-8 valide. Retapez-le dans un terminal qui utilise UTF-8.</translation>
    </message>
    <message>
        <source>The PIN breaks these rules: %1</source>
        <translation>Le code PIN enfreint ces règles&#xa0;: %1</translation>
    </message>
    <message>
        <source>This PIN is one of the most common PINs, which whoever finds the card tries first. Choose one that is harder to guess.</source>
        <translation>Ce code PIN fait partie des plus courants, ceux qu&apos;essaie en premier quiconque trouve la carte. Choisissez-en un plus difficile à deviner.</translation>
    </message>
    <message>
        <source>The PIN contains a NUL byte or bytes that are not UTF-8 text; other programs could not type it.</source>
        <translation>Le code PIN contient un octet NUL ou des octets qui ne sont pas du texte UTF-8&#xa0;; d&apos;autres programmes ne pourraient pas le saisir.</translation>
    </message>
    <message>
        <source>The PUK contains a NUL byte or bytes that are not UTF-8 text; other programs could not type it.</source>
        <translation>Le code PUK contient un octet NUL ou des octets qui ne sont pas du texte UTF-8&#xa0;; d&apos;autres programmes ne pourraient pas le saisir.</translation>
    </message>
    <message>
        <source>The PUK is the same as the PIN. Choose a different PUK: it must unlock the card when the PIN is forgotten or blocked.</source>
        <translation>Le code PUK est identique au code PIN. Choisissez un autre code PUK&#xa0;: il doit débloquer la carte quand le code PIN est oublié ou bloqué.</translation>
    </message>
    <message numerus="yes">
        <source>The PUK must have %1 to %n character(s).</source>
        <translation>
            <numerusform>Le code PUK doit comporter de %1 à %n caractère.</numerusform>
            <numerusform>Le code PUK doit comporter de %1 à %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK is too long: a PUK can have at most %n byte(s) in UTF-8, where letters such as ä or € take two or three; this one takes %1.</source>
        <extracomment>%n: the most bytes any PUK may have; %1: the bytes this PUK takes.</extracomment>
        <translation>
            <numerusform>Le code PUK est trop long : un code PUK peut comporter au plus %n octet en UTF-8, où des lettres comme ä ou € en occupent deux ou trois ; celui-ci en occupe %1.</numerusform>
            <numerusform>Le code PUK est trop long : un code PUK peut comporter au plus %n octets en UTF-8, où des lettres comme ä ou € en occupent deux ou trois ; celui-ci en occupe %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardTableModel</name>
    <message>
        <source>Instance id: %1</source>
        <translation>ID d&apos;instance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Récupération</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
</context>
<context>
    <name>CardText</name>
    <message>
        <source>TPM of this computer</source>
        <translation>TPM de cet ordinateur</translation>
    </message>
    <message>
        <source>Software TPM</source>
        <translation>TPM logiciel</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulateur</translation>
    </message>
    <message numerus="yes">
        <source>PIN set; %n try(ies) left</source>
        <translation>
            <numerusform>PIN défini&#xa0;; %n tentative restante</numerusform>
            <numerusform>PIN défini&#xa0;; %n tentatives restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>PIN défini</translation>
    </message>
    <message>
        <source>No PIN set</source>
        <translation>Aucun PIN défini</translation>
    </message>
    <message>
        <source>PIN blocked</source>
        <translation>PIN bloqué</translation>
    </message>
    <message>
        <source>Cannot be reset</source>
        <extracomment>The subject is the card (the virtual smart card): its PIN cannot be reset. A table cell.</extracomment>
        <translation>Non réinitialisable</translation>
    </message>
    <message>
        <source>PUK, or the default admin key</source>
        <translation>PUK, ou la clé d&apos;administration par défaut</translation>
    </message>
    <message>
        <source>Default admin key</source>
        <translation>Clé d&apos;administration par défaut</translation>
    </message>
    <message>
        <source>PUK, or the admin key</source>
        <translation>PUK, ou la clé d&apos;administration</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Clé d&apos;administration</translation>
    </message>
    <message>
        <source>PUK</source>
        <extracomment>PUK: PIN Unblocking Key, the secret that resets a blocked PIN.</extracomment>
        <translation>PUK</translation>
    </message>
    <message>
        <source>The TPM&apos;s lockout state is not known.</source>
        <translation>L&apos;état de verrouillage du TPM est inconnu.</translation>
    </message>
    <message numerus="yes">
        <source>No wrong PINs counted by the TPM (it locks after %n).</source>
        <translation>
            <numerusform>Aucun code PIN incorrect compté par le TPM (il se verrouille après %n).</numerusform>
            <numerusform>Aucun code PIN incorrect compté par le TPM (il se verrouille après %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>location</comment>
        <extracomment>Where the card is kept (a TPM, the simulator) is not known. A table cell of the Location column.</extracomment>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>PIN state</comment>
        <extracomment>The state of the card&apos;s PIN (set, blocked) is not known. A table cell of the PIN column.</extracomment>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>recovery</comment>
        <extracomment>How the card&apos;s PIN can be reset is not known. A table cell of the Recovery column.</extracomment>
        <translation>Inconnue</translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n second(s), on every card.</source>
        <translation>
            <numerusform>Le TPM est verrouillé après trop de codes PIN incorrects : il acceptera de nouveau les codes PIN dans %n seconde, sur toutes les cartes.</numerusform>
            <numerusform>Le TPM est verrouillé après trop de codes PIN incorrects : il acceptera de nouveau les codes PIN dans %n secondes, sur toutes les cartes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n minute(s), on every card.</source>
        <translation>
            <numerusform>Le TPM est verrouillé après trop de codes PIN incorrects : il acceptera de nouveau les codes PIN dans %n minute, sur toutes les cartes.</numerusform>
            <numerusform>Le TPM est verrouillé après trop de codes PIN incorrects : il acceptera de nouveau les codes PIN dans %n minutes, sur toutes les cartes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n hour(s), on every card.</source>
        <translation>
            <numerusform>Le TPM est verrouillé après trop de codes PIN incorrects : il acceptera de nouveau les codes PIN dans %n heure, sur toutes les cartes.</numerusform>
            <numerusform>Le TPM est verrouillé après trop de codes PIN incorrects : il acceptera de nouveau les codes PIN dans %n heures, sur toutes les cartes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n second(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>Codes PIN incorrects comptés par le TPM, toutes ses cartes confondues : %1 sur %2. Le compteur diminue d&apos;une unité chaque seconde.</numerusform>
            <numerusform>Codes PIN incorrects comptés par le TPM, toutes ses cartes confondues : %1 sur %2. Le compteur diminue d&apos;une unité toutes les %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n minute(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>Codes PIN incorrects comptés par le TPM, toutes ses cartes confondues : %1 sur %2. Le compteur diminue d&apos;une unité chaque minute.</numerusform>
            <numerusform>Codes PIN incorrects comptés par le TPM, toutes ses cartes confondues : %1 sur %2. Le compteur diminue d&apos;une unité toutes les %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n hour(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>Codes PIN incorrects comptés par le TPM, toutes ses cartes confondues : %1 sur %2. Le compteur diminue d&apos;une unité chaque heure.</numerusform>
            <numerusform>Codes PIN incorrects comptés par le TPM, toutes ses cartes confondues : %1 sur %2. Le compteur diminue d&apos;une unité toutes les %n heures.</numerusform>
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
        <translation>Utilisation&#xa0;: vscwizard [OPTIONS GLOBALES] [COMMANDE [OPTIONS]]
Sans commande, l&apos;assistant de création de carte s&apos;ouvre.

Commandes&#xa0;:
  create --name NOM [--pin prompt|default] [--puk prompt|default|none]
         [--adminkey default|random|prompt] [--generate]
         [--pinpolicy minlen N maxlen N CLASSE RÈGLE ...]
      Crée une carte à puce virtuelle et affiche son ID d&apos;instance.
      CLASSE vaut uppercase, lowercase, digits, special ou other&#xa0;; RÈGLE vaut allow,
      require ou disallow. Par défaut&#xa0;: --pin prompt, --puk none, --adminkey default&#xa0;;
      les codes PIN et PUK par défaut sont ceux de tpmvscmgr. --adminkey random crée une
      carte qui ne peut jamais être réinitialisée, seulement supprimée. Avec tpm2 (Linux),
      le code PUK remplace la clé d&apos;administration&#xa0;: une carte avec code PUK n&apos;en a pas.
  destroy --instance ID
      Supprime une carte à puce virtuelle.
  list [--json]
      Affiche les cartes à puce virtuelles.
  status [--json]
      Affiche l&apos;état du code PIN de chaque carte (tentatives restantes, blocage), la façon
      de le réinitialiser et l&apos;état de verrouillage du TPM, sans consommer de tentative.
  change-pin --instance ID
      Modifie le code PIN d&apos;une carte&#xa0;; lit le code PIN actuel, puis le nouveau.
  reset-pin --instance ID [--with puk|adminkey]
      Définit un nouveau code PIN, même sur une carte bloquée&#xa0;; lit le code PUK (ou la clé
      d&apos;administration en 48 chiffres hexadécimaux), puis le nouveau code PIN. Par défaut&#xa0;:
      --with puk si la carte a un code PUK, sinon --with adminkey.
  change-puk --instance ID
      Modifie le code PUK d&apos;une carte&#xa0;; lit le code PUK actuel, puis le nouveau.
  explain CODE|NOM
      Explique la signification d&apos;un TPMVSCMGR_ERROR ou d&apos;un TPMVSCMGR_STATUS.
  software-tpm start|stop|status
      Contrôle le TPM logiciel propre à l&apos;utilisateur, qui héberge les cartes là où aucun
      TPM matériel n&apos;est utilisable (Linux). Ses clés ne sont pas protégées par le matériel.
  --help, --version

Les secrets ne sont jamais pris sur la ligne de commande. «&#xa0;prompt&#xa0;» les lit depuis le
terminal sans écho, en les demandant deux fois&#xa0;; si l&apos;entrée standard n&apos;est pas un terminal,
une ligne est lue par secret demandé, dans l&apos;ordre code PIN, code PUK, clé d&apos;administration
(48 chiffres hexadécimaux) pour create, et dans l&apos;ordre indiqué ci-dessus pour les autres
commandes. Tout nouveau code PIN doit respecter la stratégie de l&apos;organisation (--policy).

Options de toutes les commandes&#xa0;:
  --verbose            afficher la progression même si la sortie d&apos;erreur standard n&apos;est pas un terminal

Ctrl+C annule l&apos;opération en cours&#xa0;; rien n&apos;est laissé à moitié fait.

Code de sortie&#xa0;: 0 succès, 1 autre échec, 2 utilisation incorrecte, 3 annulé,
10 + N pour TPMVSCMGR_ERROR N (voir «&#xa0;vscwizard explain N&#xa0;»),
40 + N pour une erreur de carte de change-pin, reset-pin, change-puk et status&#xa0;: 41 code PIN
incorrect, 42 code PUK incorrect, 43 clé d&apos;administration incorrecte, 44 code PIN bloqué,
45 code PUK bloqué, 46 nouveau code PIN refusé, 47 nouveau code PUK refusé, 48 non
réinitialisable, 49 carte introuvable, 50 verrouillage du TPM, 51 impossible ici, 52 autre échec de carte.
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
        <translation>Simulateur (tests et démonstrations uniquement&#xa0;; aucune carte n&apos;est réellement créée)&#xa0;:
  --sim-fail ERREUR[@ÉTAT] échoue une fois par processus avec ERREUR à l&apos;ÉTAT (noms sans le
  préfixe TPMVSCMGR_, p. ex. GENERATE_FILESYSTEM@GENERATE_RUNNING&#xa0;; sans @ÉTAT, à la
  première étape). L&apos;échec est unique&#xa0;: une nouvelle tentative dans le même processus réussit.
  --sim-fail CARD:ERREUR[@OPÉRATION] fait échouer une fois une opération de carte avec une
  erreur de carte (WRONG_PIN, WRONG_PUK, WRONG_ADMIN_KEY, PIN_BLOCKED, PUK_BLOCKED, NEW_PIN_REFUSED,
  NEW_PUK_REFUSED, CANNOT_RESET, CARD_NOT_FOUND, TPM_LOCKOUT, UNSUPPORTED, FAILED) lors de
  change-pin, reset-pin, change-puk ou status (sans @&#xa0;: la première modification ou réinitialisation)&#xa0;;
  rien ne change sur la carte.
  --sim-delay MS attend avant chaque état&#xa0;; une annulation prend effet à l&apos;état suivant.
</translation>
    </message>
    <message>
        <source>software-tpm takes one of start, stop or status.</source>
        <extracomment>software-tpm, start, stop and status are typed as they are: do not translate them.</extracomment>
        <translation>software-tpm accepte start, stop ou status.</translation>
    </message>
    <message>
        <source>This program has no software TPM.</source>
        <translation>Ce programme n&apos;a pas de TPM logiciel.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command. The commands are create, destroy, list, status, change-pin, reset-pin, change-puk, explain and software-tpm.</source>
        <translation>Commande inconnue. Les commandes sont create, destroy, list, status, change-pin, reset-pin, change-puk, explain et software-tpm.</translation>
    </message>
</context>
<context>
    <name>ClientRegistration</name>
    <message>
        <source>The file %1 is not the program&apos;s own; it is left as it is.</source>
        <translation>Le fichier %1 n&apos;appartient pas au programme ; il est laissé tel quel.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>list takes only --json.</source>
        <translation>list accepte uniquement --json.</translation>
    </message>
    <message>
        <source>destroy: --instance needs the instance id shown by &quot;vscwizard list&quot;.</source>
        <translation>destroy&#xa0;: --instance requiert l&apos;ID d&apos;instance affiché par «&#xa0;vscwizard list&#xa0;».</translation>
    </message>
    <message>
        <source>destroy takes only --instance ID.</source>
        <translation>destroy accepte uniquement --instance ID.</translation>
    </message>
    <message>
        <source>destroy takes exactly one --instance ID.</source>
        <translation>destroy accepte exactement une option --instance ID.</translation>
    </message>
    <message>
        <source>destroy needs --instance ID (see &quot;vscwizard list&quot;).</source>
        <translation>destroy requiert --instance ID (voir «&#xa0;vscwizard list&#xa0;»).</translation>
    </message>
    <message>
        <source>Removed the virtual smart card %1.</source>
        <translation>La carte à puce virtuelle %1 a été supprimée.</translation>
    </message>
    <message>
        <source>Restart the computer to finish removing the card.</source>
        <translation>Redémarrez l&apos;ordinateur pour terminer la suppression de la carte.</translation>
    </message>
    <message>
        <source>explain takes one error or status, as a name or a number.</source>
        <translation>explain accepte une erreur ou un état, sous forme de nom ou de numéro.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a TPMVSCMGR_ERROR nor a TPMVSCMGR_STATUS name or number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un nom ni un numéro de TPMVSCMGR_ERROR ou de TPMVSCMGR_STATUS.</translation>
    </message>
    <message>
        <source>Error %1: TPMVSCMGR_ERROR_%2</source>
        <translation>Erreur %1&#xa0;: TPMVSCMGR_ERROR_%2</translation>
    </message>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message>
        <source>  vscwizard exits with status %1 on this error.</source>
        <translation>  vscwizard se termine avec le code de sortie %1 pour cette erreur.</translation>
    </message>
    <message>
        <source>Status %1: TPMVSCMGR_STATUS_%2</source>
        <translation>État %1&#xa0;: TPMVSCMGR_STATUS_%2</translation>
    </message>
    <message numerus="yes">
        <source>destroy: &quot;%1&quot; is not an instance id: none is longer than %n character(s) (see &quot;vscwizard list&quot;).</source>
        <translation>
            <numerusform>destroy : « %1 » n&apos;est pas un ID d&apos;instance : aucun ne dépasse %n caractère (voir « vscwizard list »).</numerusform>
            <numerusform>destroy : « %1 » n&apos;est pas un ID d&apos;instance : aucun ne dépasse %n caractères (voir « vscwizard list »).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateCommand</name>
    <message>
        <source>%1 takes one of: %2. Secrets are read from the terminal or from standard input, never from the command line.</source>
        <extracomment>%1 is an option such as --pin, %2 its keywords (prompt, stdin), typed as they are.</extracomment>
        <translation>%1 accepte l&apos;une de ces valeurs&#xa0;: %2. Les secrets sont lus depuis le terminal ou l&apos;entrée standard, jamais sur la ligne de commande.</translation>
    </message>
    <message>
        <source>--pinpolicy needs rules, e.g. --pinpolicy minlen 6 digits require.</source>
        <translation>--pinpolicy requiert des règles, p. ex. --pinpolicy minlen 6 digits require.</translation>
    </message>
    <message>
        <source>--pinpolicy: &quot;%1&quot; needs a value.</source>
        <translation>--pinpolicy&#xa0;: «&#xa0;%1&#xa0;» requiert une valeur.</translation>
    </message>
    <message>
        <source>--pinpolicy: &quot;%1&quot; is not a rule; use minlen, maxlen, uppercase, lowercase, digits, special or other.</source>
        <translation>--pinpolicy&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une règle&#xa0;; utilisez minlen, maxlen, uppercase, lowercase, digits, special ou other.</translation>
    </message>
    <message>
        <source>--pinpolicy: %1 is given twice; give each rule once.</source>
        <translation>--pinpolicy&#xa0;: %1 est indiqué deux fois&#xa0;; indiquez chaque règle une seule fois.</translation>
    </message>
    <message>
        <source>--pinpolicy: %1 takes a number, not &quot;%2&quot;.</source>
        <translation>--pinpolicy&#xa0;: %1 accepte un nombre, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--pinpolicy: %1 takes allow, require or disallow, not &quot;%2&quot;.</source>
        <translation>--pinpolicy&#xa0;: %1 accepte allow, require ou disallow, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--pinpolicy: %1</source>
        <translation>--pinpolicy&#xa0;: %1</translation>
    </message>
    <message>
        <source>create: unexpected argument number %1; only options are taken.</source>
        <translation>create&#xa0;: argument inattendu numéro %1&#xa0;; seules des options sont acceptées.</translation>
    </message>
    <message>
        <source>create: %1 is given twice.</source>
        <translation>create&#xa0;: %1 est indiqué deux fois.</translation>
    </message>
    <message>
        <source>create: --generate takes no value.</source>
        <translation>create&#xa0;: --generate n&apos;accepte aucune valeur.</translation>
    </message>
    <message>
        <source>create: unknown option %1.</source>
        <translation>create&#xa0;: option inconnue %1.</translation>
    </message>
    <message>
        <source>create: %1 needs a value.</source>
        <translation>create&#xa0;: %1 requiert une valeur.</translation>
    </message>
    <message>
        <source>create needs --name NAME.</source>
        <translation>create requiert --name NOM.</translation>
    </message>
    <message>
        <source>The organization policy %1 sets the PIN rules; --pinpolicy cannot change them.</source>
        <translation>La stratégie de l&apos;organisation %1 fixe les règles du code PIN&#xa0;; --pinpolicy ne peut pas les modifier.</translation>
    </message>
    <message>
        <source>The organization policy %1 requires a PUK: add --puk prompt or --puk default.</source>
        <translation>La stratégie de l&apos;organisation %1 exige un code PUK&#xa0;: ajoutez --puk prompt ou --puk default.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow a publicly known recovery secret, and on the %2 backend the PUK is the card&apos;s only one: use --puk prompt.</source>
        <translation>La stratégie de l&apos;organisation %1 n&apos;autorise pas de secret de récupération connu publiquement, et avec le back-end %2, le code PUK est le seul secret de la carte&#xa0;: utilisez --puk prompt.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow the default admin key: add --adminkey prompt or --adminkey random.</source>
        <translation>La stratégie de l&apos;organisation %1 n&apos;autorise pas la clé d&apos;administration par défaut&#xa0;: ajoutez --adminkey prompt ou --adminkey random.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow the default admin key: add --adminkey prompt.</source>
        <translation>La stratégie de l&apos;organisation %1 n&apos;autorise pas la clé d&apos;administration par défaut&#xa0;: ajoutez --adminkey prompt.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow a random admin key: add --adminkey prompt or --adminkey default.</source>
        <translation>La stratégie de l&apos;organisation %1 n&apos;autorise pas de clé d&apos;administration aléatoire&#xa0;: ajoutez --adminkey prompt ou --adminkey default.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow a random admin key: add --adminkey prompt.</source>
        <translation>La stratégie de l&apos;organisation %1 n&apos;autorise pas de clé d&apos;administration aléatoire&#xa0;: ajoutez --adminkey prompt.</translation>
    </message>
    <message>
        <source>Or give the card a PUK with --puk prompt: on the %1 backend it takes the admin key&apos;s place.</source>
        <translation>Ou donnez à la carte un code PUK avec --puk prompt&#xa0;: avec le back-end %1, il remplace la clé d&apos;administration.</translation>
    </message>
    <message>
        <source>--adminkey prompt would ask for a key that is never used: on the %1 backend the PUK takes the admin key&apos;s place. Leave out --adminkey, or use --puk none to protect the card with an admin key instead.</source>
        <translation>--adminkey prompt demanderait une clé jamais utilisée&#xa0;: avec le back-end %1, le code PUK remplace la clé d&apos;administration. Omettez --adminkey, ou utilisez --puk none pour protéger plutôt la carte par une clé d&apos;administration.</translation>
    </message>
    <message>
        <source>Note: on the %1 backend the PUK takes the admin key&apos;s place; --adminkey is ignored.</source>
        <translation>Remarque&#xa0;: avec le back-end %1, le code PUK remplace la clé d&apos;administration&#xa0;; --adminkey est ignoré.</translation>
    </message>
    <message>
        <source>The two entries differed three times; nothing was created.</source>
        <translation>Les deux saisies ont différé trois fois&#xa0;; rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>The PIN must meet these rules:</source>
        <translation>Le code PIN doit respecter ces règles&#xa0;:</translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation>Code PIN&#xa0;: </translation>
    </message>
    <message>
        <source>Repeat the PIN: </source>
        <translation>Confirmez le code PIN&#xa0;: </translation>
    </message>
    <message>
        <source>Standard input ended before the PIN was read.</source>
        <translation>L&apos;entrée standard s&apos;est terminée avant la lecture du code PIN.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>The PIN breaks these rules:</source>
        <translation>Le code PIN enfreint ces règles&#xa0;:</translation>
    </message>
    <message>
        <source>PUK: </source>
        <translation>Code PUK&#xa0;: </translation>
    </message>
    <message>
        <source>Repeat the PUK: </source>
        <translation>Confirmez le code PUK&#xa0;: </translation>
    </message>
    <message>
        <source>Standard input ended before the PUK was read.</source>
        <translation>L&apos;entrée standard s&apos;est terminée avant la lecture du code PUK.</translation>
    </message>
    <message>
        <source>The admin key beside the PUK is random and kept nowhere: only the PUK can reset this card.</source>
        <translation>La clé d&apos;administration associée au code PUK est aléatoire et n&apos;est conservée nulle part&#xa0;: seul le code PUK peut réinitialiser cette carte.</translation>
    </message>
    <message>
        <source>The admin key is random and kept nowhere: this card can never be reset, only removed.</source>
        <translation>La clé d&apos;administration est aléatoire et n&apos;est conservée nulle part&#xa0;: cette carte ne pourra jamais être réinitialisée, seulement supprimée.</translation>
    </message>
    <message>
        <source>Admin key (48 hex digits): </source>
        <translation>Clé d&apos;administration (48 chiffres hexadécimaux)&#xa0;: </translation>
    </message>
    <message>
        <source>Repeat the admin key: </source>
        <translation>Confirmez la clé d&apos;administration&#xa0;: </translation>
    </message>
    <message>
        <source>Standard input ended before the admin key was read.</source>
        <translation>L&apos;entrée standard s&apos;est terminée avant la lecture de la clé d&apos;administration.</translation>
    </message>
    <message>
        <source>Admin key: %1</source>
        <translation>Clé d&apos;administration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Admin key check value (KCV): %1</source>
        <translation>Valeur de contrôle (KCV) de la clé d&apos;administration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created the virtual smart card &quot;%1&quot; (%2).</source>
        <translation>La carte à puce virtuelle «&#xa0;%1&#xa0;» (%2) a été créée.</translation>
    </message>
    <message>
        <source>The card has the default PIN; change it before you rely on the card.</source>
        <translation>La carte a le code PIN par défaut&#xa0;; modifiez-le avant de compter sur la carte.</translation>
    </message>
    <message>
        <source>Restart the computer before applications can use the card.</source>
        <translation>Redémarrez l&apos;ordinateur pour que les applications puissent utiliser la carte.</translation>
    </message>
</context>
<context>
    <name>EnrollmentWizard</name>
    <message>
        <source>Create a Virtual Smart Card</source>
        <translation>Créer une carte à puce virtuelle</translation>
    </message>
    <message>
        <source>Virtual smart card wizard</source>
        <translation>Assistant Carte à puce virtuelle</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>Could not act on your behalf</source>
        <translation>Impossible d&apos;agir en votre nom</translation>
    </message>
    <message>
        <source>The smart card service could not act with the rights of your user account, so it could not work on the card.</source>
        <translation>Le service de carte à puce n&apos;a pas pu agir avec les droits de votre compte d&apos;utilisateur&#xa0;; il n&apos;a donc pas pu travailler sur la carte.</translation>
    </message>
    <message>
        <source>Sign out and sign in again, then retry. If it keeps failing, ask your administrator whether your account may manage smart cards on this computer.</source>
        <translation>Déconnectez-vous, reconnectez-vous, puis réessayez. Si l&apos;échec persiste, demandez à votre administrateur si votre compte est autorisé à gérer les cartes à puce sur cet ordinateur.</translation>
    </message>
    <message>
        <source>PIN or PUK does not meet the rules</source>
        <translation>Le code PIN ou PUK ne respecte pas les règles</translation>
    </message>
    <message>
        <source>The PIN or the PUK does not meet your organization&apos;s rules for their length or the kinds of characters they contain.</source>
        <translation>Le code PIN ou le code PUK ne respecte pas les règles de votre organisation concernant leur longueur ou les types de caractères qu&apos;ils contiennent.</translation>
    </message>
    <message>
        <source>Choose a PIN and a PUK that meet every rule: those of the organization policy (--policy) and of --pinpolicy.</source>
        <translation>Choisissez un code PIN et un code PUK qui respectent toutes les règles&#xa0;: celles de la stratégie de l&apos;organisation (--policy) et celles de --pinpolicy.</translation>
    </message>
    <message>
        <source>Go back and choose a PIN and a PUK that meet every rule listed on the PIN page.</source>
        <translation>Revenez en arrière et choisissez un code PIN et un code PUK qui respectent toutes les règles indiquées sur la page du code PIN.</translation>
    </message>
    <message>
        <source>Too many smart cards</source>
        <translation>Trop de cartes à puce</translation>
    </message>
    <message>
        <source>This computer already has as many smart cards as it can use at once (10, counting physical and virtual cards).</source>
        <translation>Cet ordinateur possède déjà autant de cartes à puce qu&apos;il peut en utiliser simultanément (10, cartes physiques et virtuelles comprises).</translation>
    </message>
    <message>
        <source>Remove a virtual smart card you no longer need or unplug a smart card reader, then try again.</source>
        <translation>Supprimez une carte à puce virtuelle dont vous n&apos;avez plus besoin ou débranchez un lecteur de carte à puce, puis réessayez.</translation>
    </message>
    <message>
        <source>Not possible in a remote session</source>
        <translation>Impossible dans une session à distance</translation>
    </message>
    <message>
        <source>Virtual smart cards cannot be created or removed from a remote desktop session.</source>
        <translation>Les cartes à puce virtuelles ne peuvent pas être créées ni supprimées depuis une session Bureau à distance.</translation>
    </message>
    <message>
        <source>Sign in at the computer itself, not through a remote desktop connection, and try again.</source>
        <translation>Connectez-vous directement sur l&apos;ordinateur, et non via une connexion Bureau à distance, puis réessayez.</translation>
    </message>
    <message>
        <source>The TPM is not ready for smart cards</source>
        <translation>Le TPM n&apos;est pas prêt pour les cartes à puce</translation>
    </message>
    <message>
        <source>The part of the system that keeps smart cards in the TPM (Trusted Platform Module) could not be started.</source>
        <translation>Le composant du système qui conserve les cartes à puce dans le TPM (module de plateforme sécurisée) n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Check that the TPM is turned on and ready (in the firmware settings or with your administrator), restart the computer and try again.</source>
        <translation>Vérifiez que le TPM est activé et prêt (dans les paramètres du microprogramme ou auprès de votre administrateur), redémarrez l&apos;ordinateur et réessayez.</translation>
    </message>
    <message>
        <source>The card&apos;s storage could not be created</source>
        <translation>Impossible de créer le stockage de la carte</translation>
    </message>
    <message>
        <source>The TPM could not create the protected storage that holds the virtual smart card&apos;s keys.</source>
        <translation>Le TPM n&apos;a pas pu créer le stockage protégé qui contient les clés de la carte à puce virtuelle.</translation>
    </message>
    <message>
        <source>Make sure the TPM is not locked after too many wrong attempts and has room for another card, then try again.</source>
        <translation>Vérifiez que le TPM n&apos;est pas verrouillé après trop de tentatives incorrectes et qu&apos;il a la place pour une autre carte, puis réessayez.</translation>
    </message>
    <message>
        <source>The card&apos;s storage could not be removed</source>
        <translation>Impossible de supprimer le stockage de la carte</translation>
    </message>
    <message>
        <source>The TPM could not delete the protected storage of the virtual smart card.</source>
        <translation>Le TPM n&apos;a pas pu supprimer le stockage protégé de la carte à puce virtuelle.</translation>
    </message>
    <message>
        <source>Restart the computer and try removing the card again.</source>
        <translation>Redémarrez l&apos;ordinateur et essayez à nouveau de supprimer la carte.</translation>
    </message>
    <message>
        <source>Card emulation could not start</source>
        <translation>Impossible de démarrer l&apos;émulation de carte</translation>
    </message>
    <message>
        <source>The software that makes the TPM behave like a smart card could not be started.</source>
        <translation>Le logiciel qui fait fonctionner le TPM comme une carte à puce n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Restart the computer and try again. If it keeps failing, reinstall or update the smart card software.</source>
        <translation>Redémarrez l&apos;ordinateur et réessayez. Si l&apos;échec persiste, réinstallez ou mettez à jour le logiciel de carte à puce.</translation>
    </message>
    <message>
        <source>Card emulation could not be set up</source>
        <translation>Impossible de configurer l&apos;émulation de carte</translation>
    </message>
    <message>
        <source>The software that makes the TPM behave like a smart card could not set up this card.</source>
        <translation>Le logiciel qui fait fonctionner le TPM comme une carte à puce n&apos;a pas pu configurer cette carte.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, restart the computer first.</source>
        <translation>Réessayez. Si l&apos;échec persiste, redémarrez d&apos;abord l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Card emulation could not be removed</source>
        <translation>Impossible de supprimer l&apos;émulation de carte</translation>
    </message>
    <message>
        <source>The software that makes the TPM behave like a smart card could not remove this card.</source>
        <translation>Le logiciel qui fait fonctionner le TPM comme une carte à puce n&apos;a pas pu supprimer cette carte.</translation>
    </message>
    <message>
        <source>Restart the computer, then try removing the card again.</source>
        <translation>Redémarrez l&apos;ordinateur, puis essayez à nouveau de supprimer la carte.</translation>
    </message>
    <message>
        <source>Card settings could not be saved</source>
        <translation>Impossible d&apos;enregistrer les paramètres de la carte</translation>
    </message>
    <message>
        <source>A setting of the card, such as its name or its PIN rules, could not be stored.</source>
        <translation>Un paramètre de la carte, comme son nom ou ses règles de code PIN, n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Check that the disk is not full and that the card&apos;s storage is writable, then try again.</source>
        <translation>Vérifiez que le disque n&apos;est pas plein et que le stockage de la carte est accessible en écriture, puis réessayez.</translation>
    </message>
    <message>
        <source>Card settings could not be read</source>
        <translation>Impossible de lire les paramètres de la carte</translation>
    </message>
    <message>
        <source>A setting of the card could not be read back, so the card could not be found or checked.</source>
        <translation>Un paramètre de la carte n&apos;a pas pu être relu&#xa0;; la carte n&apos;a donc pas pu être trouvée ou vérifiée.</translation>
    </message>
    <message>
        <source>Check that the card still exists (another program may have removed it), then try again.</source>
        <translation>Vérifiez que la carte existe toujours (un autre programme l&apos;a peut-être supprimée), puis réessayez.</translation>
    </message>
    <message>
        <source>The virtual reader could not start</source>
        <translation>Impossible de démarrer le lecteur virtuel</translation>
    </message>
    <message>
        <source>The virtual smart card reader, through which programs reach the card, could not be started.</source>
        <translation>Le lecteur de carte à puce virtuel, par lequel les programmes accèdent à la carte, n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Check that the smart card service is running, or restart the computer, and try again.</source>
        <translation>Vérifiez que le service de carte à puce est en cours d&apos;exécution, ou redémarrez l&apos;ordinateur, puis réessayez.</translation>
    </message>
    <message>
        <source>The virtual reader could not be created</source>
        <translation>Impossible de créer le lecteur virtuel</translation>
    </message>
    <message>
        <source>The virtual smart card reader for the new card could not be added.</source>
        <translation>Le lecteur de carte à puce virtuel de la nouvelle carte n&apos;a pas pu être ajouté.</translation>
    </message>
    <message>
        <source>Restart the computer and try again. Remove cards you no longer use if there are many.</source>
        <translation>Redémarrez l&apos;ordinateur et réessayez. S&apos;il y a beaucoup de cartes, supprimez celles que vous n&apos;utilisez plus.</translation>
    </message>
    <message>
        <source>The virtual reader could not be removed</source>
        <translation>Impossible de supprimer le lecteur virtuel</translation>
    </message>
    <message>
        <source>The virtual smart card reader of this card could not be removed.</source>
        <translation>Le lecteur de carte à puce virtuel de cette carte n&apos;a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>Restart the computer, which usually removes the reader, and try again if the card is still listed.</source>
        <translation>Redémarrez l&apos;ordinateur, ce qui supprime généralement le lecteur, puis réessayez si la carte est toujours listée.</translation>
    </message>
    <message>
        <source>Could not connect to the new card</source>
        <translation>Impossible de se connecter à la nouvelle carte</translation>
    </message>
    <message>
        <source>The new card could not be reached to set up its contents.</source>
        <translation>La nouvelle carte n&apos;a pas pu être jointe pour configurer son contenu.</translation>
    </message>
    <message>
        <source>Wait a moment and try again. If it keeps failing, restart the computer.</source>
        <translation>Patientez un instant et réessayez. Si l&apos;échec persiste, redémarrez l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>The card&apos;s contents could not be prepared</source>
        <translation>Impossible de préparer le contenu de la carte</translation>
    </message>
    <message>
        <source>The file system or the keys of the new card could not be generated.</source>
        <translation>Le système de fichiers ou les clés de la nouvelle carte n&apos;ont pas pu être générés.</translation>
    </message>
    <message>
        <source>Try again, or create the card without generating its contents and generate them later.</source>
        <translation>Réessayez, ou créez la carte sans générer son contenu et générez-le plus tard.</translation>
    </message>
    <message>
        <source>Unable to create the smart card</source>
        <translation>Impossible de créer la carte à puce</translation>
    </message>
    <message>
        <source>The virtual smart card could not be created.</source>
        <translation>La carte à puce virtuelle n&apos;a pas pu être créée.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, give the details below to your administrator.</source>
        <translation>Réessayez. Si l&apos;échec persiste, transmettez les détails ci-dessous à votre administrateur.</translation>
    </message>
    <message>
        <source>Unable to remove the smart card</source>
        <translation>Impossible de supprimer la carte à puce</translation>
    </message>
    <message>
        <source>The virtual smart card could not be removed.</source>
        <translation>La carte à puce virtuelle n&apos;a pas pu être supprimée.</translation>
    </message>
    <message>
        <source>Close the programs that use the card and try again. If the card is still listed, restart the computer.</source>
        <translation>Fermez les programmes qui utilisent la carte et réessayez. Si la carte est toujours listée, redémarrez l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Erreur inconnue</translation>
    </message>
    <message>
        <source>Unknown error (code %1)</source>
        <translation>Erreur inconnue (code %1)</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Code PIN incorrect</translation>
    </message>
    <message>
        <source>Type the PIN again, carefully. If you have forgotten it, reset it with the PUK or the admin key instead of guessing: every wrong PIN counts.</source>
        <translation>Retapez le code PIN avec soin. Si vous l&apos;avez oublié, réinitialisez-le avec le code PUK ou la clé d&apos;administration au lieu de deviner&#xa0;: chaque code PIN incorrect compte.</translation>
    </message>
    <message>
        <source>Wrong PUK</source>
        <translation>Code PUK incorrect</translation>
    </message>
    <message>
        <source>Type the PUK again, carefully: it is the one set when the card was made, not the PIN.</source>
        <translation>Retapez le code PUK avec soin&#xa0;: c&apos;est celui défini lors de la création de la carte, pas le code PIN.</translation>
    </message>
    <message>
        <source>Wrong admin key</source>
        <translation>Clé d&apos;administration incorrecte</translation>
    </message>
    <message>
        <source>Check the 48 hexadecimal digits and the check value (KCV) you were given for this card.</source>
        <translation>Vérifiez les 48 chiffres hexadécimaux et la valeur de contrôle (KCV) qui vous ont été fournis pour cette carte.</translation>
    </message>
    <message>
        <source>PIN blocked</source>
        <translation>PIN bloqué</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is blocked after too many wrong tries.</source>
        <translation>Le code PIN de la carte est bloqué après trop de tentatives incorrectes.</translation>
    </message>
    <message>
        <source>Reset it with vscwizard reset-pin, using the PUK or the admin key.</source>
        <translation>Réinitialisez-le avec vscwizard reset-pin, à l&apos;aide du code PUK ou de la clé d&apos;administration.</translation>
    </message>
    <message>
        <source>Reset the PIN with the PUK or the admin key.</source>
        <translation>Réinitialisez le code PIN avec le code PUK ou la clé d&apos;administration.</translation>
    </message>
    <message>
        <source>PUK blocked</source>
        <translation>PUK bloqué</translation>
    </message>
    <message>
        <source>The card&apos;s PUK is blocked after too many wrong tries.</source>
        <translation>Le code PUK de la carte est bloqué après trop de tentatives incorrectes.</translation>
    </message>
    <message>
        <source>The PIN can no longer be reset with the PUK. Remove the card and create a new one.</source>
        <translation>Le code PIN ne peut plus être réinitialisé avec le code PUK. Supprimez la carte et créez-en une autre.</translation>
    </message>
    <message>
        <source>New PIN not allowed</source>
        <translation>Nouveau code PIN refusé</translation>
    </message>
    <message>
        <source>The new PIN does not meet the card&apos;s rules.</source>
        <translation>Le nouveau code PIN ne respecte pas les règles de la carte.</translation>
    </message>
    <message>
        <source>Choose a PIN that meets every rule listed above.</source>
        <translation>Choisissez un code PIN qui respecte toutes les règles indiquées ci-dessus.</translation>
    </message>
    <message>
        <source>Choose a PIN that meets every rule shown.</source>
        <translation>Choisissez un code PIN qui respecte toutes les règles affichées.</translation>
    </message>
    <message>
        <source>New PUK not allowed</source>
        <translation>Nouveau code PUK refusé</translation>
    </message>
    <message>
        <source>The new PUK does not meet the card&apos;s rules.</source>
        <translation>Le nouveau code PUK ne respecte pas les règles de la carte.</translation>
    </message>
    <message>
        <source>Choose a PUK of 8 to 127 characters that is not the PIN.</source>
        <translation>Choisissez un code PUK de 8 à 127 caractères, différent du code PIN.</translation>
    </message>
    <message>
        <source>This card cannot be reset</source>
        <translation>Cette carte ne peut pas être réinitialisée</translation>
    </message>
    <message>
        <source>The card has no PUK and a random admin key that nobody knows, so nothing can reset its PIN.</source>
        <translation>La carte n&apos;a pas de code PUK et sa clé d&apos;administration est aléatoire et inconnue de tous&#xa0;: rien ne peut donc réinitialiser son code PIN.</translation>
    </message>
    <message>
        <source>Remove the card (vscwizard destroy) and create a new one.</source>
        <translation>Supprimez la carte (vscwizard destroy) et créez-en une autre.</translation>
    </message>
    <message>
        <source>Remove the card and create a new one.</source>
        <translation>Supprimez la carte et créez-en une autre.</translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>Carte introuvable</translation>
    </message>
    <message>
        <source>The card was not found. It may have been removed.</source>
        <translation>La carte est introuvable. Elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>vscwizard list shows the cards and their instance ids.</source>
        <translation>vscwizard list affiche les cartes et leurs ID d&apos;instance.</translation>
    </message>
    <message>
        <source>Refresh the list of cards.</source>
        <translation>Actualisez la liste des cartes.</translation>
    </message>
    <message>
        <source>The TPM is locked</source>
        <translation>Le TPM est verrouillé</translation>
    </message>
    <message>
        <source>The TPM refuses every PIN for a while after too many wrong ones, on every card.</source>
        <translation>Après trop de codes PIN incorrects, le TPM refuse tout code PIN pendant un certain temps, sur toutes les cartes.</translation>
    </message>
    <message>
        <source>Wait until the TPM accepts PINs again, then try once more.</source>
        <translation>Attendez que le TPM accepte de nouveau les codes PIN, puis réessayez.</translation>
    </message>
    <message>
        <source>Not possible here</source>
        <translation>Impossible ici</translation>
    </message>
    <message>
        <source>This card or this computer does not offer this operation.</source>
        <translation>Cette carte ou cet ordinateur ne permet pas cette opération.</translation>
    </message>
    <message>
        <source>The card could not be changed</source>
        <translation>Impossible de modifier la carte</translation>
    </message>
    <message>
        <source>The operation did not finish; the card is as it was.</source>
        <translation>L&apos;opération n&apos;a pas abouti&#xa0;; la carte est restée inchangée.</translation>
    </message>
    <message>
        <source>Try again. The details say what the card answered.</source>
        <translation>Réessayez. Les détails indiquent ce que la carte a répondu.</translation>
    </message>
    <message>
        <source>Initializing the virtual smart card…</source>
        <translation>Initialisation de la carte à puce virtuelle…</translation>
    </message>
    <message>
        <source>Creating the card&apos;s protected storage in the TPM…</source>
        <translation>Création du stockage protégé de la carte dans le TPM…</translation>
    </message>
    <message>
        <source>Removing the card&apos;s protected storage from the TPM…</source>
        <translation>Suppression du stockage protégé de la carte dans le TPM…</translation>
    </message>
    <message>
        <source>Starting the card emulation…</source>
        <translation>Démarrage de l&apos;émulation de carte…</translation>
    </message>
    <message>
        <source>Setting up the card emulation…</source>
        <translation>Configuration de l&apos;émulation de carte…</translation>
    </message>
    <message>
        <source>Removing the card emulation…</source>
        <translation>Suppression de l&apos;émulation de carte…</translation>
    </message>
    <message>
        <source>Starting the virtual reader…</source>
        <translation>Démarrage du lecteur virtuel…</translation>
    </message>
    <message>
        <source>Creating the virtual reader…</source>
        <translation>Création du lecteur virtuel…</translation>
    </message>
    <message>
        <source>Removing the virtual reader…</source>
        <translation>Suppression du lecteur virtuel…</translation>
    </message>
    <message>
        <source>Waiting for the new card to appear…</source>
        <translation>Attente de l&apos;apparition de la nouvelle carte…</translation>
    </message>
    <message>
        <source>Signing in to the new card…</source>
        <extracomment>A stage: logging in to the new card (token) with its PIN.</extracomment>
        <translation>Connexion à la nouvelle carte…</translation>
    </message>
    <message>
        <source>Generating the card&apos;s contents…</source>
        <translation>Génération du contenu de la carte…</translation>
    </message>
    <message>
        <source>The virtual smart card was created.</source>
        <translation>La carte à puce virtuelle a été créée.</translation>
    </message>
    <message>
        <source>The virtual smart card was removed.</source>
        <translation>La carte à puce virtuelle a été supprimée.</translation>
    </message>
    <message>
        <source>Unknown step (code %1)</source>
        <translation>Étape inconnue (code %1)</translation>
    </message>
    <message>
        <source>The operation was cancelled before it finished; nothing was changed.</source>
        <translation>L&apos;opération a été annulée avant la fin&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>The PIN is wrong for this card. %n try(ies) left before the PIN is blocked.</source>
        <translation>
            <numerusform>Le code PIN est incorrect pour cette carte. Encore %n tentative avant le blocage du code PIN.</numerusform>
            <numerusform>Le code PIN est incorrect pour cette carte. Encore %n tentatives avant le blocage du code PIN.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN is wrong for this card.</source>
        <translation>Le code PIN est incorrect pour cette carte.</translation>
    </message>
    <message numerus="yes">
        <source>The PUK is wrong for this card. %n try(ies) left before the PUK is blocked too.</source>
        <translation>
            <numerusform>Le code PUK est incorrect pour cette carte. Encore %n tentative avant que le code PUK soit bloqué à son tour.</numerusform>
            <numerusform>Le code PUK est incorrect pour cette carte. Encore %n tentatives avant que le code PUK soit bloqué à son tour.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PUK is wrong for this card.</source>
        <translation>Le code PUK est incorrect pour cette carte.</translation>
    </message>
    <message>
        <source>The admin key is wrong for this card, so the PIN was not reset.</source>
        <translation>La clé d&apos;administration est incorrecte pour cette carte ; le code PIN n&apos;a donc pas été réinitialisé.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Shows or hides the technical details of the error.</source>
        <translation>Affiche ou masque les détails techniques de l&apos;erreur.</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>Error: TPMVSCMGR_ERROR_%1 (%2)</source>
        <translation>Erreur&#xa0;: TPMVSCMGR_ERROR_%1 (%2)</translation>
    </message>
    <message>
        <source>Backend detail: none</source>
        <translation>Détail du back-end&#xa0;: aucun</translation>
    </message>
    <message>
        <source>Backend detail: %1</source>
        <translation>Détail du back-end&#xa0;: %1</translation>
    </message>
    <message>
        <source>Card error %1</source>
        <translation>Erreur de carte %1</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Choose how the card is prepared.</source>
        <translation>Choisissez comment la carte est préparée.</translation>
    </message>
    <message>
        <source>&amp;Prepare the card for use now (file system and key pair)</source>
        <translation>&amp;Préparer la carte maintenant (système de fichiers et paire de clés)</translation>
    </message>
    <message>
        <source>Creates the card&apos;s file system and a key pair right away, so the card can be used at once.</source>
        <translation>Crée immédiatement le système de fichiers de la carte et une paire de clés, pour que la carte soit utilisable tout de suite.</translation>
    </message>
    <message>
        <source>Without this, the card is created empty and an application must prepare it before first use.</source>
        <translation>Sinon, la carte est créée vide et une application doit la préparer avant sa première utilisation.</translation>
    </message>
    <message>
        <source>&amp;Key algorithm:</source>
        <translation>Algorithme de &amp;clé&#xa0;:</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>Algorithme de clé</translation>
    </message>
    <message>
        <source>The kind of key pair created on the card.</source>
        <translation>Le type de paire de clés créée sur la carte.</translation>
    </message>
    <message>
        <source>A&amp;ttestation:</source>
        <translation>A&amp;ttestation&#xa0;:</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>Whether the card can prove to a server that its keys are protected by this computer&apos;s TPM.</source>
        <translation>Indique si la carte peut prouver à un serveur que ses clés sont protégées par le TPM de cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Prepare the card for use now (a key pair)</source>
        <translation>&amp;Préparer la carte maintenant (une paire de clés)</translation>
    </message>
    <message>
        <source>Creates a key pair on the card right away, so the card can be used at once.</source>
        <translation>Crée immédiatement une paire de clés sur la carte, pour que la carte soit utilisable tout de suite.</translation>
    </message>
    <message>
        <source>Elliptic curve P-256 (recommended)</source>
        <translation>Courbe elliptique P-256 (recommandé)</translation>
    </message>
    <message>
        <source>RSA 2048 bits</source>
        <translation>RSA 2048 bits</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Attestation identity key only</source>
        <translation>Clé d&apos;identité d&apos;attestation uniquement</translation>
    </message>
    <message>
        <source>Attestation identity key and certificate (needs network access)</source>
        <translation>Clé d&apos;identité d&apos;attestation et certificat (accès réseau requis)</translation>
    </message>
</context>
<context>
    <name>OrganizationPolicy</name>
    <message>
        <source>The policy file %1 cannot be read: %2</source>
        <translation>Impossible de lire le fichier de stratégie %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The policy file %1 does not exist.</source>
        <translation>Le fichier de stratégie %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The policy file %1 is not a regular file.</source>
        <translation>Le fichier de stratégie %1 n&apos;est pas un fichier normal.</translation>
    </message>
    <message>
        <source>this line is not valid UTF-8; save the file as UTF-8.</source>
        <translation>cette ligne n&apos;est pas en UTF-8 valide&#xa0;; enregistrez le fichier en UTF-8.</translation>
    </message>
    <message>
        <source>this line contains a control character.</source>
        <translation>cette ligne contient un caractère de contrôle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a [Section], a Key=Value line nor a comment.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni une [Section], ni une ligne Clé=Valeur, ni un commentaire.</translation>
    </message>
    <message>
        <source>the section [%1] appears a second time (first on line %2); each section may appear once.</source>
        <translation>la section [%1] apparaît une deuxième fois (la première à la ligne %2)&#xa0;; chaque section ne peut apparaître qu&apos;une fois.</translation>
    </message>
    <message>
        <source>the line &quot;%1&quot; has no key before the &quot;=&quot;.</source>
        <translation>la ligne «&#xa0;%1&#xa0;» n&apos;a pas de clé avant le «&#xa0;=&#xa0;».</translation>
    </message>
    <message>
        <source>the key %1 (value &quot;%2&quot;) comes before any section; put it under [%3] or [%4].</source>
        <translation>la clé %1 (valeur «&#xa0;%2&#xa0;») précède toute section&#xa0;; placez-la sous [%3] ou [%4].</translation>
    </message>
    <message>
        <source>the key %1 (value &quot;%2&quot;) is unknown; the keys of [%3] are %4.</source>
        <translation>la clé %1 (valeur «&#xa0;%2&#xa0;») est inconnue&#xa0;; les clés de [%3] sont %4.</translation>
    </message>
    <message>
        <source>the key %1 is given a second time (first on line %2); each key may be given once.</source>
        <translation>la clé %1 est indiquée une deuxième fois (la première à la ligne %2)&#xa0;; chaque clé ne peut être indiquée qu&apos;une fois.</translation>
    </message>
    <message>
        <source>the PIN policy of this section cannot be used: %1</source>
        <translation>la stratégie de code PIN de cette section est inutilisable&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The policy file %1 is larger than %n byte(s); a policy file has a few lines.</source>
        <translation>
            <numerusform>Le fichier de stratégie %1 dépasse %n octet ; un fichier de stratégie ne compte que quelques lignes.</numerusform>
            <numerusform>Le fichier de stratégie %1 dépasse %n octets ; un fichier de stratégie ne compte que quelques lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>the section [%1] is unknown; the sections are [%2] and [%3].</source>
        <extracomment>After &quot;file:line: &quot;. [%2] and [%3] are the section names of the file, kept in English.</extracomment>
        <translation>la section [%1] est inconnue ; les sections possibles sont [%2] et [%3].</translation>
    </message>
    <message>
        <source>the section [%1] is unknown, and with it the key %2 (value &quot;%3&quot;) on line %4; the sections are [%5] and [%6].</source>
        <extracomment>After &quot;file:line: &quot;. [%5] and [%6] are the section names of the file, kept in English.</extracomment>
        <translation>la section [%1] est inconnue, et avec elle la clé %2 (valeur « %3 ») à la ligne %4 ; les sections possibles sont [%5] et [%6].</translation>
    </message>
    <message>
        <source>the key %1 has no value; it must be a whole number from %2 to %3.</source>
        <extracomment>After &quot;file:line: &quot;. %1: a key of the policy file.</extracomment>
        <translation>la clé %1 n&apos;a pas de valeur ; elle doit être un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>the key %1 has the value &quot;%2&quot;; it must be a whole number from %3 to %4.</source>
        <extracomment>After &quot;file:line: &quot;. %1: a key of the policy file; %2: its value.</extracomment>
        <translation>la clé %1 a la valeur « %2 » ; elle doit être un nombre entier de %3 à %4.</translation>
    </message>
    <message>
        <source>the key %1 has no value; it must be allow, require or disallow.</source>
        <extracomment>After &quot;file:line: &quot;. allow, require and disallow are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>la clé %1 n&apos;a pas de valeur ; elle doit valoir allow, require ou disallow.</translation>
    </message>
    <message>
        <source>the key %1 has the value &quot;%2&quot;; it must be allow, require or disallow.</source>
        <extracomment>After &quot;file:line: &quot;. allow, require and disallow are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>la clé %1 a la valeur « %2 » ; elle doit valoir allow, require ou disallow.</translation>
    </message>
    <message>
        <source>the key %1 has no value; it must be true or false.</source>
        <extracomment>After &quot;file:line: &quot;. true and false are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>la clé %1 n&apos;a pas de valeur ; elle doit valoir true ou false.</translation>
    </message>
    <message>
        <source>the key %1 has the value &quot;%2&quot;; it must be true or false.</source>
        <extracomment>After &quot;file:line: &quot;. true and false are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>la clé %1 a la valeur « %2 » ; elle doit valoir true ou false.</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>vscwizard: %1</source>
        <translation>vscwizard&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run &quot;vscwizard --help&quot; for the commands and their options.</source>
        <translation>Exécutez «&#xa0;vscwizard --help&#xa0;» pour obtenir la liste des commandes et de leurs options.</translation>
    </message>
    <message>
        <source>vscwizard: standard input cannot be read.</source>
        <translation>vscwizard&#xa0;: impossible de lire l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>  - %1</source>
        <translation>  - %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot continue: %1</source>
        <translation>Impossible de continuer&#xa0;: %1</translation>
    </message>
    <message>
        <source>No virtual smart cards.</source>
        <translation>Aucune carte à puce virtuelle.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Instance id</source>
        <translation>ID d&apos;instance</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>PIN state</source>
        <translation>État du PIN</translation>
    </message>
    <message>
        <source>TPM: %1</source>
        <translation>TPM&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Récupération</translation>
    </message>
    <message numerus="yes">
        <source>A line of standard input is longer than %n byte(s); no secret is that long.</source>
        <translation>
            <numerusform>Une ligne de l&apos;entrée standard dépasse %n octet ; aucun secret n&apos;est aussi long.</numerusform>
            <numerusform>Une ligne de l&apos;entrée standard dépasse %n octets ; aucun secret n&apos;est aussi long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinEntry</name>
    <message>
        <source>&amp;PIN:</source>
        <translation>Code &amp;PIN&#xa0;:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>The new PIN of the card. The rules it must meet are listed below.</source>
        <translation>Le nouveau code PIN de la carte. Les règles qu&apos;il doit respecter sont indiquées ci-dessous.</translation>
    </message>
    <message>
        <source>Con&amp;firm PIN:</source>
        <translation>Con&amp;firmer le PIN&#xa0;:</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>Confirmer le code PIN</translation>
    </message>
    <message>
        <source>Type the same PIN again.</source>
        <translation>Tapez de nouveau le même code PIN.</translation>
    </message>
    <message>
        <source>&amp;Show PIN</source>
        <translation>Affic&amp;her le PIN</translation>
    </message>
    <message>
        <source>Shows the PIN as plain text instead of dots. Make sure nobody is watching.</source>
        <translation>Affiche le code PIN en clair au lieu de points. Assurez-vous que personne ne regarde.</translation>
    </message>
    <message>
        <source>PIN check</source>
        <translation>Vérification du code PIN</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>The PIN must meet these &amp;rules:</source>
        <translation>Le code PIN doit respecter ces &amp;règles&#xa0;:</translation>
    </message>
    <message>
        <source>PIN rules</source>
        <translation>Règles du code PIN</translation>
    </message>
    <message>
        <source>Each rule is marked as met or not met while you type.</source>
        <translation>Chaque règle est marquée comme respectée ou non pendant la saisie.</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>&amp;Nouveau code PIN&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New PUK:</source>
        <translation>&amp;Nouveau code PUK&#xa0;:</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nouveau code PIN</translation>
    </message>
    <message>
        <source>New PUK</source>
        <translation>Nouveau code PUK</translation>
    </message>
    <message>
        <source>The card&apos;s new PIN. The rules it must meet are listed below.</source>
        <translation>Le nouveau code PIN de la carte. Les règles qu&apos;il doit respecter sont indiquées ci-dessous.</translation>
    </message>
    <message>
        <source>The card&apos;s new PUK: 8 to 127 characters, not the PIN.</source>
        <translation>Le nouveau code PUK de la carte&#xa0;: 8 à 127 caractères, différent du code PIN.</translation>
    </message>
    <message>
        <source>Con&amp;firm new PIN:</source>
        <translation>Con&amp;firmer le nouveau PIN&#xa0;:</translation>
    </message>
    <message>
        <source>Con&amp;firm new PUK:</source>
        <translation>Con&amp;firmer le nouveau PUK&#xa0;:</translation>
    </message>
    <message>
        <source>Confirm new PIN</source>
        <translation>Confirmer le nouveau code PIN</translation>
    </message>
    <message>
        <source>Confirm new PUK</source>
        <translation>Confirmer le nouveau code PUK</translation>
    </message>
    <message>
        <source>Type the same PUK again.</source>
        <translation>Tapez de nouveau le même code PUK.</translation>
    </message>
    <message>
        <source>&amp;Show PUK</source>
        <translation>Affic&amp;her le PUK</translation>
    </message>
    <message>
        <source>Broken</source>
        <extracomment>The state of a PIN rule, read out by screen readers: the PIN breaks this rule.</extracomment>
        <translation>Non respectée</translation>
    </message>
    <message>
        <source>Met</source>
        <extracomment>The state of a PIN rule, read out by screen readers: &quot;Met&quot; = the PIN keeps the rule; &quot;Not met yet&quot; = it does not keep it yet.</extracomment>
        <translation>Respectée</translation>
    </message>
    <message>
        <source>Not met yet</source>
        <translation>Pas encore respectée</translation>
    </message>
    <message>
        <source>The PIN contains a character the rules do not allow (“%1”). Remove it.</source>
        <translation>Le code PIN contient un caractère que les règles n&apos;autorisent pas («&#xa0;%1&#xa0;»). Supprimez-le.</translation>
    </message>
    <message>
        <source>The PIN is too long (“%1”). Shorten it.</source>
        <translation>Le code PIN est trop long («&#xa0;%1&#xa0;»). Raccourcissez-le.</translation>
    </message>
    <message>
        <source>The two PINs do not match.</source>
        <translation>Les deux codes PIN ne correspondent pas.</translation>
    </message>
    <message>
        <source>The two PUKs do not match.</source>
        <translation>Les deux codes PUK ne correspondent pas.</translation>
    </message>
    <message>
        <source>The PUKs match.</source>
        <translation>Les codes PUK correspondent.</translation>
    </message>
    <message>
        <source>Type the PIN again in the second field to confirm it.</source>
        <translation>Tapez de nouveau le code PIN dans le second champ pour le confirmer.</translation>
    </message>
    <message>
        <source>Type the PUK again in the second field to confirm it.</source>
        <translation>Tapez de nouveau le code PUK dans le second champ pour le confirmer.</translation>
    </message>
    <message>
        <source>The PINs match.</source>
        <translation>Les codes PIN correspondent.</translation>
    </message>
    <message>
        <source>The PINs match, but not every rule below is met yet.</source>
        <translation>Les codes PIN correspondent, mais toutes les règles ci-dessous ne sont pas encore respectées.</translation>
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
        <translation>Le code PIN déverrouille la carte à chaque utilisation. Choisissez-en un dont vous vous souviendrez&#xa0;; personne d&apos;autre ne doit le connaître.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>Code &amp;PIN&#xa0;:</translation>
    </message>
    <message>
        <source>The new PIN of the card. The rules it must meet are listed below.</source>
        <translation>Le nouveau code PIN de la carte. Les règles qu&apos;il doit respecter sont indiquées ci-dessous.</translation>
    </message>
    <message>
        <source>Con&amp;firm PIN:</source>
        <translation>Con&amp;firmer le PIN&#xa0;:</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>Confirmer le code PIN</translation>
    </message>
    <message>
        <source>The PIN you entered before is kept. Type a new one to change it.</source>
        <translation>Le code PIN saisi précédemment est conservé. Tapez-en un nouveau pour le modifier.</translation>
    </message>
</context>
<context>
    <name>PinPolicy</name>
    <message>
        <source>The minimum PIN length is %1; it must be at least %2.</source>
        <translation>La longueur minimale du code PIN est %1&#xa0;; elle doit être d&apos;au moins %2.</translation>
    </message>
    <message>
        <source>The maximum PIN length is %1; it can be at most %2.</source>
        <translation>La longueur maximale du code PIN est %1&#xa0;; elle peut être d&apos;au plus %2.</translation>
    </message>
    <message>
        <source>The minimum PIN length (%1) is greater than the maximum (%2).</source>
        <translation>La longueur minimale du code PIN (%1) est supérieure à la longueur maximale (%2).</translation>
    </message>
    <message>
        <source>The policy disallows every kind of character, so no PIN can meet it.</source>
        <translation>La stratégie interdit tous les types de caractères&#xa0;; aucun code PIN ne peut donc la respecter.</translation>
    </message>
    <message numerus="yes">
        <source>The policy requires %1 kinds of character, but a PIN may have at most %n character(s).</source>
        <translation>
            <numerusform>La stratégie exige %1 types de caractères, mais un code PIN peut comporter au plus %n caractère.</numerusform>
            <numerusform>La stratégie exige %1 types de caractères, mais un code PIN peut comporter au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n byte(s) (ä or € count as 2 or 3)</source>
        <translation>
            <numerusform>Au moins %n octet (ä ou € comptent pour 2 ou 3)</numerusform>
            <numerusform>Au moins %n octets (ä ou € comptent pour 2 ou 3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>Au moins %n caractère</numerusform>
            <numerusform>Au moins %n caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n byte(s) (ä or € count as 2 or 3)</source>
        <translation>
            <numerusform>Au plus %n octet (ä ou € comptent pour 2 ou 3)</numerusform>
            <numerusform>Au plus %n octets (ä ou € comptent pour 2 ou 3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n character(s)</source>
        <translation>
            <numerusform>Au plus %n caractère</numerusform>
            <numerusform>Au plus %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>At least one uppercase letter (A-Z)</source>
        <translation>Au moins une lettre majuscule (A-Z)</translation>
    </message>
    <message>
        <source>At least one lowercase letter (a-z)</source>
        <translation>Au moins une lettre minuscule (a-z)</translation>
    </message>
    <message>
        <source>At least one digit (0-9)</source>
        <translation>Au moins un chiffre (0-9)</translation>
    </message>
    <message>
        <source>At least one special character, such as a space or !#%+-</source>
        <translation>Au moins un caractère spécial, comme une espace ou&#xa0;!#%+-</translation>
    </message>
    <message>
        <source>At least one character beyond plain ASCII, such as ä or €</source>
        <translation>Au moins un caractère hors ASCII simple, comme ä ou €</translation>
    </message>
    <message>
        <source>No uppercase letters (A-Z)</source>
        <translation>Aucune lettre majuscule (A-Z)</translation>
    </message>
    <message>
        <source>No lowercase letters (a-z)</source>
        <translation>Aucune lettre minuscule (a-z)</translation>
    </message>
    <message>
        <source>No digits (0-9)</source>
        <translation>Aucun chiffre (0-9)</translation>
    </message>
    <message>
        <source>No special characters (spaces, punctuation, symbols)</source>
        <translation>Aucun caractère spécial (espaces, ponctuation, symboles)</translation>
    </message>
    <message>
        <source>No characters beyond plain ASCII (such as ä or €) and no control characters</source>
        <translation>Aucun caractère hors ASCII simple (comme ä ou €) et aucun caractère de contrôle</translation>
    </message>
    <message numerus="yes">
        <source>The PIN policy has %n byte(s); it must have exactly %1.</source>
        <translation>
            <numerusform>La stratégie de code PIN compte %n octet&#xa0;; elle doit en compter exactement %1.</numerusform>
            <numerusform>La stratégie de code PIN compte %n octets&#xa0;; elle doit en compter exactement %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN policy&apos;s reserved field is %1; it must be 1.</source>
        <translation>Le champ réservé de la stratégie de code PIN vaut %1&#xa0;; il doit valoir 1.</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s minimum length is %1; it must be from %2 to %3.</source>
        <translation>La longueur minimale de la stratégie de code PIN est %1&#xa0;; elle doit être comprise entre %2 et %3.</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s maximum length is %1; it must be from %2 to %3.</source>
        <translation>La longueur maximale de la stratégie de code PIN est %1&#xa0;; elle doit être comprise entre %2 et %3.</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s minimum length (%1) is greater than its maximum length (%2).</source>
        <translation>La longueur minimale de la stratégie de code PIN (%1) est supérieure à sa longueur maximale (%2).</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s rule for %1 is %2; only 0 (allow), 1 (require) and 2 (disallow) exist.</source>
        <extracomment>%1 is the rule&apos;s name as Windows stores it (uppercase, lowercase, digits, special), %2 a number.</extracomment>
        <translation>La règle de la stratégie de code PIN pour les %1 vaut %2&#xa0;; seules les valeurs 0 (autoriser), 1 (exiger) et 2 (interdire) existent.</translation>
    </message>
    <message>
        <source>uppercase letters</source>
        <translation>lettres majuscules</translation>
    </message>
    <message>
        <source>lowercase letters</source>
        <translation>lettres minuscules</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>chiffres</translation>
    </message>
    <message>
        <source>special characters</source>
        <translation>caractères spéciaux</translation>
    </message>
    <message>
        <source>other characters</source>
        <translation>autres caractères</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Creating the Card</source>
        <translation>Création de la carte</translation>
    </message>
    <message>
        <source>Please wait while the card is created.</source>
        <translation>Veuillez patienter pendant la création de la carte.</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Étape en cours</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>How far the creation of the card has got.</source>
        <translation>L&apos;avancement de la création de la carte.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;What Went Wrong?</source>
        <translation>&amp;Que s&apos;est-il passé&#xa0;?</translation>
    </message>
    <message>
        <source>Shows the error again: what went wrong, what to do, and the details.</source>
        <translation>Affiche de nouveau l&apos;erreur&#xa0;: ce qui s&apos;est passé, que faire, et les détails.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Tries to create the same card again.</source>
        <translation>Essaie de créer de nouveau la même carte.</translation>
    </message>
    <message>
        <source>C&amp;hange Choices</source>
        <translation>&amp;Modifier les choix</translation>
    </message>
    <message>
        <source>Goes back to the summary, from where you can change the name, the PIN or the other choices.</source>
        <translation>Revient au récapitulatif, d&apos;où vous pouvez modifier le nom, le code PIN ou les autres choix.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Arrêt&amp;er</translation>
    </message>
    <message>
        <source>Stops creating the card. Nothing is left behind.</source>
        <translation>Arrête la création de la carte. Rien n&apos;est laissé derrière.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Stopping and removing what was created so far…</source>
        <translation>Arrêt et suppression de ce qui a déjà été créé…</translation>
    </message>
    <message>
        <source>The card was created.</source>
        <translation>La carte a été créée.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <extracomment>The text inside the progress bar after the user stopped the create.
----------
What a screen reader says of the progress bar after the user stopped the create.</extracomment>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <extracomment>The stage line under the progress bar after the user stopped the create.</extracomment>
        <translation>Arrêtée.</translation>
    </message>
    <message>
        <source>No card was created. You can try again, or close the wizard.</source>
        <translation>Aucune carte n&apos;a été créée. Vous pouvez réessayer ou fermer l&apos;assistant.</translation>
    </message>
    <message>
        <source>The card could not be created: %1</source>
        <translation>Impossible de créer la carte&#xa0;: %1</translation>
    </message>
    <message>
        <source>You can try again, or change your choices.</source>
        <translation>Vous pouvez réessayer ou modifier vos choix.</translation>
    </message>
    <message>
        <source>Failed at %p%</source>
        <extracomment>Shown in the progress bar when the creation failed; %p% is the bar&apos;s percentage (Qt fills in the number).</extracomment>
        <translation>Échec à %p %</translation>
    </message>
    <message>
        <source>The Card Was Not Created</source>
        <translation>La carte n&apos;a pas été créée</translation>
    </message>
    <message>
        <source>The card could not be created.</source>
        <translation>Impossible de créer la carte.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Creating the Card Was Stopped</source>
        <translation>La création de la carte a été arrêtée</translation>
    </message>
    <message>
        <source>Nothing of the card was left behind.</source>
        <translation>Il ne reste rien de la carte.</translation>
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
        <translation>Récupération</translation>
    </message>
    <message>
        <source>Organization rules</source>
        <translation>Règles de l&apos;organisation</translation>
    </message>
    <message>
        <source>The PUK resets the PIN. It is a second secret of 8 to 127 characters.</source>
        <translation>Le code PUK réinitialise le code PIN. C&apos;est un second secret de 8 à 127 caractères.</translation>
    </message>
    <message>
        <source>P&amp;UK:</source>
        <translation>Code P&amp;UK&#xa0;:</translation>
    </message>
    <message>
        <source>PUK</source>
        <translation>PUK</translation>
    </message>
    <message>
        <source>8 to 127 characters. Keep it apart from the PIN.</source>
        <translation>8 à 127 caractères. Conservez-le séparément du code PIN.</translation>
    </message>
    <message>
        <source>C&amp;onfirm PUK:</source>
        <translation>C&amp;onfirmer le PUK&#xa0;:</translation>
    </message>
    <message>
        <source>Confirm PUK</source>
        <translation>Confirmer le code PUK</translation>
    </message>
    <message>
        <source>Type the same PUK again.</source>
        <translation>Tapez de nouveau le même code PUK.</translation>
    </message>
    <message>
        <source>S&amp;how PUK</source>
        <translation>A&amp;fficher le PUK</translation>
    </message>
    <message>
        <source>Shows the PUK as plain text instead of dots.</source>
        <translation>Affiche le code PUK en clair au lieu de points.</translation>
    </message>
    <message>
        <source>PUK check</source>
        <translation>Vérification du code PUK</translation>
    </message>
    <message>
        <source>Admin key beside the PUK</source>
        <extracomment>A title: the admin key the card keeps in addition to the PUK.</extracomment>
        <translation>Clé d&apos;administration associée au code PUK</translation>
    </message>
    <message>
        <source>Use an &amp;admin key (48 hexadecimal digits)</source>
        <translation>Utiliser une clé d&apos;&amp;administration (48 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>The admin key is a 3DES key that an administrator uses to reset the PIN.</source>
        <translation>La clé d&apos;administration est une clé 3DES qu&apos;un administrateur utilise pour réinitialiser le code PIN.</translation>
    </message>
    <message>
        <source>&amp;Default key</source>
        <translation>Clé par &amp;défaut</translation>
    </message>
    <message>
        <source>The publicly known default key of virtual smart cards. Anyone who knows it can reset the PIN.</source>
        <translation>La clé par défaut des cartes à puce virtuelles, connue publiquement. Quiconque la connaît peut réinitialiser le code PIN.</translation>
    </message>
    <message>
        <source>&amp;Random key, never shown</source>
        <translation>Clé a&amp;léatoire, jamais affichée</translation>
    </message>
    <message>
        <source>Nobody will know the key: the card can then never be reset, only removed.</source>
        <translation>Personne ne connaîtra la clé&#xa0;: la carte ne pourra alors jamais être réinitialisée, seulement supprimée.</translation>
    </message>
    <message>
        <source>&amp;Enter a key</source>
        <translation>&amp;Entrer une clé</translation>
    </message>
    <message>
        <source>Type a key of 48 hexadecimal digits, for example one your administrator gave you.</source>
        <translation>Tapez une clé de 48 chiffres hexadécimaux, par exemple celle que votre administrateur vous a fournie.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé&#xa0;:</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Clé d&apos;administration</translation>
    </message>
    <message>
        <source>48 hexadecimal digits; spaces or colons between the byte pairs are allowed.</source>
        <translation>48 chiffres hexadécimaux&#xa0;; les espaces ou deux-points entre les paires d&apos;octets sont autorisés.</translation>
    </message>
    <message>
        <source>48 hex digits</source>
        <translation>48 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>Sho&amp;w key</source>
        <translation>Affic&amp;her la clé</translation>
    </message>
    <message>
        <source>Shows the admin key as plain text instead of dots.</source>
        <translation>Affiche la clé d&apos;administration en clair au lieu de points.</translation>
    </message>
    <message>
        <source>Admin key check</source>
        <translation>Vérification de la clé d&apos;administration</translation>
    </message>
    <message>
        <source>Your organization requires a PUK.</source>
        <translation>Votre organisation exige un code PUK.</translation>
    </message>
    <message>
        <source>Your organization does not allow the default admin key.</source>
        <translation>Votre organisation n&apos;autorise pas la clé d&apos;administration par défaut.</translation>
    </message>
    <message>
        <source>Your organization does not allow a random admin key.</source>
        <translation>Votre organisation n&apos;autorise pas de clé d&apos;administration aléatoire.</translation>
    </message>
    <message>
        <source>Also set the card&apos;s &amp;admin key, as your organization requires</source>
        <translation>Définir aussi la clé d&apos;&amp;administration de la carte, comme l&apos;exige votre organisation</translation>
    </message>
    <message>
        <source>Type the PUK again in the second field to confirm it.</source>
        <translation>Tapez de nouveau le code PUK dans le second champ pour le confirmer.</translation>
    </message>
    <message>
        <source>The two PUKs do not match.</source>
        <translation>Les deux codes PUK ne correspondent pas.</translation>
    </message>
    <message>
        <source>The PUK you entered before is kept. Type a new one to change it.</source>
        <translation>Le code PUK saisi précédemment est conservé. Tapez-en un nouveau pour le modifier.</translation>
    </message>
    <message>
        <source>The PUKs match.</source>
        <translation>Les codes PUK correspondent.</translation>
    </message>
    <message>
        <source>The card also gets a random admin key that nobody knows: only the PUK can reset the PIN.</source>
        <translation>La carte reçoit aussi une clé d&apos;administration aléatoire que personne ne connaît&#xa0;: seul le code PUK peut réinitialiser le code PIN.</translation>
    </message>
    <message>
        <source>The card also keeps the publicly known default admin key (check value %1), because your organization does not allow a random one. Anyone who has the card can reset its PIN with that key, without the PUK.</source>
        <translation>La carte conserve aussi la clé d&apos;administration par défaut, connue publiquement (valeur de contrôle %1), car votre organisation n&apos;autorise pas de clé aléatoire. Quiconque possède la carte peut réinitialiser son code PIN avec cette clé, sans le code PUK.</translation>
    </message>
    <message>
        <source>The default key is publicly known: anyone who has the card can reset its PIN with it. Its check value (KCV) is %1.</source>
        <translation>La clé par défaut est connue publiquement&#xa0;: quiconque possède la carte peut réinitialiser son code PIN avec elle. Sa valeur de contrôle (KCV) est %1.</translation>
    </message>
    <message>
        <source>The key you entered before is kept (check value %1). Type a new one to change it.</source>
        <translation>La clé saisie précédemment est conservée (valeur de contrôle %1). Tapez-en une nouvelle pour la modifier.</translation>
    </message>
    <message>
        <source>Type the key as 48 hexadecimal digits.</source>
        <translation>Tapez la clé sous forme de 48 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>Check value (KCV): %1. Compare it with the one you were given.</source>
        <translation>Valeur de contrôle (KCV)&#xa0;: %1. Comparez-la avec celle qui vous a été fournie.</translation>
    </message>
    <message>
        <source>If the PIN is forgotten or blocked after too many wrong tries, it is reset with a PUK or with the card&apos;s admin key.</source>
        <translation>Si le code PIN est oublié ou bloqué après trop de tentatives incorrectes, il est réinitialisé avec un code PUK ou avec la clé d&apos;administration de la carte.</translation>
    </message>
    <message>
        <source>Use a &amp;PUK (PIN unblocking key) that you keep in a safe place</source>
        <translation>Utiliser un code &amp;PUK (clé de déblocage du code PIN) conservé en lieu sûr</translation>
    </message>
    <message numerus="yes">
        <source>Type a PUK of %1 to %n character(s).</source>
        <translation>
            <numerusform>Tapez un code PUK de %1 à %n caractère.</numerusform>
            <numerusform>Tapez un code PUK de %1 à %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>With a random key the card can never be reset. If the PIN is forgotten or blocked, the card can only be removed and a new one created.</source>
        <translation>Avec une clé aléatoire, la carte ne peut jamais être réinitialisée. Si le code PIN est oublié ou bloqué, la carte peut seulement être supprimée et une nouvelle créée.</translation>
    </message>
</context>
<context>
    <name>RemoveCardDialog</name>
    <message>
        <source>Working</source>
        <translation>Opération en cours</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Removing the card “%1” destroys its keys. Whatever they protect (sign-in, signatures, encrypted mail) can no longer be opened with this card. This cannot be undone.</source>
        <translation>La suppression de la carte «&#xa0;%1&#xa0;» détruit ses clés. Ce qu&apos;elles protègent (connexion, signatures, messages chiffrés) ne pourra plus être ouvert avec cette carte. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>To confirm, type the card&apos;s &amp;name: %1</source>
        <translation>Pour confirmer, tapez le &amp;nom de la carte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Card name to confirm</source>
        <translation>Nom de la carte à confirmer</translation>
    </message>
    <message>
        <source>&amp;Remove card</source>
        <translation>&amp;Supprimer la carte</translation>
    </message>
    <message>
        <source>Removing the card…</source>
        <translation>Suppression de la carte…</translation>
    </message>
    <message>
        <source>The card “%1” was removed. Restart the computer to finish.</source>
        <translation>La carte «&#xa0;%1&#xa0;» a été supprimée. Redémarrez l&apos;ordinateur pour terminer.</translation>
    </message>
    <message>
        <source>The card “%1” was removed.</source>
        <translation>La carte «&#xa0;%1&#xa0;» a été supprimée.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>Type “%1” to enable Remove card.</source>
        <translation>Tapez « %1 » pour activer « Supprimer la carte ».</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Card Created</source>
        <translation>Carte créée</translation>
    </message>
    <message>
        <source>Your virtual smart card is ready.</source>
        <translation>Votre carte à puce virtuelle est prête.</translation>
    </message>
    <message>
        <source>&amp;Instance ID:</source>
        <translation>ID d&apos;&amp;instance&#xa0;:</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>ID d&apos;instance</translation>
    </message>
    <message>
        <source>Identifies the card, for example to remove it later.</source>
        <translation>Identifie la carte, par exemple pour la supprimer plus tard.</translation>
    </message>
    <message>
        <source>Restart the computer before using the card: applications see it only after a restart.</source>
        <translation>Redémarrez l&apos;ordinateur avant d&apos;utiliser la carte&#xa0;: les applications ne la voient qu&apos;après un redémarrage.</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>Redémarrage nécessaire</translation>
    </message>
    <message>
        <source>How to &amp;use the card:</source>
        <translation>Comment &amp;utiliser la carte&#xa0;:</translation>
    </message>
    <message>
        <source>How to use the card</source>
        <translation>Comment utiliser la carte</translation>
    </message>
    <message>
        <source>Settings for applications such as ssh or a web browser. You can select and copy them.</source>
        <translation>Paramètres pour des applications comme ssh ou un navigateur web. Vous pouvez les sélectionner et les copier.</translation>
    </message>
    <message>
        <source>Lines for a terminal</source>
        <translation>Lignes pour un terminal</translation>
    </message>
    <message>
        <source>Shell commands that set up a terminal that is already open and use the card there.</source>
        <translation>Commandes shell qui configurent un terminal déjà ouvert et y utilisent la carte.</translation>
    </message>
    <message>
        <source>&amp;Manage cards…</source>
        <translation>&amp;Gérer les cartes…</translation>
    </message>
    <message>
        <source>Opens the card manager: change, reset or remove the cards you have.</source>
        <translation>Ouvre le gestionnaire de cartes&#xa0;: modifiez, réinitialisez ou supprimez vos cartes.</translation>
    </message>
    <message>
        <source>&amp;Copy the lines</source>
        <translation>&amp;Copier les lignes</translation>
    </message>
    <message>
        <source>Puts the lines for a terminal on the clipboard.</source>
        <translation>Copie les lignes pour un terminal dans le Presse-papiers.</translation>
    </message>
    <message>
        <source>The virtual smart card “%1” was created.</source>
        <translation>La carte à puce virtuelle «&#xa0;%1&#xa0;» a été créée.</translation>
    </message>
</context>
<context>
    <name>SecretChangeDialog</name>
    <message>
        <source>Reset with</source>
        <translation>Réinitialiser avec</translation>
    </message>
    <message>
        <source>The card&apos;s P&amp;UK</source>
        <translation>Le code P&amp;UK de la carte</translation>
    </message>
    <message>
        <source>The card&apos;s &amp;admin key (48 hexadecimal digits)</source>
        <translation>La clé d&apos;&amp;administration de la carte (48 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>C&amp;urrent PIN:</source>
        <translation>PIN act&amp;uel&#xa0;:</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Opération en cours</translation>
    </message>
    <message>
        <source>Change PIN of %1</source>
        <translation>Modifier le code PIN de %1</translation>
    </message>
    <message>
        <source>Type the current PIN of the card “%1”, then the new PIN twice.</source>
        <translation>Tapez le code PIN actuel de la carte «&#xa0;%1&#xa0;», puis deux fois le nouveau code PIN.</translation>
    </message>
    <message>
        <source>&amp;Change PIN</source>
        <translation>&amp;Modifier le PIN</translation>
    </message>
    <message>
        <source>Reset PIN of %1</source>
        <translation>Réinitialiser le code PIN de %1</translation>
    </message>
    <message>
        <source>A new PIN for the card “%1”, for when the PIN is forgotten or blocked. Type the secret that was set for this when the card was made, then the new PIN twice.</source>
        <translation>Un nouveau code PIN pour la carte «&#xa0;%1&#xa0;», lorsque le code PIN est oublié ou bloqué. Tapez le secret défini à cet effet lors de la création de la carte, puis deux fois le nouveau code PIN.</translation>
    </message>
    <message>
        <source>&amp;Reset PIN</source>
        <translation>&amp;Réinitialiser le PIN</translation>
    </message>
    <message>
        <source>Change PUK of %1</source>
        <translation>Modifier le code PUK de %1</translation>
    </message>
    <message>
        <source>Type the current PUK of the card “%1”, then the new PUK twice. Keep the new PUK somewhere safe: it resets the PIN.</source>
        <translation>Tapez le code PUK actuel de la carte «&#xa0;%1&#xa0;», puis deux fois le nouveau code PUK. Conservez le nouveau code PUK en lieu sûr&#xa0;: il permet de réinitialiser le code PIN.</translation>
    </message>
    <message>
        <source>&amp;Change PUK</source>
        <translation>&amp;Modifier le PUK</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Code PIN actuel</translation>
    </message>
    <message>
        <source>The PIN the card has now.</source>
        <translation>Le code PIN actuel de la carte.</translation>
    </message>
    <message>
        <source>C&amp;urrent PUK:</source>
        <translation>PUK act&amp;uel&#xa0;:</translation>
    </message>
    <message>
        <source>Current PUK</source>
        <translation>Code PUK actuel</translation>
    </message>
    <message>
        <source>The PUK the card has now.</source>
        <translation>Le code PUK actuel de la carte.</translation>
    </message>
    <message>
        <source>&amp;PUK:</source>
        <translation>Code &amp;PUK&#xa0;:</translation>
    </message>
    <message>
        <source>PUK</source>
        <translation>PUK</translation>
    </message>
    <message>
        <source>The PUK set when the card was made.</source>
        <translation>Le code PUK défini lors de la création de la carte.</translation>
    </message>
    <message>
        <source>Ad&amp;min key:</source>
        <translation>Clé d&apos;ad&amp;ministration&#xa0;:</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Clé d&apos;administration</translation>
    </message>
    <message>
        <source>The card&apos;s admin key: 48 hexadecimal digits.</source>
        <translation>La clé d&apos;administration de la carte&#xa0;: 48 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>Changing the PIN…</source>
        <translation>Modification du code PIN…</translation>
    </message>
    <message>
        <source>Resetting the PIN…</source>
        <translation>Réinitialisation du code PIN…</translation>
    </message>
    <message>
        <source>Changing the PUK…</source>
        <translation>Modification du code PUK…</translation>
    </message>
    <message>
        <source>The PIN of “%1” was changed.</source>
        <translation>Le code PIN de «&#xa0;%1&#xa0;» a été modifié.</translation>
    </message>
    <message>
        <source>The PIN of “%1” was reset. Use the new PIN from now on.</source>
        <translation>Le code PIN de «&#xa0;%1&#xa0;» a été réinitialisé. Utilisez désormais le nouveau code PIN.</translation>
    </message>
    <message>
        <source>The PUK of “%1” was changed.</source>
        <translation>Le code PUK de «&#xa0;%1&#xa0;» a été modifié.</translation>
    </message>
    <message>
        <source>Reading the TPM&apos;s lockout state…</source>
        <translation>Lecture de l&apos;état de verrouillage du TPM…</translation>
    </message>
    <message>
        <source>TPM lockout state: %1</source>
        <translation>État de verrouillage du TPM&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <source>The two entries differ. Try again.</source>
        <translation>Les deux saisies diffèrent. Réessayez.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>SimulatorBackend</name>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not a card error name such as CARD:WRONG_PIN or CARD:TPM_LOCKOUT.</source>
        <translation>--sim-fail&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;erreur de carte tel que CARD:WRONG_PIN ou CARD:TPM_LOCKOUT.</translation>
    </message>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not one of change-pin, reset-pin, change-puk or status.</source>
        <translation>--sim-fail&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas l&apos;une des valeurs change-pin, reset-pin, change-puk ou status.</translation>
    </message>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not a TPMVSCMGR_ERROR name such as CARD_CREATE or GENERATE_FILESYSTEM.</source>
        <translation>--sim-fail&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nom de TPMVSCMGR_ERROR tel que CARD_CREATE ou GENERATE_FILESYSTEM.</translation>
    </message>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not a TPMVSCMGR_STATUS name such as VREADER_CREATING or GENERATE_RUNNING.</source>
        <translation>--sim-fail&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nom de TPMVSCMGR_STATUS tel que VREADER_CREATING ou GENERATE_RUNNING.</translation>
    </message>
    <message>
        <source>Simulator — no card is really created</source>
        <translation>Simulateur — aucune carte n&apos;est réellement créée</translation>
    </message>
    <message numerus="yes">
        <source>%n smart card(s) exist already, the most there can be at once. Remove one first.</source>
        <translation>
            <numerusform>%n carte à puce existe déjà, le maximum possible simultanément. Supprimez-en d&apos;abord une.</numerusform>
            <numerusform>%n cartes à puce existent déjà, le maximum possible simultanément. Supprimez-en d&apos;abord une.</numerusform>
        </translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>Carte introuvable</translation>
    </message>
    <message>
        <source>No simulated card has the instance id “%1”.</source>
        <translation>Aucune carte simulée n&apos;a l&apos;ID d&apos;instance «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“vscwizard list” shows the cards and their instance ids; another program may have removed this one already.</source>
        <translation>«&#xa0;vscwizard list&#xa0;» affiche les cartes et leurs ID d&apos;instance&#xa0;; un autre programme a peut-être déjà supprimé celle-ci.</translation>
    </message>
    <message>
        <source>The simulator&apos;s state folder is busy</source>
        <translation>Le dossier d&apos;état du simulateur est occupé</translation>
    </message>
    <message numerus="yes">
        <source>Another process kept the simulator&apos;s state folder %1 locked for %n second(s).</source>
        <translation>
            <numerusform>Un autre processus a gardé le dossier d&apos;état du simulateur %1 verrouillé pendant %n seconde.</numerusform>
            <numerusform>Un autre processus a gardé le dossier d&apos;état du simulateur %1 verrouillé pendant %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until the other vscwizard has finished, then try again. Nothing was changed.</source>
        <translation>Attendez que l&apos;autre instance de vscwizard ait terminé, puis réessayez. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The simulator cannot keep cards</source>
        <translation>Le simulateur ne peut pas conserver de cartes</translation>
    </message>
    <message>
        <source>The simulator cannot write its cards to the state folder %1.</source>
        <translation>Le simulateur ne peut pas écrire ses cartes dans le dossier d&apos;état %1.</translation>
    </message>
    <message>
        <source>Give --sim-state a folder you may write to, on a disk with free space.</source>
        <translation>Indiquez à --sim-state un dossier dans lequel vous pouvez écrire, sur un disque disposant d&apos;espace libre.</translation>
    </message>
    <message>
        <source>This card&apos;s secrets cannot be checked</source>
        <translation>Les secrets de cette carte ne peuvent pas être vérifiés</translation>
    </message>
    <message>
        <source>The simulated card %1 was made before the simulator kept what its PIN, PUK and admin key are checked against, so they can be neither changed nor reset.</source>
        <translation>La carte simulée %1 a été créée avant que le simulateur ne conserve les références de vérification de son code PIN, de son code PUK et de sa clé d&apos;administration&#xa0;; ils ne peuvent donc être ni modifiés ni réinitialisés.</translation>
    </message>
    <message>
        <source>Remove the card and create it again.</source>
        <translation>Supprimez la carte et recréez-la.</translation>
    </message>
    <message>
        <source>This card has no PUK</source>
        <translation>Cette carte n&apos;a pas de code PUK</translation>
    </message>
    <message>
        <source>The card %1 was made without a PUK.</source>
        <translation>La carte %1 a été créée sans code PUK.</translation>
    </message>
    <message>
        <source>Reset its PIN with the admin key instead.</source>
        <translation>Réinitialisez plutôt son code PIN avec la clé d&apos;administration.</translation>
    </message>
    <message>
        <source>Nobody knows this card&apos;s admin key</source>
        <translation>Personne ne connaît la clé d&apos;administration de cette carte</translation>
    </message>
    <message>
        <source>The admin key of the card %1 is random and was kept nowhere.</source>
        <translation>La clé d&apos;administration de la carte %1 est aléatoire et n&apos;a été conservée nulle part.</translation>
    </message>
    <message>
        <source>Reset its PIN with the PUK instead.</source>
        <translation>Réinitialisez plutôt son code PIN avec le code PUK.</translation>
    </message>
    <message>
        <source>A card named &quot;%1&quot; exists already (%2).</source>
        <translation>Une carte nommée «&#xa0;%1&#xa0;» existe déjà (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n smart card(s) exist already, the most there can be at once.</source>
        <translation>
            <numerusform>%n carte à puce existe déjà, le maximum possible simultanément.</numerusform>
            <numerusform>%n cartes à puce existent déjà, le maximum possible simultanément.</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulated failure at %1</source>
        <extracomment>The simulator (a test tool) fails on purpose; %1 is the name of a status such as TPMVSCMGR_STATUS_CARD_CREATED.</extracomment>
        <translation>Échec simulé à l&apos;état %1</translation>
    </message>
    <message>
        <source>The state folder %1 is locked by another process.</source>
        <translation>Le dossier d&apos;état %1 est verrouillé par un autre processus.</translation>
    </message>
    <message>
        <source>This card exists only as a file in %1; no application can use it.</source>
        <translation>Cette carte n&apos;existe que sous forme de fichier dans %1&#xa0;; aucune application ne peut l&apos;utiliser.</translation>
    </message>
    <message>
        <source>No simulated card has the instance id %1.</source>
        <translation>Aucune carte simulée n&apos;a l&apos;ID d&apos;instance %1.</translation>
    </message>
    <message>
        <source>Simulated failure of status</source>
        <extracomment>The simulator (a test tool) fails on purpose; &quot;status&quot; is the command of that name.</extracomment>
        <translation>Échec simulé de status</translation>
    </message>
    <message>
        <source>The simulated card checks the secret…</source>
        <translation>La carte simulée vérifie le secret…</translation>
    </message>
    <message>
        <source>Simulated failure of %1</source>
        <translation>Échec simulé de %1</translation>
    </message>
</context>
<context>
    <name>SimulatorStore</name>
    <message>
        <source>The folder %1 cannot be written.</source>
        <translation>Impossible d&apos;écrire dans le dossier %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>Impossible de supprimer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SoftwareTpm</name>
    <message>
        <source>The software TPM is already running.</source>
        <translation>Le TPM logiciel est déjà en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>The program swtpm was not found. Install the package swtpm.</source>
        <translation>Le programme swtpm est introuvable. Installez le paquet swtpm.</translation>
    </message>
    <message>
        <source>The TPM resource manager tpm2-abrmd was not found. Install the packages tpm2-abrmd and libtss2-tcti-tabrmd0.</source>
        <translation>Le gestionnaire de ressources TPM tpm2-abrmd est introuvable. Installez les paquets tpm2-abrmd et libtss2-tcti-tabrmd0.</translation>
    </message>
    <message>
        <source>The software TPM is running (%1).</source>
        <translation>Le TPM logiciel est en cours d&apos;exécution (%1).</translation>
    </message>
    <message>
        <source>The software TPM could not be started.</source>
        <translation>Impossible de démarrer le TPM logiciel.</translation>
    </message>
    <message>
        <source>%1 failed to start.</source>
        <translation>Le démarrage de %1 a échoué.</translation>
    </message>
    <message>
        <source>This session has no D-Bus session bus, and the program dbus-daemon was not found. Install the package dbus-daemon.</source>
        <translation>Cette session n&apos;a pas de bus de session D-Bus, et le programme dbus-daemon est introuvable. Installez le paquet dbus-daemon.</translation>
    </message>
    <message>
        <source>The TPM resource manager did not come up on the D-Bus session bus as %1.</source>
        <translation>Le gestionnaire de ressources TPM n&apos;est pas apparu sur le bus de session D-Bus sous le nom %1.</translation>
    </message>
    <message>
        <source>The software TPM does not answer through its resource manager: %1</source>
        <translation>Le TPM logiciel ne répond pas via son gestionnaire de ressources&#xa0;: %1</translation>
    </message>
    <message>
        <source>The software TPM is not running.</source>
        <translation>Le TPM logiciel n&apos;est pas en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>The software TPM was shut down.</source>
        <translation>Le TPM logiciel a été arrêté.</translation>
    </message>
    <message>
        <source>The software TPM could not be shut down cleanly.</source>
        <translation>Le TPM logiciel n&apos;a pas pu être arrêté proprement.</translation>
    </message>
    <message>
        <source>The user service %1 did not stop.</source>
        <translation>Le service utilisateur %1 ne s&apos;est pas arrêté.</translation>
    </message>
    <message>
        <source>The software TPM is running as the user service %1; its socket is %2. Keys are not protected by hardware.</source>
        <translation>Le TPM logiciel s&apos;exécute en tant que service utilisateur %1&#xa0;; son socket est %2. Les clés ne sont pas protégées par le matériel.</translation>
    </message>
    <message>
        <source>The software TPM is running as a background process; its socket is %1. Keys are not protected by hardware.</source>
        <translation>Le TPM logiciel s&apos;exécute en tant que processus d&apos;arrière-plan&#xa0;; son socket est %1. Les clés ne sont pas protégées par le matériel.</translation>
    </message>
    <message>
        <source>The software TPM is stopped; its state is kept in %1.</source>
        <translation>Le TPM logiciel est arrêté&#xa0;; son état est conservé dans %1.</translation>
    </message>
    <message>
        <source>The software TPM has not been set up yet; it starts when a card needs it.</source>
        <translation>Le TPM logiciel n&apos;est pas encore configuré&#xa0;; il démarre quand une carte en a besoin.</translation>
    </message>
    <message>
        <source>Its resource manager tpm2-abrmd is running as %1 on the D-Bus session bus.</source>
        <translation>Son gestionnaire de ressources tpm2-abrmd s&apos;exécute en tant que %1 sur le bus de session D-Bus.</translation>
    </message>
    <message>
        <source>Its resource manager tpm2-abrmd is not running; it starts when a card needs it.</source>
        <translation>Son gestionnaire de ressources tpm2-abrmd n&apos;est pas en cours d&apos;exécution&#xa0;; il démarre quand une carte en a besoin.</translation>
    </message>
    <message>
        <source>This session has no D-Bus session bus; the software TPM brings its own at %1.</source>
        <translation>Cette session n&apos;a pas de bus de session D-Bus&#xa0;; le TPM logiciel fournit le sien à l&apos;adresse %1.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use start, stop or status.</source>
        <translation>Action inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez start, stop ou status.</translation>
    </message>
    <message numerus="yes">
        <source>swtpm did not open %1 within %n second(s).</source>
        <translation>
            <numerusform>swtpm n&apos;a pas ouvert %1 dans un délai de %n seconde.</numerusform>
            <numerusform>swtpm n&apos;a pas ouvert %1 dans un délai de %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Check what will be created. Use Back to change anything.</source>
        <translation>Vérifiez ce qui va être créé. Utilisez Précédent pour modifier quoi que ce soit.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Card name</source>
        <translation>Nom de la carte</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>Code PIN&#xa0;:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Recovery:</source>
        <translation>Récupération&#xa0;:</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Récupération</translation>
    </message>
    <message>
        <source>Admin key:</source>
        <translation>Clé d&apos;administration&#xa0;:</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Clé d&apos;administration</translation>
    </message>
    <message>
        <source>Prepared now:</source>
        <extracomment>Followed by what is made on the card right away (its file system, a key pair).</extracomment>
        <translation>Préparée maintenant&#xa0;:</translation>
    </message>
    <message>
        <source>Prepared now</source>
        <extracomment>Followed by what is made on the card right away (its file system, a key pair).</extracomment>
        <translation>Préparée maintenant</translation>
    </message>
    <message>
        <source>Key algorithm:</source>
        <translation>Algorithme de clé&#xa0;:</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>Algorithme de clé</translation>
    </message>
    <message>
        <source>Attestation:</source>
        <translation>Attestation&#xa0;:</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>Created by:</source>
        <extracomment>Followed by what makes and keeps the card: the computer&apos;s TPM, a software TPM or a simulator.</extracomment>
        <translation>Créée par&#xa0;:</translation>
    </message>
    <message>
        <source>Created by</source>
        <extracomment>Followed by what makes and keeps the card: the computer&apos;s TPM, a software TPM or a simulator.</extracomment>
        <translation>Créée par</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Press Create to create the card. This can take a minute; the secrets you typed are not shown here.</source>
        <translation>Appuyez sur Créer pour créer la carte. Cela peut prendre une minute&#xa0;; les secrets que vous avez tapés ne sont pas affichés ici.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>The PIN can be reset with the PUK you chose</source>
        <translation>Le code PIN peut être réinitialisé avec le code PUK que vous avez choisi</translation>
    </message>
    <message>
        <source>None (the PUK takes its place)</source>
        <translation>Aucune (le code PUK la remplace)</translation>
    </message>
    <message>
        <source>The PIN can be reset only with the PUK you chose</source>
        <translation>Le code PIN ne peut être réinitialisé qu&apos;avec le code PUK que vous avez choisi</translation>
    </message>
    <message>
        <source>A random key that nobody knows</source>
        <translation>Une clé aléatoire que personne ne connaît</translation>
    </message>
    <message>
        <source>The PIN can be reset with the PUK you chose or with the admin key you entered</source>
        <translation>Le code PIN peut être réinitialisé avec le code PUK que vous avez choisi ou avec la clé d&apos;administration que vous avez entrée</translation>
    </message>
    <message>
        <source>The PIN can be reset with the admin key you entered</source>
        <translation>Le code PIN peut être réinitialisé avec la clé d&apos;administration que vous avez entrée</translation>
    </message>
    <message>
        <source>The key you entered (check value %1)</source>
        <translation>La clé que vous avez entrée (valeur de contrôle %1)</translation>
    </message>
    <message>
        <source>The PIN can be reset with the PUK you chose or with the publicly known default admin key</source>
        <translation>Le code PIN peut être réinitialisé avec le code PUK que vous avez choisi ou avec la clé d&apos;administration par défaut, connue publiquement</translation>
    </message>
    <message>
        <source>The PIN can be reset with the publicly known default admin key</source>
        <translation>Le code PIN peut être réinitialisé avec la clé d&apos;administration par défaut, connue publiquement</translation>
    </message>
    <message>
        <source>The publicly known default key (check value %1)</source>
        <translation>La clé par défaut, connue publiquement (valeur de contrôle %1)</translation>
    </message>
    <message>
        <source>Anyone who has this card can reset its PIN with the publicly known default admin key.</source>
        <translation>Quiconque possède cette carte peut réinitialiser son code PIN avec la clé d&apos;administration par défaut, connue publiquement.</translation>
    </message>
    <message>
        <source>Set; it meets your organization&apos;s rules</source>
        <extracomment>The PIN has been set (a value beside &quot;PIN:&quot; in the summary).</extracomment>
        <translation>Défini&#xa0;; il respecte les règles de votre organisation</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Défini</translation>
    </message>
    <message>
        <source>No, the card stays empty</source>
        <translation>Non, la carte reste vide</translation>
    </message>
    <message>
        <source>Yes, a file system and a key pair</source>
        <translation>Oui, un système de fichiers et une paire de clés</translation>
    </message>
    <message>
        <source>Yes, a key pair</source>
        <translation>Oui, une paire de clés</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>RSA 2048 bits</source>
        <translation>RSA 2048 bits</translation>
    </message>
    <message>
        <source>Elliptic curve P-256</source>
        <translation>Courbe elliptique P-256</translation>
    </message>
    <message>
        <source>Attestation identity key only</source>
        <translation>Clé d&apos;identité d&apos;attestation uniquement</translation>
    </message>
    <message>
        <source>Attestation identity key and certificate</source>
        <translation>Clé d&apos;identité d&apos;attestation et certificat</translation>
    </message>
    <message>
        <source>The simulator, which creates no real card</source>
        <translation>Le simulateur, qui ne crée aucune carte réelle</translation>
    </message>
    <message>
        <source>The TPM of this computer</source>
        <translation>Le TPM de cet ordinateur</translation>
    </message>
    <message>
        <source>A software TPM on this computer, whose keys are not protected by hardware</source>
        <translation>Un TPM logiciel sur cet ordinateur, dont les clés ne sont pas protégées par le matériel</translation>
    </message>
    <message>
        <source>The PIN can never be reset. If it is forgotten or blocked, the card can only be removed and a new one created.</source>
        <translation>Le code PIN ne pourra jamais être réinitialisé. S&apos;il est oublié ou bloqué, la carte peut seulement être supprimée et une nouvelle créée.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager of Windows</source>
        <translation>Le Gestionnaire de cartes à puce virtuelles TPM de Windows</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>The token store %1 cannot be reached.</source>
        <translation>Le magasin de jetons %1 est inaccessible.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder of your own, or check the permissions of the folders on the way to it.</source>
        <translation>Indiquez à --store (ou TPM2_PKCS11_STORE) un dossier qui vous appartient, ou vérifiez les autorisations des dossiers sur le chemin qui y mène.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder of your own, or the name of a new folder in one that exists, which the program makes for you.</source>
        <translation>Indiquez à --store (ou TPM2_PKCS11_STORE) un dossier qui vous appartient, ou le nom d&apos;un nouveau dossier dans un dossier existant, que le programme crée pour vous.</translation>
    </message>
    <message>
        <source>The token store %1 is a file, not a folder.</source>
        <translation>Le magasin de jetons %1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>The token store %1 belongs to another user (%2), not to you (%3).</source>
        <translation>Le magasin de jetons %1 appartient à un autre utilisateur (%2), et non à vous (%3).</translation>
    </message>
    <message>
        <source>The token store %1 is a folder anyone may write to (mode %2), so another user could put a database of their own in it.</source>
        <translation>Le magasin de jetons %1 est un dossier dans lequel tout le monde peut écrire (mode %2)&#xa0;; un autre utilisateur pourrait donc y placer sa propre base de données.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder only you may write to, or the name of a new folder, which the program makes private. It does not change the mode of a folder it did not make.</source>
        <translation>Indiquez à --store (ou TPM2_PKCS11_STORE) un dossier dans lequel vous seul pouvez écrire, ou le nom d&apos;un nouveau dossier, que le programme rend privé. Il ne modifie pas le mode d&apos;un dossier qu&apos;il n&apos;a pas créé.</translation>
    </message>
    <message>
        <source>The token store %1 cannot be read.</source>
        <translation>Impossible de lire le magasin de jetons %1.</translation>
    </message>
    <message>
        <source>Allow yourself to read it (chmod u+rx), or give --store (or TPM2_PKCS11_STORE) another folder.</source>
        <translation>Accordez-vous le droit de le lire (chmod u+rx), ou indiquez un autre dossier à --store (ou TPM2_PKCS11_STORE).</translation>
    </message>
    <message>
        <source>The folder %1 holds files that are not a token store&apos;s (%2), so it is not used as one.</source>
        <translation>Le dossier %1 contient des fichiers qui n&apos;appartiennent pas à un magasin de jetons (%2)&#xa0;; il n&apos;est donc pas utilisé comme tel.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) an empty folder, the name of a new one, or an existing token store (a folder with tpm2_pkcs11.sqlite3 and nothing unrelated).</source>
        <translation>Indiquez à --store (ou TPM2_PKCS11_STORE) un dossier vide, le nom d&apos;un nouveau dossier ou un magasin de jetons existant (un dossier contenant tpm2_pkcs11.sqlite3 et rien d&apos;autre sans rapport).</translation>
    </message>
    <message>
        <source>The token store %1 is not writable, so no card can be made in it or removed from it.</source>
        <translation>Le magasin de jetons %1 n&apos;est pas accessible en écriture&#xa0;; aucune carte ne peut donc y être créée ni en être supprimée.</translation>
    </message>
    <message>
        <source>Make it writable for yourself, or give --store (or TPM2_PKCS11_STORE) another folder. Listing its cards needs no write.</source>
        <translation>Rendez-le accessible en écriture pour vous, ou indiquez un autre dossier à --store (ou TPM2_PKCS11_STORE). Lister ses cartes ne nécessite aucune écriture.</translation>
    </message>
    <message>
        <source>The token store&apos;s database %1 is damaged or is not a token store&apos;s database, so its cards cannot be read. Nothing was written to it.</source>
        <translation>La base de données %1 du magasin de jetons est endommagée ou n&apos;est pas celle d&apos;un magasin de jetons&#xa0;; ses cartes ne peuvent donc pas être lues. Rien n&apos;y a été écrit.</translation>
    </message>
    <message>
        <source>Put back a copy of %1 from a backup, or give --store (or TPM2_PKCS11_STORE) another folder for new cards. Keep the damaged file: a recovery tool may still read keys from it.</source>
        <translation>Restaurez une copie de %1 depuis une sauvegarde, ou indiquez à --store (ou TPM2_PKCS11_STORE) un autre dossier pour les nouvelles cartes. Conservez le fichier endommagé&#xa0;: un outil de récupération pourra peut-être encore en extraire des clés.</translation>
    </message>
    <message>
        <source>The disk that holds the token store %1 is full, so the card could not be written. Nothing of this attempt was kept.</source>
        <translation>Le disque qui contient le magasin de jetons %1 est plein&#xa0;; la carte n&apos;a donc pas pu être écrite. Rien de cette tentative n&apos;a été conservé.</translation>
    </message>
    <message numerus="yes">
        <source>Free some space on that disk (at least %n MiB), then try again; or give --store (or TPM2_PKCS11_STORE) a folder on another disk.</source>
        <translation>
            <numerusform>Libérez de l&apos;espace sur ce disque (au moins %n Mio), puis réessayez&#xa0;; ou indiquez à --store (ou TPM2_PKCS11_STORE) un dossier sur un autre disque.</numerusform>
            <numerusform>Libérez de l&apos;espace sur ce disque (au moins %n Mio), puis réessayez&#xa0;; ou indiquez à --store (ou TPM2_PKCS11_STORE) un dossier sur un autre disque.</numerusform>
        </translation>
    </message>
    <message>
        <source>Neither the token store %1 nor the folder %2 that would hold it exists. The program makes only the store&apos;s own folder, so that a mistyped path does not become folders.</source>
        <translation>Ni le magasin de jetons %1 ni le dossier %2 qui le contiendrait n&apos;existent. Le programme ne crée que le dossier du magasin lui-même, pour qu&apos;un chemin mal saisi ne devienne pas une série de dossiers.</translation>
    </message>
    <message>
        <source>Check the path given to --store (or TPM2_PKCS11_STORE), or create %1 first.</source>
        <translation>Vérifiez le chemin indiqué à --store (ou TPM2_PKCS11_STORE), ou créez d&apos;abord %1.</translation>
    </message>
    <message>
        <source>The token store %1 is not writable: %2, where it would be made, is not a folder.</source>
        <translation>Le magasin de jetons %1 n&apos;est pas accessible en écriture&#xa0;: %2, où il serait créé, n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>Check the path given to --store (or TPM2_PKCS11_STORE).</source>
        <translation>Vérifiez le chemin indiqué à --store (ou TPM2_PKCS11_STORE).</translation>
    </message>
    <message>
        <source>The token store %1 is not writable: you may not make a folder in %2.</source>
        <translation>Le magasin de jetons %1 n&apos;est pas accessible en écriture&#xa0;: vous n&apos;êtes pas autorisé à créer un dossier dans %2.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder in one you may write to, such as your home folder.</source>
        <translation>Indiquez à --store (ou TPM2_PKCS11_STORE) un dossier situé dans un dossier où vous pouvez écrire, comme votre dossier personnel.</translation>
    </message>
    <message>
        <source>The token store %1 could not be made.</source>
        <translation>Le magasin de jetons %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder in one you may write to.</source>
        <translation>Indiquez à --store (ou TPM2_PKCS11_STORE) un dossier situé dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Make it writable for yourself, or give --store (or TPM2_PKCS11_STORE) another folder.</source>
        <translation>Rendez-le accessible en écriture pour vous, ou indiquez un autre dossier à --store (ou TPM2_PKCS11_STORE).</translation>
    </message>
    <message numerus="yes">
        <source>The folder %1 holds files that are not a token store&apos;s (%2 and %n more), so it is not used as one.</source>
        <translation>
            <numerusform>Le dossier %1 contient des fichiers qui n&apos;appartiennent pas à un magasin de jetons (%2 et %n autre) ; il n&apos;est donc pas utilisé comme tel.</numerusform>
            <numerusform>Le dossier %1 contient des fichiers qui n&apos;appartiennent pas à un magasin de jetons (%2 et %n autres) ; il n&apos;est donc pas utilisé comme tel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tpm2Backend</name>
    <message>
        <source>Software TPM — keys are not protected by hardware</source>
        <translation>TPM logiciel — les clés ne sont pas protégées par le matériel</translation>
    </message>
    <message>
        <source>Applications reach the card through the PKCS#11 module %1.</source>
        <translation>Les applications accèdent à la carte via le module PKCS#11 %1.</translation>
    </message>
    <message>
        <source>Programs you start after your next login find it by themselves: %1 sets %2 for them.</source>
        <extracomment>&quot;it&quot; is the software TPM; %1 is a file path, %2 an environment variable&apos;s name.</extracomment>
        <translation>Les programmes que vous lancerez après votre prochaine connexion le trouveront d&apos;eux-mêmes&#xa0;: %1 définit %2 pour eux.</translation>
    </message>
    <message>
        <source>The settings for other programs could not be registered: %1</source>
        <translation>Les paramètres destinés aux autres programmes n&apos;ont pas pu être enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>This session has no D-Bus session bus, so programs reach the software TPM only with the lines below in their environment.</source>
        <translation>Cette session n&apos;a pas de bus de session D-Bus&#xa0;; les programmes n&apos;accèdent donc au TPM logiciel qu&apos;avec les lignes ci-dessous dans leur environnement.</translation>
    </message>
    <message>
        <source>In a terminal, the line below shows the card&apos;s public keys.</source>
        <translation>Dans un terminal, la ligne ci-dessous affiche les clés publiques de la carte.</translation>
    </message>
    <message>
        <source>In a terminal that is already open, the lines below reach the card; the last one shows its public keys.</source>
        <translation>Dans un terminal déjà ouvert, les lignes ci-dessous donnent accès à la carte&#xa0;; la dernière affiche ses clés publiques.</translation>
    </message>
    <message>
        <source>The tpm2-pkcs11 module was not found. Install the package libtpm2-pkcs11-1.</source>
        <translation>Le module tpm2-pkcs11 est introuvable. Installez le paquet libtpm2-pkcs11-1.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2). Ask your administrator to add you to the group tss, then sign in again.</source>
        <translation>Impossible d&apos;ouvrir %1 (%2). Demandez à votre administrateur de vous ajouter au groupe tss, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>The software TPM does not answer: %1</source>
        <translation>Le TPM logiciel ne répond pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>The token store %1 may not be written, and a copy of it to read could not be made: %2</source>
        <translation>Le magasin de jetons %1 n&apos;est pas accessible en écriture, et une copie en lecture n&apos;a pas pu en être faite&#xa0;: %2</translation>
    </message>
    <message>
        <source>C_Initialize with TCTI %1 failed: %2</source>
        <translation>C_Initialize avec le TCTI %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Waiting for another vscwizard (process %1) to finish with the token store %2…</source>
        <translation>En attente qu&apos;une autre instance de vscwizard (processus %1) ait fini d&apos;utiliser le magasin de jetons %2…</translation>
    </message>
    <message>
        <source>Waiting for another vscwizard to finish with the token store %1…</source>
        <translation>En attente qu&apos;une autre instance de vscwizard ait fini d&apos;utiliser le magasin de jetons %1…</translation>
    </message>
    <message>
        <source>The token store is busy</source>
        <translation>Le magasin de jetons est occupé</translation>
    </message>
    <message>
        <source>Wait until it has finished, or end it, then try again. Nothing was changed.</source>
        <translation>Attendez qu&apos;elle ait terminé, ou arrêtez-la, puis réessayez. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The unfinished card &quot;%1&quot; could not be removed: %2</source>
        <translation>La carte inachevée «&#xa0;%1&#xa0;» n&apos;a pas pu être supprimée&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no card with the instance id &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucune carte avec l&apos;ID d&apos;instance «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Le disque est plein</translation>
    </message>
    <message>
        <source>The token store is damaged</source>
        <translation>Le magasin de jetons est endommagé</translation>
    </message>
    <message>
        <source>The token store is read-only</source>
        <translation>Le magasin de jetons est en lecture seule</translation>
    </message>
    <message>
        <source>The token store cannot be read</source>
        <translation>Impossible de lire le magasin de jetons</translation>
    </message>
    <message>
        <source>This folder cannot be the token store</source>
        <translation>Ce dossier ne peut pas servir de magasin de jetons</translation>
    </message>
    <message>
        <source>The software TPM is not running</source>
        <translation>Le TPM logiciel n&apos;est pas en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>The software TPM stopped, or does not answer, so the operation could not finish.</source>
        <translation>Le TPM logiciel s&apos;est arrêté ou ne répond pas&#xa0;; l&apos;opération n&apos;a donc pas pu aboutir.</translation>
    </message>
    <message>
        <source>Start it again with “vscwizard software-tpm start”, then try again.</source>
        <translation>Redémarrez-le avec «&#xa0;vscwizard software-tpm start&#xa0;», puis réessayez.</translation>
    </message>
    <message>
        <source>Try again: the next operation starts it again.</source>
        <translation>Réessayez&#xa0;: la prochaine opération le redémarre.</translation>
    </message>
    <message>
        <source>The TPM is locked after too many wrong PINs</source>
        <translation>Le TPM est verrouillé après trop de codes PIN incorrects</translation>
    </message>
    <message>
        <source>The TPM is locked after too many wrong PINs (%1 of %2). It protects every card this way, whichever program the PINs were typed in.</source>
        <translation>Le TPM est verrouillé après trop de codes PIN incorrects (%1 sur %2). Il protège ainsi toutes les cartes, quel que soit le programme dans lequel les codes PIN ont été tapés.</translation>
    </message>
    <message>
        <source>The TPM has no room for more objects</source>
        <translation>Le TPM n&apos;a plus de place pour d&apos;autres objets</translation>
    </message>
    <message>
        <source>The TPM has no room for more objects: programs that ended without cleaning up left theirs loaded. This happens only where no resource manager stands in front of the TPM (%1).</source>
        <translation>Le TPM n&apos;a plus de place pour d&apos;autres objets&#xa0;: des programmes qui se sont terminés sans nettoyer y ont laissé les leurs chargés. Cela ne se produit que lorsqu&apos;aucun gestionnaire de ressources ne se trouve devant le TPM (%1).</translation>
    </message>
    <message>
        <source>Restart that TPM, or reach it through a resource manager: the kernel&apos;s /dev/tpmrm0, or the program&apos;s own software TPM, which has one.</source>
        <translation>Redémarrez ce TPM, ou accédez-y via un gestionnaire de ressources&#xa0;: /dev/tpmrm0 du noyau, ou le TPM logiciel du programme, qui en possède un.</translation>
    </message>
    <message>
        <source>No TPM found</source>
        <translation>Aucun TPM trouvé</translation>
    </message>
    <message>
        <source>There is no TPM at %1.</source>
        <translation>Il n&apos;y a aucun TPM à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>If this computer has a TPM, turn it on in the firmware settings; otherwise use the software TPM (--tpm software).</source>
        <translation>Si cet ordinateur possède un TPM, activez-le dans les paramètres du microprogramme&#xa0;; sinon, utilisez le TPM logiciel (--tpm software).</translation>
    </message>
    <message>
        <source>Check the path given to --tpm device:PATH (the kernel&apos;s TPM is /dev/tpmrm0), or use the software TPM (--tpm software).</source>
        <translation>Vérifiez le chemin indiqué à --tpm device:CHEMIN (le TPM du noyau est /dev/tpmrm0), ou utilisez le TPM logiciel (--tpm software).</translation>
    </message>
    <message>
        <source>No permission to use the TPM</source>
        <translation>Aucune autorisation d&apos;utiliser le TPM</translation>
    </message>
    <message>
        <source>You may not use the TPM %1.</source>
        <translation>Vous n&apos;êtes pas autorisé à utiliser le TPM %1.</translation>
    </message>
    <message>
        <source>Ask your administrator to add your account to the group tss, then sign out and in again; or use the software TPM (--tpm software).</source>
        <translation>Demandez à votre administrateur d&apos;ajouter votre compte au groupe tss, puis déconnectez-vous et reconnectez-vous&#xa0;; ou utilisez le TPM logiciel (--tpm software).</translation>
    </message>
    <message>
        <source>The TPM does not answer</source>
        <translation>Le TPM ne répond pas</translation>
    </message>
    <message>
        <source>No TPM answered through %1.</source>
        <translation>Aucun TPM n&apos;a répondu via %1.</translation>
    </message>
    <message>
        <source>Check the TCTI given with --tpm tcti:STRING (such as device:/dev/tpmrm0, or swtpm:host=localhost,port=2321 for a running swtpm), or leave --tpm out to use this computer&apos;s TPM or the software TPM.</source>
        <translation>Vérifiez le TCTI indiqué avec --tpm tcti:CHAÎNE (comme device:/dev/tpmrm0, ou swtpm:host=localhost,port=2321 pour un swtpm en cours d&apos;exécution), ou omettez --tpm pour utiliser le TPM de cet ordinateur ou le TPM logiciel.</translation>
    </message>
    <message>
        <source>Another program may hold the TPM (%1 serves one program at a time; /dev/tpmrm0 serves many): try again when it has finished, or use /dev/tpmrm0.</source>
        <translation>Un autre programme occupe peut-être le TPM (%1 ne sert qu&apos;un programme à la fois&#xa0;; /dev/tpmrm0 en sert plusieurs)&#xa0;: réessayez lorsqu&apos;il aura terminé, ou utilisez /dev/tpmrm0.</translation>
    </message>
    <message>
        <source>The token store belongs to another TPM</source>
        <translation>Le magasin de jetons appartient à un autre TPM</translation>
    </message>
    <message>
        <source>The token store %1 holds cards of another TPM: its storage key is not on this one.</source>
        <translation>Le magasin de jetons %1 contient des cartes d&apos;un autre TPM&#xa0;: sa clé de stockage ne se trouve pas sur celui-ci.</translation>
    </message>
    <message>
        <source>Keep the cards of each TPM in a store of their own (--store), or use the TPM they were made on.</source>
        <translation>Conservez les cartes de chaque TPM dans un magasin distinct (--store), ou utilisez le TPM sur lequel elles ont été créées.</translation>
    </message>
    <message numerus="yes">
        <source>Another program was writing to the token store %1 and did not finish within %n second(s), so this operation could not use it.</source>
        <translation>
            <numerusform>Un autre programme écrivait dans le magasin de jetons %1 et n&apos;a pas terminé dans un délai de %n seconde&#xa0;; cette opération n&apos;a donc pas pu l&apos;utiliser.</numerusform>
            <numerusform>Un autre programme écrivait dans le magasin de jetons %1 et n&apos;a pas terminé dans un délai de %n secondes&#xa0;; cette opération n&apos;a donc pas pu l&apos;utiliser.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again once that program has finished; nothing of this attempt was kept.</source>
        <translation>Réessayez une fois que ce programme aura terminé&#xa0;; rien de cette tentative n&apos;a été conservé.</translation>
    </message>
    <message>
        <source>Not a TPM device</source>
        <translation>Pas un périphérique TPM</translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>Carte introuvable</translation>
    </message>
    <message>
        <source>There is no card with the instance id “%1” in the token store %2.</source>
        <translation>Il n&apos;existe aucune carte avec l&apos;ID d&apos;instance «&#xa0;%1&#xa0;» dans le magasin de jetons %2.</translation>
    </message>
    <message>
        <source>“vscwizard list” shows the cards and their instance ids; another program may have removed this one already.</source>
        <translation>«&#xa0;vscwizard list&#xa0;» affiche les cartes et leurs ID d&apos;instance&#xa0;; un autre programme a peut-être déjà supprimé celle-ci.</translation>
    </message>
    <message>
        <source>Type the PUK again, carefully: it is the one set when the card was made, not the PIN.</source>
        <translation>Retapez le code PUK avec soin&#xa0;: c&apos;est celui défini lors de la création de la carte, pas le code PIN.</translation>
    </message>
    <message>
        <source>Check the 48 hexadecimal digits you were given for this card.</source>
        <translation>Vérifiez les 48 chiffres hexadécimaux qui vous ont été fournis pour cette carte.</translation>
    </message>
    <message>
        <source>Type the PIN again, carefully. If you have forgotten it, reset it with the PUK or the admin key instead of guessing: every wrong PIN counts, on every card of this TPM.</source>
        <translation>Retapez le code PIN avec soin. Si vous l&apos;avez oublié, réinitialisez-le avec le code PUK ou la clé d&apos;administration au lieu de deviner&#xa0;: chaque code PIN incorrect compte, sur toutes les cartes de ce TPM.</translation>
    </message>
    <message>
        <source>Names like &quot;%1&quot; are kept for cards being made; choose another name.</source>
        <extracomment>&quot;kept&quot; = reserved: the program names a card this way while it is being made.</extracomment>
        <translation>Les noms comme «&#xa0;%1&#xa0;» sont réservés aux cartes en cours de création&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>A card named &quot;%1&quot; exists already.</source>
        <translation>Une carte nommée «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message numerus="yes">
        <source>The software TPM holds at most %n card(s): every program that uses them holds one connection to its resource manager per card. Remove a card first.</source>
        <translation>
            <numerusform>Le TPM logiciel contient au plus %n carte&#xa0;: chaque programme qui les utilise ouvre une connexion à son gestionnaire de ressources par carte. Supprimez d&apos;abord une carte.</numerusform>
            <numerusform>Le TPM logiciel contient au plus %n cartes&#xa0;: chaque programme qui les utilise ouvre une connexion à son gestionnaire de ressources par carte. Supprimez d&apos;abord une carte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The token store has no free slot (tpm2-pkcs11 holds 255 tokens).</source>
        <translation>Le magasin de jetons n&apos;a plus d&apos;emplacement libre (tpm2-pkcs11 contient 255 jetons).</translation>
    </message>
    <message>
        <source>The new token &quot;%1&quot; is not in the slot list (%2).</source>
        <translation>Le nouveau jeton «&#xa0;%1&#xa0;» ne figure pas dans la liste des emplacements (%2).</translation>
    </message>
    <message>
        <source>Injected failure.</source>
        <extracomment>Seen only in the program&apos;s own tests, which make a create fail on purpose.</extracomment>
        <translation>Échec provoqué.</translation>
    </message>
    <message>
        <source>Another program created a card named &quot;%1&quot; while this one was being made.</source>
        <translation>Un autre programme a créé une carte nommée «&#xa0;%1&#xa0;» pendant la création de celle-ci.</translation>
    </message>
    <message>
        <source>The cancelled card could not be removed: %1</source>
        <translation>La carte annulée n&apos;a pas pu être supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1
The unfinished card could not be removed: %2</source>
        <translation>%1
La carte inachevée n&apos;a pas pu être supprimée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has no PUK and a random admin key that nobody knows.</source>
        <translation>La carte «&#xa0;%1&#xa0;» n&apos;a pas de code PUK et sa clé d&apos;administration est aléatoire et inconnue de tous.</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has no PUK: its PIN is reset with its admin key.</source>
        <translation>La carte «&#xa0;%1&#xa0;» n&apos;a pas de code PUK&#xa0;: son code PIN se réinitialise avec sa clé d&apos;administration.</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has a PUK, which takes the admin key&apos;s place: its PIN is reset with the PUK.</source>
        <translation>La carte «&#xa0;%1&#xa0;» a un code PUK, qui remplace la clé d&apos;administration&#xa0;: son code PIN se réinitialise avec le code PUK.</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has no PUK.</source>
        <translation>La carte «&#xa0;%1&#xa0;» n&apos;a pas de code PUK.</translation>
    </message>
    <message>
        <source>The tpm2-pkcs11 module is not installed. Install the package libtpm2-pkcs11-1.</source>
        <translation>Le module tpm2-pkcs11 n&apos;est pas installé. Installez le paquet libtpm2-pkcs11-1.</translation>
    </message>
    <message>
        <source>The tpm2-pkcs11 module %1 cannot be loaded.</source>
        <translation>Impossible de charger le module tpm2-pkcs11 %1.</translation>
    </message>
    <message>
        <source>The TPM %1 cannot be opened.</source>
        <translation>Impossible d&apos;ouvrir le TPM %1.</translation>
    </message>
    <message>
        <source>The software TPM needs the program swtpm. Install the package swtpm.</source>
        <translation>Le TPM logiciel nécessite le programme swtpm. Installez le paquet swtpm.</translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs (%1 of %2); it accepts PINs again in about %n minute(s).</source>
        <extracomment>%1 of %2: wrong PINs counted, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>Le TPM est verrouillé après trop de codes PIN incorrects (%1 sur %2) ; il acceptera de nouveau les codes PIN dans environ %n minute.</numerusform>
            <numerusform>Le TPM est verrouillé après trop de codes PIN incorrects (%1 sur %2) ; il acceptera de nouveau les codes PIN dans environ %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs (%1 of %2); it accepts PINs again in about %n second(s).</source>
        <extracomment>%1 of %2: wrong PINs counted, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>Le TPM est verrouillé après trop de codes PIN incorrects (%1 sur %2) ; il acceptera de nouveau les codes PIN dans environ %n seconde.</numerusform>
            <numerusform>Le TPM est verrouillé après trop de codes PIN incorrects (%1 sur %2) ; il acceptera de nouveau les codes PIN dans environ %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard (process %1) has held the token store %2 for %n minute(s), and still does.</source>
        <extracomment>%1: a process id; %2: a folder.</extracomment>
        <translation>
            <numerusform>Une autre instance de vscwizard (processus %1) occupe le magasin de jetons %2 depuis %n minute et ne l&apos;a toujours pas libéré.</numerusform>
            <numerusform>Une autre instance de vscwizard (processus %1) occupe le magasin de jetons %2 depuis %n minutes et ne l&apos;a toujours pas libéré.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard (process %1) has held the token store %2 for %n second(s), and still does.</source>
        <extracomment>%1: a process id; %2: a folder.</extracomment>
        <translation>
            <numerusform>Une autre instance de vscwizard (processus %1) occupe le magasin de jetons %2 depuis %n seconde et ne l&apos;a toujours pas libéré.</numerusform>
            <numerusform>Une autre instance de vscwizard (processus %1) occupe le magasin de jetons %2 depuis %n secondes et ne l&apos;a toujours pas libéré.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard has held the token store %1 for %n minute(s), and still does.</source>
        <translation>
            <numerusform>Une autre instance de vscwizard occupe le magasin de jetons %1 depuis %n minute et ne l&apos;a toujours pas libéré.</numerusform>
            <numerusform>Une autre instance de vscwizard occupe le magasin de jetons %1 depuis %n minutes et ne l&apos;a toujours pas libéré.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard has held the token store %1 for %n second(s), and still does.</source>
        <translation>
            <numerusform>Une autre instance de vscwizard occupe le magasin de jetons %1 depuis %n seconde et ne l&apos;a toujours pas libéré.</numerusform>
            <numerusform>Une autre instance de vscwizard occupe le magasin de jetons %1 depuis %n secondes et ne l&apos;a toujours pas libéré.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait: the TPM accepts PINs again in about %n minute(s).</source>
        <translation>
            <numerusform>Patientez : le TPM acceptera de nouveau les codes PIN dans environ %n minute.</numerusform>
            <numerusform>Patientez : le TPM acceptera de nouveau les codes PIN dans environ %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait: the TPM accepts PINs again in about %n second(s).</source>
        <translation>
            <numerusform>Patientez : le TPM acceptera de nouveau les codes PIN dans environ %n seconde.</numerusform>
            <numerusform>Patientez : le TPM acceptera de nouveau les codes PIN dans environ %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK is wrong for this card. The TPM counts wrong PINs and PUKs of all its cards together: after %n more it refuses every one of them for a while.</source>
        <translation>
            <numerusform>Le code PUK est incorrect pour cette carte. Le TPM compte ensemble les codes PIN et PUK incorrects de toutes ses cartes : encore %n erreur et il les refusera tous pendant un certain temps.</numerusform>
            <numerusform>Le code PUK est incorrect pour cette carte. Le TPM compte ensemble les codes PIN et PUK incorrects de toutes ses cartes : encore %n erreurs et il les refusera tous pendant un certain temps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The admin key is wrong for this card. The TPM counts wrong PINs and admin keys of all its cards together: after %n more it refuses every one of them for a while.</source>
        <translation>
            <numerusform>La clé d&apos;administration est incorrecte pour cette carte. Le TPM compte ensemble les codes PIN et clés d&apos;administration incorrects de toutes ses cartes : encore %n erreur et il les refusera tous pendant un certain temps.</numerusform>
            <numerusform>La clé d&apos;administration est incorrecte pour cette carte. Le TPM compte ensemble les codes PIN et clés d&apos;administration incorrects de toutes ses cartes : encore %n erreurs et il les refusera tous pendant un certain temps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN is wrong for this card. The TPM counts wrong PINs of all its cards together: after %n more it refuses every PIN for a while.</source>
        <translation>
            <numerusform>Le code PIN est incorrect pour cette carte. Le TPM compte ensemble les codes PIN incorrects de toutes ses cartes : encore %n erreur et il refusera tout code PIN pendant un certain temps.</numerusform>
            <numerusform>Le code PIN est incorrect pour cette carte. Le TPM compte ensemble les codes PIN incorrects de toutes ses cartes : encore %n erreurs et il refusera tout code PIN pendant un certain temps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs. It accepts PINs again in about %n minute(s).</source>
        <translation>
            <numerusform>Le TPM est verrouillé après trop de codes PIN incorrects. Il acceptera de nouveau les codes PIN dans environ %n minute.</numerusform>
            <numerusform>Le TPM est verrouillé après trop de codes PIN incorrects. Il acceptera de nouveau les codes PIN dans environ %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs. It accepts PINs again in about %n second(s).</source>
        <translation>
            <numerusform>Le TPM est verrouillé après trop de codes PIN incorrects. Il acceptera de nouveau les codes PIN dans environ %n seconde.</numerusform>
            <numerusform>Le TPM est verrouillé après trop de codes PIN incorrects. Il acceptera de nouveau les codes PIN dans environ %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TpmTarget</name>
    <message>
        <source>Unknown TPM &quot;%1&quot;: use auto, device, device:PATH, software, software:FOLDER or tcti:STRING.</source>
        <translation>TPM inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez auto, device, device:CHEMIN, software, software:DOSSIER ou tcti:CHAÎNE.</translation>
    </message>
    <message>
        <source>A TPM is a character device such as /dev/tpmrm0: give --tpm device:PATH the path of one, or use --tpm software.</source>
        <translation>Un TPM est un périphérique caractère comme /dev/tpmrm0&#xa0;: indiquez à --tpm device:CHEMIN le chemin de l&apos;un d&apos;eux, ou utilisez --tpm software.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a regular file, so nothing was written to it.</source>
        <translation>%1 n&apos;est pas un TPM mais un fichier normal ; rien n&apos;y a donc été écrit.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a folder, so nothing was written to it.</source>
        <translation>%1 n&apos;est pas un TPM mais un dossier ; rien n&apos;y a donc été écrit.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a named pipe, so nothing was written to it.</source>
        <translation>%1 n&apos;est pas un TPM mais un canal nommé ; rien n&apos;y a donc été écrit.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a socket, so nothing was written to it.</source>
        <translation>%1 n&apos;est pas un TPM mais un socket ; rien n&apos;y a donc été écrit.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a block device, so nothing was written to it.</source>
        <translation>%1 n&apos;est pas un TPM mais un périphérique de type bloc ; rien n&apos;y a donc été écrit.</translation>
    </message>
    <message>
        <source>%1 is not a TPM, nor any other device, so nothing was written to it.</source>
        <translation>%1 n&apos;est ni un TPM ni un autre périphérique ; rien n&apos;y a donc été écrit.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>This wizard creates a virtual smart card on this computer.</source>
        <translation>Cet assistant crée une carte à puce virtuelle sur cet ordinateur.</translation>
    </message>
    <message>
        <source>A virtual smart card works like a smart card you plug in, but it lives in this computer&apos;s security chip (the TPM). It keeps your keys and certificates safe: you unlock it with a PIN, and the keys cannot be copied off this computer.</source>
        <translation>Une carte à puce virtuelle fonctionne comme une carte à puce que vous insérez, mais elle réside dans la puce de sécurité de cet ordinateur (le TPM). Elle protège vos clés et certificats&#xa0;: vous la déverrouillez avec un code PIN, et les clés ne peuvent pas être copiées hors de cet ordinateur.</translation>
    </message>
    <message>
        <source>You will choose a name, a PIN and a way to recover the card if the PIN is forgotten. First the wizard checks that this computer can hold a virtual smart card.</source>
        <translation>Vous allez choisir un nom, un code PIN et un moyen de récupérer la carte si le code PIN est oublié. L&apos;assistant vérifie d&apos;abord que cet ordinateur peut héberger une carte à puce virtuelle.</translation>
    </message>
    <message>
        <source>Checking this computer…</source>
        <translation>Vérification de cet ordinateur…</translation>
    </message>
    <message>
        <source>Check status</source>
        <extracomment>A noun: the result of checking whether this computer can hold a card.</extracomment>
        <translation>État de la vérification</translation>
    </message>
    <message>
        <source>Checking this computer</source>
        <translation>Vérification de cet ordinateur</translation>
    </message>
    <message>
        <source>Busy while the wizard checks that this computer can hold a virtual smart card.</source>
        <translation>Occupé pendant que l&apos;assistant vérifie que cet ordinateur peut héberger une carte à puce virtuelle.</translation>
    </message>
    <message>
        <source>&amp;Results of the check:</source>
        <translation>&amp;Résultats de la vérification&#xa0;:</translation>
    </message>
    <message>
        <source>Results of the check</source>
        <translation>Résultats de la vérification</translation>
    </message>
    <message>
        <source>What prevents creating a virtual smart card on this computer, and what to do about it.</source>
        <translation>Ce qui empêche de créer une carte à puce virtuelle sur cet ordinateur, et comment y remédier.</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Checks this computer again after you fixed the problems listed.</source>
        <translation>Vérifie de nouveau cet ordinateur une fois les problèmes indiqués résolus.</translation>
    </message>
    <message>
        <source>&amp;Manage cards…</source>
        <translation>&amp;Gérer les cartes…</translation>
    </message>
    <message>
        <source>Opens the card manager: change, reset or remove the cards you have.</source>
        <translation>Ouvre le gestionnaire de cartes&#xa0;: modifiez, réinitialisez ou supprimez vos cartes.</translation>
    </message>
    <message>
        <source>A virtual smart card works like a smart card you plug in. On this computer its keys are kept by a software TPM, not by a security chip: you unlock them with a PIN, but someone who can read your files could copy them.</source>
        <translation>Une carte à puce virtuelle fonctionne comme une carte à puce que vous insérez. Sur cet ordinateur, ses clés sont conservées par un TPM logiciel, et non par une puce de sécurité&#xa0;: vous les déverrouillez avec un code PIN, mais quelqu&apos;un qui peut lire vos fichiers pourrait les copier.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Must be fixed before a card can be created</source>
        <translation>Doit être résolu avant de pouvoir créer une carte</translation>
    </message>
    <message>
        <source>A note; it does not prevent creating a card</source>
        <translation>Remarque&#xa0;; n&apos;empêche pas de créer une carte</translation>
    </message>
    <message>
        <source>The check was interrupted. Check again to continue.</source>
        <translation>La vérification a été interrompue. Vérifiez à nouveau pour continuer.</translation>
    </message>
    <message>
        <source>This computer cannot hold a virtual smart card yet. Fix the problems below, then check again.</source>
        <translation>Cet ordinateur ne peut pas encore héberger de carte à puce virtuelle. Résolvez les problèmes ci-dessous, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>This computer is ready. Please note the points below.</source>
        <translation>Cet ordinateur est prêt. Tenez compte des points ci-dessous.</translation>
    </message>
    <message>
        <source>This computer is ready. Continue to choose a name for the card.</source>
        <translation>Cet ordinateur est prêt. Continuez pour choisir un nom pour la carte.</translation>
    </message>
</context>
<context>
    <name>WindowsBackend</name>
    <message>
        <source>The TPM Virtual Smart Card Manager is not available on this computer. It is part of Windows 8 and later; its service may be turned off.</source>
        <translation>Le Gestionnaire de cartes à puce virtuelles TPM n&apos;est pas disponible sur cet ordinateur. Il fait partie de Windows 8 et versions ultérieures&#xa0;; son service est peut-être désactivé.</translation>
    </message>
    <message>
        <source>No TPM (Trusted Platform Module) was found on this computer.</source>
        <translation>Aucun TPM (module de plateforme sécurisée) n&apos;a été trouvé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The TPM is not ready. Turn it on and prepare it in the TPM management console (tpm.msc), then try again.</source>
        <translation>Le TPM n&apos;est pas prêt. Activez-le et préparez-le dans la console de gestion du TPM (tpm.msc), puis réessayez.</translation>
    </message>
    <message>
        <source>Managing virtual smart cards needs administrator rights. Start vscwizard with &quot;Run as administrator&quot;.</source>
        <translation>La gestion des cartes à puce virtuelles nécessite des droits d&apos;administrateur. Démarrez vscwizard avec «&#xa0;Exécuter en tant qu&apos;administrateur&#xa0;».</translation>
    </message>
    <message>
        <source>Virtual smart cards cannot be managed from a remote desktop session.</source>
        <translation>Les cartes à puce virtuelles ne peuvent pas être gérées depuis une session Bureau à distance.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager refused a value of the request.</source>
        <translation>Le Gestionnaire de cartes à puce virtuelles TPM a refusé une valeur de la requête.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>L&apos;opération a été annulée.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager reported a failure.</source>
        <translation>Le Gestionnaire de cartes à puce virtuelles TPM a signalé un échec.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager is not available</source>
        <translation>Le Gestionnaire de cartes à puce virtuelles TPM n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>Ask your administrator to allow the smart card services of Windows to start; the manager is part of Windows 8 and later.</source>
        <translation>Demandez à votre administrateur d&apos;autoriser le démarrage des services de carte à puce de Windows&#xa0;; le gestionnaire fait partie de Windows 8 et versions ultérieures.</translation>
    </message>
    <message>
        <source>No TPM found</source>
        <translation>Aucun TPM trouvé</translation>
    </message>
    <message>
        <source>If this computer has a TPM, turn it on in the firmware settings, then try again.</source>
        <translation>Si cet ordinateur possède un TPM, activez-le dans les paramètres du microprogramme, puis réessayez.</translation>
    </message>
    <message>
        <source>The TPM is not ready</source>
        <translation>Le TPM n&apos;est pas prêt</translation>
    </message>
    <message>
        <source>Open the TPM management console (tpm.msc) as administrator and prepare the TPM, then try again.</source>
        <translation>Ouvrez la console de gestion du TPM (tpm.msc) en tant qu&apos;administrateur et préparez le TPM, puis réessayez.</translation>
    </message>
    <message>
        <source>Administrator rights needed</source>
        <translation>Droits d&apos;administrateur requis</translation>
    </message>
    <message>
        <source>Start vscwizard with “Run as administrator”, then try again.</source>
        <translation>Démarrez vscwizard avec «&#xa0;Exécuter en tant qu&apos;administrateur&#xa0;», puis réessayez.</translation>
    </message>
    <message>
        <source>The card needs a name.</source>
        <translation>La carte doit avoir un nom.</translation>
    </message>
    <message numerus="yes">
        <source>The admin key must be exactly %n byte(s) long.</source>
        <translation>
            <numerusform>La clé d&apos;administration doit comporter exactement %n octet.</numerusform>
            <numerusform>La clé d&apos;administration doit comporter exactement %n octets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The admin key check value must be %n byte(s) long.</source>
        <translation>
            <numerusform>La valeur de contrôle de la clé d&apos;administration doit comporter %n octet.</numerusform>
            <numerusform>La valeur de contrôle de la clé d&apos;administration doit comporter %n octets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attestation needs Windows 10 or later.</source>
        <translation>L&apos;attestation nécessite Windows 10 ou version ultérieure.</translation>
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
        <translation>Impossible de compter les lecteurs de carte à puce de cet ordinateur.</translation>
    </message>
    <message>
        <source>Win32 error %1</source>
        <translation>Erreur Win32 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n smart card reader(s) exist already, the most there can be at once. Remove a virtual smart card or unplug a reader first.</source>
        <translation>
            <numerusform>%n lecteur de carte à puce existe déjà, le maximum possible simultanément. Supprimez d&apos;abord une carte à puce virtuelle ou débranchez un lecteur.</numerusform>
            <numerusform>%n lecteurs de carte à puce existent déjà, le maximum possible simultanément. Supprimez d&apos;abord une carte à puce virtuelle ou débranchez un lecteur.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN policy cannot be passed to the manager.</source>
        <translation>La stratégie de code PIN ne peut pas être transmise au gestionnaire.</translation>
    </message>
    <message>
        <source>Windows shows the card as the smart card reader &quot;%1&quot;. Applications use it through the Windows smart card service, for example to enroll a certificate or sign in.</source>
        <translation>Windows présente la carte comme le lecteur de carte à puce «&#xa0;%1&#xa0;». Les applications l&apos;utilisent via le service de carte à puce de Windows, par exemple pour inscrire un certificat ou pour se connecter.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the instance id of a TPM virtual smart card (ROOT\SMARTCARDREADER\000n).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas l&apos;ID d&apos;instance d&apos;une carte à puce virtuelle TPM (ROOT\SMARTCARDREADER\000n).</translation>
    </message>
    <message>
        <source>The smart card readers could not be listed (Win32 error %1).</source>
        <translation>Impossible de lister les lecteurs de carte à puce (erreur Win32 %1).</translation>
    </message>
    <message numerus="yes">
        <source>The PIN must be %1 to %n byte(s) long.</source>
        <translation>
            <numerusform>Le code PIN doit comporter de %1 à %n octet.</numerusform>
            <numerusform>Le code PIN doit comporter de %1 à %n octets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK must be %1 to %n byte(s) long.</source>
        <translation>
            <numerusform>Le code PUK doit comporter de %1 à %n octet.</numerusform>
            <numerusform>Le code PUK doit comporter de %1 à %n octets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>There is no graphical session to open the wizard in (DISPLAY and WAYLAND_DISPLAY are not set). The commands work without one; see vscwizard --help.</source>
        <translation>Aucune session graphique n&apos;est disponible pour ouvrir l&apos;assistant (DISPLAY et WAYLAND_DISPLAY ne sont pas définis). Les commandes fonctionnent sans&#xa0;; voir vscwizard --help.</translation>
    </message>
    <message>
        <source>There is no translation for &quot;%1&quot;; using English.</source>
        <translation>Il n&apos;existe aucune traduction pour «&#xa0;%1&#xa0;»&#xa0;; l&apos;anglais est utilisé.</translation>
    </message>
    <message>
        <source>Cannot open the wizard %1: %2. The commands work without it; see vscwizard --help.</source>
        <translation>Impossible d&apos;ouvrir l&apos;assistant %1&#xa0;: %2. Les commandes fonctionnent sans lui&#xa0;; voir vscwizard --help.</translation>
    </message>
    <message>
        <source>Commands are run by vscwizard, for example: vscwizard %1</source>
        <translation>Les commandes sont exécutées par vscwizard, par exemple&#xa0;: vscwizard %1</translation>
    </message>
    <message>
        <source>Organization policy</source>
        <translation>Stratégie de l&apos;organisation</translation>
    </message>
    <message>
        <source>Card manager</source>
        <translation>Gestionnaire de cartes</translation>
    </message>
</context>
</TS>
