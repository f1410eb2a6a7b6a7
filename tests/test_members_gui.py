"""The member directory window: search as you type, filters, sorting, the count, the model."""

import sys
import types

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from seecodesk.core.korean_search import choseong_of
from seecodesk.gui.members.page import MembersPage
from seecodesk.gui.members.table_model import FilteredTableModel


@pytest.fixture
def page(qtbot, workspace):
    widget = MembersPage(workspace)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_text(widget, text: str) -> None:
    """Type the way a Korean IME does: each syllable or jamo committed in turn (QTest cannot send Hangul keys)."""
    widget.setFocus()
    for ch in text:
        event = QInputMethodEvent("", [])
        event.setCommitString(ch)
        QApplication.sendEvent(widget, event)


def visible_names(page: MembersPage) -> list[str]:
    model = page.directory.model
    return [model.record(row).name for row in range(model.rowCount())]


def test_directory_shows_every_demo_organisation_with_korean_headers(page):
    model = page.directory.model
    assert model.rowCount() == 30
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["기업명", "인증·지정", "대표자", "전화", "읍/면/동", "업종", "회원 상태", "인원"]
    assert page.directory.count_label.text() == "전체 30곳"


def test_typing_a_korean_substring_narrows_the_table(qtbot, page):
    type_text(page.directory.search_edit, "돌봄")
    assert visible_names(page) == ["가람돌봄사회적협동조합"]
    assert page.directory.count_label.text() == "30곳 중 1곳"


def test_two_syllables_and_one_syllable_find_every_holder(qtbot, page):
    type_text(page.directory.search_edit, "협동")
    names = visible_names(page)
    assert names and all("협동" in name for name in names)
    assert "새벽빵협동조합" in names and "(주)바른청소" not in names
    page.directory.search_edit.clear()
    type_text(page.directory.search_edit, "빵")
    assert visible_names(page) == ["새벽빵협동조합"]


def test_choseong_query_finds_garam(qtbot, page):
    type_text(page.directory.search_edit, "ㄱㄹ")
    model = page.directory.model
    rows = [model.record(r) for r in range(model.rowCount())]
    assert "가람돌봄사회적협동조합" in [r.name for r in rows]
    assert 0 < len(rows) < 30
    assert all("ㄱㄹ" in choseong_of(r.name + "|" + r.representative + "|" + r.district) for r in rows)


def test_search_matching_nothing_says_so_in_the_count(qtbot, page):
    type_text(page.directory.search_edit, "없는회사이름")
    assert page.directory.model.rowCount() == 0
    assert page.directory.count_label.text() == "30곳 중 0곳"


def _choose(combo, value):
    combo.setCurrentIndex(combo.findData(value))


def test_filters_by_status_designation_and_industry(page):
    directory = page.directory
    _choose(directory.status_filter, "탈퇴")
    assert visible_names(page) == ["가람청년협동조합"]
    _choose(directory.status_filter, "")
    _choose(directory.designation_filter, "마을기업")
    rows = [directory.model.record(r) for r in range(directory.model.rowCount())]
    assert len(rows) >= 3 and all("마을기업" in r.designations for r in rows)
    _choose(directory.industry_filter, "제조업")
    rows = [directory.model.record(r) for r in range(directory.model.rowCount())]
    assert {r.name for r in rows} == {"들녘한과영농조합법인", "은하골수제맥주협동조합"}
    assert directory.count_label.text() == "30곳 중 2곳"


def test_non_members_filter_finds_the_support_bodies(page):
    _choose(page.directory.status_filter, "비회원")
    assert sorted(visible_names(page)) == ["가람시 도시재생지원센터", "가람지역자활센터"]


def test_filter_and_search_combine(qtbot, page):
    _choose(page.directory.designation_filter, "사회적기업")
    type_text(page.directory.search_edit, "가람")
    rows = [page.directory.model.record(r) for r in range(page.directory.model.rowCount())]
    assert rows and all("사회적기업" in r.designations and "가람" in r.name + r.district for r in rows)


