## Notificações: mensagens, preferências, a caixa de saída, calendários.

## Os tipos de mensagem, com o assunto de cada um (a página de preferências).
notify-kind = Tipo de mensagem
notify-kind-invitation = Convites
notify-kind-invitation-help = Um convite para criar uma conta, enviado uma única vez pela pessoa que convida você.
notify-kind-security = Avisos de segurança
notify-kind-security-help = Quando sua senha é alterada, sua verificação em duas etapas é redefinida ou alguém entra na sua conta a partir de um navegador novo.
notify-kind-crop-receipt = Comprovantes do CROP
notify-kind-crop-receipt-help = Um comprovante quando você envia, altera ou retira uma candidatura ao CROP.
notify-kind-crop-decision = Decisões do CROP
notify-kind-crop-decision-help = Quando sua candidatura ao CROP é pré-selecionada, aprovada, recusada ou revogada, com o motivo.
notify-kind-crop-announcement = Oportunidades CROP
notify-kind-crop-announcement-help = Uma nova oportunidade CROP à qual você pode se candidatar: primeiro para a sub-região do evento, depois para todos.
notify-kind-crop-deadline = Lembretes de prazo do CROP
notify-kind-crop-deadline-help = Um lembrete antes do fim de um prazo do CROP, se você ainda não se candidatou.
notify-kind-trip-report = Lembretes do relatório de viagem
notify-kind-trip-report-help = Antes do prazo do seu relatório de viagem CROP, no próprio dia e depois toda semana enquanto ele estiver atrasado.
notify-kind-event-change = Mudanças nos eventos que você segue
notify-kind-event-change-help = Quando um evento que você segue muda de datas, de situação ou de local.
notify-kind-webinar-reminder = Lembretes de webinars
notify-kind-webinar-reminder-help = Antes do início de um webinar que você segue, no seu fuso horário, com o link para participar.
notify-kind-webinar-thanks = Agradecimentos por webinars
notify-kind-webinar-thanks-help = Depois de um webinar do qual você participou, com a gravação, quando houver.
notify-kind-als-nudge = Lembretes às ALS
notify-kind-als-nudge-help = À pessoa de contato de uma ALS, um mês antes de a ALS entrar na fila de revisão por falta de atividade registrada.
notify-kind-als-status = Mudanças de situação das ALS
notify-kind-als-status-help = À pessoa de contato de uma ALS, sempre que a situação da ALS muda.
notify-kind-digest = Resumo semanal
notify-kind-digest-help = Para a liderança: uma vez por semana, o que precisa de atenção.

## Partes de todas as mensagens.
mail-greeting = Olá, { $name },
mail-greeting-anonymous = Olá,
mail-signature = LACRALO Outreach
mail-footer-mandatory = Esta mensagem trata da sua própria conta ou candidatura, por isso não pode ser desativada.
mail-footer-unsubscribe = Parar de receber “{ $kind }”
mail-footer-preferences = Escolher o que você recebe
mail-instant = { $date }, { $time } ({ $zone }, { $offset })

## Dados e ações dentro das mensagens.
notify-fact-dates = Datas
notify-fact-status = Situação
notify-fact-place = Local
notify-fact-reason = Motivo informado
notify-fact-starts = Início
notify-fact-organiser-time = No fuso horário dos organizadores
notify-fact-join = Link para participar
notify-fact-page = Página do webinar
notify-fact-report-due = Prazo do relatório
notify-fact-last-engaged = Última atividade registrada
notify-fact-when = Quando
notify-fact-by = Feito por
notify-place-unknown = Ainda não definido
notify-action-event = Ver o evento
notify-action-webinar = Ver o webinar
notify-action-join = Participar
notify-action-recording = Assistir à gravação
notify-action-crop-apply = Ler e se candidatar
notify-action-crop-application = Ver sua candidatura
notify-action-report = Entregar seu relatório de viagem
notify-action-als = Ver a ALS
notify-action-account = Revisar sua conta
notify-action-dashboard = Abrir o LACRALO Outreach

## Por que uma mensagem chegou.
notify-why-follow-event = Você recebe esta mensagem porque segue este evento (ou eventos como ele).
notify-why-follow-webinar = Você recebe esta mensagem porque segue este webinar (ou eventos como ele).
notify-why-crop-subregion = Você recebe esta mensagem porque é membro ativo da LACRALO na sub-região { $subregion }.
notify-why-crop-member = Você recebe esta mensagem porque é membro ativo da LACRALO.
notify-why-own-application = Você recebe esta mensagem porque ela trata da sua própria candidatura ao CROP.
notify-why-report = Você recebe esta mensagem porque sua viagem CROP precisa de um relatório.
notify-why-report-overdue = Você receberá esta mensagem toda semana até entregar o relatório.
notify-why-attended = Você recebe esta mensagem porque sua presença foi registrada.
notify-why-als-contact = Você recebe esta mensagem porque é a pessoa de contato de { $als } junto à LACRALO.
notify-why-digest = Você recebe esta mensagem porque faz parte da liderança da LACRALO.
notify-why-security = Você recebe esta mensagem porque ela trata da segurança da sua conta.
notify-why-invited = Você recebe esta mensagem porque { $inviter } enviou um convite para você.

