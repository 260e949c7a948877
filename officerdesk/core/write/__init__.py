"""Every local write: the before_flush hook (changes), the bulk writer (bulk), and what both and
the sync engine's apply share: one stamp (stamp) and one way to write new rows (rows). Session
hooks (changes, touched) are put on a Session factory once, through hooks."""
