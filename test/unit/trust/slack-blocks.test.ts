import { describe, expect, it } from 'vitest';
import { answerOfButton, checkedLine, reviewActions, withSignOffs } from '../../../src/trust/slack-blocks.js';
import { contextBlock, disclosureBlock } from '../../../src/slack/blocks.js';

const summary = { kind: 'summary', articleId: 'a1', engine: 'llm' as const, model: 'gpt-4o-mini' };
const actionIds = (block: ReturnType<typeof reviewActions>) => (block as { elements: Array<{ action_id: string }> }).elements.map((e) => e.action_id);

describe('review blocks', () => {
  it('offers the sign-off on copy-ready kinds and only 👍/👎 on a plain answer; "Show unchecked draft" while held', () => {
    expect(actionIds(reviewActions(summary))).toEqual(['review_sign_off', 'review_rate_up', 'review_rate_down']);
    expect(actionIds(reviewActions({ ...summary, kind: 'answer' }))).toEqual(['review_rate_up', 'review_rate_down']);
    expect(actionIds(reviewActions({ ...summary, kind: 'translation' }, { held: true }))).toEqual([
      'review_show_draft',
      'review_sign_off',
      'review_rate_up',
      'review_rate_down',
    ]);
  });

  it('reads back what a button carries, and nothing from a value that is not one of its own', () => {
    const button = (reviewActions(summary) as { elements: Array<{ value: string }> }).elements[0]!;
    expect(answerOfButton(button.value)).toEqual(summary);
    expect(answerOfButton('a1b2c3')).toBeUndefined();
    expect(answerOfButton(JSON.stringify({ kind: 'summary', engine: 'gpt' }))).toBeUndefined();
    expect(answerOfButton(undefined)).toBeUndefined();
  });

  it('names everyone who checked, with a time each reader sees in their own zone', () => {
    const line = checkedLine([
      { userId: 'U1', at: '2026-11-30T14:05:09.000Z' },
      { userId: 'U2', at: '2026-11-30T14:07:00.000Z' },
    ]);
    expect(line).toBe(':white_check_mark: Checked by <@U1> at <!date^1796047509^{time}|14:05 UTC>, <@U2> at <!date^1796047620^{time}|14:07 UTC>');
  });

  it('puts one "Checked by" line above the buttons, keeps the disclosure, and drops "Show unchecked draft"', () => {
    const engine = { kind: 'llm' as const, model: 'gpt-4o-mini' };
    const blocks = [disclosureBlock(engine), contextBlock('AI draft · 120 tokens'), reviewActions({ ...summary, kind: 'translation' }, { held: true })];
    const once = withSignOffs(blocks, [{ userId: 'U1', at: '2026-11-30T14:05:00.000Z' }]);
    const twice = withSignOffs(once, [
      { userId: 'U1', at: '2026-11-30T14:05:00.000Z' },
      { userId: 'U2', at: '2026-11-30T14:06:00.000Z' },
    ]);
    expect(twice.slice(0, 2)).toEqual(blocks.slice(0, 2));
    expect(twice).toHaveLength(4);
    expect(JSON.stringify(twice[2])).toMatch(/Checked by <@U1> at .*, <@U2> at /);
    expect(actionIds(twice[3] as ReturnType<typeof reviewActions>)).toEqual(['review_sign_off', 'review_rate_up', 'review_rate_down']);
  });
});
