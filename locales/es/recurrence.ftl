# Eventos recurrentes: una serie y sus repeticiones
recurrence-err-unreadable = No es una regla de repetición que podamos leer, como FREQ=MONTHLY;BYDAY=1TU;COUNT=12.
recurrence-err-frequency = Una serie se repite a diario, cada semana, cada mes o cada año.
recurrence-err-no-end = Indique cuándo termina la serie: un número de veces o un último día.
recurrence-err-too-many = Una serie tiene como máximo 260 repeticiones.
recurrence-err-start-gap = Ese día los relojes saltan esta hora en esta zona horaria: elija otra hora.
recurrence-err-time-parts = La hora es la de inicio: no incluya BYHOUR, BYMINUTE ni BYSECOND en la regla.
recurrence-err-empty = Esta regla no produce ninguna repetición: revise su último día.

repeat-legend = Repetición
repeat-hint-series = Se usa cuando modifica esta repetición y las siguientes, o todas ellas.
field-repeat = Frecuencia
repeat-none = No se repite
repeat-daily = Todos los días
repeat-weekly = Cada semana, el mismo día de la semana
repeat-fortnightly = Cada dos semanas, el mismo día de la semana
repeat-monthly = Cada mes, el mismo día de la semana (por ejemplo, el primer martes)
repeat-bimonthly = Cada dos meses, el mismo día de la semana
repeat-yearly = Cada año, en la misma fecha
repeat-custom = Regla personalizada (RRULE de iCalendar)
field-repeat-count = Número de veces
hint-repeat-count = Incluye la primera. Indique este número o un último día.
field-repeat-until = Último día
hint-repeat-until = La serie termina ese día o antes.
field-repeat-rule = Regla personalizada
hint-repeat-rule = Solo para una regla personalizada, por ejemplo FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR (el último viernes, cada tres meses).

series-err-webinar = Un seminario web no puede repetirse: registre por separado cada seminario web de un programa.
series-err-needs-day = Un evento que se repite necesita un día: elija «Se conoce el día».
series-err-rule-required = Escriba la regla personalizada, o elija con qué frecuencia se repite.
series-err-count = Indique un número entero del 1 al { $max }.
series-err-count-or-until = Indique un número de veces o un último día, no ambos.
series-err-until-before-start = El último día no puede ser anterior a la primera repetición.
series-err-first-day = La regla no incluye la propia fecha de inicio: elija una fecha de inicio que coincida con la regla.
series-err-repeat-this = Cambió cómo se repite la serie: elija «Esta repetición y las siguientes» o «Todas las repeticiones de la serie» para aplicarlo.
series-err-repeat-required = Elija cómo se repite la serie, o modifique solo esta repetición.

series-heading = Serie
series-position = Repetición { $index } de { $count }
series-moved = reprogramada por separado
series-desc-daily = Todos los días
series-desc-weekly = Cada semana
series-desc-fortnightly = Cada dos semanas
series-desc-monthly = Cada mes, el mismo día de la semana del mes que el { $first }
series-desc-bimonthly = Cada dos meses, el mismo día de la semana del mes que el { $first }
series-desc-yearly = Cada año
series-custom = Regla personalizada { $rule }
series-ends-count = { $count ->
    [one] una vez
   *[other] { $count } veces
}
series-ends-until = hasta el { $day }
series-scope-legend = Aplicar este cambio a
series-scope-hint = «Esta repetición y las siguientes» inicia una nueva serie a partir de esta repetición. Cambiar el día o la hora de todas mueve cada repetición, incluidas las reprogramadas por separado.
series-delete-legend = Eliminar
scope-this = Solo esta repetición
scope-following = Esta repetición y las siguientes
scope-all = Todas las repeticiones de la serie
event-err-linked = Una oportunidad CROP está vinculada a este evento: no se puede eliminar. Cancélelo, indicando el motivo.
