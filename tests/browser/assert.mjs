// Small assertion helpers for the browser suite (node:assert with messages that name the page state).
import assert from 'node:assert/strict';

export { assert };

/** Fails when the page logged errors or asked another origin for anything. */
export function assertClean(problems, where) {
  assert.deepEqual(problems.pageErrors, [], `${where}: uncaught page errors`);
  assert.deepEqual(problems.consoleErrors, [], `${where}: console errors`);
  assert.deepEqual(problems.offsiteRequests, [], `${where}: requests to other origins`);
}
