# CROP: oportunidades, candidaturas, decisões, relatórios de viagem.

nav-crop = CROP
crop-title = Oportunidades CROP
crop-lead = O Programa Comunitário de Divulgação Regional (CROP) da ICANN financia algumas viagens de divulgação a cada ano fiscal. A LACRALO oferece cada oportunidade primeiro aos membros da sub-região do evento; somente se eles não puderem ir, ela é aberta a todos os membros ativos.
crop-none = Nenhuma oportunidade ainda.
crop-open-for-event = Abrir uma oportunidade CROP
crop-new = Nova oportunidade
crop-edit = Editar oportunidade
crop-opportunity = Oportunidade
crop-mine = Minhas candidaturas
crop-allocations = Viagens por ano fiscal
crop-reports = Relatórios de viagem atrasados
crop-year-line = AF{ $year }: { $approved } de { $trips } viagens aprovadas.
crop-event = Evento
crop-phase = Fase
crop-status = Situação
crop-deadline = Prazo de candidatura
crop-slots = Vagas financiadas
crop-slots-left = Vagas restantes
crop-slots-text = Restantes:
crop-fiscal-year = Ano fiscal da ICANN
crop-fiscal-year-hint = De julho a junho, identificado pelo ano em que termina: o AF2027 vai de julho de 2026 a junho de 2027.
crop-priority-ends = Prioridade da sub-região até
crop-priority-ends-hint = O último dia em que somente os membros da sub-região do evento podem se candidatar.
crop-deadline-hint = O último dia para se candidatar, no fuso horário abaixo. O CROP exige aprovação pelo menos seis semanas antes do evento.
crop-deadline-text = { $day }, até o fim do dia em { $zone } ({ $yours })
crop-deadline-passed = prazo encerrado
crop-choose-event = Escolha um evento
crop-event-hint = Eventos com dia e país definidos; os candidatos ao CROP (★) primeiro.
crop-form-lead = A oportunidade começa como rascunho; anuncie-a à sub-região do evento quando estiver pronta.
crop-warn-too-close = O prazo termina apenas { $days } dias antes do evento: o CROP aprova viagens com pelo menos seis semanas (42 dias) de antecedência.

crop-phase-draft = Rascunho
crop-phase-subregion = Primeiro a sub-região
crop-phase-open-to-all = Aberta a todos os membros
crop-phase-closed = Encerrada
crop-status-submitted = Enviada
crop-status-shortlisted = Pré-selecionada
crop-status-approved = Aprovada
crop-status-declined = Recusada
crop-status-withdrawn = Retirada

crop-apply = Candidatar-se
crop-my-application = Minha candidatura
crop-you-can-apply = Você pode se candidatar
crop-why-not-heading = Você não pode se candidatar a esta oportunidade
crop-refusal-not-announced = Ela ainda não foi anunciada.
crop-refusal-closed = Ela está encerrada.
crop-refusal-deadline = O prazo terminou.
crop-refusal-not-member = Sua conta não está vinculada a um cadastro de membro da LACRALO. Peça à secretaria da LACRALO que a vincule.
crop-refusal-member-inactive = Somente membros ativos da LACRALO podem se candidatar, e a sua filiação não está ativa.
crop-refusal-als-inactive = Somente membros de ALS ativas podem se candidatar, e a sua ALS não está ativa no momento.
crop-refusal-outside-subregion = Por enquanto, ela está aberta somente aos membros da sub-região do evento. A liderança da LACRALO pode abri-la a todos mais tarde.
crop-applying-as = Candidatando-se como
crop-motivation = Por que você quer ir
crop-motivation-hint = O que você traz e o que a LACRALO ganha.
crop-outreach-plan = A divulgação que você fará lá
crop-outreach-plan-hint = Quem você vai alcançar e como vai prestar contas à sua ALS e à LACRALO.
crop-languages = Idiomas em que você trabalha
crop-travel-needs = Necessidades de viagem
crop-travel-needs-hint = Opcional: visto, acessibilidade, de onde você viaja.
crop-submit = Enviar candidatura
crop-err-required = Isto é necessário para a candidatura.
crop-err-languages = Escolha pelo menos um idioma.

