// Runs Electron's own installer (node_modules/electron/install.js) for ensure-electron.mjs.
//
//   node scripts/electron-installer-child.mjs <path to install.js>
//
// The installer's progress bar and messages reach the terminal unchanged. What does not: on
// failure install.js prints the raw `err.stack`, which tells a user nothing they can act on.
// Stacks are diverted to file descriptor 3 (a pipe the parent opens), together with the cause of
// the last failed request, so the parent can print a short message with advice instead.
import { writeSync } from 'node:fs';
import { createRequire } from 'node:module';

const LOOKS_LIKE_A_STACK = /\n\s+at /;

/** One JSON line to the parent; when run by hand (no fd 3), the first line goes to stderr. */
function report(message) {
  try {
    writeSync(3, `${JSON.stringify(message)}\n`);
  } catch {
    if (message.stack) process.stderr.write(`${message.stack.split('\n')[0]}\n`);
  }
}

const printError = console.error.bind(console);
console.error = (...args) => {
  const first = args[0] instanceof Error ? args[0].stack : args[0];
  if (typeof first === 'string' && LOOKS_LIKE_A_STACK.test(first)) report({ stack: first });
  else printError(...args);
};

// fetch rejects with a bare "fetch failed"; the reason (ENOTFOUND, ECONNREFUSED, a certificate
// error...) is only on its `cause`, which install.js never prints.
const realFetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  try {
    return await realFetch(input, init);
  } catch (err) {
    const url = typeof input === 'string' ? input : String(input?.url ?? input?.href ?? input);
    report({ network: { url, code: err?.cause?.code, message: err?.cause?.message || err?.message } });
    throw err;
  }
};

// Unexpected failures are diverted too: an unsupported platform throws while install.js loads.
const divert = (err) => {
  report({ stack: err?.stack || String(err) });
  process.exit(1);
};
process.on('uncaughtException', divert);
process.on('unhandledRejection', divert);

const installJs = process.argv[2];
if (!installJs) {
  printError('usage: node electron-installer-child.mjs <path to install.js>');
  process.exit(2);
}
try {
  createRequire(import.meta.url)(installJs); // install.js is CommonJS and starts on load
} catch (err) {
  divert(err);
}
