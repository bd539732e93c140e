// The playground server's API, as the page uses it. A failure is shown, never swallowed.

const toast = document.getElementById('toast');
let hideTimer;

export function showProblem(text) {
  toast.textContent = text;
  toast.hidden = false;
  clearTimeout(hideTimer);
  hideTimer = setTimeout(() => (toast.hidden = true), 8000);
}

/** POSTs JSON (or a file, with its headers) and returns the answer; shows what went wrong if anything did. */
export async function post(path, body, headers = { 'content-type': 'application/json' }) {
  try {
    const response = await fetch(path, { method: 'POST', headers, body: body instanceof Blob ? body : JSON.stringify(body) });
    const answer = await response.json();
    if (!response.ok) showProblem(`The playground could not do that: ${answer.error ?? response.status}`);
    // A delivery the app refused (e.g. HTTP 500) is what Slack would show as a failed request.
    else if (answer.ok === false) showProblem(`Newsdesk answered HTTP ${answer.status}; Slack would show this request as failed.`);
    return answer;
  } catch (error) {
    showProblem(`The playground server is not answering (${error.message}). Is npm run playground still running?`);
    return undefined;
  }
}

export async function get(path) {
  return (await fetch(path)).json();
}