crop-application = Candidatura
crop-your-application = Sua candidatura
crop-edit-until = Você pode alterá-la até o prazo, enquanto nenhuma decisão tiver sido tomada.
crop-withdraw = Retirar minha candidatura
crop-submitted = Enviada em
crop-decision = Decisão
crop-report = Relatório de viagem
crop-report-due = Prazo
crop-report-filed = Entregue
crop-overdue = atrasado
crop-report-text = Sua avaliação da viagem
crop-report-hint = O que você fez, quem conheceu, o que vem a seguir. Prazo: três semanas após o seu retorno.
crop-file-report = Salvar o relatório
crop-report-none = Ainda não entregue.
crop-report-after-trip = Você poderá escrever o relatório quando o evento tiver começado.
crop-err-report-too-early = O relatório pode ser entregue quando o evento tiver começado.
crop-err-report-required = Escreva o relatório antes de salvá-lo.
crop-mine-none = Você não se candidatou a nenhuma oportunidade.
crop-see-opportunities = Ver as oportunidades.
crop-err-not-changeable = Isto não pode mais ser alterado: a candidatura já foi decidida ou retirada, ou o prazo terminou.
crop-err-stale = Alguém alterou isto nesse meio-tempo; nada do que você fez foi salvo. Isto é o que está armazenado agora.

crop-phase-heading = Fase
crop-announce = Anunciar à sub-região
crop-announce-hint = Os membros cujo país está na sub-região do evento poderão então se candidatar.
crop-subregion-count = { $count ->
    [0] Nenhuma candidatura da sub-região até agora.
    [one] 1 candidatura da sub-região até agora.
   *[other] { $count } candidaturas da sub-região até agora.
}
crop-widen-reason = Por que abri-la a todos os membros
crop-widen-confirm = Confirmo a abertura antes do fim do período de prioridade da sub-região.
crop-widen = Abrir a todos os membros
crop-close = Encerrar as candidaturas
crop-phase-history = Histórico de fases
crop-subregion-apps = Candidaturas da sub-região naquele momento
crop-err-phase-not-allowed = A oportunidade não pode passar para essa fase a partir da fase atual.
crop-err-phase-no-change = Ela já está nessa fase.
crop-err-widen-reason = Diga por que ela é aberta a todos os membros; isso fica no histórico.
crop-err-widen-confirm = O período de prioridade da sub-região não terminou. Marque a confirmação para abri-la a todos os membros mesmo assim.
crop-review-link = { $count ->
    [0] Candidaturas
    [one] 1 candidatura
   *[other] { $count } candidaturas
}

crop-review = Candidaturas
crop-review-order = Primeiro os candidatos da sub-região, depois os demais; em cada grupo, os mais antigos primeiro.
crop-review-none = Nenhuma candidatura ainda.
crop-in-subregion = sub-região
crop-outside-subregion = outra sub-região
crop-als = ALS
crop-past-trips = Viagens CROP anteriores
crop-record = Histórico de participação
crop-engagements = { $count ->
    [0] nenhuma participação registrada
    [one] 1 participação
   *[other] { $count } participações
}
crop-last-engaged = última em
crop-never = nunca
crop-decision-choose = Escolha
crop-shortlist = Pré-selecionar
crop-approve = Aprovar
crop-decline = Recusar
crop-decision-reason = Motivo (obrigatório para recusar)
crop-decide = Registrar a decisão
crop-err-decision-choose = Escolha uma decisão.
crop-err-decision-not-allowed = Esta candidatura já foi decidida ou retirada.
crop-err-decline-reason = Diga por que ela é recusada; o candidato será informado.
crop-err-reason-long = O motivo deve ter menos de 1.000 caracteres.
crop-err-no-slot = Todas as vagas financiadas desta oportunidade estão preenchidas.
crop-err-no-allocation = Todas as viagens CROP deste ano fiscal já foram aprovadas.
crop-reports-lead = Viagens aprovadas cujo relatório vencia três semanas após o retorno da pessoa e não foi entregue.
crop-reports-none = Nenhum relatório está atrasado.
crop-traveller = Viajante
crop-allocations-lead = Quantas viagens CROP a LACRALO tem em cada ano fiscal da ICANN (pelas regras recentes: até três). Aprovações acima desse número são recusadas.
crop-approved = Aprovadas
crop-trips = Viagens permitidas
crop-trips-default = (o padrão)
crop-err-trips = Digite um número inteiro de viagens de 0 a 100.
crop-err-allocation-below-approved = Já há mais viagens aprovadas nesse ano do que esse número.

