"""The compiled parts of kabar: the CRF tagger's Viterbi, marginals, emission sums and feature rows
(``kabar.ner._crfdecode``) and the entity token stream (``kabar.entities._tokens``).

Optional: where they cannot be built (no C compiler), installation goes on and kabar uses the
Python and numpy versions of the same computations (:mod:`kabar.ner.decode`, :mod:`kabar.ner.emission`,
:mod:`kabar.ner.wordids`, :mod:`kabar.entities.tokens`). Everything else is in pyproject.toml.
"""
from setuptools import Extension, setup

setup(ext_modules=[Extension("kabar.ner._crfdecode", ["src/kabar/ner/_crfdecode.c"], optional=True),
                   Extension("kabar.entities._tokens", ["src/kabar/entities/_tokens.c"], optional=True)])
