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
crop-deadline-text = { $day }, jusqu’à la fin de la journée dans le fuseau { $zone } ({ $yours })
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
crop-you-can-apply = Vous pouvez postuler
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
crop-report-hint = Ce que vous avez fait, qui vous avez rencontré, quelles suites. À remettre trois semaines après votre retour.
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
crop-reports-lead = Voyages approuvés dont le rapport devait être remis trois semaines après le retour de la personne et ne l’a pas été.
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

# The year's outreach strategic plan (ICANN's CROP procedure)
crop-plan-title = Plan de sensibilisation EF{ $year }
crop-plan-lead = L’ICANN n’approuve les voyages CROP d’un exercice fiscal qu’une fois le plan stratégique de sensibilisation de cet exercice approuvé par la direction de la RALO et le GSE régional.
crop-plan-approval = Approbation du plan
crop-plan-missing = Le plan de sensibilisation de cet exercice n’est pas enregistré comme approuvé : aucun de ses voyages ne peut encore être approuvé.
crop-plan-leadership-approver = Approuvé pour la direction de la RALO par
crop-plan-leadership-approver-hint = Le nom, tel qu’il figure sur l’approbation.
crop-plan-gse-approver = Approuvé pour le GSE régional par
crop-plan-gse-approver-hint = La personne du GSE qui l’a approuvé.
crop-plan-approved-on = Approuvé le
crop-plan-link = Plan approuvé (lien)
crop-plan-link-hint = Où se trouve le document approuvé : la page du wiki ou le fichier, commençant par https://
crop-plan-recorded-by = Enregistré par
crop-plan-record = Enregistrer l’approbation
crop-plan-correct = Corriger l’approbation
crop-plan-trips = Les voyages de l’exercice
crop-plan-trips-allowed = { $count ->
    [one] L’exercice permet un voyage.
   *[other] L’exercice permet { $count } voyages.
}
crop-plan-no-trips = Aucun voyage n’est encore approuvé pour cet exercice.
crop-plan-events = Les événements de sensibilisation de l’exercice
crop-plan-no-events = Aucun événement de cet exercice n’est marqué comme de LACRALO ou comme candidat CROP.
crop-plan-targets = Objectifs des programmes
crop-plan-no-targets = Aucun objectif de programme n’est fixé pour ces années.
crop-plan-year = Année
crop-plan-programme = Programme
crop-plan-target = Objectif
crop-plan-held = Tenus
crop-plan-approved-short = Approuvé le { $date }
crop-plan-not-recorded = Non enregistré
crop-plan-conflict-title = Quelqu’un d’autre a enregistré l’approbation de ce plan
crop-plan-conflict-intro = Pendant que vous saisissiez, quelqu’un a enregistré l’approbation du plan de sensibilisation EF{ $year }. Rien n’a été écrasé : voici ce qui diffère entre son enregistrement et le vôtre.
crop-plan-conflict-view = Voir le plan
crop-err-no-plan = Le plan de sensibilisation de cet exercice n’est pas enregistré comme approuvé : enregistrez-le d’abord (Voyages par exercice fiscal › le plan de l’exercice).
crop-err-plan-future = La date d’approbation du plan est postérieure à aujourd’hui : un voyage pourra être approuvé à partir de ce jour.
crop-err-plan-approver = Indiquez qui l’a approuvé.
crop-err-plan-date = Indiquez le jour de l’approbation.
crop-err-plan-link = Indiquez le lien vers le plan approuvé, commençant par https://
flash-crop-plan = L’approbation du plan de l’exercice est enregistrée.

