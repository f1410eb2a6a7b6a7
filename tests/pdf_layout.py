"""What a reader of a printed page would catch, measured from the PDF itself (pdfplumber):
text printed over text, text struck through by a table's rules, and each word's count."""

from collections import Counter
from pathlib import Path

import pdfplumber

SLACK = 0.8  # points: a rule touching a letter's box edge does not strike it


def _drawn_chars(page) -> list[dict]:
    """Visible characters: no spaces, no invisible text (the check boxes' ActualText carriers)."""
    return [c for c in page.chars if c["text"].strip() and c.get("text_render_mode", 0) != 3 and c["upright"]]


def _overlap(a: dict, b: dict) -> float:
    width = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
    height = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
    return width * height if width > 0 and height > 0 else 0.0


def _overprinted(chars: list[dict]) -> list[str]:
    found = []
    ordered = sorted(chars, key=lambda c: c["x0"])
    for index, a in enumerate(ordered):
        for b in ordered[index + 1:]:
            if b["x0"] >= a["x1"]:
                break
            smaller = min((a["x1"] - a["x0"]) * (a["bottom"] - a["top"]), (b["x1"] - b["x0"]) * (b["bottom"] - b["top"]))
            if _overlap(a, b) > 0.25 * smaller:
                found.append(f"'{a['text']}' over '{b['text']}' at ({a['x0']:.0f}, {a['top']:.0f})")
    return found


def _struck(chars: list[dict], edges: list[dict]) -> list[str]:
    found = []
    for edge in edges:
        if edge.get("orientation") not in ("h", "v"):
            continue  # a curve's segment (the cover's circles), not a rule
        horizontal = edge["orientation"] == "h"
        for c in chars:
            if horizontal:
                crossed = (c["top"] + SLACK < edge["top"] < c["bottom"] - SLACK
                           and edge["x0"] < c["x1"] - SLACK and edge["x1"] > c["x0"] + SLACK)
            else:
                crossed = (c["x0"] + SLACK < edge["x0"] < c["x1"] - SLACK
                           and edge["top"] < c["bottom"] - SLACK and edge["bottom"] > c["top"] + SLACK)
            if crossed:
                found.append(f"'{c['text']}' struck by a {'horizontal' if horizontal else 'vertical'} rule "
                             f"at ({c['x0']:.0f}, {c['top']:.0f})")
    return found


def print_faults(pdf: Path) -> list[str]:
    """Every place, page by page, where text is printed over text or crossed by a rule ([] on a clean PDF)."""
    faults = []
    with pdfplumber.open(pdf) as document:
        for number, page in enumerate(document.pages, start=1):
            chars = _drawn_chars(page)
            faults += [f"p.{number}: {fault}" for fault in _overprinted(chars) + _struck(chars, page.edges)]
    return faults


def line_boxes_overlap(pdf: Path) -> list[str]:
    """Pairs of text lines (as pdfplumber groups them) whose boxes overlap on a page."""
    found = []
    with pdfplumber.open(pdf) as document:
        for number, page in enumerate(document.pages, start=1):
            lines = page.extract_text_lines(return_chars=False)
            for index, a in enumerate(lines):
                for b in lines[index + 1:]:
                    if _overlap(a, b) > 1.0:
                        found.append(f"p.{number}: '{a['text'][:20]}' / '{b['text'][:20]}'")
    return found


def words(pdf: Path) -> Counter[str]:
    """How often each space-separated word is printed in the whole PDF."""
    counts: Counter[str] = Counter()
    with pdfplumber.open(pdf) as document:
        for page in document.pages:
            counts.update(w["text"] for w in page.extract_words(keep_blank_chars=False, use_text_flow=True))
    return counts


def page_count(pdf: Path) -> int:
    """Number of pages."""
    with pdfplumber.open(pdf) as document:
        return len(document.pages)


def page_text(pdf: Path, number: int) -> str:
    """The text of page `number` (from 1)."""
    with pdfplumber.open(pdf) as document:
        return str(document.pages[number - 1].extract_text())
