"""The 상호거래 page as the secretary uses it: enter a ceremony and a trade, see them listed and counted."""

import re
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

from seecodesk.gui.trade.ceremony_dialog import CeremonyDialog
from seecodesk.gui.trade.page import TradePage
from seecodesk.gui.trade.request_dialog import RequestDialog
from seecodesk.gui.trade.trade_dialog import TradeDialog
from seecodesk.services.workspace import Workspace

CEREMONY = ("들꽃공방협동조합", "황토골마을", "가람목공협동조합", "별빛도서공방")


def make_page(qtbot, demo_db):
    page = TradePage(Workspace(db=demo_db, path=None))
    page.today = date(2026, 11, 24)
    page.refresh()
    qtbot.addWidget(page)
    page.show()
    return page


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def save_button(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)


def column(table, index):
    return [table.item(row, index).text() for row in range(table.rowCount())]


def test_attention_lists_renewals_and_quiet_agreements_first(qtbot, demo_db):
    page = make_page(qtbot, demo_db)
    text = page.attention.text()
    assert "60일 안에 갱신할 협약 2건" in text and "로컬푸드 직매장 납품 협약" in text
    assert "1년 넘게 거래가 없는 협약" in text


def test_attention_and_ceremonies_write_dates_as_the_window_does(qtbot, demo_db):
    page = make_page(qtbot, demo_db)
    text = page.attention.text()
    assert "2026. 12. 15.(화) 로컬푸드 직매장 납품 협약" in text
    ceremonies = [page.ceremonies.item(row).text() for row in range(1, page.ceremonies.count())]
    assert ceremonies and all(re.match(r"\d{4}\. \d{1,2}\. \d{1,2}\.\(.\) ", line) for line in ceremonies)
    assert not re.search(r"\d{4}-\d\d-\d\d", text + "".join(ceremonies))


def test_enter_a_ceremony_by_clicking_and_typing(qtbot, demo_db):
    page = make_page(qtbot, demo_db)
    seen = {}

    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CeremonyDialog)
        dialog.title_edit.setText("2026 상호거래 업무협약식")  # QTest cannot type Hangul
        qtbot.keyClicks(dialog.place, "Garam Hall 2F")
        listing = dialog.organisations
        for name in CEREMONY:
            listing.setCurrentItem(listing.findItems(name, Qt.MatchFlag.MatchExactly)[0])
            qtbot.keyClick(listing, Qt.Key.Key_Space)
        seen["count"] = dialog.count_label.text()
        click(qtbot, save_button(dialog))

    QTimer.singleShot(0, fill)
    click(qtbot, page.ceremony_button)
    assert seen["count"] == "4곳 선택 → 협약 6건이 만들어집니다"
    assert "협약 6건을 만들었습니다" in page.message.text()
    assert "2026 상호거래 업무협약식" in page.ceremonies.currentItem().text()
    assert page.agreements_table.rowCount() == 6
    parties = column(page.agreements_table, 4)
    assert len({frozenset(p.split(" · ")) for p in parties}) == 6
    assert all(set(p.split(" · ")) <= set(CEREMONY) for p in parties)


def test_enter_a_trade_by_clicking_and_typing(qtbot, demo_db):
    page = make_page(qtbot, demo_db)
    page.tabs.setCurrentIndex(1)
    before = page.service.summary(2026).total.amount

    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TradeDialog)
        dialog.buyer.setCurrentIndex(dialog.buyer.findText("가람로컬푸드협동조합"))
        dialog.seller.setCurrentIndex(dialog.seller.findText("은하골수제맥주협동조합"))
        assert dialog.agreement.currentText().startswith("로컬푸드 직매장 납품 협약")
        assert re.search(r"\(\d{4}\. \d{1,2}\. \d{1,2}\.\(.\), ", dialog.agreement.currentText()), dialog.agreement.currentText()
        dialog.product.setFocus()
        qtbot.keyClick(dialog.product, Qt.Key.Key_Down)
        assert dialog.item.text() == dialog.product.currentText() and dialog.item.text()
        dialog.traded_on.setDate(dialog.traded_on.date().fromString("2026-11-20", "yyyy-MM-dd"))
        qtbot.keyClicks(dialog.amount, "1,200,000")
        click(qtbot, save_button(dialog))

    QTimer.singleShot(0, fill)
    click(qtbot, page.new_trade_button)
    assert "1,200,000원" in page.message.text()
    first = [page.trades_table.item(0, c).text() for c in range(6)]
    assert first[:3] == ["2026-11-20", "가람로컬푸드협동조합", "은하골수제맥주협동조합"]
    assert first[4] == "1,200,000" and first[5] == "로컬푸드 직매장 납품 협약"
    assert f"{before + 1_200_000:,}원" in page.totals.text()


