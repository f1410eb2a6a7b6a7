"""희망기관 접수: an organisation asks a provider for a product or service."""

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QWidget

from seecodesk.core.trade import TradeRequest
from seecodesk.gui.trade.fields import combo_id, date_edit, iso, organisation_combo
from seecodesk.gui.widgets.form_dialog import form_names, lay_out_form, save_or_show_error


class RequestDialog(QDialog):
    """Enter or edit a request; `saved` is the stored request after 저장."""

    def __init__(self, parent: QWidget | None, request: TradeRequest, names: dict[int, str],
                 save: Callable[[TradeRequest], TradeRequest]) -> None:
        super().__init__(parent)
        self.setWindowTitle("희망기관 접수")
        self.setObjectName("requestDialog")
        self.request, self._save = request, save
        self.saved: TradeRequest | None = None
        self.requester = organisation_combo(names, request.requester_id or None, blank="")
        self.provider = organisation_combo(names, request.provider_id or None, blank="")
        self.received_on = date_edit(request.received_on)
        self.item = QLineEdit(request.item)
        self.item.setPlaceholderText("바라는 제품·서비스 (예: 행사 도시락 50개)")
        self.notes = QLineEdit(request.notes)
        form = QFormLayout()
        form.addRow("희망기관(&R)", self.requester)
        form.addRow("제공기관(&P)", self.provider)
        form.addRow("접수일(&D)", self.received_on)
        form.addRow("바라는 것(&I)", self.item)
        form.addRow("메모", self.notes)
        self.error = lay_out_form(self, form, self.accept_form)
        self.error.setVisible(False)
        self.resize(480, 260)

    def accept_form(self) -> None:
        request = replace(self.request, requester_id=combo_id(self.requester), provider_id=combo_id(self.provider),  # type: ignore[arg-type]
                          received_on=iso(self.received_on), item=self.item.text(), notes=self.notes.text())

        def save() -> None:
            if request.requester_id is None or request.provider_id is None:
                from seecodesk.core.errors import ValidationError

                raise ValidationError("requester_id", "희망기관과 제공기관을 명단에서 골라 주세요.")
            self.saved = self._save(request)

        save_or_show_error(self, self.error, save, form_names(self, {"received_on": self.received_on, "item": self.item, "notes": self.notes}))

    @classmethod
    def ask(cls, parent: QWidget | None, request: TradeRequest, names: dict[int, str],
            save: Callable[[TradeRequest], TradeRequest]) -> TradeRequest | None:
        dialog = cls(parent, request, names, save)
        dialog.exec()
        return dialog.saved
