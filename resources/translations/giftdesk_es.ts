<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About GiftDesk</source>
        <translation>Acerca de GiftDesk</translation>
    </message>
    <message>
        <source>GiftDesk %1</source>
        <translation>GiftDesk %1</translation>
    </message>
    <message>
        <source>GiftDesk is free software under the %1 licence.</source>
        <translation>GiftDesk es software libre bajo la licencia %1.</translation>
    </message>
    <message>
        <source>It uses Qt %1 through PySide6 under the GNU Lesser General Public License v3 (LGPL): you may replace these libraries with your own build of them. Qt&apos;s source code: %2</source>
        <translation>Usa Qt %1 a través de PySide6 bajo la GNU Lesser General Public License v3 (LGPL): puede sustituir estas bibliotecas por una versión propia. Código fuente de Qt: %2</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Show the LGPL</source>
        <translation>Mostrar la LGPL</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Show the packages</source>
        <translation>Mostrar los paquetes</translation>
    </message>
</context>
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
    <name>BackOfficeEntry</name>
    <message>
        <source>%1 Back office</source>
        <translation>%1 Administración</translation>
    </message>
</context>
<context>
    <name>BackOfficeScreen</name>
    <message>
        <source>Back office</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Back to the counter</source>
        <translation>Volver a la caja</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operadores</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Tiendas</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>Issue cards</source>
        <translation>Emitir tarjetas</translation>
    </message>
    <message>
        <source>Card finder</source>
        <translation>Buscar tarjetas</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>Remote ledger %1</source>
        <translation>Registro remoto %1</translation>
    </message>
    <message>
        <source>Embedded ledger</source>
        <translation>Registro integrado</translation>
    </message>
</context>
<context>
    <name>BooksScreen</name>
    <message>
        <source>The books</source>
        <translation>La contabilidad</translation>
    </message>
    <message>
        <source>&amp;Liability as of</source>
        <translation>&amp;Pasivo a</translation>
    </message>
    <message>
        <source>Show liability</source>
        <translation>Mostrar pasivo</translation>
    </message>
    <message>
        <source>&amp;Z report of the day</source>
        <translation>Informe &amp;Z del día</translation>
    </message>
    <message>
        <source>all terminals</source>
        <translation>todas las cajas</translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation>&amp;Caja</translation>
    </message>
    <message>
        <source>Show Z report</source>
        <translation>Mostrar informe Z</translation>
    </message>
    <message>
        <source>Z report of this shift</source>
        <translation>Informe Z de este turno</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Abrir turno</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Cerrar turno</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>P&amp;rograma</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <source>St&amp;ore</source>
        <translation>&amp;Tienda</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>Journal of the day as CSV</source>
        <translation>Diario del día en CSV</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Todos los programas</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Todas las monedas</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Todas las tiendas</translation>
    </message>
    <message>
        <source>Reading the shift…</source>
        <translation>Leyendo el turno…</translation>
    </message>
    <message>
        <source>Choose a report above.</source>
        <translation>Elija un informe arriba.</translation>
    </message>
</context>
<context>
    <name>CameraChoiceBox</name>
    <message>
        <source>None: type or use the USB scanner</source>
        <translation>Ninguna: escribir o usar el escáner USB</translation>
    </message>
    <message>
        <source>Default camera</source>
        <translation>Cámara predeterminada</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Cámara: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Camera %1 (not connected)</source>
        <translation>Cámara %1 (no conectada)</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <source>No picture</source>
        <translation>Sin imagen</translation>
    </message>
</context>
<context>
    <name>CardActionScreen</name>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Next card</source>
        <translation>Siguiente tarjeta</translation>
    </message>
    <message>
        <source>Add to the balance</source>
        <translation>Sumar al saldo</translation>
    </message>
    <message>
        <source>Take off the balance</source>
        <translation>Restar del saldo</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Sin fecha de fin</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation>Código de activación</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Tarjeta nueva</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Imprimir recibo</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>  (manager)</source>
        <translation>  (encargado)</translation>
    </message>
    <message>
        <source>Scan or type the unsold card, or take the next card of a program.</source>
        <translation>Escanee o escriba la tarjeta sin vender, o tome la siguiente tarjeta de un programa.</translation>
    </message>
    <message>
        <source>Card %1 · %2 · balance %3</source>
        <translation>Tarjeta %1 · %2 · saldo %3</translation>
    </message>
    <message>
        <source>Leave the value empty to sell it at %1.</source>
        <translation>Sin valor, se vende por %1.</translation>
    </message>
    <message>
        <source>This card may hold at most %1.</source>
        <translation>Esta tarjeta puede tener como máximo %1.</translation>
    </message>
    <message>
        <source>Its balance of %1 will be written off.</source>
        <translation>Su saldo de %1 se dará de baja.</translation>
    </message>
    <message>
        <source>The whole balance moves to the new card; this card is closed.</source>
        <translation>Todo el saldo pasa a la tarjeta nueva; esta tarjeta se cierra.</translation>
    </message>
    <message>
        <source>Give the transaction number of the redemption, or a reason (a refund without one needs a manager).</source>
        <translation>Indique el número de transacción del canje, o un motivo (un reembolso sin transacción necesita un encargado).</translation>
    </message>
    <message>
        <source>%1: %2 — shown only this once; it is on the receipt.</source>
        <translation>%1: %2 — se muestra solo esta vez; está en el recibo.</translation>
    </message>
    <message>
        <source>Card %1 · %2</source>
        <translation>Tarjeta %1 · %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>CardActions</name>
    <message>
        <source>Only a manager can do this. A manager approves this one action: %1.</source>
        <translation>Solo un encargado puede hacerlo. Un encargado aprueba esta única acción: %1.</translation>
    </message>
    <message>
        <source>Not done: no manager approval.</source>
        <translation>No realizado: sin aprobación de un encargado.</translation>
    </message>
    <message>
        <source>No receipt to print yet.</source>
        <translation>Todavía no hay recibo para imprimir.</translation>
    </message>
    <message>
        <source>The PDF could not be saved.</source>
        <translation>No se pudo guardar el PDF.</translation>
    </message>
    <message>
        <source>Training mode: shifts are opened and closed outside training.</source>
        <translation>Modo formación: los turnos se abren y se cierran fuera de la formación.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
</context>
<context>
    <name>CardActionsScreen</name>
    <message>
        <source>What should happen to this card?</source>
        <translation>¿Qué hacer con esta tarjeta?</translation>
    </message>
    <message>
        <source>Nothing more can be done with this card.</source>
        <translation>Ya no se puede hacer nada con esta tarjeta.</translation>
    </message>
    <message>
        <source>Actions marked (manager) need a manager: a cashier is asked for a manager&apos;s name and PIN.</source>
        <translation>Las acciones marcadas (encargado) necesitan un encargado: al cajero se le piden el nombre y el PIN de un encargado.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Sell another card</source>
        <translation>Vender tarjeta</translation>
    </message>
    <message>
        <source>Reprint last receipt</source>
        <translation>Reimprimir recibo</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>Contabilidad</translation>
    </message>
    <message>
        <source>Card %1 · %2 · %3</source>
        <translation>Tarjeta %1 · %2 · %3</translation>
    </message>
    <message>
        <source>balance %1</source>
        <translation>saldo %1</translation>
    </message>
    <message>
        <source>  (manager)</source>
        <translation>  (encargado)</translation>
    </message>
