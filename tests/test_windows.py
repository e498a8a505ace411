"""Long texts read in windows of paragraphs give what one read of the whole text gives."""

from __future__ import annotations

import functools
import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
import factcheck.document
from factcheck.document import read_document
from factcheck.text import BLANK_LINE
from factcheck.windows import WINDOW_CHARS, Window, windows

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

# Paragraphs that lean on the ones before them: dates counted from an earlier one, a
# quarter's anchor, a list after its count, totals and parts a paragraph apart.
PARAGRAPHS = [
    *(p.strip() for p in (EXAMPLES / "article.txt").read_text("utf-8").split("\n\n")),
    *(p.read_text("utf-8").strip() for p in sorted((EXAMPLES / "articles").glob("*.txt"))),
    "The utility said on March 3, 2023, that it would close the plant. The following "
    "year it sold the site, and a week later the buyer filed plans for 1,200 homes.",
    "Profit rose 12% to $48 million in the third quarter. For the first nine months, "
    "revenue was $1.3 billion, up from $1.1 billion in the corresponding period last year.",
    "At least five unions joined the strike: the dockers, the crane drivers, the pilots, "
    "the tug crews and the clerks.",
    "Officials said 3,400 people were evacuated from Riverside on Tuesday, and 2,900 of "
    "them had returned home by Thursday night.",
    "The talks run from Dec. 20 to Jan. 5, the ministry said in a statement issued at "
    "10 a.m. EDT (1400 GMT).",
    "Turnout was 61%. Party A took 44% of the vote, Party B 38% and Party C 15%.",
    "In 1998, the year the bridge opened, traffic tripled; two years later it fell 8%.",
    "Gen. Smith met U.S. envoys on Sept. 4. Talks ended! Did they? Yes.",
]


def _joined(indices: list[int], gaps: list[str]) -> str:
    parts = [PARAGRAPHS[i] for i in indices]
    out = parts[0]
    for gap, part in zip(gaps, parts[1:], strict=False):
        out += gap + part
    return out


def _read_in_windows(
    text: str, size: int, before: int = 2_000, after: int = 500, **kwargs: object
) -> factcheck.document.Document:
    original = factcheck.document.windows
    factcheck.document.windows = functools.partial(windows, size=size, before=before, after=after)
    try:
        return read_document(text, **kwargs)  # type: ignore[arg-type]
    finally:
        factcheck.document.windows = original


def test_a_story_is_read_in_one_window() -> None:
    text = "\n\n".join(PARAGRAPHS)
    assert list(windows(text)) == [Window(0, 0, len(text), len(text))]
    assert len(text) < WINDOW_CHARS


def test_windows_cover_the_text_and_cut_only_after_blank_lines() -> None:
    text = "\n\n".join(PARAGRAPHS * 20)
    found = list(windows(text, size=3_000, before=1_000, after=300))
    assert len(found) > 5
    assert found[0].keep_start == 0 and found[-1].keep_end == len(text)
    for w, nxt in itertools.pairwise(found):
        assert w.keep_end == nxt.keep_start
    for w in found:
        assert w.read_start <= w.keep_start < w.keep_end <= w.read_end
        assert w.keep_end - w.keep_start >= 3_000 or w is found[-1]
        for cut in (w.read_start, w.keep_start):
            assert cut == 0 or BLANK_LINE.search(text, cut - 10, cut).end() == cut
        assert w.keep_start - w.read_start >= 1_000 or w.read_start == 0


def test_a_text_without_blank_lines_is_one_window_however_long() -> None:
    text = " ".join(PARAGRAPHS * 20).replace("\n", " ")
    assert list(windows(text, size=1_000)) == [Window(0, 0, len(text), len(text))]


@pytest.mark.parametrize(
    "bad",
    [
        {"size": 0},
        {"before": -1},
        {"after": -5},
        {"paragraphs_before": 0},
        {"paragraphs_after": -1},
    ],
)
def test_windows_refuse_nonsense_sizes(bad: dict[str, int]) -> None:
    with pytest.raises(ValueError, match="window"):
        list(windows("text", **bad))


def test_an_archive_read_in_windows_equals_one_read() -> None:
    text = "\n\n".join(PARAGRAPHS * 12)
    whole = read_document(text, "2025-09-04")
    assert _read_in_windows(text, size=1_500, dateline="2025-09-04") == whole
    paragraphs = [p for p in BLANK_LINE.split(text) if p.strip()]
    assert whole.sentences[-1].paragraph == len(paragraphs) - 1


def test_paragraphs_are_counted_as_one_read_counts_them() -> None:
    # Blank lines before the text, several in a row, and lines of spaces.
    text = "\n\n" + "\n \n\n\n".join(PARAGRAPHS * 6) + "\n\n\n"
    assert _read_in_windows(text, size=700) == read_document(text)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.integers(0, len(PARAGRAPHS) - 1), min_size=2, max_size=40),
    st.lists(st.sampled_from(["\n\n", "\n\n\n", "\n  \n", "\r\n\r\n", "\n"]), min_size=39),
    st.integers(50, 3_000),
)
def test_any_window_size_gives_the_facts_of_one_read(
    indices: list[int], gaps: list[str], size: int
) -> None:
    text = _joined(indices, gaps)
    whole = factcheck.check(text, dateline="2025-09-04")
    document = _read_in_windows(text, size=size, dateline="2025-09-04")
    assert document == whole.document


ROSTER = ", ".join(f"member{k} of the board" for k in range(150)) + " all signed it."
FILLER = "Officials met again and talked about the plans for the harbour."


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("The plant closed on March 3, 2023.", "The following year it reopened."),
        (
            "Profit rose 12% to $48 million in the third quarter.",
            "A year earlier profit was $40 million.",
        ),
        ("The war began in February 2022.", "Now in its fourth year, it goes on."),
    ],
)
def test_a_long_paragraph_does_not_hide_what_a_date_counts_from(before: str, after: str) -> None:
    # The roster is longer than the characters of context: the paragraphs count too.
    for lead in range(0, 12):
        text = "\n\n".join([FILLER] * lead + [before, ROSTER, after] + [FILLER] * 12)
        whole = read_document(text, "2025-06-02")
        assert _read_in_windows(text, size=300, before=200, after=50, dateline="2025-06-02") == (
            whole
        )


def test_a_range_across_blank_lines_is_read_whole() -> None:
    gap = "\n" * 700
    for lead in range(0, 8):
        text = "\n\n".join(
            [FILLER] * lead + ["The talks run from Dec. 20", gap + "to Jan. 5."] + [FILLER] * 8
        )
        whole = read_document(text, "2025-06-02")
        assert any(d.range_end is not None for d in whole.dates)
        assert _read_in_windows(text, size=200, before=100, after=100, dateline="2025-06-02") == (
            whole
        )


def test_an_extractor_that_breaks_in_one_window_fails_as_in_one_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "\n\n".join(PARAGRAPHS * 12)
    real = factcheck.document.extract_quantities

    def broken_late(tokens, numbers, excluded, lexicon, openers=None):  # type: ignore[no-untyped-def]
        if tokens and tokens[-1].start > len(text) // 2:
            raise RuntimeError(f"bad token at {tokens[-1].start}")
        return real(tokens, numbers, excluded, lexicon, openers)

    monkeypatch.setattr(factcheck.document, "extract_quantities", broken_late)
    whole = read_document(text, "2025-09-04")
    assert [f.stage for f in whole.failures] == ["quantities"] and not whole.quantities
    assert _read_in_windows(text, size=1_500, dateline="2025-09-04") == whole
