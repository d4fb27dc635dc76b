// The anchor of the side-by-side benchmark: what a Bot Framework developer gets from the official JavaScript SDK
// (npm botbuilder) for an echo bot, with anonymous local auth (no app id, so no token checked or sent). It answers
// on the same /api/messages protocol as CareerBot, including deliveryMode expectReplies (the SDK buffers the turn's
// replies and returns them in the HTTP response), so the load tool drives both the same way.
// Usage: node index.js [port]   (PORT env or 3980 by default; listens on 127.0.0.1 only)
'use strict';

const restify = require('restify');
const { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } = require('botbuilder');

class EchoBot extends ActivityHandler {
    constructor() {
        super();
        this.onMessage(async (context, next) => {
            await context.sendActivity(`Echo: ${context.activity.text}`);
            await next();
        });
    }
}

// An empty configuration means no MicrosoftAppId: the SDK's anonymous mode for local development.
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
    // Only errors are written, as the .NET servers of the benchmark log at Warning and above.
    console.error(`turn error: ${error && error.stack ? error.stack : error}`);
    await context.sendActivity('The bot encountered an error.');
};

const bot = new EchoBot();
const server = restify.createServer();
server.use(restify.plugins.bodyParser());
server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
});

const port = Number(process.argv[2] || process.env.PORT || 3980);
server.listen(port, '127.0.0.1', () => {
    console.log(`js-echo listening on http://127.0.0.1:${port}/api/messages (pid ${process.pid})`);
});