</context>
<context>
    <name>CardScreen</name>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Can be used now</source>
        <translation>Canjeable ahora</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validez</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>Card QR code</source>
        <translation>Código QR de la tarjeta</translation>
    </message>
    <message>
        <source>Next card</source>
        <translation>Siguiente tarjeta</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Export card</source>
        <translation>Exportar tarjeta</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Canjear</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Quedan %1</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>Saldo %1</translation>
    </message>
    <message>
        <source> (%1 on hold)</source>
        <translation> (%1 retenido)</translation>
    </message>
    <message>
        <source>  ·  TRAINING CARD</source>
        <translation>  ·  TARJETA DE FORMACIÓN</translation>
    </message>
    <message>
        <source>%1 Nothing can be redeemed from it.</source>
        <translation>%1 No se puede canjear nada de ella.</translation>
    </message>
</context>
<context>
    <name>CodeEntry</name>
    <message>
        <source>Type the 12 digits, or scan the card.</source>
        <translation>Escriba los 12 dígitos o escanee la tarjeta.</translation>
    </message>
    <message>
        <source>%1 of %2 digits</source>
        <translation>%1 de %2 dígitos</translation>
    </message>
    <message>
        <source>Too many digits: a card code has %1, this has %2.</source>
        <translation>Demasiados dígitos: un código de tarjeta tiene %1, este tiene %2.</translation>
    </message>
    <message>
        <source>Code checks out. Press Enter.</source>
        <translation>El código es correcto. Pulse Intro.</translation>
    </message>
    <message>
        <source>This QR code is not a GiftDesk card.</source>
        <translation>Este código QR no es una tarjeta GiftDesk.</translation>
    </message>
    <message>
        <source>That is not a card code: enter the 12 digits or scan the QR code.</source>
        <translation>Eso no es un código de tarjeta: introduzca los 12 dígitos o escanee el código QR.</translation>
    </message>
    <message>
        <source>QR code read. Press Enter.</source>
        <translation>Código QR leído. Pulse Intro.</translation>
    </message>
    <message>
        <source>Card code</source>
        <translation>Código de la tarjeta</translation>
    </message>
    <message>
        <source>A card code has %1 digits: %2 typed so far.</source>
        <translation>Un código de tarjeta tiene %1 dígitos: %2 escritos hasta ahora.</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Confirm redemption</source>
        <translation>Confirmar canje</translation>
    </message>
    <message>
        <source>Cancel this redemption</source>
        <translation>Cancelar este canje</translation>
    </message>
    <message>
        <source>Take %1 off card %2?</source>
        <translation>¿Descontar %1 de la tarjeta %2?</translation>
    </message>
    <message>
        <source>Balance after: %1</source>
        <translation>Saldo después: %1</translation>
    </message>
    <message>
        <source>Reporting code: %1</source>
        <translation>Código de informe: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referencia: %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Comentario: %1</translation>
    </message>
    <message>
        <source>Checking an interrupted redemption…</source>
        <translation>Comprobando un canje interrumpido…</translation>
    </message>
    <message>
        <source>Checking with the ledger…</source>
        <translation>Consultando el registro…</translation>
    </message>
</context>
<context>
    <name>ExpiryPlurals</name>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Caduca en %n día</numerusform>
            <numerusform>Caduca en %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FinderTab</name>
    <message>
        <source>Code (or its first digits), recipient, sender or reference</source>
        <translation>Código (o sus primeros dígitos), destinatario, remitente o referencia</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Open card</source>
        <translation>Abrir tarjeta</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>No card matches.</source>
        <translation>Ninguna tarjeta coincide.</translation>
    </message>
    <message>
        <source>Pick a card in the list first.</source>
        <translation>Elija primero una tarjeta de la lista.</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Saldo después</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Canjeado</translation>
    </message>
    <message>
        <source>Redeemed (hold)</source>
        <translation>Canjeado (retención)</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Anulado</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendido</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Recargado</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Retenido</translation>
    </message>
    <message>
        <source>Hold released</source>
        <translation>Retención liberada</translation>
    </message>
    <message>
        <source>Hold expired</source>
        <translation>Retención caducada</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Desbloqueado</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Anulado (tarjeta)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Ajustado</translation>
    </message>
    <message>
        <source>Details changed</source>
        <translation>Datos cambiados</translation>
    </message>
    <message>
        <source>Wrong card PIN</source>
        <translation>PIN de la tarjeta incorrecto</translation>
    </message>
    <message>
        <source>net %1</source>
        <translation>neto %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Scan a card to see its history.</source>
        <translation>Escanee una tarjeta para ver su historial.</translation>
    </message>
    <message>
        <source>&amp;Card history</source>
        <translation>Historial de la &amp;tarjeta</translation>
    </message>
    <message>
        <source>This &amp;shift</source>
        <translation>Este &amp;turno</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Reverse selected</source>
        <translation>Anular la selección</translation>
    </message>
    <message>
        <source>Card %1 — %2: balance %3</source>
        <translation>Tarjeta %1 — %2: saldo %3</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>aprobado por %1</translation>
    </message>
    <message>
        <source>%1 / %2, since signing in at %3</source>
        <translation>%1 / %2, desde el inicio de sesión a las %3</translation>
    </message>
    <message>
        <source>%1 / %2, shift %4 open since %3</source>
        <translation>%1 / %2, turno %4 abierto desde %3</translation>
    </message>
    <message>
        <source>Training mode: practice redemptions only. They count in no total, so none is shown.</source>
        <translation>Modo de formación: solo canjes de práctica. No cuentan en ningún total, por eso no se muestra ninguno.</translation>
    </message>
    <message>
        <source>No redemptions yet in this shift.</source>
        <translation>Todavía no hay canjes en este turno.</translation>
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
    <name>IssueTab</name>
    <message>
        <source>Active now, with this value (cards given away or sold as they are)</source>
        <translation>Activa ya, con este valor (tarjetas regaladas o vendidas tal cual)</translation>
    </message>
    <message>
        <source>Pending: each card is activated when it is sold at the counter</source>
        <translation>Pendiente: cada tarjeta se activa al venderla en caja</translation>
    </message>
    <message>
        <source>Empty: the program&apos;s value</source>
        <translation>Vacío: el valor del programa</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Number of cards</source>
        <translation>Número de tarjetas</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Guardar CSV…</translation>
    </message>
    <message>
        <source>Print sheet (PDF)…</source>
        <translation>Imprimir hoja (PDF)…</translation>
    </message>
    <message>
        <source>Issue cards</source>
        <translation>Emitir tarjetas</translation>
    </message>
    <message>
        <source>Loading the programs…</source>
        <translation>Cargando los programas…</translation>
    </message>
    <message>
        <source>Create a program first (Programs tab).</source>
        <translation>Cree primero un programa (pestaña Programas).</translation>
    </message>
    <message>
        <source>Choose the program of the cards.</source>
        <translation>Elija el programa de las tarjetas.</translation>
    </message>
    <message>
        <source>Issuing the cards…</source>
        <translation>Emitiendo las tarjetas…</translation>
    </message>
    <message>
        <source>Cancelled: %1 made before were kept. Save the CSV and print the sheet.</source>
        <translation>Cancelado: se conservan las %1 ya creadas. Guarde el CSV e imprima la hoja.</translation>
    </message>
    <message>
        <source>Cancelled: no card of this batch was kept.</source>
        <translation>Cancelado: no se ha conservado ninguna tarjeta de este lote.</translation>
    </message>
    <message>
        <source>The %1 made before were kept. Save the CSV and print the sheet.</source>
        <translation>Se conservan las %1 ya creadas. Guarde el CSV e imprima la hoja.</translation>
    </message>
    <message>
        <source>%1 issued. Save the CSV and print the sheet.</source>
        <translation>%1 emitida(s). Guarde el CSV e imprima la hoja.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>No se pudo guardar el archivo: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Saving the cards…</source>
        <translation>Guardando las tarjetas…</translation>
    </message>
    <message>
        <source>Save the CSV first: the sheet is printed from it.</source>
        <translation>Guarde primero el CSV: la hoja se imprime a partir de él.</translation>
    </message>
    <message>
        <source>The sheet could not be made: %1</source>
        <translation>No se pudo crear la hoja: %1</translation>
    </message>
    <message>
        <source>Sheet saved: %1</source>
        <translation>Hoja guardada: %1</translation>
    </message>
    <message>
        <source>Save the cards</source>
        <translation>Guardar las tarjetas</translation>
    </message>
    <message>
        <source>Card lists (*.csv)</source>
        <translation>Listas de tarjetas (*.csv)</translation>
    </message>
    <message>
        <source>Save the sheet</source>
        <translation>Guardar la hoja</translation>
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
        <source>TRAINING MODE — practice only: no real card changes, nothing counts in reports</source>
        <translation>MODO DE FORMACIÓN — solo práctica: sin cambios en tarjetas reales, nada cuenta en los informes</translation>
    </message>
    <message>
        <source>F2 New card · F6 History · F7 Reverse · F9 Settings · Ctrl+L Sign out</source>
        <translation>F2 Nueva tarjeta · F6 Historial · F7 Anular · F9 Ajustes · Ctrl+L Salir</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>cajero</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>encargado</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>  [TRAINING]</source>
        <translation>  [FORMACIÓN]</translation>
    </message>
    <message>
        <source>The ledger could not be started. Check Settings (F9), or call support: details are in the log file.</source>
        <translation>No se pudo iniciar el registro. Revise los ajustes (F9) o llame al soporte: los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <source>GiftDesk keeps trying.</source>
        <translation>GiftDesk sigue intentándolo.</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>Starting the ledger… you will be signed in when it is ready.</source>
        <translation>Iniciando el registro… iniciará sesión en cuanto esté listo.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
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
    <message>
        <source>The card could not be exported.</source>
        <translation>No se pudo exportar la tarjeta.</translation>
    </message>
    <message>
        <source>Card saved as PNG, SVG and PDF in %1</source>
        <translation>Tarjeta guardada como PNG, SVG y PDF en %1</translation>
    </message>
    <message>
        <source>Cards to print (CSV from giftdesk cards generate)</source>
        <translation>Tarjetas para imprimir (CSV de giftdesk cards generate)</translation>
    </message>
    <message>
        <source>Card lists (*.csv)</source>
        <translation>Listas de tarjetas (*.csv)</translation>
    </message>
    <message>
        <source>Value on the cards</source>
        <translation>Valor de las tarjetas</translation>
    </message>
    <message>
        <source>Value printed on each card (e.g. $25.00):</source>
        <translation>Valor impreso en cada tarjeta (p. ej. 25,00 €):</translation>
    </message>
    <message>
        <source>The card sheet could not be made: %1</source>
        <translation>No se pudo crear la hoja de tarjetas: %1</translation>
    </message>
    <message>
        <source>Card sheet saved: %1</source>
        <translation>Hoja de tarjetas guardada: %1</translation>
    </message>
    <message>
        <source>%1 back on card %2 (transaction %3).</source>
        <translation>%1 de vuelta a la tarjeta %2 (transacción %3).</translation>
    </message>
    <message>
        <source>Not reversed: no manager approval.</source>
        <translation>No anulado: sin aprobación de un encargado.</translation>
    </message>
    <message>
        <source>Location or terminal changed: sign in again.</source>
        <translation>Tienda o caja cambiada: vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Connecting to the ledger…</source>
        <translation>Conectando con el registro…</translation>
    </message>
    <message>
        <source>Ledger version %1, database %2.</source>
        <translation>Registro versión %1, base de datos %2.</translation>
    </message>
