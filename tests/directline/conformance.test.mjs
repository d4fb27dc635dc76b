// Conformance of the self-hosted Direct Line 3.0 with Microsoft's own client, botframework-directlinejs, in polling
// and WebSocket modes: start, send, receive with watermark, reconnect with watermark, token refresh, and the 403s of
// an expired token and of a token for another conversation. Plus one real question to the advisor.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { ConnectionStatus, connect, decodeJwt, fromBot, hostToken } from './lib/directLine.mjs';
import { startHost } from './lib/startHost.mjs';

// Tokens of the short-lived host expire this fast, so the expiry test waits only a few seconds.
const shortLifetimeSeconds = 3;
let echo;
let shortLived;
let advisor;

before(async () => {
  // Started together: each host takes seconds to start on a 2-core machine.
  [echo, shortLived, advisor] = await Promise.all([
    startHost('echo', { Bot__Mode: 'Echo' }),
    startHost('short-lived', { Bot__Mode: 'Echo', DirectLine__TokenLifetime: `00:00:0${shortLifetimeSeconds}` }),
    startHost('advisor', { Bot__Mode: 'Advisor' }),
  ]);
});

after(async () => {
  await Promise.all([echo?.stop(), shortLived?.stop(), advisor?.stop()]);
});

const userMessage = (text, userId) => ({ type: 'message', from: { id: userId }, text, locale: 'fr-FR' });

