"""A big directory opens on its first screen at once and fills in right after the first paint."""

from seecodesk.core.members import MembershipPeriod, Organisation
from seecodesk.gui.members.page import FIRST_SCREEN_ROWS, create_page
from seecodesk.services.members import MemberService
from seecodesk.services.workspace import Workspace


def test_big_directory_shows_first_screen_then_everything(qtbot, db):
    service = MemberService(db)
    total = FIRST_SCREEN_ROWS + 40
    with db.atomic():
        for i in range(total):
            service.save_organisation(Organisation(name=f"가람협동조합{i:04d}",
                                                   memberships=[MembershipPeriod("2021-01-01")]))
    page = create_page(Workspace(db=db, path=None))
    qtbot.addWidget(page)
    model = page.directory.model
    assert model.total_count() == FIRST_SCREEN_ROWS
    assert page.directory.count_label.text() == "불러오는 중…"
    assert model.record(0).name == "가람협동조합0000"
    page.show()
    qtbot.waitUntil(lambda: model.total_count() == total, timeout=5000)
    assert f"{total:,}곳" in page.directory.count_label.text()
    page.directory.search_edit.setText(f"{total - 1:04d}")
    assert model.visible_count() == 1
