# El informe anual (issue 16)
reports-title = Informes anuales
reports-lead = El informe que el liderazgo envía cada año al ALAC y al equipo de GSE de ICANN para LAC: lo que hizo el alcance y lo que le siguió. Imprímalo, o guárdelo como PDF, desde el navegador; el CSV da cada cifra con su definición.
report-title = Informe de alcance y participación de LACRALO { $year }
report-csv = Todas las cifras (CSV)
report-org = LACRALO · Organización Regional At-Large de América Latina y las Islas del Caribe de ICANN
report-audience = Al Comité Asesor At-Large (ALAC) y al equipo de Participación Global de Partes Interesadas de ICANN para América Latina y el Caribe.
report-as-of = Cifras al { $date }
report-generated = generado el { $date }
report-contents = Contenido
report-print-hint = Para obtener un PDF, imprima esta página y elija «Guardar como PDF».
report-events = Eventos realizados frente a previstos
report-events-text = Los eventos del año (sin contar los seminarios web), según cómo conciernen a LACRALO: cuántos se realizaron, cuántos están aún por venir o no se registraron como realizados, y cuántos se cancelaron.
report-events-chart = Eventos del año por relevancia
report-webinars = Seminarios web frente a sus metas
report-webinars-text = Los seminarios web realizados y aún previstos de cada programa, frente a la meta del año, con la asistencia a los realizados.
report-webinars-chart = Seminarios web por programa
report-dnssec = El programa de capacitación en DNSSEC
report-dnssec-text = Organizaciones que alcanzaron cada etapa durante el año: contactadas (o más allá), capacitadas (o firmando), firmando sus zonas.
report-dnssec-chart = Programa de DNSSEC: organizaciones que alcanzan cada etapa
report-crop = Viajes CROP y sus evaluaciones
report-crop-text = { $count ->
    [0] No se aprobó ningún viaje CROP para un evento del año.
    [one] Se aprobó un viaje CROP para un evento del año.
   *[other] Se aprobaron { $count } viajes CROP para eventos del año.
}
report-crop-assessed = { $count ->
    [0] Aún no se presentó ninguna evaluación.
    [one] Se presentó una evaluación.
   *[other] Se presentaron { $count } evaluaciones.
}
report-event = Evento
report-day = Día
report-traveller = Viajero
report-assessment = Evaluación presentada
report-assessment-missing = Aún no presentada
report-funds = Fondos discrecionales y lo que lograron
report-funds-text = { $count ->
    [0] En el año no se realizó ninguna iniciativa financiada con los fondos discrecionales de la RALO.
    [one] En el año se realizó una iniciativa financiada con los fondos discrecionales de la RALO.
   *[other] En el año se realizaron { $count } iniciativas financiadas con los fondos discrecionales de la RALO.
}
report-funds-amount = Aprobado: { $amount }.
report-funds-people = { $count ->
    [0] Aún no se informó de ninguna persona alcanzada.
    [one] Una persona alcanzada, según lo informado.
   *[other] { $count } personas alcanzadas, según lo informado.
}
report-initiative = Iniciativa
report-amount = Aprobado
report-people = Personas alcanzadas
report-achieved = Lo que se logró
report-als = Cambios en las ALS y crecimiento de miembros
report-members-joined = { $count ->
    [0] Ningún miembro se unió en el año.
    [one] Un miembro se unió en el año.
   *[other] { $count } miembros se unieron en el año.
}
report-members-at-end = { $count ->
    [one] Un miembro en el registro al cierre del año.
   *[other] { $count } miembros en el registro al cierre del año.
}
report-als-chart = Solicitudes de ALS, acreditaciones y cambios de estado
report-targets = Los 12 lugares del plan sin ALS
report-targets-outreach = { $count ->
    [0] Ninguno de los 12 lugares tuvo acciones de alcance en el año.
    [one] 1 de los 12 lugares tuvo acciones de alcance en el año.
   *[other] { $count } de los 12 lugares tuvieron acciones de alcance en el año.
}
report-targets-als = { $count ->
    [0] Ninguno tiene una ALS con voto al cierre del año.
    [one] 1 tiene una ALS con voto al cierre del año.
   *[other] { $count } tienen una ALS con voto al cierre del año.
}
report-target-actions = Acciones de alcance en el año
report-target-alss = ALS con voto al cierre del año
report-quorum = Quórum
report-quorum-text = El quórum de la Asamblea General y de las reuniones virtuales, el { $date }.
report-held = Realizados
report-not-held = No realizados (aún)
report-cancelled = Cancelados
report-planned = Previstos
report-short-of-target = Faltantes para la meta
report-organisations = Organizaciones
report-alss = ALS
report-events-summary = Barras por clase de relevancia: eventos realizados, no realizados y cancelados.
report-webinars-summary = Barras por programa: seminarios web realizados, previstos y faltantes para la meta del año.
report-dnssec-summary = Barras para las organizaciones que llegaron a contactadas, capacitadas y firmando en el año.
report-als-summary = Barras para las solicitudes de ALS, acreditaciones y cambios de estado del año.
report-als-applications = Solicitudes recibidas
report-als-accredited = Acreditadas
report-als-to-active = Vuelven a Activa
report-als-to-less-active = Pasan a Menos activa
report-als-to-standby = Pasan a En pausa
report-als-decertified = Desacreditadas
report-def-events-listed = Eventos del año con esta relevancia en el calendario (sin contar los seminarios web), cualquiera sea su estado.
report-def-events-held = De ellos, los marcados como realizados, o cuyo día ya pasó y no se cancelaron.
report-def-events-cancelled = De ellos, los cancelados.
report-def-webinars-target = La meta del año para el programa (fijada por el liderazgo, o la del plan por defecto); vacía si no hay ninguna.
report-def-webinars-held = Los seminarios web del programa en el año marcados como realizados.
report-def-webinars-planned = Los seminarios web del programa en el año previstos o confirmados.
report-def-webinars-attendance = Personas en los seminarios web realizados: la cifra registrada, o los asistentes nombrados si son más.
report-def-dnssec-contacted = Organizaciones cuya etapa cambió en el año a contactada o a una etapa posterior.
report-def-dnssec-trained = Organizaciones cuya etapa cambió en el año a capacitada o firmando.
report-def-dnssec-signing = Organizaciones cuya etapa cambió en el año a firmando.
report-def-crop-trips = Solicitudes CROP aprobadas para un evento del año.
report-def-crop-assessments = De esos viajes, aquellos cuya evaluación se presentó.
report-def-funds-initiatives = Iniciativas realizadas en el año cuyo financiamiento se aprobó (aprobadas, con informe presentado o cerradas).
report-def-funds-approved = La suma de los presupuestos aprobados de esas iniciativas, en esta moneda.
report-def-funds-people = Las personas a las que llegaron esas iniciativas, según sus informes.
report-def-als-applications = Solicitudes de ALS recibidas en el año.
report-def-als-accredited = ALS acreditadas en el año (según su fecha de acreditación).
report-def-als-refused = Solicitudes que el ALAC votó no acreditar en el año.
report-def-als-to-status = Cambios de estado de ALS a este estado en el año.
report-def-als-decertified = ALS desacreditadas en el año.
report-def-members-joined = Miembros cuya fecha de incorporación cae en el año.
report-def-members-at-end = Miembros en el registro al cierre del año (que se unieron hasta esa fecha, o que se agregaron hasta esa fecha cuando no se conoce la fecha de incorporación).
report-def-targets-outreach = De los 12 lugares del plan sin ALS, los que tuvieron al menos una acción de alcance en el año (tal como las cuenta /results).
report-def-targets-als = De los 12 lugares del plan, los que tienen una ALS Activa o Menos activa al cierre del año.
report-def-quorum-voting = ALS con voto (Activas o Menos activas) al cierre del año (u hoy).
report-def-quorum-standby = ALS En pausa en ese momento, que no votan.
report-def-quorum = El quórum: la mitad de las ALS con voto, más una.
nav-reports = Informes
report-members-at-start = { $count ->
    [one] Un miembro en el registro al comenzar el año.
   *[other] { $count } miembros en el registro al comenzar el año.
}
report-def-members-at-start = Miembros en el registro al comenzar el año (unidos antes, o agregados antes cuando no se conoce la fecha).
report-programme = Programa
report-target = Meta
report-attendance = Asistencia
