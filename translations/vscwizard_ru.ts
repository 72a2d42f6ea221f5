<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
</context>
<context>
    <name>AdminKey</name>
    <message>
        <source>Character %1 (&apos;%2&apos;) is not a hex digit.</source>
        <translation>Символ %1 (&apos;%2&apos;) не является шестнадцатеричной цифрой.</translation>
    </message>
    <message numerus="yes">
        <source>The admin key has %n hex digit(s); it needs exactly %1.</source>
        <translation>
            <numerusform>Ключ администратора содержит %n шестнадцатеричную цифру, а нужно ровно %1.</numerusform>
            <numerusform>Ключ администратора содержит %n шестнадцатеричные цифры, а нужно ровно %1.</numerusform>
            <numerusform>Ключ администратора содержит %n шестнадцатеричных цифр, а нужно ровно %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 (&apos;%2&apos;) splits a pair of hex digits; spaces and colons may only stand between pairs.</source>
        <translation>Символ %1 (&apos;%2&apos;) разделяет пару шестнадцатеричных цифр; пробелы и двоеточия допустимы только между парами.</translation>
    </message>
    <message numerus="yes">
        <source>The admin key has %n byte(s); it needs exactly %1.</source>
        <translation>
            <numerusform>Ключ администратора имеет длину %n байт, а нужно ровно %1.</numerusform>
            <numerusform>Ключ администратора имеет длину %n байта, а нужно ровно %1.</numerusform>
            <numerusform>Ключ администратора имеет длину %n байт, а нужно ровно %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Для параметра %1 требуется значение.</translation>
    </message>
    <message>
        <source>--sim-delay takes milliseconds from 0 to 600000, not &quot;%1&quot;.</source>
        <translation>--sim-delay принимает число миллисекунд от 0 до 600000, а не «%1».</translation>
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
        <translation>Глобальные параметры:
  --backend NAME       tpm2, windows или simulator (только для тестов и демонстраций)
  --lang LANG          язык сообщений, например ru
  --policy FILE        файл политики ПИН-кодов организации
  --tpm WHICH          tpm2: auto, device[:PATH], software[:FOLDER] или tcti:STRING
  --store DIR          tpm2: папка хранилища токенов
  --sim-state DIR      simulator: папка, в которой хранятся его карты
  --sim-delay MS       simulator: задержка каждого шага
  --sim-fail ERR[@ST]  simulator: сбой с ошибкой ERR на состоянии ST или с ошибкой
                       карты: CARD:ERR[@change-pin|reset-pin|change-puk|status]
</translation>
    </message>
</context>
<context>
    <name>BackendFactory</name>
    <message>
        <source>There is no backend called &quot;%1&quot;. Available: %2.</source>
        <translation>Бэкенда с именем «%1» нет. Доступны: %2.</translation>
    </message>
    <message>
        <source>software-tpm acts on a software TPM, but --tpm %1 names another TPM. Leave out --tpm, or give --tpm software:FOLDER.</source>
        <translation>software-tpm работает с программным TPM, но --tpm %1 указывает другой TPM. Не указывайте --tpm или укажите --tpm software:FOLDER.</translation>
    </message>
    <message>
        <source>The software TPM is only used on Linux.</source>
        <translation>Программный TPM используется только в Linux.</translation>
    </message>
</context>
<context>
    <name>CardCommands</name>
    <message>
        <source>%1 takes only --instance ID and --with puk|adminkey; secrets are read from the terminal or from standard input.</source>
        <translation>%1 принимает только --instance ID и --with puk|adminkey; секреты считываются с терминала или из стандартного ввода.</translation>
    </message>
    <message>
        <source>%1 takes only --instance ID; secrets are read from the terminal or from standard input.</source>
        <translation>%1 принимает только --instance ID; секреты считываются с терминала или из стандартного ввода.</translation>
    </message>
    <message>
        <source>%1: --instance needs the instance id shown by &quot;vscwizard status&quot;.</source>
        <translation>%1: для --instance нужен ИД экземпляра, который показывает «vscwizard status».</translation>
    </message>
    <message>
        <source>%1: --with needs puk or adminkey.</source>
        <translation>%1: для --with нужно значение puk или adminkey.</translation>
    </message>
    <message>
        <source>%1: --with is given twice.</source>
        <translation>%1: --with указан дважды.</translation>
    </message>
    <message>
        <source>%1: --with takes puk or adminkey; the PUK or the admin key itself is read from the terminal or from standard input.</source>
        <translation>%1: --with принимает puk или adminkey; сам PUK-код или ключ администратора считывается с терминала или из стандартного ввода.</translation>
    </message>
    <message>
        <source>%1 takes exactly one --instance ID.</source>
        <translation>%1 принимает ровно один параметр --instance ID.</translation>
    </message>
    <message>
        <source>%1 needs --instance ID (see &quot;vscwizard status&quot;).</source>
        <translation>Для %1 нужен параметр --instance ID (см. «vscwizard status»).</translation>
    </message>
    <message>
        <source>The two entries differed three times; nothing was changed.</source>
        <translation>Два ввода трижды не совпали; ничего не изменено.</translation>
    </message>
    <message>
        <source>No card has the instance id %1.</source>
        <translation>Нет карты с ИД экземпляра %1.</translation>
    </message>
    <message>
        <source>The card has no PUK: reset its PIN with %1 --with adminkey.</source>
        <translation>У карты нет PUK-кода: сбросьте ее ПИН-код с помощью %1 --with adminkey.</translation>
    </message>
    <message>
        <source>Nobody knows the card&apos;s admin key: reset its PIN with %1 --with puk.</source>
        <translation>Ключ администратора карты никому не известен: сбросьте ее ПИН-код с помощью %1 --with puk.</translation>
    </message>
    <message>
        <source>The card has no PUK to change.</source>
        <translation>У карты нет PUK-кода, который можно было бы изменить.</translation>
    </message>
    <message>
        <source>Current PIN: </source>
        <translation>Текущий ПИН-код: </translation>
    </message>
    <message>
        <source>Standard input ended before the current PIN was read.</source>
        <translation>Стандартный ввод закончился до того, как был прочитан текущий ПИН-код.</translation>
    </message>
    <message>
        <source>Current PUK: </source>
        <translation>Текущий PUK-код: </translation>
    </message>
    <message>
        <source>PUK: </source>
        <translation>PUK-код: </translation>
    </message>
    <message>
        <source>Standard input ended before the PUK was read.</source>
        <translation>Стандартный ввод закончился до того, как был прочитан PUK-код.</translation>
    </message>
    <message>
        <source>Admin key (48 hex digits): </source>
        <translation>Ключ администратора (48 шестнадцатеричных цифр): </translation>
    </message>
    <message>
        <source>Standard input ended before the admin key was read.</source>
        <translation>Стандартный ввод закончился до того, как был прочитан ключ администратора.</translation>
    </message>
    <message>
        <source>Admin key: %1</source>
        <translation>Ключ администратора: %1</translation>
    </message>
    <message>
        <source>The new PIN must meet these rules:</source>
        <translation>Новый ПИН-код должен соответствовать следующим правилам:</translation>
    </message>
    <message>
        <source>New PIN: </source>
        <translation>Новый ПИН-код: </translation>
    </message>
    <message>
        <source>Repeat the new PIN: </source>
        <translation>Повторите новый ПИН-код: </translation>
    </message>
    <message>
        <source>Standard input ended before the new PIN was read.</source>
        <translation>Стандартный ввод закончился до того, как был прочитан новый ПИН-код.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Предупреждение: %1</translation>
    </message>
    <message>
        <source>The new PIN breaks these rules:</source>
        <translation>Новый ПИН-код нарушает следующие правила:</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>New PUK: </source>
        <translation>Новый PUK-код: </translation>
    </message>
    <message>
        <source>Repeat the new PUK: </source>
        <translation>Повторите новый PUK-код: </translation>
    </message>
    <message>
        <source>Standard input ended before the new PUK was read.</source>
        <translation>Стандартный ввод закончился до того, как был прочитан новый PUK-код.</translation>
    </message>
    <message>
        <source>Changed the PIN of the card %1.</source>
        <translation>ПИН-код карты %1 изменен.</translation>
    </message>
    <message>
        <source>Changed the PIN of the card &quot;%1&quot; (%2).</source>
        <translation>ПИН-код карты «%1» (%2) изменен.</translation>
    </message>
    <message>
        <source>Changed the PUK of the card %1.</source>
        <translation>PUK-код карты %1 изменен.</translation>
    </message>
    <message>
        <source>Changed the PUK of the card &quot;%1&quot; (%2).</source>
        <translation>PUK-код карты «%1» (%2) изменен.</translation>
    </message>
    <message>
        <source>status takes only --json.</source>
        <translation>status принимает только --json.</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; is not an instance id: none is longer than %n character(s) (see &quot;vscwizard status&quot;).</source>
        <extracomment>%1: a command name, kept in English.</extracomment>
        <translation>
            <numerusform>%1: «%2» не является ИД экземпляра: ни один ИД не длиннее %n символа (см. «vscwizard status»).</numerusform>
            <numerusform>%1: «%2» не является ИД экземпляра: ни один ИД не длиннее %n символов (см. «vscwizard status»).</numerusform>
            <numerusform>%1: «%2» не является ИД экземпляра: ни один ИД не длиннее %n символов (см. «vscwizard status»).</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN of the card %1 was reset; it is unblocked.</source>
        <translation>ПИН-код карты %1 сброшен; он разблокирован.</translation>
    </message>
    <message>
        <source>The PIN of the card &quot;%1&quot; (%2) was reset; it is unblocked.</source>
        <translation>ПИН-код карты «%1» (%2) сброшен; он разблокирован.</translation>
    </message>
</context>
<context>
    <name>CardManagerWindow</name>
    <message>
        <source>Manage virtual smart cards</source>
        <translation>Управление виртуальными смарт-картами</translation>
    </message>
    <message>
        <source>TPM lockout state</source>
        <translation>Состояние блокировки TPM</translation>
    </message>
    <message>
        <source>Car&amp;ds on this computer:</source>
        <translation>&amp;Карты на этом компьютере:</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Карты</translation>
    </message>
    <message>
        <source>Each row is a card: its name, where it lives, its keys, its PIN&apos;s state and how its PIN can be reset.</source>
        <translation>Каждая строка — это карта: ее имя, расположение, ключи, состояние ПИН-кода и способ сброса ПИН-кода.</translation>
    </message>
    <message>
        <source>Reading the cards</source>
        <translation>Чтение карт</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>Изменить &amp;ПИН-код…</translation>
    </message>
    <message>
        <source>R&amp;eset PIN…</source>
        <translation>&amp;Сбросить ПИН-код…</translation>
    </message>
    <message>
        <source>Change P&amp;UK…</source>
        <translation>Из&amp;менить PUK-код…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>Reads the cards and the TPM&apos;s lockout state again.</source>
        <translation>Повторно считывает карты и состояние блокировки TPM.</translation>
    </message>
    <message>
        <source>E&amp;nroll a new card…</source>
        <translation>Создать &amp;новую карту…</translation>
    </message>
    <message>
        <source>Opens the wizard that creates a card.</source>
        <translation>Открывает мастер создания карты.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Reading the cards…</source>
        <translation>Чтение карт…</translation>
    </message>
    <message>
        <source>The cards could not be read: %1 %2</source>
        <translation>Не удалось прочитать карты: %1 %2</translation>
    </message>
    <message>
        <source>There is no card yet. Enroll a new card to create one.</source>
        <translation>Карт пока нет. Создайте новую карту.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s).</source>
        <translation>
            <numerusform>%n карта.</numerusform>
            <numerusform>%n карты.</numerusform>
            <numerusform>%n карт.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a card first.</source>
        <translation>Сначала выберите карту.</translation>
    </message>
    <message>
        <source>The PIN is blocked; reset it first</source>
        <translation>ПИН-код заблокирован; сначала сбросьте его</translation>
    </message>
    <message>
        <source>This card can never be reset; remove it and create a new one</source>
        <translation>ПИН-код этой карты сбросить невозможно; удалите ее и создайте новую</translation>
    </message>
    <message>
        <source>The PUK is blocked, so this card can no longer be reset; remove it and create a new one</source>
        <translation>PUK-код заблокирован, поэтому ПИН-код этой карты больше нельзя сбросить; удалите ее и создайте новую</translation>
    </message>
    <message>
        <source>This card has no PUK</source>
        <translation>У этой карты нет PUK-кода</translation>
    </message>
    <message>
        <source>The PUK is blocked</source>
        <translation>PUK-код заблокирован</translation>
    </message>
    <message>
        <source>Sets a new PIN; the current PIN is needed.</source>
        <translation>Задает новый ПИН-код; требуется текущий ПИН-код.</translation>
    </message>
    <message>
        <source>Sets a new PIN without the current one, with the PUK or the admin key.</source>
        <translation>Задает новый ПИН-код без текущего — с помощью PUK-кода или ключа администратора.</translation>
    </message>
    <message>
        <source>Sets a new PUK; the current PUK is needed.</source>
        <translation>Задает новый PUK-код; требуется текущий PUK-код.</translation>
    </message>
    <message>
        <source>Removes the card and destroys its keys.</source>
        <translation>Удаляет карту и уничтожает ее ключи.</translation>
    </message>
</context>
<context>
    <name>CardNamePage</name>
    <message>
        <source>Card Name</source>
        <translation>Имя карты</translation>
    </message>
    <message>
        <source>Choose a name that helps you recognize the card.</source>
        <translation>Выберите имя, по которому вы узнаете карту.</translation>
    </message>
    <message>
        <source>Card na&amp;me:</source>
        <translation>&amp;Имя карты:</translation>
    </message>
    <message>
        <source>Card name</source>
        <translation>Имя карты</translation>
    </message>
    <message>
        <source>The name shown for the card, for example in the list of security devices of a browser.</source>
        <translation>Имя, под которым отображается карта, например в списке устройств безопасности браузера.</translation>
    </message>
    <message>
        <source>For example: Work laptop</source>
        <translation>Например: Рабочий ноутбук</translation>
    </message>
    <message>
        <source>Name check</source>
        <translation>Проверка имени</translation>
    </message>
    <message numerus="yes">
        <source>The name can have at most %n character(s).</source>
        <translation>
            <numerusform>Имя может содержать не более %n символа.</numerusform>
            <numerusform>Имя может содержать не более %n символов.</numerusform>
            <numerusform>Имя может содержать не более %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>A card named “%1” already exists. Choose another name.</source>
        <translation>Карта с именем «%1» уже существует. Выберите другое имя.</translation>
    </message>
    <message>
        <source>This name can be used.</source>
        <translation>Это имя можно использовать.</translation>
    </message>
</context>
<context>
    <name>CardRules</name>
    <message>
        <source>Enter a name for the card.</source>
        <translation>Введите имя карты.</translation>
    </message>
    <message>
        <source>The name contains a character that is not shown, such as a tab, a line break or a writing-direction mark. Remove it.</source>
        <translation>Имя содержит невидимый символ, например табуляцию, разрыв строки или знак направления письма. Удалите его.</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: it can have at most %n character(s).</source>
        <translation>
            <numerusform>Имя слишком длинное: оно может содержать не более %n символа.</numerusform>
            <numerusform>Имя слишком длинное: оно может содержать не более %n символов.</numerusform>
            <numerusform>Имя слишком длинное: оно может содержать не более %n символов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: a card name holds %n byte(s) in UTF-8, where letters beyond ASCII take two to four; this one takes %1.</source>
        <translation>
            <numerusform>Имя слишком длинное: имя карты вмещает %n байт в UTF-8, а буквы за пределами ASCII занимают от двух до четырех байт; это имя занимает %1.</numerusform>
            <numerusform>Имя слишком длинное: имя карты вмещает %n байта в UTF-8, а буквы за пределами ASCII занимают от двух до четырех байт; это имя занимает %1.</numerusform>
            <numerusform>Имя слишком длинное: имя карты вмещает %n байт в UTF-8, а буквы за пределами ASCII занимают от двух до четырех байт; это имя занимает %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name starts or ends with a space. Remove it.</source>
        <translation>Имя начинается или заканчивается пробелом. Удалите его.</translation>
    </message>
    <message>
        <source>The name is not valid UTF-8 text. Type it again in a terminal that uses UTF-8.</source>
        <translation>Имя не является допустимым текстом в UTF-8. Введите его повторно в терминале, использующем UTF-8.</translation>
    </message>
    <message>
        <source>The PIN breaks these rules: %1</source>
        <translation>ПИН-код нарушает следующие правила: %1</translation>
    </message>
    <message>
        <source>This PIN is one of the most common PINs, which whoever finds the card tries first. Choose one that is harder to guess.</source>
        <translation>Этот ПИН-код — один из самых распространенных, и нашедший карту попробует его первым. Выберите ПИН-код, который сложнее угадать.</translation>
    </message>
    <message>
        <source>The PIN contains a NUL byte or bytes that are not UTF-8 text; other programs could not type it.</source>
        <translation>ПИН-код содержит байт NUL или байты, не являющиеся текстом в UTF-8; другие программы не смогут его ввести.</translation>
    </message>
    <message>
        <source>The PUK contains a NUL byte or bytes that are not UTF-8 text; other programs could not type it.</source>
        <translation>PUK-код содержит байт NUL или байты, не являющиеся текстом в UTF-8; другие программы не смогут его ввести.</translation>
    </message>
    <message>
        <source>The PUK is the same as the PIN. Choose a different PUK: it must unlock the card when the PIN is forgotten or blocked.</source>
        <translation>PUK-код совпадает с ПИН-кодом. Выберите другой PUK-код: он должен разблокировать карту, если ПИН-код забыт или заблокирован.</translation>
    </message>
    <message numerus="yes">
        <source>The PUK must have %1 to %n character(s).</source>
        <translation>
            <numerusform>PUK-код должен содержать от %1 до %n символа.</numerusform>
            <numerusform>PUK-код должен содержать от %1 до %n символов.</numerusform>
            <numerusform>PUK-код должен содержать от %1 до %n символов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK is too long: a PUK can have at most %n byte(s) in UTF-8, where letters such as ä or € take two or three; this one takes %1.</source>
        <extracomment>%n: the most bytes any PUK may have; %1: the bytes this PUK takes.</extracomment>
        <translation>
            <numerusform>PUK-код слишком длинный: PUK-код может занимать в UTF-8 не более %n байта, а такие буквы, как ä или €, занимают два или три байта; этот занимает %1.</numerusform>
            <numerusform>PUK-код слишком длинный: PUK-код может занимать в UTF-8 не более %n байт, а такие буквы, как ä или €, занимают два или три байта; этот занимает %1.</numerusform>
            <numerusform>PUK-код слишком длинный: PUK-код может занимать в UTF-8 не более %n байт, а такие буквы, как ä или €, занимают два или три байта; этот занимает %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardTableModel</name>
    <message>
        <source>Instance id: %1</source>
        <translation>ИД экземпляра: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Ключи</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>ПИН-код</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Расположение</translation>
    </message>
