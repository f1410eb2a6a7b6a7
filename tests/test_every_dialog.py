"""Every dialog under seecodesk/gui, found by walking the package, opened on the demo network and driven
with the mouse and keyboard: 저장 with good input closes and stores, with bad input stays open with a
message on screen, 취소 closes and stores nothing (asking first when something was typed).

A dialog class with no recipe below fails `test_every_dialog_has_a_recipe`: adding a dialog means
saying here how a user fills it in. Base classes that other dialogs extend are not opened themselves.
"""

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

import seecodesk.gui
from tests.gui_helpers import YES, answer, click, database_fingerprint, type_in_cell, type_into, when_shown


def discovered_dialogs() -> dict[str, type]:
    """module.Class → class, for every QDialog subclass defined in seecodesk.gui (bases left out)."""
    found: dict[str, type] = {}
    for info in pkgutil.walk_packages(seecodesk.gui.__path__, "seecodesk.gui."):
        if info.name.endswith(".compile"):
            continue  # the form compiler is a script, not part of the window
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == module.__name__:
                found[f"{cls.__module__.removeprefix('seecodesk.gui.')}.{name}"] = cls
    bases = {base for cls in found.values() for base in cls.__mro__[1:]}
    return {key: cls for key, cls in found.items() if cls not in bases}


@dataclass
class Recipe:
    """How a user opens one dialog with demo data, and what good and bad input is."""

    open: Callable  # (workspace, tmp_path) → the dialog, not yet shown
    cancel: str  # the button that closes without storing
    save: str = ""  # the button that stores; "" for a dialog that only shows or chooses
    fill_valid: Callable | None = None  # (qtbot, dialog) types good input
    stored: Callable | None = None  # (workspace, dialog) → True when the input can be read back
    fill_invalid: Callable | None = None  # (qtbot, dialog) types bad input
    error: Callable | None = None  # (dialog) → the label showing the message; None: a message box says it
    why_no_save: str = ""
    asks_before_discarding: bool = True  # False where what is typed is no record (a file name)
    enter_closes: bool = True  # False where Enter saves and keeps the window open (the meeting editor)
    extra: dict = field(default_factory=dict)


# --- how each dialog is opened -----------------------------------------------------------------
def _org(ws, _tmp):
    from seecodesk.gui.members.org_dialog import OrganisationDialog

    return OrganisationDialog(None, ws.members.organisation(1), ws.members.save_organisation)


def _person(ws, _tmp):
    from seecodesk.core.members import Person
    from seecodesk.gui.members.person_dialog import PersonDialog

    return PersonDialog(None, Person(name=""), [(r.id, r.name) for r in ws.members.directory()])


def _products(ws):
    from seecodesk.services.products import ProductService

    return ProductService(ws.db, ws.data_folder)


def _product(ws, _tmp):
    from seecodesk.core.products import Product
    from seecodesk.gui.catalog.product_dialog import ProductDialog

    return ProductDialog(_products(ws), Product(organisation_id=1, name=""))


def _plan_service(ws):
    from seecodesk.services.plan import PlanService

    return PlanService(ws.db)


def _plan(ws, _tmp):
    from seecodesk.core.plan import Plan
    from seecodesk.gui.plan.dialogs import PlanDialog

    return PlanDialog(None, Plan("", "2027-01", "2027-12", "quarter"), _plan_service(ws).save_plan)


def _first_plan(ws):
    return _plan_service(ws).plans()[0]


def _node(ws, _tmp):
    from seecodesk.core.plan import PlanNode
    from seecodesk.gui.plan.dialogs import NodeDialog

    return NodeDialog(None, PlanNode(_first_plan(ws).id, "strategy", ""), _plan_service(ws).save_node)


def _first_task(ws):
    return next(n for n in _plan_service(ws).nodes(_first_plan(ws).id) if n.kind == "task")


def _task(ws, _tmp):
    from seecodesk.gui.plan.task_dialog import TaskDialog

    return TaskDialog(None, _first_task(ws), [], _plan_service(ws).save_node)


def _consulting(ws):
    from seecodesk.services.consulting import ConsultingService

    return ConsultingService(ws.db)


def _mentor(ws, _tmp):
    from seecodesk.core.consulting import MentorOffer
    from seecodesk.gui.consulting.mentor_dialog import MentorDialog

    return MentorDialog(None, _consulting(ws), MentorOffer(organisation_id=0))


