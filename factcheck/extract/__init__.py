"""Extractors: one pure function per fact kind, Document tokens -> facts."""
