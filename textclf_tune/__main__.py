"""``python -m textclf_tune``: the ``tune`` command."""

from textclf_tune.cli.main import entry

if __name__ == "__main__":
    entry()
