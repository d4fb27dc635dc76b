// CareerBot's own web chat page (src/CareerBot.Web/wwwroot: Microsoft's Web Chat served by the host, talking to the
// host's self-hosted Direct Line), as a visitor uses it in Chromium: the page loads with no request leaving the
// machine, the bot welcomes with the menu, a salary question gets figures and sources, a menu button starts the
// guided tour. Run it with run.sh (loopback only); no Playground is involved.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { useBotAndBrowser } from './lib/botAndBrowser.mjs';
import { keepOnLoopback } from './lib/launchChromium.mjs';
import { saveFailureEvidence } from './lib/saveFailureEvidence.mjs';
import { artifactsDir, botUrl } from './lib/settings.mjs';

const question = "Quel est le salaire d'un prompt engineer junior ?";
const pageLoadMs = 40_000;
const uiWaitMs = 25_000;

describe("CareerBot's web chat page", () => {
  const suite = useBotAndBrowser('bot-webpage.log');

  test('the page welcomes with the menu, answers a salary question with its sources, and a button starts the tour', { timeout: 120_000 }, async () => {
    const browser = suite.ready();
    const context = await browser.newContext({ viewport: { width: 1100, height: 1300 } });
    const external = [];
    context.on('request', (request) => {
      const { hostname } = new URL(request.url());
      if (!['localhost', '127.0.0.1', '[::1]'].includes(hostname) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) {
        external.push(request.url());
      }
    });
    await keepOnLoopback(context);
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // The page is in French: Web Chat names each bot activity « Le bot CB a dit : … » for screen readers.
    const botSaid = page.getByRole('article', { name: /^Le bot .* a dit/ });
    try {
      await page.goto(`${botUrl}/`, { waitUntil: 'domcontentloaded', timeout: pageLoadMs });
      assert.equal(await page.title(), 'CareerBot · le métier de prompt engineer');

      // The welcome, then the menu as suggested actions.
      await botSaid.filter({ hasText: 'Je suis CareerBot' }).first().waitFor({ timeout: uiWaitMs });
      // The suggested actions' toolbar (Web Chat also repeats them, hidden, in a live region for screen readers).
      const suggested = page.getByRole('toolbar', { name: 'Actions suggérées' });
      const tourButton = suggested.getByRole('button', { name: 'Visite guidée du métier', exact: true });
      await tourButton.waitFor({ timeout: uiWaitMs });
      for (const label of ['Évaluer mon profil', 'Poser une question', 'Mon profil', 'Aide']) {
        assert.ok(await suggested.getByRole('button', { name: label, exact: true }).isVisible(), `the menu shows « ${label} »`);
      }
      await page.screenshot({ path: path.join(artifactsDir, 'webpage-welcome.png') });

      // A question: figures and sources.
      const input = page.getByRole('textbox', { name: 'Zone de saisie du message' });
      await input.click();
      await page.keyboard.type(question);
      await page.keyboard.press('Enter');
      const answer = botSaid.filter({ hasText: /45\s000/ }).first();
      await answer.waitFor({ timeout: uiWaitMs });
      const answerText = await answer.innerText();
      assert.match(answerText, /60\s000/, 'the whole junior range');
      // Web Chat draws each [n] as a citation button named after its source, listed again under the answer; a
      // click opens the source's quote.
      const citation = page.getByRole('button', { name: /^\d+ Fiche métier : prompt engineer$/ }).first();
      await citation.waitFor({ timeout: uiWaitMs });
      await answer.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(artifactsDir, 'webpage-answer.png') });
      await citation.click();
      const quote = page.getByRole('dialog', { name: 'Fiche métier : prompt engineer' });
      await quote.waitFor({ timeout: uiWaitMs });
      assert.match(await quote.innerText(), /prompt engineer/i, 'the citation opens its source');
      await page.screenshot({ path: path.join(artifactsDir, 'webpage-citation.png') });
      await page.keyboard.press('Escape');

      // The menu again, and a click on its first button starts the guided tour.
      await input.click();
      await page.keyboard.type('menu');
      await page.keyboard.press('Enter');
      await tourButton.waitFor({ timeout: uiWaitMs });
      await tourButton.click();
      const step = botSaid.filter({ hasText: /Étape 1\/8/ }).first();
      await step.waitFor({ timeout: uiWaitMs });
      await suggested.getByRole('button', { name: 'Suivant', exact: true }).waitFor({ timeout: uiWaitMs });
      await step.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(artifactsDir, 'webpage-tour.png') });

      assert.deepEqual(external, [], 'no request leaves the machine');
      assert.deepEqual(pageErrors, [], 'no error in the page');
    } catch (error) {
      await saveFailureEvidence(page, 'webpage');
      throw error;
    } finally {
      await context.close();
    }
  });
});
