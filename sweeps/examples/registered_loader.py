"""A loader of your own, registered by name: it returns texts and labels, textclf-tune does the rest
(splits, vocabulary on the training split only, cache, the data record that resume checks).

Run: python -m textclf_tune run sweeps/examples/registered_loader.py --quick
"""

import keras
from tiny_data import reviews

from textclf_tune import Data, Quick, Training, register_dataset


@register_dataset("tiny_reviews")
def load_tiny_reviews(n=300):
    texts, labels = reviews(n)
    names = ["negative" if y == 0 else "positive" for y in labels]  # string labels: classes sorted by name
    return {"train": (texts[:240], names[:240]), "test": (texts[240:], names[240:])}


data = Data("tiny_reviews", n=300, num_words=500)
training = Training(epochs=5, batch_size=16, maxlen=30)
budget = 8
quick = Quick(epochs=3, trials=2, max_maxlen=30)


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
        keras.optimizers.Adam(hp.Float("learning_rate", 1e-3, 3e-2, sampling="log")),
        "binary_crossentropy",
        metrics=["accuracy"],
    )
    return model
