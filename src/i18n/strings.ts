import type { Lang } from './lang.ts';

export type Bilingual = Readonly<Record<Lang, string>>;

/** Interface strings of the deck shell, one entry per key in both languages. */
export const STRINGS = {
  'deck.loading': { zh: '正在加载讲义…', en: 'Loading the lecture…' },
  'deck.loadFailed': { zh: '讲义内容加载失败，请刷新页面。', en: 'The lecture content failed to load. Please reload the page.' },
  'deck.title': { zh: '大模型的推理优化：内存优化、计算优化与通信优化', en: 'LLM Inference Optimisation: Memory, Compute and Communication' },
  'toolbar.label': { zh: '演示工具栏', en: 'Presentation toolbar' },
  'toolbar.toggleLang': { zh: '切换到英文', en: 'Switch to Chinese' },
  'toolbar.help': { zh: '快捷键帮助', en: 'Keyboard shortcuts' },
  'toolbar.overview': { zh: '幻灯片总览', en: 'Slide overview' },
  'toolbar.fullscreen': { zh: '全屏', en: 'Fullscreen' },
  'toolbar.speaker': { zh: '演讲者视图（备注）', en: 'Speaker view (notes)' },
  'toolbar.pdf': { zh: '导出 PDF（在新标签页打开打印版）', en: 'Export PDF (opens the print layout in a new tab)' },
  'toolbar.blackout': { zh: '黑屏', en: 'Blackout' },
  'help.title': { zh: '快捷键', en: 'Keyboard shortcuts' },
  'help.close': { zh: '关闭', en: 'Close' },
  'help.key': { zh: '按键', en: 'Key' },
  'help.action': { zh: '功能', en: 'Action' },
  'help.next': { zh: '下一步（下一张幻灯片或下一个要点）', en: 'Next (slide or bullet point)' },
  'help.prev': { zh: '上一步', en: 'Previous' },
  'help.firstLast': { zh: '第一张 / 最后一张', en: 'First / last slide' },
  'help.overview': { zh: '总览所有幻灯片', en: 'Overview of all slides' },
  'help.fullscreen': { zh: '全屏', en: 'Fullscreen' },
  'help.speaker': { zh: '演讲者视图（当前语言的备注）', en: 'Speaker view (notes in the current language)' },
  'help.blackout': { zh: '黑屏 / 恢复', en: 'Blackout / resume' },
  'help.help': { zh: '显示本帮助', en: 'Show this help' },
  'help.closeOverlay': { zh: '关闭帮助或退出总览', en: 'Close help or leave the overview' },
  'help.simNote': {
    zh: '翻页器的 PageDown / PageUp 永远翻页（焦点在哪里都一样），B 永远黑屏（除非正在文本框里输入）。模拟器的控件获得焦点时，方向键、Home/End、空格和回车只作用于该控件；文本框接收所有输入的字符。',
    en: 'The clicker’s PageDown / PageUp always move the deck, whatever has focus, and B always blacks out (unless you are typing in a text field). While a simulator control has focus, the arrow keys, Home/End, Space and Enter act on that control; a text field takes every typed character.',
  },
  'help.pdfNote': {
    zh: '导出 PDF：点击工具栏的 PDF 按钮，在新标签页中用浏览器“打印 → 另存为 PDF”。',
    en: 'PDF: press the toolbar’s PDF button, then use the browser’s Print → Save as PDF in the new tab.',
  },
  'sim.explore': { zh: '探索：在整个窗口中打开完整的模拟器（全部控件、推导和表格）', en: 'Explore: the whole simulator in the full window (every control, derivation and table)' },
  'sim.exploreShort': { zh: '探索', en: 'Explore' },
  'sim.backToSlide': { zh: '返回幻灯片', en: 'Back to the slide' },
  'help.explore': { zh: '打开 / 关闭本页模拟器的探索视图', en: 'Open / close this slide’s simulator in the explore view' },
  'sim.loading': { zh: '正在加载模拟器…', en: 'Loading the simulator…' },
  'sim.failed': { zh: '这个模拟器出错了，幻灯片的其他部分不受影响。', en: 'This simulator failed; the rest of the deck keeps working.' },
  'sim.retry': { zh: '重试', en: 'Retry' },
  'sim.unknown': { zh: '未找到名为“{name}”的模拟器，请检查幻灯片中的 ::sim 名称。', en: 'No simulator named “{name}”: check the ::sim name in the slide.' },
  'sim.badAttribute': {
    zh: '幻灯片的 {name}="{value}" 无效，已使用默认值。',
    en: 'The slide’s {name}="{value}" is not valid; using the default.',
  },
  'sim.badView': {
    zh: '幻灯片指定的视图“{value}”不存在，已显示默认视图。',
    en: 'The slide asked for a view “{value}” that does not exist; showing the default.',
  },
  'offline.ready': { zh: '讲义已缓存，离线也能打开（包括所有模拟器）。', en: 'The lecture is cached: it opens offline too, every simulator included.' },
  'offline.updateReady': { zh: '讲义有新版本。', en: 'A new version of the lecture is available.' },
  'offline.update': { zh: '更新（重新加载）', en: 'Update (reloads)' },
  'notice.dismiss': { zh: '关闭提示', en: 'Dismiss' },
  'notice.region': { zh: '提示', en: 'Notices' },
  'state.corrupt': {
    zh: '“{name}”的已保存设置无法读取，已恢复默认值。',
    en: 'The saved settings of “{name}” could not be read; defaults restored.',
  },
} as const satisfies Record<string, Bilingual>;

export type StringKey = keyof typeof STRINGS;
