# Français. Doit avoir exactement les mêmes clés que en/main.ftl (un test le vérifie).
language-name = Français
# locale chrono pour les noms des mois et des jours
chrono-locale = fr_FR
# formats de date chrono
format-date = %-d %B %Y
format-date-short = %a %-d %b
format-month-year = %B %Y
date-range = { $start } – { $end }
date-month-only = { $month } (jour à confirmer)
date-tbd = { $year }, date à confirmer

app-name = LACRALO Outreach
skip-to-content = Aller au contenu
nav-label = Menu principal
nav-events = Événements
nav-calendar = Calendrier
nav-new-event = Nouvel événement
nav-import = Importer
language-switcher = Langue
footer-text = Plan de sensibilisation et d’engagement de LACRALO · Organisation régionale At-Large de l’Amérique latine et des îles des Caraïbes de l’ICANN
meta-description = LACRALO Outreach : les événements, webinaires, le financement de voyages CROP et les structures At-Large de l’Organisation régionale At-Large d’Amérique latine et des îles des Caraïbes de l’ICANN.

error-home-link = Accueil
error-400-title = Cette requête n’a pas pu être comprise
error-400-text = Quelque chose dans l’adresse ou dans le formulaire ne correspond pas à ce qui était attendu. Revenez en arrière et réessayez.
error-403-title = Action non autorisée
error-403-text = Vous n’avez pas l’autorisation de faire cela.
error-csrf-text = Le formulaire avait expiré ou ne provenait pas de ce site. Revenez en arrière, rechargez la page et envoyez-le à nouveau.
error-404-title = Page introuvable
error-404-text = Il n’y a rien à cette adresse. La page a peut-être été supprimée, ou le lien est erroné.
error-405-title = Impossible ici
error-405-text = Cette page n’accepte pas ce type de requête.
error-408-title = Délai dépassé
error-408-text = Le serveur a mis trop de temps à répondre. Réessayez dans un instant.
error-409-title = Quelque chose a changé
error-409-text = Ce sur quoi vous travailliez a été modifié entre-temps. Rechargez la page et réessayez.
error-413-title = Trop volumineux
error-413-text = Ce que vous avez envoyé dépasse la taille acceptée par ce site (16 Mo au maximum).
error-414-title = Adresse trop longue
error-414-text = Cette adresse est plus longue que n’importe quelle page de ce site. Vérifiez le lien que vous avez suivi.
error-503-title = Occupé un instant
error-503-text = Le site traite de nombreuses connexions à la fois. Attendez quelques secondes et réessayez ; rien de ce que vous avez envoyé n’a été enregistré.
error-422-title = Certains points sont à corriger
error-422-text = Une partie de ce que vous avez envoyé n’a pas pu être acceptée.
error-500-title = Une erreur s’est produite de notre côté
error-500-text = L’erreur a été consignée. Veuillez réessayer plus tard ; rien de ce que vous avez envoyé n’a été enregistré à moitié.
error-filter-text = L’un des filtres de l’adresse a une valeur qui n’existe pas. Effacez les filtres et choisissez à nouveau.
import-gone = Cette importation a déjà été confirmée, ou elle a expiré. Envoyez à nouveau le fichier pour la voir.

home-title = Sensibilisation et engagement de LACRALO
home-intro = Les événements, webinaires et actions de sensibilisation de LACRALO, l’Organisation régionale At-Large de l’Amérique latine et des îles des Caraïbes, tenus à jour par sa direction et par l’équipe de l’ICANN chargée de l’engagement en Amérique latine et dans les Caraïbes.
home-upcoming = Dans les 60 prochains jours
home-no-upcoming = Rien n’est prévu dans les 60 prochains jours.
home-all-events = { $count ->
    [one] Voir l’événement
   *[other] Voir les { $count } événements
}

list-title = Événements
list-subscribe = S’abonner (iCalendar)
list-download-csv = Télécharger le CSV
list-review-banner = { $count ->
    [one] Un événement est à vérifier : l’outil d’importation a dû faire une supposition à son sujet.
   *[other] { $count } événements sont à vérifier : l’outil d’importation a dû faire des suppositions à leur sujet.
}
list-count = { $count ->
    [0] Aucun événement
    [one] Un événement
   *[other] { $count } événements
}
list-empty = Aucun événement ne correspond à ces filtres.
list-undated-heading = { $year } : date à confirmer
list-undated-hint = Le jour de ces événements n’est pas encore connu, ni leur mois ; ils ne sont placés sur aucun jour.
list-sometime-heading = Dans le courant du mois
ics-date-tbc = { $title } (date à confirmer)
badge-needs-review = À vérifier

