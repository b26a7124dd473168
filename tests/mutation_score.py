"""The mutation score per module, from mutmut's results (``make mutate`` prints it at the end).

Run in the project folder after ``mutmut run``: ``python tests/mutation_score.py [--survivors]``.
A mutant counts as killed when a test failed on it or it ran into the timeout (an endless
loop is caught). A surviving mutant listed in ``tests/mutation_equivalents.md`` (read and found
to change no behaviour, with the reason) counts as equivalent and is left out of the score;
every other survivor is alive and listed with ``--survivors`` (``mutmut show NAME`` shows one).
Mutants not run yet (a run of some modules only) are counted apart and not scored.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

KILLED = {"killed", "timeout", "caught by type check", "segfault"}
UNSCORED = {"not checked", "skipped", "check was interrupted by user"}
EQUIVALENTS = Path(__file__).with_name("mutation_equivalents.md")


def module_of(mutant: str) -> str:
    """``importer.writer.x_quote_text__mutmut_3`` → ``importer.writer`` (methods: ``xǁClassǁname``)."""
    parts = mutant.split(".")
    for n, part in enumerate(parts):
        if part.startswith(("x_", "xǁ")):
            return ".".join(parts[:n])
    return mutant.rsplit(".", 1)[0]


def equivalents(path: Path = EQUIVALENTS) -> set[str]:
    """The mutant names in the first column of the equivalents table."""
    if not path.exists():
        return set()
    return set(re.findall(r"^\| `([^`]+__mutmut_\d+)` \|", path.read_text(encoding="utf-8"), re.MULTILINE))


def main() -> int:
    """Print one line per module: killed, alive, equivalent, not run, score; then the total."""
    out = subprocess.run(
        [sys.executable, "-m", "mutmut", "results", "--all", "true"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    accepted = equivalents()
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    survivors: list[str] = []
    seen: set[str] = set()
    for line in out.splitlines():
        name, sep, status = line.strip().rpartition(": ")
        if not sep or "__mutmut_" not in name:
            continue
        seen.add(name)
        if status not in KILLED | UNSCORED and name in accepted:
            status = "equivalent"
        counts[module_of(name)][status] += 1
        if status not in KILLED | UNSCORED | {"equivalent"}:
            survivors.append(f"{name}: {status}")
    total: Counter[str] = Counter()
    print(f"{'module':<22} {'killed':>7} {'alive':>6} {'equiv':>6} {'unrun':>6} {'score':>7}")
    for module in sorted(counts):
        c = counts[module]
        total.update(c)
        print(_line(module, c))
    print(_line("total", total))
    if "--survivors" in sys.argv:
        print("\n".join(["", "Not killed (alive):", *survivors]))
        stale = sorted(accepted - seen)
        if stale:
            header = f"Listed in {EQUIVALENTS.name} but no such mutant now (renumbered?):"
            print("\n".join(["", header, *stale]))
    return 0


def _line(label: str, c: Counter[str]) -> str:
    killed = sum(c[s] for s in KILLED)
    unrun = sum(c[s] for s in UNSCORED)
    equivalent = c["equivalent"]
    alive = sum(c.values()) - killed - unrun - equivalent
    scored = killed + alive
    score = f"{100 * killed / scored:6.1f}%" if scored else "     –"
    return f"{label:<22} {killed:>7} {alive:>6} {equivalent:>6} {unrun:>6} {score:>7}"


if __name__ == "__main__":
    sys.exit(main())
