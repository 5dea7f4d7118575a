"""The error the generated ``parse_response`` functions raise for an undocumented status."""


class UnexpectedStatus(Exception):
    """The response's status is not one of the operation's documented successes."""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


__all__ = ["UnexpectedStatus"]
