<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About GiftDesk</source>
        <translation>À propos de GiftDesk</translation>
    </message>
    <message>
        <source>GiftDesk %1</source>
        <translation>GiftDesk %1</translation>
    </message>
    <message>
        <source>GiftDesk is free software under the %1 licence.</source>
        <translation>GiftDesk est un logiciel libre sous licence %1.</translation>
    </message>
    <message>
        <source>It uses Qt %1 through PySide6 under the GNU Lesser General Public License v3 (LGPL): you may replace these libraries with your own build of them. Qt&apos;s source code: %2</source>
        <translation>Il utilise Qt %1 via PySide6 sous la GNU Lesser General Public License v3 (LGPL) : vous pouvez remplacer ces bibliothèques par votre propre version. Code source de Qt : %2</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Show the LGPL</source>
        <translation>Afficher la LGPL</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Show the packages</source>
        <translation>Afficher les paquets</translation>
    </message>
</context>
<context>
    <name>AmountEntry</name>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>Au plus %1.</translation>
    </message>
</context>
<context>
    <name>BackOfficeEntry</name>
    <message>
        <source>%1 Back office</source>
        <translation>%1 Back-office</translation>
    </message>
</context>
<context>
    <name>BackOfficeScreen</name>
    <message>
        <source>Back office</source>
        <translation>Back-office</translation>
    </message>
    <message>
        <source>Back to the counter</source>
        <translation>Retour à la caisse</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Magasins</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Issue cards</source>
        <translation>Émettre des cartes</translation>
    </message>
    <message>
        <source>Card finder</source>
        <translation>Recherche de cartes</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>Remote ledger %1</source>
        <translation>Registre distant %1</translation>
    </message>
    <message>
        <source>Embedded ledger</source>
        <translation>Registre intégré</translation>
    </message>
</context>
<context>
    <name>BooksScreen</name>
    <message>
        <source>The books</source>
        <translation>La comptabilité</translation>
    </message>
    <message>
        <source>&amp;Liability as of</source>
        <translation>&amp;Passif au</translation>
    </message>
    <message>
        <source>Show liability</source>
        <translation>Afficher le passif</translation>
    </message>
    <message>
        <source>&amp;Z report of the day</source>
        <translation>Rapport &amp;Z du jour</translation>
    </message>
    <message>
        <source>all terminals</source>
        <translation>toutes les caisses</translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation>&amp;Caisse</translation>
    </message>
    <message>
        <source>Show Z report</source>
        <translation>Afficher le rapport Z</translation>
    </message>
    <message>
        <source>Z report of this shift</source>
        <translation>Rapport Z de ce service</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Ouvrir le service</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Clore le service</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>P&amp;rogramme</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Devise</translation>
    </message>
    <message>
        <source>St&amp;ore</source>
        <translation>Ma&amp;gasin</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Journal of the day as CSV</source>
        <translation>Journal du jour en CSV</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Tous les programmes</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Toutes les devises</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Tous les magasins</translation>
    </message>
    <message>
        <source>Reading the shift…</source>
        <translation>Lecture du service…</translation>
    </message>
    <message>
        <source>Choose a report above.</source>
        <translation>Choisissez un rapport ci-dessus.</translation>
    </message>
</context>
<context>
    <name>CameraChoiceBox</name>
    <message>
        <source>None: type or use the USB scanner</source>
        <translation>Aucune : saisir ou utiliser le scanner USB</translation>
    </message>
    <message>
        <source>Default camera</source>
        <translation>Caméra par défaut</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Caméra : %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Camera %1 (not connected)</source>
        <translation>Caméra %1 (non connectée)</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <source>No picture</source>
        <translation>Pas d&apos;image</translation>
    </message>
</context>
<context>
    <name>CardActionScreen</name>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Next card</source>
        <translation>Carte suivante</translation>
    </message>
    <message>
        <source>Add to the balance</source>
        <translation>Ajouter au solde</translation>
    </message>
    <message>
        <source>Take off the balance</source>
        <translation>Retirer du solde</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Pas de date de fin</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation>Code d&apos;activation</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Nouvelle carte</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Imprimer le reçu</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>  (manager)</source>
        <translation>  (responsable)</translation>
    </message>
    <message>
        <source>Scan or type the unsold card, or take the next card of a program.</source>
        <translation>Scannez ou saisissez la carte non vendue, ou prenez la carte suivante d&apos;un programme.</translation>
    </message>
    <message>
        <source>Card %1 · %2 · balance %3</source>
        <translation>Carte %1 · %2 · solde %3</translation>
    </message>
    <message>
        <source>Leave the value empty to sell it at %1.</source>
        <translation>Sans valeur, elle est vendue à %1.</translation>
    </message>
    <message>
        <source>This card may hold at most %1.</source>
        <translation>Cette carte peut contenir au plus %1.</translation>
    </message>
    <message>
        <source>Its balance of %1 will be written off.</source>
        <translation>Son solde de %1 sera passé en perte.</translation>
    </message>
    <message>
        <source>The whole balance moves to the new card; this card is closed.</source>
        <translation>Tout le solde passe sur la nouvelle carte ; cette carte est fermée.</translation>
    </message>
    <message>
        <source>Give the transaction number of the redemption, or a reason (a refund without one needs a manager).</source>
        <translation>Indiquez le numéro de transaction de l&apos;utilisation, ou un motif (un remboursement sans transaction demande un responsable).</translation>
    </message>
    <message>
        <source>%1: %2 — shown only this once; it is on the receipt.</source>
        <translation>%1 : %2 — affiché une seule fois ; il figure sur le reçu.</translation>
    </message>
    <message>
        <source>Card %1 · %2</source>
        <translation>Carte %1 · %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>CardActions</name>
    <message>
        <source>Only a manager can do this. A manager approves this one action: %1.</source>
        <translation>Seul un responsable peut le faire. Un responsable approuve cette seule action : %1.</translation>
    </message>
    <message>
        <source>Not done: no manager approval.</source>
        <translation>Non effectué : pas d&apos;approbation d&apos;un responsable.</translation>
    </message>
    <message>
        <source>No receipt to print yet.</source>
        <translation>Pas encore de reçu à imprimer.</translation>
    </message>
    <message>
        <source>The PDF could not be saved.</source>
        <translation>Le PDF n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Training mode: shifts are opened and closed outside training.</source>
        <translation>Mode formation : les services s’ouvrent et se clôturent hors formation.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
</context>
<context>
    <name>CardActionsScreen</name>
    <message>
        <source>What should happen to this card?</source>
        <translation>Que faire de cette carte ?</translation>
    </message>
    <message>
        <source>Nothing more can be done with this card.</source>
        <translation>Plus rien n&apos;est possible avec cette carte.</translation>
    </message>
    <message>
        <source>Actions marked (manager) need a manager: a cashier is asked for a manager&apos;s name and PIN.</source>
        <translation>Les actions marquées (responsable) demandent un responsable : le caissier doit saisir le nom et le PIN d&apos;un responsable.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Sell another card</source>
        <translation>Vendre une carte</translation>
    </message>
    <message>
        <source>Reprint last receipt</source>
        <translation>Réimprimer le reçu</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>Comptabilité</translation>
    </message>
    <message>
        <source>Card %1 · %2 · %3</source>
        <translation>Carte %1 · %2 · %3</translation>
    </message>
    <message>
        <source>balance %1</source>
        <translation>solde %1</translation>
    </message>
    <message>
        <source>  (manager)</source>
        <translation>  (responsable)</translation>
    </message>
</context>
<context>
    <name>CardScreen</name>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Can be used now</source>
        <translation>Utilisable maintenant</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Card QR code</source>
        <translation>Code QR de la carte</translation>
    </message>
    <message>
        <source>Next card</source>
        <translation>Carte suivante</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Export card</source>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Reste %1</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>Solde %1</translation>
    </message>
    <message>
        <source> (%1 on hold)</source>
        <translation> (%1 réservé)</translation>
    </message>
    <message>
        <source>  ·  TRAINING CARD</source>
        <translation>  ·  CARTE DE FORMATION</translation>
    </message>
    <message>
        <source>%1 Nothing can be redeemed from it.</source>
        <translation>%1 Rien ne peut y être utilisé.</translation>
    </message>
