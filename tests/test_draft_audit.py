"""tools/draft_audit.py (session 34, h44d): the recall audit of unlabelled pages, re-scored from
its verdict file, on real pages of tests/fixtures/draft-audit/."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import tool_module

ROOT = Path(__file__).resolve().parent.parent
AUDIT = ROOT / "tests" / "fixtures" / "draft-audit"


@pytest.fixture(scope="module")
def tool():
    return tool_module("draft_audit")


def test_a_page_is_scored_from_its_verdicts(tool, capsys) -> None:
    # tcttg: Báo cáo 1270/BC-TCTTTg (2017), 13 showable numbers among 60 dates and document
    # numbers; the parts of 'chưa hoàn thành: 5.863 (trung hạn: 5.640, quá hạn: 223)' are not
    # drafted in the whole document; '25/12/2017' and '(25%)' share the value 25, the run
    # the draft's unit follows ('25%') takes the figure, not the date before it
    page = AUDIT / "h43f" / "tcttg.txt"
    rc = tool.main(["-q", "--verdicts", str(AUDIT / "h43f" / "verdicts.yaml"), str(page)])
    out = capsys.readouterr().out
    assert rc == 0, out
    assert "tcttg: 10 of 13 showable numbers drafted right (76.9%); 0 wrong unit; 0 drafted " in out


def test_a_verdict_against_the_draft_counts_a_wrong_unit_and_a_non_figure(
    tool, tmp_path: Path, capsys
) -> None:
    # collector.com.tr (traffic accidents, Tết 2026): judged by hand with one unit wrong on
    # purpose ('45 vụ' as 'người') and the year judged a figure, then a drafted figure judged
    # skip ('17 người'): the tally tells the three apart
    page = AUDIT / "h43f" / "collector.txt"
    verdicts = tmp_path / "v.yaml"
    verdicts.write_text(
        "collector:\n"
        + "".join(
            f"  - {v!r}\n"
            for v in [
                "31,88 show %",
                "2025 show năm",
                "4 skip",
                "45 show người",
                "18,67 show %",
                "44 show người",
                "31,88 show %",
                "17 skip",
                "12,41 show %",
            ]
        ),
        encoding="utf-8",
    )
    rc = tool.main(["--verdicts", str(verdicts), str(page)])
    out = capsys.readouterr().out
    assert rc == 0, out
    assert "collector: 5 of 7 showable numbers drafted right (71.4%); 1 wrong unit; 1 " in out
    assert "MISS" in out and "UNIT" in out and "NONFIG" in out


def test_verdicts_that_do_not_follow_the_text_are_refused(tool, tmp_path: Path, capsys) -> None:
    verdicts = tmp_path / "v.yaml"
    verdicts.write_text("collector:\n  - '99 show %'\n", encoding="utf-8")
    rc = tool.main(["-q", "--verdicts", str(verdicts), str(AUDIT / "h43f" / "collector.txt")])
    assert rc == 1
    assert "does not judge run '31,88'" in capsys.readouterr().err


def test_a_documents_verdicts_that_are_no_list_are_refused_not_skipped(
    tool, tmp_path: Path, capsys
) -> None:
    verdicts = tmp_path / "v.yaml"
    verdicts.write_text("collector: '31,88 show %'\n", encoding="utf-8")
    rc = tool.main(["-q", "--verdicts", str(verdicts), str(AUDIT / "h43f" / "collector.txt")])
    assert rc == 1
    assert "the verdicts for collector are not a list" in capsys.readouterr().err


def test_untrusted_inputs_are_refused_without_a_traceback(tool, tmp_path: Path, capsys) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"1 " * (2 * 1024 * 1024))
    bad = tmp_path / "bad.yaml"
    bad.write_text("a: [\n", encoding="utf-8")
    assert tool.main(["-q", str(big)]) == 1
    assert tool.main(["-q", "--verdicts", str(bad), str(big)]) == 2
    err = capsys.readouterr().err
    assert "larger than 2 MB" in err and "Traceback" not in err
