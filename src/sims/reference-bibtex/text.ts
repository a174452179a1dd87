/** Interface text of the references as BibTeX, both languages. */
import type { Bilingual } from '../../i18n/index.ts';
import type { ListChoice } from './inputs.ts';

export const text = {
  title: { zh: '参考文献：BibTeX', en: 'References as BibTeX' },
  entry: { zh: '参考文献', en: 'Reference' },
  list: { zh: '复制哪些', en: 'Copy which' },
  lists: {
    all: { zh: '全部', en: 'All' },
    outline: { zh: '大纲所列', en: 'From the outline' },
    added: { zh: '本讲补充', en: 'Added in this lecture' },
  } satisfies Record<ListChoice, Bilingual>,
  entryField: (n: number): Bilingual => ({ zh: `第 ${n} 条的 BibTeX（只读）`, en: `BibTeX of item ${n} (read-only)` }),
  listField: (list: Bilingual, n: number): Bilingual => ({
    zh: `${list.zh}：${n} 条 BibTeX（只读）`,
    en: `${list.en}: ${n} BibTeX ${n === 1 ? 'entry' : 'entries'} (read-only)`,
  }),
  copyEntry: { zh: '复制这一条', en: 'Copy this entry' },
  copyAll: (n: number): Bilingual => ({ zh: `复制全部 ${n} 条`, en: `Copy all ${n}` }),
  copyList: (n: number): Bilingual => ({ zh: `复制这 ${n} 条`, en: n === 1 ? 'Copy this entry' : `Copy these ${n}` }),
  copied: { zh: '已复制到剪贴板', en: 'Copied to the clipboard' },
  copiedAll: (n: number): Bilingual => ({ zh: `已复制全部 ${n} 条`, en: `All ${n} copied` }),
  noClipboard: { zh: '无法访问剪贴板：文本框里的内容已选中，按 Ctrl+C（⌘C）复制', en: 'No clipboard access: the text in the field is selected; press Ctrl+C (⌘C)' },
  noClipboardAll: {
    zh: '无法访问剪贴板：按 Z 打开“探索”，全部条目在那里的文本框中，可全选复制',
    en: 'No clipboard access: press Z for Explore, where every entry is in a field to select and copy',
  },
  key: { zh: '引用键', en: 'Citation key' },
  type: { zh: '条目类型', en: 'Entry type' },
  sources: { zh: '生成自', en: 'Generated from' },
  sourceNote: {
    zh: '引擎的来源登记表：模拟器“显示推导”里引用的也是这些条目',
    en: "the engine's source registry, the same entries the simulators' show-the-work panels cite",
  },
  takeaway: {
    zh: '每条 BibTeX 都由引擎的来源登记表生成，不是手写的：引用键只取决于作者、年份和标题，所以每次都相同。',
    en: "Every entry is generated from the engine's source registry, not typed: a key depends only on author, year and title, so it never changes.",
  },
  optionLabel: (n: number, short: string, title: string): string => `${n}. ${short} · ${title}`,
} as const;
