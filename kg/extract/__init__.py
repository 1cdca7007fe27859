"""Event extraction: article -> actors and PLOVER events, on spaCy plus the project's components."""
