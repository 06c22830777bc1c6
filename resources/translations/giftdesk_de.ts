<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About GiftDesk</source>
        <translation>Über GiftDesk</translation>
    </message>
    <message>
        <source>GiftDesk %1</source>
        <translation>GiftDesk %1</translation>
    </message>
    <message>
        <source>GiftDesk is free software under the %1 licence.</source>
        <translation>GiftDesk ist freie Software unter der %1-Lizenz.</translation>
    </message>
    <message>
        <source>It uses Qt %1 through PySide6 under the GNU Lesser General Public License v3 (LGPL): you may replace these libraries with your own build of them. Qt&apos;s source code: %2</source>
        <translation>Es verwendet Qt %1 über PySide6 unter der GNU Lesser General Public License v3 (LGPL): Sie dürfen diese Bibliotheken durch eine eigene Version ersetzen. Quellcode von Qt: %2</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Show the LGPL</source>
        <translation>LGPL anzeigen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Show the packages</source>
        <translation>Pakete anzeigen</translation>
    </message>
</context>
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
    <name>BackOfficeEntry</name>
    <message>
        <source>%1 Back office</source>
        <translation>%1 Backoffice</translation>
    </message>
</context>
<context>
    <name>BackOfficeScreen</name>
    <message>
        <source>Back office</source>
        <translation>Backoffice</translation>
    </message>
    <message>
        <source>Back to the counter</source>
        <translation>Zurück zur Kasse</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Filialen</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Issue cards</source>
        <translation>Karten ausgeben</translation>
    </message>
    <message>
        <source>Card finder</source>
        <translation>Kartensuche</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>Remote ledger %1</source>
        <translation>Entferntes Kontenbuch %1</translation>
    </message>
    <message>
        <source>Embedded ledger</source>
        <translation>Eingebautes Kontenbuch</translation>
    </message>
</context>
<context>
    <name>BooksScreen</name>
    <message>
        <source>The books</source>
        <translation>Die Bücher</translation>
    </message>
    <message>
        <source>&amp;Liability as of</source>
        <translation>&amp;Verbindlichkeit zum</translation>
    </message>
    <message>
        <source>Show liability</source>
        <translation>Verbindlichkeit zeigen</translation>
    </message>
    <message>
        <source>&amp;Z report of the day</source>
        <translation>&amp;Z-Bericht des Tages</translation>
    </message>
    <message>
        <source>all terminals</source>
        <translation>alle Kassen</translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation>&amp;Kasse</translation>
    </message>
    <message>
        <source>Show Z report</source>
        <translation>Z-Bericht zeigen</translation>
    </message>
    <message>
        <source>Z report of this shift</source>
        <translation>Z-Bericht dieser Schicht</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Schicht öffnen</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Schicht schließen</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programm</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <source>St&amp;ore</source>
        <translation>&amp;Filiale</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>Journal of the day as CSV</source>
        <translation>Journal des Tages als CSV</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Alle Programme</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Alle Währungen</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Alle Filialen</translation>
    </message>
    <message>
        <source>Reading the shift…</source>
        <translation>Die Schicht wird gelesen…</translation>
    </message>
    <message>
        <source>Choose a report above.</source>
        <translation>Wählen Sie oben einen Bericht.</translation>
    </message>
</context>
<context>
    <name>CameraChoiceBox</name>
    <message>
        <source>None: type or use the USB scanner</source>
        <translation>Keine: tippen oder USB-Scanner benutzen</translation>
    </message>
    <message>
        <source>Default camera</source>
        <translation>Standardkamera</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Kamera: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Camera %1 (not connected)</source>
        <translation>Kamera %1 (nicht angeschlossen)</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
</context>
<context>
    <name>CardActionScreen</name>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Next card</source>
        <translation>Nächste Karte</translation>
    </message>
    <message>
        <source>Add to the balance</source>
        <translation>Zum Guthaben hinzufügen</translation>
    </message>
    <message>
        <source>Take off the balance</source>
        <translation>Vom Guthaben abziehen</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Kein Enddatum</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation>Aktivierungscode</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Neue Karte</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Beleg drucken</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>  (manager)</source>
        <translation>  (Filialleitung)</translation>
    </message>
    <message>
        <source>Scan or type the unsold card, or take the next card of a program.</source>
        <translation>Scannen oder tippen Sie die unverkaufte Karte ein, oder nehmen Sie die nächste Karte eines Programms.</translation>
    </message>
    <message>
        <source>Card %1 · %2 · balance %3</source>
        <translation>Karte %1 · %2 · Guthaben %3</translation>
    </message>
    <message>
        <source>Leave the value empty to sell it at %1.</source>
        <translation>Ohne Wert wird sie zu %1 verkauft.</translation>
    </message>
    <message>
        <source>This card may hold at most %1.</source>
        <translation>Diese Karte darf höchstens %1 enthalten.</translation>
    </message>
    <message>
        <source>Its balance of %1 will be written off.</source>
        <translation>Ihr Guthaben von %1 wird ausgebucht.</translation>
    </message>
    <message>
        <source>The whole balance moves to the new card; this card is closed.</source>
        <translation>Das ganze Guthaben geht auf die neue Karte; diese Karte wird geschlossen.</translation>
    </message>
    <message>
        <source>Give the transaction number of the redemption, or a reason (a refund without one needs a manager).</source>
        <translation>Geben Sie die Buchungsnummer der Einlösung an oder einen Grund (eine Erstattung ohne Buchung braucht die Filialleitung).</translation>
    </message>
    <message>
        <source>%1: %2 — shown only this once; it is on the receipt.</source>
        <translation>%1: %2 – wird nur dieses eine Mal gezeigt; er steht auf dem Beleg.</translation>
    </message>
    <message>
        <source>Card %1 · %2</source>
        <translation>Karte %1 · %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>CardActions</name>
    <message>
        <source>Only a manager can do this. A manager approves this one action: %1.</source>
        <translation>Das darf nur die Filialleitung. Eine Filialleitung genehmigt diese eine Aktion: %1.</translation>
    </message>
    <message>
        <source>Not done: no manager approval.</source>
        <translation>Nicht ausgeführt: keine Genehmigung der Filialleitung.</translation>
    </message>
    <message>
        <source>No receipt to print yet.</source>
        <translation>Noch kein Beleg zum Drucken.</translation>
    </message>
    <message>
        <source>The PDF could not be saved.</source>
        <translation>Das PDF konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Training mode: shifts are opened and closed outside training.</source>
        <translation>Schulungsmodus: Schichten werden außerhalb der Schulung geöffnet und geschlossen.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>CardActionsScreen</name>
    <message>
        <source>What should happen to this card?</source>
        <translation>Was soll mit dieser Karte geschehen?</translation>
    </message>
    <message>
        <source>Nothing more can be done with this card.</source>
        <translation>Mit dieser Karte ist nichts mehr möglich.</translation>
    </message>
    <message>
        <source>Actions marked (manager) need a manager: a cashier is asked for a manager&apos;s name and PIN.</source>
        <translation>Aktionen mit (Filialleitung) brauchen die Filialleitung: Kassierer werden nach Name und PIN einer Filialleitung gefragt.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Sell another card</source>
        <translation>Karte verkaufen</translation>
    </message>
    <message>
        <source>Reprint last receipt</source>
        <translation>Beleg nachdrucken</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>Bücher</translation>
    </message>
    <message>
        <source>Card %1 · %2 · %3</source>
        <translation>Karte %1 · %2 · %3</translation>
    </message>
    <message>
        <source>balance %1</source>
        <translation>Guthaben %1</translation>
    </message>
    <message>
        <source>  (manager)</source>
        <translation>  (Filialleitung)</translation>
    </message>
