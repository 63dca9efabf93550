"""Web pages built from raw article text, the way news sites serve them.

The text parser's reading of the raw text decides what goes where (the headline into
``<h1>``, header lines into the article header, photo lines into ``<figure>``), since a
page built from it must say what the text says; every line is printed verbatim. Each
template then wraps the article in different site furniture (cookie banners, navigation,
breadcrumbs, teasers, related lists, ads, comments, footers) and declares metadata
differently (none, JSON-LD NewsArticle, ``@graph`` with OpenGraph and ``<time>``, an array
with BlogPosting, OpenGraph alone with the headline outside the ``<article>``), so the HTML reader is tested against all of it.

Used by tests/test_html_equivalence.py and bench/check_html_eval.py.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape

from newsdata.boilerplate import is_boilerplate, is_noise
from newsdata.document import Document
from newsdata.header.lines import split_prefix
from newsdata.pipeline import STAGES, run_stages


@dataclass
class Layout:
    url: str | None
    above: list[str]  # lines above the headline inside the article (kicker, dates)
    chrome: list[str]  # scraper noise above the headline: the site's furniture
    headline: str
    meta: list[str]  # byline, dates, reading time under the headline
    parts: list[tuple[str, list[str]]]  # ('p' | 'figure' | 'boilerplate', lines), in order
    language: str
    published: str | None
    modified: str | None
    authors: list[str]
    photos: list[tuple[str | None, str | None]]
    slug: str = "article"
    extras: dict[str, str] = field(default_factory=dict)


def layout(text: str) -> Layout:
    doc = run_stages(Document(source="<page>", text=text), STAGES[:3])  # segment, language, header
    h, lines = doc.header, doc.lines
    photo_bits = [bit for p in h.photos for bit in (p.caption, p.credit) if bit]
    photo_lines = {i for i, line in enumerate(lines) if i in h.consumed and any(b in line.text for b in photo_bits)}
    headline_index = next(
        (i for i, line in enumerate(lines) if i in h.consumed and split_prefix(line.text)[0] == h.headline), -1
    )
    url_lines = {i for i, line in enumerate(lines) if re.fullmatch(r"(?:https?://|www\.)\S+", line.text)}
    above: list[str] = []
    chrome: list[str] = []
    meta: list[str] = []
    parts: list[tuple[str, list[str]]] = []
    for i, line in enumerate(lines):
        if i == headline_index or i in url_lines:
            continue
        if i in photo_lines:
            if parts and parts[-1][0] == "figure" and i - 1 in photo_lines:
                parts[-1][1].append(line.text)
            else:
                parts.append(("figure", [line.text]))
        elif i < headline_index:
            (chrome if is_noise(line.text) and not above else above).append(line.text)
        elif i < h.body_start:
            meta.append(line.text)
        elif is_boilerplate(line.text, near_end=i >= len(lines) - 3):
            parts.append(("boilerplate", [line.text]))
        elif parts and parts[-1][0] == "p" and not line.blank_before:
            parts[-1][1].append(line.text)
        else:
            parts.append(("p", [line.text]))
    slug = re.sub(r"[^a-z0-9]+", "-", h.headline.casefold())[:60].strip("-") or "article"
    return Layout(
        url=h.url,
        above=above,
        chrome=chrome,
        headline=h.headline,
        meta=meta,
        parts=parts,
        language=doc.language,
        published=h.published.isoformat() if h.published else None,
        modified=h.modified.isoformat() if h.modified else None,
        authors=list(h.authors),
        photos=[(p.caption, p.credit) for p in h.photos],
        slug=slug,
    )


def _url(lay: Layout) -> str:
    return lay.url or f"https://news.example.com/{lay.slug}"


def _lines(lines: list[str]) -> str:
    return "<br>".join(escape(line) for line in lines)


def _article_parts(lay: Layout, *, boilerplate: Callable[[str], str], teaser_after: int | None = None) -> str:
    out: list[str] = []
    paragraphs = 0
    for kind, lines in lay.parts:
        if kind == "figure":
            out.append(
                f'<figure><img src="/img/{lay.slug}.jpg" alt=""><figcaption>{_lines(lines)}</figcaption></figure>'
            )
        elif kind == "boilerplate":
            out.append(boilerplate(lines[0]))
        else:
            out.append(f"<p>{_lines(lines)}</p>")
            paragraphs += 1
            if teaser_after is not None and paragraphs == teaser_after:
                out.append(
                    '<aside class="related-inline"><h4>Read also</h4><ul>'
                    '<li><a href="/x/1">Council approves new parking rules for the old town</a></li>'
                    '<li><a href="/x/2">Bridge repairs delayed until the autumn, says the mayor</a></li></ul></aside>'
                )
    return "\n".join(out)


def _json_ld(lay: Layout, type_: str = "NewsArticle") -> dict[str, object]:
    node: dict[str, object] = {
        "@type": type_,
        "headline": lay.headline,
        "inLanguage": lay.language,
        "mainEntityOfPage": {"@type": "WebPage", "@id": _url(lay)},
        "author": [
            {"@type": "Person", "name": a, "url": f"https://news.example.com/author/{i}"}
            for i, a in enumerate(lay.authors)
        ],
        "publisher": {"@type": "NewsMediaOrganization", "name": "Example News"},
    }
    if lay.published:
        node["datePublished"] = lay.published
    if lay.modified:
        node["dateModified"] = lay.modified
    if lay.photos:
        node["image"] = [
            {"@type": "ImageObject", "url": f"https://news.example.com/img/{n}.jpg", "caption": c, "creditText": r}
            for n, (c, r) in enumerate(lay.photos)
        ]
    return node


NAV = (
    '<header class="site-header" role="banner"><a class="logo" href="/">Example News</a>'
    '<nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li>'
    '<li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li></ul></nav></header>'
)
COOKIES = (
    '<div id="cookie-consent" class="cookie-banner" role="dialog"><p>We use cookies to improve your experience '
    "and to show personalised advertising.</p><button>Accept all</button><button>Settings</button></div>"
)
RELATED = (
    '<section class="related-articles"><h2>Related articles</h2><ul>'
    '<li><a href="/r/1">Regional train timetable changes from December</a></li>'
    '<li><a href="/r/2">What the new budget means for public transport</a></li>'
    '<li><a href="/r/3">Ten years of the harbour festival in pictures</a></li></ul></section>'
)
COMMENTS = (
    '<section id="comments" class="comments"><h2>Comments (2)</h2>'
    '<div class="comment"><span class="comment-author">reader_1987</span><p>This is exactly what I have been '
    "saying for years, nobody in the council ever listens to the people who actually live here.</p></div>"
    '<div class="comment"><span class="comment-author">M. K.</span><p>Good reporting, thank you. I would like '
    "to know more about who pays for all of this in the end.</p></div></section>"
)
FOOTER = (
    '<footer class="site-footer" role="contentinfo"><p>© 2026 Example News. All rights reserved.</p>'
    '<ul><li><a href="/imprint">Imprint</a></li><li><a href="/privacy">Privacy</a></li></ul></footer>'
)
MOST_READ = (
    '<aside class="most-read"><h3>Most read</h3><ol><li><a href="/m/1">Storm warning for the coast tonight</a></li>'
    '<li><a href="/m/2">Local bakery wins national prize</a></li><li><a href="/m/3">Road closed after landslide</a></li>'
    "</ol></aside>"
)


def _head(lay: Layout, extra: str = "", *, charset: bool = True, canonical: bool = True) -> str:
    title = escape(lay.headline)
    meta = '<meta charset="utf-8">' if charset else ""
    link = f'<link rel="canonical" href="{escape(_url(lay))}">' if canonical else ""
    return f"<head>{meta}<title>{title} | Example News</title>{link}{extra}</head>"


def plain(lay: Layout) -> str:
    """No declared metadata beyond <title>; the article header as plain divs."""
    above = "".join(f"<div>{escape(line)}</div>" for line in lay.above)
    meta = "".join(f"<div>{escape(line)}</div>" for line in lay.meta)
    body = _article_parts(lay, boilerplate=lambda t: f"<p>{escape(t)}</p>")
    chrome = "".join(f"<div class='bar'>{escape(line)}</div>" for line in lay.chrome)
    return (
        f"<!DOCTYPE html><html>{_head(lay, canonical=lay.url is not None)}<body>{chrome}"
        f"<div id='content'>{above}<h1>{escape(lay.headline)}</h1>{meta}{body}</div></body></html>"
    )


def portal_jsonld(lay: Layout) -> str:
    """A news portal: cookie banner, navigation, breadcrumbs, JSON-LD NewsArticle, inline
    teasers, ads, a related list, comments and a footer around the article."""
    ld = json.dumps({"@context": "https://schema.org", **_json_ld(lay)}, ensure_ascii=False)
    head = _head(lay, f'<script type="application/ld+json">{ld}</script>')
    above = "".join(f'<p class="kicker">{escape(line)}</p>' for line in lay.above)
    meta = "".join(f'<p class="meta">{escape(line)}</p>' for line in lay.meta)
    body = _article_parts(
        lay, boilerplate=lambda t: f'<div class="ad-slot"><span>{escape(t)}</span></div>', teaser_after=2
    )
    crumbs = '<nav class="breadcrumbs"><a href="/">Home</a> › <a href="/region">Region</a></nav>'
    return (
        f'<!DOCTYPE html><html lang="{lay.language}">{head}<body>{COOKIES}{NAV}<main>{crumbs}'
        f'<article class="story"><header class="story-header">{above}<h1 class="headline">{escape(lay.headline)}</h1>'
        f'{meta}</header><div class="story-body">{body}</div></article>'
        f"{RELATED}{COMMENTS}</main>{MOST_READ}{FOOTER}</body></html>"
    )


def graph_og(lay: Layout) -> str:
    """JSON-LD in an @graph (WebPage + ReportageNewsArticle), OpenGraph and article:* tags,
    <time datetime> around the date lines and rel=author links in the byline."""
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Example News", "url": "https://news.example.com/"},
            {"@type": "WebPage", "@id": _url(lay), "name": lay.headline},
            _json_ld(lay, "ReportageNewsArticle"),
        ],
    }
    og = [
        ("og:type", "article"),
        ("og:title", lay.headline),
        ("og:url", _url(lay)),
        ("og:site_name", "Example News"),
        ("article:published_time", lay.published or ""),
        ("article:modified_time", lay.modified or ""),
    ]
    tags = "".join(f'<meta property="{k}" content="{escape(v)}">' for k, v in og if v)
    ld = json.dumps(graph, ensure_ascii=False)
    head = _head(lay, f'{tags}<script type="application/ld+json">{ld}</script>')
    stamps = [s for s in (lay.published, lay.modified) if s]

    def meta_line(line: str) -> str:
        for name in lay.authors:
            line_html = escape(line)
            if escape(name) in line_html:
                linked = f'<a rel="author" href="/author/{escape(name)}">{escape(name)}</a>'
                return f'<div class="byline">{line_html.replace(escape(name), linked, 1)}</div>'
        if stamps and re.search(r"\d", line):
            return f'<div class="dateline"><time datetime="{stamps.pop(0)}">{escape(line)}</time></div>'
        return f'<div class="meta">{escape(line)}</div>'

    above = "".join(f'<div class="overline">{escape(line)}</div>' for line in lay.above)
    meta = "".join(meta_line(line) for line in lay.meta)
    body = _article_parts(lay, boilerplate=lambda t: f'<aside class="teaser"><a href="/t">{escape(t)}</a></aside>')
    return (
        f'<!DOCTYPE html><html lang="{lay.language}">{head}<body>{NAV}<div class="layout"><div class="col-main">'
        f"<article>{above}<h1>{escape(lay.headline)}</h1>{meta}{body}"
        '<div class="share">Share on Facebook · Share on X · Copy link</div></article>'
        f"{RELATED}</div>{MOST_READ}</div>{COMMENTS}{FOOTER}</body></html>"
    )


def blog_array(lay: Layout) -> str:
    """A blog-like site: no <article> element, JSON-LD as an array with a BlogPosting,
    author meta tag, a newsletter box in the middle of the text."""
    ld = json.dumps(
        [{"@context": "https://schema.org", "@type": "Organization", "name": "Example"}, _json_ld(lay, "BlogPosting")],
        ensure_ascii=False,
    )
    tags = f'<meta name="author" content="{escape(", ".join(lay.authors))}">' if lay.authors else ""
    head = _head(lay, f'{tags}<script type="application/ld+json">{ld}</script>')
    above = "".join(f'<span class="cat">{escape(line)}</span><br>' for line in lay.above)
    meta = "".join(f'<p class="post-meta">{escape(line)}</p>' for line in lay.meta)
    body = _article_parts(lay, boilerplate=lambda t: f'<div class="promo">{escape(t)}</div>', teaser_after=1)
    newsletter = (
        '<div class="newsletter"><form><p>Get our newsletter every morning.</p><input type="email">'
        "<button>Subscribe</button></form></div>"
    )
    return (
        f'<!DOCTYPE html><html lang="{lay.language}">{head}<body>{COOKIES}{NAV}<div class="wrap">'
        f'<div class="post"><div class="post-header">{above}<h1 class="entry-title">{escape(lay.headline)}</h1>{meta}</div>'
        f'<div class="entry-content">{body}</div>{newsletter}</div>{MOST_READ}</div>{COMMENTS}{FOOTER}</body></html>'
    )


def hero_og(lay: Layout) -> str:
    """No JSON-LD, OpenGraph only; the headline and header lines sit in a hero block
    outside the <article>, which holds only the text, beside an audio player and a
    newsletter box; the header lines are spans split by <br>."""
    tags = f'<meta property="og:title" content="{escape(lay.headline)}"><meta property="og:type" content="article">'
    head = _head(lay, tags, canonical=False)
    above = "".join(f"<span>{escape(line)}</span><br>" for line in lay.above)
    meta = "<br>".join(f'<span class="info">{escape(line)}</span>' for line in lay.meta)
    body = _article_parts(lay, boilerplate=lambda t: f'<div class="inline-promo"><b>{escape(t)}</b></div>')
    return (
        f"<!DOCTYPE html><html>{head}<body>{NAV}<div class='page'>"
        f"<div class='hero'><div class='hero-top'>{above}</div><h1>{escape(lay.headline)}</h1><div class='hero-meta'>{meta}</div></div>"
        "<div class='audio-player'><button>Listen to this article</button><span>00:00 / 04:12</span></div>"
        f"<article class='text'>{body}</article>"
        "<div class='newsletter'><p>Get our morning briefing in your inbox.</p></div>"
        f"{RELATED}</div>{FOOTER}</body></html>"
    )


TEMPLATES: dict[str, Callable[[Layout], str]] = {
    "plain": plain,
    "portal-jsonld": portal_jsonld,
    "graph-og": graph_og,
    "blog-array": blog_array,
    "hero-og": hero_og,
}
WITHOUT_JSON_LD = ("plain", "hero-og")
