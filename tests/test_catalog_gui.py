"""The 인쇄·카탈로그 screen: background build with progress, cancel, live options, products editor."""

import pytest
from PySide6.QtCore import QPoint, Qt

from seecodesk.core.products import Product
from seecodesk.gui.catalog.page import CatalogPage, stop_all_builds
from seecodesk.gui.catalog.product_dialog import ProductDialog
from seecodesk.services.catalog import load_texts
from seecodesk.services.products import ProductService
from seecodesk.services.workspace import Workspace
from tests.catalog_helpers import photo
from tests.gui_helpers import click


@pytest.fixture
def page(qtbot, demo_db, demo_path):
    widget = CatalogPage(Workspace(db=demo_db, path=demo_path))
    qtbot.addWidget(widget)
    yield widget
    widget.cancel_build()
    stop_all_builds()


def test_builds_in_the_background_with_progress(page, qtbot):
    seen = []
    page.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(page.build_ended, timeout=30_000) as ended:
        page.build_now()
        assert page.cancel_button.isEnabled()  # returned at once: the work is on another thread
    assert ended.args == ["finished"]
    assert page.preview.document.pageCount() > 10
    assert any(0 < value < 100 for value in seen)
    assert page.save_button.isEnabled() and "쪽" in page.status.text()


def test_a_build_can_be_cancelled(page, qtbot):
    with qtbot.waitSignal(page.build_ended, timeout=30_000) as ended:
        page.build_now()
        page.cancel_build()
    assert ended.args == ["cancelled"]
    assert page.current_pdf is None and not page.save_button.isEnabled()
    assert "취소" in page.status.text()


def test_changing_options_rebuilds_the_preview_and_keeps_the_texts(page, qtbot, demo_db):
    with qtbot.waitSignal(page.build_ended, timeout=30_000):
        page.build_now()
    with qtbot.waitSignal(page.build_ended, timeout=30_000) as ended:
        page.panel.paper.setCurrentText("A5")
        page.panel.cover_title.setText("<b>2025 가람</b> & 이웃")
    assert ended.args == ["finished"]
    size = page.preview.document.pagePointSize(0)
    assert (round(size.width()), round(size.height())) == (420, 595)
    assert load_texts(demo_db).cover_title == "<b>2025 가람</b> & 이웃"


def test_nothing_chosen_says_so(page, qtbot):
    with qtbot.waitSignal(page.build_ended, timeout=10_000) as ended:
        page.panel._check_all(page.panel.organisations, False)
    assert ended.args == ["empty"]
    assert "없습니다" in page.status.text()


def test_product_dialog_saves_with_a_photo_and_keeps_bad_input(qtbot, demo_db, demo_path, tmp_path):
    service = ProductService(demo_db, tmp_path / "demo_files")
    dialog = ProductDialog(service, Product(organisation_id=1, name=""))
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    dialog.ui.nameEdit.setText("콩물")
    dialog.ui.priceEdit.setText("삼천원")
    click(qtbot, dialog, "저장")
    assert dialog.saved is None and "가격" in dialog.ui.errorLabel.text()
    assert dialog.ui.nameEdit.text() == "콩물"
    dialog.ui.priceEdit.setText("3,000")
    dialog.ui.categoryCombo.setCurrentText("식품·먹거리")
    dialog.ui.procurementCheck.setCheckState(Qt.CheckState.Checked)
    dialog.set_photo_source(str(photo(tmp_path / "kongmul.jpg")))
    click(qtbot, dialog, "저장")
    saved = dialog.saved
    assert saved is not None and saved.price == 3000 and saved.procurement_eligible
    assert (tmp_path / "demo_files" / saved.photo).is_file()


def test_a_coarse_or_missing_photo_is_named_above_the_preview_before_saving(page, qtbot, demo_path):
    (demo_path.parent / "demo_files" / "photos" / "demo_001.jpg").unlink()
    assert page.photo_warning.isHidden()
    with qtbot.waitSignal(page.build_ended, timeout=30_000) as ended:
        page.build_now()
    assert ended.args == ["finished"] and page.save_button.isEnabled()
    warning = page.photo_warning.text()
    assert not page.photo_warning.isHidden() and "저장하기 전에 사진을 확인해 주세요 (2개 제품)" in warning
    assert "'솔내 딸기잼' (솔내들영농조합법인): 사진 해상도가 낮습니다" in warning
    assert "사진 파일이 없습니다" in warning and "사진 확인 2건" in page.status.text()


def test_booklet_and_bleed_check_boxes_shape_the_preview(page, qtbot):
    page.show()
    with qtbot.waitSignal(page.build_ended, timeout=30_000):
        page.build_now()
    plain = page.preview.document.pageCount()
    with qtbot.waitSignal(page.build_ended, timeout=30_000) as ended:
        qtbot.mouseClick(page.panel.booklet, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert ended.args == ["finished"] and page.panel.options().booklet
    pages = page.preview.document.pageCount()
    assert pages % 4 == 0 and pages >= plain
    with qtbot.waitSignal(page.build_ended, timeout=30_000):
        qtbot.mouseClick(page.panel.bleed, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert page.panel.options().bleed_mm == 3.0
    cover = page.preview.document.pagePointSize(0)
    assert cover.width() > 596 and cover.height() > 842  # room for the bleed and the crop marks


def test_a_product_added_by_hand_is_named_in_the_edit_menus_undo(qtbot, workspace):
    from seecodesk.gui.catalog.products_dialog import ProductsDialog
    from seecodesk.gui.main_window import MainWindow
    from tests.gui_helpers import type_into, when_shown

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    catalog = window.show_section("catalog")
    failures: list = []

    def fill(product):
        type_into(qtbot, product.ui.nameEdit, "국산콩 두부")
        click(qtbot, product, "저장")

    def manage(products):
        when_shown(ProductDialog, fill, failures)
        click(qtbot, products, "추가")
        click(qtbot, products, "닫기")

    seen = when_shown(ProductsDialog, manage, failures)
    click(qtbot, catalog, "제품·서비스 관리")
    stop_all_builds()
    assert seen and not failures, failures
    qtbot.waitUntil(lambda: window.undo_action.text() == "실행 취소: 제품 추가 (국산콩 두부)", timeout=5000)
