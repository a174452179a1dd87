/** Simulators turn anything a computation threw into text through the one helper in src/i18n. */
export { errorText } from '../../i18n/engine/errors.ts';
