/**
 * Per-layer compression statistics of Deep Compression (Han, Mao & Dally,
 * ICLR 2016, arXiv:1510.00149v5, Tables 1–5), checked against a stored text
 * copy of the paper. Columns: #weights, weights% kept after pruning (P),
 * weight bits after quantisation (P+Q) and after Huffman (P+Q+H), relative
 * index bits (P+Q) and after Huffman (P+Q+H), compress rate (P+Q), (P+Q+H).
 *
 * `weights` are exact counts from the layer shapes (the paper prints them
 * rounded, e.g. "235K"); `publishedWeights` keeps the printed label.
 * Reading notes: the stored copy's VGG-16 table is mis-aligned from conv5_3
 * on (row labels shifted by one); conv5_3 = 2M, fc6 = 103M (4%, 5, 3.6, 5,
 * 3.5, 1.6%, 1.10%), fc7 = 17M (4%, 5, 4, 5, 4.3, 1.5%, 1.25%), fc8 = 4M
 * (23%, 5, 4, 5, 3.4, 7.1%, 5.24%) follow from the column order and agree
 * with the total row. The paper's tables are not fully self-consistent: for
 * LeNet-5 the per-layer P+Q+H rates weight to 2.73% while the total row says
 * 2.55%.
 */

export interface DeepCompressionLayer {
  readonly name: string;
  readonly kind: 'conv' | 'fc';
  readonly weights: number;
  readonly publishedWeights: string;
  readonly keptFraction: number;
  readonly weightBitsPQ: number;
  readonly weightBitsPQH: number;
  readonly indexBitsPQ: number;
  readonly indexBitsPQH: number;
  /** Published compressed size as a fraction of the dense FP32 layer. */
  readonly publishedRatePQ: number;
  readonly publishedRatePQH: number;
}

export interface DeepCompressionNetwork {
  readonly id: DeepCompressionNetworkId;
  readonly name: string;
  readonly table: string;
  /** Weights and biases of the dense model (Table 1's "Parameters" counts both). */
  readonly parameters: number;
  readonly layers: readonly DeepCompressionLayer[];
  readonly published: {
    readonly denseSize: string;
    readonly compressedSize: string;
    readonly pruneRatio: number;
    readonly ratioPQ: number;
    readonly ratioPQH: number;
    readonly ratePQH: number;
  };
}

export type DeepCompressionNetworkId = 'lenet-300-100' | 'lenet-5' | 'alexnet' | 'vgg-16';

type Row = [string, 'conv' | 'fc', number, string, number, number, number, number, number, number, number];
const layer = ([name, kind, weights, publishedWeights, kept, wq, wh, iq, ih, rq, rh]: Row): DeepCompressionLayer => ({
  name, kind, weights, publishedWeights, keptFraction: kept / 100,
  weightBitsPQ: wq, weightBitsPQH: wh, indexBitsPQ: iq, indexBitsPQH: ih,
  publishedRatePQ: rq / 100, publishedRatePQH: rh / 100,
});

const conv = (cin: number, cout: number, kh: number, kw = kh): number => cin * cout * kh * kw;

const vggConv: [string, number, number, string, number, number, number, number, number][] = [
  ['conv1_1', 3, 64, '2K', 58, 6.8, 1.7, 40.0, 29.97],
  ['conv1_2', 64, 64, '37K', 22, 6.5, 2.6, 9.8, 6.99],
  ['conv2_1', 64, 128, '74K', 34, 5.6, 2.4, 14.3, 8.91],
  ['conv2_2', 128, 128, '148K', 36, 5.9, 2.3, 14.7, 9.31],
  ['conv3_1', 128, 256, '295K', 53, 4.8, 1.8, 21.7, 11.15],
  ['conv3_2', 256, 256, '590K', 24, 4.6, 2.9, 9.7, 5.67],
  ['conv3_3', 256, 256, '590K', 42, 4.6, 2.2, 17.0, 8.96],
  ['conv4_1', 256, 512, '1M', 32, 4.6, 2.6, 13.1, 7.29],
  ['conv4_2', 512, 512, '2M', 27, 4.2, 2.9, 10.9, 5.93],
  ['conv4_3', 512, 512, '2M', 34, 4.4, 2.5, 14.0, 7.47],
  ['conv5_1', 512, 512, '2M', 35, 4.7, 2.5, 14.3, 8.00],
  ['conv5_2', 512, 512, '2M', 29, 4.6, 2.7, 11.7, 6.52],
  ['conv5_3', 512, 512, '2M', 36, 4.6, 2.3, 14.8, 7.79],
];