</context>
<context>
    <name>ManagerOverrideDialog</name>
    <message>
        <source>Manager approval</source>
        <translation>Aprobación de un encargado</translation>
    </message>
    <message>
        <source>Manager approval needed</source>
        <translation>Se necesita la aprobación de un encargado</translation>
    </message>
    <message>
        <source>Only a manager can reverse a redemption. A manager approves this one reversal: %1</source>
        <translation>Solo un encargado puede anular un canje. Un encargado aprueba esta única anulación: %1</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Encargado</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>PIN del encargado</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Encargado</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Enter the manager&apos;s name and PIN.</source>
        <translation>Introduzca el nombre y el PIN del encargado.</translation>
    </message>
</context>
<context>
    <name>MoneyApproval</name>
    <message>
        <source>Nobody is signed in: saving a change to the ledger, location, terminal or training mode asks for a manager&apos;s or an admin&apos;s name and PIN.</source>
        <translation>Nadie ha iniciado sesión: cambiar el registro, la tienda, la caja o el modo de formación pide el nombre y el PIN de un encargado o un administrador.</translation>
    </message>
    <message>
        <source>The ledger cannot be reached: its address alone can be changed without approval, so this till is not stuck. Location, terminal and training mode still need a manager&apos;s or an admin&apos;s PIN.</source>
        <translation>No se puede conectar con el registro: solo su dirección puede cambiarse sin aprobación, para que esta caja no se quede bloqueada. La tienda, la caja y el modo de formación siguen necesitando el PIN de un encargado o un administrador.</translation>
    </message>
    <message>
        <source>Not saved: the ledger cannot be reached, so nobody can approve this. Change only the ledger&apos;s address, or try again when it is back.</source>
        <translation>No guardado: no se puede conectar con el registro, así que nadie puede aprobarlo. Cambie solo la dirección del registro o inténtelo de nuevo cuando vuelva.</translation>
    </message>
    <message>
        <source>the embedded ledger</source>
        <translation>el registro integrado</translation>
    </message>
    <message>
        <source>ledger %1 → %2</source>
        <translation>registro %1 → %2</translation>
    </message>
    <message>
        <source>location %1 → %2</source>
        <translation>tienda %1 → %2</translation>
    </message>
    <message>
        <source>terminal %1 → %2</source>
        <translation>caja %1 → %2</translation>
    </message>
    <message>
        <source>training mode on</source>
        <translation>modo de formación activado</translation>
    </message>
    <message>
        <source>training mode off</source>
        <translation>modo de formación desactivado</translation>
    </message>
    <message>
        <source>Only a manager or an admin can change where money goes. Their name and PIN approve this change: %1.</source>
        <translation>Solo un encargado o un administrador puede cambiar adónde va el dinero. Su nombre y su PIN aprueban este cambio: %1.</translation>
    </message>
    <message>
        <source>Manager or admin approval needed</source>
        <translation>Se necesita la aprobación de un encargado o un administrador</translation>
    </message>
    <message>
        <source>Not saved: a change to where money goes needs a manager&apos;s or an admin&apos;s approval.</source>
        <translation>No guardado: cambiar adónde va el dinero necesita la aprobación de un encargado o un administrador.</translation>
    </message>
    <message>
        <source>%1 is a cashier: only a manager or an admin can approve this.</source>
        <translation>%1 es cajero: solo un encargado o un administrador puede aprobarlo.</translation>
    </message>
