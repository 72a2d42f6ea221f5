<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>AdminKey</name>
    <message>
        <source>Character %1 (&apos;%2&apos;) is not a hex digit.</source>
        <translation>第 %1 个字符（&apos;%2&apos;）不是十六进制数字。</translation>
    </message>
    <message numerus="yes">
        <source>The admin key has %n hex digit(s); it needs exactly %1.</source>
        <translation>
            <numerusform>管理员密钥有 %n 位十六进制数字，需要正好 %1 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 (&apos;%2&apos;) splits a pair of hex digits; spaces and colons may only stand between pairs.</source>
        <translation>第 %1 个字符（&apos;%2&apos;）拆开了一对十六进制数字；空格和冒号只能位于两对数字之间。</translation>
    </message>
    <message numerus="yes">
        <source>The admin key has %n byte(s); it needs exactly %1.</source>
        <translation>
            <numerusform>管理员密钥有 %n 个字节，需要正好 %1 个字节。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>选项 %1 需要一个值。</translation>
    </message>
    <message>
        <source>--sim-delay takes milliseconds from 0 to 600000, not &quot;%1&quot;.</source>
        <translation>--sim-delay 接受 0 到 600000 之间的毫秒数，而不是“%1”。</translation>
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
        <translation>全局选项:
  --backend NAME       tpm2、windows 或 simulator（仅用于测试和演示）
  --lang LANG          消息的语言，例如 de
  --policy FILE        组织的 PIN 策略文件
  --tpm WHICH          tpm2: auto、device[:PATH]、software[:FOLDER] 或 tcti:STRING
  --store DIR          tpm2: 令牌存储文件夹
  --sim-state DIR      simulator: 保存其卡的文件夹
  --sim-delay MS       simulator: 每个步骤的延迟
  --sim-fail ERR[@ST]  simulator: 在状态 ST 时以错误 ERR 失败，或以卡错误失败:
                       CARD:ERR[@change-pin|reset-pin|change-puk|status]
</translation>
    </message>
</context>
<context>
    <name>BackendFactory</name>
    <message>
        <source>There is no backend called &quot;%1&quot;. Available: %2.</source>
        <translation>没有名为“%1”的后端。可用的后端：%2。</translation>
    </message>
    <message>
        <source>software-tpm acts on a software TPM, but --tpm %1 names another TPM. Leave out --tpm, or give --tpm software:FOLDER.</source>
        <translation>software-tpm 作用于软件 TPM，但 --tpm %1 指定了另一个 TPM。请省略 --tpm，或指定 --tpm software:FOLDER。</translation>
    </message>
    <message>
        <source>The software TPM is only used on Linux.</source>
        <translation>软件 TPM 仅在 Linux 上使用。</translation>
    </message>
</context>
<context>
    <name>CardCommands</name>
    <message>
        <source>%1 takes only --instance ID and --with puk|adminkey; secrets are read from the terminal or from standard input.</source>
        <translation>%1 只接受 --instance ID 和 --with puk|adminkey；机密信息从终端或标准输入读取。</translation>
    </message>
    <message>
        <source>%1 takes only --instance ID; secrets are read from the terminal or from standard input.</source>
        <translation>%1 只接受 --instance ID；机密信息从终端或标准输入读取。</translation>
    </message>
    <message>
        <source>%1: --instance needs the instance id shown by &quot;vscwizard status&quot;.</source>
        <translation>%1: --instance 需要“vscwizard status”显示的实例 ID。</translation>
    </message>
    <message>
        <source>%1: --with needs puk or adminkey.</source>
        <translation>%1: --with 需要 puk 或 adminkey。</translation>
    </message>
    <message>
        <source>%1: --with is given twice.</source>
        <translation>%1: --with 指定了两次。</translation>
    </message>
    <message>
        <source>%1: --with takes puk or adminkey; the PUK or the admin key itself is read from the terminal or from standard input.</source>
        <translation>%1: --with 接受 puk 或 adminkey；PUK 或管理员密钥本身从终端或标准输入读取。</translation>
    </message>
    <message>
        <source>%1 takes exactly one --instance ID.</source>
        <translation>%1 只能指定一个 --instance ID。</translation>
    </message>
    <message>
        <source>%1 needs --instance ID (see &quot;vscwizard status&quot;).</source>
        <translation>%1 需要 --instance ID（请参见“vscwizard status”）。</translation>
    </message>
    <message>
        <source>The two entries differed three times; nothing was changed.</source>
        <translation>两次输入连续三次不一致；未做任何更改。</translation>
    </message>
    <message>
        <source>No card has the instance id %1.</source>
        <translation>没有实例 ID 为 %1 的卡。</translation>
    </message>
    <message>
        <source>The card has no PUK: reset its PIN with %1 --with adminkey.</source>
        <translation>此卡没有 PUK：请使用 %1 --with adminkey 重置其 PIN。</translation>
    </message>
    <message>
        <source>Nobody knows the card&apos;s admin key: reset its PIN with %1 --with puk.</source>
        <translation>没有人知道此卡的管理员密钥：请使用 %1 --with puk 重置其 PIN。</translation>
    </message>
    <message>
        <source>The card has no PUK to change.</source>
        <translation>此卡没有可更改的 PUK。</translation>
    </message>
    <message>
        <source>Current PIN: </source>
        <translation>当前 PIN: </translation>
    </message>
    <message>
        <source>Standard input ended before the current PIN was read.</source>
        <translation>读取当前 PIN 之前标准输入已结束。</translation>
    </message>
    <message>
        <source>Current PUK: </source>
        <translation>当前 PUK: </translation>
    </message>
    <message>
        <source>PUK: </source>
        <translation>PUK: </translation>
    </message>
    <message>
        <source>Standard input ended before the PUK was read.</source>
        <translation>读取 PUK 之前标准输入已结束。</translation>
    </message>
    <message>
        <source>Admin key (48 hex digits): </source>
        <translation>管理员密钥（48 位十六进制数字）: </translation>
    </message>
    <message>
        <source>Standard input ended before the admin key was read.</source>
        <translation>读取管理员密钥之前标准输入已结束。</translation>
    </message>
    <message>
        <source>Admin key: %1</source>
        <translation>管理员密钥：%1</translation>
    </message>
    <message>
        <source>The new PIN must meet these rules:</source>
        <translation>新 PIN 必须符合以下规则:</translation>
    </message>
    <message>
        <source>New PIN: </source>
        <translation>新 PIN: </translation>
    </message>
    <message>
        <source>Repeat the new PIN: </source>
        <translation>再次输入新 PIN: </translation>
    </message>
    <message>
        <source>Standard input ended before the new PIN was read.</source>
        <translation>读取新 PIN 之前标准输入已结束。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>The new PIN breaks these rules:</source>
        <translation>新 PIN 违反了以下规则:</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>New PUK: </source>
        <translation>新 PUK: </translation>
    </message>
    <message>
        <source>Repeat the new PUK: </source>
        <translation>再次输入新 PUK: </translation>
    </message>
    <message>
        <source>Standard input ended before the new PUK was read.</source>
        <translation>读取新 PUK 之前标准输入已结束。</translation>
    </message>
    <message>
        <source>Changed the PIN of the card %1.</source>
        <translation>已更改卡 %1 的 PIN。</translation>
    </message>
    <message>
        <source>Changed the PIN of the card &quot;%1&quot; (%2).</source>
        <translation>已更改卡“%1”（%2）的 PIN。</translation>
    </message>
    <message>
        <source>Changed the PUK of the card %1.</source>
        <translation>已更改卡 %1 的 PUK。</translation>
    </message>
    <message>
        <source>Changed the PUK of the card &quot;%1&quot; (%2).</source>
        <translation>已更改卡“%1”（%2）的 PUK。</translation>
    </message>
    <message>
        <source>status takes only --json.</source>
        <translation>status 只接受 --json。</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; is not an instance id: none is longer than %n character(s) (see &quot;vscwizard status&quot;).</source>
        <extracomment>%1: a command name, kept in English.</extracomment>
        <translation>
            <numerusform>%1: “%2”不是实例 ID：实例 ID 都不超过 %n 个字符（请参见“vscwizard status”）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN of the card %1 was reset; it is unblocked.</source>
        <translation>卡 %1 的 PIN 已重置，并已解除阻止。</translation>
    </message>
    <message>
        <source>The PIN of the card &quot;%1&quot; (%2) was reset; it is unblocked.</source>
        <translation>卡“%1”（%2）的 PIN 已重置，并已解除阻止。</translation>
    </message>
</context>
<context>
    <name>CardManagerWindow</name>
    <message>
        <source>Manage virtual smart cards</source>
        <translation>管理虚拟智能卡</translation>
    </message>
    <message>
        <source>TPM lockout state</source>
        <translation>TPM 锁定状态</translation>
    </message>
    <message>
        <source>Car&amp;ds on this computer:</source>
        <translation>此电脑上的卡(&amp;D):</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>卡</translation>
    </message>
    <message>
        <source>Each row is a card: its name, where it lives, its keys, its PIN&apos;s state and how its PIN can be reset.</source>
        <translation>每一行是一张卡：名称、所在位置、密钥、PIN 的状态以及 PIN 的重置方式。</translation>
    </message>
    <message>
        <source>Reading the cards</source>
        <translation>正在读取卡</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>更改 PIN(&amp;P)…</translation>
    </message>
    <message>
        <source>R&amp;eset PIN…</source>
        <translation>重置 PIN(&amp;E)…</translation>
    </message>
    <message>
        <source>Change P&amp;UK…</source>
        <translation>更改 PUK(&amp;U)…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>删除(&amp;M)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Reads the cards and the TPM&apos;s lockout state again.</source>
        <translation>重新读取卡和 TPM 的锁定状态。</translation>
    </message>
    <message>
        <source>E&amp;nroll a new card…</source>
        <translation>注册新卡(&amp;N)…</translation>
    </message>
    <message>
        <source>Opens the wizard that creates a card.</source>
        <translation>打开用于创建卡的向导。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Reading the cards…</source>
        <translation>正在读取卡…</translation>
    </message>
    <message>
        <source>The cards could not be read: %1 %2</source>
        <translation>无法读取卡：%1 %2</translation>
    </message>
    <message>
        <source>There is no card yet. Enroll a new card to create one.</source>
        <translation>还没有卡。请注册一张新卡来创建。</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s).</source>
        <translation>
            <numerusform>%n 张卡。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a card first.</source>
        <translation>请先选择一张卡。</translation>
    </message>
    <message>
        <source>The PIN is blocked; reset it first</source>
        <translation>PIN 已被阻止；请先重置</translation>
    </message>
    <message>
        <source>This card can never be reset; remove it and create a new one</source>
        <translation>此卡永远无法重置；请删除它并创建一张新卡</translation>
    </message>
    <message>
        <source>The PUK is blocked, so this card can no longer be reset; remove it and create a new one</source>
        <translation>PUK 已被阻止，因此此卡无法再重置；请删除它并创建一张新卡</translation>
    </message>
    <message>
        <source>This card has no PUK</source>
        <translation>此卡没有 PUK</translation>
    </message>
    <message>
        <source>The PUK is blocked</source>
        <translation>PUK 已被阻止</translation>
    </message>
    <message>
        <source>Sets a new PIN; the current PIN is needed.</source>
        <translation>设置新 PIN；需要当前 PIN。</translation>
    </message>
    <message>
        <source>Sets a new PIN without the current one, with the PUK or the admin key.</source>
        <translation>不使用当前 PIN，而使用 PUK 或管理员密钥设置新 PIN。</translation>
    </message>
    <message>
        <source>Sets a new PUK; the current PUK is needed.</source>
        <translation>设置新 PUK；需要当前 PUK。</translation>
    </message>
    <message>
        <source>Removes the card and destroys its keys.</source>
        <translation>删除卡并销毁其密钥。</translation>
    </message>
</context>
<context>
    <name>CardNamePage</name>
    <message>
        <source>Card Name</source>
        <translation>卡名称</translation>
    </message>
    <message>
        <source>Choose a name that helps you recognize the card.</source>
        <translation>请选择一个便于识别此卡的名称。</translation>
    </message>
    <message>
        <source>Card na&amp;me:</source>
        <translation>卡名称(&amp;M):</translation>
    </message>
    <message>
        <source>Card name</source>
        <translation>卡名称</translation>
    </message>
    <message>
        <source>The name shown for the card, for example in the list of security devices of a browser.</source>
        <translation>显示的卡名称，例如在浏览器的安全设备列表中。</translation>
    </message>
    <message>
        <source>For example: Work laptop</source>
        <translation>例如：工作笔记本电脑</translation>
    </message>
    <message>
        <source>Name check</source>
        <translation>名称检查</translation>
    </message>
    <message numerus="yes">
        <source>The name can have at most %n character(s).</source>
        <translation>
            <numerusform>名称最多可以有 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>A card named “%1” already exists. Choose another name.</source>
        <translation>已存在名为“%1”的卡。请选择其他名称。</translation>
    </message>
    <message>
        <source>This name can be used.</source>
        <translation>可以使用此名称。</translation>
    </message>
</context>
<context>
    <name>CardRules</name>
    <message>
        <source>Enter a name for the card.</source>
        <translation>请输入卡的名称。</translation>
    </message>
    <message>
        <source>The name contains a character that is not shown, such as a tab, a line break or a writing-direction mark. Remove it.</source>
        <translation>名称包含不可见的字符，例如制表符、换行符或书写方向标记。请将其删除。</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: it can have at most %n character(s).</source>
        <translation>
            <numerusform>名称太长：最多可以有 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: a card name holds %n byte(s) in UTF-8, where letters beyond ASCII take two to four; this one takes %1.</source>
        <translation>
            <numerusform>名称太长：卡名称在 UTF-8 中最多占 %n 个字节，ASCII 以外的字符每个占两到四个字节；此名称占 %1 个字节。</numerusform>
        </translation>
    </message>
    <message>
        <source>The name starts or ends with a space. Remove it.</source>
        <translation>名称以空格开头或结尾。请将其删除。</translation>
    </message>
    <message>
        <source>The name is not valid UTF-8 text. Type it again in a terminal that uses UTF-8.</source>
        <translation>名称不是有效的 UTF-8 文本。请在使用 UTF-8 的终端中重新输入。</translation>
    </message>
    <message>
        <source>The PIN breaks these rules: %1</source>
        <translation>PIN 违反了以下规则：%1</translation>
    </message>
    <message>
        <source>This PIN is one of the most common PINs, which whoever finds the card tries first. Choose one that is harder to guess.</source>
        <translation>此 PIN 是最常见的 PIN 之一，捡到卡的人会首先尝试它。请选择一个更难猜到的 PIN。</translation>
    </message>
    <message>
        <source>The PIN contains a NUL byte or bytes that are not UTF-8 text; other programs could not type it.</source>
        <translation>PIN 包含 NUL 字节或不是 UTF-8 文本的字节；其他程序无法输入它。</translation>
    </message>
    <message>
        <source>The PUK contains a NUL byte or bytes that are not UTF-8 text; other programs could not type it.</source>
        <translation>PUK 包含 NUL 字节或不是 UTF-8 文本的字节；其他程序无法输入它。</translation>
    </message>
    <message>
        <source>The PUK is the same as the PIN. Choose a different PUK: it must unlock the card when the PIN is forgotten or blocked.</source>
        <translation>PUK 与 PIN 相同。请选择不同的 PUK：在忘记 PIN 或 PIN 被阻止时，需要用它来解锁卡。</translation>
    </message>
    <message numerus="yes">
        <source>The PUK must have %1 to %n character(s).</source>
        <translation>
            <numerusform>PUK 必须为 %1 到 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK is too long: a PUK can have at most %n byte(s) in UTF-8, where letters such as ä or € take two or three; this one takes %1.</source>
        <extracomment>%n: the most bytes any PUK may have; %1: the bytes this PUK takes.</extracomment>
        <translation>
            <numerusform>PUK 太长：PUK 在 UTF-8 中最多可占 %n 个字节，ä 或 € 等字符每个占两到三个字节；此 PUK 占 %1 个字节。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardTableModel</name>
    <message>
        <source>Instance id: %1</source>
        <translation>实例 ID: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