def test_a_bad_amount_keeps_the_dialog_open_with_a_korean_message(qtbot, demo_db):
    page = make_page(qtbot, demo_db)
    seen = {}

    def fill():
        dialog = QApplication.activeModalWidget()
        dialog.buyer.setCurrentIndex(dialog.buyer.findText("새벽빵협동조합"))
        dialog.seller.setCurrentIndex(dialog.seller.findText("은빛인쇄(주)"))
        dialog.item.setText("리플릿")
        qtbot.keyClicks(dialog.amount, "abc")
        click(qtbot, save_button(dialog))
        seen["error"] = dialog.error.text()
        seen["open"] = dialog.isVisible()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc, as a user closes it

    count = len(page.service.trades())
    QTimer.singleShot(0, fill)
    click(qtbot, page.new_trade_button)
    assert seen["open"] and "금액 'abc'" in seen["error"]
    assert len(page.service.trades()) == count


def test_network_tab_draws_islands_and_a_click_opens_the_organisation(qtbot, demo_db):
    page = make_page(qtbot, demo_db)
    opened = []
    page.open_organisation = opened.append
    page.network_tab.organisation_clicked.disconnect()
    page.network_tab.organisation_clicked.connect(page.open_organisation)
    page.tabs.setCurrentWidget(page.network_tab)
    canvas = page.network_tab.canvas
    picture = page.network_tab.picture
    assert picture is not None and len(canvas.nodes) == picture.figures.organisations
    assert "섬 (관계 없음) 3곳" in page.network_tab.figures.text()
    assert "가람청년협동조합" in page.network_tab.figures.text()
    island = picture.figures.islands[0]
    canvas.centerOn(canvas.nodes[island])
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.node_at(island))
    assert opened == [island]
    page.network_tab.kind_boxes["meeting"].setChecked(False)
    page.network_tab.redraw()
    assert page.network_tab.picture.figures.ties < picture.figures.ties


def shown_name_boxes(canvas):
    """Each name on screen as the window paints it: its box in viewport pixels, and its dot's box."""
    from PySide6.QtCore import QRectF

    transform = canvas.viewportTransform()
    result = {}
    for tag, offset in canvas.labels.placed(transform):
        corner = transform.map(tag.point) + offset
        centre, radius = transform.map(tag.point), tag.radius * transform.m11()
        result[tag.org_id] = (QRectF(corner.x(), corner.y(), tag.width, tag.height),
                              QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius))
    return result


def test_demo_web_at_laptop_size_shows_names_that_never_cover_each_other(qtbot, demo_db):
    page = make_page(qtbot, demo_db)
    page.resize(1180, 700)  # the page's room in a 1366x768 window
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(page.tabs.indexOf(page.network_tab)).center())
    canvas = page.network_tab.canvas
    for zoom_in in (False, True):
        if zoom_in:
            click(qtbot, next(b for b in page.network_tab.findChildren(QPushButton) if b.text().startswith("확대")))
        canvas.viewport().grab()  # painted as on screen
        boxes = shown_name_boxes(canvas)
        assert len(boxes) >= 20, len(boxes)
        items = list(boxes.items())
        for i, (one, (name, _dot)) in enumerate(items):
            for other, (other_name, other_dot) in items[i + 1 :]:
                assert not name.intersects(other_name), (canvas.picture.names[one], canvas.picture.names[other])
                assert not name.intersects(other_dot) and not other_name.intersects(boxes[one][1])


