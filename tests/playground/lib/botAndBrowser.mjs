// What every test file of the suite needs around its tests: the bot running and a Chromium, started once before
// the file's tests and stopped after them. A failed start is reported by each test (so the summary counts failures,
// not cancellations): a test calls `ready()` to get the browser, which throws the start's error if there was one.
import fs from 'node:fs';
import { after, before } from 'node:test';
import { launchChromium } from './launchChromium.mjs';
import { artifactsDir } from './settings.mjs';
import { startBot } from './startBot.mjs';

export function useBotAndBrowser(botLogName) {
  let bot;
  let browser;
  let startupError;

  before(async () => {
    fs.mkdirSync(artifactsDir, { recursive: true });
    try {
      bot = await startBot(botLogName);
      browser = await launchChromium();
    } catch (error) {
      startupError = error;
    }
  }, { timeout: 120_000 });

  after(async () => {
    await browser?.close();
    await bot?.stop();
  });

  return {
    ready() {
      if (startupError) throw startupError;
      return browser;
    },
  };
}
