"""Whose code an exception came from (engine/frames.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

import textclf_tune
from textclf_tune.engine.frames import raised_by_us, where_raised


def _raise_from(filename: str, body: str) -> BaseException:
    scope: dict = {}
    exec(compile(f"import json\ndef f():\n    {body}\n", filename, "exec"), scope)
    with pytest.raises(Exception) as err:
        scope["f"]()
    return err.value


def test_a_library_error_is_placed_at_the_users_line(tmp_path: Path) -> None:
    user = str(tmp_path / "my_sweep.py")
    exc = _raise_from(user, 'json.loads("{")')  # raised deep inside the standard library
    assert where_raised(exc) == f"{user}:3"
    assert not raised_by_us(exc)


def test_an_error_of_our_own_code_is_ours() -> None:
    ours = str(Path(textclf_tune.__file__).with_name("fake_module.py"))
    exc = _raise_from(ours, 'json.loads("{")')
    assert raised_by_us(exc)  # though a user frame (this test) called it: the innermost non-library one decides


def test_a_keras_call_error_keeps_its_cause_in_the_one_line_reason() -> None:
    from textclf_tune.engine.objective import _reason

    exc = ValueError(
        "Exception encountered when calling TextVectorization.call().\n\n"
        "\x1b[1mthe input rank must be 1 or the last shape dimension must be 1. Received: inputs.shape=(32, 20)\x1b[0m\n\n"
        "Arguments received by TextVectorization.call():\n  • inputs=tf.Tensor(shape=(32, 20), dtype=string)"
    )
    assert _reason(exc) == (
        "ValueError: Exception encountered when calling TextVectorization.call(): "
        "the input rank must be 1 or the last shape dimension must be 1. Received: inputs.shape=(32, 20)"
    )
