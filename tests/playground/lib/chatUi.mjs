// How a person finds the message box, the send button and the bot's messages in the Playground.
// msteams and emulator show a Teams-like client (Fluent UI); webchat and directline show Bot Framework Web Chat.
export function chatUiFor(channel, page) {
  return channel === 'webchat' || channel === 'directline' ? webChatUi(page) : teamsLikeUi(page);
}

function teamsLikeUi(page) {
  return {
    input: page.getByRole('textbox'),
    sendButton: page.getByRole('button', { name: 'Send Message' }),
    // The bot's messages render as Fluent AI output cards; the user's own messages do not, and
    // neither do the chat-list preview nor the log panel, which repeat the same text.
    botMessages: page.locator('.fai-OutputCard'),
  };
}

function webChatUi(page) {
  return {
    input: page.getByRole('textbox', { name: 'Message input box' }),
    sendButton: page.getByRole('button', { name: 'Send', exact: true }),
    // Web Chat names each bot activity "Bot said: …" for screen readers; the user's are "You said: …".
    botMessages: page.getByRole('article', { name: /^Bot said:/ }),
  };
}
