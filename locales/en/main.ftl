# English. Every key here must exist in every other language file (a test checks).
language-name = English
# chrono locale for month and weekday names
chrono-locale = en_US
# chrono format patterns
format-date = %B %-d, %Y
format-date-short = %a, %b %-d
format-month-year = %B %Y
date-range = { $start } – { $end }
date-month-only = { $month } (day to be confirmed)
date-tbd = { $year }, date to be confirmed

app-name = LACRALO Outreach
skip-to-content = Skip to content
nav-label = Main
nav-events = Events
nav-calendar = Calendar
nav-new-event = New event
nav-import = Import
language-switcher = Language
footer-text = LACRALO Outreach and Engagement Plan · Latin American and Caribbean Islands Regional At-Large Organization of ICANN
meta-description = LACRALO Outreach: the events, webinars, CROP travel funding and At-Large Structures of the Latin American and Caribbean Islands Regional At-Large Organization of ICANN.

error-home-link = Home
error-400-title = That request could not be understood
error-400-text = Something in the address or the form was not what we expected. Go back and try again.
error-403-title = Not allowed
error-403-text = You are not allowed to do that.
error-csrf-text = The form had expired or did not come from this site. Go back, reload the page and send it again.
error-404-title = Page not found
error-404-text = There is nothing at this address. It may have been deleted, or the link may be wrong.
error-405-title = Not possible here
error-405-text = This page does not accept that kind of request.
error-408-title = That took too long
error-408-text = The server took too long to answer. Try again in a moment.
error-409-title = Something changed
error-409-text = What you were working on changed in the meantime. Reload the page and try again.
error-413-title = Too large
error-413-text = What you sent is larger than this site accepts (16 MB at most).
error-414-title = Address too long
error-414-text = This address is longer than any page of this site. Check the link you followed.
error-503-title = Busy for a moment
error-503-text = The site is handling many logins at once. Wait a few seconds and try again; nothing you sent was saved.
error-422-title = Some things need correcting
error-422-text = Some of what you sent could not be accepted.
error-500-title = Something went wrong on our side
error-500-text = The error has been logged. Please try again later; nothing you sent has been half-saved.
error-filter-text = One of the filters in the address has a value that does not exist. Clear the filters and choose again.
import-gone = This import was already confirmed, or it expired. Upload the file again to see it.

home-title = LACRALO outreach and engagement
home-intro = The events, webinars and outreach of LACRALO, the Latin American and Caribbean Islands Regional At-Large Organization, kept current by its leadership and ICANN's LAC engagement team.
home-upcoming = In the next 60 days
home-no-upcoming = Nothing is scheduled in the next 60 days.
home-all-events = { $count ->
    [one] See the one event
   *[other] See all { $count } events
}

list-title = Events
list-subscribe = Subscribe (iCalendar)
list-download-csv = Download CSV
list-review-banner = { $count ->
    [one] One event needs review: the importer had to assume something about it.
   *[other] { $count } events need review: the importer had to assume something about them.
}
list-count = { $count ->
    [0] No events
    [one] One event
   *[other] { $count } events
}
list-empty = No events match these filters.
list-undated-heading = { $year }: date to be confirmed
list-undated-hint = The day of these events is not known yet, nor their month; they are not placed on any day.
list-sometime-heading = Sometime this month
ics-date-tbc = { $title } (date to be confirmed)
badge-needs-review = Needs review

filter-label = Filter events
filter-year = Year
filter-month = Month
filter-any = Any
filter-all-years = All years
filter-subregion = LACRALO sub-region
filter-search = Search titles, organisers, cities and notes
filter-needs-review = Only events needing review
filter-apply = Filter
filter-show = Filters
filter-clear = Clear filters

bulk-label = Set the relevance of the selected events to
bulk-choose = Choose…
bulk-apply = Apply to selected
bulk-hint = Tick the events below first.
bulk-select-event = Select { $title }

field-title = Title
field-kind = Kind
field-relevance = Relevance
field-status = Status
field-organiser = Organiser
field-city = City
field-country = Country or territory
field-online = Online (can be joined remotely)
field-dates = Dates
field-start-date = Start date
field-end-date = End date
field-start-time = Start time
field-time-zone = Time zone
field-month = Month
field-year = Year
field-reason = Reason for the change of dates or cancellation
field-url = Web address
field-notes = Notes

