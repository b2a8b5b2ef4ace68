# O relatório anual (issue 16)
reports-title = Relatórios anuais
reports-lead = O relatório que a liderança envia todo ano ao ALAC e à equipe de GSE da ICANN para a região LAC: o que a divulgação fez e o que se seguiu a ela. Imprima-o, ou salve-o como PDF, pelo navegador; o CSV traz cada número com sua definição.
report-title = Relatório de divulgação e participação da LACRALO { $year }
report-csv = Todos os números (CSV)
report-org = LACRALO · Organização Regional At-Large da América Latina e Ilhas do Caribe da ICANN
report-audience = Ao Comitê Consultivo At-Large (ALAC) e à equipe de Engajamento Global de Partes Interessadas da ICANN para a América Latina e o Caribe.
report-as-of = Números em { $date }
report-generated = gerado em { $date }
report-contents = Sumário
report-print-hint = Para gerar um PDF, imprima esta página e escolha “Salvar como PDF”.
report-events = Eventos realizados comparados aos previstos
report-events-text = Os eventos do ano (exceto os webinars), segundo como dizem respeito à LACRALO: quantos foram realizados, quantos ainda estão por vir ou não foram registrados como realizados, e quantos foram cancelados.
report-events-chart = Eventos do ano por relevância
report-webinars = Webinars comparados às suas metas
report-webinars-text = Os webinars realizados e ainda previstos de cada programa, comparados à meta do ano, com a presença nos realizados.
report-webinars-chart = Webinars por programa
report-dnssec = O programa de capacitação em DNSSEC
report-dnssec-text = Organizações que alcançaram cada etapa durante o ano: contatadas (ou além), capacitadas (ou assinando), assinando suas zonas.
report-dnssec-chart = Programa de DNSSEC: organizações que alcançaram cada etapa
report-crop = Viagens CROP e suas avaliações
report-crop-text = { $count ->
    [0] Nenhuma viagem CROP foi aprovada para um evento do ano.
    [one] Uma viagem CROP foi aprovada para um evento do ano.
   *[other] { $count } viagens CROP foram aprovadas para eventos do ano.
}
report-crop-assessed = { $count ->
    [0] Nenhuma avaliação foi entregue ainda.
    [one] Uma avaliação foi entregue.
   *[other] { $count } avaliações foram entregues.
}
report-event = Evento
report-day = Dia
report-traveller = Viajante
report-assessment = Avaliação entregue
report-assessment-missing = Ainda não entregue
report-funds = Fundos discricionários e o que alcançaram
report-funds-text = { $count ->
    [0] Nenhuma iniciativa financiada pelos fundos discricionários da RALO foi realizada no ano.
    [one] Uma iniciativa financiada pelos fundos discricionários da RALO foi realizada no ano.
   *[other] { $count } iniciativas financiadas pelos fundos discricionários da RALO foram realizadas no ano.
}
report-funds-amount = Aprovado: { $amount }.
report-funds-people = { $count ->
    [0] Nenhuma pessoa alcançada foi informada ainda.
    [one] Uma pessoa alcançada, segundo os relatórios.
   *[other] { $count } pessoas alcançadas, segundo os relatórios.
}
report-initiative = Iniciativa
report-amount = Aprovado
report-people = Pessoas alcançadas
report-achieved = O que foi alcançado
report-als = Mudanças nas ALS e crescimento de membros
report-members-joined = { $count ->
    [0] Nenhum membro ingressou no ano.
    [one] Um membro ingressou no ano.
   *[other] { $count } membros ingressaram no ano.
}
report-members-at-end = { $count ->
    [one] { $count } membro no registro ao fim do ano.
   *[other] { $count } membros no registro ao fim do ano.
}
report-als-chart = Candidaturas de ALS, credenciamentos e mudanças de status
report-targets = Os 12 lugares do plano sem ALS
report-targets-outreach = { $count ->
    [0] Nenhum dos 12 lugares teve ações de divulgação no ano.
    [one] 1 dos 12 lugares teve ações de divulgação no ano.
   *[other] { $count } dos 12 lugares tiveram ações de divulgação no ano.
}
report-targets-als = { $count ->
    [0] Nenhum tem uma ALS com voto ao fim do ano.
    [one] 1 tem uma ALS com voto ao fim do ano.
   *[other] { $count } têm uma ALS com voto ao fim do ano.
}
report-target-actions = Ações de divulgação no ano
report-target-alss = ALS com voto ao fim do ano
report-quorum = Quórum
report-quorum-text = O quórum da Assembleia Geral e das reuniões virtuais, em { $date }.
report-held = Realizados
report-not-held = Não realizados (ainda)
report-cancelled = Cancelados
report-planned = Previstos
report-short-of-target = Faltando para a meta
report-organisations = Organizações
report-alss = ALS
report-events-summary = Barras por classe de relevância: eventos realizados, não realizados e cancelados.
report-webinars-summary = Barras por programa: webinars realizados, previstos e faltando para a meta do ano.
report-dnssec-summary = Barras para as organizações que chegaram a contatadas, capacitadas e assinando no ano.
report-als-summary = Barras para as candidaturas de ALS, credenciamentos e mudanças de status do ano.
report-als-applications = Candidaturas recebidas
report-als-accredited = Credenciadas
report-als-to-active = Voltaram a Ativa
report-als-to-less-active = Passaram a Menos ativa
report-als-to-standby = Passaram a Em espera
report-als-decertified = Descertificadas
report-def-events-listed = Eventos do ano com esta relevância no calendário (exceto os webinars), qualquer que seja seu status.
report-def-events-held = Destes, os marcados como realizados, ou cujo dia já passou e que não foram cancelados.
report-def-events-cancelled = Destes, os cancelados.
report-def-webinars-target = A meta do ano para o programa (definida pela liderança, ou a padrão do plano); vazia quando não há.
report-def-webinars-held = Os webinars do programa no ano marcados como realizados.
report-def-webinars-planned = Os webinars do programa no ano previstos ou confirmados.
report-def-webinars-attendance = Pessoas nos webinars realizados: o número registrado, ou os participantes listados, se forem mais.
report-def-dnssec-contacted = Organizações cuja etapa mudou no ano para contatada ou uma etapa posterior.
report-def-dnssec-trained = Organizações cuja etapa mudou no ano para capacitada ou assinando.
report-def-dnssec-signing = Organizações cuja etapa mudou no ano para assinando.
report-def-crop-trips = Candidaturas CROP aprovadas para um evento do ano.
report-def-crop-assessments = Dessas viagens, aquelas cuja avaliação foi entregue.
report-def-funds-initiatives = Iniciativas realizadas no ano cujo financiamento foi aprovado (aprovadas, com relatório entregue ou encerradas).
report-def-funds-approved = A soma dos orçamentos aprovados dessas iniciativas, nesta moeda.
report-def-funds-people = As pessoas que essas iniciativas alcançaram, segundo seus relatórios.
report-def-als-applications = Candidaturas de ALS recebidas no ano.
report-def-als-accredited = ALS credenciadas no ano (pela data de credenciamento).
report-def-als-refused = Candidaturas que o ALAC votou por não credenciar no ano.
report-def-als-to-status = Mudanças de status de ALS para este status no ano.
report-def-als-decertified = ALS descertificadas no ano.
report-def-members-joined = Membros com data de ingresso no ano.
report-def-members-at-end = Membros no registro ao fim do ano (que ingressaram até essa data, ou que foram adicionados até essa data quando a data de ingresso não é conhecida).
report-def-targets-outreach = Dos 12 lugares do plano sem ALS, os que tiveram pelo menos uma ação de divulgação no ano (como /results as conta).
report-def-targets-als = Dos 12 lugares do plano, os que têm uma ALS Ativa ou Menos ativa ao fim do ano.
report-def-quorum-voting = ALS com voto (Ativas ou Menos ativas) ao fim do ano (ou hoje).
report-def-quorum-standby = ALS Em espera nessa data, que não votam.
report-def-quorum = O quórum: metade das ALS com voto, mais uma.
nav-reports = Relatórios
report-members-at-start = { $count ->
    [one] { $count } membro no registro no início do ano.
   *[other] { $count } membros no registro no início do ano.
}
report-def-members-at-start = Membros no registro no início do ano (que aderiram antes, ou foram adicionados antes quando a data não é conhecida).
report-programme = Programa
report-target = Meta
report-attendance = Participação
