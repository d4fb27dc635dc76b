// Starts the CareerBot host (or whatever CAREERBOT_BOT_COMMAND names) and waits until it listens.
import path from 'node:path';
import { spawnLogged } from './spawnLogged.mjs';
import { waitForPort } from './waitForPort.mjs';
import { artifactsDir, botCommand, botUrl, repoRoot } from './settings.mjs';

export async function startBot() {
  const env = { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' };
  const bot = spawnLogged('bash', ['-c', botCommand], { cwd: repoRoot, env, logPath: path.join(artifactsDir, 'bot.log') });
  const { hostname, port } = new URL(botUrl);
  try {
    // Generous: `dotnet run` evaluates the project first, on a 2-core machine shared with builds.
    await waitForPort(hostname, Number(port), 90_000, bot.hasExited);
  } catch (error) {
    await bot.stop();
    throw new Error(`bot command failed to listen on ${botUrl}: ${error.message}\n--- bot output ---\n${bot.output().slice(-4000)}`);
  }
  return bot;
}
