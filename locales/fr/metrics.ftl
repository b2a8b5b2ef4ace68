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
metrics-participation-evidence = { $meetings } appels en { $months } mois ; { $contributions } commentaires sur les politiques en { $cmonths } mois
metrics-voting = Vote
metrics-voting-evidence = a voté à { $votes } des { $polls } derniers scrutins
metrics-local = Activité locale
metrics-local-evidence = { $reports } rapports d’activité locale en { $months } mois
metrics-rules = Les seuils provisoires du document d’indicateurs de LACRALO : 2 appels en 3 mois ou 3 commentaires sur les politiques en 6 mois ; un vote à 2 des 4 derniers scrutins ; 2 rapports d’activité locale en 6 mois. Les trois remplis : Active ; un ou deux : Moins active ; aucun : En veille. Les ALS en veille perdent leur vote et ne comptent pas pour le quorum.
quorum-title = Quorum des réunions de LACRALO
quorum-lead = Les ALS qui votent le { $date }, par sous-région et au total, et le quorum qu’elles forment.
quorum-as-of = À la date du
quorum-overall = Tout LACRALO
quorum-voting = ALS qui votent
quorum-standby = En veille (sans vote)
quorum-quorum = Quorum (50 % + 1)
quorum-rules = Chaque ALS est comptée avec son statut de ce jour-là, d’après son historique. Les ALS actives et moins actives votent ; les ALS en veille perdent leur vote et ne comptent pas pour le quorum. La même majorité vaut pour l’Assemblée générale et pour les réunions virtuelles.
