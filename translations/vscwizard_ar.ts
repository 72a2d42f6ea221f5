<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
</context>
<context>
    <name>AdminKey</name>
    <message>
        <source>Character %1 (&apos;%2&apos;) is not a hex digit.</source>
        <translation>الحرف %1 (&apos;%2&apos;) ليس رقمًا ست عشريًا.</translation>
    </message>
    <message numerus="yes">
        <source>The admin key has %n hex digit(s); it needs exactly %1.</source>
        <translation>
            <numerusform>لا يحتوي مفتاح المسؤول على أي رقم ست عشري؛ ويجب أن يحتوي على %1 بالضبط.</numerusform>
            <numerusform>يحتوي مفتاح المسؤول على رقم ست عشري واحد؛ ويجب أن يحتوي على %1 بالضبط.</numerusform>
            <numerusform>يحتوي مفتاح المسؤول على رقمين ست عشريين؛ ويجب أن يحتوي على %1 بالضبط.</numerusform>
            <numerusform>يحتوي مفتاح المسؤول على %n أرقام ست عشرية؛ ويجب أن يحتوي على %1 بالضبط.</numerusform>
            <numerusform>يحتوي مفتاح المسؤول على %n رقمًا ست عشريًا؛ ويجب أن يحتوي على %1 بالضبط.</numerusform>
            <numerusform>يحتوي مفتاح المسؤول على %n رقم ست عشري؛ ويجب أن يحتوي على %1 بالضبط.</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 (&apos;%2&apos;) splits a pair of hex digits; spaces and colons may only stand between pairs.</source>
        <translation>الحرف %1 (&apos;%2&apos;) يفصل بين رقمين ست عشريين من زوج واحد؛ لا يُسمح بالمسافات والنقطتين إلا بين الأزواج.</translation>
    </message>
    <message numerus="yes">
        <source>The admin key has %n byte(s); it needs exactly %1.</source>
        <translation>
            <numerusform>لا يحتوي مفتاح المسؤول على أي بايت؛ ويجب أن يحتوي على %1 بالضبط.</numerusform>
            <numerusform>يحتوي مفتاح المسؤول على بايت واحد؛ ويجب أن يحتوي على %1 بالضبط.</numerusform>
            <numerusform>يحتوي مفتاح المسؤول على بايتين؛ ويجب أن يحتوي على %1 بالضبط.</numerusform>
            <numerusform>يحتوي مفتاح المسؤول على %n بايتات؛ ويجب أن يحتوي على %1 بالضبط.</numerusform>
            <numerusform>يحتوي مفتاح المسؤول على %n بايت؛ ويجب أن يحتوي على %1 بالضبط.</numerusform>
            <numerusform>يحتوي مفتاح المسؤول على %n بايت؛ ويجب أن يحتوي على %1 بالضبط.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>يتطلب الخيار %1 قيمة.</translation>
    </message>
    <message>
        <source>--sim-delay takes milliseconds from 0 to 600000, not &quot;%1&quot;.</source>
        <translation>يقبل الخيار --sim-delay عددًا من المللي ثانية من 0 إلى 600000، وليس &quot;%1&quot;.</translation>
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
        <translation>الخيارات العامة:
  --backend NAME       tpm2 أو windows أو simulator (للاختبارات والعروض التوضيحية فقط)
  --lang LANG          لغة الرسائل، مثل de
  --policy FILE        ملف نهج رمز PIN الخاص بالمؤسسة
  --tpm WHICH          tpm2: auto أو device[:PATH] أو software[:FOLDER] أو tcti:STRING
  --store DIR          tpm2: مجلد مخزن الرموز المميزة
  --sim-state DIR      simulator: المجلد الذي يحفظ فيه المحاكي بطاقاته
  --sim-delay MS       simulator: مدة التأخير في كل خطوة
  --sim-fail ERR[@ST]  simulator: الفشل بالخطأ ERR عند الحالة ST، أو بخطأ
                       بطاقة: CARD:ERR[@change-pin|reset-pin|change-puk|status]
</translation>
    </message>
</context>
<context>
    <name>BackendFactory</name>
    <message>
        <source>There is no backend called &quot;%1&quot;. Available: %2.</source>
        <translation>لا توجد واجهة خلفية باسم &quot;%1&quot;. المتاح: %2.</translation>
    </message>
    <message>
        <source>software-tpm acts on a software TPM, but --tpm %1 names another TPM. Leave out --tpm, or give --tpm software:FOLDER.</source>
        <translation>يعمل الأمر software-tpm على وحدة TPM برمجية، لكن --tpm %1 يحدد وحدة TPM أخرى. احذف --tpm، أو حدد --tpm software:FOLDER.</translation>
    </message>
    <message>
        <source>The software TPM is only used on Linux.</source>
        <translation>لا تُستخدم وحدة TPM البرمجية إلا على Linux.</translation>
    </message>
</context>
<context>
    <name>CardCommands</name>
    <message>
        <source>%1 takes only --instance ID and --with puk|adminkey; secrets are read from the terminal or from standard input.</source>
        <translation>لا يقبل %1 سوى --instance ID و --with puk|adminkey؛ تُقرأ البيانات السرية من الوحدة الطرفية أو من الإدخال القياسي.</translation>
    </message>
    <message>
        <source>%1 takes only --instance ID; secrets are read from the terminal or from standard input.</source>
        <translation>لا يقبل %1 سوى --instance ID؛ تُقرأ البيانات السرية من الوحدة الطرفية أو من الإدخال القياسي.</translation>
    </message>
    <message>
        <source>%1: --instance needs the instance id shown by &quot;vscwizard status&quot;.</source>
        <translation>%1: يتطلب --instance معرّف المثيل الذي يعرضه &quot;vscwizard status&quot;.</translation>
    </message>
    <message>
        <source>%1: --with needs puk or adminkey.</source>
        <translation>%1: يتطلب --with القيمة puk أو adminkey.</translation>
    </message>
    <message>
        <source>%1: --with is given twice.</source>
        <translation>%1: تم تحديد --with مرتين.</translation>
    </message>
    <message>
        <source>%1: --with takes puk or adminkey; the PUK or the admin key itself is read from the terminal or from standard input.</source>
        <translation>%1: يقبل --with القيمة puk أو adminkey؛ أما رمز PUK أو مفتاح المسؤول نفسه فيُقرأ من الوحدة الطرفية أو من الإدخال القياسي.</translation>
    </message>
    <message>
        <source>%1 takes exactly one --instance ID.</source>
        <translation>يقبل %1 خيار --instance ID واحدًا بالضبط.</translation>
    </message>
    <message>
        <source>%1 needs --instance ID (see &quot;vscwizard status&quot;).</source>
        <translation>يتطلب %1 الخيار --instance ID (راجع &quot;vscwizard status&quot;).</translation>
    </message>
    <message>
        <source>The two entries differed three times; nothing was changed.</source>
        <translation>اختلف الإدخالان ثلاث مرات؛ لم يتم تغيير أي شيء.</translation>
    </message>
    <message>
        <source>No card has the instance id %1.</source>
        <translation>لا توجد بطاقة بمعرّف المثيل %1.</translation>
    </message>
    <message>
        <source>The card has no PUK: reset its PIN with %1 --with adminkey.</source>
        <translation>لا تحتوي البطاقة على رمز PUK: أعد تعيين رمز PIN الخاص بها باستخدام %1 --with adminkey.</translation>
    </message>
    <message>
        <source>Nobody knows the card&apos;s admin key: reset its PIN with %1 --with puk.</source>
        <translation>لا أحد يعرف مفتاح المسؤول الخاص بالبطاقة: أعد تعيين رمز PIN الخاص بها باستخدام %1 --with puk.</translation>
    </message>
    <message>
        <source>The card has no PUK to change.</source>
        <translation>لا تحتوي البطاقة على رمز PUK لتغييره.</translation>
    </message>
    <message>
        <source>Current PIN: </source>
        <translation>رمز PIN الحالي: </translation>
    </message>
    <message>
        <source>Standard input ended before the current PIN was read.</source>
        <translation>انتهى الإدخال القياسي قبل قراءة رمز PIN الحالي.</translation>
    </message>
    <message>
        <source>Current PUK: </source>
        <translation>رمز PUK الحالي: </translation>
    </message>
    <message>
        <source>PUK: </source>
        <translation>رمز PUK: </translation>
    </message>
    <message>
        <source>Standard input ended before the PUK was read.</source>
        <translation>انتهى الإدخال القياسي قبل قراءة رمز PUK.</translation>
    </message>
    <message>
        <source>Admin key (48 hex digits): </source>
        <translation>مفتاح المسؤول (48 رقمًا ست عشريًا): </translation>
    </message>
    <message>
        <source>Standard input ended before the admin key was read.</source>
        <translation>انتهى الإدخال القياسي قبل قراءة مفتاح المسؤول.</translation>
    </message>
    <message>
        <source>Admin key: %1</source>
        <translation>مفتاح المسؤول: %1</translation>
    </message>
    <message>
        <source>The new PIN must meet these rules:</source>
        <translation>يجب أن يستوفي رمز PIN الجديد هذه القواعد:</translation>
    </message>
    <message>
        <source>New PIN: </source>
        <translation>رمز PIN الجديد: </translation>
    </message>
    <message>
        <source>Repeat the new PIN: </source>
        <translation>أعد إدخال رمز PIN الجديد: </translation>
    </message>
    <message>
        <source>Standard input ended before the new PIN was read.</source>
        <translation>انتهى الإدخال القياسي قبل قراءة رمز PIN الجديد.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
    <message>
        <source>The new PIN breaks these rules:</source>
        <translation>يخالف رمز PIN الجديد هذه القواعد:</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>لم يتم تغيير أي شيء.</translation>
    </message>
    <message>
        <source>New PUK: </source>
        <translation>رمز PUK الجديد: </translation>
    </message>
    <message>
        <source>Repeat the new PUK: </source>
        <translation>أعد إدخال رمز PUK الجديد: </translation>
    </message>
    <message>
        <source>Standard input ended before the new PUK was read.</source>
        <translation>انتهى الإدخال القياسي قبل قراءة رمز PUK الجديد.</translation>
    </message>
    <message>
        <source>Changed the PIN of the card %1.</source>
        <translation>تم تغيير رمز PIN للبطاقة %1.</translation>
    </message>
    <message>
        <source>Changed the PIN of the card &quot;%1&quot; (%2).</source>
        <translation>تم تغيير رمز PIN للبطاقة &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <source>Changed the PUK of the card %1.</source>
        <translation>تم تغيير رمز PUK للبطاقة %1.</translation>
    </message>
    <message>
        <source>Changed the PUK of the card &quot;%1&quot; (%2).</source>
        <translation>تم تغيير رمز PUK للبطاقة &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <source>status takes only --json.</source>
        <translation>لا يقبل status سوى --json.</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; is not an instance id: none is longer than %n character(s) (see &quot;vscwizard status&quot;).</source>
        <extracomment>%1: a command name, kept in English.</extracomment>
        <translation>
            <numerusform>%1: &quot;%2&quot; ليس معرّف مثيل: لا يتجاوز طول أي معرّف %n حرف (راجع &quot;vscwizard status&quot;).</numerusform>
            <numerusform>%1: &quot;%2&quot; ليس معرّف مثيل: لا يتجاوز طول أي معرّف حرفًا واحدًا (راجع &quot;vscwizard status&quot;).</numerusform>
            <numerusform>%1: &quot;%2&quot; ليس معرّف مثيل: لا يتجاوز طول أي معرّف حرفين (راجع &quot;vscwizard status&quot;).</numerusform>
            <numerusform>%1: &quot;%2&quot; ليس معرّف مثيل: لا يتجاوز طول أي معرّف %n أحرف (راجع &quot;vscwizard status&quot;).</numerusform>
            <numerusform>%1: &quot;%2&quot; ليس معرّف مثيل: لا يتجاوز طول أي معرّف %n حرفًا (راجع &quot;vscwizard status&quot;).</numerusform>
            <numerusform>%1: &quot;%2&quot; ليس معرّف مثيل: لا يتجاوز طول أي معرّف %n حرف (راجع &quot;vscwizard status&quot;).</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN of the card %1 was reset; it is unblocked.</source>
        <translation>تمت إعادة تعيين رمز PIN للبطاقة %1، وأُلغي حظره.</translation>
    </message>
    <message>
        <source>The PIN of the card &quot;%1&quot; (%2) was reset; it is unblocked.</source>
        <translation>تمت إعادة تعيين رمز PIN للبطاقة &quot;%1&quot; (%2)، وأُلغي حظره.</translation>
    </message>
</context>
<context>
    <name>CardManagerWindow</name>
    <message>
        <source>Manage virtual smart cards</source>
        <translation>إدارة البطاقات الذكية الظاهرية</translation>
    </message>
    <message>
        <source>TPM lockout state</source>
        <translation>حالة قفل TPM</translation>
    </message>
    <message>
        <source>Car&amp;ds on this computer:</source>
        <translation>&amp;البطاقات على هذا الكمبيوتر:</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>البطاقات</translation>
    </message>
    <message>
        <source>Each row is a card: its name, where it lives, its keys, its PIN&apos;s state and how its PIN can be reset.</source>
        <translation>كل صف يمثل بطاقة: اسمها، ومكان وجودها، ومفاتيحها، وحالة رمز PIN الخاص بها، وطريقة إعادة تعيينه.</translation>
    </message>
    <message>
        <source>Reading the cards</source>
        <translation>قراءة البطاقات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>تغيير رمز &amp;PIN…</translation>
    </message>
    <message>
        <source>R&amp;eset PIN…</source>
        <translation>&amp;إعادة تعيين رمز PIN…</translation>
    </message>
    <message>
        <source>Change P&amp;UK…</source>
        <translation>تغيير رمز P&amp;UK…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>إ&amp;زالة…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>تحدي&amp;ث</translation>
    </message>
    <message>
        <source>Reads the cards and the TPM&apos;s lockout state again.</source>
        <translation>يعيد قراءة البطاقات وحالة قفل TPM.</translation>
    </message>
    <message>
        <source>E&amp;nroll a new card…</source>
        <translation>تسجيل بطاقة جديد&amp;ة…</translation>
    </message>
    <message>
        <source>Opens the wizard that creates a card.</source>
        <translation>يفتح المعالج الذي ينشئ بطاقة.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إغلا&amp;ق</translation>
    </message>
    <message>
        <source>Reading the cards…</source>
        <translation>جارٍ قراءة البطاقات…</translation>
    </message>
    <message>
        <source>The cards could not be read: %1 %2</source>
        <translation>تعذرت قراءة البطاقات: %1 %2</translation>
    </message>
    <message>
        <source>There is no card yet. Enroll a new card to create one.</source>
        <translation>لا توجد بطاقة بعد. سجّل بطاقة جديدة لإنشاء واحدة.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s).</source>
        <translation>
            <numerusform>لا توجد بطاقات.</numerusform>
            <numerusform>بطاقة واحدة.</numerusform>
            <numerusform>بطاقتان.</numerusform>
            <numerusform>%n بطاقات.</numerusform>
            <numerusform>%n بطاقة.</numerusform>
            <numerusform>%n بطاقة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a card first.</source>
        <translation>حدد بطاقة أولاً.</translation>
    </message>
    <message>
        <source>The PIN is blocked; reset it first</source>
        <translation>رمز PIN محظور؛ أعد تعيينه أولاً</translation>
    </message>
    <message>
        <source>This card can never be reset; remove it and create a new one</source>
        <translation>لا يمكن إعادة تعيين هذه البطاقة أبدًا؛ أزلها وأنشئ بطاقة جديدة</translation>
    </message>
    <message>
        <source>The PUK is blocked, so this card can no longer be reset; remove it and create a new one</source>
        <translation>رمز PUK محظور، لذا لم يعد من الممكن إعادة تعيين هذه البطاقة؛ أزلها وأنشئ بطاقة جديدة</translation>
    </message>
    <message>
        <source>This card has no PUK</source>
        <translation>لا تحتوي هذه البطاقة على رمز PUK</translation>
    </message>
    <message>
        <source>The PUK is blocked</source>
        <translation>رمز PUK محظور</translation>
    </message>
    <message>
        <source>Sets a new PIN; the current PIN is needed.</source>
        <translation>يعيّن رمز PIN جديدًا؛ ويلزم رمز PIN الحالي.</translation>
    </message>
    <message>
        <source>Sets a new PIN without the current one, with the PUK or the admin key.</source>
        <translation>يعيّن رمز PIN جديدًا دون الرمز الحالي، باستخدام رمز PUK أو مفتاح المسؤول.</translation>
    </message>
    <message>
        <source>Sets a new PUK; the current PUK is needed.</source>
        <translation>يعيّن رمز PUK جديدًا؛ ويلزم رمز PUK الحالي.</translation>
    </message>
    <message>
        <source>Removes the card and destroys its keys.</source>
        <translation>يزيل البطاقة ويتلف مفاتيحها.</translation>
    </message>
</context>
<context>
    <name>CardNamePage</name>
    <message>
        <source>Card Name</source>
        <translation>اسم البطاقة</translation>
    </message>
    <message>
        <source>Choose a name that helps you recognize the card.</source>
        <translation>اختر اسمًا يساعدك على التعرف على البطاقة.</translation>
    </message>
    <message>
        <source>Card na&amp;me:</source>
        <translation>&amp;اسم البطاقة:</translation>
    </message>
    <message>
        <source>Card name</source>
        <translation>اسم البطاقة</translation>
    </message>
    <message>
        <source>The name shown for the card, for example in the list of security devices of a browser.</source>
        <translation>الاسم الذي يظهر للبطاقة، على سبيل المثال في قائمة أجهزة الأمان في مستعرض الويب.</translation>
    </message>
    <message>
        <source>For example: Work laptop</source>
        <translation>مثال: كمبيوتر العمل المحمول</translation>
    </message>
    <message>
        <source>Name check</source>
        <translation>التحقق من الاسم</translation>
    </message>
    <message numerus="yes">
        <source>The name can have at most %n character(s).</source>
        <translation>
            <numerusform>لا يمكن أن يحتوي الاسم على أي حرف.</numerusform>
            <numerusform>يمكن أن يحتوي الاسم على حرف واحد كحد أقصى.</numerusform>
            <numerusform>يمكن أن يحتوي الاسم على حرفين كحد أقصى.</numerusform>
            <numerusform>يمكن أن يحتوي الاسم على %n أحرف كحد أقصى.</numerusform>
            <numerusform>يمكن أن يحتوي الاسم على %n حرفًا كحد أقصى.</numerusform>
            <numerusform>يمكن أن يحتوي الاسم على %n حرف كحد أقصى.</numerusform>
        </translation>
    </message>
    <message>
        <source>A card named “%1” already exists. Choose another name.</source>
        <translation>توجد بطاقة باسم «%1» بالفعل. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>This name can be used.</source>
        <translation>يمكن استخدام هذا الاسم.</translation>
    </message>
</context>
<context>
    <name>CardRules</name>
    <message>
        <source>Enter a name for the card.</source>
        <translation>أدخل اسمًا للبطاقة.</translation>
    </message>
    <message>
        <source>The name contains a character that is not shown, such as a tab, a line break or a writing-direction mark. Remove it.</source>
        <translation>يحتوي الاسم على حرف غير مرئي، مثل علامة جدولة أو فاصل أسطر أو علامة اتجاه الكتابة. أزله.</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: it can have at most %n character(s).</source>
        <translation>
            <numerusform>الاسم طويل جدًا: لا يمكن أن يحتوي على أي حرف.</numerusform>
            <numerusform>الاسم طويل جدًا: يمكن أن يحتوي على حرف واحد كحد أقصى.</numerusform>
            <numerusform>الاسم طويل جدًا: يمكن أن يحتوي على حرفين كحد أقصى.</numerusform>
            <numerusform>الاسم طويل جدًا: يمكن أن يحتوي على %n أحرف كحد أقصى.</numerusform>
            <numerusform>الاسم طويل جدًا: يمكن أن يحتوي على %n حرفًا كحد أقصى.</numerusform>
            <numerusform>الاسم طويل جدًا: يمكن أن يحتوي على %n حرف كحد أقصى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: a card name holds %n byte(s) in UTF-8, where letters beyond ASCII take two to four; this one takes %1.</source>
        <translation>
            <numerusform>الاسم طويل جدًا: لا يتسع اسم البطاقة لأي بايت في UTF-8، حيث تشغل الأحرف خارج ASCII من بايتين إلى أربعة؛ وهذا الاسم يشغل %1.</numerusform>
            <numerusform>الاسم طويل جدًا: يتسع اسم البطاقة لبايت واحد في UTF-8، حيث تشغل الأحرف خارج ASCII من بايتين إلى أربعة؛ وهذا الاسم يشغل %1.</numerusform>
            <numerusform>الاسم طويل جدًا: يتسع اسم البطاقة لبايتين في UTF-8، حيث تشغل الأحرف خارج ASCII من بايتين إلى أربعة؛ وهذا الاسم يشغل %1.</numerusform>
            <numerusform>الاسم طويل جدًا: يتسع اسم البطاقة لـ %n بايتات في UTF-8، حيث تشغل الأحرف خارج ASCII من بايتين إلى أربعة؛ وهذا الاسم يشغل %1.</numerusform>
            <numerusform>الاسم طويل جدًا: يتسع اسم البطاقة لـ %n بايت في UTF-8، حيث تشغل الأحرف خارج ASCII من بايتين إلى أربعة؛ وهذا الاسم يشغل %1.</numerusform>
            <numerusform>الاسم طويل جدًا: يتسع اسم البطاقة لـ %n بايت في UTF-8، حيث تشغل الأحرف خارج ASCII من بايتين إلى أربعة؛ وهذا الاسم يشغل %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name starts or ends with a space. Remove it.</source>
        <translation>يبدأ الاسم أو ينتهي بمسافة. أزلها.</translation>
    </message>
    <message>
        <source>The name is not valid UTF-8 text. Type it again in a terminal that uses UTF-8.</source>
        <translation>الاسم ليس نصًا صالحًا بترميز UTF-8. اكتبه مرة أخرى في وحدة طرفية تستخدم UTF-8.</translation>
    </message>
    <message>
        <source>The PIN breaks these rules: %1</source>
        <translation>يخالف رمز PIN هذه القواعد: %1</translation>
    </message>
    <message>
        <source>This PIN is one of the most common PINs, which whoever finds the card tries first. Choose one that is harder to guess.</source>
        <translation>رمز PIN هذا من أكثر الرموز شيوعًا، وهي أول ما يجربه من يعثر على البطاقة. اختر رمزًا يصعب تخمينه.</translation>
    </message>
    <message>
        <source>The PIN contains a NUL byte or bytes that are not UTF-8 text; other programs could not type it.</source>
        <translation>يحتوي رمز PIN على بايت NUL أو على بايتات ليست نصًا بترميز UTF-8؛ ولن تتمكن البرامج الأخرى من كتابته.</translation>
    </message>
    <message>
        <source>The PUK contains a NUL byte or bytes that are not UTF-8 text; other programs could not type it.</source>
        <translation>يحتوي رمز PUK على بايت NUL أو على بايتات ليست نصًا بترميز UTF-8؛ ولن تتمكن البرامج الأخرى من كتابته.</translation>
    </message>
    <message>
        <source>The PUK is the same as the PIN. Choose a different PUK: it must unlock the card when the PIN is forgotten or blocked.</source>
        <translation>رمز PUK مطابق لرمز PIN. اختر رمز PUK مختلفًا: فهو الذي يجب أن يلغي قفل البطاقة عند نسيان رمز PIN أو حظره.</translation>
    </message>
    <message numerus="yes">
        <source>The PUK must have %1 to %n character(s).</source>
        <translation>
            <numerusform>يجب أن يتكون رمز PUK من %1 إلى %n حرف.</numerusform>
            <numerusform>يجب أن يتكون رمز PUK من %1 إلى حرف واحد.</numerusform>
            <numerusform>يجب أن يتكون رمز PUK من %1 إلى حرفين.</numerusform>
            <numerusform>يجب أن يتكون رمز PUK من %1 إلى %n أحرف.</numerusform>
            <numerusform>يجب أن يتكون رمز PUK من %1 إلى %n حرفًا.</numerusform>
            <numerusform>يجب أن يتكون رمز PUK من %1 إلى %n حرف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK is too long: a PUK can have at most %n byte(s) in UTF-8, where letters such as ä or € take two or three; this one takes %1.</source>
        <extracomment>%n: the most bytes any PUK may have; %1: the bytes this PUK takes.</extracomment>
        <translation>
            <numerusform>رمز PUK طويل جدًا: يتسع رمز PUK لـ %n بايت كحد أقصى في UTF-8، حيث تشغل أحرف مثل ä أو € بايتين أو ثلاثة؛ وهذا الرمز يشغل %1.</numerusform>
            <numerusform>رمز PUK طويل جدًا: يتسع رمز PUK لبايت واحد كحد أقصى في UTF-8، حيث تشغل أحرف مثل ä أو € بايتين أو ثلاثة؛ وهذا الرمز يشغل %1.</numerusform>
            <numerusform>رمز PUK طويل جدًا: يتسع رمز PUK لبايتين كحد أقصى في UTF-8، حيث تشغل أحرف مثل ä أو € بايتين أو ثلاثة؛ وهذا الرمز يشغل %1.</numerusform>
            <numerusform>رمز PUK طويل جدًا: يتسع رمز PUK لـ %n بايتات كحد أقصى في UTF-8، حيث تشغل أحرف مثل ä أو € بايتين أو ثلاثة؛ وهذا الرمز يشغل %1.</numerusform>
            <numerusform>رمز PUK طويل جدًا: يتسع رمز PUK لـ %n بايت كحد أقصى في UTF-8، حيث تشغل أحرف مثل ä أو € بايتين أو ثلاثة؛ وهذا الرمز يشغل %1.</numerusform>
            <numerusform>رمز PUK طويل جدًا: يتسع رمز PUK لـ %n بايت كحد أقصى في UTF-8، حيث تشغل أحرف مثل ä أو € بايتين أو ثلاثة؛ وهذا الرمز يشغل %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardTableModel</name>
    <message>
        <source>Instance id: %1</source>
        <translation>معرّف المثيل: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>الاسترداد</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
