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
metrics-participation-evidence = { $meetings } llamadas en { $months } meses; { $contributions } comentarios sobre políticas en { $cmonths } meses
metrics-voting = Votación
metrics-voting-evidence = votó en { $votes } de las últimas { $polls } votaciones
metrics-local = Actividad local
metrics-local-evidence = { $reports } informes de actividad local en { $months } meses
metrics-rules = Los umbrales provisionales del documento de métricas de LACRALO: 2 llamadas en 3 meses o 3 comentarios sobre políticas en 6 meses; un voto en 2 de las últimas 4 votaciones; 2 informes de actividad local en 6 meses. Los tres cumplidos: Activa; uno o dos: Menos activa; ninguno: En pausa. Las ALS en pausa pierden el voto y no cuentan para el quórum.
quorum-title = Quórum de las reuniones de LACRALO
quorum-lead = Las ALS con voto el { $date }, por subregión y en total, y el quórum que forman.
quorum-as-of = A la fecha
quorum-overall = Todo LACRALO
quorum-voting = ALS con voto
quorum-standby = En pausa (sin voto)
quorum-quorum = Quórum (50 % + 1)
quorum-rules = Cada ALS se cuenta con su estado de ese día, según su historial. Las ALS activas y menos activas votan; las ALS en pausa pierden el voto y no cuentan para el quórum. La misma mayoría vale para la Asamblea General y para las reuniones virtuales.