</context>
<context>
    <name>CodeEntry</name>
    <message>
        <source>Type the 12 digits, or scan the card.</source>
        <translation>Saisissez les 12 chiffres ou scannez la carte.</translation>
    </message>
    <message>
        <source>%1 of %2 digits</source>
        <translation>%1 chiffres sur %2</translation>
    </message>
    <message>
        <source>Too many digits: a card code has %1, this has %2.</source>
        <translation>Trop de chiffres : un code de carte en a %1, celui-ci en a %2.</translation>
    </message>
    <message>
        <source>Code checks out. Press Enter.</source>
        <translation>Le code est valable. Appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>This QR code is not a GiftDesk card.</source>
        <translation>Ce code QR n&apos;est pas une carte GiftDesk.</translation>
    </message>
    <message>
        <source>That is not a card code: enter the 12 digits or scan the QR code.</source>
        <translation>Ce n&apos;est pas un code de carte : saisissez les 12 chiffres ou scannez le code QR.</translation>
    </message>
    <message>
        <source>QR code read. Press Enter.</source>
        <translation>Code QR lu. Appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Card code</source>
        <translation>Code de la carte</translation>
    </message>
    <message>
        <source>A card code has %1 digits: %2 typed so far.</source>
        <translation>Un code de carte a %1 chiffres : %2 saisis jusqu&apos;ici.</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Confirm redemption</source>
        <translation>Confirmer l&apos;utilisation</translation>
    </message>
    <message>
        <source>Cancel this redemption</source>
        <translation>Annuler cette utilisation</translation>
    </message>
    <message>
        <source>Take %1 off card %2?</source>
        <translation>Débiter %1 de la carte %2 ?</translation>
    </message>
    <message>
        <source>Balance after: %1</source>
        <translation>Solde après : %1</translation>
    </message>
    <message>
        <source>Reporting code: %1</source>
        <translation>Code de rapport : %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Référence : %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Commentaire : %1</translation>
    </message>
    <message>
        <source>Checking an interrupted redemption…</source>
        <translation>Vérification d&apos;une utilisation interrompue…</translation>
    </message>
    <message>
        <source>Checking with the ledger…</source>
        <translation>Vérification auprès du registre…</translation>
    </message>
</context>
<context>
    <name>ExpiryPlurals</name>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expire dans %n jour</numerusform>
            <numerusform>Expire dans %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FinderTab</name>
    <message>
        <source>Code (or its first digits), recipient, sender or reference</source>
        <translation>Code (ou ses premiers chiffres), destinataire, expéditeur ou référence</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Open card</source>
        <translation>Ouvrir la carte</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No card matches.</source>
        <translation>Aucune carte ne correspond.</translation>
    </message>
    <message>
        <source>Pick a card in the list first.</source>
        <translation>Choisissez d&apos;abord une carte dans la liste.</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Solde après</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Redeemed (hold)</source>
        <translation>Utilisé (réservation)</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendu</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Rechargé</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Hold released</source>
        <translation>Réservation libérée</translation>
    </message>
    <message>
        <source>Hold expired</source>
        <translation>Réservation expirée</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Débloqué</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Invalidé</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>Details changed</source>
        <translation>Détails modifiés</translation>
    </message>
    <message>
        <source>Wrong card PIN</source>
        <translation>PIN de la carte incorrect</translation>
    </message>
    <message>
        <source>net %1</source>
        <translation>net %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Scan a card to see its history.</source>
        <translation>Scannez une carte pour voir son historique.</translation>
    </message>
    <message>
        <source>&amp;Card history</source>
        <translation>Historique de la &amp;carte</translation>
    </message>
    <message>
        <source>This &amp;shift</source>
        <translation>Ce &amp;service</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Reverse selected</source>
        <translation>Annuler la sélection</translation>
    </message>
    <message>
        <source>Card %1 — %2: balance %3</source>
        <translation>Carte %1 — %2 : solde %3</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>approuvé par %1</translation>
    </message>
    <message>
        <source>%1 / %2, since signing in at %3</source>
        <translation>%1 / %2, depuis la connexion à %3</translation>
    </message>
    <message>
        <source>%1 / %2, shift %4 open since %3</source>
        <translation>%1 / %2, service %4 ouvert depuis %3</translation>
    </message>
    <message>
        <source>Training mode: practice redemptions only. They count in no total, so none is shown.</source>
        <translation>Mode formation : rachats d&apos;exercice uniquement. Ils ne comptent dans aucun total, aucun n&apos;est donc affiché.</translation>
    </message>
    <message>
        <source>No redemptions yet in this shift.</source>
        <translation>Aucune utilisation pendant ce service pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Reversed (+%1)</source>
        <translation>Annulé (+%1)</translation>
    </message>
    <message>
        <source>Done (practice)</source>
        <translation>Fait (exercice)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
</context>
<context>
    <name>IssueTab</name>
    <message>
        <source>Active now, with this value (cards given away or sold as they are)</source>
        <translation>Active tout de suite, avec cette valeur (cartes offertes ou vendues telles quelles)</translation>
    </message>
    <message>
        <source>Pending: each card is activated when it is sold at the counter</source>
        <translation>En attente : chaque carte est activée à sa vente en caisse</translation>
    </message>
    <message>
        <source>Empty: the program&apos;s value</source>
        <translation>Vide : la valeur du programme</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Number of cards</source>
        <translation>Nombre de cartes</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Enregistrer le CSV…</translation>
    </message>
    <message>
        <source>Print sheet (PDF)…</source>
        <translation>Imprimer la planche (PDF)…</translation>
    </message>
    <message>
        <source>Issue cards</source>
        <translation>Émettre des cartes</translation>
    </message>
    <message>
        <source>Loading the programs…</source>
        <translation>Chargement des programmes…</translation>
    </message>
    <message>
        <source>Create a program first (Programs tab).</source>
        <translation>Créez d&apos;abord un programme (onglet Programmes).</translation>
    </message>
    <message>
        <source>Choose the program of the cards.</source>
        <translation>Choisissez le programme des cartes.</translation>
    </message>
    <message>
        <source>Issuing the cards…</source>
        <translation>Émission des cartes…</translation>
    </message>
    <message>
        <source>Cancelled: %1 made before were kept. Save the CSV and print the sheet.</source>
        <translation>Annulé : les %1 déjà créées sont conservées. Enregistrez le CSV et imprimez la planche.</translation>
    </message>
    <message>
        <source>Cancelled: no card of this batch was kept.</source>
        <translation>Annulé : aucune carte de ce lot n&apos;a été gardée.</translation>
    </message>
    <message>
        <source>The %1 made before were kept. Save the CSV and print the sheet.</source>
        <translation>Les %1 déjà créées sont conservées. Enregistrez le CSV et imprimez la planche.</translation>
    </message>
    <message>
        <source>%1 issued. Save the CSV and print the sheet.</source>
        <translation>%1 émise(s). Enregistrez le CSV et imprimez la planche.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Le fichier n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Saving the cards…</source>
        <translation>Enregistrement des cartes…</translation>
    </message>
    <message>
        <source>Save the CSV first: the sheet is printed from it.</source>
        <translation>Enregistrez d&apos;abord le CSV : la planche est imprimée à partir de lui.</translation>
    </message>
    <message>
        <source>The sheet could not be made: %1</source>
        <translation>La planche n&apos;a pas pu être créée : %1</translation>
    </message>
    <message>
        <source>Sheet saved: %1</source>
        <translation>Planche enregistrée : %1</translation>
    </message>
    <message>
        <source>Save the cards</source>
        <translation>Enregistrer les cartes</translation>
    </message>
    <message>
        <source>Card lists (*.csv)</source>
        <translation>Listes de cartes (*.csv)</translation>
    </message>
    <message>
        <source>Save the sheet</source>
        <translation>Enregistrer la planche</translation>
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
        <translation>Langue</translation>
    </message>
    <message>
        <source>Same as this computer (%1)</source>
        <translation>Comme cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>Money and dates follow the language. A new choice applies the next time GiftDesk starts.</source>
        <translation>Les montants et les dates suivent la langue. Un nouveau choix s’applique au prochain démarrage de GiftDesk.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TRAINING MODE — practice only: no real card changes, nothing counts in reports</source>
        <translation>MODE FORMATION — exercice seulement : aucune vraie carte modifiée, rien ne compte dans les rapports</translation>
    </message>
    <message>
        <source>F2 New card · F6 History · F7 Reverse · F9 Settings · Ctrl+L Sign out</source>
        <translation>F2 Nouvelle carte · F6 Historique · F7 Annuler · F9 Réglages · Ctrl+L Sortir</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>caissier</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>  [TRAINING]</source>
        <translation>  [FORMATION]</translation>
    </message>
    <message>
        <source>The ledger could not be started. Check Settings (F9), or call support: details are in the log file.</source>
        <translation>Le registre n&apos;a pas pu démarrer. Vérifiez les réglages (F9) ou appelez le support : les détails sont dans le fichier journal.</translation>
    </message>
    <message>
        <source>GiftDesk keeps trying.</source>
        <translation>GiftDesk continue d&apos;essayer.</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Starting the ledger… you will be signed in when it is ready.</source>
        <translation>Démarrage du registre… vous serez connecté dès qu&apos;il sera prêt.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>Receipt printed: %1</source>
        <translation>Reçu imprimé : %1</translation>
    </message>
    <message>
        <source>The receipt PDF could not be saved.</source>
        <translation>Le PDF du reçu n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Receipt saved: %1</source>
        <translation>Reçu enregistré : %1</translation>
    </message>
    <message>
        <source>The card could not be exported.</source>
        <translation>La carte n&apos;a pas pu être exportée.</translation>
    </message>
    <message>
        <source>Card saved as PNG, SVG and PDF in %1</source>
        <translation>Carte enregistrée en PNG, SVG et PDF dans %1</translation>
    </message>
    <message>
        <source>Cards to print (CSV from giftdesk cards generate)</source>
        <translation>Cartes à imprimer (CSV de giftdesk cards generate)</translation>
    </message>
    <message>
        <source>Card lists (*.csv)</source>
        <translation>Listes de cartes (*.csv)</translation>
    </message>
    <message>
        <source>Value on the cards</source>
        <translation>Valeur sur les cartes</translation>
    </message>
    <message>
        <source>Value printed on each card (e.g. $25.00):</source>
        <translation>Valeur imprimée sur chaque carte (p. ex. 25,00 €) :</translation>
    </message>
    <message>
        <source>The card sheet could not be made: %1</source>
        <translation>La planche de cartes n&apos;a pas pu être créée : %1</translation>
    </message>
    <message>
        <source>Card sheet saved: %1</source>
        <translation>Planche de cartes enregistrée : %1</translation>
    </message>
    <message>
        <source>%1 back on card %2 (transaction %3).</source>
        <translation>%1 de retour sur la carte %2 (transaction %3).</translation>
    </message>
    <message>
        <source>Not reversed: no manager approval.</source>
        <translation>Non annulé : pas d&apos;approbation d&apos;un responsable.</translation>
    </message>
    <message>
        <source>Location or terminal changed: sign in again.</source>
        <translation>Magasin ou caisse modifié : reconnectez-vous.</translation>
    </message>
    <message>
        <source>Connecting to the ledger…</source>
        <translation>Connexion au registre…</translation>
    </message>
    <message>
        <source>Ledger version %1, database %2.</source>
        <translation>Registre version %1, base de données %2.</translation>
    </message>