</context>
<context>
    <name>CardScreen</name>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Can be used now</source>
        <translation>Jetzt einlösbar</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Card QR code</source>
        <translation>QR-Code der Karte</translation>
    </message>
    <message>
        <source>Next card</source>
        <translation>Nächste Karte</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Export card</source>
        <translation>Karte exportieren</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Einlösen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Noch %1</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>Guthaben %1</translation>
    </message>
    <message>
        <source> (%1 on hold)</source>
        <translation> (%1 reserviert)</translation>
    </message>
    <message>
        <source>  ·  TRAINING CARD</source>
        <translation>  ·  SCHULUNGSKARTE</translation>
    </message>
    <message>
        <source>%1 Nothing can be redeemed from it.</source>
        <translation>%1 Von ihr kann nichts eingelöst werden.</translation>
    </message>
</context>
<context>
    <name>CodeEntry</name>
    <message>
        <source>Type the 12 digits, or scan the card.</source>
        <translation>Tippen Sie die 12 Ziffern ein oder scannen Sie die Karte.</translation>
    </message>
    <message>
        <source>%1 of %2 digits</source>
        <translation>%1 von %2 Ziffern</translation>
    </message>
    <message>
        <source>Too many digits: a card code has %1, this has %2.</source>
        <translation>Zu viele Ziffern: Ein Kartencode hat %1, dieser hat %2.</translation>
    </message>
    <message>
        <source>Code checks out. Press Enter.</source>
        <translation>Der Code ist stimmig. Drücken Sie Enter.</translation>
    </message>
    <message>
        <source>This QR code is not a GiftDesk card.</source>
        <translation>Dieser QR-Code ist keine GiftDesk-Karte.</translation>
    </message>
    <message>
        <source>That is not a card code: enter the 12 digits or scan the QR code.</source>
        <translation>Das ist kein Kartencode: Geben Sie die 12 Ziffern ein oder scannen Sie den QR-Code.</translation>
    </message>
    <message>
        <source>QR code read. Press Enter.</source>
        <translation>QR-Code gelesen. Drücken Sie Enter.</translation>
    </message>
    <message>
        <source>Card code</source>
        <translation>Kartencode</translation>
    </message>
    <message>
        <source>A card code has %1 digits: %2 typed so far.</source>
        <translation>Ein Kartencode hat %1 Ziffern: bisher %2 eingegeben.</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Confirm redemption</source>
        <translation>Einlösung bestätigen</translation>
    </message>
    <message>
        <source>Cancel this redemption</source>
        <translation>Diese Einlösung abbrechen</translation>
    </message>
    <message>
        <source>Take %1 off card %2?</source>
        <translation>%1 von Karte %2 abbuchen?</translation>
    </message>
    <message>
        <source>Balance after: %1</source>
        <translation>Guthaben danach: %1</translation>
    </message>
    <message>
        <source>Reporting code: %1</source>
        <translation>Berichtscode: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source>Checking an interrupted redemption…</source>
        <translation>Unterbrochene Einlösung wird geprüft…</translation>
    </message>
    <message>
        <source>Checking with the ledger…</source>
        <translation>Rückfrage beim Kontenbuch…</translation>
    </message>
</context>
<context>
    <name>ExpiryPlurals</name>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Läuft in %n Tag ab</numerusform>
            <numerusform>Läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FinderTab</name>
    <message>
        <source>Code (or its first digits), recipient, sender or reference</source>
        <translation>Code (oder seine ersten Ziffern), Empfänger, Absender oder Referenz</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Open card</source>
        <translation>Karte öffnen</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>No card matches.</source>
        <translation>Keine Karte passt.</translation>
    </message>
    <message>
        <source>Pick a card in the list first.</source>
        <translation>Wählen Sie zuerst eine Karte in der Liste.</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Guthaben danach</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Eingelöst</translation>
    </message>
    <message>
        <source>Redeemed (hold)</source>
        <translation>Eingelöst (Reservierung)</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Aufgeladen</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Hold released</source>
        <translation>Reservierung freigegeben</translation>
    </message>
    <message>
        <source>Hold expired</source>
        <translation>Reservierung abgelaufen</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Entsperrt</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Entwertet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <source>Details changed</source>
        <translation>Angaben geändert</translation>
    </message>
    <message>
        <source>Wrong card PIN</source>
        <translation>Falsche Karten-PIN</translation>
    </message>
    <message>
        <source>net %1</source>
        <translation>netto %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Scan a card to see its history.</source>
        <translation>Scannen Sie eine Karte, um ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Card history</source>
        <translation>&amp;Kartenverlauf</translation>
    </message>
    <message>
        <source>This &amp;shift</source>
        <translation>Diese &amp;Schicht</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Reverse selected</source>
        <translation>Auswahl stornieren</translation>
    </message>
    <message>
        <source>Card %1 — %2: balance %3</source>
        <translation>Karte %1 — %2: Guthaben %3</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>genehmigt von %1</translation>
    </message>
    <message>
        <source>%1 / %2, since signing in at %3</source>
        <translation>%1 / %2, seit der Anmeldung um %3</translation>
    </message>
    <message>
        <source>%1 / %2, shift %4 open since %3</source>
        <translation>%1 / %2, Schicht %4 offen seit %3</translation>
    </message>
    <message>
        <source>Training mode: practice redemptions only. They count in no total, so none is shown.</source>
        <translation>Schulungsmodus: nur Übungseinlösungen. Sie zählen in keiner Summe, daher wird keine angezeigt.</translation>
    </message>
    <message>
        <source>No redemptions yet in this shift.</source>
        <translation>In dieser Schicht noch keine Einlösungen.</translation>
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
    <name>IssueTab</name>
    <message>
        <source>Active now, with this value (cards given away or sold as they are)</source>
        <translation>Sofort aktiv, mit diesem Wert (Karten, die so verschenkt oder verkauft werden)</translation>
    </message>
    <message>
        <source>Pending: each card is activated when it is sold at the counter</source>
        <translation>Ausstehend: jede Karte wird beim Verkauf an der Kasse aktiviert</translation>
    </message>
    <message>
        <source>Empty: the program&apos;s value</source>
        <translation>Leer: der Wert des Programms</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Number of cards</source>
        <translation>Anzahl Karten</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>CSV speichern…</translation>
    </message>
    <message>
        <source>Print sheet (PDF)…</source>
        <translation>Bogen drucken (PDF)…</translation>
    </message>
    <message>
        <source>Issue cards</source>
        <translation>Karten ausgeben</translation>
    </message>
    <message>
        <source>Loading the programs…</source>
        <translation>Programme werden geladen…</translation>
    </message>
    <message>
        <source>Create a program first (Programs tab).</source>
        <translation>Legen Sie zuerst ein Programm an (Reiter Programme).</translation>
    </message>
    <message>
        <source>Choose the program of the cards.</source>
        <translation>Wählen Sie das Programm der Karten.</translation>
    </message>
    <message>
        <source>Issuing the cards…</source>
        <translation>Karten werden ausgegeben…</translation>
    </message>
    <message>
        <source>Cancelled: %1 made before were kept. Save the CSV and print the sheet.</source>
        <translation>Abgebrochen: Die bis dahin erstellten %1 bleiben erhalten. Speichern Sie die CSV und drucken Sie den Bogen.</translation>
    </message>
    <message>
        <source>Cancelled: no card of this batch was kept.</source>
        <translation>Abgebrochen: keine Karte dieses Stapels wurde behalten.</translation>
    </message>
    <message>
        <source>The %1 made before were kept. Save the CSV and print the sheet.</source>
        <translation>Die bis dahin erstellten %1 bleiben erhalten. Speichern Sie die CSV und drucken Sie den Bogen.</translation>
    </message>
    <message>
        <source>%1 issued. Save the CSV and print the sheet.</source>
        <translation>%1 ausgegeben. Speichern Sie die CSV und drucken Sie den Bogen.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Die Datei konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Saving the cards…</source>
        <translation>Karten werden gespeichert…</translation>
    </message>
    <message>
        <source>Save the CSV first: the sheet is printed from it.</source>
        <translation>Speichern Sie zuerst die CSV: der Bogen wird daraus gedruckt.</translation>
    </message>
    <message>
        <source>The sheet could not be made: %1</source>
        <translation>Der Bogen konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Sheet saved: %1</source>
        <translation>Bogen gespeichert: %1</translation>
    </message>
    <message>
        <source>Save the cards</source>
        <translation>Karten speichern</translation>
    </message>
    <message>
        <source>Card lists (*.csv)</source>
        <translation>Kartenlisten (*.csv)</translation>
    </message>
    <message>
        <source>Save the sheet</source>
        <translation>Bogen speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
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
        <source>TRAINING MODE — practice only: no real card changes, nothing counts in reports</source>
        <translation>SCHULUNGSMODUS — nur Übung: keine echten Kartenänderungen, nichts zählt in Berichten</translation>
    </message>
    <message>
        <source>F2 New card · F6 History · F7 Reverse · F9 Settings · Ctrl+L Sign out</source>
        <translation>F2 Neue Karte · F6 Verlauf · F7 Stornieren · F9 Einstellungen · Strg+L Abmelden</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>Filialleitung</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <source>  [TRAINING]</source>
        <translation>  [SCHULUNG]</translation>
    </message>
    <message>
        <source>The ledger could not be started. Check Settings (F9), or call support: details are in the log file.</source>
        <translation>Das Kontenbuch konnte nicht gestartet werden. Prüfen Sie die Einstellungen (F9) oder rufen Sie den Support an: Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <source>GiftDesk keeps trying.</source>
        <translation>GiftDesk versucht es weiter.</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Starting the ledger… you will be signed in when it is ready.</source>
        <translation>Kontenbuch wird gestartet… Sie werden angemeldet, sobald es bereit ist.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
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
    <message>
        <source>The card could not be exported.</source>
        <translation>Die Karte konnte nicht exportiert werden.</translation>
    </message>
    <message>
        <source>Card saved as PNG, SVG and PDF in %1</source>
        <translation>Karte als PNG, SVG und PDF gespeichert in %1</translation>
    </message>
    <message>
        <source>Cards to print (CSV from giftdesk cards generate)</source>
        <translation>Zu druckende Karten (CSV von giftdesk cards generate)</translation>
    </message>
    <message>
        <source>Card lists (*.csv)</source>
        <translation>Kartenlisten (*.csv)</translation>
    </message>
    <message>
        <source>Value on the cards</source>
        <translation>Wert auf den Karten</translation>
    </message>
    <message>
        <source>Value printed on each card (e.g. $25.00):</source>
        <translation>Auf jede Karte gedruckter Wert (z. B. 25,00 €):</translation>
    </message>
    <message>
        <source>The card sheet could not be made: %1</source>
        <translation>Der Kartenbogen konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Card sheet saved: %1</source>
        <translation>Kartenbogen gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 back on card %2 (transaction %3).</source>
        <translation>%1 zurück auf Karte %2 (Buchung %3).</translation>
    </message>
    <message>
        <source>Not reversed: no manager approval.</source>
        <translation>Nicht storniert: keine Genehmigung der Filialleitung.</translation>
    </message>
    <message>
        <source>Location or terminal changed: sign in again.</source>
        <translation>Filiale oder Kasse geändert: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Connecting to the ledger…</source>
        <translation>Verbindung zum Kontenbuch…</translation>
    </message>
    <message>
        <source>Ledger version %1, database %2.</source>
        <translation>Kontenbuch Version %1, Datenbank %2.</translation>
    </message>
