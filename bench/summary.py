"""``results/bench/SUMMARY.md`` from the per-benchmark JSON files.

Each section is rendered from ``<out>/<section>.json`` whenever that file exists, so a run with
``--only`` refreshes its sections and keeps the others (each says when and by which command it
was measured). Sections without a file say so.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from bench.common import median

SECTIONS = ("overhead", "data", "pruning", "engines", "memory")
TITLES = {
    "overhead": "1. Framework overhead",
    "data": "2. Data",
    "pruning": "3. Pruning payoff",
    "engines": "4. Engine comparison",
    "memory": "5. Memory",
}


def load_sections(out: Path) -> dict[str, dict[str, Any]]:
    """Every ``<section>.json`` in ``out``, wrapped as ``{"results": ...}`` if a benchmark wrote
    its figures bare (``python -m bench.data`` does)."""
    found = {}
    for name in SECTIONS:
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
    lines += ["", "## Where we lose, and why", ""]
    losses = where_we_lose(sections)
    lines += [f"- {x}" for x in losses] if losses else ["- Nowhere in the figures above."]
    lines += ["", "## What each preset did", ""]
    lines += _presets(run, sections)
    return "\n".join(lines) + "\n"


def write(out: Path, run: dict[str, Any]) -> Path:
    text = render(run, load_sections(out)) + other_runs(out)
    path = out / "SUMMARY.md"
    path.write_text(public_paths(text, run.get("data_dir")), encoding="utf-8")
    return path


def public_paths(text: str, data_dir: str | None) -> str:
    """``text`` with the data folder, a path of the machine that ran the benchmark, written as
    ``$TEXTCLF_DATA_DIR`` (a published summary names no machine's folders)."""
    if not data_dir:
        return text
    return re.sub(rf"(?<![\w/.]){re.escape(str(data_dir))}(?![\w-]|\.\w)", "$TEXTCLF_DATA_DIR", text)


def other_runs(out: Path) -> str:
    """Engine comparisons written into subfolders (``--out results/bench/full``), one line per sweep."""
    lines = []
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
            se = _split_se(sw)
            lines.append(
                f"- [{f.parent.name}/SUMMARY.md]({f.parent.name}/SUMMARY.md), `{sec.get('command', '?')}` "
                f"({sec.get('started', '?')[:10]}): {name}, {s.get('train')}/{s.get('val')}/{s.get('test')} "
                f"train/val/test, {r.get('epochs')} epochs, {r.get('budget_s', 0):.0f} s per run, seeds {r.get('seeds')}; "
                f"median best val / its test: {cells}"
                + (f" (yardstick: 2 standard errors = {2 * se:.3f})" if se else "")
                + "."
                + _prefixed(" ", _overran(sw, r.get("budget_s")))
            )
    if not lines:
        return ""
    return "\n## Engine comparisons in subfolders (bigger presets)\n\n" + "\n".join(lines) + "\n"


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


# --------------------------------------------------------------------------- sections
def _overhead(r: dict[str, Any], sec: dict[str, Any]) -> list[str]:
    cfg = r.get("config", {})
    s = r.get("sizes", {})
    lines = [
        f"Reference config of `{sec.get('preset', {}).get('sweep', 'the sweep')}` "
        f"({', '.join(f'{k}={v}' for k, v in cfg.items())}) on {s.get('train')}/{s.get('val')}/{s.get('test')} "
        f"train/val/test reviews, {r.get('epochs')} epochs, identical seeds, `clear_session()` in both arms. "
        f"tune arm: `run_study` with {r.get('storage')}, pruner {r.get('pruner')}, reporter {r.get('reporter')}.",
        "",
        "| pair | order | bare fit s | tune fit s | fit ratio | bare whole s | tune trial s | trial ratio | "
        "run_study s | call ratio | CPU fit ratio | CPU call ratio |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for i, p in enumerate(r.get("pairs", []), 1):
        b, t = p["bare"], p["tune"]
        lines.append(
            f"| {i} | {'→'.join(p['order'])} | {b['fit_s']:.2f} | {t['fit_s']:.2f} | {p['ratio_fit']:.3f} | "
            f"{b['whole_s']:.2f} | {t['trial_s']:.2f} | {p['ratio_trial']:.3f} | {t['call_s']:.2f} | "
            f"{p['ratio_call']:.3f} | {_r(p.get('ratio_fit_cpu'))} | {_r(p.get('ratio_call_cpu'))} |"
        )
    m = r.get("median", {})
    if m:
        lines.append(
            f"| **median** | | {m['bare_fit_s']:.2f} | {m['tune_fit_s']:.2f} | **{m['ratio_fit']:.3f}** | "
            f"{m['bare_whole_s']:.2f} | {m['tune_trial_s']:.2f} | **{m['ratio_trial']:.3f}** | "
            f"{m['tune_call_s']:.2f} | **{m['ratio_call']:.3f}** | **{_r(m.get('ratio_fit_cpu'))}** | "
            f"**{_r(m.get('ratio_call_cpu'))}** |"
        )
    goal = r.get("goal", 1.02)
    mn = r.get("min", {})
    lines += [
        "",
        f"Goal ≤ {goal} (medians of the per-pair wall-clock ratios): fit {_met(m.get('ratio_fit'), goal)}, "
        f"whole trial {_met(m.get('ratio_trial'), goal)}, "
        f"whole `run_study` call (one trial) {_met(m.get('ratio_call'), goal)}. "
        + (
            f"Process CPU time, median of pairs: fit {_met(m.get('ratio_fit_cpu'), goal)}, whole call "
            f"{_met(m.get('ratio_call_cpu'), goal)}. "
            if m.get("ratio_fit_cpu") is not None
            else ""
        )
        + (
            f"Least-disturbed runs (each arm's minimum): fit {_r(mn.get('ratio_fit'))}, trial "
            f"{_r(mn.get('ratio_trial'))}, call {_r(mn.get('ratio_call'))}. "
            if mn
            else ""
        )
        + "fit = the `model.fit` call alone (our callbacks: best-weights keeper with its NaN check, "
        "early stopping, the per-epoch pruning report; no per-batch callback off a live terminal); trial = Optuna's trial duration (build, fit, best-weights restore, test scoring, "
        "storage writes) against the bare arm's clear+build+pad+fit+evaluate; call adds opening the storage, "
        "probing the space (one extra model build) and creating the study, which a sweep pays once.",
    ]
    pairs = r.get("pairs", [])
    if pairs:
        bv = [p["bare"]["best_val_accuracy"] for p in pairs]
        tv = [p["tune"]["best_val_accuracy"] for p in pairs]
        same = "identical in every pair" if bv == tv else f"bare {_fl(bv)}; tune {_fl(tv)}"
        lines.append(
            f"Same training in both arms (best val_accuracy): {same}"
            + (f" ({_f(bv[0])})" if bv == tv and bv else "")
            + "."
        )
    return lines


def _data(r: dict[str, Any], sec: dict[str, Any]) -> list[str]:
    from bench.data import ROWS as rows

    names = [n for n in ("imdb", "newsgroups") if isinstance(r.get(n), dict)]
    if not names:
        return _scalars(r)
    lines = [
        f"Figures from `bench.data.run` (data layer's own benchmark) on `{r.get('data_dir', '?')}`; "
        "first encode into a fresh temporary cache.",
        "",
        "| | " + " | ".join(names) + " |",
        "|---" * (len(names) + 1) + "|",
    ]
    for label, key in rows:
        if any(key in r[n] for n in names):
            lines.append(f"| {label} | " + " | ".join(str(r[n].get(key, "—")) for n in names) + " |")
    goals = r.get("goals")
    if goals:
        lines += [
            "",
            "Goals: "
            + ", ".join(f"{k} ≤ {v}" for k, v in goals.items())
            + "; "
            + ", ".join(f"{k} {_met(_goal_value(r, k), v)}" for k, v in goals.items())
            + ".",
        ]
    return lines


def _goal_value(r: dict[str, Any], key: str) -> float | None:
    ds, _, field = key.partition("_")
    return r.get(ds, {}).get(field)


def _pruning(r: dict[str, Any], sec: dict[str, Any]) -> list[str]:
    s = r.get("sizes", {})
    lines = [
        f"`{sec.get('preset', {}).get('sweep', 'sweeps/imdb_cnn.py')}` with TPE and the reference config as trial 0 "
        f"in every arm, on {s.get('train')}/{s.get('val')}/{s.get('test')} train/val/test, up to {r.get('epochs')} "
        f"epochs, maxlen ≤ {r.get('max_maxlen')}, {r.get('budget_s'):.0f} s of wall clock per arm and seed. "
        f"Budget: {r.get('budget_method')}. Pruner: {r.get('pruner_settings')}.",
        "",
        "| seed | pruner | finished | of which pruned | epochs / finished trial | elapsed s | trials / hour | "
        "best val | its test | best found at s |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for x in r.get("runs", []):
        lines.append(
            f"| {x['seed']} | {x['arm']} | {x['finished']} | {x['pruned']} | {_n(_epochs_per_trial(x), 1)} | "
            f"{x['elapsed_s']:.0f} | {x['trials_per_hour']:.0f} | {_f(x['best_val_accuracy'])} | "
            f"{_f(x['best_test_accuracy'])} | {x.get('best_found_at_s', '—')} |"
        )
    med = r.get("median", {})
    off = med.get("none", {})
    goal = r.get("goal_trials_ratio", 3.0)
    compared = _compared(r)
    lines += [
        "",
        f"Median over seeds, without a pruner: {_n(off.get('trials_per_hour'))} trials/h, best val "
        f"{_f(off.get('best_val_accuracy'))}.",
    ]
    for arm, c in compared.items():
        on, tr = med.get(arm, {}), c.get("trials_ratio")
        name = r.get("pruners", {}).get(arm, arm)
        lines += [
            f"- `--pruner {arm}` ({name}): {_n(on.get('trials_per_hour'))} trials/h, best val "
            f"{_f(on.get('best_val_accuracy'))}. **Trials ratio {_x(tr)}** (goal ≥ {goal}×: "
            f"{'met' if tr is not None and tr >= goal else 'not met'}), best-val difference "
            f"{_signed(c.get('best_val_delta'))}."
        ]
        ceiling = pruning_ceiling(r, arm)
        if ceiling is not None:
            lines += [
                f"  Ceiling: unpruned trials ran {ceiling[0]:.1f} epochs each (median over seeds, early "
                f"stopping included) and this pruner cuts no trial before epoch {ceiling[1]}, so even pruning "
                f"every trial at the first chance gives at most **{ceiling[2]:.2f}×** the trials per hour."
            ]
    return lines


def _compared(r: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each pruner arm against none; a pruning.json from before the Hyperband arm holds median's only."""
    return r.get("compared") or {
        "median": {"trials_ratio": r.get("trials_ratio"), "best_val_delta": r.get("best_val_delta")}
    }


def _pruning_losses(pr: dict[str, Any]) -> list[str]:
    """Where each pruner arm misses the trials goal or loses validation accuracy, and why."""
    out: list[str] = []
    goal = pr.get("goal_trials_ratio", 3.0)
    compared = _compared(pr)
    n_seeds = len({x.get("seed") for x in pr.get("runs", [])})
    noise = f" With {n_seeds} seed this cannot be told apart from seed noise." if n_seeds < 3 else ""
    for arm, c in compared.items():
        tr, on = c.get("trials_ratio"), pr.get("median", {}).get(arm, {})
        if tr is not None and tr < goal:
            text = f"Pruning: {_x(tr)} trials per hour with `--pruner {arm}`, short of the {goal}× goal. "
            ceiling = pruning_ceiling(pr, arm)
            if ceiling is not None and ceiling[2] < goal:
                text += (
                    f"Here the goal is out of reach by arithmetic: unpruned trials average {ceiling[0]:.1f} "
                    f"epochs and none is cut before epoch {ceiling[1]}, a ceiling of {ceiling[2]:.2f}×. "
                )
            if arm == "median":
                text += (
                    f"{pr.get('pruner_settings', 'The median pruner')} prunes nothing until five trials have "
                    "completed and never at epoch 1 (which the real imdb_cnn study showed cuts slow starters), "
                    f"so with {pr.get('epochs')} epochs a pruned trial still costs ≥ 2/{pr.get('epochs')} of a "
                    "full one plus its fixed build/trace cost; the sweep's own early stopping already shortens "
                    "unpruned bad trials"
                )
            else:
                text += (
                    "Every trial also pays a fixed cost (build, first-epoch tracing, test scoring) that "
                    "pruning cannot cut, and the sweep's own early stopping already shortens unpruned bad trials"
                )
            fin = on.get("finished")
            if fin is not None and fin <= 15:
                text += f"; and a budget that finishes only ~{fin:.0f} trials leaves little room after the startup"
            out.append(text + ".")
        d = c.get("best_val_delta")
        if d is not None and d < 0:
            why = (
                "The median rule compares a trial's epoch-2 accuracy with the others' at epoch 2, so slow "
                "starters (low learning rates, which the unpruned arm's best may be) are cut"
                if arm == "median"
                else "Hyperband keeps only the best third of each rung (epochs 1, 3, 9 ...), so most trials are "
                "judged after one epoch and slow starters are cut"
            )
            out.append(
                f"Pruning: best validation accuracy {d:+.4f} with `--pruner {arm}`. {why}; and pruned "
                "trials' partial curves steer TPE differently from then on." + noise
            )
    return out


def _epochs_per_trial(run: dict[str, Any]) -> float | None:
    if not run.get("finished") or run.get("epochs_trained") is None:
        return None
    return run["epochs_trained"] / run["finished"]


def pruning_ceiling(r: dict[str, Any], arm: str = "median") -> tuple[float, int, float] | None:
    """(epochs per unpruned trial, earliest epoch the pruner may cut, their ratio): the most trials per
    hour pruning can buy, before the fixed per-trial cost (build, test scoring) lowers it further."""
    per_trial = [e for x in r.get("runs", []) if x.get("arm") == "none" and (e := _epochs_per_trial(x)) is not None]
    settings = r.get("pruners", {}).get(arm) or (r.get("pruner_settings", "") if arm == "median" else "")
    # Optuna's median rule prunes once step >= n_warmup_steps; Hyperband from min_resource on. Our step is the epoch.
    match = re.search(r"(?:n_warmup_steps|min_resource)=(\d+)", str(settings))
    e = median(per_trial)  # None without unpruned runs
    if e is None or match is None:
        return None
    first = max(1, int(match.group(1)))
    return e, first, e / first


def _engines(r: dict[str, Any], sec: dict[str, Any]) -> list[str]:
    lines = [
        f"{r.get('budget_s', 0):.0f} s of wall clock per engine and seed, seeds {r.get('seeds')}, up to "
        f"{r.get('epochs')} epochs per trial. `ours` = textclf-tune as shipped (TPE, median pruner, reference "
        "config as trial 0); `ours-noref` = the same without the reference trial; `kt-*` = KerasTuner "
        "RandomSearch / BayesianOptimization / Hyperband (max_epochs = the epoch cap, factor 3) with a "
        "HyperModel calling the same `build(hp)`. Same subsample, validation split, maxlen cap and early "
        "stopping for all; best by validation, then its test accuracy."
    ]
    for name, sw in r.get("sweeps", {}).items():
        s = sw.get("sizes", {})
        seeds = sorted({x["seed"] for x in sw.get("runs", [])})
        lines += [
            "",
            f"### {name}",
            "",
            f"{s.get('train')}/{s.get('val')}/{s.get('test')} train/val/test, maxlen ≤ {sw.get('max_maxlen')}.",
            "",
            "| engine | median best val | median its test | median trials finished | median s used | "
            + " | ".join(f"seed {x} val / test / trials" for x in seeds)
            + " |",
            "|---" * (5 + len(seeds)) + "|",
        ]
        for engine, m in sw.get("median", {}).items():
            cells = []
            for seed in seeds:
                x = next((y for y in sw["runs"] if y["engine"] == engine and y["seed"] == seed), None)
                if x is None:
                    cells.append("—")
                elif "error" in x:
                    cells.append("error")
                else:
                    cells.append(
                        f"{_f(x.get('best_val_accuracy'))} / {_f(x.get('best_test_accuracy'))} / {x.get('finished')}"
                        + (f" ({x['pruned']} pruned)" if x.get("pruned") else "")
                    )
            bold = "**" if engine == "ours" else ""
            lines.append(
                f"| {bold}{engine}{bold} | {_f(m['best_val_accuracy'])} | {_f(m['best_test_accuracy'])} | "
                f"{_n(m['finished'])} | {_n(_elapsed(sw, engine))} | " + " | ".join(cells) + " |"
            )
        lines += _yardstick(sw)
        over = _overran(sw, r.get("budget_s"))
        if over:
            lines += ["", over]
        ours_n = sw.get("median", {}).get("ours", {}).get("finished")
        if ours_n is not None and ours_n <= 10:
            lines += [
                "",
                f"At this budget every engine finishes only ~{ours_n:.0f} trials per run, so all of them are "
                "still sampling at random (TPE's 10 startup trials, BayesianOptimization's 3 initial points per hyperparameter) "
                "and the seed decides more than the engine: read this as a check that the comparison runs, "
                "not as a ranking. `--full` gives each run 240 s on all three sweeps.",
            ]
        v = _verdict(sw)
        if v:
            lines += [
                "",
                "ours against: "
                + "; ".join(
                    f"{e} val {_signed(d['val_delta'])}, test {_signed(d['test_delta'])}, seeds won on val {d['seeds_won_on_val']}"
                    for e, d in v.items()
                )
                + ".",
            ]
        errs = [f"{x['engine']} seed {x['seed']}: {x['error']}" for x in sw.get("runs", []) if "error" in x]
        if errs:
            lines += ["", "Errors: " + "; ".join(f"`{e[:200]}`" for e in errs)]
    return lines


def _elapsed(sw: dict[str, Any], engine: str) -> float | None:
    return median([x.get("elapsed_s") for x in sw.get("runs", []) if x.get("engine") == engine])


def _prefixed(prefix: str, text: str) -> str:
    return prefix + text if text else ""


def _overran(sw: dict[str, Any], budget_s: float | None, slack: float = 0.05) -> str:
    """A sentence naming the runs that went more than ``slack`` past the budget (they had more time
    than the others), or "" when none did."""
    if not budget_s:
        return ""
    late = [x for x in sw.get("runs", []) if (x.get("elapsed_s") or 0) > budget_s * (1 + slack)]
    if not late:
        return ""
    return (
        f"Over budget (more than {slack:.0%} past {budget_s:.0f} s): "
        + ", ".join(f"{x['engine']} seed {x['seed']} {x['elapsed_s']:.0f} s" for x in late)
        + ". Their last trial was not cut at the "
        "deadline and was counted, so they had more time than the rest (until 2026-11-30 `ours` checked the "
        "deadline at trial starts only)."
    )


def _verdict(sw: dict[str, Any]) -> dict[str, Any]:
    """ours against each KerasTuner engine, recomputed from the runs (so older JSON renders as new)."""
    from bench.engines import verdict

    runs = sw.get("runs", [])
    return verdict(runs, list(sw.get("median", {}))) if runs else sw.get("verdict", {})


def _binomial(sw: dict[str, Any], split: str = "val") -> tuple[float, int, float] | None:
    """(accuracy, examples, binomial standard error) on ``split``, the accuracy being the median over
    engines of their median best there."""
    n = sw.get("sizes", {}).get(split)
    vals = [m.get(f"best_{split}_accuracy") for m in sw.get("median", {}).values()]
    p = median([v for v in vals if v is not None])
    return None if not n or p is None else (p, n, (p * (1 - p) / n) ** 0.5)


def _split_se(sw: dict[str, Any], split: str = "val") -> float | None:
    b = _binomial(sw, split)
    return b[2] if b else None


def _yardstick(sw: dict[str, Any]) -> list[str]:
    """How big a gap between engines the validation split alone can produce."""
    b = _binomial(sw)
    if b is None:
        return []
    p, n, se = b
    spread = [
        abs(a - b) for e in sw.get("median", {}) for a, b in [_seed_range(sw.get("runs", []), e)] if a is not None
    ]
    text = (
        f"Yardstick: an accuracy near {p:.3f} measured on {n} validation examples has a binomial standard error of "
        f"{se:.4f}, so gaps between medians under ~{2 * se:.3f} are within what the split's sampling alone produces"
    )
    if spread:
        text += f"; one engine's best val ranges over {median(spread):.3f} (median) across seeds"
    return ["", text + "."]


def _seed_range(runs: list[dict[str, Any]], engine: str) -> tuple[float | None, float | None]:
    vals = [
        r["best_val_accuracy"] for r in runs if r.get("engine") == engine and r.get("best_val_accuracy") is not None
    ]
    return (max(vals), min(vals)) if len(vals) >= 2 else (None, None)


def _memory(r: dict[str, Any], sec: dict[str, Any]) -> list[str]:
    known = [
        ("implementation", "implementation"),
        ("data", "data"),
        ("trials", "trials"),
        ("peak resident memory (MiB)", "peak_rss_mib"),
        ("RSS after imports (MiB)", "rss_after_imports_mib"),
        ("RSS after data (MiB)", "rss_after_data_mib"),
        ("RSS after first trial (MiB)", "rss_first_trial_mib"),
        ("RSS after last trial (MiB)", "rss_last_trial_mib"),
        ("growth per trial, second half (MiB)", "growth_mib_per_trial_second_half"),
    ]
    if not any(k in r for _, k in known[2:]):
        return _scalars(r)
    lines = ["| figure | value |", "|---|---|"]
    for label, key in known:
        if key in r:
            lines.append(f"| {label} | {r[key]} |")
    if "sizes" in r:
        s = r["sizes"]
        lines.append(f"| train/val/test | {s.get('train')}/{s.get('val')}/{s.get('test')} |")
    per = r.get("per_trial")
    if per:
        lines += ["", "RSS after each trial (MiB): " + ", ".join(str(t.get("rss_mib")) for t in per)]
    if "flat" in r:
        lines += [
            "",
            f"Flat (growth < {r.get('flat_threshold_mib_per_trial')} MiB per trial over the second half): "
            f"**{'yes' if r['flat'] else 'no'}**.",
        ]
    return lines


def _scalars(r: dict[str, Any], prefix: str = "") -> list[str]:
    """A generic two-column table of every scalar figure (nested dicts flattened with dots)."""
    rows = []

    def walk(d: dict[str, Any], pre: str) -> None:
        for k, v in d.items():
            if isinstance(v, dict):
                walk(v, f"{pre}{k}.")
            elif isinstance(v, (int, float, str, bool)) or v is None:
                rows.append((f"{pre}{k}", v))

    walk(r, prefix)
    return ["| figure | value |", "|---|---|"] + [f"| {k} | {v} |" for k, v in rows[:60]]


RENDERERS = {"overhead": _overhead, "data": _data, "pruning": _pruning, "engines": _engines, "memory": _memory}


# --------------------------------------------------------------------------- losses
def where_we_lose(sections: dict[str, dict[str, Any]]) -> list[str]:
    """Every goal missed and every engine that beats ours, with the mechanism where it is known."""
    out = []
    ov = _ok(sections, "overhead")
    if ov:
        m, goal = ov.get("median", {}), ov.get("goal", 1.02)
        for key, label in (
            ("ratio_fit", "fit"),
            ("ratio_trial", "whole trial"),
            ("ratio_call", "whole run_study call"),
        ):
            if m.get(key) is not None and m[key] > goal:
                cpu = m.get(key + "_cpu")
                cpu_text = f" (process CPU time: {cpu:.3f})" if cpu is not None else ""
                fit_why = (
                    "Our callbacks run in `model.fit` (best-weights copy on every improving epoch, "
                    "NaN check and Optuna report/should_prune per epoch)."
                )
                if key == "ratio_fit" and cpu is not None and cpu <= goal:
                    fit_why = (
                        "The process CPU time shows almost no extra work, so the wall-clock gap is mostly "
                        "waiting, not computing: the shared machine's noise (see the per-pair spread)."
                    )
                out.append(
                    f"Overhead, {label}: median wall-clock ratio {m[key]:.3f} > {goal}{cpu_text}. "
                    + {
                        "ratio_fit": fit_why,
                        "ratio_trial": "A trial also restores the best epoch's weights, scores the test split and "
                        "writes its record (history, versions, params) to SQLite.",
                        "ratio_call": "A `run_study` call also opens the storage, builds the reference model once to "
                        "probe the space, and creates the study: a fixed cost per call, amortised over "
                        "a sweep's trials but not over one.",
                    }[key]
                )
    pr = _ok(sections, "pruning")
    if pr:
        out += _pruning_losses(pr)
    en = _ok(sections, "engines")
    if en:
        for name, sw in en.get("sweeps", {}).items():
            med = sw.get("median", {})
            ours = med.get("ours", {})
            se, se_t = _split_se(sw), _split_se(sw, "test")
            for e, d in _verdict(sw).items():
                lost = [k for k in ("val_delta", "test_delta") if d.get(k) is not None and d[k] < 0]
                if lost:
                    tie = ""
                    if "val_delta" in lost and se and -d["val_delta"] < 2 * se:
                        tie = (
                            f" The validation gap is inside the yardstick (2 standard errors, {2 * se:.3f}): a tie "
                            "at this budget, not a ranking."
                        )
                    if lost == ["test_delta"] and se_t:
                        inside = "inside" if -d["test_delta"] < 2 * se_t else "outside"
                        tie = (
                            " Ours leads on validation, the figure every engine selects by; its pick's test gap is "
                            f"{inside} 2 standard errors on {sw['sizes']['test']} test examples ({2 * se_t:.3f})."
                        )
                    out.append(
                        f"Engines, {name}: {e} beats ours on median "
                        + " and ".join(
                            {"val_delta": "validation", "test_delta": "test"}[k] + f" ({d[k]:+.4f})" for k in lost
                        )
                        + f"; seeds won by ours on validation {d['seeds_won_on_val']}."
                        + tie
                        + " "
                        + _engine_reason(e, ours, med.get(e, {}), en, sw.get("runs", []))
                    )
            noref = med.get("ours-noref")
            if (
                noref
                and ours
                and noref.get("best_val_accuracy") is not None
                and ours.get("best_val_accuracy") is not None
            ):
                kt_best = (
                    max((m.get("best_val_accuracy") or 0) for e, m in med.items() if e.startswith("kt-"))
                    if any(e.startswith("kt-") for e in med)
                    else None
                )
                if kt_best is not None and noref["best_val_accuracy"] < kt_best:
                    if ours["best_val_accuracy"] >= kt_best:
                        tail = (
                            "so what edge ours has comes from the head start of the known-good reference config, "
                            "not from the search"
                        )
                    elif ours["best_val_accuracy"] >= noref["best_val_accuracy"]:
                        tail = "and the reference trial does not close the gap"
                    else:
                        tail = (
                            f"and with the reference trial it is further behind (ours {_f(ours['best_val_accuracy'])}): "
                            "the reference config's time is taken from the search"
                        )
                    out.append(
                        f"Engines, {name}: without its reference trial our search (`ours-noref`, median val "
                        f"{_f(noref['best_val_accuracy'])}) is behind the best KerasTuner engine ({_f(kt_best)}), "
                        + tail
                        + "."
                    )
    mem = _ok(sections, "memory")
    growth = mem.get("growth_mib_per_trial_second_half") if mem else None
    if mem and isinstance(growth, (int, float)):
        flat = mem.get("flat", growth < 1.0)
        if not flat:
            rss = [t.get("rss_mib") for t in mem.get("per_trial", []) if t.get("rss_mib") is not None]
            shape = ""
            if len(rss) >= 4:
                half = len(rss) // 2
                shape = (
                    f" RSS went {rss[0]} → {rss[half - 1]} MiB over the first half and {rss[half]} → {rss[-1]} "
                    "MiB over the second; a curve that flattens like this looks more like the allocator's "
                    "high-water mark than a steady leak, but one run of this length cannot separate the two."
                )
            out.append(
                f"Memory: resident memory grows {growth} MiB per trial over the second half of a "
                f"{mem.get('trials')}-trial run in one process (threshold "
                f"{mem.get('flat_threshold_mib_per_trial', 1.0)}; peak {mem.get('peak_rss_mib')} MiB)." + shape
            )
    for name, sec in sections.items():
        if sec.get("status") != "ok":
            out.append(f"{TITLES[name]} did not finish: `{str(sec.get('error'))[:200]}`.")
    return out


def _engine_reason(
    engine: str, ours: dict[str, Any], theirs: dict[str, Any], en: dict[str, Any], runs: list[dict[str, Any]]
) -> str:
    """The mechanisms behind a loss that these runs show, each read from the runs themselves."""
    bits = []
    of, tf = ours.get("finished"), theirs.get("finished")
    if of is not None and tf is not None and tf > of:
        bits.append(f"it finished more trials in the same time ({tf:.0f} vs {of:.0f})")
    if engine == "kt-bayesian":
        same = sum(
            1
            for r in runs
            if r["engine"] == "kt-bayesian"
            and r.get("best_params")
            and any(
                x["engine"] == "kt-random" and x["seed"] == r["seed"] and x.get("best_params") == r["best_params"]
                for x in runs
            )
        )
        bits.append(
            "KerasTuner's BayesianOptimization starts with 3 random points per tuned hyperparameter, "
            "and with the same seed those are RandomSearch's configurations"
            + (f" (its best config is RandomSearch's on {same} of {len(en.get('seeds', []))} seeds)" if same else "")
        )
    mine = [r for r in runs if r["engine"] == "ours" and "error" not in r]
    if engine == "kt-hyperband":
        ep_t, ep_o = _epochs_per_run(runs, engine), _epochs_per_run(mine, "ours")
        if ep_t is not None and ep_o is not None and ep_t < ep_o:
            bits.append(
                f"Hyperband trains {ep_t:.1f} epochs per trial to our {ep_o:.1f} (its 1-epoch brackets), "
                "so it sees more configurations per second"
            )
    ref = _reference_cost(mine)
    budget = en.get("budget_s") or 0
    if ref is not None and budget and ref[0] >= 0.2 * budget and (theirs.get("best_val_accuracy") or 0) > ref[1]:
        bits.append(
            f"ours' first trial, the reference config, took a median {ref[0]:.0f} s ({ref[0] / budget:.0%} "
            f"of the {budget:.0f} s budget) and scored a median {ref[1]:.4f}, below their best"
        )
    if of is not None and of <= 20 and mine:
        pruned = median([r.get("pruned", 0) for r in mine])
        modelled = max(0, int(of) - 10)
        bits.append(
            f"TPE samples its first 10 trials at random, so with ~{of:.0f} trials per "
            f"{en.get('budget_s', 0):.0f} s run "
            + (
                "ours is in effect a random search plus the reference trial"
                if not modelled
                else f"only ~{modelled} of ours' trials came from its model"
            )
            + (f"; the median pruner stopped a median {pruned:.0f} of them early" if pruned else "")
            + "; and ours pays for a test evaluation in every finished trial"
        )
    return ("Why: " + "; ".join(bits) + ".") if bits else ""


def _reference_cost(mine: list[dict[str, Any]]) -> tuple[float, float] | None:
    """(median seconds, median validation) of ours' first finished trial, which is the reference config
    (trial 0, never pruned): a run's trajectory starts with the first trial that completed."""
    firsts = [r["trajectory"][0] for r in mine if r.get("trajectory")]
    if not firsts:
        return None
    return median([t for t, _ in firsts]), median([v for _, v in firsts])


def _epochs_per_run(runs: list[dict[str, Any]], engine: str) -> float | None:
    vals = [_epochs_per_trial(r) for r in runs if r.get("engine") == engine]
    return median([v for v in vals if v is not None])


def _ok(sections: dict[str, dict[str, Any]], name: str) -> dict[str, Any] | None:
    sec = sections.get(name)
    return sec["results"] if sec and sec.get("status") == "ok" else None


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


# --------------------------------------------------------------------------- formatting
def _f(v: Any) -> str:
    return "—" if v is None else f"{v:.4f}"


def _n(v: Any, digits: int = 0) -> str:
    return "—" if v is None else f"{v:.{digits}f}"


def _x(v: Any) -> str:
    return "—" if v is None else f"{v:.2f}×"


def _signed(v: Any) -> str:
    return "—" if v is None else f"{v:+.4f}"


def _r(v: Any) -> str:
    return "—" if v is None else f"{v:.3f}"


def _fl(vals: list[Any]) -> str:
    return ", ".join(_f(v) for v in vals)


def _met(value: Any, goal: float) -> str:
    if value is None:
        return "n/a"
    return f"{value:.3f} ({'met' if value <= goal else 'not met'})"


def _dur(s: Any) -> str:
    if s is None:
        return "?"
    s = float(s)
    return f"{s:.0f} s" if s < 120 else f"{s / 60:.1f} min"


def _short(v: Any) -> str:
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(map(str, v)) + "]"
    return str(v)