kind-conference = Conference
kind-meeting = Meeting
kind-webinar = Webinar
kind-roadshow = Roadshow
kind-training = Training
kind-readout = Readout
kind-internal = Internal

relevance-lacralo-involved = LACRALO involved
relevance-crop-candidate = CROP candidate
relevance-out-of-scope = Out of outreach scope
relevance-unclassified = Not classified yet

status-planned = Planned
status-confirmed = Confirmed
status-held = Held
status-cancelled = Cancelled

subregion-a = A · Central America and Mexico
subregion-b = B · Andean
subregion-c = C · Caribbean Islands
subregion-d = D · Southern Cone

calendar-months = Months
calendar-today = This month
calendar-as-list = See as a list
calendar-undated = This month, day to be confirmed
calendar-legend = Legend

event-online = Online
event-place = Place
event-place-unknown = Not known yet
event-see-in-calendar = See in the calendar
event-edit = Edit
event-delete = Delete
event-updated = Last changed
event-review-heading = Needs review
event-review-hint = Check these points and save the event: saving clears the flag.
event-history-heading = Date changes
event-history-empty = The dates have not changed since the event was entered.
event-new-heading = New event
event-edit-heading = Edit event
history-when = When
history-who = Who
history-by-system = System
history-by-unknown = Account since removed
history-from = From
history-to = To
history-reason = Reason

form-error-summary = { $count ->
    [one] There is a problem
   *[other] There are { $count } problems
}
form-save = Save
form-cancel = Cancel
precision-day = The day is known
precision-month = Only the month is known
precision-tbd = Only the year is known
hint-date = For example 2023-03-11.
hint-end-date = Leave empty for a one-day event.
hint-time = Optional. The local time at the event, with its time zone.
hint-month = For example 2023-08.
hint-year = For example 2023.
hint-reason = Required when you change the dates, the repeat rule, or cancel the event: it is shown in the event's history.
hint-url = Starting with https://
zone-none = No time given
zone-group-lac = Latin America and the Caribbean
country-none = Not known or online only

conflict-title = Someone else changed this event
conflict-intro = While you were editing, someone saved a newer version of this event. Nothing has been overwritten: here is what differs between their version and yours.
conflict-same = Their version has the same values as yours in every field.
conflict-field = Field
conflict-theirs = Saved now
conflict-mine = Yours
conflict-empty = (empty)
conflict-keep-theirs = Start again from their version
conflict-keep-theirs-hint = Open the form with the saved version and make your changes again.
conflict-edit-again = Edit the saved version
conflict-view = See the event
conflict-use-mine = Save yours over theirs
conflict-use-mine-hint = Replace their version with yours, knowing what it changes.
conflict-save-mine = Save my version

delete-title = Delete this event?
delete-question = Delete “{ $title }”?
delete-warning = The event and its history of date changes will be removed. This cannot be undone.
delete-confirm = Delete the event
delete-changed = This event changed after you opened this page. Check it below and confirm again if you still want to delete it.

import-title = Import events
import-intro = Upload a CSV file to add events. Every row is checked and shown to you first; nothing is imported until you confirm, and then every row is imported or none.
import-refused = The file could not be read
import-file = CSV file (UTF-8, 2 MB at most)
import-file-hint = The first row must name the columns. Spreadsheets can save as “CSV UTF-8”.
import-list-year = Year of the list (optional)
import-list-year-hint = If the list is about one year, dates in other years and rows without a date are flagged for review.
import-preview = Check the file
import-columns-heading = Columns
import-columns-text = Only “title” is required; the export of this site writes all of them, so an exported file imports back.
import-dates-text = Dates may be written 2023-03-11, 2023-05 (month only), 2023 (year only), or month/day/year as in the plan (3/11/23). A day-first date such as 25/5/23, a year outside the list's year, and “placeholder” are accepted and flagged for review.
import-err-no-file = Choose a CSV file to upload.
import-err-too-large = The file is { $size } MB; the limit is { $max } MB. Split it into smaller files.
import-err-not-utf8 = The file is not UTF-8 text. Save it as “CSV UTF-8” and upload it again.
import-err-empty = The file has no rows of events.
import-err-no-title = The file has no “title” column. The first row must name the columns, among: { $columns }.
import-err-unknown-columns = Unknown columns: { $unknown }. The columns this import reads are: { $columns }.
import-err-duplicate-column = The column “{ $column }” appears twice.
import-err-too-many-rows = The file has more than { $max } rows. Split it into smaller files.
import-err-unreadable = The file is not valid CSV near line { $line } (a quote may be missing, or a row has more or fewer columns than the first).
import-err-uid-repeated = the same uid appears twice in the file ({ $value })
import-err-uid-exists = an event with this uid is already in the calendar ({ $value })
import-err-uid = not a usable uid ({ $value })
import-err-too-long = longer than { $value } characters
import-err-not-one-of = “{ $value }” is not one of the allowed values
import-err-yes-no = “{ $value }” should be yes or no
import-err-url = “{ $value }” is not a web address starting with http:// or https://
import-err-month = “{ $value }” is not a month like 2023-08
import-err-end-before-start = the end date { $value } is before the start date
import-err-end-without-start = an end date ({ $value }) needs a start date
import-err-time-in-gap = this time does not exist in that zone on that day: the clocks skip it when daylight saving time starts
import-err-time-without-day = a start time needs a known day