</context>
<context>
    <name>OperatorsTab</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Tiendas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN otra vez</translation>
    </message>
    <message>
        <source>Every store</source>
        <translation>Todas las tiendas</translation>
    </message>
    <message>
        <source>Works at</source>
        <translation>Trabaja en</translation>
    </message>
    <message>
        <source>A cashier sells and redeems; a manager also reverses, approves and issues cards; an admin also manages people, stores and programs.</source>
        <translation>Un cajero vende y canjea; un encargado también anula, aprueba y emite tarjetas; un administrador también gestiona personas, tiendas y programas.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Restablecer PIN</translation>
    </message>
    <message>
        <source>Save role and stores</source>
        <translation>Guardar rol y tiendas</translation>
    </message>
    <message>
        <source>Add operator</source>
        <translation>Añadir operador</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Encargado</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Loading the operators…</source>
        <translation>Cargando los operadores…</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>The PIN has 4 to 12 digits.</source>
        <translation>El PIN tiene de 4 a 12 dígitos.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN again.</source>
        <translation>Los dos PIN no coinciden. Escriba el PIN otra vez.</translation>
    </message>
    <message>
        <source>Tick the stores this operator works at.</source>
        <translation>Marque las tiendas donde trabaja este operador.</translation>
    </message>
    <message>
        <source>Enter the operator&apos;s name.</source>
        <translation>Escriba el nombre del operador.</translation>
    </message>
    <message>
        <source>Adding the operator…</source>
        <translation>Añadiendo el operador…</translation>
    </message>
    <message>
        <source>%1 can sign in now.</source>
        <translation>%1 ya puede iniciar sesión.</translation>
    </message>
    <message>
        <source>Pick an operator in the list first.</source>
        <translation>Elija primero un operador de la lista.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>Setting the new PIN…</source>
        <translation>Estableciendo el nuevo PIN…</translation>
    </message>
    <message>
        <source>New PIN set for %1.</source>
        <translation>Nuevo PIN establecido para %1.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 ya no puede iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 puede volver a iniciar sesión.</translation>
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
    <message numerus="yes">
        <source>%n reversal(s)</source>
        <translation>
            <numerusform>%n anulación</numerusform>
            <numerusform>%n anulaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramForm</name>
    <message>
        <source>Type the number of items, like 5.</source>
        <translation>Escriba el número de artículos, por ejemplo 5.</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Dinero</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Ready when sold</source>
        <translation>Lista al venderse</translation>
    </message>
    <message>
        <source>Needs its activation code</source>
        <translation>Necesita su código de activación</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Fixed first day</source>
        <translation>Primer día fijo</translation>
    </message>
    <message>
        <source>Fixed last day</source>
        <translation>Último día fijo</translation>
    </message>
    <message>
        <source>Reloadable</source>
        <translation>Recargable</translation>
    </message>
    <message>
        <source>Partial use</source>
        <translation>Uso parcial</translation>
    </message>
    <message>
        <source>Every store</source>
        <translation>Todas las tiendas</translation>
    </message>
    <message>
        <source>Promotional</source>
        <translation>Promocional</translation>
    </message>
    <message>
        <source>Card PIN</source>
        <translation>PIN de tarjeta</translation>
    </message>
    <message>
        <source>Reporting code required</source>
        <translation>Código de informe obligatorio</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>What staff and customers see, e.g. Gift card.</source>
        <translation>Lo que ven el personal y los clientes, p. ej. Tarjeta regalo.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Money: the card holds an amount. Items: it holds a number of things, like 5 coffees.</source>
        <translation>Dinero: la tarjeta guarda un importe. Artículos: guarda un número de cosas, p. ej. 5 cafés.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>The money the card&apos;s value is in.</source>
        <translation>La moneda del valor de la tarjeta.</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Nombre del artículo</translation>
    </message>
    <message>
        <source>What one item is called, e.g. Coffee (item cards only).</source>
        <translation>Cómo se llama un artículo, p. ej. Café (solo tarjetas de artículos).</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>What a new card is worth unless another value is given when it is issued or sold.</source>
        <translation>Lo que vale una tarjeta nueva si no se indica otro valor al emitirla o venderla.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>With an activation code, a sold card works only once the code from the receipt is entered.</source>
        <translation>Con código de activación, una tarjeta vendida solo funciona cuando se introduce el código del recibo.</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validez</translation>
    </message>
    <message>
        <source>How long a card works after it is issued.</source>
        <translation>Cuánto tiempo funciona una tarjeta tras emitirse.</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Cards cannot be used before this day, e.g. for a season or an event. Unticked: from the day they are sold.</source>
        <translation>Las tarjetas no se pueden usar antes de este día, p. ej. para una temporada o un evento. Sin marcar: desde el día de la venta.</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Every card stops working after this day, whatever the validity above says. Unticked: only the validity above counts.</source>
        <translation>Después de este día ninguna tarjeta funciona, diga lo que diga la validez de arriba. Sin marcar: solo cuenta la validez de arriba.</translation>
    </message>
    <message>
        <source>Money can be added to a card later.</source>
        <translation>Se puede añadir dinero a la tarjeta más tarde.</translation>
    </message>
    <message>
        <source>Max balance</source>
        <translation>Saldo máximo</translation>
    </message>
    <message>
        <source>The most a card may hold after reloads; empty for no limit.</source>
        <translation>Lo máximo que puede guardar una tarjeta tras recargas; vacío para sin límite.</translation>
    </message>
    <message>
        <source>A card may be spent over several purchases; off: all in one purchase.</source>
        <translation>Una tarjeta puede gastarse en varias compras; desactivado: todo en una compra.</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Tiendas</translation>
    </message>
    <message>
        <source>Where the cards work.</source>
        <translation>Dónde funcionan las tarjetas.</translation>
    </message>
    <message>
        <source>Given away, not sold: reported apart from money customers paid.</source>
        <translation>Regalada, no vendida: se informa aparte del dinero que pagaron los clientes.</translation>
    </message>
    <message>
        <source>Each card gets a secret PIN the customer must give to use it.</source>
        <translation>Cada tarjeta recibe un PIN secreto que el cliente debe dar para usarla.</translation>
    </message>
    <message>
        <source>Every redemption must carry a reporting code, such as an order number.</source>
        <translation>Cada canje debe llevar un código de informe, como un número de pedido.</translation>
    </message>
    <message>
        <source>Enter the program&apos;s name.</source>
        <translation>Escriba el nombre del programa.</translation>
    </message>
    <message>
        <source>The currency is a three-letter code, like USD or EUR.</source>
        <translation>La moneda es un código de tres letras, como USD o EUR.</translation>
    </message>
    <message>
        <source>Tick the stores where the cards work.</source>
        <translation>Marque las tiendas donde funcionan las tarjetas.</translation>
    </message>
    <message>
        <source>Name the item, like Coffee.</source>
        <translation>Nombre el artículo, p. ej. Café.</translation>
    </message>
    <message>
        <source>The last day cannot be before the first day.</source>
        <translation>El último día no puede ser anterior al primer día.</translation>
    </message>
