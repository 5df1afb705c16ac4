from __future__ import annotations

import pytest

from align.errors import UntmError
from align.qa.registry import CHECKS, describe, select


def test_every_check_is_listed_with_its_severity():
    lines = describe().splitlines()
    assert [line.split()[0] for line in lines] == [c.id for c in CHECKS]
    assert lines[0].split()[1] == "error"


def test_unknown_check_is_refused_with_the_list():
    with pytest.raises(UntmError, match="unknown check 'spelling'; the checks are structure, footnotes"):
        select(["spelling"])