crop-err-event-required = Escolha o evento.
crop-err-event-undated = Primeiro, o evento precisa ter um dia conhecido.
crop-err-event-no-country = O evento precisa de um país: a sub-região dele decide quem pode se candidatar primeiro.
crop-err-event-taken = Este evento já tem uma oportunidade.
crop-err-fiscal-year = Digite o ano fiscal, por exemplo 2027.
crop-err-slots = Digite de 1 a 20 vagas.
crop-err-slots-below-approved = Já há mais candidaturas aprovadas do que esse número.
crop-err-window-after-deadline = O período da sub-região deve terminar no dia do prazo ou antes.
crop-err-deadline-after-event = O prazo deve terminar antes do início do evento.

flash-crop-created = A oportunidade foi salva como rascunho.
flash-crop-saved = A oportunidade foi salva.
flash-crop-phase = A fase foi alterada.
flash-crop-applied = Sua candidatura foi enviada.
flash-crop-application-saved = Sua candidatura foi salva.
flash-crop-withdrawn = Sua candidatura foi retirada.
flash-crop-report-filed = Seu relatório de viagem foi salvo.
flash-crop-decided = A decisão foi registrada e o candidato será informado.
flash-crop-allocation = As viagens do ano fiscal foram salvas.

crop-conflict-title = Outra pessoa alterou esta oportunidade
crop-conflict-intro = Enquanto você editava, outra pessoa salvou uma versão mais recente da oportunidade para “{ $event }”. Nada foi sobrescrito: veja o que difere entre a versão salva e a sua.
crop-conflict-view = Ver a oportunidade

# The year's outreach strategic plan (ICANN's CROP procedure)
crop-plan-title = Plano de divulgação AF{ $year }
crop-plan-lead = A ICANN aprova as viagens CROP de um ano fiscal somente depois que o plano estratégico de divulgação desse ano é aprovado pela liderança da RALO e pelo GSE regional.
crop-plan-approval = Aprovação do plano
crop-plan-missing = O plano de divulgação deste ano não está registrado como aprovado: nenhuma de suas viagens pode ser aprovada ainda.
crop-plan-leadership-approver = Aprovado pela liderança da RALO
crop-plan-leadership-approver-hint = O nome, como consta na aprovação.
crop-plan-gse-approver = Aprovado pelo GSE regional
crop-plan-gse-approver-hint = A pessoa do GSE que o aprovou.
crop-plan-approved-on = Aprovado em
crop-plan-link = Plano aprovado (link)
crop-plan-link-hint = Onde está o documento aprovado: a página da wiki ou o arquivo, começando com https://
crop-plan-recorded-by = Registrado por
crop-plan-record = Registrar a aprovação
crop-plan-correct = Corrigir a aprovação
crop-plan-trips = As viagens do ano
crop-plan-trips-allowed = { $count ->
    [one] O ano permite uma viagem.
   *[other] O ano permite { $count } viagens.
}
crop-plan-no-trips = Ainda não há viagens aprovadas neste ano fiscal.
crop-plan-events = Os eventos de divulgação do ano
crop-plan-no-events = Nenhum evento deste ano fiscal está marcado como da LACRALO ou como candidato CROP.
crop-plan-targets = Metas dos programas
crop-plan-no-targets = Não há metas de programa para estes anos.
crop-plan-year = Ano
crop-plan-programme = Programa
crop-plan-target = Meta
crop-plan-held = Realizados
crop-plan-approved-short = Aprovado em { $date }
crop-plan-not-recorded = Não registrado
crop-plan-conflict-title = Outra pessoa registrou a aprovação deste plano
crop-plan-conflict-intro = Enquanto você digitava, alguém salvou a aprovação do plano de divulgação AF{ $year }. Nada foi sobrescrito: eis o que difere entre o registro dessa pessoa e o seu.
crop-plan-conflict-view = Ver o plano
crop-err-no-plan = O plano de divulgação deste ano fiscal não está registrado como aprovado: registre-o primeiro (Viagens por ano fiscal › o plano do ano).
crop-err-plan-future = A data de aprovação do plano é posterior a hoje: uma viagem poderá ser aprovada a partir desse dia.
crop-err-plan-approver = Escreva quem o aprovou.
crop-err-plan-date = Informe o dia em que foi aprovado.
crop-err-plan-link = Informe o link para o plano aprovado, começando com https://
flash-crop-plan = A aprovação do plano do ano foi registrada.

