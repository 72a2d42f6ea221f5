<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AdminKey</name>
    <message numerus="yes">
        <source>The admin key has %n hex digit(s); it needs exactly %1.</source>
        <translation>
            <numerusform>The admin key has %n hex digit; it needs exactly %1.</numerusform>
            <numerusform>The admin key has %n hex digits; it needs exactly %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The admin key has %n byte(s); it needs exactly %1.</source>
        <translation>
            <numerusform>The admin key has %n byte; it needs exactly %1.</numerusform>
            <numerusform>The admin key has %n bytes; it needs exactly %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardCommands</name>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; is not an instance id: none is longer than %n character(s) (see &quot;vscwizard status&quot;).</source>
        <extracomment>%1: a command name, kept in English.</extracomment>
        <translation>
            <numerusform>%1: &quot;%2&quot; is not an instance id: none is longer than %n character (see &quot;vscwizard status&quot;).</numerusform>
            <numerusform>%1: &quot;%2&quot; is not an instance id: none is longer than %n characters (see &quot;vscwizard status&quot;).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardManagerWindow</name>
    <message numerus="yes">
        <source>%n card(s).</source>
        <translation>
            <numerusform>%n card.</numerusform>
            <numerusform>%n cards.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardNamePage</name>
    <message numerus="yes">
        <source>The name can have at most %n character(s).</source>
        <translation>
            <numerusform>The name can have at most %n character.</numerusform>
            <numerusform>The name can have at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardRules</name>
    <message numerus="yes">
        <source>The name is too long: it can have at most %n character(s).</source>
        <translation>
            <numerusform>The name is too long: it can have at most %n character.</numerusform>
            <numerusform>The name is too long: it can have at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: a card name holds %n byte(s) in UTF-8, where letters beyond ASCII take two to four; this one takes %1.</source>
        <translation>
            <numerusform>The name is too long: a card name holds %n byte in UTF-8, where letters beyond ASCII take two to four; this one takes %1.</numerusform>
            <numerusform>The name is too long: a card name holds %n bytes in UTF-8, where letters beyond ASCII take two to four; this one takes %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK must have %1 to %n character(s).</source>
        <translation>
            <numerusform>The PUK must have %1 to %n character.</numerusform>
            <numerusform>The PUK must have %1 to %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK is too long: a PUK can have at most %n byte(s) in UTF-8, where letters such as ä or € take two or three; this one takes %1.</source>
        <extracomment>%n: the most bytes any PUK may have; %1: the bytes this PUK takes.</extracomment>
        <translation>
            <numerusform>The PUK is too long: a PUK can have at most %n byte in UTF-8, where letters such as ä or € take two or three; this one takes %1.</numerusform>
            <numerusform>The PUK is too long: a PUK can have at most %n bytes in UTF-8, where letters such as ä or € take two or three; this one takes %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardText</name>
    <message numerus="yes">
        <source>PIN set; %n try(ies) left</source>
        <translation>
            <numerusform>PIN set; %n try left</numerusform>
            <numerusform>PIN set; %n tries left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No wrong PINs counted by the TPM (it locks after %n).</source>
        <translation>
            <numerusform>No wrong PINs counted by the TPM (it locks after %n).</numerusform>
            <numerusform>No wrong PINs counted by the TPM (it locks after %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n second(s), on every card.</source>
        <translation>
            <numerusform>The TPM is locked after too many wrong PINs: it accepts PINs again in %n second, on every card.</numerusform>
            <numerusform>The TPM is locked after too many wrong PINs: it accepts PINs again in %n seconds, on every card.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n minute(s), on every card.</source>
        <translation>
            <numerusform>The TPM is locked after too many wrong PINs: it accepts PINs again in %n minute, on every card.</numerusform>
            <numerusform>The TPM is locked after too many wrong PINs: it accepts PINs again in %n minutes, on every card.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs: it accepts PINs again in %n hour(s), on every card.</source>
        <translation>
            <numerusform>The TPM is locked after too many wrong PINs: it accepts PINs again in %n hour, on every card.</numerusform>
            <numerusform>The TPM is locked after too many wrong PINs: it accepts PINs again in %n hours, on every card.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n second(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n second.</numerusform>
            <numerusform>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n minute(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n minute.</numerusform>
            <numerusform>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n hour(s).</source>
        <extracomment>%1 of %2: wrong PINs counted so far, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n hour.</numerusform>
            <numerusform>The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one every %n hours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>destroy: &quot;%1&quot; is not an instance id: none is longer than %n character(s) (see &quot;vscwizard list&quot;).</source>
        <translation>
            <numerusform>destroy: &quot;%1&quot; is not an instance id: none is longer than %n character (see &quot;vscwizard list&quot;).</numerusform>
            <numerusform>destroy: &quot;%1&quot; is not an instance id: none is longer than %n characters (see &quot;vscwizard list&quot;).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message numerus="yes">
        <source>The PIN is wrong for this card. %n try(ies) left before the PIN is blocked.</source>
        <translation>
            <numerusform>The PIN is wrong for this card. %n try left before the PIN is blocked.</numerusform>
            <numerusform>The PIN is wrong for this card. %n tries left before the PIN is blocked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK is wrong for this card. %n try(ies) left before the PUK is blocked too.</source>
        <translation>
            <numerusform>The PUK is wrong for this card. %n try left before the PUK is blocked too.</numerusform>
            <numerusform>The PUK is wrong for this card. %n tries left before the PUK is blocked too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationPolicy</name>
    <message numerus="yes">
        <source>The policy file %1 is larger than %n byte(s); a policy file has a few lines.</source>
        <translation>
            <numerusform>The policy file %1 is larger than %n byte; a policy file has a few lines.</numerusform>
            <numerusform>The policy file %1 is larger than %n bytes; a policy file has a few lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message numerus="yes">
        <source>A line of standard input is longer than %n byte(s); no secret is that long.</source>
        <translation>
            <numerusform>A line of standard input is longer than %n byte; no secret is that long.</numerusform>
            <numerusform>A line of standard input is longer than %n bytes; no secret is that long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPolicy</name>
    <message numerus="yes">
        <source>The policy requires %1 kinds of character, but a PIN may have at most %n character(s).</source>
        <translation>
            <numerusform>The policy requires %1 kinds of character, but a PIN may have at most %n character.</numerusform>
            <numerusform>The policy requires %1 kinds of character, but a PIN may have at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n byte(s) (ä or € count as 2 or 3)</source>
        <translation>
            <numerusform>At least %n byte (ä or € count as 2 or 3)</numerusform>
            <numerusform>At least %n bytes (ä or € count as 2 or 3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n byte(s) (ä or € count as 2 or 3)</source>
        <translation>
            <numerusform>At most %n byte (ä or € count as 2 or 3)</numerusform>
            <numerusform>At most %n bytes (ä or € count as 2 or 3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n character(s)</source>
        <translation>
            <numerusform>At most %n character</numerusform>
            <numerusform>At most %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN policy has %n byte(s); it must have exactly %1.</source>
        <translation>
            <numerusform>The PIN policy has %n byte; it must have exactly %1.</numerusform>
            <numerusform>The PIN policy has %n bytes; it must have exactly %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message numerus="yes">
        <source>Type a PUK of %1 to %n character(s).</source>
        <translation>
            <numerusform>Type a PUK of %1 to %n character.</numerusform>
            <numerusform>Type a PUK of %1 to %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimulatorBackend</name>
    <message numerus="yes">
        <source>%n smart card(s) exist already, the most there can be at once. Remove one first.</source>
        <translation>
            <numerusform>%n smart card exists already, the most there can be at once. Remove it first.</numerusform>
            <numerusform>%n smart cards exist already, the most there can be at once. Remove one first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another process kept the simulator&apos;s state folder %1 locked for %n second(s).</source>
        <translation>
            <numerusform>Another process kept the simulator&apos;s state folder %1 locked for %n second.</numerusform>
            <numerusform>Another process kept the simulator&apos;s state folder %1 locked for %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n smart card(s) exist already, the most there can be at once.</source>
        <translation>
            <numerusform>%n smart card exists already, the most there can be at once.</numerusform>
            <numerusform>%n smart cards exist already, the most there can be at once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SoftwareTpm</name>
    <message numerus="yes">
        <source>swtpm did not open %1 within %n second(s).</source>
        <translation>
            <numerusform>swtpm did not open %1 within %n second.</numerusform>
            <numerusform>swtpm did not open %1 within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message numerus="yes">
        <source>Free some space on that disk (at least %n MiB), then try again; or give --store (or TPM2_PKCS11_STORE) a folder on another disk.</source>
        <translation>
            <numerusform>Free some space on that disk (at least %n MiB), then try again; or give --store (or TPM2_PKCS11_STORE) a folder on another disk.</numerusform>
            <numerusform>Free some space on that disk (at least %n MiB), then try again; or give --store (or TPM2_PKCS11_STORE) a folder on another disk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The folder %1 holds files that are not a token store&apos;s (%2 and %n more), so it is not used as one.</source>
        <translation>
            <numerusform>The folder %1 holds files that are not a token store&apos;s (%2 and %n more), so it is not used as one.</numerusform>
            <numerusform>The folder %1 holds files that are not a token store&apos;s (%2 and %n more), so it is not used as one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tpm2Backend</name>
    <message numerus="yes">
        <source>The software TPM holds at most %n card(s): every program that uses them holds one connection to its resource manager per card. Remove a card first.</source>
        <translation>
            <numerusform>The software TPM holds at most %n card: every program that uses it holds one connection to its resource manager per card. Remove a card first.</numerusform>
            <numerusform>The software TPM holds at most %n cards: every program that uses them holds one connection to its resource manager per card. Remove a card first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another program was writing to the token store %1 and did not finish within %n second(s), so this operation could not use it.</source>
        <translation>
            <numerusform>Another program was writing to the token store %1 and did not finish within %n second, so this operation could not use it.</numerusform>
            <numerusform>Another program was writing to the token store %1 and did not finish within %n seconds, so this operation could not use it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs (%1 of %2); it accepts PINs again in about %n minute(s).</source>
        <extracomment>%1 of %2: wrong PINs counted, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>The TPM is locked after too many wrong PINs (%1 of %2); it accepts PINs again in about %n minute.</numerusform>
            <numerusform>The TPM is locked after too many wrong PINs (%1 of %2); it accepts PINs again in about %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs (%1 of %2); it accepts PINs again in about %n second(s).</source>
        <extracomment>%1 of %2: wrong PINs counted, and the count at which the TPM locks.</extracomment>
        <translation>
            <numerusform>The TPM is locked after too many wrong PINs (%1 of %2); it accepts PINs again in about %n second.</numerusform>
            <numerusform>The TPM is locked after too many wrong PINs (%1 of %2); it accepts PINs again in about %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard (process %1) has held the token store %2 for %n minute(s), and still does.</source>
        <extracomment>%1: a process id; %2: a folder.</extracomment>
        <translation>
            <numerusform>Another vscwizard (process %1) has held the token store %2 for %n minute, and still does.</numerusform>
            <numerusform>Another vscwizard (process %1) has held the token store %2 for %n minutes, and still does.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard (process %1) has held the token store %2 for %n second(s), and still does.</source>
        <extracomment>%1: a process id; %2: a folder.</extracomment>
        <translation>
            <numerusform>Another vscwizard (process %1) has held the token store %2 for %n second, and still does.</numerusform>
            <numerusform>Another vscwizard (process %1) has held the token store %2 for %n seconds, and still does.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard has held the token store %1 for %n minute(s), and still does.</source>
        <translation>
            <numerusform>Another vscwizard has held the token store %1 for %n minute, and still does.</numerusform>
            <numerusform>Another vscwizard has held the token store %1 for %n minutes, and still does.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another vscwizard has held the token store %1 for %n second(s), and still does.</source>
        <translation>
            <numerusform>Another vscwizard has held the token store %1 for %n second, and still does.</numerusform>
            <numerusform>Another vscwizard has held the token store %1 for %n seconds, and still does.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait: the TPM accepts PINs again in about %n minute(s).</source>
        <translation>
            <numerusform>Wait: the TPM accepts PINs again in about %n minute.</numerusform>
            <numerusform>Wait: the TPM accepts PINs again in about %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait: the TPM accepts PINs again in about %n second(s).</source>
        <translation>
            <numerusform>Wait: the TPM accepts PINs again in about %n second.</numerusform>
            <numerusform>Wait: the TPM accepts PINs again in about %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK is wrong for this card. The TPM counts wrong PINs and PUKs of all its cards together: after %n more it refuses every one of them for a while.</source>
        <translation>
            <numerusform>The PUK is wrong for this card. The TPM counts wrong PINs and PUKs of all its cards together: after %n more it refuses every one of them for a while.</numerusform>
            <numerusform>The PUK is wrong for this card. The TPM counts wrong PINs and PUKs of all its cards together: after %n more it refuses every one of them for a while.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The admin key is wrong for this card. The TPM counts wrong PINs and admin keys of all its cards together: after %n more it refuses every one of them for a while.</source>
        <translation>
            <numerusform>The admin key is wrong for this card. The TPM counts wrong PINs and admin keys of all its cards together: after %n more it refuses every one of them for a while.</numerusform>
            <numerusform>The admin key is wrong for this card. The TPM counts wrong PINs and admin keys of all its cards together: after %n more it refuses every one of them for a while.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN is wrong for this card. The TPM counts wrong PINs of all its cards together: after %n more it refuses every PIN for a while.</source>
        <translation>
            <numerusform>The PIN is wrong for this card. The TPM counts wrong PINs of all its cards together: after %n more it refuses every PIN for a while.</numerusform>
            <numerusform>The PIN is wrong for this card. The TPM counts wrong PINs of all its cards together: after %n more it refuses every PIN for a while.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs. It accepts PINs again in about %n minute(s).</source>
        <translation>
            <numerusform>The TPM is locked after too many wrong PINs. It accepts PINs again in about %n minute.</numerusform>
            <numerusform>The TPM is locked after too many wrong PINs. It accepts PINs again in about %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TPM is locked after too many wrong PINs. It accepts PINs again in about %n second(s).</source>
        <translation>
            <numerusform>The TPM is locked after too many wrong PINs. It accepts PINs again in about %n second.</numerusform>
            <numerusform>The TPM is locked after too many wrong PINs. It accepts PINs again in about %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowsBackend</name>
    <message numerus="yes">
        <source>The admin key must be exactly %n byte(s) long.</source>
        <translation>
            <numerusform>The admin key must be exactly %n byte long.</numerusform>
            <numerusform>The admin key must be exactly %n bytes long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The admin key check value must be %n byte(s) long.</source>
        <translation>
            <numerusform>The admin key check value must be %n byte long.</numerusform>
            <numerusform>The admin key check value must be %n bytes long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n smart card reader(s) exist already, the most there can be at once. Remove a virtual smart card or unplug a reader first.</source>
        <translation>
            <numerusform>%n smart card reader exists already, the most there can be at once. Remove a virtual smart card or unplug a reader first.</numerusform>
            <numerusform>%n smart card readers exist already, the most there can be at once. Remove a virtual smart card or unplug a reader first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN must be %1 to %n byte(s) long.</source>
        <translation>
            <numerusform>The PIN must be %1 to %n byte long.</numerusform>
            <numerusform>The PIN must be %1 to %n bytes long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK must be %1 to %n byte(s) long.</source>
        <translation>
            <numerusform>The PUK must be %1 to %n byte long.</numerusform>
            <numerusform>The PUK must be %1 to %n bytes long.</numerusform>
        </translation>
    </message>
</context>
</TS>
