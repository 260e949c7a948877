"""OfficerDesk: the overseas IP officer's desk — records, briefs and sync with HQ."""

__version__ = "0.1.0"