preview-title = Check the import
preview-file = File: { $name }
preview-rows = { $count ->
    [one] one row
   *[other] { $count } rows
}
preview-errors = { $count ->
    [0] no errors
    [one] one row with errors
   *[other] { $count } rows with errors
}
preview-flagged = { $count ->
    [0] none to review
    [one] one to review
   *[other] { $count } to review
}
preview-confirm = { $count ->
    [one] Import the row
   *[other] Import all { $count } rows
}
preview-start-over = Upload another file
preview-blocked = Nothing can be imported yet
preview-blocked-hint = Correct the rows marked as errors in your file and upload it again. Nothing has been imported.
preview-line = Line
preview-written = Date as written
preview-read-as = Read as
preview-notes = Notes
preview-error = Error

err-title-required = Enter a title.
err-too-long = Use at most { $max } characters.
err-control-chars = This contains invisible control characters that cannot be stored; remove them and try again.
err-line-break = This must be one line: remove the line breaks.
err-choose-from-list = Choose one of the options.
err-country-unknown = “{ $value }” is not a country or territory of the LAC region.
err-url = Enter a web address starting with http:// or https://.
err-start-date-required = Enter the start date.
err-date-invalid = Enter a real date, like 2023-03-11.
err-date-unreadable = “{ $value }” is not a date we can read.
err-date-no-year = There is no date, and no year of the list to put it in.
err-end-before-start = The end date must be on or after the start date.
err-year-range = Enter a year between 1990 and 2200.
err-month-required = Enter the month, like 2023-08.
err-month-invalid = Enter a real month, like 2023-08.
err-year-required = Enter the year, like 2023.
err-time-required-with-zone = Enter the start time, or choose “No time given” as the time zone.
err-time-invalid = Enter a time like 14:30.
err-zone-required = Choose the time zone of the start time.
err-zone-unknown = Choose a time zone from the list.
err-reason-required = Say why the dates changed or the event is cancelled; it is kept in the event's history.

review-day-first = The date “{ $written }” cannot be month/day/year, so it was read as day/month/year: { $date }.
review-year-outside-list = The date “{ $written }” is not in { $year }, the year of the list; it was kept as written.
review-no-date = No date was given (“{ $written }”): the date is to be confirmed within { $year }.
review-country-from-title = The country ({ $country }) was taken from the title.
review-place-tbd = The title says the place is to be decided.
review-tentative-title = The title marks this event as a placeholder.

flash-event-created = Event created.
flash-event-saved = Event saved.
flash-event-deleted = Event deleted.
flash-bulk-choose-relevance = Choose the relevance to set, then apply.
flash-bulk-choose-events = Tick at least one event, then apply.
flash-bulk-done = { $count ->
    [0] No event changed: they already had that relevance.
    [one] One event reclassified.
   *[other] { $count } events reclassified.
}
flash-imported = { $count ->
    [one] One event imported.
   *[other] { $count } events imported.
}
flash-import-has-errors = Some rows have errors now; nothing was imported.

ics-calendar-name = LACRALO outreach events

