-- Calendar days (due dates, meeting dates, planned periods) are `YYYY-MM-DD` dates since their
-- events' schema version 2; the read models still hold the instants of version 1. The events stay
-- as they are (upcast on read); the read models are emptied here and refilled from the events at
-- the next start (see projections/refill.ts).
TRUNCATE item_versions, provenance_edges;
