-- The events calendar. Dates are calendar dates in the event's place.
-- date_precision says how much of the date is known:
--   day   : start_date/end_date are set (YYYY-MM-DD), month is start_date's month
--   month : only year and month are known
--   tbd   : only the year is known
-- An optional start_time (HH:MM, local to the event) needs time_zone (IANA name).
CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE,
    title          TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    kind           TEXT NOT NULL CHECK (kind IN ('conference', 'meeting', 'webinar', 'roadshow', 'training', 'readout', 'internal')),
    relevance      TEXT NOT NULL DEFAULT 'unclassified'
                   CHECK (relevance IN ('lacralo_involved', 'crop_candidate', 'out_of_scope', 'unclassified')),
    organiser      TEXT NOT NULL DEFAULT '',
    city           TEXT NOT NULL DEFAULT '',
    country        TEXT REFERENCES countries (iso2),
    online         INTEGER NOT NULL DEFAULT 0 CHECK (online IN (0, 1)),
    date_precision TEXT NOT NULL CHECK (date_precision IN ('day', 'month', 'tbd')),
    year           INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
    month          INTEGER CHECK (month BETWEEN 1 AND 12),
    start_date     TEXT,
    end_date       TEXT,
    start_time     TEXT,
    time_zone      TEXT,
    status         TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'confirmed', 'held', 'cancelled')),
    url            TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    -- Set by the importer when it had to assume something; cleared by the next edit.
    needs_review   INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0, 1)),
    review_note    TEXT NOT NULL DEFAULT '',
    -- iCalendar SEQUENCE: rises whenever the dates or time change.
    sequence       INTEGER NOT NULL DEFAULT 0,
    -- Optimistic locking: an edit carries the version it was read at.
    version        INTEGER NOT NULL DEFAULT 1,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    CHECK (
        (date_precision = 'day' AND start_date IS NOT NULL AND end_date IS NOT NULL
             AND end_date >= start_date AND month IS NOT NULL)
        OR (date_precision = 'month' AND start_date IS NULL AND end_date IS NULL AND month IS NOT NULL)
        OR (date_precision = 'tbd' AND start_date IS NULL AND end_date IS NULL AND month IS NULL)
    ),
    CHECK ((start_time IS NULL) = (time_zone IS NULL)),
    CHECK (start_time IS NULL OR date_precision = 'day')
) STRICT;

CREATE INDEX events_by_year_month ON events (year, month, start_date);
CREATE INDEX events_by_start ON events (start_date);
CREATE INDEX events_by_country ON events (country);
CREATE INDEX events_needing_review ON events (needs_review) WHERE needs_review = 1;

-- Every change of an event's dates. old_dates/new_dates hold the canonical text form of
-- EventDates (src/events/dates.rs), so the history can be shown in any language.
CREATE TABLE event_date_changes (
    id         INTEGER PRIMARY KEY,
    event_id   INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    old_dates  TEXT NOT NULL,
    new_dates  TEXT NOT NULL,
    reason     TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    changed_by TEXT,
    changed_at TEXT NOT NULL
) STRICT;

CREATE INDEX event_date_changes_by_event ON event_date_changes (event_id, changed_at);

-- An uploaded CSV waiting for confirmation after its preview.
CREATE TABLE import_batches (
    token      TEXT PRIMARY KEY,
    filename   TEXT NOT NULL,
    content    TEXT NOT NULL,
    list_year  INTEGER,
    created_at TEXT NOT NULL
) STRICT;
