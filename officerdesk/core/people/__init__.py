"""One person written in many scripts: match keys from names, e-mails and phones (no database, no Qt).

`hangul` romanises Korean, `names` turns a name in any script into sound keys, `keys` adds e-mail
and phone keys, `matches` pairs up records sharing keys with a score and its reasons
(docs/decisions.md, "One person, many scripts").
"""
