# Événements récurrents (issue 16, commencé)
recurrence-err-unreadable = Ce n’est pas une règle de répétition lisible, comme FREQ=MONTHLY;BYDAY=1TU;COUNT=12.
recurrence-err-frequency = Une série se répète chaque jour, chaque semaine, chaque mois ou chaque année.
recurrence-err-no-end = Indiquez quand la série se termine : un nombre de fois (COUNT) ou un dernier jour (UNTIL).
recurrence-err-too-many = Une série compte au plus 260 occurrences.
recurrence-err-start-gap = Ce jour-là, les horloges sautent cette heure dans ce fuseau : choisissez une autre heure.
