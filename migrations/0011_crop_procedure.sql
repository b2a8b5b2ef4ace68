-- ICANN's CROP procedure (issue 15): the year's outreach strategic plan, which must be
-- recorded as approved before any of that fiscal year's trips is; the trip's dates and its
-- approval chain (leadership select, regional GSE endorse, submitted to CROP staff,
-- confirmed by Constituency Travel); and whether an opportunity's event is an ICANN
-- meeting (one of the year's trips should go to one).

CREATE TABLE crop_year_plans (
    fiscal_year          INTEGER PRIMARY KEY CHECK (fiscal_year BETWEEN 1990 AND 2200),
    -- Who approved it for RALO leadership, and for regional GSE (names as they sign).
    leadership_approver  TEXT NOT NULL CHECK (length(leadership_approver) BETWEEN 1 AND 200),
    gse_approver         TEXT NOT NULL CHECK (length(gse_approver) BETWEEN 1 AND 200),
    approved_on          TEXT NOT NULL,
    -- Where the approved document is (an https link: the wiki page or the file).
    link                 TEXT NOT NULL CHECK (length(link) BETWEEN 1 AND 2000),
    recorded_by          TEXT,
    version              INTEGER NOT NULL DEFAULT 1,
    updated_at           TEXT NOT NULL
) STRICT;

ALTER TABLE crop_opportunities ADD COLUMN icann_meeting INTEGER NOT NULL DEFAULT 0
    CHECK (icann_meeting IN (0, 1));

-- Set when leadership select (approve) the trip; NULL before.
ALTER TABLE crop_applications ADD COLUMN trip_step TEXT
    CHECK (trip_step IN ('selected', 'endorsed', 'submitted', 'confirmed'));
ALTER TABLE crop_applications ADD COLUMN departure_on TEXT;
ALTER TABLE crop_applications ADD COLUMN return_on TEXT;

-- Each step of the chain: who took it, when, and (for a late submission) why.
CREATE TABLE crop_trip_steps (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES crop_applications (id) ON DELETE CASCADE,
    step           TEXT NOT NULL CHECK (step IN ('selected', 'endorsed', 'submitted', 'confirmed')),
    -- The day it happened (the submission's date as CROP staff have it).
    on_date        TEXT NOT NULL,
    note           TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
    taken_by       TEXT,
    taken_at       TEXT NOT NULL,
    UNIQUE (application_id, step)
) STRICT;
