// Debian's Chromium driven by playwright-core (which ships no browser of its own).
import { chromium } from 'playwright-core';
import { chromiumPath } from './settings.mjs';

export function launchChromium() {
  // Playwright already gives every launch a fresh temporary profile (it refuses --user-data-dir here).
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// The Playground's page asks a CDN for fonts and animations; refuse anything that is not loopback
// so the run behaves the same whether or not it is inside a network namespace.
export async function keepOnLoopback(context) {
  await context.route(
    (url) => !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname),
    (route) => route.abort('internetdisconnected'),
  );
}
