-- ALS applications, as At-Large runs accreditation: received → ICANN staff due diligence →
-- RALO advice (LACRALO leadership's recommendation, with a reason) → ALAC vote → accredited
-- (an ALS in the registry) or refused. Each step is kept with who recorded it and when.
-- An application, and an individual member, may name where they heard of LACRALO: an event
-- (a webinar is an event), a CROP trip or a funded initiative; at most one.

CREATE TABLE als_applications (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    acronym         TEXT NOT NULL DEFAULT '' CHECK (length(acronym) <= 30),
    country         TEXT NOT NULL REFERENCES countries (iso2),
    website         TEXT NOT NULL DEFAULT '',
    received_on     TEXT NOT NULL,
    stage           TEXT NOT NULL DEFAULT 'received'
                    CHECK (stage IN ('received', 'due_diligence', 'ralo_advice', 'accredited', 'refused')),
    -- The RALO's advice: whether LACRALO leadership support the application.
    advice          TEXT CHECK (advice IN ('support', 'oppose')),
    -- The ALAC vote's day; the result is the stage it led to (accredited or refused).
    voted_on        TEXT,
    -- The ALS an accredited application became.
    als_id          INTEGER REFERENCES als (id) ON DELETE SET NULL,
    source_event_id INTEGER REFERENCES events (id) ON DELETE SET NULL,
    source_crop_id  INTEGER REFERENCES crop_applications (id) ON DELETE SET NULL,
    source_fund_id  INTEGER REFERENCES fund_requests (id) ON DELETE SET NULL,
    notes           TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 5000),
    version         INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CHECK ((source_event_id IS NOT NULL) + (source_crop_id IS NOT NULL)
           + (source_fund_id IS NOT NULL) <= 1)
) STRICT;
CREATE INDEX als_applications_by_stage ON als_applications (stage, country);
CREATE INDEX als_applications_by_country ON als_applications (country, received_on);

CREATE TABLE als_application_steps (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES als_applications (id) ON DELETE CASCADE,
    stage          TEXT NOT NULL,
    -- The day it happened (the vote's day for the ALAC vote), as the person recorded it.
    happened_on    TEXT NOT NULL,
    note           TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 5000),
    recorded_by    TEXT,
    recorded_at    TEXT NOT NULL
) STRICT;
CREATE INDEX als_application_steps_by_application ON als_application_steps (application_id, id);

ALTER TABLE members ADD COLUMN source_event_id INTEGER REFERENCES events (id) ON DELETE SET NULL;
ALTER TABLE members ADD COLUMN source_crop_id INTEGER REFERENCES crop_applications (id) ON DELETE SET NULL;
ALTER TABLE members ADD COLUMN source_fund_id INTEGER REFERENCES fund_requests (id) ON DELETE SET NULL;
