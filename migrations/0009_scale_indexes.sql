-- Indexes the load benchmark (bench/) showed missing on a large database.

-- How many days the longest dated event lasts, readable from an index at once: the pages
-- that ask "which events overlap these days" (the month calendar, what is coming up) bound
-- their scan of events_by_start with it, instead of reading every event that started
-- before the last day (found by the load benchmark, bench/).
CREATE INDEX events_by_span ON events (julianday(end_date) - julianday(start_date));

-- An ALS's active members are counted from the index alone (the ALS list and the review
-- queue count them for every ALS); it serves every lookup the narrower index did.
CREATE INDEX members_by_als_active ON members (als_id, active);
DROP INDEX members_by_als;
