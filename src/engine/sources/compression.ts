import type { Source } from './types.ts';

/** Model-compression formats and coding. Deep Compression itself is `han-2016-deep-compression` (lecture.ts). */
export const compressionSources = {
  'mishra-2021-sparse-tensor-cores': {
    authors: 'Mishra, A., Latorre, J. A., Pool, J., Stosic, D., Stosic, D., Venkatesh, G., Yu, C., Micikevicius, P.',
    title: 'Accelerating Sparse Deep Neural Networks',
    year: 2021,
    venue: 'arXiv:2104.08378 (NVIDIA)',
    url: 'https://arxiv.org/abs/2104.08378',
    section: 'Sec. 3, Fig. 2: 2:4 structured sparsity; the compressed matrix stores the 2 non-zeros of every 4 plus a 2-bit position index per non-zero as metadata',
  },
  'huffman-1952': {
    authors: 'Huffman, D. A.',
    title: 'A Method for the Construction of Minimum-Redundancy Codes',
    year: 1952,
    venue: 'Proceedings of the IRE 40(9), 1098–1101',
    url: 'https://doi.org/10.1109/JRPROC.1952.273898',
  },
  'shannon-1948': {
    authors: 'Shannon, C. E.',
    title: 'A Mathematical Theory of Communication',
    year: 1948,
    venue: 'Bell System Technical Journal 27, 379–423',
    url: 'https://doi.org/10.1002/j.1538-7305.1948.tb01338.x',
    section: 'source coding theorem: an optimal prefix code has H ≤ L < H + 1',
  },
  'han-2016-deep-compression-tables': {
    authors: 'Han, S., Mao, H., Dally, W. J.',
    title: 'Deep Compression (arXiv:1510.00149v5), Tables 1–5',
    year: 2016,
    venue: 'ICLR 2016',
    url: 'https://arxiv.org/abs/1510.00149',
    section: 'Table 1 (1070 KB → 27 KB 40×, 1720 KB → 44 KB 39×, 240 MB → 6.9 MB 35×, 552 MB → 11.3 MB 49×); Tables 2–5 per layer: #weights, weights% (P), weight bits (P+Q, P+Q+H), index bits (P+Q, P+Q+H), compress rate (P+Q, P+Q+H); Sec. 2 relative index with filler zeros; CSR needs 2a + n + 1 numbers',
  },
} as const satisfies Record<string, Source>;
