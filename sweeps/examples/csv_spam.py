"""A CSV of your own: text,label columns, imbalanced classes, tuned on validation F1.

Run: python -m textclf_tune run sweeps/examples/csv_spam.py --quick
With your own file: data = Data("csv", path="spam.csv", text_column="text", label_column="label")
(.tsv and .jsonl by extension; sep=, encoding= when needed). See docs/your-own-data.md.
"""

import keras
from tiny_data import spam_csv  # a helper beside this file: a sweep's folder is importable

from textclf_tune import Data, Quick, Training
from textclf_tune.metrics import F1

data = Data("csv", path=spam_csv(), text_column="text", label_column="label", num_words=2000)
training = Training(epochs=6, batch_size=32, maxlen=40, class_weight="balanced")  # ~15% spam
objective = "val_f1"  # F1 of the positive class (the last in sorted order: "spam")
budget = 10
quick = Quick(epochs=3, trials=3, max_maxlen=40)


def build(hp):
    model = keras.Sequential(
        [
            keras.Input((None,), dtype="int32"),
            keras.layers.Embedding(2000, hp.Int("embedding_dim", 8, 64, step=8)),
            keras.layers.GlobalAveragePooling1D(),
            keras.layers.Dropout(hp.Float("dropout", 0.0, 0.5, step=0.1)),
            keras.layers.Dense(1, activation="sigmoid"),  # two classes: one sigmoid, binary_crossentropy
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(hp.Float("learning_rate", 1e-3, 3e-2, sampling="log")),
        loss="binary_crossentropy",
        metrics=["accuracy", F1(), keras.metrics.AUC(name="auc")],
    )
    return model
