'use strict';
// Helper library for Stratus functions written for Node.js (docs/sdk.md).
//
//   const { serve } = require('stratus_worker');
//   serve(async (event) => event);   // event: Buffer; return Buffer, string or a JSON-able value
//
// One file serves both modes. Cold (STRATUS_MODE=cold or unset): the event is all of stdin,
// the result goes to stdout once. Warm (STRATUS_MODE=warm): frames on stdin/stdout as
// docs/protocol.md describes; console.log goes to stderr so it never corrupts the framing.

function toBuffer(result) {
  if (result === undefined || result === null) return Buffer.alloc(0);
  if (Buffer.isBuffer(result)) return result;
  if (result instanceof Uint8Array) return Buffer.from(result);
  if (typeof result === 'string') return Buffer.from(result, 'utf8');
  return Buffer.from(JSON.stringify(result), 'utf8');
}

function loadJson(event) {
  try {
    return JSON.parse(event.toString('utf8'));
  } catch (_) {
    return null;
  }
}

function readAll(stream) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

async function serveCold(handler) {
  const event = await readAll(process.stdin);
  let result;
  try {
    result = toBuffer(await handler(event));
  } catch (error) {
    process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write(result);
}

function serveWarm(handler) {
  const out = process.stdout;
  // The framing owns stdout; whatever the handler logs goes to the log.
  console.log = console.info = console.debug = console.error;

  let buffer = Buffer.alloc(0);
  let busy = false;

  const write = (id, status, payload) => {
    out.write(Buffer.concat([Buffer.from(`STRATUS-RESULT ${id} ${status} ${payload.length}\n`, 'latin1'), payload]));
  };

  // One frame at a time, in order; a frame may arrive in pieces or several in one chunk.
  const pump = async () => {
    if (busy) return;
    busy = true;
    try {
      for (;;) {
        const nl = buffer.indexOf(10);
        if (nl < 0) break;
        const header = buffer.subarray(0, nl).toString('latin1').split(' ');
        if (header.length !== 3 || header[0] !== 'STRATUS-INVOKE' || !/^\d+$/.test(header[2])) {
          process.stderr.write(`stratus_worker: not a frame header: ${buffer.subarray(0, Math.min(nl, 200))}\n`);
          process.exit(2);
        }
        const length = Number(header[2]);
        if (buffer.length < nl + 1 + length) break;
        const event = buffer.subarray(nl + 1, nl + 1 + length);
        buffer = buffer.subarray(nl + 1 + length);
        try {
          write(header[1], 'ok', toBuffer(await handler(Buffer.from(event))));
        } catch (error) {
          process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
          write(header[1], 'error', Buffer.from(String(error && error.message ? error.message : error), 'utf8'));
        }
      }
    } finally {
      busy = false;
    }
  };

  process.stdin.on('data', (chunk) => {
    buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
    pump();
  });
  process.stdin.on('end', () => process.exit(0));
  out.write('STRATUS-READY\n');
}

function serve(handler) {
  if (process.env.STRATUS_MODE === 'warm') serveWarm(handler);
  else serveCold(handler);
}

module.exports = { serve, loadJson };
