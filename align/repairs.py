"""What renumbering says of a run it re-pairs: one sentence, and the ``Repair`` QA reports as one cause.

"translation OP4–OP10 are original OP5–OP11; original OP4 is missing", "translation OP5 holds original OP5
and OP6, run together", "the content cannot tell whether OP3 or OP4 is the one missing: the pair of OP3 is
doubtful" (see ``renumbering.py``).
"""

from __future__ import annotations

import re

from .beads import Joins
from .model import Repair, Unit


def say(src: list[Unit], tgt: list[Unit], names: dict[str, str], joins: Joins) -> Repair:
    """One sentence: which translation units are which original units, what is merged, split or missing."""
    merged = [(tgt[j].id, src[i].id, src[i + 1].id) for i, j in joins.merged]
    split = [(src[i].id, tgt[j].id, tgt[j + 1].id) for i, j in joins.split]
    run_into = {second for _, _, second in merged}
    split_off = {second for _, _, second in split}
    swapped = [(tgt[j].id, tgt[j + 1].id) for _, j in joins.swapped]
    crossed = {uid for pair in swapped for uid in pair}
    moved = [(old, new) for old, new in names.items() if "+" not in new and old not in crossed]
    extra = [old for old, new in names.items() if "+" in new and old not in split_off]
    kept = set(names.values()) | {u.id for u in tgt if u.id not in names}
    missing = [u.id for u in src if u.id not in kept and u.id not in run_into]
    parts = []
    if moved:
        verb = "is" if len(moved) == 1 else "are"
        translation, original = _spans([o for o, _ in moved], [n for _, n in moved])
        parts.append(f"translation {translation} {verb} original {original}")
    parts += [f"translation {a} and {b} are original {names.get(a, a)} and {names.get(b, b)}, in the other order"
              for a, b in swapped]
    parts += [f"translation {t} holds original {a} and {b}, run together" for t, a, b in merged]
    parts += [f"original {a} is split in translation {t} and {u}" for a, t, u in split]
    if missing:
        parts.append(f"original {', '.join(missing)} {'is' if len(missing) == 1 else 'are'} missing")
    if extra:
        parts.append(f"translation {', '.join(extra)} {'has' if len(extra) == 1 else 'have'} no original")
    unsure = [(src[i].id, src[n].id) for i, n in joins.unsure]
    parts += [f"the content cannot tell whether {a} or {b} is the one missing: the pair of {b} is doubtful"
              for a, b in unsure]
    said = {b for _, b in unsure}
    contested = [(src[i].id, tgt[j].id, src[k].id, both) for i, j, k, both in joins.contested if src[i].id not in said]
    parts += [f"translation {t} may hold original {b} and {a}, run together: the pair of {a} is doubtful" if both else
              f"the content cannot tell whether translation {t} is original {a} or {b}: the pair of {a} is doubtful"
              for a, t, b, both in contested]
    message = "numbered by content, not by number: " + "; ".join(parts)
    concerned = {new for _, new in moved} | {names.get(uid, uid) for uid in crossed} | set(missing) | {x for _, a, b in merged for x in (a, b)} | \
        {a for a, _, _ in split}
    order = {u.id: k for k, u in enumerate(src)}
    return Repair(message, tuple(sorted(concerned, key=lambda uid: order.get(uid, len(order)))),
                  tuple(missing) + tuple(sorted(run_into, key=order.get)),
                  tuple(names[old] for old in extra) + tuple(names[t] for t in split_off if t in names),
                  tuple(a for _, a, _ in merged) + tuple(a for a, _, _ in split),
                  tuple(b for _, b in unsure) + tuple(a for a, _, _, _ in contested))


def _spans(old: list[str], new: list[str]) -> tuple[str, str]:
    """The translation's ids and the original's they are, each side cut into the same runs of consecutive
    units: ``OP4–OP10`` and ``OP5–OP11``; ``OP6–OP8, OP10`` and ``OP7–OP9, OP12``."""
    def number(uid: str) -> int:
        return int(re.search(r"\d+$", uid).group(0))

    runs, start = [], 0
    for k in range(1, len(old) + 1):
        if k == len(old) or number(old[k]) != number(old[k - 1]) + 1 or number(new[k]) != number(new[k - 1]) + 1:
            runs.append((start, k - 1))
            start = k

    def say(ids: list[str]) -> str:
        return ", ".join(ids[a] if a == b else f"{ids[a]}–{ids[b]}" for a, b in runs)

    return say(old), say(new)
