-- Recurring events (issue 16). A series is its rule and its schedule; each occurrence is
-- an ordinary row of `events` (so the list, the calendar, the dashboard and the follows
-- need nothing new), tied to the series and to the day the rule gave it, which is its
-- RECURRENCE-ID in the feed even after it is moved on its own.
CREATE TABLE event_series (
    id          INTEGER PRIMARY KEY,
    -- The UID of the one VEVENT the feed writes for the whole series.
    uid         TEXT NOT NULL UNIQUE,
    -- Canonical rule text (src/events/recurrence.rs): the body, then COUNT=n or
    -- UNTIL=YYYYMMDD, the last local day.
    rrule       TEXT NOT NULL,
    first_day   TEXT NOT NULL,
    start_time  TEXT,
    time_zone   TEXT,
    -- How many days each occurrence lasts after its first.
    extra_days  INTEGER NOT NULL DEFAULT 0 CHECK (extra_days BETWEEN 0 AND 366),
    -- The days the rule gives whose occurrence was deleted on its own (EXDATE), comma
    -- separated, so that a change of the whole series does not bring them back.
    exdates     TEXT NOT NULL DEFAULT '',
    -- iCalendar SEQUENCE of the series' VEVENT: rises whenever its schedule changes.
    sequence    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK ((start_time IS NULL) = (time_zone IS NULL))
) STRICT;

ALTER TABLE events ADD COLUMN series_id INTEGER REFERENCES event_series (id);
ALTER TABLE events ADD COLUMN recurrence_day TEXT;

CREATE INDEX events_by_series ON events (series_id, recurrence_day) WHERE series_id IS NOT NULL;

-- A cancellation is kept in the date history with its reason, as a move is: new_status
-- says the status the change set ('cancelled', or back to another), NULL when the dates
-- alone changed.
ALTER TABLE event_date_changes ADD COLUMN new_status TEXT;
