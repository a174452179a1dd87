import type { Source } from './types.ts';

/** The five references the lecture outline cites (参考文献). */
export const lectureSources = {
  'sze-2017': {
    authors: 'Sze, V., Chen, Y.-H., Yang, T.-J., Emer, J. S.',
    title: 'Efficient Processing of Deep Neural Networks: A Tutorial and Survey',
    year: 2017,
    venue: 'Proceedings of the IEEE 105(12), 2295–2329',
    url: 'https://arxiv.org/abs/1703.09039',
  },
  'jouppi-2017': {
    authors: 'Jouppi, N. P. et al.',
    title: 'In-Datacenter Performance Analysis of a Tensor Processing Unit',
    year: 2017,
    venue: 'ISCA 2017, pp. 1–12',
    url: 'https://arxiv.org/abs/1704.04760',
  },
  'shi-2020-mgwfbp': {
    authors: 'Shi, S., Chu, X., Li, B.',
    title: 'MG-WFBP: Efficient Data Communication for Distributed Synchronous SGD Algorithms',
    year: 2019,
    venue: 'IEEE INFOCOM 2019; extended in IEEE TPDS 2021 (the outline cites it as PPoPP 2020)',
    url: 'https://arxiv.org/abs/1811.11141',
  },
  'han-2016-deep-compression': {
    authors: 'Han, S., Mao, H., Dally, W. J.',
    title: 'Deep Compression: Compressing Deep Neural Networks with Pruning, Trained Quantization and Huffman Coding',
    year: 2016,
    venue: 'ICLR 2016 (arXiv:1510.00149)',
    url: 'https://arxiv.org/abs/1510.00149',
  },
  'abadi-2016-tensorflow': {
    authors: 'Abadi, M. et al.',
    title: 'TensorFlow: A System for Large-Scale Machine Learning',
    year: 2016,
    venue: 'OSDI 2016, pp. 265–283',
    url: 'https://www.usenix.org/conference/osdi16/technical-sessions/presentation/abadi',
  },
  'rhu-2016-vdnn': {
    authors: 'Rhu, M., Gimelshein, N., Clemons, J., Zulfiqar, A., Keckler, S. W.',
    title: 'vDNN: Virtualized Deep Neural Networks for Scalable, Memory-Efficient Neural Network Design',
    year: 2016,
    venue: 'MICRO-49 (2016); the outline cites the IEEE Micro 38(2) 2018 version',
    url: 'https://arxiv.org/abs/1602.08124',
  },
} as const satisfies Record<string, Source>;