filter-label = Filtrer les événements
filter-year = Année
filter-month = Mois
filter-any = Indifférent
filter-all-years = Toutes les années
filter-subregion = Sous-région de LACRALO
filter-search = Rechercher dans les titres, organisateurs, villes et notes
filter-needs-review = Uniquement les événements à vérifier
filter-apply = Filtrer
filter-show = Filtres
filter-clear = Effacer les filtres

bulk-label = Nouvelle pertinence des événements sélectionnés
bulk-choose = Choisir…
bulk-apply = Appliquer à la sélection
bulk-hint = Cochez d’abord les événements ci-dessous.
bulk-select-event = Sélectionner { $title }

field-title = Titre
field-kind = Type
field-relevance = Pertinence
field-status = Statut
field-organiser = Organisateur
field-city = Ville
field-country = Pays ou territoire
field-online = En ligne (participation à distance possible)
field-dates = Dates
field-start-date = Date de début
field-end-date = Date de fin
field-start-time = Heure de début
field-time-zone = Fuseau horaire
field-month = Mois
field-year = Année
field-reason = Motif du changement de dates ou de l’annulation
field-url = Adresse web
field-notes = Notes

kind-conference = Conférence
kind-meeting = Réunion
kind-webinar = Webinaire
kind-roadshow = Tournée de présentation (roadshow)
kind-training = Formation
kind-readout = Séance de compte rendu (readout)
kind-internal = Interne

relevance-lacralo-involved = Avec participation de LACRALO
relevance-crop-candidate = Candidat CROP
relevance-out-of-scope = Hors du champ de la sensibilisation
relevance-unclassified = Pas encore classé

status-planned = Prévu
status-confirmed = Confirmé
status-held = Réalisé
status-cancelled = Annulé

subregion-a = A · Amérique centrale et Mexique
subregion-b = B · Pays andins
subregion-c = C · Îles des Caraïbes
subregion-d = D · Cône Sud

calendar-months = Mois
calendar-today = Ce mois-ci
calendar-as-list = Voir sous forme de liste
calendar-undated = Ce mois-ci, jour à confirmer
calendar-legend = Légende

event-online = En ligne
event-place = Lieu
event-place-unknown = Pas encore connu
event-see-in-calendar = Voir dans le calendrier
event-edit = Modifier
event-delete = Supprimer
event-updated = Dernière modification
event-review-heading = À vérifier
event-review-hint = Vérifiez ces points et enregistrez l’événement : l’enregistrement retire le signalement.
event-history-heading = Changements de date
event-history-empty = Les dates n’ont pas changé depuis la saisie de l’événement.
event-new-heading = Nouvel événement
event-edit-heading = Modifier l’événement
history-when = Quand
history-who = Qui
history-by-system = Système
history-by-unknown = Compte supprimé depuis
history-from = De
history-to = À
history-reason = Motif

form-error-summary = { $count ->
    [one] Il y a un problème
   *[other] Il y a { $count } problèmes
}
form-save = Enregistrer
form-cancel = Annuler
precision-day = Le jour est connu
precision-month = Seul le mois est connu
precision-tbd = Seule l’année est connue
hint-date = Par exemple 2023-03-11.
hint-end-date = Laissez vide pour un événement d’une seule journée.
hint-time = Facultatif. L’heure locale de l’événement, avec son fuseau horaire.
hint-month = Par exemple 2023-08.
hint-year = Par exemple 2023.
hint-reason = Obligatoire si vous modifiez les dates ou la règle de répétition, ou si vous annulez l’événement : le motif figure dans l’historique de l’événement.
hint-url = Commençant par https://
zone-none = Pas d’heure indiquée
zone-group-lac = Amérique latine et Caraïbes
country-none = Inconnu ou uniquement en ligne

