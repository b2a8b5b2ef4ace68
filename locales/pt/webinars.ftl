# Webinars, programas e temas.

nav-webinars = Webinars
nav-dnssec = DNSSEC
nav-programmes = Programas

err-time-in-gap = { $time } não existe em { $zone } nesse dia: os relógios pulam esse horário quando começa o horário de verão. Escolha outro horário.
err-webinar-topic-programme = Este tema pertence a outro programa. Escolha um dos temas deste programa, ou nenhum.
err-webinar-interpretation-languages = A interpretação requer pelo menos dois idiomas oferecidos.
err-webinar-start-for-end = Informe a hora de início além da hora de término.
err-webinar-too-long = Um webinar dura no máximo 24 horas.
err-webinar-end-before-start = O término deve ser depois do início, no mesmo dia.
err-attendance-negative = O número de participantes não pode ser negativo.
err-attendance-number = Digite o número de pessoas como um número inteiro.
err-attendance-too-many = Adicione no máximo { $max } pessoas de cada vez.
err-attendance-unknown = “{ $line }”: nenhum membro tem este endereço ou nome.
err-attendance-ambiguous = “{ $line }”: vários membros têm este nome; use o endereço de e-mail.
err-attendance-below-named = O total não pode ser menor que os { $named } membros nomeados.
err-target-negative = Uma meta não pode ser negativa.
err-target-number = Digite um número inteiro de 0 a { $max }, ou deixe em branco.
err-topic-name-required = Digite o tema.
err-topic-duplicate = Este programa já tem este tema.

flash-webinar-created = O webinar está agendado.
flash-webinar-saved = O webinar foi salvo.
flash-attendance-saved = A presença foi salva, e a participação dos membros, registrada.
flash-targets-saved = As metas foram salvas.
flash-topic-added = O tema foi adicionado.

programme-capacity-building = Desenvolvimento de capacidades (webinars da LACRALO)
programme-ua-series = Série sobre Aceitação Universal
programme-icann101 = ICANN101 para estudantes
programme-dnssec = Capacitação em DNSSEC
programme-other = Outro

webinar-language-en = Inglês
webinar-language-es = Espanhol
webinar-language-pt = Português
webinar-language-fr = Francês

tz-form-label = Fuso horário dos horários mostrados
tz-shown-in = Horários mostrados em
tz-apply = Mostrar
tz-default-hint = (UTC até você escolher um fuso)

webinar-list-title = Agenda de webinars
webinar-new = Novo webinar
webinar-upcoming = Próximos
webinar-past = Anteriores
webinar-none-upcoming = Nenhum próximo webinar corresponde.
webinar-none-past = Nenhum webinar anterior corresponde.
webinar-interpretation-short = interpretação
webinar-attendance-count = { $count ->
    [0] ninguém participou
    [one] 1 participante
   *[other] { $count } participantes
}
webinar-needs-outcome = Realizado?
webinar-needs-outcome-hint = O dia deste webinar já passou. Registre a presença (o que o marca como realizado) ou marque-o como cancelado.
webinar-programme = Programa
webinar-topic = Tema
webinar-language = Idioma
webinar-ics-name = Webinars da LACRALO

webinar-add-to-calendar = Adicionar ao calendário
webinar-edit = Editar webinar
webinar-record-attendance = Registrar presença
webinar-when = Quando
webinar-as-entered = Conforme agendado
webinar-in-lac = Na região
webinar-duration = Duração
webinar-minutes = { $count ->
    [0] 0 minutos
    [one] 1 minuto
   *[other] { $count } minutos
}
webinar-languages = Idiomas
webinar-languages-unknown = não informados
webinar-interpretation-yes = com interpretação
webinar-speakers = Palestrantes
webinar-audience = Público
webinar-registration = Inscrição
webinar-recording = Gravação
webinar-attendance = Presença
webinar-attendance-none = não registrada
webinar-page-link = Este é um webinar: veja a página dele, com o horário no seu fuso, os idiomas, os palestrantes e a presença.
webinar-see-event = Este webinar no calendário de eventos, com o histórico de datas
webinar-attendees = Membros que participaram
webinar-attendees-none = Nenhum membro nomeado ainda.
attendance-member = Membro
attendance-als = ALS
attendance-individual = membro individual

