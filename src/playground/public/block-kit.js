// Block Kit to HTML, close to what the Slack client shows. Interactive elements carry their
// action_id and block_id so a click can be sent to the app as Slack would send it.
import { escapeHtml, emojify, link, mrkdwn, plain } from './mrkdwn.js';

/** `names` maps user ids to display names, for mentions. */
export function renderBlocks(blocks, names) {
  return blocks.map((block) => renderBlock(block, names)).join('');
}

function renderBlock(block, names) {
  switch (block.type) {
    case 'header':
      return `<div class="bk-header">${plain(block.text?.text)}</div>`;
    case 'section': {
      const fields = block.fields?.length ? `<div class="bk-fields">${block.fields.map((f) => `<div>${text(f, names)}</div>`).join('')}</div>` : '';
      const accessory = block.accessory ? `<div class="bk-accessory">${element(block.accessory, block.block_id)}</div>` : '';
      return `<div class="bk-section"><div class="bk-section-text">${text(block.text, names)}${fields}</div>${accessory}</div>`;
    }
    case 'context':
      return `<div class="bk-context">${(block.elements ?? [])
        .map((e) => (e.type === 'image' ? `<span class="bk-image-alt">[${escapeHtml(e.alt_text ?? 'image')}]</span>` : `<span>${text(e, names)}</span>`))
        .join('')}</div>`;
    case 'divider':
      return '<hr class="bk-divider">';
    case 'actions':
      return `<div class="bk-actions">${(block.elements ?? []).map((e) => element(e, block.block_id)).join('')}</div>`;
    case 'image':
      // The playground loads nothing from the network: the picture is shown by its description.
      return `<div class="bk-image-alt">[image: ${escapeHtml(block.alt_text ?? block.title?.text ?? '')}]</div>`;
    case 'rich_text':
      return `<div class="bk-rich">${(block.elements ?? []).map((e) => richElement(e, names)).join('')}</div>`;
    default:
      return `<div class="bk-unsupported">This content can't be displayed (${escapeHtml(block.type)} block).</div>`;
  }
}

function text(object, names) {
  if (!object) return '';
  return object.type === 'mrkdwn' ? mrkdwn(object.text, names) : `<div class="line">${plain(object.text)}</div>`;
}

function element(e, blockId) {
  if (e.type !== 'button') return `<span class="bk-unsupported">[${escapeHtml(e.type)}]</span>`;
  const style = e.style ? ` bk-${escapeHtml(e.style)}` : '';
  return `<button type="button" class="bk-button${style}" data-action-id="${escapeHtml(e.action_id ?? '')}" data-block-id="${escapeHtml(blockId ?? '')}">${plain(e.text?.text)}</button>`;
}

function richElement(e, names) {
  switch (e.type) {
    case 'rich_text_section':
      return `<div class="line">${richInline(e.elements, names)}</div>`;
    case 'rich_text_list': {
      const tag = e.style === 'ordered' ? 'ol' : 'ul';
      return `<${tag}>${(e.elements ?? []).map((item) => `<li>${richInline(item.elements, names)}</li>`).join('')}</${tag}>`;
    }
    case 'rich_text_quote':
      return `<blockquote>${richInline(e.elements, names)}</blockquote>`;
    case 'rich_text_preformatted':
      return `<pre>${(e.elements ?? []).map((x) => escapeHtml(x.text ?? x.url ?? '')).join('')}</pre>`;
    default:
      return '';
  }
}

function richInline(elements = [], names) {
  return elements
    .map((e) => {
      const html =
        e.type === 'text' ? emojify(escapeHtml(e.text)).replace(/\n/g, '<br>')
        : e.type === 'link' && /^(https?:|mailto:)/i.test(e.url) ? link(e.url, e.text ?? e.url)
        : e.type === 'user' ? `<span class="mention">@${escapeHtml(names[e.user_id] ?? e.user_id)}</span>`
        : e.type === 'channel' ? `<span class="mention">#${escapeHtml(e.channel_id)}</span>`
        : e.type === 'emoji' ? emojify(`:${escapeHtml(e.name)}:`)
        : '';
      const style = e.style ?? {};
      return [['bold', 'strong'], ['italic', 'em'], ['strike', 'del'], ['code', 'code']].reduce(
        (inner, [key, tag]) => (style[key] ? `<${tag}>${inner}</${tag}>` : inner),
        html,
      );
    })
    .join('');
}
