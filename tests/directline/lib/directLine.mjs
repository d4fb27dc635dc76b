// Microsoft's Direct Line client, botframework-directlinejs, made to run in Node (it expects a browser's XMLHttpRequest
// and WebSocket), and the helpers the tests use to drive it.
import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import XMLHttpRequest from 'xhr2';

globalThis.XMLHttpRequest = XMLHttpRequest;
globalThis.WebSocket = WebSocket;

const require = createRequire(import.meta.url);
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');
export { DirectLine, ConnectionStatus };

// A token for a new conversation from the host's endpoint, as the web page gets one.
export async function hostToken(host, userId) {
  const response = await fetch(`${host.baseUrl}/api/directline/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(userId ? { user: { id: userId } } : {}),
  });
  if (response.status !== 200) throw new Error(`token endpoint answered ${response.status}: ${await response.text()}`);
  return response.json();
}

// A client plus everything it received, so a test can wait for what it expects.
export function connect(options) {
  const directLine = new DirectLine({ pollingInterval: 200, ...options });
  const received = [];
  const statuses = [];
  // An activity stream that fails (a refused start, say) ends with an error, which the tests inspect.
  const errors = [];
  const activitySubscription = directLine.activity$.subscribe((activity) => received.push(activity), (error) => errors.push(error));
  const statusSubscription = directLine.connectionStatus$.subscribe((status) => statuses.push(status));
  return {
    directLine,
    received,
    statuses,
    errors,
    post: (activity) => directLine.postActivity(activity).toPromise(),
    waitFor: (predicate, what, timeoutMs = 15_000) => waitUntil(() => received.find(predicate), what, timeoutMs),
    waitForError: (timeoutMs = 15_000) => waitUntil(() => errors[0], 'the activity stream to fail', timeoutMs),
    waitForStatus: (status, timeoutMs = 15_000) => waitUntil(() => statuses.includes(status), `connection status ${status}`, timeoutMs),
    close() {
      activitySubscription.unsubscribe();
      statusSubscription.unsubscribe();
      directLine.end();
    },
  };
}

// Polls a condition every 50 ms until it holds or the deadline passes: bounded, and says what it waited for.
export async function waitUntil(condition, what, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

export const fromBot = (text) => (a) => a.type === 'message' && a.from?.role === 'bot' && (text === undefined || a.text?.includes(text));

export function decodeJwt(token) {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
}
