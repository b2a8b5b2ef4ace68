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
list-undated-hint = The day of these events is not known yet; they are not placed on any day.
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
field-reason = Reason for the date change
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
hint-reason = Required when you change the dates: it is shown in the event's history.
hint-url = Starting with https://
zone-none = No time given
zone-group-lac = Latin America and the Caribbean
zone-group-other = Other time zones
country-none = Not known or online only

conflict-title = Someone else changed this event
conflict-intro = While you were editing, someone saved a newer version of this event. Nothing has been overwritten: here is what differs between their version and yours.
conflict-same = Their version has the same values as yours in every field.
conflict-field = Field
conflict-theirs = Saved now
conflict-mine = Yours
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
err-reason-required = Say why the dates changed; it is kept in the event's history.

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
