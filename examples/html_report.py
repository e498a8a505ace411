"""Write an HTML report of stories: each story with its quantities and dates marked, the
evidence of every problem highlighted and linked to its finding.

Run:  python examples/html_report.py [OUT.html] [STORY.txt ...]

Without stories it reports on examples/article.txt and the stories of
examples/articles/. The page is one self-contained file (no script, no other file, no
network); open it in any browser. In a notebook, a report shows itself the same way:
put ``factcheck.check(text)`` last in a cell.
"""

from __future__ import annotations

import sys
from pathlib import Path

import factcheck
from factcheck.htmlreport import render_html

HERE = Path(__file__).parent


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path("factcheck-report.html")
    paths = [Path(p) for p in argv[1:]] or [
        HERE / "article.txt",
        *sorted((HERE / "articles").glob("*.txt")),
    ]
    named = [(p.name, factcheck.check(p.read_text(encoding="utf-8"))) for p in paths]
    out.write_text(render_html(named), encoding="utf-8")
    problems = sum(len(report.problems) for _, report in named)
    print(f"wrote {out} ({len(named)} stories, {problems} problem(s))")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
