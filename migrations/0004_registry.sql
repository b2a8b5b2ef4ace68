-- The ALS registry: At-Large Structures, their status history, members, and the log of
-- what they did (engagements), from which "last engaged" and the review queue derive.

CREATE TABLE als (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    -- Lower case without accents: one ALS of a name per country.
    name_key      TEXT NOT NULL,
    acronym       TEXT NOT NULL DEFAULT '',
    country       TEXT NOT NULL REFERENCES countries (iso2),
    website       TEXT NOT NULL DEFAULT '',
    accredited_on TEXT,
    status        TEXT NOT NULL DEFAULT 'active'
                  CHECK (status IN ('active', 'less_active', 'standby', 'decertified')),
    notes         TEXT NOT NULL DEFAULT '',
    version       INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (country, name_key)
) STRICT;
CREATE INDEX als_by_status ON als (status, country);

CREATE TABLE als_status_changes (
    id          INTEGER PRIMARY KEY,
    als_id      INTEGER NOT NULL REFERENCES als (id) ON DELETE CASCADE,
    from_status TEXT NOT NULL,
    to_status   TEXT NOT NULL,
    reason      TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
    changed_by  TEXT,
    changed_at  TEXT NOT NULL
) STRICT;
CREATE INDEX als_status_changes_by_als ON als_status_changes (als_id, changed_at);

CREATE TABLE members (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    email           TEXT,
    email_canonical TEXT UNIQUE,
    country         TEXT NOT NULL REFERENCES countries (iso2),
    -- NULL: an individual member. An ALS with members cannot be deleted (decertify it).
    als_id          INTEGER REFERENCES als (id),
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    joined_on       TEXT,
    notes           TEXT NOT NULL DEFAULT '',
    version         INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX members_by_als ON members (als_id);
CREATE INDEX members_by_country ON members (country);

CREATE TABLE engagements (
    id          INTEGER PRIMARY KEY,
    als_id      INTEGER REFERENCES als (id) ON DELETE CASCADE,
    member_id   INTEGER REFERENCES members (id) ON DELETE CASCADE,
    event_id    INTEGER REFERENCES events (id) ON DELETE SET NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('webinar_attended', 'event_participation', 'crop_trip',
                                              'policy_comment', 'meeting', 'local_activity')),
    happened_on TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    recorded_by TEXT,
    created_at  TEXT NOT NULL,
    CHECK (als_id IS NOT NULL OR member_id IS NOT NULL)
) STRICT;
CREATE INDEX engagements_by_als ON engagements (als_id, happened_on);
CREATE INDEX engagements_by_member ON engagements (member_id, happened_on);
CREATE INDEX engagements_by_event ON engagements (event_id);
