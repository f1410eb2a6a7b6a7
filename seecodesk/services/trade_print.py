"""Printing mutual-trade papers: one agreement's 업무협약서, and the web of ties with its figures."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from seecodesk.reports.agreement import AgreementContent, write_agreement
from seecodesk.services.network import NetworkService, Period
from seecodesk.services.settings import network_name
from seecodesk.storage import trade as store

if TYPE_CHECKING:
    from collections.abc import Mapping

    import sqlite_utils


def print_agreement(db: sqlite_utils.Database, agreement_id: int, path: str | Path) -> Path:
    """Write the 업무협약서 of one agreement."""
    agreement = store.get_agreement(db, agreement_id)
    products = store.product_names(db)
    names = [products[p][1] for p in agreement.product_ids if p in products]
    return write_agreement(path, AgreementContent(network=network_name(db), agreement=agreement, products=names))


def print_network(db: sqlite_utils.Database, path: str | Path, year: int | None = None,
                  weights: Mapping[str, float] | None = None) -> Path:
    """Write the web of ties of a year (the latest with activity when None) and its figures."""
    from seecodesk.reports.network import NetworkContent, write_network

    service = NetworkService(db)
    picture = service.picture(Period.year(year or service.default_year()), weights)
    return write_network(path, NetworkContent(network=network_name(db), picture=picture))
