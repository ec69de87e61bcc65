"""The dependency injector of seed 000, chapter 2, for Python functions (docs/sdk.md).

    from stratus_injector import Injector
    injector = Injector.shared()                 # one connection per process
    log = injector.get_service_by_id("log")      # {"id", "name", "topic"} or None
    result = injector.invoke(log["topic"], {"message": "ciao"}, 5000)   # bytes

Services live in the cluster's registry (docs/registry.md), functions are invoked by a NATS
request on their topic, a run's objects live in the datastore (docs/datastore.md). The broker
is $STRATUS_NATS_URL, which the invoker sets.

No Python NATS client is installed with Stratus (nor can one be assumed: PyPI may be out of
reach), so this binds the C client the cluster itself uses, libnats, with ctypes: standard
library only, and the same request path, with the same latency, as the C++ injector.
"""

import ctypes
import ctypes.util
import json
import os
import threading

__all__ = ["Injector", "InvocationError"]

REGISTRY_PREFIX = "stratus.registry"
DATASTORE_PREFIX = "stratus.datastore"
STATUS_HEADER = b"Stratus-Status"
CHUNK_HEADROOM = 16 * 1024  # room for a chunk's headers within max_payload, as the C++ client keeps

# natsStatus values (nats/status.h of nats.c 3.x).
_NATS_OK = 0
_NATS_NOT_FOUND = 13
_NATS_TIMEOUT = 26
_NATS_NO_RESPONDERS = 34


class InvocationError(Exception):
    """A reply whose Stratus-Status is not ok; .status holds it ("not-found", "timeout", ...)."""

    def __init__(self, status, message):
        super().__init__(message)
        self.status = status


def _load_libnats():
    candidates = [os.environ.get("STRATUS_LIBNATS"), ctypes.util.find_library("nats"),
                  "libnats.so.3.4", "libnats.so"]
    errors = []
    for name in filter(None, candidates):
        try:
            return ctypes.CDLL(name)
        except OSError as error:
            errors.append(str(error))
    raise OSError("cannot load the NATS C library (install libnats3.4 or libnats-dev, or set "
                  "STRATUS_LIBNATS to its path): " + "; ".join(errors))


def _bind(lib):
    p, c, i = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
    pp = ctypes.POINTER(ctypes.c_void_p)
    signatures = {
        "natsOptions_Create": (i, [pp]),
        "natsOptions_SetURL": (i, [p, c]),
        "natsOptions_SetName": (i, [p, c]),
        "natsOptions_SetSendAsap": (i, [p, ctypes.c_bool]),
        "natsOptions_SetMaxReconnect": (i, [p, i]),
        "natsOptions_Destroy": (None, [p]),
        "natsConnection_Connect": (i, [pp, p]),
        "natsConnection_GetMaxPayload": (ctypes.c_int64, [p]),
        "natsConnection_Destroy": (None, [p]),
        "natsConnection_Close": (None, [p]),
        "natsMsg_Create": (i, [pp, c, c, c, i]),
        "natsMsgHeader_Set": (i, [p, c, c]),
        "natsMsgHeader_Get": (i, [p, c, ctypes.POINTER(c)]),
        "natsMsg_GetData": (ctypes.POINTER(ctypes.c_char), [p]),
        "natsMsg_GetDataLength": (i, [p]),
        "natsMsg_Destroy": (None, [p]),
        "natsConnection_RequestMsg": (i, [pp, p, p, ctypes.c_int64]),
        "natsStatus_GetText": (c, [i]),
    }
    for name, (restype, argtypes) in signatures.items():
        function = getattr(lib, name)
        function.restype, function.argtypes = restype, argtypes
    return lib


_lib = None
_lib_lock = threading.Lock()


def _libnats():
    global _lib
    with _lib_lock:
        if _lib is None:
            _lib = _bind(_load_libnats())
        return _lib


def _to_bytes(payload):
    if payload is None:
        return b""
    if isinstance(payload, (bytes, bytearray, memoryview)):
        return bytes(payload)
    if isinstance(payload, str):
        return payload.encode("utf-8")
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _error_text(data):
    try:
        body = json.loads(data)
        if isinstance(body, dict) and isinstance(body.get("error"), str):
            return body["error"]
    except ValueError:
        pass  # the invoker's messages are plain text
    return data.decode("utf-8", "replace")


class _Reply:
    __slots__ = ("data", "headers")

    def __init__(self, data, headers):
        self.data = data
        self.headers = headers

    @property
    def status(self):
        return self.headers.get("Stratus-Status", "ok")


_READ_HEADERS = [b"Stratus-Status", b"Stratus-Chunks", b"Stratus-Size", b"Stratus-Upload"]


