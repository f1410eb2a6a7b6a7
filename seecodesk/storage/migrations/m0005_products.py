"""Schema: products and services of member organisations, and the editable item categories.

The catalog's texts (cover title, 인사말, back cover …) live in the `settings` table under
`catalog.*` keys, so no table is needed for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


# The 서산 network grouped its members into 11 item categories (seed-004-notes §7.2); these are
# the same idea, worded to cover what a typical network's members sell. Users may edit them.
DEFAULT_CATEGORIES = (
    "식품·먹거리", "농산물·전통식품", "생활용품·공예", "교육서비스", "체험학습", "문화예술·행사",
    "돌봄·사회서비스", "청소·방역·세탁", "집수리·환경·에너지", "디자인·인쇄·미디어", "공간대여·기타",
)

SCHEMA = """
CREATE TABLE product_categories (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(name) > 0),
    category TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT '상품',
    description TEXT NOT NULL DEFAULT '',
    price INTEGER CHECK (price IS NULL OR price >= 0),
    unit TEXT NOT NULL DEFAULT '',
    price_note TEXT NOT NULL DEFAULT '',
    season TEXT NOT NULL DEFAULT '',
    differentiator TEXT NOT NULL DEFAULT '',
    social_value TEXT NOT NULL DEFAULT '',
    photo TEXT NOT NULL DEFAULT '',
    procurement_eligible INTEGER NOT NULL DEFAULT 0,
    certifications TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0,
    on_catalog INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL DEFAULT (datetime('now')),
    updated_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE INDEX products_organisation ON products(organisation_id, sort_order);
CREATE INDEX products_category ON products(category)
"""


def apply(db: sqlite_utils.Database) -> None:
    """Create the product tables and the default item categories."""
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
    for order, name in enumerate(DEFAULT_CATEGORIES):
        db.execute("INSERT INTO product_categories(name, sort_order) VALUES (?, ?)", [name, order])
