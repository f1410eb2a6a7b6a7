"""Previewing a PDF the program made, before saving it elsewhere or printing it.

Above the pages, the preview says which characters of the text no bundled font has and so print as □
(remembered when the PDF was written, reports.glyphs), so nothing is dropped without a word.
"""

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from seecodesk.core.errors import SeeCoDeskError
from seecodesk.gui.file_dialogs import save_file_name
from seecodesk.gui.messages import show_error
from seecodesk.gui.widgets.screen_fit import fit_to_screen
from seecodesk.reports.glyphs import missing_for, missing_warning
from seecodesk.services.file_copies import save_copy


class PdfPreview(QWidget):
    """A QPdfView showing one file, reloadable (e.g. when options change)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.glyph_warning = QLabel()
        self.glyph_warning.setObjectName("glyphWarning")
        self.glyph_warning.setWordWrap(True)
        self.glyph_warning.setStyleSheet("background: #fff4d6; color: #7a4b00; padding: 6px; border-radius: 3px;")
        self.glyph_warning.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.glyph_warning)
        layout.addWidget(self.view)
        self.path: Path | None = None

    def load(self, path: str | Path) -> int:
        """Show `path`; returns its page count."""
        self.path = Path(path)
        self.document.close()
        self.document.load(str(self.path))
        missing = missing_for(self.path)
        self.glyph_warning.setText(f"※ {missing_warning(missing)}. 저장하거나 인쇄하기 전에 글자를 확인해 주세요."
                                   if missing else "")
        self.glyph_warning.setVisible(bool(missing))
        return self.document.pageCount()

    def print_document(self, parent: QWidget | None = None) -> bool:
        """Ask for a printer and print every page at the printer's resolution; 'print to PDF' writes the
        vector PDF itself (a rendered image would lose the text and weigh megabytes)."""
        printer = QPrinter(QPrinter.PrinterMode.PrinterResolution)
        if QPrintDialog(printer, parent or self).exec() != QDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Send the document to a chosen `printer` (a PDF file target gets a copy of the file)."""
        if self.path is None:
            return False
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            try:
                save_copy(self.path, printer.outputFileName())
            except SeeCoDeskError as error:
                show_error(self, error)
                return False
            return True
        painter = QPainter(printer)
        for index in range(self.document.pageCount()):
            if index:
                printer.newPage()
            target = painter.viewport().size()
            image = self.document.render(index, target)
            painter.drawImage(QPointF(0, 0), image)
        painter.end()
        return True


class PdfPreviewDialog(QDialog):
    """A preview window with 저장 (save as) and 인쇄 (print)."""

    def __init__(self, pdf_path: str | Path, title: str, parent: QWidget | None = None, notice: str = "",
                 warnings: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"미리보기 — {title}")
        self.resize(900, 1000)
        fit_to_screen(self)
        self.preview = PdfPreview(self)
        pages = self.preview.load(pdf_path)
        save_button = QPushButton("다른 이름으로 저장(&S)…")
        print_button = QPushButton("인쇄(&P)…")
        close_button = QPushButton("닫기")
        save_button.clicked.connect(self.save_as)
        print_button.clicked.connect(lambda: self.preview.print_document(self))
        close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(f"{pages}쪽"))
        self.notice_label = QLabel(notice)  # e.g. how many contact values consent kept out, said before saving
        self.notice_label.setObjectName("previewNotice")
        self.notice_label.setStyleSheet("color: #8a4b00;")
        self.notice_label.setVisible(bool(notice))
        buttons.addWidget(self.notice_label)
        buttons.addStretch(1)
        for button in (save_button, print_button, close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        self.warning_label = QLabel("\n".join(f"※ {w}" for w in warnings or []))
        self.warning_label.setObjectName("previewWarnings")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("background: #fff4d6; color: #7a4b00; padding: 6px; border-radius: 3px;")
        self.warning_label.setVisible(bool(warnings))
        layout.addWidget(self.warning_label)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=lambda: self.preview.print_document(self))
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_as)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)

    def save_as(self) -> None:
        if self.preview.path is None:
            return
        target = save_file_name(self, "PDF 저장", "pdf", self.preview.path.name, "PDF 파일 (*.pdf)")
        if target:
            try:
                save_copy(self.preview.path, target)
            except SeeCoDeskError as error:
                show_error(self, error)
