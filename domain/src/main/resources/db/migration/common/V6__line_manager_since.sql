-- The day a practitioner's current line manager took over: supervision is due one period after it while the
-- practitioner has not been supervised since (issue 6). Unknown (NULL) for line managers recorded before this.
ALTER TABLE practitioner ADD COLUMN line_manager_since DATE;
