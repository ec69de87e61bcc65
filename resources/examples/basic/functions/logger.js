// The seed's logging function, unchanged in its interface:
//   node logger.js <timestamp> <message> <severity>
// (the cold entry of stratus.json fills the arguments from the event's fields), and the
// same logic as a warm worker taking the event {timestamp, message, severity} as JSON.
'use strict';
const fs = require('fs');
const path = require('path');

// Harmless by design: it writes under the project's own, git-ignored, state folder.
const logFile = path.join(process.cwd(), '.stratus', 'app.log');

function logMessageToFile(timestamp, message, severity) {
  try {
    fs.mkdirSync(path.dirname(logFile), { recursive: true });
    fs.appendFileSync(logFile, `${timestamp} [${String(severity).toUpperCase()}] ${message}\n`);
    return true;
  } catch (error) {
    console.error(`cannot write ${logFile}: ${error.message}`);
    return false;
  }
}

const args = process.argv.slice(2);
if (process.env.STRATUS_MODE !== 'warm') {
  // Get input from the command line, as in the seed.
  if (args.length !== 3) {
    console.error('Usage: node logger.js <timestamp> <message> <severity>');
    process.exit(1);
  }
  const [timestamp, message, severity] = args;
  if (logMessageToFile(timestamp, message, severity)) {
    console.log('logging operation succeeded');
  } else {
    console.error('logging operation failed.');
    process.exit(1);
  }
} else {
  const { serve, loadJson } = require('stratus_worker');
  serve((event) => {
    const e = loadJson(event);
    if (!e || e.timestamp === undefined || e.message === undefined || e.severity === undefined) {
      throw new Error('the event must be JSON with timestamp, message and severity');
    }
    if (!logMessageToFile(e.timestamp, e.message, e.severity)) throw new Error('logging operation failed.');
    return 'logging operation succeeded\n';
  });
}