def test_buttons_are_real_push_buttons(qtbot, demo_db):
    page = make_page(qtbot, demo_db)
    names = {b.objectName() for b in page.findChildren(QPushButton)}
    assert {"ceremonyButton", "newTradeButton", "printAgreementButton", "newRequestButton"} <= names


def write_sheet(path, rows):
    import csv

    with open(path, "w", encoding="cp949", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return str(path)


def test_import_a_survey_sheet_after_its_preview(qtbot, demo_db, tmp_path):
    from seecodesk.gui.trade.import_dialog import TradeImportDialog

    page = make_page(qtbot, demo_db)
    page.tabs.setCurrentIndex(1)
    good = write_sheet(tmp_path / "ok.csv", [["구매기관", "판매기관", "거래일", "품목", "금액"],
                                            ["새벽빵협동조합", "은빛인쇄(주)", "2026-11-02", "리플릿", "300,000"]])
    bad = write_sheet(tmp_path / "bad.csv", [["구매기관", "판매기관", "거래일", "품목", "금액"],
                                            ["새벽빵협동조합", "은빛인쇄(주)", "2026-11-02", "리플릿", "300,000"],
                                            ["없는협동조합", "은빛인쇄(주)", "2026-11-03", "리플릿", "1000"]])
    count = len(page.service.trades())
    seen = {}

    def refuse():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TradeImportDialog)
        seen["enabled"], seen["summary"] = dialog.import_button.isEnabled(), dialog.summary.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc, as a user closes it

    page.choose_import_file = lambda: bad
    QTimer.singleShot(0, refuse)
    click(qtbot, page.findChild(QPushButton, "importTradesButton"))
    assert not seen["enabled"] and "(3행)" in seen["summary"] and len(page.service.trades()) == count

    def accept():
        dialog = QApplication.activeModalWidget()
        click(qtbot, dialog.import_button)

    page.choose_import_file = lambda: good
    QTimer.singleShot(0, accept)
    click(qtbot, page.findChild(QPushButton, "importTradesButton"))
    assert "거래 1건을 가져왔습니다" in page.message.text() and len(page.service.trades()) == count + 1
    assert "2026-11-02" in column(page.trades_table, 0)


def test_status_changed_in_one_click_and_taken_back(qtbot, demo_db):
    from PySide6.QtWidgets import QMessageBox

    from tests.gui_helpers import type_into, when_shown

    page = make_page(qtbot, demo_db)
    table = page.agreements_table
    row = column(table, 6).index("유효")
    agreement_id = table.item(row, 0).data(Qt.ItemDataRole.UserRole)
    before, history = page.service.agreement(agreement_id), page.service.status_history(agreement_id)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(table.model().index(row, 2)).center())
    buttons = page.status_row.buttons
    assert not buttons["유효"].isEnabled() and buttons["만료"].isEnabled()
    assert "지금: <b>유효</b>" in page.status_row.now.text()
    assert not re.search(r"\d{4}-\d\d-\d\d", page.status_row.now.text())

    day = page.status_row.day
    day.setFocus()
    type_into(qtbot, day, "2026-11-20")
    click(qtbot, buttons["만료"])
    changed = page.service.agreement(agreement_id)
    assert (changed.status, changed.status_on) == ("만료", "2026-11-20")
    assert "2026. 11. 20.(금)부터 '만료' 상태로 바꿨습니다" in page.message.text()
    assert "(2026. 11. 20.(금)부터)" in page.status_row.now.text()
    assert table.item(table.currentRow(), 6).text() == "만료" and not buttons["만료"].isEnabled()
    assert page.service.status_history(agreement_id)[-1][:2] == ("만료", "2026-11-20")

    assert page.status_row.undo_button.isVisible()
    click(qtbot, page.status_row.undo_button)
    back = page.service.agreement(agreement_id)
    assert (back.status, back.status_on) == (before.status, before.status_on)
    assert page.service.status_history(agreement_id) == history and "실행 취소" in page.message.text()
    assert "협약 상태 기록 1건" in page.message.text() and "agreement" not in page.message.text()
    assert not page.status_row.undo_button.isVisible()

    seen: list[str] = []
    when_shown(QMessageBox, lambda box: (seen.append(box.text()), qtbot.keyClick(box, Qt.Key.Key_Escape)))
    select_row = table.visualRect(table.model().index(column(table, 0).index(str(agreement_id)), 2)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=select_row)
    type_into(qtbot, day, "2001-01-01")  # before the agreement was signed
    click(qtbot, buttons["해지"])
    assert seen and "협약일" in seen[0]
    assert page.service.agreement(agreement_id).status == before.status