class Injector:
    _shared = None
    _shared_lock = threading.Lock()

    def __init__(self, url=None, timeout_ms=5000):
        url = url or os.environ.get("STRATUS_NATS_URL")
        if not url:
            raise RuntimeError("no broker URL: STRATUS_NATS_URL is not set (the invoker sets it for "
                               "every function)")
        self._lib = _libnats()
        self.timeout_ms = timeout_ms
        self._nc = ctypes.c_void_p()
        opts = ctypes.c_void_p()
        lib = self._lib
        self._check(lib.natsOptions_Create(ctypes.byref(opts)), "natsOptions_Create")
        try:
            self._check(lib.natsOptions_SetURL(opts, url.encode()), "natsOptions_SetURL")
            lib.natsOptions_SetName(opts, ("stratus-injector-py-%d" % os.getpid()).encode())
            # One request at a time: latency wants the write now, not at the next flush.
            lib.natsOptions_SetSendAsap(opts, True)
            lib.natsOptions_SetMaxReconnect(opts, -1)
            self._check(lib.natsConnection_Connect(ctypes.byref(self._nc), opts), "cannot connect to " + url)
        finally:
            lib.natsOptions_Destroy(opts)
        self._max_payload = lib.natsConnection_GetMaxPayload(self._nc)

    @classmethod
    def shared(cls):
        """One injector per process: a warm worker keeps its connection from event to event."""
        with cls._shared_lock:
            if cls._shared is None:
                cls._shared = cls()
            return cls._shared

    def _check(self, status, what):
        if status != _NATS_OK:
            raise RuntimeError("%s: %s" % (what, self._lib.natsStatus_GetText(status).decode()))

    def close(self):
        if self._nc:
            self._lib.natsConnection_Close(self._nc)
            self._lib.natsConnection_Destroy(self._nc)
            self._nc = ctypes.c_void_p()

    def request(self, subject, payload=None, timeout_ms=None, headers=None):
        """A NATS request; the reply's bytes and the Stratus-* headers it carries."""
        lib = self._lib
        data = _to_bytes(payload)
        msg = ctypes.c_void_p()
        self._check(lib.natsMsg_Create(ctypes.byref(msg), subject.encode(), None, data, len(data)),
                    "natsMsg_Create")
        reply = ctypes.c_void_p()
        try:
            for key, value in (headers or {}).items():
                self._check(lib.natsMsgHeader_Set(msg, key.encode(), str(value).encode()), "natsMsgHeader_Set")
            timeout = timeout_ms or self.timeout_ms
            status = lib.natsConnection_RequestMsg(ctypes.byref(reply), self._nc, msg, timeout)
            if status == _NATS_NO_RESPONDERS:
                raise InvocationError("no-responders", "nothing answers on %s (is it running?)" % subject)
            if status == _NATS_TIMEOUT:
                raise InvocationError("timeout", "no reply on %s within %d ms" % (subject, timeout))
            self._check(status, "request on " + subject)
            length = lib.natsMsg_GetDataLength(reply)
            body = ctypes.string_at(lib.natsMsg_GetData(reply), length) if length else b""
            found = {}
            value = ctypes.c_char_p()
            for key in _READ_HEADERS:
                if lib.natsMsgHeader_Get(reply, key, ctypes.byref(value)) == _NATS_OK:
                    found[key.decode()] = value.value.decode("utf-8", "replace")
            return _Reply(body, found)
        finally:
            lib.natsMsg_Destroy(msg)
            if reply:
                lib.natsMsg_Destroy(reply)

    def _registry(self, kind, op, body):
        reply = self.request("%s.%s.%s" % (REGISTRY_PREFIX, kind, op), body)
        if reply.status == "not-found":
            return None
        if reply.status != "ok":
            raise InvocationError(reply.status, "registry: " + _error_text(reply.data))
        return json.loads(reply.data)

    def get_service_by_id(self, id):
        """{"id", "name", "topic"} of the service, or None when the registry has none with that id."""
        reply = self._registry("services", "get", {"id": id})
        return reply["entry"] if reply else None

    getServiceById = get_service_by_id  # the seed's spelling

    def register_service(self, service):
        return self._registry("services", "put", {"entry": service})

    def invoke(self, topic, payload=None, timeout_ms=None):
        """The reply body (bytes); raises InvocationError unless its Stratus-Status is ok."""
        reply = self.request(topic, payload, timeout_ms)
        if reply.status != "ok":
            raise InvocationError(reply.status, "%s: %s: %s" % (topic, reply.status, _error_text(reply.data)))
        return reply.data

    def invoke_service(self, id, payload=None, timeout_ms=None):
        service = self.get_service_by_id(id)
        if service is None:
            raise InvocationError("not-found", 'no service "%s" in the registry (register it first)' % id)
        return self.invoke(service["topic"], payload, timeout_ms)

    def _datastore(self, op, payload, headers=None):
        reply = self.request("%s.%s" % (DATASTORE_PREFIX, op), payload, None, headers)
        if reply.status != "ok":
            raise InvocationError(reply.status, "datastore: " + _error_text(reply.data))
        return reply

    def put(self, run, name, value):
        """Stores value (bytes, str or JSON-able) as object `name` of a registered run."""
        data = _to_bytes(value)
        chunk = self._max_payload - CHUNK_HEADROOM
        headers = {"Stratus-Run": run, "Stratus-Object": name, "Stratus-Persist": "0"}
        last = data
        if len(data) > chunk:
            chunks = (len(data) + chunk - 1) // chunk
            upload = os.urandom(8).hex()
            for i in range(chunks - 1):
                self._datastore("chunk.put", data[i * chunk:(i + 1) * chunk],
                                {"Stratus-Run": run, "Stratus-Upload": upload, "Stratus-Chunk": i})
            last = data[(chunks - 1) * chunk:]
            headers.update({"Stratus-Upload": upload, "Stratus-Chunks": chunks, "Stratus-Size": len(data)})
        return json.loads(self._datastore("put", last, headers).data)

    def get(self, run, name):
        """The object's bytes, or None when the run has no such object."""
        try:
            first = self._datastore("get", {"run": run, "object": name})
        except InvocationError as error:
            if error.status == "not-found":
                return None
            raise
        chunks = int(first.headers.get("Stratus-Chunks", "1"))
        size = int(first.headers.get("Stratus-Size", len(first.data)))
        parts = [first.data]
        for index in range(1, chunks):
            parts.append(self._datastore("chunk.get", {"run": run, "upload": first.headers.get("Stratus-Upload"),
                                                       "index": index, "release": False}).data)
        value = b"".join(parts)
        if len(value) != size:
            raise RuntimeError("%s/%s: read %d bytes of %d; the object changed while being read"
                               % (run, name, len(value), size))
        return value
