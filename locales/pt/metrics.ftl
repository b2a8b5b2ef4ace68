# As métricas de atividade das ALS do At-Large e as listas de presença das chamadas mensais (issue 16)
roll-call = Presença
roll-call-present = { $count ->
    [one] 1 ALS presente
   *[other] { $count } ALS presentes
}
roll-call-hint = Marque cada ALS presente nesta chamada. As métricas a contam como uma reunião de cada ALS marcada.
roll-call-legend = ALS presentes
flash-roll-call = { $count ->
    [one] A presença foi salva: 1 ALS presente.
   *[other] A presença foi salva: { $count } ALS presentes.
}
metrics-title = Métricas de atividade do At-Large
metrics-suggested = Status sugerido:
metrics-suggested-col = Sugerido pelas métricas
metrics-differs = (não é o status atual: a liderança decide)
metrics-participation = Participação
metrics-participation-evidence = { $meetings } chamadas em { $months } meses; { $contributions } comentários sobre políticas em { $cmonths } meses
metrics-voting = Votação
metrics-voting-evidence = votou em { $votes } das últimas { $polls } votações
metrics-local = Atividade local
metrics-local-evidence = { $reports } relatórios de atividade local em { $months } meses
metrics-rules = Os limites provisórios do documento de métricas do LACRALO: 2 chamadas em 3 meses ou 3 comentários sobre políticas em 6 meses; um voto em 2 das últimas 4 votações; 2 relatórios de atividade local em 6 meses. Os três cumpridos: Ativa; um ou dois: Menos ativa; nenhum: Em espera. As ALS em espera perdem o voto e não contam para o quórum.
quorum-title = Quórum das reuniões do LACRALO
quorum-lead = As ALS com voto em { $date }, por sub-região e no total, e o quórum que formam.
quorum-as-of = Na data
quorum-overall = Todo o LACRALO
quorum-voting = ALS com voto
quorum-standby = Em espera (sem voto)
quorum-quorum = Quórum (50% + 1)
quorum-rules = Cada ALS é contada com o status daquele dia, segundo seu histórico. As ALS ativas e menos ativas votam; as ALS em espera perdem o voto e não contam para o quórum. A mesma maioria vale para a Assembleia Geral e para as reuniões virtuais.
