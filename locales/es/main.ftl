# Español. Debe tener exactamente las mismas claves que en/main.ftl (lo comprueba un test).
language-name = Español
chrono-locale = es_ES
format-date = %-d de %B de %Y
format-date-short = %a %-d %b
format-month-year = %B de %Y
date-range = { $start } – { $end }
date-month-only = { $month } (día por confirmar)
date-tbd = { $year }, fecha por confirmar

app-name = LACRALO Outreach
skip-to-content = Ir al contenido
nav-label = Principal
nav-events = Eventos
nav-calendar = Calendario
nav-new-event = Nuevo evento
nav-import = Importar
language-switcher = Idioma
footer-text = Plan de Alcance y Participación de LACRALO · Organización Regional At-Large de América Latina y las Islas del Caribe de ICANN
meta-description = LACRALO Outreach: los eventos, seminarios web, la financiación de viajes CROP y las Estructuras de At-Large de la Organización Regional At-Large de América Latina y las Islas del Caribe de ICANN.

error-home-link = Inicio
error-400-title = No se pudo entender la solicitud
error-400-text = Algo en la dirección o en el formulario no era lo esperado. Vuelva atrás e inténtelo de nuevo.
error-403-title = No permitido
error-403-text = No tiene permiso para hacer eso.
error-csrf-text = El formulario había caducado o no provenía de este sitio. Vuelva atrás, recargue la página y envíelo de nuevo.
error-404-title = Página no encontrada
error-404-text = No hay nada en esta dirección. Puede que se haya eliminado o que el enlace sea incorrecto.
error-405-title = No es posible aquí
error-405-text = Esta página no acepta ese tipo de solicitud.
error-408-title = Tardó demasiado
error-408-text = El servidor tardó demasiado en responder. Inténtelo de nuevo en un momento.
error-409-title = Algo cambió
error-409-text = Lo que estaba editando cambió mientras tanto. Recargue la página e inténtelo de nuevo.
error-413-title = Demasiado grande
error-413-text = Lo que envió supera el tamaño que acepta este sitio (16 MB como máximo).
error-414-title = Dirección demasiado larga
error-414-text = Esta dirección es más larga que cualquier página de este sitio. Revise el enlace que siguió.
error-503-title = Ocupado por un momento
error-503-text = El sitio está atendiendo muchos inicios de sesión a la vez. Espere unos segundos e inténtelo de nuevo; no se guardó nada de lo que envió.
error-422-title = Hay cosas que corregir
error-422-text = Parte de lo que envió no se pudo aceptar.
error-500-title = Algo falló de nuestro lado
error-500-text = El error quedó registrado. Inténtelo más tarde; nada de lo que envió quedó guardado a medias.
error-filter-text = Uno de los filtros de la dirección tiene un valor que no existe. Borre los filtros y elija de nuevo.
import-gone = Esta importación ya se confirmó o caducó. Vuelva a subir el archivo para verla.

home-title = Alcance y participación de LACRALO
home-intro = Los eventos, seminarios web y acciones de alcance de LACRALO, la Organización Regional At-Large de América Latina y las Islas del Caribe, al día gracias a su liderazgo y al equipo de participación de ICANN para LAC.
home-upcoming = En los próximos 60 días
home-no-upcoming = No hay nada previsto en los próximos 60 días.
home-all-events = { $count ->
    [one] Ver el único evento
   *[other] Ver los { $count } eventos
}

list-title = Eventos
list-subscribe = Suscribirse (iCalendar)
list-download-csv = Descargar CSV
list-review-banner = { $count ->
    [one] Un evento necesita revisión: el importador tuvo que suponer algo sobre él.
   *[other] { $count } eventos necesitan revisión: el importador tuvo que suponer algo sobre ellos.
}
list-count = { $count ->
    [0] Ningún evento
    [one] Un evento
   *[other] { $count } eventos
}
list-empty = Ningún evento coincide con estos filtros.
list-undated-heading = { $year }: fecha por confirmar
list-undated-hint = Aún no se conoce el día de estos eventos, ni su mes; no se ubican en ningún día.
list-sometime-heading = En algún momento de este mes
ics-date-tbc = { $title } (fecha por confirmar)
badge-needs-review = Necesita revisión