def _match_id(ws):
    service = _consulting(ws)
    matched = next(a for a in service.applications() if a.status == "매칭")
    return int(service.work.matches(int(matched.id))[0].id)


def _session(ws, _tmp):
    from seecodesk.gui.consulting.session_dialog import SessionDialog

    work = _consulting(ws).work
    return SessionDialog(None, work.next_session(_match_id(ws)), work.save_session)


def _application(ws, _tmp):
    from seecodesk.gui.consulting.application_dialog import ApplicationDialog

    service = _consulting(ws)
    return ApplicationDialog(None, service, service.applications()[0])


def _meeting_service(ws):
    from seecodesk.services.meetings import MeetingService

    return MeetingService(ws.db)


def _meeting(ws, _tmp):
    from seecodesk.gui.meetings.editor import MeetingDialog

    service = _meeting_service(ws)
    return MeetingDialog(ws, service.meeting(service.meetings()[0].id))


def _carry_over(ws, _tmp):
    from seecodesk.gui.meetings.side_dialogs import CarryOverDialog

    service = _meeting_service(ws)
    candidates = next(c for row in service.meetings() if (c := service.carry_over_candidates(service.meeting(row.id))))
    return CarryOverDialog(candidates)


def _undo_progress():
    import time

    from seecodesk.gui.history.undo_progress import UndoProgressDialog
    from seecodesk.gui.tasks import BackgroundTask

    def work(control):  # a long undo: two seconds, time enough to click 취소, and no more of a worker's time
        for step in range(400):
            control.progress(step // 4, f"{step * 15:,} / 6,000건")
            time.sleep(0.005)

    task = BackgroundTask(work)
    dialog = UndoProgressDialog("가져오기: 회원사 6,000곳", 6000, task)
    task.start()
    return dialog


def _pdf(tmp):
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(tmp / "preview.pdf"))
    canvas.drawString(72, 720, "preview")
    canvas.save()
    return tmp / "preview.pdf"


