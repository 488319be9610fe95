"""Light, Qt-free, database-free modules every layer may use: plain records, errors, ids,
constants, files."""
