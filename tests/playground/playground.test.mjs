// CareerBot, end to end, through the real Microsoft 365 Agents Playground on each channel it offers:
// the user joins (the page connects), the bot must greet; the user types, the bot must answer. In Teams, every
// [n] of a cited answer (a paragraph, then a list of every figure) must be drawn as a citation pill.
// Run it with run.sh, which keeps all traffic on loopback.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { assertAccepted } from './lib/assertAccepted.mjs';
import { chatUiFor } from './lib/chatUi.mjs';
import { useBotAndBrowser } from './lib/botAndBrowser.mjs';
import { keepOnLoopback } from './lib/launchChromium.mjs';
import { recordPlaygroundTranscript } from './lib/playgroundTranscript.mjs';
import { saveFailureEvidence } from './lib/saveFailureEvidence.mjs';
import { artifactsDir, channels } from './lib/settings.mjs';
import { startPlayground } from './lib/startPlayground.mjs';
import { waitUntil } from './lib/waitUntil.mjs';

// Stable fragments of what src/CareerBot.Web sends: the welcome names the bot (Resources/BotMessages.resx,
// "Bonjour, je suis **CareerBot** …"); the answer to the junior salary question gives the French junior range of
// the fact sheet ("45 000 – 60 000 €", grouped with no-break spaces) with [n] citations.
const welcomeFragment = 'CareerBot';
const question = "Quel est le salaire d'un prompt engineer junior ?";
const juniorRange = /45\s000/;
const tourLabel = 'Visite guidée du métier';
// The salary answer's button that lists every pay figure of the fact sheet (AdvisorMessages.resx, AllFiguresButton),
// one cited figure per list item, among them Anthropic's "335 000 $" offer.
const allFiguresLabel = 'Tous les chiffres';
const allFiguresFragment = /335\s000/;

/** The bot's message carries the menu: suggested actions, or (Teams) an Adaptive Card, with the tour's button. */
function menuOffered(activity) {
  const suggested = (activity.suggestedActions?.actions ?? []).map((a) => a.title);
  const card = (activity.attachments ?? []).flatMap((a) => a.content?.actions ?? []).map((a) => a.title);
  return [...suggested, ...card].includes(tourLabel);
}

/**
 * Teams: each [n] of the text the bot sent is drawn in the rendered message as a citation pill with its number, and no
 * "[n]" is left as plain text (the Playground's Teams view leaves one as text where it cannot draw it).
 */
async function assertEveryMarkerIsACitationPill(message, sentText, what) {
  const markers = [...sentText.matchAll(/\[(\d+)\]/g)].map((m) => m[1]);
  assert.ok(markers.length > 0, `${what}: the sent text cites its sources`);
  const pills = message.locator('.fai-Citation');
  assert.deepEqual(await pills.allInnerTexts(), markers, `${what}: one citation pill per [n] marker, in the text's order`);
  const textOutsidePills = await message.evaluate((element) => {
    const copy = element.cloneNode(true);
    for (const pill of copy.querySelectorAll('.fai-Citation')) pill.remove();
    return copy.textContent;
  });
  assert.doesNotMatch(textOutsidePills, /\[\d+\]/, `${what}: a [n] marker is shown as plain text`);
}

const pageLoadMs = 40_000;
const uiWaitMs = 20_000;

