# CROP: oportunidades, solicitudes, decisiones, informes de viaje.

nav-crop = CROP
crop-title = Oportunidades CROP
crop-lead = El Programa Comunitario de Alcance Regional (CROP) de la ICANN financia algunos viajes de alcance por año fiscal. LACRALO ofrece cada oportunidad primero a los miembros de la subregión del evento; solo si no pueden ir se abre a todos los miembros activos.
crop-none = Aún no hay oportunidades.
crop-open-for-event = Abrir una oportunidad CROP
crop-new = Nueva oportunidad
crop-edit = Editar oportunidad
crop-opportunity = Oportunidad
crop-mine = Mis solicitudes
crop-allocations = Viajes por año fiscal
crop-reports = Informes de viaje atrasados
crop-year-line = AF{ $year }: { $approved } de { $trips } viajes aprobados.
crop-event = Evento
crop-phase = Fase
crop-status = Estado
crop-deadline = Plazo de solicitud
crop-slots = Plazas financiadas
crop-slots-left = Plazas libres
crop-slots-text = Libres:
crop-fiscal-year = Año fiscal de la ICANN
crop-fiscal-year-hint = De julio a junio, nombrado por el año en que termina: el AF2027 va de julio de 2026 a junio de 2027.
crop-priority-ends = Prioridad de la subregión hasta
crop-priority-ends-hint = El último día en que solo los miembros de la subregión del evento pueden solicitar.
crop-deadline-hint = El último día para solicitar, en la zona horaria de abajo. CROP requiere aprobación al menos seis semanas antes del evento.
crop-deadline-text = { $day }, hasta el final del día en { $zone } ({ $yours })
crop-deadline-passed = plazo vencido
crop-choose-event = Elija un evento
crop-event-hint = Eventos con día y país; primero los candidatos CROP (★).
crop-form-lead = La oportunidad empieza como borrador; anúnciela a la subregión del evento cuando esté lista.
crop-warn-too-close = El plazo vence solo { $days } días antes del evento: CROP aprueba los viajes con al menos seis semanas (42 días) de antelación.

crop-phase-draft = Borrador
crop-phase-subregion = Primero la subregión
crop-phase-open-to-all = Abierta a todos los miembros
crop-phase-closed = Cerrada
crop-status-submitted = Enviada
crop-status-shortlisted = Preseleccionada
crop-status-approved = Aprobada
crop-status-declined = Rechazada
crop-status-withdrawn = Retirada

crop-apply = Solicitar
crop-my-application = Mi solicitud
crop-you-can-apply = Puede solicitar
crop-why-not-heading = No puede solicitar esta oportunidad
crop-refusal-not-announced = Aún no se ha anunciado.
crop-refusal-closed = Está cerrada.
crop-refusal-deadline = El plazo ha vencido.
crop-refusal-not-member = Su cuenta no está vinculada a un miembro de LACRALO en el registro. Pida a la secretaría de LACRALO que la vincule.
crop-refusal-member-inactive = Solo los miembros activos de LACRALO pueden solicitar, y su membresía no está activa.
crop-refusal-als-inactive = Solo los miembros de ALS activas pueden solicitar, y su ALS no está activa por ahora.
crop-refusal-outside-subregion = Por ahora solo está abierta a los miembros de la subregión del evento. El liderazgo de LACRALO puede abrirla a todos más adelante.
crop-applying-as = Solicita como
crop-motivation = Por qué quiere ir
crop-motivation-hint = Qué aporta usted y qué gana LACRALO.
crop-outreach-plan = El alcance que hará allí
crop-outreach-plan-hint = A quién llegará y cómo informará a su ALS y a LACRALO.
crop-languages = Idiomas en que trabaja
crop-travel-needs = Necesidades de viaje
crop-travel-needs-hint = Opcional: visado, accesibilidad, desde dónde viaja.
crop-submit = Enviar solicitud
crop-err-required = Esto es necesario para la solicitud.
crop-err-languages = Elija al menos un idioma.