RECIPES: dict[str, Recipe] = {
    "members.org_dialog.OrganisationDialog": Recipe(
        _org, cancel="취소", save="저장",
        fill_valid=lambda bot, d: type_into(bot, d.ui.representativeEdit, "클릭저장"),
        stored=lambda ws, d: ws.members.organisation(1).representative == "클릭저장",
        fill_invalid=lambda bot, d: type_into(bot, d.ui.businessNumberEdit, "12345"),
        error=lambda d: d.errors.labels["business_number"]),
    # The person form hands the checked person back; the page stores it (test_members_gui_forms clicks that).
    "members.person_dialog.PersonDialog": Recipe(
        _person, cancel="취소", save="확인",
        fill_valid=lambda bot, d: type_into(bot, d.name_edit, "클릭사람"),
        stored=lambda ws, d: d.result_person is not None and d.result_person.name == "클릭사람",
        fill_invalid=lambda bot, d: type_into(bot, d.mobile_edit, "900101-1234567"),
        error=lambda d: d.errors.labels["mobile"]),
    "catalog.product_dialog.ProductDialog": Recipe(
        _product, cancel="취소", save="저장",
        fill_valid=lambda bot, d: type_into(bot, d.ui.nameEdit, "클릭제품"),
        stored=lambda ws, d: any(p.name == "클릭제품" for p in _products(ws).products_of(1)),
        fill_invalid=lambda bot, d: (type_into(bot, d.ui.nameEdit, "클릭제품"), type_into(bot, d.ui.priceEdit, "abc")),
        error=lambda d: d.ui.errorLabel),
    "plan.dialogs.PlanDialog": Recipe(
        _plan, cancel="취소", save="저장",
        fill_valid=lambda bot, d: type_into(bot, d.name, "클릭계획"),
        stored=lambda ws, d: any(p.name == "클릭계획" for p in _plan_service(ws).plans()),
        fill_invalid=lambda bot, d: (type_into(bot, d.name, "클릭계획"), type_into(bot, d.start, "2027Q9")),
        error=lambda d: d.error),
    "plan.dialogs.NodeDialog": Recipe(
        _node, cancel="취소", save="저장",
        fill_valid=lambda bot, d: type_into(bot, d.title, "클릭전략"),
        stored=lambda ws, d: any(n.title == "클릭전략" for n in _plan_service(ws).nodes(_first_plan(ws).id)),
        fill_invalid=lambda bot, d: type_into(bot, d.code, "9"),
        error=lambda d: d.error),
    "plan.task_dialog.TaskDialog": Recipe(
        _task, cancel="취소", save="저장",
        fill_valid=lambda bot, d: type_into(bot, d.ui.titleEdit, "클릭과제"),
        stored=lambda ws, d: _plan_service(ws).node(d.saved.id).title == "클릭과제",
        fill_invalid=lambda bot, d: type_into(bot, d.ui.titleEdit, ""),
        error=lambda d: d.ui.errorLabel),
    "consulting.mentor_dialog.MentorDialog": Recipe(
        _mentor, cancel="취소", save="저장",
        fill_valid=lambda bot, d: (bot.mouseClick(next(iter(d.field_boxes.values())), _left()),
                                   type_into(bot, d.note, "클릭멘토")),
        stored=lambda ws, d: _consulting(ws).mentor(d.saved.id).note == "클릭멘토",
        fill_invalid=lambda bot, d: type_into(bot, d.note, "클릭멘토"),  # no field ticked
        error=lambda d: d.error),
    "consulting.session_dialog.SessionDialog": Recipe(
        _session, cancel="취소", save="저장",
        fill_valid=lambda bot, d: type_into(bot, d.topics, "클릭상담"),
        stored=lambda ws, d: any(s.topics == "클릭상담" for s in _consulting(ws).work.sessions(d.saved.match_id)),
        fill_invalid=lambda bot, d: type_into(bot, d.place, "900101-1234567"),
        error=lambda d: d.error),
    "consulting.application_dialog.ApplicationDialog": Recipe(
        _application, cancel="취소", save="저장",
        fill_valid=lambda bot, d: type_into(bot, d.ui.faxEdit, "041-555-0101"),
        stored=lambda ws, d: _consulting(ws).application(d.saved.id).fax == "041-555-0101",
        fill_invalid=lambda bot, d: type_into(bot, d.ui.emailEdit, "x@"),
        error=lambda d: d.ui.errorLabel),
    "meetings.editor.MeetingDialog": Recipe(
        _meeting, cancel="닫기", save="저장 후 닫기",
        fill_valid=lambda bot, d: type_into(bot, d.header.titleEdit, "클릭회의"),
        stored=lambda ws, d: _meeting_service(ws).meeting(d.saved.id).title == "클릭회의",
        fill_invalid=lambda bot, d: type_into(bot, d.header.placeEdit, "900101-1234567"),
        error=None, enter_closes=False),
    "meetings.side_dialogs.CarryOverDialog": Recipe(
        _carry_over, cancel="취소", save="확인",
        why_no_save="a list of ticks: every choice is valid, and the meeting editor stores the result"),
    "members.export_dialog.MemberExportDialog": Recipe(
        lambda ws, tmp: _export(ws), cancel="닫기", save="내보내기",
        fill_valid=lambda bot, d: type_into(bot, d.path_edit, str(d.tmp / "명단.xlsx")),
        stored=lambda ws, d: (d.tmp / "명단.xlsx").stat().st_size > 0,
        fill_invalid=lambda bot, d: type_into(bot, d.path_edit, str(d.tmp / "없는 폴더" / "명단.xlsx")),
        error=lambda d: d.message, asks_before_discarding=False),
    "members.import_dialog.MemberImportDialog": Recipe(
        lambda ws, tmp: _import(ws), cancel="닫기",
        why_no_save="가져오기 needs a file: test_members_import_gui clicks it with good and bad files"),
    "catalog.products_dialog.ProductsDialog": Recipe(
        lambda ws, tmp: _products_manager(ws), cancel="닫기",
        why_no_save="a manager: each change is stored by the product form (recipe above) or its own button"),
    "catalog.products_dialog.CategoriesDialog": Recipe(
        lambda ws, tmp: _categories(ws), cancel="닫기",
        why_no_save="a manager: each change is stored at once by its button"),
    "plan.print_dialog.SchedulePrintDialog": Recipe(
        lambda ws, tmp: _print(ws), cancel="닫기", why_no_save="a print preview: nothing to store"),
    "widgets.pdf_preview.PdfPreviewDialog": Recipe(
        lambda ws, tmp: _preview(tmp), cancel="닫기", why_no_save="a print preview: nothing to store"),
    "safety.backups_dialog.BackupsDialog": Recipe(
        lambda ws, tmp: _backups(ws), cancel="닫기",
        why_no_save="a manager: 지금 백업, 복원 and 보관 기간 저장 act at once (test_safety_gui clicks them)"),
    "safety.damaged_dialog.DamagedFileDialog": Recipe(
        lambda ws, tmp: _damaged(ws, tmp), cancel="닫기",
        why_no_save="a choice of how to go on: test_safety_gui clicks 복원 and 새로 시작"),
    "history.dialog.RecordHistoryDialog": Recipe(
        lambda ws, tmp: _record_history(ws), cancel="닫기",
        why_no_save="a list of changes: 되살리기 acts at once (test_history_gui clicks it)"),
    "history.dialog.ProgramHistoryDialog": Recipe(
        lambda ws, tmp: _program_history(ws), cancel="닫기",
        why_no_save="a list of changes: 되살리기 acts at once (test_history_gui clicks it)"),
    "privacy.retention_dialog.RetentionDialog": Recipe(
        lambda ws, tmp: _retention(ws), cancel="닫기",
        why_no_save="파기 and 익명화 act at once after a question (test_privacy_gui clicks them)"),
    "history.undo_progress.UndoProgressDialog": Recipe(
        lambda ws, tmp: _undo_progress(), cancel="취소",
        why_no_save="the progress of a long 실행 취소: 취소 stops it with nothing undone (test_undo_gui)"),
    "crash_dialog.CrashDialog": Recipe(
        lambda ws, tmp: _crash(), cancel="닫기", why_no_save="says what went wrong: nothing to store"),
    "help_dialogs.AboutDialog": Recipe(
        lambda ws, tmp: _about(ws), cancel="닫기", why_no_save="정보: nothing to store"),
    "help_dialogs.GuideDialog": Recipe(
        lambda ws, tmp: _guide(), cancel="닫기", why_no_save="사용 안내: nothing to store"),
    "trade.agreement_dialog.AgreementDialog": Recipe(
        lambda ws, tmp: _agreement(ws), cancel="취소",
        why_no_save="test_trade_gui enters agreements and a ceremony by clicking and typing"),
    "trade.ceremony_dialog.CeremonyDialog": Recipe(
        lambda ws, tmp: _ceremony(ws), cancel="취소",
        why_no_save="test_trade_gui enters a ceremony by clicking and typing"),
    "trade.trade_dialog.TradeDialog": Recipe(
        lambda ws, tmp: _trade(ws), cancel="취소",
        why_no_save="test_trade_gui enters a trade, and a bad amount, by clicking and typing"),
    "trade.procurement_dialog.ProcurementDialog": Recipe(
        lambda ws, tmp: _procurement(ws), cancel="취소", save="저장",
        fill_valid=lambda bot, d: (type_into(bot, d.institution.lineEdit(), "클릭기관"),
                                   type_into(bot, d.supplier.lineEdit(), "들꽃공방협동조합"),
                                   type_into(bot, d.amount, "35만")),
        stored=lambda ws, d: _procurement_stored(ws),
        fill_invalid=lambda bot, d: (type_into(bot, d.institution.lineEdit(), "클릭기관"),
                                     type_into(bot, d.amount, "삼십오만")),
        error=lambda d: d.error),
    "trade.procurement_dialog.GoalDialog": Recipe(
        lambda ws, tmp: _goal(ws), cancel="취소", save="저장",
        fill_valid=lambda bot, d: type_into(bot, d.amount, "3억"),
        stored=lambda ws, d: _goal_amount(ws) == 300_000_000,
        fill_invalid=lambda bot, d: type_into(bot, d.amount, "많이"),
        error=lambda d: d.error),
    "plan.spending_dialog.SpendingDialog": Recipe(
        lambda ws, tmp: _spending(ws), cancel="취소", save="저장",
        fill_valid=lambda bot, d: (type_into(bot, d.amount, "43만"), type_into(bot, d.note, "클릭집행")),
        stored=lambda ws, d: _spending_stored(ws, d),
        fill_invalid=lambda bot, d: (type_into(bot, d.amount, "43만"), type_into(bot, d.spent_on, "2026-13-01")),
        error=lambda d: d.error),
    "trade.procurement_dialog.TotalsDialog": Recipe(
        lambda ws, tmp: _totals(ws), cancel="취소", save="저장",
        fill_valid=lambda bot, d: type_in_cell(bot, d.table, 0, 1, "70억"),
        stored=lambda ws, d: _totals_stored(ws),
        fill_invalid=lambda bot, d: type_in_cell(bot, d.table, 0, 1, "=1+1"),
        error=lambda d: d.error),
    "trade.request_dialog.RequestDialog": Recipe(
        lambda ws, tmp: _request(ws), cancel="취소",
        why_no_save="test_trade_gui drives the request list"),
    "trade.import_dialog.TradeImportDialog": Recipe(
        lambda ws, tmp: _trade_import(ws, tmp), cancel="취소", asks_before_discarding=False,
        why_no_save="가져오기 needs a file: test_trade_gui clicks it with good and bad files"),
    "members.people_import_dialog.PeopleImportDialog": Recipe(
        lambda ws, tmp: _people_import(ws, tmp), cancel="취소", asks_before_discarding=False,
        why_no_save="가져오기 needs a file: test_people_lists_gui clicks it with good and bad files"),
    "export.archive_dialog.ArchiveDialog": Recipe(
        lambda ws, tmp: _archive(ws), cancel="닫기", asks_before_discarding=False,
        why_no_save="만들기 writes a zip, no record: test_archive drives the dialog by clicks"),
    "export.trade_export_dialog.TradeExportDialog": Recipe(
        lambda ws, tmp: _trade_export(ws), cancel="닫기", save="내보내기",
        fill_valid=lambda bot, d: type_into(bot, d.path_edit, str(d.tmp / "거래.xlsx")),
        stored=lambda ws, d: (d.tmp / "거래.xlsx").stat().st_size > 0,
        fill_invalid=lambda bot, d: type_into(bot, d.path_edit, str(d.tmp / "없는 폴더" / "거래.xlsx")),
        error=lambda d: d.message, asks_before_discarding=False),
    "dues.settings_dialog.DuesSettingsDialog": Recipe(
        lambda ws, tmp: _dues_settings(ws), cancel="취소", save="저장",
        fill_valid=lambda bot, d: type_into(bot, d.default_edit, "120000"),
        stored=lambda ws, d: _dues_service(ws).settings().rule.default_amount == 120000,
        fill_invalid=lambda bot, d: type_into(bot, d.default_edit, "12만원쯤"),
        error=lambda d: d.error),
    "welcome.WelcomeDialog": Recipe(
        lambda ws, tmp: _welcome(), cancel="끝내기", why_no_save="a choice of how to start: nothing to store"),
}


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def _export(ws):
    from seecodesk.gui.members.export_dialog import MemberExportDialog

    return MemberExportDialog(ws)


