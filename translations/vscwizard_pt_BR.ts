<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
</context>
<context>
    <name>AdminKey</name>
    <message>
        <source>Character %1 (&apos;%2&apos;) is not a hex digit.</source>
        <translation>O caractere %1 (&apos;%2&apos;) não é um dígito hexadecimal.</translation>
    </message>
    <message numerus="yes">
        <source>The admin key has %n hex digit(s); it needs exactly %1.</source>
        <translation>
            <numerusform>A chave de administrador tem %n dígito hexadecimal; ela precisa ter exatamente %1.</numerusform>
            <numerusform>A chave de administrador tem %n dígitos hexadecimais; ela precisa ter exatamente %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 (&apos;%2&apos;) splits a pair of hex digits; spaces and colons may only stand between pairs.</source>
        <translation>O caractere %1 (&apos;%2&apos;) separa um par de dígitos hexadecimais; espaços e dois-pontos só podem ficar entre os pares.</translation>
    </message>
    <message numerus="yes">
        <source>The admin key has %n byte(s); it needs exactly %1.</source>
        <translation>
            <numerusform>A chave de administrador tem %n byte; ela precisa ter exatamente %1.</numerusform>
            <numerusform>A chave de administrador tem %n bytes; ela precisa ter exatamente %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>A opção %1 precisa de um valor.</translation>
    </message>
    <message>
        <source>--sim-delay takes milliseconds from 0 to 600000, not &quot;%1&quot;.</source>
        <translation>--sim-delay aceita milissegundos de 0 a 600000, não &quot;%1&quot;.</translation>
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
        <translation>Opções globais:
  --backend NOME       tpm2, windows ou simulator (somente testes e demonstrações)
  --lang IDIOMA        idioma das mensagens, por exemplo de
  --policy ARQUIVO     arquivo de política de PIN da organização
  --tpm QUAL           tpm2: auto, device[:CAMINHO], software[:PASTA] ou tcti:TEXTO
  --store PASTA        tpm2: a pasta do repositório de tokens
  --sim-state PASTA    simulator: pasta que guarda seus cartões
  --sim-delay MS       simulator: atraso de cada etapa
  --sim-fail ERR[@ST]  simulator: falhar com o erro ERR no status ST, ou com um erro
                       de cartão: CARD:ERR[@change-pin|reset-pin|change-puk|status]
</translation>
    </message>
</context>
<context>
    <name>BackendFactory</name>
    <message>
        <source>There is no backend called &quot;%1&quot;. Available: %2.</source>
        <translation>Não há nenhum backend chamado &quot;%1&quot;. Disponíveis: %2.</translation>
    </message>
    <message>
        <source>software-tpm acts on a software TPM, but --tpm %1 names another TPM. Leave out --tpm, or give --tpm software:FOLDER.</source>
        <translation>software-tpm atua sobre um TPM de software, mas --tpm %1 indica outro TPM. Omita --tpm ou informe --tpm software:PASTA.</translation>
    </message>
    <message>
        <source>The software TPM is only used on Linux.</source>
        <translation>O TPM de software só é usado no Linux.</translation>
    </message>
</context>
<context>
    <name>CardCommands</name>
    <message>
        <source>%1 takes only --instance ID and --with puk|adminkey; secrets are read from the terminal or from standard input.</source>
        <translation>%1 aceita somente --instance ID e --with puk|adminkey; os segredos são lidos do terminal ou da entrada padrão.</translation>
    </message>
    <message>
        <source>%1 takes only --instance ID; secrets are read from the terminal or from standard input.</source>
        <translation>%1 aceita somente --instance ID; os segredos são lidos do terminal ou da entrada padrão.</translation>
    </message>
    <message>
        <source>%1: --instance needs the instance id shown by &quot;vscwizard status&quot;.</source>
        <translation>%1: --instance precisa do ID da instância mostrado por &quot;vscwizard status&quot;.</translation>
    </message>
    <message>
        <source>%1: --with needs puk or adminkey.</source>
        <translation>%1: --with precisa de puk ou adminkey.</translation>
    </message>
    <message>
        <source>%1: --with is given twice.</source>
        <translation>%1: --with foi informado duas vezes.</translation>
    </message>
    <message>
        <source>%1: --with takes puk or adminkey; the PUK or the admin key itself is read from the terminal or from standard input.</source>
        <translation>%1: --with aceita puk ou adminkey; o próprio PUK ou a chave de administrador é lido do terminal ou da entrada padrão.</translation>
    </message>
    <message>
        <source>%1 takes exactly one --instance ID.</source>
        <translation>%1 aceita exatamente um --instance ID.</translation>
    </message>
    <message>
        <source>%1 needs --instance ID (see &quot;vscwizard status&quot;).</source>
        <translation>%1 precisa de --instance ID (consulte &quot;vscwizard status&quot;).</translation>
    </message>
    <message>
        <source>The two entries differed three times; nothing was changed.</source>
        <translation>As duas entradas foram diferentes três vezes; nada foi alterado.</translation>
    </message>
    <message>
        <source>No card has the instance id %1.</source>
        <translation>Nenhum cartão tem o ID de instância %1.</translation>
    </message>
    <message>
        <source>The card has no PUK: reset its PIN with %1 --with adminkey.</source>
        <translation>O cartão não tem PUK: redefina o PIN dele com %1 --with adminkey.</translation>
    </message>
    <message>
        <source>Nobody knows the card&apos;s admin key: reset its PIN with %1 --with puk.</source>
        <translation>Ninguém conhece a chave de administrador do cartão: redefina o PIN dele com %1 --with puk.</translation>
    </message>
    <message>
        <source>The card has no PUK to change.</source>
        <translation>O cartão não tem PUK para alterar.</translation>
    </message>
    <message>
        <source>Current PIN: </source>
        <translation>PIN atual: </translation>
    </message>
    <message>
        <source>Standard input ended before the current PIN was read.</source>
        <translation>A entrada padrão terminou antes de o PIN atual ser lido.</translation>
    </message>
    <message>
        <source>Current PUK: </source>
        <translation>PUK atual: </translation>
    </message>
    <message>
        <source>PUK: </source>
        <translation>PUK: </translation>
    </message>
    <message>
        <source>Standard input ended before the PUK was read.</source>
        <translation>A entrada padrão terminou antes de o PUK ser lido.</translation>
    </message>
    <message>
        <source>Admin key (48 hex digits): </source>
        <translation>Chave de administrador (48 dígitos hexadecimais): </translation>
    </message>
    <message>
        <source>Standard input ended before the admin key was read.</source>
        <translation>A entrada padrão terminou antes de a chave de administrador ser lida.</translation>
    </message>
    <message>
        <source>Admin key: %1</source>
        <translation>Chave de administrador: %1</translation>
    </message>
    <message>
        <source>The new PIN must meet these rules:</source>
        <translation>O novo PIN deve atender a estas regras:</translation>
    </message>
    <message>
        <source>New PIN: </source>
        <translation>Novo PIN: </translation>
    </message>
    <message>
        <source>Repeat the new PIN: </source>
        <translation>Repita o novo PIN: </translation>
    </message>
    <message>
        <source>Standard input ended before the new PIN was read.</source>
        <translation>A entrada padrão terminou antes de o novo PIN ser lido.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>The new PIN breaks these rules:</source>
        <translation>O novo PIN viola estas regras:</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nada foi alterado.</translation>
    </message>
    <message>
        <source>New PUK: </source>
        <translation>Novo PUK: </translation>
    </message>
    <message>
        <source>Repeat the new PUK: </source>
        <translation>Repita o novo PUK: </translation>
    </message>
    <message>
        <source>Standard input ended before the new PUK was read.</source>
        <translation>A entrada padrão terminou antes de o novo PUK ser lido.</translation>
    </message>
    <message>
        <source>Changed the PIN of the card %1.</source>
        <translation>O PIN do cartão %1 foi alterado.</translation>
    </message>
    <message>
        <source>Changed the PIN of the card &quot;%1&quot; (%2).</source>
        <translation>O PIN do cartão &quot;%1&quot; (%2) foi alterado.</translation>
    </message>
    <message>
        <source>Changed the PUK of the card %1.</source>
        <translation>O PUK do cartão %1 foi alterado.</translation>
    </message>
    <message>
        <source>Changed the PUK of the card &quot;%1&quot; (%2).</source>
        <translation>O PUK do cartão &quot;%1&quot; (%2) foi alterado.</translation>
    </message>
    <message>
        <source>status takes only --json.</source>
        <translation>status aceita somente --json.</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; is not an instance id: none is longer than %n character(s) (see &quot;vscwizard status&quot;).</source>
        <extracomment>%1: a command name, kept in English.</extracomment>
        <translation>
            <numerusform>%1: &quot;%2&quot; não é um ID de instância: nenhum tem mais de %n caractere (consulte &quot;vscwizard status&quot;).</numerusform>
            <numerusform>%1: &quot;%2&quot; não é um ID de instância: nenhum tem mais de %n caracteres (consulte &quot;vscwizard status&quot;).</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN of the card %1 was reset; it is unblocked.</source>
        <translation>O PIN do cartão %1 foi redefinido; ele não está mais bloqueado.</translation>
    </message>
    <message>
        <source>The PIN of the card &quot;%1&quot; (%2) was reset; it is unblocked.</source>
        <translation>O PIN do cartão &quot;%1&quot; (%2) foi redefinido; ele não está mais bloqueado.</translation>
    </message>
</context>
<context>
    <name>CardManagerWindow</name>
    <message>
        <source>Manage virtual smart cards</source>
        <translation>Gerenciar cartões inteligentes virtuais</translation>
    </message>
    <message>
        <source>TPM lockout state</source>
        <translation>Estado de bloqueio do TPM</translation>
    </message>
    <message>
        <source>Car&amp;ds on this computer:</source>
        <translation>&amp;Cartões neste computador:</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartões</translation>
    </message>
    <message>
        <source>Each row is a card: its name, where it lives, its keys, its PIN&apos;s state and how its PIN can be reset.</source>
        <translation>Cada linha é um cartão: o nome, onde ele fica, as chaves, o estado do PIN e como o PIN pode ser redefinido.</translation>
    </message>
    <message>
        <source>Reading the cards</source>
        <translation>Lendo os cartões</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>Alterar &amp;PIN…</translation>
    </message>
    <message>
        <source>R&amp;eset PIN…</source>
        <translation>&amp;Redefinir PIN…</translation>
    </message>
    <message>
        <source>Change P&amp;UK…</source>
        <translation>Alterar P&amp;UK…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;mover…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>Reads the cards and the TPM&apos;s lockout state again.</source>
        <translation>Lê novamente os cartões e o estado de bloqueio do TPM.</translation>
    </message>
    <message>
        <source>E&amp;nroll a new card…</source>
        <translation>Criar um &amp;novo cartão…</translation>
    </message>
    <message>
        <source>Opens the wizard that creates a card.</source>
        <translation>Abre o assistente que cria um cartão.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Reading the cards…</source>
        <translation>Lendo os cartões…</translation>
    </message>
    <message>
        <source>The cards could not be read: %1 %2</source>
        <translation>Não foi possível ler os cartões: %1 %2</translation>
    </message>
    <message>
        <source>There is no card yet. Enroll a new card to create one.</source>
        <translation>Ainda não há nenhum cartão. Crie um com “Criar um novo cartão”.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s).</source>
        <translation>
            <numerusform>%n cartão.</numerusform>
            <numerusform>%n cartões.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a card first.</source>
        <translation>Selecione um cartão primeiro.</translation>
    </message>
    <message>
        <source>The PIN is blocked; reset it first</source>
        <translation>O PIN está bloqueado; redefina-o primeiro</translation>
    </message>
    <message>
        <source>This card can never be reset; remove it and create a new one</source>
        <translation>Este cartão nunca pode ser redefinido; remova-o e crie um novo</translation>
    </message>
    <message>
        <source>The PUK is blocked, so this card can no longer be reset; remove it and create a new one</source>
        <translation>O PUK está bloqueado, então este cartão não pode mais ser redefinido; remova-o e crie um novo</translation>
    </message>
    <message>
        <source>This card has no PUK</source>
        <translation>Este cartão não tem PUK</translation>
    </message>
    <message>
        <source>The PUK is blocked</source>
        <translation>O PUK está bloqueado</translation>
    </message>
    <message>
        <source>Sets a new PIN; the current PIN is needed.</source>
        <translation>Define um novo PIN; é necessário o PIN atual.</translation>
    </message>
    <message>
        <source>Sets a new PIN without the current one, with the PUK or the admin key.</source>
        <translation>Define um novo PIN sem o atual, com o PUK ou a chave de administrador.</translation>
    </message>
    <message>
        <source>Sets a new PUK; the current PUK is needed.</source>
        <translation>Define um novo PUK; é necessário o PUK atual.</translation>
    </message>
    <message>
        <source>Removes the card and destroys its keys.</source>
        <translation>Remove o cartão e destrói as chaves dele.</translation>
    </message>
</context>
<context>
    <name>CardNamePage</name>
    <message>
        <source>Card Name</source>
        <translation>Nome do cartão</translation>
    </message>
    <message>
        <source>Choose a name that helps you recognize the card.</source>
        <translation>Escolha um nome que ajude você a reconhecer o cartão.</translation>
    </message>
    <message>
        <source>Card na&amp;me:</source>
        <translation>&amp;Nome do cartão:</translation>
    </message>
    <message>
        <source>Card name</source>
        <translation>Nome do cartão</translation>
    </message>
    <message>
        <source>The name shown for the card, for example in the list of security devices of a browser.</source>
        <translation>O nome exibido para o cartão, por exemplo, na lista de dispositivos de segurança de um navegador.</translation>
    </message>
    <message>
        <source>For example: Work laptop</source>
        <translation>Por exemplo: Notebook do trabalho</translation>
    </message>
    <message>
        <source>Name check</source>
        <translation>Verificação do nome</translation>
    </message>
    <message numerus="yes">
        <source>The name can have at most %n character(s).</source>
        <translation>
            <numerusform>O nome pode ter no máximo %n caractere.</numerusform>
            <numerusform>O nome pode ter no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>A card named “%1” already exists. Choose another name.</source>
        <translation>Já existe um cartão chamado “%1”. Escolha outro nome.</translation>
    </message>
    <message>
        <source>This name can be used.</source>
        <translation>Este nome pode ser usado.</translation>
    </message>
</context>
<context>
    <name>CardRules</name>
    <message>
        <source>Enter a name for the card.</source>
        <translation>Digite um nome para o cartão.</translation>
    </message>
    <message>
        <source>The name contains a character that is not shown, such as a tab, a line break or a writing-direction mark. Remove it.</source>
        <translation>O nome contém um caractere que não é exibido, como uma tabulação, uma quebra de linha ou uma marca de direção da escrita. Remova-o.</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: it can have at most %n character(s).</source>
        <translation>
            <numerusform>O nome é longo demais: ele pode ter no máximo %n caractere.</numerusform>
            <numerusform>O nome é longo demais: ele pode ter no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: a card name holds %n byte(s) in UTF-8, where letters beyond ASCII take two to four; this one takes %1.</source>
        <translation>
            <numerusform>O nome é longo demais: o nome de um cartão comporta %n byte em UTF-8, e letras fora do ASCII ocupam de dois a quatro; este ocupa %1.</numerusform>
            <numerusform>O nome é longo demais: o nome de um cartão comporta %n bytes em UTF-8, e letras fora do ASCII ocupam de dois a quatro; este ocupa %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name starts or ends with a space. Remove it.</source>
        <translation>O nome começa ou termina com um espaço. Remova-o.</translation>
    </message>
    <message>
        <source>The name is not valid UTF-8 text. Type it again in a terminal that uses UTF-8.</source>
        <translation>O nome não é um texto UTF-8 válido. Digite-o novamente em um terminal que use UTF-8.</translation>
    </message>
    <message>
        <source>The PIN breaks these rules: %1</source>
        <translation>O PIN viola estas regras: %1</translation>
    </message>
    <message>
        <source>This PIN is one of the most common PINs, which whoever finds the card tries first. Choose one that is harder to guess.</source>
        <translation>Este PIN é um dos mais comuns, que quem encontrar o cartão tentará primeiro. Escolha um mais difícil de adivinhar.</translation>
    </message>
    <message>
        <source>The PIN contains a NUL byte or bytes that are not UTF-8 text; other programs could not type it.</source>
        <translation>O PIN contém um byte NUL ou bytes que não são texto UTF-8; outros programas não conseguiriam digitá-lo.</translation>
    </message>
    <message>
        <source>The PUK contains a NUL byte or bytes that are not UTF-8 text; other programs could not type it.</source>
        <translation>O PUK contém um byte NUL ou bytes que não são texto UTF-8; outros programas não conseguiriam digitá-lo.</translation>
    </message>
    <message>
        <source>The PUK is the same as the PIN. Choose a different PUK: it must unlock the card when the PIN is forgotten or blocked.</source>
        <translation>O PUK é igual ao PIN. Escolha um PUK diferente: ele deve desbloquear o cartão quando o PIN for esquecido ou bloqueado.</translation>
    </message>
    <message numerus="yes">
        <source>The PUK must have %1 to %n character(s).</source>
        <translation>
            <numerusform>O PUK deve ter de %1 a %n caractere.</numerusform>
            <numerusform>O PUK deve ter de %1 a %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK is too long: a PUK can have at most %n byte(s) in UTF-8, where letters such as ä or € take two or three; this one takes %1.</source>
        <extracomment>%n: the most bytes any PUK may have; %1: the bytes this PUK takes.</extracomment>
        <translation>
            <numerusform>O PUK é longo demais: um PUK pode ter no máximo %n byte em UTF-8, e letras como ä ou € ocupam dois ou três; este ocupa %1.</numerusform>
            <numerusform>O PUK é longo demais: um PUK pode ter no máximo %n bytes em UTF-8, e letras como ä ou € ocupam dois ou três; este ocupa %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardTableModel</name>
    <message>
        <source>Instance id: %1</source>
        <translation>ID da instância: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Chaves</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperação</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Local</translation>
    </message>
