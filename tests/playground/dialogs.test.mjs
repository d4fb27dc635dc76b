// CareerBot's conversation in the Playground's Teams client, as a person would have it: the Adaptive Card menu
// (switched to French with « français », then « menu »), a click on « Évaluer mon profil », six answers (one clicked, one side question in the middle), the cited
// roadmap, then « annuler » in a second assessment brings the menu back. Run it with run.sh (loopback only).
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
import { artifactsDir } from './lib/settings.mjs';
import { startPlayground } from './lib/startPlayground.mjs';
import { waitUntil } from './lib/waitUntil.mjs';

// The French menu (src/CareerBot.Advisor/Resources/ConversationMessages.resx, Menu_*), in the card's order.
const menuLabels = ['Visite guidée du métier', 'Évaluer mon profil', 'Poser une question', 'Mon profil', 'Aide'];
const profileLabel = 'Évaluer mon profil';
const sideQuestion = 'combien gagne un prompt engineer junior ?';
// Answers to questions 2 to 6, typed as a French user would (ProfileAssessmentTests' « PythonBeginner »).
const typedAnswers = ['débutant', 'courant', 'rédaction', 'de temps en temps', 'freelance'];
const roadmapTitle = 'Votre feuille de route de prompt engineer';


const pageLoadMs = 40_000;
const uiWaitMs = 20_000;

describe('CareerBot dialogs in the Agents Playground (msteams)', () => {
  const suite = useBotAndBrowser('bot-dialogs.log');

  test('msteams: the card menu starts the profile assessment, a side question is answered, the roadmap cites its sources, « annuler » brings the menu back', { timeout: 120_000 }, async () => {
    const browser = suite.ready();
    const channel = 'msteams';
    const playground = await startPlayground(channel, 'playground-msteams-dialogs');
    // Tall, so that most of the roadmap fits in the screenshot.
    const context = await browser.newContext({ viewport: { width: 1280, height: 1400 } });
    await keepOnLoopback(context);
    const page = await context.newPage();
    const transcript = recordPlaygroundTranscript(page);
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error));
    const ui = chatUiFor(channel, page);
    const chat = conversationWith(page, ui, transcript);
    try {
      await page.goto(playground.url, { waitUntil: 'domcontentloaded', timeout: pageLoadMs });

      // 1. The welcome ends with the menu as an Adaptive Card. The Playground says en-US on some activities and no
      // locale on others, so the welcome may come in English: a French user switches, then asks for the menu.
      const anyMenu = page.locator('.ac-adaptiveCard').filter({ has: page.getByRole('button', { name: new RegExp(`^(${profileLabel}|Assess my profile)$`) }) });
      await anyMenu.first().waitFor({ timeout: uiWaitMs });
      await chat.expectReply(/^D'accord, je vous réponds désormais en français/, () => chat.type('français'));
      const menuCards = page.locator('.ac-adaptiveCard').filter({ has: page.getByRole('button', { name: profileLabel, exact: true }) });
      const menusBefore = await menuCards.count();
      await chat.type('menu');
      await waitUntil(async () => (await menuCards.count()) > menusBefore, uiWaitMs, 'the French menu card on screen');
      const menu = menuCards.last();
      for (const label of menuLabels) {
        assert.ok(await menu.getByRole('button', { name: label, exact: true }).isVisible(), `the menu card shows « ${label} »`);
      }
      const sentMenu = transcript.fromBot('message').find((e) => cardTitles(e.request.body).includes(profileLabel));
      assert.ok(sentMenu, 'the bot sent the menu as an Adaptive Card attachment');
      assert.deepEqual(cardTitles(sentMenu.request.body), menuLabels);
      await page.screenshot({ path: path.join(artifactsDir, 'msteams-menu.png') });

      // 2. A click on the card's « Évaluer mon profil » starts the assessment: the card posts its data, no text.
      const firstQuestion = await chat.expectReply(/^\(1\/6\) /, async () => {
        const before = transcript.toBot('message').length;
        await menu.getByRole('button', { name: profileLabel, exact: true }).click();
        await waitUntil(() => transcript.toBot('message').length > before, uiWaitMs, 'the click to reach the bot');
        const clicked = transcript.toBot('message')[before];
        assert.equal(clicked.request.body.value?.command, 'profile', `the click posted the profile command: ${JSON.stringify(clicked.request.body.value)}`);
        assertAccepted(clicked);
      });

      // 3. Question 1 answered with its suggested action, a side question, then typed answers.
      // In French « Bac+5 (master, école d'ingénieurs) », in English « Master's degree or engineering school ».
      const choice = firstQuestion.suggestedActions?.actions?.find((a) => /bac\s*\+\s*5|master/i.test(a.title));
      assert.ok(choice, `question 1 offers a master's degree button: ${JSON.stringify(firstQuestion.suggestedActions)}`);
      await chat.expectReply(/^\(2\/6\) /, () => page.getByRole('button', { name: choice.title, exact: true }).click());
      const clickedChoice = transcript.toBot('message').at(-1).request.body;
      assert.equal(clickedChoice.text, choice.value ?? choice.title, 'the suggested action posted its value as text');

      const beforeSide = transcript.fromBot('message').length;
      const resumed = await chat.expectReply(/^Reprenons : \(2\/6\) /, () => chat.type(sideQuestion));
      const sideReplies = transcript.fromBot('message').slice(beforeSide).map((e) => e.request.body);
      assert.equal(sideReplies.length, 2, 'the answer, then the question again');
      const sideAnswer = sideReplies[0];
      assert.match(sideAnswer.text, /45\s000/, 'the side question got the junior salary');
      assert.match(sideAnswer.text, /\[\d+\]/, 'the side answer cites its sources');
      assert.match(resumed.text, /programmation/, 'the same question, asked again in French');
      await page.screenshot({ path: path.join(artifactsDir, 'msteams-side-question.png') });

      for (const [i, answer] of typedAnswers.entries()) {
        const pattern = i < typedAnswers.length - 1 ? new RegExp(`^\\(${i + 3}/6\\) `) : new RegExp(roadmapTitle);
        await chat.expectReply(pattern, () => chat.type(answer));
      }

      // 4. The roadmap, cited in the text and, for Teams, as a schema.org Message entity; its buttons follow apart.
      const roadmap = transcript.fromBot('message').findLast((e) => (e.request.body.text ?? '').includes(roadmapTitle)).request.body;
      assert.match(roadmap.text, /\[\d+\]/, 'the roadmap cites its sources');
      const cited = (roadmap.entities ?? []).find((e) => e['@type'] === 'Message');
      assert.ok(cited?.citation?.length > 0, 'Teams gets the citations as a schema.org Message entity');
      const shownRoadmap = ui.botMessages.filter({ hasText: roadmapTitle }).last();
      await shownRoadmap.scrollIntoViewIfNeeded();
      assert.match(await shownRoadmap.innerText(), /Salaires à votre niveau[\s\S]*45\s000/, 'the roadmap shows the salaries at the user\'s level');
      await page.screenshot({ path: path.join(artifactsDir, 'msteams-roadmap.png') });

      // 5. A second assessment, given up with « annuler »: the menu comes back.
      await chat.expectReply(/^\(1\/6\) /, () => chat.type(profileLabel));
      const menusBeforeCancel = await menuCards.count();
      const cancelled = await chat.expectReply(/^C'est annulé\./, () => chat.type('annuler'));
      assert.deepEqual(cardTitles(cancelled), menuLabels, 'the cancellation carries the menu card');
      await waitUntil(async () => (await menuCards.count()) > menusBeforeCancel, uiWaitMs, 'a new menu card in the page');
      assert.ok(await menuCards.last().getByRole('button', { name: profileLabel, exact: true }).isVisible(), 'the new menu is on screen');
      await page.screenshot({ path: path.join(artifactsDir, 'msteams-cancel.png') });

      assert.deepEqual(pageErrors.map((e) => e.message), [], 'no error in the page');
    } catch (error) {
      await saveFailureEvidence(page, 'msteams-dialogs');
      throw error;
    } finally {
      fs.writeFileSync(path.join(artifactsDir, 'msteams-dialogs-transcript.json'), JSON.stringify(transcript.entries, null, 2));
      await context.close();
      await playground.stop();
    }
  });
});

