"""The body with its quotes marked up, for formats that have no quote field.

ninjs has no place for quotes and NewsML-G2 none outside the body, so both carry them
in the body markup: a quote whose span lies in a paragraph becomes an inline quotation
element around exactly that text (HTML ``<q>``, NITF ``<q>``), with its speaker as an
attribute; a quote without a usable span becomes a block quotation after the
paragraphs (HTML ``<figure><blockquote>``, NITF ``<bq>``). Reading walks the same
markup back, and also reads plain paragraphs from other producers' HTML, NITF or XHTML
(elements are matched by local name, so the namespace does not matter).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

from lxml import etree

from newsdata.model import Article, Quote, Span


@dataclass(frozen=True, slots=True)
class Placed:
    """Where each quote goes: inline in a paragraph (start, end, quote index) or after."""

    inline: dict[int, list[tuple[int, int, int]]]
    after: list[int]


def place_quotes(article: Article) -> Placed:
    """Quotes whose span is exactly their text in a paragraph, without overlapping the
    previous one there, go inline; every other quote goes after the paragraphs."""
    inline: dict[int, list[tuple[int, int, int]]] = {}
    after: list[int] = []
    for i, quote in enumerate(article.quotes):
        span = quote.span
        if span is None or span.paragraph >= len(article.body):
            after.append(i)
            continue
        paragraph = article.body[span.paragraph]
        marks = inline.setdefault(span.paragraph, [])
        fits = span.start < span.end <= len(paragraph) and paragraph[span.start : span.end] == quote.text
        if fits and all(span.end <= s or span.start >= e for s, e, _ in marks):
            marks.append((span.start, span.end, i))
        else:
            after.append(i)
    for marks in inline.values():
        marks.sort()
    return Placed(inline, after)


# ---------------------------------------------------------------- HTML (ninjs) --


def _html_attrs(quote: Quote) -> str:
    attrs = ""
    if quote.speaker is not None:
        attrs += f' data-speaker="{escape(quote.speaker)}"'
    if quote.speaker_id is not None:
        attrs += f' data-speaker-id="{escape(quote.speaker_id)}"'
    if quote.cue is not None:
        attrs += f' data-cue="{escape(quote.cue)}"'
    return attrs


def body_html(article: Article) -> str:
    """The body as HTML paragraphs with every quote marked up (see the module doc)."""
    placed = place_quotes(article)
    parts: list[str] = []
    for n, paragraph in enumerate(article.body):
        pos = 0
        text = ""
        for start, end, i in placed.inline.get(n, ()):
            text += escape(paragraph[pos:start], quote=False)
            text += f"<q{_html_attrs(article.quotes[i])}>{escape(paragraph[start:end], quote=False)}</q>"
            pos = end
        parts.append(f"<p>{text}{escape(paragraph[pos:], quote=False)}</p>")
    for i in placed.after:
        quote = article.quotes[i]
        caption = f"<figcaption>{escape(quote.speaker, quote=False)}</figcaption>" if quote.speaker else ""
        parts.append(
            f'<figure class="quote"><blockquote{_html_attrs(quote)}><p>{escape(quote.text, quote=False)}</p>'
            f"</blockquote>{caption}</figure>"
        )
    return "\n".join(parts)


# ------------------------------------------------------------------- reading --


def _local(element: etree._Element) -> str:
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


@dataclass(slots=True)
class ReadBody:
    paragraphs: list[str]
    quotes: list[Quote]


Speaker = Callable[[etree._Element], tuple[str | None, str | None, str | None]]


def html_speaker(element: etree._Element) -> tuple[str | None, str | None, str | None]:
    return element.get("data-speaker"), element.get("data-speaker-id"), element.get("data-cue")


# NITF's <q> and <bq> name a speaker (quote-source) but have no place for a speaker id or
# a cue; NITF allows attributes from other namespaces on them, so ours carry both there
# (a name shared by two participants would otherwise leave the speaker unknown).
NEWSDATA_NITF = "urn:newsdata:nitf"
SPEAKER_ID = "{" + NEWSDATA_NITF + "}speaker-id"
CUE = "{" + NEWSDATA_NITF + "}cue"


def nitf_speaker(element: etree._Element) -> tuple[str | None, str | None, str | None]:
    return element.get("quote-source"), element.get(SPEAKER_ID), element.get(CUE)


def _clean(value: str | None) -> str | None:
    value = value.strip() if value is not None else None
    return value or None


def _paragraph_text(p: etree._Element, number: int, speaker: Speaker, quotes: list[Quote]) -> str:
    """The paragraph's text; each inline quotation in it is added with its span."""
    out: list[str] = []
    length = 0

    def walk(element: etree._Element, *, top: bool = False) -> None:
        nonlocal length
        is_quote = not top and _local(element) == "q"
        start = length
        if element.text:
            out.append(element.text)
            length += len(element.text)
        for child in element:
            if isinstance(child.tag, str):
                walk(child)
            if child.tail:
                out.append(child.tail)
                length += len(child.tail)
        if is_quote and length > start:
            text = "".join(out)[start:length]
            name, pid, cue = speaker(element)
            if text.strip():
                quotes.append(
                    Quote(
                        text=text,
                        speaker=_clean(name),
                        speaker_id=_clean(pid),
                        cue=_clean(cue),
                        span=Span(paragraph=number, start=start, end=length),
                    )
                )

    walk(p, top=True)  # the paragraph itself is never the quotation, whatever its tag
    return "".join(out)


