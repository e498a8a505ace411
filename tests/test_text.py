from __future__ import annotations

import factcheck
from factcheck.lexicon import Lexicon
from factcheck.text import segment

LEX = Lexicon.default()


def sentences(text: str) -> list[str]:
    _, found = segment(text, LEX)
    return [s.span.slice(text) for s in found]


def test_sentences_and_abbreviations() -> None:
    text = "Gen. Smith met U.S. envoys on Sept. 4. Talks ended! Did they? Yes."
    assert sentences(text) == [
        "Gen. Smith met U.S. envoys on Sept. 4.",
        "Talks ended!",
        "Did they?",
        "Yes.",
    ]


def test_headline_line_is_its_own_sentence_but_wrapped_lines_are_not() -> None:
    text = "Russia attacks Kyiv\nAir defences shot down 30 of the\ndrones, officials said."
    assert sentences(text) == [
        "Russia attacks Kyiv",
        "Air defences shot down 30 of the\ndrones, officials said.",
    ]
    (q,) = factcheck.check(
        "Russia launched 40 drones. Air defences shot down 30 of the\ndrones.",
        dateline="2025-09-04",
    ).quantities[1:]
    assert (q.noun, q.whole is not None) == ("drone", True)


def test_paragraphs_count_blank_lines() -> None:
    _, found = segment("One.\n\nTwo.\n \nThree.", LEX)
    assert [s.paragraph for s in found] == [0, 1, 2]


def test_long_dotted_runs_stay_fast() -> None:
    # Each period walks back over at most a few letters, so this is linear.
    assert len(sentences("a." * 20000)) >= 1