# ICANN's CROP procedure: the trip's chain and dates
crop-step = Étape de l’ICANN
crop-step-selected = Sélectionné par la direction de la RALO
crop-step-endorsed = Appuyé par le GSE régional
crop-step-submitted = Soumis au personnel du CROP
crop-step-confirmed = Confirmé par Constituency Travel
crop-err-step-not-approved = Seul un voyage approuvé suit les étapes de l’ICANN.
crop-err-step-order = Les étapes de l’ICANN se suivent : sélectionner, appuyer, soumettre au personnel du CROP, confirmer.
crop-err-step-too-late = Constituency Travel a besoin du voyage six semaines avant le départ. Pour le soumettre plus tard, dites pourquoi (l’exception acceptée par le personnel du CROP).
crop-err-return-before-departure = Le retour est avant le départ.
crop-err-departs-after-start = La personne doit partir au plus tard le jour où l’événement commence.
crop-err-returns-before-end = La personne doit rester jusqu’à la fin de l’événement.
crop-err-already-travelling = Le voyage a commencé : ses dates ne peuvent plus changer.
money-err-number = Indiquez un montant, par exemple 1250,50.
money-err-negative = Un montant ne peut pas être négatif.
money-err-cents = Utilisez au plus deux décimales (centimes).
money-err-too-large = Ce montant est trop élevé.
money-err-hotel-nights = Le CROP paie l’hôtel pour 3 nuits au plus.
money-err-per-diem-days = Le CROP paie les indemnités journalières pour 4 jours au plus.
money-err-visa = Le CROP paie les frais de visa jusqu’à 200 $ US.

