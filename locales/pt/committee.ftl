# CROP: o comitê de seleção (avaliadores, notas, primeira e segunda escolha).

crop-committee-title = Comitê de seleção
crop-committee-heading = Comitê
crop-committee-lead = Quando a liderança deseja, um comitê analisa as candidaturas, como faz o comitê de três membros da NARALO: cada avaliador dá notas a cada candidatura em quatro critérios e indica uma primeira e uma segunda escolha. Um avaliador que é o candidato, ou da ALS do candidato, fica impedido dessa candidatura automaticamente.
crop-committee-link = { $count ->
    [one] Comitê de seleção: 1 avaliador
   *[other] Comitê de seleção: { $count } avaliadores
}
crop-committee-set-up = Formar um comitê de seleção
crop-committee-score-link = Avaliar as candidaturas
crop-committee-reviewers = Avaliadores
crop-committee-reviewer = Avaliador
crop-committee-none = Ainda não há avaliadores.
crop-committee-progress = Andamento
crop-committee-progress-text = { $scored } de { $count } candidaturas avaliadas
crop-committee-recused = Impedido de
crop-committee-remove = Remover
crop-committee-ranked = escolhas feitas
crop-committee-not-ranked = ainda sem escolhas
crop-committee-applications = { $count ->
    [0] Ainda não há candidaturas para analisar.
    [one] 1 candidatura para analisar.
   *[other] { $count } candidaturas para analisar.
}
crop-committee-assign = Adicionar um avaliador
crop-committee-email = E-mail do avaliador
crop-committee-email-hint = O endereço de uma conta existente, de qualquer função: geralmente liderança ou membros.
crop-committee-assign-button = Adicionar ao comitê

crop-committee-scores-title = Avaliação
crop-committee-scores-lead = Dê a cada candidatura uma nota de 0 a 5 em cada critério e depois indique sua primeira e segunda escolha. As notas dos outros avaliadores aparecem quando as suas estiverem dadas para todas as candidaturas das quais você não está impedido.
crop-committee-others-hidden = as notas dos outros avaliadores aparecem quando as suas estiverem dadas para todas as candidaturas
crop-committee-recused-badge = Impedido
crop-committee-scored-badge = Avaliada
crop-committee-recused-text = Você está impedido desta candidatura: ela é sua, ou da sua ALS. Você não a avalia nem a classifica.
crop-committee-score-hint = Cada critério: um número inteiro de 0 (nada) a 5 (excelente).
crop-committee-score-save = Salvar notas
crop-committee-score-change = Alterar notas
crop-committee-others = Notas dos outros avaliadores
crop-committee-others-none = Nenhum outro avaliador a avaliou ainda.
crop-committee-total = Total
crop-committee-totals = { $sum } pontos de { $scored ->
    [one] 1 avaliador
   *[other] { $scored } avaliadores
} · primeira escolha de { $first } · segunda escolha de { $second }
crop-committee-criterion-outreach-plan = Plano de divulgação
crop-committee-criterion-subregion = Sub-região
crop-committee-criterion-reports = Relatórios anteriores entregues no prazo
crop-committee-criterion-engagement = Histórico de participação
crop-committee-ranking = Sua primeira e segunda escolha
crop-committee-ranking-hint = Entre as candidaturas das quais você não está impedido; a segunda escolha pode ficar vazia quando houver apenas uma.
crop-committee-first = Primeira escolha
crop-committee-second = Segunda escolha
crop-committee-choose = Escolha uma candidatura
crop-committee-no-second = Sem segunda escolha
crop-committee-rank-save = Salvar escolhas

crop-committee-err-score-missing = Dê uma nota a este critério.
crop-committee-err-score-whole = Uma nota é um número inteiro, como 3.
crop-committee-err-score-range = Uma nota é um número inteiro de 0 a 5.
crop-committee-err-scores = Algumas notas foram recusadas; nada foi salvo. Corrija-as abaixo.
crop-committee-err-no-first = Indique sua primeira escolha.
crop-committee-err-same-twice = A primeira e a segunda escolha devem ser duas candidaturas diferentes.
crop-committee-err-not-rankable = Escolha entre as candidaturas desta oportunidade.
crop-committee-err-already = Esta conta já está no comitê.
crop-committee-err-no-account = Nenhuma conta tem este endereço. O avaliador precisa primeiro de uma conta.
crop-committee-err-disabled = Esta conta está desativada; não pode avaliar.
crop-committee-err-not-reviewer = Só os avaliadores do comitê de seleção desta oportunidade avaliam suas candidaturas.
crop-committee-err-recused = Você está impedido desta candidatura (é sua, ou da sua ALS): não pode avaliá-la.
crop-committee-err-recused-rank = Você está impedido dessa candidatura (é sua, ou da sua ALS): não pode classificá-la.
crop-committee-err-stale = Você salvou isto enquanto isso, em outra janela; nada foi salvo agora. O que você digitou foi mantido: salve de novo para substituir o que está armazenado.

flash-crop-committee-assigned = O avaliador está no comitê.
flash-crop-committee-removed = O avaliador saiu do comitê.
flash-crop-committee-scored = Suas notas foram salvas.
flash-crop-committee-ranked = Suas escolhas foram salvas.