</context>
<context>
    <name>ManagerOverrideDialog</name>
    <message>
        <source>Manager approval</source>
        <translation>Approbation d&apos;un responsable</translation>
    </message>
    <message>
        <source>Manager approval needed</source>
        <translation>Approbation d&apos;un responsable requise</translation>
    </message>
    <message>
        <source>Only a manager can reverse a redemption. A manager approves this one reversal: %1</source>
        <translation>Seul un responsable peut annuler une utilisation. Un responsable approuve cette seule annulation : %1</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>PIN du responsable</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Enter the manager&apos;s name and PIN.</source>
        <translation>Saisissez le nom et le PIN du responsable.</translation>
    </message>
</context>
<context>
    <name>MoneyApproval</name>
    <message>
        <source>Nobody is signed in: saving a change to the ledger, location, terminal or training mode asks for a manager&apos;s or an admin&apos;s name and PIN.</source>
        <translation>Personne n&apos;est connecté : modifier le registre, le magasin, la caisse ou le mode formation demande le nom et le PIN d&apos;un responsable ou d&apos;un admin.</translation>
    </message>
    <message>
        <source>The ledger cannot be reached: its address alone can be changed without approval, so this till is not stuck. Location, terminal and training mode still need a manager&apos;s or an admin&apos;s PIN.</source>
        <translation>Le registre est injoignable : seule son adresse peut changer sans approbation, pour que cette caisse ne reste pas bloquée. Le magasin, la caisse et le mode formation demandent toujours le PIN d&apos;un responsable ou d&apos;un admin.</translation>
    </message>
    <message>
        <source>Not saved: the ledger cannot be reached, so nobody can approve this. Change only the ledger&apos;s address, or try again when it is back.</source>
        <translation>Non enregistré : le registre est injoignable, personne ne peut donc approuver ceci. Changez seulement l&apos;adresse du registre, ou réessayez quand il répond.</translation>
    </message>
    <message>
        <source>the embedded ledger</source>
        <translation>le registre intégré</translation>
    </message>
    <message>
        <source>ledger %1 → %2</source>
        <translation>registre %1 → %2</translation>
    </message>
    <message>
        <source>location %1 → %2</source>
        <translation>magasin %1 → %2</translation>
    </message>
    <message>
        <source>terminal %1 → %2</source>
        <translation>caisse %1 → %2</translation>
    </message>
    <message>
        <source>training mode on</source>
        <translation>mode formation activé</translation>
    </message>
    <message>
        <source>training mode off</source>
        <translation>mode formation désactivé</translation>
    </message>
    <message>
        <source>Only a manager or an admin can change where money goes. Their name and PIN approve this change: %1.</source>
        <translation>Seul un responsable ou un admin peut changer où va l&apos;argent. Son nom et son PIN approuvent ce changement : %1.</translation>
    </message>
    <message>
        <source>Manager or admin approval needed</source>
        <translation>Approbation d&apos;un responsable ou d&apos;un admin requise</translation>
    </message>
    <message>
        <source>Not saved: a change to where money goes needs a manager&apos;s or an admin&apos;s approval.</source>
        <translation>Non enregistré : changer où va l&apos;argent demande l&apos;approbation d&apos;un responsable ou d&apos;un admin.</translation>
    </message>
    <message>
        <source>%1 is a cashier: only a manager or an admin can approve this.</source>
        <translation>%1 est caissier : seul un responsable ou un admin peut approuver ceci.</translation>
    </message>
</context>
<context>
    <name>OperatorsTab</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Magasins</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN à nouveau</translation>
    </message>
    <message>
        <source>Every store</source>
        <translation>Tous les magasins</translation>
    </message>
    <message>
        <source>Works at</source>
        <translation>Travaille à</translation>
    </message>
    <message>
        <source>A cashier sells and redeems; a manager also reverses, approves and issues cards; an admin also manages people, stores and programs.</source>
        <translation>Un caissier vend et encaisse ; un responsable annule, approuve et émet aussi des cartes ; un admin gère aussi les personnes, les magasins et les programmes.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Réinitialiser le PIN</translation>
    </message>
    <message>
        <source>Save role and stores</source>
        <translation>Enregistrer rôle et magasins</translation>
    </message>
    <message>
        <source>Add operator</source>
        <translation>Ajouter un opérateur</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Loading the operators…</source>
        <translation>Chargement des opérateurs…</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>The PIN has 4 to 12 digits.</source>
        <translation>Le PIN a 4 à 12 chiffres.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN again.</source>
        <translation>Les deux PIN ne sont pas identiques. Tapez le PIN à nouveau.</translation>
    </message>
    <message>
        <source>Tick the stores this operator works at.</source>
        <translation>Cochez les magasins où travaille cet opérateur.</translation>
    </message>
    <message>
        <source>Enter the operator&apos;s name.</source>
        <translation>Saisissez le nom de l&apos;opérateur.</translation>
    </message>
    <message>
        <source>Adding the operator…</source>
        <translation>Ajout de l&apos;opérateur…</translation>
    </message>
    <message>
        <source>%1 can sign in now.</source>
        <translation>%1 peut se connecter maintenant.</translation>
    </message>
    <message>
        <source>Pick an operator in the list first.</source>
        <translation>Choisissez d&apos;abord un opérateur dans la liste.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Setting the new PIN…</source>
        <translation>Nouveau PIN en cours…</translation>
    </message>
    <message>
        <source>New PIN set for %1.</source>
        <translation>Nouveau PIN défini pour %1.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 ne peut plus se connecter.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n carte</numerusform>
            <numerusform>%n cartes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n redemption(s)</source>
        <translation>
            <numerusform>%n encaissement</numerusform>
            <numerusform>%n encaissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reversal(s)</source>
        <translation>
            <numerusform>%n annulation</numerusform>
            <numerusform>%n annulations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramForm</name>
    <message>
        <source>Type the number of items, like 5.</source>
        <translation>Tapez le nombre d&apos;articles, par exemple 5.</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Argent</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Ready when sold</source>
        <translation>Prête à la vente</translation>
    </message>
    <message>
        <source>Needs its activation code</source>
        <translation>Demande son code d&apos;activation</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Fixed first day</source>
        <translation>Premier jour fixe</translation>
    </message>
    <message>
        <source>Fixed last day</source>
        <translation>Dernier jour fixe</translation>
    </message>
    <message>
        <source>Reloadable</source>
        <translation>Rechargeable</translation>
    </message>
    <message>
        <source>Partial use</source>
        <translation>Utilisation partielle</translation>
    </message>
    <message>
        <source>Every store</source>
        <translation>Tous les magasins</translation>
    </message>
    <message>
        <source>Promotional</source>
        <translation>Promotionnelle</translation>
    </message>
    <message>
        <source>Card PIN</source>
        <translation>PIN de carte</translation>
    </message>
    <message>
        <source>Reporting code required</source>
        <translation>Code de suivi requis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>What staff and customers see, e.g. Gift card.</source>
        <translation>Ce que voient le personnel et les clients, par ex. Carte cadeau.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Money: the card holds an amount. Items: it holds a number of things, like 5 coffees.</source>
        <translation>Argent : la carte contient un montant. Articles : elle contient un nombre de choses, par ex. 5 cafés.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>The money the card&apos;s value is in.</source>
        <translation>La devise de la valeur de la carte.</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Nom de l&apos;article</translation>
    </message>
    <message>
        <source>What one item is called, e.g. Coffee (item cards only).</source>
        <translation>Le nom d&apos;un article, par ex. Café (cartes à articles seulement).</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>What a new card is worth unless another value is given when it is issued or sold.</source>
        <translation>Ce que vaut une nouvelle carte si aucune autre valeur n&apos;est donnée à l&apos;émission ou à la vente.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>With an activation code, a sold card works only once the code from the receipt is entered.</source>
        <translation>Avec un code d&apos;activation, une carte vendue ne fonctionne qu&apos;une fois le code du ticket saisi.</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>How long a card works after it is issued.</source>
        <translation>Combien de temps une carte fonctionne après son émission.</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Cards cannot be used before this day, e.g. for a season or an event. Unticked: from the day they are sold.</source>
        <translation>Les cartes ne peuvent pas servir avant ce jour, p. ex. pour une saison ou un événement. Non coché : dès le jour de la vente.</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Every card stops working after this day, whatever the validity above says. Unticked: only the validity above counts.</source>
        <translation>Après ce jour, plus aucune carte ne fonctionne, quelle que soit la validité ci-dessus. Non coché : seule la validité ci-dessus compte.</translation>
    </message>
    <message>
        <source>Money can be added to a card later.</source>
        <translation>On peut ajouter de l&apos;argent sur la carte plus tard.</translation>
    </message>
    <message>
        <source>Max balance</source>
        <translation>Solde maximal</translation>
    </message>
    <message>
        <source>The most a card may hold after reloads; empty for no limit.</source>
        <translation>Le maximum qu&apos;une carte peut contenir après recharges ; vide pour sans limite.</translation>
    </message>
    <message>
        <source>A card may be spent over several purchases; off: all in one purchase.</source>
        <translation>Une carte peut servir sur plusieurs achats ; désactivé : tout en un seul achat.</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Magasins</translation>
    </message>
    <message>
        <source>Where the cards work.</source>
        <translation>Où les cartes fonctionnent.</translation>
    </message>
    <message>
        <source>Given away, not sold: reported apart from money customers paid.</source>
        <translation>Offerte, non vendue : comptée à part de l&apos;argent payé par les clients.</translation>
    </message>
    <message>
        <source>Each card gets a secret PIN the customer must give to use it.</source>
        <translation>Chaque carte reçoit un PIN secret que le client doit donner pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Every redemption must carry a reporting code, such as an order number.</source>
        <translation>Chaque encaissement doit porter un code de suivi, comme un numéro de commande.</translation>
    </message>
    <message>
        <source>Enter the program&apos;s name.</source>
        <translation>Saisissez le nom du programme.</translation>
    </message>
    <message>
        <source>The currency is a three-letter code, like USD or EUR.</source>
        <translation>La devise est un code de trois lettres, comme USD ou EUR.</translation>
    </message>
    <message>
        <source>Tick the stores where the cards work.</source>
        <translation>Cochez les magasins où les cartes fonctionnent.</translation>
    </message>
    <message>
        <source>Name the item, like Coffee.</source>
        <translation>Nommez l&apos;article, par ex. Café.</translation>
    </message>
    <message>
        <source>The last day cannot be before the first day.</source>
        <translation>Le dernier jour ne peut pas précéder le premier jour.</translation>
    </message>
