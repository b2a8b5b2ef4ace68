# Événements récurrents : une série et ses occurrences
recurrence-err-unreadable = Ce n’est pas une règle de répétition lisible, comme FREQ=MONTHLY;BYDAY=1TU;COUNT=12.
recurrence-err-frequency = Une série se répète chaque jour, chaque semaine, chaque mois ou chaque année.
recurrence-err-no-end = Indiquez quand la série se termine : un nombre de fois, ou un dernier jour.
recurrence-err-too-many = Une série compte au plus 260 occurrences.
recurrence-err-start-gap = Ce jour-là, les horloges sautent cette heure dans ce fuseau : choisissez une autre heure.
recurrence-err-time-parts = L’heure est celle du début : n’incluez pas BYHOUR, BYMINUTE ni BYSECOND dans la règle.
recurrence-err-empty = Cette règle ne produit aucune occurrence : vérifiez son dernier jour.

repeat-legend = Répétition
repeat-hint-series = Utilisé lorsque vous modifiez cette occurrence et les suivantes, ou toutes les occurrences.
field-repeat = Fréquence
repeat-none = Ne se répète pas
repeat-daily = Tous les jours
repeat-weekly = Chaque semaine, le même jour de la semaine
repeat-fortnightly = Toutes les deux semaines, le même jour de la semaine
repeat-monthly = Chaque mois, le même jour de la semaine (par exemple le premier mardi)
repeat-bimonthly = Tous les deux mois, le même jour de la semaine
repeat-yearly = Chaque année, à la même date
repeat-custom = Règle personnalisée (RRULE iCalendar)
field-repeat-count = Nombre de fois
hint-repeat-count = Y compris la première. Indiquez ce nombre ou un dernier jour.
field-repeat-until = Dernier jour
hint-repeat-until = La série se termine ce jour-là ou avant.
field-repeat-rule = Règle personnalisée
hint-repeat-rule = Uniquement pour une règle personnalisée, par exemple FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR (le dernier vendredi, tous les trois mois).

series-err-webinar = Un webinaire ne peut pas se répéter : saisissez séparément chaque webinaire d’un programme.
series-err-needs-day = Un événement récurrent doit avoir un jour : choisissez « Le jour est connu ».
series-err-rule-required = Saisissez la règle personnalisée, ou choisissez la fréquence de répétition.
series-err-count = Indiquez un nombre entier de 1 à { $max }.
series-err-count-or-until = Indiquez un nombre de fois ou un dernier jour, pas les deux.
series-err-until-before-start = Le dernier jour ne peut pas précéder la première occurrence.
series-err-first-day = La règle ne donne pas la date de début elle-même : choisissez une date de début qui correspond à la règle.
series-err-repeat-this = Vous avez modifié la répétition de la série : choisissez « Cette occurrence et les suivantes » ou « Toutes les occurrences de la série » pour l’appliquer.
series-err-repeat-required = Choisissez comment la série se répète, ou modifiez uniquement cette occurrence.

series-heading = Série
series-position = Occurrence { $index } sur { $count }
series-moved = déplacée individuellement
series-desc-daily = Tous les jours
series-desc-weekly = Chaque semaine
series-desc-fortnightly = Toutes les deux semaines
series-desc-monthly = Chaque mois, le même jour de la semaine du mois que le { $first }
series-desc-bimonthly = Tous les deux mois, le même jour de la semaine du mois que le { $first }
series-desc-yearly = Chaque année
series-custom = Règle personnalisée { $rule }
series-ends-count = { $count ->
    [one] une fois
   *[other] { $count } fois
}
series-ends-until = jusqu’au { $day }
series-scope-legend = Appliquer cette modification à
series-scope-hint = « Cette occurrence et les suivantes » crée une nouvelle série à partir de cette occurrence. Déplacer le jour ou l’heure de toutes les occurrences les déplace toutes, y compris celles déplacées individuellement.
series-delete-legend = Supprimer
scope-this = Cette occurrence uniquement
scope-following = Cette occurrence et les suivantes
scope-all = Toutes les occurrences de la série
event-err-linked = Une opportunité CROP est liée à cet événement : il ne peut pas être supprimé. Annulez-le plutôt, en indiquant le motif.
