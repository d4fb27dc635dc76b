// What a failed test leaves behind for a person to look at: the page as it was and its HTML.
import fs from 'node:fs';
import path from 'node:path';
import { artifactsDir } from './settings.mjs';

export async function saveFailureEvidence(page, name) {
  // Best effort: the page may be the thing that broke.
  await page.screenshot({ path: path.join(artifactsDir, `${name}-failure.png`) }).catch(() => {});
  const html = await page.content().catch(() => '');
  fs.writeFileSync(path.join(artifactsDir, `${name}-failure.html`), html);
}
