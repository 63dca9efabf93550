"""An HTML page as the raw-text layout the text parser already reads.

The page's main text comes from trafilatura, which drops navigation, comments, related
lists, ads and other boilerplate. Trafilatura also drops the article's header lines
(byline, dates, photo captions), which the text parser needs, so those are taken from the
page itself: the lines around the headline (``<h1>``) up to the first paragraph that
trafilatura kept, and the captions of the figures inside the article. The result is laid
out like a scraped article,

    URL (when known, for the outlet's country)
    lines above the headline (kicker, dates), the headline, byline and date lines
    <blank> photo caption and credit lines <blank>
    paragraphs, blank-separated, with in-body photo lines where the figures stood

and parsed by the one text pipeline, so there is no second parser to keep in step.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree
from lxml import html as lxml_html

from newsdata.boilerplate import is_noise
from newsdata.errors import InputError
from newsdata.inputs.declared import DeclaredMetadata

BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
# never reader-visible article text
SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "button",
        "select",
        "option",
        "textarea",
        "iframe",
        "object",
        "head",
    ]
)
# page furniture: their lines are never header lines
FURNITURE_TAGS = frozenset({"nav", "aside", "form", "menu", "dialog"})
FURNITURE_ROLES = frozenset({"navigation", "complementary", "banner", "contentinfo", "search", "dialog", "alert"})
LINES_ABOVE_HEADLINE = 6
PROSE_MIN_WORDS = 14
_SPACE = re.compile(r"\s+")
_BREAK = "\x00"  # a <br> inside a block, kept until the block is laid out


@dataclass(frozen=True)
class Block:
    text: str  # whitespace collapsed, for matching
    lines: tuple[str, ...]  # as laid out, split at <br>
    owner: etree._Element
    seq: int


@dataclass
class RenderedPage:
    text: str
    headline_found: bool
    main_blocks: int  # paragraphs trafilatura kept
    warnings: list[str] = field(default_factory=list)


def norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def load_tree(text: str, *, source: str) -> lxml_html.HtmlElement:
    try:
        tree = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"not a readable HTML page ({exc})", source=source) from exc
    return tree


class _Walker:
    """The page's text as blocks in document order, each owned by its block element."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.entered: dict[etree._Element, int] = {}
        self._buffer: list[str] = []
        self._owner: etree._Element | None = None

    def _flush(self) -> None:
        lines = tuple(line for line in (norm(part) for part in "".join(self._buffer).split(_BREAK)) if line)
        if lines and self._owner is not None:
            self.blocks.append(Block(" ".join(lines), lines, self._owner, len(self.blocks)))
        self._buffer = []

    def walk(self, el: etree._Element, owner: etree._Element) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in SKIP_TAGS or not tag:
            return
        is_block = tag in BLOCK_TAGS
        if is_block:
            self._flush()
        elif tag == "br":
            self._buffer.append(_BREAK)
        self.entered[el] = len(self.blocks)
        if is_block:
            owner = el
        self._owner = owner
        if el.text:
            self._buffer.append(el.text)
        for child in el:
            self.walk(child, owner)
            self._owner = owner
            if child.tail:
                self._buffer.append(child.tail)
        if is_block:
            self._flush()


def _ancestors(el: etree._Element) -> Iterator[etree._Element]:
    node: etree._Element | None = el
    while node is not None:
        yield node
        node = node.getparent()


def _is_furniture(el: etree._Element, container: etree._Element) -> bool:
    for node in _ancestors(el):
        if node is container:
            return False
        if node.tag in FURNITURE_TAGS or (node.get("role") or "").casefold() in FURNITURE_ROLES:
            return True
    return False


def _figure_of(el: etree._Element, container: etree._Element) -> etree._Element | None:
    for node in _ancestors(el):
        if node is container:
            return None
        if node.tag == "figure":
            return node
    return None


def main_text_blocks(tree: lxml_html.HtmlElement, url: str | None) -> list[tuple[str, ...]]:
    """The article's text blocks as trafilatura keeps them (boilerplate dropped)."""
    import trafilatura

    # bare_extraction, not extract: the XML serialisation and its content fingerprint
    # would cost a third of the extraction time for nothing
    document = trafilatura.bare_extraction(
        copy.deepcopy(tree),
        url=url,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
        with_metadata=False,
    )
    main = getattr(document, "body", None)
    if main is None:
        return []
    blocks: list[tuple[str, ...]] = []
    for el in main:
        parts = [_split_line_breaks(item) for item in el.iter("item")] if el.tag == "list" else [_split_line_breaks(el)]
        blocks.extend(lines for lines in (tuple(n for n in map(norm, part) if n) for part in parts) if lines)
    return blocks