def _trade_export(ws):
    from seecodesk.gui.export.trade_export_dialog import TradeExportDialog

    return TradeExportDialog(ws)


def _import(ws):
    from seecodesk.gui.members.import_dialog import MemberImportDialog

    return MemberImportDialog(ws)


def _products_manager(ws):
    from seecodesk.gui.catalog.products_dialog import ProductsDialog

    return ProductsDialog(ws)


def _categories(ws):
    from seecodesk.gui.catalog.products_dialog import CategoriesDialog

    return CategoriesDialog(_products(ws))


def _print(ws):
    from seecodesk.gui.plan.print_dialog import SchedulePrintDialog

    return SchedulePrintDialog(ws, _first_plan(ws), [])


def _preview(tmp):
    from seecodesk.gui.widgets.pdf_preview import PdfPreviewDialog

    return PdfPreviewDialog(_pdf(tmp), "미리보기")


def _backups(ws):
    from seecodesk.gui.safety.backups_dialog import BackupsDialog

    return BackupsDialog(ws.path, history=ws.history)


def _damaged(ws, tmp):
    from seecodesk.gui.safety.damaged_dialog import DamagedFileDialog

    return DamagedFileDialog(ws.path, tmp / "demo.seecodesk.damaged-20260101-120000", None,
                             "database disk image is malformed")


