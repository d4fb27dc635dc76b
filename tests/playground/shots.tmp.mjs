import { launchChromium, keepOnLoopback } from './lib/launchChromium.mjs';
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1000, height: 1400 } });
await keepOnLoopback(context);
const page = await context.newPage();
await page.goto('http://127.0.0.1:3978/', { waitUntil: 'domcontentloaded', timeout: 40000 });
const botSaid = page.getByRole('article', { name: /^Le bot .* a dit/ });
await botSaid.first().waitFor({ timeout: 25000 });
const input = page.getByRole('textbox', { name: 'Zone de saisie du message' });
async function say(text, shot) {
  const before = await botSaid.count();
  await input.click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  for (let i = 0; i < 100 && (await botSaid.count()) <= before; i++) await page.waitForTimeout(100);
  await page.waitForTimeout(1200);
  await botSaid.last().scrollIntoViewIfNeeded();
  if (shot) await page.screenshot({ path: `/tmp/shots/${shot}.png` });
}
await say('Bonjour', 'smalltalk');
await say('combien gagne un prompt engineer débutant en France ?', 'salary');
await say('et aux États-Unis ?', 'followup');
await say('Do I need to know how to code?', 'english');
await say('merci !', 'thanks');
await browser.close();
