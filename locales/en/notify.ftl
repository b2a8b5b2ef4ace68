## Notifications: messages, preferences, the outbox, calendar feeds.

## The kinds of message, with what each is about (the preferences page).
notify-kind = Kind of message
notify-kind-invitation = Invitations
notify-kind-invitation-help = An invitation to create an account, sent once by the person who invites you.
notify-kind-security = Security notices
notify-kind-security-help = When your password changes, your two-step login is reset, or your account logs in from a new browser.
notify-kind-crop-receipt = CROP receipts
notify-kind-crop-receipt-help = A receipt when you submit, change or withdraw a CROP application.
notify-kind-crop-decision = CROP decisions
notify-kind-crop-decision-help = When your CROP application is shortlisted, approved, declined or revoked, with the reason.
notify-kind-crop-announcement = CROP opportunities
notify-kind-crop-announcement-help = A new CROP opportunity you may apply to: first to the event's sub-region, then to everyone.
notify-kind-crop-deadline = CROP deadline reminders
notify-kind-crop-deadline-help = A reminder before a CROP deadline, if you have not applied.
notify-kind-trip-report = Trip report reminders
notify-kind-trip-report-help = Before your CROP trip report is due, on the day, then every week while it is late.
notify-kind-event-change = Changes to events you follow
notify-kind-event-change-help = When an event you follow changes its dates, its status or its place.
notify-kind-webinar-reminder = Webinar reminders
notify-kind-webinar-reminder-help = Before a webinar you follow starts, in your time zone, with the link to join.
notify-kind-webinar-thanks = Webinar thank-yous
notify-kind-webinar-thanks-help = After a webinar you attended, with the recording when there is one.
notify-kind-als-nudge = ALS reminders
notify-kind-als-nudge-help = To an ALS's contact, a month before the ALS would be listed for review for lack of recorded activity.
notify-kind-als-status = ALS status changes
notify-kind-als-status-help = To an ALS's contact, whenever the status of the ALS changes.
notify-kind-digest = Weekly digest
notify-kind-digest-help = For leadership: once a week, what needs attention.

## Parts of every message.
mail-greeting = Hello { $name },
mail-greeting-anonymous = Hello,
mail-signature = LACRALO Outreach
mail-footer-mandatory = This message is about your own account or application, so it cannot be turned off.
mail-footer-unsubscribe = Stop receiving “{ $kind }”
mail-footer-preferences = Choose what you receive
mail-instant = { $date }, { $time } ({ $zone }, { $offset })

## Facts and actions inside messages.
notify-fact-dates = Dates
notify-fact-status = Status
notify-fact-place = Place
notify-fact-reason = Reason given
notify-fact-starts = Starts
notify-fact-organiser-time = In the organisers' time zone
notify-fact-join = Link to join
notify-fact-page = Webinar page
notify-fact-report-due = Report due
notify-fact-last-engaged = Last activity recorded
notify-fact-when = When
notify-fact-by = By
notify-place-unknown = Not known yet
notify-action-event = See the event
notify-action-webinar = See the webinar
notify-action-join = Join
notify-action-recording = Watch the recording
notify-action-crop-apply = Read and apply
notify-action-crop-application = See your application
notify-action-report = File your trip report
notify-action-als = See the ALS
notify-action-account = Review your account
notify-action-dashboard = Open LACRALO Outreach

## Why a message came.
notify-why-follow-event = You receive this because you follow this event (or events like it).
notify-why-follow-webinar = You receive this because you follow this webinar (or events like it).
notify-why-crop-subregion = You receive this because you are an active LACRALO member in { $subregion }.
notify-why-crop-member = You receive this because you are an active LACRALO member.
notify-why-own-application = You receive this because it is about your own CROP application.
notify-why-report = You receive this because your CROP trip needs its report.
notify-why-report-overdue = You receive this every week until the report is filed.
notify-why-attended = You receive this because you were recorded as attending.
notify-why-als-contact = You receive this because you are the contact of { $als } for LACRALO.
notify-why-digest = You receive this because you are part of LACRALO's leadership.
notify-why-security = You receive this because it is about the security of your account.
notify-why-invited = You receive this because { $inviter } invited you.

## Events.
notify-event-changed-subject = Changed: { $title }
notify-event-status-subject = New status: { $title }
notify-event-cancelled-subject = Cancelled: { $title }
notify-event-changed-intro = “{ $title }”, which you follow, has changed:

