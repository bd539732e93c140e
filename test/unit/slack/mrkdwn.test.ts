import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, notificationText, splitText } from '../../../src/slack/mrkdwn.js';
import { headerBlock } from '../../../src/slack/blocks.js';

describe('splitText', () => {
  const paragraph = (n: number) => `Paragraph ${n} ${'word '.repeat(120).trim()}.`;

  it('keeps every character, in order, in pieces within the limit', () => {
    const text = Array.from({ length: 12 }, (_, i) => paragraph(i)).join('\n\n');
    const pieces = splitText(text, 3000);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(3000);
    expect(pieces.join(' ').replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
  });

  it('cuts at paragraph breaks when there are some', () => {
    const text = [paragraph(1), paragraph(2), paragraph(3)].join('\n\n');
    expect(splitText(text, 1000)).toEqual([paragraph(1), paragraph(2), paragraph(3)]);
  });

  it('splits a single unbroken run rather than dropping any of it', () => {
    const text = 'x'.repeat(7000);
    expect(splitText(text, 3000).join('')).toBe(text);
  });
});

describe('escapeMrkdwn', () => {
  it('escapes the characters Slack treats as markup', () => {
    expect(escapeMrkdwn('<!channel> & <@U1>')).toBe('&lt;!channel&gt; &amp; &lt;@U1&gt;');
  });
});

describe('notificationText', () => {
  it('makes article and model words inert', () => {
    expect(notificationText('<!channel> & <@U1> <http://evil.example|click>')).toBe('&lt;!channel&gt; &amp; &lt;@U1&gt; &lt;http://evil.example|click&gt;');
  });

  it('shortens a text beyond Slack\'s 40,000 characters without leaving half an entity', () => {
    const text = notificationText(`${'a'.repeat(39_997)}&&&&`);
    expect(text.length).toBeLessThanOrEqual(40_000);
    expect(text).toMatch(/a…$/);
  });
});

describe('headerBlock', () => {
  it('shows a title too long for any header or section shortened, in a bold section Slack accepts', () => {
    const block = headerBlock('<b> '.repeat(2000)) as { type: string; text: { text: string } };
    expect(block.type).toBe('section');
    expect(block.text.text.length).toBeLessThanOrEqual(3000);
    expect(block.text.text).toMatch(/^\*&lt;b&gt; .*…\*$/);
  });
});
