## Notifications : messages, préférences, boîte d’envoi, calendriers.

## Les types de message, et ce que chacun concerne (la page des préférences).
notify-kind = Type de message
notify-kind-invitation = Invitations
notify-kind-invitation-help = Une invitation à créer un compte, envoyée une seule fois par la personne qui vous invite.
notify-kind-security = Alertes de sécurité
notify-kind-security-help = Lorsque votre mot de passe change, que votre connexion en deux étapes est réinitialisée ou que quelqu’un se connecte à votre compte depuis un nouveau navigateur.
notify-kind-crop-receipt = Accusés de réception CROP
notify-kind-crop-receipt-help = Un accusé de réception lorsque vous soumettez, modifiez ou retirez une candidature CROP.
notify-kind-crop-decision = Décisions CROP
notify-kind-crop-decision-help = Lorsque votre candidature CROP est présélectionnée, approuvée, refusée ou révoquée, avec le motif.
notify-kind-crop-announcement = Opportunités CROP
notify-kind-crop-announcement-help = Une nouvelle opportunité CROP à laquelle vous pouvez postuler : d’abord annoncée à la sous-région de l’événement, puis à tous.
notify-kind-crop-deadline = Rappels de date limite CROP
notify-kind-crop-deadline-help = Un rappel avant une date limite CROP, si vous n’avez pas encore postulé.
notify-kind-trip-report = Rappels de rapport de voyage
notify-kind-trip-report-help = Avant la date de remise de votre rapport de voyage CROP, le jour même, puis chaque semaine tant qu’il est en retard.
notify-kind-event-change = Modifications des événements que vous suivez
notify-kind-event-change-help = Lorsqu’un événement que vous suivez change de dates, de statut ou de lieu.
notify-kind-webinar-reminder = Rappels de webinaires
notify-kind-webinar-reminder-help = Avant le début d’un webinaire que vous suivez, dans votre fuseau horaire, avec le lien pour le rejoindre.
notify-kind-webinar-thanks = Remerciements après les webinaires
notify-kind-webinar-thanks-help = Après un webinaire auquel vous avez participé, avec l’enregistrement s’il y en a un.
notify-kind-als-nudge = Rappels aux ALS
notify-kind-als-nudge-help = À la personne de contact d’une ALS, un mois avant que l’ALS ne passe dans la file d’examen faute d’activité enregistrée.
notify-kind-als-status = Changements de statut des ALS
notify-kind-als-status-help = À la personne de contact d’une ALS, chaque fois que le statut de l’ALS change.
notify-kind-digest = Récapitulatif hebdomadaire
notify-kind-digest-help = Pour la direction : une fois par semaine, ce qui demande de l’attention.

## Éléments communs à tous les messages.
mail-greeting = Bonjour { $name },
mail-greeting-anonymous = Bonjour,
mail-signature = LACRALO Outreach
mail-footer-mandatory = Ce message concerne votre propre compte ou votre candidature : il ne peut donc pas être désactivé.
mail-footer-unsubscribe = Ne plus recevoir « { $kind } »
mail-footer-preferences = Choisir ce que vous recevez
mail-instant = { $date } à { $time } ({ $zone }, { $offset })

## Informations et actions dans les messages.
notify-fact-dates = Dates
notify-fact-status = Statut
notify-fact-place = Lieu
notify-fact-reason = Motif indiqué
notify-fact-starts = Début
notify-fact-organiser-time = Dans le fuseau horaire des organisateurs
notify-fact-join = Lien pour rejoindre
notify-fact-page = Page du webinaire
notify-fact-report-due = Date de remise du rapport
notify-fact-last-engaged = Dernière activité enregistrée
notify-fact-when = Quand
notify-fact-by = Effectué par
notify-place-unknown = Pas encore connu
notify-action-event = Voir l’événement
notify-action-webinar = Voir le webinaire
notify-action-join = Rejoindre
notify-action-recording = Regarder l’enregistrement
notify-action-crop-apply = Lire et postuler
notify-action-crop-application = Voir votre candidature
notify-action-report = Remettre votre rapport de voyage
notify-action-als = Voir l’ALS
notify-action-account = Vérifier votre compte
notify-action-dashboard = Ouvrir LACRALO Outreach

