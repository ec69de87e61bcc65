'use strict';
// The dependency injector of seed 000, chapter 2, for Node.js functions (docs/sdk.md):
//
//   const { Injector } = require('stratus_injector');
//   const injector = await Injector.shared();          // one connection per process
//   const log = await injector.getServiceById('log');  // {id, name, topic} or null
//   const result = await injector.invoke(log.topic, { message: 'ciao' }, 5000);
//
// Services live in the cluster's registry (docs/registry.md), functions are invoked by a
// NATS request on their topic, and a run's objects live in the datastore
// (docs/datastore.md). The broker is $STRATUS_NATS_URL, which the invoker sets. Uses the npm
// `nats` client installed beside this file (resources/sdk/node/node_modules, `npm ci`).

// The client is loaded at the first connection, not with this module: it is most of an idle
// worker's heap, and V8 spends a collection on a grown heap some seconds after a worker starts
// (docs/sdk.md). A worker that has not used its injector yet stays small and quiet.
let natsModule = null;
function natsClient() {
  if (!natsModule) natsModule = require('nats');
  return natsModule;
}

const REGISTRY_PREFIX = 'stratus.registry';
const DATASTORE_PREFIX = 'stratus.datastore';
const STATUS_HEADER = 'Stratus-Status';
// Room for the headers of a chunk within the broker's max_payload, as the C++ client keeps.
const CHUNK_HEADROOM = 16 * 1024;

// A reply whose Stratus-Status is not ok; .status holds it ("not-found", "timeout", ...).
class InvocationError extends Error {
  constructor(status, message) {
    super(message);
    this.name = 'InvocationError';
    this.status = status;
  }
}

function toBytes(payload) {
  if (payload === undefined || payload === null) return new Uint8Array(0);
  if (payload instanceof Uint8Array) return payload;
  if (typeof payload === 'string') return Buffer.from(payload, 'utf8');
  return Buffer.from(JSON.stringify(payload), 'utf8');
}

function statusOf(msg) {
  return (msg.headers && msg.headers.get(STATUS_HEADER)) || 'ok';
}

// The error text of a registry or datastore reply ({"error": ...}) or of an invoker's (text).
function errorText(msg) {
  const text = Buffer.from(msg.data).toString('utf8');
  try {
    const body = JSON.parse(text);
    if (body && typeof body.error === 'string') return body.error;
  } catch (_) {
    /* not JSON: the invoker's messages are plain text */
  }
  return text;
}

let sharedInjector = null;

// nats.js ignores user:password@ and token@ in a URL: pass them as options (a remote cluster
// with authentication, docs/deploy.md).
function credentialsOf(url) {
  let parsed;
  try {
    parsed = new URL(url.replace(/^(nats|tls):/, 'http:'));
  } catch (error) {
    return {};
  }
  const user = decodeURIComponent(parsed.username);
  const pass = decodeURIComponent(parsed.password);
  if (user && pass) return { user, pass };
  if (user) return { token: user };
  return {};
}

class Injector {
  constructor(connection, options = {}) {
    this.nc = connection;
    this.timeoutMs = options.timeoutMs || 5000;
  }

  // A new connection; url defaults to $STRATUS_NATS_URL.
  static async connect(url = process.env.STRATUS_NATS_URL, options = {}) {
    if (!url) throw new Error('no broker URL: STRATUS_NATS_URL is not set (the invoker sets it for every function)');
    const nc = await natsClient().connect({
      servers: url,
      name: `stratus-injector-${process.pid}`,
      maxReconnectAttempts: -1,
      ...credentialsOf(url),
    });
    return new Injector(nc, options);
  }

  // One injector per process: a warm worker keeps its connection from event to event.
  static shared() {
    if (!sharedInjector) {
      sharedInjector = Injector.connect().catch((error) => {
        sharedInjector = null;
        throw error;
      });
    }
    return sharedInjector;
  }

  // After an event: in cold mode (one event per process) closes the shared connection so the
  // process can exit; a warm worker keeps it for the next event.
  static async endOfEvent() {
    if (process.env.STRATUS_MODE === 'warm' || !sharedInjector) return;
    const injector = await sharedInjector.catch(() => null);
    sharedInjector = null;
    if (injector) await injector.close();
  }

