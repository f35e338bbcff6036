"""The agency-template corpus of issue 12: every template a deck must build on, made on demand.

- the 23 presentation templates that ship with LibreOffice Impress (``*.otp`` under its
  ``share/template/common/presnt/``), converted to .pptx with ``soffice --convert-to pptx``
  (cached in a folder, so a test session converts them once);
- python-pptx's own default template, as it is (4:3) and widened to 16:9 (its layouts keep
  their 4:3 placeholder boxes: the "widened" template agencies often hand over);
- the two templates in the style of Vietnamese agencies under ``tests/fixtures/agency/``
  (made by ``tools/make_agency_templates.py``).

Run it to build every deck of the corpus and report what build, ``themes check`` and doctor say::

    PYTHONPATH=. python -m tests.template_corpus /tmp/corpus [--sample] [--doctor] [--doctor-all]

``--doctor`` runs ``deckmaker doctor`` on the every-kind deck, ``--doctor-all`` on the sample too.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
AGENCY = ROOT / "tests" / "fixtures" / "agency"
COREOZ = {"coreoz": ROOT / "tests" / "fixtures" / "templates-real" / "coreoz-template.pptx"}
"""The real template the design tests build beside the built-in themes, by the name they use."""
LO_TEMPLATES = Path("/usr/lib/libreoffice/share/template/common/presnt")
THEME_YAML = "name: {name}\nextends: default\ntemplate: {file}\n"


def libreoffice_templates(folder: Path, soffice: str = "soffice") -> list[Path]:
    """LibreOffice Impress's presentation templates as .pptx in ``folder`` (converted once)."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = sorted(LO_TEMPLATES.glob("*.otp"))
    todo = [s for s in sources if not (folder / f"{s.stem}.pptx").exists()]
    if todo:
        with tempfile.TemporaryDirectory(prefix="deckmaker-corpus-lo-") as profile:
            subprocess.run(
                [
                    soffice,
                    f"-env:UserInstallation=file://{profile}",
                    "--headless",
                    "--convert-to",
                    "pptx",
                    "--outdir",
                    str(folder),
                    *map(str, todo),
                ],
                check=True,
                capture_output=True,
                timeout=600,
            )
    return [folder / f"{s.stem}.pptx" for s in sources]


def pptx_defaults(folder: Path) -> list[Path]:
    """python-pptx's default template as it is (4:3) and widened to 16:9."""
    from pptx import Presentation

    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, width in (("pptx-default-4x3", None), ("pptx-default-16x9", 12192000)):
        path = folder / f"{name}.pptx"
        if not path.exists():
            prs = Presentation()
            if width is not None:
                prs.slide_width = width
            buf = io.BytesIO()
            prs.save(buf)
            path.write_bytes(buf.getvalue())
        out.append(path)
    return out


def agency_templates() -> list[Path]:
    """The committed templates in the style of Vietnamese agencies."""
    return sorted(AGENCY.glob("*.pptx")) + sorted(AGENCY.glob("*.potx"))


def corpus(folder: Path, soffice: str = "soffice") -> list[Path]:
    """Every template of the corpus, LibreOffice's converted into ``folder / "lo"``."""
    return [
        *libreoffice_templates(folder / "lo", soffice),
        *pptx_defaults(folder / "pptx"),
        *agency_templates(),
    ]


def save_template(prs, folder: Path, name: str) -> Path:
    """``prs`` (a python-pptx presentation made as a template) saved as ``folder/name``."""
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / name
    buf = io.BytesIO()
    prs.save(buf)
    out.write_bytes(buf.getvalue())
    return out


def theme_for(template: Path, folder: Path) -> Path:
    """A theme folder that only names ``template`` (no hand mapping); returns the folder."""
    name = template.stem.lower().replace("_", "-")
    where = folder / name
    where.mkdir(parents=True, exist_ok=True)
    target = where / f"template{template.suffix}"
    if not target.exists():
        shutil.copyfile(template, target)
    (where / "theme.yaml").write_text(
        THEME_YAML.format(name=template.stem, file=target.name), encoding="utf-8"
    )
    return where


_NAMED: dict[Path, str] = {}


def theme_named(name: str, tmp_path_factory, templates: dict[str, Path] = COREOZ) -> str:
    """A built-in theme by its name, or for a name of ``templates`` a theme folder that only
    names that template (``theme_for``), made once per test process."""
    template = templates.get(name)
    if template is None:
        return name
    if template not in _NAMED:
        _NAMED[template] = str(theme_for(template, tmp_path_factory.mktemp("themes")))
    return _NAMED[template]


def main(argv: list[str]) -> int:
    """Build the every-kind deck (and with ``--sample`` the sample deck) on every template."""
    from click.testing import CliRunner

    from deckmaker.cli import main as cli

    out = Path(argv[0])
    flags = set(argv[1:])
    templates = corpus(out / "templates")
    runner = CliRunner()
    outlines = [ROOT / "tests" / "fixtures" / "every"]
    if "--sample" in flags:
        outlines.append(ROOT / "outlines" / "hung-yen-2024")
    failures = 0
    for template in templates:
        theme = theme_for(template, out / "themes")
        check = runner.invoke(cli, ["themes", "check", str(theme)])
        for outline in outlines:
            deck = out / "decks" / f"{theme.name}-{outline.name}.pptx"
            built = runner.invoke(
                cli, ["build", str(outline), "--theme", str(theme), "-o", str(deck)]
            )
            agree = (check.exit_code == 0) == (built.exit_code == 0)
            line = (
                f"{theme.name:24} {outline.name:14} check={check.exit_code} build={built.exit_code}"
            )
            doctor = "--doctor" in flags and (outline.name == "every" or "--doctor-all" in flags)
            if doctor and built.exit_code == 0:
                doc = runner.invoke(cli, ["doctor", str(deck)])
                line += f" doctor={doc.exit_code}"
                if doc.exit_code:
                    failures += 1
                    line += "\n    " + doc.output.strip().replace("\n", "\n    ")
            if built.exit_code or not agree:
                failures += 1
                line += "\n    " + (built.output or check.output).strip().replace("\n", "\n    ")
            print(line, flush=True)
    print(f"{len(templates)} templates, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    os.environ.setdefault("DECKMAKER_NO_CACHE", "1")
    sys.exit(main(sys.argv[1:]))
