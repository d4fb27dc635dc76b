// Re-evaluates a condition (which may be async, e.g. a count of elements in the page) until it returns
// something truthy; bounded by a deadline.
import { setTimeout as sleep } from 'node:timers/promises';

export async function waitUntil(condition, timeoutMs, description) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${description}`);
    await sleep(100);
  }
}
