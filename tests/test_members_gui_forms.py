"""Adding, editing and deleting members in the window: the form, inline messages, delete and undo."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from seecodesk.core.members import Person
from seecodesk.gui.members import page as page_module
from seecodesk.gui.members import people_actions
from seecodesk.gui.members.field_errors import RRN_MESSAGE
from seecodesk.gui.members.org_dialog import OrganisationDialog
from seecodesk.gui.members.page import MembersPage
from seecodesk.gui.members.person_dialog import PersonDialog
from tests.gui_helpers import NO, YES, answer, click, type_into, type_text, when_shown

GOOD_BUSINESS_NUMBER = "1234567891"  # passes the checksum
BAD_BUSINESS_NUMBER = "1234567890"


@pytest.fixture
def page(qtbot, workspace):
    widget = MembersPage(workspace)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def fill_and_save(qtbot, dialog_class, fill, failures):
    """When the form opens (its real exec), fill it and click its 저장/확인 button; a form left open is closed."""
    label = "확인" if dialog_class is PersonDialog else "저장"

    def act(dialog):
        fill(dialog)
        click(qtbot, dialog, label)
        if dialog.isVisible():
            dialog.done(0)

    return when_shown(dialog_class, act, failures)


def shown(qtbot, dialog):
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def org_count(workspace) -> int:
    return workspace.db.execute("SELECT count(*) FROM organisations WHERE deleted_at IS NULL").fetchone()[0]


def names(page) -> list[str]:
    return [r.name for r in page.directory.model.records()]


def test_add_a_member_through_the_form(qtbot, monkeypatch, page, workspace):
    def fill(dialog):
        type_into(qtbot, dialog.ui.nameEdit, "  ㈜ 새봄  돌봄 ")
        type_into(qtbot, dialog.ui.businessNumberEdit, GOOD_BUSINESS_NUMBER)
        type_into(qtbot, dialog.ui.phoneEdit, "０４１１２３４５６７８")
        type_into(qtbot, dialog.ui.representativeEdit, "김새봄")
        dialog.designations.add_row()
        dialog.ui.designationsTable.item(0, 0).setText("예비사회적기업")
        dialog.ui.designationsTable.item(0, 3).setText("2024.5.1")
        dialog.dues.add_row()
        dialog.ui.duesTable.item(0, 0).setText("2025")
        dialog.ui.duesTable.item(0, 1).setText("120000")

    fill_and_save(qtbot, OrganisationDialog, fill, failures := [])
    qtbot.mouseClick(page.buttons["add"], Qt.MouseButton.LeftButton)
    assert not failures
    assert "(주)새봄 돌봄" in names(page)
    assert page.directory.count_label.text() == "전체 31곳"
    org = workspace.members.organisation(page.directory.current_id())
    assert (org.name, org.business_number, org.phone) == ("(주)새봄 돌봄", "123-45-67891", "041-1234-5678")
    assert org.designations[0].kind == "예비사회적기업" and org.designations[0].designated_on == "2024-05-01"
    assert org.dues[0].amount == 120_000 and org.membership_status == "회원"
    assert "추가했습니다" in page.message_bar.label.text()


def test_money_shows_thousands_separators(qtbot, workspace):
    dialog = OrganisationDialog(None, workspace.members.organisation(1), workspace.members.save_organisation)
    shown(qtbot, dialog)
    dialog.dues.add_row()
    row = dialog.ui.duesTable.rowCount() - 1
    dialog.ui.duesTable.item(row, 1).setText("1500000")
    assert dialog.ui.duesTable.item(row, 1).text() == "1,500,000"


def test_edit_a_member(qtbot, monkeypatch, page, workspace):
    org_id = next(r.id for r in page.directory.model.records() if r.name == "새벽빵협동조합")
    page.directory.select_id(org_id)

    def fill(dialog):
        assert dialog.ui.nameEdit.text() == "새벽빵협동조합"
        type_into(qtbot, dialog.ui.representativeEdit, "임바다")
        dialog.ui.newsEdit.setPlainText("제빵 교육장 새로 열었음")

    fill_and_save(qtbot, OrganisationDialog, fill, failures := [])
    qtbot.mouseClick(page.buttons["edit"], Qt.MouseButton.LeftButton)
    assert not failures
    stored = workspace.members.organisation(org_id)
    assert (stored.representative, stored.news) == ("임바다", "제빵 교육장 새로 열었음")
    assert "제빵 교육장 새로 열었음" in page.detail.card.text()
    row = page.directory.model.row_of(lambda r: r.id == org_id)
    assert page.directory.model.index(row, 2).data() == "임바다"


def test_saving_a_member_with_no_change_stores_nothing_and_says_so(qtbot, page, workspace):
    org_id = next(r.id for r in page.directory.model.records() if r.name == "새벽빵협동조합")
    page.directory.select_id(org_id)
    before = (workspace.history.labels(), workspace.members.organisation(org_id))
    fill_and_save(qtbot, OrganisationDialog, lambda dialog: None, failures := [])
    qtbot.mouseClick(page.buttons["edit"], Qt.MouseButton.LeftButton)
    assert not failures
    assert (workspace.history.labels(), workspace.members.organisation(org_id)) == before
    assert page.message_bar.label.text() == "'새벽빵협동조합'의 정보에 바꾼 내용이 없어 저장하지 않았습니다."
    assert not page.message_bar.undo_button.isVisible()


def test_bad_business_number_shows_inline_korean_message_and_saves_nothing(qtbot, workspace):
    before = org_count(workspace)
    org = workspace.members.organisation(1)
    dialog = OrganisationDialog(None, org, workspace.members.save_organisation)
    shown(qtbot, dialog)
    type_into(qtbot, dialog.ui.businessNumberEdit, BAD_BUSINESS_NUMBER)
    type_into(qtbot, dialog.ui.representativeEdit, "바뀐대표")
    click(qtbot, dialog, "저장")
    assert "사업자등록번호" in dialog.errors.message("business_number")
    assert "검증번호" in dialog.errors.message("business_number")
    assert dialog.isVisible() and dialog.saved is None
    assert workspace.members.organisation(1).representative == org.representative
    assert org_count(workspace) == before


def test_new_member_with_bad_number_is_not_added(qtbot, monkeypatch, page, workspace):
    before = org_count(workspace)
    failures = []
    seen = fill_and_save(qtbot, OrganisationDialog, lambda d: (
        type_into(qtbot, d.ui.nameEdit, "틀린번호협동조합"), type_into(qtbot, d.ui.businessNumberEdit, "12345"), type_into(qtbot, d.ui.emailEdit, "x@")), failures)
    qtbot.mouseClick(page.buttons["add"], Qt.MouseButton.LeftButton)
    assert not failures
    dialog = seen[0]
    assert dialog.errors.message("business_number") == "사업자등록번호는 숫자 10자리여야 합니다."
    assert "이메일" in dialog.errors.message("email")
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert org_count(workspace) == before and "틀린번호협동조합" not in names(page)


def test_duplicate_business_number_is_shown_clearly(qtbot, workspace):
    taken = workspace.members.organisation(2).business_number
    dialog = OrganisationDialog(None, workspace.members.organisation(1), workspace.members.save_organisation)
    shown(qtbot, dialog)
    type_into(qtbot, dialog.ui.businessNumberEdit, taken)
    click(qtbot, dialog, "저장")
    assert "이미" in dialog.errors.message("business_number")
    assert "이미" in dialog.errors.message("summary")
    assert workspace.members.organisation(1).business_number != taken


def test_missing_name_and_bad_dates_point_at_their_fields(qtbot, workspace):
    from seecodesk.core.members import Organisation

    dialog = OrganisationDialog(None, Organisation(name=""), workspace.members.save_organisation)
    shown(qtbot, dialog)
    dialog.memberships.add_row()
    dialog.ui.membershipsTable.item(0, 0).setText("2024-13-45")
    click(qtbot, dialog, "저장")
    assert dialog.errors.message("name") == "기업명(조직명)을 입력해 주세요."
    assert "날짜" in dialog.errors.message("memberships")


def test_resident_number_pasted_into_the_organisation_form_is_refused(qtbot, workspace):
    dialog = OrganisationDialog(None, workspace.members.organisation(1), workspace.members.save_organisation)
    shown(qtbot, dialog)
    type_into(qtbot, dialog.ui.phoneEdit, "900101-1234567")
    click(qtbot, dialog, "저장")
    assert dialog.errors.message("phone") == RRN_MESSAGE
    assert workspace.db.execute("SELECT count(*) FROM organisations WHERE phone LIKE '%1234567%'").fetchone()[0] == 0


def test_save_button_stores_the_organisation_and_closes(qtbot, workspace):
    dialog = shown(qtbot, OrganisationDialog(None, workspace.members.organisation(1),
                                             workspace.members.save_organisation))
    type_into(qtbot, dialog.ui.representativeEdit, "저장버튼")
    click(qtbot, dialog, "저장")
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    assert workspace.members.organisation(1).representative == "저장버튼"


def test_enter_in_a_field_saves(qtbot, workspace):
    dialog = shown(qtbot, OrganisationDialog(None, workspace.members.organisation(1),
                                             workspace.members.save_organisation))
    type_into(qtbot, dialog.ui.homepageEdit, "https://example.kr")
    qtbot.keyClick(dialog.ui.homepageEdit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert workspace.members.organisation(1).homepage == "https://example.kr"


def test_enter_in_a_table_cell_keeps_the_cell_and_does_not_close(qtbot, workspace):
    from tests.gui_helpers import type_in_cell

    dialog = shown(qtbot, OrganisationDialog(None, workspace.members.organisation(1),
                                             workspace.members.save_organisation))
    dialog.ui.tabs.setCurrentIndex(3)
    qtbot.mouseClick(dialog.ui.addDuesButton, Qt.MouseButton.LeftButton)
    row = dialog.ui.duesTable.rowCount() - 1
    type_in_cell(qtbot, dialog.ui.duesTable, row, 0, "2031")
    type_in_cell(qtbot, dialog.ui.duesTable, row, 1, "150000")
    assert dialog.isVisible() and dialog.ui.duesTable.item(row, 1).text() == "150,000"
    click(qtbot, dialog, "저장")
    assert any(d.year == 2031 and d.amount == 150_000 for d in workspace.members.organisation(1).dues)


@pytest.mark.parametrize("how", ["취소", "Esc", "창 닫기"])
def test_discarding_typed_input_asks_first(qtbot, workspace, how):
    before = workspace.members.organisation(1)
    dialog = shown(qtbot, OrganisationDialog(None, before, workspace.members.save_organisation))
    type_into(qtbot, dialog.ui.nameEdit, "고친 이름")

    def leave():
        if how == "취소":
            click(qtbot, dialog, "취소")
        elif how == "Esc":
            qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Escape)
        else:
            dialog.close()

    questions = answer(qtbot, NO)
    leave()
    assert questions == ["고친 내용을 저장하지 않고 닫을까요?"] and dialog.isVisible()
    answer(qtbot, YES, questions)
    leave()
    assert len(questions) == 2 and not dialog.isVisible()
    assert workspace.members.organisation(1).name == before.name


def test_cancel_without_changes_closes_without_asking(qtbot, workspace):
    dialog = shown(qtbot, OrganisationDialog(None, workspace.members.organisation(1),
                                             workspace.members.save_organisation))
    click(qtbot, dialog, "취소")
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_delete_with_confirmation_then_undo_brings_it_back(qtbot, monkeypatch, page, workspace):
    org_id = next(r.id for r in page.directory.model.records() if r.name == "들꽃공방협동조합")
    page.directory.select_id(org_id)
    questions = []
    monkeypatch.setattr(page_module, "confirm", lambda parent, title, question: questions.append(question) or True)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.directory.table.setFocus()
    qtbot.keyClick(page.directory.table, Qt.Key.Key_Delete)
    assert questions and "'들꽃공방협동조합'을 삭제할까요?" in questions[0]
    assert "들꽃공방협동조합" not in names(page)
    assert page.message_bar.undo_button.isVisible()
    page.message_bar.undo_button.click()
    assert "들꽃공방협동조합" in names(page)
    assert page.directory.current_id() == org_id
    assert page.message_bar.label.text() == "실행 취소: 회원사 삭제 (들꽃공방협동조합) — 회원사 1곳 되살림"


def test_unit_declining_the_confirmation_keeps_the_member(monkeypatch, page):
    page.directory.select_id(page.directory.model.record(0).id)
    monkeypatch.setattr(page_module, "confirm", lambda *a: False)
    page.delete_selected()
    assert page.directory.model.total_count() == 30


def test_unit_ctrl_z_undoes_the_last_delete_through_the_page(monkeypatch, page):
    monkeypatch.setattr(page_module, "confirm", lambda *a: True)
    page.directory.select_id(page.directory.model.record(0).id)
    page.delete_selected()
    assert page.directory.model.total_count() == 29
    page.undo()
    assert page.directory.model.total_count() == 30
    page.undo()
    assert page.message_bar.label.text() == "되돌릴 작업이 없습니다."


def test_person_with_resident_number_is_refused(qtbot, workspace):
    dialog = PersonDialog(None, Person(name="홍길동"), [(1, "회원사")])
    shown(qtbot, dialog)
    type_into(qtbot, dialog.mobile_edit, "010-1234-5678")
    dialog.notes_edit.setPlainText("주민번호 800101-2345678 보관")
    click(qtbot, dialog, "확인")
    assert dialog.errors.message("notes") == RRN_MESSAGE
    assert dialog.result_person is None
    dialog.notes_edit.setPlainText("")
    dialog.roles.add_row()
    dialog.roles.table.item(0, 1).setText("8001012345678")
    click(qtbot, dialog, "확인")
    assert dialog.errors.message("roles") == RRN_MESSAGE and dialog.result_person is None


def test_person_dialog_returns_roles_and_consent(qtbot, workspace):
    dialog = PersonDialog(None, Person(name=""), [(3, "가람돌봄사회적협동조합")])
    shown(qtbot, dialog)
    type_into(qtbot, dialog.name_edit, "  새 간사 ")
    dialog.organisation_combo.setCurrentIndex(dialog.organisation_combo.findData(3))
    type_into(qtbot, dialog.mobile_edit, "01098765432")
    dialog.gender_combo.setCurrentIndex(dialog.gender_combo.findData("여"))
    dialog.roles.add_row()
    dialog.roles.table.item(0, 0).setText("간사")
    dialog.roles.table.item(0, 2).setText("2025-01-01")
    dialog.consents.add_row()
    dialog.consents.table.item(0, 0).setText("2025-01-02")
    dialog.consents.table.item(0, 4).setCheckState(Qt.CheckState.Checked)
    click(qtbot, dialog, "확인")
    person = dialog.result_person
    assert person is not None
    assert (person.name, person.organisation_id, person.mobile, person.gender) == ("새 간사", 3, "010-9876-5432", "여")
    assert person.roles[0].role == "간사" and person.roles[0].started_on == "2025-01-01"
    assert person.consents[0].third_party is True
    assert dialog.consents.table.item(0, 4).text() == "동의"


def test_unit_add_edit_and_delete_a_person_of_an_organisation(qtbot, monkeypatch, page, workspace):
    org_id = next(r.id for r in page.directory.model.records() if r.name == "황토골마을")
    page.directory.select_id(org_id)
    fill_and_save(qtbot, PersonDialog, lambda d: (type_into(qtbot, d.name_edit, "황보다인"), type_into(qtbot, d.title_edit, "팀장")), failures := [])
    qtbot.mouseClick(page.detail.add_person_button, Qt.MouseButton.LeftButton)
    assert not failures
    lines = [page.detail.people_list.item(i).text() for i in range(page.detail.people_list.count())]
    assert "황보다인 · 팀장" in lines
    person_id = next(p.id for p in workspace.members.people_of(org_id) if p.name == "황보다인")
    monkeypatch.setattr(people_actions, "confirm", lambda *a: True)
    page.people.delete(person_id)
    assert all(p.name != "황보다인" for p in workspace.members.people_of(org_id))
    page.undo()
    assert any(p.name == "황보다인" for p in workspace.members.people_of(org_id))


def test_city_official_without_organisation_is_added_on_the_people_tab(qtbot, monkeypatch, page, workspace):
    page.tabs.setCurrentIndex(1)
    assert not page.buttons["add"].isVisible()

    def fill(dialog):
        assert dialog.organisation_combo.currentData() is None
        assert dialog.affiliation_combo.currentText() == "없음"  # not 시청 unless the user says so
        type_into(qtbot, dialog.name_edit, "이새롬")
        dialog.affiliation_combo.setCurrentText("시청")

    fill_and_save(qtbot, PersonDialog, fill, failures := [])
    page.activateWindow()
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not failures
    view = page.people_view
    row = view.model.row_of(lambda p: p["name"] == "이새롬")
    assert row >= 0 and view.model.record(row)["affiliation"] == "시청" and not view.model.record(row)["organisation"]


def test_consent_without_date_is_named_on_its_tab(qtbot):
    dialog = PersonDialog(None, Person(name="홍길동"))
    shown(qtbot, dialog)
    dialog.consents.add_row()
    click(qtbot, dialog, "확인")
    assert dialog.errors.message("consents") == "동의일을 입력해 주세요. 예: 2021-03-05"
    assert dialog.tabs.currentIndex() == 1 and dialog.result_person is None


def test_adding_a_table_row_prints_no_qt_warning(qtbot, qtlog, workspace):
    dialog = shown(qtbot, OrganisationDialog(None, workspace.members.organisation(1),
                                             workspace.members.save_organisation))
    for tab, add in ((2, dialog.ui.addDesignationButton), (3, dialog.ui.addMembershipButton),
                     (3, dialog.ui.addDuesButton)):
        dialog.ui.tabs.setCurrentIndex(tab)
        qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert not [r.message for r in qtlog.records if "editing failed" in r.message]



def test_a_resident_number_and_a_bad_mobile_are_both_shown_at_the_first_click(qtbot, workspace):
    dialog = PersonDialog(None, Person(name="홍길동"), [(1, "회원사")])
    shown(qtbot, dialog)
    type_into(qtbot, dialog.mobile_edit, "=1+1")
    dialog.notes_edit.setFocus()
    type_text(qtbot, dialog.notes_edit, "주민 900101-1234567")
    click(qtbot, dialog, "확인")
    assert dialog.errors.message("notes") == RRN_MESSAGE
    assert "=1+1" in dialog.errors.message("mobile"), "the phone's message comes with the first click"
    assert dialog.result_person is None
