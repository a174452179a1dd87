import type { Source } from './types.ts';

/** Energy per operation and per memory access. Sze et al. 2017 is `sze-2017` (lecture.ts). */
export const energySources = {
  'horowitz-2014-isscc': {
    authors: 'Horowitz, M.',
    title: 'Computing’s Energy Problem (and what we can do about it)',
    year: 2014,
    venue: 'IEEE ISSCC 2014, pp. 10–14',
    url: 'https://doi.org/10.1109/ISSCC.2014.6757323',
    section: '45 nm, 0.9 V energy table (as reproduced in Han et al. 2015 Fig. 1 and Gholami et al. 2021 Fig. 15): 8b add 0.03 pJ, 16b add 0.05, 32b add 0.1, 16b FP add 0.4, 32b FP add 0.9, 8b mult 0.2, 32b mult 3.1, 16b FP mult 1.1, 32b FP mult 3.7, 32b SRAM read (8 KB) 5 pJ, 32b DRAM read 640 pJ',
  },
  'chen-2016-eyeriss': {
    authors: 'Chen, Y.-H., Emer, J., Sze, V.',
    title: 'Eyeriss: A Spatial Architecture for Energy-Efficient Dataflow for Convolutional Neural Networks',
    year: 2016,
    venue: 'ISCA 2016',
    url: 'https://doi.org/10.1109/ISCA.2016.40',
    section: 'Table IV: normalised energy per 16-bit access in a commercial 65 nm process — ALU 1×, RF 1×, PE-to-PE 2×, global buffer 6×, DRAM 200×; reproduced in Sze et al. 2017 Fig. 22',
  },
} as const satisfies Record<string, Source>;
