"""이번 분기: per body, the activities scheduled in the current quarter and the tasks that are late.
Double-clicking a line opens that task in the plan tab."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from seecodesk.services.plan_overview import QuarterView, quarter_view

if TYPE_CHECKING:
    import sqlite_utils

LATE = QColor("#b00020")


class QuarterPanel(QWidget):
    """The quarter view; `open_task(task_id)` is called on double-click."""

    def __init__(self, db: sqlite_utils.Database, open_task: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.open_task = db, open_task
        self.today: date | None = None  # tests pin the date
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["분과 · 과제", "세부활동 / 사유", "상태", "계획"])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 240), (2, 80), (3, 170)):
            self.tree.setColumnWidth(column, width)
        self.tree.setAccessibleName("이번 분기 할 일과 늦은 과제")
        self.tree.itemActivated.connect(self._activated)
        self.view: QuarterView | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)

    def refresh(self) -> None:
        self.view = view = quarter_view(self.db, self.today)
        q = view.quarter
        self.heading.setText(f"{q.year}년 {q.number}분기 — 이번 분기 세부활동 {view.scheduled_count}건, "
                             f"늦은 과제 {view.late_count}건")
        self.tree.clear()
        for body in view.bodies:
            top = QTreeWidgetItem([body.body_name, f"할 일 {len(body.scheduled)} · 늦음 {len(body.late)}", "", ""])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            for item in body.scheduled:
                months = ", ".join(f"{int(m[5:])}월" for m in item.months)
                child = QTreeWidgetItem([item.task_label, f"{item.row_label} ({months})", item.status, item.plan_name])
                child.setData(0, Qt.ItemDataRole.UserRole, item.task_id)
                top.addChild(child)
            for late in body.late:
                child = QTreeWidgetItem([late.task_label, f"늦음: {late.explanation}",
                                         late.status, late.plan_name])
                child.setData(0, Qt.ItemDataRole.UserRole, late.task_id)
                for column in range(3):
                    child.setForeground(column, QBrush(LATE))
                top.addChild(child)
            top.setExpanded(True)
        if not view.bodies:
            self.tree.addTopLevelItem(QTreeWidgetItem(["이번 분기에 잡힌 일정도, 늦은 과제도 없습니다.", "", "", ""]))

    def _activated(self, item: QTreeWidgetItem) -> None:
        task_id = item.data(0, Qt.ItemDataRole.UserRole)
        if task_id:
            self.open_task(int(task_id))
