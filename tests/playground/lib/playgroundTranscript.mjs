// Records the activities the Playground exchanges with the bot, as its own log panel shows them:
// the page receives them over the Playground's log WebSocket. Lets the test check what was really
// sent on the wire (channelId, membersAdded) and what the bot answered (HTTP status).
export function recordPlaygroundTranscript(page) {
  const entries = [];
  page.on('websocket', (socket) => {
    if (!socket.url().includes('/_ws/log/')) return;
    socket.on('framereceived', ({ payload }) => {
      try {
        const frame = JSON.parse(payload.toString());
        if (frame.logAction === 'appendLog' && frame.log?.activityName) entries.push(frame.log);
      } catch { /* not JSON: nothing to record */ }
    });
  });
  return {
    entries,
    toBot: (activityName) => entries.filter((e) => e.to === 'User Application' && e.activityName === activityName),
    fromBot: (activityName) => entries.filter((e) => e.from === 'User Application' && e.activityName === activityName),
  };
}
