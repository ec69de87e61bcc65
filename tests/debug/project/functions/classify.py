"""{n} -> {n, double, parity, label}; {"fail": true} makes the handler fail."""
import json
import os
import sys

from stratus_worker import serve


def handler(event):
    request = json.loads(event)
    if request.get("fail"):
        raise ValueError("asked to fail")
    n = int(request["n"])
    print("classify: n=%d" % n, file=sys.stderr)
    return json.dumps({"n": n, "double": 2 * n, "parity": "even" if n % 2 == 0 else "odd",
                       "label": os.environ.get("CLASSIFY_LABEL", "")})


serve(handler)
