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