## Pourquoi un message est arrivé.
notify-why-follow-event = Vous recevez ce message parce que vous suivez cet événement (ou des événements similaires).
notify-why-follow-webinar = Vous recevez ce message parce que vous suivez ce webinaire (ou des événements similaires).
notify-why-crop-subregion = Vous recevez ce message parce que vous êtes membre actif de LACRALO dans la sous-région { $subregion }.
notify-why-crop-member = Vous recevez ce message parce que vous êtes membre actif de LACRALO.
notify-why-own-application = Vous recevez ce message parce qu’il concerne votre propre candidature CROP.
notify-why-report = Vous recevez ce message parce que votre voyage CROP attend son rapport.
notify-why-report-overdue = Vous recevrez ce message chaque semaine jusqu’à la remise du rapport.
notify-why-attended = Vous recevez ce message parce que votre présence a été enregistrée.
notify-why-als-contact = Vous recevez ce message parce que vous êtes la personne de contact de { $als } auprès de LACRALO.
notify-why-digest = Vous recevez ce message parce que vous faites partie de la direction de LACRALO.
notify-why-security = Vous recevez ce message parce qu’il concerne la sécurité de votre compte.
notify-why-invited = Vous recevez ce message parce que { $inviter } vous a envoyé une invitation.

## Événements.
notify-event-changed-subject = Modifié : { $title }
notify-event-status-subject = Nouveau statut : { $title }
notify-event-cancelled-subject = Annulé : { $title }
notify-event-changed-intro = « { $title } », que vous suivez, a changé :

## CROP.
notify-crop-announce-subject = Opportunité CROP pour { $subregion } : { $title }
notify-crop-announce-intro = LACRALO peut financer { $slots ->
    [one] une place
   *[other] { $slots } places
} pour participer à « { $title } ». Selon les règles de LACRALO, l’opportunité est d’abord proposée aux membres de la sous-région { $subregion }. Les membres actifs peuvent postuler jusqu’à la date limite indiquée ci-dessous.
notify-crop-open-subject = Opportunité CROP ouverte à tous les membres : { $title }
notify-crop-open-intro = L’opportunité CROP pour participer à « { $title } » est maintenant ouverte à tous les membres actifs de LACRALO, et plus seulement à ceux de la sous-région { $subregion }. Vous pouvez postuler jusqu’à la date limite indiquée ci-dessous.
notify-crop-deadline-subject = Date limite CROP le { $deadline } : { $title }
notify-crop-deadline-intro = Les candidatures pour participer à « { $title } » avec un financement CROP sont ouvertes jusqu’au { $deadline }. Vous n’avez pas encore postulé.
notify-crop-receipt-submitted-subject = Nous avons bien reçu votre candidature CROP : { $title }
notify-crop-receipt-submitted-intro = Votre candidature pour participer à « { $title } » est soumise. Vous pouvez la modifier ou la retirer jusqu’à la date limite ; la direction vous fera part de sa décision.
notify-crop-receipt-changed-subject = Votre candidature CROP a été modifiée : { $title }
notify-crop-receipt-changed-intro = Les modifications de votre candidature pour participer à « { $title } » sont enregistrées.
notify-crop-receipt-withdrawn-subject = Votre candidature CROP a été retirée : { $title }
notify-crop-receipt-withdrawn-intro = Votre candidature pour participer à « { $title } » est retirée. Si ce n’était pas vous, écrivez à la direction de LACRALO.
notify-crop-decision-subject = CROP : { $title }, { $status }
notify-crop-decision-shortlisted = Votre candidature pour participer à « { $title } » est présélectionnée. La direction prendra sa décision prochainement.
notify-crop-decision-approved = Votre candidature pour participer à « { $title } » est approuvée. Le personnel CROP de l’ICANN prendra contact avec vous pour organiser le voyage.
notify-crop-decision-declined = Votre candidature pour participer à « { $title } » a été refusée.
notify-crop-decision-revoked = L’approbation de votre voyage pour « { $title } » a été révoquée.
notify-report-before-subject = Votre rapport de voyage est à remettre le { $due } : { $title }
notify-report-before-intro = Votre rapport de voyage CROP pour « { $title } » est à remettre le { $due }.
notify-report-due-subject = Votre rapport de voyage est à remettre aujourd’hui : { $title }
notify-report-due-intro = Votre rapport de voyage CROP pour « { $title } » est à remettre aujourd’hui ({ $due }).
notify-report-overdue-subject = Votre rapport de voyage est en retard : { $title }
notify-report-overdue-intro = Votre rapport de voyage CROP pour « { $title } » était à remettre le { $due } et n’a pas encore été remis. LACRALO en a besoin pour rendre compte du programme CROP.

