"""Readers: one per input format, each turning a source into a block
:class:`~itudocs.readers.blocks.Stream`."""
