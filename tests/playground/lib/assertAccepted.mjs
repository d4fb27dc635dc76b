// The bot took the activity the Playground posted: any 2xx (Teams-style 200, or 202 for a reply it sends later).
import assert from 'node:assert/strict';

export function assertAccepted(entry) {
  const status = entry.response?.statusCode;
  assert.ok(status >= 200 && status < 300, `the bot answered ${entry.activityName} with HTTP ${status}`);
}
