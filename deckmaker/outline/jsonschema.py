"""A JSON Schema of outline format v1, for editors that autocomplete YAML."""

from __future__ import annotations

from typing import Any

from ..i18n import N_
from ..kinds import CONTENT_KEYS, CONTENT_KINDS
from .content import CHART_DATA, KPI_NEEDS
from .descriptions import describe
from .model import CHART_TYPES, LANGUAGES
from .schema import ENGINES, MAX_BULLET_DEPTH

_TEXT = {"type": "string"}


def _obj(props: dict[str, Any], required: tuple[str, ...] = (), desc: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {"type": "object", "properties": props, "additionalProperties": False}
    if required:
        out["required"] = list(required)
    if desc:
        out["description"] = desc
    return out


def _bullets(depth: int) -> dict[str, Any]:
    item: dict[str, Any] = {"oneOf": [_TEXT]}
    if depth < MAX_BULLET_DEPTH:
        item["oneOf"].append(_obj({"text": _TEXT, "bullets": _bullets(depth + 1)}, ("text",)))
    return {
        "type": "array",
        "items": item,
        "minItems": 1,
        "description": f"Bullets, level {depth}; {{key}} inserts a figure.",
    }


def _has(keys: tuple[str, ...] | list[str]) -> dict[str, Any]:
    return {"required": list(keys)}


def _exactly_one_way(ways: tuple[tuple[str, ...], ...]) -> dict[str, Any]:
    """Exactly one of ``ways``, each a set of keys given whole, and no key of another way."""
    every = [k for way in ways for k in way]
    return {
        "oneOf": [
            {**_has(way), "not": {"anyOf": [_has([k]) for k in every if k not in way]}}
            if len(ways) > 1
            else _has(way)
            for way in ways
        ]
    }


def slide_rules() -> dict[str, Any]:
    """What the validator asks of a slide beyond its keys, from the table of slide kinds: a
    title unless it is a quote, and the content keys of exactly one kind."""
    return {
        "allOf": [
            {"anyOf": [_has(["title"]), _has(["quote"])]},
            _exactly_one_way(tuple(k.keys for k in CONTENT_KINDS)),
        ]
    }


def outline_schema() -> dict[str, Any]:
    number_or_key = {"oneOf": [{"type": "number"}, _TEXT]}
    chart = _obj(
        {
            "type": {"enum": list(CHART_TYPES)},
            "title": _TEXT,
            "figures": {
                "type": "array",
                "items": _TEXT,
                "description": N_("Figure keys, one category each."),
            },
            "categories": {"type": "array", "items": _TEXT},
            "series": {
                "type": "array",
                "items": _obj(
                    {"name": _TEXT, "values": {"type": "array", "items": number_or_key}},
                    ("name", "values"),
                ),
            },
            "unit": _TEXT,
            "source": _TEXT,
            "engine": {"enum": list(ENGINES)},
            "total": {
                **_TEXT,
                "description": N_(
                    "The figure key of the bar that is the whole of the others (drawn apart)."
                ),
            },
        },
        ("type",),
    )
    chart |= _exactly_one_way(CHART_DATA)
    kpi = _obj({"figure": _TEXT, "value": {"type": "number"}, "label": _TEXT, "unit": _TEXT})
    kpi["anyOf"] = [_has(need) for need in KPI_NEEDS]
    table = _obj(
        {
            "columns": {"type": "array", "items": _TEXT},
            "rows": {
                "type": "array",
                "items": {"type": "array", "items": {"type": ["string", "number"]}},
            },
            "highlight": {
                "oneOf": [
                    {"type": ["integer", "string"]},
                    {"type": "array", "items": {"type": ["integer", "string"]}, "minItems": 1},
                ]
            },
        },
        ("columns", "rows"),
    )
    image = {"oneOf": [_TEXT, _obj({"file": _TEXT, "caption": _TEXT}, ("file",))]}
    quote = {"oneOf": [_TEXT, _obj({"text": _TEXT, "author": _TEXT}, ("text",))]}
    content = {
        "bullets": _bullets(1),
        "chart": chart,
        "kpis": {"type": "array", "items": kpi, "minItems": 1},
        "table": table,
        "image": image,
        "quote": quote,
    }
    if set(content) != set(CONTENT_KEYS):  # a kind added to the table needs its schema here
        raise AssertionError(f"content schemas {sorted(content)} != {sorted(CONTENT_KEYS)}")
    slide = _obj(
        {
            "title": _TEXT,
            **{key: content[key] for key in CONTENT_KEYS},
            "notes": {"type": "string", "description": N_("Speaker notes.")},
        }
    )
    slide |= slide_rules()
    section = _obj(
        {
            "title": _TEXT,
            "subtitle": _TEXT,
            "label": {
                "type": "string",
                "description": N_("Shown above the title; default 'Phần n'."),
            },
            "key_figure": _TEXT,
            "part": _TEXT,
            "divider": {
                "type": "boolean",
                "description": N_("false: no divider slide opens the section."),
            },
            "notes": _TEXT,
            "slides": {"type": "array", "items": slide, "minItems": 1},
        },
        ("title", "slides"),
    )
    deck = _obj(
        {
            "title": _TEXT,
            "subtitle": _TEXT,
            "organization": _TEXT,
            "presenter": _TEXT,
            "place": _TEXT,
            "date": {"type": "string", "format": "date"},
            "language": {"enum": list(LANGUAGES)},
            "theme": _TEXT,
            "figures": _TEXT,
            "notes": _TEXT,
            "agenda": {"anyOf": [{"enum": ["auto"]}, {"type": "boolean"}, _TEXT]},
        },
        ("title",),
    )
    closing = {
        "oneOf": [_TEXT, _obj({"title": _TEXT, "subtitle": _TEXT, "notes": _TEXT}, ("title",))]
    }
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://deckmaker.invalid/schema/outline-v1.json",
        "title": N_("deckmaker outline, format v1"),
        **_obj(
            {
                "deck": deck,
                "sections": {"type": "array", "items": section, "minItems": 1},
                "closing": closing,
            },
            ("deck", "sections"),
        ),
    }
    describe(schema)  # what each key means, with an example, in the interface language
    return schema
