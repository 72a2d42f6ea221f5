<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
</context>
<context>
    <name>AdminKey</name>
    <message>
        <source>Character %1 (&apos;%2&apos;) is not a hex digit.</source>
        <translation>Znak %1 (&apos;%2&apos;) nie jest cyfrą szesnastkową.</translation>
    </message>
    <message numerus="yes">
        <source>The admin key has %n hex digit(s); it needs exactly %1.</source>
        <translation>
            <numerusform>Klucz administratora ma %n cyfrę szesnastkową; wymagana liczba cyfr to dokładnie %1.</numerusform>
            <numerusform>Klucz administratora ma %n cyfry szesnastkowe; wymagana liczba cyfr to dokładnie %1.</numerusform>
            <numerusform>Klucz administratora ma %n cyfr szesnastkowych; wymagana liczba cyfr to dokładnie %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 (&apos;%2&apos;) splits a pair of hex digits; spaces and colons may only stand between pairs.</source>
        <translation>Znak %1 (&apos;%2&apos;) rozdziela parę cyfr szesnastkowych; spacje i dwukropki mogą stać tylko między parami.</translation>
    </message>
    <message numerus="yes">
        <source>The admin key has %n byte(s); it needs exactly %1.</source>
        <translation>
            <numerusform>Klucz administratora ma %n bajt; wymagana liczba bajtów to dokładnie %1.</numerusform>
            <numerusform>Klucz administratora ma %n bajty; wymagana liczba bajtów to dokładnie %1.</numerusform>
            <numerusform>Klucz administratora ma %n bajtów; wymagana liczba bajtów to dokładnie %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Opcja %1 wymaga wartości.</translation>
    </message>
    <message>
        <source>--sim-delay takes milliseconds from 0 to 600000, not &quot;%1&quot;.</source>
        <translation>--sim-delay przyjmuje milisekundy od 0 do 600000, a nie „%1”.</translation>
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
        <translation>Opcje globalne:
  --backend NAZWA      tpm2, windows lub simulator (tylko testy i pokazy)
  --lang JĘZYK         język komunikatów, np. pl
  --policy PLIK        plik zasad kodu PIN organizacji
  --tpm KTÓRY          tpm2: auto, device[:ŚCIEŻKA], software[:FOLDER] lub tcti:CIĄG
  --store FOLDER       tpm2: folder magazynu tokenów
  --sim-state FOLDER   simulator: folder, w którym są przechowywane karty
  --sim-delay MS       simulator: opóźnienie każdego kroku
  --sim-fail ERR[@ST]  simulator: niepowodzenie z błędem ERR przy stanie ST lub z błędem
                       karty: CARD:ERR[@change-pin|reset-pin|change-puk|status]
</translation>
    </message>
</context>
<context>
    <name>BackendFactory</name>
    <message>
        <source>There is no backend called &quot;%1&quot;. Available: %2.</source>
        <translation>Nie ma backendu o nazwie „%1”. Dostępne: %2.</translation>
    </message>
    <message>
        <source>software-tpm acts on a software TPM, but --tpm %1 names another TPM. Leave out --tpm, or give --tpm software:FOLDER.</source>
        <translation>software-tpm działa na programowym module TPM, ale --tpm %1 wskazuje inny moduł TPM. Pomiń --tpm lub podaj --tpm software:FOLDER.</translation>
    </message>
    <message>
        <source>The software TPM is only used on Linux.</source>
        <translation>Programowy moduł TPM jest używany tylko w systemie Linux.</translation>
    </message>
</context>
<context>
    <name>CardCommands</name>
    <message>
        <source>%1 takes only --instance ID and --with puk|adminkey; secrets are read from the terminal or from standard input.</source>
        <translation>%1 przyjmuje tylko --instance ID i --with puk|adminkey; sekrety są odczytywane z terminala lub ze standardowego wejścia.</translation>
    </message>
    <message>
        <source>%1 takes only --instance ID; secrets are read from the terminal or from standard input.</source>
        <translation>%1 przyjmuje tylko --instance ID; sekrety są odczytywane z terminala lub ze standardowego wejścia.</translation>
    </message>
    <message>
        <source>%1: --instance needs the instance id shown by &quot;vscwizard status&quot;.</source>
        <translation>%1: --instance wymaga identyfikatora wystąpienia wyświetlanego przez „vscwizard status”.</translation>
    </message>
    <message>
        <source>%1: --with needs puk or adminkey.</source>
        <translation>%1: --with wymaga wartości puk lub adminkey.</translation>
    </message>
    <message>
        <source>%1: --with is given twice.</source>
        <translation>%1: opcję --with podano dwa razy.</translation>
    </message>
    <message>
        <source>%1: --with takes puk or adminkey; the PUK or the admin key itself is read from the terminal or from standard input.</source>
        <translation>%1: --with przyjmuje puk lub adminkey; sam kod PUK lub klucz administratora jest odczytywany z terminala lub ze standardowego wejścia.</translation>
    </message>
    <message>
        <source>%1 takes exactly one --instance ID.</source>
        <translation>%1 przyjmuje dokładnie jedną opcję --instance ID.</translation>
    </message>
    <message>
        <source>%1 needs --instance ID (see &quot;vscwizard status&quot;).</source>
        <translation>%1 wymaga --instance ID (zobacz „vscwizard status”).</translation>
    </message>
    <message>
        <source>The two entries differed three times; nothing was changed.</source>
        <translation>Oba wpisy trzykrotnie się różniły; niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>No card has the instance id %1.</source>
        <translation>Żadna karta nie ma identyfikatora wystąpienia %1.</translation>
    </message>
    <message>
        <source>The card has no PUK: reset its PIN with %1 --with adminkey.</source>
        <translation>Karta nie ma kodu PUK: zresetuj jej kod PIN za pomocą %1 --with adminkey.</translation>
    </message>
    <message>
        <source>Nobody knows the card&apos;s admin key: reset its PIN with %1 --with puk.</source>
        <translation>Nikt nie zna klucza administratora karty: zresetuj jej kod PIN za pomocą %1 --with puk.</translation>
    </message>
    <message>
        <source>The card has no PUK to change.</source>
        <translation>Karta nie ma kodu PUK, który można by zmienić.</translation>
    </message>
    <message>
        <source>Current PIN: </source>
        <translation>Bieżący kod PIN: </translation>
    </message>
    <message>
        <source>Standard input ended before the current PIN was read.</source>
        <translation>Standardowe wejście skończyło się przed odczytaniem bieżącego kodu PIN.</translation>
    </message>
    <message>
        <source>Current PUK: </source>
        <translation>Bieżący kod PUK: </translation>
    </message>
    <message>
        <source>PUK: </source>
        <translation>Kod PUK: </translation>
    </message>
    <message>
        <source>Standard input ended before the PUK was read.</source>
        <translation>Standardowe wejście skończyło się przed odczytaniem kodu PUK.</translation>
    </message>
    <message>
        <source>Admin key (48 hex digits): </source>
        <translation>Klucz administratora (48 cyfr szesnastkowych): </translation>
    </message>
    <message>
        <source>Standard input ended before the admin key was read.</source>
        <translation>Standardowe wejście skończyło się przed odczytaniem klucza administratora.</translation>
    </message>
    <message>
        <source>Admin key: %1</source>
        <translation>Klucz administratora: %1</translation>
    </message>
    <message>
        <source>The new PIN must meet these rules:</source>
        <translation>Nowy kod PIN musi spełniać te reguły:</translation>
    </message>
    <message>
        <source>New PIN: </source>
        <translation>Nowy kod PIN: </translation>
    </message>
    <message>
        <source>Repeat the new PIN: </source>
        <translation>Powtórz nowy kod PIN: </translation>
    </message>
    <message>
        <source>Standard input ended before the new PIN was read.</source>
        <translation>Standardowe wejście skończyło się przed odczytaniem nowego kodu PIN.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Ostrzeżenie: %1</translation>
    </message>
    <message>
        <source>The new PIN breaks these rules:</source>
        <translation>Nowy kod PIN narusza te reguły:</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>New PUK: </source>
        <translation>Nowy kod PUK: </translation>
    </message>
    <message>
        <source>Repeat the new PUK: </source>
        <translation>Powtórz nowy kod PUK: </translation>
    </message>
    <message>
        <source>Standard input ended before the new PUK was read.</source>
        <translation>Standardowe wejście skończyło się przed odczytaniem nowego kodu PUK.</translation>
    </message>
    <message>
        <source>Changed the PIN of the card %1.</source>
        <translation>Zmieniono kod PIN karty %1.</translation>
    </message>
    <message>
        <source>Changed the PIN of the card &quot;%1&quot; (%2).</source>
        <translation>Zmieniono kod PIN karty „%1” (%2).</translation>
    </message>
    <message>
        <source>Changed the PUK of the card %1.</source>
        <translation>Zmieniono kod PUK karty %1.</translation>
    </message>
    <message>
        <source>Changed the PUK of the card &quot;%1&quot; (%2).</source>
        <translation>Zmieniono kod PUK karty „%1” (%2).</translation>
    </message>
    <message>
        <source>status takes only --json.</source>
        <translation>status przyjmuje tylko --json.</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; is not an instance id: none is longer than %n character(s) (see &quot;vscwizard status&quot;).</source>
        <extracomment>%1: a command name, kept in English.</extracomment>
        <translation>
            <numerusform>%1: „%2” nie jest identyfikatorem wystąpienia: żaden nie jest dłuższy niż %n znak (zobacz „vscwizard status”).</numerusform>
            <numerusform>%1: „%2” nie jest identyfikatorem wystąpienia: żaden nie jest dłuższy niż %n znaki (zobacz „vscwizard status”).</numerusform>
            <numerusform>%1: „%2” nie jest identyfikatorem wystąpienia: żaden nie jest dłuższy niż %n znaków (zobacz „vscwizard status”).</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN of the card %1 was reset; it is unblocked.</source>
        <translation>Zresetowano kod PIN karty %1; karta jest odblokowana.</translation>
    </message>
    <message>
        <source>The PIN of the card &quot;%1&quot; (%2) was reset; it is unblocked.</source>
        <translation>Zresetowano kod PIN karty „%1” (%2); karta jest odblokowana.</translation>
    </message>
</context>
<context>
    <name>CardManagerWindow</name>
    <message>
        <source>Manage virtual smart cards</source>
        <translation>Zarządzanie wirtualnymi kartami inteligentnymi</translation>
    </message>
    <message>
        <source>TPM lockout state</source>
        <translation>Stan blokady modułu TPM</translation>
    </message>
    <message>
        <source>Car&amp;ds on this computer:</source>
        <translation>Kar&amp;ty na tym komputerze:</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karty</translation>
    </message>
    <message>
        <source>Each row is a card: its name, where it lives, its keys, its PIN&apos;s state and how its PIN can be reset.</source>
        <translation>Każdy wiersz to karta: jej nazwa, miejsce przechowywania, klucze, stan kodu PIN i sposób resetowania kodu PIN.</translation>
    </message>
    <message>
        <source>Reading the cards</source>
        <translation>Odczytywanie kart</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>Zmień kod &amp;PIN…</translation>
    </message>
    <message>
        <source>R&amp;eset PIN…</source>
        <translation>R&amp;esetuj kod PIN…</translation>
    </message>
    <message>
        <source>Change P&amp;UK…</source>
        <translation>Zmień kod P&amp;UK…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>U&amp;suń…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>Reads the cards and the TPM&apos;s lockout state again.</source>
        <translation>Ponownie odczytuje karty i stan blokady modułu TPM.</translation>
    </message>
    <message>
        <source>E&amp;nroll a new card…</source>
        <translation>Utwórz &amp;nową kartę…</translation>
    </message>
    <message>
        <source>Opens the wizard that creates a card.</source>
        <translation>Otwiera kreatora, który tworzy kartę.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <source>Reading the cards…</source>
        <translation>Odczytywanie kart…</translation>
    </message>
    <message>
        <source>The cards could not be read: %1 %2</source>
        <translation>Nie można odczytać kart: %1 %2</translation>
    </message>
    <message>
        <source>There is no card yet. Enroll a new card to create one.</source>
        <translation>Nie ma jeszcze żadnej karty. Utwórz nową kartę.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s).</source>
        <translation>
            <numerusform>%n karta.</numerusform>
            <numerusform>%n karty.</numerusform>
            <numerusform>%n kart.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a card first.</source>
        <translation>Najpierw wybierz kartę.</translation>
    </message>
    <message>
        <source>The PIN is blocked; reset it first</source>
        <translation>Kod PIN jest zablokowany; najpierw go zresetuj</translation>
    </message>
    <message>
        <source>This card can never be reset; remove it and create a new one</source>
        <translation>Tej karty nigdy nie można zresetować; usuń ją i utwórz nową</translation>
    </message>
    <message>
        <source>The PUK is blocked, so this card can no longer be reset; remove it and create a new one</source>
        <translation>Kod PUK jest zablokowany, więc tej karty nie można już zresetować; usuń ją i utwórz nową</translation>
    </message>
    <message>
        <source>This card has no PUK</source>
        <translation>Ta karta nie ma kodu PUK</translation>
    </message>
    <message>
        <source>The PUK is blocked</source>
        <translation>Kod PUK jest zablokowany</translation>
    </message>
    <message>
        <source>Sets a new PIN; the current PIN is needed.</source>
        <translation>Ustawia nowy kod PIN; wymagany jest bieżący kod PIN.</translation>
    </message>
    <message>
        <source>Sets a new PIN without the current one, with the PUK or the admin key.</source>
        <translation>Ustawia nowy kod PIN bez bieżącego, za pomocą kodu PUK lub klucza administratora.</translation>
    </message>
    <message>
        <source>Sets a new PUK; the current PUK is needed.</source>
        <translation>Ustawia nowy kod PUK; wymagany jest bieżący kod PUK.</translation>
    </message>
    <message>
        <source>Removes the card and destroys its keys.</source>
        <translation>Usuwa kartę i niszczy jej klucze.</translation>
    </message>
</context>
<context>
    <name>CardNamePage</name>
    <message>
        <source>Card Name</source>
        <translation>Nazwa karty</translation>
    </message>
    <message>
        <source>Choose a name that helps you recognize the card.</source>
        <translation>Wybierz nazwę, po której łatwo rozpoznać kartę.</translation>
    </message>
    <message>
        <source>Card na&amp;me:</source>
        <translation>&amp;Nazwa karty:</translation>
    </message>
    <message>
        <source>Card name</source>
        <translation>Nazwa karty</translation>
    </message>
    <message>
        <source>The name shown for the card, for example in the list of security devices of a browser.</source>
        <translation>Nazwa wyświetlana dla karty, na przykład na liście urządzeń zabezpieczających przeglądarki.</translation>
    </message>
    <message>
        <source>For example: Work laptop</source>
        <translation>Na przykład: Laptop służbowy</translation>
    </message>
    <message>
        <source>Name check</source>
        <translation>Sprawdzenie nazwy</translation>
    </message>
    <message numerus="yes">
        <source>The name can have at most %n character(s).</source>
        <translation>
            <numerusform>Nazwa może mieć najwyżej %n znak.</numerusform>
            <numerusform>Nazwa może mieć najwyżej %n znaki.</numerusform>
            <numerusform>Nazwa może mieć najwyżej %n znaków.</numerusform>
        </translation>
    </message>
    <message>
        <source>A card named “%1” already exists. Choose another name.</source>
        <translation>Karta o nazwie „%1” już istnieje. Wybierz inną nazwę.</translation>
    </message>
    <message>
        <source>This name can be used.</source>
        <translation>Tej nazwy można użyć.</translation>
    </message>
</context>
<context>
    <name>CardRules</name>
    <message>
        <source>Enter a name for the card.</source>
        <translation>Wprowadź nazwę karty.</translation>
    </message>
    <message>
        <source>The name contains a character that is not shown, such as a tab, a line break or a writing-direction mark. Remove it.</source>
        <translation>Nazwa zawiera niewidoczny znak, taki jak tabulator, podział wiersza lub znak kierunku pisma. Usuń go.</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: it can have at most %n character(s).</source>
        <translation>
            <numerusform>Nazwa jest za długa: może mieć najwyżej %n znak.</numerusform>
            <numerusform>Nazwa jest za długa: może mieć najwyżej %n znaki.</numerusform>
            <numerusform>Nazwa jest za długa: może mieć najwyżej %n znaków.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: a card name holds %n byte(s) in UTF-8, where letters beyond ASCII take two to four; this one takes %1.</source>
        <translation>
            <numerusform>Nazwa jest za długa: nazwa karty mieści %n bajt w UTF-8, przy czym litery spoza ASCII zajmują od dwóch do czterech bajtów; ta nazwa zajmuje %1.</numerusform>
            <numerusform>Nazwa jest za długa: nazwa karty mieści %n bajty w UTF-8, przy czym litery spoza ASCII zajmują od dwóch do czterech bajtów; ta nazwa zajmuje %1.</numerusform>
            <numerusform>Nazwa jest za długa: nazwa karty mieści %n bajtów w UTF-8, przy czym litery spoza ASCII zajmują od dwóch do czterech bajtów; ta nazwa zajmuje %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name starts or ends with a space. Remove it.</source>
        <translation>Nazwa zaczyna się lub kończy spacją. Usuń ją.</translation>
    </message>
    <message>
        <source>The name is not valid UTF-8 text. Type it again in a terminal that uses UTF-8.</source>
        <translation>Nazwa nie jest prawidłowym tekstem UTF-8. Wpisz ją ponownie w terminalu, który używa UTF-8.</translation>
    </message>
    <message>
        <source>The PIN breaks these rules: %1</source>
        <translation>Kod PIN narusza te reguły: %1</translation>
    </message>
    <message>
        <source>This PIN is one of the most common PINs, which whoever finds the card tries first. Choose one that is harder to guess.</source>
        <translation>Ten kod PIN należy do najczęściej używanych, które znalazca karty wypróbuje w pierwszej kolejności. Wybierz kod trudniejszy do odgadnięcia.</translation>
    </message>
    <message>
        <source>The PIN contains a NUL byte or bytes that are not UTF-8 text; other programs could not type it.</source>
        <translation>Kod PIN zawiera bajt NUL lub bajty, które nie są tekstem UTF-8; inne programy nie mogłyby go wpisać.</translation>
    </message>
    <message>
        <source>The PUK contains a NUL byte or bytes that are not UTF-8 text; other programs could not type it.</source>
        <translation>Kod PUK zawiera bajt NUL lub bajty, które nie są tekstem UTF-8; inne programy nie mogłyby go wpisać.</translation>
    </message>
    <message>
        <source>The PUK is the same as the PIN. Choose a different PUK: it must unlock the card when the PIN is forgotten or blocked.</source>
        <translation>Kod PUK jest taki sam jak kod PIN. Wybierz inny kod PUK: ma on odblokować kartę, gdy kod PIN zostanie zapomniany lub zablokowany.</translation>
    </message>
    <message numerus="yes">
        <source>The PUK must have %1 to %n character(s).</source>
        <translation>
            <numerusform>Kod PUK musi mieć od %1 do %n znaku.</numerusform>
            <numerusform>Kod PUK musi mieć od %1 do %n znaków.</numerusform>
            <numerusform>Kod PUK musi mieć od %1 do %n znaków.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK is too long: a PUK can have at most %n byte(s) in UTF-8, where letters such as ä or € take two or three; this one takes %1.</source>
        <extracomment>%n: the most bytes any PUK may have; %1: the bytes this PUK takes.</extracomment>
        <translation>
            <numerusform>Kod PUK jest za długi: kod PUK może zajmować w UTF-8 najwyżej %n bajt, przy czym litery takie jak ä lub € zajmują dwa lub trzy bajty; ten kod zajmuje %1.</numerusform>
            <numerusform>Kod PUK jest za długi: kod PUK może zajmować w UTF-8 najwyżej %n bajty, przy czym litery takie jak ä lub € zajmują dwa lub trzy bajty; ten kod zajmuje %1.</numerusform>
            <numerusform>Kod PUK jest za długi: kod PUK może zajmować w UTF-8 najwyżej %n bajtów, przy czym litery takie jak ä lub € zajmują dwa lub trzy bajty; ten kod zajmuje %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardTableModel</name>
    <message>
        <source>Instance id: %1</source>
        <translation>Identyfikator wystąpienia: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klucze</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Odzyskiwanie</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokalizacja</translation>
    </message>
