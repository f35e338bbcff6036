"""Files from strangers (issue 11): templates, pictures, caches, LibreOffice and chart workers.

Every hostile input is generated here, small, and ends in a located error or a safe deck.
"""

from __future__ import annotations

import http.server
import io
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from PIL import Image
from pptx import Presentation
from pptx.util import Inches

from deckmaker.errors import DeckmakerError
from deckmaker.pipeline import build_deck
from deckmaker.theme import load_theme
from deckmaker.theme.template import check_template

from .conftest import FIXTURES, ROOT, need_soffice
from .template_corpus import COREOZ, theme_for

SECRET = (0x13, 0xC7, 0x5A)  # a green no theme or chart uses
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
IMAGE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
MASTER = "ppt/slideMasters/slideMaster1.xml"
THEME_YAML = (
    "name: Hostile\nextends: default\ntemplate: template.pptx\nsize: '4:3'\n"
    'layouts: {section: "Title Only"}\n'
)
RUN = [sys.executable, "-m", "deckmaker"]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def _template_bytes() -> bytes:
    """A plain template made by python-pptx (its default layouts)."""
    buf = io.BytesIO()
    Presentation().save(buf)
    return buf.getvalue()


def _edit(data: bytes, change) -> bytes:
    """The package ``data`` with ``change(parts)`` applied to its {name: bytes}."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    change(parts)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in parts.items():
            z.writestr(name, content)
    return out.getvalue()


def _link_picture(parts: dict[str, bytes], target: str) -> None:
    """Put a full-slide picture on the slide master, linked (an external relationship)."""
    rels_name = "ppt/slideMasters/_rels/slideMaster1.xml.rels"
    rels = etree.fromstring(parts[rels_name])
    etree.SubElement(
        rels,
        f"{{{REL_NS}}}Relationship",
        Id="rIdEvil",
        Type=IMAGE_REL,
        Target=target,
        TargetMode="External",
    )
    parts[rels_name] = etree.tostring(rels, xml_declaration=True, encoding="UTF-8")
    pic = (
        '<p:pic xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<p:nvPicPr><p:cNvPr id="999" name="Evil"/><p:cNvPicPr/><p:nvPr/></p:nvPicPr>'
        '<p:blipFill><a:blip r:link="rIdEvil"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>'
        '<p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="9144000" cy="6858000"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>'
    )
    master = parts[MASTER].decode()
    at = master.index("</p:spTree>")
    parts[MASTER] = (master[:at] + pic + master[at:]).encode()


def _theme(folder: Path, template: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "template.pptx").write_bytes(template)
    (folder / "theme.yaml").write_text(THEME_YAML, encoding="utf-8")
    return folder


def _no_external(pptx: Path) -> None:
    with zipfile.ZipFile(pptx) as z:
        for name in z.namelist():
            if name.endswith(".rels"):
                assert b'TargetMode="External"' not in z.read(name), name


def _colour_share(pdf: Path, tmp: Path) -> float:
    """The share of pixels of the PDF's first page that are the secret colour."""
    subprocess.run(
        ["pdftoppm", "-r", "20", "-png", "-f", "1", "-l", "1", pdf, tmp / "p"], check=True
    )
    with Image.open(next(tmp.glob("p*.png"))) as im:
        raw = im.convert("RGB").tobytes()
    pixels = [raw[i : i + 3] for i in range(0, len(raw), 3)]
    near = sum(1 for p in pixels if all(abs(a - b) < 12 for a, b in zip(p, SECRET, strict=True)))
    return near / len(pixels)


class _Beacon(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802 - the stdlib's name
        _Beacon.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()
        buf = io.BytesIO()
        Image.new("RGB", (8, 8), SECRET).save(buf, "png")
        self.wfile.write(buf.getvalue())

    def log_message(self, *args):
        pass


@pytest.fixture
def beacon():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Beacon)
    _Beacon.hits = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/beacon.png"
    server.shutdown()
    server.server_close()


# --- templates: external links, macros, bombs -------------------------------------------------


