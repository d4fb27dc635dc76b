// Starts the real Microsoft 365 Agents Playground for one channel and returns the URL of its UI.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnLogged } from './spawnLogged.mjs';
import { artifactsDir, botEndpoint, playgroundBin } from './settings.mjs';

// logName: the stem of its logs, the channel's by default; a test file of its own passes its own.
export async function startPlayground(channel, logName = `playground-${channel}`) {
  // An empty working directory so a developer's own .m365agentsplayground.yml cannot change the run.
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), `playground-${channel}-`));
  const env = { ...process.env, M365_AGENTS_PLAYGROUND_LOGFILE: path.join(artifactsDir, `${logName}.file.log`) };
  const args = ['start', '--app-endpoint', botEndpoint, '--channel-id', channel, '--disable-telemetry'];
  const playground = spawnLogged(playgroundBin, args, { cwd: workDir, env, logPath: path.join(artifactsDir, `${logName}.log`) });
  try {
    // It picks a random port when 56150 is taken, so read the one it chose.
    const [, port] = await playground.waitForOutput(/Listening on (\d+)/, 30_000);
    return {
      url: `http://localhost:${port}/`,
      output: playground.output,
      stop: async () => { await playground.stop(); fs.rmSync(workDir, { recursive: true, force: true }); },
    };
  } catch (error) {
    await playground.stop();
    fs.rmSync(workDir, { recursive: true, force: true });
    throw error;
  }
}
