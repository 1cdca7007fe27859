"""Store backends, picked by name and imported lazily: memory, oxigraph (default), sparql."""
