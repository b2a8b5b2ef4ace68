# Português (Brasil). Deve ter exatamente as mesmas chaves que en/main.ftl (um teste verifica).
language-name = Português
# locale do chrono para nomes de meses e dias da semana
chrono-locale = pt_BR
# padrões de formato do chrono
format-date = %-d de %B de %Y
format-date-short = %a, %-d %b
format-month-year = %B de %Y
date-range = { $start } – { $end }
date-month-only = { $month } (dia a confirmar)
date-tbd = { $year }, data a confirmar

app-name = LACRALO Outreach
skip-to-content = Ir para o conteúdo
nav-label = Principal
nav-events = Eventos
nav-calendar = Calendário
nav-new-event = Novo evento
nav-import = Importar
language-switcher = Idioma
footer-text = Plano de Divulgação e Participação da LACRALO · Organização Regional At-Large da América Latina e Ilhas do Caribe da ICANN
meta-description = LACRALO Outreach: os eventos, webinars, o financiamento de viagens CROP e as Estruturas At-Large da Organização Regional At-Large da América Latina e Ilhas do Caribe da ICANN.

error-home-link = Início
error-400-title = Não foi possível entender a solicitação
error-400-text = Algo no endereço ou no formulário não era o esperado. Volte e tente novamente.
error-403-title = Não permitido
error-403-text = Você não tem permissão para fazer isso.
error-csrf-text = O formulário expirou ou não veio deste site. Volte, recarregue a página e envie-o novamente.
error-404-title = Página não encontrada
error-404-text = Não há nada neste endereço. Talvez tenha sido excluído, ou o link esteja errado.
error-405-title = Não é possível aqui
error-405-text = Esta página não aceita esse tipo de solicitação.
error-408-title = Demorou demais
error-408-text = O servidor demorou demais para responder. Tente novamente em instantes.
error-409-title = Algo mudou
error-409-text = O que você estava editando mudou nesse meio-tempo. Recarregue a página e tente novamente.
error-413-title = Grande demais
error-413-text = O que você enviou é maior do que este site aceita (no máximo 16 MB).
error-414-title = Endereço longo demais
error-414-text = Este endereço é mais longo do que qualquer página deste site. Verifique o link que você seguiu.
error-503-title = Ocupado por um momento
error-503-text = O site está atendendo muitos acessos ao mesmo tempo. Aguarde alguns segundos e tente novamente; nada do que você enviou foi salvo.
error-422-title = Há itens a corrigir
error-422-text = Parte do que você enviou não pôde ser aceita.
error-500-title = Algo deu errado do nosso lado
error-500-text = O erro foi registrado. Tente novamente mais tarde; nada do que você enviou ficou salvo pela metade.
error-filter-text = Um dos filtros no endereço tem um valor que não existe. Limpe os filtros e escolha novamente.
import-gone = Esta importação já foi confirmada ou expirou. Envie o arquivo novamente para vê-la.

home-title = Divulgação e participação da LACRALO
home-intro = Os eventos, webinars e ações de divulgação da LACRALO, a Organização Regional At-Large da América Latina e Ilhas do Caribe, mantidos em dia por sua liderança e pela equipe de engajamento da ICANN para a região LAC.
home-upcoming = Nos próximos 60 dias
home-no-upcoming = Nada está programado para os próximos 60 dias.
home-all-events = { $count ->
    [0] Ver os eventos
    [one] Ver o único evento
   *[other] Ver todos os { $count } eventos
}

list-title = Eventos
list-subscribe = Assinar (iCalendar)
list-download-csv = Baixar CSV
list-review-banner = { $count ->
    [one] Um evento precisa de revisão: o importador teve de supor algo sobre ele.
   *[other] { $count } eventos precisam de revisão: o importador teve de supor algo sobre eles.
}
list-count = { $count ->
    [0] Nenhum evento
    [one] Um evento
   *[other] { $count } eventos
}
list-empty = Nenhum evento corresponde a estes filtros.
list-undated-heading = { $year }: data a confirmar
list-undated-hint = Ainda não se sabe o dia destes eventos, nem o mês; eles não são colocados em nenhum dia.
list-sometime-heading = Em algum momento deste mês
ics-date-tbc = { $title } (data a confirmar)
badge-needs-review = Precisa de revisão

