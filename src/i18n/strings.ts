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
    zh: '模拟器里的控件获得焦点时，方向键、空格和回车只作用于该控件，不会翻页；按 Tab 离开控件即可继续翻页。',
    en: 'While a simulator control has focus, arrow keys, Space and Enter act on that control and do not change slides; press Tab to leave it.',
  },
  'help.pdfNote': {
    zh: '导出 PDF：点击工具栏的 PDF 按钮，在新标签页中用浏览器“打印 → 另存为 PDF”。',
    en: 'PDF: press the toolbar’s PDF button, then use the browser’s Print → Save as PDF in the new tab.',
  },
  'sim.expand': { zh: '放大模拟器（隐藏本页文字）', en: 'Expand the simulator (hide the slide text)' },
  'sim.collapse': { zh: '还原（显示本页文字）', en: 'Restore the slide text' },
  'help.expand': { zh: '放大 / 还原本页的模拟器', en: 'Expand / restore this slide’s simulator' },
  'sim.loading': { zh: '正在加载模拟器…', en: 'Loading the simulator…' },
  'sim.failed': { zh: '这个模拟器出错了，幻灯片的其他部分不受影响。', en: 'This simulator failed; the rest of the deck keeps working.' },
  'sim.retry': { zh: '重试', en: 'Retry' },
  'sim.unknown': { zh: '未找到名为“{name}”的模拟器，请检查幻灯片中的 ::sim 名称。', en: 'No simulator named “{name}”: check the ::sim name in the slide.' },
  'notice.dismiss': { zh: '关闭提示', en: 'Dismiss' },
  'notice.region': { zh: '提示', en: 'Notices' },
  'state.corrupt': {
    zh: '“{name}”的已保存设置无法读取，已恢复默认值。',
    en: 'The saved settings of “{name}” could not be read; defaults restored.',
  },
} as const satisfies Record<string, Bilingual>;

export type StringKey = keyof typeof STRINGS;
