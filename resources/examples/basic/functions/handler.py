"""The seed's example function in Python: looks the `log` service up in the registry
through the Python injector and invokes the logging function over NATS. Returns
{service, topic, result}, like functions/handler.js.
Event: {timestamp, message, severity}; without them, the seed's own message."""

from stratus_injector import Injector
from stratus_worker import load_json, serve

SEED_MESSAGE = {"timestamp": "2024-11-28T16:05:34", "message": "ciao", "severity": "info"}


def handler(event):
    injector = Injector.shared()
    service = injector.get_service_by_id("log")
    if service is None:
        raise RuntimeError('no "log" service in the registry (declare it in stratus.json "services")')
    request = load_json(event)
    message = request if isinstance(request, dict) and "message" in request else SEED_MESSAGE
    result = injector.invoke(service["topic"], message, 5000).decode("utf-8").strip()
    print("logging result:", result)
    return {"service": service["id"], "topic": service["topic"], "result": result}


serve(handler)
