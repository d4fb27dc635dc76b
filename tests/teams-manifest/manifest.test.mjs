// The Teams app package, built by deploymentTemplates/teams/build.sh, validated against Microsoft's own app manifest
// JSON schemas as published on npm in @microsoft/app-manifest (the Microsoft 365 Agents Toolkit's package).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { before, describe, test } from 'node:test';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const require = createRequire(import.meta.url);
const schemasDir = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');
const appId = '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const domain = 'careerbot.example.com';

// The newest numbered schema the package publishes: what "the current manifest version" means here.
const current = fs.readdirSync(schemasDir).filter((d) => /^v\d+\.\d+$/.test(d))
  .map((d) => d.slice(1)).sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1])).at(-1);

function compile(file) {
  // Options as @microsoft/app-manifest's own validator uses them, plus non-Unicode regular expressions: the
  // localization schema's key patterns (an unescaped "]") are valid only in that mode, which is JSON Schema's
  // ECMA-262 dialect as browsers and Teams' tooling read it.
  const ajv = new Ajv04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  return ajv.compile(JSON.parse(fs.readFileSync(path.join(schemasDir, `v${current}`, file), 'utf8')));
}

function fromZip(zip, name) {
  return JSON.parse(execFileSync('unzip', ['-p', zip, name], { encoding: 'utf8' }));
}

describe('Teams app package', () => {
  let manifest;
  let english;
  let validateManifest;
  let validateLocalization;

  before(() => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'teams-package-'));
    const zip = path.join(out, 'careerbot-teams.zip');
    execFileSync('bash', [path.join(repo, 'deploymentTemplates', 'teams', 'build.sh'), zip], {
      env: { ...process.env, MicrosoftAppId: appId, BotDomain: domain },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    manifest = fromZip(zip, 'manifest.json');
    english = fromZip(zip, 'en.json');
    validateManifest = compile('MicrosoftTeams.schema.json');
    validateLocalization = compile('MicrosoftTeams.Localization.schema.json');
    fs.rmSync(out, { recursive: true, force: true });
  });

  test('the manifest uses the current schema version', () => {
    assert.equal(manifest.manifestVersion, current);
    assert.equal(manifest.$schema, `https://developer.microsoft.com/json-schemas/teams/v${current}/MicrosoftTeams.schema.json`);
  });

  test('the built manifest validates against the official schema', () => {
    const valid = validateManifest(manifest);
    assert.ok(valid, JSON.stringify(validateManifest.errors, null, 2));
  });

  test('the English localization file validates against the official localization schema', () => {
    const valid = validateLocalization(english);
    assert.ok(valid, JSON.stringify(validateLocalization.errors, null, 2));
    assert.equal(english.$schema, `https://developer.microsoft.com/json-schemas/teams/v${current}/MicrosoftTeams.Localization.schema.json`);
  });

  test('the app and the bot carry the app id given to the build, and the domain is valid', () => {
    assert.equal(manifest.id, appId);
    assert.equal(manifest.bots[0].botId, appId);
    assert.ok(manifest.validDomains.includes(domain));
    assert.equal(manifest.developer.websiteUrl, `https://${domain}/`);
  });

  test('every command title is translated and the localization names only existing commands', () => {
    const commands = manifest.bots[0].commandLists.flatMap((list, l) => list.commands.map((c, i) => `bots[0].commandLists[${l}].commands[${i}]`));
    for (const key of commands) {
      assert.ok(english[`${key}.title`], `${key}.title has no English translation`);
    }
    const translated = Object.keys(english).filter((k) => k.startsWith('bots[')).map((k) => k.replace(/\.(title|description)$/, ''));
    assert.deepEqual([...new Set(translated)].sort(), [...commands].sort());
  });

  // The validator must be able to say no, or the tests above prove nothing.
  test('the schema rejects a manifest with a bot id that is not a GUID or an unknown field', () => {
    assert.equal(validateManifest({ ...manifest, bots: [{ ...manifest.bots[0], botId: 'not-a-guid' }] }), false);
    assert.equal(validateManifest({ ...manifest, botFramework: true }), false);
    assert.equal(validateLocalization({ ...english, 'description.short': undefined }), false);
  });
});
