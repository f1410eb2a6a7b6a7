"""The city's files opened by another program: preset XLSX and CP949 CSV converted to PDF by LibreOffice
(headless), with the program's own Nanum fonts, and their text read back. Skipped where LibreOffice or
pdftotext is not installed; the XLSX print settings are checked everywhere."""

import shutil
import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from seecodesk.cli.main import main

LAST_YEAR = date.today().year - 1
FONTS = Path(__file__).resolve().parents[1] / "resources" / "fonts"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_libreoffice = pytest.mark.skipif(SOFFICE is None or shutil.which("pdftotext") is None,
                                       reason="LibreOffice (soffice) or pdftotext is not installed")


def _convert(tmp_path, source: Path, infilter: str = "") -> Path:
    """`source` as PDF, converted by LibreOffice with a private profile and the Nanum fonts."""
    config = tmp_path / "fonts.conf"
    config.write_text(f'<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                      f'<include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>{FONTS}</dir>'
                      f'<cachedir>{tmp_path / "fc-cache"}</cachedir></fontconfig>', encoding="utf-8")
    command = [SOFFICE, f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}", "--headless"]
    command += [f"--infilter={infilter}"] if infilter else []
    out = tmp_path / "pdf"
    command += ["--convert-to", "pdf", "--outdir", str(out), str(source)]
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "FONTCONFIG_FILE": str(config)}
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=100)
    return out / f"{source.stem}.pdf"


def _text(pdf: Path, page: int | None = None) -> str:
    """The PDF's text (one page, or all)."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(["pdftotext", "-layout", *pages, str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout


def test_preset_xlsx_prints_landscape_one_page_wide_with_the_header_repeated(demo_path, tmp_path):
    out = tmp_path / "공공구매.xlsx"
    assert main(["export", "report", "procurement", str(out), "--db", str(demo_path), "--year", str(LAST_YEAR)]) == 0
    for sheet in openpyxl.load_workbook(out).worksheets:
        assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
        assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.print_title_rows == "$3:$3"


@needs_libreoffice
def test_libreoffice_reads_the_xlsx_with_every_column_on_the_first_page(demo_path, tmp_path):
    out = tmp_path / "procurement.xlsx"
    assert main(["export", "report", "procurement", str(out), "--db", str(demo_path), "--year", str(LAST_YEAR)]) == 0
    first_page = _text(_convert(tmp_path, out), page=1)
    assert f"공공구매 실적 ({LAST_YEAR}년)" in first_page
    header = next(line for line in first_page.splitlines() if "구매 기관" in line)
    assert header.split()[-1] == "관내", "the last column spilled onto another page"
    assert "가람시청" in first_page and "수의계약" in first_page


@needs_libreoffice
def test_libreoffice_reads_the_cp949_csv_in_hangul(demo_path, tmp_path):
    out = tmp_path / "plan.csv"
    assert main(["export", "report", "plan", str(out), "--db", str(demo_path), "--year", str(LAST_YEAR + 1),
                 "--encoding", "cp949"]) == 0
    # 44 = comma, 34 = double quote, 62 = LibreOffice's number for the MS949 (CP949) character set
    text = _text(_convert(tmp_path, out, "Text - txt - csv (StarCalc):44,34,62"))  # a CSV prints portrait
    assert "실행과제" in text and "집행 시비" in text and "합계" in text
