/** Interface text of the kv-paging simulator, both languages. */
import { formatCountUnit, type Bilingual, type CountUnit } from '../../i18n/index.ts';

export type RatioBin = 'same' | 'low' | 'mid' | 'high';

export const REQUESTS: CountUnit = { one: 'request', other: 'requests', zh: '个请求' };
export const TOKENS: CountUnit = { one: 'token', other: 'tokens', zh: '个 token' };
export const SLOTS: CountUnit = { one: 'slot', other: 'slots', zh: '个槽位' };

export const text = {
  title: { zh: 'KV cache 分页', en: 'Paging the KV cache' },
  model: { zh: '模型', en: 'Model' },
  device: { zh: '显卡', en: 'GPU' },
  scenario: { zh: '场景', en: 'Scenario' },
  scenarios: {
    seeded: { zh: '随机一批', en: 'A batch' },
    paper: { zh: '论文图 3', en: 'Paper Fig. 3' },
  },
  allocation: { zh: '分配方式', en: 'Allocation' },
  allocations: {
    contiguous: { zh: '连续预分配', en: 'Contiguous' },
    paged: { zh: '分页', en: 'Paged' },
  },
  blockTokens: { zh: '块大小', en: 'Block size' },
  tokens: { zh: 'tokens', en: 'tokens' },
  seed: { zh: '随机种子', en: 'Seed' },
  requests: { zh: '请求数', en: 'Requests' },
  maxLength: { zh: '最大长度', en: 'Maximum length' },
  step: { zh: '已解码步数', en: 'Decode steps so far' },
  states: {
    used: { zh: '已用', en: 'used' },
    reserved: { zh: '预留（稍后使用）', en: 'reserved (used later)' },
    internal: { zh: '内部碎片（永不使用）', en: 'internal (never used)' },
    external: { zh: '外部碎片', en: 'external' },
    free: { zh: '空闲', en: 'free' },
  },
  share: { zh: '占用的槽位中存放 token 的比例', en: 'Held slots storing a token' },
  wasted: { zh: '浪费的槽位（预留 + 内部 + 外部）', en: 'Wasted slots (reserved + internal + external)' },
  neverUsed: (id: string, max: number): Bilingual => ({ zh: `请求 ${id}（最大 ${max}）永不使用的槽位`, en: `Slots request ${id} (max ${max}) never uses` }),
  paperNote: { zh: '论文：A 2038，B 507', en: 'paper: A 2038, B 507' },
  residentContiguous: { zh: '同时驻留的序列（连续）', en: 'Sequences resident (contiguous)' },
  residentPaged: (block: number): Bilingual => ({ zh: `同时驻留的序列（分页，块 ${block}）`, en: `Resident (paged, block ${block})` }),
  vsContiguous: { zh: '对比连续', en: 'vs contiguous' },
  throughputPaged: { zh: '解码吞吐（分页）', en: 'Decode throughput (paged)' },
  throughputContiguous: { zh: '解码吞吐（连续）', en: 'Decode throughput (contiguous)' },
  budget: { zh: '留给 KV cache 的显存', en: 'Memory left for the KV cache' },
  noRoom: (over: string): Bilingual => ({
    zh: `放不下：权重已占满该显卡的可用显存，没有留给 KV cache 的空间（超出 ${over}），无法运行，没有吞吐。`,
    en: `Does not fit: the weights fill this GPU’s usable memory, no room is left for the KV cache (over by ${over}); it cannot run, so there is no throughput.`,
  }),
  /** A throughput readout when no sequence fits with this allocation. */
  noSequence: { zh: '放不下：一条序列也放不下，无法运行', en: 'does not fit: not one sequence fits, so it cannot run' },
  admitted: (p: { admitted: number; total: number; pool: number; capped: boolean }): Bilingual => ({
    zh: `已接纳 ${p.admitted} / ${formatCountUnit(p.total, REQUESTS, 'zh')} · 池中 ${formatCountUnit(p.pool, SLOTS, 'zh')}${p.capped ? '（该卡更多，只画出前一部分）' : ''}`,
    en: `${p.admitted} of ${formatCountUnit(p.total, REQUESTS, 'en')} admitted · ${formatCountUnit(p.pool, SLOTS, 'en')} in the pool${p.capped ? ' (the card holds more; the first part is drawn)' : ''}`,
  }),
  summary: (p: { used: number; reserved: number; internal: number; external: number; free: number; admitted: Bilingual }): Bilingual => ({
    zh: `KV 槽位：已用 ${p.used}，预留 ${p.reserved}，内部碎片 ${p.internal}，外部碎片 ${p.external}，空闲 ${p.free}；${p.admitted.zh}。`,
    en: `KV slots: ${p.used} used, ${p.reserved} reserved, ${p.internal} internal, ${p.external} external, ${p.free} free; ${p.admitted.en}.`,
  }),
  bins: {
    same: { zh: '差不多（< 1.5 倍）', en: 'About the same (< 1.5×)' },
    low: { zh: '1.5–3 倍', en: '1.5–3×' },
    mid: { zh: '3–6 倍', en: '3–6×' },
    high: { zh: '6 倍以上', en: 'More than 6×' },
  } satisfies Record<RatioBin, Bilingual>,
  question: (p: { requests: number; max: string; model: string; device: string; block: number }): Bilingual => ({
    zh: `${p.model} 在 ${p.device} 上，${formatCountUnit(p.requests, REQUESTS, 'zh')}（最长 ${p.max} tokens）：按 ${p.block} token 分块分页后，能同时驻留的序列是连续预分配的几倍？`,
    en: `${p.model} on ${p.device}, ${formatCountUnit(p.requests, REQUESTS, 'en')} of up to ${p.max} tokens: paged in ${p.block}-token blocks, how many times as many stay resident?`,
  }),
  explanation: (p: { contiguous: string; paged: string; ratio: string; maxLen: string; slots: string }): Bilingual => ({
    zh: `连续预分配每个请求按最大长度 ${p.maxLen} 预留，只放得下 ${p.contiguous} 个序列；分页每个请求平均只占 ${p.slots} 个槽位，放得下 ${p.paged} 个——${p.ratio}。`,
    en: `Contiguous pre-allocation reserves the maximum ${p.maxLen} slots per request and fits ${p.contiguous} sequences; paged, a request holds ${p.slots} slots on average and ${p.paged} fit: ${p.ratio}.`,
  }),
  takeaway: {
    zh: '连续预分配按最大长度预留，大部分槽位永不使用；分页按需分配块，浪费不到每个序列一块：同样的显存驻留更多序列。',
    en: 'Paging allocates blocks on demand and wastes under a block per sequence: the same memory holds more sequences.',
  },
  tokensPerSec: { zh: 'tokens/s', en: 'tokens/s' },
} as const;
