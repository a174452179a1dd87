export { cite } from '../../i18n/cite.ts';
