from __future__ import annotations

import pytest

from align.errors import UntmError
from align.model import Finding, Severity
from align.qa.registry import CHECKS, describe, select, summary


def test_every_check_is_listed_with_its_severity():
    lines = describe().splitlines()
    assert [line.split()[0] for line in lines] == [c.id for c in CHECKS]
    assert lines[0].split()[1] == "error"


def test_unknown_check_is_refused_with_the_list():
    with pytest.raises(UntmError, match="unknown check 'spelling'; the checks are structure, footnotes"):
        select(["spelling"])


def test_summary_counts_by_severity():
    findings = (Finding("a", Severity.ERROR, "OP1", "m"), Finding("b", Severity.INFO, "OP2", "m"))
    assert summary(findings) == {"error": 1, "warning": 0, "info": 1}