def _tidy(text: str, quotes: list[Quote], first: int) -> str:
    """Pretty-printed markup (NITF, XHTML) breaks and indents paragraphs: collapse each
    whitespace run to one space and strip the ends, moving the spans of the paragraph's
    quotes (``quotes[first:]``) along. Text without line breaks, tabs or padding is
    left exactly as it is, so a canonical paragraph's own spacing survives."""
    if text == text.strip() and not any(ch in text for ch in "\n\r\t"):
        return text
    new_at: list[int] = []
    out: list[str] = []
    pending_space = False
    for ch in text:
        if ch.isspace():
            pending_space = bool(out)
            new_at.append(len(out))
            continue
        if pending_space:
            out.append(" ")
            pending_space = False
        new_at.append(len(out))
        out.append(ch)
    new_at.append(len(out))
    tidy = "".join(out)
    for k in range(first, len(quotes)):
        span = quotes[k].span
        if span is None:
            continue
        start, end = new_at[span.start], new_at[span.end]
        while start < end and tidy[start] == " ":
            start += 1
        while end > start and tidy[end - 1] == " ":
            end -= 1
        quotes[k] = quotes[k].model_copy(
            update={"text": tidy[start:end], "span": Span(paragraph=span.paragraph, start=start, end=end)}
        )
    quotes[first:] = [q for q in quotes[first:] if q.text]
    return tidy


def tidy_text(text: str) -> str:
    """As ``_tidy``, without spans: exact unless line breaks, tabs or padding show layout."""
    if text == text.strip() and not any(ch in text for ch in "\n\r\t"):
        return text
    return " ".join(text.split())


_BLOCK_QUOTES = {"blockquote", "bq"}
_SKIP = {"figcaption", "credit", "script", "style", "head", "body.head", "hedline", "byline", "abstract"}


def read_body(root: etree._Element, speaker: Speaker) -> ReadBody:
    """Paragraphs and quotes from HTML, XHTML or NITF markup under ``root``.

    Paragraphs are the ``p`` elements outside block quotations (and outside NITF's
    body.head); a block quotation becomes a quote without a span. Paragraphs that are
    empty after stripping are dropped, as the canonical body has none.
    """
    paragraphs: list[str] = []
    inline: list[Quote] = []
    after: list[Quote] = []

    def visit(element: etree._Element) -> None:
        for child in element:
            name = _local(child)
            if not name or name in _SKIP:
                continue
            if name == "p":
                first = len(inline)
                text = _paragraph_text(child, len(paragraphs), speaker, inline)
                text = _tidy(text, inline, first)
                if text:
                    paragraphs.append(text)
                else:
                    inline[:] = [q for q in inline if q.span is None or q.span.paragraph < len(paragraphs)]
            elif name in _BLOCK_QUOTES:
                text = " ".join(tidy_text("".join(p.itertext())) for p in child.iter() if _local(p) == "p")
                text = text or tidy_text("".join(child.itertext()))
                person, pid, cue = speaker(child)
                if text:
                    after.append(Quote(text=text, speaker=_clean(person), speaker_id=_clean(pid), cue=_clean(cue)))
            else:
                visit(child)

    visit(root)
    return ReadBody(paragraphs, inline + after)


def read_html(value: str) -> ReadBody:
    """Paragraphs and quotes from an HTML fragment or document (libxml2's HTML parser,
    which neither loads external entities nor touches the network)."""
    parser = etree.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    root = etree.fromstring(f"<html><body>{value}</body></html>", parser)
    if root is None:
        return ReadBody([], [])
    body = read_body(root, html_speaker)
    if not body.paragraphs and not body.quotes:  # plain text in an HTML body; block quotes are no paragraphs
        text = "".join(root.itertext())
        body.paragraphs = split_paragraphs(text)
    return body


def split_paragraphs(text: str) -> list[str]:
    """Plain text paragraphs: blank-line separated, or one per line when there is none."""
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n")]
    if len(blocks) == 1:
        blocks = [line.strip() for line in text.splitlines()]
    return [b for b in blocks if b]


def join_paragraphs(paragraphs: Sequence[str]) -> str:
    return "\n\n".join(paragraphs)