crop-trip-procedure = La procédure de l’ICANN pour ce voyage
crop-departure = Départ
crop-return = Retour
crop-trip-dates-hint = À l’approbation : les dates du voyage (proposées : de la veille de l’événement au lendemain). Elles peuvent changer jusqu’au départ.
crop-clock-gse = Appui du GSE régional au plus tard le
crop-clock-recommended = Soumission au personnel du CROP recommandée au plus tard le
crop-clock-travel = Limite de Constituency Travel (6 semaines avant le départ)
crop-clock-late = Les 8 semaines recommandées avant le départ sont passées : soumettez le voyage au personnel du CROP au plus vite.
crop-clock-too-late = Les 6 semaines avant le départ dont Constituency Travel a besoin sont passées : le voyage ne peut être soumis qu’avec le motif de l’exception.
crop-step-on = Le jour où c’est arrivé
crop-step-on-hint = Laissez vide pour aujourd’hui.
crop-step-exception = Exception (soumission après les 6 semaines)
crop-step-exception-hint = Pourquoi le voyage est soumis en retard, comme convenu avec le personnel du CROP.
crop-step-take = Enregistrer : { $step }
crop-err-step-future = Ce jour n’est pas encore arrivé.
crop-err-step-gse-only = Le personnel du GSE régional appuie les voyages : l’appui lui revient.
flash-crop-step = L’étape du voyage est enregistrée et la personne prévenue.
notify-crop-step-subject = Votre voyage CROP pour { $title } : { $step }
notify-crop-step-intro = Votre voyage CROP pour { $title } a franchi une étape de la procédure de l’ICANN : { $step }.
crop-icann-meeting = Une réunion de l’ICANN
crop-icann-meeting-hint = Une réunion publique de l’ICANN ou une réunion régionale organisée par l’ICANN : le CROP souhaite qu’un des voyages de l’exercice y aille.
crop-warn-icann-meeting = Approuver un voyage ici prend la dernière place CROP de l’exercice fiscal, et aucun voyage de cet exercice ne va encore à une réunion publique de l’ICANN ou à une réunion régionale organisée par l’ICANN : le CROP souhaite qu’un des voyages de l’exercice y aille.
crop-withdraw-confirm-title = Retirer votre candidature ?
crop-withdraw-confirm-text = La direction ne l’examinera plus. Vous pourrez postuler à nouveau jusqu’à la date limite.
crop-withdraw-confirm = Oui, la retirer
crop-withdraw-keep = Garder ma candidature
crop-reapply-text = Vous avez retiré cette candidature. Vous pouvez postuler à nouveau jusqu’à la date limite.
crop-reapply = Postuler à nouveau
crop-trip-dates-change = Modifier les dates du voyage
flash-crop-trip-dates = Les dates du voyage sont enregistrées.
crop-clocks-heading = Les échéances de l’ICANN pour un voyage
crop-clocks-hint = Pour un départ la veille du début de l’événement ; chaque voyage approuvé affiche les siennes, selon son départ.
# Informations complémentaires demandées (issue 15)
crop-status-info_requested = Informations complémentaires demandées
crop-request-info = Demander des informations
crop-info-asked = Informations demandées
crop-info-resubmit = Modifiez votre candidature ci-dessous et enregistrez-la pour la soumettre à nouveau. La direction décidera une fois votre réponse reçue.
crop-resubmit = Soumettre à nouveau
crop-err-info-pending = Des informations ont été demandées : approuvez quand le candidat aura soumis à nouveau (le refus reste possible).
crop-err-info-question = Écrivez ce que vous avez besoin de savoir : le candidat le recevra.
crop-warn-approve-late = Moins de 8 semaines avant le départ proposé : le personnel du CROP recommande de soumettre 8 semaines à l’avance, et le voyage doit encore être appuyé par le GSE.
crop-warn-approve-too-late = Moins de 6 semaines avant le départ proposé : Constituency Travel n’acceptera le voyage qu’avec une exception.
# L’évaluation du voyage (questions de l’ICANN)
crop-assessment-lead = L’évaluation du voyage de l’ICANN. Rédigez-la dans l’une des langues de LACRALO ; l’ICANN en a aussi besoin en anglais.
crop-assessment-language = Langue des réponses
crop-assessment-objectives = Objectifs du voyage
crop-assessment-objectives-hint = Ce que vous vouliez accomplir.
crop-assessment-activities = Activités
crop-assessment-activities-hint = Séances suivies, réunions, présentations.
crop-assessment-people = Personnes touchées
crop-assessment-people-hint = À combien de personnes vous avez parlé ou présenté (un nombre).
crop-assessment-contacts = Contacts établis
crop-assessment-contacts-hint = Organisations et personnes rencontrées, et pourquoi elles comptent pour At-Large.
crop-assessment-follow-up = Suivi prévu
crop-assessment-follow-up-hint = Ce qui vient ensuite, et qui s’en charge.
crop-assessment-results = Résultats
crop-assessment-english = Version anglaise
crop-assessment-english-hint = Toute l’évaluation en anglais, si vous l’avez rédigée dans une autre langue. Vous pouvez l’ajouter plus tard ; d’ici là, le rapport est signalé.
crop-err-assessment-objectives = Indiquez ce que le voyage devait accomplir.
crop-err-assessment-activities = Énumérez les activités du voyage.
crop-err-assessment-contacts = Nommez les contacts établis (ou écrivez « aucun »).
crop-err-assessment-follow_up = Indiquez le suivi prévu (ou écrivez « aucun »).
crop-err-assessment-people = Indiquez le nombre de personnes touchées.
crop-err-assessment-people-number = Écrivez un nombre entier entre 0 et { $max }.
crop-english-missing = La version anglaise manque : l’ICANN exige l’évaluation en anglais.
crop-assessment-print = Version anglaise imprimable
crop-assessment-title = CROP trip assessment
crop-assessment-traveller = Voyageur
crop-assessment-event = Événement
crop-assessment-trip = Voyage
crop-assessment-original = Réponses telles que rédigées
# L’argent du voyage
crop-costs = Frais de voyage
crop-costs-caps = Le CROP paie le billet d’avion en classe économique, l’hôtel pour 3 nuits au plus, les indemnités journalières pour 4 jours au plus et les frais de visa jusqu’à 200 $ US.
crop-costs-none = Pas encore saisis.
crop-costs-estimate = Estimation des frais
crop-costs-actual = Frais réels
crop-cost-currency = Devise
crop-cost-airfare = Billet d’avion (économique)
crop-cost-visa = Frais de visa
crop-cost-visa-hint = Jusqu’à 200 $ US.
crop-cost-hotel = Hôtel (nuits × tarif)
crop-cost-hotel-nights = Nuits d’hôtel
crop-cost-hotel-nights-hint = 3 au plus.
crop-cost-hotel-night = Tarif de l’hôtel par nuit
crop-cost-per-diem = Indemnités (jours × taux)
crop-cost-per-diem-days = Jours d’indemnité
crop-cost-per-diem-days-hint = 4 au plus, au taux de l’exercice.
crop-cost-total = Total
crop-costs-save = Enregistrer : { $what }
crop-per-diem-line = Indemnité journalière : { $rate } par jour.
crop-per-diem-unset = Aucun taux d’indemnité n’est fixé pour { $year } : la direction le fixe sur la page des allocations.
crop-err-costs-not-now = Ces frais ne peuvent pas être saisis maintenant pour cette candidature.
crop-err-whole-number = Écrivez un nombre entier.
flash-crop-costs = Les frais sont enregistrés.
crop-trips-and-money = Voyages et argent
crop-money-committed = Engagé
crop-money-spent = Dépensé
crop-money-remaining = Reste :
crop-budget = Budget
crop-per-diem-rate = Indemnité par jour