filter-label = Filtrar eventos
filter-year = Ano
filter-month = Mês
filter-any = Qualquer
filter-all-years = Todos os anos
filter-subregion = Sub-região da LACRALO
filter-search = Pesquisar títulos, organizadores, cidades e notas
filter-needs-review = Somente eventos que precisam de revisão
filter-apply = Filtrar
filter-show = Filtros
filter-clear = Limpar filtros

bulk-label = Definir a relevância dos eventos selecionados como
bulk-choose = Escolha…
bulk-apply = Aplicar aos selecionados
bulk-hint = Primeiro, marque os eventos abaixo.
bulk-select-event = Selecionar { $title }

field-title = Título
field-kind = Tipo
field-relevance = Relevância
field-status = Situação
field-organiser = Organizador
field-city = Cidade
field-country = País ou território
field-online = On-line (é possível participar a distância)
field-dates = Datas
field-start-date = Data de início
field-end-date = Data de término
field-start-time = Hora de início
field-time-zone = Fuso horário
field-month = Mês
field-year = Ano
field-reason = Motivo da mudança de datas ou do cancelamento
field-url = Endereço web
field-notes = Notas

kind-conference = Conferência
kind-meeting = Reunião
kind-webinar = Webinar
kind-roadshow = Roadshow
kind-training = Capacitação
kind-readout = Sessão de resumo (readout)
kind-internal = Interno

relevance-lacralo-involved = Com participação da LACRALO
relevance-crop-candidate = Candidato ao CROP
relevance-out-of-scope = Fora do escopo de divulgação
relevance-unclassified = Ainda não classificado

status-planned = Previsto
status-confirmed = Confirmado
status-held = Realizado
status-cancelled = Cancelado

subregion-a = A · América Central e México
subregion-b = B · Andina
subregion-c = C · Ilhas do Caribe
subregion-d = D · Cone Sul

calendar-months = Meses
calendar-today = Este mês
calendar-as-list = Ver como lista
calendar-undated = Este mês, dia a confirmar
calendar-legend = Legenda

event-online = On-line
event-place = Local
event-place-unknown = Ainda não definido
event-see-in-calendar = Ver no calendário
event-edit = Editar
event-delete = Excluir
event-updated = Última alteração
event-review-heading = Precisa de revisão
event-review-hint = Verifique estes pontos e salve o evento: ao salvar, a marcação é removida.
event-history-heading = Mudanças de data
event-history-empty = As datas não mudaram desde que o evento foi cadastrado.
event-new-heading = Novo evento
event-edit-heading = Editar evento
history-when = Quando
history-who = Quem
history-by-system = Sistema
history-by-unknown = Conta já removida
history-from = De
history-to = Para
history-reason = Motivo

form-error-summary = { $count ->
    [one] Há um problema
   *[other] Há { $count } problemas
}
form-save = Salvar
form-cancel = Cancelar
precision-day = O dia é conhecido
precision-month = Só o mês é conhecido
precision-tbd = Só o ano é conhecido
hint-date = Por exemplo, 2023-03-11.
hint-end-date = Deixe em branco para um evento de um dia.
hint-time = Opcional. A hora local do evento, com o fuso horário.
hint-month = Por exemplo, 2023-08.
hint-year = Por exemplo, 2023.
hint-reason = Obrigatório quando você muda as datas ou a regra de repetição, ou cancela o evento: aparece no histórico do evento.
hint-url = Começando com https://
zone-none = Sem horário
zone-group-lac = América Latina e Caribe
country-none = Desconhecido ou somente on-line

