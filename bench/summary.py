"""``results/bench/SUMMARY.md`` from the per-benchmark JSON files.

Each section is a table rendered from ``<out>/<section>.json`` whenever that file exists, so a run with
``--only`` refreshes its sections and keeps the others (each says when and by which command it
was measured). Sections without a file say so.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from bench.common import ENV_DATA_DIR
from bench.findings import Loss, overran, split_se, where_we_lose
from bench.reasons import why
from bench.sections import RENDERERS, _dur, _f, _short

SECTIONS = ("overhead", "data", "pruning", "engines", "memory")
#: Sections other commands write (``python -m bench.replay``): shown when their JSON exists.
EXTRA_SECTIONS = ("replay",)
TITLES = {
    "overhead": "1. Framework overhead",
    "data": "2. Data",
    "pruning": "3. Pruning payoff",
    "engines": "4. Engine comparison",
    "memory": "5. Memory",
    "replay": "6. Engines on tabulated benchmarks (replay)",
}


def load_sections(out: Path) -> dict[str, dict[str, Any]]:
    """Every ``<section>.json`` in ``out``, wrapped as ``{"results": ...}`` if a benchmark wrote
    its figures bare (``python -m bench.data`` does)."""
    found = {}
    for name in SECTIONS + EXTRA_SECTIONS:
        f = out / f"{name}.json"
        if not f.is_file():
            continue
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            found[name] = {"section": name, "status": "error", "error": f"unreadable {f.name}: {exc}"}
            continue
        if "section" not in data:
            data = {"section": name, "status": "ok", "results": data, "command": "(written by its own module)"}
        found[name] = data
    return found


def render(run: dict[str, Any], sections: dict[str, dict[str, Any]]) -> str:
    lines: list[str] = ["# textclf-tune benchmarks", ""]
    lines += _header(run, sections)
    for name in SECTIONS:
        lines += ["", f"## {TITLES[name]}", ""]
        sec = sections.get(name)
        if sec is None:
            lines.append(f"Not run (no `{name}.json`).")
            continue
        lines += _provenance(sec, run)
        if sec.get("status") != "ok":
            lines.append(f"**Failed:** `{sec.get('error', 'unknown error')}`")
            continue
        lines += RENDERERS[name](sec["results"], sec)
    for name in EXTRA_SECTIONS:
        lines += ["", f"## {TITLES[name]}", ""]
        sec = sections.get(name)
        if sec is None:
            lines.append(f"Not run (no `{name}.json`; `python -m bench.{name}` writes it).")
        elif sec.get("status") != "ok":
            lines.append(f"**Failed:** `{sec.get('error', 'unknown error')}`")
        else:
            lines += [*_provenance(sec, run), *RENDERERS[name](sec["results"], sec)]
    lines += ["", "## Where we lose, and why", ""]
    lines += losses_table(where_we_lose(sections))
    lines += ["", "## What each preset did", ""]
    lines += _presets(run, sections)
    return "\n".join(lines) + "\n"


def losses_table(losses: list[Loss]) -> list[str]:
    """One row per loss: where, our figure, the goal or rival's, the figures behind it, and why."""
    if not losses:
        return ["Nowhere in the figures above."]
    lines = ["| section | where | ours | goal / rival | figures | why |", "|---|---|---|---|---|---|"]
    for x in losses:
        facts = "; ".join(f"{k} {_fact(v)}" for k, v in x.facts.items() if v not in (None, False, [], ""))
        lines.append(
            f"| {x.section} | {x.subject} | {_fig(x.figure)} | {_fig(x.target)} | {facts or '—'} | "
            f"{why(x.kind, x.facts)} |"
        )
    return lines


def _fig(v: float | None) -> str:
    return "—" if v is None else f"{v:.4g}"


def _fact(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:.4g}"
    if isinstance(v, (tuple, list)):
        return "/".join(_fact(x) for x in v)
    return str(v)


def write(out: Path, run: dict[str, Any]) -> Path:
    text = render(run, load_sections(out)) + other_runs(out)
    path = out / "SUMMARY.md"
    text = public_paths(text, os.environ.get(ENV_DATA_DIR))  # archives found through the variable
    path.write_text(public_paths(text, run.get("data_dir")), encoding="utf-8")
    return path


def public_paths(text: str, data_dir: str | None) -> str:
    """``text`` with the data folder, a path of the machine that ran the benchmark, written as
    ``$TEXTCLF_DATA_DIR`` (a published summary names no machine's folders)."""
    if not data_dir:
        return text
    return re.sub(rf"(?<![\w/.]){re.escape(str(data_dir))}(?![\w-]|\.\w)", "$TEXTCLF_DATA_DIR", text)