filter-label = Filtrar eventos
filter-year = Año
filter-month = Mes
filter-any = Cualquiera
filter-all-years = Todos los años
filter-subregion = Subregión de LACRALO
filter-search = Buscar en títulos, organizadores, ciudades y notas
filter-needs-review = Solo eventos que necesitan revisión
filter-apply = Filtrar
filter-show = Filtros
filter-clear = Borrar filtros

bulk-label = Cambiar la relevancia de los eventos seleccionados a
bulk-choose = Elija…
bulk-apply = Aplicar a los seleccionados
bulk-hint = Marque primero los eventos de abajo.
bulk-select-event = Seleccionar { $title }

field-title = Título
field-kind = Tipo
field-relevance = Relevancia
field-status = Estado
field-organiser = Organizador
field-city = Ciudad
field-country = País o territorio
field-online = En línea (se puede participar a distancia)
field-dates = Fechas
field-start-date = Fecha de inicio
field-end-date = Fecha de fin
field-start-time = Hora de inicio
field-time-zone = Zona horaria
field-month = Mes
field-year = Año
field-reason = Motivo del cambio de fechas o de la cancelación
field-url = Dirección web
field-notes = Notas

kind-conference = Conferencia
kind-meeting = Reunión
kind-webinar = Seminario web
kind-roadshow = Gira (roadshow)
kind-training = Capacitación
kind-readout = Sesión informativa (readout)
kind-internal = Interno

relevance-lacralo-involved = Con participación de LACRALO
relevance-crop-candidate = Candidato a CROP
relevance-out-of-scope = Fuera del alcance
relevance-unclassified = Sin clasificar

status-planned = Previsto
status-confirmed = Confirmado
status-held = Realizado
status-cancelled = Cancelado

subregion-a = A · Centroamérica y México
subregion-b = B · Andina
subregion-c = C · Islas del Caribe
subregion-d = D · Cono Sur

calendar-months = Meses
calendar-today = Este mes
calendar-as-list = Ver como lista
calendar-undated = Este mes, día por confirmar
calendar-legend = Leyenda

event-online = En línea
event-place = Lugar
event-place-unknown = Aún no se conoce
event-see-in-calendar = Ver en el calendario
event-edit = Editar
event-delete = Eliminar
event-updated = Último cambio
event-review-heading = Necesita revisión
event-review-hint = Compruebe estos puntos y guarde el evento: al guardarlo se quita la marca.
event-history-heading = Cambios de fecha
event-history-empty = Las fechas no han cambiado desde que se registró el evento.
event-new-heading = Nuevo evento
event-edit-heading = Editar evento
history-when = Cuándo
history-who = Quién
history-by-system = Sistema
history-by-unknown = Cuenta ya eliminada
history-from = De
history-to = A
history-reason = Motivo

form-error-summary = { $count ->
    [one] Hay un problema
   *[other] Hay { $count } problemas
}
form-save = Guardar
form-cancel = Cancelar
precision-day = Se conoce el día
precision-month = Solo se conoce el mes
precision-tbd = Solo se conoce el año
hint-date = Por ejemplo 2023-03-11.
hint-end-date = Déjela vacía si el evento dura un día.
hint-time = Opcional. La hora local del evento, con su zona horaria.
hint-month = Por ejemplo 2023-08.
hint-year = Por ejemplo 2023.
hint-reason = Obligatorio si cambia las fechas o la regla de repetición, o si cancela el evento: se muestra en el historial del evento.
hint-url = Empieza por https://
zone-none = Sin hora
zone-group-lac = América Latina y el Caribe
country-none = Desconocido o solo en línea