</context>
<context>
    <name>ProgramsTab</name>
    <message>
        <source>Id</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>New program</source>
        <translation>Nuevo programa</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Loading the programs…</source>
        <translation>Cargando los programas…</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Issuing</source>
        <translation>Emitiendo</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Dinero</translation>
    </message>
    <message>
        <source>Creating the program…</source>
        <translation>Creando el programa…</translation>
    </message>
    <message>
        <source>Program %1 created: issue its cards in Issue cards.</source>
        <translation>Programa %1 creado: emita sus tarjetas en Emitir tarjetas.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>No ha cambiado nada.</translation>
    </message>
    <message>
        <source>Saving the program…</source>
        <translation>Guardando el programa…</translation>
    </message>
    <message>
        <source>Program %1 saved.</source>
        <translation>Programa %1 guardado.</translation>
    </message>
    <message>
        <source>Retiring the program…</source>
        <translation>Retirando el programa…</translation>
    </message>
    <message>
        <source>Program %1 retired: it issues no new cards; its cards keep working.</source>
        <translation>Programa %1 retirado: no emite tarjetas nuevas; sus tarjetas siguen funcionando.</translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <source>QR code of the card</source>
        <translation>Código QR de la tarjeta</translation>
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
    <name>RedeemScreen</name>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Importe</translation>
    </message>
    <message>
        <source>Reporting code</source>
        <translation>Código de informe</translation>
    </message>
    <message>
        <source>Reporting &amp;code</source>
        <translation>&amp;Código de informe</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>R&amp;eference</source>
        <translation>R&amp;eferencia</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>Co&amp;mentario</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Redeem from card %1</source>
        <translation>Canjear de la tarjeta %1</translation>
    </message>
    <message>
        <source>Available: %1</source>
        <translation>Disponible: %1</translation>
    </message>
    <message>
        <source>  (must be used in full)</source>
        <translation>  (debe usarse completa)</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;Artículos</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>&amp;Importe (%1)</translation>
    </message>
    <message>
        <source>Reporting &amp;code (required)</source>
        <translation>&amp;Código de informe (obligatorio)</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Imprimir recibo</translation>
    </message>
    <message>
        <source>Receipt PDF</source>
        <translation>Recibo en PDF</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Anular</translation>
    </message>
    <message>
        <source>Next card</source>
        <translation>Siguiente tarjeta</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Anulado</translation>
    </message>
    <message>
        <source>Redeemed %1, since reversed</source>
        <translation>%1 canjeado, anulado después</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>Saldo %1</translation>
    </message>
    <message>
        <source>Practice only</source>
        <translation>Solo práctica</translation>
    </message>
    <message>
        <source>Redeemed %1</source>
        <translation>%1 canjeado</translation>
    </message>
    <message>
        <source>Practice balance %1</source>
        <translation>Saldo de práctica %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>New balance %1</source>
        <translation>Saldo nuevo %1</translation>
    </message>
    <message>
        <source>%1 at %2 / %3</source>
        <translation>%1 en %2 / %3</translation>
    </message>
    <message>
        <source>Reporting code</source>
        <translation>Código de informe</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>TRAINING — no real card changed</source>
        <translation>FORMACIÓN — ninguna tarjeta real cambiada</translation>
    </message>
</context>
<context>
    <name>ReverseScreen</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reverse a redemption</source>
        <translation>Anular un canje</translation>
    </message>
    <message>
        <source>&amp;Transaction</source>
        <translation>&amp;Transacción</translation>
    </message>
    <message>
        <source>Transaction number</source>
        <translation>Número de transacción</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Type a transaction number, or pick one from today&apos;s list.</source>
        <translation>Escriba un número de transacción o elija uno de la lista de hoy.</translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>&amp;Motivo (obligatorio)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Anular</translation>
    </message>
    <message>
        <source>This terminal&apos;s redemptions today (Enter picks one)</source>
        <translation>Canjes de hoy en esta caja (Intro elige uno)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Anulado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Reversed: %1 is back on card %2. Balance now %3.</source>
        <translation>Anulado: %1 vuelve a la tarjeta %2. Saldo ahora %3.</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>Aprobado por %1.</translation>
    </message>
    <message>
        <source>Next card</source>
        <translation>Siguiente tarjeta</translation>
    </message>
    <message>
        <source>Transaction %1: %2 from card %3, %4, by %5 at %6 / %7.</source>
        <translation>Transacción %1: %2 de la tarjeta %3, %4, por %5 en %6 / %7.</translation>
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
    <message>
        <source>Type the transaction number printed on the receipt.</source>
        <translation>Escriba el número de transacción impreso en el recibo.</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>Scan the card, or type its 12 digits</source>
        <translation>Escanee la tarjeta o escriba sus 12 dígitos</translation>
    </message>
    <message>
        <source>Card &amp;PIN</source>
        <translation>&amp;PIN de la tarjeta</translation>
    </message>
    <message>
        <source>Card PIN</source>
        <translation>PIN de la tarjeta</translation>
    </message>
    <message>
        <source>Check card</source>
        <translation>Comprobar tarjeta</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Checking the card…</source>
        <translation>Comprobando la tarjeta…</translation>
    </message>
    <message>
        <source>Redeeming…</source>
        <translation>Canjeando…</translation>
    </message>
    <message>
        <source>Loading the card&apos;s history…</source>
        <translation>Cargando el historial de la tarjeta…</translation>
    </message>
    <message>
        <source>Loading this shift…</source>
        <translation>Cargando el turno…</translation>
    </message>
    <message>
        <source>Looking up the transaction…</source>
        <translation>Buscando la transacción…</translation>
    </message>
    <message>
        <source>Loading today&apos;s redemptions…</source>
        <translation>Cargando los canjes de hoy…</translation>
    </message>
    <message>
        <source>Reversing…</source>
        <translation>Anulando…</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Leyendo la tarjeta…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Checking the saved sign-in…</source>
        <translation>Comprobando la sesión guardada…</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Cerrando sesión…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>Contabilidad</translation>
    </message>
    <message>
        <source>Reading the books…</source>
        <translation>Leyendo la contabilidad…</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Card action</source>
        <translation>Acción de tarjeta</translation>
    </message>
    <message>
        <source>Sending to the ledger…</source>
        <translation>Enviando al registro…</translation>
    </message>
    <message>
        <source>Card actions</source>
        <translation>Acciones de tarjeta</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Canjear</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Canjeado</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Anular</translation>
    </message>
    <message>
        <source>Scan or enter a card</source>
        <translation>Escanear o introducir una tarjeta</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Checking the ledger…</source>
        <translation>Comprobando el registro…</translation>
    </message>
    <message>
        <source>Checking the approval…</source>
        <translation>Comprobando la aprobación…</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>The scan screen reads QR codes held up to this camera. Typing and USB scanners always work.</source>
        <translation>La pantalla de escaneo lee los códigos QR que se muestran a esta cámara. Escribir y los escáneres USB siempre funcionan.</translation>
    </message>
    <message>
        <source>This run scans from the file given with --camera-file; it is not saved. Choose another source to save it. Typing and USB scanners always work.</source>
        <translation>Esta ejecución escanea del archivo indicado con --camera-file; no se guarda. Elija otra fuente para guardarla. Escribir y los escáneres USB siempre funcionan.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>&amp;Embedded: the ledger on this computer</source>
        <translation>&amp;Integrado: el registro en este ordenador</translation>
    </message>
    <message>
        <source>&amp;Remote ledger server at:</source>
        <translation>Servidor de &amp;registro remoto en:</translation>
    </message>
    <message>
        <source>Remote ledger address</source>
        <translation>Dirección del registro remoto</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>This counter</source>
        <translation>Este mostrador</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Tienda</translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation>&amp;Caja</translation>
    </message>
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
        <source>Only a manager or an admin can change the ledger, location, terminal and training mode.</source>
        <translation>Solo un encargado o un administrador puede cambiar el registro, la tienda, el terminal y el modo de formación.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>About GiftDesk</source>
        <translation>Acerca de GiftDesk</translation>
    </message>
    <message>
        <source>Asked for on the next receipt</source>
        <translation>Se pregunta en el próximo recibo</translation>
    </message>
    <message>
        <source>Enter this counter&apos;s location and terminal.</source>
        <translation>Introduzca la tienda y la caja de este mostrador.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Conectado.</translation>
    </message>