conflict-title = Quelqu’un d’autre a modifié cet événement
conflict-intro = Pendant que vous le modifiiez, quelqu’un a enregistré une version plus récente de cet événement. Rien n’a été écrasé : voici les différences entre la version enregistrée et la vôtre.
conflict-same = La version enregistrée a les mêmes valeurs que la vôtre dans tous les champs.
conflict-field = Champ
conflict-theirs = Version enregistrée
conflict-mine = Votre version
conflict-empty = (vide)
conflict-keep-theirs = Repartir de la version enregistrée
conflict-keep-theirs-hint = Ouvrez le formulaire avec la version enregistrée et refaites vos modifications.
conflict-edit-again = Modifier la version enregistrée
conflict-view = Voir l’événement
conflict-use-mine = Remplacer la version enregistrée par la vôtre
conflict-use-mine-hint = Remplacez la version enregistrée par la vôtre, en sachant ce que cela change.
conflict-save-mine = Enregistrer ma version

delete-title = Supprimer cet événement ?
delete-question = Supprimer « { $title } » ?
delete-warning = L’événement et son historique des changements de date seront supprimés. Cette action est irréversible.
delete-confirm = Supprimer l’événement
delete-changed = Cet événement a été modifié après l’ouverture de cette page. Vérifiez-le ci-dessous et confirmez à nouveau si vous voulez toujours le supprimer.

import-title = Importer des événements
import-intro = Envoyez un fichier CSV pour ajouter des événements. Chaque ligne est vérifiée et vous est d’abord présentée ; rien n’est importé avant votre confirmation, et alors toutes les lignes sont importées, ou aucune.
import-refused = Le fichier n’a pas pu être lu
import-file = Fichier CSV (UTF-8, 2 Mo au maximum)
import-file-hint = La première ligne doit nommer les colonnes. Les tableurs peuvent enregistrer au format « CSV UTF-8 ».
import-list-year = Année de la liste (facultatif)
import-list-year-hint = Si la liste porte sur une seule année, les dates des autres années et les lignes sans date sont signalées pour vérification.
import-preview = Vérifier le fichier
import-columns-heading = Colonnes
import-columns-text = Seule la colonne « title » est obligatoire ; l’export de ce site les écrit toutes, de sorte qu’un fichier exporté peut être réimporté.
import-dates-text = Les dates peuvent s’écrire 2023-03-11, 2023-05 (mois seul), 2023 (année seule), ou mois/jour/année comme dans le plan (3/11/23). Une date qui commence par le jour, comme 25/5/23, une année autre que celle de la liste et « placeholder » sont acceptées et signalées pour vérification.
import-err-no-file = Choisissez un fichier CSV à envoyer.
import-err-too-large = Le fichier fait { $size } Mo ; la limite est de { $max } Mo. Divisez-le en fichiers plus petits.
import-err-not-utf8 = Le fichier n’est pas du texte UTF-8. Enregistrez-le au format « CSV UTF-8 » et envoyez-le à nouveau.
import-err-empty = Le fichier ne contient aucune ligne d’événement.
import-err-no-title = Le fichier n’a pas de colonne « title ». La première ligne doit nommer les colonnes, parmi : { $columns }.
import-err-unknown-columns = Colonnes inconnues : { $unknown }. Les colonnes lues par cette importation sont : { $columns }.
import-err-duplicate-column = La colonne « { $column } » apparaît deux fois.
import-err-too-many-rows = Le fichier a plus de { $max } lignes. Divisez-le en fichiers plus petits.
import-err-unreadable = Le fichier n’est pas un CSV valide vers la ligne { $line } (il manque peut-être un guillemet, ou une ligne a plus ou moins de colonnes que la première).
import-err-uid-repeated = le même uid apparaît deux fois dans le fichier ({ $value })
import-err-uid-exists = un événement avec cet uid figure déjà dans le calendrier ({ $value })
import-err-uid = uid inutilisable ({ $value })
import-err-too-long = plus de { $value } caractères
import-err-not-one-of = « { $value } » ne fait pas partie des valeurs autorisées
import-err-yes-no = « { $value } » devrait être yes ou no
import-err-url = « { $value } » n’est pas une adresse web commençant par http:// ou https://
import-err-month = « { $value } » n’est pas un mois au format 2023-08
import-err-end-before-start = la date de fin { $value } est antérieure à la date de début
import-err-end-without-start = une date de fin ({ $value }) nécessite une date de début
import-err-time-in-gap = cette heure n’existe pas dans ce fuseau ce jour-là : les horloges la sautent au passage à l’heure d’été
import-err-time-without-day = une heure de début nécessite un jour connu