for (const webSocket of [false, true]) {
  describe(webSocket ? 'WebSocket mode' : 'polling mode', () => {
    test('starts a conversation, gets the welcome, sends a message and receives the reply with a watermark', async () => {
      const userId = `dl_conformance_${webSocket ? 'ws' : 'poll'}`;
      const { token, conversationId, domain } = await hostToken(echo, userId);
      assert.equal(domain, echo.domain);
      const client = connect({ token, domain, webSocket });
      try {
        const welcome = await client.waitFor(fromBot('CareerBot'), 'the welcome');
        assert.equal(welcome.conversation.id, conversationId);
        assert.equal(client.directLine.conversationId, conversationId);
        assert.equal(client.directLine.connectionStatus$.getValue(), ConnectionStatus.Online);

        const id = await client.post(userMessage('bonjour', userId));
        assert.match(id, new RegExp(`^${conversationId.replace(/[-]/g, '\\-')}\\|\\d+$`));
        // The service sends the user's own activity back (Web Chat marks a message delivered that way), then the reply.
        const echoed = await client.waitFor((a) => a.id === id, 'the user\'s own activity back');
        assert.equal(echoed.from.id, userId);
        const reply = await client.waitFor(fromBot('« bonjour » (message n° 1'), 'the echo of « bonjour »');
        assert.equal(reply.channelId, 'directline');
        assert.equal(reply.recipient.id, userId);
        assert.ok(Number(client.directLine.watermark) >= 2, `watermark ${client.directLine.watermark}`);
        const ids = client.received.map((a) => a.id);
        assert.equal(new Set(ids).size, ids.length, 'no activity delivered twice');
      } finally {
        client.close();
      }
    });

    test('reconnects with the watermark and receives only what came after it', async () => {
      const userId = `dl_reconnect_${webSocket ? 'ws' : 'poll'}`;
      const { token, conversationId, domain } = await hostToken(echo, userId);
      const first = connect({ token, domain, webSocket });
      let watermark;
      try {
        await first.waitFor(fromBot('CareerBot'), 'the welcome');
        await first.post(userMessage('premier', userId));
        await first.waitFor(fromBot('« premier »'), 'the reply to « premier »');
        watermark = first.directLine.watermark;
      } finally {
        first.close();
      }

      const second = connect({ token, domain, webSocket, conversationId, watermark });
      try {
        await second.post(userMessage('second', userId));
        const reply = await second.waitFor(fromBot('« second » (message n° 2'), 'the reply to « second », counted in the same conversation');
        assert.equal(reply.conversation.id, conversationId);
        assert.equal(second.received.find(fromBot('« premier »')), undefined, 'nothing before the watermark comes again');
        assert.equal(second.received.find(fromBot('CareerBot')), undefined, 'the welcome is not delivered again');
      } finally {
        second.close();
      }
    });

    test('refreshes its token and goes on with the new one', async () => {
      const userId = `dl_refresh_${webSocket ? 'ws' : 'poll'}`;
      const { token, conversationId, domain } = await hostToken(echo, userId);
      const client = connect({ token, domain, webSocket });
      try {
        await client.waitFor(fromBot('CareerBot'), 'the welcome');
        // Token times are whole seconds: wait so that the new token's differ from the old one's.
        await sleep(1100);
        const refreshed = await client.directLine.refreshToken().toPromise();
        assert.notEqual(refreshed, token);
        const claims = decodeJwt(refreshed);
        assert.equal(claims.conv, conversationId);
        assert.equal(claims.user, userId);
        assert.ok(claims.exp > decodeJwt(token).exp);

        client.directLine.reconnect({ conversationId, token: refreshed, streamUrl: client.directLine.streamUrl });
        await client.post(userMessage('après', userId));
        await client.waitFor(fromBot('« après »'), 'the reply to a message sent with the refreshed token');
      } finally {
        client.close();
      }
    });

    test('an expired token is refused with 403 and the client reports ExpiredToken', async () => {
      const userId = `dl_expiry_${webSocket ? 'ws' : 'poll'}`;
      const { token, conversationId, domain, expires_in: expiresIn } = await hostToken(shortLived, userId);
      assert.equal(expiresIn, shortLifetimeSeconds);
      const client = connect({ token, domain, webSocket });
      try {
        await client.waitFor(fromBot('CareerBot'), 'the welcome');
        await sleep((shortLifetimeSeconds + 0.5) * 1000);
        const outcome = await client.post(userMessage('trop tard', userId));
        assert.equal(outcome, 'retry', 'directlinejs answers "retry" when a post is refused with 403');
        await client.waitForStatus(ConnectionStatus.ExpiredToken);
        assert.equal(client.received.find(fromBot('« trop tard »')), undefined);
      } finally {
        client.close();
      }

      const raw = await fetch(`${domain}/conversations/${conversationId}/activities`, { headers: { Authorization: `Bearer ${token}` } });
      assert.equal(raw.status, 403);
      assert.equal((await raw.json()).error.code, 'TokenExpired');
    });

    test('a token for another conversation is refused with 403 and the client fails to connect', async () => {
      const mine = await hostToken(echo, 'dl_mine');
      const theirs = await hostToken(echo, 'dl_theirs');
      const client = connect({ token: mine.token, domain: mine.domain, webSocket, conversationId: theirs.conversationId });
      try {
        const error = await client.waitForError();
        assert.equal(error.status, 403, 'the reconnect to the other conversation is refused with 403');
        await client.waitForStatus(ConnectionStatus.FailedToConnect);
        assert.equal(client.received.length, 0);
      } finally {
        client.close();
      }

      const raw = await fetch(`${mine.domain}/conversations/${theirs.conversationId}/activities`, { headers: { Authorization: `Bearer ${mine.token}` } });
      assert.equal(raw.status, 403);
      assert.equal((await raw.json()).error.code, 'Forbidden');
    });
  });
}

test('the advisor answers a salary question with figures and citations over the WebSocket stream', async () => {
  const userId = 'dl_advisor';
  const { token, domain } = await hostToken(advisor, userId);
  const client = connect({ token, domain, webSocket: true });
  try {
    await client.waitFor(fromBot(), 'the welcome', 30_000);
    await client.post(userMessage("Quel est le salaire d'un prompt engineer junior ?", userId));
    const answer = await client.waitFor(fromBot('45'), 'the cited salary answer', 30_000);
    const text = answer.text.replace(/\s/g, ' ');
    assert.match(text, /45 000/);
    assert.match(text, /\[\d+\]/);
  } finally {
    client.close();
  }
});
