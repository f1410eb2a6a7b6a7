"""The 동료컨설팅 page as the secretary uses it: fill an application, confirm a match, log, undo, print."""

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from seecodesk.gui.consulting.application_dialog import ApplicationDialog
from seecodesk.gui.consulting.page import ConsultingPage
from seecodesk.services.workspace import Workspace
from tests.gui_helpers import click


def board_names(page, status):
    listing = page.board.lists[status]
    return [listing.item(i).text().split("\n")[0] for i in range(listing.count())]


def make_page(qtbot, demo_db):
    page = ConsultingPage(Workspace(db=demo_db, path=None))
    qtbot.addWidget(page)
    page.preview = lambda parent, path, title: page.previewed.append((path, title))
    page.previewed = []
    return page


def fill_new_application(qtbot, page) -> ApplicationDialog:
    dialog = ApplicationDialog(page, page.service, page.service.blank_application())
    qtbot.addWidget(dialog)
    ui = dialog.ui
    dialog.select_member(next(r.id for r in page.service.members.directory() if r.name == "새벽빵협동조합"))
    qtbot.mouseClick(ui.loadMemberButton, Qt.MouseButton.LeftButton)
    assert ui.companyNameEdit.text() == "새벽빵협동조합" and ui.representativeEdit.text() == "임하늘"
    assert ui.phoneEdit.text() and ui.managerNameEdit.text()
    dialog.field_boxes[next(i for i, n in page.service.field_names().items() if n == "현장관리")].setChecked(True)
    ui.otherFieldEdit.setText("식품 위생")  # QTest cannot type Hangul
    assert ui.otherCheck.isChecked()
    ui.requestEdit.insertPlainText("공장 안전관리와 위생 점검 방법을 배우고 싶습니다.")
    ui.appliedOnEdit.setDate(QDate(2022, 10, 4))
    ui.signedCheck.setChecked(True)
    return dialog


def test_unit_fill_an_application_and_confirm_a_match(qtbot, demo_db):
    page = make_page(qtbot, demo_db)
    dialog = fill_new_application(qtbot, page)
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    saved = dialog.saved
    assert saved is not None and saved.status == "접수" and saved.signed and saved.other_field == "식품 위생"
    page._after_change(int(saved.id))
    assert "새벽빵협동조합" in board_names(page, "접수")
    assert page.board.current_id() == saved.id
    proposals = page.panel.matching.proposals
    first = proposals.item(0).text()
    assert first.startswith("가람로컬푸드협동조합") and "현장관리 일치" in first and "이전 매칭 1회" in first
    greyed = [proposals.item(i).text() for i in range(proposals.count()) if not proposals.item(i).flags()]
    assert any("은빛인쇄" in t and "정원" in t for t in greyed)
    qtbot.mouseClick(page.panel.matching.confirm_button, Qt.MouseButton.LeftButton)
    assert page.service.application(int(saved.id)).status == "매칭"
    assert "새벽빵협동조합" in board_names(page, "매칭")
    assert page.panel.matching.matches.count() == 1
    assert "되돌리기" in page.message.text()
    page.undo()
    assert page.service.application(int(saved.id)).status == "접수"
    assert "새벽빵협동조합" in board_names(page, "접수")


def test_bad_input_keeps_the_dialog_open_with_korean_messages(qtbot, demo_db):
    page = make_page(qtbot, demo_db)
    dialog = ApplicationDialog(page, page.service, page.service.blank_application())
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    qtbot.keyClicks(dialog.ui.phoneEdit, "12345")
    dialog.ui.requestEdit.insertPlainText("지워지면 안 되는 내용")
    click(qtbot, dialog, "저장")
    assert dialog.saved is None and not dialog.ui.errorLabel.isHidden()
    assert "기업명" in dialog.ui.errorLabel.text() and "전화" in dialog.ui.errorLabel.text()
    assert dialog.ui.requestEdit.toPlainText() == "지워지면 안 되는 내용"


def test_check_boxes_allow_one_choice_like_the_paper(qtbot, demo_db):
    page = make_page(qtbot, demo_db)
    dialog = ApplicationDialog(page, page.service, page.service.blank_application())
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.certPreliminaryCheck.setChecked(True)
    ui.certCertifiedCheck.setChecked(True)
    assert not ui.certPreliminaryCheck.isChecked()
    ui.supportYearSpin.setValue(3)
    assert ui.supportCurrentCheck.isChecked()
    ui.supportEndedCheck.setChecked(True)
    assert not ui.supportCurrentCheck.isChecked()
    assert dialog.ui.recipientLabel.text() == "가람시사회적경제기업협의회 귀하"


