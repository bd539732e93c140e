// One message as the Slack client shows it: author, time, Block Kit (or text), files,
// "Only visible to you" for ephemerals, the reply count, and the hover actions.
import { renderBlocks } from './block-kit.js';
import { escapeHtml, mrkdwn } from './mrkdwn.js';

const REPLY_ICON = '<svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true"><path d="M3 4h14v9H8l-4 3v-3H3z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round"/></svg>';
const time = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

/** `seenAt` is when the page first saw the message (the emulator's ts are not wall-clock times). */
export function messageHtml(message, { names, seenAt, replies = 0, inThread = false }) {
  const fromApp = Boolean(message.bot_id) || message.user === 'USLACKBOT';
  const author = message.bot_id ? names[message.user] ?? 'Newsdesk' : names[message.user] ?? message.user;
  const content = message.blocks?.length ? renderBlocks(message.blocks, names) : mrkdwn(message.text, names);
  const files = (message.files ?? [])
    .map((f) => `<div class="file"><span class="file-icon">${escapeHtml(f.filetype || 'file')}</span><span class="file-name">${escapeHtml(f.name)}</span><span class="file-size">${size(f.size)}</span></div>`)
    .join('');
  const ephemeral = message.ephemeral_to ? '<div class="ephemeral-note">Only visible to you</div>' : '';
  const replyLink = replies ? `<button type="button" class="replies-link" data-thread="${escapeHtml(message.ts)}">${replies} ${replies === 1 ? 'reply' : 'replies'}</button>` : '';
  // Slack offers no shortcuts on ephemeral messages.
  const actions = message.ephemeral_to
    ? ''
    : `<div class="message-actions">${inThread ? '' : `<button type="button" class="act-reply" title="Reply in thread" aria-label="Reply in thread">${REPLY_ICON}</button>`}<button type="button" class="act-more" title="More actions" aria-label="More actions">⋮</button></div>`;
  return `<article class="message${message.ephemeral_to ? ' ephemeral' : ''}" data-ts="${escapeHtml(message.ts)}">
    <div class="avatar${fromApp ? ' app' : ''}">${escapeHtml(author.slice(0, 1).toUpperCase())}</div>
    <div class="message-body">
      <div class="meta"><span class="author">${escapeHtml(author)}</span>${message.bot_id ? '<span class="app-badge">APP</span>' : ''}<span class="time">${time.format(seenAt)}</span></div>
      <div class="content">${content}</div>${files}${ephemeral}${replyLink}
    </div>${actions}
  </article>`;
}

function size(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
