// One chunk per language: only the language being shown is downloaded.
export default import.meta.glob<string>('../../../slides/en/*.md', { query: '?raw', import: 'default', eager: true });
