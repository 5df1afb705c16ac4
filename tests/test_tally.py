"""One count of findings by severity, and one way of saying it."""

from __future__ import annotations

import pytest

from align.model import Finding, Severity, Tally


def _findings(*severities: Severity) -> tuple[Finding, ...]:
    return tuple(Finding("c", severity, f"OP{n}", "m; do") for n, severity in enumerate(severities, 1))


def test_it_counts_each_severity():
    tally = Tally.of(_findings(Severity.ERROR, Severity.INFO, Severity.ERROR))
    assert (tally.errors, tally.warnings, tally.notes) == (2, 0, 1)
    assert [tally.count(s) for s in Severity] == [2, 0, 1]


def test_json_keys_are_the_severities():
    assert Tally.of(_findings(Severity.ERROR, Severity.INFO)).by_severity() == {"error": 1, "warning": 0, "info": 1}


@pytest.mark.parametrize(("severities", "said"), [
    ((), "0 errors, 0 warnings, 0 notes"),
    ((Severity.ERROR, Severity.WARNING, Severity.INFO), "1 error, 1 warning, 1 note"),
    ((Severity.ERROR, Severity.ERROR, Severity.WARNING, Severity.INFO, Severity.INFO, Severity.INFO),
     "2 errors, 1 warning, 3 notes"),
])
def test_text_says_it_with_plurals_right(severities, said):
    assert Tally.of(_findings(*severities)).text() == said


def test_what_follows_from_a_cause_is_not_counted_again():
    cause = Finding("structure", Severity.ERROR, "OP5", "OP5 missing; add it", units=("OP5",),
                    follows=_findings(Severity.ERROR, Severity.ERROR))
    assert Tally.of((cause,)) == Tally(errors=1)
