"""A folder of your own: one subfolder per class, one UTF-8 text per file (three classes).

Run: python -m textclf_tune run sweeps/examples/folder_topics.py --quick
With your own folder: data = Data("folder", path="my_texts")  # my_texts/<class>/<file>,
or my_texts/train/<class>/... and my_texts/test/<class>/... for a fixed test split.
"""

import keras
from tiny_data import topic_folder

from textclf_tune import Data, Quick, Training
from textclf_tune.metrics import MacroF1

data = Data("folder", path=topic_folder(), num_words=1000)
training = Training(epochs=6, batch_size=16, maxlen=60)
objective = "val_macro_f1"
budget = 10
quick = Quick(epochs=3, trials=3, max_maxlen=60)


def build(hp, data):
    k = data.num_classes  # build(hp, data) sees the loaded dataset: classes, vocabulary
    model = keras.Sequential(
        [
            keras.Input((None,), dtype="int32"),
            keras.layers.Embedding(data.num_words, hp.Int("embedding_dim", 8, 48, step=8)),
            keras.layers.GlobalAveragePooling1D(),
            keras.layers.Dense(k, activation="softmax"),  # k classes: softmax + sparse_categorical_crossentropy
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(hp.Float("learning_rate", 1e-3, 3e-2, sampling="log")),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy", MacroF1(k)],
    )
    return model
