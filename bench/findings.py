"""Where the benchmarks say we lose, as numbers: goals missed, engines that beat ours, and the
figures behind each. ``bench.reasons`` holds the short, hand-written explanations; ``bench.summary``
renders both as a table."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bench.common import median


@dataclass(frozen=True)
class Loss:
    """One place we lose: ``kind`` keys the hand-written reason in ``bench.reasons.WHY``; ``figure``
    is ours and ``target`` the goal or the rival's figure; ``facts`` the numbers behind it (each key
    also keys a reason)."""

    section: str
    kind: str
    subject: str
    figure: float | None = None
    target: float | None = None
    facts: dict[str, Any] = field(default_factory=dict)


def ok(sections: dict[str, dict[str, Any]], name: str) -> dict[str, Any] | None:
    sec = sections.get(name)
    return sec["results"] if sec and sec.get("status") == "ok" else None


def where_we_lose(sections: dict[str, dict[str, Any]]) -> list[Loss]:
    """Every goal missed and every engine that beats ours, with the figures behind it."""
    out: list[Loss] = []
    ov = ok(sections, "overhead")
    if ov:
        m, goal = ov.get("median", {}), ov.get("goal", 1.02)
        for key in ("ratio_fit", "ratio_trial", "ratio_call"):
            if m.get(key) is not None and m[key] > goal:
                cpu = m.get(key + "_cpu")
                kind = "overhead_waiting" if key == "ratio_fit" and cpu is not None and cpu <= goal else key
                out.append(Loss("overhead", kind, key.removeprefix("ratio_"), m[key], goal, {"cpu_ratio": cpu}))
    pr = ok(sections, "pruning")
    if pr:
        out += pruning_losses(pr)
    en = ok(sections, "engines")
    if en:
        for name, sw in en.get("sweeps", {}).items():
            out += engine_losses(name, sw, en)
    rp = ok(sections, "replay")
    if rp:
        out += replay_losses(rp)
    mem = ok(sections, "memory")
    growth = mem.get("growth_mib_per_trial_second_half") if mem else None
    if mem and isinstance(growth, (int, float)) and not mem.get("flat", growth < 1.0):
        threshold = mem.get("flat_threshold_mib_per_trial", 1.0)
        rss = [t.get("rss_mib") for t in mem.get("per_trial", []) if t.get("rss_mib") is not None]
        half = len(rss) // 2
        facts = {
            "trials": mem.get("trials"),
            "peak_rss_mib": mem.get("peak_rss_mib"),
            "rss_first_half": (rss[0], rss[half - 1]) if half else None,
            "rss_second_half": (rss[half], rss[-1]) if half else None,
        }
        out.append(Loss("memory", "memory_growth", "MiB per trial, second half", growth, threshold, facts))
    for name, sec in sections.items():
        if sec.get("status") != "ok":
            out.append(Loss(name, "failed", str(sec.get("error"))[:200]))
    return out


def replay_losses(r: dict[str, Any]) -> list[Loss]:
    """Each KerasTuner engine whose median best validation on a table is above ours (defaults)."""
    out = []
    for name, res in r.get("sweeps", {}).items():
        med, wins = res.get("median", {}), res.get("wins", {}).get("ours", {})
        ours = (med.get("ours") or {}).get("best_val")
        for kt, m in med.items():
            if not kt.startswith("kt-") or ours is None or m.get("best_val") is None or m["best_val"] <= ours:
                continue
            w = wins.get(kt, {})
            facts = {
                "seeds_won_tied_lost": (w.get("won"), w.get("tied"), w.get("lost")),
                "more_trials": (m.get("finished") or 0) > ((med["ours"].get("finished")) or 0),
            }
            out.append(Loss("replay", "replay_val", f"{name} (table): {kt}", ours, m["best_val"], facts))
    return out


# --------------------------------------------------------------------------- pruning
def compared(r: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each pruner arm against none; a pruning.json from before the Hyperband arm holds median's only."""
    return r.get("compared") or {
        "median": {"trials_ratio": r.get("trials_ratio"), "best_val_delta": r.get("best_val_delta")}
    }


