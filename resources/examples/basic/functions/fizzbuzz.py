"""The thesis's FizzBuzz workload (seed 001, section 5.2), one function per role.

    python3 functions/fizzbuzz.py check     {"n": 15} -> {"n": 15, "kind": "fizzbuzz"}
    python3 functions/fizzbuzz.py fizz      {"n": 3}  -> {"n": 3, "result": "Fizz"}
    python3 functions/fizzbuzz.py buzz      {"n": 5}  -> {"n": 5, "result": "Buzz"}
    python3 functions/fizzbuzz.py fizzbuzz  {"n": 15} -> {"n": 15, "result": "FizzBuzz"}
    python3 functions/fizzbuzz.py number    {"n": 7}  -> {"n": 7, "result": 7}

The flow flows/fizzbuzz.flow.json routes from check's "kind" to one of the others; its end
node gives every answer the same shape. A bare number is taken as {"n": number}.
"""
import sys

from stratus_worker import load_json, serve

WORDS = {"fizz": "Fizz", "buzz": "Buzz", "fizzbuzz": "FizzBuzz"}


def number_of(event):
    request = load_json(event)
    n = request.get("n") if isinstance(request, dict) else request
    if isinstance(n, bool) or not isinstance(n, int):
        raise ValueError('expected {"n": an integer}, got %r' % (event[:200],))
    return n


def check(event):
    n = number_of(event)
    kind = "fizzbuzz" if n % 15 == 0 else "fizz" if n % 3 == 0 else "buzz" if n % 5 == 0 else "number"
    return {"n": n, "kind": kind}


def answer(role):
    word = WORDS.get(role)

    def handler(event):
        n = number_of(event)
        return {"n": n, "result": word if word else n}

    return handler


role = sys.argv[1] if len(sys.argv) > 1 else ""
if role == "check":
    serve(check)
elif role in WORDS or role == "number":
    serve(answer(role))
else:
    sys.exit("usage: fizzbuzz.py check|fizz|buzz|fizzbuzz|number")
