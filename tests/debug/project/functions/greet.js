// Cold: the name comes as an argument ({{name}}), the event on stdin is read too.
'use strict';
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', () => {
  const event = JSON.parse(Buffer.concat(chunks).toString() || '{}');
  process.stdout.write(JSON.stringify({ greeting: `hello ${process.argv[2]}`, polite: !!event.polite }));
});
