"""The figures tab of the organisation form: a typed year is stored through the 저장 button, a bad number
keeps the form open and stores nothing."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox


def test_figures_tab_stores_a_typed_year_through_the_save_button(qtbot, workspace, monkeypatch):
    from seecodesk.gui.members import org_dialog
    from seecodesk.gui.members.org_dialog import OrganisationDialog

    monkeypatch.setattr(org_dialog, "confirm", lambda *_args: True)  # closing at teardown never waits on a question
    from seecodesk.services.figures import FigureService

    members = workspace.members
    org_id = members.directory()[0].id
    service = FigureService(workspace.db)
    before = len(service.figures_of(org_id))
    dialog = OrganisationDialog(None, members.organisation(org_id), members.save_organisation, service)
    qtbot.addWidget(dialog)
    dialog.show()
    tab = dialog.figures_tab
    dialog.ui.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    row = tab.table.rowCount() - 1
    tab.table.item(row, 0).setText("2019")
    tab.table.item(row, 1).setText("7")
    tab.table.item(row, 2).setText("열")
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "숫자로" in tab.error_label.text()
    assert len(service.figures_of(org_id)) == before
    tab.table.item(row, 2).setText("2")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    stored = {f.year: f for f in service.figures_of(org_id)}
    assert stored[2019].paid_workers == 7 and stored[2019].vulnerable_workers == 2
    assert len(stored) == before + 1
