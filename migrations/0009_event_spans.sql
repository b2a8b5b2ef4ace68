-- How many days the longest dated event lasts, readable from an index at once: the pages
-- that ask "which events overlap these days" (the month calendar, what is coming up) bound
-- their scan of events_by_start with it, instead of reading every event that started
-- before the last day (found by the load benchmark, bench/).
CREATE INDEX events_by_span ON events (julianday(end_date) - julianday(start_date));
