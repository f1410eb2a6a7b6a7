"""Printing peer consulting papers: the application form (blank or filled) and a match's result report."""

from pathlib import Path

from seecodesk.reports.consulting_form import FormContent, write_form
from seecodesk.reports.consulting_report import ReportContent, write_report
from seecodesk.services.consulting import ConsultingService
from seecodesk.services.settings import network_name


def form_content(service: ConsultingService, app_id: int | None = None) -> FormContent:
    """The network, the field list with ticks, and the application's answers (None for a blank form)."""
    app = service.application(app_id) if app_id is not None else None
    chosen = set(app.field_ids) if app else set()
    fields = [(f.name, f.id in chosen) for f in service.fields(include_inactive=True)
              if f.active or f.id in chosen]
    return FormContent(network=network_name(service.db), fields=fields, application=app)


def print_form(service: ConsultingService, path: str | Path, app_id: int | None = None) -> list[str]:
    """Write the 동료컨설팅 신청서 PDF; returns the fields too long for their cells, continued on the 별지."""
    return write_form(path, form_content(service, app_id))


def report_content(service: ConsultingService, match_id: int) -> ReportContent:
    """What the result report of a match prints."""
    match = service.work.match(match_id)
    app = service.application(match.application_id)
    names = service.field_names()
    return ReportContent(network=network_name(service.db), match=match, application=app,
                         fields=[names[f] for f in app.field_ids if f in names],
                         sessions=service.work.sessions(match_id), report=service.work.report(match_id))


def print_report(service: ConsultingService, match_id: int, path: str | Path) -> Path:
    """Write the 동료컨설팅 결과보고서 PDF of one match."""
    return write_report(path, report_content(service, match_id))
