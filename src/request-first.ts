/**
 * Work that can wait (a job resuming once the model, Slack or a worker thread has answered) resumes
 * one at a time, each on a turn of the event loop of its own, after the requests that are ready
 * then: Slack gives an acknowledgement 3 s, a job's answer has no such clock. In a burst, a request
 * arriving while jobs resume is acknowledged after at most one job's step, not after all of theirs.
 *
 * Among the waiting work, an article just read goes first: its next step is the model call, the
 * longest wait of a job, so in a burst the model calls go out while the answers that came back are
 * posted, instead of the last articles' calls waiting behind every answer before them. A command whose
 * answer is out goes last: its progress note's removal waits for the other journalists' answers
 * (command-runner.ts). What follow-ups need (the article's thread) is saved before that.
 */
const LANES_IN_ORDER = ['read', 'rest', 'answered'] as const;

/** What is resuming: an article read (its model call comes next), any other step, or a job whose answer is out. */
export type ResumingStep = (typeof LANES_IN_ORDER)[number];

const waiting: Record<ResumingStep, Array<() => void>> = { read: [], rest: [], answered: [] };
let scheduled = false;

export function afterReadyRequests(step: ResumingStep = 'rest'): Promise<void> {
  return new Promise((resolve) => {
    waiting[step].push(resolve);
    if (!scheduled) {
      scheduled = true;
      setImmediate(resumeOne);
    }
  });
}

/**
 * In the loop's check phase: one waiting piece of work resumes (its promise's continuation runs once
 * this callback returns), and the next waits for the following turn, whose poll phase takes the
 * requests that came in meanwhile.
 */
function resumeOne(): void {
  const lane = firstWaitingLane();
  if (lane) waiting[lane].shift()!();
  if (firstWaitingLane()) setImmediate(resumeOne);
  else scheduled = false;
}

function firstWaitingLane(): ResumingStep | undefined {
  return LANES_IN_ORDER.find((lane) => waiting[lane].length > 0);
}