</context>
<context>
    <name>ManagerOverrideDialog</name>
    <message>
        <source>Manager approval</source>
        <translation>Genehmigung der Filialleitung</translation>
    </message>
    <message>
        <source>Manager approval needed</source>
        <translation>Genehmigung der Filialleitung nötig</translation>
    </message>
    <message>
        <source>Only a manager can reverse a redemption. A manager approves this one reversal: %1</source>
        <translation>Nur die Filialleitung kann eine Einlösung stornieren. Eine Filialleitung genehmigt diese eine Stornierung: %1</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Filialleitung</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>PIN der Filialleitung</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Filialleitung</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Enter the manager&apos;s name and PIN.</source>
        <translation>Geben Sie Namen und PIN der Filialleitung ein.</translation>
    </message>
</context>
<context>
    <name>MoneyApproval</name>
    <message>
        <source>Nobody is signed in: saving a change to the ledger, location, terminal or training mode asks for a manager&apos;s or an admin&apos;s name and PIN.</source>
        <translation>Niemand ist angemeldet: Wer Kontenbuch, Filiale, Kasse oder Schulungsmodus ändert, braucht Namen und PIN eines Managers oder Admins.</translation>
    </message>
    <message>
        <source>The ledger cannot be reached: its address alone can be changed without approval, so this till is not stuck. Location, terminal and training mode still need a manager&apos;s or an admin&apos;s PIN.</source>
        <translation>Das Kontenbuch ist nicht erreichbar: Nur seine Adresse lässt sich ohne Genehmigung ändern, damit die Kasse nicht festsitzt. Filiale, Kasse und Schulungsmodus brauchen weiter die PIN eines Managers oder Admins.</translation>
    </message>
    <message>
        <source>Not saved: the ledger cannot be reached, so nobody can approve this. Change only the ledger&apos;s address, or try again when it is back.</source>
        <translation>Nicht gespeichert: Das Kontenbuch ist nicht erreichbar, also kann niemand dies genehmigen. Ändern Sie nur die Adresse des Kontenbuchs oder versuchen Sie es wieder, wenn es erreichbar ist.</translation>
    </message>
    <message>
        <source>the embedded ledger</source>
        <translation>das eingebaute Kontenbuch</translation>
    </message>
    <message>
        <source>ledger %1 → %2</source>
        <translation>Kontenbuch %1 → %2</translation>
    </message>
    <message>
        <source>location %1 → %2</source>
        <translation>Filiale %1 → %2</translation>
    </message>
    <message>
        <source>terminal %1 → %2</source>
        <translation>Kasse %1 → %2</translation>
    </message>
    <message>
        <source>training mode on</source>
        <translation>Schulungsmodus an</translation>
    </message>
    <message>
        <source>training mode off</source>
        <translation>Schulungsmodus aus</translation>
    </message>
    <message>
        <source>Only a manager or an admin can change where money goes. Their name and PIN approve this change: %1.</source>
        <translation>Nur ein Manager oder ein Admin kann ändern, wohin das Geld gebucht wird. Name und PIN genehmigen diese Änderung: %1.</translation>
    </message>
    <message>
        <source>Manager or admin approval needed</source>
        <translation>Genehmigung durch Manager oder Admin nötig</translation>
    </message>
    <message>
        <source>Not saved: a change to where money goes needs a manager&apos;s or an admin&apos;s approval.</source>
        <translation>Nicht gespeichert: Eine Änderung, wohin das Geld gebucht wird, braucht die Genehmigung eines Managers oder Admins.</translation>
    </message>
    <message>
        <source>%1 is a cashier: only a manager or an admin can approve this.</source>
        <translation>%1 ist Kassierer: Nur ein Manager oder ein Admin kann dies genehmigen.</translation>
    </message>
