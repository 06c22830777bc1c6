<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en_US">
<context>
    <name>AmountEntry</name>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>Como máximo %1.</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>%1 / %2, since signing in at %3</source>
        <translation>%1 / %2, desde el inicio de sesión a las %3</translation>
    </message>
    <message>
        <source>Training mode: practice redemptions only. They count in no total, so none is shown.</source>
        <translation>Modo de formación: solo canjes de práctica. No cuentan en ningún total, por eso no se muestra ninguno.</translation>
    </message>
    <message>
        <source>Reversed (+%1)</source>
        <translation>Anulado (+%1)</translation>
    </message>
    <message>
        <source>Done (practice)</source>
        <translation>Hecho (práctica)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Same as this computer (%1)</source>
        <translation>Como este ordenador (%1)</translation>
    </message>
    <message>
        <source>Money and dates follow the language. A new choice applies the next time GiftDesk starts.</source>
        <translation>Los importes y las fechas siguen el idioma. Una nueva elección se aplica la próxima vez que se inicie GiftDesk.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Receipt printed: %1</source>
        <translation>Recibo impreso: %1</translation>
    </message>
    <message>
        <source>The receipt PDF could not be saved.</source>
        <translation>No se pudo guardar el PDF del recibo.</translation>
    </message>
    <message>
        <source>Receipt saved: %1</source>
        <translation>Recibo guardado: %1</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n tarjeta</numerusform>
            <numerusform>%n tarjetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n redemption(s)</source>
        <translation>
            <numerusform>%n canje</numerusform>
            <numerusform>%n canjes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>Print receipt</source>
        <translation>Imprimir recibo</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <source>Practice only</source>
        <translation>Solo práctica</translation>
    </message>
    <message>
        <source>Practice balance %1</source>
        <translation>Saldo de práctica %1</translation>
    </message>
