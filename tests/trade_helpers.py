"""Small builders shared by the mutual-trade tests."""

from seecodesk.core.members import Organisation
from seecodesk.storage import organisations as org_store


def add_orgs(db, *names: str) -> list[int]:
    """Insert organisations by name (with a representative and an address); returns their ids."""
    return [org_store.insert_organisation(db, Organisation(name=name, representative=f"{name[:1]}대표",
                                                           address=f"가람시 {name} 1길"))
            for name in names]
