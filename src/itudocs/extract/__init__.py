"""Extractors: each reads the block stream (or the tokens made from it) and fills one
part of the model. :mod:`itudocs.extract.pipeline` runs them in order."""
