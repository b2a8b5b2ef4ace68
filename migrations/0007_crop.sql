-- CROP (Community Regional Outreach Program): opportunities tied to events, members'
-- applications, leadership's decisions, trip reports, and the trips each ICANN fiscal year
-- allows. Fiscal years are named by the year they end in: FY2027 runs from 1 July 2026 to
-- 30 June 2027.

CREATE TABLE crop_allocations (
    fiscal_year INTEGER PRIMARY KEY CHECK (fiscal_year BETWEEN 1990 AND 2200),
    trips       INTEGER NOT NULL CHECK (trips BETWEEN 0 AND 100),
    version     INTEGER NOT NULL DEFAULT 1,
    updated_by  TEXT,
    updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE crop_opportunities (
    id               INTEGER PRIMARY KEY,
    event_id         INTEGER NOT NULL UNIQUE REFERENCES events (id) ON DELETE RESTRICT,
    fiscal_year      INTEGER NOT NULL CHECK (fiscal_year BETWEEN 1990 AND 2200),
    slots            INTEGER NOT NULL CHECK (slots BETWEEN 1 AND 20),
    -- The event's LACRALO sub-region, from its country: whose members come first.
    subregion        TEXT NOT NULL CHECK (subregion IN ('A', 'B', 'C', 'D')),
    phase            TEXT NOT NULL DEFAULT 'draft'
                     CHECK (phase IN ('draft', 'subregion', 'open_to_all', 'closed')),
    announced_on     TEXT,
    -- The last day of the sub-region's priority window.
    priority_ends_on TEXT NOT NULL,
    -- The last day to apply, in time_zone; deadline_at is the instant it ends (UTC).
    deadline_on      TEXT NOT NULL,
    time_zone        TEXT NOT NULL,
    deadline_at      TEXT NOT NULL,
    notes            TEXT NOT NULL DEFAULT '',
    version          INTEGER NOT NULL DEFAULT 1,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    CHECK (priority_ends_on <= deadline_on)
) STRICT;
CREATE INDEX crop_opportunities_by_year ON crop_opportunities (fiscal_year, phase);

CREATE TABLE crop_phase_changes (
    id             INTEGER PRIMARY KEY,
    opportunity_id INTEGER NOT NULL REFERENCES crop_opportunities (id) ON DELETE CASCADE,
    from_phase     TEXT NOT NULL,
    to_phase       TEXT NOT NULL,
    reason         TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 1000),
    -- Sub-region applications when the phase changed (what leadership saw when widening).
    subregion_applications INTEGER NOT NULL DEFAULT 0,
    changed_by     TEXT,
    changed_at     TEXT NOT NULL
) STRICT;
CREATE INDEX crop_phase_changes_by_opportunity ON crop_phase_changes (opportunity_id, changed_at);

CREATE TABLE crop_applications (
    id              INTEGER PRIMARY KEY,
    opportunity_id  INTEGER NOT NULL REFERENCES crop_opportunities (id) ON DELETE CASCADE,
    member_id       INTEGER NOT NULL REFERENCES members (id),
    -- The account that applied: where the decision is told.
    user_id         INTEGER REFERENCES users (id) ON DELETE SET NULL,
    -- Whether the applicant's country was in the event's sub-region when they applied.
    in_subregion    INTEGER NOT NULL CHECK (in_subregion IN (0, 1)),
    motivation      TEXT NOT NULL CHECK (length(motivation) BETWEEN 1 AND 5000),
    outreach_plan   TEXT NOT NULL CHECK (length(outreach_plan) BETWEEN 1 AND 5000),
    -- Language codes, comma separated, e.g. 'es,en'.
    languages       TEXT NOT NULL,
    travel_needs    TEXT NOT NULL DEFAULT '' CHECK (length(travel_needs) <= 5000),
    status          TEXT NOT NULL DEFAULT 'submitted'
                    CHECK (status IN ('submitted', 'shortlisted', 'approved', 'declined', 'withdrawn')),
    decision_reason TEXT NOT NULL DEFAULT '',
    decided_by      TEXT,
    decided_at      TEXT,
    report          TEXT NOT NULL DEFAULT '' CHECK (length(report) <= 20000),
    report_filed_at TEXT,
    version         INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    UNIQUE (opportunity_id, member_id)
) STRICT;
CREATE INDEX crop_applications_by_member ON crop_applications (member_id, status);
CREATE INDEX crop_applications_by_status ON crop_applications (status, opportunity_id);