export const DEEP_COMPRESSION_NETWORKS: Readonly<Record<DeepCompressionNetworkId, DeepCompressionNetwork>> = {
  'lenet-300-100': {
    id: 'lenet-300-100', name: 'LeNet-300-100', table: 'Table 2',
    parameters: 784 * 300 + 300 + 300 * 100 + 100 + 100 * 10 + 10,
    layers: ([
      ['ip1', 'fc', 784 * 300, '235K', 8, 6, 4.4, 5, 3.7, 3.1, 2.32],
      ['ip2', 'fc', 300 * 100, '30K', 9, 6, 4.4, 5, 4.3, 3.8, 3.04],
      ['ip3', 'fc', 100 * 10, '1K', 26, 6, 4.3, 5, 3.2, 15.7, 12.70],
    ] as Row[]).map(layer),
    published: { denseSize: '1070 KB', compressedSize: '27 KB', pruneRatio: 12, ratioPQ: 32, ratioPQH: 40, ratePQH: 0.0249 },
  },
  'lenet-5': {
    id: 'lenet-5', name: 'LeNet-5', table: 'Table 3',
    parameters: conv(1, 20, 5) + 20 + conv(20, 50, 5) + 50 + 800 * 500 + 500 + 500 * 10 + 10,
    layers: ([
      ['conv1', 'conv', conv(1, 20, 5), '0.5K', 66, 8, 7.2, 5, 1.5, 78.5, 67.45],
      ['conv2', 'conv', conv(20, 50, 5), '25K', 12, 8, 7.2, 5, 3.9, 6.0, 5.28],
      ['ip1', 'fc', 800 * 500, '400K', 8, 5, 4.5, 5, 4.5, 2.7, 2.45],
      ['ip2', 'fc', 500 * 10, '5K', 19, 5, 5.2, 5, 3.7, 6.9, 6.13],
    ] as Row[]).map(layer),
    published: { denseSize: '1720 KB', compressedSize: '44 KB', pruneRatio: 12, ratioPQ: 33, ratioPQH: 39, ratePQH: 0.0255 },
  },
  alexnet: {
    id: 'alexnet', name: 'AlexNet', table: 'Table 4',
    // Caffe AlexNet: conv2, conv4, conv5 are grouped (2 groups), hence 48 and 192 input channels.
    parameters: 60965224,
    layers: ([
      ['conv1', 'conv', conv(3, 96, 11), '35K', 84, 8, 6.3, 4, 1.2, 32.6, 20.53],
      ['conv2', 'conv', conv(48, 256, 5), '307K', 38, 8, 5.5, 4, 2.3, 14.5, 9.43],
      ['conv3', 'conv', conv(256, 384, 3), '885K', 35, 8, 5.1, 4, 2.6, 13.1, 8.44],
      ['conv4', 'conv', conv(192, 384, 3), '663K', 37, 8, 5.2, 4, 2.5, 14.1, 9.11],
      ['conv5', 'conv', conv(192, 256, 3), '442K', 37, 8, 5.6, 4, 2.5, 14.0, 9.43],
      ['fc6', 'fc', 9216 * 4096, '38M', 9, 5, 3.9, 4, 3.2, 3.0, 2.39],
      ['fc7', 'fc', 4096 * 4096, '17M', 9, 5, 3.6, 4, 3.7, 3.0, 2.46],
      ['fc8', 'fc', 4096 * 1000, '4M', 25, 5, 4, 4, 3.2, 7.3, 5.85],
    ] as Row[]).map(layer),
    published: { denseSize: '240 MB', compressedSize: '6.9 MB', pruneRatio: 9, ratioPQ: 27, ratioPQH: 35, ratePQH: 0.0288 },
  },
  'vgg-16': {
    id: 'vgg-16', name: 'VGG-16', table: 'Table 5',
    parameters: 138357544,
    layers: [
      ...vggConv.map(([name, cin, cout, label, kept, wh, ih, rq, rh]) =>
        layer([name, 'conv', conv(cin, cout, 3), label, kept, 8, wh, 5, ih, rq, rh])),
      ...([
        ['fc6', 'fc', 25088 * 4096, '103M', 4, 5, 3.6, 5, 3.5, 1.6, 1.10],
        ['fc7', 'fc', 4096 * 4096, '17M', 4, 5, 4, 5, 4.3, 1.5, 1.25],
        ['fc8', 'fc', 4096 * 1000, '4M', 23, 5, 4, 5, 3.4, 7.1, 5.24],
      ] as Row[]).map(layer),
    ],
    published: { denseSize: '552 MB', compressedSize: '11.3 MB', pruneRatio: 13, ratioPQ: 31, ratioPQH: 49, ratePQH: 0.0205 },
  },
};
