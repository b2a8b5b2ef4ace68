# Le programme de formation DNSSEC (src/dnssec, templates/dnssec).

dnssec-title = Programme de formation DNSSEC
dnssec-intro = Les fournisseurs d’accès à Internet et opérateurs de réseau que les ALS contactent pour leur proposer la formation DNSSEC, suivis et formés par le personnel GSE de l’ICANN pour la région LAC, et les zones qu’ils signent.
dnssec-new = Ajouter une organisation
dnssec-edit = Modifier l’organisation
dnssec-summary-link = Synthèse en chiffres
dnssec-views = Vues du programme
dnssec-view-table = Tableau
dnssec-view-board = Par étape
dnssec-filter-label = Filtrer les organisations
dnssec-search = Rechercher des organisations
dnssec-count = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
}
dnssec-empty = Aucune organisation ne correspond à ces filtres.
dnssec-column-empty = Aucune à cette étape.
dnssec-move-to = Passer à « { $stage } »
dnssec-needs = À fournir d’abord : { $what }.
dnssec-none-yet = Pas encore défini

# Étapes, dans l’ordre du programme.
dnssec-stage-identified = Identifiée
dnssec-stage-contacted = Contactée par une ALS
dnssec-stage-gse-follow-up = Suivi par GSE
dnssec-stage-training-scheduled = Formation programmée
dnssec-stage-trained = Formée
dnssec-stage-signing = Signature des zones

dnssec-kind-isp = Fournisseur d’accès à Internet
dnssec-kind-network-operator = Opérateur de réseau
dnssec-kind-other = Autre organisation

dnssec-field-organisation = Organisation
dnssec-kind = Type d’organisation
dnssec-field-contact-name = Personne de contact
dnssec-field-contact-email = Adresse e-mail de la personne de contact
dnssec-field-als = ALS ayant pris contact
dnssec-field-contacted-on = Date du contact
dnssec-field-owner = Responsable du suivi chez GSE
dnssec-stage = Étape
dnssec-field-event = Événement de formation
dnssec-field-signed-zones = Zones signées déclarées

dnssec-legend-organisation = L’organisation
dnssec-legend-pipeline = Où elle en est
dnssec-hint-contact-email = Facultatif. Jamais affichée aux visiteurs.
dnssec-hint-rules = À partir de « Contactée par une ALS », indiquez quelle ALS a pris contact et quand ; à partir de « Suivi par GSE », qui assure le suivi chez GSE ; à partir de « Formation programmée », l’événement de formation ; à l’étape « Signature des zones », au moins une zone signée.
dnssec-hint-signed-zones = Un nombre entier, 0 ou plus.
dnssec-hint-reason-edit = Actuellement enregistrée à l’étape « { $stage } ». Obligatoire si vous la ramenez à une étape antérieure : le motif est conservé dans l’historique des étapes.

dnssec-added = Ajoutée le
dnssec-updated = Dernière modification
dnssec-change-stage = Changer l’étape
dnssec-new-stage = Nouvelle étape
dnssec-next-needs = Pour la faire passer à « { $stage } », ajoutez d’abord :
dnssec-reason-hint = Obligatoire si l’organisation revient à une étape antérieure ; facultatif pour avancer.
dnssec-history = Historique des étapes
dnssec-history-empty = Aucun changement d’étape enregistré pour l’instant.
dnssec-history-added = Ajoutée

dnssec-err-organisation-required = Saisissez le nom de l’organisation.
dnssec-err-duplicate = Cette organisation figure déjà dans le programme pour ce pays.
dnssec-err-als-unknown = Choisissez une ALS dans la liste.
dnssec-err-owner-unknown = Choisissez un responsable du suivi GSE dans la liste.
dnssec-err-event-unknown = Choisissez un événement de formation dans la liste.
dnssec-err-contacted-on-future = La date du contact ne peut pas être dans le futur.
dnssec-err-zones-negative = Le nombre de zones signées ne peut pas être négatif.
dnssec-err-zones-number = Saisissez le nombre de zones signées sous forme de nombre entier, par exemple 3.
dnssec-err-zones-too-many = Saisissez au maximum { $max } zones signées.
dnssec-err-reason-required = Indiquez pourquoi l’organisation revient à une étape antérieure ; le motif est conservé dans l’historique des étapes.
dnssec-err-als-required = Choisissez l’ALS qui a pris contact : elle est requise à partir de l’étape « Contactée par une ALS ».
dnssec-err-contacted-on-required = Saisissez le jour où l’ALS a pris contact : il est requis à partir de l’étape « Contactée par une ALS ».
dnssec-err-owner-required = Choisissez qui assure le suivi chez GSE : c’est requis à partir de l’étape « Suivi par GSE ».
dnssec-err-event-required = Choisissez l’événement de formation : il est requis à partir de l’étape « Formation programmée ».
dnssec-err-zones-required = Une organisation à l’étape « Signature des zones » a au moins une zone signée.
dnssec-err-stage-conflict = Quelqu’un a modifié cette organisation pendant que vous la consultiez. Rien n’a été changé : vérifiez la page telle qu’elle est maintenant et choisissez à nouveau.

dnssec-conflict-title = Quelqu’un d’autre a modifié cette organisation
dnssec-conflict-intro = Pendant que vous la modifiiez, quelqu’un a enregistré une version plus récente de « { $organisation } ». Rien n’a été écrasé : voici les différences entre la version enregistrée et la vôtre.
dnssec-conflict-view = Voir l’organisation

dnssec-summary-title = La formation DNSSEC en chiffres
dnssec-summary-intro = L’avancement du programme de formation DNSSEC de LACRALO et de l’équipe GSE pour la région LAC, par sous-région de LACRALO et par pays. Son but : davantage de zones signées avec DNSSEC dans la région LAC.
dnssec-summary-by-subregion = Par sous-région
dnssec-summary-by-country = Par pays ou territoire
dnssec-summary-total = Toutes les sous-régions
dnssec-summary-empty = Aucune organisation ne figure encore dans le programme.
dnssec-col-subregion = Sous-région
dnssec-col-organisations = Organisations
dnssec-col-contacted = Contactées
dnssec-col-contacted-hint = Organisations contactées par une ALS, quelle que soit leur étape depuis.
dnssec-col-trained = Formées
dnssec-col-trained-hint = Organisations ayant suivi la formation, y compris celles qui signent désormais leurs zones.
dnssec-col-signing = Signent leurs zones
dnssec-col-signing-hint = Organisations qui signent des zones avec DNSSEC.
dnssec-col-signed-zones = Zones signées
dnssec-col-signed-zones-hint = Les zones signées avec DNSSEC déclarées par les organisations.

flash-dnssec-created = Organisation ajoutée au programme.
flash-dnssec-saved = Organisation enregistrée.
flash-dnssec-stage-changed = Étape modifiée.
flash-dnssec-stage-unchanged = L’organisation est déjà à cette étape : rien n’a changé.
