"""The table of slide kinds is the one list: the planners, outline validation, the JSON Schema,
the writer's layout roles, the preview's captions and the docs all agree with it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from deckmaker.errors import OutlineError
from deckmaker.kinds import CONTENT_KEYS, CONTENT_KINDS, KINDS, kind_of
from deckmaker.layout.kinds import PLANNERS
from deckmaker.outline import load_outline
from deckmaker.outline.jsonschema import outline_schema
from deckmaker.outline.model import SlideSpec
from deckmaker.preview import KIND_LABELS
from deckmaker.theme.model import LAYOUT_ROLES

ROOT = Path(__file__).resolve().parents[2]


def test_every_kind_has_its_planner_and_every_planner_a_kind():
    assert list(PLANNERS) == list(KINDS)
    for name, planner in PLANNERS.items():
        assert callable(planner.plan), name


def test_every_kind_is_built_on_a_template_layout_and_has_a_preview_caption():
    assert {k.layout for k in KINDS.values()} <= set(LAYOUT_ROLES)
    assert set(KIND_LABELS) == set(KINDS)


def test_content_keys_are_slide_fields_and_make_exactly_their_kind():
    fields = set(SlideSpec.__dataclass_fields__)
    assert set(CONTENT_KEYS) <= fields
    for kind in CONTENT_KINDS:
        assert kind_of(kind.keys) is kind
        assert kind_of(reversed(kind.keys)) is kind
    assert kind_of(("table", "image")) is None
    assert kind_of(()) is None


def test_the_json_schema_lists_the_content_keys_of_the_table():
    slide = outline_schema()["properties"]["sections"]["items"]["properties"]["slides"]["items"]
    assert list(slide["properties"]) == ["title", *CONTENT_KEYS, "notes"]


def _outline(tmp_path: Path, slide: str) -> Path:
    path = tmp_path / "outline.yaml"
    path.write_text(
        f"deck: {{title: T}}\nsections:\n  - title: S\n    slides:\n      - {slide}\n", "utf-8"
    )
    return path


@pytest.mark.parametrize("kind", [k for k in CONTENT_KINDS if len(k.keys) > 1])
def test_validation_lets_a_shared_kind_through(tmp_path, kind):
    content = {
        "bullets": "bullets: [a]",
        "chart": "chart: {type: bar, categories: [a], series: [{name: s, values: [1]}]}",
    }
    slide = "{title: T, " + ", ".join(content[k] for k in kind.keys) + "}"
    (spec,) = load_outline(_outline(tmp_path, slide)).sections[0].slides
    assert spec.kind == kind.name


def test_validation_names_the_keys_that_may_share_a_slide(tmp_path):
    path = _outline(tmp_path, "{title: T, table: {columns: [a], rows: [[b]]}, quote: q}")
    with pytest.raises(OutlineError) as err:
        load_outline(path)
    (problem,) = err.value.problems
    assert problem.message == "a slide cannot have both 'table' and 'quote'"
    assert problem.hint == "split them into two slides (only 'chart' with 'bullets' can share one)"


def test_the_every_fixture_shows_every_content_kind():
    deck = load_outline(ROOT / "tests" / "fixtures" / "every" / "outline.yaml")
    assert {s.kind for s in deck.slides()} == {k.name for k in CONTENT_KINDS}


def test_the_docs_list_of_slide_kinds_is_the_table():
    text = (ROOT / "docs" / "outline-format.md").read_text("utf-8")
    section = text[text.index("## Slides") :]
    section = section[: section.index("\n### ")]
    rows = re.findall(r"^\| (`.*`) \| `([a-z-]+)` \| (.+) \|$", section, re.M)
    documented = [(tuple(re.findall(r"`([a-z]+)`", keys)), name, desc) for keys, name, desc in rows]
    assert documented == [(k.keys, k.name, k.description) for k in CONTENT_KINDS]
    covers = [k.name for k in KINDS.values() if not k.keys]
    prose = section[section.index(rows[-1][2]) :]
    assert all(f"`{name}` slide" in prose for name in covers), covers
