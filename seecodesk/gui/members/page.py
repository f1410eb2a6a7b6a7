"""The 회원 section: the directory of organisations, their card and people, and everyone in a 사람 tab.

Shortcuts: Ctrl+F search, Ctrl+N new, Enter edit, Delete delete (asks first); Ctrl+Z (편집 menu,
or the message bar's button) undoes the last change of the whole program. Every change goes
through `MemberService`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from seecodesk.core.errors import SeeCoDeskError
from seecodesk.gui.members.directory_view import DirectoryView
from seecodesk.gui.members.org_detail import OrganisationDetail
from seecodesk.gui.members.people_actions import PeopleActions
from seecodesk.gui.members.wording import object_particle
from seecodesk.gui.messages import confirm, show_error
from seecodesk.gui.widgets.first_paint import AfterFirstPaint

if TYPE_CHECKING:
    from pathlib import Path

    from seecodesk.gui.members.directory_loader import DirectoryLoad
    from seecodesk.gui.members.people_view import PeopleView
    from seecodesk.services.figures import FigureService
    from seecodesk.services.members import MemberService
    from seecodesk.services.workspace import Workspace
    from seecodesk.storage.directory import DirectoryRow

ORGANISATIONS_TAB, PEOPLE_TAB = 0, 1
FIRST_SCREEN_ROWS = 60  # more than a 1440-pixel-high screen shows
# A directory this big is read again by a worker after a change (80,000 rows: ~2 s that froze the
# window after each 저장); a smaller one is read on the GUI thread in a few ms, without a 불러오는 중….
BACKGROUND_RELOAD_ROWS = 2_000
_NOTHING_SHOWN = -1  # no organisation id; makes the next _show_organisation draw the card


class MessageBar(QFrame):
    """A line under the table: what just happened, with 실행 취소 after a delete."""

    def __init__(self, on_undo: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberMessageBar")
        self.label = QLabel()
        self.undo_button = QPushButton("실행 취소 (Ctrl+Z)")
        self.undo_button.clicked.connect(on_undo)  # type: ignore[arg-type]
        close = QPushButton("닫기")
        close.setFlat(True)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(close)
        self.hide()

    def say(self, text: str, undoable: bool = False) -> None:
        if not self.styleSheet():  # styled when first shown: a style sheet costs start-up time
            self.setStyleSheet("#memberMessageBar { background: #eef4ff; border: 1px solid #c5d5f5; border-radius: 4px; }")
        self.label.setText(text)
        self.undo_button.setVisible(undoable)
        self.show()


class MembersPage(QWidget):
    """The 회원 section page."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("membersPage")
        self.workspace = workspace
        self._loaded_at: int | None = None
        self._generation = 0  # moves with every reload: a worker's older rows are not shown
        self._then: Callable[[], None] | None = None  # what the pending reload's caller does with the new rows
        self._shown_org_id: int | None = _NOTHING_SHOWN
        self._people_stale = True
        self.directory = DirectoryView()
        self.detail = OrganisationDetail()
        self._people_view: PeopleView | None = None
        self._people_tab = QWidget()  # the 사람 tab's table is built when the tab is first opened
        QVBoxLayout(self._people_tab).setContentsMargins(0, 0, 0, 0)
        self.people = PeopleActions(self)
        self.message_bar = MessageBar(self.undo)
        self.tabs = QTabWidget()
        splitter = QSplitter()
        splitter.addWidget(self.directory)
        splitter.addWidget(self.detail)
        # Explicit minimums below the contents' own: the window may still be made small (e.g. 700 px wide).
        self.directory.setMinimumWidth(260)
        self.detail.setMinimumWidth(180)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([880, 320])
        self.tabs.addTab(splitter, "기업·단체")
        self.tabs.addTab(self._people_tab, "사람")
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_buttons())
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message_bar)
        self._connect()
        self._show_first_screen()

    @property
    def members(self) -> MemberService:
        return self.workspace.members

    @property
    def people_view(self) -> PeopleView:
        """The 사람 tab's list of everyone, made on first use."""
        if self._people_view is None:
            from seecodesk.gui.members.people_view import PeopleView

            view = PeopleView()
            view.add_requested.connect(lambda: self.people.add(None))
            view.edit_requested.connect(self.people.edit)
            view.delete_requested.connect(self.people.delete)
            view.history_requested.connect(self.show_person_history)
            view.import_requested.connect(self.people.import_list)
            layout = self._people_tab.layout()
            assert layout is not None
            layout.addWidget(view)
            self._people_view = view
        return self._people_view

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        title = QLabel("<b style='font-size:15pt'>회원</b>")
        row.addWidget(title)
        row.addSpacing(12)
        self.buttons: dict[str, QPushButton] = {}
        for key, label, tip, handler in (
                ("add", "새 회원사…", "새 회원사를 추가합니다 (Ctrl+N)", self.add_organisation),
                ("edit", "수정…", "고른 회원사의 정보를 고칩니다 (Enter)", self.edit_organisation),
                ("delete", "삭제", "고른 회원사를 삭제합니다 (Delete). Ctrl+Z로 되돌릴 수 있습니다", self.delete_selected),
                ("import", "가져오기…", "CSV·엑셀 파일에서 회원사를 가져옵니다", self.import_members),
                ("export", "내보내기…", "회원 명부를 CSV·엑셀 파일로 내보냅니다", self.export_members)):
            button = QPushButton(label)
            button.setToolTip(tip)
            button.clicked.connect(handler)
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        return row

    def _connect(self) -> None:
        self.directory.current_changed.connect(self._show_organisation)
        self.directory.activated.connect(lambda _id: self.edit_organisation())
        self.detail.edit_requested.connect(self.edit_organisation)
        self.detail.add_person_requested.connect(lambda: self.people.add(self.directory.current_id()))
        self.detail.edit_person_requested.connect(self.people.edit)
        self.detail.delete_person_requested.connect(self.people.delete)
        self.detail.history_requested.connect(self.show_history)
        self.detail.person_history_requested.connect(self.show_person_history)
        self.tabs.currentChanged.connect(self._tab_changed)
        for keys, handler, widget, context in (
                (QKeySequence.StandardKey.Find, self.focus_search, self, Qt.ShortcutContext.WindowShortcut),
                (QKeySequence.StandardKey.New, self.add_current_kind, self, Qt.ShortcutContext.WindowShortcut),
                (QKeySequence.StandardKey.Delete, self.delete_selected, self.directory.table,
                 Qt.ShortcutContext.WidgetShortcut),
                (QKeySequence(Qt.Key.Key_Return), self.edit_organisation, self.directory.table,
                 Qt.ShortcutContext.WidgetShortcut),
                (QKeySequence(Qt.Key.Key_Enter), self.edit_organisation, self.directory.table,
                 Qt.ShortcutContext.WidgetShortcut)):
            shortcut = QShortcut(keys, widget)
            shortcut.setContext(context)
            shortcut.activated.connect(handler)

    # --- loading -------------------------------------------------------------------------------
    def _show_first_screen(self) -> None:
        """Show the first screenful at once and read the rest when the window is up (big networks)."""
        first = self.workspace.first_directory_rows(FIRST_SCREEN_ROWS)
        if len(first) < FIRST_SCREEN_ROWS:
            self.reload()
            return
        self.directory.set_rows(first)
        self.directory.set_loading(True)
        self._loaded_at = self.workspace.change_count()
        self._after_first_paint = AfterFirstPaint(self.directory.table.viewport(), self._load_the_rest)

    def _load_the_rest(self) -> None:
        """Read the whole directory in a worker (its own connection); the window stays usable meanwhile."""
        path = self.workspace.path
        if path is None or self._loaded_at != self.workspace.change_count():
            self.reload()  # an in-memory database has no file for a second connection
            return
        self._start_loader(path)

    def _start_loader(self, path: Path) -> None:
        from seecodesk.gui.members.directory_loader import load_directory

        self.directory.set_loading(True)
        load_directory(path, self._generation, self._directory_loaded, self._directory_failed)

    def _directory_loaded(self, loaded: DirectoryLoad) -> None:
        if loaded.generation != self._generation:
            return  # a reload after a change got there first: these rows are older
        self._show_rows(loaded.rows, loaded)

    def _directory_failed(self, _error: BaseException) -> None:
        self._generation += 1  # a worker still running for this generation has nothing to add
        self._show_rows(self.members.directory())  # read here: a real problem shows as it would there

    def reload(self, then: Callable[[], None] | None = None) -> None:
        """Read the directory again and the people list when it is on screen; `then` runs once the new
        rows are in the table. A big directory is read by a worker while the window stays usable."""
        self._generation += 1
        self._people_stale = True
        if self.tabs.currentIndex() == PEOPLE_TAB:
            self._load_people()
        self._loaded_at = self.workspace.change_count()
        self._then = then
        path = self.workspace.path
        big = self.directory.loading() or self.directory.model.total_count() >= BACKGROUND_RELOAD_ROWS
        if path is not None and big:
            self._start_loader(path)
        else:
            self._show_rows(self.members.directory())

    def _show_rows(self, rows: list[DirectoryRow], loaded: DirectoryLoad | None = None) -> None:
        """Put freshly read rows in the table, show the current organisation's card as it is now, then
        do what the reload's caller asked for."""
        self._shown_org_id = _NOTHING_SHOWN
        self.directory.set_loading(False)
        if loaded is None:
            self.directory.set_rows(rows)
        else:
            self.directory.set_rows(rows, loaded.index, loaded.industries)
        self._select_first_if_none()
        then, self._then = self._then, None
        if then is not None:
            then()

    def _select_first_if_none(self) -> None:
        if self.directory.current_id() is None and self.directory.model.visible_count():
            self.directory.table.selectRow(0)  # the card shows something from the start
        self._show_organisation(self.directory.current_id())

    def refresh(self) -> None:
        """Shown again: reload only when something changed the database meanwhile."""
        if self._loaded_at != self.workspace.change_count():
            self.reload()

    def _load_people(self) -> None:
        self.people_view.set_people(self.members.people_brief())
        self._people_stale = False

    def _tab_changed(self, index: int) -> None:
        for key in ("add", "edit", "delete"):
            self.buttons[key].setVisible(index == ORGANISATIONS_TAB)
        # On the 사람 tab these two still act on organisations (people have their own 사람 명단 가져오기): say so.
        prefix = "" if index == ORGANISATIONS_TAB else "회원사 "
        self.buttons["import"].setText(f"{prefix}가져오기…")
        self.buttons["export"].setText(f"{prefix}내보내기…")
        self.message_bar.hide()
        if index == PEOPLE_TAB and self._people_stale:
            self._load_people()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        """Another section was chosen: its notice is old news when the user comes back."""
        if not event.spontaneous():  # a minimised window keeps it
            self.message_bar.hide()
        super().hideEvent(event)

    def _show_organisation(self, org_id: int | None) -> None:
        if org_id == self._shown_org_id:
            return  # a keystroke kept the same row current: no query, no redraw
        self._shown_org_id = org_id
        self.message_bar.hide()  # an old notice goes once the user moves to another record
        try:
            org = self.members.organisation(org_id) if org_id is not None else None
            people = self.members.people_of(org_id) if org_id is not None else []
        except SeeCoDeskError:
            org, people = None, []
        self.detail.show_organisation(org, people)
        for key in ("edit", "delete"):
            self.buttons[key].setEnabled(org is not None)

    # --- organisations ---------------------------------------------------------------------------
    def focus_search(self) -> None:
        """Ctrl+F: the search box of the tab on screen."""
        (self.people_view if self.tabs.currentIndex() == PEOPLE_TAB else self.directory).focus_search()

    def add_current_kind(self) -> None:
        """Ctrl+N: a new organisation, or a new person on the 사람 tab."""
        if self.tabs.currentIndex() == PEOPLE_TAB:
            self.people.add(None)
        else:
            self.add_organisation()

    def add_organisation(self) -> None:
        """Ask for a new organisation (a member from today unless changed) and store it."""
        from seecodesk.core.members import MembershipPeriod, Organisation
        from seecodesk.gui.members.org_dialog import OrganisationDialog  # forms load when first asked for

        self.tabs.setCurrentIndex(ORGANISATIONS_TAB)
        blank = Organisation(name="", memberships=[MembershipPeriod(joined_on=date.today().isoformat())])
        saved = OrganisationDialog.ask(self, blank, self.members.save_organisation, self._figures())
        if saved is not None:
            self.after_change(f"'{saved.name}'{object_particle(saved.name)} 추가했습니다.", select_org=saved.id)

    def _figures(self) -> FigureService:
        """The yearly figures behind the form's 연도별 현황 tab (loaded when a form first opens)."""
        from seecodesk.services.figures import FigureService

        return FigureService(self.members.db)

    def edit_organisation(self) -> None:
        """Open the form on the current organisation."""
        org_id = self.directory.current_id()
        if org_id is None:
            return
        try:
            org = self.members.organisation(org_id)
        except SeeCoDeskError as error:
            show_error(self, error)
            self.reload()
            return
        from seecodesk.gui.members.org_dialog import OrganisationDialog

        accepted, saved = OrganisationDialog.edit(self, org, self.members.save_organisation, self._figures())
        if saved is not None:
            self.after_change(f"'{saved.name}'의 정보를 저장했습니다.", select_org=saved.id)
        elif accepted:
            self.message_bar.say(f"'{org.name}'의 정보에 바꾼 내용이 없어 저장하지 않았습니다.")

    def delete_selected(self) -> None:
        """Delete the selected organisations after a confirmation; undoable."""
        ids = self.directory.selected_ids()
        if not ids:
            return
        names = [r.name for r in self.directory.model.records() if r.id in set(ids)]
        what = f"'{names[0]}'" if len(names) == 1 else f"'{names[0]}' 외 {len(names) - 1}곳"
        question = (f"{what}{object_particle(names[0]) if len(names) == 1 else '을'} 삭제할까요?\n\n"
                    "소속된 사람은 지우지 않고 '소속 기관 없음'으로 남깁니다.\n삭제한 뒤 Ctrl+Z로 되돌릴 수 있습니다.")
        if not confirm(self, "회원사 삭제", question):
            return
        try:
            deleted = self.members.delete_organisations(ids)
        except SeeCoDeskError as error:
            show_error(self, error)
            self.reload()
            return
        self.after_change(f"'{deleted.label}'{object_particle(deleted.label)} 삭제했습니다.", undoable=True)

    def undo(self) -> None:
        """The message bar's 실행 취소: the last change of the whole program, as 편집 → 실행 취소 does."""
        window = self.window()
        if window is not self and callable(getattr(window, "undo", None)):
            window.undo()  # type: ignore[attr-defined]
            return
        from seecodesk.gui.history.replay import replay

        text = replay(self, self.workspace)
        if text is not None:
            self.history_replayed(text)

    def history_replayed(self, text: str) -> None:
        """After an undo, redo or 되살리기: show the directory as it is now, the record it touched, and what was done."""
        done = self.workspace.history.last_replayed
        records = done.records if done and done.label in text else ()
        org = next((i for t, i in records if t == "organisations"), None)
        person = next((i for t, i in records if t == "people"), None)
        if org is not None and not self.members.has_organisation(org):
            org = None
        self.after_change(text, select_org=org)
        if person is not None and self.tabs.currentIndex() == PEOPLE_TAB:
            self.people_view.select_id(person)

    def show_history(self) -> None:
        """변경 이력 of the organisation on the card."""
        org_id = self.directory.current_id()
        if org_id is None:
            return
        from seecodesk.gui.history.dialog import show_record_history

        name = next((r.name for r in self.directory.model.records() if r.id == org_id), "")
        if show_record_history(self, self.workspace, "organisations", org_id, name):
            self.after_change("삭제된 항목을 되살렸습니다.")

    def show_person_history(self, person_id: int) -> None:
        """변경 이력 of one person."""
        from seecodesk.gui.history.dialog import show_record_history

        name = self.members.person(person_id).name
        if show_record_history(self, self.workspace, "people", person_id, name):
            self.after_change("삭제된 항목을 되살렸습니다.")

    def after_change(self, message: str, undoable: bool = False, select_org: int | None = None,
                     select_person: int | None = None) -> None:
        """Reload the lists, keep the changed record in view and say what happened (at once, and again
        once a big directory's new rows are in: a new card hides the bar)."""
        def show_change() -> None:
            if select_org is not None and not self.directory.select_id(select_org):
                self.directory.search_edit.clear()
                self.directory.select_id(select_org)
            if select_person is not None:
                self.people_view.select_id(select_person)
            self.message_bar.say(message, undoable)
            # The bar takes room from the table once laid out: keep the changed row in view after that.
            table = self.directory.table
            QTimer.singleShot(0, table, lambda: table.scrollTo(table.currentIndex()))

        self.message_bar.say(message, undoable)
        self.reload(show_change)

    # --- import / export (built by the exchange module) -----------------------------------------------
    def import_members(self) -> None:
        """Import a list; afterwards the filters that would hide a new organisation are cleared."""
        from seecodesk.exchange.member_import import ImportResult

        result = self._run_exchange("import_dialog", "run_import_dialog", "가져오기")
        if not result:
            return
        self.reload(lambda: self._show_imported(result, isinstance(result, ImportResult)))

    def _show_imported(self, result: Any, known: bool) -> None:
        """Once the imported rows are in: the filters that would hide them are cleared, the first is chosen."""
        added_ids = set(result.added_ids) if known else set()
        hidden = added_ids - {r.id for r in self.directory.model.visible_records()}
        message = result.describe() if known else "가져온 회원사를 목록에 더했습니다."
        if hidden:
            self.directory.clear_filters()
            message += f" 검색·필터에 가려질 {len(hidden):,}곳이 보이도록 검색과 필터를 풀었습니다."
        if added_ids:
            self.directory.select_id(min(added_ids))
        self.message_bar.say(message + " 편집 → 실행 취소(Ctrl+Z)로 한꺼번에 되돌릴 수 있습니다.", True)

    def export_members(self) -> None:
        self._run_exchange("export_dialog", "run_export_dialog", "내보내기")

    def _run_exchange(self, module_name: str, function_name: str, title: str) -> Any:
        qualified = f"seecodesk.gui.members.{module_name}"
        try:
            module = importlib.import_module(qualified)
        except ModuleNotFoundError as error:
            if error.name != qualified:
                raise
            QMessageBox.information(self, title, f"회원 {title} 기능은 준비 중입니다. 다음 버전에서 제공될 예정입니다.")
            return None
        return getattr(module, function_name)(self, self.workspace)

    def organisation_choices(self) -> list[tuple[int, str]]:
        """(id, name) of every organisation, by name, for the person form."""
        return sorted(((r.id, r.name) for r in self.directory.model.records()), key=lambda pair: pair[1])


def create_page(workspace: Workspace, parent: QWidget | None = None) -> QWidget:
    """The 회원 section page (see seecodesk.gui.sections)."""
    return MembersPage(workspace, parent)

