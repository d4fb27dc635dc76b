// Everything the run can be told from outside, read once, with defaults that suit a developer's checkout.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export const playgroundDir = path.resolve(here, '..');
export const repoRoot = path.resolve(playgroundDir, '..', '..');
export const artifactsDir = process.env.CAREERBOT_ARTIFACTS_DIR ?? path.join(playgroundDir, 'artifacts');

// 127.0.0.1 rather than localhost: Node resolves localhost to ::1 first on some machines and the
// Playground's HTTP client does not fall back to IPv4.
export const botUrl = process.env.CAREERBOT_BOT_URL ?? 'http://127.0.0.1:3978';
export const botEndpoint = `${botUrl}/api/messages`;

// A shell command line, so CI can point it at a published dll instead of `dotnet run`.
export const botCommand = process.env.CAREERBOT_BOT_COMMAND
  ?? `dotnet run --project src/CareerBot.Web --no-build -- --urls ${botUrl}`;

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const playgroundBin = path.join(playgroundDir, 'node_modules', '.bin', 'agentsplayground');

export const channels = (process.env.CAREERBOT_PLAYGROUND_CHANNELS ?? 'msteams,webchat,emulator')
  .split(',').map((c) => c.trim()).filter(Boolean);
