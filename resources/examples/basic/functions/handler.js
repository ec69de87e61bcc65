// The seed's example function (seed 000, chapter 2): looks the `log` service up in the
// registry through the injector and invokes the logging function over NATS, so it never
// hard-codes where logging runs. Returns {service, topic, result} with the logger's answer.
// Event: {timestamp, message, severity}; without them, the seed's own message.
'use strict';
const { serve, loadJson } = require('stratus_worker');
const { Injector } = require('stratus_injector');

const SEED_MESSAGE = { timestamp: '2024-11-28T16:05:34', message: 'ciao', severity: 'info' };

async function handler(event) {
  try {
    const injector = await Injector.shared();
    const start = process.hrtime.bigint();
    const logService = await injector.getServiceById('log');
    if (!logService) throw new Error('no "log" service in the registry (declare it in stratus.json "services")');
    const lookupMs = Number(process.hrtime.bigint() - start) / 1e6;
    const request = loadJson(event);
    const message = request && request.message !== undefined ? request : SEED_MESSAGE;
    const result = await injector.invoke(logService.topic, message, 5000);
    console.log(`registry lookup ${lookupMs.toFixed(3)} ms; logging result: ${result.trim()}`);
    return { service: logService.id, topic: logService.topic, result: result.trim() };
  } finally {
    await Injector.endOfEvent();
  }
}

serve(handler);
