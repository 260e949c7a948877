"""The one wire contract between a laptop and HQ: no Qt, no database (ARCHITECTURE.md).

`wire` holds every message; `rules` the sync rules as data. The laptop (`core`, `sync`) and HQ
(`hq`) import them and never restate them.
"""
