// Starts the built CareerBot host on a free loopback port with the settings a test needs, and waits until it listens.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..', '..');
export const artifactsDir = process.env.CAREERBOT_ARTIFACTS_DIR ?? path.join(here, '..', 'artifacts');

// CAREERBOT_HOST_DLL (what CI passes: the Release build), else the developer's Debug build.
function hostDll() {
  if (process.env.CAREERBOT_HOST_DLL) return path.resolve(process.env.CAREERBOT_HOST_DLL);
  const debugDir = path.join(repoRoot, 'src', 'CareerBot.Web', 'bin', 'Debug');
  const framework = fs.existsSync(debugDir) ? fs.readdirSync(debugDir).find((d) => d.startsWith('net')) : undefined;
  if (!framework) throw new Error("CareerBot.Web is not built: run 'dotnet build src/CareerBot.Web' or set CAREERBOT_HOST_DLL");
  return path.join(debugDir, framework, 'CareerBot.Web.dll');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function canConnect(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

// settings: configuration keys in environment form (Bot__Mode, DirectLine__TokenLifetime…).
export async function startHost(name, settings = {}) {
  const dll = hostDll();
  const port = await freePort();
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), `careerbot-directline-${name}-`));
  fs.mkdirSync(artifactsDir, { recursive: true });
  const log = fs.createWriteStream(path.join(artifactsDir, `host-${name}.log`));
  const env = {
    ...process.env,
    DOTNET_CLI_TELEMETRY_OPTOUT: '1',
    DOTNET_NOLOGO: '1',
    MicrosoftAppId: '',
    Storage__Provider: 'Memory',
    Knowledge__IndexPath: path.join(stateDir, 'index'),
    Llm__Provider: 'None',
    DirectLine__Secret: '',
    ...settings,
  };
  // Run from the dll's folder so that its appsettings.json is the content root's.
  const child = spawn('dotnet', [path.basename(dll), '--urls', `http://127.0.0.1:${port}`], {
    cwd: path.dirname(dll), env, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const onData = (chunk) => { log.write(chunk); output = (output + chunk.toString()).slice(-8000); };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let exited = false;
  const exit = new Promise((resolve) => child.on('exit', () => { exited = true; resolve(); }));

  const stop = async () => {
    if (!exited) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exit;
      clearTimeout(timer);
    }
    await new Promise((resolve) => log.end(resolve));
    fs.rmSync(stateDir, { recursive: true, force: true });
  };

  // Generous: the advisor builds its knowledge index at start, on a 2-core machine shared with builds.
  const deadline = Date.now() + 90_000;
  while (!(await canConnect(port))) {
    if (exited || Date.now() > deadline) {
      await stop();
      throw new Error(`the host ${name} did not listen on port ${port}\n--- host output ---\n${output}`);
    }
    await sleep(200);
  }
  const baseUrl = `http://127.0.0.1:${port}`;
  return { baseUrl, domain: `${baseUrl}/v3/directline`, stop };
}