def test_clicking_a_header_sorts(qtbot, page):
    table = page.directory.table
    header = table.horizontalHeader()
    people_column = 7
    x = header.sectionViewportPosition(people_column) + header.sectionSize(people_column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    counts = [page.directory.model.record(r).people for r in range(page.directory.model.rowCount())]
    assert header.sortIndicatorSection() == people_column
    assert counts == sorted(counts, reverse=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)
    assert counts[0] != counts[-1]
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    names = visible_names(page)
    assert names == sorted(names, reverse=True)


def test_selection_shows_the_card_and_people(page):
    org_id = next(r.id for r in page.directory.model.records() if r.name == "가람돌봄사회적협동조합")
    assert page.directory.select_id(org_id)
    card = page.detail.card.text()
    assert "가람돌봄사회적협동조합" in card and "방문요양" in card and "오미란" in card
    people = [page.detail.people_list.item(i).text() for i in range(page.detail.people_list.count())]
    assert any(line.startswith("오미란 · 대표") for line in people)


def test_user_text_in_the_card_is_not_markup(workspace, qtbot):
    from seecodesk.core.members import Organisation

    workspace.members.save_organisation(Organisation(name="<b>교육</b> & 소통"))
    page = MembersPage(workspace)
    qtbot.addWidget(page)
    org_id = next(r.id for r in page.directory.model.records() if r.name.startswith("<b>"))
    page.directory.select_id(org_id)
    assert "&lt;b&gt;교육&lt;/b&gt; &amp; 소통" in page.detail.card.text()


def test_ctrl_f_focuses_the_search_box(qtbot, page):
    page.activateWindow()
    qtbot.waitUntil(lambda: page.isActiveWindow())
    page.directory.table.setFocus()
    qtbot.keyClick(page.directory.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.directory.search_edit.hasFocus()


def test_people_tab_lists_people_without_organisation(qtbot, page):
    page.tabs.setCurrentIndex(1)
    view = page.people_view
    assert view.model.rowCount() == 93
    view.affiliation_filter.setCurrentIndex(view.affiliation_filter.findData("시청"))
    names = {view.model.record(r)["name"] for r in range(view.model.rowCount())}
    assert names == {"류재석", "김나연", "박상철"}
    view.affiliation_filter.setCurrentIndex(0)
    type_text(view.search_edit, "ㄱㄴㅇ")
    assert [view.model.record(r)["name"] for r in range(view.model.rowCount())] == ["김나연"]


def test_directory_model_passes_the_model_tester(qtmodeltester, page):
    qtmodeltester.check(page.directory.model)
    page.directory.model.set_query("가람")
    qtmodeltester.check(page.directory.model)


def test_model_tester_on_an_empty_and_a_filtered_model(qtmodeltester, workspace):
    from seecodesk.gui.members.directory_view import COLUMNS, search_text

    model = FilteredTableModel(COLUMNS, search_text)
    qtmodeltester.check(model)
    model.set_records(workspace.members.directory())
    model.set_predicate(lambda r: r.membership_status == "회원")
    qtmodeltester.check(model)


def test_import_button_reloads_after_rows_were_imported(page, workspace, monkeypatch):
    from seecodesk.core.members import Organisation

    def fake_import(parent, ws):
        ws.members.save_organisation(Organisation(name="새로가져온협동조합"))
        return True

    fake = types.ModuleType("seecodesk.gui.members.import_dialog")
    fake.run_import_dialog = fake_import
    monkeypatch.setitem(sys.modules, "seecodesk.gui.members.import_dialog", fake)
    page.buttons["import"].click()
    assert "새로가져온협동조합" in visible_names(page)
    assert page.directory.count_label.text() == "전체 31곳"


def test_choseong_queries_match_initials_only_within_one_field():
    from seecodesk.core.korean_search import SearchKey, filter_keys

    keys = [SearchKey("논산시사회적경제"), SearchKey("서산"), SearchKey("ㄴㅅ 메모")]
    assert filter_keys(keys, "ㄴㅅ") == [0, 2]
    assert filter_keys(keys, "ㅅㅅ") == [0, 1]
    assert filter_keys(keys, "ㄴ ㅅ") == [0, 2]


def test_a_filter_popup_shows_its_longest_choice_in_full(page, qtbot):
    from PySide6.QtWidgets import QStyleFactory

    combo = page.directory.industry_filter
    style = QStyleFactory.create("Windows")  # Fusion widens popups itself; the Windows look does not
    combo.setStyle(style)
    longest = max((combo.itemText(i) for i in range(combo.count())), key=combo.fontMetrics().horizontalAdvance)
    combo.showPopup()
    try:
        qtbot.waitUntil(lambda: combo.view().isVisible(), timeout=2000)
        assert combo.view().width() > combo.fontMetrics().horizontalAdvance(longest)
        assert combo.view().width() > combo.width()  # the box itself stays narrow
    finally:
        combo.hidePopup()


def test_people_tab_shows_office_phone_and_email_and_finds_them(page, workspace):
    from seecodesk.core.members import Person
    from seecodesk.gui.members.page import PEOPLE_TAB

    workspace.members.save_person(Person(name="김나연", affiliation="시청", title="주무관", phone="041-730-1111",
                                         email="nayeon@garam.go.kr"))
    page.reload()
    page.tabs.setCurrentIndex(PEOPLE_TAB)
    view = page.people_view
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())]
    assert "전화" in headers and "이메일" in headers
    view.search_edit.setText("730-1111")
    assert view.model.visible_count() == 1
    row = [view.model.index(0, c).data() for c in range(view.model.columnCount())]
    assert "041-730-1111" in row and "nayeon@garam.go.kr" in row
    view.search_edit.setText("nayeon@")
    assert view.model.visible_count() == 1