@pytest.mark.render
def test_a_linked_local_picture_never_reaches_the_deck_or_the_pdf(tmp_path):
    need_soffice()
    secret = tmp_path / "private" / "secret.png"
    secret.parent.mkdir()
    Image.new("RGB", (64, 64), SECRET).save(secret)
    theme = _theme(
        tmp_path / "theme",
        _edit(_template_bytes(), lambda parts: _link_picture(parts, secret.as_uri())),
    )
    problems = check_template(load_theme(str(theme)))
    removed = [p for p in problems if "external image link" in p.message]
    assert removed and removed[0].severity == "warning"
    assert "part ppt/slideMasters/slideMaster1.xml" in removed[0].message
    out = tmp_path / "deck.pptx"
    result = subprocess.run(
        [*RUN, "build", str(FIXTURES / "every"), "-o", str(out), "--theme", str(theme), "--pdf"],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    _no_external(out)
    pdf = out.with_suffix(".pdf")
    assert pdf.is_file()
    assert _colour_share(pdf, tmp_path) < 0.01


def test_a_macro_enabled_template_gives_a_plain_deck(tmp_path):
    def macros(parts):
        parts["ppt/vbaProject.bin"] = b"\xd0\xcf\x11\xe0 not really OLE, but never copied"
        rels = etree.fromstring(parts["ppt/_rels/presentation.xml.rels"])
        etree.SubElement(
            rels,
            f"{{{REL_NS}}}Relationship",
            Id="rIdVba",
            Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject",
            Target="vbaProject.bin",
        )
        parts["ppt/_rels/presentation.xml.rels"] = etree.tostring(rels)
        types = parts["[Content_Types].xml"].decode()
        types = types.replace(
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
            "application/vnd.ms-powerpoint.slideshow.macroEnabled.main+xml",
        ).replace(
            "</Types>",
            '<Override PartName="/ppt/vbaProject.bin" '
            'ContentType="application/vnd.ms-office.vbaProject"/></Types>',
        )
        parts["[Content_Types].xml"] = types.encode()

    theme = _theme(tmp_path / "theme", _edit(_template_bytes(), macros))
    warnings = check_template(load_theme(str(theme)))
    assert any("vbaProject.bin" in p.message for p in warnings)
    out = build_deck(FIXTURES / "every", tmp_path / "deck.pptx", theme=str(theme)).path
    with zipfile.ZipFile(out) as z:
        assert not [n for n in z.namelist() if "vba" in n.lower()]
        types = z.read("[Content_Types].xml").decode()
        rels = z.read("ppt/_rels/presentation.xml.rels").decode()
    assert "macroEnabled" not in types and "vbaProject" not in types
    assert "presentationml.presentation.main+xml" in types
    assert "vbaProject" not in rels


def test_many_external_links_of_one_part_give_one_warning(tmp_path):
    """A real agency template (coreoz) whose own first slide carries six external hyperlinks:
    every link is removed, and the build says so once for that part, counting them, not six
    times (each build printed 18 lines of the same warning)."""
    theme = theme_for(COREOZ["coreoz"], tmp_path)
    problems = check_template(load_theme(str(theme)))
    links = [p for p in problems if "external hyperlink link" in p.message]
    assert len(links) == 1, [p.message for p in problems]
    assert "part ppt/slides/slide1.xml: 6 external hyperlink links removed: '$/" in (
        links[0].message
    )
    assert links[0].message.endswith("and 3 more"), links[0].message
    out = build_deck(FIXTURES / "every", tmp_path / "deck.pptx", theme=str(theme)).path
    _no_external(out)


def _bounded(cmd: list[str], limit_mb: int = 500, timeout: float = 5) -> tuple[int, str, float]:
    """Run ``cmd``; assert its peak memory (``/usr/bin/time``) and time stay within bounds."""
    start = time.monotonic()
    proc = subprocess.run(
        ["/usr/bin/time", "-f", "%M", *cmd],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=60,
        check=False,
    )
    took = time.monotonic() - start
    peak_kb = int(proc.stderr.strip().splitlines()[-1])
    assert peak_kb < limit_mb * 1024, f"peak {peak_kb // 1024} MB"
    assert took < timeout + 3, f"took {took:.1f} s"  # + Python's own start-up
    return proc.returncode, proc.stderr, took


@pytest.mark.skipif(not Path("/usr/bin/time").exists(), reason="needs /usr/bin/time")
def test_a_zip_bomb_template_is_refused_before_it_is_inflated(tmp_path):
    data = _template_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            if info.filename != MASTER:
                z.writestr(info, src.read(info))
        with z.open(zipfile.ZipInfo(MASTER), "w", force_zip64=True) as f:
            f.write(src.read(MASTER)[:-20])
            chunk = b" " * (1 << 24)
            for _ in range(64):  # 1 GB of spaces, about 1 MB packed
                f.write(chunk)
    theme = _theme(tmp_path / "theme", out.getvalue())
    code, err, _ = _bounded([*RUN, "themes", "check", str(theme)])
    assert code == 1
    assert "template.pptx: part ppt/slideMasters/slideMaster1.xml" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE lolz [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>',
        '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    ],
    ids=["billion-laughs", "xxe"],
)
def test_a_template_with_a_doctype_is_refused_with_its_part(tmp_path, doctype):
    def add(parts):
        xml = parts[MASTER].decode()
        head, rest = xml.split("?>", 1)
        parts[MASTER] = (
            head + "?>" + doctype + rest.replace("<a:latin ", "<a:latin x='&d;' ", 1)
        ).encode()

    theme = _theme(tmp_path / "theme", _edit(_template_bytes(), add))
    problems = check_template(load_theme(str(theme)))
    assert problems and problems[0].severity == "error"
    assert f"template.pptx: part {MASTER}" in problems[0].message
    with pytest.raises(DeckmakerError) as info:
        build_deck(FIXTURES / "every", tmp_path / "deck.pptx", theme=str(theme))
    assert MASTER in info.value.format()
    assert not (tmp_path / "deck.pptx").exists()


# --- LibreOffice never reaches the network -----------------------------------------------------


@pytest.mark.render
def test_libreoffice_fetches_nothing(tmp_path, beacon):
    need_soffice()
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    pic = slide.shapes.add_picture(io.BytesIO(_png(8, 8)), 0, 0, Inches(4), Inches(3))
    rid = slide.part.relate_to(beacon, IMAGE_REL, is_external=True)
    blip = pic._element.blipFill.find("{http://schemas.openxmlformats.org/drawingml/2006/main}blip")
    blip.set("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}link", rid)
    deck = tmp_path / "linked.pptx"
    prs.save(deck)
    from deckmaker.office import convert

    convert(deck, "pdf", tmp_path / "pdf")
    doctor = subprocess.run(
        [*RUN, "doctor", str(deck)], capture_output=True, text=True, env=ENV, timeout=300
    )
    assert "Traceback" not in doctor.stderr
    assert _Beacon.hits == []


# --- pictures ---------------------------------------------------------------------------------


def _png(width: int, height: int) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (width, height), SECRET).save(buf, "png")
    return buf.getvalue()


