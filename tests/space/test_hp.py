"""hp calls map to the right Optuna distributions, replayed configs are checked, and KerasTuner's own
scopes, conditions and sampling names behave as KerasTuner's."""

from __future__ import annotations

import warnings

import keras_tuner as kt
import optuna
import pytest
from optuna.distributions import CategoricalDistribution, FloatDistribution, IntDistribution

from textclf_tune import HyperParameters, SweepError
from textclf_tune.space.specs import distribution_for


def _trial_hp() -> tuple[optuna.Trial, HyperParameters]:
    trial = optuna.create_study(sampler=optuna.samplers.RandomSampler(seed=1)).ask()
    return trial, HyperParameters(trial=trial)


def test_int_linear_with_step_maps_to_int_distribution_on_keras_tuner_grid() -> None:
    trial, hp = _trial_hp()
    v = hp.Int("units", 30, 205, step=10)
    assert distribution_for(hp.specs["units"]) == IntDistribution(30, 200, step=10)  # 205 is off the grid
    assert v in range(30, 201, 10)
    assert trial.params["units"] == v


def test_int_log_maps_to_log_int_distribution() -> None:
    _, hp = _trial_hp()
    hp.Int("units", 8, 512, sampling="log")
    assert distribution_for(hp.specs["units"]) == IntDistribution(8, 512, log=True)


def test_int_log_with_step_is_keras_tuner_geometric_grid() -> None:
    _, hp = _trial_hp()
    v = hp.Int("units", 16, 256, step=2, sampling="log")
    assert distribution_for(hp.specs["units"]) == CategoricalDistribution([16, 32, 64, 128, 256])
    khp = kt.HyperParameters()
    khp.Int("u", 16, 256, step=2, sampling="log")
    assert [int(x) for x in khp.space[0].values] == [16, 32, 64, 128, 256]  # KerasTuner's own grid
    assert v in (16, 32, 64, 128, 256)


def test_float_linear_step_and_log() -> None:
    _, hp = _trial_hp()
    hp.Float("dropout", 0.0, 0.5, step=0.05)
    hp.Float("lr", 1e-4, 1e-2, sampling="log")
    hp.Float("x", 0.0, 1.0)
    assert distribution_for(hp.specs["dropout"]) == FloatDistribution(0.0, 0.5, step=0.05)
    assert distribution_for(hp.specs["lr"]) == FloatDistribution(1e-4, 1e-2, log=True)
    assert distribution_for(hp.specs["x"]) == FloatDistribution(0.0, 1.0)


def test_float_step_grid_end_is_not_a_rounding_error_away() -> None:
    _, hp = _trial_hp()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # Optuna warns when high is off the step grid
        hp.Float("dropout", 0.0, 0.7, step=0.1)
    assert distribution_for(hp.specs["dropout"]).high == 0.7


def test_choice_boolean_fixed() -> None:
    trial, hp = _trial_hp()
    c = hp.Choice("opt", ["adam", "rmsprop"])
    b = hp.Boolean("bidi")
    f = hp.Fixed("vocab", 20000)
    assert distribution_for(hp.specs["opt"]) == CategoricalDistribution(["adam", "rmsprop"])
    assert distribution_for(hp.specs["bidi"]) == CategoricalDistribution([False, True])
    assert distribution_for(hp.specs["vocab"]) is None and "vocab" not in trial.params
    assert f == 20000 and hp.get("vocab") == 20000
    assert c in ("adam", "rmsprop") and b in (False, True)
    assert hp.values == {"opt": c, "bidi": b, "vocab": 20000}


def test_same_name_twice_returns_same_value_and_conflict_is_an_error() -> None:
    _, hp = _trial_hp()
    a = hp.Int("units", 1, 100)
    assert hp.Int("units", 1, 100) == a
    with pytest.raises(SweepError, match="defined twice"):
        hp.Int("units", 1, 50)


@pytest.mark.parametrize(
    "call, match",
    [
        (lambda hp: hp.Int("u", 5, 2), r"min_value <= max_value must hold, but got min_value=5, max_value=2"),
        (lambda hp: hp.Float("lr", 0.0, 1.0, sampling="log"), "log sampling needs min_value > 0"),
        (lambda hp: hp.Int("u", 1, 10, step=0), "step must be > 0"),
        (lambda hp: hp.Int("u", 1, 10, sampling="cubic"), "sampling must be one of"),
        (lambda hp: hp.Choice("c", []), "at least one value"),
        (lambda hp: hp.Int("u", 1.5, 10), "whole numbers"),
        (lambda hp: hp.Choice("u", [8, "16"]), r"hyperparameter 'u': A `Choice` can contain only one type"),
    ],
)
def test_bad_ranges_raise_sweep_errors_naming_the_value(call, match) -> None:
    _, hp = _trial_hp()
    with pytest.raises(SweepError, match=match):
        call(hp)


