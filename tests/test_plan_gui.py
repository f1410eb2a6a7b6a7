"""The 분과·과제 page: marking schedule cells by click, drag and keyboard, undo, the tree's
reordering, the task form, the quarter view, bodies, and the print preview."""

from datetime import date

import pytest
from plan_helpers import small_plan
from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from seecodesk.gui.plan.page import create_page
from seecodesk.gui.plan.task_dialog import TaskDialog
from seecodesk.services.workspace import Workspace
from tests.gui_helpers import click


@pytest.fixture
def page(qtbot, db):
    service, plan, strategy, task, other, acts = small_plan(db)
    widget = create_page(Workspace(db=db, path=None))
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.refresh()
    widget.editor.tree.select_node(task.id)
    return widget, service, task, acts


def cell_center(grid, row, column):
    return grid.visualRect(grid.model().index(row, column)).center()


def drag(qtbot, grid, start, end):
    viewport = grid.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    move = QMouseEvent(QMouseEvent.Type.MouseMove, end, viewport.mapToGlobal(end), Qt.MouseButton.NoButton,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, move)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def test_click_marks_a_quarter_and_click_again_clears_it(qtbot, page):
    widget, service, task, acts = page
    grid = widget.editor.grid
    assert [r.label for r in grid.grid_model.rows] == ["운영자 선정", "회원 확보", "단톡방 운영"]
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=cell_center(grid, 0, 1))
    assert service.months(acts[0].id) == {"2021-10", "2021-11", "2021-12"}
    assert grid.grid_model.is_marked(0, 1)
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=cell_center(grid, 0, 1))
    assert service.months(acts[0].id) == set()


def shown_colour(grid, row, column):
    """The colour the screen shows in the middle of a cell (grabbed from the widget, not read from the model)."""
    from PySide6.QtGui import QColor

    image = grid.viewport().grab().toImage()
    return QColor(image.pixel(cell_center(grid, row, column)))


def test_a_clicked_cell_shows_its_mark_at_once(qtbot, page):
    from seecodesk.gui.plan.grid import MARKED

    widget, service, task, acts = page
    grid = widget.editor.grid
    empty = shown_colour(grid, 0, 2)
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=cell_center(grid, 0, 2))
    assert grid.currentIndex().row() == 0 and grid.currentIndex().column() == 2 and grid.hasFocus()
    shown = shown_colour(grid, 0, 2)
    assert close(shown, MARKED) and not close(empty, MARKED), (shown.name(), empty.name())
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=cell_center(grid, 0, 2))
    assert close(shown_colour(grid, 0, 2), empty)


def close(a, b) -> bool:
    """Two colours the eye takes for the same (the style may tint a hovered or focused cell a little)."""
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= 16


def test_drag_marks_a_run_of_cells_in_one_undoable_step(qtbot, page):
    widget, service, task, acts = page
    grid = widget.editor.grid
    drag(qtbot, grid, cell_center(grid, 2, 0), cell_center(grid, 2, 3))
    assert len(service.months(acts[2].id)) == 12  # 21Q3 … 22Q2
    assert all(grid.grid_model.is_marked(2, c) for c in range(4)) and not grid.grid_model.is_marked(2, 4)
    widget.undo()
    assert service.months(acts[2].id) == set()
    assert "되돌렸습니다" in widget.editor.status.text()


def test_keyboard_arrows_and_space_mark_cells(qtbot, page):
    widget, service, task, acts = page
    grid = widget.editor.grid
    grid.setFocus()
    grid.setCurrentIndex(grid.model().index(0, 0))
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    assert service.months(acts[1].id) == {"2022-01", "2022-02", "2022-03"}
    assert grid.currentIndex().row() == 1 and grid.currentIndex().column() == 2  # focus stays put
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    assert service.months(acts[1].id) == set()
    widget.undo()  # what Ctrl+Z in the window's 편집 menu calls
    assert service.months(acts[1].id) == {"2022-01", "2022-02", "2022-03"}