</context>
<context>
    <name>ProgramsTab</name>
    <message>
        <source>Id</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>New program</source>
        <translation>Nouveau programme</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Loading the programs…</source>
        <translation>Chargement des programmes…</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Issuing</source>
        <translation>En émission</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Argent</translation>
    </message>
    <message>
        <source>Creating the program…</source>
        <translation>Création du programme…</translation>
    </message>
    <message>
        <source>Program %1 created: issue its cards in Issue cards.</source>
        <translation>Programme %1 créé : émettez ses cartes dans Émettre des cartes.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Saving the program…</source>
        <translation>Enregistrement du programme…</translation>
    </message>
    <message>
        <source>Program %1 saved.</source>
        <translation>Programme %1 enregistré.</translation>
    </message>
    <message>
        <source>Retiring the program…</source>
        <translation>Retrait du programme…</translation>
    </message>
    <message>
        <source>Program %1 retired: it issues no new cards; its cards keep working.</source>
        <translation>Programme %1 retiré : il n&apos;émet plus de cartes ; ses cartes restent valables.</translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <source>QR code of the card</source>
        <translation>Code QR de la carte</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>Print receipt</source>
        <translation>Imprimer le reçu</translation>
    </message>
</context>
<context>
    <name>RedeemScreen</name>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <source>Reporting code</source>
        <translation>Code de rapport</translation>
    </message>
    <message>
        <source>Reporting &amp;code</source>
        <translation>&amp;Code de rapport</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>R&amp;eference</source>
        <translation>R&amp;éférence</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>Co&amp;mmentaire</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Redeem from card %1</source>
        <translation>Utiliser la carte %1</translation>
    </message>
    <message>
        <source>Available: %1</source>
        <translation>Disponible : %1</translation>
    </message>
    <message>
        <source>  (must be used in full)</source>
        <translation>  (à utiliser en totalité)</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;Articles</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>&amp;Montant (%1)</translation>
    </message>
    <message>
        <source>Reporting &amp;code (required)</source>
        <translation>&amp;Code de rapport (obligatoire)</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Imprimer le reçu</translation>
    </message>
    <message>
        <source>Receipt PDF</source>
        <translation>Reçu en PDF</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Next card</source>
        <translation>Carte suivante</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Redeemed %1, since reversed</source>
        <translation>%1 utilisé, annulé depuis</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>Solde %1</translation>
    </message>
    <message>
        <source>Practice only</source>
        <translation>Exercice seulement</translation>
    </message>
    <message>
        <source>Redeemed %1</source>
        <translation>%1 utilisé</translation>
    </message>
    <message>
        <source>Practice balance %1</source>
        <translation>Solde d&apos;exercice %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>New balance %1</source>
        <translation>Nouveau solde %1</translation>
    </message>
    <message>
        <source>%1 at %2 / %3</source>
        <translation>%1 à %2 / %3</translation>
    </message>
    <message>
        <source>Reporting code</source>
        <translation>Code de rapport</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>TRAINING — no real card changed</source>
        <translation>FORMATION — aucune vraie carte modifiée</translation>
    </message>
</context>
<context>
    <name>ReverseScreen</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reverse a redemption</source>
        <translation>Annuler une utilisation</translation>
    </message>
    <message>
        <source>&amp;Transaction</source>
        <translation>&amp;Transaction</translation>
    </message>
    <message>
        <source>Transaction number</source>
        <translation>Numéro de transaction</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Type a transaction number, or pick one from today&apos;s list.</source>
        <translation>Saisissez un numéro de transaction ou choisissez-en un dans la liste du jour.</translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>&amp;Motif (obligatoire)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>This terminal&apos;s redemptions today (Enter picks one)</source>
        <translation>Utilisations du jour à cette caisse (Entrée en choisit une)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Reversed: %1 is back on card %2. Balance now %3.</source>
        <translation>Annulé : %1 est de retour sur la carte %2. Solde actuel %3.</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>Approuvé par %1.</translation>
    </message>
    <message>
        <source>Next card</source>
        <translation>Carte suivante</translation>
    </message>
    <message>
        <source>Transaction %1: %2 from card %3, %4, by %5 at %6 / %7.</source>
        <translation>Transaction %1 : %2 de la carte %3, %4, par %5 à %6 / %7.</translation>
    </message>
    <message>
        <source>Already reversed by %1, approved by %2.</source>
        <translation>Déjà annulé par %1, approuvé par %2.</translation>
    </message>
    <message>
        <source>Already reversed by %1.</source>
        <translation>Déjà annulé par %1.</translation>
    </message>
    <message>
        <source>Already reversed.</source>
        <translation>Déjà annulé.</translation>
    </message>
    <message>
        <source>Type the transaction number printed on the receipt.</source>
        <translation>Saisissez le numéro de transaction imprimé sur le reçu.</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>Scan the card, or type its 12 digits</source>
        <translation>Scannez la carte ou saisissez ses 12 chiffres</translation>
    </message>
    <message>
        <source>Card &amp;PIN</source>
        <translation>&amp;PIN de la carte</translation>
    </message>
    <message>
        <source>Card PIN</source>
        <translation>PIN de la carte</translation>
    </message>
    <message>
        <source>Check card</source>
        <translation>Vérifier la carte</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Checking the card…</source>
        <translation>Vérification de la carte…</translation>
    </message>
    <message>
        <source>Redeeming…</source>
        <translation>Utilisation en cours…</translation>
    </message>
    <message>
        <source>Loading the card&apos;s history…</source>
        <translation>Chargement de l&apos;historique de la carte…</translation>
    </message>
    <message>
        <source>Loading this shift…</source>
        <translation>Chargement du service…</translation>
    </message>
    <message>
        <source>Looking up the transaction…</source>
        <translation>Recherche de la transaction…</translation>
    </message>
    <message>
        <source>Loading today&apos;s redemptions…</source>
        <translation>Chargement des utilisations du jour…</translation>
    </message>
    <message>
        <source>Reversing…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Lecture de la carte…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Checking the saved sign-in…</source>
        <translation>Vérification de la connexion enregistrée…</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>Comptabilité</translation>
    </message>
    <message>
        <source>Reading the books…</source>
        <translation>Lecture de la comptabilité…</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Card action</source>
        <translation>Action sur la carte</translation>
    </message>
    <message>
        <source>Sending to the ledger…</source>
        <translation>Envoi au registre…</translation>
    </message>
    <message>
        <source>Card actions</source>
        <translation>Actions sur la carte</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Scan or enter a card</source>
        <translation>Scanner ou saisir une carte</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Checking the ledger…</source>
        <translation>Vérification du registre…</translation>
    </message>
    <message>
        <source>Checking the approval…</source>
        <translation>Vérification de l&apos;approbation…</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>The scan screen reads QR codes held up to this camera. Typing and USB scanners always work.</source>
        <translation>L&apos;écran de scan lit les codes QR présentés à cette caméra. La saisie et les scanners USB fonctionnent toujours.</translation>
    </message>
    <message>
        <source>This run scans from the file given with --camera-file; it is not saved. Choose another source to save it. Typing and USB scanners always work.</source>
        <translation>Cette session scanne depuis le fichier donné par --camera-file ; ce n&apos;est pas enregistré. Choisissez une autre source pour l&apos;enregistrer. La saisie et les scanners USB fonctionnent toujours.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>&amp;Embedded: the ledger on this computer</source>
        <translation>&amp;Intégré : le registre sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Remote ledger server at:</source>
        <translation>Serveur de &amp;registre distant à :</translation>
    </message>
    <message>
        <source>Remote ledger address</source>
        <translation>Adresse du registre distant</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>This counter</source>
        <translation>Ce comptoir</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Magasin</translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation>&amp;Caisse</translation>
    </message>
    <message>
        <source>Trainin&amp;g mode: practice on copies, no real card changes</source>
        <translation>Mode &amp;formation : exercice sur des copies, aucune vraie carte modifiée</translation>
    </message>
    <message>
        <source>As&amp;k for it on the next receipt</source>
        <translation>Le &amp;demander au prochain reçu</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Imprimante des reçus</translation>
    </message>
    <message>
        <source>Only a manager or an admin can change the ledger, location, terminal and training mode.</source>
        <translation>Seul un responsable ou un admin peut changer le registre, le magasin, le terminal et le mode formation.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>About GiftDesk</source>
        <translation>À propos de GiftDesk</translation>
    </message>
    <message>
        <source>Asked for on the next receipt</source>
        <translation>Demandée au prochain reçu</translation>
    </message>
    <message>
        <source>Enter this counter&apos;s location and terminal.</source>
        <translation>Saisissez le magasin et la caisse de ce comptoir.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Connecté.</translation>
    </message>
