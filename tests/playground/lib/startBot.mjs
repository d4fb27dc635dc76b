// Starts the CareerBot host (or whatever CAREERBOT_BOT_COMMAND names) and waits until it listens.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnLogged } from './spawnLogged.mjs';
import { waitForPort } from './waitForPort.mjs';
import { artifactsDir, botLaunch, botUrl } from './settings.mjs';

// logName: each test file names its own log, so that a later file does not overwrite an earlier one's.
export async function startBot(logName = 'bot.log') {
  // A state file of its own: the run starts from empty conversations and never touches a developer's data.
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'careerbot-playground-state-'));
  const env = {
    ...process.env,
    DOTNET_CLI_TELEMETRY_OPTOUT: '1',
    DOTNET_NOLOGO: '1',
    // Anonymous mode whatever the caller's environment says: the Playground sends no token.
    MicrosoftAppId: '',
    Storage__Provider: 'Sqlite',
    Storage__Sqlite__Path: path.join(stateDir, 'careerbot.db'),
    Knowledge__IndexPath: path.join(stateDir, 'index'),
  };
  const bot = spawnLogged('bash', ['-c', botLaunch.command], { cwd: botLaunch.cwd, env, logPath: path.join(artifactsDir, logName) });
  const stop = async () => { await bot.stop(); fs.rmSync(stateDir, { recursive: true, force: true }); };
  const { hostname, port } = new URL(botUrl);
  try {
    // Generous: `dotnet run` evaluates the project first, on a 2-core machine shared with builds.
    await waitForPort(hostname, Number(port), 90_000, bot.hasExited);
  } catch (error) {
    await stop();
    throw new Error(`the bot (${botLaunch.command}) did not listen on ${botUrl}: ${error.message}\n--- bot output ---\n${bot.output().slice(-4000)}`);
  }
  return { stop };
}
