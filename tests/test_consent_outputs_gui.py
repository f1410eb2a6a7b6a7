"""The member export dialog says how many contacts consent keeps out, before anything is saved."""


def test_the_export_dialog_shows_the_withheld_count_before_saving(qtbot, one_person_shop):
    from seecodesk.gui.members.export_dialog import MemberExportDialog
    from seecodesk.services.workspace import Workspace

    db, path = one_person_shop
    dialog = MemberExportDialog(Workspace(db=db, path=path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.withheld_label.isVisible()
    assert dialog.withheld_label.text().startswith("개인정보 동의 범위 밖이라 비워 둔 연락처 1건")
