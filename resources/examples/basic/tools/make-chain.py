#!/usr/bin/env python3
"""Writes flows/chain-N.flow.json: N calls of the `step` function in a row, then an end node.

    python3 tools/make-chain.py 6          # from the project folder
    stratus flow validate --format flows/chain-6.flow.json    # checks it, writes the canonical form

The thesis (seed 001, section 5.3) compares chains of 1, 2 and 6 functions; add the flow to
stratus.json's "flows" ({"name": "chain-6"}) to run it. Each node runs in its own process.
"""
import json
import os
import sys


def chain(n):
    nodes = [{"id": "step%d" % i, "kind": "function", "function": "step",
              "position": {"x": 200 * (i - 1), "y": 0}} for i in range(1, n + 1)]
    nodes.append({"id": "end", "kind": "end", "position": {"x": 200 * n, "y": 0}})
    edges = [{"from": "step%d" % i, "to": "step%d" % (i + 1) if i < n else "end"} for i in range(1, n + 1)]
    return {"version": 1, "name": "chain-%d" % n,
            "description": "A chain of %d step functions (tools/make-chain.py)." % n,
            "start": "step1", "defaultTimeoutMs": 5000, "nodes": nodes, "edges": edges}


def main():
    if len(sys.argv) != 2 or not sys.argv[1].isdigit() or not 1 <= int(sys.argv[1]) <= 500:
        sys.exit("usage: make-chain.py N   (1 to 500 functions)")
    n = int(sys.argv[1])
    os.makedirs("flows", exist_ok=True)
    path = os.path.join("flows", "chain-%d.flow.json" % n)
    with open(path, "w", encoding="utf-8") as out:
        json.dump(chain(n), out, indent=4)
        out.write("\n")
    print("wrote %s; add {\"name\": \"chain-%d\"} to stratus.json's \"flows\" to run it" % (path, n))


if __name__ == "__main__":
    main()
