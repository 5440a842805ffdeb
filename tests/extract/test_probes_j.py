"""Session 25: the newcomer run nc44's findings left open, as short minutes of my own read
with the bundled registry; each test failed before its change."""
from __future__ import annotations

from kg.extract.pipeline import analyse
from test_probes_c import _line, lex  # noqa: F401 (the module's registry, one line's number)


#: Text from a PDF: the answer wraps mid-word, and the clause that names the go-between
#: stands between the flow's words and the line break.
WRAPPED_MIDDLE = """令和７年度第３回栗見台市個人情報保護審議会 会議録
開催日時　令和７年９月１０日（水）午後２時
（１）諮問第２１号　予防接種予診票のデータ化業務の委託について
健康推進課長　医療機関から健康推進課への予診票の提出は、毎月、朝凪県医師会の栗見台支部を通
じて、まとめて行われております。
審議の結果、承認された。
"""


def test_a_wrapped_sentence_is_quoted_whole_line_by_line(lex):
    # nc44 U3: the quote was the clause on its line (…予診票の提出は、) and the next line
    # came whole (じて、まとめて…): the words between (毎月、…を通) were lost, so the
    # evidence read as a sentence the minutes do not have
    proposal = analyse(WRAPPED_MIDDLE, lex)
    first = _line(WRAPPED_MIDDLE, "健康推進課長　医療機関から")
    lines = WRAPPED_MIDDLE.split("\n")
    rows = [f for f in proposal["flows"] if first in (f["line"], *(w["line"] for w in f.get("wrapped", ())))]
    assert rows
    for row in rows:
        said = sorted([(row["line"], row["quote"]), *((w["line"], w["quote"]) for w in row["wrapped"])])
        assert said == [(first, lines[first - 1]), (first + 1, lines[first])]
