import { readFileSync } from 'node:fs';

/**
 * `node --import tsx bench/profile-top.ts profile.cpuprofile [count]`: the profile's top entries by
 * self time, grouped by package (node_modules/<name>) or by Newsdesk source file, then by function.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, countArg] = process.argv.slice(2);
if (!file) throw new Error('usage: bench/profile-top.ts <file.cpuprofile> [count]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfMs = new Map<number, number>();
profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));

/** Where a frame's code lives: a package, a Newsdesk file, node's own code, or V8 (GC, idle). */
function owner(url: string): string {
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1]!;
  const own = url.match(/\/((?:src|test|bench|dist)\/.*)$/);
  if (own) return own[1]!;
  if (url.startsWith('node:')) return 'node';
  return url === '' ? '(v8)' : url;
}

const totals = new Map<string, number>();
const functions = new Map<string, number>();
let all = 0;
for (const [id, ms] of selfMs) {
  const { callFrame } = byId.get(id)!;
  if (callFrame.functionName === '(idle)') continue;
  all += ms;
  const where = owner(callFrame.url);
  totals.set(where, (totals.get(where) ?? 0) + ms);
  const fn = `${callFrame.functionName || '(anonymous)'} ${where}:${callFrame.lineNumber + 1}`;
  functions.set(fn, (functions.get(fn) ?? 0) + ms);
}
const top = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(countArg ?? 15));
console.log(`busy ${all.toFixed(0)} ms (idle left out)\n\nby package or file`);
for (const [where, ms] of top(totals)) console.log(`${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / all).toFixed(1).padStart(5)}%  ${where}`);
console.log('\nby function');
for (const [fn, ms] of top(functions)) console.log(`${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / all).toFixed(1).padStart(5)}%  ${fn}`);
