// The playground page: #newsroom as the Slack client shows it, kept current by server-sent
// events from the emulated workspace; a thread opens beside the channel.
import { get, post } from './api.js';
import { createComposer } from './composer.js';
import { messageHtml } from './message-view.js';
import { showModal } from './modal.js';
import { escapeHtml } from './mrkdwn.js';

const workspace = await get('/api/workspace');
const names = { [workspace.bot.id]: workspace.bot.name, [workspace.person.id]: 'you', USLACKBOT: 'Slackbot' };
const messages = new Map();
const seenAt = new Map();
let openThread;

for (const el of document.querySelectorAll('[data-bind=channel]')) el.textContent = workspace.channel.name;
for (const el of document.querySelectorAll('[data-bind=engine]')) el.textContent = workspace.engine;

const channelList = document.getElementById('channel-messages');
const threadPane = document.getElementById('thread');
const threadList = document.getElementById('thread-messages');
const menu = document.getElementById('message-menu');
const channelComposer = createComposer(document.getElementById('channel-composer'), {
  placeholder: `Message #${workspace.channel.name} — /summarize, a link, @Newsdesk…`,
  commands: workspace.commands,
  threadTs: () => undefined,
});
const threadComposer = createComposer(document.getElementById('thread-composer'), {
  placeholder: 'Reply… (@Newsdesk and a question)',
  commands: workspace.commands,
  threadTs: () => openThread,
});

const stream = new EventSource('/api/stream');
stream.addEventListener('message', (event) => {
  const message = JSON.parse(event.data);
  if (!seenAt.has(message.ts)) seenAt.set(message.ts, new Date());
  messages.set(message.ts, message);
  scheduleRender();
});
stream.addEventListener('modal', (event) => showModal(JSON.parse(event.data)));
stream.addEventListener('delete', (event) => {
  messages.delete(JSON.parse(event.data).ts);
  scheduleRender();
});

let renderQueued = false;
function scheduleRender() {
  if (renderQueued) return;
  renderQueued = true;
  requestAnimationFrame(() => {
    renderQueued = false;
    render();
  });
}

const byTs = (a, b) => Number(a.ts) - Number(b.ts);
const isReply = (m) => m.thread_ts && m.thread_ts !== m.ts;

function render() {
  const all = [...messages.values()].sort(byTs);
  const replies = new Map();
  for (const m of all.filter(isReply)) replies.set(m.thread_ts, (replies.get(m.thread_ts) ?? 0) + 1);
  const view = (m, options) => messageHtml(m, { names, seenAt: seenAt.get(m.ts), ...options });

  keepingScroll(channelList, () => {
    document.getElementById('intro').hidden = all.length > 0;
    channelList.querySelectorAll('.message').forEach((el) => el.remove());
    channelList.insertAdjacentHTML('beforeend', all.filter((m) => !isReply(m)).map((m) => view(m, { replies: replies.get(m.ts) })).join(''));
  });

  const parent = openThread && messages.get(openThread);
  threadPane.hidden = !parent;
  document.body.classList.toggle('thread-open', Boolean(parent));
  if (!parent) return;
  keepingScroll(threadList, () => {
    const thread = all.filter((m) => isReply(m) && m.thread_ts === openThread);
    threadList.innerHTML = [
      view(parent, { inThread: true }),
      `<div class="reply-count">${thread.length} ${thread.length === 1 ? 'reply' : 'replies'}</div>`,
      ...thread.map((m) => view(m, { inThread: true })),
    ].join('');
  });
}

/** New messages scroll into view, unless the person has scrolled up to read. */
function keepingScroll(list, change) {
  const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
  change();
  if (atBottom) list.scrollTop = list.scrollHeight;
}

function showThread(ts) {
  openThread = ts;
  render();
  threadList.scrollTop = threadList.scrollHeight;
  threadComposer.focus();
}

document.getElementById('close-thread').addEventListener('click', () => {
  openThread = undefined;
  render();
});

document.getElementById('sample').addEventListener('click', async () => {
  const { text } = await get('/api/sample-article');
  channelComposer.fill(`/summarize ${text}`);
});

// One listener for every message's controls, wherever the message is shown.
document.addEventListener('click', (event) => {
  const target = event.target;
  const ts = target.closest('.message')?.dataset.ts;
  if (!target.closest('#message-menu') && !target.closest('.act-more')) menu.hidden = true;

  const button = target.closest('.bk-button');
  if (button && ts) return post('/api/action', { ts, action_id: button.dataset.actionId, block_id: button.dataset.blockId || undefined });
  const repliesLink = target.closest('.replies-link');
  if (repliesLink) return showThread(repliesLink.dataset.thread);
  if (target.closest('.act-reply') && ts) return showThread(ts);
  if (target.closest('.act-more') && ts) return openMenu(target.closest('.act-more'), ts);
  const item = target.closest('#message-menu [data-callback-id]');
  if (item) {
    menu.hidden = true;
    return post('/api/shortcut', { ts: menu.dataset.ts, callback_id: item.dataset.callbackId });
  }
  if (target.closest('#message-menu [data-reply]')) {
    menu.hidden = true;
    showThread(messages.get(menu.dataset.ts)?.thread_ts ?? menu.dataset.ts);
  }
});

/** The message's "More actions" menu: the app's message shortcuts, as its manifest declares them. */
function openMenu(anchor, ts) {
  menu.dataset.ts = ts;
  menu.innerHTML = [
    ...workspace.shortcuts.map((s) => `<button type="button" role="menuitem" data-callback-id="${escapeHtml(s.callback_id)}">${escapeHtml(s.name)}<span>${escapeHtml(workspace.bot.name)}</span></button>`),
    '<button type="button" role="menuitem" data-reply>Reply in thread</button>',
  ].join('');
  const box = anchor.getBoundingClientRect();
  menu.hidden = false;
  menu.style.top = `${Math.min(box.bottom + 4, window.innerHeight - menu.offsetHeight - 8)}px`;
  menu.style.left = `${Math.max(8, box.right - menu.offsetWidth)}px`;
}