preview-title = Vérifier l’importation
preview-file = Fichier : { $name }
preview-rows = { $count ->
    [one] une ligne
   *[other] { $count } lignes
}
preview-errors = { $count ->
    [0] aucune erreur
    [one] une ligne avec des erreurs
   *[other] { $count } lignes avec des erreurs
}
preview-flagged = { $count ->
    [0] aucune à vérifier
    [one] une à vérifier
   *[other] { $count } à vérifier
}
preview-confirm = { $count ->
    [one] Importer la ligne
   *[other] Importer les { $count } lignes
}
preview-start-over = Envoyer un autre fichier
preview-blocked = Rien ne peut encore être importé
preview-blocked-hint = Corrigez dans votre fichier les lignes signalées en erreur et envoyez-le à nouveau. Rien n’a été importé.
preview-line = Ligne
preview-written = Date telle qu’écrite
preview-read-as = Interprétée comme
preview-notes = Notes
preview-error = Erreur

err-title-required = Saisissez un titre.
err-too-long = Utilisez au maximum { $max } caractères.
err-control-chars = Ce texte contient des caractères de contrôle invisibles qui ne peuvent pas être enregistrés ; supprimez-les et réessayez.
err-line-break = Ce champ doit tenir sur une seule ligne : supprimez les retours à la ligne.
err-choose-from-list = Choisissez l’une des options.
err-country-unknown = « { $value } » n’est pas un pays ou territoire de la région LAC.
err-url = Saisissez une adresse web commençant par http:// ou https://.
err-start-date-required = Saisissez la date de début.
err-date-invalid = Saisissez une date qui existe, comme 2023-03-11.
err-date-unreadable = « { $value } » n’est pas une date que nous pouvons lire.
err-date-no-year = Il n’y a pas de date, ni d’année de la liste dans laquelle la placer.
err-end-before-start = La date de fin doit être identique ou postérieure à la date de début.
err-year-range = Saisissez une année comprise entre 1990 et 2200.
err-month-required = Saisissez le mois, au format 2023-08.
err-month-invalid = Saisissez un mois qui existe, au format 2023-08.
err-year-required = Saisissez l’année, par exemple 2023.
err-time-required-with-zone = Saisissez l’heure de début, ou choisissez « Pas d’heure indiquée » comme fuseau horaire.
err-time-invalid = Saisissez une heure au format 14:30.
err-zone-required = Choisissez le fuseau horaire de l’heure de début.
err-zone-unknown = Choisissez un fuseau horaire dans la liste.
err-reason-required = Indiquez pourquoi les dates ont changé ou pourquoi l’événement est annulé ; le motif est conservé dans l’historique de l’événement.

review-day-first = La date « { $written } » ne peut pas être au format mois/jour/année ; elle a donc été lue comme jour/mois/année : { $date }.
review-year-outside-list = La date « { $written } » n’est pas en { $year }, l’année de la liste ; elle a été conservée telle qu’écrite.
review-no-date = Aucune date n’a été indiquée (« { $written } ») : la date est à confirmer dans le courant de { $year }.
review-country-from-title = Le pays ({ $country }) a été déduit du titre.
review-place-tbd = Le titre indique que le lieu reste à déterminer.
review-tentative-title = Le titre indique que cet événement est provisoire (placeholder).

flash-event-created = Événement créé.
flash-event-saved = Événement enregistré.
flash-event-deleted = Événement supprimé.
flash-bulk-choose-relevance = Choisissez la pertinence à attribuer, puis appliquez.
flash-bulk-choose-events = Cochez au moins un événement, puis appliquez.
flash-bulk-done = { $count ->
    [0] Aucun événement modifié : ils avaient déjà cette pertinence.
    [one] Un événement reclassé.
   *[other] { $count } événements reclassés.
}
flash-imported = { $count ->
    [one] Un événement importé.
   *[other] { $count } événements importés.
}
flash-import-has-errors = Certaines lignes comportent désormais des erreurs ; rien n’a été importé.

ics-calendar-name = Événements de sensibilisation de LACRALO

