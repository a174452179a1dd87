// One chunk per language: only the language being shown is downloaded.
export default import.meta.glob<string>('../../../slides/zh/*.md', { query: '?raw', import: 'default', eager: true });
