# Eventos recorrentes (issue 16, iniciado)
recurrence-err-unreadable = Esta não é uma regra de repetição que possamos ler, como FREQ=MONTHLY;BYDAY=1TU;COUNT=12.
recurrence-err-frequency = Uma série se repete diária, semanal, mensal ou anualmente.
recurrence-err-no-end = Diga quando a série termina: um número de vezes (COUNT) ou um último dia (UNTIL).
recurrence-err-too-many = Uma série tem no máximo 260 ocorrências.
recurrence-err-start-gap = Nesse dia os relógios pulam este horário neste fuso horário: escolha outro horário.