def test_board_shows_every_status_and_prints(qtbot, demo_db):
    page = make_page(qtbot, demo_db)
    counts = {status: page.board.lists[status].count() for status in page.board.lists}
    assert all(counts.values()) and page.board.headers["취소"].text() == f"취소 ({counts['취소']})"
    page.board.search.setText("ㅅㅂㅃ")
    assert board_names(page, "완료") == ["새벽빵협동조합"] and page.board.lists["접수"].count() == 0
    page.board.search.clear()
    done = next(a for a in page.service.applications() if a.status == "완료")
    page.board.select(int(done.id))
    assert page.panel.app.id == done.id and "취소" not in [a.text() for a in page.panel.status_menu.actions()]
    page.panel.tabs.setCurrentWidget(page.panel.work)
    assert page.panel.work.table.rowCount() == 5 and "5회 / 계획 5회" in page.panel.work.budget.text()
    page.panel.print_form_requested.emit(int(done.id))
    page.panel.work.print_button.click()
    page.print_application(None)
    assert [title for _path, title in page.previewed] == ["동료컨설팅 신청서", "동료컨설팅 결과보고서", "동료컨설팅 신청서"]
    assert all(path.exists() and path.stat().st_size > 1000 for path, _t in page.previewed)


def test_mentors_and_figures_tabs_show_the_demo(qtbot, demo_db):
    page = make_page(qtbot, demo_db)
    assert page.mentors.table.rowCount() == 3
    assert page.mentors.fields.count() == 6
    year = page.figures.year
    years = [year.itemData(i) for i in range(year.count())]
    assert year.currentData() == max(years), "the newest year with applications first"
    year.setCurrentIndex(year.findData(2022))
    # the 2022 round: four applications (the two still waiting came in weeks before today)
    assert page.figures.table.item(0, 0).text() == "전체" and page.figures.table.item(0, 1).text() == "4"


def test_mentor_and_session_dialogs_save_through_the_service(qtbot, demo_db):
    from seecodesk.core.consulting import MentorOffer
    from seecodesk.gui.consulting.mentor_dialog import MentorDialog
    from seecodesk.gui.consulting.session_dialog import SessionDialog

    page = make_page(qtbot, demo_db)
    mentor = MentorDialog(page, page.service, MentorOffer(organisation_id=0))
    qtbot.addWidget(mentor, before_close_func=lambda d: d.done(0))
    mentor.show()
    mentor.organisation.setCurrentIndex(mentor.organisation.findText("(주)햇살두레푸드"))
    assert mentor.person.count() > 1
    mentor.person.setCurrentIndex(1)
    click(qtbot, mentor, "저장")
    assert "분야" in mentor.error.text() and mentor.saved is None
    next(iter(mentor.field_boxes.values())).setChecked(True)
    mentor.capacity.setValue(3)
    click(qtbot, mentor, "저장")
    assert mentor.saved is not None and mentor.saved.capacity == 3 and mentor.saved.person_name
    matched = next(a for a in page.service.applications() if a.status == "매칭")
    match = page.service.work.matches(int(matched.id))[0]
    dialog = SessionDialog(page, page.service.work.next_session(int(match.id)), page.service.work.save_session)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    dialog.held_on.setDate(QDate(2022, 7, 20))
    dialog.topics.setPlainText("사업계획서 목차 잡기")
    dialog.online.setChecked(True)
    click(qtbot, dialog, "저장")
    assert dialog.saved is not None and dialog.saved.fee == 100_000 and dialog.saved.online
    assert page.service.application(int(matched.id)).status == "진행"


def test_session_records_table_shows_several_rows_on_a_laptop_screen(qtbot, demo_db):
    page = make_page(qtbot, demo_db)
    page.resize(1366, 660)  # 768 less the window's title bar, menu, toolbar and task bar
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    from seecodesk.gui.consulting.work_panel import WorkPanel

    work = page.findChild(WorkPanel)
    busiest = max(page.service.applications(), key=lambda a: sum(
        len(page.service.work.sessions(int(m.id))) for m in page.service.work.matches(int(a.id))))
    listing = page.board.lists[busiest.status]
    item = next(listing.item(i) for i in range(listing.count()) if busiest.company_name in listing.item(i).text())
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=listing.visualItemRect(item).center())
    qtbot.waitUntil(lambda: work.table.rowCount() >= 3)
    tabs = work.parentWidget().parentWidget()
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tabs.indexOf(work)).center())
    row_height = work.table.verticalHeader().defaultSectionSize()
    assert work.table.isVisible() and work.table.viewport().height() >= 3 * row_height


