import type { Source } from './types.ts';

/** Sources cited by the comm-techniques simulators (parallel-timeline, comm-strategies) beyond the comm area's own. */
export const simComm2Sources = {
  'mellanox-rdma-programming-manual': {
    authors: 'Mellanox Technologies',
    title: 'RDMA Aware Networks Programming User Manual, Rev 1.7',
    year: 2015,
    venue: 'vendor manual',
    url: 'https://docs.nvidia.com/networking/display/rdmaawareprogrammingv17',
    section: 'Ch. 1 "RDMA Architecture Overview": zero-copy, kernel bypass and no CPU involvement, versus the TCP/IP path that copies between application and kernel buffers',
  },
  'nvidia-gpudirect-rdma': {
    authors: 'NVIDIA',
    title: 'Developing a Linux Kernel Module using GPUDirect RDMA',
    year: 2024,
    venue: 'CUDA Toolkit documentation',
    url: 'https://docs.nvidia.com/cuda/gpudirect-rdma/',
    section: 'Sec. 1 "Overview": a direct PCIe data path between GPU memory and a third-party device such as a NIC, without staging through host memory',
  },
  'nccl-env-net': {
    authors: 'NVIDIA',
    title: 'NCCL User Guide: Environment Variables (NCCL_NET_GDR_LEVEL, NCCL_IB_DISABLE, NCCL_SOCKET_IFNAME)',
    year: 2024,
    venue: 'NCCL documentation',
    url: 'https://docs.nvidia.com/deeplearning/nccl/user-guide/docs/env.html',
    section: 'without GPUDirect RDMA the network transport stages data through host memory; with IB disabled NCCL falls back to the socket (TCP) transport',
  },
  'mccalpin-single-thread-bandwidth': {
    authors: 'McCalpin, J. D. (quoted by Pink Iguana)',
    title: 'Single-threaded memory performance for dual socket Xeon E5-* systems',
    year: 2015,
    venue: 'blog post quoting an Intel forum answer',
    url: 'https://pinkiguana2.wordpress.com/2015/01/06/memcpy-speed/',
    section: 'single-threaded bandwidth is concurrency-limited: 10 outstanding L1 misses of 64 B per ~79 ns memory latency (dual-socket Xeon E5-2680) ≈ 8 GB/s',
  },
  'nvidia-a100-pcie-gen4': {
    authors: 'NVIDIA',
    title: 'NVIDIA A100 Tensor Core GPU datasheet: PCIe Gen4 host interface; H100 datasheet: PCIe Gen5',
    year: 2022,
    venue: 'datasheets',
    url: 'https://www.nvidia.com/en-us/data-center/a100/',
    section: 'Specifications table, "Interconnect": PCIe Gen4 64 GB/s (A100), PCIe Gen5 128 GB/s (H100, bidirectional)',
  },
} as const satisfies Record<string, Source>;
