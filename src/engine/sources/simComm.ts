import type { Source } from './types.ts';

/** Sources cited by the comm-basics simulators (allreduce, comm-methods) beyond the comm area's own. */
export const simCommSources = {
  'wang-2023-overlap-decomposition': {
    authors: 'Wang, S., Wei, J., Sabne, A., Davis, A., Ilbeyi, B., Hechtman, B., Chen, D., Murthy, K. S., Maggioni, M., Zhang, Q., Kumar, S., Guo, T., Xu, Y., Zhou, Z.',
    title: 'Overlap Communication with Dependent Computation via Decomposition in Large Deep Learning Models',
    year: 2023,
    venue: 'ASPLOS 2023',
    url: 'https://doi.org/10.1145/3567955.3567959',
    section: 'Sec. 3: decompose a collective and the matmul that depends on it into pieces so that communication of one piece overlaps computation of another',
  },
} as const satisfies Record<string, Source>;