# ICANN's CROP procedure: the trip's chain and dates
crop-step = Etapa da ICANN
crop-step-selected = Selecionado pela liderança da RALO
crop-step-endorsed = Endossado pelo GSE regional
crop-step-submitted = Enviado à equipe do CROP
crop-step-confirmed = Confirmado pela Constituency Travel
crop-err-step-not-approved = Somente uma viagem aprovada segue as etapas da ICANN.
crop-err-step-order = As etapas da ICANN seguem em ordem: selecionar, endossar, enviar à equipe do CROP, confirmar.
crop-err-step-too-late = A Constituency Travel precisa da viagem seis semanas antes da partida. Para enviá-la depois, diga por quê (a exceção aceita pela equipe do CROP).
crop-err-return-before-departure = O retorno é anterior à partida.
crop-err-departs-after-start = A pessoa deve partir até o dia em que o evento começa.
crop-err-returns-before-end = A pessoa deve ficar até o fim do evento.
crop-err-already-travelling = A viagem já começou: suas datas não podem mais mudar.
money-err-number = Escreva um valor, como 1250,50.
money-err-negative = Um valor não pode ser negativo.
money-err-cents = Use no máximo duas casas decimais (centavos).
money-err-too-large = Esse valor é grande demais.
money-err-hotel-nights = O CROP paga hotel por no máximo 3 noites.
money-err-per-diem-days = O CROP paga diárias por no máximo 4 dias.
money-err-visa = O CROP paga o visto até US$200.

