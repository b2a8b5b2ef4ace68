# Seminarios web, programas y temas.

nav-webinars = Seminarios web
nav-dnssec = DNSSEC
nav-programmes = Programas

err-time-in-gap = Las { $time } no existen en { $zone } ese día: los relojes se adelantan al empezar el horario de verano. Elija otra hora.
err-webinar-topic-programme = Este tema pertenece a otro programa. Elija un tema de este programa, o ninguno.
err-webinar-interpretation-languages = La interpretación requiere al menos dos idiomas.
err-webinar-start-for-end = Indique la hora de inicio además de la de fin.
err-webinar-too-long = Un seminario web dura como máximo 24 horas.
err-webinar-end-before-start = El fin debe ser posterior al inicio, el mismo día.
err-attendance-negative = La asistencia no puede ser negativa.
err-attendance-number = Indique el número de personas como número entero.
err-attendance-too-many = Agregue como máximo { $max } personas a la vez.
err-attendance-unknown = «{ $line }»: ningún miembro tiene esta dirección o nombre.
err-attendance-ambiguous = «{ $line }»: varios miembros tienen este nombre; use su dirección de correo.
err-attendance-below-named = El total no puede ser menor que los { $named } miembros nombrados.
err-target-negative = Una meta no puede ser negativa.
err-target-number = Indique un número entero de 0 a { $max }, o déjelo vacío.
err-topic-name-required = Indique el tema.
err-topic-duplicate = Este programa ya tiene este tema.

flash-webinar-created = El seminario web está programado.
flash-webinar-saved = El seminario web se guardó.
flash-attendance-saved = La asistencia se guardó y se registró la participación de los miembros.
flash-targets-saved = Las metas se guardaron.
flash-topic-added = El tema se agregó.

programme-capacity-building = Desarrollo de capacidades (seminarios de LACRALO)
programme-ua-series = Serie de Aceptación Universal
programme-icann101 = ICANN101 para estudiantes
programme-dnssec = Capacitación en DNSSEC
programme-other = Otro

webinar-language-en = Inglés
webinar-language-es = Español
webinar-language-pt = Portugués
webinar-language-fr = Francés

tz-form-label = Zona horaria de las horas mostradas
tz-shown-in = Horas mostradas en
tz-apply = Mostrar
tz-default-hint = (UTC hasta que elija una zona)

webinar-list-title = Calendario de seminarios web
webinar-new = Nuevo seminario web
webinar-upcoming = Próximos
webinar-past = Pasados
webinar-none-upcoming = Ningún seminario próximo coincide.
webinar-none-past = Ningún seminario pasado coincide.
webinar-interpretation-short = interpretación
webinar-attendance-count = { $count ->
    [0] nadie asistió
    [one] 1 asistente
   *[other] { $count } asistentes
}
webinar-needs-outcome = ¿Realizado?
webinar-needs-outcome-hint = El día de este seminario ya pasó. Registre su asistencia (lo que lo marca como realizado), o márquelo como cancelado.
webinar-programme = Programa
webinar-topic = Tema
webinar-language = Idioma
webinar-ics-name = Seminarios web de LACRALO

webinar-add-to-calendar = Agregar al calendario
webinar-edit = Editar seminario
webinar-record-attendance = Registrar asistencia
webinar-when = Cuándo
webinar-as-entered = Según lo programado
webinar-in-lac = En la región
webinar-duration = Duración
webinar-minutes = { $count ->
    [one] 1 minuto
   *[other] { $count } minutos
}
webinar-languages = Idiomas
webinar-languages-unknown = sin indicar
webinar-interpretation-yes = con interpretación
webinar-speakers = Ponentes
webinar-audience = Público
webinar-registration = Inscripción
webinar-recording = Grabación
webinar-attendance = Asistencia
webinar-attendance-none = sin registrar
webinar-page-link = Es un seminario web: vea su página, con la hora en su zona, idiomas, ponentes y asistencia.
webinar-see-event = Este seminario en el calendario de eventos, con su historial de fechas
webinar-attendees = Miembros que asistieron
webinar-attendees-none = Aún no se nombró a ningún miembro.
attendance-member = Miembro
attendance-als = ALS
attendance-individual = miembro individual

