"""Demo products and services with prices and generated photos, for most demo organisations.

Photos are drawn with Pillow (coloured shapes and the product's first letter) and written to
the data folder beside the database file (`<stem>_files/photos/`). The demo writer builds the
file as `<name>.part` and renames it afterwards, so the folder is named after the final file and
the stored paths are relative to it.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image, ImageDraw, ImageFont

from seecodesk.core.products import Product
from seecodesk.paths import font_file
from seecodesk.reports.catalog_photos import prepare_print_copies
from seecodesk.services.products import PHOTO_DIR
from seecodesk.services.settings import set_setting
from seecodesk.storage import products as store

if TYPE_CHECKING:
    import sqlite_utils

SERVICE_CATEGORIES = {"교육서비스", "체험학습", "문화예술·행사", "돌봄·사회서비스", "청소·방역·세탁",
                      "집수리·환경·에너지", "디자인·인쇄·미디어", "공간대여·기타"}
CATEGORY_COLOURS = {
    "식품·먹거리": (246, 214, 160), "농산물·전통식품": (198, 226, 170), "생활용품·공예": (236, 200, 214),
    "교육서비스": (186, 212, 240), "체험학습": (206, 232, 200), "문화예술·행사": (226, 204, 240),
    "돌봄·사회서비스": (250, 220, 200), "청소·방역·세탁": (200, 232, 236), "집수리·환경·에너지": (222, 214, 190),
    "디자인·인쇄·미디어": (214, 214, 232), "공간대여·기타": (230, 226, 214),
}
SOCIAL = {
    "jobs": "취약계층 일자리 제공", "local": "지역 농가와 상생", "care": "돌봄 공백 해소",
    "green": "탄소 줄이기와 자원순환", "youth": "청년 일자리와 지역 정착", "elder": "어르신 일자리",
}
# organisation → (name, category, price, unit, price note, season, differentiator, social value key, 수의계약, certifications)
PRODUCTS = {
    "(주)햇살두레푸드": (
        ("국산콩 손두부", "식품·먹거리", 4500, "500g", "", "연중", "가람시 국산콩 100%, 당일 생산 당일 배송", "jobs", True, "HACCP"),
        ("두부과자 선물세트", "식품·먹거리", 18000, "1세트", "", "명절", "비지를 버리지 않고 구운 저당 과자", "green", False, ""),
        ("학교급식 두부 납품", "식품·먹거리", None, "", "물량에 따라 협의", "연중", "새벽 생산·냉장 차량 배송", "jobs", True, "HACCP"),
    ),
    "솔내들영농조합법인": (
        ("솔내 딸기잼", "농산물·전통식품", 9000, "300g", "", "연중", "무농약 딸기와 유기농 설탕만 사용", "local", True, "친환경인증"),
        ("생딸기 체험 꾸러미", "체험학습", 15000, "1인", "", "1~4월", "딸기 따기와 잼 만들기를 한 번에", "local", False, ""),
        ("딸기잼 선물세트", "농산물·전통식품", 25000, "3병", "", "명절", "지역 작가가 그린 포장", "local", False, ""),
    ),
    "가람돌봄사회적협동조합": (
        ("방문요양 서비스", "돌봄·사회서비스", None, "", "장기요양등급에 따라 본인부담", "연중", "요양보호사가 조합원인 협동조합", "care", False, ""),
        ("어르신 말벗 돌봄", "돌봄·사회서비스", 20000, "1회(2시간)", "", "연중", "같은 선생님이 꾸준히 방문", "care", True, ""),
    ),
    "은하마을협동조합": (
        ("마을식당 단체 도시락", "식품·먹거리", 9000, "1개", "", "연중", "마을 할머니들이 짓는 집밥", "elder", True, ""),
        ("은하마을 하룻밤 숙박", "공간대여·기타", 80000, "1박(4인)", "", "연중", "한옥 민박과 마을 산책", "local", False, ""),
    ),
    "들꽃공방협동조합": (
        ("천연염색 체험", "체험학습", 25000, "1인", "단체 20명 이상 할인", "연중", "쪽·감물로 손수건을 물들입니다", "local", True, ""),
        ("쪽염색 스카프", "생활용품·공예", 38000, "1장", "", "연중", "화학 염료 없이 세 번 물들임", "green", False, ""),
        ("기념품 손수건 주문 제작", "생활용품·공예", 7000, "1장", "100장 이상", "연중", "행사 로고를 천연염색으로", "local", True, ""),
    ),
    "(주)바른청소": (
        ("공공기관 청소 용역", "청소·방역·세탁", None, "", "현장 방문 후 견적", "연중", "자활 참여자가 전문 교육 후 근무", "jobs", True, "직접생산확인"),
        ("입주 청소", "청소·방역·세탁", 12000, "1평", "", "연중", "친환경 세제만 사용", "jobs", False, ""),
    ),
    "가람집수리(주)": (
        ("저소득층 집수리", "집수리·환경·에너지", None, "", "사업비에 따라 협의", "연중", "단열·도배·장판까지 한 번에", "jobs", True, ""),
        ("도배·장판 시공", "집수리·환경·에너지", 45000, "1평", "", "연중", "친환경 자재, 1년 무상 보수", "jobs", True, ""),
    ),
    "새벽빵협동조합": (
        ("우리밀 식빵", "식품·먹거리", 5500, "1개", "", "연중", "우리밀과 천연발효종", "jobs", False, ""),
        ("회의용 간식 꾸러미", "식품·먹거리", 4000, "1인", "30인분 이상 주문", "연중", "발달장애인 제빵사가 굽는 빵", "jobs", True, ""),
        ("명절 쿠키 선물세트", "식품·먹거리", 22000, "1세트", "", "명절", "수제 쿠키 12종", "jobs", False, ""),
    ),
    "푸른손자연학교": (
        ("숲 체험 프로그램", "체험학습", 12000, "1인", "", "3~11월", "숲 해설가 2인이 한 반을 맡습니다", "youth", True, ""),
        ("교사 환경교육 연수", "교육서비스", 300000, "1회(3시간)", "", "연중", "학교 교육과정과 연계", "green", True, ""),
    ),
    "(주)다온문화기획": (
        ("찾아가는 공연", "문화예술·행사", 1500000, "1회", "", "연중", "지역 예술인 5인조 국악·재즈", "youth", True, ""),
        ("축제·행사 기획 대행", "문화예술·행사", None, "", "규모에 따라 견적", "연중", "기획부터 무대·음향까지", "youth", True, ""),
    ),
    "황토골마을": (
        ("황토 고구마", "농산물·전통식품", 25000, "5kg", "", "9~11월", "황토밭에서 키워 달고 촉촉함", "local", False, "GAP"),
        ("고구마 수확 체험", "체험학습", 10000, "1인", "", "9~10월", "수확한 고구마는 가져갑니다", "local", False, ""),
    ),
    "가람로컬푸드협동조합": (
        ("로컬푸드 꾸러미", "농산물·전통식품", 30000, "1상자", "정기배송 할인", "연중", "그 주에 난 제철 채소 8가지", "local", True, ""),
        ("공공급식 식자재 공급", "식품·먹거리", None, "", "물량에 따라 협의", "연중", "가람시 농가 120곳과 계약 재배", "local", True, "GAP"),
    ),
    "함께걷는길(주)": (
        ("교통약자 이동 지원", "돌봄·사회서비스", 5000, "1회(시내)", "", "연중", "휠체어 리프트 차량 6대", "care", True, ""),
        ("단체 행사 차량 운행", "공간대여·기타", 250000, "1일", "", "연중", "45인승 버스 기사 포함", "jobs", True, ""),
    ),
    "나눔세탁협동조합": (
        ("요양원 세탁 대행", "청소·방역·세탁", 1200, "1kg", "", "연중", "수거부터 배달까지, 위생 소독 포함", "jobs", True, ""),
        ("이불 빨래 서비스", "청소·방역·세탁", 15000, "1채", "", "연중", "고온 살균 건조", "jobs", False, ""),
    ),
    "별빛도서공방": (
        ("그림책 만들기 수업", "교육서비스", 200000, "1회(10명)", "", "연중", "아이들이 직접 만든 책을 제본해 드립니다", "youth", True, ""),
        ("마을 그림책", "생활용품·공예", 15000, "1권", "", "연중", "가람시 옛이야기를 담은 그림책", "local", False, ""),
    ),
    "(주)초록에너지": (
        ("미니 태양광 설치", "집수리·환경·에너지", 550000, "1대(350W)", "보조금 적용 전", "연중", "설치 후 5년 무상 점검", "green", True, "KS인증"),
        ("에너지 진단 컨설팅", "집수리·환경·에너지", None, "", "문의", "연중", "건물 단열·전기 사용 진단", "green", True, ""),
    ),
    "솔내누리마을": (
        ("저온압착 들기름", "농산물·전통식품", 18000, "350ml", "", "연중", "솔내면 들깨를 그날 짜서 보냄", "local", False, "전통식품인증"),
        ("볶은 참깨", "농산물·전통식품", 12000, "300g", "", "연중", "국산 참깨 100%", "local", False, ""),
    ),
    "(주)온누리케어": (
        ("장애인 활동지원", "돌봄·사회서비스", None, "", "바우처 이용", "연중", "활동지원사 60명, 24시간 연락", "care", False, ""),
        ("돌봄 종사자 교육", "교육서비스", 400000, "1회(4시간)", "", "연중", "현장 경력 10년 이상 강사", "care", True, ""),
    ),
    "가람공동육아협동조합": (
        ("공동육아 나눔터", "돌봄·사회서비스", 50000, "1개월", "", "연중", "부모가 함께 운영하는 돌봄 공간", "care", False, ""),
        ("부모 교육 강좌", "교육서비스", 250000, "1회", "", "연중", "놀이 중심 육아 상담", "care", True, ""),
    ),
    "들녘한과영농조합법인": (
        ("전통 유과 선물세트", "농산물·전통식품", 35000, "1세트", "", "설·추석", "찹쌀을 직접 띄워 만드는 유과", "elder", True, "전통식품인증"),
        ("약과", "농산물·전통식품", 12000, "20개", "", "연중", "조청으로 재운 수제 약과", "elder", False, "HACCP"),
        ("한과 만들기 체험", "체험학습", 18000, "1인", "", "연중", "명인과 함께 만드는 한과", "elder", False, ""),
    ),
    "은빛인쇄(주)": (
        ("친환경 인쇄물 제작", "디자인·인쇄·미디어", None, "", "부수에 따라 견적", "연중", "콩기름 잉크와 재생 용지", "jobs", True, "환경표지인증"),
        ("현수막 제작", "디자인·인쇄·미디어", 25000, "1장(5m)", "", "연중", "당일 출력, 수거 후 재활용", "green", True, ""),
        ("리플릿 디자인", "디자인·인쇄·미디어", 300000, "1종", "", "연중", "사회적경제 조직 디자인 경험 다수", "jobs", True, ""),
    ),
    "가람목공협동조합": (
        ("어린이 목공 교실", "체험학습", 20000, "1인", "", "연중", "편백나무 작은 의자 만들기", "youth", True, ""),
        ("원목 도마", "생활용품·공예", 32000, "1개", "", "연중", "지역 간벌목을 살린 도마", "green", False, ""),
    ),
    "꿈터지역아동센터협동조합": (
        ("방과후 돌봄", "돌봄·사회서비스", None, "", "무료(대상 기준 있음)", "연중", "오후 8시까지 급식과 학습 지도", "care", False, ""),
        ("아동 인권 교육", "교육서비스", 150000, "1회", "", "연중", "놀이로 배우는 아동 권리", "care", True, ""),
    ),
    "가람시니어클럽카페": (
        ("핸드드립 커피 케이터링", "식품·먹거리", 3000, "1잔", "50잔 이상", "연중", "어르신 바리스타가 행사장에서 내려 드립니다", "elder", True, ""),
        ("원두 선물세트", "식품·먹거리", 16000, "200g×2", "", "연중", "공정무역 생두를 매장에서 로스팅", "elder", False, ""),
    ),
    "(주)맑은물환경": (
        ("방역 소독", "청소·방역·세탁", 80000, "1회(100평)", "", "연중", "인체 무해 약품, 소독증명서 발급", "jobs", True, ""),
        ("물탱크 청소", "청소·방역·세탁", None, "", "용량에 따라 견적", "연중", "수질 검사 결과까지 보고", "jobs", True, ""),
    ),
    "은하골수제맥주협동조합": (
        ("가람 보리 에일", "식품·먹거리", 6000, "500ml", "", "연중", "은하면 보리로 빚은 수제맥주", "local", False, ""),
        ("양조장 견학", "체험학습", 15000, "1인", "성인만", "연중", "시음과 보리밭 산책", "local", False, ""),
    ),
    "한울장터협동조합": (
        ("사회적경제 선물 꾸러미", "공간대여·기타", None, "", "3만·5만·10만 원 구성", "명절", "회원사 제품을 골라 담는 꾸러미", "local", True, ""),
        ("장터 부스 대여", "공간대여·기타", 30000, "1일", "", "주말", "천막·테이블 포함", "local", False, ""),
    ),
}


COARSE_PHOTO = 4  # the demo's one photo below 150 dpi at its printed size


def populate(db: sqlite_utils.Database, rng: random.Random) -> None:
    """2–3 products with prices for most demo organisations; photos next to the database file."""
    photos = _photo_folder(db)
    ids = {name: org_id for org_id, name in db.execute("SELECT id, name FROM organisations WHERE deleted_at IS NULL")}
    count = 0
    for org_name, items in PRODUCTS.items():
        if org_name not in ids:
            continue
        for order, spec in enumerate(items, start=1):
            count += 1
            photo = (_draw_photo(photos, f"demo_{count:03d}.jpg", spec[0], spec[1], rng, small=count == COARSE_PHOTO)
                     if photos else "")
            store.insert_product(db, _product(ids[org_name], order, spec, photo))
    if photos:
        set_setting(db, "catalog.logo", _draw_logo(photos))


def _product(org_id: int, order: int, spec: tuple, photo: str) -> Product:
    name, category, price, unit, note, season, difference, social, procurement, certs = spec
    return Product(
        organisation_id=org_id, name=name, category=category,
        kind="서비스" if category in SERVICE_CATEGORIES else "상품", price=price, unit=unit, price_note=note,
        season=season, differentiator=difference, social_value=SOCIAL[social], photo=photo,
        procurement_eligible=procurement, certifications=certs, sort_order=order,
    )


def _photo_folder(db: sqlite_utils.Database) -> Path | None:
    """`<stem>_files/photos/` beside the database file, named after the file once `.part` is dropped."""
    main = next((row[2] for row in db.execute("PRAGMA database_list") if row[1] == "main"), "")
    if not main:
        return None
    path = Path(main)
    if path.suffix == ".part":
        path = path.with_suffix("")
    folder = path.parent / f"{path.stem}_files" / PHOTO_DIR
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _draw_photo(folder: Path, file_name: str, name: str, category: str, rng: random.Random, small: bool = False) -> str:
    """A small JPEG: a soft background, a few shapes and the product's first letter (`small`: a 160×120 copy,
    like a picture forwarded from a chat, which the catalog screen flags as too coarse to print)."""
    width, height = 480, 360
    base = CATEGORY_COLOURS.get(category, (220, 220, 220))
    image = Image.new("RGB", (width, height), base)
    draw = ImageDraw.Draw(image)
    for _ in range(5):
        shade = tuple(max(0, min(255, c + rng.randint(-50, 30))) for c in base)
        x, y, r = rng.randint(0, width), rng.randint(0, height), rng.randint(40, 130)
        (draw.ellipse if rng.random() < 0.6 else draw.rectangle)((x - r, y - r, x + r, y + r), fill=shade)
    accent = tuple(int(c * 0.45) for c in base)
    draw.rounded_rectangle((150, 90, 330, 270), radius=36, fill=(255, 255, 255), outline=accent, width=6)
    font = ImageFont.truetype(str(font_file("NanumGothicBold.ttf")), 120)
    draw.text((240, 184), name[:1], font=font, fill=accent, anchor="mm")
    if small:
        image = image.resize((160, 120))
    image.save(folder / file_name, "JPEG", quality=80, optimize=True)
    prepare_print_copies(folder / file_name, folder.parent)  # as saving a product does: the first catalog finds them ready
    return f"{PHOTO_DIR}/{file_name}"


def _draw_logo(folder: Path) -> str:
    """The network's (invented) logo: a green circle with a sprout and the name, transparent PNG."""
    image = Image.new("RGBA", (1100, 240), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((10, 10, 230, 230), fill=(30, 107, 92, 255))
    draw.ellipse((60, 70, 125, 150), fill=(244, 185, 138, 255))
    draw.ellipse((115, 60, 185, 140), fill=(255, 255, 255, 255))
    draw.rectangle((114, 130, 126, 200), fill=(255, 255, 255, 255))
    bold = ImageFont.truetype(str(font_file("NanumGothicBold.ttf")), 84)
    small = ImageFont.truetype(str(font_file("NanumGothic.ttf")), 34)
    draw.text((260, 120), "가람 사회적경제", font=bold, fill=(30, 107, 92, 255), anchor="ls")
    draw.text((264, 180), "GARAM SOCIAL ECONOMY NETWORK", font=small, fill=(90, 107, 102, 255), anchor="ls")
    image = image.crop(image.getbbox())
    image.save(folder / "logo.png", "PNG", optimize=True)
    return f"{PHOTO_DIR}/logo.png"