## Webinaires.
notify-webinar-reminder-subject = Webinaire le { $when } : { $title }
notify-webinar-reminder-intro = « { $title } » commence le { $when }.
notify-webinar-thanks-subject = Merci de votre participation : { $title }
notify-webinar-thanks-intro = Merci d’avoir participé à « { $title } ». Votre présence est enregistrée pour vous et pour votre ALS.
notify-webinar-thanks-recording = L’enregistrement est disponible au lien ci-dessous.

## ALS.
notify-als-nudge-subject = { $als } : racontez-nous vos activités
notify-als-nudge-intro = LACRALO n’a enregistré aucune activité de { $als } ou de ses membres depuis le { $since }. Dans un mois, les ALS sans activité enregistrée passent dans la file d’examen de la direction.
notify-als-nudge-ask = Si vous avez participé à des webinaires, des événements, des commentaires sur les politiques ou des activités locales, faites-le savoir à la direction de LACRALO ou au personnel GSE pour que ces activités soient enregistrées.
notify-als-status-subject = Nouveau statut de { $als } : { $status }
notify-als-status-intro = La direction de LACRALO a changé le statut de { $als }.

## Le récapitulatif hebdomadaire.
notify-digest-subject = Récapitulatif hebdomadaire de LACRALO, { $day }
notify-digest-intro = Ce qui demande de l’attention cette semaine.
notify-digest-review = Nouveautés dans la file d’examen
notify-digest-reports = Rapports de voyage en retard
notify-digest-events = Événements à vérifier
notify-digest-closing = Opportunités CROP qui se clôturent dans les 14 jours
notify-digest-failed = Messages qui n’ont pas pu être envoyés
notify-digest-failed-count = { $count ->
    [one] { $count } message n’a pas pu être envoyé
   *[other] { $count } messages n’ont pas pu être envoyés
}
notify-digest-none = Rien à signaler.
notify-digest-more = … et { $count } de plus

## Avis concernant le compte.
notify-invite-intro = { $inviter } vous invite à rejoindre LACRALO Outreach avec le rôle « { $role } ».
notify-invite-expiry = Le lien ci-dessous ne fonctionne qu’une fois, pendant { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}.
notify-security-password-subject = Votre mot de passe a été modifié
notify-security-password-intro = Le mot de passe de votre compte LACRALO Outreach a été modifié.
notify-security-second-factor-subject = Votre connexion en deux étapes a été désactivée
notify-security-second-factor-intro = La connexion en deux étapes de votre compte LACRALO Outreach a été désactivée ou réinitialisée.
notify-security-new-browser-subject = Nouvelle connexion à votre compte
notify-security-new-browser-intro = Quelqu’un s’est connecté à votre compte LACRALO Outreach depuis un navigateur jamais utilisé auparavant avec ce compte.
notify-security-not-you = Si ce n’était pas vous, changez immédiatement votre mot de passe et prévenez la direction de LACRALO.

