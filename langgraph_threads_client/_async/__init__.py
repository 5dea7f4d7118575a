"""The async client: the one hand-written source of the sync client in ``_sync/``."""