# Comptes et rôles
nav-users = Comptes
nav-invitations = Invitations
nav-audit = Journal d’audit
nav-outbox = Boîte d’envoi
nav-account = Votre compte
nav-login = Se connecter
nav-logout = Se déconnecter
role-anonymous = Visiteur
role-member = Membre d’une ALS
role-gse-staff = Personnel GSE
role-leadership = Direction de LACRALO
error-401-title = Veuillez vous connecter
error-401-text = Cette action nécessite une connexion. Connectez-vous et réessayez.
error-429-title = Trop de tentatives
error-429-text = Trop de tentatives en peu de temps. Attendez quelques minutes et réessayez.

login-title = Connexion
login-submit = Se connecter
login-hint = Pas encore de compte ? La direction de LACRALO envoie les invitations.
login-2fa-title = Deuxième étape : votre code
login-2fa-code = Code
login-2fa-hint = Le code à 6 chiffres de votre application d’authentification, ou l’un de vos codes de récupération.
login-err-wrong = Adresse e-mail ou mot de passe incorrect.
login-err-locked = Trop de tentatives échouées. La connexion est bloquée pour ce compte ou pour ce réseau pendant 15 minutes.
login-err-code = Ce code est incorrect, ou il a déjà été utilisé. Essayez le code suivant.

field-email = Adresse e-mail
field-password = Mot de passe
field-display-name = Votre nom, tel que les autres le verront
field-new-password = Nouveau mot de passe
field-password-confirm = Nouveau mot de passe (confirmation)
field-current-password = Mot de passe actuel
field-language = Langue
field-role = Rôle
hint-email = Les adresses dans toutes les écritures sont acceptées, comme josé@ñandú.com.ar ou 用户@例子.广告.
hint-password = Au moins 12 caractères. Quelques mots sans rapport entre eux forment un mot de passe solide et facile à retenir.

setup-title = Créer le premier compte
setup-intro = Aucun compte n’existe encore. Cette page crée le premier compte de la direction de LACRALO ; le lien cesse de fonctionner une fois ce compte créé. Vous configurerez ensuite un second facteur pour la connexion.
setup-submit = Créer le compte
join-title = Rejoindre LACRALO Outreach
join-intro = Vous avez reçu une invitation avec le rôle « { $role } ». Choisissez votre nom et un mot de passe.
join-submit = Créer mon compte
invite-gone = Ce lien d’invitation a déjà été utilisé, a expiré ou a été retiré. Demandez-en un nouveau à la direction de LACRALO.
invite-err-has-account = Cette adresse a déjà un compte.
invite-mail-subject = Votre invitation à LACRALO Outreach
account-title = Votre compte
account-profile = Nom et langue
account-password = Mot de passe
account-change-password = Changer le mot de passe
account-2fa = Connexion en deux étapes
account-2fa-on = La connexion en deux étapes est activée.
account-2fa-off = La connexion en deux étapes est désactivée. Lorsqu’elle est activée, un mot de passe volé ne suffit pas pour accéder à votre compte.
account-2fa-turn-on = Activer la connexion en deux étapes
account-2fa-turn-off = Désactiver la connexion en deux étapes
account-2fa-required = Les comptes de la direction doivent garder la connexion en deux étapes activée.
account-recovery-left = { $count ->
    [0] Il ne vous reste aucun code de récupération : désactivez puis réactivez la connexion en deux étapes pour en obtenir de nouveaux.
    [one] Il vous reste un code de récupération.
   *[other] Il vous reste { $count } codes de récupération.
}
account-err-name-required = Saisissez votre nom.
account-err-name-long = Utilisez au maximum 100 caractères.
account-err-current-password = Ce n’est pas votre mot de passe actuel.

twofa-required-notice = Les comptes de la direction doivent utiliser la connexion en deux étapes. Configurez-la maintenant pour continuer.
twofa-step-app = Installez une application d’authentification sur votre téléphone (par exemple FreeOTP, Aegis, Google Authenticator ou Microsoft Authenticator).
twofa-step-scan = Scannez ce code avec l’application.
twofa-qr-alt = Code QR pour l’application d’authentification
twofa-secret = Si vous ne pouvez pas le scanner, saisissez cette clé dans l’application :
twofa-step-code = Saisissez le code à 6 chiffres affiché par l’application.
twofa-confirm = Activer
twofa-done = La connexion en deux étapes est activée.
twofa-recovery-title = Vos codes de récupération
twofa-recovery-text = Chaque code vous permet de vous connecter une fois sans votre téléphone. Conservez-les en lieu sûr : ils ne sont affichés que maintenant.
twofa-continue = Continuer