</context>
<context>
    <name>OperatorsTab</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Filialen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <source>Every store</source>
        <translation>Alle Filialen</translation>
    </message>
    <message>
        <source>Works at</source>
        <translation>Arbeitet in</translation>
    </message>
    <message>
        <source>A cashier sells and redeems; a manager also reverses, approves and issues cards; an admin also manages people, stores and programs.</source>
        <translation>Ein Kassierer verkauft und löst ein; ein Manager storniert, genehmigt und gibt auch Karten aus; ein Admin verwaltet auch Personen, Filialen und Programme.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>PIN zurücksetzen</translation>
    </message>
    <message>
        <source>Save role and stores</source>
        <translation>Rolle und Filialen speichern</translation>
    </message>
    <message>
        <source>Add operator</source>
        <translation>Bediener hinzufügen</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Loading the operators…</source>
        <translation>Bediener werden geladen…</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>The PIN has 4 to 12 digits.</source>
        <translation>Die PIN hat 4 bis 12 Ziffern.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN again.</source>
        <translation>Die beiden PINs stimmen nicht überein. Geben Sie die PIN erneut ein.</translation>
    </message>
    <message>
        <source>Tick the stores this operator works at.</source>
        <translation>Haken Sie die Filialen an, in denen dieser Bediener arbeitet.</translation>
    </message>
    <message>
        <source>Enter the operator&apos;s name.</source>
        <translation>Geben Sie den Namen des Bedieners ein.</translation>
    </message>
    <message>
        <source>Adding the operator…</source>
        <translation>Bediener wird hinzugefügt…</translation>
    </message>
    <message>
        <source>%1 can sign in now.</source>
        <translation>%1 kann sich jetzt anmelden.</translation>
    </message>
    <message>
        <source>Pick an operator in the list first.</source>
        <translation>Wählen Sie zuerst einen Bediener in der Liste.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Setting the new PIN…</source>
        <translation>Neue PIN wird gesetzt…</translation>
    </message>
    <message>
        <source>New PIN set for %1.</source>
        <translation>Neue PIN für %1 gesetzt.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 kann sich nicht mehr anmelden.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 kann sich wieder anmelden.</translation>
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
    <message numerus="yes">
        <source>%n reversal(s)</source>
        <translation>
            <numerusform>%n Stornierung</numerusform>
            <numerusform>%n Stornierungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramForm</name>
    <message>
        <source>Type the number of items, like 5.</source>
        <translation>Geben Sie die Anzahl der Artikel ein, z. B. 5.</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Ready when sold</source>
        <translation>Bereit beim Verkauf</translation>
    </message>
    <message>
        <source>Needs its activation code</source>
        <translation>Braucht ihren Aktivierungscode</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Fixed first day</source>
        <translation>Fester erster Tag</translation>
    </message>
    <message>
        <source>Fixed last day</source>
        <translation>Fester letzter Tag</translation>
    </message>
    <message>
        <source>Reloadable</source>
        <translation>Aufladbar</translation>
    </message>
    <message>
        <source>Partial use</source>
        <translation>Teilweise Nutzung</translation>
    </message>
    <message>
        <source>Every store</source>
        <translation>Alle Filialen</translation>
    </message>
    <message>
        <source>Promotional</source>
        <translation>Werbekarte</translation>
    </message>
    <message>
        <source>Card PIN</source>
        <translation>Karten-PIN</translation>
    </message>
    <message>
        <source>Reporting code required</source>
        <translation>Berichtscode nötig</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What staff and customers see, e.g. Gift card.</source>
        <translation>Was Personal und Kunden sehen, z. B. Geschenkkarte.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Money: the card holds an amount. Items: it holds a number of things, like 5 coffees.</source>
        <translation>Geld: die Karte hält einen Betrag. Artikel: sie hält eine Anzahl Dinge, z. B. 5 Kaffees.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>The money the card&apos;s value is in.</source>
        <translation>Die Währung des Kartenwerts.</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Artikelname</translation>
    </message>
    <message>
        <source>What one item is called, e.g. Coffee (item cards only).</source>
        <translation>Wie ein Artikel heißt, z. B. Kaffee (nur Artikelkarten).</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>What a new card is worth unless another value is given when it is issued or sold.</source>
        <translation>Was eine neue Karte wert ist, wenn bei Ausgabe oder Verkauf kein anderer Wert angegeben wird.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>With an activation code, a sold card works only once the code from the receipt is entered.</source>
        <translation>Mit Aktivierungscode funktioniert eine verkaufte Karte erst, wenn der Code vom Beleg eingegeben wurde.</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>How long a card works after it is issued.</source>
        <translation>Wie lange eine Karte nach der Ausgabe gilt.</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Cards cannot be used before this day, e.g. for a season or an event. Unticked: from the day they are sold.</source>
        <translation>Vor diesem Tag sind die Karten nicht einlösbar, z. B. für eine Saison oder ein Ereignis. Ohne Haken: ab dem Verkaufstag.</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Every card stops working after this day, whatever the validity above says. Unticked: only the validity above counts.</source>
        <translation>Nach diesem Tag gilt keine Karte mehr, egal was die Gültigkeit oben sagt. Ohne Haken: Nur die Gültigkeit oben zählt.</translation>
    </message>
    <message>
        <source>Money can be added to a card later.</source>
        <translation>Später kann Geld auf die Karte geladen werden.</translation>
    </message>
    <message>
        <source>Max balance</source>
        <translation>Höchstguthaben</translation>
    </message>
    <message>
        <source>The most a card may hold after reloads; empty for no limit.</source>
        <translation>Das Höchste, was eine Karte nach Aufladungen halten darf; leer für unbegrenzt.</translation>
    </message>
    <message>
        <source>A card may be spent over several purchases; off: all in one purchase.</source>
        <translation>Eine Karte kann über mehrere Einkäufe genutzt werden; aus: alles bei einem Einkauf.</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Filialen</translation>
    </message>
    <message>
        <source>Where the cards work.</source>
        <translation>Wo die Karten gelten.</translation>
    </message>
    <message>
        <source>Given away, not sold: reported apart from money customers paid.</source>
        <translation>Verschenkt, nicht verkauft: getrennt vom Geld berichtet, das Kunden bezahlt haben.</translation>
    </message>
    <message>
        <source>Each card gets a secret PIN the customer must give to use it.</source>
        <translation>Jede Karte bekommt eine geheime PIN, die der Kunde zur Nutzung angeben muss.</translation>
    </message>
    <message>
        <source>Every redemption must carry a reporting code, such as an order number.</source>
        <translation>Jede Einlösung braucht einen Berichtscode, etwa eine Bestellnummer.</translation>
    </message>
    <message>
        <source>Enter the program&apos;s name.</source>
        <translation>Geben Sie den Namen des Programms ein.</translation>
    </message>
    <message>
        <source>The currency is a three-letter code, like USD or EUR.</source>
        <translation>Die Währung ist ein Code aus drei Buchstaben, wie USD oder EUR.</translation>
    </message>
    <message>
        <source>Tick the stores where the cards work.</source>
        <translation>Haken Sie die Filialen an, in denen die Karten gelten.</translation>
    </message>
    <message>
        <source>Name the item, like Coffee.</source>
        <translation>Benennen Sie den Artikel, z. B. Kaffee.</translation>
    </message>
    <message>
        <source>The last day cannot be before the first day.</source>
        <translation>Der letzte Tag kann nicht vor dem ersten Tag liegen.</translation>
    </message>
</context>
<context>
    <name>ProgramsTab</name>
    <message>
        <source>Id</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Stilllegen</translation>
    </message>
    <message>
        <source>New program</source>
        <translation>Neues Programm</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Loading the programs…</source>
        <translation>Programme werden geladen…</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Stillgelegt</translation>
    </message>
    <message>
        <source>Issuing</source>
        <translation>Gibt aus</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Creating the program…</source>
        <translation>Programm wird angelegt…</translation>
    </message>
    <message>
        <source>Program %1 created: issue its cards in Issue cards.</source>
        <translation>Programm %1 angelegt: geben Sie seine Karten unter Karten ausgeben aus.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Saving the program…</source>
        <translation>Programm wird gespeichert…</translation>
    </message>
    <message>
        <source>Program %1 saved.</source>
        <translation>Programm %1 gespeichert.</translation>
    </message>
    <message>
        <source>Retiring the program…</source>
        <translation>Programm wird stillgelegt…</translation>
    </message>
    <message>
        <source>Program %1 retired: it issues no new cards; its cards keep working.</source>
        <translation>Programm %1 stillgelegt: es gibt keine neuen Karten aus; seine Karten gelten weiter.</translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <source>QR code of the card</source>
        <translation>QR-Code der Karte</translation>
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
    <name>RedeemScreen</name>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <source>Reporting code</source>
        <translation>Berichtscode</translation>
    </message>
    <message>
        <source>Reporting &amp;code</source>
        <translation>Berichts&amp;code</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>R&amp;eference</source>
        <translation>R&amp;eferenz</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>Ko&amp;mmentar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Redeem from card %1</source>
        <translation>Von Karte %1 einlösen</translation>
    </message>
    <message>
        <source>Available: %1</source>
        <translation>Verfügbar: %1</translation>
    </message>
    <message>
        <source>  (must be used in full)</source>
        <translation>  (nur vollständig einlösbar)</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;Stück</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>&amp;Betrag (%1)</translation>
    </message>
    <message>
        <source>Reporting &amp;code (required)</source>
        <translation>Berichts&amp;code (Pflicht)</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <source>Transaction</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Beleg drucken</translation>
    </message>
    <message>
        <source>Receipt PDF</source>
        <translation>Beleg als PDF</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <source>Next card</source>
        <translation>Nächste Karte</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Redeemed %1, since reversed</source>
        <translation>%1 eingelöst, inzwischen storniert</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>Guthaben %1</translation>
    </message>
    <message>
        <source>Practice only</source>
        <translation>Nur Übung</translation>
    </message>
    <message>
        <source>Redeemed %1</source>
        <translation>%1 eingelöst</translation>
    </message>
    <message>
        <source>Practice balance %1</source>
        <translation>Übungsguthaben %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>New balance %1</source>
        <translation>Neues Guthaben %1</translation>
    </message>
    <message>
        <source>%1 at %2 / %3</source>
        <translation>%1 in %2 / %3</translation>
    </message>
    <message>
        <source>Reporting code</source>
        <translation>Berichtscode</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>TRAINING — no real card changed</source>
        <translation>SCHULUNG — keine echte Karte geändert</translation>
    </message>
