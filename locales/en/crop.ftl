# CROP: opportunities, applications, decisions, trip reports.

nav-crop = CROP
crop-title = CROP opportunities
crop-lead = ICANN's Community Regional Outreach Program funds a few outreach trips each fiscal year. LACRALO offers each opportunity first to the members of the event's sub-region; only if they cannot go is it opened to all active members.
crop-none = No opportunity yet.
crop-open-for-event = Open a CROP opportunity
crop-new = New opportunity
crop-edit = Edit opportunity
crop-opportunity = Opportunity
crop-mine = My applications
crop-allocations = Trips per fiscal year
crop-reports = Overdue trip reports
crop-year-line = FY{ $year }: { $approved } of { $trips } trips approved.
crop-event = Event
crop-phase = Phase
crop-status = Status
crop-deadline = Application deadline
crop-slots = Funded places
crop-slots-left = Places left
crop-slots-text = Left:
crop-fiscal-year = ICANN fiscal year
crop-fiscal-year-hint = July to June, named by the year it ends: FY2027 runs from July 2026 to June 2027.
crop-priority-ends = Sub-region priority until
crop-priority-ends-hint = The last day only members of the event's sub-region may apply.
crop-deadline-hint = The last day to apply, in the time zone below. CROP needs approval at least six weeks before the event.
crop-deadline-text = { $day }, until the end of the day in { $zone } ({ $utc })
crop-deadline-passed = deadline passed
crop-choose-event = Choose an event
crop-event-hint = Events with a day and a country; CROP candidates (★) first.
crop-form-lead = The opportunity starts as a draft; announce it to the event's sub-region when ready.
crop-warn-too-close = The deadline is only { $days } days before the event: CROP approves trips at least six weeks (42 days) ahead.

crop-phase-draft = Draft
crop-phase-subregion = Sub-region first
crop-phase-open-to-all = Open to all members
crop-phase-closed = Closed
crop-status-submitted = Submitted
crop-status-shortlisted = Shortlisted
crop-status-approved = Approved
crop-status-declined = Declined
crop-status-withdrawn = Withdrawn

crop-apply = Apply
crop-my-application = My application
crop-why-not-heading = You cannot apply to this opportunity
crop-refusal-not-announced = It has not been announced yet.
crop-refusal-closed = It is closed.
crop-refusal-deadline = The deadline has passed.
crop-refusal-not-member = Your account is not linked to a LACRALO member record. Ask the LACRALO secretariat to link it.
crop-refusal-member-inactive = Only active LACRALO members may apply, and your membership is not active.
crop-refusal-als-inactive = Only members of active ALSs may apply, and your ALS is not active at the moment.
crop-refusal-outside-subregion = For now it is open only to members in the event's sub-region. LACRALO leadership may open it to everyone later.
crop-applying-as = Applying as
crop-motivation = Why you want to go
crop-motivation-hint = What you bring, and what LACRALO gains.
crop-outreach-plan = The outreach you will do there
crop-outreach-plan-hint = Who you will reach, and how you will report back to your ALS and LACRALO.
crop-languages = Languages you work in
crop-travel-needs = Travel needs
crop-travel-needs-hint = Optional: visa, accessibility, where you travel from.
crop-submit = Submit application
crop-err-required = This is needed for the application.
crop-err-languages = Choose at least one language.

crop-application = Application
crop-your-application = Your application
crop-edit-until = You can change it until the deadline, while no decision has been taken.
crop-withdraw = Withdraw my application
crop-submitted = Submitted
crop-decision = Decision
crop-report = Trip report
crop-report-due = Due
crop-report-filed = Filed
crop-overdue = overdue
crop-report-text = Your trip assessment
crop-report-hint = What you did, whom you met, what follows. Due three weeks after the event ends.
crop-file-report = Save the report
crop-report-none = Not filed yet.
crop-report-after-trip = You can write the report once the event has begun.
crop-err-report-too-early = The report can be filed once the event has begun.
crop-err-report-required = Write the report before saving it.
crop-mine-none = You have not applied to any opportunity.
crop-see-opportunities = See the opportunities.
crop-err-not-changeable = This can no longer be changed: the application has been decided or withdrawn, or the deadline has passed.
crop-err-stale = Someone changed this meanwhile; nothing of yours was saved. This is what is stored now.

