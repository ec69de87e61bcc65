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

A warm worker that waited more than a few tens of milliseconds runs its next event with cold
caches, and then every line of Python between the read and the write counts: the frame loop
reads and writes the descriptors itself, and JSON goes straight to the json module's C
scanner and encoder, built once (docs/sdk.md, "Python").
"""

import io
import json
import os
import sys
import traceback

try:
    from json.encoder import c_make_encoder as _c_make_encoder
    from json.encoder import c_encode_basestring as _c_encode_basestring
    from json.scanner import c_make_scanner as _c_make_scanner
except ImportError:  # a Python without the json accelerator
    _c_make_encoder = _c_encode_basestring = _c_make_scanner = None

__all__ = ["serve", "load_json", "ProtocolError"]

# A header is a few dozen bytes; a longer line means the peer is not speaking the protocol.
_MAX_HEADER = 4096


class ProtocolError(Exception):
    """The invoker sent something that is not a frame."""


_JSON_SPACE = " \t\n\r"

if _c_make_scanner is not None:
    _scan = _c_make_scanner(json.JSONDecoder())

    def _loads(text):
        # json.loads less its wrappers: the same scanner, whitespace as JSON defines it.
        text = text.strip(_JSON_SPACE)
        try:
            value, end = _scan(text, 0)
        except StopIteration:
            raise ValueError("not JSON") from None
        if end != len(text):
            raise ValueError("extra data after the JSON value")
        return value
else:
    _loads = json.loads

if _c_make_encoder is not None:
    # json.dumps(value, separators=(",", ":"), ensure_ascii=False), built once: dumps builds
    # a new encoder for every call. Without json's circular check a cyclic value fails with
    # RecursionError instead of ValueError; both are a failed event.
    _encode_chunks = _c_make_encoder(None, json.JSONEncoder().default, _c_encode_basestring, None, ":", ",",
                                     False, False, True)

    def _dumps(value):
        return "".join(_encode_chunks(value, 0))
else:
    def _dumps(value):
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def load_json(event):
    """The event parsed as JSON, or None when it is not JSON (or not even UTF-8)."""
    try:
        if isinstance(event, (bytes, bytearray)):
            # UTF-8 without a byte-order mark is what travels; json.loads guesses the rest.
            if not event or event[0] == 0xEF or 0 in event[:4]:
                return json.loads(event)
            event = event.decode("utf-8")
        return _loads(event)
    except (ValueError, UnicodeDecodeError):
        return None


def _to_bytes(result):
    if result is None:
        return b""
    if isinstance(result, (bytes, bytearray, memoryview)):
        return bytes(result)
    if isinstance(result, str):
        return result.encode("utf-8")
    return _dumps(result).encode("utf-8")


def _write_all(fd, data):
    written = os.write(fd, data)
    if written < len(data):
        view = memoryview(data)[written:]
        while view:
            view = view[os.write(fd, view):]


class _Unbuffered(io.RawIOBase):
    """A descriptor every write goes to at once, whole: sys.stdout over it needs no flush."""

    def __init__(self, fd):
        super().__init__()
        self._fd = fd

    def writable(self):
        return True

    def fileno(self):
        return self._fd

    def write(self, data):
        _write_all(self._fd, data)
        return len(data)


def _take_stdout():
    """Keeps the real stdout for results (its descriptor) and points fd 1 (and sys.stdout) at stderr."""
    sys.stdout.flush()
    result = os.dup(1)
    os.dup2(2, 1)
    # Unbuffered, so what a handler prints is in the log before its result is answered,
    # without a flush after every event.
    sys.stdout = io.TextIOWrapper(_Unbuffered(1), encoding="utf-8", errors="replace", write_through=True)
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
    """(request id, event length) of a header line, its newline included."""
    parts = line.split(b" ")
    if len(parts) == 3 and parts[0] == b"STRATUS-INVOKE" and parts[1]:
        try:
            length = int(parts[2])
        except ValueError:
            length = -1
        if length >= 0:
            return parts[1], length
    raise ProtocolError("not a frame header: %r" % line[:200])


def _serve_cold(handler, out):
    ok, payload = _call(handler, sys.stdin.buffer.read())
    if not ok:
        sys.stderr.write(payload.decode("utf-8", "replace") + "\n")
        sys.stderr.flush()
        return 1
    _write_all(out, payload)
    return 0


def _serve_warm(handler, out):
    _write_all(out, b"STRATUS-READY\n")
    data = b""  # what stdin gave beyond the frames taken so far
    while True:
        newline = data.find(b"\n")
        while newline < 0:
            if len(data) > _MAX_HEADER:
                raise ProtocolError("expected a frame header, got %r" % data[:200])
            chunk = os.read(0, 65536)
            if not chunk:
                if data:
                    raise ProtocolError("expected a frame header, got %r" % data[:200])
                return 0  # stdin closed: the invoker wants us gone
            data += chunk  # a header is short: this runs once or twice
            newline = data.find(b"\n")
        request_id, length = _parse_header(data[:newline + 1])
        end = newline + 1 + length
        if len(data) < end:
            parts, have = [data], len(data)
            while have < end:
                chunk = os.read(0, max(65536, end - have))
                if not chunk:
                    raise ProtocolError("stdin closed after %d of the %d bytes of frame %s"
                                        % (have - newline - 1, length, request_id.decode("ascii", "replace")))
                parts.append(chunk)
                have += len(chunk)
            data = b"".join(parts)
        ok, payload = _call(handler, data[newline + 1:end])
        data = data[end:]
        header = b"STRATUS-RESULT %s %s %d\n" % (request_id, b"ok" if ok else b"error", len(payload))
        if len(payload) < 65536:
            _write_all(out, header + payload)  # one write, one wake-up of the invoker
        else:
            _write_all(out, header)
            _write_all(out, payload)


def serve(handler):
    """Runs handler for the invoker: once (cold) or for every frame (warm); never returns."""
    out = _take_stdout()
    try:
        if os.environ.get("STRATUS_MODE") == "warm":
            code = _serve_warm(handler, out)
        else:
            code = _serve_cold(handler, out)
    except ProtocolError as error:
        sys.stderr.write("stratus_worker: %s\n" % error)
        code = 2
    sys.stdout.flush()
    sys.stderr.flush()
    sys.exit(code)
