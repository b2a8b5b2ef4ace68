# CROP: el comité de selección (evaluadores, puntajes, primera y segunda opción).

crop-committee-title = Comité de selección
crop-committee-heading = Comité
crop-committee-lead = Cuando el liderazgo lo desea, un comité revisa las solicitudes, como lo hace el comité de tres miembros de NARALO: cada evaluador puntúa cada solicitud según cuatro criterios y elige una primera y una segunda opción. Un evaluador que es el solicitante, o que pertenece a la ALS del solicitante, queda recusado de esa solicitud automáticamente.
crop-committee-link = { $count ->
    [one] Comité de selección: 1 evaluador
   *[other] Comité de selección: { $count } evaluadores
}
crop-committee-set-up = Formar un comité de selección
crop-committee-score-link = Puntuar las solicitudes
crop-committee-reviewers = Evaluadores
crop-committee-reviewer = Evaluador
crop-committee-none = Todavía no hay evaluadores.
crop-committee-progress = Avance
crop-committee-progress-text = { $scored } de { $count } solicitudes puntuadas
crop-committee-recused = Recusado de
crop-committee-remove = Quitar
crop-committee-ranked = opciones elegidas
crop-committee-not-ranked = sin opciones todavía
crop-committee-applications = { $count ->
    [0] Todavía no hay solicitudes que revisar.
    [one] 1 solicitud que revisar.
   *[other] { $count } solicitudes que revisar.
}
crop-committee-assign = Agregar un evaluador
crop-committee-email = Correo electrónico del evaluador
crop-committee-email-hint = La dirección de una cuenta existente, de cualquier rol: normalmente liderazgo o miembros.
crop-committee-assign-button = Agregar al comité

crop-committee-scores-title = Puntuación
crop-committee-scores-lead = Puntúe cada solicitud de 0 a 5 en cada criterio y luego elija su primera y segunda opción. Los puntajes de los demás evaluadores se muestran cuando usted haya puntuado todas las solicitudes de las que no está recusado.
crop-committee-others-hidden = los puntajes de los demás evaluadores se muestran cuando usted haya puntuado todas las solicitudes
crop-committee-recused-badge = Recusado
crop-committee-scored-badge = Puntuada
crop-committee-recused-text = Usted está recusado de esta solicitud: es suya o de su ALS. No la puntúa ni la clasifica.
crop-committee-score-hint = Cada criterio: un número entero de 0 (nada) a 5 (excelente).
crop-committee-score-save = Guardar puntajes
crop-committee-score-change = Cambiar puntajes
crop-committee-others = Puntajes de los demás evaluadores
crop-committee-others-none = Ningún otro evaluador la ha puntuado todavía.
crop-committee-total = Total
crop-committee-totals = { $sum } puntos de { $scored ->
    [one] 1 evaluador
   *[other] { $scored } evaluadores
} · primera opción de { $first } · segunda opción de { $second }
crop-committee-criterion-outreach-plan = Plan de divulgación
crop-committee-criterion-subregion = Subregión
crop-committee-criterion-reports = Informes anteriores entregados a tiempo
crop-committee-criterion-engagement = Historial de participación
crop-committee-ranking = Su primera y segunda opción
crop-committee-ranking-hint = Entre las solicitudes de las que no está recusado; la segunda opción puede quedar vacía si hay solo una.
crop-committee-first = Primera opción
crop-committee-second = Segunda opción
crop-committee-choose = Elija una solicitud
crop-committee-no-second = Sin segunda opción
crop-committee-rank-save = Guardar opciones

crop-committee-err-score-missing = Asigne un puntaje a este criterio.
crop-committee-err-score-whole = Un puntaje es un número entero, como 3.
crop-committee-err-score-range = Un puntaje es un número entero de 0 a 5.
crop-committee-err-scores = Algunos puntajes fueron rechazados; no se guardó nada. Corríjalos abajo.
crop-committee-err-no-first = Elija su primera opción.
crop-committee-err-same-twice = La primera y la segunda opción deben ser dos solicitudes distintas.
crop-committee-err-not-rankable = Elija entre las solicitudes de esta oportunidad.
crop-committee-err-already = Esta cuenta ya está en el comité.
crop-committee-err-no-account = Ninguna cuenta tiene esta dirección. El evaluador necesita primero una cuenta.
crop-committee-err-disabled = Esta cuenta está desactivada; no puede evaluar.
crop-committee-err-not-reviewer = Solo los evaluadores del comité de selección de esta oportunidad puntúan sus solicitudes.
crop-committee-err-recused = Usted está recusado de esta solicitud (es suya o de su ALS): no puede puntuarla.
crop-committee-err-recused-rank = Usted está recusado de esa solicitud (es suya o de su ALS): no puede clasificarla.
crop-committee-err-stale = Usted guardó esto mientras tanto, en otra ventana; ahora no se guardó nada. Lo que escribió se conserva: guarde de nuevo para reemplazar lo almacenado.

flash-crop-committee-assigned = El evaluador está en el comité.
flash-crop-committee-removed = El evaluador ya no está en el comité.
flash-crop-committee-scored = Sus puntajes están guardados.
flash-crop-committee-ranked = Sus opciones están guardadas.