  async request(subject, payload, timeoutMs, headers) {
    try {
      return await this.nc.request(subject, toBytes(payload), { timeout: timeoutMs || this.timeoutMs, headers });
    } catch (error) {
      if (error.code === natsClient().ErrorCode.NoResponders) {
        throw new InvocationError('no-responders', `nothing answers on ${subject} (is it running?)`);
      }
      if (error.code === natsClient().ErrorCode.Timeout) {
        throw new InvocationError('timeout', `no reply on ${subject} within ${timeoutMs || this.timeoutMs} ms`);
      }
      throw error;
    }
  }

  async registry(kind, op, body) {
    const msg = await this.request(`${REGISTRY_PREFIX}.${kind}.${op}`, body);
    const status = statusOf(msg);
    if (status === 'not-found') return null;
    if (status !== 'ok') throw new InvocationError(status, `registry: ${errorText(msg)}`);
    return JSON.parse(Buffer.from(msg.data).toString('utf8'));
  }

  // {id, name, topic} of the service, or null when the registry has none with that id.
  async getServiceById(id) {
    const reply = await this.registry('services', 'get', { id });
    return reply ? reply.entry : null;
  }

  async registerService(service) {
    return this.registry('services', 'put', { entry: service });
  }

  // The reply body as a string; throws InvocationError unless its Stratus-Status is ok.
  async invoke(topic, payload, timeoutMs) {
    const msg = await this.request(topic, payload, timeoutMs);
    const status = statusOf(msg);
    if (status !== 'ok') throw new InvocationError(status, `${topic}: ${status}: ${errorText(msg)}`);
    return Buffer.from(msg.data).toString('utf8');
  }

  async invokeService(id, payload, timeoutMs) {
    const service = await this.getServiceById(id);
    if (!service) throw new InvocationError('not-found', `no service "${id}" in the registry (register it first)`);
    return this.invoke(service.topic, payload, timeoutMs);
  }

  async datastore(op, payload, headerPairs) {
    let headers;
    if (headerPairs) {
      headers = natsClient().headers();
      for (const [key, value] of Object.entries(headerPairs)) headers.set(key, String(value));
    }
    const msg = await this.request(`${DATASTORE_PREFIX}.${op}`, payload, undefined, headers);
    const status = statusOf(msg);
    if (status !== 'ok') throw new InvocationError(status, `datastore: ${errorText(msg)}`);
    return msg;
  }

  // Stores value (Buffer, string or JSON-able) as object `name` of a registered run.
  async put(run, name, value) {
    const bytes = toBytes(value);
    const chunk = this.nc.info.max_payload - CHUNK_HEADROOM;
    const headers = { 'Stratus-Run': run, 'Stratus-Object': name, 'Stratus-Persist': '0' };
    let last = bytes;
    if (bytes.length > chunk) {
      const chunks = Math.ceil(bytes.length / chunk);
      const upload = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
      for (let i = 0; i < chunks - 1; ++i) {
        await this.datastore('chunk.put', bytes.subarray(i * chunk, (i + 1) * chunk), {
          'Stratus-Run': run, 'Stratus-Upload': upload, 'Stratus-Chunk': i,
        });
      }
      last = bytes.subarray((chunks - 1) * chunk);
      Object.assign(headers, { 'Stratus-Upload': upload, 'Stratus-Chunks': chunks, 'Stratus-Size': bytes.length });
    }
    const msg = await this.datastore('put', last, headers);
    return JSON.parse(Buffer.from(msg.data).toString('utf8'));
  }

  // The object's bytes as a Buffer, or null when the run has no such object.
  async get(run, name) {
    let first;
    try {
      first = await this.datastore('get', { run, object: name });
    } catch (error) {
      if (error.status === 'not-found') return null;
      throw error;
    }
    const chunks = Number(first.headers.get('Stratus-Chunks') || '1');
    const size = Number(first.headers.get('Stratus-Size') || first.data.length);
    const upload = first.headers.get('Stratus-Upload');
    const parts = [Buffer.from(first.data)];
    for (let index = 1; index < chunks; ++index) {
      const part = await this.datastore('chunk.get', { run, upload, index, release: false });
      parts.push(Buffer.from(part.data));
    }
    const value = Buffer.concat(parts);
    if (value.length !== size) throw new Error(`${run}/${name}: read ${value.length} bytes of ${size}; the object changed while being read`);
    return value;
  }

  async close() {
    await this.nc.drain();
  }
}

module.exports = { Injector, InvocationError };
// The client for those who build their own connection (new Injector(connection)), loaded when asked for.
Object.defineProperty(module.exports, 'nats', { enumerable: true, get: natsClient });
