# CROP : opportunités, candidatures, décisions, rapports de voyage.

nav-crop = CROP
crop-title = Opportunités CROP
crop-lead = Le programme de sensibilisation régionale de la communauté (CROP) de l’ICANN finance quelques voyages de sensibilisation par exercice fiscal. LACRALO propose chaque opportunité d’abord aux membres de la sous-région de l’événement ; ce n’est que s’ils ne peuvent pas y aller qu’elle est ouverte à tous les membres actifs.
crop-none = Aucune opportunité pour l’instant.
crop-open-for-event = Ouvrir une opportunité CROP
crop-new = Nouvelle opportunité
crop-edit = Modifier l’opportunité
crop-opportunity = Opportunité
crop-mine = Mes candidatures
crop-allocations = Voyages par exercice fiscal
crop-reports = Rapports de voyage en retard
crop-year-line = Exercice fiscal { $year } — voyages approuvés : { $approved } sur { $trips }.
crop-event = Événement
crop-phase = Phase
crop-status = Statut
crop-deadline = Date limite de candidature
crop-slots = Places financées
crop-slots-left = Places restantes
crop-slots-text = Restantes :
crop-fiscal-year = Exercice fiscal de l’ICANN
crop-fiscal-year-hint = De juillet à juin, désigné par l’année où il se termine : l’exercice fiscal 2027 va de juillet 2026 à juin 2027.
crop-priority-ends = Priorité à la sous-région jusqu’au
crop-priority-ends-hint = Dernier jour où seuls les membres de la sous-région de l’événement peuvent postuler.
crop-deadline-hint = Dernier jour pour postuler, dans le fuseau horaire ci-dessous. CROP exige une approbation au moins six semaines avant l’événement.
crop-deadline-text = { $day }, jusqu’à la fin de la journée dans le fuseau { $zone } ({ $utc })
crop-deadline-passed = date limite dépassée
crop-choose-event = Choisissez un événement
crop-event-hint = Événements ayant un jour et un pays ; les candidats CROP (★) en premier.
crop-form-lead = L’opportunité est d’abord créée comme brouillon ; annoncez-la à la sous-région de l’événement quand elle est prête.
crop-warn-too-close = La date limite ne tombe que { $days } jours avant l’événement : CROP approuve les voyages au moins six semaines (42 jours) à l’avance.

crop-phase-draft = Brouillon
crop-phase-subregion = Sous-région d’abord
crop-phase-open-to-all = Ouverte à tous les membres
crop-phase-closed = Clôturée
crop-status-submitted = Soumise
crop-status-shortlisted = Présélectionnée
crop-status-approved = Approuvée
crop-status-declined = Refusée
crop-status-withdrawn = Retirée

crop-apply = Postuler
crop-my-application = Ma candidature
crop-why-not-heading = Vous ne pouvez pas postuler à cette opportunité
crop-refusal-not-announced = Elle n’a pas encore été annoncée.
crop-refusal-closed = Elle est clôturée.
crop-refusal-deadline = La date limite est dépassée.
crop-refusal-not-member = Votre compte n’est associé à aucune fiche de membre de LACRALO. Demandez au secrétariat de LACRALO de l’associer.
crop-refusal-member-inactive = Seuls les membres actifs de LACRALO peuvent postuler, et votre adhésion n’est pas active.
crop-refusal-als-inactive = Seuls les membres d’ALS actives peuvent postuler, et votre ALS n’est pas active en ce moment.
crop-refusal-outside-subregion = Pour l’instant, elle n’est ouverte qu’aux membres de la sous-région de l’événement. La direction de LACRALO pourra l’ouvrir à tous plus tard.
crop-applying-as = Candidature au nom de
crop-motivation = Pourquoi vous voulez y aller
crop-motivation-hint = Ce que vous apportez, et ce que LACRALO y gagne.
crop-outreach-plan = Les actions de sensibilisation que vous y mènerez
crop-outreach-plan-hint = Qui vous toucherez, et comment vous en rendrez compte à votre ALS et à LACRALO.
crop-languages = Langues dans lesquelles vous travaillez
crop-travel-needs = Besoins liés au voyage
crop-travel-needs-hint = Facultatif : visa, accessibilité, lieu de départ.
crop-submit = Soumettre la candidature
crop-err-required = Ce champ est nécessaire pour la candidature.
crop-err-languages = Choisissez au moins une langue.

crop-application = Candidature
crop-your-application = Votre candidature
crop-edit-until = Vous pouvez la modifier jusqu’à la date limite, tant qu’aucune décision n’a été prise.
crop-withdraw = Retirer ma candidature
crop-submitted = Soumise le
crop-decision = Décision
crop-report = Rapport de voyage
crop-report-due = À remettre le
crop-report-filed = Remis
crop-overdue = en retard
crop-report-text = Votre évaluation du voyage
crop-report-hint = Ce que vous avez fait, qui vous avez rencontré, quelles suites. À remettre trois semaines après la fin de l’événement.
crop-file-report = Enregistrer le rapport
crop-report-none = Pas encore remis.
crop-report-after-trip = Vous pourrez rédiger le rapport une fois l’événement commencé.
crop-err-report-too-early = Le rapport peut être remis une fois l’événement commencé.
crop-err-report-required = Rédigez le rapport avant de l’enregistrer.
crop-mine-none = Vous n’avez postulé à aucune opportunité.
crop-see-opportunities = Voir les opportunités.
crop-err-not-changeable = La candidature ne peut plus être modifiée : une décision a été prise, elle a été retirée, ou la date limite est dépassée.
crop-err-stale = Quelqu’un a fait une modification entre-temps ; rien de ce que vous avez saisi n’a été enregistré. Voici ce qui est enregistré maintenant.