crop-trip-procedure = O procedimento da ICANN para esta viagem
crop-departure = Partida
crop-return = Retorno
crop-trip-dates-hint = Ao aprovar: as datas da viagem (propostas: do dia anterior ao evento ao dia seguinte). Podem mudar até a pessoa viajar.
crop-clock-gse = Endosso do GSE regional até
crop-clock-recommended = Envio à equipe do CROP recomendado até
crop-clock-travel = Limite da Constituency Travel (6 semanas antes da partida)
crop-clock-late = As 8 semanas recomendadas antes da partida já passaram: envie a viagem à equipe do CROP o quanto antes.
crop-clock-too-late = As 6 semanas antes da partida de que a Constituency Travel precisa já passaram: a viagem só pode ser enviada com o motivo da exceção.
crop-step-on = O dia em que aconteceu
crop-step-on-hint = Deixe vazio para hoje.
crop-step-exception = Exceção (envio após as 6 semanas)
crop-step-exception-hint = Por que a viagem é enviada com atraso, conforme acordado com a equipe do CROP.
crop-step-take = Registrar: { $step }
crop-err-step-future = Esse dia ainda não chegou.
crop-err-step-gse-only = A equipe do GSE regional endossa as viagens: o endosso cabe a ela.
flash-crop-step = A etapa da viagem foi registrada e a pessoa foi avisada.
notify-crop-step-subject = Sua viagem CROP para { $title }: { $step }
notify-crop-step-intro = Sua viagem CROP para { $title } passou por uma etapa do procedimento da ICANN: { $step }.
crop-icann-meeting = Uma reunião da ICANN
crop-icann-meeting-hint = Uma reunião pública da ICANN ou uma reunião regional organizada pela ICANN: o CROP espera que uma das viagens do ano vá a uma.
crop-warn-icann-meeting = Aprovar uma viagem aqui ocupa a última vaga CROP do ano fiscal, e nenhuma viagem deste ano vai ainda a uma reunião pública da ICANN ou a uma reunião regional organizada pela ICANN: o CROP espera que uma das viagens do ano vá a uma.
crop-withdraw-confirm-title = Retirar sua candidatura?
crop-withdraw-confirm-text = A liderança não a considerará mais. Você pode se candidatar de novo até o prazo.
crop-withdraw-confirm = Sim, retirar
crop-withdraw-keep = Manter minha candidatura
crop-reapply-text = Você retirou esta candidatura. Pode se candidatar de novo até o prazo.
crop-reapply = Candidatar-se de novo
crop-trip-dates-change = Alterar as datas da viagem
flash-crop-trip-dates = As datas da viagem foram salvas.
crop-clocks-heading = Os prazos da ICANN para uma viagem
crop-clocks-hint = Para quem parte na véspera do início do evento; cada viagem aprovada mostra os seus, conforme a partida.
# Mais informações solicitadas (issue 15)
crop-status-info_requested = Mais informações solicitadas
crop-request-info = Pedir mais informações
crop-info-asked = Informações pedidas
crop-info-resubmit = Altere sua candidatura abaixo e salve-a para reenviá-la. A liderança decidirá quando você tiver respondido.
crop-resubmit = Reenviar
crop-err-info-pending = Foram pedidas mais informações: aprove quando o candidato tiver reenviado (ainda é possível recusar).
crop-err-info-question = Escreva o que precisa saber: o candidato receberá a pergunta.
crop-warn-approve-late = Faltam menos de 8 semanas para a partida proposta: a equipe do CROP recomenda enviar a viagem 8 semanas antes, e ela ainda precisa do endosso do GSE.
crop-warn-approve-too-late = Faltam menos de 6 semanas para a partida proposta: a Constituency Travel só aceitará a viagem com uma exceção.
# A avaliação da viagem (perguntas da ICANN)
crop-assessment-lead = A avaliação da viagem da ICANN. Escreva-a em qualquer dos idiomas do LACRALO; a ICANN precisa dela também em inglês.
crop-assessment-language = Idioma das respostas
crop-assessment-objectives = Objetivos da viagem
crop-assessment-objectives-hint = O que você pretendia alcançar.
crop-assessment-activities = Atividades
crop-assessment-activities-hint = Sessões assistidas, reuniões, apresentações.
crop-assessment-people = Pessoas alcançadas
crop-assessment-people-hint = Com quantas pessoas você falou ou para quantas apresentou (um número).
crop-assessment-contacts = Contatos feitos
crop-assessment-contacts-hint = Organizações e pessoas que conheceu, e por que importam para o At-Large.
crop-assessment-follow-up = Acompanhamento previsto
crop-assessment-follow-up-hint = O que vem a seguir, e quem fará.
crop-assessment-results = Resultados
crop-assessment-english = Versão em inglês
crop-assessment-english-hint = Toda a avaliação em inglês, se você a escreveu em outro idioma. Pode acrescentá-la depois; até lá o relatório fica sinalizado.
crop-err-assessment-objectives = Diga o que a viagem pretendia alcançar.
crop-err-assessment-activities = Liste as atividades da viagem.
crop-err-assessment-contacts = Cite os contatos feitos (ou escreva “nenhum”).
crop-err-assessment-follow_up = Diga qual acompanhamento está previsto (ou escreva “nenhum”).
crop-err-assessment-people = Informe o número de pessoas alcançadas.
crop-err-assessment-people-number = Escreva um número inteiro entre 0 e { $max }.
crop-english-missing = Falta a versão em inglês: a ICANN exige a avaliação em inglês.
crop-assessment-print = Versão em inglês para imprimir
crop-assessment-title = CROP trip assessment
crop-assessment-traveller = Viajante
crop-assessment-event = Evento
crop-assessment-trip = Viagem
crop-assessment-original = Respostas como foram escritas
# O dinheiro da viagem
crop-costs = Custos da viagem
crop-costs-caps = O CROP paga passagem aérea econômica, hotel por no máximo 3 noites, diárias por no máximo 4 dias e taxas de visto até US$200.
crop-costs-none = Ainda não informados.
crop-costs-estimate = Estimativa de custos
crop-costs-actual = Custos reais
crop-cost-currency = Moeda
crop-cost-airfare = Passagem aérea (econômica)
crop-cost-visa = Taxas de visto
crop-cost-visa-hint = Até US$200.
crop-cost-hotel = Hotel (noites × diária)
crop-cost-hotel-nights = Noites de hotel
crop-cost-hotel-nights-hint = No máximo 3.
crop-cost-hotel-night = Diária do hotel
crop-cost-per-diem = Diárias (dias × valor)
crop-cost-per-diem-days = Dias de diária
crop-cost-per-diem-days-hint = No máximo 4, ao valor do ano fiscal.
crop-cost-total = Total
crop-costs-save = Salvar: { $what }
crop-per-diem-line = Valor da diária: { $rate } por dia.
crop-per-diem-unset = Ainda não há valor de diária para { $year }: a liderança o define na página de alocações.
crop-err-costs-not-now = Estes custos não podem ser informados agora para esta candidatura.
crop-err-whole-number = Escreva um número inteiro.
flash-crop-costs = Os custos foram salvos.
crop-trips-and-money = Viagens e dinheiro
crop-money-committed = Comprometido
crop-money-spent = Gasto
crop-money-remaining = Resta:
crop-budget = Orçamento
crop-per-diem-rate = Diária por dia
