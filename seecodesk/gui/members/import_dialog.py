"""The import dialog: choose a file → encoding (changeable) → column mapping → preview → 가져오기.

Rows the directory already holds show as 이미 있음 and are skipped, or update the stored
organisation when the secretary chooses so; 행 거르기 keeps only the rows with one value in one
column (see `import_options`).

Reading and checking the rows run in a background task (big files stay responsive, with a
progress bar); comparing with the directory happens on the GUI thread's connection. The commit
runs in a worker with its own connection to the database file (all rows in one transaction),
or on the GUI thread for an in-memory database. Problems are shown inline, never lost.
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QWidget

from seecodesk.core.vocab import DESIGNATION_KINDS
from seecodesk.exchange.member_import import ImportPreview, ImportResult, attach_directory, convert_rows
from seecodesk.exchange.member_mapping import ColumnMapping, carry_over, set_field, suggest_mapping
from seecodesk.exchange.reading import SourceTable, read_table
from seecodesk.gui.forms.ui_member_import_dialog import Ui_MemberImportDialog
from seecodesk.gui.members.import_mapping_table import MappingTable
from seecodesk.gui.members.import_options import ImportOptionsBar
from seecodesk.gui.members.import_preview_model import FIXED_HEADERS, ImportPreviewModel, problems_text
from seecodesk.gui.tasks import BackgroundTask, TaskControl
from seecodesk.gui.ui_settings import UiSettings
from seecodesk.gui.widgets.screen_fit import fit_to_screen
from seecodesk.services.member_import import import_members
from seecodesk.services.workspace import Workspace
from seecodesk.storage.database import open_database

ENCODING_CHOICES = (("auto", "자동 감지"), ("utf-8-sig", "UTF-8 (BOM)"), ("utf-8", "UTF-8"), ("cp949", "CP949"))
FILE_FILTER = "명단 파일 (*.csv *.xlsx *.txt);;CSV (*.csv *.txt);;엑셀 (*.xlsx);;모든 파일 (*)"
ERROR_STYLE = "color: #b00020;"
PROBLEM_COLUMN, PROBLEM_COLUMN_WIDTH = FIXED_HEADERS.index("문제"), 440
_RUNNING: set[BackgroundTask] = set()  # a task outlives a closed dialog until its worker returns


class MemberImportDialog(QDialog):
    """Preview and import a member list from CSV or XLSX."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ui = Ui_MemberImportDialog()
        self.ui.setupUi(self)
        fit_to_screen(self)
        self.path: Path | None = None
        self.table: SourceTable | None = None
        self.mapping: ColumnMapping | None = None
        self.preview: ImportPreview | None = None
        self.imported = 0  # organisations added or updated by the commit
        self.result: ImportResult | None = None
        self.committing = False
        self.task: BackgroundTask | None = None
        self._generation = 0
        self.model = ImportPreviewModel(self)
        self.mapping_table = MappingTable(self.ui.mappingTable, self._mapping_changed)
        self.options = ImportOptionsBar(self._options_changed)
        self.ui.previewLayout.insertWidget(1, self.options)
        # Added after the form, the choices came last in Tab order (after 닫기): put them where they are on screen.
        previous: QWidget = self.ui.excludeErrorsButton
        for widget in (self.options.column_combo, self.options.value_combo, self.options.existing_combo,
                       self.ui.previewTable):
            QWidget.setTabOrder(previous, widget)
            previous = widget
        self._setup_widgets()
        self._connect()

    def _setup_widgets(self) -> None:
        for key, label in ENCODING_CHOICES:
            self.ui.encodingCombo.addItem(label, key)
        self.ui.designationCombo.addItem("없음", "")
        for kind in DESIGNATION_KINDS:
            self.ui.designationCombo.addItem(kind, kind)
        view = self.ui.previewTable
        view.setModel(self.model)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.setWordWrap(False)
        self.ui.splitter.setSizes([220, 460])
        self.ui.progressBar.setVisible(False)

    def _connect(self) -> None:
        self.ui.browseButton.clicked.connect(self.choose_file)
        self.ui.fileEdit.setReadOnly(False)  # a path can be typed or pasted (탐색기의 '경로로 복사'), then Enter
        self.ui.fileEdit.setPlaceholderText("파일 경로를 붙여넣고 Enter를 누르거나 [찾아보기]로 고르세요")
        self.ui.fileEdit.returnPressed.connect(self.load_typed_path)
        self.ui.encodingCombo.currentIndexChanged.connect(self._encoding_changed)
        self.ui.designationCombo.currentIndexChanged.connect(self._designation_changed)
        self.ui.problemsOnlyCheck.toggled.connect(self.model.set_problems_only)
        self.ui.excludeErrorsButton.clicked.connect(self.exclude_error_rows)
        self.ui.importButton.clicked.connect(self.start_import)
        self.ui.closeButton.clicked.connect(self.reject)
        self.model.inclusion_changed.connect(self._update_summary)
        self.ui.previewTable.selectionModel().currentRowChanged.connect(self._show_row_detail)

    # --- file and encoding -------------------------------------------------------------------------
    def choose_file(self) -> None:
        settings = UiSettings()
        path, _ = QFileDialog.getOpenFileName(self, "가져올 명단 파일", settings.start_folder("import"), FILE_FILTER)
        if path:
            settings.set_last_folder("import", str(Path(path).parent))
            self.load_file(path)

    def load_typed_path(self) -> None:
        """Enter in the path field: read the file named there (quotes from '경로로 복사' are dropped)."""
        text = self.ui.fileEdit.text().strip().strip('"').strip("'")
        if not text:
            return
        path = Path(text).expanduser()
        if not path.is_file():
            self.ui.summaryLabel.setText(f"파일을 찾을 수 없습니다: {text}")
            return
        UiSettings().set_last_folder("import", str(path.parent))
        self.load_file(path)

    def load_file(self, path: str | Path, keep: ColumnMapping | None = None) -> None:
        """Read `path` in the background with the chosen encoding, then map and preview it.

        With `keep`, the columns the user mapped by hand in it keep their fields (the same file read again).
        """
        self.path = Path(path)
        self.ui.fileEdit.setText(str(self.path))
        encoding = self.ui.encodingCombo.currentData()
        self._run(lambda control: self._read_and_convert(control, encoding, None, keep), self._preview_ready,
                  "파일을 읽는 중…")

    def _read_and_convert(self, control: TaskControl, encoding: str, mapping: ColumnMapping | None,
                          keep: ColumnMapping | None = None) -> ImportPreview:
        assert self.path is not None
        table = self.table if mapping is not None and self.table is not None else read_table(self.path, encoding)
        control.progress(10, "행을 검사하는 중…")
        if mapping is None:
            mapping = suggest_mapping(table)
            if keep is not None:
                carry_over(keep, mapping)
        return convert_rows(table, mapping, lambda done, total: control.progress(10 + 90 * done // max(total, 1)))

    def _encoding_changed(self) -> None:
        if self.path is not None:
            self.load_file(self.path, keep=self.mapping)

    def _designation_changed(self) -> None:
        if self.mapping is not None:
            self.mapping.file_designation = self.ui.designationCombo.currentData()
            self._reconvert()

    def _mapping_changed(self, header: str, key: str) -> None:
        if self.mapping is None:
            return
        set_field(self.mapping, header, key)
        self.mapping_table.update(self.mapping)
        self._reconvert()

    def _reconvert(self) -> None:
        mapping = self.mapping
        self._run(lambda control: self._read_and_convert(control, "", mapping), self._preview_ready, "다시 검사하는 중…")

    # --- background work ---------------------------------------------------------------------------
    def _run(self, work, on_done, message: str) -> None:  # type: ignore[no-untyped-def]
        """Start `work` in the background; only the latest task's result is used."""
        if self.task is not None:
            self.task.cancel()
        self._generation += 1
        generation = self._generation
        self._busy(True, message)
        task = BackgroundTask(work)
        _RUNNING.add(task)
        for signal in (task.signals.finished, task.signals.failed, task.signals.cancelled):
            signal.connect(lambda *_a, t=task: _RUNNING.discard(t))
        task.signals.progress.connect(lambda percent, _m: self.ui.progressBar.setValue(percent))
        task.signals.finished.connect(lambda result: generation == self._generation and on_done(result))
        task.signals.failed.connect(lambda error: generation == self._generation and self._failed(error))
        task.signals.cancelled.connect(lambda: generation == self._generation and self._busy(False))
        self.task = task.start()

    def _busy(self, busy: bool, message: str = "") -> None:
        self.ui.progressBar.setVisible(busy)
        self.ui.progressBar.setValue(0)
        for widget in (self.ui.browseButton, self.ui.encodingCombo, self.ui.designationCombo, self.ui.mappingTable,
                       self.ui.excludeErrorsButton, self.ui.previewTable, self.options):
            widget.setEnabled(not busy)
        if busy:
            self.ui.importButton.setEnabled(False)
            self.ui.summaryLabel.setStyleSheet("")
            self.ui.summaryLabel.setText(message)
        else:
            self.task = None

    def _failed(self, error: BaseException) -> None:
        """Show the problem in red. A file that cannot be read leaves nothing to import."""
        was_committing, self.committing = self.committing, False
        self._busy(False)
        if was_committing and self.preview is not None:
            self._update_summary()
        else:
            self.preview = None
            self.model.set_preview(None)
            self.ui.importButton.setEnabled(False)
        self.ui.summaryLabel.setStyleSheet(ERROR_STYLE)
        self.ui.summaryLabel.setText(str(error) or f"문제가 생겼습니다 ({type(error).__name__}).")

    def _preview_ready(self, preview: ImportPreview) -> None:
        self._busy(False)
        attach_directory(preview, self.workspace.db)
        new_table = preview.table is not self.table
        self.preview, self.table, self.mapping = preview, preview.table, preview.mapping
        if new_table:
            self.mapping_table.show(preview.table, preview.mapping)
        self.ui.designationCombo.blockSignals(True)
        self.ui.designationCombo.setCurrentIndex(max(0, self.ui.designationCombo.findData(preview.mapping.file_designation)))
        self.ui.designationCombo.blockSignals(False)
        self._show_encoding(preview.table)
        self.options.show_preview(preview, new_table)
        self.model.set_preview(preview)
        self.ui.previewTable.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            limit = PROBLEM_COLUMN_WIDTH if column == PROBLEM_COLUMN else 240
            self.ui.previewTable.setColumnWidth(column, min(self.ui.previewTable.columnWidth(column), limit))
        self._update_summary()

    def _show_encoding(self, table: SourceTable) -> None:
        detected = f"읽은 인코딩: {table.encoding_label}" if table.kind == "CSV" else "엑셀 파일(XLSX): 인코딩 없음"
        self.ui.encodingLabel.setText(detected)
        self.ui.encodingCombo.setEnabled(table.kind == "CSV")

    def _show_row_detail(self, current) -> None:  # type: ignore[no-untyped-def]
        if current.isValid() and current.row() < len(self.model.visible):
            self.ui.rowDetailLabel.setText(problems_text(self.model.visible[current.row()]))

    # --- rows and summary --------------------------------------------------------------------------
    def _options_changed(self) -> None:
        """The row filter or the choice for existing rows changed: show the rows and counts anew."""
        self.model.set_preview(self.preview)
        self._update_summary()

    def exclude_error_rows(self) -> None:
        """Untick every row that has an error (the rest can then be imported)."""
        if self.preview is not None:
            self.model.set_included([r for r in self.preview.rows if r.has_errors and not r.filtered_out], False)

    def _update_summary(self) -> None:
        preview = self.preview
        if preview is None:
            return
        notes = list(preview.table.notes)
        unknown = preview.mapping.unknown_columns()
        if unknown:
            notes.append(f"가져오지 않는 열: {', '.join(unknown)} — 아래 표에서 항목을 고르면 가져옵니다.")
        if preview.blank_rows:
            notes.append(f"빈 행 {preview.blank_rows:,}개는 건너뜁니다.")
        for header in sorted(preview.mapping.designation_sources):
            notes.append(f"'{header}' 열의 사회적기업·마을기업 같은 값은 인증·지정으로도 가져옵니다.")
        problems = preview.file_problems
        self.ui.notesLabel.setStyleSheet(ERROR_STYLE if problems else "")
        self.ui.notesLabel.setText("\n".join(problems + notes))
        blocking = preview.blocking_rows
        text = preview.summary()
        if blocking:
            numbers = ", ".join(str(r.row) for r in blocking[:8]) + (" …" if len(blocking) > 8 else "")
            text += f"\n오류가 있는 행({numbers}행)을 고치거나 빼야 가져올 수 있습니다."
        self.ui.summaryLabel.setStyleSheet(ERROR_STYLE if blocking or problems else "")
        self.ui.summaryLabel.setText(text)
        count = len(preview.rows_to_import)
        self.ui.importButton.setEnabled(preview.can_commit)
        self.ui.importButton.setText(f"{count:,}곳 가져오기(&I)" if preview.can_commit else "가져오기(&I)")

    # --- commit ------------------------------------------------------------------------------------
    def start_import(self) -> None:
        """Store every ticked row without errors, all in one transaction."""
        preview = self.preview
        if preview is None or not preview.can_commit:
            return
        path = self.workspace.path
        if path is None:
            try:
                self._imported(import_members(self.workspace.db, preview))
            except Exception as error:  # noqa: BLE001 - shown inline; nothing was stored
                self._failed(error)
            return
        self.committing = True
        self._run(lambda control: self._commit_in_worker(control, path, preview), self._imported, "가져오는 중…")

    @staticmethod
    def _commit_in_worker(control: TaskControl, path: Path, preview: ImportPreview) -> ImportResult:
        db = open_database(path, create=False)
        try:
            return import_members(db, preview, lambda done, total: control.progress(100 * done // max(total, 1)))
        finally:
            db.close()

    def _imported(self, result: ImportResult) -> None:
        self.workspace.note_outside_write()  # 홈's counts read again too, not only the directory
        self._busy(False)
        self.committing = False
        self.result = result
        self.imported = result.added + result.updated
        self.accept()

    def reject(self) -> None:
        if self.committing:
            return  # the transaction finishes (or rolls back) on its own; closing now would hide the outcome
        if self.task is not None:
            self.task.cancel()
        super().reject()


def run_import_dialog(parent: QWidget | None, workspace: Workspace) -> ImportResult | None:
    """Show the import dialog; what the import did when organisations were added or updated, else None."""
    dialog = MemberImportDialog(workspace, parent)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.exec()
    return dialog.result if dialog.imported > 0 else None
