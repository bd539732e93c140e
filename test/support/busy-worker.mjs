// A pool task for tests: holds its worker thread for `ms`, as a long check would, and returns its label.
export default function busy({ ms, label }) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  return label;
}