def _record_history(ws):
    from seecodesk.gui.history.dialog import RecordHistoryDialog

    return RecordHistoryDialog(ws, "organisations", 1, ws.members.organisation(1).name)


def _program_history(ws):
    from seecodesk.gui.history.dialog import ProgramHistoryDialog

    return ProgramHistoryDialog(ws)


def _retention(ws):
    from seecodesk.gui.privacy.retention_dialog import RetentionDialog

    return RetentionDialog(ws)


def _crash():
    from seecodesk.gui.crash_dialog import CrashDialog

    return CrashDialog(None, "Traceback (most recent call last):\n  ValueError: 예시", "/tmp/seecodesk.log")


def _about(ws):
    from seecodesk.gui.help_dialogs import AboutDialog

    return AboutDialog(None, ws.path)


def _guide():
    from seecodesk.gui.help_dialogs import GuideDialog

    return GuideDialog()


def _trade_service(ws):
    from seecodesk.services.trade import TradeService

    return TradeService(ws.db, ws.data_folder)


def _agreement(ws):
    from seecodesk.core.trade import Agreement
    from seecodesk.gui.trade.agreement_dialog import AgreementDialog

    service = _trade_service(ws)
    return AgreementDialog(None, Agreement(title="", signed_on="2026-11-02"), service.organisation_names(), service.save_agreement)


