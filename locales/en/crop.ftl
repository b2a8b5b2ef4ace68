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
crop-deadline-text = { $day }, until the end of the day in { $zone } ({ $yours })
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
crop-you-can-apply = You can apply
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
crop-report-hint = What you did, whom you met, what follows. Due three weeks after you return.
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
crop-reports-lead = Approved trips whose report was due three weeks after the traveller returned and is not filed.
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

# The year's outreach strategic plan (ICANN's CROP procedure)
crop-plan-title = Outreach plan FY{ $year }
crop-plan-lead = ICANN approves a fiscal year's CROP trips only once that year's outreach strategic plan is approved by RALO leadership and regional GSE.
crop-plan-approval = Plan approval
crop-plan-missing = This year's outreach plan is not recorded as approved: none of its trips can be approved yet.
crop-plan-leadership-approver = Approved for RALO leadership by
crop-plan-leadership-approver-hint = The name, as it appears on the approval.
crop-plan-gse-approver = Approved for regional GSE by
crop-plan-gse-approver-hint = The GSE staff member who approved it.
crop-plan-approved-on = Approved on
crop-plan-link = Approved plan (link)
crop-plan-link-hint = Where the approved document is: the wiki page or the file, starting with https://
crop-plan-recorded-by = Recorded by
crop-plan-record = Record the approval
crop-plan-correct = Correct the approval
crop-plan-trips = The year's trips
crop-plan-trips-allowed = { $count ->
    [one] The year allows one trip.
   *[other] The year allows { $count } trips.
}
crop-plan-no-trips = No trip is approved in this fiscal year yet.
crop-plan-events = The year's outreach events
crop-plan-no-events = No event this fiscal year is marked as LACRALO's or as a CROP candidate.
crop-plan-targets = Programme targets
crop-plan-no-targets = No programme target is set for these years.
crop-plan-year = Year
crop-plan-programme = Programme
crop-plan-target = Target
crop-plan-held = Held
crop-plan-approved-short = Approved on { $date }
crop-plan-not-recorded = Not recorded
crop-plan-conflict-title = Someone else recorded this plan's approval
crop-plan-conflict-intro = While you were typing, someone saved the approval of the FY{ $year } outreach plan. Nothing has been overwritten: here is what differs between their record and yours.
crop-plan-conflict-view = See the plan
crop-err-no-plan = This fiscal year's outreach plan is not recorded as approved: record it first (Trips per fiscal year › the year's plan).
crop-err-plan-future = The plan's approval date is after today: a trip can be approved from that day.
crop-err-plan-approver = Write who approved it.
crop-err-plan-date = Give the day it was approved.
crop-err-plan-link = Give the link to the approved plan, starting with https://
flash-crop-plan = The year's plan approval is recorded.

# ICANN's CROP procedure: the trip's chain and dates
crop-step = ICANN's step
crop-step-selected = Selected by RALO leadership
crop-step-endorsed = Endorsed by regional GSE
crop-step-submitted = Submitted to CROP staff
crop-step-confirmed = Confirmed by Constituency Travel
crop-err-step-not-approved = Only an approved trip goes through ICANN's steps.
crop-err-step-order = ICANN's steps go in order: select, endorse, submit to CROP staff, confirm.
crop-err-step-too-late = Constituency Travel needs the trip six weeks before departure. To submit it later, say why (the exception CROP staff agreed to).
crop-err-return-before-departure = The return is before the departure.
crop-err-departs-after-start = The traveller must leave by the day the event starts.
crop-err-returns-before-end = The traveller must stay until the event ends.
crop-err-already-travelling = The trip has begun: its dates can no longer change.
money-err-number = Write an amount, such as 1250.50.
money-err-negative = An amount cannot be negative.
money-err-cents = Use at most two decimals (cents).
money-err-too-large = That amount is too large.
money-err-hotel-nights = CROP pays a hotel for at most 3 nights.
money-err-per-diem-days = CROP pays a per diem for at most 4 days.
money-err-visa = CROP pays visa fees up to US$200.

