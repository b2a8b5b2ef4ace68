-- At-Large's ALS metrics (issue 16): who was present at each monthly call (a call is an
-- event), the polls and which ALSs voted in each. With the policy comments and local
-- activity reports already kept as engagements, they are the evidence the metrics count.

CREATE TABLE roll_calls (
    event_id    INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    als_id      INTEGER NOT NULL REFERENCES als (id) ON DELETE CASCADE,
    recorded_by TEXT,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (event_id, als_id)
) STRICT;
CREATE INDEX roll_calls_by_als ON roll_calls (als_id);

CREATE TABLE polls (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    held_on     TEXT NOT NULL,
    recorded_by TEXT,
    created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX polls_by_day ON polls (held_on);

CREATE TABLE poll_votes (
    poll_id INTEGER NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
    als_id  INTEGER NOT NULL REFERENCES als (id) ON DELETE CASCADE,
    PRIMARY KEY (poll_id, als_id)
) STRICT;
CREATE INDEX poll_votes_by_als ON poll_votes (als_id);