## Eventos.
notify-event-changed-subject = Alterado: { $title }
notify-event-status-subject = Nova situação: { $title }
notify-event-cancelled-subject = Cancelado: { $title }
notify-event-changed-intro = “{ $title }”, que você segue, mudou:

## CROP.
notify-crop-announce-subject = Oportunidade CROP para { $subregion }: { $title }
notify-crop-announce-intro = A LACRALO pode financiar { $slots ->
    [one] uma vaga
   *[other] { $slots } vagas
} para participar de “{ $title }”. Segundo as regras da LACRALO, a oportunidade é oferecida primeiro aos membros da sub-região { $subregion }. Membros ativos podem se candidatar até o prazo abaixo.
notify-crop-open-subject = Oportunidade CROP aberta a todos os membros: { $title }
notify-crop-open-intro = A oportunidade CROP para participar de “{ $title }” agora está aberta a todos os membros ativos da LACRALO, não só aos da sub-região { $subregion }. Você pode se candidatar até o prazo abaixo.
notify-crop-deadline-subject = Prazo do CROP em { $deadline }: { $title }
notify-crop-deadline-intro = As candidaturas para participar de “{ $title }” com financiamento do CROP se encerram em { $deadline }. Você ainda não se candidatou.
notify-crop-receipt-submitted-subject = Recebemos sua candidatura ao CROP: { $title }
notify-crop-receipt-submitted-intro = Sua candidatura para participar de “{ $title }” foi enviada. Você pode alterá-la ou retirá-la até o prazo; a liderança vai comunicar a decisão a você.
notify-crop-receipt-changed-subject = Sua candidatura ao CROP foi alterada: { $title }
notify-crop-receipt-changed-intro = As alterações na sua candidatura para participar de “{ $title }” foram salvas.
notify-crop-receipt-withdrawn-subject = Sua candidatura ao CROP foi retirada: { $title }
notify-crop-receipt-withdrawn-intro = Sua candidatura para participar de “{ $title }” foi retirada. Se não foi você, escreva para a liderança da LACRALO.
notify-crop-decision-subject = CROP: { $title }, { $status }
notify-crop-decision-shortlisted = Sua candidatura para participar de “{ $title }” está na lista de pré-selecionados. A liderança vai decidir em breve.
notify-crop-decision-approved = Sua candidatura para participar de “{ $title }” foi aprovada. A equipe do CROP da ICANN vai entrar em contato com você sobre a viagem.
notify-crop-decision-declined = Sua candidatura para participar de “{ $title }” foi recusada.
notify-crop-decision-revoked = A aprovação da sua viagem para “{ $title }” foi revogada.
notify-report-before-subject = Seu relatório de viagem vence em { $due }: { $title }
notify-report-before-intro = Seu relatório da viagem CROP para “{ $title }” vence em { $due }.
notify-report-due-subject = Seu relatório de viagem vence hoje: { $title }
notify-report-due-intro = Seu relatório da viagem CROP para “{ $title }” vence hoje, { $due }.
notify-report-overdue-subject = Seu relatório de viagem está atrasado: { $title }
notify-report-overdue-intro = Seu relatório da viagem CROP para “{ $title }” vencia em { $due } e ainda não foi entregue. A LACRALO precisa dele para prestar contas sobre o CROP.

## Webinars.
notify-webinar-reminder-subject = Webinar em { $when }: { $title }
notify-webinar-reminder-intro = “{ $title }” começa em { $when }.
notify-webinar-thanks-subject = Obrigado por participar: { $title }
notify-webinar-thanks-intro = Obrigado por participar de “{ $title }”. Sua presença foi registrada para você e para a sua ALS.
notify-webinar-thanks-recording = A gravação está disponível no link abaixo.

## ALS.
notify-als-nudge-subject = { $als }: conte para nós o que vocês têm feito
notify-als-nudge-intro = A LACRALO não registrou nenhuma atividade de { $als } nem de seus membros desde { $since }. Daqui a um mês, as ALS sem atividade registrada entram na fila de revisão da liderança.
notify-als-nudge-ask = Se vocês participaram de webinars, eventos, comentários sobre políticas ou atividades locais, avise a liderança da LACRALO ou a equipe de GSE para que essas atividades sejam registradas.
notify-als-status-subject = Nova situação de { $als }: { $status }
notify-als-status-intro = A liderança da LACRALO alterou a situação de { $als }.

