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
metrics-participation-evidence = { $meetings ->
    [one] { $meetings } chamada
   *[other] { $meetings } chamadas
} em { $months ->
    [one] { $months } mês
   *[other] { $months } meses
}; { $contributions ->
    [one] { $contributions } comentário sobre políticas
   *[other] { $contributions } comentários sobre políticas
} em { $cmonths ->
    [one] { $cmonths } mês
   *[other] { $cmonths } meses
}
metrics-voting = Votação
metrics-voting-evidence = { $polls ->
    [0] nenhuma votação enquanto tinha voto
    [one] votou em { $votes } da última votação
   *[other] votou em { $votes } das últimas { $polls } votações
}
metrics-local = Atividade local
metrics-local-evidence = { $reports ->
    [one] { $reports } relatório de atividade local
   *[other] { $reports } relatórios de atividade local
} em { $months ->
    [one] { $months } mês
   *[other] { $months } meses
}
metrics-rules = Os três critérios cumpridos: Ativa; um ou dois: Menos ativa; nenhum: Em espera. A liderança define os limites (os provisórios do documento de métricas do LACRALO até serem alterados). As ALS em espera perdem o voto e não contam para o quórum.
quorum-title = Quórum das reuniões do LACRALO
quorum-lead = As ALS com voto em { $date }, por sub-região e no total, e o quórum que formam.
quorum-as-of = Na data
quorum-overall = Todo o LACRALO
quorum-voting = ALS com voto
quorum-standby = Em espera (sem voto)
quorum-quorum = Quórum (50% + 1)
quorum-rules = Cada ALS é contada com o status daquele dia, segundo seu histórico. As ALS ativas e menos ativas votam; as ALS em espera perdem o voto e não contam para o quórum. A mesma maioria vale para a Assembleia Geral e para as reuniões virtuais.
metrics-settings-title = Métricas de ALS: limites e votações
metrics-settings-lead = Os limites com que os status sugeridos são calculados, e as votações cujos votos eles contam. A presença é registrada na página de cada chamada; os relatórios de atividade local, na página de cada ALS.
metrics-thresholds = Limites
metrics-thresholds-draft = Estes são os limites provisórios do documento de métricas do LACRALO: 2 chamadas em 3 meses ou 3 comentários sobre políticas em 6 meses; um voto em 2 das últimas 4 votações; 2 relatórios de atividade local em 6 meses.
metrics-meetings = Chamadas com presença
metrics-within-months = em (meses)
metrics-or = ou
metrics-contributions = Comentários sobre políticas
metrics-votes = Votos
metrics-last-polls = nas últimas (votações)
metrics-local-reports = Relatórios de atividade local
metrics-err-number = Informe um número inteiro de { $min } a { $max }.
metrics-err-votes-over-polls = Os votos pedidos não podem ser mais que as votações contadas.
metrics-err-stale = Alguém salvou os limites depois que você abriu esta página. O que você digitou foi mantido; salve de novo para substituir os dessa pessoa.
metrics-polls = Votações
metrics-polls-hint = Cada votação do LACRALO, com as ALS que votaram. O critério de voto conta as últimas votações realizadas.
metrics-polls-none = Nenhuma votação registrada ainda: até haver uma, o critério de voto conta como cumprido.
metrics-poll-new = Registrar uma votação
metrics-poll-title = O que foi votado
metrics-poll-title-hint = Por exemplo “Eleição da Presidência do LACRALO 2027”.
metrics-poll-day = Dia da votação
metrics-poll-voted = ALS que votaram
metrics-poll-voters = { $count ->
    [0] nenhuma ALS votou
    [one] 1 ALS votou
   *[other] { $count } ALS votaram
}
metrics-err-poll-future = Uma votação é registrada depois de realizada: este dia ainda não chegou.
metrics-err-poll-stale = Alguém salvou esta votação depois que você abriu a página. Suas marcações foram mantidas; salve de novo para substituir as dessa pessoa.
flash-thresholds-saved = Limites salvos; os status sugeridos já os usam.
flash-poll-saved = { $count ->
    [one] Votação salva: 1 ALS votou.
   *[other] Votação salva: { $count } ALS votaram.
}
metrics-settings-link = Limites e votações
roll-call-stale = Alguém salvou esta chamada depois que você abriu a página. Suas marcações estão mantidas abaixo; salve de novo para substituir as dessa pessoa.
metrics-err-poll-no-voters = Marque as ALS que votaram: não se registra uma votação em que nenhuma ALS votou.
metrics-poll-delete = Excluir esta votação
metrics-poll-delete-hint = Para uma votação registrada por engano: ela deixa de contar para todas as ALS.
flash-poll-deleted = Votação excluída.
metrics-hint-count = De 1 a 50.
metrics-hint-months = De 1 a 24 meses.
metrics-hint-votes = De 1 a 20, não mais que as votações.
metrics-hint-polls = De 1 a 20.