conflict-title = Otra persona cambió este evento
conflict-intro = Mientras usted editaba, otra persona guardó una versión más reciente de este evento. No se sobrescribió nada: estas son las diferencias entre su versión y la de usted.
conflict-same = Su versión tiene los mismos valores que la suya en todos los campos.
conflict-field = Campo
conflict-theirs = Guardado ahora
conflict-mine = Lo suyo
conflict-empty = (vacío)
conflict-keep-theirs = Empezar de nuevo desde la versión guardada
conflict-keep-theirs-hint = Abra el formulario con la versión guardada y vuelva a hacer sus cambios.
conflict-edit-again = Editar la versión guardada
conflict-view = Ver el evento
conflict-use-mine = Guardar su versión sobre la otra
conflict-use-mine-hint = Reemplace la otra versión por la suya, sabiendo lo que cambia.
conflict-save-mine = Guardar mi versión

delete-title = ¿Eliminar este evento?
delete-question = ¿Eliminar «{ $title }»?
delete-warning = Se eliminarán el evento y su historial de cambios de fecha. No se puede deshacer.
delete-confirm = Eliminar el evento
delete-changed = Este evento cambió después de que abrió esta página. Revíselo abajo y confirme de nuevo si aún quiere eliminarlo.

import-title = Importar eventos
import-intro = Suba un archivo CSV para añadir eventos. Cada fila se comprueba y se le muestra primero; nada se importa hasta que usted confirme, y entonces se importan todas las filas o ninguna.
import-refused = No se pudo leer el archivo
import-file = Archivo CSV (UTF-8, 2 MB como máximo)
import-file-hint = La primera fila debe nombrar las columnas. Las hojas de cálculo pueden guardar como «CSV UTF-8».
import-list-year = Año de la lista (opcional)
import-list-year-hint = Si la lista trata de un año, las fechas de otros años y las filas sin fecha se marcan para revisión.
import-preview = Comprobar el archivo
import-columns-heading = Columnas
import-columns-text = Solo «title» es obligatoria; la exportación de este sitio las escribe todas, así que un archivo exportado se vuelve a importar.
import-dates-text = Las fechas pueden escribirse 2023-03-11, 2023-05 (solo el mes), 2023 (solo el año) o mes/día/año como en el plan (3/11/23). Una fecha con el día primero como 25/5/23, un año distinto del de la lista y «placeholder» se aceptan y se marcan para revisión.
import-err-no-file = Elija un archivo CSV para subir.
import-err-too-large = El archivo tiene { $size } MB; el límite es { $max } MB. Divídalo en archivos más pequeños.
import-err-not-utf8 = El archivo no es texto UTF-8. Guárdelo como «CSV UTF-8» y vuelva a subirlo.
import-err-empty = El archivo no tiene filas de eventos.
import-err-no-title = El archivo no tiene columna «title». La primera fila debe nombrar las columnas, entre: { $columns }.
import-err-unknown-columns = Columnas desconocidas: { $unknown }. Las columnas que lee esta importación son: { $columns }.
import-err-duplicate-column = La columna «{ $column }» aparece dos veces.
import-err-too-many-rows = El archivo tiene más de { $max } filas. Divídalo en archivos más pequeños.
import-err-unreadable = El archivo no es un CSV válido cerca de la línea { $line } (puede faltar una comilla, o una fila tiene más o menos columnas que la primera).
import-err-uid-repeated = el mismo uid aparece dos veces en el archivo ({ $value })
import-err-uid-exists = ya hay un evento con este uid en el calendario ({ $value })
import-err-uid = no es un uid utilizable ({ $value })
import-err-too-long = más de { $value } caracteres
import-err-not-one-of = «{ $value }» no es uno de los valores permitidos
import-err-yes-no = «{ $value }» debería ser yes o no
import-err-url = «{ $value }» no es una dirección web que empiece por http:// o https://
import-err-month = «{ $value }» no es un mes como 2023-08
import-err-end-before-start = la fecha de fin { $value } es anterior a la de inicio
import-err-end-without-start = una fecha de fin ({ $value }) necesita una fecha de inicio
import-err-time-in-gap = esta hora no existe en esa zona ese día: los relojes se la saltan al empezar el horario de verano
import-err-time-without-day = una hora de inicio necesita un día conocido

