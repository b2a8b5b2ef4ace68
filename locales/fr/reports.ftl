# Le rapport annuel (issue 16)
reports-title = Rapports annuels
reports-lead = Le rapport que la direction envoie chaque année à l’ALAC et à l’équipe GSE de l’ICANN pour la région LAC : ce qu’a fait la sensibilisation et ce qui l’a suivie. Imprimez-le, ou enregistrez-le en PDF, depuis le navigateur ; le CSV donne chaque chiffre avec sa définition.
report-title = Rapport de sensibilisation et d’engagement de LACRALO { $year }
report-csv = Tous les chiffres (CSV)
report-org = LACRALO · Organisation régionale At-Large de l’Amérique latine et des îles des Caraïbes de l’ICANN
report-audience = Au Comité consultatif At-Large (ALAC) et à l’équipe de l’ICANN chargée de l’engagement mondial des parties prenantes en Amérique latine et dans les Caraïbes.
report-as-of = Chiffres au { $date }
report-generated = généré le { $date }
report-contents = Sommaire
report-print-hint = Pour obtenir un PDF, imprimez cette page et choisissez « Enregistrer au format PDF ».
report-events = Événements réalisés par rapport aux prévisions
report-events-text = Les événements de l’année (hors webinaires), selon leur lien avec LACRALO : combien ont été réalisés, combien sont encore à venir ou n’ont pas été enregistrés comme réalisés, et combien ont été annulés.
report-events-chart = Événements de l’année par pertinence
report-webinars = Webinaires par rapport à leurs objectifs
report-webinars-text = Les webinaires réalisés et encore prévus de chaque programme, par rapport à l’objectif de l’année, avec la participation à ceux qui ont été réalisés.
report-webinars-chart = Webinaires par programme
report-dnssec = Le programme de formation DNSSEC
report-dnssec-text = Organisations ayant atteint chaque étape pendant l’année : contactées (ou au-delà), formées (ou signant leurs zones), signant leurs zones.
report-dnssec-chart = Programme DNSSEC : organisations atteignant chaque étape
report-crop = Voyages CROP et leurs évaluations
report-crop-text = { $count ->
    [0] Aucun voyage CROP n’a été approuvé pour un événement de l’année.
    [one] Un voyage CROP a été approuvé pour un événement de l’année.
   *[other] { $count } voyages CROP ont été approuvés pour des événements de l’année.
}
report-crop-assessed = { $count ->
    [0] Aucune évaluation n’a encore été remise.
    [one] Une évaluation a été remise.
   *[other] { $count } évaluations ont été remises.
}
report-event = Événement
report-day = Jour
report-traveller = Voyageur
report-assessment = Évaluation remise
report-assessment-missing = Pas encore remise
report-funds = Fonds discrétionnaires et leurs résultats
report-funds-text = { $count ->
    [0] Aucune initiative financée par les fonds discrétionnaires de la RALO n’a été réalisée dans l’année.
    [one] Une initiative financée par les fonds discrétionnaires de la RALO a été réalisée dans l’année.
   *[other] { $count } initiatives financées par les fonds discrétionnaires de la RALO ont été réalisées dans l’année.
}
report-funds-amount = Approuvé : { $amount }.
report-funds-people = { $count ->
    [0] Aucune personne touchée n’a encore été signalée.
    [one] Une personne touchée, d’après les rapports.
   *[other] { $count } personnes touchées, d’après les rapports.
}
report-initiative = Initiative
report-amount = Approuvé
report-people = Personnes touchées
report-achieved = Ce qui a été accompli
report-als = Évolution des ALS et croissance du nombre de membres
report-members-joined = { $count ->
    [0] Aucun membre n’a adhéré dans l’année.
    [one] Un membre a adhéré dans l’année.
   *[other] { $count } membres ont adhéré dans l’année.
}
report-members-at-end = { $count ->
    [one] { $count } membre dans le registre à la fin de l’année.
   *[other] { $count } membres dans le registre à la fin de l’année.
}
report-als-chart = Candidatures d’ALS, accréditations et changements de statut
report-targets = Les 12 lieux du plan sans ALS
report-targets-outreach = { $count ->
    [0] Aucun des 12 lieux n’a fait l’objet d’actions de sensibilisation dans l’année.
    [one] 1 des 12 lieux a fait l’objet d’actions de sensibilisation dans l’année.
   *[other] { $count } des 12 lieux ont fait l’objet d’actions de sensibilisation dans l’année.
}
report-targets-als = { $count ->
    [0] Aucun n’a d’ALS qui vote à la fin de l’année.
    [one] 1 a une ALS qui vote à la fin de l’année.
   *[other] { $count } ont une ALS qui vote à la fin de l’année.
}
report-target-actions = Actions de sensibilisation dans l’année
report-target-alss = ALS qui votent à la fin de l’année
report-quorum = Quorum
report-quorum-text = Le quorum de l’Assemblée générale et des réunions virtuelles, le { $date }.
report-held = Réalisés
report-not-held = Non réalisés (pour l’instant)
report-cancelled = Annulés
report-planned = Prévus
report-short-of-target = Manquants par rapport à l’objectif
report-organisations = Organisations
report-alss = ALS
report-events-summary = Barres par classe de pertinence : événements réalisés, non réalisés, annulés.
report-webinars-summary = Barres par programme : webinaires réalisés, prévus, et manquants par rapport à l’objectif de l’année.
report-dnssec-summary = Barres pour les organisations ayant atteint dans l’année les étapes contactée, formée et signature des zones.
report-als-summary = Barres pour les candidatures d’ALS, accréditations et changements de statut de l’année.
report-als-applications = Candidatures reçues
report-als-accredited = Accréditées
report-als-to-active = Retour à Active
report-als-to-less-active = Passage à Moins active
report-als-to-standby = Passage à En veille
report-als-decertified = Décertifiées
report-def-events-listed = Événements de l’année ayant cette pertinence dans le calendrier (hors webinaires), quel que soit leur statut.
report-def-events-held = Parmi eux, ceux marqués comme réalisés, ou dont le jour est passé sans qu’ils aient été annulés.
report-def-events-cancelled = Parmi eux, ceux qui ont été annulés.
report-def-webinars-target = L’objectif de l’année pour le programme (fixé par la direction, ou celui du plan par défaut) ; vide s’il n’y en a pas.
report-def-webinars-held = Les webinaires du programme dans l’année marqués comme réalisés.
report-def-webinars-planned = Les webinaires du programme dans l’année prévus ou confirmés.
report-def-webinars-attendance = Personnes présentes aux webinaires réalisés : le nombre enregistré, ou les participants nommés s’ils sont plus nombreux.
report-def-dnssec-contacted = Organisations dont l’étape est passée dans l’année à contactée ou à une étape ultérieure.
report-def-dnssec-trained = Organisations dont l’étape est passée dans l’année à formée ou à signature des zones.
report-def-dnssec-signing = Organisations dont l’étape est passée dans l’année à signature des zones.
report-def-crop-trips = Candidatures CROP approuvées pour un événement de l’année.
report-def-crop-assessments = Parmi ces voyages, ceux dont l’évaluation a été remise.
report-def-funds-initiatives = Initiatives réalisées dans l’année dont le financement a été approuvé (approuvées, rapport remis ou clôturées).
report-def-funds-approved = La somme des budgets approuvés de ces initiatives, dans cette devise.
report-def-funds-people = Les personnes touchées par ces initiatives, d’après leurs rapports.
report-def-als-applications = Candidatures d’ALS reçues dans l’année.
report-def-als-accredited = ALS accréditées dans l’année (selon leur date d’accréditation).
report-def-als-refused = Candidatures pour lesquelles l’ALAC a voté contre l’accréditation dans l’année.
report-def-als-to-status = Changements de statut d’ALS vers ce statut dans l’année.
report-def-als-decertified = ALS décertifiées dans l’année.
report-def-members-joined = Membres dont la date d’adhésion tombe dans l’année.
report-def-members-at-end = Membres dans le registre à la fin de l’année (ayant adhéré avant cette date, ou ajoutés avant cette date quand la date d’adhésion est inconnue).
report-def-targets-outreach = Parmi les 12 lieux du plan sans ALS, ceux qui ont eu au moins une action de sensibilisation dans l’année (comptée comme dans /results).
report-def-targets-als = Parmi les 12 lieux du plan, ceux qui ont une ALS Active ou Moins active à la fin de l’année.
report-def-quorum-voting = ALS qui votent (Active ou Moins active) à la fin de l’année (ou aujourd’hui).
report-def-quorum-standby = ALS alors En veille, qui ne votent pas.
report-def-quorum = Le quorum : la moitié des ALS qui votent, plus une.
nav-reports = Rapports
report-members-at-start = { $count ->
    [one] { $count } membre au registre au début de l’année.
   *[other] { $count } membres au registre au début de l’année.
}
report-def-members-at-start = Membres au registre au début de l’année (ayant adhéré avant, ou ajoutés avant quand la date n’est pas connue).
report-programme = Programme
report-target = Objectif
report-attendance = Participation