def test_month_view_of_a_quarter_plan_marks_single_months(qtbot, page):
    widget, service, task, acts = page
    editor = widget.editor
    editor.grain.setCurrentIndex(editor.grain.findData("month"))
    grid = editor.grid
    assert grid.model().columnCount() == 18
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=cell_center(grid, 0, 4))
    assert service.months(acts[0].id) == {"2021-11"}
    editor.grain.setCurrentIndex(editor.grain.findData("quarter"))
    assert editor.grid.grid_model.state(0, 1) == "partly"


def test_alt_down_moves_an_activity_and_the_tree_follows(qtbot, page):
    widget, service, task, acts = page
    tree = widget.editor.tree
    tree.select_node(acts[0].id)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    item = tree.currentItem()
    assert item.text(0) == "운영자 선정"
    assert [item.parent().child(i).text(0) for i in range(3)] == ["회원 확보", "운영자 선정", "단톡방 운영"]
    tree.move_node(acts[2].id, task.id, 0)  # what a drop onto the first place does
    assert [r.label for r in widget.editor.grid.grid_model.rows][0] == "단톡방 운영"


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # Qt 6 still has only the QPoint drag-move constructor
def test_drop_onto_another_task_moves_the_activity(qtbot, page):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDragMoveEvent, QDropEvent

    widget, service, task, acts = page
    tree = widget.editor.tree
    tree.expandAll()
    tree.select_node(acts[0].id)
    other = next(n for n in tree.nodes.values() if n.title == "상호방문 및 사례공유")
    target = next(i for i in tree._items() if i.data(0, Qt.ItemDataRole.UserRole) == other.id)
    point = tree.visualItemRect(target).center()
    mime = tree.model().mimeData([tree.currentIndex()])
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(tree.viewport(), QDragMoveEvent(point, Qt.DropAction.MoveAction, mime, buttons, modifiers))
    tree.dropEvent(QDropEvent(QPointF(point), Qt.DropAction.MoveAction, mime, buttons, modifiers))
    assert service.node(acts[0].id).parent_id == other.id
    assert [n.title for n in service.nodes(other.plan_id) if n.parent_id == task.id] == ["회원 확보", "단톡방 운영"]


def test_refused_drop_says_why(qtbot, page):
    widget, service, task, acts = page
    widget.editor.move_node(task.id, acts[0].id, 0)
    assert "옮길 수 없습니다" in widget.editor.status.text()


def test_task_form_saves_budget_and_shows_totals(qtbot, page, monkeypatch):
    widget, service, task, acts = page
    node = service.node(task.id)
    dialog = TaskDialog(widget, node, [(1, "교육소통분과")], service.save_node)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    dialog.budget.add_row()
    table = dialog.ui.budgetTable
    table.item(0, 0).setText("강사료")
    table.item(0, 2).setText("1800000")
    dialog.budget.add_row()
    table.item(1, 0).setText("다과")
    table.item(1, 1).setText("200,000")
    assert "합계 2,000,000원" in dialog.ui.totalsLabel.text()
    dialog.ui.statusCombo.setCurrentText("진행")
    dialog.ui.targetsEdit.setPlainText("참여도 70% 이상")
    click(qtbot, dialog, "저장")
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = service.node(task.id).task
    assert (saved.status, saved.targets, saved.total) == ("진행", "참여도 70% 이상", 2_000_000)


def test_task_form_keeps_bad_input_and_says_so(qtbot, page):
    widget, service, task, acts = page
    dialog = TaskDialog(widget, service.node(task.id), [], service.save_node)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    dialog.ui.titleEdit.setText("")
    click(qtbot, dialog, "저장")
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "제목을 적어 주세요" in dialog.ui.errorLabel.text()
    dialog.budget.add_row()
    dialog.ui.budgetTable.item(0, 0).setText("강사료")
    dialog.ui.budgetTable.item(0, 1).setText("이백만")
    dialog.ui.titleEdit.setText("학습모임")
    click(qtbot, dialog, "저장")
    assert "금액" in dialog.ui.errorLabel.text() and dialog.ui.tabs.currentIndex() == 3
    assert service.node(task.id).title == "모두의 단톡방 운영"


