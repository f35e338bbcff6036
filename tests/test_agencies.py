"""Many agencies at once: the agencies file, parallel builds, each deck's own logo and colours."""

from __future__ import annotations

import dataclasses
import hashlib
import re
import zipfile
from pathlib import Path, PurePosixPath

import pytest
from click.testing import CliRunner

from deckmaker.agencies import (
    AgencyBuildError,
    AgencyJob,
    build_many,
    load_agencies,
    slug,
    summary_table,
)
from deckmaker.cli import main
from deckmaker.errors import DeckmakerError
from deckmaker.theme import load_theme

from .conftest import ROOT, SAMPLE

SMALL = ROOT / "deckmaker" / "preview_sample"
EXAMPLE = ROOT / "agencies.example.yaml"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "agencies.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _messages(exc: DeckmakerError) -> list[str]:
    return [f"{p.location.line}:{p.location.col} {p.message}" for p in exc.problems]


# ---------------------------------------------------------------- the agencies file


def test_example_file_lists_five_agencies_with_their_own_themes():
    jobs = load_agencies(EXAMPLE)
    assert len(jobs) == 5
    assert len({j.theme for j in jobs}) == 5
    assert jobs[1] == AgencyJob(
        "so-y-te-hung-yen",
        "Sở Y tế tỉnh Hưng Yên",
        ROOT / "build" / "agencies" / "so-y-te.pptx",
        location=jobs[1].location,
    )
    assert jobs[1].location is not None and jobs[1].location.line == 10
    assert jobs[4].overrides() == {
        "organization": "Đài Phát thanh và Truyền hình tỉnh Hưng Yên",
        "presenter": "Phóng viên Ban Thời sự",
    }


def test_output_defaults_to_the_organization_in_ascii_beside_the_file(tmp_path):
    path = _write(tmp_path, "agencies:\n  - {theme: co-do, organization: Sở Y tế tỉnh Hưng Yên}\n")
    (job,) = load_agencies(path)
    assert job.output == tmp_path / "build" / "so-y-te-tinh-hung-yen.pptx"
    assert job.presenter is None


def test_theme_paths_are_relative_to_the_file(tmp_path):
    path = _write(tmp_path, "agencies:\n  - {theme: ../x/theme-a, organization: A}\n")
    assert load_agencies(path)[0].theme == str(tmp_path / "../x/theme-a")


def test_every_problem_in_the_file_is_located(tmp_path):
    path = _write(
        tmp_path,
        "agencies:\n"
        "  - theme: co-do\n"
        "    organisation: Sở Y tế\n"
        "  - {theme: default, organization: Báo Hưng Yên, output: bao.pdf}\n"
        "  - {theme: 7, organization: Đài}\n"
        "  - just a name\n",
    )
    with pytest.raises(DeckmakerError) as info:
        load_agencies(path)
    assert _messages(info.value) == [
        "3:5 unknown key 'organisation'",
        "4:58 the output must be a .pptx file",
        "5:13 'theme' must be a text",
        "6:5 each agency is a mapping",
    ]
    assert "did you mean 'organization'?" in info.value.problems[0].hint
    assert info.value.problems[0].location.file.endswith("agencies.yaml")


def test_two_agencies_writing_one_file_is_an_error(tmp_path):
    path = _write(
        tmp_path,
        "agencies:\n"
        "  - {theme: co-do, organization: A, output: out.pptx}\n"
        "  - {theme: default, organization: B, output: out.pptx}\n",
    )
    with pytest.raises(DeckmakerError) as info:
        load_agencies(path)
    (problem,) = info.value.problems
    assert problem.location.line == 3
    assert problem.message.startswith("two agencies write ")
    assert problem.message.endswith("out.pptx")
    assert "agencies.yaml:2:5" in problem.hint


@pytest.mark.parametrize("text", ["[]", "agencies: []", "agencies: {theme: co-do}", "other: 1"])
def test_a_file_without_a_list_of_agencies_is_an_error(tmp_path, text):
    with pytest.raises(DeckmakerError) as info:
        load_agencies(_write(tmp_path, text + "\n"))
    assert info.value.problems[0].location.line == 1


