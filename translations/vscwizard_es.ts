<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>AdminKey</name>
    <message>
        <source>Character %1 (&apos;%2&apos;) is not a hex digit.</source>
        <translation>El carácter %1 (&apos;%2&apos;) no es un dígito hexadecimal.</translation>
    </message>
    <message numerus="yes">
        <source>The admin key has %n hex digit(s); it needs exactly %1.</source>
        <translation>
            <numerusform>La clave de administrador tiene %n dígito hexadecimal; necesita exactamente %1.</numerusform>
            <numerusform>La clave de administrador tiene %n dígitos hexadecimales; necesita exactamente %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 (&apos;%2&apos;) splits a pair of hex digits; spaces and colons may only stand between pairs.</source>
        <translation>El carácter %1 (&apos;%2&apos;) separa un par de dígitos hexadecimales; los espacios y los dos puntos solo pueden ir entre pares.</translation>
    </message>
    <message numerus="yes">
        <source>The admin key has %n byte(s); it needs exactly %1.</source>
        <translation>
            <numerusform>La clave de administrador tiene %n byte; necesita exactamente %1.</numerusform>
            <numerusform>La clave de administrador tiene %n bytes; necesita exactamente %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>La opción %1 necesita un valor.</translation>
    </message>
    <message>
        <source>--sim-delay takes milliseconds from 0 to 600000, not &quot;%1&quot;.</source>
        <translation>--sim-delay admite milisegundos de 0 a 600000, no &quot;%1&quot;.</translation>
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
        <translation>Opciones globales:
  --backend NOMBRE     tpm2, windows o simulator (solo para pruebas y demostraciones)
  --lang IDIOMA        idioma de los mensajes, p. ej. de
  --policy ARCHIVO     archivo de directiva de PIN de la organización
  --tpm CUÁL           tpm2: auto, device[:RUTA], software[:CARPETA] o tcti:CADENA
  --store CARPETA      tpm2: la carpeta del almacén de tokens
  --sim-state CARPETA  simulator: carpeta que guarda sus tarjetas
  --sim-delay MS       simulator: retraso de cada paso
  --sim-fail ERR[@ST]  simulator: fallar con el error ERR en el estado ST, o con un
                       error de tarjeta: CARD:ERR[@change-pin|reset-pin|change-puk|status]
</translation>
    </message>
</context>
<context>
    <name>BackendFactory</name>
    <message>
        <source>There is no backend called &quot;%1&quot;. Available: %2.</source>
        <translation>No hay ningún backend llamado &quot;%1&quot;. Disponibles: %2.</translation>
    </message>
    <message>
        <source>software-tpm acts on a software TPM, but --tpm %1 names another TPM. Leave out --tpm, or give --tpm software:FOLDER.</source>
        <translation>software-tpm actúa sobre un TPM de software, pero --tpm %1 indica otro TPM. Omita --tpm o indique --tpm software:CARPETA.</translation>
    </message>
    <message>
        <source>The software TPM is only used on Linux.</source>
        <translation>El TPM de software solo se usa en Linux.</translation>
    </message>
</context>
<context>
    <name>CardCommands</name>
    <message>
        <source>%1 takes only --instance ID and --with puk|adminkey; secrets are read from the terminal or from standard input.</source>
        <translation>%1 solo admite --instance ID y --with puk|adminkey; los secretos se leen desde el terminal o desde la entrada estándar.</translation>
    </message>
    <message>
        <source>%1 takes only --instance ID; secrets are read from the terminal or from standard input.</source>
        <translation>%1 solo admite --instance ID; los secretos se leen desde el terminal o desde la entrada estándar.</translation>
    </message>
    <message>
        <source>%1: --instance needs the instance id shown by &quot;vscwizard status&quot;.</source>
        <translation>%1: --instance necesita el id. de instancia que muestra &quot;vscwizard status&quot;.</translation>
    </message>
    <message>
        <source>%1: --with needs puk or adminkey.</source>
        <translation>%1: --with necesita puk o adminkey.</translation>
    </message>
    <message>
        <source>%1: --with is given twice.</source>
        <translation>%1: --with se ha indicado dos veces.</translation>
    </message>
    <message>
        <source>%1: --with takes puk or adminkey; the PUK or the admin key itself is read from the terminal or from standard input.</source>
        <translation>%1: --with admite puk o adminkey; el PUK o la propia clave de administrador se leen desde el terminal o desde la entrada estándar.</translation>
    </message>
    <message>
        <source>%1 takes exactly one --instance ID.</source>
        <translation>%1 admite exactamente un --instance ID.</translation>
    </message>
    <message>
        <source>%1 needs --instance ID (see &quot;vscwizard status&quot;).</source>
        <translation>%1 necesita --instance ID (consulte &quot;vscwizard status&quot;).</translation>
    </message>
    <message>
        <source>The two entries differed three times; nothing was changed.</source>
        <translation>Las dos entradas no coincidieron tres veces; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>No card has the instance id %1.</source>
        <translation>Ninguna tarjeta tiene el id. de instancia %1.</translation>
    </message>
    <message>
        <source>The card has no PUK: reset its PIN with %1 --with adminkey.</source>
        <translation>La tarjeta no tiene PUK: restablezca su PIN con %1 --with adminkey.</translation>
    </message>
    <message>
        <source>Nobody knows the card&apos;s admin key: reset its PIN with %1 --with puk.</source>
        <translation>Nadie conoce la clave de administrador de la tarjeta: restablezca su PIN con %1 --with puk.</translation>
    </message>
    <message>
        <source>The card has no PUK to change.</source>
        <translation>La tarjeta no tiene ningún PUK que cambiar.</translation>
    </message>
    <message>
        <source>Current PIN: </source>
        <translation>PIN actual: </translation>
    </message>
    <message>
        <source>Standard input ended before the current PIN was read.</source>
        <translation>La entrada estándar terminó antes de leer el PIN actual.</translation>
    </message>
    <message>
        <source>Current PUK: </source>
        <translation>PUK actual: </translation>
    </message>
    <message>
        <source>PUK: </source>
        <translation>PUK: </translation>
    </message>
    <message>
        <source>Standard input ended before the PUK was read.</source>
        <translation>La entrada estándar terminó antes de leer el PUK.</translation>
    </message>
    <message>
        <source>Admin key (48 hex digits): </source>
        <translation>Clave de administrador (48 dígitos hexadecimales): </translation>
    </message>
    <message>
        <source>Standard input ended before the admin key was read.</source>
        <translation>La entrada estándar terminó antes de leer la clave de administrador.</translation>
    </message>
    <message>
        <source>Admin key: %1</source>
        <translation>Clave de administrador: %1</translation>
    </message>
    <message>
        <source>The new PIN must meet these rules:</source>
        <translation>El PIN nuevo debe cumplir estas reglas:</translation>
    </message>
    <message>
        <source>New PIN: </source>
        <translation>PIN nuevo: </translation>
    </message>
    <message>
        <source>Repeat the new PIN: </source>
        <translation>Repita el PIN nuevo: </translation>
    </message>
    <message>
        <source>Standard input ended before the new PIN was read.</source>
        <translation>La entrada estándar terminó antes de leer el PIN nuevo.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>The new PIN breaks these rules:</source>
        <translation>El PIN nuevo incumple estas reglas:</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>New PUK: </source>
        <translation>PUK nuevo: </translation>
    </message>
    <message>
        <source>Repeat the new PUK: </source>
        <translation>Repita el PUK nuevo: </translation>
    </message>
    <message>
        <source>Standard input ended before the new PUK was read.</source>
        <translation>La entrada estándar terminó antes de leer el PUK nuevo.</translation>
    </message>
    <message>
        <source>Changed the PIN of the card %1.</source>
        <translation>Se ha cambiado el PIN de la tarjeta %1.</translation>
    </message>
    <message>
        <source>Changed the PIN of the card &quot;%1&quot; (%2).</source>
        <translation>Se ha cambiado el PIN de la tarjeta &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <source>Changed the PUK of the card %1.</source>
        <translation>Se ha cambiado el PUK de la tarjeta %1.</translation>
    </message>
    <message>
        <source>Changed the PUK of the card &quot;%1&quot; (%2).</source>
        <translation>Se ha cambiado el PUK de la tarjeta &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <source>status takes only --json.</source>
        <translation>status solo admite --json.</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; is not an instance id: none is longer than %n character(s) (see &quot;vscwizard status&quot;).</source>
        <extracomment>%1: a command name, kept in English.</extracomment>
        <translation>
            <numerusform>%1: &quot;%2&quot; no es un id. de instancia: ninguno tiene más de %n carácter (consulte &quot;vscwizard status&quot;).</numerusform>
            <numerusform>%1: &quot;%2&quot; no es un id. de instancia: ninguno tiene más de %n caracteres (consulte &quot;vscwizard status&quot;).</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN of the card %1 was reset; it is unblocked.</source>
        <translation>Se ha restablecido el PIN de la tarjeta %1; ya no está bloqueado.</translation>
    </message>
    <message>
        <source>The PIN of the card &quot;%1&quot; (%2) was reset; it is unblocked.</source>
        <translation>Se ha restablecido el PIN de la tarjeta &quot;%1&quot; (%2); ya no está bloqueado.</translation>
    </message>
</context>
<context>
    <name>CardManagerWindow</name>
    <message>
        <source>Manage virtual smart cards</source>
        <translation>Administrar tarjetas inteligentes virtuales</translation>
    </message>
    <message>
        <source>TPM lockout state</source>
        <translation>Estado de bloqueo del TPM</translation>
    </message>
    <message>
        <source>Car&amp;ds on this computer:</source>
        <translation>&amp;Tarjetas de este equipo:</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>Each row is a card: its name, where it lives, its keys, its PIN&apos;s state and how its PIN can be reset.</source>
        <translation>Cada fila es una tarjeta: su nombre, su ubicación, sus claves, el estado de su PIN y cómo se puede restablecer el PIN.</translation>
    </message>
    <message>
        <source>Reading the cards</source>
        <translation>Leyendo las tarjetas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>Cambiar &amp;PIN…</translation>
    </message>
    <message>
        <source>R&amp;eset PIN…</source>
        <translation>R&amp;establecer PIN…</translation>
    </message>
    <message>
        <source>Change P&amp;UK…</source>
        <translation>Cambiar P&amp;UK…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Reads the cards and the TPM&apos;s lockout state again.</source>
        <translation>Vuelve a leer las tarjetas y el estado de bloqueo del TPM.</translation>
    </message>
    <message>
        <source>E&amp;nroll a new card…</source>
        <translation>Crear una tarjeta &amp;nueva…</translation>
    </message>
    <message>
        <source>Opens the wizard that creates a card.</source>
        <translation>Abre el asistente que crea una tarjeta.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Reading the cards…</source>
        <translation>Leyendo las tarjetas…</translation>
    </message>
    <message>
        <source>The cards could not be read: %1 %2</source>
        <translation>No se pudieron leer las tarjetas: %1 %2</translation>
    </message>
    <message>
        <source>There is no card yet. Enroll a new card to create one.</source>
        <translation>Todavía no hay ninguna tarjeta. Cree una con «Crear una tarjeta nueva».</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s).</source>
        <translation>
            <numerusform>%n tarjeta.</numerusform>
            <numerusform>%n tarjetas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a card first.</source>
        <translation>Seleccione primero una tarjeta.</translation>
    </message>
    <message>
        <source>The PIN is blocked; reset it first</source>
        <translation>El PIN está bloqueado; restablézcalo primero</translation>
    </message>
    <message>
        <source>This card can never be reset; remove it and create a new one</source>
        <translation>Esta tarjeta no se puede restablecer nunca; elimínela y cree una nueva</translation>
    </message>
    <message>
        <source>The PUK is blocked, so this card can no longer be reset; remove it and create a new one</source>
        <translation>El PUK está bloqueado, por lo que esta tarjeta ya no se puede restablecer; elimínela y cree una nueva</translation>
    </message>
    <message>
        <source>This card has no PUK</source>
        <translation>Esta tarjeta no tiene PUK</translation>
    </message>
    <message>
        <source>The PUK is blocked</source>
        <translation>El PUK está bloqueado</translation>
    </message>
    <message>
        <source>Sets a new PIN; the current PIN is needed.</source>
        <translation>Establece un PIN nuevo; se necesita el PIN actual.</translation>
    </message>
    <message>
        <source>Sets a new PIN without the current one, with the PUK or the admin key.</source>
        <translation>Establece un PIN nuevo sin el actual, con el PUK o la clave de administrador.</translation>
    </message>
    <message>
        <source>Sets a new PUK; the current PUK is needed.</source>
        <translation>Establece un PUK nuevo; se necesita el PUK actual.</translation>
    </message>
    <message>
        <source>Removes the card and destroys its keys.</source>
        <translation>Elimina la tarjeta y destruye sus claves.</translation>
    </message>
</context>
<context>
    <name>CardNamePage</name>
    <message>
        <source>Card Name</source>
        <translation>Nombre de la tarjeta</translation>
    </message>
    <message>
        <source>Choose a name that helps you recognize the card.</source>
        <translation>Elija un nombre que le ayude a reconocer la tarjeta.</translation>
    </message>
    <message>
        <source>Card na&amp;me:</source>
        <translation>&amp;Nombre de la tarjeta:</translation>
    </message>
    <message>
        <source>Card name</source>
        <translation>Nombre de la tarjeta</translation>
    </message>
    <message>
        <source>The name shown for the card, for example in the list of security devices of a browser.</source>
        <translation>El nombre que se muestra para la tarjeta, por ejemplo, en la lista de dispositivos de seguridad de un navegador.</translation>
    </message>
    <message>
        <source>For example: Work laptop</source>
        <translation>Por ejemplo: Portátil del trabajo</translation>
    </message>
    <message>
        <source>Name check</source>
        <translation>Comprobación del nombre</translation>
    </message>
    <message numerus="yes">
        <source>The name can have at most %n character(s).</source>
        <translation>
            <numerusform>El nombre puede tener como máximo %n carácter.</numerusform>
            <numerusform>El nombre puede tener como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>A card named “%1” already exists. Choose another name.</source>
        <translation>Ya existe una tarjeta llamada «%1». Elija otro nombre.</translation>
    </message>
    <message>
        <source>This name can be used.</source>
        <translation>Se puede usar este nombre.</translation>
    </message>
</context>
<context>
    <name>CardRules</name>
    <message>
        <source>Enter a name for the card.</source>
        <translation>Escriba un nombre para la tarjeta.</translation>
    </message>
    <message>
        <source>The name contains a character that is not shown, such as a tab, a line break or a writing-direction mark. Remove it.</source>
        <translation>El nombre contiene un carácter que no se muestra, como una tabulación, un salto de línea o una marca de dirección de escritura. Quítelo.</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: it can have at most %n character(s).</source>
        <translation>
            <numerusform>El nombre es demasiado largo: puede tener como máximo %n carácter.</numerusform>
            <numerusform>El nombre es demasiado largo: puede tener como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: a card name holds %n byte(s) in UTF-8, where letters beyond ASCII take two to four; this one takes %1.</source>
        <translation>
            <numerusform>El nombre es demasiado largo: el nombre de una tarjeta admite %n byte en UTF-8, donde las letras fuera de ASCII ocupan de dos a cuatro; este ocupa %1.</numerusform>
            <numerusform>El nombre es demasiado largo: el nombre de una tarjeta admite %n bytes en UTF-8, donde las letras fuera de ASCII ocupan de dos a cuatro; este ocupa %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name starts or ends with a space. Remove it.</source>
        <translation>El nombre empieza o termina con un espacio. Quítelo.</translation>
    </message>
    <message>
        <source>The name is not valid UTF-8 text. Type it again in a terminal that uses UTF-8.</source>
        <translation>El nombre no es texto UTF-8 válido. Vuelva a escribirlo en un terminal que use UTF-8.</translation>
    </message>
    <message>
        <source>The PIN breaks these rules: %1</source>
        <translation>El PIN incumple estas reglas: %1</translation>
    </message>
    <message>
        <source>This PIN is one of the most common PINs, which whoever finds the card tries first. Choose one that is harder to guess.</source>
        <translation>Este PIN es uno de los más comunes, los primeros que probaría quien encuentre la tarjeta. Elija uno más difícil de adivinar.</translation>
    </message>
    <message>
        <source>The PIN contains a NUL byte or bytes that are not UTF-8 text; other programs could not type it.</source>
        <translation>El PIN contiene un byte NUL o bytes que no son texto UTF-8; otros programas no podrían escribirlo.</translation>
    </message>
    <message>
        <source>The PUK contains a NUL byte or bytes that are not UTF-8 text; other programs could not type it.</source>
        <translation>El PUK contiene un byte NUL o bytes que no son texto UTF-8; otros programas no podrían escribirlo.</translation>
    </message>
    <message>
        <source>The PUK is the same as the PIN. Choose a different PUK: it must unlock the card when the PIN is forgotten or blocked.</source>
        <translation>El PUK es igual al PIN. Elija un PUK distinto: debe desbloquear la tarjeta cuando el PIN se olvide o se bloquee.</translation>
    </message>
    <message numerus="yes">
        <source>The PUK must have %1 to %n character(s).</source>
        <translation>
            <numerusform>El PUK debe tener entre %1 y %n carácter.</numerusform>
            <numerusform>El PUK debe tener entre %1 y %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK is too long: a PUK can have at most %n byte(s) in UTF-8, where letters such as ä or € take two or three; this one takes %1.</source>
        <extracomment>%n: the most bytes any PUK may have; %1: the bytes this PUK takes.</extracomment>
        <translation>
            <numerusform>El PUK es demasiado largo: un PUK puede tener como máximo %n byte en UTF-8, donde letras como ä o € ocupan dos o tres; este ocupa %1.</numerusform>
            <numerusform>El PUK es demasiado largo: un PUK puede tener como máximo %n bytes en UTF-8, donde letras como ä o € ocupan dos o tres; este ocupa %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardTableModel</name>
    <message>
        <source>Instance id: %1</source>
        <translation>Id. de instancia: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
