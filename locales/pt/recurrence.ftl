# Eventos recorrentes: uma série e suas ocorrências
recurrence-err-unreadable = Esta não é uma regra de repetição que possamos ler, como FREQ=MONTHLY;BYDAY=1TU;COUNT=12.
recurrence-err-frequency = Uma série se repete diária, semanal, mensal ou anualmente.
recurrence-err-no-end = Diga quando a série termina: um número de vezes ou um último dia.
recurrence-err-too-many = Uma série tem no máximo 260 ocorrências.
recurrence-err-start-gap = Nesse dia os relógios pulam este horário neste fuso horário: escolha outro horário.
recurrence-err-time-parts = O horário é o de início: deixe BYHOUR, BYMINUTE e BYSECOND fora da regra.
recurrence-err-empty = Esta regra não gera nenhuma ocorrência: verifique o último dia.

repeat-legend = Repetição
repeat-hint-series = Usado quando você altera esta ocorrência e as seguintes, ou todas elas.
field-repeat = Frequência
repeat-none = Não se repete
repeat-daily = Todos os dias
repeat-weekly = Toda semana, no mesmo dia da semana
repeat-fortnightly = A cada duas semanas, no mesmo dia da semana
repeat-monthly = Todo mês, no mesmo dia da semana (como a primeira terça-feira)
repeat-bimonthly = A cada dois meses, no mesmo dia da semana
repeat-yearly = Todo ano, na mesma data
repeat-custom = Regra personalizada (RRULE do iCalendar)
field-repeat-count = Número de vezes
hint-repeat-count = Incluindo a primeira. Informe este número ou um último dia.
field-repeat-until = Último dia
hint-repeat-until = A série termina neste dia ou antes dele.
field-repeat-rule = Regra personalizada
hint-repeat-rule = Só para uma regra personalizada, por exemplo FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR (a última sexta-feira, a cada três meses).

series-err-webinar = Um webinar não pode se repetir: cadastre separadamente cada webinar de um programa.
series-err-needs-day = Um evento que se repete precisa de um dia: escolha “O dia é conhecido”.
series-err-rule-required = Digite a regra personalizada ou escolha com que frequência o evento se repete.
series-err-count = Informe um número inteiro de 1 a { $max }.
series-err-count-or-until = Informe um número de vezes ou um último dia, não os dois.
series-err-until-before-start = O último dia não pode ser anterior à primeira ocorrência.
series-err-first-day = A regra não inclui a própria data de início: escolha uma data de início que se encaixe na regra.
series-err-repeat-this = Você mudou como a série se repete: escolha “Esta ocorrência e as seguintes” ou “Todas as ocorrências da série” para aplicar.
series-err-repeat-required = Escolha como a série se repete ou edite só esta ocorrência.

series-heading = Série
series-position = Ocorrência { $index } de { $count }
series-moved = remarcada individualmente
series-desc-daily = Todos os dias
series-desc-weekly = Toda semana
series-desc-fortnightly = A cada duas semanas
series-desc-monthly = Todo mês, no mesmo dia da semana do mês que { $first }
series-desc-bimonthly = A cada dois meses, no mesmo dia da semana do mês que { $first }
series-desc-yearly = Todo ano
series-custom = Regra personalizada { $rule }
series-ends-count = { $count ->
    [one] uma vez
   *[other] { $count } vezes
}
series-ends-until = até { $day }
series-scope-legend = Aplicar esta alteração a
series-scope-hint = “Esta ocorrência e as seguintes” inicia uma nova série a partir desta ocorrência. Mudar o dia ou o horário de todas move cada ocorrência, inclusive as remarcadas individualmente.
series-delete-legend = Excluir
scope-this = Só esta ocorrência
scope-following = Esta ocorrência e as seguintes
scope-all = Todas as ocorrências da série
event-err-linked = Uma oportunidade CROP está ligada a este evento: ele não pode ser excluído. Cancele-o, informando o motivo.