crop-application = Solicitud
crop-your-application = Su solicitud
crop-edit-until = Puede cambiarla hasta el plazo, mientras no haya decisión.
crop-withdraw = Retirar mi solicitud
crop-submitted = Enviada
crop-decision = Decisión
crop-report = Informe de viaje
crop-report-due = Vence
crop-report-filed = Presentado
crop-overdue = atrasado
crop-report-text = Su evaluación del viaje
crop-report-hint = Qué hizo, a quién conoció, qué sigue. Vence tres semanas después de su regreso.
crop-file-report = Guardar el informe
crop-report-none = Aún no presentado.
crop-report-after-trip = Podrá escribir el informe cuando el evento haya comenzado.
crop-err-report-too-early = El informe se puede presentar cuando el evento haya comenzado.
crop-err-report-required = Escriba el informe antes de guardarlo.
crop-mine-none = No ha solicitado ninguna oportunidad.
crop-see-opportunities = Ver las oportunidades.
crop-err-not-changeable = Ya no se puede cambiar: la solicitud se decidió o se retiró, o el plazo venció.
crop-err-stale = Alguien lo cambió mientras tanto; no se guardó nada suyo. Esto es lo guardado ahora.

crop-phase-heading = Fase
crop-announce = Anunciar a la subregión
crop-announce-hint = Los miembros cuyo país está en la subregión del evento podrán solicitar.
crop-subregion-count = { $count ->
    [0] Ninguna solicitud de la subregión hasta ahora.
    [one] 1 solicitud de la subregión hasta ahora.
   *[other] { $count } solicitudes de la subregión hasta ahora.
}
crop-widen-reason = Por qué abrirla a todos los miembros
crop-widen-confirm = Confirmo abrirla antes de que termine la ventana de prioridad de la subregión.
crop-widen = Abrir a todos los miembros
crop-close = Cerrar las solicitudes
crop-phase-history = Historial de fases
crop-subregion-apps = Solicitudes de la subregión entonces
crop-err-phase-not-allowed = La oportunidad no puede pasar a esa fase desde la actual.
crop-err-phase-no-change = Ya está en esa fase.
crop-err-widen-reason = Indique por qué se abre a todos los miembros; queda en el historial.
crop-err-widen-confirm = La ventana de prioridad de la subregión no ha terminado. Marque la confirmación para abrirla a todos de todos modos.
crop-review-link = { $count ->
    [0] Solicitudes
    [one] 1 solicitud
   *[other] { $count } solicitudes
}

crop-review = Solicitudes
crop-review-order = Primero los solicitantes de la subregión, luego los demás; los más antiguos primero en cada grupo.
crop-review-none = Aún no hay solicitudes.
crop-in-subregion = subregión
crop-outside-subregion = otra subregión
crop-als = ALS
crop-past-trips = Viajes CROP anteriores
crop-record = Historial de participación
crop-engagements = { $count ->
    [0] ninguna participación registrada
    [one] 1 participación
   *[other] { $count } participaciones
}
crop-last-engaged = última
crop-never = nunca
crop-decision-choose = Elija
crop-shortlist = Preseleccionar
crop-approve = Aprobar
crop-decline = Rechazar
crop-decision-reason = Motivo (obligatorio para rechazar)
crop-decide = Registrar decisión
crop-err-decision-choose = Elija una decisión.
crop-err-decision-not-allowed = Esta solicitud ya se decidió o se retiró.
crop-err-decline-reason = Indique por qué se rechaza; se le comunica al solicitante.
crop-err-reason-long = El motivo debe tener menos de 1000 caracteres.
crop-err-no-slot = Todas las plazas financiadas de esta oportunidad están ocupadas.
crop-err-no-allocation = Todos los viajes CROP de este año fiscal están aprobados.
crop-reports-lead = Viajes aprobados cuyo informe vencía tres semanas después del regreso del viajero y no se presentó.
crop-reports-none = Ningún informe está atrasado.
crop-traveller = Viajero
crop-allocations-lead = Cuántos viajes CROP tiene LACRALO en cada año fiscal de la ICANN (las reglas recientes: hasta tres). Las aprobaciones por encima se rechazan.
crop-approved = Aprobados
crop-trips = Viajes permitidos
crop-trips-default = (por defecto)
crop-err-trips = Indique un número entero de viajes de 0 a 100.
crop-err-allocation-below-approved = Ese año ya hay más viajes aprobados que eso.

