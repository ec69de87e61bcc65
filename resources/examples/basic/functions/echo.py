"""Echo in Python: returns the event as it came. Runs cold or warm (STRATUS_MODE)."""
import sys

from stratus_worker import serve


def handler(event):
    print("echo-py: %d bytes" % len(event), file=sys.stderr)
    return event


serve(handler)
