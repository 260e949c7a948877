"""Full-text search: the index kept up to date by every write (index), the text it indexes and
matches (text) and the stemmer snippets highlight with (porter)."""