</context>
<context>
    <name>CardText</name>
    <message>
        <source>TPM of this computer</source>
        <translation>此电脑的 TPM</translation>
    </message>
    <message>
        <source>Software TPM</source>
        <translation>软件 TPM</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>模拟器</translation>
    </message>
    <message numerus="yes">
        <source>PIN set; %n try(ies) left</source>
        <translation>
            <numerusform>已设置 PIN；还剩 %n 次尝试</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>已设置 PIN</translation>
    </message>
    <message>
        <source>No PIN set</source>
        <translation>未设置 PIN</translation>
    </message>
    <message>
        <source>PIN blocked</source>
        <translation>PIN 已被阻止</translation>
    </message>
    <message>
        <source>Cannot be reset</source>
        <extracomment>The subject is the card (the virtual smart card): its PIN cannot be reset. A table cell.</extracomment>
        <translation>无法重置</translation>
    </message>
    <message>
        <source>PUK, or the default admin key</source>
        <translation>PUK 或默认管理员密钥</translation>
    </message>
    <message>
        <source>Default admin key</source>
        <translation>默认管理员密钥</translation>
    </message>
    <message>
        <source>PUK, or the admin key</source>
        <translation>PUK 或管理员密钥</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>管理员密钥</translation>
    </message>
    <message>
        <source>PUK</source>
        <extracomment>PUK: PIN Unblocking Key, the secret that resets a blocked PIN.</extracomment>
        <translation>PUK</translation>
    </message>
    <message>
        <source>The TPM&apos;s lockout state is not known.</source>
        <translation>TPM 的锁定状态未知。</translation>
    </message>
    <message numerus="yes">
        <source>No wrong PINs counted by the TPM (it locks after %n).</source>
        <translation>
            <numerusform>TPM 尚未计入错误的 PIN（计满 %n 次后锁定）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>location</comment>
        <extracomment>Where the card is kept (a TPM, the simulator) is not known. A table cell of the Location column.</extracomment>
        <translation>未知</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>PIN state</comment>
        <extracomment>The state of the card&apos;s PIN (set, blocked) is not known. A table cell of the PIN column.</extracomment>
        <translation>未知</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>recovery</comment>
        <extracomment>How the card&apos;s PIN can be reset is not known. A table cell of the Recovery column.</extracomment>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n second(s), on every card.</source>
        <translation>
            <numerusform>由于错误的 PIN 过多，TPM 已锁定：%n 秒后将在所有卡上重新接受 PIN。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n minute(s), on every card.</source>
        <translation>
            <numerusform>由于错误的 PIN 过多，TPM 已锁定：%n 分钟后将在所有卡上重新接受 PIN。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n hour(s), on every card.</source>
        <translation>
            <numerusform>由于错误的 PIN 过多，TPM 已锁定：%n 小时后将在所有卡上重新接受 PIN。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n second(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>TPM 已计入 %1 次错误的 PIN（达到 %2 次即锁定，所有卡合计）。每过 %n 秒，计数减 1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n minute(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>TPM 已计入 %1 次错误的 PIN（达到 %2 次即锁定，所有卡合计）。每过 %n 分钟，计数减 1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n hour(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>TPM 已计入 %1 次错误的 PIN（达到 %2 次即锁定，所有卡合计）。每过 %n 小时，计数减 1。</numerusform>
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
        <translation>用法：vscwizard [全局选项] [命令 [选项]]
不带命令时，将打开注册向导。

命令:
  create --name NAME [--pin prompt|default] [--puk prompt|default|none]
         [--adminkey default|random|prompt] [--generate]
         [--pinpolicy minlen N maxlen N CLASS RULE ...]
      创建虚拟智能卡并输出其实例 ID。
      CLASS 为 uppercase、lowercase、digits、special 或 other；RULE 为 allow、
      require 或 disallow。默认值：--pin prompt、--puk none、--adminkey default；
      默认 PIN 和 PUK 与 tpmvscmgr 的相同。使用 --adminkey random 创建的卡
      永远无法重置，只能删除。在 tpm2 (Linux) 上，PUK 取代管理员密钥:
      有 PUK 的卡没有管理员密钥。
  destroy --instance ID
      删除虚拟智能卡。
  list [--json]
      显示虚拟智能卡。
  status [--json]
      显示每张卡的 PIN 状态（剩余尝试次数、是否已阻止）和重置方式，
      以及 TPM 的锁定状态，不消耗尝试次数。
  change-pin --instance ID
      更改卡的 PIN；先读取当前 PIN，再读取新 PIN。
  reset-pin --instance ID [--with puk|adminkey]
      设置新 PIN，也适用于已阻止的卡；先读取 PUK（或 48 位十六进制数字的
      管理员密钥），再读取新 PIN。默认值：卡有 PUK 时为 --with puk，
      否则为 --with adminkey。
  change-puk --instance ID
      更改卡的 PUK；先读取当前 PUK，再读取新 PUK。
  explain CODE|NAME
      显示 TPMVSCMGR_ERROR 或 TPMVSCMGR_STATUS 的含义。
  software-tpm start|stop|status
      控制每个用户各自的软件 TPM，在没有可用的硬件 TPM 时由它保存卡
      （Linux）。其密钥不受硬件保护。
  --help, --version

机密信息从不从命令行获取。“prompt”从终端读取它们，不回显，且每项输入
两次；当标准输入不是终端时，每项所需的机密信息读取一行，create 的顺序为
PIN、PUK、管理员密钥（48 位十六进制数字），其他命令的顺序如上所述。
每个新 PIN 都必须符合组织的策略
(--policy)。

所有命令的选项:
  --verbose            即使标准错误不是终端，也显示进度

Ctrl+C 取消正在运行的操作；不会留下只完成一半的内容。

退出状态：0 成功，1 其他失败，2 用法错误，3 已取消，
10 + N: TPMVSCMGR_ERROR N（请参见“vscwizard explain N”），
40 + N: change-pin、reset-pin、change-puk 和 status 的卡错误:
41 PIN 错误，42 PUK 错误，43 管理员密钥错误，44 PIN 已被阻止，
45 PUK 已被阻止，46 新 PIN 被拒绝，47 新 PUK 被拒绝，48 无法重置，
49 没有此卡，50 TPM 锁定，51 此处不支持，52 其他卡错误。
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
        <translation>模拟器（仅用于测试和演示；不会真正创建卡）:
  --sim-fail ERROR[@STATUS] 在每个进程中于 STATUS 时以 ERROR 失败一次（名称不带
  TPMVSCMGR_ 前缀，例如 GENERATE_FILESYSTEM@GENERATE_RUNNING；不带 @STATUS 时在
  第一步失败）。失败只发生一次：在同一进程中重试会成功。
  --sim-fail CARD:ERROR[@OPERATION] 使一次卡操作以卡错误失败
  （WRONG_PIN, WRONG_PUK, WRONG_ADMIN_KEY, PIN_BLOCKED, PUK_BLOCKED, NEW_PIN_REFUSED,
  NEW_PUK_REFUSED, CANNOT_RESET, CARD_NOT_FOUND, TPM_LOCKOUT, UNSUPPORTED, FAILED），
  操作为 change-pin、reset-pin、change-puk 或 status（不带 @ 时为第一次更改或重置）；
  卡上的内容不会改变。
  --sim-delay MS 在每个状态之前等待；取消在下一个状态时生效。
</translation>
    </message>
    <message>
        <source>software-tpm takes one of start, stop or status.</source>
        <extracomment>software-tpm, start, stop and status are typed as they are: do not translate them.</extracomment>
        <translation>software-tpm 只接受 start、stop 或 status 之一。</translation>
    </message>
    <message>
        <source>This program has no software TPM.</source>
        <translation>此程序没有软件 TPM。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>Unknown command. The commands are create, destroy, list, status, change-pin, reset-pin, change-puk, explain and software-tpm.</source>
        <translation>未知命令。可用的命令有 create、destroy、list、status、change-pin、reset-pin、change-puk、explain 和 software-tpm。</translation>
    </message>
</context>
<context>
    <name>ClientRegistration</name>
    <message>
        <source>The file %1 is not the program&apos;s own; it is left as it is.</source>
        <translation>文件 %1 不属于本程序；已保持原样。</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>list takes only --json.</source>
        <translation>list 只接受 --json。</translation>
    </message>
    <message>
        <source>destroy: --instance needs the instance id shown by &quot;vscwizard list&quot;.</source>
        <translation>destroy: --instance 需要“vscwizard list”显示的实例 ID。</translation>
    </message>
    <message>
        <source>destroy takes only --instance ID.</source>
        <translation>destroy 只接受 --instance ID。</translation>
    </message>
    <message>
        <source>destroy takes exactly one --instance ID.</source>
        <translation>destroy 只能指定一个 --instance ID。</translation>
    </message>
    <message>
        <source>destroy needs --instance ID (see &quot;vscwizard list&quot;).</source>
        <translation>destroy 需要 --instance ID（请参见“vscwizard list”）。</translation>
    </message>
    <message>
        <source>Removed the virtual smart card %1.</source>
        <translation>已删除虚拟智能卡 %1。</translation>
    </message>
    <message>
        <source>Restart the computer to finish removing the card.</source>
        <translation>请重新启动电脑以完成删除卡。</translation>
    </message>
    <message>
        <source>explain takes one error or status, as a name or a number.</source>
        <translation>explain 接受一个错误或状态，以名称或数字表示。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a TPMVSCMGR_ERROR nor a TPMVSCMGR_STATUS name or number.</source>
        <translation>“%1”既不是 TPMVSCMGR_ERROR 也不是 TPMVSCMGR_STATUS 的名称或数字。</translation>
    </message>
    <message>
        <source>Error %1: TPMVSCMGR_ERROR_%2</source>
        <translation>错误 %1: TPMVSCMGR_ERROR_%2</translation>
    </message>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message>
        <source>  vscwizard exits with status %1 on this error.</source>
        <translation>  出现此错误时，vscwizard 以状态 %1 退出。</translation>
    </message>
    <message>
        <source>Status %1: TPMVSCMGR_STATUS_%2</source>
        <translation>状态 %1: TPMVSCMGR_STATUS_%2</translation>
    </message>
    <message numerus="yes">
        <source>destroy: &quot;%1&quot; is not an instance id: none is longer than %n character(s) (see &quot;vscwizard list&quot;).</source>
        <translation>
            <numerusform>destroy: “%1”不是实例 ID：实例 ID 都不超过 %n 个字符（请参见“vscwizard list”）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateCommand</name>
    <message>
        <source>%1 takes one of: %2. Secrets are read from the terminal or from standard input, never from the command line.</source>
        <extracomment>%1 is an option such as --pin, %2 its keywords (prompt, stdin), typed as they are.</extracomment>
        <translation>%1 接受以下值之一：%2。机密信息从终端或标准输入读取，从不从命令行读取。</translation>
    </message>
    <message>
        <source>--pinpolicy needs rules, e.g. --pinpolicy minlen 6 digits require.</source>
        <translation>--pinpolicy 需要规则，例如 --pinpolicy minlen 6 digits require。</translation>
    </message>
    <message>
        <source>--pinpolicy: &quot;%1&quot; needs a value.</source>
        <translation>--pinpolicy: “%1”需要一个值。</translation>
    </message>
    <message>
        <source>--pinpolicy: &quot;%1&quot; is not a rule; use minlen, maxlen, uppercase, lowercase, digits, special or other.</source>
        <translation>--pinpolicy: “%1”不是规则；请使用 minlen、maxlen、uppercase、lowercase、digits、special 或 other。</translation>
    </message>
    <message>
        <source>--pinpolicy: %1 is given twice; give each rule once.</source>
        <translation>--pinpolicy: %1 指定了两次；每条规则只能指定一次。</translation>
    </message>
    <message>
        <source>--pinpolicy: %1 takes a number, not &quot;%2&quot;.</source>
        <translation>--pinpolicy: %1 接受数字，而不是“%2”。</translation>
    </message>
    <message>
        <source>--pinpolicy: %1 takes allow, require or disallow, not &quot;%2&quot;.</source>
        <translation>--pinpolicy: %1 接受 allow、require 或 disallow，而不是“%2”。</translation>
    </message>
    <message>
        <source>--pinpolicy: %1</source>
        <translation>--pinpolicy: %1</translation>
    </message>
    <message>
        <source>create: unexpected argument number %1; only options are taken.</source>
        <translation>create：第 %1 个参数是意外的参数；只接受选项。</translation>
    </message>
    <message>
        <source>create: %1 is given twice.</source>
        <translation>create: %1 指定了两次。</translation>
    </message>
    <message>
        <source>create: --generate takes no value.</source>
        <translation>create: --generate 不接受值。</translation>
    </message>
    <message>
        <source>create: unknown option %1.</source>
        <translation>create：未知选项 %1。</translation>
    </message>
    <message>
        <source>create: %1 needs a value.</source>
        <translation>create: %1 需要一个值。</translation>
    </message>
    <message>
        <source>create needs --name NAME.</source>
        <translation>create 需要 --name NAME。</translation>
    </message>
    <message>
        <source>The organization policy %1 sets the PIN rules; --pinpolicy cannot change them.</source>
        <translation>组织策略 %1 设置了 PIN 规则；--pinpolicy 无法更改它们。</translation>
    </message>
    <message>
        <source>The organization policy %1 requires a PUK: add --puk prompt or --puk default.</source>
        <translation>组织策略 %1 要求使用 PUK：请添加 --puk prompt 或 --puk default。</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow a publicly known recovery secret, and on the %2 backend the PUK is the card&apos;s only one: use --puk prompt.</source>
        <translation>组织策略 %1 不允许使用公开已知的恢复机密信息，而在 %2 后端上，PUK 是卡唯一的恢复机密信息：请使用 --puk prompt。</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow the default admin key: add --adminkey prompt or --adminkey random.</source>
        <translation>组织策略 %1 不允许使用默认管理员密钥：请添加 --adminkey prompt 或 --adminkey random。</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow the default admin key: add --adminkey prompt.</source>
        <translation>组织策略 %1 不允许使用默认管理员密钥：请添加 --adminkey prompt。</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow a random admin key: add --adminkey prompt or --adminkey default.</source>
        <translation>组织策略 %1 不允许使用随机管理员密钥：请添加 --adminkey prompt 或 --adminkey default。</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow a random admin key: add --adminkey prompt.</source>
        <translation>组织策略 %1 不允许使用随机管理员密钥：请添加 --adminkey prompt。</translation>
    </message>
    <message>
        <source>Or give the card a PUK with --puk prompt: on the %1 backend it takes the admin key&apos;s place.</source>
        <translation>或者使用 --puk prompt 为卡设置 PUK：在 %1 后端上，PUK 取代管理员密钥。</translation>
    </message>
    <message>
        <source>--adminkey prompt would ask for a key that is never used: on the %1 backend the PUK takes the admin key&apos;s place. Leave out --adminkey, or use --puk none to protect the card with an admin key instead.</source>
        <translation>--adminkey prompt 会要求输入一个永远不会使用的密钥：在 %1 后端上，PUK 取代管理员密钥。请省略 --adminkey，或使用 --puk none 改为用管理员密钥保护卡。</translation>
    </message>
    <message>
        <source>Note: on the %1 backend the PUK takes the admin key&apos;s place; --adminkey is ignored.</source>
        <translation>注意：在 %1 后端上，PUK 取代管理员密钥；--adminkey 将被忽略。</translation>
    </message>
    <message>
        <source>The two entries differed three times; nothing was created.</source>
        <translation>两次输入连续三次不一致；未创建任何内容。</translation>
    </message>
    <message>
        <source>The PIN must meet these rules:</source>
        <translation>PIN 必须符合以下规则:</translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation>PIN: </translation>
    </message>
    <message>
        <source>Repeat the PIN: </source>
        <translation>再次输入 PIN: </translation>
    </message>
    <message>
        <source>Standard input ended before the PIN was read.</source>
        <translation>读取 PIN 之前标准输入已结束。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>The PIN breaks these rules:</source>
        <translation>PIN 违反了以下规则:</translation>
    </message>
    <message>
        <source>PUK: </source>
        <translation>PUK: </translation>
    </message>
    <message>
        <source>Repeat the PUK: </source>
        <translation>再次输入 PUK: </translation>
    </message>
    <message>
        <source>Standard input ended before the PUK was read.</source>
        <translation>读取 PUK 之前标准输入已结束。</translation>
    </message>
    <message>
        <source>The admin key beside the PUK is random and kept nowhere: only the PUK can reset this card.</source>
        <translation>PUK 之外的管理员密钥是随机的，且不保存在任何地方：只有 PUK 能重置此卡。</translation>
    </message>
    <message>
        <source>The admin key is random and kept nowhere: this card can never be reset, only removed.</source>
        <translation>管理员密钥是随机的，且不保存在任何地方：此卡永远无法重置，只能删除。</translation>
    </message>
    <message>
        <source>Admin key (48 hex digits): </source>
        <translation>管理员密钥（48 位十六进制数字）: </translation>
    </message>
    <message>
        <source>Repeat the admin key: </source>
        <translation>再次输入管理员密钥: </translation>
    </message>
    <message>
        <source>Standard input ended before the admin key was read.</source>
        <translation>读取管理员密钥之前标准输入已结束。</translation>
    </message>
    <message>
        <source>Admin key: %1</source>
        <translation>管理员密钥：%1</translation>
    </message>
    <message>
        <source>Admin key check value (KCV): %1</source>
        <translation>管理员密钥校验值 (KCV): %1</translation>
    </message>
    <message>
        <source>Created the virtual smart card &quot;%1&quot; (%2).</source>
        <translation>已创建虚拟智能卡“%1”（%2）。</translation>
    </message>
    <message>
        <source>The card has the default PIN; change it before you rely on the card.</source>
        <translation>此卡使用默认 PIN；请在依赖此卡之前更改它。</translation>
    </message>
    <message>
        <source>Restart the computer before applications can use the card.</source>
        <translation>请重新启动电脑，之后应用程序才能使用此卡。</translation>
    </message>
</context>
<context>
    <name>EnrollmentWizard</name>
    <message>
        <source>Create a Virtual Smart Card</source>
        <translation>创建虚拟智能卡</translation>
    </message>
    <message>
        <source>Virtual smart card wizard</source>
        <translation>虚拟智能卡向导</translation>
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
        <translation>无法代表你执行操作</translation>
    </message>
    <message>
        <source>The smart card service could not act with the rights of your user account, so it could not work on the card.</source>
        <translation>智能卡服务无法以你的用户帐户的权限执行操作，因此无法处理此卡。</translation>
    </message>
    <message>
        <source>Sign out and sign in again, then retry. If it keeps failing, ask your administrator whether your account may manage smart cards on this computer.</source>
        <translation>请注销并重新登录，然后重试。如果仍然失败，请询问管理员你的帐户是否可以在此电脑上管理智能卡。</translation>
    </message>
    <message>
        <source>PIN or PUK does not meet the rules</source>
        <translation>PIN 或 PUK 不符合规则</translation>
    </message>
    <message>
        <source>The PIN or the PUK does not meet your organization&apos;s rules for their length or the kinds of characters they contain.</source>
        <translation>PIN 或 PUK 不符合组织关于长度或所含字符类型的规则。</translation>
    </message>
    <message>
        <source>Choose a PIN and a PUK that meet every rule: those of the organization policy (--policy) and of --pinpolicy.</source>
        <translation>请选择符合所有规则的 PIN 和 PUK：包括组织策略 (--policy) 和 --pinpolicy 的规则。</translation>
    </message>
    <message>
        <source>Go back and choose a PIN and a PUK that meet every rule listed on the PIN page.</source>
        <translation>请返回并选择符合 PIN 页上列出的所有规则的 PIN 和 PUK。</translation>
    </message>
    <message>
        <source>Too many smart cards</source>
        <translation>智能卡过多</translation>
    </message>
    <message>
        <source>This computer already has as many smart cards as it can use at once (10, counting physical and virtual cards).</source>
        <translation>此电脑上的智能卡数量已达到可同时使用的上限（10 张，包括物理卡和虚拟卡）。</translation>
    </message>
    <message>
        <source>Remove a virtual smart card you no longer need or unplug a smart card reader, then try again.</source>
        <translation>请删除不再需要的虚拟智能卡或拔下一个智能卡读卡器，然后重试。</translation>
    </message>
    <message>
        <source>Not possible in a remote session</source>
        <translation>在远程会话中无法执行</translation>
    </message>
    <message>
        <source>Virtual smart cards cannot be created or removed from a remote desktop session.</source>
        <translation>无法从远程桌面会话创建或删除虚拟智能卡。</translation>
    </message>
    <message>
        <source>Sign in at the computer itself, not through a remote desktop connection, and try again.</source>
        <translation>请直接在这台电脑上登录（而不是通过远程桌面连接），然后重试。</translation>
    </message>
    <message>
        <source>The TPM is not ready for smart cards</source>
        <translation>TPM 尚未准备好用于智能卡</translation>
    </message>
    <message>
        <source>The part of the system that keeps smart cards in the TPM (Trusted Platform Module) could not be started.</source>
        <translation>无法启动系统中在 TPM（受信任的平台模块）中保存智能卡的组件。</translation>
    </message>
    <message>
        <source>Check that the TPM is turned on and ready (in the firmware settings or with your administrator), restart the computer and try again.</source>
        <translation>请检查 TPM 是否已开启并准备就绪（在固件设置中检查或询问管理员），重新启动电脑，然后重试。</translation>
    </message>
    <message>
        <source>The card&apos;s storage could not be created</source>
        <translation>无法创建卡的存储</translation>
    </message>
    <message>
        <source>The TPM could not create the protected storage that holds the virtual smart card&apos;s keys.</source>
        <translation>TPM 无法创建用于保存虚拟智能卡密钥的受保护存储。</translation>
    </message>
    <message>
        <source>Make sure the TPM is not locked after too many wrong attempts and has room for another card, then try again.</source>
        <translation>请确保 TPM 没有因错误尝试过多而锁定，并且还有空间容纳另一张卡，然后重试。</translation>
    </message>
    <message>
        <source>The card&apos;s storage could not be removed</source>
        <translation>无法删除卡的存储</translation>
    </message>
    <message>
        <source>The TPM could not delete the protected storage of the virtual smart card.</source>
        <translation>TPM 无法删除虚拟智能卡的受保护存储。</translation>
    </message>
    <message>
        <source>Restart the computer and try removing the card again.</source>
        <translation>请重新启动电脑，然后再次尝试删除卡。</translation>
    </message>
    <message>
        <source>Card emulation could not start</source>
        <translation>无法启动卡模拟</translation>
    </message>
    <message>
        <source>The software that makes the TPM behave like a smart card could not be started.</source>
        <translation>无法启动使 TPM 像智能卡一样工作的软件。</translation>
    </message>
    <message>
        <source>Restart the computer and try again. If it keeps failing, reinstall or update the smart card software.</source>
        <translation>请重新启动电脑，然后重试。如果仍然失败，请重新安装或更新智能卡软件。</translation>
    </message>
    <message>
        <source>Card emulation could not be set up</source>
        <translation>无法设置卡模拟</translation>
    </message>
    <message>
        <source>The software that makes the TPM behave like a smart card could not set up this card.</source>
        <translation>使 TPM 像智能卡一样工作的软件无法设置此卡。</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, restart the computer first.</source>
        <translation>请重试。如果仍然失败，请先重新启动电脑。</translation>
    </message>
    <message>
        <source>Card emulation could not be removed</source>
        <translation>无法删除卡模拟</translation>
    </message>
    <message>
        <source>The software that makes the TPM behave like a smart card could not remove this card.</source>
        <translation>使 TPM 像智能卡一样工作的软件无法删除此卡。</translation>
    </message>
    <message>
        <source>Restart the computer, then try removing the card again.</source>
        <translation>请重新启动电脑，然后再次尝试删除卡。</translation>
    </message>
    <message>
        <source>Card settings could not be saved</source>
        <translation>无法保存卡设置</translation>
    </message>
    <message>
        <source>A setting of the card, such as its name or its PIN rules, could not be stored.</source>
        <translation>无法存储卡的某项设置，例如其名称或 PIN 规则。</translation>
    </message>
    <message>
        <source>Check that the disk is not full and that the card&apos;s storage is writable, then try again.</source>
        <translation>请检查磁盘是否已满以及卡的存储是否可写，然后重试。</translation>
    </message>
    <message>
        <source>Card settings could not be read</source>
        <translation>无法读取卡设置</translation>
    </message>
    <message>
        <source>A setting of the card could not be read back, so the card could not be found or checked.</source>
        <translation>无法读回卡的某项设置，因此无法找到或检查此卡。</translation>
    </message>
    <message>
        <source>Check that the card still exists (another program may have removed it), then try again.</source>
        <translation>请检查此卡是否仍然存在（可能已被其他程序删除），然后重试。</translation>
    </message>
    <message>
        <source>The virtual reader could not start</source>
        <translation>无法启动虚拟读卡器</translation>
    </message>
    <message>
        <source>The virtual smart card reader, through which programs reach the card, could not be started.</source>
        <translation>无法启动虚拟智能卡读卡器，程序需要通过它访问此卡。</translation>
    </message>
    <message>
        <source>Check that the smart card service is running, or restart the computer, and try again.</source>
        <translation>请检查智能卡服务是否正在运行，或重新启动电脑，然后重试。</translation>
    </message>
    <message>
        <source>The virtual reader could not be created</source>
        <translation>无法创建虚拟读卡器</translation>
    </message>
    <message>
        <source>The virtual smart card reader for the new card could not be added.</source>
        <translation>无法为新卡添加虚拟智能卡读卡器。</translation>
    </message>
    <message>
        <source>Restart the computer and try again. Remove cards you no longer use if there are many.</source>
        <translation>请重新启动电脑，然后重试。如果卡很多，请删除不再使用的卡。</translation>
    </message>
    <message>
        <source>The virtual reader could not be removed</source>
        <translation>无法删除虚拟读卡器</translation>
    </message>
    <message>
        <source>The virtual smart card reader of this card could not be removed.</source>
        <translation>无法删除此卡的虚拟智能卡读卡器。</translation>
    </message>
    <message>
        <source>Restart the computer, which usually removes the reader, and try again if the card is still listed.</source>
        <translation>请重新启动电脑（这通常会删除读卡器）；如果此卡仍在列表中，请重试。</translation>
    </message>
    <message>
        <source>Could not connect to the new card</source>
        <translation>无法连接到新卡</translation>
    </message>
    <message>
        <source>The new card could not be reached to set up its contents.</source>
        <translation>无法访问新卡以设置其内容。</translation>
    </message>
    <message>
        <source>Wait a moment and try again. If it keeps failing, restart the computer.</source>
        <translation>请稍等片刻，然后重试。如果仍然失败，请重新启动电脑。</translation>
    </message>
    <message>
        <source>The card&apos;s contents could not be prepared</source>
        <translation>无法准备卡的内容</translation>
    </message>
    <message>
        <source>The file system or the keys of the new card could not be generated.</source>
        <translation>无法生成新卡的文件系统或密钥。</translation>
    </message>
    <message>
        <source>Try again, or create the card without generating its contents and generate them later.</source>
        <translation>请重试，或者创建卡时不生成其内容，以后再生成。</translation>
    </message>
    <message>
        <source>Unable to create the smart card</source>
        <translation>无法创建智能卡</translation>
    </message>
    <message>
        <source>The virtual smart card could not be created.</source>
        <translation>无法创建虚拟智能卡。</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, give the details below to your administrator.</source>
        <translation>请重试。如果仍然失败，请将下面的详细信息提供给管理员。</translation>
    </message>
    <message>
        <source>Unable to remove the smart card</source>
        <translation>无法删除智能卡</translation>
    </message>
    <message>
        <source>The virtual smart card could not be removed.</source>
        <translation>无法删除虚拟智能卡。</translation>
    </message>
    <message>
        <source>Close the programs that use the card and try again. If the card is still listed, restart the computer.</source>
        <translation>请关闭使用此卡的程序，然后重试。如果此卡仍在列表中，请重新启动电脑。</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Unknown error (code %1)</source>
        <translation>未知错误（代码 %1）</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>PIN 错误</translation>
    </message>
    <message>
        <source>Type the PIN again, carefully. If you have forgotten it, reset it with the PUK or the admin key instead of guessing: every wrong PIN counts.</source>
        <translation>请仔细地重新输入 PIN。如果忘记了 PIN，请使用 PUK 或管理员密钥重置，不要猜测：每次输错 PIN 都会计数。</translation>
    </message>
    <message>
        <source>Wrong PUK</source>
        <translation>PUK 错误</translation>
    </message>
    <message>
        <source>Type the PUK again, carefully: it is the one set when the card was made, not the PIN.</source>
        <translation>请仔细地重新输入 PUK：它是创建卡时设置的 PUK，而不是 PIN。</translation>
    </message>
    <message>
        <source>Wrong admin key</source>
        <translation>管理员密钥错误</translation>
    </message>
    <message>
        <source>Check the 48 hexadecimal digits and the check value (KCV) you were given for this card.</source>
        <translation>请检查为此卡提供给你的 48 位十六进制数字和校验值 (KCV)。</translation>
    </message>
    <message>
        <source>PIN blocked</source>
        <translation>PIN 已被阻止</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is blocked after too many wrong tries.</source>
        <translation>由于错误尝试过多，此卡的 PIN 已被阻止。</translation>
    </message>
    <message>
        <source>Reset it with vscwizard reset-pin, using the PUK or the admin key.</source>
        <translation>请使用 vscwizard reset-pin，通过 PUK 或管理员密钥重置 PIN。</translation>
    </message>
    <message>
        <source>Reset the PIN with the PUK or the admin key.</source>
        <translation>请使用 PUK 或管理员密钥重置 PIN。</translation>
    </message>
    <message>
        <source>PUK blocked</source>
        <translation>PUK 已被阻止</translation>
    </message>
    <message>
        <source>The card&apos;s PUK is blocked after too many wrong tries.</source>
        <translation>由于错误尝试过多，此卡的 PUK 已被阻止。</translation>
    </message>
    <message>
        <source>The PIN can no longer be reset with the PUK. Remove the card and create a new one.</source>
        <translation>无法再使用 PUK 重置 PIN。请删除此卡并创建一张新卡。</translation>
    </message>
    <message>
        <source>New PIN not allowed</source>
        <translation>不允许使用新 PIN</translation>
    </message>
    <message>
        <source>The new PIN does not meet the card&apos;s rules.</source>
        <translation>新 PIN 不符合此卡的规则。</translation>
    </message>
    <message>
        <source>Choose a PIN that meets every rule listed above.</source>
        <translation>请选择符合上面列出的所有规则的 PIN。</translation>
    </message>
    <message>
        <source>Choose a PIN that meets every rule shown.</source>
        <translation>请选择符合所示所有规则的 PIN。</translation>
    </message>
    <message>
        <source>New PUK not allowed</source>
        <translation>不允许使用新 PUK</translation>
    </message>
    <message>
        <source>The new PUK does not meet the card&apos;s rules.</source>
        <translation>新 PUK 不符合此卡的规则。</translation>
    </message>
    <message>
        <source>Choose a PUK of 8 to 127 characters that is not the PIN.</source>
        <translation>请选择一个 8 到 127 个字符、且与 PIN 不同的 PUK。</translation>
    </message>
    <message>
        <source>This card cannot be reset</source>
        <translation>此卡无法重置</translation>
    </message>
    <message>
        <source>The card has no PUK and a random admin key that nobody knows, so nothing can reset its PIN.</source>
        <translation>此卡没有 PUK，且管理员密钥是无人知道的随机密钥，因此无法重置其 PIN。</translation>
    </message>
    <message>
        <source>Remove the card (vscwizard destroy) and create a new one.</source>
        <translation>请删除此卡 (vscwizard destroy) 并创建一张新卡。</translation>
    </message>
    <message>
        <source>Remove the card and create a new one.</source>
        <translation>请删除此卡并创建一张新卡。</translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>没有此卡</translation>
    </message>
    <message>
        <source>The card was not found. It may have been removed.</source>
        <translation>找不到此卡。它可能已被删除。</translation>
    </message>
    <message>
        <source>vscwizard list shows the cards and their instance ids.</source>
        <translation>vscwizard list 会显示卡及其实例 ID。</translation>
    </message>
    <message>
        <source>Refresh the list of cards.</source>
        <translation>请刷新卡列表。</translation>
    </message>
    <message>
        <source>The TPM is locked</source>
        <translation>TPM 已锁定</translation>
    </message>
    <message>
        <source>The TPM refuses every PIN for a while after too many wrong ones, on every card.</source>
        <translation>在错误的 PIN 过多后，TPM 会在一段时间内拒绝所有卡上的所有 PIN。</translation>
    </message>
    <message>
        <source>Wait until the TPM accepts PINs again, then try once more.</source>
        <translation>请等到 TPM 重新接受 PIN，然后再试一次。</translation>
    </message>
    <message>
        <source>Not possible here</source>
        <translation>此处不支持</translation>
    </message>
    <message>
        <source>This card or this computer does not offer this operation.</source>
        <translation>此卡或此电脑不支持此操作。</translation>
    </message>
    <message>
        <source>The card could not be changed</source>
        <translation>无法更改此卡</translation>
    </message>
    <message>
        <source>The operation did not finish; the card is as it was.</source>
        <translation>操作未完成；此卡保持原样。</translation>
    </message>
    <message>
        <source>Try again. The details say what the card answered.</source>
        <translation>请重试。详细信息中说明了卡的应答。</translation>
    </message>
    <message>
        <source>Initializing the virtual smart card…</source>
        <translation>正在初始化虚拟智能卡…</translation>
    </message>
    <message>
        <source>Creating the card&apos;s protected storage in the TPM…</source>
        <translation>正在 TPM 中创建卡的受保护存储…</translation>
    </message>
    <message>
        <source>Removing the card&apos;s protected storage from the TPM…</source>
        <translation>正在从 TPM 中删除卡的受保护存储…</translation>
    </message>
    <message>
        <source>Starting the card emulation…</source>
        <translation>正在启动卡模拟…</translation>
    </message>
    <message>
        <source>Setting up the card emulation…</source>
        <translation>正在设置卡模拟…</translation>
    </message>
    <message>
        <source>Removing the card emulation…</source>
        <translation>正在删除卡模拟…</translation>
    </message>
    <message>
        <source>Starting the virtual reader…</source>
        <translation>正在启动虚拟读卡器…</translation>
    </message>
    <message>
        <source>Creating the virtual reader…</source>
        <translation>正在创建虚拟读卡器…</translation>
    </message>
    <message>
        <source>Removing the virtual reader…</source>
        <translation>正在删除虚拟读卡器…</translation>
    </message>
    <message>
        <source>Waiting for the new card to appear…</source>
        <translation>正在等待新卡出现…</translation>
    </message>
    <message>
        <source>Signing in to the new card…</source>
        <extracomment>A stage: logging in to the new card (token) with its PIN.</extracomment>
        <translation>正在登录到新卡…</translation>
    </message>
    <message>
        <source>Generating the card&apos;s contents…</source>
        <translation>正在生成卡的内容…</translation>
    </message>
    <message>
        <source>The virtual smart card was created.</source>
        <translation>已创建虚拟智能卡。</translation>
    </message>
    <message>
        <source>The virtual smart card was removed.</source>
        <translation>已删除虚拟智能卡。</translation>
    </message>
    <message>
        <source>Unknown step (code %1)</source>
        <translation>未知步骤（代码 %1）</translation>
    </message>
    <message>
        <source>The operation was cancelled before it finished; nothing was changed.</source>
        <translation>操作在完成前已被取消；未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>The PIN is wrong for this card. %n try(ies) left before the PIN is blocked.</source>
        <translation>
            <numerusform>此卡的 PIN 不正确。再错 %n 次，PIN 将被阻止。</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN is wrong for this card.</source>
        <translation>此卡的 PIN 不正确。</translation>
    </message>
    <message numerus="yes">
        <source>The PUK is wrong for this card. %n try(ies) left before the PUK is blocked too.</source>
        <translation>
            <numerusform>此卡的 PUK 不正确。再错 %n 次，PUK 也将被阻止。</numerusform>
        </translation>
    </message>
    <message>
        <source>The PUK is wrong for this card.</source>
        <translation>此卡的 PUK 不正确。</translation>
    </message>
    <message>
        <source>The admin key is wrong for this card, so the PIN was not reset.</source>
        <translation>此卡的管理员密钥不正确，因此未重置 PIN。</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>出了什么问题</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>解决方法</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>详细信息(&amp;D)</translation>
    </message>
    <message>
        <source>Shows or hides the technical details of the error.</source>
        <translation>显示或隐藏错误的技术详细信息。</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>技术详细信息</translation>
    </message>
    <message>
        <source>Error: TPMVSCMGR_ERROR_%1 (%2)</source>
        <translation>错误：TPMVSCMGR_ERROR_%1 (%2)</translation>
    </message>
    <message>
        <source>Backend detail: none</source>
        <translation>后端详细信息：无</translation>
    </message>
    <message>
        <source>Backend detail: %1</source>
        <translation>后端详细信息：%1</translation>
    </message>
    <message>
        <source>Card error %1</source>
        <translation>卡错误 %1</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Choose how the card is prepared.</source>
        <translation>请选择卡的准备方式。</translation>
    </message>
    <message>
        <source>&amp;Prepare the card for use now (file system and key pair)</source>
        <translation>立即准备好卡以供使用（文件系统和密钥对）(&amp;P)</translation>
    </message>
    <message>
        <source>Creates the card&apos;s file system and a key pair right away, so the card can be used at once.</source>
        <translation>立即创建卡的文件系统和一个密钥对，使卡可以马上使用。</translation>
    </message>
    <message>
        <source>Without this, the card is created empty and an application must prepare it before first use.</source>
        <translation>如果不选择此项，创建的卡是空的，必须由应用程序在首次使用前准备。</translation>
    </message>
    <message>
        <source>&amp;Key algorithm:</source>
        <translation>密钥算法(&amp;K):</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>密钥算法</translation>
    </message>
    <message>
        <source>The kind of key pair created on the card.</source>
        <translation>在卡上创建的密钥对的类型。</translation>
    </message>
    <message>
        <source>A&amp;ttestation:</source>
        <translation>证明(&amp;T):</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>证明</translation>
    </message>
    <message>
        <source>Whether the card can prove to a server that its keys are protected by this computer&apos;s TPM.</source>
        <translation>此卡能否向服务器证明其密钥受此电脑的 TPM 保护。</translation>
    </message>
    <message>
        <source>&amp;Prepare the card for use now (a key pair)</source>
        <translation>立即准备好卡以供使用（一个密钥对）(&amp;P)</translation>
    </message>
    <message>
        <source>Creates a key pair on the card right away, so the card can be used at once.</source>
        <translation>立即在卡上创建一个密钥对，使卡可以马上使用。</translation>
    </message>
    <message>
        <source>Elliptic curve P-256 (recommended)</source>
        <translation>椭圆曲线 P-256（推荐）</translation>
    </message>
    <message>
        <source>RSA 2048 bits</source>
        <translation>RSA 2048 位</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Attestation identity key only</source>
        <translation>仅证明标识密钥</translation>
    </message>
    <message>
        <source>Attestation identity key and certificate (needs network access)</source>
        <translation>证明标识密钥和证书（需要网络访问）</translation>
    </message>
</context>
<context>
    <name>OrganizationPolicy</name>
    <message>
        <source>The policy file %1 cannot be read: %2</source>
        <translation>无法读取策略文件 %1: %2</translation>
    </message>
    <message>
        <source>The policy file %1 does not exist.</source>
        <translation>策略文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The policy file %1 is not a regular file.</source>
        <translation>策略文件 %1 不是常规文件。</translation>
    </message>
    <message>
        <source>this line is not valid UTF-8; save the file as UTF-8.</source>
        <translation>此行不是有效的 UTF-8；请将文件另存为 UTF-8。</translation>
    </message>
    <message>
        <source>this line contains a control character.</source>
        <translation>此行包含控制字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a [Section], a Key=Value line nor a comment.</source>
        <translation>“%1”既不是 [Section]、Key=Value 行，也不是注释。</translation>
    </message>
    <message>
        <source>the section [%1] appears a second time (first on line %2); each section may appear once.</source>
        <translation>节 [%1] 第二次出现（第一次在第 %2 行）；每个节只能出现一次。</translation>
    </message>
    <message>
        <source>the line &quot;%1&quot; has no key before the &quot;=&quot;.</source>
        <translation>行“%1”在“=”之前没有键。</translation>
    </message>
    <message>
        <source>the key %1 (value &quot;%2&quot;) comes before any section; put it under [%3] or [%4].</source>
        <translation>键 %1（值“%2”）位于所有节之前；请将其放在 [%3] 或 [%4] 下。</translation>
    </message>
    <message>
        <source>the key %1 (value &quot;%2&quot;) is unknown; the keys of [%3] are %4.</source>
        <translation>键 %1（值“%2”）未知；[%3] 的键为 %4。</translation>
    </message>
    <message>
        <source>the key %1 is given a second time (first on line %2); each key may be given once.</source>
        <translation>键 %1 第二次出现（第一次在第 %2 行）；每个键只能指定一次。</translation>
    </message>
    <message>
        <source>the PIN policy of this section cannot be used: %1</source>
        <translation>无法使用此节的 PIN 策略：%1</translation>
    </message>
    <message numerus="yes">
        <source>The policy file %1 is larger than %n byte(s); a policy file has a few lines.</source>
        <translation>
            <numerusform>策略文件 %1 大于 %n 个字节；策略文件通常只有几行。</numerusform>
        </translation>
    </message>
    <message>
        <source>the section [%1] is unknown; the sections are [%2] and [%3].</source>
        <extracomment>After &quot;file:line: &quot;. [%2] and [%3] are the section names of the file, kept in English.</extracomment>
        <translation>节 [%1] 未知；可用的节为 [%2] 和 [%3]。</translation>
    </message>
    <message>
        <source>the section [%1] is unknown, and with it the key %2 (value &quot;%3&quot;) on line %4; the sections are [%5] and [%6].</source>
        <extracomment>After &quot;file:line: &quot;. [%5] and [%6] are the section names of the file, kept in English.</extracomment>
        <translation>节 [%1] 未知，因此第 %4 行中的键 %2（值“%3”）也未知；可用的节为 [%5] 和 [%6]。</translation>
    </message>
    <message>
        <source>the key %1 has no value; it must be a whole number from %2 to %3.</source>
        <extracomment>After &quot;file:line: &quot;. %1: a key of the policy file.</extracomment>
        <translation>键 %1 没有值；它必须是 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>the key %1 has the value &quot;%2&quot;; it must be a whole number from %3 to %4.</source>
        <extracomment>After &quot;file:line: &quot;. %1: a key of the policy file; %2: its value.</extracomment>
        <translation>键 %1 的值为“%2”；它必须是 %3 到 %4 之间的整数。</translation>
    </message>
    <message>
        <source>the key %1 has no value; it must be allow, require or disallow.</source>
        <extracomment>After &quot;file:line: &quot;. allow, require and disallow are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>键 %1 没有值；它必须是 allow、require 或 disallow。</translation>
    </message>
    <message>
        <source>the key %1 has the value &quot;%2&quot;; it must be allow, require or disallow.</source>
        <extracomment>After &quot;file:line: &quot;. allow, require and disallow are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>键 %1 的值为“%2”；它必须是 allow、require 或 disallow。</translation>
    </message>
    <message>
        <source>the key %1 has no value; it must be true or false.</source>
        <extracomment>After &quot;file:line: &quot;. true and false are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>键 %1 没有值；它必须是 true 或 false。</translation>
    </message>
    <message>
        <source>the key %1 has the value &quot;%2&quot;; it must be true or false.</source>
        <extracomment>After &quot;file:line: &quot;. true and false are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>键 %1 的值为“%2”；它必须是 true 或 false。</translation>
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
        <translation>请运行“vscwizard --help”查看命令及其选项。</translation>
    </message>
    <message>
        <source>vscwizard: standard input cannot be read.</source>
        <translation>vscwizard：无法读取标准输入。</translation>
    </message>
    <message>
        <source>  - %1</source>
        <translation>  - %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Cannot continue: %1</source>
        <translation>无法继续：%1</translation>
    </message>
    <message>
        <source>No virtual smart cards.</source>
        <translation>没有虚拟智能卡。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Instance id</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>PIN state</source>
        <translation>PIN 状态</translation>
    </message>
    <message>
        <source>TPM: %1</source>
        <translation>TPM: %1</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>恢复</translation>
    </message>
    <message numerus="yes">
        <source>A line of standard input is longer than %n byte(s); no secret is that long.</source>
        <translation>
            <numerusform>标准输入中的一行超过 %n 个字节；没有这么长的机密信息。</numerusform>
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
        <translation>此卡的新 PIN。它必须符合的规则列在下面。</translation>
    </message>
    <message>
        <source>Con&amp;firm PIN:</source>
        <translation>确认 PIN(&amp;F):</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>确认 PIN</translation>
    </message>
    <message>
        <source>Type the same PIN again.</source>
        <translation>请再次输入相同的 PIN。</translation>
    </message>
    <message>
        <source>&amp;Show PIN</source>
        <translation>显示 PIN(&amp;S)</translation>
    </message>
    <message>
        <source>Shows the PIN as plain text instead of dots. Make sure nobody is watching.</source>
        <translation>以纯文本而不是圆点显示 PIN。请确保没有人在旁边看。</translation>
    </message>
    <message>
        <source>PIN check</source>
        <translation>PIN 检查</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>The PIN must meet these &amp;rules:</source>
        <translation>PIN 必须符合以下规则(&amp;R):</translation>
    </message>
    <message>
        <source>PIN rules</source>
        <translation>PIN 规则</translation>
    </message>
    <message>
        <source>Each rule is marked as met or not met while you type.</source>
        <translation>输入时，每条规则都会标记为已满足或未满足。</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>新 PIN(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;New PUK:</source>
        <translation>新 PUK(&amp;N):</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>新 PIN</translation>
    </message>
    <message>
        <source>New PUK</source>
        <translation>新 PUK</translation>
    </message>
    <message>
        <source>The card&apos;s new PIN. The rules it must meet are listed below.</source>
        <translation>此卡的新 PIN。它必须符合的规则列在下面。</translation>
    </message>
    <message>
        <source>The card&apos;s new PUK: 8 to 127 characters, not the PIN.</source>
        <translation>此卡的新 PUK：8 到 127 个字符，且不能与 PIN 相同。</translation>
    </message>
    <message>
        <source>Con&amp;firm new PIN:</source>
        <translation>确认新 PIN(&amp;F):</translation>
    </message>
    <message>
        <source>Con&amp;firm new PUK:</source>
        <translation>确认新 PUK(&amp;F):</translation>
    </message>
    <message>
        <source>Confirm new PIN</source>
        <translation>确认新 PIN</translation>
    </message>
    <message>
        <source>Confirm new PUK</source>
        <translation>确认新 PUK</translation>
    </message>
    <message>
        <source>Type the same PUK again.</source>
        <translation>请再次输入相同的 PUK。</translation>
    </message>
    <message>
        <source>&amp;Show PUK</source>
        <translation>显示 PUK(&amp;S)</translation>
    </message>
    <message>
        <source>Broken</source>
        <extracomment>The state of a PIN rule, read out by screen readers: the PIN breaks this rule.</extracomment>
        <translation>已违反</translation>
    </message>
    <message>
        <source>Met</source>
        <extracomment>The state of a PIN rule, read out by screen readers: &quot;Met&quot; = the PIN keeps the rule; &quot;Not met yet&quot; = it does not keep it yet.</extracomment>
        <translation>已满足</translation>
    </message>
    <message>
        <source>Not met yet</source>
        <translation>尚未满足</translation>
    </message>
    <message>
        <source>The PIN contains a character the rules do not allow (“%1”). Remove it.</source>
        <translation>PIN 包含规则不允许的字符（“%1”）。请将其删除。</translation>
    </message>
    <message>
        <source>The PIN is too long (“%1”). Shorten it.</source>
        <translation>PIN 太长（“%1”）。请缩短它。</translation>
    </message>
    <message>
        <source>The two PINs do not match.</source>
        <translation>两次输入的 PIN 不一致。</translation>
    </message>
    <message>
        <source>The two PUKs do not match.</source>
        <translation>两次输入的 PUK 不一致。</translation>
    </message>
    <message>
        <source>The PUKs match.</source>
        <translation>PUK 一致。</translation>
    </message>
    <message>
        <source>Type the PIN again in the second field to confirm it.</source>
        <translation>请在第二个字段中再次输入 PIN 以进行确认。</translation>
    </message>
    <message>
        <source>Type the PUK again in the second field to confirm it.</source>
        <translation>请在第二个字段中再次输入 PUK 以进行确认。</translation>
    </message>
    <message>
        <source>The PINs match.</source>
        <translation>PIN 一致。</translation>
    </message>
    <message>
        <source>The PINs match, but not every rule below is met yet.</source>
        <translation>PIN 一致，但下面的规则尚未全部满足。</translation>
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
        <translation>每次使用此卡时，都需要用 PIN 解锁。请选择一个你记得住的 PIN；不要让其他人知道。</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>PIN(&amp;P):</translation>
    </message>
    <message>
        <source>The new PIN of the card. The rules it must meet are listed below.</source>
        <translation>此卡的新 PIN。它必须符合的规则列在下面。</translation>
    </message>
    <message>
        <source>Con&amp;firm PIN:</source>
        <translation>确认 PIN(&amp;F):</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>确认 PIN</translation>
    </message>
    <message>
        <source>The PIN you entered before is kept. Type a new one to change it.</source>
        <translation>将保留你之前输入的 PIN。要更改它，请输入新的 PIN。</translation>
    </message>
</context>
<context>
    <name>PinPolicy</name>
    <message>
        <source>The minimum PIN length is %1; it must be at least %2.</source>
        <translation>PIN 最小长度为 %1；它必须至少为 %2。</translation>
    </message>
    <message>
        <source>The maximum PIN length is %1; it can be at most %2.</source>
        <translation>PIN 最大长度为 %1；它最多只能为 %2。</translation>
    </message>
    <message>
        <source>The minimum PIN length (%1) is greater than the maximum (%2).</source>
        <translation>PIN 最小长度 (%1) 大于最大长度 (%2)。</translation>
    </message>
    <message>
        <source>The policy disallows every kind of character, so no PIN can meet it.</source>
        <translation>该策略禁止所有类型的字符，因此没有 PIN 能符合它。</translation>
    </message>
    <message numerus="yes">
        <source>The policy requires %1 kinds of character, but a PIN may have at most %n character(s).</source>
        <translation>
            <numerusform>该策略要求 %1 种字符，但 PIN 最多只能有 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n byte(s) (ä or € count as 2 or 3)</source>
        <translation>
            <numerusform>至少 %n 个字节（ä 或 € 计为 2 或 3 个字节）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n byte(s) (ä or € count as 2 or 3)</source>
        <translation>
            <numerusform>最多 %n 个字节（ä 或 € 计为 2 或 3 个字节）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n character(s)</source>
        <translation>
            <numerusform>最多 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>At least one uppercase letter (A-Z)</source>
        <translation>至少一个大写字母 (A-Z)</translation>
    </message>
    <message>
        <source>At least one lowercase letter (a-z)</source>
        <translation>至少一个小写字母 (a-z)</translation>
    </message>
    <message>
        <source>At least one digit (0-9)</source>
        <translation>至少一个数字 (0-9)</translation>
    </message>
    <message>
        <source>At least one special character, such as a space or !#%+-</source>
        <translation>至少一个特殊字符，例如空格或 !#%+-</translation>
    </message>
    <message>
        <source>At least one character beyond plain ASCII, such as ä or €</source>
        <translation>至少一个纯 ASCII 以外的字符，例如 ä 或 €</translation>
    </message>
    <message>
        <source>No uppercase letters (A-Z)</source>
        <translation>不含大写字母 (A-Z)</translation>
    </message>
    <message>
        <source>No lowercase letters (a-z)</source>
        <translation>不含小写字母 (a-z)</translation>
    </message>
    <message>
        <source>No digits (0-9)</source>
        <translation>不含数字 (0-9)</translation>
    </message>
    <message>
        <source>No special characters (spaces, punctuation, symbols)</source>
        <translation>不含特殊字符（空格、标点符号、符号）</translation>
    </message>
    <message>
        <source>No characters beyond plain ASCII (such as ä or €) and no control characters</source>
        <translation>不含纯 ASCII 以外的字符（例如 ä 或 €），也不含控制字符</translation>
    </message>
    <message numerus="yes">
        <source>The PIN policy has %n byte(s); it must have exactly %1.</source>
        <translation>
            <numerusform>PIN 策略有 %n 个字节；它必须正好有 %1 个字节。</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN policy&apos;s reserved field is %1; it must be 1.</source>
        <translation>PIN 策略的保留字段为 %1；它必须为 1。</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s minimum length is %1; it must be from %2 to %3.</source>
        <translation>PIN 策略的最小长度为 %1；它必须在 %2 到 %3 之间。</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s maximum length is %1; it must be from %2 to %3.</source>
        <translation>PIN 策略的最大长度为 %1；它必须在 %2 到 %3 之间。</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s minimum length (%1) is greater than its maximum length (%2).</source>
        <translation>PIN 策略的最小长度 (%1) 大于其最大长度 (%2)。</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s rule for %1 is %2; only 0 (allow), 1 (require) and 2 (disallow) exist.</source>
        <extracomment>%1 is the rule&apos;s name as Windows stores it (uppercase, lowercase, digits, special), %2 a number.</extracomment>
        <translation>PIN 策略中 %1 的规则为 %2；只有 0（允许）、1（要求）和 2（禁止）。</translation>
    </message>
    <message>
        <source>uppercase letters</source>
        <translation>大写字母</translation>
    </message>
    <message>
        <source>lowercase letters</source>
        <translation>小写字母</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>special characters</source>
        <translation>特殊字符</translation>
    </message>
    <message>
        <source>other characters</source>
        <translation>其他字符</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Creating the Card</source>
        <translation>正在创建卡</translation>
    </message>
    <message>
        <source>Please wait while the card is created.</source>
        <translation>正在创建卡，请稍候。</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>当前步骤</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>How far the creation of the card has got.</source>
        <translation>卡的创建进度。</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;What Went Wrong?</source>
        <translation>出了什么问题(&amp;W)</translation>
    </message>
    <message>
        <source>Shows the error again: what went wrong, what to do, and the details.</source>
        <translation>再次显示错误：出了什么问题、解决方法以及详细信息。</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Tries to create the same card again.</source>
        <translation>再次尝试创建同一张卡。</translation>
    </message>
    <message>
        <source>C&amp;hange Choices</source>
        <translation>更改选择(&amp;H)</translation>
    </message>
    <message>
        <source>Goes back to the summary, from where you can change the name, the PIN or the other choices.</source>
        <translation>返回摘要，你可以在那里更改名称、PIN 或其他选择。</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stops creating the card. Nothing is left behind.</source>
        <translation>停止创建卡。不会留下任何内容。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Stopping and removing what was created so far…</source>
        <translation>正在停止并删除目前已创建的内容…</translation>
    </message>
    <message>
        <source>The card was created.</source>
        <translation>已创建卡。</translation>
    </message>
    <message>
        <source>Stopped</source>
        <extracomment>The text inside the progress bar after the user stopped the create.
----------
What a screen reader says of the progress bar after the user stopped the create.</extracomment>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <extracomment>The stage line under the progress bar after the user stopped the create.</extracomment>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>No card was created. You can try again, or close the wizard.</source>
        <translation>未创建卡。你可以重试，或关闭向导。</translation>
    </message>
    <message>
        <source>The card could not be created: %1</source>
        <translation>无法创建卡：%1</translation>
    </message>
    <message>
        <source>You can try again, or change your choices.</source>
        <translation>你可以重试，或更改你的选择。</translation>
    </message>
    <message>
        <source>Failed at %p%</source>
        <extracomment>Shown in the progress bar when the creation failed; %p% is the bar&apos;s percentage (Qt fills in the number).</extracomment>
        <translation>在 %p% 处失败</translation>
    </message>
    <message>
        <source>The Card Was Not Created</source>
        <translation>未创建卡</translation>
    </message>
    <message>
        <source>The card could not be created.</source>
        <translation>无法创建卡。</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Creating the Card Was Stopped</source>
        <translation>已停止创建卡</translation>
    </message>
    <message>
        <source>Nothing of the card was left behind.</source>
        <translation>未留下此卡的任何内容。</translation>
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
        <translation>恢复</translation>
    </message>
    <message>
        <source>Organization rules</source>
        <translation>组织规则</translation>
    </message>
    <message>
        <source>The PUK resets the PIN. It is a second secret of 8 to 127 characters.</source>
        <translation>PUK 用于重置 PIN。它是第二个机密信息，长度为 8 到 127 个字符。</translation>
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
        <translation>8 到 127 个字符。请与 PIN 分开保管。</translation>
    </message>
    <message>
        <source>C&amp;onfirm PUK:</source>
        <translation>确认 PUK(&amp;O):</translation>
    </message>
    <message>
        <source>Confirm PUK</source>
        <translation>确认 PUK</translation>
    </message>
    <message>
        <source>Type the same PUK again.</source>
        <translation>请再次输入相同的 PUK。</translation>
    </message>
    <message>
        <source>S&amp;how PUK</source>
        <translation>显示 PUK(&amp;H)</translation>
    </message>
    <message>
        <source>Shows the PUK as plain text instead of dots.</source>
        <translation>以纯文本而不是圆点显示 PUK。</translation>
    </message>
    <message>
        <source>PUK check</source>
        <translation>PUK 检查</translation>
    </message>
    <message>
        <source>Admin key beside the PUK</source>
        <extracomment>A title: the admin key the card keeps in addition to the PUK.</extracomment>
        <translation>PUK 之外的管理员密钥</translation>
    </message>
    <message>
        <source>Use an &amp;admin key (48 hexadecimal digits)</source>
        <translation>使用管理员密钥（48 位十六进制数字）(&amp;A)</translation>
    </message>
    <message>
        <source>The admin key is a 3DES key that an administrator uses to reset the PIN.</source>
        <translation>管理员密钥是管理员用来重置 PIN 的 3DES 密钥。</translation>
    </message>
    <message>
        <source>&amp;Default key</source>
        <translation>默认密钥(&amp;D)</translation>
    </message>
    <message>
        <source>The publicly known default key of virtual smart cards. Anyone who knows it can reset the PIN.</source>
        <translation>虚拟智能卡公开已知的默认密钥。任何知道它的人都可以重置 PIN。</translation>
    </message>
    <message>
        <source>&amp;Random key, never shown</source>
        <translation>随机密钥，从不显示(&amp;R)</translation>
    </message>
    <message>
        <source>Nobody will know the key: the card can then never be reset, only removed.</source>
        <translation>没有人会知道此密钥：这样此卡将永远无法重置，只能删除。</translation>
    </message>
    <message>
        <source>&amp;Enter a key</source>
        <translation>输入密钥(&amp;E)</translation>
    </message>
    <message>
        <source>Type a key of 48 hexadecimal digits, for example one your administrator gave you.</source>
        <translation>请输入 48 位十六进制数字的密钥，例如管理员提供给你的密钥。</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>密钥(&amp;K):</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>管理员密钥</translation>
    </message>
    <message>
        <source>48 hexadecimal digits; spaces or colons between the byte pairs are allowed.</source>
        <translation>48 位十六进制数字；字节对之间可以有空格或冒号。</translation>
    </message>
    <message>
        <source>48 hex digits</source>
        <translation>48 位十六进制数字</translation>
    </message>
    <message>
        <source>Sho&amp;w key</source>
        <translation>显示密钥(&amp;W)</translation>
    </message>
    <message>
        <source>Shows the admin key as plain text instead of dots.</source>
        <translation>以纯文本而不是圆点显示管理员密钥。</translation>
    </message>
    <message>
        <source>Admin key check</source>
        <translation>管理员密钥检查</translation>
    </message>
    <message>
        <source>Your organization requires a PUK.</source>
        <translation>你的组织要求使用 PUK。</translation>
    </message>
    <message>
        <source>Your organization does not allow the default admin key.</source>
        <translation>你的组织不允许使用默认管理员密钥。</translation>
    </message>
    <message>
        <source>Your organization does not allow a random admin key.</source>
        <translation>你的组织不允许使用随机管理员密钥。</translation>
    </message>
    <message>
        <source>Also set the card&apos;s &amp;admin key, as your organization requires</source>
        <translation>按照组织的要求，同时设置卡的管理员密钥(&amp;A)</translation>
    </message>
    <message>
        <source>Type the PUK again in the second field to confirm it.</source>
        <translation>请在第二个字段中再次输入 PUK 以进行确认。</translation>
    </message>
    <message>
        <source>The two PUKs do not match.</source>
        <translation>两次输入的 PUK 不一致。</translation>
    </message>
    <message>
        <source>The PUK you entered before is kept. Type a new one to change it.</source>
        <translation>将保留你之前输入的 PUK。要更改它，请输入新的 PUK。</translation>
    </message>
    <message>
        <source>The PUKs match.</source>
        <translation>PUK 一致。</translation>
    </message>
    <message>
        <source>The card also gets a random admin key that nobody knows: only the PUK can reset the PIN.</source>
        <translation>此卡还会获得一个无人知道的随机管理员密钥：只有 PUK 能重置 PIN。</translation>
    </message>
    <message>
        <source>The card also keeps the publicly known default admin key (check value %1), because your organization does not allow a random one. Anyone who has the card can reset its PIN with that key, without the PUK.</source>
        <translation>由于你的组织不允许使用随机管理员密钥，此卡还会保留公开已知的默认管理员密钥（校验值 %1）。任何拿到此卡的人都可以用该密钥重置其 PIN，而无需 PUK。</translation>
    </message>
    <message>
        <source>The default key is publicly known: anyone who has the card can reset its PIN with it. Its check value (KCV) is %1.</source>
        <translation>默认密钥是公开已知的：任何拿到此卡的人都可以用它重置其 PIN。其校验值 (KCV) 为 %1。</translation>
    </message>
    <message>
        <source>The key you entered before is kept (check value %1). Type a new one to change it.</source>
        <translation>将保留你之前输入的密钥（校验值 %1）。要更改它，请输入新的密钥。</translation>
    </message>
    <message>
        <source>Type the key as 48 hexadecimal digits.</source>
        <translation>请以 48 位十六进制数字输入密钥。</translation>
    </message>
    <message>
        <source>Check value (KCV): %1. Compare it with the one you were given.</source>
        <translation>校验值 (KCV): %1。请将它与提供给你的校验值进行比较。</translation>
    </message>
    <message>
        <source>If the PIN is forgotten or blocked after too many wrong tries, it is reset with a PUK or with the card&apos;s admin key.</source>
        <translation>如果忘记了 PIN，或因错误尝试过多而导致 PIN 被阻止，可以使用 PUK 或卡的管理员密钥重置 PIN。</translation>
    </message>
    <message>
        <source>Use a &amp;PUK (PIN unblocking key) that you keep in a safe place</source>
        <translation>使用保存在安全位置的 PUK（PIN 解锁密钥）(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>Type a PUK of %1 to %n character(s).</source>
        <translation>
            <numerusform>请输入 %1 到 %n 个字符的 PUK。</numerusform>
        </translation>
    </message>
    <message>
        <source>With a random key the card can never be reset. If the PIN is forgotten or blocked, the card can only be removed and a new one created.</source>
        <translation>使用随机密钥时，此卡永远无法重置。如果忘记了 PIN 或 PIN 被阻止，只能删除此卡并创建一张新卡。</translation>
    </message>
</context>
<context>
    <name>RemoveCardDialog</name>
    <message>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Removing the card “%1” destroys its keys. Whatever they protect (sign-in, signatures, encrypted mail) can no longer be opened with this card. This cannot be undone.</source>
        <translation>删除卡“%1”会销毁其密钥。这些密钥所保护的内容（登录、签名、加密邮件）将无法再用此卡打开。此操作无法撤消。</translation>
    </message>
    <message>
        <source>To confirm, type the card&apos;s &amp;name: %1</source>
        <translation>若要确认，请输入卡的名称(&amp;N): %1</translation>
    </message>
    <message>
        <source>Card name to confirm</source>
        <translation>用于确认的卡名称</translation>
    </message>
    <message>
        <source>&amp;Remove card</source>
        <translation>删除卡(&amp;R)</translation>
    </message>
    <message>
        <source>Removing the card…</source>
        <translation>正在删除卡…</translation>
    </message>
    <message>
        <source>The card “%1” was removed. Restart the computer to finish.</source>
        <translation>已删除卡“%1”。请重新启动电脑以完成操作。</translation>
    </message>
    <message>
        <source>The card “%1” was removed.</source>
        <translation>已删除卡“%1”。</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Type “%1” to enable Remove card.</source>
        <translation>输入“%1”以启用“删除卡”。</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Card Created</source>
        <translation>已创建卡</translation>
    </message>
    <message>
        <source>Your virtual smart card is ready.</source>
        <translation>你的虚拟智能卡已准备就绪。</translation>
    </message>
    <message>
        <source>&amp;Instance ID:</source>
        <translation>实例 ID(&amp;I):</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <source>Identifies the card, for example to remove it later.</source>
        <translation>用于识别此卡，例如以后删除它时。</translation>
    </message>
    <message>
        <source>Restart the computer before using the card: applications see it only after a restart.</source>
        <translation>使用此卡前请重新启动电脑：应用程序只有在重新启动后才能看到它。</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>需要重新启动</translation>
    </message>
    <message>
        <source>How to &amp;use the card:</source>
        <translation>如何使用此卡(&amp;U):</translation>
    </message>
    <message>
        <source>How to use the card</source>
        <translation>如何使用此卡</translation>
    </message>
    <message>
        <source>Settings for applications such as ssh or a web browser. You can select and copy them.</source>
        <translation>适用于 ssh 或 Web 浏览器等应用程序的设置。你可以选择并复制它们。</translation>
    </message>
    <message>
        <source>Lines for a terminal</source>
        <translation>用于终端的命令行</translation>
    </message>
    <message>
        <source>Shell commands that set up a terminal that is already open and use the card there.</source>
        <translation>用于设置已打开的终端并在其中使用此卡的 Shell 命令。</translation>
    </message>
    <message>
        <source>&amp;Manage cards…</source>
        <translation>管理卡(&amp;M)…</translation>
    </message>
    <message>
        <source>Opens the card manager: change, reset or remove the cards you have.</source>
        <translation>打开卡管理器：更改、重置或删除你已有的卡。</translation>
    </message>
    <message>
        <source>&amp;Copy the lines</source>
        <translation>复制这些行(&amp;C)</translation>
    </message>
    <message>
        <source>Puts the lines for a terminal on the clipboard.</source>
        <translation>将用于终端的命令行放到剪贴板上。</translation>
    </message>
    <message>
        <source>The virtual smart card “%1” was created.</source>
        <translation>已创建虚拟智能卡“%1”。</translation>
    </message>
</context>
<context>
    <name>SecretChangeDialog</name>
    <message>
        <source>Reset with</source>
        <translation>重置方式</translation>
    </message>
    <message>
        <source>The card&apos;s P&amp;UK</source>
        <translation>卡的 PUK(&amp;U)</translation>
    </message>
    <message>
        <source>The card&apos;s &amp;admin key (48 hexadecimal digits)</source>
        <translation>卡的管理员密钥（48 位十六进制数字）(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;urrent PIN:</source>
        <translation>当前 PIN(&amp;U):</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <source>Change PIN of %1</source>
        <translation>更改 %1 的 PIN</translation>
    </message>
    <message>
        <source>Type the current PIN of the card “%1”, then the new PIN twice.</source>
        <translation>请输入卡“%1”的当前 PIN，然后输入两次新 PIN。</translation>
    </message>
    <message>
        <source>&amp;Change PIN</source>
        <translation>更改 PIN(&amp;C)</translation>
    </message>
    <message>
        <source>Reset PIN of %1</source>
        <translation>重置 %1 的 PIN</translation>
    </message>
    <message>
        <source>A new PIN for the card “%1”, for when the PIN is forgotten or blocked. Type the secret that was set for this when the card was made, then the new PIN twice.</source>
        <translation>为卡“%1”设置新 PIN，用于忘记 PIN 或 PIN 被阻止的情况。请输入创建卡时为此设置的机密信息，然后输入两次新 PIN。</translation>
    </message>
    <message>
        <source>&amp;Reset PIN</source>
        <translation>重置 PIN(&amp;R)</translation>
    </message>
    <message>
        <source>Change PUK of %1</source>
        <translation>更改 %1 的 PUK</translation>
    </message>
    <message>
        <source>Type the current PUK of the card “%1”, then the new PUK twice. Keep the new PUK somewhere safe: it resets the PIN.</source>
        <translation>请输入卡“%1”的当前 PUK，然后输入两次新 PUK。请将新 PUK 保存在安全的地方：它可以重置 PIN。</translation>
    </message>
    <message>
        <source>&amp;Change PUK</source>
        <translation>更改 PUK(&amp;C)</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>当前 PIN</translation>
    </message>
    <message>
        <source>The PIN the card has now.</source>
        <translation>此卡目前的 PIN。</translation>
    </message>
    <message>
        <source>C&amp;urrent PUK:</source>
        <translation>当前 PUK(&amp;U):</translation>
    </message>
    <message>
        <source>Current PUK</source>
        <translation>当前 PUK</translation>
    </message>
    <message>
        <source>The PUK the card has now.</source>
        <translation>此卡目前的 PUK。</translation>
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
        <translation>创建卡时设置的 PUK。</translation>
    </message>
    <message>
        <source>Ad&amp;min key:</source>
        <translation>管理员密钥(&amp;M):</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>管理员密钥</translation>
    </message>
    <message>
        <source>The card&apos;s admin key: 48 hexadecimal digits.</source>
        <translation>卡的管理员密钥：48 位十六进制数字。</translation>
    </message>
    <message>
        <source>Changing the PIN…</source>
        <translation>正在更改 PIN…</translation>
    </message>
    <message>
        <source>Resetting the PIN…</source>
        <translation>正在重置 PIN…</translation>
    </message>
    <message>
        <source>Changing the PUK…</source>
        <translation>正在更改 PUK…</translation>
    </message>
    <message>
        <source>The PIN of “%1” was changed.</source>
        <translation>已更改“%1”的 PIN。</translation>
    </message>
    <message>
        <source>The PIN of “%1” was reset. Use the new PIN from now on.</source>
        <translation>已重置“%1”的 PIN。从现在起请使用新 PIN。</translation>
    </message>
    <message>
        <source>The PUK of “%1” was changed.</source>
        <translation>已更改“%1”的 PUK。</translation>
    </message>
    <message>
        <source>Reading the TPM&apos;s lockout state…</source>
        <translation>正在读取 TPM 的锁定状态…</translation>
    </message>
    <message>
        <source>TPM lockout state: %1</source>
        <translation>TPM 锁定状态：%1</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <source>The two entries differ. Try again.</source>
        <translation>两次输入不一致。请重试。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>SimulatorBackend</name>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not a card error name such as CARD:WRONG_PIN or CARD:TPM_LOCKOUT.</source>
        <translation>--sim-fail: “%1”不是卡错误名称，例如 CARD:WRONG_PIN 或 CARD:TPM_LOCKOUT。</translation>
    </message>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not one of change-pin, reset-pin, change-puk or status.</source>
        <translation>--sim-fail: “%1”不是 change-pin、reset-pin、change-puk 或 status 之一。</translation>
    </message>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not a TPMVSCMGR_ERROR name such as CARD_CREATE or GENERATE_FILESYSTEM.</source>
        <translation>--sim-fail: “%1”不是 TPMVSCMGR_ERROR 名称，例如 CARD_CREATE 或 GENERATE_FILESYSTEM。</translation>
    </message>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not a TPMVSCMGR_STATUS name such as VREADER_CREATING or GENERATE_RUNNING.</source>
        <translation>--sim-fail: “%1”不是 TPMVSCMGR_STATUS 名称，例如 VREADER_CREATING 或 GENERATE_RUNNING。</translation>
    </message>
    <message>
        <source>Simulator — no card is really created</source>
        <translation>模拟器 — 不会真正创建卡</translation>
    </message>
    <message numerus="yes">
        <source>%n smart card(s) exist already, the most there can be at once. Remove one first.</source>
        <translation>
            <numerusform>已存在 %n 张智能卡，已达到可同时存在的上限。请先删除一张。</numerusform>
        </translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>没有此卡</translation>
    </message>
    <message>
        <source>No simulated card has the instance id “%1”.</source>
        <translation>没有实例 ID 为“%1”的模拟卡。</translation>
    </message>
    <message>
        <source>“vscwizard list” shows the cards and their instance ids; another program may have removed this one already.</source>
        <translation>“vscwizard list”会显示卡及其实例 ID；此卡可能已被其他程序删除。</translation>
    </message>
    <message>
        <source>The simulator&apos;s state folder is busy</source>
        <translation>模拟器的状态文件夹正忙</translation>
    </message>
    <message numerus="yes">
        <source>Another process kept the simulator&apos;s state folder %1 locked for %n second(s).</source>
        <translation>
            <numerusform>另一个进程将模拟器的状态文件夹 %1 锁定了 %n 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until the other vscwizard has finished, then try again. Nothing was changed.</source>
        <translation>请等待另一个 vscwizard 完成，然后重试。未做任何更改。</translation>
    </message>
    <message>
        <source>The simulator cannot keep cards</source>
        <translation>模拟器无法保存卡</translation>
    </message>
    <message>
        <source>The simulator cannot write its cards to the state folder %1.</source>
        <translation>模拟器无法将其卡写入状态文件夹 %1。</translation>
    </message>
    <message>
        <source>Give --sim-state a folder you may write to, on a disk with free space.</source>
        <translation>请为 --sim-state 指定一个你有写入权限、且位于有可用空间的磁盘上的文件夹。</translation>
    </message>
    <message>
        <source>This card&apos;s secrets cannot be checked</source>
        <translation>无法检查此卡的机密信息</translation>
    </message>
    <message>
        <source>The simulated card %1 was made before the simulator kept what its PIN, PUK and admin key are checked against, so they can be neither changed nor reset.</source>
        <translation>模拟卡 %1 创建于模拟器开始保存其 PIN、PUK 和管理员密钥的校验依据之前，因此这些机密信息既无法更改也无法重置。</translation>
    </message>
    <message>
        <source>Remove the card and create it again.</source>
        <translation>请删除此卡并重新创建。</translation>
    </message>
    <message>
        <source>This card has no PUK</source>
        <translation>此卡没有 PUK</translation>
    </message>
    <message>
        <source>The card %1 was made without a PUK.</source>
        <translation>卡 %1 创建时没有 PUK。</translation>
    </message>
    <message>
        <source>Reset its PIN with the admin key instead.</source>
        <translation>请改用管理员密钥重置其 PIN。</translation>
    </message>
    <message>
        <source>Nobody knows this card&apos;s admin key</source>
        <translation>没有人知道此卡的管理员密钥</translation>
    </message>
    <message>
        <source>The admin key of the card %1 is random and was kept nowhere.</source>
        <translation>卡 %1 的管理员密钥是随机的，且未保存在任何地方。</translation>
    </message>
    <message>
        <source>Reset its PIN with the PUK instead.</source>
        <translation>请改用 PUK 重置其 PIN。</translation>
    </message>
    <message>
        <source>A card named &quot;%1&quot; exists already (%2).</source>
        <translation>已存在名为“%1”的卡（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>%n smart card(s) exist already, the most there can be at once.</source>
        <translation>
            <numerusform>已存在 %n 张智能卡，已达到可同时存在的上限。</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulated failure at %1</source>
        <extracomment>The simulator (a test tool) fails on purpose; %1 is the name of a status such as TPMVSCMGR_STATUS_CARD_CREATED.</extracomment>
        <translation>在 %1 处模拟失败</translation>
    </message>
    <message>
        <source>The state folder %1 is locked by another process.</source>
        <translation>状态文件夹 %1 已被另一个进程锁定。</translation>
    </message>
    <message>
        <source>This card exists only as a file in %1; no application can use it.</source>
        <translation>此卡仅以文件形式存在于 %1 中；任何应用程序都无法使用它。</translation>
    </message>
    <message>
        <source>No simulated card has the instance id %1.</source>
        <translation>没有实例 ID 为 %1 的模拟卡。</translation>
    </message>
    <message>
        <source>Simulated failure of status</source>
        <extracomment>The simulator (a test tool) fails on purpose; &quot;status&quot; is the command of that name.</extracomment>
        <translation>模拟状态查询失败</translation>
    </message>
    <message>
        <source>The simulated card checks the secret…</source>
        <translation>模拟卡正在检查机密信息…</translation>
    </message>
    <message>
        <source>Simulated failure of %1</source>
        <translation>模拟 %1 失败</translation>
    </message>
</context>
<context>
    <name>SimulatorStore</name>
    <message>
        <source>The folder %1 cannot be written.</source>
        <translation>无法写入文件夹 %1。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>无法删除 %1: %2</translation>
    </message>
</context>
<context>
    <name>SoftwareTpm</name>
    <message>
        <source>The software TPM is already running.</source>
        <translation>软件 TPM 已在运行。</translation>
    </message>
    <message>
        <source>The program swtpm was not found. Install the package swtpm.</source>
        <translation>找不到程序 swtpm。请安装软件包 swtpm。</translation>
    </message>
    <message>
        <source>The TPM resource manager tpm2-abrmd was not found. Install the packages tpm2-abrmd and libtss2-tcti-tabrmd0.</source>
        <translation>找不到 TPM 资源管理器 tpm2-abrmd。请安装软件包 tpm2-abrmd 和 libtss2-tcti-tabrmd0。</translation>
    </message>
    <message>
        <source>The software TPM is running (%1).</source>
        <translation>软件 TPM 正在运行（%1）。</translation>
    </message>
    <message>
        <source>The software TPM could not be started.</source>
        <translation>无法启动软件 TPM。</translation>
    </message>
    <message>
        <source>%1 failed to start.</source>
        <translation>%1 启动失败。</translation>
    </message>
    <message>
        <source>This session has no D-Bus session bus, and the program dbus-daemon was not found. Install the package dbus-daemon.</source>
        <translation>此会话没有 D-Bus 会话总线，且找不到程序 dbus-daemon。请安装软件包 dbus-daemon。</translation>
    </message>
    <message>
        <source>The TPM resource manager did not come up on the D-Bus session bus as %1.</source>
        <translation>TPM 资源管理器未以 %1 的名称出现在 D-Bus 会话总线上。</translation>
    </message>
    <message>
        <source>The software TPM does not answer through its resource manager: %1</source>
        <translation>软件 TPM 未通过其资源管理器应答：%1</translation>
    </message>
    <message>
        <source>The software TPM is not running.</source>
        <translation>软件 TPM 未运行。</translation>
    </message>
    <message>
        <source>The software TPM was shut down.</source>
        <translation>软件 TPM 已关闭。</translation>
    </message>
    <message>
        <source>The software TPM could not be shut down cleanly.</source>
        <translation>无法正常关闭软件 TPM。</translation>
    </message>
    <message>
        <source>The user service %1 did not stop.</source>
        <translation>用户服务 %1 未停止。</translation>
    </message>
    <message>
        <source>The software TPM is running as the user service %1; its socket is %2. Keys are not protected by hardware.</source>
        <translation>软件 TPM 正作为用户服务 %1 运行；其套接字为 %2。密钥不受硬件保护。</translation>
    </message>
    <message>
        <source>The software TPM is running as a background process; its socket is %1. Keys are not protected by hardware.</source>
        <translation>软件 TPM 正作为后台进程运行；其套接字为 %1。密钥不受硬件保护。</translation>
    </message>
    <message>
        <source>The software TPM is stopped; its state is kept in %1.</source>
        <translation>软件 TPM 已停止；其状态保存在 %1 中。</translation>
    </message>
    <message>
        <source>The software TPM has not been set up yet; it starts when a card needs it.</source>
        <translation>软件 TPM 尚未设置；当卡需要它时会自动启动。</translation>
    </message>
    <message>
        <source>Its resource manager tpm2-abrmd is running as %1 on the D-Bus session bus.</source>
        <translation>其资源管理器 tpm2-abrmd 正以 %1 的名称在 D-Bus 会话总线上运行。</translation>
    </message>
    <message>
        <source>Its resource manager tpm2-abrmd is not running; it starts when a card needs it.</source>
        <translation>其资源管理器 tpm2-abrmd 未运行；当卡需要它时会自动启动。</translation>
    </message>
    <message>
        <source>This session has no D-Bus session bus; the software TPM brings its own at %1.</source>
        <translation>此会话没有 D-Bus 会话总线；软件 TPM 在 %1 提供自己的会话总线。</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use start, stop or status.</source>
        <translation>未知操作“%1”：请使用 start、stop 或 status。</translation>
    </message>
    <message numerus="yes">
        <source>swtpm did not open %1 within %n second(s).</source>
        <translation>
            <numerusform>swtpm 未在 %n 秒内打开 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Check what will be created. Use Back to change anything.</source>
        <translation>请检查将要创建的内容。使用“上一步”可进行更改。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称:</translation>
    </message>
    <message>
        <source>Card name</source>
        <translation>卡名称</translation>
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
        <translation>恢复:</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Admin key:</source>
        <translation>管理员密钥:</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>管理员密钥</translation>
    </message>
    <message>
        <source>Prepared now:</source>
        <extracomment>Followed by what is made on the card right away (its file system, a key pair).</extracomment>
        <translation>立即准备:</translation>
    </message>
    <message>
        <source>Prepared now</source>
        <extracomment>Followed by what is made on the card right away (its file system, a key pair).</extracomment>
        <translation>立即准备</translation>
    </message>
    <message>
        <source>Key algorithm:</source>
        <translation>密钥算法:</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>密钥算法</translation>
    </message>
    <message>
        <source>Attestation:</source>
        <translation>证明:</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>证明</translation>
    </message>
    <message>
        <source>Created by:</source>
        <extracomment>Followed by what makes and keeps the card: the computer&apos;s TPM, a software TPM or a simulator.</extracomment>
        <translation>创建方:</translation>
    </message>
    <message>
        <source>Created by</source>
        <extracomment>Followed by what makes and keeps the card: the computer&apos;s TPM, a software TPM or a simulator.</extracomment>
        <translation>创建方</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Press Create to create the card. This can take a minute; the secrets you typed are not shown here.</source>
        <translation>按“创建”以创建卡。这可能需要一分钟；你输入的机密信息不会在此处显示。</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>The PIN can be reset with the PUK you chose</source>
        <translation>可以使用你选择的 PUK 重置 PIN</translation>
    </message>
    <message>
        <source>None (the PUK takes its place)</source>
        <translation>无（由 PUK 取代）</translation>
    </message>
    <message>
        <source>The PIN can be reset only with the PUK you chose</source>
        <translation>只能使用你选择的 PUK 重置 PIN</translation>
    </message>
    <message>
        <source>A random key that nobody knows</source>
        <translation>无人知道的随机密钥</translation>
    </message>
    <message>
        <source>The PIN can be reset with the PUK you chose or with the admin key you entered</source>
        <translation>可以使用你选择的 PUK 或你输入的管理员密钥重置 PIN</translation>
    </message>
    <message>
        <source>The PIN can be reset with the admin key you entered</source>
        <translation>可以使用你输入的管理员密钥重置 PIN</translation>
    </message>
    <message>
        <source>The key you entered (check value %1)</source>
        <translation>你输入的密钥（校验值 %1）</translation>
    </message>
    <message>
        <source>The PIN can be reset with the PUK you chose or with the publicly known default admin key</source>
        <translation>可以使用你选择的 PUK 或公开已知的默认管理员密钥重置 PIN</translation>
    </message>
    <message>
        <source>The PIN can be reset with the publicly known default admin key</source>
        <translation>可以使用公开已知的默认管理员密钥重置 PIN</translation>
    </message>
    <message>
        <source>The publicly known default key (check value %1)</source>
        <translation>公开已知的默认密钥（校验值 %1）</translation>
    </message>
    <message>
        <source>Anyone who has this card can reset its PIN with the publicly known default admin key.</source>
        <translation>任何拿到此卡的人都可以用公开已知的默认管理员密钥重置其 PIN。</translation>
    </message>
    <message>
        <source>Set; it meets your organization&apos;s rules</source>
        <extracomment>The PIN has been set (a value beside &quot;PIN:&quot; in the summary).</extracomment>
        <translation>已设置；符合你的组织的规则</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>No, the card stays empty</source>
        <translation>否，卡保持为空</translation>
    </message>
    <message>
        <source>Yes, a file system and a key pair</source>
        <translation>是，文件系统和一个密钥对</translation>
    </message>
    <message>
        <source>Yes, a key pair</source>
        <translation>是，一个密钥对</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>RSA 2048 bits</source>
        <translation>RSA 2048 位</translation>
    </message>
    <message>
        <source>Elliptic curve P-256</source>
        <translation>椭圆曲线 P-256</translation>
    </message>
    <message>
        <source>Attestation identity key only</source>
        <translation>仅证明标识密钥</translation>
    </message>
    <message>
        <source>Attestation identity key and certificate</source>
        <translation>证明标识密钥和证书</translation>
    </message>
    <message>
        <source>The simulator, which creates no real card</source>
        <translation>模拟器，不会创建真实的卡</translation>
    </message>
    <message>
        <source>The TPM of this computer</source>
        <translation>此电脑的 TPM</translation>
    </message>
    <message>
        <source>A software TPM on this computer, whose keys are not protected by hardware</source>
        <translation>此电脑上的软件 TPM，其密钥不受硬件保护</translation>
    </message>
    <message>
        <source>The PIN can never be reset. If it is forgotten or blocked, the card can only be removed and a new one created.</source>
        <translation>PIN 永远无法重置。如果忘记了 PIN 或 PIN 被阻止，只能删除此卡并创建一张新卡。</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager of Windows</source>
        <translation>Windows TPM 虚拟智能卡管理器</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>The token store %1 cannot be reached.</source>
        <translation>无法访问令牌存储 %1。</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder of your own, or check the permissions of the folders on the way to it.</source>
        <translation>请为 --store（或 TPM2_PKCS11_STORE）指定一个属于你自己的文件夹，或检查通往该文件夹的各级文件夹的权限。</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder of your own, or the name of a new folder in one that exists, which the program makes for you.</source>
        <translation>请为 --store（或 TPM2_PKCS11_STORE）指定一个属于你自己的文件夹，或在现有文件夹中指定一个新文件夹的名称，程序会为你创建它。</translation>
    </message>
    <message>
        <source>The token store %1 is a file, not a folder.</source>
        <translation>令牌存储 %1 是文件，而不是文件夹。</translation>
    </message>
    <message>
        <source>The token store %1 belongs to another user (%2), not to you (%3).</source>
        <translation>令牌存储 %1 属于另一个用户（%2），而不属于你（%3）。</translation>
    </message>
    <message>
        <source>The token store %1 is a folder anyone may write to (mode %2), so another user could put a database of their own in it.</source>
        <translation>令牌存储 %1 是任何人都可写入的文件夹（模式 %2），因此其他用户可能会在其中放入自己的数据库。</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder only you may write to, or the name of a new folder, which the program makes private. It does not change the mode of a folder it did not make.</source>
        <translation>请为 --store（或 TPM2_PKCS11_STORE）指定一个只有你能写入的文件夹，或一个新文件夹的名称，程序会将其创建为私有文件夹。程序不会更改不是它创建的文件夹的模式。</translation>
    </message>
    <message>
        <source>The token store %1 cannot be read.</source>
        <translation>无法读取令牌存储 %1。</translation>
    </message>
    <message>
        <source>Allow yourself to read it (chmod u+rx), or give --store (or TPM2_PKCS11_STORE) another folder.</source>
        <translation>请为自己授予读取权限 (chmod u+rx)，或为 --store（或 TPM2_PKCS11_STORE）指定另一个文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 holds files that are not a token store&apos;s (%2), so it is not used as one.</source>
        <translation>文件夹 %1 中有不属于令牌存储的文件（%2），因此不会将其用作令牌存储。</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) an empty folder, the name of a new one, or an existing token store (a folder with tpm2_pkcs11.sqlite3 and nothing unrelated).</source>
        <translation>请为 --store（或 TPM2_PKCS11_STORE）指定一个空文件夹、一个新文件夹的名称，或一个现有的令牌存储（含有 tpm2_pkcs11.sqlite3 且没有无关内容的文件夹）。</translation>
    </message>
    <message>
        <source>The token store %1 is not writable, so no card can be made in it or removed from it.</source>
        <translation>令牌存储 %1 不可写，因此无法在其中创建或删除卡。</translation>
    </message>
    <message>
        <source>Make it writable for yourself, or give --store (or TPM2_PKCS11_STORE) another folder. Listing its cards needs no write.</source>
        <translation>请使其对你可写，或为 --store（或 TPM2_PKCS11_STORE）指定另一个文件夹。列出其中的卡不需要写入。</translation>
    </message>
    <message>
        <source>The token store&apos;s database %1 is damaged or is not a token store&apos;s database, so its cards cannot be read. Nothing was written to it.</source>
        <translation>令牌存储的数据库 %1 已损坏或不是令牌存储的数据库，因此无法读取其中的卡。未向其写入任何内容。</translation>
    </message>
    <message>
        <source>Put back a copy of %1 from a backup, or give --store (or TPM2_PKCS11_STORE) another folder for new cards. Keep the damaged file: a recovery tool may still read keys from it.</source>
        <translation>请从备份中恢复 %1 的副本，或为 --store（或 TPM2_PKCS11_STORE）指定另一个文件夹来存放新卡。请保留已损坏的文件：恢复工具可能仍能从中读取密钥。</translation>
    </message>
    <message>
        <source>The disk that holds the token store %1 is full, so the card could not be written. Nothing of this attempt was kept.</source>
        <translation>存放令牌存储 %1 的磁盘已满，因此无法写入卡。本次尝试的内容均未保留。</translation>
    </message>
    <message numerus="yes">
        <source>Free some space on that disk (at least %n MiB), then try again; or give --store (or TPM2_PKCS11_STORE) a folder on another disk.</source>
        <translation>
            <numerusform>请释放该磁盘上的一些空间（至少 %n MiB），然后重试；或为 --store（或 TPM2_PKCS11_STORE）指定另一个磁盘上的文件夹。</numerusform>
        </translation>
    </message>
    <message>
        <source>Neither the token store %1 nor the folder %2 that would hold it exists. The program makes only the store&apos;s own folder, so that a mistyped path does not become folders.</source>
        <translation>令牌存储 %1 及其所在的文件夹 %2 均不存在。程序只创建存储本身的文件夹，以免输错的路径变成一串文件夹。</translation>
    </message>
    <message>
        <source>Check the path given to --store (or TPM2_PKCS11_STORE), or create %1 first.</source>
        <translation>请检查为 --store（或 TPM2_PKCS11_STORE）指定的路径，或先创建 %1。</translation>
    </message>
    <message>
        <source>The token store %1 is not writable: %2, where it would be made, is not a folder.</source>
        <translation>令牌存储 %1 不可写：要在其中创建它的 %2 不是文件夹。</translation>
    </message>
    <message>
        <source>Check the path given to --store (or TPM2_PKCS11_STORE).</source>
        <translation>请检查为 --store（或 TPM2_PKCS11_STORE）指定的路径。</translation>
    </message>
    <message>
        <source>The token store %1 is not writable: you may not make a folder in %2.</source>
        <translation>令牌存储 %1 不可写：你无权在 %2 中创建文件夹。</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder in one you may write to, such as your home folder.</source>
        <translation>请为 --store（或 TPM2_PKCS11_STORE）指定一个位于你可写入的文件夹（例如你的主文件夹）中的文件夹。</translation>
    </message>
    <message>
        <source>The token store %1 could not be made.</source>
        <translation>无法创建令牌存储 %1。</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder in one you may write to.</source>
        <translation>请为 --store（或 TPM2_PKCS11_STORE）指定一个位于你可写入的文件夹中的文件夹。</translation>
    </message>
    <message>
        <source>Make it writable for yourself, or give --store (or TPM2_PKCS11_STORE) another folder.</source>
        <translation>请使其对你可写，或为 --store（或 TPM2_PKCS11_STORE）指定另一个文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>The folder %1 holds files that are not a token store&apos;s (%2 and %n more), so it is not used as one.</source>
        <translation>
            <numerusform>文件夹 %1 中有不属于令牌存储的文件（%2 及另外 %n 个），因此不会将其用作令牌存储。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tpm2Backend</name>
    <message>
        <source>Software TPM — keys are not protected by hardware</source>
        <translation>软件 TPM — 密钥不受硬件保护</translation>
    </message>
    <message>
        <source>Applications reach the card through the PKCS#11 module %1.</source>
        <translation>应用程序通过 PKCS#11 模块 %1 访问此卡。</translation>
    </message>
    <message>
        <source>Programs you start after your next login find it by themselves: %1 sets %2 for them.</source>
        <extracomment>&quot;it&quot; is the software TPM; %1 is a file path, %2 an environment variable&apos;s name.</extracomment>
        <translation>你下次登录后启动的程序会自动找到它：%1 会为它们设置 %2。</translation>
    </message>
    <message>
        <source>The settings for other programs could not be registered: %1</source>
        <translation>无法注册供其他程序使用的设置：%1</translation>
    </message>
    <message>
        <source>This session has no D-Bus session bus, so programs reach the software TPM only with the lines below in their environment.</source>
        <translation>此会话没有 D-Bus 会话总线，因此程序只有在其环境中包含下面这些行时才能访问软件 TPM。</translation>
    </message>
    <message>
        <source>In a terminal, the line below shows the card&apos;s public keys.</source>
        <translation>在终端中，下面这一行会显示此卡的公钥。</translation>
    </message>
    <message>
        <source>In a terminal that is already open, the lines below reach the card; the last one shows its public keys.</source>
        <translation>在已打开的终端中，下面这些行可以访问此卡；最后一行会显示其公钥。</translation>
    </message>
    <message>
        <source>The tpm2-pkcs11 module was not found. Install the package libtpm2-pkcs11-1.</source>
        <translation>找不到 tpm2-pkcs11 模块。请安装软件包 libtpm2-pkcs11-1。</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2). Ask your administrator to add you to the group tss, then sign in again.</source>
        <translation>无法打开 %1（%2）。请让管理员将你添加到 tss 组，然后重新登录。</translation>
    </message>
    <message>
        <source>The software TPM does not answer: %1</source>
        <translation>软件 TPM 没有应答：%1</translation>
    </message>
    <message>
        <source>The token store %1 may not be written, and a copy of it to read could not be made: %2</source>
        <translation>不得写入令牌存储 %1，且无法创建用于读取的副本：%2</translation>
    </message>
    <message>
        <source>C_Initialize with TCTI %1 failed: %2</source>
        <translation>使用 TCTI %1 执行 C_Initialize 失败：%2</translation>
    </message>
    <message>
        <source>Waiting for another vscwizard (process %1) to finish with the token store %2…</source>
        <translation>正在等待另一个 vscwizard（进程 %1）用完令牌存储 %2…</translation>
    </message>
    <message>
        <source>Waiting for another vscwizard to finish with the token store %1…</source>
        <translation>正在等待另一个 vscwizard 用完令牌存储 %1…</translation>
    </message>
    <message>
        <source>The token store is busy</source>
        <translation>令牌存储正忙</translation>
    </message>
    <message>
        <source>Wait until it has finished, or end it, then try again. Nothing was changed.</source>
        <translation>请等待它完成或将其结束，然后重试。未做任何更改。</translation>
    </message>
    <message>
        <source>The unfinished card &quot;%1&quot; could not be removed: %2</source>
        <translation>无法删除未完成的卡“%1”：%2</translation>
    </message>
    <message>
        <source>There is no card with the instance id &quot;%1&quot;.</source>
        <translation>没有实例 ID 为“%1”的卡。</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>The token store is damaged</source>
        <translation>令牌存储已损坏</translation>
    </message>
    <message>
        <source>The token store is read-only</source>
        <translation>令牌存储为只读</translation>
    </message>
    <message>
        <source>The token store cannot be read</source>
        <translation>无法读取令牌存储</translation>
    </message>
    <message>
        <source>This folder cannot be the token store</source>
        <translation>此文件夹不能用作令牌存储</translation>
    </message>
    <message>
        <source>The software TPM is not running</source>
        <translation>软件 TPM 未运行</translation>
    </message>
    <message>
        <source>The software TPM stopped, or does not answer, so the operation could not finish.</source>
        <translation>软件 TPM 已停止或没有应答，因此操作无法完成。</translation>
    </message>
    <message>
        <source>Start it again with “vscwizard software-tpm start”, then try again.</source>
        <translation>请使用“vscwizard software-tpm start”重新启动它，然后重试。</translation>
    </message>
    <message>
        <source>Try again: the next operation starts it again.</source>
        <translation>请重试：下一个操作会重新启动它。</translation>
    </message>
    <message>
        <source>The TPM is locked after too many wrong PINs</source>
        <translation>由于错误的 PIN 过多，TPM 已锁定</translation>
    </message>
    <message>
        <source>The TPM is locked after too many wrong PINs (%1 of %2). It protects every card this way, whichever program the PINs were typed in.</source>
        <translation>由于错误的 PIN 过多（%1/%2），TPM 已锁定。无论 PIN 是在哪个程序中输入的，TPM 都以这种方式保护所有卡。</translation>
    </message>
    <message>
        <source>The TPM has no room for more objects</source>
        <translation>TPM 没有空间容纳更多对象</translation>
    </message>
    <message>
        <source>The TPM has no room for more objects: programs that ended without cleaning up left theirs loaded. This happens only where no resource manager stands in front of the TPM (%1).</source>
        <translation>TPM 没有空间容纳更多对象：未清理就退出的程序将其对象留在了 TPM 中。只有在 TPM 前面没有资源管理器时才会发生这种情况（%1）。</translation>
    </message>
    <message>
        <source>Restart that TPM, or reach it through a resource manager: the kernel&apos;s /dev/tpmrm0, or the program&apos;s own software TPM, which has one.</source>
        <translation>请重新启动该 TPM，或通过资源管理器访问它：内核的 /dev/tpmrm0，或本程序自带的软件 TPM（它带有资源管理器）。</translation>
    </message>
    <message>
        <source>No TPM found</source>
        <translation>找不到 TPM</translation>
    </message>
    <message>
        <source>There is no TPM at %1.</source>
        <translation>%1 处没有 TPM。</translation>
    </message>
    <message>
        <source>If this computer has a TPM, turn it on in the firmware settings; otherwise use the software TPM (--tpm software).</source>
        <translation>如果此电脑有 TPM，请在固件设置中将其开启；否则请使用软件 TPM (--tpm software)。</translation>
    </message>
    <message>
        <source>Check the path given to --tpm device:PATH (the kernel&apos;s TPM is /dev/tpmrm0), or use the software TPM (--tpm software).</source>
        <translation>请检查为 --tpm device:PATH 指定的路径（内核的 TPM 为 /dev/tpmrm0），或使用软件 TPM (--tpm software)。</translation>
    </message>
    <message>
        <source>No permission to use the TPM</source>
        <translation>无权使用 TPM</translation>
    </message>
    <message>
        <source>You may not use the TPM %1.</source>
        <translation>你无权使用 TPM %1。</translation>
    </message>
    <message>
        <source>Ask your administrator to add your account to the group tss, then sign out and in again; or use the software TPM (--tpm software).</source>
        <translation>请让管理员将你的帐户添加到 tss 组，然后注销并重新登录；或使用软件 TPM (--tpm software)。</translation>
    </message>
    <message>
        <source>The TPM does not answer</source>
        <translation>TPM 没有应答</translation>
    </message>
    <message>
        <source>No TPM answered through %1.</source>
        <translation>没有 TPM 通过 %1 应答。</translation>
    </message>
    <message>
        <source>Check the TCTI given with --tpm tcti:STRING (such as device:/dev/tpmrm0, or swtpm:host=localhost,port=2321 for a running swtpm), or leave --tpm out to use this computer&apos;s TPM or the software TPM.</source>
        <translation>请检查通过 --tpm tcti:STRING 指定的 TCTI（例如 device:/dev/tpmrm0，或对于正在运行的 swtpm 为 swtpm:host=localhost,port=2321），或省略 --tpm 以使用此电脑的 TPM 或软件 TPM。</translation>
    </message>
    <message>
        <source>Another program may hold the TPM (%1 serves one program at a time; /dev/tpmrm0 serves many): try again when it has finished, or use /dev/tpmrm0.</source>
        <translation>可能有另一个程序正在占用 TPM（%1 一次只服务一个程序；/dev/tpmrm0 可服务多个程序）：请在该程序完成后重试，或使用 /dev/tpmrm0。</translation>
    </message>
    <message>
        <source>The token store belongs to another TPM</source>
        <translation>令牌存储属于另一个 TPM</translation>
    </message>
    <message>
        <source>The token store %1 holds cards of another TPM: its storage key is not on this one.</source>
        <translation>令牌存储 %1 存放的是另一个 TPM 的卡：其存储密钥不在此 TPM 上。</translation>
    </message>
    <message>
        <source>Keep the cards of each TPM in a store of their own (--store), or use the TPM they were made on.</source>
        <translation>请将每个 TPM 的卡存放在各自的存储中 (--store)，或使用创建这些卡的 TPM。</translation>
    </message>
    <message numerus="yes">
        <source>Another program was writing to the token store %1 and did not finish within %n second(s), so this operation could not use it.</source>
        <translation>
            <numerusform>另一个程序正在写入令牌存储 %1，且未在 %n 秒内完成，因此此操作无法使用它。</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again once that program has finished; nothing of this attempt was kept.</source>
        <translation>请在该程序完成后重试；本次尝试的内容均未保留。</translation>
    </message>
    <message>
        <source>Not a TPM device</source>
        <translation>不是 TPM 设备</translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>没有此卡</translation>
    </message>
    <message>
        <source>There is no card with the instance id “%1” in the token store %2.</source>
        <translation>令牌存储 %2 中没有实例 ID 为“%1”的卡。</translation>
    </message>
    <message>
        <source>“vscwizard list” shows the cards and their instance ids; another program may have removed this one already.</source>
        <translation>“vscwizard list”会显示卡及其实例 ID；此卡可能已被其他程序删除。</translation>
    </message>
    <message>
        <source>Type the PUK again, carefully: it is the one set when the card was made, not the PIN.</source>
        <translation>请仔细地重新输入 PUK：它是创建卡时设置的 PUK，而不是 PIN。</translation>
    </message>
    <message>
        <source>Check the 48 hexadecimal digits you were given for this card.</source>
        <translation>请检查为此卡提供给你的 48 位十六进制数字。</translation>
    </message>
    <message>
        <source>Type the PIN again, carefully. If you have forgotten it, reset it with the PUK or the admin key instead of guessing: every wrong PIN counts, on every card of this TPM.</source>
        <translation>请仔细地重新输入 PIN。如果忘记了 PIN，请使用 PUK 或管理员密钥重置，不要猜测：在此 TPM 的所有卡上，每次输错 PIN 都会计数。</translation>
    </message>
    <message>
        <source>Names like &quot;%1&quot; are kept for cards being made; choose another name.</source>
        <extracomment>&quot;kept&quot; = reserved: the program names a card this way while it is being made.</extracomment>
        <translation>类似“%1”的名称保留给正在创建的卡；请选择其他名称。</translation>
    </message>
    <message>
        <source>A card named &quot;%1&quot; exists already.</source>
        <translation>已存在名为“%1”的卡。</translation>
    </message>
    <message numerus="yes">
        <source>The software TPM holds at most %n card(s): every program that uses them holds one connection to its resource manager per card. Remove a card first.</source>
        <translation>
            <numerusform>软件 TPM 最多可容纳 %n 张卡：每个使用这些卡的程序都会为每张卡与其资源管理器保持一个连接。请先删除一张卡。</numerusform>
        </translation>
    </message>
    <message>
        <source>The token store has no free slot (tpm2-pkcs11 holds 255 tokens).</source>
        <translation>令牌存储没有空闲插槽（tpm2-pkcs11 最多容纳 255 个令牌）。</translation>
    </message>
    <message>
        <source>The new token &quot;%1&quot; is not in the slot list (%2).</source>
        <translation>新令牌“%1”不在插槽列表（%2）中。</translation>
    </message>
    <message>
        <source>Injected failure.</source>
        <extracomment>Seen only in the program&apos;s own tests, which make a create fail on purpose.</extracomment>
        <translation>注入的故障。</translation>
    </message>
    <message>
        <source>Another program created a card named &quot;%1&quot; while this one was being made.</source>
        <translation>在创建此卡期间，另一个程序创建了名为“%1”的卡。</translation>
    </message>
    <message>
        <source>The cancelled card could not be removed: %1</source>
        <translation>无法删除已取消的卡：%1</translation>
    </message>
    <message>
        <source>%1
The unfinished card could not be removed: %2</source>
        <translation>%1
无法删除未完成的卡：%2</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has no PUK and a random admin key that nobody knows.</source>
        <translation>卡“%1”没有 PUK，且管理员密钥是无人知道的随机密钥。</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has no PUK: its PIN is reset with its admin key.</source>
        <translation>卡“%1”没有 PUK：使用其管理员密钥重置其 PIN。</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has a PUK, which takes the admin key&apos;s place: its PIN is reset with the PUK.</source>
        <translation>卡“%1”有 PUK，它取代了管理员密钥：使用 PUK 重置其 PIN。</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has no PUK.</source>
        <translation>卡“%1”没有 PUK。</translation>
    </message>
    <message>
        <source>The tpm2-pkcs11 module is not installed. Install the package libtpm2-pkcs11-1.</source>
        <translation>未安装 tpm2-pkcs11 模块。请安装软件包 libtpm2-pkcs11-1。</translation>
    </message>
    <message>
        <source>The tpm2-pkcs11 module %1 cannot be loaded.</source>
        <translation>无法加载 tpm2-pkcs11 模块 %1。</translation>
    </message>
    <message>
        <source>The TPM %1 cannot be opened.</source>
        <translation>无法打开 TPM %1。</translation>
    </message>
    <message>
        <source>The software TPM needs the program swtpm. Install the package swtpm.</source>
        <translation>软件 TPM 需要程序 swtpm。请安装软件包 swtpm。</translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs (%1 of %2); it accepts PINs again in about %n minute(s).</source>
        <extracomment>%1 of %2: wrong PINs counted, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>由于错误的 PIN 过多（%1/%2），TPM 已锁定；大约 %n 分钟后将重新接受 PIN。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs (%1 of %2); it accepts PINs again in about %n second(s).</source>
        <extracomment>%1 of %2: wrong PINs counted, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>由于错误的 PIN 过多（%1/%2），TPM 已锁定；大约 %n 秒后将重新接受 PIN。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard (process %1) has held the token store %2 for %n minute(s), and still does.</source>
        <extracomment>%1: a process id; %2: a folder.</extracomment>
        <translation>
            <numerusform>另一个 vscwizard（进程 %1）已占用令牌存储 %2 %n 分钟，且仍在占用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard (process %1) has held the token store %2 for %n second(s), and still does.</source>
        <extracomment>%1: a process id; %2: a folder.</extracomment>
        <translation>
            <numerusform>另一个 vscwizard（进程 %1）已占用令牌存储 %2 %n 秒，且仍在占用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard has held the token store %1 for %n minute(s), and still does.</source>
        <translation>
            <numerusform>另一个 vscwizard 已占用令牌存储 %1 %n 分钟，且仍在占用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard has held the token store %1 for %n second(s), and still does.</source>
        <translation>
            <numerusform>另一个 vscwizard 已占用令牌存储 %1 %n 秒，且仍在占用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait: the TPM accepts PINs again in about %n minute(s).</source>
        <translation>
            <numerusform>请等待：大约 %n 分钟后 TPM 将重新接受 PIN。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait: the TPM accepts PINs again in about %n second(s).</source>
        <translation>
            <numerusform>请等待：大约 %n 秒后 TPM 将重新接受 PIN。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK is wrong for this card. The TPM counts wrong PINs and PUKs of all its cards together: after %n more it refuses every one of them for a while.</source>
        <translation>
            <numerusform>此卡的 PUK 不正确。TPM 会将其所有卡上错误的 PIN 和 PUK 合并计数：再错 %n 次后，它会在一段时间内拒绝所有 PIN 和 PUK。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The admin key is wrong for this card. The TPM counts wrong PINs and admin keys of all its cards together: after %n more it refuses every one of them for a while.</source>
        <translation>
            <numerusform>此卡的管理员密钥不正确。TPM 会将其所有卡上错误的 PIN 和管理员密钥合并计数：再错 %n 次后，它会在一段时间内拒绝所有 PIN 和管理员密钥。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN is wrong for this card. The TPM counts wrong PINs of all its cards together: after %n more it refuses every PIN for a while.</source>
        <translation>
            <numerusform>此卡的 PIN 不正确。TPM 会将其所有卡上错误的 PIN 合并计数：再错 %n 次后，它会在一段时间内拒绝所有 PIN。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs. It accepts PINs again in about %n minute(s).</source>
        <translation>
            <numerusform>由于错误的 PIN 过多，TPM 已锁定。大约 %n 分钟后将重新接受 PIN。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs. It accepts PINs again in about %n second(s).</source>
        <translation>
            <numerusform>由于错误的 PIN 过多，TPM 已锁定。大约 %n 秒后将重新接受 PIN。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TpmTarget</name>
    <message>
        <source>Unknown TPM &quot;%1&quot;: use auto, device, device:PATH, software, software:FOLDER or tcti:STRING.</source>
        <translation>未知 TPM“%1”：请使用 auto、device、device:PATH、software、software:FOLDER 或 tcti:STRING。</translation>
    </message>
    <message>
        <source>A TPM is a character device such as /dev/tpmrm0: give --tpm device:PATH the path of one, or use --tpm software.</source>
        <translation>TPM 是字符设备，例如 /dev/tpmrm0：请为 --tpm device:PATH 指定此类设备的路径，或使用 --tpm software。</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a regular file, so nothing was written to it.</source>
        <translation>%1 不是 TPM，而是常规文件，因此未向其写入任何内容。</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a folder, so nothing was written to it.</source>
        <translation>%1 不是 TPM，而是文件夹，因此未向其写入任何内容。</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a named pipe, so nothing was written to it.</source>
        <translation>%1 不是 TPM，而是命名管道，因此未向其写入任何内容。</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a socket, so nothing was written to it.</source>
        <translation>%1 不是 TPM，而是套接字，因此未向其写入任何内容。</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a block device, so nothing was written to it.</source>
        <translation>%1 不是 TPM，而是块设备，因此未向其写入任何内容。</translation>
    </message>
    <message>
        <source>%1 is not a TPM, nor any other device, so nothing was written to it.</source>
        <translation>%1 不是 TPM，也不是其他任何设备，因此未向其写入任何内容。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>This wizard creates a virtual smart card on this computer.</source>
        <translation>此向导会在此电脑上创建虚拟智能卡。</translation>
    </message>
    <message>
        <source>A virtual smart card works like a smart card you plug in, but it lives in this computer&apos;s security chip (the TPM). It keeps your keys and certificates safe: you unlock it with a PIN, and the keys cannot be copied off this computer.</source>
        <translation>虚拟智能卡的工作方式与插入的智能卡相同，但它位于此电脑的安全芯片 (TPM) 中。它可以安全地保存你的密钥和证书：你使用 PIN 解锁它，并且密钥无法从此电脑中复制出去。</translation>
    </message>
    <message>
        <source>You will choose a name, a PIN and a way to recover the card if the PIN is forgotten. First the wizard checks that this computer can hold a virtual smart card.</source>
        <translation>你将选择一个名称、一个 PIN，以及忘记 PIN 时恢复卡的方式。首先，向导会检查此电脑能否容纳虚拟智能卡。</translation>
    </message>
    <message>
        <source>Checking this computer…</source>
        <translation>正在检查此电脑…</translation>
    </message>
    <message>
        <source>Check status</source>
        <extracomment>A noun: the result of checking whether this computer can hold a card.</extracomment>
        <translation>检查状态</translation>
    </message>
    <message>
        <source>Checking this computer</source>
        <translation>正在检查此电脑</translation>
    </message>
    <message>
        <source>Busy while the wizard checks that this computer can hold a virtual smart card.</source>
        <translation>向导检查此电脑能否容纳虚拟智能卡时处于忙碌状态。</translation>
    </message>
    <message>
        <source>&amp;Results of the check:</source>
        <translation>检查结果(&amp;R):</translation>
    </message>
    <message>
        <source>Results of the check</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>What prevents creating a virtual smart card on this computer, and what to do about it.</source>
        <translation>是什么阻止了在此电脑上创建虚拟智能卡，以及如何解决。</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>重新检查(&amp;C)</translation>
    </message>
    <message>
        <source>Checks this computer again after you fixed the problems listed.</source>
        <translation>解决列出的问题后，再次检查此电脑。</translation>
    </message>
    <message>
        <source>&amp;Manage cards…</source>
        <translation>管理卡(&amp;M)…</translation>
    </message>
    <message>
        <source>Opens the card manager: change, reset or remove the cards you have.</source>
        <translation>打开卡管理器：更改、重置或删除你已有的卡。</translation>
    </message>
    <message>
        <source>A virtual smart card works like a smart card you plug in. On this computer its keys are kept by a software TPM, not by a security chip: you unlock them with a PIN, but someone who can read your files could copy them.</source>
        <translation>虚拟智能卡的工作方式与插入的智能卡相同。在此电脑上，其密钥由软件 TPM 而不是安全芯片保存：你使用 PIN 解锁它们，但能读取你的文件的人可以复制它们。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Must be fixed before a card can be created</source>
        <translation>必须先解决，才能创建卡</translation>
    </message>
    <message>
        <source>A note; it does not prevent creating a card</source>
        <translation>注意事项；不会妨碍创建卡</translation>
    </message>
    <message>
        <source>The check was interrupted. Check again to continue.</source>
        <translation>检查被中断。请重新检查以继续。</translation>
    </message>
    <message>
        <source>This computer cannot hold a virtual smart card yet. Fix the problems below, then check again.</source>
        <translation>此电脑目前还无法容纳虚拟智能卡。请解决下面的问题，然后重新检查。</translation>
    </message>
    <message>
        <source>This computer is ready. Please note the points below.</source>
        <translation>此电脑已准备就绪。请注意以下几点。</translation>
    </message>
    <message>
        <source>This computer is ready. Continue to choose a name for the card.</source>
        <translation>此电脑已准备就绪。请继续为卡选择名称。</translation>
    </message>
</context>
<context>
    <name>WindowsBackend</name>
    <message>
        <source>The TPM Virtual Smart Card Manager is not available on this computer. It is part of Windows 8 and later; its service may be turned off.</source>
        <translation>此电脑上没有 TPM 虚拟智能卡管理器。它是 Windows 8 及更高版本的一部分；其服务可能已被关闭。</translation>
    </message>
    <message>
        <source>No TPM (Trusted Platform Module) was found on this computer.</source>
        <translation>在此电脑上找不到 TPM（受信任的平台模块）。</translation>
    </message>
    <message>
        <source>The TPM is not ready. Turn it on and prepare it in the TPM management console (tpm.msc), then try again.</source>
        <translation>TPM 尚未准备就绪。请在 TPM 管理控制台 (tpm.msc) 中开启并准备 TPM，然后重试。</translation>
    </message>
    <message>
        <source>Managing virtual smart cards needs administrator rights. Start vscwizard with &quot;Run as administrator&quot;.</source>
        <translation>管理虚拟智能卡需要管理员权限。请使用“以管理员身份运行”启动 vscwizard。</translation>
    </message>
    <message>
        <source>Virtual smart cards cannot be managed from a remote desktop session.</source>
        <translation>无法从远程桌面会话管理虚拟智能卡。</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager refused a value of the request.</source>
        <translation>TPM 虚拟智能卡管理器拒绝了请求中的某个值。</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>操作已取消。</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager reported a failure.</source>
        <translation>TPM 虚拟智能卡管理器报告了故障。</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager is not available</source>
        <translation>TPM 虚拟智能卡管理器不可用</translation>
    </message>
    <message>
        <source>Ask your administrator to allow the smart card services of Windows to start; the manager is part of Windows 8 and later.</source>
        <translation>请让管理员允许启动 Windows 的智能卡服务；该管理器是 Windows 8 及更高版本的一部分。</translation>
    </message>
    <message>
        <source>No TPM found</source>
        <translation>找不到 TPM</translation>
    </message>
    <message>
        <source>If this computer has a TPM, turn it on in the firmware settings, then try again.</source>
        <translation>如果此电脑有 TPM，请在固件设置中将其开启，然后重试。</translation>
    </message>
    <message>
        <source>The TPM is not ready</source>
        <translation>TPM 尚未准备就绪</translation>
    </message>
    <message>
        <source>Open the TPM management console (tpm.msc) as administrator and prepare the TPM, then try again.</source>
        <translation>请以管理员身份打开 TPM 管理控制台 (tpm.msc) 并准备 TPM，然后重试。</translation>
    </message>
    <message>
        <source>Administrator rights needed</source>
        <translation>需要管理员权限</translation>
    </message>
    <message>
        <source>Start vscwizard with “Run as administrator”, then try again.</source>
        <translation>请使用“以管理员身份运行”启动 vscwizard，然后重试。</translation>
    </message>
    <message>
        <source>The card needs a name.</source>
        <translation>卡需要一个名称。</translation>
    </message>
    <message numerus="yes">
        <source>The admin key must be exactly %n byte(s) long.</source>
        <translation>
            <numerusform>管理员密钥的长度必须正好为 %n 个字节。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The admin key check value must be %n byte(s) long.</source>
        <translation>
            <numerusform>管理员密钥校验值的长度必须为 %n 个字节。</numerusform>
        </translation>
    </message>
    <message>
        <source>Attestation needs Windows 10 or later.</source>
        <translation>证明需要 Windows 10 或更高版本。</translation>
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
        <translation>无法统计此电脑的智能卡读卡器数量。</translation>
    </message>
    <message>
        <source>Win32 error %1</source>
        <translation>Win32 错误 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n smart card reader(s) exist already, the most there can be at once. Remove a virtual smart card or unplug a reader first.</source>
        <translation>
            <numerusform>已存在 %n 个智能卡读卡器，已达到可同时存在的上限。请先删除一张虚拟智能卡或拔下一个读卡器。</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN policy cannot be passed to the manager.</source>
        <translation>无法将 PIN 策略传递给管理器。</translation>
    </message>
    <message>
        <source>Windows shows the card as the smart card reader &quot;%1&quot;. Applications use it through the Windows smart card service, for example to enroll a certificate or sign in.</source>
        <translation>Windows 将此卡显示为智能卡读卡器“%1”。应用程序通过 Windows 智能卡服务使用它，例如用于注册证书或登录。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the instance id of a TPM virtual smart card (ROOT\SMARTCARDREADER\000n).</source>
        <translation>“%1”不是 TPM 虚拟智能卡的实例 ID (ROOT\SMARTCARDREADER\000n)。</translation>
    </message>
    <message>
        <source>The smart card readers could not be listed (Win32 error %1).</source>
        <translation>无法列出智能卡读卡器（Win32 错误 %1）。</translation>
    </message>
    <message numerus="yes">
        <source>The PIN must be %1 to %n byte(s) long.</source>
        <translation>
            <numerusform>PIN 的长度必须为 %1 到 %n 个字节。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK must be %1 to %n byte(s) long.</source>
        <translation>
            <numerusform>PUK 的长度必须为 %1 到 %n 个字节。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>There is no graphical session to open the wizard in (DISPLAY and WAYLAND_DISPLAY are not set). The commands work without one; see vscwizard --help.</source>
        <translation>没有可打开向导的图形会话（未设置 DISPLAY 和 WAYLAND_DISPLAY）。命令无需图形会话即可运行；请参见 vscwizard --help。</translation>
    </message>
    <message>
        <source>There is no translation for &quot;%1&quot;; using English.</source>
        <translation>没有“%1”的翻译；将使用英语。</translation>
    </message>
    <message>
        <source>Cannot open the wizard %1: %2. The commands work without it; see vscwizard --help.</source>
        <translation>无法打开向导 %1: %2。命令无需向导即可运行；请参见 vscwizard --help。</translation>
    </message>
    <message>
        <source>Commands are run by vscwizard, for example: vscwizard %1</source>
        <translation>命令由 vscwizard 运行，例如：vscwizard %1</translation>
    </message>
    <message>
        <source>Organization policy</source>
        <translation>组织策略</translation>
    </message>
    <message>
        <source>Card manager</source>
        <translation>卡管理器</translation>
    </message>
</context>
</TS>