preview-title = Comprobar la importación
preview-file = Archivo: { $name }
preview-rows = { $count ->
    [one] una fila
   *[other] { $count } filas
}
preview-errors = { $count ->
    [0] sin errores
    [one] una fila con errores
   *[other] { $count } filas con errores
}
preview-flagged = { $count ->
    [0] ninguna para revisar
    [one] una para revisar
   *[other] { $count } para revisar
}
preview-confirm = { $count ->
    [one] Importar la fila
   *[other] Importar las { $count } filas
}
preview-start-over = Subir otro archivo
preview-blocked = Todavía no se puede importar nada
preview-blocked-hint = Corrija en su archivo las filas marcadas con errores y vuelva a subirlo. No se ha importado nada.
preview-line = Línea
preview-written = Fecha escrita
preview-read-as = Leído como
preview-notes = Notas
preview-error = Error

err-title-required = Escriba un título.
err-too-long = Use como máximo { $max } caracteres.
err-control-chars = Contiene caracteres de control invisibles que no se pueden guardar; quítelos e inténtelo de nuevo.
err-line-break = Debe ser una sola línea: quite los saltos de línea.
err-choose-from-list = Elija una de las opciones.
err-country-unknown = «{ $value }» no es un país ni territorio de la región LAC.
err-url = Escriba una dirección web que empiece por http:// o https://.
err-start-date-required = Escriba la fecha de inicio.
err-date-invalid = Escriba una fecha que exista, como 2023-03-11.
err-date-unreadable = «{ $value }» no es una fecha que podamos leer.
err-date-no-year = No hay fecha ni año de la lista en el que ubicarla.
err-end-before-start = La fecha de fin debe ser igual o posterior a la de inicio.
err-year-range = Escriba un año entre 1990 y 2200.
err-month-required = Escriba el mes, como 2023-08.
err-month-invalid = Escriba un mes que exista, como 2023-08.
err-year-required = Escriba el año, como 2023.
err-time-required-with-zone = Escriba la hora de inicio, o elija «Sin hora» como zona horaria.
err-time-invalid = Escriba una hora como 14:30.
err-zone-required = Elija la zona horaria de la hora de inicio.
err-zone-unknown = Elija una zona horaria de la lista.
err-reason-required = Indique por qué cambiaron las fechas o por qué se cancela el evento; queda en el historial del evento.

review-day-first = La fecha «{ $written }» no puede ser mes/día/año, así que se leyó como día/mes/año: { $date }.
review-year-outside-list = La fecha «{ $written }» no es de { $year }, el año de la lista; se mantuvo como estaba escrita.
review-no-date = No se indicó fecha («{ $written }»): la fecha está por confirmar dentro de { $year }.
review-country-from-title = El país ({ $country }) se tomó del título.
review-place-tbd = El título dice que el lugar está por decidir.
review-tentative-title = El título marca este evento como provisional (placeholder).

flash-event-created = Evento creado.
flash-event-saved = Evento guardado.
flash-event-deleted = Evento eliminado.
flash-bulk-choose-relevance = Elija la relevancia y luego aplique.
flash-bulk-choose-events = Marque al menos un evento y luego aplique.
flash-bulk-done = { $count ->
    [0] Ningún evento cambió: ya tenían esa relevancia.
    [one] Un evento reclasificado.
   *[other] { $count } eventos reclasificados.
}
flash-imported = { $count ->
    [one] Un evento importado.
   *[other] { $count } eventos importados.
}
flash-import-has-errors = Ahora algunas filas tienen errores; no se importó nada.

ics-calendar-name = Eventos de alcance de LACRALO

# Cuentas y roles
nav-users = Cuentas
nav-invitations = Invitaciones
nav-audit = Registro de auditoría
nav-outbox = Bandeja de salida
nav-account = Su cuenta
nav-login = Iniciar sesión
nav-logout = Cerrar sesión
role-anonymous = Visitante
role-member = Miembro de ALS
role-gse-staff = Personal de GSE
role-leadership = Liderazgo de LACRALO
error-401-title = Inicie sesión
error-401-text = Debe haber iniciado sesión para hacer eso. Inicie sesión e inténtelo de nuevo.
error-429-title = Demasiados intentos
error-429-text = Demasiados intentos en poco tiempo. Espere unos minutos e inténtelo de nuevo.

