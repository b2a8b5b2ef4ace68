# Le plan en un coup d’œil.

home-fig-undated = { $count ->
    [one] événement de l’année sans jour confirmé
   *[other] événements de l’année sans jour confirmé
}
home-fig-review = { $count ->
    [one] événement signalé pour vérification
   *[other] événements signalés pour vérification
}
home-fig-active-als = { $count ->
    [one] ALS active
   *[other] ALS actives
}
home-fig-members = { $count ->
    [one] membre actif
   *[other] membres actifs
}
home-fig-silent = { $count ->
    [one] ALS dans la file d’examen
   *[other] ALS dans la file d’examen
}
home-fig-places = { $count ->
    [one] lieu sans ALS active
   *[other] lieux sans ALS active
}
home-fig-crop = voyages CROP approuvés pour l’exercice fiscal { $year }
home-fig-overdue = { $count ->
    [one] rapport de voyage en retard
   *[other] rapports de voyage en retard
}
home-fig-crop-open = { $count ->
    [one] opportunité CROP ouverte
   *[other] opportunités CROP ouvertes
}
home-events-heading = Événements par mois
home-chart-events = Événements de { $year } par mois et par pertinence
home-chart-events-summary = Événements de { $year } dont le mois est connu : { $count }, empilés selon les catégories de pertinence du plan.
home-see-events = Tous les événements de l’année
home-webinars-heading = Les webinaires face à leurs objectifs
home-coverage-heading = Couverture
home-chart-coverage = Lieux avec et sans ALS active, par sous-région
home-chart-coverage-summary = { $count ->
    [one] { $count } lieu de la région est sans ALS active.
   *[other] { $count } lieux de la région sont sans ALS active.
}
home-with-als = avec une ALS active
home-without-als = sans ALS active
home-places-heading = Lieux sans ALS active, et les actions de sensibilisation qui y ont été menées
home-place-events = { $count ->
    [0] aucun événement
    [one] 1 événement
   *[other] { $count } événements
}
home-place-engagements = { $count ->
    [0] aucune participation
    [one] 1 participation
   *[other] { $count } participations
}
home-dnssec-heading = Programme de formation DNSSEC
home-see-dnssec = Le programme
home-chart-numbers = Les chiffres
for-you-heading = Pour vous
for-you-nothing = Rien ne vous attend pour l’instant.
for-you-crop = Opportunités CROP auxquelles vous pouvez postuler
for-you-deadline = Date limite : { $deadline }
for-you-applications = Vos candidatures CROP
for-you-reports = Rapports de voyage à rendre
for-you-webinars = Webinaires que vous suivez
