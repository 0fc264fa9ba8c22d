-- Line managers recorded before V6 have no "since" date, so supervision of someone never supervised had no date to be
-- due from. Count from the day this migration runs: such a practitioner becomes due one period later (issue 6 review).
UPDATE practitioner SET line_manager_since = CURRENT_DATE WHERE line_manager_id IS NOT NULL AND line_manager_since IS NULL;
