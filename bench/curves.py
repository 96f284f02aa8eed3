"""What the learning curves of a study's best trials say: when validation peaks, and how far the
training accuracy has run ahead of it by then (overfitting) or not (underfitting, capacity).

    python -m bench.curves --storage sqlite:///results/studies.db imdb_cnn imdb_lstm-knobs newsgroups_glove

Reads the per-epoch history each trial recorded (validation only; no test figure is read) and
prints one markdown table per study: its top trials by the objective, the epoch of the best
validation value against the epochs run, training and validation accuracy at that epoch, and the
training accuracy at the last epoch. Nothing is trained.
"""

from __future__ import annotations

import argparse
from typing import Any


def curve_rows(study: Any, top: int) -> list[dict[str, Any]]:
    """The ``top`` complete trials of ``study`` by its objective, each with its curve's summary."""
    from optuna.trial import TrialState

    from textclf_tune.store.records import S, T

    objective = study.user_attrs.get(S.OBJECTIVE, "val_accuracy")
    maximize = study.direction.name == "MAXIMIZE"
    done = [t for t in study.get_trials(deepcopy=False, states=(TrialState.COMPLETE,)) if t.value is not None]
    done.sort(key=lambda t: -t.value if maximize else t.value)
    rows = []
    for t in done[:top]:
        h = t.user_attrs.get(T.HISTORY) or {}
        val, acc = h.get(objective) or [], h.get("accuracy") or []
        best = int(t.user_attrs.get(T.BEST_EPOCH) or 0)  # 1-based
        rows.append(
            {
                "trial": t.number,
                "value": t.value,
                "best_epoch": best,
                "epochs_run": len(val),
                "train_acc_at_best": acc[best - 1] if 0 < best <= len(acc) else None,
                "val_acc_at_best": (h.get("val_accuracy") or [None] * best)[best - 1] if best else None,
                "train_acc_last": acc[-1] if acc else None,
            }
        )
    return rows


def markdown(name: str, rows: list[dict[str, Any]]) -> str:
    def f(v: Any) -> str:
        return "—" if v is None else f"{v:.3f}"

    lines = [
        f"**{name}**",
        "",
        "| trial | best val | best epoch / run | train acc at best | val acc at best | train acc at last |",
        "|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['trial']} | {r['value']:.4f} | {r['best_epoch']} / {r['epochs_run']} | {f(r['train_acc_at_best'])} "
            f"| {f(r['val_acc_at_best'])} | {f(r['train_acc_last'])} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.curves", description=__doc__.split("\n\n")[0])
    ap.add_argument("studies", nargs="+", help="study names")
    ap.add_argument("--storage", required=True, help="Optuna storage URL, e.g. sqlite:///results/studies.db")
    ap.add_argument("--top", type=int, default=5, help="trials per study (default 5)")
    args = ap.parse_args(argv)
    import optuna

    from textclf_tune.store.storage import load_existing_study

    for name in args.studies:
        study: optuna.Study = load_existing_study(name, args.storage)
        print(markdown(name, curve_rows(study, args.top)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
