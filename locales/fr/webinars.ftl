# Webinaires, programmes et thèmes.

nav-webinars = Webinaires
nav-dnssec = DNSSEC
nav-programmes = Programmes

err-time-in-gap = L’heure { $time } n’existe pas dans le fuseau { $zone } ce jour-là : les horloges la sautent au passage à l’heure d’été. Choisissez une autre heure.
err-webinar-topic-programme = Ce thème appartient à un autre programme. Choisissez l’un des thèmes de ce programme, ou aucun.
err-webinar-interpretation-languages = L’interprétation nécessite au moins deux langues proposées.
err-webinar-start-for-end = Indiquez l’heure de début en plus de l’heure de fin.
err-webinar-too-long = Un webinaire dure au plus 24 heures.
err-webinar-end-before-start = La fin doit être postérieure au début, le même jour.
err-attendance-negative = Le nombre de participants ne peut pas être négatif.
err-attendance-number = Saisissez le nombre de personnes sous forme de nombre entier.
err-attendance-too-many = Ajoutez au maximum { $max } personnes à la fois.
err-attendance-unknown = « { $line } » : aucun membre n’a cette adresse ou ce nom.
err-attendance-ambiguous = « { $line } » : plusieurs membres portent ce nom ; utilisez leur adresse e-mail.
err-attendance-below-named = Le total ne peut pas être inférieur au nombre de membres nommés ({ $named }).
err-target-negative = Un objectif ne peut pas être négatif.
err-target-number = Saisissez un nombre entier de 0 à { $max }, ou laissez le champ vide.
err-topic-name-required = Saisissez le thème.
err-topic-duplicate = Ce programme a déjà ce thème.

flash-webinar-created = Le webinaire est programmé.
flash-webinar-saved = Le webinaire est enregistré.
flash-attendance-saved = Les présences sont enregistrées, ainsi que la participation des membres.
flash-targets-saved = Les objectifs sont enregistrés.
flash-topic-added = Le thème est ajouté.

programme-capacity-building = Renforcement des capacités (webinaires de LACRALO)
programme-ua-series = Série sur l’acceptation universelle
programme-icann101 = ICANN101 pour les étudiants
programme-dnssec = Formation DNSSEC
programme-other = Autre

webinar-language-en = anglais
webinar-language-es = espagnol
webinar-language-pt = portugais
webinar-language-fr = français

tz-form-label = Fuseau horaire des heures affichées
tz-shown-in = Heures affichées dans le fuseau
tz-apply = Afficher
tz-default-hint = (UTC tant que vous n’avez pas choisi de fuseau)

webinar-list-title = Calendrier des webinaires
webinar-new = Nouveau webinaire
webinar-upcoming = À venir
webinar-past = Passés
webinar-none-upcoming = Aucun webinaire à venir ne correspond.
webinar-none-past = Aucun webinaire passé ne correspond.
webinar-interpretation-short = interprétation
webinar-attendance-count = { $count ->
    [0] personne n’a participé
    [one] { $count } participant
   *[other] { $count } participants
}
webinar-needs-outcome = A-t-il eu lieu ?
webinar-needs-outcome-hint = La date de ce webinaire est passée. Enregistrez les présences (ce qui le marque comme réalisé), ou marquez-le comme annulé.
webinar-programme = Programme
webinar-topic = Thème
webinar-language = Langue
webinar-ics-name = Webinaires de LACRALO

webinar-add-to-calendar = Ajouter au calendrier
webinar-edit = Modifier le webinaire
webinar-record-attendance = Enregistrer les présences
webinar-when = Quand
webinar-as-entered = Tel que programmé
webinar-in-lac = Dans la région
webinar-duration = Durée
webinar-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
webinar-languages = Langues
webinar-languages-unknown = non indiquées
webinar-interpretation-yes = avec interprétation
webinar-speakers = Intervenants
webinar-audience = Public
webinar-registration = Inscription
webinar-recording = Enregistrement
webinar-attendance = Présences
webinar-attendance-none = non enregistrées
webinar-page-link = Il s’agit d’un webinaire : consultez sa page, avec son heure dans votre fuseau, ses langues, ses intervenants et les présences.
webinar-see-event = Ce webinaire dans le calendrier des événements, avec l’historique de ses dates
webinar-attendees = Membres présents
webinar-attendees-none = Aucun membre nommé pour l’instant.
attendance-member = Membre
attendance-als = ALS
attendance-individual = membre individuel

