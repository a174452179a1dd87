// Seeded generator of hostile input for the browser suite (issue #12 item 7,
// issue #11 "Bad input"): share links (query, hash and share-state strings)
// and pasted configs. Pure and deterministic: the same seed gives the same
// cases, so a failure names a case that can be replayed.
//   import { hostileUrls, hostileConfigs } from './hostileInputs.mjs';
//   hostileUrls(1000, seed) → [{ id, kind: 'hash' | 'query', lang, search, hash, label }]
//   hostileConfigs(200, seed) → [{ id, text, label }]

/** mulberry32: a small seeded PRNG (no dependency). */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  return { next, int, pick, chance };
}

/** Marker every script-like payload would set if it ever ran. */
export const PWNED = '__h17pwned';

const SCRIPTS = [
  `<script>window.${PWNED}=1</script>`,
  `javascript:window.${PWNED}=1`,
  `"><img src=x onerror=window.${PWNED}=1>`,
  `'><svg onload=window.${PWNED}=1>`,
  `<iframe src="javascript:parent.${PWNED}=1"></iframe>`,
  `</textarea><script>window.${PWNED}=1</script>`,
  `{{constructor.constructor('window.${PWNED}=1')()}}`,
  `\${window.${PWNED}=1}`,
  `<a href="javascript:window.${PWNED}=1">x</a>`,
  `data:text/html,<script>window.${PWNED}=1</script>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=window.${PWNED}=1>`,
  `"onmouseover="window.${PWNED}=1`,
];
const UNICODE = [
  '\u202e', '\u200b', '\ufeff', '\u0000', '批大小', '内存预算', '🚀🔥', 'Ω≈ç√', '\ud800', '\udfff', 'é', 'ﾟ･✿ヾ╲', '\u2028\u2029', 'ｂａｔｃｈ',
];
const PERCENT_GARBAGE = ['%', '%%', '%E0%A4%A', '%ZZ', '%u202E', '%00', '%C0%AF', '%ED%A0%80', '%FF%FE', '%25%32%35', '%2', '%%32%35', '%F0%9F%9A'];
const SLIDES = [
  'title', 'memory-basics/budget', 'memory-basics', 'importance/phases', 'references/bibtex', 'comparison', 'summary',
];
const SIMS = ['memory-budget', 'memory-budget:table', 'roofline', 'allreduce', 'graph-optimizer', 'optimisation-stack', 'kv-paging', 'batching'];
const KEYS = ['modelId', 'customConfig', 'hardwareId', 'weightFormat', 'groupSize', 'kvFormat', 'batch', 'context', 'tp'];
const BAD_KEYS = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf', '__defineGetter__', 'polluted', '', 'BATCH', 'batch ', 'constructor.prototype'];
const GOOD_VALUES = {
  modelId: ['llama-2-7b', 'llama-2-70b', 'custom'], hardwareId: ['a100-80gb', 'h100-sxm'], weightFormat: ['int4', 'fp8'], groupSize: ['32', '0'],
  kvFormat: ['fp8'], batch: ['32', '8'], context: ['8192', '512'], tp: ['2', '8'],
  customConfig: [enc(JSON.stringify({ model_type: 'llama', hidden_size: 4096, num_attention_heads: 32, num_hidden_layers: 32, intermediate_size: 11008, vocab_size: 32000, max_position_embeddings: 4096 }))],
};
const BAD_VALUES = [
  'NaN', 'Infinity', '-Infinity', '1e309', '-1', '0', '-0', '1e-400', '3.5', '0x10', '1_000', '１２', 'abc', 'true', 'null', 'undefined', '[]', '{}',
  '99999999999999999999999', '9007199254740993', '1e15', '1e16', ' 32', '32 ', '+32', '.', 'e5', '--1', 'FP16', 'fp16\u0000',
  '%7B%22__proto__%22%3A%7B%22polluted%22%3A1%7D%7D', '%7B%22constructor%22%3A%7B%22prototype%22%3A%7B%22polluted%22%3A1%7D%7D%7D', '%5B1%2C2%5D', '%22x%22',
];

