# Les indicateurs d’activité des ALS d’At-Large et les présences aux appels mensuels (issue 16)
roll-call = Présences
roll-call-present = { $count ->
    [one] 1 ALS présente
   *[other] { $count } ALS présentes
}
roll-call-hint = Cochez chaque ALS présente à cet appel. Les indicateurs le comptent comme une réunion de chaque ALS cochée.
roll-call-legend = ALS présentes
flash-roll-call = { $count ->
    [one] Les présences sont enregistrées : 1 ALS présente.
   *[other] Les présences sont enregistrées : { $count } ALS présentes.
}
metrics-title = Indicateurs d’activité d’At-Large
metrics-suggested = Statut suggéré :
metrics-suggested-col = Suggéré par les indicateurs
metrics-differs = (ce n’est pas le statut actuel : la direction décide)
metrics-participation = Participation
metrics-participation-evidence = { $meetings ->
    [one] { $meetings } appel
   *[other] { $meetings } appels
} en { $months } mois ; { $contributions ->
    [one] { $contributions } commentaire sur les politiques
   *[other] { $contributions } commentaires sur les politiques
} en { $cmonths } mois
metrics-voting = Vote
metrics-voting-evidence = { $polls ->
    [0] aucun scrutin tenu pendant qu’elle avait une voix
    [one] a voté à { $votes } du dernier scrutin
   *[other] a voté à { $votes } des { $polls } derniers scrutins
}
metrics-local = Activité locale
metrics-local-evidence = { $reports ->
    [one] { $reports } rapport d’activité locale
   *[other] { $reports } rapports d’activité locale
} en { $months } mois
metrics-rules = Les trois critères remplis : Active ; un ou deux : Moins active ; aucun : En veille. La direction fixe les seuils (ceux, provisoires, du document d’indicateurs de LACRALO tant qu’ils ne sont pas modifiés). Les ALS en veille perdent leur vote et ne comptent pas pour le quorum.
quorum-title = Quorum des réunions de LACRALO
quorum-lead = Les ALS qui votent le { $date }, par sous-région et au total, et le quorum qu’elles forment.
quorum-as-of = À la date du
quorum-overall = Tout LACRALO
quorum-voting = ALS qui votent
quorum-standby = En veille (sans vote)
quorum-quorum = Quorum (50 % + 1)
quorum-rules = Chaque ALS est comptée avec son statut de ce jour-là, d’après son historique. Les ALS actives et moins actives votent ; les ALS en veille perdent leur vote et ne comptent pas pour le quorum. La même majorité vaut pour l’Assemblée générale et pour les réunions virtuelles.
metrics-settings-title = Indicateurs des ALS : seuils et scrutins
metrics-settings-lead = Les seuils avec lesquels les statuts suggérés sont calculés, et les scrutins dont ils comptent les votes. L’appel se fait sur la page de chaque réunion ; les rapports d’activité locale s’enregistrent sur la page de chaque ALS.
metrics-thresholds = Seuils
metrics-thresholds-draft = Ce sont les seuils provisoires du document d’indicateurs de LACRALO : 2 appels en 3 mois ou 3 commentaires sur les politiques en 6 mois ; un vote à 2 des 4 derniers scrutins ; 2 rapports d’activité locale en 6 mois.
metrics-meetings = Appels avec présence
metrics-within-months = en (mois)
metrics-or = ou
metrics-contributions = Commentaires sur les politiques
metrics-votes = Votes
metrics-last-polls = aux derniers (scrutins)
metrics-local-reports = Rapports d’activité locale
metrics-err-number = Saisissez un nombre entier de { $min } à { $max }.
metrics-err-votes-over-polls = Les votes demandés ne peuvent dépasser les scrutins comptés.
metrics-err-stale = Quelqu’un a enregistré les seuils depuis que vous avez ouvert cette page. Ce que vous avez saisi est conservé ; enregistrez à nouveau pour remplacer les siens.
metrics-polls = Scrutins
metrics-polls-hint = Chaque scrutin de LACRALO, avec les ALS qui y ont voté. Le critère de vote compte les derniers scrutins tenus.
metrics-polls-none = Aucun scrutin enregistré : tant qu’il n’y en a pas, le critère de vote est considéré comme rempli.
metrics-poll-new = Enregistrer un scrutin
metrics-poll-title = Objet du vote
metrics-poll-title-hint = Par exemple « Élection de la présidence de LACRALO 2027 ».
metrics-poll-day = Jour du vote
metrics-poll-voted = ALS ayant voté
metrics-poll-voters = { $count ->
    [0] aucune ALS n’a voté
    [one] 1 ALS a voté
   *[other] { $count } ALS ont voté
}
metrics-err-poll-future = Un scrutin s’enregistre une fois tenu : ce jour n’est pas encore arrivé.
metrics-err-poll-stale = Quelqu’un a enregistré ce scrutin depuis que vous avez ouvert la page. Vos cases sont conservées ; enregistrez à nouveau pour remplacer les siennes.
flash-thresholds-saved = Seuils enregistrés ; les statuts suggérés les utilisent désormais.
flash-poll-saved = { $count ->
    [one] Scrutin enregistré : 1 ALS a voté.
   *[other] Scrutin enregistré : { $count } ALS ont voté.
}
metrics-settings-link = Seuils et scrutins
roll-call-stale = Quelqu’un a enregistré cet appel depuis que vous avez ouvert la page. Vos cases sont conservées ci-dessous ; enregistrez à nouveau pour remplacer les siennes.
metrics-err-poll-no-voters = Cochez les ALS qui ont voté : un scrutin où aucune ALS n’a voté ne s’enregistre pas.
metrics-poll-delete = Supprimer ce scrutin
metrics-poll-delete-hint = Pour un scrutin enregistré par erreur : il cesse de compter pour toutes les ALS.
flash-poll-deleted = Scrutin supprimé.
metrics-hint-count = De 1 à 50.
metrics-hint-months = De 1 à 24 mois.
metrics-hint-votes = De 1 à 20, pas plus que les scrutins.
metrics-hint-polls = De 1 à 20.
