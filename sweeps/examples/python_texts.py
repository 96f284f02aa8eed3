"""Texts held in Python: lists, numpy arrays or a pandas DataFrame's columns.

Run: python -m textclf_tune run sweeps/examples/python_texts.py --quick
With pandas: df = pd.read_parquet("reviews.parquet"); data = Data.from_texts(df["text"], df["label"])
A fixed test split: Data.from_texts(texts, labels, test=(test_texts, test_labels)).
"""

import keras
import numpy as np
from tiny_data import reviews

from textclf_tune import Data, Quick, Training

texts, labels = reviews()
data = Data.from_texts(np.array(texts), np.array(labels), num_words=500, seed=7)
training = Training(epochs=5, batch_size=16, maxlen=30)
objective = "val_auc"
budget = 8
quick = Quick(epochs=3, trials=3, max_maxlen=30)


def build(hp):
    model = keras.Sequential(
        [
            keras.Input((None,), dtype="int32"),
            keras.layers.Embedding(500, hp.Int("embedding_dim", 8, 32, step=8)),
            keras.layers.GlobalAveragePooling1D(),
            keras.layers.Dense(1, activation="sigmoid"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(hp.Float("learning_rate", 1e-3, 3e-2, sampling="log")),
        loss="binary_crossentropy",
        metrics=["accuracy", keras.metrics.AUC(name="auc")],
    )
    return model