def _outline_with_picture(folder: Path, picture: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "outline.yaml").write_text(
        "deck:\n  title: Ảnh\n  date: 2024-01-20\n  language: vi\n"
        "sections:\n  - title: Ảnh\n    slides:\n"
        f"      - title: Một ảnh\n        image: {picture}\n",
        encoding="utf-8",
    )
    return folder


def _huge_png() -> bytes:
    """20000 × 20000 pixels of one colour: a few hundred kB packed."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    raw = zlib.compressobj(9)
    row = b"\0" + b"\0" * 20000
    body = b"".join(raw.compress(row) for _ in range(20000)) + raw.flush()
    head = struct.pack(">IIBBBBB", 20000, 20000, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", head) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("huge.png", _huge_png, "megapixels allowed"),
        ("cut.png", lambda: _png(300, 200)[:-400], "damaged or truncated"),
        ("cut.jpg", lambda: _jpeg()[:-300], "damaged or truncated"),
        ("text.png", lambda: b"just some text\n" * 10, "not a picture"),
    ],
)
def test_a_bad_picture_is_a_located_error(tmp_path, name, content, says):
    work = _outline_with_picture(tmp_path / "deck", name)
    (work / name).write_bytes(content())
    start = time.monotonic()
    with pytest.raises(DeckmakerError) as info:
        build_deck(work, tmp_path / "deck.pptx")
    assert time.monotonic() - start < 5
    text = info.value.format()
    assert says in text and name in text
    assert "outline.yaml:" in text  # the line that names the picture


def _jpeg() -> bytes:
    buf = io.BytesIO()
    Image.effect_noise((200, 150), 60).convert("RGB").save(buf, "jpeg")
    return buf.getvalue()


@pytest.mark.parametrize("how", ["dotdot", "absolute", "symlink"])
def test_a_picture_outside_the_outline_folder_is_refused(tmp_path, monkeypatch, how):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "scan.png").write_bytes(_png(40, 30))
    work = tmp_path / "deck"
    work.mkdir()
    if how == "symlink":
        (work / "scan.png").symlink_to(elsewhere / "scan.png")
    named = {
        "dotdot": "../elsewhere/scan.png",
        "absolute": str(elsewhere / "scan.png"),
        "symlink": "scan.png",
    }[how]
    _outline_with_picture(work, named)
    monkeypatch.delenv("DECKMAKER_ALLOW_PATHS", raising=False)
    with pytest.raises(DeckmakerError) as info:
        build_deck(work, tmp_path / "deck.pptx")
    text = info.value.format()
    assert "outside" in text and "scan.png" in text and "DECKMAKER_ALLOW_PATHS" in text
    monkeypatch.setenv("DECKMAKER_ALLOW_PATHS", str(elsewhere))
    assert build_deck(work, tmp_path / "deck.pptx").path.is_file()


def test_a_logo_outside_the_theme_folder_is_refused(tmp_path):
    (tmp_path / "logo.png").write_bytes(_png(40, 40))
    theme = tmp_path / "theme"
    theme.mkdir()
    (theme / "theme.yaml").write_text("name: T\nextends: default\nlogo: ../logo.png\n", "utf-8")
    with pytest.raises(DeckmakerError) as info:
        load_theme(str(theme))
    assert "theme.yaml:" in info.value.format() and "outside" in info.value.format()


# --- caches -----------------------------------------------------------------------------------


def test_damaged_cache_entries_are_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("DECKMAKER_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("DECKMAKER_DECK_CACHE", raising=False)
    work = tmp_path / "deck"
    shutil.copytree(FIXTURES / "every", work)
    fresh = build_deck(work, tmp_path / "a.pptx").path.read_bytes()
    decks = list((tmp_path / "cache" / "decks").glob("*.pptx"))
    charts = list((tmp_path / "cache" / "charts").rglob("*.png"))
    assert decks and charts
    for deck in decks:
        deck.write_bytes(deck.read_bytes()[:1000])
    for chart in charts:
        chart.write_bytes(chart.read_bytes()[:-200])
    again = build_deck(work, tmp_path / "b.pptx")
    assert again.charts_drawn == len(charts)
    assert (tmp_path / "b.pptx").read_bytes() == fresh
    third = build_deck(work, tmp_path / "c.pptx")  # the rebuilt entries serve again
    assert third.charts_drawn == 0
    assert (tmp_path / "c.pptx").read_bytes() == fresh


# --- chart workers ----------------------------------------------------------------------------


def _children_of(pids: set[int]) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid in pids:
            found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_chart_workers_die_with_a_killed_build(tmp_path):
    work = tmp_path / "deck"
    shutil.copytree(FIXTURES / "charts-vi", work)
    env = {**ENV, "DECKMAKER_CACHE": str(tmp_path / "cache")}
    proc = subprocess.Popen(
        [*RUN, "build", str(work), "-o", str(tmp_path / "deck.pptx")],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    family: set[int] = set()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # wait until workers draw (grandchildren of the build)
        children = _children_of({proc.pid})  # the fork server and the resource tracker
        workers = _children_of(children)
        family = children | workers
        if workers or proc.poll() is not None:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the build finished before its workers could be seen"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    time.sleep(3)
    left = [pid for pid in family if _alive(pid)]
    assert left == [], f"still running: {left}"


# --- draft and doctor -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.docx", b"PK\x03\x04 not really a zip" * 20),
        ("report.pdf", b"%PDF-1.4\n1 0 obj\n<<"),
    ],
)
def test_draft_on_a_broken_file_is_a_located_error(tmp_path, name, content):
    src = tmp_path / name
    src.write_bytes(content)
    result = subprocess.run(
        [*RUN, "draft", str(src), "-o", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert name in result.stderr


@pytest.mark.render
def test_doctor_errors_name_the_users_file(tmp_path):
    deck = tmp_path / "broken.pptx"
    deck.write_bytes(b"PK\x03\x04" + b"\0" * 500)
    result = subprocess.run(
        [*RUN, "doctor", str(deck)], capture_output=True, text=True, env=ENV, timeout=60
    )
    assert result.returncode == 1
    assert "broken.pptx" in result.stderr
    assert "deckmaker-doctor-" not in result.stderr and "Traceback" not in result.stderr
