# The DNSSEC training pipeline (src/dnssec, templates/dnssec).

dnssec-title = DNSSEC training pipeline
dnssec-intro = ISPs and network operators that ALSs contact to offer the DNSSEC training, followed up and trained by LAC GSE staff, and the zones they sign.
dnssec-new = Add an organisation
dnssec-edit = Edit organisation
dnssec-summary-link = Summary in numbers
dnssec-views = Views of the pipeline
dnssec-view-table = Table
dnssec-view-board = Board
dnssec-filter-label = Filter the pipeline
dnssec-search = Search organisations
dnssec-count = { $count ->
    [one] One organisation
   *[other] { $count } organisations
}
dnssec-empty = No organisation matches these filters.
dnssec-column-empty = None at this stage.
dnssec-move-to = Move to “{ $stage }”
dnssec-needs = Needs first: { $what }.
dnssec-none-yet = None yet

# Stages, in the order of the pipeline.
dnssec-stage-identified = Identified
dnssec-stage-contacted = Contacted by an ALS
dnssec-stage-gse-follow-up = GSE follow-up
dnssec-stage-training-scheduled = Training scheduled
dnssec-stage-trained = Trained
dnssec-stage-signing = Signing zones

dnssec-kind-isp = Internet service provider
dnssec-kind-network-operator = Network operator
dnssec-kind-other = Other organisation

dnssec-field-organisation = Organisation
dnssec-kind = Kind of organisation
dnssec-field-contact-name = Contact person
dnssec-field-contact-email = Contact person's email address
dnssec-field-als = ALS that made contact
dnssec-field-contacted-on = Contacted on
dnssec-field-owner = GSE follow-up owner
dnssec-stage = Stage
dnssec-field-event = Training event
dnssec-field-signed-zones = Signed zones reported

dnssec-legend-organisation = The organisation
dnssec-legend-pipeline = Where it stands
dnssec-hint-contact-email = Optional. Never shown to visitors.
dnssec-hint-rules = From “Contacted by an ALS” on, say which ALS made contact and when; from “GSE follow-up” on, who at GSE follows up; from “Training scheduled” on, the training event; at “Signing zones”, at least one signed zone.
dnssec-hint-signed-zones = A whole number, 0 or more.
dnssec-hint-reason-edit = Stored now at “{ $stage }”. Required when you move it back to an earlier stage: it is kept in the stage history.

dnssec-added = Added
dnssec-updated = Last changed
dnssec-change-stage = Change the stage
dnssec-new-stage = New stage
dnssec-next-needs = To move it to “{ $stage }”, add first:
dnssec-reason-hint = Required when the organisation moves back to an earlier stage; optional going forward.
dnssec-history = Stage history
dnssec-history-empty = No stage change recorded yet.
dnssec-history-added = Added

dnssec-err-organisation-required = Enter the organisation's name.
dnssec-err-duplicate = This organisation is already in the pipeline for this country.
dnssec-err-als-unknown = Choose an ALS from the list.
dnssec-err-owner-unknown = Choose a GSE follow-up owner from the list.
dnssec-err-event-unknown = Choose a training event from the list.
dnssec-err-contacted-on-future = The contact date cannot be in the future.
dnssec-err-zones-negative = The number of signed zones cannot be negative.
dnssec-err-zones-number = Enter the number of signed zones as a whole number, like 3.
dnssec-err-zones-too-many = Enter at most { $max } signed zones.
dnssec-err-reason-required = Say why the organisation moves back to an earlier stage; it is kept in the stage history.
dnssec-err-als-required = Choose the ALS that made contact: it is needed from “Contacted by an ALS” on.
dnssec-err-contacted-on-required = Enter the day the ALS made contact: it is needed from “Contacted by an ALS” on.
dnssec-err-owner-required = Choose who at GSE follows up: it is needed from “GSE follow-up” on.
dnssec-err-event-required = Choose the training event: it is needed from “Training scheduled” on.
dnssec-err-zones-required = An organisation at “Signing zones” has at least one signed zone.
dnssec-err-stage-conflict = Someone changed this organisation while you were looking at it. Nothing was changed: check the page as it is now and choose again.

dnssec-conflict-title = Someone else changed this organisation
dnssec-conflict-intro = While you were editing, someone saved a newer version of “{ $organisation }”. Nothing has been overwritten: here is what differs between their version and yours.
dnssec-conflict-view = See the organisation

dnssec-summary-title = DNSSEC training in numbers
dnssec-summary-intro = How the DNSSEC training programme of LACRALO and LAC GSE is going, by LACRALO sub-region and by country. Its aim: more DNSSEC-signed zones in the LAC region.
dnssec-summary-by-subregion = By sub-region
dnssec-summary-by-country = By country or territory
dnssec-summary-total = All sub-regions
dnssec-summary-empty = No organisation is in the pipeline yet.
dnssec-col-subregion = Sub-region
dnssec-col-organisations = Organisations
dnssec-col-contacted = Contacted
dnssec-col-contacted-hint = Organisations an ALS has contacted, whatever their stage since.
dnssec-col-trained = Trained
dnssec-col-trained-hint = Organisations that took the training, including those now signing.
dnssec-col-signing = Signing
dnssec-col-signing-hint = Organisations that sign zones with DNSSEC.
dnssec-col-signed-zones = Signed zones
dnssec-col-signed-zones-hint = The DNSSEC-signed zones the organisations report.

flash-dnssec-created = Organisation added to the pipeline.
flash-dnssec-saved = Organisation saved.
flash-dnssec-stage-changed = Stage changed.
flash-dnssec-stage-unchanged = The organisation is already at that stage: nothing changed.