## CROP.
notify-crop-announce-subject = CROP opportunity for { $subregion }: { $title }
notify-crop-announce-intro = LACRALO can fund { $slots ->
    [one] one place
   *[other] { $slots } places
} to attend “{ $title }”. Following LACRALO's rules, the members of { $subregion } are asked first. Active members may apply until the deadline below.
notify-crop-open-subject = CROP opportunity open to all members: { $title }
notify-crop-open-intro = The CROP opportunity to attend “{ $title }” is now open to every active LACRALO member, not only those of { $subregion }. You may apply until the deadline below.
notify-crop-deadline-subject = CROP deadline { $deadline }: { $title }
notify-crop-deadline-intro = Applications to attend “{ $title }” with CROP funding close on { $deadline }. You have not applied yet.
notify-crop-receipt-submitted-subject = We received your CROP application: { $title }
notify-crop-receipt-submitted-intro = Your application to attend “{ $title }” is submitted. You can change or withdraw it until the deadline; leadership will tell you their decision.
notify-crop-receipt-changed-subject = Your CROP application was changed: { $title }
notify-crop-receipt-changed-intro = The changes to your application to attend “{ $title }” are saved.
notify-crop-receipt-withdrawn-subject = Your CROP application was withdrawn: { $title }
notify-crop-receipt-withdrawn-intro = Your application to attend “{ $title }” is withdrawn. If this was not you, write to LACRALO's leadership.
notify-crop-decision-subject = CROP: { $title }, { $status }
notify-crop-decision-shortlisted = Your application to attend “{ $title }” is on the shortlist. Leadership will decide soon.
notify-crop-decision-approved = Your application to attend “{ $title }” is approved. ICANN's CROP staff will contact you about the travel.
notify-crop-decision-declined = Your application to attend “{ $title }” was declined.
notify-crop-decision-revoked = The approval of your trip to “{ $title }” was revoked.
notify-report-before-subject = Your trip report is due on { $due }: { $title }
notify-report-before-intro = Your CROP trip report for “{ $title }” is due on { $due }.
notify-report-due-subject = Your trip report is due today: { $title }
notify-report-due-intro = Your CROP trip report for “{ $title }” is due today, { $due }.
notify-report-overdue-subject = Your trip report is late: { $title }
notify-report-overdue-intro = Your CROP trip report for “{ $title }” was due on { $due } and is not filed yet. LACRALO needs it to report on CROP.

## Webinars.
notify-webinar-reminder-subject = Webinar { $when }: { $title }
notify-webinar-reminder-intro = “{ $title }” starts on { $when }.
notify-webinar-thanks-subject = Thank you for attending: { $title }
notify-webinar-thanks-intro = Thank you for attending “{ $title }”. Your attendance is recorded for you and your ALS.
notify-webinar-thanks-recording = The recording is available at the link below.

## ALSs.
notify-als-nudge-subject = { $als }: tell us what you have been doing
notify-als-nudge-intro = LACRALO has recorded no activity of { $als } or its members since { $since }. In a month, ALSs without recorded activity are listed for leadership's review.
notify-als-nudge-ask = If you took part in webinars, events, policy comments or local activities, let LACRALO's leadership or GSE staff know so they can record them.
notify-als-status-subject = { $als } is now: { $status }
notify-als-status-intro = LACRALO's leadership changed the status of { $als }.

## The weekly digest.
notify-digest-subject = LACRALO weekly digest, { $day }
notify-digest-intro = What needs attention this week.
notify-digest-review = New in the review queue
notify-digest-reports = Overdue trip reports
notify-digest-events = Events that need review
notify-digest-closing = CROP opportunities closing within 14 days
notify-digest-failed = Messages that could not be sent
notify-digest-failed-count = { $count ->
    [one] One message failed
   *[other] { $count } messages failed
}
notify-digest-none = Nothing.
notify-digest-more = … and { $count } more

## Account notices.
notify-invite-intro = { $inviter } invites you to LACRALO Outreach as { $role }.
notify-invite-expiry = The link below works once, for { $days } days.
notify-security-password-subject = Your password was changed
notify-security-password-intro = The password of your LACRALO Outreach account was changed.
notify-security-second-factor-subject = Your two-step login was turned off
notify-security-second-factor-intro = The two-step login of your LACRALO Outreach account was turned off or reset.
notify-security-new-browser-subject = New login to your account
notify-security-new-browser-intro = Your LACRALO Outreach account was used to log in from a browser it had not used before.
notify-security-not-you = If this was not you, change your password at once and tell LACRALO's leadership.

## The preferences page.
notify-prefs-title = Notifications
notify-prefs-lead = Choose what LACRALO Outreach tells you by email, and what you follow.
notify-prefs-kinds = What you receive
notify-prefs-optional = Messages you can turn off
notify-prefs-mandatory = Always sent
notify-prefs-mandatory-hint = These are about your own account or application.
notify-prefs-zone-hint = Dates and times in messages use the time zone of your account:
notify-prefs-follows = What you follow
notify-prefs-follows-lead = You are told when an event you follow changes, and reminded before a webinar you follow. Follow single events from their page, or every event of a kind, relevance, country or sub-region here.
notify-prefs-follows-none = You follow nothing yet.
notify-prefs-follow-add = Follow every event of
notify-prefs-follow-choose = Choose…
follow-target = Follow
follow-target-event = Event
follow-target-relevance = Relevance
follow-target-kind = Kind
follow-target-country = Country
follow-target-subregion = Sub-region
follow-start = Follow
follow-stop = Stop following
follow-hint = Be told when its dates, status or place change.
follow-on-hint = You follow this: you are told when its dates, status or place change.
flash-followed = You follow it now.
flash-unfollowed = You no longer follow it.
flash-notifications-saved = Your notification choices are saved.

