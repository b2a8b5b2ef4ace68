## Notificaciones: mensajes, preferencias, la bandeja de salida, calendarios.

## Los tipos de mensaje, con de qué trata cada uno (la página de preferencias).
notify-kind = Tipo de mensaje
notify-kind-invitation = Invitaciones
notify-kind-invitation-help = Una invitación para crear una cuenta, que envía una sola vez la persona que le invita.
notify-kind-security = Avisos de seguridad
notify-kind-security-help = Cuando cambia su contraseña, se restablece su inicio de sesión en dos pasos o alguien entra en su cuenta desde un navegador nuevo.
notify-kind-crop-receipt = Acuses de recibo CROP
notify-kind-crop-receipt-help = Un acuse de recibo cuando envía, cambia o retira una solicitud CROP.
notify-kind-crop-decision = Decisiones CROP
notify-kind-crop-decision-help = Cuando su solicitud CROP es preseleccionada, aprobada, rechazada o revocada, con el motivo.
notify-kind-crop-announcement = Oportunidades CROP
notify-kind-crop-announcement-help = Una nueva oportunidad CROP que puede solicitar: primero se anuncia a la subregión del evento y luego a todos.
notify-kind-crop-deadline = Recordatorios de plazos CROP
notify-kind-crop-deadline-help = Un recordatorio antes de que venza un plazo CROP, si aún no ha enviado su solicitud.
notify-kind-trip-report = Recordatorios del informe de viaje
notify-kind-trip-report-help = Antes de que venza su informe de viaje CROP, el mismo día y luego cada semana mientras esté atrasado.
notify-kind-event-change = Cambios en los eventos que sigue
notify-kind-event-change-help = Cuando un evento que sigue cambia de fechas, de estado o de lugar.
notify-kind-webinar-reminder = Recordatorios de seminarios web
notify-kind-webinar-reminder-help = Antes de que empiece un seminario web que sigue, en su zona horaria, con el enlace para unirse.
notify-kind-webinar-thanks = Agradecimientos por seminarios web
notify-kind-webinar-thanks-help = Después de un seminario web al que asistió, con la grabación si la hay.
notify-kind-als-nudge = Recordatorios a las ALS
notify-kind-als-nudge-help = A la persona de contacto de una ALS, un mes antes de que la ALS pase a la cola de revisión por no tener actividad registrada.
notify-kind-als-status = Cambios de estado de las ALS
notify-kind-als-status-help = A la persona de contacto de una ALS, cada vez que cambia el estado de la ALS.
notify-kind-digest = Resumen semanal
notify-kind-digest-help = Para el liderazgo: una vez por semana, lo que requiere atención.

## Partes de todos los mensajes.
mail-greeting = Hola, { $name }:
mail-greeting-anonymous = Hola:
mail-signature = LACRALO Outreach
mail-footer-mandatory = Este mensaje trata de su propia cuenta o solicitud, por eso no se puede desactivar.
mail-footer-unsubscribe = Dejar de recibir «{ $kind }»
mail-footer-preferences = Elegir qué recibe
mail-instant = { $date }, { $time } ({ $zone }, { $offset })

## Datos y acciones dentro de los mensajes.
notify-fact-dates = Fechas
notify-fact-status = Estado
notify-fact-place = Lugar
notify-fact-reason = Motivo indicado
notify-fact-starts = Empieza
notify-fact-organiser-time = En la zona horaria de los organizadores
notify-fact-join = Enlace para unirse
notify-fact-page = Página del seminario web
notify-fact-report-due = Vencimiento del informe
notify-fact-last-engaged = Última actividad registrada
notify-fact-when = Cuándo
notify-fact-by = Realizado por
notify-place-unknown = Aún no se conoce
notify-action-event = Ver el evento
notify-action-webinar = Ver el seminario web
notify-action-join = Unirse
notify-action-recording = Ver la grabación
notify-action-crop-apply = Leer y solicitar
notify-action-crop-application = Ver su solicitud
notify-action-report = Presentar su informe de viaje
notify-action-als = Ver la ALS
notify-action-account = Revisar su cuenta
notify-action-dashboard = Abrir LACRALO Outreach

## Por qué llegó un mensaje.
notify-why-follow-event = Recibe este mensaje porque sigue este evento (o eventos como este).
notify-why-follow-webinar = Recibe este mensaje porque sigue este seminario web (o eventos como este).
notify-why-crop-subregion = Recibe este mensaje porque es miembro activo de LACRALO en la subregión { $subregion }.
notify-why-crop-member = Recibe este mensaje porque es miembro activo de LACRALO.
notify-why-own-application = Recibe este mensaje porque trata de su propia solicitud CROP.
notify-why-report = Recibe este mensaje porque su viaje CROP requiere un informe.
notify-why-report-overdue = Recibirá este mensaje cada semana hasta que presente el informe.
notify-why-attended = Recibe este mensaje porque su asistencia quedó registrada.
notify-why-als-contact = Recibe este mensaje porque es la persona de contacto de { $als } ante LACRALO.
notify-why-digest = Recibe este mensaje porque forma parte del liderazgo de LACRALO.
notify-why-security = Recibe este mensaje porque trata de la seguridad de su cuenta.
notify-why-invited = Recibe este mensaje porque { $inviter } le envió una invitación.

