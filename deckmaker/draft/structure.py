"""The heading hierarchy of a guidance document, recovered from its numbering."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

from ..i18n import _
from .reader import CITES_SOURCE, NOTED_TITLE, POSTED_BY, UPPER_LETTERS

_CHAPTER = re.compile(r"^(?:CHƯƠNG|Chương)\s+([IVXLC]+|\d+)\s*[.:\-–]?\s*(.*)$")
_ARTICLE = re.compile(r"^Điều\s+(\d+)\s*(?:[.:]\s*(.*))?$")
# "II." and, in text whose case was lost on the way ("Ii. mục đích yêu cầu"), "Ii."
_ROMAN = re.compile(r"^([IVXLC][ivxlcIVXLC]*)\s*[-.–]\s+(.+)$")
_DOTTED = re.compile(r"^(\d+(?:\.\d+)+)\s*[-.–]?\s+(.+)$")
_ARABIC = re.compile(r"^(\d+)\s*[-.–]\s+(.+)$")
_LETTER = re.compile(r"^([a-zđ])\s*[-.)]\s+(.+)$")
# "b. 1. Nguồn vốn ngân sách Trung ương …", "a.2) …": items numbered under a lettered item
_LETTER_SUB = re.compile(r"^([a-zđ])\s*\.\s*(\d{1,2})\s*[.)]\s+(.+)$")
# "A. Thực hiện nhiệm vụ công tác tháng 02 năm 2010", "B. Nhiệm vụ …": parts above the Roman
# numerals (not 'I.', 'V.', 'X.', which number)
_PART = re.compile(r"^([A-HĐ])\s*[.\-–]\s+(.+)$")
_PAREN = re.compile(r"^\((\d+)\)\s+(.+)$")
# "* Về thu ngân sách:" then "1. …", "2. …"; "* Về chi ngân sách:" then "1. …": an unnumbered
# head that groups numbered items (their numbering starts again under the next one)
_STAR = re.compile(r"^\*\s+([^.;:]{2,60}):$")
_DASH = re.compile(r"^[-–+•*]\s+(.+)$")
# a Markdown heading without a number, its marks kept by the reader ('## Dân số'): a heading at
# its level ('md2'), numbered or not
_MD = re.compile(r"^(#{1,6})\s+(\S.*)$")
# a footnote set under the text, its number a superscript ('¹ Quyết định số 598/QĐ-TTg …'): what
# it says goes to the notes, never a bullet
_FOOTNOTE = re.compile(r"^[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*\S")
# a news text's byline at its end: one to three capitalised words, no stop ('Tấn Lê')
# ('À-Ỹ' spans lower-case letters too, 'ở đây': the upper-case letters only)
_BYLINE_END = re.compile(
    rf"^(?:[{UPPER_LETTERS}]\.\s?){{0,3}}(?:[{UPPER_LETTERS}][^\W\d_]*\s?){{1,3}}$"
)
"""A byline: 'Tấn Lê', 'Ty Na', an initial before the name ('M.Văn', 'N. T. Hà')."""
# "1.1. Nhiệm vụ …", "2.3 - Chi dự phòng …": a sub-numbered item that reads as prose
_DOTTED_ITEM = re.compile(r"^(\d{1,2}(?:\.\d{1,2})+)\.?\s*[-–]?\s+(?=[A-ZĐÀ-Ỹ])(.+)$")
# an amount spelled out after its digits: "(Bằng chữ: Ba nghìn bảy trăm …)", "(bằng chữ …)", or a
# paragraph "Bằng chữ: …" of its own; the digits say it, a slide never spells it
_SPELLED = re.compile(r"\s*\(\s*bằng chữ\b[^()]*\)|^\s*bằng chữ\s*:.*$", re.IGNORECASE)
# the rule of dashes (or underscores) a letterhead draws under a line, typed on its line
_RULE = re.compile(r"^\s*[-–_=*]{3,}\s*|\s*[-–_=*]{3,}\s*$")
_NUMBER = re.compile(
    r"^Số\s*:?\s*(\d+(?:\s*/\s*\d{4})?\s*[-–/]\s*[A-ZĐ][A-ZĐ0-9]*(?:\s*[-–/]\s*[A-ZĐ0-9]+)*)\s*$",
    re.IGNORECASE,
)
_DATE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
_DATE_LINE = re.compile(
    r"^(?:[^\d,;:.]{2,40},\s*)?[Nn]gày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\W*$"
)
_UNDATED = re.compile(r"^([^\d,;:.]{2,40}),\s*ngày\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\W*$")
_PLACE = re.compile(r"^([^\d,;:.]{2,40}),\s*ngày\s+\d")
# the national motto and its rules: part of every state letterhead, never of the deck (its name
# may be broken over two lines, as a table's cell wraps it: 'CỘNG HÒA XÃ HỘI', 'CHỦ NGHĨA VIỆT
# NAM')
_MOTTO = re.compile(
    r"^(?:(?:NƯỚC\s+)?CỘNG\s+H[ÒO]A\s+X[ÃA]\s+H[ỘO]I(?:\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆE]T\s+NAM)?"
    r"|CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆE]T\s+NAM"
    r"|Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc|ĐẢNG CỘNG SẢN VIỆT NAM|[-–_=*.\s]+)$",
    re.IGNORECASE,
)
_ISSUER = re.compile(
    r"^(?:Hội đồng nhân dân|Ủy ban nhân dân|Uỷ ban nhân dân|UBND|HĐND|Tỉnh ủy|Tỉnh uỷ|Thủ tướng"
    r"|Chính phủ|Quốc hội|Văn phòng Chính phủ|Ban Thường vụ|Ban Chấp hành)\b"
)
_RESOLVE = re.compile(r"^(?:QUYẾT NGHỊ|Quyết nghị|QUYẾT ĐỊNH|Quyết định|CHỈ THỊ)\s*:\s*$")
_END = re.compile(r"^(Nơi nhận|T/M\b|K/T\b|TM\.|KT\.|T/L\b|TL\.)", re.IGNORECASE)
# an annex's head after the closing matter ('PHỤ LỤC 03 (SỬA ĐỔI)', 'Phụ lục I', 'PHỤ LỤC'): one
# short line, no sentence ('Phụ lục số 01 kèm theo Nghị quyết … như sau:' is text)
_ANNEX = re.compile(
    r"^(?:PHỤ LỤC|Phụ lục)(?:\s+(?:SỐ|số)\s*)?\s*([0-9]{1,3}[a-z]?|[IVX]{1,5})?\b\s*"
    r"(\([^()]{1,40}\))?\s*[.:]?\s*$"
)
# the signer's title in capitals, then the name: "CHỦ TỊCH     Huỳnh Tấn Việt" (no 'TM.' before
# it); in capitals only, as a sentence 'Chủ tịch UBND tỉnh chỉ đạo …' is content
_SIGNER = re.compile(
    r"^(?:PHÓ\s+)?(?:CHỦ TỊCH|BÍ THƯ|GIÁM ĐỐC|TRƯỞNG BAN|THỦ TƯỚNG|BỘ TRƯỞNG|CHÁNH VĂN PHÒNG)"
    r"(?:\s+[A-ZĐÀ-Ỹ][^\s,;:.]*){0,4}\s*$"
)
# a news text's byline ("Bài và ảnh: NGUYỄN VĂN SƠN", "Tin, ảnh: …"): who wrote it, not content
_BYLINE = re.compile(r"^(?:Bài|Tin|Ảnh|Bài và ảnh|Bài, ảnh|Tin và ảnh|Tin, ảnh)\s*:\s*[^.;]{2,50}$")
# the news agency opening a news text: "(HBĐT) - Sáng 13/1, …", "BTNO - UBND thị xã …", "TPO -
# Tối 24/3, …", "(kontumtv.vn) – Huyện Sa Thầy …", "(Phù Ninh)-Ngày 30/6/2022 …", "GD&TĐ - Sở …"
_DATELINE = re.compile(
    r"^(?:\([A-ZĐ]{2,10}\)\s*|\([^()\d]{2,25}\)\s*"
    r"|(?!(?:UBND|HĐND|MTTQ|BCH|SỞ|TW|ĐBQH)\s)[A-ZĐ]{1,6}(?:&[A-ZĐ]{1,4})?(?<=\w\w)\s+)"
    r"[-–]\s*(?=[A-ZĐÀ-Ỹ(])"
)
# a web page's furniture, never the text's: its date stamp ("Cập nhật ngày: 11/06/2023 - 18:10",
# "Cập nhật: 20:22, 30/12/2019 (GMT+7)") and an illustration's caption ("Ảnh minh họa (Sưu tầm:
# Nguồn Website)", "… ưu tiên phát triển các kỹ thuật mới (Ảnh minh họa).")
_PAGE_FURNITURE = re.compile(
    r"^Cập nhật(?: ngày)?\s*[:,]\s*[^.]{0,40}\d{1,2}/\d{1,2}/\d{4}[^.]{0,20}$"
    r"|^Ảnh minh h(?:ọa|oạ)\b[^.]{0,80}$|^[^.]{0,300}\(Ảnh minh h(?:ọa|oạ)\)\.?$"
)
# what a news page sets around its text, on a line of its own (session 24): its date-and-time
# stamp, labelled or not, with a weekday, a zone and the page's view counter ('Thứ hai - 01/07/2024
# 09:11', '01/07/2024 | 09:11 GMT+7', 'Cập nhật, 05:55, Thứ Năm, 12/01/2023 (GMT+7)', '20:03
# 11-12-2023 | :155', 'Ngày đăng: 05/06/2025 15:50', 'Tin tức sự kiện 21 Tháng Năm 2015 9:25:00
# SA', 'Thứ Năm, 16/03/2017, 14:45 [GMT+7]', a site's 'quantri gửi vào T6, 2018-01-12 07:50':
# who posted it, the weekday abridged, the date written year first), its counters ('Lượt xem:
# 21', 'Bình luận · 360 Lượt xem') and its buttons ('Chia sẻ', 'In bài'). A line made of these
# parts alone (``_page_stamp``); not a letterhead's 'ngày 15 tháng 10 năm 2020', which dates the
# document
_STAMP_DATE = (
    r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}"
    r"|(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?!\d)"
    r"|\d{1,2}\s+tháng\s+(?:một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười(?:\s+một|\s+hai)?)"
    r"\s*,?\s+(?:năm\s+)?\d{4}"
)
_STAMP_TIME = r"\d{1,2}\s*[:h]\s*\d{2}(?:\s*:\s*\d{2})?(?:\s*(?:SA|CH|AM|PM)(?!\w))?"
_STAMP_SHOWN = re.compile(
    rf"{_STAMP_DATE}|{_STAMP_TIME}"
    r"|^[(\[]?\s*(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*[)\]]?$"  # a zone, alone
    r"|(?:\d+\s*)?(?:lượt\s+(?:xem|đọc|truy\s+cập)|số\s+lượt(?:\s+người)?\s+xem)(?:\s*:\s*\d+)?"
    r"|\|\s*:\s*\d+"
    r"|(?<!\w)(?:chia\s+sẻ|in\s+bài|bản\s+in|gửi\s+bài|lưu\s+bài|bình\s+luận|cỡ\s+chữ"
    r"|xem\s+với\s+cỡ\s+chữ|về\s+đầu\s+trang|facebook|zalo|twitter)(?!\w)",
    re.IGNORECASE,
)
_STAMP_LABEL = re.compile(
    r"(?<!\w)(?:(?:ngày\s+)?cập\s+nhật(?:\s+(?:lúc|ngày))?|(?:ngày|giờ|thời\s+gian)\s+đăng(?:\s+tải)?"
    r"|đăng\s+(?:ngày|lúc|tải)|(?:ngày\s+)?xuất\s+bản|thời\s+gian\s+ký|tin\s+tức\s+sự\s+kiện"
    r"|ngày|lúc|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|T[2-7]|CN"
    rf"|{POSTED_BY}"
    r"|[(\[]?\s*(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*[)\]]?|[+-]0?7:00)(?!\w)",
    re.IGNORECASE,
)
_STAMP_REST = re.compile(r"[\s,.|·:;()\-–—/•+]*")


def _page_stamp(text: str) -> bool:
    """A line that is only a news page's date stamp, view counter or buttons (see
    ``_STAMP_SHOWN``): page furniture, never a bullet. A table's row ('| … |') is none."""
    text = text.strip().strip("_*").strip()
    if not text or text.startswith("|") or not _STAMP_SHOWN.search(text):
        return False
    rest = _STAMP_LABEL.sub(" ", _STAMP_SHOWN.sub(" ", text))
    return _STAMP_REST.fullmatch(rest) is not None