conflict-title = Outra pessoa alterou este evento
conflict-intro = Enquanto você editava, outra pessoa salvou uma versão mais recente deste evento. Nada foi sobrescrito: veja o que difere entre a versão dela e a sua.
conflict-same = A versão dela tem os mesmos valores que a sua em todos os campos.
conflict-field = Campo
conflict-theirs = Salvo agora
conflict-mine = Sua versão
conflict-empty = (vazio)
conflict-keep-theirs = Recomeçar a partir da versão dela
conflict-keep-theirs-hint = Abra o formulário com a versão salva e faça suas alterações novamente.
conflict-edit-again = Editar a versão salva
conflict-view = Ver o evento
conflict-use-mine = Salvar a sua por cima da dela
conflict-use-mine-hint = Substitua a versão dela pela sua, sabendo o que isso altera.
conflict-save-mine = Salvar a minha versão

delete-title = Excluir este evento?
delete-question = Excluir “{ $title }”?
delete-warning = O evento e seu histórico de mudanças de data serão removidos. Não é possível desfazer.
delete-confirm = Excluir o evento
delete-changed = Este evento foi alterado depois que você abriu esta página. Verifique-o abaixo e confirme novamente se ainda quiser excluí-lo.

import-title = Importar eventos
import-intro = Envie um arquivo CSV para adicionar eventos. Cada linha é verificada e mostrada a você primeiro; nada é importado até você confirmar, e então todas as linhas são importadas, ou nenhuma.
import-refused = Não foi possível ler o arquivo
import-file = Arquivo CSV (UTF-8, no máximo 2 MB)
import-file-hint = A primeira linha deve nomear as colunas. As planilhas podem salvar como “CSV UTF-8”.
import-list-year = Ano da lista (opcional)
import-list-year-hint = Se a lista se refere a um ano, as datas de outros anos e as linhas sem data são marcadas para revisão.
import-preview = Verificar o arquivo
import-columns-heading = Colunas
import-columns-text = Só “title” é obrigatória; a exportação deste site escreve todas elas, então um arquivo exportado pode ser importado de volta.
import-dates-text = As datas podem ser escritas 2023-03-11, 2023-05 (só o mês), 2023 (só o ano) ou mês/dia/ano como no plano (3/11/23). Uma data com o dia primeiro, como 25/5/23, um ano fora do ano da lista e “placeholder” são aceitos e marcados para revisão.
import-err-no-file = Escolha um arquivo CSV para enviar.
import-err-too-large = O arquivo tem { $size } MB; o limite é { $max } MB. Divida-o em arquivos menores.
import-err-not-utf8 = O arquivo não é texto UTF-8. Salve-o como “CSV UTF-8” e envie-o novamente.
import-err-empty = O arquivo não tem linhas de eventos.
import-err-no-title = O arquivo não tem a coluna “title”. A primeira linha deve nomear as colunas, entre: { $columns }.
import-err-unknown-columns = Colunas desconhecidas: { $unknown }. As colunas que esta importação lê são: { $columns }.
import-err-duplicate-column = A coluna “{ $column }” aparece duas vezes.
import-err-too-many-rows = O arquivo tem mais de { $max } linhas. Divida-o em arquivos menores.
import-err-unreadable = O arquivo não é um CSV válido perto da linha { $line } (pode estar faltando uma aspa, ou uma linha tem mais ou menos colunas que a primeira).
import-err-uid-repeated = o mesmo uid aparece duas vezes no arquivo ({ $value })
import-err-uid-exists = já existe um evento com este uid no calendário ({ $value })
import-err-uid = não é um uid utilizável ({ $value })
import-err-too-long = mais de { $value } caracteres
import-err-not-one-of = “{ $value }” não é um dos valores permitidos
import-err-yes-no = “{ $value }” deveria ser yes ou no
import-err-url = “{ $value }” não é um endereço web que comece com http:// ou https://
import-err-month = “{ $value }” não é um mês como 2023-08
import-err-end-before-start = a data de término { $value } é anterior à data de início
import-err-end-without-start = uma data de término ({ $value }) precisa de uma data de início
import-err-time-in-gap = este horário não existe nesse fuso nesse dia: os relógios o pulam quando começa o horário de verão
import-err-time-without-day = uma hora de início precisa de um dia conhecido

