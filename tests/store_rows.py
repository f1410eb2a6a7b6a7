"""Rows written straight into a test database, for storage tests that read them back."""


def add_organisation(db, name, deleted=None, **values):  # type: ignore[no-untyped-def]
    """An organisation row with `values` for its other columns; its id."""
    columns = {"name": name, "name_key": name, "deleted_at": deleted, **values}
    db.execute(f"INSERT INTO organisations ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
               list(columns.values()))
    return db.execute("SELECT max(id) FROM organisations").fetchone()[0]


def add_person(db, name, organisation_id=None, **values):  # type: ignore[no-untyped-def]
    """A person row of `organisation_id` (None: no organisation) with `values` for its other columns; its id."""
    columns = {"name": name, "organisation_id": organisation_id, **values}
    db.execute(f"INSERT INTO people ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
               list(columns.values()))
    return db.execute("SELECT max(id) FROM people").fetchone()[0]
