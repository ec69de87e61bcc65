"""Helper library for Stratus functions written in Python (docs/sdk.md).

    from stratus_worker import serve

    def handler(event):          # event: bytes; event.json() is not a thing: use load_json
        return event             # bytes, str, or anything json.dumps accepts

    serve(handler)

One file serves both modes. Cold (STRATUS_MODE=cold or unset): the event is all of stdin,
the result goes to stdout once. Warm (STRATUS_MODE=warm): frames on stdin/stdout as
docs/protocol.md describes; what the handler prints goes to stderr, so it never corrupts
the framing. Standard library only.
"""

import json
import os
import sys
import traceback

__all__ = ["serve", "load_json", "ProtocolError"]


class ProtocolError(Exception):
    """The invoker sent something that is not a frame."""


def load_json(event):
    """The event as JSON, or None when it is not valid JSON (bytes that are not UTF-8 too)."""
    try:
        return json.loads(event)
    except (ValueError, UnicodeDecodeError):
        return None


def _to_bytes(result):
    if result is None:
        return b""
    if isinstance(result, (bytes, bytearray, memoryview)):
        return bytes(result)
    if isinstance(result, str):
        return result.encode("utf-8")
    return json.dumps(result, separators=(",", ":")).encode("utf-8")


def _read_exactly(stream, n):
    data = stream.read(n)
    if data is None or len(data) != n:
        raise ProtocolError("stdin closed in the middle of a frame")
    return data


def _serve_cold(handler, stdin, stdout):
    event = stdin.read()
    try:
        result = _to_bytes(handler(event))
    except Exception:
        traceback.print_exc(file=sys.stderr)
        sys.exit(1)
    stdout.write(result)
    stdout.flush()


def _serve_warm(handler, stdin, stdout):
    # The framing owns the real stdout; print() from the handler goes to the log.
    sys.stdout = sys.stderr
    stdout.write(b"STRATUS-READY\n")
    stdout.flush()
    while True:
        header = stdin.readline()
        if not header:
            return  # stdin closed: the invoker wants us gone
        parts = header.split()
        if len(parts) != 3 or parts[0] != b"STRATUS-INVOKE" or not parts[2].isdigit():
            raise ProtocolError("not a frame header: %r" % header[:200])
        request_id, length = parts[1], int(parts[2])
        event = _read_exactly(stdin, length)
        try:
            payload, status = _to_bytes(handler(event)), b"ok"
        except Exception as error:  # the worker survives a failing handler
            traceback.print_exc(file=sys.stderr)
            payload, status = ("%s: %s" % (type(error).__name__, error)).encode("utf-8", "replace"), b"error"
        stdout.write(b"STRATUS-RESULT %s %s %d\n" % (request_id, status, len(payload)))
        stdout.write(payload)
        stdout.flush()


def serve(handler):
    """Runs handler for the invoker: once (cold) or for every frame (warm)."""
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    if os.environ.get("STRATUS_MODE") == "warm":
        _serve_warm(handler, stdin, stdout)
    else:
        _serve_cold(handler, stdin, stdout)