## O resumo semanal.
notify-digest-subject = Resumo semanal da LACRALO, { $day }
notify-digest-intro = O que precisa de atenção esta semana.
notify-digest-review = Novidades na fila de revisão
notify-digest-reports = Relatórios de viagem atrasados
notify-digest-events = Eventos que precisam de revisão
notify-digest-closing = Oportunidades CROP que se encerram nos próximos 14 dias
notify-digest-failed = Mensagens que não puderam ser enviadas
notify-digest-failed-count = { $count ->
    [one] { $count } mensagem não pôde ser enviada
   *[other] { $count } mensagens não puderam ser enviadas
}
notify-digest-none = Nada por enquanto.
notify-digest-more = … e mais { $count }

## Avisos sobre a conta.
notify-invite-intro = { $inviter } convida você para o LACRALO Outreach como { $role }.
notify-invite-expiry = O link abaixo funciona uma única vez, durante { $days ->
    [one] { $days } dia
   *[other] { $days } dias
}.
notify-security-password-subject = Sua senha foi alterada
notify-security-password-intro = A senha da sua conta do LACRALO Outreach foi alterada.
notify-security-second-factor-subject = Sua verificação em duas etapas foi desativada
notify-security-second-factor-intro = A verificação em duas etapas da sua conta do LACRALO Outreach foi desativada ou redefinida.
notify-security-new-browser-subject = Novo login na sua conta
notify-security-new-browser-intro = Alguém fez login na sua conta do LACRALO Outreach a partir de um navegador que ela nunca tinha usado.
notify-security-not-you = Se não foi você, altere sua senha imediatamente e avise a liderança da LACRALO.

## A página de preferências.
notify-prefs-title = Notificações
notify-prefs-lead = Escolha o que o LACRALO Outreach envia para você por e-mail e o que você segue.
notify-prefs-kinds = O que você recebe
notify-prefs-optional = Mensagens que você pode desativar
notify-prefs-mandatory = Sempre enviadas
notify-prefs-mandatory-hint = Elas tratam da sua própria conta ou candidatura.
notify-prefs-zone-hint = As datas e os horários nas mensagens usam o fuso horário da sua conta:
notify-prefs-follows = O que você segue
notify-prefs-follows-lead = Avisamos você quando um evento que você segue muda e enviamos um lembrete antes de um webinar que você segue. Siga eventos individuais na página de cada um, ou aqui todos os eventos de um tipo, relevância, país ou sub-região.
notify-prefs-follows-none = Você ainda não segue nada.
notify-prefs-follow-add = Seguir todos os eventos de
notify-prefs-follow-choose = Escolha…
follow-target = Seguir
follow-target-event = Evento
follow-target-relevance = Relevância
follow-target-kind = Tipo
follow-target-country = País
follow-target-subregion = Sub-região
follow-start = Seguir
follow-stop = Deixar de seguir
follow-hint = Receba um aviso quando as datas, a situação ou o local mudarem.
follow-on-hint = Você segue isto: vai receber um aviso quando as datas, a situação ou o local mudarem.
flash-followed = Agora você segue isto.
flash-unfollowed = Você não segue mais isto.
flash-notifications-saved = Suas escolhas de notificação foram salvas.

## Os padrões definidos pela liderança.
notify-settings-title = Configurações de notificação
notify-settings-lead = Os padrões para todos: quando saem os lembretes, quando sai o resumo semanal e se as ALS recebem lembretes.
notify-settings-crop = CROP
notify-settings-webinars = Webinars
notify-settings-digest = Resumo semanal para a liderança
notify-settings-als = Lembretes às ALS
notify-settings-conflict = Outra pessoa salvou estas configurações enquanto você editava. Os valores dela foram salvos; os seus aparecem abaixo: salve novamente para mantê-los.
notify-field-crop-first = Primeiro lembrete do prazo, dias antes
notify-field-crop-last = Último lembrete do prazo, dias antes
notify-field-report = Lembrete do relatório de viagem, dias antes do prazo
notify-field-webinar-first = Primeiro lembrete do webinar, horas antes
notify-field-webinar-last = Último lembrete do webinar, horas antes
notify-field-digest-day = Dia
notify-field-digest-hour = Hora
notify-field-als-nudges = Lembrar a pessoa de contato de uma ALS um mês antes de a ALS entrar na fila de revisão
notify-hint-days = Um número inteiro de dias.
notify-hint-hours = Um número inteiro de horas.
notify-hint-report = Depois disso: no próprio dia e, em seguida, toda semana enquanto ele estiver atrasado.
notify-hint-digest-hour = No fuso horário de cada membro da liderança.
notify-err-last-before-first = O último lembrete deve vir depois do primeiro: escolha um número menor que o do primeiro.
err-number-range = Digite um número inteiro de { $min } a { $max }.
flash-notify-settings = As configurações de notificação foram salvas.

