from textclf_tune.report.fmt import exact, g4


def test_values_read_without_binary_noise_and_keep_what_a_user_typed() -> None:
    assert exact(0.1 + 0.2) == "0.3"  # an Optuna stepped float: 0.30000000000000004
    assert exact(0.00012345678912) == "0.0001234567891"
    assert exact(3e-5) == "3e-05" and exact(128) == "128" and exact("adam") == "adam" and exact(True) == "True"
    assert g4(0.1 + 0.2) == "0.3" and g4(0.0012345) == "0.001234" and g4(64) == "64"