</context>
<context>
    <name>SetupGate</name>
    <message>
        <source>Setting up the ledger…</source>
        <translation>Configurando el registro…</translation>
    </message>
    <message>
        <source>Filling in the demo data…</source>
        <translation>Rellenando los datos de demostración…</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <source>Set up GiftDesk</source>
        <translation>Configurar GiftDesk</translation>
    </message>
    <message>
        <source>Welcome to GiftDesk</source>
        <translation>Bienvenido a GiftDesk</translation>
    </message>
    <message>
        <source>This ledger is new. Name your shop, its first store and its first admin (who can add the others later).</source>
        <translation>Este registro es nuevo. Nombre su negocio, su primera tienda y su primer administrador (que podrá añadir a los demás después).</translation>
    </message>
    <message>
        <source>e.g. MAIN</source>
        <translation>p. ej. MAIN</translation>
    </message>
    <message>
        <source>e.g. High Street</source>
        <translation>p. ej. Calle Mayor</translation>
    </message>
    <message>
        <source>&amp;Shop name</source>
        <translation>Nombre del &amp;negocio</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <source>Store &amp;code</source>
        <translation>&amp;Código de tienda</translation>
    </message>
    <message>
        <source>Store &amp;name</source>
        <translation>No&amp;mbre de tienda</translation>
    </message>
    <message>
        <source>&amp;Admin name</source>
        <translation>Nombre del &amp;administrador</translation>
    </message>
    <message>
        <source>Admin &amp;PIN</source>
        <translation>&amp;PIN del administrador</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN &amp;otra vez</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>Probar con datos de demostración</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Configurar</translation>
    </message>
    <message>
        <source>Demo data is a coffee shop with sample cards and PINs, to look around; it is not for real sales.</source>
        <translation>Los datos de demostración son una cafetería con tarjetas y PIN de ejemplo, para curiosear; no son para ventas reales.</translation>
    </message>
    <message>
        <source>Enter the shop&apos;s name.</source>
        <translation>Escriba el nombre del negocio.</translation>
    </message>
    <message>
        <source>The currency is a three-letter code, like USD or EUR.</source>
        <translation>La moneda es un código de tres letras, como USD o EUR.</translation>
    </message>
    <message>
        <source>Enter a short code for the first store, like MAIN.</source>
        <translation>Escriba un código corto para la primera tienda, p. ej. MAIN.</translation>
    </message>
    <message>
        <source>Enter the first admin&apos;s name.</source>
        <translation>Escriba el nombre del primer administrador.</translation>
    </message>
    <message>
        <source>The PIN has 4 to 12 digits.</source>
        <translation>El PIN tiene de 4 a 12 dígitos.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN again.</source>
        <translation>Los dos PIN no coinciden. Escriba el PIN otra vez.</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>GiftDesk — sign in</source>
        <translation>GiftDesk — inicio de sesión</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>&amp;Operator</source>
        <translation>&amp;Operador</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Tienda</translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation>&amp;Caja</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>New demo ledger: cashier / 1111, manager / 9999 at STORE-1.</source>
        <translation>Registro de demostración nuevo: cashier / 1111, manager / 9999 en STORE-1.</translation>
    </message>
    <message>
        <source>Fill in: %1.</source>
        <translation>Rellene: %1.</translation>
    </message>
    <message>
        <source>Demo ledger: cashier / 1111, manager / 9999 at STORE-1; admin / 0000 anywhere.</source>
        <translation>Registro de demostración: cashier / 1111, manager / 9999 en STORE-1; admin / 0000 en cualquier tienda.</translation>
    </message>
    <message>
        <source>Cards to try:</source>
        <translation>Tarjetas para probar:</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
</context>
<context>
    <name>StoresTab</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Short code on receipts and reports, e.g. MALL</source>
        <translation>Código corto en recibos e informes, p. ej. MALL</translation>
    </message>
    <message>
        <source>What staff call it, e.g. Mall kiosk</source>
        <translation>Cómo lo llama el personal, p. ej. Quiosco del centro</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Add store</source>
        <translation>Añadir tienda</translation>
    </message>
    <message>
        <source>Loading the stores…</source>
        <translation>Cargando las tiendas…</translation>
    </message>
    <message>
        <source>Enter the new store&apos;s code.</source>
        <translation>Escriba el código de la nueva tienda.</translation>
    </message>
    <message>
        <source>Adding the store…</source>
        <translation>Añadiendo la tienda…</translation>
    </message>
    <message>
        <source>Store %1 added.</source>
        <translation>Tienda %1 añadida.</translation>
    </message>
    <message>
        <source>Pick a store in the list and type its new name.</source>
        <translation>Elija una tienda de la lista y escriba su nuevo nombre.</translation>
    </message>
    <message>
        <source>Renaming the store…</source>
        <translation>Renombrando la tienda…</translation>
    </message>
    <message>
        <source>Store %1 is now called %2.</source>
        <translation>La tienda %1 ahora se llama %2.</translation>
    </message>