preview-title = Verificar a importação
preview-file = Arquivo: { $name }
preview-rows = { $count ->
    [0] nenhuma linha
    [one] uma linha
   *[other] { $count } linhas
}
preview-errors = { $count ->
    [0] nenhum erro
    [one] uma linha com erros
   *[other] { $count } linhas com erros
}
preview-flagged = { $count ->
    [0] nenhuma para revisar
    [one] uma para revisar
   *[other] { $count } para revisar
}
preview-confirm = { $count ->
    [one] Importar a linha
   *[other] Importar todas as { $count } linhas
}
preview-start-over = Enviar outro arquivo
preview-blocked = Ainda não é possível importar nada
preview-blocked-hint = Corrija no seu arquivo as linhas marcadas com erro e envie-o novamente. Nada foi importado.
preview-line = Linha
preview-written = Data como escrita
preview-read-as = Lida como
preview-notes = Notas
preview-error = Erro

err-title-required = Digite um título.
err-too-long = Use no máximo { $max } caracteres.
err-control-chars = Contém caracteres de controle invisíveis que não podem ser salvos; remova-os e tente novamente.
err-line-break = Deve ser uma única linha: remova as quebras de linha.
err-choose-from-list = Escolha uma das opções.
err-country-unknown = “{ $value }” não é um país ou território da região LAC.
err-url = Digite um endereço web que comece com http:// ou https://.
err-start-date-required = Digite a data de início.
err-date-invalid = Digite uma data que exista, como 2023-03-11.
err-date-unreadable = “{ $value }” não é uma data que consigamos ler.
err-date-no-year = Não há data, nem ano da lista em que colocá-la.
err-end-before-start = A data de término deve ser igual ou posterior à data de início.
err-year-range = Digite um ano entre 1990 e 2200.
err-month-required = Digite o mês, como 2023-08.
err-month-invalid = Digite um mês que exista, como 2023-08.
err-year-required = Digite o ano, como 2023.
err-time-required-with-zone = Digite a hora de início ou escolha “Sem horário” como fuso horário.
err-time-invalid = Digite uma hora como 14:30.
err-zone-required = Escolha o fuso horário da hora de início.
err-zone-unknown = Escolha um fuso horário da lista.
err-reason-required = Diga por que as datas mudaram ou por que o evento foi cancelado; isso fica no histórico do evento.

review-day-first = A data “{ $written }” não pode ser mês/dia/ano, então foi lida como dia/mês/ano: { $date }.
review-year-outside-list = A data “{ $written }” não é de { $year }, o ano da lista; foi mantida como escrita.
review-no-date = Nenhuma data foi informada (“{ $written }”): a data está a confirmar dentro de { $year }.
review-country-from-title = O país ({ $country }) foi obtido do título.
review-place-tbd = O título diz que o local ainda será definido.
review-tentative-title = O título marca este evento como provisório (placeholder).

flash-event-created = Evento criado.
flash-event-saved = Evento salvo.
flash-event-deleted = Evento excluído.
flash-bulk-choose-relevance = Escolha a relevância a definir e depois aplique.
flash-bulk-choose-events = Marque pelo menos um evento e depois aplique.
flash-bulk-done = { $count ->
    [0] Nenhum evento mudou: eles já tinham essa relevância.
    [one] Um evento reclassificado.
   *[other] { $count } eventos reclassificados.
}
flash-imported = { $count ->
    [0] Nenhum evento importado.
    [one] Um evento importado.
   *[other] { $count } eventos importados.
}
flash-import-has-errors = Agora algumas linhas têm erros; nada foi importado.

ics-calendar-name = Eventos de divulgação da LACRALO

# Contas e funções
nav-users = Contas
nav-invitations = Convites
nav-audit = Registro de auditoria
nav-outbox = Caixa de saída
nav-account = Sua conta
nav-login = Entrar
nav-logout = Sair
role-anonymous = Visitante
role-member = Membro de ALS
role-gse-staff = Equipe de GSE
role-leadership = Liderança da LACRALO
error-401-title = Faça login
error-401-text = Você precisa estar conectado para fazer isso. Faça login e tente novamente.
error-429-title = Tentativas demais
error-429-text = Tentativas demais em pouco tempo. Aguarde alguns minutos e tente novamente.