</context>
<context>
    <name>ReverseScreen</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reverse a redemption</source>
        <translation>Einlösung stornieren</translation>
    </message>
    <message>
        <source>&amp;Transaction</source>
        <translation>&amp;Buchung</translation>
    </message>
    <message>
        <source>Transaction number</source>
        <translation>Buchungsnummer</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Type a transaction number, or pick one from today&apos;s list.</source>
        <translation>Tippen Sie eine Buchungsnummer ein oder wählen Sie eine aus der heutigen Liste.</translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>&amp;Grund (Pflicht)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <source>This terminal&apos;s redemptions today (Enter picks one)</source>
        <translation>Heutige Einlösungen dieser Kasse (Enter wählt eine)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Reversed: %1 is back on card %2. Balance now %3.</source>
        <translation>Storniert: %1 ist wieder auf Karte %2. Guthaben jetzt %3.</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>Genehmigt von %1.</translation>
    </message>
    <message>
        <source>Next card</source>
        <translation>Nächste Karte</translation>
    </message>
    <message>
        <source>Transaction %1: %2 from card %3, %4, by %5 at %6 / %7.</source>
        <translation>Buchung %1: %2 von Karte %3, %4, von %5 in %6 / %7.</translation>
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
    <message>
        <source>Type the transaction number printed on the receipt.</source>
        <translation>Tippen Sie die Buchungsnummer vom Beleg ein.</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>Scan the card, or type its 12 digits</source>
        <translation>Karte scannen oder ihre 12 Ziffern eintippen</translation>
    </message>
    <message>
        <source>Card &amp;PIN</source>
        <translation>Karten-&amp;PIN</translation>
    </message>
    <message>
        <source>Card PIN</source>
        <translation>Karten-PIN</translation>
    </message>
    <message>
        <source>Check card</source>
        <translation>Karte prüfen</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Checking the card…</source>
        <translation>Karte wird geprüft…</translation>
    </message>
    <message>
        <source>Redeeming…</source>
        <translation>Wird eingelöst…</translation>
    </message>
    <message>
        <source>Loading the card&apos;s history…</source>
        <translation>Kartenverlauf wird geladen…</translation>
    </message>
    <message>
        <source>Loading this shift…</source>
        <translation>Schicht wird geladen…</translation>
    </message>
    <message>
        <source>Looking up the transaction…</source>
        <translation>Buchung wird gesucht…</translation>
    </message>
    <message>
        <source>Loading today&apos;s redemptions…</source>
        <translation>Heutige Einlösungen werden geladen…</translation>
    </message>
    <message>
        <source>Reversing…</source>
        <translation>Wird storniert…</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Karte wird gelesen…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung…</translation>
    </message>
    <message>
        <source>Checking the saved sign-in…</source>
        <translation>Gespeicherte Anmeldung wird geprüft…</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Abmeldung…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Bitte warten…</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>Bücher</translation>
    </message>
    <message>
        <source>Reading the books…</source>
        <translation>Bücher werden gelesen…</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Card action</source>
        <translation>Kartenaktion</translation>
    </message>
    <message>
        <source>Sending to the ledger…</source>
        <translation>Wird an das Kontenbuch gesendet…</translation>
    </message>
    <message>
        <source>Card actions</source>
        <translation>Kartenaktionen</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Einlösen</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Eingelöst</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <source>Scan or enter a card</source>
        <translation>Karte scannen oder eingeben</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Checking the ledger…</source>
        <translation>Kontenbuch wird geprüft…</translation>
    </message>
    <message>
        <source>Checking the approval…</source>
        <translation>Genehmigung wird geprüft…</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>The scan screen reads QR codes held up to this camera. Typing and USB scanners always work.</source>
        <translation>Der Scan-Bildschirm liest QR-Codes, die vor diese Kamera gehalten werden. Eintippen und USB-Scanner funktionieren immer.</translation>
    </message>
    <message>
        <source>This run scans from the file given with --camera-file; it is not saved. Choose another source to save it. Typing and USB scanners always work.</source>
        <translation>Dieser Lauf scannt aus der mit --camera-file angegebenen Datei; das wird nicht gespeichert. Wählen Sie eine andere Quelle, um sie zu speichern. Eintippen und USB-Scanner funktionieren immer.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Kontenbuch</translation>
    </message>
    <message>
        <source>&amp;Embedded: the ledger on this computer</source>
        <translation>&amp;Eingebaut: das Kontenbuch auf diesem Computer</translation>
    </message>
    <message>
        <source>&amp;Remote ledger server at:</source>
        <translation>&amp;Entfernter Kontenbuch-Server unter:</translation>
    </message>
    <message>
        <source>Remote ledger address</source>
        <translation>Adresse des entfernten Kontenbuchs</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>This counter</source>
        <translation>Dieser Kassenplatz</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Filiale</translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation>&amp;Kasse</translation>
    </message>
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
        <source>Only a manager or an admin can change the ledger, location, terminal and training mode.</source>
        <translation>Nur ein Manager oder ein Admin kann Hauptbuch, Filiale, Terminal und Übungsmodus ändern.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>About GiftDesk</source>
        <translation>Über GiftDesk</translation>
    </message>
    <message>
        <source>Asked for on the next receipt</source>
        <translation>Wird beim nächsten Beleg erfragt</translation>
    </message>
    <message>
        <source>Enter this counter&apos;s location and terminal.</source>
        <translation>Geben Sie Filiale und Kasse dieses Kassenplatzes ein.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
