"""Adding, editing, deleting and importing people from either tab of the 회원 page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from seecodesk.core.errors import SeeCoDeskError
from seecodesk.gui.members.wording import object_particle
from seecodesk.gui.messages import confirm, show_error

if TYPE_CHECKING:
    from seecodesk.core.members import Person
    from seecodesk.gui.members.page import MembersPage


class PeopleActions:
    """The person use cases of the page, each ending in a reload and a message."""

    def __init__(self, page: MembersPage) -> None:
        self.page = page

    def add(self, organisation_id: int | None) -> None:
        """A new person, of `organisation_id` or of no organisation (소속 구분 없음 until the user picks 시청 …)."""
        from seecodesk.core.members import Person

        blank = Person(name="", organisation_id=organisation_id,
                       affiliation="회원사" if organisation_id is not None else "없음")
        self._ask_and_save(blank, "추가했습니다")

    def edit(self, person_id: int) -> None:
        try:
            person = self.page.members.person(person_id)
        except SeeCoDeskError as error:
            show_error(self.page, error)
            self.page.reload()
            return
        self._ask_and_save(person, "정보를 저장했습니다")

    def delete(self, person_id: int) -> None:
        """Delete one person after a confirmation; undoable."""
        try:
            name = self.page.members.person(person_id).name
            if not confirm(self.page, "사람 삭제",
                           f"'{name}'{object_particle(name)} 삭제할까요?\n삭제한 뒤 Ctrl+Z로 되돌릴 수 있습니다."):
                return
            deleted = self.page.members.delete_person(person_id)
        except SeeCoDeskError as error:
            show_error(self.page, error)
            self.page.reload()
            return
        self.page.after_change(f"'{deleted.label}'{object_particle(deleted.label)} 삭제했습니다.", undoable=True,
                               select_org=self.page.directory.current_id())

    def choose_file(self) -> str:
        """The people list to import (the open dialog); '' when cancelled."""
        from seecodesk.gui.file_dialogs import open_file_name

        return open_file_name(self.page, "사람 명단 가져오기", "import", "명단 (*.csv *.xlsx *.txt);;모든 파일 (*)")

    def import_list(self) -> None:
        """Preview a people list (CSV/XLSX) and import all its rows, or none; undoable as one change."""
        from seecodesk.gui.members.people_import_dialog import PeopleImportDialog

        path = self.choose_file()
        if not path:
            return
        result = PeopleImportDialog.ask(self.page, self.page.workspace.db, path)
        if result is not None:
            self.page.after_change(result.describe() + " 편집 → 실행 취소(Ctrl+Z)로 한꺼번에 되돌릴 수 있습니다.", True)

    def _ask_and_save(self, person: Person, done: str) -> None:
        from seecodesk.gui.members.person_dialog import PersonDialog  # built when first asked for

        answer = PersonDialog.ask(self.page, person, self.page.organisation_choices())
        if answer is None:
            return
        try:
            saved = self.page.members.save_person(answer)
        except SeeCoDeskError as error:
            show_error(self.page, error, "저장하지 못했습니다")
            return
        verb = f"{object_particle(saved.name)} {done}" if done == "추가했습니다" else f"의 {done}"
        self.page.after_change(f"'{saved.name}'{verb}", select_org=self.page.directory.current_id(),
                               select_person=saved.id)

