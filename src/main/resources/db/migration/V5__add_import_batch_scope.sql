-- The subtree an import was made in: the path of the importing user's unit at the time ('/1/7/'),
-- null for a user of the whole tree (an administrator, the demo data). A user sees the imports whose
-- scope lies in their own subtree.
alter table import_batch add column scope_path varchar(500);
create index ix_import_batch_scope_path on import_batch (scope_path varchar_pattern_ops, imported_at desc);