# who wrote or gave a news text, on a line of its own: 'CTV: Hoàng Thông', 'CTV Trang Nhung',
# 'PV: …', 'Tác giả: Minh Tuấn', 'Nguồn: Bộ TT &TT' (under a picture), 'Châu Nga sưu tầm (Nguồn:
# Báo Phú Yên Online)': set aside (the review remark names it), never a bullet. 'Nguồn:
# https://…', where the text was copied from, stays: the notes keep it (reader's
# ``CITES_SOURCE``)
_CREDIT = re.compile(
    r"^(?:(?:CTV|PV|BTV|Nhóm PV|Nhóm phóng viên)\s*[:.]?\s+(?=[A-ZĐÀ-Ỹ])"
    r"|(?:Tác giả|Người viết|Phóng viên|Biên tập|Nguồn(?: tin| ảnh)?)\s*:\s*)[^.;:]{2,60}\.?$"
    r"|^[^.;:\d]{2,40}\s(?:sưu tầm|tổng hợp)\s*(?:\(\s*Nguồn\s*:[^().;:]{2,60}\))?$"
)
# what closes a news page after its text: where it came from ('Theo Báo Đắk Nông điện tử', 'Theo
# http://baodaknong.org.vn', 'Theo Cổng Thông tin điện tử Chính phủ') and its link ('Link bài viết
# gốc: https://…', 'Nguồn Hà Nội TV: https://…'); a source only at the end, after the text
# ('Theo đó, …' opens a sentence)
_CLOSING_SOURCE = re.compile(
    r"^Theo\s+(?:https?://\S+|(?:www\.)?[\w-]+(?:\.[\w-]+)+/?\S*"
    r"|(?=[A-ZĐÀ-Ỹ])[^\W\d][^,;:.!?\d]{2,70})$"
    r"|^(?:Link|Đường dẫn)(?: bài viết| bài)?(?: gốc)?\s*:\s*https?://\S+$"
    r"|^Nguồn\s+[^\W\d][^:;.]{1,40}:\s*https?://\S+$",  # 'Nguồn Hà Nội TV: https://…'
)


# a photo's caption: 'Quang cảnh Hội nghị', 'Toàn cảnh buổi làm việc', 'Quang cảnh Đại hội … nhiệm
# kỳ 2025-2030. (Ảnh: Vương Trang)' (compose's ``_CAPTION`` reads one among the slides' lines by it)
OPENING_CAPTION = re.compile(r"^(?:Quang cảnh|Toàn cảnh)\b(?:\W*\w+){0,20}\W*$")
_DOC_TYPES = (
    "HƯỚNG DẪN", "KẾ HOẠCH", "BÁO CÁO", "NGHỊ QUYẾT", "CHỈ THỊ", "THÔNG BÁO KẾT LUẬN",
    "THÔNG BÁO", "ĐỀ CƯƠNG TUYÊN TRUYỀN", "ĐỀ CƯƠNG", "QUYẾT ĐỊNH", "TỜ TRÌNH", "CHƯƠNG TRÌNH",
    "ĐỀ ÁN", "KẾT LUẬN",
)  # fmt: skip
# how a document of each type is cited in a figure's source
_CITED = {"HƯỚNG DẪN": "HD"}
_ACRONYMS = {"UBND", "HĐND", "MTTQ", "BCH", "TW", "TƯ", "ĐBQH", "BTG", "KT-XH", "ĐCSVN"}
_PLACE_WORDS = ("tỉnh", "thành phố", "huyện", "thị xã", "quận")
_NOT_NAME = {
    "năm", "về", "đến", "và", "của", "trong", "theo", "lần", "khóa", "khoá", "nhiệm", "giai",
    "tổ", "gieo",  # 'XÃ LỆ MỸ TỔ CHỨC …', 'HUYỆN ĐAM RÔNG GIEO TRỒNG …': what the body does
}  # fmt: skip
_ORG_IN_TEXT = re.compile(r"(Ban [^,;:]*?(?:tỉnh|Tỉnh ủy|Khối))\s+(?:xây dựng|ban hành|hướng dẫn)")
# a heading's count of the items it lists, in brackets at its end: 'Mục tiêu chung (6 mục tiêu)',
# '… đến năm 2030 (16 mục tiêu)': it tells how long the list under it is, no figure to present
# (a card '14 mục tiêu', a title cut at its bracket)
_ITEM_COUNT = re.compile(
    r"\s*\(\s*(?:gồm\s+)?\d{1,3}\s+"
    r"(?:mục tiêu|chỉ tiêu|nhiệm vụ|giải pháp|nội dung|nhóm\s[^()]{1,30})\s*\)(?=[\s:.;]*$)",
    re.IGNORECASE,
)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


@dataclass(frozen=True)
class Paragraph:
    """A body paragraph; ``marker`` is '-', '(3)' or '2' for list and numbered items, else ''."""

    text: str
    marker: str = ""
    sub: bool = False
    """An item of a list inside a list item: '+ Chi đầu tư từ …' under '- Chi đầu tư phát triển
    chưa phân bổ: …'."""
    said: str = ""
    """The line as the document writes it, when ``text`` is part of it (the rest of a numbered
    item whose run-in head became a heading): the notes quote it whole."""


@dataclass(frozen=True)
class Heading:
    """A numbered heading with its own paragraphs and sub-headings.

    ``path`` is the full item number as cited, e.g. ``II.2.2a``; ``review`` holds doubts.
    """

    kind: str
    number: str
    path: str
    title: str
    paragraphs: tuple[Paragraph, ...]
    children: tuple[Heading, ...]
    review: tuple[str, ...] = ()


@dataclass(frozen=True)
class Document:
    """A guidance document: front matter and numbered headings, without signature or recipients."""

    title: str
    number: str
    doc_type: str
    organization: str
    date: str
    intro: tuple[str, ...]
    headings: tuple[Heading, ...]
    review: tuple[str, ...] = ()
    place: str = ""
    cover_date: str = ""
    """The date the title slide shows where the text has no date line of its own (``date``
    empty): a news page's stamp under its title, a resolution's last words. Never the year the
    text reports on (a year-end report's page is dated in January of the next)."""
    noted_title: str = ""
    """The page's title as the note of whoever copied the text names it ('# title: …',
    ``reader.NOTED_TITLE``): the deck's title where the text has none of its own."""
    copied_from: tuple[str, ...] = ()
    """The lines above the text that say where it was copied from, an address alone ('source:
    https://…', ``reader.CITES_SOURCE``): set apart once, by ``parse``, never a line of the
    text (no headline, no letterhead, no bullet); the opening slide's notes keep them."""

    @property
    def cited(self) -> str:
        """How a figure's source names this document: 'Kế hoạch 0204/KH-UBND', 'HD 25-HD/BTGDUK'."""
        return cited_as(self.doc_type, self.number, self.organization, "")