def test_slug_drops_vietnamese_accents():
    assert slug("Sở Y tế tỉnh Hưng Yên") == "so-y-te-tinh-hung-yen"
    assert slug("Đài PT&TH Hưng Yên") == "dai-pt-th-hung-yen"
    assert slug("—") == "deck"


# ---------------------------------------------------------------- building


def test_an_unknown_theme_fails_before_anything_is_built(tmp_path):
    path = _write(
        tmp_path,
        "agencies:\n  - {theme: co-do, organization: A}\n  - {theme: co-dō, organization: B}\n",
    )
    jobs = load_agencies(path)
    with pytest.raises(DeckmakerError) as info:
        build_many(SMALL, jobs)
    (problem,) = info.value.problems
    assert (problem.location.line, problem.message) == (3, "unknown theme 'co-dō'")
    assert "co-do" in problem.hint
    assert not (tmp_path / "build").exists()


def test_a_failed_deck_does_not_stop_the_others(tmp_path):
    (tmp_path / "blocker").write_text("a file, not a folder")
    jobs = [
        AgencyJob("default", "Cơ quan A", tmp_path / "a.pptx"),
        AgencyJob("co-do", "Cơ quan B", tmp_path / "blocker" / "b.pptx"),
    ]
    ended = []
    with pytest.raises(AgencyBuildError) as info:
        build_many(SMALL, jobs, processes=2, progress=lambda j, r: ended.append((j.theme, r)))
    assert [r.path for r in info.value.results] == [tmp_path / "a.pptx"]
    assert (tmp_path / "a.pptx").is_file()
    head = info.value.problems[0]
    assert head.message == "the deck for Cơ quan B (theme co-do) was not built"
    assert "cannot write the deck" in info.value.problems[1].message
    assert sorted((t, r is None) for t, r in ended) == [("co-do", True), ("default", False)]
    table = summary_table(jobs, info.value.results)
    assert "b.pptx (failed)" in table
    assert re.search(r"a\.pptx\s+default\s+Cơ quan A\s+8\s", table)


def _slides(deck: Path) -> dict[str, str]:
    with zipfile.ZipFile(deck) as z:
        return {
            n: z.read(n).decode()
            for n in z.namelist()
            if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)
        }


def _logo_sha1s(deck: Path) -> set[str]:
    """sha1 of the image behind every picture named Logo, read through each slide's rels."""
    found = set()
    with zipfile.ZipFile(deck) as z:
        for name, xml in _slides(deck).items():
            rels = z.read(name.replace("slides/", "slides/_rels/") + ".rels").decode()
            for rid in re.findall(r'<p:pic>.*?name="Logo".*?r:embed="(rId\d+)"', xml, re.S):
                target = re.search(rf'Id="{rid}"[^>]*Target="([^"]+)"', rels)
                assert target is not None
                media = PurePosixPath("ppt/slides") / target.group(1)
                parts: list[str] = []
                for part in media.parts:
                    if part == "..":
                        parts.pop()
                    else:
                        parts.append(part)
                found.add(hashlib.sha1(z.read("/".join(parts))).hexdigest())
    return found


def test_five_agencies_at_once_each_with_its_own_logo_and_colours(tmp_path):
    jobs = [dataclasses.replace(j, output=tmp_path / j.output.name) for j in load_agencies(EXAMPLE)]
    themes = [load_theme(j.theme, [ROOT / "themes"]) for j in jobs]
    primaries = [t.colors.primary.lstrip("#") for t in themes]
    logos = [hashlib.sha1(t.logo.read_bytes()).hexdigest() for t in themes if t.logo]
    assert len(set(primaries)) == 5
    assert len(set(logos)) == 5

    results = build_many(SAMPLE, jobs, processes=2)

    assert [r.path for r in results] == [j.output for j in jobs]
    for job, primary, logo, result in zip(jobs, primaries, logos, results, strict=True):
        assert result.slides > 50
        slides = _slides(job.output)
        assert len(slides) == result.slides
        colours = set(re.findall(r'srgbClr val="([0-9A-F]{6})"', "".join(slides.values())))
        assert primary in colours, job.theme
        assert not colours & (set(primaries) - {primary}), job.theme
        assert _logo_sha1s(job.output) == {logo}, job.theme
        # the footer of the first content slide (after the title, agenda and section slides)
        assert job.organization in slides["ppt/slides/slide4.xml"]
    assert "Phóng viên Ban Thời sự" in _slides(jobs[4].output)["ppt/slides/slide1.xml"]