webinar-new-heading = Nouveau webinaire
webinar-edit-heading = Modifier le webinaire
webinar-conflict-heading = Quelqu’un a enregistré ce webinaire pendant que vous le modifiiez
webinar-topic-none = Aucun thème
webinar-day = Jour
webinar-hint-time = Heure locale dans le fuseau ci-dessous.
webinar-end-time = Heure de fin
webinar-hint-end-time = Facultatif ; le même jour, dans le même fuseau.
webinar-interpretation = Interprétation simultanée entre ces langues
webinar-hint-speakers = Un par ligne : nom et affiliation.

attendance-title = Présences
attendance-changed = Quelqu’un a enregistré des présences pendant que vous faisiez vos modifications. La liste ci-dessous correspond à ce qui est enregistré maintenant ; ce que vous avez saisi est conservé. Enregistrez à nouveau pour l’ajouter.
attendance-count = Nombre de participants
attendance-count-hint = Tout le monde, membres ou non. Laissez vide si vous ne le savez pas.
attendance-add = Ajouter des membres présents
attendance-add-hint = Un par ligne : son adresse e-mail, ou son nom complet tel qu’il figure dans le registre. Chaque ligne devient une participation du membre et de son ALS.
attendance-named = { $count ->
    [0] Aucun membre nommé
    [one] { $count } membre nommé
   *[other] { $count } membres nommés
}
attendance-remove-hint = Cochez les personnes enregistrées par erreur pour les retirer (ainsi que leur participation).
attendance-remove-member = Retirer { $name }
attendance-closed-cancelled = Ce webinaire a été annulé : il n’y a pas de présences à enregistrer.
attendance-closed-not-yet = Les présences peuvent être enregistrées une fois que le webinaire a une date et que ce jour est arrivé.

programme-title = Programmes et objectifs
programme-lead = Les engagements du plan en matière de renforcement des capacités, année par année : l’objectif de chaque programme comparé à ses webinaires réalisés et prévus, et les thèmes restant à traiter.
programme-targets-changed = Quelqu’un a modifié les objectifs de cette année pendant que vous faisiez vos modifications. Rien de ce que vous avez saisi n’a été enregistré ; voici les objectifs actuels.
programme-target = Objectif
programme-held = Réalisés
programme-planned = Prévus
programme-cancelled = Annulés
programme-attendance = Participants
programme-progress = Progression
programme-plan-default = (valeur du plan)
programme-bar-label = Réalisés : { $held }, prévus : { $planned }, objectif : { $target }
programme-dnssec-summary-link = Le programme de formation DNSSEC en chiffres : FAI contactés, formés et signant leurs zones, par pays et par sous-région
programme-bar-legend = Foncé : réalisés. Clair : prévus. Trait : l’objectif.
programme-uncovered-heading = Thèmes pas encore traités cette année
programme-topic-planned = prévu
programme-targets-heading = Objectifs pour
programme-targets-hint = Webinaires par an et par programme. Vide : pas d’objectif (les six du plan pour le renforcement des capacités).
programme-save-targets = Enregistrer les objectifs
topic-backlog-heading = Thèmes
topic-last-covered = Traité pour la dernière fois
topic-held-in = Réalisés en { $year }
topic-planned-in = Prévus en { $year }
topic-from-plan = plan
topic-add-heading = Ajouter un thème
topic-name = Thème
topic-add = Ajouter le thème
topic-never-covered = jamais

topic-plan-multistakeholder = Le modèle multipartite de l’ICANN
topic-plan-dnssec = DNSSEC
topic-plan-ua = Acceptation universelle
topic-plan-ig-lac = Gouvernance de l’Internet dans la région LAC
topic-plan-subpro = Point sur les procédures pour des séries ultérieures (SubPro)
topic-plan-ua-intro = Introduction à l’acceptation universelle et à son importance dans la région LAC
topic-plan-ua-cases = Études de cas de mise en œuvre réussie de l’acceptation universelle dans la région LAC
topic-plan-ua-email = Tester la conformité des adresses e-mail à l’acceptation universelle dans la région LAC
topic-plan-icann101 = L’ICANN, ses programmes de bourses (Fellowship) et NextGen
topic-plan-dnssec-training = Déploiement et gestion de DNSSEC, en pratique

webinar-conflict-intro = Pendant que vous le modifiiez, quelqu’un a enregistré une version plus récente de « { $title } ». Rien n’a été écrasé : voici les différences entre la version enregistrée et la vôtre.
webinar-conflict-view = Voir le webinaire