login-title = Entrar
login-submit = Entrar
login-hint = Ainda não tem conta? A liderança da LACRALO envia os convites.
login-2fa-title = Segunda etapa: seu código
login-2fa-code = Código
login-2fa-hint = O código de 6 dígitos do seu aplicativo autenticador, ou um dos seus códigos de recuperação.
login-err-wrong = E-mail ou senha incorretos.
login-err-locked = Tentativas malsucedidas demais. O login está bloqueado para esta conta ou esta rede por 15 minutos.
login-err-code = Esse código não está correto ou já foi usado. Tente o próximo código.

field-email = Endereço de e-mail
field-password = Senha
field-display-name = Seu nome como os outros o verão
field-new-password = Nova senha
field-password-confirm = Repita a nova senha
field-current-password = Senha atual
field-language = Idioma
field-role = Função
hint-email = Endereços em qualquer sistema de escrita são bem-vindos, como josé@ñandú.com.ar ou 用户@例子.广告.
hint-password = Pelo menos 12 caracteres. Algumas palavras sem relação entre si formam uma senha forte e fácil de lembrar.

setup-title = Criar a primeira conta
setup-intro = Ainda não existe nenhuma conta. Isto cria a primeira conta da liderança da LACRALO; o link deixa de funcionar assim que ela existir. Em seguida, você configurará um segundo fator para o login.
setup-submit = Criar a conta
join-title = Participe do LACRALO Outreach
join-intro = Você recebeu um convite como { $role }. Escolha seu nome e uma senha.
join-submit = Criar minha conta
invite-gone = Este link de convite já foi usado, expirou ou foi retirado. Peça um novo à liderança da LACRALO.
invite-err-has-account = Este endereço já tem uma conta.
invite-mail-subject = Seu convite para o LACRALO Outreach
account-title = Sua conta
account-profile = Nome e idioma
account-password = Senha
account-change-password = Alterar a senha
account-2fa = Verificação em duas etapas
account-2fa-on = A verificação em duas etapas está ativada.
account-2fa-off = A verificação em duas etapas está desativada. Com ela, uma senha roubada não basta para entrar.
account-2fa-turn-on = Ativar a verificação em duas etapas
account-2fa-turn-off = Desativar a verificação em duas etapas
account-2fa-required = As contas da liderança devem manter a verificação em duas etapas ativada.
account-recovery-left = { $count ->
    [0] Você não tem mais códigos de recuperação: desative e ative novamente a verificação em duas etapas para obter novos.
    [one] Resta um código de recuperação.
   *[other] Restam { $count } códigos de recuperação.
}
account-err-name-required = Digite seu nome.
account-err-name-long = Use no máximo 100 caracteres.
account-err-current-password = Essa não é a sua senha atual.

twofa-required-notice = As contas da liderança precisam da verificação em duas etapas. Configure-a agora para continuar.
twofa-step-app = Instale um aplicativo autenticador no seu celular (por exemplo, FreeOTP, Aegis, Google Authenticator ou Microsoft Authenticator).
twofa-step-scan = Leia este código com o aplicativo.
twofa-qr-alt = Código QR para o aplicativo autenticador
twofa-secret = Se não conseguir ler o código, digite esta chave no aplicativo:
twofa-step-code = Digite o código de 6 dígitos que o aplicativo mostra.
twofa-confirm = Ativar
twofa-done = A verificação em duas etapas está ativada.
twofa-recovery-title = Seus códigos de recuperação
twofa-recovery-text = Cada código permite entrar uma vez sem o seu celular. Guarde-os em um lugar seguro: eles só são mostrados agora.
twofa-continue = Continuar

