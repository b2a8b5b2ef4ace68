# El programa de capacitación en DNSSEC (src/dnssec, templates/dnssec).

dnssec-title = Programa de capacitación en DNSSEC
dnssec-intro = Proveedores de internet y operadores de red que las ALS contactan para ofrecerles la capacitación en DNSSEC, con el seguimiento y la capacitación del personal de GSE para LAC, y las zonas que firman.
dnssec-new = Agregar una organización
dnssec-edit = Editar la organización
dnssec-summary-link = Resumen en cifras
dnssec-views = Vistas del programa
dnssec-view-table = Tabla
dnssec-view-board = Tablero
dnssec-filter-label = Filtrar el programa
dnssec-search = Buscar organizaciones
dnssec-count = { $count ->
    [one] Una organización
   *[other] { $count } organizaciones
}
dnssec-empty = Ninguna organización coincide con estos filtros.
dnssec-column-empty = Ninguna en esta etapa.
dnssec-move-to = Pasar a «{ $stage }»
dnssec-needs = Falta antes: { $what }.
dnssec-none-yet = Todavía ninguno

# Etapas, en el orden del programa.
dnssec-stage-identified = Identificada
dnssec-stage-contacted = Contactada por una ALS
dnssec-stage-gse-follow-up = Seguimiento de GSE
dnssec-stage-training-scheduled = Capacitación programada
dnssec-stage-trained = Capacitada
dnssec-stage-signing = Firmando zonas

dnssec-kind-isp = Proveedor de servicios de internet
dnssec-kind-network-operator = Operador de red
dnssec-kind-other = Otra organización

dnssec-field-organisation = Organización
dnssec-kind = Tipo de organización
dnssec-field-contact-name = Persona de contacto
dnssec-field-contact-email = Correo electrónico de la persona de contacto
dnssec-field-als = ALS que hizo el contacto
dnssec-field-contacted-on = Fecha de contacto
dnssec-field-owner = Responsable del seguimiento en GSE
dnssec-stage = Etapa
dnssec-field-event = Evento de capacitación
dnssec-field-signed-zones = Zonas firmadas informadas

dnssec-legend-organisation = La organización
dnssec-legend-pipeline = En qué etapa está
dnssec-hint-contact-email = Opcional. Nunca se muestra a los visitantes.
dnssec-hint-rules = Desde «Contactada por una ALS», indique qué ALS hizo el contacto y cuándo; desde «Seguimiento de GSE», quién hace el seguimiento en GSE; desde «Capacitación programada», el evento de capacitación; en «Firmando zonas», al menos una zona firmada.
dnssec-hint-signed-zones = Un número entero, 0 o más.
dnssec-hint-reason-edit = Guardada ahora en «{ $stage }». Obligatorio si la devuelve a una etapa anterior: queda en el historial de etapas.

dnssec-added = Agregada
dnssec-updated = Último cambio
dnssec-change-stage = Cambiar la etapa
dnssec-new-stage = Nueva etapa
dnssec-next-needs = Para pasarla a «{ $stage }», agregue antes:
dnssec-reason-hint = Obligatorio si la organización vuelve a una etapa anterior; opcional al avanzar.
dnssec-history = Historial de etapas
dnssec-history-empty = Todavía no hay cambios de etapa registrados.
dnssec-history-added = Agregada

dnssec-err-organisation-required = Escriba el nombre de la organización.
dnssec-err-duplicate = Esta organización ya está en el programa para este país.
dnssec-err-als-unknown = Elija una ALS de la lista.
dnssec-err-owner-unknown = Elija un responsable de seguimiento de la lista.
dnssec-err-event-unknown = Elija un evento de capacitación de la lista.
dnssec-err-contacted-on-future = La fecha de contacto no puede estar en el futuro.
dnssec-err-zones-negative = El número de zonas firmadas no puede ser negativo.
dnssec-err-zones-number = Escriba el número de zonas firmadas como un número entero, por ejemplo 3.
dnssec-err-zones-too-many = Escriba como máximo { $max } zonas firmadas.
dnssec-err-reason-required = Indique por qué la organización vuelve a una etapa anterior; queda en el historial de etapas.
dnssec-err-als-required = Elija la ALS que hizo el contacto: se necesita desde «Contactada por una ALS».
dnssec-err-contacted-on-required = Escriba el día en que la ALS hizo el contacto: se necesita desde «Contactada por una ALS».
dnssec-err-owner-required = Elija quién hace el seguimiento en GSE: se necesita desde «Seguimiento de GSE».
dnssec-err-event-required = Elija el evento de capacitación: se necesita desde «Capacitación programada».
dnssec-err-zones-required = Una organización en «Firmando zonas» tiene al menos una zona firmada.
dnssec-err-stage-conflict = Alguien cambió esta organización mientras usted la miraba. No se cambió nada: revise la página tal como está ahora y vuelva a elegir.

dnssec-conflict-title = Otra persona cambió esta organización
dnssec-conflict-intro = Mientras usted editaba, alguien guardó una versión más reciente de «{ $organisation }». No se sobrescribió nada: estas son las diferencias entre su versión y la suya.
dnssec-conflict-view = Ver la organización

dnssec-summary-title = La capacitación en DNSSEC en cifras
dnssec-summary-intro = Cómo avanza el programa de capacitación en DNSSEC de LACRALO y GSE para LAC, por subregión de LACRALO y por país. Su objetivo: más zonas firmadas con DNSSEC en la región LAC.
dnssec-summary-by-subregion = Por subregión
dnssec-summary-by-country = Por país o territorio
dnssec-summary-total = Todas las subregiones
dnssec-summary-empty = Todavía no hay organizaciones en el programa.
dnssec-col-subregion = Subregión
dnssec-col-organisations = Organizaciones
dnssec-col-contacted = Contactadas
dnssec-col-contacted-hint = Organizaciones que una ALS contactó, cualquiera sea su etapa desde entonces.
dnssec-col-trained = Capacitadas
dnssec-col-trained-hint = Organizaciones que recibieron la capacitación, incluidas las que ya firman.
dnssec-col-signing = Firmando
dnssec-col-signing-hint = Organizaciones que firman zonas con DNSSEC.
dnssec-col-signed-zones = Zonas firmadas
dnssec-col-signed-zones-hint = Las zonas firmadas con DNSSEC que informan las organizaciones.

flash-dnssec-created = Organización agregada al programa.
flash-dnssec-saved = Organización guardada.
flash-dnssec-stage-changed = Etapa cambiada.
flash-dnssec-stage-unchanged = La organización ya está en esa etapa: no se cambió nada.