def test_default_is_recorded_only_when_given_and_must_be_a_point_of_the_space() -> None:
    _, hp = _trial_hp()
    hp.Int("units", 8, 64, step=8)
    hp.Int("blocks", 1, 3, default=3)
    hp.Boolean("flag")
    assert "default" not in hp.specs["units"] and "default" not in hp.specs["flag"]  # old fingerprints hold
    assert hp.specs["blocks"]["default"] == 3
    assert hp.Int("blocks", 1, 3, default=3) == hp.values["blocks"]  # redefinition with the same default
    with pytest.raises(SweepError, match=r"'depth' has default=4, which is not one of its values Int\(1..3\)"):
        hp.Int("depth", 1, 3, default=4)
    with pytest.raises(SweepError, match="default='gelu'"):
        hp.Choice("act", ["relu", "tanh"], default="gelu")


def test_conditional_parameters_are_inactive_when_parent_does_not_match() -> None:
    hp = HyperParameters(values={"kind": "cnn", "filters": 64})
    hp.Choice("kind", ["cnn", "lstm"])
    assert hp.Int("units", 8, 64, parent_name="kind", parent_values=["lstm"]) is None
    with hp.conditional_scope("kind", ["cnn"]):
        assert hp.Int("filters", 32, 128, step=32) == 64
    assert "units" not in hp.values


def test_replay_accepts_points_of_the_space_and_rejects_others() -> None:
    hp = HyperParameters(values={"units": 70, "lr": 1e-3, "bidi": False})
    assert hp.Int("units", 30, 200, step=10) == 70
    assert hp.Float("lr", 1e-4, 1e-2, sampling="log") == 1e-3
    assert hp.Boolean("bidi") is False
    # Each refusal says why, with the remedy that fits it.
    with pytest.raises(
        SweepError, match=r"units=75 lies inside Int\(30..200, step=10\) but off its step grid .*\(70 or 80 is nearest"
    ):
        HyperParameters(values={"units": 75}).Int("units", 30, 200, step=10)
    with pytest.raises(
        SweepError, match=r"off its step grid \(2, 4, 8, 16, 32\); give a point of the grid \(4 or 8 is"
    ):
        HyperParameters(values={"dim": 6}).Int("dim", 2, 32, step=2, sampling="log")  # the step multiplies
    with pytest.raises(SweepError, match=r"units=300 lies outside Int\(30..200, step=10\); widen the space"):
        HyperParameters(values={"units": 300}).Int("units", 30, 200, step=10)
    with pytest.raises(SweepError, match="units='big' is a str, not a number"):
        HyperParameters(values={"units": "big"}).Int("units", 30, 200, step=10)
    with pytest.raises(SweepError, match=r"bidi=1 is not one of the values \[False, True\]"):
        HyperParameters(values={"bidi": 1}).Boolean("bidi")
    with pytest.raises(
        SweepError, match=r"act='gelu' is not one of the values \['relu', 'tanh'\]; give one of them, or add it"
    ):
        HyperParameters(values={"act": "gelu"}).Choice("act", ["relu", "tanh"])
    with pytest.raises(SweepError, match="gives no value for hyperparameter 'units'"):
        HyperParameters(values={}).Int("units", 1, 2)
    with pytest.raises(SweepError, match=r"no value for hyperparameter 'units'.*is 'unit' a misspelling of it"):
        HyperParameters(values={"unit": 2}).Int("units", 1, 2)


def test_keras_tuner_hypermodel_runs_unchanged() -> None:
    """The same build(hp) works with KerasTuner's own HyperParameters and with ours."""

    def build(hp):  # a KerasTuner-style function using only the public hp API
        units = hp.Int("units", 32, 128, step=32)
        drop = hp.Float("dropout", 0.0, 0.5, step=0.1)
        act = hp.Choice("act", ["relu", "tanh"])
        return units, drop, act, hp.Boolean("flag"), hp.Fixed("k", 3)

    kt_out = build(kt.HyperParameters())
    _, hp = _trial_hp()
    ours = build(hp)
    assert len(kt_out) == len(ours)
    assert ours[4] == 3 and ours[0] % 32 == 0


def test_it_is_keras_tuners_own_hyperparameters() -> None:
    _, hp = _trial_hp()
    assert isinstance(hp, kt.HyperParameters)
    hp.Int("units", 8, 64)
    assert "units" in hp and hp["units"] == hp.get("units") == hp.values["units"]
    assert [p.name for p in hp.space] == ["units"]  # KerasTuner's own space list


def test_name_scope_records_each_block_under_its_own_name() -> None:
    trial, hp = _trial_hp()
    for i in range(2):
        with hp.name_scope(f"block_{i}"):
            hp.Int("filters", 8, 64, step=8)
    assert set(hp.specs) == {"block_0/filters", "block_1/filters"}
    assert set(trial.params) == {"block_0/filters", "block_1/filters"}
    khp = kt.HyperParameters()
    with khp.name_scope("block_0"):
        khp.Int("filters", 8, 64, step=8)
    assert list(khp.values) == ["block_0/filters"]  # the same names KerasTuner gives