crop-err-event-required = Elija el evento.
crop-err-event-undated = El evento necesita primero un día conocido.
crop-err-event-no-country = El evento necesita un país: su subregión decide quién solicita primero.
crop-err-event-taken = Este evento ya tiene una oportunidad.
crop-err-fiscal-year = Indique el año fiscal, p. ej. 2027.
crop-err-slots = Indique de 1 a 20 plazas.
crop-err-slots-below-approved = Ya hay más solicitudes aprobadas que eso.
crop-err-window-after-deadline = La ventana de la subregión debe terminar el día del plazo o antes.
crop-err-deadline-after-event = El plazo debe vencer antes del comienzo del evento.

flash-crop-created = La oportunidad se guardó como borrador.
flash-crop-saved = La oportunidad se guardó.
flash-crop-phase = La fase cambió.
flash-crop-applied = Su solicitud se envió.
flash-crop-application-saved = Su solicitud se guardó.
flash-crop-withdrawn = Su solicitud se retiró.
flash-crop-report-filed = Su informe de viaje se guardó.
flash-crop-decided = La decisión quedó registrada y se le comunicará al solicitante.
flash-crop-allocation = Los viajes del año fiscal se guardaron.

crop-conflict-title = Otra persona cambió esta oportunidad
crop-conflict-intro = Mientras usted editaba, alguien guardó una versión más reciente de la oportunidad para «{ $event }». No se sobrescribió nada: estas son las diferencias entre la versión guardada y la suya.
crop-conflict-view = Ver la oportunidad

# The year's outreach strategic plan (ICANN's CROP procedure)
crop-plan-title = Plan de alcance AF{ $year }
crop-plan-lead = ICANN aprueba los viajes CROP de un año fiscal solo cuando el plan estratégico de alcance de ese año está aprobado por el liderazgo de la RALO y el GSE regional.
crop-plan-approval = Aprobación del plan
crop-plan-missing = El plan de alcance de este año no está registrado como aprobado: todavía no se puede aprobar ninguno de sus viajes.
crop-plan-leadership-approver = Aprobado por el liderazgo de la RALO
crop-plan-leadership-approver-hint = El nombre, como figura en la aprobación.
crop-plan-gse-approver = Aprobado por el GSE regional
crop-plan-gse-approver-hint = La persona del GSE que lo aprobó.
crop-plan-approved-on = Aprobado el
crop-plan-link = Plan aprobado (enlace)
crop-plan-link-hint = Dónde está el documento aprobado: la página de la wiki o el archivo, comenzando con https://
crop-plan-recorded-by = Registrado por
crop-plan-record = Registrar la aprobación
crop-plan-correct = Corregir la aprobación
crop-plan-trips = Los viajes del año
crop-plan-trips-allowed = { $count ->
    [one] El año permite un viaje.
   *[other] El año permite { $count } viajes.
}
crop-plan-no-trips = Todavía no hay viajes aprobados en este año fiscal.
crop-plan-events = Los eventos de alcance del año
crop-plan-no-events = Ningún evento de este año fiscal está marcado como de LACRALO o como candidato CROP.
crop-plan-targets = Metas de los programas
crop-plan-no-targets = No hay metas de programa para estos años.
crop-plan-year = Año
crop-plan-programme = Programa
crop-plan-target = Meta
crop-plan-held = Realizados
crop-plan-approved-short = Aprobado el { $date }
crop-plan-not-recorded = Sin registrar
crop-plan-conflict-title = Otra persona registró la aprobación de este plan
crop-plan-conflict-intro = Mientras escribía, alguien guardó la aprobación del plan de alcance AF{ $year }. No se sobrescribió nada: estas son las diferencias entre su registro y el suyo.
crop-plan-conflict-view = Ver el plan
crop-err-no-plan = El plan de alcance de este año fiscal no está registrado como aprobado: regístrelo primero (Viajes por año fiscal › el plan del año).
crop-err-plan-future = La fecha de aprobación del plan es posterior a hoy: se podrá aprobar un viaje a partir de ese día.
crop-err-plan-approver = Escriba quién lo aprobó.
crop-err-plan-date = Indique el día en que se aprobó.
crop-err-plan-link = Indique el enlace al plan aprobado, comenzando con https://
flash-crop-plan = Se registró la aprobación del plan del año.

