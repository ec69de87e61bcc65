"""One link of a generated chain (tools/make-chain.py): returns the event with "hops" + 1."""
from stratus_worker import load_json, serve


def step(event):
    request = load_json(event)
    if not isinstance(request, dict):
        request = {"value": request}
    request["hops"] = int(request.get("hops", 0)) + 1
    return request


serve(step)