def _split_line_breaks(el: etree._Element) -> list[str]:
    parts: list[str] = [el.text or ""]
    for child in el:
        if child.tag == "lb":
            parts.append("")
        else:
            parts[-1] += "".join(child.itertext())
        parts[-1] += child.tail or ""
    return parts


def _pick_headline(tree: lxml_html.HtmlElement, declared: DeclaredMetadata) -> etree._Element | None:
    h1s = [h for h in tree.iter("h1") if norm(h.text_content())]
    if not h1s:
        return None
    if declared.headline is not None:
        want = norm(declared.headline.value).casefold()
        for h in h1s:
            text = norm(h.text_content()).casefold()
            if text == want or (declared.headline.where == "title" and want.startswith(text)):
                return h
    in_article = [h for h in h1s if any(a.tag in ("article", "main") for a in _ancestors(h))]
    return (in_article or h1s)[0]


def _common_ancestor(a: etree._Element, b: etree._Element) -> etree._Element:
    seen = set(_ancestors(a))
    return next(node for node in _ancestors(b) if node in seen)


def render(tree: lxml_html.HtmlElement, declared: DeclaredMetadata, *, url: str | None) -> RenderedPage:
    body = tree.find("body")
    walker = _Walker()
    walker.walk(body if body is not None else tree, tree)
    blocks = walker.blocks
    kept = main_text_blocks(tree, url)

    # map trafilatura's blocks onto the page's, in order
    by_text: dict[str, list[Block]] = {}
    for block in blocks:
        by_text.setdefault(block.text, []).append(block)
    mapped: list[tuple[str, Block | None]] = []
    last = -1
    for kept_lines in kept:
        text = " ".join(kept_lines)
        match = next((b for b in by_text.get(text, ()) if b.seq > last), None)
        if match is not None:
            last = match.seq
        mapped.append((text, match))
    kept_layout = {" ".join(lines): lines for lines in kept}

    headline_el = _pick_headline(tree, declared)
    headline_seq = walker.entered.get(headline_el, -1) if headline_el is not None else -1
    headline_text = norm(headline_el.text_content()) if headline_el is not None else ""
    start = _body_start(mapped, headline_seq, headline_text)
    first_body = next((b for _, b in mapped[start:] if b is not None), None)
    if headline_el is not None and first_body is not None:
        container = _common_ancestor(headline_el, first_body.owner)
    elif first_body is not None:
        parent = first_body.owner.getparent()
        container = parent if parent is not None else first_body.owner
    else:
        container = headline_el if headline_el is not None else tree
    body_seq = first_body.seq if first_body is not None else len(blocks)

    def inside(block: Block) -> bool:
        return block.owner is container or any(a is container for a in _ancestors(block.owner))

    # figures in the article, as groups of lines at their place
    figures: dict[etree._Element, list[Block]] = {}
    header: list[Block] = []
    above: list[Block] = []
    for block in blocks:
        if not inside(block) or _is_furniture(block.owner, container):
            continue
        figure = _figure_of(block.owner, container)
        if figure is not None:
            figures.setdefault(figure, []).append(block)
        elif block.seq < body_seq and (headline_el is None or block.owner is not headline_el):
            if block.seq < headline_seq:
                above.append(block)
            elif not is_noise(block.text):  # a player's '00:00 / 04:12' would part the caption from the header
                header.append(block)

    lines: list[str] = []
    if url:
        lines += [url, ""]
    lines += [line for b in above[-LINES_ABOVE_HEADLINE:] for line in b.lines]
    if headline_text:
        lines.append(headline_text)
    elif declared.headline is not None:
        lines.append(declared.headline.value)
    lines += [line for b in header for line in b.lines]
    lines.append("")
    figure_groups = sorted(figures.values(), key=lambda group: group[0].seq)
    figure_texts = {b.text for group in figure_groups for b in group}
    position = body_seq
    pending = list(figure_groups)
    for text, found in mapped[start:]:
        if found is not None:
            position = found.seq
        while pending and pending[0][0].seq < position:
            lines += [line for b in pending.pop(0) for line in b.lines] + [""]
        if text in figure_texts or text == headline_text:
            continue
        lines += [*kept_layout[text], ""]
    for group in pending:
        lines += [line for b in group for line in b.lines] + [""]
    return RenderedPage("\n".join(lines).strip() + "\n", headline_found=bool(headline_text), main_blocks=len(kept))


def _body_start(mapped: list[tuple[str, Block | None]], headline_seq: int, headline_text: str) -> int:
    """Index of the first kept block that is article text rather than header."""
    for i, (text, block) in enumerate(mapped):
        if headline_seq >= 0:
            if block is not None and block.seq > headline_seq and text != headline_text:
                return i
        elif len(text.split()) >= PROSE_MIN_WORDS:
            return i
    return 0  # nothing lines up with the page: take all trafilatura kept
