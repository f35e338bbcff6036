"""What issue 17 left: a list item indented one space too far, a value written with its unit,
and unknown-key hints that name the few closest keys, each hit the way a presenter would."""

from __future__ import annotations

import textwrap
from pathlib import Path

from click.testing import CliRunner

from deckmaker.cli import main
from deckmaker.errors import did_you_mean


def cli(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def _deck(tmp_path: Path, bullets: str, figures: str = "grdp:\n  label: GRDP\n  value: 10.05\n"):
    write(tmp_path / "figures.yaml", figures)
    outline = "deck:\n  title: T\n  figures: figures.yaml\nsections:\n  - title: S\n"
    outline += "    slides:\n      - title: A\n        bullets:\n" + bullets
    (tmp_path / "outline.yaml").write_text(outline, encoding="utf-8")
    return tmp_path


# --- a list item indented one space more is read as text: a located hint ------------------


def test_a_list_item_indented_one_space_more_gets_a_located_hint(tmp_path):
    deck = _deck(
        tmp_path,
        "          - Thu ngân sách đạt {grdp}\n"
        "           - Chi ngân sách\n"
        "          - Một dòng khác\n",
    )
    result = cli("check", deck)
    assert result.exit_code == 0  # it is valid YAML: one bullet "Thu ngân sách … - Chi ngân sách"
    assert "outline.yaml:10:12: warning: this list item is read as more of the text above" in (
        result.stderr
    )
    assert "'Thu ngân sách đạt {grdp} - Chi ngân sách'" in result.stderr
    assert "indented 1 space more than the '-' on line 9" in result.stderr
    assert "slide 3 of the deck" in result.stderr


def test_a_dash_inside_a_text_or_a_quoted_text_is_not_a_list_item(tmp_path):
    deck = _deck(
        tmp_path,
        "          - Kinh tế - xã hội ổn định\n"
        '          - "Thu ngân sách\n'
        '             - Chi ngân sách"\n'
        "          - text: Có mục con\n"
        "            bullets:\n"
        "              - Mục con - một\n",
    )
    result = cli("check", deck)
    assert result.exit_code == 0, result.output
    assert "warning" not in result.stderr


def test_aligned_dashes_are_two_items(tmp_path):
    deck = _deck(tmp_path, "          - Thu ngân sách\n          - Chi ngân sách\n")
    result = cli("check", deck)
    assert result.exit_code == 0 and "warning" not in result.stderr


# --- a value written with its unit ------------------------------------------------------------


def test_a_value_written_with_its_unit_gets_a_specific_hint(tmp_path):
    deck = _deck(
        tmp_path,
        "          - '{grdp}'\n",
        figures=(
            "grdp:\n  label: GRDP\n  value: 10,05%\n"
            "thu:\n  label: Thu\n  value: 1.234,5 tỷ đồng\n"
            "muc_tieu:\n  label: Mục tiêu\n  value: 7,5–8%\n"
        ),
    )
    result = cli("check", deck)
    assert result.exit_code == 1
    err = result.stderr
    assert "figures.yaml:3:10: error: value '10,05%' is a number with its unit" in err
    assert "value: 10.05 (or '10,05', quoted), and the unit in its own field, unit: \"%\"" in err
    assert "value '1.234,5 tỷ đồng' is a number with its unit" in err
    assert (
        "value: 1234.5 (or '1234,5', quoted), and the unit in its own field, unit: \"tỷ đồng\""
        in err
    )
    assert 'value: [7.5, 8], and the unit in its own field, unit: "%"' in err


def test_a_value_written_with_its_unit_in_a_csv_cell(tmp_path):
    write(tmp_path / "figures.csv", 'key,label,value\ngrdp,GRDP,"10,05%"\n')
    write(
        tmp_path / "outline.yaml",
        """
        deck: {title: T, figures: figures.csv}
        sections:
          - title: S
            slides:
              - title: A
                bullets: ["{grdp}"]
        """,
    )
    result = cli("check", tmp_path)
    assert result.exit_code == 1
    assert "figures.csv:2:" in result.stderr
    assert "'10,05%' is a number with its unit" in result.stderr
    assert 'unit: "%"' in result.stderr


def test_a_word_that_is_not_a_number_keeps_the_general_hint(tmp_path):
    deck = _deck(tmp_path, "          - '{grdp}'\n", figures="grdp:\n  label: G\n  value: abc\n")
    result = cli("check", deck)
    assert "'abc' is not a number" in result.stderr
    assert "a number with its unit" not in result.stderr


# --- unknown-key hints name the few closest keys ---------------------------------------------


def test_a_long_list_of_known_keys_gives_only_the_closest_few():
    known = [f"chi_tieu_{i}" for i in range(40)] + ["grdp_growth", "grdp_growth_2024"]
    hint = did_you_mean("grdp_growht", known)
    assert hint.startswith("did you mean 'grdp_growth'?")
    assert "closest of the 42 known: grdp_growth, grdp_growth_2024" in hint
    assert "chi_tieu_0" not in hint
    assert "…" not in hint
    nothing = did_you_mean("zzz", known)
    assert nothing == "none of the 42 known is close"


def test_an_unknown_outline_key_is_answered_with_the_closest_key(tmp_path):
    deck = _deck(tmp_path, "          - a\n")
    text = (deck / "outline.yaml").read_text(encoding="utf-8")
    (deck / "outline.yaml").write_text(text.replace("bullets:", "bulets:"), encoding="utf-8")
    result = cli("check", deck)
    assert "unknown key 'bulets' in a slide" in result.stderr
    assert "did you mean 'bullets'?" in result.stderr
    hint = next(line for line in result.stderr.splitlines() if "hint:" in line)
    assert len(hint.split(",")) <= 12