</context>
<context>
    <name>SetupGate</name>
    <message>
        <source>Setting up the ledger…</source>
        <translation>Hauptbuch wird eingerichtet…</translation>
    </message>
    <message>
        <source>Filling in the demo data…</source>
        <translation>Demodaten werden eingefüllt…</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <source>Set up GiftDesk</source>
        <translation>GiftDesk einrichten</translation>
    </message>
    <message>
        <source>Welcome to GiftDesk</source>
        <translation>Willkommen bei GiftDesk</translation>
    </message>
    <message>
        <source>This ledger is new. Name your shop, its first store and its first admin (who can add the others later).</source>
        <translation>Dieses Hauptbuch ist neu. Benennen Sie Ihr Geschäft, seine erste Filiale und seinen ersten Admin (der die anderen später hinzufügen kann).</translation>
    </message>
    <message>
        <source>e.g. MAIN</source>
        <translation>z. B. MAIN</translation>
    </message>
    <message>
        <source>e.g. High Street</source>
        <translation>z. B. Hauptstraße</translation>
    </message>
    <message>
        <source>&amp;Shop name</source>
        <translation>&amp;Geschäftsname</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <source>Store &amp;code</source>
        <translation>Filial&amp;code</translation>
    </message>
    <message>
        <source>Store &amp;name</source>
        <translation>Filial&amp;name</translation>
    </message>
    <message>
        <source>&amp;Admin name</source>
        <translation>&amp;Admin-Name</translation>
    </message>
    <message>
        <source>Admin &amp;PIN</source>
        <translation>Admin-&amp;PIN</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN &amp;wiederholen</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>Mit Demodaten ausprobieren</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Einrichten</translation>
    </message>
    <message>
        <source>Demo data is a coffee shop with sample cards and PINs, to look around; it is not for real sales.</source>
        <translation>Die Demodaten sind ein Café mit Beispielkarten und -PINs zum Umsehen; nicht für echte Verkäufe.</translation>
    </message>
    <message>
        <source>Enter the shop&apos;s name.</source>
        <translation>Geben Sie den Namen des Geschäfts ein.</translation>
    </message>
    <message>
        <source>The currency is a three-letter code, like USD or EUR.</source>
        <translation>Die Währung ist ein Code aus drei Buchstaben, wie USD oder EUR.</translation>
    </message>
    <message>
        <source>Enter a short code for the first store, like MAIN.</source>
        <translation>Geben Sie einen kurzen Code für die erste Filiale ein, z. B. MAIN.</translation>
    </message>
    <message>
        <source>Enter the first admin&apos;s name.</source>
        <translation>Geben Sie den Namen des ersten Admins ein.</translation>
    </message>
    <message>
        <source>The PIN has 4 to 12 digits.</source>
        <translation>Die PIN hat 4 bis 12 Ziffern.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN again.</source>
        <translation>Die beiden PINs stimmen nicht überein. Geben Sie die PIN erneut ein.</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>GiftDesk — sign in</source>
        <translation>GiftDesk — Anmeldung</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>&amp;Operator</source>
        <translation>&amp;Bediener</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Filiale</translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation>&amp;Kasse</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>New demo ledger: cashier / 1111, manager / 9999 at STORE-1.</source>
        <translation>Neues Demo-Kontenbuch: cashier / 1111, manager / 9999 in STORE-1.</translation>
    </message>
    <message>
        <source>Fill in: %1.</source>
        <translation>Bitte ausfüllen: %1.</translation>
    </message>
    <message>
        <source>Demo ledger: cashier / 1111, manager / 9999 at STORE-1; admin / 0000 anywhere.</source>
        <translation>Demo-Hauptbuch: cashier / 1111, manager / 9999 in STORE-1; admin / 0000 überall.</translation>
    </message>
    <message>
        <source>Cards to try:</source>
        <translation>Karten zum Ausprobieren:</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>StoresTab</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Short code on receipts and reports, e.g. MALL</source>
        <translation>Kurzer Code auf Belegen und Berichten, z. B. MALL</translation>
    </message>
    <message>
        <source>What staff call it, e.g. Mall kiosk</source>
        <translation>Wie das Personal sie nennt, z. B. Kiosk im Einkaufszentrum</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Add store</source>
        <translation>Filiale hinzufügen</translation>
    </message>
    <message>
        <source>Loading the stores…</source>
        <translation>Filialen werden geladen…</translation>
    </message>
    <message>
        <source>Enter the new store&apos;s code.</source>
        <translation>Geben Sie den Code der neuen Filiale ein.</translation>
    </message>
    <message>
        <source>Adding the store…</source>
        <translation>Filiale wird hinzugefügt…</translation>
    </message>
    <message>
        <source>Store %1 added.</source>
        <translation>Filiale %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Pick a store in the list and type its new name.</source>
        <translation>Wählen Sie eine Filiale in der Liste und geben Sie ihren neuen Namen ein.</translation>
    </message>
    <message>
        <source>Renaming the store…</source>
        <translation>Filiale wird umbenannt…</translation>
    </message>
    <message>
        <source>Store %1 is now called %2.</source>
        <translation>Filiale %1 heißt jetzt %2.</translation>
    </message>
</context>
<context>
    <name>books</name>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Aufgeladen</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Eingelöst</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Ausgebucht</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Korrekturen</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Geschuldet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zurückgenommen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Entwertet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>Übertragen (ab)</translation>
    </message>
    <message>
        <source>Transferred in</source>
        <translation>Übertragen (zu)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Entsperrt</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Abgebucht</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Holds expired</source>
        <translation>Reservierungen abgelaufen</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Owed on the lines shown: %1. Training cards are left out.</source>
        <translation>Geschuldet auf den gezeigten Zeilen: %1. Schulungskarten sind nicht enthalten.</translation>
    </message>
    <message>
        <source>Owed in all: %1. Training cards are left out.</source>
        <translation>Insgesamt geschuldet: %1. Schulungskarten sind nicht enthalten.</translation>
    </message>
    <message>
        <source>Redeemed is net of reversals; corrections are adjustments, cancelled sales and loads, and transfers; written off is expired, voided and closed value.</source>
        <translation>Eingelöst ist abzüglich Stornos; Korrekturen sind Berichtigungen, zurückgenommene Verkäufe und Aufladungen sowie Übertragungen; ausgebucht ist abgelaufener, entwerteter und geschlossener Wert.</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>nur %1</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>Verbindlichkeit</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, %2 bis %3</translation>
    </message>
    <message>
        <source>Training rows left out: %1.</source>
        <translation>Nicht gezählte Schulungsbuchungen: %1.</translation>
    </message>
    <message>
        <source>Nothing happened in this period.</source>
        <translation>In diesem Zeitraum ist nichts geschehen.</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Z-Bericht</translation>
    </message>
    <message>
        <source>Z report of shift %1</source>
        <translation>Z-Bericht der Schicht %1</translation>
    </message>
    <message>
        <source>No shift is open at this till.</source>
        <translation>An dieser Kasse ist keine Schicht offen.</translation>
    </message>
    <message>
        <source>Shift %1 open since %2 by %3.</source>
        <translation>Schicht %1 offen seit %2, geöffnet von %3.</translation>
    </message>
    <message>
        <source>Opening the shift…</source>
        <translation>Die Schicht wird geöffnet…</translation>
    </message>
    <message>
        <source>Closing the shift…</source>
        <translation>Die Schicht wird geschlossen…</translation>
    </message>
    <message>
        <source>Reading the shift…</source>
        <translation>Die Schicht wird gelesen…</translation>
    </message>
    <message>
        <source>Exporting the journal…</source>
        <translation>Journal wird exportiert…</translation>
    </message>
    <message>
        <source>Adding up the liability…</source>
        <translation>Verbindlichkeit wird berechnet…</translation>
    </message>
    <message>
        <source>Counting the shift…</source>
        <translation>Die Schicht wird gezählt…</translation>
    </message>
    <message>
        <source>Counting the day…</source>
        <translation>Der Tag wird gezählt…</translation>
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <source>Hold the card&apos;s QR code inside the square.</source>
        <translation>Halten Sie den QR-Code der Karte in das Quadrat.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Kamera wird gestartet…</translation>
    </message>
    <message>
        <source>Card read.</source>
        <translation>Karte gelesen.</translation>
    </message>
    <message>
        <source>That QR code is not a GiftDesk card.</source>
        <translation>Dieser QR-Code ist keine GiftDesk-Karte.</translation>
    </message>
    <message>
        <source>No camera found. Type or scan the code with the scanner.</source>
        <translation>Keine Kamera gefunden. Tippen Sie den Code ein oder scannen Sie ihn mit dem Scanner.</translation>
    </message>
    <message>
        <source>The camera chosen in Settings is not connected. Type or scan the code with the scanner.</source>
        <translation>Die in den Einstellungen gewählte Kamera ist nicht angeschlossen. Tippen Sie den Code ein oder scannen Sie ihn mit dem Scanner.</translation>
    </message>
    <message>
        <source>The camera could not be started: another program may be using it. Close that program, or type or scan the code with the scanner.</source>
        <translation>Die Kamera konnte nicht gestartet werden: Vielleicht benutzt sie ein anderes Programm. Schließen Sie dieses Programm oder tippen bzw. scannen Sie den Code mit dem Scanner.</translation>
    </message>
    <message>
        <source>GiftDesk may not use the camera. Allow it in the computer&apos;s privacy settings, or type or scan the code with the scanner.</source>
        <translation>GiftDesk darf die Kamera nicht benutzen. Erlauben Sie es in den Datenschutzeinstellungen des Computers oder tippen bzw. scannen Sie den Code mit dem Scanner.</translation>
    </message>
    <message>
        <source>Allow GiftDesk to use the camera when the computer asks.</source>
        <translation>Erlauben Sie GiftDesk die Kamera, wenn der Computer fragt.</translation>
    </message>
    <message>
        <source>The camera was disconnected. Type or scan the code with the scanner.</source>
        <translation>Die Kamera wurde getrennt. Tippen Sie den Code ein oder scannen Sie ihn mit dem Scanner.</translation>
    </message>
    <message>
        <source>The camera sends no picture. Type or scan the code with the scanner.</source>
        <translation>Die Kamera liefert kein Bild. Tippen Sie den Code ein oder scannen Sie ihn mit dem Scanner.</translation>
    </message>
    <message>
        <source>Camera scanning is not installed on this computer. Type or scan the code with the scanner.</source>
        <translation>Das Scannen per Kamera ist auf diesem Computer nicht installiert. Tippen Sie den Code ein oder scannen Sie ihn mit dem Scanner.</translation>
    </message>
    <message>
        <source>Camera scanning is off: no camera is connected. Type the code or use the USB scanner; to use a camera, plug it in and choose it in Settings (F9).</source>
        <translation>Scannen per Kamera ist aus: Keine Kamera ist angeschlossen. Tippen Sie den Code ein oder nutzen Sie den USB-Scanner; für eine Kamera schließen Sie sie an und wählen sie in den Einstellungen (F9).</translation>
    </message>
    <message>
        <source>Camera scanning is off: it is not installed on this computer. Type the code or use the USB scanner.</source>
        <translation>Scannen per Kamera ist aus: Es ist auf diesem Computer nicht installiert. Tippen Sie den Code ein oder nutzen Sie den USB-Scanner.</translation>
    </message>
    <message>
        <source>The camera file %1 was not found. Type or scan the code with the scanner.</source>
        <translation>Die Kameradatei %1 wurde nicht gefunden. Tippen Sie den Code ein oder scannen Sie ihn mit dem Scanner.</translation>
    </message>
    <message>
        <source>The video %1 cannot be played. Type or scan the code with the scanner.</source>
        <translation>Das Video %1 kann nicht abgespielt werden. Tippen Sie den Code ein oder scannen Sie ihn mit dem Scanner.</translation>
    </message>
    <message>
        <source>No pictures could be read from %1. Type or scan the code with the scanner.</source>
        <translation>Aus %1 konnten keine Bilder gelesen werden. Tippen Sie den Code ein oder scannen Sie ihn mit dem Scanner.</translation>
    </message>
    <message>
        <source>Video file %1</source>
        <translation>Videodatei %1</translation>
    </message>
    <message>
        <source>Pictures in %1</source>
        <translation>Bilder in %1</translation>
    </message>
    <message>
        <source>Picture %1</source>
        <translation>Bild %1</translation>
    </message>
