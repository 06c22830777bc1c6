<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en_US">
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
    <name>HistoryScreen</name>
    <message>
        <source>%1 / %2, since signing in at %3</source>
        <translation>%1 / %2, depuis la connexion à %3</translation>
    </message>
    <message>
        <source>Training mode: practice redemptions only. They count in no total, so none is shown.</source>
        <translation>Mode formation : rachats d&apos;exercice uniquement. Ils ne comptent dans aucun total, aucun n&apos;est donc affiché.</translation>
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
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>Print receipt</source>
        <translation>Imprimer le reçu</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <source>Practice only</source>
        <translation>Exercice seulement</translation>
    </message>
    <message>
        <source>Practice balance %1</source>
        <translation>Solde d&apos;exercice %1</translation>
    </message>
</context>
<context>
    <name>ReverseScreen</name>
    <message>
        <source>Reversed: %1 is back on card %2. Balance now %3.</source>
        <translation>Annulé : %1 est de retour sur la carte %2. Solde actuel %3.</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>Approuvé par %1.</translation>
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
</context>
<context>
    <name>SettingsScreen</name>
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
        <source>Asked for on the next receipt</source>
        <translation>Demandée au prochain reçu</translation>
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
</context>
</TS>
