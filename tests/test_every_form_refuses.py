"""The sweep: every editable form, opened as `test_every_dialog` opens it and filled with good input, then one
one-line field pasted over with 10,000 characters or a 주민등록번호 (with a hyphen, without, in full-width digits,
with spaces): 저장 shows a Korean message saying what is wrong, the form stays open and nothing is stored."""

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.gui_helpers import click, database_fingerprint, paste_into, row_label, when_shown
from tests.test_every_dialog import open_dialog

BAD = {
    "10000자": ("가" * 10_000, "10,000자"),
    "주민번호-": ("900101-1234567", "주민등록번호"),
    "주민번호": ("9001011234567", "주민등록번호"),
    "전각": ("９００１０１－１２３４５６７", "주민등록번호"),
    "띄어쓰기": ("900101 - 1234567", "주민등록번호"),
}


def _link(bot, dialog):
    """온라인 is ticked first: the link field is greyed out until then."""
    from PySide6.QtCore import Qt

    if not dialog.header.onlineCheck.isChecked():
        dialog.header.onlineCheck.setFocus()
        bot.keyClick(dialog.header.onlineCheck, Qt.Key.Key_Space)
    assert dialog.header.linkEdit.isEnabled()
    return dialog.header.linkEdit


# One field a secretary types a line into, per form (the widget on screen). The meeting's 장소 is left out: it
# stops taking characters at its limit and says so as they are typed (test_meetings_gui).
FIELDS = {
    "members.org_dialog.OrganisationDialog": [lambda _bot, d: d.ui.addressEdit, lambda _bot, d: d.ui.districtEdit],
    "members.person_dialog.PersonDialog": [lambda _bot, d: d.title_edit],
    "catalog.product_dialog.ProductDialog": [lambda _bot, d: d.ui.unitEdit, lambda _bot, d: d.ui.seasonEdit],
    "plan.dialogs.PlanDialog": [lambda _bot, d: d.name, lambda _bot, d: d.notes],
    "plan.dialogs.NodeDialog": [lambda _bot, d: d.title, lambda _bot, d: d.code],
    "plan.task_dialog.TaskDialog": [lambda _bot, d: d.ui.titleEdit, lambda _bot, d: d.ui.progressEdit, lambda _bot, d: d.ui.budgetNoteEdit],
    "consulting.mentor_dialog.MentorDialog": [lambda _bot, d: d.availability, lambda _bot, d: d.other],
    "consulting.session_dialog.SessionDialog": [lambda _bot, d: d.place],
    "consulting.application_dialog.ApplicationDialog": [lambda _bot, d: d.ui.addressEdit, lambda _bot, d: d.ui.managerNameEdit],
    "meetings.editor.MeetingDialog": [lambda _bot, d: d.header.titleEdit, _link],
    "trade.procurement_dialog.ProcurementDialog": [lambda _bot, d: d.item, lambda _bot, d: d.note],
    "plan.spending_dialog.SpendingDialog": [lambda _bot, d: d.note],
    "dues.settings_dialog.DuesSettingsDialog": [lambda _bot, d: d.bank_edit, lambda _bot, d: d.contact_edit],
}
CASES = [(key, index, bad) for key, fields in FIELDS.items() for index in range(len(fields)) for bad in BAD]


@pytest.mark.parametrize(("key", "index", "bad"), CASES)
def test_a_long_or_resident_number_field_is_refused_in_korean_and_nothing_is_stored(
        qtbot, workspace, tmp_path, key, index, bad):
    recipe, dialog = open_dialog(qtbot, workspace, tmp_path, key)
    recipe.fill_valid(qtbot, dialog)
    text, said = BAD[bad]
    widget = FIELDS[key][index](qtbot, dialog)
    paste_into(qtbot, widget, text)
    before = database_fingerprint(workspace.db)
    boxes: list[str] = []
    if recipe.error is None:
        when_shown(QMessageBox, lambda box: (boxes.append(box.text()), box.done(0)))
    click(qtbot, dialog, recipe.save)
    if recipe.error is None:
        qtbot.waitUntil(lambda: bool(boxes), timeout=5_000)
        message = boxes[0]
    else:
        shown = [recipe.error(dialog), *(label for label in dialog.findChildren(type(recipe.error(dialog)))
                                         if "#b00020" in label.styleSheet())]
        message = "\n".join(label.text() for label in shown if label.isVisible())
    assert said in message, f"{key}: {message[:200]!r}"
    name = row_label(widget) or widget.placeholderText().split(" (")[0]  # a box with no label says what it is
    assert name and name in message, f"{key}: {name!r} not named in {message[:150]!r}"
    assert dialog.isVisible()
    assert getattr(dialog, "saved", None) is None and getattr(dialog, "result_person", None) is None
    assert database_fingerprint(workspace.db) == before