login-title = Iniciar sesión
login-submit = Entrar
login-hint = ¿Aún no tiene cuenta? El liderazgo de LACRALO envía las invitaciones.
login-2fa-title = Segundo paso: su código
login-2fa-code = Código
login-2fa-hint = El código de 6 dígitos de su aplicación de autenticación, o uno de sus códigos de recuperación.
login-err-wrong = Correo o contraseña incorrectos.
login-err-locked = Demasiados intentos fallidos. El acceso está bloqueado para esta cuenta o esta red durante 15 minutos.
login-err-code = Ese código no es correcto o ya se usó. Pruebe con el siguiente código.

field-email = Correo electrónico
field-password = Contraseña
field-display-name = Su nombre, tal como lo verán los demás
field-new-password = Nueva contraseña
field-password-confirm = Repita la nueva contraseña
field-current-password = Contraseña actual
field-language = Idioma
field-role = Rol
hint-email = Se aceptan direcciones en cualquier escritura, como josé@ñandú.com.ar o 用户@例子.广告.
hint-password = Al menos 12 caracteres. Unas palabras sin relación entre sí forman una contraseña fuerte y fácil de recordar.

setup-title = Crear la primera cuenta
setup-intro = Todavía no existe ninguna cuenta. Esto crea la primera cuenta del liderazgo de LACRALO; el enlace deja de funcionar una vez creada. Después configurará un segundo factor para iniciar sesión.
setup-submit = Crear la cuenta
join-title = Únase a LACRALO Outreach
join-intro = Ha sido invitado como { $role }. Elija su nombre y una contraseña.
join-submit = Crear mi cuenta
invite-gone = Este enlace de invitación ya se usó, caducó o fue retirado. Pida uno nuevo al liderazgo de LACRALO.
invite-err-has-account = Esta dirección ya tiene una cuenta.
invite-mail-subject = Su invitación a LACRALO Outreach
account-title = Su cuenta
account-profile = Nombre e idioma
account-password = Contraseña
account-change-password = Cambiar la contraseña
account-2fa = Inicio de sesión en dos pasos
account-2fa-on = El inicio de sesión en dos pasos está activado.
account-2fa-off = El inicio de sesión en dos pasos está desactivado. Con él, una contraseña robada no basta para entrar.
account-2fa-turn-on = Activar el inicio de sesión en dos pasos
account-2fa-turn-off = Desactivar el inicio de sesión en dos pasos
account-2fa-required = Las cuentas del liderazgo deben mantener activado el inicio de sesión en dos pasos.
account-recovery-left = { $count ->
    [0] No le quedan códigos de recuperación: desactive y vuelva a activar el inicio en dos pasos para obtener otros.
    [one] Le queda un código de recuperación.
   *[other] Le quedan { $count } códigos de recuperación.
}
account-err-name-required = Escriba su nombre.
account-err-name-long = Use como máximo 100 caracteres.
account-err-current-password = Esa no es su contraseña actual.

twofa-required-notice = Las cuentas del liderazgo necesitan el inicio de sesión en dos pasos. Configúrelo ahora para continuar.
twofa-step-app = Instale una aplicación de autenticación en su teléfono (por ejemplo FreeOTP, Aegis, Google Authenticator o Microsoft Authenticator).
twofa-step-scan = Escanee este código con la aplicación.
twofa-qr-alt = Código QR para la aplicación de autenticación
twofa-secret = Si no puede escanearlo, escriba esta clave en la aplicación:
twofa-step-code = Escriba el código de 6 dígitos que muestra la aplicación.
twofa-confirm = Activar
twofa-done = El inicio de sesión en dos pasos está activado.
twofa-recovery-title = Sus códigos de recuperación
twofa-recovery-text = Cada código le permite entrar una vez sin su teléfono. Guárdelos en un lugar seguro: solo se muestran ahora.
twofa-continue = Continuar