## A caixa de saída.
outbox-tabs = Mensagens por situação
outbox-tab-pending = Aguardando
outbox-tab-failed = Com falha
outbox-tab-sent = Enviadas
outbox-empty = Nenhuma mensagem aqui.
outbox-server-answer = O servidor de e-mail respondeu:
outbox-next-attempt = Próxima tentativa: { $when }
outbox-sent-at = enviada em
outbox-handled-by = tratada por { $who }
outbox-link = Referente a:
outbox-show-text = Mostrar a parte de texto
outbox-preview = Ver a mensagem como aparece num programa de e-mail
outbox-retry = Tentar novamente agora
outbox-mark-sent = Marcar como enviada manualmente
flash-outbox-retry = A mensagem será enviada novamente em instantes.
flash-outbox-marked-sent = A mensagem foi marcada como enviada manualmente.
flash-outbox-already-sent = Essa mensagem já tinha sido enviada.

## Cancelar o recebimento.
unsubscribe-title = Parar estas mensagens
unsubscribe-ask = Parar de enviar “{ $kind }” para { $email }?
unsubscribe-button = Parar estas mensagens
unsubscribe-done = { $email } não vai mais receber “{ $kind }”.
unsubscribe-preferences = Para escolher cada tipo de mensagem, faça login e abra

## Calendários.
feed-title = Seu calendário
feed-lead = Um endereço de calendário privado com os eventos e webinars que você segue, seus prazos do CROP e os prazos dos seus relatórios de viagem (e, para a liderança, todos os prazos do CROP). Adicione-o uma vez ao seu aplicativo de calendário; ele se mantém atualizado.
feed-your-link = Seu endereço de calendário
feed-once = Este endereço só é mostrado agora: copie-o ou assine. Qualquer pessoa que o tenha pode ler seu calendário; crie um novo se ele vazar.
feed-subscribe = Assinar no meu aplicativo de calendário
feed-copy = Ou copie o endereço:
feed-made-on = Seu endereço de calendário foi criado em { $when }.
feed-none = Você ainda não tem um endereço de calendário.
feed-make = Criar meu endereço de calendário
feed-renew = Criar um novo endereço
feed-renew-hint = Um novo endereço desativa o antigo: os calendários que o assinam deixam de ser atualizados.
feed-public-lead = Adicione este calendário ao seu aplicativo de calendário: ele segue estes filtros e se mantém atualizado, do ano passado em diante.
feed-private-name = LACRALO: meu calendário
feed-crop-deadline = Prazo do CROP: { $title }
feed-trip-report = Prazo do relatório de viagem: { $title }
flash-feed-made = Seu endereço de calendário está pronto.
calhelp-title = Como assinar
calhelp-google = No computador, abra o Google Agenda e vá em “Outras agendas” → “+” → “Do URL”, cole o endereço e escolha “Adicionar agenda”.
calhelp-outlook = No Outlook na Web, abra o calendário, clique em “Adicionar calendário” e escolha a opção de assinar um calendário da Web; cole o endereço e importe-o.
calhelp-apple = Em um Mac, escolha Arquivo → Nova Assinatura de Calendário e cole o endereço; em um iPhone, abra o link “webcal://” e confirme.
calhelp-refresh = Os aplicativos de calendário buscam as atualizações sozinhos, a cada poucas horas.

## A página da conta e os convites.
account-zone-hint = As datas e os horários das suas mensagens e lembretes usam este fuso; se não houver nenhum, o do seu país.
account-notify-lead = Escolha quais mensagens você recebe e siga eventos.
account-notify-link = Escolhas de notificação
account-feed-link = Seu endereço de calendário
invite-field-language = Idioma do convite
crop-revoke = Revogar a aprovação
crop-status-revoked = Aprovação revogada

## A pessoa de contato de uma ALS.
als-contact = Contato para as mensagens da LACRALO
als-contact-hint = Os lembretes antes da fila de revisão e as mudanças de situação são enviados a este membro.
als-contact-none = Nenhum membro desta ALS tem endereço de e-mail ainda.
als-contact-nobody = Ninguém
als-contact-save = Salvar o contato
flash-als-contact-saved = O contato da ALS foi salvo.

## A member's language.
member-language = Idioma em que lê
member-language-unknown = Não se sabe
member-language-hint = As mensagens a este membro são escritas neste idioma, a menos que a conta tenha um idioma próprio.
notify-crop-decision-info_requested = A liderança pede mais informações sobre sua candidatura para participar de “{ $title }”. Altere-a e reenvie-a.
