import type { ThreadContext, ThreadRef, ThreadStore } from '../store/threads.js';

/**
 * Counts a follow-up against its thread's cap (MAX_TURNS_PER_THREAD); false, with nothing
 * counted, when the thread has had its share. Every follow-up sends the article to the model
 * again, so a thread that never ends would cost without end; a new thread starts afresh.
 */
export async function countFollowUp(threads: ThreadStore, thread: ThreadRef, context: ThreadContext, cap: number): Promise<boolean> {
  let counted = false;
  await threads.updateThread(thread, context, (current) => {
    const answered = current.followUps ?? 0;
    if (answered >= cap) return current;
    counted = true;
    return { ...current, followUps: answered + 1 };
  });
  return counted;
}
