"""Rows written straight into a test database, for storage tests that read them back."""


def add_organisation(db, name, deleted=None, **values):  # type: ignore[no-untyped-def]
    """An organisation row with `values` for its other columns; its id."""
    columns = {"name": name, "name_key": name, "deleted_at": deleted, **values}
    db.execute(f"INSERT INTO organisations ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
               list(columns.values()))
    return db.execute("SELECT max(id) FROM organisations").fetchone()[0]