users-title = Contas
users-2fa = Verificação em duas etapas
users-2fa-on = Ativada
users-last-login = Último login
users-actions = Ações
users-disabled = Desativada
users-enable = Ativar
users-disable = Desativar
users-reset-2fa = Redefinir a verificação em duas etapas

invitations-title = Convites
invitations-created = { $days ->
    [one] Convite criado. Envie este link à pessoa; ele funciona uma vez, durante um dia:
   *[other] Convite criado. Envie este link à pessoa; ele funciona uma vez, durante { $days } dias:
}
invitations-send = Criar o convite
invitations-pending = Aguardando aceitação
invitations-none = Nenhum convite está aguardando.
invitations-expires = Expira em
invitations-expired = expirado
invitations-revoke = Retirar

audit-title = Registro de auditoria
audit-filter = Filtrar o registro de auditoria
audit-entity = O quê
audit-action = Ação
audit-who = Quem
audit-from = De
audit-to = Até
audit-change = Alteração
audit-show = Mostrar
audit-before = Antes
audit-after = Depois
page-previous = Anterior
page-next = Próxima
page-of = Página { $page } de { $pages }
page-nav = Páginas da lista

outbox-title = Caixa de saída
outbox-smtp = As mensagens são enviadas por e-mail; aqui está o que está aguardando e o que saiu recentemente.
outbox-no-smtp = Nenhum servidor de e-mail está configurado: estas mensagens não são enviadas automaticamente. Envie-as manualmente e guarde esta página como registro.
outbox-attempts = { $count ->
    [one] uma tentativa
   *[other] { $count } tentativas
}
password-err-short = Use pelo menos 12 caracteres.
password-err-long = Use no máximo 128 caracteres.
password-err-common = Esta senha é comum demais ou fácil demais de adivinhar. Tente algumas palavras sem relação entre si.
password-err-personal = Não use seu nome nem seu endereço de e-mail na senha.
password-err-confirm = As duas senhas não são iguais.

email-err-empty = Digite um endereço de e-mail.
email-err-no-at = Um endereço de e-mail precisa de um @, como nome@exemplo.org.
email-err-several-at = Um endereço de e-mail tem apenas um @.
email-err-local-empty = Digite a parte antes do @.
email-err-local-too-long = A parte antes do @ é longa demais (no máximo 64 bytes).
email-err-local-dots = A parte antes do @ não pode começar nem terminar com ponto, nem ter dois pontos seguidos.
email-err-local-char = A parte antes do @ tem um caractere não permitido (como um espaço ou uma vírgula).
email-err-domain-empty = Digite o domínio depois do @, como exemplo.org.
email-err-domain-invalid = O domínio depois do @ não é válido; deve ser como exemplo.org ou ñandú.com.ar.
email-err-too-long = Este endereço de e-mail é longo demais.

flash-logged-in = Login realizado.
flash-logged-out = Você saiu da sua conta.
flash-login-again = Faça login novamente.
flash-profile-saved = Salvo.
flash-password-changed = Sua senha foi alterada.
flash-2fa-off = A verificação em duas etapas está desativada.
flash-not-yourself = Você não pode fazer isso com a sua própria conta.
flash-user-changed = A conta foi alterada.
flash-invitation-revoked = O convite foi retirado.
flash-2fa-required = As contas da liderança devem manter a verificação em duas etapas ativada.

