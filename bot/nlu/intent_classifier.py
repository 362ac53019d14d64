"""Rasa component: Rasa's logistic-regression intent classifier, tuned.

Two changes from Rasa's own, both chosen by cross-validation (docs/PIPELINE.md):
- the regularisation strength C is configurable;
- with `tfidf: true` the summed token counts are reweighted before the regression: sublinear
  term frequency (1 + log count), inverse document frequency learnt from the training data, and
  unit length per message. Raw counts let long messages, with hundreds of character n-grams,
  dominate the fit; the reweighting lets short messages like "aye" or "ta-ra" count as much.
"""

from __future__ import annotations

from typing import Any, cast

from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.pipeline import Pipeline

# Types a saved classifier may hold beyond those skops trusts by default: the idf weights.
TRUSTED_TYPES = frozenset({"scipy.sparse._csr.csr_matrix", "scipy.sparse._dia.dia_matrix"})


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class TunedLogisticRegression(LogisticRegressionClassifier):
    """The same classifier with a chosen C and, optionally, tf-idf weighting of its features."""

    clf: Any  # a LogisticRegression, or a Pipeline ending in one

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {**LogisticRegressionClassifier.get_default_config(), "C": 1.0, "tfidf": False}

    def __init__(self, config: dict[str, Any], name: str, model_storage: ModelStorage,
                 resource: Resource) -> None:
        super().__init__(config, name, model_storage, resource)
        self.clf.set_params(C=float(self.config["C"]))
        if self.config["tfidf"]:
            # A Pipeline has the classifier's classes_ and predict_proba, which is all the
            # parent class uses; it is saved and loaded with the model like the bare classifier.
            self.clf = Pipeline([("tfidf", TfidfTransformer(sublinear_tf=True)),
                                 ("regression", self.clf)])

    @classmethod
    def load(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> TunedLogisticRegression:
        """Loads the trained classifier; a file with unexpected types is an error, not a
        silently untrained classifier (Rasa's own load falls back to an untrained one)."""
        import skops.io as sio

        try:
            with model_storage.read_from(resource) as model_dir:
                path = model_dir / f"{resource.name}.skops"
                untrusted = sio.get_untrusted_types(file=path)
                unexpected = sorted(set(untrusted) - TRUSTED_TYPES)
                if unexpected:
                    raise TypeError(f"{path.name}: unexpected types {unexpected}")
                classifier = sio.load(path, trusted=untrusted)
        except ValueError:  # no stored resource yet: a new, untrained component
            return cast(TunedLogisticRegression,
                        cls.create(config, model_storage, resource, execution_context))
        component = cls(config, execution_context.node_name, model_storage, resource)
        component.clf = classifier
        return component