def test_sampling_names_are_case_insensitive_as_in_keras_tuner() -> None:
    _, hp = _trial_hp()
    hp.Float("lr", 1e-4, 1e-2, sampling="LOG")
    assert hp.specs["lr"]["sampling"] == "log"
    assert distribution_for(hp.specs["lr"]) == FloatDistribution(1e-4, 1e-2, log=True)


def test_reverse_log_samples_the_reverse_log_density() -> None:
    study = optuna.create_study(sampler=optuna.samplers.RandomSampler(seed=0))
    rev, log = [], []
    for _ in range(400):
        trial = study.ask()
        hp = HyperParameters(trial=trial)
        rev.append(hp.Float("beta", 1.0, 100.0, sampling="reverse_log"))
        log.append(hp.Float("lr", 1.0, 100.0, sampling="log"))
        assert hp.derived["beta"] == rev[-1]
        assert trial.params["beta.mirror"] == pytest.approx(101.0 - rev[-1])
        study.tell(trial, 0.0)
    assert sorted(rev)[200] > 80  # bunched near the top: the median of 101 - LogUniform(1, 100) is 91
    assert sorted(log)[200] < 20  # log bunches near the bottom (median 10)
    assert all(1.0 <= v <= 100.0 for v in rev)


def test_reverse_log_with_step_is_keras_tuners_reverse_grid() -> None:
    _, hp = _trial_hp()
    v = hp.Int("units", 2, 32, step=2, sampling="reverse_log")
    assert distribution_for(hp.specs["units"]) == CategoricalDistribution([32, 30, 26, 18, 2])
    khp = kt.HyperParameters()
    khp.Int("u", 2, 32, step=2, sampling="reverse_log")
    assert sorted(int(x) for x in khp.space[0].values) == [2, 18, 26, 30, 32]  # KerasTuner's own grid
    assert v in (32, 30, 26, 18, 2)


def test_conditional_scope_and_parent_name_record_conditions_and_inactive_values_are_none() -> None:
    hp = HyperParameters(values={"model_type": "mlp", "units": 32})
    kind = hp.Choice("model_type", ["mlp", "cnn"])
    with hp.conditional_scope("model_type", ["mlp"]):
        units = hp.Int("units", 16, 64, step=16)
    with hp.conditional_scope("model_type", ["cnn"]):
        filters = hp.Int("filters", 16, 64, step=16)  # inactive: registered, no value asked for
    rate = hp.Float("rate", 0.0, 0.5, parent_name="model_type", parent_values="cnn")
    assert (kind, units, filters, rate) == ("mlp", 32, None, None)
    assert hp.specs["filters"]["conditions"] == [{"parent": "model_type", "values": ["cnn"]}]
    assert hp.specs["rate"]["conditions"] == [{"parent": "model_type", "values": ["cnn"]}]
    assert "conditions" not in hp.specs["model_type"]
    assert "filters" not in hp and "units" in hp
    with pytest.raises(SweepError, match="not defined before it"):
        with hp.conditional_scope("nope", ["x"]):
            pass


def test_walking_mode_takes_keras_tuners_defaults_for_missing_values() -> None:
    hp = HyperParameters(values={"b": 7}, missing="default")
    assert hp.Int("a", 3, 9) == 3 and hp.Int("b", 3, 9) == 7
    assert hp.Choice("c", ["x", "y"], default="y") == "y" and hp.Boolean("d") is False


def test_a_configuration_leaving_out_a_declared_default_takes_it() -> None:
    """A reference config written before a knob was added: the knob's declared default= fills it
    (what trials from before it used), in a build and in the params the reference trial is queued with."""
    from textclf_tune.space.specs import with_declared_defaults

    hp = HyperParameters(values={"units": 64})
    assert hp.Int("units", 32, 128, step=32) == 64
    assert hp.Choice("head", ["lstm", "lstm+max"], default="lstm") == "lstm"
    assert hp.Boolean("glove", default=False) is False
    with hp.conditional_scope("glove", [False]):
        assert hp.Int("embedding_dim", 32, 256, step=32, default=128) == 128
    with hp.conditional_scope("glove", [True]):
        assert hp.Boolean("glove_trainable", default=True) is None  # inactive: no value
    assert hp.values == {"units": 64, "head": "lstm", "glove": False, "embedding_dim": 128}
    assert with_declared_defaults(hp.specs, {"units": 64}) == hp.values
    assert with_declared_defaults(hp.specs, {"units": 64, "glove": True}) == {
        "units": 64,
        "glove": True,
        "head": "lstm",
        "glove_trainable": True,
    }
    with pytest.raises(SweepError, match="no value for hyperparameter 'units'.*or declare default="):
        HyperParameters(values={}).Int("units", 1, 2)
