<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en_US">
<context>
    <name>AmountEntry</name>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>Höchstens %1.</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>%1 / %2, since signing in at %3</source>
        <translation>%1 / %2, seit der Anmeldung um %3</translation>
    </message>
    <message>
        <source>Training mode: practice redemptions only. They count in no total, so none is shown.</source>
        <translation>Schulungsmodus: nur Übungseinlösungen. Sie zählen in keiner Summe, daher wird keine angezeigt.</translation>
    </message>
    <message>
        <source>Reversed (+%1)</source>
        <translation>Storniert (+%1)</translation>
    </message>
    <message>
        <source>Done (practice)</source>
        <translation>Erledigt (Übung)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Same as this computer (%1)</source>
        <translation>Wie dieser Computer (%1)</translation>
    </message>
    <message>
        <source>Money and dates follow the language. A new choice applies the next time GiftDesk starts.</source>
        <translation>Beträge und Daten folgen der Sprache. Eine neue Wahl gilt ab dem nächsten Start von GiftDesk.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Receipt printed: %1</source>
        <translation>Beleg gedruckt: %1</translation>
    </message>
    <message>
        <source>The receipt PDF could not be saved.</source>
        <translation>Das Beleg-PDF konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Receipt saved: %1</source>
        <translation>Beleg gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n redemption(s)</source>
        <translation>
            <numerusform>%n Einlösung</numerusform>
            <numerusform>%n Einlösungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>Print receipt</source>
        <translation>Beleg drucken</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <source>Practice only</source>
        <translation>Nur Übung</translation>
    </message>
    <message>
        <source>Practice balance %1</source>
        <translation>Übungsguthaben %1</translation>
    </message>
