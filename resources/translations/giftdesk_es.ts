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
        <source>Cancelled: no card of this batch was kept.</source>
        <translation>Cancelado: no se ha conservado ninguna tarjeta de este lote.</translation>
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
    <name>SettingsScreen</name>
    <message>
        <source>Only a manager or an admin can change the ledger, location, terminal and training mode.</source>
        <translation>Solo un encargado o un administrador puede cambiar el registro, la tienda, el terminal y el modo de formación.</translation>
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
        <source>Demo ledger: cashier / 1111, manager / 9999 at STORE-1; admin / 0000 anywhere.</source>
        <translation>Registro de demostración: cashier / 1111, manager / 9999 en STORE-1; admin / 0000 en cualquier tienda.</translation>
    </message>
    <message>
        <source>Cards to try:</source>
        <translation>Tarjetas para probar:</translation>
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
        <source>This ledger is set up already. Sign in as its admin instead.</source>
        <translation>Este registro ya está configurado. Inicie sesión como su administrador.</translation>
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
        <source>This is the last admin: make someone else admin first.</source>
        <translation>Es el último administrador: haga administrador a otra persona primero.</translation>
    </message>
    <message>
        <source>This program is retired: it issues no new cards.</source>
        <translation>Este programa está retirado: no emite tarjetas nuevas.</translation>
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