# ICANN's CROP procedure: the trip's chain and dates
crop-step = Paso de ICANN
crop-step-selected = Seleccionado por el liderazgo de la RALO
crop-step-endorsed = Respaldado por el GSE regional
crop-step-submitted = Enviado al personal de CROP
crop-step-confirmed = Confirmado por Constituency Travel
crop-err-step-not-approved = Solo un viaje aprobado sigue los pasos de ICANN.
crop-err-step-order = Los pasos de ICANN van en orden: seleccionar, respaldar, enviar al personal de CROP, confirmar.
crop-err-step-too-late = Constituency Travel necesita el viaje seis semanas antes de la salida. Para enviarlo más tarde, indique por qué (la excepción que aceptó el personal de CROP).
crop-err-return-before-departure = El regreso es anterior a la salida.
crop-err-departs-after-start = La persona debe salir a más tardar el día en que empieza el evento.
crop-err-returns-before-end = La persona debe quedarse hasta que termine el evento.
crop-err-already-travelling = El viaje ya empezó: sus fechas ya no pueden cambiar.
money-err-number = Escriba un monto, por ejemplo 1250,50.
money-err-negative = Un monto no puede ser negativo.
money-err-cents = Use como máximo dos decimales (centavos).
money-err-too-large = Ese monto es demasiado grande.
money-err-hotel-nights = CROP paga el hotel por 3 noches como máximo.
money-err-per-diem-days = CROP paga viáticos por 4 días como máximo.
money-err-visa = CROP paga la visa hasta US$200.