# an issuer as a letterhead or a text names it ('Ủy ban nhân dân tỉnh Phú Yên', 'Đảng ủy Chính
# phủ', 'Sở Công thương tỉnh Lâm Đồng'), not a headline taken for one ('Lãnh đạo huyện … gặp
# mặt …') nor a letterhead's row with the motto run into it
_ISSUER_NAME = re.compile(
    r"^(?:Hội đồng nhân dân|Ủy ban nhân dân|Uỷ ban nhân dân|UBND|HĐND|Tỉnh [ủu]y|Huyện [ủu]y"
    r"|Thành [ủu]y|Thị [ủu]y|Đảng [ủu]y|Đảng bộ|Thủ tướng|Chính phủ|Quốc hội|Văn phòng|Ban|Bộ"
    r"|Sở|Cục|Tổng cục|Chi cục|Hội|Mặt trận|Ủy ban Mặt trận|Liên đoàn|Đoàn)\b"
)
_ISSUER_WORDS = 10
_SHORT_ISSUER = (
    ("Ủy ban nhân dân", "UBND"), ("Uỷ ban nhân dân", "UBND"), ("Hội đồng nhân dân", "HĐND"),
)  # fmt: skip
CITED_TITLE_CHARS = 70
"""A document named by its title in a source line: at most this long."""


def issuer_cited(organization: str) -> str:
    """The issuer as a source line names it ('UBND tỉnh Phú Yên' of 'Ủy ban nhân dân tỉnh Phú
    Yên'), or '' when ``organization`` names no issuer."""
    org = " ".join(organization.split())
    if (
        not _ISSUER_NAME.match(org)
        or re.search(r"cộng\s+h[òo]a|chủ\s+nghĩa", org, re.IGNORECASE)
        or len(org.split()) > _ISSUER_WORDS
    ):
        return ""
    for long, short in _SHORT_ISSUER:
        if org.startswith(long):
            return short + org[len(long) :]
    return org


def cited_as(doc_type: str, number: str, organization: str, title: str) -> str:
    """How a figure's or a chart's source names the document, as the 'Nguồn:' line of a
    briefing slide does: its type and number ('Kế hoạch 0204/KH-UBND'); with no number, its type
    and issuer ('Nghị quyết HĐND tỉnh Gia Lai'); with no type, its issuer ('UBND tỉnh Phú Yên'),
    else its title (a news text's headline); 'Văn bản' only when nothing names it."""
    name = _CITED.get(doc_type) or sentence_case(doc_type)
    issuer = issuer_cited(organization)
    if name and number:
        return f"{name} {number}"
    if name or issuer:
        return " ".join(w for w in (name, issuer) if w)
    title = " ".join(title.split()).rstrip(" .:;,")
    if title and len(title) <= CITED_TITLE_CHARS:
        return title
    if title:
        cut = title[: title.rfind(" ", 0, CITED_TITLE_CHARS)].rstrip(" ,;:-–")
        return f"{cut}…"
    return "Văn bản"


@dataclass
class _Open:
    kind: str
    number: str
    path: str
    title: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    children: list[_Open] = field(default_factory=list)
    review: list[str] = field(default_factory=list)

    def freeze(self) -> Heading:
        return Heading(
            self.kind,
            self.number,
            self.path,
            self.title,
            tuple(self.paragraphs),
            tuple(c.freeze() for c in self.children),
            tuple(self.review),
        )


# a date in a news page's stamp under its title ('27/07/2022', 'Cập nhật: Thứ Hai, 01/07/2019
# 06:46', 'Ngày cập nhật 06/12/2019')
_STAMPED_ON = re.compile(r"(?<!\d)(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*((?:19|20)\d{2})(?!\d)")
_STAMPED_ISO = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?!\d)")  # '2018-01-12'
_STAMP_HEAD = 4
_SIGNED_AT = re.compile(r"^(?:thời\s+gian\s+ký|ký\s+bởi)\b", re.IGNORECASE)
"""The page's date stamp is among the text's first paragraphs, under its title."""


def _page_dated(paragraphs: list[str]) -> tuple[str, str]:
    """The date (YYYY-MM-DD) and the line of a news page's date stamp set under its title
    (a line of its own, before the text's first paragraph: '27/07/2022', 'Cập nhật: Thứ Hai,
    01/07/2019 06:46'); ('', '') when the page has none. A date inside a sentence ('Chiều
    15/01/2021, Sở …', 'Căn cứ Luật … ngày 26/11/2003') is never the page's."""
    for p in paragraphs[:_STAMP_HEAD]:
        text = p.strip()
        if _SIGNED_AT.match(text):
            continue  # when the portal signed its copy ('Thời gian ký: 12.12.2017'): not the page's
        if _page_stamp(text) or _PAGE_FURNITURE.match(text):
            if m := _STAMPED_ON.search(text):
                day, month, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
            elif iso := _STAMPED_ISO.search(text):
                year, month, day = (int(g) for g in iso.groups())
            else:
                continue
            if 1 <= month <= 12 and 1 <= day <= 31:
                return f"{year}-{month:02d}-{day:02d}", " ".join(text.split())
        elif len(text) > 200:
            break  # the text has begun
    return "", ""


_HEADLINE_STOP = re.compile(r"^[^.!?]{20,200}[^.\s]\.$")


def _headline_stopped(paragraphs: list[str], stamp: str) -> list[str]:
    """``paragraphs`` with the stop taken off the end of the page's headline, the first line
    (after the copier's 'source: …') with the page's date stamp right under it ('Ông Lâm Văn
    Mật, … dự Kỳ họp thứ 5, khóa XIX, HĐND xã Giáp Sơn.' over 'quantri gửi vào T6, 2018-01-12
    07:50'): one sentence set apart as the page's title, never the text's first sentence,
    though the page ends it with a stop."""
    if not stamp:
        return paragraphs
    if len(paragraphs) < 2 or " ".join(paragraphs[1].split()) != stamp:
        return paragraphs
    head = paragraphs[0].strip()
    if not _HEADLINE_STOP.match(head):
        return paragraphs
    return [head[:-1], *paragraphs[1:]]


# a resolution's (a law's) last words, which date it: 'Nghị quyết này đã được Quốc hội … khoá XIV,
# kỳ họp thứ 4 thông qua ngày 13 tháng 11 năm 2017.' ('này': its own, never one it cites, 'Nghị
# quyết 244/2025/QH15 thông qua ngày 13/11/2025')
_PASSED = re.compile(
    r"(?:Nghị quyết|Luật|Pháp lệnh) này (?:đã )?được [^.;()]{0,250}?thông qua (?:vào )?ngày\s+"
    r"(?:(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})|(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4}))"
)


def _passed_on(paragraphs: list[str]) -> tuple[str, str]:
    """The date (YYYY-MM-DD) a resolution was passed, as its last words say it, and those words;
    ('', '') when it says none."""
    m = _PASSED.search(" ".join(" ".join(p.split()) for p in paragraphs))
    if not m:
        return "", ""
    day, month, year = (int(g) for g in (m.groups()[:3] if m.group(1) else m.groups()[3:]))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return "", ""
    return f"{year}-{month:02d}-{day:02d}", m.group(0)


