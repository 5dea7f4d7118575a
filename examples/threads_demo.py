"""Walk through every thread operation with the sync client and print what comes back.

Run it against a current LangGraph API server whose graphs include one named ``counter``
(the test graph in ``tests/server/``; older servers and Aegra lack some of the operations it
runs: see the README's Servers section), e.g. ``make demo``, or::

    LANGGRAPH_URL=http://127.0.0.1:2024 python examples/threads_demo.py
"""

from __future__ import annotations

import os

from langgraph_threads_client import ConflictError, NotFoundError, get_sync_client


def main() -> None:
    url = os.environ.get("LANGGRAPH_URL", "http://localhost:8123")
    with get_sync_client(url=url) as client:
        threads = client.threads

        thread = threads.create(metadata={"user_id": "demo-user"}, graph_id="counter")
        print(
            f"create       -> {thread.thread_id} status={thread.status}"
            f" created at {thread.created_at:%H:%M:%S %Z}"
        )

        try:
            threads.create(thread_id=thread.thread_id)
        except ConflictError as exc:
            print(f"create again -> ConflictError {exc.status_code}: {exc.message}")
        same = threads.create(thread_id=thread.thread_id, if_exists="do_nothing")
        print(f"create, do_nothing -> the same thread: {same.thread_id == thread.thread_id}")

        got = threads.get(thread.thread_id)
        print(f"get          -> metadata={got.metadata}")

        updated = threads.update(thread.thread_id, metadata={"topic": "demo"})
        print(f"update       -> metadata={updated.metadata}")

        state = threads.get_state(thread.thread_id)
        print(f"get_state    -> values={state.values} (no checkpoint yet: {state.checkpoint})")

        for count in (1, 2, 3):
            written = threads.update_state(thread.thread_id, {"count": count}, as_node="step")
            print(f"update_state -> checkpoint {written.checkpoint.checkpoint_id} (count={count})")

        state = threads.get_state(thread.thread_id)
        print(f"get_state    -> values={state.values}")

        history = threads.get_history(thread.thread_id, limit=10)
        print(f"get_history  -> {len(history)} states, newest count={history[0].values['count']}")
        older = threads.get_history(thread.thread_id, before=history[0].checkpoint, limit=10)
        print(f"get_history(before=newest) -> {len(older)} older states")

        first = history[-1]
        at = threads.get_state(thread.thread_id, checkpoint_id=first.checkpoint_id)
        print(f"get_state(checkpoint_id=oldest) -> values={at.values}")

        found = threads.search(metadata={"user_id": "demo-user"}, limit=5)
        print(f"search       -> {[t.thread_id for t in found]}")
        picked = threads.search(metadata={"user_id": "demo-user"}, select=["thread_id", "status"])
        print(f"search(select) -> {[(t.thread_id, t.status) for t in picked]}")
        print(f"count        -> {threads.count(metadata={'user_id': 'demo-user'})}")

        copied = threads.copy(thread.thread_id)
        print(f"copy         -> new thread {copied.thread_id}")
        copied_state = threads.get_state(copied.thread_id)
        print(f"copy state   -> values={copied_state.values}")

        storage = threads.get_storage(thread.thread_id)
        print(f"get_storage  -> {storage.total_bytes} bytes")

        pruned = threads.prune([copied.thread_id])
        print(f"prune        -> pruned_count={pruned.pruned_count}")

        threads.delete(thread.thread_id)
        print("delete       -> done")
        try:
            threads.get(thread.thread_id)
        except NotFoundError as exc:
            print(f"get deleted  -> NotFoundError {exc.status_code}: {exc.message}")


if __name__ == "__main__":
    main()
