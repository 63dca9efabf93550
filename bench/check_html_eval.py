"""The HTML reader against the text parser on a directory of NAME.txt + NAME.yaml pairs.

For every article, a page is built in every template of tests/html_pages.py and parsed;
the result is compared with the raw text's parse by the scorer's rules (tests/scoring.py),
relative to the text's parse compared with itself (1.0 = the same result),
and the pages are written as OUT/<template>/NAME.txt (HTML content under a text name:
the kind is told from content) beside a copy of NAME.yaml, so the eval scorer can score
them against the gold exactly as it scores the text:

    python bench/check_html_eval.py ../shared/eval/visible --out /tmp/html-eval
    python ../shared/eval/score.py /tmp/html-eval/graph-og

With --score SCORE_PY the script runs the scorer itself on the text and on every
template and prints the overall scores side by side.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsdata.inputs.page import parse_page  # noqa: E402
from newsdata.pipeline import parse_text  # noqa: E402
from tests.html_pages import TEMPLATES, layout  # noqa: E402
from tests.scoring import FIELDS, compare, overall  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir", type=Path, nargs="?", default=ROOT / "fixtures" / "articles")
    ap.add_argument("--out", type=Path, help="write the pages here, one folder per template")
    ap.add_argument("--score", type=Path, help="path to the eval scorer (score.py), to score text and pages")
    opts = ap.parse_args()

    texts = sorted(opts.dir.glob("*.txt"))
    worst: dict[str, tuple[float, str]] = {}
    means: dict[str, float] = {}
    for template, build in TEMPLATES.items():
        total = 0.0
        field_sums = dict.fromkeys(FIELDS, 0.0)
        for path in texts:
            text = path.read_text(encoding="utf-8")
            reference = parse_text(text, source=path.name).model_dump(mode="json")
            page = build(layout(text))
            got = parse_page(page.encode("utf-8"), source=path.name).article.model_dump(mode="json")
            scores, itself = compare(reference, got), compare(reference, reference)
            # relative to the text against itself: the scorer gives a dateless event less than full marks
            scores = {f: 1.0 - (itself[f] - scores[f]) for f in FIELDS}
            score = overall(scores)
            total += score
            for f in FIELDS:
                field_sums[f] += scores[f]
            if score < worst.get(template, (2.0, ""))[0]:
                worst[template] = (score, path.name)
            if opts.out:
                folder = opts.out / template
                folder.mkdir(parents=True, exist_ok=True)
                (folder / path.name).write_text(page, encoding="utf-8")
                gold = path.with_suffix(".yaml")
                if gold.exists():
                    shutil.copyfile(gold, folder / gold.name)
        means[template] = total / len(texts)
        below = [f"{f} {field_sums[f] / len(texts):.3f}" for f in FIELDS if field_sums[f] < len(texts)]
        print(
            f"{template:14s} HTML vs text: mean {means[template]:.4f}, worst {worst[template][0]:.4f} "
            f"({worst[template][1]}); fields below 1: {', '.join(below) or 'none'}"
        )
    print(f"{len(texts)} articles x {len(TEMPLATES)} templates; lowest template mean {min(means.values()):.4f}")

    if opts.score and opts.out:
        rows = {"text": _score(opts.score, opts.dir)}
        rows.update({t: _score(opts.score, opts.out / t) for t in TEMPLATES})
        print("\neval scorer against the gold (overall):")
        for name, result in rows.items():
            print(f"  {name:14s} {result['overall']:.4f}  ({len(result['errors'])} failed)")
    return 0


def _score(scorer: Path, folder: Path) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, str(scorer), str(folder), "--json", "--cmd", f"{sys.executable} -m newsdata parse {{path}}"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    result: dict[str, object] = json.loads(out.stdout)
    return result


if __name__ == "__main__":
    sys.exit(main())
