# The yearly report (issue 16)
reports-title = Yearly reports
reports-lead = The report leadership send to ALAC and ICANN's LAC GSE team each year: what the outreach did and what followed it. Print it, or save it as PDF, from the browser; the CSV gives every figure with its definition.
report-title = LACRALO outreach and engagement report { $year }
report-csv = Every figure (CSV)
report-org = LACRALO · Latin American and Caribbean Islands Regional At-Large Organization of ICANN
report-audience = To the At-Large Advisory Committee (ALAC) and ICANN's Latin America and Caribbean Global Stakeholder Engagement team.
report-as-of = Figures as of { $date }
report-generated = generated { $date }
report-contents = Contents
report-print-hint = To make a PDF, print this page and choose “Save as PDF”.
report-events = Events held against planned
report-events-text = The year's events (webinars apart), by how they concern LACRALO: how many were held, how many are still to come or were not recorded as held, and how many were cancelled.
report-events-chart = Events of the year by relevance
report-webinars = Webinars against their targets
report-webinars-text = Each programme's webinars held and still planned, against the year's target, with the attendance at those held.
report-webinars-chart = Webinars by programme
report-dnssec = The DNSSEC pipeline
report-dnssec-text = Organisations that reached each stage during the year: contacted (or further), trained (or signing), signing their zones.
report-dnssec-chart = DNSSEC pipeline: organisations reaching each stage
report-crop = CROP trips and their assessments
report-crop-text = { $count ->
    [0] No CROP trip was approved for an event of the year.
    [one] One CROP trip was approved for an event of the year.
   *[other] { $count } CROP trips were approved for events of the year.
}
report-crop-assessed = { $count ->
    [0] No assessment has been filed yet.
    [one] One assessment has been filed.
   *[other] { $count } assessments have been filed.
}
report-event = Event
report-day = Day
report-traveller = Traveller
report-assessment = Assessment filed
report-assessment-missing = Not filed yet
report-funds = Discretionary funds and what they achieved
report-funds-text = { $count ->
    [0] No initiative funded by the RALO's discretionary funds was held in the year.
    [one] One initiative funded by the RALO's discretionary funds was held in the year.
   *[other] { $count } initiatives funded by the RALO's discretionary funds were held in the year.
}
report-funds-amount = Approved: { $amount }.
report-funds-people = { $count ->
    [0] No one reached has been reported yet.
    [one] One person reached, as reported.
   *[other] { $count } people reached, as reported.
}
report-initiative = Initiative
report-amount = Approved
report-people = People reached
report-achieved = What it achieved
report-als = ALS changes and member growth
report-members-joined = { $count ->
    [0] No member joined in the year.
    [one] One member joined in the year.
   *[other] { $count } members joined in the year.
}
report-members-at-end = { $count ->
    [one] One member in the registry at the year's end.
   *[other] { $count } members in the registry at the year's end.
}
report-als-chart = ALS applications, accreditations and status changes
report-targets = The plan's 12 places with no ALS
report-targets-outreach = { $count ->
    [0] None of the 12 places had outreach in the year.
    [one] 1 of the 12 places had outreach in the year.
   *[other] { $count } of the 12 places had outreach in the year.
}
report-targets-als = { $count ->
    [0] None has a voting ALS at the year's end.
    [one] 1 has a voting ALS at the year's end.
   *[other] { $count } have a voting ALS at the year's end.
}
report-target-actions = Outreach actions in the year
report-target-alss = Voting ALSs at the year's end
report-quorum = Quorum
report-quorum-text = The quorum of the General Assembly and of virtual meetings, on { $date }.
report-held = Held
report-not-held = Not held (yet)
report-cancelled = Cancelled
report-planned = Planned
report-short-of-target = Short of the target
report-organisations = Organisations
report-alss = ALSs
report-events-summary = Bars per relevance class: events held, not held, cancelled.
report-webinars-summary = Bars per programme: webinars held, planned, and short of the year's target.
report-dnssec-summary = Bars for the organisations that reached contacted, trained and signing in the year.
report-als-summary = Bars for the year's ALS applications, accreditations and status changes.
report-als-applications = Applications received
report-als-accredited = Accredited
report-als-to-active = Back to Active
report-als-to-less-active = To Less active
report-als-to-standby = To Standby
report-als-decertified = Decertified
report-def-events-listed = Events of the year with this relevance in the calendar (webinars apart), whatever their status.
report-def-events-held = Of those, marked held, or with a day that has passed and not cancelled.
report-def-events-cancelled = Of those, cancelled.
report-def-webinars-target = The year's target for the programme (set by leadership, or the plan's default); empty when none.
report-def-webinars-held = The programme's webinars of the year marked held.
report-def-webinars-planned = The programme's webinars of the year planned or confirmed.
report-def-webinars-attendance = People at the held webinars: the count recorded, or the attendees listed if more.
report-def-dnssec-contacted = Organisations whose stage changed in the year to contacted or a later stage.
report-def-dnssec-trained = Organisations whose stage changed in the year to trained or signing.
report-def-dnssec-signing = Organisations whose stage changed in the year to signing.
report-def-crop-trips = CROP applications approved for an event of the year.
report-def-crop-assessments = Of those trips, the ones whose assessment has been filed.
report-def-funds-initiatives = Initiatives held in the year whose funding was approved (approved, reported or closed).
report-def-funds-approved = The sum of those initiatives' approved budgets, in this currency.
report-def-funds-people = The people those initiatives reached, as their reports say.
report-def-als-applications = ALS applications received in the year.
report-def-als-accredited = ALSs accredited in the year (their accreditation date).
report-def-als-refused = Applications ALAC voted not to accredit in the year.
report-def-als-to-status = ALS status changes to this status in the year.
report-def-als-decertified = ALSs decertified in the year.
report-def-members-joined = Members with a joining date in the year.
report-def-members-at-end = Members in the registry at the year's end (joined by then, or added by then when no date is known).
report-def-targets-outreach = Of the plan's 12 places with no ALS, those with at least one outreach action in the year (as /results counts them).
report-def-targets-als = Of the plan's 12 places, those with an Active or Less active ALS at the year's end.
report-def-quorum-voting = ALSs that vote (Active or Less active) at the year's end (or today).
report-def-quorum-standby = ALSs on Standby then, who do not vote.
report-def-quorum = The quorum: half the voting ALSs, plus one.
nav-reports = Reports
report-members-at-start = { $count ->
    [one] One member in the registry at the year's start.
   *[other] { $count } members in the registry at the year's start.
}
report-def-members-at-start = Members in the registry when the year began (joined before it, or added before it when no date is known).
report-programme = Programme
report-target = Target
report-attendance = Attendance
