import fc from 'fast-check';

// Soak the property tests: FC_RUNS=2000 npx vitest run tests/engine
// (tests that set their own numRuns keep it; this raises the default of 100).
if (process.env.FC_RUNS) fc.configureGlobal({ numRuns: Number(process.env.FC_RUNS) });
