-- Roundbook library, schema version 4.
-- The file says it is a Roundbook library, so that another program's SQLite database is
-- never mistaken for one (and changed). "RBK1" = 0x52424B31.

PRAGMA application_id = 1380076337;
