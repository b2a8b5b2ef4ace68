-- Capacity building: webinars (an extension of events of kind webinar), the topics the
-- plan lists and leadership extends, yearly programme targets, and the DNSSEC training
-- pipeline of ISPs and network operators.

-- A topic of a programme. Topics from the plan carry plan_key, the message key of their
-- translated name; topics added later are shown as written.
CREATE TABLE topics (
    id         INTEGER PRIMARY KEY,
    programme  TEXT NOT NULL CHECK (programme IN ('capacity_building', 'ua_series', 'icann101', 'dnssec', 'other')),
    name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    -- Lower case without accents: one topic of a name per programme.
    name_key   TEXT NOT NULL,
    plan_key   TEXT UNIQUE,
    created_by TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (programme, name_key)
) STRICT;

-- One row per event of kind webinar. The day, the local start time and the zone it was
-- entered in live on the event (so the calendar shows the webinar); starts_at is the same
-- instant in UTC, rewritten whenever the event is written (src/webinars/queries.rs).
CREATE TABLE webinars (
    event_id         INTEGER PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    programme        TEXT NOT NULL DEFAULT 'other'
                     CHECK (programme IN ('capacity_building', 'ua_series', 'icann101', 'dnssec', 'other')),
    topic_id         INTEGER REFERENCES topics (id) ON DELETE SET NULL,
    -- RFC 3339 UTC ('2023-02-27T20:00:00Z'); NULL while the time is not known.
    starts_at        TEXT,
    duration_minutes INTEGER CHECK (duration_minutes BETWEEN 1 AND 1440),
    -- Language codes offered, comma separated, e.g. 'es,en'.
    languages        TEXT NOT NULL DEFAULT '',
    interpretation   INTEGER NOT NULL DEFAULT 0 CHECK (interpretation IN (0, 1)),
    speakers         TEXT NOT NULL DEFAULT '',
    audience         TEXT NOT NULL DEFAULT '',
    registration_url TEXT NOT NULL DEFAULT '',
    recording_url    TEXT NOT NULL DEFAULT '',
    -- People who took part, counted; named attendees are in webinar_attendees.
    attendance_count INTEGER CHECK (attendance_count >= 0)
) STRICT;
CREATE INDEX webinars_by_programme ON webinars (programme, topic_id);
CREATE INDEX webinars_by_start ON webinars (starts_at);

CREATE TABLE webinar_attendees (
    event_id    INTEGER NOT NULL REFERENCES webinars (event_id) ON DELETE CASCADE,
    member_id   INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    recorded_by TEXT,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (event_id, member_id)
) STRICT;
CREATE INDEX webinar_attendees_by_member ON webinar_attendees (member_id);

-- How many webinars a programme aims for in a year. A year without a row uses the plan's
-- default (six capacity-building webinars).
CREATE TABLE programme_targets (
    year       INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
    programme  TEXT NOT NULL CHECK (programme IN ('capacity_building', 'ua_series', 'icann101', 'dnssec', 'other')),
    target     INTEGER NOT NULL CHECK (target BETWEEN 0 AND 1000),
    version    INTEGER NOT NULL DEFAULT 1,
    updated_by TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (year, programme)
) STRICT;

-- The DNSSEC training pipeline: an ISP or network operator, the ALS that reached it, the
-- GSE staff member following up, and how far it has come.
CREATE TABLE dnssec_contacts (
    id                INTEGER PRIMARY KEY,
    organisation      TEXT NOT NULL CHECK (length(organisation) BETWEEN 1 AND 200),
    organisation_key  TEXT NOT NULL,
    kind              TEXT NOT NULL DEFAULT 'isp' CHECK (kind IN ('isp', 'network_operator', 'other')),
    country           TEXT NOT NULL REFERENCES countries (iso2),
    -- The person at the organisation: never shown to anonymous visitors.
    contact_name      TEXT NOT NULL DEFAULT '',
    contact_email     TEXT NOT NULL DEFAULT '',
    als_id            INTEGER REFERENCES als (id) ON DELETE SET NULL,
    contacted_on      TEXT,
    gse_owner_id      INTEGER REFERENCES users (id) ON DELETE SET NULL,
    stage             TEXT NOT NULL DEFAULT 'identified'
                      CHECK (stage IN ('identified', 'contacted', 'gse_follow_up', 'training_scheduled', 'trained', 'signing')),
    training_event_id INTEGER REFERENCES events (id) ON DELETE SET NULL,
    signed_zones      INTEGER NOT NULL DEFAULT 0 CHECK (signed_zones BETWEEN 0 AND 10000000),
    notes             TEXT NOT NULL DEFAULT '',
    version           INTEGER NOT NULL DEFAULT 1,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    UNIQUE (country, organisation_key)
) STRICT;
CREATE INDEX dnssec_contacts_by_stage ON dnssec_contacts (stage, country);
CREATE INDEX dnssec_contacts_by_country ON dnssec_contacts (country);

CREATE TABLE dnssec_stage_changes (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES dnssec_contacts (id) ON DELETE CASCADE,
    -- NULL for the stage it was created at.
    from_stage TEXT,
    to_stage   TEXT NOT NULL,
    -- Required when a contact moves back; optional going forward.
    reason     TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 1000),
    changed_by TEXT,
    changed_at TEXT NOT NULL
) STRICT;
CREATE INDEX dnssec_stage_changes_by_contact ON dnssec_stage_changes (contact_id, changed_at);

-- Events already stored as webinars get their extension, with their start in UTC left to
-- the next write of the event (or the seed step, for the plan's own).
INSERT INTO webinars (event_id) SELECT id FROM events WHERE kind = 'webinar';
