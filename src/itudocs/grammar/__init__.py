"""The small grammars of ITU documents, each with a printer that round-trips:
document symbols (:mod:`~itudocs.grammar.symbols`), dates and date ranges
(:mod:`~itudocs.grammar.dates`), references to instruments
(:mod:`~itudocs.grammar.instruments`), the shared label patterns
(:mod:`~itudocs.grammar.patterns`) and text folding (:mod:`~itudocs.grammar.text`).

They depend on the language tables only; readers, extractors and exporters use them.
"""