/** The user's side of the chat, and a wait for the bot's next message that says what is expected of it. */
function conversationWith(page, ui, transcript) {
  return {
    async type(text) {
      await ui.input.click();
      await page.keyboard.type(text);
      await ui.sendButton.click();
    },
    /** Does what the user does, waits for a new bot message matching pattern, both in the log and on screen. */
    async expectReply(pattern, userAction) {
      const seen = transcript.fromBot('message').length;
      await userAction();
      const entry = await waitUntil(
        () => transcript.fromBot('message').slice(seen).find((e) => pattern.test(e.request.body.text ?? '')),
        uiWaitMs,
        `a bot message matching ${pattern} (last sent: ${JSON.stringify(transcript.fromBot('message').at(-1)?.request.body.text?.slice(0, 120))})`);
      // The Playground validates what the bot posts as Teams would: a refused message never shows.
      const status = entry.response?.statusCode;
      assert.ok(status >= 200 && status < 300, `the Playground refused the bot's message with HTTP ${status}: ${JSON.stringify(entry.response?.body)}`);
      // The same words may have been said before (a question asked again): wait for this one, not an older one.
      const line = firstLine(entry.request.body.text);
      const sameSoFar = transcript.fromBot('message').filter((e) => firstLine(e.request.body.text ?? '') === line).length;
      const visible = ui.botMessages.filter({ hasText: line });
      await waitUntil(async () => (await visible.count()) >= sameSoFar, uiWaitMs, `the bot message matching ${pattern} on screen`);
      return entry.request.body;
    },
  };
}

function firstLine(text) {
  // The page renders markdown, so only plain words can be looked for: strip the emphasis.
  return text.split('\n')[0].replaceAll('**', '').trim();
}

function cardTitles(activity) {
  const card = (activity.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  return (card?.content?.actions ?? []).map((a) => a.title);
}
