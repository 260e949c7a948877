"""The laptop's database: opening it (db), its schema's migrations and backups, the query
planner's statistics, and the plain-read path that paints the first screen before the ORM loads
(quick, quick_sql made by quick_gen)."""