crop-trip-procedure = ICANN's procedure for this trip
crop-departure = Departure
crop-return = Return
crop-trip-dates-hint = When approving: the trip's dates (proposed: the day before the event to the day after). They can change until the traveller leaves.
crop-clock-gse = Regional GSE endorse by
crop-clock-recommended = Submission to CROP staff recommended by
crop-clock-travel = Constituency Travel's limit (6 weeks before departure)
crop-clock-late = The recommended 8 weeks before departure have passed: submit to CROP staff as soon as possible.
crop-clock-too-late = Constituency Travel's 6 weeks before departure have passed: the trip can be submitted only with the exception's reason.
crop-step-on = The day it happened
crop-step-on-hint = Leave empty for today.
crop-step-exception = Exception (for a submission after the 6 weeks)
crop-step-exception-hint = Why the trip is submitted late, as agreed with CROP staff.
crop-step-take = Record: { $step }
crop-err-step-future = That day has not come yet.
crop-err-step-gse-only = Regional GSE staff endorse trips: the endorsement is theirs to give.
flash-crop-step = The trip's step is recorded, and the traveller told.
notify-crop-step-subject = Your CROP trip to { $title }: { $step }
notify-crop-step-intro = Your CROP trip to { $title } has passed a step of ICANN's procedure: { $step }.
crop-icann-meeting = An ICANN meeting
crop-icann-meeting-hint = An ICANN Public Meeting or an ICANN-organised regional meeting: CROP wants one of the year's trips to go to one.
crop-warn-icann-meeting = Approving a trip here takes the fiscal year's last CROP place, and no trip this year goes to an ICANN Public Meeting or ICANN-organised regional meeting yet: CROP wants one of the year's trips to.
crop-withdraw-confirm-title = Withdraw your application?
crop-withdraw-confirm-text = Leadership will no longer consider it. You can apply again until the deadline.
crop-withdraw-confirm = Yes, withdraw it
crop-withdraw-keep = Keep my application
crop-reapply-text = You withdrew this application. You can apply again until the deadline.
crop-reapply = Apply again
crop-trip-dates-change = Change the trip's dates
flash-crop-trip-dates = The trip's dates are saved.
crop-clocks-heading = ICANN's clocks for a trip
crop-clocks-hint = For a traveller leaving the day before the event starts; each approved trip shows its own, from its departure.
# More information requested (issue 15)
crop-status-info_requested = More information requested
crop-request-info = Ask for more information
crop-info-asked = Information asked for
crop-info-resubmit = Change your application below and save it to resubmit. Leadership decide once you have answered.
crop-resubmit = Resubmit
crop-err-info-pending = More information was asked for: approve once the applicant has resubmitted (declining is still possible).
crop-err-info-question = Write what you need to know: the applicant receives it.
crop-warn-approve-late = Less than 8 weeks before the proposed departure: CROP staff recommend submitting 8 weeks ahead, and the trip still needs GSE's endorsement.
crop-warn-approve-too-late = Less than 6 weeks before the proposed departure: Constituency Travel will take the trip only with an exception.
# The trip assessment (ICANN's questions)
crop-assessment-lead = ICANN's trip assessment. Write it in any of LACRALO's languages; ICANN needs it in English too.
crop-assessment-language = Language of the answers
crop-assessment-objectives = Objectives of the trip
crop-assessment-objectives-hint = What you set out to achieve.
crop-assessment-activities = Activities
crop-assessment-activities-hint = Sessions attended, meetings held, presentations given.
crop-assessment-people = People reached
crop-assessment-people-hint = How many people you spoke to or presented to (a number).
crop-assessment-contacts = Contacts made
crop-assessment-contacts-hint = Organisations and people you met, and why they matter for At-Large.
crop-assessment-follow-up = Follow-up planned
crop-assessment-follow-up-hint = What happens next, and who does it.
crop-assessment-results = Results
crop-assessment-english = English version
crop-assessment-english-hint = The whole assessment in English, if you wrote it in another language. You can add it later; until then the report is flagged.
crop-err-assessment-objectives = Say what the trip set out to achieve.
crop-err-assessment-activities = List the trip's activities.
crop-err-assessment-contacts = Name the contacts you made (or write “none”).
crop-err-assessment-follow_up = Say what follow-up is planned (or write “none”).
crop-err-assessment-people = Give the number of people reached.
crop-err-assessment-people-number = Give a whole number between 0 and { $max }.
crop-english-missing = The English version is missing: ICANN requires the assessment in English.
crop-assessment-print = Printable English version
crop-assessment-title = CROP trip assessment
crop-assessment-traveller = Traveller
crop-assessment-event = Event
crop-assessment-trip = Trip
crop-assessment-original = Answers as written
# The trip's money
crop-costs = Travel costs
crop-costs-caps = CROP pays economy airfare, a hotel for at most 3 nights, a per diem for at most 4 days and visa fees up to US$200.
crop-costs-none = Not entered yet.
crop-costs-estimate = Cost estimate
crop-costs-actual = Actual costs
crop-cost-currency = Currency
crop-cost-airfare = Economy airfare
crop-cost-visa = Visa fees
crop-cost-visa-hint = Up to US$200.
crop-cost-hotel = Hotel (nights × rate)
crop-cost-hotel-nights = Hotel nights
crop-cost-hotel-nights-hint = At most 3.
crop-cost-hotel-night = Hotel rate per night
crop-cost-per-diem = Per diem (days × rate)
crop-cost-per-diem-days = Per diem days
crop-cost-per-diem-days-hint = At most 4, at the fiscal year's rate.
crop-cost-total = Total
crop-costs-save = Save: { $what }
crop-per-diem-line = Per diem rate: { $rate } a day.
crop-per-diem-unset = No per diem rate is set for { $year } yet: leadership set it on the allocations page.
crop-err-costs-not-now = These costs cannot be entered for this application now.
crop-err-whole-number = Write a whole number.
flash-crop-costs = The costs are saved.
crop-trips-and-money = Trips and money
crop-money-committed = Committed
crop-money-spent = Spent
crop-money-remaining = Left:
crop-budget = Budget
crop-per-diem-rate = Per diem a day
