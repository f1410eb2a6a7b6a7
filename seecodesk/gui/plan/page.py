"""The "분과·과제" page: tabs for the plan (tree + schedule grid), this quarter, the bodies, and the plan's
execution (spending per budget line, activities completed).

Ctrl+Z (the window's 편집 menu) undoes the last change of the schedule grid.
"""

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from seecodesk.gui.plan.bodies_panel import BodiesPanel
from seecodesk.gui.plan.editor import PlanEditor
from seecodesk.gui.plan.execution_panel import ExecutionPanel
from seecodesk.gui.plan.quarter_panel import QuarterPanel
from seecodesk.services.bodies import BodyService
from seecodesk.services.workspace import Workspace


class PlanPage(QWidget):
    """Plan editor, quarter view, bodies and execution in four tabs."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.editor = PlanEditor(workspace)
        self.quarter = QuarterPanel(workspace.db, self.open_task)
        self.bodies = BodiesPanel(BodyService(workspace.db))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.editor, "실행계획·일정(&1)")
        self.tabs.addTab(self.quarter, "이번 분기(&2)")
        self.tabs.addTab(self.bodies, "분과·기구(&3)")
        self.execution = ExecutionPanel(workspace)
        self.tabs.addTab(self.execution, "집행·완료(&4)")
        self.tabs.currentChanged.connect(lambda _: self.refresh())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        """Reload the visible tab from the database."""
        current = self.tabs.currentWidget()
        if current is self.editor:
            self.editor.refresh()
        elif current is self.quarter:
            self.quarter.refresh()
        elif current is self.execution:
            self.execution.refresh()
        else:
            self.bodies.refresh()

    def undo(self) -> None:
        """Ctrl+Z: undo the last schedule-grid change."""
        self.tabs.setCurrentWidget(self.editor)
        self.editor.undo()

    def open_task(self, task_id: int) -> None:
        self.tabs.setCurrentWidget(self.editor)
        self.editor.open_task(task_id)


def create_page(workspace: Workspace, parent: QWidget | None = None) -> QWidget:
    """The section's page for the main window."""
    return PlanPage(workspace, parent)
