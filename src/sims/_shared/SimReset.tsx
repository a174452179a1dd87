/** The kit's Reset button (`data-action="sim-reset"` for the browser suite), under the name simulators already import. */
export { ResetButton as SimReset } from '../../ui/index.ts';