</context>
<context>
    <name>card_ops</name>
    <message>
        <source>Sell a card</source>
        <translation>Karte verkaufen</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Verkaufen</translation>
    </message>
    <message>
        <source>Activate a card</source>
        <translation>Karte aktivieren</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Load value</source>
        <translation>Wert aufladen</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Aufladen</translation>
    </message>
    <message>
        <source>Cancel the last sale or load</source>
        <translation>Letzten Verkauf oder letzte Aufladung zurücknehmen</translation>
    </message>
    <message>
        <source>Cancel it</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <source>Refund to the card</source>
        <translation>Auf die Karte erstatten</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstatten</translation>
    </message>
    <message>
        <source>Lock the card</source>
        <translation>Karte sperren</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Unlock the card</source>
        <translation>Karte entsperren</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Adjust the balance</source>
        <translation>Guthaben korrigieren</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Korrigieren</translation>
    </message>
    <message>
        <source>Change the validity</source>
        <translation>Gültigkeit ändern</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Transfer the balance</source>
        <translation>Guthaben übertragen</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>Void the card</source>
        <translation>Karte entwerten</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Entwerten</translation>
    </message>
    <message>
        <source>Close the card</source>
        <translation>Karte schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Läuft heute ab</translation>
    </message>
    <message>
        <source>Loading the programs…</source>
        <translation>Programme werden geladen…</translation>
    </message>
    <message>
        <source>Finding the next card to sell…</source>
        <translation>Nächste Karte zum Verkauf wird gesucht…</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation>Aktivierungscode</translation>
    </message>
    <message>
        <source>Card PIN</source>
        <translation>Karten-PIN</translation>
    </message>
    <message>
        <source>Sold. The card waits for activation with its code.</source>
        <translation>Verkauft. Die Karte wartet auf die Aktivierung mit ihrem Code.</translation>
    </message>
    <message>
        <source>Sold. The card is active.</source>
        <translation>Verkauft. Die Karte ist aktiv.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Activated. The card can be used.</source>
        <translation>Aktiviert. Die Karte kann benutzt werden.</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Aufgeladen</translation>
    </message>
    <message>
        <source>Loaded.</source>
        <translation>Aufgeladen.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zurückgenommen</translation>
    </message>
    <message>
        <source>The last sale or load is cancelled.</source>
        <translation>Der letzte Verkauf oder die letzte Aufladung ist zurückgenommen.</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>For transaction</source>
        <translation>Zu Buchung</translation>
    </message>
    <message>
        <source>Refunded to the card.</source>
        <translation>Auf die Karte erstattet.</translation>
    </message>
    <message>
        <source>Taken off</source>
        <translation>Abgezogen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>The balance is corrected.</source>
        <translation>Das Guthaben ist korrigiert.</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Kein Enddatum</translation>
    </message>
    <message>
        <source>The validity is changed.</source>
        <translation>Die Gültigkeit ist geändert.</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>To card</source>
        <translation>Auf Karte</translation>
    </message>
    <message>
        <source>Its balance now</source>
        <translation>Ihr Guthaben jetzt</translation>
    </message>
    <message>
        <source>The balance is on the new card; this card is closed.</source>
        <translation>Das Guthaben ist auf der neuen Karte; diese Karte ist geschlossen.</translation>
    </message>
    <message>
        <source>The card is locked.</source>
        <translation>Die Karte ist gesperrt.</translation>
    </message>
    <message>
        <source>The card is unlocked.</source>
        <translation>Die Karte ist entsperrt.</translation>
    </message>
    <message>
        <source>The card is voided.</source>
        <translation>Die Karte ist entwertet.</translation>
    </message>
    <message>
        <source>The card is closed.</source>
        <translation>Die Karte ist geschlossen.</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Ausgebucht</translation>
    </message>
    <message>
        <source>Its balance of %1 is written off.</source>
        <translation>Ihr Guthaben von %1 ist ausgebucht.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>Balance now</source>
        <translation>Guthaben jetzt</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <source>Selling the card…</source>
        <translation>Karte wird verkauft…</translation>
    </message>
    <message>
        <source>Sending to the ledger…</source>
        <translation>Wird an das Kartenbuch gesendet…</translation>
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
        <source>This card has no sale or load that can be cancelled.</source>
        <translation>Diese Karte hat keinen Verkauf und keine Aufladung, die zurückgenommen werden kann.</translation>
    </message>
    <message>
        <source>The last sale or load is too old to cancel here.</source>
        <translation>Der letzte Verkauf oder die letzte Aufladung ist zu alt, um hier zurückgenommen zu werden.</translation>
    </message>
    <message>
        <source>Part of that value has been spent already, so it cannot be cancelled.</source>
        <translation>Ein Teil dieses Werts ist schon ausgegeben, daher kann er nicht zurückgenommen werden.</translation>
    </message>
    <message>
        <source>That is more than is left to refund of this redemption. Lower the amount.</source>
        <translation>Das ist mehr, als von dieser Einlösung noch erstattet werden kann. Verringern Sie den Betrag.</translation>
    </message>
    <message>
        <source>Enter the reason.</source>
        <translation>Geben Sie den Grund ein.</translation>
    </message>
    <message>
        <source>The balance cannot go to the same card. Scan the new card.</source>
        <translation>Das Guthaben kann nicht auf dieselbe Karte gehen. Scannen Sie die neue Karte.</translation>
    </message>
    <message>
        <source>Only a manager can do this. Ask a manager to approve it.</source>
        <translation>Das darf nur die Filialleitung. Bitten Sie die Filialleitung um Genehmigung.</translation>
    </message>
    <message>
        <source>Scan or type the card&apos;s code, or take the next card of a program.</source>
        <translation>Scannen oder tippen Sie den Code der Karte ein, oder nehmen Sie die nächste Karte eines Programms.</translation>
    </message>
    <message>
        <source>Enter the activation code the customer received.</source>
        <translation>Geben Sie den Aktivierungscode ein, den die Kundin oder der Kunde erhalten hat.</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>Geben Sie den Betrag ein.</translation>
    </message>
    <message>
        <source>Enter the reason: it goes into the journal.</source>
        <translation>Geben Sie den Grund ein: Er kommt ins Journal.</translation>
    </message>
    <message>
        <source>Scan or type the code of the card that gets the balance.</source>
        <translation>Scannen oder tippen Sie den Code der Karte ein, die das Guthaben bekommt.</translation>
    </message>
    <message>
        <source>Enter the transaction number of the redemption, or a reason for the refund.</source>
        <translation>Geben Sie die Buchungsnummer der Einlösung ein oder einen Grund für die Erstattung.</translation>
    </message>
    <message>
        <source>Type the transaction number printed on the receipt (digits only).</source>
        <translation>Tippen Sie die Buchungsnummer vom Beleg ein (nur Ziffern).</translation>
    </message>
    <message>
        <source>The connection dropped: GiftDesk is checking whether it went through. Look at the card again before sending it once more.</source>
        <translation>Die Verbindung ist abgebrochen: GiftDesk prüft, ob es durchgegangen ist. Sehen Sie sich die Karte erneut an, bevor Sie es noch einmal senden.</translation>
    </message>
    <message>
        <source>A shift is still open at this till. Close it before opening a new one.</source>
        <translation>An dieser Kasse ist noch eine Schicht offen. Schließen Sie sie, bevor Sie eine neue öffnen.</translation>
    </message>
    <message>
        <source>No shift is open at this till. Open one first.</source>
        <translation>An dieser Kasse ist keine Schicht offen. Öffnen Sie zuerst eine.</translation>
    </message>
    <message>
        <source>This ledger is set up already. Sign in as its admin instead.</source>
        <translation>Dieses Hauptbuch ist schon eingerichtet. Melden Sie sich stattdessen als sein Admin an.</translation>
    </message>
    <message>
        <source>This is the last admin: make someone else admin first.</source>
        <translation>Das ist der letzte Admin: machen Sie zuerst jemand anderen zum Admin.</translation>
    </message>
    <message>
        <source>This program has cards already: its kind, currency, activation, PIN, partial use and promotional setting can no longer change.</source>
        <translation>Dieses Programm hat schon Karten: Art, Währung, Aktivierung, PIN, teilweise Nutzung und Werbekarte können sich nicht mehr ändern.</translation>
    </message>
    <message>
        <source>This card batch is not known.</source>
        <translation>Dieser Kartenstapel ist nicht bekannt.</translation>
    </message>
    <message>
        <source>This card batch has finished already and cannot be cancelled.</source>
        <translation>Dieser Kartenstapel ist schon fertig und kann nicht abgebrochen werden.</translation>
    </message>
    <message>
        <source>A store with this code exists already. Choose another code.</source>
        <translation>Eine Filiale mit diesem Kürzel gibt es bereits. Wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>An operator with this name exists already. Choose another name.</source>
        <translation>Einen Bediener mit diesem Namen gibt es bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>This program is retired: it issues no new cards.</source>
        <translation>Dieses Programm ist eingestellt: Es gibt keine neuen Karten aus.</translation>
    </message>
    <message>
        <source>This API key does not exist.</source>
        <translation>Diesen API-Schlüssel gibt es nicht.</translation>
    </message>
    <message>
        <source>An API key with this name exists already. Choose another name.</source>
        <translation>Einen API-Schlüssel mit diesem Namen gibt es bereits. Wählen Sie einen anderen Namen.</translation>
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
    <message>
        <source> (about %1 s)</source>
        <translation> (etwa %1 s)</translation>
    </message>