</context>
<context>
    <name>SetupGate</name>
    <message>
        <source>Setting up the ledger…</source>
        <translation>Configuration du registre…</translation>
    </message>
    <message>
        <source>Filling in the demo data…</source>
        <translation>Remplissage des données de démo…</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <source>Set up GiftDesk</source>
        <translation>Configurer GiftDesk</translation>
    </message>
    <message>
        <source>Welcome to GiftDesk</source>
        <translation>Bienvenue dans GiftDesk</translation>
    </message>
    <message>
        <source>This ledger is new. Name your shop, its first store and its first admin (who can add the others later).</source>
        <translation>Ce registre est nouveau. Nommez votre commerce, son premier magasin et son premier admin (qui pourra ajouter les autres ensuite).</translation>
    </message>
    <message>
        <source>e.g. MAIN</source>
        <translation>par ex. MAIN</translation>
    </message>
    <message>
        <source>e.g. High Street</source>
        <translation>par ex. Grand-Rue</translation>
    </message>
    <message>
        <source>&amp;Shop name</source>
        <translation>Nom du &amp;commerce</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Devise</translation>
    </message>
    <message>
        <source>Store &amp;code</source>
        <translation>&amp;Code du magasin</translation>
    </message>
    <message>
        <source>Store &amp;name</source>
        <translation>&amp;Nom du magasin</translation>
    </message>
    <message>
        <source>&amp;Admin name</source>
        <translation>Nom de l&apos;&amp;admin</translation>
    </message>
    <message>
        <source>Admin &amp;PIN</source>
        <translation>&amp;PIN de l&apos;admin</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN à &amp;nouveau</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>Essayer avec des données de démo</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Configurer</translation>
    </message>
    <message>
        <source>Demo data is a coffee shop with sample cards and PINs, to look around; it is not for real sales.</source>
        <translation>Les données de démo sont un café avec des cartes et PIN d&apos;exemple, pour découvrir ; pas pour de vraies ventes.</translation>
    </message>
    <message>
        <source>Enter the shop&apos;s name.</source>
        <translation>Saisissez le nom du commerce.</translation>
    </message>
    <message>
        <source>The currency is a three-letter code, like USD or EUR.</source>
        <translation>La devise est un code de trois lettres, comme USD ou EUR.</translation>
    </message>
    <message>
        <source>Enter a short code for the first store, like MAIN.</source>
        <translation>Saisissez un code court pour le premier magasin, par ex. MAIN.</translation>
    </message>
    <message>
        <source>Enter the first admin&apos;s name.</source>
        <translation>Saisissez le nom du premier admin.</translation>
    </message>
    <message>
        <source>The PIN has 4 to 12 digits.</source>
        <translation>Le PIN a 4 à 12 chiffres.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN again.</source>
        <translation>Les deux PIN ne sont pas identiques. Tapez le PIN à nouveau.</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>GiftDesk — sign in</source>
        <translation>GiftDesk — connexion</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>&amp;Operator</source>
        <translation>&amp;Opérateur</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Magasin</translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation>&amp;Caisse</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>New demo ledger: cashier / 1111, manager / 9999 at STORE-1.</source>
        <translation>Nouveau registre de démonstration : cashier / 1111, manager / 9999 à STORE-1.</translation>
    </message>
    <message>
        <source>Fill in: %1.</source>
        <translation>À remplir : %1.</translation>
    </message>
    <message>
        <source>Demo ledger: cashier / 1111, manager / 9999 at STORE-1; admin / 0000 anywhere.</source>
        <translation>Registre de démo : cashier / 1111, manager / 9999 à STORE-1 ; admin / 0000 partout.</translation>
    </message>
    <message>
        <source>Cards to try:</source>
        <translation>Cartes à essayer :</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Status: %1</source>
        <translation>État : %1</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Short code on receipts and reports, e.g. MALL</source>
        <translation>Code court sur tickets et rapports, par ex. MALL</translation>
    </message>
    <message>
        <source>What staff call it, e.g. Mall kiosk</source>
        <translation>Comment le personnel l&apos;appelle, par ex. Kiosque du centre</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Add store</source>
        <translation>Ajouter un magasin</translation>
    </message>
    <message>
        <source>Loading the stores…</source>
        <translation>Chargement des magasins…</translation>
    </message>
    <message>
        <source>Enter the new store&apos;s code.</source>
        <translation>Saisissez le code du nouveau magasin.</translation>
    </message>
    <message>
        <source>Adding the store…</source>
        <translation>Ajout du magasin…</translation>
    </message>
    <message>
        <source>Store %1 added.</source>
        <translation>Magasin %1 ajouté.</translation>
    </message>
    <message>
        <source>Pick a store in the list and type its new name.</source>
        <translation>Choisissez un magasin dans la liste et tapez son nouveau nom.</translation>
    </message>
    <message>
        <source>Renaming the store…</source>
        <translation>Renommage du magasin…</translation>
    </message>
    <message>
        <source>Store %1 is now called %2.</source>
        <translation>Le magasin %1 s&apos;appelle désormais %2.</translation>
    </message>
