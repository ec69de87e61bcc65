"""The SDK test worker (tests/sdk/tst_sdk.cpp): echo, except for two commands.

"fail"          -> the handler raises: an error frame (warm) or exit 1 (cold)
"print:REST"    -> the handler prints a fake frame on stdout, then returns REST
"""
import sys

from stratus_worker import serve

FAKE_FRAME = "STRATUS-RESULT fake ok 5\nnoise"


def handler(event):
    if event == b"fail":
        raise RuntimeError("boom: failure requested")
    if event.startswith(b"print:"):
        print(FAKE_FRAME)
        sys.stdout.buffer.write(FAKE_FRAME.encode())
        return event[len(b"print:"):]
    return event


serve(handler)