</context>
<context>
    <name>books</name>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Recargado</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Canjeado</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Ajustado</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Correcciones</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Adeudado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendido</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Revertido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Anulado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>Transferido (salida)</translation>
    </message>
    <message>
        <source>Transferred in</source>
        <translation>Transferido (entrada)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Desbloqueado</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Retenido</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Liberado</translation>
    </message>
    <message>
        <source>Holds expired</source>
        <translation>Retenciones caducadas</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Owed on the lines shown: %1. Training cards are left out.</source>
        <translation>Adeudado en las líneas mostradas: %1. Las tarjetas de formación no se cuentan.</translation>
    </message>
    <message>
        <source>Owed in all: %1. Training cards are left out.</source>
        <translation>Adeudado en total: %1. Las tarjetas de formación no se cuentan.</translation>
    </message>
    <message>
        <source>Redeemed is net of reversals; corrections are adjustments, cancelled sales and loads, and transfers; written off is expired, voided and closed value.</source>
        <translation>Canjeado es neto de reversiones; las correcciones son ajustes, ventas y recargas canceladas y transferencias; dado de baja es el valor caducado, anulado y cerrado.</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>A %1</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>solo %1</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>Pasivo</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, del %2 al %3</translation>
    </message>
    <message>
        <source>Training rows left out: %1.</source>
        <translation>Filas de formación no contadas: %1.</translation>
    </message>
    <message>
        <source>Nothing happened in this period.</source>
        <translation>No pasó nada en este periodo.</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Informe Z</translation>
    </message>
    <message>
        <source>Z report of shift %1</source>
        <translation>Informe Z del turno %1</translation>
    </message>
    <message>
        <source>No shift is open at this till.</source>
        <translation>No hay ningún turno abierto en esta caja.</translation>
    </message>
    <message>
        <source>Shift %1 open since %2 by %3.</source>
        <translation>Turno %1 abierto desde %2 por %3.</translation>
    </message>
    <message>
        <source>Opening the shift…</source>
        <translation>Abriendo el turno…</translation>
    </message>
    <message>
        <source>Closing the shift…</source>
        <translation>Cerrando el turno…</translation>
    </message>
    <message>
        <source>Reading the shift…</source>
        <translation>Leyendo el turno…</translation>
    </message>
    <message>
        <source>Exporting the journal…</source>
        <translation>Exportando el diario…</translation>
    </message>
    <message>
        <source>Adding up the liability…</source>
        <translation>Calculando el pasivo…</translation>
    </message>
    <message>
        <source>Counting the shift…</source>
        <translation>Contando el turno…</translation>
    </message>
    <message>
        <source>Counting the day…</source>
        <translation>Contando el día…</translation>
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <source>Hold the card&apos;s QR code inside the square.</source>
        <translation>Coloque el código QR de la tarjeta dentro del cuadrado.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Iniciando la cámara…</translation>
    </message>
    <message>
        <source>Card read.</source>
        <translation>Tarjeta leída.</translation>
    </message>
    <message>
        <source>That QR code is not a GiftDesk card.</source>
        <translation>Ese código QR no es una tarjeta GiftDesk.</translation>
    </message>
    <message>
        <source>No camera found. Type or scan the code with the scanner.</source>
        <translation>No se encontró ninguna cámara. Escriba el código o escanéelo con el escáner.</translation>
    </message>
    <message>
        <source>The camera chosen in Settings is not connected. Type or scan the code with the scanner.</source>
        <translation>La cámara elegida en los ajustes no está conectada. Escriba el código o escanéelo con el escáner.</translation>
    </message>
    <message>
        <source>The camera could not be started: another program may be using it. Close that program, or type or scan the code with the scanner.</source>
        <translation>No se pudo iniciar la cámara: puede que otro programa la esté usando. Cierre ese programa, o escriba el código o escanéelo con el escáner.</translation>
    </message>
    <message>
        <source>GiftDesk may not use the camera. Allow it in the computer&apos;s privacy settings, or type or scan the code with the scanner.</source>
        <translation>GiftDesk no puede usar la cámara. Permítalo en los ajustes de privacidad del ordenador, o escriba el código o escanéelo con el escáner.</translation>
    </message>
    <message>
        <source>Allow GiftDesk to use the camera when the computer asks.</source>
        <translation>Permita que GiftDesk use la cámara cuando el ordenador lo pregunte.</translation>
    </message>
    <message>
        <source>The camera was disconnected. Type or scan the code with the scanner.</source>
        <translation>La cámara se desconectó. Escriba el código o escanéelo con el escáner.</translation>
    </message>
    <message>
        <source>The camera sends no picture. Type or scan the code with the scanner.</source>
        <translation>La cámara no envía imagen. Escriba el código o escanéelo con el escáner.</translation>
    </message>
    <message>
        <source>Camera scanning is not installed on this computer. Type or scan the code with the scanner.</source>
        <translation>El escaneo con cámara no está instalado en este ordenador. Escriba el código o escanéelo con el escáner.</translation>
    </message>
    <message>
        <source>Camera scanning is off: no camera is connected. Type the code or use the USB scanner; to use a camera, plug it in and choose it in Settings (F9).</source>
        <translation>El escaneo con cámara está apagado: no hay ninguna cámara conectada. Escriba el código o use el escáner USB; para usar una cámara, conéctela y elíjala en los ajustes (F9).</translation>
    </message>
    <message>
        <source>Camera scanning is off: it is not installed on this computer. Type the code or use the USB scanner.</source>
        <translation>El escaneo con cámara está apagado: no está instalado en este ordenador. Escriba el código o use el escáner USB.</translation>
    </message>
    <message>
        <source>The camera file %1 was not found. Type or scan the code with the scanner.</source>
        <translation>No se encontró el archivo de cámara %1. Escriba el código o escanéelo con el escáner.</translation>
    </message>
    <message>
        <source>The video %1 cannot be played. Type or scan the code with the scanner.</source>
        <translation>El vídeo %1 no se puede reproducir. Escriba el código o escanéelo con el escáner.</translation>
    </message>
    <message>
        <source>No pictures could be read from %1. Type or scan the code with the scanner.</source>
        <translation>No se pudo leer ninguna imagen de %1. Escriba el código o escanéelo con el escáner.</translation>
    </message>
    <message>
        <source>Video file %1</source>
        <translation>Archivo de vídeo %1</translation>
    </message>
    <message>
        <source>Pictures in %1</source>
        <translation>Imágenes en %1</translation>
    </message>
    <message>
        <source>Picture %1</source>
        <translation>Imagen %1</translation>
    </message>
