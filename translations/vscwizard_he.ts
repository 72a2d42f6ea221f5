<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear</source>
        <translation>ניקוי</translation>
    </message>
</context>
<context>
    <name>AdminKey</name>
    <message>
        <source>Character %1 (&apos;%2&apos;) is not a hex digit.</source>
        <translation>התו %1 (&apos;%2&apos;) אינו ספרה הקסדצימלית.</translation>
    </message>
    <message numerus="yes">
        <source>The admin key has %n hex digit(s); it needs exactly %1.</source>
        <translation>
            <numerusform>למפתח המנהל יש ספרה הקסדצימלית אחת; נדרשות בדיוק %1.</numerusform>
            <numerusform>למפתח המנהל יש %n ספרות הקסדצימליות; נדרשות בדיוק %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 (&apos;%2&apos;) splits a pair of hex digits; spaces and colons may only stand between pairs.</source>
        <translation>התו %1 (&apos;%2&apos;) מפצל זוג ספרות הקסדצימליות; רווחים ונקודתיים מותרים רק בין זוגות.</translation>
    </message>
    <message numerus="yes">
        <source>The admin key has %n byte(s); it needs exactly %1.</source>
        <translation>
            <numerusform>למפתח המנהל יש בית אחד; נדרשים בדיוק %1.</numerusform>
            <numerusform>למפתח המנהל יש %n בתים; נדרשים בדיוק %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>האפשרות %1 דורשת ערך.</translation>
    </message>
    <message>
        <source>--sim-delay takes milliseconds from 0 to 600000, not &quot;%1&quot;.</source>
        <translation>האפשרות --sim-delay מקבלת אלפיות שנייה מ-0 עד 600000, לא &quot;%1&quot;.</translation>
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
        <translation>אפשרויות כלליות:
  --backend NAME       tpm2, windows או simulator (לבדיקות ולהדגמות בלבד)
  --lang LANG          שפת ההודעות, למשל de
  --policy FILE        קובץ מדיניות ה-PIN של הארגון
  --tpm WHICH          tpm2: auto, device[:PATH], software[:FOLDER] או tcti:STRING
  --store DIR          tpm2: תיקיית מאגר האסימונים
  --sim-state DIR      simulator: התיקייה שבה נשמרים הכרטיסים שלו
  --sim-delay MS       simulator: השהיה של כל שלב
  --sim-fail ERR[@ST]  simulator: כשל עם השגיאה ERR במצב ST, או עם שגיאת
                       כרטיס: CARD:ERR[@change-pin|reset-pin|change-puk|status]
</translation>
    </message>
</context>
<context>
    <name>BackendFactory</name>
    <message>
        <source>There is no backend called &quot;%1&quot;. Available: %2.</source>
        <translation>אין מנגנון בשם &quot;%1&quot;. זמינים: %2.</translation>
    </message>
    <message>
        <source>software-tpm acts on a software TPM, but --tpm %1 names another TPM. Leave out --tpm, or give --tpm software:FOLDER.</source>
        <translation>software-tpm פועל על TPM תוכנתי, אבל --tpm %1 מציין TPM אחר. יש להשמיט את --tpm, או לציין --tpm software:FOLDER.</translation>
    </message>
    <message>
        <source>The software TPM is only used on Linux.</source>
        <translation>ה-TPM התוכנתי משמש רק ב-Linux.</translation>
    </message>
</context>
<context>
    <name>CardCommands</name>
    <message>
        <source>%1 takes only --instance ID and --with puk|adminkey; secrets are read from the terminal or from standard input.</source>
        <translation>%1 מקבל רק --instance ID ו- --with puk|adminkey; הסודות נקראים מהמסוף או מהקלט הסטנדרטי.</translation>
    </message>
    <message>
        <source>%1 takes only --instance ID; secrets are read from the terminal or from standard input.</source>
        <translation>%1 מקבל רק --instance ID; הסודות נקראים מהמסוף או מהקלט הסטנדרטי.</translation>
    </message>
    <message>
        <source>%1: --instance needs the instance id shown by &quot;vscwizard status&quot;.</source>
        <translation>%1: --instance דורש את מזהה המופע שמוצג על ידי &quot;vscwizard status&quot;.</translation>
    </message>
    <message>
        <source>%1: --with needs puk or adminkey.</source>
        <translation>%1: --with דורש puk או adminkey.</translation>
    </message>
    <message>
        <source>%1: --with is given twice.</source>
        <translation>%1: --with צוין פעמיים.</translation>
    </message>
    <message>
        <source>%1: --with takes puk or adminkey; the PUK or the admin key itself is read from the terminal or from standard input.</source>
        <translation>%1: --with מקבל puk או adminkey; קוד ה-PUK או מפתח המנהל עצמו נקרא מהמסוף או מהקלט הסטנדרטי.</translation>
    </message>
    <message>
        <source>%1 takes exactly one --instance ID.</source>
        <translation>%1 מקבל בדיוק --instance ID אחד.</translation>
    </message>
    <message>
        <source>%1 needs --instance ID (see &quot;vscwizard status&quot;).</source>
        <translation>%1 דורש --instance ID (ראה &quot;vscwizard status&quot;).</translation>
    </message>
    <message>
        <source>The two entries differed three times; nothing was changed.</source>
        <translation>שתי ההזנות היו שונות שלוש פעמים; לא בוצע שום שינוי.</translation>
    </message>
    <message>
        <source>No card has the instance id %1.</source>
        <translation>לאף כרטיס אין את מזהה המופע %1.</translation>
    </message>
    <message>
        <source>The card has no PUK: reset its PIN with %1 --with adminkey.</source>
        <translation>לכרטיס אין קוד PUK: יש לאפס את קוד ה-PIN שלו באמצעות %1 --with adminkey.</translation>
    </message>
    <message>
        <source>Nobody knows the card&apos;s admin key: reset its PIN with %1 --with puk.</source>
        <translation>אף אחד אינו יודע את מפתח המנהל של הכרטיס: יש לאפס את קוד ה-PIN שלו באמצעות %1 --with puk.</translation>
    </message>
    <message>
        <source>The card has no PUK to change.</source>
        <translation>לכרטיס אין קוד PUK שאפשר לשנות.</translation>
    </message>
    <message>
        <source>Current PIN: </source>
        <translation>קוד PIN נוכחי: </translation>
    </message>
    <message>
        <source>Standard input ended before the current PIN was read.</source>
        <translation>הקלט הסטנדרטי הסתיים לפני שקוד ה-PIN הנוכחי נקרא.</translation>
    </message>
    <message>
        <source>Current PUK: </source>
        <translation>קוד PUK נוכחי: </translation>
    </message>
    <message>
        <source>PUK: </source>
        <translation>קוד PUK: </translation>
    </message>
    <message>
        <source>Standard input ended before the PUK was read.</source>
        <translation>הקלט הסטנדרטי הסתיים לפני שקוד ה-PUK נקרא.</translation>
    </message>
    <message>
        <source>Admin key (48 hex digits): </source>
        <translation>מפתח מנהל (48 ספרות הקסדצימליות): </translation>
    </message>
    <message>
        <source>Standard input ended before the admin key was read.</source>
        <translation>הקלט הסטנדרטי הסתיים לפני שמפתח המנהל נקרא.</translation>
    </message>
    <message>
        <source>Admin key: %1</source>
        <translation>מפתח מנהל: %1</translation>
    </message>
    <message>
        <source>The new PIN must meet these rules:</source>
        <translation>קוד ה-PIN החדש חייב לעמוד בכללים אלה:</translation>
    </message>
    <message>
        <source>New PIN: </source>
        <translation>קוד PIN חדש: </translation>
    </message>
    <message>
        <source>Repeat the new PIN: </source>
        <translation>חזור על קוד ה-PIN החדש: </translation>
    </message>
    <message>
        <source>Standard input ended before the new PIN was read.</source>
        <translation>הקלט הסטנדרטי הסתיים לפני שקוד ה-PIN החדש נקרא.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>אזהרה: %1</translation>
    </message>
    <message>
        <source>The new PIN breaks these rules:</source>
        <translation>קוד ה-PIN החדש מפר כללים אלה:</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>לא בוצע שום שינוי.</translation>
    </message>
    <message>
        <source>New PUK: </source>
        <translation>קוד PUK חדש: </translation>
    </message>
    <message>
        <source>Repeat the new PUK: </source>
        <translation>חזור על קוד ה-PUK החדש: </translation>
    </message>
    <message>
        <source>Standard input ended before the new PUK was read.</source>
        <translation>הקלט הסטנדרטי הסתיים לפני שקוד ה-PUK החדש נקרא.</translation>
    </message>
    <message>
        <source>Changed the PIN of the card %1.</source>
        <translation>קוד ה-PIN של הכרטיס %1 שונה.</translation>
    </message>
    <message>
        <source>Changed the PIN of the card &quot;%1&quot; (%2).</source>
        <translation>קוד ה-PIN של הכרטיס &quot;%1&quot; (%2) שונה.</translation>
    </message>
    <message>
        <source>Changed the PUK of the card %1.</source>
        <translation>קוד ה-PUK של הכרטיס %1 שונה.</translation>
    </message>
    <message>
        <source>Changed the PUK of the card &quot;%1&quot; (%2).</source>
        <translation>קוד ה-PUK של הכרטיס &quot;%1&quot; (%2) שונה.</translation>
    </message>
    <message>
        <source>status takes only --json.</source>
        <translation>status מקבל רק --json.</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; is not an instance id: none is longer than %n character(s) (see &quot;vscwizard status&quot;).</source>
        <extracomment>%1: a command name, kept in English.</extracomment>
        <translation>
            <numerusform>%1: &quot;%2&quot; אינו מזהה מופע: אף מזהה אינו ארוך מתו אחד (ראה &quot;vscwizard status&quot;).</numerusform>
            <numerusform>%1: &quot;%2&quot; אינו מזהה מופע: אף מזהה אינו ארוך מ-%n תווים (ראה &quot;vscwizard status&quot;).</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN of the card %1 was reset; it is unblocked.</source>
        <translation>קוד ה-PIN של הכרטיס %1 אופס; החסימה שלו בוטלה.</translation>
    </message>
    <message>
        <source>The PIN of the card &quot;%1&quot; (%2) was reset; it is unblocked.</source>
        <translation>קוד ה-PIN של הכרטיס &quot;%1&quot; (%2) אופס; החסימה שלו בוטלה.</translation>
    </message>
</context>
<context>
    <name>CardManagerWindow</name>
    <message>
        <source>Manage virtual smart cards</source>
        <translation>ניהול כרטיסים חכמים וירטואליים</translation>
    </message>
    <message>
        <source>TPM lockout state</source>
        <translation>מצב נעילת TPM</translation>
    </message>
    <message>
        <source>Car&amp;ds on this computer:</source>
        <translation>&amp;כרטיסים במחשב זה:</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>כרטיסים</translation>
    </message>
    <message>
        <source>Each row is a card: its name, where it lives, its keys, its PIN&apos;s state and how its PIN can be reset.</source>
        <translation>כל שורה היא כרטיס: השם שלו, היכן הוא נמצא, המפתחות שלו, מצב קוד ה-PIN שלו ואיך ניתן לאפס את קוד ה-PIN.</translation>
    </message>
    <message>
        <source>Reading the cards</source>
        <translation>קריאת הכרטיסים</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>&amp;שינוי קוד PIN…</translation>
    </message>
    <message>
        <source>R&amp;eset PIN…</source>
        <translation>&amp;איפוס קוד PIN…</translation>
    </message>
    <message>
        <source>Change P&amp;UK…</source>
        <translation>שינוי קוד P&amp;UK…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>ה&amp;סרה…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;רענון</translation>
    </message>
    <message>
        <source>Reads the cards and the TPM&apos;s lockout state again.</source>
        <translation>קורא שוב את הכרטיסים ואת מצב הנעילה של ה-TPM.</translation>
    </message>
    <message>
        <source>E&amp;nroll a new card…</source>
        <translation>רישום כרטיס &amp;חדש…</translation>
    </message>
    <message>
        <source>Opens the wizard that creates a card.</source>
        <translation>פותח את האשף שיוצר כרטיס.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>ס&amp;גור</translation>
    </message>
    <message>
        <source>Reading the cards…</source>
        <translation>קורא את הכרטיסים…</translation>
    </message>
    <message>
        <source>The cards could not be read: %1 %2</source>
        <translation>לא ניתן היה לקרוא את הכרטיסים: %1 %2</translation>
    </message>
    <message>
        <source>There is no card yet. Enroll a new card to create one.</source>
        <translation>אין עדיין כרטיס. רשום כרטיס חדש כדי ליצור כרטיס.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s).</source>
        <translation>
            <numerusform>כרטיס אחד.</numerusform>
            <numerusform>%n כרטיסים.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a card first.</source>
        <translation>בחר תחילה כרטיס.</translation>
    </message>
    <message>
        <source>The PIN is blocked; reset it first</source>
        <translation>קוד ה-PIN חסום; יש לאפס אותו תחילה</translation>
    </message>
    <message>
        <source>This card can never be reset; remove it and create a new one</source>
        <translation>לעולם לא ניתן לאפס כרטיס זה; הסר אותו וצור כרטיס חדש</translation>
    </message>
    <message>
        <source>The PUK is blocked, so this card can no longer be reset; remove it and create a new one</source>
        <translation>קוד ה-PUK חסום, ולכן כבר לא ניתן לאפס כרטיס זה; הסר אותו וצור כרטיס חדש</translation>
    </message>
    <message>
        <source>This card has no PUK</source>
        <translation>לכרטיס זה אין קוד PUK</translation>
    </message>
    <message>
        <source>The PUK is blocked</source>
        <translation>קוד ה-PUK חסום</translation>
    </message>
    <message>
        <source>Sets a new PIN; the current PIN is needed.</source>
        <translation>מגדיר קוד PIN חדש; נדרש קוד ה-PIN הנוכחי.</translation>
    </message>
    <message>
        <source>Sets a new PIN without the current one, with the PUK or the admin key.</source>
        <translation>מגדיר קוד PIN חדש ללא הקוד הנוכחי, באמצעות קוד ה-PUK או מפתח המנהל.</translation>
    </message>
    <message>
        <source>Sets a new PUK; the current PUK is needed.</source>
        <translation>מגדיר קוד PUK חדש; נדרש קוד ה-PUK הנוכחי.</translation>
    </message>
    <message>
        <source>Removes the card and destroys its keys.</source>
        <translation>מסיר את הכרטיס ומשמיד את המפתחות שלו.</translation>
    </message>
</context>
<context>
    <name>CardNamePage</name>
    <message>
        <source>Card Name</source>
        <translation>שם הכרטיס</translation>
    </message>
    <message>
        <source>Choose a name that helps you recognize the card.</source>
        <translation>בחר שם שיעזור לך לזהות את הכרטיס.</translation>
    </message>
    <message>
        <source>Card na&amp;me:</source>
        <translation>&amp;שם הכרטיס:</translation>
    </message>
    <message>
        <source>Card name</source>
        <translation>שם הכרטיס</translation>
    </message>
    <message>
        <source>The name shown for the card, for example in the list of security devices of a browser.</source>
        <translation>השם שמוצג עבור הכרטיס, לדוגמה ברשימת התקני האבטחה של דפדפן.</translation>
    </message>
    <message>
        <source>For example: Work laptop</source>
        <translation>לדוגמה: המחשב הנייד של העבודה</translation>
    </message>
    <message>
        <source>Name check</source>
        <translation>בדיקת השם</translation>
    </message>
    <message numerus="yes">
        <source>The name can have at most %n character(s).</source>
        <translation>
            <numerusform>השם יכול להכיל תו אחד לכל היותר.</numerusform>
            <numerusform>השם יכול להכיל %n תווים לכל היותר.</numerusform>
        </translation>
    </message>
    <message>
        <source>A card named “%1” already exists. Choose another name.</source>
        <translation>כבר קיים כרטיס בשם ”%1”. בחר שם אחר.</translation>
    </message>
    <message>
        <source>This name can be used.</source>
        <translation>ניתן להשתמש בשם זה.</translation>
    </message>
</context>
<context>
    <name>CardRules</name>
    <message>
        <source>Enter a name for the card.</source>
        <translation>הזן שם עבור הכרטיס.</translation>
    </message>
    <message>
        <source>The name contains a character that is not shown, such as a tab, a line break or a writing-direction mark. Remove it.</source>
        <translation>השם מכיל תו שאינו מוצג, כגון טאב, מעבר שורה או סימן כיוון כתיבה. הסר אותו.</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: it can have at most %n character(s).</source>
        <translation>
            <numerusform>השם ארוך מדי: הוא יכול להכיל תו אחד לכל היותר.</numerusform>
            <numerusform>השם ארוך מדי: הוא יכול להכיל %n תווים לכל היותר.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: a card name holds %n byte(s) in UTF-8, where letters beyond ASCII take two to four; this one takes %1.</source>
        <translation>
            <numerusform>השם ארוך מדי: שם כרטיס מכיל בית אחד ב-UTF-8, שבו אותיות מחוץ ל-ASCII תופסות שניים עד ארבעה; שם זה תופס %1.</numerusform>
            <numerusform>השם ארוך מדי: שם כרטיס מכיל %n בתים ב-UTF-8, שבו אותיות מחוץ ל-ASCII תופסות שניים עד ארבעה; שם זה תופס %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name starts or ends with a space. Remove it.</source>
        <translation>השם מתחיל או מסתיים ברווח. הסר אותו.</translation>
    </message>
    <message>
        <source>The name is not valid UTF-8 text. Type it again in a terminal that uses UTF-8.</source>
        <translation>השם אינו טקסט UTF-8 חוקי. הקלד אותו שוב במסוף שמשתמש ב-UTF-8.</translation>
    </message>
    <message>
        <source>The PIN breaks these rules: %1</source>
        <translation>קוד ה-PIN מפר כללים אלה: %1</translation>
    </message>
    <message>
        <source>This PIN is one of the most common PINs, which whoever finds the card tries first. Choose one that is harder to guess.</source>
        <translation>קוד PIN זה הוא אחד מקודי ה-PIN הנפוצים ביותר, שמי שמוצא את הכרטיס מנסה ראשונים. בחר קוד שקשה יותר לנחש.</translation>
    </message>
    <message>
        <source>The PIN contains a NUL byte or bytes that are not UTF-8 text; other programs could not type it.</source>
        <translation>קוד ה-PIN מכיל בית NUL או בתים שאינם טקסט UTF-8; תוכניות אחרות לא יוכלו להקליד אותו.</translation>
    </message>
    <message>
        <source>The PUK contains a NUL byte or bytes that are not UTF-8 text; other programs could not type it.</source>
        <translation>קוד ה-PUK מכיל בית NUL או בתים שאינם טקסט UTF-8; תוכניות אחרות לא יוכלו להקליד אותו.</translation>
    </message>
    <message>
        <source>The PUK is the same as the PIN. Choose a different PUK: it must unlock the card when the PIN is forgotten or blocked.</source>
        <translation>קוד ה-PUK זהה לקוד ה-PIN. בחר קוד PUK אחר: הוא אמור לבטל את נעילת הכרטיס כאשר קוד ה-PIN נשכח או נחסם.</translation>
    </message>
    <message numerus="yes">
        <source>The PUK must have %1 to %n character(s).</source>
        <translation>
            <numerusform>קוד ה-PUK חייב להכיל %1 עד תו אחד.</numerusform>
            <numerusform>קוד ה-PUK חייב להכיל %1 עד %n תווים.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK is too long: a PUK can have at most %n byte(s) in UTF-8, where letters such as ä or € take two or three; this one takes %1.</source>
        <extracomment>%n: the most bytes any PUK may have; %1: the bytes this PUK takes.</extracomment>
        <translation>
            <numerusform>קוד ה-PUK ארוך מדי: קוד PUK יכול להכיל בית אחד לכל היותר ב-UTF-8, שבו אותיות כגון ä או € תופסות שניים או שלושה; קוד זה תופס %1.</numerusform>
            <numerusform>קוד ה-PUK ארוך מדי: קוד PUK יכול להכיל %n בתים לכל היותר ב-UTF-8, שבו אותיות כגון ä או € תופסות שניים או שלושה; קוד זה תופס %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardTableModel</name>
    <message>
        <source>Instance id: %1</source>
        <translation>מזהה מופע: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>מפתחות</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>קוד PIN</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>שחזור</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>מיקום</translation>
    </message>