## La page des préférences.
notify-prefs-title = Notifications
notify-prefs-lead = Choisissez ce que LACRALO Outreach vous envoie par e-mail, et ce que vous suivez.
notify-prefs-kinds = Ce que vous recevez
notify-prefs-optional = Messages que vous pouvez désactiver
notify-prefs-mandatory = Toujours envoyés
notify-prefs-mandatory-hint = Ils concernent votre propre compte ou votre candidature.
notify-prefs-zone-hint = Les dates et heures des messages sont données dans le fuseau horaire de votre compte :
notify-prefs-follows = Ce que vous suivez
notify-prefs-follows-lead = Nous vous prévenons lorsqu’un événement que vous suivez change, et vous envoyons un rappel avant un webinaire que vous suivez. Suivez un événement depuis sa page, ou ici tous les événements d’un type, d’une pertinence, d’un pays ou d’une sous-région.
notify-prefs-follows-none = Vous ne suivez rien pour l’instant.
notify-prefs-follow-add = Suivre tous les événements correspondant à
notify-prefs-follow-choose = Choisir…
follow-target = Suivre
follow-target-event = Événement
follow-target-relevance = Pertinence
follow-target-kind = Type
follow-target-country = Pays
follow-target-subregion = Sous-région
follow-start = Suivre
follow-stop = Ne plus suivre
follow-hint = Recevez un avis quand ses dates, son statut ou son lieu changent.
follow-on-hint = Vous suivez ceci : nous vous prévenons quand ses dates, son statut ou son lieu changent.
flash-followed = Vous le suivez désormais.
flash-unfollowed = Vous ne le suivez plus.
flash-notifications-saved = Vos choix de notifications sont enregistrés.

## Les réglages par défaut de la direction.
notify-settings-title = Réglages des notifications
notify-settings-lead = Les réglages par défaut pour tous : quand partent les rappels, quand part le récapitulatif hebdomadaire, et si les ALS reçoivent des rappels.
notify-settings-crop = CROP
notify-settings-webinars = Webinaires
notify-settings-digest = Récapitulatif hebdomadaire pour la direction
notify-settings-als = Rappels aux ALS
notify-settings-conflict = Quelqu’un a enregistré ces réglages pendant que vous les modifiiez. Ses valeurs sont enregistrées ; les vôtres sont affichées ci-dessous : enregistrez à nouveau pour les conserver.
notify-field-crop-first = Premier rappel de date limite, nombre de jours avant
notify-field-crop-last = Dernier rappel de date limite, nombre de jours avant
notify-field-report = Rappel du rapport de voyage, nombre de jours avant la date de remise
notify-field-webinar-first = Premier rappel de webinaire, nombre d’heures avant
notify-field-webinar-last = Dernier rappel de webinaire, nombre d’heures avant
notify-field-digest-day = Jour
notify-field-digest-hour = Heure
notify-field-als-nudges = Prévenir la personne de contact d’une ALS un mois avant que l’ALS ne passe dans la file d’examen
notify-hint-days = Un nombre entier de jours.
notify-hint-hours = Un nombre entier d’heures.
notify-hint-report = Ensuite : le jour même, puis chaque semaine tant qu’il est en retard.
notify-hint-digest-hour = Dans le fuseau horaire de chaque membre de la direction.
notify-err-last-before-first = Le dernier rappel doit venir après le premier : indiquez un nombre plus petit que pour le premier.
err-number-range = Saisissez un nombre entier de { $min } à { $max }.
flash-notify-settings = Les réglages des notifications sont enregistrés.

## La boîte d’envoi.
outbox-tabs = Messages par statut
outbox-tab-pending = En attente
outbox-tab-failed = En échec
outbox-tab-sent = Envoyés
outbox-empty = Aucun message ici.
outbox-server-answer = Le serveur de messagerie a répondu :
outbox-next-attempt = Prochaine tentative : { $when }
outbox-sent-at = envoyé le
outbox-handled-by = traité par { $who }
outbox-link = Concerne :
outbox-show-text = Afficher la partie texte
outbox-preview = Voir le message tel qu’il s’affiche dans un logiciel de messagerie
outbox-retry = Réessayer maintenant
outbox-mark-sent = Marquer comme envoyé manuellement
flash-outbox-retry = Le message sera renvoyé dans un instant.
flash-outbox-marked-sent = Le message est marqué comme envoyé manuellement.
flash-outbox-already-sent = Ce message a déjà été envoyé.

