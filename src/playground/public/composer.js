// A message composer (the channel's and the thread's): Enter sends, Shift+Enter breaks the line,
// "/" suggests the app's commands, files are attached with + or dropped onto it. A file without
// a mention is not read by Newsdesk (as in Slack), so the composer says how to have it read.
import { post } from './api.js';
import { escapeHtml } from './mrkdwn.js';

/** `threadTs()` says where the composer posts: undefined for the channel, a ts for a thread. */
export function createComposer(slot, { placeholder, commands, threadTs }) {
  slot.append(document.getElementById('composer-template').content.cloneNode(true));
  const form = slot.querySelector('form');
  const textarea = form.querySelector('textarea');
  const hints = form.querySelector('.hints');
  const chips = form.querySelector('.chips');
  const fileInput = form.querySelector('input[type=file]');
  const fileHint = form.querySelector('.file-hint');
  textarea.placeholder = placeholder;
  let files = [];

  const grow = () => {
    textarea.style.height = 'auto';
    textarea.style.height = `${textarea.scrollHeight}px`;
  };
  const showHints = () => {
    const typed = textarea.value;
    const matching = /^\/\S*$/.test(typed) ? commands.filter((c) => c.command.startsWith(typed)) : [];
    hints.hidden = matching.length === 0;
    hints.innerHTML = matching
      .map((c) => `<button type="button" data-command="${escapeHtml(c.command)}"><strong>${escapeHtml(c.command)}</strong> ${escapeHtml(c.usage_hint ?? '')}<span>${escapeHtml(c.description)}</span></button>`)
      .join('');
  };
  const mentionsNewsdesk = (text) => /@newsdesk\b/i.test(text);
  // Shown while files wait without a mention, and after such files are sent, until the next keystroke.
  let sentUnread = false;
  const showFileHint = () => {
    fileHint.hidden = !sentUnread && (files.length === 0 || mentionsNewsdesk(textarea.value));
  };
  const showChips = () => {
    chips.innerHTML = files.map((f, i) => `<span class="chip">${escapeHtml(f.name)} <button type="button" data-remove="${i}" aria-label="Remove">✕</button></span>`).join('');
    showFileHint();
  };
  const attach = async (list) => {
    for (const file of list) {
      const headers = { 'content-type': file.type || 'application/octet-stream', 'x-file-name': encodeURIComponent(file.name) };
      const uploaded = await post('/api/files', file, headers);
      if (uploaded?.id) files.push(uploaded);
    }
    showChips();
  };

  textarea.addEventListener('input', () => {
    sentUnread = false;
    grow();
    showHints();
    showFileHint();
  });
  // An empty textarea's scrollHeight covers its placeholder, so a narrow window wraps it rather than cutting it.
  new ResizeObserver(() => grow()).observe(form);
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  hints.addEventListener('click', (event) => {
    const command = event.target.closest('[data-command]')?.dataset.command;
    if (!command) return;
    fill(`${command} `);
  });
  chips.addEventListener('click', (event) => {
    const index = event.target.closest('[data-remove]')?.dataset.remove;
    if (index === undefined) return;
    files.splice(Number(index), 1);
    showChips();
  });
  fileInput.addEventListener('change', () => attach([...fileInput.files]).then(() => (fileInput.value = '')));
  form.addEventListener('dragover', (event) => event.preventDefault());
  form.addEventListener('drop', (event) => {
    event.preventDefault();
    attach([...event.dataTransfer.files]);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = textarea.value.trim();
    if (!text && files.length === 0) return;
    const ids = files.map((f) => f.id);
    sentUnread = ids.length > 0 && !mentionsNewsdesk(text);
    files = [];
    fill('');
    showChips();
    post('/api/send', { text, thread_ts: threadTs(), files: ids });
  });

  function fill(text) {
    textarea.value = text;
    grow();
    showHints();
    textarea.focus();
  }
  return { fill, focus: () => textarea.focus() };
}