crop-phase-heading = Phase
crop-announce = Announce to the sub-region
crop-announce-hint = Members whose country is in the event's sub-region can then apply.
crop-subregion-count = { $count ->
    [0] No application from the sub-region so far.
    [one] 1 application from the sub-region so far.
   *[other] { $count } applications from the sub-region so far.
}
crop-widen-reason = Why open it to all members
crop-widen-confirm = I confirm opening it before the sub-region's priority window ends.
crop-widen = Open to all members
crop-close = Close applications
crop-phase-history = Phase history
crop-subregion-apps = Sub-region applications then
crop-err-phase-not-allowed = The opportunity cannot move to that phase from where it is.
crop-err-phase-no-change = It is already in that phase.
crop-err-widen-reason = Say why it is opened to all members; it is kept in the history.
crop-err-widen-confirm = The sub-region's priority window has not ended. Tick the confirmation to open it to all members anyway.
crop-review-link = { $count ->
    [0] Applications
    [one] 1 application
   *[other] { $count } applications
}

crop-review = Applications
crop-review-order = The sub-region's applicants first, then the others; oldest first within each.
crop-review-none = No application yet.
crop-in-subregion = sub-region
crop-outside-subregion = other sub-region
crop-als = ALS
crop-past-trips = Past CROP trips
crop-record = Engagement record
crop-engagements = { $count ->
    [0] no engagement recorded
    [one] 1 engagement
   *[other] { $count } engagements
}
crop-last-engaged = last
crop-never = never
crop-decision-choose = Choose
crop-shortlist = Shortlist
crop-approve = Approve
crop-decline = Decline
crop-decision-reason = Reason (required to decline)
crop-decide = Record decision
crop-err-decision-choose = Choose a decision.
crop-err-decision-not-allowed = This application has already been decided or withdrawn.
crop-err-decline-reason = Say why it is declined; the applicant is told.
crop-err-reason-long = Keep the reason under 1,000 characters.
crop-err-no-slot = Every funded place of this opportunity is taken.
crop-err-no-allocation = This fiscal year's CROP trips are all approved.
crop-reports-lead = Approved trips whose report was due three weeks after the event and is not filed.
crop-reports-none = No report is overdue.
crop-traveller = Traveller
crop-allocations-lead = How many CROP trips LACRALO has in each ICANN fiscal year (the recent rules: up to three). Approvals beyond it are refused.
crop-approved = Approved
crop-trips = Trips allowed
crop-trips-default = (the default)
crop-err-trips = Enter a whole number of trips from 0 to 100.
crop-err-allocation-below-approved = More trips are already approved that year than that.

crop-err-event-required = Choose the event.
crop-err-event-undated = The event needs a known day first.
crop-err-event-no-country = The event needs a country: its sub-region decides who may apply first.
crop-err-event-taken = This event already has an opportunity.
crop-err-fiscal-year = Enter the fiscal year, e.g. 2027.
crop-err-slots = Enter from 1 to 20 places.
crop-err-slots-below-approved = More applications are already approved than that.
crop-err-window-after-deadline = The sub-region's window must end on or before the deadline.
crop-err-deadline-after-event = The deadline must be before the event starts.

flash-crop-created = The opportunity is saved as a draft.
flash-crop-saved = The opportunity is saved.
flash-crop-phase = The phase is changed.
flash-crop-applied = Your application is submitted.
flash-crop-application-saved = Your application is saved.
flash-crop-withdrawn = Your application is withdrawn.
flash-crop-report-filed = Your trip report is saved.
flash-crop-decided = The decision is recorded, and the applicant will be told.
flash-crop-allocation = The fiscal year's trips are saved.

crop-conflict-title = Someone else changed this opportunity
crop-conflict-intro = While you were editing, someone saved a newer version of the opportunity for “{ $event }”. Nothing has been overwritten: here is what differs between their version and yours.
crop-conflict-view = See the opportunity
