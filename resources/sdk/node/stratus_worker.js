'use strict';
// Helper library for Stratus functions written for Node.js (docs/sdk.md).
//
//   const { serve, loadJson } = require('stratus_worker');
//   serve(async (event) => ({ seen: loadJson(event) }));
//   // event: Buffer; return a Buffer, a string, undefined/null or a JSON-able value
//
// One file serves both modes. Cold (STRATUS_MODE=cold or unset): the event is all of stdin,
// the result goes to stdout once, a failing handler exits 1. Warm (STRATUS_MODE=warm): frames
// on stdin/stdout as docs/protocol.md describes, a failing handler answers an error frame.
// In both modes the return value is the result and what the handler prints (console.log,
// process.stdout.write) goes to stderr, the log, so it can never corrupt the framing.

// A header is a few dozen bytes; a longer line means the peer is not speaking the protocol.
const MAX_HEADER = 4096;

function toBuffer(result) {
  if (result === undefined || result === null) return Buffer.alloc(0);
  if (Buffer.isBuffer(result)) return result;
  if (result instanceof Uint8Array) return Buffer.from(result.buffer, result.byteOffset, result.byteLength);
  if (typeof result === 'string') return Buffer.from(result, 'utf8');
  return Buffer.from(JSON.stringify(result), 'utf8');
}

// The event parsed as JSON, or null when it is not JSON.
function loadJson(event) {
  try {
    return JSON.parse(Buffer.isBuffer(event) ? event.toString('utf8') : String(event));
  } catch (_) {
    return null;
  }
}

function errorMessage(error) {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

function logError(error) {
  process.stderr.write(`${error instanceof Error && error.stack ? error.stack : String(error)}\n`);
}

// Keeps the real stdout for results and sends everything else written there to stderr.
// Console binds process.stdout once but calls its write() each time, so replacing the
// method catches console.log/info/debug/table too.
function takeStdout() {
  const realWrite = process.stdout.write.bind(process.stdout);
  process.stdout.write = (...args) => process.stderr.write(...args);
  return realWrite;
}

function protocolError(message) {
  process.stderr.write(`stratus_worker: ${message}\n`);
  process.exit(2);
}

async function serveCold(handler, write) {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  let result;
  try {
    result = toBuffer(await handler(Buffer.concat(chunks)));
  } catch (error) {
    logError(error);
    process.exitCode = 1;
    return;
  }
  write(result);
}

function serveWarm(handler, write) {
  let buffer = Buffer.alloc(0);
  let busy = false;
  let ended = false;

  const answer = (id, status, payload) => {
    write(Buffer.concat([Buffer.from(`STRATUS-RESULT ${id} ${status} ${payload.length}\n`, 'latin1'), payload]));
  };

  // Frames are handled one at a time, in order, whatever way stdin chunks them: a frame may
  // arrive in pieces, several may arrive in one chunk, and more may arrive during an await.
  const pump = async () => {
    if (busy) return;
    busy = true;
    for (;;) {
      const nl = buffer.indexOf(10);
      if (nl < 0) {
        if (buffer.length > MAX_HEADER) protocolError(`not a frame header: ${buffer.subarray(0, 200)}`);
        break;
      }
      const header = buffer.subarray(0, nl).toString('latin1');
      const fields = header.split(' ');
      if (fields.length !== 3 || fields[0] !== 'STRATUS-INVOKE' || !fields[1] || !/^\d+$/.test(fields[2])) {
        protocolError(`not a frame header: ${header.slice(0, 200)}`);
      }
      const [, id, lengthText] = fields;
      const length = Number(lengthText);
      if (buffer.length < nl + 1 + length) break;
      // A copy, so the handler may keep the event after the buffer moves on.
      const event = Buffer.from(buffer.subarray(nl + 1, nl + 1 + length));
      buffer = buffer.subarray(nl + 1 + length);
      try {
        answer(id, 'ok', toBuffer(await handler(event)));
      } catch (error) {
        logError(error);
        answer(id, 'error', Buffer.from(errorMessage(error), 'utf8'));
      }
    }
    busy = false;
    if (ended) finish();
  };

  // stdin closed: answer what was complete, then go, as the protocol asks.
  const finish = () => {
    if (buffer.length > 0) protocolError(`stdin closed in the middle of a frame (${buffer.length} bytes left)`);
    process.exit(0);
  };

  process.stdin.on('data', (chunk) => {
    buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
    pump();
  });
  process.stdin.on('end', () => {
    ended = true;
    if (!busy) finish();
  });
  write('STRATUS-READY\n');
}

// Runs handler for the invoker: once (cold) or for every frame (warm).
function serve(handler) {
  if (typeof handler !== 'function') throw new TypeError('serve(handler): handler must be a function');
  const write = takeStdout();
  if (process.env.STRATUS_MODE === 'warm') serveWarm(handler, write);
  else serveCold(handler, write);
}

module.exports = { serve, loadJson };