users-title = Comptes
users-2fa = Connexion en deux étapes
users-2fa-on = Activée
users-last-login = Dernière connexion
users-actions = Actions
users-disabled = Désactivé
users-enable = Activer
users-disable = Désactiver
users-reset-2fa = Réinitialiser la connexion en deux étapes

invitations-title = Invitations
invitations-created = { $days ->
    [one] Invitation créée. Envoyez ce lien à la personne ; il ne fonctionne qu’une fois, pendant un jour :
   *[other] Invitation créée. Envoyez ce lien à la personne ; il ne fonctionne qu’une fois, pendant { $days } jours :
}
invitations-send = Créer l’invitation
invitations-pending = En attente d’acceptation
invitations-none = Aucune invitation en attente.
invitations-expires = Expiration
invitations-expired = expirée
invitations-revoke = Retirer

audit-title = Journal d’audit
audit-filter = Filtrer le journal d’audit
audit-entity = Objet
audit-action = Action
audit-who = Qui
audit-from = Du
audit-to = Au
audit-change = Modification
audit-show = Afficher
audit-before = Avant
audit-after = Après
page-previous = Précédent
page-next = Suivant
page-of = Page { $page } sur { $pages }
page-nav = Pages de la liste

outbox-title = Boîte d’envoi
outbox-smtp = Les messages sont envoyés par e-mail ; voici ceux qui sont en attente et ceux qui sont partis récemment.
outbox-no-smtp = Aucun serveur de messagerie n’est configuré : ces messages ne sont pas envoyés automatiquement. Envoyez-les vous-même et gardez cette page comme trace.
outbox-attempts = { $count ->
    [one] { $count } tentative
   *[other] { $count } tentatives
}
password-err-short = Utilisez au moins 12 caractères.
password-err-long = Utilisez au maximum 128 caractères.
password-err-common = Ce mot de passe est trop courant ou trop facile à deviner. Essayez quelques mots sans rapport entre eux.
password-err-personal = N’utilisez ni votre nom ni votre adresse e-mail dans votre mot de passe.
password-err-confirm = Les deux mots de passe ne sont pas identiques.

email-err-empty = Saisissez une adresse e-mail.
email-err-no-at = Une adresse e-mail doit contenir un @, comme nom@exemple.org.
email-err-several-at = Une adresse e-mail ne contient qu’un seul @.
email-err-local-empty = Saisissez la partie avant le @.
email-err-local-too-long = La partie avant le @ est trop longue (64 octets au maximum).
email-err-local-dots = La partie avant le @ ne peut ni commencer ni finir par un point, ni contenir deux points consécutifs.
email-err-local-char = La partie avant le @ contient un caractère non autorisé (comme une espace ou une virgule).
email-err-domain-empty = Saisissez le domaine après le @, comme exemple.org.
email-err-domain-invalid = Le domaine après le @ n’est pas valide ; il doit ressembler à exemple.org ou ñandú.com.ar.
email-err-too-long = Cette adresse e-mail est trop longue.

flash-logged-in = Vous êtes connecté à votre compte.
flash-logged-out = Vous avez été déconnecté de votre compte.
flash-login-again = Veuillez vous reconnecter.
flash-profile-saved = Enregistré.
flash-password-changed = Votre mot de passe a été modifié.
flash-2fa-off = La connexion en deux étapes est désactivée.
flash-not-yourself = Vous ne pouvez pas faire cela sur votre propre compte.
flash-user-changed = Le compte a été modifié.
flash-invitation-revoked = L’invitation a été retirée.
flash-2fa-required = Les comptes de la direction doivent garder la connexion en deux étapes activée.