def _ceremony(ws):
    from seecodesk.gui.trade.ceremony_dialog import CeremonyDialog

    service = _trade_service(ws)
    return CeremonyDialog(None, service.organisation_names(), service.hold_ceremony)


def _trade(ws):
    from seecodesk.core.trade import Trade
    from seecodesk.gui.trade.trade_dialog import TradeDialog

    service = _trade_service(ws)
    return TradeDialog(None, Trade(buyer_id=0, seller_id=0, traded_on="2026-11-02", item="", amount=0), service.organisation_names(), service.product_names(),
                       service.agreements_between, service.save_trade)


def _procurement(ws):
    from seecodesk.core.figures import ProcurementRecord
    from seecodesk.gui.trade.procurement_dialog import ProcurementDialog
    from seecodesk.services.procurement import ProcurementService

    service = ProcurementService(ws.db)
    return ProcurementDialog(None, ProcurementRecord(year=2026, month=3, institution="", amount=0),
                             _trade_service(ws).organisation_names(), service.institutions(), service.save)


def _goal(ws):
    from seecodesk.gui.trade.procurement_dialog import GoalDialog
    from seecodesk.services.procurement import ProcurementService

    service = ProcurementService(ws.db)
    return GoalDialog(None, service.goal(), service.save_goal)


def _procurement_stored(ws):
    from seecodesk.services.procurement import ProcurementService

    return any(r.institution == "클릭기관" and r.amount == 350_000 for r in ProcurementService(ws.db).records(2026))


def _spending(ws):
    from seecodesk.core.figures import Spending
    from seecodesk.gui.plan.spending_dialog import SpendingDialog
    from seecodesk.services.plan_execution import ExecutionService

    task = next(n for n in _plan_service(ws).nodes(_first_plan(ws).id) if n.kind == "task" and n.task.budget)
    return SpendingDialog(None, Spending(task_id=task.id, budget_item="", amount=0, funding_source=""), task.label,
                          task.task.budget, ExecutionService(ws.db).save_spending)


def _spending_stored(ws, dialog):
    from seecodesk.services.plan_execution import ExecutionService

    return any(e.amount == 430_000 and e.note == "클릭집행" for e in ExecutionService(ws.db).spending(dialog.saved.task_id))


def _totals(ws):
    from datetime import date

    from seecodesk.gui.trade.procurement_dialog import TotalsDialog
    from seecodesk.services.procurement import ProcurementService

    service = ProcurementService(ws.db)
    year = date.today().year - 1
    return TotalsDialog(None, year, service.institution_totals(year), service.save_institution_totals)


def _totals_stored(ws):
    from datetime import date

    from seecodesk.services.procurement import ProcurementService

    totals = ProcurementService(ws.db).institution_totals(date.today().year - 1)
    return next(iter(totals.values())) == 7_000_000_000


def _goal_amount(ws):
    from seecodesk.services.procurement import ProcurementService

    return ProcurementService(ws.db).goal().amount


