"""The async client: threads made, read and searched concurrently, state written and read back.

Run it against a current LangGraph API server whose graphs include one named ``counter``
(the test graph in ``tests/server/``; it counts threads, which older servers and Aegra do
not offer: see the README's Servers section), e.g.::

    python -m tests.server.launch -- python examples/async_threads.py
    LANGGRAPH_URL=http://127.0.0.1:2024 python examples/async_threads.py
"""

from __future__ import annotations

import asyncio
import os
import uuid

from langgraph_threads_client import NotFoundError, get_client


async def main() -> None:
    url = os.environ.get("LANGGRAPH_URL", "http://localhost:8123")
    run = uuid.uuid4().hex[:8]  # (this run's threads, among others on the server)
    async with get_client(url=url) as client:
        threads = client.threads

        made = await asyncio.gather(
            *(threads.create(metadata={"run": run, "n": n}, graph_id="counter") for n in range(5))
        )
        print(f"create x5    -> {[thread.thread_id[-8:] for thread in made]}")

        read = await asyncio.gather(*(threads.get(thread.thread_id) for thread in made))
        print(f"get x5       -> n = {[thread['metadata']['n'] for thread in read]}")

        first = made[0].thread_id
        for count in (1, 2):
            await threads.update_state(first, {"count": count}, as_node="step")
        state = await threads.get_state(first)
        print(f"get_state    -> values={state.values} next={state.next}")
        history = await threads.get_history(first, limit=5)
        counts = [past.values["count"] for past in history]
        print(f"get_history  -> {len(history)} states, counts {counts}")

        found = await threads.search(metadata={"run": run}, limit=10)
        print(f"search       -> {len(found)} threads of this run")
        print(f"count        -> {await threads.count(metadata={'run': run})}")

        await asyncio.gather(*(threads.delete(thread.thread_id) for thread in made))
        try:
            await threads.get(first)
        except NotFoundError as exc:
            print(f"get deleted  -> NotFoundError {exc.status_code}")


if __name__ == "__main__":
    asyncio.run(main())