webinar-new-heading = Nuevo seminario web
webinar-edit-heading = Editar seminario web
webinar-conflict-heading = Alguien guardó este seminario mientras usted lo editaba
webinar-topic-none = Sin tema
webinar-day = Día
webinar-hint-time = Hora local en la zona de abajo.
webinar-end-time = Hora de fin
webinar-hint-end-time = Opcional; el mismo día, la misma zona.
webinar-interpretation = Interpretación simultánea entre estos idiomas
webinar-hint-speakers = Uno por línea: nombre y afiliación.

attendance-title = Asistencia
attendance-changed = Alguien registró asistencia mientras usted editaba. La lista de abajo es lo guardado ahora; lo que escribió se conserva. Guarde de nuevo para agregarlo.
attendance-count = Cuántas personas participaron
attendance-count-hint = Todas, miembros o no. Déjelo vacío si no se sabe.
attendance-add = Agregar miembros que asistieron
attendance-add-hint = Uno por línea: su dirección de correo, o su nombre completo como figura en el registro. Cada uno se registra como participación del miembro y de su ALS.
attendance-named = { $count ->
    [0] Ningún miembro nombrado
    [one] 1 miembro nombrado
   *[other] { $count } miembros nombrados
}
attendance-remove-hint = Marque a quien se haya registrado por error para quitarlo (junto con su participación).
attendance-remove-member = Quitar a { $name }
attendance-closed-cancelled = Este seminario se canceló: no hay asistencia que registrar.
attendance-closed-not-yet = La asistencia se puede registrar cuando el seminario tiene día y ese día ha llegado.

programme-title = Programas y metas
programme-lead = Los compromisos de desarrollo de capacidades del plan, año por año: la meta de cada programa frente a sus seminarios realizados y previstos, y los temas pendientes.
programme-targets-changed = Alguien cambió las metas de este año mientras usted editaba. No se guardó nada suyo; estas son las metas ahora.
programme-target = Meta
programme-held = Realizados
programme-planned = Previstos
programme-cancelled = Cancelados
programme-attendance = Asistencia
programme-progress = Avance
programme-plan-default = (del plan)
programme-bar-label = { $held } realizados y { $planned } previstos, de una meta de { $target }
programme-dnssec-summary-link = El programa de capacitación en DNSSEC en cifras: ISP contactados, capacitados y firmando, por país y subregión
programme-bar-legend = Oscuro: realizados. Claro: previstos. Línea: la meta.
programme-uncovered-heading = Temas aún no cubiertos este año
programme-topic-planned = previsto
programme-targets-heading = Metas de
programme-targets-hint = Seminarios por año y programa. Vacío: sin meta (los seis del plan para desarrollo de capacidades).
programme-save-targets = Guardar metas
topic-backlog-heading = Temas
topic-last-covered = Última vez cubierto
topic-held-in = Realizados en { $year }
topic-planned-in = Previstos en { $year }
topic-from-plan = plan
topic-add-heading = Agregar un tema
topic-name = Tema
topic-add = Agregar tema
topic-never-covered = nunca

topic-plan-multistakeholder = El modelo de múltiples partes interesadas de la ICANN
topic-plan-dnssec = DNSSEC
topic-plan-ua = Aceptación Universal
topic-plan-ig-lac = Gobernanza de Internet en LAC
topic-plan-subpro = Novedades de SubPro
topic-plan-ua-intro = Introducción a la Aceptación Universal y su importancia en la región LAC
topic-plan-ua-cases = Casos de éxito de implementación de la AU en la región LAC
topic-plan-ua-email = Pruebas de direcciones de correo para el cumplimiento de la AU en la región LAC
topic-plan-icann101 = La ICANN, sus programas Fellowship y NextGen
topic-plan-dnssec-training = Implementación y gestión de DNSSEC, práctica

webinar-conflict-intro = Mientras usted editaba, alguien guardó una versión más reciente de «{ $title }». No se sobrescribió nada: estas son las diferencias entre la versión guardada y la suya.
webinar-conflict-view = Ver el webinar
