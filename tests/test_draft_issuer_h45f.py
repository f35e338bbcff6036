"""h45f: the issuer of a text without a letterhead, named in its opening sentences, on the title
slide: a people's council that opens the text ('Sáng ngày 30/7, HĐND huyện Minh Hóa … đã khai
mạc Kỳ họp thứ 18'), a city's committee written 'UBND TP Hà Nội', and never a person named after
the body by office ('Chánh Văn phòng UBND thành phố Trương Việt Dũng')."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation

from deckmaker.cli import main
from deckmaker.draft.reader import read_paragraphs
from deckmaker.draft.structure import parse

EVAL = Path(__file__).parent / "fixtures" / "draft-eval"


def _organization(tmp_path: Path, name: str) -> str:
    lines = (EVAL / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    body = tmp_path / f"{name}.txt"
    body.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return parse(read_paragraphs(body, [])).organization


@pytest.mark.parametrize(
    ("name", "issuer"),
    [
        ("as-minhhoa-hdnd-kyhop18-2024", "Hội đồng nhân dân huyện Minh Hóa"),
        ("as-minhhoa-hdnd-kyhop9-2022", "Hội đồng nhân dân huyện Minh Hóa"),
        ("as-hanoi-kh-chitieu-2023", "Ủy ban nhân dân thành phố Hà Nội"),
        # a council cited by its resolution is not who writes: the committee's report
        ("aluoi-bc-ktxh-2019", ""),
    ],
)
def test_the_issuer_named_as_the_text_opens(tmp_path, name, issuer):
    assert _organization(tmp_path, name) == issuer


@pytest.mark.render
def test_the_council_is_on_the_drafted_title_slide(tmp_path):
    src = EVAL / "as-minhhoa-hdnd-kyhop18-2024.txt"
    runner = CliRunner()
    r = runner.invoke(main, ["draft", str(src), "-o", str(tmp_path / "p")])
    assert r.exit_code == 0, r.output
    r = runner.invoke(main, ["build", str(tmp_path / "p"), "-o", str(tmp_path / "d.pptx")])
    assert r.exit_code == 0, r.output
    title = Presentation(str(tmp_path / "d.pptx")).slides[0]
    text = " ".join(sh.text_frame.text for sh in title.shapes if sh.has_text_frame)
    assert "HỘI ĐỒNG NHÂN DÂN HUYỆN MINH HÓA" in text.upper().replace("\xa0", " ")


def test_a_city_named_by_a_family_name_is_a_place_and_a_council_opens_on_a_capital_date() -> None:
    # (h45r) 'Hồ Chí Minh', 'Trần Văn Thời' are places after UBND; 'Ngày 30/7, HĐND …' opens
    from deckmaker.draft.structure import _committee_in

    assert _committee_in("UBND thành phố Hồ Chí Minh ban hành kế hoạch", False) == (
        "Ủy ban nhân dân thành phố Hồ Chí Minh"
    )
    assert _committee_in("Ủy ban nhân dân huyện Trần Văn Thời xây dựng", False).endswith(
        "Trần Văn Thời"
    )
    assert _committee_in("Ngày 30/7, HĐND huyện Minh Hóa khai mạc kỳ họp", True) == (
        "Hội đồng nhân dân huyện Minh Hóa"
    )
    assert _committee_in("Chánh Văn phòng UBND thành phố Trương Việt Dũng cho biết", False) == ""
