"""The dialog for one product or service (Designer form ui/product_dialog.ui), with a photo chooser."""

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from seecodesk.core.errors import ValidationError, ValidationErrors
from seecodesk.core.products import PRODUCT_KINDS, Product
from seecodesk.gui.file_dialogs import open_file_name
from seecodesk.gui.forms.ui_product_dialog import Ui_ProductDialog
from seecodesk.gui.messages import named_errors, show_error
from seecodesk.gui.widgets.form_dialog import GuardedDialog, form_names
from seecodesk.gui.widgets.screen_fit import fit_to_screen
from seecodesk.services.products import PHOTO_SUFFIXES, ProductService

_TEXT_FIELDS = {"nameEdit": "name", "unitEdit": "unit", "priceNoteEdit": "price_note", "seasonEdit": "season",
                "certificationsEdit": "certifications"}
_PLAIN_FIELDS = {"descriptionEdit": "description", "differentiatorEdit": "differentiator",
                 "socialValueEdit": "social_value"}
_FIELD_WIDGETS = {**{v: k for k, v in _TEXT_FIELDS.items()}, **{v: k for k, v in _PLAIN_FIELDS.items()},
                  "price": "priceEdit", "category": "categoryCombo", "kind": "kindCombo"}


class ProductDialog(GuardedDialog):
    """Edit `product` and save it through `service`; `saved` holds the stored version afterwards."""

    def __init__(self, service: ProductService, product: Product, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.product = service, product
        self.saved: Product | None = None
        self.photo_source: str | None = None
        self.ui = Ui_ProductDialog()
        self.ui.setupUi(self)
        fit_to_screen(self)  # a laptop at 125% has 582 of Qt's pixels of height for it
        self.ui.categoryCombo.setEditable(True)
        self.ui.categoryCombo.addItems(service.categories())
        self.ui.kindCombo.addItems(PRODUCT_KINDS)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText("저장")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("취소")
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.photoChooseButton.clicked.connect(self.choose_photo)
        self.ui.photoClearButton.clicked.connect(self.clear_photo)
        self.setWindowTitle("제품·서비스 추가" if product.id is None else f"제품·서비스 — {product.name}")
        self._fill(product)
        self.remember_unchanged()

    def _fill(self, p: Product) -> None:
        for widget, attr in _TEXT_FIELDS.items():
            getattr(self.ui, widget).setText(getattr(p, attr))
        for widget, attr in _PLAIN_FIELDS.items():
            getattr(self.ui, widget).setPlainText(getattr(p, attr))
        self.ui.priceEdit.setText("" if p.price is None else f"{p.price:,}")
        self.ui.categoryCombo.setCurrentText(p.category or self.ui.categoryCombo.itemText(0))
        self.ui.kindCombo.setCurrentText(p.kind)
        self.ui.procurementCheck.setChecked(p.procurement_eligible)
        self.ui.onCatalogCheck.setChecked(p.on_catalog)
        self._show_photo(self.service.photo_path(p))

    def edited(self) -> Product:
        """The product as the form now says."""
        values = {attr: getattr(self.ui, w).text() for w, attr in _TEXT_FIELDS.items()}
        values |= {attr: getattr(self.ui, w).toPlainText() for w, attr in _PLAIN_FIELDS.items()}
        return replace(self.product, **values, price=self.ui.priceEdit.text() or None,
                       category=self.ui.categoryCombo.currentText().strip(), kind=self.ui.kindCombo.currentText(),
                       procurement_eligible=self.ui.procurementCheck.isChecked(),
                       on_catalog=self.ui.onCatalogCheck.isChecked())

    def choose_photo(self) -> None:
        patterns = " ".join(f"*{s}" for s in PHOTO_SUFFIXES)
        path = open_file_name(self, "사진 고르기", "pictures", f"사진 ({patterns})")
        if path:
            self.set_photo_source(path)

    def set_photo_source(self, path: str) -> None:
        self.photo_source = path
        self._show_photo(Path(path))

    def clear_photo(self) -> None:
        self.photo_source = None
        self.product = replace(self.product, photo="")
        self._show_photo(None)

    def _show_photo(self, path: Path | None) -> None:
        pixmap = QPixmap(str(path)) if path else QPixmap()
        if pixmap.isNull():
            self.ui.photoLabel.setPixmap(QPixmap())
            self.ui.photoLabel.setText("사진 없음" if not path else "사진을 읽을 수 없습니다")
            return
        self.ui.photoLabel.setPixmap(pixmap.scaled(self.ui.photoLabel.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                   Qt.TransformationMode.SmoothTransformation))

    def save(self) -> None:
        """Validate and store; on bad input keep the dialog open and point at the field."""
        try:
            self.saved = self.service.save_product(self.edited(), photo_source=self.photo_source)
        except ValidationErrors as errors:
            self._point_at(errors.errors)
            return
        except ValidationError as error:
            self._point_at({error.field: error.message})
            return
        except Exception as error:  # noqa: BLE001 - shown, dialog stays open, nothing typed is lost
            show_error(self, error)
            return
        self.accept()

    def _point_at(self, errors: dict[str, str]) -> None:
        names = form_names(self, {field: getattr(self.ui, name) for field, name in _FIELD_WIDGETS.items()})
        self.ui.errorLabel.setText("\n".join(named_errors(errors, names).values()))
        first = next((f for f in errors if f in _FIELD_WIDGETS), None)
        if first:
            getattr(self.ui, _FIELD_WIDGETS[first]).setFocus()
