declare module 'virtual:deck-content/zh' {
  const content: import('./types.ts').DeckContent;
  export default content;
}
declare module 'virtual:deck-content/en' {
  const content: import('./types.ts').DeckContent;
  export default content;
}
declare module 'virtual:deck-search/zh' {
  const index: string;
  export default index;
}
declare module 'virtual:deck-search/en' {
  const index: string;
  export default index;
}
declare module 'virtual:deck-notes/zh' {
  const notes: import('./notes.ts').DeckNotes;
  export default notes;
}
declare module 'virtual:deck-notes/en' {
  const notes: import('./notes.ts').DeckNotes;
  export default notes;
}