# Accounts and roles
nav-users = Accounts
nav-invitations = Invitations
nav-audit = Audit log
nav-outbox = Outbox
nav-account = Your account
nav-login = Log in
nav-logout = Log out
role-anonymous = Visitor
role-member = ALS member
role-gse-staff = GSE staff
role-leadership = LACRALO leadership
error-401-title = Please log in
error-401-text = You need to be logged in to do that. Log in and try again.
error-429-title = Too many attempts
error-429-text = Too many attempts in a short time. Wait a few minutes and try again.

login-title = Log in
login-submit = Log in
login-hint = No account yet? LACRALO leadership sends invitations.
login-2fa-title = Second step: your code
login-2fa-code = Code
login-2fa-hint = The 6-digit code from your authenticator app, or one of your recovery codes.
login-err-wrong = Wrong email or password.
login-err-locked = Too many failed attempts. Logging in is blocked for this account or this network for 15 minutes.
login-err-code = That code is not right, or it was already used. Try the next code.

field-email = Email address
field-password = Password
field-display-name = Your name as others will see it
field-new-password = New password
field-password-confirm = New password again
field-current-password = Current password
field-language = Language
field-role = Role
hint-email = Addresses in any script are welcome, like josé@ñandú.com.ar or 用户@例子.广告.
hint-password = At least 12 characters. A few unrelated words make a strong password that is easy to remember.

setup-title = Create the first account
setup-intro = No account exists yet. This creates the first LACRALO leadership account; the link stops working once it exists. You will then set up a second factor for logging in.
setup-submit = Create the account
join-title = Join LACRALO Outreach
join-intro = You have been invited as { $role }. Choose your name and a password.
join-submit = Create my account
invite-gone = This invitation link has been used, has expired, or was withdrawn. Ask LACRALO leadership for a new one.
invite-err-has-account = This address already has an account.
invite-mail-subject = Your invitation to LACRALO Outreach
account-title = Your account
account-profile = Name and language
account-password = Password
account-change-password = Change the password
account-2fa = Two-step login
account-2fa-on = Two-step login is on.
account-2fa-off = Two-step login is off. With it, a stolen password is not enough to get in.
account-2fa-turn-on = Turn on two-step login
account-2fa-turn-off = Turn off two-step login
account-2fa-required = Leadership accounts must keep two-step login on.
account-recovery-left = { $count ->
    [0] You have no recovery codes left: turn two-step login off and on again to get new ones.
    [one] One recovery code left.
   *[other] { $count } recovery codes left.
}
account-err-name-required = Enter your name.
account-err-name-long = Use at most 100 characters.
account-err-current-password = That is not your current password.

twofa-required-notice = Leadership accounts need two-step login. Set it up now to continue.
twofa-step-app = Install an authenticator app on your phone (for example FreeOTP, Aegis, Google Authenticator or Microsoft Authenticator).
twofa-step-scan = Scan this code with the app.
twofa-qr-alt = QR code for the authenticator app
twofa-secret = If you cannot scan it, type this key in the app:
twofa-step-code = Enter the 6-digit code the app shows.
twofa-confirm = Turn on
twofa-done = Two-step login is on.
twofa-recovery-title = Your recovery codes
twofa-recovery-text = Each code lets you log in once without your phone. Keep them somewhere safe: they are shown only now.
twofa-continue = Continue

users-title = Accounts
users-2fa = Two-step login
users-2fa-on = On
users-last-login = Last login
users-actions = Actions
users-disabled = Disabled
users-enable = Enable
users-disable = Disable
users-reset-2fa = Reset two-step login

invitations-title = Invitations
invitations-created = { $days ->
    [one] Invitation created. Send this link to the person; it works once, for one day:
   *[other] Invitation created. Send this link to the person; it works once, for { $days } days:
}
invitations-send = Create the invitation
invitations-pending = Waiting to be accepted
invitations-none = No invitation is waiting.
invitations-expires = Expires
invitations-expired = expired
invitations-revoke = Withdraw

audit-title = Audit log
audit-filter = Filter the audit log
audit-entity = What
audit-action = Action
audit-who = Who
audit-from = From
audit-to = To
audit-change = Change
audit-show = Show
audit-before = Before
audit-after = After
page-previous = Previous
page-next = Next
page-of = Page { $page } of { $pages }
page-nav = Pages of the list