## Eventos.
notify-event-changed-subject = Cambios: { $title }
notify-event-status-subject = Nuevo estado: { $title }
notify-event-cancelled-subject = Cancelado: { $title }
notify-event-changed-intro = «{ $title }», que usted sigue, ha cambiado:

## CROP.
notify-crop-announce-subject = Oportunidad CROP para { $subregion }: { $title }
notify-crop-announce-intro = LACRALO puede financiar { $slots ->
    [one] una plaza
   *[other] { $slots } plazas
} para asistir a «{ $title }». Según las reglas de LACRALO, la oportunidad se ofrece primero a los miembros de la subregión { $subregion }. Los miembros activos pueden solicitarla hasta que venza el plazo indicado abajo.
notify-crop-open-subject = Oportunidad CROP abierta a todos los miembros: { $title }
notify-crop-open-intro = La oportunidad CROP para asistir a «{ $title }» ya está abierta a todos los miembros activos de LACRALO, no solo a los de la subregión { $subregion }. Puede solicitarla hasta que venza el plazo indicado abajo.
notify-crop-deadline-subject = Plazo CROP hasta el { $deadline }: { $title }
notify-crop-deadline-intro = Las solicitudes para asistir a «{ $title }» con financiación CROP cierran el { $deadline }. Usted aún no ha enviado la suya.
notify-crop-receipt-submitted-subject = Recibimos su solicitud CROP: { $title }
notify-crop-receipt-submitted-intro = Su solicitud para asistir a «{ $title }» quedó enviada. Puede cambiarla o retirarla hasta que venza el plazo; el liderazgo le comunicará su decisión.
notify-crop-receipt-changed-subject = Se modificó su solicitud CROP: { $title }
notify-crop-receipt-changed-intro = Los cambios en su solicitud para asistir a «{ $title }» quedaron guardados.
notify-crop-receipt-withdrawn-subject = Se retiró su solicitud CROP: { $title }
notify-crop-receipt-withdrawn-intro = Su solicitud para asistir a «{ $title }» quedó retirada. Si no fue usted, escriba al liderazgo de LACRALO.
notify-crop-decision-subject = CROP: { $title }, { $status }
notify-crop-decision-shortlisted = Su solicitud para asistir a «{ $title }» está en la lista de preseleccionados. El liderazgo decidirá pronto.
notify-crop-decision-approved = Su solicitud para asistir a «{ $title }» fue aprobada. El personal de CROP de la ICANN se pondrá en contacto con usted para organizar el viaje.
notify-crop-decision-declined = Su solicitud para asistir a «{ $title }» fue rechazada.
notify-crop-decision-revoked = Se revocó la aprobación de su viaje a «{ $title }».
notify-report-before-subject = Su informe de viaje vence el { $due }: { $title }
notify-report-before-intro = Su informe del viaje CROP a «{ $title }» vence el { $due }.
notify-report-due-subject = Su informe de viaje vence hoy: { $title }
notify-report-due-intro = Su informe del viaje CROP a «{ $title }» vence hoy, { $due }.
notify-report-overdue-subject = Su informe de viaje está atrasado: { $title }
notify-report-overdue-intro = Su informe del viaje CROP a «{ $title }» vencía el { $due } y aún no se ha presentado. LACRALO lo necesita para rendir cuentas sobre CROP.

## Seminarios web.
notify-webinar-reminder-subject = Seminario web el { $when }: { $title }
notify-webinar-reminder-intro = «{ $title }» empieza el { $when }.
notify-webinar-thanks-subject = Gracias por asistir: { $title }
notify-webinar-thanks-intro = Gracias por asistir a «{ $title }». Su asistencia quedó registrada para usted y para su ALS.
notify-webinar-thanks-recording = La grabación está disponible en el enlace de abajo.

## ALS.
notify-als-nudge-subject = { $als }: cuéntenos qué han estado haciendo
notify-als-nudge-intro = LACRALO no tiene registrada ninguna actividad de { $als } ni de sus miembros desde el { $since }. Dentro de un mes, las ALS sin actividad registrada pasan a la cola de revisión del liderazgo.
notify-als-nudge-ask = Si participaron en seminarios web, eventos, comentarios de políticas o actividades locales, avise al liderazgo de LACRALO o al personal de GSE para que puedan registrarlo.
notify-als-status-subject = Nuevo estado de { $als }: { $status }
notify-als-status-intro = El liderazgo de LACRALO cambió el estado de { $als }.