def test_quarter_tab_lists_activities_and_late_tasks(qtbot, page):
    widget, service, task, acts = page
    from seecodesk.core.periods import Period

    service.mark([(acts[2].id, Period(2022, 2, "quarter"))], on=True)
    service.mark([(acts[0].id, Period(2021, 3, "quarter"))], on=True)
    widget.quarter.today = date(2022, 5, 1)
    widget.tabs.setCurrentWidget(widget.quarter)
    text = widget.quarter.heading.text()
    assert "2022년 2분기" in text and "세부활동 1건" in text and "늦은 과제 1건" in text
    body = widget.quarter.tree.topLevelItem(0)
    assert body.text(0) == "교육소통분과"
    late = body.child(1)
    assert "시작 지연" in late.text(1)
    widget.quarter._activated(late)
    assert widget.tabs.currentWidget() is widget.editor
    assert widget.editor.tree.current_node().id == task.id


def test_unit_bodies_tab_saves_members_with_chair_term(qtbot, db, page):
    widget, service, task, acts = page
    db["people"].insert_all([{"name": "류재석", "affiliation": "시청", "title": "주무관"},
                             {"name": "한도윤", "affiliation": "회원사", "title": "대표"}])
    from seecodesk.gui.plan.bodies_panel import BodiesPanel
    from seecodesk.services.bodies import BodyService

    panel = BodiesPanel(BodyService(db))
    qtbot.addWidget(panel)
    panel.refresh()
    labels = list(panel._person_ids)
    panel.members.set_rows([[next(label for label in labels if label.startswith("한도윤")), "분과장", "2021", "2021-03-05", ""],
                            [next(label for label in labels if label.startswith("류재석")), "위원", "", "2021-03-05", "2022-06-30"]])
    panel.cadence_period.setCurrentIndex(panel.cadence_period.findData("monthly"))
    panel.save()
    body = BodyService(db).bodies()[0]
    assert body.chair_label == "한도윤 (분과장 2021)"
    assert {m.person_name for m in body.members} == {"한도윤", "류재석"}
    assert body.cadence_period == "monthly"
    assert "모두의 단톡방 운영" in panel.tasks.text()


def test_print_dialog_previews_before_saving(qtbot, page):
    widget, service, task, acts = page
    from seecodesk.gui.plan.print_dialog import SchedulePrintDialog

    dialog = SchedulePrintDialog(widget.workspace, widget.editor.plan, ["교육소통분과"])
    qtbot.addWidget(dialog)
    dialog.paper.setCurrentText("A3")
    dialog.render(wait=True)
    assert dialog.preview.document.pageCount() == 1
    assert "분기 단위" in dialog.status.text()
    for combo, value in ((dialog.grain, "half"), (dialog.cells, 2), (dialog.group, "strategy")):
        combo.setCurrentIndex(combo.findData(value))
    dialog.render(wait=True)
    assert "전략별" in dialog.status.text() and "반기 단위(한 칸을 2칸으로)" in dialog.status.text()
    dialog.cells.setCurrentIndex(dialog.cells.findData(3))
    dialog.render(wait=True)
    assert "반기 단위를 3칸으로 나눌 수 없습니다" in dialog.status.text()
    dialog.cells.setCurrentIndex(0)
    dialog.start.setText("2022Q5")
    dialog.render(wait=True)
    assert "기간으로 읽을 수 없습니다" in dialog.status.text()


