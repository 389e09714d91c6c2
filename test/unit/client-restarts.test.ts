// The client's bounded restart of a crashed server.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RestartPolicy } from '../../client/src/restarts';

test('a crashed server is restarted at most max times within the window', () => {
  const p = new RestartPolicy(3, 1000);
  assert.deepEqual([0, 10, 20, 30].map((t) => p.crashed(t)), [true, true, true, false]);
  // Crashes older than the window no longer count.
  // At 1025 the crashes at 0, 10 and 20 are out of the window: 30, 1025 count.
  assert.equal(p.crashed(1025), true);
  assert.equal(p.crashed(1026), true);
  assert.equal(p.crashed(1027), false);
  p.reset();
  assert.equal(p.crashed(1028), true);
});
