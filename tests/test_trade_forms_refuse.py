"""The sweep, 상호거래: an agreement, a trade, a request and a ceremony, opened from their buttons and filled as a
secretary does, refuse a 10,000-character line and a 주민등록번호 in Korean, stay open and store nothing."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from seecodesk.gui.trade.agreement_dialog import AgreementDialog
from seecodesk.gui.trade.ceremony_dialog import CeremonyDialog
from seecodesk.gui.trade.page import TradePage
from seecodesk.gui.trade.request_dialog import RequestDialog
from seecodesk.gui.trade.trade_dialog import TradeDialog
from seecodesk.services.workspace import Workspace
from tests.gui_helpers import database_fingerprint, paste_into, row_label, when_shown
from tests.korean_typing import type_korean

BAD = {"10000자": ("가" * 10_000, "10,000자"), "주민번호": ("900101-1234567", "주민등록번호"),
       "붙여씀": ("9001011234567", "주민등록번호"), "전각": ("９００１０１－１２３４５６７", "주민등록번호"),
       "띄어씀": ("900101 1234567", "주민등록번호")}


def _edit_first(qtbot, page, tab: int, table: str, button: str) -> None:
    page.tabs.setCurrentIndex(tab)
    rows = getattr(page, table)
    qtbot.mouseClick(rows.viewport(), Qt.MouseButton.LeftButton, pos=rows.visualRect(rows.model().index(0, 1)).center())
    qtbot.mouseClick(page.findChild(QPushButton, button), Qt.MouseButton.LeftButton)


def _new_request(qtbot, page) -> None:
    page.tabs.setCurrentIndex(2)
    qtbot.mouseClick(page.findChild(QPushButton, "newRequestButton"), Qt.MouseButton.LeftButton)


def _fill_request(qtbot, dialog) -> None:
    dialog.requester.setCurrentIndex(dialog.requester.findText("새벽빵협동조합"))
    dialog.provider.setCurrentIndex(dialog.provider.findText("은빛인쇄(주)"))
    type_korean(dialog.item, "리플릿")


def _new_ceremony(qtbot, page) -> None:
    page.tabs.setCurrentIndex(0)
    qtbot.mouseClick(page.ceremony_button, Qt.MouseButton.LeftButton)


def _fill_ceremony(qtbot, dialog) -> None:
    type_korean(dialog.title_edit, "2026 협약식")
    for name in ("들꽃공방협동조합", "황토골마을"):
        dialog.organisations.setCurrentItem(dialog.organisations.findItems(name, Qt.MatchFlag.MatchExactly)[0])
        qtbot.keyClick(dialog.organisations, Qt.Key.Key_Space)


FORMS = {  # dialog, how it is opened, how it is filled, its one-line fields
    "협약": (AgreementDialog, lambda bot, p: _edit_first(bot, p, 0, "agreements_table", "editAgreementButton"), None,
             ("title_edit", "place", "discount")),
    "거래": (TradeDialog, lambda bot, p: _edit_first(bot, p, 1, "trades_table", "editTradeButton"), None,
             ("item", "note")),
    "거래 요청": (RequestDialog, _new_request, _fill_request, ("item", "notes")),
    "협약식": (CeremonyDialog, _new_ceremony, _fill_ceremony, ("title_edit", "place")),
}
CASES = [(form, field, bad) for form, (*_rest, fields) in FORMS.items() for field in fields for bad in BAD]


@pytest.mark.parametrize(("form", "field", "bad"), CASES)
def test_a_trade_form_refuses_the_field_in_korean_and_stores_nothing(qtbot, demo_db, form, field, bad):
    page = TradePage(Workspace(db=demo_db, path=None))
    page.today = date(2026, 11, 24)
    page.refresh()
    qtbot.addWidget(page)
    page.show()
    kind, open_form, fill, _fields = FORMS[form]
    text, said = BAD[bad]
    before = database_fingerprint(demo_db)
    seen: list = []

    def act(dialog):
        if fill is not None:
            fill(qtbot, dialog)
        paste_into(qtbot, getattr(dialog, field), text)
        seen.append(row_label(getattr(dialog, field)))
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        seen.append((dialog.isVisible(), dialog.error.text() if dialog.error.isVisible() else ""))
        when_shown(QMessageBox, lambda box: qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes),
                                                              Qt.MouseButton.LeftButton))
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    failures: list = []
    when_shown(kind, act, failures)
    open_form(qtbot, page)
    qtbot.waitUntil(lambda: bool(seen or failures), timeout=5_000)
    assert not failures, failures
    name, (visible, message) = seen
    assert visible and said in message, message[:200]
    assert name and f"{name}: " in message, f"{name!r} not named in {message[:120]!r}"
    assert database_fingerprint(demo_db) == before
