// A modal the app opens (views.open), as the Slack client shows it: its input blocks, Cancel and
// Submit. Submitting sends what the person entered, in Slack's view.state.values shape.
import { post } from './api.js';
import { escapeHtml } from './mrkdwn.js';

/** The HTML of one input block: radio buttons or a text field, the two kinds Newsdesk's forms use. */
function inputHtml(block) {
  const { element } = block;
  const label = `<div class="modal-label">${escapeHtml(block.label.text)}${block.optional ? ' <span class="muted">(optional)</span>' : ''}</div>`;
  if (element.type === 'radio_buttons') {
    const options = element.options
      .map((option) => `<label class="modal-option"><input type="radio" name="${escapeHtml(block.block_id)}" value="${escapeHtml(option.value)}"${block.optional ? '' : ' required'}> ${escapeHtml(option.text.text)}</label>`)
      .join('');
    return `<fieldset class="modal-input">${label}${options}</fieldset>`;
  }
  const maxLength = element.max_length ? ` maxlength="${element.max_length}"` : '';
  return `<label class="modal-input">${label}<textarea name="${escapeHtml(block.block_id)}" rows="${element.multiline ? 4 : 1}"${maxLength}></textarea></label>`;
}

/** What the person entered, by block and action id, as Slack sends it in a view_submission. */
function stateValues(view, form) {
  const values = {};
  for (const block of view.blocks.filter((b) => b.type === 'input')) {
    const { action_id, type, options } = block.element;
    const entered = new FormData(form).get(block.block_id);
    values[block.block_id] = {
      [action_id]:
        type === 'radio_buttons'
          ? { type, selected_option: options.find((option) => option.value === entered) ?? null }
          : { type, value: entered ? String(entered) : null },
    };
  }
  return values;
}

export function showModal(view) {
  const dialog = document.createElement('dialog');
  dialog.className = 'modal';
  dialog.innerHTML = `<form method="dialog">
      <h2>${escapeHtml(view.title.text)}</h2>
      ${view.blocks.filter((b) => b.type === 'input').map(inputHtml).join('')}
      <div class="modal-buttons">
        <button type="button" value="cancel">${escapeHtml(view.close?.text ?? 'Cancel')}</button>
        <button type="submit" class="primary">${escapeHtml(view.submit?.text ?? 'Submit')}</button>
      </div>
    </form>`;
  const form = dialog.querySelector('form');
  dialog.querySelector('button[value=cancel]').addEventListener('click', () => dialog.close());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const answer = await post('/api/view', { id: view.id, values: stateValues(view, form) });
    if (answer?.ok) dialog.close();
  });
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
}