</context>
<context>
    <name>CardText</name>
    <message>
        <source>TPM of this computer</source>
        <translation>Moduł TPM tego komputera</translation>
    </message>
    <message>
        <source>Software TPM</source>
        <translation>Programowy moduł TPM</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Symulator</translation>
    </message>
    <message numerus="yes">
        <source>PIN set; %n try(ies) left</source>
        <translation>
            <numerusform>PIN ustawiony; pozostała %n próba</numerusform>
            <numerusform>PIN ustawiony; pozostały %n próby</numerusform>
            <numerusform>PIN ustawiony; pozostało %n prób</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>PIN ustawiony</translation>
    </message>
    <message>
        <source>No PIN set</source>
        <translation>PIN nieustawiony</translation>
    </message>
    <message>
        <source>PIN blocked</source>
        <translation>PIN zablokowany</translation>
    </message>
    <message>
        <source>Cannot be reset</source>
        <extracomment>The subject is the card (the virtual smart card): its PIN cannot be reset. A table cell.</extracomment>
        <translation>Nie można zresetować</translation>
    </message>
    <message>
        <source>PUK, or the default admin key</source>
        <translation>PUK lub domyślny klucz administratora</translation>
    </message>
    <message>
        <source>Default admin key</source>
        <translation>Domyślny klucz administratora</translation>
    </message>
    <message>
        <source>PUK, or the admin key</source>
        <translation>PUK lub klucz administratora</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Klucz administratora</translation>
    </message>
    <message>
        <source>PUK</source>
        <extracomment>PUK: PIN Unblocking Key, the secret that resets a blocked PIN.</extracomment>
        <translation>PUK</translation>
    </message>
    <message>
        <source>The TPM&apos;s lockout state is not known.</source>
        <translation>Stan blokady modułu TPM jest nieznany.</translation>
    </message>
    <message numerus="yes">
        <source>No wrong PINs counted by the TPM (it locks after %n).</source>
        <translation>
            <numerusform>Moduł TPM nie zliczył żadnych błędnych kodów PIN (blokuje się po %n).</numerusform>
            <numerusform>Moduł TPM nie zliczył żadnych błędnych kodów PIN (blokuje się po %n).</numerusform>
            <numerusform>Moduł TPM nie zliczył żadnych błędnych kodów PIN (blokuje się po %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>location</comment>
        <extracomment>Where the card is kept (a TPM, the simulator) is not known. A table cell of the Location column.</extracomment>
        <translation>Nieznana</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>PIN state</comment>
        <extracomment>The state of the card&apos;s PIN (set, blocked) is not known. A table cell of the PIN column.</extracomment>
        <translation>Nieznany</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>recovery</comment>
        <extracomment>How the card&apos;s PIN can be reset is not known. A table cell of the Recovery column.</extracomment>
        <translation>Nieznane</translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n second(s), on every card.</source>
        <translation>
            <numerusform>Moduł TPM jest zablokowany po zbyt wielu błędnych kodach PIN: ponownie zacznie przyjmować kody PIN na każdej karcie za %n sekundę.</numerusform>
            <numerusform>Moduł TPM jest zablokowany po zbyt wielu błędnych kodach PIN: ponownie zacznie przyjmować kody PIN na każdej karcie za %n sekundy.</numerusform>
            <numerusform>Moduł TPM jest zablokowany po zbyt wielu błędnych kodach PIN: ponownie zacznie przyjmować kody PIN na każdej karcie za %n sekund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n minute(s), on every card.</source>
        <translation>
            <numerusform>Moduł TPM jest zablokowany po zbyt wielu błędnych kodach PIN: ponownie zacznie przyjmować kody PIN na każdej karcie za %n minutę.</numerusform>
            <numerusform>Moduł TPM jest zablokowany po zbyt wielu błędnych kodach PIN: ponownie zacznie przyjmować kody PIN na każdej karcie za %n minuty.</numerusform>
            <numerusform>Moduł TPM jest zablokowany po zbyt wielu błędnych kodach PIN: ponownie zacznie przyjmować kody PIN na każdej karcie za %n minut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n hour(s), on every card.</source>
        <translation>
            <numerusform>Moduł TPM jest zablokowany po zbyt wielu błędnych kodach PIN: ponownie zacznie przyjmować kody PIN na każdej karcie za %n godzinę.</numerusform>
            <numerusform>Moduł TPM jest zablokowany po zbyt wielu błędnych kodach PIN: ponownie zacznie przyjmować kody PIN na każdej karcie za %n godziny.</numerusform>
            <numerusform>Moduł TPM jest zablokowany po zbyt wielu błędnych kodach PIN: ponownie zacznie przyjmować kody PIN na każdej karcie za %n godzin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n second(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>Moduł TPM zliczył %1 z %2 błędnych kodów PIN, łącznie na wszystkich swoich kartach. Licznik zmniejsza się o jeden co sekundę.</numerusform>
            <numerusform>Moduł TPM zliczył %1 z %2 błędnych kodów PIN, łącznie na wszystkich swoich kartach. Licznik zmniejsza się o jeden co %n sekundy.</numerusform>
            <numerusform>Moduł TPM zliczył %1 z %2 błędnych kodów PIN, łącznie na wszystkich swoich kartach. Licznik zmniejsza się o jeden co %n sekund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n minute(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>Moduł TPM zliczył %1 z %2 błędnych kodów PIN, łącznie na wszystkich swoich kartach. Licznik zmniejsza się o jeden co minutę.</numerusform>
            <numerusform>Moduł TPM zliczył %1 z %2 błędnych kodów PIN, łącznie na wszystkich swoich kartach. Licznik zmniejsza się o jeden co %n minuty.</numerusform>
            <numerusform>Moduł TPM zliczył %1 z %2 błędnych kodów PIN, łącznie na wszystkich swoich kartach. Licznik zmniejsza się o jeden co %n minut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n hour(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>Moduł TPM zliczył %1 z %2 błędnych kodów PIN, łącznie na wszystkich swoich kartach. Licznik zmniejsza się o jeden co godzinę.</numerusform>
            <numerusform>Moduł TPM zliczył %1 z %2 błędnych kodów PIN, łącznie na wszystkich swoich kartach. Licznik zmniejsza się o jeden co %n godziny.</numerusform>
            <numerusform>Moduł TPM zliczył %1 z %2 błędnych kodów PIN, łącznie na wszystkich swoich kartach. Licznik zmniejsza się o jeden co %n godzin.</numerusform>
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
        <translation>Użycie: vscwizard [OPCJE GLOBALNE] [POLECENIE [OPCJE]]
Bez polecenia otwiera się kreator tworzenia karty.

Polecenia:
  create --name NAZWA [--pin prompt|default] [--puk prompt|default|none]
         [--adminkey default|random|prompt] [--generate]
         [--pinpolicy minlen N maxlen N KLASA REGUŁA ...]
      Tworzy wirtualną kartę inteligentną i wypisuje jej identyfikator wystąpienia.
      KLASA to uppercase, lowercase, digits, special lub other; REGUŁA to allow,
      require lub disallow. Domyślnie: --pin prompt, --puk none, --adminkey default;
      domyślne kody PIN i PUK są takie jak w tpmvscmgr. --adminkey random tworzy
      kartę, której nigdy nie można zresetować, tylko usunąć. W tpm2 (Linux) kod PUK
      zastępuje klucz administratora: karta z kodem PUK nie ma klucza administratora.
  destroy --instance ID
      Usuwa wirtualną kartę inteligentną.
  list [--json]
      Wyświetla wirtualne karty inteligentne.
  status [--json]
      Wyświetla stan kodu PIN każdej karty (pozostałe próby, blokada) i sposób jego resetowania
      oraz stan blokady modułu TPM, bez zużywania próby.
  change-pin --instance ID
      Zmienia kod PIN karty; odczytuje bieżący kod PIN, a następnie nowy.
  reset-pin --instance ID [--with puk|adminkey]
      Ustawia nowy kod PIN, także na zablokowanej karcie; odczytuje kod PUK (lub klucz
      administratora jako 48 cyfr szesnastkowych), a następnie nowy kod PIN. Domyślnie:
      --with puk, jeśli karta ma kod PUK, w przeciwnym razie --with adminkey.
  change-puk --instance ID
      Zmienia kod PUK karty; odczytuje bieżący kod PUK, a następnie nowy.
  explain KOD|NAZWA
      Wyjaśnia, co oznacza dany TPMVSCMGR_ERROR lub TPMVSCMGR_STATUS.
  software-tpm start|stop|status
      Steruje programowym modułem TPM użytkownika, który przechowuje karty, gdy żaden
      sprzętowy moduł TPM nie jest dostępny (Linux). Jego klucze nie są chronione sprzętowo.
  --help, --version

Sekrety nigdy nie są pobierane z wiersza polecenia. „prompt” odczytuje je z terminala
bez wyświetlania, pytając dwukrotnie; gdy standardowe wejście nie jest terminalem,
odczytywany jest jeden wiersz na każdy żądany sekret, dla create w kolejności PIN, PUK, klucz
administratora (48 cyfr szesnastkowych), a dla pozostałych poleceń w kolejności podanej wyżej.
Każdy nowy kod PIN musi spełniać zasady organizacji (--policy).

Opcje każdego polecenia:
  --verbose            wypisuje postęp, nawet gdy standardowe wyjście błędów nie jest terminalem

Ctrl+C anuluje bieżącą operację; nic nie pozostaje wykonane w połowie.

Kod wyjścia: 0 powodzenie, 1 inny błąd, 2 błędne użycie, 3 anulowano,
10 + N dla TPMVSCMGR_ERROR N (zobacz „vscwizard explain N”),
40 + N dla błędu karty w change-pin, reset-pin, change-puk i status: 41 błędny
PIN, 42 błędny PUK, 43 błędny klucz administratora, 44 PIN zablokowany, 45 PUK zablokowany,
46 nowy PIN odrzucony, 47 nowy PUK odrzucony, 48 nie można zresetować, 49 brak takiej karty,
50 blokada modułu TPM, 51 niemożliwe w tym miejscu, 52 inny błąd karty.
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
        <translation>Symulator (tylko testy i pokazy; żadna karta nie jest naprawdę tworzona):
  --sim-fail BŁĄD[@STAN] kończy się raz na proces błędem BŁĄD przy stanie STAN (nazwy bez
  prefiksu TPMVSCMGR_, np. GENERATE_FILESYSTEM@GENERATE_RUNNING; bez @STAN przy
  pierwszym kroku). Błąd występuje jednorazowo: ponowna próba w tym samym procesie się powiedzie.
  --sim-fail CARD:BŁĄD[@OPERACJA] raz kończy operację na karcie błędem karty
  (WRONG_PIN, WRONG_PUK, WRONG_ADMIN_KEY, PIN_BLOCKED, PUK_BLOCKED, NEW_PIN_REFUSED,
  NEW_PUK_REFUSED, CANNOT_RESET, CARD_NOT_FOUND, TPM_LOCKOUT, UNSUPPORTED, FAILED) przy
  change-pin, reset-pin, change-puk lub status (bez @: przy pierwszej zmianie lub resetowaniu);
  na karcie nic się nie zmienia.
  --sim-delay MS czeka przed każdym stanem; anulowanie działa przy następnym stanie.
</translation>
    </message>
    <message>
        <source>software-tpm takes one of start, stop or status.</source>
        <extracomment>software-tpm, start, stop and status are typed as they are: do not translate them.</extracomment>
        <translation>software-tpm przyjmuje jedną z wartości: start, stop lub status.</translation>
    </message>
    <message>
        <source>This program has no software TPM.</source>
        <translation>Ten program nie ma programowego modułu TPM.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nie podano polecenia.</translation>
    </message>
    <message>
        <source>Unknown command. The commands are create, destroy, list, status, change-pin, reset-pin, change-puk, explain and software-tpm.</source>
        <translation>Nieznane polecenie. Dostępne polecenia: create, destroy, list, status, change-pin, reset-pin, change-puk, explain i software-tpm.</translation>
    </message>
</context>
<context>
    <name>ClientRegistration</name>
    <message>
        <source>The file %1 is not the program&apos;s own; it is left as it is.</source>
        <translation>Plik %1 nie należy do tego programu; pozostawiono go bez zmian.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>list takes only --json.</source>
        <translation>list przyjmuje tylko --json.</translation>
    </message>
    <message>
        <source>destroy: --instance needs the instance id shown by &quot;vscwizard list&quot;.</source>
        <translation>destroy: --instance wymaga identyfikatora wystąpienia wyświetlanego przez „vscwizard list”.</translation>
    </message>
    <message>
        <source>destroy takes only --instance ID.</source>
        <translation>destroy przyjmuje tylko --instance ID.</translation>
    </message>
    <message>
        <source>destroy takes exactly one --instance ID.</source>
        <translation>destroy przyjmuje dokładnie jedną opcję --instance ID.</translation>
    </message>
    <message>
        <source>destroy needs --instance ID (see &quot;vscwizard list&quot;).</source>
        <translation>destroy wymaga --instance ID (zobacz „vscwizard list”).</translation>
    </message>
    <message>
        <source>Removed the virtual smart card %1.</source>
        <translation>Usunięto wirtualną kartę inteligentną %1.</translation>
    </message>
    <message>
        <source>Restart the computer to finish removing the card.</source>
        <translation>Uruchom ponownie komputer, aby dokończyć usuwanie karty.</translation>
    </message>
    <message>
        <source>explain takes one error or status, as a name or a number.</source>
        <translation>explain przyjmuje jeden błąd lub stan, jako nazwę lub liczbę.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a TPMVSCMGR_ERROR nor a TPMVSCMGR_STATUS name or number.</source>
        <translation>„%1” nie jest nazwą ani numerem TPMVSCMGR_ERROR ani TPMVSCMGR_STATUS.</translation>
    </message>
    <message>
        <source>Error %1: TPMVSCMGR_ERROR_%2</source>
        <translation>Błąd %1: TPMVSCMGR_ERROR_%2</translation>
    </message>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message>
        <source>  vscwizard exits with status %1 on this error.</source>
        <translation>  Przy tym błędzie vscwizard kończy działanie z kodem %1.</translation>
    </message>
    <message>
        <source>Status %1: TPMVSCMGR_STATUS_%2</source>
        <translation>Stan %1: TPMVSCMGR_STATUS_%2</translation>
    </message>
    <message numerus="yes">
        <source>destroy: &quot;%1&quot; is not an instance id: none is longer than %n character(s) (see &quot;vscwizard list&quot;).</source>
        <translation>
            <numerusform>destroy: „%1” nie jest identyfikatorem wystąpienia: żaden nie jest dłuższy niż %n znak (zobacz „vscwizard list”).</numerusform>
            <numerusform>destroy: „%1” nie jest identyfikatorem wystąpienia: żaden nie jest dłuższy niż %n znaki (zobacz „vscwizard list”).</numerusform>
            <numerusform>destroy: „%1” nie jest identyfikatorem wystąpienia: żaden nie jest dłuższy niż %n znaków (zobacz „vscwizard list”).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateCommand</name>
    <message>
        <source>%1 takes one of: %2. Secrets are read from the terminal or from standard input, never from the command line.</source>
        <extracomment>%1 is an option such as --pin, %2 its keywords (prompt, stdin), typed as they are.</extracomment>
        <translation>%1 przyjmuje jedną z wartości: %2. Sekrety są odczytywane z terminala lub ze standardowego wejścia, nigdy z wiersza polecenia.</translation>
    </message>
    <message>
        <source>--pinpolicy needs rules, e.g. --pinpolicy minlen 6 digits require.</source>
        <translation>--pinpolicy wymaga reguł, np. --pinpolicy minlen 6 digits require.</translation>
    </message>
    <message>
        <source>--pinpolicy: &quot;%1&quot; needs a value.</source>
        <translation>--pinpolicy: „%1” wymaga wartości.</translation>
    </message>
    <message>
        <source>--pinpolicy: &quot;%1&quot; is not a rule; use minlen, maxlen, uppercase, lowercase, digits, special or other.</source>
        <translation>--pinpolicy: „%1” nie jest regułą; użyj minlen, maxlen, uppercase, lowercase, digits, special lub other.</translation>
    </message>
    <message>
        <source>--pinpolicy: %1 is given twice; give each rule once.</source>
        <translation>--pinpolicy: %1 podano dwa razy; podaj każdą regułę raz.</translation>
    </message>
    <message>
        <source>--pinpolicy: %1 takes a number, not &quot;%2&quot;.</source>
        <translation>--pinpolicy: %1 przyjmuje liczbę, a nie „%2”.</translation>
    </message>
    <message>
        <source>--pinpolicy: %1 takes allow, require or disallow, not &quot;%2&quot;.</source>
        <translation>--pinpolicy: %1 przyjmuje allow, require lub disallow, a nie „%2”.</translation>
    </message>
    <message>
        <source>--pinpolicy: %1</source>
        <translation>--pinpolicy: %1</translation>
    </message>
    <message>
        <source>create: unexpected argument number %1; only options are taken.</source>
        <translation>create: nieoczekiwany argument numer %1; przyjmowane są tylko opcje.</translation>
    </message>
    <message>
        <source>create: %1 is given twice.</source>
        <translation>create: %1 podano dwa razy.</translation>
    </message>
    <message>
        <source>create: --generate takes no value.</source>
        <translation>create: --generate nie przyjmuje wartości.</translation>
    </message>
    <message>
        <source>create: unknown option %1.</source>
        <translation>create: nieznana opcja %1.</translation>
    </message>
    <message>
        <source>create: %1 needs a value.</source>
        <translation>create: %1 wymaga wartości.</translation>
    </message>
    <message>
        <source>create needs --name NAME.</source>
        <translation>create wymaga --name NAZWA.</translation>
    </message>
    <message>
        <source>The organization policy %1 sets the PIN rules; --pinpolicy cannot change them.</source>
        <translation>Zasady organizacji %1 określają reguły kodu PIN; --pinpolicy nie może ich zmienić.</translation>
    </message>
    <message>
        <source>The organization policy %1 requires a PUK: add --puk prompt or --puk default.</source>
        <translation>Zasady organizacji %1 wymagają kodu PUK: dodaj --puk prompt lub --puk default.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow a publicly known recovery secret, and on the %2 backend the PUK is the card&apos;s only one: use --puk prompt.</source>
        <translation>Zasady organizacji %1 nie zezwalają na publicznie znany sekret odzyskiwania, a w backendzie %2 kod PUK jest jedynym takim sekretem karty: użyj --puk prompt.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow the default admin key: add --adminkey prompt or --adminkey random.</source>
        <translation>Zasady organizacji %1 nie zezwalają na domyślny klucz administratora: dodaj --adminkey prompt lub --adminkey random.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow the default admin key: add --adminkey prompt.</source>
        <translation>Zasady organizacji %1 nie zezwalają na domyślny klucz administratora: dodaj --adminkey prompt.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow a random admin key: add --adminkey prompt or --adminkey default.</source>
        <translation>Zasady organizacji %1 nie zezwalają na losowy klucz administratora: dodaj --adminkey prompt lub --adminkey default.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow a random admin key: add --adminkey prompt.</source>
        <translation>Zasady organizacji %1 nie zezwalają na losowy klucz administratora: dodaj --adminkey prompt.</translation>
    </message>
    <message>
        <source>Or give the card a PUK with --puk prompt: on the %1 backend it takes the admin key&apos;s place.</source>
        <translation>Możesz też nadać karcie kod PUK za pomocą --puk prompt: w backendzie %1 zastępuje on klucz administratora.</translation>
    </message>
    <message>
        <source>--adminkey prompt would ask for a key that is never used: on the %1 backend the PUK takes the admin key&apos;s place. Leave out --adminkey, or use --puk none to protect the card with an admin key instead.</source>
        <translation>--adminkey prompt poprosiłoby o klucz, który nigdy nie jest używany: w backendzie %1 kod PUK zastępuje klucz administratora. Pomiń --adminkey lub użyj --puk none, aby zamiast tego chronić kartę kluczem administratora.</translation>
    </message>
    <message>
        <source>Note: on the %1 backend the PUK takes the admin key&apos;s place; --adminkey is ignored.</source>
        <translation>Uwaga: w backendzie %1 kod PUK zastępuje klucz administratora; --adminkey jest ignorowane.</translation>
    </message>
    <message>
        <source>The two entries differed three times; nothing was created.</source>
        <translation>Oba wpisy trzykrotnie się różniły; niczego nie utworzono.</translation>
    </message>
    <message>
        <source>The PIN must meet these rules:</source>
        <translation>Kod PIN musi spełniać te reguły:</translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation>Kod PIN: </translation>
    </message>
    <message>
        <source>Repeat the PIN: </source>
        <translation>Powtórz kod PIN: </translation>
    </message>
    <message>
        <source>Standard input ended before the PIN was read.</source>
        <translation>Standardowe wejście skończyło się przed odczytaniem kodu PIN.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Ostrzeżenie: %1</translation>
    </message>
    <message>
        <source>The PIN breaks these rules:</source>
        <translation>Kod PIN narusza te reguły:</translation>
    </message>
    <message>
        <source>PUK: </source>
        <translation>Kod PUK: </translation>
    </message>
    <message>
        <source>Repeat the PUK: </source>
        <translation>Powtórz kod PUK: </translation>
    </message>
    <message>
        <source>Standard input ended before the PUK was read.</source>
        <translation>Standardowe wejście skończyło się przed odczytaniem kodu PUK.</translation>
    </message>
    <message>
        <source>The admin key beside the PUK is random and kept nowhere: only the PUK can reset this card.</source>
        <translation>Klucz administratora obok kodu PUK jest losowy i nigdzie nie jest przechowywany: tylko kod PUK może zresetować tę kartę.</translation>
    </message>
    <message>
        <source>The admin key is random and kept nowhere: this card can never be reset, only removed.</source>
        <translation>Klucz administratora jest losowy i nigdzie nie jest przechowywany: tej karty nigdy nie można zresetować, tylko usunąć.</translation>
    </message>
    <message>
        <source>Admin key (48 hex digits): </source>
        <translation>Klucz administratora (48 cyfr szesnastkowych): </translation>
    </message>
    <message>
        <source>Repeat the admin key: </source>
        <translation>Powtórz klucz administratora: </translation>
    </message>
    <message>
        <source>Standard input ended before the admin key was read.</source>
        <translation>Standardowe wejście skończyło się przed odczytaniem klucza administratora.</translation>
    </message>
    <message>
        <source>Admin key: %1</source>
        <translation>Klucz administratora: %1</translation>
    </message>
    <message>
        <source>Admin key check value (KCV): %1</source>
        <translation>Wartość kontrolna klucza administratora (KCV): %1</translation>
    </message>
    <message>
        <source>Created the virtual smart card &quot;%1&quot; (%2).</source>
        <translation>Utworzono wirtualną kartę inteligentną „%1” (%2).</translation>
    </message>
    <message>
        <source>The card has the default PIN; change it before you rely on the card.</source>
        <translation>Karta ma domyślny kod PIN; zmień go, zanim zaczniesz polegać na karcie.</translation>
    </message>
    <message>
        <source>Restart the computer before applications can use the card.</source>
        <translation>Uruchom ponownie komputer, aby aplikacje mogły używać karty.</translation>
    </message>
</context>
<context>
    <name>EnrollmentWizard</name>
    <message>
        <source>Create a Virtual Smart Card</source>
        <translation>Tworzenie wirtualnej karty inteligentnej</translation>
    </message>
    <message>
        <source>Virtual smart card wizard</source>
        <translation>Kreator wirtualnej karty inteligentnej</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>Could not act on your behalf</source>
        <translation>Nie można działać w imieniu użytkownika</translation>
    </message>
    <message>
        <source>The smart card service could not act with the rights of your user account, so it could not work on the card.</source>
        <translation>Usługa kart inteligentnych nie mogła działać z uprawnieniami konta użytkownika, więc nie mogła wykonać operacji na karcie.</translation>
    </message>
    <message>
        <source>Sign out and sign in again, then retry. If it keeps failing, ask your administrator whether your account may manage smart cards on this computer.</source>
        <translation>Wyloguj się, zaloguj ponownie i spróbuj jeszcze raz. Jeśli problem się powtarza, zapytaj administratora, czy to konto może zarządzać kartami inteligentnymi na tym komputerze.</translation>
    </message>
    <message>
        <source>PIN or PUK does not meet the rules</source>
        <translation>Kod PIN lub PUK nie spełnia reguł</translation>
    </message>
    <message>
        <source>The PIN or the PUK does not meet your organization&apos;s rules for their length or the kinds of characters they contain.</source>
        <translation>Kod PIN lub PUK nie spełnia reguł organizacji dotyczących długości lub rodzajów znaków.</translation>
    </message>
    <message>
        <source>Choose a PIN and a PUK that meet every rule: those of the organization policy (--policy) and of --pinpolicy.</source>
        <translation>Wybierz kody PIN i PUK spełniające wszystkie reguły: reguły zasad organizacji (--policy) i opcji --pinpolicy.</translation>
    </message>
    <message>
        <source>Go back and choose a PIN and a PUK that meet every rule listed on the PIN page.</source>
        <translation>Wróć i wybierz kody PIN i PUK spełniające wszystkie reguły wymienione na stronie kodu PIN.</translation>
    </message>
    <message>
        <source>Too many smart cards</source>
        <translation>Za dużo kart inteligentnych</translation>
    </message>
    <message>
        <source>This computer already has as many smart cards as it can use at once (10, counting physical and virtual cards).</source>
        <translation>Ten komputer ma już tyle kart inteligentnych, ile może używać jednocześnie (10, licząc karty fizyczne i wirtualne).</translation>
    </message>
    <message>
        <source>Remove a virtual smart card you no longer need or unplug a smart card reader, then try again.</source>
        <translation>Usuń niepotrzebną wirtualną kartę inteligentną lub odłącz czytnik kart inteligentnych, a następnie spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Not possible in a remote session</source>
        <translation>Niemożliwe w sesji zdalnej</translation>
    </message>
    <message>
        <source>Virtual smart cards cannot be created or removed from a remote desktop session.</source>
        <translation>Wirtualnych kart inteligentnych nie można tworzyć ani usuwać z sesji pulpitu zdalnego.</translation>
    </message>
    <message>
        <source>Sign in at the computer itself, not through a remote desktop connection, and try again.</source>
        <translation>Zaloguj się bezpośrednio na komputerze, a nie przez połączenie pulpitu zdalnego, i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The TPM is not ready for smart cards</source>
        <translation>Moduł TPM nie jest gotowy do obsługi kart inteligentnych</translation>
    </message>
    <message>
        <source>The part of the system that keeps smart cards in the TPM (Trusted Platform Module) could not be started.</source>
        <translation>Nie można uruchomić części systemu, która przechowuje karty inteligentne w module TPM (Trusted Platform Module).</translation>
    </message>
    <message>
        <source>Check that the TPM is turned on and ready (in the firmware settings or with your administrator), restart the computer and try again.</source>
        <translation>Sprawdź, czy moduł TPM jest włączony i gotowy (w ustawieniach oprogramowania układowego lub u administratora), uruchom ponownie komputer i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>The card&apos;s storage could not be created</source>
        <translation>Nie można utworzyć magazynu karty</translation>
    </message>
    <message>
        <source>The TPM could not create the protected storage that holds the virtual smart card&apos;s keys.</source>
        <translation>Moduł TPM nie mógł utworzyć chronionego magazynu, w którym są przechowywane klucze wirtualnej karty inteligentnej.</translation>
    </message>
    <message>
        <source>Make sure the TPM is not locked after too many wrong attempts and has room for another card, then try again.</source>
        <translation>Upewnij się, że moduł TPM nie jest zablokowany po zbyt wielu nieudanych próbach i ma miejsce na kolejną kartę, a następnie spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The card&apos;s storage could not be removed</source>
        <translation>Nie można usunąć magazynu karty</translation>
    </message>
    <message>
        <source>The TPM could not delete the protected storage of the virtual smart card.</source>
        <translation>Moduł TPM nie mógł usunąć chronionego magazynu wirtualnej karty inteligentnej.</translation>
    </message>
    <message>
        <source>Restart the computer and try removing the card again.</source>
        <translation>Uruchom ponownie komputer i spróbuj jeszcze raz usunąć kartę.</translation>
    </message>
    <message>
        <source>Card emulation could not start</source>
        <translation>Nie można uruchomić emulacji karty</translation>
    </message>
    <message>
        <source>The software that makes the TPM behave like a smart card could not be started.</source>
        <translation>Nie można uruchomić oprogramowania, dzięki któremu moduł TPM działa jak karta inteligentna.</translation>
    </message>
    <message>
        <source>Restart the computer and try again. If it keeps failing, reinstall or update the smart card software.</source>
        <translation>Uruchom ponownie komputer i spróbuj jeszcze raz. Jeśli problem się powtarza, zainstaluj ponownie lub zaktualizuj oprogramowanie kart inteligentnych.</translation>
    </message>
    <message>
        <source>Card emulation could not be set up</source>
        <translation>Nie można skonfigurować emulacji karty</translation>
    </message>
    <message>
        <source>The software that makes the TPM behave like a smart card could not set up this card.</source>
        <translation>Oprogramowanie, dzięki któremu moduł TPM działa jak karta inteligentna, nie mogło skonfigurować tej karty.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, restart the computer first.</source>
        <translation>Spróbuj ponownie. Jeśli problem się powtarza, najpierw uruchom ponownie komputer.</translation>
    </message>
    <message>
        <source>Card emulation could not be removed</source>
        <translation>Nie można usunąć emulacji karty</translation>
    </message>
    <message>
        <source>The software that makes the TPM behave like a smart card could not remove this card.</source>
        <translation>Oprogramowanie, dzięki któremu moduł TPM działa jak karta inteligentna, nie mogło usunąć tej karty.</translation>
    </message>
    <message>
        <source>Restart the computer, then try removing the card again.</source>
        <translation>Uruchom ponownie komputer, a następnie spróbuj jeszcze raz usunąć kartę.</translation>
    </message>
    <message>
        <source>Card settings could not be saved</source>
        <translation>Nie można zapisać ustawień karty</translation>
    </message>
    <message>
        <source>A setting of the card, such as its name or its PIN rules, could not be stored.</source>
        <translation>Nie można zapisać ustawienia karty, takiego jak jej nazwa lub reguły kodu PIN.</translation>
    </message>
    <message>
        <source>Check that the disk is not full and that the card&apos;s storage is writable, then try again.</source>
        <translation>Sprawdź, czy dysk nie jest pełny i czy magazyn karty jest zapisywalny, a następnie spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Card settings could not be read</source>
        <translation>Nie można odczytać ustawień karty</translation>
    </message>
    <message>
        <source>A setting of the card could not be read back, so the card could not be found or checked.</source>
        <translation>Nie można odczytać z powrotem ustawienia karty, więc nie można było znaleźć ani sprawdzić karty.</translation>
    </message>
    <message>
        <source>Check that the card still exists (another program may have removed it), then try again.</source>
        <translation>Sprawdź, czy karta nadal istnieje (inny program mógł ją usunąć), a następnie spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The virtual reader could not start</source>
        <translation>Nie można uruchomić czytnika wirtualnego</translation>
    </message>
    <message>
        <source>The virtual smart card reader, through which programs reach the card, could not be started.</source>
        <translation>Nie można uruchomić wirtualnego czytnika kart inteligentnych, przez który programy komunikują się z kartą.</translation>
    </message>
    <message>
        <source>Check that the smart card service is running, or restart the computer, and try again.</source>
        <translation>Sprawdź, czy usługa kart inteligentnych jest uruchomiona, lub uruchom ponownie komputer, i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>The virtual reader could not be created</source>
        <translation>Nie można utworzyć czytnika wirtualnego</translation>
    </message>
    <message>
        <source>The virtual smart card reader for the new card could not be added.</source>
        <translation>Nie można dodać wirtualnego czytnika kart inteligentnych dla nowej karty.</translation>
    </message>
    <message>
        <source>Restart the computer and try again. Remove cards you no longer use if there are many.</source>
        <translation>Uruchom ponownie komputer i spróbuj jeszcze raz. Jeśli kart jest dużo, usuń te, których już nie używasz.</translation>
    </message>
    <message>
        <source>The virtual reader could not be removed</source>
        <translation>Nie można usunąć czytnika wirtualnego</translation>
    </message>
    <message>
        <source>The virtual smart card reader of this card could not be removed.</source>
        <translation>Nie można usunąć wirtualnego czytnika kart inteligentnych tej karty.</translation>
    </message>
    <message>
        <source>Restart the computer, which usually removes the reader, and try again if the card is still listed.</source>
        <translation>Uruchom ponownie komputer, co zwykle usuwa czytnik, i spróbuj jeszcze raz, jeśli karta nadal jest na liście.</translation>
    </message>
    <message>
        <source>Could not connect to the new card</source>
        <translation>Nie można połączyć się z nową kartą</translation>
    </message>
    <message>
        <source>The new card could not be reached to set up its contents.</source>
        <translation>Nie można nawiązać połączenia z nową kartą, aby skonfigurować jej zawartość.</translation>
    </message>
    <message>
        <source>Wait a moment and try again. If it keeps failing, restart the computer.</source>
        <translation>Zaczekaj chwilę i spróbuj ponownie. Jeśli problem się powtarza, uruchom ponownie komputer.</translation>
    </message>
    <message>
        <source>The card&apos;s contents could not be prepared</source>
        <translation>Nie można przygotować zawartości karty</translation>
    </message>
    <message>
        <source>The file system or the keys of the new card could not be generated.</source>
        <translation>Nie można wygenerować systemu plików ani kluczy nowej karty.</translation>
    </message>
    <message>
        <source>Try again, or create the card without generating its contents and generate them later.</source>
        <translation>Spróbuj ponownie lub utwórz kartę bez generowania zawartości i wygeneruj ją później.</translation>
    </message>
    <message>
        <source>Unable to create the smart card</source>
        <translation>Nie można utworzyć karty inteligentnej</translation>
    </message>
    <message>
        <source>The virtual smart card could not be created.</source>
        <translation>Nie można utworzyć wirtualnej karty inteligentnej.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, give the details below to your administrator.</source>
        <translation>Spróbuj ponownie. Jeśli problem się powtarza, przekaż poniższe szczegóły administratorowi.</translation>
    </message>
    <message>
        <source>Unable to remove the smart card</source>
        <translation>Nie można usunąć karty inteligentnej</translation>
    </message>
    <message>
        <source>The virtual smart card could not be removed.</source>
        <translation>Nie można usunąć wirtualnej karty inteligentnej.</translation>
    </message>
    <message>
        <source>Close the programs that use the card and try again. If the card is still listed, restart the computer.</source>
        <translation>Zamknij programy, które używają karty, i spróbuj ponownie. Jeśli karta nadal jest na liście, uruchom ponownie komputer.</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Nieznany błąd</translation>
    </message>
    <message>
        <source>Unknown error (code %1)</source>
        <translation>Nieznany błąd (kod %1)</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Błędny kod PIN</translation>
    </message>
    <message>
        <source>Type the PIN again, carefully. If you have forgotten it, reset it with the PUK or the admin key instead of guessing: every wrong PIN counts.</source>
        <translation>Wpisz kod PIN ponownie, uważnie. Jeśli go zapomniano, zresetuj go kodem PUK lub kluczem administratora zamiast zgadywać: liczy się każdy błędny kod PIN.</translation>
    </message>
    <message>
        <source>Wrong PUK</source>
        <translation>Błędny kod PUK</translation>
    </message>
    <message>
        <source>Type the PUK again, carefully: it is the one set when the card was made, not the PIN.</source>
        <translation>Wpisz kod PUK ponownie, uważnie: to kod ustawiony przy tworzeniu karty, a nie kod PIN.</translation>
    </message>
    <message>
        <source>Wrong admin key</source>
        <translation>Błędny klucz administratora</translation>
    </message>
    <message>
        <source>Check the 48 hexadecimal digits and the check value (KCV) you were given for this card.</source>
        <translation>Sprawdź 48 cyfr szesnastkowych i wartość kontrolną (KCV) otrzymane dla tej karty.</translation>
    </message>
    <message>
        <source>PIN blocked</source>
        <translation>PIN zablokowany</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is blocked after too many wrong tries.</source>
        <translation>Kod PIN karty jest zablokowany po zbyt wielu błędnych próbach.</translation>
    </message>
    <message>
        <source>Reset it with vscwizard reset-pin, using the PUK or the admin key.</source>
        <translation>Zresetuj go poleceniem vscwizard reset-pin, używając kodu PUK lub klucza administratora.</translation>
    </message>
    <message>
        <source>Reset the PIN with the PUK or the admin key.</source>
        <translation>Zresetuj kod PIN kodem PUK lub kluczem administratora.</translation>
    </message>
    <message>
        <source>PUK blocked</source>
        <translation>PUK zablokowany</translation>
    </message>
    <message>
        <source>The card&apos;s PUK is blocked after too many wrong tries.</source>
        <translation>Kod PUK karty jest zablokowany po zbyt wielu błędnych próbach.</translation>
    </message>
    <message>
        <source>The PIN can no longer be reset with the PUK. Remove the card and create a new one.</source>
        <translation>Kodu PIN nie można już zresetować kodem PUK. Usuń kartę i utwórz nową.</translation>
    </message>
    <message>
        <source>New PIN not allowed</source>
        <translation>Nowy kod PIN niedozwolony</translation>
    </message>
    <message>
        <source>The new PIN does not meet the card&apos;s rules.</source>
        <translation>Nowy kod PIN nie spełnia reguł karty.</translation>
    </message>
    <message>
        <source>Choose a PIN that meets every rule listed above.</source>
        <translation>Wybierz kod PIN spełniający wszystkie reguły wymienione powyżej.</translation>
    </message>
    <message>
        <source>Choose a PIN that meets every rule shown.</source>
        <translation>Wybierz kod PIN spełniający wszystkie wyświetlone reguły.</translation>
    </message>
    <message>
        <source>New PUK not allowed</source>
        <translation>Nowy kod PUK niedozwolony</translation>
    </message>
    <message>
        <source>The new PUK does not meet the card&apos;s rules.</source>
        <translation>Nowy kod PUK nie spełnia reguł karty.</translation>
    </message>
    <message>
        <source>Choose a PUK of 8 to 127 characters that is not the PIN.</source>
        <translation>Wybierz kod PUK o długości od 8 do 127 znaków, inny niż kod PIN.</translation>
    </message>
    <message>
        <source>This card cannot be reset</source>
        <translation>Tej karty nie można zresetować</translation>
    </message>
    <message>
        <source>The card has no PUK and a random admin key that nobody knows, so nothing can reset its PIN.</source>
        <translation>Karta nie ma kodu PUK, a jej losowego klucza administratora nikt nie zna, więc nic nie może zresetować jej kodu PIN.</translation>
    </message>
    <message>
        <source>Remove the card (vscwizard destroy) and create a new one.</source>
        <translation>Usuń kartę (vscwizard destroy) i utwórz nową.</translation>
    </message>
    <message>
        <source>Remove the card and create a new one.</source>
        <translation>Usuń kartę i utwórz nową.</translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>Brak takiej karty</translation>
    </message>
    <message>
        <source>The card was not found. It may have been removed.</source>
        <translation>Nie znaleziono karty. Mogła zostać usunięta.</translation>
    </message>
    <message>
        <source>vscwizard list shows the cards and their instance ids.</source>
        <translation>vscwizard list wyświetla karty i ich identyfikatory wystąpień.</translation>
    </message>
    <message>
        <source>Refresh the list of cards.</source>
        <translation>Odśwież listę kart.</translation>
    </message>
    <message>
        <source>The TPM is locked</source>
        <translation>Moduł TPM jest zablokowany</translation>
    </message>
    <message>
        <source>The TPM refuses every PIN for a while after too many wrong ones, on every card.</source>
        <translation>Po zbyt wielu błędnych kodach PIN moduł TPM przez pewien czas odrzuca każdy kod PIN, na każdej karcie.</translation>
    </message>
    <message>
        <source>Wait until the TPM accepts PINs again, then try once more.</source>
        <translation>Zaczekaj, aż moduł TPM znów zacznie przyjmować kody PIN, i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>Not possible here</source>
        <translation>Niemożliwe w tym miejscu</translation>
    </message>
    <message>
        <source>This card or this computer does not offer this operation.</source>
        <translation>Ta karta lub ten komputer nie oferuje tej operacji.</translation>
    </message>
    <message>
        <source>The card could not be changed</source>
        <translation>Nie można zmienić karty</translation>
    </message>
    <message>
        <source>The operation did not finish; the card is as it was.</source>
        <translation>Operacja nie została ukończona; karta jest w stanie sprzed operacji.</translation>
    </message>
    <message>
        <source>Try again. The details say what the card answered.</source>
        <translation>Spróbuj ponownie. Szczegóły zawierają odpowiedź karty.</translation>
    </message>
    <message>
        <source>Initializing the virtual smart card…</source>
        <translation>Inicjowanie wirtualnej karty inteligentnej…</translation>
    </message>
    <message>
        <source>Creating the card&apos;s protected storage in the TPM…</source>
        <translation>Tworzenie chronionego magazynu karty w module TPM…</translation>
    </message>
    <message>
        <source>Removing the card&apos;s protected storage from the TPM…</source>
        <translation>Usuwanie chronionego magazynu karty z modułu TPM…</translation>
    </message>
    <message>
        <source>Starting the card emulation…</source>
        <translation>Uruchamianie emulacji karty…</translation>
    </message>
    <message>
        <source>Setting up the card emulation…</source>
        <translation>Konfigurowanie emulacji karty…</translation>
    </message>
    <message>
        <source>Removing the card emulation…</source>
        <translation>Usuwanie emulacji karty…</translation>
    </message>
    <message>
        <source>Starting the virtual reader…</source>
        <translation>Uruchamianie czytnika wirtualnego…</translation>
    </message>
    <message>
        <source>Creating the virtual reader…</source>
        <translation>Tworzenie czytnika wirtualnego…</translation>
    </message>
    <message>
        <source>Removing the virtual reader…</source>
        <translation>Usuwanie czytnika wirtualnego…</translation>
    </message>
    <message>
        <source>Waiting for the new card to appear…</source>
        <translation>Oczekiwanie na pojawienie się nowej karty…</translation>
    </message>
    <message>
        <source>Signing in to the new card…</source>
        <extracomment>A stage: logging in to the new card (token) with its PIN.</extracomment>
        <translation>Logowanie do nowej karty…</translation>
    </message>
    <message>
        <source>Generating the card&apos;s contents…</source>
        <translation>Generowanie zawartości karty…</translation>
    </message>
    <message>
        <source>The virtual smart card was created.</source>
        <translation>Utworzono wirtualną kartę inteligentną.</translation>
    </message>
    <message>
        <source>The virtual smart card was removed.</source>
        <translation>Usunięto wirtualną kartę inteligentną.</translation>
    </message>
    <message>
        <source>Unknown step (code %1)</source>
        <translation>Nieznany krok (kod %1)</translation>
    </message>
    <message>
        <source>The operation was cancelled before it finished; nothing was changed.</source>
        <translation>Operacja została anulowana przed ukończeniem; niczego nie zmieniono.</translation>
    </message>
    <message numerus="yes">
        <source>The PIN is wrong for this card. %n try(ies) left before the PIN is blocked.</source>
        <translation>
            <numerusform>Kod PIN jest nieprawidłowy dla tej karty. Pozostała %n próba, zanim kod PIN zostanie zablokowany.</numerusform>
            <numerusform>Kod PIN jest nieprawidłowy dla tej karty. Pozostały %n próby, zanim kod PIN zostanie zablokowany.</numerusform>
            <numerusform>Kod PIN jest nieprawidłowy dla tej karty. Pozostało %n prób, zanim kod PIN zostanie zablokowany.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN is wrong for this card.</source>
        <translation>Kod PIN jest nieprawidłowy dla tej karty.</translation>
    </message>
    <message numerus="yes">
        <source>The PUK is wrong for this card. %n try(ies) left before the PUK is blocked too.</source>
        <translation>
            <numerusform>Kod PUK jest nieprawidłowy dla tej karty. Pozostała %n próba, zanim również kod PUK zostanie zablokowany.</numerusform>
            <numerusform>Kod PUK jest nieprawidłowy dla tej karty. Pozostały %n próby, zanim również kod PUK zostanie zablokowany.</numerusform>
            <numerusform>Kod PUK jest nieprawidłowy dla tej karty. Pozostało %n prób, zanim również kod PUK zostanie zablokowany.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PUK is wrong for this card.</source>
        <translation>Kod PUK jest nieprawidłowy dla tej karty.</translation>
    </message>
    <message>
        <source>The admin key is wrong for this card, so the PIN was not reset.</source>
        <translation>Klucz administratora jest nieprawidłowy dla tej karty, więc kod PIN nie został zresetowany.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Co poszło nie tak</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Co zrobić</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Szczegóły</translation>
    </message>
    <message>
        <source>Shows or hides the technical details of the error.</source>
        <translation>Pokazuje lub ukrywa szczegóły techniczne błędu.</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Szczegóły techniczne</translation>
    </message>
    <message>
        <source>Error: TPMVSCMGR_ERROR_%1 (%2)</source>
        <translation>Błąd: TPMVSCMGR_ERROR_%1 (%2)</translation>
    </message>
    <message>
        <source>Backend detail: none</source>
        <translation>Szczegóły backendu: brak</translation>
    </message>
    <message>
        <source>Backend detail: %1</source>
        <translation>Szczegóły backendu: %1</translation>
    </message>
    <message>
        <source>Card error %1</source>
        <translation>Błąd karty %1</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Options</source>
        <translation>Opcje</translation>
    </message>
    <message>
        <source>Choose how the card is prepared.</source>
        <translation>Wybierz sposób przygotowania karty.</translation>
    </message>
    <message>
        <source>&amp;Prepare the card for use now (file system and key pair)</source>
        <translation>&amp;Przygotuj kartę do użycia teraz (system plików i para kluczy)</translation>
    </message>
    <message>
        <source>Creates the card&apos;s file system and a key pair right away, so the card can be used at once.</source>
        <translation>Od razu tworzy system plików karty i parę kluczy, dzięki czemu karty można używać natychmiast.</translation>
    </message>
    <message>
        <source>Without this, the card is created empty and an application must prepare it before first use.</source>
        <translation>Bez tej opcji karta jest tworzona pusta i aplikacja musi ją przygotować przed pierwszym użyciem.</translation>
    </message>
    <message>
        <source>&amp;Key algorithm:</source>
        <translation>&amp;Algorytm klucza:</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>Algorytm klucza</translation>
    </message>
    <message>
        <source>The kind of key pair created on the card.</source>
        <translation>Rodzaj pary kluczy tworzonej na karcie.</translation>
    </message>
    <message>
        <source>A&amp;ttestation:</source>
        <translation>Za&amp;świadczanie:</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Zaświadczanie</translation>
    </message>
    <message>
        <source>Whether the card can prove to a server that its keys are protected by this computer&apos;s TPM.</source>
        <translation>Czy karta może udowodnić serwerowi, że jej klucze są chronione przez moduł TPM tego komputera.</translation>
    </message>
    <message>
        <source>&amp;Prepare the card for use now (a key pair)</source>
        <translation>&amp;Przygotuj kartę do użycia teraz (para kluczy)</translation>
    </message>
    <message>
        <source>Creates a key pair on the card right away, so the card can be used at once.</source>
        <translation>Od razu tworzy parę kluczy na karcie, dzięki czemu karty można używać natychmiast.</translation>
    </message>
    <message>
        <source>Elliptic curve P-256 (recommended)</source>
        <translation>Krzywa eliptyczna P-256 (zalecane)</translation>
    </message>
    <message>
        <source>RSA 2048 bits</source>
        <translation>RSA 2048 bitów</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Attestation identity key only</source>
        <translation>Tylko klucz tożsamości zaświadczania</translation>
    </message>
    <message>
        <source>Attestation identity key and certificate (needs network access)</source>
        <translation>Klucz tożsamości zaświadczania i certyfikat (wymaga dostępu do sieci)</translation>
    </message>
</context>
<context>
    <name>OrganizationPolicy</name>
    <message>
        <source>The policy file %1 cannot be read: %2</source>
        <translation>Nie można odczytać pliku zasad %1: %2</translation>
    </message>
    <message>
        <source>The policy file %1 does not exist.</source>
        <translation>Plik zasad %1 nie istnieje.</translation>
    </message>
    <message>
        <source>The policy file %1 is not a regular file.</source>
        <translation>Plik zasad %1 nie jest zwykłym plikiem.</translation>
    </message>
    <message>
        <source>this line is not valid UTF-8; save the file as UTF-8.</source>
        <translation>ten wiersz nie jest prawidłowym tekstem UTF-8; zapisz plik w kodowaniu UTF-8.</translation>
    </message>
    <message>
        <source>this line contains a control character.</source>
        <translation>ten wiersz zawiera znak sterujący.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a [Section], a Key=Value line nor a comment.</source>
        <translation>„%1” nie jest ani [Sekcją], ani wierszem Klucz=Wartość, ani komentarzem.</translation>
    </message>
    <message>
        <source>the section [%1] appears a second time (first on line %2); each section may appear once.</source>
        <translation>sekcja [%1] występuje po raz drugi (pierwszy raz w wierszu %2); każda sekcja może wystąpić raz.</translation>
    </message>
    <message>
        <source>the line &quot;%1&quot; has no key before the &quot;=&quot;.</source>
        <translation>wiersz „%1” nie ma klucza przed znakiem „=”.</translation>
    </message>
    <message>
        <source>the key %1 (value &quot;%2&quot;) comes before any section; put it under [%3] or [%4].</source>
        <translation>klucz %1 (wartość „%2”) występuje przed jakąkolwiek sekcją; umieść go w sekcji [%3] lub [%4].</translation>
    </message>
    <message>
        <source>the key %1 (value &quot;%2&quot;) is unknown; the keys of [%3] are %4.</source>
        <translation>klucz %1 (wartość „%2”) jest nieznany; klucze sekcji [%3] to %4.</translation>
    </message>
    <message>
        <source>the key %1 is given a second time (first on line %2); each key may be given once.</source>
        <translation>klucz %1 podano po raz drugi (pierwszy raz w wierszu %2); każdy klucz można podać raz.</translation>
    </message>
    <message>
        <source>the PIN policy of this section cannot be used: %1</source>
        <translation>nie można użyć zasad kodu PIN z tej sekcji: %1</translation>
    </message>
    <message numerus="yes">
        <source>The policy file %1 is larger than %n byte(s); a policy file has a few lines.</source>
        <translation>
            <numerusform>Plik zasad %1 jest większy niż %n bajt; plik zasad ma kilka wierszy.</numerusform>
            <numerusform>Plik zasad %1 jest większy niż %n bajty; plik zasad ma kilka wierszy.</numerusform>
            <numerusform>Plik zasad %1 jest większy niż %n bajtów; plik zasad ma kilka wierszy.</numerusform>
        </translation>
    </message>
    <message>
        <source>the section [%1] is unknown; the sections are [%2] and [%3].</source>
        <extracomment>After &quot;file:line: &quot;. [%2] and [%3] are the section names of the file, kept in English.</extracomment>
        <translation>sekcja [%1] jest nieznana; sekcje to [%2] i [%3].</translation>
    </message>
    <message>
        <source>the section [%1] is unknown, and with it the key %2 (value &quot;%3&quot;) on line %4; the sections are [%5] and [%6].</source>
        <extracomment>After &quot;file:line: &quot;. [%5] and [%6] are the section names of the file, kept in English.</extracomment>
        <translation>sekcja [%1] jest nieznana, a wraz z nią klucz %2 (wartość „%3”) w wierszu %4; sekcje to [%5] i [%6].</translation>
    </message>
    <message>
        <source>the key %1 has no value; it must be a whole number from %2 to %3.</source>
        <extracomment>After &quot;file:line: &quot;. %1: a key of the policy file.</extracomment>
        <translation>klucz %1 nie ma wartości; musi to być liczba całkowita od %2 do %3.</translation>
    </message>
    <message>
        <source>the key %1 has the value &quot;%2&quot;; it must be a whole number from %3 to %4.</source>
        <extracomment>After &quot;file:line: &quot;. %1: a key of the policy file; %2: its value.</extracomment>
        <translation>klucz %1 ma wartość „%2”; musi to być liczba całkowita od %3 do %4.</translation>
    </message>
    <message>
        <source>the key %1 has no value; it must be allow, require or disallow.</source>
        <extracomment>After &quot;file:line: &quot;. allow, require and disallow are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>klucz %1 nie ma wartości; musi to być allow, require lub disallow.</translation>
    </message>
    <message>
        <source>the key %1 has the value &quot;%2&quot;; it must be allow, require or disallow.</source>
        <extracomment>After &quot;file:line: &quot;. allow, require and disallow are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>klucz %1 ma wartość „%2”; musi to być allow, require lub disallow.</translation>
    </message>
    <message>
        <source>the key %1 has no value; it must be true or false.</source>
        <extracomment>After &quot;file:line: &quot;. true and false are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>klucz %1 nie ma wartości; musi to być true lub false.</translation>
    </message>
    <message>
        <source>the key %1 has the value &quot;%2&quot;; it must be true or false.</source>
        <extracomment>After &quot;file:line: &quot;. true and false are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>klucz %1 ma wartość „%2”; musi to być true lub false.</translation>
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
        <translation>Uruchom „vscwizard --help”, aby zobaczyć polecenia i ich opcje.</translation>
    </message>
    <message>
        <source>vscwizard: standard input cannot be read.</source>
        <translation>vscwizard: nie można odczytać standardowego wejścia.</translation>
    </message>
    <message>
        <source>  - %1</source>
        <translation>  - %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Błąd: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Szczegóły: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Ostrzeżenie: %1</translation>
    </message>
    <message>
        <source>Cannot continue: %1</source>
        <translation>Nie można kontynuować: %1</translation>
    </message>
    <message>
        <source>No virtual smart cards.</source>
        <translation>Brak wirtualnych kart inteligentnych.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Instance id</source>
        <translation>Identyfikator wystąpienia</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klucze</translation>
    </message>
    <message>
        <source>PIN state</source>
        <translation>Stan kodu PIN</translation>
    </message>
    <message>
        <source>TPM: %1</source>
        <translation>TPM: %1</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Odzyskiwanie</translation>
    </message>
    <message numerus="yes">
        <source>A line of standard input is longer than %n byte(s); no secret is that long.</source>
        <translation>
            <numerusform>Wiersz standardowego wejścia jest dłuższy niż %n bajt; żaden sekret nie jest tak długi.</numerusform>
            <numerusform>Wiersz standardowego wejścia jest dłuższy niż %n bajty; żaden sekret nie jest tak długi.</numerusform>
            <numerusform>Wiersz standardowego wejścia jest dłuższy niż %n bajtów; żaden sekret nie jest tak długi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinEntry</name>
    <message>
        <source>&amp;PIN:</source>
        <translation>Kod &amp;PIN:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>The new PIN of the card. The rules it must meet are listed below.</source>
        <translation>Nowy kod PIN karty. Reguły, które musi spełniać, są wymienione poniżej.</translation>
    </message>
    <message>
        <source>Con&amp;firm PIN:</source>
        <translation>P&amp;otwierdź kod PIN:</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>Potwierdź kod PIN</translation>
    </message>
    <message>
        <source>Type the same PIN again.</source>
        <translation>Wpisz ten sam kod PIN ponownie.</translation>
    </message>
    <message>
        <source>&amp;Show PIN</source>
        <translation>Pokaż &amp;kod PIN</translation>
    </message>
    <message>
        <source>Shows the PIN as plain text instead of dots. Make sure nobody is watching.</source>
        <translation>Pokazuje kod PIN jako zwykły tekst zamiast kropek. Upewnij się, że nikt nie patrzy.</translation>
    </message>
    <message>
        <source>PIN check</source>
        <translation>Sprawdzenie kodu PIN</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <source>The PIN must meet these &amp;rules:</source>
        <translation>Kod PIN musi spełniać te &amp;reguły:</translation>
    </message>
    <message>
        <source>PIN rules</source>
        <translation>Reguły kodu PIN</translation>
    </message>
    <message>
        <source>Each rule is marked as met or not met while you type.</source>
        <translation>Podczas wpisywania każda reguła jest oznaczana jako spełniona lub niespełniona.</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>&amp;Nowy kod PIN:</translation>
    </message>
    <message>
        <source>&amp;New PUK:</source>
        <translation>&amp;Nowy kod PUK:</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nowy kod PIN</translation>
    </message>
    <message>
        <source>New PUK</source>
        <translation>Nowy kod PUK</translation>
    </message>
    <message>
        <source>The card&apos;s new PIN. The rules it must meet are listed below.</source>
        <translation>Nowy kod PIN karty. Reguły, które musi spełniać, są wymienione poniżej.</translation>
    </message>
    <message>
        <source>The card&apos;s new PUK: 8 to 127 characters, not the PIN.</source>
        <translation>Nowy kod PUK karty: od 8 do 127 znaków, inny niż kod PIN.</translation>
    </message>
    <message>
        <source>Con&amp;firm new PIN:</source>
        <translation>P&amp;otwierdź nowy kod PIN:</translation>
    </message>
    <message>
        <source>Con&amp;firm new PUK:</source>
        <translation>P&amp;otwierdź nowy kod PUK:</translation>
    </message>
    <message>
        <source>Confirm new PIN</source>
        <translation>Potwierdź nowy kod PIN</translation>
    </message>
    <message>
        <source>Confirm new PUK</source>
        <translation>Potwierdź nowy kod PUK</translation>
    </message>
    <message>
        <source>Type the same PUK again.</source>
        <translation>Wpisz ten sam kod PUK ponownie.</translation>
    </message>
    <message>
        <source>&amp;Show PUK</source>
        <translation>Pokaż &amp;kod PUK</translation>
    </message>
    <message>
        <source>Broken</source>
        <extracomment>The state of a PIN rule, read out by screen readers: the PIN breaks this rule.</extracomment>
        <translation>Naruszona</translation>
    </message>
    <message>
        <source>Met</source>
        <extracomment>The state of a PIN rule, read out by screen readers: &quot;Met&quot; = the PIN keeps the rule; &quot;Not met yet&quot; = it does not keep it yet.</extracomment>
        <translation>Spełniona</translation>
    </message>
    <message>
        <source>Not met yet</source>
        <translation>Jeszcze niespełniona</translation>
    </message>
    <message>
        <source>The PIN contains a character the rules do not allow (“%1”). Remove it.</source>
        <translation>Kod PIN zawiera znak niedozwolony przez reguły („%1”). Usuń go.</translation>
    </message>
    <message>
        <source>The PIN is too long (“%1”). Shorten it.</source>
        <translation>Kod PIN jest za długi („%1”). Skróć go.</translation>
    </message>
    <message>
        <source>The two PINs do not match.</source>
        <translation>Kody PIN nie są zgodne.</translation>
    </message>
    <message>
        <source>The two PUKs do not match.</source>
        <translation>Kody PUK nie są zgodne.</translation>
    </message>
    <message>
        <source>The PUKs match.</source>
        <translation>Kody PUK są zgodne.</translation>
    </message>
    <message>
        <source>Type the PIN again in the second field to confirm it.</source>
        <translation>Wpisz kod PIN ponownie w drugim polu, aby go potwierdzić.</translation>
    </message>
    <message>
        <source>Type the PUK again in the second field to confirm it.</source>
        <translation>Wpisz kod PUK ponownie w drugim polu, aby go potwierdzić.</translation>
    </message>
    <message>
        <source>The PINs match.</source>
        <translation>Kody PIN są zgodne.</translation>
    </message>
    <message>
        <source>The PINs match, but not every rule below is met yet.</source>
        <translation>Kody PIN są zgodne, ale jeszcze nie wszystkie poniższe reguły są spełnione.</translation>
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
        <translation>Kod PIN odblokowuje kartę przy każdym użyciu. Wybierz kod, który łatwo zapamiętać; nikt inny nie powinien go znać.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>Kod &amp;PIN:</translation>
    </message>
    <message>
        <source>The new PIN of the card. The rules it must meet are listed below.</source>
        <translation>Nowy kod PIN karty. Reguły, które musi spełniać, są wymienione poniżej.</translation>
    </message>
    <message>
        <source>Con&amp;firm PIN:</source>
        <translation>P&amp;otwierdź kod PIN:</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>Potwierdź kod PIN</translation>
    </message>
    <message>
        <source>The PIN you entered before is kept. Type a new one to change it.</source>
        <translation>Wprowadzony wcześniej kod PIN zostaje zachowany. Wpisz nowy, aby go zmienić.</translation>
    </message>
</context>
<context>
    <name>PinPolicy</name>
    <message>
        <source>The minimum PIN length is %1; it must be at least %2.</source>
        <translation>Minimalna długość kodu PIN to %1; musi wynosić co najmniej %2.</translation>
    </message>
    <message>
        <source>The maximum PIN length is %1; it can be at most %2.</source>
        <translation>Maksymalna długość kodu PIN to %1; może wynosić najwyżej %2.</translation>
    </message>
    <message>
        <source>The minimum PIN length (%1) is greater than the maximum (%2).</source>
        <translation>Minimalna długość kodu PIN (%1) jest większa niż maksymalna (%2).</translation>
    </message>
    <message>
        <source>The policy disallows every kind of character, so no PIN can meet it.</source>
        <translation>Zasady zabraniają wszystkich rodzajów znaków, więc żaden kod PIN nie może ich spełnić.</translation>
    </message>
    <message numerus="yes">
        <source>The policy requires %1 kinds of character, but a PIN may have at most %n character(s).</source>
        <translation>
            <numerusform>Zasady wymagają %1 rodzajów znaków, ale kod PIN może mieć najwyżej %n znak.</numerusform>
            <numerusform>Zasady wymagają %1 rodzajów znaków, ale kod PIN może mieć najwyżej %n znaki.</numerusform>
            <numerusform>Zasady wymagają %1 rodzajów znaków, ale kod PIN może mieć najwyżej %n znaków.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n byte(s) (ä or € count as 2 or 3)</source>
        <translation>
            <numerusform>Co najmniej %n bajt (ä lub € liczą się jako 2 lub 3)</numerusform>
            <numerusform>Co najmniej %n bajty (ä lub € liczą się jako 2 lub 3)</numerusform>
            <numerusform>Co najmniej %n bajtów (ä lub € liczą się jako 2 lub 3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>Co najmniej %n znak</numerusform>
            <numerusform>Co najmniej %n znaki</numerusform>
            <numerusform>Co najmniej %n znaków</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n byte(s) (ä or € count as 2 or 3)</source>
        <translation>
            <numerusform>Najwyżej %n bajt (ä lub € liczą się jako 2 lub 3)</numerusform>
            <numerusform>Najwyżej %n bajty (ä lub € liczą się jako 2 lub 3)</numerusform>
            <numerusform>Najwyżej %n bajtów (ä lub € liczą się jako 2 lub 3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n character(s)</source>
        <translation>
            <numerusform>Najwyżej %n znak</numerusform>
            <numerusform>Najwyżej %n znaki</numerusform>
            <numerusform>Najwyżej %n znaków</numerusform>
        </translation>
    </message>
    <message>
        <source>At least one uppercase letter (A-Z)</source>
        <translation>Co najmniej jedna wielka litera (A-Z)</translation>
    </message>
    <message>
        <source>At least one lowercase letter (a-z)</source>
        <translation>Co najmniej jedna mała litera (a-z)</translation>
    </message>
    <message>
        <source>At least one digit (0-9)</source>
        <translation>Co najmniej jedna cyfra (0-9)</translation>
    </message>
    <message>
        <source>At least one special character, such as a space or !#%+-</source>
        <translation>Co najmniej jeden znak specjalny, np. spacja lub !#%+-</translation>
    </message>
    <message>
        <source>At least one character beyond plain ASCII, such as ä or €</source>
        <translation>Co najmniej jeden znak spoza zwykłego ASCII, np. ä lub €</translation>
    </message>
    <message>
        <source>No uppercase letters (A-Z)</source>
        <translation>Bez wielkich liter (A-Z)</translation>
    </message>
    <message>
        <source>No lowercase letters (a-z)</source>
        <translation>Bez małych liter (a-z)</translation>
    </message>
    <message>
        <source>No digits (0-9)</source>
        <translation>Bez cyfr (0-9)</translation>
    </message>
    <message>
        <source>No special characters (spaces, punctuation, symbols)</source>
        <translation>Bez znaków specjalnych (spacji, znaków interpunkcyjnych, symboli)</translation>
    </message>
    <message>
        <source>No characters beyond plain ASCII (such as ä or €) and no control characters</source>
        <translation>Bez znaków spoza zwykłego ASCII (takich jak ä lub €) i bez znaków sterujących</translation>
    </message>
    <message numerus="yes">
        <source>The PIN policy has %n byte(s); it must have exactly %1.</source>
        <translation>
            <numerusform>Zasady kodu PIN mają %n bajt; muszą mieć dokładnie %1.</numerusform>
            <numerusform>Zasady kodu PIN mają %n bajty; muszą mieć dokładnie %1.</numerusform>
            <numerusform>Zasady kodu PIN mają %n bajtów; muszą mieć dokładnie %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN policy&apos;s reserved field is %1; it must be 1.</source>
        <translation>Pole zarezerwowane zasad kodu PIN ma wartość %1; musi mieć wartość 1.</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s minimum length is %1; it must be from %2 to %3.</source>
        <translation>Minimalna długość w zasadach kodu PIN to %1; musi wynosić od %2 do %3.</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s maximum length is %1; it must be from %2 to %3.</source>
        <translation>Maksymalna długość w zasadach kodu PIN to %1; musi wynosić od %2 do %3.</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s minimum length (%1) is greater than its maximum length (%2).</source>
        <translation>Minimalna długość w zasadach kodu PIN (%1) jest większa niż maksymalna (%2).</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s rule for %1 is %2; only 0 (allow), 1 (require) and 2 (disallow) exist.</source>
        <extracomment>%1 is the rule&apos;s name as Windows stores it (uppercase, lowercase, digits, special), %2 a number.</extracomment>
        <translation>Reguła zasad kodu PIN dla kategorii %1 ma wartość %2; istnieją tylko 0 (zezwalaj), 1 (wymagaj) i 2 (zabraniaj).</translation>
    </message>
    <message>
        <source>uppercase letters</source>
        <translation>wielkie litery</translation>
    </message>
    <message>
        <source>lowercase letters</source>
        <translation>małe litery</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>cyfry</translation>
    </message>
    <message>
        <source>special characters</source>
        <translation>znaki specjalne</translation>
    </message>
    <message>
        <source>other characters</source>
        <translation>inne znaki</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Creating the Card</source>
        <translation>Tworzenie karty</translation>
    </message>
    <message>
        <source>Please wait while the card is created.</source>
        <translation>Czekaj, trwa tworzenie karty.</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Bieżący krok</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>How far the creation of the card has got.</source>
        <translation>Stopień zaawansowania tworzenia karty.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>&amp;What Went Wrong?</source>
        <translation>&amp;Co poszło nie tak?</translation>
    </message>
    <message>
        <source>Shows the error again: what went wrong, what to do, and the details.</source>
        <translation>Ponownie pokazuje błąd: co poszło nie tak, co zrobić i szczegóły.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Tries to create the same card again.</source>
        <translation>Ponownie próbuje utworzyć tę samą kartę.</translation>
    </message>
    <message>
        <source>C&amp;hange Choices</source>
        <translation>&amp;Zmień wybory</translation>
    </message>
    <message>
        <source>Goes back to the summary, from where you can change the name, the PIN or the other choices.</source>
        <translation>Wraca do podsumowania, gdzie można zmienić nazwę, kod PIN lub inne wybory.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Za&amp;trzymaj</translation>
    </message>
    <message>
        <source>Stops creating the card. Nothing is left behind.</source>
        <translation>Zatrzymuje tworzenie karty. Nic nie zostaje.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Uruchamianie…</translation>
    </message>
    <message>
        <source>Stopping and removing what was created so far…</source>
        <translation>Zatrzymywanie i usuwanie tego, co dotąd utworzono…</translation>
    </message>
    <message>
        <source>The card was created.</source>
        <translation>Utworzono kartę.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <extracomment>The text inside the progress bar after the user stopped the create.
----------
What a screen reader says of the progress bar after the user stopped the create.</extracomment>
        <translation>Zatrzymano</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <extracomment>The stage line under the progress bar after the user stopped the create.</extracomment>
        <translation>Zatrzymano.</translation>
    </message>
    <message>
        <source>No card was created. You can try again, or close the wizard.</source>
        <translation>Nie utworzono żadnej karty. Możesz spróbować ponownie lub zamknąć kreatora.</translation>
    </message>
    <message>
        <source>The card could not be created: %1</source>
        <translation>Nie można utworzyć karty: %1</translation>
    </message>
    <message>
        <source>You can try again, or change your choices.</source>
        <translation>Możesz spróbować ponownie lub zmienić wybory.</translation>
    </message>
    <message>
        <source>Failed at %p%</source>
        <extracomment>Shown in the progress bar when the creation failed; %p% is the bar&apos;s percentage (Qt fills in the number).</extracomment>
        <translation>Niepowodzenie przy %p%</translation>
    </message>
    <message>
        <source>The Card Was Not Created</source>
        <translation>Karta nie została utworzona</translation>
    </message>
    <message>
        <source>The card could not be created.</source>
        <translation>Nie można utworzyć karty.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Niepowodzenie</translation>
    </message>
    <message>
        <source>Creating the Card Was Stopped</source>
        <translation>Zatrzymano tworzenie karty</translation>
    </message>
    <message>
        <source>Nothing of the card was left behind.</source>
        <translation>Nie pozostały żadne elementy karty.</translation>
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
        <translation>Odzyskiwanie</translation>
    </message>
    <message>
        <source>Organization rules</source>
        <translation>Reguły organizacji</translation>
    </message>
    <message>
        <source>The PUK resets the PIN. It is a second secret of 8 to 127 characters.</source>
        <translation>Kod PUK resetuje kod PIN. Jest to drugi sekret o długości od 8 do 127 znaków.</translation>
    </message>
    <message>
        <source>P&amp;UK:</source>
        <translation>Kod P&amp;UK:</translation>
    </message>
    <message>
        <source>PUK</source>
        <translation>PUK</translation>
    </message>
    <message>
        <source>8 to 127 characters. Keep it apart from the PIN.</source>
        <translation>Od 8 do 127 znaków. Przechowuj go oddzielnie od kodu PIN.</translation>
    </message>
    <message>
        <source>C&amp;onfirm PUK:</source>
        <translation>Po&amp;twierdź kod PUK:</translation>
    </message>
    <message>
        <source>Confirm PUK</source>
        <translation>Potwierdź kod PUK</translation>
    </message>
    <message>
        <source>Type the same PUK again.</source>
        <translation>Wpisz ten sam kod PUK ponownie.</translation>
    </message>
    <message>
        <source>S&amp;how PUK</source>
        <translation>Poka&amp;ż kod PUK</translation>
    </message>
    <message>
        <source>Shows the PUK as plain text instead of dots.</source>
        <translation>Pokazuje kod PUK jako zwykły tekst zamiast kropek.</translation>
    </message>
    <message>
        <source>PUK check</source>
        <translation>Sprawdzenie kodu PUK</translation>
    </message>
    <message>
        <source>Admin key beside the PUK</source>
        <extracomment>A title: the admin key the card keeps in addition to the PUK.</extracomment>
        <translation>Klucz administratora obok kodu PUK</translation>
    </message>
    <message>
        <source>Use an &amp;admin key (48 hexadecimal digits)</source>
        <translation>Użyj klucza &amp;administratora (48 cyfr szesnastkowych)</translation>
    </message>
    <message>
        <source>The admin key is a 3DES key that an administrator uses to reset the PIN.</source>
        <translation>Klucz administratora to klucz 3DES, którym administrator resetuje kod PIN.</translation>
    </message>
    <message>
        <source>&amp;Default key</source>
        <translation>D&amp;omyślny klucz</translation>
    </message>
    <message>
        <source>The publicly known default key of virtual smart cards. Anyone who knows it can reset the PIN.</source>
        <translation>Publicznie znany domyślny klucz wirtualnych kart inteligentnych. Każdy, kto go zna, może zresetować kod PIN.</translation>
    </message>
    <message>
        <source>&amp;Random key, never shown</source>
        <translation>&amp;Losowy klucz, nigdy niewyświetlany</translation>
    </message>
    <message>
        <source>Nobody will know the key: the card can then never be reset, only removed.</source>
        <translation>Nikt nie będzie znał klucza: karty nie będzie można nigdy zresetować, tylko usunąć.</translation>
    </message>
    <message>
        <source>&amp;Enter a key</source>
        <translation>Wp&amp;rowadź klucz</translation>
    </message>
    <message>
        <source>Type a key of 48 hexadecimal digits, for example one your administrator gave you.</source>
        <translation>Wpisz klucz złożony z 48 cyfr szesnastkowych, na przykład otrzymany od administratora.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Klucz:</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Klucz administratora</translation>
    </message>
    <message>
        <source>48 hexadecimal digits; spaces or colons between the byte pairs are allowed.</source>
        <translation>48 cyfr szesnastkowych; spacje lub dwukropki między parami bajtów są dozwolone.</translation>
    </message>
    <message>
        <source>48 hex digits</source>
        <translation>48 cyfr szesnastkowych</translation>
    </message>
    <message>
        <source>Sho&amp;w key</source>
        <translation>Pokaż klu&amp;cz</translation>
    </message>
    <message>
        <source>Shows the admin key as plain text instead of dots.</source>
        <translation>Pokazuje klucz administratora jako zwykły tekst zamiast kropek.</translation>
    </message>
    <message>
        <source>Admin key check</source>
        <translation>Sprawdzenie klucza administratora</translation>
    </message>
    <message>
        <source>Your organization requires a PUK.</source>
        <translation>Organizacja wymaga kodu PUK.</translation>
    </message>
    <message>
        <source>Your organization does not allow the default admin key.</source>
        <translation>Organizacja nie zezwala na domyślny klucz administratora.</translation>
    </message>
    <message>
        <source>Your organization does not allow a random admin key.</source>
        <translation>Organizacja nie zezwala na losowy klucz administratora.</translation>
    </message>
    <message>
        <source>Also set the card&apos;s &amp;admin key, as your organization requires</source>
        <translation>Ustaw też klucz &amp;administratora karty, zgodnie z wymaganiami organizacji</translation>
    </message>
    <message>
        <source>Type the PUK again in the second field to confirm it.</source>
        <translation>Wpisz kod PUK ponownie w drugim polu, aby go potwierdzić.</translation>
    </message>
    <message>
        <source>The two PUKs do not match.</source>
        <translation>Kody PUK nie są zgodne.</translation>
    </message>
    <message>
        <source>The PUK you entered before is kept. Type a new one to change it.</source>
        <translation>Wprowadzony wcześniej kod PUK zostaje zachowany. Wpisz nowy, aby go zmienić.</translation>
    </message>
    <message>
        <source>The PUKs match.</source>
        <translation>Kody PUK są zgodne.</translation>
    </message>
    <message>
        <source>The card also gets a random admin key that nobody knows: only the PUK can reset the PIN.</source>
        <translation>Karta otrzymuje też losowy klucz administratora, którego nikt nie zna: tylko kod PUK może zresetować kod PIN.</translation>
    </message>
    <message>
        <source>The card also keeps the publicly known default admin key (check value %1), because your organization does not allow a random one. Anyone who has the card can reset its PIN with that key, without the PUK.</source>
        <translation>Karta zachowuje też publicznie znany domyślny klucz administratora (wartość kontrolna %1), ponieważ organizacja nie zezwala na klucz losowy. Każdy, kto ma kartę, może tym kluczem zresetować jej kod PIN bez kodu PUK.</translation>
    </message>
    <message>
        <source>The default key is publicly known: anyone who has the card can reset its PIN with it. Its check value (KCV) is %1.</source>
        <translation>Klucz domyślny jest publicznie znany: każdy, kto ma kartę, może nim zresetować jej kod PIN. Jego wartość kontrolna (KCV) to %1.</translation>
    </message>
    <message>
        <source>The key you entered before is kept (check value %1). Type a new one to change it.</source>
        <translation>Wprowadzony wcześniej klucz zostaje zachowany (wartość kontrolna %1). Wpisz nowy, aby go zmienić.</translation>
    </message>
    <message>
        <source>Type the key as 48 hexadecimal digits.</source>
        <translation>Wpisz klucz jako 48 cyfr szesnastkowych.</translation>
    </message>
    <message>
        <source>Check value (KCV): %1. Compare it with the one you were given.</source>
        <translation>Wartość kontrolna (KCV): %1. Porównaj ją z otrzymaną wartością.</translation>
    </message>
    <message>
        <source>If the PIN is forgotten or blocked after too many wrong tries, it is reset with a PUK or with the card&apos;s admin key.</source>
        <translation>Jeśli kod PIN zostanie zapomniany lub zablokowany po zbyt wielu błędnych próbach, resetuje się go kodem PUK lub kluczem administratora karty.</translation>
    </message>
    <message>
        <source>Use a &amp;PUK (PIN unblocking key) that you keep in a safe place</source>
        <translation>Użyj kodu &amp;PUK (kodu odblokowującego PIN) przechowywanego w bezpiecznym miejscu</translation>
    </message>
    <message numerus="yes">
        <source>Type a PUK of %1 to %n character(s).</source>
        <translation>
            <numerusform>Wpisz kod PUK o długości od %1 do %n znaku.</numerusform>
            <numerusform>Wpisz kod PUK o długości od %1 do %n znaków.</numerusform>
            <numerusform>Wpisz kod PUK o długości od %1 do %n znaków.</numerusform>
        </translation>
    </message>
    <message>
        <source>With a random key the card can never be reset. If the PIN is forgotten or blocked, the card can only be removed and a new one created.</source>
        <translation>Przy losowym kluczu karty nigdy nie można zresetować. Jeśli kod PIN zostanie zapomniany lub zablokowany, kartę można tylko usunąć i utworzyć nową.</translation>
    </message>
</context>
<context>
    <name>RemoveCardDialog</name>
    <message>
        <source>Working</source>
        <translation>Trwa operacja</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Usuń kartę %1</translation>
    </message>
    <message>
        <source>Removing the card “%1” destroys its keys. Whatever they protect (sign-in, signatures, encrypted mail) can no longer be opened with this card. This cannot be undone.</source>
        <translation>Usunięcie karty „%1” niszczy jej klucze. Tego, co chronią (logowanie, podpisy, zaszyfrowana poczta), nie będzie można już otworzyć tą kartą. Tej operacji nie można cofnąć.</translation>
    </message>
    <message>
        <source>To confirm, type the card&apos;s &amp;name: %1</source>
        <translation>Aby potwierdzić, wpisz &amp;nazwę karty: %1</translation>
    </message>
    <message>
        <source>Card name to confirm</source>
        <translation>Nazwa karty do potwierdzenia</translation>
    </message>
    <message>
        <source>&amp;Remove card</source>
        <translation>&amp;Usuń kartę</translation>
    </message>
    <message>
        <source>Removing the card…</source>
        <translation>Usuwanie karty…</translation>
    </message>
    <message>
        <source>The card “%1” was removed. Restart the computer to finish.</source>
        <translation>Usunięto kartę „%1”. Uruchom ponownie komputer, aby zakończyć.</translation>
    </message>
    <message>
        <source>The card “%1” was removed.</source>
        <translation>Usunięto kartę „%1”.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Zatrzymywanie…</translation>
    </message>
    <message>
        <source>Type “%1” to enable Remove card.</source>
        <translation>Wpisz „%1”, aby włączyć przycisk Usuń kartę.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Card Created</source>
        <translation>Utworzono kartę</translation>
    </message>
    <message>
        <source>Your virtual smart card is ready.</source>
        <translation>Wirtualna karta inteligentna jest gotowa.</translation>
    </message>
    <message>
        <source>&amp;Instance ID:</source>
        <translation>&amp;Identyfikator wystąpienia:</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>Identyfikator wystąpienia</translation>
    </message>
    <message>
        <source>Identifies the card, for example to remove it later.</source>
        <translation>Identyfikuje kartę, na przykład w celu późniejszego usunięcia.</translation>
    </message>
    <message>
        <source>Restart the computer before using the card: applications see it only after a restart.</source>
        <translation>Przed użyciem karty uruchom ponownie komputer: aplikacje widzą ją dopiero po ponownym uruchomieniu.</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>Wymagane ponowne uruchomienie</translation>
    </message>
    <message>
        <source>How to &amp;use the card:</source>
        <translation>Sposób &amp;użycia karty:</translation>
    </message>
    <message>
        <source>How to use the card</source>
        <translation>Sposób użycia karty</translation>
    </message>
    <message>
        <source>Settings for applications such as ssh or a web browser. You can select and copy them.</source>
        <translation>Ustawienia dla aplikacji, takich jak ssh lub przeglądarka internetowa. Można je zaznaczyć i skopiować.</translation>
    </message>
    <message>
        <source>Lines for a terminal</source>
        <translation>Wiersze dla terminala</translation>
    </message>
    <message>
        <source>Shell commands that set up a terminal that is already open and use the card there.</source>
        <translation>Polecenia powłoki, które konfigurują już otwarty terminal i używają w nim karty.</translation>
    </message>
    <message>
        <source>&amp;Manage cards…</source>
        <translation>Za&amp;rządzaj kartami…</translation>
    </message>
    <message>
        <source>Opens the card manager: change, reset or remove the cards you have.</source>
        <translation>Otwiera menedżera kart: zmiana, resetowanie lub usuwanie istniejących kart.</translation>
    </message>
    <message>
        <source>&amp;Copy the lines</source>
        <translation>&amp;Kopiuj wiersze</translation>
    </message>
    <message>
        <source>Puts the lines for a terminal on the clipboard.</source>
        <translation>Umieszcza wiersze dla terminala w schowku.</translation>
    </message>
    <message>
        <source>The virtual smart card “%1” was created.</source>
        <translation>Utworzono wirtualną kartę inteligentną „%1”.</translation>
    </message>
</context>
<context>
    <name>SecretChangeDialog</name>
    <message>
        <source>Reset with</source>
        <translation>Resetowanie za pomocą</translation>
    </message>
    <message>
        <source>The card&apos;s P&amp;UK</source>
        <translation>Kod P&amp;UK karty</translation>
    </message>
    <message>
        <source>The card&apos;s &amp;admin key (48 hexadecimal digits)</source>
        <translation>Klucz &amp;administratora karty (48 cyfr szesnastkowych)</translation>
    </message>
    <message>
        <source>C&amp;urrent PIN:</source>
        <translation>&amp;Bieżący kod PIN:</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trwa operacja</translation>
    </message>
    <message>
        <source>Change PIN of %1</source>
        <translation>Zmień kod PIN karty %1</translation>
    </message>
    <message>
        <source>Type the current PIN of the card “%1”, then the new PIN twice.</source>
        <translation>Wpisz bieżący kod PIN karty „%1”, a następnie dwukrotnie nowy kod PIN.</translation>
    </message>
    <message>
        <source>&amp;Change PIN</source>
        <translation>&amp;Zmień kod PIN</translation>
    </message>
    <message>
        <source>Reset PIN of %1</source>
        <translation>Resetuj kod PIN karty %1</translation>
    </message>
    <message>
        <source>A new PIN for the card “%1”, for when the PIN is forgotten or blocked. Type the secret that was set for this when the card was made, then the new PIN twice.</source>
        <translation>Nowy kod PIN dla karty „%1” na wypadek, gdy kod PIN zostanie zapomniany lub zablokowany. Wpisz sekret ustawiony w tym celu przy tworzeniu karty, a następnie dwukrotnie nowy kod PIN.</translation>
    </message>
    <message>
        <source>&amp;Reset PIN</source>
        <translation>Re&amp;setuj kod PIN</translation>
    </message>
    <message>
        <source>Change PUK of %1</source>
        <translation>Zmień kod PUK karty %1</translation>
    </message>
    <message>
        <source>Type the current PUK of the card “%1”, then the new PUK twice. Keep the new PUK somewhere safe: it resets the PIN.</source>
        <translation>Wpisz bieżący kod PUK karty „%1”, a następnie dwukrotnie nowy kod PUK. Przechowuj nowy kod PUK w bezpiecznym miejscu: służy do resetowania kodu PIN.</translation>
    </message>
    <message>
        <source>&amp;Change PUK</source>
        <translation>Zmień kod P&amp;UK</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Bieżący kod PIN</translation>
    </message>
    <message>
        <source>The PIN the card has now.</source>
        <translation>Kod PIN, który karta ma obecnie.</translation>
    </message>
    <message>
        <source>C&amp;urrent PUK:</source>
        <translation>&amp;Bieżący kod PUK:</translation>
    </message>
    <message>
        <source>Current PUK</source>
        <translation>Bieżący kod PUK</translation>
    </message>
    <message>
        <source>The PUK the card has now.</source>
        <translation>Kod PUK, który karta ma obecnie.</translation>
    </message>
    <message>
        <source>&amp;PUK:</source>
        <translation>Kod &amp;PUK:</translation>
    </message>
    <message>
        <source>PUK</source>
        <translation>PUK</translation>
    </message>
    <message>
        <source>The PUK set when the card was made.</source>
        <translation>Kod PUK ustawiony przy tworzeniu karty.</translation>
    </message>
    <message>
        <source>Ad&amp;min key:</source>
        <translation>Klucz ad&amp;ministratora:</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Klucz administratora</translation>
    </message>
    <message>
        <source>The card&apos;s admin key: 48 hexadecimal digits.</source>
        <translation>Klucz administratora karty: 48 cyfr szesnastkowych.</translation>
    </message>
    <message>
        <source>Changing the PIN…</source>
        <translation>Zmienianie kodu PIN…</translation>
    </message>
    <message>
        <source>Resetting the PIN…</source>
        <translation>Resetowanie kodu PIN…</translation>
    </message>
    <message>
        <source>Changing the PUK…</source>
        <translation>Zmienianie kodu PUK…</translation>
    </message>
    <message>
        <source>The PIN of “%1” was changed.</source>
        <translation>Zmieniono kod PIN karty „%1”.</translation>
    </message>
    <message>
        <source>The PIN of “%1” was reset. Use the new PIN from now on.</source>
        <translation>Zresetowano kod PIN karty „%1”. Od teraz używaj nowego kodu PIN.</translation>
    </message>
    <message>
        <source>The PUK of “%1” was changed.</source>
        <translation>Zmieniono kod PUK karty „%1”.</translation>
    </message>
    <message>
        <source>Reading the TPM&apos;s lockout state…</source>
        <translation>Odczytywanie stanu blokady modułu TPM…</translation>
    </message>
    <message>
        <source>TPM lockout state: %1</source>
        <translation>Stan blokady modułu TPM: %1</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Zatrzymywanie…</translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <source>The two entries differ. Try again.</source>
        <translation>Oba wpisy się różnią. Spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Note: %1</source>
        <translation>Uwaga: %1</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
</context>
<context>
    <name>SimulatorBackend</name>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not a card error name such as CARD:WRONG_PIN or CARD:TPM_LOCKOUT.</source>
        <translation>--sim-fail: „%1” nie jest nazwą błędu karty, taką jak CARD:WRONG_PIN lub CARD:TPM_LOCKOUT.</translation>
    </message>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not one of change-pin, reset-pin, change-puk or status.</source>
        <translation>--sim-fail: „%1” nie jest żadną z wartości change-pin, reset-pin, change-puk ani status.</translation>
    </message>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not a TPMVSCMGR_ERROR name such as CARD_CREATE or GENERATE_FILESYSTEM.</source>
        <translation>--sim-fail: „%1” nie jest nazwą TPMVSCMGR_ERROR, taką jak CARD_CREATE lub GENERATE_FILESYSTEM.</translation>
    </message>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not a TPMVSCMGR_STATUS name such as VREADER_CREATING or GENERATE_RUNNING.</source>
        <translation>--sim-fail: „%1” nie jest nazwą TPMVSCMGR_STATUS, taką jak VREADER_CREATING lub GENERATE_RUNNING.</translation>
    </message>
    <message>
        <source>Simulator — no card is really created</source>
        <translation>Symulator — żadna karta nie jest naprawdę tworzona</translation>
    </message>
    <message numerus="yes">
        <source>%n smart card(s) exist already, the most there can be at once. Remove one first.</source>
        <translation>
            <numerusform>Istnieje już %n karta inteligentna, czyli najwięcej, ile może istnieć jednocześnie. Najpierw usuń jedną.</numerusform>
            <numerusform>Istnieją już %n karty inteligentne, czyli najwięcej, ile może istnieć jednocześnie. Najpierw usuń jedną.</numerusform>
            <numerusform>Istnieje już %n kart inteligentnych, czyli najwięcej, ile może istnieć jednocześnie. Najpierw usuń jedną.</numerusform>
        </translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>Brak takiej karty</translation>
    </message>
    <message>
        <source>No simulated card has the instance id “%1”.</source>
        <translation>Żadna symulowana karta nie ma identyfikatora wystąpienia „%1”.</translation>
    </message>
    <message>
        <source>“vscwizard list” shows the cards and their instance ids; another program may have removed this one already.</source>
        <translation>„vscwizard list” wyświetla karty i ich identyfikatory wystąpień; inny program mógł już usunąć tę kartę.</translation>
    </message>
    <message>
        <source>The simulator&apos;s state folder is busy</source>
        <translation>Folder stanu symulatora jest zajęty</translation>
    </message>
    <message numerus="yes">
        <source>Another process kept the simulator&apos;s state folder %1 locked for %n second(s).</source>
        <translation>
            <numerusform>Inny proces blokował folder stanu symulatora %1 przez %n sekundę.</numerusform>
            <numerusform>Inny proces blokował folder stanu symulatora %1 przez %n sekundy.</numerusform>
            <numerusform>Inny proces blokował folder stanu symulatora %1 przez %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until the other vscwizard has finished, then try again. Nothing was changed.</source>
        <translation>Zaczekaj, aż drugi proces vscwizard zakończy pracę, i spróbuj ponownie. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>The simulator cannot keep cards</source>
        <translation>Symulator nie może przechowywać kart</translation>
    </message>
    <message>
        <source>The simulator cannot write its cards to the state folder %1.</source>
        <translation>Symulator nie może zapisać swoich kart w folderze stanu %1.</translation>
    </message>
    <message>
        <source>Give --sim-state a folder you may write to, on a disk with free space.</source>
        <translation>Podaj w --sim-state folder z prawem zapisu na dysku z wolnym miejscem.</translation>
    </message>
    <message>
        <source>This card&apos;s secrets cannot be checked</source>
        <translation>Nie można sprawdzić sekretów tej karty</translation>
    </message>
    <message>
        <source>The simulated card %1 was made before the simulator kept what its PIN, PUK and admin key are checked against, so they can be neither changed nor reset.</source>
        <translation>Symulowana karta %1 została utworzona, zanim symulator zaczął przechowywać dane do sprawdzania jej kodu PIN, kodu PUK i klucza administratora, więc nie można ich ani zmienić, ani zresetować.</translation>
    </message>
    <message>
        <source>Remove the card and create it again.</source>
        <translation>Usuń kartę i utwórz ją ponownie.</translation>
    </message>
    <message>
        <source>This card has no PUK</source>
        <translation>Ta karta nie ma kodu PUK</translation>
    </message>
    <message>
        <source>The card %1 was made without a PUK.</source>
        <translation>Karta %1 została utworzona bez kodu PUK.</translation>
    </message>
    <message>
        <source>Reset its PIN with the admin key instead.</source>
        <translation>Zamiast tego zresetuj jej kod PIN kluczem administratora.</translation>
    </message>
    <message>
        <source>Nobody knows this card&apos;s admin key</source>
        <translation>Nikt nie zna klucza administratora tej karty</translation>
    </message>
    <message>
        <source>The admin key of the card %1 is random and was kept nowhere.</source>
        <translation>Klucz administratora karty %1 jest losowy i nigdzie nie został zapisany.</translation>
    </message>
    <message>
        <source>Reset its PIN with the PUK instead.</source>
        <translation>Zamiast tego zresetuj jej kod PIN kodem PUK.</translation>
    </message>
    <message>
        <source>A card named &quot;%1&quot; exists already (%2).</source>
        <translation>Karta o nazwie „%1” już istnieje (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n smart card(s) exist already, the most there can be at once.</source>
        <translation>
            <numerusform>Istnieje już %n karta inteligentna, czyli najwięcej, ile może istnieć jednocześnie.</numerusform>
            <numerusform>Istnieją już %n karty inteligentne, czyli najwięcej, ile może istnieć jednocześnie.</numerusform>
            <numerusform>Istnieje już %n kart inteligentnych, czyli najwięcej, ile może istnieć jednocześnie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulated failure at %1</source>
        <extracomment>The simulator (a test tool) fails on purpose; %1 is the name of a status such as TPMVSCMGR_STATUS_CARD_CREATED.</extracomment>
        <translation>Symulowane niepowodzenie przy %1</translation>
    </message>
    <message>
        <source>The state folder %1 is locked by another process.</source>
        <translation>Folder stanu %1 jest zablokowany przez inny proces.</translation>
    </message>
    <message>
        <source>This card exists only as a file in %1; no application can use it.</source>
        <translation>Ta karta istnieje tylko jako plik w %1; żadna aplikacja nie może jej używać.</translation>
    </message>
    <message>
        <source>No simulated card has the instance id %1.</source>
        <translation>Żadna symulowana karta nie ma identyfikatora wystąpienia %1.</translation>
    </message>
    <message>
        <source>Simulated failure of status</source>
        <extracomment>The simulator (a test tool) fails on purpose; &quot;status&quot; is the command of that name.</extracomment>
        <translation>Symulowane niepowodzenie polecenia status</translation>
    </message>
    <message>
        <source>The simulated card checks the secret…</source>
        <translation>Symulowana karta sprawdza sekret…</translation>
    </message>
    <message>
        <source>Simulated failure of %1</source>
        <translation>Symulowane niepowodzenie operacji %1</translation>
    </message>
</context>
<context>
    <name>SimulatorStore</name>
    <message>
        <source>The folder %1 cannot be written.</source>
        <translation>Nie można zapisywać w folderze %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Nie można utworzyć folderu %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>Nie można usunąć %1: %2</translation>
    </message>
</context>
<context>
    <name>SoftwareTpm</name>
    <message>
        <source>The software TPM is already running.</source>
        <translation>Programowy moduł TPM jest już uruchomiony.</translation>
    </message>
    <message>
        <source>The program swtpm was not found. Install the package swtpm.</source>
        <translation>Nie znaleziono programu swtpm. Zainstaluj pakiet swtpm.</translation>
    </message>
    <message>
        <source>The TPM resource manager tpm2-abrmd was not found. Install the packages tpm2-abrmd and libtss2-tcti-tabrmd0.</source>
        <translation>Nie znaleziono menedżera zasobów TPM tpm2-abrmd. Zainstaluj pakiety tpm2-abrmd i libtss2-tcti-tabrmd0.</translation>
    </message>
    <message>
        <source>The software TPM is running (%1).</source>
        <translation>Programowy moduł TPM jest uruchomiony (%1).</translation>
    </message>
    <message>
        <source>The software TPM could not be started.</source>
        <translation>Nie można uruchomić programowego modułu TPM.</translation>
    </message>
    <message>
        <source>%1 failed to start.</source>
        <translation>Nie udało się uruchomić %1.</translation>
    </message>
    <message>
        <source>This session has no D-Bus session bus, and the program dbus-daemon was not found. Install the package dbus-daemon.</source>
        <translation>Ta sesja nie ma magistrali sesji D-Bus, a nie znaleziono programu dbus-daemon. Zainstaluj pakiet dbus-daemon.</translation>
    </message>
    <message>
        <source>The TPM resource manager did not come up on the D-Bus session bus as %1.</source>
        <translation>Menedżer zasobów TPM nie pojawił się na magistrali sesji D-Bus jako %1.</translation>
    </message>
    <message>
        <source>The software TPM does not answer through its resource manager: %1</source>
        <translation>Programowy moduł TPM nie odpowiada przez swój menedżer zasobów: %1</translation>
    </message>
    <message>
        <source>The software TPM is not running.</source>
        <translation>Programowy moduł TPM nie jest uruchomiony.</translation>
    </message>
    <message>
        <source>The software TPM was shut down.</source>
        <translation>Programowy moduł TPM został zamknięty.</translation>
    </message>
    <message>
        <source>The software TPM could not be shut down cleanly.</source>
        <translation>Nie można poprawnie zamknąć programowego modułu TPM.</translation>
    </message>
    <message>
        <source>The user service %1 did not stop.</source>
        <translation>Usługa użytkownika %1 nie zatrzymała się.</translation>
    </message>
    <message>
        <source>The software TPM is running as the user service %1; its socket is %2. Keys are not protected by hardware.</source>
        <translation>Programowy moduł TPM działa jako usługa użytkownika %1; jego gniazdo to %2. Klucze nie są chronione sprzętowo.</translation>
    </message>
    <message>
        <source>The software TPM is running as a background process; its socket is %1. Keys are not protected by hardware.</source>
        <translation>Programowy moduł TPM działa jako proces w tle; jego gniazdo to %1. Klucze nie są chronione sprzętowo.</translation>
    </message>
    <message>
        <source>The software TPM is stopped; its state is kept in %1.</source>
        <translation>Programowy moduł TPM jest zatrzymany; jego stan jest przechowywany w %1.</translation>
    </message>
    <message>
        <source>The software TPM has not been set up yet; it starts when a card needs it.</source>
        <translation>Programowy moduł TPM nie został jeszcze skonfigurowany; uruchomi się, gdy będzie potrzebny karcie.</translation>
    </message>
    <message>
        <source>Its resource manager tpm2-abrmd is running as %1 on the D-Bus session bus.</source>
        <translation>Jego menedżer zasobów tpm2-abrmd działa jako %1 na magistrali sesji D-Bus.</translation>
    </message>
    <message>
        <source>Its resource manager tpm2-abrmd is not running; it starts when a card needs it.</source>
        <translation>Jego menedżer zasobów tpm2-abrmd nie jest uruchomiony; uruchomi się, gdy będzie potrzebny karcie.</translation>
    </message>
    <message>
        <source>This session has no D-Bus session bus; the software TPM brings its own at %1.</source>
        <translation>Ta sesja nie ma magistrali sesji D-Bus; programowy moduł TPM uruchamia własną pod adresem %1.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use start, stop or status.</source>
        <translation>Nieznana akcja „%1”: użyj start, stop lub status.</translation>
    </message>
    <message numerus="yes">
        <source>swtpm did not open %1 within %n second(s).</source>
        <translation>
            <numerusform>swtpm nie otworzył %1 w ciągu %n sekundy.</numerusform>
            <numerusform>swtpm nie otworzył %1 w ciągu %n sekund.</numerusform>
            <numerusform>swtpm nie otworzył %1 w ciągu %n sekund.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Check what will be created. Use Back to change anything.</source>
        <translation>Sprawdź, co zostanie utworzone. Aby coś zmienić, użyj przycisku Wstecz.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>Card name</source>
        <translation>Nazwa karty</translation>
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
        <translation>Odzyskiwanie:</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Odzyskiwanie</translation>
    </message>
    <message>
        <source>Admin key:</source>
        <translation>Klucz administratora:</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Klucz administratora</translation>
    </message>
    <message>
        <source>Prepared now:</source>
        <extracomment>Followed by what is made on the card right away (its file system, a key pair).</extracomment>
        <translation>Przygotowana teraz:</translation>
    </message>
    <message>
        <source>Prepared now</source>
        <extracomment>Followed by what is made on the card right away (its file system, a key pair).</extracomment>
        <translation>Przygotowana teraz</translation>
    </message>
    <message>
        <source>Key algorithm:</source>
        <translation>Algorytm klucza:</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>Algorytm klucza</translation>
    </message>
    <message>
        <source>Attestation:</source>
        <translation>Zaświadczanie:</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Zaświadczanie</translation>
    </message>
    <message>
        <source>Created by:</source>
        <extracomment>Followed by what makes and keeps the card: the computer&apos;s TPM, a software TPM or a simulator.</extracomment>
        <translation>Utworzona przez:</translation>
    </message>
    <message>
        <source>Created by</source>
        <extracomment>Followed by what makes and keeps the card: the computer&apos;s TPM, a software TPM or a simulator.</extracomment>
        <translation>Utworzona przez</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <source>Press Create to create the card. This can take a minute; the secrets you typed are not shown here.</source>
        <translation>Naciśnij przycisk Utwórz, aby utworzyć kartę. Może to potrwać minutę; wpisane sekrety nie są tu wyświetlane.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Utwórz</translation>
    </message>
    <message>
        <source>The PIN can be reset with the PUK you chose</source>
        <translation>Kod PIN można zresetować wybranym kodem PUK</translation>
    </message>
    <message>
        <source>None (the PUK takes its place)</source>
        <translation>Brak (zastępuje go kod PUK)</translation>
    </message>
    <message>
        <source>The PIN can be reset only with the PUK you chose</source>
        <translation>Kod PIN można zresetować tylko wybranym kodem PUK</translation>
    </message>
    <message>
        <source>A random key that nobody knows</source>
        <translation>Losowy klucz, którego nikt nie zna</translation>
    </message>
    <message>
        <source>The PIN can be reset with the PUK you chose or with the admin key you entered</source>
        <translation>Kod PIN można zresetować wybranym kodem PUK lub wprowadzonym kluczem administratora</translation>
    </message>
    <message>
        <source>The PIN can be reset with the admin key you entered</source>
        <translation>Kod PIN można zresetować wprowadzonym kluczem administratora</translation>
    </message>
    <message>
        <source>The key you entered (check value %1)</source>
        <translation>Wprowadzony klucz (wartość kontrolna %1)</translation>
    </message>
    <message>
        <source>The PIN can be reset with the PUK you chose or with the publicly known default admin key</source>
        <translation>Kod PIN można zresetować wybranym kodem PUK lub publicznie znanym domyślnym kluczem administratora</translation>
    </message>
    <message>
        <source>The PIN can be reset with the publicly known default admin key</source>
        <translation>Kod PIN można zresetować publicznie znanym domyślnym kluczem administratora</translation>
    </message>
    <message>
        <source>The publicly known default key (check value %1)</source>
        <translation>Publicznie znany klucz domyślny (wartość kontrolna %1)</translation>
    </message>
    <message>
        <source>Anyone who has this card can reset its PIN with the publicly known default admin key.</source>
        <translation>Każdy, kto ma tę kartę, może zresetować jej kod PIN publicznie znanym domyślnym kluczem administratora.</translation>
    </message>
    <message>
        <source>Set; it meets your organization&apos;s rules</source>
        <extracomment>The PIN has been set (a value beside &quot;PIN:&quot; in the summary).</extracomment>
        <translation>Ustawiony; spełnia reguły organizacji</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Ustawiony</translation>
    </message>
    <message>
        <source>No, the card stays empty</source>
        <translation>Nie, karta pozostaje pusta</translation>
    </message>
    <message>
        <source>Yes, a file system and a key pair</source>
        <translation>Tak, system plików i para kluczy</translation>
    </message>
    <message>
        <source>Yes, a key pair</source>
        <translation>Tak, para kluczy</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>RSA 2048 bits</source>
        <translation>RSA 2048 bitów</translation>
    </message>
    <message>
        <source>Elliptic curve P-256</source>
        <translation>Krzywa eliptyczna P-256</translation>
    </message>
    <message>
        <source>Attestation identity key only</source>
        <translation>Tylko klucz tożsamości zaświadczania</translation>
    </message>
    <message>
        <source>Attestation identity key and certificate</source>
        <translation>Klucz tożsamości zaświadczania i certyfikat</translation>
    </message>
    <message>
        <source>The simulator, which creates no real card</source>
        <translation>Symulator, który nie tworzy prawdziwej karty</translation>
    </message>
    <message>
        <source>The TPM of this computer</source>
        <translation>Moduł TPM tego komputera</translation>
    </message>
    <message>
        <source>A software TPM on this computer, whose keys are not protected by hardware</source>
        <translation>Programowy moduł TPM na tym komputerze, którego klucze nie są chronione sprzętowo</translation>
    </message>
    <message>
        <source>The PIN can never be reset. If it is forgotten or blocked, the card can only be removed and a new one created.</source>
        <translation>Kodu PIN nigdy nie można zresetować. Jeśli zostanie zapomniany lub zablokowany, kartę można tylko usunąć i utworzyć nową.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager of Windows</source>
        <translation>Menedżer wirtualnych kart inteligentnych TPM systemu Windows</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>The token store %1 cannot be reached.</source>
        <translation>Magazyn tokenów %1 jest nieosiągalny.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder of your own, or check the permissions of the folders on the way to it.</source>
        <translation>Podaj w --store (lub TPM2_PKCS11_STORE) własny folder albo sprawdź uprawnienia folderów na ścieżce do niego.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder of your own, or the name of a new folder in one that exists, which the program makes for you.</source>
        <translation>Podaj w --store (lub TPM2_PKCS11_STORE) własny folder albo nazwę nowego folderu w istniejącym folderze; program utworzy go automatycznie.</translation>
    </message>
    <message>
        <source>The token store %1 is a file, not a folder.</source>
        <translation>Magazyn tokenów %1 jest plikiem, a nie folderem.</translation>
    </message>
    <message>
        <source>The token store %1 belongs to another user (%2), not to you (%3).</source>
        <translation>Magazyn tokenów %1 należy do innego użytkownika (%2), a nie do bieżącego użytkownika (%3).</translation>
    </message>
    <message>
        <source>The token store %1 is a folder anyone may write to (mode %2), so another user could put a database of their own in it.</source>
        <translation>Magazyn tokenów %1 to folder, w którym każdy może zapisywać (tryb %2), więc inny użytkownik mógłby umieścić w nim własną bazę danych.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder only you may write to, or the name of a new folder, which the program makes private. It does not change the mode of a folder it did not make.</source>
        <translation>Podaj w --store (lub TPM2_PKCS11_STORE) folder, w którym tylko bieżący użytkownik może zapisywać, albo nazwę nowego folderu, który program utworzy jako prywatny. Program nie zmienia trybu folderu, którego sam nie utworzył.</translation>
    </message>
    <message>
        <source>The token store %1 cannot be read.</source>
        <translation>Nie można odczytać magazynu tokenów %1.</translation>
    </message>
    <message>
        <source>Allow yourself to read it (chmod u+rx), or give --store (or TPM2_PKCS11_STORE) another folder.</source>
        <translation>Nadaj sobie prawo odczytu (chmod u+rx) lub podaj w --store (lub TPM2_PKCS11_STORE) inny folder.</translation>
    </message>
    <message>
        <source>The folder %1 holds files that are not a token store&apos;s (%2), so it is not used as one.</source>
        <translation>Folder %1 zawiera pliki, które nie należą do magazynu tokenów (%2), więc nie jest używany jako magazyn.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) an empty folder, the name of a new one, or an existing token store (a folder with tpm2_pkcs11.sqlite3 and nothing unrelated).</source>
        <translation>Podaj w --store (lub TPM2_PKCS11_STORE) pusty folder, nazwę nowego folderu lub istniejący magazyn tokenów (folder z plikiem tpm2_pkcs11.sqlite3 i niczym niezwiązanym).</translation>
    </message>
    <message>
        <source>The token store %1 is not writable, so no card can be made in it or removed from it.</source>
        <translation>Magazyn tokenów %1 nie jest zapisywalny, więc nie można w nim tworzyć kart ani ich z niego usuwać.</translation>
    </message>
    <message>
        <source>Make it writable for yourself, or give --store (or TPM2_PKCS11_STORE) another folder. Listing its cards needs no write.</source>
        <translation>Nadaj sobie prawo zapisu lub podaj w --store (lub TPM2_PKCS11_STORE) inny folder. Wyświetlanie listy kart nie wymaga prawa zapisu.</translation>
    </message>
    <message>
        <source>The token store&apos;s database %1 is damaged or is not a token store&apos;s database, so its cards cannot be read. Nothing was written to it.</source>
        <translation>Baza danych magazynu tokenów %1 jest uszkodzona lub nie jest bazą danych magazynu tokenów, więc nie można odczytać jej kart. Niczego w niej nie zapisano.</translation>
    </message>
    <message>
        <source>Put back a copy of %1 from a backup, or give --store (or TPM2_PKCS11_STORE) another folder for new cards. Keep the damaged file: a recovery tool may still read keys from it.</source>
        <translation>Przywróć kopię %1 z kopii zapasowej lub podaj w --store (lub TPM2_PKCS11_STORE) inny folder dla nowych kart. Zachowaj uszkodzony plik: narzędzie do odzyskiwania może jeszcze odczytać z niego klucze.</translation>
    </message>
    <message>
        <source>The disk that holds the token store %1 is full, so the card could not be written. Nothing of this attempt was kept.</source>
        <translation>Dysk z magazynem tokenów %1 jest pełny, więc nie można zapisać karty. Z tej próby nic nie zostało zachowane.</translation>
    </message>
    <message numerus="yes">
        <source>Free some space on that disk (at least %n MiB), then try again; or give --store (or TPM2_PKCS11_STORE) a folder on another disk.</source>
        <translation>
            <numerusform>Zwolnij miejsce na tym dysku (co najmniej %n MiB) i spróbuj ponownie albo podaj w --store (lub TPM2_PKCS11_STORE) folder na innym dysku.</numerusform>
            <numerusform>Zwolnij miejsce na tym dysku (co najmniej %n MiB) i spróbuj ponownie albo podaj w --store (lub TPM2_PKCS11_STORE) folder na innym dysku.</numerusform>
            <numerusform>Zwolnij miejsce na tym dysku (co najmniej %n MiB) i spróbuj ponownie albo podaj w --store (lub TPM2_PKCS11_STORE) folder na innym dysku.</numerusform>
        </translation>
    </message>
    <message>
        <source>Neither the token store %1 nor the folder %2 that would hold it exists. The program makes only the store&apos;s own folder, so that a mistyped path does not become folders.</source>
        <translation>Nie istnieje ani magazyn tokenów %1, ani folder %2, który miałby go zawierać. Program tworzy tylko własny folder magazynu, aby błędnie wpisana ścieżka nie zamieniła się w foldery.</translation>
    </message>
    <message>
        <source>Check the path given to --store (or TPM2_PKCS11_STORE), or create %1 first.</source>
        <translation>Sprawdź ścieżkę podaną w --store (lub TPM2_PKCS11_STORE) albo najpierw utwórz %1.</translation>
    </message>
    <message>
        <source>The token store %1 is not writable: %2, where it would be made, is not a folder.</source>
        <translation>Magazyn tokenów %1 nie jest zapisywalny: %2, w którym miałby zostać utworzony, nie jest folderem.</translation>
    </message>
    <message>
        <source>Check the path given to --store (or TPM2_PKCS11_STORE).</source>
        <translation>Sprawdź ścieżkę podaną w --store (lub TPM2_PKCS11_STORE).</translation>
    </message>
    <message>
        <source>The token store %1 is not writable: you may not make a folder in %2.</source>
        <translation>Magazyn tokenów %1 nie jest zapisywalny: brak uprawnień do utworzenia folderu w %2.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder in one you may write to, such as your home folder.</source>
        <translation>Podaj w --store (lub TPM2_PKCS11_STORE) folder wewnątrz folderu z prawem zapisu, np. folderu domowego.</translation>
    </message>
    <message>
        <source>The token store %1 could not be made.</source>
        <translation>Nie można utworzyć magazynu tokenów %1.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder in one you may write to.</source>
        <translation>Podaj w --store (lub TPM2_PKCS11_STORE) folder wewnątrz folderu z prawem zapisu.</translation>
    </message>
    <message>
        <source>Make it writable for yourself, or give --store (or TPM2_PKCS11_STORE) another folder.</source>
        <translation>Nadaj sobie prawo zapisu lub podaj w --store (lub TPM2_PKCS11_STORE) inny folder.</translation>
    </message>
    <message numerus="yes">
        <source>The folder %1 holds files that are not a token store&apos;s (%2 and %n more), so it is not used as one.</source>
        <translation>
            <numerusform>Folder %1 zawiera pliki, które nie należą do magazynu tokenów (%2 i jeszcze %n), więc nie jest używany jako magazyn.</numerusform>
            <numerusform>Folder %1 zawiera pliki, które nie należą do magazynu tokenów (%2 i jeszcze %n), więc nie jest używany jako magazyn.</numerusform>
            <numerusform>Folder %1 zawiera pliki, które nie należą do magazynu tokenów (%2 i jeszcze %n), więc nie jest używany jako magazyn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tpm2Backend</name>
    <message>
        <source>Software TPM — keys are not protected by hardware</source>
        <translation>Programowy moduł TPM — klucze nie są chronione sprzętowo</translation>
    </message>
    <message>
        <source>Applications reach the card through the PKCS#11 module %1.</source>
        <translation>Aplikacje komunikują się z kartą przez moduł PKCS#11 %1.</translation>
    </message>
    <message>
        <source>Programs you start after your next login find it by themselves: %1 sets %2 for them.</source>
        <extracomment>&quot;it&quot; is the software TPM; %1 is a file path, %2 an environment variable&apos;s name.</extracomment>
        <translation>Programy uruchamiane po następnym zalogowaniu znajdą go samodzielnie: %1 ustawia dla nich %2.</translation>
    </message>
    <message>
        <source>The settings for other programs could not be registered: %1</source>
        <translation>Nie można zarejestrować ustawień dla innych programów: %1</translation>
    </message>
    <message>
        <source>This session has no D-Bus session bus, so programs reach the software TPM only with the lines below in their environment.</source>
        <translation>Ta sesja nie ma magistrali sesji D-Bus, więc programy mogą korzystać z programowego modułu TPM tylko wtedy, gdy ich środowisko zawiera poniższe wiersze.</translation>
    </message>
    <message>
        <source>In a terminal, the line below shows the card&apos;s public keys.</source>
        <translation>W terminalu poniższy wiersz wyświetla klucze publiczne karty.</translation>
    </message>
    <message>
        <source>In a terminal that is already open, the lines below reach the card; the last one shows its public keys.</source>
        <translation>W już otwartym terminalu poniższe wiersze dają dostęp do karty; ostatni wyświetla jej klucze publiczne.</translation>
    </message>
    <message>
        <source>The tpm2-pkcs11 module was not found. Install the package libtpm2-pkcs11-1.</source>
        <translation>Nie znaleziono modułu tpm2-pkcs11. Zainstaluj pakiet libtpm2-pkcs11-1.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2). Ask your administrator to add you to the group tss, then sign in again.</source>
        <translation>Nie można otworzyć %1 (%2). Poproś administratora o dodanie konta do grupy tss, a następnie zaloguj się ponownie.</translation>
    </message>
    <message>
        <source>The software TPM does not answer: %1</source>
        <translation>Programowy moduł TPM nie odpowiada: %1</translation>
    </message>
    <message>
        <source>The token store %1 may not be written, and a copy of it to read could not be made: %2</source>
        <translation>Nie wolno zapisywać w magazynie tokenów %1, a nie można utworzyć jego kopii do odczytu: %2</translation>
    </message>
    <message>
        <source>C_Initialize with TCTI %1 failed: %2</source>
        <translation>C_Initialize z TCTI %1 nie powiodło się: %2</translation>
    </message>
    <message>
        <source>Waiting for another vscwizard (process %1) to finish with the token store %2…</source>
        <translation>Oczekiwanie, aż inny proces vscwizard (%1) zakończy pracę z magazynem tokenów %2…</translation>
    </message>
    <message>
        <source>Waiting for another vscwizard to finish with the token store %1…</source>
        <translation>Oczekiwanie, aż inny proces vscwizard zakończy pracę z magazynem tokenów %1…</translation>
    </message>
    <message>
        <source>The token store is busy</source>
        <translation>Magazyn tokenów jest zajęty</translation>
    </message>
    <message>
        <source>Wait until it has finished, or end it, then try again. Nothing was changed.</source>
        <translation>Zaczekaj, aż zakończy pracę, lub zakończ go, a następnie spróbuj ponownie. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>The unfinished card &quot;%1&quot; could not be removed: %2</source>
        <translation>Nie można usunąć nieukończonej karty „%1”: %2</translation>
    </message>
    <message>
        <source>There is no card with the instance id &quot;%1&quot;.</source>
        <translation>Nie ma karty o identyfikatorze wystąpienia „%1”.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Dysk jest pełny</translation>
    </message>
    <message>
        <source>The token store is damaged</source>
        <translation>Magazyn tokenów jest uszkodzony</translation>
    </message>
    <message>
        <source>The token store is read-only</source>
        <translation>Magazyn tokenów jest tylko do odczytu</translation>
    </message>
    <message>
        <source>The token store cannot be read</source>
        <translation>Nie można odczytać magazynu tokenów</translation>
    </message>
    <message>
        <source>This folder cannot be the token store</source>
        <translation>Ten folder nie może być magazynem tokenów</translation>
    </message>
    <message>
        <source>The software TPM is not running</source>
        <translation>Programowy moduł TPM nie jest uruchomiony</translation>
    </message>
    <message>
        <source>The software TPM stopped, or does not answer, so the operation could not finish.</source>
        <translation>Programowy moduł TPM zatrzymał się lub nie odpowiada, więc nie można było ukończyć operacji.</translation>
    </message>
    <message>
        <source>Start it again with “vscwizard software-tpm start”, then try again.</source>
        <translation>Uruchom go ponownie poleceniem „vscwizard software-tpm start”, a następnie spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>Try again: the next operation starts it again.</source>
        <translation>Spróbuj ponownie: następna operacja uruchomi go ponownie.</translation>
    </message>
    <message>
        <source>The TPM is locked after too many wrong PINs</source>
        <translation>Moduł TPM jest zablokowany po zbyt wielu błędnych kodach PIN</translation>
    </message>
    <message>
        <source>The TPM is locked after too many wrong PINs (%1 of %2). It protects every card this way, whichever program the PINs were typed in.</source>
        <translation>Moduł TPM jest zablokowany po zbyt wielu błędnych kodach PIN (%1 z %2). W ten sposób chroni każdą kartę, niezależnie od programu, w którym wpisano kody PIN.</translation>
    </message>
    <message>
        <source>The TPM has no room for more objects</source>
        <translation>Moduł TPM nie ma miejsca na więcej obiektów</translation>
    </message>
    <message>
        <source>The TPM has no room for more objects: programs that ended without cleaning up left theirs loaded. This happens only where no resource manager stands in front of the TPM (%1).</source>
        <translation>Moduł TPM nie ma miejsca na więcej obiektów: programy, które zakończyły się bez sprzątania, pozostawiły swoje obiekty załadowane. Zdarza się to tylko wtedy, gdy przed modułem TPM nie ma menedżera zasobów (%1).</translation>
    </message>
    <message>
        <source>Restart that TPM, or reach it through a resource manager: the kernel&apos;s /dev/tpmrm0, or the program&apos;s own software TPM, which has one.</source>
        <translation>Uruchom ponownie ten moduł TPM lub korzystaj z niego przez menedżer zasobów: /dev/tpmrm0 jądra albo własny programowy moduł TPM programu, który go ma.</translation>
    </message>
    <message>
        <source>No TPM found</source>
        <translation>Nie znaleziono modułu TPM</translation>
    </message>
    <message>
        <source>There is no TPM at %1.</source>
        <translation>Brak modułu TPM w %1.</translation>
    </message>
    <message>
        <source>If this computer has a TPM, turn it on in the firmware settings; otherwise use the software TPM (--tpm software).</source>
        <translation>Jeśli ten komputer ma moduł TPM, włącz go w ustawieniach oprogramowania układowego; w przeciwnym razie użyj programowego modułu TPM (--tpm software).</translation>
    </message>
    <message>
        <source>Check the path given to --tpm device:PATH (the kernel&apos;s TPM is /dev/tpmrm0), or use the software TPM (--tpm software).</source>
        <translation>Sprawdź ścieżkę podaną w --tpm device:ŚCIEŻKA (moduł TPM jądra to /dev/tpmrm0) lub użyj programowego modułu TPM (--tpm software).</translation>
    </message>
    <message>
        <source>No permission to use the TPM</source>
        <translation>Brak uprawnień do używania modułu TPM</translation>
    </message>
    <message>
        <source>You may not use the TPM %1.</source>
        <translation>Brak uprawnień do używania modułu TPM %1.</translation>
    </message>
    <message>
        <source>Ask your administrator to add your account to the group tss, then sign out and in again; or use the software TPM (--tpm software).</source>
        <translation>Poproś administratora o dodanie konta do grupy tss, a następnie wyloguj się i zaloguj ponownie; możesz też użyć programowego modułu TPM (--tpm software).</translation>
    </message>
    <message>
        <source>The TPM does not answer</source>
        <translation>Moduł TPM nie odpowiada</translation>
    </message>
    <message>
        <source>No TPM answered through %1.</source>
        <translation>Żaden moduł TPM nie odpowiedział przez %1.</translation>
    </message>
    <message>
        <source>Check the TCTI given with --tpm tcti:STRING (such as device:/dev/tpmrm0, or swtpm:host=localhost,port=2321 for a running swtpm), or leave --tpm out to use this computer&apos;s TPM or the software TPM.</source>
        <translation>Sprawdź TCTI podane w --tpm tcti:CIĄG (np. device:/dev/tpmrm0 lub swtpm:host=localhost,port=2321 dla działającego swtpm) albo pomiń --tpm, aby użyć modułu TPM tego komputera lub programowego modułu TPM.</translation>
    </message>
    <message>
        <source>Another program may hold the TPM (%1 serves one program at a time; /dev/tpmrm0 serves many): try again when it has finished, or use /dev/tpmrm0.</source>
        <translation>Inny program może zajmować moduł TPM (%1 obsługuje jeden program naraz; /dev/tpmrm0 obsługuje wiele): spróbuj ponownie, gdy tamten program zakończy pracę, lub użyj /dev/tpmrm0.</translation>
    </message>
    <message>
        <source>The token store belongs to another TPM</source>
        <translation>Magazyn tokenów należy do innego modułu TPM</translation>
    </message>
    <message>
        <source>The token store %1 holds cards of another TPM: its storage key is not on this one.</source>
        <translation>Magazyn tokenów %1 zawiera karty innego modułu TPM: jego klucz magazynu nie znajduje się w tym module.</translation>
    </message>
    <message>
        <source>Keep the cards of each TPM in a store of their own (--store), or use the TPM they were made on.</source>
        <translation>Przechowuj karty każdego modułu TPM w osobnym magazynie (--store) lub użyj modułu TPM, w którym je utworzono.</translation>
    </message>
    <message numerus="yes">
        <source>Another program was writing to the token store %1 and did not finish within %n second(s), so this operation could not use it.</source>
        <translation>
            <numerusform>Inny program zapisywał w magazynie tokenów %1 i nie zakończył w ciągu %n sekundy, więc ta operacja nie mogła z niego skorzystać.</numerusform>
            <numerusform>Inny program zapisywał w magazynie tokenów %1 i nie zakończył w ciągu %n sekund, więc ta operacja nie mogła z niego skorzystać.</numerusform>
            <numerusform>Inny program zapisywał w magazynie tokenów %1 i nie zakończył w ciągu %n sekund, więc ta operacja nie mogła z niego skorzystać.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again once that program has finished; nothing of this attempt was kept.</source>
        <translation>Spróbuj ponownie, gdy tamten program zakończy pracę; z tej próby nic nie zostało zachowane.</translation>
    </message>
    <message>
        <source>Not a TPM device</source>
        <translation>To nie jest urządzenie TPM</translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>Brak takiej karty</translation>
    </message>
    <message>
        <source>There is no card with the instance id “%1” in the token store %2.</source>
        <translation>W magazynie tokenów %2 nie ma karty o identyfikatorze wystąpienia „%1”.</translation>
    </message>
    <message>
        <source>“vscwizard list” shows the cards and their instance ids; another program may have removed this one already.</source>
        <translation>„vscwizard list” wyświetla karty i ich identyfikatory wystąpień; inny program mógł już usunąć tę kartę.</translation>
    </message>
    <message>
        <source>Type the PUK again, carefully: it is the one set when the card was made, not the PIN.</source>
        <translation>Wpisz kod PUK ponownie, uważnie: to kod ustawiony przy tworzeniu karty, a nie kod PIN.</translation>
    </message>
    <message>
        <source>Check the 48 hexadecimal digits you were given for this card.</source>
        <translation>Sprawdź 48 cyfr szesnastkowych otrzymanych dla tej karty.</translation>
    </message>
    <message>
        <source>Type the PIN again, carefully. If you have forgotten it, reset it with the PUK or the admin key instead of guessing: every wrong PIN counts, on every card of this TPM.</source>
        <translation>Wpisz kod PIN ponownie, uważnie. Jeśli go zapomniano, zresetuj go kodem PUK lub kluczem administratora zamiast zgadywać: liczy się każdy błędny kod PIN, na każdej karcie tego modułu TPM.</translation>
    </message>
    <message>
        <source>Names like &quot;%1&quot; are kept for cards being made; choose another name.</source>
        <extracomment>&quot;kept&quot; = reserved: the program names a card this way while it is being made.</extracomment>
        <translation>Nazwy takie jak „%1” są zarezerwowane dla kart w trakcie tworzenia; wybierz inną nazwę.</translation>
    </message>
    <message>
        <source>A card named &quot;%1&quot; exists already.</source>
        <translation>Karta o nazwie „%1” już istnieje.</translation>
    </message>
    <message numerus="yes">
        <source>The software TPM holds at most %n card(s): every program that uses them holds one connection to its resource manager per card. Remove a card first.</source>
        <translation>
            <numerusform>Programowy moduł TPM mieści najwyżej %n kartę: każdy program, który ich używa, utrzymuje jedno połączenie z jego menedżerem zasobów na każdą kartę. Najpierw usuń kartę.</numerusform>
            <numerusform>Programowy moduł TPM mieści najwyżej %n karty: każdy program, który ich używa, utrzymuje jedno połączenie z jego menedżerem zasobów na każdą kartę. Najpierw usuń kartę.</numerusform>
            <numerusform>Programowy moduł TPM mieści najwyżej %n kart: każdy program, który ich używa, utrzymuje jedno połączenie z jego menedżerem zasobów na każdą kartę. Najpierw usuń kartę.</numerusform>
        </translation>
    </message>
    <message>
        <source>The token store has no free slot (tpm2-pkcs11 holds 255 tokens).</source>
        <translation>Magazyn tokenów nie ma wolnego gniazda (tpm2-pkcs11 mieści 255 tokenów).</translation>
    </message>
    <message>
        <source>The new token &quot;%1&quot; is not in the slot list (%2).</source>
        <translation>Nowego tokenu „%1” nie ma na liście gniazd (%2).</translation>
    </message>
    <message>
        <source>Injected failure.</source>
        <extracomment>Seen only in the program&apos;s own tests, which make a create fail on purpose.</extracomment>
        <translation>Wstrzyknięte niepowodzenie.</translation>
    </message>
    <message>
        <source>Another program created a card named &quot;%1&quot; while this one was being made.</source>
        <translation>Inny program utworzył kartę o nazwie „%1” w trakcie tworzenia tej karty.</translation>
    </message>
    <message>
        <source>The cancelled card could not be removed: %1</source>
        <translation>Nie można usunąć anulowanej karty: %1</translation>
    </message>
    <message>
        <source>%1
The unfinished card could not be removed: %2</source>
        <translation>%1
Nie można usunąć nieukończonej karty: %2</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has no PUK and a random admin key that nobody knows.</source>
        <translation>Karta „%1” nie ma kodu PUK, a jej losowego klucza administratora nikt nie zna.</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has no PUK: its PIN is reset with its admin key.</source>
        <translation>Karta „%1” nie ma kodu PUK: jej kod PIN resetuje się kluczem administratora.</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has a PUK, which takes the admin key&apos;s place: its PIN is reset with the PUK.</source>
        <translation>Karta „%1” ma kod PUK, który zastępuje klucz administratora: jej kod PIN resetuje się kodem PUK.</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has no PUK.</source>
        <translation>Karta „%1” nie ma kodu PUK.</translation>
    </message>
    <message>
        <source>The tpm2-pkcs11 module is not installed. Install the package libtpm2-pkcs11-1.</source>
        <translation>Moduł tpm2-pkcs11 nie jest zainstalowany. Zainstaluj pakiet libtpm2-pkcs11-1.</translation>
    </message>
    <message>
        <source>The tpm2-pkcs11 module %1 cannot be loaded.</source>
        <translation>Nie można załadować modułu tpm2-pkcs11 %1.</translation>
    </message>
    <message>
        <source>The TPM %1 cannot be opened.</source>
        <translation>Nie można otworzyć modułu TPM %1.</translation>
    </message>
    <message>
        <source>The software TPM needs the program swtpm. Install the package swtpm.</source>
        <translation>Programowy moduł TPM wymaga programu swtpm. Zainstaluj pakiet swtpm.</translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs (%1 of %2); it accepts PINs again in about %n minute(s).</source>
        <extracomment>%1 of %2: wrong PINs counted, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>Moduł TPM jest zablokowany po zbyt wielu błędnych kodach PIN (%1 z %2); ponownie zacznie przyjmować kody PIN za około %n minutę.</numerusform>
            <numerusform>Moduł TPM jest zablokowany po zbyt wielu błędnych kodach PIN (%1 z %2); ponownie zacznie przyjmować kody PIN za około %n minuty.</numerusform>
            <numerusform>Moduł TPM jest zablokowany po zbyt wielu błędnych kodach PIN (%1 z %2); ponownie zacznie przyjmować kody PIN za około %n minut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs (%1 of %2); it accepts PINs again in about %n second(s).</source>
        <extracomment>%1 of %2: wrong PINs counted, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>Moduł TPM jest zablokowany po zbyt wielu błędnych kodach PIN (%1 z %2); ponownie zacznie przyjmować kody PIN za około %n sekundę.</numerusform>
            <numerusform>Moduł TPM jest zablokowany po zbyt wielu błędnych kodach PIN (%1 z %2); ponownie zacznie przyjmować kody PIN za około %n sekundy.</numerusform>
            <numerusform>Moduł TPM jest zablokowany po zbyt wielu błędnych kodach PIN (%1 z %2); ponownie zacznie przyjmować kody PIN za około %n sekund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard (process %1) has held the token store %2 for %n minute(s), and still does.</source>
        <extracomment>%1: a process id; %2: a folder.</extracomment>
        <translation>
            <numerusform>Inny proces vscwizard (%1) używa magazynu tokenów %2 od %n minuty i nadal go nie zwolnił.</numerusform>
            <numerusform>Inny proces vscwizard (%1) używa magazynu tokenów %2 od %n minut i nadal go nie zwolnił.</numerusform>
            <numerusform>Inny proces vscwizard (%1) używa magazynu tokenów %2 od %n minut i nadal go nie zwolnił.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard (process %1) has held the token store %2 for %n second(s), and still does.</source>
        <extracomment>%1: a process id; %2: a folder.</extracomment>
        <translation>
            <numerusform>Inny proces vscwizard (%1) używa magazynu tokenów %2 od %n sekundy i nadal go nie zwolnił.</numerusform>
            <numerusform>Inny proces vscwizard (%1) używa magazynu tokenów %2 od %n sekund i nadal go nie zwolnił.</numerusform>
            <numerusform>Inny proces vscwizard (%1) używa magazynu tokenów %2 od %n sekund i nadal go nie zwolnił.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard has held the token store %1 for %n minute(s), and still does.</source>
        <translation>
            <numerusform>Inny proces vscwizard używa magazynu tokenów %1 od %n minuty i nadal go nie zwolnił.</numerusform>
            <numerusform>Inny proces vscwizard używa magazynu tokenów %1 od %n minut i nadal go nie zwolnił.</numerusform>
            <numerusform>Inny proces vscwizard używa magazynu tokenów %1 od %n minut i nadal go nie zwolnił.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard has held the token store %1 for %n second(s), and still does.</source>
        <translation>
            <numerusform>Inny proces vscwizard używa magazynu tokenów %1 od %n sekundy i nadal go nie zwolnił.</numerusform>
            <numerusform>Inny proces vscwizard używa magazynu tokenów %1 od %n sekund i nadal go nie zwolnił.</numerusform>
            <numerusform>Inny proces vscwizard używa magazynu tokenów %1 od %n sekund i nadal go nie zwolnił.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait: the TPM accepts PINs again in about %n minute(s).</source>
        <translation>
            <numerusform>Zaczekaj: moduł TPM ponownie zacznie przyjmować kody PIN za około %n minutę.</numerusform>
            <numerusform>Zaczekaj: moduł TPM ponownie zacznie przyjmować kody PIN za około %n minuty.</numerusform>
            <numerusform>Zaczekaj: moduł TPM ponownie zacznie przyjmować kody PIN za około %n minut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait: the TPM accepts PINs again in about %n second(s).</source>
        <translation>
            <numerusform>Zaczekaj: moduł TPM ponownie zacznie przyjmować kody PIN za około %n sekundę.</numerusform>
            <numerusform>Zaczekaj: moduł TPM ponownie zacznie przyjmować kody PIN za około %n sekundy.</numerusform>
            <numerusform>Zaczekaj: moduł TPM ponownie zacznie przyjmować kody PIN za około %n sekund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK is wrong for this card. The TPM counts wrong PINs and PUKs of all its cards together: after %n more it refuses every one of them for a while.</source>
        <translation>
            <numerusform>Kod PUK jest nieprawidłowy dla tej karty. Moduł TPM liczy błędne kody PIN i PUK wszystkich swoich kart łącznie: po jeszcze %n błędnym kodzie przez pewien czas odrzuci je wszystkie.</numerusform>
            <numerusform>Kod PUK jest nieprawidłowy dla tej karty. Moduł TPM liczy błędne kody PIN i PUK wszystkich swoich kart łącznie: po jeszcze %n błędnych kodach przez pewien czas odrzuci je wszystkie.</numerusform>
            <numerusform>Kod PUK jest nieprawidłowy dla tej karty. Moduł TPM liczy błędne kody PIN i PUK wszystkich swoich kart łącznie: po jeszcze %n błędnych kodach przez pewien czas odrzuci je wszystkie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The admin key is wrong for this card. The TPM counts wrong PINs and admin keys of all its cards together: after %n more it refuses every one of them for a while.</source>
        <translation>
            <numerusform>Klucz administratora jest nieprawidłowy dla tej karty. Moduł TPM liczy błędne kody PIN i klucze administratora wszystkich swoich kart łącznie: po jeszcze %n błędnej próbie przez pewien czas odrzuci je wszystkie.</numerusform>
            <numerusform>Klucz administratora jest nieprawidłowy dla tej karty. Moduł TPM liczy błędne kody PIN i klucze administratora wszystkich swoich kart łącznie: po jeszcze %n błędnych próbach przez pewien czas odrzuci je wszystkie.</numerusform>
            <numerusform>Klucz administratora jest nieprawidłowy dla tej karty. Moduł TPM liczy błędne kody PIN i klucze administratora wszystkich swoich kart łącznie: po jeszcze %n błędnych próbach przez pewien czas odrzuci je wszystkie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN is wrong for this card. The TPM counts wrong PINs of all its cards together: after %n more it refuses every PIN for a while.</source>
        <translation>
            <numerusform>Kod PIN jest nieprawidłowy dla tej karty. Moduł TPM liczy błędne kody PIN wszystkich swoich kart łącznie: po jeszcze %n błędnym kodzie przez pewien czas odrzuci każdy kod PIN.</numerusform>
            <numerusform>Kod PIN jest nieprawidłowy dla tej karty. Moduł TPM liczy błędne kody PIN wszystkich swoich kart łącznie: po jeszcze %n błędnych kodach przez pewien czas odrzuci każdy kod PIN.</numerusform>
            <numerusform>Kod PIN jest nieprawidłowy dla tej karty. Moduł TPM liczy błędne kody PIN wszystkich swoich kart łącznie: po jeszcze %n błędnych kodach przez pewien czas odrzuci każdy kod PIN.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs. It accepts PINs again in about %n minute(s).</source>
        <translation>
            <numerusform>Moduł TPM jest zablokowany po zbyt wielu błędnych kodach PIN. Ponownie zacznie przyjmować kody PIN za około %n minutę.</numerusform>
            <numerusform>Moduł TPM jest zablokowany po zbyt wielu błędnych kodach PIN. Ponownie zacznie przyjmować kody PIN za około %n minuty.</numerusform>
            <numerusform>Moduł TPM jest zablokowany po zbyt wielu błędnych kodach PIN. Ponownie zacznie przyjmować kody PIN za około %n minut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs. It accepts PINs again in about %n second(s).</source>
        <translation>
            <numerusform>Moduł TPM jest zablokowany po zbyt wielu błędnych kodach PIN. Ponownie zacznie przyjmować kody PIN za około %n sekundę.</numerusform>
            <numerusform>Moduł TPM jest zablokowany po zbyt wielu błędnych kodach PIN. Ponownie zacznie przyjmować kody PIN za około %n sekundy.</numerusform>
            <numerusform>Moduł TPM jest zablokowany po zbyt wielu błędnych kodach PIN. Ponownie zacznie przyjmować kody PIN za około %n sekund.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TpmTarget</name>
    <message>
        <source>Unknown TPM &quot;%1&quot;: use auto, device, device:PATH, software, software:FOLDER or tcti:STRING.</source>
        <translation>Nieznany moduł TPM „%1”: użyj auto, device, device:ŚCIEŻKA, software, software:FOLDER lub tcti:CIĄG.</translation>
    </message>
    <message>
        <source>A TPM is a character device such as /dev/tpmrm0: give --tpm device:PATH the path of one, or use --tpm software.</source>
        <translation>Moduł TPM to urządzenie znakowe, takie jak /dev/tpmrm0: podaj w --tpm device:ŚCIEŻKA ścieżkę takiego urządzenia lub użyj --tpm software.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a regular file, so nothing was written to it.</source>
        <translation>%1 nie jest modułem TPM, lecz zwykłym plikiem, więc niczego w nim nie zapisano.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a folder, so nothing was written to it.</source>
        <translation>%1 nie jest modułem TPM, lecz folderem, więc niczego w nim nie zapisano.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a named pipe, so nothing was written to it.</source>
        <translation>%1 nie jest modułem TPM, lecz potokiem nazwanym, więc niczego w nim nie zapisano.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a socket, so nothing was written to it.</source>
        <translation>%1 nie jest modułem TPM, lecz gniazdem, więc niczego w nim nie zapisano.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a block device, so nothing was written to it.</source>
        <translation>%1 nie jest modułem TPM, lecz urządzeniem blokowym, więc niczego na nim nie zapisano.</translation>
    </message>
    <message>
        <source>%1 is not a TPM, nor any other device, so nothing was written to it.</source>
        <translation>%1 nie jest modułem TPM ani żadnym innym urządzeniem, więc niczego w nim nie zapisano.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Witamy</translation>
    </message>
    <message>
        <source>This wizard creates a virtual smart card on this computer.</source>
        <translation>Ten kreator tworzy wirtualną kartę inteligentną na tym komputerze.</translation>
    </message>
    <message>
        <source>A virtual smart card works like a smart card you plug in, but it lives in this computer&apos;s security chip (the TPM). It keeps your keys and certificates safe: you unlock it with a PIN, and the keys cannot be copied off this computer.</source>
        <translation>Wirtualna karta inteligentna działa jak podłączana karta inteligentna, ale znajduje się w układzie zabezpieczeń tego komputera (module TPM). Bezpiecznie przechowuje klucze i certyfikaty: odblokowuje się ją kodem PIN, a kluczy nie można skopiować z tego komputera.</translation>
    </message>
    <message>
        <source>You will choose a name, a PIN and a way to recover the card if the PIN is forgotten. First the wizard checks that this computer can hold a virtual smart card.</source>
        <translation>Wybierzesz nazwę, kod PIN i sposób odzyskania karty w razie zapomnienia kodu PIN. Najpierw kreator sprawdzi, czy na tym komputerze można utworzyć wirtualną kartę inteligentną.</translation>
    </message>
    <message>
        <source>Checking this computer…</source>
        <translation>Sprawdzanie tego komputera…</translation>
    </message>
    <message>
        <source>Check status</source>
        <extracomment>A noun: the result of checking whether this computer can hold a card.</extracomment>
        <translation>Stan sprawdzania</translation>
    </message>
    <message>
        <source>Checking this computer</source>
        <translation>Sprawdzanie tego komputera</translation>
    </message>
    <message>
        <source>Busy while the wizard checks that this computer can hold a virtual smart card.</source>
        <translation>Zajęty, gdy kreator sprawdza, czy na tym komputerze można utworzyć wirtualną kartę inteligentną.</translation>
    </message>
    <message>
        <source>&amp;Results of the check:</source>
        <translation>&amp;Wyniki sprawdzenia:</translation>
    </message>
    <message>
        <source>Results of the check</source>
        <translation>Wyniki sprawdzenia</translation>
    </message>
    <message>
        <source>What prevents creating a virtual smart card on this computer, and what to do about it.</source>
        <translation>Co uniemożliwia utworzenie wirtualnej karty inteligentnej na tym komputerze i co z tym zrobić.</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Sprawdź ponownie</translation>
    </message>
    <message>
        <source>Checks this computer again after you fixed the problems listed.</source>
        <translation>Ponownie sprawdza ten komputer po usunięciu wymienionych problemów.</translation>
    </message>
    <message>
        <source>&amp;Manage cards…</source>
        <translation>Za&amp;rządzaj kartami…</translation>
    </message>
    <message>
        <source>Opens the card manager: change, reset or remove the cards you have.</source>
        <translation>Otwiera menedżera kart: zmiana, resetowanie lub usuwanie istniejących kart.</translation>
    </message>
    <message>
        <source>A virtual smart card works like a smart card you plug in. On this computer its keys are kept by a software TPM, not by a security chip: you unlock them with a PIN, but someone who can read your files could copy them.</source>
        <translation>Wirtualna karta inteligentna działa jak podłączana karta inteligentna. Na tym komputerze jej klucze przechowuje programowy moduł TPM, a nie układ zabezpieczeń: odblokowuje się je kodem PIN, ale osoba mająca dostęp do plików użytkownika mogłaby je skopiować.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Must be fixed before a card can be created</source>
        <translation>Musi zostać usunięte przed utworzeniem karty</translation>
    </message>
    <message>
        <source>A note; it does not prevent creating a card</source>
        <translation>Uwaga; nie uniemożliwia utworzenia karty</translation>
    </message>
    <message>
        <source>The check was interrupted. Check again to continue.</source>
        <translation>Sprawdzanie zostało przerwane. Sprawdź ponownie, aby kontynuować.</translation>
    </message>
    <message>
        <source>This computer cannot hold a virtual smart card yet. Fix the problems below, then check again.</source>
        <translation>Na tym komputerze nie można jeszcze utworzyć wirtualnej karty inteligentnej. Usuń poniższe problemy, a następnie sprawdź ponownie.</translation>
    </message>
    <message>
        <source>This computer is ready. Please note the points below.</source>
        <translation>Ten komputer jest gotowy. Zwróć uwagę na poniższe punkty.</translation>
    </message>
    <message>
        <source>This computer is ready. Continue to choose a name for the card.</source>
        <translation>Ten komputer jest gotowy. Przejdź dalej, aby wybrać nazwę karty.</translation>
    </message>
</context>
<context>
    <name>WindowsBackend</name>
    <message>
        <source>The TPM Virtual Smart Card Manager is not available on this computer. It is part of Windows 8 and later; its service may be turned off.</source>
        <translation>Menedżer wirtualnych kart inteligentnych TPM nie jest dostępny na tym komputerze. Jest częścią systemu Windows 8 i nowszych; jego usługa może być wyłączona.</translation>
    </message>
    <message>
        <source>No TPM (Trusted Platform Module) was found on this computer.</source>
        <translation>Na tym komputerze nie znaleziono modułu TPM (Trusted Platform Module).</translation>
    </message>
    <message>
        <source>The TPM is not ready. Turn it on and prepare it in the TPM management console (tpm.msc), then try again.</source>
        <translation>Moduł TPM nie jest gotowy. Włącz go i przygotuj w konsoli zarządzania modułem TPM (tpm.msc), a następnie spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Managing virtual smart cards needs administrator rights. Start vscwizard with &quot;Run as administrator&quot;.</source>
        <translation>Zarządzanie wirtualnymi kartami inteligentnymi wymaga uprawnień administratora. Uruchom vscwizard za pomocą polecenia „Uruchom jako administrator”.</translation>
    </message>
    <message>
        <source>Virtual smart cards cannot be managed from a remote desktop session.</source>
        <translation>Wirtualnymi kartami inteligentnymi nie można zarządzać z sesji pulpitu zdalnego.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager refused a value of the request.</source>
        <translation>Menedżer wirtualnych kart inteligentnych TPM odrzucił wartość żądania.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Operacja została anulowana.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager reported a failure.</source>
        <translation>Menedżer wirtualnych kart inteligentnych TPM zgłosił błąd.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager is not available</source>
        <translation>Menedżer wirtualnych kart inteligentnych TPM jest niedostępny</translation>
    </message>
    <message>
        <source>Ask your administrator to allow the smart card services of Windows to start; the manager is part of Windows 8 and later.</source>
        <translation>Poproś administratora o zezwolenie na uruchamianie usług kart inteligentnych systemu Windows; menedżer jest częścią systemu Windows 8 i nowszych.</translation>
    </message>
    <message>
        <source>No TPM found</source>
        <translation>Nie znaleziono modułu TPM</translation>
    </message>
    <message>
        <source>If this computer has a TPM, turn it on in the firmware settings, then try again.</source>
        <translation>Jeśli ten komputer ma moduł TPM, włącz go w ustawieniach oprogramowania układowego, a następnie spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The TPM is not ready</source>
        <translation>Moduł TPM nie jest gotowy</translation>
    </message>
    <message>
        <source>Open the TPM management console (tpm.msc) as administrator and prepare the TPM, then try again.</source>
        <translation>Otwórz konsolę zarządzania modułem TPM (tpm.msc) jako administrator i przygotuj moduł TPM, a następnie spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Administrator rights needed</source>
        <translation>Wymagane uprawnienia administratora</translation>
    </message>
    <message>
        <source>Start vscwizard with “Run as administrator”, then try again.</source>
        <translation>Uruchom vscwizard za pomocą polecenia „Uruchom jako administrator”, a następnie spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The card needs a name.</source>
        <translation>Karta musi mieć nazwę.</translation>
    </message>
    <message numerus="yes">
        <source>The admin key must be exactly %n byte(s) long.</source>
        <translation>
            <numerusform>Klucz administratora musi mieć dokładnie %n bajt.</numerusform>
            <numerusform>Klucz administratora musi mieć dokładnie %n bajty.</numerusform>
            <numerusform>Klucz administratora musi mieć dokładnie %n bajtów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The admin key check value must be %n byte(s) long.</source>
        <translation>
            <numerusform>Wartość kontrolna klucza administratora musi mieć %n bajt.</numerusform>
            <numerusform>Wartość kontrolna klucza administratora musi mieć %n bajty.</numerusform>
            <numerusform>Wartość kontrolna klucza administratora musi mieć %n bajtów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attestation needs Windows 10 or later.</source>
        <translation>Zaświadczanie wymaga systemu Windows 10 lub nowszego.</translation>
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
        <translation>Nie można policzyć czytników kart inteligentnych tego komputera.</translation>
    </message>
    <message>
        <source>Win32 error %1</source>
        <translation>Błąd Win32 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n smart card reader(s) exist already, the most there can be at once. Remove a virtual smart card or unplug a reader first.</source>
        <translation>
            <numerusform>Istnieje już %n czytnik kart inteligentnych, czyli najwięcej, ile może istnieć jednocześnie. Najpierw usuń wirtualną kartę inteligentną lub odłącz czytnik.</numerusform>
            <numerusform>Istnieją już %n czytniki kart inteligentnych, czyli najwięcej, ile może istnieć jednocześnie. Najpierw usuń wirtualną kartę inteligentną lub odłącz czytnik.</numerusform>
            <numerusform>Istnieje już %n czytników kart inteligentnych, czyli najwięcej, ile może istnieć jednocześnie. Najpierw usuń wirtualną kartę inteligentną lub odłącz czytnik.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN policy cannot be passed to the manager.</source>
        <translation>Nie można przekazać zasad kodu PIN do menedżera.</translation>
    </message>
    <message>
        <source>Windows shows the card as the smart card reader &quot;%1&quot;. Applications use it through the Windows smart card service, for example to enroll a certificate or sign in.</source>
        <translation>System Windows wyświetla kartę jako czytnik kart inteligentnych „%1”. Aplikacje korzystają z niej przez usługę kart inteligentnych systemu Windows, na przykład aby zarejestrować certyfikat lub zalogować się.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the instance id of a TPM virtual smart card (ROOT\SMARTCARDREADER\000n).</source>
        <translation>„%1” nie jest identyfikatorem wystąpienia wirtualnej karty inteligentnej TPM (ROOT\SMARTCARDREADER\000n).</translation>
    </message>
    <message>
        <source>The smart card readers could not be listed (Win32 error %1).</source>
        <translation>Nie można wyświetlić listy czytników kart inteligentnych (błąd Win32 %1).</translation>
    </message>
    <message numerus="yes">
        <source>The PIN must be %1 to %n byte(s) long.</source>
        <translation>
            <numerusform>Kod PIN musi mieć od %1 do %n bajtu.</numerusform>
            <numerusform>Kod PIN musi mieć od %1 do %n bajtów.</numerusform>
            <numerusform>Kod PIN musi mieć od %1 do %n bajtów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK must be %1 to %n byte(s) long.</source>
        <translation>
            <numerusform>Kod PUK musi mieć od %1 do %n bajtu.</numerusform>
            <numerusform>Kod PUK musi mieć od %1 do %n bajtów.</numerusform>
            <numerusform>Kod PUK musi mieć od %1 do %n bajtów.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>There is no graphical session to open the wizard in (DISPLAY and WAYLAND_DISPLAY are not set). The commands work without one; see vscwizard --help.</source>
        <translation>Brak sesji graficznej, w której można otworzyć kreatora (zmienne DISPLAY i WAYLAND_DISPLAY nie są ustawione). Polecenia działają bez niej; zobacz vscwizard --help.</translation>
    </message>
    <message>
        <source>There is no translation for &quot;%1&quot;; using English.</source>
        <translation>Brak tłumaczenia dla „%1”; używany jest język angielski.</translation>
    </message>
    <message>
        <source>Cannot open the wizard %1: %2. The commands work without it; see vscwizard --help.</source>
        <translation>Nie można otworzyć kreatora %1: %2. Polecenia działają bez niego; zobacz vscwizard --help.</translation>
    </message>
    <message>
        <source>Commands are run by vscwizard, for example: vscwizard %1</source>
        <translation>Polecenia wykonuje vscwizard, na przykład: vscwizard %1</translation>
    </message>
    <message>
        <source>Organization policy</source>
        <translation>Zasady organizacji</translation>
    </message>
    <message>
        <source>Card manager</source>
        <translation>Menedżer kart</translation>
    </message>
</context>
</TS>