outbox-title = Outbox
outbox-smtp = Messages are sent by email; this is what is waiting and what went out lately.
outbox-no-smtp = No email server is configured: these messages are not sent automatically. Send them by hand and keep this page as the record.
outbox-attempts = { $count ->
    [one] one attempt
   *[other] { $count } attempts
}
password-err-short = Use at least 12 characters.
password-err-long = Use at most 128 characters.
password-err-common = This password is too common or too easy to guess. Try a few unrelated words.
password-err-personal = Do not use your name or email address in your password.
password-err-confirm = The two passwords are not the same.

email-err-empty = Enter an email address.
email-err-no-at = An email address needs an @, like name@example.org.
email-err-several-at = An email address has only one @.
email-err-local-empty = Enter the part before the @.
email-err-local-too-long = The part before the @ is too long (64 bytes at most).
email-err-local-dots = The part before the @ cannot start or end with a dot, or have two dots in a row.
email-err-local-char = The part before the @ has a character that is not allowed (such as a space or a comma).
email-err-domain-empty = Enter the domain after the @, like example.org.
email-err-domain-invalid = The domain after the @ is not valid, like example.org or ñandú.com.ar.
email-err-too-long = This email address is too long.

flash-logged-in = You are logged in.
flash-logged-out = You are logged out.
flash-login-again = Please log in again.
flash-profile-saved = Saved.
flash-password-changed = Your password has been changed.
flash-2fa-off = Two-step login is off.
flash-not-yourself = You cannot do that to your own account.
flash-user-changed = The account has been changed.
flash-invitation-revoked = The invitation has been withdrawn.
flash-2fa-required = Leadership accounts must keep two-step login on.

# ALS registry and coverage
nav-als = ALSs
nav-coverage = Coverage
nav-review = Review queue
als-title = At-Large Structures
als-active-title = Active LACRALO ALSs
als-new = New ALS
als-edit = Edit ALS
als-download = Download the active list (CSV)
als-as-of = As of { $date }
als-search = Name or acronym
als-count = { $count ->
    [0] No ALS
    [one] One ALS
   *[other] { $count } ALSs
}
als-empty = No ALS matches these filters.
als-name = Name
als-acronym = Acronym
als-accredited = Accredited on
als-members = Active members
als-last-engaged = Last engaged
als-website = Website
als-never-engaged = Nothing recorded yet
als-change-status = Change the status
als-new-status = New status
als-reason-hint = Required: it is kept in the ALS's history.
als-delete = Delete this ALS
als-delete-hint = Only an ALS without members can be deleted; decertify the others.
als-history = Status history
als-history-empty = The status has not changed since the ALS was entered.
als-engagements = What it did
als-trip-planned = CROP trip planned (an engagement once it has happened)
als-engagements-empty = No engagement recorded yet.
als-status-active = Active
als-status-less-active = Less active
als-status-standby = Standby
als-status-decertified = Decertified
als-err-name-required = Enter the ALS's name.
als-err-country-required = Choose the country or territory.
als-err-duplicate = There is already an ALS of this name in this country.
als-err-reason-required = Say why the status changes; it is kept in the history.
engagement-webinar-attended = Webinar attended
engagement-event-participation = Event participation
engagement-crop-trip = CROP trip
engagement-policy-comment = Policy comment
engagement-meeting = Meeting
engagement-local-activity = Local activity
engagement-add = Record an engagement
engagement-kind = What
engagement-date = When
engagement-description = Details
engagement-err-future = An engagement is recorded once it has happened: the date is in the future.
review-title = Review queue
review-months = Months without engagement
review-intro = Active and less active ALSs with nothing recorded since { $date }, longest silence first.
review-empty = No ALS has been silent that long.
review-select = Select
review-silent-for = Silent for
review-days = { $count ->
    [one] one day
   *[other] { $count } days
}
review-apply = Change the status of the selected ALSs
review-err-choose = Tick at least one ALS.
coverage-title = Outreach coverage
coverage-intro = Every country and territory of Latin America and the Caribbean, by LACRALO sub-region: active ALSs, members, and the outreach done there. Places without an active ALS are outreach targets.
coverage-targets = { $count ->
    [0] No place without an active ALS
    [one] One place without an active ALS
   *[other] { $count } places without an active ALS
}
coverage-no-targets = Every place has at least one active ALS.
coverage-outreach-done = { $count ->
    [one] one outreach action recorded
   *[other] { $count } outreach actions recorded
}
coverage-active-als = Active ALSs
coverage-events = Events held there
coverage-engagements = Engagements
coverage-territory = territory
coverage-target = Outreach target
coverage-summary = { $als ->
    [0] no active ALS
    [one] one active ALS
   *[other] { $als } active ALSs
}, { $members ->
    [one] one member
   *[other] { $members } members
}
coverage-legend-none = No active ALS (outreach target)
coverage-legend-low = One active ALS
coverage-legend-good = Two or more active ALSs
coverage-map-title = Map of LACRALO coverage
coverage-map-desc = Each square is a country or territory, placed roughly where it lies; its colour says how many active ALSs it has. The tables below give the same figures.
flash-als-created = ALS created.
flash-als-saved = ALS saved.
flash-als-status-changed = Status changed.
flash-als-deleted = ALS deleted.
flash-als-has-members = { $count ->
    [one] This ALS has a member, so it cannot be deleted: decertify it instead.
   *[other] This ALS has { $count } members, so it cannot be deleted: decertify it instead.
}
flash-engagement-added = Engagement recorded.
flash-review-done = { $count ->
    [0] No status changed.
    [one] One ALS changed status.
   *[other] { $count } ALSs changed status.
}