## Leadership's defaults.
notify-settings-title = Notification settings
notify-settings-lead = The defaults for everyone: when reminders go, when the weekly digest goes, and whether ALSs are reminded.
notify-settings-crop = CROP
notify-settings-webinars = Webinars
notify-settings-digest = Weekly digest for leadership
notify-settings-als = ALS reminders
notify-settings-conflict = Someone saved these settings while you were editing. Their values are saved; yours are shown below: save again to keep them.
notify-field-crop-first = First deadline reminder, days before
notify-field-crop-last = Last deadline reminder, days before
notify-field-report = Trip report reminder, days before it is due
notify-field-webinar-first = First webinar reminder, hours before
notify-field-webinar-last = Last webinar reminder, hours before
notify-field-digest-day = Day
notify-field-digest-hour = Hour
notify-field-als-nudges = Remind an ALS's contact a month before the ALS would be listed for review
notify-hint-days = A whole number of days.
notify-hint-hours = A whole number of hours.
notify-hint-report = After that: on the day, then every week while it is late.
notify-hint-digest-hour = In each leader's own time zone.
notify-err-last-before-first = The last reminder must come after the first: choose fewer than for the first.
err-number-range = Enter a whole number from { $min } to { $max }.
flash-notify-settings = The notification settings are saved.

## The outbox.
outbox-tabs = Messages by status
outbox-tab-pending = Waiting
outbox-tab-failed = Failed
outbox-tab-sent = Sent
outbox-empty = No message here.
outbox-server-answer = The mail server answered:
outbox-next-attempt = Next attempt: { $when }
outbox-sent-at = sent
outbox-handled-by = handled by { $who }
outbox-link = About:
outbox-show-text = Show the text part
outbox-preview = See the message as it looks in a mail program
outbox-retry = Try again now
outbox-mark-sent = Mark as sent by hand
flash-outbox-retry = The message will be tried again in a moment.
flash-outbox-marked-sent = The message is marked as sent by hand.
flash-outbox-already-sent = That message was already sent.

## Unsubscribing.
unsubscribe-title = Stop these messages
unsubscribe-ask = Stop sending “{ $kind }” to { $email }?
unsubscribe-button = Stop these messages
unsubscribe-done = “{ $kind }” will no longer be sent to { $email }.
unsubscribe-preferences = To choose every kind of message, log in and open

## Calendars.
feed-title = Your calendar
feed-lead = A private calendar address with the events and webinars you follow, your CROP deadlines and trip-report due dates (and, for leadership, every CROP deadline). Add it to your calendar app once; it stays up to date.
feed-your-link = Your calendar address
feed-once = This address is shown only now: copy it or subscribe. Anyone who has it can read your calendar; make a new one if it leaks.
feed-subscribe = Subscribe in my calendar app
feed-copy = Or copy the address:
feed-made-on = Your calendar address was made on { $when }.
feed-none = You have no calendar address yet.
feed-make = Make my calendar address
feed-renew = Make a new address
feed-renew-hint = A new address stops the old one: calendars subscribed to it stop updating.
feed-public-lead = Add this calendar to your calendar app: it follows these filters and stays up to date, from last year on.
feed-private-name = LACRALO: my calendar
feed-crop-deadline = CROP deadline: { $title }
feed-trip-report = Trip report due: { $title }
flash-feed-made = Your calendar address is ready.
calhelp-title = How to subscribe
calhelp-google = On a computer, open Google Calendar, then “Other calendars” → “+” → “From URL”, paste the address and choose “Add calendar”.
calhelp-outlook = In Outlook on the web, open the calendar, then “Add calendar” → “Subscribe from web”, paste the address and import it.
calhelp-apple = On a Mac, choose File → New Calendar Subscription and paste the address; on an iPhone, open the “webcal://” link and confirm.
calhelp-refresh = Calendar apps fetch updates on their own, every few hours.

## The account page and invitations.
account-zone-hint = Dates and times in your messages and reminders use this zone; without one, your country's.
account-notify-lead = Choose which messages you receive, and follow events.
account-notify-link = Notification choices
account-feed-link = Your calendar address
invite-field-language = Language of the invitation
crop-revoke = Revoke the approval
crop-status-revoked = Approval revoked

## An ALS's contact.
als-contact = Contact for LACRALO's messages
als-contact-hint = Reminders before the review queue and changes of status go to this member.
als-contact-none = No member of this ALS has an email address yet.
als-contact-nobody = Nobody
als-contact-save = Save the contact
flash-als-contact-saved = The ALS's contact is saved.

## A member's language.
member-language = Language they read
member-language-unknown = Not known
member-language-hint = Messages to this member are written in it, unless their account has a language of its own.
notify-crop-decision-info_requested = Leadership ask for more information about your application to attend “{ $title }”. Change it and resubmit it.