crop-phase-heading = Phase
crop-announce = Annoncer à la sous-région
crop-announce-hint = Les membres dont le pays fait partie de la sous-région de l’événement pourront alors postuler.
crop-subregion-count = { $count ->
    [0] Aucune candidature de la sous-région pour l’instant.
    [one] { $count } candidature de la sous-région pour l’instant.
   *[other] { $count } candidatures de la sous-région pour l’instant.
}
crop-widen-reason = Pourquoi l’ouvrir à tous les membres
crop-widen-confirm = Je confirme l’ouverture avant la fin de la période de priorité de la sous-région.
crop-widen = Ouvrir à tous les membres
crop-close = Clore les candidatures
crop-phase-history = Historique des phases
crop-subregion-apps = Candidatures de la sous-région à ce moment-là
crop-err-phase-not-allowed = L’opportunité ne peut pas passer à cette phase depuis sa phase actuelle.
crop-err-phase-no-change = Elle est déjà à cette phase.
crop-err-widen-reason = Indiquez pourquoi elle est ouverte à tous les membres ; le motif est conservé dans l’historique.
crop-err-widen-confirm = La période de priorité de la sous-région n’est pas terminée. Cochez la confirmation pour l’ouvrir malgré tout à tous les membres.
crop-review-link = { $count ->
    [0] Candidatures
    [one] { $count } candidature
   *[other] { $count } candidatures
}

crop-review = Candidatures
crop-review-order = Les candidats de la sous-région d’abord, puis les autres ; dans chaque groupe, les candidatures les plus anciennes en premier.
crop-review-none = Aucune candidature pour l’instant.
crop-in-subregion = sous-région
crop-outside-subregion = autre sous-région
crop-als = ALS
crop-past-trips = Voyages CROP précédents
crop-record = Historique de participation
crop-engagements = { $count ->
    [0] aucune participation enregistrée
    [one] { $count } participation
   *[other] { $count } participations
}
crop-last-engaged = dernière :
crop-never = jamais
crop-decision-choose = Choisir
crop-shortlist = Présélectionner
crop-approve = Approuver
crop-decline = Refuser
crop-decision-reason = Motif (obligatoire en cas de refus)
crop-decide = Enregistrer la décision
crop-err-decision-choose = Choisissez une décision.
crop-err-decision-not-allowed = Une décision a déjà été prise sur cette candidature, ou elle a été retirée.
crop-err-decline-reason = Indiquez pourquoi elle est refusée ; le motif est communiqué au candidat.
crop-err-reason-long = Le motif doit faire moins de 1 000 caractères.
crop-err-no-slot = Toutes les places financées de cette opportunité sont prises.
crop-err-no-allocation = Tous les voyages CROP de cet exercice fiscal sont déjà approuvés.
crop-reports-lead = Voyages approuvés dont le rapport devait être remis trois semaines après l’événement et ne l’a pas été.
crop-reports-none = Aucun rapport n’est en retard.
crop-traveller = Voyageur
crop-allocations-lead = Nombre de voyages CROP dont dispose LACRALO pour chaque exercice fiscal de l’ICANN (selon les règles récentes : jusqu’à trois). Les approbations au-delà sont refusées.
crop-approved = Approuvés
crop-trips = Voyages autorisés
crop-trips-default = (par défaut)
crop-err-trips = Saisissez un nombre entier de voyages entre 0 et 100.
crop-err-allocation-below-approved = Le nombre de voyages déjà approuvés pour cet exercice est supérieur à cette valeur.

crop-err-event-required = Choisissez l’événement.
crop-err-event-undated = L’événement doit d’abord avoir un jour connu.
crop-err-event-no-country = L’événement doit avoir un pays : sa sous-région détermine qui peut postuler en premier.
crop-err-event-taken = Cet événement a déjà une opportunité.
crop-err-fiscal-year = Saisissez l’exercice fiscal, par exemple 2027.
crop-err-slots = Saisissez un nombre de places entre 1 et 20.
crop-err-slots-below-approved = Le nombre de candidatures déjà approuvées est supérieur à cette valeur.
crop-err-window-after-deadline = La période de priorité de la sous-région doit se terminer au plus tard à la date limite.
crop-err-deadline-after-event = La date limite doit précéder le début de l’événement.

flash-crop-created = L’opportunité est enregistrée comme brouillon.
flash-crop-saved = L’opportunité est enregistrée.
flash-crop-phase = La phase a été modifiée.
flash-crop-applied = Votre candidature est soumise.
flash-crop-application-saved = Votre candidature est enregistrée.
flash-crop-withdrawn = Votre candidature est retirée.
flash-crop-report-filed = Votre rapport de voyage est enregistré.
flash-crop-decided = La décision est enregistrée, et le candidat en sera informé.
flash-crop-allocation = Les voyages de l’exercice fiscal sont enregistrés.

crop-conflict-title = Quelqu’un d’autre a modifié cette opportunité
crop-conflict-intro = Pendant que vous la modifiiez, quelqu’un a enregistré une version plus récente de l’opportunité pour « { $event } ». Rien n’a été écrasé : voici les différences entre la version enregistrée et la vôtre.
crop-conflict-view = Voir l’opportunité
