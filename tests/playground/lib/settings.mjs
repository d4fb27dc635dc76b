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

// How to start the bot, first match wins:
// CAREERBOT_BOT_COMMAND, any shell command line, run from the repository root;
// CAREERBOT_HOST_DLL, a built CareerBot.Web.dll (what CI passes), run from its own folder so its
// appsettings.json is the content root's;
// otherwise the developer's Debug build through `dotnet run`. No launch profile: it would switch
// the environment to Development and bring its own URL.
export const botLaunch = process.env.CAREERBOT_BOT_COMMAND
  ? { command: process.env.CAREERBOT_BOT_COMMAND, cwd: repoRoot }
  : process.env.CAREERBOT_HOST_DLL
    ? { command: `dotnet "${path.basename(process.env.CAREERBOT_HOST_DLL)}" --urls ${botUrl}`, cwd: path.dirname(path.resolve(process.env.CAREERBOT_HOST_DLL)) }
    : { command: `dotnet run --project src/CareerBot.Web --no-build --no-launch-profile -- --urls ${botUrl}`, cwd: repoRoot };

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const playgroundBin = path.join(playgroundDir, 'node_modules', '.bin', 'agentsplayground');

export const channels = (process.env.CAREERBOT_PLAYGROUND_CHANNELS ?? 'msteams,webchat,emulator,directline')
  .split(',').map((c) => c.trim()).filter(Boolean);
