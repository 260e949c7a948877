"""Realistic demo data for a post (seed), from its people (cast), its posts, and the words and
phrases its records are written in."""
