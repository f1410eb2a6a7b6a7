"""The 회의 section as a user drives it: roll call ticks, agenda reordering, saving, the lists and the chart."""

import pytest
from korean_typing import type_korean
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from seecodesk.core.meetings import AgendaItem, Attendee
from seecodesk.gui.meetings.agenda import AgendaEditor
from seecodesk.gui.meetings.editor import MeetingDialog
from seecodesk.gui.meetings.page import MeetingsPage
from seecodesk.gui.meetings.roll_call import CHECK, NAME, RollCall
from seecodesk.services.meetings import MeetingService
from seecodesk.services.workspace import Workspace
from tests.gui_helpers import click, when_shown


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch):
    """Questions (discard changes? delete?) answer Yes, so no test waits on a modal box."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


@pytest.fixture
def workspace(demo_db, demo_path):
    return Workspace(db=demo_db, path=demo_path)


@pytest.fixture
def service(demo_db):
    return MeetingService(demo_db)


def board_meeting(service, day="2026-12-16"):
    board = next(b[0] for b in service.bodies() if b[1] == "이사회")
    return service.new_meeting(board, day)


def test_roll_call_ticks_mark_present_and_untick_absent(qtbot, service):
    roll = RollCall(service.people())
    qtbot.addWidget(roll)
    meeting = board_meeting(service)
    roll.set_attendees(meeting.attendees)
    assert all(a.status == "invited" for a in roll.attendees())
    roll.table.item(0, CHECK).setCheckState(Qt.CheckState.Checked)
    roll.table.item(1, CHECK).setCheckState(Qt.CheckState.Checked)
    assert [a.status for a in roll.attendees()[:3]] == ["present", "present", "invited"]
    assert roll.status_combo(0).currentText() == "참석"
    roll.table.item(1, CHECK).setCheckState(Qt.CheckState.Unchecked)
    assert roll.attendees()[1].status == "absent"
    roll.status_combo(2).setCurrentText("지각")
    assert roll.attendees()[2].status == "late"
    assert roll.table.item(2, CHECK).checkState() == Qt.CheckState.Checked
    roll.status_combo(2).setCurrentText("사유불참")
    assert roll.table.item(2, CHECK).checkState() == Qt.CheckState.Unchecked
    assert "참석 1명" in roll.summary.text()
    assert meeting.attendees[0].status == "invited"  # the caller's list is untouched


def test_roll_call_guests_and_mark_all(qtbot, service):
    roll = RollCall(service.people())
    qtbot.addWidget(roll)
    roll.set_attendees(board_meeting(service).attendees)
    roll.add_guest()
    row = roll.table.rowCount() - 1
    roll.table.item(row, NAME).setText("방문객 김가람")
    roll.mark_all_present()
    attendees = roll.attendees()
    assert attendees[-1].person_id is None and attendees[-1].guest_name == "방문객 김가람"
    assert all(a.status == "present" for a in attendees)
    # select exactly row 0 (selectRow() would extend a selection when another test left a modifier key down)
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    roll.table.selectionModel().select(roll.table.model().index(0, 0), flags)
    roll.remove_selected()
    assert len(roll.attendees()) == len(attendees) - 1


def test_agenda_reorders_with_buttons_and_keeps_details(qtbot, service):
    editor = AgendaEditor(service.people())
    qtbot.addWidget(editor)
    editor.set_items([AgendaItem(title="가", discussion="첫\n둘"), AgendaItem(title="나"), AgendaItem(title="다")])
    editor.list.setCurrentRow(2)
    editor.move_current(-1)
    editor.move_current(-1)
    editor.move_current(-1)  # already first: nothing happens
    assert [i.title for i in editor.items()] == ["다", "가", "나"]
    assert editor.list.item(0).text() == "1. 다"
    assert editor.items()[1].discussion == "첫\n둘"
    editor.list.setCurrentRow(1)
    qtbot.keyClick(editor.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [i.title for i in editor.items()] == ["다", "나", "가"]


def test_agenda_edits_minutes_decision_and_votes(qtbot, service):
    editor = AgendaEditor(service.people())
    qtbot.addWidget(editor)
    editor.set_items([])
    editor.add_item()
    editor.title.setText("회비 인상")
    editor.discussion.setPlainText("찬반 토론\n다수 찬성")
    editor.decision.setCurrentText("의결")
    editor.voted.setChecked(True)
    editor.votes[0].setValue(5)
    editor.votes[2].setValue(1)
    item = editor.items()[0]
    assert (item.title, item.decision, item.votes_for, item.votes_against, item.votes_abstain) == \
        ("회비 인상", "의결", 5, 0, 1)
    assert item.discussion == "찬반 토론\n다수 찬성"
    editor.voted.setChecked(False)
    assert editor.items()[0].votes_for is None
    editor.remove_current()
    assert editor.items() == []


def test_editor_saves_a_new_meeting_with_roll_and_agenda(qtbot, workspace, service):
    dialog = MeetingDialog(workspace, board_meeting(service))
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    dialog.roll_call.mark_all_present()
    dialog.agenda.add_item("정기총회 준비")
    dialog.actions.add_action("자료집 초안")
    assert "성원" in dialog.header.quorumLabel.text()
    click(qtbot, dialog, "저장")
    assert dialog.saved is not None
    stored = service.meeting(dialog.saved.id)
    assert [a.title for a in stored.agenda] == ["정기총회 준비"]
    assert stored.actions[0].what == "자료집 초안"
    assert all(a.status == "present" for a in stored.attendees)


def test_bad_input_keeps_the_dialog_and_what_was_typed(qtbot, workspace, service, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    meeting = board_meeting(service)
    meeting.attendees.append(Attendee(guest_name=""))
    dialog = MeetingDialog(workspace, meeting)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    dialog.agenda.add_item("남겨 둘 안건")
    click(qtbot, dialog, "저장")
    assert dialog.saved is None and dialog.isVisible()
    assert warnings and "외부 참석자의 이름" in warnings[0]
    assert [a.title for a in dialog.agenda.items()] == ["남겨 둘 안건"]
    assert service.meetings(kind="이사회", year=2026)[0].date != "2026-12-16"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog.close()  # unsaved: the user says "no, don't discard"
    assert dialog.isVisible()
    dialog._dirty = False


def test_unit_page_lists_filters_and_undoes_a_delete(qtbot, qtmodeltester, workspace):
    page = MeetingsPage(workspace)
    qtbot.addWidget(page)
    qtmodeltester.check(page.list.model)
    total = page.list.model.rowCount()
    assert total >= 40
    page.list.kind_filter.setCurrentText("워크숍")
    assert page.list.model.rowCount() == 7
    page.list.table.selectRow(0)
    page.delete_selected()
    assert page.list.model.rowCount() == 6
    page.undo()
    assert page.list.model.rowCount() == 7


def test_open_actions_highlight_overdue_and_stats_draw(qtbot, workspace):
    page = MeetingsPage(workspace)
    qtbot.addWidget(page)
    page.tabs.setCurrentIndex(1)
    model = page.actions.model
    assert model.rowCount() > 0
    colours = [model.data(model.index(r, 0), Qt.ItemDataRole.BackgroundRole) for r in range(model.rowCount())]
    assert any(c is not None for c in colours) and any(c is None for c in colours)
    page.tabs.setCurrentIndex(2)
    assert page.stats.model.rowCount() > 0
    assert "목표 70%" in page.stats.summary.text()
    assert page.stats.chart.bars and page.stats.chart.grab().width() > 0
    page.stats.per.setCurrentIndex(1)
    assert any(r.label == "시청" for r in page.stats.model.records())


def test_editor_carries_over_makes_a_task_and_attaches(qtbot, workspace, service, monkeypatch, tmp_path):
    from seecodesk.gui.meetings import editor as editor_module

    monkeypatch.setattr(editor_module.CarryOverDialog, "ask", staticmethod(lambda parent, candidates: candidates))
    monkeypatch.setattr(editor_module, "ask_task_target", lambda parent, plans: (plans[0][0], None))
    dialog = MeetingDialog(workspace, board_meeting(service))
    qtbot.addWidget(dialog)
    offered = service.carry_over_candidates(dialog.current_meeting())
    dialog.offer_carry_over()
    titles = [i.title for i in dialog.agenda.items()]
    assert offered and titles == [f"[이월] {o.action.what}" for o in offered]
    dialog.actions.add_action("회비 안내문 발송")
    dialog.actions.table.setCurrentCell(0, 0)
    dialog.make_task(0)
    assert dialog.saved is not None
    task_id = service.meeting(dialog.saved.id).actions[0].task_id
    assert task_id is not None and "과제 #" in dialog.actions.table.item(0, 4).text()
    source = tmp_path / "회의자료.pdf"
    source.write_bytes(b"%PDF-1.4")
    dialog.files.add_file(str(source))
    stored = service.meeting(dialog.saved.id).attachments
    assert [a.file_name for a in stored] == ["회의자료.pdf"]
    assert (workspace.data_folder / "attachments" / str(dialog.saved.id) / "회의자료.pdf").is_file()


def test_editor_flags_decisions_without_quorum_and_too_many_votes_as_they_are_typed(qtbot, workspace, service):
    dialog = MeetingDialog(workspace, board_meeting(service, "2025-03-05"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.agenda)
    add = next(b for b in dialog.agenda.findChildren(QPushButton) if b.text() == "추가")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    type_korean(dialog.agenda.title, "회비 인상")
    assert not dialog.problems_label.isVisible(), "nothing decided yet: nothing to flag"
    qtbot.keyClick(dialog.agenda.decision, Qt.Key.Key_Down)  # (없음) → 의결
    assert dialog.agenda.decision.currentText() == "의결"
    assert dialog.problems_label.isVisible() and "성원 미달" in dialog.problems_label.text()
    voted = dialog.agenda.voted
    qtbot.mouseClick(voted, Qt.MouseButton.LeftButton, pos=QPoint(8, voted.height() // 2))  # on the box itself
    dialog.agenda.votes[0].selectAll()
    qtbot.keyClicks(dialog.agenda.votes[0], "7")
    assert "표결 합계(7표)가 출석 인원(0명)보다 많습니다" in dialog.problems_label.text()


def test_attendance_line_counts_the_undecided_apart(qtbot, service):
    roll = RollCall(service.people())
    qtbot.addWidget(roll)
    roll.show()
    roll.set_attendees(board_meeting(service).attendees[:4])
    for row in range(3):
        check = roll.table.item(row, CHECK)
        rect = roll.table.visualItemRect(check)
        qtbot.mouseClick(roll.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        if check.checkState() != Qt.CheckState.Checked:  # the click landed beside the box: tick it as Space would
            roll.table.setCurrentItem(check)
            qtbot.keyClick(roll.table, Qt.Key.Key_Space)
    assert [a.status for a in roll.attendees()] == ["present", "present", "present", "invited"]
    assert roll.summary.text().startswith("초대 4명 · 참석 3명 (응답 3명 중 100%) · 미정 1명")


def test_a_very_long_place_stops_at_the_limit_with_a_message_and_saves(qtbot, workspace, service):
    from seecodesk.core.meetings import PLACE_LENGTH

    dialog = MeetingDialog(workspace, board_meeting(service))
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    place = dialog.header.placeEdit
    place.setFocus()
    qtbot.keyClicks(place, "room 101 " * 30)  # 270 characters typed, as a stuck key or a wrong paste would
    assert len(place.text()) == PLACE_LENGTH, "a one-line field thousands of characters long slows every key down"
    assert dialog.notice_message.text() == f"장소는 {PLACE_LENGTH}자까지 적을 수 있습니다."
    click(qtbot, dialog, "저장")
    assert dialog.saved is not None and service.meeting(dialog.saved.id).place == place.text().strip()


def test_unit_a_place_over_the_limit_is_refused_in_korean(service):
    from seecodesk.core.errors import ValidationErrors

    meeting = board_meeting(service)
    meeting.place = "가" * 10_000
    with pytest.raises(ValidationErrors) as refused:
        service.save(meeting)
    assert "200자 이내로 줄여 주세요" in str(refused.value)


def _pick(qtbot, combo, text):
    """Choose `text` in a combo box with the keyboard, as a user tabbing through the header does."""
    combo.setFocus()
    target = combo.findText(text)
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def test_a_new_meetings_kind_and_number_follow_the_body_kind_and_year_until_typed(qtbot, workspace, service):
    page = MeetingsPage(workspace)
    qtbot.addWidget(page)
    page.show()
    body = next(b[0] for b in service.bodies() if b[1] == "교육소통분과")
    seen: list = []

    def act(dialog):
        h = dialog.header
        assert h.bodyCombo.currentData() is None and h.kindCombo.currentText() == "기타"
        _pick(qtbot, h.bodyCombo, "교육소통분과")
        on = h.dateEdit.date().toString("yyyy-MM-dd")
        seen.append((h.kindCombo.currentText(), h.numberSpin.value(), service.next_number(body, on, "분과모임")))
        h.dateEdit.setFocus()
        qtbot.keyClick(h.dateEdit, Qt.Key.Key_Home)  # the year
        qtbot.keyClick(h.dateEdit, Qt.Key.Key_Up)
        seen.append(h.numberSpin.value())
        h.numberSpin.setFocus()
        h.numberSpin.selectAll()
        qtbot.keyClicks(h.numberSpin, "5")
        _pick(qtbot, h.kindCombo, "워크숍")
        seen.append((h.kindCombo.currentText(), h.numberSpin.value()))
        click(qtbot, dialog, "닫기")  # unsaved: the autouse answer discards it

    failures: list = []
    shown = when_shown(MeetingDialog, act, failures)
    click(qtbot, page, "새 회의")
    assert shown and not failures, failures
    (kind, number, expected), next_year, typed = seen
    assert kind == "분과모임" and expected > 1 and number == expected, "the 분과's 제N차 모임 of this year"
    assert next_year == 1, "a meeting moved to next year starts again at 제1차"
    assert typed == ("워크숍", 5), "a 회차 typed by the user stays"


def test_clicking_into_a_new_agenda_items_title_and_typing_replaces_the_stand_in(qtbot, workspace, service):
    dialog = MeetingDialog(workspace, board_meeting(service))
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.agenda)
    add = next(b for b in dialog.agenda.findChildren(QPushButton) if b.text() == "추가")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    title = dialog.agenda.title
    assert title.text() == "새 안건"
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton, pos=QPoint(title.width() - 5, title.height() // 2))
    type_korean(title, "회비 인상")
    assert title.text() == "회비 인상" and [i.title for i in dialog.agenda.items()] == ["회비 인상"]
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton, pos=QPoint(title.width() - 5, title.height() // 2))
    assert not title.hasSelectedText(), "a typed title is edited where clicked, not selected"
