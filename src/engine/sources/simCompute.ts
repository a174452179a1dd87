import type { Source } from './types.ts';

const jouppi = {
  authors: 'Jouppi, N. P. et al.',
  title: 'In-Datacenter Performance Analysis of a Tensor Processing Unit',
  year: 2017,
  venue: 'ISCA 2017, pp. 1–12',
  url: 'https://arxiv.org/abs/1704.04760',
} as const;

export const simComputeSources = {
  'jouppi-2017-table1': {
    ...jouppi,
    section: 'Table 1: TPU ops / weight byte and batch size (MLP0 200/200, MLP1 168/168, LSTM0 64/64, LSTM1 96/96, CNN0 2888/8, CNN1 1750/32)',
  },
  'jouppi-2017-table3': {
    ...jouppi,
    section: 'Table 3 row 9: measured TeraOps/sec of production code per die (MLP0 12.3, MLP1 9.7, LSTM0 3.7, LSTM1 2.8, CNN0 86.0, CNN1 14.1; host overhead excluded)',
  },
  'jouppi-2017-figures': {
    ...jouppi,
    section: 'Figures 5–7: per-die rooflines, x = MAC ops per weight byte; ridge points 1350 (TPU), 13 (Haswell), 9 (K80)',
  },
  'jouppi-2017-table6': {
    ...jouppi,
    section: 'Table 6: K80 die and TPU die performance relative to Haswell, host overhead included (GPU 2.5/0.3/0.4/1.2/1.6/2.7; TPU 41.0/18.5/3.5/1.2/40.3/71.0)',
  },
  'aho-2006-compilers': {
    authors: 'Aho, A. V., Lam, M. S., Sethi, R., Ullman, J. D.',
    title: 'Compilers: Principles, Techniques, and Tools (2nd ed.)',
    year: 2006,
    venue: 'Addison-Wesley',
    section: 'Ch. 8.5 and 9.1: constant folding, dead-code elimination, common-subexpression elimination',
  },
  'chen-2018-tvm': {
    authors: 'Chen, T. et al.',
    title: 'TVM: An Automated End-to-End Optimizing Compiler for Deep Learning',
    year: 2018,
    venue: 'OSDI 2018, pp. 578–594',
    url: 'https://www.usenix.org/conference/osdi18/presentation/chen',
    section: 'Sec. 3 operator fusion: injective (element-wise) chains, reductions and complex-out-fusable ops fused with their element-wise consumers; data layout transformation',
  },
} as const satisfies Record<string, Source>;
