# Las métricas de actividad de las ALS de At-Large y los registros de asistencia a las llamadas mensuales (issue 16)
roll-call = Asistencia
roll-call-present = { $count ->
    [one] 1 ALS presente
   *[other] { $count } ALS presentes
}
roll-call-hint = Marque cada ALS presente en esta llamada. Las métricas la cuentan como una reunión de cada ALS marcada.
roll-call-legend = ALS presentes
flash-roll-call = { $count ->
    [one] Se guardó la asistencia: 1 ALS presente.
   *[other] Se guardó la asistencia: { $count } ALS presentes.
}
metrics-title = Métricas de actividad de At-Large
metrics-suggested = Estado sugerido:
metrics-suggested-col = Sugerido por las métricas
metrics-differs = (no es el estado actual: decide el liderazgo)
metrics-participation = Participación
metrics-participation-evidence = { $meetings ->
    [one] 1 llamada
   *[other] { $meetings } llamadas
} en { $months ->
    [one] 1 mes
   *[other] { $months } meses
}; { $contributions ->
    [one] 1 comentario sobre políticas
   *[other] { $contributions } comentarios sobre políticas
} en { $cmonths ->
    [one] 1 mes
   *[other] { $cmonths } meses
}
metrics-voting = Votación
metrics-voting-evidence = { $polls ->
    [0] ninguna votación mientras tenía voto
    [one] votó en { $votes } de la última votación
   *[other] votó en { $votes } de las últimas { $polls } votaciones
}
metrics-local = Actividad local
metrics-local-evidence = { $reports ->
    [one] 1 informe de actividad local
   *[other] { $reports } informes de actividad local
} en { $months ->
    [one] 1 mes
   *[other] { $months } meses
}
metrics-rules = Los tres criterios cumplidos: Activa; uno o dos: Menos activa; ninguno: En pausa. El liderazgo fija los umbrales (los provisionales del documento de métricas de LACRALO hasta que se cambien). Las ALS en pausa pierden el voto y no cuentan para el quórum.
quorum-title = Quórum de las reuniones de LACRALO
quorum-lead = Las ALS con voto el { $date }, por subregión y en total, y el quórum que forman.
quorum-as-of = A la fecha
quorum-overall = Todo LACRALO
quorum-voting = ALS con voto
quorum-standby = En pausa (sin voto)
quorum-quorum = Quórum (50 % + 1)
quorum-rules = Cada ALS se cuenta con su estado de ese día, según su historial. Las ALS activas y menos activas votan; las ALS en pausa pierden el voto y no cuentan para el quórum. La misma mayoría vale para la Asamblea General y para las reuniones virtuales.
metrics-settings-title = Métricas de ALS: umbrales y votaciones
metrics-settings-lead = Los umbrales con que se calculan los estados sugeridos, y las votaciones cuyos votos cuentan. La asistencia se toma en la página de cada llamada; los informes de actividad local se registran en la página de cada ALS.
metrics-thresholds = Umbrales
metrics-thresholds-draft = Son los umbrales provisionales del documento de métricas de LACRALO: 2 llamadas en 3 meses o 3 comentarios sobre políticas en 6 meses; un voto en 2 de las últimas 4 votaciones; 2 informes de actividad local en 6 meses.
metrics-meetings = Llamadas con asistencia
metrics-within-months = en (meses)
metrics-or = o
metrics-contributions = Comentarios sobre políticas
metrics-votes = Votos
metrics-last-polls = en las últimas (votaciones)
metrics-local-reports = Informes de actividad local
metrics-err-number = Indique un número entero de { $min } a { $max }.
metrics-err-votes-over-polls = Los votos pedidos no pueden ser más que las votaciones contadas.
metrics-err-stale = Alguien guardó los umbrales después de que usted abriera esta página. Lo que escribió se conserva; guarde de nuevo para reemplazar los suyos.
metrics-polls = Votaciones
metrics-polls-hint = Cada votación de LACRALO, con las ALS que votaron. El criterio de voto cuenta las últimas votaciones celebradas.
metrics-polls-none = Aún no hay votaciones registradas: hasta que haya una, el criterio de voto se considera cumplido.
metrics-poll-new = Registrar una votación
metrics-poll-title = Qué se votó
metrics-poll-title-hint = Por ejemplo «Elección de la Presidencia de LACRALO 2027».
metrics-poll-day = Día de la votación
metrics-poll-voted = ALS que votaron
metrics-poll-voters = { $count ->
    [0] ninguna ALS votó
    [one] 1 ALS votó
   *[other] { $count } ALS votaron
}
metrics-err-poll-future = Una votación se registra una vez celebrada: este día aún no llegó.
metrics-err-poll-stale = Alguien guardó esta votación después de que usted abriera la página. Sus marcas se conservan; guarde de nuevo para reemplazar las suyas.
flash-thresholds-saved = Umbrales guardados; los estados sugeridos ya los usan.
flash-poll-saved = { $count ->
    [one] Votación guardada: 1 ALS votó.
   *[other] Votación guardada: { $count } ALS votaron.
}
metrics-settings-link = Umbrales y votaciones
roll-call-stale = Alguien guardó esta asistencia después de que usted abriera la página. Sus marcas se conservan abajo; guarde de nuevo para reemplazar las suyas.
metrics-err-poll-no-voters = Marque las ALS que votaron: no se registra una votación en la que ninguna ALS votó.
metrics-poll-delete = Eliminar esta votación
metrics-poll-delete-hint = Para una votación registrada por error: deja de contar para todas las ALS.
flash-poll-deleted = Votación eliminada.
metrics-hint-count = De 1 a 50.
metrics-hint-months = De 1 a 24 meses.
metrics-hint-votes = De 1 a 20, no más que las votaciones.
metrics-hint-polls = De 1 a 20.
