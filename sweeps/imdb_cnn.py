"""IMDB CNN-LSTM: Keras's imdb_cnn_lstm example with its knobs opened up.

Reference (keras examples/imdb_cnn_lstm.py): Embedding(20000,128) -> Dropout .25 ->
Conv1D(64,5,relu) -> MaxPool(4) -> LSTM(70) -> sigmoid; maxlen 100, batch 30, Adam, 10 epochs;
reported test accuracy 0.8527 (validated on the test set; we validate on 20% of train).

Widened after 23 trials (study imdb_cnn -> imdb_cnn-wide, started with --warm-start imdb_cnn):
the best trials sat on the edges embedding_dim=256, filters=256 and lstm_units=30.
"""

import keras

from textclf_tune import Data, Quick, Training

data = Data("imdb", num_words=20000)  # official 25k test; a seeded, stratified 20% of train validates
training = Training(epochs=10, batch_size=30, early_stopping=2)  # best epoch's weights are kept
objective = "val_accuracy"
budget = 40
quick = Quick(n_train=2000, n_val=500, n_test=1000, epochs=2, trials=4, max_maxlen=200)

reference_accuracy = 0.8527
reference_config = {
    "maxlen": 100, "embedding_dim": 128, "dropout": 0.25, "filters": 64, "kernel_size": 5,
    "pool_size": 4, "lstm_units": 70, "learning_rate": 1e-3, "batch_size": 30,
}


def build(hp):
    hp.Int("maxlen", 100, 800, step=50)  # reviews average ~230 words: the reference's 100 cuts most of them
    hp.Choice("batch_size", [30, 64, 128])  # bigger batches are much faster per epoch on a CPU
    model = keras.Sequential([
        keras.Input(shape=(None,), dtype="int32"),
        keras.layers.Embedding(20000, hp.Int("embedding_dim", 32, 384, step=32)),
        keras.layers.Dropout(hp.Float("dropout", 0.0, 0.5, step=0.05)),
        keras.layers.Conv1D(hp.Int("filters", 32, 384, step=32), hp.Int("kernel_size", 2, 8),
                            padding="valid", activation="relu", strides=1),
        keras.layers.MaxPooling1D(pool_size=hp.Int("pool_size", 2, 6)),
        keras.layers.LSTM(hp.Int("lstm_units", 10, 200, step=10)),  # 70, the reference, is on this grid
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(
        optimizer=keras.optimizers.Adam(hp.Float("learning_rate", 1e-4, 1e-2, sampling="log")),
        loss="binary_crossentropy",
        metrics=["accuracy"],
    )
    return model