users-title = Cuentas
users-2fa = Dos pasos
users-2fa-on = Activado
users-last-login = Último acceso
users-actions = Acciones
users-disabled = Desactivada
users-enable = Activar
users-disable = Desactivar
users-reset-2fa = Restablecer el inicio en dos pasos

invitations-title = Invitaciones
invitations-created = { $days ->
    [one] Invitación creada. Envíe este enlace a la persona; funciona una vez, durante un día:
   *[other] Invitación creada. Envíe este enlace a la persona; funciona una vez, durante { $days } días:
}
invitations-send = Crear la invitación
invitations-pending = Pendientes de aceptar
invitations-none = No hay ninguna invitación pendiente.
invitations-expires = Caduca
invitations-expired = caducada
invitations-revoke = Retirar

audit-title = Registro de auditoría
audit-filter = Filtrar el registro de auditoría
audit-entity = Qué
audit-action = Acción
audit-who = Quién
audit-from = Desde
audit-to = Hasta
audit-change = Cambio
audit-show = Mostrar
audit-before = Antes
audit-after = Después
page-previous = Anterior
page-next = Siguiente
page-of = Página { $page } de { $pages }
page-nav = Páginas de la lista

outbox-title = Bandeja de salida
outbox-smtp = Los mensajes se envían por correo; esto es lo que espera y lo que salió hace poco.
outbox-no-smtp = No hay servidor de correo configurado: estos mensajes no se envían solos. Envíelos a mano y conserve esta página como registro.
outbox-attempts = { $count ->
    [one] un intento
   *[other] { $count } intentos
}
password-err-short = Use al menos 12 caracteres.
password-err-long = Use como máximo 128 caracteres.
password-err-common = Esta contraseña es demasiado común o fácil de adivinar. Pruebe con unas palabras sin relación entre sí.
password-err-personal = No use su nombre ni su correo en la contraseña.
password-err-confirm = Las dos contraseñas no coinciden.

email-err-empty = Escriba una dirección de correo.
email-err-no-at = Una dirección de correo necesita una @, como nombre@ejemplo.org.
email-err-several-at = Una dirección de correo tiene una sola @.
email-err-local-empty = Escriba la parte anterior a la @.
email-err-local-too-long = La parte anterior a la @ es demasiado larga (64 bytes como máximo).
email-err-local-dots = La parte anterior a la @ no puede empezar ni terminar con un punto, ni tener dos puntos seguidos.
email-err-local-char = La parte anterior a la @ tiene un carácter no permitido (como un espacio o una coma).
email-err-domain-empty = Escriba el dominio después de la @, como ejemplo.org.
email-err-domain-invalid = El dominio después de la @ no es válido; debe ser como ejemplo.org o ñandú.com.ar.
email-err-too-long = Esta dirección de correo es demasiado larga.

flash-logged-in = Ha iniciado sesión.
flash-logged-out = Ha cerrado la sesión.
flash-login-again = Vuelva a iniciar sesión.
flash-profile-saved = Guardado.
flash-password-changed = Su contraseña se ha cambiado.
flash-2fa-off = El inicio de sesión en dos pasos está desactivado.
flash-not-yourself = No puede hacer eso con su propia cuenta.
flash-user-changed = La cuenta se ha modificado.
flash-invitation-revoked = La invitación se ha retirado.
flash-2fa-required = Las cuentas del liderazgo deben mantener activado el inicio de sesión en dos pasos.