</context>
<context>
    <name>CardText</name>
    <message>
        <source>TPM of this computer</source>
        <translation>TPM de este equipo</translation>
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
            <numerusform>PIN establecido; queda %n intento</numerusform>
            <numerusform>PIN establecido; quedan %n intentos</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>PIN establecido</translation>
    </message>
    <message>
        <source>No PIN set</source>
        <translation>Sin PIN</translation>
    </message>
    <message>
        <source>PIN blocked</source>
        <translation>PIN bloqueado</translation>
    </message>
    <message>
        <source>Cannot be reset</source>
        <extracomment>The subject is the card (the virtual smart card): its PIN cannot be reset. A table cell.</extracomment>
        <translation>No se puede restablecer</translation>
    </message>
    <message>
        <source>PUK, or the default admin key</source>
        <translation>PUK o la clave de administrador predeterminada</translation>
    </message>
    <message>
        <source>Default admin key</source>
        <translation>Clave de administrador predeterminada</translation>
    </message>
    <message>
        <source>PUK, or the admin key</source>
        <translation>PUK o la clave de administrador</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Clave de administrador</translation>
    </message>
    <message>
        <source>PUK</source>
        <extracomment>PUK: PIN Unblocking Key, the secret that resets a blocked PIN.</extracomment>
        <translation>PUK</translation>
    </message>
    <message>
        <source>The TPM&apos;s lockout state is not known.</source>
        <translation>Se desconoce el estado de bloqueo del TPM.</translation>
    </message>
    <message numerus="yes">
        <source>No wrong PINs counted by the TPM (it locks after %n).</source>
        <translation>
            <numerusform>El TPM no ha contado ningún PIN incorrecto (se bloquea tras %n).</numerusform>
            <numerusform>El TPM no ha contado ningún PIN incorrecto (se bloquea tras %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>location</comment>
        <extracomment>Where the card is kept (a TPM, the simulator) is not known. A table cell of the Location column.</extracomment>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>PIN state</comment>
        <extracomment>The state of the card&apos;s PIN (set, blocked) is not known. A table cell of the PIN column.</extracomment>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>recovery</comment>
        <extracomment>How the card&apos;s PIN can be reset is not known. A table cell of the Recovery column.</extracomment>
        <translation>Desconocida</translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n second(s), on every card.</source>
        <translation>
            <numerusform>El TPM está bloqueado tras demasiados PIN incorrectos: volverá a aceptar PIN dentro de %n segundo, en todas las tarjetas.</numerusform>
            <numerusform>El TPM está bloqueado tras demasiados PIN incorrectos: volverá a aceptar PIN dentro de %n segundos, en todas las tarjetas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n minute(s), on every card.</source>
        <translation>
            <numerusform>El TPM está bloqueado tras demasiados PIN incorrectos: volverá a aceptar PIN dentro de %n minuto, en todas las tarjetas.</numerusform>
            <numerusform>El TPM está bloqueado tras demasiados PIN incorrectos: volverá a aceptar PIN dentro de %n minutos, en todas las tarjetas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n hour(s), on every card.</source>
        <translation>
            <numerusform>El TPM está bloqueado tras demasiados PIN incorrectos: volverá a aceptar PIN dentro de %n hora, en todas las tarjetas.</numerusform>
            <numerusform>El TPM está bloqueado tras demasiados PIN incorrectos: volverá a aceptar PIN dentro de %n horas, en todas las tarjetas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n second(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>El TPM ha contado %1 de %2 PIN incorrectos, sumando todas sus tarjetas. El recuento baja en uno cada %n segundo.</numerusform>
            <numerusform>El TPM ha contado %1 de %2 PIN incorrectos, sumando todas sus tarjetas. El recuento baja en uno cada %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n minute(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>El TPM ha contado %1 de %2 PIN incorrectos, sumando todas sus tarjetas. El recuento baja en uno cada %n minuto.</numerusform>
            <numerusform>El TPM ha contado %1 de %2 PIN incorrectos, sumando todas sus tarjetas. El recuento baja en uno cada %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n hour(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>El TPM ha contado %1 de %2 PIN incorrectos, sumando todas sus tarjetas. El recuento baja en uno cada %n hora.</numerusform>
            <numerusform>El TPM ha contado %1 de %2 PIN incorrectos, sumando todas sus tarjetas. El recuento baja en uno cada %n horas.</numerusform>
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
        <translation>Uso: vscwizard [OPCIONES GLOBALES] [COMANDO [OPCIONES]]
Sin comando, se abre el asistente para crear una tarjeta.

Comandos:
  create --name NOMBRE [--pin prompt|default] [--puk prompt|default|none]
         [--adminkey default|random|prompt] [--generate]
         [--pinpolicy minlen N maxlen N CLASE REGLA ...]
      Crea una tarjeta inteligente virtual y muestra su id. de instancia.
      CLASE es uppercase, lowercase, digits, special u other; REGLA es allow,
      require o disallow. Predeterminado: --pin prompt, --puk none, --adminkey default;
      el PIN y el PUK predeterminados son los de tpmvscmgr. --adminkey random crea una
      tarjeta que nunca se puede restablecer, solo eliminar. En tpm2 (Linux), el PUK
      ocupa el lugar de la clave de administrador: una tarjeta con PUK no tiene esa clave.
  destroy --instance ID
      Elimina una tarjeta inteligente virtual.
  list [--json]
      Muestra las tarjetas inteligentes virtuales.
  status [--json]
      Muestra el estado del PIN de cada tarjeta (intentos restantes, bloqueado), cómo se
      puede restablecer y el estado de bloqueo del TPM, sin gastar ningún intento.
  change-pin --instance ID
      Cambia el PIN de una tarjeta; lee el PIN actual y luego el PIN nuevo.
  reset-pin --instance ID [--with puk|adminkey]
      Establece un PIN nuevo, también en una tarjeta bloqueada; lee el PUK (o la clave
      de administrador como 48 dígitos hexadecimales) y luego el PIN nuevo. Predeterminado:
      --with puk si la tarjeta tiene PUK; si no, --with adminkey.
  change-puk --instance ID
      Cambia el PUK de una tarjeta; lee el PUK actual y luego el PUK nuevo.
  explain CÓDIGO|NOMBRE
      Muestra qué significa un TPMVSCMGR_ERROR o un TPMVSCMGR_STATUS.
  software-tpm start|stop|status
      Controla el TPM de software del usuario, que guarda las tarjetas cuando no hay
      ningún TPM de hardware utilizable (Linux). Sus claves no están protegidas por hardware.
  --help, --version

Los secretos nunca se toman de la línea de comandos. &quot;prompt&quot; los lee desde el
terminal sin mostrarlos y los pide dos veces; si la entrada estándar no es un terminal,
se lee una línea por cada secreto pedido, en el orden PIN, PUK, clave de administrador
(48 dígitos hexadecimales) para create, y en el orden indicado arriba para los demás
comandos. Todo PIN nuevo debe cumplir la directiva de la organización (--policy).

Opciones de todos los comandos:
  --verbose            mostrar el progreso aunque el error estándar no sea un terminal

Ctrl+C cancela la operación en curso; nada queda a medias.

Estado de salida: 0 correcto, 1 otro error, 2 uso incorrecto, 3 cancelado,
10 + N para TPMVSCMGR_ERROR N (consulte &quot;vscwizard explain N&quot;),
40 + N para un error de tarjeta de change-pin, reset-pin, change-puk y status: 41 PIN
incorrecto, 42 PUK incorrecto, 43 clave de administrador incorrecta, 44 PIN bloqueado,
45 PUK bloqueado, 46 PIN nuevo rechazado, 47 PUK nuevo rechazado, 48 no se puede restablecer,
49 la tarjeta no existe, 50 bloqueo del TPM, 51 no es posible aquí, 52 otro error de tarjeta.
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
        <translation>Simulador (solo para pruebas y demostraciones; no se crea ninguna tarjeta real):
  --sim-fail ERROR[@ESTADO] falla una vez por proceso con ERROR en ESTADO (nombres sin el
  prefijo TPMVSCMGR_, p. ej. GENERATE_FILESYSTEM@GENERATE_RUNNING; sin @ESTADO, en el
  primer paso). El error se produce una sola vez: un reintento en el mismo proceso funciona.
  --sim-fail CARD:ERROR[@OPERACIÓN] hace fallar una vez una operación de tarjeta con un error
  de tarjeta (WRONG_PIN, WRONG_PUK, WRONG_ADMIN_KEY, PIN_BLOCKED, PUK_BLOCKED, NEW_PIN_REFUSED,
  NEW_PUK_REFUSED, CANNOT_RESET, CARD_NOT_FOUND, TPM_LOCKOUT, UNSUPPORTED, FAILED) en
  change-pin, reset-pin, change-puk o status (sin @: el primer cambio o restablecimiento);
  no cambia nada en la tarjeta.
  --sim-delay MS espera antes de cada estado; una cancelación surte efecto en el siguiente estado.
</translation>
    </message>
    <message>
        <source>software-tpm takes one of start, stop or status.</source>
        <extracomment>software-tpm, start, stop and status are typed as they are: do not translate them.</extracomment>
        <translation>software-tpm admite uno de estos valores: start, stop o status.</translation>
    </message>
    <message>
        <source>This program has no software TPM.</source>
        <translation>Este programa no tiene TPM de software.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No se ha indicado ningún comando.</translation>
    </message>
    <message>
        <source>Unknown command. The commands are create, destroy, list, status, change-pin, reset-pin, change-puk, explain and software-tpm.</source>
        <translation>Comando desconocido. Los comandos son create, destroy, list, status, change-pin, reset-pin, change-puk, explain y software-tpm.</translation>
    </message>
</context>
<context>
    <name>ClientRegistration</name>
    <message>
        <source>The file %1 is not the program&apos;s own; it is left as it is.</source>
        <translation>El archivo %1 no pertenece al programa; se deja como está.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>list takes only --json.</source>
        <translation>list solo admite --json.</translation>
    </message>
    <message>
        <source>destroy: --instance needs the instance id shown by &quot;vscwizard list&quot;.</source>
        <translation>destroy: --instance necesita el id. de instancia que muestra &quot;vscwizard list&quot;.</translation>
    </message>
    <message>
        <source>destroy takes only --instance ID.</source>
        <translation>destroy solo admite --instance ID.</translation>
    </message>
    <message>
        <source>destroy takes exactly one --instance ID.</source>
        <translation>destroy admite exactamente un --instance ID.</translation>
    </message>
    <message>
        <source>destroy needs --instance ID (see &quot;vscwizard list&quot;).</source>
        <translation>destroy necesita --instance ID (consulte &quot;vscwizard list&quot;).</translation>
    </message>
    <message>
        <source>Removed the virtual smart card %1.</source>
        <translation>Se ha eliminado la tarjeta inteligente virtual %1.</translation>
    </message>
    <message>
        <source>Restart the computer to finish removing the card.</source>
        <translation>Reinicie el equipo para terminar de eliminar la tarjeta.</translation>
    </message>
    <message>
        <source>explain takes one error or status, as a name or a number.</source>
        <translation>explain admite un error o un estado, como nombre o como número.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a TPMVSCMGR_ERROR nor a TPMVSCMGR_STATUS name or number.</source>
        <translation>&quot;%1&quot; no es un nombre ni un número de TPMVSCMGR_ERROR ni de TPMVSCMGR_STATUS.</translation>
    </message>
    <message>
        <source>Error %1: TPMVSCMGR_ERROR_%2</source>
        <translation>Error %1: TPMVSCMGR_ERROR_%2</translation>
    </message>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message>
        <source>  vscwizard exits with status %1 on this error.</source>
        <translation>  vscwizard termina con el estado de salida %1 ante este error.</translation>
    </message>
    <message>
        <source>Status %1: TPMVSCMGR_STATUS_%2</source>
        <translation>Estado %1: TPMVSCMGR_STATUS_%2</translation>
    </message>
    <message numerus="yes">
        <source>destroy: &quot;%1&quot; is not an instance id: none is longer than %n character(s) (see &quot;vscwizard list&quot;).</source>
        <translation>
            <numerusform>destroy: &quot;%1&quot; no es un id. de instancia: ninguno tiene más de %n carácter (consulte &quot;vscwizard list&quot;).</numerusform>
            <numerusform>destroy: &quot;%1&quot; no es un id. de instancia: ninguno tiene más de %n caracteres (consulte &quot;vscwizard list&quot;).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateCommand</name>
    <message>
        <source>%1 takes one of: %2. Secrets are read from the terminal or from standard input, never from the command line.</source>
        <extracomment>%1 is an option such as --pin, %2 its keywords (prompt, stdin), typed as they are.</extracomment>
        <translation>%1 admite uno de estos valores: %2. Los secretos se leen desde el terminal o desde la entrada estándar, nunca desde la línea de comandos.</translation>
    </message>
    <message>
        <source>--pinpolicy needs rules, e.g. --pinpolicy minlen 6 digits require.</source>
        <translation>--pinpolicy necesita reglas, por ejemplo: --pinpolicy minlen 6 digits require.</translation>
    </message>
    <message>
        <source>--pinpolicy: &quot;%1&quot; needs a value.</source>
        <translation>--pinpolicy: &quot;%1&quot; necesita un valor.</translation>
    </message>
    <message>
        <source>--pinpolicy: &quot;%1&quot; is not a rule; use minlen, maxlen, uppercase, lowercase, digits, special or other.</source>
        <translation>--pinpolicy: &quot;%1&quot; no es una regla; use minlen, maxlen, uppercase, lowercase, digits, special u other.</translation>
    </message>
    <message>
        <source>--pinpolicy: %1 is given twice; give each rule once.</source>
        <translation>--pinpolicy: %1 se ha indicado dos veces; indique cada regla una sola vez.</translation>
    </message>
    <message>
        <source>--pinpolicy: %1 takes a number, not &quot;%2&quot;.</source>
        <translation>--pinpolicy: %1 admite un número, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--pinpolicy: %1 takes allow, require or disallow, not &quot;%2&quot;.</source>
        <translation>--pinpolicy: %1 admite allow, require o disallow, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--pinpolicy: %1</source>
        <translation>--pinpolicy: %1</translation>
    </message>
    <message>
        <source>create: unexpected argument number %1; only options are taken.</source>
        <translation>create: argumento inesperado en la posición %1; solo se admiten opciones.</translation>
    </message>
    <message>
        <source>create: %1 is given twice.</source>
        <translation>create: %1 se ha indicado dos veces.</translation>
    </message>
    <message>
        <source>create: --generate takes no value.</source>
        <translation>create: --generate no admite ningún valor.</translation>
    </message>
    <message>
        <source>create: unknown option %1.</source>
        <translation>create: opción desconocida %1.</translation>
    </message>
    <message>
        <source>create: %1 needs a value.</source>
        <translation>create: %1 necesita un valor.</translation>
    </message>
    <message>
        <source>create needs --name NAME.</source>
        <translation>create necesita --name NOMBRE.</translation>
    </message>
    <message>
        <source>The organization policy %1 sets the PIN rules; --pinpolicy cannot change them.</source>
        <translation>La directiva de la organización %1 establece las reglas del PIN; --pinpolicy no puede cambiarlas.</translation>
    </message>
    <message>
        <source>The organization policy %1 requires a PUK: add --puk prompt or --puk default.</source>
        <translation>La directiva de la organización %1 exige un PUK: agregue --puk prompt o --puk default.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow a publicly known recovery secret, and on the %2 backend the PUK is the card&apos;s only one: use --puk prompt.</source>
        <translation>La directiva de la organización %1 no permite un secreto de recuperación conocido públicamente, y con el backend %2 el PUK es el único de la tarjeta: use --puk prompt.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow the default admin key: add --adminkey prompt or --adminkey random.</source>
        <translation>La directiva de la organización %1 no permite la clave de administrador predeterminada: agregue --adminkey prompt o --adminkey random.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow the default admin key: add --adminkey prompt.</source>
        <translation>La directiva de la organización %1 no permite la clave de administrador predeterminada: agregue --adminkey prompt.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow a random admin key: add --adminkey prompt or --adminkey default.</source>
        <translation>La directiva de la organización %1 no permite una clave de administrador aleatoria: agregue --adminkey prompt o --adminkey default.</translation>
    </message>
    <message>
        <source>The organization policy %1 does not allow a random admin key: add --adminkey prompt.</source>
        <translation>La directiva de la organización %1 no permite una clave de administrador aleatoria: agregue --adminkey prompt.</translation>
    </message>
    <message>
        <source>Or give the card a PUK with --puk prompt: on the %1 backend it takes the admin key&apos;s place.</source>
        <translation>O asigne a la tarjeta un PUK con --puk prompt: con el backend %1, ocupa el lugar de la clave de administrador.</translation>
    </message>
    <message>
        <source>--adminkey prompt would ask for a key that is never used: on the %1 backend the PUK takes the admin key&apos;s place. Leave out --adminkey, or use --puk none to protect the card with an admin key instead.</source>
        <translation>--adminkey prompt pediría una clave que nunca se usa: con el backend %1, el PUK ocupa el lugar de la clave de administrador. Omita --adminkey, o use --puk none para proteger la tarjeta con una clave de administrador.</translation>
    </message>
    <message>
        <source>Note: on the %1 backend the PUK takes the admin key&apos;s place; --adminkey is ignored.</source>
        <translation>Nota: con el backend %1, el PUK ocupa el lugar de la clave de administrador; se omite --adminkey.</translation>
    </message>
    <message>
        <source>The two entries differed three times; nothing was created.</source>
        <translation>Las dos entradas no coincidieron tres veces; no se ha creado nada.</translation>
    </message>
    <message>
        <source>The PIN must meet these rules:</source>
        <translation>El PIN debe cumplir estas reglas:</translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation>PIN: </translation>
    </message>
    <message>
        <source>Repeat the PIN: </source>
        <translation>Repita el PIN: </translation>
    </message>
    <message>
        <source>Standard input ended before the PIN was read.</source>
        <translation>La entrada estándar terminó antes de leer el PIN.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>The PIN breaks these rules:</source>
        <translation>El PIN incumple estas reglas:</translation>
    </message>
    <message>
        <source>PUK: </source>
        <translation>PUK: </translation>
    </message>
    <message>
        <source>Repeat the PUK: </source>
        <translation>Repita el PUK: </translation>
    </message>
    <message>
        <source>Standard input ended before the PUK was read.</source>
        <translation>La entrada estándar terminó antes de leer el PUK.</translation>
    </message>
    <message>
        <source>The admin key beside the PUK is random and kept nowhere: only the PUK can reset this card.</source>
        <translation>La clave de administrador que acompaña al PUK es aleatoria y no se guarda en ningún sitio: solo el PUK puede restablecer esta tarjeta.</translation>
    </message>
    <message>
        <source>The admin key is random and kept nowhere: this card can never be reset, only removed.</source>
        <translation>La clave de administrador es aleatoria y no se guarda en ningún sitio: esta tarjeta no se podrá restablecer nunca, solo eliminar.</translation>
    </message>
    <message>
        <source>Admin key (48 hex digits): </source>
        <translation>Clave de administrador (48 dígitos hexadecimales): </translation>
    </message>
    <message>
        <source>Repeat the admin key: </source>
        <translation>Repita la clave de administrador: </translation>
    </message>
    <message>
        <source>Standard input ended before the admin key was read.</source>
        <translation>La entrada estándar terminó antes de leer la clave de administrador.</translation>
    </message>
    <message>
        <source>Admin key: %1</source>
        <translation>Clave de administrador: %1</translation>
    </message>
    <message>
        <source>Admin key check value (KCV): %1</source>
        <translation>Valor de comprobación de la clave de administrador (KCV): %1</translation>
    </message>
    <message>
        <source>Created the virtual smart card &quot;%1&quot; (%2).</source>
        <translation>Se ha creado la tarjeta inteligente virtual &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <source>The card has the default PIN; change it before you rely on the card.</source>
        <translation>La tarjeta tiene el PIN predeterminado; cámbielo antes de confiar en la tarjeta.</translation>
    </message>
    <message>
        <source>Restart the computer before applications can use the card.</source>
        <translation>Reinicie el equipo para que las aplicaciones puedan usar la tarjeta.</translation>
    </message>
</context>
<context>
    <name>EnrollmentWizard</name>
    <message>
        <source>Create a Virtual Smart Card</source>
        <translation>Crear una tarjeta inteligente virtual</translation>
    </message>
    <message>
        <source>Virtual smart card wizard</source>
        <translation>Asistente para tarjetas inteligentes virtuales</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>Could not act on your behalf</source>
        <translation>No se pudo actuar en su nombre</translation>
    </message>
    <message>
        <source>The smart card service could not act with the rights of your user account, so it could not work on the card.</source>
        <translation>El servicio de tarjetas inteligentes no pudo actuar con los derechos de su cuenta de usuario, por lo que no pudo trabajar con la tarjeta.</translation>
    </message>
    <message>
        <source>Sign out and sign in again, then retry. If it keeps failing, ask your administrator whether your account may manage smart cards on this computer.</source>
        <translation>Cierre la sesión, vuelva a iniciarla e inténtelo de nuevo. Si sigue fallando, pregunte a su administrador si su cuenta puede administrar tarjetas inteligentes en este equipo.</translation>
    </message>
    <message>
        <source>PIN or PUK does not meet the rules</source>
        <translation>El PIN o el PUK no cumplen las reglas</translation>
    </message>
    <message>
        <source>The PIN or the PUK does not meet your organization&apos;s rules for their length or the kinds of characters they contain.</source>
        <translation>El PIN o el PUK no cumplen las reglas de su organización sobre la longitud o los tipos de caracteres que contienen.</translation>
    </message>
    <message>
        <source>Choose a PIN and a PUK that meet every rule: those of the organization policy (--policy) and of --pinpolicy.</source>
        <translation>Elija un PIN y un PUK que cumplan todas las reglas: las de la directiva de la organización (--policy) y las de --pinpolicy.</translation>
    </message>
    <message>
        <source>Go back and choose a PIN and a PUK that meet every rule listed on the PIN page.</source>
        <translation>Vuelva atrás y elija un PIN y un PUK que cumplan todas las reglas indicadas en la página del PIN.</translation>
    </message>
    <message>
        <source>Too many smart cards</source>
        <translation>Demasiadas tarjetas inteligentes</translation>
    </message>
    <message>
        <source>This computer already has as many smart cards as it can use at once (10, counting physical and virtual cards).</source>
        <translation>Este equipo ya tiene tantas tarjetas inteligentes como puede usar a la vez (10, contando las tarjetas físicas y las virtuales).</translation>
    </message>
    <message>
        <source>Remove a virtual smart card you no longer need or unplug a smart card reader, then try again.</source>
        <translation>Elimine una tarjeta inteligente virtual que ya no necesite o desconecte un lector de tarjetas inteligentes e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Not possible in a remote session</source>
        <translation>No es posible en una sesión remota</translation>
    </message>
    <message>
        <source>Virtual smart cards cannot be created or removed from a remote desktop session.</source>
        <translation>Las tarjetas inteligentes virtuales no se pueden crear ni eliminar desde una sesión de Escritorio remoto.</translation>
    </message>
    <message>
        <source>Sign in at the computer itself, not through a remote desktop connection, and try again.</source>
        <translation>Inicie sesión en el propio equipo, no mediante una conexión de Escritorio remoto, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The TPM is not ready for smart cards</source>
        <translation>El TPM no está listo para tarjetas inteligentes</translation>
    </message>
    <message>
        <source>The part of the system that keeps smart cards in the TPM (Trusted Platform Module) could not be started.</source>
        <translation>No se pudo iniciar la parte del sistema que guarda las tarjetas inteligentes en el TPM (Módulo de plataforma segura).</translation>
    </message>
    <message>
        <source>Check that the TPM is turned on and ready (in the firmware settings or with your administrator), restart the computer and try again.</source>
        <translation>Compruebe que el TPM esté activado y listo (en la configuración del firmware o con su administrador), reinicie el equipo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The card&apos;s storage could not be created</source>
        <translation>No se pudo crear el almacenamiento de la tarjeta</translation>
    </message>
    <message>
        <source>The TPM could not create the protected storage that holds the virtual smart card&apos;s keys.</source>
        <translation>El TPM no pudo crear el almacenamiento protegido que contiene las claves de la tarjeta inteligente virtual.</translation>
    </message>
    <message>
        <source>Make sure the TPM is not locked after too many wrong attempts and has room for another card, then try again.</source>
        <translation>Asegúrese de que el TPM no esté bloqueado tras demasiados intentos incorrectos y de que tenga espacio para otra tarjeta, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The card&apos;s storage could not be removed</source>
        <translation>No se pudo eliminar el almacenamiento de la tarjeta</translation>
    </message>
    <message>
        <source>The TPM could not delete the protected storage of the virtual smart card.</source>
        <translation>El TPM no pudo eliminar el almacenamiento protegido de la tarjeta inteligente virtual.</translation>
    </message>
    <message>
        <source>Restart the computer and try removing the card again.</source>
        <translation>Reinicie el equipo e intente eliminar la tarjeta de nuevo.</translation>
    </message>
    <message>
        <source>Card emulation could not start</source>
        <translation>No se pudo iniciar la emulación de la tarjeta</translation>
    </message>
    <message>
        <source>The software that makes the TPM behave like a smart card could not be started.</source>
        <translation>No se pudo iniciar el software que hace que el TPM se comporte como una tarjeta inteligente.</translation>
    </message>
    <message>
        <source>Restart the computer and try again. If it keeps failing, reinstall or update the smart card software.</source>
        <translation>Reinicie el equipo e inténtelo de nuevo. Si sigue fallando, reinstale o actualice el software de tarjetas inteligentes.</translation>
    </message>
    <message>
        <source>Card emulation could not be set up</source>
        <translation>No se pudo configurar la emulación de la tarjeta</translation>
    </message>
    <message>
        <source>The software that makes the TPM behave like a smart card could not set up this card.</source>
        <translation>El software que hace que el TPM se comporte como una tarjeta inteligente no pudo configurar esta tarjeta.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, restart the computer first.</source>
        <translation>Inténtelo de nuevo. Si sigue fallando, reinicie antes el equipo.</translation>
    </message>
    <message>
        <source>Card emulation could not be removed</source>
        <translation>No se pudo quitar la emulación de la tarjeta</translation>
    </message>
    <message>
        <source>The software that makes the TPM behave like a smart card could not remove this card.</source>
        <translation>El software que hace que el TPM se comporte como una tarjeta inteligente no pudo quitar esta tarjeta.</translation>
    </message>
    <message>
        <source>Restart the computer, then try removing the card again.</source>
        <translation>Reinicie el equipo y, después, intente eliminar la tarjeta de nuevo.</translation>
    </message>
    <message>
        <source>Card settings could not be saved</source>
        <translation>No se pudo guardar la configuración de la tarjeta</translation>
    </message>
    <message>
        <source>A setting of the card, such as its name or its PIN rules, could not be stored.</source>
        <translation>No se pudo guardar un valor de configuración de la tarjeta, como su nombre o las reglas de su PIN.</translation>
    </message>
    <message>
        <source>Check that the disk is not full and that the card&apos;s storage is writable, then try again.</source>
        <translation>Compruebe que el disco no esté lleno y que se pueda escribir en el almacenamiento de la tarjeta, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Card settings could not be read</source>
        <translation>No se pudo leer la configuración de la tarjeta</translation>
    </message>
    <message>
        <source>A setting of the card could not be read back, so the card could not be found or checked.</source>
        <translation>No se pudo volver a leer un valor de configuración de la tarjeta, por lo que no se pudo encontrar ni comprobar la tarjeta.</translation>
    </message>
    <message>
        <source>Check that the card still exists (another program may have removed it), then try again.</source>
        <translation>Compruebe que la tarjeta siga existiendo (puede que otro programa la haya eliminado) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The virtual reader could not start</source>
        <translation>No se pudo iniciar el lector virtual</translation>
    </message>
    <message>
        <source>The virtual smart card reader, through which programs reach the card, could not be started.</source>
        <translation>No se pudo iniciar el lector de tarjetas inteligentes virtual, a través del cual los programas acceden a la tarjeta.</translation>
    </message>
    <message>
        <source>Check that the smart card service is running, or restart the computer, and try again.</source>
        <translation>Compruebe que el servicio de tarjetas inteligentes esté en ejecución, o reinicie el equipo, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The virtual reader could not be created</source>
        <translation>No se pudo crear el lector virtual</translation>
    </message>
    <message>
        <source>The virtual smart card reader for the new card could not be added.</source>
        <translation>No se pudo agregar el lector de tarjetas inteligentes virtual para la tarjeta nueva.</translation>
    </message>
    <message>
        <source>Restart the computer and try again. Remove cards you no longer use if there are many.</source>
        <translation>Reinicie el equipo e inténtelo de nuevo. Si hay muchas tarjetas, elimine las que ya no use.</translation>
    </message>
    <message>
        <source>The virtual reader could not be removed</source>
        <translation>No se pudo quitar el lector virtual</translation>
    </message>
    <message>
        <source>The virtual smart card reader of this card could not be removed.</source>
        <translation>No se pudo quitar el lector de tarjetas inteligentes virtual de esta tarjeta.</translation>
    </message>
    <message>
        <source>Restart the computer, which usually removes the reader, and try again if the card is still listed.</source>
        <translation>Reinicie el equipo, lo que normalmente quita el lector, e inténtelo de nuevo si la tarjeta sigue apareciendo en la lista.</translation>
    </message>
    <message>
        <source>Could not connect to the new card</source>
        <translation>No se pudo conectar con la tarjeta nueva</translation>
    </message>
    <message>
        <source>The new card could not be reached to set up its contents.</source>
        <translation>No se pudo acceder a la tarjeta nueva para configurar su contenido.</translation>
    </message>
    <message>
        <source>Wait a moment and try again. If it keeps failing, restart the computer.</source>
        <translation>Espere un momento e inténtelo de nuevo. Si sigue fallando, reinicie el equipo.</translation>
    </message>
    <message>
        <source>The card&apos;s contents could not be prepared</source>
        <translation>No se pudo preparar el contenido de la tarjeta</translation>
    </message>
    <message>
        <source>The file system or the keys of the new card could not be generated.</source>
        <translation>No se pudieron generar el sistema de archivos o las claves de la tarjeta nueva.</translation>
    </message>
    <message>
        <source>Try again, or create the card without generating its contents and generate them later.</source>
        <translation>Inténtelo de nuevo, o cree la tarjeta sin generar su contenido y genérelo más tarde.</translation>
    </message>
    <message>
        <source>Unable to create the smart card</source>
        <translation>No se puede crear la tarjeta inteligente</translation>
    </message>
    <message>
        <source>The virtual smart card could not be created.</source>
        <translation>No se pudo crear la tarjeta inteligente virtual.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, give the details below to your administrator.</source>
        <translation>Inténtelo de nuevo. Si sigue fallando, proporcione a su administrador los detalles que aparecen a continuación.</translation>
    </message>
    <message>
        <source>Unable to remove the smart card</source>
        <translation>No se puede eliminar la tarjeta inteligente</translation>
    </message>
    <message>
        <source>The virtual smart card could not be removed.</source>
        <translation>No se pudo eliminar la tarjeta inteligente virtual.</translation>
    </message>
    <message>
        <source>Close the programs that use the card and try again. If the card is still listed, restart the computer.</source>
        <translation>Cierre los programas que usan la tarjeta e inténtelo de nuevo. Si la tarjeta sigue apareciendo en la lista, reinicie el equipo.</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Error desconocido</translation>
    </message>
    <message>
        <source>Unknown error (code %1)</source>
        <translation>Error desconocido (código %1)</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>PIN incorrecto</translation>
    </message>
    <message>
        <source>Type the PIN again, carefully. If you have forgotten it, reset it with the PUK or the admin key instead of guessing: every wrong PIN counts.</source>
        <translation>Vuelva a escribir el PIN con cuidado. Si lo ha olvidado, restablézcalo con el PUK o la clave de administrador en lugar de intentar adivinarlo: cada PIN incorrecto cuenta.</translation>
    </message>
    <message>
        <source>Wrong PUK</source>
        <translation>PUK incorrecto</translation>
    </message>
    <message>
        <source>Type the PUK again, carefully: it is the one set when the card was made, not the PIN.</source>
        <translation>Vuelva a escribir el PUK con cuidado: es el que se estableció al crear la tarjeta, no el PIN.</translation>
    </message>
    <message>
        <source>Wrong admin key</source>
        <translation>Clave de administrador incorrecta</translation>
    </message>
    <message>
        <source>Check the 48 hexadecimal digits and the check value (KCV) you were given for this card.</source>
        <translation>Compruebe los 48 dígitos hexadecimales y el valor de comprobación (KCV) que recibió para esta tarjeta.</translation>
    </message>
    <message>
        <source>PIN blocked</source>
        <translation>PIN bloqueado</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is blocked after too many wrong tries.</source>
        <translation>El PIN de la tarjeta está bloqueado tras demasiados intentos incorrectos.</translation>
    </message>
    <message>
        <source>Reset it with vscwizard reset-pin, using the PUK or the admin key.</source>
        <translation>Restablézcalo con vscwizard reset-pin, usando el PUK o la clave de administrador.</translation>
    </message>
    <message>
        <source>Reset the PIN with the PUK or the admin key.</source>
        <translation>Restablezca el PIN con el PUK o la clave de administrador.</translation>
    </message>
    <message>
        <source>PUK blocked</source>
        <translation>PUK bloqueado</translation>
    </message>
    <message>
        <source>The card&apos;s PUK is blocked after too many wrong tries.</source>
        <translation>El PUK de la tarjeta está bloqueado tras demasiados intentos incorrectos.</translation>
    </message>
    <message>
        <source>The PIN can no longer be reset with the PUK. Remove the card and create a new one.</source>
        <translation>El PIN ya no se puede restablecer con el PUK. Elimine la tarjeta y cree una nueva.</translation>
    </message>
    <message>
        <source>New PIN not allowed</source>
        <translation>PIN nuevo no permitido</translation>
    </message>
    <message>
        <source>The new PIN does not meet the card&apos;s rules.</source>
        <translation>El PIN nuevo no cumple las reglas de la tarjeta.</translation>
    </message>
    <message>
        <source>Choose a PIN that meets every rule listed above.</source>
        <translation>Elija un PIN que cumpla todas las reglas indicadas arriba.</translation>
    </message>
    <message>
        <source>Choose a PIN that meets every rule shown.</source>
        <translation>Elija un PIN que cumpla todas las reglas mostradas.</translation>
    </message>
    <message>
        <source>New PUK not allowed</source>
        <translation>PUK nuevo no permitido</translation>
    </message>
    <message>
        <source>The new PUK does not meet the card&apos;s rules.</source>
        <translation>El PUK nuevo no cumple las reglas de la tarjeta.</translation>
    </message>
    <message>
        <source>Choose a PUK of 8 to 127 characters that is not the PIN.</source>
        <translation>Elija un PUK de 8 a 127 caracteres que no sea el PIN.</translation>
    </message>
    <message>
        <source>This card cannot be reset</source>
        <translation>Esta tarjeta no se puede restablecer</translation>
    </message>
    <message>
        <source>The card has no PUK and a random admin key that nobody knows, so nothing can reset its PIN.</source>
        <translation>La tarjeta no tiene PUK y su clave de administrador es aleatoria y nadie la conoce, por lo que nada puede restablecer su PIN.</translation>
    </message>
    <message>
        <source>Remove the card (vscwizard destroy) and create a new one.</source>
        <translation>Elimine la tarjeta (vscwizard destroy) y cree una nueva.</translation>
    </message>
    <message>
        <source>Remove the card and create a new one.</source>
        <translation>Elimine la tarjeta y cree una nueva.</translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>La tarjeta no existe</translation>
    </message>
    <message>
        <source>The card was not found. It may have been removed.</source>
        <translation>No se encontró la tarjeta. Puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>vscwizard list shows the cards and their instance ids.</source>
        <translation>vscwizard list muestra las tarjetas y sus id. de instancia.</translation>
    </message>
    <message>
        <source>Refresh the list of cards.</source>
        <translation>Actualice la lista de tarjetas.</translation>
    </message>
    <message>
        <source>The TPM is locked</source>
        <translation>El TPM está bloqueado</translation>
    </message>
    <message>
        <source>The TPM refuses every PIN for a while after too many wrong ones, on every card.</source>
        <translation>Tras demasiados PIN incorrectos, el TPM rechaza todos los PIN durante un tiempo, en todas las tarjetas.</translation>
    </message>
    <message>
        <source>Wait until the TPM accepts PINs again, then try once more.</source>
        <translation>Espere hasta que el TPM vuelva a aceptar PIN e inténtelo otra vez.</translation>
    </message>
    <message>
        <source>Not possible here</source>
        <translation>No es posible aquí</translation>
    </message>
    <message>
        <source>This card or this computer does not offer this operation.</source>
        <translation>Esta tarjeta o este equipo no ofrecen esta operación.</translation>
    </message>
    <message>
        <source>The card could not be changed</source>
        <translation>No se pudo cambiar la tarjeta</translation>
    </message>
    <message>
        <source>The operation did not finish; the card is as it was.</source>
        <translation>La operación no terminó; la tarjeta sigue como estaba.</translation>
    </message>
    <message>
        <source>Try again. The details say what the card answered.</source>
        <translation>Inténtelo de nuevo. Los detalles indican lo que respondió la tarjeta.</translation>
    </message>
    <message>
        <source>Initializing the virtual smart card…</source>
        <translation>Inicializando la tarjeta inteligente virtual…</translation>
    </message>
    <message>
        <source>Creating the card&apos;s protected storage in the TPM…</source>
        <translation>Creando el almacenamiento protegido de la tarjeta en el TPM…</translation>
    </message>
    <message>
        <source>Removing the card&apos;s protected storage from the TPM…</source>
        <translation>Quitando del TPM el almacenamiento protegido de la tarjeta…</translation>
    </message>
    <message>
        <source>Starting the card emulation…</source>
        <translation>Iniciando la emulación de la tarjeta…</translation>
    </message>
    <message>
        <source>Setting up the card emulation…</source>
        <translation>Configurando la emulación de la tarjeta…</translation>
    </message>
    <message>
        <source>Removing the card emulation…</source>
        <translation>Quitando la emulación de la tarjeta…</translation>
    </message>
    <message>
        <source>Starting the virtual reader…</source>
        <translation>Iniciando el lector virtual…</translation>
    </message>
    <message>
        <source>Creating the virtual reader…</source>
        <translation>Creando el lector virtual…</translation>
    </message>
    <message>
        <source>Removing the virtual reader…</source>
        <translation>Quitando el lector virtual…</translation>
    </message>
    <message>
        <source>Waiting for the new card to appear…</source>
        <translation>Esperando a que aparezca la tarjeta nueva…</translation>
    </message>
    <message>
        <source>Signing in to the new card…</source>
        <extracomment>A stage: logging in to the new card (token) with its PIN.</extracomment>
        <translation>Iniciando sesión en la tarjeta nueva…</translation>
    </message>
    <message>
        <source>Generating the card&apos;s contents…</source>
        <translation>Generando el contenido de la tarjeta…</translation>
    </message>
    <message>
        <source>The virtual smart card was created.</source>
        <translation>Se ha creado la tarjeta inteligente virtual.</translation>
    </message>
    <message>
        <source>The virtual smart card was removed.</source>
        <translation>Se ha eliminado la tarjeta inteligente virtual.</translation>
    </message>
    <message>
        <source>Unknown step (code %1)</source>
        <translation>Paso desconocido (código %1)</translation>
    </message>
    <message>
        <source>The operation was cancelled before it finished; nothing was changed.</source>
        <translation>La operación se canceló antes de terminar; no se ha cambiado nada.</translation>
    </message>
    <message numerus="yes">
        <source>The PIN is wrong for this card. %n try(ies) left before the PIN is blocked.</source>
        <translation>
            <numerusform>El PIN es incorrecto para esta tarjeta. Queda %n intento antes de que se bloquee el PIN.</numerusform>
            <numerusform>El PIN es incorrecto para esta tarjeta. Quedan %n intentos antes de que se bloquee el PIN.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN is wrong for this card.</source>
        <translation>El PIN es incorrecto para esta tarjeta.</translation>
    </message>
    <message numerus="yes">
        <source>The PUK is wrong for this card. %n try(ies) left before the PUK is blocked too.</source>
        <translation>
            <numerusform>El PUK es incorrecto para esta tarjeta. Queda %n intento antes de que también se bloquee el PUK.</numerusform>
            <numerusform>El PUK es incorrecto para esta tarjeta. Quedan %n intentos antes de que también se bloquee el PUK.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PUK is wrong for this card.</source>
        <translation>El PUK es incorrecto para esta tarjeta.</translation>
    </message>
    <message>
        <source>The admin key is wrong for this card, so the PIN was not reset.</source>
        <translation>La clave de administrador es incorrecta para esta tarjeta, por lo que no se ha restablecido el PIN.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Qué ha fallado</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Shows or hides the technical details of the error.</source>
        <translation>Muestra u oculta los detalles técnicos del error.</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
    <message>
        <source>Error: TPMVSCMGR_ERROR_%1 (%2)</source>
        <translation>Error: TPMVSCMGR_ERROR_%1 (%2)</translation>
    </message>
    <message>
        <source>Backend detail: none</source>
        <translation>Detalle del backend: ninguno</translation>
    </message>
    <message>
        <source>Backend detail: %1</source>
        <translation>Detalle del backend: %1</translation>
    </message>
    <message>
        <source>Card error %1</source>
        <translation>Error de tarjeta %1</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Choose how the card is prepared.</source>
        <translation>Elija cómo se prepara la tarjeta.</translation>
    </message>
    <message>
        <source>&amp;Prepare the card for use now (file system and key pair)</source>
        <translation>&amp;Preparar la tarjeta para usarla ahora (sistema de archivos y par de claves)</translation>
    </message>
    <message>
        <source>Creates the card&apos;s file system and a key pair right away, so the card can be used at once.</source>
        <translation>Crea de inmediato el sistema de archivos de la tarjeta y un par de claves, para que la tarjeta se pueda usar enseguida.</translation>
    </message>
    <message>
        <source>Without this, the card is created empty and an application must prepare it before first use.</source>
        <translation>Sin esta opción, la tarjeta se crea vacía y una aplicación debe prepararla antes del primer uso.</translation>
    </message>
    <message>
        <source>&amp;Key algorithm:</source>
        <translation>&amp;Algoritmo de clave:</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>Algoritmo de clave</translation>
    </message>
    <message>
        <source>The kind of key pair created on the card.</source>
        <translation>El tipo de par de claves que se crea en la tarjeta.</translation>
    </message>
    <message>
        <source>A&amp;ttestation:</source>
        <translation>A&amp;testación:</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Atestación</translation>
    </message>
    <message>
        <source>Whether the card can prove to a server that its keys are protected by this computer&apos;s TPM.</source>
        <translation>Indica si la tarjeta puede demostrar a un servidor que sus claves están protegidas por el TPM de este equipo.</translation>
    </message>
    <message>
        <source>&amp;Prepare the card for use now (a key pair)</source>
        <translation>&amp;Preparar la tarjeta para usarla ahora (un par de claves)</translation>
    </message>
    <message>
        <source>Creates a key pair on the card right away, so the card can be used at once.</source>
        <translation>Crea de inmediato un par de claves en la tarjeta, para que la tarjeta se pueda usar enseguida.</translation>
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
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Attestation identity key only</source>
        <translation>Solo clave de identidad de atestación</translation>
    </message>
    <message>
        <source>Attestation identity key and certificate (needs network access)</source>
        <translation>Clave de identidad de atestación y certificado (requiere acceso a la red)</translation>
    </message>
</context>
<context>
    <name>OrganizationPolicy</name>
    <message>
        <source>The policy file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo de directiva %1: %2</translation>
    </message>
    <message>
        <source>The policy file %1 does not exist.</source>
        <translation>El archivo de directiva %1 no existe.</translation>
    </message>
    <message>
        <source>The policy file %1 is not a regular file.</source>
        <translation>El archivo de directiva %1 no es un archivo normal.</translation>
    </message>
    <message>
        <source>this line is not valid UTF-8; save the file as UTF-8.</source>
        <translation>esta línea no es texto UTF-8 válido; guarde el archivo como UTF-8.</translation>
    </message>
    <message>
        <source>this line contains a control character.</source>
        <translation>esta línea contiene un carácter de control.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a [Section], a Key=Value line nor a comment.</source>
        <translation>&quot;%1&quot; no es una [Sección], ni una línea Clave=Valor, ni un comentario.</translation>
    </message>
    <message>
        <source>the section [%1] appears a second time (first on line %2); each section may appear once.</source>
        <translation>la sección [%1] aparece por segunda vez (la primera, en la línea %2); cada sección puede aparecer una sola vez.</translation>
    </message>
    <message>
        <source>the line &quot;%1&quot; has no key before the &quot;=&quot;.</source>
        <translation>la línea &quot;%1&quot; no tiene ninguna clave antes del &quot;=&quot;.</translation>
    </message>
    <message>
        <source>the key %1 (value &quot;%2&quot;) comes before any section; put it under [%3] or [%4].</source>
        <translation>la clave %1 (valor &quot;%2&quot;) aparece antes de cualquier sección; póngala en [%3] o en [%4].</translation>
    </message>
    <message>
        <source>the key %1 (value &quot;%2&quot;) is unknown; the keys of [%3] are %4.</source>
        <translation>la clave %1 (valor &quot;%2&quot;) es desconocida; las claves de [%3] son %4.</translation>
    </message>
    <message>
        <source>the key %1 is given a second time (first on line %2); each key may be given once.</source>
        <translation>la clave %1 se indica por segunda vez (la primera, en la línea %2); cada clave se puede indicar una sola vez.</translation>
    </message>
    <message>
        <source>the PIN policy of this section cannot be used: %1</source>
        <translation>la directiva de PIN de esta sección no se puede usar: %1</translation>
    </message>
    <message numerus="yes">
        <source>The policy file %1 is larger than %n byte(s); a policy file has a few lines.</source>
        <translation>
            <numerusform>El archivo de directiva %1 tiene más de %n byte; un archivo de directiva tiene pocas líneas.</numerusform>
            <numerusform>El archivo de directiva %1 tiene más de %n bytes; un archivo de directiva tiene pocas líneas.</numerusform>
        </translation>
    </message>
    <message>
        <source>the section [%1] is unknown; the sections are [%2] and [%3].</source>
        <extracomment>After &quot;file:line: &quot;. [%2] and [%3] are the section names of the file, kept in English.</extracomment>
        <translation>la sección [%1] es desconocida; las secciones válidas son [%2] y [%3].</translation>
    </message>
    <message>
        <source>the section [%1] is unknown, and with it the key %2 (value &quot;%3&quot;) on line %4; the sections are [%5] and [%6].</source>
        <extracomment>After &quot;file:line: &quot;. [%5] and [%6] are the section names of the file, kept in English.</extracomment>
        <translation>la sección [%1] es desconocida, y con ella la clave %2 (valor &quot;%3&quot;) de la línea %4; las secciones válidas son [%5] y [%6].</translation>
    </message>
    <message>
        <source>the key %1 has no value; it must be a whole number from %2 to %3.</source>
        <extracomment>After &quot;file:line: &quot;. %1: a key of the policy file.</extracomment>
        <translation>la clave %1 no tiene valor; debe ser un número entero de %2 a %3.</translation>
    </message>
    <message>
        <source>the key %1 has the value &quot;%2&quot;; it must be a whole number from %3 to %4.</source>
        <extracomment>After &quot;file:line: &quot;. %1: a key of the policy file; %2: its value.</extracomment>
        <translation>la clave %1 tiene el valor &quot;%2&quot;; debe ser un número entero de %3 a %4.</translation>
    </message>
    <message>
        <source>the key %1 has no value; it must be allow, require or disallow.</source>
        <extracomment>After &quot;file:line: &quot;. allow, require and disallow are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>la clave %1 no tiene valor; debe ser allow, require o disallow.</translation>
    </message>
    <message>
        <source>the key %1 has the value &quot;%2&quot;; it must be allow, require or disallow.</source>
        <extracomment>After &quot;file:line: &quot;. allow, require and disallow are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>la clave %1 tiene el valor &quot;%2&quot;; debe ser allow, require o disallow.</translation>
    </message>
    <message>
        <source>the key %1 has no value; it must be true or false.</source>
        <extracomment>After &quot;file:line: &quot;. true and false are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>la clave %1 no tiene valor; debe ser true o false.</translation>
    </message>
    <message>
        <source>the key %1 has the value &quot;%2&quot;; it must be true or false.</source>
        <extracomment>After &quot;file:line: &quot;. true and false are the file&apos;s keywords: keep them in English.</extracomment>
        <translation>la clave %1 tiene el valor &quot;%2&quot;; debe ser true o false.</translation>
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
        <translation>Ejecute &quot;vscwizard --help&quot; para ver los comandos y sus opciones.</translation>
    </message>
    <message>
        <source>vscwizard: standard input cannot be read.</source>
        <translation>vscwizard: no se puede leer la entrada estándar.</translation>
    </message>
    <message>
        <source>  - %1</source>
        <translation>  - %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Cannot continue: %1</source>
        <translation>No se puede continuar: %1</translation>
    </message>
    <message>
        <source>No virtual smart cards.</source>
        <translation>No hay tarjetas inteligentes virtuales.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Instance id</source>
        <translation>Id. de instancia</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>PIN state</source>
        <translation>Estado del PIN</translation>
    </message>
    <message>
        <source>TPM: %1</source>
        <translation>TPM: %1</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message numerus="yes">
        <source>A line of standard input is longer than %n byte(s); no secret is that long.</source>
        <translation>
            <numerusform>Una línea de la entrada estándar tiene más de %n byte; ningún secreto es tan largo.</numerusform>
            <numerusform>Una línea de la entrada estándar tiene más de %n bytes; ningún secreto es tan largo.</numerusform>
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
        <translation>El PIN nuevo de la tarjeta. Las reglas que debe cumplir se indican a continuación.</translation>
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
        <translation>Vuelva a escribir el mismo PIN.</translation>
    </message>
    <message>
        <source>&amp;Show PIN</source>
        <translation>&amp;Mostrar PIN</translation>
    </message>
    <message>
        <source>Shows the PIN as plain text instead of dots. Make sure nobody is watching.</source>
        <translation>Muestra el PIN como texto sin formato en lugar de puntos. Asegúrese de que nadie esté mirando.</translation>
    </message>
    <message>
        <source>PIN check</source>
        <translation>Comprobación del PIN</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>The PIN must meet these &amp;rules:</source>
        <translation>El PIN debe cumplir estas &amp;reglas:</translation>
    </message>
    <message>
        <source>PIN rules</source>
        <translation>Reglas del PIN</translation>
    </message>
    <message>
        <source>Each rule is marked as met or not met while you type.</source>
        <translation>Cada regla se marca como cumplida o no cumplida mientras escribe.</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>PIN &amp;nuevo:</translation>
    </message>
    <message>
        <source>&amp;New PUK:</source>
        <translation>PUK &amp;nuevo:</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <source>New PUK</source>
        <translation>PUK nuevo</translation>
    </message>
    <message>
        <source>The card&apos;s new PIN. The rules it must meet are listed below.</source>
        <translation>El PIN nuevo de la tarjeta. Las reglas que debe cumplir se indican a continuación.</translation>
    </message>
    <message>
        <source>The card&apos;s new PUK: 8 to 127 characters, not the PIN.</source>
        <translation>El PUK nuevo de la tarjeta: de 8 a 127 caracteres, distinto del PIN.</translation>
    </message>
    <message>
        <source>Con&amp;firm new PIN:</source>
        <translation>Con&amp;firmar PIN nuevo:</translation>
    </message>
    <message>
        <source>Con&amp;firm new PUK:</source>
        <translation>Con&amp;firmar PUK nuevo:</translation>
    </message>
    <message>
        <source>Confirm new PIN</source>
        <translation>Confirmar PIN nuevo</translation>
    </message>
    <message>
        <source>Confirm new PUK</source>
        <translation>Confirmar PUK nuevo</translation>
    </message>
    <message>
        <source>Type the same PUK again.</source>
        <translation>Vuelva a escribir el mismo PUK.</translation>
    </message>
    <message>
        <source>&amp;Show PUK</source>
        <translation>&amp;Mostrar PUK</translation>
    </message>
    <message>
        <source>Broken</source>
        <extracomment>The state of a PIN rule, read out by screen readers: the PIN breaks this rule.</extracomment>
        <translation>Incumplida</translation>
    </message>
    <message>
        <source>Met</source>
        <extracomment>The state of a PIN rule, read out by screen readers: &quot;Met&quot; = the PIN keeps the rule; &quot;Not met yet&quot; = it does not keep it yet.</extracomment>
        <translation>Cumplida</translation>
    </message>
    <message>
        <source>Not met yet</source>
        <translation>Aún no cumplida</translation>
    </message>
    <message>
        <source>The PIN contains a character the rules do not allow (“%1”). Remove it.</source>
        <translation>El PIN contiene un carácter que las reglas no permiten («%1»). Quítelo.</translation>
    </message>
    <message>
        <source>The PIN is too long (“%1”). Shorten it.</source>
        <translation>El PIN es demasiado largo («%1»). Acórtelo.</translation>
    </message>
    <message>
        <source>The two PINs do not match.</source>
        <translation>Los dos PIN no coinciden.</translation>
    </message>
    <message>
        <source>The two PUKs do not match.</source>
        <translation>Los dos PUK no coinciden.</translation>
    </message>
    <message>
        <source>The PUKs match.</source>
        <translation>Los PUK coinciden.</translation>
    </message>
    <message>
        <source>Type the PIN again in the second field to confirm it.</source>
        <translation>Vuelva a escribir el PIN en el segundo campo para confirmarlo.</translation>
    </message>
    <message>
        <source>Type the PUK again in the second field to confirm it.</source>
        <translation>Vuelva a escribir el PUK en el segundo campo para confirmarlo.</translation>
    </message>
    <message>
        <source>The PINs match.</source>
        <translation>Los PIN coinciden.</translation>
    </message>
    <message>
        <source>The PINs match, but not every rule below is met yet.</source>
        <translation>Los PIN coinciden, pero aún no se cumplen todas las reglas de abajo.</translation>
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
        <translation>El PIN desbloquea la tarjeta cada vez que la usa. Elija uno que pueda recordar; nadie más debe conocerlo.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>The new PIN of the card. The rules it must meet are listed below.</source>
        <translation>El PIN nuevo de la tarjeta. Las reglas que debe cumplir se indican a continuación.</translation>
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
        <translation>Se conserva el PIN que escribió antes. Escriba uno nuevo para cambiarlo.</translation>
    </message>
</context>
<context>
    <name>PinPolicy</name>
    <message>
        <source>The minimum PIN length is %1; it must be at least %2.</source>
        <translation>La longitud mínima del PIN es %1; debe ser al menos %2.</translation>
    </message>
    <message>
        <source>The maximum PIN length is %1; it can be at most %2.</source>
        <translation>La longitud máxima del PIN es %1; puede ser como máximo %2.</translation>
    </message>
    <message>
        <source>The minimum PIN length (%1) is greater than the maximum (%2).</source>
        <translation>La longitud mínima del PIN (%1) es mayor que la máxima (%2).</translation>
    </message>
    <message>
        <source>The policy disallows every kind of character, so no PIN can meet it.</source>
        <translation>La directiva prohíbe todos los tipos de caracteres, por lo que ningún PIN puede cumplirla.</translation>
    </message>
    <message numerus="yes">
        <source>The policy requires %1 kinds of character, but a PIN may have at most %n character(s).</source>
        <translation>
            <numerusform>La directiva exige %1 tipos de caracteres, pero un PIN puede tener como máximo %n carácter.</numerusform>
            <numerusform>La directiva exige %1 tipos de caracteres, pero un PIN puede tener como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n byte(s) (ä or € count as 2 or 3)</source>
        <translation>
            <numerusform>Al menos %n byte (ä o € cuentan como 2 o 3)</numerusform>
            <numerusform>Al menos %n bytes (ä o € cuentan como 2 o 3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>Al menos %n carácter</numerusform>
            <numerusform>Al menos %n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n byte(s) (ä or € count as 2 or 3)</source>
        <translation>
            <numerusform>Como máximo %n byte (ä o € cuentan como 2 o 3)</numerusform>
            <numerusform>Como máximo %n bytes (ä o € cuentan como 2 o 3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n character(s)</source>
        <translation>
            <numerusform>Como máximo %n carácter</numerusform>
            <numerusform>Como máximo %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>At least one uppercase letter (A-Z)</source>
        <translation>Al menos una letra mayúscula (A-Z)</translation>
    </message>
    <message>
        <source>At least one lowercase letter (a-z)</source>
        <translation>Al menos una letra minúscula (a-z)</translation>
    </message>
    <message>
        <source>At least one digit (0-9)</source>
        <translation>Al menos un dígito (0-9)</translation>
    </message>
    <message>
        <source>At least one special character, such as a space or !#%+-</source>
        <translation>Al menos un carácter especial, como un espacio o !#%+-</translation>
    </message>
    <message>
        <source>At least one character beyond plain ASCII, such as ä or €</source>
        <translation>Al menos un carácter fuera del ASCII básico, como ä o €</translation>
    </message>
    <message>
        <source>No uppercase letters (A-Z)</source>
        <translation>Sin letras mayúsculas (A-Z)</translation>
    </message>
    <message>
        <source>No lowercase letters (a-z)</source>
        <translation>Sin letras minúsculas (a-z)</translation>
    </message>
    <message>
        <source>No digits (0-9)</source>
        <translation>Sin dígitos (0-9)</translation>
    </message>
    <message>
        <source>No special characters (spaces, punctuation, symbols)</source>
        <translation>Sin caracteres especiales (espacios, signos de puntuación, símbolos)</translation>
    </message>
    <message>
        <source>No characters beyond plain ASCII (such as ä or €) and no control characters</source>
        <translation>Sin caracteres fuera del ASCII básico (como ä o €) ni caracteres de control</translation>
    </message>
    <message numerus="yes">
        <source>The PIN policy has %n byte(s); it must have exactly %1.</source>
        <translation>
            <numerusform>La directiva de PIN tiene %n byte; debe tener exactamente %1.</numerusform>
            <numerusform>La directiva de PIN tiene %n bytes; debe tener exactamente %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN policy&apos;s reserved field is %1; it must be 1.</source>
        <translation>El campo reservado de la directiva de PIN es %1; debe ser 1.</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s minimum length is %1; it must be from %2 to %3.</source>
        <translation>La longitud mínima de la directiva de PIN es %1; debe estar entre %2 y %3.</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s maximum length is %1; it must be from %2 to %3.</source>
        <translation>La longitud máxima de la directiva de PIN es %1; debe estar entre %2 y %3.</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s minimum length (%1) is greater than its maximum length (%2).</source>
        <translation>La longitud mínima de la directiva de PIN (%1) es mayor que su longitud máxima (%2).</translation>
    </message>
    <message>
        <source>The PIN policy&apos;s rule for %1 is %2; only 0 (allow), 1 (require) and 2 (disallow) exist.</source>
        <extracomment>%1 is the rule&apos;s name as Windows stores it (uppercase, lowercase, digits, special), %2 a number.</extracomment>
        <translation>La regla de la directiva de PIN para %1 es %2; solo existen 0 (permitir), 1 (exigir) y 2 (prohibir).</translation>
    </message>
    <message>
        <source>uppercase letters</source>
        <translation>letras mayúsculas</translation>
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
        <translation>caracteres especiales</translation>
    </message>
    <message>
        <source>other characters</source>
        <translation>otros caracteres</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Creating the Card</source>
        <translation>Creando la tarjeta</translation>
    </message>
    <message>
        <source>Please wait while the card is created.</source>
        <translation>Espere mientras se crea la tarjeta.</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Paso actual</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>How far the creation of the card has got.</source>
        <translation>Hasta dónde ha avanzado la creación de la tarjeta.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;What Went Wrong?</source>
        <translation>¿&amp;Qué ha fallado?</translation>
    </message>
    <message>
        <source>Shows the error again: what went wrong, what to do, and the details.</source>
        <translation>Vuelve a mostrar el error: qué ha fallado, qué hacer y los detalles.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Tries to create the same card again.</source>
        <translation>Intenta crear de nuevo la misma tarjeta.</translation>
    </message>
    <message>
        <source>C&amp;hange Choices</source>
        <translation>Cambiar &amp;opciones</translation>
    </message>
    <message>
        <source>Goes back to the summary, from where you can change the name, the PIN or the other choices.</source>
        <translation>Vuelve al resumen, desde donde puede cambiar el nombre, el PIN o las demás opciones.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stops creating the card. Nothing is left behind.</source>
        <translation>Detiene la creación de la tarjeta. No queda nada de lo creado.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Stopping and removing what was created so far…</source>
        <translation>Deteniendo y quitando lo creado hasta ahora…</translation>
    </message>
    <message>
        <source>The card was created.</source>
        <translation>Se ha creado la tarjeta.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <extracomment>The text inside the progress bar after the user stopped the create.
----------
What a screen reader says of the progress bar after the user stopped the create.</extracomment>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <extracomment>The stage line under the progress bar after the user stopped the create.</extracomment>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>No card was created. You can try again, or close the wizard.</source>
        <translation>No se ha creado ninguna tarjeta. Puede intentarlo de nuevo o cerrar el asistente.</translation>
    </message>
    <message>
        <source>The card could not be created: %1</source>
        <translation>No se pudo crear la tarjeta: %1</translation>
    </message>
    <message>
        <source>You can try again, or change your choices.</source>
        <translation>Puede intentarlo de nuevo o cambiar sus opciones.</translation>
    </message>
    <message>
        <source>Failed at %p%</source>
        <extracomment>Shown in the progress bar when the creation failed; %p% is the bar&apos;s percentage (Qt fills in the number).</extracomment>
        <translation>Error en el %p%</translation>
    </message>
    <message>
        <source>The Card Was Not Created</source>
        <translation>No se ha creado la tarjeta</translation>
    </message>
    <message>
        <source>The card could not be created.</source>
        <translation>No se pudo crear la tarjeta.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Creating the Card Was Stopped</source>
        <translation>Se detuvo la creación de la tarjeta</translation>
    </message>
    <message>
        <source>Nothing of the card was left behind.</source>
        <translation>No ha quedado nada de la tarjeta.</translation>
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
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>Organization rules</source>
        <translation>Reglas de la organización</translation>
    </message>
    <message>
        <source>The PUK resets the PIN. It is a second secret of 8 to 127 characters.</source>
        <translation>El PUK restablece el PIN. Es un segundo secreto de 8 a 127 caracteres.</translation>
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
        <translation>De 8 a 127 caracteres. Guárdelo separado del PIN.</translation>
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
        <translation>Vuelva a escribir el mismo PUK.</translation>
    </message>
    <message>
        <source>S&amp;how PUK</source>
        <translation>Mo&amp;strar PUK</translation>
    </message>
    <message>
        <source>Shows the PUK as plain text instead of dots.</source>
        <translation>Muestra el PUK como texto sin formato en lugar de puntos.</translation>
    </message>
    <message>
        <source>PUK check</source>
        <translation>Comprobación del PUK</translation>
    </message>
    <message>
        <source>Admin key beside the PUK</source>
        <extracomment>A title: the admin key the card keeps in addition to the PUK.</extracomment>
        <translation>Clave de administrador junto al PUK</translation>
    </message>
    <message>
        <source>Use an &amp;admin key (48 hexadecimal digits)</source>
        <translation>Usar una clave de &amp;administrador (48 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>The admin key is a 3DES key that an administrator uses to reset the PIN.</source>
        <translation>La clave de administrador es una clave 3DES que un administrador usa para restablecer el PIN.</translation>
    </message>
    <message>
        <source>&amp;Default key</source>
        <translation>Clave pre&amp;determinada</translation>
    </message>
    <message>
        <source>The publicly known default key of virtual smart cards. Anyone who knows it can reset the PIN.</source>
        <translation>La clave predeterminada de las tarjetas inteligentes virtuales, conocida públicamente. Cualquiera que la conozca puede restablecer el PIN.</translation>
    </message>
    <message>
        <source>&amp;Random key, never shown</source>
        <translation>Clave aleato&amp;ria, nunca se muestra</translation>
    </message>
    <message>
        <source>Nobody will know the key: the card can then never be reset, only removed.</source>
        <translation>Nadie conocerá la clave: la tarjeta no se podrá restablecer nunca, solo eliminar.</translation>
    </message>
    <message>
        <source>&amp;Enter a key</source>
        <translation>&amp;Escribir una clave</translation>
    </message>
    <message>
        <source>Type a key of 48 hexadecimal digits, for example one your administrator gave you.</source>
        <translation>Escriba una clave de 48 dígitos hexadecimales, por ejemplo, una que le haya dado su administrador.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Clave de administrador</translation>
    </message>
    <message>
        <source>48 hexadecimal digits; spaces or colons between the byte pairs are allowed.</source>
        <translation>48 dígitos hexadecimales; se permiten espacios o dos puntos entre los pares de bytes.</translation>
    </message>
    <message>
        <source>48 hex digits</source>
        <translation>48 dígitos hex.</translation>
    </message>
    <message>
        <source>Sho&amp;w key</source>
        <translation>Mostrar cla&amp;ve</translation>
    </message>
    <message>
        <source>Shows the admin key as plain text instead of dots.</source>
        <translation>Muestra la clave de administrador como texto sin formato en lugar de puntos.</translation>
    </message>
    <message>
        <source>Admin key check</source>
        <translation>Comprobación de la clave de administrador</translation>
    </message>
    <message>
        <source>Your organization requires a PUK.</source>
        <translation>Su organización exige un PUK.</translation>
    </message>
    <message>
        <source>Your organization does not allow the default admin key.</source>
        <translation>Su organización no permite la clave de administrador predeterminada.</translation>
    </message>
    <message>
        <source>Your organization does not allow a random admin key.</source>
        <translation>Su organización no permite una clave de administrador aleatoria.</translation>
    </message>
    <message>
        <source>Also set the card&apos;s &amp;admin key, as your organization requires</source>
        <translation>Establecer también la clave de &amp;administrador de la tarjeta, como exige su organización</translation>
    </message>
    <message>
        <source>Type the PUK again in the second field to confirm it.</source>
        <translation>Vuelva a escribir el PUK en el segundo campo para confirmarlo.</translation>
    </message>
    <message>
        <source>The two PUKs do not match.</source>
        <translation>Los dos PUK no coinciden.</translation>
    </message>
    <message>
        <source>The PUK you entered before is kept. Type a new one to change it.</source>
        <translation>Se conserva el PUK que escribió antes. Escriba uno nuevo para cambiarlo.</translation>
    </message>
    <message>
        <source>The PUKs match.</source>
        <translation>Los PUK coinciden.</translation>
    </message>
    <message>
        <source>The card also gets a random admin key that nobody knows: only the PUK can reset the PIN.</source>
        <translation>La tarjeta también recibe una clave de administrador aleatoria que nadie conoce: solo el PUK puede restablecer el PIN.</translation>
    </message>
    <message>
        <source>The card also keeps the publicly known default admin key (check value %1), because your organization does not allow a random one. Anyone who has the card can reset its PIN with that key, without the PUK.</source>
        <translation>La tarjeta también conserva la clave de administrador predeterminada, conocida públicamente (valor de comprobación %1), porque su organización no permite una aleatoria. Cualquiera que tenga la tarjeta puede restablecer su PIN con esa clave, sin el PUK.</translation>
    </message>
    <message>
        <source>The default key is publicly known: anyone who has the card can reset its PIN with it. Its check value (KCV) is %1.</source>
        <translation>La clave predeterminada es de conocimiento público: cualquiera que tenga la tarjeta puede restablecer su PIN con ella. Su valor de comprobación (KCV) es %1.</translation>
    </message>
    <message>
        <source>The key you entered before is kept (check value %1). Type a new one to change it.</source>
        <translation>Se conserva la clave que escribió antes (valor de comprobación %1). Escriba una nueva para cambiarla.</translation>
    </message>
    <message>
        <source>Type the key as 48 hexadecimal digits.</source>
        <translation>Escriba la clave como 48 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>Check value (KCV): %1. Compare it with the one you were given.</source>
        <translation>Valor de comprobación (KCV): %1. Compárelo con el que le dieron.</translation>
    </message>
    <message>
        <source>If the PIN is forgotten or blocked after too many wrong tries, it is reset with a PUK or with the card&apos;s admin key.</source>
        <translation>Si el PIN se olvida o se bloquea tras demasiados intentos incorrectos, se restablece con un PUK o con la clave de administrador de la tarjeta.</translation>
    </message>
    <message>
        <source>Use a &amp;PUK (PIN unblocking key) that you keep in a safe place</source>
        <translation>Usar un &amp;PUK (clave de desbloqueo del PIN) que guarde en un lugar seguro</translation>
    </message>
    <message numerus="yes">
        <source>Type a PUK of %1 to %n character(s).</source>
        <translation>
            <numerusform>Escriba un PUK de %1 a %n carácter.</numerusform>
            <numerusform>Escriba un PUK de %1 a %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>With a random key the card can never be reset. If the PIN is forgotten or blocked, the card can only be removed and a new one created.</source>
        <translation>Con una clave aleatoria, la tarjeta no se puede restablecer nunca. Si el PIN se olvida o se bloquea, solo se puede eliminar la tarjeta y crear una nueva.</translation>
    </message>
</context>
<context>
    <name>RemoveCardDialog</name>
    <message>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Removing the card “%1” destroys its keys. Whatever they protect (sign-in, signatures, encrypted mail) can no longer be opened with this card. This cannot be undone.</source>
        <translation>Al eliminar la tarjeta «%1» se destruyen sus claves. Lo que protegen (inicio de sesión, firmas, correo cifrado) ya no se podrá abrir con esta tarjeta. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>To confirm, type the card&apos;s &amp;name: %1</source>
        <translation>Para confirmar, escriba el &amp;nombre de la tarjeta: %1</translation>
    </message>
    <message>
        <source>Card name to confirm</source>
        <translation>Nombre de la tarjeta para confirmar</translation>
    </message>
    <message>
        <source>&amp;Remove card</source>
        <translation>&amp;Eliminar tarjeta</translation>
    </message>
    <message>
        <source>Removing the card…</source>
        <translation>Eliminando la tarjeta…</translation>
    </message>
    <message>
        <source>The card “%1” was removed. Restart the computer to finish.</source>
        <translation>Se ha eliminado la tarjeta «%1». Reinicie el equipo para terminar.</translation>
    </message>
    <message>
        <source>The card “%1” was removed.</source>
        <translation>Se ha eliminado la tarjeta «%1».</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Type “%1” to enable Remove card.</source>
        <translation>Escriba «%1» para habilitar Eliminar tarjeta.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Card Created</source>
        <translation>Tarjeta creada</translation>
    </message>
    <message>
        <source>Your virtual smart card is ready.</source>
        <translation>Su tarjeta inteligente virtual está lista.</translation>
    </message>
    <message>
        <source>&amp;Instance ID:</source>
        <translation>&amp;Id. de instancia:</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>Id. de instancia</translation>
    </message>
    <message>
        <source>Identifies the card, for example to remove it later.</source>
        <translation>Identifica la tarjeta, por ejemplo, para eliminarla más adelante.</translation>
    </message>
    <message>
        <source>Restart the computer before using the card: applications see it only after a restart.</source>
        <translation>Reinicie el equipo antes de usar la tarjeta: las aplicaciones solo la ven después de reiniciar.</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>Es necesario reiniciar</translation>
    </message>
    <message>
        <source>How to &amp;use the card:</source>
        <translation>Cómo &amp;usar la tarjeta:</translation>
    </message>
    <message>
        <source>How to use the card</source>
        <translation>Cómo usar la tarjeta</translation>
    </message>
    <message>
        <source>Settings for applications such as ssh or a web browser. You can select and copy them.</source>
        <translation>Configuración para aplicaciones como ssh o un navegador web. Puede seleccionarla y copiarla.</translation>
    </message>
    <message>
        <source>Lines for a terminal</source>
        <translation>Líneas para un terminal</translation>
    </message>
    <message>
        <source>Shell commands that set up a terminal that is already open and use the card there.</source>
        <translation>Comandos de shell que configuran un terminal ya abierto y usan la tarjeta en él.</translation>
    </message>
    <message>
        <source>&amp;Manage cards…</source>
        <translation>&amp;Administrar tarjetas…</translation>
    </message>
    <message>
        <source>Opens the card manager: change, reset or remove the cards you have.</source>
        <translation>Abre el administrador de tarjetas, donde puede cambiar, restablecer o eliminar sus tarjetas.</translation>
    </message>
    <message>
        <source>&amp;Copy the lines</source>
        <translation>&amp;Copiar las líneas</translation>
    </message>
    <message>
        <source>Puts the lines for a terminal on the clipboard.</source>
        <translation>Copia en el Portapapeles las líneas para un terminal.</translation>
    </message>
    <message>
        <source>The virtual smart card “%1” was created.</source>
        <translation>Se ha creado la tarjeta inteligente virtual «%1».</translation>
    </message>
</context>
<context>
    <name>SecretChangeDialog</name>
    <message>
        <source>Reset with</source>
        <translation>Restablecer con</translation>
    </message>
    <message>
        <source>The card&apos;s P&amp;UK</source>
        <translation>El P&amp;UK de la tarjeta</translation>
    </message>
    <message>
        <source>The card&apos;s &amp;admin key (48 hexadecimal digits)</source>
        <translation>La clave de &amp;administrador de la tarjeta (48 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>C&amp;urrent PIN:</source>
        <translation>PIN &amp;actual:</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>Change PIN of %1</source>
        <translation>Cambiar el PIN de %1</translation>
    </message>
    <message>
        <source>Type the current PIN of the card “%1”, then the new PIN twice.</source>
        <translation>Escriba el PIN actual de la tarjeta «%1» y, después, el PIN nuevo dos veces.</translation>
    </message>
    <message>
        <source>&amp;Change PIN</source>
        <translation>&amp;Cambiar PIN</translation>
    </message>
    <message>
        <source>Reset PIN of %1</source>
        <translation>Restablecer el PIN de %1</translation>
    </message>
    <message>
        <source>A new PIN for the card “%1”, for when the PIN is forgotten or blocked. Type the secret that was set for this when the card was made, then the new PIN twice.</source>
        <translation>Un PIN nuevo para la tarjeta «%1», para cuando el PIN se ha olvidado o bloqueado. Escriba el secreto que se estableció para ello al crear la tarjeta y, después, el PIN nuevo dos veces.</translation>
    </message>
    <message>
        <source>&amp;Reset PIN</source>
        <translation>&amp;Restablecer PIN</translation>
    </message>
    <message>
        <source>Change PUK of %1</source>
        <translation>Cambiar el PUK de %1</translation>
    </message>
    <message>
        <source>Type the current PUK of the card “%1”, then the new PUK twice. Keep the new PUK somewhere safe: it resets the PIN.</source>
        <translation>Escriba el PUK actual de la tarjeta «%1» y, después, el PUK nuevo dos veces. Guarde el PUK nuevo en un lugar seguro: sirve para restablecer el PIN.</translation>
    </message>
    <message>
        <source>&amp;Change PUK</source>
        <translation>&amp;Cambiar PUK</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>PIN actual</translation>
    </message>
    <message>
        <source>The PIN the card has now.</source>
        <translation>El PIN que tiene ahora la tarjeta.</translation>
    </message>
    <message>
        <source>C&amp;urrent PUK:</source>
        <translation>PUK &amp;actual:</translation>
    </message>
    <message>
        <source>Current PUK</source>
        <translation>PUK actual</translation>
    </message>
    <message>
        <source>The PUK the card has now.</source>
        <translation>El PUK que tiene ahora la tarjeta.</translation>
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
        <translation>El PUK que se estableció al crear la tarjeta.</translation>
    </message>
    <message>
        <source>Ad&amp;min key:</source>
        <translation>Clave de ad&amp;ministrador:</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Clave de administrador</translation>
    </message>
    <message>
        <source>The card&apos;s admin key: 48 hexadecimal digits.</source>
        <translation>La clave de administrador de la tarjeta: 48 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>Changing the PIN…</source>
        <translation>Cambiando el PIN…</translation>
    </message>
    <message>
        <source>Resetting the PIN…</source>
        <translation>Restableciendo el PIN…</translation>
    </message>
    <message>
        <source>Changing the PUK…</source>
        <translation>Cambiando el PUK…</translation>
    </message>
    <message>
        <source>The PIN of “%1” was changed.</source>
        <translation>Se ha cambiado el PIN de «%1».</translation>
    </message>
    <message>
        <source>The PIN of “%1” was reset. Use the new PIN from now on.</source>
        <translation>Se ha restablecido el PIN de «%1». Use el PIN nuevo a partir de ahora.</translation>
    </message>
    <message>
        <source>The PUK of “%1” was changed.</source>
        <translation>Se ha cambiado el PUK de «%1».</translation>
    </message>
    <message>
        <source>Reading the TPM&apos;s lockout state…</source>
        <translation>Leyendo el estado de bloqueo del TPM…</translation>
    </message>
    <message>
        <source>TPM lockout state: %1</source>
        <translation>Estado de bloqueo del TPM: %1</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <source>The two entries differ. Try again.</source>
        <translation>Las dos entradas no coinciden. Inténtelo de nuevo.</translation>
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
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>SimulatorBackend</name>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not a card error name such as CARD:WRONG_PIN or CARD:TPM_LOCKOUT.</source>
        <translation>--sim-fail: &quot;%1&quot; no es un nombre de error de tarjeta como CARD:WRONG_PIN o CARD:TPM_LOCKOUT.</translation>
    </message>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not one of change-pin, reset-pin, change-puk or status.</source>
        <translation>--sim-fail: &quot;%1&quot; no es change-pin, reset-pin, change-puk ni status.</translation>
    </message>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not a TPMVSCMGR_ERROR name such as CARD_CREATE or GENERATE_FILESYSTEM.</source>
        <translation>--sim-fail: &quot;%1&quot; no es un nombre de TPMVSCMGR_ERROR como CARD_CREATE o GENERATE_FILESYSTEM.</translation>
    </message>
    <message>
        <source>--sim-fail: &quot;%1&quot; is not a TPMVSCMGR_STATUS name such as VREADER_CREATING or GENERATE_RUNNING.</source>
        <translation>--sim-fail: &quot;%1&quot; no es un nombre de TPMVSCMGR_STATUS como VREADER_CREATING o GENERATE_RUNNING.</translation>
    </message>
    <message>
        <source>Simulator — no card is really created</source>
        <translation>Simulador — no se crea realmente ninguna tarjeta</translation>
    </message>
    <message numerus="yes">
        <source>%n smart card(s) exist already, the most there can be at once. Remove one first.</source>
        <translation>
            <numerusform>Ya existe %n tarjeta inteligente, el máximo que puede haber a la vez. Elimine una primero.</numerusform>
            <numerusform>Ya existen %n tarjetas inteligentes, el máximo que puede haber a la vez. Elimine una primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>La tarjeta no existe</translation>
    </message>
    <message>
        <source>No simulated card has the instance id “%1”.</source>
        <translation>Ninguna tarjeta simulada tiene el id. de instancia «%1».</translation>
    </message>
    <message>
        <source>“vscwizard list” shows the cards and their instance ids; another program may have removed this one already.</source>
        <translation>«vscwizard list» muestra las tarjetas y sus id. de instancia; puede que otro programa ya haya eliminado esta.</translation>
    </message>
    <message>
        <source>The simulator&apos;s state folder is busy</source>
        <translation>La carpeta de estado del simulador está ocupada</translation>
    </message>
    <message numerus="yes">
        <source>Another process kept the simulator&apos;s state folder %1 locked for %n second(s).</source>
        <translation>
            <numerusform>Otro proceso mantuvo bloqueada la carpeta de estado del simulador %1 durante %n segundo.</numerusform>
            <numerusform>Otro proceso mantuvo bloqueada la carpeta de estado del simulador %1 durante %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until the other vscwizard has finished, then try again. Nothing was changed.</source>
        <translation>Espere a que termine la otra instancia de vscwizard e inténtelo de nuevo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The simulator cannot keep cards</source>
        <translation>El simulador no puede guardar tarjetas</translation>
    </message>
    <message>
        <source>The simulator cannot write its cards to the state folder %1.</source>
        <translation>El simulador no puede escribir sus tarjetas en la carpeta de estado %1.</translation>
    </message>
    <message>
        <source>Give --sim-state a folder you may write to, on a disk with free space.</source>
        <translation>Indique en --sim-state una carpeta en la que pueda escribir, en un disco con espacio libre.</translation>
    </message>
    <message>
        <source>This card&apos;s secrets cannot be checked</source>
        <translation>No se pueden comprobar los secretos de esta tarjeta</translation>
    </message>
    <message>
        <source>The simulated card %1 was made before the simulator kept what its PIN, PUK and admin key are checked against, so they can be neither changed nor reset.</source>
        <translation>La tarjeta simulada %1 se creó antes de que el simulador guardara los datos con los que se comprueban su PIN, su PUK y su clave de administrador, por lo que no se pueden cambiar ni restablecer.</translation>
    </message>
    <message>
        <source>Remove the card and create it again.</source>
        <translation>Elimine la tarjeta y vuelva a crearla.</translation>
    </message>
    <message>
        <source>This card has no PUK</source>
        <translation>Esta tarjeta no tiene PUK</translation>
    </message>
    <message>
        <source>The card %1 was made without a PUK.</source>
        <translation>La tarjeta %1 se creó sin PUK.</translation>
    </message>
    <message>
        <source>Reset its PIN with the admin key instead.</source>
        <translation>Restablezca su PIN con la clave de administrador.</translation>
    </message>
    <message>
        <source>Nobody knows this card&apos;s admin key</source>
        <translation>Nadie conoce la clave de administrador de esta tarjeta</translation>
    </message>
    <message>
        <source>The admin key of the card %1 is random and was kept nowhere.</source>
        <translation>La clave de administrador de la tarjeta %1 es aleatoria y no se guardó en ningún sitio.</translation>
    </message>
    <message>
        <source>Reset its PIN with the PUK instead.</source>
        <translation>Restablezca su PIN con el PUK.</translation>
    </message>
    <message>
        <source>A card named &quot;%1&quot; exists already (%2).</source>
        <translation>Ya existe una tarjeta llamada &quot;%1&quot; (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n smart card(s) exist already, the most there can be at once.</source>
        <translation>
            <numerusform>Ya existe %n tarjeta inteligente, el máximo que puede haber a la vez.</numerusform>
            <numerusform>Ya existen %n tarjetas inteligentes, el máximo que puede haber a la vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulated failure at %1</source>
        <extracomment>The simulator (a test tool) fails on purpose; %1 is the name of a status such as TPMVSCMGR_STATUS_CARD_CREATED.</extracomment>
        <translation>Error simulado en %1</translation>
    </message>
    <message>
        <source>The state folder %1 is locked by another process.</source>
        <translation>Otro proceso tiene bloqueada la carpeta de estado %1.</translation>
    </message>
    <message>
        <source>This card exists only as a file in %1; no application can use it.</source>
        <translation>Esta tarjeta solo existe como archivo en %1; ninguna aplicación puede usarla.</translation>
    </message>
    <message>
        <source>No simulated card has the instance id %1.</source>
        <translation>Ninguna tarjeta simulada tiene el id. de instancia %1.</translation>
    </message>
    <message>
        <source>Simulated failure of status</source>
        <extracomment>The simulator (a test tool) fails on purpose; &quot;status&quot; is the command of that name.</extracomment>
        <translation>Error simulado de la operación status</translation>
    </message>
    <message>
        <source>The simulated card checks the secret…</source>
        <translation>La tarjeta simulada comprueba el secreto…</translation>
    </message>
    <message>
        <source>Simulated failure of %1</source>
        <translation>Error simulado de %1</translation>
    </message>
</context>
<context>
    <name>SimulatorStore</name>
    <message>
        <source>The folder %1 cannot be written.</source>
        <translation>No se puede escribir en la carpeta %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>No se puede eliminar %1: %2</translation>
    </message>
</context>
<context>
    <name>SoftwareTpm</name>
    <message>
        <source>The software TPM is already running.</source>
        <translation>El TPM de software ya está en ejecución.</translation>
    </message>
    <message>
        <source>The program swtpm was not found. Install the package swtpm.</source>
        <translation>No se encontró el programa swtpm. Instale el paquete swtpm.</translation>
    </message>
    <message>
        <source>The TPM resource manager tpm2-abrmd was not found. Install the packages tpm2-abrmd and libtss2-tcti-tabrmd0.</source>
        <translation>No se encontró el administrador de recursos del TPM tpm2-abrmd. Instale los paquetes tpm2-abrmd y libtss2-tcti-tabrmd0.</translation>
    </message>
    <message>
        <source>The software TPM is running (%1).</source>
        <translation>El TPM de software está en ejecución (%1).</translation>
    </message>
    <message>
        <source>The software TPM could not be started.</source>
        <translation>No se pudo iniciar el TPM de software.</translation>
    </message>
    <message>
        <source>%1 failed to start.</source>
        <translation>No se pudo iniciar %1.</translation>
    </message>
    <message>
        <source>This session has no D-Bus session bus, and the program dbus-daemon was not found. Install the package dbus-daemon.</source>
        <translation>Esta sesión no tiene bus de sesión D-Bus y no se encontró el programa dbus-daemon. Instale el paquete dbus-daemon.</translation>
    </message>
    <message>
        <source>The TPM resource manager did not come up on the D-Bus session bus as %1.</source>
        <translation>El administrador de recursos del TPM no apareció en el bus de sesión D-Bus como %1.</translation>
    </message>
    <message>
        <source>The software TPM does not answer through its resource manager: %1</source>
        <translation>El TPM de software no responde a través de su administrador de recursos: %1</translation>
    </message>
    <message>
        <source>The software TPM is not running.</source>
        <translation>El TPM de software no está en ejecución.</translation>
    </message>
    <message>
        <source>The software TPM was shut down.</source>
        <translation>Se ha detenido el TPM de software.</translation>
    </message>
    <message>
        <source>The software TPM could not be shut down cleanly.</source>
        <translation>No se pudo detener correctamente el TPM de software.</translation>
    </message>
    <message>
        <source>The user service %1 did not stop.</source>
        <translation>El servicio de usuario %1 no se detuvo.</translation>
    </message>
    <message>
        <source>The software TPM is running as the user service %1; its socket is %2. Keys are not protected by hardware.</source>
        <translation>El TPM de software se ejecuta como el servicio de usuario %1; su socket es %2. Las claves no están protegidas por hardware.</translation>
    </message>
    <message>
        <source>The software TPM is running as a background process; its socket is %1. Keys are not protected by hardware.</source>
        <translation>El TPM de software se ejecuta como proceso en segundo plano; su socket es %1. Las claves no están protegidas por hardware.</translation>
    </message>
    <message>
        <source>The software TPM is stopped; its state is kept in %1.</source>
        <translation>El TPM de software está detenido; su estado se guarda en %1.</translation>
    </message>
    <message>
        <source>The software TPM has not been set up yet; it starts when a card needs it.</source>
        <translation>El TPM de software aún no se ha configurado; se inicia cuando una tarjeta lo necesita.</translation>
    </message>
    <message>
        <source>Its resource manager tpm2-abrmd is running as %1 on the D-Bus session bus.</source>
        <translation>Su administrador de recursos tpm2-abrmd se ejecuta como %1 en el bus de sesión D-Bus.</translation>
    </message>
    <message>
        <source>Its resource manager tpm2-abrmd is not running; it starts when a card needs it.</source>
        <translation>Su administrador de recursos tpm2-abrmd no está en ejecución; se inicia cuando una tarjeta lo necesita.</translation>
    </message>
    <message>
        <source>This session has no D-Bus session bus; the software TPM brings its own at %1.</source>
        <translation>Esta sesión no tiene bus de sesión D-Bus; el TPM de software usa uno propio en %1.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use start, stop or status.</source>
        <translation>Acción desconocida &quot;%1&quot;: use start, stop o status.</translation>
    </message>
    <message numerus="yes">
        <source>swtpm did not open %1 within %n second(s).</source>
        <translation>
            <numerusform>swtpm no abrió %1 en %n segundo.</numerusform>
            <numerusform>swtpm no abrió %1 en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Check what will be created. Use Back to change anything.</source>
        <translation>Compruebe lo que se va a crear. Use Atrás para cambiar cualquier cosa.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Card name</source>
        <translation>Nombre de la tarjeta</translation>
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
        <translation>Recuperación:</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>Admin key:</source>
        <translation>Clave de administrador:</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Clave de administrador</translation>
    </message>
    <message>
        <source>Prepared now:</source>
        <extracomment>Followed by what is made on the card right away (its file system, a key pair).</extracomment>
        <translation>Preparada ahora:</translation>
    </message>
    <message>
        <source>Prepared now</source>
        <extracomment>Followed by what is made on the card right away (its file system, a key pair).</extracomment>
        <translation>Preparada ahora</translation>
    </message>
    <message>
        <source>Key algorithm:</source>
        <translation>Algoritmo de clave:</translation>
    </message>
    <message>
        <source>Key algorithm</source>
        <translation>Algoritmo de clave</translation>
    </message>
    <message>
        <source>Attestation:</source>
        <translation>Atestación:</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Atestación</translation>
    </message>
    <message>
        <source>Created by:</source>
        <extracomment>Followed by what makes and keeps the card: the computer&apos;s TPM, a software TPM or a simulator.</extracomment>
        <translation>Creada por:</translation>
    </message>
    <message>
        <source>Created by</source>
        <extracomment>Followed by what makes and keeps the card: the computer&apos;s TPM, a software TPM or a simulator.</extracomment>
        <translation>Creada por</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Press Create to create the card. This can take a minute; the secrets you typed are not shown here.</source>
        <translation>Presione Crear para crear la tarjeta. Puede tardar un minuto; los secretos que escribió no se muestran aquí.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>The PIN can be reset with the PUK you chose</source>
        <translation>El PIN se puede restablecer con el PUK que eligió</translation>
    </message>
    <message>
        <source>None (the PUK takes its place)</source>
        <translation>Ninguna (el PUK ocupa su lugar)</translation>
    </message>
    <message>
        <source>The PIN can be reset only with the PUK you chose</source>
        <translation>El PIN solo se puede restablecer con el PUK que eligió</translation>
    </message>
    <message>
        <source>A random key that nobody knows</source>
        <translation>Una clave aleatoria que nadie conoce</translation>
    </message>
    <message>
        <source>The PIN can be reset with the PUK you chose or with the admin key you entered</source>
        <translation>El PIN se puede restablecer con el PUK que eligió o con la clave de administrador que escribió</translation>
    </message>
    <message>
        <source>The PIN can be reset with the admin key you entered</source>
        <translation>El PIN se puede restablecer con la clave de administrador que escribió</translation>
    </message>
    <message>
        <source>The key you entered (check value %1)</source>
        <translation>La clave que escribió (valor de comprobación %1)</translation>
    </message>
    <message>
        <source>The PIN can be reset with the PUK you chose or with the publicly known default admin key</source>
        <translation>El PIN se puede restablecer con el PUK que eligió o con la clave de administrador predeterminada, conocida públicamente</translation>
    </message>
    <message>
        <source>The PIN can be reset with the publicly known default admin key</source>
        <translation>El PIN se puede restablecer con la clave de administrador predeterminada, conocida públicamente</translation>
    </message>
    <message>
        <source>The publicly known default key (check value %1)</source>
        <translation>La clave predeterminada, conocida públicamente (valor de comprobación %1)</translation>
    </message>
    <message>
        <source>Anyone who has this card can reset its PIN with the publicly known default admin key.</source>
        <translation>Cualquiera que tenga esta tarjeta puede restablecer su PIN con la clave de administrador predeterminada, conocida públicamente.</translation>
    </message>
    <message>
        <source>Set; it meets your organization&apos;s rules</source>
        <extracomment>The PIN has been set (a value beside &quot;PIN:&quot; in the summary).</extracomment>
        <translation>Establecido; cumple las reglas de su organización</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Establecido</translation>
    </message>
    <message>
        <source>No, the card stays empty</source>
        <translation>No, la tarjeta queda vacía</translation>
    </message>
    <message>
        <source>Yes, a file system and a key pair</source>
        <translation>Sí, un sistema de archivos y un par de claves</translation>
    </message>
    <message>
        <source>Yes, a key pair</source>
        <translation>Sí, un par de claves</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
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
        <translation>Solo clave de identidad de atestación</translation>
    </message>
    <message>
        <source>Attestation identity key and certificate</source>
        <translation>Clave de identidad de atestación y certificado</translation>
    </message>
    <message>
        <source>The simulator, which creates no real card</source>
        <translation>El simulador, que no crea ninguna tarjeta real</translation>
    </message>
    <message>
        <source>The TPM of this computer</source>
        <translation>El TPM de este equipo</translation>
    </message>
    <message>
        <source>A software TPM on this computer, whose keys are not protected by hardware</source>
        <translation>Un TPM de software en este equipo, cuyas claves no están protegidas por hardware</translation>
    </message>
    <message>
        <source>The PIN can never be reset. If it is forgotten or blocked, the card can only be removed and a new one created.</source>
        <translation>El PIN no se podrá restablecer nunca. Si se olvida o se bloquea, solo se podrá eliminar la tarjeta y crear una nueva.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager of Windows</source>
        <translation>El Administrador de tarjetas inteligentes virtuales TPM de Windows</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>The token store %1 cannot be reached.</source>
        <translation>No se puede acceder al almacén de tokens %1.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder of your own, or check the permissions of the folders on the way to it.</source>
        <translation>Indique en --store (o TPM2_PKCS11_STORE) una carpeta propia, o compruebe los permisos de las carpetas de la ruta hasta ella.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder of your own, or the name of a new folder in one that exists, which the program makes for you.</source>
        <translation>Indique en --store (o TPM2_PKCS11_STORE) una carpeta propia, o el nombre de una carpeta nueva dentro de una existente, que el programa creará.</translation>
    </message>
    <message>
        <source>The token store %1 is a file, not a folder.</source>
        <translation>El almacén de tokens %1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>The token store %1 belongs to another user (%2), not to you (%3).</source>
        <translation>El almacén de tokens %1 pertenece a otro usuario (%2), no a usted (%3).</translation>
    </message>
    <message>
        <source>The token store %1 is a folder anyone may write to (mode %2), so another user could put a database of their own in it.</source>
        <translation>El almacén de tokens %1 es una carpeta en la que cualquiera puede escribir (modo %2), por lo que otro usuario podría colocar en ella su propia base de datos.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder only you may write to, or the name of a new folder, which the program makes private. It does not change the mode of a folder it did not make.</source>
        <translation>Indique en --store (o TPM2_PKCS11_STORE) una carpeta en la que solo usted pueda escribir, o el nombre de una carpeta nueva, que el programa creará como privada. El programa no cambia el modo de una carpeta que no haya creado.</translation>
    </message>
    <message>
        <source>The token store %1 cannot be read.</source>
        <translation>No se puede leer el almacén de tokens %1.</translation>
    </message>
    <message>
        <source>Allow yourself to read it (chmod u+rx), or give --store (or TPM2_PKCS11_STORE) another folder.</source>
        <translation>Concédase permiso de lectura (chmod u+rx) o indique otra carpeta en --store (o TPM2_PKCS11_STORE).</translation>
    </message>
    <message>
        <source>The folder %1 holds files that are not a token store&apos;s (%2), so it is not used as one.</source>
        <translation>La carpeta %1 contiene archivos que no son de un almacén de tokens (%2), por lo que no se usa como tal.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) an empty folder, the name of a new one, or an existing token store (a folder with tpm2_pkcs11.sqlite3 and nothing unrelated).</source>
        <translation>Indique en --store (o TPM2_PKCS11_STORE) una carpeta vacía, el nombre de una nueva o un almacén de tokens existente (una carpeta con tpm2_pkcs11.sqlite3 y nada ajeno).</translation>
    </message>
    <message>
        <source>The token store %1 is not writable, so no card can be made in it or removed from it.</source>
        <translation>No se puede escribir en el almacén de tokens %1, por lo que no se puede crear ni eliminar ninguna tarjeta en él.</translation>
    </message>
    <message>
        <source>Make it writable for yourself, or give --store (or TPM2_PKCS11_STORE) another folder. Listing its cards needs no write.</source>
        <translation>Concédase permiso de escritura o indique otra carpeta en --store (o TPM2_PKCS11_STORE). Para mostrar sus tarjetas no hace falta escribir.</translation>
    </message>
    <message>
        <source>The token store&apos;s database %1 is damaged or is not a token store&apos;s database, so its cards cannot be read. Nothing was written to it.</source>
        <translation>La base de datos %1 del almacén de tokens está dañada o no es la base de datos de un almacén de tokens, por lo que no se pueden leer sus tarjetas. No se ha escrito nada en ella.</translation>
    </message>
    <message>
        <source>Put back a copy of %1 from a backup, or give --store (or TPM2_PKCS11_STORE) another folder for new cards. Keep the damaged file: a recovery tool may still read keys from it.</source>
        <translation>Restaure una copia de %1 desde una copia de seguridad o indique en --store (o TPM2_PKCS11_STORE) otra carpeta para las tarjetas nuevas. Conserve el archivo dañado: una herramienta de recuperación aún podría leer claves de él.</translation>
    </message>
    <message>
        <source>The disk that holds the token store %1 is full, so the card could not be written. Nothing of this attempt was kept.</source>
        <translation>El disco que contiene el almacén de tokens %1 está lleno, por lo que no se pudo escribir la tarjeta. No se ha conservado nada de este intento.</translation>
    </message>
    <message numerus="yes">
        <source>Free some space on that disk (at least %n MiB), then try again; or give --store (or TPM2_PKCS11_STORE) a folder on another disk.</source>
        <translation>
            <numerusform>Libere espacio en ese disco (al menos %n MiB) e inténtelo de nuevo; o indique en --store (o TPM2_PKCS11_STORE) una carpeta de otro disco.</numerusform>
            <numerusform>Libere espacio en ese disco (al menos %n MiB) e inténtelo de nuevo; o indique en --store (o TPM2_PKCS11_STORE) una carpeta de otro disco.</numerusform>
        </translation>
    </message>
    <message>
        <source>Neither the token store %1 nor the folder %2 that would hold it exists. The program makes only the store&apos;s own folder, so that a mistyped path does not become folders.</source>
        <translation>No existen ni el almacén de tokens %1 ni la carpeta %2 que lo contendría. El programa solo crea la carpeta del propio almacén, para que una ruta mal escrita no se convierta en carpetas.</translation>
    </message>
    <message>
        <source>Check the path given to --store (or TPM2_PKCS11_STORE), or create %1 first.</source>
        <translation>Compruebe la ruta indicada en --store (o TPM2_PKCS11_STORE) o cree antes %1.</translation>
    </message>
    <message>
        <source>The token store %1 is not writable: %2, where it would be made, is not a folder.</source>
        <translation>No se puede escribir en el almacén de tokens %1: %2, donde se crearía, no es una carpeta.</translation>
    </message>
    <message>
        <source>Check the path given to --store (or TPM2_PKCS11_STORE).</source>
        <translation>Compruebe la ruta indicada en --store (o TPM2_PKCS11_STORE).</translation>
    </message>
    <message>
        <source>The token store %1 is not writable: you may not make a folder in %2.</source>
        <translation>No se puede escribir en el almacén de tokens %1: no tiene permiso para crear una carpeta en %2.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder in one you may write to, such as your home folder.</source>
        <translation>Indique en --store (o TPM2_PKCS11_STORE) una carpeta dentro de otra en la que pueda escribir, como su carpeta personal.</translation>
    </message>
    <message>
        <source>The token store %1 could not be made.</source>
        <translation>No se pudo crear el almacén de tokens %1.</translation>
    </message>
    <message>
        <source>Give --store (or TPM2_PKCS11_STORE) a folder in one you may write to.</source>
        <translation>Indique en --store (o TPM2_PKCS11_STORE) una carpeta dentro de otra en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Make it writable for yourself, or give --store (or TPM2_PKCS11_STORE) another folder.</source>
        <translation>Concédase permiso de escritura o indique otra carpeta en --store (o TPM2_PKCS11_STORE).</translation>
    </message>
    <message numerus="yes">
        <source>The folder %1 holds files that are not a token store&apos;s (%2 and %n more), so it is not used as one.</source>
        <translation>
            <numerusform>La carpeta %1 contiene archivos que no son de un almacén de tokens (%2 y %n más), por lo que no se usa como tal.</numerusform>
            <numerusform>La carpeta %1 contiene archivos que no son de un almacén de tokens (%2 y %n más), por lo que no se usa como tal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tpm2Backend</name>
    <message>
        <source>Software TPM — keys are not protected by hardware</source>
        <translation>TPM de software — las claves no están protegidas por hardware</translation>
    </message>
    <message>
        <source>Applications reach the card through the PKCS#11 module %1.</source>
        <translation>Las aplicaciones acceden a la tarjeta mediante el módulo PKCS#11 %1.</translation>
    </message>
    <message>
        <source>Programs you start after your next login find it by themselves: %1 sets %2 for them.</source>
        <extracomment>&quot;it&quot; is the software TPM; %1 is a file path, %2 an environment variable&apos;s name.</extracomment>
        <translation>Los programas que inicie después de su próximo inicio de sesión lo encontrarán por sí solos: %1 les define %2.</translation>
    </message>
    <message>
        <source>The settings for other programs could not be registered: %1</source>
        <translation>No se pudo registrar la configuración para otros programas: %1</translation>
    </message>
    <message>
        <source>This session has no D-Bus session bus, so programs reach the software TPM only with the lines below in their environment.</source>
        <translation>Esta sesión no tiene bus de sesión D-Bus, por lo que los programas solo acceden al TPM de software si tienen en su entorno las líneas siguientes.</translation>
    </message>
    <message>
        <source>In a terminal, the line below shows the card&apos;s public keys.</source>
        <translation>En un terminal, la línea siguiente muestra las claves públicas de la tarjeta.</translation>
    </message>
    <message>
        <source>In a terminal that is already open, the lines below reach the card; the last one shows its public keys.</source>
        <translation>En un terminal que ya esté abierto, las líneas siguientes dan acceso a la tarjeta; la última muestra sus claves públicas.</translation>
    </message>
    <message>
        <source>The tpm2-pkcs11 module was not found. Install the package libtpm2-pkcs11-1.</source>
        <translation>No se encontró el módulo tpm2-pkcs11. Instale el paquete libtpm2-pkcs11-1.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2). Ask your administrator to add you to the group tss, then sign in again.</source>
        <translation>No se puede abrir %1 (%2). Pida a su administrador que le agregue al grupo tss y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The software TPM does not answer: %1</source>
        <translation>El TPM de software no responde: %1</translation>
    </message>
    <message>
        <source>The token store %1 may not be written, and a copy of it to read could not be made: %2</source>
        <translation>No se puede escribir en el almacén de tokens %1, y no se pudo hacer una copia de él para leerla: %2</translation>
    </message>
    <message>
        <source>C_Initialize with TCTI %1 failed: %2</source>
        <translation>Error de C_Initialize con TCTI %1: %2</translation>
    </message>
    <message>
        <source>Waiting for another vscwizard (process %1) to finish with the token store %2…</source>
        <translation>Esperando a que otra instancia de vscwizard (proceso %1) termine con el almacén de tokens %2…</translation>
    </message>
    <message>
        <source>Waiting for another vscwizard to finish with the token store %1…</source>
        <translation>Esperando a que otra instancia de vscwizard termine con el almacén de tokens %1…</translation>
    </message>
    <message>
        <source>The token store is busy</source>
        <translation>El almacén de tokens está ocupado</translation>
    </message>
    <message>
        <source>Wait until it has finished, or end it, then try again. Nothing was changed.</source>
        <translation>Espere a que termine, o finalícelo, e inténtelo de nuevo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The unfinished card &quot;%1&quot; could not be removed: %2</source>
        <translation>No se pudo eliminar la tarjeta sin terminar &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>There is no card with the instance id &quot;%1&quot;.</source>
        <translation>No hay ninguna tarjeta con el id. de instancia &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>El disco está lleno</translation>
    </message>
    <message>
        <source>The token store is damaged</source>
        <translation>El almacén de tokens está dañado</translation>
    </message>
    <message>
        <source>The token store is read-only</source>
        <translation>El almacén de tokens es de solo lectura</translation>
    </message>
    <message>
        <source>The token store cannot be read</source>
        <translation>No se puede leer el almacén de tokens</translation>
    </message>
    <message>
        <source>This folder cannot be the token store</source>
        <translation>Esta carpeta no puede ser el almacén de tokens</translation>
    </message>
    <message>
        <source>The software TPM is not running</source>
        <translation>El TPM de software no está en ejecución</translation>
    </message>
    <message>
        <source>The software TPM stopped, or does not answer, so the operation could not finish.</source>
        <translation>El TPM de software se detuvo o no responde, por lo que la operación no pudo terminar.</translation>
    </message>
    <message>
        <source>Start it again with “vscwizard software-tpm start”, then try again.</source>
        <translation>Vuelva a iniciarlo con «vscwizard software-tpm start» e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Try again: the next operation starts it again.</source>
        <translation>Inténtelo de nuevo: la siguiente operación lo vuelve a iniciar.</translation>
    </message>
    <message>
        <source>The TPM is locked after too many wrong PINs</source>
        <translation>El TPM está bloqueado tras demasiados PIN incorrectos</translation>
    </message>
    <message>
        <source>The TPM is locked after too many wrong PINs (%1 of %2). It protects every card this way, whichever program the PINs were typed in.</source>
        <translation>El TPM está bloqueado tras demasiados PIN incorrectos (%1 de %2). Así protege todas las tarjetas, sea cual sea el programa en el que se escribieron los PIN.</translation>
    </message>
    <message>
        <source>The TPM has no room for more objects</source>
        <translation>El TPM no tiene espacio para más objetos</translation>
    </message>
    <message>
        <source>The TPM has no room for more objects: programs that ended without cleaning up left theirs loaded. This happens only where no resource manager stands in front of the TPM (%1).</source>
        <translation>El TPM no tiene espacio para más objetos: programas que terminaron sin limpiar dejaron cargados los suyos. Esto solo ocurre cuando no hay ningún administrador de recursos delante del TPM (%1).</translation>
    </message>
    <message>
        <source>Restart that TPM, or reach it through a resource manager: the kernel&apos;s /dev/tpmrm0, or the program&apos;s own software TPM, which has one.</source>
        <translation>Reinicie ese TPM o acceda a él mediante un administrador de recursos: /dev/tpmrm0 del kernel, o el TPM de software del propio programa, que tiene uno.</translation>
    </message>
    <message>
        <source>No TPM found</source>
        <translation>No se encontró ningún TPM</translation>
    </message>
    <message>
        <source>There is no TPM at %1.</source>
        <translation>No hay ningún TPM en %1.</translation>
    </message>
    <message>
        <source>If this computer has a TPM, turn it on in the firmware settings; otherwise use the software TPM (--tpm software).</source>
        <translation>Si este equipo tiene un TPM, actívelo en la configuración del firmware; de lo contrario, use el TPM de software (--tpm software).</translation>
    </message>
    <message>
        <source>Check the path given to --tpm device:PATH (the kernel&apos;s TPM is /dev/tpmrm0), or use the software TPM (--tpm software).</source>
        <translation>Compruebe la ruta indicada en --tpm device:RUTA (el TPM del kernel es /dev/tpmrm0) o use el TPM de software (--tpm software).</translation>
    </message>
    <message>
        <source>No permission to use the TPM</source>
        <translation>Sin permiso para usar el TPM</translation>
    </message>
    <message>
        <source>You may not use the TPM %1.</source>
        <translation>No tiene permiso para usar el TPM %1.</translation>
    </message>
    <message>
        <source>Ask your administrator to add your account to the group tss, then sign out and in again; or use the software TPM (--tpm software).</source>
        <translation>Pida a su administrador que agregue su cuenta al grupo tss y, después, cierre la sesión y vuelva a iniciarla; o use el TPM de software (--tpm software).</translation>
    </message>
    <message>
        <source>The TPM does not answer</source>
        <translation>El TPM no responde</translation>
    </message>
    <message>
        <source>No TPM answered through %1.</source>
        <translation>Ningún TPM respondió a través de %1.</translation>
    </message>
    <message>
        <source>Check the TCTI given with --tpm tcti:STRING (such as device:/dev/tpmrm0, or swtpm:host=localhost,port=2321 for a running swtpm), or leave --tpm out to use this computer&apos;s TPM or the software TPM.</source>
        <translation>Compruebe la TCTI indicada con --tpm tcti:CADENA (como device:/dev/tpmrm0, o swtpm:host=localhost,port=2321 para un swtpm en ejecución), u omita --tpm para usar el TPM de este equipo o el TPM de software.</translation>
    </message>
    <message>
        <source>Another program may hold the TPM (%1 serves one program at a time; /dev/tpmrm0 serves many): try again when it has finished, or use /dev/tpmrm0.</source>
        <translation>Puede que otro programa esté usando el TPM (%1 atiende a un programa a la vez; /dev/tpmrm0 atiende a muchos): inténtelo de nuevo cuando haya terminado o use /dev/tpmrm0.</translation>
    </message>
    <message>
        <source>The token store belongs to another TPM</source>
        <translation>El almacén de tokens pertenece a otro TPM</translation>
    </message>
    <message>
        <source>The token store %1 holds cards of another TPM: its storage key is not on this one.</source>
        <translation>El almacén de tokens %1 contiene tarjetas de otro TPM: su clave de almacenamiento no está en este.</translation>
    </message>
    <message>
        <source>Keep the cards of each TPM in a store of their own (--store), or use the TPM they were made on.</source>
        <translation>Guarde las tarjetas de cada TPM en un almacén propio (--store) o use el TPM en el que se crearon.</translation>
    </message>
    <message numerus="yes">
        <source>Another program was writing to the token store %1 and did not finish within %n second(s), so this operation could not use it.</source>
        <translation>
            <numerusform>Otro programa estaba escribiendo en el almacén de tokens %1 y no terminó en %n segundo, por lo que esta operación no pudo usarlo.</numerusform>
            <numerusform>Otro programa estaba escribiendo en el almacén de tokens %1 y no terminó en %n segundos, por lo que esta operación no pudo usarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again once that program has finished; nothing of this attempt was kept.</source>
        <translation>Inténtelo de nuevo cuando ese programa haya terminado; no se ha conservado nada de este intento.</translation>
    </message>
    <message>
        <source>Not a TPM device</source>
        <translation>No es un dispositivo TPM</translation>
    </message>
    <message>
        <source>No such card</source>
        <translation>La tarjeta no existe</translation>
    </message>
    <message>
        <source>There is no card with the instance id “%1” in the token store %2.</source>
        <translation>No hay ninguna tarjeta con el id. de instancia «%1» en el almacén de tokens %2.</translation>
    </message>
    <message>
        <source>“vscwizard list” shows the cards and their instance ids; another program may have removed this one already.</source>
        <translation>«vscwizard list» muestra las tarjetas y sus id. de instancia; puede que otro programa ya haya eliminado esta.</translation>
    </message>
    <message>
        <source>Type the PUK again, carefully: it is the one set when the card was made, not the PIN.</source>
        <translation>Vuelva a escribir el PUK con cuidado: es el que se estableció al crear la tarjeta, no el PIN.</translation>
    </message>
    <message>
        <source>Check the 48 hexadecimal digits you were given for this card.</source>
        <translation>Compruebe los 48 dígitos hexadecimales que recibió para esta tarjeta.</translation>
    </message>
    <message>
        <source>Type the PIN again, carefully. If you have forgotten it, reset it with the PUK or the admin key instead of guessing: every wrong PIN counts, on every card of this TPM.</source>
        <translation>Vuelva a escribir el PIN con cuidado. Si lo ha olvidado, restablézcalo con el PUK o la clave de administrador en lugar de intentar adivinarlo: cada PIN incorrecto cuenta, en todas las tarjetas de este TPM.</translation>
    </message>
    <message>
        <source>Names like &quot;%1&quot; are kept for cards being made; choose another name.</source>
        <extracomment>&quot;kept&quot; = reserved: the program names a card this way while it is being made.</extracomment>
        <translation>Los nombres como &quot;%1&quot; están reservados para tarjetas en creación; elija otro nombre.</translation>
    </message>
    <message>
        <source>A card named &quot;%1&quot; exists already.</source>
        <translation>Ya existe una tarjeta llamada &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>The software TPM holds at most %n card(s): every program that uses them holds one connection to its resource manager per card. Remove a card first.</source>
        <translation>
            <numerusform>El TPM de software admite como máximo %n tarjeta: cada programa que las usa mantiene una conexión con su administrador de recursos por cada tarjeta. Elimine primero una tarjeta.</numerusform>
            <numerusform>El TPM de software admite como máximo %n tarjetas: cada programa que las usa mantiene una conexión con su administrador de recursos por cada tarjeta. Elimine primero una tarjeta.</numerusform>
        </translation>
    </message>
    <message>
        <source>The token store has no free slot (tpm2-pkcs11 holds 255 tokens).</source>
        <translation>El almacén de tokens no tiene ninguna ranura libre (tpm2-pkcs11 admite 255 tokens).</translation>
    </message>
    <message>
        <source>The new token &quot;%1&quot; is not in the slot list (%2).</source>
        <translation>El token nuevo &quot;%1&quot; no está en la lista de ranuras (%2).</translation>
    </message>
    <message>
        <source>Injected failure.</source>
        <extracomment>Seen only in the program&apos;s own tests, which make a create fail on purpose.</extracomment>
        <translation>Error provocado.</translation>
    </message>
    <message>
        <source>Another program created a card named &quot;%1&quot; while this one was being made.</source>
        <translation>Otro programa creó una tarjeta llamada &quot;%1&quot; mientras se creaba esta.</translation>
    </message>
    <message>
        <source>The cancelled card could not be removed: %1</source>
        <translation>No se pudo eliminar la tarjeta cancelada: %1</translation>
    </message>
    <message>
        <source>%1
The unfinished card could not be removed: %2</source>
        <translation>%1
No se pudo eliminar la tarjeta sin terminar: %2</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has no PUK and a random admin key that nobody knows.</source>
        <translation>La tarjeta &quot;%1&quot; no tiene PUK y su clave de administrador es aleatoria y nadie la conoce.</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has no PUK: its PIN is reset with its admin key.</source>
        <translation>La tarjeta &quot;%1&quot; no tiene PUK: su PIN se restablece con su clave de administrador.</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has a PUK, which takes the admin key&apos;s place: its PIN is reset with the PUK.</source>
        <translation>La tarjeta &quot;%1&quot; tiene un PUK, que ocupa el lugar de la clave de administrador: su PIN se restablece con el PUK.</translation>
    </message>
    <message>
        <source>The card &quot;%1&quot; has no PUK.</source>
        <translation>La tarjeta &quot;%1&quot; no tiene PUK.</translation>
    </message>
    <message>
        <source>The tpm2-pkcs11 module is not installed. Install the package libtpm2-pkcs11-1.</source>
        <translation>El módulo tpm2-pkcs11 no está instalado. Instale el paquete libtpm2-pkcs11-1.</translation>
    </message>
    <message>
        <source>The tpm2-pkcs11 module %1 cannot be loaded.</source>
        <translation>No se puede cargar el módulo tpm2-pkcs11 %1.</translation>
    </message>
    <message>
        <source>The TPM %1 cannot be opened.</source>
        <translation>No se puede abrir el TPM %1.</translation>
    </message>
    <message>
        <source>The software TPM needs the program swtpm. Install the package swtpm.</source>
        <translation>El TPM de software necesita el programa swtpm. Instale el paquete swtpm.</translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs (%1 of %2); it accepts PINs again in about %n minute(s).</source>
        <extracomment>%1 of %2: wrong PINs counted, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>El TPM está bloqueado tras demasiados PIN incorrectos (%1 de %2); volverá a aceptar PIN dentro de aproximadamente %n minuto.</numerusform>
            <numerusform>El TPM está bloqueado tras demasiados PIN incorrectos (%1 de %2); volverá a aceptar PIN dentro de aproximadamente %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs (%1 of %2); it accepts PINs again in about %n second(s).</source>
        <extracomment>%1 of %2: wrong PINs counted, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>El TPM está bloqueado tras demasiados PIN incorrectos (%1 de %2); volverá a aceptar PIN dentro de aproximadamente %n segundo.</numerusform>
            <numerusform>El TPM está bloqueado tras demasiados PIN incorrectos (%1 de %2); volverá a aceptar PIN dentro de aproximadamente %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard (process %1) has held the token store %2 for %n minute(s), and still does.</source>
        <extracomment>%1: a process id; %2: a folder.</extracomment>
        <translation>
            <numerusform>Otra instancia de vscwizard (proceso %1) tiene ocupado el almacén de tokens %2 desde hace %n minuto y lo sigue ocupando.</numerusform>
            <numerusform>Otra instancia de vscwizard (proceso %1) tiene ocupado el almacén de tokens %2 desde hace %n minutos y lo sigue ocupando.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard (process %1) has held the token store %2 for %n second(s), and still does.</source>
        <extracomment>%1: a process id; %2: a folder.</extracomment>
        <translation>
            <numerusform>Otra instancia de vscwizard (proceso %1) tiene ocupado el almacén de tokens %2 desde hace %n segundo y lo sigue ocupando.</numerusform>
            <numerusform>Otra instancia de vscwizard (proceso %1) tiene ocupado el almacén de tokens %2 desde hace %n segundos y lo sigue ocupando.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard has held the token store %1 for %n minute(s), and still does.</source>
        <translation>
            <numerusform>Otra instancia de vscwizard tiene ocupado el almacén de tokens %1 desde hace %n minuto y lo sigue ocupando.</numerusform>
            <numerusform>Otra instancia de vscwizard tiene ocupado el almacén de tokens %1 desde hace %n minutos y lo sigue ocupando.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard has held the token store %1 for %n second(s), and still does.</source>
        <translation>
            <numerusform>Otra instancia de vscwizard tiene ocupado el almacén de tokens %1 desde hace %n segundo y lo sigue ocupando.</numerusform>
            <numerusform>Otra instancia de vscwizard tiene ocupado el almacén de tokens %1 desde hace %n segundos y lo sigue ocupando.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait: the TPM accepts PINs again in about %n minute(s).</source>
        <translation>
            <numerusform>Espere: el TPM volverá a aceptar PIN dentro de aproximadamente %n minuto.</numerusform>
            <numerusform>Espere: el TPM volverá a aceptar PIN dentro de aproximadamente %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait: the TPM accepts PINs again in about %n second(s).</source>
        <translation>
            <numerusform>Espere: el TPM volverá a aceptar PIN dentro de aproximadamente %n segundo.</numerusform>
            <numerusform>Espere: el TPM volverá a aceptar PIN dentro de aproximadamente %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK is wrong for this card. The TPM counts wrong PINs and PUKs of all its cards together: after %n more it refuses every one of them for a while.</source>
        <translation>
            <numerusform>El PUK es incorrecto para esta tarjeta. El TPM cuenta juntos los PIN y PUK incorrectos de todas sus tarjetas: tras %n más, los rechazará todos durante un tiempo.</numerusform>
            <numerusform>El PUK es incorrecto para esta tarjeta. El TPM cuenta juntos los PIN y PUK incorrectos de todas sus tarjetas: tras %n más, los rechazará todos durante un tiempo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The admin key is wrong for this card. The TPM counts wrong PINs and admin keys of all its cards together: after %n more it refuses every one of them for a while.</source>
        <translation>
            <numerusform>La clave de administrador es incorrecta para esta tarjeta. El TPM cuenta juntos los PIN y las claves de administrador incorrectos de todas sus tarjetas: tras %n más, los rechazará todos durante un tiempo.</numerusform>
            <numerusform>La clave de administrador es incorrecta para esta tarjeta. El TPM cuenta juntos los PIN y las claves de administrador incorrectos de todas sus tarjetas: tras %n más, los rechazará todos durante un tiempo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN is wrong for this card. The TPM counts wrong PINs of all its cards together: after %n more it refuses every PIN for a while.</source>
        <translation>
            <numerusform>El PIN es incorrecto para esta tarjeta. El TPM cuenta juntos los PIN incorrectos de todas sus tarjetas: tras %n más, rechazará todos los PIN durante un tiempo.</numerusform>
            <numerusform>El PIN es incorrecto para esta tarjeta. El TPM cuenta juntos los PIN incorrectos de todas sus tarjetas: tras %n más, rechazará todos los PIN durante un tiempo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs. It accepts PINs again in about %n minute(s).</source>
        <translation>
            <numerusform>El TPM está bloqueado tras demasiados PIN incorrectos. Volverá a aceptar PIN dentro de aproximadamente %n minuto.</numerusform>
            <numerusform>El TPM está bloqueado tras demasiados PIN incorrectos. Volverá a aceptar PIN dentro de aproximadamente %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs. It accepts PINs again in about %n second(s).</source>
        <translation>
            <numerusform>El TPM está bloqueado tras demasiados PIN incorrectos. Volverá a aceptar PIN dentro de aproximadamente %n segundo.</numerusform>
            <numerusform>El TPM está bloqueado tras demasiados PIN incorrectos. Volverá a aceptar PIN dentro de aproximadamente %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TpmTarget</name>
    <message>
        <source>Unknown TPM &quot;%1&quot;: use auto, device, device:PATH, software, software:FOLDER or tcti:STRING.</source>
        <translation>TPM desconocido &quot;%1&quot;: use auto, device, device:RUTA, software, software:CARPETA o tcti:CADENA.</translation>
    </message>
    <message>
        <source>A TPM is a character device such as /dev/tpmrm0: give --tpm device:PATH the path of one, or use --tpm software.</source>
        <translation>Un TPM es un dispositivo de caracteres como /dev/tpmrm0: indique en --tpm device:RUTA la ruta de uno, o use --tpm software.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a regular file, so nothing was written to it.</source>
        <translation>%1 no es un TPM sino un archivo normal, por lo que no se ha escrito nada en él.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a folder, so nothing was written to it.</source>
        <translation>%1 no es un TPM sino una carpeta, por lo que no se ha escrito nada en ella.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a named pipe, so nothing was written to it.</source>
        <translation>%1 no es un TPM sino una canalización con nombre, por lo que no se ha escrito nada en ella.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a socket, so nothing was written to it.</source>
        <translation>%1 no es un TPM sino un socket, por lo que no se ha escrito nada en él.</translation>
    </message>
    <message>
        <source>%1 is not a TPM but a block device, so nothing was written to it.</source>
        <translation>%1 no es un TPM sino un dispositivo de bloques, por lo que no se ha escrito nada en él.</translation>
    </message>
    <message>
        <source>%1 is not a TPM, nor any other device, so nothing was written to it.</source>
        <translation>%1 no es un TPM ni ningún otro dispositivo, por lo que no se ha escrito nada en él.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Le damos la bienvenida</translation>
    </message>
    <message>
        <source>This wizard creates a virtual smart card on this computer.</source>
        <translation>Este asistente crea una tarjeta inteligente virtual en este equipo.</translation>
    </message>
    <message>
        <source>A virtual smart card works like a smart card you plug in, but it lives in this computer&apos;s security chip (the TPM). It keeps your keys and certificates safe: you unlock it with a PIN, and the keys cannot be copied off this computer.</source>
        <translation>Una tarjeta inteligente virtual funciona como una tarjeta inteligente que se conecta al equipo, pero reside en el chip de seguridad de este equipo (el TPM). Protege sus claves y certificados: la desbloquea con un PIN, y las claves no se pueden copiar fuera de este equipo.</translation>
    </message>
    <message>
        <source>You will choose a name, a PIN and a way to recover the card if the PIN is forgotten. First the wizard checks that this computer can hold a virtual smart card.</source>
        <translation>Elegirá un nombre, un PIN y una forma de recuperar la tarjeta si olvida el PIN. Primero, el asistente comprueba que este equipo puede contener una tarjeta inteligente virtual.</translation>
    </message>
    <message>
        <source>Checking this computer…</source>
        <translation>Comprobando este equipo…</translation>
    </message>
    <message>
        <source>Check status</source>
        <extracomment>A noun: the result of checking whether this computer can hold a card.</extracomment>
        <translation>Estado de la comprobación</translation>
    </message>
    <message>
        <source>Checking this computer</source>
        <translation>Comprobando este equipo</translation>
    </message>
    <message>
        <source>Busy while the wizard checks that this computer can hold a virtual smart card.</source>
        <translation>Ocupado mientras el asistente comprueba que este equipo puede contener una tarjeta inteligente virtual.</translation>
    </message>
    <message>
        <source>&amp;Results of the check:</source>
        <translation>&amp;Resultados de la comprobación:</translation>
    </message>
    <message>
        <source>Results of the check</source>
        <translation>Resultados de la comprobación</translation>
    </message>
    <message>
        <source>What prevents creating a virtual smart card on this computer, and what to do about it.</source>
        <translation>Lo que impide crear una tarjeta inteligente virtual en este equipo y qué hacer al respecto.</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Checks this computer again after you fixed the problems listed.</source>
        <translation>Vuelve a comprobar este equipo después de resolver los problemas indicados.</translation>
    </message>
    <message>
        <source>&amp;Manage cards…</source>
        <translation>&amp;Administrar tarjetas…</translation>
    </message>
    <message>
        <source>Opens the card manager: change, reset or remove the cards you have.</source>
        <translation>Abre el administrador de tarjetas, donde puede cambiar, restablecer o eliminar sus tarjetas.</translation>
    </message>
    <message>
        <source>A virtual smart card works like a smart card you plug in. On this computer its keys are kept by a software TPM, not by a security chip: you unlock them with a PIN, but someone who can read your files could copy them.</source>
        <translation>Una tarjeta inteligente virtual funciona como una tarjeta inteligente que se conecta al equipo. En este equipo, sus claves las guarda un TPM de software, no un chip de seguridad: las desbloquea con un PIN, pero alguien que pueda leer sus archivos podría copiarlas.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Must be fixed before a card can be created</source>
        <translation>Debe resolverse antes de poder crear una tarjeta</translation>
    </message>
    <message>
        <source>A note; it does not prevent creating a card</source>
        <translation>Una nota; no impide crear una tarjeta</translation>
    </message>
    <message>
        <source>The check was interrupted. Check again to continue.</source>
        <translation>Se interrumpió la comprobación. Vuelva a comprobar para continuar.</translation>
    </message>
    <message>
        <source>This computer cannot hold a virtual smart card yet. Fix the problems below, then check again.</source>
        <translation>Este equipo aún no puede contener una tarjeta inteligente virtual. Resuelva los problemas siguientes y vuelva a comprobar.</translation>
    </message>
    <message>
        <source>This computer is ready. Please note the points below.</source>
        <translation>Este equipo está listo. Tenga en cuenta los puntos siguientes.</translation>
    </message>
    <message>
        <source>This computer is ready. Continue to choose a name for the card.</source>
        <translation>Este equipo está listo. Continúe para elegir un nombre para la tarjeta.</translation>
    </message>
</context>
<context>
    <name>WindowsBackend</name>
    <message>
        <source>The TPM Virtual Smart Card Manager is not available on this computer. It is part of Windows 8 and later; its service may be turned off.</source>
        <translation>El Administrador de tarjetas inteligentes virtuales TPM no está disponible en este equipo. Forma parte de Windows 8 y versiones posteriores; puede que su servicio esté desactivado.</translation>
    </message>
    <message>
        <source>No TPM (Trusted Platform Module) was found on this computer.</source>
        <translation>No se encontró ningún TPM (Módulo de plataforma segura) en este equipo.</translation>
    </message>
    <message>
        <source>The TPM is not ready. Turn it on and prepare it in the TPM management console (tpm.msc), then try again.</source>
        <translation>El TPM no está listo. Actívelo y prepárelo en la consola de administración del TPM (tpm.msc) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Managing virtual smart cards needs administrator rights. Start vscwizard with &quot;Run as administrator&quot;.</source>
        <translation>Para administrar tarjetas inteligentes virtuales se necesitan derechos de administrador. Inicie vscwizard con &quot;Ejecutar como administrador&quot;.</translation>
    </message>
    <message>
        <source>Virtual smart cards cannot be managed from a remote desktop session.</source>
        <translation>Las tarjetas inteligentes virtuales no se pueden administrar desde una sesión de Escritorio remoto.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager refused a value of the request.</source>
        <translation>El Administrador de tarjetas inteligentes virtuales TPM rechazó un valor de la solicitud.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Se canceló la operación.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager reported a failure.</source>
        <translation>El Administrador de tarjetas inteligentes virtuales TPM notificó un error.</translation>
    </message>
    <message>
        <source>The TPM Virtual Smart Card Manager is not available</source>
        <translation>El Administrador de tarjetas inteligentes virtuales TPM no está disponible</translation>
    </message>
    <message>
        <source>Ask your administrator to allow the smart card services of Windows to start; the manager is part of Windows 8 and later.</source>
        <translation>Pida a su administrador que permita que se inicien los servicios de tarjetas inteligentes de Windows; el Administrador de tarjetas inteligentes virtuales TPM forma parte de Windows 8 y versiones posteriores.</translation>
    </message>
    <message>
        <source>No TPM found</source>
        <translation>No se encontró ningún TPM</translation>
    </message>
    <message>
        <source>If this computer has a TPM, turn it on in the firmware settings, then try again.</source>
        <translation>Si este equipo tiene un TPM, actívelo en la configuración del firmware e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The TPM is not ready</source>
        <translation>El TPM no está listo</translation>
    </message>
    <message>
        <source>Open the TPM management console (tpm.msc) as administrator and prepare the TPM, then try again.</source>
        <translation>Abra la consola de administración del TPM (tpm.msc) como administrador, prepare el TPM e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Administrator rights needed</source>
        <translation>Se necesitan derechos de administrador</translation>
    </message>
    <message>
        <source>Start vscwizard with “Run as administrator”, then try again.</source>
        <translation>Inicie vscwizard con «Ejecutar como administrador» e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The card needs a name.</source>
        <translation>La tarjeta necesita un nombre.</translation>
    </message>
    <message numerus="yes">
        <source>The admin key must be exactly %n byte(s) long.</source>
        <translation>
            <numerusform>La clave de administrador debe tener exactamente %n byte.</numerusform>
            <numerusform>La clave de administrador debe tener exactamente %n bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The admin key check value must be %n byte(s) long.</source>
        <translation>
            <numerusform>El valor de comprobación de la clave de administrador debe tener %n byte.</numerusform>
            <numerusform>El valor de comprobación de la clave de administrador debe tener %n bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attestation needs Windows 10 or later.</source>
        <translation>La atestación requiere Windows 10 o una versión posterior.</translation>
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
        <translation>No se pudieron contar los lectores de tarjetas inteligentes de este equipo.</translation>
    </message>
    <message>
        <source>Win32 error %1</source>
        <translation>Error de Win32 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n smart card reader(s) exist already, the most there can be at once. Remove a virtual smart card or unplug a reader first.</source>
        <translation>
            <numerusform>Ya existe %n lector de tarjetas inteligentes, el máximo que puede haber a la vez. Elimine primero una tarjeta inteligente virtual o desconecte un lector.</numerusform>
            <numerusform>Ya existen %n lectores de tarjetas inteligentes, el máximo que puede haber a la vez. Elimine primero una tarjeta inteligente virtual o desconecte un lector.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN policy cannot be passed to the manager.</source>
        <translation>No se puede pasar la directiva de PIN al Administrador de tarjetas inteligentes virtuales TPM.</translation>
    </message>
    <message>
        <source>Windows shows the card as the smart card reader &quot;%1&quot;. Applications use it through the Windows smart card service, for example to enroll a certificate or sign in.</source>
        <translation>Windows muestra la tarjeta como el lector de tarjetas inteligentes &quot;%1&quot;. Las aplicaciones la usan a través del servicio de tarjetas inteligentes de Windows, por ejemplo, para inscribir un certificado o iniciar sesión.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the instance id of a TPM virtual smart card (ROOT\SMARTCARDREADER\000n).</source>
        <translation>&quot;%1&quot; no es el id. de instancia de una tarjeta inteligente virtual TPM (ROOT\SMARTCARDREADER\000n).</translation>
    </message>
    <message>
        <source>The smart card readers could not be listed (Win32 error %1).</source>
        <translation>No se pudieron enumerar los lectores de tarjetas inteligentes (error de Win32 %1).</translation>
    </message>
    <message numerus="yes">
        <source>The PIN must be %1 to %n byte(s) long.</source>
        <translation>
            <numerusform>El PIN debe tener entre %1 y %n byte.</numerusform>
            <numerusform>El PIN debe tener entre %1 y %n bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK must be %1 to %n byte(s) long.</source>
        <translation>
            <numerusform>El PUK debe tener entre %1 y %n byte.</numerusform>
            <numerusform>El PUK debe tener entre %1 y %n bytes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>There is no graphical session to open the wizard in (DISPLAY and WAYLAND_DISPLAY are not set). The commands work without one; see vscwizard --help.</source>
        <translation>No hay ninguna sesión gráfica en la que abrir el asistente (DISPLAY y WAYLAND_DISPLAY no están definidas). Los comandos funcionan sin ella; consulte vscwizard --help.</translation>
    </message>
    <message>
        <source>There is no translation for &quot;%1&quot;; using English.</source>
        <translation>No hay traducción para &quot;%1&quot;; se usa el inglés.</translation>
    </message>
    <message>
        <source>Cannot open the wizard %1: %2. The commands work without it; see vscwizard --help.</source>
        <translation>No se puede abrir el asistente %1: %2. Los comandos funcionan sin él; consulte vscwizard --help.</translation>
    </message>
    <message>
        <source>Commands are run by vscwizard, for example: vscwizard %1</source>
        <translation>Los comandos los ejecuta vscwizard, por ejemplo: vscwizard %1</translation>
    </message>
    <message>
        <source>Organization policy</source>
        <translation>Directiva de la organización</translation>
    </message>
    <message>
        <source>Card manager</source>
        <translation>Administrador de tarjetas</translation>
    </message>
</context>
</TS>
