"""The compiled parts of kabar: the CRF tagger's Viterbi, marginals, emission sums and feature rows
(``kabar.ner._crfdecode``), the entity token stream (``kabar.entities._tokens``) and the news tokens
(``kabar.text._tokens``).

Optional: where they cannot be built (no C compiler), installation goes on and kabar uses the
Python and numpy versions of the same computations (:mod:`kabar.ner.decode`, :mod:`kabar.ner.emission`,
:mod:`kabar.ner.wordids`, :mod:`kabar.entities.tokens`, :mod:`kabar.text.tokens`). Everything else is in pyproject.toml.
"""
from setuptools import Extension, setup

SHARED = ["src/kabar/_slots.h"]  # the slot-filling helper both token makers include

setup(ext_modules=[Extension("kabar.ner._crfdecode", ["src/kabar/ner/_crfdecode.c"], optional=True),
                   Extension("kabar.entities._tokens", ["src/kabar/entities/_tokens.c"], depends=SHARED, optional=True),
                   Extension("kabar.text._tokens", ["src/kabar/text/_tokens.c"], depends=SHARED, optional=True)])
