"""The plan tree: strategy → task → (group) → activity, reordered by drag and drop or Alt+↑/↓.

The tree never moves items itself: a drop asks the plan service to move the node (which refuses
e.g. a strategy under a task) and the page rebuilds the tree from the database.
"""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from seecodesk.core.plan import PlanNode
from seecodesk.core.plan_tree import children_map

NODE_ROLE = Qt.ItemDataRole.UserRole
LATE = QColor("#b00020")
MoveNode = Callable[[int, int | None, int], None]


class PlanTree(QTreeWidget):
    """Shows one plan's nodes; `move_node(node_id, parent_id, index)` is called on drop."""

    def __init__(self, move_node: MoveNode, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.move_node = move_node
        self.setHeaderLabels(["항목", "담당", "상태", "중요"])
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setAccessibleName("실행계획 항목")
        self.setIndentation(14)  # four levels deep; titles need the room more than the indent
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in ((1, 110), (2, 110), (3, 44)):
            self.setColumnWidth(column, width)
        self.nodes: dict[int, PlanNode] = {}

    def show_nodes(self, nodes: list[PlanNode], body_names: dict[int, str], late: dict[int, str],
                   keep: int | None = None) -> None:
        """Rebuild from `nodes`, keeping `keep` (a node id) selected and the open branches open."""
        opened = {item.data(0, NODE_ROLE) for item in self._items() if item.isExpanded()}
        shown_plan = next(iter(self.nodes.values())).plan_id if self.nodes else None
        first_time = not nodes or nodes[0].plan_id != shown_plan  # a newly shown plan opens fully
        self.clear()
        self.nodes = {n.id: n for n in nodes if n.id is not None}
        children = children_map(nodes)
        items: dict[int, QTreeWidgetItem] = {}

        def add(parent_item: QTreeWidgetItem | None, node: PlanNode) -> None:
            item = QTreeWidgetItem([node.label, *self._columns(node, body_names, late)])
            item.setData(0, NODE_ROLE, node.id)
            item.setToolTip(0, node.label)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)
            if node.kind == "strategy":
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
            if node.id in late:
                item.setForeground(2, QBrush(LATE))
            (parent_item.addChild if parent_item else self.addTopLevelItem)(item)
            items[node.id] = item  # type: ignore[index]
            for child in children.get(node.id, []):
                add(item, child)

        for top in children.get(None, []):
            add(None, top)
        for node_id, item in items.items():
            item.setExpanded(first_time and self.nodes[node_id].kind in ("strategy", "task") or node_id in opened)
        if keep in items:
            self.setCurrentItem(items[keep])

    @staticmethod
    def _columns(node: PlanNode, body_names: dict[int, str], late: dict[int, str]) -> list[str]:
        if node.kind != "task" or node.task is None:
            return ["", "", ""]
        status = node.task.status + (f" · {late[node.id]}" if node.id in late else "")  # type: ignore[index]
        return [body_names.get(node.task.body_id or 0, ""), status, node.task.priority]

    def _items(self) -> list[QTreeWidgetItem]:
        found, stack = [], [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            item = stack.pop()
            found.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return found

    def current_node(self) -> PlanNode | None:
        item = self.currentItem()
        return self.nodes.get(item.data(0, NODE_ROLE)) if item is not None else None

    def select_node(self, node_id: int) -> None:
        for item in self._items():
            if item.data(0, NODE_ROLE) == node_id:
                self.setCurrentItem(item)
                return

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        moving = self.current_node()
        target = self.itemAt(event.position().toPoint())
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if moving is None or moving.id is None:
            return
        parent_id, index = self._drop_place(target)
        siblings = [n.id for n in sorted((n for n in self.nodes.values() if n.parent_id == parent_id),
                                         key=lambda n: n.sort_order)]
        if moving.id in siblings and siblings.index(moving.id) < index:
            index -= 1  # the node leaves its old place first
        self.move_node(moving.id, parent_id, index)

    def _drop_place(self, target: QTreeWidgetItem | None) -> tuple[int | None, int]:
        position = self.dropIndicatorPosition()
        if target is None or position == QAbstractItemView.DropIndicatorPosition.OnViewport:
            return None, self.topLevelItemCount()
        target_id = target.data(0, NODE_ROLE)
        if position == QAbstractItemView.DropIndicatorPosition.OnItem:
            return target_id, target.childCount()
        parent = target.parent()
        parent_id = parent.data(0, NODE_ROLE) if parent is not None else None
        row = parent.indexOfChild(target) if parent is not None else self.indexOfTopLevelItem(target)
        return parent_id, row + (1 if position == QAbstractItemView.DropIndicatorPosition.BelowItem else 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        node = self.current_node()
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt and node is not None and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            siblings = sorted((n for n in self.nodes.values() if n.parent_id == node.parent_id),
                              key=lambda n: n.sort_order)
            index = [n.id for n in siblings].index(node.id) + (1 if event.key() == Qt.Key.Key_Down else -1)
            if 0 <= index < len(siblings):
                self.move_node(node.id, node.parent_id, index)  # type: ignore[arg-type]
            return
        super().keyPressEvent(event)