# Registre des ALS et couverture
nav-als = ALS
nav-coverage = Couverture
nav-review = File d’examen
als-title = Structures At-Large
als-active-title = ALS actives de LACRALO
als-new = Nouvelle ALS
als-edit = Modifier l’ALS
als-download = Télécharger la liste des ALS actives (CSV)
als-as-of = Au { $date }
als-search = Nom ou sigle
als-count = { $count ->
    [0] Aucune ALS
    [one] Une ALS
   *[other] { $count } ALS
}
als-empty = Aucune ALS ne correspond à ces filtres.
als-name = Nom
als-acronym = Sigle
als-accredited = Date d’accréditation
als-members = Membres actifs
als-last-engaged = Dernière participation
als-website = Site web
als-never-engaged = Rien d’enregistré pour l’instant
als-change-status = Changer le statut
als-new-status = Nouveau statut
als-reason-hint = Obligatoire : le motif est conservé dans l’historique de l’ALS.
als-delete = Supprimer cette ALS
als-delete-hint = Seule une ALS sans membres peut être supprimée ; les autres doivent être décertifiées.
als-history = Historique des statuts
als-history-empty = Le statut n’a pas changé depuis la saisie de l’ALS.
als-engagements = Ses activités
als-trip-planned = Voyage CROP prévu (compté comme activité une fois effectué)
als-engagements-empty = Aucune participation enregistrée pour l’instant.
als-status-active = Active
als-status-less-active = Moins active
als-status-standby = En veille
als-status-decertified = Décertifiée
als-err-name-required = Saisissez le nom de l’ALS.
als-err-country-required = Choisissez le pays ou territoire.
als-err-duplicate = Il existe déjà une ALS de ce nom dans ce pays.
als-err-reason-required = Indiquez pourquoi le statut change ; le motif est conservé dans l’historique.
engagement-webinar-attended = Participation à un webinaire
engagement-event-participation = Participation à un événement
engagement-crop-trip = Voyage CROP
engagement-policy-comment = Commentaire sur les politiques
engagement-meeting = Réunion
engagement-local-activity = Activité locale
engagement-add = Enregistrer une participation
engagement-kind = Type
engagement-date = Date
engagement-description = Détails
engagement-err-future = Une participation s’enregistre une fois qu’elle a eu lieu : la date indiquée est dans le futur.
review-title = File d’examen
review-months = Mois sans participation
review-intro = ALS actives et moins actives sans aucune participation enregistrée depuis le { $date }, en commençant par celles qui sont silencieuses depuis le plus longtemps.
review-empty = Aucune ALS n’est restée silencieuse aussi longtemps.
review-select = Sélectionner
review-silent-for = Silencieuse depuis
review-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
review-apply = Changer le statut des ALS sélectionnées
review-err-choose = Cochez au moins une ALS.
coverage-title = Couverture de la sensibilisation
coverage-intro = Tous les pays et territoires d’Amérique latine et des Caraïbes, par sous-région de LACRALO : ALS actives, membres et actions de sensibilisation menées sur place. Les lieux sans ALS active sont des cibles de sensibilisation.
coverage-targets = { $count ->
    [0] Aucun lieu sans ALS active
    [one] Un lieu sans ALS active
   *[other] { $count } lieux sans ALS active
}
coverage-no-targets = Chaque lieu compte au moins une ALS active.
coverage-outreach-done = { $count ->
    [one] { $count } action de sensibilisation enregistrée
   *[other] { $count } actions de sensibilisation enregistrées
}
coverage-active-als = ALS actives
coverage-events = Événements tenus sur place
coverage-engagements = Participations
coverage-territory = territoire
coverage-target = Cible de sensibilisation
coverage-summary = { $als ->
    [0] aucune ALS active
    [one] une ALS active
   *[other] { $als } ALS actives
}, { $members ->
    [one] { $members } membre
   *[other] { $members } membres
}
coverage-legend-none = Aucune ALS active (cible de sensibilisation)
coverage-legend-low = Une ALS active
coverage-legend-good = Deux ALS actives ou plus
coverage-map-title = Carte de la couverture de LACRALO
coverage-map-desc = Chaque carré représente un pays ou territoire, placé approximativement là où il se trouve ; sa couleur indique combien d’ALS actives il compte. Les tableaux ci-dessous donnent les mêmes chiffres.
flash-als-created = ALS créée.
flash-als-saved = ALS enregistrée.
flash-als-status-changed = Statut modifié.
flash-als-deleted = ALS supprimée.
flash-als-has-members = { $count ->
    [one] Cette ALS a un membre, elle ne peut donc pas être supprimée : décertifiez-la plutôt.
   *[other] Cette ALS a { $count } membres, elle ne peut donc pas être supprimée : décertifiez-la plutôt.
}
flash-engagement-added = Participation enregistrée.
flash-review-done = { $count ->
    [0] Aucun statut n’a changé.
    [one] Une ALS a changé de statut.
   *[other] { $count } ALS ont changé de statut.
}