</context>
<context>
    <name>ReverseScreen</name>
    <message>
        <source>Reversed: %1 is back on card %2. Balance now %3.</source>
        <translation>Anulado: %1 vuelve a la tarjeta %2. Saldo ahora %3.</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>Aprobado por %1.</translation>
    </message>
    <message>
        <source>Already reversed by %1, approved by %2.</source>
        <translation>Ya anulado por %1, aprobado por %2.</translation>
    </message>
    <message>
        <source>Already reversed by %1.</source>
        <translation>Ya anulado por %1.</translation>
    </message>
    <message>
        <source>Already reversed.</source>
        <translation>Ya anulado.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Trainin&amp;g mode: practice on copies, no real card changes</source>
        <translation>Modo de &amp;formación: práctica con copias, sin cambios en tarjetas reales</translation>
    </message>
    <message>
        <source>As&amp;k for it on the next receipt</source>
        <translation>Pre&amp;guntar en el próximo recibo</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Impresora de recibos</translation>
    </message>
    <message>
        <source>Asked for on the next receipt</source>
        <translation>Se pregunta en el próximo recibo</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Hasta el %1</translation>
    </message>
    <message>
        <source>From %1, no end date</source>
        <translation>Desde el %1, sin fecha de fin</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Sin fecha de fin</translation>
    </message>
    <message>
        <source>Items (%1)</source>
        <translation>Artículos (%1)</translation>
    </message>
    <message>
        <source>item</source>
        <translation>artículo</translation>
    </message>
    <message>
        <source>Money (%1)</source>
        <translation>Importe (%1)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Not sold yet</source>
        <translation>Aún no vendida</translation>
    </message>
    <message>
        <source>Not activated yet</source>
        <translation>Aún no activada</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Used up</source>
        <translation>Agotada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Anulada</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation>Aún no válida</translation>
    </message>
    <message>
        <source>Not valid at this store</source>
        <translation>No válida en esta tienda</translation>
    </message>
    <message>
        <source>All on hold</source>
        <translation>Todo reservado</translation>
    </message>
    <message>
        <source>Active — can be used</source>
        <translation>Activa — se puede usar</translation>
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
        <translation>Operador o PIN incorrectos. Compruébelos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>You are not allowed to do this here. Ask a manager.</source>
        <translation>No tiene permiso para hacer esto aquí. Pregunte a un encargado.</translation>
    </message>
    <message>
        <source>This location is not known to the ledger. Check Settings.</source>
        <translation>El registro no conoce esta tienda. Revise los ajustes.</translation>
    </message>
    <message>
        <source>This operator may not work at this location. Check the location, or ask a manager.</source>
        <translation>Este operador no puede trabajar en esta tienda. Revise la tienda o pregunte a un encargado.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Su sesión ha terminado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Only a manager can reverse a redemption. Ask a manager to approve it.</source>
        <translation>Solo un encargado puede anular un canje. Pídale que lo apruebe.</translation>
    </message>
    <message>
        <source>The manager&apos;s name or PIN is not right, or they may not approve at this location.</source>
        <translation>El nombre o el PIN del encargado no son correctos, o no puede aprobar en esta tienda.</translation>
    </message>
    <message>
        <source>That is not a card code: check the digits or scan again.</source>
        <translation>Eso no es un código de tarjeta: revise los dígitos o vuelva a escanear.</translation>
    </message>
    <message>
        <source>This code has a typo: the last digit does not match. Check the digits.</source>
        <translation>Este código tiene una errata: el último dígito no coincide. Revise los dígitos.</translation>
    </message>
    <message>
        <source>No card has this code. Check the digits or scan again.</source>
        <translation>Ninguna tarjeta tiene este código. Revise los dígitos o vuelva a escanear.</translation>
    </message>
    <message>
        <source>This card cannot be used.</source>
        <translation>Esta tarjeta no se puede usar.</translation>
    </message>
    <message>
        <source>This card has not been sold or activated yet.</source>
        <translation>Esta tarjeta aún no se ha vendido ni activado.</translation>
    </message>
    <message>
        <source>This card has been sold already.</source>
        <translation>Esta tarjeta ya se ha vendido.</translation>
    </message>
    <message>
        <source>This card is not waiting for activation.</source>
        <translation>Esta tarjeta no está pendiente de activación.</translation>
    </message>
    <message>
        <source>This card is locked. A manager must unlock it first.</source>
        <translation>Esta tarjeta está bloqueada. Un encargado debe desbloquearla primero.</translation>
    </message>
    <message>
        <source>This card has expired.</source>
        <translation>Esta tarjeta ha caducado.</translation>
    </message>
    <message>
        <source>This card cannot be used yet.</source>
        <translation>Esta tarjeta aún no se puede usar.</translation>
    </message>
    <message>
        <source>This card has been voided and cannot be used.</source>
        <translation>Esta tarjeta se ha anulado y no se puede usar.</translation>
    </message>
    <message>
        <source>This card has been closed and cannot be used.</source>
        <translation>Esta tarjeta se ha cerrado y no se puede usar.</translation>
    </message>
    <message>
        <source>This card is used up: nothing is left on it.</source>
        <translation>Esta tarjeta está agotada: no le queda saldo.</translation>
    </message>
    <message>
        <source>This card cannot be used at this store.</source>
        <translation>Esta tarjeta no se puede usar en esta tienda.</translation>
    </message>
    <message>
        <source>This card must be used in full, in one purchase.</source>
        <translation>Esta tarjeta debe usarse completa, en una sola compra.</translation>
    </message>
    <message>
        <source>Not enough on the card. Lower the amount.</source>
        <translation>No hay saldo suficiente en la tarjeta. Reduzca el importe.</translation>
    </message>
    <message>
        <source>This card needs its PIN. Ask the customer for it.</source>
        <translation>Esta tarjeta necesita su PIN. Pídaselo al cliente.</translation>
    </message>
    <message>
        <source>Wrong card PIN. Ask the customer to try again.</source>
        <translation>PIN de la tarjeta incorrecto. Pida al cliente que lo intente de nuevo.</translation>
    </message>
    <message>
        <source>Wrong card PIN (or no card has this code). Ask the customer to try the PIN again.</source>
        <translation>PIN de la tarjeta incorrecto (o ninguna tarjeta tiene este código). Pida al cliente que vuelva a introducir el PIN.</translation>
    </message>
    <message>
        <source>This card needs a reporting code.</source>
        <translation>Esta tarjeta necesita un código de informe.</translation>
    </message>
    <message>
        <source>The activation code is not right.</source>
        <translation>El código de activación no es correcto.</translation>
    </message>
    <message>
        <source>That amount is not valid.</source>
        <translation>Ese importe no es válido.</translation>
    </message>
    <message>
        <source>That currency is not accepted.</source>
        <translation>Esa moneda no se acepta.</translation>
    </message>
    <message>
        <source>The card&apos;s currency does not match.</source>
        <translation>La moneda de la tarjeta no coincide.</translation>
    </message>
    <message>
        <source>Something in the form is not valid. Check it and try again.</source>
        <translation>Algo del formulario no es válido. Revíselo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Enter the amount to take off the card.</source>
        <translation>Introduzca el importe que se descuenta de la tarjeta.</translation>
    </message>
    <message>
        <source>That is not an amount. Type digits, for example {example}.</source>
        <translation>Eso no es un importe. Escriba dígitos, por ejemplo {example}.</translation>
    </message>
    <message>
        <source>That amount is not clear. Use “{mark}” before the cents, for example {example}.</source>
        <translation>Ese importe no está claro. Use «{mark}» antes de los céntimos, por ejemplo {example}.</translation>
    </message>
    <message>
        <source>That amount has too many digits after the decimal mark.</source>
        <translation>Ese importe tiene demasiados decimales.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>El importe debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>That amount is far too large.</source>
        <translation>Ese importe es demasiado alto.</translation>
    </message>
    <message>
        <source>That is more than the card allows. Lower the amount.</source>
        <translation>Es más de lo que permite la tarjeta. Reduzca el importe.</translation>
    </message>
    <message>
        <source>Enter the reporting code: this card needs one.</source>
        <translation>Introduzca el código de informe: esta tarjeta lo necesita.</translation>
    </message>
    <message>
        <source>Enter the reason for the reversal.</source>
        <translation>Introduzca el motivo de la anulación.</translation>
    </message>
    <message>
        <source>Enter the remote ledger&apos;s address, or choose the embedded ledger.</source>
        <translation>Introduzca la dirección del registro remoto o elija el registro integrado.</translation>
    </message>
    <message>
        <source>No redemption has this transaction number.</source>
        <translation>Ningún canje tiene este número de transacción.</translation>
    </message>
    <message>
        <source>This redemption has been reversed already.</source>
        <translation>Este canje ya se ha anulado.</translation>
    </message>
    <message>
        <source>This transaction is not a redemption and cannot be reversed.</source>
        <translation>Esta transacción no es un canje y no se puede anular.</translation>
    </message>
    <message>
        <source>This redemption is too old to reverse here.</source>
        <translation>Este canje es demasiado antiguo para anularlo aquí.</translation>
    </message>
    <message>
        <source>This hold does not exist.</source>
        <translation>Esta reserva no existe.</translation>
    </message>
    <message>
        <source>The hold on this card has expired.</source>
        <translation>La reserva de esta tarjeta ha caducado.</translation>
    </message>
    <message>
        <source>The hold on this card is no longer active.</source>
        <translation>La reserva de esta tarjeta ya no está activa.</translation>
    </message>
    <message>
        <source>This card cannot be reloaded.</source>
        <translation>Esta tarjeta no se puede recargar.</translation>
    </message>
    <message>
        <source>That would put more on the card than it may hold.</source>
        <translation>La tarjeta superaría el saldo máximo que admite.</translation>
    </message>
    <message>
        <source>This card&apos;s program does not exist.</source>
        <translation>El programa de esta tarjeta no existe.</translation>
    </message>
    <message>
        <source>There are no unsold cards left.</source>
        <translation>No quedan tarjetas sin vender.</translation>
    </message>
    <message>
        <source>This request was already sent with different details. Start again with the card.</source>
        <translation>Esta solicitud ya se envió con otros datos. Vuelva a empezar con la tarjeta.</translation>
    </message>
    <message>
        <source>The ledger is still working on this. Wait a moment.</source>
        <translation>El registro aún lo está procesando. Espere un momento.</translation>
    </message>
    <message>
        <source>Too many tries. Wait a moment, then try again.</source>
        <translation>Demasiados intentos. Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The ledger cannot be reached. Your input is kept; try again in a moment.</source>
        <translation>No se puede conectar con el registro. Sus datos se conservan; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The ledger is taking too long to answer. Try again in a moment.</source>
        <translation>El registro tarda demasiado en responder. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The connection dropped during the redemption. Checking whether it went through… do not redeem again.</source>
        <translation>La conexión se cortó durante el canje. Comprobando si se realizó… no vuelva a canjear.</translation>
    </message>
    <message>
        <source>The redemption did not go through: nothing was taken from the card. You can try again.</source>
        <translation>El canje no se realizó: no se descontó nada de la tarjeta. Puede intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Redemption cancelled: it never reached the ledger, so nothing was taken from the card.</source>
        <translation>Canje cancelado: nunca llegó al registro, así que no se descontó nada de la tarjeta.</translation>
    </message>
    <message>
        <source>The connection dropped, but the ledger confirms this redemption went through, once.</source>
        <translation>La conexión se cortó, pero el registro confirma que este canje se realizó, una sola vez.</translation>
    </message>
    <message>
        <source>This redemption was interrupted earlier; the ledger confirms it went through, once.</source>
        <translation>Este canje se interrumpió antes; el registro confirma que se realizó, una sola vez.</translation>
    </message>
    <message>
        <source>A request was interrupted earlier. Checking with the ledger before anything else…</source>
        <translation>Una solicitud se interrumpió antes. Consultando con el registro antes de nada más…</translation>
    </message>
    <message>
        <source>Sign in again so that GiftDesk can finish the interrupted redemption.</source>
        <translation>Vuelva a iniciar sesión para que GiftDesk termine el canje interrumpido.</translation>
    </message>
    <message>
        <source>No password store on this computer: the app will ask you to sign in again next time. Nothing is saved in plain text.</source>
        <translation>No hay almacén de contraseñas en este ordenador: la aplicación le pedirá que inicie sesión de nuevo la próxima vez. No se guarda nada en texto plano.</translation>
    </message>
    <message>
        <source>Starting the ledger…</source>
        <translation>Iniciando el registro…</translation>
    </message>
    <message>
        <source>Something went wrong. Try again; if it keeps happening, call support (details are in the log file).</source>
        <translation>Algo ha fallado. Inténtelo de nuevo; si sigue pasando, llame al servicio de asistencia (los detalles están en el archivo de registro).</translation>
    </message>
</context>
</TS>
