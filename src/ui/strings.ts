/** The kit's own interface text, in both languages (simulator text comes in through props). */
import type { Bilingual } from '../i18n/index.ts';

export const uiText = {
  reset: { zh: '重置', en: 'Reset' },
  resetHint: { zh: '恢复默认设置', en: 'Restore the defaults' },
  enterNumber: { zh: '请输入数字', en: 'Enter a number' },
  apply: { zh: '应用', en: 'Apply' },
  applied: { zh: '已应用', en: 'Applied' },
  prev: { zh: '上一步', en: 'Previous' },
  next: { zh: '下一步', en: 'Next' },
  showWork: { zh: '显示推导', en: 'Show the work' },
  hideWork: { zh: '隐藏推导', en: 'Hide the work' },
  reveal: { zh: '揭晓答案', en: 'Reveal' },
  tryAgain: { zh: '再试一次', en: 'Try again' },
  predictFirst: { zh: '先预测', en: 'Predict first' },
  correct: { zh: '正确', en: 'Correct' },
  yourPick: { zh: '你的选择', en: 'Your pick' },
  answer: { zh: '答案', en: 'Answer' },
  takeaway: { zh: '要点', en: 'Takeaway' },
  source: { zh: '来源', en: 'Source' },
  symbol: { zh: '符号', en: 'Symbol' },
  value: { zh: '数值', en: 'Value' },
  meaning: { zh: '含义', en: 'Meaning' },
  result: { zh: '结果', en: 'Result' },
  on: { zh: '开', en: 'On' },
  off: { zh: '关', en: 'Off' },
  info: { zh: '提示', en: 'Note' },
  warning: { zh: '注意', en: 'Warning' },
  error: { zh: '错误', en: 'Error' },
  vsBaseline: { zh: '相对基线', en: 'vs baseline' },
  valueField: { zh: '（数值）', en: ' (value)' },
  presets: { zh: '常用取值', en: 'Stops' },
  sortAscending: { zh: '升序', en: 'ascending' },
  sortDescending: { zh: '降序', en: 'descending' },
  sortBy: { zh: '排序：', en: 'Sort by ' },
  close: { zh: '关闭', en: 'Close' },
  maskedValue: { zh: '先回答上面的问题', en: 'Answer the question first' },
  masked: { zh: '？先预测', en: '? predict first' },
} as const satisfies Record<string, Bilingual>;

export const stepOf = (k: number, n: number): Bilingual => ({ zh: `第 ${k} 步，共 ${n} 步`, en: `Step ${k} of ${n}` });
export const clampedTo = (bound: 'min' | 'max', shown: string): Bilingual =>
  bound === 'max'
    ? { zh: `超出上限，已设为最大值 ${shown}`, en: `Above the maximum: set to ${shown}` }
    : { zh: `低于下限，已设为最小值 ${shown}`, en: `Below the minimum: set to ${shown}` };
export const roundedTo = (shown: string): Bilingual => ({ zh: `已按步长取整为 ${shown}`, en: `Rounded to the step: ${shown}` });
export const enterNumberBetween = (min: string, max: string): Bilingual => ({
  zh: `请输入 ${min} 到 ${max} 之间的数字`,
  en: `Enter a number from ${min} to ${max}`,
});
