"""The one compiled part of kabar: the CRF tagger's Viterbi (``kabar.ner._crfdecode``).

Optional: where it cannot be built (no C compiler), installation goes on and kabar uses the
numpy version of the same computation (:mod:`kabar.ner.decode`). Everything else is in pyproject.toml.
"""
from setuptools import Extension, setup

setup(ext_modules=[Extension("kabar.ner._crfdecode", ["src/kabar/ner/_crfdecode.c"], optional=True)])
