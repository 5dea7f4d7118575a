"""``python -m langgraph_threads_client``: the command line (see ``_cli``)."""

from ._cli import main

main()