# Membres
nav-members = Membres
members-title = Membres
member-new = Nouveau membre
member-edit = Modifier le membre
member-name = Nom
member-als = ALS
member-search = Nom ou adresse e-mail
member-show-inactive = Inclure les membres inactifs
member-count = { $count ->
    [0] Aucun membre
    [one] Un membre
   *[other] { $count } membres
}
member-active = Actif
member-inactive = Inactif
member-individual = Membre individuel
member-in-als = Membre d’une ALS
member-no-als = Aucune ALS
member-membership = Adhésion
member-joined = Date d’adhésion
member-account = Compte
member-has-account = Se connecte avec son propre compte
member-no-account = Pas encore de compte
member-err-name-required = Saisissez le nom du membre.
member-err-individual-with-als = Un membre individuel n’appartient à aucune ALS : choisissez « Aucune ALS », ou « Membre d’une ALS ».
member-err-als-required = Choisissez l’ALS du membre, ou indiquez qu’il s’agit d’un membre individuel.
member-err-email-taken = Un autre membre a déjà cette adresse e-mail.
flash-member-saved = Membre enregistré.

# Importations du registre
registry-import-title-als = Importer des ALS
registry-import-title-members = Importer des membres
registry-import-intro = Envoyez un fichier CSV. Chaque ligne est vérifiée et vous est d’abord présentée ; rien n’est importé avant votre confirmation, et alors toutes les lignes sont importées, ou aucune.
registry-import-columns-als = Seules les colonnes « name » et « country » (code ISO ou nom) sont obligatoires ; « status » vaut active, less_active, standby ou decertified (active si vide) ; « accredited_on » est une date comme 2015-06-30.
registry-import-columns-members = Les colonnes « name » et « country » sont obligatoires ; « als » est le nom ou le sigle de l’ALS (vide pour un membre individuel) ; « active » vaut yes ou no ; « email » peut être dans n’importe quelle écriture.
registry-export = Tout télécharger en CSV
registry-import-err-missing = Le fichier n’a pas de colonne « { $column } ». La première ligne doit nommer les colonnes, parmi : { $columns }.
registry-import-err-name = un nom est obligatoire
registry-import-err-duplicate-als = il existe déjà une ALS nommée « { $value } » dans ce pays (dans le registre ou plus haut dans le fichier)
registry-import-err-duplicate-email = un autre membre a déjà l’adresse { $value } (dans le registre ou plus haut dans le fichier)
registry-import-err-no-als = aucune ALS ne s’appelle « { $value } »
registry-import-err-ambiguous-als = plusieurs ALS correspondent à « { $value } » : utilisez le nom complet
flash-imported-rows = { $count ->
    [one] Une ligne importée.
   *[other] { $count } lignes importées.
}
engagement-member = Qui
engagement-whole-als = L’ALS dans son ensemble
engagement-event = Lors de quel événement
engagement-no-event = Sans lien avec un événement
member-link-title = Compte
member-link-hint = Associez le membre à son compte, pour qu’il se connecte en son propre nom (pour postuler à CROP, par exemple).
member-link = Associer
member-unlink = Dissocier le compte
flash-account-linked = Enregistré.
flash-account-not-linkable = Ce compte est déjà associé à un autre membre.
nav-menu = Menu
nav-manage = Gérer
nav-admin = Administration
nav-enrol-2fa = Activez votre second facteur
als-err-status-conflict = Quelqu’un a modifié cette ALS pendant que vous la consultiez. Son statut actuel est affiché ci-dessous : vérifiez-le et décidez à nouveau.

als-conflict-title = Quelqu’un d’autre a modifié cette ALS
als-conflict-intro = Pendant que vous la modifiiez, quelqu’un a enregistré une version plus récente de « { $name } ». Rien n’a été écrasé : voici les différences entre la version enregistrée et la vôtre.
als-conflict-view = Voir l’ALS
member-conflict-title = Quelqu’un d’autre a modifié ce membre
member-conflict-intro = Pendant que vous le modifiiez, quelqu’un a enregistré une version plus récente de « { $name } ». Rien n’a été écrasé : voici les différences entre la version enregistrée et la vôtre.
member-conflict-view = Voir le membre
