'use strict';
// The SDK test worker (tests/sdk/tst_sdk.cpp): echo, except for two commands.
//   "fail"        -> the handler throws: an error frame (warm) or exit 1 (cold)
//   "print:REST"  -> the handler prints a fake frame on stdout, then returns REST
// The handler is async on purpose: the SDK must keep frames in order across awaits.
const { serve } = require('stratus_worker');

const FAKE_FRAME = 'STRATUS-RESULT fake ok 5\nnoise';

serve(async (event) => {
  await new Promise((resolve) => setImmediate(resolve));
  if (event.toString('latin1') === 'fail') throw new Error('boom: failure requested');
  if (event.subarray(0, 6).toString('latin1') === 'print:') {
    console.log(FAKE_FRAME);
    process.stdout.write(FAKE_FRAME);
    return event.subarray(6);
  }
  return event;
});