def _request(ws):
    from seecodesk.core.trade import TradeRequest
    from seecodesk.gui.trade.request_dialog import RequestDialog

    service = _trade_service(ws)
    return RequestDialog(None, TradeRequest(requester_id=0, provider_id=0, received_on="2026-11-02"), service.organisation_names(), service.save_request)


def _trade_import(ws, tmp):
    from seecodesk.gui.trade.import_dialog import TradeImportDialog

    sheet = tmp / "거래.csv"
    sheet.write_text("구매기관,판매기관,거래일,품목,금액\n새벽빵협동조합,은빛인쇄(주),2026-11-02,리플릿,300000\n",
                     encoding="utf-8-sig")
    service = _trade_service(ws)
    return TradeImportDialog(None, service, service.preview_trade_file(sheet))


def _people_import(ws, tmp):
    from seecodesk.gui.members.people_import_dialog import PeopleImportDialog
    from seecodesk.services.people_import import preview_people_file

    sheet = tmp / "사람.csv"
    sheet.write_text("이름,소속 기관,직함\n김새봄,새벽빵협동조합,팀장\n", encoding="utf-8-sig")
    return PeopleImportDialog(None, ws.db, preview_people_file(ws.db, sheet))


def _archive(ws):
    from seecodesk.gui.export.archive_dialog import ArchiveDialog

    return ArchiveDialog(ws)


def _dues_service(ws):
    from seecodesk.services.dues import DuesService

    return DuesService(ws.db)


def _dues_settings(ws):
    from seecodesk.gui.dues.settings_dialog import DuesSettingsDialog

    return DuesSettingsDialog(_dues_service(ws))


def _welcome():
    from seecodesk.gui.welcome import WelcomeDialog

    return WelcomeDialog()


DIALOGS = discovered_dialogs()


def test_every_dialog_has_a_recipe():
    missing = sorted(set(DIALOGS) - set(RECIPES))
    assert not missing, f"dialogs nobody has said how to test (add a recipe in {__name__}): {missing}"
    assert not set(RECIPES) - set(DIALOGS), "recipes for dialogs that no longer exist"
    assert len(DIALOGS) >= 15


def open_dialog(qtbot, workspace, tmp_path, key) -> tuple[Recipe, QDialog]:
    if key not in RECIPES:
        pytest.fail(f"{key} has no recipe: say how a user opens and fills it")
    recipe = RECIPES[key]
    dialog = recipe.open(workspace, tmp_path)
    dialog.tmp = tmp_path
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    qtbot.waitExposed(dialog)
    return recipe, dialog


def on_screen(widget: QWidget) -> bool:
    """Shown, with height, and no hidden parent."""
    return widget.isVisible() and widget.height() > 0 and bool(widget.text().strip()) if hasattr(widget, "text") \
        else widget.isVisible() and widget.height() > 0


@pytest.mark.parametrize("key", sorted(DIALOGS))
def test_save_with_good_input_closes_and_stores(qtbot, workspace, tmp_path, key):
    recipe, dialog = open_dialog(qtbot, workspace, tmp_path, key)
    if not recipe.save:
        assert recipe.why_no_save, f"{key}: say why it has no 저장"
        click(qtbot, dialog, recipe.cancel)
        assert not dialog.isVisible()
        return
    if recipe.fill_valid is None:
        click(qtbot, dialog, recipe.save)
        assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
        return
    recipe.fill_valid(qtbot, dialog)
    click(qtbot, dialog, recipe.save)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert recipe.stored(workspace, dialog)


@pytest.mark.parametrize("key", sorted(DIALOGS))
def test_save_with_bad_input_stays_open_with_a_visible_message(qtbot, workspace, tmp_path, key):
    recipe, dialog = open_dialog(qtbot, workspace, tmp_path, key)
    if recipe.fill_invalid is None:
        assert recipe.why_no_save or not recipe.save, f"{key}: give bad input to try"
        pytest.skip(recipe.why_no_save or "no input")
    before = database_fingerprint(workspace.db)
    recipe.fill_invalid(qtbot, dialog)
    boxes: list[str] = []
    if recipe.error is None:
        when_shown(QMessageBox, lambda box: (boxes.append(box.text()), box.done(0)))
    click(qtbot, dialog, recipe.save)
    if recipe.error is None:
        qtbot.waitUntil(lambda: bool(boxes), timeout=5_000)
        assert boxes[0].strip()
    else:
        label = recipe.error(dialog)
        qtbot.waitUntil(lambda: on_screen(label) and "중…" not in label.text(), timeout=10_000)
        assert label.mapTo(dialog, label.rect().bottomLeft()).y() <= dialog.height(), "message below the window"
    assert dialog.isVisible()
    assert database_fingerprint(workspace.db) == before