/** encodeURIComponent that keeps a lone surrogate as the bytes a broken encoder would write (it cannot encode it). */
function enc(s) {
  try {
    return encodeURIComponent(s);
  } catch {
    return encodeURIComponent(s.replace(/[\ud800-\udfff]/g, '')) + '%ED%A0%80';
  }
}

function oversized(r, max) {
  const unit = r.pick(['A', 'x', '批', '%41', '~batch.1', '<', '🚀', '0']);
  const n = r.int(1000, max);
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

function deep(depth, open = '[', close = ']') {
  return open.repeat(depth) + close.repeat(depth);
}

/** A share-state string (`1~batch.32~…`), broken in one or more ways. */
function shareState(r, { maxChars = 12_000 } = {}) {
  const version = r.pick(['1', '1', '1', '1', '0', '2', '9', '-1', '1.0', 'v1', '01', ' 1', '99999999999999999999', '', 'NaN', '1e0']);
  const fields = [];
  const n = r.int(0, 6);
  for (let i = 0; i < n; i++) {
    const roll = r.next();
    if (roll < 0.25) {
      const key = r.pick(KEYS);
      fields.push(`${key}.${r.pick(GOOD_VALUES[key])}`);
    } else if (roll < 0.55) {
      fields.push(`${r.pick(KEYS)}.${r.pick(BAD_VALUES)}`);
    } else if (roll < 0.7) {
      fields.push(`${r.pick(BAD_KEYS)}.${r.pick([...BAD_VALUES, '1'])}`);
    } else if (roll < 0.8) {
      fields.push(`${r.pick(KEYS)}.${enc(r.pick(SCRIPTS))}`);
    } else if (roll < 0.88) {
      fields.push(`${r.pick(KEYS)}.${r.pick(PERCENT_GARBAGE)}`);
    } else if (roll < 0.94) {
      fields.push(`customConfig.${enc(deep(r.int(10, 3000), '{"a":', '}').replace(/\}+$/, (m) => m.slice(0, r.int(0, m.length))))}`);
    } else {
      fields.push(r.pick(['', '.', '..', 'batch', 'batch.', '.32', '~', 'batch.32.64', 'batch.%2E32']));
    }
  }
  let s = [version, ...fields].join(r.pick(['~', '~', '~', '~~', '.', '&']));
  if (r.chance(0.15)) s = s.slice(0, r.int(0, s.length)); // truncated
  if (r.chance(0.06)) s += oversized(r, maxChars);
  if (r.chance(0.08)) s += r.pick(UNICODE);
  return s.slice(0, maxChars);
}

function hashPart(r) {
  const roll = r.next();
  if (roll < 0.08) return `#/${r.pick(SLIDES)}`;
  if (roll < 0.26) {
    const num = () => r.pick(['0', '1', '3', '12', '999', '-1', '-999', '1e309', 'NaN', 'Infinity', '3.7', '0x3', '', '9007199254740993', '٣']);
    return `#/${num()}${r.chance(0.7) ? `/${num()}` : ''}${r.chance(0.3) ? `/${num()}` : ''}`;
  }
  if (roll < 0.4) return `#/${r.pick(SLIDES).slice(0, r.int(0, 12))}`; // truncated
  if (roll < 0.5) return `#/${r.pick(SCRIPTS)}${r.pick(SLIDES)}`;
  if (roll < 0.62) return `#/${r.pick(SCRIPTS)}`;
  if (roll < 0.7) return `#${r.pick(SCRIPTS)}`;
  if (roll < 0.8) return `#/${r.pick(PERCENT_GARBAGE)}${r.pick(SLIDES)}${r.pick(PERCENT_GARBAGE)}`;
  if (roll < 0.86) return `#/${r.pick(UNICODE)}${r.pick(SLIDES)}${r.pick(UNICODE)}`;
  if (roll < 0.92) return `#/${oversized(r, 100_000)}`; // up to ~100 KB
  if (roll < 0.96) return `#/memory-basics/budget?sim=memory-budget&state=${enc(shareState(r))}`;
  return r.pick(['', '#', '#/', '##//', '#/./../..', '#/memory-basics//budget', '#/memory-basics/budget/', '#/MEMORY-BASICS/BUDGET', '#?', '#&']);
}

function queryPart(r, lang) {
  const params = [];
  const langValue = r.chance(0.8) ? lang : r.pick(['', 'xx', 'ZH', 'zh-CN', 'en-US', '<script>', lang + '%00', 'zh&lang=en']);
  params.push(`lang=${langValue}`);
  const roll = r.next();
  if (roll < 0.55) {
    params.push(`sim=${r.chance(0.75) ? 'memory-budget' : r.pick(SIMS)}`);
    params.push(`state=${enc(shareState(r))}`);
  } else if (roll < 0.65) {
    params.push(`sim=${enc(r.pick([...SCRIPTS, 'no-such-sim', '__proto__', 'constructor', '../../etc/passwd', 'MEMORY-BUDGET', 'memory-budget:', ':', 'a'.repeat(41), '批大小']))}`);
    params.push(`state=${enc(shareState(r))}`);
  } else if (roll < 0.72) {
    params.push(r.pick(['sim=memory-budget', 'state=1~batch.32', 'sim=&state=', 'sim=memory-budget&state=', 'state=1~batch.32&sim=memory-budget&sim=kv-paging']));
  } else if (roll < 0.8) {
    params.push(r.pick(['__proto__[polluted]=1', 'constructor[prototype][polluted]=1', '__proto__.polluted=1', 'prototype=1', 'a[b][c]=<img src=x>', 'polluted=1&__proto__=1']));
  } else if (roll < 0.9) {
    params.push(`sim=memory-budget&state=${r.pick(PERCENT_GARBAGE)}${r.pick(PERCENT_GARBAGE)}`);
  } else {
    params.push(`sim=memory-budget&state=${enc(shareState(r, { maxChars: 12_000 }))}${r.pick(['', '&', '&&&', '&=', '&state=2~x'])}`);
  }
  // Node's HTTP server refuses request lines over 16 KB: the query of a link that reaches the server stays under 14 KB.
  return `?${params.join('&')}`.slice(0, 14_000);
}

/**
 * `count` share links. Most change only the hash (the one page navigates in
 * place); `queryCount` of them carry a query the page reads at start-up and
 * so are opened with a reload.
 */
export function hostileUrls(count, seed = 17, queryCount = 16) {
  const r = prng(seed);
  const out = [];
  for (let id = 0; id < count; id++) {
    const lang = id % 2 === 0 ? 'zh' : 'en';
    const query = id < queryCount;
    const search = query ? queryPart(r, lang) : '';
    const hash = query ? (r.chance(0.7) ? '#/memory-basics/budget' : hashPart(r)) : hashPart(r);
    // In-page cases still carry a hostile query in the address (set with history.replaceState); only a reload reads it.
    const address = query ? '' : (r.chance(0.3) ? queryPart(r, lang).slice(0, 2000) : '');
    out.push({ id, kind: query ? 'query' : 'hash', lang, search, hash, address });
  }
  return out;
}

const VALID = {
  model_type: 'llama', hidden_size: 4096, num_attention_heads: 32, num_hidden_layers: 32,
  intermediate_size: 11008, vocab_size: 32000, max_position_embeddings: 4096,
};
const CONFIG_FIELDS = Object.keys(VALID).concat(['num_key_value_heads', 'head_dim', 'tie_word_embeddings', 'attention_bias', 'num_local_experts', 'num_experts_per_tok']);
const WRONG_TYPES = [
  '"4096"', '[4096]', '{"v":4096}', 'true', 'null', '-4096', '0', '4096.5', '1e309', '-1e309', '1e300', '1e21', '9007199254740993', '""',
  '"<img src=x onerror=window.__h17pwned=1>"', '"\\u0000"', '[]', '{}', '"NaN"', '"Infinity"',
];

/** `count` pasted configs: huge, deeply nested, wrong types, NaN/Infinity literals, prototype keys, not JSON. */
export function hostileConfigs(count, seed = 1017) {
  const r = prng(seed);
  const out = [];
  const valid = () => ({ ...VALID, model_type: r.pick(['llama', 'mistral', 'qwen2', 'llama']) });
  const json = (o) => JSON.stringify(o, null, r.chance(0.5) ? 2 : 0);
  const makers = [
    ['valid', () => json(valid())],
    ['wrong type', () => {
      const o = json(valid());
      const field = r.pick(CONFIG_FIELDS);
      const body = o.replace(/^\{/, '').replace(/\}$/, '');
      return `{${body},"${field}":${r.pick(WRONG_TYPES)}}`;
    }],
    ['nan/infinity literal', () => {
      const field = r.pick(CONFIG_FIELDS);
      return json(valid()).replace(new RegExp(`("${field}":\\s*)[^,}\\n]+`), `$1${r.pick(['NaN', 'Infinity', '-Infinity', 'undefined', '0x1000', '1_000', '.5', '+1', '01'])}`);
    }],
    ['prototype keys', () => {
      const key = r.pick(['__proto__', 'constructor', 'prototype']);
      const payload = r.pick(['{"polluted":1}', '{"prototype":{"polluted":1}}', '{"toString":"x","polluted":1}', '1', '"x"', 'null']);
      const body = json(valid()).slice(1, -1);
      return r.chance(0.5) ? `{"${key}":${payload},${body}}` : `{${body},"${key}":${payload}}`;
    }],
    ['nested prototype keys', () => `{"model_type":"llama","hidden_size":{"__proto__":{"polluted":1}},"constructor":{"prototype":{"polluted":1}},"__proto__":{"__proto__":{"polluted":1}}}`],
    ['deep', () => {
      const depth = r.pick([1000, 5000, 10_000, 10_000]);
      const nest = r.chance(0.5) ? deep(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
      return r.chance(0.5) ? nest : `{${json(valid()).slice(1, -1)},"extra":${nest}}`;
    }],
    ['deep truncated', () => deep(10_000).slice(0, r.int(1, 19_999))],
    ['huge', () => {
      const o = valid();
      const n = r.int(2_000, 30_000);
      for (let i = 0; i < n; i++) o[`k${i}`] = r.pick([i, 'x'.repeat(r.int(0, 20)), null, [i]]);
      return json(o);
    }],
    ['huge string', () => `{${json(valid()).slice(1, -1)},"_name_or_path":"${'A'.repeat(r.int(10_000, 500_000))}"}`],
    ['huge array', () => `[${Array.from({ length: r.int(10_000, 100_000) }, (_, i) => i).join(',')}]`],
    ['not an object', () => r.pick(['"llama"', '4096', '[]', 'null', 'true', '[{"model_type":"llama"}]', '""', '-0', '1e309'])],
    ['not json', () => r.pick(['', '   ', '{', '}', '{model_type: llama}', "{'model_type':'llama'}", '{"model_type":"llama",}', '// comment\n{}', '\ufeff{}', 'undefined', 'NaN', '<script>window.__h17pwned=1</script>', '{"a":1}{"b":2}'])],
    ['truncated', () => {
      const t = json(valid());
      return t.slice(0, r.int(1, t.length - 1));
    }],
    ['script-like values', () => {
      const o = valid();
      o[r.pick(['model_type', '_name_or_path', 'architectures', 'torch_dtype'])] = r.pick(SCRIPTS);
      return json(o);
    }],
    ['unicode', () => {
      const o = valid();
      o[r.pick(UNICODE)] = r.pick(UNICODE);
      if (r.chance(0.5)) o.model_type = r.pick(['llama\u0000', 'ｌｌａｍａ', 'LLAMA', 'llama\u200b', '羊驼']);
      return json(o);
    }],
    ['missing field', () => {
      const o = valid();
      delete o[r.pick(Object.keys(VALID))];
      return json(o);
    }],
    ['unknown family', () => json({ ...valid(), model_type: r.pick(['gpt-neox', 'bert', 'mamba', '', 'constructor', '__proto__', 'toString']) })],
    ['extreme values', () => json({ ...valid(), [r.pick(CONFIG_FIELDS)]: r.pick([1, 2 ** 31, 2 ** 53, 1e15, 1e18, 1e300, Number.MAX_SAFE_INTEGER]) })],
  ];
  for (let id = 0; id < count; id++) {
    const [label, make] = makers[id % makers.length];
    out.push({ id, label, text: make() });
  }
  return out;
}
