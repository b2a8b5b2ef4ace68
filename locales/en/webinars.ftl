# Webinars, programmes and topics.

nav-webinars = Webinars
nav-dnssec = DNSSEC
nav-programmes = Programmes

err-time-in-gap = { $time } does not exist in { $zone } on that day: the clocks skip it when daylight saving time starts. Choose another time.
err-webinar-topic-programme = This topic belongs to another programme. Choose one of this programme's topics, or none.
err-webinar-interpretation-languages = Interpretation needs at least two languages offered.
err-webinar-start-for-end = Give the start time as well as the end time.
err-webinar-too-long = A webinar lasts at most 24 hours.
err-webinar-end-before-start = The end must be after the start, on the same day.
err-attendance-negative = Attendance cannot be negative.
err-attendance-number = Enter the number of people as a whole number.
err-attendance-too-many = Add at most { $max } people at a time.
err-attendance-unknown = “{ $line }”: no member has this address or name.
err-attendance-ambiguous = “{ $line }”: several members have this name; use their email address.
err-attendance-below-named = The count cannot be lower than the { $named } members named.
err-target-negative = A target cannot be negative.
err-target-number = Enter a whole number from 0 to { $max }, or leave it blank.
err-topic-name-required = Enter the topic.
err-topic-duplicate = This programme already has this topic.

flash-webinar-created = The webinar is scheduled.
flash-webinar-saved = The webinar is saved.
flash-attendance-saved = Attendance is saved, and the members' engagements recorded.
flash-targets-saved = The targets are saved.
flash-topic-added = The topic is added.

programme-capacity-building = Capacity building (LACRALO webinars)
programme-ua-series = Universal Acceptance series
programme-icann101 = ICANN101 for students
programme-dnssec = DNSSEC training
programme-other = Other

webinar-language-en = English
webinar-language-es = Spanish
webinar-language-pt = Portuguese
webinar-language-fr = French

tz-form-label = Time zone of the times shown
tz-shown-in = Times shown in
tz-apply = Show
tz-default-hint = (UTC until you choose a zone)

webinar-list-title = Webinar schedule
webinar-new = New webinar
webinar-upcoming = Upcoming
webinar-past = Past
webinar-none-upcoming = No upcoming webinar matches.
webinar-none-past = No past webinar matches.
webinar-interpretation-short = interpretation
webinar-attendance-count = { $count ->
    [0] nobody attended
    [one] 1 attended
   *[other] { $count } attended
}
webinar-needs-outcome = Held?
webinar-needs-outcome-hint = This webinar's day has passed. Record its attendance (which marks it held), or mark it cancelled.
webinar-programme = Programme
webinar-topic = Topic
webinar-language = Language
webinar-ics-name = LACRALO webinars

webinar-add-to-calendar = Add to calendar
webinar-edit = Edit webinar
webinar-record-attendance = Record attendance
webinar-when = When
webinar-as-entered = As scheduled
webinar-in-lac = Across the region
webinar-duration = Length
webinar-minutes = { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}
webinar-languages = Languages
webinar-languages-unknown = not set
webinar-interpretation-yes = with interpretation
webinar-speakers = Speakers
webinar-audience = Audience
webinar-registration = Registration
webinar-recording = Recording
webinar-attendance = Attendance
webinar-attendance-none = not recorded
webinar-page-link = This is a webinar: see its page, with its time in your zone, languages, speakers and attendance.
webinar-see-event = This webinar in the events calendar, with its date history
webinar-attendees = Members who attended
webinar-attendees-none = No member named yet.
attendance-member = Member
attendance-als = ALS
attendance-individual = individual member

webinar-new-heading = New webinar
webinar-edit-heading = Edit webinar
webinar-conflict-heading = Someone saved this webinar while you were editing it
webinar-topic-none = No topic
webinar-day = Day
webinar-hint-time = Local time in the zone below.
webinar-end-time = End time
webinar-hint-end-time = Optional; the same day, same zone.
webinar-interpretation = Simultaneous interpretation between these languages
webinar-hint-speakers = One per line: name and affiliation.

attendance-title = Attendance
attendance-changed = Someone recorded attendance while you were editing. The list below is what is stored now; what you typed is kept. Save again to add it.
attendance-count = How many took part
attendance-count-hint = Everyone, members or not. Leave blank if unknown.
attendance-add = Add members who attended
attendance-add-hint = One per line: their email address, or their full name as in the registry. Each becomes an engagement of the member and their ALS.
attendance-named = { $count ->
    [0] No member named
    [one] 1 member named
   *[other] { $count } members named
}
attendance-remove-hint = Tick anyone recorded by mistake to take them off (and their engagement with them).
attendance-remove-member = Remove { $name }
attendance-closed-cancelled = This webinar was cancelled: there is no attendance to record.
attendance-closed-not-yet = Attendance can be recorded once the webinar has a day and that day has come.

programme-title = Programmes and targets
programme-lead = The plan's capacity-building commitments, year by year: each programme's target against its webinars held and planned, and the topics still to cover.
programme-targets-changed = Someone changed this year's targets while you were editing. Nothing of yours was saved; these are the targets now.
programme-target = Target
programme-held = Held
programme-planned = Planned
programme-cancelled = Cancelled
programme-attendance = Attendance
programme-progress = Progress
programme-plan-default = (the plan's)
programme-bar-label = { $held } held and { $planned } planned, of a target of { $target }
programme-dnssec-summary-link = The DNSSEC training pipeline in numbers: ISPs contacted, trained and signing, by country and sub-region
programme-bar-legend = Dark: held. Light: planned. Line: the target.
programme-uncovered-heading = Topics not yet covered this year
programme-topic-planned = planned
programme-targets-heading = Targets for
programme-targets-hint = Webinars a year per programme. Blank: no target (the plan's six for capacity building).
programme-save-targets = Save targets
topic-backlog-heading = Topics
topic-last-covered = Last covered
topic-held-in = Held in { $year }
topic-planned-in = Planned in { $year }
topic-from-plan = plan
topic-add-heading = Add a topic
topic-name = Topic
topic-add = Add topic
topic-never-covered = never

topic-plan-multistakeholder = ICANN's multi-stakeholder model
topic-plan-dnssec = DNSSEC
topic-plan-ua = Universal Acceptance
topic-plan-ig-lac = Internet governance in LAC
topic-plan-subpro = SubPro update
topic-plan-ua-intro = Introduction to Universal Acceptance and its importance in the LAC region
topic-plan-ua-cases = Case studies of successful UA implementation in the LAC region
topic-plan-ua-email = Testing email addresses for UA compliance in the LAC region
topic-plan-icann101 = ICANN, its Fellowship and NextGen programmes
topic-plan-dnssec-training = DNSSEC implementation and management, hands-on

webinar-conflict-intro = While you were editing, someone saved a newer version of “{ $title }”. Nothing has been overwritten: here is what differs between their version and yours.
webinar-conflict-view = See the webinar
