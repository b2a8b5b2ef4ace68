# O plano em resumo.

home-fig-undated = { $count ->
    [one] evento deste ano sem dia confirmado
   *[other] eventos deste ano sem dia confirmado
}
home-fig-review = { $count ->
    [one] evento marcado para revisão
   *[other] eventos marcados para revisão
}
home-fig-active-als = { $count ->
    [one] ALS ativa
   *[other] ALS ativas
}
home-fig-members = { $count ->
    [one] membro ativo
   *[other] membros ativos
}
home-fig-silent = { $count ->
    [one] ALS na fila de revisão
   *[other] ALS na fila de revisão
}
home-fig-places = { $count ->
    [one] lugar sem ALS ativa
   *[other] lugares sem ALS ativa
}
home-fig-crop = viagens CROP aprovadas no AF{ $year }
home-fig-overdue = { $count ->
    [one] relatório de viagem atrasado
   *[other] relatórios de viagem atrasados
}
home-fig-crop-open = { $count ->
    [one] oportunidade CROP aberta
   *[other] oportunidades CROP abertas
}
home-events-heading = Eventos por mês
home-chart-events = Eventos de { $year } por mês e relevância
home-chart-events-summary = { $count } eventos em { $year } com mês conhecido, empilhados segundo as classes de relevância do plano.
home-see-events = Todos os eventos do ano
home-webinars-heading = Webinars em relação às metas
home-coverage-heading = Cobertura
home-chart-coverage = Lugares com e sem ALS ativa, por sub-região
home-chart-coverage-summary = { $count ->
    [one] Um lugar da região não tem ALS ativa.
   *[other] { $count } lugares da região não têm ALS ativa.
}
home-with-als = com ALS ativa
home-without-als = sem ALS ativa
home-places-heading = Lugares sem ALS ativa, e as ações de divulgação realizadas ali
home-place-events = { $count ->
    [0] nenhum evento
    [one] 1 evento
   *[other] { $count } eventos
}
home-place-engagements = { $count ->
    [0] nenhuma participação
    [one] 1 participação
   *[other] { $count } participações
}
home-dnssec-heading = Programa de capacitação em DNSSEC
home-see-dnssec = O programa
home-chart-numbers = Os números
for-you-heading = Para você
for-you-nothing = Nada espera por você agora.
for-you-crop = Oportunidades CROP às quais você pode se candidatar
for-you-deadline = Prazo: { $deadline }
for-you-applications = Suas candidaturas CROP
for-you-reports = Relatórios de viagem pendentes
for-you-webinars = Webinars que você segue