</context>
<context>
    <name>CardText</name>
    <message>
        <source>TPM of this computer</source>
        <translation>وحدة TPM في هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>Software TPM</source>
        <translation>وحدة TPM برمجية</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>المحاكي</translation>
    </message>
    <message numerus="yes">
        <source>PIN set; %n try(ies) left</source>
        <translation>
            <numerusform>تم تعيين رمز PIN؛ لا توجد محاولات متبقية</numerusform>
            <numerusform>تم تعيين رمز PIN؛ محاولة واحدة متبقية</numerusform>
            <numerusform>تم تعيين رمز PIN؛ محاولتان متبقيتان</numerusform>
            <numerusform>تم تعيين رمز PIN؛ %n محاولات متبقية</numerusform>
            <numerusform>تم تعيين رمز PIN؛ %n محاولة متبقية</numerusform>
            <numerusform>تم تعيين رمز PIN؛ %n محاولة متبقية</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>تم تعيين رمز PIN</translation>
    </message>
    <message>
        <source>No PIN set</source>
        <translation>لم يتم تعيين رمز PIN</translation>
    </message>
    <message>
        <source>PIN blocked</source>
        <translation>رمز PIN محظور</translation>
    </message>
    <message>
        <source>Cannot be reset</source>
        <extracomment>The subject is the card (the virtual smart card): its PIN cannot be reset. A table cell.</extracomment>
        <translation>تتعذر إعادة التعيين</translation>
    </message>
    <message>
        <source>PUK, or the default admin key</source>
        <translation>رمز PUK، أو مفتاح المسؤول الافتراضي</translation>
    </message>
    <message>
        <source>Default admin key</source>
        <translation>مفتاح المسؤول الافتراضي</translation>
    </message>
    <message>
        <source>PUK, or the admin key</source>
        <translation>رمز PUK، أو مفتاح المسؤول</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>مفتاح المسؤول</translation>
    </message>
    <message>
        <source>PUK</source>
        <extracomment>PUK: PIN Unblocking Key, the secret that resets a blocked PIN.</extracomment>
        <translation>رمز PUK</translation>
    </message>
    <message>
        <source>The TPM&apos;s lockout state is not known.</source>
        <translation>حالة قفل TPM غير معروفة.</translation>
    </message>
    <message numerus="yes">
        <source>No wrong PINs counted by the TPM (it locks after %n).</source>
        <translation>
            <numerusform>لم تحسب وحدة TPM أي رموز PIN خاطئة (تُقفل بعد %n).</numerusform>
            <numerusform>لم تحسب وحدة TPM أي رموز PIN خاطئة (تُقفل بعد رمز خاطئ واحد).</numerusform>
            <numerusform>لم تحسب وحدة TPM أي رموز PIN خاطئة (تُقفل بعد رمزين خاطئين).</numerusform>
            <numerusform>لم تحسب وحدة TPM أي رموز PIN خاطئة (تُقفل بعد %n رموز خاطئة).</numerusform>
            <numerusform>لم تحسب وحدة TPM أي رموز PIN خاطئة (تُقفل بعد %n رمزًا خاطئًا).</numerusform>
            <numerusform>لم تحسب وحدة TPM أي رموز PIN خاطئة (تُقفل بعد %n رمز خاطئ).</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>location</comment>
        <extracomment>Where the card is kept (a TPM, the simulator) is not known. A table cell of the Location column.</extracomment>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>PIN state</comment>
        <extracomment>The state of the card&apos;s PIN (set, blocked) is not known. A table cell of the PIN column.</extracomment>
        <translation>غير معروفة</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>recovery</comment>
        <extracomment>How the card&apos;s PIN can be reset is not known. A table cell of the Recovery column.</extracomment>
        <translation>غير معروف</translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n second(s), on every card.</source>
        <translation>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا: ستقبل رموز PIN مرة أخرى بعد %n ثانية، على كل البطاقات.</numerusform>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا: ستقبل رموز PIN مرة أخرى بعد ثانية واحدة، على كل البطاقات.</numerusform>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا: ستقبل رموز PIN مرة أخرى بعد ثانيتين، على كل البطاقات.</numerusform>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا: ستقبل رموز PIN مرة أخرى بعد %n ثوانٍ، على كل البطاقات.</numerusform>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا: ستقبل رموز PIN مرة أخرى بعد %n ثانية، على كل البطاقات.</numerusform>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا: ستقبل رموز PIN مرة أخرى بعد %n ثانية، على كل البطاقات.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n minute(s), on every card.</source>
        <translation>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا: ستقبل رموز PIN مرة أخرى بعد %n دقيقة، على كل البطاقات.</numerusform>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا: ستقبل رموز PIN مرة أخرى بعد دقيقة واحدة، على كل البطاقات.</numerusform>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا: ستقبل رموز PIN مرة أخرى بعد دقيقتين، على كل البطاقات.</numerusform>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا: ستقبل رموز PIN مرة أخرى بعد %n دقائق، على كل البطاقات.</numerusform>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا: ستقبل رموز PIN مرة أخرى بعد %n دقيقة، على كل البطاقات.</numerusform>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا: ستقبل رموز PIN مرة أخرى بعد %n دقيقة، على كل البطاقات.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n hour(s), on every card.</source>
        <translation>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا: ستقبل رموز PIN مرة أخرى بعد %n ساعة، على كل البطاقات.</numerusform>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا: ستقبل رموز PIN مرة أخرى بعد ساعة واحدة، على كل البطاقات.</numerusform>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا: ستقبل رموز PIN مرة أخرى بعد ساعتين، على كل البطاقات.</numerusform>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا: ستقبل رموز PIN مرة أخرى بعد %n ساعات، على كل البطاقات.</numerusform>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا: ستقبل رموز PIN مرة أخرى بعد %n ساعة، على كل البطاقات.</numerusform>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا: ستقبل رموز PIN مرة أخرى بعد %n ساعة، على كل البطاقات.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n second(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>رموز PIN الخاطئة التي حسبتها وحدة TPM على كل بطاقاتها مجتمعة: %1 من %2. وينقص هذا العدد واحدًا كل %n ثانية.</numerusform>
            <numerusform>رموز PIN الخاطئة التي حسبتها وحدة TPM على كل بطاقاتها مجتمعة: %1 من %2. وينقص هذا العدد واحدًا كل ثانية.</numerusform>
            <numerusform>رموز PIN الخاطئة التي حسبتها وحدة TPM على كل بطاقاتها مجتمعة: %1 من %2. وينقص هذا العدد واحدًا كل ثانيتين.</numerusform>
            <numerusform>رموز PIN الخاطئة التي حسبتها وحدة TPM على كل بطاقاتها مجتمعة: %1 من %2. وينقص هذا العدد واحدًا كل %n ثوانٍ.</numerusform>
            <numerusform>رموز PIN الخاطئة التي حسبتها وحدة TPM على كل بطاقاتها مجتمعة: %1 من %2. وينقص هذا العدد واحدًا كل %n ثانية.</numerusform>
            <numerusform>رموز PIN الخاطئة التي حسبتها وحدة TPM على كل بطاقاتها مجتمعة: %1 من %2. وينقص هذا العدد واحدًا كل %n ثانية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n minute(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>رموز PIN الخاطئة التي حسبتها وحدة TPM على كل بطاقاتها مجتمعة: %1 من %2. وينقص هذا العدد واحدًا كل %n دقيقة.</numerusform>
            <numerusform>رموز PIN الخاطئة التي حسبتها وحدة TPM على كل بطاقاتها مجتمعة: %1 من %2. وينقص هذا العدد واحدًا كل دقيقة.</numerusform>
            <numerusform>رموز PIN الخاطئة التي حسبتها وحدة TPM على كل بطاقاتها مجتمعة: %1 من %2. وينقص هذا العدد واحدًا كل دقيقتين.</numerusform>
            <numerusform>رموز PIN الخاطئة التي حسبتها وحدة TPM على كل بطاقاتها مجتمعة: %1 من %2. وينقص هذا العدد واحدًا كل %n دقائق.</numerusform>
            <numerusform>رموز PIN الخاطئة التي حسبتها وحدة TPM على كل بطاقاتها مجتمعة: %1 من %2. وينقص هذا العدد واحدًا كل %n دقيقة.</numerusform>
            <numerusform>رموز PIN الخاطئة التي حسبتها وحدة TPM على كل بطاقاتها مجتمعة: %1 من %2. وينقص هذا العدد واحدًا كل %n دقيقة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n hour(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>رموز PIN الخاطئة التي حسبتها وحدة TPM على كل بطاقاتها مجتمعة: %1 من %2. وينقص هذا العدد واحدًا كل %n ساعة.</numerusform>
            <numerusform>رموز PIN الخاطئة التي حسبتها وحدة TPM على كل بطاقاتها مجتمعة: %1 من %2. وينقص هذا العدد واحدًا كل ساعة.</numerusform>
            <numerusform>رموز PIN الخاطئة التي حسبتها وحدة TPM على كل بطاقاتها مجتمعة: %1 من %2. وينقص هذا العدد واحدًا كل ساعتين.</numerusform>
            <numerusform>رموز PIN الخاطئة التي حسبتها وحدة TPM على كل بطاقاتها مجتمعة: %1 من %2. وينقص هذا العدد واحدًا كل %n ساعات.</numerusform>
            <numerusform>رموز PIN الخاطئة التي حسبتها وحدة TPM على كل بطاقاتها مجتمعة: %1 من %2. وينقص هذا العدد واحدًا كل %n ساعة.</numerusform>
            <numerusform>رموز PIN الخاطئة التي حسبتها وحدة TPM على كل بطاقاتها مجتمعة: %1 من %2. وينقص هذا العدد واحدًا كل %n ساعة.</numerusform>
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
        <translation>الاستخدام: vscwizard [GLOBAL OPTIONS] [COMMAND [OPTIONS]]
بدون أمر، يتم فتح معالج التسجيل.

الأوامر:
  create --name NAME [--pin prompt|default] [--puk prompt|default|none]
         [--adminkey default|random|prompt] [--generate]
         [--pinpolicy minlen N maxlen N CLASS RULE ...]
      إنشاء بطاقة ذكية ظاهرية وطباعة معرّف المثيل الخاص بها.
      CLASS هو uppercase أو lowercase أو digits أو special أو other؛ وRULE هو allow
      أو require أو disallow. القيم الافتراضية: --pin prompt و--puk none و--adminkey default؛
      ورمزا PIN وPUK الافتراضيان هما رمزا tpmvscmgr. ينشئ --adminkey random
      بطاقة لا يمكن إعادة تعيينها أبدًا، بل إزالتها فقط. في tpm2 (Linux) يحل رمز PUK
      محل مفتاح المسؤول: البطاقة التي لها رمز PUK ليس لها مفتاح مسؤول.
  destroy --instance ID
      إزالة بطاقة ذكية ظاهرية.
  list [--json]
      عرض البطاقات الذكية الظاهرية.
  status [--json]
      عرض حالة رمز PIN لكل بطاقة (المحاولات المتبقية، الحظر) وطريقة إعادة تعيينه،
      وحالة قفل TPM، دون استهلاك أي محاولة.
  change-pin --instance ID
      تغيير رمز PIN لبطاقة؛ يقرأ رمز PIN الحالي، ثم رمز PIN الجديد.
  reset-pin --instance ID [--with puk|adminkey]
      تعيين رمز PIN جديد، حتى على بطاقة محظورة؛ يقرأ رمز PUK (أو مفتاح المسؤول في صورة
      48 رقمًا ست عشريًا)، ثم رمز PIN الجديد. الافتراضي: --with puk إذا كان للبطاقة
      رمز PUK، وإلا --with adminkey.
  change-puk --instance ID
      تغيير رمز PUK لبطاقة؛ يقرأ رمز PUK الحالي، ثم رمز PUK الجديد.
  explain CODE|NAME
      عرض معنى TPMVSCMGR_ERROR أو TPMVSCMGR_STATUS.
  software-tpm start|stop|status
      التحكم في وحدة TPM البرمجية الخاصة بالمستخدم، التي تحفظ البطاقات عندما لا تتوفر
      وحدة TPM مادية قابلة للاستخدام (Linux). مفاتيحها غير محمية بالأجهزة.
  --help, --version

لا تؤخذ البيانات السرية من سطر الأوامر أبدًا. تقرأها القيمة &quot;prompt&quot; من
الوحدة الطرفية دون إظهارها، وتطلبها مرتين؛ وعندما لا يكون الإدخال القياسي وحدة طرفية، يُقرأ
سطر واحد لكل سر مطلوب، بالترتيب: PIN، PUK، مفتاح المسؤول (48 رقمًا ست عشريًا)
للأمر create، وبالترتيب الوارد أعلاه للأوامر الأخرى. يجب أن يستوفي كل رمز PIN جديد
نهج المؤسسة (--policy).

خيارات كل الأوامر:
  --verbose            طباعة التقدم حتى عندما لا يكون الخطأ القياسي وحدة طرفية

يلغي Ctrl+C العملية الجارية؛ ولا يتبقى أي شيء منجز جزئيًا.

حالة الخروج: 0 نجاح، 1 فشل آخر، 2 استخدام خاطئ، 3 تم الإلغاء،
10 + N للخطأ TPMVSCMGR_ERROR N (راجع &quot;vscwizard explain N&quot;)،
40 + N لخطأ بطاقة في change-pin وreset-pin وchange-puk وstatus: 41 رمز
PIN خاطئ، 42 رمز PUK خاطئ، 43 مفتاح مسؤول خاطئ، 44 رمز PIN محظور، 45 رمز PUK محظور، 46 رمز PIN
جديد مرفوض، 47 رمز PUK جديد مرفوض، 48 تتعذر إعادة التعيين، 49 البطاقة غير موجودة، 50 قفل TPM،
51 غير ممكن هنا، 52 فشل آخر في البطاقة.
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
        <translation>المحاكي (للاختبارات والعروض التوضيحية فقط؛ لا يتم إنشاء أي بطاقة فعليًا):
  --sim-fail ERROR[@STATUS] يفشل مرة واحدة لكل عملية بالخطأ ERROR عند الحالة STATUS (أسماء بدون
  البادئة TPMVSCMGR_، مثل GENERATE_FILESYSTEM@GENERATE_RUNNING؛ وبدون @STATUS عند
  الخطوة الأولى). الفشل يحدث مرة واحدة فقط: تنجح إعادة المحاولة في العملية نفسها.
  --sim-fail CARD:ERROR[@OPERATION] يُفشل عملية بطاقة مرة واحدة بخطأ بطاقة
  (WRONG_PIN, WRONG_PUK, WRONG_ADMIN_KEY, PIN_BLOCKED, PUK_BLOCKED, NEW_PIN_REFUSED,
  NEW_PUK_REFUSED, CANNOT_RESET, CARD_NOT_FOUND, TPM_LOCKOUT, UNSUPPORTED, FAILED) عند
  change-pin أو reset-pin أو change-puk أو status (بدون @: أول تغيير أو إعادة تعيين)؛
  ولا يتغير أي شيء على البطاقة.
  --sim-delay MS ينتظر قبل كل حالة؛ ويسري الإلغاء عند الحالة التالية.
</translation>
    </message>
    <message>
        <source>software-tpm takes one of start, stop or status.</source>
        <extracomment>software-tpm, start, stop and status are typed as they are: do not translate them.</extracomment>
        <translation>يقبل software-tpm أحد الإجراءات start أو stop أو status.</translation>
    </message>
    <message>
        <source>This program has no software TPM.</source>
        <translation>لا يتضمن هذا البرنامج وحدة TPM برمجية.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>لم يتم تحديد أمر.</translation>
    </message>
    <message>
        <source>Unknown command. The commands are create, destroy, list, status, change-pin, reset-pin, change-puk, explain and software-tpm.</source>
        <translation>أمر غير معروف. الأوامر المتاحة: create، destroy، list، status، change-pin، reset-pin، change-puk، explain، software-tpm.</translation>
    </message>
</context>
<context>
    <name>ClientRegistration</name>
    <message>
        <source>The file %1 is not the program&apos;s own; it is left as it is.</source>
        <translation>الملف %1 لا يخص البرنامج؛ وقد تُرك كما هو.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>list takes only --json.</source>
        <translation>لا يقبل list سوى --json.</translation>
    </message>
    <message>
        <source>destroy: --instance needs the instance id shown by &quot;vscwizard list&quot;.</source>
        <translation>destroy: يتطلب --instance معرّف المثيل الذي يعرضه &quot;vscwizard list&quot;.</translation>
    </message>
    <message>
        <source>destroy takes only --instance ID.</source>
        <translation>لا يقبل destroy سوى --instance ID.</translation>
    </message>
    <message>
        <source>destroy takes exactly one --instance ID.</source>
        <translation>يقبل destroy خيار --instance ID واحدًا بالضبط.</translation>
    </message>
    <message>
        <source>destroy needs --instance ID (see &quot;vscwizard list&quot;).</source>
        <translation>يتطلب destroy الخيار --instance ID (راجع &quot;vscwizard list&quot;).</translation>
    </message>
    <message>
        <source>Removed the virtual smart card %1.</source>
        <translation>تمت إزالة البطاقة الذكية الظاهرية %1.</translation>
    </message>
    <message>
        <source>Restart the computer to finish removing the card.</source>
        <translation>أعد تشغيل الكمبيوتر لإكمال إزالة البطاقة.</translation>
    </message>
    <message>
        <source>explain takes one error or status, as a name or a number.</source>
        <translation>يقبل explain خطأً واحدًا أو حالة واحدة، كاسم أو كرقم.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a TPMVSCMGR_ERROR nor a TPMVSCMGR_STATUS name or number.</source>
        <translation>&quot;%1&quot; ليس اسمًا أو رقمًا لـ TPMVSCMGR_ERROR ولا لـ TPMVSCMGR_STATUS.</translation>
    </message>
    <message>
        <source>Error %1: TPMVSCMGR_ERROR_%2</source>
        <translation>الخطأ %1: TPMVSCMGR_ERROR_%2</translation>
    </message>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message>
        <source>  vscwizard exits with status %1 on this error.</source>
        <translation>  يخرج vscwizard بالحالة %1 عند هذا الخطأ.</translation>
    </message>
    <message>
        <source>Status %1: TPMVSCMGR_STATUS_%2</source>
        <translation>الحالة %1: TPMVSCMGR_STATUS_%2</translation>
    </message>
    <message numerus="yes">
        <source>destroy: &quot;%1&quot; is not an instance id: none is longer than %n character(s) (see &quot;vscwizard list&quot;).</source>
        <translation>
            <numerusform>destroy: &quot;%1&quot; ليس معرّف مثيل: لا يتجاوز طول أي معرّف %n حرف (راجع &quot;vscwizard list&quot;).</numerusform>
            <numerusform>destroy: &quot;%1&quot; ليس معرّف مثيل: لا يتجاوز طول أي معرّف حرفًا واحدًا (راجع &quot;vscwizard list&quot;).</numerusform>
            <numerusform>destroy: &quot;%1&quot; ليس معرّف مثيل: لا يتجاوز طول أي معرّف حرفين (راجع &quot;vscwizard list&quot;).</numerusform>
            <numerusform>destroy: &quot;%1&quot; ليس معرّف مثيل: لا يتجاوز طول أي معرّف %n أحرف (راجع &quot;vscwizard list&quot;).</numerusform>
            <numerusform>destroy: &quot;%1&quot; ليس معرّف مثيل: لا يتجاوز طول أي معرّف %n حرفًا (راجع &quot;vscwizard list&quot;).</numerusform>
            <numerusform>destroy: &quot;%1&quot; ليس معرّف مثيل: لا يتجاوز طول أي معرّف %n حرف (راجع &quot;vscwizard list&quot;).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateCommand</name>
    <message>
        <source>%1 takes one of: %2. Secrets are read from the terminal or from standard input, never from the command line.</source>
        <extracomment>%1 is an option such as --pin, %2 its keywords (prompt, stdin), typed as they are.</extracomment>
        <translation>يقبل %1 إحدى القيم التالية: %2. تُقرأ البيانات السرية من الوحدة الطرفية أو من الإدخال القياسي، وليس من سطر الأوامر أبدًا.</translation>
    </message>
    <message>
        <source>--pinpolicy needs rules, e.g. --pinpolicy minlen 6 digits require.</source>
        <translation>يتطلب --pinpolicy قواعد، مثل --pinpolicy minlen 6 digits require.</translation>
    </message>
    <message>
        <source>--pinpolicy: &quot;%1&quot; needs a value.</source>
        <translation>--pinpolicy: يتطلب &quot;%1&quot; قيمة.</translation>
    </message>
    <message>
        <source>--pinpolicy: &quot;%1&quot; is not a rule; use minlen, maxlen, uppercase, lowercase, digits, special or other.</source>
        <translation>--pinpolicy: &quot;%1&quot; ليس قاعدة؛ استخدم minlen أو maxlen أو uppercase أو lowercase أو digits أو special أو other.</translation>
    </message>
    <message>
        <source>--pinpolicy: %1 is given twice; give each rule once.</source>
        <translation>--pinpolicy: تم تحديد %1 مرتين؛ حدد كل قاعدة مرة واحدة.</translation>
    </message>
    <message>
        <source>--pinpolicy: %1 takes a number, not &quot;%2&quot;.</source>
        <translation>--pinpolicy: يقبل %1 رقمًا، وليس &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--pinpolicy: %1 takes allow, require or disallow, not &quot;%2&quot;.</source>
        <translation>--pinpolicy: يقبل %1 القيمة allow أو require أو disallow، وليس &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--pinpolicy: %1</source>
        <translation>--pinpolicy: %1</translation>
    </message>
    <message>
        <source>create: unexpected argument number %1; only options are taken.</source>
        <translation>create: وسيطة غير متوقعة رقم %1؛ لا تُقبل إلا الخيارات.</translation>
    </message>
    <message>
        <source>create: %1 is given twice.</source>
        <translation>create: تم تحديد %1 مرتين.</translation>
    </message>
    <message>
        <source>create: --generate takes no value.</source>
        <translation>create: لا يقبل --generate أي قيمة.</translation>
    </message>
    <message>
        <source>create: unknown option %1.</source>
        <translation>create: خيار غير معروف %1.</translation>
    </message>
    <message>
        <source>create: %1 needs a value.</source>
        <translation>create: يتطلب %1 قيمة.</translation>
    </message>
    <message>
        <source>create needs --name NAME.</source>
        <translation>يتطلب create الخيار --name NAME.</translation>
    </message>
    <message>
        <source>The organization policy %1 sets the PIN rules; --pinpolicy cannot change them.</source>
        <translation>يحدد نهج المؤسسة %1 قواعد رمز PIN؛ ولا يمكن لـ --pinpolicy تغييرها.</translation>
    </message>
    <message>
        <source>The organization policy %1 requires a PUK: add --puk prompt or --puk default.</source>
        <translation>يتطلب نهج المؤسسة %1 رمز PUK: أضف --puk prompt أو --puk default.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow a publicly known recovery secret, and on the %2 backend the PUK is the card&apos;s only one: use --puk prompt.</source>
        <translation>لا يسمح نهج المؤسسة %1 بسر استرداد معروف للعامة، وفي الواجهة الخلفية %2 يكون رمز PUK هو سر الاسترداد الوحيد للبطاقة: استخدم --puk prompt.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow the default admin key: add --adminkey prompt or --adminkey random.</source>
        <translation>لا يسمح نهج المؤسسة %1 بمفتاح المسؤول الافتراضي: أضف --adminkey prompt أو --adminkey random.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow the default admin key: add --adminkey prompt.</source>
        <translation>لا يسمح نهج المؤسسة %1 بمفتاح المسؤول الافتراضي: أضف --adminkey prompt.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow a random admin key: add --adminkey prompt or --adminkey default.</source>
        <translation>لا يسمح نهج المؤسسة %1 بمفتاح مسؤول عشوائي: أضف --adminkey prompt أو --adminkey default.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow a random admin key: add --adminkey prompt.</source>
        <translation>لا يسمح نهج المؤسسة %1 بمفتاح مسؤول عشوائي: أضف --adminkey prompt.</translation>
    </message>
    <message>
        <source>Or give the card a PUK with --puk prompt: on the %1 backend it takes the admin key&apos;s place.</source>
        <translation>أو امنح البطاقة رمز PUK باستخدام --puk prompt: ففي الواجهة الخلفية %1 يحل محل مفتاح المسؤول.</translation>
    </message>
    <message>
        <source>--adminkey prompt would ask for a key that is never used: on the %1 backend the PUK takes the admin key&apos;s place. Leave out --adminkey, or use --puk none to protect the card with an admin key instead.</source>
        <translation>سيطلب --adminkey prompt مفتاحًا لا يُستخدم أبدًا: في الواجهة الخلفية %1 يحل رمز PUK محل مفتاح المسؤول. احذف --adminkey، أو استخدم --puk none لحماية البطاقة بمفتاح مسؤول بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>Note: on the %1 backend the PUK takes the admin key&apos;s place; --adminkey is ignored.</source>
        <translation>ملاحظة: في الواجهة الخلفية %1 يحل رمز PUK محل مفتاح المسؤول؛ سيتم تجاهل --adminkey.</translation>
    </message>
    <message>
        <source>The two entries differed three times; nothing was created.</source>
        <translation>اختلف الإدخالان ثلاث مرات؛ لم يتم إنشاء أي شيء.</translation>
    </message>
    <message>
        <source>The PIN must meet these rules:</source>
        <translation>يجب أن يستوفي رمز PIN هذه القواعد:</translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation>رمز PIN: </translation>
    </message>
    <message>
        <source>Repeat the PIN: </source>
        <translation>أعد إدخال رمز PIN: </translation>
    </message>
    <message>
        <source>Standard input ended before the PIN was read.</source>
        <translation>انتهى الإدخال القياسي قبل قراءة رمز PIN.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
    <message>
        <source>The PIN breaks these rules:</source>
        <translation>يخالف رمز PIN هذه القواعد:</translation>
    </message>
    <message>
        <source>PUK: </source>
        <translation>رمز PUK: </translation>
    </message>
    <message>
        <source>Repeat the PUK: </source>
        <translation>أعد إدخال رمز PUK: </translation>
    </message>
    <message>
        <source>Standard input ended before the PUK was read.</source>
        <translation>انتهى الإدخال القياسي قبل قراءة رمز PUK.</translation>
    </message>
    <message>
        <source>The admin key beside the PUK is random and kept nowhere: only the PUK can reset this card.</source>
        <translation>مفتاح المسؤول المرافق لرمز PUK عشوائي ولا يُحفظ في أي مكان: لا يمكن إعادة تعيين هذه البطاقة إلا برمز PUK.</translation>
    </message>
    <message>
        <source>The admin key is random and kept nowhere: this card can never be reset, only removed.</source>
        <translation>مفتاح المسؤول عشوائي ولا يُحفظ في أي مكان: لا يمكن إعادة تعيين هذه البطاقة أبدًا، بل إزالتها فقط.</translation>
    </message>
    <message>
        <source>Admin key (48 hex digits): </source>
        <translation>مفتاح المسؤول (48 رقمًا ست عشريًا): </translation>
    </message>
    <message>
        <source>Repeat the admin key: </source>
        <translation>أعد إدخال مفتاح المسؤول: </translation>
    </message>
    <message>
        <source>Standard input ended before the admin key was read.</source>
        <translation>انتهى الإدخال القياسي قبل قراءة مفتاح المسؤول.</translation>
    </message>
    <message>
        <source>Admin key: %1</source>
        <translation>مفتاح المسؤول: %1</translation>
    </message>
    <message>
        <source>Admin key check value (KCV): %1</source>
        <translation>قيمة التحقق من مفتاح المسؤول (KCV): %1</translation>
    </message>
    <message>
        <source>Created the virtual smart card &quot;%1&quot; (%2).</source>
        <translation>تم إنشاء البطاقة الذكية الظاهرية &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <source>The card has the default PIN; change it before you rely on the card.</source>
        <translation>تحتوي البطاقة على رمز PIN الافتراضي؛ غيّره قبل الاعتماد على البطاقة.</translation>
    </message>
    <message>
        <source>Restart the computer before applications can use the card.</source>
        <translation>أعد تشغيل الكمبيوتر حتى تتمكن التطبيقات من استخدام البطاقة.</translation>
    </message>
</context>
<context>
    <name>EnrollmentWizard</name>
    <message>
        <source>Create a Virtual Smart Card</source>
        <translation>إنشاء بطاقة ذكية ظاهرية</translation>
    </message>
    <message>
        <source>Virtual smart card wizard</source>
        <translation>معالج البطاقة الذكية الظاهرية</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>Could not act on your behalf</source>
        <translation>تعذر التصرف نيابة عنك</translation>
    </message>
    <message>
        <source>The smart card service could not act with the rights of your user account, so it could not work on the card.</source>
        <translation>تعذر على خدمة البطاقات الذكية العمل بصلاحيات حساب المستخدم الخاص بك، لذا تعذر عليها العمل على البطاقة.</translation>
    </message>
    <message>
        <source>Sign out and sign in again, then retry. If it keeps failing, ask your administrator whether your account may manage smart cards on this computer.</source>
        <translation>سجّل الخروج ثم سجّل الدخول مرة أخرى، ثم أعد المحاولة. إذا استمر الفشل، فاسأل المسؤول عما إذا كان يُسمح لحسابك بإدارة البطاقات الذكية على هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>PIN or PUK does not meet the rules</source>
        <translation>رمز PIN أو PUK لا يستوفي القواعد</translation>
    </message>
    <message>
        <source>The PIN or the PUK does not meet your organization&apos;s rules for their length or the kinds of characters they contain.</source>
        <translation>لا يستوفي رمز PIN أو رمز PUK قواعد مؤسستك الخاصة بطولهما أو بأنواع الأحرف التي يحتويانها.</translation>
    </message>
    <message>
        <source>Choose a PIN and a PUK that meet every rule: those of the organization policy (--policy) and of --pinpolicy.</source>
        <translation>اختر رمز PIN ورمز PUK يستوفيان كل القواعد: قواعد نهج المؤسسة (--policy) وقواعد --pinpolicy.</translation>
    </message>
    <message>
        <source>Go back and choose a PIN and a PUK that meet every rule listed on the PIN page.</source>
        <translation>ارجع واختر رمز PIN ورمز PUK يستوفيان كل القواعد المدرجة في صفحة رمز PIN.</translation>
    </message>
    <message>
        <source>Too many smart cards</source>
        <translation>عدد كبير جدًا من البطاقات الذكية</translation>
    </message>
    <message>
        <source>This computer already has as many smart cards as it can use at once (10, counting physical and virtual cards).</source>
        <translation>يحتوي هذا الكمبيوتر بالفعل على الحد الأقصى من البطاقات الذكية التي يمكنه استخدامها في وقت واحد (10، بما في ذلك البطاقات الفعلية والظاهرية).</translation>
    </message>
    <message>
        <source>Remove a virtual smart card you no longer need or unplug a smart card reader, then try again.</source>
        <translation>أزل بطاقة ذكية ظاهرية لم تعد بحاجة إليها أو افصل قارئ بطاقات ذكية، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Not possible in a remote session</source>
        <translation>غير ممكن في جلسة بعيدة</translation>
    </message>
    <message>
        <source>Virtual smart cards cannot be created or removed from a remote desktop session.</source>
        <translation>لا يمكن إنشاء البطاقات الذكية الظاهرية أو إزالتها من جلسة سطح مكتب بعيد.</translation>
    </message>
    <message>
        <source>Sign in at the computer itself, not through a remote desktop connection, and try again.</source>
        <translation>سجّل الدخول على الكمبيوتر نفسه، وليس من خلال اتصال سطح مكتب بعيد، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The TPM is not ready for smart cards</source>
        <translation>وحدة TPM غير جاهزة للبطاقات الذكية</translation>
    </message>
    <message>
        <source>The part of the system that keeps smart cards in the TPM (Trusted Platform Module) could not be started.</source>
        <translation>تعذر بدء جزء النظام الذي يحفظ البطاقات الذكية في وحدة TPM (الوحدة النمطية للنظام الأساسي الموثوق به).</translation>
    </message>
    <message>
        <source>Check that the TPM is turned on and ready (in the firmware settings or with your administrator), restart the computer and try again.</source>
        <translation>تأكد من أن وحدة TPM قيد التشغيل وجاهزة (في إعدادات البرنامج الثابت أو بمساعدة المسؤول)، ثم أعد تشغيل الكمبيوتر وأعد المحاولة.</translation>
    </message>
    <message>
        <source>The card&apos;s storage could not be created</source>
        <translation>تعذر إنشاء مساحة تخزين البطاقة</translation>
    </message>
    <message>
        <source>The TPM could not create the protected storage that holds the virtual smart card&apos;s keys.</source>
        <translation>تعذر على وحدة TPM إنشاء مساحة التخزين المحمية التي تحفظ مفاتيح البطاقة الذكية الظاهرية.</translation>
    </message>
    <message>
        <source>Make sure the TPM is not locked after too many wrong attempts and has room for another card, then try again.</source>
        <translation>تأكد من أن وحدة TPM غير مقفلة بعد محاولات خاطئة كثيرة جدًا وأن بها مساحة لبطاقة أخرى، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The card&apos;s storage could not be removed</source>
        <translation>تعذرت إزالة مساحة تخزين البطاقة</translation>
    </message>
    <message>
        <source>The TPM could not delete the protected storage of the virtual smart card.</source>
        <translation>تعذر على وحدة TPM حذف مساحة التخزين المحمية للبطاقة الذكية الظاهرية.</translation>
    </message>
    <message>
        <source>Restart the computer and try removing the card again.</source>
        <translation>أعد تشغيل الكمبيوتر وحاول إزالة البطاقة مرة أخرى.</translation>
    </message>
    <message>
        <source>Card emulation could not start</source>
        <translation>تعذر بدء محاكاة البطاقة</translation>
    </message>
    <message>
        <source>The software that makes the TPM behave like a smart card could not be started.</source>
        <translation>تعذر بدء البرنامج الذي يجعل وحدة TPM تعمل مثل بطاقة ذكية.</translation>
    </message>
    <message>
        <source>Restart the computer and try again. If it keeps failing, reinstall or update the smart card software.</source>
        <translation>أعد تشغيل الكمبيوتر وأعد المحاولة. إذا استمر الفشل، فأعد تثبيت برنامج البطاقات الذكية أو حدّثه.</translation>
    </message>
    <message>
        <source>Card emulation could not be set up</source>
        <translation>تعذر إعداد محاكاة البطاقة</translation>
    </message>
    <message>
        <source>The software that makes the TPM behave like a smart card could not set up this card.</source>
        <translation>تعذر على البرنامج الذي يجعل وحدة TPM تعمل مثل بطاقة ذكية إعداد هذه البطاقة.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, restart the computer first.</source>
        <translation>أعد المحاولة. إذا استمر الفشل، فأعد تشغيل الكمبيوتر أولاً.</translation>
    </message>
    <message>
        <source>Card emulation could not be removed</source>
        <translation>تعذرت إزالة محاكاة البطاقة</translation>
    </message>
    <message>
        <source>The software that makes the TPM behave like a smart card could not remove this card.</source>
        <translation>تعذر على البرنامج الذي يجعل وحدة TPM تعمل مثل بطاقة ذكية إزالة هذه البطاقة.</translation>
    </message>
    <message>
        <source>Restart the computer, then try removing the card again.</source>
        <translation>أعد تشغيل الكمبيوتر، ثم حاول إزالة البطاقة مرة أخرى.</translation>
    </message>
    <message>
        <source>Card settings could not be saved</source>
        <translation>تعذر حفظ إعدادات البطاقة</translation>
    </message>
    <message>
        <source>A setting of the card, such as its name or its PIN rules, could not be stored.</source>
        <translation>تعذر تخزين أحد إعدادات البطاقة، مثل اسمها أو قواعد رمز PIN الخاصة بها.</translation>
    </message>
    <message>
        <source>Check that the disk is not full and that the card&apos;s storage is writable, then try again.</source>
        <translation>تأكد من أن القرص غير ممتلئ وأن مساحة تخزين البطاقة قابلة للكتابة، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Card settings could not be read</source>
        <translation>تعذرت قراءة إعدادات البطاقة</translation>
    </message>
    <message>
        <source>A setting of the card could not be read back, so the card could not be found or checked.</source>
        <translation>تعذرت إعادة قراءة أحد إعدادات البطاقة، لذا تعذر العثور على البطاقة أو التحقق منها.</translation>
    </message>
    <message>
        <source>Check that the card still exists (another program may have removed it), then try again.</source>
        <translation>تأكد من أن البطاقة لا تزال موجودة (ربما أزالها برنامج آخر)، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The virtual reader could not start</source>
        <translation>تعذر بدء القارئ الظاهري</translation>
    </message>
    <message>
        <source>The virtual smart card reader, through which programs reach the card, could not be started.</source>
        <translation>تعذر بدء قارئ البطاقات الذكية الظاهري، الذي تصل البرامج من خلاله إلى البطاقة.</translation>
    </message>
    <message>
        <source>Check that the smart card service is running, or restart the computer, and try again.</source>
        <translation>تأكد من تشغيل خدمة البطاقات الذكية، أو أعد تشغيل الكمبيوتر، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The virtual reader could not be created</source>
        <translation>تعذر إنشاء القارئ الظاهري</translation>
    </message>
    <message>
        <source>The virtual smart card reader for the new card could not be added.</source>
        <translation>تعذرت إضافة قارئ البطاقات الذكية الظاهري للبطاقة الجديدة.</translation>
    </message>
    <message>
        <source>Restart the computer and try again. Remove cards you no longer use if there are many.</source>
        <translation>أعد تشغيل الكمبيوتر وأعد المحاولة. أزل البطاقات التي لم تعد تستخدمها إذا كانت كثيرة.</translation>
    </message>
    <message>
        <source>The virtual reader could not be removed</source>
        <translation>تعذرت إزالة القارئ الظاهري</translation>
    </message>
    <message>
        <source>The virtual smart card reader of this card could not be removed.</source>
        <translation>تعذرت إزالة قارئ البطاقات الذكية الظاهري لهذه البطاقة.</translation>
    </message>
    <message>
        <source>Restart the computer, which usually removes the reader, and try again if the card is still listed.</source>
        <translation>أعد تشغيل الكمبيوتر، وهو ما يزيل القارئ عادةً، ثم أعد المحاولة إذا كانت البطاقة لا تزال مدرجة.</translation>
    </message>
    <message>
        <source>Could not connect to the new card</source>
        <translation>تعذر الاتصال بالبطاقة الجديدة</translation>
    </message>
    <message>
        <source>The new card could not be reached to set up its contents.</source>
        <translation>تعذر الوصول إلى البطاقة الجديدة لإعداد محتوياتها.</translation>
    </message>
    <message>
        <source>Wait a moment and try again. If it keeps failing, restart the computer.</source>
        <translation>انتظر لحظة وأعد المحاولة. إذا استمر الفشل، فأعد تشغيل الكمبيوتر.</translation>
    </message>
    <message>
        <source>The card&apos;s contents could not be prepared</source>
        <translation>تعذر تجهيز محتويات البطاقة</translation>
    </message>
    <message>
        <source>The file system or the keys of the new card could not be generated.</source>
        <translation>تعذر إنشاء نظام الملفات أو المفاتيح للبطاقة الجديدة.</translation>
    </message>
    <message>
        <source>Try again, or create the card without generating its contents and generate them later.</source>
        <translation>أعد المحاولة، أو أنشئ البطاقة دون إنشاء محتوياتها وأنشئها لاحقًا.</translation>
    </message>
    <message>
        <source>Unable to create the smart card</source>
        <translation>تعذر إنشاء البطاقة الذكية</translation>
    </message>
    <message>
        <source>The virtual smart card could not be created.</source>
        <translation>تعذر إنشاء البطاقة الذكية الظاهرية.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, give the details below to your administrator.</source>
        <translation>أعد المحاولة. إذا استمر الفشل، فأعطِ التفاصيل أدناه للمسؤول.</translation>
    </message>
    <message>
        <source>Unable to remove the smart card</source>
        <translation>تعذرت إزالة البطاقة الذكية</translation>
    </message>
    <message>
        <source>The virtual smart card could not be removed.</source>
        <translation>تعذرت إزالة البطاقة الذكية الظاهرية.</translation>
    </message>
    <message>
        <source>Close the programs that use the card and try again. If the card is still listed, restart the computer.</source>
        <translation>أغلق البرامج التي تستخدم البطاقة وأعد المحاولة. إذا كانت البطاقة لا تزال مدرجة، فأعد تشغيل الكمبيوتر.</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>خطأ غير معروف</translation>
    </message>
    <message>
        <source>Unknown error (code %1)</source>
        <translation>خطأ غير معروف (الرمز %1)</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>رمز PIN خاطئ</translation>
    </message>
    <message>
        <source>Type the PIN again, carefully. If you have forgotten it, reset it with the PUK or the admin key instead of guessing: every wrong PIN counts.</source>
        <translation>اكتب رمز PIN مرة أخرى بعناية. إذا نسيته، فأعد تعيينه باستخدام رمز PUK أو مفتاح المسؤول بدلاً من التخمين: فكل رمز PIN خاطئ يُحتسب.</translation>
    </message>
    <message>
        <source>Wrong PUK</source>
        <translation>رمز PUK خاطئ</translation>
    </message>
    <message>
        <source>Type the PUK again, carefully: it is the one set when the card was made, not the PIN.</source>
        <translation>اكتب رمز PUK مرة أخرى بعناية: إنه الرمز الذي تم تعيينه عند إنشاء البطاقة، وليس رمز PIN.</translation>
    </message>
    <message>
        <source>Wrong admin key</source>
        <translation>مفتاح المسؤول خاطئ</translation>
    </message>
    <message>
        <source>Check the 48 hexadecimal digits and the check value (KCV) you were given for this card.</source>
        <translation>تحقق من الأرقام الست عشرية الـ 48 ومن قيمة التحقق (KCV) التي حصلت عليها لهذه البطاقة.</translation>
    </message>
    <message>
        <source>PIN blocked</source>
        <translation>رمز PIN محظور</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is blocked after too many wrong tries.</source>
        <translation>رمز PIN الخاص بالبطاقة محظور بعد محاولات خاطئة كثيرة جدًا.</translation>
    </message>
    <message>
        <source>Reset it with vscwizard reset-pin, using the PUK or the admin key.</source>
        <translation>أعد تعيينه باستخدام vscwizard reset-pin، مستخدمًا رمز PUK أو مفتاح المسؤول.</translation>
    </message>
    <message>
        <source>Reset the PIN with the PUK or the admin key.</source>
        <translation>أعد تعيين رمز PIN باستخدام رمز PUK أو مفتاح المسؤول.</translation>
    </message>
    <message>
        <source>PUK blocked</source>
        <translation>رمز PUK محظور</translation>
    </message>
    <message>
        <source>The card&apos;s PUK is blocked after too many wrong tries.</source>
        <translation>رمز PUK الخاص بالبطاقة محظور بعد محاولات خاطئة كثيرة جدًا.</translation>
    </message>
    <message>
        <source>The PIN can no longer be reset with the PUK. Remove the card and create a new one.</source>
        <translation>لم يعد من الممكن إعادة تعيين رمز PIN باستخدام رمز PUK. أزل البطاقة وأنشئ بطاقة جديدة.</translation>
    </message>
    <message>
        <source>New PIN not allowed</source>
        <translation>رمز PIN الجديد غير مسموح به</translation>
    </message>
    <message>
        <source>The new PIN does not meet the card&apos;s rules.</source>
        <translation>لا يستوفي رمز PIN الجديد قواعد البطاقة.</translation>
    </message>
    <message>
        <source>Choose a PIN that meets every rule listed above.</source>
        <translation>اختر رمز PIN يستوفي كل القواعد المدرجة أعلاه.</translation>
    </message>
    <message>
        <source>Choose a PIN that meets every rule shown.</source>
        <translation>اختر رمز PIN يستوفي كل القواعد المعروضة.</translation>
    </message>
    <message>
        <source>New PUK not allowed</source>
        <translation>رمز PUK الجديد غير مسموح به</translation>
    </message>
    <message>
        <source>The new PUK does not meet the card&apos;s rules.</source>
        <translation>لا يستوفي رمز PUK الجديد قواعد البطاقة.</translation>
    </message>
    <message>
        <source>Choose a PUK of 8 to 127 characters that is not the PIN.</source>
        <translation>اختر رمز PUK من 8 إلى 127 حرفًا يختلف عن رمز PIN.</translation>
    </message>
    <message>
        <source>This card cannot be reset</source>
        <translation>لا يمكن إعادة تعيين هذه البطاقة</translation>
    </message>
    <message>
        <source>The card has no PUK and a random admin key that nobody knows, so nothing can reset its PIN.</source>
        <translation>لا تحتوي البطاقة على رمز PUK، ومفتاح المسؤول الخاص بها عشوائي لا يعرفه أحد، لذا لا يمكن لأي شيء إعادة تعيين رمز PIN الخاص بها.</translation>
    </message>
    <message>
        <source>Remove the card (vscwizard destroy) and create a new one.</source>
        <translation>أزل البطاقة (vscwizard destroy) وأنشئ بطاقة جديدة.</translation>
    </message>
    <message>
        <source>Remove the card and create a new one.</source>
        <translation>أزل البطاقة وأنشئ بطاقة جديدة.</translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>البطاقة غير موجودة</translation>
    </message>
    <message>
        <source>The card was not found. It may have been removed.</source>
        <translation>لم يتم العثور على البطاقة. ربما تمت إزالتها.</translation>
    </message>
    <message>
        <source>vscwizard list shows the cards and their instance ids.</source>
        <translation>يعرض vscwizard list البطاقات ومعرّفات المثيلات الخاصة بها.</translation>
    </message>
    <message>
        <source>Refresh the list of cards.</source>
        <translation>حدّث قائمة البطاقات.</translation>
    </message>
    <message>
        <source>The TPM is locked</source>
        <translation>وحدة TPM مقفلة</translation>
    </message>
    <message>
        <source>The TPM refuses every PIN for a while after too many wrong ones, on every card.</source>
        <translation>ترفض وحدة TPM كل رموز PIN لفترة من الوقت بعد إدخال رموز خاطئة كثيرة جدًا، على كل البطاقات.</translation>
    </message>
    <message>
        <source>Wait until the TPM accepts PINs again, then try once more.</source>
        <translation>انتظر حتى تقبل وحدة TPM رموز PIN مرة أخرى، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Not possible here</source>
        <translation>غير ممكن هنا</translation>
    </message>
    <message>
        <source>This card or this computer does not offer this operation.</source>
        <translation>لا توفر هذه البطاقة أو هذا الكمبيوتر هذه العملية.</translation>
    </message>
    <message>
        <source>The card could not be changed</source>
        <translation>تعذر تغيير البطاقة</translation>
    </message>
    <message>
        <source>The operation did not finish; the card is as it was.</source>
        <translation>لم تكتمل العملية؛ ولم تتغير البطاقة.</translation>
    </message>
    <message>
        <source>Try again. The details say what the card answered.</source>
        <translation>أعد المحاولة. توضح التفاصيل ما أجابت به البطاقة.</translation>
    </message>
    <message>
        <source>Initializing the virtual smart card…</source>
        <translation>جارٍ تهيئة البطاقة الذكية الظاهرية…</translation>
    </message>
    <message>
        <source>Creating the card&apos;s protected storage in the TPM…</source>
        <translation>جارٍ إنشاء مساحة التخزين المحمية للبطاقة في وحدة TPM…</translation>
    </message>
    <message>
        <source>Removing the card&apos;s protected storage from the TPM…</source>
        <translation>جارٍ إزالة مساحة التخزين المحمية للبطاقة من وحدة TPM…</translation>
    </message>
    <message>
        <source>Starting the card emulation…</source>
        <translation>جارٍ بدء محاكاة البطاقة…</translation>
    </message>
    <message>
        <source>Setting up the card emulation…</source>
        <translation>جارٍ إعداد محاكاة البطاقة…</translation>
    </message>
    <message>
        <source>Removing the card emulation…</source>
        <translation>جارٍ إزالة محاكاة البطاقة…</translation>
    </message>
    <message>
        <source>Starting the virtual reader…</source>
        <translation>جارٍ بدء القارئ الظاهري…</translation>
    </message>
    <message>
        <source>Creating the virtual reader…</source>
        <translation>جارٍ إنشاء القارئ الظاهري…</translation>
    </message>
    <message>
        <source>Removing the virtual reader…</source>
        <translation>جارٍ إزالة القارئ الظاهري…</translation>
    </message>
    <message>
        <source>Waiting for the new card to appear…</source>
        <translation>جارٍ انتظار ظهور البطاقة الجديدة…</translation>
    </message>
    <message>
        <source>Signing in to the new card…</source>
        <extracomment>A stage: logging in to the new card (token) with its PIN.</extracomment>
        <translation>جارٍ تسجيل الدخول إلى البطاقة الجديدة…</translation>
    </message>
    <message>
        <source>Generating the card&apos;s contents…</source>
        <translation>جارٍ إنشاء محتويات البطاقة…</translation>
    </message>
    <message>
        <source>The virtual smart card was created.</source>
        <translation>تم إنشاء البطاقة الذكية الظاهرية.</translation>
    </message>
    <message>
        <source>The virtual smart card was removed.</source>
        <translation>تمت إزالة البطاقة الذكية الظاهرية.</translation>
    </message>
    <message>
        <source>Unknown step (code %1)</source>
        <translation>خطوة غير معروفة (الرمز %1)</translation>
    </message>
    <message>
        <source>The operation was cancelled before it finished; nothing was changed.</source>
        <translation>تم إلغاء العملية قبل اكتمالها؛ لم يتم تغيير أي شيء.</translation>
    </message>
    <message numerus="yes">
        <source>The PIN is wrong for this card. %n try(ies) left before the PIN is blocked.</source>
        <translation>
            <numerusform>رمز PIN غير صحيح لهذه البطاقة. لا توجد محاولات متبقية قبل حظر رمز PIN.</numerusform>
            <numerusform>رمز PIN غير صحيح لهذه البطاقة. تتبقى محاولة واحدة قبل حظر رمز PIN.</numerusform>
            <numerusform>رمز PIN غير صحيح لهذه البطاقة. تتبقى محاولتان قبل حظر رمز PIN.</numerusform>
            <numerusform>رمز PIN غير صحيح لهذه البطاقة. تتبقى %n محاولات قبل حظر رمز PIN.</numerusform>
            <numerusform>رمز PIN غير صحيح لهذه البطاقة. تتبقى %n محاولة قبل حظر رمز PIN.</numerusform>
            <numerusform>رمز PIN غير صحيح لهذه البطاقة. تتبقى %n محاولة قبل حظر رمز PIN.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN is wrong for this card.</source>
        <translation>رمز PIN غير صحيح لهذه البطاقة.</translation>
    </message>
    <message numerus="yes">
        <source>The PUK is wrong for this card. %n try(ies) left before the PUK is blocked too.</source>
        <translation>
            <numerusform>رمز PUK غير صحيح لهذه البطاقة. لا توجد محاولات متبقية قبل حظر رمز PUK أيضًا.</numerusform>
            <numerusform>رمز PUK غير صحيح لهذه البطاقة. تتبقى محاولة واحدة قبل حظر رمز PUK أيضًا.</numerusform>
            <numerusform>رمز PUK غير صحيح لهذه البطاقة. تتبقى محاولتان قبل حظر رمز PUK أيضًا.</numerusform>
            <numerusform>رمز PUK غير صحيح لهذه البطاقة. تتبقى %n محاولات قبل حظر رمز PUK أيضًا.</numerusform>
            <numerusform>رمز PUK غير صحيح لهذه البطاقة. تتبقى %n محاولة قبل حظر رمز PUK أيضًا.</numerusform>
            <numerusform>رمز PUK غير صحيح لهذه البطاقة. تتبقى %n محاولة قبل حظر رمز PUK أيضًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PUK is wrong for this card.</source>
        <translation>رمز PUK غير صحيح لهذه البطاقة.</translation>
    </message>
    <message>
        <source>The admin key is wrong for this card, so the PIN was not reset.</source>
        <translation>مفتاح المسؤول غير صحيح لهذه البطاقة، لذا لم تتم إعادة تعيين رمز PIN.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>ما الخطأ الذي حدث</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>ما يجب فعله</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;التفاصيل</translation>
    </message>
    <message>
        <source>Shows or hides the technical details of the error.</source>
        <translation>يعرض التفاصيل التقنية للخطأ أو يخفيها.</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>التفاصيل التقنية</translation>
    </message>
    <message>
        <source>Error: TPMVSCMGR_ERROR_%1 (%2)</source>
        <translation>الخطأ: TPMVSCMGR_ERROR_%1 (%2)</translation>
    </message>
    <message>
        <source>Backend detail: none</source>
        <translation>تفاصيل الواجهة الخلفية: لا شيء</translation>
    </message>
    <message>
        <source>Backend detail: %1</source>
        <translation>تفاصيل الواجهة الخلفية: %1</translation>
    </message>
    <message>
        <source>Card error %1</source>
        <translation>خطأ البطاقة %1</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>Choose how the card is prepared.</source>
        <translation>اختر طريقة تجهيز البطاقة.</translation>
    </message>
    <message>
        <source>&amp;Prepare the card for use now (file system and key pair)</source>
        <translation>تجهيز البطاقة للاستخدا&amp;م الآن (نظام الملفات وزوج المفاتيح)</translation>
    </message>
    <message>
        <source>Creates the card&apos;s file system and a key pair right away, so the card can be used at once.</source>
        <translation>ينشئ نظام ملفات البطاقة وزوج مفاتيح على الفور، حتى يمكن استخدام البطاقة مباشرةً.</translation>
    </message>
    <message>
        <source>Without this, the card is created empty and an application must prepare it before first use.</source>
        <translation>بدون هذا الخيار، يتم إنشاء البطاقة فارغة ويجب على أحد التطبيقات تجهيزها قبل استخدامها لأول مرة.</translation>
    </message>
    <message>
        <source>&amp;Key algorithm:</source>
        <translation>خوا&amp;رزمية المفتاح:</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>خوارزمية المفتاح</translation>
    </message>
    <message>
        <source>The kind of key pair created on the card.</source>
        <translation>نوع زوج المفاتيح الذي يتم إنشاؤه على البطاقة.</translation>
    </message>
    <message>
        <source>A&amp;ttestation:</source>
        <translation>&amp;الإثبات:</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>الإثبات</translation>
    </message>
    <message>
        <source>Whether the card can prove to a server that its keys are protected by this computer&apos;s TPM.</source>
        <translation>ما إذا كان بإمكان البطاقة أن تثبت لخادم أن مفاتيحها محمية بوحدة TPM في هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>&amp;Prepare the card for use now (a key pair)</source>
        <translation>تجهيز البطاقة للاستخدام الآ&amp;ن (زوج مفاتيح)</translation>
    </message>
    <message>
        <source>Creates a key pair on the card right away, so the card can be used at once.</source>
        <translation>ينشئ زوج مفاتيح على البطاقة على الفور، حتى يمكن استخدام البطاقة مباشرةً.</translation>
    </message>
    <message>
        <source>Elliptic curve P-256 (recommended)</source>
        <translation>المنحنى الإهليلجي P-256 (مستحسن)</translation>
    </message>
    <message>
        <source>RSA 2048 bits</source>
        <translation>RSA بطول 2048 بت</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Attestation identity key only</source>
        <translation>مفتاح هوية الإثبات فقط</translation>
    </message>
    <message>
        <source>Attestation identity key and certificate (needs network access)</source>
        <translation>مفتاح هوية الإثبات والشهادة (يتطلب الوصول إلى الشبكة)</translation>
    </message>
</context>
<context>
    <name>OrganizationPolicy</name>
    <message>
        <source>The policy file %1 cannot be read: %2</source>
        <translation>تتعذر قراءة ملف النهج %1: %2</translation>
    </message>
    <message>
        <source>The policy file %1 does not exist.</source>
        <translation>ملف النهج %1 غير موجود.</translation>
    </message>
    <message>
        <source>The policy file %1 is not a regular file.</source>
        <translation>ملف النهج %1 ليس ملفًا عاديًا.</translation>
    </message>
    <message>
        <source>this line is not valid UTF-8; save the file as UTF-8.</source>
        <translation>هذا السطر ليس نصًا صالحًا بترميز UTF-8؛ احفظ الملف بترميز UTF-8.</translation>
    </message>
    <message>
        <source>this line contains a control character.</source>
        <translation>يحتوي هذا السطر على حرف تحكم.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a [Section], a Key=Value line nor a comment.</source>
        <translation>&quot;%1&quot; ليس [Section] ولا سطر Key=Value ولا تعليقًا.</translation>
    </message>
    <message>
        <source>the section [%1] appears a second time (first on line %2); each section may appear once.</source>
        <translation>يظهر المقطع [%1] مرة ثانية (أول مرة في السطر %2)؛ يمكن أن يظهر كل مقطع مرة واحدة.</translation>
    </message>
    <message>
        <source>the line &quot;%1&quot; has no key before the &quot;=&quot;.</source>
        <translation>لا يحتوي السطر &quot;%1&quot; على مفتاح قبل &quot;=&quot;.</translation>
    </message>
    <message>
        <source>the key %1 (value &quot;%2&quot;) comes before any section; put it under [%3] or [%4].</source>
        <translation>يأتي المفتاح %1 (القيمة &quot;%2&quot;) قبل أي مقطع؛ ضعه تحت [%3] أو [%4].</translation>
    </message>
    <message>
        <source>the key %1 (value &quot;%2&quot;) is unknown; the keys of [%3] are %4.</source>
        <translation>المفتاح %1 (القيمة &quot;%2&quot;) غير معروف؛ مفاتيح [%3] هي %4.</translation>
    </message>
    <message>
        <source>the key %1 is given a second time (first on line %2); each key may be given once.</source>
        <translation>تم تحديد المفتاح %1 مرة ثانية (أول مرة في السطر %2)؛ يمكن تحديد كل مفتاح مرة واحدة.</translation>
    </message>
    <message>
        <source>the PIN policy of this section cannot be used: %1</source>
        <translation>لا يمكن استخدام نهج رمز PIN في هذا المقطع: %1</translation>
    </message>
    <message numerus="yes">
        <source>The policy file %1 is larger than %n byte(s); a policy file has a few lines.</source>
        <translation>
            <numerusform>ملف النهج %1 أكبر من %n بايت؛ ويتكون ملف النهج من بضعة أسطر.</numerusform>
            <numerusform>ملف النهج %1 أكبر من بايت واحد؛ ويتكون ملف النهج من بضعة أسطر.</numerusform>
            <numerusform>ملف النهج %1 أكبر من بايتين؛ ويتكون ملف النهج من بضعة أسطر.</numerusform>
            <numerusform>ملف النهج %1 أكبر من %n بايتات؛ ويتكون ملف النهج من بضعة أسطر.</numerusform>
            <numerusform>ملف النهج %1 أكبر من %n بايت؛ ويتكون ملف النهج من بضعة أسطر.</numerusform>
            <numerusform>ملف النهج %1 أكبر من %n بايت؛ ويتكون ملف النهج من بضعة أسطر.</numerusform>
        </translation>
    </message>
    <message>
        <source>the section [%1] is unknown; the sections are [%2] and [%3].</source>
        <extracomment>After &quot;file:line: &quot;. [%2] and [%3] are the section names of the file, kept in English.</extracomment>
        <translation>المقطع [%1] غير معروف؛ المقطعان هما [%2] و[%3].</translation>
    </message>
    <message>
        <source>the section [%1] is unknown, and with it the key %2 (value &quot;%3&quot;) on line %4; the sections are [%5] and [%6].</source>
        <extracomment>After &quot;file:line: &quot;. [%5] and [%6] are the section names of the file, kept in English.</extracomment>
        <translation>المقطع [%1] غير معروف، ومعه المفتاح %2 (القيمة &quot;%3&quot;) في السطر %4؛ المقطعان هما [%5] و[%6].</translation>
    </message>
    <message>
        <source>the key %1 has no value; it must be a whole number from %2 to %3.</source>
        <extracomment>After &quot;file:line: &quot;. %1: a key of the policy file.</extracomment>
        <translation>المفتاح %1 بلا قيمة؛ ويجب أن تكون قيمته عددًا صحيحًا من %2 إلى %3.</translation>
    </message>
    <message>
        <source>the key %1 has the value &quot;%2&quot;; it must be a whole number from %3 to %4.</source>
        <extracomment>After &quot;file:line: &quot;. %1: a key of the policy file; %2: its value.</extracomment>
        <translation>المفتاح %1 له القيمة &quot;%2&quot;؛ ويجب أن تكون قيمته عددًا صحيحًا من %3 إلى %4.</translation>
    </message>
    <message>
        <source>the key %1 has no value; it must be allow, require or disallow.</source>
        <extracomment>After &quot;file:line: &quot;. allow, require and disallow are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>المفتاح %1 بلا قيمة؛ ويجب أن تكون قيمته allow أو require أو disallow.</translation>
    </message>
    <message>
        <source>the key %1 has the value &quot;%2&quot;; it must be allow, require or disallow.</source>
        <extracomment>After &quot;file:line: &quot;. allow, require and disallow are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>المفتاح %1 له القيمة &quot;%2&quot;؛ ويجب أن تكون قيمته allow أو require أو disallow.</translation>
    </message>
    <message>
        <source>the key %1 has no value; it must be true or false.</source>
        <extracomment>After &quot;file:line: &quot;. true and false are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>المفتاح %1 بلا قيمة؛ ويجب أن تكون قيمته true أو false.</translation>
    </message>
    <message>
        <source>the key %1 has the value &quot;%2&quot;; it must be true or false.</source>
        <extracomment>After &quot;file:line: &quot;. true and false are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>المفتاح %1 له القيمة &quot;%2&quot;؛ ويجب أن تكون قيمته true أو false.</translation>
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
        <translation>شغّل &quot;vscwizard --help&quot; لعرض الأوامر وخياراتها.</translation>
    </message>
    <message>
        <source>vscwizard: standard input cannot be read.</source>
        <translation>vscwizard: تتعذر قراءة الإدخال القياسي.</translation>
    </message>
    <message>
        <source>  - %1</source>
        <translation>  - %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>خطأ: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>التفاصيل: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
    <message>
        <source>Cannot continue: %1</source>
        <translation>تتعذر المتابعة: %1</translation>
    </message>
    <message>
        <source>No virtual smart cards.</source>
        <translation>لا توجد بطاقات ذكية ظاهرية.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Instance id</source>
        <translation>معرّف المثيل</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>PIN state</source>
        <translation>حالة رمز PIN</translation>
    </message>
    <message>
        <source>TPM: %1</source>
        <translation>TPM: %1</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>الاسترداد</translation>
    </message>
    <message numerus="yes">
        <source>A line of standard input is longer than %n byte(s); no secret is that long.</source>
        <translation>
            <numerusform>سطر من الإدخال القياسي أطول من %n بايت؛ ولا يوجد سر بهذا الطول.</numerusform>
            <numerusform>سطر من الإدخال القياسي أطول من بايت واحد؛ ولا يوجد سر بهذا الطول.</numerusform>
            <numerusform>سطر من الإدخال القياسي أطول من بايتين؛ ولا يوجد سر بهذا الطول.</numerusform>
            <numerusform>سطر من الإدخال القياسي أطول من %n بايتات؛ ولا يوجد سر بهذا الطول.</numerusform>
            <numerusform>سطر من الإدخال القياسي أطول من %n بايت؛ ولا يوجد سر بهذا الطول.</numerusform>
            <numerusform>سطر من الإدخال القياسي أطول من %n بايت؛ ولا يوجد سر بهذا الطول.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinEntry</name>
    <message>
        <source>&amp;PIN:</source>
        <translation>رمز &amp;PIN:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <source>The new PIN of the card. The rules it must meet are listed below.</source>
        <translation>رمز PIN الجديد للبطاقة. القواعد التي يجب أن يستوفيها مدرجة أدناه.</translation>
    </message>
    <message>
        <source>Con&amp;firm PIN:</source>
        <translation>تأكيد &amp;رمز PIN:</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>تأكيد رمز PIN</translation>
    </message>
    <message>
        <source>Type the same PIN again.</source>
        <translation>اكتب رمز PIN نفسه مرة أخرى.</translation>
    </message>
    <message>
        <source>&amp;Show PIN</source>
        <translation>&amp;إظهار رمز PIN</translation>
    </message>
    <message>
        <source>Shows the PIN as plain text instead of dots. Make sure nobody is watching.</source>
        <translation>يعرض رمز PIN كنص عادي بدلاً من النقاط. تأكد من أن أحدًا لا يراقبك.</translation>
    </message>
    <message>
        <source>PIN check</source>
        <translation>التحقق من رمز PIN</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>The PIN must meet these &amp;rules:</source>
        <translation>يجب &amp;أن يستوفي رمز PIN هذه القواعد:</translation>
    </message>
    <message>
        <source>PIN rules</source>
        <translation>قواعد رمز PIN</translation>
    </message>
    <message>
        <source>Each rule is marked as met or not met while you type.</source>
        <translation>يتم تمييز كل قاعدة على أنها مستوفاة أو غير مستوفاة أثناء الكتابة.</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>رمز P&amp;IN الجديد:</translation>
    </message>
    <message>
        <source>&amp;New PUK:</source>
        <translation>رمز P&amp;UK الجديد:</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>رمز PIN الجديد</translation>
    </message>
    <message>
        <source>New PUK</source>
        <translation>رمز PUK الجديد</translation>
    </message>
    <message>
        <source>The card&apos;s new PIN. The rules it must meet are listed below.</source>
        <translation>رمز PIN الجديد للبطاقة. القواعد التي يجب أن يستوفيها مدرجة أدناه.</translation>
    </message>
    <message>
        <source>The card&apos;s new PUK: 8 to 127 characters, not the PIN.</source>
        <translation>رمز PUK الجديد للبطاقة: من 8 إلى 127 حرفًا، ويختلف عن رمز PIN.</translation>
    </message>
    <message>
        <source>Con&amp;firm new PIN:</source>
        <translation>تأكيد رمز PI&amp;N الجديد:</translation>
    </message>
    <message>
        <source>Con&amp;firm new PUK:</source>
        <translation>تأكيد رمز PU&amp;K الجديد:</translation>
    </message>
    <message>
        <source>Confirm new PIN</source>
        <translation>تأكيد رمز PIN الجديد</translation>
    </message>
    <message>
        <source>Confirm new PUK</source>
        <translation>تأكيد رمز PUK الجديد</translation>
    </message>
    <message>
        <source>Type the same PUK again.</source>
        <translation>اكتب رمز PUK نفسه مرة أخرى.</translation>
    </message>
    <message>
        <source>&amp;Show PUK</source>
        <translation>&amp;إظهار رمز PUK</translation>
    </message>
    <message>
        <source>Broken</source>
        <extracomment>The state of a PIN rule, read out by screen readers: the PIN breaks this rule.</extracomment>
        <translation>مخالَفة</translation>
    </message>
    <message>
        <source>Met</source>
        <extracomment>The state of a PIN rule, read out by screen readers: &quot;Met&quot; = the PIN keeps the rule; &quot;Not met yet&quot; = it does not keep it yet.</extracomment>
        <translation>مستوفاة</translation>
    </message>
    <message>
        <source>Not met yet</source>
        <translation>غير مستوفاة بعد</translation>
    </message>
    <message>
        <source>The PIN contains a character the rules do not allow (“%1”). Remove it.</source>
        <translation>يحتوي رمز PIN على حرف لا تسمح به القواعد («%1»). أزله.</translation>
    </message>
    <message>
        <source>The PIN is too long (“%1”). Shorten it.</source>
        <translation>رمز PIN طويل جدًا («%1»). اختصره.</translation>
    </message>
    <message>
        <source>The two PINs do not match.</source>
        <translation>رمزا PIN غير متطابقين.</translation>
    </message>
    <message>
        <source>The two PUKs do not match.</source>
        <translation>رمزا PUK غير متطابقين.</translation>
    </message>
    <message>
        <source>The PUKs match.</source>
        <translation>رمزا PUK متطابقان.</translation>
    </message>
    <message>
        <source>Type the PIN again in the second field to confirm it.</source>
        <translation>اكتب رمز PIN مرة أخرى في الحقل الثاني لتأكيده.</translation>
    </message>
    <message>
        <source>Type the PUK again in the second field to confirm it.</source>
        <translation>اكتب رمز PUK مرة أخرى في الحقل الثاني لتأكيده.</translation>
    </message>
    <message>
        <source>The PINs match.</source>
        <translation>رمزا PIN متطابقان.</translation>
    </message>
    <message>
        <source>The PINs match, but not every rule below is met yet.</source>
        <translation>رمزا PIN متطابقان، لكن لم تُستوفَ كل القواعد أدناه بعد.</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <source>The PIN unlocks the card each time you use it. Choose one you can remember; nobody else should know it.</source>
        <translation>يلغي رمز PIN قفل البطاقة في كل مرة تستخدمها. اختر رمزًا يمكنك تذكره، ويجب ألا يعرفه أحد غيرك.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>رمز &amp;PIN:</translation>
    </message>
    <message>
        <source>The new PIN of the card. The rules it must meet are listed below.</source>
        <translation>رمز PIN الجديد للبطاقة. القواعد التي يجب أن يستوفيها مدرجة أدناه.</translation>
    </message>
    <message>
        <source>Con&amp;firm PIN:</source>
        <translation>تأكيد &amp;رمز PIN:</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>تأكيد رمز PIN</translation>
    </message>
    <message>
        <source>The PIN you entered before is kept. Type a new one to change it.</source>
        <translation>تم الاحتفاظ برمز PIN الذي أدخلته سابقًا. اكتب رمزًا جديدًا لتغييره.</translation>
    </message>
</context>
<context>
    <name>PinPolicy</name>
    <message>
        <source>The minimum PIN length is %1; it must be at least %2.</source>
        <translation>الحد الأدنى لطول رمز PIN هو %1؛ ويجب ألا يقل عن %2.</translation>
    </message>
    <message>
        <source>The maximum PIN length is %1; it can be at most %2.</source>
        <translation>الحد الأقصى لطول رمز PIN هو %1؛ ويجب ألا يزيد على %2.</translation>
    </message>
    <message>
        <source>The minimum PIN length (%1) is greater than the maximum (%2).</source>
        <translation>الحد الأدنى لطول رمز PIN (%1) أكبر من الحد الأقصى (%2).</translation>
    </message>
    <message>
        <source>The policy disallows every kind of character, so no PIN can meet it.</source>
        <translation>يمنع النهج كل أنواع الأحرف، لذا لا يمكن لأي رمز PIN أن يستوفيه.</translation>
    </message>
    <message numerus="yes">
        <source>The policy requires %1 kinds of character, but a PIN may have at most %n character(s).</source>
        <translation>
            <numerusform>يتطلب النهج %1 من أنواع الأحرف، لكن رمز PIN لا يمكن أن يحتوي على أي حرف.</numerusform>
            <numerusform>يتطلب النهج %1 من أنواع الأحرف، لكن رمز PIN يمكن أن يحتوي على حرف واحد كحد أقصى.</numerusform>
            <numerusform>يتطلب النهج %1 من أنواع الأحرف، لكن رمز PIN يمكن أن يحتوي على حرفين كحد أقصى.</numerusform>
            <numerusform>يتطلب النهج %1 من أنواع الأحرف، لكن رمز PIN يمكن أن يحتوي على %n أحرف كحد أقصى.</numerusform>
            <numerusform>يتطلب النهج %1 من أنواع الأحرف، لكن رمز PIN يمكن أن يحتوي على %n حرفًا كحد أقصى.</numerusform>
            <numerusform>يتطلب النهج %1 من أنواع الأحرف، لكن رمز PIN يمكن أن يحتوي على %n حرف كحد أقصى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n byte(s) (ä or € count as 2 or 3)</source>
        <translation>
            <numerusform>%n بايت على الأقل (يُحتسب ä أو € بايتين أو ثلاثة)</numerusform>
            <numerusform>بايت واحد على الأقل (يُحتسب ä أو € بايتين أو ثلاثة)</numerusform>
            <numerusform>بايتان على الأقل (يُحتسب ä أو € بايتين أو ثلاثة)</numerusform>
            <numerusform>%n بايتات على الأقل (يُحتسب ä أو € بايتين أو ثلاثة)</numerusform>
            <numerusform>%n بايت على الأقل (يُحتسب ä أو € بايتين أو ثلاثة)</numerusform>
            <numerusform>%n بايت على الأقل (يُحتسب ä أو € بايتين أو ثلاثة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>%n حرف على الأقل</numerusform>
            <numerusform>حرف واحد على الأقل</numerusform>
            <numerusform>حرفان على الأقل</numerusform>
            <numerusform>%n أحرف على الأقل</numerusform>
            <numerusform>%n حرفًا على الأقل</numerusform>
            <numerusform>%n حرف على الأقل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n byte(s) (ä or € count as 2 or 3)</source>
        <translation>
            <numerusform>%n بايت كحد أقصى (يُحتسب ä أو € بايتين أو ثلاثة)</numerusform>
            <numerusform>بايت واحد كحد أقصى (يُحتسب ä أو € بايتين أو ثلاثة)</numerusform>
            <numerusform>بايتان كحد أقصى (يُحتسب ä أو € بايتين أو ثلاثة)</numerusform>
            <numerusform>%n بايتات كحد أقصى (يُحتسب ä أو € بايتين أو ثلاثة)</numerusform>
            <numerusform>%n بايت كحد أقصى (يُحتسب ä أو € بايتين أو ثلاثة)</numerusform>
            <numerusform>%n بايت كحد أقصى (يُحتسب ä أو € بايتين أو ثلاثة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n character(s)</source>
        <translation>
            <numerusform>%n حرف كحد أقصى</numerusform>
            <numerusform>حرف واحد كحد أقصى</numerusform>
            <numerusform>حرفان كحد أقصى</numerusform>
            <numerusform>%n أحرف كحد أقصى</numerusform>
            <numerusform>%n حرفًا كحد أقصى</numerusform>
            <numerusform>%n حرف كحد أقصى</numerusform>
        </translation>
    </message>
    <message>
        <source>At least one uppercase letter (A-Z)</source>
        <translation>حرف كبير واحد على الأقل (A-Z)</translation>
    </message>
    <message>
        <source>At least one lowercase letter (a-z)</source>
        <translation>حرف صغير واحد على الأقل (a-z)</translation>
    </message>
    <message>
        <source>At least one digit (0-9)</source>
        <translation>رقم واحد على الأقل (0-9)</translation>
    </message>
    <message>
        <source>At least one special character, such as a space or !#%+-</source>
        <translation>حرف خاص واحد على الأقل، مثل المسافة أو !#%+-</translation>
    </message>
    <message>
        <source>At least one character beyond plain ASCII, such as ä or €</source>
        <translation>حرف واحد على الأقل من خارج ASCII العادي، مثل ä أو €</translation>
    </message>
    <message>
        <source>No uppercase letters (A-Z)</source>
        <translation>بدون أحرف كبيرة (A-Z)</translation>
    </message>
    <message>
        <source>No lowercase letters (a-z)</source>
        <translation>بدون أحرف صغيرة (a-z)</translation>
    </message>
    <message>
        <source>No digits (0-9)</source>
        <translation>بدون أرقام (0-9)</translation>
    </message>
    <message>
        <source>No special characters (spaces, punctuation, symbols)</source>
        <translation>بدون أحرف خاصة (المسافات وعلامات الترقيم والرموز)</translation>
    </message>
    <message>
        <source>No characters beyond plain ASCII (such as ä or €) and no control characters</source>
        <translation>بدون أحرف من خارج ASCII العادي (مثل ä أو €) وبدون أحرف تحكم</translation>
    </message>
    <message numerus="yes">
        <source>The PIN policy has %n byte(s); it must have exactly %1.</source>
        <translation>
            <numerusform>يحتوي نهج رمز PIN على %n بايت؛ ويجب أن يحتوي على %1 بالضبط.</numerusform>
            <numerusform>يحتوي نهج رمز PIN على بايت واحد؛ ويجب أن يحتوي على %1 بالضبط.</numerusform>
            <numerusform>يحتوي نهج رمز PIN على بايتين؛ ويجب أن يحتوي على %1 بالضبط.</numerusform>
            <numerusform>يحتوي نهج رمز PIN على %n بايتات؛ ويجب أن يحتوي على %1 بالضبط.</numerusform>
            <numerusform>يحتوي نهج رمز PIN على %n بايت؛ ويجب أن يحتوي على %1 بالضبط.</numerusform>
            <numerusform>يحتوي نهج رمز PIN على %n بايت؛ ويجب أن يحتوي على %1 بالضبط.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN policy&apos;s reserved field is %1; it must be 1.</source>
        <translation>قيمة الحقل المحجوز في نهج رمز PIN هي %1؛ ويجب أن تكون 1.</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s minimum length is %1; it must be from %2 to %3.</source>
        <translation>الحد الأدنى للطول في نهج رمز PIN هو %1؛ ويجب أن يكون من %2 إلى %3.</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s maximum length is %1; it must be from %2 to %3.</source>
        <translation>الحد الأقصى للطول في نهج رمز PIN هو %1؛ ويجب أن يكون من %2 إلى %3.</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s minimum length (%1) is greater than its maximum length (%2).</source>
        <translation>الحد الأدنى للطول في نهج رمز PIN (%1) أكبر من الحد الأقصى للطول (%2).</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s rule for %1 is %2; only 0 (allow), 1 (require) and 2 (disallow) exist.</source>
        <extracomment>%1 is the rule&apos;s name as Windows stores it (uppercase, lowercase, digits, special), %2 a number.</extracomment>
        <translation>قاعدة نهج رمز PIN لـ %1 هي %2؛ ولا توجد إلا القيم 0 (سماح) و1 (إلزام) و2 (منع).</translation>
    </message>
    <message>
        <source>uppercase letters</source>
        <translation>الأحرف الكبيرة</translation>
    </message>
    <message>
        <source>lowercase letters</source>
        <translation>الأحرف الصغيرة</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>special characters</source>
        <translation>الأحرف الخاصة</translation>
    </message>
    <message>
        <source>other characters</source>
        <translation>الأحرف الأخرى</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Creating the Card</source>
        <translation>إنشاء البطاقة</translation>
    </message>
    <message>
        <source>Please wait while the card is created.</source>
        <translation>يرجى الانتظار حتى يتم إنشاء البطاقة.</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>الخطوة الحالية</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>How far the creation of the card has got.</source>
        <translation>مدى التقدم في إنشاء البطاقة.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>&amp;What Went Wrong?</source>
        <translation>ما &amp;الخطأ الذي حدث؟</translation>
    </message>
    <message>
        <source>Shows the error again: what went wrong, what to do, and the details.</source>
        <translation>يعرض الخطأ مرة أخرى: ما الخطأ الذي حدث، وما يجب فعله، والتفاصيل.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;إعادة المحاولة</translation>
    </message>
    <message>
        <source>Tries to create the same card again.</source>
        <translation>يحاول إنشاء البطاقة نفسها مرة أخرى.</translation>
    </message>
    <message>
        <source>C&amp;hange Choices</source>
        <translation>تغيير الاختيا&amp;رات</translation>
    </message>
    <message>
        <source>Goes back to the summary, from where you can change the name, the PIN or the other choices.</source>
        <translation>يعود إلى الملخص، حيث يمكنك تغيير الاسم أو رمز PIN أو الاختيارات الأخرى.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>إيقا&amp;ف</translation>
    </message>
    <message>
        <source>Stops creating the card. Nothing is left behind.</source>
        <translation>يوقف إنشاء البطاقة. لا يتبقى أي شيء.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <source>Stopping and removing what was created so far…</source>
        <translation>جارٍ الإيقاف وإزالة ما تم إنشاؤه حتى الآن…</translation>
    </message>
    <message>
        <source>The card was created.</source>
        <translation>تم إنشاء البطاقة.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <extracomment>The text inside the progress bar after the user stopped the create.
----------
What a screen reader says of the progress bar after the user stopped the create.</extracomment>
        <translation>تم الإيقاف</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <extracomment>The stage line under the progress bar after the user stopped the create.</extracomment>
        <translation>تم الإيقاف.</translation>
    </message>
    <message>
        <source>No card was created. You can try again, or close the wizard.</source>
        <translation>لم يتم إنشاء أي بطاقة. يمكنك المحاولة مرة أخرى، أو إغلاق المعالج.</translation>
    </message>
    <message>
        <source>The card could not be created: %1</source>
        <translation>تعذر إنشاء البطاقة: %1</translation>
    </message>
    <message>
        <source>You can try again, or change your choices.</source>
        <translation>يمكنك المحاولة مرة أخرى، أو تغيير اختياراتك.</translation>
    </message>
    <message>
        <source>Failed at %p%</source>
        <extracomment>Shown in the progress bar when the creation failed; %p% is the bar&apos;s percentage (Qt fills in the number).</extracomment>
        <translation>فشل عند %p%</translation>
    </message>
    <message>
        <source>The Card Was Not Created</source>
        <translation>لم يتم إنشاء البطاقة</translation>
    </message>
    <message>
        <source>The card could not be created.</source>
        <translation>تعذر إنشاء البطاقة.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Creating the Card Was Stopped</source>
        <translation>تم إيقاف إنشاء البطاقة</translation>
    </message>
    <message>
        <source>Nothing of the card was left behind.</source>
        <translation>لم يتبقَّ أي شيء من البطاقة.</translation>
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
        <translation>الاسترداد</translation>
    </message>
    <message>
        <source>Organization rules</source>
        <translation>قواعد المؤسسة</translation>
    </message>
    <message>
        <source>The PUK resets the PIN. It is a second secret of 8 to 127 characters.</source>
        <translation>يعيد رمز PUK تعيين رمز PIN. وهو سر ثانٍ يتكون من 8 إلى 127 حرفًا.</translation>
    </message>
    <message>
        <source>P&amp;UK:</source>
        <translation>رمز P&amp;UK:</translation>
    </message>
    <message>
        <source>PUK</source>
        <translation>رمز PUK</translation>
    </message>
    <message>
        <source>8 to 127 characters. Keep it apart from the PIN.</source>
        <translation>من 8 إلى 127 حرفًا. احتفظ به بعيدًا عن رمز PIN.</translation>
    </message>
    <message>
        <source>C&amp;onfirm PUK:</source>
        <translation>تأكيد &amp;رمز PUK:</translation>
    </message>
    <message>
        <source>Confirm PUK</source>
        <translation>تأكيد رمز PUK</translation>
    </message>
    <message>
        <source>Type the same PUK again.</source>
        <translation>اكتب رمز PUK نفسه مرة أخرى.</translation>
    </message>
    <message>
        <source>S&amp;how PUK</source>
        <translation>&amp;إظهار رمز PUK</translation>
    </message>
    <message>
        <source>Shows the PUK as plain text instead of dots.</source>
        <translation>يعرض رمز PUK كنص عادي بدلاً من النقاط.</translation>
    </message>
    <message>
        <source>PUK check</source>
        <translation>التحقق من رمز PUK</translation>
    </message>
    <message>
        <source>Admin key beside the PUK</source>
        <extracomment>A title: the admin key the card keeps in addition to the PUK.</extracomment>
        <translation>مفتاح المسؤول المرافق لرمز PUK</translation>
    </message>
    <message>
        <source>Use an &amp;admin key (48 hexadecimal digits)</source>
        <translation>&amp;استخدام مفتاح مسؤول (48 رقمًا ست عشريًا)</translation>
    </message>
    <message>
        <source>The admin key is a 3DES key that an administrator uses to reset the PIN.</source>
        <translation>مفتاح المسؤول هو مفتاح 3DES يستخدمه المسؤول لإعادة تعيين رمز PIN.</translation>
    </message>
    <message>
        <source>&amp;Default key</source>
        <translation>المفتا&amp;ح الافتراضي</translation>
    </message>
    <message>
        <source>The publicly known default key of virtual smart cards. Anyone who knows it can reset the PIN.</source>
        <translation>المفتاح الافتراضي المعروف للعامة للبطاقات الذكية الظاهرية. يمكن لأي شخص يعرفه إعادة تعيين رمز PIN.</translation>
    </message>
    <message>
        <source>&amp;Random key, never shown</source>
        <translation>مفتاح عشوائي لا يُعر&amp;ض أبدًا</translation>
    </message>
    <message>
        <source>Nobody will know the key: the card can then never be reset, only removed.</source>
        <translation>لن يعرف أحد المفتاح: وبالتالي لا يمكن إعادة تعيين البطاقة أبدًا، بل إزالتها فقط.</translation>
    </message>
    <message>
        <source>&amp;Enter a key</source>
        <translation>إ&amp;دخال مفتاح</translation>
    </message>
    <message>
        <source>Type a key of 48 hexadecimal digits, for example one your administrator gave you.</source>
        <translation>اكتب مفتاحًا من 48 رقمًا ست عشريًا، مثل مفتاح أعطاك إياه المسؤول.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;المفتاح:</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>مفتاح المسؤول</translation>
    </message>
    <message>
        <source>48 hexadecimal digits; spaces or colons between the byte pairs are allowed.</source>
        <translation>48 رقمًا ست عشريًا؛ يُسمح بالمسافات أو النقطتين بين أزواج البايتات.</translation>
    </message>
    <message>
        <source>48 hex digits</source>
        <translation>48 رقمًا ست عشريًا</translation>
    </message>
    <message>
        <source>Sho&amp;w key</source>
        <translation>&amp;إظهار المفتاح</translation>
    </message>
    <message>
        <source>Shows the admin key as plain text instead of dots.</source>
        <translation>يعرض مفتاح المسؤول كنص عادي بدلاً من النقاط.</translation>
    </message>
    <message>
        <source>Admin key check</source>
        <translation>التحقق من مفتاح المسؤول</translation>
    </message>
    <message>
        <source>Your organization requires a PUK.</source>
        <translation>تتطلب مؤسستك رمز PUK.</translation>
    </message>
    <message>
        <source>Your organization does not allow the default admin key.</source>
        <translation>لا تسمح مؤسستك بمفتاح المسؤول الافتراضي.</translation>
    </message>
    <message>
        <source>Your organization does not allow a random admin key.</source>
        <translation>لا تسمح مؤسستك بمفتاح مسؤول عشوائي.</translation>
    </message>
    <message>
        <source>Also set the card&apos;s &amp;admin key, as your organization requires</source>
        <translation>تعيين مفتاح المسؤ&amp;ول للبطاقة أيضًا، كما تتطلب مؤسستك</translation>
    </message>
    <message>
        <source>Type the PUK again in the second field to confirm it.</source>
        <translation>اكتب رمز PUK مرة أخرى في الحقل الثاني لتأكيده.</translation>
    </message>
    <message>
        <source>The two PUKs do not match.</source>
        <translation>رمزا PUK غير متطابقين.</translation>
    </message>
    <message>
        <source>The PUK you entered before is kept. Type a new one to change it.</source>
        <translation>تم الاحتفاظ برمز PUK الذي أدخلته سابقًا. اكتب رمزًا جديدًا لتغييره.</translation>
    </message>
    <message>
        <source>The PUKs match.</source>
        <translation>رمزا PUK متطابقان.</translation>
    </message>
    <message>
        <source>The card also gets a random admin key that nobody knows: only the PUK can reset the PIN.</source>
        <translation>تحصل البطاقة أيضًا على مفتاح مسؤول عشوائي لا يعرفه أحد: لا يمكن إعادة تعيين رمز PIN إلا باستخدام رمز PUK.</translation>
    </message>
    <message>
        <source>The card also keeps the publicly known default admin key (check value %1), because your organization does not allow a random one. Anyone who has the card can reset its PIN with that key, without the PUK.</source>
        <translation>تحتفظ البطاقة أيضًا بمفتاح المسؤول الافتراضي المعروف للعامة (قيمة التحقق %1)، لأن مؤسستك لا تسمح بمفتاح عشوائي. يمكن لأي شخص يحوز البطاقة إعادة تعيين رمز PIN الخاص بها بهذا المفتاح، دون رمز PUK.</translation>
    </message>
    <message>
        <source>The default key is publicly known: anyone who has the card can reset its PIN with it. Its check value (KCV) is %1.</source>
        <translation>المفتاح الافتراضي معروف للعامة: يمكن لأي شخص يحوز البطاقة إعادة تعيين رمز PIN الخاص بها به. قيمة التحقق (KCV) الخاصة به هي %1.</translation>
    </message>
    <message>
        <source>The key you entered before is kept (check value %1). Type a new one to change it.</source>
        <translation>تم الاحتفاظ بالمفتاح الذي أدخلته سابقًا (قيمة التحقق %1). اكتب مفتاحًا جديدًا لتغييره.</translation>
    </message>
    <message>
        <source>Type the key as 48 hexadecimal digits.</source>
        <translation>اكتب المفتاح في صورة 48 رقمًا ست عشريًا.</translation>
    </message>
    <message>
        <source>Check value (KCV): %1. Compare it with the one you were given.</source>
        <translation>قيمة التحقق (KCV): %1. قارنها بالقيمة التي حصلت عليها.</translation>
    </message>
    <message>
        <source>If the PIN is forgotten or blocked after too many wrong tries, it is reset with a PUK or with the card&apos;s admin key.</source>
        <translation>إذا نُسي رمز PIN أو حُظر بعد محاولات خاطئة كثيرة جدًا، فتتم إعادة تعيينه باستخدام رمز PUK أو مفتاح المسؤول الخاص بالبطاقة.</translation>
    </message>
    <message>
        <source>Use a &amp;PUK (PIN unblocking key) that you keep in a safe place</source>
        <translation>استخدام رمز &amp;PUK (مفتاح إلغاء حظر رمز PIN) تحتفظ به في مكان آمن</translation>
    </message>
    <message numerus="yes">
        <source>Type a PUK of %1 to %n character(s).</source>
        <translation>
            <numerusform>اكتب رمز PUK من %1 إلى %n حرف.</numerusform>
            <numerusform>اكتب رمز PUK من %1 إلى حرف واحد.</numerusform>
            <numerusform>اكتب رمز PUK من %1 إلى حرفين.</numerusform>
            <numerusform>اكتب رمز PUK من %1 إلى %n أحرف.</numerusform>
            <numerusform>اكتب رمز PUK من %1 إلى %n حرفًا.</numerusform>
            <numerusform>اكتب رمز PUK من %1 إلى %n حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>With a random key the card can never be reset. If the PIN is forgotten or blocked, the card can only be removed and a new one created.</source>
        <translation>مع مفتاح عشوائي لا يمكن إعادة تعيين البطاقة أبدًا. إذا نُسي رمز PIN أو حُظر، فلا يمكن إلا إزالة البطاقة وإنشاء بطاقة جديدة.</translation>
    </message>
</context>
<context>
    <name>RemoveCardDialog</name>
    <message>
        <source>Working</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>إزالة %1</translation>
    </message>
    <message>
        <source>Removing the card “%1” destroys its keys. Whatever they protect (sign-in, signatures, encrypted mail) can no longer be opened with this card. This cannot be undone.</source>
        <translation>تؤدي إزالة البطاقة «%1» إلى إتلاف مفاتيحها. لن يعود بالإمكان فتح ما تحميه هذه المفاتيح (تسجيل الدخول، والتوقيعات، والبريد المشفر) بهذه البطاقة. لا يمكن التراجع عن هذا الإجراء.</translation>
    </message>
    <message>
        <source>To confirm, type the card&apos;s &amp;name: %1</source>
        <translation>للتأكيد، اكتب &amp;اسم البطاقة: %1</translation>
    </message>
    <message>
        <source>Card name to confirm</source>
        <translation>اسم البطاقة للتأكيد</translation>
    </message>
    <message>
        <source>&amp;Remove card</source>
        <translation>إ&amp;زالة البطاقة</translation>
    </message>
    <message>
        <source>Removing the card…</source>
        <translation>جارٍ إزالة البطاقة…</translation>
    </message>
    <message>
        <source>The card “%1” was removed. Restart the computer to finish.</source>
        <translation>تمت إزالة البطاقة «%1». أعد تشغيل الكمبيوتر لإكمال العملية.</translation>
    </message>
    <message>
        <source>The card “%1” was removed.</source>
        <translation>تمت إزالة البطاقة «%1».</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
    <message>
        <source>Type “%1” to enable Remove card.</source>
        <translation>اكتب «%1» لتمكين الزر «إزالة البطاقة».</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Card Created</source>
        <translation>تم إنشاء البطاقة</translation>
    </message>
    <message>
        <source>Your virtual smart card is ready.</source>
        <translation>بطاقتك الذكية الظاهرية جاهزة.</translation>
    </message>
    <message>
        <source>&amp;Instance ID:</source>
        <translation>معرّف &amp;المثيل:</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>معرّف المثيل</translation>
    </message>
    <message>
        <source>Identifies the card, for example to remove it later.</source>
        <translation>يعرّف البطاقة، على سبيل المثال لإزالتها لاحقًا.</translation>
    </message>
    <message>
        <source>Restart the computer before using the card: applications see it only after a restart.</source>
        <translation>أعد تشغيل الكمبيوتر قبل استخدام البطاقة: لا تراها التطبيقات إلا بعد إعادة التشغيل.</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>يلزم إعادة التشغيل</translation>
    </message>
    <message>
        <source>How to &amp;use the card:</source>
        <translation>طريقة استخدا&amp;م البطاقة:</translation>
    </message>
    <message>
        <source>How to use the card</source>
        <translation>طريقة استخدام البطاقة</translation>
    </message>
    <message>
        <source>Settings for applications such as ssh or a web browser. You can select and copy them.</source>
        <translation>إعدادات لتطبيقات مثل ssh أو مستعرض الويب. يمكنك تحديدها ونسخها.</translation>
    </message>
    <message>
        <source>Lines for a terminal</source>
        <translation>أسطر للوحدة الطرفية</translation>
    </message>
    <message>
        <source>Shell commands that set up a terminal that is already open and use the card there.</source>
        <translation>أوامر shell تعدّ وحدة طرفية مفتوحة بالفعل وتستخدم البطاقة فيها.</translation>
    </message>
    <message>
        <source>&amp;Manage cards…</source>
        <translation>إ&amp;دارة البطاقات…</translation>
    </message>
    <message>
        <source>Opens the card manager: change, reset or remove the cards you have.</source>
        <translation>يفتح إدارة البطاقات: تغيير البطاقات الموجودة لديك أو إعادة تعيينها أو إزالتها.</translation>
    </message>
    <message>
        <source>&amp;Copy the lines</source>
        <translation>نسخ &amp;الأسطر</translation>
    </message>
    <message>
        <source>Puts the lines for a terminal on the clipboard.</source>
        <translation>يضع أسطر الوحدة الطرفية في الحافظة.</translation>
    </message>
    <message>
        <source>The virtual smart card “%1” was created.</source>
        <translation>تم إنشاء البطاقة الذكية الظاهرية «%1».</translation>
    </message>
</context>
<context>
    <name>SecretChangeDialog</name>
    <message>
        <source>Reset with</source>
        <translation>إعادة التعيين باستخدام</translation>
    </message>
    <message>
        <source>The card&apos;s P&amp;UK</source>
        <translation>رمز P&amp;UK الخاص بالبطاقة</translation>
    </message>
    <message>
        <source>The card&apos;s &amp;admin key (48 hexadecimal digits)</source>
        <translation>مفتا&amp;ح المسؤول الخاص بالبطاقة (48 رقمًا ست عشريًا)</translation>
    </message>
    <message>
        <source>C&amp;urrent PIN:</source>
        <translation>&amp;رمز PIN الحالي:</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <source>Change PIN of %1</source>
        <translation>تغيير رمز PIN لـ %1</translation>
    </message>
    <message>
        <source>Type the current PIN of the card “%1”, then the new PIN twice.</source>
        <translation>اكتب رمز PIN الحالي للبطاقة «%1»، ثم رمز PIN الجديد مرتين.</translation>
    </message>
    <message>
        <source>&amp;Change PIN</source>
        <translation>تغيير رمز P&amp;IN</translation>
    </message>
    <message>
        <source>Reset PIN of %1</source>
        <translation>إعادة تعيين رمز PIN لـ %1</translation>
    </message>
    <message>
        <source>A new PIN for the card “%1”, for when the PIN is forgotten or blocked. Type the secret that was set for this when the card was made, then the new PIN twice.</source>
        <translation>رمز PIN جديد للبطاقة «%1»، لحالات نسيان رمز PIN أو حظره. اكتب السر الذي تم تعيينه لهذا الغرض عند إنشاء البطاقة، ثم رمز PIN الجديد مرتين.</translation>
    </message>
    <message>
        <source>&amp;Reset PIN</source>
        <translation>&amp;إعادة تعيين رمز PIN</translation>
    </message>
    <message>
        <source>Change PUK of %1</source>
        <translation>تغيير رمز PUK لـ %1</translation>
    </message>
    <message>
        <source>Type the current PUK of the card “%1”, then the new PUK twice. Keep the new PUK somewhere safe: it resets the PIN.</source>
        <translation>اكتب رمز PUK الحالي للبطاقة «%1»، ثم رمز PUK الجديد مرتين. احتفظ برمز PUK الجديد في مكان آمن: فهو يعيد تعيين رمز PIN.</translation>
    </message>
    <message>
        <source>&amp;Change PUK</source>
        <translation>تغيير رمز PU&amp;K</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>رمز PIN الحالي</translation>
    </message>
    <message>
        <source>The PIN the card has now.</source>
        <translation>رمز PIN الحالي للبطاقة.</translation>
    </message>
    <message>
        <source>C&amp;urrent PUK:</source>
        <translation>رمز PUK &amp;الحالي:</translation>
    </message>
    <message>
        <source>Current PUK</source>
        <translation>رمز PUK الحالي</translation>
    </message>
    <message>
        <source>The PUK the card has now.</source>
        <translation>رمز PUK الحالي للبطاقة.</translation>
    </message>
    <message>
        <source>&amp;PUK:</source>
        <translation>رمز &amp;PUK:</translation>
    </message>
    <message>
        <source>PUK</source>
        <translation>رمز PUK</translation>
    </message>
    <message>
        <source>The PUK set when the card was made.</source>
        <translation>رمز PUK الذي تم تعيينه عند إنشاء البطاقة.</translation>
    </message>
    <message>
        <source>Ad&amp;min key:</source>
        <translation>مفتاح المسؤ&amp;ول:</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>مفتاح المسؤول</translation>
    </message>
    <message>
        <source>The card&apos;s admin key: 48 hexadecimal digits.</source>
        <translation>مفتاح المسؤول الخاص بالبطاقة: 48 رقمًا ست عشريًا.</translation>
    </message>
    <message>
        <source>Changing the PIN…</source>
        <translation>جارٍ تغيير رمز PIN…</translation>
    </message>
    <message>
        <source>Resetting the PIN…</source>
        <translation>جارٍ إعادة تعيين رمز PIN…</translation>
    </message>
    <message>
        <source>Changing the PUK…</source>
        <translation>جارٍ تغيير رمز PUK…</translation>
    </message>
    <message>
        <source>The PIN of “%1” was changed.</source>
        <translation>تم تغيير رمز PIN لـ «%1».</translation>
    </message>
    <message>
        <source>The PIN of “%1” was reset. Use the new PIN from now on.</source>
        <translation>تمت إعادة تعيين رمز PIN لـ «%1». استخدم رمز PIN الجديد من الآن فصاعدًا.</translation>
    </message>
    <message>
        <source>The PUK of “%1” was changed.</source>
        <translation>تم تغيير رمز PUK لـ «%1».</translation>
    </message>
    <message>
        <source>Reading the TPM&apos;s lockout state…</source>
        <translation>جارٍ قراءة حالة قفل TPM…</translation>
    </message>
    <message>
        <source>TPM lockout state: %1</source>
        <translation>حالة قفل TPM: %1</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <source>The two entries differ. Try again.</source>
        <translation>الإدخالان مختلفان. أعد المحاولة.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Note: %1</source>
        <translation>ملاحظة: %1</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>SimulatorBackend</name>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not a card error name such as CARD:WRONG_PIN or CARD:TPM_LOCKOUT.</source>
        <translation>--sim-fail: &quot;%1&quot; ليس اسم خطأ بطاقة مثل CARD:WRONG_PIN أو CARD:TPM_LOCKOUT.</translation>
    </message>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not one of change-pin, reset-pin, change-puk or status.</source>
        <translation>--sim-fail: &quot;%1&quot; ليس أحد الإجراءات change-pin أو reset-pin أو change-puk أو status.</translation>
    </message>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not a TPMVSCMGR_ERROR name such as CARD_CREATE or GENERATE_FILESYSTEM.</source>
        <translation>--sim-fail: &quot;%1&quot; ليس اسم TPMVSCMGR_ERROR مثل CARD_CREATE أو GENERATE_FILESYSTEM.</translation>
    </message>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not a TPMVSCMGR_STATUS name such as VREADER_CREATING or GENERATE_RUNNING.</source>
        <translation>--sim-fail: &quot;%1&quot; ليس اسم TPMVSCMGR_STATUS مثل VREADER_CREATING أو GENERATE_RUNNING.</translation>
    </message>
    <message>
        <source>Simulator — no card is really created</source>
        <translation>المحاكي — لا يتم إنشاء أي بطاقة فعلية</translation>
    </message>
    <message numerus="yes">
        <source>%n smart card(s) exist already, the most there can be at once. Remove one first.</source>
        <translation>
            <numerusform>لا توجد أي بطاقة ذكية، وهو الحد الأقصى المسموح به في وقت واحد. أزل بطاقة أولاً.</numerusform>
            <numerusform>توجد بطاقة ذكية واحدة بالفعل، وهو الحد الأقصى المسموح به في وقت واحد. أزلها أولاً.</numerusform>
            <numerusform>توجد بطاقتان ذكيتان بالفعل، وهو الحد الأقصى المسموح به في وقت واحد. أزل إحداهما أولاً.</numerusform>
            <numerusform>توجد %n بطاقات ذكية بالفعل، وهو الحد الأقصى المسموح به في وقت واحد. أزل إحداها أولاً.</numerusform>
            <numerusform>توجد %n بطاقة ذكية بالفعل، وهو الحد الأقصى المسموح به في وقت واحد. أزل إحداها أولاً.</numerusform>
            <numerusform>توجد %n بطاقة ذكية بالفعل، وهو الحد الأقصى المسموح به في وقت واحد. أزل إحداها أولاً.</numerusform>
        </translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>البطاقة غير موجودة</translation>
    </message>
    <message>
        <source>No simulated card has the instance id “%1”.</source>
        <translation>لا توجد بطاقة محاكاة بمعرّف المثيل «%1».</translation>
    </message>
    <message>
        <source>“vscwizard list” shows the cards and their instance ids; another program may have removed this one already.</source>
        <translation>يعرض «vscwizard list» البطاقات ومعرّفات المثيلات الخاصة بها؛ ربما أزال برنامج آخر هذه البطاقة بالفعل.</translation>
    </message>
    <message>
        <source>The simulator&apos;s state folder is busy</source>
        <translation>مجلد حالة المحاكي مشغول</translation>
    </message>
    <message numerus="yes">
        <source>Another process kept the simulator&apos;s state folder %1 locked for %n second(s).</source>
        <translation>
            <numerusform>أبقت عملية أخرى مجلد حالة المحاكي %1 مقفلاً لمدة %n ثانية.</numerusform>
            <numerusform>أبقت عملية أخرى مجلد حالة المحاكي %1 مقفلاً لمدة ثانية واحدة.</numerusform>
            <numerusform>أبقت عملية أخرى مجلد حالة المحاكي %1 مقفلاً لمدة ثانيتين.</numerusform>
            <numerusform>أبقت عملية أخرى مجلد حالة المحاكي %1 مقفلاً لمدة %n ثوانٍ.</numerusform>
            <numerusform>أبقت عملية أخرى مجلد حالة المحاكي %1 مقفلاً لمدة %n ثانية.</numerusform>
            <numerusform>أبقت عملية أخرى مجلد حالة المحاكي %1 مقفلاً لمدة %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until the other vscwizard has finished, then try again. Nothing was changed.</source>
        <translation>انتظر حتى ينتهي مثيل vscwizard الآخر، ثم أعد المحاولة. لم يتم تغيير أي شيء.</translation>
    </message>
    <message>
        <source>The simulator cannot keep cards</source>
        <translation>يتعذر على المحاكي حفظ البطاقات</translation>
    </message>
    <message>
        <source>The simulator cannot write its cards to the state folder %1.</source>
        <translation>يتعذر على المحاكي كتابة بطاقاته في مجلد الحالة %1.</translation>
    </message>
    <message>
        <source>Give --sim-state a folder you may write to, on a disk with free space.</source>
        <translation>حدد لـ --sim-state مجلدًا يمكنك الكتابة فيه، على قرص به مساحة فارغة.</translation>
    </message>
    <message>
        <source>This card&apos;s secrets cannot be checked</source>
        <translation>يتعذر التحقق من البيانات السرية لهذه البطاقة</translation>
    </message>
    <message>
        <source>The simulated card %1 was made before the simulator kept what its PIN, PUK and admin key are checked against, so they can be neither changed nor reset.</source>
        <translation>تم إنشاء بطاقة المحاكاة %1 قبل أن يحفظ المحاكي البيانات التي يُتحقق بها من رمز PIN ورمز PUK ومفتاح المسؤول، لذا لا يمكن تغييرها ولا إعادة تعيينها.</translation>
    </message>
    <message>
        <source>Remove the card and create it again.</source>
        <translation>أزل البطاقة وأنشئها مرة أخرى.</translation>
    </message>
    <message>
        <source>This card has no PUK</source>
        <translation>لا تحتوي هذه البطاقة على رمز PUK</translation>
    </message>
    <message>
        <source>The card %1 was made without a PUK.</source>
        <translation>تم إنشاء البطاقة %1 بدون رمز PUK.</translation>
    </message>
    <message>
        <source>Reset its PIN with the admin key instead.</source>
        <translation>أعد تعيين رمز PIN الخاص بها باستخدام مفتاح المسؤول بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>Nobody knows this card&apos;s admin key</source>
        <translation>لا أحد يعرف مفتاح المسؤول الخاص بهذه البطاقة</translation>
    </message>
    <message>
        <source>The admin key of the card %1 is random and was kept nowhere.</source>
        <translation>مفتاح المسؤول الخاص بالبطاقة %1 عشوائي ولم يُحفظ في أي مكان.</translation>
    </message>
    <message>
        <source>Reset its PIN with the PUK instead.</source>
        <translation>أعد تعيين رمز PIN الخاص بها باستخدام رمز PUK بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>A card named &quot;%1&quot; exists already (%2).</source>
        <translation>توجد بطاقة باسم &quot;%1&quot; بالفعل (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n smart card(s) exist already, the most there can be at once.</source>
        <translation>
            <numerusform>لا توجد أي بطاقة ذكية، وهو الحد الأقصى المسموح به في وقت واحد.</numerusform>
            <numerusform>توجد بطاقة ذكية واحدة بالفعل، وهو الحد الأقصى المسموح به في وقت واحد.</numerusform>
            <numerusform>توجد بطاقتان ذكيتان بالفعل، وهو الحد الأقصى المسموح به في وقت واحد.</numerusform>
            <numerusform>توجد %n بطاقات ذكية بالفعل، وهو الحد الأقصى المسموح به في وقت واحد.</numerusform>
            <numerusform>توجد %n بطاقة ذكية بالفعل، وهو الحد الأقصى المسموح به في وقت واحد.</numerusform>
            <numerusform>توجد %n بطاقة ذكية بالفعل، وهو الحد الأقصى المسموح به في وقت واحد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulated failure at %1</source>
        <extracomment>The simulator (a test tool) fails on purpose; %1 is the name of a status such as TPMVSCMGR_STATUS_CARD_CREATED.</extracomment>
        <translation>فشل محاكى عند %1</translation>
    </message>
    <message>
        <source>The state folder %1 is locked by another process.</source>
        <translation>مجلد الحالة %1 مقفل من قِبل عملية أخرى.</translation>
    </message>
    <message>
        <source>This card exists only as a file in %1; no application can use it.</source>
        <translation>هذه البطاقة موجودة فقط كملف في %1؛ ولا يمكن لأي تطبيق استخدامها.</translation>
    </message>
    <message>
        <source>No simulated card has the instance id %1.</source>
        <translation>لا توجد بطاقة محاكاة بمعرّف المثيل %1.</translation>
    </message>
    <message>
        <source>Simulated failure of status</source>
        <extracomment>The simulator (a test tool) fails on purpose; &quot;status&quot; is the command of that name.</extracomment>
        <translation>فشل محاكى للحالة</translation>
    </message>
    <message>
        <source>The simulated card checks the secret…</source>
        <translation>تتحقق بطاقة المحاكاة من السر…</translation>
    </message>
    <message>
        <source>Simulated failure of %1</source>
        <translation>فشل محاكى لـ %1</translation>
    </message>
</context>
<context>
    <name>SimulatorStore</name>
    <message>
        <source>The folder %1 cannot be written.</source>
        <translation>تتعذر الكتابة في المجلد %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>يتعذر إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تتعذر كتابة %1: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>تتعذر إزالة %1: %2</translation>
    </message>
</context>
<context>
    <name>SoftwareTpm</name>
    <message>
        <source>The software TPM is already running.</source>
        <translation>وحدة TPM البرمجية قيد التشغيل بالفعل.</translation>
    </message>
    <message>
        <source>The program swtpm was not found. Install the package swtpm.</source>
        <translation>لم يتم العثور على البرنامج swtpm. ثبّت الحزمة swtpm.</translation>
    </message>
    <message>
        <source>The TPM resource manager tpm2-abrmd was not found. Install the packages tpm2-abrmd and libtss2-tcti-tabrmd0.</source>
        <translation>لم يتم العثور على مدير موارد TPM tpm2-abrmd. ثبّت الحزمتين tpm2-abrmd و libtss2-tcti-tabrmd0.</translation>
    </message>
    <message>
        <source>The software TPM is running (%1).</source>
        <translation>وحدة TPM البرمجية قيد التشغيل (%1).</translation>
    </message>
    <message>
        <source>The software TPM could not be started.</source>
        <translation>تعذر بدء وحدة TPM البرمجية.</translation>
    </message>
    <message>
        <source>%1 failed to start.</source>
        <translation>فشل بدء %1.</translation>
    </message>
    <message>
        <source>This session has no D-Bus session bus, and the program dbus-daemon was not found. Install the package dbus-daemon.</source>
        <translation>لا تحتوي هذه الجلسة على ناقل جلسة D-Bus، ولم يتم العثور على البرنامج dbus-daemon. ثبّت الحزمة dbus-daemon.</translation>
    </message>
    <message>
        <source>The TPM resource manager did not come up on the D-Bus session bus as %1.</source>
        <translation>لم يظهر مدير موارد TPM على ناقل جلسة D-Bus باسم %1.</translation>
    </message>
    <message>
        <source>The software TPM does not answer through its resource manager: %1</source>
        <translation>لا تستجيب وحدة TPM البرمجية من خلال مدير الموارد الخاص بها: %1</translation>
    </message>
    <message>
        <source>The software TPM is not running.</source>
        <translation>وحدة TPM البرمجية ليست قيد التشغيل.</translation>
    </message>
    <message>
        <source>The software TPM was shut down.</source>
        <translation>تم إيقاف تشغيل وحدة TPM البرمجية.</translation>
    </message>
    <message>
        <source>The software TPM could not be shut down cleanly.</source>
        <translation>تعذر إيقاف تشغيل وحدة TPM البرمجية بشكل سليم.</translation>
    </message>
    <message>
        <source>The user service %1 did not stop.</source>
        <translation>لم تتوقف خدمة المستخدم %1.</translation>
    </message>
    <message>
        <source>The software TPM is running as the user service %1; its socket is %2. Keys are not protected by hardware.</source>
        <translation>وحدة TPM البرمجية قيد التشغيل كخدمة المستخدم %1؛ ومقبس الاتصال الخاص بها هو %2. المفاتيح غير محمية بالأجهزة.</translation>
    </message>
    <message>
        <source>The software TPM is running as a background process; its socket is %1. Keys are not protected by hardware.</source>
        <translation>وحدة TPM البرمجية قيد التشغيل كعملية في الخلفية؛ ومقبس الاتصال الخاص بها هو %1. المفاتيح غير محمية بالأجهزة.</translation>
    </message>
    <message>
        <source>The software TPM is stopped; its state is kept in %1.</source>
        <translation>وحدة TPM البرمجية متوقفة؛ وحالتها محفوظة في %1.</translation>
    </message>
    <message>
        <source>The software TPM has not been set up yet; it starts when a card needs it.</source>
        <translation>لم يتم إعداد وحدة TPM البرمجية بعد؛ وستبدأ عندما تحتاج إليها بطاقة.</translation>
    </message>
    <message>
        <source>Its resource manager tpm2-abrmd is running as %1 on the D-Bus session bus.</source>
        <translation>مدير الموارد الخاص بها tpm2-abrmd قيد التشغيل باسم %1 على ناقل جلسة D-Bus.</translation>
    </message>
    <message>
        <source>Its resource manager tpm2-abrmd is not running; it starts when a card needs it.</source>
        <translation>مدير الموارد الخاص بها tpm2-abrmd ليس قيد التشغيل؛ وسيبدأ عندما تحتاج إليه بطاقة.</translation>
    </message>
    <message>
        <source>This session has no D-Bus session bus; the software TPM brings its own at %1.</source>
        <translation>لا تحتوي هذه الجلسة على ناقل جلسة D-Bus؛ وتوفر وحدة TPM البرمجية ناقلها الخاص على %1.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use start, stop or status.</source>
        <translation>إجراء غير معروف &quot;%1&quot;: استخدم start أو stop أو status.</translation>
    </message>
    <message numerus="yes">
        <source>swtpm did not open %1 within %n second(s).</source>
        <translation>
            <numerusform>لم يفتح swtpm %1 خلال %n ثانية.</numerusform>
            <numerusform>لم يفتح swtpm %1 خلال ثانية واحدة.</numerusform>
            <numerusform>لم يفتح swtpm %1 خلال ثانيتين.</numerusform>
            <numerusform>لم يفتح swtpm %1 خلال %n ثوانٍ.</numerusform>
            <numerusform>لم يفتح swtpm %1 خلال %n ثانية.</numerusform>
            <numerusform>لم يفتح swtpm %1 خلال %n ثانية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Check what will be created. Use Back to change anything.</source>
        <translation>تحقق مما سيتم إنشاؤه. استخدم الزر السابق لتغيير أي شيء.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Card name</source>
        <translation>اسم البطاقة</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>رمز PIN:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <source>Recovery:</source>
        <translation>الاسترداد:</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>الاسترداد</translation>
    </message>
    <message>
        <source>Admin key:</source>
        <translation>مفتاح المسؤول:</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>مفتاح المسؤول</translation>
    </message>
    <message>
        <source>Prepared now:</source>
        <extracomment>Followed by what is made on the card right away (its file system, a key pair).</extracomment>
        <translation>التجهيز الآن:</translation>
    </message>
    <message>
        <source>Prepared now</source>
        <extracomment>Followed by what is made on the card right away (its file system, a key pair).</extracomment>
        <translation>التجهيز الآن</translation>
    </message>
    <message>
        <source>Key algorithm:</source>
        <translation>خوارزمية المفتاح:</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>خوارزمية المفتاح</translation>
    </message>
    <message>
        <source>Attestation:</source>
        <translation>الإثبات:</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>الإثبات</translation>
    </message>
    <message>
        <source>Created by:</source>
        <extracomment>Followed by what makes and keeps the card: the computer&apos;s TPM, a software TPM or a simulator.</extracomment>
        <translation>تم الإنشاء بواسطة:</translation>
    </message>
    <message>
        <source>Created by</source>
        <extracomment>Followed by what makes and keeps the card: the computer&apos;s TPM, a software TPM or a simulator.</extracomment>
        <translation>تم الإنشاء بواسطة</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Press Create to create the card. This can take a minute; the secrets you typed are not shown here.</source>
        <translation>اضغط إنشاء لإنشاء البطاقة. قد يستغرق ذلك دقيقة؛ ولا تظهر هنا البيانات السرية التي كتبتها.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;إنشاء</translation>
    </message>
    <message>
        <source>The PIN can be reset with the PUK you chose</source>
        <translation>يمكن إعادة تعيين رمز PIN باستخدام رمز PUK الذي اخترته</translation>
    </message>
    <message>
        <source>None (the PUK takes its place)</source>
        <translation>لا شيء (يحل رمز PUK محله)</translation>
    </message>
    <message>
        <source>The PIN can be reset only with the PUK you chose</source>
        <translation>لا يمكن إعادة تعيين رمز PIN إلا باستخدام رمز PUK الذي اخترته</translation>
    </message>
    <message>
        <source>A random key that nobody knows</source>
        <translation>مفتاح عشوائي لا يعرفه أحد</translation>
    </message>
    <message>
        <source>The PIN can be reset with the PUK you chose or with the admin key you entered</source>
        <translation>يمكن إعادة تعيين رمز PIN باستخدام رمز PUK الذي اخترته أو باستخدام مفتاح المسؤول الذي أدخلته</translation>
    </message>
    <message>
        <source>The PIN can be reset with the admin key you entered</source>
        <translation>يمكن إعادة تعيين رمز PIN باستخدام مفتاح المسؤول الذي أدخلته</translation>
    </message>
    <message>
        <source>The key you entered (check value %1)</source>
        <translation>المفتاح الذي أدخلته (قيمة التحقق %1)</translation>
    </message>
    <message>
        <source>The PIN can be reset with the PUK you chose or with the publicly known default admin key</source>
        <translation>يمكن إعادة تعيين رمز PIN باستخدام رمز PUK الذي اخترته أو باستخدام مفتاح المسؤول الافتراضي المعروف للعامة</translation>
    </message>
    <message>
        <source>The PIN can be reset with the publicly known default admin key</source>
        <translation>يمكن إعادة تعيين رمز PIN باستخدام مفتاح المسؤول الافتراضي المعروف للعامة</translation>
    </message>
    <message>
        <source>The publicly known default key (check value %1)</source>
        <translation>المفتاح الافتراضي المعروف للعامة (قيمة التحقق %1)</translation>
    </message>
    <message>
        <source>Anyone who has this card can reset its PIN with the publicly known default admin key.</source>
        <translation>يمكن لأي شخص يحوز هذه البطاقة إعادة تعيين رمز PIN الخاص بها باستخدام مفتاح المسؤول الافتراضي المعروف للعامة.</translation>
    </message>
    <message>
        <source>Set; it meets your organization&apos;s rules</source>
        <extracomment>The PIN has been set (a value beside &quot;PIN:&quot; in the summary).</extracomment>
        <translation>معيّن؛ ويستوفي قواعد مؤسستك</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>معيّن</translation>
    </message>
    <message>
        <source>No, the card stays empty</source>
        <translation>لا، تبقى البطاقة فارغة</translation>
    </message>
    <message>
        <source>Yes, a file system and a key pair</source>
        <translation>نعم، نظام ملفات وزوج مفاتيح</translation>
    </message>
    <message>
        <source>Yes, a key pair</source>
        <translation>نعم، زوج مفاتيح</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>RSA 2048 bits</source>
        <translation>RSA بطول 2048 بت</translation>
    </message>
    <message>
        <source>Elliptic curve P-256</source>
        <translation>المنحنى الإهليلجي P-256</translation>
    </message>
    <message>
        <source>Attestation identity key only</source>
        <translation>مفتاح هوية الإثبات فقط</translation>
    </message>
    <message>
        <source>Attestation identity key and certificate</source>
        <translation>مفتاح هوية الإثبات والشهادة</translation>
    </message>
    <message>
        <source>The simulator, which creates no real card</source>
        <translation>المحاكي، الذي لا ينشئ بطاقة فعلية</translation>
    </message>
    <message>
        <source>The TPM of this computer</source>
        <translation>وحدة TPM في هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>A software TPM on this computer, whose keys are not protected by hardware</source>
        <translation>وحدة TPM برمجية على هذا الكمبيوتر، مفاتيحها غير محمية بالأجهزة</translation>
    </message>
    <message>
        <source>The PIN can never be reset. If it is forgotten or blocked, the card can only be removed and a new one created.</source>
        <translation>لا يمكن إعادة تعيين رمز PIN أبدًا. إذا نُسي أو حُظر، فلا يمكن إلا إزالة البطاقة وإنشاء بطاقة جديدة.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager of Windows</source>
        <translation>إدارة البطاقات الذكية الظاهرية لوحدة TPM في Windows</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>The token store %1 cannot be reached.</source>
        <translation>يتعذر الوصول إلى مخزن الرموز المميزة %1.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder of your own, or check the permissions of the folders on the way to it.</source>
        <translation>حدد لـ --store (أو TPM2_PKCS11_STORE) مجلدًا خاصًا بك، أو تحقق من أذونات المجلدات في المسار المؤدي إليه.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder of your own, or the name of a new folder in one that exists, which the program makes for you.</source>
        <translation>حدد لـ --store (أو TPM2_PKCS11_STORE) مجلدًا خاصًا بك، أو اسم مجلد جديد داخل مجلد موجود، وسينشئه البرنامج لك.</translation>
    </message>
    <message>
        <source>The token store %1 is a file, not a folder.</source>
        <translation>مخزن الرموز المميزة %1 ملف، وليس مجلدًا.</translation>
    </message>
    <message>
        <source>The token store %1 belongs to another user (%2), not to you (%3).</source>
        <translation>مخزن الرموز المميزة %1 يخص مستخدمًا آخر (%2)، وليس أنت (%3).</translation>
    </message>
    <message>
        <source>The token store %1 is a folder anyone may write to (mode %2), so another user could put a database of their own in it.</source>
        <translation>مخزن الرموز المميزة %1 مجلد يمكن لأي شخص الكتابة فيه (الوضع %2)، لذا يمكن لمستخدم آخر أن يضع فيه قاعدة بيانات خاصة به.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder only you may write to, or the name of a new folder, which the program makes private. It does not change the mode of a folder it did not make.</source>
        <translation>حدد لـ --store (أو TPM2_PKCS11_STORE) مجلدًا لا يمكن لغيرك الكتابة فيه، أو اسم مجلد جديد، وسيجعله البرنامج خاصًا. لا يغيّر البرنامج وضع مجلد لم ينشئه.</translation>
    </message>
    <message>
        <source>The token store %1 cannot be read.</source>
        <translation>تتعذر قراءة مخزن الرموز المميزة %1.</translation>
    </message>
    <message>
        <source>Allow yourself to read it (chmod u+rx), or give --store (or TPM2_PKCS11_STORE) another folder.</source>
        <translation>امنح نفسك إذن قراءته (chmod u+rx)، أو حدد لـ --store (أو TPM2_PKCS11_STORE) مجلدًا آخر.</translation>
    </message>
    <message>
        <source>The folder %1 holds files that are not a token store&apos;s (%2), so it is not used as one.</source>
        <translation>يحتوي المجلد %1 على ملفات لا تخص مخزن رموز مميزة (%2)، لذا لا يُستخدم كمخزن.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) an empty folder, the name of a new one, or an existing token store (a folder with tpm2_pkcs11.sqlite3 and nothing unrelated).</source>
        <translation>حدد لـ --store (أو TPM2_PKCS11_STORE) مجلدًا فارغًا، أو اسم مجلد جديد، أو مخزن رموز مميزة موجودًا (مجلدًا يحتوي على tpm2_pkcs11.sqlite3 ولا شيء غير ذي صلة).</translation>
    </message>
    <message>
        <source>The token store %1 is not writable, so no card can be made in it or removed from it.</source>
        <translation>مخزن الرموز المميزة %1 غير قابل للكتابة، لذا لا يمكن إنشاء أي بطاقة فيه أو إزالتها منه.</translation>
    </message>
    <message>
        <source>Make it writable for yourself, or give --store (or TPM2_PKCS11_STORE) another folder. Listing its cards needs no write.</source>
        <translation>اجعله قابلاً للكتابة بالنسبة لك، أو حدد لـ --store (أو TPM2_PKCS11_STORE) مجلدًا آخر. لا يتطلب سرد بطاقاته أي كتابة.</translation>
    </message>
    <message>
        <source>The token store&apos;s database %1 is damaged or is not a token store&apos;s database, so its cards cannot be read. Nothing was written to it.</source>
        <translation>قاعدة بيانات مخزن الرموز المميزة %1 تالفة أو ليست قاعدة بيانات لمخزن رموز مميزة، لذا تتعذر قراءة بطاقاتها. لم تتم كتابة أي شيء فيها.</translation>
    </message>
    <message>
        <source>Put back a copy of %1 from a backup, or give --store (or TPM2_PKCS11_STORE) another folder for new cards. Keep the damaged file: a recovery tool may still read keys from it.</source>
        <translation>استعد نسخة من %1 من نسخة احتياطية، أو حدد لـ --store (أو TPM2_PKCS11_STORE) مجلدًا آخر للبطاقات الجديدة. احتفظ بالملف التالف: فقد تتمكن أداة استرداد من قراءة المفاتيح منه.</translation>
    </message>
    <message>
        <source>The disk that holds the token store %1 is full, so the card could not be written. Nothing of this attempt was kept.</source>
        <translation>القرص الذي يحتوي على مخزن الرموز المميزة %1 ممتلئ، لذا تعذرت كتابة البطاقة. لم يتم الاحتفاظ بأي شيء من هذه المحاولة.</translation>
    </message>
    <message numerus="yes">
        <source>Free some space on that disk (at least %n MiB), then try again; or give --store (or TPM2_PKCS11_STORE) a folder on another disk.</source>
        <translation>
            <numerusform>حرر بعض المساحة على هذا القرص (%n ميبيبايت على الأقل)، ثم أعد المحاولة؛ أو حدد لـ --store (أو TPM2_PKCS11_STORE) مجلدًا على قرص آخر.</numerusform>
            <numerusform>حرر بعض المساحة على هذا القرص (1 ميبيبايت على الأقل)، ثم أعد المحاولة؛ أو حدد لـ --store (أو TPM2_PKCS11_STORE) مجلدًا على قرص آخر.</numerusform>
            <numerusform>حرر بعض المساحة على هذا القرص (2 ميبيبايت على الأقل)، ثم أعد المحاولة؛ أو حدد لـ --store (أو TPM2_PKCS11_STORE) مجلدًا على قرص آخر.</numerusform>
            <numerusform>حرر بعض المساحة على هذا القرص (%n ميبيبايت على الأقل)، ثم أعد المحاولة؛ أو حدد لـ --store (أو TPM2_PKCS11_STORE) مجلدًا على قرص آخر.</numerusform>
            <numerusform>حرر بعض المساحة على هذا القرص (%n ميبيبايت على الأقل)، ثم أعد المحاولة؛ أو حدد لـ --store (أو TPM2_PKCS11_STORE) مجلدًا على قرص آخر.</numerusform>
            <numerusform>حرر بعض المساحة على هذا القرص (%n ميبيبايت على الأقل)، ثم أعد المحاولة؛ أو حدد لـ --store (أو TPM2_PKCS11_STORE) مجلدًا على قرص آخر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Neither the token store %1 nor the folder %2 that would hold it exists. The program makes only the store&apos;s own folder, so that a mistyped path does not become folders.</source>
        <translation>لا يوجد مخزن الرموز المميزة %1 ولا المجلد %2 الذي سيحتويه. لا ينشئ البرنامج إلا المجلد الخاص بالمخزن نفسه، حتى لا يتحول مسار مكتوب بشكل خاطئ إلى مجلدات.</translation>
    </message>
    <message>
        <source>Check the path given to --store (or TPM2_PKCS11_STORE), or create %1 first.</source>
        <translation>تحقق من المسار المحدد لـ --store (أو TPM2_PKCS11_STORE)، أو أنشئ %1 أولاً.</translation>
    </message>
    <message>
        <source>The token store %1 is not writable: %2, where it would be made, is not a folder.</source>
        <translation>مخزن الرموز المميزة %1 غير قابل للكتابة: %2، حيث سيتم إنشاؤه، ليس مجلدًا.</translation>
    </message>
    <message>
        <source>Check the path given to --store (or TPM2_PKCS11_STORE).</source>
        <translation>تحقق من المسار المحدد لـ --store (أو TPM2_PKCS11_STORE).</translation>
    </message>
    <message>
        <source>The token store %1 is not writable: you may not make a folder in %2.</source>
        <translation>مخزن الرموز المميزة %1 غير قابل للكتابة: لا يُسمح لك بإنشاء مجلد في %2.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder in one you may write to, such as your home folder.</source>
        <translation>حدد لـ --store (أو TPM2_PKCS11_STORE) مجلدًا داخل مجلد يمكنك الكتابة فيه، مثل المجلد الرئيسي الخاص بك.</translation>
    </message>
    <message>
        <source>The token store %1 could not be made.</source>
        <translation>تعذر إنشاء مخزن الرموز المميزة %1.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder in one you may write to.</source>
        <translation>حدد لـ --store (أو TPM2_PKCS11_STORE) مجلدًا داخل مجلد يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <source>Make it writable for yourself, or give --store (or TPM2_PKCS11_STORE) another folder.</source>
        <translation>اجعله قابلاً للكتابة بالنسبة لك، أو حدد لـ --store (أو TPM2_PKCS11_STORE) مجلدًا آخر.</translation>
    </message>
    <message numerus="yes">
        <source>The folder %1 holds files that are not a token store&apos;s (%2 and %n more), so it is not used as one.</source>
        <translation>
            <numerusform>يحتوي المجلد %1 على ملفات لا تخص مخزن رموز مميزة (%2)، لذا لا يُستخدم كمخزن.</numerusform>
            <numerusform>يحتوي المجلد %1 على ملفات لا تخص مخزن رموز مميزة (%2 وملف آخر)، لذا لا يُستخدم كمخزن.</numerusform>
            <numerusform>يحتوي المجلد %1 على ملفات لا تخص مخزن رموز مميزة (%2 وملفان آخران)، لذا لا يُستخدم كمخزن.</numerusform>
            <numerusform>يحتوي المجلد %1 على ملفات لا تخص مخزن رموز مميزة (%2 و%n ملفات أخرى)، لذا لا يُستخدم كمخزن.</numerusform>
            <numerusform>يحتوي المجلد %1 على ملفات لا تخص مخزن رموز مميزة (%2 و%n ملفًا آخر)، لذا لا يُستخدم كمخزن.</numerusform>
            <numerusform>يحتوي المجلد %1 على ملفات لا تخص مخزن رموز مميزة (%2 و%n ملف آخر)، لذا لا يُستخدم كمخزن.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tpm2Backend</name>
    <message>
        <source>Software TPM — keys are not protected by hardware</source>
        <translation>وحدة TPM برمجية — المفاتيح غير محمية بالأجهزة</translation>
    </message>
    <message>
        <source>Applications reach the card through the PKCS#11 module %1.</source>
        <translation>تصل التطبيقات إلى البطاقة من خلال الوحدة النمطية PKCS#11 %1.</translation>
    </message>
    <message>
        <source>Programs you start after your next login find it by themselves: %1 sets %2 for them.</source>
        <extracomment>&quot;it&quot; is the software TPM; %1 is a file path, %2 an environment variable&apos;s name.</extracomment>
        <translation>ستعثر عليها البرامج التي تبدأها بعد تسجيل الدخول التالي تلقائيًا: يعيّن %1 لها %2.</translation>
    </message>
    <message>
        <source>The settings for other programs could not be registered: %1</source>
        <translation>تعذر تسجيل الإعدادات للبرامج الأخرى: %1</translation>
    </message>
    <message>
        <source>This session has no D-Bus session bus, so programs reach the software TPM only with the lines below in their environment.</source>
        <translation>لا تحتوي هذه الجلسة على ناقل جلسة D-Bus، لذا لا تصل البرامج إلى وحدة TPM البرمجية إلا إذا كانت الأسطر أدناه في بيئتها.</translation>
    </message>
    <message>
        <source>In a terminal, the line below shows the card&apos;s public keys.</source>
        <translation>في وحدة طرفية، يعرض السطر أدناه المفاتيح العامة للبطاقة.</translation>
    </message>
    <message>
        <source>In a terminal that is already open, the lines below reach the card; the last one shows its public keys.</source>
        <translation>في وحدة طرفية مفتوحة بالفعل، تصل الأسطر أدناه إلى البطاقة؛ ويعرض آخرها مفاتيحها العامة.</translation>
    </message>
    <message>
        <source>The tpm2-pkcs11 module was not found. Install the package libtpm2-pkcs11-1.</source>
        <translation>لم يتم العثور على الوحدة النمطية tpm2-pkcs11. ثبّت الحزمة libtpm2-pkcs11-1.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2). Ask your administrator to add you to the group tss, then sign in again.</source>
        <translation>يتعذر فتح %1 (%2). اطلب من المسؤول إضافتك إلى المجموعة tss، ثم سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>The software TPM does not answer: %1</source>
        <translation>لا تستجيب وحدة TPM البرمجية: %1</translation>
    </message>
    <message>
        <source>The token store %1 may not be written, and a copy of it to read could not be made: %2</source>
        <translation>لا يُسمح بالكتابة في مخزن الرموز المميزة %1، وتعذر إنشاء نسخة منه للقراءة: %2</translation>
    </message>
    <message>
        <source>C_Initialize with TCTI %1 failed: %2</source>
        <translation>فشل C_Initialize باستخدام TCTI %1: %2</translation>
    </message>
    <message>
        <source>Waiting for another vscwizard (process %1) to finish with the token store %2…</source>
        <translation>جارٍ انتظار انتهاء مثيل vscwizard آخر (العملية %1) من استخدام مخزن الرموز المميزة %2…</translation>
    </message>
    <message>
        <source>Waiting for another vscwizard to finish with the token store %1…</source>
        <translation>جارٍ انتظار انتهاء مثيل vscwizard آخر من استخدام مخزن الرموز المميزة %1…</translation>
    </message>
    <message>
        <source>The token store is busy</source>
        <translation>مخزن الرموز المميزة مشغول</translation>
    </message>
    <message>
        <source>Wait until it has finished, or end it, then try again. Nothing was changed.</source>
        <translation>انتظر حتى ينتهي، أو أنهِه، ثم أعد المحاولة. لم يتم تغيير أي شيء.</translation>
    </message>
    <message>
        <source>The unfinished card &quot;%1&quot; could not be removed: %2</source>
        <translation>تعذرت إزالة البطاقة غير المكتملة &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>There is no card with the instance id &quot;%1&quot;.</source>
        <translation>لا توجد بطاقة بمعرّف المثيل &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>The token store is damaged</source>
        <translation>مخزن الرموز المميزة تالف</translation>
    </message>
    <message>
        <source>The token store is read-only</source>
        <translation>مخزن الرموز المميزة للقراءة فقط</translation>
    </message>
    <message>
        <source>The token store cannot be read</source>
        <translation>تتعذر قراءة مخزن الرموز المميزة</translation>
    </message>
    <message>
        <source>This folder cannot be the token store</source>
        <translation>لا يمكن أن يكون هذا المجلد مخزن الرموز المميزة</translation>
    </message>
    <message>
        <source>The software TPM is not running</source>
        <translation>وحدة TPM البرمجية ليست قيد التشغيل</translation>
    </message>
    <message>
        <source>The software TPM stopped, or does not answer, so the operation could not finish.</source>
        <translation>توقفت وحدة TPM البرمجية، أو لا تستجيب، لذا تعذر إكمال العملية.</translation>
    </message>
    <message>
        <source>Start it again with “vscwizard software-tpm start”, then try again.</source>
        <translation>ابدأ تشغيلها مرة أخرى باستخدام «vscwizard software-tpm start»، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Try again: the next operation starts it again.</source>
        <translation>أعد المحاولة: ستبدأ العملية التالية تشغيلها مرة أخرى.</translation>
    </message>
    <message>
        <source>The TPM is locked after too many wrong PINs</source>
        <translation>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا</translation>
    </message>
    <message>
        <source>The TPM is locked after too many wrong PINs (%1 of %2). It protects every card this way, whichever program the PINs were typed in.</source>
        <translation>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا (%1 من %2). وهي تحمي كل البطاقات بهذه الطريقة، أيًا كان البرنامج الذي كُتبت فيه رموز PIN.</translation>
    </message>
    <message>
        <source>The TPM has no room for more objects</source>
        <translation>لا توجد مساحة في وحدة TPM لمزيد من الكائنات</translation>
    </message>
    <message>
        <source>The TPM has no room for more objects: programs that ended without cleaning up left theirs loaded. This happens only where no resource manager stands in front of the TPM (%1).</source>
        <translation>لا توجد مساحة في وحدة TPM لمزيد من الكائنات: فالبرامج التي انتهت دون تنظيف تركت كائناتها محمّلة. يحدث هذا فقط عندما لا يقف أي مدير موارد أمام وحدة TPM (%1).</translation>
    </message>
    <message>
        <source>Restart that TPM, or reach it through a resource manager: the kernel&apos;s /dev/tpmrm0, or the program&apos;s own software TPM, which has one.</source>
        <translation>أعد تشغيل وحدة TPM هذه، أو صِل إليها من خلال مدير موارد: /dev/tpmrm0 الخاص بالنواة، أو وحدة TPM البرمجية الخاصة بالبرنامج، التي تتضمن مدير موارد.</translation>
    </message>
    <message>
        <source>No TPM found</source>
        <translation>لم يتم العثور على وحدة TPM</translation>
    </message>
    <message>
        <source>There is no TPM at %1.</source>
        <translation>لا توجد وحدة TPM في %1.</translation>
    </message>
    <message>
        <source>If this computer has a TPM, turn it on in the firmware settings; otherwise use the software TPM (--tpm software).</source>
        <translation>إذا كان هذا الكمبيوتر يحتوي على وحدة TPM، فقم بتشغيلها في إعدادات البرنامج الثابت؛ وإلا فاستخدم وحدة TPM البرمجية (--tpm software).</translation>
    </message>
    <message>
        <source>Check the path given to --tpm device:PATH (the kernel&apos;s TPM is /dev/tpmrm0), or use the software TPM (--tpm software).</source>
        <translation>تحقق من المسار المحدد لـ --tpm device:PATH (وحدة TPM الخاصة بالنواة هي /dev/tpmrm0)، أو استخدم وحدة TPM البرمجية (--tpm software).</translation>
    </message>
    <message>
        <source>No permission to use the TPM</source>
        <translation>لا يوجد إذن باستخدام وحدة TPM</translation>
    </message>
    <message>
        <source>You may not use the TPM %1.</source>
        <translation>لا يُسمح لك باستخدام وحدة TPM %1.</translation>
    </message>
    <message>
        <source>Ask your administrator to add your account to the group tss, then sign out and in again; or use the software TPM (--tpm software).</source>
        <translation>اطلب من المسؤول إضافة حسابك إلى المجموعة tss، ثم سجّل الخروج وسجّل الدخول مرة أخرى؛ أو استخدم وحدة TPM البرمجية (--tpm software).</translation>
    </message>
    <message>
        <source>The TPM does not answer</source>
        <translation>لا تستجيب وحدة TPM</translation>
    </message>
    <message>
        <source>No TPM answered through %1.</source>
        <translation>لم تستجب أي وحدة TPM من خلال %1.</translation>
    </message>
    <message>
        <source>Check the TCTI given with --tpm tcti:STRING (such as device:/dev/tpmrm0, or swtpm:host=localhost,port=2321 for a running swtpm), or leave --tpm out to use this computer&apos;s TPM or the software TPM.</source>
        <translation>تحقق من TCTI المحدد باستخدام --tpm tcti:STRING (مثل device:/dev/tpmrm0، أو swtpm:host=localhost,port=2321 لمثيل swtpm قيد التشغيل)، أو احذف --tpm لاستخدام وحدة TPM في هذا الكمبيوتر أو وحدة TPM البرمجية.</translation>
    </message>
    <message>
        <source>Another program may hold the TPM (%1 serves one program at a time; /dev/tpmrm0 serves many): try again when it has finished, or use /dev/tpmrm0.</source>
        <translation>ربما يشغل برنامج آخر وحدة TPM (يخدم %1 برنامجًا واحدًا في كل مرة؛ بينما يخدم /dev/tpmrm0 برامج كثيرة): أعد المحاولة عندما ينتهي، أو استخدم /dev/tpmrm0.</translation>
    </message>
    <message>
        <source>The token store belongs to another TPM</source>
        <translation>مخزن الرموز المميزة يخص وحدة TPM أخرى</translation>
    </message>
    <message>
        <source>The token store %1 holds cards of another TPM: its storage key is not on this one.</source>
        <translation>يحتوي مخزن الرموز المميزة %1 على بطاقات وحدة TPM أخرى: مفتاح التخزين الخاص به غير موجود على هذه الوحدة.</translation>
    </message>
    <message>
        <source>Keep the cards of each TPM in a store of their own (--store), or use the TPM they were made on.</source>
        <translation>احتفظ ببطاقات كل وحدة TPM في مخزن خاص بها (--store)، أو استخدم وحدة TPM التي أُنشئت عليها.</translation>
    </message>
    <message numerus="yes">
        <source>Another program was writing to the token store %1 and did not finish within %n second(s), so this operation could not use it.</source>
        <translation>
            <numerusform>كان برنامج آخر يكتب في مخزن الرموز المميزة %1 ولم ينتهِ خلال %n ثانية، لذا تعذر على هذه العملية استخدامه.</numerusform>
            <numerusform>كان برنامج آخر يكتب في مخزن الرموز المميزة %1 ولم ينتهِ خلال ثانية واحدة، لذا تعذر على هذه العملية استخدامه.</numerusform>
            <numerusform>كان برنامج آخر يكتب في مخزن الرموز المميزة %1 ولم ينتهِ خلال ثانيتين، لذا تعذر على هذه العملية استخدامه.</numerusform>
            <numerusform>كان برنامج آخر يكتب في مخزن الرموز المميزة %1 ولم ينتهِ خلال %n ثوانٍ، لذا تعذر على هذه العملية استخدامه.</numerusform>
            <numerusform>كان برنامج آخر يكتب في مخزن الرموز المميزة %1 ولم ينتهِ خلال %n ثانية، لذا تعذر على هذه العملية استخدامه.</numerusform>
            <numerusform>كان برنامج آخر يكتب في مخزن الرموز المميزة %1 ولم ينتهِ خلال %n ثانية، لذا تعذر على هذه العملية استخدامه.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again once that program has finished; nothing of this attempt was kept.</source>
        <translation>أعد المحاولة بعد أن ينتهي ذلك البرنامج؛ لم يتم الاحتفاظ بأي شيء من هذه المحاولة.</translation>
    </message>
    <message>
        <source>Not a TPM device</source>
        <translation>ليس جهاز TPM</translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>البطاقة غير موجودة</translation>
    </message>
    <message>
        <source>There is no card with the instance id “%1” in the token store %2.</source>
        <translation>لا توجد بطاقة بمعرّف المثيل «%1» في مخزن الرموز المميزة %2.</translation>
    </message>
    <message>
        <source>“vscwizard list” shows the cards and their instance ids; another program may have removed this one already.</source>
        <translation>يعرض «vscwizard list» البطاقات ومعرّفات المثيلات الخاصة بها؛ ربما أزال برنامج آخر هذه البطاقة بالفعل.</translation>
    </message>
    <message>
        <source>Type the PUK again, carefully: it is the one set when the card was made, not the PIN.</source>
        <translation>اكتب رمز PUK مرة أخرى بعناية: إنه الرمز الذي تم تعيينه عند إنشاء البطاقة، وليس رمز PIN.</translation>
    </message>
    <message>
        <source>Check the 48 hexadecimal digits you were given for this card.</source>
        <translation>تحقق من الأرقام الست عشرية الـ 48 التي حصلت عليها لهذه البطاقة.</translation>
    </message>
    <message>
        <source>Type the PIN again, carefully. If you have forgotten it, reset it with the PUK or the admin key instead of guessing: every wrong PIN counts, on every card of this TPM.</source>
        <translation>اكتب رمز PIN مرة أخرى بعناية. إذا نسيته، فأعد تعيينه باستخدام رمز PUK أو مفتاح المسؤول بدلاً من التخمين: فكل رمز PIN خاطئ يُحتسب، على كل بطاقة في وحدة TPM هذه.</translation>
    </message>
    <message>
        <source>Names like &quot;%1&quot; are kept for cards being made; choose another name.</source>
        <extracomment>&quot;kept&quot; = reserved: the program names a card this way while it is being made.</extracomment>
        <translation>الأسماء المشابهة لـ &quot;%1&quot; محجوزة للبطاقات قيد الإنشاء؛ اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>A card named &quot;%1&quot; exists already.</source>
        <translation>توجد بطاقة باسم &quot;%1&quot; بالفعل.</translation>
    </message>
    <message numerus="yes">
        <source>The software TPM holds at most %n card(s): every program that uses them holds one connection to its resource manager per card. Remove a card first.</source>
        <translation>
            <numerusform>لا تتسع وحدة TPM البرمجية لأي بطاقة: يحتفظ كل برنامج يستخدم البطاقات باتصال واحد بمدير مواردها لكل بطاقة. أزل بطاقة أولاً.</numerusform>
            <numerusform>تتسع وحدة TPM البرمجية لبطاقة واحدة كحد أقصى: يحتفظ كل برنامج يستخدم البطاقات باتصال واحد بمدير مواردها لكل بطاقة. أزل بطاقة أولاً.</numerusform>
            <numerusform>تتسع وحدة TPM البرمجية لبطاقتين كحد أقصى: يحتفظ كل برنامج يستخدم البطاقات باتصال واحد بمدير مواردها لكل بطاقة. أزل بطاقة أولاً.</numerusform>
            <numerusform>تتسع وحدة TPM البرمجية لـ %n بطاقات كحد أقصى: يحتفظ كل برنامج يستخدم البطاقات باتصال واحد بمدير مواردها لكل بطاقة. أزل بطاقة أولاً.</numerusform>
            <numerusform>تتسع وحدة TPM البرمجية لـ %n بطاقة كحد أقصى: يحتفظ كل برنامج يستخدم البطاقات باتصال واحد بمدير مواردها لكل بطاقة. أزل بطاقة أولاً.</numerusform>
            <numerusform>تتسع وحدة TPM البرمجية لـ %n بطاقة كحد أقصى: يحتفظ كل برنامج يستخدم البطاقات باتصال واحد بمدير مواردها لكل بطاقة. أزل بطاقة أولاً.</numerusform>
        </translation>
    </message>
    <message>
        <source>The token store has no free slot (tpm2-pkcs11 holds 255 tokens).</source>
        <translation>لا يحتوي مخزن الرموز المميزة على فتحة فارغة (يتسع tpm2-pkcs11 لـ 255 رمزًا مميزًا).</translation>
    </message>
    <message>
        <source>The new token &quot;%1&quot; is not in the slot list (%2).</source>
        <translation>الرمز المميز الجديد &quot;%1&quot; غير موجود في قائمة الفتحات (%2).</translation>
    </message>
    <message>
        <source>Injected failure.</source>
        <extracomment>Seen only in the program&apos;s own tests, which make a create fail on purpose.</extracomment>
        <translation>فشل مُدخَل عمدًا.</translation>
    </message>
    <message>
        <source>Another program created a card named &quot;%1&quot; while this one was being made.</source>
        <translation>أنشأ برنامج آخر بطاقة باسم &quot;%1&quot; أثناء إنشاء هذه البطاقة.</translation>
    </message>
    <message>
        <source>The cancelled card could not be removed: %1</source>
        <translation>تعذرت إزالة البطاقة الملغاة: %1</translation>
    </message>
    <message>
        <source>%1
The unfinished card could not be removed: %2</source>
        <translation>%1
تعذرت إزالة البطاقة غير المكتملة: %2</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has no PUK and a random admin key that nobody knows.</source>
        <translation>لا تحتوي البطاقة &quot;%1&quot; على رمز PUK، ومفتاح المسؤول الخاص بها عشوائي لا يعرفه أحد.</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has no PUK: its PIN is reset with its admin key.</source>
        <translation>لا تحتوي البطاقة &quot;%1&quot; على رمز PUK: يُعاد تعيين رمز PIN الخاص بها باستخدام مفتاح المسؤول الخاص بها.</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has a PUK, which takes the admin key&apos;s place: its PIN is reset with the PUK.</source>
        <translation>تحتوي البطاقة &quot;%1&quot; على رمز PUK يحل محل مفتاح المسؤول: يُعاد تعيين رمز PIN الخاص بها باستخدام رمز PUK.</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has no PUK.</source>
        <translation>لا تحتوي البطاقة &quot;%1&quot; على رمز PUK.</translation>
    </message>
    <message>
        <source>The tpm2-pkcs11 module is not installed. Install the package libtpm2-pkcs11-1.</source>
        <translation>الوحدة النمطية tpm2-pkcs11 غير مثبتة. ثبّت الحزمة libtpm2-pkcs11-1.</translation>
    </message>
    <message>
        <source>The tpm2-pkcs11 module %1 cannot be loaded.</source>
        <translation>يتعذر تحميل الوحدة النمطية tpm2-pkcs11 %1.</translation>
    </message>
    <message>
        <source>The TPM %1 cannot be opened.</source>
        <translation>يتعذر فتح وحدة TPM %1.</translation>
    </message>
    <message>
        <source>The software TPM needs the program swtpm. Install the package swtpm.</source>
        <translation>تحتاج وحدة TPM البرمجية إلى البرنامج swtpm. ثبّت الحزمة swtpm.</translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs (%1 of %2); it accepts PINs again in about %n minute(s).</source>
        <extracomment>%1 of %2: wrong PINs counted, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا (%1 من %2)؛ وستقبل رموز PIN مرة أخرى بعد نحو %n دقيقة.</numerusform>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا (%1 من %2)؛ وستقبل رموز PIN مرة أخرى بعد نحو دقيقة واحدة.</numerusform>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا (%1 من %2)؛ وستقبل رموز PIN مرة أخرى بعد نحو دقيقتين.</numerusform>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا (%1 من %2)؛ وستقبل رموز PIN مرة أخرى بعد نحو %n دقائق.</numerusform>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا (%1 من %2)؛ وستقبل رموز PIN مرة أخرى بعد نحو %n دقيقة.</numerusform>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا (%1 من %2)؛ وستقبل رموز PIN مرة أخرى بعد نحو %n دقيقة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs (%1 of %2); it accepts PINs again in about %n second(s).</source>
        <extracomment>%1 of %2: wrong PINs counted, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا (%1 من %2)؛ وستقبل رموز PIN مرة أخرى بعد نحو %n ثانية.</numerusform>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا (%1 من %2)؛ وستقبل رموز PIN مرة أخرى بعد نحو ثانية واحدة.</numerusform>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا (%1 من %2)؛ وستقبل رموز PIN مرة أخرى بعد نحو ثانيتين.</numerusform>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا (%1 من %2)؛ وستقبل رموز PIN مرة أخرى بعد نحو %n ثوانٍ.</numerusform>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا (%1 من %2)؛ وستقبل رموز PIN مرة أخرى بعد نحو %n ثانية.</numerusform>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا (%1 من %2)؛ وستقبل رموز PIN مرة أخرى بعد نحو %n ثانية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard (process %1) has held the token store %2 for %n minute(s), and still does.</source>
        <extracomment>%1: a process id; %2: a folder.</extracomment>
        <translation>
            <numerusform>تشغل نسخة أخرى من vscwizard (العملية %1) مخزن الرموز المميزة %2 منذ %n دقيقة، ولا تزال تشغله.</numerusform>
            <numerusform>تشغل نسخة أخرى من vscwizard (العملية %1) مخزن الرموز المميزة %2 منذ دقيقة واحدة، ولا تزال تشغله.</numerusform>
            <numerusform>تشغل نسخة أخرى من vscwizard (العملية %1) مخزن الرموز المميزة %2 منذ دقيقتين، ولا تزال تشغله.</numerusform>
            <numerusform>تشغل نسخة أخرى من vscwizard (العملية %1) مخزن الرموز المميزة %2 منذ %n دقائق، ولا تزال تشغله.</numerusform>
            <numerusform>تشغل نسخة أخرى من vscwizard (العملية %1) مخزن الرموز المميزة %2 منذ %n دقيقة، ولا تزال تشغله.</numerusform>
            <numerusform>تشغل نسخة أخرى من vscwizard (العملية %1) مخزن الرموز المميزة %2 منذ %n دقيقة، ولا تزال تشغله.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard (process %1) has held the token store %2 for %n second(s), and still does.</source>
        <extracomment>%1: a process id; %2: a folder.</extracomment>
        <translation>
            <numerusform>تشغل نسخة أخرى من vscwizard (العملية %1) مخزن الرموز المميزة %2 منذ %n ثانية، ولا تزال تشغله.</numerusform>
            <numerusform>تشغل نسخة أخرى من vscwizard (العملية %1) مخزن الرموز المميزة %2 منذ ثانية واحدة، ولا تزال تشغله.</numerusform>
            <numerusform>تشغل نسخة أخرى من vscwizard (العملية %1) مخزن الرموز المميزة %2 منذ ثانيتين، ولا تزال تشغله.</numerusform>
            <numerusform>تشغل نسخة أخرى من vscwizard (العملية %1) مخزن الرموز المميزة %2 منذ %n ثوانٍ، ولا تزال تشغله.</numerusform>
            <numerusform>تشغل نسخة أخرى من vscwizard (العملية %1) مخزن الرموز المميزة %2 منذ %n ثانية، ولا تزال تشغله.</numerusform>
            <numerusform>تشغل نسخة أخرى من vscwizard (العملية %1) مخزن الرموز المميزة %2 منذ %n ثانية، ولا تزال تشغله.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard has held the token store %1 for %n minute(s), and still does.</source>
        <translation>
            <numerusform>تشغل نسخة أخرى من vscwizard مخزن الرموز المميزة %1 منذ %n دقيقة، ولا تزال تشغله.</numerusform>
            <numerusform>تشغل نسخة أخرى من vscwizard مخزن الرموز المميزة %1 منذ دقيقة واحدة، ولا تزال تشغله.</numerusform>
            <numerusform>تشغل نسخة أخرى من vscwizard مخزن الرموز المميزة %1 منذ دقيقتين، ولا تزال تشغله.</numerusform>
            <numerusform>تشغل نسخة أخرى من vscwizard مخزن الرموز المميزة %1 منذ %n دقائق، ولا تزال تشغله.</numerusform>
            <numerusform>تشغل نسخة أخرى من vscwizard مخزن الرموز المميزة %1 منذ %n دقيقة، ولا تزال تشغله.</numerusform>
            <numerusform>تشغل نسخة أخرى من vscwizard مخزن الرموز المميزة %1 منذ %n دقيقة، ولا تزال تشغله.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard has held the token store %1 for %n second(s), and still does.</source>
        <translation>
            <numerusform>تشغل نسخة أخرى من vscwizard مخزن الرموز المميزة %1 منذ %n ثانية، ولا تزال تشغله.</numerusform>
            <numerusform>تشغل نسخة أخرى من vscwizard مخزن الرموز المميزة %1 منذ ثانية واحدة، ولا تزال تشغله.</numerusform>
            <numerusform>تشغل نسخة أخرى من vscwizard مخزن الرموز المميزة %1 منذ ثانيتين، ولا تزال تشغله.</numerusform>
            <numerusform>تشغل نسخة أخرى من vscwizard مخزن الرموز المميزة %1 منذ %n ثوانٍ، ولا تزال تشغله.</numerusform>
            <numerusform>تشغل نسخة أخرى من vscwizard مخزن الرموز المميزة %1 منذ %n ثانية، ولا تزال تشغله.</numerusform>
            <numerusform>تشغل نسخة أخرى من vscwizard مخزن الرموز المميزة %1 منذ %n ثانية، ولا تزال تشغله.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait: the TPM accepts PINs again in about %n minute(s).</source>
        <translation>
            <numerusform>انتظر: ستقبل وحدة TPM رموز PIN مرة أخرى بعد نحو %n دقيقة.</numerusform>
            <numerusform>انتظر: ستقبل وحدة TPM رموز PIN مرة أخرى بعد نحو دقيقة واحدة.</numerusform>
            <numerusform>انتظر: ستقبل وحدة TPM رموز PIN مرة أخرى بعد نحو دقيقتين.</numerusform>
            <numerusform>انتظر: ستقبل وحدة TPM رموز PIN مرة أخرى بعد نحو %n دقائق.</numerusform>
            <numerusform>انتظر: ستقبل وحدة TPM رموز PIN مرة أخرى بعد نحو %n دقيقة.</numerusform>
            <numerusform>انتظر: ستقبل وحدة TPM رموز PIN مرة أخرى بعد نحو %n دقيقة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait: the TPM accepts PINs again in about %n second(s).</source>
        <translation>
            <numerusform>انتظر: ستقبل وحدة TPM رموز PIN مرة أخرى بعد نحو %n ثانية.</numerusform>
            <numerusform>انتظر: ستقبل وحدة TPM رموز PIN مرة أخرى بعد نحو ثانية واحدة.</numerusform>
            <numerusform>انتظر: ستقبل وحدة TPM رموز PIN مرة أخرى بعد نحو ثانيتين.</numerusform>
            <numerusform>انتظر: ستقبل وحدة TPM رموز PIN مرة أخرى بعد نحو %n ثوانٍ.</numerusform>
            <numerusform>انتظر: ستقبل وحدة TPM رموز PIN مرة أخرى بعد نحو %n ثانية.</numerusform>
            <numerusform>انتظر: ستقبل وحدة TPM رموز PIN مرة أخرى بعد نحو %n ثانية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK is wrong for this card. The TPM counts wrong PINs and PUKs of all its cards together: after %n more it refuses every one of them for a while.</source>
        <translation>
            <numerusform>رمز PUK غير صحيح لهذه البطاقة. تحسب وحدة TPM رموز PIN ورموز PUK الخاطئة لكل بطاقاتها معًا: وبعد %n رمز آخر سترفضها جميعًا لفترة من الوقت.</numerusform>
            <numerusform>رمز PUK غير صحيح لهذه البطاقة. تحسب وحدة TPM رموز PIN ورموز PUK الخاطئة لكل بطاقاتها معًا: وبعد رمز خاطئ واحد آخر سترفضها جميعًا لفترة من الوقت.</numerusform>
            <numerusform>رمز PUK غير صحيح لهذه البطاقة. تحسب وحدة TPM رموز PIN ورموز PUK الخاطئة لكل بطاقاتها معًا: وبعد رمزين خاطئين آخرين سترفضها جميعًا لفترة من الوقت.</numerusform>
            <numerusform>رمز PUK غير صحيح لهذه البطاقة. تحسب وحدة TPM رموز PIN ورموز PUK الخاطئة لكل بطاقاتها معًا: وبعد %n رموز خاطئة أخرى سترفضها جميعًا لفترة من الوقت.</numerusform>
            <numerusform>رمز PUK غير صحيح لهذه البطاقة. تحسب وحدة TPM رموز PIN ورموز PUK الخاطئة لكل بطاقاتها معًا: وبعد %n رمزًا خاطئًا آخر سترفضها جميعًا لفترة من الوقت.</numerusform>
            <numerusform>رمز PUK غير صحيح لهذه البطاقة. تحسب وحدة TPM رموز PIN ورموز PUK الخاطئة لكل بطاقاتها معًا: وبعد %n رمز خاطئ آخر سترفضها جميعًا لفترة من الوقت.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The admin key is wrong for this card. The TPM counts wrong PINs and admin keys of all its cards together: after %n more it refuses every one of them for a while.</source>
        <translation>
            <numerusform>مفتاح المسؤول غير صحيح لهذه البطاقة. تحسب وحدة TPM رموز PIN ومفاتيح المسؤول الخاطئة لكل بطاقاتها معًا: وبعد %n محاولة أخرى سترفضها جميعًا لفترة من الوقت.</numerusform>
            <numerusform>مفتاح المسؤول غير صحيح لهذه البطاقة. تحسب وحدة TPM رموز PIN ومفاتيح المسؤول الخاطئة لكل بطاقاتها معًا: وبعد محاولة خاطئة واحدة أخرى سترفضها جميعًا لفترة من الوقت.</numerusform>
            <numerusform>مفتاح المسؤول غير صحيح لهذه البطاقة. تحسب وحدة TPM رموز PIN ومفاتيح المسؤول الخاطئة لكل بطاقاتها معًا: وبعد محاولتين خاطئتين أخريين سترفضها جميعًا لفترة من الوقت.</numerusform>
            <numerusform>مفتاح المسؤول غير صحيح لهذه البطاقة. تحسب وحدة TPM رموز PIN ومفاتيح المسؤول الخاطئة لكل بطاقاتها معًا: وبعد %n محاولات خاطئة أخرى سترفضها جميعًا لفترة من الوقت.</numerusform>
            <numerusform>مفتاح المسؤول غير صحيح لهذه البطاقة. تحسب وحدة TPM رموز PIN ومفاتيح المسؤول الخاطئة لكل بطاقاتها معًا: وبعد %n محاولة خاطئة أخرى سترفضها جميعًا لفترة من الوقت.</numerusform>
            <numerusform>مفتاح المسؤول غير صحيح لهذه البطاقة. تحسب وحدة TPM رموز PIN ومفاتيح المسؤول الخاطئة لكل بطاقاتها معًا: وبعد %n محاولة خاطئة أخرى سترفضها جميعًا لفترة من الوقت.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN is wrong for this card. The TPM counts wrong PINs of all its cards together: after %n more it refuses every PIN for a while.</source>
        <translation>
            <numerusform>رمز PIN غير صحيح لهذه البطاقة. تحسب وحدة TPM رموز PIN الخاطئة لكل بطاقاتها معًا: وبعد %n رمز آخر سترفض كل رموز PIN لفترة من الوقت.</numerusform>
            <numerusform>رمز PIN غير صحيح لهذه البطاقة. تحسب وحدة TPM رموز PIN الخاطئة لكل بطاقاتها معًا: وبعد رمز خاطئ واحد آخر سترفض كل رموز PIN لفترة من الوقت.</numerusform>
            <numerusform>رمز PIN غير صحيح لهذه البطاقة. تحسب وحدة TPM رموز PIN الخاطئة لكل بطاقاتها معًا: وبعد رمزين خاطئين آخرين سترفض كل رموز PIN لفترة من الوقت.</numerusform>
            <numerusform>رمز PIN غير صحيح لهذه البطاقة. تحسب وحدة TPM رموز PIN الخاطئة لكل بطاقاتها معًا: وبعد %n رموز خاطئة أخرى سترفض كل رموز PIN لفترة من الوقت.</numerusform>
            <numerusform>رمز PIN غير صحيح لهذه البطاقة. تحسب وحدة TPM رموز PIN الخاطئة لكل بطاقاتها معًا: وبعد %n رمزًا خاطئًا آخر سترفض كل رموز PIN لفترة من الوقت.</numerusform>
            <numerusform>رمز PIN غير صحيح لهذه البطاقة. تحسب وحدة TPM رموز PIN الخاطئة لكل بطاقاتها معًا: وبعد %n رمز خاطئ آخر سترفض كل رموز PIN لفترة من الوقت.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs. It accepts PINs again in about %n minute(s).</source>
        <translation>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا. وستقبل رموز PIN مرة أخرى بعد نحو %n دقيقة.</numerusform>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا. وستقبل رموز PIN مرة أخرى بعد نحو دقيقة واحدة.</numerusform>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا. وستقبل رموز PIN مرة أخرى بعد نحو دقيقتين.</numerusform>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا. وستقبل رموز PIN مرة أخرى بعد نحو %n دقائق.</numerusform>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا. وستقبل رموز PIN مرة أخرى بعد نحو %n دقيقة.</numerusform>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا. وستقبل رموز PIN مرة أخرى بعد نحو %n دقيقة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs. It accepts PINs again in about %n second(s).</source>
        <translation>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا. وستقبل رموز PIN مرة أخرى بعد نحو %n ثانية.</numerusform>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا. وستقبل رموز PIN مرة أخرى بعد نحو ثانية واحدة.</numerusform>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا. وستقبل رموز PIN مرة أخرى بعد نحو ثانيتين.</numerusform>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا. وستقبل رموز PIN مرة أخرى بعد نحو %n ثوانٍ.</numerusform>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا. وستقبل رموز PIN مرة أخرى بعد نحو %n ثانية.</numerusform>
            <numerusform>وحدة TPM مقفلة بعد إدخال رموز PIN خاطئة كثيرة جدًا. وستقبل رموز PIN مرة أخرى بعد نحو %n ثانية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TpmTarget</name>
    <message>
        <source>Unknown TPM &quot;%1&quot;: use auto, device, device:PATH, software, software:FOLDER or tcti:STRING.</source>
        <translation>وحدة TPM غير معروفة &quot;%1&quot;: استخدم auto أو device أو device:PATH أو software أو software:FOLDER أو tcti:STRING.</translation>
    </message>
    <message>
        <source>A TPM is a character device such as /dev/tpmrm0: give --tpm device:PATH the path of one, or use --tpm software.</source>
        <translation>وحدة TPM هي جهاز أحرف مثل /dev/tpmrm0: حدد لـ --tpm device:PATH مسار أحد هذه الأجهزة، أو استخدم --tpm software.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a regular file, so nothing was written to it.</source>
        <translation>%1 ليس وحدة TPM بل هو ملف عادي، لذا لم تتم كتابة أي شيء فيه.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a folder, so nothing was written to it.</source>
        <translation>%1 ليس وحدة TPM بل هو مجلد، لذا لم تتم كتابة أي شيء فيه.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a named pipe, so nothing was written to it.</source>
        <translation>%1 ليس وحدة TPM بل هو توجيه مسمى، لذا لم تتم كتابة أي شيء فيه.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a socket, so nothing was written to it.</source>
        <translation>%1 ليس وحدة TPM بل هو مقبس اتصال، لذا لم تتم كتابة أي شيء فيه.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a block device, so nothing was written to it.</source>
        <translation>%1 ليس وحدة TPM بل هو جهاز كتلي، لذا لم تتم كتابة أي شيء فيه.</translation>
    </message>
    <message>
        <source>%1 is not a TPM, nor any other device, so nothing was written to it.</source>
        <translation>%1 ليس وحدة TPM ولا أي جهاز آخر، لذا لم تتم كتابة أي شيء فيه.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <source>This wizard creates a virtual smart card on this computer.</source>
        <translation>ينشئ هذا المعالج بطاقة ذكية ظاهرية على هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>A virtual smart card works like a smart card you plug in, but it lives in this computer&apos;s security chip (the TPM). It keeps your keys and certificates safe: you unlock it with a PIN, and the keys cannot be copied off this computer.</source>
        <translation>تعمل البطاقة الذكية الظاهرية مثل البطاقة الذكية التي تقوم بتوصيلها، لكنها موجودة في شريحة الأمان في هذا الكمبيوتر (وحدة TPM). وهي تحافظ على أمان مفاتيحك وشهاداتك: إذ تلغي قفلها باستخدام رمز PIN، ولا يمكن نسخ المفاتيح من هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>You will choose a name, a PIN and a way to recover the card if the PIN is forgotten. First the wizard checks that this computer can hold a virtual smart card.</source>
        <translation>ستختار اسمًا ورمز PIN وطريقة لاسترداد البطاقة إذا نُسي رمز PIN. أولاً، يتحقق المعالج من أن هذا الكمبيوتر يمكنه استيعاب بطاقة ذكية ظاهرية.</translation>
    </message>
    <message>
        <source>Checking this computer…</source>
        <translation>جارٍ التحقق من هذا الكمبيوتر…</translation>
    </message>
    <message>
        <source>Check status</source>
        <extracomment>A noun: the result of checking whether this computer can hold a card.</extracomment>
        <translation>حالة التحقق</translation>
    </message>
    <message>
        <source>Checking this computer</source>
        <translation>التحقق من هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>Busy while the wizard checks that this computer can hold a virtual smart card.</source>
        <translation>مشغول أثناء تحقق المعالج من أن هذا الكمبيوتر يمكنه استيعاب بطاقة ذكية ظاهرية.</translation>
    </message>
    <message>
        <source>&amp;Results of the check:</source>
        <translation>نتائج &amp;التحقق:</translation>
    </message>
    <message>
        <source>Results of the check</source>
        <translation>نتائج التحقق</translation>
    </message>
    <message>
        <source>What prevents creating a virtual smart card on this computer, and what to do about it.</source>
        <translation>ما يمنع إنشاء بطاقة ذكية ظاهرية على هذا الكمبيوتر، وما يجب فعله حيال ذلك.</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>التحقق مر&amp;ة أخرى</translation>
    </message>
    <message>
        <source>Checks this computer again after you fixed the problems listed.</source>
        <translation>يتحقق من هذا الكمبيوتر مرة أخرى بعد إصلاح المشكلات المدرجة.</translation>
    </message>
    <message>
        <source>&amp;Manage cards…</source>
        <translation>إ&amp;دارة البطاقات…</translation>
    </message>
    <message>
        <source>Opens the card manager: change, reset or remove the cards you have.</source>
        <translation>يفتح إدارة البطاقات: تغيير البطاقات الموجودة لديك أو إعادة تعيينها أو إزالتها.</translation>
    </message>
    <message>
        <source>A virtual smart card works like a smart card you plug in. On this computer its keys are kept by a software TPM, not by a security chip: you unlock them with a PIN, but someone who can read your files could copy them.</source>
        <translation>تعمل البطاقة الذكية الظاهرية مثل البطاقة الذكية التي تقوم بتوصيلها. على هذا الكمبيوتر، تحتفظ بمفاتيحها وحدة TPM برمجية، وليس شريحة أمان: تلغي قفل المفاتيح باستخدام رمز PIN، لكن يمكن لمن يستطيع قراءة ملفاتك نسخها.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Must be fixed before a card can be created</source>
        <translation>يجب إصلاحه قبل إمكانية إنشاء بطاقة</translation>
    </message>
    <message>
        <source>A note; it does not prevent creating a card</source>
        <translation>ملاحظة؛ لا تمنع إنشاء بطاقة</translation>
    </message>
    <message>
        <source>The check was interrupted. Check again to continue.</source>
        <translation>تمت مقاطعة التحقق. تحقق مرة أخرى للمتابعة.</translation>
    </message>
    <message>
        <source>This computer cannot hold a virtual smart card yet. Fix the problems below, then check again.</source>
        <translation>لا يمكن لهذا الكمبيوتر استيعاب بطاقة ذكية ظاهرية بعد. أصلح المشكلات أدناه، ثم تحقق مرة أخرى.</translation>
    </message>
    <message>
        <source>This computer is ready. Please note the points below.</source>
        <translation>هذا الكمبيوتر جاهز. يرجى ملاحظة النقاط أدناه.</translation>
    </message>
    <message>
        <source>This computer is ready. Continue to choose a name for the card.</source>
        <translation>هذا الكمبيوتر جاهز. تابع لاختيار اسم للبطاقة.</translation>
    </message>
</context>
<context>
    <name>WindowsBackend</name>
    <message>
        <source>The TPM Virtual Smart Card Manager is not available on this computer. It is part of Windows 8 and later; its service may be turned off.</source>
        <translation>إدارة البطاقات الذكية الظاهرية لوحدة TPM غير متوفرة على هذا الكمبيوتر. وهي جزء من Windows 8 والإصدارات الأحدث؛ وربما تم إيقاف تشغيل خدمتها.</translation>
    </message>
    <message>
        <source>No TPM (Trusted Platform Module) was found on this computer.</source>
        <translation>لم يتم العثور على وحدة TPM (الوحدة النمطية للنظام الأساسي الموثوق به) على هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>The TPM is not ready. Turn it on and prepare it in the TPM management console (tpm.msc), then try again.</source>
        <translation>وحدة TPM غير جاهزة. قم بتشغيلها وجهّزها في وحدة تحكم إدارة TPM (tpm.msc)، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Managing virtual smart cards needs administrator rights. Start vscwizard with &quot;Run as administrator&quot;.</source>
        <translation>تتطلب إدارة البطاقات الذكية الظاهرية صلاحيات المسؤول. ابدأ تشغيل vscwizard باستخدام &quot;تشغيل كمسؤول&quot;.</translation>
    </message>
    <message>
        <source>Virtual smart cards cannot be managed from a remote desktop session.</source>
        <translation>لا يمكن إدارة البطاقات الذكية الظاهرية من جلسة سطح مكتب بعيد.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager refused a value of the request.</source>
        <translation>رفضت إدارة البطاقات الذكية الظاهرية لوحدة TPM إحدى قيم الطلب.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>تم إلغاء العملية.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager reported a failure.</source>
        <translation>أبلغت إدارة البطاقات الذكية الظاهرية لوحدة TPM عن فشل.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager is not available</source>
        <translation>إدارة البطاقات الذكية الظاهرية لوحدة TPM غير متوفرة</translation>
    </message>
    <message>
        <source>Ask your administrator to allow the smart card services of Windows to start; the manager is part of Windows 8 and later.</source>
        <translation>اطلب من المسؤول السماح ببدء خدمات البطاقات الذكية في Windows؛ فالإدارة جزء من Windows 8 والإصدارات الأحدث.</translation>
    </message>
    <message>
        <source>No TPM found</source>
        <translation>لم يتم العثور على وحدة TPM</translation>
    </message>
    <message>
        <source>If this computer has a TPM, turn it on in the firmware settings, then try again.</source>
        <translation>إذا كان هذا الكمبيوتر يحتوي على وحدة TPM، فقم بتشغيلها في إعدادات البرنامج الثابت، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The TPM is not ready</source>
        <translation>وحدة TPM غير جاهزة</translation>
    </message>
    <message>
        <source>Open the TPM management console (tpm.msc) as administrator and prepare the TPM, then try again.</source>
        <translation>افتح وحدة تحكم إدارة TPM (tpm.msc) كمسؤول وجهّز وحدة TPM، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Administrator rights needed</source>
        <translation>تلزم صلاحيات المسؤول</translation>
    </message>
    <message>
        <source>Start vscwizard with “Run as administrator”, then try again.</source>
        <translation>ابدأ تشغيل vscwizard باستخدام «تشغيل كمسؤول»، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The card needs a name.</source>
        <translation>يجب أن يكون للبطاقة اسم.</translation>
    </message>
    <message numerus="yes">
        <source>The admin key must be exactly %n byte(s) long.</source>
        <translation>
            <numerusform>يجب أن يكون طول مفتاح المسؤول %n بايت بالضبط.</numerusform>
            <numerusform>يجب أن يكون طول مفتاح المسؤول بايتًا واحدًا بالضبط.</numerusform>
            <numerusform>يجب أن يكون طول مفتاح المسؤول بايتين بالضبط.</numerusform>
            <numerusform>يجب أن يكون طول مفتاح المسؤول %n بايتات بالضبط.</numerusform>
            <numerusform>يجب أن يكون طول مفتاح المسؤول %n بايت بالضبط.</numerusform>
            <numerusform>يجب أن يكون طول مفتاح المسؤول %n بايت بالضبط.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The admin key check value must be %n byte(s) long.</source>
        <translation>
            <numerusform>يجب أن يكون طول قيمة التحقق من مفتاح المسؤول %n بايت.</numerusform>
            <numerusform>يجب أن يكون طول قيمة التحقق من مفتاح المسؤول بايتًا واحدًا.</numerusform>
            <numerusform>يجب أن يكون طول قيمة التحقق من مفتاح المسؤول بايتين.</numerusform>
            <numerusform>يجب أن يكون طول قيمة التحقق من مفتاح المسؤول %n بايتات.</numerusform>
            <numerusform>يجب أن يكون طول قيمة التحقق من مفتاح المسؤول %n بايت.</numerusform>
            <numerusform>يجب أن يكون طول قيمة التحقق من مفتاح المسؤول %n بايت.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attestation needs Windows 10 or later.</source>
        <translation>يتطلب الإثبات Windows 10 أو إصدارًا أحدث.</translation>
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
        <translation>تعذر حساب عدد قارئات البطاقات الذكية في هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>Win32 error %1</source>
        <translation>خطأ Win32 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n smart card reader(s) exist already, the most there can be at once. Remove a virtual smart card or unplug a reader first.</source>
        <translation>
            <numerusform>لا يوجد أي قارئ بطاقات ذكية، وهو الحد الأقصى المسموح به في وقت واحد. أزل بطاقة ذكية ظاهرية أو افصل قارئًا أولاً.</numerusform>
            <numerusform>يوجد قارئ بطاقات ذكية واحد بالفعل، وهو الحد الأقصى المسموح به في وقت واحد. أزل بطاقة ذكية ظاهرية أو افصل القارئ أولاً.</numerusform>
            <numerusform>يوجد قارئا بطاقات ذكية بالفعل، وهو الحد الأقصى المسموح به في وقت واحد. أزل بطاقة ذكية ظاهرية أو افصل قارئًا أولاً.</numerusform>
            <numerusform>توجد %n قارئات بطاقات ذكية بالفعل، وهو الحد الأقصى المسموح به في وقت واحد. أزل بطاقة ذكية ظاهرية أو افصل قارئًا أولاً.</numerusform>
            <numerusform>يوجد %n قارئًا للبطاقات الذكية بالفعل، وهو الحد الأقصى المسموح به في وقت واحد. أزل بطاقة ذكية ظاهرية أو افصل قارئًا أولاً.</numerusform>
            <numerusform>يوجد %n قارئ بطاقات ذكية بالفعل، وهو الحد الأقصى المسموح به في وقت واحد. أزل بطاقة ذكية ظاهرية أو افصل قارئًا أولاً.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN policy cannot be passed to the manager.</source>
        <translation>يتعذر تمرير نهج رمز PIN إلى الإدارة.</translation>
    </message>
    <message>
        <source>Windows shows the card as the smart card reader &quot;%1&quot;. Applications use it through the Windows smart card service, for example to enroll a certificate or sign in.</source>
        <translation>يعرض Windows البطاقة كقارئ البطاقات الذكية &quot;%1&quot;. تستخدمها التطبيقات من خلال خدمة البطاقات الذكية في Windows، على سبيل المثال لتسجيل شهادة أو لتسجيل الدخول.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the instance id of a TPM virtual smart card (ROOT\SMARTCARDREADER\000n).</source>
        <translation>&quot;%1&quot; ليس معرّف مثيل لبطاقة ذكية ظاهرية لوحدة TPM (ROOT\SMARTCARDREADER\000n).</translation>
    </message>
    <message>
        <source>The smart card readers could not be listed (Win32 error %1).</source>
        <translation>تعذر سرد قارئات البطاقات الذكية (خطأ Win32 %1).</translation>
    </message>
    <message numerus="yes">
        <source>The PIN must be %1 to %n byte(s) long.</source>
        <translation>
            <numerusform>يجب أن يكون طول رمز PIN من %1 إلى %n بايت.</numerusform>
            <numerusform>يجب أن يكون طول رمز PIN من %1 إلى بايت واحد.</numerusform>
            <numerusform>يجب أن يكون طول رمز PIN من %1 إلى بايتين.</numerusform>
            <numerusform>يجب أن يكون طول رمز PIN من %1 إلى %n بايتات.</numerusform>
            <numerusform>يجب أن يكون طول رمز PIN من %1 إلى %n بايت.</numerusform>
            <numerusform>يجب أن يكون طول رمز PIN من %1 إلى %n بايت.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK must be %1 to %n byte(s) long.</source>
        <translation>
            <numerusform>يجب أن يكون طول رمز PUK من %1 إلى %n بايت.</numerusform>
            <numerusform>يجب أن يكون طول رمز PUK من %1 إلى بايت واحد.</numerusform>
            <numerusform>يجب أن يكون طول رمز PUK من %1 إلى بايتين.</numerusform>
            <numerusform>يجب أن يكون طول رمز PUK من %1 إلى %n بايتات.</numerusform>
            <numerusform>يجب أن يكون طول رمز PUK من %1 إلى %n بايت.</numerusform>
            <numerusform>يجب أن يكون طول رمز PUK من %1 إلى %n بايت.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>There is no graphical session to open the wizard in (DISPLAY and WAYLAND_DISPLAY are not set). The commands work without one; see vscwizard --help.</source>
        <translation>لا توجد جلسة رسومية لفتح المعالج فيها (لم يتم تعيين DISPLAY و WAYLAND_DISPLAY). تعمل الأوامر بدونها؛ راجع vscwizard --help.</translation>
    </message>
    <message>
        <source>There is no translation for &quot;%1&quot;; using English.</source>
        <translation>لا تتوفر ترجمة لـ &quot;%1&quot;؛ سيتم استخدام الإنجليزية.</translation>
    </message>
    <message>
        <source>Cannot open the wizard %1: %2. The commands work without it; see vscwizard --help.</source>
        <translation>يتعذر فتح المعالج %1: %2. تعمل الأوامر بدونه؛ راجع vscwizard --help.</translation>
    </message>
    <message>
        <source>Commands are run by vscwizard, for example: vscwizard %1</source>
        <translation>يتم تشغيل الأوامر بواسطة vscwizard، على سبيل المثال: vscwizard %1</translation>
    </message>
    <message>
        <source>Organization policy</source>
        <translation>نهج المؤسسة</translation>
    </message>
    <message>
        <source>Card manager</source>
        <translation>إدارة البطاقات</translation>
    </message>
</context>
</TS>
