"""What a Korean secretary sees in Qt's own widgets and across sections: Korean buttons, same shortcuts."""

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from seecodesk.app import make_application


def test_qt_standard_buttons_are_korean(qtbot):
    make_application()
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.No)
    qtbot.addWidget(box)
    texts = {button.text().replace("&", "") for button in box.buttons()}
    assert {"확인", "취소"} <= texts
    assert not texts & {"OK", "Cancel", "Yes", "No"}


def test_message_box_buttons_are_korean(qtbot):
    make_application()
    box = QMessageBox(QMessageBox.Icon.Question, "확인", "지울까요?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    texts = [button.text() for button in box.buttons()]
    assert all(not text.replace("&", "").isascii() for text in texts), texts


def test_board_cards_wrap_long_company_names_instead_of_cutting_them(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QListWidgetItem, QStyleOptionViewItem

    from seecodesk.gui.consulting.board import StatusBoard

    board = StatusBoard()
    qtbot.addWidget(board)
    board.resize(500, 400)
    board.show()
    listing = board.lists["접수"]
    assert listing.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    short, long = QListWidgetItem("가람\n마케팅"), QListWidgetItem("가람돌봄사회적협동조합가람돌봄사회적협동조합\n마케팅")
    listing.addItem(short)
    listing.addItem(long)
    delegate = listing.itemDelegate()
    option = QStyleOptionViewItem()
    option.initFrom(listing)
    heights = [delegate.sizeHint(option, listing.indexFromItem(item)).height() for item in (short, long)]
    assert heights[1] > heights[0]  # the long name took an extra line rather than running off the card


def test_tall_dialogs_fit_the_screen(qtbot):
    from PySide6.QtWidgets import QDialog

    from seecodesk.gui.widgets.screen_fit import fit_to_screen

    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.resize(900, 5000)
    fit_to_screen(dialog)
    area = dialog.screen().availableGeometry()
    assert dialog.height() < area.height() and dialog.width() <= area.width()


def test_application_form_fits_the_screen(qtbot, demo_db):
    from seecodesk.gui.consulting.application_dialog import ApplicationDialog
    from seecodesk.services.consulting import ConsultingService

    service = ConsultingService(demo_db)
    dialog = ApplicationDialog(None, service, service.blank_application())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.frameGeometry().height() <= dialog.screen().availableGeometry().height()
    assert dialog.ui.buttonBox.isVisible()


def test_consulting_keys_match_the_other_sections(qtbot, demo_db, monkeypatch):
    from PySide6.QtCore import Qt

    import seecodesk.gui.consulting.detail as detail
    from seecodesk.gui.consulting.page import ConsultingPage
    from seecodesk.services.workspace import Workspace

    page = ConsultingPage(Workspace(db=demo_db, path=None))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.board.lists["접수"].setFocus()
    qtbot.keyClick(page.board.lists["접수"], Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.board.search.hasFocus()
    listing = page.board.lists["취소"]
    listing.setFocus()
    listing.setCurrentRow(0)
    asked = []
    monkeypatch.setattr(detail, "confirm", lambda parent, title, text: asked.append(text) or True)
    qtbot.keyClick(listing, Qt.Key.Key_Delete)
    assert asked and page.board.lists["취소"].count() == 0


def test_plan_print_key_works_from_the_grid(qtbot, demo_db, monkeypatch):
    from PySide6.QtCore import Qt

    from seecodesk.gui.plan.editor import PlanEditor
    from seecodesk.gui.plan.page import create_page
    from seecodesk.services.workspace import Workspace

    printed = []
    monkeypatch.setattr(PlanEditor, "print_schedule", lambda self: printed.append(True))
    page = create_page(Workspace(db=demo_db, path=None))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.editor.grid.setFocus()
    qtbot.keyClick(page.editor.grid, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed


def test_consulting_tables_have_no_meaningless_row_numbers(qtbot, demo_db):
    from seecodesk.gui.consulting.page import ConsultingPage
    from seecodesk.services.workspace import Workspace

    page = ConsultingPage(Workspace(db=demo_db, path=None))
    qtbot.addWidget(page)
    for table in (page.mentors.table, page.figures.table, page.panel.work.table):
        assert table.verticalHeader().isHidden()