</context>
<context>
    <name>CardText</name>
    <message>
        <source>TPM of this computer</source>
        <translation>TPM этого компьютера</translation>
    </message>
    <message>
        <source>Software TPM</source>
        <translation>Программный TPM</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Симулятор</translation>
    </message>
    <message numerus="yes">
        <source>PIN set; %n try(ies) left</source>
        <translation>
            <numerusform>ПИН-код задан; осталась %n попытка</numerusform>
            <numerusform>ПИН-код задан; осталось %n попытки</numerusform>
            <numerusform>ПИН-код задан; осталось %n попыток</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>ПИН-код задан</translation>
    </message>
    <message>
        <source>No PIN set</source>
        <translation>ПИН-код не задан</translation>
    </message>
    <message>
        <source>PIN blocked</source>
        <translation>ПИН-код заблокирован</translation>
    </message>
    <message>
        <source>Cannot be reset</source>
        <extracomment>The subject is the card (the virtual smart card): its PIN cannot be reset. A table cell.</extracomment>
        <translation>Сброс невозможен</translation>
    </message>
    <message>
        <source>PUK, or the default admin key</source>
        <translation>PUK-код или ключ администратора по умолчанию</translation>
    </message>
    <message>
        <source>Default admin key</source>
        <translation>Ключ администратора по умолчанию</translation>
    </message>
    <message>
        <source>PUK, or the admin key</source>
        <translation>PUK-код или ключ администратора</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Ключ администратора</translation>
    </message>
    <message>
        <source>PUK</source>
        <extracomment>PUK: PIN Unblocking Key, the secret that resets a blocked PIN.</extracomment>
        <translation>PUK-код</translation>
    </message>
    <message>
        <source>The TPM&apos;s lockout state is not known.</source>
        <translation>Состояние блокировки TPM неизвестно.</translation>
    </message>
    <message numerus="yes">
        <source>No wrong PINs counted by the TPM (it locks after %n).</source>
        <translation>
            <numerusform>TPM не учел ни одного неверного ПИН-кода (блокировка наступает после %n).</numerusform>
            <numerusform>TPM не учел ни одного неверного ПИН-кода (блокировка наступает после %n).</numerusform>
            <numerusform>TPM не учел ни одного неверного ПИН-кода (блокировка наступает после %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>location</comment>
        <extracomment>Where the card is kept (a TPM, the simulator) is not known. A table cell of the Location column.</extracomment>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>PIN state</comment>
        <extracomment>The state of the card&apos;s PIN (set, blocked) is not known. A table cell of the PIN column.</extracomment>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>recovery</comment>
        <extracomment>How the card&apos;s PIN can be reset is not known. A table cell of the Recovery column.</extracomment>
        <translation>Неизвестно</translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n second(s), on every card.</source>
        <translation>
            <numerusform>TPM заблокирован после слишком большого числа неверных ПИН-кодов: он снова начнет принимать ПИН-коды через %n секунду, для всех карт.</numerusform>
            <numerusform>TPM заблокирован после слишком большого числа неверных ПИН-кодов: он снова начнет принимать ПИН-коды через %n секунды, для всех карт.</numerusform>
            <numerusform>TPM заблокирован после слишком большого числа неверных ПИН-кодов: он снова начнет принимать ПИН-коды через %n секунд, для всех карт.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n minute(s), on every card.</source>
        <translation>
            <numerusform>TPM заблокирован после слишком большого числа неверных ПИН-кодов: он снова начнет принимать ПИН-коды через %n минуту, для всех карт.</numerusform>
            <numerusform>TPM заблокирован после слишком большого числа неверных ПИН-кодов: он снова начнет принимать ПИН-коды через %n минуты, для всех карт.</numerusform>
            <numerusform>TPM заблокирован после слишком большого числа неверных ПИН-кодов: он снова начнет принимать ПИН-коды через %n минут, для всех карт.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n hour(s), on every card.</source>
        <translation>
            <numerusform>TPM заблокирован после слишком большого числа неверных ПИН-кодов: он снова начнет принимать ПИН-коды через %n час, для всех карт.</numerusform>
            <numerusform>TPM заблокирован после слишком большого числа неверных ПИН-кодов: он снова начнет принимать ПИН-коды через %n часа, для всех карт.</numerusform>
            <numerusform>TPM заблокирован после слишком большого числа неверных ПИН-кодов: он снова начнет принимать ПИН-коды через %n часов, для всех карт.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n second(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>TPM учел %1 из %2 неверных ПИН-кодов по всем своим картам вместе. Счетчик уменьшается на единицу раз в %n секунду.</numerusform>
            <numerusform>TPM учел %1 из %2 неверных ПИН-кодов по всем своим картам вместе. Счетчик уменьшается на единицу раз в %n секунды.</numerusform>
            <numerusform>TPM учел %1 из %2 неверных ПИН-кодов по всем своим картам вместе. Счетчик уменьшается на единицу раз в %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n minute(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>TPM учел %1 из %2 неверных ПИН-кодов по всем своим картам вместе. Счетчик уменьшается на единицу раз в %n минуту.</numerusform>
            <numerusform>TPM учел %1 из %2 неверных ПИН-кодов по всем своим картам вместе. Счетчик уменьшается на единицу раз в %n минуты.</numerusform>
            <numerusform>TPM учел %1 из %2 неверных ПИН-кодов по всем своим картам вместе. Счетчик уменьшается на единицу раз в %n минут.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n hour(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>TPM учел %1 из %2 неверных ПИН-кодов по всем своим картам вместе. Счетчик уменьшается на единицу раз в %n час.</numerusform>
            <numerusform>TPM учел %1 из %2 неверных ПИН-кодов по всем своим картам вместе. Счетчик уменьшается на единицу раз в %n часа.</numerusform>
            <numerusform>TPM учел %1 из %2 неверных ПИН-кодов по всем своим картам вместе. Счетчик уменьшается на единицу раз в %n часов.</numerusform>
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
        <translation>Использование: vscwizard [ГЛОБАЛЬНЫЕ ПАРАМЕТРЫ] [КОМАНДА [ПАРАМЕТРЫ]]
Без команды открывается мастер создания карты.

Команды:
  create --name NAME [--pin prompt|default] [--puk prompt|default|none]
         [--adminkey default|random|prompt] [--generate]
         [--pinpolicy minlen N maxlen N CLASS RULE ...]
      Создать виртуальную смарт-карту и вывести ее ИД экземпляра.
      CLASS — uppercase, lowercase, digits, special или other; RULE — allow,
      require или disallow. По умолчанию: --pin prompt, --puk none, --adminkey default;
      ПИН-код и PUK-код по умолчанию — те же, что у tpmvscmgr. --adminkey random создает
      карту, которую нельзя сбросить, а можно только удалить. В tpm2 (Linux) PUK-код
      заменяет ключ администратора: у карты с PUK-кодом нет ключа администратора.
  destroy --instance ID
      Удалить виртуальную смарт-карту.
  list [--json]
      Показать виртуальные смарт-карты.
  status [--json]
      Показать состояние ПИН-кода каждой карты (оставшиеся попытки, блокировка),
      способ его сброса и состояние блокировки TPM, не расходуя попыток.
  change-pin --instance ID
      Изменить ПИН-код карты; считывает текущий ПИН-код, затем новый.
  reset-pin --instance ID [--with puk|adminkey]
      Задать новый ПИН-код, в том числе на заблокированной карте; считывает PUK-код (или
      ключ администратора в виде 48 шестнадцатеричных цифр), затем новый ПИН-код. По умолчанию:
      --with puk, если у карты есть PUK-код, иначе --with adminkey.
  change-puk --instance ID
      Изменить PUK-код карты; считывает текущий PUK-код, затем новый.
  explain CODE|NAME
      Показать значение TPMVSCMGR_ERROR или TPMVSCMGR_STATUS.
  software-tpm start|stop|status
      Управлять программным TPM пользователя, в котором хранятся карты, если
      аппаратный TPM недоступен (Linux). Его ключи не защищены оборудованием.
  --help, --version

Секреты никогда не берутся из командной строки. Значение prompt считывает их с
терминала без отображения, запрашивая дважды; если стандартный ввод — не терминал,
для каждого запрошенного секрета читается одна строка: для create в порядке ПИН-код,
PUK-код, ключ администратора (48 шестнадцатеричных цифр), для остальных команд —
в порядке, указанном выше. Каждый новый ПИН-код должен соответствовать политике организации (--policy).

Параметры всех команд:
  --verbose            выводить ход выполнения, даже если стандартный поток ошибок — не терминал

CTRL+C отменяет выполняемую операцию; ничего не остается сделанным наполовину.

Код завершения: 0 — успех, 1 — другой сбой, 2 — неверный вызов, 3 — отменено,
10 + N — для TPMVSCMGR_ERROR N (см. «vscwizard explain N»),
40 + N — для ошибки карты в change-pin, reset-pin, change-puk и status: 41 — неверный
ПИН-код, 42 — неверный PUK-код, 43 — неверный ключ администратора, 44 — ПИН-код заблокирован,
45 — PUK-код заблокирован, 46 — новый ПИН-код отклонен, 47 — новый PUK-код отклонен, 48 — сброс
невозможен, 49 — карта не найдена, 50 — блокировка TPM, 51 — здесь невозможно, 52 — другой сбой карты.
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
        <translation>Симулятор (только для тестов и демонстраций; карта на самом деле не создается):
  --sim-fail ERROR[@STATUS] один раз за процесс вызывает сбой с ошибкой ERROR на состоянии STATUS
  (имена без префикса TPMVSCMGR_, например GENERATE_FILESYSTEM@GENERATE_RUNNING; без @STATUS —
  на первом шаге). Сбой однократный: повторная попытка в том же процессе завершится успешно.
  --sim-fail CARD:ERROR[@OPERATION] один раз вызывает сбой операции с картой с ошибкой карты
  (WRONG_PIN, WRONG_PUK, WRONG_ADMIN_KEY, PIN_BLOCKED, PUK_BLOCKED, NEW_PIN_REFUSED,
  NEW_PUK_REFUSED, CANNOT_RESET, CARD_NOT_FOUND, TPM_LOCKOUT, UNSUPPORTED, FAILED) в
  change-pin, reset-pin, change-puk или status (без @ — при первом изменении или сбросе);
  на карте ничего не меняется.
  --sim-delay MS ждет перед каждым состоянием; отмена срабатывает на следующем состоянии.
</translation>
    </message>
    <message>
        <source>software-tpm takes one of start, stop or status.</source>
        <extracomment>software-tpm, start, stop and status are typed as they are: do not translate them.</extracomment>
        <translation>software-tpm принимает одно из значений: start, stop или status.</translation>
    </message>
    <message>
        <source>This program has no software TPM.</source>
        <translation>В этой программе нет программного TPM.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Команда не указана.</translation>
    </message>
    <message>
        <source>Unknown command. The commands are create, destroy, list, status, change-pin, reset-pin, change-puk, explain and software-tpm.</source>
        <translation>Неизвестная команда. Доступные команды: create, destroy, list, status, change-pin, reset-pin, change-puk, explain и software-tpm.</translation>
    </message>
</context>
<context>
    <name>ClientRegistration</name>
    <message>
        <source>The file %1 is not the program&apos;s own; it is left as it is.</source>
        <translation>Файл %1 создан не этой программой; он оставлен без изменений.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>list takes only --json.</source>
        <translation>list принимает только --json.</translation>
    </message>
    <message>
        <source>destroy: --instance needs the instance id shown by &quot;vscwizard list&quot;.</source>
        <translation>destroy: для --instance нужен ИД экземпляра, который показывает «vscwizard list».</translation>
    </message>
    <message>
        <source>destroy takes only --instance ID.</source>
        <translation>destroy принимает только --instance ID.</translation>
    </message>
    <message>
        <source>destroy takes exactly one --instance ID.</source>
        <translation>destroy принимает ровно один параметр --instance ID.</translation>
    </message>
    <message>
        <source>destroy needs --instance ID (see &quot;vscwizard list&quot;).</source>
        <translation>Для destroy нужен параметр --instance ID (см. «vscwizard list»).</translation>
    </message>
    <message>
        <source>Removed the virtual smart card %1.</source>
        <translation>Виртуальная смарт-карта %1 удалена.</translation>
    </message>
    <message>
        <source>Restart the computer to finish removing the card.</source>
        <translation>Перезагрузите компьютер, чтобы завершить удаление карты.</translation>
    </message>
    <message>
        <source>explain takes one error or status, as a name or a number.</source>
        <translation>explain принимает одну ошибку или одно состояние — по имени или номеру.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a TPMVSCMGR_ERROR nor a TPMVSCMGR_STATUS name or number.</source>
        <translation>«%1» не является ни именем, ни номером TPMVSCMGR_ERROR или TPMVSCMGR_STATUS.</translation>
    </message>
    <message>
        <source>Error %1: TPMVSCMGR_ERROR_%2</source>
        <translation>Ошибка %1: TPMVSCMGR_ERROR_%2</translation>
    </message>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message>
        <source>  vscwizard exits with status %1 on this error.</source>
        <translation>  При этой ошибке vscwizard завершается с кодом %1.</translation>
    </message>
    <message>
        <source>Status %1: TPMVSCMGR_STATUS_%2</source>
        <translation>Состояние %1: TPMVSCMGR_STATUS_%2</translation>
    </message>
    <message numerus="yes">
        <source>destroy: &quot;%1&quot; is not an instance id: none is longer than %n character(s) (see &quot;vscwizard list&quot;).</source>
        <translation>
            <numerusform>destroy: «%1» не является ИД экземпляра: ни один ИД не длиннее %n символа (см. «vscwizard list»).</numerusform>
            <numerusform>destroy: «%1» не является ИД экземпляра: ни один ИД не длиннее %n символов (см. «vscwizard list»).</numerusform>
            <numerusform>destroy: «%1» не является ИД экземпляра: ни один ИД не длиннее %n символов (см. «vscwizard list»).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateCommand</name>
    <message>
        <source>%1 takes one of: %2. Secrets are read from the terminal or from standard input, never from the command line.</source>
        <extracomment>%1 is an option such as --pin, %2 its keywords (prompt, stdin), typed as they are.</extracomment>
        <translation>%1 принимает одно из значений: %2. Секреты считываются с терминала или из стандартного ввода, но никогда из командной строки.</translation>
    </message>
    <message>
        <source>--pinpolicy needs rules, e.g. --pinpolicy minlen 6 digits require.</source>
        <translation>Для --pinpolicy нужны правила, например --pinpolicy minlen 6 digits require.</translation>
    </message>
    <message>
        <source>--pinpolicy: &quot;%1&quot; needs a value.</source>
        <translation>--pinpolicy: для «%1» требуется значение.</translation>
    </message>
    <message>
        <source>--pinpolicy: &quot;%1&quot; is not a rule; use minlen, maxlen, uppercase, lowercase, digits, special or other.</source>
        <translation>--pinpolicy: «%1» не является правилом; используйте minlen, maxlen, uppercase, lowercase, digits, special или other.</translation>
    </message>
    <message>
        <source>--pinpolicy: %1 is given twice; give each rule once.</source>
        <translation>--pinpolicy: %1 указано дважды; укажите каждое правило один раз.</translation>
    </message>
    <message>
        <source>--pinpolicy: %1 takes a number, not &quot;%2&quot;.</source>
        <translation>--pinpolicy: %1 принимает число, а не «%2».</translation>
    </message>
    <message>
        <source>--pinpolicy: %1 takes allow, require or disallow, not &quot;%2&quot;.</source>
        <translation>--pinpolicy: %1 принимает allow, require или disallow, а не «%2».</translation>
    </message>
    <message>
        <source>--pinpolicy: %1</source>
        <translation>--pinpolicy: %1</translation>
    </message>
    <message>
        <source>create: unexpected argument number %1; only options are taken.</source>
        <translation>create: непредвиденный аргумент номер %1; принимаются только параметры.</translation>
    </message>
    <message>
        <source>create: %1 is given twice.</source>
        <translation>create: %1 указан дважды.</translation>
    </message>
    <message>
        <source>create: --generate takes no value.</source>
        <translation>create: --generate не принимает значения.</translation>
    </message>
    <message>
        <source>create: unknown option %1.</source>
        <translation>create: неизвестный параметр %1.</translation>
    </message>
    <message>
        <source>create: %1 needs a value.</source>
        <translation>create: для %1 требуется значение.</translation>
    </message>
    <message>
        <source>create needs --name NAME.</source>
        <translation>Для create нужен параметр --name NAME.</translation>
    </message>
    <message>
        <source>The organization policy %1 sets the PIN rules; --pinpolicy cannot change them.</source>
        <translation>Правила ПИН-кода задает политика организации %1; --pinpolicy не может их изменить.</translation>
    </message>
    <message>
        <source>The organization policy %1 requires a PUK: add --puk prompt or --puk default.</source>
        <translation>Политика организации %1 требует PUK-код: добавьте --puk prompt или --puk default.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow a publicly known recovery secret, and on the %2 backend the PUK is the card&apos;s only one: use --puk prompt.</source>
        <translation>Политика организации %1 не допускает общеизвестный секрет восстановления, а в бэкенде %2 PUK-код — единственный такой секрет карты: используйте --puk prompt.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow the default admin key: add --adminkey prompt or --adminkey random.</source>
        <translation>Политика организации %1 не допускает ключ администратора по умолчанию: добавьте --adminkey prompt или --adminkey random.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow the default admin key: add --adminkey prompt.</source>
        <translation>Политика организации %1 не допускает ключ администратора по умолчанию: добавьте --adminkey prompt.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow a random admin key: add --adminkey prompt or --adminkey default.</source>
        <translation>Политика организации %1 не допускает случайный ключ администратора: добавьте --adminkey prompt или --adminkey default.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow a random admin key: add --adminkey prompt.</source>
        <translation>Политика организации %1 не допускает случайный ключ администратора: добавьте --adminkey prompt.</translation>
    </message>
    <message>
        <source>Or give the card a PUK with --puk prompt: on the %1 backend it takes the admin key&apos;s place.</source>
        <translation>Или задайте для карты PUK-код с помощью --puk prompt: в бэкенде %1 он заменяет ключ администратора.</translation>
    </message>
    <message>
        <source>--adminkey prompt would ask for a key that is never used: on the %1 backend the PUK takes the admin key&apos;s place. Leave out --adminkey, or use --puk none to protect the card with an admin key instead.</source>
        <translation>--adminkey prompt запросит ключ, который никогда не используется: в бэкенде %1 PUK-код заменяет ключ администратора. Не указывайте --adminkey или используйте --puk none, чтобы защитить карту ключом администратора вместо PUK-кода.</translation>
    </message>
    <message>
        <source>Note: on the %1 backend the PUK takes the admin key&apos;s place; --adminkey is ignored.</source>
        <translation>Примечание: в бэкенде %1 PUK-код заменяет ключ администратора; --adminkey игнорируется.</translation>
    </message>
    <message>
        <source>The two entries differed three times; nothing was created.</source>
        <translation>Два ввода трижды не совпали; ничего не создано.</translation>
    </message>
    <message>
        <source>The PIN must meet these rules:</source>
        <translation>ПИН-код должен соответствовать следующим правилам:</translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation>ПИН-код: </translation>
    </message>
    <message>
        <source>Repeat the PIN: </source>
        <translation>Повторите ПИН-код: </translation>
    </message>
    <message>
        <source>Standard input ended before the PIN was read.</source>
        <translation>Стандартный ввод закончился до того, как был прочитан ПИН-код.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Предупреждение: %1</translation>
    </message>
    <message>
        <source>The PIN breaks these rules:</source>
        <translation>ПИН-код нарушает следующие правила:</translation>
    </message>
    <message>
        <source>PUK: </source>
        <translation>PUK-код: </translation>
    </message>
    <message>
        <source>Repeat the PUK: </source>
        <translation>Повторите PUK-код: </translation>
    </message>
    <message>
        <source>Standard input ended before the PUK was read.</source>
        <translation>Стандартный ввод закончился до того, как был прочитан PUK-код.</translation>
    </message>
    <message>
        <source>The admin key beside the PUK is random and kept nowhere: only the PUK can reset this card.</source>
        <translation>Ключ администратора наряду с PUK-кодом — случайный и нигде не хранится: сбросить эту карту можно только PUK-кодом.</translation>
    </message>
    <message>
        <source>The admin key is random and kept nowhere: this card can never be reset, only removed.</source>
        <translation>Ключ администратора — случайный и нигде не хранится: эту карту никогда нельзя будет сбросить, только удалить.</translation>
    </message>
    <message>
        <source>Admin key (48 hex digits): </source>
        <translation>Ключ администратора (48 шестнадцатеричных цифр): </translation>
    </message>
    <message>
        <source>Repeat the admin key: </source>
        <translation>Повторите ключ администратора: </translation>
    </message>
    <message>
        <source>Standard input ended before the admin key was read.</source>
        <translation>Стандартный ввод закончился до того, как был прочитан ключ администратора.</translation>
    </message>
    <message>
        <source>Admin key: %1</source>
        <translation>Ключ администратора: %1</translation>
    </message>
    <message>
        <source>Admin key check value (KCV): %1</source>
        <translation>Контрольное значение ключа администратора (KCV): %1</translation>
    </message>
    <message>
        <source>Created the virtual smart card &quot;%1&quot; (%2).</source>
        <translation>Виртуальная смарт-карта «%1» (%2) создана.</translation>
    </message>
    <message>
        <source>The card has the default PIN; change it before you rely on the card.</source>
        <translation>На карте задан ПИН-код по умолчанию; измените его, прежде чем полагаться на карту.</translation>
    </message>
    <message>
        <source>Restart the computer before applications can use the card.</source>
        <translation>Перезагрузите компьютер, чтобы приложения могли использовать карту.</translation>
    </message>
</context>
<context>
    <name>EnrollmentWizard</name>
    <message>
        <source>Create a Virtual Smart Card</source>
        <translation>Создание виртуальной смарт-карты</translation>
    </message>
    <message>
        <source>Virtual smart card wizard</source>
        <translation>Мастер виртуальных смарт-карт</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>Could not act on your behalf</source>
        <translation>Не удалось действовать от вашего имени</translation>
    </message>
    <message>
        <source>The smart card service could not act with the rights of your user account, so it could not work on the card.</source>
        <translation>Службе смарт-карт не удалось действовать с правами вашей учетной записи, поэтому она не смогла работать с картой.</translation>
    </message>
    <message>
        <source>Sign out and sign in again, then retry. If it keeps failing, ask your administrator whether your account may manage smart cards on this computer.</source>
        <translation>Выйдите из системы, снова войдите и повторите попытку. Если ошибка повторяется, спросите администратора, разрешено ли вашей учетной записи управлять смарт-картами на этом компьютере.</translation>
    </message>
    <message>
        <source>PIN or PUK does not meet the rules</source>
        <translation>ПИН-код или PUK-код не соответствует правилам</translation>
    </message>
    <message>
        <source>The PIN or the PUK does not meet your organization&apos;s rules for their length or the kinds of characters they contain.</source>
        <translation>ПИН-код или PUK-код не соответствует правилам вашей организации в отношении длины или типов символов.</translation>
    </message>
    <message>
        <source>Choose a PIN and a PUK that meet every rule: those of the organization policy (--policy) and of --pinpolicy.</source>
        <translation>Выберите ПИН-код и PUK-код, которые соответствуют всем правилам: политики организации (--policy) и --pinpolicy.</translation>
    </message>
    <message>
        <source>Go back and choose a PIN and a PUK that meet every rule listed on the PIN page.</source>
        <translation>Вернитесь назад и выберите ПИН-код и PUK-код, которые соответствуют всем правилам, указанным на странице ПИН-кода.</translation>
    </message>
    <message>
        <source>Too many smart cards</source>
        <translation>Слишком много смарт-карт</translation>
    </message>
    <message>
        <source>This computer already has as many smart cards as it can use at once (10, counting physical and virtual cards).</source>
        <translation>На этом компьютере уже столько смарт-карт, сколько он может использовать одновременно (10, включая физические и виртуальные карты).</translation>
    </message>
    <message>
        <source>Remove a virtual smart card you no longer need or unplug a smart card reader, then try again.</source>
        <translation>Удалите ненужную виртуальную смарт-карту или отключите устройство чтения смарт-карт и повторите попытку.</translation>
    </message>
    <message>
        <source>Not possible in a remote session</source>
        <translation>Невозможно в удаленном сеансе</translation>
    </message>
    <message>
        <source>Virtual smart cards cannot be created or removed from a remote desktop session.</source>
        <translation>Виртуальные смарт-карты нельзя создавать и удалять из сеанса удаленного рабочего стола.</translation>
    </message>
    <message>
        <source>Sign in at the computer itself, not through a remote desktop connection, and try again.</source>
        <translation>Войдите в систему непосредственно на этом компьютере, а не через подключение к удаленному рабочему столу, и повторите попытку.</translation>
    </message>
    <message>
        <source>The TPM is not ready for smart cards</source>
        <translation>TPM не готов к работе со смарт-картами</translation>
    </message>
    <message>
        <source>The part of the system that keeps smart cards in the TPM (Trusted Platform Module) could not be started.</source>
        <translation>Не удалось запустить компонент системы, который хранит смарт-карты в TPM (доверенном платформенном модуле).</translation>
    </message>
    <message>
        <source>Check that the TPM is turned on and ready (in the firmware settings or with your administrator), restart the computer and try again.</source>
        <translation>Убедитесь, что TPM включен и готов к работе (в параметрах встроенного ПО или у вашего администратора), перезагрузите компьютер и повторите попытку.</translation>
    </message>
    <message>
        <source>The card&apos;s storage could not be created</source>
        <translation>Не удалось создать хранилище карты</translation>
    </message>
    <message>
        <source>The TPM could not create the protected storage that holds the virtual smart card&apos;s keys.</source>
        <translation>TPM не удалось создать защищенное хранилище для ключей виртуальной смарт-карты.</translation>
    </message>
    <message>
        <source>Make sure the TPM is not locked after too many wrong attempts and has room for another card, then try again.</source>
        <translation>Убедитесь, что TPM не заблокирован после слишком большого числа неверных попыток и в нем есть место для еще одной карты, затем повторите попытку.</translation>
    </message>
    <message>
        <source>The card&apos;s storage could not be removed</source>
        <translation>Не удалось удалить хранилище карты</translation>
    </message>
    <message>
        <source>The TPM could not delete the protected storage of the virtual smart card.</source>
        <translation>TPM не удалось удалить защищенное хранилище виртуальной смарт-карты.</translation>
    </message>
    <message>
        <source>Restart the computer and try removing the card again.</source>
        <translation>Перезагрузите компьютер и снова попробуйте удалить карту.</translation>
    </message>
    <message>
        <source>Card emulation could not start</source>
        <translation>Не удалось запустить эмуляцию карты</translation>
    </message>
    <message>
        <source>The software that makes the TPM behave like a smart card could not be started.</source>
        <translation>Не удалось запустить программу, благодаря которой TPM работает как смарт-карта.</translation>
    </message>
    <message>
        <source>Restart the computer and try again. If it keeps failing, reinstall or update the smart card software.</source>
        <translation>Перезагрузите компьютер и повторите попытку. Если ошибка повторяется, переустановите или обновите программное обеспечение смарт-карт.</translation>
    </message>
    <message>
        <source>Card emulation could not be set up</source>
        <translation>Не удалось настроить эмуляцию карты</translation>
    </message>
    <message>
        <source>The software that makes the TPM behave like a smart card could not set up this card.</source>
        <translation>Программе, благодаря которой TPM работает как смарт-карта, не удалось настроить эту карту.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, restart the computer first.</source>
        <translation>Повторите попытку. Если ошибка повторяется, сначала перезагрузите компьютер.</translation>
    </message>
    <message>
        <source>Card emulation could not be removed</source>
        <translation>Не удалось удалить эмуляцию карты</translation>
    </message>
    <message>
        <source>The software that makes the TPM behave like a smart card could not remove this card.</source>
        <translation>Программе, благодаря которой TPM работает как смарт-карта, не удалось удалить эту карту.</translation>
    </message>
    <message>
        <source>Restart the computer, then try removing the card again.</source>
        <translation>Перезагрузите компьютер, а затем снова попробуйте удалить карту.</translation>
    </message>
    <message>
        <source>Card settings could not be saved</source>
        <translation>Не удалось сохранить параметры карты</translation>
    </message>
    <message>
        <source>A setting of the card, such as its name or its PIN rules, could not be stored.</source>
        <translation>Не удалось сохранить параметр карты, например ее имя или правила ПИН-кода.</translation>
    </message>
    <message>
        <source>Check that the disk is not full and that the card&apos;s storage is writable, then try again.</source>
        <translation>Убедитесь, что диск не заполнен и в хранилище карты можно записывать данные, затем повторите попытку.</translation>
    </message>
    <message>
        <source>Card settings could not be read</source>
        <translation>Не удалось прочитать параметры карты</translation>
    </message>
    <message>
        <source>A setting of the card could not be read back, so the card could not be found or checked.</source>
        <translation>Не удалось повторно прочитать параметр карты, поэтому карту не удалось найти или проверить.</translation>
    </message>
    <message>
        <source>Check that the card still exists (another program may have removed it), then try again.</source>
        <translation>Убедитесь, что карта все еще существует (ее могла удалить другая программа), затем повторите попытку.</translation>
    </message>
    <message>
        <source>The virtual reader could not start</source>
        <translation>Не удалось запустить виртуальное устройство чтения</translation>
    </message>
    <message>
        <source>The virtual smart card reader, through which programs reach the card, could not be started.</source>
        <translation>Не удалось запустить виртуальное устройство чтения смарт-карт, через которое программы обращаются к карте.</translation>
    </message>
    <message>
        <source>Check that the smart card service is running, or restart the computer, and try again.</source>
        <translation>Убедитесь, что служба смарт-карт запущена, или перезагрузите компьютер и повторите попытку.</translation>
    </message>
    <message>
        <source>The virtual reader could not be created</source>
        <translation>Не удалось создать виртуальное устройство чтения</translation>
    </message>
    <message>
        <source>The virtual smart card reader for the new card could not be added.</source>
        <translation>Не удалось добавить виртуальное устройство чтения смарт-карт для новой карты.</translation>
    </message>
    <message>
        <source>Restart the computer and try again. Remove cards you no longer use if there are many.</source>
        <translation>Перезагрузите компьютер и повторите попытку. Если карт много, удалите те, которые больше не используете.</translation>
    </message>
    <message>
        <source>The virtual reader could not be removed</source>
        <translation>Не удалось удалить виртуальное устройство чтения</translation>
    </message>
    <message>
        <source>The virtual smart card reader of this card could not be removed.</source>
        <translation>Не удалось удалить виртуальное устройство чтения смарт-карт этой карты.</translation>
    </message>
    <message>
        <source>Restart the computer, which usually removes the reader, and try again if the card is still listed.</source>
        <translation>Перезагрузите компьютер — обычно это удаляет устройство чтения — и повторите попытку, если карта все еще есть в списке.</translation>
    </message>
    <message>
        <source>Could not connect to the new card</source>
        <translation>Не удалось подключиться к новой карте</translation>
    </message>
    <message>
        <source>The new card could not be reached to set up its contents.</source>
        <translation>Не удалось обратиться к новой карте, чтобы подготовить ее содержимое.</translation>
    </message>
    <message>
        <source>Wait a moment and try again. If it keeps failing, restart the computer.</source>
        <translation>Подождите немного и повторите попытку. Если ошибка повторяется, перезагрузите компьютер.</translation>
    </message>
    <message>
        <source>The card&apos;s contents could not be prepared</source>
        <translation>Не удалось подготовить содержимое карты</translation>
    </message>
    <message>
        <source>The file system or the keys of the new card could not be generated.</source>
        <translation>Не удалось создать файловую систему или ключи новой карты.</translation>
    </message>
    <message>
        <source>Try again, or create the card without generating its contents and generate them later.</source>
        <translation>Повторите попытку или создайте карту без содержимого и создайте его позже.</translation>
    </message>
    <message>
        <source>Unable to create the smart card</source>
        <translation>Не удалось создать смарт-карту</translation>
    </message>
    <message>
        <source>The virtual smart card could not be created.</source>
        <translation>Не удалось создать виртуальную смарт-карту.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, give the details below to your administrator.</source>
        <translation>Повторите попытку. Если ошибка повторяется, передайте приведенные ниже сведения администратору.</translation>
    </message>
    <message>
        <source>Unable to remove the smart card</source>
        <translation>Не удалось удалить смарт-карту</translation>
    </message>
    <message>
        <source>The virtual smart card could not be removed.</source>
        <translation>Не удалось удалить виртуальную смарт-карту.</translation>
    </message>
    <message>
        <source>Close the programs that use the card and try again. If the card is still listed, restart the computer.</source>
        <translation>Закройте программы, использующие карту, и повторите попытку. Если карта все еще есть в списке, перезагрузите компьютер.</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Неизвестная ошибка</translation>
    </message>
    <message>
        <source>Unknown error (code %1)</source>
        <translation>Неизвестная ошибка (код %1)</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Неверный ПИН-код</translation>
    </message>
    <message>
        <source>Type the PIN again, carefully. If you have forgotten it, reset it with the PUK or the admin key instead of guessing: every wrong PIN counts.</source>
        <translation>Внимательно введите ПИН-код еще раз. Если вы его забыли, не пытайтесь угадать, а сбросьте его с помощью PUK-кода или ключа администратора: учитывается каждый неверный ПИН-код.</translation>
    </message>
    <message>
        <source>Wrong PUK</source>
        <translation>Неверный PUK-код</translation>
    </message>
    <message>
        <source>Type the PUK again, carefully: it is the one set when the card was made, not the PIN.</source>
        <translation>Внимательно введите PUK-код еще раз: это код, заданный при создании карты, а не ПИН-код.</translation>
    </message>
    <message>
        <source>Wrong admin key</source>
        <translation>Неверный ключ администратора</translation>
    </message>
    <message>
        <source>Check the 48 hexadecimal digits and the check value (KCV) you were given for this card.</source>
        <translation>Проверьте 48 шестнадцатеричных цифр и контрольное значение (KCV), полученные для этой карты.</translation>
    </message>
    <message>
        <source>PIN blocked</source>
        <translation>ПИН-код заблокирован</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is blocked after too many wrong tries.</source>
        <translation>ПИН-код карты заблокирован после слишком большого числа неверных попыток.</translation>
    </message>
    <message>
        <source>Reset it with vscwizard reset-pin, using the PUK or the admin key.</source>
        <translation>Сбросьте его командой vscwizard reset-pin с помощью PUK-кода или ключа администратора.</translation>
    </message>
    <message>
        <source>Reset the PIN with the PUK or the admin key.</source>
        <translation>Сбросьте ПИН-код с помощью PUK-кода или ключа администратора.</translation>
    </message>
    <message>
        <source>PUK blocked</source>
        <translation>PUK-код заблокирован</translation>
    </message>
    <message>
        <source>The card&apos;s PUK is blocked after too many wrong tries.</source>
        <translation>PUK-код карты заблокирован после слишком большого числа неверных попыток.</translation>
    </message>
    <message>
        <source>The PIN can no longer be reset with the PUK. Remove the card and create a new one.</source>
        <translation>ПИН-код больше нельзя сбросить с помощью PUK-кода. Удалите карту и создайте новую.</translation>
    </message>
    <message>
        <source>New PIN not allowed</source>
        <translation>Новый ПИН-код не допускается</translation>
    </message>
    <message>
        <source>The new PIN does not meet the card&apos;s rules.</source>
        <translation>Новый ПИН-код не соответствует правилам карты.</translation>
    </message>
    <message>
        <source>Choose a PIN that meets every rule listed above.</source>
        <translation>Выберите ПИН-код, соответствующий всем правилам, перечисленным выше.</translation>
    </message>
    <message>
        <source>Choose a PIN that meets every rule shown.</source>
        <translation>Выберите ПИН-код, соответствующий всем показанным правилам.</translation>
    </message>
    <message>
        <source>New PUK not allowed</source>
        <translation>Новый PUK-код не допускается</translation>
    </message>
    <message>
        <source>The new PUK does not meet the card&apos;s rules.</source>
        <translation>Новый PUK-код не соответствует правилам карты.</translation>
    </message>
    <message>
        <source>Choose a PUK of 8 to 127 characters that is not the PIN.</source>
        <translation>Выберите PUK-код длиной от 8 до 127 символов, не совпадающий с ПИН-кодом.</translation>
    </message>
    <message>
        <source>This card cannot be reset</source>
        <translation>Эту карту невозможно сбросить</translation>
    </message>
    <message>
        <source>The card has no PUK and a random admin key that nobody knows, so nothing can reset its PIN.</source>
        <translation>У карты нет PUK-кода, а ее ключ администратора — случайный и никому не известен, поэтому ее ПИН-код сбросить нечем.</translation>
    </message>
    <message>
        <source>Remove the card (vscwizard destroy) and create a new one.</source>
        <translation>Удалите карту (vscwizard destroy) и создайте новую.</translation>
    </message>
    <message>
        <source>Remove the card and create a new one.</source>
        <translation>Удалите карту и создайте новую.</translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>Карта не найдена</translation>
    </message>
    <message>
        <source>The card was not found. It may have been removed.</source>
        <translation>Карта не найдена. Возможно, она была удалена.</translation>
    </message>
    <message>
        <source>vscwizard list shows the cards and their instance ids.</source>
        <translation>Команда vscwizard list показывает карты и их ИД экземпляров.</translation>
    </message>
    <message>
        <source>Refresh the list of cards.</source>
        <translation>Обновите список карт.</translation>
    </message>
    <message>
        <source>The TPM is locked</source>
        <translation>TPM заблокирован</translation>
    </message>
    <message>
        <source>The TPM refuses every PIN for a while after too many wrong ones, on every card.</source>
        <translation>После слишком большого числа неверных ПИН-кодов TPM на время отклоняет любой ПИН-код для всех карт.</translation>
    </message>
    <message>
        <source>Wait until the TPM accepts PINs again, then try once more.</source>
        <translation>Подождите, пока TPM снова начнет принимать ПИН-коды, затем повторите попытку.</translation>
    </message>
    <message>
        <source>Not possible here</source>
        <translation>Здесь невозможно</translation>
    </message>
    <message>
        <source>This card or this computer does not offer this operation.</source>
        <translation>Эта карта или этот компьютер не поддерживает эту операцию.</translation>
    </message>
    <message>
        <source>The card could not be changed</source>
        <translation>Не удалось изменить карту</translation>
    </message>
    <message>
        <source>The operation did not finish; the card is as it was.</source>
        <translation>Операция не завершена; карта осталась без изменений.</translation>
    </message>
    <message>
        <source>Try again. The details say what the card answered.</source>
        <translation>Повторите попытку. В подробных сведениях указан ответ карты.</translation>
    </message>
    <message>
        <source>Initializing the virtual smart card…</source>
        <translation>Инициализация виртуальной смарт-карты…</translation>
    </message>
    <message>
        <source>Creating the card&apos;s protected storage in the TPM…</source>
        <translation>Создание защищенного хранилища карты в TPM…</translation>
    </message>
    <message>
        <source>Removing the card&apos;s protected storage from the TPM…</source>
        <translation>Удаление защищенного хранилища карты из TPM…</translation>
    </message>
    <message>
        <source>Starting the card emulation…</source>
        <translation>Запуск эмуляции карты…</translation>
    </message>
    <message>
        <source>Setting up the card emulation…</source>
        <translation>Настройка эмуляции карты…</translation>
    </message>
    <message>
        <source>Removing the card emulation…</source>
        <translation>Удаление эмуляции карты…</translation>
    </message>
    <message>
        <source>Starting the virtual reader…</source>
        <translation>Запуск виртуального устройства чтения…</translation>
    </message>
    <message>
        <source>Creating the virtual reader…</source>
        <translation>Создание виртуального устройства чтения…</translation>
    </message>
    <message>
        <source>Removing the virtual reader…</source>
        <translation>Удаление виртуального устройства чтения…</translation>
    </message>
    <message>
        <source>Waiting for the new card to appear…</source>
        <translation>Ожидание появления новой карты…</translation>
    </message>
    <message>
        <source>Signing in to the new card…</source>
        <extracomment>A stage: logging in to the new card (token) with its PIN.</extracomment>
        <translation>Аутентификация на новой карте…</translation>
    </message>
    <message>
        <source>Generating the card&apos;s contents…</source>
        <translation>Создание содержимого карты…</translation>
    </message>
    <message>
        <source>The virtual smart card was created.</source>
        <translation>Виртуальная смарт-карта создана.</translation>
    </message>
    <message>
        <source>The virtual smart card was removed.</source>
        <translation>Виртуальная смарт-карта удалена.</translation>
    </message>
    <message>
        <source>Unknown step (code %1)</source>
        <translation>Неизвестный шаг (код %1)</translation>
    </message>
    <message>
        <source>The operation was cancelled before it finished; nothing was changed.</source>
        <translation>Операция отменена до завершения; ничего не изменено.</translation>
    </message>
    <message numerus="yes">
        <source>The PIN is wrong for this card. %n try(ies) left before the PIN is blocked.</source>
        <translation>
            <numerusform>Неверный ПИН-код для этой карты. До блокировки ПИН-кода осталась %n попытка.</numerusform>
            <numerusform>Неверный ПИН-код для этой карты. До блокировки ПИН-кода осталось %n попытки.</numerusform>
            <numerusform>Неверный ПИН-код для этой карты. До блокировки ПИН-кода осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN is wrong for this card.</source>
        <translation>Неверный ПИН-код для этой карты.</translation>
    </message>
    <message numerus="yes">
        <source>The PUK is wrong for this card. %n try(ies) left before the PUK is blocked too.</source>
        <translation>
            <numerusform>Неверный PUK-код для этой карты. До блокировки и PUK-кода осталась %n попытка.</numerusform>
            <numerusform>Неверный PUK-код для этой карты. До блокировки и PUK-кода осталось %n попытки.</numerusform>
            <numerusform>Неверный PUK-код для этой карты. До блокировки и PUK-кода осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PUK is wrong for this card.</source>
        <translation>Неверный PUK-код для этой карты.</translation>
    </message>
    <message>
        <source>The admin key is wrong for this card, so the PIN was not reset.</source>
        <translation>Неверный ключ администратора для этой карты, поэтому ПИН-код не сброшен.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Что пошло не так</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что делать</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Подробности</translation>
    </message>
    <message>
        <source>Shows or hides the technical details of the error.</source>
        <translation>Показывает или скрывает технические сведения об ошибке.</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Технические сведения</translation>
    </message>
    <message>
        <source>Error: TPMVSCMGR_ERROR_%1 (%2)</source>
        <translation>Ошибка: TPMVSCMGR_ERROR_%1 (%2)</translation>
    </message>
    <message>
        <source>Backend detail: none</source>
        <translation>Сведения бэкенда: нет</translation>
    </message>
    <message>
        <source>Backend detail: %1</source>
        <translation>Сведения бэкенда: %1</translation>
    </message>
    <message>
        <source>Card error %1</source>
        <translation>Ошибка карты %1</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Options</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Choose how the card is prepared.</source>
        <translation>Выберите способ подготовки карты.</translation>
    </message>
    <message>
        <source>&amp;Prepare the card for use now (file system and key pair)</source>
        <translation>&amp;Подготовить карту к работе сейчас (файловая система и пара ключей)</translation>
    </message>
    <message>
        <source>Creates the card&apos;s file system and a key pair right away, so the card can be used at once.</source>
        <translation>Сразу создает файловую систему карты и пару ключей, чтобы карту можно было использовать немедленно.</translation>
    </message>
    <message>
        <source>Without this, the card is created empty and an application must prepare it before first use.</source>
        <translation>Без этого карта создается пустой, и перед первым использованием ее должно подготовить приложение.</translation>
    </message>
    <message>
        <source>&amp;Key algorithm:</source>
        <translation>Алгоритм &amp;ключа:</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>Алгоритм ключа</translation>
    </message>
    <message>
        <source>The kind of key pair created on the card.</source>
        <translation>Тип пары ключей, создаваемой на карте.</translation>
    </message>
    <message>
        <source>A&amp;ttestation:</source>
        <translation>&amp;Аттестация:</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Аттестация</translation>
    </message>
    <message>
        <source>Whether the card can prove to a server that its keys are protected by this computer&apos;s TPM.</source>
        <translation>Может ли карта доказать серверу, что ее ключи защищены TPM этого компьютера.</translation>
    </message>
    <message>
        <source>&amp;Prepare the card for use now (a key pair)</source>
        <translation>&amp;Подготовить карту к работе сейчас (пара ключей)</translation>
    </message>
    <message>
        <source>Creates a key pair on the card right away, so the card can be used at once.</source>
        <translation>Сразу создает на карте пару ключей, чтобы карту можно было использовать немедленно.</translation>
    </message>
    <message>
        <source>Elliptic curve P-256 (recommended)</source>
        <translation>Эллиптическая кривая P-256 (рекомендуется)</translation>
    </message>
    <message>
        <source>RSA 2048 bits</source>
        <translation>RSA 2048 бит</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Attestation identity key only</source>
        <translation>Только ключ удостоверения аттестации (AIK)</translation>
    </message>
    <message>
        <source>Attestation identity key and certificate (needs network access)</source>
        <translation>Ключ удостоверения аттестации (AIK) и сертификат (требуется доступ к сети)</translation>
    </message>
</context>
<context>
    <name>OrganizationPolicy</name>
    <message>
        <source>The policy file %1 cannot be read: %2</source>
        <translation>Не удается прочитать файл политики %1: %2</translation>
    </message>
    <message>
        <source>The policy file %1 does not exist.</source>
        <translation>Файл политики %1 не существует.</translation>
    </message>
    <message>
        <source>The policy file %1 is not a regular file.</source>
        <translation>Файл политики %1 не является обычным файлом.</translation>
    </message>
    <message>
        <source>this line is not valid UTF-8; save the file as UTF-8.</source>
        <translation>эта строка не является допустимым текстом UTF-8; сохраните файл в кодировке UTF-8.</translation>
    </message>
    <message>
        <source>this line contains a control character.</source>
        <translation>эта строка содержит управляющий символ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a [Section], a Key=Value line nor a comment.</source>
        <translation>«%1» не является ни заголовком [Раздел], ни строкой Ключ=Значение, ни комментарием.</translation>
    </message>
    <message>
        <source>the section [%1] appears a second time (first on line %2); each section may appear once.</source>
        <translation>раздел [%1] встречается повторно (впервые в строке %2); каждый раздел может встречаться только один раз.</translation>
    </message>
    <message>
        <source>the line &quot;%1&quot; has no key before the &quot;=&quot;.</source>
        <translation>в строке «%1» нет ключа перед знаком «=».</translation>
    </message>
    <message>
        <source>the key %1 (value &quot;%2&quot;) comes before any section; put it under [%3] or [%4].</source>
        <translation>ключ %1 (значение «%2») находится перед всеми разделами; поместите его в раздел [%3] или [%4].</translation>
    </message>
    <message>
        <source>the key %1 (value &quot;%2&quot;) is unknown; the keys of [%3] are %4.</source>
        <translation>ключ %1 (значение «%2») неизвестен; ключи раздела [%3]: %4.</translation>
    </message>
    <message>
        <source>the key %1 is given a second time (first on line %2); each key may be given once.</source>
        <translation>ключ %1 указан повторно (впервые в строке %2); каждый ключ можно указать только один раз.</translation>
    </message>
    <message>
        <source>the PIN policy of this section cannot be used: %1</source>
        <translation>политику ПИН-кодов этого раздела нельзя использовать: %1</translation>
    </message>
    <message numerus="yes">
        <source>The policy file %1 is larger than %n byte(s); a policy file has a few lines.</source>
        <translation>
            <numerusform>Размер файла политики %1 превышает %n байт; файл политики состоит из нескольких строк.</numerusform>
            <numerusform>Размер файла политики %1 превышает %n байта; файл политики состоит из нескольких строк.</numerusform>
            <numerusform>Размер файла политики %1 превышает %n байт; файл политики состоит из нескольких строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>the section [%1] is unknown; the sections are [%2] and [%3].</source>
        <extracomment>After &quot;file:line: &quot;. [%2] and [%3] are the section names of the file, kept in English.</extracomment>
        <translation>раздел [%1] неизвестен; допустимые разделы: [%2] и [%3].</translation>
    </message>
    <message>
        <source>the section [%1] is unknown, and with it the key %2 (value &quot;%3&quot;) on line %4; the sections are [%5] and [%6].</source>
        <extracomment>After &quot;file:line: &quot;. [%5] and [%6] are the section names of the file, kept in English.</extracomment>
        <translation>раздел [%1] неизвестен, а вместе с ним и ключ %2 (значение «%3») в строке %4; допустимые разделы: [%5] и [%6].</translation>
    </message>
    <message>
        <source>the key %1 has no value; it must be a whole number from %2 to %3.</source>
        <extracomment>After &quot;file:line: &quot;. %1: a key of the policy file.</extracomment>
        <translation>у ключа %1 нет значения; значение должно быть целым числом от %2 до %3.</translation>
    </message>
    <message>
        <source>the key %1 has the value &quot;%2&quot;; it must be a whole number from %3 to %4.</source>
        <extracomment>After &quot;file:line: &quot;. %1: a key of the policy file; %2: its value.</extracomment>
        <translation>ключ %1 имеет значение «%2»; значение должно быть целым числом от %3 до %4.</translation>
    </message>
    <message>
        <source>the key %1 has no value; it must be allow, require or disallow.</source>
        <extracomment>After &quot;file:line: &quot;. allow, require and disallow are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>у ключа %1 нет значения; значение должно быть allow, require или disallow.</translation>
    </message>
    <message>
        <source>the key %1 has the value &quot;%2&quot;; it must be allow, require or disallow.</source>
        <extracomment>After &quot;file:line: &quot;. allow, require and disallow are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>ключ %1 имеет значение «%2»; значение должно быть allow, require или disallow.</translation>
    </message>
    <message>
        <source>the key %1 has no value; it must be true or false.</source>
        <extracomment>After &quot;file:line: &quot;. true and false are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>у ключа %1 нет значения; значение должно быть true или false.</translation>
    </message>
    <message>
        <source>the key %1 has the value &quot;%2&quot;; it must be true or false.</source>
        <extracomment>After &quot;file:line: &quot;. true and false are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>ключ %1 имеет значение «%2»; значение должно быть true или false.</translation>
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
        <translation>Команды и их параметры: «vscwizard --help».</translation>
    </message>
    <message>
        <source>vscwizard: standard input cannot be read.</source>
        <translation>vscwizard: не удается прочитать стандартный ввод.</translation>
    </message>
    <message>
        <source>  - %1</source>
        <translation>  - %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Подробности: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Предупреждение: %1</translation>
    </message>
    <message>
        <source>Cannot continue: %1</source>
        <translation>Невозможно продолжить: %1</translation>
    </message>
    <message>
        <source>No virtual smart cards.</source>
        <translation>Виртуальных смарт-карт нет.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Instance id</source>
        <translation>ИД экземпляра</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Расположение</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Ключи</translation>
    </message>
    <message>
        <source>PIN state</source>
        <translation>Состояние ПИН-кода</translation>
    </message>
    <message>
        <source>TPM: %1</source>
        <translation>TPM: %1</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Восстановление</translation>
    </message>
    <message numerus="yes">
        <source>A line of standard input is longer than %n byte(s); no secret is that long.</source>
        <translation>
            <numerusform>Строка стандартного ввода длиннее %n байта; ни один секрет не бывает такой длины.</numerusform>
            <numerusform>Строка стандартного ввода длиннее %n байт; ни один секрет не бывает такой длины.</numerusform>
            <numerusform>Строка стандартного ввода длиннее %n байт; ни один секрет не бывает такой длины.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinEntry</name>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;ПИН-код:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>ПИН-код</translation>
    </message>
    <message>
        <source>The new PIN of the card. The rules it must meet are listed below.</source>
        <translation>Новый ПИН-код карты. Правила, которым он должен соответствовать, перечислены ниже.</translation>
    </message>
    <message>
        <source>Con&amp;firm PIN:</source>
        <translation>Подтвер&amp;дите ПИН-код:</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>Подтверждение ПИН-кода</translation>
    </message>
    <message>
        <source>Type the same PIN again.</source>
        <translation>Введите тот же ПИН-код еще раз.</translation>
    </message>
    <message>
        <source>&amp;Show PIN</source>
        <translation>Пока&amp;зать ПИН-код</translation>
    </message>
    <message>
        <source>Shows the PIN as plain text instead of dots. Make sure nobody is watching.</source>
        <translation>Показывает ПИН-код обычным текстом вместо точек. Убедитесь, что никто не подсматривает.</translation>
    </message>
    <message>
        <source>PIN check</source>
        <translation>Проверка ПИН-кода</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>The PIN must meet these &amp;rules:</source>
        <translation>ПИН-код должен соответствовать этим п&amp;равилам:</translation>
    </message>
    <message>
        <source>PIN rules</source>
        <translation>Правила ПИН-кода</translation>
    </message>
    <message>
        <source>Each rule is marked as met or not met while you type.</source>
        <translation>По мере ввода каждое правило отмечается как выполненное или невыполненное.</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>&amp;Новый ПИН-код:</translation>
    </message>
    <message>
        <source>&amp;New PUK:</source>
        <translation>&amp;Новый PUK-код:</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Новый ПИН-код</translation>
    </message>
    <message>
        <source>New PUK</source>
        <translation>Новый PUK-код</translation>
    </message>
    <message>
        <source>The card&apos;s new PIN. The rules it must meet are listed below.</source>
        <translation>Новый ПИН-код карты. Правила, которым он должен соответствовать, перечислены ниже.</translation>
    </message>
    <message>
        <source>The card&apos;s new PUK: 8 to 127 characters, not the PIN.</source>
        <translation>Новый PUK-код карты: от 8 до 127 символов, не совпадающий с ПИН-кодом.</translation>
    </message>
    <message>
        <source>Con&amp;firm new PIN:</source>
        <translation>Подтвер&amp;дите новый ПИН-код:</translation>
    </message>
    <message>
        <source>Con&amp;firm new PUK:</source>
        <translation>Подтвер&amp;дите новый PUK-код:</translation>
    </message>
    <message>
        <source>Confirm new PIN</source>
        <translation>Подтверждение нового ПИН-кода</translation>
    </message>
    <message>
        <source>Confirm new PUK</source>
        <translation>Подтверждение нового PUK-кода</translation>
    </message>
    <message>
        <source>Type the same PUK again.</source>
        <translation>Введите тот же PUK-код еще раз.</translation>
    </message>
    <message>
        <source>&amp;Show PUK</source>
        <translation>Пока&amp;зать PUK-код</translation>
    </message>
    <message>
        <source>Broken</source>
        <extracomment>The state of a PIN rule, read out by screen readers: the PIN breaks this rule.</extracomment>
        <translation>Нарушено</translation>
    </message>
    <message>
        <source>Met</source>
        <extracomment>The state of a PIN rule, read out by screen readers: &quot;Met&quot; = the PIN keeps the rule; &quot;Not met yet&quot; = it does not keep it yet.</extracomment>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Not met yet</source>
        <translation>Еще не выполнено</translation>
    </message>
    <message>
        <source>The PIN contains a character the rules do not allow (“%1”). Remove it.</source>
        <translation>ПИН-код содержит символ, недопустимый по правилам («%1»). Удалите его.</translation>
    </message>
    <message>
        <source>The PIN is too long (“%1”). Shorten it.</source>
        <translation>ПИН-код слишком длинный («%1»). Сократите его.</translation>
    </message>
    <message>
        <source>The two PINs do not match.</source>
        <translation>Введенные ПИН-коды не совпадают.</translation>
    </message>
    <message>
        <source>The two PUKs do not match.</source>
        <translation>Введенные PUK-коды не совпадают.</translation>
    </message>
    <message>
        <source>The PUKs match.</source>
        <translation>PUK-коды совпадают.</translation>
    </message>
    <message>
        <source>Type the PIN again in the second field to confirm it.</source>
        <translation>Для подтверждения введите ПИН-код еще раз во втором поле.</translation>
    </message>
    <message>
        <source>Type the PUK again in the second field to confirm it.</source>
        <translation>Для подтверждения введите PUK-код еще раз во втором поле.</translation>
    </message>
    <message>
        <source>The PINs match.</source>
        <translation>ПИН-коды совпадают.</translation>
    </message>
    <message>
        <source>The PINs match, but not every rule below is met yet.</source>
        <translation>ПИН-коды совпадают, но еще не все правила ниже выполнены.</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>PIN</source>
        <translation>ПИН-код</translation>
    </message>
    <message>
        <source>The PIN unlocks the card each time you use it. Choose one you can remember; nobody else should know it.</source>
        <translation>ПИН-код разблокирует карту при каждом использовании. Выберите ПИН-код, который вы сможете запомнить; больше никто не должен его знать.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;ПИН-код:</translation>
    </message>
    <message>
        <source>The new PIN of the card. The rules it must meet are listed below.</source>
        <translation>Новый ПИН-код карты. Правила, которым он должен соответствовать, перечислены ниже.</translation>
    </message>
    <message>
        <source>Con&amp;firm PIN:</source>
        <translation>Подтвер&amp;дите ПИН-код:</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>Подтверждение ПИН-кода</translation>
    </message>
    <message>
        <source>The PIN you entered before is kept. Type a new one to change it.</source>
        <translation>Ранее введенный ПИН-код сохранен. Чтобы изменить его, введите новый.</translation>
    </message>
</context>
<context>
    <name>PinPolicy</name>
    <message>
        <source>The minimum PIN length is %1; it must be at least %2.</source>
        <translation>Минимальная длина ПИН-кода — %1; она должна быть не меньше %2.</translation>
    </message>
    <message>
        <source>The maximum PIN length is %1; it can be at most %2.</source>
        <translation>Максимальная длина ПИН-кода — %1; она может быть не больше %2.</translation>
    </message>
    <message>
        <source>The minimum PIN length (%1) is greater than the maximum (%2).</source>
        <translation>Минимальная длина ПИН-кода (%1) больше максимальной (%2).</translation>
    </message>
    <message>
        <source>The policy disallows every kind of character, so no PIN can meet it.</source>
        <translation>Политика запрещает все типы символов, поэтому ни один ПИН-код не может ей соответствовать.</translation>
    </message>
    <message numerus="yes">
        <source>The policy requires %1 kinds of character, but a PIN may have at most %n character(s).</source>
        <translation>
            <numerusform>Политика требует символы %1 типов, а ПИН-код может содержать не более %n символа.</numerusform>
            <numerusform>Политика требует символы %1 типов, а ПИН-код может содержать не более %n символов.</numerusform>
            <numerusform>Политика требует символы %1 типов, а ПИН-код может содержать не более %n символов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n byte(s) (ä or € count as 2 or 3)</source>
        <translation>
            <numerusform>Не менее %n байта (ä или € считаются за 2 или 3)</numerusform>
            <numerusform>Не менее %n байт (ä или € считаются за 2 или 3)</numerusform>
            <numerusform>Не менее %n байт (ä или € считаются за 2 или 3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>Не менее %n символа</numerusform>
            <numerusform>Не менее %n символов</numerusform>
            <numerusform>Не менее %n символов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n byte(s) (ä or € count as 2 or 3)</source>
        <translation>
            <numerusform>Не более %n байта (ä или € считаются за 2 или 3)</numerusform>
            <numerusform>Не более %n байт (ä или € считаются за 2 или 3)</numerusform>
            <numerusform>Не более %n байт (ä или € считаются за 2 или 3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n character(s)</source>
        <translation>
            <numerusform>Не более %n символа</numerusform>
            <numerusform>Не более %n символов</numerusform>
            <numerusform>Не более %n символов</numerusform>
        </translation>
    </message>
    <message>
        <source>At least one uppercase letter (A-Z)</source>
        <translation>Хотя бы одна прописная буква (A–Z)</translation>
    </message>
    <message>
        <source>At least one lowercase letter (a-z)</source>
        <translation>Хотя бы одна строчная буква (a–z)</translation>
    </message>
    <message>
        <source>At least one digit (0-9)</source>
        <translation>Хотя бы одна цифра (0–9)</translation>
    </message>
    <message>
        <source>At least one special character, such as a space or !#%+-</source>
        <translation>Хотя бы один специальный символ, например пробел или !#%+-</translation>
    </message>
    <message>
        <source>At least one character beyond plain ASCII, such as ä or €</source>
        <translation>Хотя бы один символ за пределами ASCII, например ä или €</translation>
    </message>
    <message>
        <source>No uppercase letters (A-Z)</source>
        <translation>Без прописных букв (A–Z)</translation>
    </message>
    <message>
        <source>No lowercase letters (a-z)</source>
        <translation>Без строчных букв (a–z)</translation>
    </message>
    <message>
        <source>No digits (0-9)</source>
        <translation>Без цифр (0–9)</translation>
    </message>
    <message>
        <source>No special characters (spaces, punctuation, symbols)</source>
        <translation>Без специальных символов (пробелов, знаков препинания, символов)</translation>
    </message>
    <message>
        <source>No characters beyond plain ASCII (such as ä or €) and no control characters</source>
        <translation>Без символов за пределами ASCII (например, ä или €) и без управляющих символов</translation>
    </message>
    <message numerus="yes">
        <source>The PIN policy has %n byte(s); it must have exactly %1.</source>
        <translation>
            <numerusform>Политика ПИН-кода имеет длину %n байт, а должна быть ровно %1.</numerusform>
            <numerusform>Политика ПИН-кода имеет длину %n байта, а должна быть ровно %1.</numerusform>
            <numerusform>Политика ПИН-кода имеет длину %n байт, а должна быть ровно %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN policy&apos;s reserved field is %1; it must be 1.</source>
        <translation>Зарезервированное поле политики ПИН-кода равно %1; оно должно быть равно 1.</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s minimum length is %1; it must be from %2 to %3.</source>
        <translation>Минимальная длина в политике ПИН-кода — %1; она должна быть от %2 до %3.</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s maximum length is %1; it must be from %2 to %3.</source>
        <translation>Максимальная длина в политике ПИН-кода — %1; она должна быть от %2 до %3.</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s minimum length (%1) is greater than its maximum length (%2).</source>
        <translation>Минимальная длина в политике ПИН-кода (%1) больше максимальной (%2).</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s rule for %1 is %2; only 0 (allow), 1 (require) and 2 (disallow) exist.</source>
        <extracomment>%1 is the rule&apos;s name as Windows stores it (uppercase, lowercase, digits, special), %2 a number.</extracomment>
        <translation>Правило политики ПИН-кода для %1 равно %2; допустимы только 0 (разрешить), 1 (требовать) и 2 (запретить).</translation>
    </message>
    <message>
        <source>uppercase letters</source>
        <translation>прописные буквы</translation>
    </message>
    <message>
        <source>lowercase letters</source>
        <translation>строчные буквы</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>цифры</translation>
    </message>
    <message>
        <source>special characters</source>
        <translation>специальные символы</translation>
    </message>
    <message>
        <source>other characters</source>
        <translation>другие символы</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Creating the Card</source>
        <translation>Создание карты</translation>
    </message>
    <message>
        <source>Please wait while the card is created.</source>
        <translation>Подождите, пока создается карта.</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Текущий шаг</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>How far the creation of the card has got.</source>
        <translation>Насколько продвинулось создание карты.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>&amp;What Went Wrong?</source>
        <translation>&amp;Что пошло не так?</translation>
    </message>
    <message>
        <source>Shows the error again: what went wrong, what to do, and the details.</source>
        <translation>Снова показывает ошибку: что пошло не так, что делать и подробности.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Tries to create the same card again.</source>
        <translation>Повторяет попытку создать ту же карту.</translation>
    </message>
    <message>
        <source>C&amp;hange Choices</source>
        <translation>&amp;Изменить параметры</translation>
    </message>
    <message>
        <source>Goes back to the summary, from where you can change the name, the PIN or the other choices.</source>
        <translation>Возвращает к сводке, где можно изменить имя, ПИН-код и другие параметры.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <source>Stops creating the card. Nothing is left behind.</source>
        <translation>Останавливает создание карты. Все уже созданное удаляется.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Stopping and removing what was created so far…</source>
        <translation>Остановка и удаление того, что уже создано…</translation>
    </message>
    <message>
        <source>The card was created.</source>
        <translation>Карта создана.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <extracomment>The text inside the progress bar after the user stopped the create.
----------
What a screen reader says of the progress bar after the user stopped the create.</extracomment>
        <translation>Остановлено</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <extracomment>The stage line under the progress bar after the user stopped the create.</extracomment>
        <translation>Остановлено.</translation>
    </message>
    <message>
        <source>No card was created. You can try again, or close the wizard.</source>
        <translation>Карта не создана. Можно повторить попытку или закрыть мастер.</translation>
    </message>
    <message>
        <source>The card could not be created: %1</source>
        <translation>Не удалось создать карту: %1</translation>
    </message>
    <message>
        <source>You can try again, or change your choices.</source>
        <translation>Можно повторить попытку или изменить параметры.</translation>
    </message>
    <message>
        <source>Failed at %p%</source>
        <extracomment>Shown in the progress bar when the creation failed; %p% is the bar&apos;s percentage (Qt fills in the number).</extracomment>
        <translation>Сбой на %p%</translation>
    </message>
    <message>
        <source>The Card Was Not Created</source>
        <translation>Карта не создана</translation>
    </message>
    <message>
        <source>The card could not be created.</source>
        <translation>Не удалось создать карту.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Сбой</translation>
    </message>
    <message>
        <source>Creating the Card Was Stopped</source>
        <translation>Создание карты остановлено</translation>
    </message>
    <message>
        <source>Nothing of the card was left behind.</source>
        <translation>От карты ничего не осталось.</translation>
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
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>Organization rules</source>
        <translation>Правила организации</translation>
    </message>
    <message>
        <source>The PUK resets the PIN. It is a second secret of 8 to 127 characters.</source>
        <translation>PUK-код сбрасывает ПИН-код. Это второй секрет длиной от 8 до 127 символов.</translation>
    </message>
    <message>
        <source>P&amp;UK:</source>
        <translation>PUK-&amp;код:</translation>
    </message>
    <message>
        <source>PUK</source>
        <translation>PUK-код</translation>
    </message>
    <message>
        <source>8 to 127 characters. Keep it apart from the PIN.</source>
        <translation>От 8 до 127 символов. Храните его отдельно от ПИН-кода.</translation>
    </message>
    <message>
        <source>C&amp;onfirm PUK:</source>
        <translation>Подтверди&amp;те PUK-код:</translation>
    </message>
    <message>
        <source>Confirm PUK</source>
        <translation>Подтверждение PUK-кода</translation>
    </message>
    <message>
        <source>Type the same PUK again.</source>
        <translation>Введите тот же PUK-код еще раз.</translation>
    </message>
    <message>
        <source>S&amp;how PUK</source>
        <translation>Пока&amp;зать PUK-код</translation>
    </message>
    <message>
        <source>Shows the PUK as plain text instead of dots.</source>
        <translation>Показывает PUK-код обычным текстом вместо точек.</translation>
    </message>
    <message>
        <source>PUK check</source>
        <translation>Проверка PUK-кода</translation>
    </message>
    <message>
        <source>Admin key beside the PUK</source>
        <extracomment>A title: the admin key the card keeps in addition to the PUK.</extracomment>
        <translation>Ключ администратора наряду с PUK-кодом</translation>
    </message>
    <message>
        <source>Use an &amp;admin key (48 hexadecimal digits)</source>
        <translation>Использовать к&amp;люч администратора (48 шестнадцатеричных цифр)</translation>
    </message>
    <message>
        <source>The admin key is a 3DES key that an administrator uses to reset the PIN.</source>
        <translation>Ключ администратора — это ключ 3DES, с помощью которого администратор сбрасывает ПИН-код.</translation>
    </message>
    <message>
        <source>&amp;Default key</source>
        <translation>Ключ по &amp;умолчанию</translation>
    </message>
    <message>
        <source>The publicly known default key of virtual smart cards. Anyone who knows it can reset the PIN.</source>
        <translation>Общеизвестный ключ по умолчанию для виртуальных смарт-карт. Любой, кто его знает, может сбросить ПИН-код.</translation>
    </message>
    <message>
        <source>&amp;Random key, never shown</source>
        <translation>&amp;Случайный ключ (не отображается)</translation>
    </message>
    <message>
        <source>Nobody will know the key: the card can then never be reset, only removed.</source>
        <translation>Ключ никто не будет знать: карту тогда никогда нельзя будет сбросить, только удалить.</translation>
    </message>
    <message>
        <source>&amp;Enter a key</source>
        <translation>&amp;Ввести ключ</translation>
    </message>
    <message>
        <source>Type a key of 48 hexadecimal digits, for example one your administrator gave you.</source>
        <translation>Введите ключ из 48 шестнадцатеричных цифр, например полученный от администратора.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>Клю&amp;ч:</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Ключ администратора</translation>
    </message>
    <message>
        <source>48 hexadecimal digits; spaces or colons between the byte pairs are allowed.</source>
        <translation>48 шестнадцатеричных цифр; между парами байтов допускаются пробелы или двоеточия.</translation>
    </message>
    <message>
        <source>48 hex digits</source>
        <translation>48 шестнадцатеричных цифр</translation>
    </message>
    <message>
        <source>Sho&amp;w key</source>
        <translation>Показать кл&amp;юч</translation>
    </message>
    <message>
        <source>Shows the admin key as plain text instead of dots.</source>
        <translation>Показывает ключ администратора обычным текстом вместо точек.</translation>
    </message>
    <message>
        <source>Admin key check</source>
        <translation>Проверка ключа администратора</translation>
    </message>
    <message>
        <source>Your organization requires a PUK.</source>
        <translation>Ваша организация требует PUK-код.</translation>
    </message>
    <message>
        <source>Your organization does not allow the default admin key.</source>
        <translation>Ваша организация не разрешает ключ администратора по умолчанию.</translation>
    </message>
    <message>
        <source>Your organization does not allow a random admin key.</source>
        <translation>Ваша организация не разрешает случайный ключ администратора.</translation>
    </message>
    <message>
        <source>Also set the card&apos;s &amp;admin key, as your organization requires</source>
        <translation>Также задать ключ &amp;администратора карты, как требует ваша организация</translation>
    </message>
    <message>
        <source>Type the PUK again in the second field to confirm it.</source>
        <translation>Для подтверждения введите PUK-код еще раз во втором поле.</translation>
    </message>
    <message>
        <source>The two PUKs do not match.</source>
        <translation>Введенные PUK-коды не совпадают.</translation>
    </message>
    <message>
        <source>The PUK you entered before is kept. Type a new one to change it.</source>
        <translation>Ранее введенный PUK-код сохранен. Чтобы изменить его, введите новый.</translation>
    </message>
    <message>
        <source>The PUKs match.</source>
        <translation>PUK-коды совпадают.</translation>
    </message>
    <message>
        <source>The card also gets a random admin key that nobody knows: only the PUK can reset the PIN.</source>
        <translation>Карта также получает случайный ключ администратора, который никому не известен: сбросить ПИН-код можно только PUK-кодом.</translation>
    </message>
    <message>
        <source>The card also keeps the publicly known default admin key (check value %1), because your organization does not allow a random one. Anyone who has the card can reset its PIN with that key, without the PUK.</source>
        <translation>На карте также остается общеизвестный ключ администратора по умолчанию (контрольное значение %1), так как ваша организация не разрешает случайный ключ. Любой, у кого есть карта, может сбросить ее ПИН-код этим ключом без PUK-кода.</translation>
    </message>
    <message>
        <source>The default key is publicly known: anyone who has the card can reset its PIN with it. Its check value (KCV) is %1.</source>
        <translation>Ключ по умолчанию общеизвестен: любой, у кого есть карта, может сбросить им ее ПИН-код. Его контрольное значение (KCV): %1.</translation>
    </message>
    <message>
        <source>The key you entered before is kept (check value %1). Type a new one to change it.</source>
        <translation>Ранее введенный ключ сохранен (контрольное значение %1). Чтобы изменить его, введите новый.</translation>
    </message>
    <message>
        <source>Type the key as 48 hexadecimal digits.</source>
        <translation>Введите ключ в виде 48 шестнадцатеричных цифр.</translation>
    </message>
    <message>
        <source>Check value (KCV): %1. Compare it with the one you were given.</source>
        <translation>Контрольное значение (KCV): %1. Сравните его с полученным значением.</translation>
    </message>
    <message>
        <source>If the PIN is forgotten or blocked after too many wrong tries, it is reset with a PUK or with the card&apos;s admin key.</source>
        <translation>Если ПИН-код забыт или заблокирован после слишком большого числа неверных попыток, его сбрасывают с помощью PUK-кода или ключа администратора карты.</translation>
    </message>
    <message>
        <source>Use a &amp;PUK (PIN unblocking key) that you keep in a safe place</source>
        <translation>&amp;Использовать PUK-код (ключ разблокировки ПИН-кода), который хранится в надежном месте</translation>
    </message>
    <message numerus="yes">
        <source>Type a PUK of %1 to %n character(s).</source>
        <translation>
            <numerusform>Введите PUK-код длиной от %1 до %n символа.</numerusform>
            <numerusform>Введите PUK-код длиной от %1 до %n символов.</numerusform>
            <numerusform>Введите PUK-код длиной от %1 до %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>With a random key the card can never be reset. If the PIN is forgotten or blocked, the card can only be removed and a new one created.</source>
        <translation>Со случайным ключом карту никогда нельзя будет сбросить. Если ПИН-код забыт или заблокирован, карту можно только удалить и создать новую.</translation>
    </message>
</context>
<context>
    <name>RemoveCardDialog</name>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Удаление %1</translation>
    </message>
    <message>
        <source>Removing the card “%1” destroys its keys. Whatever they protect (sign-in, signatures, encrypted mail) can no longer be opened with this card. This cannot be undone.</source>
        <translation>При удалении карты «%1» уничтожаются ее ключи. Все, что они защищают (вход в систему, подписи, зашифрованная почта), больше нельзя будет открыть с помощью этой карты. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>To confirm, type the card&apos;s &amp;name: %1</source>
        <translation>Для подтверждения введите &amp;имя карты: %1</translation>
    </message>
    <message>
        <source>Card name to confirm</source>
        <translation>Имя карты для подтверждения</translation>
    </message>
    <message>
        <source>&amp;Remove card</source>
        <translation>&amp;Удалить карту</translation>
    </message>
    <message>
        <source>Removing the card…</source>
        <translation>Удаление карты…</translation>
    </message>
    <message>
        <source>The card “%1” was removed. Restart the computer to finish.</source>
        <translation>Карта «%1» удалена. Перезагрузите компьютер, чтобы завершить удаление.</translation>
    </message>
    <message>
        <source>The card “%1” was removed.</source>
        <translation>Карта «%1» удалена.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <source>Type “%1” to enable Remove card.</source>
        <translation>Введите «%1», чтобы включить кнопку «Удалить карту».</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Card Created</source>
        <translation>Карта создана</translation>
    </message>
    <message>
        <source>Your virtual smart card is ready.</source>
        <translation>Виртуальная смарт-карта готова.</translation>
    </message>
    <message>
        <source>&amp;Instance ID:</source>
        <translation>&amp;ИД экземпляра:</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>ИД экземпляра</translation>
    </message>
    <message>
        <source>Identifies the card, for example to remove it later.</source>
        <translation>Идентифицирует карту, например чтобы удалить ее позже.</translation>
    </message>
    <message>
        <source>Restart the computer before using the card: applications see it only after a restart.</source>
        <translation>Перезагрузите компьютер, прежде чем использовать карту: приложения увидят ее только после перезагрузки.</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>Требуется перезагрузка</translation>
    </message>
    <message>
        <source>How to &amp;use the card:</source>
        <translation>Как ис&amp;пользовать карту:</translation>
    </message>
    <message>
        <source>How to use the card</source>
        <translation>Как использовать карту</translation>
    </message>
    <message>
        <source>Settings for applications such as ssh or a web browser. You can select and copy them.</source>
        <translation>Параметры для приложений, например ssh или веб-браузера. Их можно выделить и скопировать.</translation>
    </message>
    <message>
        <source>Lines for a terminal</source>
        <translation>Строки для терминала</translation>
    </message>
    <message>
        <source>Shell commands that set up a terminal that is already open and use the card there.</source>
        <translation>Команды оболочки, которые настраивают уже открытый терминал и используют в нем карту.</translation>
    </message>
    <message>
        <source>&amp;Manage cards…</source>
        <translation>&amp;Управление картами…</translation>
    </message>
    <message>
        <source>Opens the card manager: change, reset or remove the cards you have.</source>
        <translation>Открывает диспетчер карт: изменение, сброс или удаление имеющихся карт.</translation>
    </message>
    <message>
        <source>&amp;Copy the lines</source>
        <translation>&amp;Копировать строки</translation>
    </message>
    <message>
        <source>Puts the lines for a terminal on the clipboard.</source>
        <translation>Помещает строки для терминала в буфер обмена.</translation>
    </message>
    <message>
        <source>The virtual smart card “%1” was created.</source>
        <translation>Виртуальная смарт-карта «%1» создана.</translation>
    </message>
</context>
<context>
    <name>SecretChangeDialog</name>
    <message>
        <source>Reset with</source>
        <translation>Сбросить с помощью</translation>
    </message>
    <message>
        <source>The card&apos;s P&amp;UK</source>
        <translation>PUK-код ка&amp;рты</translation>
    </message>
    <message>
        <source>The card&apos;s &amp;admin key (48 hexadecimal digits)</source>
        <translation>Ключ &amp;администратора карты (48 шестнадцатеричных цифр)</translation>
    </message>
    <message>
        <source>C&amp;urrent PIN:</source>
        <translation>&amp;Текущий ПИН-код:</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Change PIN of %1</source>
        <translation>Изменение ПИН-кода карты %1</translation>
    </message>
    <message>
        <source>Type the current PIN of the card “%1”, then the new PIN twice.</source>
        <translation>Введите текущий ПИН-код карты «%1», затем дважды новый ПИН-код.</translation>
    </message>
    <message>
        <source>&amp;Change PIN</source>
        <translation>&amp;Изменить ПИН-код</translation>
    </message>
    <message>
        <source>Reset PIN of %1</source>
        <translation>Сброс ПИН-кода карты %1</translation>
    </message>
    <message>
        <source>A new PIN for the card “%1”, for when the PIN is forgotten or blocked. Type the secret that was set for this when the card was made, then the new PIN twice.</source>
        <translation>Новый ПИН-код для карты «%1» на случай, если ПИН-код забыт или заблокирован. Введите секрет, заданный для этого при создании карты, затем дважды новый ПИН-код.</translation>
    </message>
    <message>
        <source>&amp;Reset PIN</source>
        <translation>&amp;Сбросить ПИН-код</translation>
    </message>
    <message>
        <source>Change PUK of %1</source>
        <translation>Изменение PUK-кода карты %1</translation>
    </message>
    <message>
        <source>Type the current PUK of the card “%1”, then the new PUK twice. Keep the new PUK somewhere safe: it resets the PIN.</source>
        <translation>Введите текущий PUK-код карты «%1», затем дважды новый PUK-код. Храните новый PUK-код в надежном месте: он сбрасывает ПИН-код.</translation>
    </message>
    <message>
        <source>&amp;Change PUK</source>
        <translation>&amp;Изменить PUK-код</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Текущий ПИН-код</translation>
    </message>
    <message>
        <source>The PIN the card has now.</source>
        <translation>ПИН-код, который сейчас задан на карте.</translation>
    </message>
    <message>
        <source>C&amp;urrent PUK:</source>
        <translation>&amp;Текущий PUK-код:</translation>
    </message>
    <message>
        <source>Current PUK</source>
        <translation>Текущий PUK-код</translation>
    </message>
    <message>
        <source>The PUK the card has now.</source>
        <translation>PUK-код, который сейчас задан на карте.</translation>
    </message>
    <message>
        <source>&amp;PUK:</source>
        <translation>PUK-&amp;код:</translation>
    </message>
    <message>
        <source>PUK</source>
        <translation>PUK-код</translation>
    </message>
    <message>
        <source>The PUK set when the card was made.</source>
        <translation>PUK-код, заданный при создании карты.</translation>
    </message>
    <message>
        <source>Ad&amp;min key:</source>
        <translation>Клю&amp;ч администратора:</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Ключ администратора</translation>
    </message>
    <message>
        <source>The card&apos;s admin key: 48 hexadecimal digits.</source>
        <translation>Ключ администратора карты: 48 шестнадцатеричных цифр.</translation>
    </message>
    <message>
        <source>Changing the PIN…</source>
        <translation>Изменение ПИН-кода…</translation>
    </message>
    <message>
        <source>Resetting the PIN…</source>
        <translation>Сброс ПИН-кода…</translation>
    </message>
    <message>
        <source>Changing the PUK…</source>
        <translation>Изменение PUK-кода…</translation>
    </message>
    <message>
        <source>The PIN of “%1” was changed.</source>
        <translation>ПИН-код карты «%1» изменен.</translation>
    </message>
    <message>
        <source>The PIN of “%1” was reset. Use the new PIN from now on.</source>
        <translation>ПИН-код карты «%1» сброшен. Теперь используйте новый ПИН-код.</translation>
    </message>
    <message>
        <source>The PUK of “%1” was changed.</source>
        <translation>PUK-код карты «%1» изменен.</translation>
    </message>
    <message>
        <source>Reading the TPM&apos;s lockout state…</source>
        <translation>Чтение состояния блокировки TPM…</translation>
    </message>
    <message>
        <source>TPM lockout state: %1</source>
        <translation>Состояние блокировки TPM: %1</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <source>The two entries differ. Try again.</source>
        <translation>Введенные значения не совпадают. Повторите попытку.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена операции…</translation>
    </message>
</context>
<context>
    <name>SimulatorBackend</name>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not a card error name such as CARD:WRONG_PIN or CARD:TPM_LOCKOUT.</source>
        <translation>--sim-fail: «%1» не является именем ошибки карты, например CARD:WRONG_PIN или CARD:TPM_LOCKOUT.</translation>
    </message>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not one of change-pin, reset-pin, change-puk or status.</source>
        <translation>--sim-fail: «%1» не входит в число операций change-pin, reset-pin, change-puk и status.</translation>
    </message>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not a TPMVSCMGR_ERROR name such as CARD_CREATE or GENERATE_FILESYSTEM.</source>
        <translation>--sim-fail: «%1» не является именем TPMVSCMGR_ERROR, например CARD_CREATE или GENERATE_FILESYSTEM.</translation>
    </message>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not a TPMVSCMGR_STATUS name such as VREADER_CREATING or GENERATE_RUNNING.</source>
        <translation>--sim-fail: «%1» не является именем TPMVSCMGR_STATUS, например VREADER_CREATING или GENERATE_RUNNING.</translation>
    </message>
    <message>
        <source>Simulator — no card is really created</source>
        <translation>Симулятор — карта на самом деле не создается</translation>
    </message>
    <message numerus="yes">
        <source>%n smart card(s) exist already, the most there can be at once. Remove one first.</source>
        <translation>
            <numerusform>Уже существует %n смарт-карта — это максимальное число одновременно существующих карт. Сначала удалите одну из них.</numerusform>
            <numerusform>Уже существует %n смарт-карты — это максимальное число одновременно существующих карт. Сначала удалите одну из них.</numerusform>
            <numerusform>Уже существует %n смарт-карт — это максимальное число одновременно существующих карт. Сначала удалите одну из них.</numerusform>
        </translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>Карта не найдена</translation>
    </message>
    <message>
        <source>No simulated card has the instance id “%1”.</source>
        <translation>Нет симулированной карты с ИД экземпляра «%1».</translation>
    </message>
    <message>
        <source>“vscwizard list” shows the cards and their instance ids; another program may have removed this one already.</source>
        <translation>«vscwizard list» показывает карты и их ИД экземпляров; возможно, другая программа уже удалила эту карту.</translation>
    </message>
    <message>
        <source>The simulator&apos;s state folder is busy</source>
        <translation>Папка состояния симулятора занята</translation>
    </message>
    <message numerus="yes">
        <source>Another process kept the simulator&apos;s state folder %1 locked for %n second(s).</source>
        <translation>
            <numerusform>Другой процесс держал папку состояния симулятора %1 заблокированной в течение %n секунды.</numerusform>
            <numerusform>Другой процесс держал папку состояния симулятора %1 заблокированной в течение %n секунд.</numerusform>
            <numerusform>Другой процесс держал папку состояния симулятора %1 заблокированной в течение %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until the other vscwizard has finished, then try again. Nothing was changed.</source>
        <translation>Дождитесь завершения работы другого экземпляра vscwizard и повторите попытку. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The simulator cannot keep cards</source>
        <translation>Симулятору не удается сохранять карты</translation>
    </message>
    <message>
        <source>The simulator cannot write its cards to the state folder %1.</source>
        <translation>Симулятору не удается записать свои карты в папку состояния %1.</translation>
    </message>
    <message>
        <source>Give --sim-state a folder you may write to, on a disk with free space.</source>
        <translation>Укажите в --sim-state папку, в которую у вас есть право записи, на диске со свободным местом.</translation>
    </message>
    <message>
        <source>This card&apos;s secrets cannot be checked</source>
        <translation>Не удается проверить секреты этой карты</translation>
    </message>
    <message>
        <source>The simulated card %1 was made before the simulator kept what its PIN, PUK and admin key are checked against, so they can be neither changed nor reset.</source>
        <translation>Симулированная карта %1 создана раньше, чем симулятор начал хранить данные для проверки ее ПИН-кода, PUK-кода и ключа администратора, поэтому их нельзя ни изменить, ни сбросить.</translation>
    </message>
    <message>
        <source>Remove the card and create it again.</source>
        <translation>Удалите карту и создайте ее заново.</translation>
    </message>
    <message>
        <source>This card has no PUK</source>
        <translation>У этой карты нет PUK-кода</translation>
    </message>
    <message>
        <source>The card %1 was made without a PUK.</source>
        <translation>Карта %1 создана без PUK-кода.</translation>
    </message>
    <message>
        <source>Reset its PIN with the admin key instead.</source>
        <translation>Вместо этого сбросьте ее ПИН-код с помощью ключа администратора.</translation>
    </message>
    <message>
        <source>Nobody knows this card&apos;s admin key</source>
        <translation>Ключ администратора этой карты никому не известен</translation>
    </message>
    <message>
        <source>The admin key of the card %1 is random and was kept nowhere.</source>
        <translation>Ключ администратора карты %1 — случайный и нигде не сохранен.</translation>
    </message>
    <message>
        <source>Reset its PIN with the PUK instead.</source>
        <translation>Вместо этого сбросьте ее ПИН-код с помощью PUK-кода.</translation>
    </message>
    <message>
        <source>A card named &quot;%1&quot; exists already (%2).</source>
        <translation>Карта с именем «%1» уже существует (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n smart card(s) exist already, the most there can be at once.</source>
        <translation>
            <numerusform>Уже существует %n смарт-карта — это максимальное число одновременно существующих карт.</numerusform>
            <numerusform>Уже существует %n смарт-карты — это максимальное число одновременно существующих карт.</numerusform>
            <numerusform>Уже существует %n смарт-карт — это максимальное число одновременно существующих карт.</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulated failure at %1</source>
        <extracomment>The simulator (a test tool) fails on purpose; %1 is the name of a status such as TPMVSCMGR_STATUS_CARD_CREATED.</extracomment>
        <translation>Имитация сбоя на шаге %1</translation>
    </message>
    <message>
        <source>The state folder %1 is locked by another process.</source>
        <translation>Папка состояния %1 заблокирована другим процессом.</translation>
    </message>
    <message>
        <source>This card exists only as a file in %1; no application can use it.</source>
        <translation>Эта карта существует только в виде файла в %1; никакое приложение не может ее использовать.</translation>
    </message>
    <message>
        <source>No simulated card has the instance id %1.</source>
        <translation>Нет симулированной карты с ИД экземпляра %1.</translation>
    </message>
    <message>
        <source>Simulated failure of status</source>
        <extracomment>The simulator (a test tool) fails on purpose; &quot;status&quot; is the command of that name.</extracomment>
        <translation>Имитация сбоя операции status</translation>
    </message>
    <message>
        <source>The simulated card checks the secret…</source>
        <translation>Симулированная карта проверяет секрет…</translation>
    </message>
    <message>
        <source>Simulated failure of %1</source>
        <translation>Имитация сбоя операции %1</translation>
    </message>
</context>
<context>
    <name>SimulatorStore</name>
    <message>
        <source>The folder %1 cannot be written.</source>
        <translation>Не удается записать данные в папку %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Не удается создать папку %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удается записать %1: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>Не удается удалить %1: %2</translation>
    </message>
</context>
<context>
    <name>SoftwareTpm</name>
    <message>
        <source>The software TPM is already running.</source>
        <translation>Программный TPM уже запущен.</translation>
    </message>
    <message>
        <source>The program swtpm was not found. Install the package swtpm.</source>
        <translation>Программа swtpm не найдена. Установите пакет swtpm.</translation>
    </message>
    <message>
        <source>The TPM resource manager tpm2-abrmd was not found. Install the packages tpm2-abrmd and libtss2-tcti-tabrmd0.</source>
        <translation>Диспетчер ресурсов TPM tpm2-abrmd не найден. Установите пакеты tpm2-abrmd и libtss2-tcti-tabrmd0.</translation>
    </message>
    <message>
        <source>The software TPM is running (%1).</source>
        <translation>Программный TPM запущен (%1).</translation>
    </message>
    <message>
        <source>The software TPM could not be started.</source>
        <translation>Не удалось запустить программный TPM.</translation>
    </message>
    <message>
        <source>%1 failed to start.</source>
        <translation>Не удалось запустить %1.</translation>
    </message>
    <message>
        <source>This session has no D-Bus session bus, and the program dbus-daemon was not found. Install the package dbus-daemon.</source>
        <translation>В этом сеансе нет сеансовой шины D-Bus, и программа dbus-daemon не найдена. Установите пакет dbus-daemon.</translation>
    </message>
    <message>
        <source>The TPM resource manager did not come up on the D-Bus session bus as %1.</source>
        <translation>Диспетчер ресурсов TPM не появился на сеансовой шине D-Bus под именем %1.</translation>
    </message>
    <message>
        <source>The software TPM does not answer through its resource manager: %1</source>
        <translation>Программный TPM не отвечает через свой диспетчер ресурсов: %1</translation>
    </message>
    <message>
        <source>The software TPM is not running.</source>
        <translation>Программный TPM не запущен.</translation>
    </message>
    <message>
        <source>The software TPM was shut down.</source>
        <translation>Программный TPM завершил работу.</translation>
    </message>
    <message>
        <source>The software TPM could not be shut down cleanly.</source>
        <translation>Не удалось корректно завершить работу программного TPM.</translation>
    </message>
    <message>
        <source>The user service %1 did not stop.</source>
        <translation>Пользовательская служба %1 не остановилась.</translation>
    </message>
    <message>
        <source>The software TPM is running as the user service %1; its socket is %2. Keys are not protected by hardware.</source>
        <translation>Программный TPM работает как пользовательская служба %1; его сокет — %2. Ключи не защищены оборудованием.</translation>
    </message>
    <message>
        <source>The software TPM is running as a background process; its socket is %1. Keys are not protected by hardware.</source>
        <translation>Программный TPM работает как фоновый процесс; его сокет — %1. Ключи не защищены оборудованием.</translation>
    </message>
    <message>
        <source>The software TPM is stopped; its state is kept in %1.</source>
        <translation>Программный TPM остановлен; его состояние хранится в %1.</translation>
    </message>
    <message>
        <source>The software TPM has not been set up yet; it starts when a card needs it.</source>
        <translation>Программный TPM еще не настроен; он запустится, когда понадобится карте.</translation>
    </message>
    <message>
        <source>Its resource manager tpm2-abrmd is running as %1 on the D-Bus session bus.</source>
        <translation>Его диспетчер ресурсов tpm2-abrmd работает на сеансовой шине D-Bus под именем %1.</translation>
    </message>
    <message>
        <source>Its resource manager tpm2-abrmd is not running; it starts when a card needs it.</source>
        <translation>Его диспетчер ресурсов tpm2-abrmd не запущен; он запустится, когда понадобится карте.</translation>
    </message>
    <message>
        <source>This session has no D-Bus session bus; the software TPM brings its own at %1.</source>
        <translation>В этом сеансе нет сеансовой шины D-Bus; программный TPM использует собственную по адресу %1.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use start, stop or status.</source>
        <translation>Неизвестное действие «%1»: используйте start, stop или status.</translation>
    </message>
    <message numerus="yes">
        <source>swtpm did not open %1 within %n second(s).</source>
        <translation>
            <numerusform>swtpm не открыл %1 в течение %n секунды.</numerusform>
            <numerusform>swtpm не открыл %1 в течение %n секунд.</numerusform>
            <numerusform>swtpm не открыл %1 в течение %n секунд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Check what will be created. Use Back to change anything.</source>
        <translation>Проверьте, что будет создано. Чтобы что-либо изменить, нажмите кнопку «Назад».</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Card name</source>
        <translation>Имя карты</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>ПИН-код:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>ПИН-код</translation>
    </message>
    <message>
        <source>Recovery:</source>
        <translation>Восстановление:</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>Admin key:</source>
        <translation>Ключ администратора:</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Ключ администратора</translation>
    </message>
    <message>
        <source>Prepared now:</source>
        <extracomment>Followed by what is made on the card right away (its file system, a key pair).</extracomment>
        <translation>Подготовка сейчас:</translation>
    </message>
    <message>
        <source>Prepared now</source>
        <extracomment>Followed by what is made on the card right away (its file system, a key pair).</extracomment>
        <translation>Подготовка сейчас</translation>
    </message>
    <message>
        <source>Key algorithm:</source>
        <translation>Алгоритм ключа:</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>Алгоритм ключа</translation>
    </message>
    <message>
        <source>Attestation:</source>
        <translation>Аттестация:</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Аттестация</translation>
    </message>
    <message>
        <source>Created by:</source>
        <extracomment>Followed by what makes and keeps the card: the computer&apos;s TPM, a software TPM or a simulator.</extracomment>
        <translation>Создается с помощью:</translation>
    </message>
    <message>
        <source>Created by</source>
        <extracomment>Followed by what makes and keeps the card: the computer&apos;s TPM, a software TPM or a simulator.</extracomment>
        <translation>Создается с помощью</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Press Create to create the card. This can take a minute; the secrets you typed are not shown here.</source>
        <translation>Нажмите кнопку «Создать», чтобы создать карту. Это может занять около минуты; введенные секреты здесь не отображаются.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>The PIN can be reset with the PUK you chose</source>
        <translation>ПИН-код можно сбросить выбранным PUK-кодом</translation>
    </message>
    <message>
        <source>None (the PUK takes its place)</source>
        <translation>Нет (его заменяет PUK-код)</translation>
    </message>
    <message>
        <source>The PIN can be reset only with the PUK you chose</source>
        <translation>ПИН-код можно сбросить только выбранным PUK-кодом</translation>
    </message>
    <message>
        <source>A random key that nobody knows</source>
        <translation>Случайный ключ, который никому не известен</translation>
    </message>
    <message>
        <source>The PIN can be reset with the PUK you chose or with the admin key you entered</source>
        <translation>ПИН-код можно сбросить выбранным PUK-кодом или введенным ключом администратора</translation>
    </message>
    <message>
        <source>The PIN can be reset with the admin key you entered</source>
        <translation>ПИН-код можно сбросить введенным ключом администратора</translation>
    </message>
    <message>
        <source>The key you entered (check value %1)</source>
        <translation>Введенный ключ (контрольное значение %1)</translation>
    </message>
    <message>
        <source>The PIN can be reset with the PUK you chose or with the publicly known default admin key</source>
        <translation>ПИН-код можно сбросить выбранным PUK-кодом или общеизвестным ключом администратора по умолчанию</translation>
    </message>
    <message>
        <source>The PIN can be reset with the publicly known default admin key</source>
        <translation>ПИН-код можно сбросить общеизвестным ключом администратора по умолчанию</translation>
    </message>
    <message>
        <source>The publicly known default key (check value %1)</source>
        <translation>Общеизвестный ключ по умолчанию (контрольное значение %1)</translation>
    </message>
    <message>
        <source>Anyone who has this card can reset its PIN with the publicly known default admin key.</source>
        <translation>Любой, у кого есть эта карта, может сбросить ее ПИН-код общеизвестным ключом администратора по умолчанию.</translation>
    </message>
    <message>
        <source>Set; it meets your organization&apos;s rules</source>
        <extracomment>The PIN has been set (a value beside &quot;PIN:&quot; in the summary).</extracomment>
        <translation>Задан; соответствует правилам вашей организации</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Задан</translation>
    </message>
    <message>
        <source>No, the card stays empty</source>
        <translation>Нет, карта остается пустой</translation>
    </message>
    <message>
        <source>Yes, a file system and a key pair</source>
        <translation>Да, файловая система и пара ключей</translation>
    </message>
    <message>
        <source>Yes, a key pair</source>
        <translation>Да, пара ключей</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>RSA 2048 bits</source>
        <translation>RSA 2048 бит</translation>
    </message>
    <message>
        <source>Elliptic curve P-256</source>
        <translation>Эллиптическая кривая P-256</translation>
    </message>
    <message>
        <source>Attestation identity key only</source>
        <translation>Только ключ удостоверения аттестации (AIK)</translation>
    </message>
    <message>
        <source>Attestation identity key and certificate</source>
        <translation>Ключ удостоверения аттестации (AIK) и сертификат</translation>
    </message>
    <message>
        <source>The simulator, which creates no real card</source>
        <translation>Симулятор, который не создает настоящую карту</translation>
    </message>
    <message>
        <source>The TPM of this computer</source>
        <translation>TPM этого компьютера</translation>
    </message>
    <message>
        <source>A software TPM on this computer, whose keys are not protected by hardware</source>
        <translation>Программный TPM на этом компьютере, ключи которого не защищены оборудованием</translation>
    </message>
    <message>
        <source>The PIN can never be reset. If it is forgotten or blocked, the card can only be removed and a new one created.</source>
        <translation>ПИН-код никогда нельзя будет сбросить. Если он забыт или заблокирован, карту можно только удалить и создать новую.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager of Windows</source>
        <translation>Диспетчер виртуальных смарт-карт TPM в Windows</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>The token store %1 cannot be reached.</source>
        <translation>Хранилище токенов %1 недоступно.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder of your own, or check the permissions of the folders on the way to it.</source>
        <translation>Укажите в --store (или TPM2_PKCS11_STORE) собственную папку или проверьте разрешения папок на пути к ней.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder of your own, or the name of a new folder in one that exists, which the program makes for you.</source>
        <translation>Укажите в --store (или TPM2_PKCS11_STORE) собственную папку или имя новой папки внутри существующей — программа создаст ее.</translation>
    </message>
    <message>
        <source>The token store %1 is a file, not a folder.</source>
        <translation>Хранилище токенов %1 — это файл, а не папка.</translation>
    </message>
    <message>
        <source>The token store %1 belongs to another user (%2), not to you (%3).</source>
        <translation>Хранилище токенов %1 принадлежит другому пользователю (%2), а не вам (%3).</translation>
    </message>
    <message>
        <source>The token store %1 is a folder anyone may write to (mode %2), so another user could put a database of their own in it.</source>
        <translation>В папку хранилища токенов %1 может записывать любой пользователь (режим %2), поэтому другой пользователь мог бы поместить в нее собственную базу данных.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder only you may write to, or the name of a new folder, which the program makes private. It does not change the mode of a folder it did not make.</source>
        <translation>Укажите в --store (или TPM2_PKCS11_STORE) папку, в которую можете записывать только вы, или имя новой папки, которую программа создаст как личную. Режим папки, которую она не создавала, программа не меняет.</translation>
    </message>
    <message>
        <source>The token store %1 cannot be read.</source>
        <translation>Не удается прочитать хранилище токенов %1.</translation>
    </message>
    <message>
        <source>Allow yourself to read it (chmod u+rx), or give --store (or TPM2_PKCS11_STORE) another folder.</source>
        <translation>Разрешите себе чтение (chmod u+rx) или укажите в --store (или TPM2_PKCS11_STORE) другую папку.</translation>
    </message>
    <message>
        <source>The folder %1 holds files that are not a token store&apos;s (%2), so it is not used as one.</source>
        <translation>Папка %1 содержит файлы, не относящиеся к хранилищу токенов (%2), поэтому она не используется как хранилище.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) an empty folder, the name of a new one, or an existing token store (a folder with tpm2_pkcs11.sqlite3 and nothing unrelated).</source>
        <translation>Укажите в --store (или TPM2_PKCS11_STORE) пустую папку, имя новой папки или существующее хранилище токенов (папку с tpm2_pkcs11.sqlite3 и без посторонних файлов).</translation>
    </message>
    <message>
        <source>The token store %1 is not writable, so no card can be made in it or removed from it.</source>
        <translation>Хранилище токенов %1 недоступно для записи, поэтому в нем нельзя создать или удалить карту.</translation>
    </message>
    <message>
        <source>Make it writable for yourself, or give --store (or TPM2_PKCS11_STORE) another folder. Listing its cards needs no write.</source>
        <translation>Разрешите себе запись в него или укажите в --store (или TPM2_PKCS11_STORE) другую папку. Для вывода списка карт запись не требуется.</translation>
    </message>
    <message>
        <source>The token store&apos;s database %1 is damaged or is not a token store&apos;s database, so its cards cannot be read. Nothing was written to it.</source>
        <translation>База данных хранилища токенов %1 повреждена или не является базой данных хранилища токенов, поэтому ее карты нельзя прочитать. В нее ничего не записано.</translation>
    </message>
    <message>
        <source>Put back a copy of %1 from a backup, or give --store (or TPM2_PKCS11_STORE) another folder for new cards. Keep the damaged file: a recovery tool may still read keys from it.</source>
        <translation>Восстановите копию %1 из резервной копии или укажите в --store (или TPM2_PKCS11_STORE) другую папку для новых карт. Сохраните поврежденный файл: средство восстановления, возможно, еще сможет извлечь из него ключи.</translation>
    </message>
    <message>
        <source>The disk that holds the token store %1 is full, so the card could not be written. Nothing of this attempt was kept.</source>
        <translation>Диск, на котором находится хранилище токенов %1, заполнен, поэтому карту не удалось записать. От этой попытки ничего не сохранено.</translation>
    </message>
    <message numerus="yes">
        <source>Free some space on that disk (at least %n MiB), then try again; or give --store (or TPM2_PKCS11_STORE) a folder on another disk.</source>
        <translation>
            <numerusform>Освободите место на этом диске (не менее %n МиБ) и повторите попытку или укажите в --store (или TPM2_PKCS11_STORE) папку на другом диске.</numerusform>
            <numerusform>Освободите место на этом диске (не менее %n МиБ) и повторите попытку или укажите в --store (или TPM2_PKCS11_STORE) папку на другом диске.</numerusform>
            <numerusform>Освободите место на этом диске (не менее %n МиБ) и повторите попытку или укажите в --store (или TPM2_PKCS11_STORE) папку на другом диске.</numerusform>
        </translation>
    </message>
    <message>
        <source>Neither the token store %1 nor the folder %2 that would hold it exists. The program makes only the store&apos;s own folder, so that a mistyped path does not become folders.</source>
        <translation>Не существует ни хранилища токенов %1, ни папки %2, в которой оно должно находиться. Программа создает только собственную папку хранилища, чтобы путь с опечаткой не превратился в набор папок.</translation>
    </message>
    <message>
        <source>Check the path given to --store (or TPM2_PKCS11_STORE), or create %1 first.</source>
        <translation>Проверьте путь, указанный в --store (или TPM2_PKCS11_STORE), или сначала создайте %1.</translation>
    </message>
    <message>
        <source>The token store %1 is not writable: %2, where it would be made, is not a folder.</source>
        <translation>Хранилище токенов %1 недоступно для записи: %2, где оно должно быть создано, не является папкой.</translation>
    </message>
    <message>
        <source>Check the path given to --store (or TPM2_PKCS11_STORE).</source>
        <translation>Проверьте путь, указанный в --store (или TPM2_PKCS11_STORE).</translation>
    </message>
    <message>
        <source>The token store %1 is not writable: you may not make a folder in %2.</source>
        <translation>Хранилище токенов %1 недоступно для записи: у вас нет права создавать папки в %2.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder in one you may write to, such as your home folder.</source>
        <translation>Укажите в --store (или TPM2_PKCS11_STORE) папку внутри папки, в которую у вас есть право записи, например внутри домашней папки.</translation>
    </message>
    <message>
        <source>The token store %1 could not be made.</source>
        <translation>Не удалось создать хранилище токенов %1.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder in one you may write to.</source>
        <translation>Укажите в --store (или TPM2_PKCS11_STORE) папку внутри папки, в которую у вас есть право записи.</translation>
    </message>
    <message>
        <source>Make it writable for yourself, or give --store (or TPM2_PKCS11_STORE) another folder.</source>
        <translation>Разрешите себе запись в него или укажите в --store (или TPM2_PKCS11_STORE) другую папку.</translation>
    </message>
    <message numerus="yes">
        <source>The folder %1 holds files that are not a token store&apos;s (%2 and %n more), so it is not used as one.</source>
        <translation>
            <numerusform>Папка %1 содержит файлы, не относящиеся к хранилищу токенов (%2 и еще %n), поэтому она не используется как хранилище.</numerusform>
            <numerusform>Папка %1 содержит файлы, не относящиеся к хранилищу токенов (%2 и еще %n), поэтому она не используется как хранилище.</numerusform>
            <numerusform>Папка %1 содержит файлы, не относящиеся к хранилищу токенов (%2 и еще %n), поэтому она не используется как хранилище.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tpm2Backend</name>
    <message>
        <source>Software TPM — keys are not protected by hardware</source>
        <translation>Программный TPM — ключи не защищены оборудованием</translation>
    </message>
    <message>
        <source>Applications reach the card through the PKCS#11 module %1.</source>
        <translation>Приложения обращаются к карте через модуль PKCS#11 %1.</translation>
    </message>
    <message>
        <source>Programs you start after your next login find it by themselves: %1 sets %2 for them.</source>
        <extracomment>&quot;it&quot; is the software TPM; %1 is a file path, %2 an environment variable&apos;s name.</extracomment>
        <translation>Программы, запущенные после следующего входа в систему, найдут ее сами: %1 задает для них %2.</translation>
    </message>
    <message>
        <source>The settings for other programs could not be registered: %1</source>
        <translation>Не удалось зарегистрировать параметры для других программ: %1</translation>
    </message>
    <message>
        <source>This session has no D-Bus session bus, so programs reach the software TPM only with the lines below in their environment.</source>
        <translation>В этом сеансе нет сеансовой шины D-Bus, поэтому программы могут обратиться к программному TPM, только если в их окружении заданы строки ниже.</translation>
    </message>
    <message>
        <source>In a terminal, the line below shows the card&apos;s public keys.</source>
        <translation>Строка ниже, выполненная в терминале, показывает открытые ключи карты.</translation>
    </message>
    <message>
        <source>In a terminal that is already open, the lines below reach the card; the last one shows its public keys.</source>
        <translation>Строки ниже, выполненные в уже открытом терминале, дают доступ к карте; последняя показывает ее открытые ключи.</translation>
    </message>
    <message>
        <source>The tpm2-pkcs11 module was not found. Install the package libtpm2-pkcs11-1.</source>
        <translation>Модуль tpm2-pkcs11 не найден. Установите пакет libtpm2-pkcs11-1.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2). Ask your administrator to add you to the group tss, then sign in again.</source>
        <translation>Не удается открыть %1 (%2). Попросите администратора добавить вас в группу tss, затем войдите в систему снова.</translation>
    </message>
    <message>
        <source>The software TPM does not answer: %1</source>
        <translation>Программный TPM не отвечает: %1</translation>
    </message>
    <message>
        <source>The token store %1 may not be written, and a copy of it to read could not be made: %2</source>
        <translation>Запись в хранилище токенов %1 запрещена, а создать его копию для чтения не удалось: %2</translation>
    </message>
    <message>
        <source>C_Initialize with TCTI %1 failed: %2</source>
        <translation>Сбой C_Initialize с TCTI %1: %2</translation>
    </message>
    <message>
        <source>Waiting for another vscwizard (process %1) to finish with the token store %2…</source>
        <translation>Ожидание, пока другой экземпляр vscwizard (процесс %1) закончит работу с хранилищем токенов %2…</translation>
    </message>
    <message>
        <source>Waiting for another vscwizard to finish with the token store %1…</source>
        <translation>Ожидание, пока другой экземпляр vscwizard закончит работу с хранилищем токенов %1…</translation>
    </message>
    <message>
        <source>The token store is busy</source>
        <translation>Хранилище токенов занято</translation>
    </message>
    <message>
        <source>Wait until it has finished, or end it, then try again. Nothing was changed.</source>
        <translation>Дождитесь завершения его работы или завершите его, затем повторите попытку. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The unfinished card &quot;%1&quot; could not be removed: %2</source>
        <translation>Не удалось удалить незавершенную карту «%1»: %2</translation>
    </message>
    <message>
        <source>There is no card with the instance id &quot;%1&quot;.</source>
        <translation>Нет карты с ИД экземпляра «%1».</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Диск заполнен</translation>
    </message>
    <message>
        <source>The token store is damaged</source>
        <translation>Хранилище токенов повреждено</translation>
    </message>
    <message>
        <source>The token store is read-only</source>
        <translation>Хранилище токенов доступно только для чтения</translation>
    </message>
    <message>
        <source>The token store cannot be read</source>
        <translation>Не удается прочитать хранилище токенов</translation>
    </message>
    <message>
        <source>This folder cannot be the token store</source>
        <translation>Эта папка не может быть хранилищем токенов</translation>
    </message>
    <message>
        <source>The software TPM is not running</source>
        <translation>Программный TPM не запущен</translation>
    </message>
    <message>
        <source>The software TPM stopped, or does not answer, so the operation could not finish.</source>
        <translation>Программный TPM остановлен или не отвечает, поэтому операцию не удалось завершить.</translation>
    </message>
    <message>
        <source>Start it again with “vscwizard software-tpm start”, then try again.</source>
        <translation>Снова запустите его командой «vscwizard software-tpm start», затем повторите попытку.</translation>
    </message>
    <message>
        <source>Try again: the next operation starts it again.</source>
        <translation>Повторите попытку: следующая операция снова запустит его.</translation>
    </message>
    <message>
        <source>The TPM is locked after too many wrong PINs</source>
        <translation>TPM заблокирован после слишком большого числа неверных ПИН-кодов</translation>
    </message>
    <message>
        <source>The TPM is locked after too many wrong PINs (%1 of %2). It protects every card this way, whichever program the PINs were typed in.</source>
        <translation>TPM заблокирован после слишком большого числа неверных ПИН-кодов (%1 из %2). Так он защищает все карты, в какой бы программе ни вводились ПИН-коды.</translation>
    </message>
    <message>
        <source>The TPM has no room for more objects</source>
        <translation>В TPM нет места для новых объектов</translation>
    </message>
    <message>
        <source>The TPM has no room for more objects: programs that ended without cleaning up left theirs loaded. This happens only where no resource manager stands in front of the TPM (%1).</source>
        <translation>В TPM нет места для новых объектов: программы, завершившиеся без очистки, оставили свои объекты загруженными. Так бывает, только если перед TPM нет диспетчера ресурсов (%1).</translation>
    </message>
    <message>
        <source>Restart that TPM, or reach it through a resource manager: the kernel&apos;s /dev/tpmrm0, or the program&apos;s own software TPM, which has one.</source>
        <translation>Перезапустите этот TPM или обращайтесь к нему через диспетчер ресурсов: /dev/tpmrm0 ядра или собственный программный TPM этой программы, в котором он есть.</translation>
    </message>
    <message>
        <source>No TPM found</source>
        <translation>TPM не найден</translation>
    </message>
    <message>
        <source>There is no TPM at %1.</source>
        <translation>По адресу %1 нет TPM.</translation>
    </message>
    <message>
        <source>If this computer has a TPM, turn it on in the firmware settings; otherwise use the software TPM (--tpm software).</source>
        <translation>Если на этом компьютере есть TPM, включите его в параметрах встроенного ПО; в противном случае используйте программный TPM (--tpm software).</translation>
    </message>
    <message>
        <source>Check the path given to --tpm device:PATH (the kernel&apos;s TPM is /dev/tpmrm0), or use the software TPM (--tpm software).</source>
        <translation>Проверьте путь, указанный в --tpm device:PATH (TPM ядра — /dev/tpmrm0), или используйте программный TPM (--tpm software).</translation>
    </message>
    <message>
        <source>No permission to use the TPM</source>
        <translation>Нет разрешения на использование TPM</translation>
    </message>
    <message>
        <source>You may not use the TPM %1.</source>
        <translation>У вас нет права использовать TPM %1.</translation>
    </message>
    <message>
        <source>Ask your administrator to add your account to the group tss, then sign out and in again; or use the software TPM (--tpm software).</source>
        <translation>Попросите администратора добавить вашу учетную запись в группу tss, затем выйдите из системы и войдите снова; или используйте программный TPM (--tpm software).</translation>
    </message>
    <message>
        <source>The TPM does not answer</source>
        <translation>TPM не отвечает</translation>
    </message>
    <message>
        <source>No TPM answered through %1.</source>
        <translation>Через %1 не ответил ни один TPM.</translation>
    </message>
    <message>
        <source>Check the TCTI given with --tpm tcti:STRING (such as device:/dev/tpmrm0, or swtpm:host=localhost,port=2321 for a running swtpm), or leave --tpm out to use this computer&apos;s TPM or the software TPM.</source>
        <translation>Проверьте TCTI, указанный в --tpm tcti:STRING (например, device:/dev/tpmrm0 или swtpm:host=localhost,port=2321 для запущенного swtpm), или не указывайте --tpm, чтобы использовать TPM этого компьютера или программный TPM.</translation>
    </message>
    <message>
        <source>Another program may hold the TPM (%1 serves one program at a time; /dev/tpmrm0 serves many): try again when it has finished, or use /dev/tpmrm0.</source>
        <translation>Возможно, TPM занят другой программой (%1 обслуживает одну программу за раз, /dev/tpmrm0 — многие): повторите попытку, когда она завершит работу, или используйте /dev/tpmrm0.</translation>
    </message>
    <message>
        <source>The token store belongs to another TPM</source>
        <translation>Хранилище токенов относится к другому TPM</translation>
    </message>
    <message>
        <source>The token store %1 holds cards of another TPM: its storage key is not on this one.</source>
        <translation>Хранилище токенов %1 содержит карты другого TPM: его ключа хранилища нет в этом TPM.</translation>
    </message>
    <message>
        <source>Keep the cards of each TPM in a store of their own (--store), or use the TPM they were made on.</source>
        <translation>Храните карты каждого TPM в отдельном хранилище (--store) или используйте TPM, на котором они были созданы.</translation>
    </message>
    <message numerus="yes">
        <source>Another program was writing to the token store %1 and did not finish within %n second(s), so this operation could not use it.</source>
        <translation>
            <numerusform>Другая программа записывала данные в хранилище токенов %1 и не завершила запись в течение %n секунды, поэтому этой операции не удалось его использовать.</numerusform>
            <numerusform>Другая программа записывала данные в хранилище токенов %1 и не завершила запись в течение %n секунд, поэтому этой операции не удалось его использовать.</numerusform>
            <numerusform>Другая программа записывала данные в хранилище токенов %1 и не завершила запись в течение %n секунд, поэтому этой операции не удалось его использовать.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again once that program has finished; nothing of this attempt was kept.</source>
        <translation>Повторите попытку, когда та программа завершит работу; от этой попытки ничего не сохранено.</translation>
    </message>
    <message>
        <source>Not a TPM device</source>
        <translation>Не устройство TPM</translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>Карта не найдена</translation>
    </message>
    <message>
        <source>There is no card with the instance id “%1” in the token store %2.</source>
        <translation>В хранилище токенов %2 нет карты с ИД экземпляра «%1».</translation>
    </message>
    <message>
        <source>“vscwizard list” shows the cards and their instance ids; another program may have removed this one already.</source>
        <translation>«vscwizard list» показывает карты и их ИД экземпляров; возможно, другая программа уже удалила эту карту.</translation>
    </message>
    <message>
        <source>Type the PUK again, carefully: it is the one set when the card was made, not the PIN.</source>
        <translation>Внимательно введите PUK-код еще раз: это код, заданный при создании карты, а не ПИН-код.</translation>
    </message>
    <message>
        <source>Check the 48 hexadecimal digits you were given for this card.</source>
        <translation>Проверьте 48 шестнадцатеричных цифр, полученные для этой карты.</translation>
    </message>
    <message>
        <source>Type the PIN again, carefully. If you have forgotten it, reset it with the PUK or the admin key instead of guessing: every wrong PIN counts, on every card of this TPM.</source>
        <translation>Внимательно введите ПИН-код еще раз. Если вы его забыли, не пытайтесь угадать, а сбросьте его с помощью PUK-кода или ключа администратора: учитывается каждый неверный ПИН-код на любой карте этого TPM.</translation>
    </message>
    <message>
        <source>Names like &quot;%1&quot; are kept for cards being made; choose another name.</source>
        <extracomment>&quot;kept&quot; = reserved: the program names a card this way while it is being made.</extracomment>
        <translation>Имена вида «%1» зарезервированы для создаваемых карт; выберите другое имя.</translation>
    </message>
    <message>
        <source>A card named &quot;%1&quot; exists already.</source>
        <translation>Карта с именем «%1» уже существует.</translation>
    </message>
    <message numerus="yes">
        <source>The software TPM holds at most %n card(s): every program that uses them holds one connection to its resource manager per card. Remove a card first.</source>
        <translation>
            <numerusform>Программный TPM вмещает не более %n карты: каждая программа, использующая карты, держит по одному подключению к его диспетчеру ресурсов на карту. Сначала удалите карту.</numerusform>
            <numerusform>Программный TPM вмещает не более %n карт: каждая программа, использующая карты, держит по одному подключению к его диспетчеру ресурсов на карту. Сначала удалите карту.</numerusform>
            <numerusform>Программный TPM вмещает не более %n карт: каждая программа, использующая карты, держит по одному подключению к его диспетчеру ресурсов на карту. Сначала удалите карту.</numerusform>
        </translation>
    </message>
    <message>
        <source>The token store has no free slot (tpm2-pkcs11 holds 255 tokens).</source>
        <translation>В хранилище токенов нет свободного слота (tpm2-pkcs11 вмещает 255 токенов).</translation>
    </message>
    <message>
        <source>The new token &quot;%1&quot; is not in the slot list (%2).</source>
        <translation>Нового токена «%1» нет в списке слотов (%2).</translation>
    </message>
    <message>
        <source>Injected failure.</source>
        <extracomment>Seen only in the program&apos;s own tests, which make a create fail on purpose.</extracomment>
        <translation>Внедренный сбой.</translation>
    </message>
    <message>
        <source>Another program created a card named &quot;%1&quot; while this one was being made.</source>
        <translation>Пока создавалась эта карта, другая программа создала карту с именем «%1».</translation>
    </message>
    <message>
        <source>The cancelled card could not be removed: %1</source>
        <translation>Не удалось удалить отмененную карту: %1</translation>
    </message>
    <message>
        <source>%1
The unfinished card could not be removed: %2</source>
        <translation>%1
Не удалось удалить незавершенную карту: %2</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has no PUK and a random admin key that nobody knows.</source>
        <translation>У карты «%1» нет PUK-кода, а ее ключ администратора — случайный и никому не известен.</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has no PUK: its PIN is reset with its admin key.</source>
        <translation>У карты «%1» нет PUK-кода: ее ПИН-код сбрасывается ключом администратора.</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has a PUK, which takes the admin key&apos;s place: its PIN is reset with the PUK.</source>
        <translation>У карты «%1» есть PUK-код, который заменяет ключ администратора: ее ПИН-код сбрасывается PUK-кодом.</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has no PUK.</source>
        <translation>У карты «%1» нет PUK-кода.</translation>
    </message>
    <message>
        <source>The tpm2-pkcs11 module is not installed. Install the package libtpm2-pkcs11-1.</source>
        <translation>Модуль tpm2-pkcs11 не установлен. Установите пакет libtpm2-pkcs11-1.</translation>
    </message>
    <message>
        <source>The tpm2-pkcs11 module %1 cannot be loaded.</source>
        <translation>Не удается загрузить модуль tpm2-pkcs11 %1.</translation>
    </message>
    <message>
        <source>The TPM %1 cannot be opened.</source>
        <translation>Не удается открыть TPM %1.</translation>
    </message>
    <message>
        <source>The software TPM needs the program swtpm. Install the package swtpm.</source>
        <translation>Для программного TPM нужна программа swtpm. Установите пакет swtpm.</translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs (%1 of %2); it accepts PINs again in about %n minute(s).</source>
        <extracomment>%1 of %2: wrong PINs counted, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>TPM заблокирован после слишком большого числа неверных ПИН-кодов (%1 из %2); он снова начнет принимать ПИН-коды примерно через %n минуту.</numerusform>
            <numerusform>TPM заблокирован после слишком большого числа неверных ПИН-кодов (%1 из %2); он снова начнет принимать ПИН-коды примерно через %n минуты.</numerusform>
            <numerusform>TPM заблокирован после слишком большого числа неверных ПИН-кодов (%1 из %2); он снова начнет принимать ПИН-коды примерно через %n минут.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs (%1 of %2); it accepts PINs again in about %n second(s).</source>
        <extracomment>%1 of %2: wrong PINs counted, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>TPM заблокирован после слишком большого числа неверных ПИН-кодов (%1 из %2); он снова начнет принимать ПИН-коды примерно через %n секунду.</numerusform>
            <numerusform>TPM заблокирован после слишком большого числа неверных ПИН-кодов (%1 из %2); он снова начнет принимать ПИН-коды примерно через %n секунды.</numerusform>
            <numerusform>TPM заблокирован после слишком большого числа неверных ПИН-кодов (%1 из %2); он снова начнет принимать ПИН-коды примерно через %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard (process %1) has held the token store %2 for %n minute(s), and still does.</source>
        <extracomment>%1: a process id; %2: a folder.</extracomment>
        <translation>
            <numerusform>Другой экземпляр vscwizard (процесс %1) удерживает хранилище токенов %2 уже %n минуту и все еще не освободил его.</numerusform>
            <numerusform>Другой экземпляр vscwizard (процесс %1) удерживает хранилище токенов %2 уже %n минуты и все еще не освободил его.</numerusform>
            <numerusform>Другой экземпляр vscwizard (процесс %1) удерживает хранилище токенов %2 уже %n минут и все еще не освободил его.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard (process %1) has held the token store %2 for %n second(s), and still does.</source>
        <extracomment>%1: a process id; %2: a folder.</extracomment>
        <translation>
            <numerusform>Другой экземпляр vscwizard (процесс %1) удерживает хранилище токенов %2 уже %n секунду и все еще не освободил его.</numerusform>
            <numerusform>Другой экземпляр vscwizard (процесс %1) удерживает хранилище токенов %2 уже %n секунды и все еще не освободил его.</numerusform>
            <numerusform>Другой экземпляр vscwizard (процесс %1) удерживает хранилище токенов %2 уже %n секунд и все еще не освободил его.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard has held the token store %1 for %n minute(s), and still does.</source>
        <translation>
            <numerusform>Другой экземпляр vscwizard удерживает хранилище токенов %1 уже %n минуту и все еще не освободил его.</numerusform>
            <numerusform>Другой экземпляр vscwizard удерживает хранилище токенов %1 уже %n минуты и все еще не освободил его.</numerusform>
            <numerusform>Другой экземпляр vscwizard удерживает хранилище токенов %1 уже %n минут и все еще не освободил его.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard has held the token store %1 for %n second(s), and still does.</source>
        <translation>
            <numerusform>Другой экземпляр vscwizard удерживает хранилище токенов %1 уже %n секунду и все еще не освободил его.</numerusform>
            <numerusform>Другой экземпляр vscwizard удерживает хранилище токенов %1 уже %n секунды и все еще не освободил его.</numerusform>
            <numerusform>Другой экземпляр vscwizard удерживает хранилище токенов %1 уже %n секунд и все еще не освободил его.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait: the TPM accepts PINs again in about %n minute(s).</source>
        <translation>
            <numerusform>Подождите: TPM снова начнет принимать ПИН-коды примерно через %n минуту.</numerusform>
            <numerusform>Подождите: TPM снова начнет принимать ПИН-коды примерно через %n минуты.</numerusform>
            <numerusform>Подождите: TPM снова начнет принимать ПИН-коды примерно через %n минут.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait: the TPM accepts PINs again in about %n second(s).</source>
        <translation>
            <numerusform>Подождите: TPM снова начнет принимать ПИН-коды примерно через %n секунду.</numerusform>
            <numerusform>Подождите: TPM снова начнет принимать ПИН-коды примерно через %n секунды.</numerusform>
            <numerusform>Подождите: TPM снова начнет принимать ПИН-коды примерно через %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK is wrong for this card. The TPM counts wrong PINs and PUKs of all its cards together: after %n more it refuses every one of them for a while.</source>
        <translation>
            <numerusform>Неверный PUK-код для этой карты. TPM учитывает неверные ПИН-коды и PUK-коды всех своих карт вместе: еще после %n такой ошибки он на время начнет отклонять любой из них.</numerusform>
            <numerusform>Неверный PUK-код для этой карты. TPM учитывает неверные ПИН-коды и PUK-коды всех своих карт вместе: еще после %n таких ошибок он на время начнет отклонять любой из них.</numerusform>
            <numerusform>Неверный PUK-код для этой карты. TPM учитывает неверные ПИН-коды и PUK-коды всех своих карт вместе: еще после %n таких ошибок он на время начнет отклонять любой из них.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The admin key is wrong for this card. The TPM counts wrong PINs and admin keys of all its cards together: after %n more it refuses every one of them for a while.</source>
        <translation>
            <numerusform>Неверный ключ администратора для этой карты. TPM учитывает неверные ПИН-коды и ключи администратора всех своих карт вместе: еще после %n такой ошибки он на время начнет отклонять любой из них.</numerusform>
            <numerusform>Неверный ключ администратора для этой карты. TPM учитывает неверные ПИН-коды и ключи администратора всех своих карт вместе: еще после %n таких ошибок он на время начнет отклонять любой из них.</numerusform>
            <numerusform>Неверный ключ администратора для этой карты. TPM учитывает неверные ПИН-коды и ключи администратора всех своих карт вместе: еще после %n таких ошибок он на время начнет отклонять любой из них.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN is wrong for this card. The TPM counts wrong PINs of all its cards together: after %n more it refuses every PIN for a while.</source>
        <translation>
            <numerusform>Неверный ПИН-код для этой карты. TPM учитывает неверные ПИН-коды всех своих карт вместе: еще после %n такой ошибки он на время начнет отклонять любой ПИН-код.</numerusform>
            <numerusform>Неверный ПИН-код для этой карты. TPM учитывает неверные ПИН-коды всех своих карт вместе: еще после %n таких ошибок он на время начнет отклонять любой ПИН-код.</numerusform>
            <numerusform>Неверный ПИН-код для этой карты. TPM учитывает неверные ПИН-коды всех своих карт вместе: еще после %n таких ошибок он на время начнет отклонять любой ПИН-код.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs. It accepts PINs again in about %n minute(s).</source>
        <translation>
            <numerusform>TPM заблокирован после слишком большого числа неверных ПИН-кодов. Он снова начнет принимать ПИН-коды примерно через %n минуту.</numerusform>
            <numerusform>TPM заблокирован после слишком большого числа неверных ПИН-кодов. Он снова начнет принимать ПИН-коды примерно через %n минуты.</numerusform>
            <numerusform>TPM заблокирован после слишком большого числа неверных ПИН-кодов. Он снова начнет принимать ПИН-коды примерно через %n минут.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs. It accepts PINs again in about %n second(s).</source>
        <translation>
            <numerusform>TPM заблокирован после слишком большого числа неверных ПИН-кодов. Он снова начнет принимать ПИН-коды примерно через %n секунду.</numerusform>
            <numerusform>TPM заблокирован после слишком большого числа неверных ПИН-кодов. Он снова начнет принимать ПИН-коды примерно через %n секунды.</numerusform>
            <numerusform>TPM заблокирован после слишком большого числа неверных ПИН-кодов. Он снова начнет принимать ПИН-коды примерно через %n секунд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TpmTarget</name>
    <message>
        <source>Unknown TPM &quot;%1&quot;: use auto, device, device:PATH, software, software:FOLDER or tcti:STRING.</source>
        <translation>Неизвестный TPM «%1»: используйте auto, device, device:PATH, software, software:FOLDER или tcti:STRING.</translation>
    </message>
    <message>
        <source>A TPM is a character device such as /dev/tpmrm0: give --tpm device:PATH the path of one, or use --tpm software.</source>
        <translation>TPM — это символьное устройство, например /dev/tpmrm0: укажите его путь в --tpm device:PATH или используйте --tpm software.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a regular file, so nothing was written to it.</source>
        <translation>%1 — не TPM, а обычный файл, поэтому в него ничего не записано.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a folder, so nothing was written to it.</source>
        <translation>%1 — не TPM, а папка, поэтому в нее ничего не записано.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a named pipe, so nothing was written to it.</source>
        <translation>%1 — не TPM, а именованный канал, поэтому в него ничего не записано.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a socket, so nothing was written to it.</source>
        <translation>%1 — не TPM, а сокет, поэтому в него ничего не записано.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a block device, so nothing was written to it.</source>
        <translation>%1 — не TPM, а блочное устройство, поэтому на него ничего не записано.</translation>
    </message>
    <message>
        <source>%1 is not a TPM, nor any other device, so nothing was written to it.</source>
        <translation>%1 — не TPM и не какое-либо другое устройство, поэтому в него ничего не записано.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <source>This wizard creates a virtual smart card on this computer.</source>
        <translation>Этот мастер создает виртуальную смарт-карту на этом компьютере.</translation>
    </message>
    <message>
        <source>A virtual smart card works like a smart card you plug in, but it lives in this computer&apos;s security chip (the TPM). It keeps your keys and certificates safe: you unlock it with a PIN, and the keys cannot be copied off this computer.</source>
        <translation>Виртуальная смарт-карта работает как подключаемая смарт-карта, но находится в процессоре безопасности этого компьютера (TPM). Она надежно хранит ваши ключи и сертификаты: вы разблокируете ее ПИН-кодом, а ключи невозможно скопировать с этого компьютера.</translation>
    </message>
    <message>
        <source>You will choose a name, a PIN and a way to recover the card if the PIN is forgotten. First the wizard checks that this computer can hold a virtual smart card.</source>
        <translation>Вы выберете имя, ПИН-код и способ восстановить доступ к карте, если ПИН-код будет забыт. Сначала мастер проверит, может ли этот компьютер содержать виртуальную смарт-карту.</translation>
    </message>
    <message>
        <source>Checking this computer…</source>
        <translation>Проверка компьютера…</translation>
    </message>
    <message>
        <source>Check status</source>
        <extracomment>A noun: the result of checking whether this computer can hold a card.</extracomment>
        <translation>Состояние проверки</translation>
    </message>
    <message>
        <source>Checking this computer</source>
        <translation>Проверка компьютера</translation>
    </message>
    <message>
        <source>Busy while the wizard checks that this computer can hold a virtual smart card.</source>
        <translation>Показывает занятость, пока мастер проверяет, может ли этот компьютер содержать виртуальную смарт-карту.</translation>
    </message>
    <message>
        <source>&amp;Results of the check:</source>
        <translation>&amp;Результаты проверки:</translation>
    </message>
    <message>
        <source>Results of the check</source>
        <translation>Результаты проверки</translation>
    </message>
    <message>
        <source>What prevents creating a virtual smart card on this computer, and what to do about it.</source>
        <translation>Что мешает создать виртуальную смарт-карту на этом компьютере и как это исправить.</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>Проверить &amp;снова</translation>
    </message>
    <message>
        <source>Checks this computer again after you fixed the problems listed.</source>
        <translation>Снова проверяет компьютер после устранения перечисленных проблем.</translation>
    </message>
    <message>
        <source>&amp;Manage cards…</source>
        <translation>&amp;Управление картами…</translation>
    </message>
    <message>
        <source>Opens the card manager: change, reset or remove the cards you have.</source>
        <translation>Открывает диспетчер карт: изменение, сброс или удаление имеющихся карт.</translation>
    </message>
    <message>
        <source>A virtual smart card works like a smart card you plug in. On this computer its keys are kept by a software TPM, not by a security chip: you unlock them with a PIN, but someone who can read your files could copy them.</source>
        <translation>Виртуальная смарт-карта работает как подключаемая смарт-карта. На этом компьютере ее ключи хранит программный TPM, а не процессор безопасности: вы разблокируете их ПИН-кодом, но тот, кто может читать ваши файлы, сможет их скопировать.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Must be fixed before a card can be created</source>
        <translation>Необходимо исправить, прежде чем можно будет создать карту</translation>
    </message>
    <message>
        <source>A note; it does not prevent creating a card</source>
        <translation>Примечание; не мешает созданию карты</translation>
    </message>
    <message>
        <source>The check was interrupted. Check again to continue.</source>
        <translation>Проверка прервана. Чтобы продолжить, выполните проверку снова.</translation>
    </message>
    <message>
        <source>This computer cannot hold a virtual smart card yet. Fix the problems below, then check again.</source>
        <translation>Этот компьютер пока не может содержать виртуальную смарт-карту. Устраните проблемы, перечисленные ниже, и выполните проверку снова.</translation>
    </message>
    <message>
        <source>This computer is ready. Please note the points below.</source>
        <translation>Компьютер готов. Обратите внимание на пункты ниже.</translation>
    </message>
    <message>
        <source>This computer is ready. Continue to choose a name for the card.</source>
        <translation>Компьютер готов. Продолжите, чтобы выбрать имя карты.</translation>
    </message>
</context>
<context>
    <name>WindowsBackend</name>
    <message>
        <source>The TPM Virtual Smart Card Manager is not available on this computer. It is part of Windows 8 and later; its service may be turned off.</source>
        <translation>Диспетчер виртуальных смарт-карт TPM недоступен на этом компьютере. Он входит в состав Windows 8 и более поздних версий; возможно, его служба отключена.</translation>
    </message>
    <message>
        <source>No TPM (Trusted Platform Module) was found on this computer.</source>
        <translation>На этом компьютере не найден TPM (доверенный платформенный модуль).</translation>
    </message>
    <message>
        <source>The TPM is not ready. Turn it on and prepare it in the TPM management console (tpm.msc), then try again.</source>
        <translation>TPM не готов. Включите и подготовьте его в консоли управления TPM (tpm.msc), затем повторите попытку.</translation>
    </message>
    <message>
        <source>Managing virtual smart cards needs administrator rights. Start vscwizard with &quot;Run as administrator&quot;.</source>
        <translation>Для управления виртуальными смарт-картами нужны права администратора. Запустите vscwizard с помощью команды «Запуск от имени администратора».</translation>
    </message>
    <message>
        <source>Virtual smart cards cannot be managed from a remote desktop session.</source>
        <translation>Виртуальными смарт-картами нельзя управлять из сеанса удаленного рабочего стола.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager refused a value of the request.</source>
        <translation>Диспетчер виртуальных смарт-карт TPM отклонил одно из значений запроса.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Операция отменена.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager reported a failure.</source>
        <translation>Диспетчер виртуальных смарт-карт TPM сообщил о сбое.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager is not available</source>
        <translation>Диспетчер виртуальных смарт-карт TPM недоступен</translation>
    </message>
    <message>
        <source>Ask your administrator to allow the smart card services of Windows to start; the manager is part of Windows 8 and later.</source>
        <translation>Попросите администратора разрешить запуск служб смарт-карт Windows; диспетчер входит в состав Windows 8 и более поздних версий.</translation>
    </message>
    <message>
        <source>No TPM found</source>
        <translation>TPM не найден</translation>
    </message>
    <message>
        <source>If this computer has a TPM, turn it on in the firmware settings, then try again.</source>
        <translation>Если на этом компьютере есть TPM, включите его в параметрах встроенного ПО, затем повторите попытку.</translation>
    </message>
    <message>
        <source>The TPM is not ready</source>
        <translation>TPM не готов</translation>
    </message>
    <message>
        <source>Open the TPM management console (tpm.msc) as administrator and prepare the TPM, then try again.</source>
        <translation>Откройте консоль управления TPM (tpm.msc) от имени администратора и подготовьте TPM, затем повторите попытку.</translation>
    </message>
    <message>
        <source>Administrator rights needed</source>
        <translation>Требуются права администратора</translation>
    </message>
    <message>
        <source>Start vscwizard with “Run as administrator”, then try again.</source>
        <translation>Запустите vscwizard с помощью команды «Запуск от имени администратора», затем повторите попытку.</translation>
    </message>
    <message>
        <source>The card needs a name.</source>
        <translation>Карте нужно имя.</translation>
    </message>
    <message numerus="yes">
        <source>The admin key must be exactly %n byte(s) long.</source>
        <translation>
            <numerusform>Длина ключа администратора должна составлять ровно %n байт.</numerusform>
            <numerusform>Длина ключа администратора должна составлять ровно %n байта.</numerusform>
            <numerusform>Длина ключа администратора должна составлять ровно %n байт.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The admin key check value must be %n byte(s) long.</source>
        <translation>
            <numerusform>Длина контрольного значения ключа администратора должна составлять %n байт.</numerusform>
            <numerusform>Длина контрольного значения ключа администратора должна составлять %n байта.</numerusform>
            <numerusform>Длина контрольного значения ключа администратора должна составлять %n байт.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attestation needs Windows 10 or later.</source>
        <translation>Для аттестации требуется Windows 10 или более поздней версии.</translation>
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
        <translation>Не удалось подсчитать устройства чтения смарт-карт на этом компьютере.</translation>
    </message>
    <message>
        <source>Win32 error %1</source>
        <translation>Ошибка Win32 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n smart card reader(s) exist already, the most there can be at once. Remove a virtual smart card or unplug a reader first.</source>
        <translation>
            <numerusform>Уже существует %n устройство чтения смарт-карт — это максимальное число одновременно существующих устройств. Сначала удалите виртуальную смарт-карту или отключите устройство чтения.</numerusform>
            <numerusform>Уже существует %n устройства чтения смарт-карт — это максимальное число одновременно существующих устройств. Сначала удалите виртуальную смарт-карту или отключите устройство чтения.</numerusform>
            <numerusform>Уже существует %n устройств чтения смарт-карт — это максимальное число одновременно существующих устройств. Сначала удалите виртуальную смарт-карту или отключите устройство чтения.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN policy cannot be passed to the manager.</source>
        <translation>Не удается передать политику ПИН-кодов диспетчеру.</translation>
    </message>
    <message>
        <source>Windows shows the card as the smart card reader &quot;%1&quot;. Applications use it through the Windows smart card service, for example to enroll a certificate or sign in.</source>
        <translation>Windows отображает карту как устройство чтения смарт-карт «%1». Приложения используют ее через службу смарт-карт Windows, например для запроса сертификата или входа в систему.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the instance id of a TPM virtual smart card (ROOT\SMARTCARDREADER\000n).</source>
        <translation>«%1» не является ИД экземпляра виртуальной смарт-карты TPM (ROOT\SMARTCARDREADER\000n).</translation>
    </message>
    <message>
        <source>The smart card readers could not be listed (Win32 error %1).</source>
        <translation>Не удалось получить список устройств чтения смарт-карт (ошибка Win32 %1).</translation>
    </message>
    <message numerus="yes">
        <source>The PIN must be %1 to %n byte(s) long.</source>
        <translation>
            <numerusform>Длина ПИН-кода должна составлять от %1 до %n байта.</numerusform>
            <numerusform>Длина ПИН-кода должна составлять от %1 до %n байт.</numerusform>
            <numerusform>Длина ПИН-кода должна составлять от %1 до %n байт.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK must be %1 to %n byte(s) long.</source>
        <translation>
            <numerusform>Длина PUK-кода должна составлять от %1 до %n байта.</numerusform>
            <numerusform>Длина PUK-кода должна составлять от %1 до %n байт.</numerusform>
            <numerusform>Длина PUK-кода должна составлять от %1 до %n байт.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>There is no graphical session to open the wizard in (DISPLAY and WAYLAND_DISPLAY are not set). The commands work without one; see vscwizard --help.</source>
        <translation>Нет графического сеанса, в котором можно открыть мастер (DISPLAY и WAYLAND_DISPLAY не заданы). Команды работают и без него; см. vscwizard --help.</translation>
    </message>
    <message>
        <source>There is no translation for &quot;%1&quot;; using English.</source>
        <translation>Перевод для «%1» отсутствует; используется английский язык.</translation>
    </message>
    <message>
        <source>Cannot open the wizard %1: %2. The commands work without it; see vscwizard --help.</source>
        <translation>Не удается открыть мастер %1: %2. Команды работают и без него; см. vscwizard --help.</translation>
    </message>
    <message>
        <source>Commands are run by vscwizard, for example: vscwizard %1</source>
        <translation>Команды выполняет vscwizard, например: vscwizard %1</translation>
    </message>
    <message>
        <source>Organization policy</source>
        <translation>Политика организации</translation>
    </message>
    <message>
        <source>Card manager</source>
        <translation>Диспетчер карт</translation>
    </message>
</context>
</TS>