def epochs_per_trial(run: dict[str, Any]) -> float | None:
    if not run.get("finished") or run.get("epochs_trained") is None:
        return None
    return float(run["epochs_trained"]) / run["finished"]


def pruning_ceiling(r: dict[str, Any], arm: str = "median") -> tuple[float, int, float] | None:
    """(epochs per unpruned trial, earliest epoch the pruner may cut, their ratio): the most trials per
    hour pruning can buy, before the fixed per-trial cost (build, test scoring) lowers it further."""
    per_trial = [e for x in r.get("runs", []) if x.get("arm") == "none" and (e := epochs_per_trial(x)) is not None]
    settings = r.get("pruners", {}).get(arm) or (r.get("pruner_settings", "") if arm == "median" else "")
    # Optuna's median rule prunes once step >= n_warmup_steps; Hyperband from min_resource on. Our step is the epoch.
    match = re.search(r"(?:n_warmup_steps|min_resource)=(\d+)", str(settings))
    e = median(per_trial)  # None without unpruned runs
    if e is None or match is None:
        return None
    first = max(1, int(match.group(1)))
    return e, first, e / first


def pruning_losses(pr: dict[str, Any]) -> list[Loss]:
    """Each pruner arm that misses the trials goal or loses validation accuracy."""
    out: list[Loss] = []
    goal = pr.get("goal_trials_ratio", 3.0)
    n_seeds = len({x.get("seed") for x in pr.get("runs", [])})
    for arm, c in compared(pr).items():
        tr, on = c.get("trials_ratio"), pr.get("median", {}).get(arm, {})
        if tr is not None and tr < goal:
            ceiling = pruning_ceiling(pr, arm)
            facts = {
                "ceiling": ceiling[2] if ceiling else None,
                "out_of_reach": bool(ceiling and ceiling[2] < goal),
                "finished": on.get("finished"),
            }
            out.append(Loss("pruning", f"trials_ratio_{arm}", f"--pruner {arm}", tr, goal, facts))
        d = c.get("best_val_delta")
        if d is not None and d < 0:
            out.append(Loss("pruning", f"best_val_{arm}", f"--pruner {arm}", d, 0.0, {"seeds": n_seeds}))
    return out


# --------------------------------------------------------------------------- engines
def verdict(sw: dict[str, Any]) -> dict[str, Any]:
    """ours against each KerasTuner engine, recomputed from the runs (so older JSON renders as new)."""
    from bench.engines import verdict as compute

    runs = sw.get("runs", [])
    return compute(runs, list(sw.get("median", {}))) if runs else sw.get("verdict", {})


def binomial(sw: dict[str, Any], split: str = "val") -> tuple[float, int, float] | None:
    """(accuracy, examples, binomial standard error) on ``split``, the accuracy being the median over
    engines of their median best there."""
    n = sw.get("sizes", {}).get(split)
    vals = [m.get(f"best_{split}_accuracy") for m in sw.get("median", {}).values()]
    p = median([v for v in vals if v is not None])
    return None if not n or p is None else (p, n, (p * (1 - p) / n) ** 0.5)


def split_se(sw: dict[str, Any], split: str = "val") -> float | None:
    b = binomial(sw, split)
    return b[2] if b else None


def seed_spread(sw: dict[str, Any]) -> float | None:
    """Median over engines of the range of one engine's best val across seeds."""
    spreads = []
    for e in sw.get("median", {}):
        vals = [
            r["best_val_accuracy"]
            for r in sw.get("runs", [])
            if r.get("engine") == e and r.get("best_val_accuracy") is not None
        ]
        if len(vals) >= 2:
            spreads.append(max(vals) - min(vals))
    return median(spreads)


def overran(sw: dict[str, Any], budget_s: float | None, slack: float = 0.05) -> list[tuple[str, int, float]]:
    """(engine, seed, seconds) of the runs that went more than ``slack`` past the budget."""
    if not budget_s:
        return []
    return [
        (x["engine"], x["seed"], float(x["elapsed_s"]))
        for x in sw.get("runs", [])
        if (x.get("elapsed_s") or 0) > budget_s * (1 + slack)
    ]


