"""The directory fields a source column can feed, with the header spellings Korean offices use.

A header is matched after folding (no spaces, no punctuation, no parenthesised remark, lower
case), so `사업자등록번호 (-포함 작성)`, `E-mail` and `주 업종` find their field.
"""

import re
import unicodedata

from seecodesk.core.vocab import DESIGNATION_KINDS, DESIGNATION_SUBTYPES

IGNORE = "ignore"

# field key → Korean label, in the order the mapping combo offers them.
FIELD_LABELS: dict[str, str] = {
    "name": "기업명",
    "representative": "대표자",
    "phone": "전화",
    "fax": "팩스",
    "email": "이메일",
    "homepage": "홈페이지",
    "address": "주소",
    "district": "읍면동",
    "business_number": "사업자등록번호",
    "corporation_number": "법인등록번호",
    "legal_form": "법인형태",
    "designations": "인증·지정",
    "industry": "업종",
    "service_field": "주 사업분야",
    "founded_on": "설립일",
    "joined_on": "가입일",
    "left_on": "탈퇴일",
    "is_support_body": "지원기관",
    "news": "요즘 소식",
    "notes": "메모",
    IGNORE: "가져오지 않음",
}

# Fields several columns may feed at once (joined as "열 이름: 값" lines).
MULTI_FIELDS = frozenset({"notes"})

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("기업명", "기관명", "조직명", "회원사명", "회원사", "마을기업명", "자활기업", "자활기업명", "사회적기업명",
             "예비사회적기업명", "협동조합명", "사회적협동조합명", "단체명", "업체명", "상호", "상호명", "법인명",
             "회사명", "기업체명", "명칭", "조직", "기업"),
    "representative": ("대표자", "대표자명", "대표", "대표자성명", "대표이사", "대표자이름"),
    "phone": ("전화", "전화번호", "연락처", "대표전화", "대표번호", "대표연락처", "사무실전화", "tel", "telephone"),
    "fax": ("팩스", "팩스번호", "fax"),
    "email": ("이메일", "이메일주소", "전자우편", "메일", "email", "전자메일"),
    "homepage": ("홈페이지", "홈페이지주소", "웹사이트", "누리집", "url", "website"),
    "address": ("주소", "소재지", "도로명주소", "사업장주소", "사업장소재지", "소재지주소", "지번주소",
                "본점소재지", "본사주소", "소재지도로명주소"),
    "district": ("읍면동", "읍면동명", "행정동", "법정동"),
    "business_number": ("사업자등록번호", "사업자번호", "사업자등록"),
    "corporation_number": ("법인등록번호", "법인번호"),
    "legal_form": ("법인형태", "조직형태", "법인구분", "법인격", "기업형태"),
    "designations": ("인증지정", "인증구분", "인증유형", "지정구분", "인증종류", "사회적경제유형", "사회적경제기업유형",
                     "기업유형", "인증여부"),
    "industry": ("업종", "주업종", "업태", "업종구분", "주요업종"),
    "service_field": ("주사업분야", "사업분야", "주요사업분야"),
    "founded_on": ("설립일", "설립일자", "설립연월일", "설립년월일", "창립일", "개업일"),
    "joined_on": ("가입일", "가입일자", "회원가입일", "가입연월일"),
    "left_on": ("탈퇴일", "탈퇴일자"),
    "is_support_body": ("지원기관", "지원기관여부"),
    "news": ("요즘소식", "소식", "근황"),
    "notes": ("메모", "비고", "참고", "특이사항"),
}
_LOOKUP = {syn: field for field, names in _SYNONYMS.items() for syn in names}

# Columns that are known but carry nothing to keep (running numbers, derived status).
KNOWN_SKIPPED = frozenset({"순번", "연번", "번호", "no", "일련번호", "회원상태", "상태", "최근회비연도", "최근회비원",
                           "최근회비"})

def fold_header(header: str) -> str:
    """Comparison form of a header: NFKC, no parenthesised remark, no spaces or punctuation, lower case."""
    value = unicodedata.normalize("NFKC", header or "").lower()
    value = re.sub(r"\(.*?\)", "", value)
    return re.sub(r"[\s·\u119e.,\-_/*:]", "", value)  # NFKC turns the middle dot ㆍ (U+318D) into U+119E


def field_for_header(header: str) -> str | None:
    """The field a header names, or None when it is not a known spelling."""
    folded = fold_header(header)
    if folded in _LOOKUP:
        return _LOOKUP[folded]
    if folded.startswith("사업자등록번호"):
        return "business_number"
    return None


def is_known_skipped(header: str) -> bool:
    """True for running-number and derived columns, skipped without being reported as unknown."""
    return fold_header(header) in KNOWN_SKIPPED


def designation_of_name_header(header: str) -> str:
    """The designation a file-wide name header implies: 마을기업명 → 마을기업, 자활기업 → 자활기업."""
    folded = fold_header(header)
    for kind in sorted(DESIGNATION_KINDS, key=len, reverse=True):
        if kind in ("협동조합", "사회적협동조합", "지원기관"):
            continue  # 협동조합명 names a legal form, not a designation
        if folded.startswith(kind):
            return kind
    return ""


def parse_designation(token: str) -> tuple[str, str] | None:
    """(kind, subtype) of one written designation such as '인증 사회적기업(일자리제공형)'; None if unknown."""
    folded = fold_header(token.replace("(", " ").replace(")", " "))
    if not folded:
        return None
    for kind in sorted(DESIGNATION_KINDS, key=len, reverse=True):
        if kind in folded:
            if "예비" in folded and f"예비{kind}" in DESIGNATION_KINDS:
                kind = f"예비{kind}"
            subtype = next((s for s in DESIGNATION_SUBTYPES.get(kind, ()) if s in folded), "")
            return kind, subtype
    return None


def split_designations(text: str) -> list[str]:
    """The designations written in one cell, split on commas, slashes, middle dots and line breaks."""
    return [part.strip() for part in re.split(r"[,/·ㆍ;\n+]|\s및\s", text or "") if part.strip()]


def resolve_field(text: str) -> str | None:
    """A field named by the user (`name`, `기업명`, `전화`, `무시` …); None when unknown."""
    value = (text or "").strip()
    if value in FIELD_LABELS:
        return value
    folded = fold_header(value)
    if folded in ("무시", "가져오지않음", "건너뜀", "skip", "none", ""):
        return IGNORE
    for field, label in FIELD_LABELS.items():
        if fold_header(label) == folded:
            return field
    return _LOOKUP.get(folded)


def field_choices_text() -> str:
    """The fields a --map may name, for a Korean help or error line."""
    return ", ".join(f"{label}({key})" for key, label in FIELD_LABELS.items())