</context>
<context>
    <name>CardText</name>
    <message>
        <source>TPM of this computer</source>
        <translation>TPM deste computador</translation>
    </message>
    <message>
        <source>Software TPM</source>
        <translation>TPM de software</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulador</translation>
    </message>
    <message numerus="yes">
        <source>PIN set; %n try(ies) left</source>
        <translation>
            <numerusform>PIN definido; %n tentativa restante</numerusform>
            <numerusform>PIN definido; %n tentativas restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>PIN definido</translation>
    </message>
    <message>
        <source>No PIN set</source>
        <translation>Sem PIN</translation>
    </message>
    <message>
        <source>PIN blocked</source>
        <translation>PIN bloqueado</translation>
    </message>
    <message>
        <source>Cannot be reset</source>
        <extracomment>The subject is the card (the virtual smart card): its PIN cannot be reset. A table cell.</extracomment>
        <translation>Não pode ser redefinido</translation>
    </message>
    <message>
        <source>PUK, or the default admin key</source>
        <translation>PUK ou a chave de administrador padrão</translation>
    </message>
    <message>
        <source>Default admin key</source>
        <translation>Chave de administrador padrão</translation>
    </message>
    <message>
        <source>PUK, or the admin key</source>
        <translation>PUK ou a chave de administrador</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Chave de administrador</translation>
    </message>
    <message>
        <source>PUK</source>
        <extracomment>PUK: PIN Unblocking Key, the secret that resets a blocked PIN.</extracomment>
        <translation>PUK</translation>
    </message>
    <message>
        <source>The TPM&apos;s lockout state is not known.</source>
        <translation>O estado de bloqueio do TPM é desconhecido.</translation>
    </message>
    <message numerus="yes">
        <source>No wrong PINs counted by the TPM (it locks after %n).</source>
        <translation>
            <numerusform>Nenhum PIN incorreto contado pelo TPM (ele bloqueia após %n).</numerusform>
            <numerusform>Nenhum PIN incorreto contado pelo TPM (ele bloqueia após %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>location</comment>
        <extracomment>Where the card is kept (a TPM, the simulator) is not known. A table cell of the Location column.</extracomment>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>PIN state</comment>
        <extracomment>The state of the card&apos;s PIN (set, blocked) is not known. A table cell of the PIN column.</extracomment>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>recovery</comment>
        <extracomment>How the card&apos;s PIN can be reset is not known. A table cell of the Recovery column.</extracomment>
        <translation>Desconhecida</translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n second(s), on every card.</source>
        <translation>
            <numerusform>O TPM está bloqueado após muitos PINs incorretos: ele voltará a aceitar PINs em %n segundo, em todos os cartões.</numerusform>
            <numerusform>O TPM está bloqueado após muitos PINs incorretos: ele voltará a aceitar PINs em %n segundos, em todos os cartões.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n minute(s), on every card.</source>
        <translation>
            <numerusform>O TPM está bloqueado após muitos PINs incorretos: ele voltará a aceitar PINs em %n minuto, em todos os cartões.</numerusform>
            <numerusform>O TPM está bloqueado após muitos PINs incorretos: ele voltará a aceitar PINs em %n minutos, em todos os cartões.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n hour(s), on every card.</source>
        <translation>
            <numerusform>O TPM está bloqueado após muitos PINs incorretos: ele voltará a aceitar PINs em %n hora, em todos os cartões.</numerusform>
            <numerusform>O TPM está bloqueado após muitos PINs incorretos: ele voltará a aceitar PINs em %n horas, em todos os cartões.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n second(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>O TPM contou %1 de %2 PINs incorretos, somando todos os seus cartões. A contagem diminui em um a cada %n segundo.</numerusform>
            <numerusform>O TPM contou %1 de %2 PINs incorretos, somando todos os seus cartões. A contagem diminui em um a cada %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n minute(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>O TPM contou %1 de %2 PINs incorretos, somando todos os seus cartões. A contagem diminui em um a cada %n minuto.</numerusform>
            <numerusform>O TPM contou %1 de %2 PINs incorretos, somando todos os seus cartões. A contagem diminui em um a cada %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n hour(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>O TPM contou %1 de %2 PINs incorretos, somando todos os seus cartões. A contagem diminui em um a cada %n hora.</numerusform>
            <numerusform>O TPM contou %1 de %2 PINs incorretos, somando todos os seus cartões. A contagem diminui em um a cada %n horas.</numerusform>
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
        <translation>Uso: vscwizard [OPÇÕES GLOBAIS] [COMANDO [OPÇÕES]]
Sem um comando, o assistente de criação de cartão é aberto.

Comandos:
  create --name NOME [--pin prompt|default] [--puk prompt|default|none]
         [--adminkey default|random|prompt] [--generate]
         [--pinpolicy minlen N maxlen N CLASSE REGRA ...]
      Cria um cartão inteligente virtual e exibe o ID da instância dele.
      CLASSE é uppercase, lowercase, digits, special ou other; REGRA é allow,
      require ou disallow. Padrões: --pin prompt, --puk none, --adminkey default;
      o PIN e o PUK padrão são os do tpmvscmgr. --adminkey random cria um
      cartão que nunca pode ser redefinido, apenas removido. No tpm2 (Linux), o PUK
      ocupa o lugar da chave de administrador: um cartão com PUK não tem essa chave.
  destroy --instance ID
      Remove um cartão inteligente virtual.
  list [--json]
      Mostra os cartões inteligentes virtuais.
  status [--json]
      Mostra o estado do PIN de cada cartão (tentativas restantes, bloqueado), como ele
      pode ser redefinido e o estado de bloqueio do TPM, sem gastar nenhuma tentativa.
  change-pin --instance ID
      Altera o PIN de um cartão; lê o PIN atual e depois o novo PIN.
  reset-pin --instance ID [--with puk|adminkey]
      Define um novo PIN, também em um cartão bloqueado; lê o PUK (ou a chave de
      administrador como 48 dígitos hexadecimais) e depois o novo PIN. Padrão: --with puk
      se o cartão tiver PUK; caso contrário, --with adminkey.
  change-puk --instance ID
      Altera o PUK de um cartão; lê o PUK atual e depois o novo PUK.
  explain CÓDIGO|NOME
      Mostra o que significa um TPMVSCMGR_ERROR ou um TPMVSCMGR_STATUS.
  software-tpm start|stop|status
      Controla o TPM de software do usuário, que guarda os cartões quando nenhum TPM
      de hardware pode ser usado (Linux). Suas chaves não são protegidas por hardware.
  --help, --version

Os segredos nunca são obtidos da linha de comando. &quot;prompt&quot; os lê do terminal
sem exibi-los, pedindo duas vezes; quando a entrada padrão não é um terminal, é lida
uma linha por segredo solicitado, na ordem PIN, PUK, chave de administrador (48 dígitos
hexadecimais) para create, e na ordem indicada acima para os outros comandos. Todo
novo PIN deve atender à política da organização (--policy).

Opções de todos os comandos:
  --verbose            exibir o progresso mesmo quando o erro padrão não é um terminal

Ctrl+C cancela a operação em andamento; nada fica pela metade.

Status de saída: 0 sucesso, 1 outra falha, 2 uso incorreto, 3 cancelado,
10 + N para TPMVSCMGR_ERROR N (consulte &quot;vscwizard explain N&quot;),
40 + N para um erro de cartão de change-pin, reset-pin, change-puk e status: 41 PIN
incorreto, 42 PUK incorreto, 43 chave de administrador incorreta, 44 PIN bloqueado,
45 PUK bloqueado, 46 novo PIN recusado, 47 novo PUK recusado, 48 não pode ser redefinido,
49 cartão inexistente, 50 bloqueio do TPM, 51 não é possível aqui, 52 outra falha do cartão.
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
        <translation>Simulador (somente testes e demonstrações; nenhum cartão é realmente criado):
  --sim-fail ERRO[@STATUS] falha uma vez por processo com ERRO em STATUS (nomes sem o
  prefixo TPMVSCMGR_, por exemplo GENERATE_FILESYSTEM@GENERATE_RUNNING; sem @STATUS, na
  primeira etapa). A falha ocorre uma só vez: uma nova tentativa no mesmo processo funciona.
  --sim-fail CARD:ERRO[@OPERAÇÃO] faz uma operação de cartão falhar uma vez com um erro de
  cartão (WRONG_PIN, WRONG_PUK, WRONG_ADMIN_KEY, PIN_BLOCKED, PUK_BLOCKED, NEW_PIN_REFUSED,
  NEW_PUK_REFUSED, CANNOT_RESET, CARD_NOT_FOUND, TPM_LOCKOUT, UNSUPPORTED, FAILED) em
  change-pin, reset-pin, change-puk ou status (sem @: a primeira alteração ou redefinição);
  nada muda no cartão.
  --sim-delay MS aguarda antes de cada status; um cancelamento tem efeito no próximo status.
</translation>
    </message>
    <message>
        <source>software-tpm takes one of start, stop or status.</source>
        <extracomment>software-tpm, start, stop and status are typed as they are: do not translate them.</extracomment>
        <translation>software-tpm aceita um destes: start, stop ou status.</translation>
    </message>
    <message>
        <source>This program has no software TPM.</source>
        <translation>Este programa não tem TPM de software.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nenhum comando informado.</translation>
    </message>
    <message>
        <source>Unknown command. The commands are create, destroy, list, status, change-pin, reset-pin, change-puk, explain and software-tpm.</source>
        <translation>Comando desconhecido. Os comandos são create, destroy, list, status, change-pin, reset-pin, change-puk, explain e software-tpm.</translation>
    </message>
</context>
<context>
    <name>ClientRegistration</name>
    <message>
        <source>The file %1 is not the program&apos;s own; it is left as it is.</source>
        <translation>O arquivo %1 não pertence ao programa; ele foi mantido como está.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>list takes only --json.</source>
        <translation>list aceita somente --json.</translation>
    </message>
    <message>
        <source>destroy: --instance needs the instance id shown by &quot;vscwizard list&quot;.</source>
        <translation>destroy: --instance precisa do ID da instância mostrado por &quot;vscwizard list&quot;.</translation>
    </message>
    <message>
        <source>destroy takes only --instance ID.</source>
        <translation>destroy aceita somente --instance ID.</translation>
    </message>
    <message>
        <source>destroy takes exactly one --instance ID.</source>
        <translation>destroy aceita exatamente um --instance ID.</translation>
    </message>
    <message>
        <source>destroy needs --instance ID (see &quot;vscwizard list&quot;).</source>
        <translation>destroy precisa de --instance ID (consulte &quot;vscwizard list&quot;).</translation>
    </message>
    <message>
        <source>Removed the virtual smart card %1.</source>
        <translation>O cartão inteligente virtual %1 foi removido.</translation>
    </message>
    <message>
        <source>Restart the computer to finish removing the card.</source>
        <translation>Reinicie o computador para concluir a remoção do cartão.</translation>
    </message>
    <message>
        <source>explain takes one error or status, as a name or a number.</source>
        <translation>explain aceita um erro ou um status, como nome ou número.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a TPMVSCMGR_ERROR nor a TPMVSCMGR_STATUS name or number.</source>
        <translation>&quot;%1&quot; não é um nome nem um número de TPMVSCMGR_ERROR ou de TPMVSCMGR_STATUS.</translation>
    </message>
    <message>
        <source>Error %1: TPMVSCMGR_ERROR_%2</source>
        <translation>Erro %1: TPMVSCMGR_ERROR_%2</translation>
    </message>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message>
        <source>  vscwizard exits with status %1 on this error.</source>
        <translation>  O vscwizard sai com o status %1 neste erro.</translation>
    </message>
    <message>
        <source>Status %1: TPMVSCMGR_STATUS_%2</source>
        <translation>Status %1: TPMVSCMGR_STATUS_%2</translation>
    </message>
    <message numerus="yes">
        <source>destroy: &quot;%1&quot; is not an instance id: none is longer than %n character(s) (see &quot;vscwizard list&quot;).</source>
        <translation>
            <numerusform>destroy: &quot;%1&quot; não é um ID de instância: nenhum tem mais de %n caractere (consulte &quot;vscwizard list&quot;).</numerusform>
            <numerusform>destroy: &quot;%1&quot; não é um ID de instância: nenhum tem mais de %n caracteres (consulte &quot;vscwizard list&quot;).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateCommand</name>
    <message>
        <source>%1 takes one of: %2. Secrets are read from the terminal or from standard input, never from the command line.</source>
        <extracomment>%1 is an option such as --pin, %2 its keywords (prompt, stdin), typed as they are.</extracomment>
        <translation>%1 aceita um destes: %2. Os segredos são lidos do terminal ou da entrada padrão, nunca da linha de comando.</translation>
    </message>
    <message>
        <source>--pinpolicy needs rules, e.g. --pinpolicy minlen 6 digits require.</source>
        <translation>--pinpolicy precisa de regras, por exemplo: --pinpolicy minlen 6 digits require.</translation>
    </message>
    <message>
        <source>--pinpolicy: &quot;%1&quot; needs a value.</source>
        <translation>--pinpolicy: &quot;%1&quot; precisa de um valor.</translation>
    </message>
    <message>
        <source>--pinpolicy: &quot;%1&quot; is not a rule; use minlen, maxlen, uppercase, lowercase, digits, special or other.</source>
        <translation>--pinpolicy: &quot;%1&quot; não é uma regra; use minlen, maxlen, uppercase, lowercase, digits, special ou other.</translation>
    </message>
    <message>
        <source>--pinpolicy: %1 is given twice; give each rule once.</source>
        <translation>--pinpolicy: %1 foi informado duas vezes; informe cada regra uma só vez.</translation>
    </message>
    <message>
        <source>--pinpolicy: %1 takes a number, not &quot;%2&quot;.</source>
        <translation>--pinpolicy: %1 aceita um número, não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--pinpolicy: %1 takes allow, require or disallow, not &quot;%2&quot;.</source>
        <translation>--pinpolicy: %1 aceita allow, require ou disallow, não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--pinpolicy: %1</source>
        <translation>--pinpolicy: %1</translation>
    </message>
    <message>
        <source>create: unexpected argument number %1; only options are taken.</source>
        <translation>create: argumento inesperado na posição %1; somente opções são aceitas.</translation>
    </message>
    <message>
        <source>create: %1 is given twice.</source>
        <translation>create: %1 foi informado duas vezes.</translation>
    </message>
    <message>
        <source>create: --generate takes no value.</source>
        <translation>create: --generate não aceita valor.</translation>
    </message>
    <message>
        <source>create: unknown option %1.</source>
        <translation>create: opção desconhecida %1.</translation>
    </message>
    <message>
        <source>create: %1 needs a value.</source>
        <translation>create: %1 precisa de um valor.</translation>
    </message>
    <message>
        <source>create needs --name NAME.</source>
        <translation>create precisa de --name NOME.</translation>
    </message>
    <message>
        <source>The organization policy %1 sets the PIN rules; --pinpolicy cannot change them.</source>
        <translation>A política da organização %1 define as regras do PIN; --pinpolicy não pode alterá-las.</translation>
    </message>
    <message>
        <source>The organization policy %1 requires a PUK: add --puk prompt or --puk default.</source>
        <translation>A política da organização %1 exige um PUK: adicione --puk prompt ou --puk default.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow a publicly known recovery secret, and on the %2 backend the PUK is the card&apos;s only one: use --puk prompt.</source>
        <translation>A política da organização %1 não permite um segredo de recuperação conhecido publicamente, e no backend %2 o PUK é o único segredo do cartão: use --puk prompt.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow the default admin key: add --adminkey prompt or --adminkey random.</source>
        <translation>A política da organização %1 não permite a chave de administrador padrão: adicione --adminkey prompt ou --adminkey random.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow the default admin key: add --adminkey prompt.</source>
        <translation>A política da organização %1 não permite a chave de administrador padrão: adicione --adminkey prompt.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow a random admin key: add --adminkey prompt or --adminkey default.</source>
        <translation>A política da organização %1 não permite uma chave de administrador aleatória: adicione --adminkey prompt ou --adminkey default.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow a random admin key: add --adminkey prompt.</source>
        <translation>A política da organização %1 não permite uma chave de administrador aleatória: adicione --adminkey prompt.</translation>
    </message>
    <message>
        <source>Or give the card a PUK with --puk prompt: on the %1 backend it takes the admin key&apos;s place.</source>
        <translation>Ou dê ao cartão um PUK com --puk prompt: no backend %1, ele ocupa o lugar da chave de administrador.</translation>
    </message>
    <message>
        <source>--adminkey prompt would ask for a key that is never used: on the %1 backend the PUK takes the admin key&apos;s place. Leave out --adminkey, or use --puk none to protect the card with an admin key instead.</source>
        <translation>--adminkey prompt pediria uma chave que nunca é usada: no backend %1, o PUK ocupa o lugar da chave de administrador. Omita --adminkey ou use --puk none para proteger o cartão com uma chave de administrador.</translation>
    </message>
    <message>
        <source>Note: on the %1 backend the PUK takes the admin key&apos;s place; --adminkey is ignored.</source>
        <translation>Observação: no backend %1, o PUK ocupa o lugar da chave de administrador; --adminkey é ignorado.</translation>
    </message>
    <message>
        <source>The two entries differed three times; nothing was created.</source>
        <translation>As duas entradas foram diferentes três vezes; nada foi criado.</translation>
    </message>
    <message>
        <source>The PIN must meet these rules:</source>
        <translation>O PIN deve atender a estas regras:</translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation>PIN: </translation>
    </message>
    <message>
        <source>Repeat the PIN: </source>
        <translation>Repita o PIN: </translation>
    </message>
    <message>
        <source>Standard input ended before the PIN was read.</source>
        <translation>A entrada padrão terminou antes de o PIN ser lido.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>The PIN breaks these rules:</source>
        <translation>O PIN viola estas regras:</translation>
    </message>
    <message>
        <source>PUK: </source>
        <translation>PUK: </translation>
    </message>
    <message>
        <source>Repeat the PUK: </source>
        <translation>Repita o PUK: </translation>
    </message>
    <message>
        <source>Standard input ended before the PUK was read.</source>
        <translation>A entrada padrão terminou antes de o PUK ser lido.</translation>
    </message>
    <message>
        <source>The admin key beside the PUK is random and kept nowhere: only the PUK can reset this card.</source>
        <translation>A chave de administrador que acompanha o PUK é aleatória e não é guardada em lugar nenhum: somente o PUK pode redefinir este cartão.</translation>
    </message>
    <message>
        <source>The admin key is random and kept nowhere: this card can never be reset, only removed.</source>
        <translation>A chave de administrador é aleatória e não é guardada em lugar nenhum: este cartão nunca poderá ser redefinido, apenas removido.</translation>
    </message>
    <message>
        <source>Admin key (48 hex digits): </source>
        <translation>Chave de administrador (48 dígitos hexadecimais): </translation>
    </message>
    <message>
        <source>Repeat the admin key: </source>
        <translation>Repita a chave de administrador: </translation>
    </message>
    <message>
        <source>Standard input ended before the admin key was read.</source>
        <translation>A entrada padrão terminou antes de a chave de administrador ser lida.</translation>
    </message>
    <message>
        <source>Admin key: %1</source>
        <translation>Chave de administrador: %1</translation>
    </message>
    <message>
        <source>Admin key check value (KCV): %1</source>
        <translation>Valor de verificação da chave de administrador (KCV): %1</translation>
    </message>
    <message>
        <source>Created the virtual smart card &quot;%1&quot; (%2).</source>
        <translation>O cartão inteligente virtual &quot;%1&quot; (%2) foi criado.</translation>
    </message>
    <message>
        <source>The card has the default PIN; change it before you rely on the card.</source>
        <translation>O cartão tem o PIN padrão; altere-o antes de confiar no cartão.</translation>
    </message>
    <message>
        <source>Restart the computer before applications can use the card.</source>
        <translation>Reinicie o computador para que os aplicativos possam usar o cartão.</translation>
    </message>
</context>
<context>
    <name>EnrollmentWizard</name>
    <message>
        <source>Create a Virtual Smart Card</source>
        <translation>Criar um cartão inteligente virtual</translation>
    </message>
    <message>
        <source>Virtual smart card wizard</source>
        <translation>Assistente de cartão inteligente virtual</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>Could not act on your behalf</source>
        <translation>Não foi possível agir em seu nome</translation>
    </message>
    <message>
        <source>The smart card service could not act with the rights of your user account, so it could not work on the card.</source>
        <translation>O serviço de cartão inteligente não pôde agir com os direitos da sua conta de usuário, por isso não pôde trabalhar com o cartão.</translation>
    </message>
    <message>
        <source>Sign out and sign in again, then retry. If it keeps failing, ask your administrator whether your account may manage smart cards on this computer.</source>
        <translation>Saia, entre novamente e tente outra vez. Se continuar falhando, pergunte ao administrador se a sua conta pode gerenciar cartões inteligentes neste computador.</translation>
    </message>
    <message>
        <source>PIN or PUK does not meet the rules</source>
        <translation>O PIN ou o PUK não atende às regras</translation>
    </message>
    <message>
        <source>The PIN or the PUK does not meet your organization&apos;s rules for their length or the kinds of characters they contain.</source>
        <translation>O PIN ou o PUK não atende às regras da sua organização quanto ao comprimento ou aos tipos de caracteres que contém.</translation>
    </message>
    <message>
        <source>Choose a PIN and a PUK that meet every rule: those of the organization policy (--policy) and of --pinpolicy.</source>
        <translation>Escolha um PIN e um PUK que atendam a todas as regras: as da política da organização (--policy) e as de --pinpolicy.</translation>
    </message>
    <message>
        <source>Go back and choose a PIN and a PUK that meet every rule listed on the PIN page.</source>
        <translation>Volte e escolha um PIN e um PUK que atendam a todas as regras listadas na página do PIN.</translation>
    </message>
    <message>
        <source>Too many smart cards</source>
        <translation>Cartões inteligentes demais</translation>
    </message>
    <message>
        <source>This computer already has as many smart cards as it can use at once (10, counting physical and virtual cards).</source>
        <translation>Este computador já tem tantos cartões inteligentes quanto pode usar ao mesmo tempo (10, contando cartões físicos e virtuais).</translation>
    </message>
    <message>
        <source>Remove a virtual smart card you no longer need or unplug a smart card reader, then try again.</source>
        <translation>Remova um cartão inteligente virtual de que não precise mais ou desconecte um leitor de cartão inteligente e tente novamente.</translation>
    </message>
    <message>
        <source>Not possible in a remote session</source>
        <translation>Não é possível em uma sessão remota</translation>
    </message>
    <message>
        <source>Virtual smart cards cannot be created or removed from a remote desktop session.</source>
        <translation>Não é possível criar nem remover cartões inteligentes virtuais em uma sessão da Área de Trabalho Remota.</translation>
    </message>
    <message>
        <source>Sign in at the computer itself, not through a remote desktop connection, and try again.</source>
        <translation>Entre no próprio computador, não por uma conexão da Área de Trabalho Remota, e tente novamente.</translation>
    </message>
    <message>
        <source>The TPM is not ready for smart cards</source>
        <translation>O TPM não está pronto para cartões inteligentes</translation>
    </message>
    <message>
        <source>The part of the system that keeps smart cards in the TPM (Trusted Platform Module) could not be started.</source>
        <translation>Não foi possível iniciar a parte do sistema que mantém os cartões inteligentes no TPM (Trusted Platform Module).</translation>
    </message>
    <message>
        <source>Check that the TPM is turned on and ready (in the firmware settings or with your administrator), restart the computer and try again.</source>
        <translation>Verifique se o TPM está ativado e pronto (nas configurações do firmware ou com o administrador), reinicie o computador e tente novamente.</translation>
    </message>
    <message>
        <source>The card&apos;s storage could not be created</source>
        <translation>Não foi possível criar o armazenamento do cartão</translation>
    </message>
    <message>
        <source>The TPM could not create the protected storage that holds the virtual smart card&apos;s keys.</source>
        <translation>O TPM não conseguiu criar o armazenamento protegido que guarda as chaves do cartão inteligente virtual.</translation>
    </message>
    <message>
        <source>Make sure the TPM is not locked after too many wrong attempts and has room for another card, then try again.</source>
        <translation>Verifique se o TPM não está bloqueado após muitas tentativas incorretas e se há espaço para mais um cartão, e tente novamente.</translation>
    </message>
    <message>
        <source>The card&apos;s storage could not be removed</source>
        <translation>Não foi possível remover o armazenamento do cartão</translation>
    </message>
    <message>
        <source>The TPM could not delete the protected storage of the virtual smart card.</source>
        <translation>O TPM não conseguiu excluir o armazenamento protegido do cartão inteligente virtual.</translation>
    </message>
    <message>
        <source>Restart the computer and try removing the card again.</source>
        <translation>Reinicie o computador e tente remover o cartão novamente.</translation>
    </message>
    <message>
        <source>Card emulation could not start</source>
        <translation>Não foi possível iniciar a emulação do cartão</translation>
    </message>
    <message>
        <source>The software that makes the TPM behave like a smart card could not be started.</source>
        <translation>Não foi possível iniciar o software que faz o TPM se comportar como um cartão inteligente.</translation>
    </message>
    <message>
        <source>Restart the computer and try again. If it keeps failing, reinstall or update the smart card software.</source>
        <translation>Reinicie o computador e tente novamente. Se continuar falhando, reinstale ou atualize o software de cartão inteligente.</translation>
    </message>
    <message>
        <source>Card emulation could not be set up</source>
        <translation>Não foi possível configurar a emulação do cartão</translation>
    </message>
    <message>
        <source>The software that makes the TPM behave like a smart card could not set up this card.</source>
        <translation>O software que faz o TPM se comportar como um cartão inteligente não conseguiu configurar este cartão.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, restart the computer first.</source>
        <translation>Tente novamente. Se continuar falhando, reinicie o computador antes.</translation>
    </message>
    <message>
        <source>Card emulation could not be removed</source>
        <translation>Não foi possível remover a emulação do cartão</translation>
    </message>
    <message>
        <source>The software that makes the TPM behave like a smart card could not remove this card.</source>
        <translation>O software que faz o TPM se comportar como um cartão inteligente não conseguiu remover este cartão.</translation>
    </message>
    <message>
        <source>Restart the computer, then try removing the card again.</source>
        <translation>Reinicie o computador e depois tente remover o cartão novamente.</translation>
    </message>
    <message>
        <source>Card settings could not be saved</source>
        <translation>Não foi possível salvar as configurações do cartão</translation>
    </message>
    <message>
        <source>A setting of the card, such as its name or its PIN rules, could not be stored.</source>
        <translation>Não foi possível armazenar uma configuração do cartão, como o nome ou as regras do PIN.</translation>
    </message>
    <message>
        <source>Check that the disk is not full and that the card&apos;s storage is writable, then try again.</source>
        <translation>Verifique se o disco não está cheio e se o armazenamento do cartão permite gravação e tente novamente.</translation>
    </message>
    <message>
        <source>Card settings could not be read</source>
        <translation>Não foi possível ler as configurações do cartão</translation>
    </message>
    <message>
        <source>A setting of the card could not be read back, so the card could not be found or checked.</source>
        <translation>Não foi possível ler de volta uma configuração do cartão, por isso o cartão não pôde ser encontrado ou verificado.</translation>
    </message>
    <message>
        <source>Check that the card still exists (another program may have removed it), then try again.</source>
        <translation>Verifique se o cartão ainda existe (outro programa pode tê-lo removido) e tente novamente.</translation>
    </message>
    <message>
        <source>The virtual reader could not start</source>
        <translation>Não foi possível iniciar o leitor virtual</translation>
    </message>
    <message>
        <source>The virtual smart card reader, through which programs reach the card, could not be started.</source>
        <translation>Não foi possível iniciar o leitor de cartão inteligente virtual, pelo qual os programas acessam o cartão.</translation>
    </message>
    <message>
        <source>Check that the smart card service is running, or restart the computer, and try again.</source>
        <translation>Verifique se o serviço de cartão inteligente está em execução, ou reinicie o computador, e tente novamente.</translation>
    </message>
    <message>
        <source>The virtual reader could not be created</source>
        <translation>Não foi possível criar o leitor virtual</translation>
    </message>
    <message>
        <source>The virtual smart card reader for the new card could not be added.</source>
        <translation>Não foi possível adicionar o leitor de cartão inteligente virtual do novo cartão.</translation>
    </message>
    <message>
        <source>Restart the computer and try again. Remove cards you no longer use if there are many.</source>
        <translation>Reinicie o computador e tente novamente. Se houver muitos cartões, remova os que você não usa mais.</translation>
    </message>
    <message>
        <source>The virtual reader could not be removed</source>
        <translation>Não foi possível remover o leitor virtual</translation>
    </message>
    <message>
        <source>The virtual smart card reader of this card could not be removed.</source>
        <translation>Não foi possível remover o leitor de cartão inteligente virtual deste cartão.</translation>
    </message>
    <message>
        <source>Restart the computer, which usually removes the reader, and try again if the card is still listed.</source>
        <translation>Reinicie o computador, o que normalmente remove o leitor, e tente novamente se o cartão ainda estiver listado.</translation>
    </message>
    <message>
        <source>Could not connect to the new card</source>
        <translation>Não foi possível conectar ao novo cartão</translation>
    </message>
    <message>
        <source>The new card could not be reached to set up its contents.</source>
        <translation>Não foi possível acessar o novo cartão para configurar o conteúdo dele.</translation>
    </message>
    <message>
        <source>Wait a moment and try again. If it keeps failing, restart the computer.</source>
        <translation>Aguarde um momento e tente novamente. Se continuar falhando, reinicie o computador.</translation>
    </message>
    <message>
        <source>The card&apos;s contents could not be prepared</source>
        <translation>Não foi possível preparar o conteúdo do cartão</translation>
    </message>
    <message>
        <source>The file system or the keys of the new card could not be generated.</source>
        <translation>Não foi possível gerar o sistema de arquivos ou as chaves do novo cartão.</translation>
    </message>
    <message>
        <source>Try again, or create the card without generating its contents and generate them later.</source>
        <translation>Tente novamente ou crie o cartão sem gerar o conteúdo e gere-o depois.</translation>
    </message>
    <message>
        <source>Unable to create the smart card</source>
        <translation>Não é possível criar o cartão inteligente</translation>
    </message>
    <message>
        <source>The virtual smart card could not be created.</source>
        <translation>Não foi possível criar o cartão inteligente virtual.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, give the details below to your administrator.</source>
        <translation>Tente novamente. Se continuar falhando, informe os detalhes abaixo ao administrador.</translation>
    </message>
    <message>
        <source>Unable to remove the smart card</source>
        <translation>Não é possível remover o cartão inteligente</translation>
    </message>
    <message>
        <source>The virtual smart card could not be removed.</source>
        <translation>Não foi possível remover o cartão inteligente virtual.</translation>
    </message>
    <message>
        <source>Close the programs that use the card and try again. If the card is still listed, restart the computer.</source>
        <translation>Feche os programas que usam o cartão e tente novamente. Se o cartão ainda estiver listado, reinicie o computador.</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Erro desconhecido</translation>
    </message>
    <message>
        <source>Unknown error (code %1)</source>
        <translation>Erro desconhecido (código %1)</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>PIN incorreto</translation>
    </message>
    <message>
        <source>Type the PIN again, carefully. If you have forgotten it, reset it with the PUK or the admin key instead of guessing: every wrong PIN counts.</source>
        <translation>Digite o PIN novamente, com cuidado. Se você o esqueceu, redefina-o com o PUK ou a chave de administrador em vez de tentar adivinhar: cada PIN incorreto conta.</translation>
    </message>
    <message>
        <source>Wrong PUK</source>
        <translation>PUK incorreto</translation>
    </message>
    <message>
        <source>Type the PUK again, carefully: it is the one set when the card was made, not the PIN.</source>
        <translation>Digite o PUK novamente, com cuidado: é aquele definido quando o cartão foi criado, não o PIN.</translation>
    </message>
    <message>
        <source>Wrong admin key</source>
        <translation>Chave de administrador incorreta</translation>
    </message>
    <message>
        <source>Check the 48 hexadecimal digits and the check value (KCV) you were given for this card.</source>
        <translation>Verifique os 48 dígitos hexadecimais e o valor de verificação (KCV) que você recebeu para este cartão.</translation>
    </message>
    <message>
        <source>PIN blocked</source>
        <translation>PIN bloqueado</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is blocked after too many wrong tries.</source>
        <translation>O PIN do cartão está bloqueado após muitas tentativas incorretas.</translation>
    </message>
    <message>
        <source>Reset it with vscwizard reset-pin, using the PUK or the admin key.</source>
        <translation>Redefina-o com vscwizard reset-pin, usando o PUK ou a chave de administrador.</translation>
    </message>
    <message>
        <source>Reset the PIN with the PUK or the admin key.</source>
        <translation>Redefina o PIN com o PUK ou a chave de administrador.</translation>
    </message>
    <message>
        <source>PUK blocked</source>
        <translation>PUK bloqueado</translation>
    </message>
    <message>
        <source>The card&apos;s PUK is blocked after too many wrong tries.</source>
        <translation>O PUK do cartão está bloqueado após muitas tentativas incorretas.</translation>
    </message>
    <message>
        <source>The PIN can no longer be reset with the PUK. Remove the card and create a new one.</source>
        <translation>O PIN não pode mais ser redefinido com o PUK. Remova o cartão e crie um novo.</translation>
    </message>
    <message>
        <source>New PIN not allowed</source>
        <translation>Novo PIN não permitido</translation>
    </message>
    <message>
        <source>The new PIN does not meet the card&apos;s rules.</source>
        <translation>O novo PIN não atende às regras do cartão.</translation>
    </message>
    <message>
        <source>Choose a PIN that meets every rule listed above.</source>
        <translation>Escolha um PIN que atenda a todas as regras listadas acima.</translation>
    </message>
    <message>
        <source>Choose a PIN that meets every rule shown.</source>
        <translation>Escolha um PIN que atenda a todas as regras exibidas.</translation>
    </message>
    <message>
        <source>New PUK not allowed</source>
        <translation>Novo PUK não permitido</translation>
    </message>
    <message>
        <source>The new PUK does not meet the card&apos;s rules.</source>
        <translation>O novo PUK não atende às regras do cartão.</translation>
    </message>
    <message>
        <source>Choose a PUK of 8 to 127 characters that is not the PIN.</source>
        <translation>Escolha um PUK de 8 a 127 caracteres que não seja o PIN.</translation>
    </message>
    <message>
        <source>This card cannot be reset</source>
        <translation>Este cartão não pode ser redefinido</translation>
    </message>
    <message>
        <source>The card has no PUK and a random admin key that nobody knows, so nothing can reset its PIN.</source>
        <translation>O cartão não tem PUK e tem uma chave de administrador aleatória que ninguém conhece, então nada pode redefinir o PIN dele.</translation>
    </message>
    <message>
        <source>Remove the card (vscwizard destroy) and create a new one.</source>
        <translation>Remova o cartão (vscwizard destroy) e crie um novo.</translation>
    </message>
    <message>
        <source>Remove the card and create a new one.</source>
        <translation>Remova o cartão e crie um novo.</translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>Cartão inexistente</translation>
    </message>
    <message>
        <source>The card was not found. It may have been removed.</source>
        <translation>O cartão não foi encontrado. Ele pode ter sido removido.</translation>
    </message>
    <message>
        <source>vscwizard list shows the cards and their instance ids.</source>
        <translation>vscwizard list mostra os cartões e os IDs de instância deles.</translation>
    </message>
    <message>
        <source>Refresh the list of cards.</source>
        <translation>Atualize a lista de cartões.</translation>
    </message>
    <message>
        <source>The TPM is locked</source>
        <translation>O TPM está bloqueado</translation>
    </message>
    <message>
        <source>The TPM refuses every PIN for a while after too many wrong ones, on every card.</source>
        <translation>Após muitos PINs incorretos, o TPM recusa todos os PINs por um tempo, em todos os cartões.</translation>
    </message>
    <message>
        <source>Wait until the TPM accepts PINs again, then try once more.</source>
        <translation>Aguarde até que o TPM volte a aceitar PINs e tente mais uma vez.</translation>
    </message>
    <message>
        <source>Not possible here</source>
        <translation>Não é possível aqui</translation>
    </message>
    <message>
        <source>This card or this computer does not offer this operation.</source>
        <translation>Este cartão ou este computador não oferece esta operação.</translation>
    </message>
    <message>
        <source>The card could not be changed</source>
        <translation>Não foi possível alterar o cartão</translation>
    </message>
    <message>
        <source>The operation did not finish; the card is as it was.</source>
        <translation>A operação não foi concluída; o cartão continua como estava.</translation>
    </message>
    <message>
        <source>Try again. The details say what the card answered.</source>
        <translation>Tente novamente. Os detalhes dizem o que o cartão respondeu.</translation>
    </message>
    <message>
        <source>Initializing the virtual smart card…</source>
        <translation>Inicializando o cartão inteligente virtual…</translation>
    </message>
    <message>
        <source>Creating the card&apos;s protected storage in the TPM…</source>
        <translation>Criando o armazenamento protegido do cartão no TPM…</translation>
    </message>
    <message>
        <source>Removing the card&apos;s protected storage from the TPM…</source>
        <translation>Removendo do TPM o armazenamento protegido do cartão…</translation>
    </message>
    <message>
        <source>Starting the card emulation…</source>
        <translation>Iniciando a emulação do cartão…</translation>
    </message>
    <message>
        <source>Setting up the card emulation…</source>
        <translation>Configurando a emulação do cartão…</translation>
    </message>
    <message>
        <source>Removing the card emulation…</source>
        <translation>Removendo a emulação do cartão…</translation>
    </message>
    <message>
        <source>Starting the virtual reader…</source>
        <translation>Iniciando o leitor virtual…</translation>
    </message>
    <message>
        <source>Creating the virtual reader…</source>
        <translation>Criando o leitor virtual…</translation>
    </message>
    <message>
        <source>Removing the virtual reader…</source>
        <translation>Removendo o leitor virtual…</translation>
    </message>
    <message>
        <source>Waiting for the new card to appear…</source>
        <translation>Aguardando o novo cartão aparecer…</translation>
    </message>
    <message>
        <source>Signing in to the new card…</source>
        <extracomment>A stage: logging in to the new card (token) with its PIN.</extracomment>
        <translation>Autenticando no novo cartão…</translation>
    </message>
    <message>
        <source>Generating the card&apos;s contents…</source>
        <translation>Gerando o conteúdo do cartão…</translation>
    </message>
    <message>
        <source>The virtual smart card was created.</source>
        <translation>O cartão inteligente virtual foi criado.</translation>
    </message>
    <message>
        <source>The virtual smart card was removed.</source>
        <translation>O cartão inteligente virtual foi removido.</translation>
    </message>
    <message>
        <source>Unknown step (code %1)</source>
        <translation>Etapa desconhecida (código %1)</translation>
    </message>
    <message>
        <source>The operation was cancelled before it finished; nothing was changed.</source>
        <translation>A operação foi cancelada antes de terminar; nada foi alterado.</translation>
    </message>
    <message numerus="yes">
        <source>The PIN is wrong for this card. %n try(ies) left before the PIN is blocked.</source>
        <translation>
            <numerusform>O PIN está incorreto para este cartão. Resta %n tentativa antes de o PIN ser bloqueado.</numerusform>
            <numerusform>O PIN está incorreto para este cartão. Restam %n tentativas antes de o PIN ser bloqueado.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN is wrong for this card.</source>
        <translation>O PIN está incorreto para este cartão.</translation>
    </message>
    <message numerus="yes">
        <source>The PUK is wrong for this card. %n try(ies) left before the PUK is blocked too.</source>
        <translation>
            <numerusform>O PUK está incorreto para este cartão. Resta %n tentativa antes de o PUK também ser bloqueado.</numerusform>
            <numerusform>O PUK está incorreto para este cartão. Restam %n tentativas antes de o PUK também ser bloqueado.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PUK is wrong for this card.</source>
        <translation>O PUK está incorreto para este cartão.</translation>
    </message>
    <message>
        <source>The admin key is wrong for this card, so the PIN was not reset.</source>
        <translation>A chave de administrador está incorreta para este cartão, por isso o PIN não foi redefinido.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>O que deu errado</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalhes</translation>
    </message>
    <message>
        <source>Shows or hides the technical details of the error.</source>
        <translation>Mostra ou oculta os detalhes técnicos do erro.</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalhes técnicos</translation>
    </message>
    <message>
        <source>Error: TPMVSCMGR_ERROR_%1 (%2)</source>
        <translation>Erro: TPMVSCMGR_ERROR_%1 (%2)</translation>
    </message>
    <message>
        <source>Backend detail: none</source>
        <translation>Detalhe do backend: nenhum</translation>
    </message>
    <message>
        <source>Backend detail: %1</source>
        <translation>Detalhe do backend: %1</translation>
    </message>
    <message>
        <source>Card error %1</source>
        <translation>Erro de cartão %1</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <source>Choose how the card is prepared.</source>
        <translation>Escolha como o cartão é preparado.</translation>
    </message>
    <message>
        <source>&amp;Prepare the card for use now (file system and key pair)</source>
        <translation>&amp;Preparar o cartão para uso agora (sistema de arquivos e par de chaves)</translation>
    </message>
    <message>
        <source>Creates the card&apos;s file system and a key pair right away, so the card can be used at once.</source>
        <translation>Cria agora o sistema de arquivos do cartão e um par de chaves, para que o cartão possa ser usado imediatamente.</translation>
    </message>
    <message>
        <source>Without this, the card is created empty and an application must prepare it before first use.</source>
        <translation>Sem isso, o cartão é criado vazio e um aplicativo precisa prepará-lo antes do primeiro uso.</translation>
    </message>
    <message>
        <source>&amp;Key algorithm:</source>
        <translation>&amp;Algoritmo da chave:</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>Algoritmo da chave</translation>
    </message>
    <message>
        <source>The kind of key pair created on the card.</source>
        <translation>O tipo de par de chaves criado no cartão.</translation>
    </message>
    <message>
        <source>A&amp;ttestation:</source>
        <translation>A&amp;testado:</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Atestado</translation>
    </message>
    <message>
        <source>Whether the card can prove to a server that its keys are protected by this computer&apos;s TPM.</source>
        <translation>Se o cartão pode provar a um servidor que as chaves dele são protegidas pelo TPM deste computador.</translation>
    </message>
    <message>
        <source>&amp;Prepare the card for use now (a key pair)</source>
        <translation>&amp;Preparar o cartão para uso agora (um par de chaves)</translation>
    </message>
    <message>
        <source>Creates a key pair on the card right away, so the card can be used at once.</source>
        <translation>Cria agora um par de chaves no cartão, para que o cartão possa ser usado imediatamente.</translation>
    </message>
    <message>
        <source>Elliptic curve P-256 (recommended)</source>
        <translation>Curva elíptica P-256 (recomendado)</translation>
    </message>
    <message>
        <source>RSA 2048 bits</source>
        <translation>RSA de 2048 bits</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Attestation identity key only</source>
        <translation>Somente chave de identidade de atestado</translation>
    </message>
    <message>
        <source>Attestation identity key and certificate (needs network access)</source>
        <translation>Chave de identidade de atestado e certificado (requer acesso à rede)</translation>
    </message>
</context>
<context>
    <name>OrganizationPolicy</name>
    <message>
        <source>The policy file %1 cannot be read: %2</source>
        <translation>Não é possível ler o arquivo de política %1: %2</translation>
    </message>
    <message>
        <source>The policy file %1 does not exist.</source>
        <translation>O arquivo de política %1 não existe.</translation>
    </message>
    <message>
        <source>The policy file %1 is not a regular file.</source>
        <translation>O arquivo de política %1 não é um arquivo comum.</translation>
    </message>
    <message>
        <source>this line is not valid UTF-8; save the file as UTF-8.</source>
        <translation>esta linha não é UTF-8 válido; salve o arquivo como UTF-8.</translation>
    </message>
    <message>
        <source>this line contains a control character.</source>
        <translation>esta linha contém um caractere de controle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a [Section], a Key=Value line nor a comment.</source>
        <translation>&quot;%1&quot; não é uma [Seção], nem uma linha Chave=Valor, nem um comentário.</translation>
    </message>
    <message>
        <source>the section [%1] appears a second time (first on line %2); each section may appear once.</source>
        <translation>a seção [%1] aparece pela segunda vez (a primeira na linha %2); cada seção só pode aparecer uma vez.</translation>
    </message>
    <message>
        <source>the line &quot;%1&quot; has no key before the &quot;=&quot;.</source>
        <translation>a linha &quot;%1&quot; não tem chave antes do &quot;=&quot;.</translation>
    </message>
    <message>
        <source>the key %1 (value &quot;%2&quot;) comes before any section; put it under [%3] or [%4].</source>
        <translation>a chave %1 (valor &quot;%2&quot;) vem antes de qualquer seção; coloque-a em [%3] ou [%4].</translation>
    </message>
    <message>
        <source>the key %1 (value &quot;%2&quot;) is unknown; the keys of [%3] are %4.</source>
        <translation>a chave %1 (valor &quot;%2&quot;) é desconhecida; as chaves de [%3] são %4.</translation>
    </message>
    <message>
        <source>the key %1 is given a second time (first on line %2); each key may be given once.</source>
        <translation>a chave %1 foi informada pela segunda vez (a primeira na linha %2); cada chave só pode ser informada uma vez.</translation>
    </message>
    <message>
        <source>the PIN policy of this section cannot be used: %1</source>
        <translation>a política de PIN desta seção não pode ser usada: %1</translation>
    </message>
    <message numerus="yes">
        <source>The policy file %1 is larger than %n byte(s); a policy file has a few lines.</source>
        <translation>
            <numerusform>O arquivo de política %1 tem mais de %n byte; um arquivo de política tem poucas linhas.</numerusform>
            <numerusform>O arquivo de política %1 tem mais de %n bytes; um arquivo de política tem poucas linhas.</numerusform>
        </translation>
    </message>
    <message>
        <source>the section [%1] is unknown; the sections are [%2] and [%3].</source>
        <extracomment>After &quot;file:line: &quot;. [%2] and [%3] are the section names of the file, kept in English.</extracomment>
        <translation>a seção [%1] é desconhecida; as seções são [%2] e [%3].</translation>
    </message>
    <message>
        <source>the section [%1] is unknown, and with it the key %2 (value &quot;%3&quot;) on line %4; the sections are [%5] and [%6].</source>
        <extracomment>After &quot;file:line: &quot;. [%5] and [%6] are the section names of the file, kept in English.</extracomment>
        <translation>a seção [%1] é desconhecida, e com ela a chave %2 (valor &quot;%3&quot;) na linha %4; as seções são [%5] e [%6].</translation>
    </message>
    <message>
        <source>the key %1 has no value; it must be a whole number from %2 to %3.</source>
        <extracomment>After &quot;file:line: &quot;. %1: a key of the policy file.</extracomment>
        <translation>a chave %1 não tem valor; o valor deve ser um número inteiro de %2 a %3.</translation>
    </message>
    <message>
        <source>the key %1 has the value &quot;%2&quot;; it must be a whole number from %3 to %4.</source>
        <extracomment>After &quot;file:line: &quot;. %1: a key of the policy file; %2: its value.</extracomment>
        <translation>a chave %1 tem o valor &quot;%2&quot;; o valor deve ser um número inteiro de %3 a %4.</translation>
    </message>
    <message>
        <source>the key %1 has no value; it must be allow, require or disallow.</source>
        <extracomment>After &quot;file:line: &quot;. allow, require and disallow are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>a chave %1 não tem valor; o valor deve ser allow, require ou disallow.</translation>
    </message>
    <message>
        <source>the key %1 has the value &quot;%2&quot;; it must be allow, require or disallow.</source>
        <extracomment>After &quot;file:line: &quot;. allow, require and disallow are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>a chave %1 tem o valor &quot;%2&quot;; o valor deve ser allow, require ou disallow.</translation>
    </message>
    <message>
        <source>the key %1 has no value; it must be true or false.</source>
        <extracomment>After &quot;file:line: &quot;. true and false are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>a chave %1 não tem valor; o valor deve ser true ou false.</translation>
    </message>
    <message>
        <source>the key %1 has the value &quot;%2&quot;; it must be true or false.</source>
        <extracomment>After &quot;file:line: &quot;. true and false are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>a chave %1 tem o valor &quot;%2&quot;; o valor deve ser true ou false.</translation>
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
        <translation>Execute &quot;vscwizard --help&quot; para ver os comandos e suas opções.</translation>
    </message>
    <message>
        <source>vscwizard: standard input cannot be read.</source>
        <translation>vscwizard: não é possível ler a entrada padrão.</translation>
    </message>
    <message>
        <source>  - %1</source>
        <translation>  - %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erro: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalhes: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Cannot continue: %1</source>
        <translation>Não é possível continuar: %1</translation>
    </message>
    <message>
        <source>No virtual smart cards.</source>
        <translation>Nenhum cartão inteligente virtual.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Instance id</source>
        <translation>ID da instância</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Chaves</translation>
    </message>
    <message>
        <source>PIN state</source>
        <translation>Estado do PIN</translation>
    </message>
    <message>
        <source>TPM: %1</source>
        <translation>TPM: %1</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperação</translation>
    </message>
    <message numerus="yes">
        <source>A line of standard input is longer than %n byte(s); no secret is that long.</source>
        <translation>
            <numerusform>Uma linha da entrada padrão tem mais de %n byte; nenhum segredo é tão longo.</numerusform>
            <numerusform>Uma linha da entrada padrão tem mais de %n bytes; nenhum segredo é tão longo.</numerusform>
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
        <translation>O novo PIN do cartão. As regras que ele deve atender estão listadas abaixo.</translation>
    </message>
    <message>
        <source>Con&amp;firm PIN:</source>
        <translation>Con&amp;firmar PIN:</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>Confirmar PIN</translation>
    </message>
    <message>
        <source>Type the same PIN again.</source>
        <translation>Digite o mesmo PIN novamente.</translation>
    </message>
    <message>
        <source>&amp;Show PIN</source>
        <translation>&amp;Mostrar PIN</translation>
    </message>
    <message>
        <source>Shows the PIN as plain text instead of dots. Make sure nobody is watching.</source>
        <translation>Mostra o PIN como texto sem formatação em vez de pontos. Verifique se ninguém está olhando.</translation>
    </message>
    <message>
        <source>PIN check</source>
        <translation>Verificação do PIN</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>The PIN must meet these &amp;rules:</source>
        <translation>O PIN deve atender a estas &amp;regras:</translation>
    </message>
    <message>
        <source>PIN rules</source>
        <translation>Regras do PIN</translation>
    </message>
    <message>
        <source>Each rule is marked as met or not met while you type.</source>
        <translation>Cada regra é marcada como atendida ou não atendida enquanto você digita.</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>&amp;Novo PIN:</translation>
    </message>
    <message>
        <source>&amp;New PUK:</source>
        <translation>&amp;Novo PUK:</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Novo PIN</translation>
    </message>
    <message>
        <source>New PUK</source>
        <translation>Novo PUK</translation>
    </message>
    <message>
        <source>The card&apos;s new PIN. The rules it must meet are listed below.</source>
        <translation>O novo PIN do cartão. As regras que ele deve atender estão listadas abaixo.</translation>
    </message>
    <message>
        <source>The card&apos;s new PUK: 8 to 127 characters, not the PIN.</source>
        <translation>O novo PUK do cartão: de 8 a 127 caracteres, diferente do PIN.</translation>
    </message>
    <message>
        <source>Con&amp;firm new PIN:</source>
        <translation>Con&amp;firmar novo PIN:</translation>
    </message>
    <message>
        <source>Con&amp;firm new PUK:</source>
        <translation>Con&amp;firmar novo PUK:</translation>
    </message>
    <message>
        <source>Confirm new PIN</source>
        <translation>Confirmar novo PIN</translation>
    </message>
    <message>
        <source>Confirm new PUK</source>
        <translation>Confirmar novo PUK</translation>
    </message>
    <message>
        <source>Type the same PUK again.</source>
        <translation>Digite o mesmo PUK novamente.</translation>
    </message>
    <message>
        <source>&amp;Show PUK</source>
        <translation>&amp;Mostrar PUK</translation>
    </message>
    <message>
        <source>Broken</source>
        <extracomment>The state of a PIN rule, read out by screen readers: the PIN breaks this rule.</extracomment>
        <translation>Violada</translation>
    </message>
    <message>
        <source>Met</source>
        <extracomment>The state of a PIN rule, read out by screen readers: &quot;Met&quot; = the PIN keeps the rule; &quot;Not met yet&quot; = it does not keep it yet.</extracomment>
        <translation>Atendida</translation>
    </message>
    <message>
        <source>Not met yet</source>
        <translation>Ainda não atendida</translation>
    </message>
    <message>
        <source>The PIN contains a character the rules do not allow (“%1”). Remove it.</source>
        <translation>O PIN contém um caractere que as regras não permitem (“%1”). Remova-o.</translation>
    </message>
    <message>
        <source>The PIN is too long (“%1”). Shorten it.</source>
        <translation>O PIN é longo demais (“%1”). Encurte-o.</translation>
    </message>
    <message>
        <source>The two PINs do not match.</source>
        <translation>Os dois PINs não coincidem.</translation>
    </message>
    <message>
        <source>The two PUKs do not match.</source>
        <translation>Os dois PUKs não coincidem.</translation>
    </message>
    <message>
        <source>The PUKs match.</source>
        <translation>Os PUKs coincidem.</translation>
    </message>
    <message>
        <source>Type the PIN again in the second field to confirm it.</source>
        <translation>Digite o PIN novamente no segundo campo para confirmá-lo.</translation>
    </message>
    <message>
        <source>Type the PUK again in the second field to confirm it.</source>
        <translation>Digite o PUK novamente no segundo campo para confirmá-lo.</translation>
    </message>
    <message>
        <source>The PINs match.</source>
        <translation>Os PINs coincidem.</translation>
    </message>
    <message>
        <source>The PINs match, but not every rule below is met yet.</source>
        <translation>Os PINs coincidem, mas nem todas as regras abaixo foram atendidas ainda.</translation>
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
        <translation>O PIN desbloqueia o cartão sempre que você o usa. Escolha um de que você consiga se lembrar; ninguém mais deve conhecê-lo.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>The new PIN of the card. The rules it must meet are listed below.</source>
        <translation>O novo PIN do cartão. As regras que ele deve atender estão listadas abaixo.</translation>
    </message>
    <message>
        <source>Con&amp;firm PIN:</source>
        <translation>Con&amp;firmar PIN:</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>Confirmar PIN</translation>
    </message>
    <message>
        <source>The PIN you entered before is kept. Type a new one to change it.</source>
        <translation>O PIN digitado antes foi mantido. Digite um novo para alterá-lo.</translation>
    </message>
</context>
<context>
    <name>PinPolicy</name>
    <message>
        <source>The minimum PIN length is %1; it must be at least %2.</source>
        <translation>O comprimento mínimo do PIN é %1; ele deve ser de pelo menos %2.</translation>
    </message>
    <message>
        <source>The maximum PIN length is %1; it can be at most %2.</source>
        <translation>O comprimento máximo do PIN é %1; ele pode ser de no máximo %2.</translation>
    </message>
    <message>
        <source>The minimum PIN length (%1) is greater than the maximum (%2).</source>
        <translation>O comprimento mínimo do PIN (%1) é maior que o máximo (%2).</translation>
    </message>
    <message>
        <source>The policy disallows every kind of character, so no PIN can meet it.</source>
        <translation>A política proíbe todos os tipos de caracteres, então nenhum PIN pode atendê-la.</translation>
    </message>
    <message numerus="yes">
        <source>The policy requires %1 kinds of character, but a PIN may have at most %n character(s).</source>
        <translation>
            <numerusform>A política exige %1 tipos de caracteres, mas um PIN pode ter no máximo %n caractere.</numerusform>
            <numerusform>A política exige %1 tipos de caracteres, mas um PIN pode ter no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n byte(s) (ä or € count as 2 or 3)</source>
        <translation>
            <numerusform>Pelo menos %n byte (ä ou € contam como 2 ou 3)</numerusform>
            <numerusform>Pelo menos %n bytes (ä ou € contam como 2 ou 3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>Pelo menos %n caractere</numerusform>
            <numerusform>Pelo menos %n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n byte(s) (ä or € count as 2 or 3)</source>
        <translation>
            <numerusform>No máximo %n byte (ä ou € contam como 2 ou 3)</numerusform>
            <numerusform>No máximo %n bytes (ä ou € contam como 2 ou 3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n character(s)</source>
        <translation>
            <numerusform>No máximo %n caractere</numerusform>
            <numerusform>No máximo %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>At least one uppercase letter (A-Z)</source>
        <translation>Pelo menos uma letra maiúscula (A-Z)</translation>
    </message>
    <message>
        <source>At least one lowercase letter (a-z)</source>
        <translation>Pelo menos uma letra minúscula (a-z)</translation>
    </message>
    <message>
        <source>At least one digit (0-9)</source>
        <translation>Pelo menos um dígito (0-9)</translation>
    </message>
    <message>
        <source>At least one special character, such as a space or !#%+-</source>
        <translation>Pelo menos um caractere especial, como um espaço ou !#%+-</translation>
    </message>
    <message>
        <source>At least one character beyond plain ASCII, such as ä or €</source>
        <translation>Pelo menos um caractere fora do ASCII básico, como ä ou €</translation>
    </message>
    <message>
        <source>No uppercase letters (A-Z)</source>
        <translation>Nenhuma letra maiúscula (A-Z)</translation>
    </message>
    <message>
        <source>No lowercase letters (a-z)</source>
        <translation>Nenhuma letra minúscula (a-z)</translation>
    </message>
    <message>
        <source>No digits (0-9)</source>
        <translation>Nenhum dígito (0-9)</translation>
    </message>
    <message>
        <source>No special characters (spaces, punctuation, symbols)</source>
        <translation>Nenhum caractere especial (espaços, pontuação, símbolos)</translation>
    </message>
    <message>
        <source>No characters beyond plain ASCII (such as ä or €) and no control characters</source>
        <translation>Nenhum caractere fora do ASCII básico (como ä ou €) e nenhum caractere de controle</translation>
    </message>
    <message numerus="yes">
        <source>The PIN policy has %n byte(s); it must have exactly %1.</source>
        <translation>
            <numerusform>A política de PIN tem %n byte; ela deve ter exatamente %1.</numerusform>
            <numerusform>A política de PIN tem %n bytes; ela deve ter exatamente %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN policy&apos;s reserved field is %1; it must be 1.</source>
        <translation>O campo reservado da política de PIN é %1; ele deve ser 1.</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s minimum length is %1; it must be from %2 to %3.</source>
        <translation>O comprimento mínimo da política de PIN é %1; ele deve estar entre %2 e %3.</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s maximum length is %1; it must be from %2 to %3.</source>
        <translation>O comprimento máximo da política de PIN é %1; ele deve estar entre %2 e %3.</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s minimum length (%1) is greater than its maximum length (%2).</source>
        <translation>O comprimento mínimo da política de PIN (%1) é maior que o comprimento máximo (%2).</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s rule for %1 is %2; only 0 (allow), 1 (require) and 2 (disallow) exist.</source>
        <extracomment>%1 is the rule&apos;s name as Windows stores it (uppercase, lowercase, digits, special), %2 a number.</extracomment>
        <translation>A regra da política de PIN para %1 é %2; só existem 0 (permitir), 1 (exigir) e 2 (proibir).</translation>
    </message>
    <message>
        <source>uppercase letters</source>
        <translation>letras maiúsculas</translation>
    </message>
    <message>
        <source>lowercase letters</source>
        <translation>letras minúsculas</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>dígitos</translation>
    </message>
    <message>
        <source>special characters</source>
        <translation>caracteres especiais</translation>
    </message>
    <message>
        <source>other characters</source>
        <translation>outros caracteres</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Creating the Card</source>
        <translation>Criando o cartão</translation>
    </message>
    <message>
        <source>Please wait while the card is created.</source>
        <translation>Aguarde enquanto o cartão é criado.</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Etapa atual</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>How far the creation of the card has got.</source>
        <translation>Quanto a criação do cartão já avançou.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;What Went Wrong?</source>
        <translation>O que deu &amp;errado?</translation>
    </message>
    <message>
        <source>Shows the error again: what went wrong, what to do, and the details.</source>
        <translation>Mostra o erro novamente: o que deu errado, o que fazer e os detalhes.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <source>Tries to create the same card again.</source>
        <translation>Tenta criar o mesmo cartão novamente.</translation>
    </message>
    <message>
        <source>C&amp;hange Choices</source>
        <translation>Alterar &amp;opções</translation>
    </message>
    <message>
        <source>Goes back to the summary, from where you can change the name, the PIN or the other choices.</source>
        <translation>Volta ao resumo, onde você pode alterar o nome, o PIN ou as outras opções.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Stops creating the card. Nothing is left behind.</source>
        <translation>Interrompe a criação do cartão. Nada do que foi criado é mantido.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Stopping and removing what was created so far…</source>
        <translation>Parando e removendo o que foi criado até agora…</translation>
    </message>
    <message>
        <source>The card was created.</source>
        <translation>O cartão foi criado.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <extracomment>The text inside the progress bar after the user stopped the create.
----------
What a screen reader says of the progress bar after the user stopped the create.</extracomment>
        <translation>Interrompido</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <extracomment>The stage line under the progress bar after the user stopped the create.</extracomment>
        <translation>Interrompido.</translation>
    </message>
    <message>
        <source>No card was created. You can try again, or close the wizard.</source>
        <translation>Nenhum cartão foi criado. Você pode tentar novamente ou fechar o assistente.</translation>
    </message>
    <message>
        <source>The card could not be created: %1</source>
        <translation>Não foi possível criar o cartão: %1</translation>
    </message>
    <message>
        <source>You can try again, or change your choices.</source>
        <translation>Você pode tentar novamente ou alterar suas opções.</translation>
    </message>
    <message>
        <source>Failed at %p%</source>
        <extracomment>Shown in the progress bar when the creation failed; %p% is the bar&apos;s percentage (Qt fills in the number).</extracomment>
        <translation>Falha em %p%</translation>
    </message>
    <message>
        <source>The Card Was Not Created</source>
        <translation>O cartão não foi criado</translation>
    </message>
    <message>
        <source>The card could not be created.</source>
        <translation>Não foi possível criar o cartão.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falha</translation>
    </message>
    <message>
        <source>Creating the Card Was Stopped</source>
        <translation>A criação do cartão foi interrompida</translation>
    </message>
    <message>
        <source>Nothing of the card was left behind.</source>
        <translation>Não restou nada do cartão.</translation>
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
        <translation>Recuperação</translation>
    </message>
    <message>
        <source>Organization rules</source>
        <translation>Regras da organização</translation>
    </message>
    <message>
        <source>The PUK resets the PIN. It is a second secret of 8 to 127 characters.</source>
        <translation>O PUK redefine o PIN. É um segundo segredo de 8 a 127 caracteres.</translation>
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
        <translation>De 8 a 127 caracteres. Guarde-o separado do PIN.</translation>
    </message>
    <message>
        <source>C&amp;onfirm PUK:</source>
        <translation>C&amp;onfirmar PUK:</translation>
    </message>
    <message>
        <source>Confirm PUK</source>
        <translation>Confirmar PUK</translation>
    </message>
    <message>
        <source>Type the same PUK again.</source>
        <translation>Digite o mesmo PUK novamente.</translation>
    </message>
    <message>
        <source>S&amp;how PUK</source>
        <translation>Mo&amp;strar PUK</translation>
    </message>
    <message>
        <source>Shows the PUK as plain text instead of dots.</source>
        <translation>Mostra o PUK como texto sem formatação em vez de pontos.</translation>
    </message>
    <message>
        <source>PUK check</source>
        <translation>Verificação do PUK</translation>
    </message>
    <message>
        <source>Admin key beside the PUK</source>
        <extracomment>A title: the admin key the card keeps in addition to the PUK.</extracomment>
        <translation>Chave de administrador junto com o PUK</translation>
    </message>
    <message>
        <source>Use an &amp;admin key (48 hexadecimal digits)</source>
        <translation>Usar uma chave de &amp;administrador (48 dígitos hexadecimais)</translation>
    </message>
    <message>
        <source>The admin key is a 3DES key that an administrator uses to reset the PIN.</source>
        <translation>A chave de administrador é uma chave 3DES que um administrador usa para redefinir o PIN.</translation>
    </message>
    <message>
        <source>&amp;Default key</source>
        <translation>Chave pa&amp;drão</translation>
    </message>
    <message>
        <source>The publicly known default key of virtual smart cards. Anyone who knows it can reset the PIN.</source>
        <translation>A chave padrão dos cartões inteligentes virtuais, conhecida publicamente. Qualquer pessoa que a conheça pode redefinir o PIN.</translation>
    </message>
    <message>
        <source>&amp;Random key, never shown</source>
        <translation>Chave alea&amp;tória, nunca exibida</translation>
    </message>
    <message>
        <source>Nobody will know the key: the card can then never be reset, only removed.</source>
        <translation>Ninguém conhecerá a chave: o cartão nunca poderá ser redefinido, apenas removido.</translation>
    </message>
    <message>
        <source>&amp;Enter a key</source>
        <translation>&amp;Inserir uma chave</translation>
    </message>
    <message>
        <source>Type a key of 48 hexadecimal digits, for example one your administrator gave you.</source>
        <translation>Digite uma chave de 48 dígitos hexadecimais, por exemplo, uma que o administrador forneceu a você.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Chave:</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Chave de administrador</translation>
    </message>
    <message>
        <source>48 hexadecimal digits; spaces or colons between the byte pairs are allowed.</source>
        <translation>48 dígitos hexadecimais; espaços ou dois-pontos entre os pares de bytes são permitidos.</translation>
    </message>
    <message>
        <source>48 hex digits</source>
        <translation>48 dígitos hex.</translation>
    </message>
    <message>
        <source>Sho&amp;w key</source>
        <translation>Mostrar c&amp;have</translation>
    </message>
    <message>
        <source>Shows the admin key as plain text instead of dots.</source>
        <translation>Mostra a chave de administrador como texto sem formatação em vez de pontos.</translation>
    </message>
    <message>
        <source>Admin key check</source>
        <translation>Verificação da chave de administrador</translation>
    </message>
    <message>
        <source>Your organization requires a PUK.</source>
        <translation>Sua organização exige um PUK.</translation>
    </message>
    <message>
        <source>Your organization does not allow the default admin key.</source>
        <translation>Sua organização não permite a chave de administrador padrão.</translation>
    </message>
    <message>
        <source>Your organization does not allow a random admin key.</source>
        <translation>Sua organização não permite uma chave de administrador aleatória.</translation>
    </message>
    <message>
        <source>Also set the card&apos;s &amp;admin key, as your organization requires</source>
        <translation>Definir também a chave de &amp;administrador do cartão, como sua organização exige</translation>
    </message>
    <message>
        <source>Type the PUK again in the second field to confirm it.</source>
        <translation>Digite o PUK novamente no segundo campo para confirmá-lo.</translation>
    </message>
    <message>
        <source>The two PUKs do not match.</source>
        <translation>Os dois PUKs não coincidem.</translation>
    </message>
    <message>
        <source>The PUK you entered before is kept. Type a new one to change it.</source>
        <translation>O PUK digitado antes foi mantido. Digite um novo para alterá-lo.</translation>
    </message>
    <message>
        <source>The PUKs match.</source>
        <translation>Os PUKs coincidem.</translation>
    </message>
    <message>
        <source>The card also gets a random admin key that nobody knows: only the PUK can reset the PIN.</source>
        <translation>O cartão também recebe uma chave de administrador aleatória que ninguém conhece: somente o PUK pode redefinir o PIN.</translation>
    </message>
    <message>
        <source>The card also keeps the publicly known default admin key (check value %1), because your organization does not allow a random one. Anyone who has the card can reset its PIN with that key, without the PUK.</source>
        <translation>O cartão também mantém a chave de administrador padrão, conhecida publicamente (valor de verificação %1), porque sua organização não permite uma aleatória. Qualquer pessoa que tenha o cartão pode redefinir o PIN dele com essa chave, sem o PUK.</translation>
    </message>
    <message>
        <source>The default key is publicly known: anyone who has the card can reset its PIN with it. Its check value (KCV) is %1.</source>
        <translation>A chave padrão é conhecida publicamente: qualquer pessoa que tenha o cartão pode redefinir o PIN dele com ela. O valor de verificação (KCV) dela é %1.</translation>
    </message>
    <message>
        <source>The key you entered before is kept (check value %1). Type a new one to change it.</source>
        <translation>A chave digitada antes foi mantida (valor de verificação %1). Digite uma nova para alterá-la.</translation>
    </message>
    <message>
        <source>Type the key as 48 hexadecimal digits.</source>
        <translation>Digite a chave como 48 dígitos hexadecimais.</translation>
    </message>
    <message>
        <source>Check value (KCV): %1. Compare it with the one you were given.</source>
        <translation>Valor de verificação (KCV): %1. Compare-o com o que você recebeu.</translation>
    </message>
    <message>
        <source>If the PIN is forgotten or blocked after too many wrong tries, it is reset with a PUK or with the card&apos;s admin key.</source>
        <translation>Se o PIN for esquecido ou bloqueado após muitas tentativas incorretas, ele é redefinido com um PUK ou com a chave de administrador do cartão.</translation>
    </message>
    <message>
        <source>Use a &amp;PUK (PIN unblocking key) that you keep in a safe place</source>
        <translation>Usar um &amp;PUK (chave de desbloqueio do PIN) guardado em um local seguro</translation>
    </message>
    <message numerus="yes">
        <source>Type a PUK of %1 to %n character(s).</source>
        <translation>
            <numerusform>Digite um PUK de %1 a %n caractere.</numerusform>
            <numerusform>Digite um PUK de %1 a %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>With a random key the card can never be reset. If the PIN is forgotten or blocked, the card can only be removed and a new one created.</source>
        <translation>Com uma chave aleatória, o cartão nunca pode ser redefinido. Se o PIN for esquecido ou bloqueado, o cartão só poderá ser removido e um novo criado.</translation>
    </message>
</context>
<context>
    <name>RemoveCardDialog</name>
    <message>
        <source>Working</source>
        <translation>Processando</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remover %1</translation>
    </message>
    <message>
        <source>Removing the card “%1” destroys its keys. Whatever they protect (sign-in, signatures, encrypted mail) can no longer be opened with this card. This cannot be undone.</source>
        <translation>Remover o cartão “%1” destrói as chaves dele. Tudo o que elas protegem (login, assinaturas, emails criptografados) não poderá mais ser aberto com este cartão. Essa ação não pode ser desfeita.</translation>
    </message>
    <message>
        <source>To confirm, type the card&apos;s &amp;name: %1</source>
        <translation>Para confirmar, digite o &amp;nome do cartão: %1</translation>
    </message>
    <message>
        <source>Card name to confirm</source>
        <translation>Nome do cartão para confirmar</translation>
    </message>
    <message>
        <source>&amp;Remove card</source>
        <translation>&amp;Remover cartão</translation>
    </message>
    <message>
        <source>Removing the card…</source>
        <translation>Removendo o cartão…</translation>
    </message>
    <message>
        <source>The card “%1” was removed. Restart the computer to finish.</source>
        <translation>O cartão “%1” foi removido. Reinicie o computador para concluir.</translation>
    </message>
    <message>
        <source>The card “%1” was removed.</source>
        <translation>O cartão “%1” foi removido.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
    <message>
        <source>Type “%1” to enable Remove card.</source>
        <translation>Digite “%1” para habilitar Remover cartão.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Card Created</source>
        <translation>Cartão criado</translation>
    </message>
    <message>
        <source>Your virtual smart card is ready.</source>
        <translation>Seu cartão inteligente virtual está pronto.</translation>
    </message>
    <message>
        <source>&amp;Instance ID:</source>
        <translation>&amp;ID da instância:</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>ID da instância</translation>
    </message>
    <message>
        <source>Identifies the card, for example to remove it later.</source>
        <translation>Identifica o cartão, por exemplo, para removê-lo mais tarde.</translation>
    </message>
    <message>
        <source>Restart the computer before using the card: applications see it only after a restart.</source>
        <translation>Reinicie o computador antes de usar o cartão: os aplicativos só o veem após uma reinicialização.</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>Reinicialização necessária</translation>
    </message>
    <message>
        <source>How to &amp;use the card:</source>
        <translation>Como &amp;usar o cartão:</translation>
    </message>
    <message>
        <source>How to use the card</source>
        <translation>Como usar o cartão</translation>
    </message>
    <message>
        <source>Settings for applications such as ssh or a web browser. You can select and copy them.</source>
        <translation>Configurações para aplicativos como o ssh ou um navegador da Web. Você pode selecioná-las e copiá-las.</translation>
    </message>
    <message>
        <source>Lines for a terminal</source>
        <translation>Linhas para um terminal</translation>
    </message>
    <message>
        <source>Shell commands that set up a terminal that is already open and use the card there.</source>
        <translation>Comandos de shell que configuram um terminal já aberto e usam o cartão nele.</translation>
    </message>
    <message>
        <source>&amp;Manage cards…</source>
        <translation>&amp;Gerenciar cartões…</translation>
    </message>
    <message>
        <source>Opens the card manager: change, reset or remove the cards you have.</source>
        <translation>Abre o gerenciador de cartões, onde você pode alterar, redefinir ou remover seus cartões.</translation>
    </message>
    <message>
        <source>&amp;Copy the lines</source>
        <translation>&amp;Copiar as linhas</translation>
    </message>
    <message>
        <source>Puts the lines for a terminal on the clipboard.</source>
        <translation>Coloca as linhas para um terminal na área de transferência.</translation>
    </message>
    <message>
        <source>The virtual smart card “%1” was created.</source>
        <translation>O cartão inteligente virtual “%1” foi criado.</translation>
    </message>
</context>
<context>
    <name>SecretChangeDialog</name>
    <message>
        <source>Reset with</source>
        <translation>Redefinir com</translation>
    </message>
    <message>
        <source>The card&apos;s P&amp;UK</source>
        <translation>O P&amp;UK do cartão</translation>
    </message>
    <message>
        <source>The card&apos;s &amp;admin key (48 hexadecimal digits)</source>
        <translation>A chave de &amp;administrador do cartão (48 dígitos hexadecimais)</translation>
    </message>
    <message>
        <source>C&amp;urrent PIN:</source>
        <translation>PIN &amp;atual:</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Processando</translation>
    </message>
    <message>
        <source>Change PIN of %1</source>
        <translation>Alterar o PIN de %1</translation>
    </message>
    <message>
        <source>Type the current PIN of the card “%1”, then the new PIN twice.</source>
        <translation>Digite o PIN atual do cartão “%1” e depois o novo PIN duas vezes.</translation>
    </message>
    <message>
        <source>&amp;Change PIN</source>
        <translation>&amp;Alterar PIN</translation>
    </message>
    <message>
        <source>Reset PIN of %1</source>
        <translation>Redefinir o PIN de %1</translation>
    </message>
    <message>
        <source>A new PIN for the card “%1”, for when the PIN is forgotten or blocked. Type the secret that was set for this when the card was made, then the new PIN twice.</source>
        <translation>Um novo PIN para o cartão “%1”, para quando o PIN for esquecido ou bloqueado. Digite o segredo definido para isso quando o cartão foi criado e depois o novo PIN duas vezes.</translation>
    </message>
    <message>
        <source>&amp;Reset PIN</source>
        <translation>&amp;Redefinir PIN</translation>
    </message>
    <message>
        <source>Change PUK of %1</source>
        <translation>Alterar o PUK de %1</translation>
    </message>
    <message>
        <source>Type the current PUK of the card “%1”, then the new PUK twice. Keep the new PUK somewhere safe: it resets the PIN.</source>
        <translation>Digite o PUK atual do cartão “%1” e depois o novo PUK duas vezes. Guarde o novo PUK em um local seguro: ele redefine o PIN.</translation>
    </message>
    <message>
        <source>&amp;Change PUK</source>
        <translation>&amp;Alterar PUK</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>PIN atual</translation>
    </message>
    <message>
        <source>The PIN the card has now.</source>
        <translation>O PIN que o cartão tem agora.</translation>
    </message>
    <message>
        <source>C&amp;urrent PUK:</source>
        <translation>PUK &amp;atual:</translation>
    </message>
    <message>
        <source>Current PUK</source>
        <translation>PUK atual</translation>
    </message>
    <message>
        <source>The PUK the card has now.</source>
        <translation>O PUK que o cartão tem agora.</translation>
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
        <translation>O PUK definido quando o cartão foi criado.</translation>
    </message>
    <message>
        <source>Ad&amp;min key:</source>
        <translation>Chave de ad&amp;ministrador:</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Chave de administrador</translation>
    </message>
    <message>
        <source>The card&apos;s admin key: 48 hexadecimal digits.</source>
        <translation>A chave de administrador do cartão: 48 dígitos hexadecimais.</translation>
    </message>
    <message>
        <source>Changing the PIN…</source>
        <translation>Alterando o PIN…</translation>
    </message>
    <message>
        <source>Resetting the PIN…</source>
        <translation>Redefinindo o PIN…</translation>
    </message>
    <message>
        <source>Changing the PUK…</source>
        <translation>Alterando o PUK…</translation>
    </message>
    <message>
        <source>The PIN of “%1” was changed.</source>
        <translation>O PIN de “%1” foi alterado.</translation>
    </message>
    <message>
        <source>The PIN of “%1” was reset. Use the new PIN from now on.</source>
        <translation>O PIN de “%1” foi redefinido. Use o novo PIN a partir de agora.</translation>
    </message>
    <message>
        <source>The PUK of “%1” was changed.</source>
        <translation>O PUK de “%1” foi alterado.</translation>
    </message>
    <message>
        <source>Reading the TPM&apos;s lockout state…</source>
        <translation>Lendo o estado de bloqueio do TPM…</translation>
    </message>
    <message>
        <source>TPM lockout state: %1</source>
        <translation>Estado de bloqueio do TPM: %1</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <source>The two entries differ. Try again.</source>
        <translation>As duas entradas são diferentes. Tente novamente.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Note: %1</source>
        <translation>Observação: %1</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>SimulatorBackend</name>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not a card error name such as CARD:WRONG_PIN or CARD:TPM_LOCKOUT.</source>
        <translation>--sim-fail: &quot;%1&quot; não é um nome de erro de cartão como CARD:WRONG_PIN ou CARD:TPM_LOCKOUT.</translation>
    </message>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not one of change-pin, reset-pin, change-puk or status.</source>
        <translation>--sim-fail: &quot;%1&quot; não é change-pin, reset-pin, change-puk nem status.</translation>
    </message>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not a TPMVSCMGR_ERROR name such as CARD_CREATE or GENERATE_FILESYSTEM.</source>
        <translation>--sim-fail: &quot;%1&quot; não é um nome de TPMVSCMGR_ERROR como CARD_CREATE ou GENERATE_FILESYSTEM.</translation>
    </message>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not a TPMVSCMGR_STATUS name such as VREADER_CREATING or GENERATE_RUNNING.</source>
        <translation>--sim-fail: &quot;%1&quot; não é um nome de TPMVSCMGR_STATUS como VREADER_CREATING ou GENERATE_RUNNING.</translation>
    </message>
    <message>
        <source>Simulator — no card is really created</source>
        <translation>Simulador — nenhum cartão é realmente criado</translation>
    </message>
    <message numerus="yes">
        <source>%n smart card(s) exist already, the most there can be at once. Remove one first.</source>
        <translation>
            <numerusform>Já existe %n cartão inteligente, o máximo que pode haver ao mesmo tempo. Remova um primeiro.</numerusform>
            <numerusform>Já existem %n cartões inteligentes, o máximo que pode haver ao mesmo tempo. Remova um primeiro.</numerusform>
        </translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>Cartão inexistente</translation>
    </message>
    <message>
        <source>No simulated card has the instance id “%1”.</source>
        <translation>Nenhum cartão simulado tem o ID de instância “%1”.</translation>
    </message>
    <message>
        <source>“vscwizard list” shows the cards and their instance ids; another program may have removed this one already.</source>
        <translation>“vscwizard list” mostra os cartões e os IDs de instância deles; outro programa pode já ter removido este.</translation>
    </message>
    <message>
        <source>The simulator&apos;s state folder is busy</source>
        <translation>A pasta de estado do simulador está ocupada</translation>
    </message>
    <message numerus="yes">
        <source>Another process kept the simulator&apos;s state folder %1 locked for %n second(s).</source>
        <translation>
            <numerusform>Outro processo manteve a pasta de estado do simulador %1 bloqueada por %n segundo.</numerusform>
            <numerusform>Outro processo manteve a pasta de estado do simulador %1 bloqueada por %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until the other vscwizard has finished, then try again. Nothing was changed.</source>
        <translation>Aguarde até que o outro vscwizard termine e tente novamente. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The simulator cannot keep cards</source>
        <translation>O simulador não consegue guardar cartões</translation>
    </message>
    <message>
        <source>The simulator cannot write its cards to the state folder %1.</source>
        <translation>O simulador não consegue gravar seus cartões na pasta de estado %1.</translation>
    </message>
    <message>
        <source>Give --sim-state a folder you may write to, on a disk with free space.</source>
        <translation>Informe em --sim-state uma pasta na qual você possa gravar, em um disco com espaço livre.</translation>
    </message>
    <message>
        <source>This card&apos;s secrets cannot be checked</source>
        <translation>Não é possível verificar os segredos deste cartão</translation>
    </message>
    <message>
        <source>The simulated card %1 was made before the simulator kept what its PIN, PUK and admin key are checked against, so they can be neither changed nor reset.</source>
        <translation>O cartão simulado %1 foi criado antes de o simulador guardar os dados com os quais o PIN, o PUK e a chave de administrador são verificados, por isso eles não podem ser alterados nem redefinidos.</translation>
    </message>
    <message>
        <source>Remove the card and create it again.</source>
        <translation>Remova o cartão e crie-o novamente.</translation>
    </message>
    <message>
        <source>This card has no PUK</source>
        <translation>Este cartão não tem PUK</translation>
    </message>
    <message>
        <source>The card %1 was made without a PUK.</source>
        <translation>O cartão %1 foi criado sem PUK.</translation>
    </message>
    <message>
        <source>Reset its PIN with the admin key instead.</source>
        <translation>Redefina o PIN dele com a chave de administrador.</translation>
    </message>
    <message>
        <source>Nobody knows this card&apos;s admin key</source>
        <translation>Ninguém conhece a chave de administrador deste cartão</translation>
    </message>
    <message>
        <source>The admin key of the card %1 is random and was kept nowhere.</source>
        <translation>A chave de administrador do cartão %1 é aleatória e não foi guardada em lugar nenhum.</translation>
    </message>
    <message>
        <source>Reset its PIN with the PUK instead.</source>
        <translation>Redefina o PIN dele com o PUK.</translation>
    </message>
    <message>
        <source>A card named &quot;%1&quot; exists already (%2).</source>
        <translation>Já existe um cartão chamado &quot;%1&quot; (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n smart card(s) exist already, the most there can be at once.</source>
        <translation>
            <numerusform>Já existe %n cartão inteligente, o máximo que pode haver ao mesmo tempo.</numerusform>
            <numerusform>Já existem %n cartões inteligentes, o máximo que pode haver ao mesmo tempo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulated failure at %1</source>
        <extracomment>The simulator (a test tool) fails on purpose; %1 is the name of a status such as TPMVSCMGR_STATUS_CARD_CREATED.</extracomment>
        <translation>Falha simulada em %1</translation>
    </message>
    <message>
        <source>The state folder %1 is locked by another process.</source>
        <translation>A pasta de estado %1 está bloqueada por outro processo.</translation>
    </message>
    <message>
        <source>This card exists only as a file in %1; no application can use it.</source>
        <translation>Este cartão existe apenas como um arquivo em %1; nenhum aplicativo pode usá-lo.</translation>
    </message>
    <message>
        <source>No simulated card has the instance id %1.</source>
        <translation>Nenhum cartão simulado tem o ID de instância %1.</translation>
    </message>
    <message>
        <source>Simulated failure of status</source>
        <extracomment>The simulator (a test tool) fails on purpose; &quot;status&quot; is the command of that name.</extracomment>
        <translation>Falha simulada da operação status</translation>
    </message>
    <message>
        <source>The simulated card checks the secret…</source>
        <translation>O cartão simulado está verificando o segredo…</translation>
    </message>
    <message>
        <source>Simulated failure of %1</source>
        <translation>Falha simulada de %1</translation>
    </message>
</context>
<context>
    <name>SimulatorStore</name>
    <message>
        <source>The folder %1 cannot be written.</source>
        <translation>Não é possível gravar na pasta %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Não é possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>Não é possível remover %1: %2</translation>
    </message>
</context>
<context>
    <name>SoftwareTpm</name>
    <message>
        <source>The software TPM is already running.</source>
        <translation>O TPM de software já está em execução.</translation>
    </message>
    <message>
        <source>The program swtpm was not found. Install the package swtpm.</source>
        <translation>O programa swtpm não foi encontrado. Instale o pacote swtpm.</translation>
    </message>
    <message>
        <source>The TPM resource manager tpm2-abrmd was not found. Install the packages tpm2-abrmd and libtss2-tcti-tabrmd0.</source>
        <translation>O gerenciador de recursos do TPM tpm2-abrmd não foi encontrado. Instale os pacotes tpm2-abrmd e libtss2-tcti-tabrmd0.</translation>
    </message>
    <message>
        <source>The software TPM is running (%1).</source>
        <translation>O TPM de software está em execução (%1).</translation>
    </message>
    <message>
        <source>The software TPM could not be started.</source>
        <translation>Não foi possível iniciar o TPM de software.</translation>
    </message>
    <message>
        <source>%1 failed to start.</source>
        <translation>Falha ao iniciar %1.</translation>
    </message>
    <message>
        <source>This session has no D-Bus session bus, and the program dbus-daemon was not found. Install the package dbus-daemon.</source>
        <translation>Esta sessão não tem barramento de sessão D-Bus, e o programa dbus-daemon não foi encontrado. Instale o pacote dbus-daemon.</translation>
    </message>
    <message>
        <source>The TPM resource manager did not come up on the D-Bus session bus as %1.</source>
        <translation>O gerenciador de recursos do TPM não apareceu no barramento de sessão D-Bus como %1.</translation>
    </message>
    <message>
        <source>The software TPM does not answer through its resource manager: %1</source>
        <translation>O TPM de software não responde por meio do gerenciador de recursos: %1</translation>
    </message>
    <message>
        <source>The software TPM is not running.</source>
        <translation>O TPM de software não está em execução.</translation>
    </message>
    <message>
        <source>The software TPM was shut down.</source>
        <translation>O TPM de software foi desligado.</translation>
    </message>
    <message>
        <source>The software TPM could not be shut down cleanly.</source>
        <translation>Não foi possível desligar o TPM de software corretamente.</translation>
    </message>
    <message>
        <source>The user service %1 did not stop.</source>
        <translation>O serviço de usuário %1 não parou.</translation>
    </message>
    <message>
        <source>The software TPM is running as the user service %1; its socket is %2. Keys are not protected by hardware.</source>
        <translation>O TPM de software está em execução como o serviço de usuário %1; o soquete dele é %2. As chaves não são protegidas por hardware.</translation>
    </message>
    <message>
        <source>The software TPM is running as a background process; its socket is %1. Keys are not protected by hardware.</source>
        <translation>O TPM de software está em execução como um processo em segundo plano; o soquete dele é %1. As chaves não são protegidas por hardware.</translation>
    </message>
    <message>
        <source>The software TPM is stopped; its state is kept in %1.</source>
        <translation>O TPM de software está parado; o estado dele é mantido em %1.</translation>
    </message>
    <message>
        <source>The software TPM has not been set up yet; it starts when a card needs it.</source>
        <translation>O TPM de software ainda não foi configurado; ele é iniciado quando um cartão precisa dele.</translation>
    </message>
    <message>
        <source>Its resource manager tpm2-abrmd is running as %1 on the D-Bus session bus.</source>
        <translation>O gerenciador de recursos dele, tpm2-abrmd, está em execução como %1 no barramento de sessão D-Bus.</translation>
    </message>
    <message>
        <source>Its resource manager tpm2-abrmd is not running; it starts when a card needs it.</source>
        <translation>O gerenciador de recursos dele, tpm2-abrmd, não está em execução; ele é iniciado quando um cartão precisa dele.</translation>
    </message>
    <message>
        <source>This session has no D-Bus session bus; the software TPM brings its own at %1.</source>
        <translation>Esta sessão não tem barramento de sessão D-Bus; o TPM de software traz o seu próprio em %1.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use start, stop or status.</source>
        <translation>Ação desconhecida &quot;%1&quot;: use start, stop ou status.</translation>
    </message>
    <message numerus="yes">
        <source>swtpm did not open %1 within %n second(s).</source>
        <translation>
            <numerusform>O swtpm não abriu %1 em %n segundo.</numerusform>
            <numerusform>O swtpm não abriu %1 em %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Check what will be created. Use Back to change anything.</source>
        <translation>Verifique o que será criado. Use Voltar para alterar qualquer coisa.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Card name</source>
        <translation>Nome do cartão</translation>
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
        <translation>Recuperação:</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperação</translation>
    </message>
    <message>
        <source>Admin key:</source>
        <translation>Chave de administrador:</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Chave de administrador</translation>
    </message>
    <message>
        <source>Prepared now:</source>
        <extracomment>Followed by what is made on the card right away (its file system, a key pair).</extracomment>
        <translation>Preparado agora:</translation>
    </message>
    <message>
        <source>Prepared now</source>
        <extracomment>Followed by what is made on the card right away (its file system, a key pair).</extracomment>
        <translation>Preparado agora</translation>
    </message>
    <message>
        <source>Key algorithm:</source>
        <translation>Algoritmo da chave:</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>Algoritmo da chave</translation>
    </message>
    <message>
        <source>Attestation:</source>
        <translation>Atestado:</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Atestado</translation>
    </message>
    <message>
        <source>Created by:</source>
        <extracomment>Followed by what makes and keeps the card: the computer&apos;s TPM, a software TPM or a simulator.</extracomment>
        <translation>Criado por:</translation>
    </message>
    <message>
        <source>Created by</source>
        <extracomment>Followed by what makes and keeps the card: the computer&apos;s TPM, a software TPM or a simulator.</extracomment>
        <translation>Criado por</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Press Create to create the card. This can take a minute; the secrets you typed are not shown here.</source>
        <translation>Clique em Criar para criar o cartão. Isso pode levar um minuto; os segredos digitados não são exibidos aqui.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Criar</translation>
    </message>
    <message>
        <source>The PIN can be reset with the PUK you chose</source>
        <translation>O PIN pode ser redefinido com o PUK escolhido</translation>
    </message>
    <message>
        <source>None (the PUK takes its place)</source>
        <translation>Nenhuma (o PUK ocupa o lugar dela)</translation>
    </message>
    <message>
        <source>The PIN can be reset only with the PUK you chose</source>
        <translation>O PIN só pode ser redefinido com o PUK escolhido</translation>
    </message>
    <message>
        <source>A random key that nobody knows</source>
        <translation>Uma chave aleatória que ninguém conhece</translation>
    </message>
    <message>
        <source>The PIN can be reset with the PUK you chose or with the admin key you entered</source>
        <translation>O PIN pode ser redefinido com o PUK escolhido ou com a chave de administrador digitada</translation>
    </message>
    <message>
        <source>The PIN can be reset with the admin key you entered</source>
        <translation>O PIN pode ser redefinido com a chave de administrador digitada</translation>
    </message>
    <message>
        <source>The key you entered (check value %1)</source>
        <translation>A chave digitada (valor de verificação %1)</translation>
    </message>
    <message>
        <source>The PIN can be reset with the PUK you chose or with the publicly known default admin key</source>
        <translation>O PIN pode ser redefinido com o PUK escolhido ou com a chave de administrador padrão, conhecida publicamente</translation>
    </message>
    <message>
        <source>The PIN can be reset with the publicly known default admin key</source>
        <translation>O PIN pode ser redefinido com a chave de administrador padrão, conhecida publicamente</translation>
    </message>
    <message>
        <source>The publicly known default key (check value %1)</source>
        <translation>A chave padrão, conhecida publicamente (valor de verificação %1)</translation>
    </message>
    <message>
        <source>Anyone who has this card can reset its PIN with the publicly known default admin key.</source>
        <translation>Qualquer pessoa que tenha este cartão pode redefinir o PIN dele com a chave de administrador padrão, conhecida publicamente.</translation>
    </message>
    <message>
        <source>Set; it meets your organization&apos;s rules</source>
        <extracomment>The PIN has been set (a value beside &quot;PIN:&quot; in the summary).</extracomment>
        <translation>Definido; atende às regras da sua organização</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Definido</translation>
    </message>
    <message>
        <source>No, the card stays empty</source>
        <translation>Não, o cartão fica vazio</translation>
    </message>
    <message>
        <source>Yes, a file system and a key pair</source>
        <translation>Sim, um sistema de arquivos e um par de chaves</translation>
    </message>
    <message>
        <source>Yes, a key pair</source>
        <translation>Sim, um par de chaves</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>RSA 2048 bits</source>
        <translation>RSA de 2048 bits</translation>
    </message>
    <message>
        <source>Elliptic curve P-256</source>
        <translation>Curva elíptica P-256</translation>
    </message>
    <message>
        <source>Attestation identity key only</source>
        <translation>Somente chave de identidade de atestado</translation>
    </message>
    <message>
        <source>Attestation identity key and certificate</source>
        <translation>Chave de identidade de atestado e certificado</translation>
    </message>
    <message>
        <source>The simulator, which creates no real card</source>
        <translation>O simulador, que não cria nenhum cartão real</translation>
    </message>
    <message>
        <source>The TPM of this computer</source>
        <translation>O TPM deste computador</translation>
    </message>
    <message>
        <source>A software TPM on this computer, whose keys are not protected by hardware</source>
        <translation>Um TPM de software neste computador, cujas chaves não são protegidas por hardware</translation>
    </message>
    <message>
        <source>The PIN can never be reset. If it is forgotten or blocked, the card can only be removed and a new one created.</source>
        <translation>O PIN nunca poderá ser redefinido. Se ele for esquecido ou bloqueado, o cartão só poderá ser removido e um novo criado.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager of Windows</source>
        <translation>O Gerenciador de Cartões Inteligentes Virtuais TPM do Windows</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>The token store %1 cannot be reached.</source>
        <translation>O repositório de tokens %1 não pode ser acessado.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder of your own, or check the permissions of the folders on the way to it.</source>
        <translation>Informe em --store (ou TPM2_PKCS11_STORE) uma pasta sua ou verifique as permissões das pastas no caminho até ela.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder of your own, or the name of a new folder in one that exists, which the program makes for you.</source>
        <translation>Informe em --store (ou TPM2_PKCS11_STORE) uma pasta sua ou o nome de uma nova pasta dentro de uma existente, que o programa criará para você.</translation>
    </message>
    <message>
        <source>The token store %1 is a file, not a folder.</source>
        <translation>O repositório de tokens %1 é um arquivo, não uma pasta.</translation>
    </message>
    <message>
        <source>The token store %1 belongs to another user (%2), not to you (%3).</source>
        <translation>O repositório de tokens %1 pertence a outro usuário (%2), não a você (%3).</translation>
    </message>
    <message>
        <source>The token store %1 is a folder anyone may write to (mode %2), so another user could put a database of their own in it.</source>
        <translation>O repositório de tokens %1 é uma pasta na qual qualquer pessoa pode gravar (modo %2), então outro usuário poderia colocar nela um banco de dados próprio.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder only you may write to, or the name of a new folder, which the program makes private. It does not change the mode of a folder it did not make.</source>
        <translation>Informe em --store (ou TPM2_PKCS11_STORE) uma pasta na qual somente você possa gravar ou o nome de uma nova pasta, que o programa criará como privada. O programa não altera o modo de uma pasta que ele não criou.</translation>
    </message>
    <message>
        <source>The token store %1 cannot be read.</source>
        <translation>O repositório de tokens %1 não pode ser lido.</translation>
    </message>
    <message>
        <source>Allow yourself to read it (chmod u+rx), or give --store (or TPM2_PKCS11_STORE) another folder.</source>
        <translation>Conceda a si mesmo permissão de leitura (chmod u+rx) ou informe outra pasta em --store (ou TPM2_PKCS11_STORE).</translation>
    </message>
    <message>
        <source>The folder %1 holds files that are not a token store&apos;s (%2), so it is not used as one.</source>
        <translation>A pasta %1 contém arquivos que não são de um repositório de tokens (%2), por isso ela não é usada como tal.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) an empty folder, the name of a new one, or an existing token store (a folder with tpm2_pkcs11.sqlite3 and nothing unrelated).</source>
        <translation>Informe em --store (ou TPM2_PKCS11_STORE) uma pasta vazia, o nome de uma nova ou um repositório de tokens existente (uma pasta com tpm2_pkcs11.sqlite3 e nada sem relação).</translation>
    </message>
    <message>
        <source>The token store %1 is not writable, so no card can be made in it or removed from it.</source>
        <translation>O repositório de tokens %1 não permite gravação, então nenhum cartão pode ser criado ou removido nele.</translation>
    </message>
    <message>
        <source>Make it writable for yourself, or give --store (or TPM2_PKCS11_STORE) another folder. Listing its cards needs no write.</source>
        <translation>Conceda a si mesmo permissão de gravação ou informe outra pasta em --store (ou TPM2_PKCS11_STORE). Listar os cartões dele não exige gravação.</translation>
    </message>
    <message>
        <source>The token store&apos;s database %1 is damaged or is not a token store&apos;s database, so its cards cannot be read. Nothing was written to it.</source>
        <translation>O banco de dados %1 do repositório de tokens está danificado ou não é o banco de dados de um repositório de tokens, por isso os cartões dele não podem ser lidos. Nada foi gravado nele.</translation>
    </message>
    <message>
        <source>Put back a copy of %1 from a backup, or give --store (or TPM2_PKCS11_STORE) another folder for new cards. Keep the damaged file: a recovery tool may still read keys from it.</source>
        <translation>Restaure uma cópia de %1 a partir de um backup ou informe em --store (ou TPM2_PKCS11_STORE) outra pasta para novos cartões. Guarde o arquivo danificado: uma ferramenta de recuperação ainda pode ler chaves dele.</translation>
    </message>
    <message>
        <source>The disk that holds the token store %1 is full, so the card could not be written. Nothing of this attempt was kept.</source>
        <translation>O disco que contém o repositório de tokens %1 está cheio, por isso o cartão não pôde ser gravado. Nada desta tentativa foi mantido.</translation>
    </message>
    <message numerus="yes">
        <source>Free some space on that disk (at least %n MiB), then try again; or give --store (or TPM2_PKCS11_STORE) a folder on another disk.</source>
        <translation>
            <numerusform>Libere espaço nesse disco (pelo menos %n MiB) e tente novamente; ou informe em --store (ou TPM2_PKCS11_STORE) uma pasta em outro disco.</numerusform>
            <numerusform>Libere espaço nesse disco (pelo menos %n MiB) e tente novamente; ou informe em --store (ou TPM2_PKCS11_STORE) uma pasta em outro disco.</numerusform>
        </translation>
    </message>
    <message>
        <source>Neither the token store %1 nor the folder %2 that would hold it exists. The program makes only the store&apos;s own folder, so that a mistyped path does not become folders.</source>
        <translation>Nem o repositório de tokens %1 nem a pasta %2 que o conteria existem. O programa cria apenas a pasta do próprio repositório, para que um caminho digitado errado não vire pastas.</translation>
    </message>
    <message>
        <source>Check the path given to --store (or TPM2_PKCS11_STORE), or create %1 first.</source>
        <translation>Verifique o caminho informado em --store (ou TPM2_PKCS11_STORE) ou crie %1 antes.</translation>
    </message>
    <message>
        <source>The token store %1 is not writable: %2, where it would be made, is not a folder.</source>
        <translation>O repositório de tokens %1 não permite gravação: %2, onde ele seria criado, não é uma pasta.</translation>
    </message>
    <message>
        <source>Check the path given to --store (or TPM2_PKCS11_STORE).</source>
        <translation>Verifique o caminho informado em --store (ou TPM2_PKCS11_STORE).</translation>
    </message>
    <message>
        <source>The token store %1 is not writable: you may not make a folder in %2.</source>
        <translation>O repositório de tokens %1 não permite gravação: você não tem permissão para criar uma pasta em %2.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder in one you may write to, such as your home folder.</source>
        <translation>Informe em --store (ou TPM2_PKCS11_STORE) uma pasta dentro de outra na qual você possa gravar, como sua pasta pessoal.</translation>
    </message>
    <message>
        <source>The token store %1 could not be made.</source>
        <translation>Não foi possível criar o repositório de tokens %1.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder in one you may write to.</source>
        <translation>Informe em --store (ou TPM2_PKCS11_STORE) uma pasta dentro de outra na qual você possa gravar.</translation>
    </message>
    <message>
        <source>Make it writable for yourself, or give --store (or TPM2_PKCS11_STORE) another folder.</source>
        <translation>Conceda a si mesmo permissão de gravação ou informe outra pasta em --store (ou TPM2_PKCS11_STORE).</translation>
    </message>
    <message numerus="yes">
        <source>The folder %1 holds files that are not a token store&apos;s (%2 and %n more), so it is not used as one.</source>
        <translation>
            <numerusform>A pasta %1 contém arquivos que não são de um repositório de tokens (%2 e mais %n), por isso ela não é usada como tal.</numerusform>
            <numerusform>A pasta %1 contém arquivos que não são de um repositório de tokens (%2 e mais %n), por isso ela não é usada como tal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tpm2Backend</name>
    <message>
        <source>Software TPM — keys are not protected by hardware</source>
        <translation>TPM de software — as chaves não são protegidas por hardware</translation>
    </message>
    <message>
        <source>Applications reach the card through the PKCS#11 module %1.</source>
        <translation>Os aplicativos acessam o cartão pelo módulo PKCS#11 %1.</translation>
    </message>
    <message>
        <source>Programs you start after your next login find it by themselves: %1 sets %2 for them.</source>
        <extracomment>&quot;it&quot; is the software TPM; %1 is a file path, %2 an environment variable&apos;s name.</extracomment>
        <translation>Os programas que você iniciar após o próximo login o encontrarão sozinhos: %1 define %2 para eles.</translation>
    </message>
    <message>
        <source>The settings for other programs could not be registered: %1</source>
        <translation>Não foi possível registrar as configurações para outros programas: %1</translation>
    </message>
    <message>
        <source>This session has no D-Bus session bus, so programs reach the software TPM only with the lines below in their environment.</source>
        <translation>Esta sessão não tem barramento de sessão D-Bus, então os programas só acessam o TPM de software com as linhas abaixo no ambiente deles.</translation>
    </message>
    <message>
        <source>In a terminal, the line below shows the card&apos;s public keys.</source>
        <translation>Em um terminal, a linha abaixo mostra as chaves públicas do cartão.</translation>
    </message>
    <message>
        <source>In a terminal that is already open, the lines below reach the card; the last one shows its public keys.</source>
        <translation>Em um terminal já aberto, as linhas abaixo dão acesso ao cartão; a última mostra as chaves públicas dele.</translation>
    </message>
    <message>
        <source>The tpm2-pkcs11 module was not found. Install the package libtpm2-pkcs11-1.</source>
        <translation>O módulo tpm2-pkcs11 não foi encontrado. Instale o pacote libtpm2-pkcs11-1.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2). Ask your administrator to add you to the group tss, then sign in again.</source>
        <translation>Não é possível abrir %1 (%2). Peça ao administrador para adicionar você ao grupo tss e entre novamente.</translation>
    </message>
    <message>
        <source>The software TPM does not answer: %1</source>
        <translation>O TPM de software não responde: %1</translation>
    </message>
    <message>
        <source>The token store %1 may not be written, and a copy of it to read could not be made: %2</source>
        <translation>O repositório de tokens %1 não pode ser gravado, e não foi possível fazer uma cópia dele para leitura: %2</translation>
    </message>
    <message>
        <source>C_Initialize with TCTI %1 failed: %2</source>
        <translation>C_Initialize com TCTI %1 falhou: %2</translation>
    </message>
    <message>
        <source>Waiting for another vscwizard (process %1) to finish with the token store %2…</source>
        <translation>Aguardando outro vscwizard (processo %1) terminar de usar o repositório de tokens %2…</translation>
    </message>
    <message>
        <source>Waiting for another vscwizard to finish with the token store %1…</source>
        <translation>Aguardando outro vscwizard terminar de usar o repositório de tokens %1…</translation>
    </message>
    <message>
        <source>The token store is busy</source>
        <translation>O repositório de tokens está ocupado</translation>
    </message>
    <message>
        <source>Wait until it has finished, or end it, then try again. Nothing was changed.</source>
        <translation>Aguarde até que ele termine, ou encerre-o, e tente novamente. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The unfinished card &quot;%1&quot; could not be removed: %2</source>
        <translation>Não foi possível remover o cartão inacabado &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>There is no card with the instance id &quot;%1&quot;.</source>
        <translation>Não há nenhum cartão com o ID de instância &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>O disco está cheio</translation>
    </message>
    <message>
        <source>The token store is damaged</source>
        <translation>O repositório de tokens está danificado</translation>
    </message>
    <message>
        <source>The token store is read-only</source>
        <translation>O repositório de tokens é somente leitura</translation>
    </message>
    <message>
        <source>The token store cannot be read</source>
        <translation>O repositório de tokens não pode ser lido</translation>
    </message>
    <message>
        <source>This folder cannot be the token store</source>
        <translation>Esta pasta não pode ser o repositório de tokens</translation>
    </message>
    <message>
        <source>The software TPM is not running</source>
        <translation>O TPM de software não está em execução</translation>
    </message>
    <message>
        <source>The software TPM stopped, or does not answer, so the operation could not finish.</source>
        <translation>O TPM de software parou ou não responde, por isso a operação não pôde ser concluída.</translation>
    </message>
    <message>
        <source>Start it again with “vscwizard software-tpm start”, then try again.</source>
        <translation>Inicie-o novamente com “vscwizard software-tpm start” e tente outra vez.</translation>
    </message>
    <message>
        <source>Try again: the next operation starts it again.</source>
        <translation>Tente novamente: a próxima operação o inicia de novo.</translation>
    </message>
    <message>
        <source>The TPM is locked after too many wrong PINs</source>
        <translation>O TPM está bloqueado após muitos PINs incorretos</translation>
    </message>
    <message>
        <source>The TPM is locked after too many wrong PINs (%1 of %2). It protects every card this way, whichever program the PINs were typed in.</source>
        <translation>O TPM está bloqueado após muitos PINs incorretos (%1 de %2). Ele protege todos os cartões dessa forma, seja qual for o programa em que os PINs foram digitados.</translation>
    </message>
    <message>
        <source>The TPM has no room for more objects</source>
        <translation>O TPM não tem espaço para mais objetos</translation>
    </message>
    <message>
        <source>The TPM has no room for more objects: programs that ended without cleaning up left theirs loaded. This happens only where no resource manager stands in front of the TPM (%1).</source>
        <translation>O TPM não tem espaço para mais objetos: programas que terminaram sem fazer a limpeza deixaram os seus carregados. Isso só acontece quando não há nenhum gerenciador de recursos na frente do TPM (%1).</translation>
    </message>
    <message>
        <source>Restart that TPM, or reach it through a resource manager: the kernel&apos;s /dev/tpmrm0, or the program&apos;s own software TPM, which has one.</source>
        <translation>Reinicie esse TPM ou acesse-o por meio de um gerenciador de recursos: o /dev/tpmrm0 do kernel ou o TPM de software do próprio programa, que tem um.</translation>
    </message>
    <message>
        <source>No TPM found</source>
        <translation>Nenhum TPM encontrado</translation>
    </message>
    <message>
        <source>There is no TPM at %1.</source>
        <translation>Não há nenhum TPM em %1.</translation>
    </message>
    <message>
        <source>If this computer has a TPM, turn it on in the firmware settings; otherwise use the software TPM (--tpm software).</source>
        <translation>Se este computador tiver um TPM, ative-o nas configurações do firmware; caso contrário, use o TPM de software (--tpm software).</translation>
    </message>
    <message>
        <source>Check the path given to --tpm device:PATH (the kernel&apos;s TPM is /dev/tpmrm0), or use the software TPM (--tpm software).</source>
        <translation>Verifique o caminho informado em --tpm device:CAMINHO (o TPM do kernel é /dev/tpmrm0) ou use o TPM de software (--tpm software).</translation>
    </message>
    <message>
        <source>No permission to use the TPM</source>
        <translation>Sem permissão para usar o TPM</translation>
    </message>
    <message>
        <source>You may not use the TPM %1.</source>
        <translation>Você não tem permissão para usar o TPM %1.</translation>
    </message>
    <message>
        <source>Ask your administrator to add your account to the group tss, then sign out and in again; or use the software TPM (--tpm software).</source>
        <translation>Peça ao administrador para adicionar sua conta ao grupo tss e depois saia e entre novamente; ou use o TPM de software (--tpm software).</translation>
    </message>
    <message>
        <source>The TPM does not answer</source>
        <translation>O TPM não responde</translation>
    </message>
    <message>
        <source>No TPM answered through %1.</source>
        <translation>Nenhum TPM respondeu por meio de %1.</translation>
    </message>
    <message>
        <source>Check the TCTI given with --tpm tcti:STRING (such as device:/dev/tpmrm0, or swtpm:host=localhost,port=2321 for a running swtpm), or leave --tpm out to use this computer&apos;s TPM or the software TPM.</source>
        <translation>Verifique o TCTI informado com --tpm tcti:TEXTO (como device:/dev/tpmrm0 ou swtpm:host=localhost,port=2321 para um swtpm em execução) ou omita --tpm para usar o TPM deste computador ou o TPM de software.</translation>
    </message>
    <message>
        <source>Another program may hold the TPM (%1 serves one program at a time; /dev/tpmrm0 serves many): try again when it has finished, or use /dev/tpmrm0.</source>
        <translation>Outro programa pode estar usando o TPM (%1 atende um programa por vez; /dev/tpmrm0 atende vários): tente novamente quando ele terminar ou use /dev/tpmrm0.</translation>
    </message>
    <message>
        <source>The token store belongs to another TPM</source>
        <translation>O repositório de tokens pertence a outro TPM</translation>
    </message>
    <message>
        <source>The token store %1 holds cards of another TPM: its storage key is not on this one.</source>
        <translation>O repositório de tokens %1 contém cartões de outro TPM: a chave de armazenamento dele não está neste.</translation>
    </message>
    <message>
        <source>Keep the cards of each TPM in a store of their own (--store), or use the TPM they were made on.</source>
        <translation>Mantenha os cartões de cada TPM em um repositório próprio (--store) ou use o TPM no qual eles foram criados.</translation>
    </message>
    <message numerus="yes">
        <source>Another program was writing to the token store %1 and did not finish within %n second(s), so this operation could not use it.</source>
        <translation>
            <numerusform>Outro programa estava gravando no repositório de tokens %1 e não terminou em %n segundo, por isso esta operação não pôde usá-lo.</numerusform>
            <numerusform>Outro programa estava gravando no repositório de tokens %1 e não terminou em %n segundos, por isso esta operação não pôde usá-lo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again once that program has finished; nothing of this attempt was kept.</source>
        <translation>Tente novamente quando esse programa terminar; nada desta tentativa foi mantido.</translation>
    </message>
    <message>
        <source>Not a TPM device</source>
        <translation>Não é um dispositivo TPM</translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>Cartão inexistente</translation>
    </message>
    <message>
        <source>There is no card with the instance id “%1” in the token store %2.</source>
        <translation>Não há nenhum cartão com o ID de instância “%1” no repositório de tokens %2.</translation>
    </message>
    <message>
        <source>“vscwizard list” shows the cards and their instance ids; another program may have removed this one already.</source>
        <translation>“vscwizard list” mostra os cartões e os IDs de instância deles; outro programa pode já ter removido este.</translation>
    </message>
    <message>
        <source>Type the PUK again, carefully: it is the one set when the card was made, not the PIN.</source>
        <translation>Digite o PUK novamente, com cuidado: é aquele definido quando o cartão foi criado, não o PIN.</translation>
    </message>
    <message>
        <source>Check the 48 hexadecimal digits you were given for this card.</source>
        <translation>Verifique os 48 dígitos hexadecimais que você recebeu para este cartão.</translation>
    </message>
    <message>
        <source>Type the PIN again, carefully. If you have forgotten it, reset it with the PUK or the admin key instead of guessing: every wrong PIN counts, on every card of this TPM.</source>
        <translation>Digite o PIN novamente, com cuidado. Se você o esqueceu, redefina-o com o PUK ou a chave de administrador em vez de tentar adivinhar: cada PIN incorreto conta, em todos os cartões deste TPM.</translation>
    </message>
    <message>
        <source>Names like &quot;%1&quot; are kept for cards being made; choose another name.</source>
        <extracomment>&quot;kept&quot; = reserved: the program names a card this way while it is being made.</extracomment>
        <translation>Nomes como &quot;%1&quot; são reservados para cartões em criação; escolha outro nome.</translation>
    </message>
    <message>
        <source>A card named &quot;%1&quot; exists already.</source>
        <translation>Já existe um cartão chamado &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>The software TPM holds at most %n card(s): every program that uses them holds one connection to its resource manager per card. Remove a card first.</source>
        <translation>
            <numerusform>O TPM de software comporta no máximo %n cartão: cada programa que os usa mantém uma conexão com o gerenciador de recursos dele por cartão. Remova um cartão primeiro.</numerusform>
            <numerusform>O TPM de software comporta no máximo %n cartões: cada programa que os usa mantém uma conexão com o gerenciador de recursos dele por cartão. Remova um cartão primeiro.</numerusform>
        </translation>
    </message>
    <message>
        <source>The token store has no free slot (tpm2-pkcs11 holds 255 tokens).</source>
        <translation>O repositório de tokens não tem slot livre (o tpm2-pkcs11 comporta 255 tokens).</translation>
    </message>
    <message>
        <source>The new token &quot;%1&quot; is not in the slot list (%2).</source>
        <translation>O novo token &quot;%1&quot; não está na lista de slots (%2).</translation>
    </message>
    <message>
        <source>Injected failure.</source>
        <extracomment>Seen only in the program&apos;s own tests, which make a create fail on purpose.</extracomment>
        <translation>Falha injetada.</translation>
    </message>
    <message>
        <source>Another program created a card named &quot;%1&quot; while this one was being made.</source>
        <translation>Outro programa criou um cartão chamado &quot;%1&quot; enquanto este estava sendo criado.</translation>
    </message>
    <message>
        <source>The cancelled card could not be removed: %1</source>
        <translation>Não foi possível remover o cartão cancelado: %1</translation>
    </message>
    <message>
        <source>%1
The unfinished card could not be removed: %2</source>
        <translation>%1
Não foi possível remover o cartão inacabado: %2</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has no PUK and a random admin key that nobody knows.</source>
        <translation>O cartão &quot;%1&quot; não tem PUK e tem uma chave de administrador aleatória que ninguém conhece.</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has no PUK: its PIN is reset with its admin key.</source>
        <translation>O cartão &quot;%1&quot; não tem PUK: o PIN dele é redefinido com a chave de administrador.</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has a PUK, which takes the admin key&apos;s place: its PIN is reset with the PUK.</source>
        <translation>O cartão &quot;%1&quot; tem um PUK, que ocupa o lugar da chave de administrador: o PIN dele é redefinido com o PUK.</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has no PUK.</source>
        <translation>O cartão &quot;%1&quot; não tem PUK.</translation>
    </message>
    <message>
        <source>The tpm2-pkcs11 module is not installed. Install the package libtpm2-pkcs11-1.</source>
        <translation>O módulo tpm2-pkcs11 não está instalado. Instale o pacote libtpm2-pkcs11-1.</translation>
    </message>
    <message>
        <source>The tpm2-pkcs11 module %1 cannot be loaded.</source>
        <translation>O módulo tpm2-pkcs11 %1 não pode ser carregado.</translation>
    </message>
    <message>
        <source>The TPM %1 cannot be opened.</source>
        <translation>O TPM %1 não pode ser aberto.</translation>
    </message>
    <message>
        <source>The software TPM needs the program swtpm. Install the package swtpm.</source>
        <translation>O TPM de software precisa do programa swtpm. Instale o pacote swtpm.</translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs (%1 of %2); it accepts PINs again in about %n minute(s).</source>
        <extracomment>%1 of %2: wrong PINs counted, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>O TPM está bloqueado após muitos PINs incorretos (%1 de %2); ele voltará a aceitar PINs em cerca de %n minuto.</numerusform>
            <numerusform>O TPM está bloqueado após muitos PINs incorretos (%1 de %2); ele voltará a aceitar PINs em cerca de %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs (%1 of %2); it accepts PINs again in about %n second(s).</source>
        <extracomment>%1 of %2: wrong PINs counted, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>O TPM está bloqueado após muitos PINs incorretos (%1 de %2); ele voltará a aceitar PINs em cerca de %n segundo.</numerusform>
            <numerusform>O TPM está bloqueado após muitos PINs incorretos (%1 de %2); ele voltará a aceitar PINs em cerca de %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard (process %1) has held the token store %2 for %n minute(s), and still does.</source>
        <extracomment>%1: a process id; %2: a folder.</extracomment>
        <translation>
            <numerusform>Outro vscwizard (processo %1) está usando o repositório de tokens %2 há %n minuto e ainda não terminou.</numerusform>
            <numerusform>Outro vscwizard (processo %1) está usando o repositório de tokens %2 há %n minutos e ainda não terminou.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard (process %1) has held the token store %2 for %n second(s), and still does.</source>
        <extracomment>%1: a process id; %2: a folder.</extracomment>
        <translation>
            <numerusform>Outro vscwizard (processo %1) está usando o repositório de tokens %2 há %n segundo e ainda não terminou.</numerusform>
            <numerusform>Outro vscwizard (processo %1) está usando o repositório de tokens %2 há %n segundos e ainda não terminou.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard has held the token store %1 for %n minute(s), and still does.</source>
        <translation>
            <numerusform>Outro vscwizard está usando o repositório de tokens %1 há %n minuto e ainda não terminou.</numerusform>
            <numerusform>Outro vscwizard está usando o repositório de tokens %1 há %n minutos e ainda não terminou.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard has held the token store %1 for %n second(s), and still does.</source>
        <translation>
            <numerusform>Outro vscwizard está usando o repositório de tokens %1 há %n segundo e ainda não terminou.</numerusform>
            <numerusform>Outro vscwizard está usando o repositório de tokens %1 há %n segundos e ainda não terminou.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait: the TPM accepts PINs again in about %n minute(s).</source>
        <translation>
            <numerusform>Aguarde: o TPM voltará a aceitar PINs em cerca de %n minuto.</numerusform>
            <numerusform>Aguarde: o TPM voltará a aceitar PINs em cerca de %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait: the TPM accepts PINs again in about %n second(s).</source>
        <translation>
            <numerusform>Aguarde: o TPM voltará a aceitar PINs em cerca de %n segundo.</numerusform>
            <numerusform>Aguarde: o TPM voltará a aceitar PINs em cerca de %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK is wrong for this card. The TPM counts wrong PINs and PUKs of all its cards together: after %n more it refuses every one of them for a while.</source>
        <translation>
            <numerusform>O PUK está incorreto para este cartão. O TPM conta juntos os PINs e PUKs incorretos de todos os seus cartões: após mais %n, ele recusará todos eles por um tempo.</numerusform>
            <numerusform>O PUK está incorreto para este cartão. O TPM conta juntos os PINs e PUKs incorretos de todos os seus cartões: após mais %n, ele recusará todos eles por um tempo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The admin key is wrong for this card. The TPM counts wrong PINs and admin keys of all its cards together: after %n more it refuses every one of them for a while.</source>
        <translation>
            <numerusform>A chave de administrador está incorreta para este cartão. O TPM conta juntos os PINs e as chaves de administrador incorretos de todos os seus cartões: após mais %n, ele recusará todos eles por um tempo.</numerusform>
            <numerusform>A chave de administrador está incorreta para este cartão. O TPM conta juntos os PINs e as chaves de administrador incorretos de todos os seus cartões: após mais %n, ele recusará todos eles por um tempo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN is wrong for this card. The TPM counts wrong PINs of all its cards together: after %n more it refuses every PIN for a while.</source>
        <translation>
            <numerusform>O PIN está incorreto para este cartão. O TPM conta juntos os PINs incorretos de todos os seus cartões: após mais %n, ele recusará todos os PINs por um tempo.</numerusform>
            <numerusform>O PIN está incorreto para este cartão. O TPM conta juntos os PINs incorretos de todos os seus cartões: após mais %n, ele recusará todos os PINs por um tempo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs. It accepts PINs again in about %n minute(s).</source>
        <translation>
            <numerusform>O TPM está bloqueado após muitos PINs incorretos. Ele voltará a aceitar PINs em cerca de %n minuto.</numerusform>
            <numerusform>O TPM está bloqueado após muitos PINs incorretos. Ele voltará a aceitar PINs em cerca de %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs. It accepts PINs again in about %n second(s).</source>
        <translation>
            <numerusform>O TPM está bloqueado após muitos PINs incorretos. Ele voltará a aceitar PINs em cerca de %n segundo.</numerusform>
            <numerusform>O TPM está bloqueado após muitos PINs incorretos. Ele voltará a aceitar PINs em cerca de %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TpmTarget</name>
    <message>
        <source>Unknown TPM &quot;%1&quot;: use auto, device, device:PATH, software, software:FOLDER or tcti:STRING.</source>
        <translation>TPM desconhecido &quot;%1&quot;: use auto, device, device:CAMINHO, software, software:PASTA ou tcti:TEXTO.</translation>
    </message>
    <message>
        <source>A TPM is a character device such as /dev/tpmrm0: give --tpm device:PATH the path of one, or use --tpm software.</source>
        <translation>Um TPM é um dispositivo de caracteres como /dev/tpmrm0: informe em --tpm device:CAMINHO o caminho de um deles ou use --tpm software.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a regular file, so nothing was written to it.</source>
        <translation>%1 não é um TPM, mas um arquivo comum, por isso nada foi gravado nele.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a folder, so nothing was written to it.</source>
        <translation>%1 não é um TPM, mas uma pasta, por isso nada foi gravado nela.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a named pipe, so nothing was written to it.</source>
        <translation>%1 não é um TPM, mas um pipe nomeado, por isso nada foi gravado nele.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a socket, so nothing was written to it.</source>
        <translation>%1 não é um TPM, mas um soquete, por isso nada foi gravado nele.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a block device, so nothing was written to it.</source>
        <translation>%1 não é um TPM, mas um dispositivo de bloco, por isso nada foi gravado nele.</translation>
    </message>
    <message>
        <source>%1 is not a TPM, nor any other device, so nothing was written to it.</source>
        <translation>%1 não é um TPM nem qualquer outro dispositivo, por isso nada foi gravado nele.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <source>This wizard creates a virtual smart card on this computer.</source>
        <translation>Este assistente cria um cartão inteligente virtual neste computador.</translation>
    </message>
    <message>
        <source>A virtual smart card works like a smart card you plug in, but it lives in this computer&apos;s security chip (the TPM). It keeps your keys and certificates safe: you unlock it with a PIN, and the keys cannot be copied off this computer.</source>
        <translation>Um cartão inteligente virtual funciona como um cartão inteligente que você conecta, mas fica no chip de segurança deste computador (o TPM). Ele mantém suas chaves e certificados seguros: você o desbloqueia com um PIN, e as chaves não podem ser copiadas para fora deste computador.</translation>
    </message>
    <message>
        <source>You will choose a name, a PIN and a way to recover the card if the PIN is forgotten. First the wizard checks that this computer can hold a virtual smart card.</source>
        <translation>Você escolherá um nome, um PIN e uma forma de recuperar o cartão se o PIN for esquecido. Primeiro, o assistente verifica se este computador pode conter um cartão inteligente virtual.</translation>
    </message>
    <message>
        <source>Checking this computer…</source>
        <translation>Verificando este computador…</translation>
    </message>
    <message>
        <source>Check status</source>
        <extracomment>A noun: the result of checking whether this computer can hold a card.</extracomment>
        <translation>Status da verificação</translation>
    </message>
    <message>
        <source>Checking this computer</source>
        <translation>Verificando este computador</translation>
    </message>
    <message>
        <source>Busy while the wizard checks that this computer can hold a virtual smart card.</source>
        <translation>Ocupado enquanto o assistente verifica se este computador pode conter um cartão inteligente virtual.</translation>
    </message>
    <message>
        <source>&amp;Results of the check:</source>
        <translation>&amp;Resultados da verificação:</translation>
    </message>
    <message>
        <source>Results of the check</source>
        <translation>Resultados da verificação</translation>
    </message>
    <message>
        <source>What prevents creating a virtual smart card on this computer, and what to do about it.</source>
        <translation>O que impede a criação de um cartão inteligente virtual neste computador e o que fazer a respeito.</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Verificar novamente</translation>
    </message>
    <message>
        <source>Checks this computer again after you fixed the problems listed.</source>
        <translation>Verifica este computador novamente depois que você corrigir os problemas listados.</translation>
    </message>
    <message>
        <source>&amp;Manage cards…</source>
        <translation>&amp;Gerenciar cartões…</translation>
    </message>
    <message>
        <source>Opens the card manager: change, reset or remove the cards you have.</source>
        <translation>Abre o gerenciador de cartões, onde você pode alterar, redefinir ou remover seus cartões.</translation>
    </message>
    <message>
        <source>A virtual smart card works like a smart card you plug in. On this computer its keys are kept by a software TPM, not by a security chip: you unlock them with a PIN, but someone who can read your files could copy them.</source>
        <translation>Um cartão inteligente virtual funciona como um cartão inteligente que você conecta. Neste computador, as chaves dele são mantidas por um TPM de software, não por um chip de segurança: você as desbloqueia com um PIN, mas alguém que consiga ler seus arquivos poderia copiá-las.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Must be fixed before a card can be created</source>
        <translation>Deve ser corrigido antes que um cartão possa ser criado</translation>
    </message>
    <message>
        <source>A note; it does not prevent creating a card</source>
        <translation>Uma observação; não impede a criação de um cartão</translation>
    </message>
    <message>
        <source>The check was interrupted. Check again to continue.</source>
        <translation>A verificação foi interrompida. Verifique novamente para continuar.</translation>
    </message>
    <message>
        <source>This computer cannot hold a virtual smart card yet. Fix the problems below, then check again.</source>
        <translation>Este computador ainda não pode conter um cartão inteligente virtual. Corrija os problemas abaixo e verifique novamente.</translation>
    </message>
    <message>
        <source>This computer is ready. Please note the points below.</source>
        <translation>Este computador está pronto. Observe os pontos abaixo.</translation>
    </message>
    <message>
        <source>This computer is ready. Continue to choose a name for the card.</source>
        <translation>Este computador está pronto. Continue para escolher um nome para o cartão.</translation>
    </message>
</context>
<context>
    <name>WindowsBackend</name>
    <message>
        <source>The TPM Virtual Smart Card Manager is not available on this computer. It is part of Windows 8 and later; its service may be turned off.</source>
        <translation>O Gerenciador de Cartões Inteligentes Virtuais TPM não está disponível neste computador. Ele faz parte do Windows 8 e posterior; o serviço dele pode estar desativado.</translation>
    </message>
    <message>
        <source>No TPM (Trusted Platform Module) was found on this computer.</source>
        <translation>Nenhum TPM (Trusted Platform Module) foi encontrado neste computador.</translation>
    </message>
    <message>
        <source>The TPM is not ready. Turn it on and prepare it in the TPM management console (tpm.msc), then try again.</source>
        <translation>O TPM não está pronto. Ative-o e prepare-o no console de gerenciamento do TPM (tpm.msc) e tente novamente.</translation>
    </message>
    <message>
        <source>Managing virtual smart cards needs administrator rights. Start vscwizard with &quot;Run as administrator&quot;.</source>
        <translation>Gerenciar cartões inteligentes virtuais requer direitos de administrador. Inicie o vscwizard com &quot;Executar como administrador&quot;.</translation>
    </message>
    <message>
        <source>Virtual smart cards cannot be managed from a remote desktop session.</source>
        <translation>Não é possível gerenciar cartões inteligentes virtuais em uma sessão da Área de Trabalho Remota.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager refused a value of the request.</source>
        <translation>O Gerenciador de Cartões Inteligentes Virtuais TPM recusou um valor da solicitação.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>A operação foi cancelada.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager reported a failure.</source>
        <translation>O Gerenciador de Cartões Inteligentes Virtuais TPM relatou uma falha.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager is not available</source>
        <translation>O Gerenciador de Cartões Inteligentes Virtuais TPM não está disponível</translation>
    </message>
    <message>
        <source>Ask your administrator to allow the smart card services of Windows to start; the manager is part of Windows 8 and later.</source>
        <translation>Peça ao administrador para permitir que os serviços de cartão inteligente do Windows sejam iniciados; o Gerenciador faz parte do Windows 8 e posterior.</translation>
    </message>
    <message>
        <source>No TPM found</source>
        <translation>Nenhum TPM encontrado</translation>
    </message>
    <message>
        <source>If this computer has a TPM, turn it on in the firmware settings, then try again.</source>
        <translation>Se este computador tiver um TPM, ative-o nas configurações do firmware e tente novamente.</translation>
    </message>
    <message>
        <source>The TPM is not ready</source>
        <translation>O TPM não está pronto</translation>
    </message>
    <message>
        <source>Open the TPM management console (tpm.msc) as administrator and prepare the TPM, then try again.</source>
        <translation>Abra o console de gerenciamento do TPM (tpm.msc) como administrador, prepare o TPM e tente novamente.</translation>
    </message>
    <message>
        <source>Administrator rights needed</source>
        <translation>Direitos de administrador necessários</translation>
    </message>
    <message>
        <source>Start vscwizard with “Run as administrator”, then try again.</source>
        <translation>Inicie o vscwizard com “Executar como administrador” e tente novamente.</translation>
    </message>
    <message>
        <source>The card needs a name.</source>
        <translation>O cartão precisa de um nome.</translation>
    </message>
    <message numerus="yes">
        <source>The admin key must be exactly %n byte(s) long.</source>
        <translation>
            <numerusform>A chave de administrador deve ter exatamente %n byte.</numerusform>
            <numerusform>A chave de administrador deve ter exatamente %n bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The admin key check value must be %n byte(s) long.</source>
        <translation>
            <numerusform>O valor de verificação da chave de administrador deve ter %n byte.</numerusform>
            <numerusform>O valor de verificação da chave de administrador deve ter %n bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attestation needs Windows 10 or later.</source>
        <translation>O atestado requer o Windows 10 ou posterior.</translation>
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
        <translation>Não foi possível contar os leitores de cartão inteligente deste computador.</translation>
    </message>
    <message>
        <source>Win32 error %1</source>
        <translation>Erro do Win32 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n smart card reader(s) exist already, the most there can be at once. Remove a virtual smart card or unplug a reader first.</source>
        <translation>
            <numerusform>Já existe %n leitor de cartão inteligente, o máximo que pode haver ao mesmo tempo. Remova um cartão inteligente virtual ou desconecte um leitor primeiro.</numerusform>
            <numerusform>Já existem %n leitores de cartão inteligente, o máximo que pode haver ao mesmo tempo. Remova um cartão inteligente virtual ou desconecte um leitor primeiro.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN policy cannot be passed to the manager.</source>
        <translation>A política de PIN não pode ser passada ao Gerenciador de Cartões Inteligentes Virtuais TPM.</translation>
    </message>
    <message>
        <source>Windows shows the card as the smart card reader &quot;%1&quot;. Applications use it through the Windows smart card service, for example to enroll a certificate or sign in.</source>
        <translation>O Windows mostra o cartão como o leitor de cartão inteligente &quot;%1&quot;. Os aplicativos o usam pelo serviço de cartão inteligente do Windows, por exemplo, para registrar um certificado ou entrar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the instance id of a TPM virtual smart card (ROOT\SMARTCARDREADER\000n).</source>
        <translation>&quot;%1&quot; não é o ID de instância de um cartão inteligente virtual TPM (ROOT\SMARTCARDREADER\000n).</translation>
    </message>
    <message>
        <source>The smart card readers could not be listed (Win32 error %1).</source>
        <translation>Não foi possível listar os leitores de cartão inteligente (erro do Win32 %1).</translation>
    </message>
    <message numerus="yes">
        <source>The PIN must be %1 to %n byte(s) long.</source>
        <translation>
            <numerusform>O PIN deve ter de %1 a %n byte.</numerusform>
            <numerusform>O PIN deve ter de %1 a %n bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK must be %1 to %n byte(s) long.</source>
        <translation>
            <numerusform>O PUK deve ter de %1 a %n byte.</numerusform>
            <numerusform>O PUK deve ter de %1 a %n bytes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>There is no graphical session to open the wizard in (DISPLAY and WAYLAND_DISPLAY are not set). The commands work without one; see vscwizard --help.</source>
        <translation>Não há sessão gráfica na qual abrir o assistente (DISPLAY e WAYLAND_DISPLAY não estão definidas). Os comandos funcionam sem ela; consulte vscwizard --help.</translation>
    </message>
    <message>
        <source>There is no translation for &quot;%1&quot;; using English.</source>
        <translation>Não há tradução para &quot;%1&quot;; usando inglês.</translation>
    </message>
    <message>
        <source>Cannot open the wizard %1: %2. The commands work without it; see vscwizard --help.</source>
        <translation>Não é possível abrir o assistente %1: %2. Os comandos funcionam sem ele; consulte vscwizard --help.</translation>
    </message>
    <message>
        <source>Commands are run by vscwizard, for example: vscwizard %1</source>
        <translation>Os comandos são executados pelo vscwizard, por exemplo: vscwizard %1</translation>
    </message>
    <message>
        <source>Organization policy</source>
        <translation>Política da organização</translation>
    </message>
    <message>
        <source>Card manager</source>
        <translation>Gerenciador de cartões</translation>
    </message>
</context>
</TS>
