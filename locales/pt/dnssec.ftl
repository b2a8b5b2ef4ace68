# O programa de capacitação em DNSSEC (src/dnssec, templates/dnssec).

dnssec-title = Programa de capacitação em DNSSEC
dnssec-intro = Provedores de serviços de Internet e operadores de rede que as ALS contatam para oferecer a capacitação em DNSSEC, acompanhados e capacitados pela equipe de GSE para a região LAC, e as zonas que eles assinam.
dnssec-new = Adicionar uma organização
dnssec-edit = Editar a organização
dnssec-summary-link = Resumo em números
dnssec-views = Visualizações do programa
dnssec-view-table = Tabela
dnssec-view-board = Quadro
dnssec-filter-label = Filtrar o programa
dnssec-search = Pesquisar organizações
dnssec-count = { $count ->
    [0] Nenhuma organização
    [one] Uma organização
   *[other] { $count } organizações
}
dnssec-empty = Nenhuma organização corresponde a estes filtros.
dnssec-column-empty = Nenhuma nesta etapa.
dnssec-move-to = Passar para “{ $stage }”
dnssec-needs = Falta primeiro: { $what }.
dnssec-none-yet = Ainda não definido

# Etapas, na ordem do programa.
dnssec-stage-identified = Identificada
dnssec-stage-contacted = Contatada por uma ALS
dnssec-stage-gse-follow-up = Acompanhamento de GSE
dnssec-stage-training-scheduled = Capacitação agendada
dnssec-stage-trained = Capacitada
dnssec-stage-signing = Assinando zonas

dnssec-kind-isp = Provedor de serviços de Internet
dnssec-kind-network-operator = Operador de rede
dnssec-kind-other = Outra organização

dnssec-field-organisation = Organização
dnssec-kind = Tipo de organização
dnssec-field-contact-name = Pessoa de contato
dnssec-field-contact-email = Endereço de e-mail da pessoa de contato
dnssec-field-als = ALS que fez o contato
dnssec-field-contacted-on = Data do contato
dnssec-field-owner = Responsável de GSE pelo acompanhamento
dnssec-stage = Etapa
dnssec-field-event = Evento de capacitação
dnssec-field-signed-zones = Zonas assinadas informadas

dnssec-legend-organisation = A organização
dnssec-legend-pipeline = Em que etapa está
dnssec-hint-contact-email = Opcional. Nunca é mostrado aos visitantes.
dnssec-hint-rules = A partir de “Contatada por uma ALS”, indique qual ALS fez o contato e quando; a partir de “Acompanhamento de GSE”, quem da equipe de GSE faz o acompanhamento; a partir de “Capacitação agendada”, o evento de capacitação; em “Assinando zonas”, pelo menos uma zona assinada.
dnssec-hint-signed-zones = Um número inteiro, 0 ou mais.
dnssec-hint-reason-edit = Armazenada agora em “{ $stage }”. Obrigatório quando você a faz voltar a uma etapa anterior: fica no histórico de etapas.

dnssec-added = Adicionada em
dnssec-updated = Última alteração
dnssec-change-stage = Alterar a etapa
dnssec-new-stage = Nova etapa
dnssec-next-needs = Para passá-la para “{ $stage }”, adicione primeiro:
dnssec-reason-hint = Obrigatório quando a organização volta a uma etapa anterior; opcional ao avançar.
dnssec-history = Histórico de etapas
dnssec-history-empty = Nenhuma mudança de etapa registrada ainda.
dnssec-history-added = Adicionada

dnssec-err-organisation-required = Digite o nome da organização.
dnssec-err-duplicate = Esta organização já está no programa para este país.
dnssec-err-als-unknown = Escolha uma ALS da lista.
dnssec-err-owner-unknown = Escolha da lista um responsável de GSE pelo acompanhamento.
dnssec-err-event-unknown = Escolha um evento de capacitação da lista.
dnssec-err-contacted-on-future = A data do contato não pode estar no futuro.
dnssec-err-zones-negative = O número de zonas assinadas não pode ser negativo.
dnssec-err-zones-number = Digite o número de zonas assinadas como um número inteiro, por exemplo 3.
dnssec-err-zones-too-many = Digite no máximo { $max } zonas assinadas.
dnssec-err-reason-required = Diga por que a organização volta a uma etapa anterior; isso fica no histórico de etapas.
dnssec-err-als-required = Escolha a ALS que fez o contato: isso é necessário a partir de “Contatada por uma ALS”.
dnssec-err-contacted-on-required = Digite o dia em que a ALS fez o contato: isso é necessário a partir de “Contatada por uma ALS”.
dnssec-err-owner-required = Escolha quem da equipe de GSE faz o acompanhamento: isso é necessário a partir de “Acompanhamento de GSE”.
dnssec-err-event-required = Escolha o evento de capacitação: isso é necessário a partir de “Capacitação agendada”.
dnssec-err-zones-required = Uma organização em “Assinando zonas” tem pelo menos uma zona assinada.
dnssec-err-stage-conflict = Alguém alterou esta organização enquanto você a consultava. Nada foi alterado: verifique a página como está agora e escolha novamente.

dnssec-conflict-title = Outra pessoa alterou esta organização
dnssec-conflict-intro = Enquanto você editava, outra pessoa salvou uma versão mais recente de “{ $organisation }”. Nada foi sobrescrito: veja o que difere entre a versão dela e a sua.
dnssec-conflict-view = Ver a organização

dnssec-summary-title = A capacitação em DNSSEC em números
dnssec-summary-intro = Como está o programa de capacitação em DNSSEC da LACRALO e da equipe de GSE para a região LAC, por sub-região da LACRALO e por país. O objetivo: mais zonas assinadas com DNSSEC na região LAC.
dnssec-summary-by-subregion = Por sub-região
dnssec-summary-by-country = Por país ou território
dnssec-summary-total = Todas as sub-regiões
dnssec-summary-empty = Nenhuma organização está no programa ainda.
dnssec-col-subregion = Sub-região
dnssec-col-organisations = Organizações
dnssec-col-contacted = Contatadas
dnssec-col-contacted-hint = Organizações que uma ALS contatou, qualquer que seja a etapa em que estejam desde então.
dnssec-col-trained = Capacitadas
dnssec-col-trained-hint = Organizações que fizeram a capacitação, incluindo as que já assinam zonas.
dnssec-col-signing = Assinando
dnssec-col-signing-hint = Organizações que assinam zonas com DNSSEC.
dnssec-col-signed-zones = Zonas assinadas
dnssec-col-signed-zones-hint = As zonas assinadas com DNSSEC que as organizações informam.

flash-dnssec-created = Organização adicionada ao programa.
flash-dnssec-saved = Organização salva.
flash-dnssec-stage-changed = Etapa alterada.
flash-dnssec-stage-unchanged = A organização já está nessa etapa: nada foi alterado.