</context>
<context>
    <name>books</name>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Rechargé</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Passé en perte</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Dû</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendu</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Annulé (utilisation)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Invalidé</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>Transféré (sortie)</translation>
    </message>
    <message>
        <source>Transferred in</source>
        <translation>Transféré (entrée)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Débloqué</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Encaissé</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Libéré</translation>
    </message>
    <message>
        <source>Holds expired</source>
        <translation>Réservations expirées</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Owed on the lines shown: %1. Training cards are left out.</source>
        <translation>Dû sur les lignes affichées : %1. Les cartes de formation ne sont pas comptées.</translation>
    </message>
    <message>
        <source>Owed in all: %1. Training cards are left out.</source>
        <translation>Dû au total : %1. Les cartes de formation ne sont pas comptées.</translation>
    </message>
    <message>
        <source>Redeemed is net of reversals; corrections are adjustments, cancelled sales and loads, and transfers; written off is expired, voided and closed value.</source>
        <translation>Utilisé est net des annulations d&apos;utilisation ; les corrections sont les ajustements, les ventes et recharges annulées et les transferts ; passé en perte est la valeur expirée, invalidée et fermée.</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Au %1</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>seulement %1</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>Passif</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, du %2 au %3</translation>
    </message>
    <message>
        <source>Training rows left out: %1.</source>
        <translation>Lignes de formation non comptées : %1.</translation>
    </message>
    <message>
        <source>Nothing happened in this period.</source>
        <translation>Rien ne s&apos;est passé pendant cette période.</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Rapport Z</translation>
    </message>
    <message>
        <source>Z report of shift %1</source>
        <translation>Rapport Z du service %1</translation>
    </message>
    <message>
        <source>No shift is open at this till.</source>
        <translation>Aucun service n’est ouvert à cette caisse.</translation>
    </message>
    <message>
        <source>Shift %1 open since %2 by %3.</source>
        <translation>Service %1 ouvert depuis %2 par %3.</translation>
    </message>
    <message>
        <source>Opening the shift…</source>
        <translation>Ouverture du service…</translation>
    </message>
    <message>
        <source>Closing the shift…</source>
        <translation>Clôture du service…</translation>
    </message>
    <message>
        <source>Reading the shift…</source>
        <translation>Lecture du service…</translation>
    </message>
    <message>
        <source>Exporting the journal…</source>
        <translation>Export du journal…</translation>
    </message>
    <message>
        <source>Adding up the liability…</source>
        <translation>Calcul du passif…</translation>
    </message>
    <message>
        <source>Counting the shift…</source>
        <translation>Comptage du service…</translation>
    </message>
    <message>
        <source>Counting the day…</source>
        <translation>Comptage de la journée…</translation>
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <source>Hold the card&apos;s QR code inside the square.</source>
        <translation>Placez le code QR de la carte dans le carré.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <source>Card read.</source>
        <translation>Carte lue.</translation>
    </message>
    <message>
        <source>That QR code is not a GiftDesk card.</source>
        <translation>Ce code QR n&apos;est pas une carte GiftDesk.</translation>
    </message>
    <message>
        <source>No camera found. Type or scan the code with the scanner.</source>
        <translation>Aucune caméra trouvée. Saisissez le code ou scannez-le avec le scanner.</translation>
    </message>
    <message>
        <source>The camera chosen in Settings is not connected. Type or scan the code with the scanner.</source>
        <translation>La caméra choisie dans les réglages n&apos;est pas connectée. Saisissez le code ou scannez-le avec le scanner.</translation>
    </message>
    <message>
        <source>The camera could not be started: another program may be using it. Close that program, or type or scan the code with the scanner.</source>
        <translation>La caméra n&apos;a pas pu démarrer : un autre programme l&apos;utilise peut-être. Fermez ce programme, ou saisissez le code ou scannez-le avec le scanner.</translation>
    </message>
    <message>
        <source>GiftDesk may not use the camera. Allow it in the computer&apos;s privacy settings, or type or scan the code with the scanner.</source>
        <translation>GiftDesk n&apos;a pas le droit d&apos;utiliser la caméra. Autorisez-le dans les réglages de confidentialité de l&apos;ordinateur, ou saisissez le code ou scannez-le avec le scanner.</translation>
    </message>
    <message>
        <source>Allow GiftDesk to use the camera when the computer asks.</source>
        <translation>Autorisez GiftDesk à utiliser la caméra quand l&apos;ordinateur le demande.</translation>
    </message>
    <message>
        <source>The camera was disconnected. Type or scan the code with the scanner.</source>
        <translation>La caméra a été déconnectée. Saisissez le code ou scannez-le avec le scanner.</translation>
    </message>
    <message>
        <source>The camera sends no picture. Type or scan the code with the scanner.</source>
        <translation>La caméra n&apos;envoie aucune image. Saisissez le code ou scannez-le avec le scanner.</translation>
    </message>
    <message>
        <source>Camera scanning is not installed on this computer. Type or scan the code with the scanner.</source>
        <translation>Le scan par caméra n&apos;est pas installé sur cet ordinateur. Saisissez le code ou scannez-le avec le scanner.</translation>
    </message>
    <message>
        <source>Camera scanning is off: no camera is connected. Type the code or use the USB scanner; to use a camera, plug it in and choose it in Settings (F9).</source>
        <translation>Le scan par caméra est désactivé : aucune caméra n&apos;est connectée. Saisissez le code ou utilisez le scanner USB ; pour utiliser une caméra, branchez-la et choisissez-la dans les réglages (F9).</translation>
    </message>
    <message>
        <source>Camera scanning is off: it is not installed on this computer. Type the code or use the USB scanner.</source>
        <translation>Le scan par caméra est désactivé : il n&apos;est pas installé sur cet ordinateur. Saisissez le code ou utilisez le scanner USB.</translation>
    </message>
    <message>
        <source>The camera file %1 was not found. Type or scan the code with the scanner.</source>
        <translation>Le fichier de caméra %1 est introuvable. Saisissez le code ou scannez-le avec le scanner.</translation>
    </message>
    <message>
        <source>The video %1 cannot be played. Type or scan the code with the scanner.</source>
        <translation>La vidéo %1 ne peut pas être lue. Saisissez le code ou scannez-le avec le scanner.</translation>
    </message>
    <message>
        <source>No pictures could be read from %1. Type or scan the code with the scanner.</source>
        <translation>Aucune image n&apos;a pu être lue dans %1. Saisissez le code ou scannez-le avec le scanner.</translation>
    </message>
    <message>
        <source>Video file %1</source>
        <translation>Fichier vidéo %1</translation>
    </message>
    <message>
        <source>Pictures in %1</source>
        <translation>Images dans %1</translation>
    </message>
    <message>
        <source>Picture %1</source>
        <translation>Image %1</translation>
    </message>