def test_the_card_shows_dates_in_the_window_style_not_iso(qtbot, page):
    import re

    from PySide6.QtGui import QTextDocument

    table = page.directory.table
    rect = table.visualRect(table.model().index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    document = QTextDocument()
    document.setHtml(page.detail.card.text())
    shown = document.toPlainText()
    assert "설립일" in shown and "가입" in shown and "납부" in shown and "지정" in shown, shown
    assert not re.search(r"\d{4}-\d{2}-\d{2}", shown), shown
    assert re.search(r"설립일\s*\d{4}\. \d{1,2}\. \d{1,2}\.\([월화수목금토일]\)", shown), shown


def test_a_long_unbroken_news_line_wraps_inside_the_card(workspace, qtbot):
    """요즘 소식 of 10,000 characters without a space (a pasted run): the card wraps it within its panel, so the
    address and the other lines beside it still wrap and show, and no sideways scroll bar appears."""
    from dataclasses import replace

    from PySide6.QtWidgets import QScrollArea

    record = next(r for r in workspace.members.directory() if r.name == "가람돌봄사회적협동조합")
    organisation = workspace.members.organisation(record.id)
    workspace.members.save_organisation(replace(organisation, news="가나다라마" * 2_000))
    page = MembersPage(workspace)
    qtbot.addWidget(page)
    page.resize(1280, 700)
    page.show()
    qtbot.waitExposed(page)
    row = page.directory.model.row_of_id(record.id)
    table = page.directory.table
    table.scrollTo(page.directory.model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(page.directory.model.index(row, 0)).center())
    qtbot.waitUntil(lambda: "가나다라마" in page.detail.card.text())
    scroll = page.detail.findChild(QScrollArea)
    qtbot.waitUntil(lambda: page.detail.card.width() <= scroll.viewport().width())  # once the layout settles
    assert page.detail.card.minimumSizeHint().width() <= scroll.viewport().width()
    assert not scroll.horizontalScrollBar().isVisible()