def test_choosing_a_member_fills_the_form_at_once(qtbot, demo_db):
    page = make_page(qtbot, demo_db)
    dialog = ApplicationDialog(page, page.service, page.service.blank_application())
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    combo = dialog.ui.memberCombo
    target = combo.findText("새벽빵협동조합", Qt.MatchFlag.MatchStartsWith)
    combo.setFocus()
    for _ in range(target):  # arrow down through the list as a user does; each choice fills at once
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == target
    assert dialog.ui.companyNameEdit.text() == "새벽빵협동조합" and dialog.ui.representativeEdit.text() == "임하늘"


def test_printing_a_long_application_says_which_answers_continue_on_the_continuation_sheet(qtbot, demo_db):
    from dataclasses import replace

    page = make_page(qtbot, demo_db)
    app = next(a for a in page.service.applications() if a.status == "완료")
    long_request = "\n".join(f"{n}. 판로와 회계 처리의 애로 사항을 자세히 적습니다." for n in range(1, 80))
    page.service.save_application(replace(page.service.application(int(app.id)), request=long_request))
    page.refresh()
    page.board.select(int(app.id))
    qtbot.mouseClick(page.panel.print_button, Qt.MouseButton.LeftButton)
    assert "칸에 다 들어가지 않은 내용(신청 내용)은 별지(신청서 계속)에 이어 인쇄했습니다" in page.message.text()
    assert page.previewed and page.previewed[-1][1] == "동료컨설팅 신청서"


def test_the_yearly_figures_year_label_reads_without_a_stray_ampersand_and_alt_y_picks_the_year(qtbot, demo_db):
    from PySide6.QtWidgets import QLabel

    page = make_page(qtbot, demo_db)
    page.show()
    qtbot.mouseClick(page.tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=page.tabs.tabBar().tabRect(page.tabs.indexOf(page.figures)).center())
    caption = next(label for label in page.figures.findChildren(QLabel) if label.text().startswith("연도"))
    assert caption.buddy() is page.figures.year, "with a buddy Qt draws 연도(Y) with Y underlined, not '&Y'"
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(page.figures.year.hasFocus)


def test_a_field_name_refused_as_too_long_is_offered_again_to_shorten_not_lost(qtbot, demo_db):
    from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

    from tests.gui_helpers import type_into, when_shown

    page = make_page(qtbot, demo_db)
    page.show()
    qtbot.mouseClick(page.tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=page.tabs.tabBar().tabRect(page.tabs.indexOf(page.mentors)).center())
    before = set(page.service.field_names().values())
    offered, warnings = [], []

    def press_ok(dialog):  # 확인 in the window, OK in tests (no Korean Qt translation loaded)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    def shorten(dialog):
        edit = dialog.findChild(QLineEdit)
        offered.append(edit.text())
        type_into(qtbot, edit, "ESG")
        press_ok(dialog)

    def warned(box):
        warnings.append(box.text())
        when_shown(QInputDialog, shorten)
        qtbot.mouseClick(box.buttons()[0], Qt.MouseButton.LeftButton)

    def too_long(dialog):
        type_into(qtbot, dialog.findChild(QLineEdit), "a" * 300)
        when_shown(QMessageBox, warned)
        press_ok(dialog)

    failures = []
    when_shown(QInputDialog, too_long, failures)
    click(qtbot, page.mentors, "분야 추가")
    assert not failures, failures
    assert warnings and "너무 깁니다" in warnings[0]
    assert offered == ["a" * 300], "the refused name comes back in the box"
    assert set(page.service.field_names().values()) - before == {"ESG"}


