/** Shared chart primitives: pure layouts (numbers in, geometry out) and thin SVG renderers. */
export { okabeIto, neutralGrey, roles, seriesStyles, seriesStyle } from './palette.ts';
export type { MarkStyle, MarkerShape, FillPattern, Role } from './palette.ts';
export { chartFont, defaultMargin, strokes, simChartArea } from './theme.ts';
export type { Margin, Rect } from './theme.ts';
export { makeScale, niceDomain, logTicks } from './scales.ts';
export type { Scale, ScaleSpec, ScaleKind, DomainOptions } from './scales.ts';
export { tickSi, tickBytes, tickSeconds, tickNumber, tickPercent } from './tickFormat.ts';
export type { TickFormat } from './tickFormat.ts';
export { layoutAxis, tickLabels, leftAxisWidth, bottomAxisHeight } from './axisLayout.ts';
export type { AxisLayout, AxisOptions, AxisTick, AxisOrientation } from './axisLayout.ts';
export { layoutLegend } from './legendLayout.ts';
export type { LegendLayout, LegendEntryLayout, LegendEntryInput, LegendOptions } from './legendLayout.ts';
export { estimateTextWidth } from './textWidth.ts';
export { markerPath } from './markers.ts';
export { clientToSvg } from './pointer.ts';

export { ChartSvg, useChart } from './ChartSvg.tsx';
export type { ChartSvgProps } from './ChartSvg.tsx';
export { Axis } from './Axis.tsx';
export type { AxisProps } from './Axis.tsx';
export { Legend } from './Legend.tsx';
export type { LegendProps, LegendSwatch } from './Legend.tsx';
export { Marker } from './Marker.tsx';
export type { MarkerProps } from './Marker.tsx';
export { HoverReadout } from './HoverReadout.tsx';
export type { HoverReadoutProps } from './HoverReadout.tsx';

export { layoutLineChart, nearestPoint, lineChartDefaults } from './lineChart/layout.ts';
export type { LineChartInput, LineChartLayout, LineAxisSpec, LineSeriesInput, RegionInput, ReferenceLineInput, SeriesLayout, PlacedPoint, RegionLayout, RefLineLayout } from './lineChart/layout.ts';
export { LineChart } from './lineChart/LineChart.tsx';
export type { LineChartProps } from './lineChart/LineChart.tsx';
export { layoutStackedBar, stackedBarDefaults } from './stackedBar/layout.ts';
export type { StackedBarInput, StackedBarLayout, BarInput, SegmentInput, BarLayout, SegmentLayout } from './stackedBar/layout.ts';
export { StackedBar } from './stackedBar/StackedBar.tsx';
export type { StackedBarProps } from './stackedBar/StackedBar.tsx';
export { FitWidth } from './FitWidth.tsx';
export type { FitWidthProps } from './FitWidth.tsx';
