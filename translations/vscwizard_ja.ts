<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
</context>
<context>
    <name>AdminKey</name>
    <message>
        <source>Character %1 (&apos;%2&apos;) is not a hex digit.</source>
        <translation>%1 文字目（&apos;%2&apos;）は 16 進数字ではありません。</translation>
    </message>
    <message numerus="yes">
        <source>The admin key has %n hex digit(s); it needs exactly %1.</source>
        <translation>
            <numerusform>管理者キーは 16 進数字 %n 桁です。ちょうど %1 桁必要です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 (&apos;%2&apos;) splits a pair of hex digits; spaces and colons may only stand between pairs.</source>
        <translation>%1 文字目（&apos;%2&apos;）が 16 進数字のペアを分断しています。スペースとコロンはペアの間にだけ入れられます。</translation>
    </message>
    <message numerus="yes">
        <source>The admin key has %n byte(s); it needs exactly %1.</source>
        <translation>
            <numerusform>管理者キーは %n バイトです。ちょうど %1 バイト必要です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>オプション %1 には値が必要です。</translation>
    </message>
    <message>
        <source>--sim-delay takes milliseconds from 0 to 600000, not &quot;%1&quot;.</source>
        <translation>--sim-delay には 0 から 600000 までのミリ秒を指定します（「%1」は指定できません）。</translation>
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
        <translation>グローバル オプション:
  --backend NAME       tpm2、windows または simulator（テストとデモ専用）
  --lang LANG          メッセージの言語（例: de）
  --policy FILE        組織の PIN ポリシー ファイル
  --tpm WHICH          tpm2: auto、device[:PATH]、software[:FOLDER] または tcti:STRING
  --store DIR          tpm2: トークン ストアのフォルダー
  --sim-state DIR      simulator: カードを保存するフォルダー
  --sim-delay MS       simulator: 各ステップの遅延
  --sim-fail ERR[@ST]  simulator: ステータス ST でエラー ERR を発生させる、またはカード
                       エラーを発生させる: CARD:ERR[@change-pin|reset-pin|change-puk|status]
</translation>
    </message>
</context>
<context>
    <name>BackendFactory</name>
    <message>
        <source>There is no backend called &quot;%1&quot;. Available: %2.</source>
        <translation>「%1」というバックエンドはありません。使用できるバックエンド: %2。</translation>
    </message>
    <message>
        <source>software-tpm acts on a software TPM, but --tpm %1 names another TPM. Leave out --tpm, or give --tpm software:FOLDER.</source>
        <translation>software-tpm はソフトウェア TPM を操作しますが、--tpm %1 は別の TPM を指定しています。--tpm を省略するか、--tpm software:FOLDER を指定してください。</translation>
    </message>
    <message>
        <source>The software TPM is only used on Linux.</source>
        <translation>ソフトウェア TPM は Linux でのみ使用されます。</translation>
    </message>
</context>
<context>
    <name>CardCommands</name>
    <message>
        <source>%1 takes only --instance ID and --with puk|adminkey; secrets are read from the terminal or from standard input.</source>
        <translation>%1 で指定できるのは --instance ID と --with puk|adminkey だけです。秘密情報はターミナルまたは標準入力から読み取られます。</translation>
    </message>
    <message>
        <source>%1 takes only --instance ID; secrets are read from the terminal or from standard input.</source>
        <translation>%1 で指定できるのは --instance ID だけです。秘密情報はターミナルまたは標準入力から読み取られます。</translation>
    </message>
    <message>
        <source>%1: --instance needs the instance id shown by &quot;vscwizard status&quot;.</source>
        <translation>%1: --instance には「vscwizard status」で表示されるインスタンス ID を指定してください。</translation>
    </message>
    <message>
        <source>%1: --with needs puk or adminkey.</source>
        <translation>%1: --with には puk または adminkey を指定してください。</translation>
    </message>
    <message>
        <source>%1: --with is given twice.</source>
        <translation>%1: --with が 2 回指定されています。</translation>
    </message>
    <message>
        <source>%1: --with takes puk or adminkey; the PUK or the admin key itself is read from the terminal or from standard input.</source>
        <translation>%1: --with には puk または adminkey を指定します。PUK や管理者キーそのものはターミナルまたは標準入力から読み取られます。</translation>
    </message>
    <message>
        <source>%1 takes exactly one --instance ID.</source>
        <translation>%1 には --instance ID をちょうど 1 つ指定してください。</translation>
    </message>
    <message>
        <source>%1 needs --instance ID (see &quot;vscwizard status&quot;).</source>
        <translation>%1 には --instance ID が必要です（「vscwizard status」を参照）。</translation>
    </message>
    <message>
        <source>The two entries differed three times; nothing was changed.</source>
        <translation>2 回の入力が 3 回とも一致しませんでした。何も変更されていません。</translation>
    </message>
    <message>
        <source>No card has the instance id %1.</source>
        <translation>インスタンス ID %1 のカードはありません。</translation>
    </message>
    <message>
        <source>The card has no PUK: reset its PIN with %1 --with adminkey.</source>
        <translation>このカードには PUK がありません。%1 --with adminkey で PIN をリセットしてください。</translation>
    </message>
    <message>
        <source>Nobody knows the card&apos;s admin key: reset its PIN with %1 --with puk.</source>
        <translation>このカードの管理者キーは誰も知りません。%1 --with puk で PIN をリセットしてください。</translation>
    </message>
    <message>
        <source>The card has no PUK to change.</source>
        <translation>このカードには変更できる PUK がありません。</translation>
    </message>
    <message>
        <source>Current PIN: </source>
        <translation>現在の PIN: </translation>
    </message>
    <message>
        <source>Standard input ended before the current PIN was read.</source>
        <translation>現在の PIN を読み取る前に標準入力が終了しました。</translation>
    </message>
    <message>
        <source>Current PUK: </source>
        <translation>現在の PUK: </translation>
    </message>
    <message>
        <source>PUK: </source>
        <translation>PUK: </translation>
    </message>
    <message>
        <source>Standard input ended before the PUK was read.</source>
        <translation>PUK を読み取る前に標準入力が終了しました。</translation>
    </message>
    <message>
        <source>Admin key (48 hex digits): </source>
        <translation>管理者キー（16 進数 48 桁）: </translation>
    </message>
    <message>
        <source>Standard input ended before the admin key was read.</source>
        <translation>管理者キーを読み取る前に標準入力が終了しました。</translation>
    </message>
    <message>
        <source>Admin key: %1</source>
        <translation>管理者キー: %1</translation>
    </message>
    <message>
        <source>The new PIN must meet these rules:</source>
        <translation>新しい PIN は次のルールを満たす必要があります:</translation>
    </message>
    <message>
        <source>New PIN: </source>
        <translation>新しい PIN: </translation>
    </message>
    <message>
        <source>Repeat the new PIN: </source>
        <translation>新しい PIN をもう一度入力: </translation>
    </message>
    <message>
        <source>Standard input ended before the new PIN was read.</source>
        <translation>新しい PIN を読み取る前に標準入力が終了しました。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>The new PIN breaks these rules:</source>
        <translation>新しい PIN は次のルールに違反しています:</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>何も変更されていません。</translation>
    </message>
    <message>
        <source>New PUK: </source>
        <translation>新しい PUK: </translation>
    </message>
    <message>
        <source>Repeat the new PUK: </source>
        <translation>新しい PUK をもう一度入力: </translation>
    </message>
    <message>
        <source>Standard input ended before the new PUK was read.</source>
        <translation>新しい PUK を読み取る前に標準入力が終了しました。</translation>
    </message>
    <message>
        <source>Changed the PIN of the card %1.</source>
        <translation>カード %1 の PIN を変更しました。</translation>
    </message>
    <message>
        <source>Changed the PIN of the card &quot;%1&quot; (%2).</source>
        <translation>カード「%1」（%2）の PIN を変更しました。</translation>
    </message>
    <message>
        <source>Changed the PUK of the card %1.</source>
        <translation>カード %1 の PUK を変更しました。</translation>
    </message>
    <message>
        <source>Changed the PUK of the card &quot;%1&quot; (%2).</source>
        <translation>カード「%1」（%2）の PUK を変更しました。</translation>
    </message>
    <message>
        <source>status takes only --json.</source>
        <translation>status で指定できるのは --json だけです。</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; is not an instance id: none is longer than %n character(s) (see &quot;vscwizard status&quot;).</source>
        <extracomment>%1: a command name, kept in English.</extracomment>
        <translation>
            <numerusform>%1: 「%2」はインスタンス ID ではありません。インスタンス ID は %n 文字を超えません（「vscwizard status」を参照）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN of the card %1 was reset; it is unblocked.</source>
        <translation>カード %1 の PIN をリセットしました。ブロックは解除されています。</translation>
    </message>
    <message>
        <source>The PIN of the card &quot;%1&quot; (%2) was reset; it is unblocked.</source>
        <translation>カード「%1」（%2）の PIN をリセットしました。ブロックは解除されています。</translation>
    </message>
</context>
<context>
    <name>CardManagerWindow</name>
    <message>
        <source>Manage virtual smart cards</source>
        <translation>仮想スマート カードの管理</translation>
    </message>
    <message>
        <source>TPM lockout state</source>
        <translation>TPM のロックアウト状態</translation>
    </message>
    <message>
        <source>Car&amp;ds on this computer:</source>
        <translation>このコンピューターのカード(&amp;D):</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>Each row is a card: its name, where it lives, its keys, its PIN&apos;s state and how its PIN can be reset.</source>
        <translation>各行が 1 枚のカードを表し、名前、保存場所、キー、PIN の状態、PIN のリセット方法を示します。</translation>
    </message>
    <message>
        <source>Reading the cards</source>
        <translation>カードを読み取り中</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>PIN の変更(&amp;P)…</translation>
    </message>
    <message>
        <source>R&amp;eset PIN…</source>
        <translation>PIN のリセット(&amp;E)…</translation>
    </message>
    <message>
        <source>Change P&amp;UK…</source>
        <translation>PUK の変更(&amp;U)…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>削除(&amp;M)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>最新の情報に更新(&amp;F)</translation>
    </message>
    <message>
        <source>Reads the cards and the TPM&apos;s lockout state again.</source>
        <translation>カードと TPM のロックアウト状態をもう一度読み取ります。</translation>
    </message>
    <message>
        <source>E&amp;nroll a new card…</source>
        <translation>新しいカードの登録(&amp;N)…</translation>
    </message>
    <message>
        <source>Opens the wizard that creates a card.</source>
        <translation>カードを作成するウィザードを開きます。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Reading the cards…</source>
        <translation>カードを読み取っています…</translation>
    </message>
    <message>
        <source>The cards could not be read: %1 %2</source>
        <translation>カードを読み取れませんでした: %1 %2</translation>
    </message>
    <message>
        <source>There is no card yet. Enroll a new card to create one.</source>
        <translation>カードはまだありません。新しいカードを登録して作成してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s).</source>
        <translation>
            <numerusform>%n 枚のカードがあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a card first.</source>
        <translation>先にカードを選択してください。</translation>
    </message>
    <message>
        <source>The PIN is blocked; reset it first</source>
        <translation>PIN がブロックされています。先にリセットしてください</translation>
    </message>
    <message>
        <source>This card can never be reset; remove it and create a new one</source>
        <translation>このカードはリセットできません。削除して新しいカードを作成してください</translation>
    </message>
    <message>
        <source>The PUK is blocked, so this card can no longer be reset; remove it and create a new one</source>
        <translation>PUK がブロックされているため、このカードはもうリセットできません。削除して新しいカードを作成してください</translation>
    </message>
    <message>
        <source>This card has no PUK</source>
        <translation>このカードには PUK がありません</translation>
    </message>
    <message>
        <source>The PUK is blocked</source>
        <translation>PUK がブロックされています</translation>
    </message>
    <message>
        <source>Sets a new PIN; the current PIN is needed.</source>
        <translation>新しい PIN を設定します。現在の PIN が必要です。</translation>
    </message>
    <message>
        <source>Sets a new PIN without the current one, with the PUK or the admin key.</source>
        <translation>現在の PIN を使わずに、PUK または管理者キーで新しい PIN を設定します。</translation>
    </message>
    <message>
        <source>Sets a new PUK; the current PUK is needed.</source>
        <translation>新しい PUK を設定します。現在の PUK が必要です。</translation>
    </message>
    <message>
        <source>Removes the card and destroys its keys.</source>
        <translation>カードを削除し、そのキーを破棄します。</translation>
    </message>
</context>
<context>
    <name>CardNamePage</name>
    <message>
        <source>Card Name</source>
        <translation>カード名</translation>
    </message>
    <message>
        <source>Choose a name that helps you recognize the card.</source>
        <translation>カードを見分けやすい名前を選んでください。</translation>
    </message>
    <message>
        <source>Card na&amp;me:</source>
        <translation>カード名(&amp;M):</translation>
    </message>
    <message>
        <source>Card name</source>
        <translation>カード名</translation>
    </message>
    <message>
        <source>The name shown for the card, for example in the list of security devices of a browser.</source>
        <translation>カードに表示される名前です（ブラウザーのセキュリティ デバイスの一覧など）。</translation>
    </message>
    <message>
        <source>For example: Work laptop</source>
        <translation>例: 業務用ノート PC</translation>
    </message>
    <message>
        <source>Name check</source>
        <translation>名前のチェック</translation>
    </message>
    <message numerus="yes">
        <source>The name can have at most %n character(s).</source>
        <translation>
            <numerusform>名前は %n 文字以内にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>A card named “%1” already exists. Choose another name.</source>
        <translation>「%1」という名前のカードは既にあります。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>This name can be used.</source>
        <translation>この名前は使用できます。</translation>
    </message>
</context>
<context>
    <name>CardRules</name>
    <message>
        <source>Enter a name for the card.</source>
        <translation>カードの名前を入力してください。</translation>
    </message>
    <message>
        <source>The name contains a character that is not shown, such as a tab, a line break or a writing-direction mark. Remove it.</source>
        <translation>名前に表示されない文字（タブ、改行、書字方向マークなど）が含まれています。削除してください。</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: it can have at most %n character(s).</source>
        <translation>
            <numerusform>名前が長すぎます。%n 文字以内にしてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: a card name holds %n byte(s) in UTF-8, where letters beyond ASCII take two to four; this one takes %1.</source>
        <translation>
            <numerusform>名前が長すぎます。カード名は UTF-8 で %n バイトまでで、ASCII 以外の文字は 1 文字で 2～4 バイトを使います。この名前は %1 バイトです。</numerusform>
        </translation>
    </message>
    <message>
        <source>The name starts or ends with a space. Remove it.</source>
        <translation>名前の先頭または末尾にスペースがあります。削除してください。</translation>
    </message>
    <message>
        <source>The name is not valid UTF-8 text. Type it again in a terminal that uses UTF-8.</source>
        <translation>名前が有効な UTF-8 テキストではありません。UTF-8 を使うターミナルでもう一度入力してください。</translation>
    </message>
    <message>
        <source>The PIN breaks these rules: %1</source>
        <translation>PIN が次のルールに違反しています: %1</translation>
    </message>
    <message>
        <source>This PIN is one of the most common PINs, which whoever finds the card tries first. Choose one that is harder to guess.</source>
        <translation>この PIN は最もよく使われる PIN の 1 つで、カードを拾った人が最初に試すものです。推測されにくい PIN を選んでください。</translation>
    </message>
    <message>
        <source>The PIN contains a NUL byte or bytes that are not UTF-8 text; other programs could not type it.</source>
        <translation>PIN に NUL バイトまたは UTF-8 テキストでないバイトが含まれています。ほかのプログラムでは入力できません。</translation>
    </message>
    <message>
        <source>The PUK contains a NUL byte or bytes that are not UTF-8 text; other programs could not type it.</source>
        <translation>PUK に NUL バイトまたは UTF-8 テキストでないバイトが含まれています。ほかのプログラムでは入力できません。</translation>
    </message>
    <message>
        <source>The PUK is the same as the PIN. Choose a different PUK: it must unlock the card when the PIN is forgotten or blocked.</source>
        <translation>PUK が PIN と同じです。別の PUK を選んでください。PUK は PIN を忘れたときやブロックされたときにカードのロックを解除するためのものです。</translation>
    </message>
    <message numerus="yes">
        <source>The PUK must have %1 to %n character(s).</source>
        <translation>
            <numerusform>PUK は %1～%n 文字にしてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK is too long: a PUK can have at most %n byte(s) in UTF-8, where letters such as ä or € take two or three; this one takes %1.</source>
        <extracomment>%n: the most bytes any PUK may have; %1: the bytes this PUK takes.</extracomment>
        <translation>
            <numerusform>PUK が長すぎます。PUK は UTF-8 で %n バイトまでで、ä や € などの文字は 2 または 3 バイトを使います。この PUK は %1 バイトです。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardTableModel</name>
    <message>
        <source>Instance id: %1</source>
        <translation>インスタンス ID: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>回復</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
