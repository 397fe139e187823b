-- A national year of figures (120 000 rows) is replaced in one transaction; these three made it slow
-- (bench/README.md, fourth session):
-- * Every replaced row was a new heap tuple on another page, with an entry in each of the table's
--   three indexes. Half-full pages let PostgreSQL replace a row on its own page without touching an
--   index (a HOT update), and reuse that space at the next replacement.
alter table monthly_figures set (fillfactor = 50);

-- * The audit key began with the row's id, so each import inserted into pages all over an index that
--   grows by every import's rows (141 MB at 3 million audit rows, far beyond shared_buffers). Led by
--   the revision, which only grows, every insert lands on the index's last page.
alter table monthly_figures_aud drop constraint pk_monthly_figures_aud;
alter table monthly_figures_aud add constraint pk_monthly_figures_aud primary key (rev, id);

-- * The foreign key to revinfo ran a locking look-up per audit row: a third of the import's time.
--   Audit rows are written only in the revision of their own transaction (Envers, FigureRowsWriter)
--   and revisions are never deleted; ImportAuditTrailTests checks that no audit row lacks its revision.
alter table monthly_figures_aud drop constraint fk_monthly_figures_aud_rev;
