"""The member export dialog says how many contacts consent keeps out, before anything is saved; it works
that out once and writes the file with it, again only when the data changed meanwhile."""


def test_the_export_dialog_shows_the_withheld_count_before_saving(qtbot, one_person_shop):
    from seecodesk.gui.members.export_dialog import MemberExportDialog
    from seecodesk.services.workspace import Workspace

    db, path = one_person_shop
    dialog = MemberExportDialog(Workspace(db=db, path=path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.withheld_label.isVisible()
    assert dialog.withheld_label.text().startswith("개인정보 동의 범위 밖이라 비워 둔 연락처 1건")


def _counting(monkeypatch) -> list[int]:
    """Count every working out of the withheld phones (the dialog's and the export's own)."""
    from seecodesk.exchange import member_export
    from seecodesk.gui.members import export_dialog

    calls: list[int] = []
    original = member_export.withheld_phones

    def counted(db):
        calls.append(1)
        return original(db)

    monkeypatch.setattr(member_export, "withheld_phones", counted)
    monkeypatch.setattr(export_dialog, "withheld_phones", counted)
    return calls


def _shown_dialog(qtbot, db, path, out):
    from seecodesk.gui.members.export_dialog import MemberExportDialog
    from seecodesk.services.workspace import Workspace
    from tests.gui_helpers import type_into

    dialog = MemberExportDialog(Workspace(db=db, path=path), None, "csv")
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.path_edit, str(out))
    return dialog


def _phones(out) -> dict[str, str]:
    import pandas as pd

    frame = pd.read_csv(out, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    return dict(zip(frame["기업명"], frame["전화"], strict=True))


def test_the_withheld_phones_are_worked_out_once_from_opening_to_saving(qtbot, one_person_shop, monkeypatch, tmp_path):
    from tests.gui_helpers import click

    calls = _counting(monkeypatch)
    db, path = one_person_shop
    dialog = _shown_dialog(qtbot, db, path, tmp_path / "명단.csv")
    assert "연락처 1건" in dialog.withheld_label.text()
    qtbot.wait(1_300)  # the dialog's look for changes: nothing changed, nothing worked out again
    click(qtbot, dialog, "내보내기")
    qtbot.waitUntil(lambda: dialog.result_info is not None, timeout=10_000)
    assert len(calls) == 1, "worked out when the dialog opened, and reused for the file"
    assert dialog.result_info.withheld == 1 and _phones(tmp_path / "명단.csv") == {"별빛공방": "", "가람협동조합": "041-730-1234"}


def test_a_consent_given_while_the_dialog_is_open_changes_the_count_and_the_file(qtbot, one_person_shop, monkeypatch,
                                                                                  tmp_path):
    import sqlite3

    from tests.gui_helpers import click

    calls = _counting(monkeypatch)
    db, path = one_person_shop
    dialog = _shown_dialog(qtbot, db, path, tmp_path / "명단.csv")
    assert dialog.withheld_label.isVisible()
    with sqlite3.connect(path) as other:  # another connection, as a background task's
        other.execute("UPDATE consents SET third_party = 1")
    qtbot.waitUntil(lambda: not dialog.withheld_label.isVisible(), timeout=5_000)
    click(qtbot, dialog, "내보내기")
    qtbot.waitUntil(lambda: dialog.result_info is not None, timeout=10_000)
    assert len(calls) == 2 and dialog.result_info.withheld == 0
    assert _phones(tmp_path / "명단.csv")["별빛공방"] == "010-5094-7338"


def test_a_change_through_the_window_just_before_saving_is_counted_in_the_file(qtbot, one_person_shop, monkeypatch,
                                                                               tmp_path):
    from tests.gui_helpers import click

    calls = _counting(monkeypatch)
    db, path = one_person_shop
    dialog = _shown_dialog(qtbot, db, path, tmp_path / "명단.csv")
    dialog._recheck.stop()  # the change lands between two looks: 내보내기 itself must notice it
    with db.atomic():  # through the window's own connection, as an edit saved elsewhere in it
        db.execute("UPDATE consents SET third_party = 1")
    click(qtbot, dialog, "내보내기")
    qtbot.waitUntil(lambda: dialog.result_info is not None, timeout=10_000)
    assert len(calls) == 2 and dialog.result_info.withheld == 0 and not dialog.withheld_label.isVisible()
    assert _phones(tmp_path / "명단.csv")["별빛공방"] == "010-5094-7338"
