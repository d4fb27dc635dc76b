// CareerBot's page: gets a Direct Line token from the host (which keeps any secret), then renders Microsoft's Web
// Chat with CareerBot's look. French by default; ?lang=en for English; ?embed=1 hides the banner (for an iframe).
(async function () {
  'use strict';
  const params = new URLSearchParams(window.location.search);
  const language = params.get('lang') === 'en' ? 'en' : 'fr';
  if (params.get('embed') === '1') {
    document.body.classList.add('embed');
  }

  const strings = (await (await fetch('strings.json')).json())[language];
  document.documentElement.lang = language;
  document.title = strings.title;
  document.getElementById('tagline').textContent = strings.tagline;
  const host = document.getElementById('webchat');
  host.setAttribute('aria-label', strings.chatLabel);

  // The same visitor keeps the same user id, so the bot's user state (their roadmap, their language) follows them.
  const userId = window.localStorage.getItem('careerbot.userId') || `dl_${newId()}`;
  window.localStorage.setItem('careerbot.userId', userId);

  let session;
  try {
    const response = await fetch('api/directline/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: { id: userId } }),
    });
    if (!response.ok) {
      throw new Error(`HTTP ${response.status}`);
    }
    session = await response.json();
  } catch (error) {
    const status = document.getElementById('status');
    status.textContent = strings.connectionError;
    status.hidden = false;
    console.error('CareerBot: no Direct Line token', error);
    return;
  }

  window.WebChat.renderWebChat(
    {
      directLine: window.WebChat.createDirectLine({ token: session.token, domain: session.domain, webSocket: true }),
      userID: userId,
      username: strings.userName,
      locale: language === 'en' ? 'en-US' : 'fr-FR',
      styleOptions: {
        accent: '#1f3a93',
        botAvatarImage: 'careerbot-avatar.svg',
        botAvatarInitials: 'CB',
        userAvatarInitials: language === 'en' ? 'You' : 'Vous',
        bubbleBorderRadius: 10,
        bubbleFromUserBackground: '#e6ecfb',
        bubbleFromUserBorderRadius: 10,
        suggestedActionLayout: 'flow',
        suggestedActionBorderRadius: 16,
        hideUploadButton: true,
        sendBoxButtonColor: '#1f3a93',
      },
    },
    host,
  );
  host.querySelector('[data-id="webchat-sendbox-input"], input, textarea')?.focus();

  function newId() {
    return window.crypto?.randomUUID ? window.crypto.randomUUID() : `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  }
})();