# Members
nav-members = Members
members-title = Members
member-new = New member
member-edit = Edit member
member-name = Name
member-als = ALS
member-search = Name or email
member-show-inactive = Include inactive members
member-count = { $count ->
    [0] No member
    [one] One member
   *[other] { $count } members
}
member-active = Active
member-inactive = Inactive
member-individual = Individual member
member-in-als = Member of an ALS
member-no-als = No ALS
member-membership = Membership
member-joined = Joined on
member-account = Account
member-has-account = Logs in as themselves
member-no-account = No account yet
member-err-name-required = Enter the member's name.
member-err-individual-with-als = An individual member belongs to no ALS: choose “No ALS”, or “Member of an ALS”.
member-err-als-required = Choose the member's ALS, or mark them as an individual member.
member-err-email-taken = Another member already has this email address.
flash-member-saved = Member saved.

# Registry imports
registry-import-title-als = Import ALSs
registry-import-title-members = Import members
registry-import-intro = Upload a CSV file. Every row is checked and shown to you first; nothing is imported until you confirm, and then every row is imported or none.
registry-import-columns-als = Only “name” and “country” (ISO code or name) are required; “status” is active, less_active, standby or decertified (active when empty); “accredited_on” is a date like 2015-06-30.
registry-import-columns-members = “name” and “country” are required; “als” is the ALS's name or acronym (empty for an individual member); “active” is yes or no; “email” may be in any script.
registry-export = Download all as CSV
registry-import-err-missing = The file has no “{ $column }” column. The first row must name the columns, among: { $columns }.
registry-import-err-name = a name is required
registry-import-err-duplicate-als = there is already an ALS named “{ $value }” in this country (in the registry or earlier in the file)
registry-import-err-duplicate-email = another member already has the address { $value } (in the registry or earlier in the file)
registry-import-err-no-als = no ALS is called “{ $value }”
registry-import-err-ambiguous-als = several ALSs match “{ $value }”: use the full name
flash-imported-rows = { $count ->
    [one] One row imported.
   *[other] { $count } rows imported.
}
engagement-member = Who
engagement-whole-als = The ALS as a whole
engagement-event = At which event
engagement-no-event = Not tied to an event
member-link-title = Account
member-link-hint = Link the member to their account, so they log in as themselves (to apply for CROP, for instance).
member-link = Link
member-unlink = Unlink the account
flash-account-linked = Saved.
flash-account-not-linkable = That account is already linked to another member.
nav-menu = Menu
nav-manage = Manage
nav-admin = Admin
nav-enrol-2fa = Enrol your second factor
als-err-status-conflict = Someone changed this ALS while you were looking at it. Its current status is shown below: check it and decide again.

als-conflict-title = Someone else changed this ALS
als-conflict-intro = While you were editing, someone saved a newer version of “{ $name }”. Nothing has been overwritten: here is what differs between their version and yours.
als-conflict-view = See the ALS
member-conflict-title = Someone else changed this member
member-conflict-intro = While you were editing, someone saved a newer version of “{ $name }”. Nothing has been overwritten: here is what differs between their version and yours.
member-conflict-view = See the member