crop-trip-procedure = El procedimiento de ICANN para este viaje
crop-departure = Salida
crop-return = Regreso
crop-trip-dates-hint = Al aprobar: las fechas del viaje (propuestas: del día anterior al evento al día posterior). Pueden cambiar hasta que la persona viaje.
crop-clock-gse = Respaldo del GSE regional a más tardar
crop-clock-recommended = Envío al personal de CROP recomendado a más tardar
crop-clock-travel = Límite de Constituency Travel (6 semanas antes de la salida)
crop-clock-late = Pasaron las 8 semanas recomendadas antes de la salida: envíe el viaje al personal de CROP lo antes posible.
crop-clock-too-late = Pasaron las 6 semanas antes de la salida que necesita Constituency Travel: el viaje solo puede enviarse con el motivo de la excepción.
crop-step-on = El día en que ocurrió
crop-step-on-hint = Déjelo vacío para hoy.
crop-step-exception = Excepción (envío después de las 6 semanas)
crop-step-exception-hint = Por qué el viaje se envía tarde, según lo acordado con el personal de CROP.
crop-step-take = Registrar: { $step }
crop-err-step-future = Ese día todavía no llegó.
crop-err-step-gse-only = El personal del GSE regional respalda los viajes: el respaldo les corresponde a ellos.
flash-crop-step = Se registró el paso del viaje y se avisó a la persona.
notify-crop-step-subject = Su viaje CROP a { $title }: { $step }
notify-crop-step-intro = Su viaje CROP a { $title } pasó un paso del procedimiento de ICANN: { $step }.
crop-icann-meeting = Una reunión de ICANN
crop-icann-meeting-hint = Una reunión pública de ICANN o una reunión regional organizada por ICANN: CROP espera que uno de los viajes del año vaya a una.
crop-warn-icann-meeting = Aprobar un viaje aquí ocupa el último lugar CROP del año fiscal, y todavía ningún viaje de este año va a una reunión pública de ICANN o a una reunión regional organizada por ICANN: CROP espera que uno de los viajes del año vaya a una.
crop-withdraw-confirm-title = ¿Retirar su solicitud?
crop-withdraw-confirm-text = El liderazgo ya no la considerará. Puede volver a postularse hasta la fecha límite.
crop-withdraw-confirm = Sí, retirarla
crop-withdraw-keep = Mantener mi solicitud
crop-reapply-text = Retiró esta solicitud. Puede volver a postularse hasta la fecha límite.
crop-reapply = Volver a postularse
crop-trip-dates-change = Cambiar las fechas del viaje
flash-crop-trip-dates = Se guardaron las fechas del viaje.
crop-clocks-heading = Los plazos de ICANN para un viaje
crop-clocks-hint = Para quien sale el día antes de que empiece el evento; cada viaje aprobado muestra los suyos, según su salida.
# Más información solicitada (issue 15)
crop-status-info_requested = Más información solicitada
crop-request-info = Pedir más información
crop-info-asked = Información solicitada
crop-info-resubmit = Modifique su solicitud abajo y guárdela para volver a enviarla. El liderazgo decidirá cuando haya respondido.
crop-resubmit = Volver a enviar
crop-err-info-pending = Se pidió más información: apruebe cuando el solicitante la haya vuelto a enviar (todavía puede rechazarla).
crop-err-info-question = Escriba qué necesita saber: el solicitante lo recibirá.
crop-warn-approve-late = Faltan menos de 8 semanas para la salida propuesta: el personal de CROP recomienda enviar el viaje 8 semanas antes, y aún necesita el respaldo de GSE.
crop-warn-approve-too-late = Faltan menos de 6 semanas para la salida propuesta: Constituency Travel solo aceptará el viaje con una excepción.
# La evaluación del viaje (preguntas de ICANN)
crop-assessment-lead = La evaluación del viaje de ICANN. Escríbala en cualquiera de los idiomas de LACRALO; ICANN la necesita también en inglés.
crop-assessment-language = Idioma de las respuestas
crop-assessment-objectives = Objetivos del viaje
crop-assessment-objectives-hint = Lo que se propuso lograr.
crop-assessment-activities = Actividades
crop-assessment-activities-hint = Sesiones a las que asistió, reuniones, presentaciones.
crop-assessment-people = Personas alcanzadas
crop-assessment-people-hint = A cuántas personas habló o presentó (un número).
crop-assessment-contacts = Contactos establecidos
crop-assessment-contacts-hint = Organizaciones y personas que conoció, y por qué importan para At-Large.
crop-assessment-follow-up = Seguimiento previsto
crop-assessment-follow-up-hint = Qué sigue, y quién lo hará.
crop-assessment-results = Resultados
crop-assessment-english = Versión en inglés
crop-assessment-english-hint = Toda la evaluación en inglés, si la escribió en otro idioma. Puede añadirla después; mientras tanto el informe queda señalado.
crop-err-assessment-objectives = Indique lo que el viaje se propuso lograr.
crop-err-assessment-activities = Enumere las actividades del viaje.
crop-err-assessment-contacts = Nombre los contactos establecidos (o escriba «ninguno»).
crop-err-assessment-follow_up = Indique el seguimiento previsto (o escriba «ninguno»).
crop-err-assessment-people = Indique el número de personas alcanzadas.
crop-err-assessment-people-number = Escriba un número entero entre 0 y { $max }.
crop-english-missing = Falta la versión en inglés: ICANN exige la evaluación en inglés.
crop-assessment-print = Versión en inglés para imprimir
crop-assessment-title = CROP trip assessment
crop-assessment-traveller = Viajero
crop-assessment-event = Evento
crop-assessment-trip = Viaje
crop-assessment-original = Respuestas tal como se escribieron
# El dinero del viaje
crop-costs = Costos del viaje
crop-costs-caps = CROP paga el pasaje aéreo en clase económica, el hotel por un máximo de 3 noches, viáticos por un máximo de 4 días y la visa hasta US$200.
crop-costs-none = Aún no se ingresaron.
crop-costs-estimate = Estimación de costos
crop-costs-actual = Costos reales
crop-cost-currency = Moneda
crop-cost-airfare = Pasaje aéreo (económica)
crop-cost-visa = Costo de la visa
crop-cost-visa-hint = Hasta US$200.
crop-cost-hotel = Hotel (noches × tarifa)
crop-cost-hotel-nights = Noches de hotel
crop-cost-hotel-nights-hint = Como máximo 3.
crop-cost-hotel-night = Tarifa de hotel por noche
crop-cost-per-diem = Viáticos (días × tarifa)
crop-cost-per-diem-days = Días de viáticos
crop-cost-per-diem-days-hint = Como máximo 4, a la tarifa del año fiscal.
crop-cost-total = Total
crop-costs-save = Guardar: { $what }
crop-per-diem-line = Viático diario: { $rate }.
crop-per-diem-unset = Aún no hay viático diario fijado para { $year }: el liderazgo lo fija en la página de asignaciones.
crop-err-costs-not-now = Estos costos no pueden ingresarse ahora para esta solicitud.
crop-err-whole-number = Escriba un número entero.
flash-crop-costs = Los costos se guardaron.
crop-trips-and-money = Viajes y dinero
crop-money-committed = Comprometido
crop-money-spent = Gastado
crop-money-remaining = Queda:
crop-budget = Presupuesto
crop-per-diem-rate = Viático diario