def test_a_request_leads_to_a_trade_or_is_closed_with_a_reason_by_clicking(qtbot, demo_db):
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from tests.gui_helpers import type_text, when_shown

    page = make_page(qtbot, demo_db)
    page.tabs.setCurrentIndex(2)
    table = page.requests_table

    def enter_request(item):
        def fill(dialog):
            dialog.requester.setCurrentIndex(dialog.requester.findText("새벽빵협동조합"))
            dialog.provider.setCurrentIndex(dialog.provider.findText("은빛인쇄(주)"))
            dialog.item.setFocus()
            type_text(qtbot, dialog.item, item)
            click(qtbot, save_button(dialog))

        when_shown(RequestDialog, fill)
        click(qtbot, page.findChild(QPushButton, "newRequestButton"))
        row = column(table, 3).index(item)
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(table.model().index(row, 3)).center())
        return row

    enter_request("행사 리플릿 500부")
    trades = len(page.service.trades())

    def amount(dialog):
        assert dialog.item.text() == "행사 리플릿 500부"
        qtbot.keyClicks(dialog.amount, "330000")
        click(qtbot, save_button(dialog))

    when_shown(TradeDialog, amount)
    click(qtbot, page.findChild(QPushButton, "requestTradeButton"))
    assert len(page.service.trades()) == trades + 1 and "거래로 이어졌습니다" in page.message.text()
    row = column(table, 3).index("행사 리플릿 500부")
    assert table.item(row, 4).text() == "거래"
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(table.model().index(row, 3)).center())
    click(qtbot, page.findChild(QPushButton, "closeRequestButton"))  # an outcome is written once
    assert "이미 결과가 있는 접수" in page.message.text() and table.item(row, 4).text() == "거래"

    enter_request("명절 선물 꾸러미")

    def reason(dialog):
        field = dialog.findChild(QLineEdit)
        field.setFocus()
        type_text(qtbot, field, "예산 부족")
        qtbot.keyClick(field, Qt.Key.Key_Return)

    when_shown(QInputDialog, reason)
    click(qtbot, page.findChild(QPushButton, "closeRequestButton"))
    row = column(table, 3).index("명절 선물 꾸러미")
    assert (table.item(row, 4).text(), table.item(row, 5).text()) == ("종결", "예산 부족")


def test_a_trade_keeps_naming_a_member_deleted_since_on_screen_and_in_the_export(qtbot, workspace, tmp_path):
    import csv

    from seecodesk.exchange.trade_export import export_trades
    from seecodesk.gui.main_window import MainWindow
    from tests.gui_helpers import YES, answer

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    members = window.show_section("members")
    view = members.directory.table
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "(주)맑은물환경")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(model.index(row, 0)).center())
    asked = answer(qtbot, YES)
    delete = next(b for b in members.findChildren(QPushButton) if b.isVisible() and b.text() == "삭제")  # the bar's first
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert asked and "(주)맑은물환경" in asked[0]
    trade = window.show_section("trade")
    bar = trade.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    table = trade.trades_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 3).text() == "차량 방역 소독")
    assert (table.item(row, 1).text(), table.item(row, 2).text()) == ("함께걷는길(주)", "(주)맑은물환경")
    out = tmp_path / "거래.csv"
    export_trades(workspace.db, out)
    with out.open(encoding="utf-8-sig") as sheet:
        sold = [r["판매 기관"] for r in csv.DictReader(sheet) if r["품목"] == "차량 방역 소독"]
    assert sold == ["(주)맑은물환경"], "the export for city hall must not blank a deleted member"