# Registro de ALS y cobertura
nav-als = ALS
nav-coverage = Cobertura
nav-review = Revisión
als-title = Estructuras At-Large
als-active-title = ALS activas de LACRALO
als-new = Nueva ALS
als-edit = Editar ALS
als-download = Descargar la lista de activas (CSV)
als-as-of = Al { $date }
als-search = Nombre o sigla
als-count = { $count ->
    [0] Ninguna ALS
    [one] Una ALS
   *[other] { $count } ALS
}
als-empty = Ninguna ALS coincide con estos filtros.
als-name = Nombre
als-acronym = Sigla
als-accredited = Acreditada el
als-members = Miembros activos
als-last-engaged = Última participación
als-website = Sitio web
als-never-engaged = Aún no hay nada registrado
als-change-status = Cambiar el estado
als-new-status = Nuevo estado
als-reason-hint = Obligatorio: queda en el historial de la ALS.
als-delete = Eliminar esta ALS
als-delete-hint = Solo se puede eliminar una ALS sin miembros; las demás se desacreditan.
als-history = Historial de estados
als-history-empty = El estado no ha cambiado desde que se registró la ALS.
als-engagements = Lo que hizo
als-trip-planned = Viaje CROP previsto (cuenta como actividad una vez realizado)
als-engagements-empty = Aún no hay participaciones registradas.
als-status-active = Activa
als-status-less-active = Menos activa
als-status-standby = En pausa
als-status-decertified = Desacreditada
als-err-name-required = Escriba el nombre de la ALS.
als-err-country-required = Elija el país o territorio.
als-err-duplicate = Ya existe una ALS con este nombre en este país.
als-err-reason-required = Indique por qué cambia el estado; queda en el historial.
engagement-webinar-attended = Asistencia a seminario web
engagement-event-participation = Participación en un evento
engagement-crop-trip = Viaje CROP
engagement-policy-comment = Comentario de políticas
engagement-meeting = Reunión
engagement-local-activity = Actividad local
engagement-add = Registrar una participación
engagement-kind = Qué
engagement-date = Cuándo
engagement-description = Detalles
engagement-err-future = Una participación se registra cuando ya ocurrió: la fecha es futura.
review-title = Cola de revisión
review-months = Meses sin participación
review-intro = ALS activas y menos activas sin nada registrado desde el { $date }, primero las que llevan más tiempo en silencio.
review-empty = Ninguna ALS lleva tanto tiempo en silencio.
review-select = Seleccionar
review-silent-for = En silencio desde hace
review-days = { $count ->
    [one] un día
   *[other] { $count } días
}
review-apply = Cambiar el estado de las ALS seleccionadas
review-err-choose = Marque al menos una ALS.
coverage-title = Cobertura de alcance
coverage-intro = Todos los países y territorios de América Latina y el Caribe, por subregión de LACRALO: ALS activas, miembros y el alcance realizado. Los lugares sin ALS activa son objetivos de alcance.
coverage-targets = { $count ->
    [0] Ningún lugar sin ALS activa
    [one] Un lugar sin ALS activa
   *[other] { $count } lugares sin ALS activa
}
coverage-no-targets = Todos los lugares tienen al menos una ALS activa.
coverage-outreach-done = { $count ->
    [one] una acción de alcance registrada
   *[other] { $count } acciones de alcance registradas
}
coverage-active-als = ALS activas
coverage-events = Eventos realizados allí
coverage-engagements = Participaciones
coverage-territory = territorio
coverage-target = Objetivo de alcance
coverage-summary = { $als ->
    [0] ninguna ALS activa
    [one] una ALS activa
   *[other] { $als } ALS activas
}, { $members ->
    [one] un miembro
   *[other] { $members } miembros
}
coverage-legend-none = Sin ALS activa (objetivo de alcance)
coverage-legend-low = Una ALS activa
coverage-legend-good = Dos o más ALS activas
coverage-map-title = Mapa de la cobertura de LACRALO
coverage-map-desc = Cada cuadrado es un país o territorio, ubicado aproximadamente donde está; su color indica cuántas ALS activas tiene. Las tablas de abajo dan las mismas cifras.
flash-als-created = ALS creada.
flash-als-saved = ALS guardada.
flash-als-status-changed = Estado cambiado.
flash-als-deleted = ALS eliminada.
flash-als-has-members = { $count ->
    [one] Esta ALS tiene un miembro, así que no se puede eliminar: desacredítela.
   *[other] Esta ALS tiene { $count } miembros, así que no se puede eliminar: desacredítela.
}
flash-engagement-added = Participación registrada.
flash-review-done = { $count ->
    [0] Ningún estado cambió.
    [one] Una ALS cambió de estado.
   *[other] { $count } ALS cambiaron de estado.
}

