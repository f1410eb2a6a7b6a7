"""Storage: the SQLite file of one network, its migrations, and the SQL that reads and writes it."""