</context>
<context>
    <name>ReverseScreen</name>
    <message>
        <source>Reversed: %1 is back on card %2. Balance now %3.</source>
        <translation>Storniert: %1 ist wieder auf Karte %2. Guthaben jetzt %3.</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>Genehmigt von %1.</translation>
    </message>
    <message>
        <source>Already reversed by %1, approved by %2.</source>
        <translation>Bereits storniert von %1, genehmigt von %2.</translation>
    </message>
    <message>
        <source>Already reversed by %1.</source>
        <translation>Bereits storniert von %1.</translation>
    </message>
    <message>
        <source>Already reversed.</source>
        <translation>Bereits storniert.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Trainin&amp;g mode: practice on copies, no real card changes</source>
        <translation>S&amp;chulungsmodus: Übung mit Kopien, keine echten Kartenänderungen</translation>
    </message>
    <message>
        <source>As&amp;k for it on the next receipt</source>
        <translation>Beim nächsten Beleg &amp;fragen</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Belegdrucker</translation>
    </message>
    <message>
        <source>Asked for on the next receipt</source>
        <translation>Wird beim nächsten Beleg erfragt</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Bis %1</translation>
    </message>
    <message>
        <source>From %1, no end date</source>
        <translation>Ab %1, ohne Enddatum</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Ohne Enddatum</translation>
    </message>
    <message>
        <source>Items (%1)</source>
        <translation>Artikel (%1)</translation>
    </message>
    <message>
        <source>item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Money (%1)</source>
        <translation>Geld (%1)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Not sold yet</source>
        <translation>Noch nicht verkauft</translation>
    </message>
    <message>
        <source>Not activated yet</source>
        <translation>Noch nicht aktiviert</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Used up</source>
        <translation>Aufgebraucht</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation>Noch nicht gültig</translation>
    </message>
    <message>
        <source>Not valid at this store</source>
        <translation>In dieser Filiale nicht gültig</translation>
    </message>
    <message>
        <source>All on hold</source>
        <translation>Alles reserviert</translation>
    </message>
    <message>
        <source>Active — can be used</source>
        <translation>Aktiv – kann eingelöst werden</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Wrong operator or PIN. Check them and try again.</source>
        <translation>Bediener oder PIN falsch. Bitte prüfen und erneut versuchen.</translation>
    </message>
    <message>
        <source>You are not allowed to do this here. Ask a manager.</source>
        <translation>Das dürfen Sie hier nicht. Fragen Sie eine Filialleitung.</translation>
    </message>
    <message>
        <source>This location is not known to the ledger. Check Settings.</source>
        <translation>Diese Filiale kennt das Kontenbuch nicht. Prüfen Sie die Einstellungen.</translation>
    </message>
    <message>
        <source>This operator may not work at this location. Check the location, or ask a manager.</source>
        <translation>Dieser Bediener darf in dieser Filiale nicht arbeiten. Prüfen Sie die Filiale oder fragen Sie eine Filialleitung.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Only a manager can reverse a redemption. Ask a manager to approve it.</source>
        <translation>Nur eine Filialleitung kann eine Einlösung stornieren. Bitten Sie sie um Freigabe.</translation>
    </message>
    <message>
        <source>The manager&apos;s name or PIN is not right, or they may not approve at this location.</source>
        <translation>Name oder PIN der Filialleitung stimmen nicht, oder sie darf in dieser Filiale nicht freigeben.</translation>
    </message>
    <message>
        <source>That is not a card code: check the digits or scan again.</source>
        <translation>Das ist keine Kartennummer: Prüfen Sie die Ziffern oder scannen Sie erneut.</translation>
    </message>
    <message>
        <source>This code has a typo: the last digit does not match. Check the digits.</source>
        <translation>Diese Nummer enthält einen Tippfehler: Die letzte Ziffer passt nicht. Prüfen Sie die Ziffern.</translation>
    </message>
    <message>
        <source>No card has this code. Check the digits or scan again.</source>
        <translation>Keine Karte hat diese Nummer. Prüfen Sie die Ziffern oder scannen Sie erneut.</translation>
    </message>
    <message>
        <source>This card cannot be used.</source>
        <translation>Diese Karte kann nicht eingelöst werden.</translation>
    </message>
    <message>
        <source>This card has not been sold or activated yet.</source>
        <translation>Diese Karte wurde noch nicht verkauft oder aktiviert.</translation>
    </message>
    <message>
        <source>This card has been sold already.</source>
        <translation>Diese Karte wurde bereits verkauft.</translation>
    </message>
    <message>
        <source>This card is not waiting for activation.</source>
        <translation>Diese Karte wartet nicht auf Aktivierung.</translation>
    </message>
    <message>
        <source>This card is locked. A manager must unlock it first.</source>
        <translation>Diese Karte ist gesperrt. Eine Filialleitung muss sie erst entsperren.</translation>
    </message>
    <message>
        <source>This card has expired.</source>
        <translation>Diese Karte ist abgelaufen.</translation>
    </message>
    <message>
        <source>This card cannot be used yet.</source>
        <translation>Diese Karte kann noch nicht eingelöst werden.</translation>
    </message>
    <message>
        <source>This card has been voided and cannot be used.</source>
        <translation>Diese Karte wurde storniert und kann nicht eingelöst werden.</translation>
    </message>
    <message>
        <source>This card has been closed and cannot be used.</source>
        <translation>Diese Karte wurde geschlossen und kann nicht eingelöst werden.</translation>
    </message>
    <message>
        <source>This card is used up: nothing is left on it.</source>
        <translation>Diese Karte ist aufgebraucht: Es ist kein Guthaben mehr darauf.</translation>
    </message>
    <message>
        <source>This card cannot be used at this store.</source>
        <translation>Diese Karte kann in dieser Filiale nicht eingelöst werden.</translation>
    </message>
    <message>
        <source>This card must be used in full, in one purchase.</source>
        <translation>Diese Karte muss vollständig bei einem Einkauf eingelöst werden.</translation>
    </message>
    <message>
        <source>Not enough on the card. Lower the amount.</source>
        <translation>Nicht genug Guthaben auf der Karte. Verringern Sie den Betrag.</translation>
    </message>
    <message>
        <source>This card needs its PIN. Ask the customer for it.</source>
        <translation>Diese Karte braucht ihre PIN. Fragen Sie den Kunden danach.</translation>
    </message>
    <message>
        <source>Wrong card PIN. Ask the customer to try again.</source>
        <translation>Falsche Karten-PIN. Bitten Sie den Kunden, es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Wrong card PIN (or no card has this code). Ask the customer to try the PIN again.</source>
        <translation>Falsche Karten-PIN (oder keine Karte hat diese Nummer). Bitten Sie den Kunden, die PIN erneut einzugeben.</translation>
    </message>
    <message>
        <source>This card needs a reporting code.</source>
        <translation>Diese Karte braucht einen Berichtscode.</translation>
    </message>
    <message>
        <source>The activation code is not right.</source>
        <translation>Der Aktivierungscode stimmt nicht.</translation>
    </message>
    <message>
        <source>That amount is not valid.</source>
        <translation>Dieser Betrag ist ungültig.</translation>
    </message>
    <message>
        <source>That currency is not accepted.</source>
        <translation>Diese Währung wird nicht angenommen.</translation>
    </message>
    <message>
        <source>The card&apos;s currency does not match.</source>
        <translation>Die Währung der Karte passt nicht.</translation>
    </message>
    <message>
        <source>Something in the form is not valid. Check it and try again.</source>
        <translation>Eine Angabe im Formular ist ungültig. Prüfen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Enter the amount to take off the card.</source>
        <translation>Geben Sie den Betrag ein, der von der Karte abgebucht wird.</translation>
    </message>
    <message>
        <source>That is not an amount. Type digits, for example {example}.</source>
        <translation>Das ist kein Betrag. Geben Sie Ziffern ein, zum Beispiel {example}.</translation>
    </message>
    <message>
        <source>That amount is not clear. Use “{mark}” before the cents, for example {example}.</source>
        <translation>Dieser Betrag ist nicht eindeutig. Setzen Sie „{mark}“ vor die Cents, zum Beispiel {example}.</translation>
    </message>
    <message>
        <source>That amount has too many digits after the decimal mark.</source>
        <translation>Dieser Betrag hat zu viele Nachkommastellen.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <source>That amount is far too large.</source>
        <translation>Dieser Betrag ist viel zu hoch.</translation>
    </message>
    <message>
        <source>That is more than the card allows. Lower the amount.</source>
        <translation>Das ist mehr, als die Karte erlaubt. Verringern Sie den Betrag.</translation>
    </message>
    <message>
        <source>Enter the reporting code: this card needs one.</source>
        <translation>Geben Sie den Berichtscode ein: Diese Karte braucht einen.</translation>
    </message>
    <message>
        <source>Enter the reason for the reversal.</source>
        <translation>Geben Sie den Grund für die Stornierung ein.</translation>
    </message>
    <message>
        <source>Enter the remote ledger&apos;s address, or choose the embedded ledger.</source>
        <translation>Geben Sie die Adresse des entfernten Kontenbuchs ein oder wählen Sie das eingebaute.</translation>
    </message>
    <message>
        <source>No redemption has this transaction number.</source>
        <translation>Keine Einlösung hat diese Vorgangsnummer.</translation>
    </message>
    <message>
        <source>This redemption has been reversed already.</source>
        <translation>Diese Einlösung wurde bereits storniert.</translation>
    </message>
    <message>
        <source>This transaction is not a redemption and cannot be reversed.</source>
        <translation>Dieser Vorgang ist keine Einlösung und kann nicht storniert werden.</translation>
    </message>
    <message>
        <source>This redemption is too old to reverse here.</source>
        <translation>Diese Einlösung ist zu alt, um sie hier zu stornieren.</translation>
    </message>
    <message>
        <source>This hold does not exist.</source>
        <translation>Diese Reservierung gibt es nicht.</translation>
    </message>
    <message>
        <source>The hold on this card has expired.</source>
        <translation>Die Reservierung auf dieser Karte ist abgelaufen.</translation>
    </message>
    <message>
        <source>The hold on this card is no longer active.</source>
        <translation>Die Reservierung auf dieser Karte ist nicht mehr aktiv.</translation>
    </message>
    <message>
        <source>This card cannot be reloaded.</source>
        <translation>Diese Karte kann nicht aufgeladen werden.</translation>
    </message>
    <message>
        <source>That would put more on the card than it may hold.</source>
        <translation>Dann wäre mehr auf der Karte, als sie fassen darf.</translation>
    </message>
    <message>
        <source>This card&apos;s program does not exist.</source>
        <translation>Das Programm dieser Karte gibt es nicht.</translation>
    </message>
    <message>
        <source>There are no unsold cards left.</source>
        <translation>Es sind keine unverkauften Karten mehr übrig.</translation>
    </message>
    <message>
        <source>This request was already sent with different details. Start again with the card.</source>
        <translation>Diese Anfrage wurde schon mit anderen Angaben gesendet. Beginnen Sie noch einmal mit der Karte.</translation>
    </message>
    <message>
        <source>The ledger is still working on this. Wait a moment.</source>
        <translation>Das Kontenbuch arbeitet noch daran. Warten Sie einen Moment.</translation>
    </message>
    <message>
        <source>Too many tries. Wait a moment, then try again.</source>
        <translation>Zu viele Versuche. Warten Sie einen Moment und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The ledger cannot be reached. Your input is kept; try again in a moment.</source>
        <translation>Das Kontenbuch ist nicht erreichbar. Ihre Eingabe bleibt erhalten; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The ledger is taking too long to answer. Try again in a moment.</source>
        <translation>Das Kontenbuch antwortet zu langsam. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The connection dropped during the redemption. Checking whether it went through… do not redeem again.</source>
        <translation>Die Verbindung brach während der Einlösung ab. Es wird geprüft, ob sie durchging … nicht erneut einlösen.</translation>
    </message>
    <message>
        <source>The redemption did not go through: nothing was taken from the card. You can try again.</source>
        <translation>Die Einlösung ging nicht durch: Von der Karte wurde nichts abgebucht. Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <source>Redemption cancelled: it never reached the ledger, so nothing was taken from the card.</source>
        <translation>Einlösung abgebrochen: Sie hat das Kontenbuch nie erreicht, von der Karte wurde nichts abgebucht.</translation>
    </message>
    <message>
        <source>The connection dropped, but the ledger confirms this redemption went through, once.</source>
        <translation>Die Verbindung brach ab, aber das Kontenbuch bestätigt: Diese Einlösung ging durch, genau einmal.</translation>
    </message>
    <message>
        <source>This redemption was interrupted earlier; the ledger confirms it went through, once.</source>
        <translation>Diese Einlösung wurde vorhin unterbrochen; das Kontenbuch bestätigt, dass sie durchging, genau einmal.</translation>
    </message>
    <message>
        <source>A request was interrupted earlier. Checking with the ledger before anything else…</source>
        <translation>Eine Anfrage wurde vorhin unterbrochen. Vor allem anderen wird beim Kontenbuch nachgefragt …</translation>
    </message>
    <message>
        <source>Sign in again so that GiftDesk can finish the interrupted redemption.</source>
        <translation>Melden Sie sich erneut an, damit GiftDesk die unterbrochene Einlösung abschließen kann.</translation>
    </message>
    <message>
        <source>No password store on this computer: the app will ask you to sign in again next time. Nothing is saved in plain text.</source>
        <translation>Kein Passwortspeicher auf diesem Computer: Die App fragt beim nächsten Mal erneut nach der Anmeldung. Nichts wird im Klartext gespeichert.</translation>
    </message>
    <message>
        <source>Starting the ledger…</source>
        <translation>Kontenbuch wird gestartet …</translation>
    </message>
    <message>
        <source>Something went wrong. Try again; if it keeps happening, call support (details are in the log file).</source>
        <translation>Etwas ist schiefgegangen. Versuchen Sie es erneut; passiert es wieder, rufen Sie den Support an (Details stehen in der Protokolldatei).</translation>
    </message>
</context>
</TS>