def test_cards_and_sentences_show_dates_in_the_window_style_and_the_mentor_period_reads_whole(qtbot, workspace):
    import re

    from tests.gui_helpers import open_tab

    iso = re.compile(r"\d{4}-\d{2}-\d{2}")
    shown_day = re.compile(r"\d{4}\. \d{1,2}\. \d{1,2}\.\([월화수목금토일]\)")
    window, _board_tab = open_tab(qtbot, workspace, "consulting", "신청 현황")
    page = window.show_section("consulting")
    for status in ("매칭", "진행"):  # cards with a confirmed match
        listing = page.board.lists[status]
        if listing.count():
            break
    rect = listing.visualItemRect(listing.item(0))
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    card = listing.item(0).text()
    assert shown_day.search(card) and not iso.search(card), card
    summary = page.panel.summary.text()
    assert "경과" in summary and shown_day.search(summary) and not iso.search(summary), summary
    matches = page.panel.matching.matches
    confirmed = [matches.item(i).text() for i in range(matches.count())]
    assert confirmed and all(shown_day.search(t) and not iso.search(t) for t in confirmed), confirmed
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(page.tabs.indexOf(page.mentors)).center())
    table = page.mentors.table
    column = 5
    assert table.horizontalHeaderItem(column).text() == "활동 기간"
    for row in range(table.rowCount()):
        text = table.item(row, column).text()
        assert not text.rstrip().endswith("~"), f"an open period reads cut off: {text!r}"
        assert table.fontMetrics().horizontalAdvance(text) <= table.columnWidth(column), text
        assert table.visualItemRect(table.item(row, column)).right() <= table.viewport().width(), "scrolled out of view"


def test_a_resident_number_typed_as_the_managers_mobile_is_named_as_such_like_the_member_forms(qtbot, demo_db):
    from seecodesk.core.validation import RESIDENT_NUMBER_MESSAGE
    from tests.gui_helpers import type_into

    page = make_page(qtbot, demo_db)
    dialog = ApplicationDialog(page, page.service, page.service.blank_application())
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    type_into(qtbot, dialog.ui.managerMobileEdit, "900101-1234567")
    type_into(qtbot, dialog.ui.faxEdit, "9001011234567")
    click(qtbot, dialog, "저장")
    shown = dialog.ui.errorLabel.text()
    assert dialog.saved is None and not dialog.ui.errorLabel.isHidden()
    assert f"총괄책임자 휴대전화: {RESIDENT_NUMBER_MESSAGE}" in shown, shown
    assert "형식을 알 수 없습니다" not in shown and "1234567" not in shown, shown


def test_tab_from_the_managers_mobile_reaches_the_requested_fields_in_order(qtbot, demo_db):
    page = make_page(qtbot, demo_db)
    dialog = ApplicationDialog(page, page.service, page.service.blank_application())
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    ui.managerMobileEdit.setFocus()
    qtbot.keyClicks(ui.managerMobileEdit, "010-1234-5678")
    reached = []
    for _ in range(len(dialog.field_boxes) + 1):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        reached.append(dialog.focusWidget())
    boxes = list(dialog.field_boxes.values())
    assert reached == [*boxes, ui.otherCheck], "Tab goes through 신청 분야 as the paper lists them, then 기타형"
    qtbot.keyClick(ui.otherCheck, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)
    assert boxes[-1].isChecked(), "Shift+Tab back to the last field and Space ticks it"


def _click_card(qtbot, page, status, name):
    listing = page.board.lists[status]
    item = next(listing.item(i) for i in range(listing.count()) if listing.item(i).text().startswith(name))
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=listing.visualItemRect(item).center())


def test_a_typed_result_report_survives_a_new_session_and_is_offered_for_saving_before_another_card(qtbot, demo_db):
    from korean_typing import type_korean

    from seecodesk.gui.consulting.session_dialog import SessionDialog
    from tests.gui_helpers import YES, answer, when_shown

    page = make_page(qtbot, demo_db)
    page.show()
    _click_card(qtbot, page, "진행", "함께걷는길")
    bar = page.panel.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    work = page.panel.work
    problem = work.report_edits["problem"]
    problem.setFocus()
    type_korean(problem, "고객 기관을 찾는 방법")
    sessions = work.table.rowCount()
    failures: list = []
    when_shown(SessionDialog, lambda dialog: click(qtbot, dialog, "저장"), failures)
    click(qtbot, work, "상담 추가")
    assert not failures and work.table.rowCount() == sessions + 1
    assert problem.toPlainText() == "고객 기관을 찾는 방법", "adding a session kept what was typed in the report"
    match_id = work.match_id()
    asked = answer(qtbot, YES)
    _click_card(qtbot, page, "완료", "새벽빵협동조합")
    assert asked and "저장하지 않은 내용" in asked[0]
    assert page.service.work.report(match_id).problem == "고객 기관을 찾는 방법"
    assert problem.toPlainText().startswith("제빵 설비"), "the other card's own report is shown"