# Miembros
nav-members = Miembros
members-title = Miembros
member-new = Nuevo miembro
member-edit = Editar miembro
member-name = Nombre
member-als = ALS
member-search = Nombre o correo
member-show-inactive = Incluir miembros inactivos
member-count = { $count ->
    [0] Ningún miembro
    [one] Un miembro
   *[other] { $count } miembros
}
member-active = Activo
member-inactive = Inactivo
member-individual = Miembro individual
member-in-als = Miembro de una ALS
member-no-als = Ninguna ALS
member-membership = Afiliación
member-joined = Se unió el
member-account = Cuenta
member-has-account = Inicia sesión con su propia cuenta
member-no-account = Aún sin cuenta
member-err-name-required = Escriba el nombre del miembro.
member-err-individual-with-als = Un miembro individual no pertenece a ninguna ALS: elija «Ninguna ALS» o «Miembro de una ALS».
member-err-als-required = Elija la ALS del miembro, o márquelo como miembro individual.
member-err-email-taken = Otro miembro ya tiene esta dirección de correo.
flash-member-saved = Miembro guardado.

# Importación del registro
registry-import-title-als = Importar ALS
registry-import-title-members = Importar miembros
registry-import-intro = Suba un archivo CSV. Cada fila se comprueba y se le muestra primero; nada se importa hasta que usted confirme, y entonces se importan todas las filas o ninguna.
registry-import-columns-als = Solo «name» y «country» (código ISO o nombre) son obligatorias; «status» es active, less_active, standby o decertified (active si está vacía); «accredited_on» es una fecha como 2015-06-30.
registry-import-columns-members = «name» y «country» son obligatorias; «als» es el nombre o la sigla de la ALS (vacía para un miembro individual); «active» es yes o no; «email» puede estar en cualquier escritura.
registry-export = Descargar todo en CSV
registry-import-err-missing = El archivo no tiene columna «{ $column }». La primera fila debe nombrar las columnas, entre: { $columns }.
registry-import-err-name = el nombre es obligatorio
registry-import-err-duplicate-als = ya existe una ALS llamada «{ $value }» en este país (en el registro o antes en el archivo)
registry-import-err-duplicate-email = otro miembro ya tiene la dirección { $value } (en el registro o antes en el archivo)
registry-import-err-no-als = ninguna ALS se llama «{ $value }»
registry-import-err-ambiguous-als = varias ALS coinciden con «{ $value }»: use el nombre completo
flash-imported-rows = { $count ->
    [one] Una fila importada.
   *[other] { $count } filas importadas.
}
engagement-member = Quién
engagement-whole-als = La ALS en conjunto
engagement-event = En qué evento
engagement-no-event = Sin evento asociado
member-link-title = Cuenta
member-link-hint = Vincule al miembro con su cuenta, para que inicie sesión como sí mismo (para postular a CROP, por ejemplo).
member-link = Vincular
member-unlink = Desvincular la cuenta
flash-account-linked = Guardado.
flash-account-not-linkable = Esa cuenta ya está vinculada a otro miembro.
nav-menu = Menú
nav-manage = Gestionar
nav-admin = Administración
nav-enrol-2fa = Active su segundo factor
als-err-status-conflict = Otra persona cambió esta ALS mientras usted la miraba. Abajo se muestra su estado actual: revíselo y decida de nuevo.

als-conflict-title = Otra persona cambió esta ALS
als-conflict-intro = Mientras usted editaba, alguien guardó una versión más reciente de «{ $name }». No se sobrescribió nada: estas son las diferencias entre la versión guardada y la suya.
als-conflict-view = Ver la ALS
member-conflict-title = Otra persona cambió este miembro
member-conflict-intro = Mientras usted editaba, alguien guardó una versión más reciente de «{ $name }». No se sobrescribió nada: estas son las diferencias entre la versión guardada y la suya.
member-conflict-view = Ver el miembro