</context>
<context>
    <name>card_ops</name>
    <message>
        <source>Sell a card</source>
        <translation>Vendre une carte</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Vendre</translation>
    </message>
    <message>
        <source>Activate a card</source>
        <translation>Activer une carte</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Load value</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Cancel the last sale or load</source>
        <translation>Annuler la dernière vente ou recharge</translation>
    </message>
    <message>
        <source>Cancel it</source>
        <translation>L&apos;annuler</translation>
    </message>
    <message>
        <source>Refund to the card</source>
        <translation>Rembourser sur la carte</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rembourser</translation>
    </message>
    <message>
        <source>Lock the card</source>
        <translation>Bloquer la carte</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <source>Unlock the card</source>
        <translation>Débloquer la carte</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <source>Adjust the balance</source>
        <translation>Corriger le solde</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <source>Change the validity</source>
        <translation>Modifier la validité</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Transfer the balance</source>
        <translation>Transférer le solde</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>Void the card</source>
        <translation>Invalider la carte</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Invalider</translation>
    </message>
    <message>
        <source>Close the card</source>
        <translation>Fermer la carte</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Expire aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Loading the programs…</source>
        <translation>Chargement des programmes…</translation>
    </message>
    <message>
        <source>Finding the next card to sell…</source>
        <translation>Recherche de la prochaine carte à vendre…</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation>Code d&apos;activation</translation>
    </message>
    <message>
        <source>Card PIN</source>
        <translation>PIN de la carte</translation>
    </message>
    <message>
        <source>Sold. The card waits for activation with its code.</source>
        <translation>Vendue. La carte attend son activation avec son code.</translation>
    </message>
    <message>
        <source>Sold. The card is active.</source>
        <translation>Vendue. La carte est active.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Activated. The card can be used.</source>
        <translation>Activée. La carte peut être utilisée.</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Rechargé</translation>
    </message>
    <message>
        <source>Loaded.</source>
        <translation>Rechargée.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>The last sale or load is cancelled.</source>
        <translation>La dernière vente ou recharge est annulée.</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>For transaction</source>
        <translation>Pour la transaction</translation>
    </message>
    <message>
        <source>Refunded to the card.</source>
        <translation>Remboursé sur la carte.</translation>
    </message>
    <message>
        <source>Taken off</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>The balance is corrected.</source>
        <translation>Le solde est corrigé.</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Pas de date de fin</translation>
    </message>
    <message>
        <source>The validity is changed.</source>
        <translation>La validité est modifiée.</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Transféré</translation>
    </message>
    <message>
        <source>To card</source>
        <translation>Vers la carte</translation>
    </message>
    <message>
        <source>Its balance now</source>
        <translation>Son solde maintenant</translation>
    </message>
    <message>
        <source>The balance is on the new card; this card is closed.</source>
        <translation>Le solde est sur la nouvelle carte ; cette carte est fermée.</translation>
    </message>
    <message>
        <source>The card is locked.</source>
        <translation>La carte est bloquée.</translation>
    </message>
    <message>
        <source>The card is unlocked.</source>
        <translation>La carte est débloquée.</translation>
    </message>
    <message>
        <source>The card is voided.</source>
        <translation>La carte est invalidée.</translation>
    </message>
    <message>
        <source>The card is closed.</source>
        <translation>La carte est fermée.</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Passé en perte</translation>
    </message>
    <message>
        <source>Its balance of %1 is written off.</source>
        <translation>Son solde de %1 est passé en perte.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Balance now</source>
        <translation>Solde maintenant</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Selling the card…</source>
        <translation>Vente de la carte…</translation>
    </message>
    <message>
        <source>Sending to the ledger…</source>
        <translation>Envoi au registre…</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Jusqu’au %1</translation>
    </message>
    <message>
        <source>From %1, no end date</source>
        <translation>À partir du %1, sans date de fin</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Sans date de fin</translation>
    </message>
    <message>
        <source>Items (%1)</source>
        <translation>Articles (%1)</translation>
    </message>
    <message>
        <source>item</source>
        <translation>article</translation>
    </message>
    <message>
        <source>Money (%1)</source>
        <translation>Montant (%1)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Not sold yet</source>
        <translation>Pas encore vendue</translation>
    </message>
    <message>
        <source>Not activated yet</source>
        <translation>Pas encore activée</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <source>Used up</source>
        <translation>Épuisée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation>Pas encore valable</translation>
    </message>
    <message>
        <source>Not valid at this store</source>
        <translation>Non valable dans ce magasin</translation>
    </message>
    <message>
        <source>All on hold</source>
        <translation>Tout est réservé</translation>
    </message>
    <message>
        <source>Active — can be used</source>
        <translation>Active — utilisable</translation>
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
        <translation>Opérateur ou code PIN incorrect. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <source>You are not allowed to do this here. Ask a manager.</source>
        <translation>Vous n’avez pas le droit de faire cela ici. Demandez à un responsable.</translation>
    </message>
    <message>
        <source>This location is not known to the ledger. Check Settings.</source>
        <translation>Ce magasin est inconnu du registre. Vérifiez les réglages.</translation>
    </message>
    <message>
        <source>This operator may not work at this location. Check the location, or ask a manager.</source>
        <translation>Cet opérateur ne peut pas travailler dans ce magasin. Vérifiez le magasin ou demandez à un responsable.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Votre session a pris fin. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Only a manager can reverse a redemption. Ask a manager to approve it.</source>
        <translation>Seul un responsable peut annuler un encaissement. Demandez-lui de l’approuver.</translation>
    </message>
    <message>
        <source>The manager&apos;s name or PIN is not right, or they may not approve at this location.</source>
        <translation>Le nom ou le code PIN du responsable est incorrect, ou il ne peut pas approuver dans ce magasin.</translation>
    </message>
    <message>
        <source>That is not a card code: check the digits or scan again.</source>
        <translation>Ce n’est pas un code de carte : vérifiez les chiffres ou scannez à nouveau.</translation>
    </message>
    <message>
        <source>This code has a typo: the last digit does not match. Check the digits.</source>
        <translation>Ce code contient une faute de frappe : le dernier chiffre ne correspond pas. Vérifiez les chiffres.</translation>
    </message>
    <message>
        <source>No card has this code. Check the digits or scan again.</source>
        <translation>Aucune carte ne porte ce code. Vérifiez les chiffres ou scannez à nouveau.</translation>
    </message>
    <message>
        <source>This card cannot be used.</source>
        <translation>Cette carte ne peut pas être utilisée.</translation>
    </message>
    <message>
        <source>This card has not been sold or activated yet.</source>
        <translation>Cette carte n’a pas encore été vendue ni activée.</translation>
    </message>
    <message>
        <source>This card has been sold already.</source>
        <translation>Cette carte a déjà été vendue.</translation>
    </message>
    <message>
        <source>This card is not waiting for activation.</source>
        <translation>Cette carte n’attend pas d’activation.</translation>
    </message>
    <message>
        <source>This card is locked. A manager must unlock it first.</source>
        <translation>Cette carte est bloquée. Un responsable doit d’abord la débloquer.</translation>
    </message>
    <message>
        <source>This card has expired.</source>
        <translation>Cette carte a expiré.</translation>
    </message>
    <message>
        <source>This card cannot be used yet.</source>
        <translation>Cette carte ne peut pas encore être utilisée.</translation>
    </message>
    <message>
        <source>This card has been voided and cannot be used.</source>
        <translation>Cette carte a été annulée et ne peut pas être utilisée.</translation>
    </message>
    <message>
        <source>This card has been closed and cannot be used.</source>
        <translation>Cette carte a été clôturée et ne peut pas être utilisée.</translation>
    </message>
    <message>
        <source>This card is used up: nothing is left on it.</source>
        <translation>Cette carte est épuisée : il n’y reste rien.</translation>
    </message>
    <message>
        <source>This card cannot be used at this store.</source>
        <translation>Cette carte ne peut pas être utilisée dans ce magasin.</translation>
    </message>
    <message>
        <source>This card must be used in full, in one purchase.</source>
        <translation>Cette carte doit être utilisée en totalité, en un seul achat.</translation>
    </message>
    <message>
        <source>Not enough on the card. Lower the amount.</source>
        <translation>Le solde de la carte ne suffit pas. Réduisez le montant.</translation>
    </message>
    <message>
        <source>This card needs its PIN. Ask the customer for it.</source>
        <translation>Cette carte demande son code PIN. Demandez-le au client.</translation>
    </message>
    <message>
        <source>Wrong card PIN. Ask the customer to try again.</source>
        <translation>Code PIN de la carte incorrect. Demandez au client de réessayer.</translation>
    </message>
    <message>
        <source>Wrong card PIN (or no card has this code). Ask the customer to try the PIN again.</source>
        <translation>Code PIN de la carte incorrect (ou aucune carte ne porte ce code). Demandez au client de ressaisir le code PIN.</translation>
    </message>
    <message>
        <source>This card needs a reporting code.</source>
        <translation>Cette carte demande un code de rapport.</translation>
    </message>
    <message>
        <source>The activation code is not right.</source>
        <translation>Le code d’activation est incorrect.</translation>
    </message>
    <message>
        <source>That amount is not valid.</source>
        <translation>Ce montant n’est pas valable.</translation>
    </message>
    <message>
        <source>That currency is not accepted.</source>
        <translation>Cette devise n’est pas acceptée.</translation>
    </message>
    <message>
        <source>The card&apos;s currency does not match.</source>
        <translation>La devise de la carte ne correspond pas.</translation>
    </message>
    <message>
        <source>Something in the form is not valid. Check it and try again.</source>
        <translation>Un élément du formulaire n’est pas valable. Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>Enter the amount to take off the card.</source>
        <translation>Saisissez le montant à débiter de la carte.</translation>
    </message>
    <message>
        <source>That is not an amount. Type digits, for example {example}.</source>
        <translation>Ce n’est pas un montant. Tapez des chiffres, par exemple {example}.</translation>
    </message>
    <message>
        <source>That amount is not clear. Use “{mark}” before the cents, for example {example}.</source>
        <translation>Ce montant n’est pas clair. Mettez « {mark} » avant les centimes, par exemple {example}.</translation>
    </message>
    <message>
        <source>That amount has too many digits after the decimal mark.</source>
        <translation>Ce montant a trop de chiffres après la virgule.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>That amount is far too large.</source>
        <translation>Ce montant est beaucoup trop élevé.</translation>
    </message>
    <message>
        <source>That is more than the card allows. Lower the amount.</source>
        <translation>C’est plus que ce que la carte permet. Réduisez le montant.</translation>
    </message>
    <message>
        <source>Enter the reporting code: this card needs one.</source>
        <translation>Saisissez le code de rapport : cette carte en demande un.</translation>
    </message>
    <message>
        <source>Enter the reason for the reversal.</source>
        <translation>Saisissez le motif de l’annulation.</translation>
    </message>
    <message>
        <source>Enter the remote ledger&apos;s address, or choose the embedded ledger.</source>
        <translation>Saisissez l’adresse du registre distant ou choisissez le registre intégré.</translation>
    </message>
    <message>
        <source>No redemption has this transaction number.</source>
        <translation>Aucun encaissement ne porte ce numéro de transaction.</translation>
    </message>
    <message>
        <source>This redemption has been reversed already.</source>
        <translation>Cet encaissement a déjà été annulé.</translation>
    </message>
    <message>
        <source>This transaction is not a redemption and cannot be reversed.</source>
        <translation>Cette transaction n’est pas un encaissement et ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>This redemption is too old to reverse here.</source>
        <translation>Cet encaissement est trop ancien pour être annulé ici.</translation>
    </message>
    <message>
        <source>This hold does not exist.</source>
        <translation>Cette réservation n’existe pas.</translation>
    </message>
    <message>
        <source>The hold on this card has expired.</source>
        <translation>La réservation sur cette carte a expiré.</translation>
    </message>
    <message>
        <source>The hold on this card is no longer active.</source>
        <translation>La réservation sur cette carte n’est plus active.</translation>
    </message>
    <message>
        <source>This card cannot be reloaded.</source>
        <translation>Cette carte ne peut pas être rechargée.</translation>
    </message>
    <message>
        <source>That would put more on the card than it may hold.</source>
        <translation>La carte dépasserait le solde qu’elle peut contenir.</translation>
    </message>
    <message>
        <source>This card&apos;s program does not exist.</source>
        <translation>Le programme de cette carte n’existe pas.</translation>
    </message>
    <message>
        <source>There are no unsold cards left.</source>
        <translation>Il ne reste aucune carte invendue.</translation>
    </message>
    <message>
        <source>This card has no sale or load that can be cancelled.</source>
        <translation>Cette carte n&apos;a aucune vente ni recharge qui puisse être annulée.</translation>
    </message>
    <message>
        <source>The last sale or load is too old to cancel here.</source>
        <translation>La dernière vente ou recharge est trop ancienne pour être annulée ici.</translation>
    </message>
    <message>
        <source>Part of that value has been spent already, so it cannot be cancelled.</source>
        <translation>Une partie de cette valeur a déjà été dépensée : elle ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>That is more than is left to refund of this redemption. Lower the amount.</source>
        <translation>C&apos;est plus que ce qu&apos;il reste à rembourser de cette utilisation. Réduisez le montant.</translation>
    </message>
    <message>
        <source>Enter the reason.</source>
        <translation>Saisissez le motif.</translation>
    </message>
    <message>
        <source>The balance cannot go to the same card. Scan the new card.</source>
        <translation>Le solde ne peut pas aller sur la même carte. Scannez la nouvelle carte.</translation>
    </message>
    <message>
        <source>Only a manager can do this. Ask a manager to approve it.</source>
        <translation>Seul un responsable peut le faire. Demandez à un responsable de l&apos;approuver.</translation>
    </message>
    <message>
        <source>Scan or type the card&apos;s code, or take the next card of a program.</source>
        <translation>Scannez ou saisissez le code de la carte, ou prenez la carte suivante d&apos;un programme.</translation>
    </message>
    <message>
        <source>Enter the activation code the customer received.</source>
        <translation>Saisissez le code d&apos;activation reçu par le client.</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>Saisissez le montant.</translation>
    </message>
    <message>
        <source>Enter the reason: it goes into the journal.</source>
        <translation>Saisissez le motif : il est inscrit au journal.</translation>
    </message>
    <message>
        <source>Scan or type the code of the card that gets the balance.</source>
        <translation>Scannez ou saisissez le code de la carte qui reçoit le solde.</translation>
    </message>
    <message>
        <source>Enter the transaction number of the redemption, or a reason for the refund.</source>
        <translation>Saisissez le numéro de transaction de l&apos;utilisation, ou un motif de remboursement.</translation>
    </message>
    <message>
        <source>Type the transaction number printed on the receipt (digits only).</source>
        <translation>Saisissez le numéro de transaction imprimé sur le reçu (chiffres seulement).</translation>
    </message>
    <message>
        <source>The connection dropped: GiftDesk is checking whether it went through. Look at the card again before sending it once more.</source>
        <translation>La connexion a été coupée : GiftDesk vérifie si l&apos;opération est passée. Regardez de nouveau la carte avant de l&apos;envoyer une autre fois.</translation>
    </message>
    <message>
        <source>A shift is still open at this till. Close it before opening a new one.</source>
        <translation>Un service est encore ouvert à cette caisse. Fermez-le avant d&apos;en ouvrir un nouveau.</translation>
    </message>
    <message>
        <source>No shift is open at this till. Open one first.</source>
        <translation>Aucun service n&apos;est ouvert à cette caisse. Ouvrez-en un d&apos;abord.</translation>
    </message>
    <message>
        <source>This ledger is set up already. Sign in as its admin instead.</source>
        <translation>Ce registre est déjà configuré. Connectez-vous plutôt comme son admin.</translation>
    </message>
    <message>
        <source>This is the last admin: make someone else admin first.</source>
        <translation>C&apos;est le dernier admin : nommez d&apos;abord quelqu&apos;un d&apos;autre admin.</translation>
    </message>
    <message>
        <source>This program has cards already: its kind, currency, activation, PIN, partial use and promotional setting can no longer change.</source>
        <translation>Ce programme a déjà des cartes : son type, sa devise, son activation, son PIN, l&apos;utilisation partielle et le caractère promotionnel ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>This card batch is not known.</source>
        <translation>Ce lot de cartes est inconnu.</translation>
    </message>
    <message>
        <source>This card batch has finished already and cannot be cancelled.</source>
        <translation>Ce lot de cartes est déjà terminé et ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>A store with this code exists already. Choose another code.</source>
        <translation>Un magasin avec ce code existe déjà. Choisissez un autre code.</translation>
    </message>
    <message>
        <source>An operator with this name exists already. Choose another name.</source>
        <translation>Un opérateur avec ce nom existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>This program is retired: it issues no new cards.</source>
        <translation>Ce programme est retiré : il n’émet plus de nouvelles cartes.</translation>
    </message>
    <message>
        <source>This API key does not exist.</source>
        <translation>Cette clé d’API n’existe pas.</translation>
    </message>
    <message>
        <source>An API key with this name exists already. Choose another name.</source>
        <translation>Une clé d’API avec ce nom existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>This request was already sent with different details. Start again with the card.</source>
        <translation>Cette demande a déjà été envoyée avec d’autres détails. Recommencez avec la carte.</translation>
    </message>
    <message>
        <source>The ledger is still working on this. Wait a moment.</source>
        <translation>Le registre traite encore la demande. Patientez un instant.</translation>
    </message>
    <message>
        <source>Too many tries. Wait a moment, then try again.</source>
        <translation>Trop de tentatives. Patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <source>The ledger cannot be reached. Your input is kept; try again in a moment.</source>
        <translation>Le registre est injoignable. Votre saisie est conservée ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The ledger is taking too long to answer. Try again in a moment.</source>
        <translation>Le registre met trop de temps à répondre. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The connection dropped during the redemption. Checking whether it went through… do not redeem again.</source>
        <translation>La connexion a été coupée pendant l’encaissement. Vérification en cours… n’encaissez pas à nouveau.</translation>
    </message>
    <message>
        <source>The redemption did not go through: nothing was taken from the card. You can try again.</source>
        <translation>L’encaissement n’a pas abouti : rien n’a été débité de la carte. Vous pouvez réessayer.</translation>
    </message>
    <message>
        <source>Redemption cancelled: it never reached the ledger, so nothing was taken from the card.</source>
        <translation>Encaissement annulé : il n’a jamais atteint le registre, rien n’a été débité de la carte.</translation>
    </message>
    <message>
        <source>The connection dropped, but the ledger confirms this redemption went through, once.</source>
        <translation>La connexion a été coupée, mais le registre confirme que cet encaissement a abouti, une seule fois.</translation>
    </message>
    <message>
        <source>This redemption was interrupted earlier; the ledger confirms it went through, once.</source>
        <translation>Cet encaissement a été interrompu plus tôt ; le registre confirme qu’il a abouti, une seule fois.</translation>
    </message>
    <message>
        <source>A request was interrupted earlier. Checking with the ledger before anything else…</source>
        <translation>Une demande a été interrompue plus tôt. Vérification auprès du registre avant toute autre chose…</translation>
    </message>
    <message>
        <source>Sign in again so that GiftDesk can finish the interrupted redemption.</source>
        <translation>Reconnectez-vous pour que GiftDesk termine l’encaissement interrompu.</translation>
    </message>
    <message>
        <source>No password store on this computer: the app will ask you to sign in again next time. Nothing is saved in plain text.</source>
        <translation>Aucun coffre à mots de passe sur cet ordinateur : l’application vous demandera de vous reconnecter la prochaine fois. Rien n’est enregistré en clair.</translation>
    </message>
    <message>
        <source>Starting the ledger…</source>
        <translation>Démarrage du registre…</translation>
    </message>
    <message>
        <source>Something went wrong. Try again; if it keeps happening, call support (details are in the log file).</source>
        <translation>Une erreur s’est produite. Réessayez ; si cela se reproduit, appelez l’assistance (détails dans le fichier journal).</translation>
    </message>
    <message>
        <source> (about %1 s)</source>
        <translation> (environ %1 s)</translation>
    </message>