## Désabonnement.
unsubscribe-title = Ne plus recevoir ces messages
unsubscribe-ask = Ne plus envoyer « { $kind } » à { $email } ?
unsubscribe-button = Ne plus recevoir ces messages
unsubscribe-done = { $email } ne recevra plus « { $kind } ».
unsubscribe-preferences = Pour choisir chaque type de message, connectez-vous et ouvrez

## Calendriers.
feed-title = Votre calendrier
feed-lead = Une adresse de calendrier privée avec les événements et webinaires que vous suivez, vos dates limites CROP et les dates de remise de vos rapports de voyage (et, pour la direction, toutes les dates limites CROP). Ajoutez-la une fois à votre application de calendrier ; elle reste à jour d’elle-même.
feed-your-link = Votre adresse de calendrier
feed-once = Cette adresse n’est affichée que maintenant : copiez-la ou abonnez-vous. Toute personne qui la possède peut lire votre calendrier ; créez-en une nouvelle si elle a fuité.
feed-subscribe = M’abonner dans mon application de calendrier
feed-copy = Ou copiez l’adresse :
feed-made-on = Votre adresse de calendrier a été créée le { $when }.
feed-none = Vous n’avez pas encore d’adresse de calendrier.
feed-make = Créer mon adresse de calendrier
feed-renew = Créer une nouvelle adresse
feed-renew-hint = Une nouvelle adresse désactive l’ancienne : les calendriers qui y sont abonnés cessent de se mettre à jour.
feed-public-lead = Ajoutez ce calendrier à votre application de calendrier : il suit ces filtres et reste à jour, à partir de l’année dernière.
feed-private-name = LACRALO : mon calendrier
feed-crop-deadline = Date limite CROP : { $title }
feed-trip-report = Rapport de voyage à remettre : { $title }
flash-feed-made = Votre adresse de calendrier est prête.
calhelp-title = Comment s’abonner
calhelp-google = Sur un ordinateur, ouvrez Google Agenda, puis « Autres agendas » → « + » → « À partir de l’URL », collez l’adresse et choisissez « Ajouter un agenda ».
calhelp-outlook = Dans Outlook sur le web, ouvrez le calendrier, puis « Ajouter un calendrier » et choisissez de vous abonner à partir du web ; collez l’adresse et importez-la.
calhelp-apple = Sur un Mac, choisissez Fichier → Nouvel abonnement à un calendrier et collez l’adresse ; sur un iPhone, ouvrez le lien « webcal:// » et confirmez.
calhelp-refresh = Les applications de calendrier récupèrent les mises à jour d’elles-mêmes, à quelques heures d’intervalle.

## La page du compte et les invitations.
account-zone-hint = Les dates et heures de vos messages et rappels utilisent ce fuseau ; à défaut, celui de votre pays.
account-notify-lead = Choisissez les messages que vous recevez, et suivez des événements.
account-notify-link = Choix de notifications
account-feed-link = Votre adresse de calendrier
invite-field-language = Langue de l’invitation
crop-revoke = Révoquer l’approbation
crop-status-revoked = Approbation révoquée

## La personne de contact d’une ALS.
als-contact = Contact pour les messages de LACRALO
als-contact-hint = Les rappels avant la file d’examen et les changements de statut sont envoyés à ce membre.
als-contact-none = Aucun membre de cette ALS n’a encore d’adresse e-mail.
als-contact-nobody = Personne
als-contact-save = Enregistrer le contact
flash-als-contact-saved = Le contact de l’ALS est enregistré.

## A member's language.
member-language = Langue de lecture
member-language-unknown = Inconnue
member-language-hint = Les messages à ce membre sont écrits dans cette langue, sauf si son compte en a une à lui.
notify-crop-decision-info_requested = La direction demande des informations complémentaires sur votre candidature pour « { $title } ». Modifiez-la et soumettez-la à nouveau.
