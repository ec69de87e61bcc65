"""Test functions for tst_flowrun, one per role (a warm worker keeps state between events):

    behave.py fail     always fails:                           -> error "refused: <event>"
    behave.py slow     {"ms": N, ...} sleeps N ms, returns the event
    behave.py flaky    {"key": K, "failures": F} fails F times per key, then returns the event
                       with "attempts" set
    behave.py echo     returns the event
    behave.py big      {"bytes": N} -> {"data": "xxx..."} with N x's
"""
import sys
import time

from stratus_worker import load_json, serve

seen = {}


def fail(event):
    raise RuntimeError("refused: %s" % event.decode("utf-8", "replace"))


def slow(event):
    request = load_json(event) or {}
    time.sleep(int(request.get("ms", 0)) / 1000.0)
    return event


def flaky(event):
    request = load_json(event)
    key = request["key"]
    seen[key] = seen.get(key, 0) + 1
    if seen[key] <= int(request.get("failures", 0)):
        raise RuntimeError("flaky: failure %d of %s" % (seen[key], key))
    request["attempts"] = seen[key]
    return request


def big(event):
    return {"data": "x" * int(load_json(event)["bytes"])}


roles = {"fail": fail, "slow": slow, "flaky": flaky, "echo": lambda event: event, "big": big}
serve(roles[sys.argv[1]])
