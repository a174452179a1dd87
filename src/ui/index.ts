/**
 * The simulator kit: controls, layout and outputs, in both languages.
 * Importing it also loads the kit's styles (ui.css).
 */
import './ui.css';

export { LangContext, useUiLang, useText, pickText } from '../i18n/index.ts';
export type { Lang, Bilingual, Text } from '../i18n/index.ts';

export { Slider } from './Slider.tsx';
export type { SliderProps, SliderStop } from './Slider.tsx';
export { NumberField } from './NumberField.tsx';
export type { NumberFieldProps } from './NumberField.tsx';
export { Select } from './Select.tsx';
export type { SelectProps, SelectOption } from './Select.tsx';
export { Segmented } from './Segmented.tsx';
export type { SegmentedProps, SegmentedOption } from './Segmented.tsx';
export { Toggle } from './Toggle.tsx';
export type { ToggleProps } from './Toggle.tsx';
export { ResetButton } from './ResetButton.tsx';
export type { ResetButtonProps } from './ResetButton.tsx';
export { Stepper } from './Stepper.tsx';
export type { StepperProps } from './Stepper.tsx';
export { PasteConfig } from './PasteConfig.tsx';
export type { PasteConfigProps, PasteResult } from './PasteConfig.tsx';

export { SimFrame } from './SimFrame.tsx';
export type { SimFrameProps } from './SimFrame.tsx';
export { SimViewContext, PresetIssuesContext, useSimView, type SimView } from './simView.ts';
export { PredictContext, usePredictMask, usePredictState, type PredictState } from './predict.ts';
export { useDerivationOverlay, type DerivationOverlay } from './derivationOverlay.ts';
export { Stat } from './Stat.tsx';
export type { StatProps } from './Stat.tsx';
export { DerivationPanel } from './DerivationPanel.tsx';
export type { DerivationPanelProps } from './DerivationPanel.tsx';
export { termHover } from './termHover.ts';
export { Takeaway } from './Takeaway.tsx';
export type { TakeawayProps } from './Takeaway.tsx';
export { PredictFirst } from './PredictFirst.tsx';
export type { PredictFirstProps, PredictChoice } from './PredictFirst.tsx';
export { LiveTable } from './LiveTable.tsx';
export type { LiveTableProps, TableColumn } from './LiveTable.tsx';
export { Notice } from './Notice.tsx';
export type { NoticeProps } from './Notice.tsx';

export * from '../i18n/format.ts';
export { parseNumberText, snapToStep, clamp } from './numberInput.ts';
export type { NumberBounds, ParsedNumber } from './numberInput.ts';
export { valueToPosition, positionToValue, keyToValue } from './sliderScale.ts';
export type { SliderScale } from './sliderScale.ts';