</context>
<context>
    <name>receipt</name>
    <message>
        <source>TRAINING — NOT REAL</source>
        <translation>SCHULUNG – NICHT ECHT</translation>
    </message>
    <message>
        <source>(not on copies)</source>
        <translation>(nicht auf Kopien)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Eingelöst</translation>
    </message>
    <message>
        <source>New balance</source>
        <translation>Neues Guthaben</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>Reporting code</source>
        <translation>Berichtscode</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>TRAINING — NOT A REAL REDEMPTION</source>
        <translation>SCHULUNG – KEINE ECHTE EINLÖSUNG</translation>
    </message>
    <message>
        <source>Gift card redemption</source>
        <translation>Einlösung einer Geschenkkarte</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Vielen Dank</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>KOPIE</translation>
    </message>
    <message>
        <source>GiftDesk report</source>
        <translation>GiftDesk-Bericht</translation>
    </message>
    <message>
        <source>GiftDesk receipt</source>
        <translation>GiftDesk-Beleg</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Beleg drucken</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Closed: this card cannot be used</source>
        <translation>Geschlossen: Diese Karte ist nicht einlösbar</translation>
    </message>
    <message>
        <source>Locked by a manager</source>
        <translation>Von der Filialleitung gesperrt</translation>
    </message>
    <message>
        <source>Not activated yet</source>
        <translation>Noch nicht aktiviert</translation>
    </message>
    <message>
        <source>Not sold yet</source>
        <translation>Noch nicht verkauft</translation>
    </message>
    <message>
        <source>Used up: no items left</source>
        <translation>Aufgebraucht: nichts mehr übrig</translation>
    </message>
    <message>
        <source>Voided: this card cannot be used</source>
        <translation>Entwertet: Diese Karte ist nicht einlösbar</translation>
    </message>
    <message>
        <source>Not valid at this store</source>
        <translation>In dieser Filiale nicht gültig</translation>
    </message>
    <message>
        <source>Expired on an earlier date</source>
        <translation>Bereits abgelaufen</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message>
        <source>Not valid until %1</source>
        <translation>Erst ab %1 gültig</translation>
    </message>
    <message>
        <source>Used up: balance %1</source>
        <translation>Aufgebraucht: Guthaben %1</translation>
    </message>
    <message>
        <source>All %1 is on hold</source>
        <translation>Das ganze Guthaben (%1) ist reserviert</translation>
    </message>
    <message>
        <source>Promotional card</source>
        <translation>Aktionskarte</translation>
    </message>
    <message>
        <source>Must be used in full in one purchase</source>
        <translation>Nur vollständig bei einem Einkauf einlösbar</translation>
    </message>
    <message>
        <source>Only at %1</source>
        <translation>Nur in %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Gültig bis %1</translation>
    </message>
    <message>
        <source>PIN required</source>
        <translation>PIN erforderlich</translation>
    </message>
    <message>
        <source>Reporting code required</source>
        <translation>Berichtscode erforderlich</translation>
    </message>
    <message>
        <source>Training card</source>
        <translation>Schulungskarte</translation>
    </message>
</context>
</TS>
