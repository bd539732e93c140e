/**
 * Work that can wait (a job resuming once the model, Slack or a worker thread has answered) resumes
 * one at a time, each on a turn of the event loop of its own, after the requests that are ready
 * then: Slack gives an acknowledgement 3 s, a job's answer has no such clock. In a burst, a request
 * arriving while jobs resume is acknowledged after at most one job's step, not after all of theirs.
 */
const waiting: Array<() => void> = [];
let scheduled = false;

export function afterReadyRequests(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
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
  waiting.shift()?.();
  if (waiting.length) setImmediate(resumeOne);
  else scheduled = false;
}
