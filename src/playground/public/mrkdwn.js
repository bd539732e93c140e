// Slack's mrkdwn to HTML, as the Slack client shows it: *bold*, _italic_, ~strike~, `code`,
// ```pre```, > quotes, • bullets, <url|links>, <@U…> mentions and a few :emoji:.
// Text from Slack arrives with &, < and > escaped; everything is HTML-escaped again before display.

const EMOJI = {
  warning: '⚠️', white_check_mark: '✅', heavy_check_mark: '✔️', x: '❌', mag: '🔍', speech_balloon: '💬',
  newspaper: '📰', globe_with_meridians: '🌐', hourglass: '⌛', hourglass_flowing_sand: '⏳', memo: '📝',
  robot_face: '🤖', information_source: 'ℹ️', link: '🔗', page_facing_up: '📄', bulb: '💡', question: '❓',
  no_entry: '⛔', lock: '🔒', eyes: '👀', thinking_face: '🤔', bar_chart: '📊', scroll: '📜', pushpin: '📌',
};

export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

export function emojify(html) {
  return html.replace(/:([a-z0-9_+-]+):/g, (code, name) => EMOJI[name] ?? code);
}

const unescapeSlack = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Plain text (plain_text objects, user names): escaped, with emoji. */
export function plain(text) {
  return emojify(escapeHtml(text ?? ''));
}

/** `names` maps user ids to display names, for <@U…> mentions. */
export function mrkdwn(text, names = {}) {
  return String(text ?? '')
    .split('```')
    .map((part, index) => (index % 2 ? `<pre>${escapeHtml(unescapeSlack(part.replace(/^\n/, '')))}</pre>` : lines(part, names)))
    .join('');
}

function lines(text, names) {
  const out = [];
  let bullets = [];
  const flush = () => {
    if (bullets.length) out.push(`<ul>${bullets.map((item) => `<li>${item}</li>`).join('')}</ul>`);
    bullets = [];
  };
  for (const line of text.split('\n')) {
    const bullet = /^\s*[•◦▪-]\s+(.*)$/.exec(line);
    if (bullet) {
      bullets.push(inline(bullet[1], names));
      continue;
    }
    flush();
    // Slack takes a quote mark as sent raw or escaped.
    const quote = /^(?:&gt;|>)\s?(.*)$/.exec(line);
    out.push(quote ? `<blockquote>${inline(quote[1], names)}</blockquote>` : `<div class="line">${inline(line, names) || '<br>'}</div>`);
  }
  flush();
  return out.join('');
}

function inline(text, names) {
  // Code spans and <…> entities are set aside first, so formatting marks inside them stay literal.
  const kept = [];
  const keep = (html) => `\u0000${kept.push(html) - 1}\u0000`;
  let html = text
    .replace(/`([^`\n]+)`/g, (_, code) => keep(`<code>${escapeHtml(unescapeSlack(code))}</code>`))
    .replace(/<([^<>\s][^<>]*)>/g, (_, inner) => keep(entity(inner, names)));
  html = escapeHtml(unescapeSlack(html))
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?!\w)/g, '$1<strong>$2</strong>')
    .replace(/(^|[^\w_])_(?=\S)([^_\n]*?\S)_(?!\w)/g, '$1<em>$2</em>')
    .replace(/(^|[^\w~])~(?=\S)([^~\n]*?\S)~(?!\w)/g, '$1<del>$2</del>');
  return emojify(html).replace(/\u0000(\d+)\u0000/g, (_, index) => kept[Number(index)]);
}

/** <https://…|label>, <@U123>, <#C123|name>, <!here>, <!date^…|fallback>. */
function entity(inner, names) {
  const bar = inner.indexOf('|');
  const target = bar < 0 ? inner : inner.slice(0, bar);
  const label = bar < 0 ? undefined : unescapeSlack(inner.slice(bar + 1));
  if (target.startsWith('@')) return `<span class="mention">@${escapeHtml(label ?? names[target.slice(1)] ?? target.slice(1))}</span>`;
  if (target.startsWith('#')) return `<span class="mention">#${escapeHtml(label ?? target.slice(1))}</span>`;
  if (target.startsWith('!')) return `<span class="mention">${escapeHtml(label ?? `@${target.slice(1).split('^')[0]}`)}</span>`;
  if (/^(https?:|mailto:)/i.test(target)) return link(unescapeSlack(target), label ?? unescapeSlack(target));
  return escapeHtml(`<${unescapeSlack(inner)}>`);
}

export function link(url, label) {
  return `<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(label)}</a>`;
}