def parse(paragraphs: list[str]) -> Document:
    """Split paragraphs into front matter, a heading tree and the (dropped) closing matter."""
    noted = ""
    if paragraphs and (m := NOTED_TITLE.match(paragraphs[0])):
        noted, paragraphs = m.group(1).strip(), paragraphs[1:]
    # the copier's 'source: https://…' above the text: set apart here, for every step after
    copied = list(itertools.takewhile(CITES_SOURCE.match, paragraphs))
    paragraphs = paragraphs[len(copied) :]
    stamped, stamp = _page_dated(paragraphs)
    paragraphs = _headline_stopped(paragraphs, stamp)
    passed, passing = _passed_on(paragraphs)
    paragraphs = [
        _DATELINE.sub("", p)
        for p in paragraphs
        if not _BYLINE.match(p.strip())
        and not _PAGE_FURNITURE.match(p.strip())
        and not _page_stamp(p)
    ]
    paragraphs = [_bulleted_head(p) for p in paragraphs]
    paragraphs, asides = _asides(paragraphs)
    # a photo's caption over a news text's lead ('Quang cảnh hội nghị tại điểm cầu …'): an aside,
    # never its title (``_asides`` takes captions between two paragraphs)
    while paragraphs and OPENING_CAPTION.match(paragraphs[0].strip()):
        asides.insert(0, paragraphs.pop(0).strip())
    paragraphs, md_title = _md_title(paragraphs)
    half = len(paragraphs) // 2
    signed = next((i for i, p in enumerate(paragraphs) if i > half and _signed(p)), len(paragraphs))
    whole = paragraphs
    paragraphs = _lead_in_heads(paragraphs[:signed])
    first = next((i for i, p in enumerate(paragraphs) if _heading(p)), len(paragraphs))
    body = paragraphs[first:]
    end = next((i for i, p in enumerate(body) if _END.match(p)), len(body))
    # an annex after the signature and the list of recipients ('PHỤ LỤC 03 (SỬA ĐỔI)' then its
    # title and its table of rates): part of the document, each annex a part of its own
    closing = first + end  # (in ``whole`` too: the lead-in heads only mark their lines)
    annex = next((i for i in range(closing, len(whole)) if _ANNEX.match(whole[i])), None)
    # the document a decision or resolution issues, after its signature: its title in capitals,
    # '(Ban hành kèm theo Nghị quyết số 12/NQ-CP …)', then its own text (a programme, a plan,
    # a regulation: the substance; the articles before it only issue it), a part of its own
    issued = _issued_document(whole, closing, annex)
    attached: tuple[int, str] | None = None
    if issued is not None:
        at, title = issued
        attached = (end, title)
        body = body[:end] + _lead_in_heads(whole[at:annex])
        end = len(body)
    body = body[:end] + (_lead_in_heads(whole[annex:]) if annex is not None else [])
    end = len(body)
    front = _front(paragraphs[:first], noted)
    front["cover_date"] = ""
    if passed and not front["date"]:
        # no date line: a resolution's last words date it
        front["cover_date"] = passed
        front["review"].append(
            _("date taken from the resolution's last words: {line}").format(
                line=_said(passing, end=True)
            )
        )
    if stamped and not front["date"] and not front["cover_date"]:
        # no letterhead dates it: the page's stamp does (the title slide shows its month)
        front["cover_date"] = stamped
        front["review"].append(
            _("date taken from the page's date stamp under its title: {line}").format(line=stamp)
        )
    if md_title and not front["title"]:
        front["doc_type"] = front["doc_type"] or _typed_title(md_title)
        front["title"] = md_title
        if front["doc_type"] and md_title.upper().startswith(front["doc_type"] + " "):
            # 'BÁO CÁO Kết quả triển khai …': the type is the document's, the rest its title
            rest = md_title[len(front["doc_type"]) :].strip()
            front["title"] = rest[:1].upper() + rest[1:]
        front["review"] = [
            r for r in front["review"] if r != _("no title found after the document type line")
        ]
    if asides:
        front["review"].append(
            _("left out of the slides as footnotes, photo captions or a byline: {value}").format(
                value=" | ".join(asides)
            )
        )
    names = proper_names(paragraphs)
    # a title or an issuer written in capitals names its organs and people as the text does
    # ('KẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ PHẠM MINH CHÍNH' -> '… Thủ tướng Chính phủ Phạm Minh
    # Chính', 'SỞ TÀI CHÍNH' -> 'Sở Tài chính')
    for key in ("title", "organization"):
        front[key] = recased(front[key], names)
    root = _Open("root", "", "", "")
    stack: list[_Open] = [root]
    heads = _run_in_kinds(body[:end])
    for index, text in enumerate(body[:end]):
        if attached is not None and index == attached[0]:
            del stack[1:]
            node = _Open("annex", "", "", recased(attached[1], names))
            root.children.append(node)
            stack.append(node)
        text = _SPELLED.sub("", text).strip()
        if not text:
            continue
        head = _heading(text)
        rest = ""
        if head is None and (run_in := _run_in_item(text)) and run_in[0][0] in heads:
            # "b) Phát triển đội tàu biển: Cần khẩn trương …." then paragraphs: the item's
            # run-in head is a heading; what it says, its first paragraph
            head, rest = run_in
        if head is None:
            head = _next_item(text, stack)
        if head is None:
            stack[-1].paragraphs.append(_paragraph(text))
            continue
        kind, number, title = head
        title = _ITEM_COUNT.sub("", title)
        kinds = [o.kind for o in stack]
        if kind in kinds:
            del stack[kinds.index(kind) :]
        if kind.startswith("md"):
            # '## Đô thị' after '### …' under '## Dân số': a Markdown heading closes every
            # heading under one of its level or above
            closed = [i for i, o in enumerate(stack) if o.kind.startswith("md") and o.kind >= kind]
            if closed:
                del stack[closed[0] :]
        if kind == "annex":
            del stack[1:]  # an annex is a part of the document, under no article or item
        parent = stack[-1]
        node = _Open(kind, number, _path(parent, kind, number), title)
        if kind == "article":
            # "Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.": the
            # article's sentence is its content; its title is the article number
            prose = title.endswith(".") or ". " in title or len(title) > 100
            # "Điều 3. Thông qua các giải pháp …; các giải pháp tại … sau đây:": a long title
            # that opens the article's items is its title still (shortened on the slide)
            prose = prose and not (title.endswith(":") and ". " not in title)
            node.title = f"Điều {number}" if prose or not title else f"Điều {number}. {title}"
            if prose:
                node.paragraphs.append(_paragraph(title))
        previous = parent.children[-1] if parent.children else None
        if previous and (previous.kind == "star" or previous.kind.startswith("md")):
            previous = None  # "* Về chi ngân sách:" then "1.": numbering starts again
        expected = (
            _ordinal(kind, previous.number) + 1
            if previous and kind != "star" and not kind.startswith("md")
            else 1
        )
        if kind.startswith("md"):
            pass  # a Markdown heading has no number to check
        elif kind not in ("star", "annex") and _ordinal(kind, number) != expected:
            node.review.append(
                _("numbering goes from {value} to {number}; check this heading's level").format(
                    value=previous.number, number=number
                )
                if previous
                else _(
                    "numbering goes from nothing to {number}; check this heading's level"
                ).format(number=number)
            )
        if rest:
            node.paragraphs.append(replace(_paragraph(rest), said=text))
        parent.children.append(node)
        stack.append(node)
    review = list(front.pop("review"))
    if root.paragraphs:
        review.append(_("text between the front matter and the first heading was kept as intro"))
    return Document(
        headings=tuple(c.freeze() for c in root.children),
        intro=tuple(front.pop("intro")) + tuple(p.text for p in root.paragraphs),
        review=tuple(review),
        noted_title=noted,
        copied_from=tuple(copied),
        **front,
    )


# 'DỰ THẢO BÁO CÁO …': a draft of a document of its type
_DRAFT = re.compile(r"^(?:DỰ THẢO|Dự thảo)\s+")


def _md_title(paragraphs: list[str]) -> tuple[list[str], str]:
    """The document's title and ``paragraphs`` without it, for a text that sets its title as
    its one Markdown heading of the top level ('## DỰ THẢO BÁO CÁO Kết quả …' over numbered
    parts): a document has one title, its sections come two or more to a level. ('', the
    paragraphs as they are) for none. A draft's mark ('DỰ THẢO') is no part of the title."""
    levels = [len(m.group(1)) for p in paragraphs if (m := _MD.match(p))]
    if not levels:
        return paragraphs, ""
    top = min(levels)
    if levels.count(top) != 1 or levels[0] != top:
        return paragraphs, ""
    at = next(i for i, p in enumerate(paragraphs) if _MD.match(p))
    if any(_heading(p) for p in paragraphs[:at]):
        return paragraphs, ""
    title = _DRAFT.sub("", _MD.sub(r"\2", paragraphs[at]).strip())
    return paragraphs[:at] + paragraphs[at + 1 :], title


# a lettered sub-head set as a list item ('* a) Tại Trung ương:', '* b) Tại các bộ, ngành, địa
# phương'): one short line, no stop
_BULLETED_HEAD = re.compile(r"^[*•+–-]\s+([a-zđ]\)\s+[^.;]{3,200}?)\s*:?$")


def _bulleted_head(text: str) -> str:
    """'a) Tại Trung ương' for a lettered sub-head set as a list item ('* a) Tại Trung ương:'):
    the head of the items under it, read as 'a)' is, never a bullet of the head before it."""
    m = _BULLETED_HEAD.match(text.strip())
    if m is None or len(m.group(1).split()) > 25:
        return text
    return m.group(1)


def _unemphasised(text: str) -> str:
    """A line without the Markdown emphasis around it ('_Nguồn: Bộ TT &TT_')."""
    return text.strip().strip("_*").strip()