def other_runs(out: Path) -> str:
    """Engine comparisons written into subfolders (``--out results/bench/full``), one row per sweep."""
    rows = []
    for f in sorted(out.glob("*/engines.json")):
        try:
            sec = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            continue
        if sec.get("status") != "ok":
            continue
        r = sec["results"]
        for name, sw in r.get("sweeps", {}).items():
            s = sw.get("sizes", {})
            cells = "; ".join(
                f"{e} {_f(m.get('best_val_accuracy'))} / {_f(m.get('best_test_accuracy'))}"
                for e, m in sw.get("median", {}).items()
            )
            se = split_se(sw)
            late = ", ".join(f"{e} seed {seed} {t:.0f} s" for e, seed, t in overran(sw, r.get("budget_s")))
            rows.append(
                f"| [{f.parent.name}]({f.parent.name}/SUMMARY.md) | `{sec.get('command', '?')}` | "
                f"{sec.get('started', '?')[:10]} | {name} | {s.get('train')}/{s.get('val')}/{s.get('test')} | "
                f"{r.get('epochs')} | {r.get('budget_s', 0):.0f} | {r.get('seeds')} | {cells} | "
                f"{f'{2 * se:.3f}' if se else '—'} | {late or '—'} |"
            )
    if not rows:
        return ""
    head = (
        "| folder | command | date | sweep | train/val/test | epochs | s per run | seeds | "
        "median best val / its test | 2 SE | over budget |\n|---|---|---|---|---|---|---|---|---|---|---|\n"
    )
    return "\n## Engine comparisons in subfolders (bigger presets)\n\n" + head + "\n".join(rows) + "\n"


# --------------------------------------------------------------------------- header
def _header(run: dict[str, Any], sections: dict[str, dict[str, Any]]) -> list[str]:
    m = run.get("machine", {})
    v = m.get("versions", {})
    lines = [
        f"- **Date**: {run.get('date', '?')}",
        f"- **Command**: `{run.get('command', '?')}` (preset `{run.get('preset', {}).get('name', '?')}`; "
        f"sections run: {', '.join(run.get('sections', [])) or 'none'})",
        f"- **Wall time of this run**: {_dur(run.get('wall_s'))}",
        f"- **Machine**: {m.get('cpu_count', '?')} CPUs ({m.get('processor', '?')}), {m.get('memory_gib', '?')} GiB, "
        f"{m.get('platform', '?')}, Python {m.get('python', '?')}",
        f"- **Backend**: Keras backend `{m.get('backend', '?')}` on {m.get('device', '?')}",
        "- **Libraries**: " + ", ".join(f"{k} {val}" for k, val in v.items() if k != "python"),
    ]
    loads: list[dict[str, Any]] = [s[k] for s in sections.values() for k in ("load_before", "load_after") if s.get(k)]
    if loads:
        avgs = [ld["loadavg"][0] for ld in loads if ld.get("loadavg")]
        text = (
            f"- **Background load**: 1-min load average {min(avgs):.2f}–{max(avgs):.2f} across sections"
            if avgs
            else "- **Background load**: unknown"
        )
        # Each section's JSON may come from a different run: say which sections saw what.
        seen: dict[str, list[str]] = {}
        for name, sec in sections.items():
            for ld in (sec.get("load_before"), sec.get("load_after")):
                for o in (ld or {}).get("other_processes", []):
                    if "-m bench" not in o and name not in seen.setdefault(o, []):
                        seen[o].append(name)
        sweeps = sorted(o for o in seen if " run " in o and "pytest" not in o)
        others = sorted(o for o in seen if o not in sweeps)
        if sweeps:
            text += (
                "; **a `tune run` sweep was running in the background** during "
                + ", ".join(sorted({n for o in sweeps for n in seen[o]}))
                + f" (seen in /proc at section starts and ends: `{sweeps[0][:120]}`)"
            )
        if others:
            text += "; other processes seen: " + "; ".join(f"`{o[:100]}` ({', '.join(seen[o])})" for o in others[:8])
        if sweeps or others:
            text += (
                ". Timings compete with them: read ratios and medians of alternated repeats, not absolute "
                "seconds; budgeted sections (pruning, engines) get fewer trials than on an idle machine"
            )
        lines.append(text + ".")
    return lines


def _provenance(sec: dict[str, Any], run: dict[str, Any]) -> list[str]:
    bits = []
    if sec.get("wall_s") is not None:
        bits.append(f"took {_dur(sec['wall_s'])}")
    if sec.get("run_id") != run.get("run_id"):
        bits.append(f"measured {sec.get('started', '?')} by `{sec.get('command', '?')}` (an earlier run)")
    return [f"_{'; '.join(bits)}._", ""] if bits else []


def _presets(run: dict[str, Any], sections: dict[str, dict[str, Any]]) -> list[str]:
    lines = []
    for name in SECTIONS:
        sec = sections.get(name)
        if sec is None:
            continue
        p = sec.get("preset")
        if name == "data":
            text = "`bench.data.run(data_dir)`: full IMDB and 20 Newsgroups archives, default options"
        elif name == "memory" and not p:
            text = "(no preset recorded)"
        else:
            text = ", ".join(f"{k}={_short(v)}" for k, v in (p or {}).items())
        lines.append(f"- **{name}**: {text}")
    lines.append(f"- data folder: `{run.get('data_dir', '?')}`")
    return lines