webinar-new-heading = Novo webinar
webinar-edit-heading = Editar webinar
webinar-conflict-heading = Alguém salvou este webinar enquanto você o editava
webinar-topic-none = Sem tema
webinar-day = Dia
webinar-hint-time = Hora local no fuso abaixo.
webinar-end-time = Hora de término
webinar-hint-end-time = Opcional; no mesmo dia e no mesmo fuso.
webinar-interpretation = Interpretação simultânea entre estes idiomas
webinar-hint-speakers = Um por linha: nome e afiliação.

attendance-title = Presença
attendance-changed = Alguém registrou a presença enquanto você editava. A lista abaixo é o que está armazenado agora; o que você digitou foi mantido. Salve novamente para adicioná-lo.
attendance-count = Quantas pessoas participaram
attendance-count-hint = Todas, membros ou não. Deixe em branco se não souber.
attendance-add = Adicionar membros que participaram
attendance-add-hint = Um por linha: o endereço de e-mail ou o nome completo como consta no registro. Cada um passa a contar como participação do membro e da respectiva ALS.
attendance-named = { $count ->
    [0] Nenhum membro nomeado
    [one] 1 membro nomeado
   *[other] { $count } membros nomeados
}
attendance-remove-hint = Marque quem foi registrado por engano para retirá-lo (junto com a respectiva participação).
attendance-remove-member = Retirar { $name }
attendance-closed-cancelled = Este webinar foi cancelado: não há presença a registrar.
attendance-closed-not-yet = A presença pode ser registrada quando o webinar tiver um dia e esse dia tiver chegado.

programme-title = Programas e metas
programme-lead = Os compromissos de desenvolvimento de capacidades do plano, ano a ano: a meta de cada programa comparada aos webinars realizados e previstos, e os temas que ainda faltam abordar.
programme-targets-changed = Alguém alterou as metas deste ano enquanto você editava. Nada do que você fez foi salvo; estas são as metas agora.
programme-target = Meta
programme-held = Realizados
programme-planned = Previstos
programme-cancelled = Cancelados
programme-attendance = Presença
programme-progress = Progresso
programme-plan-default = (a do plano)
programme-bar-label = { $held } realizados e { $planned } previstos, de uma meta de { $target }
programme-dnssec-summary-link = O programa de capacitação em DNSSEC em números: ISPs contatados, capacitados e assinando, por país e sub-região
programme-bar-legend = Escuro: realizados. Claro: previstos. Linha: a meta.
programme-uncovered-heading = Temas ainda não abordados este ano
programme-topic-planned = previsto
programme-targets-heading = Metas para
programme-targets-hint = Webinars por ano e por programa. Em branco: sem meta (os seis do plano para desenvolvimento de capacidades).
programme-save-targets = Salvar metas
topic-backlog-heading = Temas
topic-last-covered = Abordado pela última vez
topic-held-in = Realizados em { $year }
topic-planned-in = Previstos para { $year }
topic-from-plan = plano
topic-add-heading = Adicionar um tema
topic-name = Tema
topic-add = Adicionar tema
topic-never-covered = nunca

topic-plan-multistakeholder = O modelo de múltiplas partes interessadas da ICANN
topic-plan-dnssec = DNSSEC
topic-plan-ua = Aceitação Universal
topic-plan-ig-lac = Governança da Internet na região LAC
topic-plan-subpro = Novidades sobre SubPro
topic-plan-ua-intro = Introdução à Aceitação Universal e sua importância na região LAC
topic-plan-ua-cases = Estudos de caso de implementação bem-sucedida da Aceitação Universal na região LAC
topic-plan-ua-email = Testes de conformidade de endereços de e-mail com a Aceitação Universal na região LAC
topic-plan-icann101 = A ICANN e seus programas Fellowship e NextGen
topic-plan-dnssec-training = Implementação e gerenciamento de DNSSEC, na prática

webinar-conflict-intro = Enquanto você editava, outra pessoa salvou uma versão mais recente de “{ $title }”. Nada foi sobrescrito: veja o que difere entre a versão salva e a sua.
webinar-conflict-view = Ver o webinar
