import { afterEach, describe, expect, it } from 'vitest';
import { fixture } from '../support/fixtures.js';
import { mention, replyIn, scriptModel, summarizeInChannel, russiaSummary } from '../support/conversation.js';
import { startNewsdesk, type RunningNewsdesk } from '../support/newsdesk.js';
import { taskOf, type ChatRequest } from '../support/openai-emulator.js';
import type { SlackCall } from '../support/slack-emulator.js';
import { homeButtonPress, TEAM_ID, viewSubmission } from '../support/slack-requests.js';
import { EDIT_SETTINGS_ACTION } from '../../src/home/slack-home-view.js';
import { eventually } from '../support/eventually.js';

type Block = { type: string; text?: { text: string }; elements?: Array<{ text: string }> };
const blocksOf = (call: SlackCall) => call.args.blocks as Block[];
const contextLines = (call: SlackCall) => blocksOf(call).filter((b) => b.type === 'context').flatMap((b) => b.elements!.map((e) => e.text));
const sectionIndex = (call: SlackCall, text: string) => blocksOf(call).findIndex((b) => b.type === 'section' && b.text!.text.includes(text));
const contextIndex = (call: SlackCall, text: string) => blocksOf(call).findIndex((b) => b.type === 'context' && b.elements!.some((e) => e.text.includes(text)));

const russiaEnglish = JSON.parse(fixture('translation-en-russia-diplomacy.json')) as { headline: string; paragraphs: Array<{ id: string; text: string }> };
/** Answers a translation request with the paragraphs it asks for. */
const translation = (request: ChatRequest) => {
  const wanted = /Translate exactly these paragraphs: ([^.]+)\./.exec(request.messages.at(-1)!.content)![1]!.split(', ');
  return { headline: russiaEnglish.headline, paragraphs: russiaEnglish.paragraphs.filter((p) => wanted.includes(p.id)) };
};

describe('every answer says what it is', () => {
  let nd: RunningNewsdesk;
  afterEach(async () => {
    await nd.stop();
  });

  it("labels a model's summary as an AI draft of Newsdesk with the model's name, to check before use", async () => {
    nd = await startNewsdesk();
    scriptModel(nd.openai!, { summary: russiaSummary });
    await summarizeInChannel(nd);
    const summary = nd.slack.callsTo('chat.postMessage')[0]!;
    expect(contextLines(summary)).toContainEqual(expect.stringMatching(/^AI draft · Newsdesk · model test-model · check before use · \d+ tokens/));
  });

  it("uses the newsroom's own wording from AI_DISCLOSURE, still naming the model", async () => {
    nd = await startNewsdesk({ env: { AI_DISCLOSURE: 'Draf AI ({model}) · wajib diperiksa redaktur' } });
    scriptModel(nd.openai!, { summary: russiaSummary });
    await summarizeInChannel(nd);
    const summary = nd.slack.callsTo('chat.postMessage')[0]!;
    expect(contextLines(summary)).toContainEqual(expect.stringMatching(/^Draf AI \(test-model\) · wajib diperiksa redaktur · \d+ tokens/));
    expect(JSON.stringify(summary.args.blocks)).not.toContain('AI draft');
  });

  it("takes a workspace's own label from its settings in the Home tab, over AI_DISCLOSURE, at once", async () => {
    nd = await startNewsdesk({ env: { AI_DISCLOSURE: 'KI-Entwurf · {model} · prüfen' } });
    scriptModel(nd.openai!, { summary: russiaSummary });
    nd.slack.addUser({ id: 'UEDITOR', teamId: TEAM_ID, isAdmin: true });

    const before = nd.slack.views.length;
    await nd.send.interaction(homeButtonPress(EDIT_SETTINGS_ACTION, 'UEDITOR'));
    const modal = (await eventually(() => nd.slack.views.slice(before).find((v) => v.type === 'modal'))).view;
    // The form shows the label in force: the environment's, until the workspace sets its own.
    expect(JSON.stringify(modal.blocks)).toContain('KI-Entwurf · {model} · prüfen');
    const saved = await nd.send.interaction(viewSubmission(modal, 'UEDITOR', { ai_disclosure: { value: 'Draf AI Newsdesk ({model}) · wajib diperiksa redaktur' } }));
    expect(saved.status).toBe(200);

    await summarizeInChannel(nd);
    const summary = nd.slack.callsTo('chat.postMessage')[0]!;
    expect(contextLines(summary)).toContainEqual(expect.stringMatching(/^Draf AI Newsdesk \(test-model\) · wajib diperiksa redaktur · \d+ tokens/));
    expect(await nd.services.settings.changes(TEAM_ID)).toEqual([{ by: 'UEDITOR', at: expect.any(String), what: 'AI-draft label' }]);
  });

  it('says an offline answer is extracted from the article', async () => {
    nd = await startNewsdesk({ offline: true });
    await summarizeInChannel(nd);
    const summary = nd.slack.callsTo('chat.postMessage')[0]!;
    expect(contextLines(summary)).toContainEqual(expect.stringMatching(/^Extracted from the article · Newsdesk · offline extractive engine · no model configured/));
    expect(JSON.stringify(summary.args.blocks)).not.toContain('AI draft');
  });

  it('repeats the disclosure right above copy-ready headline options and under a translation\'s headline', async () => {
    nd = await startNewsdesk();
    const headlines = ['Rusia pilih jalur diplomasi', 'Lavrov sarankan Putin lanjutkan diplomasi', 'AS pindahkan kedutaan ke Lviv'];
    scriptModel(nd.openai!, { summary: russiaSummary, headlines: { headlines }, translation });
    const root = await summarizeInChannel(nd);

    await mention(nd, 'usulan judul', { threadTs: root });
    const options = await replyIn(nd, root, 0);
    const above = contextIndex(options, 'AI draft · Newsdesk · model test-model · check before use');
    expect(above).toBeGreaterThanOrEqual(0);
    expect(above).toBeLessThan(sectionIndex(options, `1. ${headlines[0]}`));

    await mention(nd, 'translate to English', { threadTs: root });
    const translated = await nd.slack.waitFor('chat.postMessage', (call) => call.args.thread_ts === root && call.args.blocks?.[0]?.text?.text === russiaEnglish.headline);
    expect(contextIndex(translated, 'AI draft · Newsdesk · model test-model · check before use')).toBe(1);
    expect(nd.openai!.requests.some((r) => taskOf(r) === 'translation')).toBe(true);
  });
});
