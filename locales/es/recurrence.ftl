# Eventos recurrentes (issue 16, iniciado)
recurrence-err-unreadable = No es una regla de repetición que podamos leer, como FREQ=MONTHLY;BYDAY=1TU;COUNT=12.
recurrence-err-frequency = Una serie se repite a diario, cada semana, cada mes o cada año.
recurrence-err-no-end = Indique cuándo termina la serie: un número de veces (COUNT) o un último día (UNTIL).
recurrence-err-too-many = Una serie tiene como máximo 260 repeticiones.
recurrence-err-start-gap = Ese día los relojes saltan esta hora en esta zona horaria: elija otra hora.
