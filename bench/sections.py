"""The sections of ``results/bench/SUMMARY.md``: one table renderer per benchmark, reading its JSON."""

from __future__ import annotations

from typing import Any

from bench.findings import (
    binomial,
    compared,
    elapsed,
    epochs_per_trial,
    overran,
    pruning_ceiling,
    seed_spread,
    verdict,
)


def _overhead(r: dict[str, Any], sec: dict[str, Any]) -> list[str]:
    cfg = r.get("config", {})
    s = r.get("sizes", {})
    lines = [
        f"Reference config of `{sec.get('preset', {}).get('sweep', 'the sweep')}` "
        f"({', '.join(f'{k}={v}' for k, v in cfg.items())}) on {s.get('train')}/{s.get('val')}/{s.get('test')} "
        f"train/val/test, {r.get('epochs')} epochs, same seeds in both arms; tune arm: `run_study`, "
        f"{r.get('storage')}, pruner {r.get('pruner')}, reporter {r.get('reporter')}.",
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
        + "fit: `model.fit` alone; trial: Optuna's trial (build, fit, restore, test, record); call: the "
        "whole `run_study`, with the storage, the space probe and the study's creation.",
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
        f"`{sec.get('preset', {}).get('sweep', 'sweeps/imdb_cnn.py')}`, TPE, reference config first; "
        f"{s.get('train')}/{s.get('val')}/{s.get('test')} train/val/test, up to {r.get('epochs')} epochs, "
        f"maxlen ≤ {r.get('max_maxlen')}, {_n(r.get('budget_s'))} s per arm and seed ({r.get('budget_method')}).",
        "",
        "| seed | pruner | finished | of which pruned | epochs / finished trial | elapsed s | trials / hour | "
        "best val | its test | best found at s |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for x in r.get("runs", []):
        lines.append(
            f"| {x['seed']} | {x['arm']} | {x['finished']} | {x['pruned']} | {_n(epochs_per_trial(x), 1)} | "
            f"{x['elapsed_s']:.0f} | {x['trials_per_hour']:.0f} | {_f(x['best_val_accuracy'])} | "
            f"{_f(x['best_test_accuracy'])} | {x.get('best_found_at_s', '—')} |"
        )
    med = r.get("median", {})
    goal = r.get("goal_trials_ratio", 3.0)
    lines += [
        "",
        f"Medians over seeds against no pruner. Goal: trials ratio ≥ {goal}×. Ceiling: epochs per unpruned "
        "trial ÷ the first epoch the pruner may cut, the most trials per hour pruning can buy.",
        "",
        "| pruner | settings | trials / hour | best val | trials ratio | goal | best-val Δ | ceiling |",
        "|---|---|---|---|---|---|---|---|",
    ]
    off = med.get("none", {})
    lines.append(
        f"| none | — | {_n(off.get('trials_per_hour'))} | {_f(off.get('best_val_accuracy'))} | — | — | — | — |"
    )
    for arm, c in compared(r).items():
        on, tr = med.get(arm, {}), c.get("trials_ratio")
        ceiling = pruning_ceiling(r, arm)
        lines.append(
            f"| {arm} | {r.get('pruners', {}).get(arm, r.get('pruner_settings', '—'))} | "
            f"{_n(on.get('trials_per_hour'))} | {_f(on.get('best_val_accuracy'))} | **{_x(tr)}** | "
            f"{'met' if tr is not None and tr >= goal else 'not met'} | {_signed(c.get('best_val_delta'))} | "
            f"{_x(ceiling[2]) if ceiling else '—'} |"
        )
    return lines


def _engines(r: dict[str, Any], sec: dict[str, Any]) -> list[str]:
    lines = [
        f"{r.get('budget_s', 0):.0f} s per engine and seed, seeds {r.get('seeds')}, up to {r.get('epochs')} epochs "
        "per trial. `ours`: textclf-tune as shipped; `ours-noref`: without the reference trial; `kt-*`: "
        "KerasTuner's tuners on the same `build(hp)`, data and early stopping. Best by validation, then its test."
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
                f"{_n(m['finished'])} | {_n(elapsed(sw, engine))} | " + " | ".join(cells) + " |"
            )
        b, spread = binomial(sw), seed_spread(sw)
        if b is not None:
            lines += [
                "",
                f"Yardstick: 2 binomial standard errors at {b[0]:.3f} on {b[1]} validation examples = "
                f"{2 * b[2]:.3f}; median spread of one engine's best val across seeds = {_n(spread, 3)}.",
            ]
        late = overran(sw, r.get("budget_s"))
        if late:
            lines += [
                "",
                "Over budget by more than 5% (their last trial counted: more time than the rest): "
                + ", ".join(f"{e} seed {s} {t:.0f} s" for e, s, t in late)
                + ".",
            ]
        ours_n = sw.get("median", {}).get("ours", {}).get("finished")
        if ours_n is not None and ours_n <= 10:
            lines += ["", f"~{ours_n:.0f} trials per run: every engine is still sampling at random. Not a ranking."]
        v = verdict(sw)
        if v:
            lines += ["", "| ours against | val Δ | test Δ | seeds won on val |", "|---|---|---|---|"]
            lines += [
                f"| {e} | {_signed(d['val_delta'])} | {_signed(d['test_delta'])} | {d['seeds_won_on_val']} |"
                for e, d in v.items()
            ]
        errs = [f"{x['engine']} seed {x['seed']}: {x['error']}" for x in sw.get("runs", []) if "error" in x]
        if errs:
            lines += ["", "Errors: " + "; ".join(f"`{e[:200]}`" for e in errs)]
    return lines


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
            f"Flat (< {r.get('flat_threshold_mib_per_trial')} MiB per trial): **{'yes' if r['flat'] else 'no'}**.",
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


def _replay(r: dict[str, Any], sec: dict[str, Any]) -> list[str]:
    from bench.replay import render  # written by python -m bench.replay, not by python -m bench

    return render(r, sec)


RENDERERS = {
    "overhead": _overhead,
    "data": _data,
    "pruning": _pruning,
    "engines": _engines,
    "memory": _memory,
    "replay": _replay,
}


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