def test_demo_page_opens_on_this_years_plan_with_late_tasks_marked(qtbot, demo_db):
    widget = create_page(Workspace(db=demo_db, path=None))
    qtbot.addWidget(widget)
    widget.refresh()
    editor = widget.editor
    assert editor.plan_combo.count() == 2 and editor.plan_combo.currentText().endswith("사업계획")
    editor.plan_combo.setCurrentIndex(editor.plan_combo.findText("2021–2022 중장기 실행계획"))
    tree = editor.tree
    assert [tree.topLevelItem(i).text(0) for i in range(3)] == ["1. 친목과 정보공유", "2. 상호거래 상호협력",
                                                               "3. 민-관 거버넌스 구축"]
    late = [n for n in tree.nodes.values() if n.kind == "task" and n.task.status != "완료"]
    assert {n.code for n in late} == {"2-2", "3-1"}


def test_task_sheet_of_the_selected_task(qtbot, page):
    import subprocess

    widget, service, task, acts = page
    target = widget.editor.task_sheet_pdf()
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "1-1. 모두의 단톡방 운영" in text and "□ 진행 일정" in text and "운영자 선정" in text
    widget.editor.tree.select_node(service.nodes(task.plan_id)[0].id)  # the strategy
    assert widget.editor.task_sheet_pdf() is None


def test_demo_tree_lists_task_codes_in_number_order(qtbot, demo_db):
    widget = create_page(Workspace(db=demo_db, path=None))
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    tree = widget.editor.tree
    assert widget.editor.plan_combo.currentText().endswith("사업계획")
    shown = [tree.topLevelItem(s).child(t).text(0).split(" ")[0].rstrip(".") for s in range(tree.topLevelItemCount())
             for t in range(tree.topLevelItem(s).childCount())]
    assert shown[:3] == ["1-1", "1-2", "1-3"] and shown.index("2-1") < shown.index("2-3")


def test_unit_codes_sort_as_numbers():
    from seecodesk.core.plan_tree import code_key

    assert sorted(["1-10", "1-3", "1-2", "2", "1-4"], key=code_key) == ["1-2", "1-3", "1-4", "1-10", "2"]


def test_print_preview_of_a_10000_character_activity_shows_the_pages(qtbot, page):
    """분과·과제 → 인쇄·미리보기… with an activity named by 10,000 Hangul without a space: the preview shows the
    schedule (the name cut with '…'), not '미리보기를 만들지 못했습니다' and a crash report."""
    from seecodesk.gui.plan.print_dialog import SchedulePrintDialog
    from tests.gui_helpers import button, when_shown

    widget, service, task, acts = page
    # Titles this long are refused when typed now; a file from before that check (or a tool) may still hold them.
    with service.db.atomic():
        service.db.execute("UPDATE plan_nodes SET title = ? WHERE id = ?", ["활" * 10_000, acts[0].id])
        service.db.execute("UPDATE plan_nodes SET title = ? WHERE id = ?", ["과" * 500, task.id])
    widget.refresh()
    seen: list = []

    def act(dialog):
        seen.append((dialog.status.text(), dialog.preview.document.pageCount()))
        qtbot.mouseClick(button(dialog, "닫기"), Qt.MouseButton.LeftButton)

    failures: list = []
    when_shown(SchedulePrintDialog, act, failures)
    click(qtbot, widget, "인쇄·미리보기…")
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    assert not failures
    status, pages = seen[0]
    assert "쪽" in status and "못했습니다" not in status and pages == 1


def test_a_budget_typed_in_man_is_read_and_an_endless_number_is_refused_not_a_crash(qtbot, page):
    from tests.gui_helpers import database_fingerprint, type_into, type_text

    widget, service, task, acts = page
    dialog = TaskDialog(widget, service.node(task.id), [], service.save_node)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    qtbot.waitExposed(dialog)
    bar = dialog.ui.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(3).center())
    click(qtbot, dialog, "줄 추가")
    table = dialog.ui.budgetTable

    def cell_editor():
        return next(w for w in table.viewport().findChildren(QLineEdit) if w.isVisible())

    for text in ("강사비", "1,200,000", "300만"):  # the new row opens on 사업내역; Tab goes on to the next cell
        editor = cell_editor()
        type_text(qtbot, editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert "합계 4,200,000원" in dialog.ui.totalsLabel.text()

    def retype_public(text):
        for column in (0, 2):  # moving to the cell opens its editor
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell_center(table, 0, column))
        editor = cell_editor()
        type_into(qtbot, editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Tab)

    before = database_fingerprint(service.db)
    retype_public("99999999999999999999999")
    click(qtbot, dialog, "저장")
    assert dialog.isVisible() and "너무 큽니다" in dialog.ui.errorLabel.text()
    assert database_fingerprint(service.db) == before
    retype_public("300만")
    click(qtbot, dialog, "저장")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert service.node(task.id).task.budget[0].public_amount == 3_000_000