## El resumen semanal.
notify-digest-subject = Resumen semanal de LACRALO, { $day }
notify-digest-intro = Lo que requiere atención esta semana.
notify-digest-review = Novedades en la cola de revisión
notify-digest-reports = Informes de viaje atrasados
notify-digest-events = Eventos que necesitan revisión
notify-digest-closing = Oportunidades CROP que cierran en los próximos 14 días
notify-digest-failed = Mensajes que no se pudieron enviar
notify-digest-failed-count = { $count ->
    [one] Un mensaje no se pudo enviar
   *[other] { $count } mensajes no se pudieron enviar
}
notify-digest-none = Nada por ahora.
notify-digest-more = … y { $count } más

## Avisos de la cuenta.
notify-invite-intro = { $inviter } le invita a LACRALO Outreach como { $role }.
notify-invite-expiry = El enlace de abajo funciona una sola vez, durante { $days ->
    [one] un día
   *[other] { $days } días
}.
notify-security-password-subject = Se cambió su contraseña
notify-security-password-intro = Se cambió la contraseña de su cuenta de LACRALO Outreach.
notify-security-second-factor-subject = Se desactivó su inicio de sesión en dos pasos
notify-security-second-factor-intro = El inicio de sesión en dos pasos de su cuenta de LACRALO Outreach se desactivó o se restableció.
notify-security-new-browser-subject = Nuevo inicio de sesión en su cuenta
notify-security-new-browser-intro = Alguien inició sesión en su cuenta de LACRALO Outreach desde un navegador que la cuenta no había usado antes.
notify-security-not-you = Si no fue usted, cambie su contraseña de inmediato y avise al liderazgo de LACRALO.

## La página de preferencias.
notify-prefs-title = Notificaciones
notify-prefs-lead = Elija qué le comunica LACRALO Outreach por correo y qué sigue.
notify-prefs-kinds = Lo que recibe
notify-prefs-optional = Mensajes que puede desactivar
notify-prefs-mandatory = Siempre se envían
notify-prefs-mandatory-hint = Tratan de su propia cuenta o solicitud.
notify-prefs-zone-hint = Las fechas y horas de los mensajes usan la zona horaria de su cuenta:
notify-prefs-follows = Lo que sigue
notify-prefs-follows-lead = Le avisamos cuando cambia un evento que sigue y le enviamos un recordatorio antes de un seminario web que sigue. Siga eventos sueltos desde su página, o aquí todos los eventos de un tipo, una relevancia, un país o una subregión.
notify-prefs-follows-none = Aún no sigue nada.
notify-prefs-follow-add = Seguir todos los eventos de
notify-prefs-follow-choose = Elija…
follow-target = Seguir
follow-target-event = Evento
follow-target-relevance = Relevancia
follow-target-kind = Tipo
follow-target-country = País
follow-target-subregion = Subregión
follow-start = Seguir
follow-stop = Dejar de seguir
follow-hint = Reciba un aviso cuando cambien sus fechas, su estado o su lugar.
follow-on-hint = Lo sigue: le avisaremos cuando cambien sus fechas, su estado o su lugar.
flash-followed = Ahora lo sigue.
flash-unfollowed = Ya no lo sigue.
flash-notifications-saved = Se guardaron sus preferencias de notificación.

## Los valores predeterminados del liderazgo.
notify-settings-title = Configuración de notificaciones
notify-settings-lead = Los valores predeterminados para todos: cuándo salen los recordatorios, cuándo sale el resumen semanal y si se envían recordatorios a las ALS.
notify-settings-crop = CROP
notify-settings-webinars = Seminarios web
notify-settings-digest = Resumen semanal para el liderazgo
notify-settings-als = Recordatorios a las ALS
notify-settings-conflict = Otra persona guardó esta configuración mientras usted la editaba. Quedaron guardados los valores de esa persona; los de usted se muestran abajo: guarde de nuevo para conservarlos.
notify-field-crop-first = Primer recordatorio del plazo, días antes
notify-field-crop-last = Último recordatorio del plazo, días antes
notify-field-report = Recordatorio del informe de viaje, días antes del vencimiento
notify-field-webinar-first = Primer recordatorio del seminario web, horas antes
notify-field-webinar-last = Último recordatorio del seminario web, horas antes
notify-field-digest-day = Día
notify-field-digest-hour = Hora
notify-field-als-nudges = Avisar a la persona de contacto de una ALS un mes antes de que la ALS pase a la cola de revisión
notify-hint-days = Un número entero de días.
notify-hint-hours = Un número entero de horas.
notify-hint-report = Después: el mismo día y luego cada semana mientras esté atrasado.
notify-hint-digest-hour = En la zona horaria de cada líder.
notify-err-last-before-first = El último recordatorio debe llegar después del primero: indique un número menor que el del primero.
err-number-range = Escriba un número entero de { $min } a { $max }.
flash-notify-settings = Se guardó la configuración de notificaciones.

