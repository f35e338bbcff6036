"""The Vietnamese interface: the language chosen, the messages through the real CLI, the catalog.

The catalog tests extract the messages from the source as ``python tools/i18n.py update`` does,
so a message added without a translation fails here, naming it.
"""

from __future__ import annotations

import gettext
import importlib.util
import os
import re
import string
import subprocess
import sys
from pathlib import Path

import pytest

from deckmaker import i18n

ROOT = Path(__file__).resolve().parents[1]

_spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
assert _spec and _spec.loader
tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tool)

BROKEN = """\
deck:
  title: Báo cáo thử
  tittle: nhầm khóa
sections:
  - title: Kinh tế
    slides:
      - title: Tăng trưởng
        kpis: []
"""
"""An outline with a misspelt key (with a suggestion) and an empty list: two located errors."""

LOCALE_VARS = ("DECKMAKER_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def run(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """``python -m deckmaker ARGS`` in ``cwd`` with only the locale variables given in ``env``."""
    base = {k: v for k, v in os.environ.items() if k not in LOCALE_VARS}
    base["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "deckmaker", *args],
        cwd=cwd,
        env={**base, **env},
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    (tmp_path / "outline.yaml").write_text(BROKEN, encoding="utf-8")
    return tmp_path


def test_vietnamese_locale_prints_errors_and_hints_in_vietnamese(broken: Path) -> None:
    result = run(["build", "outline.yaml"], broken, LANG="vi_VN.UTF-8")
    assert result.returncode == 1
    err = result.stderr
    assert "outline.yaml:3:3: error: khóa không hợp lệ 'tittle' trong 'deck'" in err
    assert "  gợi ý: có phải ý là 'title'?" in err
    assert "outline.yaml:8:15: error: 'kpis' đang trống" in err
    assert "  vị trí: phần 1, trang chiếu 1, kpis" in err
    assert "  gợi ý: thêm ít nhất một thẻ chỉ tiêu" in err
    assert err.rstrip().endswith("2 lỗi")
    assert "hint:" not in err and "unknown key" not in err
    assert not (broken / "build").exists()


def test_lang_option_overrides_the_locale(broken: Path) -> None:
    before = run(["--lang", "en", "build", "outline.yaml"], broken, LANG="vi_VN.UTF-8")
    after = run(["build", "outline.yaml", "--lang", "en"], broken, LANG="vi_VN.UTF-8")
    for result in (before, after):
        assert result.returncode == 1
        assert "outline.yaml:3:3: error: unknown key 'tittle' in 'deck'" in result.stderr
        assert "  hint: did you mean 'title'?" in result.stderr
        assert result.stderr.rstrip().endswith("2 errors")
    vi = run(["build", "outline.yaml", "--lang", "vi"], broken, LANG="en_US.UTF-8")
    assert "error: khóa không hợp lệ 'tittle'" in vi.stderr


def test_deckmaker_lang_comes_before_the_locale(broken: Path) -> None:
    result = run(["check", "outline.yaml"], broken, DECKMAKER_LANG="vi", LANG="en_US.UTF-8")
    assert "error: 'kpis' đang trống" in result.stderr
    result = run(["check", "outline.yaml"], broken, DECKMAKER_LANG="en", LANG="vi_VN.UTF-8")
    assert "error: 'kpis' is empty" in result.stderr


def test_help_in_vietnamese(tmp_path: Path) -> None:
    result = run(["build", "--help"], tmp_path, LANG="vi_VN.UTF-8")
    assert result.returncode == 0
    out = result.stdout
    assert out.startswith("Cách dùng: deckmaker build [OPTIONS] OUTLINE")
    assert "Dựng bài trình chiếu .pptx từ OUTLINE" in out
    assert "Ví dụ:\n    deckmaker build outlines/hung-yen-2024 --theme co-do --pdf" in out
    assert "Tùy chọn:" in out and "Hiện hướng dẫn này rồi thoát." in out
    assert "Xuất thêm tệp PDF qua LibreOffice." in out
    english = run(["--lang", "en", "--help"], tmp_path, LANG="vi_VN.UTF-8").stdout
    assert "Show this message and exit." in english and "Cách dùng" not in english


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "vi_VN.UTF-8"}, "vi"),
        ({"LANG": "vi"}, "vi"),
        ({"LC_ALL": "vi_VN", "LANG": "en_US.UTF-8"}, "vi"),
        ({"LANGUAGE": "en_GB:en", "LANG": "vi_VN.UTF-8"}, "en"),
        ({"DECKMAKER_LANG": "vi", "LANGUAGE": "en"}, "vi"),
        ({"DECKMAKER_LANG": "", "LC_MESSAGES": "vi_VN.UTF-8"}, "vi"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_language_detection(environ: dict[str, str], expected: str) -> None:
    assert i18n.detect_language(environ) == expected


def test_set_language_switches_messages_and_back() -> None:
    try:
        assert i18n.set_language("vi_VN.UTF-8") == "vi"
        assert i18n._("the outline is empty") == "dàn ý đang trống"
        assert i18n.ngettext("{n} error", "{n} errors", 3).format(n=3) == "3 lỗi"
    finally:
        i18n.set_language("en")
    assert i18n._("the outline is empty") == "the outline is empty"


# -- the catalog ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def extracted() -> set[str]:
    return {m.id if isinstance(m.id, str) else m.id[0] for m in tool.extract() if m.id}


@pytest.fixture(scope="module")
def catalog() -> dict[str, tuple[str, ...]]:
    out = {}
    for m in tool.read("vi"):
        if not m.id:
            continue
        key = m.id if isinstance(m.id, str) else m.id[0]
        ids = (m.id,) if isinstance(m.id, str) else tuple(m.id)
        strings = (m.string,) if isinstance(m.string, str) else tuple(m.string)
        out[key] = (ids, strings, m.fuzzy)
    return out


def test_every_message_is_in_the_catalog(extracted: set[str], catalog: dict) -> None:
    missing = sorted(extracted - set(catalog))
    assert not missing, (
        "messages not in deckmaker/locale/vi/LC_MESSAGES/deckmaker.po (run `python tools/i18n.py "
        "update`, translate them, then `python tools/i18n.py compile`):\n"
        + "\n".join(repr(m) for m in missing)
    )


def test_every_message_has_a_translation(catalog: dict) -> None:
    untranslated = sorted(
        k for k, (_ids, strings, fuzzy) in catalog.items() if fuzzy or not all(strings)
    )
    assert not untranslated, "messages without a Vietnamese translation:\n" + "\n".join(
        repr(m) for m in untranslated
    )


def _placeholders(text: str) -> set[str]:
    """The ``{name…}`` fields of a str.format text and its ``%(name)s`` / ``%s`` fields."""
    fields = set()
    try:
        for _, name, spec, conversion in string.Formatter().parse(text):
            if name is not None:
                fields.add(f"{{{name}!{conversion}:{spec}}}")
    except ValueError:
        fields.add("<not a format string>")
    fields.update(re.findall(r"%(?:\([a-z_]+\))?[sdrf]", text))
    return fields


def test_placeholders_match(catalog: dict) -> None:
    """A translation has the message's fields; a plural message's (Vietnamese has one form for
    every count) has the fields its forms share and no field that none of them has."""
    wrong = []
    for key, (ids, strings, _fuzzy) in catalog.items():
        fields = [_placeholders(i) for i in ids]
        every, some = set.intersection(*fields), set().union(*fields)
        for s in strings:
            if s and not every <= _placeholders(s) <= some:
                wrong.append(f"{key!r}: {sorted(some)} != {sorted(_placeholders(s))}")
    assert not wrong, "translations whose placeholders differ from the message's:\n" + "\n".join(
        wrong
    )


def test_committed_mo_is_the_compiled_po() -> None:
    """The .mo shipped is ``python tools/i18n.py compile`` of the .po (compared as catalogs: the
    .mo header names the Babel version that wrote it)."""
    mo = tool.po_path("vi").with_suffix(".mo")
    with mo.open("rb") as f:
        committed = gettext.GNUTranslations(f)._catalog  # type: ignore[attr-defined]
    fresh_bytes = tool.compiled("vi")
    import io

    fresh = gettext.GNUTranslations(io.BytesIO(fresh_bytes))._catalog  # type: ignore[attr-defined]
    committed.pop("", None)
    fresh.pop("", None)
    assert committed == fresh, "run `python tools/i18n.py compile` and commit the .mo"
    assert len(fresh) >= len([k for k in tool.read("vi") if k.id]) - 1


def test_english_output_unchanged_by_the_catalog(broken: Path) -> None:
    """English is the message ids themselves: no catalog is read, the texts are as written."""
    result = run(["build", "outline.yaml"], broken, LANG="en_US.UTF-8")
    assert "error: 'kpis' is empty" in result.stderr
    assert "  at: section 1, slide 1, kpis" in result.stderr
    assert "  hint: add at least one KPI card" in result.stderr


def _properties(schema: object, path: str = "") -> list[tuple[str, dict]]:
    """Every (path, property schema) of a JSON Schema, through items and alternatives."""
    out: list[tuple[str, dict]] = []
    if isinstance(schema, dict):
        for key, sub in schema.get("properties", {}).items():
            out.append((f"{path}.{key}", sub))
            out += _properties(sub, f"{path}.{key}")
        out += _properties(schema.get("items"), path)
        for word in ("oneOf", "anyOf", "allOf"):
            for alternative in schema.get(word, []):
                out += _properties(alternative, path)
    return out


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_schema_describes_every_key_with_an_example(tmp_path: Path, lang: str) -> None:
    import json

    import jsonschema

    result = run(["schema", "--lang", lang], tmp_path)
    assert result.returncode == 0, result.stderr
    schema = json.loads(result.stdout)
    props = _properties(schema)
    assert len(props) > 40
    bare = [p for p, sub in props if not sub.get("description") or not sub.get("examples")]
    assert not bare, f"keys without a description or an example: {bare}"
    title = dict(props)[".deck.title"]["description"]
    assert title == ("Tiêu đề bài trình chiếu, hiện trên trang bìa." if lang == "vi" else
                     "The deck's title, on the title slide.")  # fmt: skip
    jsonschema.Draft202012Validator.check_schema(schema)
    # each example is valid where it stands
    for path, sub in props:
        for example in sub["examples"]:
            assert jsonschema.Draft202012Validator(sub).is_valid(example), (path, example)


QUICK_START = ROOT / "docs" / "vi" / "README.md"

WRONG_CHART = """\
deck:
  title: Báo cáo kết quả năm 2024
sections:
  - title: Kinh tế
    slides:
      - title: Tăng trưởng
        chart: {type: bars, figures: [grdp_growth]}
"""


def test_quick_start_shows_the_real_error(tmp_path: Path) -> None:
    """The error printed in docs/vi/README.md is what deckmaker prints, word for word."""
    text = QUICK_START.read_text(encoding="utf-8")
    shown = re.search(r"```text\n(bao-cao/outline\.yaml:.*?)```", text, re.S)
    assert shown, "docs/vi/README.md lost its error example"
    (tmp_path / "bao-cao").mkdir()
    (tmp_path / "bao-cao" / "outline.yaml").write_text(WRONG_CHART, encoding="utf-8")
    result = run(["build", "bao-cao"], tmp_path, LANG="vi_VN.UTF-8")
    assert result.returncode == 1
    assert result.stderr == shown.group(1)


# -- no English left under a Vietnamese interface ---------------------------------------------

_ENGLISH_WORDS = """
    a the is are was were be been being of for with from into as at by and or but not nor
    this that these those it its there here which what when where who how than then so too also
    only each every all any some other another same own has have had does did cannot could would
    should will must might need needs needed used uses using write written wrote read shown show
    shows add added check make made built build building left kept keep changed change new old
    before after first last per up down out over under again once would your you they their them
    file files slide slides deck decks chart charts figure figures outline theme text texts title
    number numbers value values page pages picture pictures template layout layouts unit units
    plan label heading section sections problem problems option options argument arguments
    command help message exit line lines nothing something one two whole part parts on more
    most least row rows column columns key name names table range found see folder kind save
    document allowed contains open use size low high known unknown draw notes card cards font
    path type whether several instead language default format series fit even alone remove
    removed below never through word words says give edited taken content header body colour
    install quoted way least smallest largest smaller larger too long short"""
_ENGLISH = frozenset(_ENGLISH_WORDS.split())
"""Common English words; Vietnamese words spelt the same in ASCII (in, do, to, no, an, can,
may…) are left out, so a run of them is English."""

_NOT_PROSE = re.compile(
    r"'[^'\n]*'|\"[^\"\n]*\"|`[^`\n]*`|\{[^}\n]*\}|\[[^\]\n]*\]|--?[\w-]+|\S*[/\\.]\S*"
)
"""Quoted names, placeholders, option names and paths: what the user wrote or typed, not ours."""


def english_runs(text: str, least: int = 4) -> list[str]:
    """The runs of ``least`` or more common English words in ``text`` (outside quotes, fields,
    options and paths): sentences a Vietnamese interface left in English."""
    found = []
    for line in text.splitlines():
        words = re.findall(r"[^\W\d_]+", _NOT_PROSE.sub(" | ", line))
        run: list[str] = []
        for word in [*words, "|"]:
            if word.lower() in _ENGLISH:
                run.append(word)
                continue
            if len(run) >= least:
                found.append(" ".join(run))
            run = []
    return found


def test_the_english_heuristic_sees_english_and_not_vietnamese(catalog: dict) -> None:
    """The check below is not vacuous: it finds most of deckmaker's English sentences, and no
    Vietnamese translation of the catalog trips it."""
    long = [ids[0] for ids, _s, _f in catalog.values() if len(ids[0].split()) >= 8]
    seen = [m for m in long if english_runs(m)]
    assert len(seen) >= 0.6 * len(long), len(seen) / len(long)  # most: short words abound
    assert english_runs("this file was not made by deckmaker (it has no deckmaker record)")
    tripped = [s for _ids, strings, _f in catalog.values() for s in strings if english_runs(s)]
    assert not tripped, tripped


GROWTH_FIGURES = """\
grdp_growth:
  label: Tăng trưởng GRDP
  value: -1.2
  unit: "%"
exports:
  label: Kim ngạch xuất khẩu
  value: 8
  unit: tỷ USD
  plan: 7
"""

GROWTH_OUTLINE = """\
deck:
  title: Kết quả
  figures: figures.yaml
  language: vi
sections:
  - title: Kinh tế
    slides:
      - title: Chỉ tiêu
        bullets:
          - GRDP tăng {grdp_growth}
          - Xuất khẩu chưa đạt {exports}
      - title: Xuất khẩu
        kpis:
          - figure: exports
"""
"""Two contradicted claims (a rise before a fall, a miss before a figure over its plan)."""

LONG_FOOTER = "Ban Tuyên giáo Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Hưng Yên, " * 3

GUIDANCE = """\
HƯỚNG DẪN
Tuyên truyền kết quả kinh tế - xã hội năm 2024

I. KẾT QUẢ NỔI BẬT
1. Kinh tế
Tốc độ tăng trưởng GRDP đạt 7,5%, vượt kế hoạch 7%. Thu ngân sách đạt 2.500 tỷ đồng.
3. Xã hội
Có 320/411 xã đạt chuẩn nông thôn mới; tỷ lệ hộ nghèo còn dưới 1,5%.
"""


def _vietnamese_everywhere(result: subprocess.CompletedProcess[str], what: str) -> None:
    text = result.stdout + result.stderr
    assert text.strip(), what
    runs = english_runs(text)
    assert not runs, f"{what}: English under LANG=vi_VN.UTF-8: {runs}\n{text}"


def test_no_english_sentence_under_a_vietnamese_interface(tmp_path: Path) -> None:
    """Representative commands, failing and not, print no English sentence in Vietnamese: a
    build's log lines and its warnings (footer cut, words contradicted by the figures), update
    on a foreign file and update's report, help of the newer commands, click's own plural
    errors, and a draft's summary and its '# review:' comments."""
    vi = {"LANG": "vi_VN.UTF-8"}
    (tmp_path / "long").mkdir()
    (tmp_path / "long" / "theme.yaml").write_text(
        f'extends: tuong-phan\nfooter: "{LONG_FOOTER}"\n', encoding="utf-8"
    )
    (tmp_path / "figures.yaml").write_text(GROWTH_FIGURES, encoding="utf-8")
    (tmp_path / "outline.yaml").write_text(GROWTH_OUTLINE, encoding="utf-8")

    build = run(["build", ".", "--theme", "./long", "-v"], tmp_path, **vi)
    assert build.returncode == 0, build.stderr
    assert (
        "chân trang quá dài" in build.stderr and "'tăng' đứng trước {grdp_growth}" in build.stderr
    )
    _vietnamese_everywhere(build, "build -v")
    english = run(["build", ".", "--theme", "./long", "--lang", "en"], tmp_path)
    assert english_runs(english.stderr), "the same warnings in English are seen as English"

    figures = tmp_path / "figures.yaml"
    figures.write_text(GROWTH_FIGURES.replace("value: 8", "value: 9"), encoding="utf-8")
    deck = next((tmp_path / "build").glob("*.pptx"))
    update = run(["update", str(deck), "--dry-run"], tmp_path, **vi)
    assert update.returncode == 0, update.stderr
    assert "chưa ghi gì (--dry-run)" in update.stdout
    _vietnamese_everywhere(update, "update --dry-run")

    (tmp_path / "foreign.pptx").write_bytes(b"not a presentation")
    foreign = run(["update", "foreign.pptx", "outline.yaml"], tmp_path, **vi)
    assert foreign.returncode == 1
    assert "không do deckmaker tạo ra" in foreign.stderr
    _vietnamese_everywhere(foreign, "update on a foreign file")

    for command in (["preview", "--help"], ["update", "--help"], ["draft", "--help"]):
        shown = run(command, tmp_path, **vi)
        assert shown.returncode == 0, shown.stderr
        _vietnamese_everywhere(shown, " ".join(command))

    extra = run(["check", "outline.yaml", "one", "two"], tmp_path, **vi)
    assert extra.returncode == 2
    _vietnamese_everywhere(extra, "click's plural message")

    (tmp_path / "huong-dan.txt").write_text(GUIDANCE, encoding="utf-8")
    draft = run(["draft", "huong-dan.txt", "-o", "nhap"], tmp_path, **vi)
    assert draft.returncode == 0, draft.stderr
    _vietnamese_everywhere(draft, "draft")
    comments = [
        line.strip()
        for name in ("outline.yaml", "figures.yaml")
        for line in (tmp_path / "nhap" / name).read_text(encoding="utf-8").splitlines()
        if line.strip().startswith("#")
    ]
    assert any(c.startswith("# review:") for c in comments)
    runs = [c for c in comments if english_runs(c)]
    assert not runs, runs


def test_the_preview_page_speaks_the_interface_language() -> None:
    from deckmaker.live.page import WORDS, render_page

    try:
        i18n.set_language("vi")
        page = render_page()
        assert page.startswith('<!doctype html>\n<html lang="vi">')
        assert "<h2>Trang chiếu</h2>" in page and "Không có vấn đề nào." in page
        assert "Bấm để sao chép tệp:dòng" in page and "đang vẽ {n} trang chiếu" in page
        assert not english_runs(page.partition("<script>")[0])
    finally:
        i18n.set_language("en")
    page = render_page()
    assert '<html lang="en">' in page and "<h2>Slides</h2>" in page
    assert WORDS["drawing"] in page  # the status line's words, filled in by the page's script