</context>
<context>
    <name>CardText</name>
    <message>
        <source>TPM of this computer</source>
        <translation>ה-TPM של מחשב זה</translation>
    </message>
    <message>
        <source>Software TPM</source>
        <translation>TPM תוכנתי</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>סימולטור</translation>
    </message>
    <message numerus="yes">
        <source>PIN set; %n try(ies) left</source>
        <translation>
            <numerusform>קוד PIN מוגדר; נותר ניסיון אחד</numerusform>
            <numerusform>קוד PIN מוגדר; נותרו %n ניסיונות</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>קוד PIN מוגדר</translation>
    </message>
    <message>
        <source>No PIN set</source>
        <translation>לא הוגדר קוד PIN</translation>
    </message>
    <message>
        <source>PIN blocked</source>
        <translation>קוד ה-PIN חסום</translation>
    </message>
    <message>
        <source>Cannot be reset</source>
        <extracomment>The subject is the card (the virtual smart card): its PIN cannot be reset. A table cell.</extracomment>
        <translation>לא ניתן לאיפוס</translation>
    </message>
    <message>
        <source>PUK, or the default admin key</source>
        <translation>קוד PUK, או מפתח המנהל המוגדר כברירת מחדל</translation>
    </message>
    <message>
        <source>Default admin key</source>
        <translation>מפתח מנהל המוגדר כברירת מחדל</translation>
    </message>
    <message>
        <source>PUK, or the admin key</source>
        <translation>קוד PUK, או מפתח המנהל</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>מפתח מנהל</translation>
    </message>
    <message>
        <source>PUK</source>
        <extracomment>PUK: PIN Unblocking Key, the secret that resets a blocked PIN.</extracomment>
        <translation>קוד PUK</translation>
    </message>
    <message>
        <source>The TPM&apos;s lockout state is not known.</source>
        <translation>מצב הנעילה של ה-TPM אינו ידוע.</translation>
    </message>
    <message numerus="yes">
        <source>No wrong PINs counted by the TPM (it locks after %n).</source>
        <translation>
            <numerusform>ה-TPM לא ספר קודי PIN שגויים (הוא ננעל אחרי קוד שגוי אחד).</numerusform>
            <numerusform>ה-TPM לא ספר קודי PIN שגויים (הוא ננעל אחרי %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>location</comment>
        <extracomment>Where the card is kept (a TPM, the simulator) is not known. A table cell of the Location column.</extracomment>
        <translation>לא ידוע</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>PIN state</comment>
        <extracomment>The state of the card&apos;s PIN (set, blocked) is not known. A table cell of the PIN column.</extracomment>
        <translation>לא ידוע</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>recovery</comment>
        <extracomment>How the card&apos;s PIN can be reset is not known. A table cell of the Recovery column.</extracomment>
        <translation>לא ידוע</translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n second(s), on every card.</source>
        <translation>
            <numerusform>ה-TPM נעול לאחר יותר מדי קודי PIN שגויים: הוא יקבל שוב קודי PIN בעוד שנייה אחת, בכל הכרטיסים.</numerusform>
            <numerusform>ה-TPM נעול לאחר יותר מדי קודי PIN שגויים: הוא יקבל שוב קודי PIN בעוד %n שניות, בכל הכרטיסים.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n minute(s), on every card.</source>
        <translation>
            <numerusform>ה-TPM נעול לאחר יותר מדי קודי PIN שגויים: הוא יקבל שוב קודי PIN בעוד דקה אחת, בכל הכרטיסים.</numerusform>
            <numerusform>ה-TPM נעול לאחר יותר מדי קודי PIN שגויים: הוא יקבל שוב קודי PIN בעוד %n דקות, בכל הכרטיסים.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n hour(s), on every card.</source>
        <translation>
            <numerusform>ה-TPM נעול לאחר יותר מדי קודי PIN שגויים: הוא יקבל שוב קודי PIN בעוד שעה אחת, בכל הכרטיסים.</numerusform>
            <numerusform>ה-TPM נעול לאחר יותר מדי קודי PIN שגויים: הוא יקבל שוב קודי PIN בעוד %n שעות, בכל הכרטיסים.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n second(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>ה-TPM ספר %1 מתוך %2 קודי PIN שגויים, בכל הכרטיסים שלו יחד. המונה יורד באחד בכל שנייה.</numerusform>
            <numerusform>ה-TPM ספר %1 מתוך %2 קודי PIN שגויים, בכל הכרטיסים שלו יחד. המונה יורד באחד כל %n שניות.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n minute(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>ה-TPM ספר %1 מתוך %2 קודי PIN שגויים, בכל הכרטיסים שלו יחד. המונה יורד באחד בכל דקה.</numerusform>
            <numerusform>ה-TPM ספר %1 מתוך %2 קודי PIN שגויים, בכל הכרטיסים שלו יחד. המונה יורד באחד כל %n דקות.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n hour(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>ה-TPM ספר %1 מתוך %2 קודי PIN שגויים, בכל הכרטיסים שלו יחד. המונה יורד באחד בכל שעה.</numerusform>
            <numerusform>ה-TPM ספר %1 מתוך %2 קודי PIN שגויים, בכל הכרטיסים שלו יחד. המונה יורד באחד כל %n שעות.</numerusform>
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
        <translation>שימוש: vscwizard [GLOBAL OPTIONS] [COMMAND [OPTIONS]]
ללא פקודה, נפתח אשף הרישום.

פקודות:
  create --name NAME [--pin prompt|default] [--puk prompt|default|none]
         [--adminkey default|random|prompt] [--generate]
         [--pinpolicy minlen N maxlen N CLASS RULE ...]
      יצירת כרטיס חכם וירטואלי והדפסת מזהה המופע שלו.
      CLASS הוא uppercase, lowercase, digits, special או other; RULE הוא allow,
      require או disallow. ברירות מחדל: --pin prompt, --puk none, --adminkey default;
      קודי ה-PIN וה-PUK המוגדרים כברירת מחדל הם אלה של tpmvscmgr. --adminkey random יוצר
      כרטיס שלעולם לא ניתן לאפס, אפשר רק להסיר. ב-tpm2 (Linux) קוד ה-PUK תופס
      את מקומו של מפתח המנהל: לכרטיס עם קוד PUK אין מפתח מנהל.
  destroy --instance ID
      הסרת כרטיס חכם וירטואלי.
  list [--json]
      הצגת הכרטיסים החכמים הווירטואליים.
  status [--json]
      הצגת מצב קוד ה-PIN של כל כרטיס (ניסיונות שנותרו, חסום) ואיך ניתן לאפס אותו,
      ואת מצב הנעילה של ה-TPM, בלי לבזבז ניסיון.
  change-pin --instance ID
      שינוי קוד ה-PIN של כרטיס; קורא את קוד ה-PIN הנוכחי, ולאחר מכן את החדש.
  reset-pin --instance ID [--with puk|adminkey]
      הגדרת קוד PIN חדש, גם בכרטיס חסום; קורא את קוד ה-PUK (או את מפתח המנהל כ-
      48 ספרות הקסדצימליות), ולאחר מכן את קוד ה-PIN החדש. ברירת מחדל: --with puk אם לכרטיס יש
      קוד PUK, אחרת --with adminkey.
  change-puk --instance ID
      שינוי קוד ה-PUK של כרטיס; קורא את קוד ה-PUK הנוכחי, ולאחר מכן את החדש.
  explain CODE|NAME
      הצגת המשמעות של TPMVSCMGR_ERROR או TPMVSCMGR_STATUS.
  software-tpm start|stop|status
      שליטה ב-TPM התוכנתי של המשתמש, שמכיל את הכרטיסים כאשר אין TPM
      חומרה שמיש (Linux). המפתחות שלו אינם מוגנים על ידי חומרה.
  --help, --version

סודות לעולם אינם נלקחים משורת הפקודה. &quot;prompt&quot; קורא אותם
מהמסוף בלי להציג אותם, ומבקש כל אחד פעמיים; כאשר הקלט הסטנדרטי אינו מסוף,
נקראת שורה אחת לכל סוד מבוקש, בסדר PIN, PUK, מפתח מנהל (48 ספרות הקסדצימליות)
עבור create, ובסדר שצוין למעלה עבור הפקודות האחרות. כל קוד PIN חדש
חייב לעמוד במדיניות הארגון (--policy).

אפשרויות של כל פקודה:
  --verbose            הדפסת ההתקדמות גם כאשר פלט השגיאות הסטנדרטי אינו מסוף

Ctrl+C מבטל את הפעולה הנוכחית; שום דבר לא נשאר חצי גמור.

מצב יציאה: 0 הצלחה, 1 כשל אחר, 2 שימוש שגוי, 3 בוטל,
10 + N עבור TPMVSCMGR_ERROR N (ראה &quot;vscwizard explain N&quot;),
40 + N עבור שגיאת כרטיס של change-pin, reset-pin, change-puk ו- status: 41 קוד
PIN שגוי, 42 קוד PUK שגוי, 43 מפתח מנהל שגוי, 44 קוד PIN חסום, 45 קוד PUK חסום, 46 קוד PIN
חדש נדחה, 47 קוד PUK חדש נדחה, 48 לא ניתן לאיפוס, 49 הכרטיס לא נמצא, 50 נעילת TPM,
51 לא אפשרי כאן, 52 כשל אחר של הכרטיס.
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
        <translation>סימולטור (לבדיקות ולהדגמות בלבד; לא נוצר כרטיס אמיתי):
  --sim-fail ERROR[@STATUS] נכשל פעם אחת בכל תהליך עם ERROR במצב STATUS (שמות ללא
  הקידומת TPMVSCMGR_, למשל GENERATE_FILESYSTEM@GENERATE_RUNNING; ללא @STATUS –
  בשלב הראשון). הכשל חד-פעמי: ניסיון חוזר באותו תהליך מצליח.
  --sim-fail CARD:ERROR[@OPERATION] מכשיל פעולת כרטיס פעם אחת עם שגיאת כרטיס
  (WRONG_PIN, WRONG_PUK, WRONG_ADMIN_KEY, PIN_BLOCKED, PUK_BLOCKED, NEW_PIN_REFUSED,
  NEW_PUK_REFUSED, CANNOT_RESET, CARD_NOT_FOUND, TPM_LOCKOUT, UNSUPPORTED, FAILED) ב-
  change-pin, reset-pin, change-puk או status (ללא @: השינוי או האיפוס הראשון);
  שום דבר בכרטיס אינו משתנה.
  --sim-delay MS ממתין לפני כל מצב; ביטול נכנס לתוקף במצב הבא.
</translation>
    </message>
    <message>
        <source>software-tpm takes one of start, stop or status.</source>
        <extracomment>software-tpm, start, stop and status are typed as they are: do not translate them.</extracomment>
        <translation>software-tpm מקבל אחד מהבאים: start, stop או status.</translation>
    </message>
    <message>
        <source>This program has no software TPM.</source>
        <translation>לתוכנית זו אין TPM תוכנתי.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>לא צוינה פקודה.</translation>
    </message>
    <message>
        <source>Unknown command. The commands are create, destroy, list, status, change-pin, reset-pin, change-puk, explain and software-tpm.</source>
        <translation>פקודה לא ידועה. הפקודות הן create, destroy, list, status, change-pin, reset-pin, change-puk, explain ו- software-tpm.</translation>
    </message>
</context>
<context>
    <name>ClientRegistration</name>
    <message>
        <source>The file %1 is not the program&apos;s own; it is left as it is.</source>
        <translation>הקובץ %1 אינו שייך לתוכנית; הוא נשאר כפי שהוא.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>list takes only --json.</source>
        <translation>list מקבל רק --json.</translation>
    </message>
    <message>
        <source>destroy: --instance needs the instance id shown by &quot;vscwizard list&quot;.</source>
        <translation>destroy: --instance דורש את מזהה המופע שמוצג על ידי &quot;vscwizard list&quot;.</translation>
    </message>
    <message>
        <source>destroy takes only --instance ID.</source>
        <translation>destroy מקבל רק --instance ID.</translation>
    </message>
    <message>
        <source>destroy takes exactly one --instance ID.</source>
        <translation>destroy מקבל בדיוק --instance ID אחד.</translation>
    </message>
    <message>
        <source>destroy needs --instance ID (see &quot;vscwizard list&quot;).</source>
        <translation>destroy דורש --instance ID (ראה &quot;vscwizard list&quot;).</translation>
    </message>
    <message>
        <source>Removed the virtual smart card %1.</source>
        <translation>הכרטיס החכם הווירטואלי %1 הוסר.</translation>
    </message>
    <message>
        <source>Restart the computer to finish removing the card.</source>
        <translation>הפעל מחדש את המחשב כדי להשלים את הסרת הכרטיס.</translation>
    </message>
    <message>
        <source>explain takes one error or status, as a name or a number.</source>
        <translation>explain מקבל שגיאה או מצב אחד, כשם או כמספר.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a TPMVSCMGR_ERROR nor a TPMVSCMGR_STATUS name or number.</source>
        <translation>&quot;%1&quot; אינו שם או מספר של TPMVSCMGR_ERROR או של TPMVSCMGR_STATUS.</translation>
    </message>
    <message>
        <source>Error %1: TPMVSCMGR_ERROR_%2</source>
        <translation>שגיאה %1: TPMVSCMGR_ERROR_%2</translation>
    </message>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message>
        <source>  vscwizard exits with status %1 on this error.</source>
        <translation>  vscwizard יוצא עם מצב %1 בשגיאה זו.</translation>
    </message>
    <message>
        <source>Status %1: TPMVSCMGR_STATUS_%2</source>
        <translation>מצב %1: TPMVSCMGR_STATUS_%2</translation>
    </message>
    <message numerus="yes">
        <source>destroy: &quot;%1&quot; is not an instance id: none is longer than %n character(s) (see &quot;vscwizard list&quot;).</source>
        <translation>
            <numerusform>destroy: &quot;%1&quot; אינו מזהה מופע: אף מזהה אינו ארוך מתו אחד (ראה &quot;vscwizard list&quot;).</numerusform>
            <numerusform>destroy: &quot;%1&quot; אינו מזהה מופע: אף מזהה אינו ארוך מ-%n תווים (ראה &quot;vscwizard list&quot;).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateCommand</name>
    <message>
        <source>%1 takes one of: %2. Secrets are read from the terminal or from standard input, never from the command line.</source>
        <extracomment>%1 is an option such as --pin, %2 its keywords (prompt, stdin), typed as they are.</extracomment>
        <translation>%1 מקבל אחד מהבאים: %2. הסודות נקראים מהמסוף או מהקלט הסטנדרטי, לעולם לא משורת הפקודה.</translation>
    </message>
    <message>
        <source>--pinpolicy needs rules, e.g. --pinpolicy minlen 6 digits require.</source>
        <translation>--pinpolicy דורש כללים, למשל --pinpolicy minlen 6 digits require.</translation>
    </message>
    <message>
        <source>--pinpolicy: &quot;%1&quot; needs a value.</source>
        <translation>--pinpolicy: &quot;%1&quot; דורש ערך.</translation>
    </message>
    <message>
        <source>--pinpolicy: &quot;%1&quot; is not a rule; use minlen, maxlen, uppercase, lowercase, digits, special or other.</source>
        <translation>--pinpolicy: &quot;%1&quot; אינו כלל; השתמש ב- minlen, maxlen, uppercase, lowercase, digits, special או other.</translation>
    </message>
    <message>
        <source>--pinpolicy: %1 is given twice; give each rule once.</source>
        <translation>--pinpolicy: %1 צוין פעמיים; יש לציין כל כלל פעם אחת.</translation>
    </message>
    <message>
        <source>--pinpolicy: %1 takes a number, not &quot;%2&quot;.</source>
        <translation>--pinpolicy: %1 מקבל מספר, לא &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--pinpolicy: %1 takes allow, require or disallow, not &quot;%2&quot;.</source>
        <translation>--pinpolicy: %1 מקבל allow, require או disallow, לא &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--pinpolicy: %1</source>
        <translation>--pinpolicy: %1</translation>
    </message>
    <message>
        <source>create: unexpected argument number %1; only options are taken.</source>
        <translation>create: ארגומנט לא צפוי מספר %1; מתקבלות רק אפשרויות.</translation>
    </message>
    <message>
        <source>create: %1 is given twice.</source>
        <translation>create: %1 צוין פעמיים.</translation>
    </message>
    <message>
        <source>create: --generate takes no value.</source>
        <translation>create: --generate אינו מקבל ערך.</translation>
    </message>
    <message>
        <source>create: unknown option %1.</source>
        <translation>create: אפשרות לא ידועה %1.</translation>
    </message>
    <message>
        <source>create: %1 needs a value.</source>
        <translation>create: %1 דורש ערך.</translation>
    </message>
    <message>
        <source>create needs --name NAME.</source>
        <translation>create דורש --name NAME.</translation>
    </message>
    <message>
        <source>The organization policy %1 sets the PIN rules; --pinpolicy cannot change them.</source>
        <translation>מדיניות הארגון %1 קובעת את כללי קוד ה-PIN; --pinpolicy אינו יכול לשנות אותם.</translation>
    </message>
    <message>
        <source>The organization policy %1 requires a PUK: add --puk prompt or --puk default.</source>
        <translation>מדיניות הארגון %1 דורשת קוד PUK: הוסף --puk prompt או --puk default.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow a publicly known recovery secret, and on the %2 backend the PUK is the card&apos;s only one: use --puk prompt.</source>
        <translation>מדיניות הארגון %1 אינה מתירה סוד שחזור ידוע לציבור, ובמנגנון %2 קוד ה-PUK הוא סוד השחזור היחיד של הכרטיס: השתמש ב- --puk prompt.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow the default admin key: add --adminkey prompt or --adminkey random.</source>
        <translation>מדיניות הארגון %1 אינה מתירה את מפתח המנהל המוגדר כברירת מחדל: הוסף --adminkey prompt או --adminkey random.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow the default admin key: add --adminkey prompt.</source>
        <translation>מדיניות הארגון %1 אינה מתירה את מפתח המנהל המוגדר כברירת מחדל: הוסף --adminkey prompt.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow a random admin key: add --adminkey prompt or --adminkey default.</source>
        <translation>מדיניות הארגון %1 אינה מתירה מפתח מנהל אקראי: הוסף --adminkey prompt או --adminkey default.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow a random admin key: add --adminkey prompt.</source>
        <translation>מדיניות הארגון %1 אינה מתירה מפתח מנהל אקראי: הוסף --adminkey prompt.</translation>
    </message>
    <message>
        <source>Or give the card a PUK with --puk prompt: on the %1 backend it takes the admin key&apos;s place.</source>
        <translation>או תן לכרטיס קוד PUK באמצעות --puk prompt: במנגנון %1 הוא תופס את מקומו של מפתח המנהל.</translation>
    </message>
    <message>
        <source>--adminkey prompt would ask for a key that is never used: on the %1 backend the PUK takes the admin key&apos;s place. Leave out --adminkey, or use --puk none to protect the card with an admin key instead.</source>
        <translation>--adminkey prompt יבקש מפתח שלעולם אינו בשימוש: במנגנון %1 קוד ה-PUK תופס את מקומו של מפתח המנהל. השמט את --adminkey, או השתמש ב- --puk none כדי להגן על הכרטיס באמצעות מפתח מנהל במקום זאת.</translation>
    </message>
    <message>
        <source>Note: on the %1 backend the PUK takes the admin key&apos;s place; --adminkey is ignored.</source>
        <translation>הערה: במנגנון %1 קוד ה-PUK תופס את מקומו של מפתח המנהל; המערכת מתעלמת מ- --adminkey.</translation>
    </message>
    <message>
        <source>The two entries differed three times; nothing was created.</source>
        <translation>שתי ההזנות היו שונות שלוש פעמים; לא נוצר דבר.</translation>
    </message>
    <message>
        <source>The PIN must meet these rules:</source>
        <translation>קוד ה-PIN חייב לעמוד בכללים אלה:</translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation>קוד PIN: </translation>
    </message>
    <message>
        <source>Repeat the PIN: </source>
        <translation>חזור על קוד ה-PIN: </translation>
    </message>
    <message>
        <source>Standard input ended before the PIN was read.</source>
        <translation>הקלט הסטנדרטי הסתיים לפני שקוד ה-PIN נקרא.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>אזהרה: %1</translation>
    </message>
    <message>
        <source>The PIN breaks these rules:</source>
        <translation>קוד ה-PIN מפר כללים אלה:</translation>
    </message>
    <message>
        <source>PUK: </source>
        <translation>קוד PUK: </translation>
    </message>
    <message>
        <source>Repeat the PUK: </source>
        <translation>חזור על קוד ה-PUK: </translation>
    </message>
    <message>
        <source>Standard input ended before the PUK was read.</source>
        <translation>הקלט הסטנדרטי הסתיים לפני שקוד ה-PUK נקרא.</translation>
    </message>
    <message>
        <source>The admin key beside the PUK is random and kept nowhere: only the PUK can reset this card.</source>
        <translation>מפתח המנהל שלצד קוד ה-PUK הוא אקראי ואינו נשמר בשום מקום: רק קוד ה-PUK יכול לאפס כרטיס זה.</translation>
    </message>
    <message>
        <source>The admin key is random and kept nowhere: this card can never be reset, only removed.</source>
        <translation>מפתח המנהל הוא אקראי ואינו נשמר בשום מקום: לעולם לא ניתן לאפס כרטיס זה, אפשר רק להסיר אותו.</translation>
    </message>
    <message>
        <source>Admin key (48 hex digits): </source>
        <translation>מפתח מנהל (48 ספרות הקסדצימליות): </translation>
    </message>
    <message>
        <source>Repeat the admin key: </source>
        <translation>חזור על מפתח המנהל: </translation>
    </message>
    <message>
        <source>Standard input ended before the admin key was read.</source>
        <translation>הקלט הסטנדרטי הסתיים לפני שמפתח המנהל נקרא.</translation>
    </message>
    <message>
        <source>Admin key: %1</source>
        <translation>מפתח מנהל: %1</translation>
    </message>
    <message>
        <source>Admin key check value (KCV): %1</source>
        <translation>ערך בדיקה של מפתח המנהל (KCV): %1</translation>
    </message>
    <message>
        <source>Created the virtual smart card &quot;%1&quot; (%2).</source>
        <translation>הכרטיס החכם הווירטואלי &quot;%1&quot; (%2) נוצר.</translation>
    </message>
    <message>
        <source>The card has the default PIN; change it before you rely on the card.</source>
        <translation>לכרטיס יש את קוד ה-PIN המוגדר כברירת מחדל; שנה אותו לפני שתסתמך על הכרטיס.</translation>
    </message>
    <message>
        <source>Restart the computer before applications can use the card.</source>
        <translation>הפעל מחדש את המחשב כדי שיישומים יוכלו להשתמש בכרטיס.</translation>
    </message>
</context>
<context>
    <name>EnrollmentWizard</name>
    <message>
        <source>Create a Virtual Smart Card</source>
        <translation>יצירת כרטיס חכם וירטואלי</translation>
    </message>
    <message>
        <source>Virtual smart card wizard</source>
        <translation>אשף הכרטיס החכם הווירטואלי</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>אזהרה</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>Could not act on your behalf</source>
        <translation>לא ניתן היה לפעול בשמך</translation>
    </message>
    <message>
        <source>The smart card service could not act with the rights of your user account, so it could not work on the card.</source>
        <translation>שירות הכרטיסים החכמים לא הצליח לפעול עם ההרשאות של חשבון המשתמש שלך, ולכן לא יכול היה לעבוד על הכרטיס.</translation>
    </message>
    <message>
        <source>Sign out and sign in again, then retry. If it keeps failing, ask your administrator whether your account may manage smart cards on this computer.</source>
        <translation>צא והיכנס שוב, ולאחר מכן נסה שוב. אם הכשל נמשך, שאל את מנהל המערכת אם החשבון שלך רשאי לנהל כרטיסים חכמים במחשב זה.</translation>
    </message>
    <message>
        <source>PIN or PUK does not meet the rules</source>
        <translation>קוד ה-PIN או ה-PUK אינו עומד בכללים</translation>
    </message>
    <message>
        <source>The PIN or the PUK does not meet your organization&apos;s rules for their length or the kinds of characters they contain.</source>
        <translation>קוד ה-PIN או קוד ה-PUK אינו עומד בכללי הארגון שלך לגבי האורך או סוגי התווים שהם מכילים.</translation>
    </message>
    <message>
        <source>Choose a PIN and a PUK that meet every rule: those of the organization policy (--policy) and of --pinpolicy.</source>
        <translation>בחר קוד PIN וקוד PUK שעומדים בכל הכללים: אלה של מדיניות הארגון (--policy) ואלה של --pinpolicy.</translation>
    </message>
    <message>
        <source>Go back and choose a PIN and a PUK that meet every rule listed on the PIN page.</source>
        <translation>חזור ובחר קוד PIN וקוד PUK שעומדים בכל הכללים המפורטים בדף קוד ה-PIN.</translation>
    </message>
    <message>
        <source>Too many smart cards</source>
        <translation>יותר מדי כרטיסים חכמים</translation>
    </message>
    <message>
        <source>This computer already has as many smart cards as it can use at once (10, counting physical and virtual cards).</source>
        <translation>במחשב זה כבר יש את המספר המרבי של כרטיסים חכמים שבו הוא יכול להשתמש בו-זמנית (10, כולל כרטיסים פיזיים ווירטואליים).</translation>
    </message>
    <message>
        <source>Remove a virtual smart card you no longer need or unplug a smart card reader, then try again.</source>
        <translation>הסר כרטיס חכם וירטואלי שאינך צריך עוד או נתק קורא כרטיסים חכמים, ולאחר מכן נסה שוב.</translation>
    </message>
    <message>
        <source>Not possible in a remote session</source>
        <translation>לא אפשרי בהפעלה מרוחקת</translation>
    </message>
    <message>
        <source>Virtual smart cards cannot be created or removed from a remote desktop session.</source>
        <translation>לא ניתן ליצור או להסיר כרטיסים חכמים וירטואליים מהפעלה של שולחן עבודה מרוחק.</translation>
    </message>
    <message>
        <source>Sign in at the computer itself, not through a remote desktop connection, and try again.</source>
        <translation>היכנס במחשב עצמו, לא דרך חיבור לשולחן עבודה מרוחק, ונסה שוב.</translation>
    </message>
    <message>
        <source>The TPM is not ready for smart cards</source>
        <translation>ה-TPM אינו מוכן לכרטיסים חכמים</translation>
    </message>
    <message>
        <source>The part of the system that keeps smart cards in the TPM (Trusted Platform Module) could not be started.</source>
        <translation>לא ניתן היה להפעיל את חלק המערכת ששומר כרטיסים חכמים ב-TPM (Trusted Platform Module).</translation>
    </message>
    <message>
        <source>Check that the TPM is turned on and ready (in the firmware settings or with your administrator), restart the computer and try again.</source>
        <translation>ודא שה-TPM מופעל ומוכן (בהגדרות הקושחה או בעזרת מנהל המערכת), הפעל מחדש את המחשב ונסה שוב.</translation>
    </message>
    <message>
        <source>The card&apos;s storage could not be created</source>
        <translation>לא ניתן היה ליצור את האחסון של הכרטיס</translation>
    </message>
    <message>
        <source>The TPM could not create the protected storage that holds the virtual smart card&apos;s keys.</source>
        <translation>ה-TPM לא הצליח ליצור את האחסון המוגן שמכיל את המפתחות של הכרטיס החכם הווירטואלי.</translation>
    </message>
    <message>
        <source>Make sure the TPM is not locked after too many wrong attempts and has room for another card, then try again.</source>
        <translation>ודא שה-TPM אינו נעול לאחר יותר מדי ניסיונות שגויים ושיש בו מקום לכרטיס נוסף, ולאחר מכן נסה שוב.</translation>
    </message>
    <message>
        <source>The card&apos;s storage could not be removed</source>
        <translation>לא ניתן היה להסיר את האחסון של הכרטיס</translation>
    </message>
    <message>
        <source>The TPM could not delete the protected storage of the virtual smart card.</source>
        <translation>ה-TPM לא הצליח למחוק את האחסון המוגן של הכרטיס החכם הווירטואלי.</translation>
    </message>
    <message>
        <source>Restart the computer and try removing the card again.</source>
        <translation>הפעל מחדש את המחשב ונסה שוב להסיר את הכרטיס.</translation>
    </message>
    <message>
        <source>Card emulation could not start</source>
        <translation>לא ניתן היה להפעיל את הדמיית הכרטיס</translation>
    </message>
    <message>
        <source>The software that makes the TPM behave like a smart card could not be started.</source>
        <translation>לא ניתן היה להפעיל את התוכנה שגורמת ל-TPM להתנהג ככרטיס חכם.</translation>
    </message>
    <message>
        <source>Restart the computer and try again. If it keeps failing, reinstall or update the smart card software.</source>
        <translation>הפעל מחדש את המחשב ונסה שוב. אם הכשל נמשך, התקן מחדש או עדכן את תוכנת הכרטיסים החכמים.</translation>
    </message>
    <message>
        <source>Card emulation could not be set up</source>
        <translation>לא ניתן היה להגדיר את הדמיית הכרטיס</translation>
    </message>
    <message>
        <source>The software that makes the TPM behave like a smart card could not set up this card.</source>
        <translation>התוכנה שגורמת ל-TPM להתנהג ככרטיס חכם לא הצליחה להגדיר כרטיס זה.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, restart the computer first.</source>
        <translation>נסה שוב. אם הכשל נמשך, הפעל מחדש את המחשב תחילה.</translation>
    </message>
    <message>
        <source>Card emulation could not be removed</source>
        <translation>לא ניתן היה להסיר את הדמיית הכרטיס</translation>
    </message>
    <message>
        <source>The software that makes the TPM behave like a smart card could not remove this card.</source>
        <translation>התוכנה שגורמת ל-TPM להתנהג ככרטיס חכם לא הצליחה להסיר כרטיס זה.</translation>
    </message>
    <message>
        <source>Restart the computer, then try removing the card again.</source>
        <translation>הפעל מחדש את המחשב, ולאחר מכן נסה שוב להסיר את הכרטיס.</translation>
    </message>
    <message>
        <source>Card settings could not be saved</source>
        <translation>לא ניתן היה לשמור את הגדרות הכרטיס</translation>
    </message>
    <message>
        <source>A setting of the card, such as its name or its PIN rules, could not be stored.</source>
        <translation>לא ניתן היה לשמור הגדרה של הכרטיס, כגון השם שלו או כללי קוד ה-PIN שלו.</translation>
    </message>
    <message>
        <source>Check that the disk is not full and that the card&apos;s storage is writable, then try again.</source>
        <translation>ודא שהדיסק אינו מלא ושהאחסון של הכרטיס ניתן לכתיבה, ולאחר מכן נסה שוב.</translation>
    </message>
    <message>
        <source>Card settings could not be read</source>
        <translation>לא ניתן היה לקרוא את הגדרות הכרטיס</translation>
    </message>
    <message>
        <source>A setting of the card could not be read back, so the card could not be found or checked.</source>
        <translation>לא ניתן היה לקרוא בחזרה הגדרה של הכרטיס, ולכן לא ניתן היה למצוא או לבדוק את הכרטיס.</translation>
    </message>
    <message>
        <source>Check that the card still exists (another program may have removed it), then try again.</source>
        <translation>ודא שהכרטיס עדיין קיים (ייתכן שתוכנית אחרת הסירה אותו), ולאחר מכן נסה שוב.</translation>
    </message>
    <message>
        <source>The virtual reader could not start</source>
        <translation>לא ניתן היה להפעיל את הקורא הווירטואלי</translation>
    </message>
    <message>
        <source>The virtual smart card reader, through which programs reach the card, could not be started.</source>
        <translation>לא ניתן היה להפעיל את קורא הכרטיסים החכמים הווירטואלי, שדרכו תוכניות מגיעות לכרטיס.</translation>
    </message>
    <message>
        <source>Check that the smart card service is running, or restart the computer, and try again.</source>
        <translation>ודא ששירות הכרטיסים החכמים פועל, או הפעל מחדש את המחשב, ונסה שוב.</translation>
    </message>
    <message>
        <source>The virtual reader could not be created</source>
        <translation>לא ניתן היה ליצור את הקורא הווירטואלי</translation>
    </message>
    <message>
        <source>The virtual smart card reader for the new card could not be added.</source>
        <translation>לא ניתן היה להוסיף את קורא הכרטיסים החכמים הווירטואלי עבור הכרטיס החדש.</translation>
    </message>
    <message>
        <source>Restart the computer and try again. Remove cards you no longer use if there are many.</source>
        <translation>הפעל מחדש את המחשב ונסה שוב. הסר כרטיסים שאינך משתמש בהם עוד אם יש רבים כאלה.</translation>
    </message>
    <message>
        <source>The virtual reader could not be removed</source>
        <translation>לא ניתן היה להסיר את הקורא הווירטואלי</translation>
    </message>
    <message>
        <source>The virtual smart card reader of this card could not be removed.</source>
        <translation>לא ניתן היה להסיר את קורא הכרטיסים החכמים הווירטואלי של כרטיס זה.</translation>
    </message>
    <message>
        <source>Restart the computer, which usually removes the reader, and try again if the card is still listed.</source>
        <translation>הפעל מחדש את המחשב, מה שבדרך כלל מסיר את הקורא, ונסה שוב אם הכרטיס עדיין מופיע ברשימה.</translation>
    </message>
    <message>
        <source>Could not connect to the new card</source>
        <translation>לא ניתן היה להתחבר לכרטיס החדש</translation>
    </message>
    <message>
        <source>The new card could not be reached to set up its contents.</source>
        <translation>לא ניתן היה לגשת לכרטיס החדש כדי להגדיר את התוכן שלו.</translation>
    </message>
    <message>
        <source>Wait a moment and try again. If it keeps failing, restart the computer.</source>
        <translation>המתן רגע ונסה שוב. אם הכשל נמשך, הפעל מחדש את המחשב.</translation>
    </message>
    <message>
        <source>The card&apos;s contents could not be prepared</source>
        <translation>לא ניתן היה להכין את התוכן של הכרטיס</translation>
    </message>
    <message>
        <source>The file system or the keys of the new card could not be generated.</source>
        <translation>לא ניתן היה ליצור את מערכת הקבצים או את המפתחות של הכרטיס החדש.</translation>
    </message>
    <message>
        <source>Try again, or create the card without generating its contents and generate them later.</source>
        <translation>נסה שוב, או צור את הכרטיס בלי ליצור את התוכן שלו וצור אותו מאוחר יותר.</translation>
    </message>
    <message>
        <source>Unable to create the smart card</source>
        <translation>לא ניתן ליצור את הכרטיס החכם</translation>
    </message>
    <message>
        <source>The virtual smart card could not be created.</source>
        <translation>לא ניתן היה ליצור את הכרטיס החכם הווירטואלי.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, give the details below to your administrator.</source>
        <translation>נסה שוב. אם הכשל נמשך, מסור את הפרטים שלהלן למנהל המערכת.</translation>
    </message>
    <message>
        <source>Unable to remove the smart card</source>
        <translation>לא ניתן להסיר את הכרטיס החכם</translation>
    </message>
    <message>
        <source>The virtual smart card could not be removed.</source>
        <translation>לא ניתן היה להסיר את הכרטיס החכם הווירטואלי.</translation>
    </message>
    <message>
        <source>Close the programs that use the card and try again. If the card is still listed, restart the computer.</source>
        <translation>סגור את התוכניות שמשתמשות בכרטיס ונסה שוב. אם הכרטיס עדיין מופיע ברשימה, הפעל מחדש את המחשב.</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>שגיאה לא ידועה</translation>
    </message>
    <message>
        <source>Unknown error (code %1)</source>
        <translation>שגיאה לא ידועה (קוד %1)</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>קוד PIN שגוי</translation>
    </message>
    <message>
        <source>Type the PIN again, carefully. If you have forgotten it, reset it with the PUK or the admin key instead of guessing: every wrong PIN counts.</source>
        <translation>הקלד שוב את קוד ה-PIN, בזהירות. אם שכחת אותו, אפס אותו באמצעות קוד ה-PUK או מפתח המנהל במקום לנחש: כל קוד PIN שגוי נספר.</translation>
    </message>
    <message>
        <source>Wrong PUK</source>
        <translation>קוד PUK שגוי</translation>
    </message>
    <message>
        <source>Type the PUK again, carefully: it is the one set when the card was made, not the PIN.</source>
        <translation>הקלד שוב את קוד ה-PUK, בזהירות: זה הקוד שהוגדר כשהכרטיס נוצר, לא קוד ה-PIN.</translation>
    </message>
    <message>
        <source>Wrong admin key</source>
        <translation>מפתח מנהל שגוי</translation>
    </message>
    <message>
        <source>Check the 48 hexadecimal digits and the check value (KCV) you were given for this card.</source>
        <translation>בדוק את 48 הספרות ההקסדצימליות ואת ערך הבדיקה (KCV) שקיבלת עבור כרטיס זה.</translation>
    </message>
    <message>
        <source>PIN blocked</source>
        <translation>קוד ה-PIN חסום</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is blocked after too many wrong tries.</source>
        <translation>קוד ה-PIN של הכרטיס חסום לאחר יותר מדי ניסיונות שגויים.</translation>
    </message>
    <message>
        <source>Reset it with vscwizard reset-pin, using the PUK or the admin key.</source>
        <translation>אפס אותו באמצעות vscwizard reset-pin, עם קוד ה-PUK או מפתח המנהל.</translation>
    </message>
    <message>
        <source>Reset the PIN with the PUK or the admin key.</source>
        <translation>אפס את קוד ה-PIN באמצעות קוד ה-PUK או מפתח המנהל.</translation>
    </message>
    <message>
        <source>PUK blocked</source>
        <translation>קוד ה-PUK חסום</translation>
    </message>
    <message>
        <source>The card&apos;s PUK is blocked after too many wrong tries.</source>
        <translation>קוד ה-PUK של הכרטיס חסום לאחר יותר מדי ניסיונות שגויים.</translation>
    </message>
    <message>
        <source>The PIN can no longer be reset with the PUK. Remove the card and create a new one.</source>
        <translation>כבר לא ניתן לאפס את קוד ה-PIN באמצעות קוד ה-PUK. הסר את הכרטיס וצור כרטיס חדש.</translation>
    </message>
    <message>
        <source>New PIN not allowed</source>
        <translation>קוד ה-PIN החדש אינו מותר</translation>
    </message>
    <message>
        <source>The new PIN does not meet the card&apos;s rules.</source>
        <translation>קוד ה-PIN החדש אינו עומד בכללי הכרטיס.</translation>
    </message>
    <message>
        <source>Choose a PIN that meets every rule listed above.</source>
        <translation>בחר קוד PIN שעומד בכל הכללים המפורטים למעלה.</translation>
    </message>
    <message>
        <source>Choose a PIN that meets every rule shown.</source>
        <translation>בחר קוד PIN שעומד בכל הכללים המוצגים.</translation>
    </message>
    <message>
        <source>New PUK not allowed</source>
        <translation>קוד ה-PUK החדש אינו מותר</translation>
    </message>
    <message>
        <source>The new PUK does not meet the card&apos;s rules.</source>
        <translation>קוד ה-PUK החדש אינו עומד בכללי הכרטיס.</translation>
    </message>
    <message>
        <source>Choose a PUK of 8 to 127 characters that is not the PIN.</source>
        <translation>בחר קוד PUK באורך 8 עד 127 תווים, שאינו קוד ה-PIN.</translation>
    </message>
    <message>
        <source>This card cannot be reset</source>
        <translation>לא ניתן לאפס כרטיס זה</translation>
    </message>
    <message>
        <source>The card has no PUK and a random admin key that nobody knows, so nothing can reset its PIN.</source>
        <translation>לכרטיס אין קוד PUK ויש לו מפתח מנהל אקראי שאף אחד אינו יודע, ולכן דבר אינו יכול לאפס את קוד ה-PIN שלו.</translation>
    </message>
    <message>
        <source>Remove the card (vscwizard destroy) and create a new one.</source>
        <translation>הסר את הכרטיס (vscwizard destroy) וצור כרטיס חדש.</translation>
    </message>
    <message>
        <source>Remove the card and create a new one.</source>
        <translation>הסר את הכרטיס וצור כרטיס חדש.</translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>הכרטיס לא נמצא</translation>
    </message>
    <message>
        <source>The card was not found. It may have been removed.</source>
        <translation>הכרטיס לא נמצא. ייתכן שהוא הוסר.</translation>
    </message>
    <message>
        <source>vscwizard list shows the cards and their instance ids.</source>
        <translation>vscwizard list מציג את הכרטיסים ואת מזהי המופע שלהם.</translation>
    </message>
    <message>
        <source>Refresh the list of cards.</source>
        <translation>רענן את רשימת הכרטיסים.</translation>
    </message>
    <message>
        <source>The TPM is locked</source>
        <translation>ה-TPM נעול</translation>
    </message>
    <message>
        <source>The TPM refuses every PIN for a while after too many wrong ones, on every card.</source>
        <translation>ה-TPM דוחה כל קוד PIN לזמן מה לאחר יותר מדי קודים שגויים, בכל הכרטיסים.</translation>
    </message>
    <message>
        <source>Wait until the TPM accepts PINs again, then try once more.</source>
        <translation>המתן עד שה-TPM יקבל שוב קודי PIN, ולאחר מכן נסה שוב.</translation>
    </message>
    <message>
        <source>Not possible here</source>
        <translation>לא אפשרי כאן</translation>
    </message>
    <message>
        <source>This card or this computer does not offer this operation.</source>
        <translation>כרטיס זה או מחשב זה אינו מציע פעולה זו.</translation>
    </message>
    <message>
        <source>The card could not be changed</source>
        <translation>לא ניתן היה לשנות את הכרטיס</translation>
    </message>
    <message>
        <source>The operation did not finish; the card is as it was.</source>
        <translation>הפעולה לא הסתיימה; הכרטיס נשאר כפי שהיה.</translation>
    </message>
    <message>
        <source>Try again. The details say what the card answered.</source>
        <translation>נסה שוב. הפרטים מציינים מה הכרטיס השיב.</translation>
    </message>
    <message>
        <source>Initializing the virtual smart card…</source>
        <translation>מאתחל את הכרטיס החכם הווירטואלי…</translation>
    </message>
    <message>
        <source>Creating the card&apos;s protected storage in the TPM…</source>
        <translation>יוצר את האחסון המוגן של הכרטיס ב-TPM…</translation>
    </message>
    <message>
        <source>Removing the card&apos;s protected storage from the TPM…</source>
        <translation>מסיר את האחסון המוגן של הכרטיס מה-TPM…</translation>
    </message>
    <message>
        <source>Starting the card emulation…</source>
        <translation>מפעיל את הדמיית הכרטיס…</translation>
    </message>
    <message>
        <source>Setting up the card emulation…</source>
        <translation>מגדיר את הדמיית הכרטיס…</translation>
    </message>
    <message>
        <source>Removing the card emulation…</source>
        <translation>מסיר את הדמיית הכרטיס…</translation>
    </message>
    <message>
        <source>Starting the virtual reader…</source>
        <translation>מפעיל את הקורא הווירטואלי…</translation>
    </message>
    <message>
        <source>Creating the virtual reader…</source>
        <translation>יוצר את הקורא הווירטואלי…</translation>
    </message>
    <message>
        <source>Removing the virtual reader…</source>
        <translation>מסיר את הקורא הווירטואלי…</translation>
    </message>
    <message>
        <source>Waiting for the new card to appear…</source>
        <translation>ממתין להופעת הכרטיס החדש…</translation>
    </message>
    <message>
        <source>Signing in to the new card…</source>
        <extracomment>A stage: logging in to the new card (token) with its PIN.</extracomment>
        <translation>נכנס לכרטיס החדש…</translation>
    </message>
    <message>
        <source>Generating the card&apos;s contents…</source>
        <translation>יוצר את התוכן של הכרטיס…</translation>
    </message>
    <message>
        <source>The virtual smart card was created.</source>
        <translation>הכרטיס החכם הווירטואלי נוצר.</translation>
    </message>
    <message>
        <source>The virtual smart card was removed.</source>
        <translation>הכרטיס החכם הווירטואלי הוסר.</translation>
    </message>
    <message>
        <source>Unknown step (code %1)</source>
        <translation>שלב לא ידוע (קוד %1)</translation>
    </message>
    <message>
        <source>The operation was cancelled before it finished; nothing was changed.</source>
        <translation>הפעולה בוטלה לפני שהסתיימה; לא בוצע שום שינוי.</translation>
    </message>
    <message numerus="yes">
        <source>The PIN is wrong for this card. %n try(ies) left before the PIN is blocked.</source>
        <translation>
            <numerusform>קוד ה-PIN שגוי עבור כרטיס זה. נותר ניסיון אחד לפני שקוד ה-PIN ייחסם.</numerusform>
            <numerusform>קוד ה-PIN שגוי עבור כרטיס זה. נותרו %n ניסיונות לפני שקוד ה-PIN ייחסם.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN is wrong for this card.</source>
        <translation>קוד ה-PIN שגוי עבור כרטיס זה.</translation>
    </message>
    <message numerus="yes">
        <source>The PUK is wrong for this card. %n try(ies) left before the PUK is blocked too.</source>
        <translation>
            <numerusform>קוד ה-PUK שגוי עבור כרטיס זה. נותר ניסיון אחד לפני שגם קוד ה-PUK ייחסם.</numerusform>
            <numerusform>קוד ה-PUK שגוי עבור כרטיס זה. נותרו %n ניסיונות לפני שגם קוד ה-PUK ייחסם.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PUK is wrong for this card.</source>
        <translation>קוד ה-PUK שגוי עבור כרטיס זה.</translation>
    </message>
    <message>
        <source>The admin key is wrong for this card, so the PIN was not reset.</source>
        <translation>מפתח המנהל שגוי עבור כרטיס זה, ולכן קוד ה-PIN לא אופס.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Error</source>
        <translation>שגיאה</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>מה השתבש</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>מה לעשות</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;פרטים</translation>
    </message>
    <message>
        <source>Shows or hides the technical details of the error.</source>
        <translation>מציג או מסתיר את הפרטים הטכניים של השגיאה.</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>פרטים טכניים</translation>
    </message>
    <message>
        <source>Error: TPMVSCMGR_ERROR_%1 (%2)</source>
        <translation>שגיאה: TPMVSCMGR_ERROR_%1 (%2)</translation>
    </message>
    <message>
        <source>Backend detail: none</source>
        <translation>פרטי המנגנון: אין</translation>
    </message>
    <message>
        <source>Backend detail: %1</source>
        <translation>פרטי המנגנון: %1</translation>
    </message>
    <message>
        <source>Card error %1</source>
        <translation>שגיאת כרטיס %1</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Options</source>
        <translation>אפשרויות</translation>
    </message>
    <message>
        <source>Choose how the card is prepared.</source>
        <translation>בחר כיצד להכין את הכרטיס.</translation>
    </message>
    <message>
        <source>&amp;Prepare the card for use now (file system and key pair)</source>
        <translation>&amp;הכן את הכרטיס לשימוש כעת (מערכת קבצים וזוג מפתחות)</translation>
    </message>
    <message>
        <source>Creates the card&apos;s file system and a key pair right away, so the card can be used at once.</source>
        <translation>יוצר מיד את מערכת הקבצים של הכרטיס וזוג מפתחות, כך שניתן להשתמש בכרטיס מיד.</translation>
    </message>
    <message>
        <source>Without this, the card is created empty and an application must prepare it before first use.</source>
        <translation>ללא אפשרות זו, הכרטיס נוצר ריק ויישום חייב להכין אותו לפני השימוש הראשון.</translation>
    </message>
    <message>
        <source>&amp;Key algorithm:</source>
        <translation>&amp;אלגוריתם מפתח:</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>אלגוריתם מפתח</translation>
    </message>
    <message>
        <source>The kind of key pair created on the card.</source>
        <translation>סוג זוג המפתחות שנוצר בכרטיס.</translation>
    </message>
    <message>
        <source>A&amp;ttestation:</source>
        <translation>&amp;אימות:</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>אימות</translation>
    </message>
    <message>
        <source>Whether the card can prove to a server that its keys are protected by this computer&apos;s TPM.</source>
        <translation>האם הכרטיס יכול להוכיח לשרת שהמפתחות שלו מוגנים על ידי ה-TPM של מחשב זה.</translation>
    </message>
    <message>
        <source>&amp;Prepare the card for use now (a key pair)</source>
        <translation>&amp;הכן את הכרטיס לשימוש כעת (זוג מפתחות)</translation>
    </message>
    <message>
        <source>Creates a key pair on the card right away, so the card can be used at once.</source>
        <translation>יוצר מיד זוג מפתחות בכרטיס, כך שניתן להשתמש בכרטיס מיד.</translation>
    </message>
    <message>
        <source>Elliptic curve P-256 (recommended)</source>
        <translation>עקומה אליפטית P-256 (מומלץ)</translation>
    </message>
    <message>
        <source>RSA 2048 bits</source>
        <translation>RSA 2048 סיביות</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ללא</translation>
    </message>
    <message>
        <source>Attestation identity key only</source>
        <translation>מפתח זהות אימות בלבד</translation>
    </message>
    <message>
        <source>Attestation identity key and certificate (needs network access)</source>
        <translation>מפתח זהות אימות ואישור (דורש גישה לרשת)</translation>
    </message>
</context>
<context>
    <name>OrganizationPolicy</name>
    <message>
        <source>The policy file %1 cannot be read: %2</source>
        <translation>לא ניתן לקרוא את קובץ המדיניות %1: %2</translation>
    </message>
    <message>
        <source>The policy file %1 does not exist.</source>
        <translation>קובץ המדיניות %1 אינו קיים.</translation>
    </message>
    <message>
        <source>The policy file %1 is not a regular file.</source>
        <translation>קובץ המדיניות %1 אינו קובץ רגיל.</translation>
    </message>
    <message>
        <source>this line is not valid UTF-8; save the file as UTF-8.</source>
        <translation>שורה זו אינה טקסט UTF-8 חוקי; שמור את הקובץ כ-UTF-8.</translation>
    </message>
    <message>
        <source>this line contains a control character.</source>
        <translation>שורה זו מכילה תו בקרה.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a [Section], a Key=Value line nor a comment.</source>
        <translation>&quot;%1&quot; אינו [Section], שורת Key=Value או הערה.</translation>
    </message>
    <message>
        <source>the section [%1] appears a second time (first on line %2); each section may appear once.</source>
        <translation>המקטע [%1] מופיע פעם שנייה (לראשונה בשורה %2); כל מקטע יכול להופיע פעם אחת.</translation>
    </message>
    <message>
        <source>the line &quot;%1&quot; has no key before the &quot;=&quot;.</source>
        <translation>בשורה &quot;%1&quot; אין מפתח לפני ה-&quot;=&quot;.</translation>
    </message>
    <message>
        <source>the key %1 (value &quot;%2&quot;) comes before any section; put it under [%3] or [%4].</source>
        <translation>המפתח %1 (ערך &quot;%2&quot;) מופיע לפני כל מקטע; הצב אותו תחת [%3] או [%4].</translation>
    </message>
    <message>
        <source>the key %1 (value &quot;%2&quot;) is unknown; the keys of [%3] are %4.</source>
        <translation>המפתח %1 (ערך &quot;%2&quot;) אינו ידוע; המפתחות של [%3] הם %4.</translation>
    </message>
    <message>
        <source>the key %1 is given a second time (first on line %2); each key may be given once.</source>
        <translation>המפתח %1 צוין פעם שנייה (לראשונה בשורה %2); ניתן לציין כל מפתח פעם אחת.</translation>
    </message>
    <message>
        <source>the PIN policy of this section cannot be used: %1</source>
        <translation>לא ניתן להשתמש במדיניות קוד ה-PIN של מקטע זה: %1</translation>
    </message>
    <message numerus="yes">
        <source>The policy file %1 is larger than %n byte(s); a policy file has a few lines.</source>
        <translation>
            <numerusform>קובץ המדיניות %1 גדול מבית אחד; קובץ מדיניות מכיל שורות ספורות.</numerusform>
            <numerusform>קובץ המדיניות %1 גדול מ-%n בתים; קובץ מדיניות מכיל שורות ספורות.</numerusform>
        </translation>
    </message>
    <message>
        <source>the section [%1] is unknown; the sections are [%2] and [%3].</source>
        <extracomment>After &quot;file:line: &quot;. [%2] and [%3] are the section names of the file, kept in English.</extracomment>
        <translation>המקטע [%1] אינו ידוע; המקטעים הם [%2] ו-[%3].</translation>
    </message>
    <message>
        <source>the section [%1] is unknown, and with it the key %2 (value &quot;%3&quot;) on line %4; the sections are [%5] and [%6].</source>
        <extracomment>After &quot;file:line: &quot;. [%5] and [%6] are the section names of the file, kept in English.</extracomment>
        <translation>המקטע [%1] אינו ידוע, ואיתו המפתח %2 (ערך &quot;%3&quot;) בשורה %4; המקטעים הם [%5] ו-[%6].</translation>
    </message>
    <message>
        <source>the key %1 has no value; it must be a whole number from %2 to %3.</source>
        <extracomment>After &quot;file:line: &quot;. %1: a key of the policy file.</extracomment>
        <translation>למפתח %1 אין ערך; הערך חייב להיות מספר שלם מ-%2 עד %3.</translation>
    </message>
    <message>
        <source>the key %1 has the value &quot;%2&quot;; it must be a whole number from %3 to %4.</source>
        <extracomment>After &quot;file:line: &quot;. %1: a key of the policy file; %2: its value.</extracomment>
        <translation>למפתח %1 יש הערך &quot;%2&quot;; הערך חייב להיות מספר שלם מ-%3 עד %4.</translation>
    </message>
    <message>
        <source>the key %1 has no value; it must be allow, require or disallow.</source>
        <extracomment>After &quot;file:line: &quot;. allow, require and disallow are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>למפתח %1 אין ערך; הערך חייב להיות allow, require או disallow.</translation>
    </message>
    <message>
        <source>the key %1 has the value &quot;%2&quot;; it must be allow, require or disallow.</source>
        <extracomment>After &quot;file:line: &quot;. allow, require and disallow are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>למפתח %1 יש הערך &quot;%2&quot;; הערך חייב להיות allow, require או disallow.</translation>
    </message>
    <message>
        <source>the key %1 has no value; it must be true or false.</source>
        <extracomment>After &quot;file:line: &quot;. true and false are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>למפתח %1 אין ערך; הערך חייב להיות true או false.</translation>
    </message>
    <message>
        <source>the key %1 has the value &quot;%2&quot;; it must be true or false.</source>
        <extracomment>After &quot;file:line: &quot;. true and false are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>למפתח %1 יש הערך &quot;%2&quot;; הערך חייב להיות true או false.</translation>
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
        <translation>הפעל את &quot;vscwizard --help&quot; כדי לראות את הפקודות ואת האפשרויות שלהן.</translation>
    </message>
    <message>
        <source>vscwizard: standard input cannot be read.</source>
        <translation>vscwizard: לא ניתן לקרוא את הקלט הסטנדרטי.</translation>
    </message>
    <message>
        <source>  - %1</source>
        <translation>  - %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>שגיאה: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>פרטים: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>אזהרה: %1</translation>
    </message>
    <message>
        <source>Cannot continue: %1</source>
        <translation>לא ניתן להמשיך: %1</translation>
    </message>
    <message>
        <source>No virtual smart cards.</source>
        <translation>אין כרטיסים חכמים וירטואליים.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Instance id</source>
        <translation>מזהה מופע</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>מיקום</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>מפתחות</translation>
    </message>
    <message>
        <source>PIN state</source>
        <translation>מצב קוד PIN</translation>
    </message>
    <message>
        <source>TPM: %1</source>
        <translation>TPM: %1</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>שחזור</translation>
    </message>
    <message numerus="yes">
        <source>A line of standard input is longer than %n byte(s); no secret is that long.</source>
        <translation>
            <numerusform>שורה בקלט הסטנדרטי ארוכה מבית אחד; אין סוד באורך כזה.</numerusform>
            <numerusform>שורה בקלט הסטנדרטי ארוכה מ-%n בתים; אין סוד באורך כזה.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinEntry</name>
    <message>
        <source>&amp;PIN:</source>
        <translation>קוד &amp;PIN:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>קוד PIN</translation>
    </message>
    <message>
        <source>The new PIN of the card. The rules it must meet are listed below.</source>
        <translation>קוד ה-PIN החדש של הכרטיס. הכללים שהוא חייב לעמוד בהם מפורטים להלן.</translation>
    </message>
    <message>
        <source>Con&amp;firm PIN:</source>
        <translation>&amp;אישור קוד PIN:</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>אישור קוד PIN</translation>
    </message>
    <message>
        <source>Type the same PIN again.</source>
        <translation>הקלד שוב את אותו קוד PIN.</translation>
    </message>
    <message>
        <source>&amp;Show PIN</source>
        <translation>&amp;הצג קוד PIN</translation>
    </message>
    <message>
        <source>Shows the PIN as plain text instead of dots. Make sure nobody is watching.</source>
        <translation>מציג את קוד ה-PIN כטקסט רגיל במקום נקודות. ודא שאף אחד אינו צופה.</translation>
    </message>
    <message>
        <source>PIN check</source>
        <translation>בדיקת קוד PIN</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>אזהרה</translation>
    </message>
    <message>
        <source>The PIN must meet these &amp;rules:</source>
        <translation>קוד ה-PIN חייב לעמוד ב&amp;כללים אלה:</translation>
    </message>
    <message>
        <source>PIN rules</source>
        <translation>כללי קוד PIN</translation>
    </message>
    <message>
        <source>Each rule is marked as met or not met while you type.</source>
        <translation>כל כלל מסומן כמתקיים או לא מתקיים בזמן ההקלדה.</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>קוד PIN &amp;חדש:</translation>
    </message>
    <message>
        <source>&amp;New PUK:</source>
        <translation>קוד PUK &amp;חדש:</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>קוד PIN חדש</translation>
    </message>
    <message>
        <source>New PUK</source>
        <translation>קוד PUK חדש</translation>
    </message>
    <message>
        <source>The card&apos;s new PIN. The rules it must meet are listed below.</source>
        <translation>קוד ה-PIN החדש של הכרטיס. הכללים שהוא חייב לעמוד בהם מפורטים להלן.</translation>
    </message>
    <message>
        <source>The card&apos;s new PUK: 8 to 127 characters, not the PIN.</source>
        <translation>קוד ה-PUK החדש של הכרטיס: 8 עד 127 תווים, לא קוד ה-PIN.</translation>
    </message>
    <message>
        <source>Con&amp;firm new PIN:</source>
        <translation>&amp;אישור קוד PIN חדש:</translation>
    </message>
    <message>
        <source>Con&amp;firm new PUK:</source>
        <translation>&amp;אישור קוד PUK חדש:</translation>
    </message>
    <message>
        <source>Confirm new PIN</source>
        <translation>אישור קוד PIN חדש</translation>
    </message>
    <message>
        <source>Confirm new PUK</source>
        <translation>אישור קוד PUK חדש</translation>
    </message>
    <message>
        <source>Type the same PUK again.</source>
        <translation>הקלד שוב את אותו קוד PUK.</translation>
    </message>
    <message>
        <source>&amp;Show PUK</source>
        <translation>&amp;הצג קוד PUK</translation>
    </message>
    <message>
        <source>Broken</source>
        <extracomment>The state of a PIN rule, read out by screen readers: the PIN breaks this rule.</extracomment>
        <translation>מופר</translation>
    </message>
    <message>
        <source>Met</source>
        <extracomment>The state of a PIN rule, read out by screen readers: &quot;Met&quot; = the PIN keeps the rule; &quot;Not met yet&quot; = it does not keep it yet.</extracomment>
        <translation>מתקיים</translation>
    </message>
    <message>
        <source>Not met yet</source>
        <translation>עדיין לא מתקיים</translation>
    </message>
    <message>
        <source>The PIN contains a character the rules do not allow (“%1”). Remove it.</source>
        <translation>קוד ה-PIN מכיל תו שהכללים אינם מתירים (”%1”). הסר אותו.</translation>
    </message>
    <message>
        <source>The PIN is too long (“%1”). Shorten it.</source>
        <translation>קוד ה-PIN ארוך מדי (”%1”). קצר אותו.</translation>
    </message>
    <message>
        <source>The two PINs do not match.</source>
        <translation>שני קודי ה-PIN אינם תואמים.</translation>
    </message>
    <message>
        <source>The two PUKs do not match.</source>
        <translation>שני קודי ה-PUK אינם תואמים.</translation>
    </message>
    <message>
        <source>The PUKs match.</source>
        <translation>קודי ה-PUK תואמים.</translation>
    </message>
    <message>
        <source>Type the PIN again in the second field to confirm it.</source>
        <translation>הקלד שוב את קוד ה-PIN בשדה השני כדי לאשר אותו.</translation>
    </message>
    <message>
        <source>Type the PUK again in the second field to confirm it.</source>
        <translation>הקלד שוב את קוד ה-PUK בשדה השני כדי לאשר אותו.</translation>
    </message>
    <message>
        <source>The PINs match.</source>
        <translation>קודי ה-PIN תואמים.</translation>
    </message>
    <message>
        <source>The PINs match, but not every rule below is met yet.</source>
        <translation>קודי ה-PIN תואמים, אבל עדיין לא כל הכללים שלהלן מתקיימים.</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>PIN</source>
        <translation>קוד PIN</translation>
    </message>
    <message>
        <source>The PIN unlocks the card each time you use it. Choose one you can remember; nobody else should know it.</source>
        <translation>קוד ה-PIN מבטל את נעילת הכרטיס בכל פעם שאתה משתמש בו. בחר קוד שתוכל לזכור; אף אחד אחר לא אמור לדעת אותו.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>קוד &amp;PIN:</translation>
    </message>
    <message>
        <source>The new PIN of the card. The rules it must meet are listed below.</source>
        <translation>קוד ה-PIN החדש של הכרטיס. הכללים שהוא חייב לעמוד בהם מפורטים להלן.</translation>
    </message>
    <message>
        <source>Con&amp;firm PIN:</source>
        <translation>&amp;אישור קוד PIN:</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>אישור קוד PIN</translation>
    </message>
    <message>
        <source>The PIN you entered before is kept. Type a new one to change it.</source>
        <translation>קוד ה-PIN שהזנת קודם נשמר. הקלד קוד חדש כדי לשנות אותו.</translation>
    </message>
</context>
<context>
    <name>PinPolicy</name>
    <message>
        <source>The minimum PIN length is %1; it must be at least %2.</source>
        <translation>אורך קוד ה-PIN המינימלי הוא %1; הוא חייב להיות לפחות %2.</translation>
    </message>
    <message>
        <source>The maximum PIN length is %1; it can be at most %2.</source>
        <translation>אורך קוד ה-PIN המרבי הוא %1; הוא יכול להיות לכל היותר %2.</translation>
    </message>
    <message>
        <source>The minimum PIN length (%1) is greater than the maximum (%2).</source>
        <translation>אורך קוד ה-PIN המינימלי (%1) גדול מהמרבי (%2).</translation>
    </message>
    <message>
        <source>The policy disallows every kind of character, so no PIN can meet it.</source>
        <translation>המדיניות אוסרת כל סוג של תו, ולכן אף קוד PIN אינו יכול לעמוד בה.</translation>
    </message>
    <message numerus="yes">
        <source>The policy requires %1 kinds of character, but a PIN may have at most %n character(s).</source>
        <translation>
            <numerusform>המדיניות דורשת %1 סוגי תווים, אבל קוד PIN יכול להכיל תו אחד לכל היותר.</numerusform>
            <numerusform>המדיניות דורשת %1 סוגי תווים, אבל קוד PIN יכול להכיל %n תווים לכל היותר.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n byte(s) (ä or € count as 2 or 3)</source>
        <translation>
            <numerusform>לפחות בית אחד (ä או € נספרים כ-2 או 3)</numerusform>
            <numerusform>לפחות %n בתים (ä או € נספרים כ-2 או 3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>לפחות תו אחד</numerusform>
            <numerusform>לפחות %n תווים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n byte(s) (ä or € count as 2 or 3)</source>
        <translation>
            <numerusform>לכל היותר בית אחד (ä או € נספרים כ-2 או 3)</numerusform>
            <numerusform>לכל היותר %n בתים (ä או € נספרים כ-2 או 3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n character(s)</source>
        <translation>
            <numerusform>לכל היותר תו אחד</numerusform>
            <numerusform>לכל היותר %n תווים</numerusform>
        </translation>
    </message>
    <message>
        <source>At least one uppercase letter (A-Z)</source>
        <translation>לפחות אות רישית אחת (A-Z)</translation>
    </message>
    <message>
        <source>At least one lowercase letter (a-z)</source>
        <translation>לפחות אות קטנה אחת (a-z)</translation>
    </message>
    <message>
        <source>At least one digit (0-9)</source>
        <translation>לפחות ספרה אחת (0-9)</translation>
    </message>
    <message>
        <source>At least one special character, such as a space or !#%+-</source>
        <translation>לפחות תו מיוחד אחד, כגון רווח או !#%+-</translation>
    </message>
    <message>
        <source>At least one character beyond plain ASCII, such as ä or €</source>
        <translation>לפחות תו אחד מחוץ ל-ASCII הפשוט, כגון ä או €</translation>
    </message>
    <message>
        <source>No uppercase letters (A-Z)</source>
        <translation>ללא אותיות רישיות (A-Z)</translation>
    </message>
    <message>
        <source>No lowercase letters (a-z)</source>
        <translation>ללא אותיות קטנות (a-z)</translation>
    </message>
    <message>
        <source>No digits (0-9)</source>
        <translation>ללא ספרות (0-9)</translation>
    </message>
    <message>
        <source>No special characters (spaces, punctuation, symbols)</source>
        <translation>ללא תווים מיוחדים (רווחים, סימני פיסוק, סמלים)</translation>
    </message>
    <message>
        <source>No characters beyond plain ASCII (such as ä or €) and no control characters</source>
        <translation>ללא תווים מחוץ ל-ASCII הפשוט (כגון ä או €) וללא תווי בקרה</translation>
    </message>
    <message numerus="yes">
        <source>The PIN policy has %n byte(s); it must have exactly %1.</source>
        <translation>
            <numerusform>למדיניות קוד ה-PIN יש בית אחד; נדרשים בדיוק %1.</numerusform>
            <numerusform>למדיניות קוד ה-PIN יש %n בתים; נדרשים בדיוק %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN policy&apos;s reserved field is %1; it must be 1.</source>
        <translation>השדה השמור של מדיניות קוד ה-PIN הוא %1; הוא חייב להיות 1.</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s minimum length is %1; it must be from %2 to %3.</source>
        <translation>האורך המינימלי במדיניות קוד ה-PIN הוא %1; הוא חייב להיות מ-%2 עד %3.</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s maximum length is %1; it must be from %2 to %3.</source>
        <translation>האורך המרבי במדיניות קוד ה-PIN הוא %1; הוא חייב להיות מ-%2 עד %3.</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s minimum length (%1) is greater than its maximum length (%2).</source>
        <translation>האורך המינימלי במדיניות קוד ה-PIN (%1) גדול מהאורך המרבי שלה (%2).</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s rule for %1 is %2; only 0 (allow), 1 (require) and 2 (disallow) exist.</source>
        <extracomment>%1 is the rule&apos;s name as Windows stores it (uppercase, lowercase, digits, special), %2 a number.</extracomment>
        <translation>הכלל של מדיניות קוד ה-PIN עבור %1 הוא %2; קיימים רק 0 (התר), 1 (דרוש) ו-2 (אסור).</translation>
    </message>
    <message>
        <source>uppercase letters</source>
        <translation>אותיות רישיות</translation>
    </message>
    <message>
        <source>lowercase letters</source>
        <translation>אותיות קטנות</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>ספרות</translation>
    </message>
    <message>
        <source>special characters</source>
        <translation>תווים מיוחדים</translation>
    </message>
    <message>
        <source>other characters</source>
        <translation>תווים אחרים</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Creating the Card</source>
        <translation>יצירת הכרטיס</translation>
    </message>
    <message>
        <source>Please wait while the card is created.</source>
        <translation>המתן בזמן שהכרטיס נוצר.</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>שלב נוכחי</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>התקדמות</translation>
    </message>
    <message>
        <source>How far the creation of the card has got.</source>
        <translation>עד כמה התקדמה יצירת הכרטיס.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <source>&amp;What Went Wrong?</source>
        <translation>&amp;מה השתבש?</translation>
    </message>
    <message>
        <source>Shows the error again: what went wrong, what to do, and the details.</source>
        <translation>מציג שוב את השגיאה: מה השתבש, מה לעשות, והפרטים.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;נסה שוב</translation>
    </message>
    <message>
        <source>Tries to create the same card again.</source>
        <translation>מנסה ליצור שוב את אותו כרטיס.</translation>
    </message>
    <message>
        <source>C&amp;hange Choices</source>
        <translation>&amp;שנה בחירות</translation>
    </message>
    <message>
        <source>Goes back to the summary, from where you can change the name, the PIN or the other choices.</source>
        <translation>חוזר לסיכום, שממנו ניתן לשנות את השם, את קוד ה-PIN או את הבחירות האחרות.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;עצור</translation>
    </message>
    <message>
        <source>Stops creating the card. Nothing is left behind.</source>
        <translation>מפסיק את יצירת הכרטיס. שום דבר לא נשאר מאחור.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>סגור</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>מתחיל…</translation>
    </message>
    <message>
        <source>Stopping and removing what was created so far…</source>
        <translation>עוצר ומסיר את מה שנוצר עד כה…</translation>
    </message>
    <message>
        <source>The card was created.</source>
        <translation>הכרטיס נוצר.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <extracomment>The text inside the progress bar after the user stopped the create.
----------
What a screen reader says of the progress bar after the user stopped the create.</extracomment>
        <translation>נעצר</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <extracomment>The stage line under the progress bar after the user stopped the create.</extracomment>
        <translation>נעצר.</translation>
    </message>
    <message>
        <source>No card was created. You can try again, or close the wizard.</source>
        <translation>לא נוצר כרטיס. באפשרותך לנסות שוב, או לסגור את האשף.</translation>
    </message>
    <message>
        <source>The card could not be created: %1</source>
        <translation>לא ניתן היה ליצור את הכרטיס: %1</translation>
    </message>
    <message>
        <source>You can try again, or change your choices.</source>
        <translation>באפשרותך לנסות שוב, או לשנות את הבחירות שלך.</translation>
    </message>
    <message>
        <source>Failed at %p%</source>
        <extracomment>Shown in the progress bar when the creation failed; %p% is the bar&apos;s percentage (Qt fills in the number).</extracomment>
        <translation>נכשל ב-%p%</translation>
    </message>
    <message>
        <source>The Card Was Not Created</source>
        <translation>הכרטיס לא נוצר</translation>
    </message>
    <message>
        <source>The card could not be created.</source>
        <translation>לא ניתן היה ליצור את הכרטיס.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>נכשל</translation>
    </message>
    <message>
        <source>Creating the Card Was Stopped</source>
        <translation>יצירת הכרטיס נעצרה</translation>
    </message>
    <message>
        <source>Nothing of the card was left behind.</source>
        <translation>לא נשאר דבר מהכרטיס.</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery</source>
        <translation>שחזור</translation>
    </message>
    <message>
        <source>Organization rules</source>
        <translation>כללי הארגון</translation>
    </message>
    <message>
        <source>The PUK resets the PIN. It is a second secret of 8 to 127 characters.</source>
        <translation>קוד ה-PUK מאפס את קוד ה-PIN. זהו סוד שני באורך 8 עד 127 תווים.</translation>
    </message>
    <message>
        <source>P&amp;UK:</source>
        <translation>קוד P&amp;UK:</translation>
    </message>
    <message>
        <source>PUK</source>
        <translation>קוד PUK</translation>
    </message>
    <message>
        <source>8 to 127 characters. Keep it apart from the PIN.</source>
        <translation>8 עד 127 תווים. שמור אותו בנפרד מקוד ה-PIN.</translation>
    </message>
    <message>
        <source>C&amp;onfirm PUK:</source>
        <translation>&amp;אישור קוד PUK:</translation>
    </message>
    <message>
        <source>Confirm PUK</source>
        <translation>אישור קוד PUK</translation>
    </message>
    <message>
        <source>Type the same PUK again.</source>
        <translation>הקלד שוב את אותו קוד PUK.</translation>
    </message>
    <message>
        <source>S&amp;how PUK</source>
        <translation>ה&amp;צג קוד PUK</translation>
    </message>
    <message>
        <source>Shows the PUK as plain text instead of dots.</source>
        <translation>מציג את קוד ה-PUK כטקסט רגיל במקום נקודות.</translation>
    </message>
    <message>
        <source>PUK check</source>
        <translation>בדיקת קוד PUK</translation>
    </message>
    <message>
        <source>Admin key beside the PUK</source>
        <extracomment>A title: the admin key the card keeps in addition to the PUK.</extracomment>
        <translation>מפתח מנהל לצד קוד ה-PUK</translation>
    </message>
    <message>
        <source>Use an &amp;admin key (48 hexadecimal digits)</source>
        <translation>השתמש במפתח מ&amp;נהל (48 ספרות הקסדצימליות)</translation>
    </message>
    <message>
        <source>The admin key is a 3DES key that an administrator uses to reset the PIN.</source>
        <translation>מפתח המנהל הוא מפתח 3DES שמנהל מערכת משתמש בו כדי לאפס את קוד ה-PIN.</translation>
    </message>
    <message>
        <source>&amp;Default key</source>
        <translation>מפתח &amp;ברירת מחדל</translation>
    </message>
    <message>
        <source>The publicly known default key of virtual smart cards. Anyone who knows it can reset the PIN.</source>
        <translation>מפתח ברירת המחדל הידוע לציבור של כרטיסים חכמים וירטואליים. כל מי שיודע אותו יכול לאפס את קוד ה-PIN.</translation>
    </message>
    <message>
        <source>&amp;Random key, never shown</source>
        <translation>מפתח א&amp;קראי, שלעולם אינו מוצג</translation>
    </message>
    <message>
        <source>Nobody will know the key: the card can then never be reset, only removed.</source>
        <translation>אף אחד לא יידע את המפתח: במקרה זה לעולם לא ניתן לאפס את הכרטיס, אפשר רק להסיר אותו.</translation>
    </message>
    <message>
        <source>&amp;Enter a key</source>
        <translation>&amp;הזן מפתח</translation>
    </message>
    <message>
        <source>Type a key of 48 hexadecimal digits, for example one your administrator gave you.</source>
        <translation>הקלד מפתח של 48 ספרות הקסדצימליות, לדוגמה מפתח שמנהל המערכת נתן לך.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;מפתח:</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>מפתח מנהל</translation>
    </message>
    <message>
        <source>48 hexadecimal digits; spaces or colons between the byte pairs are allowed.</source>
        <translation>48 ספרות הקסדצימליות; מותרים רווחים או נקודתיים בין זוגות הבתים.</translation>
    </message>
    <message>
        <source>48 hex digits</source>
        <translation>48 ספרות הקסדצימליות</translation>
    </message>
    <message>
        <source>Sho&amp;w key</source>
        <translation>הצ&amp;ג מפתח</translation>
    </message>
    <message>
        <source>Shows the admin key as plain text instead of dots.</source>
        <translation>מציג את מפתח המנהל כטקסט רגיל במקום נקודות.</translation>
    </message>
    <message>
        <source>Admin key check</source>
        <translation>בדיקת מפתח המנהל</translation>
    </message>
    <message>
        <source>Your organization requires a PUK.</source>
        <translation>הארגון שלך דורש קוד PUK.</translation>
    </message>
    <message>
        <source>Your organization does not allow the default admin key.</source>
        <translation>הארגון שלך אינו מתיר את מפתח המנהל המוגדר כברירת מחדל.</translation>
    </message>
    <message>
        <source>Your organization does not allow a random admin key.</source>
        <translation>הארגון שלך אינו מתיר מפתח מנהל אקראי.</translation>
    </message>
    <message>
        <source>Also set the card&apos;s &amp;admin key, as your organization requires</source>
        <translation>הגדר גם את מפתח המ&amp;נהל של הכרטיס, כפי שהארגון שלך דורש</translation>
    </message>
    <message>
        <source>Type the PUK again in the second field to confirm it.</source>
        <translation>הקלד שוב את קוד ה-PUK בשדה השני כדי לאשר אותו.</translation>
    </message>
    <message>
        <source>The two PUKs do not match.</source>
        <translation>שני קודי ה-PUK אינם תואמים.</translation>
    </message>
    <message>
        <source>The PUK you entered before is kept. Type a new one to change it.</source>
        <translation>קוד ה-PUK שהזנת קודם נשמר. הקלד קוד חדש כדי לשנות אותו.</translation>
    </message>
    <message>
        <source>The PUKs match.</source>
        <translation>קודי ה-PUK תואמים.</translation>
    </message>
    <message>
        <source>The card also gets a random admin key that nobody knows: only the PUK can reset the PIN.</source>
        <translation>הכרטיס מקבל גם מפתח מנהל אקראי שאף אחד אינו יודע: רק קוד ה-PUK יכול לאפס את קוד ה-PIN.</translation>
    </message>
    <message>
        <source>The card also keeps the publicly known default admin key (check value %1), because your organization does not allow a random one. Anyone who has the card can reset its PIN with that key, without the PUK.</source>
        <translation>הכרטיס שומר גם את מפתח המנהל המוגדר כברירת מחדל, הידוע לציבור (ערך בדיקה %1), מכיוון שהארגון שלך אינו מתיר מפתח אקראי. כל מי שהכרטיס בידיו יכול לאפס את קוד ה-PIN שלו באמצעות מפתח זה, ללא קוד ה-PUK.</translation>
    </message>
    <message>
        <source>The default key is publicly known: anyone who has the card can reset its PIN with it. Its check value (KCV) is %1.</source>
        <translation>מפתח ברירת המחדל ידוע לציבור: כל מי שהכרטיס בידיו יכול לאפס את קוד ה-PIN שלו באמצעותו. ערך הבדיקה (KCV) שלו הוא %1.</translation>
    </message>
    <message>
        <source>The key you entered before is kept (check value %1). Type a new one to change it.</source>
        <translation>המפתח שהזנת קודם נשמר (ערך בדיקה %1). הקלד מפתח חדש כדי לשנות אותו.</translation>
    </message>
    <message>
        <source>Type the key as 48 hexadecimal digits.</source>
        <translation>הקלד את המפתח כ-48 ספרות הקסדצימליות.</translation>
    </message>
    <message>
        <source>Check value (KCV): %1. Compare it with the one you were given.</source>
        <translation>ערך בדיקה (KCV): %1. השווה אותו לערך שקיבלת.</translation>
    </message>
    <message>
        <source>If the PIN is forgotten or blocked after too many wrong tries, it is reset with a PUK or with the card&apos;s admin key.</source>
        <translation>אם קוד ה-PIN נשכח או נחסם לאחר יותר מדי ניסיונות שגויים, ניתן לאפס אותו באמצעות קוד PUK או באמצעות מפתח המנהל של הכרטיס.</translation>
    </message>
    <message>
        <source>Use a &amp;PUK (PIN unblocking key) that you keep in a safe place</source>
        <translation>השתמש בקוד &amp;PUK (מפתח לביטול חסימת PIN) שאתה שומר במקום בטוח</translation>
    </message>
    <message numerus="yes">
        <source>Type a PUK of %1 to %n character(s).</source>
        <translation>
            <numerusform>הקלד קוד PUK באורך %1 עד תו אחד.</numerusform>
            <numerusform>הקלד קוד PUK באורך %1 עד %n תווים.</numerusform>
        </translation>
    </message>
    <message>
        <source>With a random key the card can never be reset. If the PIN is forgotten or blocked, the card can only be removed and a new one created.</source>
        <translation>עם מפתח אקראי לעולם לא ניתן לאפס את הכרטיס. אם קוד ה-PIN נשכח או נחסם, ניתן רק להסיר את הכרטיס וליצור כרטיס חדש.</translation>
    </message>
</context>
<context>
    <name>RemoveCardDialog</name>
    <message>
        <source>Working</source>
        <translation>עובד</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>הסרת %1</translation>
    </message>
    <message>
        <source>Removing the card “%1” destroys its keys. Whatever they protect (sign-in, signatures, encrypted mail) can no longer be opened with this card. This cannot be undone.</source>
        <translation>הסרת הכרטיס ”%1” משמידה את המפתחות שלו. כל מה שהם מגינים עליו (כניסה, חתימות, דואר מוצפן) לא יהיה ניתן עוד לפתיחה באמצעות כרטיס זה. לא ניתן לבטל פעולה זו.</translation>
    </message>
    <message>
        <source>To confirm, type the card&apos;s &amp;name: %1</source>
        <translation>כדי לאשר, הקלד את &amp;שם הכרטיס: %1</translation>
    </message>
    <message>
        <source>Card name to confirm</source>
        <translation>שם הכרטיס לאישור</translation>
    </message>
    <message>
        <source>&amp;Remove card</source>
        <translation>&amp;הסר כרטיס</translation>
    </message>
    <message>
        <source>Removing the card…</source>
        <translation>מסיר את הכרטיס…</translation>
    </message>
    <message>
        <source>The card “%1” was removed. Restart the computer to finish.</source>
        <translation>הכרטיס ”%1” הוסר. הפעל מחדש את המחשב כדי לסיים.</translation>
    </message>
    <message>
        <source>The card “%1” was removed.</source>
        <translation>הכרטיס ”%1” הוסר.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>עוצר…</translation>
    </message>
    <message>
        <source>Type “%1” to enable Remove card.</source>
        <translation>הקלד ”%1” כדי לאפשר את הלחצן ”הסר כרטיס”.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Card Created</source>
        <translation>הכרטיס נוצר</translation>
    </message>
    <message>
        <source>Your virtual smart card is ready.</source>
        <translation>הכרטיס החכם הווירטואלי שלך מוכן.</translation>
    </message>
    <message>
        <source>&amp;Instance ID:</source>
        <translation>&amp;מזהה מופע:</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>מזהה מופע</translation>
    </message>
    <message>
        <source>Identifies the card, for example to remove it later.</source>
        <translation>מזהה את הכרטיס, לדוגמה כדי להסיר אותו מאוחר יותר.</translation>
    </message>
    <message>
        <source>Restart the computer before using the card: applications see it only after a restart.</source>
        <translation>הפעל מחדש את המחשב לפני השימוש בכרטיס: יישומים רואים אותו רק לאחר הפעלה מחדש.</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>נדרשת הפעלה מחדש</translation>
    </message>
    <message>
        <source>How to &amp;use the card:</source>
        <translation>איך ל&amp;השתמש בכרטיס:</translation>
    </message>
    <message>
        <source>How to use the card</source>
        <translation>איך להשתמש בכרטיס</translation>
    </message>
    <message>
        <source>Settings for applications such as ssh or a web browser. You can select and copy them.</source>
        <translation>הגדרות ליישומים כגון ssh או דפדפן אינטרנט. ניתן לבחור ולהעתיק אותן.</translation>
    </message>
    <message>
        <source>Lines for a terminal</source>
        <translation>שורות למסוף</translation>
    </message>
    <message>
        <source>Shell commands that set up a terminal that is already open and use the card there.</source>
        <translation>פקודות מעטפת שמגדירות מסוף שכבר פתוח ומשתמשות בכרטיס שם.</translation>
    </message>
    <message>
        <source>&amp;Manage cards…</source>
        <translation>&amp;נהל כרטיסים…</translation>
    </message>
    <message>
        <source>Opens the card manager: change, reset or remove the cards you have.</source>
        <translation>פותח את מנהל הכרטיסים: שינוי, איפוס או הסרה של הכרטיסים שלך.</translation>
    </message>
    <message>
        <source>&amp;Copy the lines</source>
        <translation>&amp;העתק את השורות</translation>
    </message>
    <message>
        <source>Puts the lines for a terminal on the clipboard.</source>
        <translation>מעתיק את השורות למסוף ללוח.</translation>
    </message>
    <message>
        <source>The virtual smart card “%1” was created.</source>
        <translation>הכרטיס החכם הווירטואלי ”%1” נוצר.</translation>
    </message>
</context>
<context>
    <name>SecretChangeDialog</name>
    <message>
        <source>Reset with</source>
        <translation>איפוס באמצעות</translation>
    </message>
    <message>
        <source>The card&apos;s P&amp;UK</source>
        <translation>קוד ה-P&amp;UK של הכרטיס</translation>
    </message>
    <message>
        <source>The card&apos;s &amp;admin key (48 hexadecimal digits)</source>
        <translation>מפתח ה&amp;מנהל של הכרטיס (48 ספרות הקסדצימליות)</translation>
    </message>
    <message>
        <source>C&amp;urrent PIN:</source>
        <translation>קוד PIN &amp;נוכחי:</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>עובד</translation>
    </message>
    <message>
        <source>Change PIN of %1</source>
        <translation>שינוי קוד PIN של %1</translation>
    </message>
    <message>
        <source>Type the current PIN of the card “%1”, then the new PIN twice.</source>
        <translation>הקלד את קוד ה-PIN הנוכחי של הכרטיס ”%1”, ולאחר מכן את קוד ה-PIN החדש פעמיים.</translation>
    </message>
    <message>
        <source>&amp;Change PIN</source>
        <translation>&amp;שנה קוד PIN</translation>
    </message>
    <message>
        <source>Reset PIN of %1</source>
        <translation>איפוס קוד PIN של %1</translation>
    </message>
    <message>
        <source>A new PIN for the card “%1”, for when the PIN is forgotten or blocked. Type the secret that was set for this when the card was made, then the new PIN twice.</source>
        <translation>קוד PIN חדש לכרטיס ”%1”, למקרה שקוד ה-PIN נשכח או נחסם. הקלד את הסוד שהוגדר לשם כך כשהכרטיס נוצר, ולאחר מכן את קוד ה-PIN החדש פעמיים.</translation>
    </message>
    <message>
        <source>&amp;Reset PIN</source>
        <translation>&amp;אפס קוד PIN</translation>
    </message>
    <message>
        <source>Change PUK of %1</source>
        <translation>שינוי קוד PUK של %1</translation>
    </message>
    <message>
        <source>Type the current PUK of the card “%1”, then the new PUK twice. Keep the new PUK somewhere safe: it resets the PIN.</source>
        <translation>הקלד את קוד ה-PUK הנוכחי של הכרטיס ”%1”, ולאחר מכן את קוד ה-PUK החדש פעמיים. שמור את קוד ה-PUK החדש במקום בטוח: הוא מאפס את קוד ה-PIN.</translation>
    </message>
    <message>
        <source>&amp;Change PUK</source>
        <translation>&amp;שנה קוד PUK</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>קוד PIN נוכחי</translation>
    </message>
    <message>
        <source>The PIN the card has now.</source>
        <translation>קוד ה-PIN הנוכחי של הכרטיס.</translation>
    </message>
    <message>
        <source>C&amp;urrent PUK:</source>
        <translation>קוד PUK &amp;נוכחי:</translation>
    </message>
    <message>
        <source>Current PUK</source>
        <translation>קוד PUK נוכחי</translation>
    </message>
    <message>
        <source>The PUK the card has now.</source>
        <translation>קוד ה-PUK הנוכחי של הכרטיס.</translation>
    </message>
    <message>
        <source>&amp;PUK:</source>
        <translation>קוד &amp;PUK:</translation>
    </message>
    <message>
        <source>PUK</source>
        <translation>קוד PUK</translation>
    </message>
    <message>
        <source>The PUK set when the card was made.</source>
        <translation>קוד ה-PUK שהוגדר כשהכרטיס נוצר.</translation>
    </message>
    <message>
        <source>Ad&amp;min key:</source>
        <translation>מפתח &amp;מנהל:</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>מפתח מנהל</translation>
    </message>
    <message>
        <source>The card&apos;s admin key: 48 hexadecimal digits.</source>
        <translation>מפתח המנהל של הכרטיס: 48 ספרות הקסדצימליות.</translation>
    </message>
    <message>
        <source>Changing the PIN…</source>
        <translation>משנה את קוד ה-PIN…</translation>
    </message>
    <message>
        <source>Resetting the PIN…</source>
        <translation>מאפס את קוד ה-PIN…</translation>
    </message>
    <message>
        <source>Changing the PUK…</source>
        <translation>משנה את קוד ה-PUK…</translation>
    </message>
    <message>
        <source>The PIN of “%1” was changed.</source>
        <translation>קוד ה-PIN של ”%1” שונה.</translation>
    </message>
    <message>
        <source>The PIN of “%1” was reset. Use the new PIN from now on.</source>
        <translation>קוד ה-PIN של ”%1” אופס. מעתה השתמש בקוד ה-PIN החדש.</translation>
    </message>
    <message>
        <source>The PUK of “%1” was changed.</source>
        <translation>קוד ה-PUK של ”%1” שונה.</translation>
    </message>
    <message>
        <source>Reading the TPM&apos;s lockout state…</source>
        <translation>קורא את מצב הנעילה של ה-TPM…</translation>
    </message>
    <message>
        <source>TPM lockout state: %1</source>
        <translation>מצב נעילת TPM: %1</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>עוצר…</translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <source>The two entries differ. Try again.</source>
        <translation>שתי ההזנות שונות. נסה שוב.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Note: %1</source>
        <translation>הערה: %1</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>מבטל…</translation>
    </message>
</context>
<context>
    <name>SimulatorBackend</name>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not a card error name such as CARD:WRONG_PIN or CARD:TPM_LOCKOUT.</source>
        <translation>--sim-fail: &quot;%1&quot; אינו שם של שגיאת כרטיס כגון CARD:WRONG_PIN או CARD:TPM_LOCKOUT.</translation>
    </message>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not one of change-pin, reset-pin, change-puk or status.</source>
        <translation>--sim-fail: &quot;%1&quot; אינו אחד מהבאים: change-pin, reset-pin, change-puk או status.</translation>
    </message>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not a TPMVSCMGR_ERROR name such as CARD_CREATE or GENERATE_FILESYSTEM.</source>
        <translation>--sim-fail: &quot;%1&quot; אינו שם של TPMVSCMGR_ERROR כגון CARD_CREATE או GENERATE_FILESYSTEM.</translation>
    </message>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not a TPMVSCMGR_STATUS name such as VREADER_CREATING or GENERATE_RUNNING.</source>
        <translation>--sim-fail: &quot;%1&quot; אינו שם של TPMVSCMGR_STATUS כגון VREADER_CREATING או GENERATE_RUNNING.</translation>
    </message>
    <message>
        <source>Simulator — no card is really created</source>
        <translation>סימולטור — לא נוצר כרטיס אמיתי</translation>
    </message>
    <message numerus="yes">
        <source>%n smart card(s) exist already, the most there can be at once. Remove one first.</source>
        <translation>
            <numerusform>כבר קיים כרטיס חכם אחד, המספר המרבי שיכול להתקיים בו-זמנית. הסר אותו תחילה.</numerusform>
            <numerusform>כבר קיימים %n כרטיסים חכמים, המספר המרבי שיכול להתקיים בו-זמנית. הסר אחד מהם תחילה.</numerusform>
        </translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>הכרטיס לא נמצא</translation>
    </message>
    <message>
        <source>No simulated card has the instance id “%1”.</source>
        <translation>לאף כרטיס מדומה אין את מזהה המופע ”%1”.</translation>
    </message>
    <message>
        <source>“vscwizard list” shows the cards and their instance ids; another program may have removed this one already.</source>
        <translation>”vscwizard list” מציג את הכרטיסים ואת מזהי המופע שלהם; ייתכן שתוכנית אחרת כבר הסירה כרטיס זה.</translation>
    </message>
    <message>
        <source>The simulator&apos;s state folder is busy</source>
        <translation>תיקיית המצב של הסימולטור תפוסה</translation>
    </message>
    <message numerus="yes">
        <source>Another process kept the simulator&apos;s state folder %1 locked for %n second(s).</source>
        <translation>
            <numerusform>תהליך אחר החזיק את תיקיית המצב של הסימולטור %1 נעולה במשך שנייה אחת.</numerusform>
            <numerusform>תהליך אחר החזיק את תיקיית המצב של הסימולטור %1 נעולה במשך %n שניות.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until the other vscwizard has finished, then try again. Nothing was changed.</source>
        <translation>המתן עד שמופע vscwizard האחר יסיים, ולאחר מכן נסה שוב. לא בוצע שום שינוי.</translation>
    </message>
    <message>
        <source>The simulator cannot keep cards</source>
        <translation>הסימולטור אינו יכול לשמור כרטיסים</translation>
    </message>
    <message>
        <source>The simulator cannot write its cards to the state folder %1.</source>
        <translation>הסימולטור אינו יכול לכתוב את הכרטיסים שלו לתיקיית המצב %1.</translation>
    </message>
    <message>
        <source>Give --sim-state a folder you may write to, on a disk with free space.</source>
        <translation>ציין ל- --sim-state תיקייה שמותר לך לכתוב בה, בדיסק עם שטח פנוי.</translation>
    </message>
    <message>
        <source>This card&apos;s secrets cannot be checked</source>
        <translation>לא ניתן לבדוק את הסודות של כרטיס זה</translation>
    </message>
    <message>
        <source>The simulated card %1 was made before the simulator kept what its PIN, PUK and admin key are checked against, so they can be neither changed nor reset.</source>
        <translation>הכרטיס המדומה %1 נוצר לפני שהסימולטור שמר את הנתונים שמולם נבדקים קוד ה-PIN, קוד ה-PUK ומפתח המנהל שלו, ולכן לא ניתן לשנות אותם או לאפס אותם.</translation>
    </message>
    <message>
        <source>Remove the card and create it again.</source>
        <translation>הסר את הכרטיס וצור אותו מחדש.</translation>
    </message>
    <message>
        <source>This card has no PUK</source>
        <translation>לכרטיס זה אין קוד PUK</translation>
    </message>
    <message>
        <source>The card %1 was made without a PUK.</source>
        <translation>הכרטיס %1 נוצר ללא קוד PUK.</translation>
    </message>
    <message>
        <source>Reset its PIN with the admin key instead.</source>
        <translation>אפס את קוד ה-PIN שלו באמצעות מפתח המנהל במקום זאת.</translation>
    </message>
    <message>
        <source>Nobody knows this card&apos;s admin key</source>
        <translation>אף אחד אינו יודע את מפתח המנהל של כרטיס זה</translation>
    </message>
    <message>
        <source>The admin key of the card %1 is random and was kept nowhere.</source>
        <translation>מפתח המנהל של הכרטיס %1 הוא אקראי ולא נשמר בשום מקום.</translation>
    </message>
    <message>
        <source>Reset its PIN with the PUK instead.</source>
        <translation>אפס את קוד ה-PIN שלו באמצעות קוד ה-PUK במקום זאת.</translation>
    </message>
    <message>
        <source>A card named &quot;%1&quot; exists already (%2).</source>
        <translation>כבר קיים כרטיס בשם &quot;%1&quot; (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n smart card(s) exist already, the most there can be at once.</source>
        <translation>
            <numerusform>כבר קיים כרטיס חכם אחד, המספר המרבי שיכול להתקיים בו-זמנית.</numerusform>
            <numerusform>כבר קיימים %n כרטיסים חכמים, המספר המרבי שיכול להתקיים בו-זמנית.</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulated failure at %1</source>
        <extracomment>The simulator (a test tool) fails on purpose; %1 is the name of a status such as TPMVSCMGR_STATUS_CARD_CREATED.</extracomment>
        <translation>כשל מדומה ב-%1</translation>
    </message>
    <message>
        <source>The state folder %1 is locked by another process.</source>
        <translation>תיקיית המצב %1 נעולה על ידי תהליך אחר.</translation>
    </message>
    <message>
        <source>This card exists only as a file in %1; no application can use it.</source>
        <translation>כרטיס זה קיים רק כקובץ ב-%1; אף יישום אינו יכול להשתמש בו.</translation>
    </message>
    <message>
        <source>No simulated card has the instance id %1.</source>
        <translation>לאף כרטיס מדומה אין את מזהה המופע %1.</translation>
    </message>
    <message>
        <source>Simulated failure of status</source>
        <extracomment>The simulator (a test tool) fails on purpose; &quot;status&quot; is the command of that name.</extracomment>
        <translation>כשל מדומה של status</translation>
    </message>
    <message>
        <source>The simulated card checks the secret…</source>
        <translation>הכרטיס המדומה בודק את הסוד…</translation>
    </message>
    <message>
        <source>Simulated failure of %1</source>
        <translation>כשל מדומה של %1</translation>
    </message>
</context>
<context>
    <name>SimulatorStore</name>
    <message>
        <source>The folder %1 cannot be written.</source>
        <translation>לא ניתן לכתוב בתיקייה %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>לא ניתן ליצור את התיקייה %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>לא ניתן לכתוב את %1: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>לא ניתן להסיר את %1: %2</translation>
    </message>
</context>
<context>
    <name>SoftwareTpm</name>
    <message>
        <source>The software TPM is already running.</source>
        <translation>ה-TPM התוכנתי כבר פועל.</translation>
    </message>
    <message>
        <source>The program swtpm was not found. Install the package swtpm.</source>
        <translation>התוכנית swtpm לא נמצאה. התקן את החבילה swtpm.</translation>
    </message>
    <message>
        <source>The TPM resource manager tpm2-abrmd was not found. Install the packages tpm2-abrmd and libtss2-tcti-tabrmd0.</source>
        <translation>מנהל המשאבים של TPM, tpm2-abrmd, לא נמצא. התקן את החבילות tpm2-abrmd ו- libtss2-tcti-tabrmd0.</translation>
    </message>
    <message>
        <source>The software TPM is running (%1).</source>
        <translation>ה-TPM התוכנתי פועל (%1).</translation>
    </message>
    <message>
        <source>The software TPM could not be started.</source>
        <translation>לא ניתן היה להפעיל את ה-TPM התוכנתי.</translation>
    </message>
    <message>
        <source>%1 failed to start.</source>
        <translation>הפעלת %1 נכשלה.</translation>
    </message>
    <message>
        <source>This session has no D-Bus session bus, and the program dbus-daemon was not found. Install the package dbus-daemon.</source>
        <translation>להפעלה זו אין אפיק הפעלה של D-Bus, והתוכנית dbus-daemon לא נמצאה. התקן את החבילה dbus-daemon.</translation>
    </message>
    <message>
        <source>The TPM resource manager did not come up on the D-Bus session bus as %1.</source>
        <translation>מנהל המשאבים של TPM לא עלה באפיק ההפעלה של D-Bus בשם %1.</translation>
    </message>
    <message>
        <source>The software TPM does not answer through its resource manager: %1</source>
        <translation>ה-TPM התוכנתי אינו מגיב דרך מנהל המשאבים שלו: %1</translation>
    </message>
    <message>
        <source>The software TPM is not running.</source>
        <translation>ה-TPM התוכנתי אינו פועל.</translation>
    </message>
    <message>
        <source>The software TPM was shut down.</source>
        <translation>ה-TPM התוכנתי כובה.</translation>
    </message>
    <message>
        <source>The software TPM could not be shut down cleanly.</source>
        <translation>לא ניתן היה לכבות את ה-TPM התוכנתי כראוי.</translation>
    </message>
    <message>
        <source>The user service %1 did not stop.</source>
        <translation>שירות המשתמש %1 לא נעצר.</translation>
    </message>
    <message>
        <source>The software TPM is running as the user service %1; its socket is %2. Keys are not protected by hardware.</source>
        <translation>ה-TPM התוכנתי פועל כשירות המשתמש %1; השקע שלו הוא %2. המפתחות אינם מוגנים על ידי חומרה.</translation>
    </message>
    <message>
        <source>The software TPM is running as a background process; its socket is %1. Keys are not protected by hardware.</source>
        <translation>ה-TPM התוכנתי פועל כתהליך ברקע; השקע שלו הוא %1. המפתחות אינם מוגנים על ידי חומרה.</translation>
    </message>
    <message>
        <source>The software TPM is stopped; its state is kept in %1.</source>
        <translation>ה-TPM התוכנתי מופסק; המצב שלו נשמר ב-%1.</translation>
    </message>
    <message>
        <source>The software TPM has not been set up yet; it starts when a card needs it.</source>
        <translation>ה-TPM התוכנתי עדיין לא הוגדר; הוא מופעל כשכרטיס זקוק לו.</translation>
    </message>
    <message>
        <source>Its resource manager tpm2-abrmd is running as %1 on the D-Bus session bus.</source>
        <translation>מנהל המשאבים שלו, tpm2-abrmd, פועל בשם %1 באפיק ההפעלה של D-Bus.</translation>
    </message>
    <message>
        <source>Its resource manager tpm2-abrmd is not running; it starts when a card needs it.</source>
        <translation>מנהל המשאבים שלו, tpm2-abrmd, אינו פועל; הוא מופעל כשכרטיס זקוק לו.</translation>
    </message>
    <message>
        <source>This session has no D-Bus session bus; the software TPM brings its own at %1.</source>
        <translation>להפעלה זו אין אפיק הפעלה של D-Bus; ה-TPM התוכנתי מביא אפיק משלו בכתובת %1.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use start, stop or status.</source>
        <translation>פעולה לא ידועה &quot;%1&quot;: השתמש ב- start, stop או status.</translation>
    </message>
    <message numerus="yes">
        <source>swtpm did not open %1 within %n second(s).</source>
        <translation>
            <numerusform>swtpm לא פתח את %1 בתוך שנייה אחת.</numerusform>
            <numerusform>swtpm לא פתח את %1 בתוך %n שניות.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>סיכום</translation>
    </message>
    <message>
        <source>Check what will be created. Use Back to change anything.</source>
        <translation>בדוק מה ייווצר. השתמש ב”הקודם” כדי לשנות משהו.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>שם:</translation>
    </message>
    <message>
        <source>Card name</source>
        <translation>שם הכרטיס</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>קוד PIN:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>קוד PIN</translation>
    </message>
    <message>
        <source>Recovery:</source>
        <translation>שחזור:</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>שחזור</translation>
    </message>
    <message>
        <source>Admin key:</source>
        <translation>מפתח מנהל:</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>מפתח מנהל</translation>
    </message>
    <message>
        <source>Prepared now:</source>
        <extracomment>Followed by what is made on the card right away (its file system, a key pair).</extracomment>
        <translation>הוכן כעת:</translation>
    </message>
    <message>
        <source>Prepared now</source>
        <extracomment>Followed by what is made on the card right away (its file system, a key pair).</extracomment>
        <translation>הוכן כעת</translation>
    </message>
    <message>
        <source>Key algorithm:</source>
        <translation>אלגוריתם מפתח:</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>אלגוריתם מפתח</translation>
    </message>
    <message>
        <source>Attestation:</source>
        <translation>אימות:</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>אימות</translation>
    </message>
    <message>
        <source>Created by:</source>
        <extracomment>Followed by what makes and keeps the card: the computer&apos;s TPM, a software TPM or a simulator.</extracomment>
        <translation>נוצר על ידי:</translation>
    </message>
    <message>
        <source>Created by</source>
        <extracomment>Followed by what makes and keeps the card: the computer&apos;s TPM, a software TPM or a simulator.</extracomment>
        <translation>נוצר על ידי</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>אזהרה</translation>
    </message>
    <message>
        <source>Press Create to create the card. This can take a minute; the secrets you typed are not shown here.</source>
        <translation>לחץ על ”צור” כדי ליצור את הכרטיס. הפעולה עשויה להימשך דקה; הסודות שהקלדת אינם מוצגים כאן.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;צור</translation>
    </message>
    <message>
        <source>The PIN can be reset with the PUK you chose</source>
        <translation>ניתן לאפס את קוד ה-PIN באמצעות קוד ה-PUK שבחרת</translation>
    </message>
    <message>
        <source>None (the PUK takes its place)</source>
        <translation>ללא (קוד ה-PUK תופס את מקומו)</translation>
    </message>
    <message>
        <source>The PIN can be reset only with the PUK you chose</source>
        <translation>ניתן לאפס את קוד ה-PIN רק באמצעות קוד ה-PUK שבחרת</translation>
    </message>
    <message>
        <source>A random key that nobody knows</source>
        <translation>מפתח אקראי שאף אחד אינו יודע</translation>
    </message>
    <message>
        <source>The PIN can be reset with the PUK you chose or with the admin key you entered</source>
        <translation>ניתן לאפס את קוד ה-PIN באמצעות קוד ה-PUK שבחרת או באמצעות מפתח המנהל שהזנת</translation>
    </message>
    <message>
        <source>The PIN can be reset with the admin key you entered</source>
        <translation>ניתן לאפס את קוד ה-PIN באמצעות מפתח המנהל שהזנת</translation>
    </message>
    <message>
        <source>The key you entered (check value %1)</source>
        <translation>המפתח שהזנת (ערך בדיקה %1)</translation>
    </message>
    <message>
        <source>The PIN can be reset with the PUK you chose or with the publicly known default admin key</source>
        <translation>ניתן לאפס את קוד ה-PIN באמצעות קוד ה-PUK שבחרת או באמצעות מפתח המנהל המוגדר כברירת מחדל, הידוע לציבור</translation>
    </message>
    <message>
        <source>The PIN can be reset with the publicly known default admin key</source>
        <translation>ניתן לאפס את קוד ה-PIN באמצעות מפתח המנהל המוגדר כברירת מחדל, הידוע לציבור</translation>
    </message>
    <message>
        <source>The publicly known default key (check value %1)</source>
        <translation>מפתח ברירת המחדל הידוע לציבור (ערך בדיקה %1)</translation>
    </message>
    <message>
        <source>Anyone who has this card can reset its PIN with the publicly known default admin key.</source>
        <translation>כל מי שכרטיס זה בידיו יכול לאפס את קוד ה-PIN שלו באמצעות מפתח המנהל המוגדר כברירת מחדל, הידוע לציבור.</translation>
    </message>
    <message>
        <source>Set; it meets your organization&apos;s rules</source>
        <extracomment>The PIN has been set (a value beside &quot;PIN:&quot; in the summary).</extracomment>
        <translation>מוגדר; עומד בכללי הארגון שלך</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>מוגדר</translation>
    </message>
    <message>
        <source>No, the card stays empty</source>
        <translation>לא, הכרטיס נשאר ריק</translation>
    </message>
    <message>
        <source>Yes, a file system and a key pair</source>
        <translation>כן, מערכת קבצים וזוג מפתחות</translation>
    </message>
    <message>
        <source>Yes, a key pair</source>
        <translation>כן, זוג מפתחות</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ללא</translation>
    </message>
    <message>
        <source>RSA 2048 bits</source>
        <translation>RSA 2048 סיביות</translation>
    </message>
    <message>
        <source>Elliptic curve P-256</source>
        <translation>עקומה אליפטית P-256</translation>
    </message>
    <message>
        <source>Attestation identity key only</source>
        <translation>מפתח זהות אימות בלבד</translation>
    </message>
    <message>
        <source>Attestation identity key and certificate</source>
        <translation>מפתח זהות אימות ואישור</translation>
    </message>
    <message>
        <source>The simulator, which creates no real card</source>
        <translation>הסימולטור, שאינו יוצר כרטיס אמיתי</translation>
    </message>
    <message>
        <source>The TPM of this computer</source>
        <translation>ה-TPM של מחשב זה</translation>
    </message>
    <message>
        <source>A software TPM on this computer, whose keys are not protected by hardware</source>
        <translation>TPM תוכנתי במחשב זה, שהמפתחות שלו אינם מוגנים על ידי חומרה</translation>
    </message>
    <message>
        <source>The PIN can never be reset. If it is forgotten or blocked, the card can only be removed and a new one created.</source>
        <translation>לעולם לא ניתן לאפס את קוד ה-PIN. אם הוא נשכח או נחסם, ניתן רק להסיר את הכרטיס וליצור כרטיס חדש.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager of Windows</source>
        <translation>מנהל הכרטיסים החכמים הווירטואליים של TPM ב-Windows</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>The token store %1 cannot be reached.</source>
        <translation>לא ניתן לגשת למאגר האסימונים %1.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder of your own, or check the permissions of the folders on the way to it.</source>
        <translation>ציין ל- --store (או ל- TPM2_PKCS11_STORE) תיקייה משלך, או בדוק את ההרשאות של התיקיות בנתיב אליה.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder of your own, or the name of a new folder in one that exists, which the program makes for you.</source>
        <translation>ציין ל- --store (או ל- TPM2_PKCS11_STORE) תיקייה משלך, או שם של תיקייה חדשה בתוך תיקייה קיימת, והתוכנית תיצור אותה עבורך.</translation>
    </message>
    <message>
        <source>The token store %1 is a file, not a folder.</source>
        <translation>מאגר האסימונים %1 הוא קובץ, לא תיקייה.</translation>
    </message>
    <message>
        <source>The token store %1 belongs to another user (%2), not to you (%3).</source>
        <translation>מאגר האסימונים %1 שייך למשתמש אחר (%2), לא לך (%3).</translation>
    </message>
    <message>
        <source>The token store %1 is a folder anyone may write to (mode %2), so another user could put a database of their own in it.</source>
        <translation>מאגר האסימונים %1 הוא תיקייה שכל אחד רשאי לכתוב בה (מצב %2), ולכן משתמש אחר יכול להציב בה מסד נתונים משלו.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder only you may write to, or the name of a new folder, which the program makes private. It does not change the mode of a folder it did not make.</source>
        <translation>ציין ל- --store (או ל- TPM2_PKCS11_STORE) תיקייה שרק אתה רשאי לכתוב בה, או שם של תיקייה חדשה, שהתוכנית תהפוך לפרטית. התוכנית אינה משנה את המצב של תיקייה שלא היא יצרה.</translation>
    </message>
    <message>
        <source>The token store %1 cannot be read.</source>
        <translation>לא ניתן לקרוא את מאגר האסימונים %1.</translation>
    </message>
    <message>
        <source>Allow yourself to read it (chmod u+rx), or give --store (or TPM2_PKCS11_STORE) another folder.</source>
        <translation>התר לעצמך לקרוא אותו (chmod u+rx), או ציין ל- --store (או ל- TPM2_PKCS11_STORE) תיקייה אחרת.</translation>
    </message>
    <message>
        <source>The folder %1 holds files that are not a token store&apos;s (%2), so it is not used as one.</source>
        <translation>התיקייה %1 מכילה קבצים שאינם של מאגר אסימונים (%2), ולכן אינה משמשת כמאגר.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) an empty folder, the name of a new one, or an existing token store (a folder with tpm2_pkcs11.sqlite3 and nothing unrelated).</source>
        <translation>ציין ל- --store (או ל- TPM2_PKCS11_STORE) תיקייה ריקה, שם של תיקייה חדשה, או מאגר אסימונים קיים (תיקייה עם tpm2_pkcs11.sqlite3 וללא שום דבר לא קשור).</translation>
    </message>
    <message>
        <source>The token store %1 is not writable, so no card can be made in it or removed from it.</source>
        <translation>מאגר האסימונים %1 אינו ניתן לכתיבה, ולכן לא ניתן ליצור בו כרטיס או להסיר ממנו כרטיס.</translation>
    </message>
    <message>
        <source>Make it writable for yourself, or give --store (or TPM2_PKCS11_STORE) another folder. Listing its cards needs no write.</source>
        <translation>הפוך אותו לניתן לכתיבה עבורך, או ציין ל- --store (או ל- TPM2_PKCS11_STORE) תיקייה אחרת. הצגת רשימת הכרטיסים שבו אינה דורשת כתיבה.</translation>
    </message>
    <message>
        <source>The token store&apos;s database %1 is damaged or is not a token store&apos;s database, so its cards cannot be read. Nothing was written to it.</source>
        <translation>מסד הנתונים של מאגר האסימונים %1 פגום או אינו מסד נתונים של מאגר אסימונים, ולכן לא ניתן לקרוא את הכרטיסים שבו. לא נכתב בו דבר.</translation>
    </message>
    <message>
        <source>Put back a copy of %1 from a backup, or give --store (or TPM2_PKCS11_STORE) another folder for new cards. Keep the damaged file: a recovery tool may still read keys from it.</source>
        <translation>החזר עותק של %1 מגיבוי, או ציין ל- --store (או ל- TPM2_PKCS11_STORE) תיקייה אחרת לכרטיסים חדשים. שמור את הקובץ הפגום: ייתכן שכלי שחזור עדיין יוכל לקרוא ממנו מפתחות.</translation>
    </message>
    <message>
        <source>The disk that holds the token store %1 is full, so the card could not be written. Nothing of this attempt was kept.</source>
        <translation>הדיסק שמכיל את מאגר האסימונים %1 מלא, ולכן לא ניתן היה לכתוב את הכרטיס. שום דבר מניסיון זה לא נשמר.</translation>
    </message>
    <message numerus="yes">
        <source>Free some space on that disk (at least %n MiB), then try again; or give --store (or TPM2_PKCS11_STORE) a folder on another disk.</source>
        <translation>
            <numerusform>פנה מעט שטח בדיסק זה (לפחות MiB אחד), ולאחר מכן נסה שוב; או ציין ל- --store (או ל- TPM2_PKCS11_STORE) תיקייה בדיסק אחר.</numerusform>
            <numerusform>פנה מעט שטח בדיסק זה (לפחות %n MiB), ולאחר מכן נסה שוב; או ציין ל- --store (או ל- TPM2_PKCS11_STORE) תיקייה בדיסק אחר.</numerusform>
        </translation>
    </message>
    <message>
        <source>Neither the token store %1 nor the folder %2 that would hold it exists. The program makes only the store&apos;s own folder, so that a mistyped path does not become folders.</source>
        <translation>לא מאגר האסימונים %1 ולא התיקייה %2 שאמורה להכיל אותו קיימים. התוכנית יוצרת רק את התיקייה של המאגר עצמו, כדי שנתיב עם שגיאת הקלדה לא יהפוך לתיקיות.</translation>
    </message>
    <message>
        <source>Check the path given to --store (or TPM2_PKCS11_STORE), or create %1 first.</source>
        <translation>בדוק את הנתיב שצוין ל- --store (או ל- TPM2_PKCS11_STORE), או צור תחילה את %1.</translation>
    </message>
    <message>
        <source>The token store %1 is not writable: %2, where it would be made, is not a folder.</source>
        <translation>מאגר האסימונים %1 אינו ניתן לכתיבה: %2, שבו הוא אמור להיווצר, אינו תיקייה.</translation>
    </message>
    <message>
        <source>Check the path given to --store (or TPM2_PKCS11_STORE).</source>
        <translation>בדוק את הנתיב שצוין ל- --store (או ל- TPM2_PKCS11_STORE).</translation>
    </message>
    <message>
        <source>The token store %1 is not writable: you may not make a folder in %2.</source>
        <translation>מאגר האסימונים %1 אינו ניתן לכתיבה: אינך רשאי ליצור תיקייה ב-%2.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder in one you may write to, such as your home folder.</source>
        <translation>ציין ל- --store (או ל- TPM2_PKCS11_STORE) תיקייה בתוך תיקייה שמותר לך לכתוב בה, כגון תיקיית הבית שלך.</translation>
    </message>
    <message>
        <source>The token store %1 could not be made.</source>
        <translation>לא ניתן היה ליצור את מאגר האסימונים %1.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder in one you may write to.</source>
        <translation>ציין ל- --store (או ל- TPM2_PKCS11_STORE) תיקייה בתוך תיקייה שמותר לך לכתוב בה.</translation>
    </message>
    <message>
        <source>Make it writable for yourself, or give --store (or TPM2_PKCS11_STORE) another folder.</source>
        <translation>הפוך אותו לניתן לכתיבה עבורך, או ציין ל- --store (או ל- TPM2_PKCS11_STORE) תיקייה אחרת.</translation>
    </message>
    <message numerus="yes">
        <source>The folder %1 holds files that are not a token store&apos;s (%2 and %n more), so it is not used as one.</source>
        <translation>
            <numerusform>התיקייה %1 מכילה קבצים שאינם של מאגר אסימונים (%2 ועוד קובץ אחד), ולכן אינה משמשת כמאגר.</numerusform>
            <numerusform>התיקייה %1 מכילה קבצים שאינם של מאגר אסימונים (%2 ועוד %n קבצים), ולכן אינה משמשת כמאגר.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tpm2Backend</name>
    <message>
        <source>Software TPM — keys are not protected by hardware</source>
        <translation>TPM תוכנתי — המפתחות אינם מוגנים על ידי חומרה</translation>
    </message>
    <message>
        <source>Applications reach the card through the PKCS#11 module %1.</source>
        <translation>יישומים ניגשים לכרטיס דרך מודול PKCS#11 %1.</translation>
    </message>
    <message>
        <source>Programs you start after your next login find it by themselves: %1 sets %2 for them.</source>
        <extracomment>&quot;it&quot; is the software TPM; %1 is a file path, %2 an environment variable&apos;s name.</extracomment>
        <translation>תוכניות שתפעיל לאחר הכניסה הבאה שלך ימצאו אותו בעצמן: %1 מגדיר עבורן את %2.</translation>
    </message>
    <message>
        <source>The settings for other programs could not be registered: %1</source>
        <translation>לא ניתן היה לרשום את ההגדרות עבור תוכניות אחרות: %1</translation>
    </message>
    <message>
        <source>This session has no D-Bus session bus, so programs reach the software TPM only with the lines below in their environment.</source>
        <translation>להפעלה זו אין אפיק הפעלה של D-Bus, ולכן תוכניות מגיעות ל-TPM התוכנתי רק אם השורות שלהלן נמצאות בסביבה שלהן.</translation>
    </message>
    <message>
        <source>In a terminal, the line below shows the card&apos;s public keys.</source>
        <translation>במסוף, השורה שלהלן מציגה את המפתחות הציבוריים של הכרטיס.</translation>
    </message>
    <message>
        <source>In a terminal that is already open, the lines below reach the card; the last one shows its public keys.</source>
        <translation>במסוף שכבר פתוח, השורות שלהלן מגיעות לכרטיס; האחרונה מציגה את המפתחות הציבוריים שלו.</translation>
    </message>
    <message>
        <source>The tpm2-pkcs11 module was not found. Install the package libtpm2-pkcs11-1.</source>
        <translation>המודול tpm2-pkcs11 לא נמצא. התקן את החבילה libtpm2-pkcs11-1.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2). Ask your administrator to add you to the group tss, then sign in again.</source>
        <translation>לא ניתן לפתוח את %1 (%2). בקש ממנהל המערכת להוסיף אותך לקבוצה tss, ולאחר מכן היכנס שוב.</translation>
    </message>
    <message>
        <source>The software TPM does not answer: %1</source>
        <translation>ה-TPM התוכנתי אינו מגיב: %1</translation>
    </message>
    <message>
        <source>The token store %1 may not be written, and a copy of it to read could not be made: %2</source>
        <translation>אסור לכתוב במאגר האסימונים %1, ולא ניתן היה ליצור ממנו עותק לקריאה: %2</translation>
    </message>
    <message>
        <source>C_Initialize with TCTI %1 failed: %2</source>
        <translation>C_Initialize עם TCTI %1 נכשל: %2</translation>
    </message>
    <message>
        <source>Waiting for another vscwizard (process %1) to finish with the token store %2…</source>
        <translation>ממתין שמופע אחר של vscwizard (תהליך %1) יסיים לעבוד עם מאגר האסימונים %2…</translation>
    </message>
    <message>
        <source>Waiting for another vscwizard to finish with the token store %1…</source>
        <translation>ממתין שמופע אחר של vscwizard יסיים לעבוד עם מאגר האסימונים %1…</translation>
    </message>
    <message>
        <source>The token store is busy</source>
        <translation>מאגר האסימונים תפוס</translation>
    </message>
    <message>
        <source>Wait until it has finished, or end it, then try again. Nothing was changed.</source>
        <translation>המתן עד שיסיים, או סיים אותו, ולאחר מכן נסה שוב. לא בוצע שום שינוי.</translation>
    </message>
    <message>
        <source>The unfinished card &quot;%1&quot; could not be removed: %2</source>
        <translation>לא ניתן היה להסיר את הכרטיס שלא הושלם &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>There is no card with the instance id &quot;%1&quot;.</source>
        <translation>אין כרטיס עם מזהה המופע &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>הדיסק מלא</translation>
    </message>
    <message>
        <source>The token store is damaged</source>
        <translation>מאגר האסימונים פגום</translation>
    </message>
    <message>
        <source>The token store is read-only</source>
        <translation>מאגר האסימונים מוגדר לקריאה בלבד</translation>
    </message>
    <message>
        <source>The token store cannot be read</source>
        <translation>לא ניתן לקרוא את מאגר האסימונים</translation>
    </message>
    <message>
        <source>This folder cannot be the token store</source>
        <translation>תיקייה זו אינה יכולה לשמש כמאגר האסימונים</translation>
    </message>
    <message>
        <source>The software TPM is not running</source>
        <translation>ה-TPM התוכנתי אינו פועל</translation>
    </message>
    <message>
        <source>The software TPM stopped, or does not answer, so the operation could not finish.</source>
        <translation>ה-TPM התוכנתי נעצר, או אינו מגיב, ולכן הפעולה לא הסתיימה.</translation>
    </message>
    <message>
        <source>Start it again with “vscwizard software-tpm start”, then try again.</source>
        <translation>הפעל אותו שוב באמצעות ”vscwizard software-tpm start”, ולאחר מכן נסה שוב.</translation>
    </message>
    <message>
        <source>Try again: the next operation starts it again.</source>
        <translation>נסה שוב: הפעולה הבאה מפעילה אותו מחדש.</translation>
    </message>
    <message>
        <source>The TPM is locked after too many wrong PINs</source>
        <translation>ה-TPM נעול לאחר יותר מדי קודי PIN שגויים</translation>
    </message>
    <message>
        <source>The TPM is locked after too many wrong PINs (%1 of %2). It protects every card this way, whichever program the PINs were typed in.</source>
        <translation>ה-TPM נעול לאחר יותר מדי קודי PIN שגויים (%1 מתוך %2). הוא מגן כך על כל כרטיס, בלי קשר לתוכנית שבה הוקלדו קודי ה-PIN.</translation>
    </message>
    <message>
        <source>The TPM has no room for more objects</source>
        <translation>אין ב-TPM מקום לאובייקטים נוספים</translation>
    </message>
    <message>
        <source>The TPM has no room for more objects: programs that ended without cleaning up left theirs loaded. This happens only where no resource manager stands in front of the TPM (%1).</source>
        <translation>אין ב-TPM מקום לאובייקטים נוספים: תוכניות שהסתיימו בלי לנקות השאירו את האובייקטים שלהן טעונים. זה קורה רק כאשר אין מנהל משאבים לפני ה-TPM (%1).</translation>
    </message>
    <message>
        <source>Restart that TPM, or reach it through a resource manager: the kernel&apos;s /dev/tpmrm0, or the program&apos;s own software TPM, which has one.</source>
        <translation>הפעל מחדש את ה-TPM הזה, או גש אליו דרך מנהל משאבים: /dev/tpmrm0 של הליבה, או ה-TPM התוכנתי של התוכנית, שיש לו מנהל כזה.</translation>
    </message>
    <message>
        <source>No TPM found</source>
        <translation>לא נמצא TPM</translation>
    </message>
    <message>
        <source>There is no TPM at %1.</source>
        <translation>אין TPM ב-%1.</translation>
    </message>
    <message>
        <source>If this computer has a TPM, turn it on in the firmware settings; otherwise use the software TPM (--tpm software).</source>
        <translation>אם במחשב זה יש TPM, הפעל אותו בהגדרות הקושחה; אחרת השתמש ב-TPM התוכנתי (--tpm software).</translation>
    </message>
    <message>
        <source>Check the path given to --tpm device:PATH (the kernel&apos;s TPM is /dev/tpmrm0), or use the software TPM (--tpm software).</source>
        <translation>בדוק את הנתיב שצוין ל- --tpm device:PATH (ה-TPM של הליבה הוא /dev/tpmrm0), או השתמש ב-TPM התוכנתי (--tpm software).</translation>
    </message>
    <message>
        <source>No permission to use the TPM</source>
        <translation>אין הרשאה להשתמש ב-TPM</translation>
    </message>
    <message>
        <source>You may not use the TPM %1.</source>
        <translation>אינך רשאי להשתמש ב-TPM %1.</translation>
    </message>
    <message>
        <source>Ask your administrator to add your account to the group tss, then sign out and in again; or use the software TPM (--tpm software).</source>
        <translation>בקש ממנהל המערכת להוסיף את החשבון שלך לקבוצה tss, ולאחר מכן צא והיכנס שוב; או השתמש ב-TPM התוכנתי (--tpm software).</translation>
    </message>
    <message>
        <source>The TPM does not answer</source>
        <translation>ה-TPM אינו מגיב</translation>
    </message>
    <message>
        <source>No TPM answered through %1.</source>
        <translation>אף TPM לא הגיב דרך %1.</translation>
    </message>
    <message>
        <source>Check the TCTI given with --tpm tcti:STRING (such as device:/dev/tpmrm0, or swtpm:host=localhost,port=2321 for a running swtpm), or leave --tpm out to use this computer&apos;s TPM or the software TPM.</source>
        <translation>בדוק את ה-TCTI שצוין עם --tpm tcti:STRING (כגון device:/dev/tpmrm0, או swtpm:host=localhost,port=2321 עבור swtpm פועל), או השמט את --tpm כדי להשתמש ב-TPM של מחשב זה או ב-TPM התוכנתי.</translation>
    </message>
    <message>
        <source>Another program may hold the TPM (%1 serves one program at a time; /dev/tpmrm0 serves many): try again when it has finished, or use /dev/tpmrm0.</source>
        <translation>ייתכן שתוכנית אחרת מחזיקה ב-TPM (%1 משרת תוכנית אחת בכל פעם; /dev/tpmrm0 משרת רבות): נסה שוב כשהיא תסיים, או השתמש ב-/dev/tpmrm0.</translation>
    </message>
    <message>
        <source>The token store belongs to another TPM</source>
        <translation>מאגר האסימונים שייך ל-TPM אחר</translation>
    </message>
    <message>
        <source>The token store %1 holds cards of another TPM: its storage key is not on this one.</source>
        <translation>מאגר האסימונים %1 מכיל כרטיסים של TPM אחר: מפתח האחסון שלו אינו נמצא ב-TPM הזה.</translation>
    </message>
    <message>
        <source>Keep the cards of each TPM in a store of their own (--store), or use the TPM they were made on.</source>
        <translation>שמור את הכרטיסים של כל TPM במאגר משלהם (--store), או השתמש ב-TPM שבו הם נוצרו.</translation>
    </message>
    <message numerus="yes">
        <source>Another program was writing to the token store %1 and did not finish within %n second(s), so this operation could not use it.</source>
        <translation>
            <numerusform>תוכנית אחרת כתבה למאגר האסימונים %1 ולא סיימה בתוך שנייה אחת, ולכן פעולה זו לא יכלה להשתמש בו.</numerusform>
            <numerusform>תוכנית אחרת כתבה למאגר האסימונים %1 ולא סיימה בתוך %n שניות, ולכן פעולה זו לא יכלה להשתמש בו.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again once that program has finished; nothing of this attempt was kept.</source>
        <translation>נסה שוב לאחר שהתוכנית הזו תסיים; שום דבר מניסיון זה לא נשמר.</translation>
    </message>
    <message>
        <source>Not a TPM device</source>
        <translation>אינו התקן TPM</translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>הכרטיס לא נמצא</translation>
    </message>
    <message>
        <source>There is no card with the instance id “%1” in the token store %2.</source>
        <translation>אין כרטיס עם מזהה המופע ”%1” במאגר האסימונים %2.</translation>
    </message>
    <message>
        <source>“vscwizard list” shows the cards and their instance ids; another program may have removed this one already.</source>
        <translation>”vscwizard list” מציג את הכרטיסים ואת מזהי המופע שלהם; ייתכן שתוכנית אחרת כבר הסירה כרטיס זה.</translation>
    </message>
    <message>
        <source>Type the PUK again, carefully: it is the one set when the card was made, not the PIN.</source>
        <translation>הקלד שוב את קוד ה-PUK, בזהירות: זה הקוד שהוגדר כשהכרטיס נוצר, לא קוד ה-PIN.</translation>
    </message>
    <message>
        <source>Check the 48 hexadecimal digits you were given for this card.</source>
        <translation>בדוק את 48 הספרות ההקסדצימליות שקיבלת עבור כרטיס זה.</translation>
    </message>
    <message>
        <source>Type the PIN again, carefully. If you have forgotten it, reset it with the PUK or the admin key instead of guessing: every wrong PIN counts, on every card of this TPM.</source>
        <translation>הקלד שוב את קוד ה-PIN, בזהירות. אם שכחת אותו, אפס אותו באמצעות קוד ה-PUK או מפתח המנהל במקום לנחש: כל קוד PIN שגוי נספר, בכל כרטיס של ה-TPM הזה.</translation>
    </message>
    <message>
        <source>Names like &quot;%1&quot; are kept for cards being made; choose another name.</source>
        <extracomment>&quot;kept&quot; = reserved: the program names a card this way while it is being made.</extracomment>
        <translation>שמות כמו &quot;%1&quot; שמורים לכרטיסים שנמצאים בתהליך יצירה; בחר שם אחר.</translation>
    </message>
    <message>
        <source>A card named &quot;%1&quot; exists already.</source>
        <translation>כבר קיים כרטיס בשם &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>The software TPM holds at most %n card(s): every program that uses them holds one connection to its resource manager per card. Remove a card first.</source>
        <translation>
            <numerusform>ה-TPM התוכנתי מכיל כרטיס אחד לכל היותר: כל תוכנית שמשתמשת בכרטיסים מחזיקה חיבור אחד למנהל המשאבים שלו עבור כל כרטיס. הסר תחילה כרטיס.</numerusform>
            <numerusform>ה-TPM התוכנתי מכיל %n כרטיסים לכל היותר: כל תוכנית שמשתמשת בכרטיסים מחזיקה חיבור אחד למנהל המשאבים שלו עבור כל כרטיס. הסר תחילה כרטיס.</numerusform>
        </translation>
    </message>
    <message>
        <source>The token store has no free slot (tpm2-pkcs11 holds 255 tokens).</source>
        <translation>אין במאגר האסימונים חריץ פנוי (tpm2-pkcs11 מכיל 255 אסימונים).</translation>
    </message>
    <message>
        <source>The new token &quot;%1&quot; is not in the slot list (%2).</source>
        <translation>האסימון החדש &quot;%1&quot; אינו ברשימת החריצים (%2).</translation>
    </message>
    <message>
        <source>Injected failure.</source>
        <extracomment>Seen only in the program&apos;s own tests, which make a create fail on purpose.</extracomment>
        <translation>כשל מוזרק.</translation>
    </message>
    <message>
        <source>Another program created a card named &quot;%1&quot; while this one was being made.</source>
        <translation>תוכנית אחרת יצרה כרטיס בשם &quot;%1&quot; בזמן שכרטיס זה נוצר.</translation>
    </message>
    <message>
        <source>The cancelled card could not be removed: %1</source>
        <translation>לא ניתן היה להסיר את הכרטיס שבוטל: %1</translation>
    </message>
    <message>
        <source>%1
The unfinished card could not be removed: %2</source>
        <translation>%1
לא ניתן היה להסיר את הכרטיס שלא הושלם: %2</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has no PUK and a random admin key that nobody knows.</source>
        <translation>לכרטיס &quot;%1&quot; אין קוד PUK ויש לו מפתח מנהל אקראי שאף אחד אינו יודע.</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has no PUK: its PIN is reset with its admin key.</source>
        <translation>לכרטיס &quot;%1&quot; אין קוד PUK: קוד ה-PIN שלו מאופס באמצעות מפתח המנהל שלו.</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has a PUK, which takes the admin key&apos;s place: its PIN is reset with the PUK.</source>
        <translation>לכרטיס &quot;%1&quot; יש קוד PUK, שתופס את מקומו של מפתח המנהל: קוד ה-PIN שלו מאופס באמצעות קוד ה-PUK.</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has no PUK.</source>
        <translation>לכרטיס &quot;%1&quot; אין קוד PUK.</translation>
    </message>
    <message>
        <source>The tpm2-pkcs11 module is not installed. Install the package libtpm2-pkcs11-1.</source>
        <translation>המודול tpm2-pkcs11 אינו מותקן. התקן את החבילה libtpm2-pkcs11-1.</translation>
    </message>
    <message>
        <source>The tpm2-pkcs11 module %1 cannot be loaded.</source>
        <translation>לא ניתן לטעון את המודול tpm2-pkcs11 %1.</translation>
    </message>
    <message>
        <source>The TPM %1 cannot be opened.</source>
        <translation>לא ניתן לפתוח את ה-TPM %1.</translation>
    </message>
    <message>
        <source>The software TPM needs the program swtpm. Install the package swtpm.</source>
        <translation>ה-TPM התוכנתי זקוק לתוכנית swtpm. התקן את החבילה swtpm.</translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs (%1 of %2); it accepts PINs again in about %n minute(s).</source>
        <extracomment>%1 of %2: wrong PINs counted, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>ה-TPM נעול לאחר יותר מדי קודי PIN שגויים (%1 מתוך %2); הוא יקבל שוב קודי PIN בעוד כדקה.</numerusform>
            <numerusform>ה-TPM נעול לאחר יותר מדי קודי PIN שגויים (%1 מתוך %2); הוא יקבל שוב קודי PIN בעוד כ-%n דקות.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs (%1 of %2); it accepts PINs again in about %n second(s).</source>
        <extracomment>%1 of %2: wrong PINs counted, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>ה-TPM נעול לאחר יותר מדי קודי PIN שגויים (%1 מתוך %2); הוא יקבל שוב קודי PIN בעוד כשנייה.</numerusform>
            <numerusform>ה-TPM נעול לאחר יותר מדי קודי PIN שגויים (%1 מתוך %2); הוא יקבל שוב קודי PIN בעוד כ-%n שניות.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard (process %1) has held the token store %2 for %n minute(s), and still does.</source>
        <extracomment>%1: a process id; %2: a folder.</extracomment>
        <translation>
            <numerusform>עותק אחר של vscwizard (תהליך %1) מחזיק את מאגר האסימונים %2 כבר דקה, ועדיין מחזיק בו.</numerusform>
            <numerusform>עותק אחר של vscwizard (תהליך %1) מחזיק את מאגר האסימונים %2 כבר %n דקות, ועדיין מחזיק בו.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard (process %1) has held the token store %2 for %n second(s), and still does.</source>
        <extracomment>%1: a process id; %2: a folder.</extracomment>
        <translation>
            <numerusform>עותק אחר של vscwizard (תהליך %1) מחזיק את מאגר האסימונים %2 כבר שנייה, ועדיין מחזיק בו.</numerusform>
            <numerusform>עותק אחר של vscwizard (תהליך %1) מחזיק את מאגר האסימונים %2 כבר %n שניות, ועדיין מחזיק בו.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard has held the token store %1 for %n minute(s), and still does.</source>
        <translation>
            <numerusform>עותק אחר של vscwizard מחזיק את מאגר האסימונים %1 כבר דקה, ועדיין מחזיק בו.</numerusform>
            <numerusform>עותק אחר של vscwizard מחזיק את מאגר האסימונים %1 כבר %n דקות, ועדיין מחזיק בו.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard has held the token store %1 for %n second(s), and still does.</source>
        <translation>
            <numerusform>עותק אחר של vscwizard מחזיק את מאגר האסימונים %1 כבר שנייה, ועדיין מחזיק בו.</numerusform>
            <numerusform>עותק אחר של vscwizard מחזיק את מאגר האסימונים %1 כבר %n שניות, ועדיין מחזיק בו.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait: the TPM accepts PINs again in about %n minute(s).</source>
        <translation>
            <numerusform>המתן: ה-TPM יקבל שוב קודי PIN בעוד כדקה.</numerusform>
            <numerusform>המתן: ה-TPM יקבל שוב קודי PIN בעוד כ-%n דקות.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait: the TPM accepts PINs again in about %n second(s).</source>
        <translation>
            <numerusform>המתן: ה-TPM יקבל שוב קודי PIN בעוד כשנייה.</numerusform>
            <numerusform>המתן: ה-TPM יקבל שוב קודי PIN בעוד כ-%n שניות.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK is wrong for this card. The TPM counts wrong PINs and PUKs of all its cards together: after %n more it refuses every one of them for a while.</source>
        <translation>
            <numerusform>קוד ה-PUK שגוי עבור כרטיס זה. ה-TPM סופר קודי PIN וקודי PUK שגויים של כל הכרטיסים שלו יחד: אחרי עוד קוד שגוי אחד הוא ידחה את כולם לזמן מה.</numerusform>
            <numerusform>קוד ה-PUK שגוי עבור כרטיס זה. ה-TPM סופר קודי PIN וקודי PUK שגויים של כל הכרטיסים שלו יחד: אחרי עוד %n קודים שגויים הוא ידחה את כולם לזמן מה.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The admin key is wrong for this card. The TPM counts wrong PINs and admin keys of all its cards together: after %n more it refuses every one of them for a while.</source>
        <translation>
            <numerusform>מפתח המנהל שגוי עבור כרטיס זה. ה-TPM סופר קודי PIN ומפתחות מנהל שגויים של כל הכרטיסים שלו יחד: אחרי עוד ניסיון שגוי אחד הוא ידחה את כולם לזמן מה.</numerusform>
            <numerusform>מפתח המנהל שגוי עבור כרטיס זה. ה-TPM סופר קודי PIN ומפתחות מנהל שגויים של כל הכרטיסים שלו יחד: אחרי עוד %n ניסיונות שגויים הוא ידחה את כולם לזמן מה.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN is wrong for this card. The TPM counts wrong PINs of all its cards together: after %n more it refuses every PIN for a while.</source>
        <translation>
            <numerusform>קוד ה-PIN שגוי עבור כרטיס זה. ה-TPM סופר קודי PIN שגויים של כל הכרטיסים שלו יחד: אחרי עוד קוד שגוי אחד הוא ידחה כל קוד PIN לזמן מה.</numerusform>
            <numerusform>קוד ה-PIN שגוי עבור כרטיס זה. ה-TPM סופר קודי PIN שגויים של כל הכרטיסים שלו יחד: אחרי עוד %n קודים שגויים הוא ידחה כל קוד PIN לזמן מה.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs. It accepts PINs again in about %n minute(s).</source>
        <translation>
            <numerusform>ה-TPM נעול לאחר יותר מדי קודי PIN שגויים. הוא יקבל שוב קודי PIN בעוד כדקה.</numerusform>
            <numerusform>ה-TPM נעול לאחר יותר מדי קודי PIN שגויים. הוא יקבל שוב קודי PIN בעוד כ-%n דקות.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs. It accepts PINs again in about %n second(s).</source>
        <translation>
            <numerusform>ה-TPM נעול לאחר יותר מדי קודי PIN שגויים. הוא יקבל שוב קודי PIN בעוד כשנייה.</numerusform>
            <numerusform>ה-TPM נעול לאחר יותר מדי קודי PIN שגויים. הוא יקבל שוב קודי PIN בעוד כ-%n שניות.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TpmTarget</name>
    <message>
        <source>Unknown TPM &quot;%1&quot;: use auto, device, device:PATH, software, software:FOLDER or tcti:STRING.</source>
        <translation>TPM לא ידוע &quot;%1&quot;: השתמש ב- auto, device, device:PATH, software, software:FOLDER או tcti:STRING.</translation>
    </message>
    <message>
        <source>A TPM is a character device such as /dev/tpmrm0: give --tpm device:PATH the path of one, or use --tpm software.</source>
        <translation>TPM הוא התקן תווים כגון /dev/tpmrm0: ציין ל- --tpm device:PATH את הנתיב של התקן כזה, או השתמש ב- --tpm software.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a regular file, so nothing was written to it.</source>
        <translation>%1 אינו TPM אלא קובץ רגיל, ולכן לא נכתב אליו דבר.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a folder, so nothing was written to it.</source>
        <translation>%1 אינו TPM אלא תיקייה, ולכן לא נכתב אליו דבר.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a named pipe, so nothing was written to it.</source>
        <translation>%1 אינו TPM אלא צינור בעל שם, ולכן לא נכתב אליו דבר.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a socket, so nothing was written to it.</source>
        <translation>%1 אינו TPM אלא שקע, ולכן לא נכתב אליו דבר.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a block device, so nothing was written to it.</source>
        <translation>%1 אינו TPM אלא התקן בלוקים, ולכן לא נכתב אליו דבר.</translation>
    </message>
    <message>
        <source>%1 is not a TPM, nor any other device, so nothing was written to it.</source>
        <translation>%1 אינו TPM ואף לא התקן אחר כלשהו, ולכן לא נכתב אליו דבר.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>ברוכים הבאים</translation>
    </message>
    <message>
        <source>This wizard creates a virtual smart card on this computer.</source>
        <translation>אשף זה יוצר כרטיס חכם וירטואלי במחשב זה.</translation>
    </message>
    <message>
        <source>A virtual smart card works like a smart card you plug in, but it lives in this computer&apos;s security chip (the TPM). It keeps your keys and certificates safe: you unlock it with a PIN, and the keys cannot be copied off this computer.</source>
        <translation>כרטיס חכם וירטואלי פועל כמו כרטיס חכם שמחברים למחשב, אבל הוא נמצא בשבב האבטחה של מחשב זה (ה-TPM). הוא שומר על המפתחות והאישורים שלך: את נעילתו מבטלים באמצעות קוד PIN, ולא ניתן להעתיק את המפתחות ממחשב זה.</translation>
    </message>
    <message>
        <source>You will choose a name, a PIN and a way to recover the card if the PIN is forgotten. First the wizard checks that this computer can hold a virtual smart card.</source>
        <translation>תבחר שם, קוד PIN ודרך לשחזר את הכרטיס אם קוד ה-PIN נשכח. תחילה האשף בודק שמחשב זה יכול להכיל כרטיס חכם וירטואלי.</translation>
    </message>
    <message>
        <source>Checking this computer…</source>
        <translation>בודק את המחשב…</translation>
    </message>
    <message>
        <source>Check status</source>
        <extracomment>A noun: the result of checking whether this computer can hold a card.</extracomment>
        <translation>מצב הבדיקה</translation>
    </message>
    <message>
        <source>Checking this computer</source>
        <translation>בודק את המחשב</translation>
    </message>
    <message>
        <source>Busy while the wizard checks that this computer can hold a virtual smart card.</source>
        <translation>תפוס בזמן שהאשף בודק שמחשב זה יכול להכיל כרטיס חכם וירטואלי.</translation>
    </message>
    <message>
        <source>&amp;Results of the check:</source>
        <translation>&amp;תוצאות הבדיקה:</translation>
    </message>
    <message>
        <source>Results of the check</source>
        <translation>תוצאות הבדיקה</translation>
    </message>
    <message>
        <source>What prevents creating a virtual smart card on this computer, and what to do about it.</source>
        <translation>מה מונע יצירת כרטיס חכם וירטואלי במחשב זה, ומה לעשות בנידון.</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;בדוק שוב</translation>
    </message>
    <message>
        <source>Checks this computer again after you fixed the problems listed.</source>
        <translation>בודק שוב את המחשב לאחר שתיקנת את הבעיות המפורטות.</translation>
    </message>
    <message>
        <source>&amp;Manage cards…</source>
        <translation>&amp;נהל כרטיסים…</translation>
    </message>
    <message>
        <source>Opens the card manager: change, reset or remove the cards you have.</source>
        <translation>פותח את מנהל הכרטיסים: שינוי, איפוס או הסרה של הכרטיסים שלך.</translation>
    </message>
    <message>
        <source>A virtual smart card works like a smart card you plug in. On this computer its keys are kept by a software TPM, not by a security chip: you unlock them with a PIN, but someone who can read your files could copy them.</source>
        <translation>כרטיס חכם וירטואלי פועל כמו כרטיס חכם שמחברים למחשב. במחשב זה המפתחות שלו נשמרים על ידי TPM תוכנתי, לא על ידי שבב אבטחה: את נעילתם מבטלים באמצעות קוד PIN, אבל מי שיכול לקרוא את הקבצים שלך יוכל להעתיק אותם.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Must be fixed before a card can be created</source>
        <translation>יש לתקן לפני שניתן ליצור כרטיס</translation>
    </message>
    <message>
        <source>A note; it does not prevent creating a card</source>
        <translation>הערה; אינה מונעת יצירת כרטיס</translation>
    </message>
    <message>
        <source>The check was interrupted. Check again to continue.</source>
        <translation>הבדיקה הופסקה. בדוק שוב כדי להמשיך.</translation>
    </message>
    <message>
        <source>This computer cannot hold a virtual smart card yet. Fix the problems below, then check again.</source>
        <translation>מחשב זה עדיין אינו יכול להכיל כרטיס חכם וירטואלי. תקן את הבעיות שלהלן, ולאחר מכן בדוק שוב.</translation>
    </message>
    <message>
        <source>This computer is ready. Please note the points below.</source>
        <translation>מחשב זה מוכן. שים לב לנקודות שלהלן.</translation>
    </message>
    <message>
        <source>This computer is ready. Continue to choose a name for the card.</source>
        <translation>מחשב זה מוכן. המשך כדי לבחור שם לכרטיס.</translation>
    </message>
</context>
<context>
    <name>WindowsBackend</name>
    <message>
        <source>The TPM Virtual Smart Card Manager is not available on this computer. It is part of Windows 8 and later; its service may be turned off.</source>
        <translation>מנהל הכרטיסים החכמים הווירטואליים של TPM אינו זמין במחשב זה. הוא חלק מ-Windows 8 ואילך; ייתכן שהשירות שלו מושבת.</translation>
    </message>
    <message>
        <source>No TPM (Trusted Platform Module) was found on this computer.</source>
        <translation>לא נמצא TPM (Trusted Platform Module) במחשב זה.</translation>
    </message>
    <message>
        <source>The TPM is not ready. Turn it on and prepare it in the TPM management console (tpm.msc), then try again.</source>
        <translation>ה-TPM אינו מוכן. הפעל והכן אותו במסוף הניהול של TPM (tpm.msc), ולאחר מכן נסה שוב.</translation>
    </message>
    <message>
        <source>Managing virtual smart cards needs administrator rights. Start vscwizard with &quot;Run as administrator&quot;.</source>
        <translation>ניהול כרטיסים חכמים וירטואליים דורש הרשאות מנהל מערכת. הפעל את vscwizard באמצעות &quot;הפעל כמנהל מערכת&quot;.</translation>
    </message>
    <message>
        <source>Virtual smart cards cannot be managed from a remote desktop session.</source>
        <translation>לא ניתן לנהל כרטיסים חכמים וירטואליים מהפעלה של שולחן עבודה מרוחק.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager refused a value of the request.</source>
        <translation>מנהל הכרטיסים החכמים הווירטואליים של TPM דחה ערך של הבקשה.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>הפעולה בוטלה.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager reported a failure.</source>
        <translation>מנהל הכרטיסים החכמים הווירטואליים של TPM דיווח על כשל.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager is not available</source>
        <translation>מנהל הכרטיסים החכמים הווירטואליים של TPM אינו זמין</translation>
    </message>
    <message>
        <source>Ask your administrator to allow the smart card services of Windows to start; the manager is part of Windows 8 and later.</source>
        <translation>בקש ממנהל המערכת לאפשר את הפעלת שירותי הכרטיסים החכמים של Windows; המנהל הוא חלק מ-Windows 8 ואילך.</translation>
    </message>
    <message>
        <source>No TPM found</source>
        <translation>לא נמצא TPM</translation>
    </message>
    <message>
        <source>If this computer has a TPM, turn it on in the firmware settings, then try again.</source>
        <translation>אם במחשב זה יש TPM, הפעל אותו בהגדרות הקושחה, ולאחר מכן נסה שוב.</translation>
    </message>
    <message>
        <source>The TPM is not ready</source>
        <translation>ה-TPM אינו מוכן</translation>
    </message>
    <message>
        <source>Open the TPM management console (tpm.msc) as administrator and prepare the TPM, then try again.</source>
        <translation>פתח את מסוף הניהול של TPM (tpm.msc) כמנהל מערכת והכן את ה-TPM, ולאחר מכן נסה שוב.</translation>
    </message>
    <message>
        <source>Administrator rights needed</source>
        <translation>נדרשות הרשאות מנהל מערכת</translation>
    </message>
    <message>
        <source>Start vscwizard with “Run as administrator”, then try again.</source>
        <translation>הפעל את vscwizard באמצעות ”הפעל כמנהל מערכת”, ולאחר מכן נסה שוב.</translation>
    </message>
    <message>
        <source>The card needs a name.</source>
        <translation>לכרטיס נדרש שם.</translation>
    </message>
    <message numerus="yes">
        <source>The admin key must be exactly %n byte(s) long.</source>
        <translation>
            <numerusform>מפתח המנהל חייב להיות באורך בית אחד בדיוק.</numerusform>
            <numerusform>מפתח המנהל חייב להיות באורך %n בתים בדיוק.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The admin key check value must be %n byte(s) long.</source>
        <translation>
            <numerusform>ערך הבדיקה של מפתח המנהל חייב להיות באורך בית אחד.</numerusform>
            <numerusform>ערך הבדיקה של מפתח המנהל חייב להיות באורך %n בתים.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attestation needs Windows 10 or later.</source>
        <translation>אימות דורש Windows 10 ואילך.</translation>
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
        <translation>לא ניתן היה לספור את קוראי הכרטיסים החכמים של מחשב זה.</translation>
    </message>
    <message>
        <source>Win32 error %1</source>
        <translation>שגיאת Win32 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n smart card reader(s) exist already, the most there can be at once. Remove a virtual smart card or unplug a reader first.</source>
        <translation>
            <numerusform>כבר קיים קורא כרטיסים חכמים אחד, המספר המרבי שיכול להתקיים בו-זמנית. הסר תחילה כרטיס חכם וירטואלי או נתק את הקורא.</numerusform>
            <numerusform>כבר קיימים %n קוראי כרטיסים חכמים, המספר המרבי שיכול להתקיים בו-זמנית. הסר תחילה כרטיס חכם וירטואלי או נתק קורא.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN policy cannot be passed to the manager.</source>
        <translation>לא ניתן להעביר את מדיניות קוד ה-PIN למנהל.</translation>
    </message>
    <message>
        <source>Windows shows the card as the smart card reader &quot;%1&quot;. Applications use it through the Windows smart card service, for example to enroll a certificate or sign in.</source>
        <translation>Windows מציג את הכרטיס כקורא הכרטיסים החכמים &quot;%1&quot;. יישומים משתמשים בו דרך שירות הכרטיסים החכמים של Windows, לדוגמה כדי לרשום אישור או כדי להיכנס.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the instance id of a TPM virtual smart card (ROOT\SMARTCARDREADER\000n).</source>
        <translation>&quot;%1&quot; אינו מזהה מופע של כרטיס חכם וירטואלי של TPM (ROOT\SMARTCARDREADER\000n).</translation>
    </message>
    <message>
        <source>The smart card readers could not be listed (Win32 error %1).</source>
        <translation>לא ניתן היה להציג את רשימת קוראי הכרטיסים החכמים (שגיאת Win32 %1).</translation>
    </message>
    <message numerus="yes">
        <source>The PIN must be %1 to %n byte(s) long.</source>
        <translation>
            <numerusform>קוד ה-PIN חייב להיות באורך %1 עד בית אחד.</numerusform>
            <numerusform>קוד ה-PIN חייב להיות באורך %1 עד %n בתים.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK must be %1 to %n byte(s) long.</source>
        <translation>
            <numerusform>קוד ה-PUK חייב להיות באורך %1 עד בית אחד.</numerusform>
            <numerusform>קוד ה-PUK חייב להיות באורך %1 עד %n בתים.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>There is no graphical session to open the wizard in (DISPLAY and WAYLAND_DISPLAY are not set). The commands work without one; see vscwizard --help.</source>
        <translation>אין הפעלה גרפית שבה ניתן לפתוח את האשף (DISPLAY ו- WAYLAND_DISPLAY אינם מוגדרים). הפקודות פועלות גם בלעדיה; ראה vscwizard --help.</translation>
    </message>
    <message>
        <source>There is no translation for &quot;%1&quot;; using English.</source>
        <translation>אין תרגום עבור &quot;%1&quot;; נעשה שימוש באנגלית.</translation>
    </message>
    <message>
        <source>Cannot open the wizard %1: %2. The commands work without it; see vscwizard --help.</source>
        <translation>לא ניתן לפתוח את האשף %1: %2. הפקודות פועלות גם בלעדיו; ראה vscwizard --help.</translation>
    </message>
    <message>
        <source>Commands are run by vscwizard, for example: vscwizard %1</source>
        <translation>הפקודות מופעלות על ידי vscwizard, לדוגמה: vscwizard %1</translation>
    </message>
    <message>
        <source>Organization policy</source>
        <translation>מדיניות הארגון</translation>
    </message>
    <message>
        <source>Card manager</source>
        <translation>מנהל הכרטיסים</translation>
    </message>
</context>
</TS>
