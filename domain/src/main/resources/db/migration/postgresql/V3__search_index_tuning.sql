-- The "my cases" list is driven from the caller's memberships, not from the newest cases: with this
-- index PostgreSQL walked every case newest first looking for the caller's, which at a large authority
-- read hundreds of thousands of rows. Without it the planner starts from the membership indexes.
DROP INDEX ix_eh_case_opened;
