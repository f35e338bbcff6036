"""The preview's web page: one HTML file, its script updates the page from server-sent events."""

from __future__ import annotations

import html
import json
from typing import Any

from ..i18n import N_, _, language

WORDS = {
    "title": N_("deckmaker preview"),
    "slides": N_("Slides"),
    "problems": N_("Problems"),
    "no_problems": N_("No problems."),
    "figures": N_("Figures"),
    "key": N_("Key"),
    "label": N_("Label"),
    "value": N_("Value"),
    "used_on": N_("Slides"),
    "unused": N_("not used"),
    "copied": N_("copied"),
    "copy_hint": N_("Click to copy the file:line"),
    "status": {
        "building": N_("building…"),
        "ready": N_("up to date"),
        "problems": N_("see the problems"),
    },
    "drawing": N_("drawing {n} slide(s)"),
    "hint": N_("hint"),
}
"""Every text the page shows, in one place, in English; the page shows them in the interface
language (``words``)."""

PAGE = """<!doctype html>
<html lang="__LANG__"><head><meta charset="utf-8">
<title>__TITLE__</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:system-ui,sans-serif;margin:0;background:#f3f4f6;color:#111}
header{position:sticky;top:0;background:#1f2937;color:#fff;padding:.5rem 1rem;display:flex;
gap:1rem;align-items:baseline;z-index:1}
header h1{font-size:1rem;margin:0}#status{font-size:.9rem;opacity:.85}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(18rem,1fr);gap:1rem;padding:1rem}
#slides{display:grid;grid-template-columns:repeat(auto-fill,minmax(20rem,1fr));gap:1rem}
figure{margin:0;background:#fff;box-shadow:0 1px 3px #0003}
figure img{width:100%;display:block;aspect-ratio:16/9;background:#e5e7eb}
figcaption{padding:.25rem .5rem;font-size:.85rem}
figcaption b{margin-right:.5rem}
section h2{font-size:1rem;margin:.5rem 0}
.problem{background:#fff;border-left:4px solid #b91c1c;padding:.4rem .6rem;margin:.4rem 0;
font-size:.85rem}
.problem.warning{border-color:#d97706}
.where{font-family:monospace;cursor:pointer;text-decoration:underline dotted}
table{border-collapse:collapse;font-size:.8rem;background:#fff;width:100%}
td,th{border:1px solid #d1d5db;padding:.2rem .4rem;text-align:left;vertical-align:top}
</style></head>
<body>
<header><h1>__TITLE__</h1><span id="deck"></span><span id="status"></span></header>
<main>
<section><h2>__SLIDES__</h2><div id="slides"></div></section>
<aside>
<section><h2>__PROBLEMS__</h2><div id="problems"></div></section>
<section><h2>__FIGURES__</h2><table><thead><tr><th>__KEY__</th><th>__LABEL__</th>
<th>__VALUE__</th><th>__USED_ON__</th></tr></thead><tbody id="figures"></tbody></table></section>
</aside></main>
<script>
const W = __WORDS__;
let shown = -1;
function el(tag, attrs, text) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}
function copy(text, node) {
  const done = () => { node.dataset.copied = "1"; node.title = W.copied; };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).then(done, done);
  } else {
    const t = el("textarea"); t.value = text; document.body.appendChild(t); t.select();
    try { document.execCommand("copy"); } catch (e) {} t.remove(); done();
  }
}
function slides(list) {
  const box = document.getElementById("slides");
  while (box.children.length > list.length) box.lastChild.remove();
  list.forEach((s, i) => {
    let fig = box.children[i];
    if (!fig) {
      fig = el("figure", {"data-slide": s.number});
      fig.appendChild(el("img", {alt: ""}));
      const cap = el("figcaption"); cap.appendChild(el("b")); cap.appendChild(el("span"));
      fig.appendChild(cap); box.appendChild(fig);
    }
    fig.dataset.slide = s.number;
    const img = fig.querySelector("img");
    if (s.picture && img.getAttribute("src") !== s.picture) img.setAttribute("src", s.picture);
    if (!s.picture) img.removeAttribute("src");
    img.alt = s.number + ". " + s.title;
    fig.querySelector("b").textContent = s.number;
    fig.querySelector("span").textContent = s.title;
  });
}
function problems(list) {
  const box = document.getElementById("problems"); box.replaceChildren();
  if (!list.length) { box.appendChild(el("p", {}, W.no_problems)); return; }
  for (const p of list) {
    const d = el("div", {class: "problem " + p.severity});
    const w = el("span", {class: "where", title: W.copy_hint}, p.location);
    w.addEventListener("click", () => copy(p.where, w));
    d.appendChild(w); d.appendChild(el("span", {}, ": " + p.severity + ": " + p.message));
    if (p.place) d.appendChild(el("div", {}, p.place));
    if (p.hint) d.appendChild(el("div", {}, W.hint + ": " + p.hint));
    box.appendChild(d);
  }
}
function figures(list) {
  const body = document.getElementById("figures"); body.replaceChildren();
  for (const f of list) {
    const tr = el("tr");
    tr.appendChild(el("td", {}, f.key)); tr.appendChild(el("td", {}, f.label));
    tr.appendChild(el("td", {}, f.value));
    tr.appendChild(el("td", {}, f.slides.length ? f.slides.join(", ") : W.unused));
    body.appendChild(tr);
  }
}
async function refresh() {
  const r = await fetch("/state.json", {cache: "no-store"});
  const s = await r.json();
  if (s.version <= shown) return;
  shown = s.version;
  document.getElementById("deck").textContent = s.deck;
  const st = s.status.startsWith("drawing ") ? W.drawing.replace("{n}", s.status.split(" ")[1])
    : (W.status[s.status] || s.status);
  document.getElementById("status").textContent = st;
  document.body.dataset.version = s.version;
  document.body.dataset.status = s.status;
  slides(s.slides); problems(s.problems); figures(s.figures);
}
function listen() {
  const es = new EventSource("/events");
  es.addEventListener("state", () => refresh());
  es.onerror = () => { es.close(); setTimeout(listen, 1000); };
}
refresh(); listen();
</script></body></html>
"""


def words() -> dict[str, Any]:
    """``WORDS`` in the interface language."""
    return {
        k: {s: _(t) for s, t in v.items()} if isinstance(v, dict) else _(str(v))
        for k, v in WORDS.items()
    }


def render_page() -> str:
    shown = words()
    out = PAGE.replace("__WORDS__", json.dumps(shown, ensure_ascii=False))
    out = out.replace("__LANG__", language())
    for name in ("title", "slides", "problems", "figures", "key", "label", "value", "used_on"):
        value = shown[name]
        assert isinstance(value, str)
        out = out.replace(f"__{name.upper()}__", html.escape(value))
    return out
