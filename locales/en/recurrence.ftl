# Recurring events (issue 16, started)
recurrence-err-unreadable = This is not a repeat rule we can read, like FREQ=MONTHLY;BYDAY=1TU;COUNT=12.
recurrence-err-frequency = A series repeats daily, weekly, monthly or yearly.
recurrence-err-no-end = Say when the series ends: a number of times (COUNT) or a last day (UNTIL).
recurrence-err-too-many = A series has at most 260 occurrences.
recurrence-err-start-gap = The clocks skip this time on that day in this time zone: choose another time.