_SPAWNED = """
import json, os, sys
from pathlib import Path
from deckmaker.agencies import AgencyJob, build_many

out, cpus = Path(sys.argv[2]), int(sys.argv[3])
if cpus:  # as on a machine of that many cores: each spawned build gets cpus // 2 chart workers
    os.cpu_count = lambda: cpus
jobs = [AgencyJob(t, None, out / f"{t}.pptx") for t in ("tuong-phan", "default")]
results = build_many(sys.argv[1], jobs, processes=2)
print(json.dumps([[str(r.path), r.slides, r.charts_drawn] for r in results]))
"""


@pytest.mark.parametrize("cpus", [0, 4], ids=["cores-of-this-machine", "two-chart-workers-each"])
def test_agencies_built_in_spawned_processes_end_with_their_builds(cpus, tmp_path):
    """Two agencies built at once, each in a spawned process of ``build_many``, cold (no chart
    cache): each build plans tuong-phan 33's grouped bars, whose plot is measured as drawn,
    and the whole run ends. A worker a build keeps past its end hangs it: multiprocessing joins
    a spawned process's children when its work is done, before ``atexit`` could stop them (the
    measuring worker of b6ff5ea, reverted in aabc6b9: CI stopped in this file). Run in a
    process group of its own under a time limit, killed whole when it is exceeded. With 4
    cores (``os.cpu_count`` of the parent, as on such a machine) each build draws in two chart
    workers of its own: the planner's widths are measured in them (``charts.render``)."""
    import json
    import os
    import signal
    import subprocess
    import sys

    from pptx import Presentation

    env = dict(os.environ, PYTHONPATH=str(ROOT), DECKMAKER_CACHE=str(tmp_path / "cache"))
    run = subprocess.Popen(
        [sys.executable, "-c", _SPAWNED, str(SAMPLE), str(tmp_path), str(cpus)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True,
    )  # fmt: skip
    try:
        out, err = run.communicate(timeout=HANG_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(run.pid, signal.SIGKILL)
        run.communicate()
        pytest.fail(f"build_many of two agencies did not end in {HANG_SECONDS} s")
    assert run.returncode == 0, err
    got = json.loads(out.splitlines()[-1])
    assert [Path(p).name for p, _n, _c in got] == ["tuong-phan.pptx", "default.pptx"]
    for path, n, drawn in got:
        assert n > 50
        assert drawn > 10  # cold: every chart drawn, none from a cache
        assert len(Presentation(path).slides) == n


HANG_SECONDS = 240
"""Two cold builds of the sample at once take ~10 s on two loaded cores."""


# ---------------------------------------------------------------- command line


def test_cli_builds_one_deck_per_theme_with_a_summary(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(
        main, ["build", str(SMALL), "--theme", "default", "--theme", "tuong-phan", "-j", "2"]
    )
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert re.search(
        r"build/preview_sample-default\.pptx\s+default\s+\(as in the outline\)\s+8", out
    )
    assert "build/preview_sample-tuong-phan.pptx" in out
    assert out.rstrip().endswith("done: 2 decks, 16 slides")
    assert (tmp_path / "build" / "preview_sample-tuong-phan.pptx").is_file()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--agencies", "a.yaml", "--theme", "co-do"], "leave out --theme"),
        (["--agencies", "a.yaml", "-o", "x.pptx"], "-o names one file"),
        (["--theme", "co-do", "--theme", "default", "-o", "x.pptx"], "-o names one file"),
    ],
)
def test_cli_rejects_options_that_do_not_go_together(args, message):
    result = CliRunner().invoke(main, ["build", str(SMALL), *args])
    assert result.exit_code == 2
    assert message in result.output


def test_cli_reports_a_bad_agencies_file_with_its_location(tmp_path):
    path = _write(tmp_path, "agencies:\n  - {theme: co-do, organisation: A}\n")
    result = CliRunner().invoke(main, ["build", str(SMALL), "--agencies", str(path)])
    assert result.exit_code == 1
    assert "agencies.yaml:2:20: error: unknown key 'organisation'" in result.output