</context>
<context>
    <name>CardText</name>
    <message>
        <source>TPM of this computer</source>
        <translation>このコンピューターの TPM</translation>
    </message>
    <message>
        <source>Software TPM</source>
        <translation>ソフトウェア TPM</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>シミュレーター</translation>
    </message>
    <message numerus="yes">
        <source>PIN set; %n try(ies) left</source>
        <translation>
            <numerusform>PIN 設定済み、残り %n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>PIN 設定済み</translation>
    </message>
    <message>
        <source>No PIN set</source>
        <translation>PIN 未設定</translation>
    </message>
    <message>
        <source>PIN blocked</source>
        <translation>PIN がブロックされています</translation>
    </message>
    <message>
        <source>Cannot be reset</source>
        <extracomment>The subject is the card (the virtual smart card): its PIN cannot be reset. A table cell.</extracomment>
        <translation>リセット不可</translation>
    </message>
    <message>
        <source>PUK, or the default admin key</source>
        <translation>PUK または既定の管理者キー</translation>
    </message>
    <message>
        <source>Default admin key</source>
        <translation>既定の管理者キー</translation>
    </message>
    <message>
        <source>PUK, or the admin key</source>
        <translation>PUK または管理者キー</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>管理者キー</translation>
    </message>
    <message>
        <source>PUK</source>
        <extracomment>PUK: PIN Unblocking Key, the secret that resets a blocked PIN.</extracomment>
        <translation>PUK</translation>
    </message>
    <message>
        <source>The TPM&apos;s lockout state is not known.</source>
        <translation>TPM のロックアウト状態は不明です。</translation>
    </message>
    <message numerus="yes">
        <source>No wrong PINs counted by the TPM (it locks after %n).</source>
        <translation>
            <numerusform>TPM がカウントした誤った PIN はありません（%n 回でロックされます）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>location</comment>
        <extracomment>Where the card is kept (a TPM, the simulator) is not known. A table cell of the Location column.</extracomment>
        <translation>不明</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>PIN state</comment>
        <extracomment>The state of the card&apos;s PIN (set, blocked) is not known. A table cell of the PIN column.</extracomment>
        <translation>不明</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>recovery</comment>
        <extracomment>How the card&apos;s PIN can be reset is not known. A table cell of the Recovery column.</extracomment>
        <translation>不明</translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n second(s), on every card.</source>
        <translation>
            <numerusform>誤った PIN が多すぎたため、TPM はロックされています。%n 秒後に、すべてのカードで PIN を再び受け付けます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n minute(s), on every card.</source>
        <translation>
            <numerusform>誤った PIN が多すぎたため、TPM はロックされています。%n 分後に、すべてのカードで PIN を再び受け付けます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n hour(s), on every card.</source>
        <translation>
            <numerusform>誤った PIN が多すぎたため、TPM はロックされています。%n 時間後に、すべてのカードで PIN を再び受け付けます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n second(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>TPM は、すべてのカードを合わせて誤った PIN を %2 回中 %1 回カウントしています。このカウントは %n 秒ごとに 1 回分ずつ減ります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n minute(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>TPM は、すべてのカードを合わせて誤った PIN を %2 回中 %1 回カウントしています。このカウントは %n 分ごとに 1 回分ずつ減ります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n hour(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>TPM は、すべてのカードを合わせて誤った PIN を %2 回中 %1 回カウントしています。このカウントは %n 時間ごとに 1 回分ずつ減ります。</numerusform>
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
        <translation>使用法: vscwizard [グローバル オプション] [コマンド [オプション]]
コマンドを指定しないと、登録ウィザードが開きます。

コマンド:
  create --name NAME [--pin prompt|default] [--puk prompt|default|none]
         [--adminkey default|random|prompt] [--generate]
         [--pinpolicy minlen N maxlen N CLASS RULE ...]
      仮想スマート カードを作成し、そのインスタンス ID を表示します。
      CLASS は uppercase、lowercase、digits、special、other、RULE は
      allow、require、disallow のいずれかです。既定値: --pin prompt、--puk none、
      --adminkey default。既定の PIN と PUK は tpmvscmgr と同じです。
      --adminkey random のカードはリセットできず、削除しかできません。tpm2（Linux）
      では PUK が管理者キーの代わりになり、PUK のあるカードに管理者キーはありません。
  destroy --instance ID
      仮想スマート カードを削除します。
  list [--json]
      仮想スマート カードを表示します。
  status [--json]
      各カードの PIN の状態（残り試行回数、ブロック）とリセット方法、および
      TPM のロックアウト状態を、試行回数を消費せずに表示します。
  change-pin --instance ID
      カードの PIN を変更します。現在の PIN、次に新しい PIN を読み取ります。
  reset-pin --instance ID [--with puk|adminkey]
      新しい PIN を設定します（ブロックされたカードでも可）。PUK（または
      16 進数 48 桁の管理者キー）、次に新しい PIN を読み取ります。既定値: カードに
      PUK があれば --with puk、なければ --with adminkey。
  change-puk --instance ID
      カードの PUK を変更します。現在の PUK、次に新しい PUK を読み取ります。
  explain CODE|NAME
      TPMVSCMGR_ERROR または TPMVSCMGR_STATUS の意味を表示します。
  software-tpm start|stop|status
      ハードウェア TPM を使用できない場合にカードを保持する、ユーザーごとの
      ソフトウェア TPM を制御します（Linux）。そのキーはハードウェアで保護されません。
  --help, --version

秘密情報をコマンド ラインから受け取ることはありません。「prompt」はエコーなしで
ターミナルから 2 回ずつ読み取ります。標準入力がターミナルでない場合は、求める
秘密情報ごとに 1 行を読み取ります。順序は、create では PIN、PUK、管理者キー
（16 進数 48 桁）、ほかのコマンドでは上記の順です。新しい PIN はすべて
組織のポリシー（--policy）を満たす必要があります。

全コマンド共通のオプション:
  --verbose            標準エラー出力がターミナルでなくても進行状況を表示する

Ctrl+C で実行中の操作を取り消します。中途半端な状態は残りません。

終了ステータス: 0 成功、1 その他の失敗、2 使用法の誤り、3 取り消し、
10 + N: TPMVSCMGR_ERROR N（「vscwizard explain N」を参照）、
40 + N: change-pin、reset-pin、change-puk、status のカード エラー:
41 PIN が違う、42 PUK が違う、43 管理者キーが違う、44 PIN ブロック、
45 PUK ブロック、46 新しい PIN の拒否、47 新しい PUK の拒否、48 リセット不可、
49 カードなし、50 TPM ロックアウト、51 ここでは不可、52 その他のカード エラー。
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
        <translation>シミュレーター（テストとデモ専用。カードは実際には作成されません）:
  --sim-fail ERROR[@STATUS] プロセスごとに 1 回、STATUS の時点で ERROR により失敗します（名前は
  TPMVSCMGR_ プレフィックスなし。例: GENERATE_FILESYSTEM@GENERATE_RUNNING。@STATUS がなければ
  最初のステップで失敗）。失敗は 1 回限りで、同じプロセス内で再試行すると成功します。
  --sim-fail CARD:ERROR[@OPERATION] カード操作を 1 回、カード エラーで失敗させます
  （WRONG_PIN, WRONG_PUK, WRONG_ADMIN_KEY, PIN_BLOCKED, PUK_BLOCKED, NEW_PIN_REFUSED,
  NEW_PUK_REFUSED, CANNOT_RESET, CARD_NOT_FOUND, TPM_LOCKOUT, UNSUPPORTED, FAILED）。対象は
  change-pin、reset-pin、change-puk、status です（@ がなければ最初の変更またはリセット）。
  カードの内容は何も変わりません。
  --sim-delay MS 各ステータスの前に待機します。取り消しは次のステータスで有効になります。
</translation>
    </message>
    <message>
        <source>software-tpm takes one of start, stop or status.</source>
        <extracomment>software-tpm, start, stop and status are typed as they are: do not translate them.</extracomment>
        <translation>software-tpm には start、stop、status のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>This program has no software TPM.</source>
        <translation>このプログラムにはソフトウェア TPM がありません。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>コマンドが指定されていません。</translation>
    </message>
    <message>
        <source>Unknown command. The commands are create, destroy, list, status, change-pin, reset-pin, change-puk, explain and software-tpm.</source>
        <translation>不明なコマンドです。使用できるコマンドは create、destroy、list、status、change-pin、reset-pin、change-puk、explain、software-tpm です。</translation>
    </message>
</context>
<context>
    <name>ClientRegistration</name>
    <message>
        <source>The file %1 is not the program&apos;s own; it is left as it is.</source>
        <translation>ファイル %1 はこのプログラムのものではないため、そのままにしてあります。</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>list takes only --json.</source>
        <translation>list で指定できるのは --json だけです。</translation>
    </message>
    <message>
        <source>destroy: --instance needs the instance id shown by &quot;vscwizard list&quot;.</source>
        <translation>destroy: --instance には「vscwizard list」で表示されるインスタンス ID を指定してください。</translation>
    </message>
    <message>
        <source>destroy takes only --instance ID.</source>
        <translation>destroy で指定できるのは --instance ID だけです。</translation>
    </message>
    <message>
        <source>destroy takes exactly one --instance ID.</source>
        <translation>destroy には --instance ID をちょうど 1 つ指定してください。</translation>
    </message>
    <message>
        <source>destroy needs --instance ID (see &quot;vscwizard list&quot;).</source>
        <translation>destroy には --instance ID が必要です（「vscwizard list」を参照）。</translation>
    </message>
    <message>
        <source>Removed the virtual smart card %1.</source>
        <translation>仮想スマート カード %1 を削除しました。</translation>
    </message>
    <message>
        <source>Restart the computer to finish removing the card.</source>
        <translation>カードの削除を完了するには、コンピューターを再起動してください。</translation>
    </message>
    <message>
        <source>explain takes one error or status, as a name or a number.</source>
        <translation>explain には、エラーまたはステータスを名前か番号で 1 つ指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a TPMVSCMGR_ERROR nor a TPMVSCMGR_STATUS name or number.</source>
        <translation>「%1」は TPMVSCMGR_ERROR と TPMVSCMGR_STATUS のどちらの名前や番号でもありません。</translation>
    </message>
    <message>
        <source>Error %1: TPMVSCMGR_ERROR_%2</source>
        <translation>エラー %1: TPMVSCMGR_ERROR_%2</translation>
    </message>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message>
        <source>  vscwizard exits with status %1 on this error.</source>
        <translation>  このエラーでは、vscwizard は終了ステータス %1 で終了します。</translation>
    </message>
    <message>
        <source>Status %1: TPMVSCMGR_STATUS_%2</source>
        <translation>ステータス %1: TPMVSCMGR_STATUS_%2</translation>
    </message>
    <message numerus="yes">
        <source>destroy: &quot;%1&quot; is not an instance id: none is longer than %n character(s) (see &quot;vscwizard list&quot;).</source>
        <translation>
            <numerusform>destroy: 「%1」はインスタンス ID ではありません。インスタンス ID は %n 文字を超えません（「vscwizard list」を参照）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateCommand</name>
    <message>
        <source>%1 takes one of: %2. Secrets are read from the terminal or from standard input, never from the command line.</source>
        <extracomment>%1 is an option such as --pin, %2 its keywords (prompt, stdin), typed as they are.</extracomment>
        <translation>%1 には次のいずれかを指定します: %2。秘密情報はターミナルまたは標準入力から読み取られ、コマンド ラインからは読み取られません。</translation>
    </message>
    <message>
        <source>--pinpolicy needs rules, e.g. --pinpolicy minlen 6 digits require.</source>
        <translation>--pinpolicy にはルールが必要です（例: --pinpolicy minlen 6 digits require）。</translation>
    </message>
    <message>
        <source>--pinpolicy: &quot;%1&quot; needs a value.</source>
        <translation>--pinpolicy: 「%1」には値が必要です。</translation>
    </message>
    <message>
        <source>--pinpolicy: &quot;%1&quot; is not a rule; use minlen, maxlen, uppercase, lowercase, digits, special or other.</source>
        <translation>--pinpolicy: 「%1」はルールではありません。minlen、maxlen、uppercase、lowercase、digits、special、other のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>--pinpolicy: %1 is given twice; give each rule once.</source>
        <translation>--pinpolicy: %1 が 2 回指定されています。各ルールは 1 回だけ指定してください。</translation>
    </message>
    <message>
        <source>--pinpolicy: %1 takes a number, not &quot;%2&quot;.</source>
        <translation>--pinpolicy: %1 には数値を指定します（「%2」は指定できません）。</translation>
    </message>
    <message>
        <source>--pinpolicy: %1 takes allow, require or disallow, not &quot;%2&quot;.</source>
        <translation>--pinpolicy: %1 には allow、require、disallow のいずれかを指定します（「%2」は指定できません）。</translation>
    </message>
    <message>
        <source>--pinpolicy: %1</source>
        <translation>--pinpolicy: %1</translation>
    </message>
    <message>
        <source>create: unexpected argument number %1; only options are taken.</source>
        <translation>create: 予期しない引数（%1 番目）があります。指定できるのはオプションだけです。</translation>
    </message>
    <message>
        <source>create: %1 is given twice.</source>
        <translation>create: %1 が 2 回指定されています。</translation>
    </message>
    <message>
        <source>create: --generate takes no value.</source>
        <translation>create: --generate に値は指定できません。</translation>
    </message>
    <message>
        <source>create: unknown option %1.</source>
        <translation>create: 不明なオプション %1 です。</translation>
    </message>
    <message>
        <source>create: %1 needs a value.</source>
        <translation>create: %1 には値が必要です。</translation>
    </message>
    <message>
        <source>create needs --name NAME.</source>
        <translation>create には --name NAME が必要です。</translation>
    </message>
    <message>
        <source>The organization policy %1 sets the PIN rules; --pinpolicy cannot change them.</source>
        <translation>PIN のルールは組織のポリシー %1 で設定されています。--pinpolicy では変更できません。</translation>
    </message>
    <message>
        <source>The organization policy %1 requires a PUK: add --puk prompt or --puk default.</source>
        <translation>組織のポリシー %1 では PUK が必要です。--puk prompt または --puk default を追加してください。</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow a publicly known recovery secret, and on the %2 backend the PUK is the card&apos;s only one: use --puk prompt.</source>
        <translation>組織のポリシー %1 では公開されている回復用の秘密情報は使用できません。%2 バックエンドでは PUK がカードの唯一の回復手段です。--puk prompt を使用してください。</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow the default admin key: add --adminkey prompt or --adminkey random.</source>
        <translation>組織のポリシー %1 では既定の管理者キーは使用できません。--adminkey prompt または --adminkey random を追加してください。</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow the default admin key: add --adminkey prompt.</source>
        <translation>組織のポリシー %1 では既定の管理者キーは使用できません。--adminkey prompt を追加してください。</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow a random admin key: add --adminkey prompt or --adminkey default.</source>
        <translation>組織のポリシー %1 ではランダムな管理者キーは使用できません。--adminkey prompt または --adminkey default を追加してください。</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow a random admin key: add --adminkey prompt.</source>
        <translation>組織のポリシー %1 ではランダムな管理者キーは使用できません。--adminkey prompt を追加してください。</translation>
    </message>
    <message>
        <source>Or give the card a PUK with --puk prompt: on the %1 backend it takes the admin key&apos;s place.</source>
        <translation>または、--puk prompt でカードに PUK を設定してください。%1 バックエンドでは PUK が管理者キーの代わりになります。</translation>
    </message>
    <message>
        <source>--adminkey prompt would ask for a key that is never used: on the %1 backend the PUK takes the admin key&apos;s place. Leave out --adminkey, or use --puk none to protect the card with an admin key instead.</source>
        <translation>--adminkey prompt では使われないキーを求めることになります。%1 バックエンドでは PUK が管理者キーの代わりになります。--adminkey を省略するか、代わりに管理者キーでカードを保護するには --puk none を使用してください。</translation>
    </message>
    <message>
        <source>Note: on the %1 backend the PUK takes the admin key&apos;s place; --adminkey is ignored.</source>
        <translation>注: %1 バックエンドでは PUK が管理者キーの代わりになるため、--adminkey は無視されます。</translation>
    </message>
    <message>
        <source>The two entries differed three times; nothing was created.</source>
        <translation>2 回の入力が 3 回とも一致しませんでした。何も作成されていません。</translation>
    </message>
    <message>
        <source>The PIN must meet these rules:</source>
        <translation>PIN は次のルールを満たす必要があります:</translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation>PIN: </translation>
    </message>
    <message>
        <source>Repeat the PIN: </source>
        <translation>PIN をもう一度入力: </translation>
    </message>
    <message>
        <source>Standard input ended before the PIN was read.</source>
        <translation>PIN を読み取る前に標準入力が終了しました。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>The PIN breaks these rules:</source>
        <translation>PIN が次のルールに違反しています:</translation>
    </message>
    <message>
        <source>PUK: </source>
        <translation>PUK: </translation>
    </message>
    <message>
        <source>Repeat the PUK: </source>
        <translation>PUK をもう一度入力: </translation>
    </message>
    <message>
        <source>Standard input ended before the PUK was read.</source>
        <translation>PUK を読み取る前に標準入力が終了しました。</translation>
    </message>
    <message>
        <source>The admin key beside the PUK is random and kept nowhere: only the PUK can reset this card.</source>
        <translation>PUK と併せて設定される管理者キーはランダムで、どこにも保存されません。このカードをリセットできるのは PUK だけです。</translation>
    </message>
    <message>
        <source>The admin key is random and kept nowhere: this card can never be reset, only removed.</source>
        <translation>管理者キーはランダムで、どこにも保存されません。このカードはリセットできず、削除しかできません。</translation>
    </message>
    <message>
        <source>Admin key (48 hex digits): </source>
        <translation>管理者キー（16 進数 48 桁）: </translation>
    </message>
    <message>
        <source>Repeat the admin key: </source>
        <translation>管理者キーをもう一度入力: </translation>
    </message>
    <message>
        <source>Standard input ended before the admin key was read.</source>
        <translation>管理者キーを読み取る前に標準入力が終了しました。</translation>
    </message>
    <message>
        <source>Admin key: %1</source>
        <translation>管理者キー: %1</translation>
    </message>
    <message>
        <source>Admin key check value (KCV): %1</source>
        <translation>管理者キーのチェック値 (KCV): %1</translation>
    </message>
    <message>
        <source>Created the virtual smart card &quot;%1&quot; (%2).</source>
        <translation>仮想スマート カード「%1」（%2）を作成しました。</translation>
    </message>
    <message>
        <source>The card has the default PIN; change it before you rely on the card.</source>
        <translation>このカードには既定の PIN が設定されています。カードを使い始める前に変更してください。</translation>
    </message>
    <message>
        <source>Restart the computer before applications can use the card.</source>
        <translation>アプリケーションでカードを使用するには、コンピューターを再起動してください。</translation>
    </message>
</context>
<context>
    <name>EnrollmentWizard</name>
    <message>
        <source>Create a Virtual Smart Card</source>
        <translation>仮想スマート カードの作成</translation>
    </message>
    <message>
        <source>Virtual smart card wizard</source>
        <translation>仮想スマート カード ウィザード</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>Could not act on your behalf</source>
        <translation>ユーザーの代わりに操作できませんでした</translation>
    </message>
    <message>
        <source>The smart card service could not act with the rights of your user account, so it could not work on the card.</source>
        <translation>スマート カード サービスがユーザー アカウントの権限で動作できなかったため、カードを操作できませんでした。</translation>
    </message>
    <message>
        <source>Sign out and sign in again, then retry. If it keeps failing, ask your administrator whether your account may manage smart cards on this computer.</source>
        <translation>サインアウトしてからもう一度サインインし、再試行してください。それでも失敗する場合は、このコンピューターでスマート カードを管理する権限がアカウントにあるかどうか、管理者に確認してください。</translation>
    </message>
    <message>
        <source>PIN or PUK does not meet the rules</source>
        <translation>PIN または PUK がルールを満たしていません</translation>
    </message>
    <message>
        <source>The PIN or the PUK does not meet your organization&apos;s rules for their length or the kinds of characters they contain.</source>
        <translation>PIN または PUK が、長さや使用できる文字の種類に関する組織のルールを満たしていません。</translation>
    </message>
    <message>
        <source>Choose a PIN and a PUK that meet every rule: those of the organization policy (--policy) and of --pinpolicy.</source>
        <translation>すべてのルール（組織のポリシー（--policy）と --pinpolicy のルール）を満たす PIN と PUK を選んでください。</translation>
    </message>
    <message>
        <source>Go back and choose a PIN and a PUK that meet every rule listed on the PIN page.</source>
        <translation>前に戻り、PIN ページに表示されているすべてのルールを満たす PIN と PUK を選んでください。</translation>
    </message>
    <message>
        <source>Too many smart cards</source>
        <translation>スマート カードが多すぎます</translation>
    </message>
    <message>
        <source>This computer already has as many smart cards as it can use at once (10, counting physical and virtual cards).</source>
        <translation>このコンピューターでは、同時に使用できる最大数のスマート カード（物理カードと仮想カードを合わせて 10 枚）が既に存在します。</translation>
    </message>
    <message>
        <source>Remove a virtual smart card you no longer need or unplug a smart card reader, then try again.</source>
        <translation>不要になった仮想スマート カードを削除するか、スマート カード リーダーを取り外してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Not possible in a remote session</source>
        <translation>リモート セッションでは実行できません</translation>
    </message>
    <message>
        <source>Virtual smart cards cannot be created or removed from a remote desktop session.</source>
        <translation>リモート デスクトップ セッションからは仮想スマート カードを作成または削除できません。</translation>
    </message>
    <message>
        <source>Sign in at the computer itself, not through a remote desktop connection, and try again.</source>
        <translation>リモート デスクトップ接続ではなく、コンピューター本体でサインインしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The TPM is not ready for smart cards</source>
        <translation>TPM でスマート カードを使用する準備ができていません</translation>
    </message>
    <message>
        <source>The part of the system that keeps smart cards in the TPM (Trusted Platform Module) could not be started.</source>
        <translation>TPM（トラステッド プラットフォーム モジュール）にスマート カードを保持するシステム コンポーネントを開始できませんでした。</translation>
    </message>
    <message>
        <source>Check that the TPM is turned on and ready (in the firmware settings or with your administrator), restart the computer and try again.</source>
        <translation>TPM が有効で準備ができていることを確認し（ファームウェア設定で確認するか、管理者に問い合わせてください）、コンピューターを再起動してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The card&apos;s storage could not be created</source>
        <translation>カードのストレージを作成できませんでした</translation>
    </message>
    <message>
        <source>The TPM could not create the protected storage that holds the virtual smart card&apos;s keys.</source>
        <translation>仮想スマート カードのキーを保持する保護されたストレージを TPM が作成できませんでした。</translation>
    </message>
    <message>
        <source>Make sure the TPM is not locked after too many wrong attempts and has room for another card, then try again.</source>
        <translation>誤った試行が多すぎて TPM がロックされていないこと、およびもう 1 枚カードを追加する空きがあることを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The card&apos;s storage could not be removed</source>
        <translation>カードのストレージを削除できませんでした</translation>
    </message>
    <message>
        <source>The TPM could not delete the protected storage of the virtual smart card.</source>
        <translation>TPM が仮想スマート カードの保護されたストレージを削除できませんでした。</translation>
    </message>
    <message>
        <source>Restart the computer and try removing the card again.</source>
        <translation>コンピューターを再起動してから、もう一度カードを削除してください。</translation>
    </message>
    <message>
        <source>Card emulation could not start</source>
        <translation>カード エミュレーションを開始できませんでした</translation>
    </message>
    <message>
        <source>The software that makes the TPM behave like a smart card could not be started.</source>
        <translation>TPM をスマート カードとして動作させるソフトウェアを開始できませんでした。</translation>
    </message>
    <message>
        <source>Restart the computer and try again. If it keeps failing, reinstall or update the smart card software.</source>
        <translation>コンピューターを再起動してから、もう一度お試しください。それでも失敗する場合は、スマート カード ソフトウェアを再インストールまたは更新してください。</translation>
    </message>
    <message>
        <source>Card emulation could not be set up</source>
        <translation>カード エミュレーションをセットアップできませんでした</translation>
    </message>
    <message>
        <source>The software that makes the TPM behave like a smart card could not set up this card.</source>
        <translation>TPM をスマート カードとして動作させるソフトウェアが、このカードをセットアップできませんでした。</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, restart the computer first.</source>
        <translation>もう一度お試しください。それでも失敗する場合は、先にコンピューターを再起動してください。</translation>
    </message>
    <message>
        <source>Card emulation could not be removed</source>
        <translation>カード エミュレーションを削除できませんでした</translation>
    </message>
    <message>
        <source>The software that makes the TPM behave like a smart card could not remove this card.</source>
        <translation>TPM をスマート カードとして動作させるソフトウェアが、このカードを削除できませんでした。</translation>
    </message>
    <message>
        <source>Restart the computer, then try removing the card again.</source>
        <translation>コンピューターを再起動してから、もう一度カードを削除してください。</translation>
    </message>
    <message>
        <source>Card settings could not be saved</source>
        <translation>カードの設定を保存できませんでした</translation>
    </message>
    <message>
        <source>A setting of the card, such as its name or its PIN rules, could not be stored.</source>
        <translation>カードの設定（名前や PIN のルールなど）を保存できませんでした。</translation>
    </message>
    <message>
        <source>Check that the disk is not full and that the card&apos;s storage is writable, then try again.</source>
        <translation>ディスクがいっぱいでないこと、カードのストレージに書き込めることを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Card settings could not be read</source>
        <translation>カードの設定を読み取れませんでした</translation>
    </message>
    <message>
        <source>A setting of the card could not be read back, so the card could not be found or checked.</source>
        <translation>カードの設定を読み戻せなかったため、カードを見つけることも確認することもできませんでした。</translation>
    </message>
    <message>
        <source>Check that the card still exists (another program may have removed it), then try again.</source>
        <translation>カードがまだ存在すること（別のプログラムが削除した可能性があります）を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The virtual reader could not start</source>
        <translation>仮想リーダーを開始できませんでした</translation>
    </message>
    <message>
        <source>The virtual smart card reader, through which programs reach the card, could not be started.</source>
        <translation>プログラムがカードにアクセスするための仮想スマート カード リーダーを開始できませんでした。</translation>
    </message>
    <message>
        <source>Check that the smart card service is running, or restart the computer, and try again.</source>
        <translation>スマート カード サービスが実行中であることを確認するか、コンピューターを再起動してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The virtual reader could not be created</source>
        <translation>仮想リーダーを作成できませんでした</translation>
    </message>
    <message>
        <source>The virtual smart card reader for the new card could not be added.</source>
        <translation>新しいカード用の仮想スマート カード リーダーを追加できませんでした。</translation>
    </message>
    <message>
        <source>Restart the computer and try again. Remove cards you no longer use if there are many.</source>
        <translation>コンピューターを再起動してから、もう一度お試しください。カードが多い場合は、使用しなくなったカードを削除してください。</translation>
    </message>
    <message>
        <source>The virtual reader could not be removed</source>
        <translation>仮想リーダーを削除できませんでした</translation>
    </message>
    <message>
        <source>The virtual smart card reader of this card could not be removed.</source>
        <translation>このカードの仮想スマート カード リーダーを削除できませんでした。</translation>
    </message>
    <message>
        <source>Restart the computer, which usually removes the reader, and try again if the card is still listed.</source>
        <translation>コンピューターを再起動してください（通常はこれでリーダーが削除されます）。カードがまだ一覧に表示される場合は、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not connect to the new card</source>
        <translation>新しいカードに接続できませんでした</translation>
    </message>
    <message>
        <source>The new card could not be reached to set up its contents.</source>
        <translation>内容をセットアップするために新しいカードにアクセスできませんでした。</translation>
    </message>
    <message>
        <source>Wait a moment and try again. If it keeps failing, restart the computer.</source>
        <translation>しばらく待ってから、もう一度お試しください。それでも失敗する場合は、コンピューターを再起動してください。</translation>
    </message>
    <message>
        <source>The card&apos;s contents could not be prepared</source>
        <translation>カードの内容を準備できませんでした</translation>
    </message>
    <message>
        <source>The file system or the keys of the new card could not be generated.</source>
        <translation>新しいカードのファイル システムまたはキーを生成できませんでした。</translation>
    </message>
    <message>
        <source>Try again, or create the card without generating its contents and generate them later.</source>
        <translation>もう一度お試しください。または、内容を生成せずにカードを作成し、後で生成してください。</translation>
    </message>
    <message>
        <source>Unable to create the smart card</source>
        <translation>スマート カードを作成できません</translation>
    </message>
    <message>
        <source>The virtual smart card could not be created.</source>
        <translation>仮想スマート カードを作成できませんでした。</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, give the details below to your administrator.</source>
        <translation>もう一度お試しください。それでも失敗する場合は、下の詳細情報を管理者に伝えてください。</translation>
    </message>
    <message>
        <source>Unable to remove the smart card</source>
        <translation>スマート カードを削除できません</translation>
    </message>
    <message>
        <source>The virtual smart card could not be removed.</source>
        <translation>仮想スマート カードを削除できませんでした。</translation>
    </message>
    <message>
        <source>Close the programs that use the card and try again. If the card is still listed, restart the computer.</source>
        <translation>カードを使用しているプログラムを閉じてから、もう一度お試しください。カードがまだ一覧に表示される場合は、コンピューターを再起動してください。</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <source>Unknown error (code %1)</source>
        <translation>不明なエラー（コード %1）</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>PIN が正しくありません</translation>
    </message>
    <message>
        <source>Type the PIN again, carefully. If you have forgotten it, reset it with the PUK or the admin key instead of guessing: every wrong PIN counts.</source>
        <translation>PIN を注意して入力し直してください。PIN を忘れた場合は、推測せずに PUK または管理者キーでリセットしてください。誤った PIN はすべてカウントされます。</translation>
    </message>
    <message>
        <source>Wrong PUK</source>
        <translation>PUK が正しくありません</translation>
    </message>
    <message>
        <source>Type the PUK again, carefully: it is the one set when the card was made, not the PIN.</source>
        <translation>PUK を注意して入力し直してください。PUK はカードの作成時に設定したもので、PIN ではありません。</translation>
    </message>
    <message>
        <source>Wrong admin key</source>
        <translation>管理者キーが正しくありません</translation>
    </message>
    <message>
        <source>Check the 48 hexadecimal digits and the check value (KCV) you were given for this card.</source>
        <translation>このカード用に渡された 16 進数 48 桁とチェック値 (KCV) を確認してください。</translation>
    </message>
    <message>
        <source>PIN blocked</source>
        <translation>PIN がブロックされています</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is blocked after too many wrong tries.</source>
        <translation>誤った試行が多すぎたため、カードの PIN がブロックされています。</translation>
    </message>
    <message>
        <source>Reset it with vscwizard reset-pin, using the PUK or the admin key.</source>
        <translation>vscwizard reset-pin を使い、PUK または管理者キーで PIN をリセットしてください。</translation>
    </message>
    <message>
        <source>Reset the PIN with the PUK or the admin key.</source>
        <translation>PUK または管理者キーで PIN をリセットしてください。</translation>
    </message>
    <message>
        <source>PUK blocked</source>
        <translation>PUK がブロックされています</translation>
    </message>
    <message>
        <source>The card&apos;s PUK is blocked after too many wrong tries.</source>
        <translation>誤った試行が多すぎたため、カードの PUK がブロックされています。</translation>
    </message>
    <message>
        <source>The PIN can no longer be reset with the PUK. Remove the card and create a new one.</source>
        <translation>PUK で PIN をリセットすることはできなくなりました。カードを削除して新しいカードを作成してください。</translation>
    </message>
    <message>
        <source>New PIN not allowed</source>
        <translation>新しい PIN は使用できません</translation>
    </message>
    <message>
        <source>The new PIN does not meet the card&apos;s rules.</source>
        <translation>新しい PIN がカードのルールを満たしていません。</translation>
    </message>
    <message>
        <source>Choose a PIN that meets every rule listed above.</source>
        <translation>上に示されたすべてのルールを満たす PIN を選んでください。</translation>
    </message>
    <message>
        <source>Choose a PIN that meets every rule shown.</source>
        <translation>表示されたすべてのルールを満たす PIN を選んでください。</translation>
    </message>
    <message>
        <source>New PUK not allowed</source>
        <translation>新しい PUK は使用できません</translation>
    </message>
    <message>
        <source>The new PUK does not meet the card&apos;s rules.</source>
        <translation>新しい PUK がカードのルールを満たしていません。</translation>
    </message>
    <message>
        <source>Choose a PUK of 8 to 127 characters that is not the PIN.</source>
        <translation>PIN とは異なる 8～127 文字の PUK を選んでください。</translation>
    </message>
    <message>
        <source>This card cannot be reset</source>
        <translation>このカードはリセットできません</translation>
    </message>
    <message>
        <source>The card has no PUK and a random admin key that nobody knows, so nothing can reset its PIN.</source>
        <translation>このカードには PUK がなく、管理者キーは誰も知らないランダムなキーのため、PIN をリセットする方法がありません。</translation>
    </message>
    <message>
        <source>Remove the card (vscwizard destroy) and create a new one.</source>
        <translation>カードを削除し（vscwizard destroy）、新しいカードを作成してください。</translation>
    </message>
    <message>
        <source>Remove the card and create a new one.</source>
        <translation>カードを削除して新しいカードを作成してください。</translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>該当するカードがありません</translation>
    </message>
    <message>
        <source>The card was not found. It may have been removed.</source>
        <translation>カードが見つかりませんでした。削除された可能性があります。</translation>
    </message>
    <message>
        <source>vscwizard list shows the cards and their instance ids.</source>
        <translation>vscwizard list で、カードとそのインスタンス ID が表示されます。</translation>
    </message>
    <message>
        <source>Refresh the list of cards.</source>
        <translation>カードの一覧を最新の情報に更新してください。</translation>
    </message>
    <message>
        <source>The TPM is locked</source>
        <translation>TPM がロックされています</translation>
    </message>
    <message>
        <source>The TPM refuses every PIN for a while after too many wrong ones, on every card.</source>
        <translation>誤った PIN が多すぎると、TPM はしばらくの間、すべてのカードですべての PIN を拒否します。</translation>
    </message>
    <message>
        <source>Wait until the TPM accepts PINs again, then try once more.</source>
        <translation>TPM が再び PIN を受け付けるまで待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Not possible here</source>
        <translation>ここでは実行できません</translation>
    </message>
    <message>
        <source>This card or this computer does not offer this operation.</source>
        <translation>このカードまたはこのコンピューターでは、この操作は使用できません。</translation>
    </message>
    <message>
        <source>The card could not be changed</source>
        <translation>カードを変更できませんでした</translation>
    </message>
    <message>
        <source>The operation did not finish; the card is as it was.</source>
        <translation>操作は完了しませんでした。カードは元のままです。</translation>
    </message>
    <message>
        <source>Try again. The details say what the card answered.</source>
        <translation>もう一度お試しください。カードの応答は詳細情報に示されています。</translation>
    </message>
    <message>
        <source>Initializing the virtual smart card…</source>
        <translation>仮想スマート カードを初期化しています…</translation>
    </message>
    <message>
        <source>Creating the card&apos;s protected storage in the TPM…</source>
        <translation>TPM にカードの保護されたストレージを作成しています…</translation>
    </message>
    <message>
        <source>Removing the card&apos;s protected storage from the TPM…</source>
        <translation>TPM からカードの保護されたストレージを削除しています…</translation>
    </message>
    <message>
        <source>Starting the card emulation…</source>
        <translation>カード エミュレーションを開始しています…</translation>
    </message>
    <message>
        <source>Setting up the card emulation…</source>
        <translation>カード エミュレーションをセットアップしています…</translation>
    </message>
    <message>
        <source>Removing the card emulation…</source>
        <translation>カード エミュレーションを削除しています…</translation>
    </message>
    <message>
        <source>Starting the virtual reader…</source>
        <translation>仮想リーダーを開始しています…</translation>
    </message>
    <message>
        <source>Creating the virtual reader…</source>
        <translation>仮想リーダーを作成しています…</translation>
    </message>
    <message>
        <source>Removing the virtual reader…</source>
        <translation>仮想リーダーを削除しています…</translation>
    </message>
    <message>
        <source>Waiting for the new card to appear…</source>
        <translation>新しいカードが表示されるのを待っています…</translation>
    </message>
    <message>
        <source>Signing in to the new card…</source>
        <extracomment>A stage: logging in to the new card (token) with its PIN.</extracomment>
        <translation>新しいカードにサインインしています…</translation>
    </message>
    <message>
        <source>Generating the card&apos;s contents…</source>
        <translation>カードの内容を生成しています…</translation>
    </message>
    <message>
        <source>The virtual smart card was created.</source>
        <translation>仮想スマート カードが作成されました。</translation>
    </message>
    <message>
        <source>The virtual smart card was removed.</source>
        <translation>仮想スマート カードが削除されました。</translation>
    </message>
    <message>
        <source>Unknown step (code %1)</source>
        <translation>不明なステップ（コード %1）</translation>
    </message>
    <message>
        <source>The operation was cancelled before it finished; nothing was changed.</source>
        <translation>操作は完了前に取り消されました。何も変更されていません。</translation>
    </message>
    <message numerus="yes">
        <source>The PIN is wrong for this card. %n try(ies) left before the PIN is blocked.</source>
        <translation>
            <numerusform>このカードの PIN が正しくありません。PIN がブロックされるまで、残り %n 回です。</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN is wrong for this card.</source>
        <translation>このカードの PIN が正しくありません。</translation>
    </message>
    <message numerus="yes">
        <source>The PUK is wrong for this card. %n try(ies) left before the PUK is blocked too.</source>
        <translation>
            <numerusform>このカードの PUK が正しくありません。PUK もブロックされるまで、残り %n 回です。</numerusform>
        </translation>
    </message>
    <message>
        <source>The PUK is wrong for this card.</source>
        <translation>このカードの PUK が正しくありません。</translation>
    </message>
    <message>
        <source>The admin key is wrong for this card, so the PIN was not reset.</source>
        <translation>このカードの管理者キーが正しくないため、PIN はリセットされませんでした。</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>問題の内容</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <source>Shows or hides the technical details of the error.</source>
        <translation>エラーの技術的な詳細を表示または非表示にします。</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>技術的な詳細</translation>
    </message>
    <message>
        <source>Error: TPMVSCMGR_ERROR_%1 (%2)</source>
        <translation>エラー: TPMVSCMGR_ERROR_%1（%2）</translation>
    </message>
    <message>
        <source>Backend detail: none</source>
        <translation>バックエンドの詳細: なし</translation>
    </message>
    <message>
        <source>Backend detail: %1</source>
        <translation>バックエンドの詳細: %1</translation>
    </message>
    <message>
        <source>Card error %1</source>
        <translation>カード エラー %1</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>Choose how the card is prepared.</source>
        <translation>カードの準備方法を選んでください。</translation>
    </message>
    <message>
        <source>&amp;Prepare the card for use now (file system and key pair)</source>
        <translation>カードを今すぐ使用できるように準備する（ファイル システムとキー ペア）(&amp;P)</translation>
    </message>
    <message>
        <source>Creates the card&apos;s file system and a key pair right away, so the card can be used at once.</source>
        <translation>カードのファイル システムとキー ペアをすぐに作成し、カードをすぐに使用できるようにします。</translation>
    </message>
    <message>
        <source>Without this, the card is created empty and an application must prepare it before first use.</source>
        <translation>これを選ばない場合、カードは空の状態で作成され、初めて使う前にアプリケーションが準備する必要があります。</translation>
    </message>
    <message>
        <source>&amp;Key algorithm:</source>
        <translation>キー アルゴリズム(&amp;K):</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>キー アルゴリズム</translation>
    </message>
    <message>
        <source>The kind of key pair created on the card.</source>
        <translation>カードに作成するキー ペアの種類です。</translation>
    </message>
    <message>
        <source>A&amp;ttestation:</source>
        <translation>構成証明(&amp;T):</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>構成証明</translation>
    </message>
    <message>
        <source>Whether the card can prove to a server that its keys are protected by this computer&apos;s TPM.</source>
        <translation>カードのキーがこのコンピューターの TPM で保護されていることを、カードがサーバーに証明できるかどうかです。</translation>
    </message>
    <message>
        <source>&amp;Prepare the card for use now (a key pair)</source>
        <translation>カードを今すぐ使用できるように準備する（キー ペア）(&amp;P)</translation>
    </message>
    <message>
        <source>Creates a key pair on the card right away, so the card can be used at once.</source>
        <translation>カードにキー ペアをすぐに作成し、カードをすぐに使用できるようにします。</translation>
    </message>
    <message>
        <source>Elliptic curve P-256 (recommended)</source>
        <translation>楕円曲線 P-256（推奨）</translation>
    </message>
    <message>
        <source>RSA 2048 bits</source>
        <translation>RSA 2048 ビット</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Attestation identity key only</source>
        <translation>構成証明 ID キーのみ</translation>
    </message>
    <message>
        <source>Attestation identity key and certificate (needs network access)</source>
        <translation>構成証明 ID キーと証明書（ネットワーク アクセスが必要）</translation>
    </message>
</context>
<context>
    <name>OrganizationPolicy</name>
    <message>
        <source>The policy file %1 cannot be read: %2</source>
        <translation>ポリシー ファイル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The policy file %1 does not exist.</source>
        <translation>ポリシー ファイル %1 は存在しません。</translation>
    </message>
    <message>
        <source>The policy file %1 is not a regular file.</source>
        <translation>ポリシー ファイル %1 は通常のファイルではありません。</translation>
    </message>
    <message>
        <source>this line is not valid UTF-8; save the file as UTF-8.</source>
        <translation>この行は有効な UTF-8 ではありません。ファイルを UTF-8 で保存してください。</translation>
    </message>
    <message>
        <source>this line contains a control character.</source>
        <translation>この行には制御文字が含まれています。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a [Section], a Key=Value line nor a comment.</source>
        <translation>「%1」は [Section] 行、Key=Value 行、コメントのいずれでもありません。</translation>
    </message>
    <message>
        <source>the section [%1] appears a second time (first on line %2); each section may appear once.</source>
        <translation>セクション [%1] が 2 回目に出現しています（最初は %2 行目）。各セクションは 1 回だけ記述できます。</translation>
    </message>
    <message>
        <source>the line &quot;%1&quot; has no key before the &quot;=&quot;.</source>
        <translation>行「%1」の「=」の前にキーがありません。</translation>
    </message>
    <message>
        <source>the key %1 (value &quot;%2&quot;) comes before any section; put it under [%3] or [%4].</source>
        <translation>キー %1（値「%2」）がどのセクションよりも前にあります。[%3] または [%4] の下に記述してください。</translation>
    </message>
    <message>
        <source>the key %1 (value &quot;%2&quot;) is unknown; the keys of [%3] are %4.</source>
        <translation>キー %1（値「%2」）は不明です。[%3] のキーは %4 です。</translation>
    </message>
    <message>
        <source>the key %1 is given a second time (first on line %2); each key may be given once.</source>
        <translation>キー %1 が 2 回目に指定されています（最初は %2 行目）。各キーは 1 回だけ指定できます。</translation>
    </message>
    <message>
        <source>the PIN policy of this section cannot be used: %1</source>
        <translation>このセクションの PIN ポリシーは使用できません: %1</translation>
    </message>
    <message numerus="yes">
        <source>The policy file %1 is larger than %n byte(s); a policy file has a few lines.</source>
        <translation>
            <numerusform>ポリシー ファイル %1 は %n バイトを超えています。ポリシー ファイルは数行程度のはずです。</numerusform>
        </translation>
    </message>
    <message>
        <source>the section [%1] is unknown; the sections are [%2] and [%3].</source>
        <extracomment>After &quot;file:line: &quot;. [%2] and [%3] are the section names of the file, kept in English.</extracomment>
        <translation>セクション [%1] は不明です。セクションは [%2] と [%3] です。</translation>
    </message>
    <message>
        <source>the section [%1] is unknown, and with it the key %2 (value &quot;%3&quot;) on line %4; the sections are [%5] and [%6].</source>
        <extracomment>After &quot;file:line: &quot;. [%5] and [%6] are the section names of the file, kept in English.</extracomment>
        <translation>セクション [%1] は不明なため、%4 行目のキー %2（値「%3」）も不明です。セクションは [%5] と [%6] です。</translation>
    </message>
    <message>
        <source>the key %1 has no value; it must be a whole number from %2 to %3.</source>
        <extracomment>After &quot;file:line: &quot;. %1: a key of the policy file.</extracomment>
        <translation>キー %1 に値がありません。%2 から %3 までの整数にする必要があります。</translation>
    </message>
    <message>
        <source>the key %1 has the value &quot;%2&quot;; it must be a whole number from %3 to %4.</source>
        <extracomment>After &quot;file:line: &quot;. %1: a key of the policy file; %2: its value.</extracomment>
        <translation>キー %1 の値は「%2」です。%3 から %4 までの整数にする必要があります。</translation>
    </message>
    <message>
        <source>the key %1 has no value; it must be allow, require or disallow.</source>
        <extracomment>After &quot;file:line: &quot;. allow, require and disallow are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>キー %1 に値がありません。allow、require、disallow のいずれかにする必要があります。</translation>
    </message>
    <message>
        <source>the key %1 has the value &quot;%2&quot;; it must be allow, require or disallow.</source>
        <extracomment>After &quot;file:line: &quot;. allow, require and disallow are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>キー %1 の値は「%2」です。allow、require、disallow のいずれかにする必要があります。</translation>
    </message>
    <message>
        <source>the key %1 has no value; it must be true or false.</source>
        <extracomment>After &quot;file:line: &quot;. true and false are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>キー %1 に値がありません。true または false にする必要があります。</translation>
    </message>
    <message>
        <source>the key %1 has the value &quot;%2&quot;; it must be true or false.</source>
        <extracomment>After &quot;file:line: &quot;. true and false are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>キー %1 の値は「%2」です。true または false にする必要があります。</translation>
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
        <translation>コマンドとそのオプションについては「vscwizard --help」を実行してください。</translation>
    </message>
    <message>
        <source>vscwizard: standard input cannot be read.</source>
        <translation>vscwizard: 標準入力を読み取れません。</translation>
    </message>
    <message>
        <source>  - %1</source>
        <translation>  - %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>詳細: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Cannot continue: %1</source>
        <translation>続行できません: %1</translation>
    </message>
    <message>
        <source>No virtual smart cards.</source>
        <translation>仮想スマート カードはありません。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Instance id</source>
        <translation>インスタンス ID</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>PIN state</source>
        <translation>PIN の状態</translation>
    </message>
    <message>
        <source>TPM: %1</source>
        <translation>TPM: %1</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>回復</translation>
    </message>
    <message numerus="yes">
        <source>A line of standard input is longer than %n byte(s); no secret is that long.</source>
        <translation>
            <numerusform>標準入力の行が %n バイトを超えています。これほど長い秘密情報はありません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinEntry</name>
    <message>
        <source>&amp;PIN:</source>
        <translation>PIN(&amp;P):</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>The new PIN of the card. The rules it must meet are listed below.</source>
        <translation>カードの新しい PIN です。満たす必要のあるルールが下に表示されます。</translation>
    </message>
    <message>
        <source>Con&amp;firm PIN:</source>
        <translation>PIN の確認(&amp;F):</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>PIN の確認</translation>
    </message>
    <message>
        <source>Type the same PIN again.</source>
        <translation>同じ PIN をもう一度入力してください。</translation>
    </message>
    <message>
        <source>&amp;Show PIN</source>
        <translation>PIN を表示する(&amp;S)</translation>
    </message>
    <message>
        <source>Shows the PIN as plain text instead of dots. Make sure nobody is watching.</source>
        <translation>PIN を点ではなくテキストで表示します。誰にも見られていないことを確認してください。</translation>
    </message>
    <message>
        <source>PIN check</source>
        <translation>PIN のチェック</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>The PIN must meet these &amp;rules:</source>
        <translation>PIN は次のルールを満たす必要があります(&amp;R):</translation>
    </message>
    <message>
        <source>PIN rules</source>
        <translation>PIN のルール</translation>
    </message>
    <message>
        <source>Each rule is marked as met or not met while you type.</source>
        <translation>入力中に、各ルールが満たされているかどうかが表示されます。</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>新しい PIN(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;New PUK:</source>
        <translation>新しい PUK(&amp;N):</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>新しい PIN</translation>
    </message>
    <message>
        <source>New PUK</source>
        <translation>新しい PUK</translation>
    </message>
    <message>
        <source>The card&apos;s new PIN. The rules it must meet are listed below.</source>
        <translation>カードの新しい PIN です。満たす必要のあるルールが下に表示されます。</translation>
    </message>
    <message>
        <source>The card&apos;s new PUK: 8 to 127 characters, not the PIN.</source>
        <translation>カードの新しい PUK です（8～127 文字、PIN とは異なるもの）。</translation>
    </message>
    <message>
        <source>Con&amp;firm new PIN:</source>
        <translation>新しい PIN の確認(&amp;F):</translation>
    </message>
    <message>
        <source>Con&amp;firm new PUK:</source>
        <translation>新しい PUK の確認(&amp;F):</translation>
    </message>
    <message>
        <source>Confirm new PIN</source>
        <translation>新しい PIN の確認</translation>
    </message>
    <message>
        <source>Confirm new PUK</source>
        <translation>新しい PUK の確認</translation>
    </message>
    <message>
        <source>Type the same PUK again.</source>
        <translation>同じ PUK をもう一度入力してください。</translation>
    </message>
    <message>
        <source>&amp;Show PUK</source>
        <translation>PUK を表示する(&amp;S)</translation>
    </message>
    <message>
        <source>Broken</source>
        <extracomment>The state of a PIN rule, read out by screen readers: the PIN breaks this rule.</extracomment>
        <translation>違反</translation>
    </message>
    <message>
        <source>Met</source>
        <extracomment>The state of a PIN rule, read out by screen readers: &quot;Met&quot; = the PIN keeps the rule; &quot;Not met yet&quot; = it does not keep it yet.</extracomment>
        <translation>満たしています</translation>
    </message>
    <message>
        <source>Not met yet</source>
        <translation>まだ満たしていません</translation>
    </message>
    <message>
        <source>The PIN contains a character the rules do not allow (“%1”). Remove it.</source>
        <translation>PIN にルールで許可されていない文字（「%1」）が含まれています。削除してください。</translation>
    </message>
    <message>
        <source>The PIN is too long (“%1”). Shorten it.</source>
        <translation>PIN が長すぎます（「%1」）。短くしてください。</translation>
    </message>
    <message>
        <source>The two PINs do not match.</source>
        <translation>2 つの PIN が一致しません。</translation>
    </message>
    <message>
        <source>The two PUKs do not match.</source>
        <translation>2 つの PUK が一致しません。</translation>
    </message>
    <message>
        <source>The PUKs match.</source>
        <translation>PUK が一致しています。</translation>
    </message>
    <message>
        <source>Type the PIN again in the second field to confirm it.</source>
        <translation>確認のため、2 つ目のフィールドに PIN をもう一度入力してください。</translation>
    </message>
    <message>
        <source>Type the PUK again in the second field to confirm it.</source>
        <translation>確認のため、2 つ目のフィールドに PUK をもう一度入力してください。</translation>
    </message>
    <message>
        <source>The PINs match.</source>
        <translation>PIN が一致しています。</translation>
    </message>
    <message>
        <source>The PINs match, but not every rule below is met yet.</source>
        <translation>PIN は一致していますが、下のルールの一部がまだ満たされていません。</translation>
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
        <translation>PIN は、カードを使用するたびにカードのロックを解除します。覚えやすい PIN を選び、ほかの人には知られないようにしてください。</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>PIN(&amp;P):</translation>
    </message>
    <message>
        <source>The new PIN of the card. The rules it must meet are listed below.</source>
        <translation>カードの新しい PIN です。満たす必要のあるルールが下に表示されます。</translation>
    </message>
    <message>
        <source>Con&amp;firm PIN:</source>
        <translation>PIN の確認(&amp;F):</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>PIN の確認</translation>
    </message>
    <message>
        <source>The PIN you entered before is kept. Type a new one to change it.</source>
        <translation>前に入力した PIN がそのまま使われます。変更するには新しい PIN を入力してください。</translation>
    </message>
</context>
<context>
    <name>PinPolicy</name>
    <message>
        <source>The minimum PIN length is %1; it must be at least %2.</source>
        <translation>PIN の最小長が %1 です。%2 以上にする必要があります。</translation>
    </message>
    <message>
        <source>The maximum PIN length is %1; it can be at most %2.</source>
        <translation>PIN の最大長が %1 です。%2 以下にする必要があります。</translation>
    </message>
    <message>
        <source>The minimum PIN length (%1) is greater than the maximum (%2).</source>
        <translation>PIN の最小長（%1）が最大長（%2）より大きくなっています。</translation>
    </message>
    <message>
        <source>The policy disallows every kind of character, so no PIN can meet it.</source>
        <translation>ポリシーがすべての種類の文字を禁止しているため、どの PIN もポリシーを満たせません。</translation>
    </message>
    <message numerus="yes">
        <source>The policy requires %1 kinds of character, but a PIN may have at most %n character(s).</source>
        <translation>
            <numerusform>ポリシーは %1 種類の文字を必須にしていますが、PIN は最大 %n 文字です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n byte(s) (ä or € count as 2 or 3)</source>
        <translation>
            <numerusform>%n バイト以上（ä や € は 2 または 3 バイトと数えます）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>%n 文字以上</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n byte(s) (ä or € count as 2 or 3)</source>
        <translation>
            <numerusform>%n バイト以下（ä や € は 2 または 3 バイトと数えます）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n character(s)</source>
        <translation>
            <numerusform>%n 文字以下</numerusform>
        </translation>
    </message>
    <message>
        <source>At least one uppercase letter (A-Z)</source>
        <translation>英大文字（A-Z）を 1 文字以上</translation>
    </message>
    <message>
        <source>At least one lowercase letter (a-z)</source>
        <translation>英小文字（a-z）を 1 文字以上</translation>
    </message>
    <message>
        <source>At least one digit (0-9)</source>
        <translation>数字（0-9）を 1 文字以上</translation>
    </message>
    <message>
        <source>At least one special character, such as a space or !#%+-</source>
        <translation>特殊文字（スペースや !#%+- など）を 1 文字以上</translation>
    </message>
    <message>
        <source>At least one character beyond plain ASCII, such as ä or €</source>
        <translation>ASCII 以外の文字（ä や € など）を 1 文字以上</translation>
    </message>
    <message>
        <source>No uppercase letters (A-Z)</source>
        <translation>英大文字（A-Z）を使用しない</translation>
    </message>
    <message>
        <source>No lowercase letters (a-z)</source>
        <translation>英小文字（a-z）を使用しない</translation>
    </message>
    <message>
        <source>No digits (0-9)</source>
        <translation>数字（0-9）を使用しない</translation>
    </message>
    <message>
        <source>No special characters (spaces, punctuation, symbols)</source>
        <translation>特殊文字（スペース、句読点、記号）を使用しない</translation>
    </message>
    <message>
        <source>No characters beyond plain ASCII (such as ä or €) and no control characters</source>
        <translation>ASCII 以外の文字（ä や € など）と制御文字を使用しない</translation>
    </message>
    <message numerus="yes">
        <source>The PIN policy has %n byte(s); it must have exactly %1.</source>
        <translation>
            <numerusform>PIN ポリシーが %n バイトです。ちょうど %1 バイトである必要があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN policy&apos;s reserved field is %1; it must be 1.</source>
        <translation>PIN ポリシーの予約フィールドが %1 です。1 である必要があります。</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s minimum length is %1; it must be from %2 to %3.</source>
        <translation>PIN ポリシーの最小長が %1 です。%2～%3 である必要があります。</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s maximum length is %1; it must be from %2 to %3.</source>
        <translation>PIN ポリシーの最大長が %1 です。%2～%3 である必要があります。</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s minimum length (%1) is greater than its maximum length (%2).</source>
        <translation>PIN ポリシーの最小長（%1）が最大長（%2）より大きくなっています。</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s rule for %1 is %2; only 0 (allow), 1 (require) and 2 (disallow) exist.</source>
        <extracomment>%1 is the rule&apos;s name as Windows stores it (uppercase, lowercase, digits, special), %2 a number.</extracomment>
        <translation>PIN ポリシーの %1 のルールが %2 です。使用できるのは 0（許可）、1（必須）、2（禁止）だけです。</translation>
    </message>
    <message>
        <source>uppercase letters</source>
        <translation>英大文字</translation>
    </message>
    <message>
        <source>lowercase letters</source>
        <translation>英小文字</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>special characters</source>
        <translation>特殊文字</translation>
    </message>
    <message>
        <source>other characters</source>
        <translation>その他の文字</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Creating the Card</source>
        <translation>カードの作成</translation>
    </message>
    <message>
        <source>Please wait while the card is created.</source>
        <translation>カードを作成しています。しばらくお待ちください。</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>現在のステップ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>How far the creation of the card has got.</source>
        <translation>カードの作成の進み具合です。</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>&amp;What Went Wrong?</source>
        <translation>問題の内容(&amp;W)</translation>
    </message>
    <message>
        <source>Shows the error again: what went wrong, what to do, and the details.</source>
        <translation>エラーをもう一度表示します（問題の内容、対処方法、詳細）。</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Tries to create the same card again.</source>
        <translation>同じカードをもう一度作成してみます。</translation>
    </message>
    <message>
        <source>C&amp;hange Choices</source>
        <translation>選択内容の変更(&amp;H)</translation>
    </message>
    <message>
        <source>Goes back to the summary, from where you can change the name, the PIN or the other choices.</source>
        <translation>概要に戻ります。そこから名前、PIN、その他の選択内容を変更できます。</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>中止(&amp;S)</translation>
    </message>
    <message>
        <source>Stops creating the card. Nothing is left behind.</source>
        <translation>カードの作成を中止します。何も残りません。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始しています…</translation>
    </message>
    <message>
        <source>Stopping and removing what was created so far…</source>
        <translation>中止して、ここまでに作成されたものを削除しています…</translation>
    </message>
    <message>
        <source>The card was created.</source>
        <translation>カードが作成されました。</translation>
    </message>
    <message>
        <source>Stopped</source>
        <extracomment>The text inside the progress bar after the user stopped the create.
----------
What a screen reader says of the progress bar after the user stopped the create.</extracomment>
        <translation>中止しました</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <extracomment>The stage line under the progress bar after the user stopped the create.</extracomment>
        <translation>中止しました。</translation>
    </message>
    <message>
        <source>No card was created. You can try again, or close the wizard.</source>
        <translation>カードは作成されませんでした。もう一度試すか、ウィザードを閉じてください。</translation>
    </message>
    <message>
        <source>The card could not be created: %1</source>
        <translation>カードを作成できませんでした: %1</translation>
    </message>
    <message>
        <source>You can try again, or change your choices.</source>
        <translation>もう一度試すか、選択内容を変更してください。</translation>
    </message>
    <message>
        <source>Failed at %p%</source>
        <extracomment>Shown in the progress bar when the creation failed; %p% is the bar&apos;s percentage (Qt fills in the number).</extracomment>
        <translation>%p% で失敗しました</translation>
    </message>
    <message>
        <source>The Card Was Not Created</source>
        <translation>カードは作成されませんでした</translation>
    </message>
    <message>
        <source>The card could not be created.</source>
        <translation>カードを作成できませんでした。</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Creating the Card Was Stopped</source>
        <translation>カードの作成は中止されました</translation>
    </message>
    <message>
        <source>Nothing of the card was left behind.</source>
        <translation>作成途中のカードは何も残っていません。</translation>
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
        <translation>回復</translation>
    </message>
    <message>
        <source>Organization rules</source>
        <translation>組織のルール</translation>
    </message>
    <message>
        <source>The PUK resets the PIN. It is a second secret of 8 to 127 characters.</source>
        <translation>PUK は PIN をリセットします。8～127 文字の 2 つ目の秘密情報です。</translation>
    </message>
    <message>
        <source>P&amp;UK:</source>
        <translation>PUK(&amp;U):</translation>
    </message>
    <message>
        <source>PUK</source>
        <translation>PUK</translation>
    </message>
    <message>
        <source>8 to 127 characters. Keep it apart from the PIN.</source>
        <translation>8～127 文字。PIN とは別に保管してください。</translation>
    </message>
    <message>
        <source>C&amp;onfirm PUK:</source>
        <translation>PUK の確認(&amp;O):</translation>
    </message>
    <message>
        <source>Confirm PUK</source>
        <translation>PUK の確認</translation>
    </message>
    <message>
        <source>Type the same PUK again.</source>
        <translation>同じ PUK をもう一度入力してください。</translation>
    </message>
    <message>
        <source>S&amp;how PUK</source>
        <translation>PUK を表示する(&amp;H)</translation>
    </message>
    <message>
        <source>Shows the PUK as plain text instead of dots.</source>
        <translation>PUK を点ではなくテキストで表示します。</translation>
    </message>
    <message>
        <source>PUK check</source>
        <translation>PUK のチェック</translation>
    </message>
    <message>
        <source>Admin key beside the PUK</source>
        <extracomment>A title: the admin key the card keeps in addition to the PUK.</extracomment>
        <translation>PUK と併せて設定される管理者キー</translation>
    </message>
    <message>
        <source>Use an &amp;admin key (48 hexadecimal digits)</source>
        <translation>管理者キー（16 進数 48 桁）を使用する(&amp;A)</translation>
    </message>
    <message>
        <source>The admin key is a 3DES key that an administrator uses to reset the PIN.</source>
        <translation>管理者キーは、管理者が PIN をリセットするために使う 3DES キーです。</translation>
    </message>
    <message>
        <source>&amp;Default key</source>
        <translation>既定のキー(&amp;D)</translation>
    </message>
    <message>
        <source>The publicly known default key of virtual smart cards. Anyone who knows it can reset the PIN.</source>
        <translation>仮想スマート カードの公開されている既定のキーです。このキーを知っている人は誰でも PIN をリセットできます。</translation>
    </message>
    <message>
        <source>&amp;Random key, never shown</source>
        <translation>ランダムなキー（表示されません）(&amp;R)</translation>
    </message>
    <message>
        <source>Nobody will know the key: the card can then never be reset, only removed.</source>
        <translation>キーは誰にもわかりません。その場合、カードはリセットできず、削除しかできません。</translation>
    </message>
    <message>
        <source>&amp;Enter a key</source>
        <translation>キーを入力する(&amp;E)</translation>
    </message>
    <message>
        <source>Type a key of 48 hexadecimal digits, for example one your administrator gave you.</source>
        <translation>16 進数 48 桁のキーを入力してください（管理者から渡されたキーなど）。</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>キー(&amp;K):</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>管理者キー</translation>
    </message>
    <message>
        <source>48 hexadecimal digits; spaces or colons between the byte pairs are allowed.</source>
        <translation>16 進数 48 桁。バイトのペアの間にスペースまたはコロンを入れてもかまいません。</translation>
    </message>
    <message>
        <source>48 hex digits</source>
        <translation>16 進数 48 桁</translation>
    </message>
    <message>
        <source>Sho&amp;w key</source>
        <translation>キーを表示する(&amp;W)</translation>
    </message>
    <message>
        <source>Shows the admin key as plain text instead of dots.</source>
        <translation>管理者キーを点ではなくテキストで表示します。</translation>
    </message>
    <message>
        <source>Admin key check</source>
        <translation>管理者キーのチェック</translation>
    </message>
    <message>
        <source>Your organization requires a PUK.</source>
        <translation>組織では PUK が必要です。</translation>
    </message>
    <message>
        <source>Your organization does not allow the default admin key.</source>
        <translation>組織では既定の管理者キーは使用できません。</translation>
    </message>
    <message>
        <source>Your organization does not allow a random admin key.</source>
        <translation>組織ではランダムな管理者キーは使用できません。</translation>
    </message>
    <message>
        <source>Also set the card&apos;s &amp;admin key, as your organization requires</source>
        <translation>組織の要件に従い、カードの管理者キーも設定する(&amp;A)</translation>
    </message>
    <message>
        <source>Type the PUK again in the second field to confirm it.</source>
        <translation>確認のため、2 つ目のフィールドに PUK をもう一度入力してください。</translation>
    </message>
    <message>
        <source>The two PUKs do not match.</source>
        <translation>2 つの PUK が一致しません。</translation>
    </message>
    <message>
        <source>The PUK you entered before is kept. Type a new one to change it.</source>
        <translation>前に入力した PUK がそのまま使われます。変更するには新しい PUK を入力してください。</translation>
    </message>
    <message>
        <source>The PUKs match.</source>
        <translation>PUK が一致しています。</translation>
    </message>
    <message>
        <source>The card also gets a random admin key that nobody knows: only the PUK can reset the PIN.</source>
        <translation>カードには誰も知らないランダムな管理者キーも設定されます。PIN をリセットできるのは PUK だけです。</translation>
    </message>
    <message>
        <source>The card also keeps the publicly known default admin key (check value %1), because your organization does not allow a random one. Anyone who has the card can reset its PIN with that key, without the PUK.</source>
        <translation>組織でランダムな管理者キーが許可されていないため、カードには公開されている既定の管理者キー（チェック値 %1）も残ります。カードを持っている人は誰でも、PUK なしでこのキーを使って PIN をリセットできます。</translation>
    </message>
    <message>
        <source>The default key is publicly known: anyone who has the card can reset its PIN with it. Its check value (KCV) is %1.</source>
        <translation>既定のキーは公開されています。カードを持っている人は誰でも、このキーで PIN をリセットできます。チェック値 (KCV) は %1 です。</translation>
    </message>
    <message>
        <source>The key you entered before is kept (check value %1). Type a new one to change it.</source>
        <translation>前に入力したキー（チェック値 %1）がそのまま使われます。変更するには新しいキーを入力してください。</translation>
    </message>
    <message>
        <source>Type the key as 48 hexadecimal digits.</source>
        <translation>キーを 16 進数 48 桁で入力してください。</translation>
    </message>
    <message>
        <source>Check value (KCV): %1. Compare it with the one you were given.</source>
        <translation>チェック値 (KCV): %1。渡されたチェック値と比べてください。</translation>
    </message>
    <message>
        <source>If the PIN is forgotten or blocked after too many wrong tries, it is reset with a PUK or with the card&apos;s admin key.</source>
        <translation>PIN を忘れたときや、誤った試行が多すぎて PIN がブロックされたときは、PUK またはカードの管理者キーで PIN をリセットします。</translation>
    </message>
    <message>
        <source>Use a &amp;PUK (PIN unblocking key) that you keep in a safe place</source>
        <translation>安全な場所に保管する PUK（PIN ロック解除キー）を使用する(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>Type a PUK of %1 to %n character(s).</source>
        <translation>
            <numerusform>%1～%n 文字の PUK を入力してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>With a random key the card can never be reset. If the PIN is forgotten or blocked, the card can only be removed and a new one created.</source>
        <translation>ランダムなキーでは、カードはリセットできません。PIN を忘れたり、PIN がブロックされたりした場合は、カードを削除して新しいカードを作成するしかありません。</translation>
    </message>
</context>
<context>
    <name>RemoveCardDialog</name>
    <message>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 の削除</translation>
    </message>
    <message>
        <source>Removing the card “%1” destroys its keys. Whatever they protect (sign-in, signatures, encrypted mail) can no longer be opened with this card. This cannot be undone.</source>
        <translation>カード「%1」を削除すると、そのキーが破棄されます。キーで保護されているもの（サインイン、署名、暗号化されたメール）は、このカードでは開けなくなります。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>To confirm, type the card&apos;s &amp;name: %1</source>
        <translation>確認のため、カードの名前を入力してください(&amp;N): %1</translation>
    </message>
    <message>
        <source>Card name to confirm</source>
        <translation>確認用のカード名</translation>
    </message>
    <message>
        <source>&amp;Remove card</source>
        <translation>カードの削除(&amp;R)</translation>
    </message>
    <message>
        <source>Removing the card…</source>
        <translation>カードを削除しています…</translation>
    </message>
    <message>
        <source>The card “%1” was removed. Restart the computer to finish.</source>
        <translation>カード「%1」が削除されました。完了するには、コンピューターを再起動してください。</translation>
    </message>
    <message>
        <source>The card “%1” was removed.</source>
        <translation>カード「%1」が削除されました。</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>中止しています…</translation>
    </message>
    <message>
        <source>Type “%1” to enable Remove card.</source>
        <translation>［カードの削除］を有効にするには「%1」と入力してください。</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Card Created</source>
        <translation>カードが作成されました</translation>
    </message>
    <message>
        <source>Your virtual smart card is ready.</source>
        <translation>仮想スマート カードの準備ができました。</translation>
    </message>
    <message>
        <source>&amp;Instance ID:</source>
        <translation>インスタンス ID(&amp;I):</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>インスタンス ID</translation>
    </message>
    <message>
        <source>Identifies the card, for example to remove it later.</source>
        <translation>カードを識別します（後でカードを削除するときなど）。</translation>
    </message>
    <message>
        <source>Restart the computer before using the card: applications see it only after a restart.</source>
        <translation>カードを使用する前にコンピューターを再起動してください。アプリケーションは再起動後にカードを認識します。</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>再起動が必要です</translation>
    </message>
    <message>
        <source>How to &amp;use the card:</source>
        <translation>カードの使い方(&amp;U):</translation>
    </message>
    <message>
        <source>How to use the card</source>
        <translation>カードの使い方</translation>
    </message>
    <message>
        <source>Settings for applications such as ssh or a web browser. You can select and copy them.</source>
        <translation>ssh や Web ブラウザーなどのアプリケーション用の設定です。選択してコピーできます。</translation>
    </message>
    <message>
        <source>Lines for a terminal</source>
        <translation>ターミナル用の行</translation>
    </message>
    <message>
        <source>Shell commands that set up a terminal that is already open and use the card there.</source>
        <translation>既に開いているターミナルをセットアップし、そこでカードを使用するシェル コマンドです。</translation>
    </message>
    <message>
        <source>&amp;Manage cards…</source>
        <translation>カードの管理(&amp;M)…</translation>
    </message>
    <message>
        <source>Opens the card manager: change, reset or remove the cards you have.</source>
        <translation>カード マネージャーを開きます。既存のカードを変更、リセット、削除できます。</translation>
    </message>
    <message>
        <source>&amp;Copy the lines</source>
        <translation>行をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Puts the lines for a terminal on the clipboard.</source>
        <translation>ターミナル用の行をクリップボードにコピーします。</translation>
    </message>
    <message>
        <source>The virtual smart card “%1” was created.</source>
        <translation>仮想スマート カード「%1」が作成されました。</translation>
    </message>
</context>
<context>
    <name>SecretChangeDialog</name>
    <message>
        <source>Reset with</source>
        <translation>リセット方法</translation>
    </message>
    <message>
        <source>The card&apos;s P&amp;UK</source>
        <translation>カードの PUK(&amp;U)</translation>
    </message>
    <message>
        <source>The card&apos;s &amp;admin key (48 hexadecimal digits)</source>
        <translation>カードの管理者キー（16 進数 48 桁）(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;urrent PIN:</source>
        <translation>現在の PIN(&amp;U):</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Change PIN of %1</source>
        <translation>%1 の PIN の変更</translation>
    </message>
    <message>
        <source>Type the current PIN of the card “%1”, then the new PIN twice.</source>
        <translation>カード「%1」の現在の PIN を入力し、次に新しい PIN を 2 回入力してください。</translation>
    </message>
    <message>
        <source>&amp;Change PIN</source>
        <translation>PIN の変更(&amp;C)</translation>
    </message>
    <message>
        <source>Reset PIN of %1</source>
        <translation>%1 の PIN のリセット</translation>
    </message>
    <message>
        <source>A new PIN for the card “%1”, for when the PIN is forgotten or blocked. Type the secret that was set for this when the card was made, then the new PIN twice.</source>
        <translation>PIN を忘れたときやブロックされたときのために、カード「%1」に新しい PIN を設定します。カードの作成時にこの目的で設定した秘密情報を入力し、次に新しい PIN を 2 回入力してください。</translation>
    </message>
    <message>
        <source>&amp;Reset PIN</source>
        <translation>PIN のリセット(&amp;R)</translation>
    </message>
    <message>
        <source>Change PUK of %1</source>
        <translation>%1 の PUK の変更</translation>
    </message>
    <message>
        <source>Type the current PUK of the card “%1”, then the new PUK twice. Keep the new PUK somewhere safe: it resets the PIN.</source>
        <translation>カード「%1」の現在の PUK を入力し、次に新しい PUK を 2 回入力してください。新しい PUK は PIN をリセットするためのものなので、安全な場所に保管してください。</translation>
    </message>
    <message>
        <source>&amp;Change PUK</source>
        <translation>PUK の変更(&amp;C)</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>現在の PIN</translation>
    </message>
    <message>
        <source>The PIN the card has now.</source>
        <translation>カードに現在設定されている PIN です。</translation>
    </message>
    <message>
        <source>C&amp;urrent PUK:</source>
        <translation>現在の PUK(&amp;U):</translation>
    </message>
    <message>
        <source>Current PUK</source>
        <translation>現在の PUK</translation>
    </message>
    <message>
        <source>The PUK the card has now.</source>
        <translation>カードに現在設定されている PUK です。</translation>
    </message>
    <message>
        <source>&amp;PUK:</source>
        <translation>PUK(&amp;P):</translation>
    </message>
    <message>
        <source>PUK</source>
        <translation>PUK</translation>
    </message>
    <message>
        <source>The PUK set when the card was made.</source>
        <translation>カードの作成時に設定した PUK です。</translation>
    </message>
    <message>
        <source>Ad&amp;min key:</source>
        <translation>管理者キー(&amp;M):</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>管理者キー</translation>
    </message>
    <message>
        <source>The card&apos;s admin key: 48 hexadecimal digits.</source>
        <translation>カードの管理者キーです（16 進数 48 桁）。</translation>
    </message>
    <message>
        <source>Changing the PIN…</source>
        <translation>PIN を変更しています…</translation>
    </message>
    <message>
        <source>Resetting the PIN…</source>
        <translation>PIN をリセットしています…</translation>
    </message>
    <message>
        <source>Changing the PUK…</source>
        <translation>PUK を変更しています…</translation>
    </message>
    <message>
        <source>The PIN of “%1” was changed.</source>
        <translation>「%1」の PIN が変更されました。</translation>
    </message>
    <message>
        <source>The PIN of “%1” was reset. Use the new PIN from now on.</source>
        <translation>「%1」の PIN がリセットされました。今後は新しい PIN を使用してください。</translation>
    </message>
    <message>
        <source>The PUK of “%1” was changed.</source>
        <translation>「%1」の PUK が変更されました。</translation>
    </message>
    <message>
        <source>Reading the TPM&apos;s lockout state…</source>
        <translation>TPM のロックアウト状態を読み取っています…</translation>
    </message>
    <message>
        <source>TPM lockout state: %1</source>
        <translation>TPM のロックアウト状態: %1</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>中止しています…</translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <source>The two entries differ. Try again.</source>
        <translation>2 回の入力が一致しません。もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Note: %1</source>
        <translation>注: %1</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>取り消しています…</translation>
    </message>
</context>
<context>
    <name>SimulatorBackend</name>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not a card error name such as CARD:WRONG_PIN or CARD:TPM_LOCKOUT.</source>
        <translation>--sim-fail: 「%1」は CARD:WRONG_PIN や CARD:TPM_LOCKOUT のようなカード エラー名ではありません。</translation>
    </message>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not one of change-pin, reset-pin, change-puk or status.</source>
        <translation>--sim-fail: 「%1」は change-pin、reset-pin、change-puk、status のいずれでもありません。</translation>
    </message>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not a TPMVSCMGR_ERROR name such as CARD_CREATE or GENERATE_FILESYSTEM.</source>
        <translation>--sim-fail: 「%1」は CARD_CREATE や GENERATE_FILESYSTEM のような TPMVSCMGR_ERROR 名ではありません。</translation>
    </message>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not a TPMVSCMGR_STATUS name such as VREADER_CREATING or GENERATE_RUNNING.</source>
        <translation>--sim-fail: 「%1」は VREADER_CREATING や GENERATE_RUNNING のような TPMVSCMGR_STATUS 名ではありません。</translation>
    </message>
    <message>
        <source>Simulator — no card is really created</source>
        <translation>シミュレーター — カードは実際には作成されません</translation>
    </message>
    <message numerus="yes">
        <source>%n smart card(s) exist already, the most there can be at once. Remove one first.</source>
        <translation>
            <numerusform>スマート カードが既に %n 枚あり、同時に存在できる上限に達しています。先に 1 枚削除してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>該当するカードがありません</translation>
    </message>
    <message>
        <source>No simulated card has the instance id “%1”.</source>
        <translation>インスタンス ID「%1」のシミュレートされたカードはありません。</translation>
    </message>
    <message>
        <source>“vscwizard list” shows the cards and their instance ids; another program may have removed this one already.</source>
        <translation>「vscwizard list」でカードとそのインスタンス ID が表示されます。別のプログラムがこのカードを既に削除した可能性があります。</translation>
    </message>
    <message>
        <source>The simulator&apos;s state folder is busy</source>
        <translation>シミュレーターの状態フォルダーが使用中です</translation>
    </message>
    <message numerus="yes">
        <source>Another process kept the simulator&apos;s state folder %1 locked for %n second(s).</source>
        <translation>
            <numerusform>別のプロセスがシミュレーターの状態フォルダー %1 を %n 秒間ロックしていました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until the other vscwizard has finished, then try again. Nothing was changed.</source>
        <translation>もう一方の vscwizard が終了するまで待ってから、もう一度お試しください。何も変更されていません。</translation>
    </message>
    <message>
        <source>The simulator cannot keep cards</source>
        <translation>シミュレーターはカードを保存できません</translation>
    </message>
    <message>
        <source>The simulator cannot write its cards to the state folder %1.</source>
        <translation>シミュレーターは状態フォルダー %1 にカードを書き込めません。</translation>
    </message>
    <message>
        <source>Give --sim-state a folder you may write to, on a disk with free space.</source>
        <translation>--sim-state には、書き込み権限があり空き領域のあるディスク上のフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>This card&apos;s secrets cannot be checked</source>
        <translation>このカードの秘密情報は確認できません</translation>
    </message>
    <message>
        <source>The simulated card %1 was made before the simulator kept what its PIN, PUK and admin key are checked against, so they can be neither changed nor reset.</source>
        <translation>シミュレートされたカード %1 は、PIN、PUK、管理者キーの照合情報をシミュレーターが保存するようになる前に作成されたため、これらを変更することもリセットすることもできません。</translation>
    </message>
    <message>
        <source>Remove the card and create it again.</source>
        <translation>カードを削除して、もう一度作成してください。</translation>
    </message>
    <message>
        <source>This card has no PUK</source>
        <translation>このカードには PUK がありません</translation>
    </message>
    <message>
        <source>The card %1 was made without a PUK.</source>
        <translation>カード %1 は PUK なしで作成されました。</translation>
    </message>
    <message>
        <source>Reset its PIN with the admin key instead.</source>
        <translation>代わりに管理者キーで PIN をリセットしてください。</translation>
    </message>
    <message>
        <source>Nobody knows this card&apos;s admin key</source>
        <translation>このカードの管理者キーは誰も知りません</translation>
    </message>
    <message>
        <source>The admin key of the card %1 is random and was kept nowhere.</source>
        <translation>カード %1 の管理者キーはランダムで、どこにも保存されていません。</translation>
    </message>
    <message>
        <source>Reset its PIN with the PUK instead.</source>
        <translation>代わりに PUK で PIN をリセットしてください。</translation>
    </message>
    <message>
        <source>A card named &quot;%1&quot; exists already (%2).</source>
        <translation>「%1」という名前のカードは既にあります（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>%n smart card(s) exist already, the most there can be at once.</source>
        <translation>
            <numerusform>スマート カードが既に %n 枚あり、同時に存在できる上限に達しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulated failure at %1</source>
        <extracomment>The simulator (a test tool) fails on purpose; %1 is the name of a status such as TPMVSCMGR_STATUS_CARD_CREATED.</extracomment>
        <translation>%1 でのシミュレートされたエラー</translation>
    </message>
    <message>
        <source>The state folder %1 is locked by another process.</source>
        <translation>状態フォルダー %1 は別のプロセスによってロックされています。</translation>
    </message>
    <message>
        <source>This card exists only as a file in %1; no application can use it.</source>
        <translation>このカードは %1 内のファイルとしてのみ存在します。アプリケーションからは使用できません。</translation>
    </message>
    <message>
        <source>No simulated card has the instance id %1.</source>
        <translation>インスタンス ID %1 のシミュレートされたカードはありません。</translation>
    </message>
    <message>
        <source>Simulated failure of status</source>
        <extracomment>The simulator (a test tool) fails on purpose; &quot;status&quot; is the command of that name.</extracomment>
        <translation>ステータスのシミュレートされたエラー</translation>
    </message>
    <message>
        <source>The simulated card checks the secret…</source>
        <translation>シミュレートされたカードが秘密情報を確認しています…</translation>
    </message>
    <message>
        <source>Simulated failure of %1</source>
        <translation>%1 のシミュレートされたエラー</translation>
    </message>
</context>
<context>
    <name>SimulatorStore</name>
    <message>
        <source>The folder %1 cannot be written.</source>
        <translation>フォルダー %1 に書き込めません。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>%1 を削除できません: %2</translation>
    </message>
</context>
<context>
    <name>SoftwareTpm</name>
    <message>
        <source>The software TPM is already running.</source>
        <translation>ソフトウェア TPM は既に実行中です。</translation>
    </message>
    <message>
        <source>The program swtpm was not found. Install the package swtpm.</source>
        <translation>プログラム swtpm が見つかりませんでした。パッケージ swtpm をインストールしてください。</translation>
    </message>
    <message>
        <source>The TPM resource manager tpm2-abrmd was not found. Install the packages tpm2-abrmd and libtss2-tcti-tabrmd0.</source>
        <translation>TPM リソース マネージャー tpm2-abrmd が見つかりませんでした。パッケージ tpm2-abrmd と libtss2-tcti-tabrmd0 をインストールしてください。</translation>
    </message>
    <message>
        <source>The software TPM is running (%1).</source>
        <translation>ソフトウェア TPM は実行中です（%1）。</translation>
    </message>
    <message>
        <source>The software TPM could not be started.</source>
        <translation>ソフトウェア TPM を開始できませんでした。</translation>
    </message>
    <message>
        <source>%1 failed to start.</source>
        <translation>%1 を開始できませんでした。</translation>
    </message>
    <message>
        <source>This session has no D-Bus session bus, and the program dbus-daemon was not found. Install the package dbus-daemon.</source>
        <translation>このセッションには D-Bus セッション バスがなく、プログラム dbus-daemon も見つかりませんでした。パッケージ dbus-daemon をインストールしてください。</translation>
    </message>
    <message>
        <source>The TPM resource manager did not come up on the D-Bus session bus as %1.</source>
        <translation>TPM リソース マネージャーが D-Bus セッション バス上に %1 として現れませんでした。</translation>
    </message>
    <message>
        <source>The software TPM does not answer through its resource manager: %1</source>
        <translation>ソフトウェア TPM がリソース マネージャー経由で応答しません: %1</translation>
    </message>
    <message>
        <source>The software TPM is not running.</source>
        <translation>ソフトウェア TPM は実行されていません。</translation>
    </message>
    <message>
        <source>The software TPM was shut down.</source>
        <translation>ソフトウェア TPM をシャットダウンしました。</translation>
    </message>
    <message>
        <source>The software TPM could not be shut down cleanly.</source>
        <translation>ソフトウェア TPM を正常にシャットダウンできませんでした。</translation>
    </message>
    <message>
        <source>The user service %1 did not stop.</source>
        <translation>ユーザー サービス %1 が停止しませんでした。</translation>
    </message>
    <message>
        <source>The software TPM is running as the user service %1; its socket is %2. Keys are not protected by hardware.</source>
        <translation>ソフトウェア TPM はユーザー サービス %1 として実行中です。ソケットは %2 です。キーはハードウェアで保護されていません。</translation>
    </message>
    <message>
        <source>The software TPM is running as a background process; its socket is %1. Keys are not protected by hardware.</source>
        <translation>ソフトウェア TPM はバックグラウンド プロセスとして実行中です。ソケットは %1 です。キーはハードウェアで保護されていません。</translation>
    </message>
    <message>
        <source>The software TPM is stopped; its state is kept in %1.</source>
        <translation>ソフトウェア TPM は停止しています。状態は %1 に保存されています。</translation>
    </message>
    <message>
        <source>The software TPM has not been set up yet; it starts when a card needs it.</source>
        <translation>ソフトウェア TPM はまだセットアップされていません。カードで必要になったときに開始されます。</translation>
    </message>
    <message>
        <source>Its resource manager tpm2-abrmd is running as %1 on the D-Bus session bus.</source>
        <translation>リソース マネージャー tpm2-abrmd は D-Bus セッション バス上で %1 として実行中です。</translation>
    </message>
    <message>
        <source>Its resource manager tpm2-abrmd is not running; it starts when a card needs it.</source>
        <translation>リソース マネージャー tpm2-abrmd は実行されていません。カードで必要になったときに開始されます。</translation>
    </message>
    <message>
        <source>This session has no D-Bus session bus; the software TPM brings its own at %1.</source>
        <translation>このセッションには D-Bus セッション バスがありません。ソフトウェア TPM は独自のバスを %1 で使用します。</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use start, stop or status.</source>
        <translation>不明な操作「%1」です。start、stop、status のいずれかを使用してください。</translation>
    </message>
    <message numerus="yes">
        <source>swtpm did not open %1 within %n second(s).</source>
        <translation>
            <numerusform>swtpm は %n 秒以内に %1 を開きませんでした。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Check what will be created. Use Back to change anything.</source>
        <translation>作成される内容を確認してください。変更するには［戻る］を使用します。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Card name</source>
        <translation>カード名</translation>
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
        <translation>回復:</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>回復</translation>
    </message>
    <message>
        <source>Admin key:</source>
        <translation>管理者キー:</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>管理者キー</translation>
    </message>
    <message>
        <source>Prepared now:</source>
        <extracomment>Followed by what is made on the card right away (its file system, a key pair).</extracomment>
        <translation>今すぐ準備:</translation>
    </message>
    <message>
        <source>Prepared now</source>
        <extracomment>Followed by what is made on the card right away (its file system, a key pair).</extracomment>
        <translation>今すぐ準備</translation>
    </message>
    <message>
        <source>Key algorithm:</source>
        <translation>キー アルゴリズム:</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>キー アルゴリズム</translation>
    </message>
    <message>
        <source>Attestation:</source>
        <translation>構成証明:</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>構成証明</translation>
    </message>
    <message>
        <source>Created by:</source>
        <extracomment>Followed by what makes and keeps the card: the computer&apos;s TPM, a software TPM or a simulator.</extracomment>
        <translation>作成方法:</translation>
    </message>
    <message>
        <source>Created by</source>
        <extracomment>Followed by what makes and keeps the card: the computer&apos;s TPM, a software TPM or a simulator.</extracomment>
        <translation>作成方法</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Press Create to create the card. This can take a minute; the secrets you typed are not shown here.</source>
        <translation>［作成］を押すとカードが作成されます。1 分ほどかかることがあります。入力した秘密情報はここには表示されません。</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
    </message>
    <message>
        <source>The PIN can be reset with the PUK you chose</source>
        <translation>PIN は、選んだ PUK でリセットできます</translation>
    </message>
    <message>
        <source>None (the PUK takes its place)</source>
        <translation>なし（PUK が代わりになります）</translation>
    </message>
    <message>
        <source>The PIN can be reset only with the PUK you chose</source>
        <translation>PIN は、選んだ PUK でのみリセットできます</translation>
    </message>
    <message>
        <source>A random key that nobody knows</source>
        <translation>誰も知らないランダムなキー</translation>
    </message>
    <message>
        <source>The PIN can be reset with the PUK you chose or with the admin key you entered</source>
        <translation>PIN は、選んだ PUK または入力した管理者キーでリセットできます</translation>
    </message>
    <message>
        <source>The PIN can be reset with the admin key you entered</source>
        <translation>PIN は、入力した管理者キーでリセットできます</translation>
    </message>
    <message>
        <source>The key you entered (check value %1)</source>
        <translation>入力したキー（チェック値 %1）</translation>
    </message>
    <message>
        <source>The PIN can be reset with the PUK you chose or with the publicly known default admin key</source>
        <translation>PIN は、選んだ PUK または公開されている既定の管理者キーでリセットできます</translation>
    </message>
    <message>
        <source>The PIN can be reset with the publicly known default admin key</source>
        <translation>PIN は、公開されている既定の管理者キーでリセットできます</translation>
    </message>
    <message>
        <source>The publicly known default key (check value %1)</source>
        <translation>公開されている既定のキー（チェック値 %1）</translation>
    </message>
    <message>
        <source>Anyone who has this card can reset its PIN with the publicly known default admin key.</source>
        <translation>このカードを持っている人は誰でも、公開されている既定の管理者キーで PIN をリセットできます。</translation>
    </message>
    <message>
        <source>Set; it meets your organization&apos;s rules</source>
        <extracomment>The PIN has been set (a value beside &quot;PIN:&quot; in the summary).</extracomment>
        <translation>設定済み（組織のルールを満たしています）</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>設定済み</translation>
    </message>
    <message>
        <source>No, the card stays empty</source>
        <translation>いいえ（カードは空のままです）</translation>
    </message>
    <message>
        <source>Yes, a file system and a key pair</source>
        <translation>はい（ファイル システムとキー ペア）</translation>
    </message>
    <message>
        <source>Yes, a key pair</source>
        <translation>はい（キー ペア）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>RSA 2048 bits</source>
        <translation>RSA 2048 ビット</translation>
    </message>
    <message>
        <source>Elliptic curve P-256</source>
        <translation>楕円曲線 P-256</translation>
    </message>
    <message>
        <source>Attestation identity key only</source>
        <translation>構成証明 ID キーのみ</translation>
    </message>
    <message>
        <source>Attestation identity key and certificate</source>
        <translation>構成証明 ID キーと証明書</translation>
    </message>
    <message>
        <source>The simulator, which creates no real card</source>
        <translation>シミュレーター（実際のカードは作成されません）</translation>
    </message>
    <message>
        <source>The TPM of this computer</source>
        <translation>このコンピューターの TPM</translation>
    </message>
    <message>
        <source>A software TPM on this computer, whose keys are not protected by hardware</source>
        <translation>このコンピューター上のソフトウェア TPM（キーはハードウェアで保護されません）</translation>
    </message>
    <message>
        <source>The PIN can never be reset. If it is forgotten or blocked, the card can only be removed and a new one created.</source>
        <translation>PIN はリセットできません。PIN を忘れたり、PIN がブロックされたりした場合は、カードを削除して新しいカードを作成するしかありません。</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager of Windows</source>
        <translation>Windows の TPM 仮想スマート カード マネージャー</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>The token store %1 cannot be reached.</source>
        <translation>トークン ストア %1 にアクセスできません。</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder of your own, or check the permissions of the folders on the way to it.</source>
        <translation>--store（または TPM2_PKCS11_STORE）に自分のフォルダーを指定するか、そこに至るまでのフォルダーのアクセス許可を確認してください。</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder of your own, or the name of a new folder in one that exists, which the program makes for you.</source>
        <translation>--store（または TPM2_PKCS11_STORE）に自分のフォルダーを指定するか、既存のフォルダー内の新しいフォルダーの名前を指定してください（プログラムが作成します）。</translation>
    </message>
    <message>
        <source>The token store %1 is a file, not a folder.</source>
        <translation>トークン ストア %1 はファイルです。フォルダーではありません。</translation>
    </message>
    <message>
        <source>The token store %1 belongs to another user (%2), not to you (%3).</source>
        <translation>トークン ストア %1 は、あなた（%3）ではなく別のユーザー（%2）のものです。</translation>
    </message>
    <message>
        <source>The token store %1 is a folder anyone may write to (mode %2), so another user could put a database of their own in it.</source>
        <translation>トークン ストア %1 は誰でも書き込めるフォルダー（モード %2）のため、別のユーザーが独自のデータベースを置くおそれがあります。</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder only you may write to, or the name of a new folder, which the program makes private. It does not change the mode of a folder it did not make.</source>
        <translation>--store（または TPM2_PKCS11_STORE）に自分だけが書き込めるフォルダーを指定するか、新しいフォルダーの名前を指定してください（プログラムが非公開フォルダーとして作成します）。プログラムは自分で作成していないフォルダーのモードは変更しません。</translation>
    </message>
    <message>
        <source>The token store %1 cannot be read.</source>
        <translation>トークン ストア %1 を読み取れません。</translation>
    </message>
    <message>
        <source>Allow yourself to read it (chmod u+rx), or give --store (or TPM2_PKCS11_STORE) another folder.</source>
        <translation>自分に読み取り権限を与える（chmod u+rx）か、--store（または TPM2_PKCS11_STORE）に別のフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>The folder %1 holds files that are not a token store&apos;s (%2), so it is not used as one.</source>
        <translation>フォルダー %1 にはトークン ストアのものではないファイル（%2）があるため、トークン ストアとしては使用されません。</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) an empty folder, the name of a new one, or an existing token store (a folder with tpm2_pkcs11.sqlite3 and nothing unrelated).</source>
        <translation>--store（または TPM2_PKCS11_STORE）に、空のフォルダー、新しいフォルダーの名前、または既存のトークン ストア（tpm2_pkcs11.sqlite3 だけがあり、無関係なものがないフォルダー）を指定してください。</translation>
    </message>
    <message>
        <source>The token store %1 is not writable, so no card can be made in it or removed from it.</source>
        <translation>トークン ストア %1 に書き込めないため、そこでカードを作成することも削除することもできません。</translation>
    </message>
    <message>
        <source>Make it writable for yourself, or give --store (or TPM2_PKCS11_STORE) another folder. Listing its cards needs no write.</source>
        <translation>自分が書き込めるようにするか、--store（または TPM2_PKCS11_STORE）に別のフォルダーを指定してください。カードの一覧表示には書き込みは不要です。</translation>
    </message>
    <message>
        <source>The token store&apos;s database %1 is damaged or is not a token store&apos;s database, so its cards cannot be read. Nothing was written to it.</source>
        <translation>トークン ストアのデータベース %1 が破損しているか、トークン ストアのデータベースではないため、カードを読み取れません。データベースには何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Put back a copy of %1 from a backup, or give --store (or TPM2_PKCS11_STORE) another folder for new cards. Keep the damaged file: a recovery tool may still read keys from it.</source>
        <translation>%1 のコピーをバックアップから戻すか、--store（または TPM2_PKCS11_STORE）に新しいカード用の別のフォルダーを指定してください。破損したファイルは削除しないでください。回復ツールでキーを読み取れる可能性があります。</translation>
    </message>
    <message>
        <source>The disk that holds the token store %1 is full, so the card could not be written. Nothing of this attempt was kept.</source>
        <translation>トークン ストア %1 があるディスクがいっぱいのため、カードを書き込めませんでした。今回の試行で作成されたものは何も残っていません。</translation>
    </message>
    <message numerus="yes">
        <source>Free some space on that disk (at least %n MiB), then try again; or give --store (or TPM2_PKCS11_STORE) a folder on another disk.</source>
        <translation>
            <numerusform>そのディスクの空き領域を増やして（%n MiB 以上）からもう一度試すか、--store（または TPM2_PKCS11_STORE）に別のディスク上のフォルダーを指定してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Neither the token store %1 nor the folder %2 that would hold it exists. The program makes only the store&apos;s own folder, so that a mistyped path does not become folders.</source>
        <translation>トークン ストア %1 も、それを置くフォルダー %2 も存在しません。パスの入力ミスでフォルダーが作成されないよう、プログラムはストア自体のフォルダーだけを作成します。</translation>
    </message>
    <message>
        <source>Check the path given to --store (or TPM2_PKCS11_STORE), or create %1 first.</source>
        <translation>--store（または TPM2_PKCS11_STORE）に指定したパスを確認するか、先に %1 を作成してください。</translation>
    </message>
    <message>
        <source>The token store %1 is not writable: %2, where it would be made, is not a folder.</source>
        <translation>トークン ストア %1 に書き込めません。ストアを作成する場所の %2 がフォルダーではありません。</translation>
    </message>
    <message>
        <source>Check the path given to --store (or TPM2_PKCS11_STORE).</source>
        <translation>--store（または TPM2_PKCS11_STORE）に指定したパスを確認してください。</translation>
    </message>
    <message>
        <source>The token store %1 is not writable: you may not make a folder in %2.</source>
        <translation>トークン ストア %1 に書き込めません。%2 にフォルダーを作成する権限がありません。</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder in one you may write to, such as your home folder.</source>
        <translation>--store（または TPM2_PKCS11_STORE）に、ホーム フォルダーなど書き込み権限のあるフォルダー内のフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>The token store %1 could not be made.</source>
        <translation>トークン ストア %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder in one you may write to.</source>
        <translation>--store（または TPM2_PKCS11_STORE）に、書き込み権限のあるフォルダー内のフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>Make it writable for yourself, or give --store (or TPM2_PKCS11_STORE) another folder.</source>
        <translation>自分が書き込めるようにするか、--store（または TPM2_PKCS11_STORE）に別のフォルダーを指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>The folder %1 holds files that are not a token store&apos;s (%2 and %n more), so it is not used as one.</source>
        <translation>
            <numerusform>フォルダー %1 にはトークン ストアのものではないファイル（%2 ほか %n 個）があるため、トークン ストアとしては使用されません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tpm2Backend</name>
    <message>
        <source>Software TPM — keys are not protected by hardware</source>
        <translation>ソフトウェア TPM — キーはハードウェアで保護されません</translation>
    </message>
    <message>
        <source>Applications reach the card through the PKCS#11 module %1.</source>
        <translation>アプリケーションは PKCS#11 モジュール %1 を通じてカードにアクセスします。</translation>
    </message>
    <message>
        <source>Programs you start after your next login find it by themselves: %1 sets %2 for them.</source>
        <extracomment>&quot;it&quot; is the software TPM; %1 is a file path, %2 an environment variable&apos;s name.</extracomment>
        <translation>次回のログイン後に起動したプログラムは、カードを自動的に見つけます。%1 がそれらのプログラムに %2 を設定します。</translation>
    </message>
    <message>
        <source>The settings for other programs could not be registered: %1</source>
        <translation>ほかのプログラム用の設定を登録できませんでした: %1</translation>
    </message>
    <message>
        <source>This session has no D-Bus session bus, so programs reach the software TPM only with the lines below in their environment.</source>
        <translation>このセッションには D-Bus セッション バスがないため、プログラムがソフトウェア TPM にアクセスするには、下の行を環境に設定する必要があります。</translation>
    </message>
    <message>
        <source>In a terminal, the line below shows the card&apos;s public keys.</source>
        <translation>ターミナルで下の行を実行すると、カードの公開キーが表示されます。</translation>
    </message>
    <message>
        <source>In a terminal that is already open, the lines below reach the card; the last one shows its public keys.</source>
        <translation>既に開いているターミナルで下の行を実行すると、カードにアクセスできます。最後の行はカードの公開キーを表示します。</translation>
    </message>
    <message>
        <source>The tpm2-pkcs11 module was not found. Install the package libtpm2-pkcs11-1.</source>
        <translation>tpm2-pkcs11 モジュールが見つかりませんでした。パッケージ libtpm2-pkcs11-1 をインストールしてください。</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2). Ask your administrator to add you to the group tss, then sign in again.</source>
        <translation>%1 を開けません（%2）。グループ tss に追加するよう管理者に依頼し、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The software TPM does not answer: %1</source>
        <translation>ソフトウェア TPM が応答しません: %1</translation>
    </message>
    <message>
        <source>The token store %1 may not be written, and a copy of it to read could not be made: %2</source>
        <translation>トークン ストア %1 には書き込めず、読み取り用のコピーも作成できませんでした: %2</translation>
    </message>
    <message>
        <source>C_Initialize with TCTI %1 failed: %2</source>
        <translation>TCTI %1 での C_Initialize に失敗しました: %2</translation>
    </message>
    <message>
        <source>Waiting for another vscwizard (process %1) to finish with the token store %2…</source>
        <translation>別の vscwizard（プロセス %1）がトークン ストア %2 の使用を終えるのを待っています…</translation>
    </message>
    <message>
        <source>Waiting for another vscwizard to finish with the token store %1…</source>
        <translation>別の vscwizard がトークン ストア %1 の使用を終えるのを待っています…</translation>
    </message>
    <message>
        <source>The token store is busy</source>
        <translation>トークン ストアが使用中です</translation>
    </message>
    <message>
        <source>Wait until it has finished, or end it, then try again. Nothing was changed.</source>
        <translation>終了するまで待つか、終了させてから、もう一度お試しください。何も変更されていません。</translation>
    </message>
    <message>
        <source>The unfinished card &quot;%1&quot; could not be removed: %2</source>
        <translation>作成途中のカード「%1」を削除できませんでした: %2</translation>
    </message>
    <message>
        <source>There is no card with the instance id &quot;%1&quot;.</source>
        <translation>インスタンス ID「%1」のカードはありません。</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>ディスクがいっぱいです</translation>
    </message>
    <message>
        <source>The token store is damaged</source>
        <translation>トークン ストアが破損しています</translation>
    </message>
    <message>
        <source>The token store is read-only</source>
        <translation>トークン ストアは読み取り専用です</translation>
    </message>
    <message>
        <source>The token store cannot be read</source>
        <translation>トークン ストアを読み取れません</translation>
    </message>
    <message>
        <source>This folder cannot be the token store</source>
        <translation>このフォルダーはトークン ストアにできません</translation>
    </message>
    <message>
        <source>The software TPM is not running</source>
        <translation>ソフトウェア TPM が実行されていません</translation>
    </message>
    <message>
        <source>The software TPM stopped, or does not answer, so the operation could not finish.</source>
        <translation>ソフトウェア TPM が停止したか応答しないため、操作を完了できませんでした。</translation>
    </message>
    <message>
        <source>Start it again with “vscwizard software-tpm start”, then try again.</source>
        <translation>「vscwizard software-tpm start」でもう一度開始してから、再試行してください。</translation>
    </message>
    <message>
        <source>Try again: the next operation starts it again.</source>
        <translation>もう一度お試しください。次の操作でソフトウェア TPM が再び開始されます。</translation>
    </message>
    <message>
        <source>The TPM is locked after too many wrong PINs</source>
        <translation>誤った PIN が多すぎたため、TPM がロックされています</translation>
    </message>
    <message>
        <source>The TPM is locked after too many wrong PINs (%1 of %2). It protects every card this way, whichever program the PINs were typed in.</source>
        <translation>誤った PIN が多すぎたため（%2 回中 %1 回）、TPM はロックされています。PIN がどのプログラムで入力されたかにかかわらず、TPM はこの方法ですべてのカードを保護します。</translation>
    </message>
    <message>
        <source>The TPM has no room for more objects</source>
        <translation>TPM にこれ以上オブジェクトを格納する領域がありません</translation>
    </message>
    <message>
        <source>The TPM has no room for more objects: programs that ended without cleaning up left theirs loaded. This happens only where no resource manager stands in front of the TPM (%1).</source>
        <translation>TPM にこれ以上オブジェクトを格納する領域がありません。クリーンアップせずに終了したプログラムのオブジェクトが読み込まれたままです。これは、TPM の前にリソース マネージャーがない場合（%1）にのみ発生します。</translation>
    </message>
    <message>
        <source>Restart that TPM, or reach it through a resource manager: the kernel&apos;s /dev/tpmrm0, or the program&apos;s own software TPM, which has one.</source>
        <translation>その TPM を再起動するか、リソース マネージャー経由で TPM にアクセスしてください（カーネルの /dev/tpmrm0、またはリソース マネージャーを備えたこのプログラム独自のソフトウェア TPM）。</translation>
    </message>
    <message>
        <source>No TPM found</source>
        <translation>TPM が見つかりません</translation>
    </message>
    <message>
        <source>There is no TPM at %1.</source>
        <translation>%1 に TPM がありません。</translation>
    </message>
    <message>
        <source>If this computer has a TPM, turn it on in the firmware settings; otherwise use the software TPM (--tpm software).</source>
        <translation>このコンピューターに TPM がある場合は、ファームウェア設定で有効にしてください。ない場合は、ソフトウェア TPM（--tpm software）を使用してください。</translation>
    </message>
    <message>
        <source>Check the path given to --tpm device:PATH (the kernel&apos;s TPM is /dev/tpmrm0), or use the software TPM (--tpm software).</source>
        <translation>--tpm device:PATH に指定したパスを確認するか（カーネルの TPM は /dev/tpmrm0 です）、ソフトウェア TPM（--tpm software）を使用してください。</translation>
    </message>
    <message>
        <source>No permission to use the TPM</source>
        <translation>TPM を使用する権限がありません</translation>
    </message>
    <message>
        <source>You may not use the TPM %1.</source>
        <translation>TPM %1 を使用する権限がありません。</translation>
    </message>
    <message>
        <source>Ask your administrator to add your account to the group tss, then sign out and in again; or use the software TPM (--tpm software).</source>
        <translation>アカウントをグループ tss に追加するよう管理者に依頼し、サインアウトしてもう一度サインインしてください。または、ソフトウェア TPM（--tpm software）を使用してください。</translation>
    </message>
    <message>
        <source>The TPM does not answer</source>
        <translation>TPM が応答しません</translation>
    </message>
    <message>
        <source>No TPM answered through %1.</source>
        <translation>%1 経由で応答した TPM はありません。</translation>
    </message>
    <message>
        <source>Check the TCTI given with --tpm tcti:STRING (such as device:/dev/tpmrm0, or swtpm:host=localhost,port=2321 for a running swtpm), or leave --tpm out to use this computer&apos;s TPM or the software TPM.</source>
        <translation>--tpm tcti:STRING で指定した TCTI（device:/dev/tpmrm0、または実行中の swtpm の場合は swtpm:host=localhost,port=2321 など）を確認するか、--tpm を省略してこのコンピューターの TPM またはソフトウェア TPM を使用してください。</translation>
    </message>
    <message>
        <source>Another program may hold the TPM (%1 serves one program at a time; /dev/tpmrm0 serves many): try again when it has finished, or use /dev/tpmrm0.</source>
        <translation>別のプログラムが TPM を使用している可能性があります（%1 は一度に 1 つのプログラムにしか対応しませんが、/dev/tpmrm0 は複数のプログラムに対応します）。そのプログラムが終了してからもう一度試すか、/dev/tpmrm0 を使用してください。</translation>
    </message>
    <message>
        <source>The token store belongs to another TPM</source>
        <translation>トークン ストアは別の TPM のものです</translation>
    </message>
    <message>
        <source>The token store %1 holds cards of another TPM: its storage key is not on this one.</source>
        <translation>トークン ストア %1 には別の TPM のカードが保存されています。そのストレージ キーはこの TPM にはありません。</translation>
    </message>
    <message>
        <source>Keep the cards of each TPM in a store of their own (--store), or use the TPM they were made on.</source>
        <translation>TPM ごとにカードを別々のストア（--store）に保存するか、カードを作成した TPM を使用してください。</translation>
    </message>
    <message numerus="yes">
        <source>Another program was writing to the token store %1 and did not finish within %n second(s), so this operation could not use it.</source>
        <translation>
            <numerusform>別のプログラムがトークン ストア %1 に書き込んでいて、%n 秒以内に終了しなかったため、この操作ではストアを使用できませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again once that program has finished; nothing of this attempt was kept.</source>
        <translation>そのプログラムが終了してから、もう一度お試しください。今回の試行で作成されたものは何も残っていません。</translation>
    </message>
    <message>
        <source>Not a TPM device</source>
        <translation>TPM デバイスではありません</translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>該当するカードがありません</translation>
    </message>
    <message>
        <source>There is no card with the instance id “%1” in the token store %2.</source>
        <translation>トークン ストア %2 に、インスタンス ID「%1」のカードはありません。</translation>
    </message>
    <message>
        <source>“vscwizard list” shows the cards and their instance ids; another program may have removed this one already.</source>
        <translation>「vscwizard list」でカードとそのインスタンス ID が表示されます。別のプログラムがこのカードを既に削除した可能性があります。</translation>
    </message>
    <message>
        <source>Type the PUK again, carefully: it is the one set when the card was made, not the PIN.</source>
        <translation>PUK を注意して入力し直してください。PUK はカードの作成時に設定したもので、PIN ではありません。</translation>
    </message>
    <message>
        <source>Check the 48 hexadecimal digits you were given for this card.</source>
        <translation>このカード用に渡された 16 進数 48 桁を確認してください。</translation>
    </message>
    <message>
        <source>Type the PIN again, carefully. If you have forgotten it, reset it with the PUK or the admin key instead of guessing: every wrong PIN counts, on every card of this TPM.</source>
        <translation>PIN を注意して入力し直してください。PIN を忘れた場合は、推測せずに PUK または管理者キーでリセットしてください。誤った PIN は、この TPM のすべてのカードで 1 回ずつカウントされます。</translation>
    </message>
    <message>
        <source>Names like &quot;%1&quot; are kept for cards being made; choose another name.</source>
        <extracomment>&quot;kept&quot; = reserved: the program names a card this way while it is being made.</extracomment>
        <translation>「%1」のような名前は作成中のカード用に予約されています。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>A card named &quot;%1&quot; exists already.</source>
        <translation>「%1」という名前のカードは既にあります。</translation>
    </message>
    <message numerus="yes">
        <source>The software TPM holds at most %n card(s): every program that uses them holds one connection to its resource manager per card. Remove a card first.</source>
        <translation>
            <numerusform>ソフトウェア TPM が保持できるカードは %n 枚までです。カードを使用するプログラムは、カードごとにリソース マネージャーへの接続を 1 つ保持するためです。先にカードを削除してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The token store has no free slot (tpm2-pkcs11 holds 255 tokens).</source>
        <translation>トークン ストアに空きスロットがありません（tpm2-pkcs11 が保持できるトークンは 255 個です）。</translation>
    </message>
    <message>
        <source>The new token &quot;%1&quot; is not in the slot list (%2).</source>
        <translation>新しいトークン「%1」がスロット一覧（%2）にありません。</translation>
    </message>
    <message>
        <source>Injected failure.</source>
        <extracomment>Seen only in the program&apos;s own tests, which make a create fail on purpose.</extracomment>
        <translation>挿入されたエラー。</translation>
    </message>
    <message>
        <source>Another program created a card named &quot;%1&quot; while this one was being made.</source>
        <translation>このカードの作成中に、別のプログラムが「%1」という名前のカードを作成しました。</translation>
    </message>
    <message>
        <source>The cancelled card could not be removed: %1</source>
        <translation>取り消したカードを削除できませんでした: %1</translation>
    </message>
    <message>
        <source>%1
The unfinished card could not be removed: %2</source>
        <translation>%1
作成途中のカードを削除できませんでした: %2</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has no PUK and a random admin key that nobody knows.</source>
        <translation>カード「%1」には PUK がなく、管理者キーは誰も知らないランダムなキーです。</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has no PUK: its PIN is reset with its admin key.</source>
        <translation>カード「%1」には PUK がありません。PIN は管理者キーでリセットします。</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has a PUK, which takes the admin key&apos;s place: its PIN is reset with the PUK.</source>
        <translation>カード「%1」には管理者キーの代わりとなる PUK があります。PIN は PUK でリセットします。</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has no PUK.</source>
        <translation>カード「%1」には PUK がありません。</translation>
    </message>
    <message>
        <source>The tpm2-pkcs11 module is not installed. Install the package libtpm2-pkcs11-1.</source>
        <translation>tpm2-pkcs11 モジュールがインストールされていません。パッケージ libtpm2-pkcs11-1 をインストールしてください。</translation>
    </message>
    <message>
        <source>The tpm2-pkcs11 module %1 cannot be loaded.</source>
        <translation>tpm2-pkcs11 モジュール %1 を読み込めません。</translation>
    </message>
    <message>
        <source>The TPM %1 cannot be opened.</source>
        <translation>TPM %1 を開けません。</translation>
    </message>
    <message>
        <source>The software TPM needs the program swtpm. Install the package swtpm.</source>
        <translation>ソフトウェア TPM にはプログラム swtpm が必要です。パッケージ swtpm をインストールしてください。</translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs (%1 of %2); it accepts PINs again in about %n minute(s).</source>
        <extracomment>%1 of %2: wrong PINs counted, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>誤った PIN が多すぎたため（%2 回中 %1 回）、TPM はロックされています。約 %n 分後に PIN を再び受け付けます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs (%1 of %2); it accepts PINs again in about %n second(s).</source>
        <extracomment>%1 of %2: wrong PINs counted, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>誤った PIN が多すぎたため（%2 回中 %1 回）、TPM はロックされています。約 %n 秒後に PIN を再び受け付けます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard (process %1) has held the token store %2 for %n minute(s), and still does.</source>
        <extracomment>%1: a process id; %2: a folder.</extracomment>
        <translation>
            <numerusform>別の vscwizard（プロセス %1）がトークン ストア %2 を %n 分間使用しており、まだ使用中です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard (process %1) has held the token store %2 for %n second(s), and still does.</source>
        <extracomment>%1: a process id; %2: a folder.</extracomment>
        <translation>
            <numerusform>別の vscwizard（プロセス %1）がトークン ストア %2 を %n 秒間使用しており、まだ使用中です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard has held the token store %1 for %n minute(s), and still does.</source>
        <translation>
            <numerusform>別の vscwizard がトークン ストア %1 を %n 分間使用しており、まだ使用中です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard has held the token store %1 for %n second(s), and still does.</source>
        <translation>
            <numerusform>別の vscwizard がトークン ストア %1 を %n 秒間使用しており、まだ使用中です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait: the TPM accepts PINs again in about %n minute(s).</source>
        <translation>
            <numerusform>お待ちください。TPM は約 %n 分後に PIN を再び受け付けます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait: the TPM accepts PINs again in about %n second(s).</source>
        <translation>
            <numerusform>お待ちください。TPM は約 %n 秒後に PIN を再び受け付けます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK is wrong for this card. The TPM counts wrong PINs and PUKs of all its cards together: after %n more it refuses every one of them for a while.</source>
        <translation>
            <numerusform>このカードの PUK が正しくありません。TPM は、すべてのカードの誤った PIN と PUK を合計してカウントします。あと %n 回誤ると、しばらくの間すべて拒否されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The admin key is wrong for this card. The TPM counts wrong PINs and admin keys of all its cards together: after %n more it refuses every one of them for a while.</source>
        <translation>
            <numerusform>このカードの管理者キーが正しくありません。TPM は、すべてのカードの誤った PIN と管理者キーを合計してカウントします。あと %n 回誤ると、しばらくの間すべて拒否されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN is wrong for this card. The TPM counts wrong PINs of all its cards together: after %n more it refuses every PIN for a while.</source>
        <translation>
            <numerusform>このカードの PIN が正しくありません。TPM は、すべてのカードの誤った PIN を合計してカウントします。あと %n 回誤ると、しばらくの間すべての PIN が拒否されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs. It accepts PINs again in about %n minute(s).</source>
        <translation>
            <numerusform>誤った PIN が多すぎたため、TPM はロックされています。約 %n 分後に PIN を再び受け付けます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs. It accepts PINs again in about %n second(s).</source>
        <translation>
            <numerusform>誤った PIN が多すぎたため、TPM はロックされています。約 %n 秒後に PIN を再び受け付けます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TpmTarget</name>
    <message>
        <source>Unknown TPM &quot;%1&quot;: use auto, device, device:PATH, software, software:FOLDER or tcti:STRING.</source>
        <translation>不明な TPM「%1」です。auto、device、device:PATH、software、software:FOLDER、tcti:STRING のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>A TPM is a character device such as /dev/tpmrm0: give --tpm device:PATH the path of one, or use --tpm software.</source>
        <translation>TPM は /dev/tpmrm0 のようなキャラクター デバイスです。--tpm device:PATH にそのパスを指定するか、--tpm software を使用してください。</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a regular file, so nothing was written to it.</source>
        <translation>%1 は TPM ではなく通常のファイルであるため、何も書き込まれていません。</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a folder, so nothing was written to it.</source>
        <translation>%1 は TPM ではなくフォルダーであるため、何も書き込まれていません。</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a named pipe, so nothing was written to it.</source>
        <translation>%1 は TPM ではなく名前付きパイプであるため、何も書き込まれていません。</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a socket, so nothing was written to it.</source>
        <translation>%1 は TPM ではなくソケットであるため、何も書き込まれていません。</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a block device, so nothing was written to it.</source>
        <translation>%1 は TPM ではなくブロック デバイスであるため、何も書き込まれていません。</translation>
    </message>
    <message>
        <source>%1 is not a TPM, nor any other device, so nothing was written to it.</source>
        <translation>%1 は TPM でも、その他のデバイスでもないため、何も書き込まれていません。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <source>This wizard creates a virtual smart card on this computer.</source>
        <translation>このウィザードでは、このコンピューターに仮想スマート カードを作成します。</translation>
    </message>
    <message>
        <source>A virtual smart card works like a smart card you plug in, but it lives in this computer&apos;s security chip (the TPM). It keeps your keys and certificates safe: you unlock it with a PIN, and the keys cannot be copied off this computer.</source>
        <translation>仮想スマート カードは、差し込んで使うスマート カードと同じように機能しますが、このコンピューターのセキュリティ チップ（TPM）内に存在します。キーと証明書を安全に保管します。PIN でロックを解除し、キーをこのコンピューターの外にコピーすることはできません。</translation>
    </message>
    <message>
        <source>You will choose a name, a PIN and a way to recover the card if the PIN is forgotten. First the wizard checks that this computer can hold a virtual smart card.</source>
        <translation>名前、PIN、および PIN を忘れた場合のカードの回復方法を選びます。最初に、このコンピューターで仮想スマート カードを保持できるかどうかをウィザードが確認します。</translation>
    </message>
    <message>
        <source>Checking this computer…</source>
        <translation>このコンピューターを確認しています…</translation>
    </message>
    <message>
        <source>Check status</source>
        <extracomment>A noun: the result of checking whether this computer can hold a card.</extracomment>
        <translation>確認の状態</translation>
    </message>
    <message>
        <source>Checking this computer</source>
        <translation>このコンピューターを確認中</translation>
    </message>
    <message>
        <source>Busy while the wizard checks that this computer can hold a virtual smart card.</source>
        <translation>このコンピューターで仮想スマート カードを保持できるかどうかをウィザードが確認している間は処理中です。</translation>
    </message>
    <message>
        <source>&amp;Results of the check:</source>
        <translation>確認の結果(&amp;R):</translation>
    </message>
    <message>
        <source>Results of the check</source>
        <translation>確認の結果</translation>
    </message>
    <message>
        <source>What prevents creating a virtual smart card on this computer, and what to do about it.</source>
        <translation>このコンピューターで仮想スマート カードを作成できない理由と、その対処方法です。</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>再確認(&amp;C)</translation>
    </message>
    <message>
        <source>Checks this computer again after you fixed the problems listed.</source>
        <translation>一覧に示された問題を解決した後、このコンピューターをもう一度確認します。</translation>
    </message>
    <message>
        <source>&amp;Manage cards…</source>
        <translation>カードの管理(&amp;M)…</translation>
    </message>
    <message>
        <source>Opens the card manager: change, reset or remove the cards you have.</source>
        <translation>カード マネージャーを開きます。既存のカードを変更、リセット、削除できます。</translation>
    </message>
    <message>
        <source>A virtual smart card works like a smart card you plug in. On this computer its keys are kept by a software TPM, not by a security chip: you unlock them with a PIN, but someone who can read your files could copy them.</source>
        <translation>仮想スマート カードは、差し込んで使うスマート カードと同じように機能します。このコンピューターでは、キーはセキュリティ チップではなくソフトウェア TPM によって保管されます。PIN でロックを解除しますが、あなたのファイルを読み取れる人はキーをコピーできます。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Must be fixed before a card can be created</source>
        <translation>カードを作成する前に解決する必要があります</translation>
    </message>
    <message>
        <source>A note; it does not prevent creating a card</source>
        <translation>注意事項です。カードの作成は妨げません</translation>
    </message>
    <message>
        <source>The check was interrupted. Check again to continue.</source>
        <translation>確認が中断されました。続行するには、もう一度確認してください。</translation>
    </message>
    <message>
        <source>This computer cannot hold a virtual smart card yet. Fix the problems below, then check again.</source>
        <translation>このコンピューターでは、まだ仮想スマート カードを保持できません。下の問題を解決してから、もう一度確認してください。</translation>
    </message>
    <message>
        <source>This computer is ready. Please note the points below.</source>
        <translation>このコンピューターは準備ができています。下の点に注意してください。</translation>
    </message>
    <message>
        <source>This computer is ready. Continue to choose a name for the card.</source>
        <translation>このコンピューターは準備ができています。続行して、カードの名前を選んでください。</translation>
    </message>
</context>
<context>
    <name>WindowsBackend</name>
    <message>
        <source>The TPM Virtual Smart Card Manager is not available on this computer. It is part of Windows 8 and later; its service may be turned off.</source>
        <translation>このコンピューターでは TPM 仮想スマート カード マネージャーを使用できません。これは Windows 8 以降に含まれていますが、そのサービスが無効になっている可能性があります。</translation>
    </message>
    <message>
        <source>No TPM (Trusted Platform Module) was found on this computer.</source>
        <translation>このコンピューターで TPM（トラステッド プラットフォーム モジュール）が見つかりませんでした。</translation>
    </message>
    <message>
        <source>The TPM is not ready. Turn it on and prepare it in the TPM management console (tpm.msc), then try again.</source>
        <translation>TPM の準備ができていません。TPM 管理コンソール（tpm.msc）で TPM を有効にして準備してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Managing virtual smart cards needs administrator rights. Start vscwizard with &quot;Run as administrator&quot;.</source>
        <translation>仮想スマート カードを管理するには管理者権限が必要です。「管理者として実行」で vscwizard を起動してください。</translation>
    </message>
    <message>
        <source>Virtual smart cards cannot be managed from a remote desktop session.</source>
        <translation>リモート デスクトップ セッションからは仮想スマート カードを管理できません。</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager refused a value of the request.</source>
        <translation>TPM 仮想スマート カード マネージャーが要求の値を拒否しました。</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>操作は取り消されました。</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager reported a failure.</source>
        <translation>TPM 仮想スマート カード マネージャーがエラーを報告しました。</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager is not available</source>
        <translation>TPM 仮想スマート カード マネージャーを使用できません</translation>
    </message>
    <message>
        <source>Ask your administrator to allow the smart card services of Windows to start; the manager is part of Windows 8 and later.</source>
        <translation>Windows のスマート カード サービスの開始を許可するよう管理者に依頼してください。マネージャーは Windows 8 以降に含まれています。</translation>
    </message>
    <message>
        <source>No TPM found</source>
        <translation>TPM が見つかりません</translation>
    </message>
    <message>
        <source>If this computer has a TPM, turn it on in the firmware settings, then try again.</source>
        <translation>このコンピューターに TPM がある場合は、ファームウェア設定で有効にしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The TPM is not ready</source>
        <translation>TPM の準備ができていません</translation>
    </message>
    <message>
        <source>Open the TPM management console (tpm.msc) as administrator and prepare the TPM, then try again.</source>
        <translation>TPM 管理コンソール（tpm.msc）を管理者として開いて TPM を準備してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Administrator rights needed</source>
        <translation>管理者権限が必要です</translation>
    </message>
    <message>
        <source>Start vscwizard with “Run as administrator”, then try again.</source>
        <translation>「管理者として実行」で vscwizard を起動してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The card needs a name.</source>
        <translation>カードには名前が必要です。</translation>
    </message>
    <message numerus="yes">
        <source>The admin key must be exactly %n byte(s) long.</source>
        <translation>
            <numerusform>管理者キーはちょうど %n バイトである必要があります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The admin key check value must be %n byte(s) long.</source>
        <translation>
            <numerusform>管理者キーのチェック値は %n バイトである必要があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Attestation needs Windows 10 or later.</source>
        <translation>構成証明には Windows 10 以降が必要です。</translation>
    </message>
    <message>
        <source>%1 (HRESULT %2)</source>
        <translation>%1（HRESULT %2）</translation>
    </message>
    <message>
        <source>HRESULT %1</source>
        <translation>HRESULT %1</translation>
    </message>
    <message>
        <source>The smart card readers of this computer could not be counted.</source>
        <translation>このコンピューターのスマート カード リーダーの数を取得できませんでした。</translation>
    </message>
    <message>
        <source>Win32 error %1</source>
        <translation>Win32 エラー %1</translation>
    </message>
    <message numerus="yes">
        <source>%n smart card reader(s) exist already, the most there can be at once. Remove a virtual smart card or unplug a reader first.</source>
        <translation>
            <numerusform>スマート カード リーダーが既に %n 台あり、同時に存在できる上限に達しています。先に仮想スマート カードを削除するか、リーダーを取り外してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN policy cannot be passed to the manager.</source>
        <translation>PIN ポリシーをマネージャーに渡せません。</translation>
    </message>
    <message>
        <source>Windows shows the card as the smart card reader &quot;%1&quot;. Applications use it through the Windows smart card service, for example to enroll a certificate or sign in.</source>
        <translation>Windows では、このカードはスマート カード リーダー「%1」として表示されます。アプリケーションは Windows のスマート カード サービスを通じてカードを使用します（証明書の登録やサインインなど）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the instance id of a TPM virtual smart card (ROOT\SMARTCARDREADER\000n).</source>
        <translation>「%1」は TPM 仮想スマート カードのインスタンス ID（ROOT\SMARTCARDREADER\000n）ではありません。</translation>
    </message>
    <message>
        <source>The smart card readers could not be listed (Win32 error %1).</source>
        <translation>スマート カード リーダーを一覧表示できませんでした（Win32 エラー %1）。</translation>
    </message>
    <message numerus="yes">
        <source>The PIN must be %1 to %n byte(s) long.</source>
        <translation>
            <numerusform>PIN は %1～%n バイトである必要があります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK must be %1 to %n byte(s) long.</source>
        <translation>
            <numerusform>PUK は %1～%n バイトである必要があります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>There is no graphical session to open the wizard in (DISPLAY and WAYLAND_DISPLAY are not set). The commands work without one; see vscwizard --help.</source>
        <translation>ウィザードを開くグラフィカル セッションがありません（DISPLAY と WAYLAND_DISPLAY が設定されていません）。コマンドはグラフィカル セッションなしで動作します。vscwizard --help を参照してください。</translation>
    </message>
    <message>
        <source>There is no translation for &quot;%1&quot;; using English.</source>
        <translation>「%1」の翻訳はありません。英語を使用します。</translation>
    </message>
    <message>
        <source>Cannot open the wizard %1: %2. The commands work without it; see vscwizard --help.</source>
        <translation>ウィザード %1 を開けません: %2。コマンドはウィザードなしで動作します。vscwizard --help を参照してください。</translation>
    </message>
    <message>
        <source>Commands are run by vscwizard, for example: vscwizard %1</source>
        <translation>コマンドは vscwizard で実行します。例: vscwizard %1</translation>
    </message>
    <message>
        <source>Organization policy</source>
        <translation>組織のポリシー</translation>
    </message>
    <message>
        <source>Card manager</source>
        <translation>カード マネージャー</translation>
    </message>
</context>
</TS>
