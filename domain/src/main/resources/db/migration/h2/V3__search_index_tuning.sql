-- Dropped as on PostgreSQL, so that both databases keep one version history (see the PostgreSQL script).
DROP INDEX ix_eh_case_opened;