describe('CareerBot in the Microsoft 365 Agents Playground', () => {
  const suite = useBotAndBrowser();

  for (const channel of channels) {
    test(`${channel}: the bot welcomes the user who joins and answers a salary question with its sources`, { timeout: 80_000 }, async () => {
      const browser = suite.ready();
      const playground = await startPlayground(channel);
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await keepOnLoopback(context);
      const page = await context.newPage();
      const transcript = recordPlaygroundTranscript(page);
      try {
        // The page runs a 9 MB bundle before it is usable: slow on a busy 2-core machine.
        await page.goto(playground.url, { waitUntil: 'domcontentloaded', timeout: pageLoadMs });
        const ui = chatUiFor(channel, page);

        // Nothing is clicked: the Playground sends conversationUpdate when the page connects.
        const welcome = ui.botMessages.filter({ hasText: welcomeFragment });
        await welcome.first().waitFor({ timeout: uiWaitMs });

        await ui.input.click();
        await page.keyboard.type(question);
        await ui.sendButton.click();

        const shown = ui.botMessages.filter({ hasText: juniorRange });
        await shown.first().waitFor({ timeout: uiWaitMs });
        assert.match(await shown.first().innerText(), /60\s000/, 'the whole junior range is shown');
        assert.equal(await welcome.count(), 1, 'exactly one welcome: the bot must not greet itself');

        const joined = transcript.toBot('conversationUpdate');
        assert.equal(joined.length, 1, 'one conversationUpdate reached the bot');
        const joinedActivity = joined[0].request.body;
        assert.equal(joinedActivity.channelId, channel);
        assert.ok(joinedActivity.membersAdded.some((m) => m.id !== joinedActivity.recipient.id), 'a user, not only the bot, joined');
        assertAccepted(joined[0]);

        const sent = await waitUntil(() => transcript.toBot('message').find((e) => e.request.body.text === question), uiWaitMs, 'the typed message in the Playground log');
        assert.equal(sent.request.body.channelId, channel);
        assertAccepted(sent);

        const answer = await waitUntil(() => transcript.fromBot('message').find((e) => juniorRange.test(e.request.body.text ?? '')), uiWaitMs, "the bot's answer in the Playground log");
        assert.equal(answer.request.body.conversation.id, sent.request.body.conversation.id, 'the answer went to the same conversation');
        assert.match(answer.request.body.text, /\[\d+\]/, 'the answer cites its sources');
        if (channel === 'msteams') {
          const cited = (answer.request.body.entities ?? []).find((e) => e['@type'] === 'Message');
          assert.ok(cited?.citation?.length > 0, 'Teams gets the citations as a schema.org Message entity');
          await assertEveryMarkerIsACitationPill(shown.first(), answer.request.body.text, 'the salary answer');
        }

        await page.screenshot({ path: path.join(artifactsDir, `${channel}.png`) });

        if (channel === 'msteams') {
          // Every figure, one list item each: a marker in a list item is a pill too.
          await page.getByRole('button', { name: allFiguresLabel, exact: true }).filter({ visible: true }).last().click();
          const figures = ui.botMessages.filter({ hasText: allFiguresFragment });
          await figures.first().waitFor({ timeout: uiWaitMs });
          const listed = await waitUntil(() => transcript.fromBot('message').find((e) => allFiguresFragment.test(e.request.body.text ?? '')), uiWaitMs, 'the list of every figure in the Playground log');
          assert.match(listed.request.body.text, /^- .*\[\d+\]$/m, 'the figures come as a list with their citations');
          await assertEveryMarkerIsACitationPill(figures.first(), listed.request.body.text, 'the list of every figure');
          await page.screenshot({ path: path.join(artifactsDir, `${channel}-figures.png`) });
        }

        // The menu again (in French: the question was), and its first button starts the guided tour. Teams shows the
        // menu as an Adaptive Card; the other channels as suggested actions. The button may be on screen twice (an
        // older menu, a screen-reader copy): the last visible one is the new menu's.
        // The Playground sometimes draws the user's own message after the bot's reply to it (the reply arrives before
        // the HTTP answer to the user's post); the suggested actions, which belong to the last message, are then not
        // shown. The menu is asked for again in that case: the bot sent its buttons each time (checked in the log).
        const tourButton = page.getByRole('button', { name: tourLabel, exact: true }).filter({ visible: true });
        for (let attempt = 1; ; attempt++) {
          const menusBefore = transcript.fromBot('message').filter((e) => menuOffered(e.request.body)).length;
          await ui.input.click();
          await page.keyboard.type('menu');
          await ui.sendButton.click();
          await waitUntil(() => transcript.fromBot('message').filter((e) => menuOffered(e.request.body)).length > menusBefore, uiWaitMs, 'the new menu in the Playground log');
          const shown = await tourButton.last().waitFor({ timeout: 5_000 }).then(() => true, () => false);
          if (shown || attempt === 3) {
            break;
          }
        }
        const before = transcript.toBot('message').length;
        await tourButton.last().click();
        await waitUntil(() => transcript.toBot('message').length > before, uiWaitMs, 'the click to reach the bot');
        const step = await waitUntil(() => transcript.fromBot('message').find((e) => /Étape 1\/8/.test(e.request.body.text ?? '')), uiWaitMs, 'the first step of the tour in the Playground log');
        assertAccepted(step);
        await ui.botMessages.filter({ hasText: 'Étape 1/8' }).first().waitFor({ timeout: uiWaitMs });
        await page.screenshot({ path: path.join(artifactsDir, `${channel}-tour.png`) });
      } catch (error) {
        await saveFailureEvidence(page, channel);
        throw error;
      } finally {
        fs.writeFileSync(path.join(artifactsDir, `${channel}-transcript.json`), JSON.stringify(transcript.entries, null, 2));
        await context.close();
        await playground.stop();
      }
    });
  }
});
