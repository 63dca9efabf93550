#!/usr/bin/env python3
"""Regenerate the per-language lists of common words (``newsdata/lang/data/common_words/``).

A capitalised word that only starts a sentence ('Astăzi', 'Estudiantes', 'Trasporti'),
or in German any capitalised noun ('Fenster', 'Zug'), looks like a name to a recogniser
that sees one article at a time. Whether the word is common in the language is what tells
it apart from a name, and that is a fact about the language, not the article: the words
come from wordfreq's frequency lists, not typed by hand.

Sources:

* wordfreq 3.1.1 (code Apache-2.0; its word lists are built from Wikipedia, OpenSubtitles,
  news, books and web text and are distributed under CC BY-SA 4.0, so the derived lists
  here are CC BY-SA 4.0 too; see ``LICENSE-wordfreq.txt``): the ``TOP`` most frequent
  entries per language that are words of letters alone (an inner hyphen or apostrophe
  allowed), in frequency order, casefolded.
* Debian's Hunspell dictionaries (hunspell-ro, -en-us, -fr, -de-de, -es, -it), used as a
  filter only, none of their words is added: wordfreq's lists are lower-cased and hold
  names too ('dunărea', 'unesco', 'rhin'), and a spelling dictionary accepts a name only
  capitalised. So a word is kept only where the dictionary accepts it in lower case. German
  writes every noun capitalised, so there the dictionary cannot tell; a German word is kept
  where the dictionary accepts it capitalised and the gazetteer knows it neither as a place
  nor as a given name. Their copyright files are copied as ``LICENSE-hunspell-<code>.txt``.

    apt-get install hunspell hunspell-ro hunspell-en-us hunspell-fr hunspell-de-de hunspell-es hunspell-it
    pip install wordfreq==3.1.1
    python tools/build_common_words.py

Output is deterministic (the gzip header has no timestamp or name).
"""

from __future__ import annotations

import gzip
import io
import subprocess
import sys
from pathlib import Path

TOP = 30_000
ROOT = Path(__file__).resolve().parent.parent
LANG_DATA = ROOT / "newsdata" / "lang" / "data"
OUT = LANG_DATA / "common_words"


DICTIONARIES = {"ro": "ro_RO", "en": "en_US", "fr": "fr_FR", "de": "de_DE", "es": "es_ES", "it": "it_IT"}
PACKAGES = {
    "ro": "hunspell-ro",
    "en": "hunspell-en-us",
    "fr": "hunspell-fr",
    "de": "hunspell-de-de",
    "es": "hunspell-es",
    "it": "hunspell-it",
}
NOUNS_CAPITALISED = {"de"}


def _rejected(words: list[str], dictionary: str) -> set[str]:
    """The words Hunspell does not accept as spelled (``hunspell -l``)."""
    run = subprocess.run(
        ["hunspell", "-d", dictionary, "-l", "-i", "utf-8"],
        input="\n".join(words),
        capture_output=True,
        text=True,
        check=True,
    )
    return set(run.stdout.split())


def _spelled_as_common(code: str, words: list[str]) -> list[str]:
    sys.path.insert(0, str(ROOT))
    from newsdata import gazetteer

    if code in NOUNS_CAPITALISED:
        capitalised = [w[:1].upper() + w[1:] for w in words]
        rejected = _rejected(capitalised, DICTIONARIES[code])
        return [
            w
            for w, c in zip(words, capitalised, strict=True)
            if c not in rejected and not gazetteer.places(w) and not gazetteer.is_given_name(c)
        ]
    rejected = _rejected(words, DICTIONARIES[code])
    return [w for w in words if w not in rejected]


def _languages() -> list[str]:
    return sorted(p.stem for p in LANG_DATA.glob("*.yaml") if p.stem != "common")


def _is_word(token: str) -> bool:
    core = token.replace("-", "").replace("'", "").replace("’", "")
    return len(core) >= 2 and core.isalpha() and token[0].isalpha() and token[-1].isalpha()


def _write(path: Path, lines: list[str]) -> None:
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0) as out:
        out.write(("\n".join(["word", *lines]) + "\n").encode("utf-8"))
    path.write_bytes(buffer.getvalue())


def main() -> None:
    import wordfreq

    OUT.mkdir(parents=True, exist_ok=True)
    for code in _languages():
        words: list[str] = []
        seen: set[str] = set()
        for token in wordfreq.top_n_list(code, TOP):
            folded = token.casefold()
            if _is_word(folded) and folded not in seen:
                seen.add(folded)
                words.append(folded)
        words = _spelled_as_common(code, words)
        _write(OUT / f"{code}.txt.gz", words)
        copyright_file = Path("/usr/share/doc") / PACKAGES[code] / "copyright"
        (OUT / f"LICENSE-hunspell-{code}.txt").write_text(copyright_file.read_text(encoding="utf-8"), encoding="utf-8")
        print(f"{code}: {len(words)} words", file=sys.stderr)
    dist = Path(wordfreq.__file__).resolve().parent
    licence = next(dist.parent.glob("wordfreq-*.dist-info"))
    parts = [(licence / name) for name in ("LICENSE.txt", "licenses/LICENSE.txt") if (licence / name).exists()]
    with (OUT / "LICENSE-wordfreq.txt").open("w", encoding="utf-8") as out:
        out.write(
            "The word lists in this folder are derived from wordfreq 3.1.1's frequency data\n"
            "(https://github.com/rspeer/wordfreq), distributed under the Creative Commons\n"
            "Attribution-ShareAlike 4.0 license (https://creativecommons.org/licenses/by-sa/4.0/).\n"
            "They are modified (filtered and truncated) extracts, under the same license.\n"
            "wordfreq's own code licence and data credits follow.\n\n"
        )
        for part in parts:
            out.write(part.read_text(encoding="utf-8"))
        metadata = (licence / "METADATA").read_text(encoding="utf-8")
        start = metadata.find("## License")
        if start >= 0:
            out.write("\n\n" + metadata[start:])


if __name__ == "__main__":
    main()
