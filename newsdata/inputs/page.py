"""One HTML page to one canonical article: decode, read the declarations, render the
page as raw text, run the text pipeline, merge."""

from __future__ import annotations

from dataclasses import dataclass

from newsdata.errors import ParseError
from newsdata.inputs.charset import decode_html
from newsdata.inputs.declared import extract_declared
from newsdata.inputs.html import load_tree, render
from newsdata.inputs.merge import MergeContext, merge
from newsdata.model import Article


@dataclass(frozen=True)
class PageResult:
    article: Article
    warnings: tuple[str, ...] = ()


def parse_page(
    data: bytes | str,
    *,
    source: str = "<page>",
    url: str | None = None,
    http_charset: str | None = None,
    language: str | None = None,
    territory: str | None = None,
    timezone: str | None = None,
) -> PageResult:
    """Parse one saved page. ``url`` is where it was fetched (a WARC record's target URI),
    ``http_charset`` the charset its HTTP response declared. Raises ``InputError`` for a
    page that cannot be decoded and ``ParseError`` for one that holds no article."""
    from newsdata.pipeline import parse_text

    warnings: list[str] = []
    if isinstance(data, bytes):
        decoded = decode_html(data, http_charset=http_charset, source=source)
        warnings += decoded.warnings
        text = decoded.text
    else:
        text = data
    tree = load_tree(text, source=source)
    declared = extract_declared(tree)
    warnings += [f"{source}: {problem}" for problem in declared.problems]
    page_url = url or (str(declared.url.value) if declared.url is not None else None)
    rendered = render(tree, declared, url=page_url)
    if rendered.main_blocks == 0:
        raise ParseError(
            "page has no article text (nothing left once navigation and boilerplate are removed)", source=source
        )
    article = parse_text(rendered.text, source=source, language=language, territory=territory, timezone=timezone)
    if not article.body:  # an index or error page: a title and links, no article
        raise ParseError("page has a title but no article text", source=source)
    context = MergeContext(record_url=url, page_has_h1=rendered.headline_found, territory=territory, timezone=timezone)
    return PageResult(merge(article, declared, context), tuple(warnings))
