"""A real LangGraph API server (in memory) with the tiny test graph, for tests and the demo."""
