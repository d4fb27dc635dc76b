// Polls a TCP port until something accepts connections; bounded by a deadline.
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export async function waitForPort(host, port, timeoutMs, isAborted = () => false) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (isAborted()) throw new Error(`gave up waiting for ${host}:${port}: the process exited`);
    if (await canConnect(host, port)) return;
    await sleep(250);
  }
  throw new Error(`nothing listened on ${host}:${port} within ${timeoutMs} ms`);
}

function canConnect(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}