## La bandeja de salida.
outbox-tabs = Mensajes por estado
outbox-tab-pending = En espera
outbox-tab-failed = Fallidos
outbox-tab-sent = Enviados
outbox-empty = No hay ningún mensaje aquí.
outbox-server-answer = El servidor de correo respondió:
outbox-next-attempt = Próximo intento: { $when }
outbox-sent-at = enviado el
outbox-handled-by = gestionado por { $who }
outbox-link = Se refiere a:
outbox-show-text = Mostrar la parte de texto
outbox-preview = Ver el mensaje como se ve en un programa de correo
outbox-retry = Reintentar ahora
outbox-mark-sent = Marcar como enviado a mano
flash-outbox-retry = El mensaje se volverá a intentar en un momento.
flash-outbox-marked-sent = El mensaje quedó marcado como enviado a mano.
flash-outbox-already-sent = Ese mensaje ya se había enviado.

## Darse de baja.
unsubscribe-title = Dejar de recibir estos mensajes
unsubscribe-ask = ¿Dejar de enviar «{ $kind }» a { $email }?
unsubscribe-button = Dejar de recibir estos mensajes
unsubscribe-done = { $email } ya no recibirá «{ $kind }».
unsubscribe-preferences = Para elegir cada tipo de mensaje, inicie sesión y abra

## Calendarios.
feed-title = Su calendario
feed-lead = Una dirección de calendario privada con los eventos y seminarios web que sigue, sus plazos CROP y los vencimientos de sus informes de viaje (y, para el liderazgo, todos los plazos CROP). Agréguela una vez a su aplicación de calendario; se mantiene al día sola.
feed-your-link = Su dirección de calendario
feed-once = Esta dirección solo se muestra ahora: cópiela o suscríbase. Cualquiera que la tenga puede leer su calendario; cree una nueva si se filtra.
feed-subscribe = Suscribirme en mi aplicación de calendario
feed-copy = O copie la dirección:
feed-made-on = Su dirección de calendario se creó el { $when }.
feed-none = Aún no tiene una dirección de calendario.
feed-make = Crear mi dirección de calendario
feed-renew = Crear una dirección nueva
feed-renew-hint = Una dirección nueva anula la anterior: los calendarios suscritos a ella dejan de actualizarse.
feed-public-lead = Agregue este calendario a su aplicación de calendario: sigue estos filtros y se mantiene al día, desde el año pasado en adelante.
feed-private-name = LACRALO: mi calendario
feed-crop-deadline = Plazo CROP: { $title }
feed-trip-report = Vence el informe de viaje: { $title }
flash-feed-made = Su dirección de calendario está lista.
calhelp-title = Cómo suscribirse
calhelp-google = En una computadora, abra Google Calendar y vaya a «Otros calendarios» → «+» → «Desde URL»; pegue la dirección y haga clic en el botón para agregar el calendario.
calhelp-outlook = En Outlook en la Web, abra el calendario, elija «Agregar calendario» y luego la opción para suscribirse desde la web; pegue la dirección e impórtela.
calhelp-apple = En una Mac, elija Archivo → Nueva suscripción a calendario y pegue la dirección; en un iPhone, abra el enlace «webcal://» y confirme.
calhelp-refresh = Las aplicaciones de calendario buscan las novedades por su cuenta, cada pocas horas.

## La página de la cuenta y las invitaciones.
account-zone-hint = Las fechas y horas de sus mensajes y recordatorios usan esta zona; si no elige ninguna, la de su país.
account-notify-lead = Elija qué mensajes recibe y siga eventos.
account-notify-link = Preferencias de notificación
account-feed-link = Su dirección de calendario
invite-field-language = Idioma de la invitación
crop-revoke = Revocar la aprobación
crop-status-revoked = Aprobación revocada

## La persona de contacto de una ALS.
als-contact = Contacto para los mensajes de LACRALO
als-contact-hint = Los recordatorios previos a la cola de revisión y los cambios de estado se envían a este miembro.
als-contact-none = Ningún miembro de esta ALS tiene todavía una dirección de correo.
als-contact-nobody = Nadie
als-contact-save = Guardar el contacto
flash-als-contact-saved = Se guardó el contacto de la ALS.

## A member's language.
member-language = Idioma en que lee
member-language-unknown = No se sabe
member-language-hint = Los mensajes a este miembro se escriben en este idioma, salvo que su cuenta tenga uno propio.
notify-crop-decision-info_requested = El liderazgo pide más información sobre su solicitud para asistir a «{ $title }». Modifíquela y vuelva a enviarla.
