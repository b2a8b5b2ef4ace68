# CROP : le comité de sélection (évaluateurs, notes, premier et second choix).

crop-committee-title = Comité de sélection
crop-committee-heading = Comité
crop-committee-lead = Lorsque la direction le souhaite, un comité examine les candidatures, comme le comité de trois membres de NARALO : chaque évaluateur note chaque candidature selon quatre critères et désigne un premier et un second choix. Un évaluateur qui est le candidat, ou de l'ALS du candidat, se récuse automatiquement pour cette candidature.
crop-committee-link = { $count ->
    [one] Comité de sélection : { $count } évaluateur
   *[other] Comité de sélection : { $count } évaluateurs
}
crop-committee-set-up = Constituer un comité de sélection
crop-committee-score-link = Noter les candidatures
crop-committee-reviewers = Évaluateurs
crop-committee-reviewer = Évaluateur
crop-committee-none = Aucun évaluateur pour l'instant.
crop-committee-progress = Avancement
crop-committee-progress-text = { $scored } candidatures notées sur { $count }
crop-committee-recused = Récusé pour
crop-committee-remove = Retirer
crop-committee-ranked = choix faits
crop-committee-not-ranked = pas encore de choix
crop-committee-applications = { $count ->
    [0] Aucune candidature à examiner pour l'instant.
    [one] { $count } candidature à examiner.
   *[other] { $count } candidatures à examiner.
}
crop-committee-assign = Ajouter un évaluateur
crop-committee-email = Adresse électronique de l'évaluateur
crop-committee-email-hint = L'adresse d'un compte existant, de n'importe quel rôle : en général la direction ou des membres.
crop-committee-assign-button = Ajouter au comité

crop-committee-scores-title = Notation
crop-committee-scores-lead = Notez chaque candidature de 0 à 5 pour chaque critère, puis désignez votre premier et votre second choix. Les notes des autres évaluateurs s'affichent une fois les vôtres données pour chaque candidature dont vous n'êtes pas récusé.
crop-committee-others-hidden = les notes des autres évaluateurs s'affichent une fois les vôtres données pour chaque candidature
crop-committee-recused-badge = Récusé
crop-committee-scored-badge = Notée
crop-committee-recused-text = Vous êtes récusé pour cette candidature : c'est la vôtre, ou celle de votre ALS. Vous ne la notez pas et ne la classez pas.
crop-committee-score-hint = Chaque critère : un nombre entier de 0 (rien) à 5 (excellent).
crop-committee-score-save = Enregistrer les notes
crop-committee-score-change = Modifier les notes
crop-committee-others = Notes des autres évaluateurs
crop-committee-others-none = Aucun autre évaluateur ne l'a encore notée.
crop-committee-total = Total
crop-committee-totals = { $sum } points de { $scored ->
    [one] { $scored } évaluateur
   *[other] { $scored } évaluateurs
} · premier choix de { $first } · second choix de { $second }
crop-committee-criterion-outreach-plan = Plan de sensibilisation
crop-committee-criterion-subregion = Sous-région
crop-committee-criterion-reports = Rapports précédents remis à temps
crop-committee-criterion-engagement = Historique de participation
crop-committee-ranking = Votre premier et votre second choix
crop-committee-ranking-hint = Parmi les candidatures dont vous n'êtes pas récusé ; le second choix peut rester vide s'il n'y en a qu'une.
crop-committee-first = Premier choix
crop-committee-second = Second choix
crop-committee-choose = Choisissez une candidature
crop-committee-no-second = Pas de second choix
crop-committee-rank-save = Enregistrer les choix

crop-committee-err-score-missing = Donnez une note à ce critère.
crop-committee-err-score-whole = Une note est un nombre entier, par exemple 3.
crop-committee-err-score-range = Une note est un nombre entier de 0 à 5.
crop-committee-err-scores = Certaines notes ont été refusées ; rien n'a été enregistré. Corrigez-les ci-dessous.
crop-committee-err-no-first = Choisissez votre premier choix.
crop-committee-err-same-twice = Le premier et le second choix doivent être deux candidatures différentes.
crop-committee-err-not-rankable = Choisissez parmi les candidatures de cette opportunité.
crop-committee-err-already = Ce compte fait déjà partie du comité.
crop-committee-err-no-account = Aucun compte n'a cette adresse. L'évaluateur doit d'abord avoir un compte.
crop-committee-err-disabled = Ce compte est désactivé ; il ne peut pas évaluer.
crop-committee-err-not-reviewer = Seuls les évaluateurs du comité de sélection de cette opportunité notent ses candidatures.
crop-committee-err-recused = Vous êtes récusé pour cette candidature (c'est la vôtre, ou celle de votre ALS) : vous ne pouvez pas la noter.
crop-committee-err-recused-rank = Vous êtes récusé pour cette candidature (c'est la vôtre, ou celle de votre ALS) : vous ne pouvez pas la classer.
crop-committee-err-stale = Vous avez enregistré ceci entre-temps, dans une autre fenêtre ; rien n'a été enregistré maintenant. Ce que vous avez saisi est conservé : enregistrez à nouveau pour remplacer ce qui est stocké.

flash-crop-committee-assigned = L'évaluateur fait partie du comité.
flash-crop-committee-removed = L'évaluateur ne fait plus partie du comité.
flash-crop-committee-scored = Vos notes sont enregistrées.
flash-crop-committee-ranked = Vos choix sont enregistrés.