# Registro de ALS e cobertura
nav-als = ALS
nav-coverage = Cobertura
nav-review = Fila de revisão
als-title = Estruturas At-Large
als-active-title = ALS ativas da LACRALO
als-new = Nova ALS
als-edit = Editar ALS
als-download = Baixar a lista das ativas (CSV)
als-as-of = Situação em { $date }
als-search = Nome ou sigla
als-count = { $count ->
    [0] Nenhuma ALS
    [one] Uma ALS
   *[other] { $count } ALS
}
als-empty = Nenhuma ALS corresponde a estes filtros.
als-name = Nome
als-acronym = Sigla
als-accredited = Data de credenciamento
als-members = Membros ativos
als-last-engaged = Última participação
als-website = Site
als-never-engaged = Nada registrado ainda
als-change-status = Alterar a situação
als-new-status = Nova situação
als-reason-hint = Obrigatório: fica no histórico da ALS.
als-delete = Excluir esta ALS
als-delete-hint = Só uma ALS sem membros pode ser excluída; as demais devem ser descertificadas.
als-history = Histórico de situações
als-history-empty = A situação não mudou desde que a ALS foi cadastrada.
als-engagements = O que ela fez
als-trip-planned = Viagem CROP prevista (conta como atividade depois de realizada)
als-engagements-empty = Nenhuma participação registrada ainda.
als-status-active = Ativa
als-status-less-active = Menos ativa
als-status-standby = Em espera
als-status-decertified = Descertificada
als-err-name-required = Digite o nome da ALS.
als-err-country-required = Escolha o país ou território.
als-err-duplicate = Já existe uma ALS com este nome neste país.
als-err-reason-required = Diga por que a situação muda; isso fica no histórico.
engagement-webinar-attended = Presença em webinar
engagement-event-participation = Participação em evento
engagement-crop-trip = Viagem CROP
engagement-policy-comment = Comentário sobre políticas
engagement-meeting = Reunião
engagement-local-activity = Atividade local
engagement-add = Registrar uma participação
engagement-kind = O quê
engagement-date = Quando
engagement-description = Detalhes
engagement-err-future = Uma participação só é registrada depois de acontecer: a data está no futuro.
review-title = Fila de revisão
review-months = Meses sem participação
review-intro = ALS ativas e menos ativas sem nada registrado desde { $date }, começando pelas que estão há mais tempo em silêncio.
review-empty = Nenhuma ALS está em silêncio há tanto tempo.
review-select = Selecionar
review-silent-for = Tempo em silêncio
review-days = { $count ->
    [0] menos de um dia
    [one] um dia
   *[other] { $count } dias
}
review-apply = Alterar a situação das ALS selecionadas
review-err-choose = Marque pelo menos uma ALS.
coverage-title = Cobertura da divulgação
coverage-intro = Todos os países e territórios da América Latina e do Caribe, por sub-região da LACRALO: ALS ativas, membros e as ações de divulgação realizadas ali. Os lugares sem ALS ativa são alvos de divulgação.
coverage-targets = { $count ->
    [0] Nenhum lugar sem ALS ativa
    [one] Um lugar sem ALS ativa
   *[other] { $count } lugares sem ALS ativa
}
coverage-no-targets = Todos os lugares têm pelo menos uma ALS ativa.
coverage-outreach-done = { $count ->
    [one] uma ação de divulgação registrada
   *[other] { $count } ações de divulgação registradas
}
coverage-active-als = ALS ativas
coverage-events = Eventos realizados ali
coverage-engagements = Participações
coverage-territory = território
coverage-target = Alvo de divulgação
coverage-summary = { $als ->
    [0] nenhuma ALS ativa
    [one] uma ALS ativa
   *[other] { $als } ALS ativas
}, { $members ->
    [0] nenhum membro
    [one] um membro
   *[other] { $members } membros
}
coverage-legend-none = Nenhuma ALS ativa (alvo de divulgação)
coverage-legend-low = Uma ALS ativa
coverage-legend-good = Duas ou mais ALS ativas
coverage-map-title = Mapa da cobertura da LACRALO
coverage-map-desc = Cada quadrado é um país ou território, posicionado aproximadamente onde fica; sua cor indica quantas ALS ativas ele tem. As tabelas abaixo trazem os mesmos números.
flash-als-created = ALS criada.
flash-als-saved = ALS salva.
flash-als-status-changed = Situação alterada.
flash-als-deleted = ALS excluída.
flash-als-has-members = { $count ->
    [one] Esta ALS tem um membro, então não pode ser excluída: descertifique-a.
   *[other] Esta ALS tem { $count } membros, então não pode ser excluída: descertifique-a.
}
flash-engagement-added = Participação registrada.
flash-review-done = { $count ->
    [0] Nenhuma situação foi alterada.
    [one] Uma ALS mudou de situação.
   *[other] { $count } ALS mudaram de situação.
}

