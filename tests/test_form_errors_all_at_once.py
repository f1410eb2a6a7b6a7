"""The 회원사 form names every wrong field at the first 저장, with the cursor in the first one (form order)."""

from seecodesk.core.members import Organisation
from seecodesk.gui.members.field_errors import RRN_MESSAGE
from seecodesk.gui.members.org_dialog import OrganisationDialog
from tests.gui_helpers import click, database_fingerprint, paste_into, type_into
from tests.korean_typing import type_korean


def opened(qtbot, dialog):
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_resident_number_and_other_mistakes_are_all_shown_at_the_first_save(qtbot, workspace):
    before = database_fingerprint(workspace.db)
    dialog = opened(qtbot, OrganisationDialog(None, Organisation(name=""), workspace.members.save_organisation))
    dialog.ui.tabs.setCurrentIndex(1)
    type_into(qtbot, dialog.ui.phoneEdit, "900101-1234567")
    type_into(qtbot, dialog.ui.emailEdit, "not-an-address")
    paste_into(qtbot, dialog.ui.addressEdit, "가" * 10_000)
    click(qtbot, dialog, "저장")
    assert dialog.isVisible()
    assert dialog.errors.message("phone") == RRN_MESSAGE
    assert dialog.errors.message("name") == "기업명(조직명)을 입력해 주세요."
    assert "이메일" in dialog.errors.message("email")
    assert "10,000자" in dialog.errors.message("address") and "200자" in dialog.errors.message("address")
    summary = dialog.errors.message("summary")
    assert "고칠 곳 4군데" in summary and all(name in summary for name in ("기업명", "주소", "전화", "이메일"))
    assert dialog.ui.tabs.currentIndex() == 0 and dialog.focusWidget() is dialog.ui.nameEdit
    assert database_fingerprint(workspace.db) == before


def test_the_cursor_goes_to_the_first_wrong_field_in_form_order_across_tabs(qtbot, workspace):
    dialog = opened(qtbot, OrganisationDialog(None, workspace.members.organisation(1), workspace.members.save_organisation))
    dialog.ui.tabs.setCurrentIndex(4)
    type_korean(dialog.ui.notesEdit, "대표 주민번호 ９００１０１－１２３４５６７")
    dialog.ui.tabs.setCurrentIndex(1)
    type_into(qtbot, dialog.ui.faxEdit, "12")
    click(qtbot, dialog, "저장")
    assert dialog.errors.message("notes") == RRN_MESSAGE and "형식" in dialog.errors.message("fax")
    assert dialog.ui.tabs.currentIndex() == 1 and dialog.focusWidget() is dialog.ui.faxEdit
    assert "팩스" in dialog.errors.message("summary") and "메모" in dialog.errors.message("summary")
    assert "1234567" not in workspace.members.organisation(1).notes
