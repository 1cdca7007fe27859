"""geokg: a knowledge graph of geopolitical relations built from news."""

__version__ = "0.1.0"