</context>
<context>
    <name>card_ops</name>
    <message>
        <source>Sell a card</source>
        <translation>Vender una tarjeta</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Vender</translation>
    </message>
    <message>
        <source>Activate a card</source>
        <translation>Activar una tarjeta</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Load value</source>
        <translation>Recargar saldo</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Cancel the last sale or load</source>
        <translation>Cancelar la última venta o recarga</translation>
    </message>
    <message>
        <source>Cancel it</source>
        <translation>Cancelarla</translation>
    </message>
    <message>
        <source>Refund to the card</source>
        <translation>Reembolsar a la tarjeta</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolsar</translation>
    </message>
    <message>
        <source>Lock the card</source>
        <translation>Bloquear la tarjeta</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Unlock the card</source>
        <translation>Desbloquear la tarjeta</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Adjust the balance</source>
        <translation>Ajustar el saldo</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Change the validity</source>
        <translation>Cambiar la validez</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Transfer the balance</source>
        <translation>Transferir el saldo</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <source>Void the card</source>
        <translation>Anular la tarjeta</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Anular</translation>
    </message>
    <message>
        <source>Close the card</source>
        <translation>Cerrar la tarjeta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Caduca hoy</translation>
    </message>
    <message>
        <source>Loading the programs…</source>
        <translation>Cargando los programas…</translation>
    </message>
    <message>
        <source>Finding the next card to sell…</source>
        <translation>Buscando la siguiente tarjeta para vender…</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation>Código de activación</translation>
    </message>
    <message>
        <source>Card PIN</source>
        <translation>PIN de la tarjeta</translation>
    </message>
    <message>
        <source>Sold. The card waits for activation with its code.</source>
        <translation>Vendida. La tarjeta espera su activación con su código.</translation>
    </message>
    <message>
        <source>Sold. The card is active.</source>
        <translation>Vendida. La tarjeta está activa.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Activated. The card can be used.</source>
        <translation>Activada. La tarjeta se puede usar.</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Recargado</translation>
    </message>
    <message>
        <source>Loaded.</source>
        <translation>Recargada.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>The last sale or load is cancelled.</source>
        <translation>La última venta o recarga está cancelada.</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>For transaction</source>
        <translation>Para la transacción</translation>
    </message>
    <message>
        <source>Refunded to the card.</source>
        <translation>Reembolsado a la tarjeta.</translation>
    </message>
    <message>
        <source>Taken off</source>
        <translation>Restado</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Sumado</translation>
    </message>
    <message>
        <source>The balance is corrected.</source>
        <translation>El saldo está ajustado.</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Sin fecha de fin</translation>
    </message>
    <message>
        <source>The validity is changed.</source>
        <translation>La validez está cambiada.</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Transferido</translation>
    </message>
    <message>
        <source>To card</source>
        <translation>A la tarjeta</translation>
    </message>
    <message>
        <source>Its balance now</source>
        <translation>Su saldo ahora</translation>
    </message>
    <message>
        <source>The balance is on the new card; this card is closed.</source>
        <translation>El saldo está en la tarjeta nueva; esta tarjeta está cerrada.</translation>
    </message>
    <message>
        <source>The card is locked.</source>
        <translation>La tarjeta está bloqueada.</translation>
    </message>
    <message>
        <source>The card is unlocked.</source>
        <translation>La tarjeta está desbloqueada.</translation>
    </message>
    <message>
        <source>The card is voided.</source>
        <translation>La tarjeta está anulada.</translation>
    </message>
    <message>
        <source>The card is closed.</source>
        <translation>La tarjeta está cerrada.</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>Its balance of %1 is written off.</source>
        <translation>Su saldo de %1 se ha dado de baja.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <source>Balance now</source>
        <translation>Saldo ahora</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>Selling the card…</source>
        <translation>Vendiendo la tarjeta…</translation>
    </message>
    <message>
        <source>Sending to the ledger…</source>
        <translation>Enviando al registro…</translation>
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
        <source>This card has no sale or load that can be cancelled.</source>
        <translation>Esta tarjeta no tiene ninguna venta ni recarga que se pueda cancelar.</translation>
    </message>
    <message>
        <source>The last sale or load is too old to cancel here.</source>
        <translation>La última venta o recarga es demasiado antigua para cancelarla aquí.</translation>
    </message>
    <message>
        <source>Part of that value has been spent already, so it cannot be cancelled.</source>
        <translation>Parte de ese valor ya se ha gastado, así que no se puede cancelar.</translation>
    </message>
    <message>
        <source>That is more than is left to refund of this redemption. Lower the amount.</source>
        <translation>Es más de lo que queda por reembolsar de este canje. Reduzca el importe.</translation>
    </message>
    <message>
        <source>Enter the reason.</source>
        <translation>Introduzca el motivo.</translation>
    </message>
    <message>
        <source>The balance cannot go to the same card. Scan the new card.</source>
        <translation>El saldo no puede ir a la misma tarjeta. Escanee la tarjeta nueva.</translation>
    </message>
    <message>
        <source>Only a manager can do this. Ask a manager to approve it.</source>
        <translation>Solo un encargado puede hacerlo. Pida a un encargado que lo apruebe.</translation>
    </message>
    <message>
        <source>Scan or type the card&apos;s code, or take the next card of a program.</source>
        <translation>Escanee o escriba el código de la tarjeta, o tome la siguiente tarjeta de un programa.</translation>
    </message>
    <message>
        <source>Enter the activation code the customer received.</source>
        <translation>Introduzca el código de activación que recibió el cliente.</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>Introduzca el importe.</translation>
    </message>
    <message>
        <source>Enter the reason: it goes into the journal.</source>
        <translation>Introduzca el motivo: queda en el diario.</translation>
    </message>
    <message>
        <source>Scan or type the code of the card that gets the balance.</source>
        <translation>Escanee o escriba el código de la tarjeta que recibe el saldo.</translation>
    </message>
    <message>
        <source>Enter the transaction number of the redemption, or a reason for the refund.</source>
        <translation>Introduzca el número de transacción del canje, o un motivo para el reembolso.</translation>
    </message>
    <message>
        <source>Type the transaction number printed on the receipt (digits only).</source>
        <translation>Escriba el número de transacción impreso en el recibo (solo dígitos).</translation>
    </message>
    <message>
        <source>The connection dropped: GiftDesk is checking whether it went through. Look at the card again before sending it once more.</source>
        <translation>La conexión se cortó: GiftDesk comprueba si se realizó. Vuelva a mirar la tarjeta antes de enviarlo otra vez.</translation>
    </message>
    <message>
        <source>A shift is still open at this till. Close it before opening a new one.</source>
        <translation>Todavía hay un turno abierto en esta caja. Ciérrelo antes de abrir uno nuevo.</translation>
    </message>
    <message>
        <source>No shift is open at this till. Open one first.</source>
        <translation>No hay ningún turno abierto en esta caja. Abra uno primero.</translation>
    </message>
    <message>
        <source>This ledger is set up already. Sign in as its admin instead.</source>
        <translation>Este registro ya está configurado. Inicie sesión como su administrador.</translation>
    </message>
    <message>
        <source>This is the last admin: make someone else admin first.</source>
        <translation>Es el último administrador: haga administrador a otra persona primero.</translation>
    </message>
    <message>
        <source>This program has cards already: its kind, currency, activation, PIN, partial use and promotional setting can no longer change.</source>
        <translation>Este programa ya tiene tarjetas: su tipo, moneda, activación, PIN, uso parcial y carácter promocional ya no pueden cambiar.</translation>
    </message>
    <message>
        <source>This card batch is not known.</source>
        <translation>Este lote de tarjetas no se conoce.</translation>
    </message>
    <message>
        <source>This card batch has finished already and cannot be cancelled.</source>
        <translation>Este lote de tarjetas ya ha terminado y no se puede cancelar.</translation>
    </message>
    <message>
        <source>A store with this code exists already. Choose another code.</source>
        <translation>Ya existe una tienda con este código. Elija otro código.</translation>
    </message>
    <message>
        <source>An operator with this name exists already. Choose another name.</source>
        <translation>Ya existe un operador con este nombre. Elija otro nombre.</translation>
    </message>
    <message>
        <source>This program is retired: it issues no new cards.</source>
        <translation>Este programa está retirado: no emite tarjetas nuevas.</translation>
    </message>
    <message>
        <source>This API key does not exist.</source>
        <translation>Esta clave de API no existe.</translation>
    </message>
    <message>
        <source>An API key with this name exists already. Choose another name.</source>
        <translation>Ya existe una clave de API con este nombre. Elija otro nombre.</translation>
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
    <message>
        <source> (about %1 s)</source>
        <translation> (unos %1 s)</translation>
    </message>
</context>
<context>
    <name>receipt</name>
    <message>
        <source>TRAINING — NOT REAL</source>
        <translation>FORMACIÓN — NO REAL</translation>
    </message>
    <message>
        <source>(not on copies)</source>
        <translation>(no en copias)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Canjeado</translation>
    </message>
    <message>
        <source>New balance</source>
        <translation>Saldo nuevo</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Reporting code</source>
        <translation>Código de informe</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Revertido</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>TRAINING — NOT A REAL REDEMPTION</source>
        <translation>FORMACIÓN — NO ES UN CANJE REAL</translation>
    </message>
    <message>
        <source>Gift card redemption</source>
        <translation>Canje de tarjeta regalo</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>COPIA</translation>
    </message>
    <message>
        <source>GiftDesk report</source>
        <translation>Informe de GiftDesk</translation>
    </message>
    <message>
        <source>GiftDesk receipt</source>
        <translation>Recibo de GiftDesk</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Imprimir recibo</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Closed: this card cannot be used</source>
        <translation>Cerrada: esta tarjeta no se puede usar</translation>
    </message>
    <message>
        <source>Locked by a manager</source>
        <translation>Bloqueada por un encargado</translation>
    </message>
    <message>
        <source>Not activated yet</source>
        <translation>Aún no activada</translation>
    </message>
    <message>
        <source>Not sold yet</source>
        <translation>Aún no vendida</translation>
    </message>
    <message>
        <source>Used up: no items left</source>
        <translation>Agotada: no quedan artículos</translation>
    </message>
    <message>
        <source>Voided: this card cannot be used</source>
        <translation>Anulada: esta tarjeta no se puede usar</translation>
    </message>
    <message>
        <source>Not valid at this store</source>
        <translation>No válida en esta tienda</translation>
    </message>
    <message>
        <source>Expired on an earlier date</source>
        <translation>Ya caducada</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Caducada el %1</translation>
    </message>
    <message>
        <source>Not valid until %1</source>
        <translation>No válida hasta el %1</translation>
    </message>
    <message>
        <source>Used up: balance %1</source>
        <translation>Agotada: saldo %1</translation>
    </message>
    <message>
        <source>All %1 is on hold</source>
        <translation>Todo el saldo (%1) está retenido</translation>
    </message>
    <message>
        <source>Promotional card</source>
        <translation>Tarjeta promocional</translation>
    </message>
    <message>
        <source>Must be used in full in one purchase</source>
        <translation>Debe usarse completa en una sola compra</translation>
    </message>
    <message>
        <source>Only at %1</source>
        <translation>Solo en %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Válida hasta el %1</translation>
    </message>
    <message>
        <source>PIN required</source>
        <translation>PIN obligatorio</translation>
    </message>
    <message>
        <source>Reporting code required</source>
        <translation>Código de informe obligatorio</translation>
    </message>
    <message>
        <source>Training card</source>
        <translation>Tarjeta de formación</translation>
    </message>
</context>
</TS>
