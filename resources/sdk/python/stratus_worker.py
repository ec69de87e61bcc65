"""Helper library for Stratus functions written in Python (docs/sdk.md).

    from stratus_worker import serve, load_json

    def handler(event):          # event: bytes, exactly as the invoker got it
        request = load_json(event)
        return {"seen": request}  # bytes, str, None, or anything json.dumps accepts

    serve(handler)

One file serves both modes. Cold (STRATUS_MODE=cold or unset): the event is all of stdin,
the result goes to stdout once, a failing handler exits 1. Warm (STRATUS_MODE=warm): frames
on stdin/stdout as docs/protocol.md describes, a failing handler answers an error frame.
In both modes the return value is the result and whatever the handler prints (print,
sys.stdout, child processes) goes to stderr, the log, so a handler behaves the same cold
and warm and can never corrupt the framing. Standard library only.
"""

import json
import os
import sys
import traceback

__all__ = ["serve", "load_json", "ProtocolError"]

# A header is a few dozen bytes; a longer line means the peer is not speaking the protocol.
_MAX_HEADER = 4096


class ProtocolError(Exception):
    """The invoker sent something that is not a frame."""


def load_json(event):
    """The event parsed as JSON, or None when it is not JSON (or not even UTF-8)."""
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
    return json.dumps(result, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _take_stdout():
    """Keeps the real stdout for results and points fd 1 (and sys.stdout) at stderr."""
    sys.stdout.flush()
    result = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    # Line buffering keeps print() output in order with the log the invoker attributes.
    sys.stdout = os.fdopen(1, "w", encoding="utf-8", errors="replace", buffering=1, closefd=False)
    return result


def _call(handler, event):
    """(True, result bytes) or (False, error message bytes); the traceback goes to the log."""
    try:
        return True, _to_bytes(handler(event))
    except SystemExit as error:
        # A handler written for cold mode may end with sys.exit(): in a worker that is a failure
        # of this one event, not a reason to lose the worker.
        if error.code in (None, 0):
            return True, b""
        return False, ("handler exited with %s" % (error.code,)).encode("utf-8", "replace")
    except Exception as error:
        traceback.print_exc(file=sys.stderr)
        message = str(error) or type(error).__name__
        return False, ("%s: %s" % (type(error).__name__, message)).encode("utf-8", "replace")


def _parse_header(line):
    if len(line) > _MAX_HEADER or not line.endswith(b"\n"):
        raise ProtocolError("expected a frame header, got %r" % line[:200])
    parts = line[:-1].split(b" ")
    if len(parts) != 3 or parts[0] != b"STRATUS-INVOKE" or not parts[1] or not parts[2].isdigit():
        raise ProtocolError("not a frame header: %r" % line[:200])
    return parts[1], int(parts[2])


def _serve_cold(handler, stdin, out):
    ok, payload = _call(handler, stdin.read())
    if not ok:
        sys.stderr.write(payload.decode("utf-8", "replace") + "\n")
        sys.stderr.flush()
        return 1
    out.write(payload)
    out.flush()
    return 0


def _serve_warm(handler, stdin, out):
    out.write(b"STRATUS-READY\n")
    out.flush()
    while True:
        line = stdin.readline(_MAX_HEADER + 1)
        if not line:
            return 0  # stdin closed: the invoker wants us gone
        request_id, length = _parse_header(line)
        event = stdin.read(length)
        if len(event) != length:
            raise ProtocolError("stdin closed after %d of the %d bytes of frame %s"
                                % (len(event), length, request_id.decode("ascii", "replace")))
        ok, payload = _call(handler, event)
        sys.stdout.flush()
        out.write(b"STRATUS-RESULT %s %s %d\n" % (request_id, b"ok" if ok else b"error", len(payload)))
        out.write(payload)
        out.flush()


def serve(handler):
    """Runs handler for the invoker: once (cold) or for every frame (warm); never returns."""
    stdin, out = sys.stdin.buffer, _take_stdout()
    try:
        if os.environ.get("STRATUS_MODE") == "warm":
            code = _serve_warm(handler, stdin, out)
        else:
            code = _serve_cold(handler, stdin, out)
    except ProtocolError as error:
        sys.stderr.write("stratus_worker: %s\n" % error)
        code = 2
    sys.stdout.flush()
    sys.stderr.flush()
    sys.exit(code)
