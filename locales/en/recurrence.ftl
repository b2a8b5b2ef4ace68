# Recurring events: a series and its occurrences
recurrence-err-unreadable = This is not a repeat rule we can read, like FREQ=MONTHLY;BYDAY=1TU;COUNT=12.
recurrence-err-frequency = A series repeats daily, weekly, monthly or yearly.
recurrence-err-no-end = Say when the series ends: a number of times, or a last day.
recurrence-err-too-many = A series has at most 260 occurrences.
recurrence-err-start-gap = The clocks skip this time on that day in this time zone: choose another time.
recurrence-err-time-parts = The time comes from the start time: leave BYHOUR, BYMINUTE and BYSECOND out of the rule.
recurrence-err-empty = This rule gives no occurrence at all: check its last day.

repeat-legend = Repeats
repeat-hint-series = Used when you change this and following occurrences, or all of them.
field-repeat = How often
repeat-none = Does not repeat
repeat-daily = Every day
repeat-weekly = Every week, on the same weekday
repeat-fortnightly = Every two weeks, on the same weekday
repeat-monthly = Every month, on the same weekday (such as the first Tuesday)
repeat-bimonthly = Every two months, on the same weekday
repeat-yearly = Every year, on the same date
repeat-custom = Custom rule (iCalendar RRULE)
field-repeat-count = Number of times
hint-repeat-count = Including the first. Give this or a last day.
field-repeat-until = Last day
hint-repeat-until = The series ends on or before this day.
field-repeat-rule = Custom rule
hint-repeat-rule = Only for a custom rule, for example FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR (the last Friday, every three months).

series-err-webinar = A webinar cannot repeat: enter each webinar of a programme on its own.
series-err-needs-day = A repeating event needs a day: choose "The day is known".
series-err-rule-required = Type the custom rule, or choose how often it repeats.
series-err-count = Give a whole number from 1 to { $max }.
series-err-count-or-until = Give a number of times or a last day, not both.
series-err-until-before-start = The last day cannot be before the first occurrence.
series-err-first-day = The rule does not give the start date itself: choose a start date on which the rule falls.
series-err-repeat-this = You changed how the series repeats: choose "This and the following occurrences" or "All occurrences of the series" to apply it.
series-err-repeat-required = Choose how the series repeats, or edit this occurrence only.

series-heading = Series
series-position = Occurrence { $index } of { $count }
series-moved = moved on its own
series-desc-daily = Every day
series-desc-weekly = Every week
series-desc-fortnightly = Every two weeks
series-desc-monthly = Every month, on the same weekday of the month as { $first }
series-desc-bimonthly = Every two months, on the same weekday of the month as { $first }
series-desc-yearly = Every year
series-custom = Custom rule { $rule }
series-ends-count = { $count ->
    [one] once
   *[other] { $count } times
}
series-ends-until = until { $day }
series-scope-legend = Apply this change to
series-scope-hint = "This and following" starts a new series from this occurrence. Moving the day or time of all of them moves every occurrence, including those moved on their own.
series-delete-legend = Delete
scope-this = This occurrence only
scope-following = This and the following occurrences
scope-all = All occurrences of the series
event-err-linked = A CROP opportunity is tied to this event: it cannot be deleted. Cancel it instead, with a reason.