def _pick_body(qtbot, panel, name):
    listing = panel.list
    item = next(listing.item(r) for r in range(listing.count()) if listing.item(r).text().startswith(name))
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=listing.visualItemRect(item).center())


def test_a_body_edited_then_left_for_another_asks_and_keeps_or_drops_as_answered(qtbot, workspace):
    from korean_typing import type_korean
    from PySide6.QtWidgets import QMessageBox

    from tests.gui_helpers import NO, YES, answer, open_tab

    _window, panel = open_tab(qtbot, workspace, "plan", "분과·기구")
    _pick_body(qtbot, panel, "교육소통분과")
    panel.notes.setFocus()
    type_korean(panel.notes, "다음 달부터 둘째 주 화요일")
    asked = answer(qtbot, YES)
    _pick_body(qtbot, panel, "상호협력분과")
    assert asked and "교육소통분과" in asked[0] and "저장" in asked[0]
    assert panel.name.text() == "상호협력분과"
    stored = {b.name: b.notes for b in panel.service.bodies()}
    assert stored["교육소통분과"] == "다음 달부터 둘째 주 화요일"
    type_korean(panel.notes, "버릴 메모")
    answer(qtbot, NO)
    _pick_body(qtbot, panel, "공공구매TFT")
    assert {b.name: b.notes for b in panel.service.bodies()}["상호협력분과"] == stored["상호협력분과"]
    type_korean(panel.notes, "남길 메모")
    answer(qtbot, QMessageBox.StandardButton.Cancel)
    _pick_body(qtbot, panel, "이사회")
    qtbot.waitUntil(lambda: panel.list.currentItem().text().startswith("공공구매TFT"))
    assert [i.text() for i in panel.list.selectedItems()] == [panel.list.currentItem().text()], "the list shows the body still edited"
    assert panel.name.text() == "공공구매TFT" and panel.notes.toPlainText().endswith("남길 메모")
    answer(qtbot, NO)
    _pick_body(qtbot, panel, "총회")
    _pick_body(qtbot, panel, "이사회")  # nothing typed: no question
    assert QMessageBox not in {type(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    assert panel.name.text() == "이사회"


def test_a_wrong_period_leaves_nothing_to_save_or_print_until_the_preview_matches_again(qtbot, page):
    from seecodesk.gui.plan.print_dialog import SchedulePrintDialog
    from tests.gui_helpers import button, type_into

    widget, service, task, acts = page
    dialog = SchedulePrintDialog(widget.workspace, widget.editor.plan, ["교육소통분과"])
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog, "미리보기 갱신")
    save, printing = button(dialog, "PDF로 저장"), button(dialog, "인쇄")
    assert save.isEnabled() and printing.isEnabled()
    good = dialog.start.text()
    type_into(qtbot, dialog.start, "2022Q5")
    qtbot.keyClick(dialog.start, Qt.Key.Key_Return)
    click(qtbot, dialog, "미리보기 갱신")
    assert "2022Q5" in dialog.status.text()
    assert not save.isEnabled() and not printing.isEnabled(), "the old preview no longer shows these options"
    type_into(qtbot, dialog.start, good)
    click(qtbot, dialog, "미리보기 갱신")
    assert save.isEnabled() and printing.isEnabled()