def elapsed(sw: dict[str, Any], engine: str) -> float | None:
    return median([x.get("elapsed_s") for x in sw.get("runs", []) if x.get("engine") == engine])


def engine_losses(name: str, sw: dict[str, Any], en: dict[str, Any]) -> list[Loss]:
    out: list[Loss] = []
    med = sw.get("median", {})
    ours = med.get("ours", {})
    se, se_t = split_se(sw), split_se(sw, "test")
    for e, d in verdict(sw).items():
        lost = [k for k in ("val_delta", "test_delta") if d.get(k) is not None and d[k] < 0]
        if not lost:
            continue
        facts: dict[str, Any] = {"seeds_won_on_val": d.get("seeds_won_on_val")}
        if "val_delta" in lost:
            facts["val_delta"] = d["val_delta"]
            if se and -d["val_delta"] < 2 * se:
                facts["tie"] = 2 * se
        if "test_delta" in lost:
            facts["test_delta"] = d["test_delta"]
            if lost == ["test_delta"] and se_t:
                facts["test_yardstick"] = 2 * se_t
                facts["test_gap_inside"] = -d["test_delta"] < 2 * se_t
        facts.update(engine_factors(e, ours, med.get(e, {}), en, sw.get("runs", [])))
        kind = "engine_val" if "val_delta" in lost else "engine_test"
        out.append(Loss("engines", kind, f"{name}: {e}", d.get(lost[0]), 0.0, facts))
    noref = med.get("ours-noref") or {}
    kt = [m.get("best_val_accuracy") or 0.0 for e, m in med.items() if e.startswith("kt-")]
    nv, ov = noref.get("best_val_accuracy"), ours.get("best_val_accuracy")
    if kt and nv is not None and ov is not None and nv < max(kt):
        kind = "noref_head_start" if ov >= max(kt) else "noref_behind" if ov >= nv else "noref_reference_costs"
        out.append(Loss("engines", kind, f"{name}: ours-noref", nv, max(kt), {"ours": ov}))
    return out


def engine_factors(
    engine: str, ours: dict[str, Any], theirs: dict[str, Any], en: dict[str, Any], runs: list[dict[str, Any]]
) -> dict[str, Any]:
    """The mechanisms behind a loss that these runs show, each as the figures read from the runs."""
    out: dict[str, Any] = {}
    of, tf = ours.get("finished"), theirs.get("finished")
    if of is not None and tf is not None and tf > of:
        out["more_trials"] = (tf, of)
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
        out["bayesian_starts_random"] = (same, len(en.get("seeds", [])))
    mine = [r for r in runs if r["engine"] == "ours" and "error" not in r]
    if engine == "kt-hyperband":
        ep_t, ep_o = epochs_per_run(runs, engine), epochs_per_run(mine, "ours")
        if ep_t is not None and ep_o is not None and ep_t < ep_o:
            out["shorter_trials"] = (ep_t, ep_o)
    ref = reference_cost(mine)
    budget = en.get("budget_s") or 0
    if ref is not None and budget and ref[0] >= 0.2 * budget and (theirs.get("best_val_accuracy") or 0) > ref[1]:
        out["reference_cost"] = (ref[0], ref[0] / budget, ref[1])
    if of is not None and of <= 20 and mine:
        out["tpe_startup"] = (of, max(0, int(of) - 10))
    return out


def reference_cost(mine: list[dict[str, Any]]) -> tuple[float, float] | None:
    """(median seconds, median validation) of ours' first finished trial, which is the reference config
    (trial 0, never pruned): a run's trajectory starts with the first trial that completed."""
    firsts = [r["trajectory"][0] for r in mine if r.get("trajectory")]
    if not firsts:
        return None
    return median([t for t, _ in firsts]), median([v for _, v in firsts])


def epochs_per_run(runs: list[dict[str, Any]], engine: str) -> float | None:
    vals = [epochs_per_trial(r) for r in runs if r.get("engine") == engine]
    return median([v for v in vals if v is not None])