# Membros
nav-members = Membros
members-title = Membros
member-new = Novo membro
member-edit = Editar membro
member-name = Nome
member-als = ALS
member-search = Nome ou e-mail
member-show-inactive = Incluir membros inativos
member-count = { $count ->
    [0] Nenhum membro
    [one] Um membro
   *[other] { $count } membros
}
member-active = Ativo
member-inactive = Inativo
member-individual = Membro individual
member-in-als = Membro de uma ALS
member-no-als = Nenhuma ALS
member-membership = Filiação
member-joined = Data de ingresso
member-account = Conta
member-has-account = Entra com a própria conta
member-no-account = Ainda sem conta
member-err-name-required = Digite o nome do membro.
member-err-individual-with-als = Um membro individual não pertence a nenhuma ALS: escolha “Nenhuma ALS” ou “Membro de uma ALS”.
member-err-als-required = Escolha a ALS do membro ou marque-o como membro individual.
member-err-email-taken = Outro membro já tem este endereço de e-mail.
flash-member-saved = Membro salvo.

# Importações do registro
registry-import-title-als = Importar ALS
registry-import-title-members = Importar membros
registry-import-intro = Envie um arquivo CSV. Cada linha é verificada e mostrada a você primeiro; nada é importado até você confirmar, e então todas as linhas são importadas, ou nenhuma.
registry-import-columns-als = Só “name” e “country” (código ISO ou nome) são obrigatórias; “status” é active, less_active, standby ou decertified (active quando vazia); “accredited_on” é uma data como 2015-06-30.
registry-import-columns-members = “name” e “country” são obrigatórias; “als” é o nome ou a sigla da ALS (vazia para um membro individual); “active” é yes ou no; “email” pode estar em qualquer sistema de escrita.
registry-export = Baixar tudo em CSV
registry-import-err-missing = O arquivo não tem a coluna “{ $column }”. A primeira linha deve nomear as colunas, entre: { $columns }.
registry-import-err-name = o nome é obrigatório
registry-import-err-duplicate-als = já existe uma ALS chamada “{ $value }” neste país (no registro ou antes no arquivo)
registry-import-err-duplicate-email = outro membro já tem o endereço { $value } (no registro ou antes no arquivo)
registry-import-err-no-als = nenhuma ALS se chama “{ $value }”
registry-import-err-ambiguous-als = várias ALS correspondem a “{ $value }”: use o nome completo
flash-imported-rows = { $count ->
    [0] Nenhuma linha importada.
    [one] Uma linha importada.
   *[other] { $count } linhas importadas.
}
engagement-member = Quem
engagement-whole-als = A ALS como um todo
engagement-event = Em qual evento
engagement-no-event = Não vinculado a um evento
member-link-title = Conta
member-link-hint = Vincule o membro à respectiva conta, para que entre com a própria conta (para se candidatar ao CROP, por exemplo).
member-link = Vincular
member-unlink = Desvincular a conta
flash-account-linked = Salvo.
flash-account-not-linkable = Essa conta já está vinculada a outro membro.
nav-menu = Menu
nav-manage = Gerenciar
nav-admin = Administração
nav-enrol-2fa = Ative seu segundo fator
als-err-status-conflict = Alguém alterou esta ALS enquanto você a consultava. A situação atual é mostrada abaixo: verifique-a e decida novamente.

als-conflict-title = Outra pessoa alterou esta ALS
als-conflict-intro = Enquanto você editava, outra pessoa salvou uma versão mais recente de “{ $name }”. Nada foi sobrescrito: veja o que difere entre a versão salva e a sua.
als-conflict-view = Ver a ALS
member-conflict-title = Outra pessoa alterou este membro
member-conflict-intro = Enquanto você editava, outra pessoa salvou uma versão mais recente de “{ $name }”. Nada foi sobrescrito: veja o que difere entre a versão salva e a sua.
member-conflict-view = Ver o membro
