// Where the JS heap is: a CDP heap snapshot summed by what V8 calls each
// object, so bench:soak can say how much of a heap's growth is compiled code
// (what V8's optimising compilers add as functions warm up) and how much is
// everything else (the app's data, the strings, the DOM wrappers).
//
// Blink's own objects (snapshot type "native") are left out: CDP's
// Runtime.getHeapUsage, which the soak's budget reads, does not count them.

/** V8's code objects and what belongs only to them (machine code, relocation, deoptimisation data). */
const COMPILED = new Set([
  'system / InstructionStream', 'system / Code', 'system / TrustedByteArray',
  'system / ProtectedFixedArray', 'system / TrustedWeakFixedArray', 'system / DeoptimizationData',
]);

/**
 * Takes a heap snapshot over `cdp` (after a forced GC) and returns, in
 * bytes: `compiled` (machine code and its tables), `bytecode` (the other
 * objects V8 files under "code": bytecode, function data, feedback, scope
 * infos), `other` (every other JS heap object), and the object counts.
 */
export async function heapBreakdown(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks = [];
  const onChunk = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const snap = JSON.parse(chunks.join(''));
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const stride = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const out = { compiled: 0, bytecode: 0, other: 0, compiledObjects: 0 };
  for (let i = 0; i < snap.nodes.length; i += stride) {
    const type = types[snap.nodes[i + typeAt]];
    if (type === 'native' || type === 'synthetic') continue;
    const size = snap.nodes[i + sizeAt];
    if (type === 'code') {
      if (COMPILED.has(snap.strings[snap.nodes[i + nameAt]])) { out.compiled += size; out.compiledObjects += 1; } else out.bytecode += size;
    } else out.other += size;
  }
  return out;
}