def _asides(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """``paragraphs`` without what is set beside the text, and those: footnotes ('¹ Quyết định số
    598/QĐ-TTg …'); in a text with no headings (a news article), its photo captions (a short line
    between two paragraphs, no figure, no stop at its end: 'Toàn cảnh buổi làm việc') and its
    byline (a last line of one to three capitalised words: 'Tấn Lê', 'M.Văn', or two or three
    under the headline: 'Ty Na'); in any text, a credit
    (``_CREDIT``: 'CTV Trang Nhung', 'Nguồn: Bộ TT &TT') and the sources and link closing it
    (``_CLOSING_SOURCE``: 'Theo Báo Đắk Nông điện tử'), the byline then the line before them."""
    kept: list[str] = []
    asides: list[str] = []
    news = not any(_heading(p.strip()) for p in paragraphs)
    n = len(paragraphs)
    head = 0  # the headline: the first line (the copier's 'source: …' set apart by ``parse``)
    # the credits, sources and link that close the text ('Theo Báo Đắk Nông điện tử', 'Tác giả:
    # Thục Vy', 'Link bài viết gốc: …'): its byline, if any, is the line before them
    closing = n
    while closing > 0 and (
        _CLOSING_SOURCE.match(t := _unemphasised(paragraphs[closing - 1])) or _CREDIT.match(t)
    ):
        closing -= 1
    for i, p in enumerate(paragraphs):
        text = p.strip()
        if _FOOTNOTE.match(text):
            asides.append(" ".join(text.replace("*", " ").split()))
            continue
        if i >= closing or _CREDIT.match(_unemphasised(text)):
            asides.append(_unemphasised(text))
            continue
        if news and i == closing - 1 and i >= 3 and _BYLINE_END.match(text):
            asides.append(text)
            continue
        if (
            news
            and i == head + 1
            and n > head + 3
            and not paragraphs[head].rstrip().endswith((".", ":", ";"))
            and len(text.split()) >= 2
            and not text.isupper()  # 'TỈNH THANH HÓA' under 'ỦY BAN NHÂN DÂN': a letterhead's
            and _BYLINE_END.match(text)
        ):
            # the byline under the headline ('Ty Na'), before the lead
            asides.append(text)
            continue
        if (
            news
            and 1 <= i < n - 1
            and kept
            and kept[-1].rstrip().endswith((".", "…"))
            and text[-1:].isalpha()
            and len(text.split()) <= 40
            and not re.search(r"\d", text)
            and not _paragraph(text).marker
        ):
            asides.append(text)
            continue
        kept.append(p)
    return kept, asides


# an amount: '6.131.420', '977,45', '12%', '59 tỷ đồng' (a year or a count of places is none)
_AMOUNT = re.compile(r"\d{1,3}(?:\.\d{3})+|\d+,\d+|\d\s*%|\d\s*(?:triệu|tỷ|tỉ|nghìn|đồng)")


def _next_item(text: str, stack: list[_Open]) -> tuple[str, str, str] | None:
    """A numbered item stating an amount that reads as prose ('2. Tổng chi ngân sách cấp tỉnh
    năm 2017 là: 6.131.420 triệu đồng.', '2.2. Chi từ nguồn thu …: 59.400 triệu đồng.') but
    numbers the next sibling of an open heading ('1. Tổng thu … ;', '2.1. Chi trong cân đối
    …'): a heading too, ending that heading's part (else the item and what follows would fall
    under the last sub-item of its sibling). One sentence only: several are a paragraph."""
    for kind, pattern in (("dotted", _DOTTED), ("arabic", _ARABIC), ("letter", _LETTER)):
        m = pattern.match(text)
        if not m:
            continue
        number, title = m.group(1), m.group(2).strip()
        if kind == "dotted":
            kind = f"dotted{number.count('.')}"
        if ". " in title.rstrip(".") or len(title) > 250 or not title[:1].isupper():
            return None
        if not _AMOUNT.search(title):
            # '2. Có biện pháp tích cực …, chống thất thu.': a task of a list; '4. Thời gian
            # thực hiện: Từ năm 2009 đến năm 2015.': a line of text
            return None
        for node in stack[1:]:
            if node.kind != kind or _ordinal(kind, number) != _ordinal(kind, node.number) + 1:
                continue
            if kind.startswith("dotted") and (
                number.rsplit(".", 1)[0] != node.number.rsplit(".", 1)[0]
            ):
                continue
            return kind, number, title
        return None
    return None


# "Mục tiêu cơ bản phát triển kinh tế số đến năm 2025:" on a line of its own, then "- …" items
_LEAD_HEAD = re.compile(r"^(?=[A-ZĐÀ-Ỹ])([^.;:*]{10,60}):$")
_OPENS_ITEMS = re.compile(r"(?:như sau|sau đây|gồm(?: có)?|cụ thể|trong đó|là)\s*$", re.IGNORECASE)


def _lead_in_heads(paragraphs: list[str]) -> list[str]:
    """Unnumbered lines that each open a list of '- ' items, two or more of them in parallel
    ('Mục tiêu … kinh tế số đến năm 2025:' with its items, then 'Mục tiêu … xã hội số …:' with
    its own): the heads of the document's parts, written as '* …:' heads (see ``_STAR``). One
    such line alone, or one that only says the items follow ('Kết quả như sau:'), stays text."""
    heads = []
    for i, text in enumerate(paragraphs):
        m = _LEAD_HEAD.match(text.strip())
        if not m or _OPENS_ITEMS.search(m.group(1)) or _heading(text.strip()):
            continue
        after = paragraphs[i + 1 : i + 3]
        if len(after) == 2 and all(_paragraph(p.strip()).marker == "-" for p in after):
            heads.append(i)
    if len(heads) < 2:
        return paragraphs
    return [f"* {p.strip()}" if i in heads else p for i, p in enumerate(paragraphs)]


# '(Ban hành kèm theo Nghị quyết số 12/NQ-CP ngày 07 tháng 02 năm 2023 của Chính phủ)', '(Kèm
# theo Quyết định số 936/QĐ-UBND …)': the line under the title of a document another issues
_ISSUED_WITH = re.compile(
    r"^\(\s*(?:được\s+)?(?:ban hành\s+)?kèm theo\s+(?:Quyết định|Nghị quyết|Chỉ thị|Thông tư"
    r"|Công văn|Kế hoạch)\b[^()]{0,200}\)\s*\.?$",
    re.IGNORECASE,
)


def _issued_document(whole: list[str], closing: int, stop: int | None) -> tuple[int, str] | None:
    """(where its text starts, its title) for the document the closing matter's signature
    issues, set after it: the line '(Ban hành kèm theo Nghị quyết số …)' under upper-case title
    lines ('CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ', 'THỰC HIỆN NGHỊ QUYẾT …'), with text after
    it. The title is its first line, as a sentence ('Chương trình hành động của Chính phủ')."""
    for i in range(closing, len(whole) if stop is None else stop):
        if not _ISSUED_WITH.match(whole[i].strip()):
            continue
        lines: list[str] = []
        j = i - 1
        while j > closing and len(lines) < 4 and whole[j].strip().isupper():
            if _signed(whole[j]):
                break
            lines.insert(0, whole[j].strip())
            j -= 1
        if not lines or i + 1 >= (len(whole) if stop is None else stop):
            return None
        return i + 1, sentence_case(_RULE.sub("", lines[0]))
    return None


def _signed(text: str) -> bool:
    """The signer's line ('CHỦ TỊCH     Huỳnh Tấn Việt', 'BÍ THƯ'): the document ends there."""
    text = " ".join(text.split())
    m = re.match(
        r"^((?:PHÓ\s+)?[A-ZĐÀ-Ỹ ]+?)(?:\s+([A-ZĐÀ-Ỹ][a-zà-ỹ]*(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹ]*){1,4}))?$",
        text,
    )
    return bool(m and _SIGNER.match(m.group(1).strip()) and len(text) <= 60)


_RUN_IN = re.compile(r"^([^.;:()]{3,60}?)\s*:\s+(\S.*)$")


def _run_in_item(text: str) -> tuple[tuple[str, str, str], str] | None:
    """((kind, number, head), rest) for a numbered item that reads as prose but opens with a
    short head before its colon ('b) Phát triển đội tàu biển: Cần khẩn trương …'): the head
    titles a part, the rest (a sentence or more, not an amount) is its text."""
    for kind, pattern in (("dotted", _DOTTED), ("arabic", _ARABIC), ("letter", _LETTER)):
        m = pattern.match(text)
        if not m:
            continue
        number, body = m.group(1), m.group(2).strip()
        run_in = _RUN_IN.match(body)
        if not run_in or len(run_in.group(1).split()) > 10:
            return None
        rest = run_in.group(2).strip()
        if len(rest.split()) < 8 or not rest.endswith((".", ";", "…")):
            return None
        if kind == "dotted":
            kind = f"dotted{number.count('.')}"
        head = run_in.group(1).strip()
        return (kind, number, head[:1].upper() + head[1:]), rest
    return None


def _run_in_kinds(lines: list[str]) -> set[str]:
    """The kinds of numbered item whose run-in heads head parts: those of which some item has
    text of its own after it (an unnumbered paragraph before the next item). Items that are a
    line each ('a) Thu nội địa: Ước thực hiện 5.817 tỷ đồng …', 'b) …') stay items of one list."""
    kinds: set[str] = set()
    for text, after in zip(lines, lines[1:], strict=False):
        run_in = _run_in_item(text)
        if run_in and not (_heading(after) or _run_in_item(after) or _paragraph(after).marker):
            kinds.add(run_in[0][0])
    return kinds


def _heading(text: str) -> tuple[str, str, str] | None:
    """(kind, number, title) when the paragraph is a numbered heading, else None.

    A numbered paragraph that reads as prose (it ends with a full stop or has several
    sentences) is a numbered item, not a heading.
    """
    if m := _MD.match(text):
        title = m.group(2).strip().rstrip(":").strip()
        return f"md{len(m.group(1))}", "", title[:1].upper() + title[1:]
    if m := _ARTICLE.match(text):
        return "article", m.group(1), (m.group(2) or "").strip()
    if m := _ANNEX.match(text):
        return "annex", m.group(1) or "", " ".join(text.split())
    if m := _STAR.match(text):
        title = m.group(1).strip()
        return "star", "", title[:1].upper() + title[1:]
    if m := _CHAPTER.match(text):
        return "chapter", m.group(1), m.group(2).strip()
    if (m := _PART.match(text)) and ". " not in m.group(2) and len(m.group(2)) <= 200:
        # one line, its full stop or not ('B. Yêu cầu trong xây dựng kế hoạch … 2011-2015.')
        title = m.group(2).strip().rstrip(".")
        return "part", m.group(1), title[:1].upper() + title[1:]
    if m := _LETTER_SUB.match(text):
        title = m.group(3).strip()
        if title.endswith(".") or ". " in title:
            return None
        return "lettersub", f"{m.group(1)}.{m.group(2)}", title[:1].upper() + title[1:]
    for kind, pattern in (
        ("roman", _ROMAN),
        ("dotted", _DOTTED),
        ("arabic", _ARABIC),
        ("letter", _LETTER),
    ):
        m = pattern.match(text)
        if not m:
            continue
        number, title = m.group(1), m.group(2).strip()
        if kind == "roman":
            if number.upper() not in _ROMANS:
                return None
            number = number.upper()
        title = title[:1].upper() + title[1:]  # "I. tình hình nhà ở ..." as a heading reads
        if kind == "dotted":
            kind = f"dotted{number.count('.')}"
        if kind != "roman" and (title.endswith(".") or ". " in title):
            return None
        return kind, number, title
    return None


_ROMANS = {
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
    "XVI", "XVII", "XVIII", "XIX", "XX",
}  # fmt: skip


def _paragraph(text: str) -> Paragraph:
    if m := _DOTTED_ITEM.match(text):
        return Paragraph(m.group(2), m.group(1))
    if m := _LETTER_SUB.match(text):
        return Paragraph(m.group(3), f"{m.group(1)}.{m.group(2)}")
    for pattern, marker in ((_PAREN, None), (_DASH, "-"), (_ARABIC, None)):
        m = pattern.match(text)
        if m:
            if pattern is _PAREN:
                return Paragraph(text, f"({m.group(1)})")
            if marker:
                return Paragraph(m.group(1), marker, sub=text.startswith("+"))
            return Paragraph(m.group(2), m.group(1))
    return Paragraph(text)


def _path(parent: _Open, kind: str, number: str) -> str:
    if kind == "star" or kind.startswith("md"):
        return parent.path  # an unnumbered head is cited by its parent's number
    if kind == "article":
        return f"Điều {number}"
    if kind == "chapter":
        return f"Chương {number}"
    if parent.kind in ("root", "chapter"):
        return number
    if parent.kind == "article" or (parent.kind == "star" and parent.path.startswith("Điều")):
        # "khoản 1 of Điều 2" is cited "Điều 2, mục 1"
        return f"{parent.path}, mục {number}"
    if kind.startswith("dotted"):
        # "2.1" under "II" -> "II.2.1": the dotted number repeats its arabic parent
        base = parent.path.rsplit(".", 1)[0] if parent.kind == "arabic" else parent.path
        return f"{base}.{number}"
    if kind == "letter":
        return f"{parent.path}{number}"
    if kind == "lettersub":
        return f"{parent.path}.{number.rsplit('.', 1)[-1]}"
    if not parent.path:
        return number
    return f"{parent.path}.{number}"


def _ordinal(kind: str, number: str) -> int:
    if kind == "roman" or (kind == "chapter" and not number.isdigit()):
        total = 0
        values = [_ROMAN_VALUES[c] for c in number]
        for i, v in enumerate(values):
            total += -v if i + 1 < len(values) and values[i + 1] > v else v
        return total
    if kind in ("letter", "part"):
        number = number.lower()
        # the Vietnamese alphabet numbers a, b, c, d, đ, e, g, h (no f); 'f)' of a text
        # lettered the Latin way stands where g would
        return "abcdđeghiklmnopqrstuvxy".index("g" if number == "f" else number) + 1
    return int(number.rsplit(".", 1)[-1])


def _front(paragraphs: list[str], noted: str = "") -> dict:
    """Deck fields from the letterhead and the paragraphs before the first heading (and the
    page's title in a copier's note, ``noted``, where the document names itself).

    The letterhead: issuer lines (upper case, before the document type), the national motto
    (dropped), 'Số: 0204/KH-UBND', 'Hưng Yên, ngày 5 tháng 3 năm 2024', the document type
    ('KẾ HOẠCH') and the title line(s) after it ('VỀ ...' in upper case may take two lines).
    A text without a letterhead may open with 'Nghị quyết về ...': type and title in one line.
    """
    number = doc_type = title = date = place = dated = ""
    org_lines: list[str] = []
    intro: list[str] = []
    review: list[str] = []
    # (the copier's 'source: https://…' above the letterhead is set apart by ``parse``: the
    # issuer's lines are the letterhead's first)
    for i, text in enumerate(_letterhead_cells(paragraphs)):
        # "HỘI ĐỒNG NHÂN DÂN TỈNH PHÚ YÊN --------": the rule under the issuer is no part of it
        text = _RULE.sub("", _SPELLED.sub("", text)) if not _MOTTO.match(text) else text
        m = _NUMBER.match(text)
        d = _DATE.search(text)
        if text in ("*", "") or _MOTTO.match(text) or _RESOLVE.match(text):
            continue
        if m:
            number = re.sub(r"\s*([-–/])\s*", r"\1", m.group(1)).replace("–", "-")
        elif d and _DATE_LINE.match(text) and not date:
            date = f"{d.group(3)}-{int(d.group(2)):02d}-{int(d.group(1)):02d}"
            if p := _PLACE.match(text):
                place = p.group(1).strip()
            dated = text
        elif (u := _UNDATED.match(text)) and not date:
            # 'Hà Nội, ngày tháng 5 năm 2025': a draft's date line, its day left blank; the
            # title slide says the month ('Hà Nội, tháng 5 năm 2025')
            date = f"{u.group(3)}-{int(u.group(2)):02d}-01"
            place = u.group(1).strip()
            dated = text
            review.append(
                _("the document's date line gives no day; the first of the month was set")
            )
        elif text.upper() in _DOC_TYPES and not doc_type:
            doc_type = text.upper()
        elif doc_type and title and _SESSION.match(text):
            continue  # 'KHOÁ XI, KỲ HỌP THỨ BA' under the issuer: its term, no part of a name
        elif doc_type and title and not org_lines and _issuer_line(text):
            # the issuer set under the title, before 'Căn cứ' ('NGHỊ QUYẾT' 'VỀ …' then 'HỘI
            # ĐỒNG NHÂN DÂN TỈNH GIA LAI', 'Về bổ sung …' then 'QUỐC HỘI'), as a resolution is
            org_lines.append(text)
        elif doc_type and title and len(org_lines) == 1 and text.isupper() and _placed(text):
            org_lines.append(text)  # 'HỘI ĐỒNG NHÂN DÂN' then 'TỈNH ĐỒNG THÁP' under the title
        elif doc_type and text.isupper() and (not title or title.isupper()) and len(title) < 200:
            if org_lines and " ".join(text.split()).startswith(" ".join(org_lines[0].split())):
                # the issuer repeated before 'Căn cứ' ("QUỐC HỘI"), with its term and session
                # ("HỘI ĐỒNG NHÂN DÂN TỈNH PHÚ YÊN  KHÓA VII, KỲ HỌP THỨ 3"): no part of the title
                continue
            title = f"{title} {text}".strip()
        elif doc_type and not title:
            title = text
        elif not doc_type and not title and i == 0 and (t := _typed_title(text)):
            doc_type, title = t, text
        elif (
            not doc_type
            and text.isupper()
            and i == 0
            and (_HEADLINE.search(text) or _HEADLINE_DOES.search(text))
        ):
            title = text  # "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ … NHIỆM KỲ 2025 – 2030": a headline
        elif not doc_type and text.isupper() and not intro and not text.endswith((".", ":")):
            org_lines.append(text)
        elif not doc_type and text.isupper() and intro and _BYLINE_END.match(text):
            # 'NGUYỄN HOÀN' under a news text's first paragraph: who wrote it, no issuer
            review.append(
                _(
                    "left out of the slides as footnotes, photo captions or a byline: {value}"
                ).format(value=text)
            )
        elif (
            not org_lines
            and _ISSUER.match(text)
            and len(text) < 100
            and not intro
            and not _NEWS.search(text)
            and not _HEADLINE_VERB.search(text)
        ):
            org_lines.append(text)  # 'Hội đồng nhân dân tỉnh tiền giang khóa vii - kỳ họp thứ 6'

        elif text.isupper() and len(text) < 60 and not intro:
            continue  # issuer lines repeated after the title
        else:
            intro.append(text)
    said = _("the document's date line: {line}")
    # 'Kế hoạch số 0204/KH-UBND ngày 24/11/2025 của UBND tỉnh Cà Mau: Kế hoạch tài chính …'
    # as the first line of a text whose letterhead was lost (or as the page's title in the
    # note of whoever copied it, ``noted``): the document names itself
    for line in [*([noted] if noted else []), *intro[:1]]:
        if (cited := _citing_line(line, doc_type)) is None:
            continue
        number = number or cited[0]
        if not date and cited[1]:
            date, dated = cited[1], line
            said = (
                _("the page's title in the note above the text: {line}")
                if line == noted
                else _("the text's first line, which names the document: {line}")
            )
        place = place or cited[2]
        break
    if date and dated:
        # where the title slide's 'Hưng Yên, tháng 01 năm 2024' comes from
        where = said.format(line=_said(dated))
        review.append(
            _("place and date taken from {where}").format(where=where)
            if place
            else _("date taken from {where}").format(where=where)
        )
    organization = _organs_named(_issuer_name(org_lines))
    # 'khóa vii' in a line whose case was lost: a term's Roman numeral is written in capitals
    organization = _TERM.sub(lambda m: m.group(1) + m.group(2).upper(), organization)
    if not organization:
        found = next((m for p in intro if (m := _ORG_IN_TEXT.search(p))), None)
        people = _people_committee(intro) if not found else ""
        if found or people:
            organization = found.group(1) if found else people
            review.append(
                _("organization taken from the opening paragraph (no header lines found)")
            )
        else:
            review.append(_("no issuing body found"))
    title = _proper(title) if title.isupper() else _upper_head(title)
    # '… TẠI NGHỊ QUYẾT SỐ 22/2022/NQ-HĐND …' lower-cased: a document cited by its number is named
    title = _CITED_BY_NUMBER.sub(lambda m: m.group(1).capitalize(), title)
    if title.lower().startswith(("về ", "của ")) and doc_type:
        title = f"{sentence_case(doc_type)} {title[:1].lower()}{title[1:]}"
    if not title:
        review.append(_("no title found after the document type line"))
    if not number:
        review.append(_("no document number ('Số ...') found"))
    return {
        "title": title,
        "number": number,
        "doc_type": doc_type,
        "organization": organization,
        "date": date,
        "place": place,
        "intro": intro,
        "review": review,
    }


_SAID_CHARS = 120


def _said(text: str, end: bool = False) -> str:
    """A line as a review remark quotes it: whole, or its first words and '…' (``end``: '…'
    and its last words, where the date is)."""
    text = " ".join(text.split())
    if len(text) <= _SAID_CHARS:
        return text
    if end:
        return "… " + text[-_SAID_CHARS:].split(" ", 1)[-1]
    return text[:_SAID_CHARS].rsplit(" ", 1)[0] + " …"


# the rows of a letterhead whose two cells a copy joined with a space: the issuer's words (or
# 'Số: …') in the first, the national motto (or '<place>, ngày …') in the second
_LETTERHEAD_ROWS = 4
_ROW_OF_TWO = re.compile(
    r"^((?:(?!CỘNG\s+H[ÒO]A\b)[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ\-]*\s+)*?(?!CỘNG\s+H[ÒO]A\b)[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ\-]*)"
    r"\s+((?:CỘNG\s+H[ÒO]A\s+X[ÃA]\s+H[ỘO]I|Độc\s+lập\s*[-–]\s*Tự\s+do)\b.*)$"
    r"|^(Số\s*:?\s*\d+\s*/\s*[A-ZĐ][\w/-]*)\s+([^\d,;:.]{2,40},\s*ngày\s.*)$"
)
_TYPE_THEN_TITLE = re.compile(
    r"^(" + "|".join(sorted((re.escape(t) for t in _DOC_TYPES), key=len, reverse=True)) + r")"
    r"\s+([a-zđà-ỹ].*)$"
)


def _letterhead_cells(paragraphs: list[str]) -> list[str]:
    """The letterhead's two columns, each a line of its own, where a copy flattened its table
    into one line per row with ' | ' between the cells ('Số: 12/NQ-CP | Hà Nội, ngày 07 tháng
    02 năm 2023', '------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'): in the lines before the
    document type, short cells only (a table of figures in the text is left as it is, and so
    is every Markdown row, '| … | … |', which is how the reader writes a table: a document with no
    type line, a report's excerpt, keeps its tables)."""
    out: list[str] = []
    for i, text in enumerate(paragraphs):
        if text.strip().upper() in _DOC_TYPES:
            return out + paragraphs[i:]
        if (typed := _TYPE_THEN_TITLE.match(text)) and any(
            _NUMBER.match(c) or _DATE_LINE.match(c) for c in out[-2:]
        ):
            # 'Kon Tum, ngày 26 …' then 'BÁO CÁO tình hình thực hiện …': the type line and the
            # title run together as a copy joined them, the type first in capitals
            named = typed.group(2)[:1].upper() + typed.group(2)[1:]
            return [*out, typed.group(1), named, *paragraphs[i + 1 :]]
        if (row := _ROW_OF_TWO.match(text)) and i < _LETTERHEAD_ROWS:
            # 'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỈNH KON TUM Độc lập - Tự do
            # - Hạnh phúc', 'Số: 301 /BC-UBND Kon Tum, ngày 26 tháng 11 năm 2019': the two
            # columns of a row flattened with a space between, the issuer's (or the number's)
            # cell first, the motto's (or the date line's) second
            out.extend(c.strip() for c in row.groups() if c)
            continue
        if re.fullmatch(r"\s*\|.*\|\s*", text):
            out.append(text)
            continue
        cells = [c.strip() for c in text.split(" | ")]
        if len(cells) > 1 and all(len(c) <= 80 for c in cells):
            out.extend(c for c in cells if c)  # a rule's cell ('-------') is read as the motto
        else:
            out.append(text)
    return out


# 'Ủy ban nhân dân tỉnh Cà Mau xây dựng …', 'UBND tỉnh Cà Mau': a province's (a district's)
# people's committee named in the text, its place the capitalised words after the level
_COMMITTEE = re.compile(
    r"(Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND)\s+"
    r"(tỉnh|thành phố|TP\.?|huyện|thị xã|quận|xã|phường)((?:\s+[^\W\d_][\w-]*)+)"
)
# the organ and the level as a title slide writes them in full ('HĐND huyện' -> 'Hội đồng nhân
# dân huyện', 'UBND TP Hà Nội' -> 'Ủy ban nhân dân thành phố Hà Nội')
_ORGAN_FULL = {
    "UBND": "Ủy ban nhân dân",
    "Uỷ ban nhân dân": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
}
_LEVEL = {"TP": "thành phố", "TP.": "thành phố"}
_NUMERAL = re.compile(r"[IVXLC]+")
# what may stand before a people's council that is the opening sentence's subject: nothing, or
# a time ('Sáng ngày 30/7, HĐND huyện Minh Hóa … đã khai mạc Kỳ họp thứ 18')
_COUNCIL_LEADS = re.compile(
    r"\s*(?:(?:Sáng|Chiều|Tối|Trưa)?\s*(?:[Nn]gày\s*)?"
    r"(?:\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?|[\d/.-]{1,10}),?\s*)?"
)
# an office held in the body named after it ('Phó Chủ tịch UBND tỉnh …', 'Giám đốc Sở …'): the
# capitalised words after the place are a person's name
_OFFICE_BEFORE = re.compile(
    r"(?:Chủ tịch|Phó Chủ tịch|Giám đốc|Trưởng ban|Bí thư|Ủy viên|Uỷ viên|Chánh Văn phòng"
    r"|Thường trực|Đại biểu)$",
    re.IGNORECASE,
)
# a paragraph that cites or addresses a body, not one that says who writes
_NOT_ISSUER = re.compile(r"^(?:Căn cứ|Kính gửi|Thực hiện|Theo)\b", re.IGNORECASE)


def _people_committee(intro: list[str]) -> str:
    """'Trên cơ sở …, Ủy ban nhân dân tỉnh Cà Mau xây dựng kế hoạch …': with no letterhead,
    the first people's committee the opening paragraphs name, outside the legal bases
    ('Căn cứ …') and the address ('Kính gửi: …'), is the issuer: 'Ủy ban nhân dân tỉnh Cà
    Mau'. Empty when none is named."""
    for council in (False, True):  # a people's council only where no committee is named,
        for paragraph in intro[:3] if council else intro:  # and only as the text opens
            if _NOT_ISSUER.match(paragraph.strip()):
                continue
            if got := _committee_in(paragraph, council):
                return got
    return ""


def _committee_in(paragraph: str, council: bool) -> str:
    """The first people's committee (``council``: people's council) ``paragraph`` names as a
    body, not in a person's office; '' when none."""
    for m in _COMMITTEE.finditer(paragraph):
        if m.group(1).startswith("H") != council:
            continue
        if council and not _COUNCIL_LEADS.fullmatch(paragraph[: m.start()]):
            continue  # a council cited ('Nghị quyết … của HĐND huyện A Lưới'), not the subject
        if _OFFICE_BEFORE.search(paragraph[: m.start()].rstrip()):
            continue  # 'Phó Chủ tịch UBND tỉnh Đỗ Thị Minh Hoa dự …': a person, by office
        place: list[str] = []
        for word in m.group(3).split():
            if not word[:1].isupper() or _NUMERAL.fullmatch(word):
                break  # (not 'khóa XX' after 'HĐND xã Ngọc Khê')
            place.append(word)
        listed = paragraph[: m.start()].rstrip().endswith(",") and (
            len(place) == len(m.group(3).split()) and paragraph[m.end() : m.end() + 1] in ",;"
        )
        if place and not listed:
            # (not '…, Văn phòng Chính phủ, Ủy ban nhân dân thành phố Cần Thơ; …': one of a
            # list of the bodies present, not the one who writes)
            organ = _ORGAN_FULL.get(m.group(1), m.group(1))
            level = _LEVEL.get(m.group(2), m.group(2))
            return f"{organ} {level} {' '.join(place[:4])}"
    return ""


_TERM = re.compile(r"\b(kh[oó]a\s+|khoá\s+)([ivxlc]+)\b", re.IGNORECASE)
# the issuer's term and session under its name ('KHOÁ XI, KỲ HỌP THỨ BA', 'Khóa XV, kỳ họp thứ 9')
_SESSION = re.compile(r"^(?:KH[OÓ]A|KHOÁ|Kh[oó]a|Khoá)\s+[IVXLC]+\b.{0,40}$")
# a line opening on an organ that says what the organ did ('HĐND tỉnh ban hành nhiều chính sách
# hỗ trợ người nghèo, nông dân', 'Hội đồng nhân dân xã Lệ Mỹ tổ chức kỳ họp thứ tư'): a headline
_HEADLINE_VERB = re.compile(
    r",|\s(?:ban hành|thông qua|tổ chức|làm việc|chỉ đạo|phê duyệt|triển khai|tổng kết"
    r"|sơ kết|quyết định|đề ra|đạt|giao)\s",
    re.IGNORECASE,
)
_ISSUER_ANY_CASE = re.compile(_ISSUER.pattern, re.IGNORECASE)


def _issuer_line(text: str) -> bool:
    """A short line that names an issuing body ('HỘI ĐỒNG NHÂN DÂN TỈNH GIA LAI', 'QUỐC HỘI'), in
    capitals as a letterhead sets it, no sentence."""
    return (
        text.isupper()
        and len(text) < 80
        and bool(_ISSUER_ANY_CASE.match(text))
        and not _HEADLINE_VERB.search(text)
        and not text.endswith((".", ":"))
    )


# the Party's and the State's central organs, each written as one name ('BAN CHẤP HÀNH TRUNG
# ƯƠNG' is 'Ban Chấp hành Trung ương', not 'Ban chấp hành trung ương')
_ORGANS = (
    "Ban Chấp hành Trung ương", "Bộ Chính trị", "Ban Bí thư", "Ban Thường vụ", "Trung ương",
    "Chính phủ", "Quốc hội", "Ủy ban Thường vụ Quốc hội", "Mặt trận Tổ quốc Việt Nam",
)  # fmt: skip
_ORGAN_NAMES = re.compile(
    "|".join(rf"(?<!\w){re.escape(o)}(?!\w)" for o in sorted(_ORGANS, key=len, reverse=True)),
    re.IGNORECASE,
)
_ORGAN_BY_KEY = {o.lower(): o for o in _ORGANS}


def _organs_named(text: str) -> str:
    """``text`` with each central organ it names written as the organ's name is."""
    return _ORGAN_NAMES.sub(lambda m: _ORGAN_BY_KEY[m.group(0).lower()], text)


_CITED_BY_NUMBER = re.compile(
    r"(?<!\w)(nghị quyết|quyết định|chỉ thị|kế hoạch|thông báo|kết luận|luật|nghị định"
    r"|thông tư)(?= số \d)"
)


def _placed(text: str) -> bool:
    """'TỈNH ĐỒNG THÁP', 'THÀNH PHỐ HÀ NỘI': a line naming the place of the body above it."""
    lower = text.lower()
    return len(text) < 60 and any(
        lower.startswith(f"{w} ") for w in (*_PLACE_WORDS, "xã", "phường")
    )


def _upper_head(title: str) -> str:
    """A title whose first words the letterhead sets in capitals, the rest not ('CỦA BỘ CHÍNH
    TRỊ về đột phá phát triển …'): those words in the case of the rest ('của bộ chính trị về …',
    the names recased from the text after), else ``title`` as it is."""
    words = title.split(" ")
    n = 0
    while n < len(words) and words[n].isupper() and words[n] not in _ACRONYMS:
        n += 1
    if n < 2 or n == len(words) or words[0] not in ("CỦA", "VỀ"):
        return title
    head = _proper(" ".join(words[:n]))
    return " ".join([head[:1].lower() + head[1:], *words[n:]])


# a line that tells news, not who issues: "Quốc hội đặt mục tiêu tăng trưởng GDP năm 2025 …"
_NEWS = re.compile(r"(?:19|20)\d\d|%")
# an upper-case first line that says when (a year, a term) is a headline, not an issuer
_HEADLINE = re.compile(r"(?:19|20)\d\d|NHIỆM KỲ|LẦN THỨ")
# … or that says what a body does ('HUYỆN ĐAM RÔNG GIEO TRỒNG TRÊN 13 NGÀN HA CÂY TRỒNG CÁC LOẠI',
# 'HỘI ĐỒNG NHÂN DÂN XÃ LỆ MỸ TỔ CHỨC KỲ HỌP THỨ TƯ'; not 'BAN TỔ CHỨC TỈNH ỦY', a body)
_HEADLINE_DOES = re.compile(
    r"(?<!BAN)\s(?:TỔ CHỨC|GIEO TRỒNG|THÔNG QUA|TỔNG KẾT|SƠ KẾT|TRIỂN KHAI|HOÀN THÀNH|VƯỢT)\s"
)


# a line that names the document itself: its type, number, date and issuer ('Kế hoạch số
# 0204/KH-UBND ngày 24/11/2025 của UBND tỉnh Cà Mau: …', 'Kế hoạch 179/KH-UBND (18/11/2025) của
# UBND tỉnh Đồng Nai …')
_CITING = re.compile(
    r"(?<!\w)(?P<type>Kế hoạch|Nghị quyết|Báo cáo|Hướng dẫn|Quyết định|Chỉ thị|Thông báo kết luận"
    r"|Thông báo|Kết luận|Đề cương tuyên truyền|Đề cương|Tờ trình|Chương trình|Đề án)\s+"
    r"(?:số\s+)?(?P<number>\d+(?:/\d{4})?[-/][A-ZĐ][A-ZĐ0-9]*(?:[-/][A-ZĐ0-9]+)*)"
    r"(?:\s*,?\s*(?:ngày\s+|\()(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\)?)?"
    r"(?:\s+của\s+(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân)\s+"
    r"(?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường)\s+(?P<place>(?:[^\W\d_][\w-]*\s*)+))?"
)


def _citing_line(text: str, doc_type: str) -> tuple[str, str, str] | None:
    """(number, date, place) of a first line that names the document of ``doc_type`` itself
    ('Kế hoạch số 0204/KH-UBND ngày 24/11/2025 của UBND tỉnh Cà Mau: …' -> '0204/KH-UBND',
    '2025-11-24', 'Cà Mau'); None when it names none, or a document of another type."""
    m = _CITING.search(text)
    if not m or not doc_type or m.group("type").upper() != doc_type:
        return None
    date = f"{m.group('y')}-{int(m.group('m')):02d}-{int(m.group('d')):02d}" if m.group("y") else ""
    words: list[str] = []
    for word in (m.group("place") or "").split():
        if not word[:1].isupper():
            break  # 'UBND tỉnh Đồng Nai phát triển …': the place is its capitalised words
        words.append(word)
    return m.group("number"), date, " ".join(words[:4])


def _typed_title(text: str) -> str:
    """'NGHỊ QUYẾT' for a first line 'Nghị quyết về dự toán ngân sách ...', else ''."""
    upper = text.upper()
    return next((t for t in _DOC_TYPES if upper.startswith(t + " ") and len(text) < 200), "")


def _issuer_name(lines: list[str]) -> str:
    """The issuer's lines as one name: a line that names the place of the body on the line
    before it goes on from it ('ỦY BAN NHÂN DÂN' then 'TỈNH ĐỒNG NAI': 'Ủy ban nhân dân tỉnh
    Đồng Nai'); a body under another is set apart ('UBND TỈNH HƯNG YÊN' then 'SỞ TÀI CHÍNH':
    'UBND tỉnh Hưng Yên - Sở Tài chính')."""
    out = ""
    for line in lines:
        name = _proper(line)
        lower = name.lower()
        if out and any(lower.startswith(f"{w} ") for w in (*_PLACE_WORDS, "xã", "phường")):
            out = f"{out} {name[:1].lower()}{name[1:]}"
        else:
            out = f"{out} - {name}" if out else name
    return out


def _proper(text: str) -> str:
    """Sentence case for an upper-case line, keeping acronyms and place names capitalised.

    'UBND TỈNH HƯNG YÊN' -> 'UBND tỉnh Hưng Yên'; in mixed-case text only place names change
    ('tỉnh tiền giang' -> 'tỉnh Tiền Giang').
    """
    words = text.split()
    out: list[str] = []
    name = 0
    for i, word in enumerate(words):
        lower = word.lower()
        if (
            # ('KỲ HỌP THỨ TƯ': the fourth, not 'TƯ', the Centre)
            word in _ACRONYMS
            and not (word == "TƯ" and i and words[i - 1].upper() == "THỨ")
            or re.fullmatch(r"[IVXLC]{2,}[,.;:]?", word)
            or re.fullmatch(r"\d+[-/]\S*[A-ZĐ]\S*", word)
        ):
            # 'UBND', 'LẦN THỨ XV' keeps its Roman numeral, 'KẾ HOẠCH 77/KH-LT' its number,
            # 'NGHỊ QUYẾT SỐ 15-NQ/TW' its own
            out.append(word)
        elif name and lower not in _NOT_NAME and word[:1].isalpha():
            out.append(lower.capitalize())
            name -= 1
            continue
        elif not text.isupper():
            out.append(word)
        else:
            out.append(lower.capitalize() if i == 0 else lower)
        pair = " ".join(w.lower() for w in words[max(0, i - 1) : i + 1])
        after = words[i + 1].lower() if i + 1 < len(words) else ""
        # 'XÃ PHONG HẢI' is a commune's name; 'XÃ HỘI' (society) is no place
        commune = lower in ("xã", "phường", "thị trấn") and after not in ("hội", "hoi", "")
        name = 3 if lower in _PLACE_WORDS or pair in _PLACE_WORDS or commune else 0
    return " ".join(out)


# an organ named with one capital: 'Hội đồng nhân dân', 'Ủy ban nhân dân', 'Quốc hội'
_ORGAN = re.compile(r"(?:Hội đồng nhân dân|Ủy ban nhân dân|Uỷ ban nhân dân|Quốc hội|Chính phủ)$")
_NAME_WORD = re.compile(r"^[^\w(]*([\w-]+)[^\w]*$")


def proper_names(paragraphs: list[str]) -> dict[tuple[str, ...], str]:
    """The names a text writes with capitals inside its sentences, by their words lower-cased:
    runs of two to eight words that open on a capital and hold two ('Sở Tài chính', 'Thủ tướng
    Chính phủ Phạm Minh Chính', 'Ban Chỉ đạo') or an organ of one ('Hội đồng nhân dân'); the
    way the text writes one most often wins."""
    seen: dict[tuple[str, ...], dict[str, int]] = {}
    for text in paragraphs[:400]:
        if text.isupper():
            continue
        tokens = text[:3000].split()
        for i in range(1, len(tokens)):
            if tokens[i - 1][-1:] in ".:;!?" or not tokens[i][:1].isupper():
                continue
            words: list[str] = []
            for token in tokens[i : i + 8]:
                m = _NAME_WORD.match(token)
                word = m.group(1) if m else ""
                if not word.isalpha() or (word.isupper() and len(word) > 1):
                    break  # a number, an acronym
                words.append(word)
                capitals = sum(w[:1].isupper() for w in words)
                if len(words) >= 2 and (capitals >= 2 or _ORGAN.match(" ".join(words))):
                    forms = seen.setdefault(tuple(w.lower() for w in words), {})
                    written = " ".join(words)
                    forms[written] = forms.get(written, 0) + 1
                if token != word:
                    break  # a comma or a bracket ends the name
    return {k: max(v, key=lambda w: (v[w], w)) for k, v in seen.items()}


def recased(text: str, names: dict[tuple[str, ...], str]) -> str:
    """``text`` with the words of a name it lower-cased written as the text writes them
    (``proper_names``), the longest name first; a word with a capital stays as it is."""
    if not names:
        return text
    tokens = text.split(" ")
    out = list(tokens)
    i = 0
    while i < len(tokens):
        for n in range(min(8, len(tokens) - i), 1, -1):
            found = [_NAME_WORD.match(t) for t in tokens[i : i + n]]
            if not all(found):
                continue
            words = [m.group(1) for m in found if m]
            written = names.get(tuple(w.lower() for w in words))
            if written is None:
                continue
            for j, (m, w) in enumerate(zip(found, written.split(" "), strict=False)):
                if m and (m.group(1).islower() or (j and m.group(1)[1:].islower())):
                    t = tokens[i + j]
                    out[i + j] = (
                        t[: m.start(1)] + (w if (i + j) else w[:1].upper() + w[1:]) + t[m.end(1) :]
                    )
            i += n - 1
            break
        i += 1
    return " ".join(out)


def _sentence_case(text: str) -> str:
    lower = text.lower()
    return lower[:1].upper() + lower[1:]


def sentence_case(text: str) -> str:
    """'MỤC ĐÍCH, YÊU CẦU' -> 'Mục đích, yêu cầu'; mixed-case text is left as it is."""
    return _sentence_case(text) if text.isupper() else text