@pytest.mark.parametrize("key", sorted(DIALOGS))
def test_cancel_closes_and_stores_nothing(qtbot, workspace, tmp_path, key):
    recipe, dialog = open_dialog(qtbot, workspace, tmp_path, key)
    before = database_fingerprint(workspace.db)
    questions: list[str] = []
    if recipe.fill_valid is not None:
        recipe.fill_valid(qtbot, dialog)
        if recipe.asks_before_discarding:
            answer(qtbot, YES, questions)
    click(qtbot, dialog, recipe.cancel)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    if recipe.save:
        assert dialog.result() == QDialog.DialogCode.Rejected
    if recipe.fill_valid is not None and recipe.asks_before_discarding:
        assert len(questions) == 1, f"{key}: typed input was thrown away without asking"
    assert database_fingerprint(workspace.db) == before


@pytest.mark.parametrize("key", sorted(k for k, r in RECIPES.items() if r.fill_valid))
def test_cancel_without_changes_does_not_ask(qtbot, workspace, tmp_path, key):
    _recipe, dialog = open_dialog(qtbot, workspace, tmp_path, key)
    assert not getattr(dialog, "has_changes", lambda: False)()
    click(qtbot, dialog, RECIPES[key].cancel)
    assert not dialog.isVisible()


@pytest.mark.parametrize("key", sorted(k for k, r in RECIPES.items() if r.fill_valid and r.save))
def test_enter_in_a_field_saves(qtbot, workspace, tmp_path, key):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    recipe, dialog = open_dialog(qtbot, workspace, tmp_path, key)
    recipe.fill_valid(qtbot, dialog)
    field = dialog.focusWidget()
    if not isinstance(field, QLineEdit):
        pytest.skip("the last field typed into takes Enter as a new line")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    if recipe.enter_closes:
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
        assert dialog.result() == QDialog.DialogCode.Accepted
    else:
        qtbot.waitUntil(lambda: getattr(dialog, "saved", None) is not None, timeout=10_000)
        assert dialog.isVisible()
    assert recipe.stored(workspace, dialog)


@pytest.mark.parametrize("key", sorted(k for k, r in RECIPES.items() if r.fill_valid and r.asks_before_discarding))
def test_escape_after_typing_asks_and_no_keeps_the_form(qtbot, workspace, tmp_path, key):
    from PySide6.QtCore import Qt

    from tests.gui_helpers import NO

    recipe, dialog = open_dialog(qtbot, workspace, tmp_path, key)
    recipe.fill_valid(qtbot, dialog)
    questions = answer(qtbot, NO)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(questions), timeout=5_000)
    assert dialog.isVisible(), f"{key}: Esc threw the typed input away"


def raw_mnemonics(dialog: QDialog) -> list[str]:
    """Visible labels that print their shortcut marker: '장소(&P)' with no field to jump to shows the '&'."""
    import re

    from PySide6.QtCore import Qt
    from PySide6.QtGui import Qt as GuiQt
    from PySide6.QtWidgets import QLabel

    def plain(label: QLabel) -> bool:
        shown = label.textFormat()
        return shown == Qt.TextFormat.PlainText or (shown == Qt.TextFormat.AutoText
                                                    and not GuiQt.mightBeRichText(label.text()))

    return [label.text() for label in dialog.findChildren(QLabel)
            if label.isVisible() and plain(label) and label.buddy() is None
            and re.search(r"(?<!&)&(?!&)\w", label.text())]


@pytest.mark.parametrize("key", sorted(DIALOGS))
def test_no_label_shows_its_shortcut_marker(qtbot, workspace, tmp_path, key):
    _recipe, dialog = open_dialog(qtbot, workspace, tmp_path, key)
    assert raw_mnemonics(dialog) == [], f"{key}: labels show '&' on screen and their Alt key goes nowhere"