</context>
<context>
    <name>receipt</name>
    <message>
        <source>TRAINING — NOT REAL</source>
        <translation>FORMATION — PAS RÉEL</translation>
    </message>
    <message>
        <source>(not on copies)</source>
        <translation>(pas sur les copies)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>New balance</source>
        <translation>Nouveau solde</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Reporting code</source>
        <translation>Code de déclaration</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Annulé (utilisation)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>TRAINING — NOT A REAL REDEMPTION</source>
        <translation>FORMATION — PAS UNE VRAIE UTILISATION</translation>
    </message>
    <message>
        <source>Gift card redemption</source>
        <translation>Utilisation d&apos;une carte cadeau</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Merci</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>COPIE</translation>
    </message>
    <message>
        <source>GiftDesk report</source>
        <translation>Rapport GiftDesk</translation>
    </message>
    <message>
        <source>GiftDesk receipt</source>
        <translation>Reçu GiftDesk</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Imprimer le reçu</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Closed: this card cannot be used</source>
        <translation>Fermée : cette carte est inutilisable</translation>
    </message>
    <message>
        <source>Locked by a manager</source>
        <translation>Bloquée par un responsable</translation>
    </message>
    <message>
        <source>Not activated yet</source>
        <translation>Pas encore activée</translation>
    </message>
    <message>
        <source>Not sold yet</source>
        <translation>Pas encore vendue</translation>
    </message>
    <message>
        <source>Used up: no items left</source>
        <translation>Épuisée : plus aucun article</translation>
    </message>
    <message>
        <source>Voided: this card cannot be used</source>
        <translation>Invalidée : cette carte est inutilisable</translation>
    </message>
    <message>
        <source>Not valid at this store</source>
        <translation>Non valable dans ce magasin</translation>
    </message>
    <message>
        <source>Expired on an earlier date</source>
        <translation>Déjà expirée</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Expirée le %1</translation>
    </message>
    <message>
        <source>Not valid until %1</source>
        <translation>Valable seulement à partir du %1</translation>
    </message>
    <message>
        <source>Used up: balance %1</source>
        <translation>Épuisée : solde %1</translation>
    </message>
    <message>
        <source>All %1 is on hold</source>
        <translation>Tout le solde (%1) est réservé</translation>
    </message>
    <message>
        <source>Promotional card</source>
        <translation>Carte promotionnelle</translation>
    </message>
    <message>
        <source>Must be used in full in one purchase</source>
        <translation>À utiliser en totalité en un seul achat</translation>
    </message>
    <message>
        <source>Only at %1</source>
        <translation>Uniquement à %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Valable jusqu’au %1</translation>
    </message>
    <message>
        <source>PIN required</source>
        <translation>PIN obligatoire</translation>
    </message>
    <message>
        <source>Reporting code required</source>
        <translation>Code de rapport obligatoire</translation>
    </message>
    <message>
        <source>Training card</source>
        <translation>Carte de formation</translation>
    </message>
</context>
</TS>
